/*
 * emrserverless/run.c: `terrace run` and `terrace logs` for
 * aws.emrserverless.application: a Spark job run started with StartJobRun on
 * the application, followed with GetJobRun through SUBMITTED, PENDING,
 * SCHEDULED and RUNNING to SUCCESS, FAILED or CANCELLED, cancelled with
 * CancelJobRun.
 *
 * What runs is the entry point -entry-point names (an S3 URI), else the
 * stack's one aws.s3.artifact of a .py or .jar (the script the stack
 * uploads), with the -arg values as its arguments (-arg day=1: --day 1, as
 * a Glue job's), as the role -role names, else the stack's one
 * aws.iam.role that EMR Serverless may assume (emr-serverless.amazonaws.com
 * in its trust policy). StartJobRun carries a clientToken made once per
 * run: a request the transport sends again starts no second run. An
 * application whose auto start is off is started first (StartApplication,
 * waited STARTED).
 *
 * The run's log lines are its Spark driver's stdout and stderr, which the
 * run sends to CloudWatch Logs (its monitoringConfiguration, which terrace
 * sets): the group /aws/emr-serverless (AWS's default), the streams
 * /applications/APP/jobs/RUN/SPARK_DRIVER/stdout and .../stderr. A failed
 * run says EMR Serverless's stateDetails; there is no exit code. What it
 * shares with the other runs of a job in a container is run/run_job.c's.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "provider/aws/adopt.h"
#include "provider/aws/run/api.h"
#include "provider/aws/transport/transport.h"
#include "provider/aws/emrserverless/api.h"
#include "provider/base/text.h"

#define EMRS_LOG_GROUP "/aws/emr-serverless"

struct emrs_run {
	struct job_run job;
	char *app, *run;
};

/* The driver's streams of run `run` of application `app`. */
static void add_driver_streams(struct cwl_reader *r, const char *app, const char *run)
{
	static const char *const kinds[] = { "stdout", "stderr" };

	for (size_t i = 0; i < 2; i++) {
		char *stream = xasprintf("/applications/%s/jobs/%s/SPARK_DRIVER/%s", app, run,
					 kinds[i]);

		cwl_add_stream(r, EMRS_LOG_GROUP, stream, kinds[i]);
		free(stream);
	}
}

static bool is_script(const json_t *attrs)
{
	const char *key = value_get_string(attrs, "key");

	return ends_with_nocase(key, ".py") || ends_with_nocase(key, ".jar");
}

/* A role EMR Serverless may assume: its trust policy (an object, or its
 * JSON text) names emr-serverless.amazonaws.com. */
static bool trusts_emr_serverless(const json_t *attrs)
{
	const json_t *v = value_get(attrs, "assume_role_policy");
	char *text = json_is_string(v) ? xstrdup(json_string_value(v))
				       : json_dumps(v, JSON_COMPACT);
	bool yes = text && strstr(text, "emr-serverless.amazonaws.com");

	free(text);
	return yes;
}

/* Spark's arguments: -arg day=1 is --day 1. */
static json_t *entry_arguments(const json_t *args)
{
	json_t *list = json_array();
	const char *k;
	json_t *v;

	json_object_foreach((json_t *)args, k, v) {
		json_array_append_new(list, !strncmp(k, "--", 2) ? json_string(k)
								: json_sprintf("--%s", k));
		json_array_append(list, v);
	}
	return list;
}

static const char *const app_started_states[] = { "STARTED", NULL };
static const char *const app_start_failed_states[] = { "TERMINATED", "STOPPED", NULL };
const struct aws_waiter app_started = {
	.what = "EMR Serverless application %s to be STARTED",
	.service = &aws_service_emrserverless,
	.operation = "GetApplication",
	.path = "/applications/%s", .status_path = "application/state",
	.reason_path = "application/stateDetails", .done = app_started_states,
	.failed = app_start_failed_states, .poll = &emrs_application_poll,
};

/* Start the application when it is not started and will not start itself
 * on the run (auto start off), and wait until it is STARTED. */
static int start_application(struct aws_client *c, const char *app, const json_t *attrs,
			     struct strbuf *err)
{
	const json_t *auto_start = value_get(value_get(attrs, "auto_start_configuration"),
					     "enabled");
	char *path = xasprintf("/applications/%s", app);
	json_t *out = NULL;
	const char *state;
	int rc = emrs_call(c, "GetApplication", "GET", path, NULL, NULL, NULL, &out, NULL, err);

	free(path);
	state = value_get_string(value_get(out, "application"), "state");
	if (!rc && state && strcmp(state, "STARTED") && strcmp(state, "STARTING") &&
	    json_is_false(auto_start)) {
		path = xasprintf("/applications/%s/start", app);
		rc = emrs_call(c, "StartApplication", "POST", path, NULL, NULL, NULL, NULL, NULL, err);
		free(path);
	}
	if (!rc && state && strcmp(state, "STARTED") && json_is_false(auto_start))
		rc = aws_waiter_run(c, &app_started, app, err) ? -1 : 0;
	json_decref(out);
	return rc;
}

static int emrs_start(void *client, const char *id, const json_t *attrs,
		      const struct run_request *rq, const struct run_sink *sink, void **handle,
		      char **run_id, struct strbuf *err)
{
	const char *type = value_get_string(attrs, "application_type");
	const char *role = rq->role && *rq->role ? rq->role : NULL;
	const char *entry = rq->entry_point && *rq->entry_point ? rq->entry_point : NULL;
	char own_token[33];
	const char *token;
	json_t *req, *spark, *out = NULL;
	const char *rid;
	char *path;
	int n = 0, rc;

	(void)sink;
	if (type && strcasecmp(type, "SPARK")) {
		strbuf_addf(err, "application %s is a %s application: terrace runs Spark job runs "
			    "(an entry point script or jar)", id, type);
		return -1;
	}
	if (!role)
		role = value_get_string(run_stack_one(rq->resources, "aws.iam.role",
						      trusts_emr_serverless, &n), "arn");
	if (!role) {
		strbuf_addf(err, "application %s: name the job run's execution role: -role ARN "
			    "(the stack has %s aws.iam.role that emr-serverless.amazonaws.com may "
			    "assume)", id, n ? "more than one" : "no");
		return -1;
	}
	if (!entry)
		entry = value_get_string(run_stack_one(rq->resources, "aws.s3.artifact", is_script,
						       &n), "uri");
	if (!entry) {
		strbuf_addf(err, "application %s: name the Spark entry point: -entry-point "
			    "s3://BUCKET/KEY.py (the stack has %s aws.s3.artifact of a .py or .jar)",
			    id, n ? "more than one" : "no");
		return -1;
	}
	if (!(token = aws_create_token(NULL, own_token, "StartJobRun", err)))
		return -1;
	if (start_application(client, id, attrs, err))
		return -1;
	spark = json_pack("{s:s}", "entryPoint", entry);
	if (json_object_size(rq->args))
		json_object_set_new(spark, "entryPointArguments", entry_arguments(rq->args));
	req = json_pack("{s:s, s:s, s:s, s:{s:o}, s:{s:{s:{s:b, s:s}}}}", "clientToken", token,
			"executionRoleArn", role, "name", "terrace-run", "jobDriver", "sparkSubmit",
			spark, "configurationOverrides", "monitoringConfiguration",
			"cloudWatchLoggingConfiguration", "enabled", 1, "logGroupName",
			EMRS_LOG_GROUP);
	path = xasprintf("/applications/%s/jobruns", id);
	rc = emrs_call(client, "StartJobRun", "POST", path, NULL, req, NULL, &out, NULL, err);
	free(path);
	json_decref(req);
	rid = value_get_string(out, "jobRunId");
	if (!rc && !rid) {
		strbuf_addf(err, "emr-serverless StartJobRun: the answer names no jobRunId for "
			    "application %s", id);
		rc = -1;
	}
	if (!rc) {
		struct emrs_run *e = xcalloc(1, sizeof(*e));

		job_run_init(&e->job, client);
		e->app = xstrdup(id);
		e->run = xstrdup(rid);
		add_driver_streams(e->job.logs, id, rid);
		*handle = e;
		*run_id = xstrdup(rid);
	}
	json_decref(out);
	return rc;
}

/* A job run's state (GetJobRun); one EMR Serverless adds later: polled again. */
static const struct run_state_row job_run_state_rows[] = {
	{ "SUBMITTED", RUN_GOING }, { "PENDING", RUN_GOING }, { "SCHEDULED", RUN_GOING },
	{ "RUNNING", RUN_GOING }, { "QUEUED", RUN_GOING }, { "CANCELLING", RUN_GOING },
	{ "SUCCESS", RUN_SUCCEEDED }, { "FAILED", RUN_FAILED }, { "CANCELLED", RUN_STOPPED },
	{ NULL },
};
const struct run_states emrs_job_run_states = { job_run_state_rows, RUN_GOING };

static int emrs_poll(void *handle, const struct run_sink *sink, enum run_outcome *outcome,
		     struct strbuf *message, struct strbuf *err)
{
	struct emrs_run *e = handle;
	char *path = xasprintf("/applications/%s/jobruns/%s", e->app, e->run);
	struct job_look look = { .outcome = RUN_GOING };
	json_t *out = NULL;
	const json_t *run;
	int rc = emrs_call(e->job.c, "GetJobRun", "GET", path, NULL, NULL, NULL, &out, NULL, err);

	free(path);
	*outcome = RUN_GOING;
	if (rc) {
		json_decref(out);
		return -1;
	}
	run = value_get(out, "jobRun");
	look.state = value_get_string(run, "state");
	look.outcome = run_states_outcome(&emrs_job_run_states, look.state);
	look.reasons[0] = value_get_string(run, "stateDetails");
	if (look.outcome != RUN_GOING && json_is_number(value_get(run,
						"totalExecutionDurationSeconds")))
		run_sink_detail(sink, "execution_seconds",
				json_incref(value_get(run, "totalExecutionDurationSeconds")));
	rc = job_run_report(&e->job, &look, sink, outcome, message, err);
	json_decref(out);
	return rc;
}

static int emrs_stop(void *handle, struct strbuf *err)
{
	struct emrs_run *e = handle;
	char *path = xasprintf("/applications/%s/jobruns/%s", e->app, e->run);
	int rc = emrs_call(e->job.c, "CancelJobRun", "DELETE", path, NULL, NULL, NULL, NULL, NULL, err);

	free(path);
	e->job.stop_asked = e->job.stop_asked || !rc;
	return rc;
}

static void emrs_release(void *handle)
{
	struct emrs_run *e = handle;

	if (!e)
		return;
	free(e->app);
	free(e->run);
	job_run_release(&e->job);
	free(e);
}

/* `terrace logs`: the driver's streams of one run (-run JOB_RUN_ID), or of
 * every run of the application since since_ms. */
static int emrs_logs_open(void *client, const char *id, const json_t *attrs, const char *run_id,
			  long long since_ms, void **reader, struct strbuf *err)
{
	struct cwl_reader *r = cwl_reader_new(client);

	(void)attrs;
	(void)err;
	if (run_id) {
		add_driver_streams(r, id, run_id);
	} else {
		char *prefix = xasprintf("/applications/%s/jobs/", id);

		cwl_add_prefix(r, EMRS_LOG_GROUP, prefix, since_ms, "driver");
		free(prefix);
	}
	*reader = r;
	return 0;
}

const struct resource_runner aws_emrserverless_application_runner = {
	.start = emrs_start,
	.poll = emrs_poll,
	.stop = emrs_stop,
	.release = emrs_release,
	.logs_open = emrs_logs_open,
	.logs_read = cwl_logs_read,
	.logs_close = cwl_logs_close,
};
