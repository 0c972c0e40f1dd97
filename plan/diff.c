/*
 * diff.c: the generic per-resource diff (see diff.h). A change whose
 * replace_requested is set (-replace) is a replacement whatever differs.
 *
 * Memory at 10,000 resources: c->changed and c->forces_new stay NULL
 * until a name goes in (their readers take NULL as empty), and a no-op
 * whose planned attributes equal the current ones shares them instead of
 * holding an equal object of its own. Equal is json_equal: the same keys
 * and values; the order of an object's keys may differ, which nothing
 * shows (renderings and JSON documents sort keys; references look keys up).
 */
#include "plan/diff.h"
#include "plan/eval.h"
#include "plan/plan_internal.h"
#include "provider/provider.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

/*
 * Whether a config-only value the state holds (a source path) names the
 * same file as the desired one: before issue 68 relative paths were read
 * from the folder terrace ran in, and ${path.module} was that folder's
 * path to the stack ("stacks/lake/readme.txt" for `plan -stack
 * stacks/lake`), now they are the stack's folder's ("./readme.txt", read
 * there: plan_make runs in it). The same file is no change: what was
 * deployed plans none after the upgrade; the next update records the new
 * text.
 */
static bool same_local_file(const json_t *desired, const json_t *stored)
{
	const char *now = json_string_value(desired), *was = json_string_value(stored);
	const char *from = plan_entered_from();
	if (!now || !was || !from || now[0] == '/' || was[0] == '/' || !strcmp(now, was))
		return false;
	char a[PATH_MAX], b[PATH_MAX];
	char *old = xasprintf("%s/%s", from, was);
	bool same = realpath(now, a) && realpath(old, b) && !strcmp(a, b);
	free(old);
	return same;
}

/* Append name to *list, made on the first. */
static void append_name(json_t **list, const char *name)
{
	if (!*list)
		*list = json_array();
	json_array_append_new(*list, json_string(name));
}

/* A computed attribute of an object not made yet: not known, though surely
 * set when every object has it (its id, its ARN), and of the kind of
 * identifier it gives (a queue's ARN), so that checks judge a reference to
 * it by what it names. */
static json_t *unknown_of(const struct resource_type *rt, const struct attr_schema *a)
{
	bool set = attr_always_made(a);
	const char *prefix = NULL;
	const char *kind = a->type == ATTR_STRING ? rtype_gives_kind(rt, a->name, &prefix) : NULL;
	return kind ? value_unknown_of_kind(kind, prefix, set)
		    : set ? value_unknown_set() : value_unknown();
}

/* The value d of a block (a list of them) as planned: each entry lacking a
 * member only AWS gives (computed, not settable: a DynamoDB replica's arn),
 * which a new entry cannot have yet, gets it unknown, so a reference to it
 * waits for the apply (a new reference; d's own when nothing lacks). */
static json_t *nested_computed_unknown(const struct attr_schema *a, json_t *d)
{
	json_t *out = NULL, *e;
	size_t i;

	if (!a->nested || !json_is_array(d))
		return json_incref(d);
	json_array_foreach(d, i, e)
		for (const struct attr_schema *n = a->nested; json_is_object(e) && n->name; n++) {
			if (!(n->flags & ATTR_COMPUTED) || (n->flags & (ATTR_REQUIRED | ATTR_OPTIONAL)) ||
			    json_object_get(e, n->name))
				continue;
			if (!out)
				out = json_deep_copy(d);
			json_object_set_new(json_array_get(out, i), n->name, value_unknown());
		}
	return out ? out : json_incref(d);
}

void diff_resource(const struct resource_type *rt, const json_t *before,
		   const json_t *desired, const json_t *ignore_changes,
		   struct planned_change *c)
{
	c->changed = NULL;
	c->forces_new = NULL;
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
				json_object_set_new(after, a->name, nested_computed_unknown(a, d));
			else if (a->flags & ATTR_COMPUTED)
				json_object_set_new(after, a->name, unknown_of(rt, a));
		}
		c->action = ACTION_CREATE;
		c->after = after;
		return;
	}
	/* A form a release before wrote, in this release's when it stands for
	 * the same (resource_type.upgrade_stored). */
	json_t *upgraded = rt->upgrade_stored ? rt->upgrade_stored(before, desired) : NULL;
	if (upgraded)
		before = upgraded;
	bool replace = c->replace_requested;
	for (const struct attr_schema *a = rt->attrs; a->name; a++) {
		json_t *cur = json_object_get(before, a->name);
		json_t *d = json_object_get(desired, a->name);
		bool user_set = d && !json_is_null(d);
		/* Computed attributes the plan could derive (plan_desired) are compared too. */
		bool settable = (a->flags & (ATTR_REQUIRED | ATTR_OPTIONAL)) || user_set;
		if (!settable || (!user_set && (a->flags & ATTR_COMPUTED)) ||
		    value_list_has_string(ignore_changes, a->name)) {
			if (cur)
				json_object_set(after, a->name, cur);
			continue;
		}
		bool differs = value_contains_unknown(d) || !value_matches_stored(d, cur);
		if (differs && (a->flags & ATTR_CONFIG_ONLY) && same_local_file(d, cur))
			differs = false;
		if (user_set)
			json_object_set_new(after, a->name, nested_computed_unknown(a, d));
		if (!differs)
			continue;
		append_name(&c->changed, a->name);
		if (a->flags & ATTR_FORCE_NEW) {
			append_name(&c->forces_new, a->name);
			replace = true;
		}
	}
	if (replace) {
		/* A new resource: its computed attributes are not known yet. */
		for (const struct attr_schema *a = rt->attrs; a->name; a++) {
			json_t *d = json_object_get(desired, a->name);
			if ((a->flags & ATTR_COMPUTED) && !(d && !json_is_null(d)))
				json_object_set_new(after, a->name, unknown_of(rt, a));
		}
		c->action = ACTION_REPLACE;
	} else {
		c->action = json_array_size(c->changed) ? ACTION_UPDATE : ACTION_NOOP;
		if (c->action == ACTION_NOOP && json_equal(after, (json_t *)before)) {
			json_decref(after);
			after = json_incref((json_t *)before);
		}
	}
	c->after = after;
	json_decref(upgraded);
}
