/*
 * sts/lookup_caller_identity.c: the lookup aws.caller_identity, who the
 * provider's credentials are (Terraform's aws_caller_identity, with the
 * partition and region of aws_partition and aws_region beside them): STS
 * GetCallerIdentity's answer, which the client asked once for the
 * credentials check before the plan (aws_client_caller_identity), and the
 * region the provider is configured for.
 */

#include "provider/aws/resources.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

static const struct attr_schema caller_attrs[] = {
	{ .name = "account_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the 12-digit account id" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the ARN of the user or assumed role" },
	{ .name = "user_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the unique id of the user or role session" },
	{ .name = "partition", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "aws, aws-cn or aws-us-gov, as ARNs need it" },
	{ .name = "region", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the provider's region, e.g. eu-west-1" },
	{ .name = NULL },
};

static int caller_read(void *client, const json_t *args, json_t **out, struct strbuf *err)
{
	struct aws_caller_identity id;
	const char *region = aws_client_region(client);
	const char *partition = aws_partition(region);

	(void)args;
	*out = NULL;
	if (aws_client_caller_identity(client, &id, err))
		return -1;
	*out = json_pack("{s:s, s:s, s:s, s:s, s:s}", "account_id", id.account, "arn", id.arn,
			 "user_id", id.user_id, "partition", partition ? partition : "aws",
			 "region", region ? region : "");
	aws_caller_identity_release(&id);
	return 0;
}

const struct lookup_type aws_caller_identity_lookup = {
	.name = "aws.caller_identity",
	.description = "the account, ARN and user id of the provider's credentials, and its "
		       "partition and region",
	.attrs = caller_attrs,
	.read = caller_read,
	.terraform_type = "aws_caller_identity",
	.terraform_attrs = "account_id arn user_id",
};
