/*
 * lookup_ec2_vpc.c: the lookup aws.ec2.vpc, one existing VPC found by its
 * id, CIDR block, tags or being the region's default (Terraform's aws_vpc):
 * EC2 DescribeVpcs with filters. None, or more than one, is an error.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/ec2.h"
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

static void describe_filters(struct strbuf *sb, const json_t *args)
{
	const char *k;
	json_t *v;
	size_t n = sb->len;

	json_object_foreach((json_t *)args, k, v) {
		char *text = json_is_string(v) ? NULL : json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY);

		if (json_is_null(v))
			continue;
		strbuf_addf(sb, "%s%s %s", sb->len > n ? ", " : "", k,
			    text ? text : json_string_value(v));
		free(text);
	}
	if (sb->len == n)
		strbuf_addstr(sb, "no filter");
}

static int vpc_read(void *client, const json_t *args, json_t **out, struct strbuf *err)
{
	json_t *p = json_object();
	const json_t *dflt = value_get(args, "default");
	xmlDocPtr doc = NULL;
	xmlNodePtr first, it;
	size_t n = 0;
	int f = 0, rc;

	*out = NULL;
	ec2_add_filter(p, &f, "vpc-id", value_get(args, "id"));
	ec2_add_filter(p, &f, "cidr", value_get(args, "cidr_block"));
	if (json_is_boolean(dflt)) {
		json_t *v = json_string(json_is_true(dflt) ? "true" : "false");

		ec2_add_filter(p, &f, "is-default", v);
		json_decref(v);
	}
	ec2_add_tag_filters(p, &f, value_get(args, "tags"));
	rc = ec2_call(client, "DescribeVpcs", p, NULL, &doc, err);
	json_decref(p);
	if (rc)
		return -1;
	first = xml_child(xmlDocGetRootElement(doc), "vpcSet/item");
	for (it = first; it; it = xml_next_same(it))
		n++;
	if (n != 1) {
		strbuf_addf(err, "%s VPC matches ", n ? "more than one" : "no");
		describe_filters(err, args);
		if (n)
			strbuf_addf(err, " (%zu do)", n);
		xmlFreeDoc(doc);
		return -1;
	}
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
