/*
 * iam.c: the aws.iam.role and aws.iam.policy resource types, and the IAM
 * helpers of iam.h (calls with tolerated errors, the policy document codec,
 * tags).
 *
 * aws.iam.role: the id is the role name. Shapes (what read() returns and
 * create()/update() store); every key is always present:
 *   name, path, description, arn, unique_id   strings ("" description when none)
 *   assume_role_policy                        parsed JSON
 *   max_session_duration                      number
 *   inline_policies                           {"policy name": parsed JSON}
 *   managed_policy_arns                       ["arn", ...] sorted, no duplicates
 *   tags                                      {"k": "v"}
 * managed_policy_arns is a set: plan_desired sorts the desired list, so the
 * order the user writes does not matter.
 *
 * aws.iam.policy: a customer managed policy; the id is its ARN. Shapes:
 *   name, path, description, arn, policy_id, default_version_id   strings
 *   policy                                    parsed JSON (the default version)
 *   tags                                      {"k": "v"}
 * A changed document becomes a new default version; IAM keeps at most five,
 * so the oldest non-default one is deleted first when five exist.
 *
 * IAM is global: the client signs every IAM request for us-east-1.
 */
#include "provider/aws/iam.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/client.h"
#include "provider/aws/resources.h"
#include "provider/aws/xml.h"
#include "provider/provider.h"

#define IAM_MAX_POLICY_VERSIONS 5

static const char *const no_such_entity[] = { "NoSuchEntity", NULL };

/* ---- shared helpers (iam.h) ---- */

int iam_call(struct aws_client *c, const char *action, const json_t *params,
	     const char *const *tolerated, xmlDocPtr *doc, const char **code,
	     struct strbuf *err)
{
	return aws_query_call_xml(c, "iam", IAM_API_VERSION, action, params, NULL, tolerated,
				  doc, code, NULL, err);
}

static int hex_value(char ch)
{
	if (ch >= '0' && ch <= '9')
		return ch - '0';
	if (ch >= 'a' && ch <= 'f')
		return ch - 'a' + 10;
	if (ch >= 'A' && ch <= 'F')
		return ch - 'A' + 10;
	return -1;
}

char *iam_url_decode(const char *s)
{
	struct strbuf out = STRBUF_INIT;

	for (; s && *s; s++) {
		int hi, lo;

		if (*s == '%' && (hi = hex_value(s[1])) >= 0 && (lo = hex_value(s[2])) >= 0) {
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

static const char *attr_string(const json_t *o, const char *name, const char *fallback)
{
	const char *s = json_string_value(value_get(o, name));

	return s ? s : fallback;
}

/* An attribute's value, or `fallback` (borrowed) when it is unset. */
static json_t *attr_or(const json_t *o, const char *name, json_t *fallback)
{
	json_t *v = value_get(o, name);

	return json_is_null(v) ? fallback : v;
}

/* Set key in o to the text of an element, or to `fallback` when absent. */
static void set_xml_string(json_t *o, const char *key, xmlNodePtr node, const char *path,
			   const char *fallback)
{
	char *text = xml_child_text(node, path);

	if (text || fallback)
		json_object_set_new(o, key, json_string(text ? text : fallback));
	free(text);
}

/* ---- paged listings ---- */

/* iam.h */
int iam_list(struct aws_client *c, const char *action, const json_t *params,
	     const char *members, const char *text_of, const char *const *fields,
	     json_t **out, struct strbuf *err)
{
	return aws_query_list(c, "iam", IAM_API_VERSION, action, params, no_such_entity, members,
			      text_of, fields, out, err);
}

/* ---- tags ---- */

/* iam.h */
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

/* ---- aws.iam.role ---- */

static const struct attr_schema role_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "role name, unique in the account" },
	{ .name = "path", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "path of the role, like \"/service-role/\"", .default_json = "\"/\"" },
	{ .name = "description", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "what the role is for", .default_json = "\"\"" },
	{ .name = "assume_role_policy", .type = ATTR_JSON, .flags = ATTR_REQUIRED,
	  .description = "trust policy: who may assume the role" },
	{ .name = "max_session_duration", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "longest session, in seconds (3600 to 43200)", .default_json = "3600" },
	{ .name = "inline_policies", .type = ATTR_MAP, .flags = ATTR_OPTIONAL,
	  .elem_type = ATTR_JSON, .description = "inline policies: name to policy document",
	  .default_json = "{}" },
	{ .name = "managed_policy_arns", .type = ATTR_LIST, .flags = ATTR_OPTIONAL,
	  .elem_type = ATTR_STRING, .description = "ARNs of managed policies attached to the role "
	  "(a set: order does not matter)", .default_json = "[]" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "role tags", .default_json = "{}" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:iam::ACCOUNT:role/PATH/NAME" },
	{ .name = "unique_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the stable id IAM gives the role (AROA...)" },
	{ .name = NULL },
};

static json_t *role_name_params(const char *name)
{
	return json_pack("{s:s}", "RoleName", name);
}

/* The inline policies of a role as {"name": document}. 1 when it is gone. */
static int read_inline_policies(struct aws_client *c, const char *name, json_t **out,
				struct strbuf *err)
{
	json_t *params = role_name_params(name);
	json_t *names = NULL, *v;
	size_t i;
	int ret = iam_list(c, "ListRolePolicies", params, "PolicyNames/member", NULL, NULL, &names,
			   err);

	*out = NULL;
	if (ret) {
		json_decref(params);
		return ret;
	}
	*out = json_object();
	json_array_foreach(names, i, v) {
		const char *policy_name = json_string_value(v);
		json_t *p = json_pack("{s:s, s:s}", "RoleName", name, "PolicyName", policy_name);
		xmlDocPtr doc;
		char *text;

		ret = iam_call(c, "GetRolePolicy", p, no_such_entity, &doc, NULL, err);
		json_decref(p);
		if (ret == 1) {         /* deleted since the listing */
			ret = 0;
			continue;
		}
		if (ret < 0)
			break;
		text = xml_child_text(xmlDocGetRootElement(doc), "GetRolePolicyResult/PolicyDocument");
		json_object_set_new(*out, policy_name, iam_policy_document_parse(text));
		free(text);
		xmlFreeDoc(doc);
	}
	json_decref(names);
	json_decref(params);
	if (ret < 0) {
		json_decref(*out);
		*out = NULL;
	}
	return ret;
}

/* The ARNs of the managed policies attached to a role, unsorted. */
static int read_attached_policies(struct aws_client *c, const char *name, json_t **out,
				  struct strbuf *err)
{
	json_t *params = role_name_params(name);
	int ret = iam_list(c, "ListAttachedRolePolicies", params, "AttachedPolicies/member",
			   "PolicyArn", NULL, out, err);

	json_decref(params);
	return ret;
}

/* Everything read() reports. 0 with *out, 1 when the role does not exist. */
static int role_read_existing(struct aws_client *c, const char *name, json_t **out,
			      struct strbuf *err)
{
	json_t *params = role_name_params(name);
	json_t *o, *inline_policies = NULL, *attached = NULL, *sorted;
	xmlDocPtr doc;
	xmlNodePtr role;
	char *text;
	int ret = iam_call(c, "GetRole", params, no_such_entity, &doc, NULL, err);

	json_decref(params);
	*out = NULL;
	if (ret)
		return ret;
	role = xml_child(xmlDocGetRootElement(doc), "GetRoleResult/Role");
	o = json_object();
	set_xml_string(o, "name", role, "RoleName", name);
	set_xml_string(o, "path", role, "Path", "/");
	set_xml_string(o, "description", role, "Description", "");
	text = xml_child_text(role, "AssumeRolePolicyDocument");
	json_object_set_new(o, "assume_role_policy", iam_policy_document_parse(text));
	free(text);
	text = xml_child_text(role, "MaxSessionDuration");
	json_object_set_new(o, "max_session_duration",
			    json_integer(text ? strtoll(text, NULL, 10) : 3600));
	free(text);
	json_object_set_new(o, "tags", iam_tags_parse(xml_child(role, "Tags")));
	set_xml_string(o, "arn", role, "Arn", "");
	set_xml_string(o, "unique_id", role, "RoleId", "");
	xmlFreeDoc(doc);

	ret = read_inline_policies(c, name, &inline_policies, err);
	if (!ret)
		ret = read_attached_policies(c, name, &attached, err);
	if (ret) {
		json_decref(o);
		json_decref(inline_policies);
		return ret;
	}
	sorted = value_string_set(attached);
	json_object_set_new(o, "inline_policies", inline_policies);
	json_object_set_new(o, "managed_policy_arns", sorted ? sorted : json_array());
	json_decref(attached);
	*out = o;
	return 0;
}

static int role_read(void *client, const char *id, const json_t *prior,
		     json_t **out, struct strbuf *err)
{
	(void)prior;
	return role_read_existing(client, id, out, err) < 0 ? -1 : 0;
}

static int put_role_policy(struct aws_client *c, const char *role, const char *policy_name,
			   const json_t *document, struct strbuf *err)
{
	struct strbuf doc_err = STRBUF_INIT;
	char *text = iam_policy_document_text(document, &doc_err);
	json_t *params;
	int ret;

	if (!text) {
		strbuf_addf(err, "aws.iam.role %s: inline policy %s: %s", role, policy_name,
			    doc_err.buf);
		strbuf_release(&doc_err);
		return -1;
	}
	params = json_pack("{s:s, s:s, s:s}", "RoleName", role, "PolicyName", policy_name,
			   "PolicyDocument", text);
	ret = iam_call(c, "PutRolePolicy", params, NULL, NULL, NULL, err);
	json_decref(params);
	free(text);
	return ret ? -1 : 0;
}

/* Call a role action that takes one more string parameter; NoSuchEntity
 * counts as done when tolerate_missing. */
static int role_call(struct aws_client *c, const char *action, const char *role,
		     const char *param, const char *value, bool tolerate_missing,
		     struct strbuf *err)
{
	json_t *params = json_pack("{s:s, s:s}", "RoleName", role, param, value);
	int ret = iam_call(c, action, params, tolerate_missing ? no_such_entity : NULL,
			   NULL, NULL, err);

	json_decref(params);
	return ret < 0 ? -1 : 0;
}

/*
 * Bring a role from `current` to `desired` (both in the shapes above; unset
 * attributes count as their defaults). New inline policies and attachments
 * are made before old ones are removed, so the role never lacks both.
 */
static int role_apply(struct aws_client *c, const char *name, const json_t *current,
		      const json_t *desired, struct strbuf *err)
{
	json_t *no_map = json_object(), *no_list = json_array();
	json_t *cur_inline = attr_or(current, "inline_policies", no_map);
	json_t *want_inline = attr_or(desired, "inline_policies", no_map);
	json_t *cur_arns = attr_or(current, "managed_policy_arns", no_list);
	json_t *want_arns = attr_or(desired, "managed_policy_arns", no_list);
	const char *key;
	json_t *v;
	size_t i;
	int ret = -1;

	if (!value_equal(value_get(current, "assume_role_policy"), value_get(desired, "assume_role_policy"))) {
		struct strbuf doc_err = STRBUF_INIT;
		char *text = iam_policy_document_text(value_get(desired, "assume_role_policy"), &doc_err);

		if (!text) {
			strbuf_addf(err, "aws.iam.role %s: assume_role_policy: %s", name, doc_err.buf);
			strbuf_release(&doc_err);
			goto out;
		}
		ret = role_call(c, "UpdateAssumeRolePolicy", name, "PolicyDocument", text, false, err);
		free(text);
		if (ret)
			goto out;
		ret = -1;
	}
	if (strcmp(attr_string(current, "description", ""), attr_string(desired, "description", "")) ||
	    value_get_integer(current, "max_session_duration", 3600) !=
	    value_get_integer(desired, "max_session_duration", 3600)) {
		json_t *params = json_pack("{s:s, s:s, s:I}", "RoleName", name, "Description",
					   attr_string(desired, "description", ""),
					   "MaxSessionDuration",
					   value_get_integer(desired, "max_session_duration", 3600));
		int rc = iam_call(c, "UpdateRole", params, NULL, NULL, NULL, err);

		json_decref(params);
		if (rc)
			goto out;
	}
	if (iam_sync_tags(c, "TagRole", "UntagRole", "RoleName", name,
			  attr_or(current, "tags", no_map), attr_or(desired, "tags", no_map), err))
		goto out;
	json_object_foreach(want_inline, key, v)
		if (!value_equal(json_object_get(cur_inline, key), v) &&
		    put_role_policy(c, name, key, v, err))
			goto out;
	json_array_foreach(want_arns, i, v)
		if (json_is_string(v) && !value_list_has_string(cur_arns, json_string_value(v)) &&
		    role_call(c, "AttachRolePolicy", name, "PolicyArn", json_string_value(v), false, err))
			goto out;
	json_object_foreach(cur_inline, key, v)
		if (!json_object_get(want_inline, key) &&
		    role_call(c, "DeleteRolePolicy", name, "PolicyName", key, true, err))
			goto out;
	json_array_foreach(cur_arns, i, v)
		if (json_is_string(v) && !value_list_has_string(want_arns, json_string_value(v)) &&
		    role_call(c, "DetachRolePolicy", name, "PolicyArn", json_string_value(v), true, err))
			goto out;
	ret = 0;
out:
	json_decref(no_map);
	json_decref(no_list);
	return ret;
}

/* The attributes to store: the desired ones with defaults filled in and
 * managed_policy_arns as a sorted set, plus the computed ones. */
static json_t *role_stored(const json_t *desired, const char *arn, const char *unique_id)
{
	json_t *o = aws_with_defaults(role_attrs, desired);
	json_t *sorted;

	sorted = value_string_set(value_get(o, "managed_policy_arns"));
	if (sorted)
		json_object_set_new(o, "managed_policy_arns", sorted);
	json_object_set_new(o, "arn", json_string(arn ? arn : ""));
	json_object_set_new(o, "unique_id", json_string(unique_id ? unique_id : ""));
	return o;
}

/* A role just created: the desired one without inline policies and
 * attachments, which CreateRole does not take. */
static json_t *role_fresh(const json_t *desired)
{
	json_t *o = json_deep_copy(desired);

	json_object_set_new(o, "inline_policies", json_object());
	json_object_set_new(o, "managed_policy_arns", json_array());
	return o;
}

/* iam.h */
enum iam_create_outcome iam_create_entity(struct aws_client *c, const char *action,
					  const json_t *params, const char *kind,
					  const char *name, bool may_exist, xmlDocPtr *doc,
					  struct strbuf *err)
{
	struct aws_response resp;
	struct strbuf call_err = STRBUF_INIT;
	enum iam_create_outcome outcome = IAM_CREATE_FAILED;

	*doc = NULL;
	memset(&resp, 0, sizeof(resp));
	if (aws_query_call(c, "iam", IAM_API_VERSION, action, params, &resp, &call_err) == 0) {
		*doc = xml_parse(resp.body, resp.body_len, &call_err);
		if (*doc)
			outcome = IAM_CREATED;
		else
			strbuf_addf(err, "iam %s: %s", action, call_err.buf);
	} else if (resp.error_code && !strcmp(resp.error_code, "EntityAlreadyExists")) {
		char why[160];

		snprintf(why, sizeof(why), "iam %s: HTTP %ld EntityAlreadyExists", action,
			 resp.status);
		if (aws_adopt_check(may_exist, resp.attempts, "name", why, err, "%s %s", kind, name) == 0)
			outcome = IAM_EXISTS_OURS;
	} else {
		strbuf_addstr(err, call_err.buf);
	}
	aws_response_free(&resp);
	strbuf_release(&call_err);
	return outcome;
}

/* What the creates of roles and policies differ in (create_with_document). */
struct document_kind {
	const char *type;       /* "aws.iam.role", in messages */
	const char *kind;       /* "role", in messages */
	const char *action;     /* "CreateRole" */
	const char *name_param; /* "RoleName" */
	const char *doc_attr;   /* "assume_role_policy": the attribute holding the document */
	const char *doc_param;  /* "AssumeRolePolicyDocument" */
};

/*
 * The create call of a role or policy named `name` (may be NULL): params
 * (taken; the kind's own settings) get the name, the document as text, the
 * description when there is one and the tags. As iam_create_entity, and
 * IAM_CREATE_FAILED with err set when the name is missing or the document
 * cannot be written.
 */
static enum iam_create_outcome create_with_document(struct aws_client *c,
						    const struct document_kind *k,
						    const char *name, json_t *params,
						    const json_t *desired, bool may_exist,
						    xmlDocPtr *doc, struct strbuf *err)
{
	const char *description = attr_string(desired, "description", "");
	enum iam_create_outcome outcome = IAM_CREATE_FAILED;
	struct strbuf doc_err = STRBUF_INIT;
	char *text = NULL;

	*doc = NULL;
	if (!name || !*name) {
		strbuf_addf(err, "%s: name must be set", k->type);
	} else if (!(text = iam_policy_document_text(value_get(desired, k->doc_attr), &doc_err))) {
		strbuf_addf(err, "%s %s: %s: %s", k->type, name, k->doc_attr, doc_err.buf);
	} else {
		json_object_set_new(params, k->name_param, json_string(name));
		json_object_set_new(params, k->doc_param, json_string(text));
		if (*description)
			json_object_set_new(params, "Description", json_string(description));
		iam_tags_params(params, "Tags", attr_or(desired, "tags", NULL));
		outcome = iam_create_entity(c, k->action, params, k->kind, name, may_exist, doc,
					    err);
	}
	json_decref(params);
	free(text);
	strbuf_release(&doc_err);
	return outcome;
}

static const struct document_kind role_document = {
	.type = "aws.iam.role", .kind = "role", .action = "CreateRole", .name_param = "RoleName",
	.doc_attr = "assume_role_policy", .doc_param = "AssumeRolePolicyDocument",
};

static int role_create(void *client, const json_t *desired, bool may_exist,
		       char **id, json_t **out, struct strbuf *err)
{
	struct aws_client *c = client;
	const char *name = attr_string(desired, "name", NULL);
	const char *path = attr_string(desired, "path", "/");
	json_t *params, *current = NULL;
	enum iam_create_outcome outcome;
	char *arn = NULL, *unique_id = NULL;
	xmlDocPtr doc;
	int ret = -1;

	*id = NULL;
	*out = NULL;
	params = json_pack("{s:s, s:I}", "Path", path, "MaxSessionDuration",
			   value_get_integer(desired, "max_session_duration", 3600));
	outcome = create_with_document(c, &role_document, name, params, desired, may_exist, &doc,
				       err);
	if (outcome == IAM_CREATE_FAILED)
		return -1;
	if (outcome == IAM_CREATED) {
		xmlNodePtr role = xml_child(xmlDocGetRootElement(doc), "CreateRoleResult/Role");

		arn = xml_child_text(role, "Arn");
		unique_id = xml_child_text(role, "RoleId");
		xmlFreeDoc(doc);
		current = role_fresh(desired);
	} else {
		/* Adopting our own role: bring what it has now to what is desired. */
		int rc = role_read_existing(c, name, &current, err);

		if (rc == 1) {
			strbuf_addf(err, "role %s: IAM said it exists, then that it does not: "
				    "apply again", name);
			return -1;
		}
		if (rc) {
			*id = xstrdup(name);    /* it exists: the next plan reads it again */
			return -1;
		}
		arn = xstrdup(attr_string(current, "arn", ""));
		unique_id = xstrdup(attr_string(current, "unique_id", ""));
	}
	/* From here on the role exists: report its id even if configuring it
	 * fails, so the core keeps tracking it. */
	*id = xstrdup(name);
	if (strcmp(attr_string(current, "path", "/"), path)) {
		strbuf_addf(err, "role %s already exists with path %s, not %s: the next plan "
			    "replaces it", name, attr_string(current, "path", "/"), path);
	} else if (!role_apply(c, name, current, desired, err)) {
		*out = role_stored(desired, arn, unique_id);
		ret = 0;
	}
	json_decref(current);
	free(arn);
	free(unique_id);
	return ret;
}

static int role_update(void *client, const char *id, const json_t *prior,
		       const json_t *desired, json_t **out, struct strbuf *err)
{
	struct aws_client *c = client;
	const char *arn = attr_string(prior, "arn", "");
	const char *unique_id = attr_string(prior, "unique_id", "");
	json_t *now = NULL;

	*out = NULL;
	if (role_apply(c, id, prior, desired, err))
		return -1;
	if (!*arn || !*unique_id) {
		int rc = role_read_existing(c, id, &now, err);

		if (rc == 1)
			strbuf_addf(err, "role %s was deleted while it was being updated", id);
		if (rc)
			return -1;
		arn = attr_string(now, "arn", "");
		unique_id = attr_string(now, "unique_id", "");
	}
	*out = role_stored(desired, arn, unique_id);
	json_decref(now);
	return 0;
}

static int role_delete(void *client, const char *id, const json_t *prior,
		       struct strbuf *err)
{
	struct aws_client *c = client;
	json_t *attached = NULL, *inline_names = NULL, *params, *v;
	size_t i;
	int ret;

	(void)prior;
	ret = read_attached_policies(c, id, &attached, err);
	if (ret)
		return ret < 0 ? -1 : 0;
	json_array_foreach(attached, i, v)
		if (role_call(c, "DetachRolePolicy", id, "PolicyArn", json_string_value(v), true, err))
			goto fail;
	params = role_name_params(id);
	ret = iam_list(c, "ListRolePolicies", params, "PolicyNames/member", NULL, NULL,
		       &inline_names, err);
	json_decref(params);
	if (ret) {
		json_decref(attached);
		return ret < 0 ? -1 : 0;
	}
	json_array_foreach(inline_names, i, v)
		if (role_call(c, "DeleteRolePolicy", id, "PolicyName", json_string_value(v), true, err))
			goto fail;
	params = role_name_params(id);
	ret = iam_call(c, "DeleteRole", params, no_such_entity, NULL, NULL, err);
	json_decref(params);
	json_decref(attached);
	json_decref(inline_names);
	return ret < 0 ? -1 : 0;
fail:
	json_decref(attached);
	json_decref(inline_names);
	return -1;
}

/* plan_desired: managed_policy_arns is a set, compared sorted. */
static int role_plan_desired(json_t *desired, struct strbuf *err)
{
	json_t *sorted = value_string_set(json_object_get(desired, "managed_policy_arns"));

	(void)err;
	if (sorted)
		json_object_set_new(desired, "managed_policy_arns", sorted);
	return 0;
}

const struct resource_type aws_iam_role_type = {
	.name = "aws.iam.role",
	.description = "an IAM role with its trust policy, inline policies, attached managed "
		       "policies and tags",
	.attrs = role_attrs,
	.read = role_read,
	.create = role_create,
	.update = role_update,
	.delete = role_delete,
	.plan_desired = role_plan_desired,
	.import_id = "its name",
};

/* ---- aws.iam.policy ---- */

static const struct attr_schema policy_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "policy name, unique in the account" },
	{ .name = "path", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "path of the policy, like \"/data/\"", .default_json = "\"/\"" },
	{ .name = "description", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "what the policy is for (IAM cannot change it later)",
	  .default_json = "\"\"" },
	{ .name = "policy", .type = ATTR_JSON, .flags = ATTR_REQUIRED,
	  .description = "the policy document" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "policy tags", .default_json = "{}" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:iam::ACCOUNT:policy/PATH/NAME" },
	{ .name = "policy_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the stable id IAM gives the policy (ANPA...)" },
	{ .name = "default_version_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the version in effect, like \"v3\"" },
	{ .name = NULL },
};

static json_t *policy_arn_params(const char *arn)
{
	return json_pack("{s:s}", "PolicyArn", arn);
}

/* Everything read() reports. 0 with *out, 1 when the policy does not exist. */
static int policy_read_existing(struct aws_client *c, const char *arn, json_t **out,
				struct strbuf *err)
{
	json_t *params = policy_arn_params(arn);
	json_t *o;
	xmlDocPtr doc;
	xmlNodePtr policy;
	char *text;
	int ret = iam_call(c, "GetPolicy", params, no_such_entity, &doc, NULL, err);

	json_decref(params);
	*out = NULL;
	if (ret)
		return ret;
	policy = xml_child(xmlDocGetRootElement(doc), "GetPolicyResult/Policy");
	o = json_object();
	set_xml_string(o, "name", policy, "PolicyName", "");
	set_xml_string(o, "path", policy, "Path", "/");
	set_xml_string(o, "description", policy, "Description", "");
	json_object_set_new(o, "tags", iam_tags_parse(xml_child(policy, "Tags")));
	set_xml_string(o, "arn", policy, "Arn", arn);
	set_xml_string(o, "policy_id", policy, "PolicyId", "");
	set_xml_string(o, "default_version_id", policy, "DefaultVersionId", "");
	xmlFreeDoc(doc);

	params = json_pack("{s:s, s:s}", "PolicyArn", arn, "VersionId",
			   attr_string(o, "default_version_id", ""));
	ret = iam_call(c, "GetPolicyVersion", params, no_such_entity, &doc, NULL, err);
	json_decref(params);
	if (ret) {
		json_decref(o);
		return ret;
	}
	text = xml_child_text(xmlDocGetRootElement(doc), "GetPolicyVersionResult/PolicyVersion/Document");
	json_object_set_new(o, "policy", iam_policy_document_parse(text));
	free(text);
	xmlFreeDoc(doc);
	*out = o;
	return 0;
}

static int policy_read(void *client, const char *id, const json_t *prior,
		       json_t **out, struct strbuf *err)
{
	(void)prior;
	return policy_read_existing(client, id, out, err) < 0 ? -1 : 0;
}

static const char *const version_fields[] = { "VersionId", "IsDefaultVersion", "CreateDate", NULL };

static long version_number(const json_t *version)
{
	const char *id = attr_string(version, "VersionId", "v0");

	return strtol(id[0] == 'v' ? id + 1 : id, NULL, 10);
}

static bool version_is_default(const json_t *version)
{
	return !strcmp(attr_string(version, "IsDefaultVersion", "false"), "true");
}

/* Older first: by creation time, then by version number. */
static bool version_older(const json_t *a, const json_t *b)
{
	int by_date = strcmp(attr_string(a, "CreateDate", ""), attr_string(b, "CreateDate", ""));

	return by_date ? by_date < 0 : version_number(a) < version_number(b);
}

static int delete_policy_version(struct aws_client *c, const char *arn, const json_t *version,
				 struct strbuf *err)
{
	json_t *params = json_pack("{s:s, s:s}", "PolicyArn", arn, "VersionId",
				   attr_string(version, "VersionId", ""));
	int ret = iam_call(c, "DeletePolicyVersion", params, no_such_entity, NULL, NULL, err);

	json_decref(params);
	return ret < 0 ? -1 : 0;
}

/*
 * Make `document` the policy's default version. IAM keeps at most five
 * versions: when five exist, the oldest non-default ones go first.
 * *version_id gets the new version's id (malloc'd).
 */
static int new_policy_version(struct aws_client *c, const char *arn, const json_t *document,
			      char **version_id, struct strbuf *err)
{
	struct strbuf doc_err = STRBUF_INIT;
	json_t *params = policy_arn_params(arn), *versions = NULL;
	char *text = NULL;
	xmlDocPtr doc;
	int ret = -1;

	*version_id = NULL;
	text = iam_policy_document_text(document, &doc_err);
	if (!text) {
		strbuf_addf(err, "aws.iam.policy %s: policy: %s", arn, doc_err.buf);
		goto out;
	}
	if (iam_list(c, "ListPolicyVersions", params, "Versions/member", NULL, version_fields,
		     &versions, err)) {
		if (!err->len)
			strbuf_addf(err, "policy %s was deleted while it was being updated", arn);
		goto out;
	}
	while (json_array_size(versions) >= IAM_MAX_POLICY_VERSIONS) {
		size_t i, oldest = (size_t)-1;
		json_t *v;

		json_array_foreach(versions, i, v)
			if (!version_is_default(v) &&
			    (oldest == (size_t)-1 || version_older(v, json_array_get(versions, oldest))))
				oldest = i;
		if (oldest == (size_t)-1)
			break;
		if (delete_policy_version(c, arn, json_array_get(versions, oldest), err))
			goto out;
		json_array_remove(versions, oldest);
	}
	json_object_set_new(params, "PolicyDocument", json_string(text));
	json_object_set_new(params, "SetAsDefault", json_true());
	if (iam_call(c, "CreatePolicyVersion", params, NULL, &doc, NULL, err))
		goto out;
	*version_id = xml_child_text(xmlDocGetRootElement(doc),
				     "CreatePolicyVersionResult/PolicyVersion/VersionId");
	xmlFreeDoc(doc);
	if (!*version_id) {
		strbuf_addf(err, "iam CreatePolicyVersion: the answer for %s has no VersionId", arn);
		goto out;
	}
	ret = 0;
out:
	strbuf_release(&doc_err);
	json_decref(params);
	json_decref(versions);
	free(text);
	return ret;
}

/* Bring a policy from `current` to `desired`: a new default version when the
 * document changed (*version_id then gets its id, else stays NULL), and tags. */
static int policy_apply(struct aws_client *c, const char *arn, const json_t *current,
			const json_t *desired, char **version_id, struct strbuf *err)
{
	json_t *no_tags = json_object();
	int ret = -1;

	*version_id = NULL;
	if (!value_equal(value_get(current, "policy"), value_get(desired, "policy")) &&
	    new_policy_version(c, arn, value_get(desired, "policy"), version_id, err))
		goto out;
	if (iam_sync_tags(c, "TagPolicy", "UntagPolicy", "PolicyArn", arn,
			  attr_or(current, "tags", no_tags), attr_or(desired, "tags", no_tags), err))
		goto out;
	ret = 0;
out:
	json_decref(no_tags);
	return ret;
}

static json_t *policy_stored(const json_t *desired, const char *arn, const char *policy_id,
			     const char *default_version_id)
{
	json_t *o = aws_with_defaults(policy_attrs, desired);

	json_object_set_new(o, "arn", json_string(arn ? arn : ""));
	json_object_set_new(o, "policy_id", json_string(policy_id ? policy_id : ""));
	json_object_set_new(o, "default_version_id",
			    json_string(default_version_id ? default_version_id : ""));
	return o;
}

/* The ARN of the customer managed policy `name` under `path`, or NULL. */
static int find_policy_arn(struct aws_client *c, const char *name, const char *path,
			   char **arn, struct strbuf *err)
{
	static const char *const fields[] = { "PolicyName", "Path", "Arn", NULL };
	json_t *params = json_pack("{s:s, s:s}", "Scope", "Local", "PathPrefix", path);
	json_t *policies = NULL, *p;
	size_t i;
	int ret = iam_list(c, "ListPolicies", params, "Policies/member", NULL, fields, &policies,
			   err);

	*arn = NULL;
	json_decref(params);
	if (ret < 0)
		return -1;
	json_array_foreach(policies, i, p)
		if (!strcmp(attr_string(p, "PolicyName", ""), name) &&
		    !strcmp(attr_string(p, "Path", "/"), path))
			*arn = xstrdup(attr_string(p, "Arn", ""));
	json_decref(policies);
	return 0;
}

static const struct document_kind policy_document = {
	.type = "aws.iam.policy", .kind = "policy", .action = "CreatePolicy",
	.name_param = "PolicyName", .doc_attr = "policy", .doc_param = "PolicyDocument",
};

static int policy_create(void *client, const json_t *desired, bool may_exist,
			 char **id, json_t **out, struct strbuf *err)
{
	struct aws_client *c = client;
	const char *name = attr_string(desired, "name", NULL);
	const char *path = attr_string(desired, "path", "/");
	const char *description = attr_string(desired, "description", "");
	char *arn = NULL, *policy_id = NULL, *version_id = NULL, *new_version = NULL;
	json_t *current = NULL;
	enum iam_create_outcome outcome;
	xmlDocPtr doc;
	int ret = -1;

	*id = NULL;
	*out = NULL;
	outcome = create_with_document(c, &policy_document, name, json_pack("{s:s}", "Path", path),
				       desired, may_exist, &doc, err);
	if (outcome == IAM_CREATE_FAILED)
		return -1;
	if (outcome == IAM_CREATED) {
		xmlNodePtr policy = xml_child(xmlDocGetRootElement(doc), "CreatePolicyResult/Policy");

		arn = xml_child_text(policy, "Arn");
		policy_id = xml_child_text(policy, "PolicyId");
		version_id = xml_child_text(policy, "DefaultVersionId");
		xmlFreeDoc(doc);
		if (!arn || !*arn) {
			strbuf_addf(err, "iam CreatePolicy: the answer for policy %s has no Arn", name);
			goto out;
		}
		*id = xstrdup(arn);
		*out = policy_stored(desired, arn, policy_id, version_id);
		ret = 0;
		goto out;
	}
	/* Adopting our own policy: bring what it has now to what is desired. */
	if (find_policy_arn(c, name, path, &arn, err))
		goto out;
	if (!arn || policy_read_existing(c, arn, &current, err)) {
		if (!err->len)
			strbuf_addf(err, "policy %s: IAM said it exists, then that it does not: "
				    "apply again", name);
		goto out;
	}
	*id = xstrdup(arn);
	if (strcmp(attr_string(current, "description", ""), description)) {
		strbuf_addf(err, "policy %s already exists with another description: the next "
			    "plan replaces it", name);
		goto out;
	}
	if (policy_apply(c, arn, current, desired, &new_version, err))
		goto out;
	*out = policy_stored(desired, arn, attr_string(current, "policy_id", ""),
			     new_version ? new_version : attr_string(current, "default_version_id", ""));
	ret = 0;
out:
	json_decref(current);
	free(arn);
	free(policy_id);
	free(version_id);
	free(new_version);
	return ret;
}

static int policy_update(void *client, const char *id, const json_t *prior,
			 const json_t *desired, json_t **out, struct strbuf *err)
{
	struct aws_client *c = client;
	const char *policy_id = attr_string(prior, "policy_id", "");
	const char *version_id = attr_string(prior, "default_version_id", "");
	char *new_version = NULL;
	json_t *now = NULL;

	*out = NULL;
	if (policy_apply(c, id, prior, desired, &new_version, err))
		return -1;
	if (!*policy_id || (!new_version && !*version_id)) {
		int rc = policy_read_existing(c, id, &now, err);

		if (rc == 1)
			strbuf_addf(err, "policy %s was deleted while it was being updated", id);
		if (rc) {
			free(new_version);
			return -1;
		}
		policy_id = attr_string(now, "policy_id", "");
		version_id = attr_string(now, "default_version_id", "");
	}
	*out = policy_stored(desired, id, policy_id, new_version ? new_version : version_id);
	free(new_version);
	json_decref(now);
	return 0;
}

/* "role a, role b, user c": who the policy is attached to ("" when nobody). */
static int policy_attachments(struct aws_client *c, const char *arn, struct strbuf *who,
			      int *gone, struct strbuf *err)
{
	static const struct { const char *list, *name, *kind; } kinds[] = {
		{ "ListEntitiesForPolicyResult/PolicyRoles/member", "RoleName", "role" },
		{ "ListEntitiesForPolicyResult/PolicyUsers/member", "UserName", "user" },
		{ "ListEntitiesForPolicyResult/PolicyGroups/member", "GroupName", "group" },
	};
	json_t *params = policy_arn_params(arn);
	xmlDocPtr doc;
	int ret = iam_call(c, "ListEntitiesForPolicy", params, no_such_entity, &doc, NULL, err);

	json_decref(params);
	*gone = ret == 1;
	if (ret)
		return ret < 0 ? -1 : 0;
	for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++) {
		for (xmlNodePtr n = xml_child(xmlDocGetRootElement(doc), kinds[k].list); n;
		     n = xml_next_same(n)) {
			char *name = xml_child_text(n, kinds[k].name);

			strbuf_addf(who, "%s%s %s", who->len ? ", " : "", kinds[k].kind,
				    name ? name : "?");
			free(name);
		}
	}
	xmlFreeDoc(doc);
	return 0;
}

static int policy_delete(void *client, const char *id, const json_t *prior,
			 struct strbuf *err)
{
	static const char *const delete_outcomes[] = { "NoSuchEntity", "DeleteConflict", NULL };
	struct aws_client *c = client;
	struct strbuf who = STRBUF_INIT;
	json_t *params = policy_arn_params(id), *versions = NULL, *v;
	const char *code;
	size_t i;
	int gone, ret = -1;

	(void)prior;
	/* IAM refuses to delete an attached policy: say where it is attached
	 * before deleting any of its versions. */
	if (policy_attachments(c, id, &who, &gone, err))
		goto out;
	if (gone) {
		ret = 0;
		goto out;
	}
	if (who.len) {
		strbuf_addf(err, "policy %s is still attached to %s: detach it from them (or remove "
			    "it from their managed_policy_arns) before destroying it", id, who.buf);
		goto out;
	}
	ret = iam_list(c, "ListPolicyVersions", params, "Versions/member", NULL, version_fields,
		       &versions, err);
	if (ret) {
		ret = ret < 0 ? -1 : 0;
		goto out;
	}
	ret = -1;
	json_array_foreach(versions, i, v)
		if (!version_is_default(v) && delete_policy_version(c, id, v, err))
			goto out;
	if (iam_call(c, "DeletePolicy", params, delete_outcomes, NULL, &code, err) < 0)
		goto out;
	if (code && !strcmp(code, "DeleteConflict")) {
		strbuf_addf(err, "policy %s cannot be deleted: IAM says it is still attached or has "
			    "versions besides the default one (iam DeletePolicy: HTTP 409 "
			    "DeleteConflict); detach it everywhere and apply again", id);
		goto out;
	}
	ret = 0;
out:
	strbuf_release(&who);
	json_decref(params);
	json_decref(versions);
	return ret;
}

const struct resource_type aws_iam_policy_type = {
	.name = "aws.iam.policy",
	.description = "a customer managed IAM policy; a changed document becomes its new "
		       "default version",
	.attrs = policy_attrs,
	.read = policy_read,
	.create = policy_create,
	.update = policy_update,
	.delete = policy_delete,
	.import_id = "its ARN, arn:aws:iam::ACCOUNT:policy/NAME",
};
