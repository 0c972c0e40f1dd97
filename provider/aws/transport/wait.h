/*
 * wait.h: bounded waiting for AWS.
 *
 * Waiters poll until a long operation finishes (a function becoming Active,
 * a database becoming available), with a deadline, growing intervals, and a
 * progress line through the debug log and the caller's callback.
 *
 * The answers AWS gives while it catches up with itself (a role not yet
 * usable, an id not yet visible) are not waited for here but by the
 * transport itself, from the table of timing.h.
 */
#ifndef TERRACE_AWS_WAIT_H
#define TERRACE_AWS_WAIT_H

#include <stdbool.h>

#include "provider/aws/transport/client.h"

/*
 * Poll `check` until it reports done (1), fails (-1), or `timeout_seconds`
 * pass (-1 with "timed out after N s waiting for WHAT" in err). The first
 * poll is immediate; intervals start at `interval_seconds` and grow by half
 * up to 30 s. check returns 0 for "not yet" and may fill `status` with the
 * current state ("creating"), shown in the log.
 */
typedef int (*aws_wait_check_fn)(void *ctx, struct strbuf *status, struct strbuf *err);
int aws_wait(const char *what, double timeout_seconds, double interval_seconds,
	     aws_wait_check_fn check, void *ctx, struct strbuf *err);

#endif
