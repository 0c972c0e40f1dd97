/*
 * sfn/api.c: the one call of Step Functions and its protocol, as calls and
 * listings take it (api.h).
 */
#include "provider/aws/sfn/api.h"

#include "provider/aws/listing.h"

int sfn_call(struct aws_client *c, const char *op, const json_t *in,
	     const char *const *codes, json_t **out, int *attempts, struct strbuf *err)
{
	return aws_json_call_codes(c, &aws_service_sfn, op, in,
				   codes, out, NULL, attempts, err);
}
