/*
 * test_run_job.c: the report of one look at a job in a container
 * (provider/aws/run/run_job.c), which the runs of an ECS task, a Batch job and
 * an EMR Serverless job run share: the events it sends, the outcome and
 * the message, a run that ended after a stop was asked counted stopped;
 * and the stack's one resource of a type.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "provider/aws/run/api.h"

static void collect(void *ctx, json_t *ev)
{
	json_array_append_new(ctx, ev);
}

/* One report of look on j: the events sent (a new list), *outcome, message. */
static json_t *report(struct job_run *j, const struct job_look *look, enum run_outcome *outcome,
		      struct strbuf *message)
{
	json_t *events = json_array();
	struct run_sink sink = { .ctx = events, .event = collect };
	struct strbuf err = STRBUF_INIT;

	strbuf_reset(message);
	assert_int_equal(job_run_report(j, look, &sink, outcome, message, &err), 0);
	strbuf_release(&err);
	return events;
}

static void test_state_once_then_exit_code_and_reasons(void **unused)
{
	struct job_run j;
	struct strbuf message = STRBUF_INIT;
	enum run_outcome outcome;
	json_t *code = json_integer(3);
	struct job_look going = { .state = "RUNNING", .outcome = RUN_GOING };
	struct job_look failed = { .state = "FAILED", .outcome = RUN_FAILED, .exit_code = code,
				   .who = "container", .reasons = { "Essential container in task "
								    "exited", "OutOfMemoryError" } };
	json_t *events;

	(void)unused;
	job_run_init(&j, NULL);
	events = report(&j, &going, &outcome, &message);
	assert_int_equal(outcome, RUN_GOING);
	assert_int_equal(json_array_size(events), 1);
	assert_string_equal(json_string_value(json_object_get(json_array_get(events, 0), "state")),
			    "RUNNING");
	json_decref(events);
	/* The same state again: no event. */
	events = report(&j, &going, &outcome, &message);
	assert_int_equal(json_array_size(events), 0);
	json_decref(events);
	events = report(&j, &failed, &outcome, &message);
	assert_int_equal(outcome, RUN_FAILED);
	assert_int_equal(json_array_size(events), 2); /* the state, the exit code */
	assert_string_equal(json_string_value(json_object_get(json_array_get(events, 1), "name")),
			    "exit_code");
	assert_string_equal(message.buf, "container exited 3: Essential container in task exited: "
			    "OutOfMemoryError");
	json_decref(events);
	job_run_release(&j);
	json_decref(code);
	strbuf_release(&message);
}

static void test_ended_after_a_stop_is_stopped(void **unused)
{
	struct job_run j;
	struct strbuf message = STRBUF_INIT;
	enum run_outcome outcome;
	json_t *code = json_integer(0);
	struct job_look failed = { .state = "FAILED", .outcome = RUN_FAILED,
				   .reasons = { "stopped by terrace run" } };
	struct job_look succeeded = { .state = "SUCCEEDED", .outcome = RUN_SUCCEEDED,
				      .exit_code = code, .reasons = { "not said" } };

	(void)unused;
	job_run_init(&j, NULL);
	json_decref(report(&j, &failed, &outcome, &message));
	assert_int_equal(outcome, RUN_FAILED);
	j.stop_asked = true;
	json_decref(report(&j, &failed, &outcome, &message));
	assert_int_equal(outcome, RUN_STOPPED);
	assert_string_equal(message.buf, "stopped by terrace run");
	/* One that succeeded before the stop took: succeeded, no message. */
	json_decref(report(&j, &succeeded, &outcome, &message));
	assert_int_equal(outcome, RUN_SUCCEEDED);
	assert_string_equal(message.buf, "");
	job_run_release(&j);
	json_decref(code);
	strbuf_release(&message);
}

static bool named_b(const json_t *attrs)
{
	const char *name = json_string_value(json_object_get(attrs, "name"));

	return name && name[0] == 'b';
}

static void test_stack_one(void **unused)
{
	json_t *resources = json_pack(
		"{s:{s:s, s:{s:s}}, s:{s:s, s:{s:s}}, s:{s:s, s:{s:s}}}",
		"a", "type", "aws.batch.job_queue", "attributes", "name", "alpha",
		"b", "type", "aws.batch.job_queue", "attributes", "name", "beta",
		"c", "type", "aws.ecs.cluster", "attributes", "name", "jobs");
	int n;

	(void)unused;
	assert_string_equal(json_string_value(json_object_get(
		run_stack_one(resources, "aws.ecs.cluster", NULL, &n), "name")), "jobs");
	assert_int_equal(n, 1);
	assert_null(run_stack_one(resources, "aws.batch.job_queue", NULL, &n));
	assert_int_equal(n, 2);
	assert_string_equal(json_string_value(json_object_get(
		run_stack_one(resources, "aws.batch.job_queue", named_b, &n), "name")), "beta");
	assert_null(run_stack_one(resources, "aws.iam.role", NULL, &n));
	assert_int_equal(n, 0);
	json_decref(resources);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_state_once_then_exit_code_and_reasons),
		cmocka_unit_test(test_ended_after_a_stop_is_stopped),
		cmocka_unit_test(test_stack_one),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
