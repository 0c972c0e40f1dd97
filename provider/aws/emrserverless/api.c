/*
 * emrserverless/api.c: the one call of EMR Serverless (api.h).
 */
#include "provider/aws/emrserverless/api.h"

/* EMR Serverless User Guide, "Application states": CREATING until CREATED;
 * StopApplication leaves it STOPPING until STOPPED, which
 * UpdateApplication and DeleteApplication need; a deleted one is
 * TERMINATED. */
const struct aws_poll emrs_application_poll = { .timeout_s = 600.0, .interval_s = 1.0 };

int emrs_call(struct aws_client *c, const char *op, const char *method,
	      const char *path, const char *query, const json_t *in,
	      const char *const *codes, json_t **out, int *attempts, struct strbuf *err)
{
	return aws_rest_json_call_codes(c, &aws_service_emrserverless, op, method, path, query, in,
					codes, out,
					NULL, attempts, err);
}
