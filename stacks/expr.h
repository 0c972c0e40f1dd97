/*
 * expr.h: ${...} expressions inside attribute strings.
 *
 *   "${var.region}"                 a whole-string expression keeps the value's type
 *   "s3://${lake.name}/raw/"        interpolation: every part becomes a string
 *   "$${literal}"                   escaped: the text "${literal}"
 *
 * Inside ${ }: a reference — `var.NAME`, `RESOURCE.ATTR[.SUBATTR...]`,
 * `RESOURCE.ATTR[0]`, `RESOURCE["key"].ATTR` and `RESOURCE[0].ATTR` (one
 * instance of a resource with for_each or count; inside a resource or module
 * with for_each or count also `RESOURCE[each.key].ATTR`,
 * `RESOURCE[count.index].ATTR` and `module.NAME[each.key].OUTPUT`, which
 * stacks/expand.c turns into the instance's own key), `module.NAME.OUTPUT`,
 * `data.NAME.ATTR` (a lookup), `local.NAME`, `each.key`, `each.value`, `count.index`,
 * `terrace.workspace` —, a string, number or bool
 * literal, a list `[a, b]`, a map `{a = 1}`, a function call `upper(var.env)`
 * (the functions: stacks/expr_func.h; try and can), the operators of
 * Terraform (arithmetic, comparison, logic, `c ? a : b`), a template string
 * `"${i}-${v}"`, a for expression `[for i, v in LIST : ...]`, a splat
 * `LIST[*].attr` and an index `LIST[i]` (grammar: stacks/expr_parse.c). References
 * inside any of these count like any other; the names a for binds do not.
 *
 * A reference whose value is not known yet resolves to value_unknown(); an
 * operation or interpolation on an unknown is itself unknown, and a
 * sensitive value used anywhere makes the whole value sensitive. A
 * reference's sensitive parts (a resource's sensitive attributes) stay
 * parts through an attribute, an index, a splat and a for expression's
 * names: home[*].name is not sensitive when home's password is.
 */
#ifndef TERRACE_EXPR_H
#define TERRACE_EXPR_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "provider/base/diag.h"
#include "provider/base/strbuf.h"

struct expr_ref {
	char *root;     /* "var", "terrace", "local", "each", "count", a resource
			 * address: "lake", "bucket[\"alice\"]", "module.lake.raw",
			 * all of a resource's instances: "home[*]" (a splat,
			 * the resolver gives a list) or "home", a lookup's:
			 * "data.azs"; "module.team[*].out": every instance's */
	char *path;     /* the rest, canonical: "arn", "tags.env", "rules[0].id",
			 * "[\"name\"]"; NULL if none */
	size_t prefix_len; /* length of root's "module.NAME[KEY]." part; 0 if none */
	struct src_pos pos; /* where the ${ starts, when known */
	bool guarded;   /* collected inside try() or can(), in a conditional's
			 * true or false value or in a for expression's key,
			 * value or filter: an instance it names may be
			 * missing, evaluation says whether that is an error */
};

struct expr_refs {
	struct expr_ref *items;
	size_t n, alloc;
};

/* Collect every reference in a value tree (strings are scanned; keys are not).
 * pos_of may be NULL; otherwise it gives the position of a string node so
 * references and syntax errors carry file:line:col. Syntax errors go to d. */
typedef const struct src_pos *(*expr_pos_fn)(void *ctx, const json_t *node);
int expr_collect_refs(const json_t *value, expr_pos_fn pos_of, void *pos_ctx,
		      struct expr_refs *out, struct diags *d);
void expr_refs_free(struct expr_refs *r);

/*
 * Resolve one reference to a value: a new reference in *out (value_unknown()
 * when not known yet). Set *sensitive (NULL on entry) to what of the value
 * is secret, a new reference: json_true() for all of it (a sensitive
 * variable, a sensitive attribute), or a tree of the value's shape (objects
 * by key, arrays by index; json_null() or a missing key for a part that is
 * not) whose true leaves are (the instances of a resource: their sensitive
 * attributes). Return -1 with err set for an unknown reference.
 */
typedef int (*expr_resolve_fn)(void *ctx, const struct expr_ref *ref,
			       json_t **out, json_t **sensitive, struct strbuf *err);

/*
 * The functions' results an evaluation gives: a deployment's state records
 * which (plan/state.h, "functions"), so an unchanged stack plans no changes
 * with a later release. Each edition is what the releases of its time gave
 * (docs/stack-language.md, "Which results a deployment gets"):
 * FUNC_TERRAFORM_2: Terraform's, for every deployment this release makes,
 * and FUNC_TERRAFORM's besides in a number as text (plain decimal, the
 * fewest digits: 100000000000000000000, 0.000001) and contains (a number
 * never equals text). FUNC_TERRAFORM: what the releases since 85f6d4a gave
 * ("terraform"): Terraform's except those two (1e+20, 1e-06;
 * contains([1], "1") true). FUNC_EARLIER: those of the releases before
 * (lower and upper change ASCII letters only, replace reads "/.../" as
 * literal text, length counts code points, jsonencode's 17 digits).
 */
enum func_edition {
	FUNC_TERRAFORM_2,
	FUNC_TERRAFORM,
	FUNC_EARLIER,
};
/* The edition every new deployment gets, and -functions moves one to. */
#define FUNC_NEWEST FUNC_TERRAFORM_2
/* "terraform-2", "terraform" or "earlier", as the state and the snapshot
 * write it. */
const char *func_edition_name(enum func_edition e);
/* The edition named name; -1 when it names none. */
int func_edition_parse(const char *name, enum func_edition *out);
/* v as text inside a string with edition's results (expr_stringify, whose
 * numbers are the earlier releases' text: 1e+20, 1e-06); FUNC_TERRAFORM_2
 * writes numbers as Terraform (expr_number_text: 100000000000000000000,
 * 0.000001). -1 (appending nothing) for null, lists and maps. */
int expr_stringify_as(const json_t *v, enum func_edition edition, struct strbuf *out);

/*
 * Evaluate a value tree: returns a new tree with every ${...} replaced,
 * the functions giving the results of edition.
 * *sensitive (may be NULL) is set when any resolved reference was sensitive.
 * Returns NULL with err set on failure.
 */
json_t *expr_eval_as(const json_t *value, expr_resolve_fn resolve, void *ctx,
		     enum func_edition edition, bool *sensitive, struct strbuf *err);
/* expr_eval_as with Terraform's results. */
json_t *expr_eval(const json_t *value, expr_resolve_fn resolve, void *ctx,
		  bool *sensitive, struct strbuf *err);
/* expr_eval_as for what is known when a stack is loaded (stack_validate):
 * a call of a function that reads files (file, templatefile, ...) is
 * unknown, as a build may make the file only later. */
json_t *expr_eval_before_plan(const json_t *value, expr_resolve_fn resolve, void *ctx,
			      enum func_edition edition, struct strbuf *err);

/*
 * Rename references: a new copy of value in which every reference for which
 * fn returns 1 is replaced, in the text, by what fn appended to out (another
 * reference, as in "module.lake.raw.arn" or "local[\"n\"].x"). The rest of
 * each string, escapes included, is kept as written. fn returns 0 to keep a
 * reference, -1 with err set to fail (the copy is then NULL).
 */
typedef int (*expr_rename_fn)(void *ctx, const struct expr_ref *ref, struct strbuf *out,
			      struct strbuf *err);
json_t *expr_rename_refs(const json_t *value, expr_rename_fn fn, void *ctx, struct strbuf *err);
/* The same, and attr_fn (may be NULL) renames the attribute after a
 * reference's index that is an expression (aws_iam_role.r[each.key].name:
 * ref "aws_iam_role" path "r", attr "name"): 1 with its new name in out,
 * 0 to keep it. */
typedef int (*expr_rename_attr_fn)(void *ctx, const struct expr_ref *ref, const char *attr,
				   struct strbuf *out);
json_t *expr_rename_refs_attrs(const json_t *value, expr_rename_fn fn, expr_rename_attr_fn attr_fn,
			       void *ctx, struct strbuf *err);
/* The same, with ref->pos set from pos_of (may be NULL) for each string. */
json_t *expr_rename_refs_at(const json_t *value, expr_pos_fn pos_of, void *pos_ctx,
			    expr_rename_fn fn, void *ctx, struct strbuf *err);

/* True when text is one "${...}" holding one valid expression and nothing
 * else (what `terrace console` takes as an expression to wrap). */
bool expr_is_one_expression(const char *text);

/* Append key as a quoted string literal of the expression language
 * ("alice", with \" and \\ escaped), as used in keys: bucket["alice"]. */
void expr_quote_key(struct strbuf *out, const char *key);

#endif
