/*
 * ecs.c: the ECS calls, tagging names and ARN listings the ECS types share
 * (ecs.h).
 */
#include "provider/aws/ecs.h"
#include "provider/provider.h"

#define ECS_SERVICE "ecs"
#define ECS_TARGET_PREFIX "AmazonEC2ContainerServiceV20141113"
#define ECS_JSON_VERSION "1.1"

const struct aws_json_tagging ecs_tagging = {
	.service = ECS_SERVICE, .target_prefix = ECS_TARGET_PREFIX,
	.json_version = ECS_JSON_VERSION, .arn_param = "resourceArn",
	.list_op = "ListTagsForResource", .list_member = "tags", .add_member = "tags",
	.remove_member = "tagKeys", .key = "key", .value = "value",
};

int ecs_call(struct aws_client *c, const char *op, const json_t *in, const char *const *codes,
	     json_t **out, int *attempts, struct strbuf *err)
{
	return aws_json_call_codes(c, ECS_SERVICE, ECS_TARGET_PREFIX, ECS_JSON_VERSION, op, in,
				   codes, out, NULL, attempts, err);
}

int ecs_list_arns(struct aws_client *c, const char *op, const json_t *input, const char *member,
		  json_t **arns, struct strbuf *err)
{
	json_t *req = input ? json_deep_copy(input) : json_object(), *resp = NULL, *e;
	size_t i;
	int rc;

	*arns = json_array();
	for (;;) {
		const char *next;

		rc = ecs_call(c, op, req, NULL, &resp, NULL, err);
		if (rc)
			break;
		json_array_foreach(value_get(resp, member), i, e)
			if (json_is_string(e))
				json_array_append(*arns, e);
		next = value_get_string(resp, "nextToken");
		if (!next || !*next)
			break;
		json_object_set_new(req, "nextToken", json_string(next));
		json_decref(resp);
		resp = NULL;
	}
	json_decref(resp);
	json_decref(req);
	if (rc) {
		json_decref(*arns);
		*arns = NULL;
		return -1;
	}
	return 0;
}
