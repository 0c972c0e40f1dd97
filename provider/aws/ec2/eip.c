/*
 * ec2/eip.c: the resource type aws.ec2.eip, an Elastic IP address of the
 * VPC domain with tags, over EC2's query protocol (ec2/api.h). Its id is the
 * allocation id (eipalloc-...). A NAT gateway that uses it refers to it, so
 * the gateway is deleted before the address is released.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/ec2/api.h"
#include "provider/aws/resources.h"
#include "provider/aws/rules.h"
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

static int eip_converge(struct aws_client *c, const char *id, const json_t *desired,
			json_t **out, struct strbuf *err)
{
	json_t *have = NULL;
	int rc = eip_read(c, id, NULL, &have, err);

	*out = NULL;
	if (!rc && !have) {
		strbuf_addf(err, "aws.ec2.eip %s: not found after it was written", id);
		rc = -1;
	}
	if (!rc)
		rc = ec2_converge_tags(c, id, have, desired, err);
	json_decref(have);
	if (!rc)
		rc = eip_read(c, id, NULL, out, err);
	return rc;
}

static int eip_delete(void *client, const char *id, const json_t *prior, struct strbuf *err);

static const struct ec2_create eip_kind = {
	.type = "aws.ec2.eip", .action = "AllocateAddress", .tag_type = "elastic-ip",
	.id_path = "allocationId", .describe = "DescribeAddresses", .set = "addressesSet",
	.id_field = "allocationId", .delete = eip_delete,
};

static int eip_create(void *client, const json_t *desired, const struct create_call *call,
		      char **id, json_t **out, struct strbuf *err)
{
	json_t *p = json_pack("{s:s}", "Domain", "vpc");
	int rc;

	*out = NULL;
	rc = ec2_create(client, &eip_kind, p, value_get(desired, "tags"), call, id, err);
	json_decref(p);
	if (rc)
		return -1;
	return eip_converge(client, *id, desired, out, err);
}

/* What an interrupted create made, for a destroy (ec2_find_made). */
static int eip_find_made(void *client, const char *token, json_t **ids, struct strbuf *err)
{
	return ec2_find_made_kind(&eip_kind, client, token, ids, err);
}

static int eip_update(void *client, const char *id, const json_t *prior, const json_t *desired,
		      json_t **out, struct strbuf *err)
{
	(void)prior;
	return eip_converge(client, id, desired, out, err);
}

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
	.delete = eip_delete,
	.import_id = "its allocation id (eipalloc-...)",
	.list = eip_list,
	.list_rank = 14,
};
