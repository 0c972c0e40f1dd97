/*
 * iam/role.c: the resource type aws.iam.role; the id is the role name.
 * Shapes (what read() returns and create()/update() store); every key is
 * always present:
 *   name, path, description, arn, unique_id   strings ("" description when none)
 *   assume_role_policy                        parsed JSON
 *   max_session_duration                      number
 *   inline_policies                           {"policy name": parsed JSON}
 *   managed_policy_arns                       ["arn", ...] sorted, no duplicates
 *   tags                                      {"k": "v"}
 * managed_policy_arns is a set: plan_desired sorts the desired list, so the
 * order the user writes does not matter. IAM's calls and documents are
 * iam/api.h's.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/iam/api.h"
#include "provider/aws/listing.h"
#include "provider/aws/resources.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

static const char *const no_such_entity[] = { "NoSuchEntity", NULL };

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
	int ret = iam_list(c, "ListRolePolicies", params, NULL, NULL, &names, err);

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
	int ret = iam_list(c, "ListAttachedRolePolicies", params, "PolicyArn", NULL, out, err);

	json_decref(params);
	return ret;
}

/* What a Role element (GetRole's) and a RoleDetail one
 * (GetAccountAuthorizationDetails') both have: name, path, trust policy,
 * tags, arn and unique_id. */
static json_t *role_of(xmlNodePtr role, const char *name)
{
	json_t *o = json_object();
	char *text;

	iam_set_xml_string(o, "name", role, "RoleName", name);
	iam_set_xml_string(o, "path", role, "Path", "/");
	text = xml_child_text(role, "AssumeRolePolicyDocument");
	json_object_set_new(o, "assume_role_policy", iam_policy_document_parse(text));
	free(text);
	json_object_set_new(o, "tags", iam_tags_parse(xml_child(role, "Tags")));
	iam_set_xml_string(o, "arn", role, "Arn", "");
	iam_set_xml_string(o, "unique_id", role, "RoleId", "");
	return o;
}

/* What a Role element (GetRole's, ListRoles') has and a RoleDetail lacks:
 * description and max_session_duration, as a new object. */
static json_t *role_summary_of(xmlNodePtr role)
{
	json_t *o = json_object();
	char *text = xml_child_text(role, "MaxSessionDuration");

	iam_set_xml_string(o, "description", role, "Description", "");
	json_object_set_new(o, "max_session_duration",
			    json_integer(text ? strtoll(text, NULL, 10) : 3600));
	free(text);
	return o;
}

/* Everything read() reports. 0 with *out, 1 when the role does not exist. */
static int role_read_existing(struct aws_client *c, const char *name, json_t **out,
			      struct strbuf *err)
{
	json_t *params = role_name_params(name);
	json_t *o, *summary, *inline_policies = NULL, *attached = NULL, *sorted;
	xmlDocPtr doc;
	xmlNodePtr role;
	int ret = iam_call(c, "GetRole", params, no_such_entity, &doc, NULL, err);

	json_decref(params);
	*out = NULL;
	if (ret)
		return ret;
	role = xml_child(xmlDocGetRootElement(doc), "GetRoleResult/Role");
	o = role_of(role, name);
	summary = role_summary_of(role);
	json_object_update(o, summary);
	json_decref(summary);
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
	json_t *cur_inline = iam_attr_or(current, "inline_policies", no_map);
	json_t *want_inline = iam_attr_or(desired, "inline_policies", no_map);
	json_t *cur_arns = iam_attr_or(current, "managed_policy_arns", no_list);
	json_t *want_arns = iam_attr_or(desired, "managed_policy_arns", no_list);
	const char *key;
	json_t *v;
	size_t i;
	int ret = -1;
	bool wrote = false; /* its trust or what it may do */

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
		wrote = true;
	}
	if (strcmp(iam_attr_string(current, "description", ""), iam_attr_string(desired, "description", "")) ||
	    value_get_integer(current, "max_session_duration", 3600) !=
	    value_get_integer(desired, "max_session_duration", 3600)) {
		json_t *params = json_pack("{s:s, s:s, s:I}", "RoleName", name, "Description",
					   iam_attr_string(desired, "description", ""),
					   "MaxSessionDuration",
					   value_get_integer(desired, "max_session_duration", 3600));
		int rc = iam_call(c, "UpdateRole", params, NULL, NULL, NULL, err);

		json_decref(params);
		if (rc)
			goto out;
	}
	if (iam_sync_tags(c, "TagRole", "UntagRole", "RoleName", name,
			  iam_attr_or(current, "tags", no_map), iam_attr_or(desired, "tags", no_map), err))
		goto out;
	json_object_foreach(want_inline, key, v)
		if (!value_equal(json_object_get(cur_inline, key), v)) {
			if (put_role_policy(c, name, key, v, err))
				goto out;
			wrote = true;
		}
	json_array_foreach(want_arns, i, v)
		if (json_is_string(v) && !value_list_has_string(cur_arns, json_string_value(v))) {
			if (role_call(c, "AttachRolePolicy", name, "PolicyArn", json_string_value(v),
				      false, err))
				goto out;
			wrote = true;
		}
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
	/* What the services given the role check at once (timing.h), with the
	 * trust they are given it by. */
	if (wrote) {
		struct strbuf doc_err = STRBUF_INIT;
		char *trust = iam_policy_document_text(value_get(desired, "assume_role_policy"), &doc_err);

		aws_client_note_role_grant(c, name, trust);
		free(trust);
		strbuf_release(&doc_err);
	}
	json_decref(no_map);
	json_decref(no_list);
	return ret;
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

/*
 * The converge create and update end in (docs/design.md): what differs
 * between `have` (the role as read; right after CreateRole, which takes
 * neither inline policies nor attachments, role_fresh) and desired is sent,
 * then the role is read back. A role's path never changes (IAM has no call
 * for it): a role a create adopted under another path is refused here, once
 * it is the create's (its id kept), for the next plan to replace.
 */
static int role_converge(struct aws_client *c, const char *name, const json_t *have,
			 const json_t *desired, json_t **out, struct strbuf *err)
{
	const char *path = iam_attr_string(desired, "path", "/");

	if (strcmp(iam_attr_string(have, "path", "/"), path)) {
		strbuf_addf(err, "role %s already exists with path %s, not %s: the next plan "
			    "replaces it", name, iam_attr_string(have, "path", "/"), path);
		return -1;
	}
	if (role_apply(c, name, have, desired, err))
		return -1;
	return aws_read_written(role_read, c, name, NULL, out, err,
				"role %s was written but GetRole does not find it", name);
}

static const struct iam_document_kind role_document = {
	.type = "aws.iam.role", .kind = "role", .action = "CreateRole", .name_param = "RoleName",
	.doc_attr = "assume_role_policy", .doc_param = "AssumeRolePolicyDocument",
};

/* CreateRole: the role with its trust policy, path, description, session
 * length and tags; its inline policies and attachments converge after. */
static int role_send_create(struct aws_client *c, const json_t *desired,
			    const struct create_call *call, struct aws_sent *sent,
			    struct strbuf *err)
{
	json_t *params = json_pack("{s:s, s:I}", "Path", iam_attr_string(desired, "path", "/"),
				   "MaxSessionDuration",
				   value_get_integer(desired, "max_session_duration", 3600));
	xmlDocPtr doc;

	(void)call;
	if (iam_send_with_document(c, &role_document, iam_attr_string(desired, "name", NULL),
				   params, desired, sent, &doc, err))
		return -1;
	if (sent->exists)
		return 0;
	xmlFreeDoc(doc);
	sent->left_out = true;
	sent->have = role_fresh(desired);
	return 0;
}

/*
 * Create and update (the contract, provider/aws/adopt.h): a role found
 * there is ours when an attempt of this create may have made it and it
 * carries this stack's tags, which CreateRole sets. An update converges
 * from a live read. `prior` is not used: a role has no write-only
 * attribute and its name addresses it.
 */
static const struct aws_native_ops role_native = {
	.send_create = role_send_create,
	.adopt = { .by = AWS_ADOPT_BY_NAME_AND_TAGS, .noun = "name", .object = "role %s" },
	.converge = role_converge,
	.read = role_read,
	.created_shape = AWS_SHAPE_NONE,
	.update_shape = AWS_SHAPE_NONE,
	.made_missing = "role %s was written but GetRole does not find it",
	.gone = "role %s was deleted while it was being updated",
};

AWS_NATIVE_FUNCTIONS(role, role_native)

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
	ret = iam_list(c, "ListRolePolicies", params, NULL, NULL, &inline_names, err);
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
static int role_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err)
{
	json_t *sorted = value_string_set(json_object_get(desired, "managed_policy_arns"));

	(void)prior;
	(void)err;
	if (sorted)
		json_object_set_new(desired, "managed_policy_arns", sorted);
	return 0;
}

/* ---- refresh by listing ---- */

/*
 * GetAccountAuthorizationDetails' RoleDetail has everything read() reports
 * but the description and the maximum session duration, which ListRoles
 * has (and not the tags): the two listings together settle a role, with no
 * call of its own. A role in one and not the other (made or deleted
 * between them, or beyond the pages either may take) is left to read().
 */
static const char *const role_needs[] = {
	"Path", "AssumeRolePolicyDocument", "Arn", "RoleId", NULL
};
static const char *const summary_needs[] = { "MaxSessionDuration", NULL };
static const struct iam_listing role_details = {
	"GetAccountAuthorizationDetails", "Role", "RoleDetailList/member", "RoleName", role_needs,
};
static const struct iam_listing role_summaries = {
	"ListRoles", NULL, "Roles/member", "RoleName", summary_needs,
};

struct role_many {
	json_t *asked;     /* name -> true */
	json_t *summaries; /* name -> role_summary_of() */
};

static int role_summary(void *ctx, xmlNodePtr entry, struct strbuf *err)
{
	struct role_many *rm = ctx;
	char *name = xml_child_text(entry, "RoleName");

	(void)err;
	/* AWS always gives MaxSessionDuration (and Description when the role
	 * has one); an entry without it is left to read(). */
	if (name && json_object_get(rm->asked, name) &&
	    aws_listed_has_fields(entry, NULL, role_summaries.needs))
		json_object_set_new(rm->summaries, name, role_summary_of(entry));
	free(name);
	return 0;
}

static int role_listed(void *ctx, struct aws_client *c, const char *id, xmlNodePtr entry,
		       const json_t *prior, json_t **out, struct strbuf *err)
{
	struct role_many *rm = ctx;
	json_t *summary = json_object_get(rm->summaries, id), *o;

	(void)c;
	(void)prior;
	(void)err;
	if (!summary)
		return 0;
	o = role_of(entry, id);
	json_object_update(o, summary);
	json_object_set_new(o, "inline_policies",
			    iam_policy_list_parse(xml_child(entry, "RolePolicyList")));
	json_object_set_new(o, "managed_policy_arns",
			    iam_member_set(xml_child(entry, "AttachedManagedPolicies"), "PolicyArn"));
	*out = o;
	return 0;
}

static int role_read_many(void *client, size_t n, const char *const *ids,
			  const json_t *const *priors, size_t max_pages, json_t **out,
			  struct strbuf *err)
{
	struct role_many rm = { json_object(), json_object() };
	int rc;

	for (size_t i = 0; i < n; i++)
		if (ids[i])
			json_object_set_new(rm.asked, ids[i], json_true());
	rc = iam_pages(client, &role_summaries, max_pages, role_summary, &rm, err);
	if (!rc)
		rc = iam_read_many(client, &role_details, n, ids, priors, max_pages, out,
				       role_listed, &rm, err);
	json_decref(rm.asked);
	json_decref(rm.summaries);
	return rc;
}

/* For sweep (listing.h). */
static const struct aws_query_listing role_listing = {
	&aws_service_iam, "ListRoles", NULL, "RoleName", NULL, "CreateDate",
	"ListRoleTags", "RoleName", iam_listed_tags,
};

static int role_list(void *client, const struct resource_query *q,
		     struct resource_items *out, struct strbuf *err)
{
	return aws_list_query(client, &role_listing, q, out, err);
}


const struct resource_type aws_iam_role_type = {
	.name = "aws.iam.role",
	.description = "an IAM role with its trust policy, inline policies, attached managed "
		       "policies and tags",
	.attrs = role_attrs,
	.terraform_type = "aws_iam_role",
	.terraform_attrs = "name path description assume_role_policy max_session_duration "
			   "managed_policy_arns tags arn unique_id",
	.read = role_read,
	.create = role_create,
	.update = role_update,
	.native = &role_native,
	.delete = role_delete,
	.plan_desired = role_plan_desired,
	.import_id = "its name",
	.id_attr = "name",
	.list = role_list,
	.list_rank = 13,
	.list_account_wide = true,
	.read_many = role_read_many,
};

