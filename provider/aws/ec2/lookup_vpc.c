/*
 * ec2/lookup_vpc.c: the lookup aws.ec2.vpc, one existing VPC found by its
 * id, CIDR block, tags or being the region's default (Terraform's aws_vpc):
 * EC2 DescribeVpcs with filters. None, or more than one, is an error.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/ec2/api.h"
#include "provider/aws/resources.h"
#include "provider/provider.h"

static const struct attr_schema vpc_attrs[] = {
	{ .name = "id", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "vpc-...: look for this VPC; afterwards the VPC's id" },
	{ .name = "cidr_block", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "look for the VPC with this primary block, e.g. 10.0.0.0/16" },
	{ .name = "default", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "true: the region's default VPC" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .elem_type = ATTR_STRING,
	  .description = "tags the VPC has (all of them must match); afterwards all its tags" },
	{ .name = "owner_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the account that owns the VPC" },
	{ .name = NULL },
};

static int vpc_read(void *client, const json_t *args, json_t **out, struct strbuf *err)
{
	json_t *p = json_object();
	const json_t *dflt = value_get(args, "default");
	xmlDocPtr doc;
	int f = 0;

	*out = NULL;
	ec2_add_filter(p, &f, "vpc-id", value_get(args, "id"));
	ec2_add_filter(p, &f, "cidr", value_get(args, "cidr_block"));
	if (json_is_boolean(dflt)) {
		json_t *v = json_string(json_is_true(dflt) ? "true" : "false");

		ec2_add_filter(p, &f, "is-default", v);
		json_decref(v);
	}
	ec2_add_tag_filters(p, &f, value_get(args, "tags"));
	xmlNodePtr first = ec2_describe_one(client, "DescribeVpcs", p, "vpcSet", "VPC", args, &doc, err);
	json_decref(p);
	if (!first)
		return -1;
	json_t *o = json_object();
	char *d = xml_child_text(first, "isDefault");
	ec2_set_text(o, "id", first, "vpcId");
	ec2_set_text(o, "cidr_block", first, "cidrBlock");
	json_object_set_new(o, "default", json_boolean(d && !strcmp(d, "true")));
	free(d);
	json_object_set_new(o, "tags", ec2_tags_of(first));
	ec2_set_text(o, "owner_id", first, "ownerId");
	xmlFreeDoc(doc);
	*out = o;
	return 0;
}

const struct lookup_type aws_ec2_vpc_lookup = {
	.name = "aws.ec2.vpc",
	.description = "one existing VPC, by id, CIDR block, tags or being the default",
	.attrs = vpc_attrs,
	.read = vpc_read,
	.terraform_type = "aws_vpc",
	.terraform_attrs = "id cidr_block default tags owner_id",
};
