/*
 * glue/run.c: `terrace run` and `terrace logs` for aws.glue.job: a run
 * started with StartJobRun (the -arg values over the job's default
 * arguments), followed with GetJobRun until it ends, stopped with
 * BatchStopJobRun; its lines read from CloudWatch Logs while it runs
 * (/aws-glue/jobs/output and /aws-glue/jobs/error, and the job's
 * continuous-logging group when its default arguments name one; the stream
 * of each is named by the run id). And for aws.glue.crawler: StartCrawler,
 * GetCrawler until it is READY again, its last crawl's status and the
 * tables it created, updated and deleted (GetCrawlerMetrics), StopCrawler;
 * its lines in /aws-glue/crawlers, the stream named by the crawler. And for
 * an ON_DEMAND aws.glue.trigger: StartTrigger, then the job runs it started
 * (GetJobRuns: the newest run of each action's job that names the trigger),
 * each followed as above.
 *
 * Exactly once: StartJobRun takes no idempotency token, so a job run
 * carries one, made once per run, as the argument RUN_TOKEN_ARG (Glue hands
 * every argument to the script, and getResolvedOptions reads only the names
 * it is asked for, so the script never sees it), and StartJobRun is sent at
 * most once by the transport (aws_start_once): after a send whose answer
 * was lost, GetJobRuns finds the run whose Arguments hold the token and the
 * run follows it; only when it finds none is the run started again.
 * StartTrigger is sent once too: after a lost answer, a run of its first
 * action's job that names the trigger, started since the first send, is
 * what it started.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "provider/aws/adopt.h"
#include "provider/aws/glue/api.h"
#include "provider/aws/run/api.h"
#include "provider/base/log.h"

#define OUTPUT_GROUP "/aws-glue/jobs/output"
#define ERROR_GROUP "/aws-glue/jobs/error"

struct glue_run {
	struct aws_client *c;
	char *job;
	char *run_id;
	char *last_state;
	struct cwl_reader *logs;
};

/* The run's streams: output, error, and the continuous-logging group's. */
static void add_run_streams(struct cwl_reader *logs, const json_t *attrs, const char *run_id)
{
	cwl_add_stream(logs, OUTPUT_GROUP, run_id, "output");
	cwl_add_stream(logs, ERROR_GROUP, run_id, "error");
	const char *continuous = value_get_string(value_get(attrs, "default_arguments"),
						  "--continuous-log-logGroup");
	if (continuous && *continuous)
		cwl_add_stream(logs, continuous, run_id, "driver");
}

/* Glue's arguments are named "--NAME": -arg day=1 means --day. */
static json_t *run_arguments(const json_t *args)
{
	json_t *o = json_object();
	const char *k;
	json_t *v;
	json_object_foreach((json_t *)args, k, v) {
		char *key = !strncmp(k, "--", 2) ? xstrdup(k) : xasprintf("--%s", k);
		json_object_set(o, key, v);
		free(key);
	}
	return o;
}

/* The argument that carries a run's token. */
#define RUN_TOKEN_ARG "--terrace-run-token"

/* One StartJobRun, and the lookup of its run after a lost answer. */
struct glue_start {
	struct aws_client *c;
	const char *job, *token;
	const json_t *req;
	time_t first_sent;
	char *run_id;
};

static int glue_start_send(void *ctx, bool *unknown, struct strbuf *err)
{
	struct glue_start *s = ctx;
	json_t *out = NULL;
	if (!s->first_sent)
		s->first_sent = time(NULL);
	int rc = aws_json_call_once(s->c, &aws_service_glue,
				    "StartJobRun", s->req, &out, unknown, err);
	const char *rid = value_get_string(out, "JobRunId");
	if (rc == 0 && !rid) {
		strbuf_addf(err, "glue StartJobRun: the answer names no JobRunId for job %s", s->job);
		rc = -1;
	}
	if (rc == 0)
		s->run_id = xstrdup(rid);
	json_decref(out);
	return rc;
}

struct job_runs {
	bool (*fn)(void *ctx, const json_t *run);
	void *ctx;
};

/* A page of GetJobRuns: each run to fn; 1 (no next page) when fn said so. */
static int job_runs_page(void *ctx, const json_t *page, const json_t *runs, struct strbuf *err)
{
	struct job_runs *jr = ctx;
	bool more = true;
	size_t i;
	json_t *run;
	(void)page;
	(void)err;
	json_array_foreach(runs, i, run)
		more = jr->fn(jr->ctx, run) && more;
	return more ? 0 : 1;
}

/* Each run of job `job`, newest first (GetJobRuns, paged), handed to fn,
 * which says whether to read the next page (false: the runs it wants are
 * read, the older ones need not be). -1 with err set. */
static int each_job_run(struct aws_client *c, const char *job,
			bool (*fn)(void *ctx, const json_t *run), void *ctx, struct strbuf *err)
{
	struct job_runs jr = { fn, ctx };
	json_t *in = json_pack("{s:s}", "JobName", job);
	int rc = aws_json_paged(c, &aws_service_glue,
				"GetJobRuns", in, NULL, 0, job_runs_page, &jr, err);
	json_decref(in);
	return rc ? -1 : 0;
}

/* The run whose arguments hold the token; none older than the first send. */
static bool start_found(void *ctx, const json_t *run)
{
	struct glue_start *s = ctx;
	const char *t = value_get_string(value_get(run, "Arguments"), RUN_TOKEN_ARG);
	if (!s->run_id && t && !strcmp(t, s->token) && value_get_string(run, "Id")) {
		s->run_id = xstrdup(value_get_string(run, "Id"));
		log_debugf("glue StartJobRun: run %s of job %s found after a lost answer: "
			   "following it", s->run_id, s->job);
	}
	return !s->run_id && aws_created_since(aws_time_of(value_get(run, "StartedOn")),
					       s->first_sent);
}

static int glue_start_find(void *ctx, struct strbuf *err)
{
	struct glue_start *s = ctx;
	if (each_job_run(s->c, s->job, start_found, s, err))
		return -1;
	return s->run_id ? 1 : 0;
}

static int glue_run_start(void *client, const char *id, const json_t *attrs,
			  const struct run_request *rq, const struct run_sink *sink,
			  void **handle, char **run_id, struct strbuf *err)
{
	(void)sink;
	char own_token[33];
	struct glue_start start = { .c = client, .job = id };
	struct aws_start_once once = {
		.send = glue_start_send, .find = glue_start_find, .ctx = &start,
	};
	if (!(start.token = aws_create_token(NULL, own_token, "StartJobRun", err)))
		return -1;
	json_t *args = run_arguments(rq->args);
	json_object_set_new(args, RUN_TOKEN_ARG, json_string(start.token));
	json_t *in = json_pack("{s:s, s:o}", "JobName", id, "Arguments", args);
	start.req = in;
	int rc = aws_start_once(&once, err);
	json_decref(in);
	if (rc)
		return -1;
	struct glue_run *g = xcalloc(1, sizeof(*g));
	g->c = client;
	g->job = xstrdup(id);
	g->run_id = start.run_id;
	g->logs = cwl_reader_new(client);
	add_run_streams(g->logs, attrs, start.run_id);
	*run_id = xstrdup(start.run_id);
	*handle = g;
	return 0;
}

/* One look at a run: the Glue call op with `in` (taken), and then the
 * lines that came, after the call, so that those of a run that just ended
 * are all there. -1 with err set when either failed (*out then NULL). */
static int look(struct aws_client *c, const char *op, json_t *in, struct cwl_reader *logs,
		const struct run_sink *sink, json_t **out, struct strbuf *err)
{
	int rc = glue_call(c, op, in, NULL, out, NULL, NULL, err);
	json_decref(in);
	struct strbuf log_err = STRBUF_INIT;
	if (cwl_read(logs, sink, &log_err) && !rc) {
		strbuf_addstr(err, log_err.buf);
		rc = -1;
	}
	strbuf_release(&log_err);
	if (rc) {
		json_decref(*out);
		*out = NULL;
		return -1;
	}
	return 0;
}

/* A job run's JobRunState (GetJobRun); one Glue adds later ends the run: failed. */
static const struct run_state_row job_run_state_rows[] = {
	{ "STARTING", RUN_GOING }, { "RUNNING", RUN_GOING }, { "STOPPING", RUN_GOING },
	{ "WAITING", RUN_GOING }, { "SUCCEEDED", RUN_SUCCEEDED }, { "STOPPED", RUN_STOPPED },
	{ "TIMEOUT", RUN_TIMED_OUT }, { "FAILED", RUN_FAILED }, { "ERROR", RUN_FAILED },
	{ "EXPIRED", RUN_FAILED }, { NULL },
};
const struct run_states glue_job_run_states = { job_run_state_rows, RUN_FAILED };

/* A crawler's last crawl (GetCrawler's LastCrawl Status), read once the
 * crawler is READY again, when the crawl has ended: any other state is a
 * failure. */
static const struct run_state_row crawl_state_rows[] = {
	{ "SUCCEEDED", RUN_SUCCEEDED }, { "CANCELLED", RUN_STOPPED }, { "FAILED", RUN_FAILED },
	{ "ERROR", RUN_FAILED }, { NULL },
};
const struct run_states glue_crawl_states = { crawl_state_rows, RUN_FAILED };

static int glue_run_poll(void *handle, const struct run_sink *sink, enum run_outcome *outcome,
			 struct strbuf *message, struct strbuf *err)
{
	struct glue_run *g = handle;
	*outcome = RUN_GOING;
	json_t *out = NULL;
	if (look(g->c, "GetJobRun", json_pack("{s:s, s:s}", "JobName", g->job, "RunId", g->run_id),
		 g->logs, sink, &out, err))
		return -1;
	const json_t *run = value_get(out, "JobRun");
	const char *state = value_get_string(run, "JobRunState");
	run_sink_state(sink, &g->last_state, state);
	*outcome = run_states_outcome(&glue_job_run_states, state);
	if (*outcome != RUN_GOING) {
		if (json_is_number(value_get(run, "ExecutionTime")))
			run_sink_detail(sink, "execution_seconds", json_incref(value_get(run, "ExecutionTime")));
		if (json_is_number(value_get(run, "DPUSeconds")))
			run_sink_detail(sink, "dpu_seconds", json_incref(value_get(run, "DPUSeconds")));
		const char *msg = value_get_string(run, "ErrorMessage");
		if (*outcome != RUN_SUCCEEDED)
			strbuf_addf(message, "glue job run %s %s%s%s", g->run_id, state,
				    msg ? ": " : "", msg ? msg : "");
	}
	json_decref(out);
	return 0;
}

static int glue_run_stop(void *handle, struct strbuf *err)
{
	struct glue_run *g = handle;
	json_t *in = json_pack("{s:s, s:[s]}", "JobName", g->job, "JobRunIds", g->run_id);
	json_t *out = NULL;
	int rc = glue_call(g->c, "BatchStopJobRun", in, NULL, &out, NULL, NULL, err);
	json_decref(in);
	const json_t *e = json_array_get(value_get(out, "Errors"), 0);
	if (rc == 0 && e) {
		/* A run that ended meanwhile cannot be stopped: poll tells how it ended. */
		const char *code = value_get_string(value_get(e, "ErrorDetail"), "ErrorCode");
		if (!code || strcmp(code, "InvalidInputException")) {
			strbuf_addf(err, "glue BatchStopJobRun: run %s: %s", g->run_id,
				    value_get_string(value_get(e, "ErrorDetail"), "ErrorMessage")
					    ?: "refused");
			rc = -1;
		}
	}
	json_decref(out);
	return rc;
}

static void glue_run_release(void *handle)
{
	struct glue_run *g = handle;
	if (!g)
		return;
	cwl_reader_free(g->logs);
	free(g->job);
	free(g->run_id);
	free(g->last_state);
	free(g);
}

/* `terrace logs`: the streams of one run, or of the job's runs started
 * since since_ms (GetJobRuns, newest first, read again at each read so a
 * run started while following joins in). */
struct glue_logs {
	struct aws_client *c;
	char *job;
	json_t *attrs;
	long long since_ms;
	bool one_run;
	struct cwl_reader *logs;
	json_t *found;  /* while runs are looked up: their ids, newest first */
};

static int glue_logs_open(void *client, const char *id, const json_t *attrs, const char *run_id,
			  long long since_ms, void **reader, struct strbuf *err)
{
	(void)err;
	struct glue_logs *l = xcalloc(1, sizeof(*l));
	l->c = client;
	l->job = xstrdup(id);
	l->attrs = json_deep_copy(attrs);
	l->since_ms = since_ms;
	l->logs = cwl_reader_new(client);
	if (run_id) {
		l->one_run = true;
		add_run_streams(l->logs, attrs, run_id);
	}
	*reader = l;
	return 0;
}

/* A run started since since_ms, kept in l->found. */
static bool logs_run(void *ctx, const json_t *run)
{
	struct glue_logs *l = ctx;
	time_t started = aws_time_of(value_get(run, "StartedOn"));
	if (l->since_ms && (long long)started * 1000 < l->since_ms - 999)
		return false;
	json_array_append(l->found, value_get(run, "Id"));
	return true;
}

static int glue_logs_find_runs(struct glue_logs *l, struct strbuf *err)
{
	json_t *found = l->found = json_array();
	int rc = each_job_run(l->c, l->job, logs_run, l, err);
	l->found = NULL;
	/* Oldest first, so equal times come in the order the runs started. */
	for (size_t i = json_array_size(found); i-- > 0;)
		if (json_is_string(json_array_get(found, i)))
			add_run_streams(l->logs, l->attrs,
					json_string_value(json_array_get(found, i)));
	json_decref(found);
	return rc ? -1 : 0;
}

static int glue_logs_read(void *reader, const struct run_sink *sink, struct strbuf *err)
{
	struct glue_logs *l = reader;
	if (!l->one_run && glue_logs_find_runs(l, err))
		return -1;
	return cwl_read(l->logs, sink, err);
}

static void glue_logs_close(void *reader)
{
	struct glue_logs *l = reader;
	if (!l)
		return;
	cwl_reader_free(l->logs);
	json_decref(l->attrs);
	free(l->job);
	free(l);
}

/* ---- crawlers ---- */

#define CRAWLER_GROUP "/aws-glue/crawlers"

struct crawler_run {
	struct aws_client *c;
	char *name;
	bool left_ready;        /* the crawler was seen not READY since the start */
	time_t started;
	char *last_state;
	struct cwl_reader *logs;
};

static int crawler_start(void *client, const char *id, const json_t *attrs,
			 const struct run_request *rq, const struct run_sink *sink, void **handle,
			 char **run_id, struct strbuf *err)
{
	(void)attrs;
	(void)rq;
	(void)sink;
	json_t *in = json_pack("{s:s}", "Name", id);
	int rc = glue_call(client, "StartCrawler", in, NULL, NULL, NULL, NULL, err);
	json_decref(in);
	if (rc)
		return -1;
	struct crawler_run *r = xcalloc(1, sizeof(*r));
	r->c = client;
	r->name = xstrdup(id);
	r->started = time(NULL);
	r->logs = cwl_reader_new(client);
	cwl_add_group(r->logs, CRAWLER_GROUP, id, (long long)r->started * 1000, "crawler");
	*handle = r;
	*run_id = xstrdup(id);
	return 0;
}

/* The metrics of the crawl that ended: tables created, updated, deleted. */
static int crawler_metrics(struct crawler_run *r, const struct run_sink *sink, struct strbuf *err)
{
	json_t *in = json_pack("{s:[s]}", "CrawlerNameList", r->name);
	json_t *out = NULL;
	int rc = glue_call(r->c, "GetCrawlerMetrics", in, NULL, &out, NULL, NULL, err);
	json_decref(in);
	const json_t *m = json_array_get(value_get(out, "CrawlerMetricsList"), 0);
	static const char *const names[][2] = {
		{ "TablesCreated", "tables_created" }, { "TablesUpdated", "tables_updated" },
		{ "TablesDeleted", "tables_deleted" },
	};
	for (size_t i = 0; rc == 0 && i < sizeof(names) / sizeof(*names); i++)
		if (json_is_number(value_get(m, names[i][0])))
			run_sink_detail(sink, names[i][1], json_incref(value_get(m, names[i][0])));
	json_decref(out);
	return rc ? -1 : 0;
}

static int crawler_poll(void *handle, const struct run_sink *sink, enum run_outcome *outcome,
			struct strbuf *message, struct strbuf *err)
{
	struct crawler_run *r = handle;
	*outcome = RUN_GOING;
	json_t *out = NULL;
	if (look(r->c, "GetCrawler", json_pack("{s:s}", "Name", r->name), r->logs, sink, &out, err))
		return -1;
	int rc = 0;
	const json_t *crawler = value_get(out, "Crawler");
	const char *state = value_get_string(crawler, "State");
	const json_t *last = value_get(crawler, "LastCrawl");
	run_sink_state(sink, &r->last_state, state);
	if (state && strcmp(state, "READY"))
		r->left_ready = true;
	/* Ready again after this start: the last crawl is this one (one that
	 * ended before a first look started at or after the start too). */
	bool ended = state && !strcmp(state, "READY") &&
		     (r->left_ready || aws_time_of(value_get(last, "StartTime")) >= r->started - 1);
	if (ended) {
		const char *status = value_get_string(last, "Status");
		const char *msg = value_get_string(last, "ErrorMessage");
		/* READY again with no last crawl recorded: nothing failed. */
		*outcome = status ? run_states_outcome(&glue_crawl_states, status) : RUN_SUCCEEDED;
		if (status) {
			json_t *ev = run_event_new("state");
			json_object_set_new(ev, "state", json_string(status));
			run_sink_emit(sink, ev);
		}
		if (*outcome != RUN_SUCCEEDED)
			strbuf_addf(message, "crawler %s: last crawl %s%s%s", r->name,
				    status ? status : "?", msg ? ": " : "", msg ? msg : "");
		else if (crawler_metrics(r, sink, err))
			rc = -1;
	}
	json_decref(out);
	return rc;
}

static int crawler_stop(void *handle, struct strbuf *err)
{
	struct crawler_run *r = handle;
	json_t *in = json_pack("{s:s}", "Name", r->name);
	static const char *const not_running[] = { "CrawlerNotRunningException",
						   "CrawlerStoppingException", NULL };
	int rc = glue_call(r->c, "StopCrawler", in, not_running, NULL, NULL, NULL, err);
	json_decref(in);
	return rc < 0 ? -1 : 0;
}

static void crawler_release(void *handle)
{
	struct crawler_run *r = handle;
	if (!r)
		return;
	cwl_reader_free(r->logs);
	free(r->name);
	free(r->last_state);
	free(r);
}

static int crawler_logs_open(void *client, const char *id, const json_t *attrs,
			     const char *run_id, long long since_ms, void **reader,
			     struct strbuf *err)
{
	(void)attrs;
	(void)run_id;
	(void)err;
	struct cwl_reader *r = cwl_reader_new(client);
	cwl_add_group(r, CRAWLER_GROUP, id, since_ms, "crawler");
	*reader = r;
	return 0;
}

const struct resource_runner aws_glue_crawler_runner = {
	.start = crawler_start,
	.poll = crawler_poll,
	.stop = crawler_stop,
	.release = crawler_release,
	.logs_open = crawler_logs_open,
	.logs_read = cwl_logs_read,
	.logs_close = cwl_logs_close,
};

/* ---- triggers ---- */

struct trigger_run {
	struct aws_client *c;
	char *name;
	json_t *jobs;            /* the actions' job names still to find a run of */
	struct glue_run **runs;  /* the runs found */
	enum run_outcome *ended; /* RUN_GOING while each goes on */
	size_t n;
	bool stop_asked;
	time_t started;
};

/* One StartTrigger, and the lookup of what it started after a lost answer:
 * a run of its first action's job that names the trigger, started since
 * the first send. */
struct trigger_fire {
	struct aws_client *c;
	const char *name, *job;
	const json_t *req;
	time_t first_sent;
	bool found;
};

static int trigger_fire_send(void *ctx, bool *unknown, struct strbuf *err)
{
	struct trigger_fire *f = ctx;
	if (!f->first_sent)
		f->first_sent = time(NULL);
	return aws_json_call_once(f->c, &aws_service_glue,
				  "StartTrigger", f->req, NULL, unknown, err);
}

static bool fired_run(void *ctx, const json_t *run)
{
	struct trigger_fire *f = ctx;
	const char *by = value_get_string(run, "TriggerName");
	bool since = aws_created_since(aws_time_of(value_get(run, "StartedOn")), f->first_sent);
	if (since && by && !strcmp(by, f->name) && !f->found) {
		f->found = true;
		log_debugf("glue StartTrigger: run %s of job %s, started by trigger %s, found after "
			   "a lost answer: following it", value_get_string(run, "Id"), f->job,
			   f->name);
	}
	return since && !f->found;
}

static int trigger_fire_find(void *ctx, struct strbuf *err)
{
	struct trigger_fire *f = ctx;
	if (!f->job)
		return 0; /* no job to look in: fired again */
	if (each_job_run(f->c, f->job, fired_run, f, err))
		return -1;
	return f->found ? 1 : 0;
}

static int trigger_start(void *client, const char *id, const json_t *attrs,
			 const struct run_request *rq, const struct run_sink *sink, void **handle,
			 char **run_id, struct strbuf *err)
{
	(void)rq;
	(void)sink;
	const char *type = value_get_string(attrs, "trigger_type");
	if (type && strcmp(type, "ON_DEMAND")) {
		strbuf_addf(err, "trigger %s is %s: only an ON_DEMAND trigger starts its jobs when "
			    "started (StartTrigger would only activate this one); run its jobs "
			    "instead", id, type);
		return -1;
	}
	json_t *jobs = json_array();
	size_t i;
	json_t *a;
	json_array_foreach(value_get(attrs, "actions"), i, a)
		if (value_get_string(a, "job_name"))
			json_array_append(jobs, value_get(a, "job_name"));
	json_t *in = json_pack("{s:s}", "Name", id);
	struct trigger_fire fire = { .c = client, .name = id, .req = in,
				     .job = json_string_value(json_array_get(jobs, 0)) };
	struct aws_start_once once = { .send = trigger_fire_send, .find = trigger_fire_find,
				       .ctx = &fire };
	int rc = aws_start_once(&once, err);
	json_decref(in);
	if (rc) {
		json_decref(jobs);
		return -1;
	}
	struct trigger_run *t = xcalloc(1, sizeof(*t));
	t->c = client;
	t->name = xstrdup(id);
	t->jobs = jobs;
	t->started = fire.first_sent;
	t->runs = xcalloc(json_array_size(jobs) + 1, sizeof(*t->runs));
	t->ended = xcalloc(json_array_size(jobs) + 1, sizeof(*t->ended));
	*handle = t;
	*run_id = xstrdup(id);
	return 0;
}

/* The run of job that this trigger started, when GetJobRuns shows it. */
static int trigger_find_run(struct trigger_run *t, const char *job, char **run_id,
			    struct strbuf *err)
{
	json_t *in = json_pack("{s:s}", "JobName", job);
	json_t *out = NULL;
	*run_id = NULL;
	int rc = glue_call(t->c, "GetJobRuns", in, NULL, &out, NULL, NULL, err);
	json_decref(in);
	size_t i;
	json_t *run;
	json_array_foreach(value_get(out, "JobRuns"), i, run) {
		const char *by = value_get_string(run, "TriggerName");
		if (by && !strcmp(by, t->name) &&
		    aws_time_of(value_get(run, "StartedOn")) >= t->started - 1) {
			*run_id = xstrdup(value_get_string(run, "Id") ?: "");
			break;
		}
	}
	json_decref(out);
	return rc ? -1 : 0;
}

static int trigger_poll(void *handle, const struct run_sink *sink, enum run_outcome *outcome,
			struct strbuf *message, struct strbuf *err)
{
	struct trigger_run *t = handle;
	*outcome = RUN_GOING;
	for (size_t i = 0; i < json_array_size(t->jobs);) {
		const char *job = json_string_value(json_array_get(t->jobs, i));
		char *rid = NULL;
		if (trigger_find_run(t, job, &rid, err))
			return -1;
		if (!rid) {
			i++;
			continue;
		}
		struct glue_run *g = xcalloc(1, sizeof(*g));
		g->c = t->c;
		g->job = xstrdup(job);
		g->run_id = rid;
		g->logs = cwl_reader_new(t->c);
		add_run_streams(g->logs, NULL, rid);
		t->ended[t->n] = RUN_GOING;
		t->runs[t->n++] = g;
		json_t *ev = run_event_new("note");
		json_object_set_new(ev, "message", json_sprintf("%s started %s run %s", t->name, job, rid));
		run_sink_emit(sink, ev);
		if (t->stop_asked) {
			struct strbuf stop_err = STRBUF_INIT;
			glue_run_stop(g, &stop_err);
			strbuf_release(&stop_err);
		}
		json_array_remove(t->jobs, i);
	}
	bool going = json_array_size(t->jobs) > 0;
	enum run_outcome worst = RUN_SUCCEEDED;
	for (size_t i = 0; i < t->n; i++) {
		if (t->ended[i] == RUN_GOING) {
			struct strbuf msg = STRBUF_INIT;
			if (glue_run_poll(t->runs[i], sink, &t->ended[i], &msg, err)) {
				strbuf_release(&msg);
				return -1;
			}
			if (msg.len)
				strbuf_addf(message, "%s%s", message->len ? "; " : "", msg.buf);
			strbuf_release(&msg);
		}
		if (t->ended[i] == RUN_GOING)
			going = true;
		else if (t->ended[i] != RUN_SUCCEEDED && worst == RUN_SUCCEEDED)
			worst = t->ended[i];
	}
	if (!going)
		*outcome = worst;
	return 0;
}

static int trigger_stop(void *handle, struct strbuf *err)
{
	struct trigger_run *t = handle;
	t->stop_asked = true;
	int rc = 0;
	for (size_t i = 0; i < t->n; i++)
		if (t->ended[i] == RUN_GOING && glue_run_stop(t->runs[i], err))
			rc = -1;
	return rc;
}

static void trigger_release(void *handle)
{
	struct trigger_run *t = handle;
	if (!t)
		return;
	for (size_t i = 0; i < t->n; i++)
		glue_run_release(t->runs[i]);
	free(t->runs);
	free(t->ended);
	json_decref(t->jobs);
	free(t->name);
	free(t);
}

const struct resource_runner aws_glue_trigger_runner = {
	.start = trigger_start,
	.poll = trigger_poll,
	.stop = trigger_stop,
	.release = trigger_release,
};

const struct resource_runner aws_glue_job_runner = {
	.start = glue_run_start,
	.poll = glue_run_poll,
	.stop = glue_run_stop,
	.release = glue_run_release,
	.logs_open = glue_logs_open,
	.logs_read = glue_logs_read,
	.logs_close = glue_logs_close,
};
