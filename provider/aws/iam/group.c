/*
 * iam/group.c: the resource type aws.iam.group (attendee accounts' groups)
 * with its attached managed policies and one inline policy; the id is the
 * group name. Shapes (read() and the stored attributes): name, path, arn,
 * group_id (strings); policy_arns (sorted, no duplicates); policy (the
 * parsed document of the inline policy named "terrace", absent when there
 * is none). IAM groups have no tags. IAM's calls are iam/api.h's.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/iam/api.h"
#include "provider/aws/listing.h"
#include "provider/aws/resources.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define GROUP_INLINE_POLICY "terrace"

static const char *const no_such_entity[] = { "NoSuchEntity", NULL };

/* ---- aws.iam.group ---- */

static const char *const group_sets[] = { "policy_arns", NULL };

static const struct attr_schema group_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "group name, unique in the account" },
	{ .name = "path", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "path of the group, like \"/labs/\"", .default_json = "\"/\"" },
	{ .name = "policy_arns", .type = ATTR_LIST, .flags = ATTR_OPTIONAL,
	  .elem_type = ATTR_STRING, .description = "ARNs of managed policies attached to the "
	  "group (a set: order does not matter)", .default_json = "[]" },
	{ .name = "policy", .type = ATTR_JSON, .flags = ATTR_OPTIONAL,
	  .description = "an inline policy document (IAM keeps it as the group's policy "
			 "named \"terrace\")" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:iam::ACCOUNT:group/PATH/NAME" },
	{ .name = "group_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the stable id IAM gives the group (AGPA...)" },
	{ .name = NULL },
};

/* Everything read() reports. 0 with *out, 1 when the group does not exist. */
static int group_read_existing(struct aws_client *c, const char *name, json_t **out,
			       struct strbuf *err)
{
	json_t *o, *params = json_pack("{s:s}", "GroupName", name);
	json_t *attached = NULL, *inline_names = NULL;
	xmlDocPtr doc;
	char *text;
	int ret = iam_call(c, "GetGroup", params, no_such_entity, &doc, NULL, err);

	json_decref(params);
	*out = NULL;
	if (ret)
		return ret;
	o = iam_entity_attrs(xml_child(xmlDocGetRootElement(doc), "GetGroupResult/Group"), name,
			 "GroupId", "group_id");
	xmlFreeDoc(doc);

	ret = iam_list_set(c, "ListAttachedGroupPolicies", "GroupName", name, "PolicyArn",
			   &attached, err);
	if (!ret)
		ret = iam_list_set(c, "ListGroupPolicies", "GroupName", name, NULL, &inline_names,
				   err);
	if (!ret && value_list_has_string(inline_names, GROUP_INLINE_POLICY)) {
		params = json_pack("{s:s, s:s}", "GroupName", name, "PolicyName",
				   GROUP_INLINE_POLICY);
		ret = iam_call(c, "GetGroupPolicy", params, no_such_entity, &doc, NULL, err);
		json_decref(params);
		if (ret == 1) {         /* deleted since the listing */
			ret = 0;
		} else if (!ret) {
			text = xml_child_text(xmlDocGetRootElement(doc),
					      "GetGroupPolicyResult/PolicyDocument");
			json_object_set_new(o, "policy", iam_policy_document_parse(text));
			free(text);
			xmlFreeDoc(doc);
		}
	}
	json_decref(inline_names);
	if (ret) {
		json_decref(attached);
		json_decref(o);
		return ret;
	}
	json_object_set_new(o, "policy_arns", attached);
	*out = o;
	return 0;
}

static int group_read(void *client, const char *id, const json_t *prior, json_t **out,
		      struct strbuf *err)
{
	(void)prior;
	return group_read_existing(client, id, out, err) < 0 ? -1 : 0;
}

/* Bring a group from `current` to `desired`: path, inline policy, attachments. */
static int group_apply(struct aws_client *c, const char *name, const json_t *current,
		       const json_t *desired, struct strbuf *err)
{
	const char *want_path = iam_str_or(value_get_string(desired, "path"), "/");
	json_t *want_policy = value_get(desired, "policy");
	json_t *no_list = json_array();
	int ret = -1;

	if (strcmp(iam_str_or(value_get_string(current, "path"), "/"), want_path) &&
	    iam_call2(c, "UpdateGroup", "GroupName", name, "NewPath", want_path, false, err))
		goto out;
	if (value_is_set(want_policy) && !value_equal(value_get(current, "policy"), want_policy)) {
		struct strbuf doc_err = STRBUF_INIT;
		char *text = iam_policy_document_text(want_policy, &doc_err);
		json_t *params;
		int rc;

		if (!text) {
			strbuf_addf(err, "aws.iam.group %s: policy: %s", name, doc_err.buf);
			strbuf_release(&doc_err);
			goto out;
		}
		params = json_pack("{s:s, s:s, s:s}", "GroupName", name, "PolicyName",
				   GROUP_INLINE_POLICY, "PolicyDocument", text);
		rc = iam_call(c, "PutGroupPolicy", params, NULL, NULL, NULL, err);
		json_decref(params);
		free(text);
		if (rc)
			goto out;
	}
	if (iam_sync_set(c, "AttachGroupPolicy", "DetachGroupPolicy", "GroupName", name, "PolicyArn",
		     value_is_set(value_get(current, "policy_arns"))
		     ? value_get(current, "policy_arns") : no_list,
		     value_is_set(value_get(desired, "policy_arns"))
		     ? value_get(desired, "policy_arns") : no_list, err))
		goto out;
	if (!value_is_set(want_policy) && value_is_set(value_get(current, "policy")) &&
	    iam_call2(c, "DeleteGroupPolicy", "GroupName", name, "PolicyName", GROUP_INLINE_POLICY,
		  true, err) < 0)
		goto out;
	ret = 0;
out:
	json_decref(no_list);
	return ret;
}

/*
 * The converge create and update end in (docs/design.md): what differs
 * between `have` (the group as read; right after CreateGroup, its path
 * alone) and desired is sent, then the group is read back (a new path is a
 * new ARN).
 */
static int group_converge(struct aws_client *c, const char *name, const json_t *have,
			  const json_t *desired, json_t **out, struct strbuf *err)
{
	if (group_apply(c, name, have, desired, err))
		return -1;
	return aws_read_written(group_read, c, name, NULL, out, err,
				"group %s was written but GetGroup does not find it", name);
}

static int group_send_create(struct aws_client *c, const json_t *desired,
			     const struct create_call *call, struct aws_sent *sent,
			     struct strbuf *err)
{
	const char *name = value_get_string(desired, "name");
	const char *path = iam_str_or(value_get_string(desired, "path"), "/");
	json_t *params;
	xmlDocPtr doc;
	int rc;

	(void)call;
	if (!name) {
		strbuf_addstr(err, "aws.iam.group: name has no value to send");
		return -1;
	}
	params = json_pack("{s:s, s:s}", "GroupName", name, "Path", path);
	rc = iam_send_entity(c, "CreateGroup", params, "group", name, sent, &doc, err);
	json_decref(params);
	if (rc || sent->exists)
		return rc;
	xmlFreeDoc(doc);
	/* made with its path alone: the policies converge from there */
	sent->left_out = true;
	sent->have = json_pack("{s:s}", "path", path);
	return 0;
}

/* Groups take no tags: found there already, it is ours when it has this
 * create's path and was made since it was sent. */
static int group_evidence(struct aws_client *c, const char *name, const json_t *desired,
			  const json_t *have, json_t **sent, json_t **got, time_t *created,
			  struct strbuf *err)
{
	(void)have;
	return iam_entity_evidence(c, "GetGroup", "GroupName", name, "GetGroupResult/Group",
				   iam_str_or(value_get_string(desired, "path"), "/"), sent, got,
				   created, err);
}

/*
 * Create and update (the contract, provider/aws/adopt.h): an update
 * converges from a live read. `prior` is not used: a group has no
 * write-only attribute and its name addresses it.
 */
static const struct aws_native_ops group_native = {
	.send_create = group_send_create,
	.adopt = { .by = AWS_ADOPT_BY_READ_BACK, .noun = "name", .object = "group %s",
		   .evidence = group_evidence },
	.converge = group_converge,
	.read = group_read,
	.created_shape = AWS_SHAPE_NONE,
	.update_shape = AWS_SHAPE_NONE,
	.made_missing = "group %s was written but GetGroup does not find it",
	.gone = "group %s was deleted while it was being updated",
};

AWS_NATIVE_FUNCTIONS(group, group_native)

static int group_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	struct aws_client *c = client;
	int ret;

	(void)prior;
	/* IAM deletes only an empty group: members, attachments and inline
	 * policies go first. */
	ret = iam_remove_each(c, "GroupName", id, "GetGroup", "UserName", "RemoveUserFromGroup",
			      "UserName", err);
	if (!ret)
		ret = iam_remove_each(c, "GroupName", id, "ListAttachedGroupPolicies", "PolicyArn",
				      "DetachGroupPolicy", "PolicyArn", err);
	if (!ret)
		ret = iam_remove_each(c, "GroupName", id, "ListGroupPolicies", NULL,
				      "DeleteGroupPolicy", "PolicyName", err);
	if (!ret)
		ret = iam_call2(c, "DeleteGroup", "GroupName", id, NULL, NULL, true, err);
	return ret < 0 ? -1 : 0;
}


static int group_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err)
{
	(void)prior;
	(void)err;
	iam_sort_sets(desired, group_sets);
	return 0;
}

/* ---- refresh by listing ---- */

/* GetAccountAuthorizationDetails' GroupDetail has all that read() reports. */
static const char *const group_needs[] = { "Path", "Arn", "GroupId", NULL };
static const struct iam_listing group_details = {
	"GetAccountAuthorizationDetails", "Group", "GroupDetailList/member", "GroupName",
	group_needs,
};

static int group_listed(void *ctx, struct aws_client *c, const char *id, xmlNodePtr entry,
			const json_t *prior, json_t **out, struct strbuf *err)
{
	json_t *o = iam_entity_attrs(entry, id, "GroupId", "group_id");
	json_t *policies = iam_policy_list_parse(xml_child(entry, "GroupPolicyList"));
	json_t *policy = json_object_get(policies, GROUP_INLINE_POLICY);

	(void)ctx;
	(void)c;
	(void)prior;
	(void)err;
	json_object_set_new(o, "policy_arns",
			    iam_member_set(xml_child(entry, "AttachedManagedPolicies"), "PolicyArn"));
	if (policy)
		json_object_set(o, "policy", policy);
	json_decref(policies);
	*out = o;
	return 0;
}

static int group_read_many(void *client, size_t n, const char *const *ids,
			   const json_t *const *priors, size_t max_pages, json_t **out,
			   struct strbuf *err)
{
	return iam_read_many(client, &group_details, n, ids, priors, max_pages, out,
				 group_listed, NULL, err);
}

/* For sweep (listing.h). */
static const struct aws_query_listing group_listing = {
	&aws_service_iam, "ListGroups", NULL, "GroupName", NULL, "CreateDate", NULL,
	NULL,
};

static int group_list(void *client, const struct resource_query *q,
		      struct resource_items *out, struct strbuf *err)
{
	return aws_list_query(client, &group_listing, q, out, err);
}


const struct resource_type aws_iam_group_type = {
	.name = "aws.iam.group",
	.description = "an IAM group with its attached managed policies and an inline policy",
	.attrs = group_attrs,
	.terraform_type = "aws_iam_group",
	.terraform_attrs = "name path arn group_id=unique_id",
	.read = group_read,
	.create = group_create,
	.update = group_update,
	.native = &group_native,
	.delete = group_delete,
	.plan_desired = group_plan_desired,
	.import_id = "its name",
	.id_attr = "name",
	.list = group_list,
	.list_rank = 12,
	.list_account_wide = true,
	.read_many = group_read_many,
};
