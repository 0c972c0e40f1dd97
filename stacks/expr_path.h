/*
 * expr_path.h: helpers around stacks/expr.h for code that resolves
 * references: the path of a reference ("tags.env", "lifecycle_rules[0].id")
 * split into steps, a walk of such a path inside a value, a test for
 * whether a value holds any ${...} at all and a value as template text
 * (stacks/expr_path.c), and the characters of an identifier (inline here).
 *
 * Ownership: expr_path_parse() fills a struct expr_path the caller releases
 * with expr_path_free(); expr_path_get() returns a borrowed pointer into the
 * value it was given.
 */
#ifndef TERRACE_EXPR_PATH_H
#define TERRACE_EXPR_PATH_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "provider/base/strbuf.h"

struct expr_step {
	char *name;   /* an attribute or map key; NULL for an index step */
	size_t index; /* for an index step: [index] */
};

struct expr_path {
	struct expr_step *steps;
	size_t n;
};

/* Split a reference path as found in struct expr_ref.path. Returns -1 with
 * err set when path is not of the form NAME(.NAME|[N])*. */
int expr_path_parse(const char *path, struct expr_path *out, struct strbuf *err);
void expr_path_free(struct expr_path *p);

/*
 * Follow path inside value (path NULL or "": value itself). Walking into an
 * unknown value (value_is_unknown()) yields that unknown value. Returns a
 * borrowed node, or NULL with err set: "no attribute \"x\"", "index 3 is out
 * of range (the list has 2 elements)", "cannot index a string", ...
 */
const json_t *expr_path_get(const json_t *value, const char *path, struct strbuf *err);

/* Follow the steps of p from step `from` on inside v, as a resolver reads
 * a reference: a borrowed node, or NULL when a step is missing (which
 * resolvers read as null). An unknown value absorbs the rest of the path. */
const json_t *expr_path_walk(const json_t *v, const struct expr_path *p, size_t from);

/* True when some string inside value holds a ${...} expression or a %{...}
 * directive (an escaped $${ or %%{ does not count). Invalid expressions
 * count as expressions. */
bool expr_has_refs(const json_t *value);

/* Append v as it appears inside an interpolated string: strings as is,
 * integral numbers without ".0", bools as true/false. Returns -1 (appending
 * nothing) for null, lists and maps. */
int expr_stringify(const json_t *v, struct strbuf *out);

/* A number as Terraform writes it as text: in plain decimal with the fewest
 * digits that read back the same double (0.1, 100000000000000000000,
 * 0.0000001); integers exact. */
void expr_number_text(const json_t *v, struct strbuf *out);

/* The characters of ${...}: an identifier's first ([A-Za-z_]) and later
 * ([A-Za-z0-9_-]) ones, and a decimal digit. */
static inline bool expr_is_ident_start(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static inline bool expr_is_ident_char(char c)
{
	return expr_is_ident_start(c) || (c >= '0' && c <= '9') || c == '-';
}

static inline bool expr_is_digit(char c)
{
	return c >= '0' && c <= '9';
}

#endif
