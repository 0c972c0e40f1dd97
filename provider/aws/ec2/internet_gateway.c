/*
 * ec2/internet_gateway.c: the resource type aws.ec2.internet_gateway, an
 * internet gateway attached to one VPC, with tags, over EC2's query
 * protocol (ec2/api.h). Its id is the gateway id (igw-...). A new vpc_id
 * detaches and attaches in place; delete detaches first, since EC2 refuses
 * to delete an attached gateway (and a VPC with one attached).
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/ec2/api.h"
#include "provider/aws/resources.h"
#include "provider/provider.h"

static const char *const not_found[] = { "InvalidInternetGatewayID.NotFound", NULL };
static const char *const not_attached[] = { "Gateway.NotAttached",
					    "InvalidInternetGatewayID.NotFound", NULL };

static const struct attr_schema igw_attrs[] = {
	{ .name = "vpc_id", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the VPC it is attached to, e.g. ${main.vpc_id}" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "gateway tags", .default_json = "{}" },
	{ .name = "internet_gateway_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "igw-..., the target of a 0.0.0.0/0 route" },
	{ .name = NULL },
};

static int igw_read(void *client, const char *id, const json_t *prior, json_t **out,
		    struct strbuf *err)
{
	json_t *p = json_pack("{s:s}", "InternetGatewayId.1", id), *o;
	xmlDocPtr doc = NULL;
	xmlNodePtr g;
	char *vpc;
	int rc;

	(void)prior;
	*out = NULL;
	rc = ec2_call(client, "DescribeInternetGateways", p, not_found, &doc, err);
	json_decref(p);
	if (rc)
		return rc < 0 ? -1 : 0;
	g = xml_child(xmlDocGetRootElement(doc), "internetGatewaySet/item");
	if (!g) {
		xmlFreeDoc(doc);
		return 0;
	}
	o = json_object();
	vpc = xml_child_text(g, "attachmentSet/item/vpcId");
	json_object_set_new(o, "vpc_id", vpc ? json_string(vpc) : json_null());
	free(vpc);
	json_object_set_new(o, "tags", ec2_tags_of(g));
	json_object_set_new(o, "internet_gateway_id", json_string(id));
	xmlFreeDoc(doc);
	*out = o;
	return 0;
}

static int igw_read(void *client, const char *id, const json_t *prior, json_t **out,
		    struct strbuf *err);

/* Attach (or Detach) gateway id to/from vpc; a detach of what is no longer
 * attached counts as done, and so does an attach refused as already
 * associated when the gateway is attached to that very VPC (an earlier
 * attempt of this call, whose answer was lost, attached it). */
static int igw_attach(struct aws_client *c, const char *action, const char *id,
		      const char *vpc, struct strbuf *err)
{
	static const char *const attached[] = { "Resource.AlreadyAssociated", NULL };
	bool detach = !strcmp(action, "DetachInternetGateway");
	json_t *p = json_pack("{s:s, s:s}", "InternetGatewayId", id, "VpcId", vpc), *now = NULL;
	int rc = ec2_call(c, action, p, detach ? not_attached : attached, NULL, err);

	json_decref(p);
	if (rc == 1 && !detach) {
		const char *at;

		rc = igw_read(c, id, NULL, &now, err) ? -1 : 0;
		at = value_get_string(now, "vpc_id");
		if (!rc && (!at || strcmp(at, vpc))) {
			strbuf_addf(err, "ec2 AttachInternetGateway: Resource.AlreadyAssociated: the "
				    "gateway is attached to %s", at ? at : "no VPC");
			rc = -1;
		}
		json_decref(now);
	}
	if (rc < 0)
		strbuf_addf(err, " (aws.ec2.internet_gateway %s: vpc_id %s)", id, vpc);
	return rc < 0 ? -1 : 0;
}

/* From `have` (the gateway as igw_read gives it): move the attachment to
 * desired's VPC, sync the tags, read back (aws_converge_fn). */
static int igw_converge(struct aws_client *c, const char *id, const json_t *have,
			const json_t *desired, json_t **out, struct strbuf *err)
{
	json_t *want_tags = value_get(desired, "tags");
	const char *want_vpc = value_get_string(desired, "vpc_id");
	const char *have_vpc = value_get_string(have, "vpc_id");
	int rc = 0;

	*out = NULL;
	if (have_vpc && (!want_vpc || strcmp(have_vpc, want_vpc)))
		rc = igw_attach(c, "DetachInternetGateway", id, have_vpc, err);
	if (!rc && want_vpc && (!have_vpc || strcmp(have_vpc, want_vpc)))
		rc = igw_attach(c, "AttachInternetGateway", id, want_vpc, err);
	if (!rc)
		rc = ec2_sync_tags(c, id, value_get(have, "tags"), want_tags, err);
	if (!rc)
		rc = igw_read(c, id, NULL, out, err);
	return rc;
}

static int igw_delete(void *client, const char *id, const json_t *prior, struct strbuf *err);

static const struct ec2_create igw_kind = {
	.type = "aws.ec2.internet_gateway", .action = "CreateInternetGateway",
	.tag_type = "internet-gateway", .id_path = "internetGateway/internetGatewayId",
	.describe = "DescribeInternetGateways", .set = "internetGatewaySet",
	.id_field = "internetGatewayId",
};

/* The create call alone, carrying the create's token (aws_sent.token); the
 * attachment and the read back are converge's (left_out). */
static int igw_send(struct aws_client *c, const json_t *desired, const struct create_call *call,
		    struct aws_sent *sent, struct strbuf *err)
{
	json_t *p = json_object();
	int rc = ec2_send_tokened(c, &igw_kind, p, value_get(desired, "tags"), sent->token,
				  &sent->id, &sent->attempts, err);

	(void)call;
	json_decref(p);
	sent->left_out = true;
	return rc ? -1 : 0;
}

/* What an interrupted create made, for a destroy (ec2_find_made). */
static int igw_find_made(void *client, const char *token, json_t **ids, struct strbuf *err)
{
	return ec2_find_made_kind(&igw_kind, client, token, ids, err);
}

/* What an attempt of this create made (AWS_ADOPT_BY_CREATE_TOKEN). */
static int igw_find_tokened(struct aws_client *c, const json_t *desired, const char *token,
			   json_t **ids, struct strbuf *err)
{
	(void)desired;
	return ec2_find_made_kind(&igw_kind, c, token, ids, err);
}

static const struct aws_native_ops igw_native = {
	.send_create = igw_send,
	.adopt = { .by = AWS_ADOPT_BY_CREATE_TOKEN, .noun = "gateway",
		   .object = "aws.ec2.internet_gateway: gateway %s",
		   .type = "aws.ec2.internet_gateway", .action = "CreateInternetGateway",
		   .find_made = igw_find_tokened, .discard = igw_delete },
	.converge = igw_converge,
	.read = igw_read,
	.created_shape = AWS_SHAPE_NONE,
	.update_shape = AWS_SHAPE_NONE,
	.made_missing = "aws.ec2.internet_gateway %s: not found after it was written",
	.gone = "aws.ec2.internet_gateway %s is in the state but DescribeInternetGateways "
		"does not find it",
};

AWS_NATIVE_FUNCTIONS(igw, igw_native)

static int igw_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	struct aws_client *c = client;
	json_t *have = NULL, *p;
	const char *vpc;
	int rc = igw_read(c, id, prior, &have, err);

	if (rc || !have)
		return rc;
	vpc = value_get_string(have, "vpc_id");
	if (vpc)
		rc = igw_attach(c, "DetachInternetGateway", id, vpc, err);
	json_decref(have);
	if (rc)
		return -1;
	p = json_pack("{s:s}", "InternetGatewayId", id);
	rc = ec2_call(c, "DeleteInternetGateway", p, not_found, NULL, err);
	json_decref(p);
	return rc < 0 ? -1 : 0;
}

static int igw_list(void *client, const struct resource_query *q, struct resource_items *out,
		    struct strbuf *err)
{
	(void)q;
	return ec2_list(client, "DescribeInternetGateways", "internetGatewaySet/item",
			"internetGatewayId", NULL, out, err);
}




const struct resource_type aws_ec2_internet_gateway_type = {
	.name = "aws.ec2.internet_gateway",
	.description = "an internet gateway attached to a VPC",
	.attrs = igw_attrs,
	.terraform_type = "aws_internet_gateway",
	.terraform_attrs = "vpc_id tags internet_gateway_id=id",
	.read = igw_read,
	.create = igw_create,
	.find_made = igw_find_made,
	.update = igw_update,
	.native = &igw_native,
	.delete = igw_delete,
	.import_id = "its id (igw-...)",
	.list = igw_list,
	.list_rank = 14,
};
