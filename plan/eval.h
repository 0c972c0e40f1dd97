/*
 * eval.h: evaluating attribute expressions of the configuration snapshot.
 * A scope answers references: variables from the snapshot, resources from a
 * lookup function (planned attributes while planning, state while applying).
 */
#ifndef TERRACE_EVAL_H
#define TERRACE_EVAL_H

#include <jansson.h>
#include <stdbool.h>

#include "provider/base/strbuf.h"
#include "stacks/expr.h"

struct attr_schema;

struct eval_scope {
	const json_t *snapshot;
	/* Attributes of resource `name` (borrowed), or NULL when not known yet;
	 * *sensitive_names (may stay NULL) gets the array of its sensitive
	 * attribute names. *exists is false when no such resource is known. */
	const json_t *(*resource_attrs)(void *ctx, const char *name,
					const json_t **sensitive_names, bool *exists);
	void *ctx;
	/* The id of resource `name` (what ${name.id} gives on every type whose
	 * schema has no `id` attribute): a new string, or NULL when not known
	 * yet. NULL function: never known. */
	json_t *(*resource_id)(void *ctx, const char *name);
};

/* A resource_attrs for what is evaluated before any resource (an
 * expansion's count or for_each, the aws provider's configuration): every
 * resource exists, none is known yet. */
const json_t *eval_no_resources(void *ctx, const char *name, const json_t **sensitive_names,
				bool *exists);

/* The functions' results the snapshot is evaluated with: its "functions"
 * ("terraform-2", "terraform" or "earlier", from the state it was made
 * against: see plan/state.h); the newest when it names none. */
enum func_edition snapshot_functions(const json_t *snapshot);

/* Evaluate an expression tree with the snapshot's functions' results: a
 * new value, or NULL with err set. */
json_t *eval_value(const struct eval_scope *sc, const json_t *expr, bool *sensitive,
		   struct strbuf *err);

/*
 * Evaluate a resource's configuration into desired attributes of its schema:
 * every ${...} resolved, values coerced to their types, defaults filled for
 * unset optional attributes. *sensitive_out gets the attribute names whose
 * values are secret (schema-sensitive or derived from a secret). Returns a
 * new object or NULL with err naming the attribute.
 */
json_t *eval_resource(const struct eval_scope *sc, const char *name,
		      const struct attr_schema *schema, const json_t *config,
		      json_t **sensitive_out, struct strbuf *err);
/* The same; *failed (may be NULL) gets the name of the attribute that could
 * not be evaluated or is not of its schema (a key of config), so the caller
 * can say where the stack writes it. */
json_t *eval_resource_at(const struct eval_scope *sc, const char *name,
			 const struct attr_schema *schema, const json_t *config,
			 json_t **sensitive_out, const char **failed, struct strbuf *err);

/* Every attribute of `now` matches the stored attributes (hashes included). */
bool attrs_match_stored(const json_t *now, const json_t *stored);

#endif
