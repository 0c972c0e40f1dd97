/*
 * iam/inline_policy.c: the resource type aws.iam.inline_policy, one inline
 * policy (a name and a document) put on each of a set of roles, users and
 * groups: CloudFormation's AWS::IAM::Policy, and Terraform's
 * aws_iam_role_policy, aws_iam_user_policy and aws_iam_group_policy with
 * one principal each. One type with three sets, as CloudFormation has it,
 * so a template's policy converts whole and a Terraform one is a set of
 * one. Its id is the policy's name; which principals hold it is the
 * state's (and, on import, the stack's): read() is given them as prior
 * and asks each (GetRolePolicy, GetUserPolicy, GetGroupPolicy), reporting
 * the principals that hold the policy and the first document that differs
 * from prior's (else prior's), so a document changed outside on any one
 * of them plans a change. Nothing found on any: gone.
 *
 * A put (PutRolePolicy, PutUserPolicy, PutGroupPolicy) writes the policy
 * whether or not it is there, and sent again writes the same: create and
 * update run on the contract of provider/aws/adopt.h with the policy
 * AWS_ADOPT_BY_OVERWRITE, as CloudFormation's does (a policy of the name
 * already on a principal is replaced). An update puts the document on each
 * principal that lacks it or holds another, then deletes it from those the
 * stack dropped; delete removes it from each (one already gone is
 * removed). Roles may be written by name or ARN (iam_role_name), and read
 * back in the spelling written. aws.iam.role's inline_policies holds every
 * inline policy of its role, so a policy of this type on a role the stack
 * writes as aws.iam.role would be removed by it on every apply:
 * iam/rules.c refuses that at validate (and a group's own "terrace"
 * policy, aws.iam.group's `policy`, likewise).
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/iam/api.h"
#include "provider/aws/resources.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define INLINE_POLICY "aws.iam.inline_policy"

static const char *const no_such_entity[] = { "NoSuchEntity", NULL };
static const char *const principal_sets[] = { "roles", "users", "groups", NULL };

/* The calls of one kind of principal. */
struct principal_kind {
	const char *attr;   /* "roles" */
	const char *param;  /* "RoleName" */
	const char *get;    /* "GetRolePolicy" */
	const char *put;    /* "PutRolePolicy" */
	const char *del;    /* "DeleteRolePolicy" */
	const char *answer; /* "GetRolePolicyResult/PolicyDocument" */
};

static const struct principal_kind kinds[] = {
	{ "roles", "RoleName", "GetRolePolicy", "PutRolePolicy", "DeleteRolePolicy",
	  "GetRolePolicyResult/PolicyDocument" },
	{ "users", "UserName", "GetUserPolicy", "PutUserPolicy", "DeleteUserPolicy",
	  "GetUserPolicyResult/PolicyDocument" },
	{ "groups", "GroupName", "GetGroupPolicy", "PutGroupPolicy", "DeleteGroupPolicy",
	  "GetGroupPolicyResult/PolicyDocument" },
};

#define N_KINDS (sizeof(kinds) / sizeof(*kinds))

static const struct attr_schema inline_policy_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "the policy's name, unique among the inline policies of each principal "
			 "that holds it, e.g. read-landing" },
	{ .name = "policy", .type = ATTR_JSON, .flags = ATTR_REQUIRED,
	  .description = "the policy document" },
	{ .name = "roles", .type = ATTR_LIST, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "the roles that hold it, by name or ARN (a set: order does not matter)",
	  .default_json = "[]" },
	{ .name = "users", .type = ATTR_LIST, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "the users that hold it, by name (a set)", .default_json = "[]" },
	{ .name = "groups", .type = ATTR_LIST, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "the groups that hold it, by name (a set)", .default_json = "[]" },
	{ .name = NULL },
};

/* The name a principal of kind k is sent as: a role's from its ARN too. */
static const char *principal_name(const struct principal_kind *k, const char *written)
{
	return strcmp(k->attr, "roles") ? written : iam_role_name(written);
}

/* The policy `name` on one principal: 0 with *doc (a new reference, NULL
 * when the principal or its policy is not there), -1 with err set. */
static int get_policy(struct aws_client *c, const struct principal_kind *k, const char *who,
		      const char *name, json_t **doc, struct strbuf *err)
{
	json_t *params = json_pack("{s:s, s:s}", k->param, principal_name(k, who), "PolicyName",
				   name);
	xmlDocPtr answer;
	char *text;
	int rc = iam_call(c, k->get, params, no_such_entity, &answer, NULL, err);

	json_decref(params);
	*doc = NULL;
	if (rc)
		return rc < 0 ? -1 : 0;
	text = xml_child_text(xmlDocGetRootElement(answer), k->answer);
	*doc = iam_policy_document_parse(text);
	free(text);
	xmlFreeDoc(answer);
	return 0;
}

static int inline_policy_read(void *client, const char *id, const json_t *prior, json_t **out,
			      struct strbuf *err)
{
	const json_t *want = value_get(prior, "policy");
	json_t *o = json_object(), *seen = NULL;
	bool any = false;

	*out = NULL;
	json_object_set_new(o, "name", json_string(id));
	for (size_t i = 0; i < N_KINDS; i++) {
		json_t *held = json_array(), *v;
		size_t j;

		json_array_foreach(value_get(prior, kinds[i].attr), j, v) {
			json_t *doc;

			if (!json_is_string(v))
				continue;
			if (get_policy(client, &kinds[i], json_string_value(v), id, &doc, err)) {
				json_decref(held);
				json_decref(seen);
				json_decref(o);
				return -1;
			}
			if (!doc)
				continue;
			json_array_append(held, v);
			any = true;
			if (!seen || (value_equal(seen, want) && !value_equal(doc, want))) {
				json_decref(seen);
				seen = doc;
			} else {
				json_decref(doc);
			}
		}
		json_object_set_new(o, kinds[i].attr, value_string_set(held));
		json_decref(held);
	}
	if (!any) {
		json_decref(o);
		return 0;
	}
	json_object_set_new(o, "policy", seen);
	iam_roles_keep_written(o, "roles", prior);
	*out = o;
	return 0;
}

/* Put the document on each principal of desired that lacks it or holds
 * another (asked of each: `have` reports one document for all), then
 * delete it from each principal of have that desired no longer names. */
static int put_everywhere(struct aws_client *c, const char *name, const json_t *have,
			  const json_t *desired, struct strbuf *err)
{
	const json_t *doc = value_get(desired, "policy");
	struct strbuf doc_err = STRBUF_INIT;
	char *text = iam_policy_document_text(doc, &doc_err);
	json_t *v;
	size_t j;

	if (!text) {
		strbuf_addf(err, INLINE_POLICY " %s: policy: %s", name, doc_err.buf);
		strbuf_release(&doc_err);
		return -1;
	}
	for (size_t i = 0; i < N_KINDS; i++) {
		const struct principal_kind *k = &kinds[i];

		json_array_foreach(value_get(desired, k->attr), j, v) {
			const char *who = json_string_value(v);
			json_t *params, *held = NULL;
			int rc;

			if (!who)
				continue;
			if (have && iam_role_list_has(value_get(have, k->attr), who)) {
				bool same;

				if (get_policy(c, k, who, name, &held, err)) {
					free(text);
					return -1;
				}
				same = held && value_equal(held, doc);
				json_decref(held);
				if (same)
					continue;
			}
			params = json_pack("{s:s, s:s, s:s}", k->param, principal_name(k, who),
					   "PolicyName", name, "PolicyDocument", text);
			rc = iam_call(c, k->put, params, NULL, NULL, NULL, err);
			json_decref(params);
			if (rc) {
				free(text);
				return -1;
			}
			if (!strcmp(k->attr, "roles"))
				aws_client_note_role_grant(c, principal_name(k, who), NULL);
		}
	}
	free(text);
	for (size_t i = 0; i < N_KINDS; i++) {
		const struct principal_kind *k = &kinds[i];

		json_array_foreach(value_get(have, k->attr), j, v) {
			const char *who = json_string_value(v);

			if (who && !iam_role_list_has(value_get(desired, k->attr), who) &&
			    iam_call2(c, k->del, k->param, principal_name(k, who), "PolicyName", name,
				      true, err) < 0)
				return -1;
		}
	}
	return 0;
}

/* The converge (the contract, provider/aws/adopt.h): the puts and deletes
 * that bring `have` to desired, then the read back. */
static int inline_policy_converge(struct aws_client *c, const char *id, const json_t *have,
				  const json_t *desired, json_t **out, struct strbuf *err)
{
	if (put_everywhere(c, id, have, desired, err))
		return -1;
	return aws_read_written(inline_policy_read, c, id, desired, out, err,
				INLINE_POLICY " %s: put, but no principal of it holds it", id);
}

/* The create's send: the policy put on every principal (a put replaces a
 * policy of the name already there, so a resend writes the same). */
static int inline_policy_send_create(struct aws_client *c, const json_t *desired,
				     const struct create_call *call, struct aws_sent *sent,
				     struct strbuf *err)
{
	const char *name = value_get_string(desired, "name");

	(void)call;
	if (!name) {
		strbuf_addstr(err, INLINE_POLICY ": name has no value to send");
		return -1;
	}
	if (put_everywhere(c, name, NULL, desired, err))
		return -1;
	sent->id = xstrdup(name);
	return 0;
}

/* Create and update (the contract, provider/aws/adopt.h): a put overwrites,
 * so the send never finds one there; read() takes the principals from
 * desired after a create and from the state before an update. */
static const struct aws_native_ops inline_policy_native = {
	.send_create = inline_policy_send_create,
	.adopt = { .by = AWS_ADOPT_BY_OVERWRITE, .noun = "name",
		   .object = INLINE_POLICY ": an inline policy %s" },
	.converge = inline_policy_converge,
	.read = inline_policy_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape = AWS_SHAPE_PRIOR,
	.made_missing = INLINE_POLICY " %s: put, but no principal of it holds it",
	.gone = INLINE_POLICY " %s: in the state but no principal of it holds it",
};

AWS_NATIVE_FUNCTIONS(inline_policy, inline_policy_native)

static int inline_policy_delete(void *client, const char *id, const json_t *prior,
				struct strbuf *err)
{
	json_t *v;
	size_t j;

	for (size_t i = 0; i < N_KINDS; i++)
		json_array_foreach(value_get(prior, kinds[i].attr), j, v)
			if (json_is_string(v) &&
			    iam_call2(client, kinds[i].del, kinds[i].param,
				      principal_name(&kinds[i], json_string_value(v)), "PolicyName", id,
				      true, err) < 0)
				return -1;
	return 0;
}

/* plan_desired: the principals are sets, compared sorted. */
static int inline_policy_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err)
{
	(void)prior;
	(void)err;
	iam_sort_sets(desired, principal_sets);
	return 0;
}

const struct resource_type aws_iam_inline_policy_type = {
	.name = INLINE_POLICY,
	.description = "an IAM inline policy put on each of a set of roles, users and groups",
	.attrs = inline_policy_attrs,
	.terraform_type = "aws_iam_role_policy",
	.terraform_attrs = "name policy",
	.read = inline_policy_read,
	.create = inline_policy_create,
	.update = inline_policy_update,
	.delete = inline_policy_delete,
	.native = &inline_policy_native,
	.plan_desired = inline_policy_plan_desired,
	.import_id = "its name (read on the roles, users and groups the stack gives it)",
	.id_attr = "name",
	.found_by = principal_sets,
};
