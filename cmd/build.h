/*
 * build.h: the builds plan and apply start before the plan is made: every
 * resource with a build block (provider/base/build.h) built, or found in
 * the cache, up to -parallelism at a time, as `terrace build` does, so
 * that the plan's own pass, which evaluates resources one after another,
 * finds each output in the cache.
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

#endif
