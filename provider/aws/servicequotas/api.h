/*
 * servicequotas/api.h: an account's quota, read from Service Quotas: the value
 * applied to the account (GetServiceQuota), else AWS's default for it
 * (GetAWSDefaultServiceQuota). `terrace lab` compares a class with them
 * (cmd/lab_quotas.c).
 */
#ifndef TERRACE_AWS_SERVICE_QUOTAS_H
#define TERRACE_AWS_SERVICE_QUOTAS_H

#include "provider/base/strbuf.h"

#include <stdbool.h>

struct aws_client;

/* Where a quota's value came from. */
enum aws_quota_source {
	AWS_QUOTA_NONE,     /* Service Quotas has neither */
	AWS_QUOTA_APPLIED,  /* GetServiceQuota: the account's value */
	AWS_QUOTA_DEFAULT,  /* GetAWSDefaultServiceQuota: AWS's default */
};

/* Quota service_code/quota_code (e.g. "iam", "L-FE177D64") into *value,
 * *source saying which answer gave it (AWS_QUOTA_NONE: neither knows it;
 * *value untouched). 0, or -1 with the error in err. */
int aws_service_quota(struct aws_client *c, const char *service_code, const char *quota_code,
		      double *value, enum aws_quota_source *source, struct strbuf *err);

#endif
