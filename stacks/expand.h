/*
 * expand.h: from a loaded stack (templates: resources and modules that may
 * carry for_each or count, modules that hold stacks of their own) to the flat
 * list of resource instances that plans, state and -target work with.
 *
 * Addresses, as Terraform writes them:
 *
 *   lake                      a resource
 *   bucket["alice"]           one instance of a resource with for_each
 *   logs[0]                   one instance of a resource with count
 *   module.lake.raw           resource raw of module lake
 *   module.team["a"].bucket   inside one instance of a module with for_each
 *   data.me                   a lookup
 *   module.team["a"].data.me  a lookup of one instance of a module
 *
 * Expressions are renamed into that one namespace (stacks/expr.h:
 * expr_rename_refs): inside module lake, ${raw.arn} becomes
 * ${module.lake.raw.arn}; what depends on where an expression is written
 * (var.X inside a module, each.key, count.index, module outputs, locals)
 * becomes a *local value* of the expansion, an expression kept by name and
 * evaluated where it is used:
 *
 *   local["module.lake.var.NAME"]       the input, as written by the caller
 *   local["module.lake.output.NAME"]    the output, as written in the module
 *   local["module.lake.local.NAME"]     a local value of the module
 *   local["module.lake"]                the module as a value: an object of its
 *                                       outputs (with for_each a map of the
 *                                       instances' objects, with count a list)
 *   local["bucket[\"a\"].each.key"]     each.key / each.value / count.index
 *                                       (one entry for both of a list's item)
 *   local["NAME"]                       a local value of the root stack
 *
 * for_each and count are evaluated here, so they may use variables and
 * locals, and of resources only what their configuration writes (a scalar
 * attribute known from variables and locals, not under ignore_changes, of
 * a resource expanded before: an earlier module's), as Terraform plans it
 * known; no other resource attribute (their instances must be known when
 * planning, as in Terraform). They may use lookups (data.NAME, through
 * locals and module inputs too): as Terraform's data sources, read while
 * planning. A count or for_each whose value the evaluation does not know
 * and that uses a lookup *awaits* it: the template has no instances yet
 * and is listed in the expansion's "awaiting"; plan/snapshot.c reads the
 * lookups and expands again (validate, which reads nothing, stops here).
 */
#ifndef TERRACE_EXPAND_H
#define TERRACE_EXPAND_H

#include <jansson.h>
#include <stdbool.h>

#include "provider/base/diag.h"
#include "provider/base/strbuf.h"

/* The most instances count or for_each may make of one resource or module:
 * a typo such as count: 100000000 is an error, not an endless plan. */
#define STACK_MAX_INSTANCES 10000

struct src_pos;
/* Whether n instances (of for_each's keys, else count's number) are more
 * than STACK_MAX_INSTANCES for what ("resource \"q\""), and then the error
 * at pos: validate's check of a literal count or for_each and plan's of
 * their values say it in the same words. */
bool stack_too_many_instances(struct diags *d, const struct src_pos *pos, const char *what,
			      bool for_each, double n);

struct stack;

/* Evaluate expression expr with the variables and the local values known so
 * far (locals: name -> {"value": EXPR, "sensitive": B}); resource
 * references evaluate to unknown, except, when configured is not NULL (a
 * count or for_each), a scalar attribute an instance of configured (the
 * resource instances expanded so far, struct expansion's "resources")
 * writes with a value known from these, as Terraform plans a configured
 * attribute known. *sensitive (may be NULL) is set when a secret went into
 * the value. A new value, or NULL with err set. */
typedef json_t *(*expand_eval_fn)(void *ctx, const json_t *expr, const json_t *locals,
				  const json_t *configured, bool *sensitive, struct strbuf *err);

struct expansion {
	/* address -> {"type", "provider", "config", "dependencies": [ADDRESS...],
	 * "prevent_destroy", "ignore_changes", "attrs_at": {ATTR: "FILE:LINE:COL"}
	 * (where each attribute is written)}; dependencies name lookups too
	 * ("data.NAME") */
	json_t *resources;
	json_t *locals;     /* name -> {"value": EXPR, "sensitive": B} */
	json_t *outputs;    /* the root stack's: name -> {"value": EXPR, "sensitive": B} */
	json_t *providers;  /* name -> {"type", "config"}: the root's, plus implicit ones */
	/* the lookups, the root stack's and each module instance's: "data.NAME",
	 * "module.lake.data.NAME" -> {"type", "provider", "config",
	 * "dependencies": [ADDRESS...], "at": "file:line:col"} */
	json_t *data;
	/* the templates whose count or for_each awaits lookups (none: empty):
	 * "web", "module.net", "module.net.data.ids" -> {"meta": "count" or
	 * "for_each", "what": "resource \"web\"", "at": "file:line:col",
	 * "lookups": ["data.zones", ...] (what the expression uses, through
	 * locals and module inputs)} */
	json_t *awaiting;
};

/* Expand s. Returns 0, or -1 with problems in d (naming the file:line:col of
 * the for_each, count or resource at fault). On success the caller owns
 * out's members. */
int stack_expand(const struct stack *s, expand_eval_fn eval, void *ctx, struct expansion *out,
		 struct diags *d);
void expansion_release(struct expansion *x);

/* value, an expression written as in the root stack (a line of terrace
 * console), renamed as the expansion renames the root stack's: a module's
 * output, a module as a value and path.* become the expansion's local
 * values, so it evaluates against the snapshot. A new value, or NULL with
 * err set (each.key or count.index, which the root stack does not have). */
json_t *expand_root_expression(const json_t *value, struct strbuf *err);

/* address is pattern, one of its instances (pattern["k"], pattern[0]), or a
 * resource inside it (pattern module.lake: module.lake.raw), as -target
 * takes them. */
bool address_within(const char *address, const char *pattern);

/* Whether address is a lookup's: data.me, module.lake["a"].data.me,
 * data.vpc[0]. */
bool address_is_lookup(const char *address);

/* The name a resource has in its stack: "bucket" for
 * module.lake.bucket["a"]. A new string. */
char *address_name(const char *address);

/* The parts of an address as Terraform's JSON formats give them: the module
 * part ("module.lake", or NULL at the root; a new string) and the instance
 * key (a JSON string or integer, or NULL without one; a new reference). */
void address_parts(const char *address, char **module_address, json_t **index);

#endif
