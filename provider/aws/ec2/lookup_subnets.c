/*
 * ec2/lookup_subnets.c: the lookup aws.ec2.subnets, the ids of the existing
 * subnets of a VPC, with some tags and/or among given ids (Terraform's
 * aws_subnets; ids as its subnet-id filter): EC2
 * DescribeSubnets with filters, page after page. Unlike Terraform, finding
 * none is an error naming what was looked for: a stack that spreads
 * instances over "the private subnets" has nothing to do without them.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/ec2/api.h"
#include "provider/aws/resources.h"
#include "provider/provider.h"

static const struct attr_schema subnets_attrs[] = {
	{ .name = "vpc_id", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "only subnets of this VPC, e.g. ${data.lab_vpc.id}" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "only subnets with these tags (all must match)" },
	{ .name = "ids", .type = ATTR_LIST, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .elem_type = ATTR_STRING,
	  .description = "only these subnets (e.g. a module's outputs: the lookup then waits for "
			 "them); afterwards the subnet ids found, sorted" },
	{ .name = NULL },
};

static int subnets_read(void *client, const json_t *args, json_t **out, struct strbuf *err)
{
	const char *vpc = value_get_string(args, "vpc_id");
	const json_t *tags = value_get(args, "tags");
	json_t *p = json_object(), *all = json_array();
	int f = 0, rc;

	*out = NULL;
	ec2_add_filter(p, &f, "vpc-id", value_get(args, "vpc_id"));
	ec2_add_filter(p, &f, "subnet-id", value_get(args, "ids"));
	ec2_add_tag_filters(p, &f, tags);
	rc = ec2_page_texts(client, "DescribeSubnets", p, "subnetSet/item", "subnetId", all, err);
	json_decref(p);
	if (!rc && !json_array_size(all)) {
		char *t = json_object_size(tags) ? json_dumps(tags, JSON_COMPACT | JSON_SORT_KEYS) : NULL;

		const json_t *ids = value_get(args, "ids");
		char *i = json_array_size(ids) ? json_dumps(ids, JSON_COMPACT) : NULL;

		strbuf_addf(err, "no subnet%s%s%s%s%s%s", vpc ? " of " : "", vpc ? vpc : "",
			    t ? " with tags " : "", t ? t : "", i ? " among " : "", i ? i : "");
		free(t);
		free(i);
		rc = -1;
	}
	if (rc) {
		json_decref(all);
		return -1;
	}
	json_t *o = json_copy((json_t *)args);
	json_object_set_new(o, "ids", value_string_set(all));
	json_decref(all);
	*out = o;
	return 0;
}

const struct lookup_type aws_ec2_subnets_lookup = {
	.name = "aws.ec2.subnets",
	.description = "the ids of the existing subnets of a VPC and/or with some tags",
	.attrs = subnets_attrs,
	.read = subnets_read,
	.terraform_type = "aws_subnets",
	.terraform_attrs = "ids tags",
};
