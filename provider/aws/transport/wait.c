/*
 * wait.c: waiters (see wait.h).
 */
#include "provider/aws/transport/wait.h"
#include "provider/base/log.h"
#include "provider/base/progress.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

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
