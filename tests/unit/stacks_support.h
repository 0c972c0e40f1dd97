/*
 * stacks_support.h: what the stack language's tests share: a load's
 * diagnostics as the user sees them, a load that must fail with exactly
 * those, a load that must pass, a folder's, variables resolved, a
 * snapshot (test_stacks.c, test_stacks_lookups.c, test_yaml.c). Include after
 * cmocka.h.
 */
#ifndef TERRACE_TEST_STACKS_SUPPORT_H
#define TERRACE_TEST_STACKS_SUPPORT_H

#include <stdio.h>
#include <stdlib.h>

#include "provider/base/strbuf.h"
#include "plan/plan.h"
#include "stacks/expr.h"
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


/* A file NAME of TEXT in dir. */
static inline void put_file(const char *dir, const char *name, const char *text)
{
	char *path = xasprintf("%s/%s", dir, name);
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	fputs(text, f);
	fclose(f);
	free(path);
}

/* dir loaded (settings alone, or all of it, with var_files), with no
 * diagnostic. */
static inline struct stack *folder_ok(const char *dir, bool settings_only, const char *const *var_files)
{
	struct diags d = DIAGS_INIT;
	struct stack *s = NULL;
	int rc = settings_only ? stack_load_settings_except(dir, var_files, &s, &d)
			       : stack_load_except(dir, var_files, &s, &d);
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

/* s's variables resolved from in, with no diagnostic: a new reference. */
static inline json_t *resolve_ok(const struct stack *s, const struct var_inputs *in)
{
	struct diags d = DIAGS_INIT;
	json_t *values = NULL;
	int rc = stack_resolve_variables(s, in, &values, &d);
	if (rc) {
		char *text = render(&d);
		print_error("%s", text);
		free(text);
	}
	assert_int_equal(rc, 0);
	diags_free(&d);
	return values;
}

/* The snapshot of s with its variables' defaults, in workspace default:
 * a new reference. */
static inline json_t *snapshot_ok(const struct stack *s)
{
	struct var_inputs in = { NULL, 0, NULL, 0 };
	json_t *vars = resolve_ok(s, &in);
	struct diags d = DIAGS_INIT;
	json_t *snap = snapshot_from_stack(s, vars, "default", FUNC_NEWEST, NULL, &d);
	assert_non_null(snap);
	json_decref(vars);
	diags_free(&d);
	return snap;
}

#endif
