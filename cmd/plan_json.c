/*
 * plan_json.c: a plan as Terraform's JSON plan representation (the "JSON
 * Output Format" of `terraform show -json PLANFILE`), so that policy and
 * review tools written for Terraform read terrace plans unchanged:
 * format_version, terraform_version, variables, planned_values,
 * resource_changes, output_changes, prior_state, configuration and
 * relevant_attributes. See docs/cli.md "JSON plans and CI" for the mapping.
 *
 * One deliberate deviation: Terraform prints sensitive values in before and
 * after and only marks them in *_sensitive; terrace never prints them: the
 * value becomes "(sensitive value)" and *_sensitive marks it true.
 */
#include "cmd/cli.h"
#include "cmd/plan_json.h"
#include "provider/build/build.h"
#include "stacks/expand.h"
#include "stacks/expr.h"

#include <stdlib.h>
#include <string.h>

#define PLAN_FORMAT_VERSION "1.2"
#define STATE_FORMAT_VERSION_JSON "1.0"

static bool is_hashed_secret(const json_t *v)
{
	return json_is_object(v) && value_is_hashed(v);
}

json_t *plan_json_split_unknown(const json_t *v, json_t **mask)
{
	*mask = NULL;
	if (value_is_unknown(v)) {
		*mask = json_true();
		return NULL;
	}
	if (!value_contains_unknown(v))
		return json_incref((json_t *)v);
	json_t *known, *m, *sub;
	if (json_is_array(v)) {
		known = json_array();
		m = json_array();
		size_t i;
		json_t *e;
		json_array_foreach(v, i, e) {
			json_t *k = plan_json_split_unknown(e, &sub);
			json_array_append_new(known, k ? k : json_null());
			json_array_append_new(m, sub ? sub : json_false());
		}
	} else {
		known = json_object();
		m = json_object();
		const char *key;
		json_t *e;
		json_object_foreach((json_t *)v, key, e) {
			json_t *k = plan_json_split_unknown(e, &sub);
			if (k)
				json_object_set_new(known, key, k);
			if (sub)
				json_object_set_new(m, key, sub);
		}
	}
	*mask = m;
	return known;
}

/* A value with secrets in it: a secret one that holds unknowns (all: its
 * known leaves are each secret), or a block with hashed leaves (a
 * write-only property's, value_redacted): each secret leaf redacted, each
 * unknown one left out (as plan_json_split_unknown), with *unknown and *sens
 * the two masks mirroring it (Terraform's after_unknown and
 * after_sensitive: true where a leaf is unknown, or secret). */
static json_t *split_secret(const json_t *v, bool all, json_t **unknown, json_t **sens)
{
	*unknown = *sens = NULL;
	if (value_is_unknown(v)) {
		*unknown = json_true();
		return NULL;
	}
	if (value_is_hashed(v) || (all && !json_is_array(v) && !json_is_object(v))) {
		*sens = json_true();
		return json_string(SENSITIVE_TEXT);
	}
	if (!json_is_array(v) && !json_is_object(v))
		return json_incref((json_t *)v);
	bool list = json_is_array(v);
	json_t *known = list ? json_array() : json_object();
	json_t *um = list ? json_array() : json_object(), *sm = list ? json_array() : json_object();
	json_t *u, *s, *k;
	if (list) {
		size_t i;
		json_t *e;
		json_array_foreach(v, i, e) {
			k = split_secret(e, all, &u, &s);
			json_array_append_new(known, k ? k : json_null());
			json_array_append_new(um, u ? u : json_false());
			json_array_append_new(sm, s ? s : json_false());
		}
	} else {
		const char *key;
		json_t *e;
		json_object_foreach((json_t *)v, key, e) {
			k = split_secret(e, all, &u, &s);
			if (k)
				json_object_set_new(known, key, k);
			if (u)
				json_object_set_new(um, key, u);
			if (s)
				json_object_set_new(sm, key, s);
		}
	}
	/* As plan_json_split_unknown: no mask where nothing is unknown. */
	if (value_contains_unknown(v))
		*unknown = um;
	else
		json_decref(um);
	*sens = sm;
	return known;
}

/* One side (before or after) of a resource change: known, non-secret
 * attributes as they are; secrets redacted and listed in *sens; unknowns
 * left out and marked in *unknown (true, or where in a nested value).
 * attrs NULL gives null, {} and false. */
static json_t *attrs_side(const char *type, const json_t *attrs, const json_t *sensitive_names,
			  json_t **unknown, json_t **sens)
{
	*unknown = json_object();
	if (!attrs || json_is_null(attrs)) {
		*sens = json_false();
		return json_null();
	}
	json_t *out = json_object();
	*sens = json_object();
	const char *k;
	json_t *v;
	/* What the sensitive paths name hashed (a planned value's in clear). */
	json_t *shown = value_redacted(attrs, sensitive_names, NULL, false);
	json_object_foreach(shown, k, v) {
		json_t *mask, *smask;
		bool secret = value_list_has_string(sensitive_names, k) || is_hashed_secret(v);
		if (value_is_unknown(v)) {
			json_object_set_new(*unknown, k, json_true());
		} else if ((value_contains_unknown(v) && secret) ||
			   (!secret && value_holds_hash(v))) {
			/* A secret in a list or object beside a value known only
			 * after apply, or a block whose write-only leaf is
			 * hashed: redacted leaf by leaf, each place marked. */
			json_object_set_new(out, k, split_secret(v, secret, &mask, &smask));
			if (mask)
				json_object_set_new(*unknown, k, mask);
			json_object_set_new(*sens, k, smask);
		} else if (value_contains_unknown(v)) {
			json_object_set_new(out, k, plan_json_split_unknown(v, &mask));
			json_object_set_new(*unknown, k, mask);
		} else if (secret) {
			json_object_set_new(*sens, k, json_true());
			json_object_set_new(out, k, json_string(SENSITIVE_TEXT));
		} else {
			json_object_set(out, k, v);
		}
	}
	json_decref(shown);
	/* As Terraform: every attribute of the schema is there, null when unset. */
	const struct resource_type *rt = type ? resource_type_find(type, NULL) : NULL;
	for (const struct attr_schema *a = rt ? rt->attrs : NULL; a && a->name; a++)
		if (!json_object_get(out, a->name) && !json_object_get(*unknown, a->name))
			json_object_set_new(out, a->name, json_null());
	return out;
}

static json_t *actions_json(enum plan_action a)
{
	switch (a) {
	case ACTION_CREATE: return json_pack("[s]", "create");
	case ACTION_UPDATE: return json_pack("[s]", "update");
	case ACTION_DELETE: return json_pack("[s]", "delete");
	case ACTION_REPLACE: return json_pack("[s, s]", "delete", "create");
	case ACTION_NOOP: break;
	}
	return json_pack("[s]", "no-op");
}

/* Terraform's address fields of an instance: module_address and index where
 * they apply, and the resource's own name. */
void plan_json_address_fields(json_t *obj, const char *address)
{
	char *module_address, *name = address_name(address);
	json_t *index;
	address_parts(address, &module_address, &index);
	json_object_set_new(obj, "name", json_string(name));
	if (module_address)
		json_object_set_new(obj, "module_address", json_string(module_address));
	if (index)
		json_object_set_new(obj, "index", index);
	free(module_address);
	free(name);
}

/* [["attr"], ...]: Terraform's replace_paths are attribute paths. */
static json_t *replace_paths(const json_t *forces_new)
{
	json_t *paths = json_array();
	size_t i;
	json_t *v;
	json_array_foreach(forces_new, i, v)
		json_array_append_new(paths, json_pack("[O]", v));
	return paths;
}

const char *plan_json_action_reason(const struct plan *p, const struct planned_change *c)
{
	if (c->action == ACTION_REPLACE && c->tainted)
		return "replace_because_tainted";
	if (c->action == ACTION_REPLACE && c->replace_requested && !json_array_size(c->forces_new))
		return "replace_by_request";
	if (c->action == ACTION_REPLACE)
		return "replace_because_cannot_update";
	if (c->action == ACTION_DELETE && !p->destroy &&
	    !json_object_get(json_object_get(p->snapshot, "resources"), c->name))
		return "delete_because_no_resource_config";
	return NULL;
}

static json_t *resource_change(const struct plan *p, const struct planned_change *c)
{
	json_t *bu, *bs, *au, *as;
	json_t *before = attrs_side(c->type, c->before, c->sensitive, &bu, &bs);
	json_t *after = attrs_side(c->type, c->action == ACTION_DELETE ? NULL : c->after, c->sensitive,
				   &au, &as);
	json_decref(bu);
	json_t *change = json_pack("{s:o, s:o, s:o, s:o, s:o, s:o}",
				   "actions", c->forget ? json_pack("[s]", "forget")
							: actions_json(c->action),
				   "before", before,
				   "after", after, "after_unknown", au,
				   "before_sensitive", bs, "after_sensitive", as);
	if (c->import_id)
		json_object_set_new(change, "importing", json_pack("{s:s}", "id", c->import_id));
	if (c->action == ACTION_REPLACE && json_array_size(c->forces_new))
		json_object_set_new(change, "replace_paths", replace_paths(c->forces_new));
	json_t *rc = json_pack("{s:s, s:s, s:s, s:s, s:s, s:o}",
			       "address", c->name, "mode", "managed", "type", c->type,
			       "name", c->name, "provider_name", c->provider ? c->provider : "",
			       "change", change);
	plan_json_address_fields(rc, c->name);
	if (c->moved_from)
		json_object_set_new(rc, "previous_address", json_string(c->moved_from));
	const char *why = plan_json_action_reason(p, c);
	if (why)
		json_object_set_new(rc, "action_reason", json_string(why));
	return rc;
}

/* A resource in a values representation (planned_values, prior_state). */
static json_t *resource_values(const struct planned_change *c, const json_t *attrs)
{
	json_t *unknown, *sens;
	json_t *values = attrs_side(c->type, attrs, c->sensitive, &unknown, &sens);
	json_decref(unknown);
	json_t *rv = json_pack("{s:s, s:s, s:s, s:s, s:s, s:i, s:o, s:o}",
			       "address", c->name, "mode", "managed", "type", c->type,
			       "name", c->name, "provider_name", c->provider ? c->provider : "",
			       "schema_version", 0, "values", values, "sensitive_values", sens);
	plan_json_address_fields(rv, c->name);
	return rv;
}

/* The module node at address in a values tree (made on the way). index
 * maps addresses to nodes already made. */
static json_t *module_node(json_t *root, json_t *index, const char *address)
{
	json_t *m = json_object_get(index, address);
	if (m)
		return m;
	size_t up_len = plan_json_parent_len(address, strlen(address));
	json_t *up = root;
	if (up_len) {
		char *parent = xstrndup(address, up_len);
		up = module_node(root, index, parent);
		free(parent);
	}
	m = json_pack("{s:s, s:[]}", "address", address, "resources");
	json_t *children = json_object_get(up, "child_modules");
	if (!children) {
		children = json_array();
		json_object_set_new(up, "child_modules", children);
	}
	json_array_append_new(children, m);
	json_object_set(index, address, m);
	return m;
}

/* Terraform's root_module of a values representation: resources of the
 * root there, the others under child_modules nested by module address.
 * Takes resources (an array of resource values). */
static json_t *module_tree(json_t *resources)
{
	json_t *root = json_pack("{s:[]}", "resources");
	json_t *index = json_object();
	size_t i;
	json_t *r;
	json_array_foreach(resources, i, r) {
		const char *ma = json_string_value(json_object_get(r, "module_address"));
		json_t *mod = ma ? module_node(root, index, ma) : root;
		json_array_append(json_object_get(mod, "resources"), r);
	}
	json_decref(index);
	json_decref(resources);
	return root;
}

/* A lookup in a values representation (prior_state, planned_values) or, read
 * at apply, in resource_changes: Terraform's data resources (mode "data"). */
static json_t *read_json(const struct planned_read *rd, bool as_change)
{
	json_t *j = json_pack("{s:s, s:s, s:s, s:s}", "address", rd->name, "mode", "data",
			      "type", rd->type, "provider_name", rd->provider);
	plan_json_address_fields(j, rd->name);
	if (as_change) {
		json_t *after_unknown = json_object();
		for (const struct attr_schema *a = rd->ltype ? rd->ltype->attrs : NULL; a && a->name; a++)
			json_object_set_new(after_unknown, a->name, json_true());
		json_object_set_new(j, "change", json_pack("{s:[s], s:n, s:n, s:o, s:b, s:b}",
			"actions", "read", "before", "after", "after_unknown", after_unknown,
			"before_sensitive", 0, "after_sensitive", 0));
		json_object_set_new(j, "action_reason", json_string("read_because_dependency_pending"));
	} else {
		json_object_set_new(j, "schema_version", json_integer(0));
		json_object_set(j, "values", rd->after);
		json_object_set_new(j, "sensitive_values", json_object());
	}
	return j;
}

/* An output's value for JSON: redacted when sensitive, NULL when unknown. */
static json_t *output_value(const json_t *o)
{
	const json_t *v = json_object_get(o, "value");
	if (!o || value_contains_unknown(v))
		return NULL;
	if (json_is_true(json_object_get(o, "sensitive")))
		return json_string(SENSITIVE_TEXT);
	return json_incref((json_t *)v);
}

static json_t *planned_outputs(const json_t *evaluated)
{
	json_t *outs = json_object();
	const char *k;
	json_t *o;
	json_object_foreach((json_t *)evaluated, k, o) {
		json_t *v = output_value(o);
		json_t *e = json_pack("{s:b}", "sensitive", json_is_true(json_object_get(o, "sensitive")));
		if (v)
			json_object_set_new(e, "value", v);
		json_object_set_new(outs, k, e);
	}
	return outs;
}

static json_t *output_change(const json_t *prior, const json_t *planned, bool destroy)
{
	json_t *before = prior ? output_value(prior) : NULL;
	json_t *after = planned && !destroy ? output_value(planned) : NULL;
	bool unknown = planned && !destroy && !after;
	const char *action = !prior && !planned ? "no-op"
			     : !prior ? "create"
			     : (!planned || destroy) ? "delete"
			     : unknown || !value_matches_stored(json_object_get(planned, "value"),
							json_object_get(prior, "value")) ? "update"
			     : "no-op";
	return json_pack("{s:[s], s:o, s:o, s:b, s:b, s:b}", "actions", action,
			 "before", before ? before : json_null(),
			 "after", after ? after : json_null(), "after_unknown", unknown,
			 "before_sensitive", prior && json_is_true(json_object_get(prior, "sensitive")),
			 "after_sensitive", planned && json_is_true(json_object_get(planned, "sensitive")));
}

static json_t *output_changes(const json_t *prior_outputs, const json_t *planned, bool destroy)
{
	json_t *out = json_object();
	const char *k;
	json_t *o;
	json_object_foreach((json_t *)planned, k, o)
		json_object_set_new(out, k, output_change(json_object_get(prior_outputs, k), o, destroy));
	json_object_foreach((json_t *)prior_outputs, k, o)
		if (!json_object_get(planned, k))
			json_object_set_new(out, k, output_change(o, NULL, destroy));
	return out;
}

/* Variables whose values reach a sensitive attribute of a resource or a
 * sensitive output: secrets by use, even when not declared sensitive. */
static json_t *secret_variables(const json_t *snapshot)
{
	json_t *out = json_deep_copy(json_object_get(snapshot, "sensitive_variables"));
	json_t *uses = json_array();
	const char *name, *k;
	json_t *r, *v;
	if (!out)
		out = json_array();
	json_object_foreach(json_object_get(snapshot, "resources"), name, r) {
		const char *type = json_string_value(json_object_get(r, "type"));
		const struct resource_type *rt = type ? resource_type_find(type, NULL) : NULL;
		json_object_foreach(json_object_get(r, "config"), k, v) {
			const struct attr_schema *a = rt ? schema_find(rt->attrs, k) : NULL;
			if (a && schema_is_sensitive(a))
				json_array_append(uses, v);
		}
	}
	json_object_foreach(json_object_get(snapshot, "outputs"), name, r)
		if (json_is_true(json_object_get(r, "sensitive")))
			json_array_append(uses, json_object_get(r, "value"));
	struct expr_refs refs = { 0 };
	struct diags d = DIAGS_INIT;
	expr_collect_refs(uses, NULL, NULL, &refs, &d);
	for (size_t i = 0; i < refs.n; i++) {
		const struct expr_ref *ref = &refs.items[i];
		if (!strcmp(ref->root, "var") && ref->path) {
			char *var = xstrndup(ref->path, strcspn(ref->path, ".["));
			if (!value_list_has_string(out, var))
				json_array_append_new(out, json_string(var));
			free(var);
		}
	}
	expr_refs_free(&refs);
	diags_free(&d);
	json_decref(uses);
	return out;
}

/* The plan's input variables, secret ones redacted. */
static json_t *variables(const json_t *snapshot)
{
	json_t *out = json_object();
	json_t *sens = secret_variables(snapshot);
	const char *k;
	json_t *v;
	json_object_foreach(json_object_get(snapshot, "variables"), k, v)
		json_object_set_new(out, k, json_pack("{s:o}", "value", value_list_has_string(sens, k)
			? json_string(SENSITIVE_TEXT) : json_incref(v)));
	json_decref(sens);
	return out;
}

/* Which resource attributes the configuration reads: {resource, attribute[]}. */
static json_t *relevant_attributes(const json_t *snapshot)
{
	json_t *out = json_array();
	json_t *all = json_array();
	const char *k;
	json_t *v;
	json_object_foreach(json_object_get(snapshot, "resources"), k, v)
		json_array_append_new(all, json_incref(json_object_get(v, "config")));
	json_object_foreach(json_object_get(snapshot, "outputs"), k, v)
		json_array_append_new(all, json_incref(json_object_get(v, "value")));
	struct expr_refs refs = { 0 };
	struct diags d = DIAGS_INIT;
	expr_collect_refs(all, NULL, NULL, &refs, &d);
	json_t *seen = json_object();
	const json_t *resources = json_object_get(snapshot, "resources");
	for (size_t i = 0; i < refs.n; i++) {
		const struct expr_ref *r = &refs.items[i];
		if (!r->path || !json_object_get(resources, r->root))
			continue;
		char *attr = xstrndup(r->path, strcspn(r->path, ".["));
		char *key = xasprintf("%s.%s", r->root, attr);
		if (!json_object_get(seen, key)) {
			json_object_set_new(seen, key, json_true());
			json_array_append_new(out, json_pack("{s:s, s:[s]}", "resource", r->root,
							     "attribute", attr));
		}
		free(key);
		free(attr);
	}
	json_decref(seen);
	expr_refs_free(&refs);
	diags_free(&d);
	json_decref(all);
	return out;
}

/* The prior state in the values representation: the refreshed resources the
 * plan started from, and the stored outputs when the state is known. */
static json_t *prior_state(const struct plan *p, const json_t *prior_outputs)
{
	json_t *res = json_array();
	for (size_t i = 0; i < p->n_changes; i++)
		if (p->changes[i].before && !json_is_null(p->changes[i].before))
			json_array_append_new(res, resource_values(&p->changes[i], p->changes[i].before));
	for (size_t i = 0; i < p->n_reads; i++)
		if (p->reads[i].after)
			json_array_append_new(res, read_json(&p->reads[i], false));
	return json_pack("{s:s, s:s, s:{s:o, s:o}}",
			 "format_version", STATE_FORMAT_VERSION_JSON,
			 "terraform_version", TERRACE_VERSION,
			 "values", "outputs", planned_outputs(prior_outputs),
			 "root_module", module_tree(res));
}

/* The outputs before the change: the state's when given (else those the
 * plan keeps of its state, struct plan's prior), else the outputs
 * evaluated against the refreshed resources (new reference). */
static json_t *prior_outputs_of(const struct plan *p, const json_t *prior)
{
	if (!prior)
		prior = p->prior;
	if (prior)
		return json_incref(json_object_get(prior, "outputs"));
	struct diags d = DIAGS_INIT;
	json_t *outs = plan_side_outputs_eval(p, false, &d);
	diags_free(&d);
	return outs;
}

/* The outputs after the plan is applied (none after a destroy; after a
 * refresh-only plan, those of the resources as refresh read them: its
 * changes are all no-ops, with nothing on their after side). */
static json_t *planned_outputs_of(const struct plan *p)
{
	if (p->destroy)
		return json_object();
	struct diags d = DIAGS_INIT;
	json_t *outs = plan_side_outputs_eval(p, !p->refresh_only, &d);
	diags_free(&d);
	return outs;
}

json_t *plan_json_output_changes(const struct plan *p, const json_t *prior_state)
{
	json_t *prior = prior_outputs_of(p, prior_state), *outs = planned_outputs_of(p);
	json_t *changes = output_changes(prior, outs, p->destroy);
	json_decref(prior);
	json_decref(outs);
	return changes;
}

bool plan_json_outputs_changed(const json_t *changes)
{
	const char *k;
	json_t *oc;
	json_object_foreach((json_t *)changes, k, oc) {
		const char *a = json_string_value(json_array_get(json_object_get(oc, "actions"), 0));
		if (a && strcmp(a, "no-op"))
			return true;
	}
	return false;
}

/* terrace's own: per resource with a build block, whether its inputs and
 * its output change and which inputs (provider/build/build.h). The output
 * is built at plan, so "output_changed" says whether new bytes go up. */
static json_t *builds_json(const struct plan *p)
{
	json_t *builds = json_array();

	for (size_t i = 0; i < p->n_changes; i++) {
		const struct planned_change *c = &p->changes[i];
		const json_t *after = c->action == ACTION_DELETE ? NULL
								 : json_object_get(c->after, "build");
		const json_t *before = json_object_get(c->before, "build");
		const char *in = json_string_value(json_object_get(after, "inputs_sha256"));
		const char *out = json_string_value(json_object_get(after, "output_sha256"));
		const char *was_in = json_string_value(json_object_get(before, "inputs_sha256"));
		const char *was_out = json_string_value(json_object_get(before, "output_sha256"));
		struct strbuf why = STRBUF_INIT;

		if (!in || !out)
			continue;
		build_describe_changes(was_in ? json_object_get(before, "input_digests") : NULL,
				       json_object_get(after, "input_digests"), &why);
		json_array_append_new(builds, json_pack(
			"{s:s, s:b, s:b, s:s, s:s, s:s}", "address", c->name,
			"inputs_changed", !was_in || strcmp(was_in, in),
			"output_changed", !was_out || strcmp(was_out, out),
			"reason", why.len ? why.buf : "inputs unchanged",
			"inputs_sha256", in, "output_sha256", out));
		strbuf_release(&why);
	}
	return builds;
}

/* Terraform's resource_drift: each resource refresh found changed (update)
 * or deleted (delete) outside terrace, from its stored entry in prior (the
 * state the plan was made from) to what refresh read. Left out when prior
 * lacks the entry (a plan file of an earlier release). */
static json_t *resource_drift(const struct plan *p, const json_t *prior)
{
	json_t *drift = json_array();
	const json_t *stored = json_object_get(prior, "resources");
	for (size_t i = 0; i < p->n_changes; i++) {
		const struct planned_change *c = &p->changes[i];
		const json_t *entry = json_object_get(stored, c->name);
		if ((!c->drifted && !c->gone) || !entry)
			continue;
		json_t *bu, *bs, *au, *as;
		json_t *before = attrs_side(c->type, json_object_get(entry, "attributes"),
					    json_object_get(entry, "sensitive_attributes"), &bu, &bs);
		json_t *after = attrs_side(c->type, c->gone ? NULL : c->before, c->sensitive, &au, &as);
		json_decref(bu);
		json_t *change = json_pack("{s:[s], s:o, s:o, s:o, s:o, s:o}", "actions",
					   c->gone ? "delete" : "update", "before", before,
					   "after", after, "after_unknown", au,
					   "before_sensitive", bs, "after_sensitive", as);
		json_t *rd = json_pack("{s:s, s:s, s:s, s:s, s:s, s:o}", "address", c->name,
				       "mode", "managed", "type", c->type, "name", c->name,
				       "provider_name", c->provider ? c->provider : "",
				       "change", change);
		plan_json_address_fields(rd, c->name);
		json_array_append_new(drift, rd);
	}
	return drift;
}

json_t *render_plan_json_state(const struct plan *p, const json_t *prior)
{
	json_t *prior_outputs = prior_outputs_of(p, prior);
	json_t *changes = json_array(), *planned = json_array();
	for (size_t i = 0; i < p->n_changes; i++) {
		const struct planned_change *c = &p->changes[i];
		json_array_append_new(changes, resource_change(p, c));
		/* A refresh-only plan's planned values are what refresh read. */
		const json_t *planned_attrs = p->refresh_only ? (c->gone ? NULL : c->before)
					      : c->action != ACTION_DELETE ? c->after : NULL;
		if (planned_attrs && !json_is_null(planned_attrs))
			json_array_append_new(planned, resource_values(c, planned_attrs));
	}
	for (size_t i = 0; i < p->n_reads; i++)
		if (p->reads[i].deferred)
			json_array_append_new(changes, read_json(&p->reads[i], true));
	json_t *outs = planned_outputs_of(p);
	json_t *out_changes = output_changes(prior_outputs, outs, p->destroy);

	int add, change, destroy;
	plan_counts(p, &add, &change, &destroy);
	json_t *doc = json_pack("{s:s, s:s, s:s, s:b, s:b, s:b, s:o, s:{s:o, s:o}, s:o, s:o,"
				" s:o, s:o, s:{s:i, s:i, s:i}}",
		"format_version", PLAN_FORMAT_VERSION,
		"terraform_version", TERRACE_VERSION, "terrace_version", TERRACE_VERSION,
		"applyable", plan_has_changes(p) || (p->refresh_only && plan_has_drift(p)) ||
			     plan_json_outputs_changed(out_changes),
		"complete", !p->targets, "errored", 0,
		"variables", variables(p->snapshot),
		"planned_values", "outputs", planned_outputs(outs), "root_module", module_tree(planned),
		"resource_changes", changes,
		"output_changes", out_changes,
		"configuration", plan_json_configuration(p->snapshot),
		"relevant_attributes", relevant_attributes(p->snapshot),
		"summary", "add", add, "change", change, "destroy", destroy);
	json_object_set_new(doc, "prior_state", prior_state(p, prior_outputs));
	/* A refresh-only plan changes nothing: its drift is in resource_drift
	 * and its resource_changes empty (Terraform 1.11 leaves the key out;
	 * its documented format has it, and a gate reading it works). */
	if (p->refresh_only)
		json_object_set_new(doc, "resource_changes", json_array());
	json_t *drift = resource_drift(p, prior ? prior : p->prior);
	if (json_array_size(drift))
		json_object_set(doc, "resource_drift", drift);
	json_decref(drift);
	/* terrace's own: the environment and user the plan is for. */
	if (json_object_get(p->snapshot, "environment"))
		json_object_set(doc, "environment", json_object_get(p->snapshot, "environment"));
	/* The IAM policy the changes need, when the plan was made with -policy. */
	if (json_object_get(p->snapshot, "policy"))
		json_object_set(doc, "policy", json_object_get(p->snapshot, "policy"));
	json_t *builds = builds_json(p);
	if (json_array_size(builds))
		json_object_set(doc, "builds", builds);
	json_decref(builds);
	json_decref(outs);
	json_decref(prior_outputs);
	return doc;
}

json_t *plan_json_state(const json_t *state)
{
	json_t *res = json_array();
	const char *name;
	json_t *e;
	json_object_foreach(json_object_get(state, "resources"), name, e) {
		const char *type = json_string_value(json_object_get(e, "type"));
		const char *prov = json_string_value(json_object_get(e, "provider"));
		json_t *unknown, *sens;
		json_t *values = attrs_side(type, json_object_get(e, "attributes"),
					    json_object_get(e, "sensitive_attributes"), &unknown, &sens);
		json_decref(unknown);
		json_t *rv = json_pack("{s:s, s:s, s:s, s:s, s:s, s:i, s:o, s:o}", "address", name,
				       "mode", "managed", "type", type ? type : "", "name", name,
				       "provider_name", prov ? prov : "", "schema_version", 0,
				       "values", values, "sensitive_values", sens);
		plan_json_address_fields(rv, name);
		json_array_append_new(res, rv);
	}
	return json_pack("{s:s, s:s, s:s, s:{s:o, s:o}}", "format_version", STATE_FORMAT_VERSION_JSON,
			 "terraform_version", TERRACE_VERSION, "terrace_version", TERRACE_VERSION,
			 "values", "outputs", planned_outputs(json_object_get(state, "outputs")),
			 "root_module", module_tree(res));
}
