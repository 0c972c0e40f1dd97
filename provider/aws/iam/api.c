/*
 * iam/api.c: the IAM helpers of iam/api.h that the aws.iam.* resource types share
 * (iam/role.c, iam/policy.c, iam/group.c, iam/user.c): calls with
 * tolerated errors, the policy document codec, tags, paged listings, and
 * the create call that finds its entity already there.
 *
 * IAM is global: the client signs every IAM request for us-east-1.
 */
#include "provider/aws/iam/api.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/resources.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"
#include "provider/base/encoding.h"

static const char *const no_such_entity[] = { "NoSuchEntity", NULL };

/* ---- shared helpers (iam/api.h) ---- */

int iam_call(struct aws_client *c, const char *action, const json_t *params,
	     const char *const *tolerated, xmlDocPtr *doc, const char **code,
	     struct strbuf *err)
{
	return aws_query_call_xml(c, &aws_service_iam, action, params, NULL, tolerated,
				  doc, code, NULL, err);
}

char *iam_url_decode(const char *s)
{
	struct strbuf out = STRBUF_INIT;

	for (; s && *s; s++) {
		int hi, lo;

		if (*s == '%' && (hi = hex_digit_value(s[1])) >= 0 &&
		    (lo = hex_digit_value(s[2])) >= 0) {
			strbuf_addch(&out, (char)(hi << 4 | lo));
			s += 2;
		} else {
			strbuf_addch(&out, *s);
		}
	}
	return strbuf_detach(&out);
}

json_t *iam_policy_document_parse(const char *text)
{
	json_t *doc;
	char *decoded;

	if (!text)
		return json_null();
	doc = json_loads(text, JSON_DECODE_ANY, NULL);
	if (doc)
		return doc;
	decoded = iam_url_decode(text);
	doc = json_loads(decoded, JSON_DECODE_ANY, NULL);
	if (!doc)
		doc = json_string(decoded);
	if (!doc)
		doc = json_string("(a document that is not valid UTF-8)");
	free(decoded);
	return doc;
}

char *iam_policy_document_text(const json_t *doc, struct strbuf *err)
{
	char *text;

	if (!doc || json_is_null(doc)) {
		strbuf_addstr(err, "the policy document is not set");
		return NULL;
	}
	if (json_is_string(doc))
		return xstrdup(json_string_value(doc));
	text = json_dumps(doc, JSON_COMPACT | JSON_ENCODE_ANY);
	if (!text)
		strbuf_addstr(err, "the policy document cannot be written as JSON");
	return text;
}

json_t *iam_tags_parse(xmlNodePtr tags)
{
	json_t *out = json_object();

	for (xmlNodePtr m = xml_child(tags, "member"); m; m = xml_next_same(m)) {
		char *key = xml_child_text(m, "Key");
		char *value = xml_child_text(m, "Value");

		if (key)
			json_object_set_new(out, key, json_string(value ? value : ""));
		free(key);
		free(value);
	}
	return out;
}

json_t *iam_policy_list_parse(xmlNodePtr list)
{
	json_t *out = json_object();

	for (xmlNodePtr m = xml_child(list, "member"); m; m = xml_next_same(m)) {
		char *name = xml_child_text(m, "PolicyName");
		char *text = xml_child_text(m, "PolicyDocument");

		if (name)
			json_object_set_new(out, name, iam_policy_document_parse(text));
		free(name);
		free(text);
	}
	return out;
}

json_t *iam_member_set(xmlNodePtr list, const char *text_of)
{
	json_t *items = json_array(), *set;

	for (xmlNodePtr m = xml_child(list, "member"); m; m = xml_next_same(m)) {
		char *text = xml_child_text(m, text_of);

		json_array_append_new(items, json_string(text ? text : ""));
		free(text);
	}
	set = value_string_set(items);
	json_decref(items);
	return set ? set : json_array();
}

void iam_tags_params(json_t *params, const char *prefix, const json_t *tags)
{
	const char *key;
	json_t *value;
	size_t n = 0;

	json_object_foreach((json_t *)tags, key, value) {
		char *k, *v;

		n++;
		k = xasprintf("%s.member.%zu.Key", prefix, n);
		v = xasprintf("%s.member.%zu.Value", prefix, n);
		json_object_set_new(params, k, json_string(key));
		json_object_set_new(params, v, json_string(json_is_string(value)
							    ? json_string_value(value) : ""));
		free(k);
		free(v);
	}
}

/* ---- small value helpers ---- */

const char *iam_attr_string(const json_t *o, const char *name, const char *fallback)
{
	const char *s = json_string_value(value_get(o, name));

	return s ? s : fallback;
}

/* An attribute's value, or `fallback` (borrowed) when it is unset. */
json_t *iam_attr_or(const json_t *o, const char *name, json_t *fallback)
{
	json_t *v = value_get(o, name);

	return json_is_null(v) ? fallback : v;
}

/* Set key in o to the text of an element, or to `fallback` when absent. */
void iam_set_xml_string(json_t *o, const char *key, xmlNodePtr node, const char *path,
			const char *fallback)
{
	char *text = xml_child_text(node, path);

	if (text || fallback)
		json_object_set_new(o, key, json_string(text ? text : fallback));
	free(text);
}

/* ---- paged listings ---- */

/* iam/api.h */
int iam_list(struct aws_client *c, const char *action, const json_t *params,
	     const char *text_of, const char *const *fields, json_t **out, struct strbuf *err)
{
	return aws_query_list(c, &aws_service_iam, action, params, no_such_entity,
			      text_of, fields, out, err);
}

/* ---- tags ---- */

/* iam/api.h */
int iam_sync_tags(struct aws_client *c, const char *tag_action, const char *untag_action,
		  const char *id_param, const char *id, const json_t *current,
		  const json_t *desired, struct strbuf *err)
{
	json_t *set, *removed;
	json_t *untag = json_pack("{s:s}", id_param, id);
	size_t i, n_untag = 0;
	json_t *key;
	int ret = 0;

	value_map_diff(current, desired, &removed, &set);
	json_array_foreach(removed, i, key) {
		char *name = xasprintf("TagKeys.member.%zu", ++n_untag);

		json_object_set(untag, name, key);
		free(name);
	}
	json_decref(removed);
	if (json_object_size(set)) {
		json_t *params = json_pack("{s:s}", id_param, id);

		iam_tags_params(params, "Tags", set);
		if (iam_call(c, tag_action, params, NULL, NULL, NULL, err))
			ret = -1;
		json_decref(params);
	}
	if (!ret && n_untag && iam_call(c, untag_action, untag, NULL, NULL, NULL, err))
		ret = -1;
	json_decref(set);
	json_decref(untag);
	return ret;
}

/* iam/api.h */
int iam_send_entity(struct aws_client *c, const char *action, const json_t *params,
		    const char *kind, const char *name, struct aws_sent *sent, xmlDocPtr *doc,
		    struct strbuf *err)
{
	struct aws_response resp;
	struct strbuf call_err = STRBUF_INIT;
	int rc = -1;

	*doc = NULL;
	memset(&resp, 0, sizeof(resp));
	if (aws_query_call(c, &aws_service_iam, action, params, &resp,
			   &call_err) == 0) {
		*doc = xml_parse(resp.body, resp.body_len, &call_err);
		if (*doc)
			rc = 0;
		else
			strbuf_addf(err, "iam %s: %s", action, call_err.buf);
	} else if (resp.error_code && !strcmp(resp.error_code, "EntityAlreadyExists")) {
		snprintf(sent->why, sizeof(sent->why), "iam %s: HTTP %ld EntityAlreadyExists", action,
			 resp.status);
		sent->exists = true;
		sent->attempts = resp.attempts;
		rc = 0;
	} else {
		strbuf_addstr(err, call_err.buf);
	}
	aws_response_free(&resp);
	strbuf_release(&call_err);
	if (rc)
		return -1;
	sent->id = xstrdup(name);
	/* IAM may not find it for a while, even IAM itself (timing.h); and a
	 * role or user, a principal, is not yet visible to the services given
	 * it (a Firehose stream's role, a key policy's principal). */
	aws_client_note_made(c, name);
	if (!strcmp(kind, "role"))
		aws_client_note_role_grant(c, name,
			json_string_value(json_object_get(params, "AssumeRolePolicyDocument")));
	else if (!strcmp(kind, "user"))
		aws_client_note_grant(c, name);
	return 0;
}

int iam_entity_evidence(struct aws_client *c, const char *get_action, const char *name_param,
			const char *name, const char *entity_path, const char *path,
			json_t **sent, json_t **got, time_t *created, struct strbuf *err)
{
	static const char *const gone[] = { "NoSuchEntity", NULL };
	json_t *params = json_pack("{s:s}", name_param, name);
	xmlDocPtr doc = NULL;
	char *got_path, *made;
	xmlNodePtr e;
	int rc = iam_call(c, get_action, params, gone, &doc, NULL, err);

	json_decref(params);
	if (rc)
		return rc;
	e = xml_child(xmlDocGetRootElement(doc), entity_path);
	got_path = xml_child_text(e, "Path");
	made = xml_child_text(e, "CreateDate");
	if (!made || aws_parse_timestamp(made, created))
		*created = 0;
	*sent = json_pack("{s:s}", "Path", path);
	*got = json_pack("{s:s}", "Path", got_path ? got_path : "/");
	xmlFreeDoc(doc);
	free(got_path);
	free(made);
	return 0;
}

/* iam/api.h */
int iam_send_with_document(struct aws_client *c, const struct iam_document_kind *k,
			   const char *name, json_t *params, const json_t *desired,
			   struct aws_sent *sent, xmlDocPtr *doc, struct strbuf *err)
{
	const char *description = iam_attr_string(desired, "description", "");
	struct strbuf doc_err = STRBUF_INIT;
	char *text = NULL;
	int rc = -1;

	*doc = NULL;
	if (!name) {
		strbuf_addf(err, "%s: name has no value to send", k->type);
	} else if (!(text = iam_policy_document_text(value_get(desired, k->doc_attr), &doc_err))) {
		strbuf_addf(err, "%s %s: %s: %s", k->type, name, k->doc_attr, doc_err.buf);
	} else {
		json_object_set_new(params, k->name_param, json_string(name));
		json_object_set_new(params, k->doc_param, json_string(text));
		if (*description)
			json_object_set_new(params, "Description", json_string(description));
		iam_tags_params(params, "Tags", iam_attr_or(desired, "tags", NULL));
		rc = iam_send_entity(c, k->action, params, k->kind, name, sent, doc, err);
	}
	json_decref(params);
	free(text);
	strbuf_release(&doc_err);
	return rc;
}

/* ---- what groups and users share ---- */

const char *iam_str_or(const char *s, const char *fallback)
{
	return s ? s : fallback;
}

/*
 * One IAM call with the parameters k1=v1 and, when k2 is not NULL, k2=v2.
 * NoSuchEntity is tolerated (1) when tolerate_missing; 0 done, -1 error.
 */
int iam_call2(struct aws_client *c, const char *action, const char *k1, const char *v1,
	      const char *k2, const char *v2, bool tolerate_missing, struct strbuf *err)
{
	json_t *params = json_pack("{s:s}", k1, v1);
	int ret;

	if (k2)
		json_object_set_new(params, k2, json_string(v2));
	ret = iam_call(c, action, params, tolerate_missing ? no_such_entity : NULL, NULL, NULL,
		       err);
	json_decref(params);
	return ret;
}

/* A listing of one entity (key_param=key) as a sorted set of the members'
 * `text_of` texts: 0 with *out, 1 when the entity is gone, -1 on error. */
int iam_list_set(struct aws_client *c, const char *action, const char *key_param,
		 const char *key, const char *text_of, json_t **out, struct strbuf *err)
{
	json_t *params = json_pack("{s:s}", key_param, key);
	json_t *items = NULL;
	int ret = iam_list(c, action, params, text_of, NULL, &items, err);

	json_decref(params);
	*out = NULL;
	if (ret)
		return ret;
	*out = value_string_set(items);
	if (!*out)
		*out = json_array();
	json_decref(items);
	return 0;
}

/*
 * Bring the set `have` to `want`: `add` (entity_param=entity,
 * member_param=MEMBER) for each missing member first, then `remove` for
 * each extra one (a member already gone counts as removed). AddUserToGroup,
 * AttachUserPolicy, AttachGroupPolicy and their opposites.
 */
int iam_sync_set(struct aws_client *c, const char *add, const char *remove,
		 const char *entity_param, const char *entity, const char *member_param,
		 const json_t *have, const json_t *want, struct strbuf *err)
{
	size_t i;
	json_t *v;

	json_array_foreach(want, i, v)
		if (json_is_string(v) && !value_list_has_string(have, json_string_value(v)) &&
		    iam_call2(c, add, entity_param, entity, member_param, json_string_value(v), false,
			  err))
			return -1;
	json_array_foreach(have, i, v)
		if (json_is_string(v) && !value_list_has_string(want, json_string_value(v)) &&
		    iam_call2(c, remove, entity_param, entity, member_param, json_string_value(v), true,
			  err) < 0)
			return -1;
	return 0;
}

/*
 * Call `action` (entity_param=entity, param=ITEM) for every item of a
 * listing, tolerating items that went meanwhile: what a delete removes
 * first. 0 done, 1 the entity is gone, -1 error.
 */
int iam_remove_each(struct aws_client *c, const char *entity_param, const char *entity,
		    const char *list_action, const char *text_of,
		    const char *action, const char *param, struct strbuf *err)
{
	json_t *items = NULL, *v;
	size_t i;
	int ret = iam_list_set(c, list_action, entity_param, entity, text_of, &items, err);

	json_array_foreach(items, i, v)
		if (!ret && iam_call2(c, action, entity_param, entity, param, json_string_value(v), true,
				  err) < 0)
			ret = -1;
	json_decref(items);
	return ret;
}

/* name, path, arn and the entity's id (element id_element, stored as
 * id_attr) of a Group or User element, as a new object. */
json_t *iam_entity_attrs(xmlNodePtr node, const char *name, const char *id_element,
			 const char *id_attr)
{
	char *path = xml_child_text(node, "Path");
	char *arn = xml_child_text(node, "Arn");
	char *id = xml_child_text(node, id_element);
	json_t *o = json_pack("{s:s, s:s, s:s, s:s}", "name", name, "path", iam_str_or(path, "/"),
			      "arn", iam_str_or(arn, ""), id_attr, iam_str_or(id, ""));

	free(path);
	free(arn);
	free(id);
	return o;
}

/* Fill schema defaults into a copy of desired and sort its string sets. */
json_t *iam_stored_base(const struct attr_schema *attrs, const json_t *desired,
			const char *const *sets)
{
	json_t *o = aws_with_defaults(attrs, desired);

	for (size_t i = 0; sets[i]; i++) {
		json_t *sorted = value_string_set(value_get(o, sets[i]));

		if (sorted)
			json_object_set_new(o, sets[i], sorted);
	}
	return o;
}

/* plan_desired of both types: their string sets are compared sorted. */
void iam_sort_sets(json_t *desired, const char *const *sets)
{
	for (size_t i = 0; sets[i]; i++) {
		json_t *sorted = value_string_set(json_object_get(desired, sets[i]));

		if (sorted)
			json_object_set_new(desired, sets[i], sorted);
	}
}

/* ---- a role by ARN or by name ---- */

int iam_role_arn(struct aws_client *c, const char *role, char **arn, struct strbuf *err)
{
	char *account = NULL;

	if (!role || !*role || !strncmp(role, "arn:", 4)) {
		/* An ARN, or nothing: the API says what is wrong with it. */
		*arn = xstrdup(role ? role : "");
		return 0;
	}
	if (aws_client_account_id(c, &account, err))
		return -1;
	*arn = xasprintf("arn:%s:iam::%s:role/%s", aws_partition(aws_client_region(c)), account,
			 role);
	free(account);
	return 0;
}

const char *iam_role_name(const char *role)
{
	const char *res = strncmp(role, "arn:", 4) ? NULL : strstr(role, ":role/");
	const char *base;

	if (!res)
		return role;
	base = strrchr(res, '/');
	return base + 1;
}

bool iam_role_same(const char *a, const char *b)
{
	bool a_arn = !strncmp(a, "arn:", 4), b_arn = !strncmp(b, "arn:", 4);

	if (a_arn && b_arn)
		return !strcmp(a, b);
	return !strcmp(iam_role_name(a), iam_role_name(b));
}

json_t *iam_role_as_written(const char *server, const char *written)
{
	if (!server)
		return json_null();
	if (written && *written && *server && iam_role_same(server, written))
		return json_string(written);
	return json_string(server);
}

void iam_role_keep_written(json_t *shape, const char *attr, const json_t *written)
{
	const char *server = json_string_value(json_object_get(shape, attr));

	if (server)
		json_object_set_new(shape, attr,
				    iam_role_as_written(server, json_string_value(
							json_object_get(written, attr))));
}

bool iam_role_list_has(const json_t *list, const char *role)
{
	size_t i;
	json_t *v;

	json_array_foreach(list, i, v)
		if (json_is_string(v) && iam_role_same(json_string_value(v), role))
			return true;
	return false;
}

void iam_roles_keep_written(json_t *shape, const char *attr, const json_t *written)
{
	const json_t *server = json_object_get(shape, attr);
	const json_t *wanted = json_object_get(written, attr);
	json_t *spelled = json_array(), *v, *w;
	size_t i, k;

	if (!json_is_array(server))
		return;
	json_array_foreach(server, i, v) {
		json_t *as = v;
		json_array_foreach(wanted, k, w)
			if (json_is_string(v) && json_is_string(w) &&
			    iam_role_same(json_string_value(v), json_string_value(w)))
				as = w;
		json_array_append(spelled, as);
	}
	json_object_set_new(shape, attr, value_string_set(spelled));
	json_decref(spelled);
}

int iam_role_arn_list(struct aws_client *c, const json_t *roles, json_t **arns,
		      struct strbuf *err)
{
	size_t i;
	json_t *v;

	*arns = json_array();
	json_array_foreach(roles, i, v) {
		char *arn = NULL;
		if (!json_is_string(v))
			continue;
		if (iam_role_arn(c, json_string_value(v), &arn, err)) {
			json_decref(*arns);
			*arns = NULL;
			return -1;
		}
		json_array_append_new(*arns, json_string(arn));
		free(arn);
	}
	return 0;
}

/* ---- refresh by listing (listing.h): GetAccountAuthorizationDetails and ListRoles ---- */

struct iam_entries {
	const struct iam_listing *l;
	int (*each)(void *ctx, xmlNodePtr entry, struct strbuf *err);
	void *ctx;
};

/* GetAccountAuthorizationDetails gives four lists a page: the listing's. */
static int each_iam_entry(void *ctx, xmlNodePtr result, xmlNodePtr first, struct strbuf *err)
{
	struct iam_entries *ie = ctx;

	(void)first;
	for (xmlNodePtr e = xml_child(result, ie->l->members); e; e = xml_next_same(e))
		if (ie->each(ie->ctx, e, err))
			return -1;
	return 0;
}

int iam_pages(struct aws_client *c, const struct iam_listing *l, size_t max_pages,
		  int (*each)(void *ctx, xmlNodePtr entry, struct strbuf *err), void *ctx,
		  struct strbuf *err)
{
	struct iam_entries ie = { l, each, ctx };
	json_t *params = json_pack("{s:i}", "MaxItems", IAM_PAGE);
	int rc;

	if (l->filter)
		json_object_set_new(params, "Filter.member.1", json_string(l->filter));
	rc = aws_query_paged(c, &aws_service_iam, l->action, params, NULL, max_pages,
			     each_iam_entry, &ie, err);
	json_decref(params);
	return rc ? -1 : 0;
}

struct iam_read_many_ctx {
	struct aws_read_many m;
	struct aws_client *c;
	const struct iam_listing *l;
	iam_listed_fn fn;
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

int iam_read_many(struct aws_client *c, const struct iam_listing *l, size_t n,
		      const char *const *ids, const json_t *const *priors, size_t max_pages,
		      json_t **out, iam_listed_fn fn, void *ctx, struct strbuf *err)
{
	struct iam_read_many_ctx ic = { .c = c, .l = l, .fn = fn, .ctx = ctx };
	int rc;

	aws_read_many_init(&ic.m, n, ids, priors, out);
	rc = iam_pages(c, l, max_pages, iam_read_many_entry, &ic, err);
	aws_read_many_release(&ic.m);
	return rc;
}

/* iam/api.h. One IAM entity's tags (List*Tags: IAM gives up to 50 tags an entity, and
 * these calls return up to 100 without paging). 1 when it is gone. */
int iam_listed_tags(struct aws_client *c, const struct aws_query_listing *l, const char *id,
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
