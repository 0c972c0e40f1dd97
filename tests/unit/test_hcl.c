/*
 * test_hcl.c: stacks/hcl.c, HCL's bodies as `terrace convert` reads them:
 * blocks and labels, attributes over several lines, heredocs, the three
 * kinds of comment, one-line blocks, values it keeps unread (a function
 * terrace lacks), and syntax errors at file:line:col.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "stacks/expr_internal.h"
#include "stacks/hcl.h"

static struct hcl_body *parse(const char *text, struct diags *d)
{
	return hcl_parse("main.tf", text, strlen(text), d);
}

static void test_blocks_attributes_and_comments(void **state)
{
	(void)state;
	struct diags d = { 0 };
	struct hcl_body *b = parse(
		"# a comment\n"
		"terraform {\n"
		"  required_providers { awscc = { source = \"hashicorp/awscc\" } }\n"
		"}\n"
		"\n"
		"resource \"awscc_s3_bucket\" \"lake\" { // the lake\n"
		"  bucket_name = \"acme-${var.env}\" /* inline */\n"
		"  tags = [\n"
		"    { key = \"a\", value = \"b\" }, # first\n"
		"    { key = \"c\"\n"
		"      value = \"}\" },\n"
		"  ]\n"
		"  lifecycle { prevent_destroy = true }\n"
		"  policy = <<-EOT\n"
		"    {\"a\": \"${local.x}\"}\n"
		"    EOT\n"
		"}\n", &d);
	if (!b) {
		struct strbuf got = STRBUF_INIT;
		diag_format(&d.items[0], &got);
		print_error("%s\n", got.buf);
		strbuf_release(&got);
	}
	assert_non_null(b);
	assert_int_equal(d.n, 0);
	assert_int_equal(b->n, 2);
	assert_true(b->items[0].is_block);
	assert_string_equal(b->items[0].name, "terraform");
	const struct hcl_item *r = &b->items[1];
	assert_string_equal(r->name, "resource");
	assert_int_equal(r->n_labels, 2);
	assert_string_equal(r->labels[0], "awscc_s3_bucket");
	assert_string_equal(r->labels[1], "lake");
	assert_int_equal(r->pos.line, 6);
	assert_int_equal(r->body->n, 4);
	const struct hcl_item *name = hcl_attr(r->body, "bucket_name");
	assert_non_null(name);
	assert_int_equal(name->pos.line, 7);
	assert_int_equal(name->pos.col, 3);
	assert_int_equal(name->expr->kind, EXPR_TEMPLATE);
	const struct hcl_item *tags = hcl_attr(r->body, "tags");
	assert_int_equal(tags->expr->kind, EXPR_LIST);
	assert_int_equal(tags->expr->n_args, 2);
	assert_int_equal(tags->expr->args[1]->kind, EXPR_MAP);
	assert_string_equal(json_string_value(tags->expr->args[1]->args[3]->literal), "}");
	const struct hcl_item *life = &r->body->items[2];
	assert_true(life->is_block);
	assert_true(json_is_true(hcl_attr(life->body, "prevent_destroy")->expr->literal));
	const struct hcl_item *policy = hcl_attr(r->body, "policy");
	assert_non_null(policy->expr);
	assert_int_equal(policy->expr->kind, EXPR_TEMPLATE);
	hcl_body_free(b);
	diags_free(&d);
}

/* A value terrace cannot read as an expression of its own (a function it
 * lacks) is kept with why, for the converter to name. */
static void test_value_with_an_unknown_function(void **state)
{
	(void)state;
	struct diags d = { 0 };
	struct hcl_body *b = parse("locals {\n  x = nosuch(1)\n  y = 2\n}\n", &d);
	assert_non_null(b);
	const struct hcl_item *x = hcl_attr(b->items[0].body, "x");
	assert_null(x->expr);
	assert_string_equal(x->expr_error, "unknown function \"nosuch\"");
	assert_non_null(hcl_attr(b->items[0].body, "y")->expr);
	hcl_body_free(b);
	diags_free(&d);
}

static void assert_error(const char *text, const char *want)
{
	struct diags d = { 0 };
	assert_null(parse(text, &d));
	assert_int_equal(d.n, 1);
	struct strbuf got = STRBUF_INIT;
	diag_format(&d.items[0], &got);
	if (!strstr(got.buf, want))
		print_error("got %s\n", got.buf);
	assert_non_null(strstr(got.buf, want));
	strbuf_release(&got);
	diags_free(&d);
}

static void test_syntax_errors_at_their_place(void **state)
{
	(void)state;
	assert_error("resource \"a\" \"b\" {\n  x = 1\n", "main.tf:1:18: error: a block's \"{\" is not closed");
	assert_error("locals {\n  x = [1,\n  2\n}\n", "main.tf:2:7: error: \"[\" is not closed");
	assert_error("locals {\n  x = \"abc\n}\n", "main.tf:2:7: error: a string is not closed on its line");
	assert_error("locals {\n  x = 1 +\n}\n", "main.tf:2:7: error: invalid expression in attribute \"x\"");
	assert_error("locals {\n  x = 1 2\n}\n", "main.tf:2:7: error: invalid expression in attribute \"x\": "
		     "expected \"}\", found \"2\"");
	assert_error("locals {\n  3 = 1\n}\n", "main.tf:2:3: error: expected an attribute or a block, found \"3\"");
	assert_error("resource \"a\" 7 {\n}\n", "main.tf:1:14: error: expected \"=\" or a block's labels");
	assert_error("locals {\n  x = )\n}\n", "main.tf:2:7: error: \")\" closes nothing that is open");
	assert_error("/* open\nlocals {}\n", "main.tf:1:1: error: a comment \"/*\" is not closed");
	assert_error("locals {\n  x = <<EOT\nabc\n}\n", "main.tf:2:7: error: a heredoc << is not closed");
	assert_error("a {\n} b\n", "main.tf:2:3: error: expected a new line after a block's \"}\"");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_blocks_attributes_and_comments),
		cmocka_unit_test(test_value_with_an_unknown_function),
		cmocka_unit_test(test_syntax_errors_at_their_place),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
