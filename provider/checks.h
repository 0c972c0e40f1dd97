/*
 * checks.h: the one entry to a stack's checks (provider/checks.c). validate,
 * plan and apply's audit hand it a request (struct check_request,
 * provider/provider.h: the moment, the resources, what to run and where to
 * report) and never call the check hooks (provider_type.check,
 * resource_type.check_config) themselves: each driver renders what is
 * found in its own words and positions.
 */
#ifndef TERRACE_PROVIDER_CHECKS_H
#define TERRACE_PROVIDER_CHECKS_H

#include "provider/provider.h"

/*
 * Runs the request's scopes on its subjects, each finding through report:
 * each subject's own checks and warnings in turn, then the checks across,
 * then the reads. -1 when an error (not a warning) was found.
 *
 * A driver calls it where it holds what a scope needs, so that its
 * messages keep their order: validate, a provider's and a resource's own
 * checks as it walks the stack (after the schema's), the checks across at
 * its end on the resources whose own checks passed; validate -var, the own
 * checks and warnings of each resource evaluated; plan, a resource's own
 * checks within its evaluation (a refusal stops it), its warnings once it
 * is evaluated, its reads once diffed, the checks across once every
 * resource planned without a failure; apply's audit, the own checks of
 * what is about to be sent.
 */
int provider_checks_run(const struct check_request *req);

/* Whether CHECK_READS has anything to run for a resource of type rt (so a
 * driver makes its client and literal values only then). */
bool provider_has_read_checks(const struct resource_type *rt);

#endif
