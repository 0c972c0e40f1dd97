/*
 * test_expr.c: ${...} expressions as a specification: what a string
 * evaluates to (typed whole-string references, interpolation, "$${"
 * escapes, literals), how unknown and sensitive values propagate, the exact
 * error texts, reference collection with positions, and reference paths.
 *
 * The resolver here answers from a fixed scope: var.* from `vars`, resources
 * from `resources`; resource "pending" is not known yet (value_unknown()),
 * and var.password is sensitive.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "provider/provider.h"
#include "stacks/expr.h"
#include "stacks/expr_path.h"

struct scope {
	json_t *vars;
	json_t *resources;
	int calls;
};

static int resolve(void *ctx, const struct expr_ref *ref, json_t **out, bool *sensitive,
		   struct strbuf *err)
{
	struct scope *sc = ctx;
	const json_t *root;
	sc->calls++;
	if (!strcmp(ref->root, "var")) {
		root = sc->vars;
		if (ref->path && !strncmp(ref->path, "password", 8))
			*sensitive = true;
	} else if (!strcmp(ref->root, "pending")) {
		*out = value_unknown();
		return 0;
	} else {
		root = json_object_get(sc->resources, ref->root);
		if (!root) {
			strbuf_addf(err, "unknown resource \"%s\"", ref->root);
			return -1;
		}
	}
	const json_t *v = expr_path_get(root, ref->path, err);
	if (!v)
		return -1;
	*out = json_deep_copy(v);
	return 0;
}

static struct scope *scope_new(void)
{
	struct scope *sc = calloc(1, sizeof(*sc));
	sc->vars = json_loads("{\"count\": 3, \"ratio\": 2.5, \"whole\": 3.0, \"flag\": true,"
			      " \"region\": \"eu-west-1\", \"password\": \"hunter2\","
			      " \"list\": [\"a\", \"b\"], \"nothing\": null}", 0, NULL);
	sc->resources = json_loads("{\"lake\": {\"name\": \"lake\", \"arn\": \"arn:aws:s3:::lake\","
				   " \"tags\": {\"env\": \"dev\"},"
				   " \"rules\": [{\"id\": \"r0\"}, {\"id\": \"r1\"}]}}", 0, NULL);
	assert_non_null(sc->vars);
	assert_non_null(sc->resources);
	return sc;
}

static int setup(void **state)
{
	*state = scope_new();
	return 0;
}

static int teardown(void **state)
{
	struct scope *sc = *state;
	json_decref(sc->vars);
	json_decref(sc->resources);
	free(sc);
	return 0;
}

/* Evaluate the JSON text `in` and compare with the JSON text `want`. */
static void assert_eval(struct scope *sc, const char *in, const char *want)
{
	json_t *v = json_loads(in, JSON_DECODE_ANY, NULL);
	assert_non_null(v);
	struct strbuf err = STRBUF_INIT;
	json_t *out = expr_eval(v, resolve, sc, NULL, &err);
	if (!out)
		print_error("%s: %s\n", in, err.buf);
	assert_non_null(out);
	char *got = json_dumps(out, JSON_ENCODE_ANY | JSON_COMPACT | JSON_SORT_KEYS);
	assert_string_equal(got, want);
	free(got);
	json_decref(out);
	json_decref(v);
	strbuf_release(&err);
}

static void assert_eval_error(struct scope *sc, const char *in, const char *want)
{
	json_t *v = json_loads(in, JSON_DECODE_ANY, NULL);
	assert_non_null(v);
	struct strbuf err = STRBUF_INIT;
	assert_null(expr_eval(v, resolve, sc, NULL, &err));
	assert_string_equal(err.buf, want);
	json_decref(v);
	strbuf_release(&err);
}

static void test_whole_string_reference_keeps_its_type(void **state)
{
	struct scope *sc = *state;
	assert_eval(sc, "\"${var.count}\"", "3");
	assert_eval(sc, "\"${var.flag}\"", "true");
	assert_eval(sc, "\"${var.list}\"", "[\"a\",\"b\"]");
	assert_eval(sc, "\"${lake.tags}\"", "{\"env\":\"dev\"}");
	assert_eval(sc, "\"${ lake.rules[1].id }\"", "\"r1\"");
	assert_eval(sc, "\"${var.nothing}\"", "null");
}

static void test_interpolation_makes_strings(void **state)
{
	struct scope *sc = *state;
	assert_eval(sc, "\"s3://${lake.name}/raw/\"", "\"s3://lake/raw/\"");
	/* Integral numbers without ".0", others as written, bools as words. */
	assert_eval(sc, "\"n=${var.count} r=${var.ratio} w=${var.whole} f=${var.flag}\"",
		    "\"n=3 r=2.5 w=3 f=true\"");
	assert_eval(sc, "\"${var.region}${var.count}\"", "\"eu-west-13\"");
	assert_eval(sc, "\" ${var.count}\"", "\" 3\"");
	/* Trees are evaluated throughout; keys are left alone. */
	assert_eval(sc, "{\"${k}\": [\"${lake.arn}\", 1, true, null]}",
		    "{\"${k}\":[\"arn:aws:s3:::lake\",1,true,null]}");
}

static void test_literals_inside_expressions(void **state)
{
	struct scope *sc = *state;
	assert_eval(sc, "\"${42}\"", "42");
	assert_eval(sc, "\"${-1.5}\"", "-1.5");
	assert_eval(sc, "\"${\\\"a}b\\\"}\"", "\"a}b\"");
	assert_eval(sc, "\"x${\\\"-\\\"}y\"", "\"x-y\"");
}

static void test_escapes_and_plain_dollars(void **state)
{
	struct scope *sc = *state;
	assert_eval(sc, "\"$${var.count}\"", "\"${var.count}\"");
	assert_eval(sc, "\"$${a} is ${var.count}\"", "\"${a} is 3\"");
	assert_eval(sc, "\"costs $5, $$ or ${var.count}$\"", "\"costs $5, $$ or 3$\"");
	assert_eval(sc, "\"no expressions\"", "\"no expressions\"");
}

static void test_unknown_values_propagate(void **state)
{
	struct scope *sc = *state;
	assert_eval(sc, "\"${pending.arn}\"", "{\"$unknown\":true}");
	/* An interpolation with an unknown part is unknown as a whole. */
	assert_eval(sc, "\"arn=${pending.arn} in ${var.region}\"", "{\"$unknown\":true}");
	assert_eval(sc, "[\"${pending.arn}\", \"${lake.name}\"]", "[{\"$unknown\":true},\"lake\"]");
}

static void test_sensitive_flag_propagates(void **state)
{
	struct scope *sc = *state;
	struct strbuf err = STRBUF_INIT;
	bool sensitive = false;

	json_t *in = json_string("user:${var.password}@host");
	json_t *out = expr_eval(in, resolve, sc, &sensitive, &err);
	assert_string_equal(json_string_value(out), "user:hunter2@host");
	assert_true(sensitive);
	json_decref(out);
	json_decref(in);

	sensitive = false;
	in = json_pack("{s:s, s:[s]}", "a", "${var.region}", "b", "${var.password}");
	out = expr_eval(in, resolve, sc, &sensitive, &err);
	assert_non_null(out);
	assert_true(sensitive);
	json_decref(out);
	json_decref(in);

	sensitive = false;
	in = json_string("${var.region}");
	out = expr_eval(in, resolve, sc, &sensitive, &err);
	assert_false(sensitive);
	json_decref(out);
	json_decref(in);
	strbuf_release(&err);
}

static void test_evaluation_errors(void **state)
{
	struct scope *sc = *state;
	assert_eval_error(sc, "\"tags: ${lake.tags}\"",
			  "cannot interpolate a map into a string: ${lake.tags}");
	assert_eval_error(sc, "\"${var.list}!\"",
			  "cannot interpolate a list into a string: ${var.list}");
	assert_eval_error(sc, "\"x${var.nothing}\"",
			  "cannot interpolate null into a string: ${var.nothing}");
	assert_eval_error(sc, "\"lake-${var.env\"", "unterminated \"${\": missing \"}\"");
	assert_eval_error(sc, "\"${}\"", "invalid expression \"${}\": empty expression");
	assert_eval_error(sc, "\"${lake.rules[x]}\"",
			  "invalid expression \"${lake.rules[x]}\": expected a list index (0, 1, ...) "
			  "after \"[\", found \"x\"");
	assert_eval_error(sc, "\"${lake.name lake}\"",
			  "invalid expression \"${lake.name lake}\": expected \"}\", found \"lake\"");
	assert_eval_error(sc, "\"${lake[0]}\"",
			  "invalid expression \"${lake[0]}\": \"lake\" cannot be indexed; index an "
			  "attribute: lake.NAME[0]");
	assert_eval_error(sc, "\"${f(1)}\"",
			  "invalid expression \"${f(1)}\": expected \"}\", found \"(\"");
	/* The resolver's message goes through unchanged. */
	assert_eval_error(sc, "\"${nope.arn}\"", "unknown resource \"nope\"");
	assert_eval_error(sc, "\"${lake.rules[5].id}\"",
			  "index 5 is out of range (the list has 2 elements)");
}

static const struct src_pos *test_pos(void *ctx, const json_t *node)
{
	(void)node;
	return ctx;
}

static void test_collect_refs(void **state)
{
	(void)state;
	struct src_pos here = { "main.yaml", 7, 9 };
	json_t *v = json_loads("{\"name\": \"${var.env}-${lake.rules[0].id}\","
			       " \"${key.not_scanned}\": [\"${terrace.workspace}\", \"$${escaped}\","
			       " \"${\\\"literal\\\"}\", 3]}", 0, NULL);
	struct expr_refs refs = { NULL, 0, 0 };
	struct diags d = DIAGS_INIT;
	assert_int_equal(expr_collect_refs(v, test_pos, &here, &refs, &d), 0);
	assert_int_equal(d.n, 0);
	assert_int_equal(refs.n, 3);
	assert_string_equal(refs.items[0].root, "var");
	assert_string_equal(refs.items[0].path, "env");
	assert_string_equal(refs.items[1].root, "lake");
	assert_string_equal(refs.items[1].path, "rules[0].id");
	assert_string_equal(refs.items[1].pos.file, "main.yaml");
	assert_int_equal(refs.items[1].pos.line, 7);
	assert_int_equal(refs.items[1].pos.col, 9);
	assert_string_equal(refs.items[2].root, "terrace");
	assert_string_equal(refs.items[2].path, "workspace");
	expr_refs_free(&refs);
	json_decref(v);

	/* Syntax errors carry the string's position; the other strings are
	 * still collected. */
	v = json_loads("[\"${lake.arn\", \"${ok.name}\"]", 0, NULL);
	assert_int_equal(expr_collect_refs(v, test_pos, &here, &refs, &d), -1);
	assert_int_equal(refs.n, 1);
	assert_string_equal(refs.items[0].root, "ok");
	assert_int_equal(d.n, 1);
	struct strbuf text = STRBUF_INIT;
	diag_format(&d.items[0], &text);
	assert_string_equal(text.buf, "main.yaml:7:9: error: unterminated \"${\": missing \"}\"\n");
	strbuf_release(&text);
	expr_refs_free(&refs);
	diags_free(&d);
	json_decref(v);

	/* A reference with no path. */
	v = json_string("${lake}");
	assert_int_equal(expr_collect_refs(v, NULL, NULL, &refs, &d), 0);
	assert_string_equal(refs.items[0].root, "lake");
	assert_null(refs.items[0].path);
	assert_int_equal(refs.items[0].pos.line, 0);
	expr_refs_free(&refs);
	json_decref(v);
}

static void test_reference_paths(void **state)
{
	(void)state;
	json_t *v = json_loads("{\"tags\": {\"env\": \"dev\"}, \"rules\": [{\"id\": \"r0\"}],"
			       " \"later\": {\"$unknown\": true}}", 0, NULL);
	struct strbuf err = STRBUF_INIT;
	assert_string_equal(json_string_value(expr_path_get(v, "tags.env", &err)), "dev");
	assert_string_equal(json_string_value(expr_path_get(v, "rules[0].id", &err)), "r0");
	assert_ptr_equal(expr_path_get(v, NULL, &err), v);
	/* Walking into an unknown value stays unknown. */
	assert_true(value_is_unknown(expr_path_get(v, "later.deep[3].x", &err)));

	assert_null(expr_path_get(v, "tags.team", &err));
	assert_string_equal(err.buf, "no attribute \"team\"");
	strbuf_reset(&err);
	assert_null(expr_path_get(v, "rules[1]", &err));
	assert_string_equal(err.buf, "index 1 is out of range (the list has 1 elements)");
	strbuf_reset(&err);
	assert_null(expr_path_get(v, "tags[0]", &err));
	assert_string_equal(err.buf, "cannot index [0] into a map");
	strbuf_reset(&err);
	assert_null(expr_path_get(v, "tags..env", &err));
	assert_string_equal(err.buf, "invalid reference path \"tags..env\"");
	strbuf_release(&err);

	struct expr_path p;
	assert_int_equal(expr_path_parse("rules[12].transitions[0].days", &p, &err), 0);
	assert_int_equal(p.n, 5);
	assert_string_equal(p.steps[0].name, "rules");
	assert_null(p.steps[1].name);
	assert_int_equal(p.steps[1].index, 12);
	assert_string_equal(p.steps[4].name, "days");
	expr_path_free(&p);
	json_decref(v);
}

static void test_has_refs_and_stringify(void **state)
{
	(void)state;
	json_t *v = json_string("$${not} a reference");
	assert_false(expr_has_refs(v));
	json_decref(v);
	v = json_pack("{s:[i, s]}", "a", 1, "x${var.y}");
	assert_true(expr_has_refs(v));
	json_decref(v);

	struct strbuf sb = STRBUF_INIT;
	json_t *nums[] = { json_integer(-4), json_real(3.0), json_real(0.1), json_real(1e20),
			   json_real(-2.5) };
	for (size_t i = 0; i < 5; i++) {
		assert_int_equal(expr_stringify(nums[i], &sb), 0);
		strbuf_addch(&sb, ' ');
		json_decref(nums[i]);
	}
	assert_string_equal(sb.buf, "-4 3 0.1 1e+20 -2.5 ");
	json_t *list = json_array();
	assert_int_equal(expr_stringify(list, &sb), -1);
	json_decref(list);
	strbuf_release(&sb);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_whole_string_reference_keeps_its_type, setup, teardown),
		cmocka_unit_test_setup_teardown(test_interpolation_makes_strings, setup, teardown),
		cmocka_unit_test_setup_teardown(test_literals_inside_expressions, setup, teardown),
		cmocka_unit_test_setup_teardown(test_escapes_and_plain_dollars, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unknown_values_propagate, setup, teardown),
		cmocka_unit_test_setup_teardown(test_sensitive_flag_propagates, setup, teardown),
		cmocka_unit_test_setup_teardown(test_evaluation_errors, setup, teardown),
		cmocka_unit_test(test_collect_refs),
		cmocka_unit_test(test_reference_paths),
		cmocka_unit_test(test_has_refs_and_stringify),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
