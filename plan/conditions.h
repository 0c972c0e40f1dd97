/*
 * conditions.h: a resource's lifecycle preconditions and postconditions
 * and the stack's check blocks, as Terraform has them: evaluated in a scope
 * (planned values while planning, the state while applying), a false
 * condition reported with its error_message and where it is written.
 */
#ifndef TERRACE_CONDITIONS_H
#define TERRACE_CONDITIONS_H

#include <jansson.h>

#include "plan/eval.h"
#include "provider/base/diag.h"

/* The conditions of snapshot resource res (its "conditions" array) of
 * kind ("precondition", "postcondition"; NULL: both) in sc.
 * -1 with err set ("postcondition failed (stack.yaml:9:20): MESSAGE") when
 * one is false or cannot be evaluated; 0 otherwise. One whose value is
 * not known yet is not judged: *deferred (may be NULL) counts it. */
int conditions_check(const struct eval_scope *sc, const json_t *res, const char *kind,
		     int *deferred, struct strbuf *err);

/* The snapshot's check blocks in sc: a warning in d for each assert that
 * is false or cannot be evaluated; those not known yet are left alone.
 * Returns how many failed. */
int checks_run(const struct eval_scope *sc, const json_t *snapshot, struct diags *d);

#endif
