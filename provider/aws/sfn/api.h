/*
 * sfn/api.h: the API of Step Functions (X-Amz-Target
 * AWSStepFunctions.<Operation>, JSON 1.0), which aws.sfn.state_machine and
 * its runner call; written once: the service's name and protocol, and its
 * call (api.c).
 */
#ifndef TERRACE_AWS_SFN_API_H
#define TERRACE_AWS_SFN_API_H

#include "provider/aws/transport/transport.h"

#define SFN_SERVICE "states"
#define SFN_TARGET_PREFIX "AWSStepFunctions"
#define SFN_JSON_VERSION "1.0"

/* Step Functions' json protocol, as the listings of listing.h take it. */
struct aws_json_api;
extern const struct aws_json_api sfn_json_api;

/* 0 on success (*out, when asked for, the answer), 1 when AWS answered
 * with one of `codes` (NULL-terminated, may be NULL; err untouched), -1
 * with the message in err; *attempts, when given, gets how many attempts
 * the transport made. */
int sfn_call(struct aws_client *c, const char *op, const json_t *in,
	     const char *const *codes, json_t **out, int *attempts, struct strbuf *err);

#endif
