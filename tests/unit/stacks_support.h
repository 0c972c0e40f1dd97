/*
 * stacks_support.h: what the stack language's tests share: a load's
 * diagnostics as the user sees them, a load that must fail with exactly
 * those, a load that must pass (test_stacks.c, test_yaml.c). Include after
 * cmocka.h.
 */
#ifndef TERRACE_TEST_STACKS_SUPPORT_H
#define TERRACE_TEST_STACKS_SUPPORT_H

#include <stdlib.h>

#include "provider/base/strbuf.h"
#include "stacks/stack.h"

#define FIX "tests/unit/fixtures/stacks/"

/* Every diagnostic as the user sees it. */
static inline char *render(const struct diags *d)
{
	struct strbuf sb = STRBUF_INIT;
	for (size_t i = 0; i < d->n; i++)
		diag_format(&d->items[i], &sb);
	return strbuf_detach(&sb);
}

static inline void assert_diags(const struct diags *d, const char *expected)
{
	char *got = render(d);
	assert_string_equal(got, expected);
	free(got);
}

/* Loading path fails with exactly these diagnostics. */
static inline void assert_load_fails(const char *path, const char *expected)
{
	struct diags d = DIAGS_INIT;
	struct stack *s = (struct stack *)1;
	assert_int_equal(stack_load(path, &s, &d), -1);
	assert_null(s);
	assert_diags(&d, expected);
	diags_free(&d);
}

static inline struct stack *load_ok(const char *path)
{
	struct diags d = DIAGS_INIT;
	struct stack *s = NULL;
	int rc = stack_load(path, &s, &d);
	if (rc) {
		char *text = render(&d);
		print_error("%s", text);
		free(text);
	}
	assert_int_equal(rc, 0);
	assert_int_equal(d.n, 0);
	diags_free(&d);
	return s;
}

#endif
