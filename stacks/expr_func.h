/*
 * expr_func.h: the functions callable inside ${...} (stacks/expr.c parses
 * and evaluates the calls): lower, upper, replace, join, format, formatlist,
 * jsonencode, file, sha256, lookup, merge, coalesce, concat, contains, keys,
 * values, length, tostring, tonumber, cidrsubnet, templatefile. Each
 * function is a row of a table — its name, how many arguments it takes,
 * what kind each must be, what it returns — plus one C function, so calls
 * are checked when a stack is loaded and run at plan time by the same
 * rules.
 *
 * Ownership: every json_t passed in is borrowed; call() returns a new
 * reference, or NULL with err set ("join: argument 2 must be a list, got a
 * string"). Messages name the function and the argument, never a value of a
 * sensitive argument.
 */
#ifndef TERRACE_EXPR_FUNC_H
#define TERRACE_EXPR_FUNC_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "provider/base/strbuf.h"
#include "stacks/expr.h"

enum func_kind {
	FK_STRING, /* a string; numbers and bools are converted as in interpolation */
	FK_LIST,
	FK_MAP,
	FK_ANY,
};

struct func_args {
	json_t **v;  /* the evaluated arguments: known values, kinds checked */
	size_t n;
	bool secret; /* some argument is sensitive: keep values out of messages */
	/* The evaluator (expr_eval), handed in by the expression calling the
	 * function, for templatefile's template. */
	json_t *(*eval)(const json_t *value, expr_resolve_fn resolve, void *ctx, bool *sensitive,
			struct strbuf *err);
};

#define FUNC_ANY_NUMBER ((size_t)-1)

struct expr_func {
	const char *name;
	size_t min_args, max_args;   /* max_args FUNC_ANY_NUMBER: no limit */
	size_t n_kinds;
	enum func_kind arg_kinds[3]; /* argument i; the last of n_kinds repeats */
	enum func_kind returns;
	json_t *(*call)(const struct func_args *a, struct strbuf *err);
};

/* The function called name, or NULL. */
const struct expr_func *expr_func_find(const char *name);

/* err: `unknown function "uper"`; hint (may be NULL): `did you mean
 * "upper"?` or the list of functions. */
void expr_func_unknown(const char *name, struct strbuf *err, struct strbuf *hint);

/* -1 with err "join takes 2 arguments, got 3" when n is not allowed. */
int expr_func_check_count(const struct expr_func *f, size_t n, struct strbuf *err);

/* -1 with err "upper: argument 1 must be a string, got a list" when v
 * (argument index i, 0-based) is not of the kind f wants. */
int expr_func_check_arg(const struct expr_func *f, size_t i, const json_t *v,
			struct strbuf *err);

#endif
