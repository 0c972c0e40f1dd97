/*
 * wait.c: waiters and the IAM role-propagation retry (see wait.h).
 */
#include "provider/aws/transport/wait.h"
#include "provider/base/log.h"
#include "provider/base/progress.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#define ROLE_WAIT_DEFAULT_SECONDS 120.0
#define ROLE_WAIT_INTERVAL_SECONDS 2.0
#define WAIT_MAX_INTERVAL_SECONDS 30.0

static double now_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static void sleep_seconds(double s)
{
	if (s <= 0)
		return;
	struct timespec ts = { (time_t)s, (long)((s - (double)(time_t)s) * 1e9) };
	while (nanosleep(&ts, &ts))
		;
}

int aws_wait(const char *what, double timeout_seconds, double interval_seconds,
	     aws_wait_check_fn check, void *ctx, struct strbuf *err)
{
	double start = now_seconds();
	double interval = interval_seconds > 0 ? interval_seconds : 1;
	struct strbuf status = STRBUF_INIT;
	int rc;
	for (;;) {
		strbuf_reset(&status);
		rc = check(ctx, &status, err);
		if (rc)
			break;
		double elapsed = now_seconds() - start;
		log_debugf("waiting for %s: %s after %.0f s", what,
			   status.len ? status.buf : "not ready", elapsed);
		progress_status(status.buf);
		if (elapsed + interval > timeout_seconds) {
			strbuf_addf(err, "timed out after %.0f s waiting for %s (last seen: %s)",
				    timeout_seconds, what, status.len ? status.buf : "not ready");
			rc = -1;
			break;
		}
		sleep_seconds(interval);
		interval *= 1.5;
		if (interval > WAIT_MAX_INTERVAL_SECONDS)
			interval = WAIT_MAX_INTERVAL_SECONDS;
	}
	progress_status("");
	strbuf_release(&status);
	return rc < 0 ? -1 : 0;
}

static bool contains(const char *hay, const char *needle)
{
	return hay && strcasestr(hay, needle);
}

bool aws_role_not_ready(const struct aws_response *resp)
{
	if (!resp || !resp->status)
		return false;
	const char *msg = resp->error_message;
	/* Glue: "unable to assume role" / "Service is unable to assume provided
	 * role"; Step Functions: "... is authorized to assume the provided role";
	 * Scheduler: "must allow AWS EventBridge Scheduler to assume the role";
	 * Lambda: "cannot be assumed by Lambda". */
	if (contains(msg, "unable to assume") || contains(msg, "cannot be assumed") ||
	    contains(msg, "authorized to assume") || contains(msg, "assume role") ||
	    contains(msg, "to assume the role"))
		return true;
	return false;
}

bool aws_role_retry_again(struct aws_role_retry *rr, const struct aws_response *resp,
			  const char *what, struct strbuf *err)
{
	if (!aws_role_not_ready(resp))
		return false;
	double limit = ROLE_WAIT_DEFAULT_SECONDS;
	const char *env = getenv("TERRACE_ROLE_WAIT_SECONDS");
	if (env && *env)
		limit = atof(env);
	double now = now_seconds();
	if (!rr->started)
		rr->started = now;
	if (now - rr->started + ROLE_WAIT_INTERVAL_SECONDS > limit) {
		strbuf_addf(err, " (still refused after waiting %.0f s for the IAM role to propagate)",
			    now - rr->started);
		return false;
	}
	rr->tries++;
	log_debugf("%s: the IAM role is not usable yet (IAM is eventually consistent); "
		   "retry %d in %.0f s", what, rr->tries, ROLE_WAIT_INTERVAL_SECONDS);
	sleep_seconds(ROLE_WAIT_INTERVAL_SECONDS);
	strbuf_reset(err);
	return true;
}
