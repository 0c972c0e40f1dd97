/*
 * test_values.c: the value conventions every provider shares
 * (provider/value.c: comparison by meaning, unknown values, coercion of user
 * input to schema types, defaults, redaction, sets of strings), secrets cut
 * out of messages (provider/base/strbuf.c: strbuf_redact), the hashing of secrets
 * for storage (plan/eval.c). Plan files, counts and the outputs on the two
 * sides of a plan are test_plan_file.c's.
 *
 * JSON in these tests is written with single quotes for readability; js()
 * turns them into double quotes before parsing. Error cases check the exact
 * message.
 *
 * Tests marked FIXED BUG guard bugs these tests found: each fails if the
 * bug comes back.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "plan/eval.h"
#include "plan/plan.h"
#include "provider/base/text.h"
#include "provider/provider.h"
#include "tests/unit/json_support.h"

/* ---- a test schema with every attribute type ---- */

static const struct attr_schema encryption_attrs[] = {
	{ .name = "sse_algorithm", .type = ATTR_STRING, .flags = ATTR_OPTIONAL },
	{ .name = "bucket_key_enabled", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .default_json = "false" },
	{ NULL },
};

static const struct attr_schema credentials_attrs[] = {
	{ .name = "user", .type = ATTR_STRING, .flags = ATTR_REQUIRED },
	{ .name = "password", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_SENSITIVE },
	{ NULL },
};

static const struct attr_schema rule_attrs[] = {
	{ .name = "id", .type = ATTR_STRING, .flags = ATTR_REQUIRED },
	{ .name = "days", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL },
	{ .name = "enabled", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL, .default_json = "true" },
	{ NULL },
};

static const struct attr_schema test_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW },
	{ .name = "size", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL },
	{ .name = "versioning", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL, .default_json = "false" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .default_json = "{}" },
	{ .name = "ports", .type = ATTR_LIST, .flags = ATTR_OPTIONAL, .elem_type = ATTR_NUMBER },
	{ .name = "policy", .type = ATTR_JSON, .flags = ATTR_OPTIONAL },
	{ .name = "secret", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_SENSITIVE },
	{ .name = "encryption", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL,
	  .nested = encryption_attrs },
	{ .name = "credentials", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL,
	  .nested = credentials_attrs },
	{ .name = "rules", .type = ATTR_OBJECT_LIST, .flags = ATTR_OPTIONAL, .nested = rule_attrs },
	{ .name = "users", .type = ATTR_OBJECT_LIST, .flags = ATTR_OPTIONAL,
	  .nested = credentials_attrs },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED },
	{ NULL },
};

#define UNKNOWN "{'$unknown': true}"

/* ---- helpers ---- */

/* Fail a test that guards against a bug fixed before: it must not return. */
#define regression(...) fail_msg("regression: " __VA_ARGS__)

static const struct attr_schema *attr(const char *name)
{
	const struct attr_schema *a = schema_find(test_attrs, name);
	if (!a)
		fail_msg("no attribute %s in the test schema", name);
	return a;
}

/* Coerce `input` (JSON text) to attribute `name`; it must succeed. */
static json_t *coerce_ok(const char *name, const char *input)
{
	struct strbuf err = STRBUF_INIT;
	json_t *in = js(input);
	json_t *out = schema_coerce(attr(name), in, &err);
	json_decref(in);
	if (!out) {
		print_error("coercing %s to %s failed: %s\n", input, name, err.buf);
		strbuf_release(&err);
		fail();
	}
	assert_int_equal(err.len, 0);
	strbuf_release(&err);
	return out;
}

#define assert_coerces(name, input, expected) do { \
		json_t *out_ = coerce_ok((name), (input)); \
		assert_json_at(out_, (expected), __FILE__, __LINE__); \
		json_decref(out_); \
	} while (0)

#define assert_coerce_error(name, input, message) \
	assert_coerce_error_at((name), (input), (message), __FILE__, __LINE__)

static void assert_coerce_error_at(const char *name, const char *input, const char *message,
				   const char *file, int line)
{
	struct strbuf err = STRBUF_INIT;
	json_t *in = js(input);
	json_t *out = schema_coerce(attr(name), in, &err);
	json_decref(in);
	bool ok = !out && !strcmp(err.buf, message);
	if (!ok)
		print_error("coercing %s to %s: expected error \"%s\", got %s \"%s\"\n", input, name,
			    message, out ? "a value and" : "error", err.buf);
	json_decref(out);
	strbuf_release(&err);
	if (!ok)
		_fail(file, line);
}

/* ---- value_equal: comparison by meaning ---- */

/* NULL stands for an absent value (a C NULL). */
static const struct {
	const char *a, *b;
	bool equal;
} equal_cases[] = {
	{ "'logs'", "'logs'", true },
	{ "'logs'", "'Logs'", false },
	{ "1", "1.0", true },
	{ "0.5", "0.5", true },
	{ "1", "2", false },
	{ "1", "'1'", false },
	{ "true", "'true'", false },
	{ "true", "true", true },
	{ "true", "false", false },
	{ "null", "null", true },
	{ "null", "false", false },
	{ "null", NULL, true },
	{ NULL, NULL, true },
	{ NULL, "''", false },
	{ NULL, "{}", false },
	/* objects: key order does not matter, a null member is an absent one */
	{ "{'a': 1, 'b': 'x'}", "{'b': 'x', 'a': 1.0}", true },
	{ "{'a': 1}", "{'a': 1, 'b': 2}", false },
	{ "{'a': 1, 'b': 2}", "{'a': 1}", false },
	{ "{'a': 1, 'b': null}", "{'a': 1}", true },
	{ "{'a': 1}", "{'a': 1, 'b': null}", true },
	{ "{'x': {'y': {'z': null}}}", "{'x': {'y': {}}}", true },
	{ "{'x': [{'k': null, 'v': 1}]}", "{'x': [{'v': 1}]}", true },
	{ "{}", "[]", false },
	/* arrays: order and length matter */
	{ "[1, 2]", "[1.0, 2.0]", true },
	{ "[1, 2]", "[2, 1]", false },
	{ "[1, 2]", "[1, 2, 3]", false },
	{ "[null]", "[]", false },
	{ UNKNOWN, UNKNOWN, true },
	{ UNKNOWN, "'x'", false },
};

static void test_value_equal_compares_by_meaning(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(equal_cases) / sizeof(equal_cases[0]); i++) {
		json_t *a = equal_cases[i].a ? js(equal_cases[i].a) : NULL;
		json_t *b = equal_cases[i].b ? js(equal_cases[i].b) : NULL;
		bool ab = value_equal(a, b), ba = value_equal(b, a);
		json_decref(a);
		json_decref(b);
		if (ab != equal_cases[i].equal || ba != equal_cases[i].equal)
			fail_msg("value_equal(%s, %s): expected %s, got %s / %s (reversed)",
				 equal_cases[i].a ? equal_cases[i].a : "NULL",
				 equal_cases[i].b ? equal_cases[i].b : "NULL",
				 equal_cases[i].equal ? "true" : "false", ab ? "true" : "false",
				 ba ? "true" : "false");
	}
}

/*
 * FIXED BUG (provider/value.c:50): value_equal compares every pair of numbers
 * as doubles, so two different integers above 2^53 compare equal and a
 * change between them would plan as a no-op.
 */
static void test_value_equal_distinguishes_large_integers(void **state)
{
	(void)state;
	json_t *a = json_integer(9007199254740993LL); /* 2^53 + 1 */
	json_t *b = json_integer(9007199254740992LL); /* 2^53 */
	bool eq = value_equal(a, b);
	json_decref(a);
	json_decref(b);
	if (eq)
		regression("provider/value.c:50: integers above 2^53 compared as doubles");
	assert_false(eq);
}

/* ---- unknown values ---- */

static void test_value_unknown_is_a_marker_object(void **state)
{
	(void)state;
	json_t *u = value_unknown();
	assert_json(u, UNKNOWN);
	assert_true(value_is_unknown(u));
	json_decref(u);

	const char *not_unknown[] = { "{'$unknown': false}", "{'$unknown': true, 'x': 1}",
				      "{'$unknown': 'true'}", "'$unknown'", "null", "{}" };
	for (size_t i = 0; i < sizeof(not_unknown) / sizeof(not_unknown[0]); i++) {
		json_t *v = js(not_unknown[i]);
		bool is = value_is_unknown(v);
		json_decref(v);
		if (is)
			fail_msg("%s must not count as unknown", not_unknown[i]);
	}
	assert_false(value_is_unknown(NULL));
}

/* An unknown of a kind (plan's value of ${queue.arn} before the queue is
 * made): unknown, set or not as asked, its kind readable, one shared value
 * per kind and set-ness; a member beside "$unknown" other than a string
 * "kind" is no marker. */
static void test_value_unknown_of_kind(void **state)
{
	(void)state;
	json_t *q = value_unknown_of_kind("AWS::SQS::Queue.Arn", NULL, true);
	json_t *again = value_unknown_of_kind("AWS::SQS::Queue.Arn", NULL, true);
	json_t *may = value_unknown_of_kind("AWS::SQS::Queue.Arn", NULL, false);
	json_t *plain = value_unknown_of_kind(NULL, NULL, true);

	assert_true(value_is_unknown(q) && value_unknown_surely_set(q));
	assert_int_equal(value_set_ness(q), 1);
	assert_string_equal(value_unknown_kind(q), "AWS::SQS::Queue.Arn");
	assert_ptr_equal(q, again);
	assert_true(value_is_unknown(may) && !value_unknown_surely_set(may));
	assert_int_equal(value_set_ness(may), -1);
	assert_string_equal(value_unknown_kind(may), "AWS::SQS::Queue.Arn");
	assert_true(value_unknown_surely_set(plain) && !value_unknown_kind(plain));
	assert_null(value_unknown_kind(NULL));
	json_t *known = json_string("arn:aws:sqs:us-east-1:123456789012:q");
	assert_null(value_unknown_kind(known));
	json_t *copy = json_deep_copy(q); /* as plan's references copy it */
	assert_true(value_unknown_surely_set(copy));
	assert_string_equal(value_unknown_kind(copy), "AWS::SQS::Queue.Arn");
	const char *no_marker[] = { "{'$unknown': 'set', 'kind': 1}",
				    "{'$unknown': true, 'other': 'AWS::SQS::Queue.Arn'}",
				    "{'$unknown': true, 'kind': 'K', 'x': 1}" };
	for (size_t i = 0; i < sizeof(no_marker) / sizeof(no_marker[0]); i++) {
		json_t *v = js(no_marker[i]);
		bool is = value_is_unknown(v) || value_unknown_kind(v);
		json_decref(v);
		if (is)
			fail_msg("%s must not count as unknown", no_marker[i]);
	}
	json_decref(copy);
	json_decref(known);
	json_decref(plain);
	json_decref(may);
	json_decref(again);
	json_decref(q);
}

/* The text every identifier of a kind begins with, as its provider gives
 * it (aws: "arn:" for a ".Arn" kind), is the known text of the unknown
 * value; the core reads nothing into a kind's name. */
static void test_value_unknown_of_kind_prefix(void **state)
{
	(void)state;
	struct strbuf prefix = STRBUF_INIT, suffix = STRBUF_INIT;
	json_t *arn = value_unknown_of_kind("AWS::Lambda::Function.Arn", "arn:", true);
	json_t *bare = value_unknown_of_kind("AWS::Lambda::Function.Arn", NULL, true);
	json_t *empty = value_unknown_of_kind("AWS::Lambda::Function.Arn", "", true);

	assert_ptr_not_equal(arn, bare);
	assert_ptr_equal(bare, empty);
	assert_true(value_unknown_surely_set(arn));
	assert_string_equal(value_unknown_kind(arn), "AWS::Lambda::Function.Arn");
	assert_true(value_known_affixes(arn, &prefix, &suffix));
	assert_string_equal(prefix.buf, "arn:");
	assert_string_equal(suffix.buf, "");
	assert_false(value_known_affixes(bare, &prefix, &suffix));
	assert_int_equal(prefix.len + suffix.len, 0);
	json_t *copy = json_deep_copy(arn); /* as plan's references copy it */
	assert_true(value_known_affixes(copy, &prefix, &suffix));
	assert_string_equal(prefix.buf, "arn:");
	json_decref(copy);
	json_decref(empty);
	json_decref(bare);
	json_decref(arn);
	strbuf_release(&prefix);
	strbuf_release(&suffix);
}

/* The map diff that tag updates use: keys to remove, keys to add or change. */
static void test_value_map_diff(void **state)
{
	(void)state;
	json_t *have = js("{'env': 'dev', 'team': 'data', 'old': 'x', 'n': 1}");
	json_t *want = js("{'env': 'prod', 'team': 'data', 'new': 'y', 'n': 1.0}");
	json_t *removed, *set;
	value_map_diff(have, want, &removed, &set);
	assert_json(removed, "['old']");
	assert_json(set, "{'env': 'prod', 'new': 'y'}");
	json_decref(removed);
	json_decref(set);
	value_map_diff(NULL, want, &removed, &set);
	assert_json(removed, "[]");
	assert_json(set, "{'env': 'prod', 'team': 'data', 'new': 'y', 'n': 1.0}");
	json_decref(removed);
	json_decref(set);
	/* Anything but a map holds no keys: a sync to unset tags removes them all
	 * (the tag syncs take a stack's tags as they are). */
	value_map_diff(have, json_null(), &removed, &set);
	assert_json(removed, "['env', 'team', 'old', 'n']");
	assert_json(set, "{}");
	json_decref(removed);
	json_decref(set);
	json_decref(have);
	json_decref(want);
}

/* attr_changed compares by meaning, absent as null; by_text sorts strings;
 * ends_with and ends_with_nocase (provider/base/text.h). */
static void test_attr_changed_by_text_ends_with(void **state)
{
	(void)state;
	json_t *prior = js("{'n': 1, 'tags': {'a': 'b'}, 'gone': null}");
	json_t *desired = js("{'n': 1.0, 'tags': {'a': 'c'}}");
	json_t *list = js("['b', 'a', 'c']");
	json_t *v[3];

	assert_false(attr_changed(prior, desired, "n"));
	assert_true(attr_changed(prior, desired, "tags"));
	assert_false(attr_changed(prior, desired, "gone"));
	for (size_t i = 0; i < 3; i++)
		v[i] = json_array_get(list, i);
	qsort(v, 3, sizeof(*v), by_text);
	assert_string_equal(json_string_value(v[0]), "a");
	assert_string_equal(json_string_value(v[2]), "c");
	assert_true(ends_with("ExecutionFailed", "Failed"));
	assert_false(ends_with("Fail", "Failed"));
	assert_false(ends_with(NULL, ".py"));
	assert_true(ends_with_nocase("job.PY", ".py"));
	assert_false(ends_with("job.PY", ".py"));
	json_decref(prior);
	json_decref(desired);
	json_decref(list);
}

/* text_listed and utf8_chars (provider/base/text.h): a name among a
 * NULL-ended list's (no list, no name: not listed); characters, not bytes. */
static void test_text_listed_and_utf8_chars(void **state)
{
	(void)state;
	static const char *const codes[] = { "NoSuchEntity", "NotFound", NULL };

	assert_true(text_listed(codes, "NotFound"));
	assert_false(text_listed(codes, "Not"));
	assert_false(text_listed(codes, NULL));
	assert_false(text_listed(NULL, "NotFound"));
	assert_int_equal(utf8_chars(""), 0);
	assert_int_equal(utf8_chars("abc"), 3);
	assert_int_equal(utf8_chars("caf\xc3\xa9"), 4);           /* é: 2 bytes */
	assert_int_equal(utf8_chars("\xe2\x82\xac\xf0\x9f\x98\x80"), 2); /* 3 and 4 bytes */
}

/* path_base and path_dir (provider/base/text.h): a path's last name and its
 * folder, with no '/' and at the root. */
static void test_path_base_and_dir(void **state)
{
	(void)state;
	static const struct {
		const char *path, *base, *dir;
	} rows[] = {
		{ "a/b.zip", "b.zip", "a" },
		{ "x/y/z", "z", "x/y" },
		{ "b.zip", "b.zip", "." },
		{ "/b.zip", "b.zip", "/" },
		{ "a/", "", "a" },
	};

	for (size_t i = 0; i < sizeof(rows) / sizeof(*rows); i++) {
		char *dir = path_dir(rows[i].path);

		assert_string_equal(path_base(rows[i].path), rows[i].base);
		assert_string_equal(dir, rows[i].dir);
		free(dir);
	}
}

/* utc_timestamp and value_utc_timestamp: a time as AWS writes one, in UTC. */
static void test_utc_timestamp(void **state)
{
	char buf[32];
	json_t *v;

	(void)state;
	assert_string_equal(utc_timestamp(0, buf), "1970-01-01T00:00:00Z");
	assert_string_equal(utc_timestamp(1795000000, buf), "2026-11-18T11:06:40Z");
	v = value_utc_timestamp(1795000000);
	assert_string_equal(json_string_value(v), "2026-11-18T11:06:40Z");
	json_decref(v);
}

/* diags_warned (provider/base/diag.h): a warning's summary says the text;
 * an error saying it is no warning. */
static void test_diags_warned(void **state)
{
	(void)state;
	struct diags d = DIAGS_INIT;

	assert_false(diags_warned(&d, "deprecated"));
	diag_errorf(&d, NULL, "x: deprecated setting");
	assert_false(diags_warned(&d, "deprecated"));
	diag_warnf(&d, NULL, "lake: the setting is deprecated since 1.2");
	assert_true(diags_warned(&d, "deprecated since 1.2"));
	assert_false(diags_warned(&d, "removed"));
	diags_free(&d);
}

/* The text known of a string not known whole: a template's text before its
 * first ${...} and after its last, as validate reads it ("$${" is "${"),
 * or value_unknown_text's marker, shared per text. */
static void test_value_known_affixes(void **state)
{
	(void)state;
	struct strbuf p = STRBUF_INIT, s = STRBUF_INIT;
	const struct { const char *in, *prefix, *suffix; bool known; } rows[] = {
		{ "alias/aws/${k.key_id}", "alias/aws/", "", true },
		{ "${a.name}-x", "", "-x", true },
		{ "a ${x} b ${y} c", "a ", " c", true },
		{ "$${lit}-${x}-z", "${lit}-", "-z", true },
		{ "%%{lit}${x}", "%{lit}", "", true },
		{ "p-${format(\"%s}\", x)}-s", "p-", "-s", true },
		{ "${lookup(m, \"k\", {a = 1}).a}/end", "", "/end", true },
		{ "a%{ if c }b%{ endif }${x}c", "a", "c", true },
		{ "${x}", "", "", false },
		{ "${x}${y}", "", "", false },
		{ "plain", "", "", false },
		{ "broken ${x", "", "", false },
	};
	for (size_t i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
		json_t *v = json_string(rows[i].in);
		bool known = value_known_affixes(v, &p, &s);
		if (known != rows[i].known || strcmp(p.buf, rows[i].prefix) || strcmp(s.buf, rows[i].suffix))
			fail_msg("%s: got %d \"%s\" \"%s\"", rows[i].in, known, p.buf, s.buf);
		json_decref(v);
	}
	json_t *m = value_unknown_text("alias/aws/", 10, "|x", 2);
	json_t *again = value_unknown_text("alias/aws/", 10, "|x", 2);
	json_t *other = value_unknown_text("alias/aws", 9, "/|x", 3);
	assert_ptr_equal(m, again);
	assert_ptr_not_equal(m, other);
	assert_true(value_is_unknown(m) && value_unknown_surely_set(m) && value_not_known(m));
	assert_null(value_unknown_kind(m));
	assert_true(value_known_affixes(m, &p, &s));
	assert_string_equal(p.buf, "alias/aws/");
	assert_string_equal(s.buf, "|x");
	json_t *copy = json_deep_copy(m); /* as a plan file holds it */
	assert_true(value_unknown_surely_set(copy) && value_known_affixes(copy, &p, &s));
	json_t *none = value_unknown_text("", 0, "", 0), *set = value_unknown_set();
	assert_ptr_equal(none, set);
	assert_false(value_known_affixes(set, &p, &s));
	json_decref(none);
	json_decref(set);
	json_decref(copy);
	json_decref(m);
	json_decref(again);
	json_decref(other);
	strbuf_release(&p);
	strbuf_release(&s);
}

static void test_value_contains_unknown_looks_everywhere(void **state)
{
	(void)state;
	static const struct {
		const char *v;
		bool contains;
	} cases[] = {
		{ UNKNOWN, true },
		{ "[1, " UNKNOWN "]", true },
		{ "{'a': {'b': [" UNKNOWN "]}}", true },
		{ "{'tags': {'env': 'prod', 'src': " UNKNOWN "}}", true },
		{ "{'a': {'b': ['x']}}", false },
		{ "{'$unknown': false}", false },
		{ "'${upstream.arn}'", false },
		{ "[]", false },
		{ "null", false },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		json_t *v = js(cases[i].v);
		bool got = value_contains_unknown(v);
		json_decref(v);
		if (got != cases[i].contains)
			fail_msg("value_contains_unknown(%s): expected %s", cases[i].v,
				 cases[i].contains ? "true" : "false");
	}
	assert_false(value_contains_unknown(NULL));
}

/* ---- sets of strings ---- */

/* Set attributes (role ARNs, privileges, member_of) compare sorted and
 * without duplicates; anything but a list of strings is not a set yet. */
static void test_value_string_set_sorts_and_drops_duplicates(void **state)
{
	(void)state;
	static const struct {
		const char *list;
		const char *set; /* NULL: not a set */
	} cases[] = {
		{ "['b', 'a', 'b', 'c', 'a']", "['a', 'b', 'c']" },
		{ "['B', 'a', 'A']", "['A', 'B', 'a']" },
		{ "['only']", "['only']" },
		{ "[]", "[]" },
		{ "['a', 1]", NULL },
		{ "['a', " UNKNOWN "]", NULL },
		{ UNKNOWN, NULL },
		{ "'a'", NULL },
		{ "null", NULL },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		json_t *list = js(cases[i].list);
		json_t *set = value_string_set(list);
		if (cases[i].set)
			assert_json(set, cases[i].set);
		else if (set)
			fail_msg("value_string_set(%s): expected NULL", cases[i].list);
		json_decref(set);
		json_decref(list);
	}
	assert_null(value_string_set(NULL));
}

static void test_value_list_has_string(void **state)
{
	(void)state;
	json_t *list = js("['a', 1, 'bc', null]");
	json_t *map = js("{'a': 'a'}");
	assert_true(value_list_has_string(list, "a"));
	assert_true(value_list_has_string(list, "bc"));
	assert_false(value_list_has_string(list, "b"));
	assert_false(value_list_has_string(list, "1"));
	assert_false(value_list_has_string(map, "a"));
	assert_false(value_list_has_string(NULL, "a"));
	json_decref(list);
	json_decref(map);
}

/* value_copy_string keeps "" and falls back only when the member is not a
 * string; value_copy_nonempty leaves "" out as it leaves out an absent one. */
/* A string member or the fallback: a member that is no string, an absent
 * one and a non-object all give the fallback; "" is a string. */
static void test_value_get_string_or(void **state)
{
	json_t *o = js("{'a': 'x', 'e': '', 'n': 1}");

	(void)state;
	assert_string_equal(value_get_string_or(o, "a", "f"), "x");
	assert_string_equal(value_get_string_or(o, "e", "f"), "");
	assert_string_equal(value_get_string_or(o, "n", "f"), "f");
	assert_string_equal(value_get_string_or(o, "missing", ""), "");
	assert_string_equal(value_get_string_or(NULL, "a", "f"), "f");
	assert_null(value_get_string_or(o, "missing", NULL));
	json_decref(o);
}

static void test_value_copy_string_and_nonempty(void **state)
{
	(void)state;
	json_t *from = js("{'a': 'x', 'e': '', 'n': 1}");
	json_t *o = json_object();
	json_t *want = js("{'A': 'x', 'E': '', 'N': 'dflt', 'M': 'dflt'}");
	value_copy_string(o, "A", from, "a", "dflt");
	value_copy_string(o, "E", from, "e", "dflt");
	value_copy_string(o, "N", from, "n", "dflt");
	value_copy_string(o, "M", from, "missing", "dflt");
	value_copy_string(o, "Z", from, "missing", NULL);
	value_copy_string(o, "Y", NULL, "a", NULL);
	assert_true(json_equal(o, want));
	json_decref(o);
	json_decref(want);

	o = json_object();
	want = js("{'A': 'x'}");
	value_copy_nonempty(o, "A", from, "a");
	value_copy_nonempty(o, "E", from, "e");
	value_copy_nonempty(o, "N", from, "n");
	value_copy_nonempty(o, "M", from, "missing");
	assert_true(json_equal(o, want));
	json_decref(o);
	json_decref(want);
	json_decref(from);
}

/* ---- strbuf_redact: secrets cut out of error messages ---- */

static void assert_redacts(const char *text, size_t from, const char *secret,
			   const char *expected)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_addstr(&sb, text);
	strbuf_redact(&sb, from, secret);
	assert_string_equal(sb.buf, expected);
	assert_int_equal(sb.len, strlen(expected));
	strbuf_release(&sb);
}

static void test_strbuf_redact_replaces_every_occurrence(void **state)
{
	(void)state;
	assert_redacts("password authentication failed: s3cr3t", 0, "s3cr3t",
		       "password authentication failed: (sensitive value)");
	assert_redacts("s3cr3t and s3cr3ts3cr3t", 0, "s3cr3t",
		       "(sensitive value) and (sensitive value)(sensitive value)");
	assert_redacts("no secret here", 0, "s3cr3t", "no secret here");
	assert_redacts("", 0, "s3cr3t", "");
	/* NULL or "" is no secret: nothing changes. */
	assert_redacts("text", 0, NULL, "text");
	assert_redacts("text", 0, "", "text");
}

/* Only what follows `from` is searched: what the caller wrote before stays. */
static void test_strbuf_redact_starts_at_from(void **state)
{
	(void)state;
	assert_redacts("pw: pw", 3, "pw", "pw: (sensitive value)");
	assert_redacts("pw: pw", 6, "pw", "pw: pw");
	assert_redacts("pw: pw", 60, "pw", "pw: pw");
}

/* A secret that the replacement itself contains is replaced once, not
 * forever. */
static void test_strbuf_redact_never_searches_a_replacement(void **state)
{
	(void)state;
	assert_redacts("a value", 0, "value", "a (sensitive value)");
	assert_redacts("e-e", 0, "e", "(sensitive value)-(sensitive value)");
}

/* ---- schema_coerce ---- */

static void test_coerce_strings_to_bools(void **state)
{
	(void)state;
	assert_coerces("versioning", "'true'", "true");
	assert_coerces("versioning", "'false'", "false");
	assert_coerces("versioning", "true", "true");
	assert_coerce_error("versioning", "'yes'", "must be a bool, got a string");
	assert_coerce_error("versioning", "'True'", "must be a bool, got a string");
	assert_coerce_error("versioning", "1", "must be a bool, got a number");
}

static void test_coerce_strings_to_numbers(void **state)
{
	(void)state;
	json_t *n = coerce_ok("size", "'42'");
	assert_true(json_is_integer(n));
	assert_int_equal(json_integer_value(n), 42);
	json_decref(n);

	n = coerce_ok("size", "'4.5'");
	assert_true(json_is_real(n));
	assert_true(json_real_value(n) == 4.5);
	json_decref(n);

	n = coerce_ok("size", "'-1e3'");
	assert_true(json_is_integer(n));
	assert_int_equal(json_integer_value(n), -1000);
	json_decref(n);

	assert_coerces("size", "7", "7");
	assert_coerces("size", "7.25", "7.25");
	assert_coerce_error("size", "'forty-two'", "must be a number, got a string");
	assert_coerce_error("size", "''", "must be a number, got a string");
	assert_coerce_error("size", "'42abc'", "must be a number, got a string");
	assert_coerce_error("size", "'inf'", "must be a number, got a string");
	assert_coerce_error("size", "'nan'", "must be a number, got a string");
	assert_coerce_error("size", "true", "must be a number, got a bool");
}

static void test_coerce_scalars_to_strings(void **state)
{
	(void)state;
	assert_coerces("name", "'logs'", "'logs'");
	assert_coerces("name", "42", "'42'");
	assert_coerces("name", "-7", "'-7'");
	assert_coerces("name", "1.5", "'1.5'");
	assert_coerces("name", "true", "'true'");
	assert_coerces("name", "false", "'false'");
	assert_coerce_error("name", "{'a': 1}", "must be a string, got a map");
	assert_coerce_error("name", "['a']", "must be a string, got a list");
}

/*
 * FIXED BUG (provider/value.c:107): a real number becomes a string through
 * "%g", which keeps 6 significant digits: 3.14159265 turns into "3.14159" and
 * 12345678.9 into "1.23457e+07". Such a value then differs silently from
 * what the user wrote.
 */
static void test_coerce_real_to_string_keeps_every_digit(void **state)
{
	(void)state;
	json_t *pi = coerce_ok("name", "3.14159265");
	json_t *big = coerce_ok("name", "12345678.9");
	bool ok = !strcmp(json_string_value(pi), "3.14159265") &&
		  !strcmp(json_string_value(big), "12345678.9");
	if (!ok) {
		print_message("3.14159265 -> \"%s\", 12345678.9 -> \"%s\"\n", json_string_value(pi),
			      json_string_value(big));
		json_decref(pi);
		json_decref(big);
		regression("provider/value.c:107: real to string keeps only 6 digits (%%g)");
	}
	json_decref(pi);
	json_decref(big);
}

static void test_coerce_json_text_to_a_document(void **state)
{
	(void)state;
	assert_coerces("policy", "'{\\'Version\\': \\'2012-10-17\\', \\'Statement\\': []}'",
		       "{'Version': '2012-10-17', 'Statement': []}");
	/* Written as YAML, it is taken as it is. */
	assert_coerces("policy", "{'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow'}]}",
		       "{'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow'}]}");
	/* Any JSON text, not only objects. */
	assert_coerces("policy", "'[1, 2]'", "[1, 2]");
	assert_coerces("policy", "'\\'text\\''", "'text'");
}

static void test_coerce_invalid_json_text_names_the_position(void **state)
{
	(void)state;
	assert_coerce_error("policy", "'{\\'Version\\': \\'2012-10-17\\',}'",
			    "is not a valid JSON document: string or '}' expected near '}'"
			    " (line 1, column 26)");
	assert_coerce_error("policy", "'Allow everything'",
			    "is not a valid JSON document: invalid token near 'Allow'"
			    " (line 1, column 5)");
}

static void test_coerce_map_elements_and_name_the_key(void **state)
{
	(void)state;
	assert_coerces("tags", "{'env': 'prod', 'cost_center': 42, 'public': false}",
		       "{'env': 'prod', 'cost_center': '42', 'public': 'false'}");
	assert_coerces("tags", "{}", "{}");
	assert_coerce_error("tags", "{'env': 'prod', 'owner': {'name': 'bob'}}",
			    "key \"owner\" must be a string, got a map");
	assert_coerce_error("tags", "['env']", "must be a map, got a list");
}

static void test_coerce_list_elements_and_name_the_index(void **state)
{
	(void)state;
	assert_coerces("ports", "['80', 443, '8080']", "[80, 443, 8080]");
	assert_coerce_error("ports", "['80', 'http', '8080']", "item 1 must be a number, got a string");
	assert_coerce_error("ports", "'80'", "must be a list, got a string");
}

static void test_coerce_nested_object(void **state)
{
	(void)state;
	/* Members are coerced and unset ones get their defaults. */
	assert_coerces("encryption", "{'sse_algorithm': 'AES256'}",
		       "{'sse_algorithm': 'AES256', 'bucket_key_enabled': false}");
	assert_coerces("encryption", "{'sse_algorithm': 'aws:kms', 'bucket_key_enabled': 'true'}",
		       "{'sse_algorithm': 'aws:kms', 'bucket_key_enabled': true}");
	assert_coerce_error("encryption", "{'sse_algorithm': 'AES256', 'algorithm': 'AES256'}",
			    "has no attribute \"algorithm\"");
	assert_coerce_error("encryption", "{'bucket_key_enabled': 'yes'}",
			    "attribute \"bucket_key_enabled\" must be a bool, got a string");
	assert_coerce_error("encryption", "'AES256'", "must be an object, got a string");
}

static void test_coerce_object_list(void **state)
{
	(void)state;
	assert_coerces("rules", "[{'id': 'expire', 'days': '30'}, {'id': 'keep', 'enabled': false}]",
		       "[{'id': 'expire', 'days': 30, 'enabled': true},"
		       " {'id': 'keep', 'enabled': false}]");
	assert_coerce_error("rules", "[{'id': 'expire'}, {'id': 'keep', 'dayz': 1}]",
			    "item 1 has no attribute \"dayz\"");
	assert_coerce_error("rules", "[{'id': 'expire', 'days': 'thirty'}]",
			    "item 0 attribute \"days\" must be a number, got a string");
	assert_coerce_error("rules", "{'id': 'expire'}", "must be a list, got a map");
}

static void test_coerce_keeps_unknown_and_null(void **state)
{
	(void)state;
	assert_coerces("versioning", UNKNOWN, UNKNOWN);
	assert_coerces("size", UNKNOWN, UNKNOWN);
	assert_coerces("encryption", UNKNOWN, UNKNOWN);
	assert_coerces("policy", UNKNOWN, UNKNOWN);
	assert_coerces("tags", "{'env': 'prod', 'src': " UNKNOWN "}",
		       "{'env': 'prod', 'src': " UNKNOWN "}");
	assert_coerces("ports", "[80, " UNKNOWN "]", "[80, " UNKNOWN "]");
	assert_coerces("versioning", "null", "null");
	assert_coerces("encryption", "{'sse_algorithm': null}",
		       "{'sse_algorithm': null, 'bucket_key_enabled': false}");
}

/* ---- schema_default ---- */

static void test_schema_default(void **state)
{
	(void)state;
	json_t *d = schema_default(attr("versioning"));
	assert_json(d, "false");
	json_decref(d);
	d = schema_default(attr("tags"));
	assert_json(d, "{}");
	json_decref(d);
	assert_null(schema_default(attr("name")));
	assert_null(schema_default(attr("policy")));
}

/* ---- schema_redact ---- */

static void test_redact_replaces_sensitive_values(void **state)
{
	(void)state;
	json_t *in = js("{'name': 'logs', 'secret': 's3cr3t', 'tags': {'secret': 'not-a-secret'},"
			" 'credentials': {'user': 'etl', 'password': 'pw'}, 'extra': 'kept'}");
	json_t *out = schema_redact(test_attrs, in);
	assert_json(out, "{'name': 'logs', 'secret': '(sensitive)', 'tags': {'secret': 'not-a-secret'},"
			 " 'credentials': {'user': 'etl', 'password': '(sensitive)'}, 'extra': 'kept'}");
	/* The input is left as it was. */
	assert_json(in, "{'name': 'logs', 'secret': 's3cr3t', 'tags': {'secret': 'not-a-secret'},"
			" 'credentials': {'user': 'etl', 'password': 'pw'}, 'extra': 'kept'}");
	json_decref(out);
	json_decref(in);
}

static void test_redact_keeps_null_and_absent(void **state)
{
	(void)state;
	json_t *in = js("{'name': 'logs', 'secret': null}");
	json_t *out = schema_redact(test_attrs, in);
	assert_json(out, "{'name': 'logs', 'secret': null}");
	json_decref(out);
	json_decref(in);

	in = js("{'name': 'logs'}");
	out = schema_redact(test_attrs, in);
	assert_json(out, "{'name': 'logs'}");
	json_decref(out);
	json_decref(in);

	/* Not an object: returned as it is. */
	in = js("'logs'");
	out = schema_redact(test_attrs, in);
	assert_ptr_equal(out, in);
	json_decref(out);
	json_decref(in);
}

static void test_redact_hides_hashes_and_unknowns(void **state)
{
	(void)state;
	json_t *secret = json_string("s3cr3t");
	json_t *in = json_pack("{s:s, s:o}", "name", "logs", "secret", value_hashed(secret));
	json_decref(secret);
	json_t *out = schema_redact(test_attrs, in);
	assert_json(out, "{'name': 'logs', 'secret': '(sensitive)'}");
	json_decref(out);
	json_decref(in);

	in = js("{'name': 'logs', 'secret': " UNKNOWN "}");
	out = schema_redact(test_attrs, in);
	assert_json(out, "{'name': 'logs', 'secret': '(sensitive)'}");
	json_decref(out);
	json_decref(in);
}

/*
 * FIXED BUG (provider/value.c:283): schema_redact descends into nested
 * ATTR_OBJECT values only; the items of an ATTR_OBJECT_LIST are copied as
 * they are, so a sensitive attribute inside a list of blocks is shown in
 * plans, logs and JSON output.
 */
static void test_redact_inside_object_lists(void **state)
{
	(void)state;
	json_t *in = js("{'name': 'logs', 'users': [{'user': 'a', 'password': 'pw-a'},"
			" {'user': 'b', 'password': 'pw-b'}]}");
	json_t *out = schema_redact(test_attrs, in);
	json_t *want = js("{'name': 'logs', 'users': [{'user': 'a', 'password': '(sensitive)'},"
			  " {'user': 'b', 'password': '(sensitive)'}]}");
	bool ok = json_equal(out, want);
	json_decref(want);
	json_decref(out);
	json_decref(in);
	if (!ok)
		regression("provider/value.c:283: sensitive attributes inside an object list "
			 "are not redacted");
}

/* ---- hashing secrets for storage ---- */

static void test_value_hashed_is_salted_scrypt(void **state)
{
	(void)state;
	unsetenv("TERRACE_SECRET_HASH_COST"); /* the default's N */
	json_t *v = json_string("s3cr3t");
	json_t *h1 = value_hashed(v), *h2 = value_hashed(v);
	const char *s1 = json_string_value(json_object_get(h1, "$scrypt"));
	assert_non_null(s1);
	assert_int_equal(strncmp(s1, "16384$8$1$", 10), 0);
	assert_true(value_is_hashed(h1));
	assert_false(value_is_hashed(v));
	assert_false(value_is_legacy_hash(h1));
	/* A new salt each time: the same value never hashes the same twice,
	 * and the unsalted SHA-256 of the value appears nowhere. */
	assert_false(json_equal(h1, h2));
	assert_null(strstr(s1, "5b9929d2f7ee9f74ff3d3a9c54638e22a95d50d2a3979be44d89f817353933aa"));
	assert_true(value_matches_stored(v, h1));
	assert_true(value_matches_stored(v, h2));
	json_decref(h1);
	json_decref(h2);
	json_decref(v);

	/* Canonical: key order does not change what matches. */
	json_t *a = js("{'user': 'etl', 'password': 'pw'}");
	json_t *b = js("{'password': 'pw', 'user': 'etl'}");
	json_t *ha = value_hashed(a);
	assert_true(value_matches_stored(b, ha));
	json_decref(ha);
	json_decref(a);
	json_decref(b);
}

/* TERRACE_SECRET_HASH_COST sets N for the hashes made from then on; a hash
 * made with another N is checked with its own. */
static void test_secret_hash_cost(void **state)
{
	(void)state;
	struct strbuf err = STRBUF_INIT;
	json_t *v = json_string("s3cr3t");
	unsetenv("TERRACE_SECRET_HASH_COST");
	assert_int_equal(secret_hash_cost_check(&err), 0);
	json_t *strong = value_hashed(v);
	setenv("TERRACE_SECRET_HASH_COST", "10", 1);
	assert_int_equal(secret_hash_cost_check(&err), 0);
	json_t *light = value_hashed(v);
	const char *s = json_string_value(json_object_get(light, "$scrypt"));
	assert_int_equal(strncmp(s, "1024$8$1$", 9), 0);
	setenv("TERRACE_SECRET_HASH_COST", "17", 1);
	json_t *heavy = value_hashed(v);
	assert_int_equal(strncmp(json_string_value(json_object_get(heavy, "$scrypt")), "131072$8$1$", 11), 0);
	unsetenv("TERRACE_SECRET_HASH_COST");
	json_t *other = json_string("s3cr3T");
	assert_true(value_matches_stored(v, light));
	assert_false(value_matches_stored(other, light));
	assert_false(value_matches_stored(other, heavy));
	assert_true(value_matches_stored(v, strong));
	const char *bad[] = { "9", "18", "x", "12x", "-14", " 14" };
	for (size_t i = 0; i < sizeof(bad) / sizeof(*bad); i++) {
		setenv("TERRACE_SECRET_HASH_COST", bad[i], 1);
		strbuf_reset(&err);
		assert_int_equal(secret_hash_cost_check(&err), -1);
		assert_non_null(strstr(err.buf, "TERRACE_SECRET_HASH_COST=\""));
		assert_non_null(strstr(err.buf, "from 10 to 17"));
	}
	unsetenv("TERRACE_SECRET_HASH_COST");
	strbuf_release(&err);
	json_decref(strong);
	json_decref(light);
	json_decref(heavy);
	json_decref(other);
	json_decref(v);
}

/* A hash made elsewhere (Python's hashlib.scrypt of the canonical JSON
 * "\"s3cr3t\"" with the salt "terrace-fixture!"): checked by a real scrypt,
 * since the run has no answer for it yet. */
#define FIXTURE_HASH "16384$8$1$dGVycmFjZS1maXh0dXJlIQ==$pWbRKRapTbxCovwMqzurJuDlXROQKMdZ/GqK7ErUKms="

static void test_scrypt_hash_made_elsewhere_matches(void **state)
{
	(void)state;
	json_t *v = json_string("s3cr3t"), *other = json_string("s3cr3T");
	json_t *stored = json_pack("{s:s}", "$scrypt", FIXTURE_HASH);
	assert_false(value_matches_stored(other, stored));
	assert_true(value_matches_stored(v, stored));
	assert_true(value_matches_stored(v, stored)); /* the run's answer */
	assert_false(value_matches_stored(other, stored));
	json_decref(stored);
	json_decref(other);
	json_decref(v);
}

/* value_hashed_again keeps a hash the run knows matches (one it made or
 * checked), so a value recorded again keeps its salt and costs no scrypt;
 * anything else is hashed anew. */
static void test_value_hashed_again(void **state)
{
	(void)state;
	json_t *v = json_string("s3cr3t"), *changed = json_string("hunter2");
	json_t *made = value_hashed(v);
	json_t *again = value_hashed_again(v, made);
	assert_ptr_equal(again, made);
	json_decref(again);
	/* A changed value: a new hash of the new value, not the prior one. */
	json_t *other = value_hashed_again(changed, made);
	assert_false(json_equal(other, made));
	assert_true(value_matches_stored(changed, other));
	assert_false(value_matches_stored(v, other));
	json_decref(other);
	/* No prior, or a prior that is no scrypt hash: hashed anew. */
	json_t *fresh = value_hashed_again(v, NULL);
	assert_true(value_is_hashed(fresh));
	assert_false(json_equal(fresh, made));
	json_decref(fresh);
	json_t *legacy = js("{'$sha256': '5b9929d2f7ee9f74ff3d3a9c54638e22a95d50d2a3979be44d89f817353933aa'}");
	json_t *upgraded = value_hashed_again(v, legacy);
	assert_false(value_is_legacy_hash(upgraded));
	assert_true(value_matches_stored(v, upgraded));
	json_decref(upgraded);
	json_decref(legacy);
	/* A hash made elsewhere that this run has not checked (as
	 * FIXTURE_HASH, with the salt "another-fixture!"): hashed anew (knowing
	 * would cost the scrypt a new hash costs); once checked, kept. */
	json_t *elsewhere = json_pack("{s:s}", "$scrypt",
				      "16384$8$1$YW5vdGhlci1maXh0dXJlIQ==$"
				      "5KGJSZAb2pCT2gujxsLnhPft6u2gdKJI3t+VKxsRVMA=");
	json_t *unknown_yet = value_hashed_again(v, elsewhere);
	assert_false(json_equal(unknown_yet, elsewhere));
	json_decref(unknown_yet);
	assert_true(value_matches_stored(v, elsewhere));
	json_t *kept = value_hashed_again(v, elsewhere);
	assert_ptr_equal(kept, elsewhere);
	json_decref(kept);
	json_decref(elsewhere);
	json_decref(made);
	json_decref(changed);
	json_decref(v);
}

/* States written before keep {"$sha256": HEX}: still recognised. */
static void test_legacy_sha256_still_matches(void **state)
{
	(void)state;
	json_t *v = json_string("s3cr3t");
	json_t *legacy = js("{'$sha256': '5b9929d2f7ee9f74ff3d3a9c54638e22a95d50d2a3979be44d89f817353933aa'}");
	json_t *other = json_string("hunter2");
	assert_true(value_is_hashed(legacy));
	assert_true(value_is_legacy_hash(legacy));
	assert_true(value_matches_stored(v, legacy));
	assert_false(value_matches_stored(other, legacy));
	json_decref(v);
	json_decref(legacy);
	json_decref(other);
}

/* A damaged or hostile stored hash never matches and never asks for
 * absurd memory (N is bounded). */
static void test_bad_stored_hashes_do_not_match(void **state)
{
	(void)state;
	json_t *v = json_string("s3cr3t");
	const char *bad[] = {
		"{'$scrypt': 'garbage'}",
		"{'$scrypt': '16384$8$1$$'}",
		"{'$scrypt': '1073741824$8$1$c2FsdHNhbHRzYWx0c2FsdA==$AAAA'}",
		"{'$scrypt': '16385$8$1$c2FsdHNhbHRzYWx0c2FsdA==$AAAA'}",
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		json_t *h = js(bad[i]);
		assert_false(value_matches_stored(v, h));
		json_decref(h);
	}
	json_decref(v);
}

static void test_value_matches_stored(void **state)
{
	(void)state;
	json_t *secret = json_string("s3cr3t");
	json_t *other = json_string("hunter2");
	json_t *stored = value_hashed(secret);

	assert_true(value_matches_stored(secret, stored));   /* plain vs its hash */
	assert_false(value_matches_stored(other, stored));   /* plain vs another's hash */
	assert_true(value_matches_stored(stored, stored));   /* hash vs the same hash */
	assert_true(value_matches_stored(secret, secret));   /* no hash: by meaning */
	assert_false(value_matches_stored(NULL, stored));    /* removed secret */

	json_t *one = js("1"), *one_real = js("1.0");
	assert_true(value_matches_stored(one, one_real));
	json_decref(one);
	json_decref(one_real);

	json_decref(stored);
	json_decref(other);
	json_decref(secret);
}

/* A block kept with its write-only leaf hashed (value_redacted): the rest
 * compared by meaning, the leaf by its hash, at any depth of lists and
 * blocks; a display masks the leaf with the stored hash while it matches. */
/* A provider configuration's string, as the aws and postgres providers read
 * theirs: unset and null are NULL, a string its own text (an empty one
 * too: the aws provider alone takes it as unset), anything else refused
 * naming the provider and the setting. */
static void test_value_config_string(void **state)
{
	(void)state;
	json_t *config = json_pack("{s:s, s:s, s:n, s:i, s:[s]}", "host", "db.internal", "sslmode", "",
				   "database", "port", 5432, "username", "a");
	struct strbuf err = STRBUF_INIT;
	const char *out = "x";

	assert_int_equal(value_config_string(config, "postgres", "host", &out, &err), 0);
	assert_string_equal(out, "db.internal");
	assert_ptr_equal(out, json_string_value(json_object_get(config, "host")));
	assert_int_equal(value_config_string(config, "postgres", "sslmode", &out, &err), 0);
	assert_string_equal(out, "");
	assert_int_equal(value_config_string(config, "postgres", "database", &out, &err), 0);
	assert_null(out);
	assert_int_equal(value_config_string(config, "postgres", "password", &out, &err), 0);
	assert_null(out);
	assert_int_equal(err.len, 0);
	assert_int_equal(value_config_string(config, "postgres", "port", &out, &err), -1);
	assert_null(out);
	assert_string_equal(err.buf, "postgres provider: port must be a string");
	strbuf_reset(&err);
	assert_int_equal(value_config_string(config, "aws", "username", &out, &err), -1);
	assert_string_equal(err.buf, "aws provider: username must be a string");
	strbuf_release(&err);
	json_decref(config);
}

static void test_value_redacted_leaves(void **state)
{
	(void)state;
	json_t *attrs = js("{\"name\": \"u\", \"login\": {\"password\": \"pw-1\", \"reset\": false},"
			   " \"rules\": [{\"port\": 5432, \"group\": \"g-secret\"}, {\"port\": 443}]}");
	json_t *paths = js("[\"login.password\", \"rules[].group\"]");
	json_t *stored = value_redacted(attrs, paths, NULL, true);

	/* only the leaves are hashed */
	assert_true(value_is_hashed(json_object_get(json_object_get(stored, "login"), "password")));
	assert_true(json_is_false(json_object_get(json_object_get(stored, "login"), "reset")));
	const json_t *rules = json_object_get(stored, "rules");
	assert_true(value_is_hashed(json_object_get(json_array_get(rules, 0), "group")));
	assert_int_equal(5432, json_integer_value(json_object_get(json_array_get(rules, 0), "port")));
	assert_null(json_object_get(json_array_get(rules, 1), "group"));
	assert_string_equal("u", json_string_value(json_object_get(stored, "name")));
	assert_false(value_holds_hash(json_object_get(stored, "name")));
	assert_true(value_holds_hash(rules));

	/* compared leaf by leaf */
	assert_true(value_matches_stored(json_object_get(attrs, "login"), json_object_get(stored, "login")));
	assert_true(value_matches_stored(json_object_get(attrs, "rules"), rules));
	json_t *changed = js("{\"password\": \"pw-2\", \"reset\": false}");
	assert_false(value_matches_stored(changed, json_object_get(stored, "login")));
	json_decref(changed);
	changed = js("{\"password\": \"pw-1\", \"reset\": true}");
	assert_false(value_matches_stored(changed, json_object_get(stored, "login")));
	json_decref(changed);
	changed = js("[{\"port\": 5433, \"group\": \"g-secret\"}, {\"port\": 443}]");
	assert_false(value_matches_stored(changed, rules));
	json_decref(changed);
	changed = js("[{\"port\": 5432, \"group\": \"g-secret\"}]");
	assert_false(value_matches_stored(changed, rules));
	json_decref(changed);

	/* a display: the stored hash while the leaf matches, else one that
	 * matches nothing; the rest as it is */
	json_t *shown = value_redacted(attrs, paths, stored, false);
	assert_true(json_equal(json_object_get(json_object_get(shown, "login"), "password"),
			       json_object_get(json_object_get(stored, "login"), "password")));
	json_object_set_new(json_object_get(attrs, "login"), "password", json_string("pw-2"));
	json_t *shown2 = value_redacted(attrs, paths, stored, false);
	const json_t *masked = json_object_get(json_object_get(shown2, "login"), "password");
	assert_true(value_is_hashed(masked));
	assert_false(json_equal((json_t *)masked, json_object_get(json_object_get(stored, "login"), "password")));
	char *text = json_dumps(shown2, 0);
	assert_null(strstr(text, "pw-2"));
	assert_non_null(strstr(text, "5432"));
	free(text);

	json_decref(shown2);
	json_decref(shown);
	json_decref(stored);
	json_decref(paths);
	json_decref(attrs);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_value_equal_compares_by_meaning),
		cmocka_unit_test(test_value_equal_distinguishes_large_integers),
		cmocka_unit_test(test_value_unknown_is_a_marker_object),
		cmocka_unit_test(test_value_unknown_of_kind),
		cmocka_unit_test(test_value_unknown_of_kind_prefix),
		cmocka_unit_test(test_value_known_affixes),
		cmocka_unit_test(test_value_contains_unknown_looks_everywhere),
		cmocka_unit_test(test_text_listed_and_utf8_chars),
		cmocka_unit_test(test_path_base_and_dir),
		cmocka_unit_test(test_utc_timestamp),
		cmocka_unit_test(test_diags_warned),
		cmocka_unit_test(test_value_map_diff),
		cmocka_unit_test(test_attr_changed_by_text_ends_with),
		cmocka_unit_test(test_value_string_set_sorts_and_drops_duplicates),
		cmocka_unit_test(test_value_list_has_string),
		cmocka_unit_test(test_value_get_string_or),
		cmocka_unit_test(test_value_copy_string_and_nonempty),
		cmocka_unit_test(test_strbuf_redact_replaces_every_occurrence),
		cmocka_unit_test(test_strbuf_redact_starts_at_from),
		cmocka_unit_test(test_strbuf_redact_never_searches_a_replacement),
		cmocka_unit_test(test_coerce_strings_to_bools),
		cmocka_unit_test(test_coerce_strings_to_numbers),
		cmocka_unit_test(test_coerce_scalars_to_strings),
		cmocka_unit_test(test_coerce_real_to_string_keeps_every_digit),
		cmocka_unit_test(test_coerce_json_text_to_a_document),
		cmocka_unit_test(test_coerce_invalid_json_text_names_the_position),
		cmocka_unit_test(test_coerce_map_elements_and_name_the_key),
		cmocka_unit_test(test_coerce_list_elements_and_name_the_index),
		cmocka_unit_test(test_coerce_nested_object),
		cmocka_unit_test(test_coerce_object_list),
		cmocka_unit_test(test_coerce_keeps_unknown_and_null),
		cmocka_unit_test(test_schema_default),
		cmocka_unit_test(test_redact_replaces_sensitive_values),
		cmocka_unit_test(test_redact_keeps_null_and_absent),
		cmocka_unit_test(test_redact_hides_hashes_and_unknowns),
		cmocka_unit_test(test_redact_inside_object_lists),
		cmocka_unit_test(test_value_hashed_is_salted_scrypt),
		cmocka_unit_test(test_secret_hash_cost),
		cmocka_unit_test(test_scrypt_hash_made_elsewhere_matches),
		cmocka_unit_test(test_value_hashed_again),
		cmocka_unit_test(test_legacy_sha256_still_matches),
		cmocka_unit_test(test_bad_stored_hashes_do_not_match),
		cmocka_unit_test(test_value_matches_stored),
		cmocka_unit_test(test_value_redacted_leaves),
		cmocka_unit_test(test_value_config_string),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
