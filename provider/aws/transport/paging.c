/*
 * paging.c: the one paging engine of paging.h, over the json, rest-json,
 * query, EC2 and rest-xml (S3's listings) protocols, each page's token
 * taken and sent back as the operation's row of paginators.gen.c says, and
 * aws_query_list over it.
 */
#include "provider/aws/transport/paging.h"

#include <stdlib.h>
#include <string.h>

#include "provider/aws/transport/sigv4.h"
#include "provider/aws/transport/xml.h"
#include "provider/base/strbuf.h"

static int row_cmp(const void *key, const void *elem)
{
	const struct aws_paginator *k = key, *e = elem;
	int d = strcmp(k->service, e->service);

	return d ? d : strcmp(k->operation, e->operation);
}

const struct aws_paginator *aws_paginator_of(const char *service, const char *operation)
{
	struct aws_paginator key = { .service = service, .operation = operation };

	return bsearch(&key, aws_paginators, aws_paginators_count, sizeof(*aws_paginators),
		       row_cmp);
}

static const struct aws_paginator *row_of(const char *service, const char *operation,
					  struct strbuf *err)
{
	const struct aws_paginator *pg = aws_paginator_of(service, operation);

	if (!pg)
		strbuf_addf(err, "%s %s: its model gives it no paginator (paginators.gen.c): "
			    "it does not page", service, operation);
	else if (!pg->output_token[0])
		strbuf_addf(err, "%s %s: botocore computes its token by an expression, which "
			    "paging.c does not evaluate", service, operation);
	return pg && pg->output_token[0] ? pg : NULL;
}

/* The member at a '/'-separated path of a json answer, or NULL. */
static const json_t *json_at(const json_t *v, const char *path)
{
	char name[128];

	while (v && path && *path) {
		size_t n = strcspn(path, "/");

		if (n >= sizeof(name))
			return NULL;
		memcpy(name, path, n);
		name[n] = '\0';
		v = json_object_get(v, name);
		path += n + (path[n] == '/');
	}
	return v;
}

static bool more_json(const struct aws_paginator *pg, const json_t *page)
{
	return !pg->more_results || json_is_true(json_at(page, pg->more_results));
}

/* The next page's tokens into tok[], from t[] (the page's texts at the row's
 * output tokens, new strings or NULL; taken): false when there are none,
 * or they are the ones just sent (a service that answers its last page's
 * token again would page for ever), or the page says there is no more
 * (more). The stop rules of every engine. */
static bool next_tokens(const struct aws_paginator *pg, char *t[2], bool more, char *tok[2])
{
	bool any = false, changed = false;

	for (int i = 0; i < 2 && pg->output_token[i]; i++) {
		if (t[i] && !*t[i]) {
			free(t[i]);
			t[i] = NULL;
		}
		if (t[i]) {
			any = true;
			changed |= !tok[i] || strcmp(tok[i], t[i]);
		}
		free(tok[i]);
		tok[i] = t[i];
	}
	return any && changed && more;
}

/* The next page's tokens from a json page, as next_tokens. */
static bool next_tokens_json(const struct aws_paginator *pg, const json_t *page,
			     char *tok[2])
{
	char *t[2] = { NULL, NULL };

	for (int i = 0; i < 2 && pg->output_token[i]; i++) {
		const char *v = json_string_value(json_at(page, pg->output_token[i]));

		t[i] = v ? xstrdup(v) : NULL;
	}
	return next_tokens(pg, t, more_json(pg, page), tok);
}

/* What each() said as the engines return it: 2 to stop there (each's 1,
 * not to be taken for "gone"), -1 to fail, 0 to go on. */
static int each_said(int rc)
{
	return rc == 1 ? 2 : rc < 0 ? -1 : 0;
}

static void set_tokens_json(const struct aws_paginator *pg, json_t *in, char *tok[2])
{
	for (int i = 0; i < 2 && pg->input_token[i]; i++) {
		if (tok[i])
			json_object_set_new(in, pg->input_token[i], json_string(tok[i]));
		else
			json_object_del(in, pg->input_token[i]);
	}
}

/* A rest call's query string: `query` (encoded, may be NULL) and the tokens
 * of the page before (none on the first) under the row's input names. */
static void query_with_tokens(struct strbuf *q, const char *query,
			      const struct aws_paginator *pg, char *tok[2])
{
	if (query && *query)
		strbuf_addstr(q, query);
	for (int i = 0; i < 2 && pg->input_token[i] && tok[i]; i++) {
		if (q->len)
			strbuf_addch(q, '&');
		strbuf_addf(q, "%s=", pg->input_token[i]);
		sigv4_uri_encode(q, tok[i], strlen(tok[i]), false);
	}
}

/* One json answer's call, json or rest-json: the request `in` (the body,
 * its tokens set where the row puts them there) and the tokens of the
 * page before (NULL on the first), into *page; as the protocol calls return. */
struct json_send {
	struct aws_client *c;
	const struct aws_service *service;
	const char *operation;
	const char *method, *path, *query; /* rest-json */
	const char *const *gone;
};

static int send_json(const struct json_send *s, const struct aws_paginator *pg,
		     const json_t *in, char *tok[2], json_t **page, struct strbuf *err)
{
	struct strbuf q = STRBUF_INIT;
	int rc;

	if (!s->method)
		return aws_json_call_codes(s->c, s->service, s->operation, in, s->gone, page, NULL,
					   NULL, err);
	if (pg->input_in_query)
		query_with_tokens(&q, s->query, pg, tok);
	else if (s->query && *s->query)
		strbuf_addstr(&q, s->query);
	rc = aws_rest_json_call_codes(s->c, s->service, s->operation, s->method, s->path,
				      q.len ? q.buf : NULL, in, s->gone, page, NULL, NULL, err);
	strbuf_release(&q);
	return rc;
}

/* The page loop of both json engines: send, each(), the next tokens into
 * the body (json; rest-json where the row says) or the query string. */
static int json_pages(const struct json_send *s, const json_t *input, bool body,
		      size_t max_pages, aws_json_page_fn each, void *ctx, struct strbuf *err)
{
	const struct aws_paginator *pg = row_of(s->service->signing_name, s->operation, err);
	char *tok[2] = { NULL, NULL };
	json_t *in;
	int rc = 0;

	if (!pg)
		return -1;
	in = input ? json_deep_copy(input) : body ? json_object() : NULL;
	for (size_t pages = 0; !max_pages || pages < max_pages; pages++) {
		json_t *page = NULL;

		rc = send_json(s, pg, in, tok, &page, err);
		if (rc)
			break;	/* 1: gone */
		rc = each_said(each(ctx, page, pg->result ? json_at(page, pg->result) : NULL, err));
		if (rc || !next_tokens_json(pg, page, tok)) {
			json_decref(page);
			break;
		}
		json_decref(page);
		if (!s->method || !pg->input_in_query) {
			if (!in)
				in = json_object();
			set_tokens_json(pg, in, tok);
		}
	}
	json_decref(in);
	free(tok[0]);
	free(tok[1]);
	return rc == 2 ? 0 : rc;
}

int aws_json_paged(struct aws_client *c, const struct aws_service *service,
		   const char *operation, const json_t *input,
		   const char *const *gone, size_t max_pages, aws_json_page_fn each, void *ctx,
		   struct strbuf *err)
{
	const struct json_send s = { .c = c, .service = service, .operation = operation,
				     .gone = gone };

	return json_pages(&s, input, true, max_pages, each, ctx, err);
}

int aws_rest_json_paged(struct aws_client *c, const struct aws_service *service,
			const char *operation, const char *method, const char *path,
			const char *query,
			const json_t *input, const char *const *gone, size_t max_pages,
			aws_json_page_fn each, void *ctx, struct strbuf *err)
{
	const struct json_send s = { .c = c, .service = service, .operation = operation,
				     .method = method, .path = path, .query = query,
				     .gone = gone };

	return json_pages(&s, input, false, max_pages, each, ctx, err);
}

/* One XML answer's call, query (and EC2) or rest-xml: the request with the
 * tokens of the page before (NULL on the first), into *doc and its result
 * element (query: ACTIONResult; EC2 and rest-xml: the root); as the
 * protocol calls return. */
struct xml_send {
	const struct aws_service *service;
	const char *operation;
	struct aws_client *c;                   /* query */
	const char *wrapper;
	const json_t *params;
	const char *const *gone;
	const struct aws_rest_xml_sender *rest; /* rest-xml */
	const char *query;
};

static int send_xml(const struct xml_send *s, const struct aws_paginator *pg, char *tok[2],
		    xmlDocPtr *doc, xmlNodePtr *result, struct strbuf *err)
{
	int rc;

	if (s->rest) {
		struct strbuf q = STRBUF_INIT;

		query_with_tokens(&q, s->query, pg, tok);
		rc = s->rest->send(s->rest->ctx, q.len ? q.buf : "", doc, err);
		strbuf_release(&q);
		if (!rc)
			*result = xmlDocGetRootElement(*doc);
		return rc;
	}

	json_t *p = s->params ? json_deep_copy(s->params) : json_object();

	for (int i = 0; i < 2 && pg->input_token[i] && tok[i]; i++)
		json_object_set_new(p, pg->input_token[i], json_string(tok[i]));
	rc = aws_query_call_xml(s->c, s->service, s->operation, p, NULL, s->gone,
				doc, NULL, NULL, err);
	json_decref(p);
	if (!rc) {
		xmlNodePtr root = xmlDocGetRootElement(*doc);

		/* query: under ACTIONResult; EC2: under the root itself */
		*result = xml_child(root, s->wrapper);
		if (!*result)
			*result = root;
	}
	return rc;
}

/* The page loop of both XML engines: send, each(), the next tokens. */
static int xml_pages(const struct xml_send *s, size_t max_pages, aws_xml_page_fn each,
		     void *ctx, struct strbuf *err)
{
	const struct aws_paginator *pg = row_of(s->service->signing_name, s->operation, err);
	char *(*text)(xmlNodePtr, const char *) =
		s->rest && s->rest->token_text ? s->rest->token_text : xml_child_text;
	char *tok[2] = { NULL, NULL };
	int rc = 0;

	if (!pg)
		return -1;
	for (size_t pages = 0; !max_pages || pages < max_pages; pages++) {
		xmlDocPtr doc = NULL;
		xmlNodePtr result = NULL;
		char *t[2] = { NULL, NULL };
		bool more = true, next;

		rc = send_xml(s, pg, tok, &doc, &result, err);
		if (rc)
			break;	/* 1: gone */
		rc = each_said(each(ctx, result, pg->result ? xml_child(result, pg->result) : NULL,
				    err));
		if (pg->more_results) {
			char *m = xml_child_text(result, pg->more_results);

			more = m && !strcmp(m, "true");
			free(m);
		}
		for (int i = 0; i < 2 && pg->output_token[i]; i++)
			t[i] = text(result, pg->output_token[i]);
		next = next_tokens(pg, t, more, tok);
		xmlFreeDoc(doc);
		if (rc || !next)
			break;
	}
	free(tok[0]);
	free(tok[1]);
	return rc == 2 ? 0 : rc;
}

int aws_query_paged(struct aws_client *c, const struct aws_service *service,
		    const char *action, const json_t *params, const char *const *gone,
		    size_t max_pages, aws_xml_page_fn each, void *ctx, struct strbuf *err)
{
	char *wrapper = xasprintf("%sResult", action);
	const struct xml_send s = { .service = service, .operation = action, .c = c,
				    .wrapper = wrapper, .params = params,
				    .gone = gone };
	int rc = xml_pages(&s, max_pages, each, ctx, err);

	free(wrapper);
	return rc;
}

int aws_rest_xml_paged(const struct aws_rest_xml_sender *sender, const struct aws_service *service,
		       const char *operation, const char *query, size_t max_pages,
		       aws_xml_page_fn each, void *ctx, struct strbuf *err)
{
	const struct xml_send s = { .service = service, .operation = operation,
				    .rest = sender, .query = query };

	return xml_pages(&s, max_pages, each, ctx, err);
}

/* ---- aws_query_list (client.h): the results as text or fields ---- */

struct query_listed {
	const char *text_of;
	const char *const *fields;
	json_t *out;
};

static int add_query_results(void *ctx, xmlNodePtr result, xmlNodePtr first,
			     struct strbuf *err)
{
	struct query_listed *ql = ctx;

	(void)result;
	(void)err;
	for (xmlNodePtr m = first; m; m = xml_next_same(m)) {
		json_t *item;

		if (!ql->fields) {
			char *text = xml_child_text(m, ql->text_of ? ql->text_of : "");

			item = json_string(text ? text : "");
			free(text);
		} else {
			item = json_object();
			for (size_t i = 0; ql->fields[i]; i++) {
				char *text = xml_child_text(m, ql->fields[i]);

				if (text)
					json_object_set_new(item, ql->fields[i], json_string(text));
				free(text);
			}
		}
		json_array_append_new(ql->out, item);
	}
	return 0;
}

int aws_query_list(struct aws_client *c, const struct aws_service *service,
		   const char *action, const json_t *params, const char *const *tolerated,
		   const char *text_of, const char *const *fields, json_t **out,
		   struct strbuf *err)
{
	struct query_listed ql = { text_of, fields, json_array() };
	int ret = aws_query_paged(c, service, action, params, tolerated, 0,
				  add_query_results, &ql, err);

	*out = NULL;
	if (ret)
		json_decref(ql.out);
	else
		*out = ql.out;
	return ret;
}
