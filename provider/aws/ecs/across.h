/*
 * ecs/across.h: ECS's checks across the stack (ecs/across.c), for the
 * STACK row of ecs/rules.c that runs them; no other service's: a check
 * across resources is its service's own, never in its api.h (t0001).
 */
#ifndef TERRACE_PROVIDER_AWS_ECS_ACROSS_H
#define TERRACE_PROVIDER_AWS_ECS_ACROSS_H

#include <stddef.h>

#include "provider/provider.h"

/* What two awscc resources of the stack would share that ECS lets one
 * hold, refused naming both: an Auto Scaling group capacity provider given
 * to two clusters, one Service Connect discovery name twice in one
 * namespace. */
void ecs_check_shared_names(const struct written_resource *rs, size_t n, check_report_fn report,
			    void *ctx);

#endif
