/*
 * test_registry.c: rules every registered resource type's schema must keep,
 * checked over the whole registry so a new type cannot break them.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "plan/plan.h"
#include "provider/provider.h"
#include "provider/aws/resources.h"
#include "provider/aws/checks/checks.h"

/* Keys the stack language uses beside a resource's attributes. */
static const char *const reserved[] = { "type", "provider", "depends_on", "lifecycle", NULL };

static void check_schema(const char *where, const struct attr_schema *attrs, bool top)
{
	for (const struct attr_schema *a = attrs; a && a->name; a++) {
		if (top)
			for (size_t i = 0; reserved[i]; i++)
				if (!strcmp(a->name, reserved[i]))
					fail_msg("%s: attribute \"%s\" is a reserved resource key", where, a->name);
		if (!(a->flags & (ATTR_REQUIRED | ATTR_OPTIONAL | ATTR_COMPUTED)))
			fail_msg("%s.%s: neither required, optional nor computed", where, a->name);
		if ((a->flags & ATTR_REQUIRED) && (a->flags & (ATTR_OPTIONAL | ATTR_COMPUTED)))
			fail_msg("%s.%s: required cannot be optional or computed", where, a->name);
		if (a->default_json) {
			json_t *d = json_loads(a->default_json, JSON_DECODE_ANY, NULL);
			if (!d)
				fail_msg("%s.%s: default_json is not JSON", where, a->name);
			json_decref(d);
		}
		if ((a->type == ATTR_OBJECT || a->type == ATTR_OBJECT_LIST) && !a->nested)
			fail_msg("%s.%s: object attribute without nested schema", where, a->name);
		for (const struct attr_schema *b = a + 1; b->name; b++)
			if (!strcmp(a->name, b->name))
				fail_msg("%s: attribute \"%s\" declared twice", where, a->name);
		if (a->nested)
			check_schema(where, a->nested, false);
	}
}

static void test_every_schema_is_well_formed(void **state)
{
	(void)state;
	size_t n = 0;
	const char *const *names = resource_type_names(&n);
	assert_true(n >= 2);
	for (size_t i = 0; i < n; i++) {
		const struct provider_type *pt = NULL;
		const struct resource_type *rt = resource_type_find(names[i], &pt);
		assert_non_null(rt);
		assert_non_null(pt);
		assert_int_equal(strncmp(rt->name, pt->name, strlen(pt->name)), 0);
		/* its entry points, or a shared table's (.typed, with .data) */
		if (rt->typed) {
			assert_non_null(rt->typed->read);
			assert_non_null(rt->typed->create);
			assert_non_null(rt->typed->update);
			assert_non_null(rt->typed->delete);
			assert_non_null(rt->data);
		} else {
			assert_non_null(rt->read);
			assert_non_null(rt->create);
			assert_non_null(rt->update);
			assert_non_null(rt->delete);
		}
		check_schema(rt->name, rt->attrs, true);
	}
}

/* Every type can be imported, saying by what ID, or says why it cannot; a
 * `tags` attribute is an optional map of strings, which terrace's own tags
 * (plan_add_stack_tags) are merged into. */
static void test_every_type_is_importable_and_taggable_the_same_way(void **state)
{
	(void)state;
	size_t n = 0;
	const char *const *names = resource_type_names(&n);
	for (size_t i = 0; i < n; i++) {
		const struct resource_type *rt = resource_type_find(names[i], NULL);
		if (!rt->import_id == !rt->not_importable)
			fail_msg("%s: set exactly one of import_id and not_importable", rt->name);
		const struct attr_schema *tags = schema_find(rt->attrs, "tags");
		if (tags && (tags->type != ATTR_MAP || tags->elem_type != ATTR_STRING ||
			     !(tags->flags & ATTR_OPTIONAL)))
			fail_msg("%s: tags must be an optional map of strings", rt->name);
	}
}

/* Each type is listed once (its provider's types.def), and only a type
 * with a list() hook says how sweep orders or scopes it. */
static void test_every_type_is_registered_once(void **state)
{
	(void)state;
	size_t n = 0;
	const char *const *names = resource_type_names(&n);
	for (size_t i = 0; i < n; i++) {
		const struct resource_type *rt = resource_type_find(names[i], NULL);
		for (size_t j = i + 1; j < n; j++)
			if (!strcmp(names[i], names[j]))
				fail_msg("%s: registered twice", names[i]);
		if (!rtype_has_list(rt) && (rt->list_rank || rt->list_account_wide))
			fail_msg("%s: list_rank or list_account_wide without a list hook", rt->name);
		if (rt->list_rank < 0)
			fail_msg("%s: list_rank must not be negative", rt->name);
	}
}

/* Each line of provider/aws/types.def names its type as the type names
 * itself (the scripts read the name there: provider/aws/gen/types_def.py),
 * and its name rule, where it has one, names one of its attributes: a
 * string no longer than the type's limit, which development environments
 * fill (plan/environment.c). */
static void test_types_def_declares_each_type(void **state)
{
	(void)state;
	static const struct {
		const struct resource_type *rt;
		const char *name;
	} lines[] = {
#define RESOURCE_TYPE(symbol, type, ...) { &symbol, type },
#include "provider/aws/types.def"
#undef RESOURCE_TYPE
	};
	for (size_t i = 0; i < sizeof lines / sizeof lines[0]; i++)
		if (strcmp(lines[i].rt->name, lines[i].name))
			fail_msg("types.def names %s %s", lines[i].rt->name, lines[i].name);
	for (const struct provider_name_rule *r = aws_name_rules; r->type; r++) {
		if (!r->attr)
			continue;
		const struct resource_type *rt = resource_type_find(r->type, NULL);
		const struct attr_schema *a = rt ? schema_find(rt->attrs, r->attr) : NULL;
		if (!a || a->type != ATTR_STRING)
			fail_msg("%s: types.def's name rule names %s, no string attribute of it",
				 r->type, r->attr);
		if (!r->max_len || (r->separator != '-' && r->separator != '_'))
			fail_msg("%s: types.def's name rule needs a limit and '-' or '_'", r->type);
	}
}

/* Tags written as CloudFormation writes them (a list of key/value blocks,
 * under the name the type gives them: Route 53's hosted_zone_tags) are read
 * as a map, get terrace's own in the same form, in key order, and refuse a
 * key of terrace's, as a map does. */
static const struct attr_schema key_value[] = {
	{ "key", ATTR_STRING, ATTR_REQUIRED },
	{ "value", ATTR_STRING, ATTR_REQUIRED },
	{ "propagate_at_launch", ATTR_BOOL, ATTR_REQUIRED },
	{ NULL },
};
static const struct attr_schema listed_tags_attrs[] = {
	{ "name", ATTR_STRING, ATTR_OPTIONAL },
	{ "zone_tags", ATTR_OBJECT_LIST, ATTR_OPTIONAL | ATTR_COMPUTED, NULL, 0, key_value },
	{ NULL },
};
static const struct resource_type listed_tags_type = {
	.name = "test.listed_tags", .attrs = listed_tags_attrs, .tags_attr = "zone_tags",
};

static void test_tags_as_a_list_of_blocks(void **state)
{
	(void)state;
	const struct resource_type *rt = &listed_tags_type;
	assert_ptr_equal(rtype_tags_schema(rt), &listed_tags_attrs[1]);
	json_t *snapshot = json_pack("{s:s,s:s}", "stack", "lake", "workspace", "dev");
	json_t *desired = json_loads("{\"name\": \"z\", \"zone_tags\": [{\"key\": \"team\", "
				     "\"value\": \"data\", \"propagate_at_launch\": true}]}", 0, NULL);
	json_t *config = json_deep_copy(desired);
	struct strbuf err = STRBUF_INIT;
	assert_int_equal(plan_add_stack_tags(snapshot, rt, config, desired, &err), 0);
	char *text = json_dumps(json_object_get(desired, "zone_tags"), JSON_COMPACT);
	/* the written block keeps its flag; terrace's own say false where the
	 * block requires one (an Auto Scaling group's propagate_at_launch) */
	assert_string_equal(text, "[{\"key\":\"team\",\"value\":\"data\","
				  "\"propagate_at_launch\":true},"
				  "{\"key\":\"terrace:stack\",\"value\":\"lake\","
				  "\"propagate_at_launch\":false},"
				  "{\"key\":\"terrace:workspace\",\"value\":\"dev\","
				  "\"propagate_at_launch\":false}]");
	free(text);
	json_t *map = rtype_tags(rt, desired);
	assert_int_equal(json_object_size(map), 3);
	assert_string_equal(json_string_value(json_object_get(map, "terrace:stack")), "lake");
	json_decref(map);

	json_t *reserved = json_loads("{\"zone_tags\": [{\"key\": \"terrace:stack\", "
				      "\"value\": \"x\"}]}", 0, NULL);
	assert_int_equal(plan_add_stack_tags(snapshot, rt, reserved, reserved, &err), -1);
	assert_non_null(strstr(err.buf, "zone_tags: the key \"terrace:stack\" is reserved"));
	/* a key not known yet: left for apply, nothing added */
	json_t *later = json_loads("{\"zone_tags\": [{\"key\": {\"$unknown\": true}, "
				   "\"value\": \"x\"}]}", 0, NULL);
	assert_int_equal(plan_add_stack_tags(snapshot, rt, later, later, &err), 0);
	assert_int_equal(json_array_size(json_object_get(later, "zone_tags")), 1);
	json_decref(later);
	json_decref(reserved);
	strbuf_release(&err);
	json_decref(config);
	json_decref(desired);
	json_decref(snapshot);
}

/* The family of a type is a field of its struct, not its name's spelling
 * (issue 78): every type a provider writes keeps the default; the types
 * made at run time from data (the awscc types: the first, a middle one and
 * the last of the names, each built on first use) say so, as the registry
 * finds them too. */
static void test_each_type_says_its_family(void **state)
{
	(void)state;
	size_t n = 0, checked = 0;
	const char *const *names = resource_type_names(&n);
	for (size_t i = 0; i < n; i++)
		assert_int_equal(resource_type_find(names[i], NULL)->family, TYPE_FAMILY_WRITTEN);
	for (const struct provider_type *const *p = provider_types_all(); *p; p++) {
		size_t m = 0;
		const char *const *made = (*p)->type_names ? (*p)->type_names(&m) : NULL;
		for (size_t k = 0; made && m && k < 3; k++) {
			const char *name = made[k == 0 ? 0 : k == 1 ? m / 2 : m - 1];
			assert_non_null((*p)->find_type(name));
			assert_int_equal((*p)->find_type(name)->family, TYPE_FAMILY_FROM_DATA);
			assert_int_equal(resource_type_find(name, NULL)->family,
					 TYPE_FAMILY_FROM_DATA);
			checked++;
		}
	}
	assert_int_equal(checked, 3);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_schema_is_well_formed),
		cmocka_unit_test(test_every_type_is_importable_and_taggable_the_same_way),
		cmocka_unit_test(test_every_type_is_registered_once),
		cmocka_unit_test(test_types_def_declares_each_type),
		cmocka_unit_test(test_tags_as_a_list_of_blocks),
		cmocka_unit_test(test_each_type_says_its_family),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
