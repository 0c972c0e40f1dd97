/*
 * events/targets.c: what an EventBridge rule's targets (events/rule.c) and
 * a schedule's target (scheduler/schedule.c) share in their requests: the
 * EcsParameters and SqsParameters of a target, to the API and back. A file
 * of its own, holding no type's table, so that the contract scan
 * (tests/contract/members_code.py) credits each caller with these members
 * only.
 */
#include "provider/aws/ecs/api.h"
#include "provider/aws/events/api.h"
#include "provider/provider.h"

void events_target_parameters_to_api(json_t *api, const json_t *target)
{
	const char *group = value_get_string(value_get(target, "sqs_parameters"), "message_group_id");

	if (value_is_set(value_get(target, "ecs_parameters")))
		json_object_set_new(api, "EcsParameters",
				    ecs_parameters_to_api(value_get(target, "ecs_parameters")));
	if (group)
		json_object_set_new(api, "SqsParameters", json_pack("{s:s}", "MessageGroupId", group));
}

void events_target_parameters_from_api(json_t *target, const json_t *api)
{
	const char *group = value_get_string(value_get(api, "SqsParameters"), "MessageGroupId");
	json_t *ecs = ecs_parameters_from_api(value_get(api, "EcsParameters"));

	if (ecs)
		json_object_set_new(target, "ecs_parameters", ecs);
	if (group)
		json_object_set_new(target, "sqs_parameters",
				    json_pack("{s:s}", "message_group_id", group));
}
