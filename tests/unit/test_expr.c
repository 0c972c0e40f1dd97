/*
 * test_expr.c: ${...} expressions as a specification: what a string
 * evaluates to (typed whole-string references, interpolation, "$${"
 * escapes, literals), how unknown and sensitive values propagate, the exact
 * error texts, reference collection with positions, reference paths and
 * renaming. The language written as attribute text (functions, operators,
 * templates, for expressions, splats, try, heredocs) is
 * test_expr_language.c's.
 *
 * The resolver (expr_support.h) answers from a fixed scope.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "provider/provider.h"
#include "stacks/expr.h"
#include "stacks/expr_path.h"
#include "tests/unit/expr_support.h"

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
	/* An interpolation with an unknown part is unknown as a whole, and
	 * surely set: a string, whatever its part, its text around the unknown
	 * parts known (value_unknown_text), an unknown's own text in its place. */
	assert_eval(sc, "\"arn=${pending.arn} in ${var.region}\"",
		    "{\"$unknown\":\"set\",\"prefix\":\"arn=\",\"suffix\":\" in eu-west-1\"}");
	assert_eval(sc, "\"${pending.arn}${pending.arn}\"", "{\"$unknown\":\"set\"}");
	assert_eval(sc, "\"<${\\\"a/${pending.arn}/b\\\"}>\"",
		    "{\"$unknown\":\"set\",\"prefix\":\"<a/\",\"suffix\":\"/b>\"}");
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

/* Evaluate `in`; its value must be the JSON text `want` (NULL: an error,
 * whose message must not hold a secret) and sensitive or not as said. */
static void assert_eval_parts(struct scope *sc, const char *in, const char *want,
			      bool want_sensitive)
{
	json_t *v = json_string(in);
	struct strbuf err = STRBUF_INIT;
	bool sensitive = false;
	json_t *out = expr_eval(v, resolve, sc, &sensitive, &err);
	if (!want) {
		assert_null(out);
		if (strstr(err.buf, "secret"))
			print_error("%s: %s\n", in, err.buf);
		assert_null(strstr(err.buf, "secret"));
	} else {
		if (!out)
			print_error("%s: %s\n", in, err.buf);
		assert_non_null(out);
		char *got = json_dumps(out, JSON_ENCODE_ANY | JSON_COMPACT | JSON_SORT_KEYS);
		assert_string_equal(got, want);
		free(got);
		if (sensitive != want_sensitive)
			print_error("%s: sensitive is %d\n", in, sensitive);
		assert_true(sensitive == want_sensitive);
	}
	json_decref(out);
	json_decref(v);
	strbuf_release(&err);
}

/* Issue 47: sensitivity follows the attribute, as Terraform's marks do. */
static void test_sensitive_parts(void **state)
{
	struct scope *sc = *state;
	assert_eval_parts(sc, "${vault[*].name}", "[\"x-name\",\"y-name\"]", false);
	assert_eval_parts(sc, "${vault[*].password}", "[\"x-secret\",\"y-secret\"]", true);
	assert_eval_parts(sc, "${join(\",\", vault[*].name)}", "\"x-name,y-name\"", false);
	assert_eval_parts(sc, "${[for k, v in vault : v.name]}", "[\"x-name\",\"y-name\"]", false);
	assert_eval_parts(sc, "${{for k, v in vault : k => v.name}}",
			  "{\"x\":\"x-name\",\"y\":\"y-name\"}", false);
	assert_eval_parts(sc, "${[for v in vault[*] : \"${v.name}!\" if v.name != \"\"]}",
			  "[\"x-name!\",\"y-name!\"]", false);
	assert_eval_parts(sc, "${(vault)[var.map.a].name}",
			  "\"x-name\"", false);
	assert_eval_parts(sc, "${(vault[*])[1].name}", "\"y-name\"", false);
	assert_eval_parts(sc, "${[for v in pending : v]}", "{\"$unknown\":true}", false);
	/* the secret part, or a whole that holds it, is sensitive */
	assert_eval_parts(sc, "${[for k, v in vault : v.password]}", "[\"x-secret\",\"y-secret\"]",
			  true);
	assert_eval_parts(sc, "${[for k, v in vault : v if v.name == \"x-name\"]}",
			  "[{\"name\":\"x-name\",\"password\":\"x-secret\"}]", true);
	assert_eval_parts(sc, "${length(vault)}", "2", true);
	assert_eval_parts(sc, "${vault[*]}", "[{\"name\":\"x-name\",\"password\":\"x-secret\"},"
			  "{\"name\":\"y-name\",\"password\":\"y-secret\"}]", true);
	assert_eval_parts(sc, "${(vault[*].name)[0]}${var.password}", "\"x-namehunter2\"", true);
	/* text known around a part not known yet keeps no secret: a sensitive
	 * part makes the whole plainly unknown (the checks quote known text) */
	assert_eval_parts(sc, "user:${var.password}@${pending.arn}", "{\"$unknown\":true}", true);
	assert_eval_parts(sc, "${pending.arn}-${upper(var.password)}", "{\"$unknown\":true}", true);
	assert_eval_parts(sc, "${(vault[*].name)[0]}/${pending.arn}",
			  "{\"$unknown\":\"set\",\"prefix\":\"x-name/\"}", false);
	assert_eval_parts(sc, "${var.password}", "\"hunter2\"", true);
	/* a message about a value with a secret part leaves it out */
	assert_eval_parts(sc, "${vault[*].nosuch}", NULL, false);
	assert_eval_parts(sc, "${(vault[*])[7]}", NULL, false);
	assert_eval_parts(sc, "${[for v in vault : v.name + 1]}", NULL, false);
	assert_eval_parts(sc, "${(vault[*].password)[0] + 1}", NULL, false);
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
	/* An index may be any expression: here a reference to nothing. */
	assert_eval_error(sc, "\"${lake.rules[x]}\"", "unknown resource \"x\"");
	assert_eval_error(sc, "\"${lake.rules[]}\"",
			  "invalid expression \"${lake.rules[]}\": expected a reference, a function "
			  "call, a string, a number or a list, found \"]\"");
	assert_eval_error(sc, "\"${lake.name lake}\"",
			  "invalid expression \"${lake.name lake}\": expected \"}\", found \"lake\"");
	assert_eval_error(sc, "\"${var[0]}\"",
			  "invalid expression \"${var[0]}\": \"var\" cannot be indexed; index an "
			  "attribute: var.NAME[0]");
	/* module.x alone reads (HCL's depends_on = [module.x]); it has no value */
	assert_eval_error(sc, "\"${module.x}\"", "unknown resource \"module.x\"");
	assert_eval_error(sc, "\"${module.x.}\"",
			  "invalid expression \"${module.x.}\": expected \".\" and an output name after "
			  "the module, found \"}\"");
	assert_eval_error(sc, "\"${f(1)}\"", "invalid expression \"${f(1)}\": unknown function \"f\"");
	/* The resolver's message goes through unchanged. */
	assert_eval_error(sc, "\"${nope.arn}\"", "unknown resource \"nope\"");
	assert_eval_error(sc, "\"${lake.rules[5].id}\"",
			  "index 5 is out of range (the list has 2 elements)");
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

/* Roots name resource instances and module outputs; keys are canonical. */
static void test_instance_and_module_roots(void **state)
{
	(void)state;
	json_t *v = json_loads("[\"${bucket[\\\"alice\\\"].arn}\", \"${logs[ 1 ]}\","
			       " \"${module.lake.bucket_name}\", \"${module.team[\\\"a\\\"].module.z.out[0].x}\","
			       " \"${local[\\\"a.b\\\"].c}\", \"${each.value.tier}\", \"${tags[\\\"k\\\"]}\"]",
			       0, NULL);
	assert_non_null(v);
	struct expr_refs refs = { NULL, 0, 0 };
	struct diags d = DIAGS_INIT;
	assert_int_equal(expr_collect_refs(v, NULL, NULL, &refs, &d), 0);
	assert_int_equal(refs.n, 7);
	assert_string_equal(refs.items[0].root, "bucket[\"alice\"]");
	assert_string_equal(refs.items[0].path, "arn");
	assert_int_equal(refs.items[0].prefix_len, 0);
	assert_string_equal(refs.items[1].root, "logs[1]");
	assert_null(refs.items[1].path);
	assert_string_equal(refs.items[2].root, "module.lake.bucket_name");
	assert_int_equal(refs.items[2].prefix_len, strlen("module.lake."));
	assert_null(refs.items[2].path);
	assert_string_equal(refs.items[3].root, "module.team[\"a\"].module.z.out[0]");
	assert_int_equal(refs.items[3].prefix_len, strlen("module.team[\"a\"].module.z."));
	assert_string_equal(refs.items[3].path, "x");
	assert_string_equal(refs.items[4].root, "local");
	assert_string_equal(refs.items[4].path, "[\"a.b\"].c");
	assert_string_equal(refs.items[5].root, "each");
	assert_string_equal(refs.items[5].path, "value.tier");
	assert_string_equal(refs.items[6].root, "tags[\"k\"]");
	expr_refs_free(&refs);
	json_decref(v);

	/* Quoted keys are path steps too. */
	struct expr_path p;
	struct strbuf err = STRBUF_INIT;
	assert_int_equal(expr_path_parse("[\"a.\\\"b\"].c[2]", &p, &err), 0);
	assert_int_equal(p.n, 3);
	assert_string_equal(p.steps[0].name, "a.\"b");
	assert_string_equal(p.steps[1].name, "c");
	assert_int_equal(p.steps[2].index, 2);
	expr_path_free(&p);
	assert_int_equal(expr_path_parse("[\"open].x", &p, &err), -1);
	strbuf_release(&err);
}

/* A reference inside try() or can(), or in a conditional's values, is
 * guarded: the instance it names may be missing (stacks/expand.c leaves
 * that to evaluation); the condition itself, and what is outside, are not. */
static void test_guarded_references(void **state)
{
	(void)state;
	json_t *v = json_string("${try(b[0].arn, \"\")}${var.on ? data.x[0].id : upper(c[1].n)}"
				"${d[0].id}${can(module.m[0].out) ? 1 : e.f}");
	struct expr_refs refs = { NULL, 0, 0 };
	struct diags d = DIAGS_INIT;
	assert_int_equal(expr_collect_refs(v, NULL, NULL, &refs, &d), 0);
	static const struct { const char *root; bool guarded; } want[] = {
		{ "b[0]", true }, { "var", false }, { "data.x[0]", true }, { "c[1]", true },
		{ "d[0]", false }, { "module.m[0].out", true }, { "e", true },
	};
	assert_int_equal(refs.n, sizeof(want) / sizeof(want[0]));
	for (size_t i = 0; i < refs.n; i++) {
		assert_string_equal(refs.items[i].root, want[i].root);
		assert_int_equal(refs.items[i].guarded, want[i].guarded);
	}
	expr_refs_free(&refs);
	json_decref(v);
}

/* An instance named by the instance's own key: bucket[each.key],
 * logs[count.index], module.team[each.key].OUT; another index of a resource
 * is applied to all its instances; a module call's instance is named by a
 * key alone. */
static void test_instance_keys_by_each_key(void **state)
{
	(void)state;
	json_t *v = json_loads("[\"${bucket[ each.key ].arn}\", \"${logs[count.index].name}\","
			       " \"${module.team[each.key].out}\", \"${bucket[\\\"raw\\\"].arn}\"]",
			       0, NULL);
	assert_non_null(v);
	struct expr_refs refs = { NULL, 0, 0 };
	struct diags d = DIAGS_INIT;
	assert_int_equal(expr_collect_refs(v, NULL, NULL, &refs, &d), 0);
	assert_int_equal(refs.n, 4);
	assert_string_equal(refs.items[0].root, "bucket[each.key]");
	assert_string_equal(refs.items[0].path, "arn");
	assert_string_equal(refs.items[1].root, "logs[count.index]");
	assert_string_equal(refs.items[2].root, "module.team[each.key].out");
	assert_int_equal(refs.items[2].prefix_len, strlen("module.team[each.key]."));
	assert_string_equal(refs.items[3].root, "bucket[\"raw\"]");
	expr_refs_free(&refs);
	json_decref(v);
	diags_free(&d);

	/* A name a for expression binds, inside the brackets: an index of all
	 * of the resource's instances (q[name].arn); module.NAME alone. */
	v = json_loads("[\"${[for name in var.names : bucket[name].arn]}\", \"${module.team}\"]",
		       0, NULL);
	assert_non_null(v);
	assert_int_equal(expr_collect_refs(v, NULL, NULL, &refs, &d), 0);
	assert_int_equal(refs.n, 3);
	assert_string_equal(refs.items[0].root, "var");
	assert_string_equal(refs.items[1].root, "bucket");
	assert_null(refs.items[1].path);
	assert_string_equal(refs.items[2].root, "module.team");
	assert_int_equal(refs.items[2].prefix_len, 0);
	assert_null(refs.items[2].path);
	expr_refs_free(&refs);
	json_decref(v);
	diags_free(&d);

	/* Any other index (each.value.x, var.k) is applied to all of the
	 * resource's instances, as Terraform applies it
	 * (aws_cloudwatch_event_connection.this[each.value.connection_name]):
	 * the reference is the whole resource, in a module's too. */
	v = json_loads("[\"${bucket[each.value].arn}\", \"${bucket[var.k].arn}\","
		       " \"${module.m.conn[each.value.name].arn}\", \"${module.m.conn[*].arn}\"]",
		       0, NULL);
	assert_non_null(v);
	assert_int_equal(expr_collect_refs(v, NULL, NULL, &refs, &d), 0);
	assert_int_equal(refs.n, 7);
	assert_string_equal(refs.items[0].root, "bucket");
	assert_null(refs.items[0].path);
	assert_string_equal(refs.items[1].root, "each");
	assert_string_equal(refs.items[2].root, "bucket");
	assert_null(refs.items[2].path);
	assert_string_equal(refs.items[3].root, "var");
	assert_string_equal(refs.items[4].root, "module.m.conn");
	assert_null(refs.items[4].path);
	assert_string_equal(refs.items[5].root, "each");
	assert_string_equal(refs.items[6].root, "module.m.conn[*]");
	expr_refs_free(&refs);
	json_decref(v);
	diags_free(&d);

	static const struct { const char *text, *message; } bad[] = {
		{ "\"${module.team[each.value].out}\"",
		  "invalid expression \"${module.team[each.value].out}\": an instance is named by "
		  "each.key or count.index inside \"[...]\", not by other attributes of each" },
		{ "\"${module.team[var.k].out}\"",
		  "invalid expression \"${module.team[var.k].out}\": expected an instance key (0, "
		  "\"alice\", each.key, count.index) after \"[\", found \"var\"" },
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		json_t *b = json_loads(bad[i].text, JSON_DECODE_ANY, NULL);
		assert_non_null(b);
		struct diags bd = DIAGS_INIT;
		struct expr_refs none = { NULL, 0, 0 };
		assert_int_equal(expr_collect_refs(b, NULL, NULL, &none, &bd), -1);
		assert_int_equal(bd.n, 1);
		assert_string_equal(bd.items[0].summary, bad[i].message);
		expr_refs_free(&none);
		diags_free(&bd);
		json_decref(b);
	}
}

static void test_rename_refs(void **state)
{
	(void)state;
	json_t *v = json_loads("{\"a\": \"x-${raw.name}-$${raw.name}-${ upper(var.env) }-${join(\\\"-\\\", [raw.arn, var.x])}\","
			       " \"b\": [\"${raw}\", 3, true], \"c\": \"plain\"}", 0, NULL);
	assert_non_null(v);
	struct strbuf err = STRBUF_INIT;
	json_t *r = expr_rename_refs(v, rename_for_test, NULL, &err);
	assert_non_null(r);
	assert_string_equal(json_string_value(json_object_get(r, "a")),
			    "x-${module.m.raw.name}-$${raw.name}-${ upper(var.env) }-"
			    "${join(\"-\", [module.m.raw.arn, var.x])}");
	assert_string_equal(json_string_value(json_array_get(json_object_get(r, "b"), 0)),
			    "${module.m.raw}");
	assert_int_equal(json_integer_value(json_array_get(json_object_get(r, "b"), 1)), 3);
	assert_string_equal(json_string_value(json_object_get(r, "c")), "plain");
	json_decref(r);
	json_decref(v);

	v = json_string("${boom.x}");
	assert_null(expr_rename_refs(v, rename_for_test, NULL, &err));
	assert_string_equal(err.buf, "boom is refused");
	json_decref(v);
	strbuf_release(&err);

	strbuf_init(&err);
	expr_quote_key(&err, "a\"b\\c\n");
	assert_string_equal(err.buf, "\"a\\\"b\\\\c\\n\"");
	strbuf_release(&err);
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
		cmocka_unit_test(test_instance_and_module_roots),
		cmocka_unit_test(test_guarded_references),
		cmocka_unit_test(test_instance_keys_by_each_key),
		cmocka_unit_test(test_rename_refs),
		cmocka_unit_test(test_has_refs_and_stringify),
		cmocka_unit_test_setup_teardown(test_sensitive_parts, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
