/*
 * snapshot.c: the configuration snapshot a plan is made from (see plan.h):
 * the stack expanded to its resource instances (stacks/expand.h) and
 * reduced to JSON, with resolved variables, so that a saved plan file can
 * be applied without the stack files. Equal values of its resources are
 * one shared value (plan/state.h, state_share_entries).
 *
 * A count or for_each made from a lookup (Terraform's count =
 * length(data.aws_availability_zones.x.names)) awaits it in the first
 * expansion, which reads nothing (validate's); snapshot_read_awaited
 * reads those lookups with the run's providers and expands again, as
 * often as new lookups appear (those of module instances it made).
 */
#include "plan/plan.h"
#include "plan/eval.h"
#include "plan/state.h"
#include "stacks/expand.h"
#include "stacks/stack.h"
#include "provider/base/log.h"
#include "provider/provider.h"

#include <stdlib.h>
#include <string.h>

/* What for_each and count may use while expanding: variables, locals and
 * terrace.*; resources are not known yet. */
struct expand_env {
	const json_t *variables;
	const json_t *sensitive_variables;
	const char *stack;
	const char *workspace;
	const char *functions;
	bool evaluated; /* eval_for_expand ran: the expansion may differ by edition */
	/* What count and for_each see of lookups (snapshot_expand_again), or
	 * NULL (the first expansion: every lookup unknown); data: the
	 * lookups of the expansion before. */
	snapshot_attrs_fn lookup_attrs;
	void *lookup_ctx;
	const json_t *data;
};

/* What a count or for_each sees again: lookups as the caller reads them,
 * every resource unknown, as in the first expansion. */
static const json_t *expand_attrs(void *ctx, const char *name, const json_t **sens,
				  bool *exists)
{
	const struct expand_env *env = ctx;
	if (address_is_lookup(name))
		return env->lookup_attrs(env->lookup_ctx, name, sens, exists);
	*exists = true;
	return NULL;
}

/* What a count or for_each sees of the resources expanded before it
 * (expand.h: expand_eval_fn's configured): each instance's scalar
 * attributes its configuration writes, evaluated in the same scope, where
 * known and not null (a null leaves it to the type or AWS) and not under
 * ignore_changes (plan keeps what state has); every other attribute
 * unknown, as Terraform plans a resource's configured attributes known
 * and the rest "known after apply". Evaluated once each (attrs: address
 * -> {"attrs", "sensitive"}); busy guards against a resource reached
 * again while its own attributes are evaluated. */
struct configured_env {
	struct eval_scope inner;  /* lookups as expand_attrs or eval_no_resources answer them */
	struct eval_scope scope;  /* inner, with configured_attrs for resources */
	const json_t *configured;
	json_t *attrs;
	json_t *busy;
};

static bool is_ignored(const json_t *res, const char *attr)
{
	size_t i;
	json_t *name;
	json_array_foreach(json_object_get(res, "ignore_changes"), i, name)
		if (json_is_string(name) && (!strcmp(json_string_value(name), attr) ||
					     !strcmp(json_string_value(name), "all")))
			return true;
	return false;
}

static const json_t *configured_attrs(void *ctx, const char *name, const json_t **sens,
				      bool *exists)
{
	struct configured_env *c = ctx;
	const json_t *res = json_object_get(c->configured, name);
	if (!res || address_is_lookup(name) || json_object_get(c->busy, name))
		return c->inner.resource_attrs(c->inner.ctx, name, sens, exists);
	*exists = true;
	json_t *done = json_object_get(c->attrs, name);
	if (done) {
		*sens = json_object_get(done, "sensitive");
		return json_object_get(done, "attrs");
	}
	const char *type = json_string_value(json_object_get(res, "type"));
	const struct resource_type *rt = type ? resource_type_find(type, NULL) : NULL;
	if (!rt || !rt->attrs)
		return NULL;
	json_object_set_new(c->busy, name, json_true());
	json_t *attrs = json_object(), *secret = json_array();
	const json_t *config = json_object_get(res, "config");
	for (const struct attr_schema *a = rt->attrs; a->name; a++) {
		const json_t *expr = json_object_get(config, a->name);
		json_t *known = NULL;
		bool scalar = a->type == ATTR_STRING || a->type == ATTR_NUMBER ||
			      a->type == ATTR_BOOL;
		if (expr && scalar && !is_ignored(res, a->name)) {
			bool s = false;
			struct strbuf err = STRBUF_INIT;
			json_t *v = eval_value(&c->scope, expr, &s, &err);
			known = v && !json_is_null(v) && !value_contains_unknown(v)
				? schema_coerce(a, v, &err) : NULL;
			json_decref(v);
			strbuf_release(&err);
			if (known && (s || (a->flags & ATTR_SENSITIVE)))
				json_array_append_new(secret, json_string(a->name));
		}
		json_object_set_new(attrs, a->name, known ? known : value_unknown());
	}
	json_object_del(c->busy, name);
	json_object_set_new(c->attrs, name, json_pack("{s:o, s:o}", "attrs", attrs,
						     "sensitive", secret));
	*sens = secret;
	return attrs;
}

static json_t *eval_for_expand(void *ctx, const json_t *expr, const json_t *locals,
			       const json_t *configured, bool *sensitive, struct strbuf *err)
{
	struct expand_env *env = ctx;
	env->evaluated = true;
	json_t *snap = json_pack("{s:O, s:O, s:O, s:s, s:s, s:s}", "variables", env->variables,
				 "sensitive_variables", env->sensitive_variables, "locals", locals,
				 "stack", env->stack, "workspace", env->workspace,
				 "functions", env->functions);
	struct eval_scope sc = { snap, eval_no_resources, NULL };
	if (env->lookup_attrs) {
		if (env->data)
			json_object_set(snap, "data", (json_t *)env->data);
		sc.resource_attrs = expand_attrs;
		sc.ctx = env;
	}
	json_t *v;
	if (configured) {
		struct configured_env c = { sc, sc, configured, json_object(), json_object() };
		c.scope.resource_attrs = configured_attrs;
		c.scope.ctx = &c;
		v = eval_value(&c.scope, expr, sensitive, err);
		json_decref(c.attrs);
		json_decref(c.busy);
	} else {
		v = eval_value(&sc, expr, sensitive, err);
	}
	json_decref(snap);
	return v;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* obj's members in the order of their names (taken: obj's reference).
 * Outputs are shown in that order everywhere, as Terraform's: a saved
 * plan (written with sorted keys) and a plan made now list them alike. */
static json_t *sorted_by_name(json_t *obj)
{
	size_t n = json_object_size(obj), i = 0;
	const char **names = xcalloc(n ? n : 1, sizeof(*names));
	const char *k;
	json_t *v;
	json_object_foreach(obj, k, v)
		names[i++] = k;
	qsort(names, n, sizeof(*names), by_name);
	json_t *out = json_object();
	for (i = 0; i < n; i++)
		json_object_set(out, names[i], json_object_get(obj, names[i]));
	free(names);
	json_decref(obj);
	return out;
}

/* The members of snap an expansion makes, from x (taken). */
static void set_expanded(json_t *snap, struct expansion *x)
{
	json_object_set_new(snap, "providers", x->providers);
	json_object_set_new(snap, "locals", x->locals);
	/* 10,000 resources repeat their types, providers, empty lists and
	 * many configuration values: one copy of each (never changed in
	 * place: the snapshot is read, not edited, once made). */
	state_share_entries(x->resources, "config");
	json_object_set_new(snap, "resources", x->resources);
	json_object_set_new(snap, "outputs", sorted_by_name(x->outputs));
	json_object_set_new(snap, "data", x->data);
	/* Only when some template awaits: every other snapshot (and plan
	 * file) is as it was. */
	if (json_object_size(x->awaiting))
		json_object_set_new(snap, "awaiting", x->awaiting);
	else
		json_object_del(snap, "awaiting"), json_decref(x->awaiting);
	memset(x, 0, sizeof(*x));
}

json_t *snapshot_from_stack(const struct stack *s, const json_t *variables, const char *workspace,
			    enum func_edition functions, bool *any_edition, struct diags *d)
{
	json_t *sens = json_array();
	for (size_t i = 0; i < s->n_vars; i++)
		if (s->vars[i].sensitive)
			json_array_append_new(sens, json_string(s->vars[i].name));
	const char *name = s->name ? s->name : "";
	struct expand_env env = { variables, sens, name, workspace ? workspace : "default",
				  func_edition_name(functions), false, NULL, NULL, NULL };
	struct expansion x;
	if (stack_expand(s, eval_for_expand, &env, &x, d) < 0) {
		json_decref(sens);
		return NULL;
	}
	json_t *snap = json_object();
	json_object_set_new(snap, "stack", json_string(name));
	json_object_set_new(snap, "workspace", json_string(env.workspace));
	json_object_set_new(snap, "functions", json_string(env.functions));
	json_object_set_new(snap, "variables", json_deep_copy(variables));
	json_object_set_new(snap, "sensitive_variables", sens);
	size_t n_resources = json_object_size(x.resources);
	set_expanded(snap, &x);
	if (s->moved)
		json_object_set_new(snap, "moved", json_deep_copy(s->moved));
	if (s->removed)
		json_object_set_new(snap, "removed", json_deep_copy(s->removed));
	if (s->imports)
		json_object_set_new(snap, "import", json_deep_copy(s->imports));
	if (s->checks)
		json_object_set_new(snap, "checks", json_deep_copy(s->checks));
	/* TERRACE_LOG=debug: how often a command makes it (t0478: once). */
	log_debugf("snapshot of stack \"%s\" (%s's function results): %zu resources",
		   name, env.functions, n_resources);
	if (any_edition)
		*any_edition = !env.evaluated;
	return snap;
}

const json_t *snapshot_entry(const json_t *snapshot, const char *address)
{
	const char *section = address_is_lookup(address) ? "data" : "resources";
	return json_object_get(json_object_get(snapshot, section), address);
}

int snapshot_expand_again(json_t *snap, const struct stack *s, snapshot_attrs_fn lookup_attrs,
			  void *ctx, struct diags *d)
{
	struct expand_env env = {
		json_object_get(snap, "variables"), json_object_get(snap, "sensitive_variables"),
		json_string_value(json_object_get(snap, "stack")),
		json_string_value(json_object_get(snap, "workspace")),
		json_string_value(json_object_get(snap, "functions")), false, lookup_attrs, ctx,
		json_object_get(snap, "data") };
	struct expansion x;
	json_incref((json_t *)env.data); /* set_expanded replaces it */
	int rc = stack_expand(s, eval_for_expand, &env, &x, d);
	json_decref((json_t *)env.data);
	if (rc < 0)
		return -1;
	set_expanded(snap, &x);
	return 0;
}
