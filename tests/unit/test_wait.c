/*
 * test_wait.c: bounded waiters and the IAM role-propagation retry
 * (provider/aws/transport/wait.c).
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

static struct aws_response response(long status, const char *code, const char *msg)
{
	struct aws_response r;
	memset(&r, 0, sizeof(r));
	r.status = status;
	r.error_code = (char *)code;
	r.error_message = (char *)msg;
	return r;
}

static void test_role_errors_are_recognised(void **state)
{
	(void)state;
	struct aws_response lambda = response(400, "InvalidParameterValueException",
		"The role defined for the function cannot be assumed by Lambda.");
	struct aws_response glue = response(400, "InvalidInputException",
		"Service is unable to assume provided role. Please verify role's TrustPolicy");
	struct aws_response sfn = response(400, "AccessDeniedException",
		"Neither the global service principal states.amazonaws.com, nor the regional one is "
		"authorized to assume the provided role.");
	struct aws_response scheduler = response(400, "ValidationException",
		"The execution role you provide must allow AWS EventBridge Scheduler to assume the role.");
	struct aws_response other = response(400, "InvalidParameterValueException",
		"1 validation error detected: Value 'x' at 'role' failed to satisfy constraint");
	struct aws_response none = response(0, NULL, NULL);
	assert_true(aws_role_not_ready(&lambda));
	assert_true(aws_role_not_ready(&glue));
	assert_true(aws_role_not_ready(&sfn));
	assert_true(aws_role_not_ready(&scheduler));
	assert_false(aws_role_not_ready(&other));
	assert_false(aws_role_not_ready(&none));
	assert_false(aws_role_not_ready(NULL));
}

static void test_role_retry_is_bounded(void **state)
{
	(void)state;
	struct aws_response glue = response(400, "InvalidInputException",
		"Service is unable to assume provided role.");
	struct aws_response other = response(400, "ValidationException", "bad name");
	struct aws_role_retry rr = AWS_ROLE_RETRY_INIT;
	struct strbuf err = STRBUF_INIT;
	strbuf_addstr(&err, "glue CreateJob: HTTP 400 InvalidInputException: Service is unable to assume provided role.");
	/* Not a propagation error: no retry, message untouched. */
	assert_false(aws_role_retry_again(&rr, &other, "glue CreateJob", &err));
	/* A budget shorter than one wait: give up at once and say why. */
	setenv("TERRACE_ROLE_WAIT_SECONDS", "1", 1);
	assert_false(aws_role_retry_again(&rr, &glue, "glue CreateJob", &err));
	unsetenv("TERRACE_ROLE_WAIT_SECONDS");
	assert_non_null(strstr(err.buf, "(still refused after waiting 0 s for the IAM role to propagate)"));
	assert_int_equal(rr.tries, 0);
	strbuf_release(&err);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wait_until_done),
		cmocka_unit_test(test_wait_times_out_with_last_status),
		cmocka_unit_test(test_wait_stops_on_error),
		cmocka_unit_test(test_role_errors_are_recognised),
		cmocka_unit_test(test_role_retry_is_bounded),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
