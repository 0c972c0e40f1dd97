/*
 * lambda/run.c: `terrace run` and `terrace logs` for aws.lambda.function:
 * Invoke (RequestResponse, LogType Tail, -payload as the event) answers at
 * once, so the run is over when it starts: poll sends the decoded log tail
 * and the payload, and a FunctionError is a failure. -no-wait invokes with
 * InvocationType Event. Its log lines are those of /aws/lambda/NAME.
 *
 * At most once: Invoke carries no idempotency token and no API lists the
 * invocations, so it is sent `once` (transport/client.h): never again after
 * it may have reached Lambda. A lost answer is an error saying the function
 * may have run, and where its lines say whether it did.
 */
#include <openssl/evp.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/lambda/api.h"
#include "provider/aws/run/api.h"
#include "provider/base/encoding.h"

struct lambda_run {
	char *function_error;  /* X-Amz-Function-Error, or NULL */
	char *log_tail;        /* decoded X-Amz-Log-Result, or NULL */
	char *payload;
};

static int lambda_start(void *client, const char *id, const json_t *attrs,
			const struct run_request *rq, const struct run_sink *sink, void **handle,
			char **run_id, struct strbuf *err)
{
	(void)attrs;
	(void)sink;
	const struct aws_header headers[] = {
		{ "Content-Type", "application/json" },
		{ "X-Amz-Invocation-Type", rq->no_wait ? "Event" : "RequestResponse" },
		{ "X-Amz-Log-Type", rq->no_wait ? "None" : "Tail" },
	};
	struct strbuf path = STRBUF_INIT;
	strbuf_addf(&path, "/2015-03-31/functions/%s/invocations", id);
	const char *body = rq->payload ? rq->payload : "{}";
	struct aws_request req = {
		.service = aws_service_lambda.signing_name, .operation = "Invoke", .method = "POST",
		.path = path.buf, .headers = headers, .n_headers = 3, .body = body,
		.body_len = strlen(body), .once = true,
	};
	struct aws_response resp = { 0 };
	int rc = aws_send(client, &req, &resp, err);
	strbuf_release(&path);
	if (rc && resp.outcome_unknown)
		strbuf_addf(err, ": function %s may have run; its lines in /aws/lambda/%s say "
			    "whether it did: terrace logs", id, id);
	if (rc) {
		aws_response_free(&resp);
		return -1;
	}
	struct lambda_run *l = xcalloc(1, sizeof(*l));
	const char *fe = aws_response_header(&resp, "x-amz-function-error");
	const char *tail = aws_response_header(&resp, "x-amz-log-result");
	l->function_error = fe ? xstrdup(fe) : NULL;
	l->log_tail = tail ? base64_decode_text(tail) : NULL;
	l->payload = xstrndup(resp.body ? resp.body : "", resp.body_len);
	*run_id = xstrdup(resp.request_id ? resp.request_id : "(no request id)");
	*handle = l;
	aws_response_free(&resp);
	return 0;
}

static int lambda_poll(void *handle, const struct run_sink *sink, enum run_outcome *outcome,
		       struct strbuf *message, struct strbuf *err)
{
	struct lambda_run *l = handle;
	(void)err;
	/* The tail, line by line, as the function's log stream has it. */
	for (const char *p = l->log_tail; p && *p;) {
		size_t len = strcspn(p, "\n");
		json_t *ev = run_event_new("log");
		json_object_set_new(ev, "stream", json_string("tail"));
		json_object_set_new(ev, "message", json_stringn(p, len));
		run_sink_emit(sink, ev);
		p += len + (p[len] == '\n');
	}
	json_t *payload = json_loads(l->payload, JSON_DECODE_ANY, NULL);
	json_t *ev = run_event_new("output");
	json_object_set_new(ev, "output", payload ? json_incref(payload) : json_string(l->payload));
	run_sink_emit(sink, ev);
	*outcome = l->function_error ? RUN_FAILED : RUN_SUCCEEDED;
	if (l->function_error) {
		const char *msg = value_get_string(payload, "errorMessage");
		const char *type = value_get_string(payload, "errorType");
		strbuf_addf(message, "lambda Invoke: FunctionError %s", l->function_error);
		if (type)
			strbuf_addf(message, ": %s", type);
		if (msg)
			strbuf_addf(message, ": %s", msg);
	}
	json_decref(payload);
	return 0;
}

static int lambda_stop(void *handle, struct strbuf *err)
{
	(void)handle;
	(void)err;
	return 0; /* Invoke answered: nothing runs any more */
}

static void lambda_release(void *handle)
{
	struct lambda_run *l = handle;
	if (!l)
		return;
	free(l->function_error);
	free(l->log_tail);
	free(l->payload);
	free(l);
}

static int lambda_logs_open(void *client, const char *id, const json_t *attrs,
			    const char *run_id, long long since_ms, void **reader,
			    struct strbuf *err)
{
	(void)attrs;
	(void)run_id;
	(void)err;
	char *group = xasprintf("/aws/lambda/%s", id);
	struct cwl_reader *r = cwl_reader_new(client);
	cwl_add_group(r, group, NULL, since_ms, "function");
	free(group);
	*reader = r;
	return 0;
}

const struct resource_runner aws_lambda_runner = {
	.start = lambda_start,
	.poll = lambda_poll,
	.stop = lambda_stop,
	.release = lambda_release,
	.logs_open = lambda_logs_open,
	.logs_read = cwl_logs_read,
	.logs_close = cwl_logs_close,
};
