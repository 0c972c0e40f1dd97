/*
 * events/api.h: what other files use of the EventBridge checks (events/rules.c):
 * its check across resources, which aws_check_resources runs.
 */
#ifndef TERRACE_AWS_EVENTS_API_H
#define TERRACE_AWS_EVENTS_API_H

#include <stddef.h>

#include "provider/provider.h"

/* Across resources (events/rules.c): an EventBridge rule's or a schedule's
 * target that is a queue or topic: a FIFO queue's message group (an error
 * for a rule, as PutTargets refuses it; a warning for a schedule) and
 * content-based deduplication (a warning); a rule's queue or topic policy
 * lets events.amazonaws.com send (a warning); a schedule's role may send or
 * publish to it (a warning). */
void aws_check_message_targets(const struct written_resource *rs, size_t n,
			       written_report_fn report, void *ctx);

#endif
