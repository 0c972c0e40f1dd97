/*
 * wait.h: bounded waiting for AWS.
 *
 * Waiters poll until a long operation finishes (a function becoming Active,
 * a database becoming available), with a deadline, growing intervals, and a
 * progress line through the debug log and the caller's callback.
 *
 * A waiter that reads one status is data, as the AWS SDKs keep theirs
 * (struct aws_waiter: what to call, where the status is, which statuses end
 * the wait well or badly, what an answer that the object is gone means, the
 * deadline), run by aws_waiter_run; a wait that weighs more than one field
 * (a function's State and LastUpdateStatus, a database's pending changes)
 * is a check function run by aws_wait, the same engine.
 *
 * How long each kind of long operation is waited for (struct aws_poll) is
 * the service's to say: each service folder declares its own beside the
 * waiters that use it, citing the AWS page that documents the operation.
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
 * How long one kind of long operation (a NAT gateway available, a Kinesis
 * stream ACTIVE) is waited for: at most timeout_s seconds, the first pause
 * interval_s (growing by half up to 30 s). A service declares one per kind
 * of wait, in the file of the waiters that use it (a static const) or its
 * api.h when several files of the service share it, with the AWS page that
 * documents the operation. Its waiters point to it (struct aws_waiter's
 * .poll); a wait run by aws_wait passes its two numbers.
 */
struct aws_poll {
	double timeout_s;  /* at most; 0: the stack's setting bounds it (a database's
	                      timeout, an instance's host_keys_timeout) and the
	                      caller passes that to aws_wait */
	double interval_s; /* the first pause */
};

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

struct aws_waiter {
	const char *what;           /* for messages, with %s for the id: "NAT gateway %s to be deleted" */
	const struct aws_service *service; /* its service: &aws_service_ec2, whose
					      protocol says how the call is sent */
	const char *operation;      /* "DescribeNatGateways" */
	const char *path;           /* rest-json: the path with %s for the id
	                               ("/2015-03-31/functions/%s") */
	const char *id_param;       /* query: "NatGatewayId.1"; json: "Name" */
	const char *status_path;    /* "natGatewaySet/item/state", "Crawler/State" */
	const char *reason_path;    /* where a failure's reason is, or NULL */
	const char *const *done;    /* statuses that end the wait: done (NULL: none, only
	                               gone ends it, with gone_is_done) */
	const char *const *failed;  /* statuses that end it: failed; any other: again */
	const char *const *gone;    /* error codes that say the object is gone */
	bool gone_is_done;          /* gone, or no status at all: done (else failed) */
	bool gone_is_again;         /* gone, or no status at all: poll again (an object made
	                               moments ago, not visible yet: botocore's error
	                               acceptor with state "retry") */
	const struct aws_poll *poll; /* the deadline and the first pause: its
	                               service's declaration */
};

/* Run waiter w on object `id`: 0 when it is done, -1 with err when it
 * failed, could not be asked, or timed out ("timed out after N s waiting for
 * WHAT (last seen: STATUS)"). */
int aws_waiter_run(struct aws_client *c, const struct aws_waiter *w, const char *id,
		   struct strbuf *err);

/*
 * One poll of waiter w judged on an answer already in hand, as aws_waiter_run
 * judges each: `answer` is the call's answer text (XML for the EC2 and query
 * wires, JSON for the others), or NULL for an error code of w->gone. 1: done;
 * 0: poll again (status_line says why); -1: failed, err naming the state
 * ("SERVICE OPERATION ID is STATE: REASON") or "gone". Pure, for the tests
 * that drive every row (tests/unit/test_waiter_rows.c).
 */
int aws_waiter_judge(const struct aws_waiter *w, const char *id, const char *answer,
		     struct strbuf *status_line, struct strbuf *err);

/* Every waiter row of provider/aws, by "FOLDER/FILE.c:NAME", ending with a
 * {NULL, NULL} entry: provider/aws/gen/waiter_rows.gen.c, which
 * provider/aws/gen/gen_waiter_rows.py makes from the rows' declarations. */
struct aws_waiter_row {
	const char *name;
	const struct aws_waiter *row;
};
extern const struct aws_waiter_row aws_waiter_rows[];

#endif
