/*
 * import.c: adopting an existing object into the state (plan_import_entry,
 * used by a plan's import blocks, `terrace import` and apply's recorded
 * imports): the resource's configuration evaluated against the state, its
 * object read by id, the entry recorded with its dependents' dependencies.
 */
#include "plan/plan.h"
#include "plan/plan_internal.h"
#include "plan/eval.h"
#include "plan/state.h"

#include <stdlib.h>
#include <string.h>

/* What read() gets as prior when importing: the evaluated configuration
 * without values that are not known yet and without secrets, so a read
 * shapes what it reports the way the configuration writes it but can never
 * hand back a secret it did not observe. */
static json_t *import_prior(const struct resource_type *rt, const json_t *desired,
			    const json_t *sensitive)
{
	json_t *prior = json_object();
	for (const struct attr_schema *a = rt->attrs; a->name; a++) {
		json_t *v = json_object_get(desired, a->name);
		if (!v || value_contains_unknown(v) || schema_is_sensitive(a))
			continue;
		size_t i;
		json_t *s;
		bool secret = false;
		json_array_foreach(sensitive, i, s)
			if (!strcmp(json_string_value(s), a->name))
				secret = true;
		if (!secret)
			json_object_set(prior, a->name, v);
	}
	return prior;
}

/* The configuration of `name` evaluated against the state, as plan
 * computes it (terrace's tags, what plan_desired derives from local files):
 * references to resources not in state stay unknown. */
static json_t *import_desired(struct run *r, const char *name, const struct resource_type *rt,
			      json_t **sensitive, struct strbuf *err)
{
	json_t *res = json_object_get(json_object_get(r->snapshot, "resources"), name);
	struct eval_scope sc = { r->snapshot, run_state_attrs, r, run_state_id };
	return plan_desired_attrs(&sc, name, rt, res, NULL, &r->mu, sensitive, NULL, NULL, err);
}

static int import_read(struct run *r, const struct planned_change *c, const char *id,
		       const json_t *desired, const json_t *sensitive, json_t **now,
		       struct strbuf *err)
{
	const char *dot = strchr(c->type, '.');
	char *ptype = xstrndup(c->type, (size_t)(dot - c->type));
	bool not_yet = false;
	struct provider_conn *conn = run_conn(r, c->provider, ptype, &not_yet, err);
	free(ptype);
	if (!conn)
		return -1;
	if (r->ev && r->ev->refreshing)
		r->ev->refreshing(r->ev->ctx, c->name, id);
	json_t *prior = import_prior(c->rtype, desired, sensitive);
	int rc = rtype_read(c->rtype, conn->client, id, prior, now, err);
	if (rc || !*now) {
		if (rc)
			strbuf_prefixf(err, "cannot import %s: ", c->name);
		else
			strbuf_addf(err, "cannot import %s: no %s with id \"%s\" exists",
				    c->name, c->type, id);
		if (c->rtype->import_id)
			strbuf_addf(err, " (%s is imported by %s)", c->type, c->rtype->import_id);
		rc = -1;
	}
	/* What the API cannot show comes from the configuration, except
	 * secrets: a password that cannot be read back is left out, so the
	 * next plan sets it rather than taking it as set. */
	for (const struct attr_schema *a = c->rtype->attrs; !rc && a->name; a++) {
		json_t *v = json_object_get(prior, a->name);
		if ((a->flags & ATTR_CONFIG_ONLY) && v)
			json_object_set(*now, a->name, v);
	}
	json_decref(prior);
	return rc ? -1 : 0;
}

/* The address under which state holds an object of type with this id (or
 * this ARN), or NULL. */
static const char *holding(const json_t *state, const char *type, const char *id,
			   const char *arn)
{
	const char *name;
	json_t *e;
	json_object_foreach(json_object_get(state, "resources"), name, e) {
		const char *etype = json_string_value(json_object_get(e, "type"));
		const char *eid = json_string_value(json_object_get(e, "id"));
		const char *earn = json_string_value(
			json_object_get(json_object_get(e, "attributes"), "arn"));
		if (etype && !strcmp(etype, type) &&
		    ((eid && !strcmp(eid, id)) || (arn && earn && !strcmp(earn, arn))))
			return name;
	}
	return NULL;
}

/* An object another workspace of this stack holds is not taken: its
 * terrace:stack tag names this stack, its terrace:workspace another
 * workspace, whose state (r->workspace_state) has it. Importing it would
 * re-tag it for this workspace, and the other's next plan would change it
 * back. 0, or -1 with err naming that workspace. */
static int held_by_another_workspace(struct run *r, const struct planned_change *c,
				     const char *id, const json_t *now, struct strbuf *err)
{
	json_t *tags = rtype_tags(c->rtype, now);
	const char *stack = json_string_value(json_object_get(tags, PLAN_TAG_STACK));
	const char *ws = json_string_value(json_object_get(tags, PLAN_TAG_WORKSPACE));
	const char *ours = json_string_value(json_object_get(r->snapshot, "workspace"));
	const char *our_stack = json_string_value(json_object_get(r->snapshot, "stack"));

	if (!r->workspace_state || !stack || !ws || !our_stack || strcmp(stack, our_stack) ||
	    !strcmp(ws, ours ? ours : "default")) {
		json_decref(tags);
		return 0;
	}
	json_t *other = NULL;
	struct strbuf why = STRBUF_INIT;
	int rc = 0;
	if (r->workspace_state(r->workspace_ctx, ws, &other, &why)) {
		strbuf_addf(err, "cannot import %s: %s \"%s\" is tagged as workspace \"%s\"'s "
			    "(terrace:workspace), whose state could not be read to tell: %s",
			    c->name, c->type, id, ws, why.buf);
		rc = -1;
	} else {
		const char *at = holding(other, c->type, id,
					 json_string_value(json_object_get(now, "arn")));
		if (at) {
			strbuf_addf(err, "cannot import %s: %s \"%s\" is workspace \"%s\"'s (its "
				    "state holds it as %s): importing it here would take it from "
				    "that workspace, whose next plan would change it back; choose "
				    "another object, or remove it from workspace \"%s\" first "
				    "(terrace state rm %s there)", c->name, c->type, id, ws, at, ws, at);
			rc = -1;
		}
	}
	strbuf_release(&why);
	json_decref(other);
	json_decref(tags);
	return rc;
}

/* An imported entry's dependents, as the stack has them, depend on it again
 * in the state (`state rm` dropped it from their dependencies), so destroy
 * deletes them first. Called with r->mu held. */
static void restore_dependents(struct run *r, const char *name)
{
	json_t *snap_res = json_object_get(r->snapshot, "resources");
	const char *other;
	json_t *e;
	json_object_foreach(json_object_get(r->state, "resources"), other, e) {
		json_t *want = json_object_get(json_object_get(snap_res, other), "dependencies");
		json_t *deps = json_object_get(e, "dependencies");
		bool wanted = false, has = false;
		size_t i;
		json_t *dep;
		json_array_foreach(want, i, dep)
			wanted |= !strcmp(json_string_value(dep), name);
		json_array_foreach(deps, i, dep)
			has |= !strcmp(json_string_value(dep), name);
		if (!wanted || has || !strcmp(other, name))
			continue;
		/* A new array: a loaded state's equal arrays are one (state.h). */
		json_object_set_new(e, "dependencies", deps = deps ? json_copy(deps) : json_array());
		json_array_append_new(deps, json_string(name));
	}
}

int plan_import_entry(struct run *r, const char *name, const char *id, struct strbuf *err)
{
	json_t *res = json_object_get(json_object_get(r->snapshot, "resources"), name);
	if (!res) {
		strbuf_addf(err, "cannot import %s: there is no resource of that name in the stack; "
			    "add it to the stack first", name);
		return -1;
	}
	if (json_object_get(json_object_get(r->state, "resources"), name)) {
		strbuf_addf(err, "cannot import %s: it is already managed by terrace (it is in the "
			    "state); remove it from the state first to import another object", name);
		return -1;
	}
	struct planned_change c = { 0 };
	c.name = (char *)name;
	c.type = (char *)json_string_value(json_object_get(res, "type"));
	c.provider = (char *)json_string_value(json_object_get(res, "provider"));
	c.rtype = resource_type_find(c.type ? c.type : "", NULL);
	if (!c.rtype || !c.provider || !strchr(c.type, '.')) {
		strbuf_addf(err, "cannot import %s: unknown resource type \"%s\"", name,
			    c.type ? c.type : "");
		return -1;
	}
	if (c.rtype->not_importable) {
		strbuf_addf(err, "cannot import %s: %s cannot be imported: %s", name, c.type,
			    c.rtype->not_importable);
		return -1;
	}
	json_t *sensitive = NULL, *now = NULL;
	json_t *desired = import_desired(r, name, c.rtype, &sensitive, err);
	int rc = -1;
	if (!desired) {
		strbuf_prefixf(err, "cannot import %s: ", name);
		goto out;
	}
	if (import_read(r, &c, id, desired, sensitive, &now, err) ||
	    held_by_another_workspace(r, &c, id, now, err))
		goto out;
	pthread_mutex_lock(&r->mu);
	run_record(r, &c, "created", id, now, sensitive, NULL, false);
	restore_dependents(r, name);
	pthread_mutex_unlock(&r->mu);
	rc = 0;
out:
	json_decref(now);
	json_decref(desired);
	json_decref(sensitive);
	return rc;
}

int plan_import(struct run *r, const char *name, const char *id, json_t **imported,
		struct strbuf *err)
{
	if (plan_import_entry(r, name, id, err))
		return -1;
	if (run_save_state(r)) {
		strbuf_addf(err, "saving state failed: %s", r->save_error.buf);
		return -1;
	}
	if (imported)
		*imported = json_incref(json_object_get(json_object_get(
			json_object_get(r->state, "resources"), name), "attributes"));
	return 0;
}
