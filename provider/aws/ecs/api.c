/*
 * ecs/api.c: the ECS calls, tagging names and ARN listings the ECS types share,
 * and the ecs_parameters of Scheduler and EventBridge targets (ecs/api.h).
 */
#include <string.h>

#include "provider/aws/ecs/api.h"
#include "provider/provider.h"


const struct aws_json_tagging ecs_tagging = {
	.service = &aws_service_ecs, .arn_param = "resourceArn",
	.list_op = "ListTagsForResource", .list_member = "tags", .add_member = "tags",
	.remove_member = "tagKeys", .key = "key", .value = "value",
};

int ecs_call(struct aws_client *c, const char *op, const json_t *in, const char *const *codes,
	     json_t **out, int *attempts, struct strbuf *err)
{
	return aws_json_call_codes(c, &aws_service_ecs, op, in,
				   codes, out, NULL, attempts, err);
}

struct arns_listing {
	const char *member;
	json_t *arns;
};

/* A page of a List* call: its ARNs (strings) appended. */
static int arns_page(void *ctx, const json_t *page, const json_t *results, struct strbuf *err)
{
	struct arns_listing *al = ctx;
	json_t *e;
	size_t i;

	(void)results;
	(void)err;
	json_array_foreach(value_get(page, al->member), i, e)
		if (json_is_string(e))
			json_array_append(al->arns, e);
	return 0;
}

int ecs_list_arns(struct aws_client *c, const char *op, const json_t *input, const char *member,
		  json_t **arns, struct strbuf *err)
{
	struct arns_listing al = { member, json_array() };

	if (aws_json_paged(c, &aws_service_ecs, op, input, NULL, 0,
			   arns_page, &al, err)) {
		json_decref(al.arns);
		*arns = NULL;
		return -1;
	}
	*arns = al.arns;
	return 0;
}

static const struct attr_schema awsvpc_attrs[] = {
	{ .name = "subnets", .type = ATTR_LIST, .elem_type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the subnets the task's network interface is in (ids, 1 to 16)" },
	{ .name = "security_groups", .type = ATTR_LIST, .elem_type = ATTR_STRING,
	  .flags = ATTR_OPTIONAL, .description = "its security groups (ids, up to 5); unset: the "
						  "VPC's default group", .default_json = "[]" },
	{ .name = "assign_public_ip", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "give it a public IP (a public subnet without a NAT gateway needs one "
			 "to pull images)", .default_json = "false" },
	{ .name = NULL },
};

const struct attr_schema ecs_parameters_attrs[] = {
	{ .name = "task_definition_arn", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the task definition to run: ${dbt.arn}" },
	{ .name = "task_count", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "how many tasks each invocation starts, 1 to 10", .default_json = "1" },
	{ .name = "launch_type", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "FARGATE, EC2 or EXTERNAL; unset: the cluster's default capacity "
			 "provider strategy" },
	{ .name = "platform_version", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "Fargate's platform version, e.g. 1.4.0; unset: LATEST" },
	{ .name = "network_configuration", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL,
	  .description = "subnets, security_groups, assign_public_ip: the awsvpc network of "
			 "the task (a Fargate task needs it)", .nested = awsvpc_attrs },
	{ .name = NULL },
};

static void copy_member(json_t *to, const char *name, const json_t *from, const char *member)
{
	const json_t *v = value_get(from, member);

	if (value_is_set(v))
		json_object_set(to, name, (json_t *)v);
}

json_t *ecs_parameters_to_api(const json_t *p)
{
	const json_t *net = value_get(p, "network_configuration");
	json_t *api;

	if (!value_is_set(p))
		return NULL;
	api = json_object();
	copy_member(api, "TaskDefinitionArn", p, "task_definition_arn");
	json_object_set_new(api, "TaskCount",
			    json_integer(value_get_integer(p, "task_count", 1)));
	copy_member(api, "LaunchType", p, "launch_type");
	copy_member(api, "PlatformVersion", p, "platform_version");
	if (value_is_set(net)) {
		json_t *vpc = json_object();

		copy_member(vpc, "Subnets", net, "subnets");
		if (json_array_size(value_get(net, "security_groups")))
			copy_member(vpc, "SecurityGroups", net, "security_groups");
		json_object_set_new(vpc, "AssignPublicIp",
				    json_string(json_is_true(value_get(net, "assign_public_ip"))
						? "ENABLED" : "DISABLED"));
		json_object_set_new(api, "NetworkConfiguration",
				    json_pack("{s:o}", "awsvpcConfiguration", vpc));
	}
	return api;
}

json_t *ecs_parameters_from_api(const json_t *api)
{
	const json_t *vpc = value_get(value_get(api, "NetworkConfiguration"), "awsvpcConfiguration");
	const char *ip = value_get_string(vpc, "AssignPublicIp");
	json_t *p;

	if (!json_is_object(api) || !value_get_string(api, "TaskDefinitionArn"))
		return NULL;
	p = json_object();
	copy_member(p, "task_definition_arn", api, "TaskDefinitionArn");
	json_object_set_new(p, "task_count", json_integer(value_get_integer(api, "TaskCount", 1)));
	copy_member(p, "launch_type", api, "LaunchType");
	copy_member(p, "platform_version", api, "PlatformVersion");
	if (json_is_object(vpc)) {
		json_t *net = json_object();

		copy_member(net, "subnets", vpc, "Subnets");
		json_object_set_new(net, "security_groups",
				    json_is_array(value_get(vpc, "SecurityGroups"))
				    ? json_deep_copy(value_get(vpc, "SecurityGroups")) : json_array());
		json_object_set_new(net, "assign_public_ip",
				    json_boolean(ip && !strcmp(ip, "ENABLED")));
		json_object_set_new(p, "network_configuration", net);
	}
	return p;
}
