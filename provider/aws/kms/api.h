/*
 * kms/api.h: the API of KMS (json protocol: aws_service_kms, services.def),
 * which aws.kms.key and aws.kms.alias call; written once: its call
 * (api.c).
 */
#ifndef TERRACE_AWS_KMS_API_H
#define TERRACE_AWS_KMS_API_H

#include "provider/aws/checks/row.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"


/* 0 on success (*out, when asked for, the answer), 1 when AWS answered
 * with one of `codes` (NULL-terminated, may be NULL; err untouched), -1
 * with the message in err; *attempts, when given, gets how many attempts
 * the transport made. */
int kms_call(struct aws_client *c, const char *op, const json_t *in,
	     const char *const *codes, json_t **out, int *attempts, struct strbuf *err);

/* ---- its rules (kms/rules.c) that other files use ---- */

/* KMS alias names. */
int rule_kms_alias_name(const json_t *v, const json_t *r, struct strbuf *err);

#endif
