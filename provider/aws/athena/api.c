/*
 * athena/api.c: the Athena helpers of athena/api.h: the json-protocol call, the
 * service for listings, tagging, and telling "not found" apart.
 */
#include "provider/aws/athena/api.h"

#include <string.h>

const struct aws_json_tagging athena_tagging = {
	.service = &aws_service_athena, .arn_param = "ResourceARN",
	.list_op = "ListTagsForResource", .list_member = "Tags",
	.add_member = "Tags", .remove_member = "TagKeys", .key = "Key", .value = "Value",
};

int athena_call(struct aws_client *c, const char *op, const json_t *in, const char *const *codes,
		json_t **out, int *attempts, struct strbuf *err)
{
	return aws_json_call_codes(c, &aws_service_athena,
				   op, in, codes, out,
				   NULL, attempts, err);
}

int athena_call_or_missing(struct aws_client *c, const char *op, const json_t *in, json_t **out,
			   struct strbuf *err)
{
	struct strbuf e = STRBUF_INIT;
	int rc = athena_call(c, op, in, NULL, out, NULL, &e);

	if (rc && strstr(e.buf, "InvalidRequestException") &&
	    (strstr(e.buf, "not found") || strstr(e.buf, "does not exist")))
		rc = 1;
	else if (rc)
		strbuf_addstr(err, e.buf);
	strbuf_release(&e);
	return rc;
}
