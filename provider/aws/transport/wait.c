/*
 * wait.c: waiters (see wait.h).
 */
#include "provider/aws/transport/wait.h"
#include "provider/aws/transport/xml.h"
#include "provider/base/clock.h"
#include "provider/base/log.h"
#include "provider/base/progress.h"
#include "provider/base/text.h"

#include <libxml/parser.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define WAIT_MAX_INTERVAL_SECONDS 30.0

static void sleep_seconds(double s)
{
	if (s <= 0)
		return;
	struct timespec ts = { (time_t)s, (long)((s - (double)(time_t)s) * 1e9) };
	while (nanosleep(&ts, &ts))
		;
}

int aws_wait(const char *what, double timeout_seconds, double interval_seconds,
	     aws_wait_check_fn check, void *ctx, struct strbuf *err)
{
	double start = monotonic_seconds();
	double interval = interval_seconds > 0 ? interval_seconds : 1;
	struct strbuf status = STRBUF_INIT;
	int rc;
	for (;;) {
		strbuf_reset(&status);
		rc = check(ctx, &status, err);
		if (rc)
			break;
		double elapsed = monotonic_seconds() - start;
		log_debugf("waiting for %s: %s after %.0f s", what,
			   status.len ? status.buf : "not ready", elapsed);
		progress_status(status.buf);
		if (elapsed + interval > timeout_seconds) {
			strbuf_addf(err, "timed out after %.0f s waiting for %s (last seen: %s)",
				    timeout_seconds, what, status.len ? status.buf : "not ready");
			rc = -1;
			break;
		}
		sleep_seconds(interval);
		interval *= 1.5;
		if (interval > WAIT_MAX_INTERVAL_SECONDS)
			interval = WAIT_MAX_INTERVAL_SECONDS;
	}
	progress_status("");
	strbuf_release(&status);
	return rc < 0 ? -1 : 0;
}

/* ---- waiters as data ---- */

struct waiter_poll {
	struct aws_client *c;
	const struct aws_waiter *w;
	const char *id;
};

/* The text at a '/'-separated path of a JSON answer, or NULL. */
static const char *json_at(const json_t *o, const char *path)
{
	char *copy = xstrdup(path), *save = NULL;

	for (char *part = strtok_r(copy, "/", &save); part && o; part = strtok_r(NULL, "/", &save))
		o = json_object_get(o, part);
	free(copy);
	return json_string_value(o);
}

/* The status (and the failure's reason) at the row's paths of an answer,
 * each a new string or NULL: an EC2 or query answer's XML, or a JSON one. */
static void waiter_read_xml(const struct aws_waiter *w, xmlDocPtr doc, char **status,
			    char **reason)
{
	xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;

	if (root && aws_service_protocol(w->service) == AWS_PROTOCOL_QUERY) {
		char *result = xasprintf("%sResult", w->operation);

		root = xml_child(root, result);
		free(result);
	}
	*status = root ? xml_child_text(root, w->status_path) : NULL;
	*reason = root && w->reason_path ? xml_child_text(root, w->reason_path) : NULL;
}

static void waiter_read_json(const struct aws_waiter *w, const json_t *out, char **status,
			     char **reason)
{
	const char *s = json_at(out, w->status_path);
	const char *why = w->reason_path ? json_at(out, w->reason_path) : NULL;

	*status = s ? xstrdup(s) : NULL;
	*reason = why ? xstrdup(why) : NULL;
}

/* One call of the waiter: 0 with *status (a new string, NULL when the answer
 * has none) and *reason; 1 when the object is gone; -1 with err. */
static int waiter_ask(const struct waiter_poll *p, char **status, char **reason,
		      struct strbuf *err)
{
	const struct aws_waiter *w = p->w;
	int rc;

	*status = *reason = NULL;
	if (aws_protocol_is_query(aws_service_protocol(w->service))) {
		json_t *params = json_pack("{s:s}", w->id_param, p->id);
		xmlDocPtr doc = NULL;

		rc = aws_query_call_xml(p->c, w->service, w->operation, params, NULL,
					w->gone, &doc, NULL, NULL, err);
		json_decref(params);
		if (rc == 0)
			waiter_read_xml(w, doc, status, reason);
		xmlFreeDoc(doc);
		return rc;
	}
	json_t *out = NULL;
	if (aws_service_protocol(w->service) == AWS_PROTOCOL_JSON) {
		json_t *in = json_pack("{s:s}", w->id_param, p->id);

		rc = aws_json_call_codes(p->c, w->service, w->operation, in, w->gone, &out, NULL,
					 NULL, err);
		json_decref(in);
	} else {
		struct strbuf path = STRBUF_INIT;

		strbuf_addf(&path, w->path, p->id);
		rc = aws_rest_json_call_codes(p->c, w->service, w->operation, "GET", path.buf, NULL,
					      NULL, w->gone, &out, NULL, NULL, err);
		strbuf_release(&path);
	}
	if (rc == 0)
		waiter_read_json(w, out, status, reason);
	json_decref(out);
	return rc;
}

/* The row's verdict on one answer (asked: 0 an answer, 1 the object gone):
 * 1 done, 0 again, -1 failed with err; status_line gets what is shown. */
static int waiter_verdict(const struct aws_waiter *w, const char *id, int asked,
			  const char *status, const char *reason, struct strbuf *status_line,
			  struct strbuf *err)
{
	int rc;

	if (status)
		strbuf_addstr(status_line, status);
	if (asked == 1 || !status) {
		rc = w->gone_is_done ? 1 : w->gone_is_again ? 0 : -1;
		if (rc == 0)
			strbuf_addstr(status_line, "not found yet");
		if (rc < 0)
			strbuf_addf(err, "%s %s %s: gone", w->service->signing_name, w->operation,
				    id);
	} else if (text_listed(w->done, status)) {
		rc = 1;
	} else if (text_listed(w->failed, status)) {
		strbuf_addf(err, "%s %s %s is %s%s%s", w->service->signing_name, w->operation,
			    id, status,
			    reason ? ": " : "", reason ? reason : "");
		rc = -1;
	} else {
		rc = 0;
	}
	return rc;
}

static int waiter_check(void *ctx, struct strbuf *status_line, struct strbuf *err)
{
	const struct waiter_poll *p = ctx;
	char *status, *reason;
	int rc = waiter_ask(p, &status, &reason, err);

	if (rc >= 0)
		rc = waiter_verdict(p->w, p->id, rc, status, reason, status_line, err);
	free(status);
	free(reason);
	return rc;
}

int aws_waiter_judge(const struct aws_waiter *w, const char *id, const char *answer,
		     struct strbuf *status_line, struct strbuf *err)
{
	char *status = NULL, *reason = NULL;
	int rc;

	if (answer && (aws_protocol_is_query(aws_service_protocol(w->service)))) {
		xmlDocPtr doc = xmlReadMemory(answer, (int)strlen(answer), NULL, NULL,
					      XML_PARSE_NONET | XML_PARSE_NOBLANKS |
					      XML_PARSE_NOERROR | XML_PARSE_NOWARNING);

		if (!doc) {
			strbuf_addf(err, "%s %s %s: the answer is not XML", w->service->signing_name,
				    w->operation, id);
			return -1;
		}
		waiter_read_xml(w, doc, &status, &reason);
		xmlFreeDoc(doc);
	} else if (answer) {
		json_t *out = json_loads(answer, 0, NULL);

		if (!out) {
			strbuf_addf(err, "%s %s %s: the answer is not JSON", w->service->signing_name,
				    w->operation, id);
			return -1;
		}
		waiter_read_json(w, out, &status, &reason);
		json_decref(out);
	}
	rc = waiter_verdict(w, id, answer ? 0 : 1, status, reason, status_line, err);
	free(status);
	free(reason);
	return rc;
}

int aws_waiter_run(struct aws_client *c, const struct aws_waiter *w, const char *id,
		   struct strbuf *err)
{
	struct waiter_poll p = { c, w, id };
	char *what = xasprintf(w->what, id);
	int rc = aws_wait(what, w->poll->timeout_s, w->poll->interval_s, waiter_check, &p, err);

	free(what);
	return rc;
}
