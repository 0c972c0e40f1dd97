/*
 * test_expr_func.c: the function library against real Terraform. Every
 * case of tests/unit/fixtures/functions.json — each function's examples
 * from its Terraform documentation page plus edge cases, with Terraform
 * 1.11's result or error, written by tests/unit/gen-functions-fixture.py
 * from `terraform console` — is evaluated by terrace's evaluator inside
 * ${...}: a value must equal Terraform's (numbers by value, 1 == 1.0), an
 * error must be an error naming a function of the expression. Then the
 * messages: a wrong argument names the function, the argument and the
 * value (never a sensitive one); a wrong literal fails when the stack is
 * loaded; unknown arguments make the call unknown.
 *
 * Paths in the fixture are relative to the top of the source tree, where
 * `make unit` runs.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "provider/provider.h"
#include "stacks/expr.h"
#include "stacks/expr_func.h"

#define FIXTURE "tests/unit/fixtures/functions.json"

/* var.* from a fixed map (var.nothing is null); var.password is sensitive; "pending" is not
 * known until apply. */
static int resolve(void *ctx, const struct expr_ref *ref, json_t **out, json_t **sensitive,
		   struct strbuf *err)
{
	(void)ctx;
	if (!strcmp(ref->root, "pending")) {
		*out = value_unknown();
		return 0;
	}
	if (strcmp(ref->root, "var") || !ref->path) {
		strbuf_addf(err, "unknown reference \"%s\"", ref->root);
		return -1;
	}
	if (!strcmp(ref->path, "password")) {
		*sensitive = json_true();
		*out = json_string("hunter2");
	} else if (!strcmp(ref->path, "tpl")) {
		*out = json_string("Hello, ${name}! ${upper(name)}");
	} else if (!strcmp(ref->path, "nothing")) {
		*out = json_null(); /* a variable of list type left null */
	} else if (!strcmp(ref->path, "list")) {
		*out = json_pack("[s, s]", "a", "b");
	} else {
		*out = json_string(ref->path);
	}
	return 0;
}

/* Equal as values: numbers by value, lists in order, maps by key. */
static bool same(const json_t *a, const json_t *b)
{
	if (json_is_number(a) && json_is_number(b))
		return json_number_value(a) == json_number_value(b);
	if (json_typeof(a) != json_typeof(b))
		return false;
	if (json_is_array(a)) {
		if (json_array_size(a) != json_array_size(b))
			return false;
		for (size_t i = 0; i < json_array_size(a); i++)
			if (!same(json_array_get(a, i), json_array_get(b, i)))
				return false;
		return true;
	}
	if (json_is_object(a)) {
		const char *k;
		json_t *v;
		if (json_object_size(a) != json_object_size(b))
			return false;
		json_object_foreach((json_t *)a, k, v) {
			json_t *w = json_object_get(b, k);
			if (!w || !same(v, w))
				return false;
		}
		return true;
	}
	return json_equal((json_t *)a, (json_t *)b);
}

/* Evaluate "${expr}": the value, or NULL with err set. */
static json_t *eval(const char *expr, bool *sensitive, struct strbuf *err)
{
	char *text = xasprintf("${%s}", expr);
	json_t *in = json_string(text);
	json_t *out = expr_eval(in, resolve, NULL, sensitive, err);
	json_decref(in);
	free(text);
	return out;
}

/* Whether err names a function that expr calls ("NAME(" in expr). */
static bool names_a_called_function(const char *expr, const char *err)
{
	for (const char *p = expr; (p = strchr(p, '(')); p++) {
		const char *start = p;
		while (start > expr && (start[-1] == '_' || (start[-1] >= 'a' && start[-1] <= 'z') ||
					(start[-1] >= '0' && start[-1] <= '9')))
			start--;
		if (start == p)
			continue;
		char *name = xasprintf("%.*s", (int)(p - start), start);
		bool found = strstr(err, name) != NULL;
		free(name);
		if (found)
			return true;
	}
	return false;
}

static void test_terraform_results(void **state)
{
	(void)state;
	json_error_t je;
	json_t *doc = json_load_file(FIXTURE, 0, &je);
	if (!doc)
		fail_msg("%s: %s (line %d)", FIXTURE, je.text, je.line);
	json_t *cases = json_object_get(doc, "cases");
	/* pathexpand's home, as the fixture's script gives Terraform. */
	setenv("HOME", "/home/terrace-test", 1);
	size_t i, failed = 0, values = 0, errors = 0;
	json_t *c;
	assert_true(json_array_size(cases) >= 300);
	json_array_foreach(cases, i, c) {
		const char *expr = json_string_value(json_object_get(c, "expr"));
		json_t *want = json_object_get(c, "value");
		struct strbuf err = STRBUF_INIT;
		json_t *got = eval(expr, NULL, &err);
		if (want) {
			values++;
			if (!got || !same(got, want)) {
				char *w = json_dumps(want, JSON_ENCODE_ANY | JSON_COMPACT);
				char *g = got ? json_dumps(got, JSON_ENCODE_ANY | JSON_COMPACT) : NULL;
				print_error("%s\n  Terraform: %s\n  terrace:   %s\n", expr, w,
					    g ? g : err.buf);
				free(w);
				free(g);
				failed++;
			}
		} else {
			errors++;
			if (got || !names_a_called_function(expr, err.buf)) {
				char *g = got ? json_dumps(got, JSON_ENCODE_ANY | JSON_COMPACT) : NULL;
				print_error("%s\n  Terraform: error: %s\n  terrace:   %s\n", expr,
					    json_string_value(json_object_get(c, "error")),
					    g ? g : err.buf);
				free(g);
				failed++;
			}
		}
		json_decref(got);
		strbuf_release(&err);
	}
	print_message("%zu cases (%zu values, %zu errors) from Terraform %s, %zu differ\n",
		      json_array_size(cases), values, errors,
		      json_string_value(json_object_get(doc, "terraform")), failed);
	json_decref(doc);
	assert_int_equal(failed, 0);
}

static void assert_error(const char *expr, const char *want)
{
	struct strbuf err = STRBUF_INIT;
	json_t *got = eval(expr, NULL, &err);
	if (got)
		fail_msg("%s: no error", expr);
	assert_string_equal(err.buf, want);
	strbuf_release(&err);
}

/* A wrong argument's message names the function, the argument (by
 * position) and the value; a sensitive value is left out. */
static void test_argument_errors_name_the_value(void **state)
{
	(void)state;
	assert_error("abs(var.x)", "abs: argument 1 must be a number, got \"x\"");
	assert_error("abs(var.password)", "abs: argument 1 must be a number, got a string (sensitive)");
	assert_error("element(var.list, var.n)", "element: argument 2 must be a number, got \"n\"");
	assert_error("cidrhost(var.bad, 1)",
		     "cidrhost: argument 1 must be a CIDR prefix like \"10.0.0.0/16\" or "
		     "\"fd00::/56\", got \"bad\"");
	assert_error("cidrhost(var.password, 1)",
		     "cidrhost: argument 1 must be a CIDR prefix like \"10.0.0.0/16\" or "
		     "\"fd00::/56\", got a string (sensitive)");
	assert_error("regex(\"[x]+\", var.password)",
		     "regex: the pattern does not match the string");
	assert_error("regex(\"[x]+\", var.abc)",
		     "regex: the pattern does not match \"abc\" (regexall gives [] instead)");
	assert_error("parseint(var.zz, 2)", "parseint: argument 1 must be a whole number in base 2, got \"zz\"");
	assert_error("sort([[1]])", "sort: element 0 of argument 1 must be a string, got [1]");
	assert_error("timeadd(var.x, \"1h\")",
		     "timeadd: argument 1 must be an RFC 3339 timestamp like \"2018-01-02T23:12:01Z\", got \"x\"");
	assert_error("formatdate(\"YYYY qq\", \"2018-01-02T23:12:01Z\")",
		     "formatdate: \"qq\" in the format means nothing (the sequences: YYYY YY MMMM MMM "
		     "MM M DD D EEEE EEE hh h HH H mm m ss s AA aa ZZZZZ ZZZZ ZZZ Z; quote text as "
		     "'text')");
	/* Aliases of aliases would make a tree of 10^9 values: refused. */
	assert_error("yamldecode(\"a: &a [x,x,x,x,x,x,x,x,x,x]\\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\\n"
		     "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\\n"
		     "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\\n"
		     "g: [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]\")",
		     "yamldecode: line 6, column 29: the aliases expand to more than a million values");
	/* Terraform reads .inf as infinity (which nothing can then use); no
	 * JSON number holds it. */
	assert_error("yamldecode(\"a: .inf\")",
		     "yamldecode: line 1, column 4: .inf is not a number a value can hold "
		     "(infinity or NaN)");
	assert_error("cidrsubnet(\"::/0\", 0, 1)", "cidrsubnet: netnum 1 does not fit in 0 bits (0 to 0)");
	assert_error("one(var.list)", "one: argument 1 must be a list of zero or one elements, got [\"a\",\"b\"]");
}

static const struct src_pos *pos_of(void *ctx, const json_t *node)
{
	(void)node;
	return ctx;
}

/* A literal of the wrong kind fails when the stack is loaded (when its
 * references are collected), at the string's file:line:col. */
static void test_literal_errors_at_load_time(void **state)
{
	(void)state;
	static const char *const bad[][2] = {
		{ "${abs(\"x\")}", "abs: argument 1 must be a number, got \"x\"" },
		{ "${range(1, 2, 3, 4)}", "range takes 1 or 3 arguments, got 4" },
		{ "${split(\",\")}", "split takes 2 arguments, got 1" },
		{ "${cidrsubnet(\"10.0.0.0/8\", [1], 1)}", "cidrsubnet: argument 2 must be a number, got a list" },
		{ "${setproduct([1])}", "setproduct takes at least 2 arguments, got 1" },
		{ "${max(4...)}", "max: the argument expanded with \"...\" must be a list, a tuple or a "
		  "set, got a number" },
		{ "${max(null...)}", "max: the argument expanded with \"...\" must not be null" },
		{ "${upper(\"a\", [\"b\"]...)}", "upper takes 1 argument, got 2" },
		{ "${max([]...)}", "max takes at least 1 argument, got 0" },
		{ "${max([1]..., 2)}", "expected \")\" after the argument expanded with \"...\" "
		  "(only the last can be), found \",\"" },
		{ "${concat([1, 2...])}", "expected \",\" or \"]\", found \"...\"" },
	};
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		json_t *v = json_string(bad[i][0]);
		struct expr_refs refs = { 0 };
		struct diags d = DIAGS_INIT;
		struct src_pos at = { .file = "stack.yaml", .line = 3, .col = 7 };
		assert_int_equal(expr_collect_refs(v, pos_of, &at, &refs, &d), -1);
		assert_int_equal(d.n, 1);
		struct strbuf all = STRBUF_INIT;
		diag_format(&d.items[0], &all);
		assert_true(!strncmp(all.buf, "stack.yaml:3:7: error: ", 23));
		if (!strstr(all.buf, bad[i][1]))
			fail_msg("%s: got %s, want %s", bad[i][0], all.buf, bad[i][1]);
		strbuf_release(&all);
		diags_free(&d);
		expr_refs_free(&refs);
		json_decref(v);
	}
}

/* Calls on values not known until apply are unknown; a sensitive argument
 * makes the result sensitive. */
static void test_unknown_and_sensitive(void **state)
{
	(void)state;
	struct strbuf err = STRBUF_INIT;
	bool sensitive = false;
	json_t *v = eval("cidrsubnets(pending.cidr, 4, 4)", NULL, &err);
	assert_non_null(v);
	assert_true(value_is_unknown(v));
	json_decref(v);
	v = eval("base64encode(var.password)", &sensitive, &err);
	assert_non_null(v);
	assert_string_equal(json_string_value(v), "aHVudGVyMg==");
	assert_true(sensitive);
	json_decref(v);
	strbuf_release(&err);
}

/* A last argument expanded with "..." (Terraform's results are in the
 * fixture): not known yet, the call is unknown; its number of elements
 * and their kinds are checked as arguments written out; "..." elsewhere
 * is refused. */
static void test_expanded_arguments(void **state)
{
	(void)state;
	struct strbuf err = STRBUF_INIT;
	json_t *v = eval("max(pending.list...)", NULL, &err);
	assert_non_null(v);
	assert_true(value_is_unknown(v));
	json_decref(v);
	v = eval("max(1, [2, pending.n]...)", NULL, &err);
	assert_non_null(v);
	assert_true(value_is_unknown(v));
	json_decref(v);
	v = eval("length([concat(var.list, [\"c\"])]...)", NULL, &err);
	assert_non_null(v);
	assert_int_equal(json_integer_value(v), 3);
	json_decref(v);
	strbuf_release(&err);
	assert_error("max(slice(var.list, 0, 0)...)", "max takes at least 1 argument, got 0");
	assert_error("upper(var.list...)", "upper takes 1 argument, got 2");
	assert_error("max(var.list...)", "max: argument 1 must be a number, got \"a\"");
	assert_error("max(var.x...)",
		     "max: the argument expanded with \"...\" must be a list, a tuple or a set, "
		     "got a string");
	assert_error("try(tonumber(var.x), []...)",
		     "no argument of try could be evaluated (the last: no argument in the expanded "
		     "list): ${try(tonumber(var.x), []...)}");
}

/* templatestring renders a template held in a string (Terraform's console
 * cannot: it wants the template from a named value, so no fixture case). */
static void test_templatestring(void **state)
{
	(void)state;
	struct strbuf err = STRBUF_INIT;
	json_t *v = eval("templatestring(var.tpl, {name = \"x\"})", NULL, &err);
	assert_non_null(v);
	assert_string_equal(json_string_value(v), "Hello, x! X");
	json_decref(v);
	strbuf_release(&err);
	assert_error("templatestring(var.tpl, {})",
		     "templatestring: the template uses \"name\", which vars does not have");
}

/* abspath starts from the current directory (which the fixture cannot
 * hold: Terraform ran elsewhere). */
/* A list argument that is a variable left null: coalescelist skips it
 * (Terraform's coalescelist(var.ids, ["*"]) with var.ids of type
 * list(string) null is ["*"], as the fixture's tolist(null) case), tolist
 * keeps it null; with nothing else the error is coalescelist's. */
static void test_list_null_skipped(void **state)
{
	(void)state;
	struct strbuf err = STRBUF_INIT;
	json_t *got = eval("coalescelist(var.nothing, [\"a\"])", NULL, &err);
	if (!got)
		fail_msg("coalescelist(var.nothing, [\"a\"]): %s", err.buf);
	json_t *want = json_pack("[s]", "a");
	assert_true(same(got, want));
	json_decref(want);
	json_decref(got);
	got = eval("tolist(var.nothing)", NULL, &err);
	assert_non_null(got);
	assert_true(json_is_null(got));
	json_decref(got);
	assert_null(eval("coalescelist(var.nothing, [])", NULL, &err));
	assert_non_null(strstr(err.buf, "coalescelist"));
	strbuf_release(&err);
}

static void test_abspath_from_here(void **state)
{
	(void)state;
	char *cwd = getcwd(NULL, 0);
	char *want = xasprintf("%s/b", cwd);
	struct strbuf err = STRBUF_INIT;
	json_t *v = eval("abspath(\"a/../b/.\")", NULL, &err);
	assert_non_null(v);
	assert_string_equal(json_string_value(v), want);
	json_decref(v);
	strbuf_release(&err);
	free(want);
	free(cwd);
}

/* "${expr}" evaluated with edition's results, as JSON text (or the error). */
static char *eval_as(const char *expr, enum func_edition edition)
{
	char *text = xasprintf("${%s}", expr);
	json_t *in = json_string(text);
	struct strbuf err = STRBUF_INIT;
	json_t *out = expr_eval_as(in, resolve, NULL, edition, NULL, &err);
	char *got = out ? json_dumps(out, JSON_ENCODE_ANY | JSON_COMPACT) : xstrdup(err.buf);
	json_decref(out);
	json_decref(in);
	strbuf_release(&err);
	free(text);
	return got;
}

/* expr's results in each edition: the newest (terraform-2), 85f6d4a's
 * (terraform) and the earlier releases'. */
static void assert_results(const char *expr, const char *terraform_2, const char *terraform,
			   const char *earlier)
{
	char *t2 = eval_as(expr, FUNC_TERRAFORM_2), *t = eval_as(expr, FUNC_TERRAFORM);
	char *e = eval_as(expr, FUNC_EARLIER);
	if (strcmp(t2, terraform_2) || strcmp(t, terraform) || strcmp(e, earlier))
		fail_msg("%s\n  terraform-2: %s (want %s)\n  terraform:   %s (want %s)\n"
			 "  earlier:     %s (want %s)", expr, t2, terraform_2, t, terraform, e,
			 earlier);
	free(t2);
	free(t);
	free(e);
}

/* The results that changed from the earlier releases to Terraform's, in
 * each edition (a deployment keeps the one it was made with: plan/state.h);
 * the rest are the same in all. */
static void test_earlier_results(void **state)
{
	(void)state;
	/* Changed in "terraform" (85f6d4a), kept in "terraform-2". */
	static const char *const changed[][3] = {
		{ "upper(\"über\")", "\"ÜBER\"", "\"üBER\"" },
		{ "lower(\"ÅRHUS-Data\")", "\"århus-data\"", "\"Århus-data\"" },
		{ "replace(\"data/raw/x\", \"/raw/\", \"/clean/\")", "\"data//clean//x\"",
		  "\"data/clean/x\"" },
		{ "replace(\"a1b22\", \"/[0-9]+/\", \"#\")", "\"a#b#\"", "\"a1b22\"" },
		{ "replace(\"x/[0-9]+/y\", \"/[0-9]+/\", \"-\")", "\"x/[---]+/y\"", "\"x-y\"" },
		{ "length(\"👾🕹️\")", "2", "3" },
		{ "length(\"e\u0301t\u00e9\")", "3", "4" },
		{ "length([1, 2])", "2", "2" },
		{ "replace(\"a.b\", \".\", \"-\")", "\"a-b\"", "\"a-b\"" },
		{ "substr(\"hello\", 1, 3)", "\"ell\"", "\"ell\"" },
		/* A template's calls get the results of the expression calling it. */
		{ "templatestring(var.tpl, {name = \"é\"})", "\"Hello, é! É\"",
		  "\"Hello, é! é\"" },
		{ "format(\"%s\", upper(\"ñ-é\"))", "\"Ñ-É\"", "\"ñ-é\"" },
		{ "formatlist(\"%d\", [length(\"🕹️\")])", "[\"1\"]", "[\"2\"]" },
		/* jsonencode: Terraform's escapes and shortest numbers; the
		 * earlier releases' jansson text. */
		{ "jsonencode({b = 0.1, a = \"<a&b>\"})",
		  "\"{\\\"a\\\":\\\"\\\\u003ca\\\\u0026b\\\\u003e\\\",\\\"b\\\":0.1}\"",
		  "\"{\\\"a\\\":\\\"<a&b>\\\",\\\"b\\\":0.10000000000000001}\"" },
		{ "jsonencode([1e20, -2.5e-7, 3, \"\u2028\"])",
		  "\"[100000000000000000000,-0.00000025,3,\\\"\\\\u2028\\\"]\"",
		  "\"[1e20,-2.4999999999999999e-7,3,\\\"\u2028\\\"]\"" },
	};
	for (size_t i = 0; i < sizeof(changed) / sizeof(changed[0]); i++)
		assert_results(changed[i][0], changed[i][1], changed[i][1], changed[i][2]);
	/* Issue 40, changed in "terraform-2": a number as text is
	 * Terraform's (plain decimal, the fewest digits that read back:
	 * terraform console 1.11.4); 85f6d4a's "terraform" kept the earlier
	 * releases' (an exponent past 15 digits or below 0.0001). */
	static const char *const numbers[][4] = {
		{ "tostring(1e20)", "\"100000000000000000000\"", "\"1e+20\"", "\"1e+20\"" },
		{ "tostring(1e16)", "\"10000000000000000\"", "\"1e+16\"", "\"1e+16\"" },
		{ "tostring(0.000001)", "\"0.000001\"", "\"1e-06\"", "\"1e-06\"" },
		{ "tostring(1e-7)", "\"0.0000001\"", "\"1e-07\"", "\"1e-07\"" },
		{ "tostring(123456789012345.6)", "\"123456789012345.6\"", "\"123456789012345.59\"",
		  "\"123456789012345.59\"" },
		{ "tostring(12345678901234567)", "\"12345678901234567\"", "\"12345678901234567\"",
		  "\"12345678901234567\"" },
		/* past 64 bits a double (Terraform: exact, "12345678901234567890";
		 * the releases before refused the literal) */
		{ "tostring(12345678901234567890)", "\"12345678901234567000\"",
		  "\"1.2345678901234567e+19\"", "\"1.2345678901234567e+19\"" },
		{ "\"n=${-1e21}\"", "\"n=-1000000000000000000000\"", "\"n=-1e+21\"", "\"n=-1e+21\"" },
		{ "\"${1e15}/${0.0001}\"", "\"1000000000000000/0.0001\"", "\"1e+15/0.0001\"",
		  "\"1e+15/0.0001\"" },
		{ "join(\",\", [1e20, 0.000001])", "\"100000000000000000000,0.000001\"",
		  "\"1e+20,1e-06\"", "\"1e+20,1e-06\"" },
		/* upper: Terraform's letters since "terraform" (ASCII here) */
		{ "upper(1e20)", "\"100000000000000000000\"", "\"1E+20\"", "\"1E+20\"" },
		{ "format(\"%s|%v\", 1e20, 1e20)", "\"100000000000000000000|1e+20\"",
		  "\"1e+20|1e+20\"", "\"1e+20|1e+20\"" },
		{ "formatlist(\"%s\", [1e20])", "[\"100000000000000000000\"]", "[\"1e+20\"]",
		  "[\"1e+20\"]" },
		{ "tolist([1e-7, \"a\"])", "[\"0.0000001\",\"a\"]", "[\"1e-07\",\"a\"]",
		  "[\"1e-07\",\"a\"]" },
		{ "{for x in [1e16] : x => 1}", "{\"10000000000000000\":1}", "{\"1e+16\":1}",
		  "{\"1e+16\":1}" },
		/* contains: a number never equals text in Terraform; the
		 * releases before compared their text */
		{ "contains([1, 2], \"1\")", "false", "true", "true" },
		{ "contains([\"1\", \"2\"], 1)", "false", "true", "true" },
		{ "contains([1.0], \"1\")", "false", "true", "true" },
		{ "contains([1, 2], 1)", "true", "true", "true" },
		{ "contains([1.0], 1)", "true", "true", "true" },
		{ "contains([true], \"true\")", "false", "false", "false" },
		{ "contains([1e20], \"100000000000000000000\")", "false", "false", "false" },
		/* as jansson compared 85f6d4a's: 1 and 1.0 inside a list differ */
		{ "contains([[1.0]], [1])", "true", "false", "false" },
	};
	for (size_t i = 0; i < sizeof(numbers) / sizeof(numbers[0]); i++)
		assert_results(numbers[i][0], numbers[i][1], numbers[i][2], numbers[i][3]);
}

/* Every function of the table is found by name, and an unknown one gets a
 * suggestion. */
static void test_table(void **state)
{
	(void)state;
	assert_non_null(expr_func_find("cidrsubnets"));
	assert_non_null(expr_func_find("yamldecode"));
	assert_null(expr_func_find("timestamp"));
	struct strbuf err = STRBUF_INIT, hint = STRBUF_INIT;
	expr_func_unknown("trimsufix", &err, &hint);
	assert_string_equal(err.buf, "unknown function \"trimsufix\"");
	assert_string_equal(hint.buf, "did you mean \"trimsuffix\"?");
	/* The table is in strcmp order (expr_func_find halves it): the hint
	 * with nothing close lists it in table order. */
	strbuf_reset(&err);
	strbuf_reset(&hint);
	expr_func_unknown("qqqqqqqqqqqq", &err, &hint);
	const char *prefix = "the functions are ";
	assert_true(!strncmp(hint.buf, prefix, strlen(prefix)));
	char *list = xstrdup(hint.buf + strlen(prefix)), *prev = NULL;
	size_t n = 0;
	for (char *name = strtok(list, ", "); name; name = strtok(NULL, ", "), n++) {
		if (prev && strcmp(prev, name) >= 0)
			fail_msg("the function table has %s before %s", prev, name);
		assert_non_null(expr_func_find(name));
		prev = name;
	}
	assert_true(n >= 107);
	free(list);
	strbuf_release(&err);
	strbuf_release(&hint);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_terraform_results),
		cmocka_unit_test(test_argument_errors_name_the_value),
		cmocka_unit_test(test_literal_errors_at_load_time),
		cmocka_unit_test(test_expanded_arguments),
		cmocka_unit_test(test_unknown_and_sensitive),
		cmocka_unit_test(test_templatestring),
		cmocka_unit_test(test_earlier_results),
		cmocka_unit_test(test_abspath_from_here),
		cmocka_unit_test(test_list_null_skipped),
		cmocka_unit_test(test_table),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
