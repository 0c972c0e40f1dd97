/*
 * ec2/nat_gateway.c: the resource type aws.ec2.nat_gateway, a NAT gateway in
 * a subnet (public, with an Elastic IP's allocation id; or private), with
 * tags, over EC2's query protocol (ec2/api.h). Its id is the gateway id
 * (nat-...). create waits until it is available, delete until it is
 * deleted, so the Elastic IP it holds can be released and its subnet
 * deleted afterwards. Everything but tags replaces it.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/ec2/api.h"
#include "provider/aws/resources.h"
#include "provider/provider.h"

static const char *const not_found[] = { "NatGatewayNotFound", "InvalidNatGatewayID.NotFound",
					 NULL };

static const struct attr_schema nat_attrs[] = {
	{ .name = "subnet_id", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "a public subnet, e.g. ${public_a.subnet_id}" },
	{ .name = "allocation_id", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "the Elastic IP, e.g. ${nat_ip.allocation_id} (public gateways)" },
	{ .name = "connectivity_type", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "public or private", .default_json = "\"public\"" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "gateway tags", .default_json = "{}" },
	{ .name = "nat_gateway_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "nat-..., the target of a private subnet's 0.0.0.0/0 route" },
	{ .name = "public_ip", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the Elastic IP's address" },
	{ .name = "private_ip", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "its address in the subnet" },
	{ .name = NULL },
};

static int nat_read(void *client, const char *id, const json_t *prior, json_t **out,
		    struct strbuf *err)
{
	json_t *p = json_pack("{s:s}", "NatGatewayId.1", id), *o;
	xmlDocPtr doc = NULL;
	xmlNodePtr g;
	char *state, *kind;
	int rc;

	(void)prior;
	*out = NULL;
	rc = ec2_call(client, "DescribeNatGateways", p, not_found, &doc, err);
	json_decref(p);
	if (rc)
		return rc < 0 ? -1 : 0;
	g = xml_child(xmlDocGetRootElement(doc), "natGatewaySet/item");
	state = g ? xml_child_text(g, "state") : NULL;
	if (!g || (state && (!strcmp(state, "deleted") || !strcmp(state, "deleting") ||
			     !strcmp(state, "failed")))) {
		free(state);
		xmlFreeDoc(doc);
		return 0;
	}
	free(state);
	o = json_object();
	ec2_set_text(o, "subnet_id", g, "subnetId");
	ec2_set_text(o, "allocation_id", g, "natGatewayAddressSet/item/allocationId");
	kind = xml_child_text(g, "connectivityType");
	json_object_set_new(o, "connectivity_type", json_string(kind && *kind ? kind : "public"));
	free(kind);
	json_object_set_new(o, "tags", ec2_tags_of(g));
	json_object_set_new(o, "nat_gateway_id", json_string(id));
	ec2_set_text(o, "public_ip", g, "natGatewayAddressSet/item/publicIp");
	ec2_set_text(o, "private_ip", g, "natGatewayAddressSet/item/privateIp");
	xmlFreeDoc(doc);
	*out = o;
	return 0;
}

static const char *const nat_available[] = { "available", NULL };
static const char *const nat_ended[] = { "failed", "deleted", "deleting", NULL };
static const char *const nat_deleted[] = { "deleted", NULL };

/* EC2 API reference, NatGateway State: pending, then available (or
 * failed); after a delete, deleting, then deleted. */
static const struct aws_poll nat_poll = { .timeout_s = 900.0, .interval_s = 2.0 };

/* A NAT gateway is made and deleted in the background (wait.h). */
const struct aws_waiter nat_up = {
	.what = "NAT gateway %s to be available", .service = &aws_service_ec2,
	.operation = "DescribeNatGateways", .id_param = "NatGatewayId.1",
	.status_path = "natGatewaySet/item/state", .reason_path = "natGatewaySet/item/failureMessage",
	.done = nat_available, .failed = nat_ended, .gone = not_found,
	.poll = &nat_poll,
};
const struct aws_waiter nat_gone = {
	.what = "NAT gateway %s to be deleted", .service = &aws_service_ec2,
	.operation = "DescribeNatGateways", .id_param = "NatGatewayId.1",
	.status_path = "natGatewaySet/item/state", .done = nat_deleted, .gone = not_found,
	.gone_is_done = true, .poll = &nat_poll,
};

/* From `have` (the gateway as nat_read gives it): tags to desired, then
 * read back (aws_converge_fn); everything else replaces it. */
static int nat_converge(struct aws_client *c, const char *id, const json_t *have,
			const json_t *desired, json_t **out, struct strbuf *err)
{
	int rc = ec2_converge_tags(c, id, have, desired, err);

	*out = NULL;
	if (!rc)
		rc = nat_read(c, id, NULL, out, err);
	return rc;
}

static int nat_delete(void *client, const char *id, const json_t *prior, struct strbuf *err);

static const struct ec2_create nat_kind = {
	.type = "aws.ec2.nat_gateway", .action = "CreateNatGateway", .tag_type = "natgateway",
	.id_path = "natGateway/natGatewayId", .describe = "DescribeNatGateways",
	.set = "natGatewaySet", .id_field = "natGatewayId", .client_token = "ClientToken",
};

/* The create call alone, carrying the create's token (aws_sent.token); the
 * wait until available is the policy's settle, the tags' check and the read
 * back converge's (left_out). */
static int nat_send(struct aws_client *c, const json_t *desired, const struct create_call *call,
		    struct aws_sent *sent, struct strbuf *err)
{
	const char *subnet = value_get_string(desired, "subnet_id");
	const char *alloc = value_get_string(desired, "allocation_id");
	const char *kind = value_get_string(desired, "connectivity_type");
	json_t *p;
	int rc;

	(void)call;
	p = json_pack("{s:s, s:s}", "SubnetId", subnet ? subnet : "", "ConnectivityType",
		      kind ? kind : "public");
	if (alloc && *alloc)
		json_object_set_new(p, "AllocationId", json_string(alloc));
	rc = ec2_send_tokened(c, &nat_kind, p, value_get(desired, "tags"), sent->token, &sent->id,
			      &sent->attempts, err);
	json_decref(p);
	if (rc) {
		strbuf_addf(err, " (aws.ec2.nat_gateway subnet_id %s)", subnet ? subnet : "");
		return -1;
	}
	sent->left_out = true;
	return 0;
}

/* What the create keeps, made or found, waited for until available
 * (AWS_ADOPT_BY_CREATE_TOKEN's settle): one pending takes no routes, and one
 * AWS fails is refused with its FailureMessage, which a read, finding no
 * live gateway, would not say. */
static int nat_settle(struct aws_client *c, const char *id, struct strbuf *err)
{
	return aws_waiter_run(c, &nat_up, id, err) ? -1 : 0;
}

/* What an interrupted create made, for a destroy (ec2_find_made). */
static int nat_find_made(void *client, const char *token, json_t **ids, struct strbuf *err)
{
	return ec2_find_made_kind(&nat_kind, client, token, ids, err);
}

/* What an attempt of this create made (AWS_ADOPT_BY_CREATE_TOKEN). */
static int nat_find_tokened(struct aws_client *c, const json_t *desired, const char *token,
			    json_t **ids, struct strbuf *err)
{
	(void)desired;
	return ec2_find_made_kind(&nat_kind, c, token, ids, err);
}

static const struct aws_native_ops nat_native = {
	.send_create = nat_send,
	.adopt = { .by = AWS_ADOPT_BY_CREATE_TOKEN, .noun = "NAT gateway",
		   .object = "aws.ec2.nat_gateway: NAT gateway %s", .type = "aws.ec2.nat_gateway",
		   .action = "CreateNatGateway", .settle = nat_settle,
		   .find_made = nat_find_tokened, .discard = nat_delete },
	.converge = nat_converge,
	.read = nat_read,
	.created_shape = AWS_SHAPE_NONE,
	.update_shape = AWS_SHAPE_NONE,
	.made_missing = "aws.ec2.nat_gateway %s: not found after it was written",
	.gone = "aws.ec2.nat_gateway %s is in the state but DescribeNatGateways does not find it",
};

AWS_NATIVE_FUNCTIONS(nat, nat_native)

static int nat_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	json_t *p = json_pack("{s:s}", "NatGatewayId", id);
	int rc;

	(void)prior;
	rc = ec2_call(client, "DeleteNatGateway", p, not_found, NULL, err);
	json_decref(p);
	if (rc < 0)
		return -1;
	/* Its address and network interface are freed only once it is deleted. */
	return aws_waiter_run(client, &nat_gone, id, err);
}

/* Deleted gateways stay listed for an hour. */
static bool is_gone(xmlNodePtr g)
{
	char *s = xml_child_text(g, "state");
	bool yes = s && (!strcmp(s, "deleted") || !strcmp(s, "deleting"));

	free(s);
	return yes;
}

static int nat_list(void *client, const struct resource_query *q, struct resource_items *out,
		    struct strbuf *err)
{
	(void)q;
	return ec2_list(client, "DescribeNatGateways", "natGatewaySet/item", "natGatewayId",
			is_gone, out, err);
}


const struct resource_type aws_ec2_nat_gateway_type = {
	.name = "aws.ec2.nat_gateway",
	.description = "a NAT gateway in a subnet, for private subnets' outbound traffic",
	.attrs = nat_attrs,
	.terraform_type = "aws_nat_gateway",
	.terraform_attrs = "subnet_id allocation_id connectivity_type tags nat_gateway_id=id "
			   "public_ip private_ip",
	.read = nat_read,
	.create = nat_create,
	.find_made = nat_find_made,
	.update = nat_update,
	.native = &nat_native,
	.delete = nat_delete,
	.import_id = "its id (nat-...)",
	.list = nat_list,
	.list_rank = 13,
};
