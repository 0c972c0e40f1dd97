/*
 * ec2/eip.c: the resource type aws.ec2.eip, an Elastic IP address of the
 * VPC domain with tags, over EC2's query protocol (ec2/api.h). Its id is the
 * allocation id (eipalloc-...). A NAT gateway that uses it refers to it, so
 * the gateway is deleted before the address is released.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/ec2/api.h"
#include "provider/aws/resources.h"
#include "provider/provider.h"

static const char *const not_found[] = { "InvalidAllocationID.NotFound", NULL };

static const struct attr_schema eip_attrs[] = {
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "address tags", .default_json = "{}" },
	{ .name = "allocation_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "eipalloc-..., what a NAT gateway takes" },
	{ .name = "public_ip", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the public IPv4 address" },
	{ .name = NULL },
};

static int eip_read(void *client, const char *id, const json_t *prior, json_t **out,
		    struct strbuf *err)
{
	json_t *p = json_pack("{s:s}", "AllocationId.1", id), *o;
	xmlDocPtr doc = NULL;
	xmlNodePtr a;
	int rc;

	(void)prior;
	*out = NULL;
	rc = ec2_call(client, "DescribeAddresses", p, not_found, &doc, err);
	json_decref(p);
	if (rc)
		return rc < 0 ? -1 : 0;
	a = xml_child(xmlDocGetRootElement(doc), "addressesSet/item");
	if (!a) {
		xmlFreeDoc(doc);
		return 0;
	}
	o = json_object();
	json_object_set_new(o, "tags", ec2_tags_of(a));
	json_object_set_new(o, "allocation_id", json_string(id));
	ec2_set_text(o, "public_ip", a, "publicIp");
	xmlFreeDoc(doc);
	*out = o;
	return 0;
}

/* From `have` (the address as eip_read gives it): sync the tags, read back
 * (aws_converge_fn). */
static int eip_converge(struct aws_client *c, const char *id, const json_t *have,
			const json_t *desired, json_t **out, struct strbuf *err)
{
	int rc = ec2_converge_tags(c, id, have, desired, err);

	*out = NULL;
	if (!rc)
		rc = eip_read(c, id, NULL, out, err);
	return rc;
}

static int eip_delete(void *client, const char *id, const json_t *prior, struct strbuf *err);

static const struct ec2_create eip_kind = {
	.type = "aws.ec2.eip", .action = "AllocateAddress", .tag_type = "elastic-ip",
	.id_path = "allocationId", .describe = "DescribeAddresses", .set = "addressesSet",
	.id_field = "allocationId",
};

/* The create call alone, carrying the create's token (aws_sent.token); the
 * tags and the read back are converge's (left_out). */
static int eip_send(struct aws_client *c, const json_t *desired, const struct create_call *call,
		    struct aws_sent *sent, struct strbuf *err)
{
	json_t *p = json_pack("{s:s}", "Domain", "vpc");
	int rc = ec2_send_tokened(c, &eip_kind, p, value_get(desired, "tags"), sent->token,
				  &sent->id, &sent->attempts, err);

	(void)call;
	json_decref(p);
	sent->left_out = true;
	return rc ? -1 : 0;
}

/* What an interrupted create made, for a destroy (ec2_find_made). */
static int eip_find_made(void *client, const char *token, json_t **ids, struct strbuf *err)
{
	return ec2_find_made_kind(&eip_kind, client, token, ids, err);
}

/* What an attempt of this create made (AWS_ADOPT_BY_CREATE_TOKEN). */
static int eip_find_tokened(struct aws_client *c, const json_t *desired, const char *token,
			   json_t **ids, struct strbuf *err)
{
	(void)desired;
	return ec2_find_made_kind(&eip_kind, c, token, ids, err);
}

static const struct aws_native_ops eip_native = {
	.send_create = eip_send,
	.adopt = { .by = AWS_ADOPT_BY_CREATE_TOKEN, .noun = "address",
		   .object = "aws.ec2.eip: address %s", .type = "aws.ec2.eip",
		   .action = "AllocateAddress", .find_made = eip_find_tokened,
		   .discard = eip_delete },
	.converge = eip_converge,
	.read = eip_read,
	.created_shape = AWS_SHAPE_NONE,
	.update_shape = AWS_SHAPE_NONE,
	.made_missing = "aws.ec2.eip %s: not found after it was written",
	.gone = "aws.ec2.eip %s is in the state but DescribeAddresses does not find it",
};

AWS_NATIVE_FUNCTIONS(eip, eip_native)

static int eip_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	json_t *p = json_pack("{s:s}", "AllocationId", id);
	int rc;

	(void)prior;
	rc = ec2_call(client, "ReleaseAddress", p, not_found, NULL, err);
	json_decref(p);
	if (rc < 0)
		strbuf_addf(err, " (aws.ec2.eip %s)", id);
	return rc < 0 ? -1 : 0;
}

static int eip_list(void *client, const struct resource_query *q, struct resource_items *out,
		    struct strbuf *err)
{
	(void)q;
	return ec2_list(client, "DescribeAddresses", "addressesSet/item", "allocationId", NULL, out,
			err);
}




const struct resource_type aws_ec2_eip_type = {
	.name = "aws.ec2.eip",
	.description = "an Elastic IP address (VPC), e.g. for a NAT gateway",
	.attrs = eip_attrs,
	.terraform_type = "aws_eip",
	.terraform_attrs = "tags allocation_id public_ip",
	.read = eip_read,
	.create = eip_create,
	.find_made = eip_find_made,
	.update = eip_update,
	.native = &eip_native,
	.delete = eip_delete,
	.import_id = "its allocation id (eipalloc-...)",
	.list = eip_list,
	.list_rank = 14,
};
