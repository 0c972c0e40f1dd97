/*
 * outputs.c: a stack's outputs evaluated in a state (outputs_eval, and
 * plan_eval_in_state for one expression) or in a plan (plan_outputs_eval),
 * (plan_outputs_checked: those that fail, reported at plan), or on one side
 * of a plan (plan_side_outputs_eval: the JSON plan's output_changes), and
 * the evaluation scopes they use: a state's resources, and what a plan
 * will make of them (plan_internal.h), which plan.c's passes use too, and
 * a plan's side (here alone).
 */
#include "plan/plan.h"
#include "plan/plan_internal.h"
#include "plan/eval.h"
#include "plan/state.h"
#include "stacks/expand.h"
#include "stacks/expr.h"

#include <stdlib.h>
#include <string.h>

/* Attributes from a state; ctx points to a struct state_scope. */
const json_t *state_scope_attrs(void *ctx, const char *name, const json_t **sens, bool *exists)
{
	const struct state_scope *ss = ctx;
	const json_t *e = state_entry(ss->state, name);
	*exists = e != NULL;
	return state_entry_attrs(e, sens);
}

/* The id a state records for resource `name`, or NULL. */
json_t *state_scope_id(void *ctx, const char *name)
{
	const struct state_scope *ss = ctx;
	const json_t *id = json_object_get(state_entry(ss->state, name), "id");
	return json_is_string(id) ? json_incref((json_t *)id) : NULL;
}


int plan_cmp_change(const void *a, const void *b)
{
	return strcmp(((const struct planned_change *)a)->name,
		      ((const struct planned_change *)b)->name);
}

/* The change of resource `name`, once the changes are sorted by name. */
struct planned_change *plan_find_change(const struct plan *p, const char *name)
{
	struct planned_change key = { .name = (char *)name };

	return bsearch(&key, p->changes, p->n_changes, sizeof(*p->changes), plan_cmp_change);
}

int plan_cmp_read(const void *a, const void *b)
{
	return strcmp(((const struct planned_read *)a)->name,
		      ((const struct planned_read *)b)->name);
}

struct planned_read *plan_find_read(const struct plan *p, const char *name)
{
	struct planned_read key = { .name = (char *)name };

	return p->n_reads ? bsearch(&key, p->reads, p->n_reads, sizeof(*p->reads), plan_cmp_read)
			  : NULL;
}

const json_t *plan_scope_attrs(void *ctx, const char *name, const json_t **sens, bool *exists)
{
	struct plan_scope *ps = ctx;
	if (address_is_lookup(name)) {
		struct planned_read *rd = plan_find_read(ps->p, name);
		*exists = rd != NULL;
		return rd ? rd->after : NULL;
	}
	struct planned_change *c = plan_find_change(ps->p, name);
	*exists = c && json_object_get(json_object_get(ps->snapshot, "resources"), name);
	if (!*exists)
		return NULL;
	*sens = c->sensitive;
	return c->after;
}

/* The id a planned resource will have: the one it has unless replaced,
 * else its id_attr's planned value when known (NULL when not). */
static const char *planned_id(const struct planned_change *c)
{
	if (c->id && c->action != ACTION_REPLACE && c->action != ACTION_CREATE)
		return c->id;
	const json_t *v = c->rtype && c->rtype->id_attr
		? json_object_get(c->after, c->rtype->id_attr) : NULL;
	return json_string_value(v);
}

json_t *plan_scope_id(void *ctx, const char *name)
{
	struct plan_scope *ps = ctx;
	struct planned_change *c = plan_find_change(ps->p, name);
	const char *id = c ? planned_id(c) : NULL;
	return id ? json_string(id) : NULL;
}

/* An evaluation scope over one side of a plan, for the outputs before and
 * after it (plan_side_outputs_eval): a resource is there when its change
 * has attributes on that side (a deleted one has none after), with its
 * sensitive names and its id on that side (before: the state's; after:
 * planned_id); a lookup is there when the plan reads it, unknown until
 * read. Read from the plan's changes where they are: a state-shaped copy
 * of them cost 8 MB at 10,000 resources (issue 47). */
struct side_scope {
	const struct plan *p;
	bool after;
};

/* The change of `name` with attributes on the scope's side, or NULL. */
static const struct planned_change *side_change(const struct side_scope *ss, const char *name,
						  const json_t **attrs)
{
	const struct planned_change *c = plan_find_change(ss->p, name);
	*attrs = !c ? NULL : !ss->after ? c->before
	       : c->action == ACTION_DELETE ? NULL : c->after;
	return *attrs ? c : NULL;
}

static const json_t *side_scope_attrs(void *ctx, const char *name, const json_t **sens,
				      bool *exists)
{
	const struct side_scope *ss = ctx;
	const json_t *attrs;
	if (address_is_lookup(name)) {
		const struct planned_read *rd = plan_find_read(ss->p, name);
		*exists = rd != NULL;
		return rd ? rd->after : NULL;
	}
	const struct planned_change *c = side_change(ss, name, &attrs);
	*exists = c != NULL;
	if (c)
		*sens = c->sensitive;
	return attrs;
}

static json_t *side_scope_id(void *ctx, const char *name)
{
	const struct side_scope *ss = ctx;
	const json_t *attrs;
	const struct planned_change *c = side_change(ss, name, &attrs);
	const char *id = !c ? NULL : ss->after ? planned_id(c) : c->id;
	return id ? json_string(id) : NULL;
}

json_t *plan_eval_in_state(const json_t *snapshot, const json_t *state, const json_t *expr,
			   bool *sensitive, struct strbuf *err)
{
	struct state_scope ss = { state };
	struct eval_scope sc = { snapshot, state_scope_attrs, &ss, state_scope_id };
	*sensitive = false;
	/* file("x") is the stack's folder's, as in a plan (plan_enter_dir). */
	int saved;
	if (plan_enter_dir(snapshot, &saved, err))
		return NULL;
	json_t *v = eval_value(&sc, expr, sensitive, err);
	plan_leave_dir(saved);
	return v;
}

/* The snapshot's outputs evaluated in sc: NAME -> {value, sensitive}. */
static json_t *outputs_eval_in(const struct eval_scope *sc, const json_t *snapshot,
			       struct diags *d)
{
	json_t *out = json_object();
	const char *name;
	json_t *o;
	json_object_foreach(json_object_get(snapshot, "outputs"), name, o) {
		bool secret = false;
		struct strbuf err = STRBUF_INIT;
		json_t *v = eval_value(sc, json_object_get(o, "value"), &secret, &err);
		if (!v) {
			struct src_pos pos;
			char *file = plan_pos_parse(json_string_value(json_object_get(o, "at")), &pos);
			if (file)
				diag_errorf(d, &pos, "output %s: %s", name, err.buf);
			else
				diag_subject_errorf(d, NULL, "output %s: %s", name, err.buf);
			free(file);
			strbuf_release(&err);
			continue;
		}
		strbuf_release(&err);
		json_object_set_new(out, name, json_pack("{s:o, s:b}", "value", v, "sensitive",
			secret || json_is_true(json_object_get(o, "sensitive"))));
	}
	return out;
}

json_t *outputs_eval(const json_t *snapshot, const json_t *state, struct diags *d)
{
	struct state_scope ss = { state };
	struct eval_scope sc = { snapshot, state_scope_attrs, &ss, state_scope_id };
	return outputs_eval_in(&sc, snapshot, d);
}

json_t *plan_outputs_eval(struct plan *p, struct diags *d)
{
	struct plan_scope ps = { p, p->snapshot };
	struct eval_scope sc = { p->snapshot, plan_scope_attrs, &ps, plan_scope_id };
	return outputs_eval_in(&sc, p->snapshot, d);
}

json_t *plan_side_outputs_eval(const struct plan *p, bool after, struct diags *d)
{
	struct side_scope ss = { p, after };
	struct eval_scope sc = { p->snapshot, side_scope_attrs, &ss, side_scope_id };
	return outputs_eval_in(&sc, p->snapshot, d);
}

int plan_outputs_checked(struct plan *p, struct diags *d)
{
	struct diags od = DIAGS_INIT;
	json_decref(plan_outputs_eval(p, &od));
	int rc = od.n ? -1 : 0;
	diags_append(d, &od);
	diags_free(&od);
	return rc;
}
