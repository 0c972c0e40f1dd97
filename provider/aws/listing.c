/*
 * listing.c: the listings of listing.h, over the json, rest-json and query
 * protocols, and what read_many hooks share (refresh by listing: json,
 * EC2 and IAM listings): S3 has its own in s3/bucket.c, Lambda layer
 * versions theirs in lambda/layer_version.c.
 */
#include "provider/aws/listing.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/ec2/api.h"
#include "provider/aws/iam/api.h"
#include "provider/aws/tags.h"

bool aws_has_prefix(const char *s, const char *prefix)
{
	return s && prefix && *prefix && !strncmp(s, prefix, strlen(prefix));
}

bool aws_has_name_prefix(const char *s, const char *prefix)
{
	size_t n;

	if (!aws_has_prefix(s, prefix))
		return false;
	n = strlen(prefix);
	return !s[n] || strchr(AWS_NAME_SEPARATORS, prefix[n - 1]) ||
	       strchr(AWS_NAME_SEPARATORS, s[n]);
}

/* ---- json protocol listings (each service names its struct aws_json_api) ---- */

/*
 * Every element of the list `list` on every page of operation `op` (input
 * may be NULL); the page token goes back in as it came out, named `token`.
 * 0 with *out (a new list), -1 with err set.
 */
/* Every page of op's `list`: 0 with *out, -1 with err set; 1 (*out an
 * empty list) when the call answers one of the error codes `gone` (may be
 * NULL): what it lists in is gone. */
static int json_list(struct aws_client *c, const struct aws_json_api *api, const char *op,
		     const json_t *input, const char *list, const char *token,
		     const char *const *gone, json_t **out, struct strbuf *err)
{
	json_t *in = input ? json_deep_copy(input) : json_object();
	int rc = 0;

	*out = json_array();
	for (;;) {
		json_t *page = NULL;
		const char *next;

		rc = aws_json_call_codes(c, api->service, api->target_prefix, api->version, op, in,
					 gone, &page, NULL, NULL, err);
		if (rc == 1) {
			json_decref(in);
			return 1;
		}
		if (rc)
			break;
		if (json_is_array(json_object_get(page, list)))
			json_array_extend(*out, json_object_get(page, list));
		next = value_get_string(page, token);
		if (!next || !*next || !strcmp(next, value_get_string(in, token) ?
					       value_get_string(in, token) : "")) {
			json_decref(page);
			break;
		}
		json_object_set_new(in, token, json_string(next));
		json_decref(page);
	}
	json_decref(in);
	if (rc) {
		json_decref(*out);
		*out = NULL;
	}
	return rc ? -1 : 0;
}

int aws_list_json(struct aws_client *c, const struct aws_json_listing *l,
		  const struct resource_query *q, struct resource_items *out,
		  struct strbuf *err)
{
	json_t *input = l->input ? json_loads(l->input, 0, NULL) : NULL, *all, *e;
	size_t i;
	int rc = json_list(c, l->api, l->op, input, l->list, l->token, NULL, &all, err);

	json_decref(input);
	if (rc)
		return -1;
	json_array_foreach(all, i, e) {
		const char *name = value_get_string(e, l->name_key);
		const char *id = l->id_key ? value_get_string(e, l->id_key) : name;
		struct resource_item *it;

		if (!name || !id)
			continue;
		it = resource_items_add(out, id, name, l->time_key ? aws_time_of(value_get(e, l->time_key)) : 0);
		if (q->tagged && l->tags_key)
			it->tags = aws_tag_map(value_get(e, l->tags_key), "Key", "Value");
	}
	json_decref(all);
	return 0;
}

int aws_list_json_names(struct aws_client *c, const struct aws_json_names_listing *l,
			struct resource_items *out, struct strbuf *err)
{
	json_t *in = json_object(), *page = NULL, *n;
	size_t i;
	int rc;

	for (;;) {
		const char *next = NULL;

		rc = aws_json_call(c, l->api->service, l->api->target_prefix, l->api->version, l->op,
				   in, &page, NULL, err);
		if (rc)
			break;
		json_array_foreach(value_get(page, l->list), i, n)
			if (json_is_string(n)) {
				resource_items_add(out, json_string_value(n), NULL, 0);
				next = json_string_value(n);
			}
		if (l->more ? !json_is_true(value_get(page, l->more))
			    : !(next = value_get_string(page, l->last)))
			break;
		if (!next || !*next)
			break;
		json_object_set_new(in, l->start, json_string(next));
		json_decref(page);
		page = NULL;
	}
	json_decref(page);
	json_decref(in);
	return rc ? -1 : 0;
}

int aws_list_nested(struct aws_client *c, const struct aws_nested_listing *l,
		    const struct resource_query *q, struct resource_items *out,
		    struct strbuf *err)
{
	json_t *parents, *p;
	size_t i;
	int rc = 0;

	/* A parent deleted between the two listings holds nothing. */
	static const char *const parent_gone[] = {
		"EntityNotFoundException", "ResourceNotFoundException", NULL
	};

	if (json_list(c, l->api, l->parents_op, NULL, l->parents_list, "NextToken", NULL, &parents,
		      err))
		return -1;
	json_array_foreach(parents, i, p) {
		const char *parent = value_get_string(p, "Name");
		json_t *in, *all, *e;
		size_t j;

		/* With a name prefix, what a parent of another name holds is not
		 * looked at (sweep finds a Glue table by its database's name). */
		if (!parent || (q->prefix && !aws_has_name_prefix(parent, q->prefix)))
			continue;
		in = json_pack("{s:s}", l->parent_param, parent);
		rc = json_list(c, l->api, l->op, in, l->list, "NextToken", parent_gone, &all, err);
		json_decref(in);
		if (rc == 1) {
			json_decref(all);
			rc = 0;
			continue;
		}
		if (rc)
			break;
		json_array_foreach(all, j, e) {
			const char *name = value_get_string(e, "Name");
			char *id;

			if (!name || (l->skip_key && value_get_string(e, l->skip_key)))
				continue;
			id = l->plain_parent && !strcmp(parent, l->plain_parent)
				? xstrdup(name) : xasprintf("%s%s%s", parent, l->sep, name);
			resource_items_add(out, id, l->id_is_name ? id : name,
				 l->time_key ? aws_time_of(value_get(e, l->time_key)) : 0)->parent =
				xstrdup(parent);
			free(id);
		}
		json_decref(all);
	}
	json_decref(parents);
	return rc ? -1 : 0;
}

/* ---- rest-json listings (Lambda, Scheduler) ---- */

static void query_add(struct strbuf *q, const char *name, const char *value)
{
	if (q->len)
		strbuf_addch(q, '&');
	strbuf_addstr(q, name);
	strbuf_addch(q, '=');
	sigv4_uri_encode(q, value, strlen(value), false);
}

int aws_list_rest(struct aws_client *c, const struct aws_rest_listing *l,
		  const struct resource_query *q, struct resource_items *out,
		  struct strbuf *err)
{
	char *marker = NULL;
	int rc = 0;

	do {
		struct strbuf query = STRBUF_INIT;
		struct aws_response resp;
		json_t *page = NULL, *e;
		size_t i;

		if (l->prefix_param && q->prefix)
			query_add(&query, l->prefix_param, q->prefix);
		if (marker)
			query_add(&query, l->token_in, marker);
		free(marker);
		marker = NULL;
		rc = aws_rest_json_call(c, l->service, l->op, "GET", l->path,
					query.len ? query.buf : NULL, NULL, &page, &resp, err);
		aws_response_free(&resp);
		strbuf_release(&query);
		if (rc)
			break;
		json_array_foreach(value_get(page, l->list), i, e) {
			const char *name = value_get_string(e, l->name_key);
			const char *group = l->group_key ? value_get_string(e, l->group_key) : NULL;
			char *id;

			if (!name)
				continue;
			id = group ? xasprintf("%s/%s", group, name) : xstrdup(name);
			resource_items_add(out, id, name, aws_time_of(value_get(e, l->time_key)));
			free(id);
		}
		if (value_get_string(page, l->token_out) && *value_get_string(page, l->token_out))
			marker = xstrdup(value_get_string(page, l->token_out));
		json_decref(page);
	} while (marker);
	return rc ? -1 : 0;
}

/* ---- query protocol listings (IAM, RDS, Redshift) ---- */

/* One IAM entity's tags (List*Tags: IAM gives up to 50 tags an entity, and
 * these calls return up to 100 without paging). 1 when it is gone. */
static int iam_entity_tags(struct aws_client *c, const struct aws_query_listing *l, const char *id,
			   json_t **tags, struct strbuf *err)
{
	static const char *const gone[] = { "NoSuchEntity", NULL };
	json_t *params = json_pack("{s:s}", l->tags_param, id);
	char *result = xasprintf("%sResult/Tags", l->tags_action);
	xmlDocPtr doc = NULL;
	int rc = iam_call(c, l->tags_action, params, gone, &doc, NULL, err);

	if (rc == 0)
		*tags = iam_tags_parse(xml_child(xmlDocGetRootElement(doc), result));
	if (doc)
		xmlFreeDoc(doc);
	free(result);
	json_decref(params);
	return rc;
}

int aws_list_query(struct aws_client *c, const struct aws_query_listing *l,
		   const struct resource_query *q, struct resource_items *out,
		   struct strbuf *err)
{
	const char *fields[] = { l->name_field, l->time_field, "Path", l->id_field, NULL };
	json_t *params = l->scope ? json_pack("{s:s}", "Scope", l->scope) : NULL, *all, *e;
	size_t i;
	int rc = aws_query_list(c, l->service, l->version, l->action, params, NULL, l->members,
				NULL, fields, &all, err);

	json_decref(params);
	if (rc)
		return -1;
	json_array_foreach(all, i, e) {
		const char *name = value_get_string(e, l->name_field);
		const char *id = l->id_field ? value_get_string(e, l->id_field) : name;
		json_t *tags = NULL;
		struct resource_item *it;

		/* Roles AWS services make for themselves carry no tags of ours. */
		if (!name || !id || aws_has_prefix(value_get_string(e, "Path"), "/aws-service-role/"))
			continue;
		if (q->tagged && l->tags_action) {
			rc = iam_entity_tags(c, l, id, &tags, err);
			if (rc < 0)
				break;
			if (rc == 1)
				continue; /* deleted meanwhile */
		}
		it = resource_items_add(out, id, name, aws_time_of(value_get(e, l->time_field)));
		it->tags = tags;
	}
	json_decref(all);
	return rc < 0 ? -1 : 0;
}

/* ---- refresh by listing ---- */

void aws_read_many_init(struct aws_read_many *m, size_t n, const char *const *ids,
			const json_t *const *priors, json_t **out)
{
	m->n = n;
	m->ids = ids;
	m->priors = priors;
	m->out = out;
	m->index = json_object();
	for (size_t i = 0; i < n; i++)
		if (ids[i] && !json_object_get(m->index, ids[i]))
			json_object_set_new(m->index, ids[i], json_integer((json_int_t)i));
}

void aws_read_many_release(struct aws_read_many *m)
{
	json_decref(m->index);
	m->index = NULL;
}

long aws_read_many_find(const struct aws_read_many *m, const char *id)
{
	json_t *at = id ? json_object_get(m->index, id) : NULL;
	long pos = at ? (long)json_integer_value(at) : -1;

	return pos >= 0 && !m->out[pos] ? pos : -1;
}

int aws_json_pages(struct aws_client *c, const struct aws_json_api *api, const char *op,
		   const json_t *input, const char *list, const char *token, size_t max_pages,
		   int (*each)(void *ctx, const json_t *entry, struct strbuf *err), void *ctx,
		   struct strbuf *err)
{
	json_t *in = input ? json_deep_copy(input) : json_object();
	int rc = 0;

	for (size_t pages = 0; pages < max_pages; pages++) {
		json_t *page = NULL, *e;
		const char *next;
		size_t i;

		rc = aws_json_call(c, api->service, api->target_prefix, api->version, op, in, &page,
				   NULL, err);
		if (rc)
			break;
		json_array_foreach(value_get(page, list), i, e) {
			rc = each(ctx, e, err);
			if (rc)
				break;
		}
		next = value_get_string(page, token);
		if (rc || !next || !*next || !strcmp(next, value_get_string(in, token) ?
						     value_get_string(in, token) : "")) {
			json_decref(page);
			break;
		}
		json_object_set_new(in, token, json_string(next));
		json_decref(page);
	}
	json_decref(in);
	return rc ? -1 : 0;
}

bool aws_listed_has_fields(xmlNodePtr xml_entry, const json_t *json_entry,
			   const char *const *needs)
{
	for (; needs && *needs; needs++)
		if (xml_entry ? !xml_child(xml_entry, *needs) : !json_object_get(json_entry, *needs))
			return false;
	return true;
}

struct json_read_many_ctx {
	struct aws_read_many m;
	struct aws_client *c;
	const struct aws_json_listing *l;
	aws_listed_fn fn;
};

static int json_read_many_entry(void *ctx, const json_t *entry, struct strbuf *err)
{
	struct json_read_many_ctx *jc = ctx;
	const char *id = value_get_string(entry, jc->l->id_key ? jc->l->id_key : jc->l->name_key);
	long pos = aws_read_many_find(&jc->m, id);

	if (pos < 0 || !aws_listed_has_fields(NULL, entry, jc->l->needs))
		return 0;
	return jc->fn(jc->c, id, entry, jc->m.priors[pos], &jc->m.out[pos], err);
}

int aws_json_read_many(struct aws_client *c, const struct aws_json_listing *l, size_t n,
		       const char *const *ids, const json_t *const *priors, size_t max_pages,
		       json_t **out, aws_listed_fn fn, struct strbuf *err)
{
	struct json_read_many_ctx jc = { .c = c, .l = l, .fn = fn };
	json_t *input = l->input ? json_loads(l->input, 0, NULL) : NULL;
	int rc;

	aws_read_many_init(&jc.m, n, ids, priors, out);
	rc = aws_json_pages(c, l->api, l->op, input, l->list, l->token, max_pages,
			    json_read_many_entry, &jc, err);
	aws_read_many_release(&jc.m);
	json_decref(input);
	return rc;
}

/* One Describe call (and its further pages) for the ids of ids[from..to). */
static int ec2_read_some(struct aws_client *c, const struct aws_ec2_listing *l,
			 struct aws_read_many *m, size_t from, size_t to, size_t *calls,
			 size_t max_pages, aws_ec2_listed_fn fn, struct strbuf *err)
{
	json_t *params = json_pack("{s:s}", "Filter.1.Name", l->filter);
	char *path = xasprintf("%s/item", l->set);
	int rc = 0;

	for (size_t i = from, v = 1; i < to; i++) {
		char key[48];

		if (!m->ids[i])
			continue;
		snprintf(key, sizeof(key), "Filter.1.Value.%zu", v++);
		json_object_set_new(params, key, json_string(m->ids[i]));
	}
	while (!rc && *calls < max_pages) {
		xmlDocPtr doc = NULL;
		char *next;

		(*calls)++;
		rc = ec2_call(c, l->action, params, NULL, &doc, err);
		if (rc) {
			rc = -1;
			break;
		}
		for (xmlNodePtr e = xml_child(xmlDocGetRootElement(doc), path); e && !rc;
		     e = xml_next_same(e)) {
			char *id = xml_child_text(e, l->id_field);
			long pos = aws_read_many_find(m, id);

			if (pos >= 0 && aws_listed_has_fields(e, NULL, l->needs))
				rc = fn(c, id, e, m->priors[pos], &m->out[pos], err);
			free(id);
		}
		next = ec2_next_token(doc);
		xmlFreeDoc(doc);
		if (!next)
			break;
		json_object_set_new(params, "NextToken", json_string(next));
		free(next);
	}
	free(path);
	json_decref(params);
	return rc;
}

int aws_ec2_read_many(struct aws_client *c, const struct aws_ec2_listing *l, size_t n,
		      const char *const *ids, const json_t *const *priors, size_t max_pages,
		      json_t **out, aws_ec2_listed_fn fn, struct strbuf *err)
{
	struct aws_read_many m;
	size_t calls = 0;
	int rc = 0;

	aws_read_many_init(&m, n, ids, priors, out);
	for (size_t from = 0; !rc && from < n && calls < max_pages; from += AWS_EC2_IDS_PER_CALL)
		rc = ec2_read_some(c, l, &m, from,
				   n - from < AWS_EC2_IDS_PER_CALL ? n : from + AWS_EC2_IDS_PER_CALL,
				   &calls, max_pages, fn, err);
	aws_read_many_release(&m);
	return rc;
}

/* ---- IAM: GetAccountAuthorizationDetails and ListRoles ---- */

int aws_iam_pages(struct aws_client *c, const struct aws_iam_listing *l, size_t max_pages,
		  int (*each)(void *ctx, xmlNodePtr entry, struct strbuf *err), void *ctx,
		  struct strbuf *err)
{
	json_t *params = json_pack("{s:i}", "MaxItems", AWS_IAM_PAGE);
	char *result = xasprintf("%sResult", l->action);
	int rc = 0;

	if (l->filter)
		json_object_set_new(params, "Filter.member.1", json_string(l->filter));
	for (size_t pages = 0; !rc && pages < max_pages; pages++) {
		xmlDocPtr doc = NULL;
		xmlNodePtr res;
		char *truncated, *marker = NULL;

		if (iam_call(c, l->action, params, NULL, &doc, NULL, err)) {
			rc = -1;
			break;
		}
		res = xml_child(xmlDocGetRootElement(doc), result);
		for (xmlNodePtr e = xml_child(res, l->members); e && !rc; e = xml_next_same(e))
			rc = each(ctx, e, err);
		truncated = xml_child_text(res, "IsTruncated");
		if (truncated && !strcmp(truncated, "true"))
			marker = xml_child_text(res, "Marker");
		free(truncated);
		xmlFreeDoc(doc);
		if (!marker || !*marker) {
			free(marker);
			break;
		}
		json_object_set_new(params, "Marker", json_string(marker));
		free(marker);
	}
	free(result);
	json_decref(params);
	return rc ? -1 : 0;
}

struct iam_read_many_ctx {
	struct aws_read_many m;
	struct aws_client *c;
	const struct aws_iam_listing *l;
	aws_iam_listed_fn fn;
	void *ctx;
};

static int iam_read_many_entry(void *ctx, xmlNodePtr entry, struct strbuf *err)
{
	struct iam_read_many_ctx *ic = ctx;
	char *id = xml_child_text(entry, ic->l->id_field);
	long pos = aws_read_many_find(&ic->m, id);
	int rc = 0;

	if (pos >= 0 && aws_listed_has_fields(entry, NULL, ic->l->needs))
		rc = ic->fn(ic->ctx, ic->c, id, entry, ic->m.priors[pos], &ic->m.out[pos], err);
	free(id);
	return rc;
}

int aws_iam_read_many(struct aws_client *c, const struct aws_iam_listing *l, size_t n,
		      const char *const *ids, const json_t *const *priors, size_t max_pages,
		      json_t **out, aws_iam_listed_fn fn, void *ctx, struct strbuf *err)
{
	struct iam_read_many_ctx ic = { .c = c, .l = l, .fn = fn, .ctx = ctx };
	int rc;

	aws_read_many_init(&ic.m, n, ids, priors, out);
	rc = aws_iam_pages(c, l, max_pages, iam_read_many_entry, &ic, err);
	aws_read_many_release(&ic.m);
	return rc;
}
