/*
 * ec2/subnet.c: the resource type aws.ec2.subnet, a subnet of a VPC with its
 * CIDR block, availability zone, public-IP-on-launch setting and tags, over
 * EC2's query protocol (ec2/api.h). Its id is the subnet id (subnet-...). The
 * VPC, CIDR block and zone replace the subnet; map_public_ip_on_launch and
 * tags change in place. A block outside the VPC's or overlapping another
 * subnet's is refused at validate when the stack writes both
 * (checks/run_stack.c); otherwise EC2 refuses it at apply, and the error names
 * the resource's cidr_block.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/ec2/api.h"
#include "provider/aws/listing.h"
#include "provider/aws/resources.h"
#include "provider/provider.h"

static const char *const not_found[] = { "InvalidSubnetID.NotFound", NULL };

static const struct attr_schema subnet_attrs[] = {
	{ .name = "vpc_id", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "the VPC, e.g. ${main.vpc_id}" },
	{ .name = "cidr_block", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "a range inside the VPC's, e.g. 10.0.1.0/24" },
	{ .name = "availability_zone", .type = ATTR_STRING,
	  .flags = ATTR_OPTIONAL | ATTR_COMPUTED | ATTR_FORCE_NEW,
	  .description = "e.g. us-east-1a; EC2 picks one when unset" },
	{ .name = "map_public_ip_on_launch", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "instances launched here get a public IPv4 address (public subnets)",
	  .default_json = "false" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "subnet tags", .default_json = "{}" },
	{ .name = "subnet_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "subnet-..., what route tables, endpoints and instances refer to" },
	{ .name = NULL },
};

/* Subnet `s` (an item of DescribeSubnets' subnetSet) as attributes: for
 * read() and for the listing alike. */
static int subnet_attrs_of(struct aws_client *c, const char *id, xmlNodePtr s,
			   const json_t *prior, json_t **out, struct strbuf *err)
{
	json_t *o = json_object();
	char *pub;

	(void)c;
	(void)prior;
	(void)err;
	ec2_set_text_or_empty(o, "vpc_id", s, "vpcId");
	ec2_set_text_or_empty(o, "cidr_block", s, "cidrBlock");
	ec2_set_text_or_empty(o, "availability_zone", s, "availabilityZone");
	pub = xml_child_text(s, "mapPublicIpOnLaunch");
	json_object_set_new(o, "map_public_ip_on_launch", json_boolean(pub && !strcmp(pub, "true")));
	free(pub);
	json_object_set_new(o, "tags", ec2_tags_of(s));
	json_object_set_new(o, "subnet_id", json_string(id));
	*out = o;
	return 0;
}

static int subnet_read(void *client, const char *id, const json_t *prior, json_t **out,
		       struct strbuf *err)
{
	json_t *p = json_pack("{s:s}", "SubnetId.1", id);
	xmlDocPtr doc = NULL;
	xmlNodePtr s;
	int rc;

	*out = NULL;
	rc = ec2_call(client, "DescribeSubnets", p, not_found, &doc, err);
	json_decref(p);
	if (rc)
		return rc < 0 ? -1 : 0;
	s = xml_child(xmlDocGetRootElement(doc), "subnetSet/item");
	if (s)
		rc = subnet_attrs_of(client, id, s, prior, out, err);
	xmlFreeDoc(doc);
	return rc;
}

/* From `have` (the subnet as subnet_read gives it): the public IP setting
 * and tags to desired, then read back (aws_converge_fn). */
static int subnet_converge(struct aws_client *c, const char *id, const json_t *have,
			   const json_t *desired, json_t **out, struct strbuf *err)
{
	json_t *want_tags = value_get(desired, "tags");
	const json_t *want_pub = value_get(desired, "map_public_ip_on_launch");
	bool pub = json_is_true(want_pub);
	int rc = 0;

	*out = NULL;
	if (json_is_true(value_get(have, "map_public_ip_on_launch")) != pub) {
		json_t *p = json_pack("{s:s, s:b}", "SubnetId", id, "MapPublicIpOnLaunch.Value", pub);

		rc = ec2_call(c, "ModifySubnetAttribute", p, NULL, NULL, err) ? -1 : 0;
		json_decref(p);
	}
	if (!rc)
		rc = ec2_sync_tags(c, id, value_get(have, "tags"), want_tags, err);
	if (!rc)
		rc = subnet_read(c, id, NULL, out, err);
	return rc;
}

static int subnet_delete(void *client, const char *id, const json_t *prior,
			 struct strbuf *err);

static const struct ec2_create subnet_kind = {
	.type = "aws.ec2.subnet", .action = "CreateSubnet", .tag_type = "subnet",
	.id_path = "subnet/subnetId", .describe = "DescribeSubnets", .set = "subnetSet",
	.id_field = "subnetId",
};

/* The create call alone, carrying the create's token (aws_sent.token); the
 * public IP setting and the read back are converge's (left_out). */
static int subnet_send(struct aws_client *c, const json_t *desired,
		       const struct create_call *call, struct aws_sent *sent, struct strbuf *err)
{
	const char *vpc = value_get_string(desired, "vpc_id");
	const char *cidr = value_get_string(desired, "cidr_block");
	const char *az = value_get_string(desired, "availability_zone");
	json_t *p;
	int rc;

	(void)call;
	if (!vpc || !cidr) {
		strbuf_addstr(err, "aws.ec2.subnet: vpc_id or cidr_block has no value to send");
		return -1;
	}
	p = json_pack("{s:s, s:s}", "VpcId", vpc, "CidrBlock", cidr);
	if (az && *az)
		json_object_set_new(p, "AvailabilityZone", json_string(az));
	rc = ec2_send_tokened(c, &subnet_kind, p, value_get(desired, "tags"), sent->token,
			      &sent->id, &sent->attempts, err);
	json_decref(p);
	if (rc)
		strbuf_addf(err, " (aws.ec2.subnet cidr_block %s%s%s)", cidr,
			    az && *az ? ", availability_zone " : "", az && *az ? az : "");
	sent->left_out = true;
	return rc ? -1 : 0;
}

/* What an interrupted create made, for a destroy (ec2_find_made). */
static int subnet_find_made(void *client, const char *token, json_t **ids, struct strbuf *err)
{
	return ec2_find_made_kind(&subnet_kind, client, token, ids, err);
}

/* What an attempt of this create made (AWS_ADOPT_BY_CREATE_TOKEN). */
static int subnet_find_tokened(struct aws_client *c, const json_t *desired, const char *token,
			       json_t **ids, struct strbuf *err)
{
	(void)desired;
	return ec2_find_made_kind(&subnet_kind, c, token, ids, err);
}

static const struct aws_native_ops subnet_native = {
	.send_create = subnet_send,
	.adopt = { .by = AWS_ADOPT_BY_CREATE_TOKEN, .noun = "subnet",
		   .object = "aws.ec2.subnet: subnet %s", .type = "aws.ec2.subnet",
		   .action = "CreateSubnet", .find_made = subnet_find_tokened,
		   .discard = subnet_delete },
	.converge = subnet_converge,
	.read = subnet_read,
	.created_shape = AWS_SHAPE_NONE,
	.update_shape = AWS_SHAPE_NONE,
	.made_missing = "aws.ec2.subnet %s: not found after it was written",
	.gone = "aws.ec2.subnet %s is in the state but DescribeSubnets does not find it",
};

AWS_NATIVE_FUNCTIONS(subnet, subnet_native)

static int subnet_delete(void *client, const char *id, const json_t *prior,
			 struct strbuf *err)
{
	(void)prior;
	return ec2_delete(client, "DeleteSubnet", "SubnetId", id, not_found, err);
}

/* The default VPC's subnets are AWS's. */
static bool is_default_subnet(xmlNodePtr s)
{
	char *d = xml_child_text(s, "defaultForAz");
	bool yes = d && !strcmp(d, "true");

	free(d);
	return yes;
}

static int subnet_list(void *client, const struct resource_query *q,
		       struct resource_items *out, struct strbuf *err)
{
	(void)q;
	return ec2_list(client, "DescribeSubnets", "subnetSet/item", "subnetId", is_default_subnet,
			out, err);
}

/* Refresh by listing (provider.h read_many): DescribeSubnets of up to 200
 * subnets a call gives everything read() reads, tags included. */
static const char *const subnet_needs[] = { "vpcId", "cidrBlock", "availabilityZone", NULL };
static const struct ec2_listing subnet_pages = {
	"DescribeSubnets", "subnet-id", "subnetSet/item", "subnetId", subnet_needs,
};

static int subnet_read_many(void *client, size_t n, const char *const *ids,
			    const json_t *const *priors, size_t max_pages, json_t **out,
			    struct strbuf *err)
{
	return ec2_read_many(client, &subnet_pages, n, ids, priors, max_pages, out,
				 subnet_attrs_of, err);
}




const struct resource_type aws_ec2_subnet_type = {
	.name = "aws.ec2.subnet",
	.description = "a subnet of a VPC in one availability zone",
	.attrs = subnet_attrs,
	.terraform_type = "aws_subnet",
	.terraform_attrs = "vpc_id cidr_block availability_zone map_public_ip_on_launch tags "
			   "subnet_id=id",
	.read = subnet_read,
	.create = subnet_create,
	.find_made = subnet_find_made,
	.update = subnet_update,
	.native = &subnet_native,
	.delete = subnet_delete,
	.import_id = "its id (subnet-...)",
	.list = subnet_list,
	.list_rank = 14,
	.read_many = subnet_read_many,
};
