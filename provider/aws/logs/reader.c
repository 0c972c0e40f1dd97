/*
 * logs/reader.c: the CloudWatch Logs reader of `terrace run` and `terrace
 * logs` (run/api.h): run streams read with GetLogEvents and forward tokens,
 * whole groups with FilterLogEvents, lines of all sources merged by time.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/run/api.h"
#include "provider/aws/logs/api.h"

#define PAGE_LIMIT 1000 /* events per page: a long run takes several */

static const char *const not_found[] = { "ResourceNotFoundException", NULL };

struct cwl_source {
	char *group;
	char *stream;       /* the stream, or NULL: every stream of the group */
	char *prefix;       /* group: only the streams whose names start so */
	bool filter;        /* read with FilterLogEvents (a group, or a stream from a time) */
	char *label;
	char *token;        /* stream: the last nextForwardToken; NULL: from the head */
	long long since_ms; /* group: read events from this time on */
	json_t *seen;       /* group: eventIds of time since_ms already sent */
};

struct cwl_reader {
	struct aws_client *c;
	struct cwl_source *v;
	size_t n;
};

struct cwl_reader *cwl_reader_new(struct aws_client *c)
{
	struct cwl_reader *r = xcalloc(1, sizeof(*r));
	r->c = c;
	return r;
}

void cwl_reader_free(struct cwl_reader *r)
{
	if (!r)
		return;
	for (size_t i = 0; i < r->n; i++) {
		free(r->v[i].group);
		free(r->v[i].stream);
		free(r->v[i].prefix);
		free(r->v[i].label);
		free(r->v[i].token);
		json_decref(r->v[i].seen);
	}
	free(r->v);
	free(r);
}

static bool same_name(const char *a, const char *b)
{
	return a ? b && !strcmp(a, b) : !b;
}

static struct cwl_source *add_source(struct cwl_reader *r, const char *group, const char *stream,
				     const char *prefix, bool filter, const char *label)
{
	for (size_t i = 0; i < r->n; i++)
		if (!strcmp(r->v[i].group, group) && r->v[i].filter == filter &&
		    same_name(stream, r->v[i].stream) && same_name(prefix, r->v[i].prefix))
			return NULL;
	r->v = xrealloc(r->v, (r->n + 1) * sizeof(*r->v));
	struct cwl_source *s = &r->v[r->n++];
	memset(s, 0, sizeof(*s));
	s->group = xstrdup(group);
	s->stream = stream ? xstrdup(stream) : NULL;
	s->prefix = prefix ? xstrdup(prefix) : NULL;
	s->label = xstrdup(label);
	s->filter = filter;
	return s;
}

void cwl_add_stream(struct cwl_reader *r, const char *group, const char *stream,
		    const char *label)
{
	add_source(r, group, stream, NULL, false, label);
}

void cwl_add_group(struct cwl_reader *r, const char *group, const char *stream,
		   long long since_ms, const char *label)
{
	struct cwl_source *s = add_source(r, group, stream, NULL, true, label);
	if (s) {
		s->since_ms = since_ms;
		s->seen = json_object();
	}
}

void cwl_add_prefix(struct cwl_reader *r, const char *group, const char *prefix,
		    long long since_ms, const char *label)
{
	struct cwl_source *s = add_source(r, group, NULL, prefix, true, label);
	if (s) {
		s->since_ms = since_ms;
		s->seen = json_object();
	}
}

/* One "log" event (new) for a CloudWatch event e of source s. */
static json_t *log_event(const struct cwl_source *s, const json_t *e)
{
	const char *msg = value_get_string(e, "message");
	size_t len = msg ? strlen(msg) : 0;
	while (len && (msg[len - 1] == '\n' || msg[len - 1] == '\r'))
		len--;
	json_t *ev = run_event_new("log");
	json_object_set_new(ev, "stream", json_string(s->label));
	json_object_set_new(ev, "timestamp", json_integer(value_get_integer(e, "timestamp", 0)));
	json_object_set_new(ev, "message", json_stringn(msg ? msg : "", len));
	return ev;
}

/* No row serves GetLogEvents: its model has no paginator; it reads on by
 * nextForwardToken from s->token, kept between calls, until it comes back. */
/* Every new event of stream s appended to out: pages until the token comes back. */
static int read_stream(struct cwl_reader *r, struct cwl_source *s, json_t *out,
		       struct strbuf *err)
{
	for (;;) {
		json_t *in = json_pack("{s:s, s:s, s:b, s:i}", "logGroupName", s->group,
				       "logStreamName", s->stream, "startFromHead", 1, "limit",
				       PAGE_LIMIT);
		if (s->token)
			json_object_set_new(in, "nextToken", json_string(s->token));
		json_t *page = NULL;
		int rc = logs_call(r->c, "GetLogEvents", in, not_found, &page, NULL, err);
		json_decref(in);
		if (rc == 1)
			return 0; /* no such stream (yet): no lines */
		if (rc < 0)
			return -1;
		size_t i;
		json_t *e;
		json_array_foreach(json_object_get(page, "events"), i, e)
			json_array_append_new(out, log_event(s, e));
		const char *next = value_get_string(page, "nextForwardToken");
		bool same = !next || (s->token && !strcmp(next, s->token));
		if (next && !same) {
			free(s->token);
			s->token = xstrdup(next);
		}
		bool empty = json_array_size(json_object_get(page, "events")) == 0;
		json_decref(page);
		if (same || empty)
			return 0;
	}
}

struct group_page_ctx {
	struct cwl_source *s;
	json_t *out;
	long long newest;
	json_t *newest_ids;
};

static int group_page(void *ctx, const json_t *page, const json_t *events, struct strbuf *err)
{
	struct group_page_ctx *g = ctx;
	size_t i;
	json_t *e;

	(void)page;
	(void)err;
	json_array_foreach(events, i, e) {
		const char *id = value_get_string(e, "eventId");
		long long ts = value_get_integer(e, "timestamp", 0);
		if (id && json_object_get(g->s->seen, id))
			continue;
		if (ts > g->newest) {
			g->newest = ts;
			json_object_clear(g->newest_ids);
		}
		if (ts == g->newest && id)
			json_object_set_new(g->newest_ids, id, json_true());
		json_array_append_new(g->out, log_event(g->s, e));
	}
	return 0;
}

/* Every event of group s from since_ms on not yet sent, appended to out. */
static int read_group(struct cwl_reader *r, struct cwl_source *s, json_t *out,
		      struct strbuf *err)
{
	struct group_page_ctx g = { s, out, s->since_ms, json_object() };
	json_t *in = json_pack("{s:s, s:I, s:i}", "logGroupName", s->group, "startTime",
			       (json_int_t)s->since_ms, "limit", PAGE_LIMIT);
	if (s->stream)
		json_object_set_new(in, "logStreamNames", json_pack("[s]", s->stream));
	if (s->prefix)
		json_object_set_new(in, "logStreamNamePrefix", json_string(s->prefix));
	/* 1: no such group (yet): no lines */
	int rc = aws_json_paged(r->c, &aws_service_logs,
				"FilterLogEvents", in, not_found, 0, group_page, &g, err);
	json_decref(in);
	rc = rc < 0 ? -1 : 0;
	long long newest = g.newest;
	json_t *newest_ids = g.newest_ids;
	if (newest > s->since_ms) {
		s->since_ms = newest;
		json_decref(s->seen);
		s->seen = newest_ids;
	} else {
		json_object_update(s->seen, newest_ids);
		json_decref(newest_ids);
	}
	return rc;
}

static int by_time(const void *a, const void *b)
{
	const json_t *const *x = a, *const *y = b;
	json_int_t tx = json_integer_value(json_object_get(*x, "timestamp"));
	json_int_t ty = json_integer_value(json_object_get(*y, "timestamp"));
	if (tx != ty)
		return tx < ty ? -1 : 1;
	/* qsort is not stable: the order read breaks ties. */
	json_int_t ox = json_integer_value(json_object_get(*x, "$order"));
	json_int_t oy = json_integer_value(json_object_get(*y, "$order"));
	return ox < oy ? -1 : ox > oy;
}

int cwl_read(struct cwl_reader *r, const struct run_sink *sink, struct strbuf *err)
{
	json_t *all = json_array();
	int rc = 0;
	for (size_t i = 0; i < r->n && !rc; i++)
		rc = r->v[i].filter ? read_group(r, &r->v[i], all, err)
				    : read_stream(r, &r->v[i], all, err);
	size_t n = json_array_size(all);
	json_t **v = xcalloc(n ? n : 1, sizeof(*v));
	for (size_t i = 0; i < n; i++) {
		v[i] = json_incref(json_array_get(all, i));
		json_object_set_new(v[i], "$order", json_integer((json_int_t)i));
	}
	qsort(v, n, sizeof(*v), by_time);
	for (size_t i = 0; i < n; i++) {
		json_object_del(v[i], "$order");
		run_sink_emit(sink, v[i]);
	}
	free(v);
	json_decref(all);
	return rc;
}

int cwl_logs_read(void *reader, const struct run_sink *sink, struct strbuf *err)
{
	return cwl_read(reader, sink, err);
}

void cwl_logs_close(void *reader)
{
	cwl_reader_free(reader);
}
