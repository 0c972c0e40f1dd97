/*
 * servicequotas/api.c: an account's quota from Service Quotas (json protocol,
 * aws_service_servicequotas): GetServiceQuota's applied value, else,
 * when it has none for the account (NoSuchResourceException),
 * GetAWSDefaultServiceQuota's default.
 */
#include "provider/aws/servicequotas/api.h"
#include "provider/aws/transport/transport.h"

#include <jansson.h>

int aws_service_quota(struct aws_client *c, const char *service_code, const char *quota_code,
		      double *value, enum aws_quota_source *source, struct strbuf *err)
{
	static const char *const ops[] = { "GetServiceQuota", "GetAWSDefaultServiceQuota" };
	static const enum aws_quota_source sources[] = { AWS_QUOTA_APPLIED, AWS_QUOTA_DEFAULT };
	static const char *const missing[] = { "NoSuchResourceException", NULL };
	json_t *in = json_pack("{s:s, s:s}", "ServiceCode", service_code, "QuotaCode", quota_code);
	int rc = 0;
	*source = AWS_QUOTA_NONE;
	for (size_t i = 0; i < 2 && *source == AWS_QUOTA_NONE && rc == 0; i++) {
		json_t *out = NULL;
		rc = aws_json_call_codes(c, &aws_service_servicequotas, ops[i],
					 in, missing, &out, NULL, NULL, err);
		const json_t *v = json_object_get(json_object_get(out, "Quota"), "Value");
		if (rc == 0 && json_is_number(v)) {
			*value = json_number_value(v);
			*source = sources[i];
		}
		if (rc == 1)
			rc = 0; /* not known here: ask for the default, or give none */
		json_decref(out);
	}
	json_decref(in);
	return rc < 0 ? -1 : 0;
}
