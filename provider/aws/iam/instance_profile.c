/*
 * iam/instance_profile.c: the resource type aws.iam.instance_profile, the
 * IAM container that hands a role to EC2 instances (aws.ec2.instance's
 * iam_instance_profile). Its id is the profile name. The name and path
 * replace it; the role changes in place (RemoveRoleFromInstanceProfile, then
 * AddRoleToInstanceProfile: a profile holds at most one role), and a delete
 * removes the role first, as IAM refuses to delete a profile that has one.
 * IAM's calls are iam/api.h's. Tags are not managed: moto has no
 * TagInstanceProfile, so they could not be tested here.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/iam/api.h"
#include "provider/aws/listing.h"
#include "provider/aws/resources.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

static const char *const no_such_entity[] = { "NoSuchEntity", NULL };

static const struct attr_schema profile_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "instance profile name, unique in the account" },
	{ .name = "path", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "path of the profile, like \"/labs/\"", .default_json = "\"/\"" },
	{ .name = "role", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the role instances get, its ARN or its name, e.g. ${etl_role.arn}; "
			 "empty or unset: none", .default_json = "\"\"" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:iam::ACCOUNT:instance-profile/PATH/NAME" },
	{ .name = "instance_profile_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "IAM's unique id of the profile (AIPA...)" },
	{ .name = NULL },
};

static int profile_read(void *client, const char *id, const json_t *prior, json_t **out,
			struct strbuf *err)
{
	json_t *p = json_pack("{s:s}", "InstanceProfileName", id), *o;
	xmlDocPtr doc = NULL;
	xmlNodePtr ip;
	char *role;
	int rc;

	*out = NULL;
	rc = iam_call(client, "GetInstanceProfile", p, no_such_entity, &doc, NULL, err);
	json_decref(p);
	if (rc)
		return rc < 0 ? -1 : 0;
	ip = xml_child(xmlDocGetRootElement(doc), "GetInstanceProfileResult/InstanceProfile");
	if (!ip) {
		xmlFreeDoc(doc);
		strbuf_addf(err, "iam GetInstanceProfile %s: the answer has no InstanceProfile", id);
		return -1;
	}
	o = json_object();
	iam_set_xml_string(o, "name", ip, "InstanceProfileName", id);
	iam_set_xml_string(o, "path", ip, "Path", "/");
	role = xml_child_text(ip, "Roles/member/RoleName");
	json_object_set_new(o, "role", iam_role_as_written(role ? role : "",
							   iam_attr_string(prior, "role", NULL)));
	free(role);
	iam_set_xml_string(o, "arn", ip, "Arn", "");
	iam_set_xml_string(o, "instance_profile_id", ip, "InstanceProfileId", "");
	xmlFreeDoc(doc);
	*out = o;
	return 0;
}

/* AddRoleToInstanceProfile. A profile holds one role, so a resend of this
 * call (its first answer lost) is refused with LimitExceeded: done when the
 * role the profile holds is `role` (a name), which the first attempt gave it. */
static int add_role(struct aws_client *c, const char *name, const char *role,
		    struct strbuf *err)
{
	static const char *const full[] = { "LimitExceeded", NULL };
	json_t *p = json_pack("{s:s, s:s}", "InstanceProfileName", name, "RoleName", role);
	json_t *now = NULL;
	int rc = iam_call(c, "AddRoleToInstanceProfile", p, full, NULL, NULL, err);

	json_decref(p);
	if (rc != 1)
		return rc ? -1 : 0;
	rc = profile_read(c, name, NULL, &now, err) ? -1 : 0;
	if (!rc && strcmp(iam_role_name(iam_attr_string(now, "role", "")), role)) {
		strbuf_addf(err, "iam AddRoleToInstanceProfile: LimitExceeded: the profile holds "
			    "role %s", now ? value_get_string(now, "role") : "(gone)");
		rc = -1;
	}
	json_decref(now);
	return rc;
}

/* Give profile `name` the role `want` ("" none; a name or an ARN) in place
 * of `have`; IAM takes the role's name. */
static int profile_set_role(struct aws_client *c, const char *name, const char *have,
			    const char *want, struct strbuf *err)
{
	have = iam_role_name(have);
	want = iam_role_name(want);
	if (!strcmp(have, want))
		return 0;
	if (*have && iam_call2(c, "RemoveRoleFromInstanceProfile", "InstanceProfileName", name,
			       "RoleName", have, true, err) < 0)
		return -1;
	if (*want && add_role(c, name, want, err)) {
		strbuf_addf(err, " (aws.iam.instance_profile %s role %s)", name, want);
		return -1;
	}
	return 0;
}

/* The converge (the contract, provider/aws/adopt.h): the role the profile
 * holds, from `have` (what read() gives) to desired; then read back. */
static int profile_converge(struct aws_client *c, const char *name, const json_t *have,
			    const json_t *desired, json_t **out, struct strbuf *err)
{
	*out = NULL;
	if (profile_set_role(c, name, iam_attr_string(have, "role", ""),
			     iam_attr_string(desired, "role", ""), err))
		return -1;
	return aws_read_written(profile_read, c, name, desired, out, err,
				"aws.iam.instance_profile: %s was written but "
				"GetInstanceProfile does not find it", name);
}

static int profile_send_create(struct aws_client *c, const json_t *desired,
			       const struct create_call *call, struct aws_sent *sent,
			       struct strbuf *err)
{
	const char *name = iam_attr_string(desired, "name", "");
	const char *path = iam_attr_string(desired, "path", "/");
	json_t *params = json_pack("{s:s, s:s}", "InstanceProfileName", name, "Path", path);
	xmlDocPtr doc = NULL;
	int rc = iam_send_entity(c, "CreateInstanceProfile", params, "instance profile", name,
				 sent, &doc, err);

	(void)call;
	json_decref(params);
	xmlFreeDoc(doc);
	/* made without its role: converged from what reads back */
	sent->left_out = true;
	return rc;
}

/* Found there already: ours when it has this create's path and was made
 * since it was sent (terrace sets no tags on profiles). */
static int profile_evidence(struct aws_client *c, const char *name, const json_t *desired,
			    const json_t *have, json_t **sent, json_t **got, time_t *created,
			    struct strbuf *err)
{
	(void)have;
	return iam_entity_evidence(c, "GetInstanceProfile", "InstanceProfileName", name,
				   "GetInstanceProfileResult/InstanceProfile",
				   iam_attr_string(desired, "path", "/"), sent, got, created, err);
}

/* Create and update (the contract, provider/aws/adopt.h): an update
 * converges from a live read. `prior` is not used. */
static const struct aws_native_ops profile_native = {
	.send_create = profile_send_create,
	.adopt = { .by = AWS_ADOPT_BY_READ_BACK, .noun = "name", .object = "instance profile %s",
		   .evidence = profile_evidence },
	.converge = profile_converge,
	.read = profile_read,
	.created_shape = AWS_SHAPE_NONE,
	.update_shape = AWS_SHAPE_NONE,
	.made_missing = "aws.iam.instance_profile: %s was written but GetInstanceProfile does "
			"not find it",
	.gone = "aws.iam.instance_profile: %s was written but GetInstanceProfile does not "
		"find it",
};

AWS_NATIVE_FUNCTIONS(profile, profile_native)

static int profile_delete(void *client, const char *id, const json_t *prior,
			  struct strbuf *err)
{
	json_t *p, *now = NULL;
	const char *role;
	int rc;

	(void)prior;
	/* IAM refuses DeleteConflict while a role is in the profile (it holds
	 * one at most). */
	if (profile_read(client, id, NULL, &now, err))
		return -1;
	if (!now)
		return 0;
	role = iam_role_name(iam_attr_string(now, "role", ""));
	rc = *role ? iam_call2(client, "RemoveRoleFromInstanceProfile", "InstanceProfileName", id,
			       "RoleName", role, true, err) : 0;
	json_decref(now);
	if (rc < 0)
		return -1;
	p = json_pack("{s:s}", "InstanceProfileName", id);
	rc = iam_call(client, "DeleteInstanceProfile", p, no_such_entity, NULL, NULL, err);
	json_decref(p);
	return rc < 0 ? -1 : 0;
}

static const struct aws_query_listing profile_listing = {
	&aws_service_iam, "ListInstanceProfiles", NULL, "InstanceProfileName", NULL,
	"CreateDate", NULL, NULL,
};

static int profile_list(void *client, const struct resource_query *q,
			struct resource_items *out, struct strbuf *err)
{
	return aws_list_query(client, &profile_listing, q, out, err);
}




const struct resource_type aws_iam_instance_profile_type = {
	.name = "aws.iam.instance_profile",
	.description = "an IAM instance profile: the role EC2 instances run with",
	.attrs = profile_attrs,
	.terraform_type = "aws_iam_instance_profile",
	.terraform_attrs = "name path role arn instance_profile_id=unique_id",
	.read = profile_read,
	.create = profile_create,
	.update = profile_update,
	.native = &profile_native,
	.delete = profile_delete,
	.import_id = "its name",
	.id_attr = "name",
	.list = profile_list,
	.list_rank = 12,
	.list_account_wide = true,
};
