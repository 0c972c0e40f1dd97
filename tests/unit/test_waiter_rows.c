/*
 * test_waiter_rows.c: every state of every state table of provider/aws, each
 * listed by provider/aws/gen/waiter_rows.gen.c, against states written here
 * apart from the tables.
 *
 * The waiter rows (aws_waiter_rows): every state driven through the wait
 * loop (aws_wait) on answers crafted per row and judged as aws_waiter_run
 * judges AWS's (aws_waiter_judge). The states each row must hold are written
 * here, apart from the rows: each success state ends the wait well, each
 * failure state ends it with an error naming the state (and the reason, where
 * the row reads one), a state in neither list and an unknown one keep it
 * polling to its deadline, and an object gone ends it as the row says. So a
 * state changed, dropped or added in any one row fails this test; the ten
 * rows botocore has a waiter for are held to botocore's states besides
 * (provider/aws/gen/check_waiters.py).
 *
 * The statuses of the RDS and Redshift APIs (db_api_rows, rds/dbinstance.h):
 * each ready status ends a wait for availability well, each stuck one fails
 * it naming the status, each gone one reads as gone, and any other (one on
 * the way, one unknown) polls again (db_state_verdict, as db_wait judges).
 *
 * The states of the runs `terrace run` follows (run_states_rows, run/api.h):
 * each state means the outcome written here, an unknown one the table's
 * unknown outcome, none at all a run going on (run_states_outcome, as each
 * runner's poll reads them); check_waiters.py holds the states to the
 * service's model besides.
 *
 * The two waits whose states are code, not a table (a Lambda function's
 * State with its LastUpdateStatus, lambda_ready_verdict; a Batch compute
 * environment's or job queue's status, batch_wait_verdict): every state
 * each API documents, and every pair of the two Lambda fields, judged
 * against verdicts written here.
 *
 * So a state dropped, added, changed or moved (from stuck to ready, from
 * failed to going ...) in any row of any table fails a test here, as does a
 * table this test does not hold.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/batch/api.h"
#include "provider/aws/lambda/api.h"
#include "provider/aws/rds/dbinstance.h"
#include "provider/aws/run/api.h"
#include "provider/aws/transport/wait.h"

enum gone_verdict { GONE_FAILS, GONE_IS_DONE, GONE_POLLS_AGAIN };

#define NONE { NULL }
#define MAX_STATES 5

/* What a row must do: its answer (printf with %s for the state; "why" is its
 * failure reason where the row reads one), its states, what it does when the
 * object is gone, its deadline and first pause (its service's struct
 * aws_poll, which the row points to). */
struct expected_row {
	const char *name;
	const char *answer;
	const char *done[MAX_STATES];
	const char *failed[MAX_STATES];
	const char *neither;   /* a state AWS shows on the way: poll again */
	enum gone_verdict gone;
	bool has_reason;
	struct aws_poll poll;
};

/* The bounds and first pauses the services declare, each with its AWS page
 * (the file of the rows that use it): a change to one fails here. */
#define DYNAMODB_TABLE_POLL { 600.0, 1.0 }
#define EC2_INSTANCE_POLL { 900.0, 2.0 }
#define NAT_GATEWAY_POLL { 900.0, 2.0 }
#define VPC_ENDPOINT_POLL { 600.0, 2.0 }
#define EMRS_APPLICATION_POLL { 600.0, 1.0 }
#define FIREHOSE_STREAM_POLL { 600.0, 1.0 }
#define GLUE_CRAWLER_POLL { 900.0, 2.0 }
#define GLUE_TRIGGER_POLL { 300.0, 2.0 }
#define KINESIS_STREAM_POLL { 1800.0, 1.0 }
#define MAPPING_POLL { 600.0, 1.0 }
#define SFN_DELETE_POLL { 300.0, 2.0 }

#define NAT_ANSWER "<DescribeNatGatewaysResponse><natGatewaySet><item><state>%s</state>" \
	"<failureMessage>why</failureMessage></item></natGatewaySet></DescribeNatGatewaysResponse>"
#define INSTANCE_ANSWER "<DescribeInstancesResponse><reservationSet><item><instancesSet><item>" \
	"<instanceState><name>%s</name></instanceState><stateReason><message>why</message>" \
	"</stateReason></item></instancesSet></item></reservationSet></DescribeInstancesResponse>"
#define ENDPOINT_ANSWER "<DescribeVpcEndpointsResponse><vpcEndpointSet><item><state>%s</state>" \
	"<failureReason>why</failureReason></item></vpcEndpointSet></DescribeVpcEndpointsResponse>"
#define APP_ANSWER "{\"application\": {\"state\": \"%s\", \"stateDetails\": \"why\"}}"
#define FH_ANSWER "{\"DeliveryStreamDescription\": {\"DeliveryStreamStatus\": \"%s\", " \
	"\"FailureDescription\": {\"Details\": \"why\"}}}"
#define FH_ENC_ANSWER "{\"DeliveryStreamDescription\": {\"DeliveryStreamEncryptionConfiguration\": " \
	"{\"Status\": \"%s\", \"FailureDescription\": {\"Details\": \"why\"}}}}"
#define MAPPING_ANSWER "{\"State\": \"%s\", \"StateTransitionReason\": \"why\"}"

static const struct expected_row expected[] = {
	{ "dynamodb/table.c:table_up", "{\"Table\": {\"TableStatus\": \"%s\"}}",
	  { "ACTIVE" }, NONE, "CREATING", GONE_FAILS, false, DYNAMODB_TABLE_POLL },
	{ "dynamodb/table.c:table_gone", "{\"Table\": {\"TableStatus\": \"%s\"}}",
	  NONE, NONE, "DELETING", GONE_IS_DONE, false, DYNAMODB_TABLE_POLL },
	{ "ec2/instance.c:instance_running", INSTANCE_ANSWER,
	  { "running" }, { "shutting-down", "terminated", "stopping" }, "pending", GONE_FAILS,
	  true, EC2_INSTANCE_POLL },
	{ "ec2/instance.c:instance_stopped", INSTANCE_ANSWER,
	  { "stopped" }, { "shutting-down", "terminated" }, "stopping", GONE_FAILS, true,
	  EC2_INSTANCE_POLL },
	{ "ec2/instance.c:instance_terminated", INSTANCE_ANSWER,
	  { "terminated" }, NONE, "shutting-down", GONE_IS_DONE, false, EC2_INSTANCE_POLL },
	{ "ec2/nat_gateway.c:nat_up", NAT_ANSWER,
	  { "available" }, { "failed", "deleted", "deleting" }, "pending", GONE_FAILS, true,
	  NAT_GATEWAY_POLL },
	{ "ec2/nat_gateway.c:nat_gone", NAT_ANSWER,
	  { "deleted" }, NONE, "deleting", GONE_IS_DONE, false, NAT_GATEWAY_POLL },
	{ "ec2/vpc_endpoint.c:ep_up", ENDPOINT_ANSWER,
	  { "available" }, { "failed", "deleted", "deleting", "rejected" }, "pending", GONE_FAILS,
	  true, VPC_ENDPOINT_POLL },
	{ "ec2/vpc_endpoint.c:ep_gone", ENDPOINT_ANSWER,
	  { "deleted" }, NONE, "deleting", GONE_IS_DONE, false, VPC_ENDPOINT_POLL },
	{ "emrserverless/application.c:app_settled", APP_ANSWER,
	  { "CREATED", "STARTED", "STOPPED" }, { "TERMINATED" }, "CREATING", GONE_FAILS, true,
	  EMRS_APPLICATION_POLL },
	{ "emrserverless/application.c:app_created", APP_ANSWER,
	  { "CREATED", "STARTED", "STOPPED" }, { "TERMINATED" }, "STOPPING", GONE_FAILS, true,
	  EMRS_APPLICATION_POLL },
	{ "emrserverless/application.c:app_stopped", APP_ANSWER,
	  { "CREATED", "STOPPED" }, { "TERMINATED" }, "STARTED", GONE_FAILS, true,
	  EMRS_APPLICATION_POLL },
	{ "emrserverless/application.c:app_terminated", APP_ANSWER,
	  { "TERMINATED" }, NONE, "STOPPED", GONE_IS_DONE, false,
	  EMRS_APPLICATION_POLL },
	{ "emrserverless/run.c:app_started", APP_ANSWER,
	  { "STARTED" }, { "TERMINATED", "STOPPED" }, "STARTING", GONE_FAILS, true,
	  EMRS_APPLICATION_POLL },
	{ "firehose/delivery_stream.c:fh_up", FH_ANSWER,
	  { "ACTIVE" }, { "CREATING_FAILED", "DELETING_FAILED" }, "CREATING", GONE_FAILS, true,
	  FIREHOSE_STREAM_POLL },
	{ "firehose/delivery_stream.c:fh_gone", FH_ANSWER,
	  NONE, { "CREATING_FAILED", "DELETING_FAILED" }, "DELETING", GONE_IS_DONE, true,
	  FIREHOSE_STREAM_POLL },
	{ "firehose/delivery_stream.c:fh_encryption_enabled", FH_ENC_ANSWER,
	  { "ENABLED" }, { "ENABLING_FAILED", "DISABLING_FAILED" }, "ENABLING", GONE_FAILS, true,
	  FIREHOSE_STREAM_POLL },
	{ "firehose/delivery_stream.c:fh_encryption_disabled", FH_ENC_ANSWER,
	  { "DISABLED" }, { "ENABLING_FAILED", "DISABLING_FAILED" }, "DISABLING", GONE_FAILS,
	  true, FIREHOSE_STREAM_POLL },
	{ "glue/crawler.c:crawler_idle", "{\"Crawler\": {\"State\": \"%s\"}}",
	  { "READY" }, NONE, "RUNNING", GONE_IS_DONE, false, GLUE_CRAWLER_POLL },
	{ "glue/trigger.c:trigger_settled", "{\"Trigger\": {\"State\": \"%s\"}}",
	  { "CREATED", "ACTIVATED", "DEACTIVATED" }, NONE, "ACTIVATING", GONE_POLLS_AGAIN, false,
	  GLUE_TRIGGER_POLL },
	{ "glue/trigger.c:trigger_gone", "{\"Trigger\": {\"State\": \"%s\"}}",
	  NONE, NONE, "DELETING", GONE_IS_DONE, false, GLUE_TRIGGER_POLL },
	{ "kinesis/stream.c:stream_up", "{\"StreamDescriptionSummary\": {\"StreamStatus\": \"%s\"}}",
	  { "ACTIVE" }, NONE, "CREATING", GONE_FAILS, false, KINESIS_STREAM_POLL },
	{ "kinesis/stream.c:stream_gone",
	  "{\"StreamDescriptionSummary\": {\"StreamStatus\": \"%s\"}}",
	  NONE, NONE, "DELETING", GONE_IS_DONE, false, KINESIS_STREAM_POLL },
	{ "lambda/event_source_mapping.c:mapping_settled", MAPPING_ANSWER,
	  { "Enabled", "Disabled" }, NONE, "Creating", GONE_FAILS, false,
	  MAPPING_POLL },
	{ "lambda/event_source_mapping.c:mapping_gone", MAPPING_ANSWER,
	  NONE, NONE, "Deleting", GONE_IS_DONE, false, MAPPING_POLL },
	{ "sfn/state_machine.c:machine_gone", "{\"status\": \"%s\"}",
	  NONE, NONE, "DELETING", GONE_IS_DONE, false, SFN_DELETE_POLL },
};
#define N_EXPECTED (sizeof(expected) / sizeof(expected[0]))

/* An answer a row does not know, and one without the status at all. */
#define UNKNOWN_STATE "SOMETHING_NEW"
#define GONE ((const char *)1)

/* The answers of one wait, in order; GONE is an error code of the row's
 * gone; past the last, the script fails the wait. */
struct script {
	const struct aws_waiter *row;
	const char *answers[4];
	int polls;
};

static int scripted_check(void *ctx, struct strbuf *status, struct strbuf *err)
{
	struct script *s = ctx;
	const char *answer = s->polls < 4 ? s->answers[s->polls] : NULL;

	s->polls++;
	if (!answer) {
		strbuf_addf(err, "the script ran out after %d answers", s->polls - 1);
		return -1;
	}
	return aws_waiter_judge(s->row, "x-1", answer == GONE ? NULL : answer, status, err);
}

static char *answer_with(const struct expected_row *e, const char *state)
{
	return xasprintf(e->answer, state);
}

static char *answer_without_status(const struct expected_row *e)
{
	return xstrdup(e->answer[0] == '<' ? "<Response><other>1</other></Response>" : "{\"other\": 1}");
}

/* Run the script through the wait loop: its rc, polls and err. */
static int run(const struct expected_row *e, const struct aws_waiter *row, double timeout,
	       const char *a0, const char *a1, int *polls, struct strbuf *err)
{
	struct script s = { row, { a0, a1, NULL, NULL }, 0 };
	int rc;

	strbuf_reset(err);
	rc = aws_wait(e->name, timeout, 0.001, scripted_check, &s, err);
	*polls = s.polls;
	return rc;
}

static size_t count(const char *const *list)
{
	size_t n = 0;

	while (list && list[n])
		n++;
	return n;
}

static const struct aws_waiter *row_named(const char *name)
{
	for (const struct aws_waiter_row *r = aws_waiter_rows; r->name; r++)
		if (!strcmp(r->name, name))
			return r->row;
	return NULL;
}

/* Every row listed has its expectations here, and each expected row is listed. */
static void test_every_row_is_expected(void **state)
{
	(void)state;
	size_t listed = 0;

	for (const struct aws_waiter_row *r = aws_waiter_rows; r->name; r++, listed++) {
		bool found = false;

		for (size_t i = 0; i < N_EXPECTED; i++)
			found |= !strcmp(expected[i].name, r->name);
		if (!found)
			fail_msg("%s: a waiter row this test does not hold: add its states to expected[]",
				 r->name);
	}
	for (size_t i = 0; i < N_EXPECTED; i++)
		if (!row_named(expected[i].name))
			fail_msg("%s: expected here, not in aws_waiter_rows", expected[i].name);
	assert_int_equal(listed, N_EXPECTED);
}

/* One row: each of its states, an unknown one, a status missing, the object gone. */
/* A finding on a row: printed, counted, the other rows still driven. */
#define MISS(...) (print_error(__VA_ARGS__), print_error("\n"), misses++)

static int drive_row(const struct expected_row *e)
{
	int misses = 0;
	const struct aws_waiter *row = row_named(e->name);
	struct strbuf err = STRBUF_INIT;
	int polls;
	char *a, *b;

	assert_non_null(row);
	/* No state more than those written here (each is driven below). */
	if (count(row->done) != count(e->done) || count(row->failed) != count(e->failed))
		MISS("%s: %zu success and %zu failure states, expected %zu and %zu", e->name,
			 count(row->done), count(row->failed), count(e->done), count(e->failed));
	if (!row->poll || row->poll->interval_s <= 0 || row->poll->timeout_s <= 0)
		MISS("%s: no deadline and first pause of its own (.poll)", e->name);
	else if (row->poll->timeout_s != e->poll.timeout_s ||
		 row->poll->interval_s != e->poll.interval_s)
		MISS("%s: waits %g s, first pause %g s; expected %g s, %g s", e->name,
			 row->poll->timeout_s, row->poll->interval_s, e->poll.timeout_s,
			 e->poll.interval_s);

	for (size_t i = 0; e->done[i]; i++) {
		a = answer_with(e, e->done[i]);
		if (run(e, row, 10, a, NULL, &polls, &err) || polls != 1)
			MISS("%s: %s does not end the wait well (%d polls): %s", e->name,
				 e->done[i], polls, err.buf);
		free(a);
	}
	for (size_t i = 0; e->failed[i]; i++) {
		struct strbuf want = STRBUF_INIT;

		strbuf_addf(&want, " x-1 is %s%s", e->failed[i], e->has_reason ? ": why" : "");
		a = answer_with(e, e->failed[i]);
		if (run(e, row, 10, a, NULL, &polls, &err) != -1 || polls != 1 ||
		    !strstr(err.buf, want.buf))
			MISS("%s: %s does not fail the wait naming it (%d polls): %s", e->name,
				 e->failed[i], polls, err.buf);
		free(a);
		strbuf_release(&want);
	}

	/* A state on the way, and one the row does not know: polled again, and
	 * again to the deadline, the last state seen named. */
	const char *ends = e->done[0] ? NULL : GONE;
	char *end = e->done[0] ? answer_with(e, e->done[0]) : NULL;
	const char *on_the_way[] = { e->neither, UNKNOWN_STATE };

	for (size_t i = 0; i < 2; i++) {
		struct strbuf want = STRBUF_INIT;

		a = answer_with(e, on_the_way[i]);
		if (run(e, row, 10, a, end ? end : ends, &polls, &err) || polls != 2)
			MISS("%s: %s is not polled again (%d polls): %s", e->name, on_the_way[i],
				 polls, err.buf);
		strbuf_addf(&want, "(last seen: %s)", on_the_way[i]);
		struct script s = { row, { a, a, a, a }, 0 };

		strbuf_reset(&err);
		if (aws_wait(e->name, 0.01, 0.004, scripted_check, &s, &err) != -1 ||
		    !strstr(err.buf, "timed out") || !strstr(err.buf, want.buf))
			MISS("%s: %s does not poll to the deadline: %s", e->name, on_the_way[i],
				 err.buf);
		free(a);
		strbuf_release(&want);
	}

	/* Gone (an error code of the row's gone, or an answer without the status). */
	b = answer_without_status(e);
	const char *gone_answers[] = { GONE, b };

	for (size_t i = 0; i < 2; i++) {
		int rc = run(e, row, 10, gone_answers[i], end ? end : GONE, &polls, &err);
		bool ok = e->gone == GONE_IS_DONE ? rc == 0 && polls == 1
			: e->gone == GONE_POLLS_AGAIN ? rc == 0 && polls == 2
			: rc == -1 && polls == 1 && strstr(err.buf, "x-1: gone");

		if (!ok)
			MISS("%s: %s does not end as expected (%s; rc %d, %d polls): %s", e->name,
				 i ? "an answer without the status" : "the object gone",
				 e->gone == GONE_IS_DONE ? "done" : e->gone == GONE_POLLS_AGAIN ?
				 "poll again" : "failed", rc, polls, err.buf);
	}
	free(b);
	free(end);
	strbuf_release(&err);
	return misses;
}

static void test_every_state_of_every_row(void **state)
{
	(void)state;
	int misses = 0;

	for (size_t i = 0; i < N_EXPECTED; i++)
		misses += drive_row(&expected[i]);
	assert_int_equal(misses, 0);
}

/* The judge reads each wire's answer as the row's paths say, and refuses
 * an answer it cannot read. */
static void test_unreadable_answer_fails(void **state)
{
	(void)state;
	struct strbuf line = STRBUF_INIT, err = STRBUF_INIT;

	assert_int_equal(aws_waiter_judge(row_named("ec2/nat_gateway.c:nat_up"), "x-1", "{", &line,
					  &err), -1);
	assert_non_null(strstr(err.buf, "not XML"));
	strbuf_reset(&err);
	assert_int_equal(aws_waiter_judge(row_named("dynamodb/table.c:table_up"), "x-1", "<a/>",
					  &line, &err), -1);
	assert_non_null(strstr(err.buf, "not JSON"));
	strbuf_release(&line);
	strbuf_release(&err);
}

/* ---- the RDS and Redshift statuses (struct db_api) ---- */

#define MAX_DB_STATES 16

/* What a db_api must do with each status its API documents: the RDS User
 * Guide's "Viewing Amazon RDS DB instance status" and the Redshift
 * Management Guide's "Cluster status" (ClusterStatus). */
struct expected_db {
	const char *name;
	const char *kind;
	const char *ready[MAX_DB_STATES];  /* a wait for availability ends well */
	const char *stuck[MAX_DB_STATES];  /* it ends failed: never left by itself */
	const char *gone[MAX_DB_STATES];   /* a read says gone */
	const char *on_the_way[MAX_DB_STATES]; /* polled again */
};

static const struct expected_db expected_dbs[] = {
	{ "rds/instance.c:rds_instance", "RDS instance",
	  { "available", "storage-optimization" },
	  { "failed", "deleting", "stopped", "stopping", "storage-full", "restore-error",
	    "incompatible-network", "incompatible-option-group", "incompatible-parameters",
	    "incompatible-restore", "inaccessible-encryption-credentials",
	    "inaccessible-encryption-credentials-recoverable" },
	  { "deleting" },
	  { "creating", "backing-up", "modifying", "rebooting", "starting", "upgrading",
	    "maintenance", "renaming", "resetting-master-credentials" } },
	{ "redshift/cluster.c:redshift_cluster", "Redshift cluster",
	  { "available" },
	  { "deleting", "final-snapshot", "paused", "pausing", "hardware-failure", "storage-full",
	    "incompatible-hsm", "incompatible-network", "incompatible-parameters",
	    "incompatible-restore" },
	  { "deleting", "final-snapshot" },
	  { "creating", "modifying", "rebooting", "renaming", "resizing", "rotating-keys",
	    "updating-hsm", "resuming", "cancelling-resize" } },
};
#define N_EXPECTED_DBS (sizeof(expected_dbs) / sizeof(expected_dbs[0]))

static const struct db_api *db_api_named(const char *name)
{
	for (const struct db_api_row *r = db_api_rows; r->name; r++)
		if (!strcmp(r->name, name))
			return r->api;
	return NULL;
}

static bool listed_in(const char *const *list, const char *s)
{
	for (size_t i = 0; list[i]; i++)
		if (!strcmp(list[i], s))
			return true;
	return false;
}

static int drive_db(const struct expected_db *e)
{
	const struct db_api *api = db_api_named(e->name);
	struct strbuf err = STRBUF_INIT, want = STRBUF_INIT;
	int misses = 0, rc;

	assert_non_null(api);
	if (count(api->ready_states) != count(e->ready) ||
	    count(api->stuck_states) != count(e->stuck) ||
	    count(api->gone_states) != count(e->gone))
		MISS("%s: %zu ready, %zu stuck and %zu gone states, expected %zu, %zu and %zu",
		     e->name, count(api->ready_states), count(api->stuck_states),
		     count(api->gone_states), count(e->ready), count(e->stuck), count(e->gone));
	if (strcmp(api->kind, e->kind))
		MISS("%s: calls itself %s, expected %s", e->name, api->kind, e->kind);
	for (size_t i = 0; e->ready[i]; i++) {
		strbuf_reset(&err);
		if ((rc = db_state_verdict(api, "x-1", e->ready[i], &err)) != 1)
			MISS("%s: %s does not end the wait well (%d): %s", e->name, e->ready[i], rc,
			     err.buf);
	}
	for (size_t i = 0; e->stuck[i]; i++) {
		strbuf_reset(&err);
		strbuf_reset(&want);
		strbuf_addf(&want, "%s x-1 is %s: it will not become available by itself", e->kind,
			    e->stuck[i]);
		if ((rc = db_state_verdict(api, "x-1", e->stuck[i], &err)) != -1 ||
		    strcmp(err.buf, want.buf))
			MISS("%s: %s does not fail the wait naming it (%d): %s", e->name, e->stuck[i],
			     rc, err.buf);
	}
	for (size_t i = 0; e->on_the_way[i]; i++) {
		strbuf_reset(&err);
		if ((rc = db_state_verdict(api, "x-1", e->on_the_way[i], &err)) != 0 || err.len)
			MISS("%s: %s is not polled again (%d): %s", e->name, e->on_the_way[i], rc,
			     err.buf);
	}
	strbuf_reset(&err);
	if (db_state_verdict(api, "x-1", UNKNOWN_STATE, &err) != 0 ||
	    db_state_verdict(api, "x-1", NULL, &err) != 0 || err.len)
		MISS("%s: an unknown status or none is not polled again: %s", e->name, err.buf);
	/* Gone: exactly the gone states read so (db_read). */
	const char *const *lists[] = { e->ready, e->stuck, e->on_the_way };

	for (size_t l = 0; l < 3; l++)
		for (size_t i = 0; lists[l][i]; i++)
			if (db_state_in(lists[l][i], api->gone_states) != listed_in(e->gone, lists[l][i]))
				MISS("%s: %s %s read as gone", e->name, lists[l][i],
				     listed_in(e->gone, lists[l][i]) ? "is not" : "is");
	for (size_t i = 0; e->gone[i]; i++)
		if (!db_state_in(e->gone[i], api->gone_states))
			MISS("%s: %s is not read as gone", e->name, e->gone[i]);
	strbuf_release(&err);
	strbuf_release(&want);
	return misses;
}

static void test_every_status_of_every_db_api(void **state)
{
	(void)state;
	int misses = 0;

	for (size_t i = 0; i < N_EXPECTED_DBS; i++)
		misses += drive_db(&expected_dbs[i]);
	assert_int_equal(misses, 0);
}

/* ---- the states of the runs `terrace run` follows (struct run_states) ---- */

#define MAX_RUN_STATES 12

/* What each state of a run means, as the service documents it (its API
 * reference's enum: Glue JobRunState and CrawlState, Step Functions
 * ExecutionStatus, Athena QueryExecutionState, Batch JobStatus, EMR
 * Serverless JobRunState). */
struct expected_run_states {
	const char *name;
	struct run_state_row rows[MAX_RUN_STATES];
	enum run_outcome unknown;
};

static const struct expected_run_states expected_runs[] = {
	{ "athena/run.c:athena_query_states",
	  { { "QUEUED", RUN_GOING }, { "RUNNING", RUN_GOING }, { "SUCCEEDED", RUN_SUCCEEDED },
	    { "FAILED", RUN_FAILED }, { "CANCELLED", RUN_STOPPED } },
	  RUN_GOING },
	{ "batch/run.c:batch_job_states",
	  { { "SUBMITTED", RUN_GOING }, { "PENDING", RUN_GOING }, { "RUNNABLE", RUN_GOING },
	    { "STARTING", RUN_GOING }, { "RUNNING", RUN_GOING }, { "SUCCEEDED", RUN_SUCCEEDED },
	    { "FAILED", RUN_FAILED } },
	  RUN_GOING },
	{ "emrserverless/run.c:emrs_job_run_states",
	  { { "SUBMITTED", RUN_GOING }, { "PENDING", RUN_GOING }, { "SCHEDULED", RUN_GOING },
	    { "RUNNING", RUN_GOING }, { "QUEUED", RUN_GOING }, { "CANCELLING", RUN_GOING },
	    { "SUCCESS", RUN_SUCCEEDED }, { "FAILED", RUN_FAILED }, { "CANCELLED", RUN_STOPPED } },
	  RUN_GOING },
	{ "glue/run.c:glue_job_run_states",
	  { { "STARTING", RUN_GOING }, { "RUNNING", RUN_GOING }, { "STOPPING", RUN_GOING },
	    { "WAITING", RUN_GOING }, { "SUCCEEDED", RUN_SUCCEEDED }, { "STOPPED", RUN_STOPPED },
	    { "TIMEOUT", RUN_TIMED_OUT }, { "FAILED", RUN_FAILED }, { "ERROR", RUN_FAILED },
	    { "EXPIRED", RUN_FAILED } },
	  RUN_FAILED },
	{ "glue/run.c:glue_crawl_states",
	  { { "SUCCEEDED", RUN_SUCCEEDED }, { "CANCELLED", RUN_STOPPED }, { "FAILED", RUN_FAILED },
	    { "ERROR", RUN_FAILED } },
	  RUN_FAILED },
	{ "sfn/run.c:sfn_execution_states",
	  { { "RUNNING", RUN_GOING }, { "PENDING_REDRIVE", RUN_GOING },
	    { "SUCCEEDED", RUN_SUCCEEDED }, { "ABORTED", RUN_STOPPED },
	    { "TIMED_OUT", RUN_TIMED_OUT }, { "FAILED", RUN_FAILED } },
	  RUN_FAILED },
};
#define N_EXPECTED_RUNS (sizeof(expected_runs) / sizeof(expected_runs[0]))

static const char *const outcome_names[] = { "going", "succeeded", "failed", "stopped",
					     "timed out" };

static const struct run_states *run_states_named(const char *name)
{
	for (const struct run_states_row *r = run_states_rows; r->name; r++)
		if (!strcmp(r->name, name))
			return r->table;
	return NULL;
}

static int drive_run_states(const struct expected_run_states *e)
{
	const struct run_states *table = run_states_named(e->name);
	size_t rows = 0, want_rows = 0;
	enum run_outcome got;
	int misses = 0;

	assert_non_null(table);
	while (table->rows[rows].state)
		rows++;
	for (; e->rows[want_rows].state; want_rows++)
		if ((got = run_states_outcome(table, e->rows[want_rows].state)) !=
		    e->rows[want_rows].outcome)
			MISS("%s: %s means %s, expected %s", e->name, e->rows[want_rows].state,
			     outcome_names[got], outcome_names[e->rows[want_rows].outcome]);
	if (rows != want_rows)
		MISS("%s: %zu states, expected %zu", e->name, rows, want_rows);
	if ((got = run_states_outcome(table, UNKNOWN_STATE)) != e->unknown)
		MISS("%s: a state of no row means %s, expected %s", e->name, outcome_names[got],
		     outcome_names[e->unknown]);
	if ((got = run_states_outcome(table, NULL)) != RUN_GOING)
		MISS("%s: no state means %s, expected going", e->name, outcome_names[got]);
	return misses;
}

static void test_every_state_of_every_run(void **state)
{
	(void)state;
	int misses = 0;

	for (size_t i = 0; i < N_EXPECTED_RUNS; i++)
		misses += drive_run_states(&expected_runs[i]);
	assert_int_equal(misses, 0);
}

/* ---- the waits whose states are code ---- */

/* Lambda's State (Pending, Active, Inactive, Failed, none) by its
 * LastUpdateStatus (Successful, InProgress, Failed, none), as the Lambda
 * Developer Guide's "Lambda function states" gives them: D ready, A polled
 * again, S failed naming the State's reason, U failed naming the update's. */
static const char *const lambda_states[] = { "Pending", "Active", "Inactive", "Failed", NULL };
static const char *const lambda_updates[] = { "Successful", "InProgress", "Failed", NULL };
static const char *const lambda_after_write[5] = { "AAUA", "DAUD", "DAUD", "SSSS", "DAUD" };
static const char *const lambda_read_only[5] = { "AAAA", "DADD", "DADD", "DADD", "DADD" };

static char lambda_verdict(const char *state, const char *update, bool fail_on_failed)
{
	json_t *conf = json_pack("{s:s, s:s, s:s, s:s}", "StateReasonCode", "SubnetOutOfIPAddresses",
				 "StateReason", "why", "LastUpdateStatusReasonCode", "InvalidImage",
				 "LastUpdateStatusReason", "why not");
	struct strbuf status = STRBUF_INIT, err = STRBUF_INIT;
	char v;

	if (state)
		json_object_set_new(conf, "State", json_string(state));
	if (update)
		json_object_set_new(conf, "LastUpdateStatus", json_string(update));
	switch (lambda_ready_verdict("f", conf, fail_on_failed, &status, &err)) {
	case 1: v = err.len ? '?' : 'D'; break;
	case 0: v = err.len ? '?' : 'A'; break;
	default:
		v = !strcmp(err.buf, "lambda function f failed: SubnetOutOfIPAddresses: why") ? 'S'
		  : !strcmp(err.buf, "lambda function f: the update failed: InvalidImage: why not")
		  ? 'U' : '?';
	}
	json_decref(conf);
	strbuf_release(&status);
	strbuf_release(&err);
	return v;
}

static void test_every_lambda_state_pair(void **state)
{
	(void)state;
	int misses = 0;

	for (size_t s = 0; s < 5; s++)
		for (size_t u = 0; u < 4; u++)
			for (int written = 0; written < 2; written++) {
				char want = (written ? lambda_after_write : lambda_read_only)[s][u];
				char got = lambda_verdict(lambda_states[s], lambda_updates[u], written);

				if (got != want)
					MISS("lambda State %s, LastUpdateStatus %s%s: %c, expected %c",
					     lambda_states[s] ? lambda_states[s] : "(none)",
					     lambda_updates[u] ? lambda_updates[u] : "(none)",
					     written ? " after a write" : "", got, want);
			}
	assert_int_equal(misses, 0);
}

/* Batch's CEStatus and JQStatus (DELETED is no object: batch_describe_one
 * leaves it out), waited VALID and waited gone: D done, A again, F failed. */
static const struct {
	const char *status;
	char until_valid, until_gone;
} batch_statuses[] = {
	{ "CREATING", 'A', 'A' }, { "UPDATING", 'A', 'A' }, { "DELETING", 'A', 'A' },
	{ "VALID", 'D', 'A' }, { "INVALID", 'F', 'A' }, { NULL, 'F', 'D' },
};

static void test_every_batch_status(void **state)
{
	(void)state;
	const struct batch_kind k = { .noun = "compute environment" };
	int misses = 0;

	for (size_t i = 0; i < sizeof(batch_statuses) / sizeof(*batch_statuses); i++)
		for (int gone = 0; gone < 2; gone++) {
			const char *s = batch_statuses[i].status;
			json_t *found = s ? json_pack("{s:s, s:s}", "status", s, "statusReason",
						      "the service role is missing") : NULL;
			struct strbuf status = STRBUF_INIT, err = STRBUF_INIT;
			int rc = batch_wait_verdict(&k, "ce", found, gone, &status, &err);
			char want = gone ? batch_statuses[i].until_gone : batch_statuses[i].until_valid;
			const char *want_err = !s ? "batch compute environment ce disappeared while "
				"terrace waited for it to be VALID"
				: "batch compute environment ce is INVALID: the service role is missing";
			char got = rc == 1 && !err.len ? 'D' : rc == 0 && !err.len ? 'A'
				 : rc == -1 && !strcmp(err.buf, want_err) ? 'F' : '?';

			if (got != want)
				MISS("batch %s waited %s: %c (%s), expected %c", s ? s : "(none)",
				     gone ? "gone" : "VALID", got, err.buf, want);
			json_decref(found);
			strbuf_release(&status);
			strbuf_release(&err);
		}
	assert_int_equal(misses, 0);
}

/* Every db_api and run_states table listed is held here, and each held is listed. */
static void test_every_table_is_expected(void **state)
{
	(void)state;
	size_t listed = 0;

	for (const struct db_api_row *r = db_api_rows; r->name; r++, listed++) {
		bool found = false;

		for (size_t i = 0; i < N_EXPECTED_DBS; i++)
			found |= !strcmp(expected_dbs[i].name, r->name);
		if (!found)
			fail_msg("%s: a db_api this test does not hold: add its states to "
				 "expected_dbs[]", r->name);
	}
	assert_int_equal(listed, N_EXPECTED_DBS);
	listed = 0;
	for (const struct run_states_row *r = run_states_rows; r->name; r++, listed++) {
		bool found = false;

		for (size_t i = 0; i < N_EXPECTED_RUNS; i++)
			found |= !strcmp(expected_runs[i].name, r->name);
		if (!found)
			fail_msg("%s: a run_states table this test does not hold: add its states to "
				 "expected_runs[]", r->name);
	}
	assert_int_equal(listed, N_EXPECTED_RUNS);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_row_is_expected),
		cmocka_unit_test(test_every_state_of_every_row),
		cmocka_unit_test(test_unreadable_answer_fails),
		cmocka_unit_test(test_every_table_is_expected),
		cmocka_unit_test(test_every_status_of_every_db_api),
		cmocka_unit_test(test_every_state_of_every_run),
		cmocka_unit_test(test_every_lambda_state_pair),
		cmocka_unit_test(test_every_batch_status),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
