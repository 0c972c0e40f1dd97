/*
 * rds/subnet_group.c: the resource type aws.rds.subnet_group, a DB subnet
 * group (the subnets, in at least two availability zones, an RDS instance
 * is placed in) with its description and tags, over RDS's query protocol
 * (Version 2014-10-31). Its id is its name, which RDS keeps in lower case.
 * Description and subnets change in place (ModifyDBSubnetGroup), tags with
 * AddTagsToResource/RemoveTagsFromResource; the name replaces it. The
 * calls are rds/subnet_groups.c's, shared with aws.redshift.subnet_group.
 */
#include "provider/aws/adopt.h"
#include "provider/aws/listing.h"
#include "provider/aws/rds/api.h"
#include "provider/aws/resources.h"
#include "provider/aws/rds/subnet_groups.h"
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

/* The type's functions: rds/subnet_groups.c's, given its descriptor. */
static int group_read(void *client, const char *id, const json_t *prior, json_t **out,
		      struct strbuf *err)
{
	return subnet_group_read(&rds_group, client, id, prior, out, err);
}

static int group_send_create(struct aws_client *c, const json_t *desired,
			     const struct create_call *call, struct aws_sent *sent,
			     struct strbuf *err)
{
	(void)call;
	return subnet_group_send_create(&rds_group, c, desired, sent, err);
}

static int group_converge(struct aws_client *c, const char *id, const json_t *have,
			  const json_t *desired, json_t **out, struct strbuf *err)
{
	return subnet_group_converge(&rds_group, c, id, have, desired, out, err);
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
	.adopt = { .by = AWS_ADOPT_BY_NAME_AND_TAGS, .noun = "name", .object = "DB subnet group %s" },
	.converge = group_converge,
	.read = group_read,
	.created_shape = AWS_SHAPE_NONE,
	.update_shape = AWS_SHAPE_NONE,
	.made_missing = "aws.rds.subnet_group %s: not found after it was written",
	.gone = "aws.rds.subnet_group %s: not found after it was written",
};

AWS_NATIVE_FUNCTIONS(group, group_native)

static int group_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	return subnet_group_delete(&rds_group, client, id, prior, err);
}

static int group_list(void *client, const struct resource_query *q,
		      struct resource_items *out, struct strbuf *err)
{
	return subnet_group_list(&rds_group, client, q, out, err);
}

const struct resource_type aws_rds_subnet_group_type = {
	.name = "aws.rds.subnet_group",
	.description = "a DB subnet group: the subnets (two zones or more) an RDS instance "
		       "is placed in",
	.attrs = group_attrs,
	.terraform_type = "aws_db_subnet_group",
	.terraform_attrs = "name description subnet_ids tags vpc_id arn",
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
