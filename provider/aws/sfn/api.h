/*
 * sfn/api.h: the API of Step Functions (json protocol: aws_service_sfn,
 * services.def), which aws.sfn.state_machine and its runner call; written
 * once: its call (api.c).
 */
#ifndef TERRACE_AWS_SFN_API_H
#define TERRACE_AWS_SFN_API_H

#include "provider/aws/checks/row.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"


/* Step Functions' json protocol, as the listings of listing.h take it. */

/* 0 on success (*out, when asked for, the answer), 1 when AWS answered
 * with one of `codes` (NULL-terminated, may be NULL; err untouched), -1
 * with the message in err; *attempts, when given, gets how many attempts
 * the transport made. */
int sfn_call(struct aws_client *c, const char *op, const json_t *in,
	     const char *const *codes, json_t **out, int *attempts, struct strbuf *err);

/* ---- its rules (sfn/rules.c) that other files use ---- */

/* Step Functions definitions (Amazon States Language). */
int rule_sfn_definition(const json_t *v, const json_t *r, struct strbuf *err);

#endif
