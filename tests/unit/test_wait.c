/*
 * test_wait.c: bounded waiters (provider/aws/transport/wait.c); the
 * answers waited out by the transport are test_timing.c's.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "provider/aws/transport/wait.h"

struct poller {
	int polls;
	int done_after;   /* report done on this poll; 0: never */
	int fail_on;      /* report an error on this poll; 0: never */
};

static int poll_check(void *ctx, struct strbuf *status, struct strbuf *err)
{
	struct poller *p = ctx;
	p->polls++;
	if (p->fail_on && p->polls == p->fail_on) {
		strbuf_addstr(err, "lambda GetFunction: HTTP 500 ServiceException: boom");
		return -1;
	}
	if (p->done_after && p->polls >= p->done_after)
		return 1;
	strbuf_addstr(status, "Pending");
	return 0;
}

static void test_wait_until_done(void **state)
{
	(void)state;
	struct poller p = { 0, 3, 0 };
	struct strbuf err = STRBUF_INIT;
	assert_int_equal(aws_wait("function f", 10, 0.01, poll_check, &p, &err), 0);
	assert_int_equal(p.polls, 3);
	assert_int_equal(err.len, 0);
	strbuf_release(&err);
}

static void test_wait_times_out_with_last_status(void **state)
{
	(void)state;
	struct poller p = { 0, 0, 0 };
	struct strbuf err = STRBUF_INIT;
	assert_int_equal(aws_wait("function f", 0.05, 0.01, poll_check, &p, &err), -1);
	assert_true(p.polls >= 2);
	assert_string_equal(err.buf, "timed out after 0 s waiting for function f (last seen: Pending)");
	strbuf_release(&err);
}

static void test_wait_stops_on_error(void **state)
{
	(void)state;
	struct poller p = { 0, 0, 2 };
	struct strbuf err = STRBUF_INIT;
	assert_int_equal(aws_wait("function f", 10, 0.01, poll_check, &p, &err), -1);
	assert_int_equal(p.polls, 2);
	assert_string_equal(err.buf, "lambda GetFunction: HTTP 500 ServiceException: boom");
	strbuf_release(&err);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wait_until_done),
		cmocka_unit_test(test_wait_times_out_with_last_status),
		cmocka_unit_test(test_wait_stops_on_error),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
