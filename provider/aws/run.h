/*
 * run.h: what the runners of the aws types share (run_glue.c, run_sfn.c,
 * run_lambda.c, run_ecs.c): the CloudWatch Logs reader that `terrace run` and
 * `terrace logs` follow a run's lines with, and the runners themselves,
 * which the types' tables name (provider.h, struct resource_runner).
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
/* Send every line that arrived since the last read to sink as "log"
 * events, in time order (equal times: in the order of the sources, then as
 * read). A group or stream that does not exist holds no lines. */
int cwl_read(struct cwl_reader *r, const struct run_sink *sink, struct strbuf *err);
/* The same as a runner's logs_read and logs_close, for a runner whose
 * logs_open hands out a struct cwl_reader. */
int cwl_logs_read(void *reader, const struct run_sink *sink, struct strbuf *err);
void cwl_logs_close(void *reader);

extern const struct resource_runner aws_glue_job_runner;
extern const struct resource_runner aws_glue_crawler_runner;
extern const struct resource_runner aws_glue_trigger_runner;
extern const struct resource_runner aws_sfn_runner;
extern const struct resource_runner aws_lambda_runner;
extern const struct resource_runner aws_athena_named_query_runner;
extern const struct resource_runner aws_scheduler_schedule_runner;
extern const struct resource_runner aws_events_rule_runner;
extern const struct resource_runner aws_ecs_task_definition_runner;

#endif
