/*
 * events/api.h: what other files use of EventBridge (events/): what an
 * EventBridge rule's targets and a schedule's target share (events/targets.c).
 */
#ifndef TERRACE_AWS_EVENTS_API_H
#define TERRACE_AWS_EVENTS_API_H

#include <stddef.h>

#include <jansson.h>

#include "provider/provider.h"


/* ---- what an EventBridge rule's targets and a schedule's target share
 * (events/rule.c, scheduler/schedule.c), word for word ---- */

/* A target's ecs_parameters in its schema (ecs/api.h's
 * ecs_parameters_attrs: include ecs/api.h where this is used). */
#define EVENTS_TARGET_ECS_PARAMETERS_ATTR                                                  \
	{ .name = "ecs_parameters", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL | ATTR_COMPUTED, \
	  .description = "when arn is an ECS cluster's: the task it runs (task_definition_arn, "  \
			 "task_count, launch_type, platform_version, network_configuration); "     \
			 "unset: kept as the target has it",                                        \
	  .nested = ecs_parameters_attrs }
/* A target's sqs_parameters in its schema; `table` is each type's own:
 * its message_group_id's description names who sends (the rule, the
 * schedule). */
#define EVENTS_TARGET_SQS_PARAMETERS_ATTR(table)                                           \
	{ .name = "sqs_parameters", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL | ATTR_COMPUTED, \
	  .description = "an SQS queue target: message_group_id (required for a FIFO queue)",     \
	  .nested = (table) }

/* A target's ecs_parameters and sqs_parameters put into `api` (the target
 * PutTargets or CreateSchedule takes) as EcsParameters and SqsParameters,
 * each only when set; and back from the target the API gives
 * (events/targets.c). */
void events_target_parameters_to_api(json_t *api, const json_t *target);
void events_target_parameters_from_api(json_t *target, const json_t *api);

#endif
