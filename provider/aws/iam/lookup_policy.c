/*
 * iam/lookup_policy.c: the lookup aws.iam.policy, one managed policy by its
 * ARN (Terraform's data "aws_iam_policy"), typically one AWS manages, such
 * as arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole,
 * whose document a stack copies into a role's inline policy: IAM GetPolicy
 * and GetPolicyVersion of its default version, as aws.iam.policy reads
 * what it made (iam_policy_read). No such policy is an error naming it.
 */
#include <stdlib.h>

#include "provider/aws/iam/api.h"
#include "provider/aws/resources.h"
#include "provider/provider.h"

static const struct attr_schema policy_lookup_attrs[] = {
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the policy's ARN, e.g. arn:${data.me.partition}:iam::aws:policy/"
			 "ReadOnlyAccess" },
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the policy's name" },
	{ .name = "path", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the policy's path, like \"/service-role/\"" },
	{ .name = "description", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "what the policy is for" },
	{ .name = "policy", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "its default version's document, as JSON text" },
	{ .name = "policy_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the stable id IAM gives the policy (ANPA...)" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_COMPUTED, .elem_type = ATTR_STRING,
	  .description = "the policy's tags" },
	{ .name = NULL },
};

static int policy_lookup_read(void *client, const json_t *args, json_t **out, struct strbuf *err)
{
	const char *arn = value_get_string(args, "arn");
	json_t *o = NULL;
	int rc;

	*out = NULL;
	if (!arn) {
		strbuf_addstr(err, "arn is required");
		return -1;
	}
	rc = iam_policy_read(client, arn, &o, err);
	if (rc < 0)
		return -1;
	if (rc > 0) {
		strbuf_addf(err, "IAM has no policy %s", arn);
		return -1;
	}
	/* the document as Terraform's policy: JSON text */
	char *text = json_dumps(value_get(o, "policy"), JSON_COMPACT | JSON_SORT_KEYS);
	json_object_set_new(o, "policy", json_string(text ? text : ""));
	free(text);
	json_object_del(o, "default_version_id");
	*out = o;
	return 0;
}

const struct lookup_type aws_iam_policy_lookup = {
	.name = "aws.iam.policy",
	.description = "one managed policy by ARN and its document, such as one AWS manages",
	.attrs = policy_lookup_attrs,
	.read = policy_lookup_read,
	.terraform_type = "aws_iam_policy",
	.terraform_attrs = "arn name path description policy policy_id tags",
};
