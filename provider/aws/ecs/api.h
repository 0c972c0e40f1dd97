/*
 * ecs/api.h: what the ECS types (ecs/cluster.c, ecs/task_definition.c) and the
 * ECS runner share: calls over ECS's json protocol (aws_service_ecs,
 * services.def), its tagging
 * calls' names ({key, value} tags) and its ARN listings; and the
 * ecs_parameters of a schedule's or a rule's target (scheduler/schedule.c,
 * events/rule.c), whose EcsParameters both APIs shape alike.
 */
#ifndef TERRACE_AWS_ECS_H
#define TERRACE_AWS_ECS_H

#include <jansson.h>

#include "provider/aws/checks/row.h"
#include "provider/aws/tags.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

extern const struct aws_json_tagging ecs_tagging;

/* aws_json_call_codes to ECS: 0, 1 when ECS answered one of codes, -1 with
 * err set. */
int ecs_call(struct aws_client *c, const char *op, const json_t *in, const char *const *codes,
	     json_t **out, int *attempts, struct strbuf *err);

/* Every ARN a List* operation gives (input may be NULL), page after page
 * as its paginator says: 0 with *arns a new list of strings, -1 with err set. */
int ecs_list_arns(struct aws_client *c, const char *op, const json_t *input, const char *member,
		  json_t **arns, struct strbuf *err);

/* A target's ecs_parameters: task_definition_arn, task_count, launch_type,
 * platform_version, network_configuration {subnets, security_groups,
 * assign_public_ip}. */
extern const struct attr_schema ecs_parameters_attrs[];

/* EcsParameters from a target's ecs_parameters: a new object, or NULL when
 * unset. */
json_t *ecs_parameters_to_api(const json_t *p);

/* ecs_parameters from a target's EcsParameters as the API gives it back: a
 * new object, or NULL when there are none. */
json_t *ecs_parameters_from_api(const json_t *api);

/* ---- its rules (ecs/rules.c) that other files use ---- */

/* A Fargate task definition's network mode and task size (ecs/rules.c; the
 * cluster names and families are rows, NAME_CHARS_IN). */
int rule_ecs_fargate(const json_t *v, const json_t *r, struct strbuf *err);
/* A container definition's members the ECS model types as strings (an
 * environment variable's value, a secret's name, a log option) written as
 * text, not a number or a boolean. */
int rule_ecs_container_strings(const json_t *v, const json_t *r, struct strbuf *err);

#endif
