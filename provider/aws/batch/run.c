/*
 * batch/run.c: `terrace run` and `terrace logs` for aws.batch.job_definition:
 * a job submitted with SubmitJob to the queue -queue names, else the stack's
 * one aws.batch.job_queue (the -arg values as its parameters, over the job
 * definition's: Ref::NAME in its command; -payload as its
 * containerOverrides), followed with DescribeJobs through SUBMITTED,
 * PENDING, RUNNABLE, STARTING and RUNNING to SUCCEEDED or FAILED, stopped
 * with TerminateJob (which stops a job in any state; CancelJob only one not
 * yet started). The run's exit code is its container's (the detail
 * "exit_code"); a failed job says Batch's statusReason and the
 * container's reason. Its log lines are its container's stream, the
 * logStreamName DescribeJobs gives once the job started, in the job
 * definition's awslogs-group, else /aws/batch/job. What it shares with the
 * other runs of a job in a container is run/run_job.c's.
 *
 * Exactly once: SubmitJob takes no idempotency token, so the job's name
 * carries one, made once per run (NAME-TOKEN: the job definition's name,
 * cut to leave room, and 32 hex digits), and SubmitJob is sent at most once
 * by the transport (aws_start_once): after a send whose answer was lost,
 * ListJobs on the queue filtered by that JOB_NAME (a filter lists jobs of
 * every status) finds the job and the run follows it; only when it finds
 * none is the job submitted again.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/batch/api.h"
#include "provider/aws/run/api.h"
#include "provider/base/log.h"

#define BATCH_LOG_GROUP "/aws/batch/job"

struct batch_run {
	struct job_run job;
	char *job_id;
	char *group;
};

/* The job definition's container_properties (an object, or its JSON text):
 * a new reference, or NULL. */
static json_t *container_properties(const json_t *attrs)
{
	const json_t *v = value_get(attrs, "container_properties");
	json_t *o = json_is_string(v) ? json_loads(json_string_value(v), 0, NULL)
				       : json_incref((json_t *)v);

	if (json_is_object(o))
		return o;
	json_decref(o);
	return NULL;
}

/* Where the job's container logs: the job definition's awslogs-group when
 * it logs with awslogs to a group of its own, else Batch's /aws/batch/job
 * (a new string). */
static char *log_group(const json_t *attrs)
{
	json_t *props = container_properties(attrs);
	const json_t *log = value_get(props, "logConfiguration");
	const char *driver = value_get_string(log, "logDriver");
	const char *group = value_get_string(value_get(log, "options"), "awslogs-group");
	char *out = xstrdup(driver && !strcmp(driver, "awslogs") && group ? group
										: BATCH_LOG_GROUP);

	json_decref(props);
	return out;
}

/* A job name, up to 128 letters, digits, '-' and '_' whose first is a
 * letter or a digit (the SubmitJob API reference), that carries the run's
 * token: NAME-TOKEN. A job definition's name may begin with '-' or '_'
 * (RegisterJobDefinition sets no first character), which SubmitJob refuses
 * of a job's: those are left out of the job's name. */
#define BATCH_JOB_NAME_MAX 128

static char *job_name(const char *name, const char *token)
{
	size_t room = BATCH_JOB_NAME_MAX - 1 - strlen(token);

	while (name && (*name == '-' || *name == '_'))
		name++;
	return xasprintf("%.*s-%s", (int)room, name && *name ? name : "terrace-run", token);
}

/* One SubmitJob, and the lookup of its job after a lost answer. */
struct batch_submit {
	struct aws_client *c;
	const json_t *req;
	char *job_id;
};

static int batch_submit_send(void *ctx, bool *unknown, struct strbuf *err)
{
	struct batch_submit *s = ctx;
	json_t *out = NULL;
	int rc = aws_rest_json_call_once(s->c, &aws_service_batch, "SubmitJob", "POST",
					 "/v1/submitjob",
					 s->req, &out, unknown, err);
	const char *job_id = value_get_string(out, "jobId");

	if (!rc && !job_id) {
		strbuf_addf(err, "batch SubmitJob: the answer names no jobId for %s",
			    value_get_string(s->req, "jobDefinition"));
		rc = -1;
	}
	if (!rc)
		s->job_id = xstrdup(job_id);
	json_decref(out);
	return rc;
}

static int batch_submit_find(void *ctx, struct strbuf *err)
{
	struct batch_submit *s = ctx;
	json_t *req = json_pack("{s:O, s:[{s:s, s:[O]}]}", "jobQueue",
				json_object_get(s->req, "jobQueue"), "filters", "name", "JOB_NAME",
				"values", json_object_get(s->req, "jobName"));
	json_t *out = NULL;
	int rc = batch_call(s->c, "ListJobs", req, NULL, &out, NULL, err);
	const char *job_id = value_get_string(json_array_get(value_get(out, "jobSummaryList"), 0),
					      "jobId");

	json_decref(req);
	if (!rc && job_id) {
		log_debugf("batch SubmitJob: job %s (%s) found after a lost answer: following it",
			   job_id, value_get_string(s->req, "jobName"));
		s->job_id = xstrdup(job_id);
	}
	json_decref(out);
	return rc ? -1 : job_id ? 1 : 0;
}

static int batch_start(void *client, const char *id, const json_t *attrs,
		       const struct run_request *rq, const struct run_sink *sink, void **handle,
		       char **run_id, struct strbuf *err)
{
	const char *name = value_get_string(attrs, "name");
	const char *queue = rq->queue && *rq->queue ? rq->queue : NULL;
	json_t *req, *overrides = NULL;
	struct batch_submit submit = { .c = client };
	struct aws_start_once once = {
		.send = batch_submit_send, .find = batch_submit_find, .ctx = &submit,
	};
	char own_token[33], *jname;
	const char *token;
	int n = 0, rc;

	(void)sink;
	if (!queue)
		queue = value_get_string(run_stack_one(rq->resources, "aws.batch.job_queue",
						       NULL, &n), "name");
	if (!queue) {
		strbuf_addf(err, "job definition %s: name the job queue to submit it to: -queue "
			    "NAME (the stack has %s aws.batch.job_queue)", id, n ? "more than one"
										  : "no");
		return -1;
	}
	if (rq->payload) {
		overrides = json_loads(rq->payload, 0, NULL);
		if (!json_is_object(overrides)) {
			strbuf_addf(err, "job definition %s: -payload is the job's containerOverrides, "
				    "a JSON object: {\"command\": [...], \"environment\": [{\"name\": "
				    "..., \"value\": ...}]}", id);
			json_decref(overrides);
			return -1;
		}
	}
	if (!(token = aws_create_token(NULL, own_token, "SubmitJob", err))) {
		json_decref(overrides);
		return -1;
	}
	jname = job_name(name, token);
	req = json_pack("{s:s, s:s, s:s}", "jobName", jname, "jobQueue", queue, "jobDefinition",
			id);
	free(jname);
	if (json_object_size(rq->args))
		json_object_set(req, "parameters", (json_t *)rq->args);
	if (overrides)
		json_object_set_new(req, "containerOverrides", overrides);
	submit.req = req;
	rc = aws_start_once(&once, err);
	json_decref(req);
	if (!rc) {
		struct batch_run *b = xcalloc(1, sizeof(*b));

		job_run_init(&b->job, client);
		b->job_id = submit.job_id;
		b->group = log_group(attrs);
		*handle = b;
		*run_id = xstrdup(submit.job_id);
	} else {
		free(submit.job_id);
	}
	return rc ? -1 : 0;
}

/* DescribeJobs of job_id: 0 with *job (a new reference, NULL when Batch
 * does not know it), -1. */
static int describe_job(struct aws_client *c, const char *job_id, json_t **job,
			struct strbuf *err)
{
	json_t *req = json_pack("{s:[s]}", "jobs", job_id);
	json_t *out = NULL;
	int rc = batch_call(c, "DescribeJobs", req, NULL, &out, NULL, err);

	json_decref(req);
	*job = rc ? NULL : json_incref(json_array_get(value_get(out, "jobs"), 0));
	json_decref(out);
	return rc ? -1 : 0;
}

/* A job's status (DescribeJobs); one Batch adds later: polled again. */
static const struct run_state_row job_state_rows[] = {
	{ "SUBMITTED", RUN_GOING }, { "PENDING", RUN_GOING }, { "RUNNABLE", RUN_GOING },
	{ "STARTING", RUN_GOING }, { "RUNNING", RUN_GOING }, { "SUCCEEDED", RUN_SUCCEEDED },
	{ "FAILED", RUN_FAILED }, { NULL },
};
const struct run_states batch_job_states = { job_state_rows, RUN_GOING };

static int batch_poll(void *handle, const struct run_sink *sink, enum run_outcome *outcome,
		      struct strbuf *message, struct strbuf *err)
{
	struct batch_run *b = handle;
	struct job_look look = { .outcome = RUN_GOING, .who = "container" };
	json_t *job = NULL;
	const json_t *container;
	const char *stream;
	int rc;

	*outcome = RUN_GOING;
	if (describe_job(b->job.c, b->job_id, &job, err))
		return -1;
	container = value_get(job, "container");
	stream = value_get_string(container, "logStreamName");
	if (stream && *stream)
		cwl_add_stream(b->job.logs, b->group, stream, "output");
	look.state = value_get_string(job, "status");
	look.outcome = run_states_outcome(&batch_job_states, look.state);
	look.exit_code = json_is_integer(value_get(container, "exitCode"))
			 ? value_get(container, "exitCode") : NULL;
	look.reasons[0] = value_get_string(job, "statusReason");
	look.reasons[1] = value_get_string(container, "reason");
	rc = job_run_report(&b->job, &look, sink, outcome, message, err);
	json_decref(job);
	return rc;
}

static int batch_stop(void *handle, struct strbuf *err)
{
	struct batch_run *b = handle;
	json_t *req = json_pack("{s:s, s:s}", "jobId", b->job_id, "reason",
				"stopped by terrace run");
	int rc = batch_call(b->job.c, "TerminateJob", req, NULL, NULL, NULL, err);

	json_decref(req);
	b->job.stop_asked = b->job.stop_asked || !rc;
	return rc ? -1 : 0;
}

static void batch_release(void *handle)
{
	struct batch_run *b = handle;

	if (!b)
		return;
	free(b->job_id);
	free(b->group);
	job_run_release(&b->job);
	free(b);
}

/*
 * `terrace logs`: one job's stream (-run JOB_ID; DescribeJobs names it once
 * the job started, looked up at each read until then), or the streams of
 * the job definition's jobs since since_ms: in /aws/batch/job, which every
 * job definition shares, those Batch names after it (NAME/default/TASK_ID);
 * in a group of its own, the whole group.
 */
struct batch_logs {
	struct aws_client *c;
	char *job_id; /* -run's job, until its stream is known */
	char *group;
	struct cwl_reader *logs;
};

static int batch_logs_open(void *client, const char *id, const json_t *attrs,
			   const char *run_id, long long since_ms, void **reader,
			   struct strbuf *err)
{
	struct batch_logs *l = xcalloc(1, sizeof(*l));
	const char *name = value_get_string(attrs, "name");

	(void)id;
	(void)err;
	l->c = client;
	l->group = log_group(attrs);
	l->logs = cwl_reader_new(client);
	if (run_id) {
		l->job_id = xstrdup(run_id);
	} else if (!strcmp(l->group, BATCH_LOG_GROUP) && name) {
		char *prefix = xasprintf("%s/", name);

		cwl_add_prefix(l->logs, l->group, prefix, since_ms, "output");
		free(prefix);
	} else {
		cwl_add_group(l->logs, l->group, NULL, since_ms, "output");
	}
	*reader = l;
	return 0;
}

static int batch_logs_read(void *reader, const struct run_sink *sink, struct strbuf *err)
{
	struct batch_logs *l = reader;

	if (l->job_id) {
		json_t *job = NULL;
		const char *stream;

		if (describe_job(l->c, l->job_id, &job, err))
			return -1;
		stream = value_get_string(value_get(job, "container"), "logStreamName");
		if (stream && *stream) {
			cwl_add_stream(l->logs, l->group, stream, "output");
			free(l->job_id);
			l->job_id = NULL;
		}
		json_decref(job);
	}
	return cwl_read(l->logs, sink, err);
}

static void batch_logs_close(void *reader)
{
	struct batch_logs *l = reader;

	if (!l)
		return;
	free(l->job_id);
	free(l->group);
	cwl_reader_free(l->logs);
	free(l);
}

const struct resource_runner aws_batch_job_definition_runner = {
	.start = batch_start,
	.poll = batch_poll,
	.stop = batch_stop,
	.release = batch_release,
	.logs_open = batch_logs_open,
	.logs_read = batch_logs_read,
	.logs_close = batch_logs_close,
};
