/*
 * desired.c: a resource's desired attributes as a plan and an import compute
 * them (plan_desired_attrs): its configuration evaluated, the provider's
 * constraints checked, terrace's own tags and the environment's rules
 * added (plan_add_stack_tags), then the type's plan_desired hook; and what
 * a refresh carries over from the prior attributes (plan_carry_config_only).
 */
#include "plan/plan.h"
#include "plan/eval.h"

#include <string.h>

void plan_carry_config_only(const struct resource_type *rt, const json_t *prior, json_t *now)
{
	for (const struct attr_schema *a = rt->attrs; a->name; a++) {
		json_t *p = json_object_get(prior, a->name);
		if (!p)
			continue;
		if ((a->flags & ATTR_CONFIG_ONLY) || (value_is_hashed(p) && !json_object_get(now, a->name)))
			json_object_set(now, a->name, p);
	}
}

json_t *plan_desired_attrs(const struct eval_scope *sc, const char *name,
			   const struct resource_type *rt, const json_t *res,
			   pthread_mutex_t *mu, json_t **sensitive, bool *evaluated,
			   struct strbuf *err)
{
	const json_t *config = json_object_get(res, "config");
	if (mu)
		pthread_mutex_lock(mu);
	json_t *desired = eval_resource(sc, name, rt->attrs, config, sensitive, err);
	if (mu)
		pthread_mutex_unlock(mu);
	if (evaluated)
		*evaluated = desired != NULL;
	/* The provider's checks see the values as the stack gives them, before
	 * the type derives anything from them (plan_desired), as validate
	 * sees them written. */
	if (desired && (plan_check_constraints(rt, desired, err) ||
			plan_add_stack_tags(sc->snapshot, rt, config, desired, err) ||
			(rt->plan_desired && rt->plan_desired(desired, err)))) {
		json_decref(desired);
		desired = NULL;
	}
	return desired;
}

int plan_check_constraints(const struct resource_type *rt, const json_t *desired,
			   struct strbuf *err)
{
	const struct provider_type *pt = NULL;

	resource_type_find(rt->name, &pt);
	if (!pt || !pt->check_constraints || !pt->check_constraints(rt->name, desired, NULL, err))
		return 0;
	strbuf_prefixf(err, "%s: ", rt->name);
	return -1;
}

int plan_add_stack_tags(const json_t *snapshot, const struct resource_type *rt,
			const json_t *config, json_t *desired, struct strbuf *err)
{
	const struct attr_schema *a = schema_find(rt->attrs, "tags");
	if (!a || a->type != ATTR_MAP || !json_is_object(desired))
		return plan_apply_environment(snapshot, rt, config, desired, err);
	json_t *tags = json_object_get(desired, "tags");
	if (value_is_unknown(tags))  /* a whole map known only after apply: merged then */
		return plan_apply_environment(snapshot, rt, config, desired, err);
	if (!json_is_object(tags))
		tags = NULL; /* unset */
	const char *key;
	json_t *v;
	json_object_foreach(tags, key, v) {
		if (!strncmp(key, PLAN_TAG_PREFIX, strlen(PLAN_TAG_PREFIX))) {
			strbuf_addf(err, "tags: the key \"%s\" is reserved: terrace sets "
				    PLAN_TAG_STACK " and " PLAN_TAG_WORKSPACE " on every resource "
				    "that has tags; remove it", key);
			return -1;
		}
	}
	/* A type that takes few tags (S3 objects: 10) gets terrace's own only
	 * while the written ones leave room: a stack AWS accepts is never
	 * refused for them, and an object that had them keeps them. */
	if (rt->max_tags && json_object_size(tags) + 2 > rt->max_tags)
		return plan_apply_environment(snapshot, rt, config, desired, err);
	/* The snapshot's own strings, shared by every resource's tags. */
	json_t *stack = json_object_get(snapshot, "stack");
	json_t *ws = json_object_get(snapshot, "workspace");
	json_t *merged = tags ? json_copy(tags) : json_object();
	json_object_set_new(merged, PLAN_TAG_STACK, json_is_string(stack) ? json_incref(stack)
									    : json_string(""));
	json_object_set_new(merged, PLAN_TAG_WORKSPACE, json_is_string(ws) ? json_incref(ws)
									       : json_string("default"));
	json_object_set_new(desired, "tags", merged);
	return plan_apply_environment(snapshot, rt, config, desired, err);
}
