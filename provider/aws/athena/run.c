/*
 * athena/run.c: `terrace run` for aws.athena.named_query: the query as
 * deployed (its text, database and workgroup from the state) started with
 * StartQueryExecution, followed with GetQueryExecution, stopped with
 * StopQueryExecution; once it succeeded its result read with
 * GetQueryResults page after page: a "columns" event, then a "row" event
 * per row (the first row of a SELECT's first page, the column names again,
 * left out).
 *
 * Exactly once: StartQueryExecution carries a ClientRequestToken made once
 * per run (32 hex digits; Athena takes 32 to 128), the same in every request
 * the transport sends, so Athena answers a resend with the query execution
 * the first one started (Athena API reference; without a token the API
 * refuses a call that no SDK made).
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/athena/api.h"
#include "provider/aws/run/api.h"

struct athena_run {
	struct aws_client *c;
	char *id;
	char *last_state;
};

static int athena_start(void *client, const char *id, const json_t *attrs,
			const struct run_request *rq, const struct run_sink *sink, void **handle,
			char **run_id, struct strbuf *err)
{
	(void)id;
	(void)rq;
	(void)sink;
	char own_token[33];
	const char *token = aws_create_token(NULL, own_token, "StartQueryExecution", err);
	if (!token)
		return -1;
	json_t *in = json_pack("{s:s, s:{s:s}, s:s}", "QueryString",
			       value_get_string(attrs, "query") ?: "", "QueryExecutionContext",
			       "Database", value_get_string(attrs, "database") ?: "",
			       "ClientRequestToken", token);
	const char *workgroup = value_get_string(attrs, "workgroup");
	if (workgroup && *workgroup)
		json_object_set_new(in, "WorkGroup", json_string(workgroup));
	json_t *out = NULL;
	int rc = athena_call(client, "StartQueryExecution", in, NULL, &out, NULL, err);
	json_decref(in);
	const char *qid = value_get_string(out, "QueryExecutionId");
	if (rc == 0 && !qid) {
		strbuf_addstr(err, "athena StartQueryExecution: the answer names no QueryExecutionId");
		rc = -1;
	}
	if (rc == 0) {
		struct athena_run *a = xcalloc(1, sizeof(*a));
		a->c = client;
		a->id = xstrdup(qid);
		*handle = a;
		*run_id = xstrdup(qid);
	}
	json_decref(out);
	return rc ? -1 : 0;
}

static json_t *row_values(const json_t *row)
{
	json_t *values = json_array();
	size_t i;
	json_t *d;
	json_array_foreach(value_get(row, "Data"), i, d) {
		const char *v = value_get_string(d, "VarCharValue");
		json_array_append_new(values, v ? json_string(v) : json_null());
	}
	return values;
}

struct results_read {
	const struct run_sink *sink;
	bool first;
	json_int_t rows;
};

/* A page of GetQueryResults: the columns once, then its rows. */
static int results_page(void *ctx, const json_t *page, const json_t *all, struct strbuf *err)
{
	struct results_read *r = ctx;
	const json_t *set = value_get(page, "ResultSet");
	size_t i = 0;
	(void)err;
	if (r->first) {
		json_t *names = json_array();
		size_t k;
		json_t *col;
		json_array_foreach(value_get(value_get(set, "ResultSetMetadata"), "ColumnInfo"), k,
				   col)
			json_array_append_new(names,
					      json_string(value_get_string(col, "Name") ?: ""));
		/* A SELECT's first row holds the column names. */
		json_t *head = json_array_size(all) ? row_values(json_array_get(all, 0)) : NULL;
		if (head && json_array_size(names) && value_equal(head, names))
			i = 1;
		json_decref(head);
		json_t *ev = run_event_new("columns");
		json_object_set_new(ev, "names", names);
		run_sink_emit(r->sink, ev);
		r->first = false;
	}
	for (; i < json_array_size(all); i++) {
		json_t *ev = run_event_new("row");
		json_object_set_new(ev, "values", row_values(json_array_get(all, i)));
		run_sink_emit(r->sink, ev);
		r->rows++;
	}
	return 0;
}

static int read_results(struct athena_run *a, const struct run_sink *sink, struct strbuf *err)
{
	struct results_read r = { sink, true, 0 };
	json_t *in = json_pack("{s:s, s:i}", "QueryExecutionId", a->id, "MaxResults", 1000);
	int rc = aws_json_paged(a->c, &aws_service_athena,
				"GetQueryResults", in, NULL, 0,
				results_page, &r, err);
	json_decref(in);
	if (rc == 0) {
		json_t *ev = run_event_new("detail");
		json_object_set_new(ev, "name", json_string("rows"));
		json_object_set_new(ev, "value", json_integer(r.rows));
		run_sink_emit(sink, ev);
	}
	return rc ? -1 : 0;
}

/* A query's Status.State (GetQueryExecution); one Athena adds later: polled again. */
static const struct run_state_row query_state_rows[] = {
	{ "QUEUED", RUN_GOING }, { "RUNNING", RUN_GOING }, { "SUCCEEDED", RUN_SUCCEEDED },
	{ "FAILED", RUN_FAILED }, { "CANCELLED", RUN_STOPPED }, { NULL },
};
const struct run_states athena_query_states = { query_state_rows, RUN_GOING };

static int athena_poll(void *handle, const struct run_sink *sink, enum run_outcome *outcome,
		       struct strbuf *message, struct strbuf *err)
{
	struct athena_run *a = handle;
	*outcome = RUN_GOING;
	json_t *in = json_pack("{s:s}", "QueryExecutionId", a->id);
	json_t *out = NULL;
	int rc = athena_call(a->c, "GetQueryExecution", in, NULL, &out, NULL, err);
	json_decref(in);
	if (rc) {
		json_decref(out);
		return -1;
	}
	const json_t *status = value_get(value_get(out, "QueryExecution"), "Status");
	const char *state = value_get_string(status, "State");
	run_sink_state(sink, &a->last_state, state);
	*outcome = run_states_outcome(&athena_query_states, state);
	if (*outcome == RUN_SUCCEEDED) {
		rc = read_results(a, sink, err);
	} else if (*outcome != RUN_GOING) {
		const char *why = value_get_string(status, "StateChangeReason");
		strbuf_addf(message, "athena query %s %s%s%s", a->id, state, why ? ": " : "",
			    why ? why : "");
	}
	json_decref(out);
	return rc ? -1 : 0;
}

static int athena_stop(void *handle, struct strbuf *err)
{
	struct athena_run *a = handle;
	json_t *in = json_pack("{s:s}", "QueryExecutionId", a->id);
	int rc = athena_call(a->c, "StopQueryExecution", in, NULL, NULL, NULL, err);
	json_decref(in);
	return rc ? -1 : 0;
}

static void athena_release(void *handle)
{
	struct athena_run *a = handle;
	if (!a)
		return;
	free(a->id);
	free(a->last_state);
	free(a);
}

const struct resource_runner aws_athena_named_query_runner = {
	.start = athena_start,
	.poll = athena_poll,
	.stop = athena_stop,
	.release = athena_release,
};
