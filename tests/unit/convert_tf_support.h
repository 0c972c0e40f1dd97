/*
 * convert_tf_support.h: converting a Terraform text with `terrace convert`'s
 * Terraform half in a unit test (convert_text) and looking for a line of
 * the stack it writes (assert_has): test_convert_tf.c's and
 * test_convert_tf_heldout.c's.
 */
#ifndef TERRACE_TEST_CONVERT_TF_SUPPORT_H
#define TERRACE_TEST_CONVERT_TF_SUPPORT_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/base/diag.h"
#include "provider/base/strbuf.h"
#include "stacks/convert.h"
#include "tests/unit/tmpdir_support.h"

/* Convert text as main.tf; the stack's YAML in *out (freed by the caller),
 * the left-out count returned. */
static size_t convert_text(const char *text, char **out)
{
	char dir[] = "/tmp/terrace-test-convert-tf-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char *path = xasprintf("%s/main.tf", dir);
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
	struct convert_source src = { dir, NULL };
	struct convert_result res = { .left_out = 0 };
	struct diags d = DIAGS_INIT;
	strbuf_init(&res.stack);
	assert_int_equal(convert_terraform(&src, &res, &d), 0);
	*out = strbuf_detach(&res.stack);
	diags_free(&d);
	remove_tree(dir);
	free(path);
	return res.left_out;
}

static void assert_has(const char *yaml, const char *line)
{
	if (!strstr(yaml, line))
		print_error("no \"%s\" in:\n%s\n", line, yaml);
	assert_non_null(strstr(yaml, line));
}

#endif
