/*
 * ec2/vpc_endpoint.c: the resource type aws.ec2.vpc_endpoint, a VPC endpoint
 * of an AWS service, over EC2's query protocol (ec2/api.h): a Gateway endpoint
 * (S3, DynamoDB) with the route tables it adds its prefix-list route to, or
 * an Interface endpoint (Secrets Manager, Glue, STS, ...) with its subnets,
 * security groups and private DNS. Its id is the endpoint id (vpce-...).
 * The VPC, service and type replace it; route tables, subnets, groups,
 * private DNS, policy and tags change in place with ModifyVpcEndpoint. create
 * waits until it is available, delete until it is gone, so the subnets and
 * groups it uses can be deleted after it. A Gateway endpoint's
 * prefix_list_id is read from the prefix list named as its service.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/ec2/api.h"
#include "provider/aws/resources.h"
#include "provider/provider.h"

#define EP_TYPE "aws.ec2.vpc_endpoint"
static const char *const not_found[] = { "InvalidVpcEndpointId.NotFound", NULL };

static const struct attr_schema ep_attrs[] = {
	{ .name = "vpc_id", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "the VPC, e.g. ${main.vpc_id}" },
	{ .name = "service_name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "e.g. com.amazonaws.us-east-1.s3 or com.amazonaws.us-east-1.secretsmanager" },
	{ .name = "vpc_endpoint_type", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "Gateway (S3, DynamoDB) or Interface", .default_json = "\"Gateway\"" },
	{ .name = "route_table_ids", .type = ATTR_LIST, .flags = ATTR_OPTIONAL,
	  .elem_type = ATTR_STRING, .default_json = "[]",
	  .description = "Gateway: the route tables that get the service's route" },
	{ .name = "subnet_ids", .type = ATTR_LIST, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .default_json = "[]", .description = "Interface: one subnet per zone for its interfaces" },
	{ .name = "security_group_ids", .type = ATTR_LIST, .flags = ATTR_OPTIONAL,
	  .elem_type = ATTR_STRING, .default_json = "[]",
	  .description = "Interface: groups of its network interfaces (HTTPS in from the clients)" },
	{ .name = "private_dns_enabled", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .default_json = "false",
	  .description = "Interface: the service's public name resolves to the endpoint inside the "
			 "VPC (needs the VPC's DNS support and hostnames)" },
	{ .name = "policy", .type = ATTR_JSON, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "the endpoint policy document (PolicyDocument); unset: the one EC2 "
			 "gives, full access" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "endpoint tags", .default_json = "{}" },
	{ .name = "vpc_endpoint_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "vpce-..." },
	{ .name = "prefix_list_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "Gateway: the prefix list of the service's addresses (pl-...), what a "
			 "security group rule's prefix_list_id takes; null for Interface" },
	{ .name = NULL },
};

static bool is_interface(const json_t *o)
{
	const char *t = value_get_string(o, "vpc_endpoint_type");

	return t && !strcmp(t, "Interface");
}

/* A Gateway endpoint's prefix_list_id: the prefix list named as its
 * service (EC2 DescribePrefixLists, as the AWS provider finds it); null for
 * an Interface endpoint, or when none is named so. */
static int set_prefix_list(void *client, json_t *o, struct strbuf *err)
{
	json_t *name = value_get(o, "service_name"), *p = json_object();
	xmlDocPtr doc = NULL;
	int n = 0, rc = 0;

	json_object_set_new(o, "prefix_list_id", json_null());
	if (!is_interface(o) && json_is_string(name)) {
		ec2_add_filter(p, &n, "prefix-list-name", name);
		rc = ec2_call(client, "DescribePrefixLists", p, NULL, &doc, err);
		if (rc == 0)
			ec2_set_text(o, "prefix_list_id",
				     xml_child(xmlDocGetRootElement(doc), "prefixListSet/item"),
				     "prefixListId");
		xmlFreeDoc(doc);
	}
	json_decref(p);
	return rc ? -1 : 0;
}

static int ep_read(void *client, const char *id, const json_t *prior, json_t **out,
		   struct strbuf *err)
{
	json_t *p = json_pack("{s:s}", "VpcEndpointId.1", id), *o, *policy;
	xmlDocPtr doc = NULL;
	xmlNodePtr e;
	char *state, *dns, *text;
	int rc;

	(void)prior;
	*out = NULL;
	rc = ec2_call(client, "DescribeVpcEndpoints", p, not_found, &doc, err);
	json_decref(p);
	if (rc)
		return rc < 0 ? -1 : 0;
	e = xml_child(xmlDocGetRootElement(doc), "vpcEndpointSet/item");
	state = e ? xml_child_text(e, "state") : NULL;
	if (!e || (state && (!strcasecmp(state, "deleted") || !strcasecmp(state, "deleting")))) {
		free(state);
		xmlFreeDoc(doc);
		return 0;
	}
	free(state);
	o = json_object();
	ec2_set_text(o, "vpc_id", e, "vpcId");
	ec2_set_text(o, "service_name", e, "serviceName");
	ec2_set_text(o, "vpc_endpoint_type", e, "vpcEndpointType");
	json_object_set_new(o, "route_table_ids", ec2_item_texts(e, "routeTableIdSet", NULL));
	json_object_set_new(o, "subnet_ids", ec2_item_texts(e, "subnetIdSet", NULL));
	json_object_set_new(o, "security_group_ids", ec2_item_texts(e, "groupSet", "groupId"));
	/* Gateway endpoints have no private DNS (moto says true for them). */
	dns = xml_child_text(e, "privateDnsEnabled");
	json_object_set_new(o, "private_dns_enabled",
			    json_boolean(is_interface(o) && dns && !strcmp(dns, "true")));
	free(dns);
	text = xml_child_text(e, "policyDocument");
	policy = text ? json_loads(text, 0, NULL) : NULL;
	json_object_set_new(o, "policy", policy ? policy : json_null());
	free(text);
	json_object_set_new(o, "tags", ec2_tags_of(e));
	json_object_set_new(o, "vpc_endpoint_id", json_string(id));
	xmlFreeDoc(doc);
	if (set_prefix_list(client, o, err)) {
		json_decref(o);
		return -1;
	}
	*out = o;
	return 0;
}

/* Add PREFIX.N for the strings of `a` not in `b`; true when there are any. */
static bool add_missing(json_t *p, const char *prefix, const json_t *a, const json_t *b)
{
	json_t *only = json_array(), *v;
	size_t i;
	bool any;

	json_array_foreach((json_t *)a, i, v)
		if (json_is_string(v) && !value_list_has_string(b, json_string_value(v)))
			json_array_append(only, v);
	any = json_array_size(only) > 0;
	ec2_add_list(p, prefix, only);
	json_decref(only);
	return any;
}

/* Its policy, as PolicyDocument (CreateVpcEndpoint's and
 * ModifyVpcEndpoint's), where the stack gives one. */
static void add_policy(json_t *p, const json_t *desired)
{
	const json_t *policy = value_get(desired, "policy");
	char *text = value_is_set(policy) ? json_dumps(policy, JSON_COMPACT) : NULL;

	if (text)
		json_object_set_new(p, "PolicyDocument", json_string(text));
	free(text);
}

/* From `have` (the endpoint as ep_read gives it): its route tables,
 * subnets, groups, private DNS and policy (one the stack gives) in one
 * ModifyVpcEndpoint when any differs, and tags, to desired; then read back
 * (aws_converge_fn). */
static int ep_converge(struct aws_client *c, const char *id, const json_t *have,
		       const json_t *desired, json_t **out, struct strbuf *err)
{
	static const struct { const char *attr, *add, *remove; } lists[] = {
		{ "route_table_ids", "AddRouteTableId", "RemoveRouteTableId" },
		{ "subnet_ids", "AddSubnetId", "RemoveSubnetId" },
		{ "security_group_ids", "AddSecurityGroupId", "RemoveSecurityGroupId" },
	};
	json_t *p;
	bool change = false;
	int rc = 0;

	*out = NULL;
	p = json_pack("{s:s}", "VpcEndpointId", id);
	for (size_t i = 0; i < sizeof(lists) / sizeof(lists[0]); i++) {
		change |= add_missing(p, lists[i].add, value_get(desired, lists[i].attr),
				      value_get(have, lists[i].attr));
		change |= add_missing(p, lists[i].remove, value_get(have, lists[i].attr),
				      value_get(desired, lists[i].attr));
	}
	if (is_interface(desired) && !value_equal(value_get(have, "private_dns_enabled"),
						   value_get(desired, "private_dns_enabled"))) {
		json_object_set(p, "PrivateDnsEnabled", value_get(desired, "private_dns_enabled"));
		change = true;
	}
	if (value_is_set(value_get(desired, "policy")) &&
	    !json_equal(value_get(desired, "policy"), value_get(have, "policy"))) {
		add_policy(p, desired);
		change = true;
	}
	if (change && ec2_call(c, "ModifyVpcEndpoint", p, NULL, NULL, err)) {
		strbuf_addf(err, " (" EP_TYPE " %s)", id);
		rc = -1;
	}
	json_decref(p);
	if (!rc)
		rc = ec2_converge_tags(c, id, have, desired, err);
	if (!rc)
		rc = ep_read(c, id, NULL, out, err);
	return rc;
}

static const char *const ep_available[] = { "available", NULL };
static const char *const ep_ended[] = { "failed", "deleted", "deleting", "rejected", NULL };
static const char *const ep_deleted[] = { "deleted", NULL };

/* EC2 API reference, VpcEndpoint State: pending, then available (or
 * failed); after a delete, deleting, then deleted. */
static const struct aws_poll ep_poll = { .timeout_s = 600.0, .interval_s = 2.0 };

/* An endpoint is made and deleted in the background (wait.h). */
const struct aws_waiter ep_up = {
	.what = "VPC endpoint %s to be available", .service = &aws_service_ec2,
	.operation = "DescribeVpcEndpoints", .id_param = "VpcEndpointId.1",
	.status_path = "vpcEndpointSet/item/state", .reason_path = "vpcEndpointSet/item/failureReason",
	.done = ep_available, .failed = ep_ended, .gone = not_found,
	.poll = &ep_poll,
};
const struct aws_waiter ep_gone = {
	.what = "VPC endpoint %s to be deleted", .service = &aws_service_ec2,
	.operation = "DescribeVpcEndpoints", .id_param = "VpcEndpointId.1",
	.status_path = "vpcEndpointSet/item/state", .done = ep_deleted, .gone = not_found,
	.gone_is_done = true, .poll = &ep_poll,
};

static int ep_delete(void *client, const char *id, const json_t *prior, struct strbuf *err);

static const struct ec2_create ep_kind = {
	.type = EP_TYPE, .action = "CreateVpcEndpoint", .tag_type = "vpc-endpoint",
	.id_path = "vpcEndpoint/vpcEndpointId", .describe = "DescribeVpcEndpoints",
	.set = "vpcEndpointSet", .id_field = "vpcEndpointId", .client_token = "ClientToken",
};

/* The create call alone, carrying the create's token (aws_sent.token); the
 * wait until available is the policy's settle, the tags' check and the read
 * back converge's (left_out). */
static int ep_send(struct aws_client *c, const json_t *desired, const struct create_call *call,
		   struct aws_sent *sent, struct strbuf *err)
{
	const char *service = value_get_string(desired, "service_name");
	const char *type = value_get_string(desired, "vpc_endpoint_type");
	json_t *p;
	int rc;

	(void)call;
	p = json_pack("{s:s, s:s, s:s}", "VpcId", value_get_string(desired, "vpc_id"),
		      "ServiceName", service, "VpcEndpointType", type ? type : "Gateway");
	ec2_add_list(p, "RouteTableId", value_get(desired, "route_table_ids"));
	ec2_add_list(p, "SubnetId", value_get(desired, "subnet_ids"));
	ec2_add_list(p, "SecurityGroupId", value_get(desired, "security_group_ids"));
	if (is_interface(desired))
		json_object_set(p, "PrivateDnsEnabled", value_get(desired, "private_dns_enabled"));
	add_policy(p, desired);
	rc = ec2_send_tokened(c, &ep_kind, p, value_get(desired, "tags"), sent->token, &sent->id,
			      &sent->attempts, err);
	json_decref(p);
	if (rc) {
		strbuf_addf(err, " (" EP_TYPE " service_name %s)", service);
		return -1;
	}
	sent->left_out = true;
	return 0;
}

/* What the create keeps, made or found, waited for until available
 * (AWS_ADOPT_BY_CREATE_TOKEN's settle): one AWS fails or rejects is refused
 * with its reason, which a read would not say. */
static int ep_settle(struct aws_client *c, const char *id, struct strbuf *err)
{
	return aws_waiter_run(c, &ep_up, id, err) ? -1 : 0;
}

/* What an interrupted create made, for a destroy (ec2_find_made). */
static int ep_find_made(void *client, const char *token, json_t **ids, struct strbuf *err)
{
	return ec2_find_made_kind(&ep_kind, client, token, ids, err);
}

/* What an attempt of this create made (AWS_ADOPT_BY_CREATE_TOKEN). */
static int ep_find_tokened(struct aws_client *c, const json_t *desired, const char *token,
			   json_t **ids, struct strbuf *err)
{
	(void)desired;
	return ec2_find_made_kind(&ep_kind, c, token, ids, err);
}

static const struct aws_native_ops ep_native = {
	.send_create = ep_send,
	.adopt = { .by = AWS_ADOPT_BY_CREATE_TOKEN, .noun = "VPC endpoint",
		   .object = EP_TYPE ": VPC endpoint %s", .type = EP_TYPE,
		   .action = "CreateVpcEndpoint", .settle = ep_settle,
		   .find_made = ep_find_tokened, .discard = ep_delete },
	.converge = ep_converge,
	.read = ep_read,
	.created_shape = AWS_SHAPE_NONE,
	.update_shape = AWS_SHAPE_NONE,
	.made_missing = EP_TYPE " %s: not found after it was written",
	.gone = EP_TYPE " %s is in the state but DescribeVpcEndpoints does not find it",
};

AWS_NATIVE_FUNCTIONS(ep, ep_native)

static int ep_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	json_t *p = json_pack("{s:s}", "VpcEndpointId.1", id);
	xmlDocPtr doc = NULL;
	char *code = NULL;
	int rc;

	(void)prior;
	rc = ec2_call(client, "DeleteVpcEndpoints", p, not_found, &doc, err);
	json_decref(p);
	if (rc < 0)
		return -1;
	/* A refusal comes back as an entry of the answer's unsuccessful set. */
	if (rc == 0)
		code = xml_child_text(xmlDocGetRootElement(doc), "unsuccessful/item/error/code");
	xmlFreeDoc(doc);
	if (code && strcmp(code, "InvalidVpcEndpoint.NotFound") &&
	    strcmp(code, "InvalidVpcEndpointId.NotFound")) {
		strbuf_addf(err, "ec2 DeleteVpcEndpoints: %s (" EP_TYPE " %s)", code, id);
		free(code);
		return -1;
	}
	free(code);
	return aws_waiter_run(client, &ep_gone, id, err);
}


/* Lists as sets (a row of ec2/rules.c refuses the settings of the other kind). */
static int ep_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err)
{
	static const char *const sets[] = { "route_table_ids", "subnet_ids", "security_group_ids",
					    NULL };

	(void)prior;
	(void)err;
	for (const char *const *s = sets; *s; s++) {
		json_t *v = value_string_set(value_get(desired, *s));

		if (v)
			json_object_set_new(desired, *s, v);
	}
	return 0;
}

static bool is_gone(xmlNodePtr e)
{
	char *s = xml_child_text(e, "state");
	bool yes = s && (!strcasecmp(s, "deleted") || !strcasecmp(s, "deleting"));

	free(s);
	return yes;
}

static int ep_list(void *client, const struct resource_query *q, struct resource_items *out,
		   struct strbuf *err)
{
	(void)q;
	return ec2_list(client, "DescribeVpcEndpoints", "vpcEndpointSet/item", "vpcEndpointId",
			is_gone, out, err);
}


const struct resource_type aws_ec2_vpc_endpoint_type = {
	.name = EP_TYPE,
	.description = "a VPC endpoint: Gateway (S3) with route tables, or Interface with "
		       "subnets, security groups and private DNS",
	.attrs = ep_attrs,
	.terraform_type = "aws_vpc_endpoint",
	.terraform_attrs = "vpc_id service_name vpc_endpoint_type route_table_ids subnet_ids "
			   "security_group_ids private_dns_enabled policy tags vpc_endpoint_id=id "
			   "prefix_list_id",
	.read = ep_read,
	.create = ep_create,
	.find_made = ep_find_made,
	.update = ep_update,
	.native = &ep_native,
	.delete = ep_delete,
	.plan_desired = ep_plan_desired,
	.import_id = "its id (vpce-...)",
	.list = ep_list,
	.list_rank = 11,
};
