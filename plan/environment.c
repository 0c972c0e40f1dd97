/*
 * environment.c: what a development environment makes of a resource's
 * desired attributes (see plan.h, plan_add_stack_tags): the names the stack
 * gives get the prefix dev-<user>-, fitted to the type's naming rules (its
 * provider's name_rules: the name attribute, its length limit, the
 * separator its names allow; the limit in bytes, a cut never inside a UTF-8
 * character);
 * taggable resources get terrace:environment and
 * terrace:user; schedules, event rules and Glue triggers are made disabled
 * unless the stack sets their state itself. A production environment, or
 * none, changes nothing here.
 */
#include "plan/plan.h"
#include "provider/provider.h"

#include <openssl/sha.h>
#include <stdlib.h>
#include <string.h>

/* What a development environment sets when the stack does not: the
 * attribute and its value, except where attribute `unless` has value
 * `unless_value` (an ON_DEMAND trigger has no enabled state). */
static const struct disabled_rule {
	const char *type;
	const char *attr;
	const char *value_json;
	const char *unless, *unless_value;
} disabled_rules[] = {
	{ "aws.scheduler.schedule", "state", "\"DISABLED\"", NULL, NULL },
	{ "aws.events.rule", "state", "\"DISABLED\"", NULL, NULL },
	{ "aws.glue.trigger", "enabled", "false", "trigger_type", "ON_DEMAND" },
};

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))
#define HASH_HEX 6

/* The name rule of type, from its provider (provider_type.name_rules), or
 * NULL. */
static const struct provider_name_rule *name_rule_of(const char *type)
{
	const struct provider_type *pt = NULL;
	if (!resource_type_find(type, &pt) || !pt || !pt->name_rules)
		return NULL;
	for (const struct provider_name_rule *r = pt->name_rules; r->type; r++)
		if (!strcmp(r->type, type))
			return r->attr ? r : NULL; /* types.def's UNNAMED */
	return NULL;
}

const char *plan_name_attr(const char *type)
{
	const struct provider_name_rule *rule = name_rule_of(type);
	return rule ? rule->attr : NULL;
}

char *plan_dev_name(const char *type, const char *user, const char *name)
{
	const struct provider_name_rule *rule = name_rule_of(type);
	if (!rule)
		return NULL;
	char *prefix = xasprintf("dev-%s-", user);
	for (char *c = prefix; *c; c++)
		if (*c == '-')
			*c = rule->separator;
	/* Made from a name that has it already (a reference to a prefixed
	 * name, or the state's own value): as it is. */
	if (strstr(name, prefix)) {
		free(prefix);
		return xstrdup(name);
	}
	/* After a leading '/' (log group and secret paths). */
	size_t lead = name[0] == '/' ? 1 : 0;
	char *full = xasprintf("%.*s%s%s", (int)lead, name, prefix, name + lead);
	if (strlen(full) <= rule->max_len) {
		free(prefix);
		return full;
	}
	/* Too long: cut, and a hash of the whole name keeps two cut names
	 * apart. */
	unsigned char md[SHA256_DIGEST_LENGTH];
	SHA256((const unsigned char *)full, strlen(full), md);
	size_t keep = rule->max_len - 1 - HASH_HEX;
	/* Not inside a UTF-8 character (PostgreSQL refuses a name that
	 * ends with part of one), nor after a separator. */
	while (keep && ((unsigned char)full[keep] & 0xC0) == 0x80)
		keep--;
	while (keep && (full[keep - 1] == '-' || full[keep - 1] == '_' || full[keep - 1] == '.'))
		keep--;
	char *cut = xasprintf("%.*s%c%02x%02x%02x", (int)keep, full, rule->separator, md[0], md[1],
			      md[2]);
	free(full);
	free(prefix);
	return cut;
}

int plan_apply_environment(const json_t *snapshot, const struct resource_type *rt,
			   const json_t *config, json_t *desired, struct strbuf *err)
{
	(void)err;
	const json_t *env = json_object_get(snapshot, "environment");
	const char *mode = json_string_value(json_object_get(env, "mode"));
	const char *user = json_string_value(json_object_get(env, "user"));
	if (!mode || strcmp(mode, "development") || !user || !json_is_object(desired))
		return 0;
	const char *attr = plan_name_attr(rt->name);
	const char *name = attr ? json_string_value(json_object_get(desired, attr)) : NULL;
	if (name && json_object_get(config, attr)) {
		char *fitted = plan_dev_name(rt->name, user, name);
		json_object_set_new(desired, attr, json_string(fitted));
		free(fitted);
	}
	for (size_t i = 0; i < N_OF(disabled_rules); i++) {
		const struct disabled_rule *r = &disabled_rules[i];
		if (strcmp(r->type, rt->name) || json_object_get(config, r->attr))
			continue;
		const char *is = r->unless ? json_string_value(json_object_get(desired, r->unless))
					   : NULL;
		if (is && !strcmp(is, r->unless_value))
			continue;
		json_object_set_new(desired, r->attr, json_loads(r->value_json, JSON_DECODE_ANY,
								 NULL));
	}
	json_t *tags = rtype_tags(rt, desired);
	/* A type that takes few tags (provider.h, max_tags): with terrace's
	 * own two, and only while there is room for these two as well. */
	if (tags && (!rt->max_tags || (json_object_get(tags, PLAN_TAG_STACK) &&
				       json_object_size(tags) + 2 <= rt->max_tags))) {
		json_t *merged = json_copy(tags);
		json_object_set(merged, PLAN_TAG_ENVIRONMENT, json_object_get(env, "name"));
		json_object_set_new(merged, PLAN_TAG_USER, json_string(user));
		rtype_tags_put(rt, desired, merged);
		json_decref(merged);
	}
	json_decref(tags);
	return 0;
}

int plan_add_stack_tags(const json_t *snapshot, const struct resource_type *rt,
			const json_t *config, json_t *desired, struct strbuf *err)
{
	const struct attr_schema *a = rtype_tags_schema(rt);
	if (!a || !json_is_object(desired))
		return plan_apply_environment(snapshot, rt, config, desired, err);
	json_t *written = json_object_get(desired, a->name);
	/* a whole map known only after apply: merged then */
	if (value_is_unknown(written))
		return plan_apply_environment(snapshot, rt, config, desired, err);
	json_t *tags = rtype_tags(rt, desired);
	if (!tags && value_is_set(written)) /* a key or value not known yet */
		return plan_apply_environment(snapshot, rt, config, desired, err);
	const char *key;
	json_t *v;
	json_object_foreach(tags, key, v) {
		if (!strncmp(key, PLAN_TAG_PREFIX, strlen(PLAN_TAG_PREFIX))) {
			strbuf_addf(err, "%s: the key \"%s\" is reserved: terrace sets "
				    PLAN_TAG_STACK " and " PLAN_TAG_WORKSPACE " on every resource "
				    "that has tags; remove it", a->name, key);
			json_decref(tags);
			return -1;
		}
	}
	/* A type that takes few tags (S3 objects: 10) gets terrace's own only
	 * while the written ones leave room: a stack AWS accepts is never
	 * refused for them, and an object that had them keeps them. */
	if (rt->max_tags && json_object_size(tags) + 2 > rt->max_tags) {
		json_decref(tags);
		return plan_apply_environment(snapshot, rt, config, desired, err);
	}
	/* The snapshot's own strings, shared by every resource's tags. */
	json_t *stack = json_object_get(snapshot, "stack");
	json_t *ws = json_object_get(snapshot, "workspace");
	json_t *merged = tags ? json_copy(tags) : json_object();
	json_decref(tags);
	json_object_set_new(merged, PLAN_TAG_STACK, json_is_string(stack) ? json_incref(stack)
									    : json_string(""));
	json_object_set_new(merged, PLAN_TAG_WORKSPACE, json_is_string(ws) ? json_incref(ws)
									       : json_string("default"));
	rtype_tags_put(rt, desired, merged);
	json_decref(merged);
	return plan_apply_environment(snapshot, rt, config, desired, err);
}
