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

/* ---- json protocol listings (each names its struct aws_service) ---- */

static int append_results(void *ctx, const json_t *page, const json_t *results,
			  struct strbuf *err)
{
	(void)page;
	(void)err;
	if (json_is_array(results))
		json_array_extend(ctx, (json_t *)results);
	return 0;
}

/* Every result of op on every page: 0 with *out, -1 with err set; 1 (*out
 * NULL) when the call answers one of the error codes `gone` (may be NULL):
 * what it lists in is gone. */
static int json_list(struct aws_client *c, const struct aws_service *api, const char *op,
		     const json_t *input, const char *const *gone, json_t **out,
		     struct strbuf *err)
{
	int rc;

	*out = json_array();
	rc = aws_json_paged(c, api, op, input, gone,
			    0, append_results, *out, err);
	if (rc) {
		json_decref(*out);
		*out = NULL;
	}
	return rc;
}

int aws_list_json(struct aws_client *c, const struct aws_json_listing *l,
		  const struct resource_query *q, struct resource_items *out,
		  struct strbuf *err)
{
	json_t *input = l->input ? json_loads(l->input, 0, NULL) : NULL, *all, *e;
	size_t i;
	int rc = json_list(c, l->api, l->op, input, NULL, &all, err);

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

static int add_names(void *ctx, const json_t *page, const json_t *results,
		     struct strbuf *err)
{
	const json_t *n;
	size_t i;

	(void)page;
	(void)err;
	json_array_foreach(results, i, n)
		if (json_is_string(n))
			resource_items_add(ctx, json_string_value(n), NULL, 0);
	return 0;
}

/* Firehose's ListDeliveryStreams, which botocore gives no paginator: each
 * page starts after the last name of the one before, while `more`. */
static int list_names_after_last(struct aws_client *c, const struct aws_json_names_listing *l,
				 struct resource_items *out, struct strbuf *err)
{
	json_t *in = json_object(), *page = NULL, *n;
	size_t i;
	int rc;

	for (;;) {
		const char *next = NULL;

		rc = aws_json_call(c, l->api, l->op,
				   in, &page, NULL, err);
		if (rc)
			break;
		json_array_foreach(value_get(page, l->list), i, n)
			if (json_is_string(n)) {
				resource_items_add(out, json_string_value(n), NULL, 0);
				next = json_string_value(n);
			}
		if (!json_is_true(value_get(page, l->more)) || !next || !*next)
			break;
		json_object_set_new(in, l->start, json_string(next));
		json_decref(page);
		page = NULL;
	}
	json_decref(page);
	json_decref(in);
	return rc ? -1 : 0;
}

int aws_list_json_names(struct aws_client *c, const struct aws_json_names_listing *l,
			struct resource_items *out, struct strbuf *err)
{
	if (l->start)
		return list_names_after_last(c, l, out, err);
	return aws_json_paged(c, l->api, l->op,
			      NULL, NULL, 0, add_names, out, err) ? -1 : 0;
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

	if (json_list(c, l->api, l->parents_op, NULL, NULL, &parents, err))
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
		rc = json_list(c, l->api, l->op, in, parent_gone, &all, err);
		json_decref(in);
		if (rc == 1) {
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

struct rest_listed {
	const struct aws_rest_listing *l;
	struct resource_items *out;
};

static int add_rest_entries(void *ctx, const json_t *page, const json_t *results,
			    struct strbuf *err)
{
	struct rest_listed *r = ctx;
	const struct aws_rest_listing *l = r->l;
	const json_t *e;
	size_t i;

	(void)page;
	(void)err;
	json_array_foreach(results, i, e) {
		const char *name = value_get_string(e, l->name_key);
		const char *group = l->group_key ? value_get_string(e, l->group_key) : NULL;
		char *id;

		if (!name)
			continue;
		id = group ? xasprintf("%s/%s", group, name) : xstrdup(name);
		resource_items_add(r->out, id, name, aws_time_of(value_get(e, l->time_key)));
		free(id);
	}
	return 0;
}

int aws_list_rest(struct aws_client *c, const struct aws_rest_listing *l,
		  const struct resource_query *q, struct resource_items *out,
		  struct strbuf *err)
{
	struct rest_listed r = { l, out };
	struct strbuf query = STRBUF_INIT;
	int rc;

	if (l->prefix_param && q->prefix)
		query_add(&query, l->prefix_param, q->prefix);
	rc = aws_rest_json_paged(c, l->service, l->op, "GET", l->path,
				 query.len ? query.buf : NULL, NULL, NULL, 0, add_rest_entries, &r,
				 err);
	strbuf_release(&query);
	return rc ? -1 : 0;
}

/* ---- query protocol listings (IAM, RDS, Redshift) ---- */

int aws_list_query(struct aws_client *c, const struct aws_query_listing *l,
		   const struct resource_query *q, struct resource_items *out,
		   struct strbuf *err)
{
	const char *fields[] = { l->name_field, l->time_field, "Path", l->id_field, NULL };
	json_t *params = l->scope ? json_pack("{s:s}", "Scope", l->scope) : NULL, *all, *e;
	size_t i;
	int rc = aws_query_list(c, l->service, l->action, params, NULL,
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
		if (q->tagged && l->tags_of) {
			rc = l->tags_of(c, l, id, &tags, err);
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

struct json_entries {
	int (*each)(void *ctx, const json_t *entry, struct strbuf *err);
	void *ctx;
};

static int each_result(void *ctx, const json_t *page, const json_t *results,
		       struct strbuf *err)
{
	struct json_entries *je = ctx;
	const json_t *e;
	size_t i;

	(void)page;
	json_array_foreach(results, i, e) {
		int rc = je->each(je->ctx, e, err);
		if (rc)
			return rc < 0 ? -1 : 1;
	}
	return 0;
}

int aws_json_pages(struct aws_client *c, const struct aws_service *api, const char *op,
		   const json_t *input, size_t max_pages,
		   int (*each)(void *ctx, const json_t *entry, struct strbuf *err), void *ctx,
		   struct strbuf *err)
{
	struct json_entries je = { each, ctx };

	return aws_json_paged(c, api, op, input, NULL,
			      max_pages, each_result, &je, err) ? -1 : 0;
}

struct json_find {
	const char *key, *name;
	json_t *found;
};

static int entry_named(void *ctx, const json_t *entry, struct strbuf *err)
{
	struct json_find *f = ctx;
	const char *n = value_get_string(entry, f->key);

	(void)err;
	if (!n || strcmp(n, f->name))
		return 0;
	f->found = json_incref((json_t *)entry);
	return 1;
}

int aws_json_find(struct aws_client *c, const struct aws_service *api, const char *op,
		  const json_t *input, const char *key, const char *name, json_t **found,
		  struct strbuf *err)
{
	struct json_find f = { key, name, NULL };
	int rc = aws_json_pages(c, api, op, input, 0, entry_named, &f, err);

	if (rc)
		json_decref(f.found);
	*found = rc ? NULL : f.found;
	return rc;
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
	rc = aws_json_pages(c, l->api, l->op, input, max_pages, json_read_many_entry, &jc, err);
	aws_read_many_release(&jc.m);
	json_decref(input);
	return rc;
}
