/*
 * stack_internal.h: what stack.c (loading), validate.c (checks against the
 * schema, references, cycles) and vars.c (variable values) share. Not for use
 * outside stacks/.
 */
#ifndef TERRACE_STACK_INTERNAL_H
#define TERRACE_STACK_INTERNAL_H

#include <jansson.h>
#include <stdbool.h>

#include "stacks/stack.h"
#include "provider/base/strbuf.h"

/* validate.c: every check that needs the whole stack (schemas, provider
 * configurations, references, depends_on, cycles). Returns 0 or -1. */
int stack_validate(const struct stack *s, struct diags *d);

/* After an "unknown attribute" error: "did you mean" among the attributes
 * (only those the user may set when settable_only), else the list of them. */
struct attr_schema;
void stack_suggest_attr(struct diags *d, const char *name, const struct attr_schema *attrs,
			bool settable_only);

/* vars.c: the variable types, and conversion of a value to one of them
 * (strings are parsed: numbers, true/false, YAML or JSON for list and map;
 * numbers and bools become strings for "string"). On failure *why gets
 * "must be a number, got string" and -1 is returned. */
extern const char *const stack_var_types[];
#define STACK_N_VAR_TYPES 5
bool stack_var_type_known(const char *type);
int stack_var_convert(const char *type, const json_t *v, json_t **out, struct strbuf *why);

/* Names of variables, providers, resources and outputs: a letter or "_",
 * then letters, digits, "_" and "-" (so ${name.attr} can refer to them). */
bool stack_name_valid(const char *name);

/* The position of a value, falling back to the position of the key that
 * holds it (true, false and null have no position of their own). */
const struct src_pos *stack_value_pos(const struct stack *s, const json_t *parent,
				      const char *key, const json_t *value);

/* A value's type with its article, for messages: "a list", "null". */

/* "a" or "an", for "must be a bool" / "must be an object". */
const char *stack_article(const char *word);

#endif
