/*
 * test_wait.c: bounded waiters (provider/aws/transport/wait.c): the engine,
 * and waiter rows run against moto; the answers waited out by the transport
 * are test_timing.c's.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "provider/aws/transport/wait.h"
#include "moto_support.h"

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

/* ---- waiter rows against moto ---- */

static struct moto moto;
static const struct provider_type *aws;
static void *client;

static int live_setup(void **state)
{
	(void)state;
	if (moto_start(&moto, "/tmp/terrace-test-wait-moto.log", NULL) ||
	    moto_aws_client(&moto, &aws, &client)) {
		fprintf(stderr, "note: moto server did not start; live tests will be skipped\n");
		moto_stop(&moto);
		client = NULL;
	}
	return 0;
}

static int live_teardown(void **state)
{
	(void)state;
	if (client)
		aws->close(client);
	moto_stop(&moto);
	return 0;
}

static const char *const table_active[] = { "ACTIVE", NULL };
static const char *const table_not_found[] = { "ResourceNotFoundException", NULL };

/* A DescribeTable row; its deadline short (2 s, a first pause of 1 s). */
static const struct aws_poll short_poll = { .timeout_s = 2.0, .interval_s = 1.0 };

static struct aws_waiter table_row(void)
{
	struct aws_waiter w = {
		.what = "DynamoDB table %s to be ACTIVE", .service = &aws_service_dynamodb,
		.operation = "DescribeTable", .id_param = "TableName",
		.status_path = "Table/TableStatus",
		.done = table_active, .gone = table_not_found,
		.poll = &short_poll,
	};
	return w;
}

/* An object gone: failed at once, done with gone_is_done, polled again to
 * the deadline with gone_is_again (botocore's error acceptor "retry"). */
static void test_waiter_gone(void **state)
{
	(void)state;
	struct aws_waiter w = table_row();
	struct strbuf err = STRBUF_INIT;

	if (!client)
		skip();
	assert_int_equal(aws_waiter_run(client, &w, "absent", &err), -1);
	assert_string_equal(err.buf, "dynamodb DescribeTable absent: gone");
	strbuf_reset(&err);
	w.gone_is_done = true;
	assert_int_equal(aws_waiter_run(client, &w, "absent", &err), 0);
	assert_int_equal(err.len, 0);
	w.gone_is_done = false;
	w.gone_is_again = true;
	assert_int_equal(aws_waiter_run(client, &w, "absent", &err), -1);
	assert_string_equal(err.buf, "timed out after 2 s waiting for DynamoDB table absent to be "
				     "ACTIVE (last seen: not found yet)");
	strbuf_release(&err);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wait_until_done),
		cmocka_unit_test(test_wait_times_out_with_last_status),
		cmocka_unit_test(test_wait_stops_on_error),
	};
	const struct CMUnitTest live[] = {
		cmocka_unit_test(test_waiter_gone),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);

	return rc | cmocka_run_group_tests_name("live", live, live_setup, live_teardown);
}
