/*
 * redshift/subnet_group.c: the resource type aws.redshift.subnet_group, a
 * cluster subnet group (the subnets a Redshift cluster is placed in) with
 * its description and tags, over Redshift's query protocol (Version
 * 2012-12-01). Its id is its name, which Redshift keeps in lower case.
 * Description and subnets change in place (ModifyClusterSubnetGroup), tags
 * with CreateTags/DeleteTags on arn:...:redshift:REGION:ACCOUNT:subnetgroup:
 * NAME (Redshift's answers carry the tags but not the ARN, which is built
 * with the caller's account id); the name replaces it. The calls are
 * rds/subnet_groups.c's, shared with aws.rds.subnet_group.
 */
#include "provider/aws/adopt.h"
#include "provider/aws/listing.h"
#include "provider/aws/resources.h"
#include "provider/aws/rds/subnet_groups.h"
#include "provider/aws/redshift/api.h"
#include "provider/provider.h"

static const struct attr_schema group_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "letters, digits and hyphens; not \"default\"; Redshift keeps it in "
			 "lower case, and so does terrace" },
	{ .name = "description", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "what the group is for", .default_json = "\"Managed by terrace\"" },
	{ .name = "subnet_ids", .type = ATTR_LIST, .flags = ATTR_REQUIRED, .elem_type = ATTR_STRING,
	  .description = "subnets of one VPC (a set: order does not matter), e.g. [\"${private_a.subnet_id}\", \"${private_b.subnet_id}\"]" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "subnet group tags", .default_json = "{}" },
	{ .name = "vpc_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the VPC of the subnets" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:redshift:REGION:ACCOUNT:subnetgroup:NAME" },
	{ .name = NULL },
};

static const struct aws_query_listing group_listing = {
	&aws_service_redshift, "DescribeClusterSubnetGroups", NULL,
	"ClusterSubnetGroupName", NULL, NULL, NULL, NULL,
};

static const struct subnet_group_api redshift_group = {
	.db = {
		.type_name = "aws.redshift.subnet_group",
		.kind = "cluster subnet group",
		.service = &aws_service_redshift,
		.id_attr = "name",
		.id_param = "ClusterSubnetGroupName",
		.create_action = "CreateClusterSubnetGroup",
		.exists_code = "ClusterSubnetGroupAlreadyExists",
		.delete_action = "DeleteClusterSubnetGroup",
		.not_found_code = "ClusterSubnetGroupNotFoundFault",
		.describe_action = "DescribeClusterSubnetGroups",
		.describe_path = "DescribeClusterSubnetGroupsResult/ClusterSubnetGroups/"
				 "ClusterSubnetGroup",
		.tag_action = "CreateTags",
		.untag_action = "DeleteTags",
		.untag_keys = "TagKeys.TagKey",
	},
	.modify_action = "ModifyClusterSubnetGroup",
	.description_param = "Description",
	.arn_kind = "subnetgroup",
	.tags_in_answer = true,
	.listing = &group_listing,
};

/* The type's functions: rds/subnet_groups.c's, given its descriptor. */
static int group_read(void *client, const char *id, const json_t *prior, json_t **out,
		      struct strbuf *err)
{
	return subnet_group_read(&redshift_group, client, id, prior, out, err);
}

static int group_send_create(struct aws_client *c, const json_t *desired,
			     const struct create_call *call, struct aws_sent *sent,
			     struct strbuf *err)
{
	(void)call;
	return subnet_group_send_create(&redshift_group, c, desired, sent, err);
}

static int group_converge(struct aws_client *c, const char *id, const json_t *have,
			  const json_t *desired, json_t **out, struct strbuf *err)
{
	return subnet_group_converge(&redshift_group, c, id, have, desired, out, err);
}

/*
 * Create and update (the contract, provider/aws/adopt.h): a group found
 * there is ours when an attempt of this create may have made it and it
 * carries this stack's tags, which the create sets. An update converges
 * from a live read (tags need the ARN). `prior` is not used: a subnet
 * group has no write-only attribute and its name addresses it.
 */
static const struct aws_native_ops group_native = {
	.send_create = group_send_create,
	.adopt = { .by = AWS_ADOPT_BY_NAME_AND_TAGS, .noun = "name", .object = "cluster subnet group %s" },
	.converge = group_converge,
	.read = group_read,
	.created_shape = AWS_SHAPE_NONE,
	.update_shape = AWS_SHAPE_NONE,
	.made_missing = "aws.redshift.subnet_group %s: not found after it was written",
	.gone = "aws.redshift.subnet_group %s: not found after it was written",
};

AWS_NATIVE_FUNCTIONS(group, group_native)

static int group_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	return subnet_group_delete(&redshift_group, client, id, prior, err);
}

static int group_list(void *client, const struct resource_query *q,
		      struct resource_items *out, struct strbuf *err)
{
	return subnet_group_list(&redshift_group, client, q, out, err);
}

const struct resource_type aws_redshift_subnet_group_type = {
	.name = "aws.redshift.subnet_group",
	.description = "a cluster subnet group: the subnets a Redshift cluster is placed in",
	.attrs = group_attrs,
	.terraform_type = "aws_redshift_subnet_group",
	.terraform_attrs = "name description subnet_ids tags arn",
	.read = group_read,
	.create = group_create,
	.update = group_update,
	.native = &group_native,
	.delete = group_delete,
	.list = group_list,
	.plan_desired = subnet_group_plan_desired,
	.import_id = "its name",
	.id_attr = "name",
	.list_rank = 10,
};
