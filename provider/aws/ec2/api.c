/*
 * ec2/api.c: the EC2 helpers of ec2/api.h: calls, tag specifications, tag sets, the
 * paged Describe listings sweep uses, and the create call of the types made
 * exactly once by their token (ec2_send_tokened).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/ec2/api.h"
#include "provider/base/log.h"
#include "provider/base/progress.h"

int ec2_call(struct aws_client *c, const char *action, const json_t *params,
	     const char *const *tolerated, xmlDocPtr *doc, struct strbuf *err)
{
	return aws_query_call_xml(c, &aws_service_ec2, action, params, NULL, tolerated,
				  doc, NULL, NULL, err);
}

int ec2_delete(struct aws_client *c, const char *action, const char *id_param,
	       const char *id, const char *const *gone, struct strbuf *err)
{
	json_t *p = json_pack("{s:s}", id_param, id);
	int rc = ec2_call(c, action, p, gone, NULL, err);

	json_decref(p);
	return rc < 0 ? -1 : 0;
}

/* Add PREFIX.N.Key / PREFIX.N.Value for each tag (N from 1). */
static void add_tags(json_t *params, const char *prefix, const json_t *tags)
{
	const char *k;
	json_t *v;
	int n = 0;
	char name[96];

	json_object_foreach((json_t *)tags, k, v) {
		n++;
		snprintf(name, sizeof(name), "%s.%d.Key", prefix, n);
		json_object_set_new(params, name, json_string(k));
		snprintf(name, sizeof(name), "%s.%d.Value", prefix, n);
		json_object_set_new(params, name,
				    json_string(json_is_string(v) ? json_string_value(v) : ""));
	}
}

void ec2_add_tag_spec(json_t *params, const char *resource_type, const json_t *tags)
{
	if (!json_is_object(tags) || !json_object_size(tags))
		return;
	json_object_set_new(params, "TagSpecification.1.ResourceType",
			    json_string(resource_type));
	add_tags(params, "TagSpecification.1.Tag", tags);
}

/* Every element at `path` under node, each level's same-named siblings
 * all ("reservationSet/item/instancesSet/item": every instance of every
 * reservation). */
static int each_at(xmlNodePtr node, const char *path, ec2_entry_fn each, void *ctx,
		   struct strbuf *err)
{
	const char *slash = strchr(path, '/');
	char *seg = slash ? xstrndup(path, (size_t)(slash - path)) : xstrdup(path);
	int rc = 0;

	for (xmlNodePtr n = xml_child(node, seg); n && !rc; n = xml_next_same(n))
		rc = slash ? each_at(n, slash + 1, each, ctx, err) : each(ctx, n, err);
	free(seg);
	return rc;
}

struct ec2_entries {
	const char *path;
	ec2_entry_fn each;
	void *ctx;
	size_t *pages;
};

static int each_page(void *ctx, xmlNodePtr result, xmlNodePtr first, struct strbuf *err)
{
	struct ec2_entries *e = ctx;

	(void)first;
	if (e->pages)
		(*e->pages)++;
	return each_at(result, e->path, e->each, e->ctx, err) ? -1 : 0;
}

int ec2_each(struct aws_client *c, const char *action, const json_t *params, const char *path,
	     size_t max_pages, size_t *pages, ec2_entry_fn each, void *ctx, struct strbuf *err)
{
	struct ec2_entries e = { path, each, ctx, pages };
	xmlDocPtr doc = NULL;
	int rc;

	if (aws_paginator_of(aws_service_ec2.signing_name, action))
		return aws_query_paged(c, &aws_service_ec2, action, params, NULL,
				       max_pages, each_page, &e, err) ? -1 : 0;
	/* No row: its model gives it no token (DescribeKeyPairs, DescribeAddresses). */
	if (ec2_call(c, action, params, NULL, &doc, err))
		return -1;
	rc = each_page(&e, xmlDocGetRootElement(doc), NULL, err);
	xmlFreeDoc(doc);
	return rc;
}

struct texts {
	const char *field;
	json_t *into;
};

static int add_text(void *ctx, xmlNodePtr entry, struct strbuf *err)
{
	struct texts *t = ctx;
	char *text = xml_child_text(entry, t->field);

	(void)err;
	if (text)
		json_array_append_new(t->into, json_string(text));
	free(text);
	return 0;
}

int ec2_page_texts(struct aws_client *c, const char *action, json_t *params, const char *path,
		   const char *field, json_t *into, struct strbuf *err)
{
	struct texts t = { field, into };

	return ec2_each(c, action, params, path, 0, NULL, add_text, &t, err);
}

json_t *ec2_tags_of(xmlNodePtr entry)
{
	json_t *tags = json_object();
	xmlNodePtr it;

	for (it = xml_child(entry, "tagSet/item"); it; it = xml_next_same(it)) {
		char *k = xml_child_text(it, "key"), *v = xml_child_text(it, "value");

		if (k && strcmp(k, EC2_TOKEN_TAG))
			json_object_set_new(tags, k, json_string(v ? v : ""));
		free(k);
		free(v);
	}
	return tags;
}

int ec2_sync_tags(struct aws_client *c, const char *id, const json_t *have,
		  const json_t *want, struct strbuf *err)
{
	json_t *gone = json_object(), *set = json_object();
	const char *k;
	json_t *v;
	int rc = 0;

	json_object_foreach((json_t *)have, k, v)
		if (!json_object_get(want, k))
			json_object_set(gone, k, v);
	json_object_foreach((json_t *)want, k, v)
		if (!json_equal(json_object_get(have, k), v))
			json_object_set(set, k, v);
	if (json_object_size(gone)) {
		json_t *p = json_pack("{s:s}", "ResourceId.1", id);

		add_tags(p, "Tag", gone);
		rc = ec2_call(c, "DeleteTags", p, NULL, NULL, err);
		json_decref(p);
	}
	if (!rc && json_object_size(set)) {
		json_t *p = json_pack("{s:s}", "ResourceId.1", id);

		add_tags(p, "Tag", set);
		rc = ec2_call(c, "CreateTags", p, NULL, NULL, err);
		json_decref(p);
	}
	json_decref(gone);
	json_decref(set);
	return rc ? -1 : 0;
}

int ec2_release_default(struct aws_client *c, const char *id, const json_t *have,
			struct strbuf *err)
{
	json_t *kept = json_object(), *v;
	const char *k;
	int rc;

	json_object_foreach((json_t *)have, k, v)
		if (strncmp(k, "terrace:", 8))
			json_object_set(kept, k, v);
	rc = ec2_sync_tags(c, id, have, kept, err);
	json_decref(kept);
	return rc;
}

/* ---- creates made exactly once by their token (ec2_send_tokened) ---- */

/* The value of tag `key` in an entry's <tagSet>, or NULL (malloc'd). */
static char *tag_value(xmlNodePtr entry, const char *key)
{
	for (xmlNodePtr it = xml_child(entry, "tagSet/item"); it; it = xml_next_same(it)) {
		char *k = xml_child_text(it, "key");
		bool hit = k && !strcmp(k, key);

		free(k);
		if (hit)
			return xml_child_text(it, "value");
	}
	return NULL;
}

/* An entry on its way out (a deleted NAT gateway stays listed a while, a
 * terminated instance an hour) is no longer anyone's object. */
static bool gone_entry(xmlNodePtr e)
{
	static const char *const dead[] = { "deleted", "deleting", "failed", "terminated",
					    "shutting-down", NULL };
	char *state = xml_child_text(e, "state"), *iname = xml_child_text(e, "instanceState/name");
	bool gone = false;

	for (size_t i = 0; dead[i]; i++)
		if ((state && !strcmp(state, dead[i])) || (iname && !strcmp(iname, dead[i])))
			gone = true;
	free(state);
	free(iname);
	return gone;
}

struct tokened {
	const char *id_field, *token;
	json_t *ids;
};

/* The entry's id into ids when it is live and carries the token tag. */
static int collect_tokened(void *ctx, xmlNodePtr n, struct strbuf *err)
{
	struct tokened *t = ctx;
	char *tag = tag_value(n, EC2_TOKEN_TAG);
	char *id = tag && !strcmp(tag, t->token) && !gone_entry(n) ? xml_child_text(n, t->id_field)
								   : NULL;

	(void)err;
	if (id && *id)
		json_array_append_new(t->ids, json_string(id));
	free(id);
	free(tag);
	return 0;
}

/* ec2/api.h. The tag is checked again here: moto ignores the filter for some
 * kinds. */
int ec2_find_made(struct aws_client *c, const char *describe, const char *set,
		  const char *id_field, const char *token, json_t **ids, struct strbuf *err)
{
	json_t *params = json_pack("{s:s, s:s}", "Filter.1.Name", "tag:" EC2_TOKEN_TAG,
				   "Filter.1.Value.1", token);
	char *path = xasprintf("%s/item", set);
	struct tokened t = { id_field, token, json_array() };
	int rc = ec2_each(c, describe, params, path, 0, NULL, collect_tokened, &t, err);

	free(path);
	json_decref(params);
	*ids = t.ids;	/* what was found before a failure too, as callers free it */
	return rc ? -1 : 0;
}

int ec2_find_made_kind(const struct ec2_create *k, void *client, const char *token,
		       json_t **ids, struct strbuf *err)
{
	return ec2_find_made(client, k->describe, k->set, k->id_field, token, ids, err);
}

/* One create call under way (ec2_send_tokened). */
struct ec2_send {
	struct aws_client *c;
	const struct ec2_create *k;
	json_t *params;
	const json_t *tags;
};

/* The create call, carrying the token as a tag and, where the API has one,
 * as its client token. */
static int ec2_send_create(void *ctx, const char *token, char **answered, int *attempts,
			   struct strbuf *err)
{
	struct ec2_send *s = ctx;
	const struct ec2_create *k = s->k;
	json_t *with_token = json_is_object(s->tags) ? json_copy((json_t *)s->tags)
						     : json_object();
	const char *code = NULL;
	xmlDocPtr doc = NULL;
	int rc;

	json_object_set_new(with_token, EC2_TOKEN_TAG, json_string(token));
	ec2_add_tag_spec(s->params, k->tag_type, with_token);
	json_decref(with_token);
	if (k->client_token)
		json_object_set_new(s->params, k->client_token, json_string(token));
	rc = aws_query_call_xml(s->c, &aws_service_ec2, k->action, s->params, NULL,
				k->exists, &doc, &code, attempts, err);
	if (rc == 1)
		strbuf_addf(err, "%s: %s answered %s", k->type, k->action, code);
	if (rc)
		return rc;
	*answered = xml_child_text(xmlDocGetRootElement(doc), k->id_path);
	xmlFreeDoc(doc);
	if (!*answered) {
		strbuf_addf(err, "ec2 %s: the answer has no %s", k->action, k->id_path);
		return -1;
	}
	return 0;
}

/* ec2/api.h: the send of a type on the create/update contract
 * (AWS_ADOPT_BY_CREATE_TOKEN), which finds and adopts by the token. */
int ec2_send_tokened(struct aws_client *c, const struct ec2_create *k, json_t *params,
		     const json_t *tags, const char *token, char **answered, int *attempts,
		     struct strbuf *err)
{
	struct ec2_send s = { c, k, params, tags };
	int rc;

	*answered = NULL;
	rc = ec2_send_create(&s, token, answered, attempts, err);
	if (!rc)
		aws_client_note_made(c, *answered);
	return rc;
}

struct listed {
	const char *id_field;
	bool (*skip)(xmlNodePtr entry);
	struct resource_items *out;
};

static int add_listed(void *ctx, xmlNodePtr e, struct strbuf *err)
{
	struct listed *l = ctx;
	char *id = xml_child_text(e, l->id_field);

	(void)err;
	if (id && (!l->skip || !l->skip(e)))
		resource_items_add(l->out, id, NULL, 0)->tags = ec2_tags_of(e);
	free(id);
	return 0;
}

int ec2_list(struct aws_client *c, const char *action, const char *path, const char *id_field,
	     bool (*skip)(xmlNodePtr entry), struct resource_items *out, struct strbuf *err)
{
	struct listed l = { id_field, skip, out };

	return ec2_each(c, action, NULL, path, 0, NULL, add_listed, &l, err);
}

/* ---- routing and security (security groups, route tables, endpoints,
 * addresses, NAT gateways) ---- */

void ec2_add_list(json_t *params, const char *prefix, const json_t *list)
{
	size_t i;
	json_t *v;
	char name[96];

	json_array_foreach((json_t *)list, i, v) {
		if (!json_is_string(v))
			continue;
		snprintf(name, sizeof(name), "%s.%zu", prefix, i + 1);
		json_object_set_new(params, name, json_string(json_string_value(v)));
	}
}

void ec2_add_filter(json_t *params, int *n, const char *name, const json_t *values)
{
	char key[96];
	json_t *list;

	if (!json_is_string(values) && !json_is_array(values))
		return;
	list = json_is_string(values) ? json_pack("[O]", values) : json_incref((json_t *)values);
	(*n)++;
	snprintf(key, sizeof(key), "Filter.%d.Name", *n);
	json_object_set_new(params, key, json_string(name));
	snprintf(key, sizeof(key), "Filter.%d.Value", *n);
	ec2_add_list(params, key, list);
	json_decref(list);
}

void ec2_add_tag_filters(json_t *params, int *n, const json_t *tags)
{
	const char *k;
	json_t *v;

	json_object_foreach((json_t *)tags, k, v) {
		char *name = xasprintf("tag:%s", k);

		ec2_add_filter(params, n, name, v);
		free(name);
	}
}

/* What a lookup looked for, for its error, keys sorted so the text is the
 * same however the stack orders them: "name retail-private, vpc_id vpc-1". */
static void describe_args(struct strbuf *sb, const json_t *args)
{
	size_t nkeys, i, start = sb->len;
	const char **keys = value_sorted_keys(args, &nkeys);
	json_t *v;

	for (i = 0; i < nkeys; i++) {
		v = json_object_get(args, keys[i]);
		if (json_is_null(v))
			continue;
		char *text = json_is_string(v) ? NULL
			     : json_dumps(v, JSON_COMPACT | JSON_SORT_KEYS | JSON_ENCODE_ANY);
		strbuf_addf(sb, "%s%s %s", sb->len > start ? ", " : "", keys[i],
			    text ? text : json_string_value(v));
		free(text);
	}
	free(keys);
	if (sb->len == start)
		strbuf_addstr(sb, "no filter");
}

xmlNodePtr ec2_describe_one(struct aws_client *c, const char *action, const json_t *params,
			    const char *set, const char *what, const json_t *args, xmlDocPtr *doc,
			    struct strbuf *err)
{
	char path[64];
	size_t n = 0;

	*doc = NULL;
	if (ec2_call(c, action, params, NULL, doc, err))
		return NULL;
	snprintf(path, sizeof(path), "%s/item", set);
	xmlNodePtr first = xml_child(xmlDocGetRootElement(*doc), path);
	for (xmlNodePtr it = first; it; it = xml_next_same(it))
		n++;
	if (n == 1)
		return first;
	strbuf_addf(err, "%s %s matches ", n ? "more than one" : "no", what);
	describe_args(err, args);
	if (n)
		strbuf_addf(err, " (%zu do)", n);
	xmlFreeDoc(*doc);
	*doc = NULL;
	return NULL;
}

void ec2_set_text(json_t *o, const char *attr, xmlNodePtr node, const char *field)
{
	char *v = xml_child_text(node, field);

	json_object_set_new(o, attr, v ? json_string(v) : json_null());
	free(v);
}

void ec2_set_text_or_empty(json_t *o, const char *attr, xmlNodePtr node, const char *field)
{
	char *v = xml_child_text(node, field);

	json_object_set_new(o, attr, json_string(v ? v : ""));
	free(v);
}

json_t *ec2_item_texts(xmlNodePtr node, const char *set, const char *field)
{
	json_t *all = json_array(), *sorted;
	char *path = xasprintf("%s/item", set);
	xmlNodePtr it;

	for (it = xml_child(node, path); it; it = xml_next_same(it)) {
		char *v = field ? xml_child_text(it, field) : (char *)xmlNodeGetContent(it);

		if (v && *v)
			json_array_append_new(all, json_string(v));
		if (field)
			free(v);
		else
			xmlFree(v);
	}
	free(path);
	sorted = value_string_set(all);
	json_decref(all);
	return sorted;
}

int ec2_converge_tags(struct aws_client *c, const char *id, const json_t *have,
		      const json_t *desired, struct strbuf *err)
{
	return ec2_sync_tags(c, id, value_get(have, "tags"), value_get(desired, "tags"), err);
}

/* ---- refresh by listing (listing.h) ---- */

struct ec2_read_some {
	struct aws_client *c;
	const struct ec2_listing *l;
	struct aws_read_many *m;
	ec2_listed_fn fn;
};

static int read_listed(void *ctx, xmlNodePtr e, struct strbuf *err)
{
	struct ec2_read_some *r = ctx;
	char *id = xml_child_text(e, r->l->id_field);
	long pos = aws_read_many_find(r->m, id);
	int rc = 0;

	if (pos >= 0 && aws_listed_has_fields(e, NULL, r->l->needs))
		rc = r->fn(r->c, id, e, r->m->priors[pos], &r->m->out[pos], err);
	free(id);
	return rc;
}

/* One Describe call (and its further pages) for the ids of ids[from..to). */
static int ec2_read_some(struct aws_client *c, const struct ec2_listing *l,
			 struct aws_read_many *m, size_t from, size_t to, size_t *calls,
			 size_t max_pages, ec2_listed_fn fn, struct strbuf *err)
{
	struct ec2_read_some r = { c, l, m, fn };
	json_t *params = json_pack("{s:s}", "Filter.1.Name", l->filter);
	int rc;

	for (size_t i = from, v = 1; i < to; i++) {
		char key[48];

		if (!m->ids[i])
			continue;
		snprintf(key, sizeof(key), "Filter.1.Value.%zu", v++);
		json_object_set_new(params, key, json_string(m->ids[i]));
	}
	rc = ec2_each(c, l->action, params, l->path, max_pages - *calls, calls, read_listed, &r,
		      err);
	json_decref(params);
	return rc;
}

int ec2_read_many(struct aws_client *c, const struct ec2_listing *l, size_t n,
		  const char *const *ids, const json_t *const *priors, size_t max_pages,
		  json_t **out, ec2_listed_fn fn, struct strbuf *err)
{
	struct aws_read_many m;
	size_t calls = 0;
	int rc = 0;

	aws_read_many_init(&m, n, ids, priors, out);
	for (size_t from = 0; !rc && from < n && calls < max_pages; from += EC2_IDS_PER_CALL)
		rc = ec2_read_some(c, l, &m, from,
				   n - from < EC2_IDS_PER_CALL ? n : from + EC2_IDS_PER_CALL,
				   &calls, max_pages, fn, err);
	aws_read_many_release(&m);
	return rc;
}
