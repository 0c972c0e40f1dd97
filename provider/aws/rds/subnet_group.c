/*
 * rds/subnet_group.c: the resource type aws.rds.subnet_group, a DB subnet
 * group (the subnets, in at least two availability zones, an RDS instance
 * is placed in) with its description and tags, over RDS's query protocol
 * (Version 2014-10-31). Its id is its name, which RDS keeps in lower case.
 * Description and subnets change in place (ModifyDBSubnetGroup), tags with
 * AddTagsToResource/RemoveTagsFromResource; the name replaces it. The
 * calls are rds/subnet_groups.c's, shared with aws.redshift.subnet_group.
 */
#include "provider/aws/listing.h"
#include "provider/aws/rds/api.h"
#include "provider/aws/resources.h"
#include "provider/aws/rds/subnet_groups.h"
#include "provider/aws/rules.h"
#include "provider/provider.h"

static const struct attr_schema group_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "letters, digits, periods, underscores, spaces and hyphens; not "
			 "\"default\"; RDS keeps it in lower case, and so does terrace" },
	{ .name = "description", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "what the group is for", .default_json = "\"Managed by terrace\"" },
	{ .name = "subnet_ids", .type = ATTR_LIST, .flags = ATTR_REQUIRED, .elem_type = ATTR_STRING,
	  .description = "subnets in at least two availability zones (a set: order does not "
			 "matter), e.g. [\"${private_a.subnet_id}\", \"${private_b.subnet_id}\"]" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "subnet group tags", .default_json = "{}" },
	{ .name = "vpc_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the VPC of the subnets" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:rds:REGION:ACCOUNT:subgrp:NAME" },
	{ .name = NULL },
};

static const struct aws_query_listing group_listing = {
	&aws_service_rds, "DescribeDBSubnetGroups", NULL, "DBSubnetGroupName", NULL,
	NULL, NULL, NULL,
};

static const struct subnet_group_api rds_group = {
	.db = {
		.type_name = "aws.rds.subnet_group",
		.kind = "DB subnet group",
		.service = &aws_service_rds,
		.id_attr = "name",
		.id_param = "DBSubnetGroupName",
		.create_action = "CreateDBSubnetGroup",
		.exists_code = "DBSubnetGroupAlreadyExists",
		.delete_action = "DeleteDBSubnetGroup",
		.not_found_code = "DBSubnetGroupNotFoundFault",
		.describe_action = "DescribeDBSubnetGroups",
		.describe_path = "DescribeDBSubnetGroupsResult/DBSubnetGroups/DBSubnetGroup",
		.tag_action = "AddTagsToResource",
		.untag_action = "RemoveTagsFromResource",
		.untag_keys = "TagKeys.member",
	},
	.modify_action = "ModifyDBSubnetGroup",
	.description_param = "DBSubnetGroupDescription",
	.arn_field = "DBSubnetGroupArn",
	.tags_in_answer = false,
	.listing = &group_listing,
};

const struct resource_type aws_rds_subnet_group_type = {
	.name = "aws.rds.subnet_group",
	.description = "a DB subnet group: the subnets (two zones or more) an RDS instance "
		       "is placed in",
	.attrs = group_attrs,
	.terraform_type = "aws_db_subnet_group",
	.terraform_attrs = "name description subnet_ids tags vpc_id arn",
	.typed = &subnet_group_functions,
	.data = &rds_group,
	.plan_desired = subnet_group_plan_desired,
	.import_id = "its name",
	.id_attr = "name",
	.list_rank = 10,
};
