/*
 * lookup.h: reading a stack's lookups (`data:` entries of the snapshot),
 * shared by planning (plan.c: read when the arguments are known) and
 * applying (apply.c: read once what they use is made). A lookup is never
 * created, changed or deleted; its result is kept in the state's "data"
 * (plan/state.h) so outputs and later evaluations see it, and read again
 * at every plan.
 */
#ifndef TERRACE_LOOKUP_H
#define TERRACE_LOOKUP_H

#include <jansson.h>
#include <stdbool.h>

#include "plan/eval.h"
#include "plan/plan.h"
#include "stacks/builtin_lookups.h"

/*
 * Read lookup `name` (its snapshot entry: `entry`) with its arguments
 * evaluated in sc: *out gets the result (a new object). When an argument
 * is not known yet (it uses what apply makes), or the provider's own
 * configuration is not, *out stays NULL and *deferred is set. -1 with err
 * set (the lookup's name and position are the caller's to add).
 * Evaluation happens under lock when given (the apply's state lock).
 */
int lookup_read(struct run *r, const struct eval_scope *sc, pthread_mutex_t *lock,
		const char *name, const json_t *entry, json_t **out, bool *deferred,
		struct strbuf *err);

/* Add an error about lookup `name` at its position in the stack (the
 * entry's "at"): "FILE:LINE:COL: error: lookup data.NAME (TYPE): MESSAGE". */
void lookup_error(struct diags *d, const char *name, const json_t *entry, const char *message);

/* The state entry of a lookup's result, as the state's "data" keeps it. */
json_t *lookup_state_entry(const struct planned_read *rd, const json_t *attrs);

#endif
