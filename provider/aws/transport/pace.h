/*
 * pace.h: the client's pace per API action, so that throttling slows terrace
 * down instead of failing it.
 *
 * AWS throttles each API action with a token bucket of its own (EC2
 * documents it: "Request throttling for the Amazon EC2 API"; the other
 * services' quotas pages list per-API rates). A pace is the AWS SDKs'
 * adaptive retry mode (botocore/retries/adaptive.py, bucket.py,
 * throttling.py): off until the first throttling answer, then a client-side
 * token bucket whose rate drops to 0.7 of the rate measured when throttled
 * and grows back along a cubic curve (CUBIC's) towards it, so that it
 * settles just under what the service allows. One pace per client (so per
 * region) and action, shared by every executor thread: parallel workers
 * queue on it together instead of each retrying on its own.
 */
#ifndef TERRACE_AWS_PACE_H
#define TERRACE_AWS_PACE_H

#include <stdbool.h>

struct aws_paces;

struct aws_paces *aws_paces_new(void);
void aws_paces_free(struct aws_paces *p);

/* Before an attempt of service/operation: wait for a token when that action
 * is paced, never past `deadline` (monotonic seconds) and no longer once a
 * stop is requested. */
void aws_pace_acquire(struct aws_paces *p, const char *service, const char *operation,
		      double deadline);

/* After an attempt answered: `throttled` when the answer was a throttling
 * one. Returns the action's new rate in requests a second when this answer
 * changed it from off or lowered it (for a progress line), else 0. */
double aws_pace_record(struct aws_paces *p, const char *service, const char *operation,
		       bool throttled);

/* For tests: the pace's arithmetic on a clock of the caller's (seconds). */
struct aws_pace_model {
	bool enabled;
	double fill_rate, max_capacity, capacity, last_refill;
	double w_max, k, last_fail;          /* the cubic curve */
	double measured, last_bucket;        /* the send rate measured, per half second */
	int count;
};
void aws_pace_model_init(struct aws_pace_model *m, double now);
/* Seconds to wait for a token at `now` (0: take it now; the token is taken). */
double aws_pace_model_take(struct aws_pace_model *m, double now);
void aws_pace_model_answer(struct aws_pace_model *m, double now, bool throttled);

#endif
