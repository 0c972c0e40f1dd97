/*
 * var_type.h: Terraform's type constraints for variables — parsed once from
 * the text a stack writes (`type: list(string)`, `type: object({name =
 * string, size = optional(number, 10)})`) — and the conversion of a value to
 * one, as Terraform converts: "5" to 5 for number, 5 to "5" for string,
 * "true" to true, sets deduplicated and sorted, missing optional object
 * attributes given their default (or null), extra attributes dropped.
 *
 * A parsed type is a JSON tree (kept in the stack and in a plan's snapshot):
 *
 *   "string" | "number" | "bool" | "any"
 *   ["list", T] | ["set", T] | ["map", T]
 *   ["tuple", [T, ...]]
 *   ["object", {NAME: T, ...}, {NAME: DEFAULT, ...}]   the second map holds
 *                                       the optional attributes (DEFAULT null
 *                                       when optional() gives none)
 *   "list" | "map"        terrace's first spellings, kept as they were: a list
 *                         or a map of anything, its items taken as given
 *
 * Ownership: every json_t passed in is borrowed; results are new references.
 */
#ifndef TERRACE_VAR_TYPE_H
#define TERRACE_VAR_TYPE_H

#include <jansson.h>
#include <stdbool.h>

#include "provider/base/strbuf.h"
#include "stacks/expr.h"

/* The type written as text, or NULL with err ("unknown type bogus(...)",
 * "list takes one type: list(string)") naming the part at fault. */
json_t *var_type_parse(const char *text, struct strbuf *err);

/* The type as Terraform writes it: "list(string)", "object({name=string})". */
void var_type_text(const json_t *type, struct strbuf *out);


/*
 * Convert v to type. path names the value in messages ("var.settings"); a
 * refusal is "var.settings[\"size\"]: a number is required, got \"big\""
 * in err, with the value left out when secret ("got a string"). Strings for
 * a collection, object or tuple are read as values first (var_type_read_text);
 * for `any` only when text says v is the text of a -var or an environment
 * variable (a string written in YAML stays a string). Unknown values
 * (value_unknown()) pass as they are. A new value, or NULL with *at (at may be
 * NULL) the node of v refused, the innermost one, for its position (NULL
 * when none of v's: a string read as a value points at itself).
 */
json_t *var_type_convert(const json_t *type, const json_t *v, const char *path, bool secret,
			 bool text, const json_t **at, struct strbuf *err);
/* The same with edition's text for a number converted to a string
 * (expr_stringify_as: 100000000000000000000 in "terraform-2", 1e+20
 * before); *by_edition (unless NULL) is set when such a text is not the
 * same in every edition. var_type_convert writes the text every release
 * before "terraform-2" wrote, 1e+20 (a type's optional() default, a
 * module's variable's default). A root stack's variables are resolved with
 * the newest, then again with the edition the state records where a text
 * depended on it (stacks/stack.h stack_resolve_variables_as); a module's
 * input is evaluated with the snapshot's (plan/eval.c). */
json_t *var_type_convert_as(const json_t *type, const json_t *v, const char *path, bool secret,
			    bool text, const json_t **at, enum func_edition edition,
			    bool *by_edition, struct strbuf *err);

/*
 * A value written as text, as Terraform's -var takes them for a collection
 * or object, `["a", "b"]`, `{name = "n", size = 5}` (HCL's literal syntax:
 * strings, numbers, true, false, null, [...] and {KEY = VALUE, ...} with = or
 * :), else as YAML (JSON included: `[a, b]`, `{name: n}`). NULL when it is
 * neither.
 */
json_t *var_type_read_text(const char *text);

#endif
