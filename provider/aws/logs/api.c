/*
 * logs/api.c: the one call of CloudWatch Logs (api.h).
 */
#include "provider/aws/logs/api.h"

int logs_call(struct aws_client *c, const char *op, const json_t *in,
	      const char *const *codes, json_t **out, int *attempts, struct strbuf *err)
{
	return aws_json_call_codes(c, &aws_service_logs, op, in,
				   codes, out, NULL, attempts, err);
}
