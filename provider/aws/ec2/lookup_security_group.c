/*
 * ec2/lookup_security_group.c: the lookup aws.ec2.security_group, one
 * existing security group found by its id, name, VPC or tags (Terraform's
 * aws_security_group data source): EC2 DescribeSecurityGroups with
 * filters. None, or more than one, is an error naming what was looked for.
 * A stack uses it to place its hosts and databases behind a group another
 * stack made (a workshop's shared network, examples/retail-batch).
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/ec2/api.h"
#include "provider/aws/resources.h"
#include "provider/provider.h"

static const struct attr_schema sg_attrs[] = {
	{ .name = "id", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "sg-...: look for this group; afterwards the group's id" },
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "look for the group of this name (unique within a VPC)" },
	{ .name = "vpc_id", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "only a group of this VPC, e.g. ${data.lab_vpc.id}" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .elem_type = ATTR_STRING,
	  .description = "tags the group has (all of them must match); afterwards all its tags" },
	{ .name = "description", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the group's description" },
	{ .name = "owner_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the account that owns the group" },
	{ .name = NULL },
};

static int sg_read(void *client, const json_t *args, json_t **out, struct strbuf *err)
{
	json_t *p = json_object();
	xmlDocPtr doc;
	int f = 0;

	*out = NULL;
	ec2_add_filter(p, &f, "group-id", value_get(args, "id"));
	ec2_add_filter(p, &f, "group-name", value_get(args, "name"));
	ec2_add_filter(p, &f, "vpc-id", value_get(args, "vpc_id"));
	ec2_add_tag_filters(p, &f, value_get(args, "tags"));
	xmlNodePtr first = ec2_describe_one(client, "DescribeSecurityGroups", p, "securityGroupInfo",
					    "security group", args, &doc, err);
	json_decref(p);
	if (!first)
		return -1;
	json_t *o = json_object();
	ec2_set_text(o, "id", first, "groupId");
	ec2_set_text(o, "name", first, "groupName");
	ec2_set_text(o, "vpc_id", first, "vpcId");
	json_object_set_new(o, "tags", ec2_tags_of(first));
	ec2_set_text(o, "description", first, "groupDescription");
	ec2_set_text(o, "owner_id", first, "ownerId");
	xmlFreeDoc(doc);
	*out = o;
	return 0;
}

const struct lookup_type aws_ec2_security_group_lookup = {
	.name = "aws.ec2.security_group",
	.description = "one existing security group, by id, name, VPC or tags",
	.attrs = sg_attrs,
	.read = sg_read,
	.terraform_type = "aws_security_group",
	.terraform_attrs = "id name vpc_id tags description owner_id",
};
