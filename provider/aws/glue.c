/*
 * glue.c: what the Glue resource types share: the call to Glue's json
 * protocol, the ARNs of Glue objects and their tagging (glue.h).
 */
#include "provider/aws/glue.h"

#include <stdlib.h>

#define GLUE_SERVICE "glue"
#define GLUE_TARGET_PREFIX "AWSGlue"
#define GLUE_JSON_VERSION "1.1"

const struct aws_json_tagging glue_tagging = {
	.service = GLUE_SERVICE, .target_prefix = GLUE_TARGET_PREFIX,
	.json_version = GLUE_JSON_VERSION, .arn_param = "ResourceArn", .list_op = "GetTags",
	.list_member = "Tags", .add_member = "TagsToAdd", .remove_member = "TagsToRemove",
};

int glue_call(struct aws_client *c, const char *op, const json_t *input, bool passes_role,
	      const char *const *accepted, json_t **output, const char **code, int *attempts,
	      struct strbuf *err)
{
	return aws_json_call_codes(c, GLUE_SERVICE, GLUE_TARGET_PREFIX, GLUE_JSON_VERSION, op,
				   input, accepted, passes_role, output, code, attempts, err);
}

char *glue_arn(struct aws_client *c, const char *account, const char *kind, const char *name,
	       struct strbuf *err)
{
	const char *region = aws_client_region(c);
	char *own = NULL, *arn;

	if (!account || !*account) {
		if (aws_client_account_id(c, &own, err))
			return NULL;
		account = own;
	}
	arn = xasprintf("arn:%s:glue:%s:%s:%s/%s", aws_partition(region), region, account, kind,
			name);
	free(own);
	return arn;
}
