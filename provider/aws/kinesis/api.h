/*
 * kinesis/api.h: the Kinesis service, once (its signing name, target prefix
 * and JSON version, for kinesis/stream.c's calls, tagging, waiter rows and
 * listing), and what other files use of the Kinesis and Firehose rules
 * (kinesis/rules.c): the rule functions their rows, checks and tests call.
 */
#ifndef TERRACE_AWS_KINESIS_API_H
#define TERRACE_AWS_KINESIS_API_H

#include <jansson.h>

#include "provider/aws/checks/row.h"
#include "provider/base/strbuf.h"

/* Kinesis Data Streams: json protocol (aws_service_kinesis, services.def). */

/* A Kinesis stream's shard count by capacity mode, and its KMS key
 * (kinesis/rules.c). */
int rule_kinesis_stream(const json_t *v, const json_t *r, struct strbuf *err);
/* A Firehose stream's server-side encryption: its key, and none with a
 * Kinesis source (kinesis/rules.c). */
int rule_firehose_encryption(const json_t *v, const json_t *r, struct strbuf *err);

#endif
