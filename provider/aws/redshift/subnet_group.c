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
#include "provider/aws/listing.h"
#include "provider/aws/resources.h"
#include "provider/aws/rds/subnet_groups.h"
#include "provider/aws/redshift/api.h"
#include "provider/aws/rules.h"
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

const struct resource_type aws_redshift_subnet_group_type = {
	.name = "aws.redshift.subnet_group",
	.description = "a cluster subnet group: the subnets a Redshift cluster is placed in",
	.attrs = group_attrs,
	.terraform_type = "aws_redshift_subnet_group",
	.terraform_attrs = "name description subnet_ids tags arn",
	.typed = &subnet_group_functions,
	.data = &redshift_group,
	.plan_desired = subnet_group_plan_desired,
	.import_id = "its name",
	.id_attr = "name",
	.list_rank = 10,
};
