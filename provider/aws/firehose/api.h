/*
 * firehose/api.h: what other files use of the Firehose checks (firehose/rules.c):
 * its check across resources, which aws_check_resources runs.
 */
#ifndef TERRACE_AWS_FIREHOSE_API_H
#define TERRACE_AWS_FIREHOSE_API_H

#include <stddef.h>

#include "provider/provider.h"

/* Across resources, against the roles the stack gives a stream
 * (checks/roles.h): they may write its bucket and read its Kinesis stream (a
 * warning). */
void aws_check_firehose_deliveries(const struct written_resource *rs, size_t n,
				   written_report_fn report, void *ctx);

#endif
