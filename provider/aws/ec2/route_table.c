/*
 * ec2/route_table.c: the resource type aws.ec2.route_table, a VPC route
 * table with its routes (a set: destination CIDR to an internet gateway or
 * a NAT gateway) and its subnet associations, with tags, over EC2's query
 * protocol (ec2/api.h). Its id is the table id (rtb-...). The VPC's local route
 * and the routes gateway endpoints add (to a prefix list) are EC2's and
 * never shown; any other route added or removed by hand is drift. Routes
 * and subnet_ids are kept sorted on both sides of the diff, so their order
 * in the stack is no change. delete disassociates the subnets first. A
 * resent CreateRoute or AssociateRouteTable refused as already done is
 * success when what is there is what was asked for. Also the resource type
 * aws.ec2.default_route_table, the routes and tags of a VPC's main table
 * (below), as Terraform's aws_default_route_table.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/ec2/api.h"
#include "provider/aws/listing.h"
#include "provider/aws/resources.h"
#include "provider/base/log.h"
#include "provider/provider.h"

#define RT_TYPE "aws.ec2.route_table"

static const char *const not_found[] = { "InvalidRouteTableID.NotFound", NULL };
static const char *const route_gone[] = { "InvalidRoute.NotFound", NULL };
static const char *const assoc_gone[] = { "InvalidAssociationID.NotFound", NULL };

static const struct attr_schema route_attrs[] = {
	{ .name = "destination_cidr_block", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "e.g. 0.0.0.0/0" },
	{ .name = "gateway_id", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "an internet gateway, e.g. ${igw.internet_gateway_id}" },
	{ .name = "nat_gateway_id", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "a NAT gateway, e.g. ${nat.nat_gateway_id}" },
	{ .name = NULL },
};

static const struct attr_schema rt_attrs[] = {
	{ .name = "vpc_id", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "the VPC, e.g. ${main.vpc_id}" },
	{ .name = "routes", .type = ATTR_OBJECT_LIST, .flags = ATTR_OPTIONAL, .nested = route_attrs,
	  .description = "routes, a set (one per destination; the local route is implied)",
	  .default_json = "[]" },
	{ .name = "subnet_ids", .type = ATTR_LIST, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "subnets that use this table (associations)", .default_json = "[]" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "route table tags", .default_json = "{}" },
	{ .name = "route_table_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "rtb-..., what gateway endpoints refer to" },
	{ .name = NULL },
};

static int by_destination(const void *a, const void *b)
{
	return strcmp(value_get_string(*(json_t *const *)a, "destination_cidr_block"),
		      value_get_string(*(json_t *const *)b, "destination_cidr_block"));
}

/* routes sorted by destination, empty targets left out (new reference). */
static json_t *sorted_routes(const json_t *routes)
{
	size_t n = json_array_size(routes), i;
	json_t **v = xcalloc(n ? n : 1, sizeof(*v)), *out = json_array(), *r;

	json_array_foreach((json_t *)routes, i, r) {
		json_t *c = json_pack("{s:O}", "destination_cidr_block",
				      value_get(r, "destination_cidr_block"));
		const char *t;

		if ((t = value_get_string(r, "gateway_id")) && *t)
			json_object_set_new(c, "gateway_id", json_string(t));
		if ((t = value_get_string(r, "nat_gateway_id")) && *t)
			json_object_set_new(c, "nat_gateway_id", json_string(t));
		v[i] = c;
	}
	qsort(v, n, sizeof(*v), by_destination);
	for (i = 0; i < n; i++)
		json_array_append_new(out, v[i]);
	free(v);
	return out;
}

/* Route table `t` (an item of DescribeRouteTables' routeTableSet) as
 * attributes: for read() and for the listing alike. */
static int rt_attrs_of(struct aws_client *c, const char *id, xmlNodePtr t,
		       const json_t *prior, json_t **out, struct strbuf *err)
{
	json_t *o = json_object(), *routes, *subnets;
	xmlNodePtr it;

	(void)c;
	(void)prior;
	(void)err;
	ec2_set_text(o, "vpc_id", t, "vpcId");
	routes = json_array();
	for (it = xml_child(t, "routeSet/item"); it; it = xml_next_same(it)) {
		char *dest = xml_child_text(it, "destinationCidrBlock");
		char *gw = xml_child_text(it, "gatewayId"), *nat = xml_child_text(it, "natGatewayId");

		/* The local route and endpoints' prefix-list routes are EC2's. */
		if (dest && !(gw && !strcmp(gw, "local"))) {
			json_t *r = json_pack("{s:s}", "destination_cidr_block", dest);

			if (gw && *gw)
				json_object_set_new(r, "gateway_id", json_string(gw));
			if (nat && *nat)
				json_object_set_new(r, "nat_gateway_id", json_string(nat));
			json_array_append_new(routes, r);
		}
		free(dest);
		free(gw);
		free(nat);
	}
	json_object_set_new(o, "routes", sorted_routes(routes));
	json_decref(routes);
	subnets = json_array();
	for (it = xml_child(t, "associationSet/item"); it; it = xml_next_same(it)) {
		char *s = xml_child_text(it, "subnetId");

		if (s && *s)
			json_array_append_new(subnets, json_string(s));
		free(s);
	}
	json_object_set_new(o, "subnet_ids", value_string_set(subnets));
	json_decref(subnets);
	json_object_set_new(o, "tags", ec2_tags_of(t));
	json_object_set_new(o, "route_table_id", json_string(id));
	*out = o;
	return 0;
}

static int rt_read(void *client, const char *id, const json_t *prior, json_t **out,
		   struct strbuf *err)
{
	json_t *p = json_pack("{s:s}", "RouteTableId.1", id);
	xmlDocPtr doc = NULL;
	xmlNodePtr t;
	int rc;

	*out = NULL;
	rc = ec2_call(client, "DescribeRouteTables", p, not_found, &doc, err);
	json_decref(p);
	if (rc)
		return rc < 0 ? -1 : 0;
	t = xml_child(xmlDocGetRootElement(doc), "routeTableSet/item");
	if (t)
		rc = rt_attrs_of(client, id, t, prior, out, err);
	xmlFreeDoc(doc);
	return rc;
}

static const json_t *route_for(const json_t *routes, const char *dest)
{
	size_t i;
	json_t *r;

	json_array_foreach((json_t *)routes, i, r)
		if (!strcmp(value_get_string(r, "destination_cidr_block"), dest))
			return r;
	return NULL;
}

/* A CreateRoute refused with RouteAlreadyExists: done when the route to
 * r's destination goes to r's target (an earlier attempt of this call,
 * whose answer was lost, made it), else -1 naming where it goes. */
static int route_already_there(struct aws_client *c, const char *id, const json_t *r,
			       struct strbuf *err)
{
	json_t *now = NULL, *one = json_pack("[O]", r), *want = sorted_routes(one);
	const json_t *had;
	int rc = rt_read(c, id, NULL, &now, err) ? -1 : 0;

	had = route_for(value_get(now, "routes"), value_get_string(r, "destination_cidr_block"));
	if (!rc && !(had && value_equal(had, json_array_get(want, 0)))) {
		const char *to = had ? value_get_string(had, "gateway_id") : NULL;

		if (had && !to)
			to = value_get_string(had, "nat_gateway_id");
		strbuf_addf(err, "ec2 CreateRoute: RouteAlreadyExists: the route goes to %s",
			    to ? to : "another target");
		rc = -1;
	}
	json_decref(now);
	json_decref(one);
	json_decref(want);
	return rc;
}

/* CreateRoute, ReplaceRoute or DeleteRoute for one route. A delete of a
 * route already gone is done; so is a create refused as already there when
 * the route has this target (route_already_there). */
static int route_call(struct aws_client *c, const char *action, const char *id,
		      const json_t *r, struct strbuf *err)
{
	static const char *const route_exists[] = { "RouteAlreadyExists", NULL };
	const char *dest = value_get_string(r, "destination_cidr_block");
	json_t *p = json_pack("{s:s, s:s}", "RouteTableId", id, "DestinationCidrBlock", dest);
	bool create = !strcmp(action, "CreateRoute");
	int rc;

	if (strcmp(action, "DeleteRoute")) {
		if (value_get_string(r, "gateway_id"))
			json_object_set(p, "GatewayId", value_get(r, "gateway_id"));
		if (value_get_string(r, "nat_gateway_id"))
			json_object_set(p, "NatGatewayId", value_get(r, "nat_gateway_id"));
	}
	rc = ec2_call(c, action, p, create ? route_exists : strcmp(action, "DeleteRoute") ? NULL
			: route_gone, NULL, err);
	json_decref(p);
	if (rc == 1 && create)
		rc = route_already_there(c, id, r, err);
	if (rc < 0)
		strbuf_addf(err, " (" RT_TYPE " %s: route to %s)", id, dest);
	return rc < 0 ? -1 : 0;
}

/* The association ids of table t's subnets: {"subnet-...": "rtbassoc-..."}. */
static int associations(struct aws_client *c, const char *id, json_t **out, struct strbuf *err)
{
	json_t *p = json_pack("{s:s}", "RouteTableId.1", id);
	xmlDocPtr doc = NULL;
	xmlNodePtr it;
	int rc = ec2_call(c, "DescribeRouteTables", p, not_found, &doc, err);

	json_decref(p);
	*out = json_object();
	if (rc)
		return rc < 0 ? -1 : 0;
	for (it = xml_child(xmlDocGetRootElement(doc), "routeTableSet/item/associationSet/item");
	     it; it = xml_next_same(it)) {
		char *s = xml_child_text(it, "subnetId"), *a = xml_child_text(it, "routeTableAssociationId");

		if (s && *s && a)
			json_object_set_new(*out, s, json_string(a));
		free(s);
		free(a);
	}
	xmlFreeDoc(doc);
	return 0;
}

static int disassociate(struct aws_client *c, const char *assoc, struct strbuf *err)
{
	json_t *p = json_pack("{s:s}", "AssociationId", assoc);
	int rc = ec2_call(c, "DisassociateRouteTable", p, assoc_gone, NULL, err);

	json_decref(p);
	return rc < 0 ? -1 : 0;
}

/* Whether table entry t is of the same stack and workspace as the tags
 * terrace gives this one (desired_tags): a table the stack itself makes. */
static bool same_stack(xmlNodePtr t, const json_t *desired_tags)
{
	static const char *const keys[] = { "terrace:stack", "terrace:workspace" };
	json_t *tags = ec2_tags_of(t);
	bool same = true;

	for (size_t i = 0; i < 2; i++) {
		const char *want = json_string_value(json_object_get(desired_tags, keys[i]));
		const char *have = json_string_value(json_object_get(tags, keys[i]));

		same = same && want && have && !strcmp(want, have);
	}
	json_decref(tags);
	return same;
}

/* The subnet's association moved to table id (ReplaceRouteTableAssociation):
 * 0, or 1 when the association was gone meanwhile (the other table's own
 * update let go of it first), or -1. */
static int move_association(struct aws_client *c, const char *id, const char *assoc,
			    struct strbuf *err)
{
	static const char *const gone[] = { "InvalidAssociationID.NotFound", NULL };
	json_t *p = json_pack("{s:s, s:s}", "AssociationId", assoc, "RouteTableId", id);
	int rc = ec2_call(c, "ReplaceRouteTableAssociation", p, gone, NULL, err);

	json_decref(p);
	return rc;
}

/* An AssociateRouteTable refused with Resource.AlreadyAssociated (AWS's
 * answer for a subnet that has a table), the subnet's association found by
 * DescribeRouteTables: with table id, done (an earlier attempt of this
 * call, whose answer was lost, made it: its association id is the one
 * associations() reads from then on); with another table of the same stack
 * (the stack moves the subnet from one of its tables to another, and that
 * table's update has not let go of it yet), moved here; with a table
 * outside the stack, -1 naming it. 1: associate again (it was let go of
 * meanwhile). */
static int association_already_there(struct aws_client *c, const char *id, const char *subnet,
				     const json_t *desired_tags, struct strbuf *err)
{
	json_t *p = json_pack("{s:s, s:s}", "Filter.1.Name", "association.subnet-id",
			      "Filter.1.Value.1", subnet);
	xmlDocPtr doc = NULL;
	xmlNodePtr t, it;
	char *table = NULL, *assoc = NULL;
	bool ours = false;
	int rc = ec2_call(c, "DescribeRouteTables", p, NULL, &doc, err) ? -1 : 0;

	json_decref(p);
	for (t = rc ? NULL : xml_child(xmlDocGetRootElement(doc), "routeTableSet/item");
	     t && !table; t = xml_next_same(t)) {
		for (it = xml_child(t, "associationSet/item"); it && !table; it = xml_next_same(it)) {
			char *s = xml_child_text(it, "subnetId");

			if (s && !strcmp(s, subnet)) {
				table = xml_child_text(it, "routeTableId");
				assoc = xml_child_text(it, "routeTableAssociationId");
				ours = same_stack(t, desired_tags);
			}
			free(s);
		}
	}
	if (!rc && !table) {
		rc = 1; /* let go of since the refusal */
	} else if (!rc && !strcmp(table, id)) {
		log_debugf("AssociateRouteTable %s %s: already associated (%s), adopted", id, subnet,
			   assoc ? assoc : "?");
	} else if (!rc && ours && assoc) {
		log_debugf("AssociateRouteTable %s %s: associated with %s of this stack, moved",
			   id, subnet, table);
		rc = move_association(c, id, assoc, err);
	} else if (!rc) {
		strbuf_addf(err, "ec2 AssociateRouteTable: Resource.AlreadyAssociated: the subnet is "
			    "associated with %s, a table this stack does not make", table);
		rc = -1;
	}
	free(table);
	free(assoc);
	xmlFreeDoc(doc);
	return rc;
}

struct rt_association {
	struct aws_client *c;
	const char *id, *subnet;
	const json_t *desired_tags;
	json_t *params;
	bool let_go; /* the last try found the subnet let go of meanwhile */
};

/* No row serves: each poll sends a write (AssociateRouteTable) again, no status is read. */
/* aws_wait check: AssociateRouteTable of the subnet with the table;
 * refused as already associated, see association_already_there (0: the
 * subnet was let go of meanwhile, so it is associated again). */
static int associate_check(void *ctx, struct strbuf *status, struct strbuf *err)
{
	static const char *const associated[] = { "Resource.AlreadyAssociated", NULL };
	struct rt_association *a = ctx;
	int rc = ec2_call(a->c, "AssociateRouteTable", a->params, associated, NULL, err);

	if (rc == 1)
		rc = association_already_there(a->c, a->id, a->subnet, a->desired_tags, err);
	a->let_go = rc == 1;
	if (rc == 1)
		strbuf_addstr(status, "Resource.AlreadyAssociated, and no table had the subnet");
	return rc == 1 ? 0 : rc < 0 ? -1 : 1;
}

/* A subnet let go of by another table while AssociateRouteTable was
 * refused: two tries, a second apart. */
static const struct aws_poll association_poll = { .timeout_s = 2.0, .interval_s = 1.0 };

/* AssociateRouteTable of subnet with table id, through the timing engine
 * (association_poll: a second try a second later, when a subnet was let go
 * of meanwhile). */
static int associate(struct aws_client *c, const char *id, const char *subnet,
		     const json_t *desired_tags, struct strbuf *err)
{
	struct rt_association a = { c, id, subnet, desired_tags, NULL, false };
	char *what = xasprintf(RT_TYPE " %s to take subnet %s", id, subnet);
	size_t had = err->len;
	int rc;

	a.params = json_pack("{s:s, s:s}", "RouteTableId", id, "SubnetId", subnet);
	rc = aws_wait(what, association_poll.timeout_s, association_poll.interval_s,
		      associate_check, &a, err);
	json_decref(a.params);
	free(what);
	if (rc && a.let_go) {
		strbuf_setlen(err, had);
		strbuf_addstr(err, "ec2 AssociateRouteTable: Resource.AlreadyAssociated, and no "
			      "table had the subnet when looked at");
	}
	if (rc)
		strbuf_addf(err, " (" RT_TYPE " %s: subnet %s)", id, subnet);
	return rc ? -1 : 0;
}

/* From `have` (the table as rt_read gives it): routes, subnet associations
 * and tags to desired, then read back (aws_converge_fn). */
static int rt_converge(struct aws_client *c, const char *id, const json_t *have,
		       const json_t *desired, json_t **out, struct strbuf *err)
{
	json_t *assoc = NULL, *want = value_get(desired, "routes"), *r;
	json_t *want_subnets = value_get(desired, "subnet_ids");
	const json_t *had;
	const char *k;
	size_t i;
	int rc = 0;

	*out = NULL;
	json_array_foreach(value_get(have, "routes"), i, r)
		if (!rc && !route_for(want, value_get_string(r, "destination_cidr_block")))
			rc = route_call(c, "DeleteRoute", id, r, err);
	json_array_foreach(want, i, r) {
		if (rc)
			break;
		had = route_for(value_get(have, "routes"),
				value_get_string(r, "destination_cidr_block"));
		if (!had)
			rc = route_call(c, "CreateRoute", id, r, err);
		else if (!value_equal(had, r))
			rc = route_call(c, "ReplaceRoute", id, r, err);
	}
	if (!rc)
		rc = associations(c, id, &assoc, err);
	json_object_foreach(assoc, k, r)
		if (!rc && !value_list_has_string(want_subnets, k))
			rc = disassociate(c, json_string_value(r), err);
	json_array_foreach(want_subnets, i, r) {
		if (rc || json_object_get(assoc, json_string_value(r)))
			continue;
		rc = associate(c, id, json_string_value(r), value_get(desired, "tags"), err);
	}
	if (!rc)
		rc = ec2_converge_tags(c, id, have, desired, err);
	json_decref(assoc);
	if (!rc)
		rc = rt_read(c, id, NULL, out, err);
	return rc;
}

static int rt_delete(void *client, const char *id, const json_t *prior, struct strbuf *err);

static const struct ec2_create rt_kind = {
	.type = RT_TYPE, .action = "CreateRouteTable", .tag_type = "route-table",
	.id_path = "routeTable/routeTableId", .describe = "DescribeRouteTables",
	.set = "routeTableSet", .id_field = "routeTableId", .client_token = "ClientToken",
};

/* The create call alone, carrying the create's token (aws_sent.token); the
 * routes, associations and the read back are converge's (left_out). */
static int rt_send(struct aws_client *c, const json_t *desired, const struct create_call *call,
		   struct aws_sent *sent, struct strbuf *err)
{
	const char *vpc = value_get_string(desired, "vpc_id");
	json_t *p;
	int rc;

	(void)call;
	p = json_pack("{s:s}", "VpcId", vpc ? vpc : "");
	rc = ec2_send_tokened(c, &rt_kind, p, value_get(desired, "tags"), sent->token, &sent->id,
			      &sent->attempts, err);
	json_decref(p);
	sent->left_out = true;
	return rc ? -1 : 0;
}

/* What an interrupted create made, for a destroy (ec2_find_made). */
static int rt_find_made(void *client, const char *token, json_t **ids, struct strbuf *err)
{
	return ec2_find_made_kind(&rt_kind, client, token, ids, err);
}

/* What an attempt of this create made (AWS_ADOPT_BY_CREATE_TOKEN). */
static int rt_find_tokened(struct aws_client *c, const json_t *desired, const char *token,
			   json_t **ids, struct strbuf *err)
{
	(void)desired;
	return ec2_find_made_kind(&rt_kind, c, token, ids, err);
}

static const struct aws_native_ops rt_native = {
	.send_create = rt_send,
	.adopt = { .by = AWS_ADOPT_BY_CREATE_TOKEN, .noun = "route table",
		   .object = RT_TYPE ": route table %s", .type = RT_TYPE,
		   .action = "CreateRouteTable", .find_made = rt_find_tokened,
		   .discard = rt_delete },
	.converge = rt_converge,
	.read = rt_read,
	.created_shape = AWS_SHAPE_NONE,
	.update_shape = AWS_SHAPE_NONE,
	.made_missing = RT_TYPE " %s: not found after it was written",
	.gone = RT_TYPE " %s is in the state but DescribeRouteTables does not find it",
};

AWS_NATIVE_FUNCTIONS(rt, rt_native)

struct rt_gone {
	struct aws_client *c;
	const char *id;
};

/* No row serves: each poll lets go and sends DeleteRouteTable again, no status is read. */
/* aws_wait check: let go of the subnets the table shows, then delete it;
 * 0 (again) while EC2 says it still has them (DependencyViolation). */
static int rt_let_go_and_delete(void *ctx, struct strbuf *status, struct strbuf *err)
{
	static const char *const gone_or_held[] = { "InvalidRouteTableID.NotFound",
						    "DependencyViolation", NULL };
	struct rt_gone *g = ctx;
	json_t *assoc = NULL, *a, *p;
	const char *k;
	xmlDocPtr doc = NULL;
	const char *code = NULL;
	int rc = associations(g->c, g->id, &assoc, err);

	json_object_foreach(assoc, k, a)
		if (!rc)
			rc = disassociate(g->c, json_string_value(a), err);
	json_decref(assoc);
	if (rc)
		return -1;
	p = json_pack("{s:s}", "RouteTableId", g->id);
	rc = aws_query_call_xml(g->c, &aws_service_ec2, "DeleteRouteTable", p, NULL,
				gone_or_held, &doc, &code, NULL, err);
	json_decref(p);
	xmlFreeDoc(doc);
	if (rc == 1 && !strcmp(code, "DependencyViolation")) {
		strbuf_addstr(status, "DependencyViolation: a subnet association EC2 does not "
			      "show yet");
		return 0;
	}
	return rc < 0 ? -1 : 1;
}

/* An association made moments ago may answer NotFound to its
 * DisassociateRouteTable and still hold the table (EC2 is eventually
 * consistent): the table is read and let go of again until EC2 deletes it,
 * within consistency_timeout. */
static int rt_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	struct rt_gone g = { client, id };
	char *what = xasprintf(RT_TYPE " %s to let go of its subnets and be deleted", id);
	double window = aws_client_timing(client)->consistency_s;
	int rc;

	(void)prior;
	rc = aws_wait(what, window > 0 ? window : 1, 1, rt_let_go_and_delete, &g, err);
	free(what);
	if (rc < 0)
		strbuf_addf(err, " (" RT_TYPE " %s)", id);
	return rc < 0 ? -1 : 0;
}


/* Routes and subnets sorted (a row of ec2/rules.c holds one target per route). */
static int rt_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err)
{
	json_t *routes = value_get(desired, "routes"), *subnets;

	(void)prior;
	(void)err;

	if (json_is_array(routes) && !value_contains_unknown(routes))
		json_object_set_new(desired, "routes", sorted_routes(routes));
	subnets = value_string_set(value_get(desired, "subnet_ids"));
	if (subnets)
		json_object_set_new(desired, "subnet_ids", subnets);
	return 0;
}

/* The VPC's main table is EC2's. */
static bool is_main(xmlNodePtr t)
{
	xmlNodePtr it;
	bool yes = false;

	for (it = xml_child(t, "associationSet/item"); it && !yes; it = xml_next_same(it)) {
		char *m = xml_child_text(it, "main");

		yes = m && !strcmp(m, "true");
		free(m);
	}
	return yes;
}

static int rt_list(void *client, const struct resource_query *q, struct resource_items *out,
		   struct strbuf *err)
{
	(void)q;
	return ec2_list(client, "DescribeRouteTables", "routeTableSet/item", "routeTableId",
			is_main, out, err);
}

/* Refresh by listing (provider.h read_many): DescribeRouteTables of up to
 * 200 tables a call gives everything read() reads, tags included. */
static const char *const rt_needs[] = { "vpcId", NULL };
static const struct ec2_listing rt_pages = {
	"DescribeRouteTables", "route-table-id", "routeTableSet/item", "routeTableId", rt_needs,
};

static int rt_read_many(void *client, size_t n, const char *const *ids,
			const json_t *const *priors, size_t max_pages, json_t **out,
			struct strbuf *err)
{
	return ec2_read_many(client, &rt_pages, n, ids, priors, max_pages, out, rt_attrs_of,
				 err);
}


const struct resource_type aws_ec2_route_table_type = {
	.name = RT_TYPE,
	.description = "a VPC route table with its routes and subnet associations",
	.attrs = rt_attrs,
	.terraform_type = "aws_route_table",
	.terraform_attrs = "vpc_id routes=route tags route_table_id=id",
	.read = rt_read,
	.create = rt_create,
	.find_made = rt_find_made,
	.update = rt_update,
	.native = &rt_native,
	.delete = rt_delete,
	.plan_desired = rt_plan_desired,
	.import_id = "its id (rtb-...)",
	.list = rt_list,
	.list_rank = 12,
	.read_many = rt_read_many,
};

/* ---- aws.ec2.default_route_table ---- */

/*
 * The route table EC2 makes with each VPC (its main table, which nobody can
 * make or delete), as Terraform's aws_default_route_table: a create takes
 * the VPC's main table and deletes every route in it but the local one and
 * gateway endpoints' (resourceDefaultRouteTableCreate), then adds the
 * stack's routes; later, routes are managed only when the stack sets them
 * (unset: routes other resources add stay, as Terraform's computed `route`).
 * Subnets are not the table's to manage: a subnet with no table of its own
 * uses the main one. A destroy leaves the table and its routes as they are,
 * less terrace's ownership tags (EC2 deletes it with its VPC), as Terraform
 * removes the resource from its state alone.
 */
#define DEFAULT_RT_TYPE "aws.ec2.default_route_table"

static const struct attr_schema default_rt_attrs[] = {
	{ .name = "vpc_id", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "the VPC whose main route table this is, e.g. ${main.vpc_id}" },
	{ .name = "routes", .type = ATTR_OBJECT_LIST, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .nested = route_attrs,
	  .description = "routes, a set (one per destination; the local route is implied); "
			 "unset: none when the table is taken, then not managed here" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "route table tags", .default_json = "{}" },
	{ .name = "route_table_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "rtb-..., the main route table's id" },
	{ .name = NULL },
};

static int default_rt_read(void *client, const char *id, const json_t *prior, json_t **out,
			   struct strbuf *err)
{
	int rc = rt_read(client, id, prior, out, err);

	/* The main table's subnets are those without a table of their own:
	 * not this type's. */
	if (!rc && *out)
		json_object_del(*out, "subnet_ids");
	return rc;
}

/* Routes to desired (on a create, none when unset), and tags; then read
 * back. prior is NULL on a create (made or adopted). */
static int default_rt_converge(struct aws_client *c, const char *id, const json_t *have,
			       const json_t *desired, const json_t *prior, json_t **out,
			       struct strbuf *err)
{
	json_t *none = json_array(), *r;
	const json_t *want = value_get(desired, "routes");
	const json_t *had;
	size_t i;
	int rc = 0;

	*out = NULL;
	if (!json_is_array(want))
		want = prior ? NULL : none;
	json_array_foreach(want ? value_get(have, "routes") : NULL, i, r)
		if (!rc && !route_for(want, value_get_string(r, "destination_cidr_block")))
			rc = route_call(c, "DeleteRoute", id, r, err);
	json_array_foreach((json_t *)want, i, r) {
		if (rc)
			break;
		had = route_for(value_get(have, "routes"),
				value_get_string(r, "destination_cidr_block"));
		if (!had)
			rc = route_call(c, "CreateRoute", id, r, err);
		else if (!value_equal(had, r))
			rc = route_call(c, "ReplaceRoute", id, r, err);
	}
	json_decref(none);
	if (!rc)
		rc = ec2_converge_tags(c, id, have, desired, err);
	if (!rc)
		rc = default_rt_read(c, id, NULL, out, err);
	return rc;
}

/* The create makes nothing: it finds the VPC's main table, whose routes
 * and tags converge brings to the stack's (left_out). */
static int default_rt_send(struct aws_client *c, const json_t *desired,
			   const struct create_call *call, struct aws_sent *sent,
			   struct strbuf *err)
{
	const char *vpc = value_get_string(desired, "vpc_id");
	json_t *p, *v, *yes;
	xmlDocPtr doc = NULL;
	xmlNodePtr t;
	int n = 0, rc;

	(void)call;
	if (!vpc) {
		strbuf_addstr(err, DEFAULT_RT_TYPE ": vpc_id has no value to send");
		return -1;
	}
	p = json_object();
	v = json_string(vpc);
	yes = json_string("true");
	ec2_add_filter(p, &n, "vpc-id", v);
	ec2_add_filter(p, &n, "association.main", yes);
	json_decref(v);
	json_decref(yes);
	rc = ec2_call(c, "DescribeRouteTables", p, NULL, &doc, err);
	json_decref(p);
	if (rc < 0) {
		strbuf_addf(err, " (" DEFAULT_RT_TYPE " of %s)", vpc);
		return -1;
	}
	t = xml_child(xmlDocGetRootElement(doc), "routeTableSet/item");
	sent->id = t ? xml_child_text(t, "routeTableId") : NULL;
	xmlFreeDoc(doc);
	if (!sent->id || !*sent->id) {
		free(sent->id);
		sent->id = NULL;
		strbuf_addf(err, DEFAULT_RT_TYPE ": VPC %s has no main route table "
			    "(DescribeRouteTables lists none with association.main=true in it)", vpc);
		return -1;
	}
	sent->left_out = true;
	return 0;
}

static const struct aws_native_ops default_rt_native = {
	.send_create = default_rt_send,
	.adopt = { .by = AWS_ADOPT_BY_OVERWRITE, .noun = "VPC",
		   .object = DEFAULT_RT_TYPE ": the main route table %s" },
	.converge_prior = default_rt_converge,
	.read = default_rt_read,
	.created_shape = AWS_SHAPE_NONE,
	.update_shape = AWS_SHAPE_NONE,
	.made_missing = DEFAULT_RT_TYPE " %s: not found after its routes were written",
	.gone = DEFAULT_RT_TYPE " %s is in the state but DescribeRouteTables does not find it",
};

AWS_NATIVE_FUNCTIONS(default_rt, default_rt_native)

/* EC2 deletes the table with its VPC alone: it and its routes stay, less
 * the stack's ownership tags (terrace:*), which would have a sweep take it
 * for what the stack left. */
static int default_rt_delete(void *client, const char *id, const json_t *prior,
			     struct strbuf *err)
{
	json_t *have = NULL;
	int rc;

	(void)prior;
	if (default_rt_read(client, id, NULL, &have, err))
		return -1;
	rc = have ? ec2_release_default(client, id, value_get(have, "tags"), err) : 0;
	json_decref(have);
	return rc;
}

static int default_rt_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err)
{
	json_t *routes = value_get(desired, "routes");

	(void)prior;
	(void)err;
	if (json_is_array(routes) && !value_contains_unknown(routes))
		json_object_set_new(desired, "routes", sorted_routes(routes));
	return 0;
}

const struct resource_type aws_ec2_default_route_table_type = {
	.name = DEFAULT_RT_TYPE,
	.description = "the routes and tags of the main route table EC2 gives each VPC",
	.attrs = default_rt_attrs,
	.terraform_type = "aws_default_route_table",
	.terraform_attrs = "routes=route tags route_table_id=id",
	.read = default_rt_read,
	.create = default_rt_create,
	.update = default_rt_update,
	.native = &default_rt_native,
	.delete = default_rt_delete,
	.plan_desired = default_rt_plan_desired,
	.import_id = "its id (rtb-...)",
};
