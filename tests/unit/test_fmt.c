/*
 * test_fmt.c: the canonical layout of stack files (stacks/fmt.c), written as
 * a specification: each test gives a file as someone wrote it and the file
 * `terrace fmt` writes; the last ones give files it must refuse, leaving
 * them as they are.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "stacks/fmt.h"

static void expect_layout(const char *in, const char *want)
{
	struct strbuf out = STRBUF_INIT;
	struct diags d = DIAGS_INIT;
	assert_int_equal(stack_fmt("s.yaml", in, strlen(in), &out, &d), 0);
	assert_string_equal(out.buf ? out.buf : "", want);
	/* Laying out a laid-out file changes nothing. */
	struct strbuf again = STRBUF_INIT;
	assert_int_equal(stack_fmt("s.yaml", out.buf ? out.buf : "", out.len, &again, &d), 0);
	assert_string_equal(again.buf ? again.buf : "", want);
	strbuf_release(&out);
	strbuf_release(&again);
	diags_free(&d);
}

static void two_spaces_a_level(void **state)
{
	(void)state;
	expect_layout("resources:\n    raw:\n        type: aws.s3.bucket\n        name: x\n",
		      "resources:\n  raw:\n    type: aws.s3.bucket\n    name: x\n");
}

static void one_space_after_a_dash_and_its_mapping_under_it(void **state)
{
	(void)state;
	expect_layout("l:\n  -   name: a\n      v: 1\n  -    b\n",
		      "l:\n  - name: a\n    v: 1\n  - b\n");
}

static void trailing_spaces_blank_lines_and_the_final_newline(void **state)
{
	(void)state;
	expect_layout("\n\na: 1   \n\n\n\nb: 2\n\n\n", "a: 1\n\nb: 2\n");
	expect_layout("a: 1", "a: 1\n");
}

static void comments_stay_and_take_the_next_line_s_indentation(void **state)
{
	(void)state;
	expect_layout("a:\n# about b\n\n    b: 1   # on b\n# the end\n",
		      "a:\n  # about b\n\n  b: 1   # on b\n# the end\n");
}

static void block_scalars_keep_their_text_under_their_key(void **state)
{
	(void)state;
	expect_layout("a:\n    s: |\n            x\n              y\n\n            z\n    t: 1\n",
		      "a:\n  s: |\n    x\n      y\n\n    z\n  t: 1\n");
	/* An explicit indentation keeps its distance to the key. */
	expect_layout("a:\n    b: |2\n        x\n      y\n", "a:\n  b: |2\n      x\n    y\n");
}

/* Spacing as terraform fmt makes HCL's: one space after a key's colon; in
 * a flow collection one after each comma and colon, none before, and none
 * inside braces or brackets (YAML's usual flow style). */
static void one_space_after_a_key_and_in_flow_collections(void **state)
{
	(void)state;
	expect_layout("name:    \"x\"\nl:\n  -   k:   v\n", "name: \"x\"\nl:\n  - k: v\n");
	expect_layout("a:    {x: 1,   y: [1 ,2]}\n", "a: {x: 1, y: [1, 2]}\n");
	expect_layout("a: {a: 1,   b: \"x\"}\n", "a: {a: 1, b: \"x\"}\n");
	expect_layout("- [ a,b ]\n- {  }\n- [ ]\n- {k: {}}\n", "- [a, b]\n- {}\n- []\n- {k: {}}\n");
	/* a JSON-like key's colon, and empty values (libyaml refuses "e:,") */
	expect_layout("a: {\"k\":1, e:   , f: }\n", "a: {\"k\": 1, e: , f: }\n");
	/* a block scalar's header and a comment keep their places */
	expect_layout("s:   |\n  x\nt:   # why\n  u: {v:  1}   # c\n",
		      "s: |\n  x\nt:   # why\n  u: {v: 1}   # c\n");
}

/* Scalars keep their text: quoted ones, a plain one's inner spaces, a URL,
 * an expression; a quoted scalar or a flow collection over several lines is
 * left as written. */
static void scalars_and_comments_stay_as_written(void **state)
{
	(void)state;
	expect_layout("b: 'q  '\nc: [\"a ,  b\", 'it''s :  x']\nd: {u: http://x:80/p,  w: a  b}\n",
		      "b: 'q  '\nc: [\"a ,  b\", 'it''s :  x']\nd: {u: http://x:80/p, w: a  b}\n");
	expect_layout("e: ${var.x  +  1}\nf: \"${ a }  ${ b }\"\n",
		      "e: ${var.x  +  1}\nf: \"${ a }  ${ b }\"\n");
	expect_layout("g: \"one\n  k:   two\"\nh: [a,\n  b]\ni:   1\n",
		      "g: \"one\n  k:   two\"\nh: [a,\n  b]\ni: 1\n");
	expect_layout("j: don't   {x}\nk: a:b\n", "j: don't   {x}\nk: a:b\n");
}

static void invalid_yaml_is_an_error_with_its_position(void **state)
{
	(void)state;
	struct strbuf out = STRBUF_INIT;
	struct diags d = DIAGS_INIT;
	const char *in = "a: 'open\n";
	assert_int_equal(stack_fmt("s.yaml", in, strlen(in), &out, &d), -1);
	assert_true(d.n > 0);
	strbuf_release(&out);
	diags_free(&d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(two_spaces_a_level),
		cmocka_unit_test(one_space_after_a_dash_and_its_mapping_under_it),
		cmocka_unit_test(trailing_spaces_blank_lines_and_the_final_newline),
		cmocka_unit_test(comments_stay_and_take_the_next_line_s_indentation),
		cmocka_unit_test(block_scalars_keep_their_text_under_their_key),
		cmocka_unit_test(one_space_after_a_key_and_in_flow_collections),
		cmocka_unit_test(scalars_and_comments_stay_as_written),
		cmocka_unit_test(invalid_yaml_is_an_error_with_its_position),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
