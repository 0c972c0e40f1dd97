/*
 * firehose/api.h: what other files use of the Firehose rules
 * (firehose/rules.c): the rule function its tests call.
 */
#ifndef TERRACE_AWS_FIREHOSE_API_H
#define TERRACE_AWS_FIREHOSE_API_H

#include <jansson.h>

#include "provider/base/strbuf.h"

/* A Firehose stream's server-side encryption: its key, and none with a
 * Kinesis source (a row for the whole resource). */
int rule_firehose_encryption(const json_t *v, const json_t *r, struct strbuf *err);

#endif
