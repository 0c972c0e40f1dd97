/*
 * wait.h: bounded waiting for AWS, in two forms.
 *
 * Waiters poll until a long operation finishes (a function becoming Active,
 * a database becoming available), with a deadline, growing intervals, and a
 * progress line through the debug log and the caller's callback.
 *
 * Role propagation: IAM is eventually consistent, so a job, crawler or
 * function created right after its role may be refused ("unable to assume
 * role", "The role defined for the function cannot be assumed by Lambda").
 * Those specific errors are retried for a bounded time, as the large AWS
 * providers do, and each retry is logged.
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

/* True when an error response is IAM's "the role is not usable yet". */
bool aws_role_not_ready(const struct aws_response *resp);

/*
 * Retry state for role propagation. Usage:
 *
 *   struct aws_role_retry rr = AWS_ROLE_RETRY_INIT;
 *   do {
 *           rc = aws_json_call(..., &resp, err);
 *   } while (rc && aws_role_retry_again(&rr, &resp, "glue CreateJob", err));
 *
 * aws_role_retry_again() returns true (after sleeping, with err cleared)
 * when the error is a role-propagation one and the bounded time (2 minutes
 * unless TERRACE_ROLE_WAIT_SECONDS says otherwise) is not used up.
 */
struct aws_role_retry {
	double started;   /* 0 until the first retry */
	int tries;
};
#define AWS_ROLE_RETRY_INIT { 0, 0 }
bool aws_role_retry_again(struct aws_role_retry *rr, const struct aws_response *resp,
			  const char *what, struct strbuf *err);

#endif
