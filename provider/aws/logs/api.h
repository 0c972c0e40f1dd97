/*
 * logs/api.h: the API of CloudWatch Logs (json protocol: aws_service_logs,
 * services.def), which aws.logs.log_group and the runners' log reader call;
 * written once: its call (api.c).
 */
#ifndef TERRACE_AWS_LOGS_API_H
#define TERRACE_AWS_LOGS_API_H

#include "provider/aws/transport/transport.h"


/* 0 on success (*out, when asked for, the answer), 1 when AWS answered
 * with one of `codes` (NULL-terminated, may be NULL; err untouched), -1
 * with the message in err; *attempts, when given, gets how many attempts
 * the transport made. */
int logs_call(struct aws_client *c, const char *op, const json_t *in,
	      const char *const *codes, json_t **out, int *attempts, struct strbuf *err);

#endif
