/*
 * run/api.h: what the runners of the aws types share (glue/run.c, sfn/run.c,
 * lambda/run.c, ecs/run.c, batch/run.c, emrserverless/run.c): the
 * CloudWatch Logs reader that `terrace run` and `terrace logs` follow a
 * run's lines with, the report of one look at a job in a container
 * (run_job.c), and the runners themselves, which the types' tables name
 * (provider.h, struct resource_runner).
 */
#ifndef TERRACE_AWS_RUN_H
#define TERRACE_AWS_RUN_H

#include <jansson.h>

#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

/*
 * A reader of CloudWatch Logs lines from several sources at once, merged by
 * time. A stream (a Glue run's, named by its id) is read with GetLogEvents
 * from its head, each page's nextForwardToken kept for the next read (AWS
 * gives back the token it was sent once the stream is read to its end), so
 * a line written later is read later, never twice: no line is lost or
 * repeated across pages and reads. A stream that does not exist yet holds
 * no lines yet. A group (a function's), or one stream of it from a time
 * on, is read with FilterLogEvents from `since_ms`, then from the newest
 * time read, leaving out the events of that time already sent (by
 * eventId).
 */
struct cwl_reader;
struct cwl_reader *cwl_reader_new(struct aws_client *c);
void cwl_reader_free(struct cwl_reader *r);
/* label: the event's "stream" ("output", "error"); nothing happens when
 * that group's stream is already read. */
void cwl_add_stream(struct cwl_reader *r, const char *group, const char *stream,
		    const char *label);
void cwl_add_group(struct cwl_reader *r, const char *group, const char *stream,
		   long long since_ms, const char *label);
/* The streams of group whose names start with prefix, read as a group. */
void cwl_add_prefix(struct cwl_reader *r, const char *group, const char *prefix,
		    long long since_ms, const char *label);
/* Send every line that arrived since the last read to sink as "log"
 * events, in time order (equal times: in the order of the sources, then as
 * read). A group or stream that does not exist holds no lines. */
int cwl_read(struct cwl_reader *r, const struct run_sink *sink, struct strbuf *err);
/* The same as a runner's logs_read and logs_close, for a runner whose
 * logs_open hands out a struct cwl_reader. */
int cwl_logs_read(void *reader, const struct run_sink *sink, struct strbuf *err);
void cwl_logs_close(void *reader);

/*
 * A run of a job in a container (an ECS task, a Batch job, an EMR
 * Serverless job run), looked at with one describe call of its service;
 * the runner adds the run's log streams to `logs` as it learns them and
 * sets stop_asked when it asks the service to stop the run.
 */
struct job_run {
	struct aws_client *c;
	char *last_state;
	struct cwl_reader *logs;
	bool stop_asked;
};
/* What one describe call found. */
struct job_look {
	const char *state;        /* the service's word for it */
	enum run_outcome outcome; /* RUN_GOING while it goes on */
	const json_t *exit_code;  /* the container's (driver's) exit code, or NULL */
	const char *who;          /* named in "WHO exited N": "container dbt" */
	const char *reasons[2];   /* why it ended, when not succeeded (or NULL) */
};
void job_run_init(struct job_run *j, struct aws_client *c);
void job_run_release(struct job_run *j);
/* After the describe call: the lines that came, the state when it changed;
 * when the run ended, the detail "exit_code", *outcome (stopped when the
 * stop was asked) and message ("WHO exited N: REASON: REASON"). -1 with
 * err set when the lines could not be read. */
int job_run_report(struct job_run *j, const struct job_look *look, const struct run_sink *sink,
		   enum run_outcome *outcome, struct strbuf *message, struct strbuf *err);
/*
 * What a service's word for a run's state means (a Glue job run's
 * JobRunState, a Step Functions execution's status ...): data, one row a
 * state, so that the test that drives every row (tests/unit/test_waiter_rows.c,
 * through run_states_outcome) fails when one is dropped or changed, and
 * provider/aws/gen/check_waiters.py holds the rows to the states the
 * service's model lists (waiters.map names the model's shape). A state of
 * no row (one AWS adds later) means `unknown`; no state at all, RUN_GOING.
 */
struct run_state_row {
	const char *state;
	enum run_outcome outcome;
};
struct run_states {
	const struct run_state_row *rows; /* ending with { NULL } */
	enum run_outcome unknown;
};
enum run_outcome run_states_outcome(const struct run_states *t, const char *state);
/* Every struct run_states of provider/aws by "FOLDER/FILE.c:NAME", ending
 * with a {NULL, NULL} entry: provider/aws/gen/waiter_rows.gen.c. */
struct run_states_row {
	const char *name;
	const struct run_states *table;
};
extern const struct run_states_row run_states_rows[];

/* A "detail" event {name, value} (value taken). */
void run_sink_detail(const struct run_sink *sink, const char *name, json_t *value);
/* The attributes of the state's (resources') only resource of type `type`
 * that fits (fits NULL: any), or NULL; *count says how many there are. */
const json_t *run_stack_one(const json_t *resources, const char *type,
			    bool (*fits)(const json_t *attrs), int *count);

extern const struct resource_runner aws_glue_job_runner;
extern const struct resource_runner aws_glue_crawler_runner;
extern const struct resource_runner aws_glue_trigger_runner;
extern const struct resource_runner aws_sfn_runner;
extern const struct resource_runner aws_lambda_runner;
extern const struct resource_runner aws_athena_named_query_runner;
extern const struct resource_runner aws_scheduler_schedule_runner;
extern const struct resource_runner aws_events_rule_runner;
extern const struct resource_runner aws_ecs_task_definition_runner;
extern const struct resource_runner aws_batch_job_definition_runner;
extern const struct resource_runner aws_emrserverless_application_runner;

#endif
