/*
 * ecs/run.c: `terrace run` and `terrace logs` for aws.ecs.task_definition: a
 * task started with RunTask on the cluster -cluster names, else the stack's
 * one aws.ecs.cluster (FARGATE when the
 * task definition requires it, in the -subnets and -security-groups of an
 * awsvpc one), followed with DescribeTasks to STOPPED, stopped with
 * StopTask. The run's exit code is its essential container's (the detail
 * "exit_code"). Its log lines are its containers' awslogs streams
 * (PREFIX/CONTAINER/TASK_ID of awslogs-group), read as they arrive. What
 * it shares with the other runs of a job in a container is run/run_job.c's.
 *
 * Exactly once: RunTask carries a clientToken made once per run (up to 64
 * characters: 32 hex digits), the same in every request the transport
 * sends, so ECS answers a resend with the task the first one started
 * (Amazon ECS API reference, "Ensuring idempotency").
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/ecs/api.h"
#include "provider/aws/run/api.h"
#include "provider/base/text.h"

struct ecs_run {
	struct job_run job;
	char *cluster, *task_arn;
	json_t *containers; /* the task definition's container definitions */
};

/* Each container's awslogs stream of task `arn` into r. */
static void add_streams(struct cwl_reader *r, const json_t *containers, const char *arn)
{
	const json_t *c;
	size_t i;

	json_array_foreach(containers, i, c) {
		const json_t *log = value_get(c, "logConfiguration");
		const json_t *opts = value_get(log, "options");
		const char *driver = value_get_string(log, "logDriver");
		const char *group = value_get_string(opts, "awslogs-group");
		const char *prefix = value_get_string(opts, "awslogs-stream-prefix");
		const char *name = value_get_string(c, "name");
		char *stream;

		if (!driver || strcmp(driver, "awslogs") || !group || !name)
			continue;
		stream = xasprintf("%s/%s/%s", prefix ? prefix : "ecs", name, path_base(arn));
		cwl_add_stream(r, group, stream, name);
		free(stream);
	}
}

/* The container definitions of the state's attributes (a list, or its
 * JSON text): a new reference, [] when there are none. */
static json_t *containers_of(const json_t *attrs)
{
	const json_t *v = value_get(attrs, "container_definitions");
	json_t *list = json_is_string(v) ? json_loads(json_string_value(v), 0, NULL)
					 : json_incref((json_t *)v);

	if (json_is_array(list))
		return list;
	json_decref(list);
	return json_array();
}

static bool needs_fargate(const json_t *attrs)
{
	const json_t *e;
	size_t i;

	json_array_foreach(value_get(attrs, "requires_compatibilities"), i, e)
		if (json_is_string(e) && !strcmp(json_string_value(e), "FARGATE"))
			return true;
	return false;
}

/* The name of the state's only aws.ecs.cluster, or NULL (none, or more). */
static const char *stack_cluster(const json_t *resources)
{
	int n;

	return value_get_string(run_stack_one(resources, "aws.ecs.cluster", NULL, &n), "name");
}

static int ecs_start(void *client, const char *id, const json_t *attrs,
		     const struct run_request *rq, const struct run_sink *sink, void **handle,
		     char **run_id, struct strbuf *err)
{
	const char *mode = value_get_string(attrs, "network_mode");
	const char *cluster = rq->cluster && *rq->cluster ? rq->cluster
			      : stack_cluster(rq->resources);
	json_t *req, *out = NULL;
	char own_token[33];
	const char *arn, *token;
	int rc;

	(void)sink;
	if (!cluster) {
		strbuf_addf(err, "task definition %s: name the cluster to run it on: -cluster NAME "
			    "(the stack has no aws.ecs.cluster, or more than one)", id);
		return -1;
	}
	if (mode && !strcmp(mode, "awsvpc") && !json_array_size(rq->subnets)) {
		strbuf_addf(err, "task definition %s uses network_mode awsvpc: name its subnets: "
			    "-subnets subnet-1,subnet-2 (and -security-groups sg-1)", id);
		return -1;
	}
	if (!(token = aws_create_token(NULL, own_token, "RunTask", err)))
		return -1;
	req = json_pack("{s:s, s:s, s:i, s:s}", "cluster", cluster, "taskDefinition", id, "count",
			1, "clientToken", token);
	if (needs_fargate(attrs))
		json_object_set_new(req, "launchType", json_string("FARGATE"));
	if (json_array_size(rq->subnets)) {
		json_t *vpc = json_pack("{s:O}", "subnets", rq->subnets);

		if (json_array_size(rq->security_groups))
			json_object_set(vpc, "securityGroups", (json_t *)rq->security_groups);
		json_object_set_new(req, "networkConfiguration",
				    json_pack("{s:o}", "awsvpcConfiguration", vpc));
	}
	rc = ecs_call(client, "RunTask", req, NULL, &out, NULL, err);
	json_decref(req);
	arn = value_get_string(json_array_get(value_get(out, "tasks"), 0), "taskArn");
	if (!rc && !arn) {
		const json_t *f = json_array_get(value_get(out, "failures"), 0);

		strbuf_addf(err, "ecs RunTask started no task of %s on cluster %s: %s", id,
			    cluster, value_get_string_or(f, "reason", "no reason given"));
		rc = -1;
	}
	if (!rc) {
		struct ecs_run *e = xcalloc(1, sizeof(*e));

		job_run_init(&e->job, client);
		e->cluster = xstrdup(cluster);
		e->task_arn = xstrdup(arn);
		e->containers = containers_of(attrs);
		add_streams(e->job.logs, e->containers, arn);
		*handle = e;
		*run_id = xstrdup(arn);
	}
	json_decref(out);
	return rc ? -1 : 0;
}

static int ecs_poll(void *handle, const struct run_sink *sink, enum run_outcome *outcome,
		    struct strbuf *message, struct strbuf *err)
{
	struct ecs_run *e = handle;
	json_t *req = json_pack("{s:s, s:[s]}", "cluster", e->cluster, "tasks", e->task_arn);
	json_t *out = NULL;
	struct job_look look = { .outcome = RUN_GOING };
	const json_t *task, *c;
	char *who = NULL;
	size_t i;
	int rc;

	*outcome = RUN_GOING;
	rc = ecs_call(e->job.c, "DescribeTasks", req, NULL, &out, NULL, err);
	json_decref(req);
	if (rc) {
		json_decref(out);
		return -1;
	}
	task = json_array_get(value_get(out, "tasks"), 0);
	look.state = value_get_string(task, "lastStatus");
	if (look.state && !strcmp(look.state, "STOPPED")) {
		const char *stop_code = value_get_string(task, "stopCode");

		/* The essential container's exit code (the first with one). */
		json_array_foreach(value_get(task, "containers"), i, c)
			if (json_is_integer(value_get(c, "exitCode"))) {
				look.exit_code = value_get(c, "exitCode");
				who = xasprintf("container %s", value_get_string(c, "name") ?: "?");
				break;
			}
		if (stop_code && !strcmp(stop_code, "UserInitiated"))
			look.outcome = RUN_STOPPED;
		else if (!look.exit_code || json_integer_value(look.exit_code))
			look.outcome = RUN_FAILED;
		else
			look.outcome = RUN_SUCCEEDED;
		look.who = who;
		look.reasons[0] = value_get_string(task, "stoppedReason");
	}
	rc = job_run_report(&e->job, &look, sink, outcome, message, err);
	free(who);
	json_decref(out);
	return rc;
}

static int ecs_stop(void *handle, struct strbuf *err)
{
	struct ecs_run *e = handle;
	json_t *req = json_pack("{s:s, s:s, s:s}", "cluster", e->cluster, "task", e->task_arn,
				"reason", "stopped by terrace run");
	int rc = ecs_call(e->job.c, "StopTask", req, NULL, NULL, NULL, err);

	json_decref(req);
	e->job.stop_asked = e->job.stop_asked || !rc;
	return rc ? -1 : 0;
}

static void ecs_release(void *handle)
{
	struct ecs_run *e = handle;

	if (!e)
		return;
	free(e->cluster);
	free(e->task_arn);
	json_decref(e->containers);
	job_run_release(&e->job);
	free(e);
}

/* The containers' awslogs groups: of one task (run_id, its ARN), or every
 * stream of each group since since_ms. */
static int ecs_logs_open(void *client, const char *id, const json_t *attrs, const char *run_id,
			 long long since_ms, void **reader, struct strbuf *err)
{
	json_t *containers = containers_of(attrs);
	struct cwl_reader *r = cwl_reader_new(client);
	const json_t *c;
	size_t i, n = 0;

	json_array_foreach(containers, i, c) {
		const json_t *log = value_get(c, "logConfiguration");
		const char *driver = value_get_string(log, "logDriver");
		const char *group = value_get_string(value_get(log, "options"), "awslogs-group");

		if (!driver || strcmp(driver, "awslogs") || !group)
			continue;
		n++;
		if (!run_id)
			cwl_add_group(r, group, NULL, since_ms, value_get_string(c, "name"));
	}
	if (run_id)
		add_streams(r, containers, run_id);
	json_decref(containers);
	if (!n) {
		cwl_reader_free(r);
		strbuf_addf(err, "task definition %s has no logs to read: no container logs with "
			    "awslogs (logConfiguration: {logDriver: awslogs, options: "
			    "{awslogs-group: ..., awslogs-stream-prefix: ...}})", id);
		return 2;
	}
	*reader = r;
	return 0;
}

const struct resource_runner aws_ecs_task_definition_runner = {
	.start = ecs_start,
	.poll = ecs_poll,
	.stop = ecs_stop,
	.release = ecs_release,
	.logs_open = ecs_logs_open,
	.logs_read = cwl_logs_read,
	.logs_close = cwl_logs_close,
};
