/*
 * sqs/api.h: what other files call of the SQS folder: the rule functions of
 * its rules.c that the tests hold to AWS's documentation (a queue's name,
 * what only a FIFO queue takes, a redrive policy and a redrive allow policy).
 */
#ifndef TERRACE_AWS_SQS_API_H
#define TERRACE_AWS_SQS_API_H

#include <jansson.h>

#include "provider/base/strbuf.h"

int rule_sqs_queue_name(const json_t *v, const json_t *r, struct strbuf *err);
int rule_sqs_fifo_only(const json_t *v, const json_t *r, struct strbuf *err);
int rule_sqs_redrive_policy(const json_t *v, const json_t *r, struct strbuf *err);
int rule_sqs_redrive_allow_policy(const json_t *v, const json_t *r, struct strbuf *err);

#endif
