/*
 * ecs.h: what the ECS types (ecs_cluster.c, ecs_task_definition.c) and the
 * ECS runner share: calls over ECS's json protocol (X-Amz-Target
 * AmazonEC2ContainerServiceV20141113.<Operation>, JSON 1.1), its tagging
 * calls' names ({key, value} tags) and its ARN listings.
 */
#ifndef TERRACE_AWS_ECS_H
#define TERRACE_AWS_ECS_H

#include <jansson.h>

#include "provider/aws/tags.h"
#include "provider/aws/transport/transport.h"

extern const struct aws_json_tagging ecs_tagging;

/* aws_json_call_codes to ECS: 0, 1 when ECS answered one of codes, -1 with
 * err set. */
int ecs_call(struct aws_client *c, const char *op, const json_t *in, const char *const *codes,
	     json_t **out, int *attempts, struct strbuf *err);

/* Every ARN a List* operation gives (input may be NULL), page after page
 * (nextToken): 0 with *arns a new list of strings, -1 with err set. */
int ecs_list_arns(struct aws_client *c, const char *op, const json_t *input, const char *member,
		  json_t **arns, struct strbuf *err);

#endif
