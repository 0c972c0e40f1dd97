/*
 * expr_func.h: the functions callable inside ${...} (stacks/expr_parse.c
 * parses the calls, stacks/expr_eval.c evaluates them), Terraform's with
 * Terraform's results: the list is docs/stack-language.md's function
 * table, and `expr_func_unknown`'s hint names them all. Each function is
 * a row of one table (stacks/expr_func.c) — its name, how many arguments
 * it takes, what kind each must be, what it returns — plus one C function,
 * in a file of its category (stacks/expr_func_*.c, sharing
 * stacks/expr_func_lib.h), so calls are checked when a stack is loaded and
 * run at plan time by the same rules.
 *
 * Ownership: every json_t passed in is borrowed; call() returns a new
 * reference, or NULL with err set ("join: argument 2 must be a list, got
 * \"x\""). Messages name the function, the argument and the value that
 * failed — never a value of a sensitive argument.
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
	FK_NUMBER, /* a number, or a string that reads as one ("5"), as Terraform converts */
	FK_MAP_OR_NULL, /* a map, or null (which merge skips, as Terraform's) */
	FK_LIST_OR_NULL, /* a list, or null: a variable of list type left null,
			  * which coalescelist skips and tolist keeps, as Terraform's */
};

struct func_args {
	json_t **v;  /* the evaluated arguments: known values, kinds checked */
	size_t n;
	bool secret; /* some argument is sensitive: keep values out of messages */
	/* The evaluator (expr_eval_as), handed in by the expression calling
	 * the function, for templatefile's template. */
	json_t *(*eval)(const json_t *value, expr_resolve_fn resolve, void *ctx,
			enum func_edition edition, bool *sensitive, struct strbuf *err);
	enum func_edition edition; /* whose results (stacks/expr.h) */
};

#define FUNC_ANY_NUMBER ((size_t)-1)

/* What a function does with arguments not known until apply. */
enum func_unknowns {
	FU_NONE,  /* an argument with any unknown part makes the result unknown */
	FU_PARTS, /* it takes arguments with unknown parts (value_unknown()
		   * inside a list or map) and places them in its result
		   * without reading them, or reads and answers as Terraform
		   * (contains is unknown when no known element matches and one
		   * is unknown); a wholly unknown argument makes it unknown */
	FU_WHOLE, /* it takes wholly unknown arguments too: coalesce("a",
		   * x) is "a" whatever x becomes, as Terraform's */
};

struct expr_func {
	const char *name;
	size_t min_args, max_args;   /* max_args FUNC_ANY_NUMBER: no limit */
	size_t n_kinds;
	enum func_kind arg_kinds[3]; /* argument i; the last of n_kinds repeats */
	enum func_kind returns;
	json_t *(*call)(const struct func_args *a, struct strbuf *err);
	enum func_unknowns unknowns;
	bool reads_files; /* its result comes from files, which a build may make
			   * only after the stack is loaded (expr_eval_before_plan) */
};

/* Whether a and b, either with unknown parts, are equal as Terraform's ==
 * answers: 1 or 0 when no unknown part can change it ([1, x] == [1] is 0,
 * [2, x] == [1, x] is 0: the first element decides), -1 (unknown) when
 * the first part that differs or is unknown, in order (lists by index,
 * maps by key), is unknown ([x, 1] == ["a", 2]). */
int expr_equal_known(const json_t *a, const json_t *b);

/* The function called name, or NULL. */
const struct expr_func *expr_func_find(const char *name);

/* err: `unknown function "uper"`; hint (may be NULL): `did you mean
 * "upper"?` or the list of functions. */
void expr_func_unknown(const char *name, struct strbuf *err, struct strbuf *hint);

/* -1 with err "join takes 2 arguments, got 3" when n is not allowed. */
int expr_func_check_count(const struct expr_func *f, size_t n, struct strbuf *err);

/* -1 with err `abs: argument 1 must be a number, got "x"` when v
 * (argument index i, 0-based) is not of the kind f wants; secret: v (or
 * an argument before it) is sensitive, so the message leaves the value out. */
int expr_func_check_arg(const struct expr_func *f, size_t i, const json_t *v, bool secret,
			struct strbuf *err);

#endif
