/*
 * ec2/vpc.c: the resource type aws.ec2.vpc, a VPC with its IPv4 CIDR block,
 * DNS support and DNS hostnames, an IPv6 block of Amazon's, and tags, over
 * EC2's query protocol (ec2/api.h). Its id is the VPC id (vpc-...). The CIDR
 * block replaces the VPC; the DNS settings change in place with
 * ModifyVpcAttribute (one attribute per call, as EC2 requires); the IPv6
 * block (CreateVpc's AmazonProvidedIpv6CidrBlock) is associated or
 * disassociated in place (AssociateVpcCidrBlock, DisassociateVpcCidrBlock),
 * and only when the stack sets assign_generated_ipv6_cidr_block.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/ec2/api.h"
#include "provider/aws/resources.h"
#include "provider/provider.h"

static const char *const not_found[] = { "InvalidVpcID.NotFound", NULL };

static const struct attr_schema vpc_attrs[] = {
	{ .name = "cidr_block", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "the VPC's IPv4 range, e.g. 10.0.0.0/16" },
	{ .name = "enable_dns_support", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "the Amazon DNS server answers inside the VPC", .default_json = "true" },
	{ .name = "enable_dns_hostnames", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "instances with a public IP get a public DNS name (needed for "
			 "interface endpoints with private DNS)", .default_json = "false" },
	{ .name = "assign_generated_ipv6_cidr_block", .type = ATTR_BOOL,
	  .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "the VPC has an IPv6 /56 of Amazon's (left as it is when unset)" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "VPC tags (Name shows in the console)", .default_json = "{}" },
	{ .name = "vpc_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "vpc-..., what subnets and groups refer to" },
	{ .name = "ipv6_cidr_block", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the IPv6 block Amazon gave, e.g. 2600:1f18:7a5:4a00::/56, \"\" when none" },
	{ .name = "ipv6_association_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "that block's association (vpc-cidr-assoc-...), \"\" when none" },
	{ .name = NULL },
};

/* "enableDnsSupport" -> true/false as DescribeVpcAttribute tells. */
static int vpc_attribute(struct aws_client *c, const char *id, const char *attr, bool *on,
			 struct strbuf *err)
{
	json_t *p = json_pack("{s:s, s:s}", "VpcId", id, "Attribute", attr);
	xmlDocPtr doc = NULL;
	char *path = xasprintf("%s/value", attr), *v = NULL;
	int rc = ec2_call(c, "DescribeVpcAttribute", p, NULL, &doc, err);

	if (!rc) {
		v = xml_child_text(xmlDocGetRootElement(doc), path);
		*on = v && !strcmp(v, "true");
	}
	free(v);
	free(path);
	xmlFreeDoc(doc);
	json_decref(p);
	return rc ? -1 : 0;
}

/* The VPC's IPv6 block (a DescribeVpcs <item>), one being associated or
 * associated; disassociated ones EC2 lists for a while are not the VPC's. */
static void ipv6_block_of(xmlNodePtr vpc, json_t *o)
{
	char *block = NULL, *assoc = NULL;

	for (xmlNodePtr it = xml_child(vpc, "ipv6CidrBlockAssociationSet/item"); it && !block;
	     it = xml_next_same(it)) {
		char *state = xml_child_text(it, "ipv6CidrBlockState/state");
		if (state && (!strcmp(state, "associated") || !strcmp(state, "associating"))) {
			block = xml_child_text(it, "ipv6CidrBlock");
			assoc = xml_child_text(it, "associationId");
		}
		free(state);
	}
	json_object_set_new(o, "assign_generated_ipv6_cidr_block", json_boolean(block != NULL));
	json_object_set_new(o, "ipv6_cidr_block", json_string(block ? block : ""));
	json_object_set_new(o, "ipv6_association_id", json_string(assoc ? assoc : ""));
	free(block);
	free(assoc);
}

static int vpc_read(void *client, const char *id, const json_t *prior, json_t **out,
		    struct strbuf *err)
{
	struct aws_client *c = client;
	json_t *p = json_pack("{s:s}", "VpcId.1", id), *o;
	xmlDocPtr doc = NULL;
	xmlNodePtr vpc;
	char *cidr, *state;
	bool dns = false, hostnames = false;
	int rc;

	(void)prior;
	*out = NULL;
	rc = ec2_call(c, "DescribeVpcs", p, not_found, &doc, err);
	json_decref(p);
	if (rc)
		return rc < 0 ? -1 : 0;
	vpc = xml_child(xmlDocGetRootElement(doc), "vpcSet/item");
	state = vpc ? xml_child_text(vpc, "state") : NULL;
	if (!vpc || (state && !strcmp(state, "deleted"))) {
		free(state);
		xmlFreeDoc(doc);
		return 0;
	}
	free(state);
	if (vpc_attribute(c, id, "enableDnsSupport", &dns, err) ||
	    vpc_attribute(c, id, "enableDnsHostnames", &hostnames, err)) {
		xmlFreeDoc(doc);
		return -1;
	}
	o = json_object();
	cidr = xml_child_text(vpc, "cidrBlock");
	json_object_set_new(o, "cidr_block", json_string(cidr ? cidr : ""));
	free(cidr);
	json_object_set_new(o, "enable_dns_support", json_boolean(dns));
	json_object_set_new(o, "enable_dns_hostnames", json_boolean(hostnames));
	ipv6_block_of(vpc, o);
	json_object_set_new(o, "tags", ec2_tags_of(vpc));
	json_object_set_new(o, "vpc_id", json_string(id));
	xmlFreeDoc(doc);
	*out = o;
	return 0;
}

/* ModifyVpcAttribute NAME.Value=on when `have` differs from on. */
static int set_attribute(struct aws_client *c, const char *id, const char *name, bool have,
			 bool on, struct strbuf *err)
{
	char *key;
	json_t *p;
	int rc;

	if (have == on)
		return 0;
	key = xasprintf("%s.Value", name);
	p = json_pack("{s:s, s:b}", "VpcId", id, key, on);
	rc = ec2_call(c, "ModifyVpcAttribute", p, NULL, NULL, err);
	json_decref(p);
	free(key);
	return rc ? -1 : 0;
}

static bool want_bool(const json_t *desired, const char *name, bool fallback)
{
	const json_t *v = value_get(desired, name);

	return json_is_boolean(v) ? json_is_true(v) : fallback;
}

/* An IPv6 block of Amazon's associated or disassociated as
 * assign_generated_ipv6_cidr_block says; nothing when the stack leaves it
 * unset (a VPC given a block elsewhere keeps it). */
static int set_ipv6_block(struct aws_client *c, const char *id, const json_t *have,
			  const json_t *desired, struct strbuf *err)
{
	const json_t *want = value_get(desired, "assign_generated_ipv6_cidr_block");
	const char *assoc = value_get_string(have, "ipv6_association_id");
	bool has = assoc && *assoc;
	json_t *p;
	int rc;

	if (!json_is_boolean(want) || json_is_true(want) == has)
		return 0;
	if (json_is_true(want))
		p = json_pack("{s:s, s:b}", "VpcId", id, "AmazonProvidedIpv6CidrBlock", 1);
	else
		p = json_pack("{s:s}", "AssociationId", assoc);
	rc = ec2_call(c, has ? "DisassociateVpcCidrBlock" : "AssociateVpcCidrBlock", p, NULL, NULL,
		      err);
	json_decref(p);
	return rc ? -1 : 0;
}

/* From `have` (the VPC as vpc_read gives it), bring DNS settings and tags
 * of VPC id to desired, then read it back (aws_converge_fn). */
static int vpc_converge(struct aws_client *c, const char *id, const json_t *have,
			const json_t *desired, json_t **out, struct strbuf *err)
{
	json_t *want_tags = value_get(desired, "tags");
	int rc = 0;

	*out = NULL;
	/* Hostnames need DNS support: turn support on first, hostnames off first. */
	if (!rc && !want_bool(desired, "enable_dns_hostnames", false))
		rc = set_attribute(c, id, "EnableDnsHostnames",
				   json_is_true(value_get(have, "enable_dns_hostnames")), false, err);
	if (!rc)
		rc = set_attribute(c, id, "EnableDnsSupport",
				   json_is_true(value_get(have, "enable_dns_support")),
				   want_bool(desired, "enable_dns_support", true), err);
	if (!rc && want_bool(desired, "enable_dns_hostnames", false))
		rc = set_attribute(c, id, "EnableDnsHostnames",
				   json_is_true(value_get(have, "enable_dns_hostnames")), true, err);
	if (!rc)
		rc = set_ipv6_block(c, id, have, desired, err);
	if (!rc)
		rc = ec2_sync_tags(c, id, value_get(have, "tags"), want_tags, err);
	if (!rc)
		rc = vpc_read(c, id, NULL, out, err);
	return rc;
}

static int vpc_delete(void *client, const char *id, const json_t *prior, struct strbuf *err);

static const struct ec2_create vpc_kind = {
	.type = "aws.ec2.vpc", .action = "CreateVpc", .tag_type = "vpc", .id_path = "vpc/vpcId",
	.describe = "DescribeVpcs", .set = "vpcSet", .id_field = "vpcId",
};

/* The create call alone, carrying the create's token (aws_sent.token); DNS
 * settings and the read back are converge's (left_out). */
static int vpc_send(struct aws_client *c, const json_t *desired, const struct create_call *call,
		    struct aws_sent *sent, struct strbuf *err)
{
	const char *cidr = value_get_string(desired, "cidr_block");
	json_t *p;
	int rc;

	(void)call;
	if (!cidr) {
		strbuf_addstr(err, "aws.ec2.vpc: cidr_block has no value to send");
		return -1;
	}
	p = json_pack("{s:s}", "CidrBlock", cidr);
	if (json_is_true(value_get(desired, "assign_generated_ipv6_cidr_block")))
		json_object_set_new(p, "AmazonProvidedIpv6CidrBlock", json_true());
	rc = ec2_send_tokened(c, &vpc_kind, p, value_get(desired, "tags"), sent->token,
			      &sent->id, &sent->attempts, err);
	json_decref(p);
	if (rc)
		strbuf_addf(err, " (aws.ec2.vpc cidr_block %s)", cidr);
	sent->left_out = true;
	return rc ? -1 : 0;
}

/* What an interrupted create made, for a destroy (ec2_find_made). */
static int vpc_find_made(void *client, const char *token, json_t **ids, struct strbuf *err)
{
	return ec2_find_made_kind(&vpc_kind, client, token, ids, err);
}

/* What an attempt of this create made (AWS_ADOPT_BY_CREATE_TOKEN). */
static int vpc_find_tokened(struct aws_client *c, const json_t *desired, const char *token,
			    json_t **ids, struct strbuf *err)
{
	(void)desired;
	return ec2_find_made_kind(&vpc_kind, c, token, ids, err);
}

static const struct aws_native_ops vpc_native = {
	.send_create = vpc_send,
	.adopt = { .by = AWS_ADOPT_BY_CREATE_TOKEN, .noun = "VPC",
		   .object = "aws.ec2.vpc: VPC %s", .type = "aws.ec2.vpc", .action = "CreateVpc",
		   .find_made = vpc_find_tokened, .discard = vpc_delete },
	.converge = vpc_converge,
	.read = vpc_read,
	.created_shape = AWS_SHAPE_NONE,
	.update_shape = AWS_SHAPE_NONE,
	.made_missing = "aws.ec2.vpc %s: not found after it was written",
	.gone = "aws.ec2.vpc %s is in the state but DescribeVpcs does not find it",
};

AWS_NATIVE_FUNCTIONS(vpc, vpc_native)

static int vpc_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	(void)prior;
	return ec2_delete(client, "DeleteVpc", "VpcId", id, not_found, err);
}

/* The account's default VPC is AWS's, never terrace's. */
static bool is_default_vpc(xmlNodePtr vpc)
{
	char *d = xml_child_text(vpc, "isDefault");
	bool yes = d && !strcmp(d, "true");

	free(d);
	return yes;
}

static int vpc_list(void *client, const struct resource_query *q, struct resource_items *out,
		    struct strbuf *err)
{
	(void)q;
	return ec2_list(client, "DescribeVpcs", "vpcSet/item", "vpcId", is_default_vpc, out, err);
}




const struct resource_type aws_ec2_vpc_type = {
	.name = "aws.ec2.vpc",
	.description = "a VPC with its CIDR block, DNS settings and tags",
	.attrs = vpc_attrs,
	.terraform_type = "aws_vpc",
	.terraform_attrs = "cidr_block enable_dns_support enable_dns_hostnames tags "
			   "assign_generated_ipv6_cidr_block ipv6_cidr_block ipv6_association_id "
			   "vpc_id=id",
	.read = vpc_read,
	.create = vpc_create,
	.find_made = vpc_find_made,
	.update = vpc_update,
	.native = &vpc_native,
	.delete = vpc_delete,
	.import_id = "its id (vpc-...)",
	.list = vpc_list,
	.list_rank = 15,
};
