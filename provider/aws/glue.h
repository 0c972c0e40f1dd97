/*
 * glue.h: what the Glue resource types share (glue_catalog.c: databases,
 * tables and connections; glue_job.c: jobs, triggers and crawlers): the
 * call to Glue's json protocol, the ARNs of Glue objects and how Glue's
 * tags are read and changed.
 */
#ifndef TERRACE_AWS_GLUE_H
#define TERRACE_AWS_GLUE_H

#include <jansson.h>
#include <stdbool.h>

#include "provider/aws/client.h"
#include "provider/aws/tags.h"

/*
 * One Glue operation (X-Amz-Target AWSGlue.OP, JSON 1.1), as
 * aws_json_call_codes: 0 on success (*output, when asked for, the parsed
 * answer); 1 when the error code is one of `accepted` (NULL-terminated, may
 * be NULL; *code, when asked for, gets it; err untouched); -1 with the
 * message in err. With passes_role, refusals while the IAM role propagates
 * are retried for a bounded time. *attempts, when given, gets how many
 * attempts the transport made over every retry.
 */
int glue_call(struct aws_client *c, const char *op, const json_t *input, bool passes_role,
	      const char *const *accepted, json_t **output, const char **code, int *attempts,
	      struct strbuf *err);

/*
 * "arn:PARTITION:glue:REGION:ACCOUNT:KIND/NAME" as a new string. ACCOUNT is
 * `account`, or the caller's (aws_client_account_id) when that is NULL or
 * ""; NULL with err set when the caller's cannot be had.
 */
char *glue_arn(struct aws_client *c, const char *account, const char *kind, const char *name,
	       struct strbuf *err);

/* Glue's tags, by ARN (tags.h): GetTags, TagResource and UntagResource, as maps. */
extern const struct aws_json_tagging glue_tagging;

#endif
