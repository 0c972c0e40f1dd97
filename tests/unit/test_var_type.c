/*
 * test_var_type.c: Terraform's type constraints (stacks/var_type.h): the
 * parser (every constructor, nesting, optional() with defaults, the old
 * list/map spellings, the errors), conversion with its exact messages (the
 * path inside the value, a sensitive value never shown), and the table of
 * what real Terraform made of each case (tests/integration/stacks/t0466/
 * terraform_types.json, from terraform_types.py), run through the same
 * conversion terrace applies to a -var.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "provider/provider.h"
#include "stacks/var_type.h"

static json_t *parse_ok(const char *text)
{
	struct strbuf err = STRBUF_INIT;
	json_t *t = var_type_parse(text, &err);
	if (!t)
		fail_msg("%s: %s", text, err.buf);
	strbuf_release(&err);
	return t;
}

static void assert_type_text(const char *text, const char *want)
{
	json_t *t = parse_ok(text);
	struct strbuf sb = STRBUF_INIT;
	var_type_text(t, &sb);
	assert_string_equal(sb.buf, want);
	strbuf_release(&sb);
	json_decref(t);
}

static void assert_parse_error(const char *text, const char *want)
{
	struct strbuf err = STRBUF_INIT;
	json_t *t = var_type_parse(text, &err);
	assert_null(t);
	assert_string_equal(err.buf, want);
	strbuf_release(&err);
}

static void test_parse(void **state)
{
	(void)state;
	assert_type_text("string", "string");
	assert_type_text(" number ", "number");
	assert_type_text("any", "any");
	assert_type_text("list(string)", "list(string)");
	assert_type_text("set( number )", "set(number)");
	assert_type_text("map(list(bool))", "map(list(bool))");
	assert_type_text("tuple([string, number, bool])", "tuple([string, number, bool])");
	assert_type_text("tuple([])", "tuple([])");
	assert_type_text("object({name = string, size = optional(number, 10)})",
			 "object({name = string, size = optional(number, 10)})");
	assert_type_text("object({\n  name = string\n  tags = optional(map(string))\n})",
			 "object({name = string, tags = optional(map(string))})");
	assert_type_text("object({a = object({b = optional(list(number), [1, \"2\"])})})",
			 "object({a = object({b = optional(list(number), [1,2])})})");
	assert_type_text("list(object({port = number, cidr = optional(string, \"0.0.0.0/0\")}))",
			 "list(object({port = number, cidr = optional(string, \"0.0.0.0/0\")}))");
	assert_type_text("object({\"odd name\": string})", "object({odd name = string})");
	/* The first spellings keep their meaning: a list or map of anything. */
	json_t *t = parse_ok("list");
	assert_string_equal(json_string_value(t), "list");
	json_decref(t);
	t = parse_ok("map");
	assert_string_equal(json_string_value(t), "map");
	json_decref(t);
	/* optional()'s default takes the attribute's type, nested defaults too. */
	t = parse_ok("object({o = optional(object({n = optional(number, 3)}), {})})");
	char *dump = json_dumps(t, JSON_COMPACT | JSON_SORT_KEYS);
	assert_string_equal(dump, "[\"object\",{\"o\":[\"object\",{\"n\":\"number\"},{\"n\":3}]},"
			    "{\"o\":{\"n\":3}}]");
	free(dump);
	json_decref(t);
}

static void test_parse_errors(void **state)
{
	(void)state;
	assert_parse_error("bogus(string)", "unknown type bogus(...)");
	assert_parse_error("strin", "unknown type strin");
	assert_parse_error("list(bogus(number))", "unknown type bogus(...)");
	assert_parse_error("list(", "a type expected, found \"\"");
	assert_parse_error("list(string", "expected \")\" after the element type, found the end");
	assert_parse_error("set", "set needs its element type: list(string), map(number), set(any)");
	assert_parse_error("list(list)", "list needs its element type: list(string), map(number), "
			   "set(any)");
	assert_parse_error("string(x)", "string takes no argument");
	assert_parse_error("list(string) x", "unexpected \"x\" after the type");
	assert_parse_error("object({a = string, a = number})",
			   "object(): attribute \"a\" is defined twice");
	assert_parse_error("object({a = optional(number, \"ten\")})",
			   "optional(): the default: a number is required, got \"ten\"");
	assert_parse_error("optional(string)", "optional(...) is for an attribute of object({...})");
	assert_parse_error("tuple([string number])",
			   "expected \"]\" after a tuple element type, found \"number])\"");
	assert_parse_error("object({a = optional(string, ${var.x})})",
			   "a literal value expected (a string, number, bool, null, [...] or {...}), "
			   "found \"${var.x})})\"");
	char deep[256] = "";
	for (int i = 0; i < 40; i++)
		strcat(deep, "list(");
	assert_parse_error(deep, "a type nested too deep");
}

static json_t *convert_text(const char *type, const char *given_json, bool secret,
			    struct strbuf *err)
{
	json_t *t = parse_ok(type);
	json_t *v = json_loads(given_json, JSON_DECODE_ANY, NULL);
	assert_non_null(v);
	json_t *out = var_type_convert(t, v, "var.v", secret, false, NULL, err);
	json_decref(v);
	json_decref(t);
	return out;
}

/* The first spellings (list, map) read a string given as YAML: a refusal
 * is at the string written, the node the caller asks the position of, not
 * at what was read from it (freed before the caller asks: validate read it
 * after its free, ASan's heap-use-after-free, before). */
static void test_refusal_at_the_node_given(void **state)
{
	(void)state;
	const char *types[] = { "list", "map" };
	const char *given[] = { "\"x\"", "\"{a: 1}\"", "\"[1]\"", "true", "7" };
	for (size_t i = 0; i < 2; i++) {
		json_t *t = parse_ok(types[i]);
		for (size_t j = 0; j < sizeof(given) / sizeof(*given); j++) {
			json_t *v = json_loads(given[j], JSON_DECODE_ANY, NULL);
			struct strbuf err = STRBUF_INIT;
			const json_t *at = NULL;
			json_t *out = var_type_convert(t, v, "var.v", false, false, &at, &err);
			bool wanted = (i == 0 && j == 2) || (i == 1 && j == 1);
			if (wanted) {
				assert_non_null(out);
			} else {
				assert_null(out);
				if (at != v)
					fail_msg("%s <- %s: refused at another node than the one given",
						 types[i], given[j]);
			}
			json_decref(out);
			strbuf_release(&err);
			json_decref(v);
		}
		json_decref(t);
	}
}

static void assert_converts(const char *type, const char *given, const char *want)
{
	struct strbuf err = STRBUF_INIT;
	json_t *out = convert_text(type, given, false, &err);
	if (!out)
		fail_msg("%s <- %s: %s", type, given, err.buf);
	char *dump = json_dumps(out, JSON_ENCODE_ANY | JSON_COMPACT | JSON_SORT_KEYS);
	assert_string_equal(dump, want);
	free(dump);
	json_decref(out);
	strbuf_release(&err);
}

static void assert_refused(const char *type, const char *given, bool secret, const char *want)
{
	struct strbuf err = STRBUF_INIT;
	json_t *out = convert_text(type, given, secret, &err);
	assert_null(out);
	assert_string_equal(err.buf, want);
	strbuf_release(&err);
}

static void test_convert(void **state)
{
	(void)state;
	assert_converts("string", "5", "\"5\"");
	assert_converts("string", "true", "\"true\"");
	assert_converts("string", "1.5", "\"1.5\"");
	assert_converts("number", "\"1e3\"", "1000.0");
	assert_converts("number", "\"+5\"", "5");
	assert_converts("number", "\".5\"", "0.5");
	assert_converts("number", "\"5.\"", "5.0");
	assert_converts("number", "\"-3\"", "-3");
	assert_converts("bool", "\"1\"", "true");
	assert_converts("bool", "\"false\"", "false");
	/* A -var's text read as a value: HCL's literals, else YAML. */
	assert_converts("list(string)", "\"[\\\"a\\\", 1, true]\"", "[\"a\",\"1\",\"true\"]");
	assert_converts("list(string)", "\"[a, b]\"", "[\"a\",\"b\"]");
	assert_converts("map(number)", "\"{a = 1, \\\"b c\\\" = \\\"2\\\"}\"", "{\"a\":1,\"b c\":2}");
	assert_converts("map(number)", "\"{a: 1}\"", "{\"a\":1}");
	assert_converts("object({n = string})", "\"null\"", "null");
	assert_converts("set(string)", "[\"b\", \"a\", \"b\", \"B\", \"10\", \"9\"]",
			"[\"10\",\"9\",\"B\",\"a\",\"b\"]");
	assert_converts("set(number)", "[10, 2, 2, 1.5]", "[1.5,2,10]");
	assert_converts("set(number)", "[\"1e1\", 10, 2]", "[2,10]");
	assert_converts("set(bool)", "[true, false, true]", "[false,true]");
	assert_converts("list(any)", "[\"a\", 1]", "[\"a\",\"1\"]");
	assert_converts("map(any)", "{\"a\": 1, \"b\": \"x\"}", "{\"a\":\"1\",\"b\":\"x\"}");
	assert_converts("object({name = string, size = optional(number, 10)})",
			"{\"name\": \"n\", \"extra\": true}", "{\"name\":\"n\",\"size\":10}");
	assert_converts("object({name = string, size = optional(number, 10)})",
			"{\"name\": \"n\", \"size\": null}", "{\"name\":\"n\",\"size\":10}");
	assert_converts("object({name = string, tags = optional(map(string))})",
			"{\"name\": 5}", "{\"name\":\"5\",\"tags\":null}");
	assert_converts("tuple([string, number, bool])", "[\"a\", \"2\", \"true\"]",
			"[\"a\",2,true]");
	assert_converts("list(string)", "[\"a\", null]", "[\"a\",null]");
	/* The first spellings: as given, a string read as YAML. */
	assert_converts("list", "[\"a\", 1]", "[\"a\",1]");
	assert_converts("list", "\"[a, 1]\"", "[\"a\",1]");
	assert_converts("map", "{\"a\": [1]}", "{\"a\":[1]}");
	/* Unknown values pass (plan knows them later). */
	json_t *t = parse_ok("list(number)");
	json_t *u = value_unknown();
	struct strbuf err = STRBUF_INIT;
	json_t *out = var_type_convert(t, u, "var.v", false, false, NULL, &err);
	assert_true(value_is_unknown(out));
	json_decref(out);
	json_decref(u);
	json_decref(t);
	strbuf_release(&err);
}

static void test_convert_refusals(void **state)
{
	(void)state;
	assert_refused("number", "\"big\"", false, "var.v: a number is required, got \"big\"");
	assert_refused("number", "\" 5\"", false, "var.v: a number is required, got \" 5\"");
	assert_refused("number", "\"0x10\"", false, "var.v: a number is required, got \"0x10\"");
	assert_refused("number", "\"1_000\"", false, "var.v: a number is required, got \"1_000\"");
	assert_refused("number", "\"inf\"", false, "var.v: a number is required, got \"inf\"");
	assert_refused("bool", "\"yes\"", false, "var.v: a bool is required, got \"yes\"");
	assert_refused("string", "[1]", false, "var.v: a string is required, got a list");
	assert_refused("object({name = string, size = optional(number, 10)})",
		       "{\"name\": \"n\", \"size\": \"big\"}", false,
		       "var.v[\"size\"]: a number is required, got \"big\"");
	assert_refused("object({name = string})", "{\"size\": 3}", false,
		       "var.v: attribute \"name\" is required");
	assert_refused("list(object({port = number}))", "[{\"port\": 80}, {\"port\": \"x\"}]",
		       false, "var.v[1][\"port\"]: a number is required, got \"x\"");
	assert_refused("map(list(number))", "{\"a\": [1, \"two\"]}", false,
		       "var.v[\"a\"][1]: a number is required, got \"two\"");
	assert_refused("list(any)", "[1, true]", false,
		       "var.v: all list elements must have the same type");
	assert_refused("tuple([string, number])", "[\"a\"]", false,
		       "var.v: a tuple of 2 elements is required, got 1");
	assert_refused("map(string)", "[\"a\"]", false, "var.v: a map is required, got a list");
	assert_refused("list(string)", "{\"a\": \"b\"}", false,
		       "var.v: a list is required, got a map");
	assert_refused("list(string)", "\"a\"", false, "var.v: a list is required, got \"a\"");
	assert_refused("list", "\"{a: 1}\"", false,
		       "var.v: a list is required, got a map (write it as YAML or JSON, e.g. "
		       "[a, b])");
	/* Long values are cut; a sensitive one is never shown. */
	assert_refused("number", "\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\"", false,
		       "var.v: a number is required, got \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...\"");
	assert_refused("number", "\"hunter2\"", true, "var.v: a number is required, got a string");
	assert_refused("object({pin = number})", "{\"pin\": \"s3cr3t\"}", true,
		       "var.v[\"pin\"]: a number is required, got a string");
}

/* Where terrace differs from Terraform on purpose (docs/stack-language.md,
 * "Typed variables"): the row, and what terrace gives instead. */
static const struct {
	const char *type, *given, *terrace, *why;
} differences[] = {
	{ "any", "hello", "\"hello\"",
	  "a -var that is no HCL literal is read as YAML, where Terraform refuses a bare word" },
};

/* Every row of Terraform's table: the -var text converts to Terraform's
 * value, or is refused where Terraform refused it (with Terraform's words
 * where both say the same thing). */
static void test_terraform_table(void **state)
{
	(void)state;
	json_error_t jerr;
	json_t *doc = json_load_file("tests/integration/stacks/t0466/terraform_types.json", 0, &jerr);
	if (!doc)
		fail_msg("terraform_types.json: %s", jerr.text);
	size_t i;
	json_t *row;
	size_t n = 0;
	json_array_foreach(json_object_get(doc, "cases"), i, row) {
		const char *type = json_string_value(json_object_get(row, "type"));
		const char *given = json_string_value(json_object_get(row, "given"));
		json_t *want = json_object_get(row, "value");
		const char *tf_err = json_string_value(json_object_get(row, "error"));
		json_t *t = parse_ok(type);
		json_t *text = json_string(given);
		struct strbuf err = STRBUF_INIT;
		json_t *out = var_type_convert(t, text, "var.v", false, true, NULL, &err);
		size_t k;
		for (k = 0; k < sizeof(differences) / sizeof(*differences); k++)
			if (!strcmp(differences[k].type, type) && !strcmp(differences[k].given, given))
				break;
		if (k < sizeof(differences) / sizeof(*differences)) {
			char *a = out ? json_dumps(out, JSON_ENCODE_ANY) : NULL;
			if (!a || strcmp(a, differences[k].terrace))
				fail_msg("%s <- %s: terrace %s, not %s (%s)", type, given, a ? a : err.buf,
					 differences[k].terrace, differences[k].why);
			free(a);
		} else if (want) {
			if (!out)
				fail_msg("%s <- %s: Terraform gives a value, terrace refuses: %s", type,
					 given, err.buf);
			/* numbers by value: 1e3 is 1000.0, Terraform's 1000 */
			if (!value_equal(out, want)) {
				char *a = json_dumps(out, JSON_ENCODE_ANY | JSON_SORT_KEYS);
				char *b = json_dumps(want, JSON_ENCODE_ANY | JSON_SORT_KEYS);
				fail_msg("%s <- %s: terrace %s, Terraform %s", type, given, a, b);
			}
		} else {
			if (out)
				fail_msg("%s <- %s: Terraform refuses (%s), terrace accepts", type, given,
					 tf_err);
			static const char *const same[] = { "a number is required",
							    "a bool is required", "is required",
							    "must have the same type" };
			for (size_t k = 0; k < 4; k++)
				if (strstr(tf_err, same[k]) && !strstr(err.buf, same[k]))
					fail_msg("%s <- %s: Terraform says %s, terrace %s", type, given,
						 tf_err, err.buf);
		}
		n++;
		json_decref(out);
		json_decref(text);
		json_decref(t);
		strbuf_release(&err);
	}
	assert_true(n >= 50);
	json_decref(doc);
}

/* A number given for a string: the text of the edition the conversion is
 * made for (a module's input evaluated with the snapshot's); without one,
 * the text every release before "terraform-2" wrote (variables are
 * resolved before the state is read). */
static void test_number_text_by_edition(void **state)
{
	(void)state;
	static const struct {
		const char *type, *given, *terraform_2, *before;
	} cases[] = {
		{ "string", "1e20", "\"100000000000000000000\"", "\"1e+20\"" },
		{ "string", "0.000001", "\"0.000001\"", "\"1e-06\"" },
		{ "string", "123456789012345.6", "\"123456789012345.6\"", "\"123456789012345.59\"" },
		{ "string", "5", "\"5\"", "\"5\"" },
		{ "string", "0.5", "\"0.5\"", "\"0.5\"" },
		{ "list(string)", "[1e16, 2]", "[\"10000000000000000\",\"2\"]", "[\"1e+16\",\"2\"]" },
		{ "map(string)", "{\"a\": 1e-7}", "{\"a\":\"0.0000001\"}", "{\"a\":\"1e-07\"}" },
		{ "number", "1e20", "1e20", "1e20" },
	};
	const enum func_edition editions[] = { FUNC_TERRAFORM_2, FUNC_TERRAFORM, FUNC_EARLIER };
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		json_t *t = parse_ok(cases[i].type);
		json_t *v = json_loads(cases[i].given, JSON_DECODE_ANY, NULL);
		assert_non_null(v);
		for (size_t e = 0; e <= sizeof(editions) / sizeof(editions[0]); e++) {
			struct strbuf err = STRBUF_INIT;
			bool by_edition = false;
			/* the last round: var_type_convert, no edition */
			json_t *out = e < 3 ? var_type_convert_as(t, v, "var.v", false, false, NULL,
								  editions[e], &by_edition, &err)
				: var_type_convert(t, v, "var.v", false, false, NULL, &err);
			char *got = out ? json_dumps(out, JSON_ENCODE_ANY | JSON_COMPACT) : NULL;
			const char *want = e == 0 ? cases[i].terraform_2 : cases[i].before;
			if (!got || strcmp(got, want))
				fail_msg("%s %s (round %zu): %s, want %s", cases[i].type, cases[i].given,
					 e, got ? got : err.buf, want);
			/* Whether the text depends on the edition: a root variable
			 * is resolved again once the state says it (cmd/context.c). */
			bool differs = strcmp(cases[i].terraform_2, cases[i].before) != 0;
			if (e < 3 && by_edition != differs)
				fail_msg("%s %s (round %zu): by_edition %d, want %d", cases[i].type,
					 cases[i].given, e, by_edition, differs);
			free(got);
			json_decref(out);
			strbuf_release(&err);
		}
		json_decref(v);
		json_decref(t);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_parse_errors),
		cmocka_unit_test(test_convert),
		cmocka_unit_test(test_convert_refusals),
		cmocka_unit_test(test_refusal_at_the_node_given),
		cmocka_unit_test(test_terraform_table),
		cmocka_unit_test(test_number_text_by_edition),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
