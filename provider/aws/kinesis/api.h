/*
 * kinesis/api.h: the Kinesis service, once (its signing name, target prefix
 * and JSON version, for kinesis/stream.c's calls, tagging, waiter rows and
 * listing), and what other files use of the Kinesis rules
 * (kinesis/rules.c): the rule function its tests call.
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

#endif
