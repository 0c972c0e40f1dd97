/*
 * diff.c: the generic per-resource diff (see diff.h). A change whose
 * replace_requested is set (-replace) is a replacement whatever differs.
 */
#include "plan/diff.h"
#include "plan/eval.h"

#include <string.h>

static bool ignored(const json_t *ignore_changes, const char *name)
{
	size_t i;
	json_t *v;
	json_array_foreach(ignore_changes, i, v)
		if (json_is_string(v) && !strcmp(json_string_value(v), name))
			return true;
	return false;
}

void diff_resource(const struct resource_type *rt, const json_t *before,
		   const json_t *desired, const json_t *ignore_changes,
		   struct planned_change *c)
{
	c->changed = json_array();
	c->forces_new = json_array();
	if (!desired) {
		c->action = before ? ACTION_DELETE : ACTION_NOOP;
		c->after = NULL;
		return;
	}
	json_t *after = json_object();
	if (!before) {
		for (const struct attr_schema *a = rt->attrs; a->name; a++) {
			json_t *d = json_object_get(desired, a->name);
			if (d && !json_is_null(d))
				json_object_set(after, a->name, d);
			else if (a->flags & ATTR_COMPUTED)
				json_object_set_new(after, a->name, value_unknown());
		}
		c->action = ACTION_CREATE;
		c->after = after;
		return;
	}
	bool replace = c->replace_requested;
	for (const struct attr_schema *a = rt->attrs; a->name; a++) {
		json_t *cur = json_object_get(before, a->name);
		json_t *d = json_object_get(desired, a->name);
		bool user_set = d && !json_is_null(d);
		/* Computed attributes the plan could derive (plan_desired) are compared too. */
		bool settable = (a->flags & (ATTR_REQUIRED | ATTR_OPTIONAL)) || user_set;
		if (!settable || (!user_set && (a->flags & ATTR_COMPUTED)) ||
		    ignored(ignore_changes, a->name)) {
			if (cur)
				json_object_set(after, a->name, cur);
			continue;
		}
		bool differs = value_contains_unknown(d) || !value_matches_stored(d, cur);
		if (user_set)
			json_object_set(after, a->name, d);
		if (!differs)
			continue;
		json_array_append_new(c->changed, json_string(a->name));
		if (a->flags & ATTR_FORCE_NEW) {
			json_array_append_new(c->forces_new, json_string(a->name));
			replace = true;
		}
	}
	if (replace) {
		/* A new resource: its computed attributes are not known yet. */
		for (const struct attr_schema *a = rt->attrs; a->name; a++) {
			json_t *d = json_object_get(desired, a->name);
			if ((a->flags & ATTR_COMPUTED) && !(d && !json_is_null(d)))
				json_object_set_new(after, a->name, value_unknown());
		}
		c->action = ACTION_REPLACE;
	} else {
		c->action = json_array_size(c->changed) ? ACTION_UPDATE : ACTION_NOOP;
	}
	c->after = after;
}
