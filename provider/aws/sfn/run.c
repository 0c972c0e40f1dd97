/*
 * sfn/run.c: `terrace run` and `terrace logs` for aws.sfn.state_machine.
 * A STANDARD state machine's execution is started with StartExecution
 * (-payload as its input), followed with DescribeExecution and
 * GetExecutionHistory (paged; each state entered, succeeded or failed sent
 * once, with its duration), stopped with StopExecution; its output at the
 * end. An EXPRESS one's is run with StartSyncExecution, which answers when
 * it has ended (at most 5 minutes) with its status, output, error and
 * cause: AWS records no Express execution, so DescribeExecution,
 * GetExecutionHistory and StopExecution do not apply to it (the API
 * reference); -no-wait starts it with StartExecution. Its log lines are
 * those of the log group its logging configuration names.
 *
 * Exactly once: the execution's name is made once per run and carries the
 * run's token (terrace-run-TIME-TOKEN). For a STANDARD state machine,
 * StartExecution with the same name and input returns the execution it
 * started while it runs, and answers ExecutionAlreadyExists once it has
 * ended (the API reference), so a request the transport sent again either
 * gets the same execution or, when it ended meanwhile, names it: that
 * name, which only this run knows, is the evidence, and the run follows the
 * execution of that name. Neither start is idempotent for an EXPRESS one,
 * whose executions no API lists: it is sent at most once (a lost answer is
 * an error saying the execution may have run, and where its lines are).
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "provider/aws/adopt.h"
#include "provider/aws/run/api.h"
#include "provider/aws/sfn/api.h"
#include "provider/base/log.h"
#include "provider/base/text.h"


struct sfn_run {
	struct aws_client *c;
	char *arn;
	json_t *ended;           /* an EXPRESS run: StartSyncExecution's answer */
	json_int_t last_event;   /* history events up to this id are sent */
	json_t *entered;         /* state name -> time entered (seconds) */
	char *current;           /* the state entered last */
	char *last_status;
};

/* How long StartSyncExecution may take to answer: an Express execution runs
 * at most 5 minutes (the Step Functions quotas), and a margin. */
#define SFN_EXPRESS_ANSWER_S 330

/* The error of an EXPRESS start whose answer was lost, or given up on
 * (an interrupt, -timeout): the execution may have run, and nothing but
 * its log group says so. */
static void express_unknown(const char *id, const json_t *attrs, const char *name,
			    const char *op, bool gave_up, struct strbuf *err)
{
	const char *group = value_get_string(value_get(attrs, "logging_configuration"),
					     "log_group_arn");
	if (gave_up)
		strbuf_addf(err, ": terrace gave up waiting for the answer; execution %s of EXPRESS "
			    "state machine %s runs on to its end on AWS (StopExecution does not "
			    "apply to Express executions)", name, id);
	else
		strbuf_addf(err, ": execution %s of EXPRESS state machine %s may have run (%s is "
			    "not idempotent)", name, id, op);
	if (group)
		strbuf_addf(err, "; its lines in %s say what it did: terrace logs", group);
	else
		strbuf_addstr(err, "; it logs to no log group (logging_configuration), so nothing "
			      "AWS keeps says what it did");
}

static int sfn_start(void *client, const char *id, const json_t *attrs,
		     const struct run_request *rq, const struct run_sink *sink, void **handle,
		     char **run_id, struct strbuf *err)
{
	(void)sink;
	static const char *const exists[] = { "ExecutionAlreadyExists", NULL };
	/* A name of its own (AWS would make a UUID up): when it started, and
	 * the run's token (up to 80 characters: 29 + 32). */
	char own_token[33];
	const char *token = aws_create_token(NULL, own_token, "StartExecution", err);
	if (!token)
		return -1;
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	char name[80];
	size_t n = strftime(name, sizeof(name), "terrace-run-%Y%m%dT%H%M%SZ-", &tm);
	snprintf(name + n, sizeof(name) - n, "%s", token);
	json_t *in = json_pack("{s:s, s:s, s:s}", "stateMachineArn", id, "name", name, "input",
			       rq->payload ? rq->payload : "{}");
	json_t *out = NULL;
	const char *type = value_get_string(attrs, "state_machine_type");
	bool express = type && !strcmp(type, "EXPRESS");
	char *arn = NULL;
	int rc, attempts = 0;
	if (express) {
		/* StartSyncExecution's host is sync-states.REGION (its model's
		 * endpoint hostPrefix "sync-"); it answers when the execution has
		 * ended, Express's limit being 5 minutes. */
		const struct aws_request shape = {
			.operation = rq->no_wait ? "StartExecution" : "StartSyncExecution",
			.once = true,
			.host_prefix = rq->no_wait ? NULL : "sync-",
			.answer_within_s = rq->no_wait ? 0 : SFN_EXPRESS_ANSWER_S,
			.abandon = rq->give_up,
		};
		bool unknown = false;
		rc = aws_json_call_as(client, &aws_service_sfn, &shape, in, &out, &unknown, err);
		if (rc && unknown)
			express_unknown(id, attrs, name, shape.operation,
					rq->give_up && rq->give_up(), err);
	} else {
		rc = aws_json_call_codes(client, &aws_service_sfn,
					 "StartExecution", in, exists, &out, NULL, &attempts, err);
	}
	json_decref(in);
	if (rc == 1 && attempts > 1) {
		/* Sent more than once, and the first ended meanwhile: the name is ours. */
		const char *at = strstr(id, ":stateMachine:");
		if (at) {
			arn = xasprintf("%.*s:execution:%s:%s", (int)(at - id), id,
					at + strlen(":stateMachine:"), name);
			log_debugf("states StartExecution: %s, sent %d times, ended before the "
				   "last: following it", arn, attempts);
			rc = 0;
		}
	}
	if (rc == 1)
		strbuf_addf(err, "states StartExecution: an execution named %s of %s already exists "
			    "and no attempt of this run started it", name, id);
	if (rc == 0 && !arn) {
		const char *got = value_get_string(out, "executionArn");
		if (got)
			arn = xstrdup(got);
		else {
			strbuf_addf(err, "states StartExecution: the answer names no executionArn for "
				    "%s", id);
			rc = -1;
		}
	}
	if (rc == 0) {
		struct sfn_run *s = xcalloc(1, sizeof(*s));
		s->c = client;
		s->arn = arn;
		s->entered = json_object();
		if (express && !rq->no_wait)
			s->ended = json_incref(out);
		*handle = s;
		*run_id = xstrdup(arn);
	}
	json_decref(out);
	return rc ? -1 : 0;
}

static double seconds_of(const json_t *v)
{
	if (json_is_number(v))
		return json_number_value(v);
	return (double)aws_time_of(v);
}

static void step(const struct run_sink *sink, const char *name, const char *status,
		 double duration)
{
	json_t *ev = run_event_new("step");
	json_object_set_new(ev, "name", json_string(name));
	json_object_set_new(ev, "status", json_string(status));
	if (duration >= 0)
		json_object_set_new(ev, "duration", json_real(duration));
	run_sink_emit(sink, ev);
}

/* One history event: a state entered, exited or failed. */
static void history_event(struct sfn_run *s, const json_t *e, const struct run_sink *sink)
{
	const char *type = value_get_string(e, "type");
	double at = seconds_of(value_get(e, "timestamp"));
	if (!type)
		return;
	if (ends_with(type, "StateEntered")) {
		const char *name = value_get_string(value_get(e, "stateEnteredEventDetails"), "name");
		if (!name)
			return;
		json_object_set_new(s->entered, name, json_real(at));
		free(s->current);
		s->current = xstrdup(name);
		step(sink, name, "entered", -1);
	} else if (ends_with(type, "StateExited")) {
		const char *name = value_get_string(value_get(e, "stateExitedEventDetails"), "name");
		if (!name)
			return;
		const json_t *since = json_object_get(s->entered, name);
		step(sink, name, "succeeded", since ? at - json_number_value(since) : -1);
	} else if (ends_with(type, "Failed") && strcmp(type, "ExecutionFailed") && s->current) {
		const json_t *since = json_object_get(s->entered, s->current);
		step(sink, s->current, "failed", since ? at - json_number_value(since) : -1);
	}
}

struct history_ctx {
	struct sfn_run *s;
	const struct run_sink *sink;
};

static int history_page(void *ctx, const json_t *page, const json_t *events, struct strbuf *err)
{
	struct history_ctx *h = ctx;
	size_t i;
	json_t *e;

	(void)page;
	(void)err;
	json_array_foreach(events, i, e) {
		json_int_t id = value_get_integer(e, "id", 0);
		if (id <= h->s->last_event)
			continue;
		h->s->last_event = id;
		history_event(h->s, e, h->sink);
	}
	return 0;
}

static int read_history(struct sfn_run *s, const struct run_sink *sink, struct strbuf *err)
{
	struct history_ctx h = { s, sink };
	json_t *in = json_pack("{s:s, s:i}", "executionArn", s->arn, "maxResults", 100);
	int rc = aws_json_paged(s->c, &aws_service_sfn,
				"GetExecutionHistory", in, NULL, 0, history_page, &h, err);
	json_decref(in);
	return rc ? -1 : 0;
}

/* An execution's status (DescribeExecution); one Step Functions adds later
 * ends the run: failed. */
static const struct run_state_row execution_state_rows[] = {
	{ "RUNNING", RUN_GOING }, { "PENDING_REDRIVE", RUN_GOING },
	{ "SUCCEEDED", RUN_SUCCEEDED }, { "ABORTED", RUN_STOPPED },
	{ "TIMED_OUT", RUN_TIMED_OUT }, { "FAILED", RUN_FAILED }, { NULL },
};
const struct run_states sfn_execution_states = { execution_state_rows, RUN_FAILED };

static int sfn_poll(void *handle, const struct run_sink *sink, enum run_outcome *outcome,
		    struct strbuf *message, struct strbuf *err)
{
	struct sfn_run *s = handle;
	*outcome = RUN_GOING;
	json_t *d = NULL;
	int rc = 0;
	if (s->ended) {
		d = json_incref(s->ended);   /* an EXPRESS run: it has ended */
	} else {
		json_t *in = json_pack("{s:s}", "executionArn", s->arn);
		rc = sfn_call(s->c, "DescribeExecution", in, NULL, &d, NULL, err);
		json_decref(in);
		if (rc == 0)
			rc = read_history(s, sink, err);
	}
	if (rc) {
		json_decref(d);
		return -1;
	}
	const char *status = value_get_string(d, "status");
	run_sink_state(sink, &s->last_status, status);
	*outcome = run_states_outcome(&sfn_execution_states, status);
	if (*outcome == RUN_GOING) {
		json_decref(d);
		return 0;
	}
	if (*outcome == RUN_SUCCEEDED) {
		const char *text = value_get_string(d, "output");
		json_t *output = text ? json_loads(text, JSON_DECODE_ANY, NULL) : NULL;
		if (text) {
			json_t *ev = run_event_new("output");
			json_object_set_new(ev, "output", output ? output : json_string(text));
			run_sink_emit(sink, ev);
		}
	} else {
		const char *error = value_get_string(d, "error");
		const char *cause = value_get_string(d, "cause");
		strbuf_addf(message, "execution %s %s", s->arn, status);
		if (error)
			strbuf_addf(message, ": %s", error);
		if (cause)
			strbuf_addf(message, ": %s", cause);
	}
	json_decref(d);
	return 0;
}

static int sfn_stop(void *handle, struct strbuf *err)
{
	struct sfn_run *s = handle;
	if (s->ended)
		return 0;   /* StartSyncExecution answered: it has ended */
	json_t *in = json_pack("{s:s, s:s, s:s}", "executionArn", s->arn, "error",
			       "terrace.Interrupted", "cause", "stopped by terrace run");
	int rc = sfn_call(s->c, "StopExecution", in, NULL, NULL, NULL, err);
	json_decref(in);
	return rc ? -1 : 0;
}

static void sfn_release(void *handle)
{
	struct sfn_run *s = handle;
	if (!s)
		return;
	free(s->arn);
	free(s->current);
	free(s->last_status);
	json_decref(s->entered);
	json_decref(s->ended);
	free(s);
}

/* The log group of its logging configuration: arn:...:log-group:NAME:*. */
static int sfn_logs_open(void *client, const char *id, const json_t *attrs, const char *run_id,
			 long long since_ms, void **reader, struct strbuf *err)
{
	(void)run_id;
	const char *arn = value_get_string(value_get(attrs, "logging_configuration"),
					   "log_group_arn");
	const char *at = arn ? strstr(arn, ":log-group:") : NULL;
	if (!at) {
		strbuf_addf(err, "state machine %s has no log group: its logging_configuration "
			    "names none (log_group_arn)", id);
		return -1;
	}
	at += strlen(":log-group:");
	size_t len = strcspn(at, ":");
	char *group = xstrndup(at, len);
	struct cwl_reader *r = cwl_reader_new(client);
	cwl_add_group(r, group, NULL, since_ms, "execution");
	free(group);
	*reader = r;
	return 0;
}

const struct resource_runner aws_sfn_runner = {
	.start = sfn_start,
	.poll = sfn_poll,
	.stop = sfn_stop,
	.release = sfn_release,
	.logs_open = sfn_logs_open,
	.logs_read = cwl_logs_read,
	.logs_close = cwl_logs_close,
};
