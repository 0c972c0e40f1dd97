/*
 * logs/log_stream.c: the resource type aws.logs.log_stream, a CloudWatch
 * Logs log stream: a named sequence of events inside a log group, which a
 * host's agent or a job writes to. Its id is "LOG_GROUP:NAME" (neither
 * name may hold a ':'). A stream has nothing to change: its name and group
 * are all it is, so every change replaces it. read() finds it with
 * DescribeLogStreams (logGroupName, logStreamNamePrefix: the exact name
 * sorts first of the names it begins, so one page answers). CreateLogStream
 * refuses a name there already (ResourceAlreadyExistsException); a stream
 * takes no tags, so one found is adopted only when an attempt of this
 * create may have made it and it was made since this create was first
 * sent (creationTime). Create and update run on the contract of
 * provider/aws/adopt.h (send -> adopt -> converge -> read back).
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/resources.h"
#include "provider/aws/transport/transport.h"
#include "provider/aws/logs/api.h"
#include "provider/provider.h"

#define LOG_STREAM "aws.logs.log_stream"

static const char *const not_found[] = { "ResourceNotFoundException", NULL };
static const char *const already_exists[] = { "ResourceAlreadyExistsException", NULL };

static const struct attr_schema log_stream_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "the stream's name, unique within its log group, e.g. i-0abc/etl.log" },
	{ .name = "log_group_name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "the log group that holds it" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the stream's ARN" },
	{ .name = NULL },
};

/* The stream `id` as DescribeLogStreams lists it (*found, a new reference),
 * or NULL when it or its group is not there; -1 with err set. */
static int find_stream(struct aws_client *c, const char *id, json_t **found, struct strbuf *err)
{
	char *group = NULL;
	const char *name;
	json_t *req, *resp = NULL, *first;
	int rc;

	*found = NULL;
	if (logs_in_group_split(LOG_STREAM, id, &group, &name, err))
		return -1;
	req = json_pack("{s:s, s:s}", "logGroupName", group, "logStreamNamePrefix", name);
	rc = logs_call(c, "DescribeLogStreams", req, not_found, &resp, NULL, err);
	json_decref(req);
	free(group);
	if (rc < 0)
		return -1;
	first = json_array_get(value_get(resp, "logStreams"), 0);
	if (rc == 0 && first && !strcmp(value_get_string_or(first, "logStreamName", ""), name))
		*found = json_incref(first);
	json_decref(resp);
	return 0;
}

static int log_stream_read(void *client, const char *id, const json_t *prior, json_t **out,
			   struct strbuf *err)
{
	json_t *found;
	char *group = NULL;
	const char *name;

	(void)prior;
	*out = NULL;
	if (find_stream(client, id, &found, err))
		return -1;
	if (!found)
		return 0;
	if (logs_in_group_split(LOG_STREAM, id, &group, &name, err)) {
		json_decref(found);
		return -1;
	}
	*out = json_pack("{s:s, s:s, s:s?}", "name", name, "log_group_name", group, "arn",
			 value_get_string(found, "arn"));
	free(group);
	json_decref(found);
	return 0;
}

/* The converge (the contract, provider/aws/adopt.h): a stream has nothing
 * to send once made (every attribute replaces it); it reads back. */
static int log_stream_converge(struct aws_client *c, const char *id, const json_t *have,
			       const json_t *desired, json_t **out, struct strbuf *err)
{
	(void)have;
	(void)desired;
	return aws_read_written(log_stream_read, c, id, NULL, out, err,
				LOG_STREAM " %s: not found after CreateLogStream", id);
}

/* The create's send: CreateLogStream; a name there already is said to
 * exist (the driver weighs it by the declared policy). */
static int log_stream_send_create(struct aws_client *c, const json_t *desired,
				  const struct create_call *call, struct aws_sent *sent,
				  struct strbuf *err)
{
	char *want = logs_in_group_id(desired);
	json_t *req;
	int rc;

	(void)call;
	if (!want) {
		strbuf_addstr(err, LOG_STREAM ": log_group_name and name have no value to send");
		return -1;
	}
	req = json_pack("{s:s?, s:s?}", "logGroupName", value_get_string(desired, "log_group_name"),
			"logStreamName", value_get_string(desired, "name"));
	rc = logs_call(c, "CreateLogStream", req, already_exists, NULL, &sent->attempts, err);
	json_decref(req);
	if (rc < 0) {
		free(want);
		return -1;
	}
	sent->id = want;
	sent->exists = rc == 1;
	if (rc == 1)
		snprintf(sent->why, sizeof(sent->why),
			 "logs CreateLogStream: ResourceAlreadyExistsException");
	return 0;
}

/* The evidence of a stream found there: its name and group are all the
 * create sends (the id itself), so only when it was made says it is ours
 * (creationTime, in milliseconds). */
static int log_stream_evidence(struct aws_client *c, const char *id, const json_t *desired,
			       const json_t *have, json_t **sent, json_t **got, time_t *created,
			       struct strbuf *err)
{
	json_t *found;

	(void)desired;
	(void)have;
	if (find_stream(c, id, &found, err))
		return -1;
	if (!found)
		return 1;
	*sent = json_object();
	*got = json_object();
	*created = aws_time_of(value_get(found, "creationTime")) / 1000;
	json_decref(found);
	return 0;
}

/* Create and update (the contract, provider/aws/adopt.h): a stream found
 * is adopted only when an attempt of this create may have made it since it
 * was first sent. `prior` is not used (neither exception). */
static const struct aws_native_ops log_stream_native = {
	.send_create = log_stream_send_create,
	.adopt = { .by = AWS_ADOPT_BY_READ_BACK, .noun = "name",
		   .object = LOG_STREAM ": a log stream %s",
		   .evidence = log_stream_evidence },
	.converge = log_stream_converge,
	.read = log_stream_read,
	.created_shape = AWS_SHAPE_NONE,
	.update_shape = AWS_SHAPE_NONE,
	.made_missing = LOG_STREAM " %s: not found after CreateLogStream",
	.gone = LOG_STREAM " %s: in the state but DescribeLogStreams does not find it",
};

AWS_NATIVE_FUNCTIONS(log_stream, log_stream_native)

static int log_stream_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	(void)prior;
	return logs_in_group_delete(client, LOG_STREAM, "DeleteLogStream", "logStreamName", id, err);
}

const struct resource_type aws_logs_log_stream_type = {
	.name = LOG_STREAM,
	.description = "a CloudWatch Logs log stream: a named sequence of events in a log group",
	.attrs = log_stream_attrs,
	.terraform_type = "aws_cloudwatch_log_stream",
	.terraform_attrs = "name log_group_name arn",
	.read = log_stream_read,
	.create = log_stream_create,
	.update = log_stream_update,
	.delete = log_stream_delete,
	.native = &log_stream_native,
	.import_id = "LOG_GROUP:NAME",
	.config_id = logs_in_group_id,
};
