/*
 * build.h: the builds plan and apply start before the plan is made: every
 * resource with a build block (provider/build/build.h) built, or found in
 * the cache, up to -parallelism at a time, as `terrace build` does, so
 * that the plan's own pass, which evaluates resources one after another,
 * finds each output in the cache; and those a saved plan changes, before
 * `apply PLANFILE` touches anything.
 */
#ifndef TERRACE_CMD_BUILD_H
#define TERRACE_CMD_BUILD_H

#include <jansson.h>
#include <stdbool.h>

#include "provider/base/diag.h"

/*
 * Build what the snapshot's resources build, `parallelism` at a time (<= 0:
 * 10). A build naming a value known only after apply is left to the plan.
 * With `line` and stdout a terminal, a progress line is redrawn while they
 * run. -1 when a build failed (each an error in d, as the plan reports
 * it) or the user asked to stop; 0 otherwise.
 */
int build_before_plan(const json_t *snapshot, int parallelism, bool line, struct diags *d);

struct plan;

/*
 * The same for a saved plan at apply, before anything is touched: the
 * resources it creates, updates or replaces that have a build block, so
 * that one whose output the cache lost (a cleared .terrace/, another
 * checkout) is built again now; a failure stops the apply here, where in
 * the executor's walk it would come after the delete of what it replaces.
 * Outputs still in the cache cost hashing their inputs.
 */
int build_before_apply(const struct plan *p, int parallelism, bool line, struct diags *d);

#endif
