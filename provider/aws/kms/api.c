/*
 * kms/api.c: the one call of KMS (api.h).
 */
#include "provider/aws/kms/api.h"

int kms_call(struct aws_client *c, const char *op, const json_t *in,
	     const char *const *codes, json_t **out, int *attempts, struct strbuf *err)
{
	return aws_json_call_codes(c, &aws_service_kms, op, in,
				   codes, out, NULL, attempts, err);
}
