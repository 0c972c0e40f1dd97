/*
 * test_rules_across.c: the checks across resources (aws_check_resources):
 * subnets in their VPC (checks/run_stack.c), VPN tunnels' inside blocks per
 * gateway (ec2/rules.c), an AppConfig extension association's required
 * parameters (appconfig/rules.c), a CloudFormation stack's policy URL of
 * its client's Region (cloudformation/rules.c), listener rules' priorities
 * per listener and a load balancer's log buckets of its Region
 * (elbv2/rules.c), roles and the services given them
 * (checks/roles.c), what a key encrypts and who uses it (kms/rules.c); each
 * stack refused beside one that passes.
 *
 * JSON is written with single quotes (json_support.h).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "provider/aws/events/api.h"
#include "provider/aws/lambda/api.h"
#include "provider/aws/checks/checks.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/checks/schedule.h"
#include "provider/aws/s3/api.h"
#include "provider/aws/server.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"
#include "tests/unit/aws_client_support.h"
#include "tests/unit/json_support.h"
#include "tests/unit/rules_support.h"

/* ---- across resources (checks/run_stack.c) ---- */

/* The types aws_check_resources is handed (provider_type.check_resources_types)
 * are every type of both families: each STACK row picks those it looks at,
 * so a type left out would never reach its rows. */
static bool listed(const char *type)
{
	for (const char *const *u = aws_check_resources_types; *u; u++)
		if (aws_row_type_names(*u, type))
			return true;
	return false;
}

static void test_across_types_are_every_type(void **state)
{
	const struct provider_type *pt = provider_type_find("aws");
	const char *const *names;
	size_t n;
	(void)state;
	for (const struct resource_type *const *rt = pt->resources; *rt; rt++)
		if (!listed((*rt)->name))
			fail_msg("%s: not handed to the checks across resources", (*rt)->name);
	names = pt->type_names(&n);
	assert_true(n > 1000);
	for (size_t i = 0; i < n; i++)
		if (!listed(names[i]))
			fail_msg("%s: not handed to the checks across resources", names[i]);
}

/* What aws_check_resources reported, one "WHICH:OTHER:MSG" line each. */
static void collect(void *ctx, const struct check_finding *found)
{
	struct strbuf *out = ctx;

	assert_false(found->warning);
	assert_string_equal(found->attr, "cidr_block");
	if (found->other != WRITTEN_NONE)
		assert_string_equal(found->other_attr, "cidr_block");
	strbuf_addf(out, "%zu:%d:%s\n", found->which,
		    found->other == WRITTEN_NONE ? -1 : (int)found->other, found->message);
}

/* What aws_check_resources reported, one "WHICH.ATTR~OTHER.OTHER_ATTR
 * error|warning: MSG" line each (checks/roles.c). */
static void collect_roles(void *ctx, const struct check_finding *found)
{
	struct strbuf *out = ctx;

	strbuf_addf(out, "%zu.%s~%d.%s %s: %s\n", found->which, found->attr,
		    found->other == WRITTEN_NONE ? -1 : (int)found->other,
		    found->other_attr ? found->other_attr : "", found->warning ? "warning" : "error",
		    found->message);
}

/* Runs the check on `resources`, a JSON list of [name, type, config] (a
 * fourth member: repeated; a fifth: the provider configuration). */
static void check_across_with(const char *resources, check_report_fn fn, struct strbuf *out)
{
	json_t *rs = js(resources), *e;
	struct written_resource w[32];
	size_t i;

	assert_true(json_array_size(rs) <= 32);
	json_array_foreach(rs, i, e) {
		w[i] = (struct written_resource){
			.name = json_string_value(json_array_get(e, 0)),
			.type = json_string_value(json_array_get(e, 1)),
			.rtype = resource_type_find(json_string_value(json_array_get(e, 1)), NULL),
			.config = json_array_get(e, 2),
			.repeated = json_is_true(json_array_get(e, 3)),
			.provider = json_array_get(e, 4) ? json_string_value(json_array_get(e, 4)) : "aws",
		};
	}
	aws_check_resources(w, json_array_size(rs), fn, out);
	json_decref(rs);
}

static void check_across(const char *resources, struct strbuf *out)
{
	check_across_with(resources, collect, out);
}

static void test_subnets_in_their_vpc(void **state)
{
	struct strbuf out = STRBUF_INIT;
	(void)state;

	/* Inside, apart, /16 subnet equal to the VPC's block elsewhere: nothing. */
	check_across("[['net', 'aws.ec2.vpc', {'cidr_block': '10.0.0.0/16'}],"
		     " ['a', 'aws.ec2.subnet', {'vpc_id': '${net.vpc_id}', 'cidr_block': '10.0.1.0/24'}],"
		     " ['b', 'aws.ec2.subnet', {'vpc_id': '${net.id}', 'cidr_block': '10.0.2.0/24'}],"
		     " ['o', 'aws.ec2.vpc', {'cidr_block': '10.1.0.0/16'}],"
		     " ['c', 'aws.ec2.subnet', {'vpc_id': '${o.vpc_id}', 'cidr_block': '10.1.0.0/16'}]]",
		     &out);
	assert_string_equal(out.buf, "");

	/* Outside: the VPC's block and a free block of the VPC as the example. */
	check_across("[['net', 'aws.ec2.vpc', {'cidr_block': '10.0.0.0/16'}],"
		     " ['a', 'aws.ec2.subnet', {'vpc_id': '${net.vpc_id}', 'cidr_block': '10.0.0.0/24'}],"
		     " ['b', 'aws.ec2.subnet', {'vpc_id': '${ net.vpc_id }', 'cidr_block': '10.8.1.0/24'}]]",
		     &out);
	assert_string_equal(out.buf, "2:0:cidr_block: \"10.8.1.0/24\" is not inside 10.0.0.0/16, the "
			    "block of VPC \"net\": a subnet's block lies within its VPC's "
			    "(e.g. \"10.0.1.0/24\")\n");
	strbuf_reset(&out);

	/* Overlapping siblings: the later one, naming the earlier; also under
	 * one literal vpc_id; never across providers or VPCs. */
	check_across("[['net', 'aws.ec2.vpc', {'cidr_block': '10.0.0.0/16'}],"
		     " ['a', 'aws.ec2.subnet', {'vpc_id': '${net.vpc_id}', 'cidr_block': '10.0.0.0/23'}],"
		     " ['b', 'aws.ec2.subnet', {'vpc_id': '${net.id}', 'cidr_block': '10.0.1.0/24'}],"
		     " ['c', 'aws.ec2.subnet', {'vpc_id': 'vpc-00000001', 'cidr_block': '10.0.1.0/24'}],"
		     " ['d', 'aws.ec2.subnet', {'vpc_id': 'vpc-00000001', 'cidr_block': '10.0.0.0/16'}],"
		     " ['e', 'aws.ec2.subnet', {'vpc_id': 'vpc-00000001', 'cidr_block': '10.0.1.0/24'}, false, 'aws.west']]",
		     &out);
	assert_string_equal(out.buf,
			    "2:1:cidr_block: \"10.0.1.0/24\" overlaps \"10.0.0.0/23\" of subnet \"a\" in "
			    "the same VPC: the subnets of a VPC do not overlap (e.g. \"10.0.2.0/24\")\n"
			    "4:3:cidr_block: \"10.0.0.0/16\" overlaps \"10.0.1.0/24\" of subnet \"c\" in "
			    "the same VPC: the subnets of a VPC do not overlap (each subnet of a VPC "
			    "takes a block of its own)\n");
	strbuf_reset(&out);

	/* The VPC's block is taken whole: no example, a longer prefix. */
	check_across("[['net', 'aws.ec2.vpc', {'cidr_block': '10.0.0.0/16'}],"
		     " ['a', 'aws.ec2.subnet', {'vpc_id': '${net.vpc_id}', 'cidr_block': '10.0.0.0/16'}],"
		     " ['b', 'aws.ec2.subnet', {'vpc_id': '${net.vpc_id}', 'cidr_block': '10.0.0.0/17'}]]",
		     &out);
	assert_string_equal(out.buf,
			    "2:1:cidr_block: \"10.0.0.0/17\" overlaps \"10.0.0.0/16\" of subnet \"a\" in "
			    "the same VPC: the subnets of a VPC do not overlap (no /17 of the VPC is free: "
			    "use a longer prefix)\n");
	strbuf_reset(&out);

	/* Not known yet: a block or VPC of ${...}, a VPC or subnet with count or
	 * for_each, a VPC of another provider configuration: nothing. */
	check_across("[['net', 'aws.ec2.vpc', {'cidr_block': '${var.block}'}],"
		     " ['a', 'aws.ec2.subnet', {'vpc_id': '${net.vpc_id}', 'cidr_block': '10.8.1.0/24'}],"
		     " ['b', 'aws.ec2.subnet', {'vpc_id': '${net.vpc_id}', 'cidr_block': '${var.sub}'}],"
		     " ['many', 'aws.ec2.vpc', {'cidr_block': '10.0.0.0/16'}, true],"
		     " ['c', 'aws.ec2.subnet', {'vpc_id': '${many.vpc_id}', 'cidr_block': '10.8.1.0/24'}],"
		     " ['d', 'aws.ec2.subnet', {'vpc_id': '${net.vpc_id}', 'cidr_block': '10.8.1.0/24'}, true],"
		     " ['w', 'aws.ec2.vpc', {'cidr_block': '10.0.0.0/16'}, false, 'aws.west'],"
		     " ['e', 'aws.ec2.subnet', {'vpc_id': '${w.vpc_id}', 'cidr_block': '10.8.1.0/24'}],"
		     " ['f', 'aws.ec2.subnet', {'vpc_id': '${w.vpc_id}-x', 'cidr_block': '10.9.1.0/24'}]]",
		     &out);
	assert_string_equal(out.buf, "");
	strbuf_release(&out);
}

/* ec2/rules.c's check_vpn_tunnel_cidrs: a tunnel's inside block taken by
 * an earlier connection of the stack on the same gateway. */
#define VPN(GW, CIDRS) "{'customer_gateway_id': 'cgw-1', 'vpn_connection_type': 'ipsec.1', " \
	GW ", 'vpn_tunnel_options_specifications': [" CIDRS "]}"
#define VGW(ID) "'vpn_gateway_id': '" ID "'"
#define TGW(ID) "'transit_gateway_id': '" ID "'"
#define IN4(CIDR) "{'tunnel_inside_cidr': '" CIDR "'}"
#define IN6(CIDR) "{'tunnel_inside_ipv_6_cidr': '" CIDR "'}"

static void test_vpn_tunnel_cidrs(void **state)
{
	struct strbuf out = STRBUF_INIT;
	(void)state;

	/* One block on two gateways, two blocks on one, a block not known yet,
	 * a repeated connection, another provider, IPv4 on a transit gateway: nothing. */
	check_across_with("[['a', 'awscc.ec2.vpn_connection', " VPN(VGW("${g.id}"), IN4("169.254.10.0/30")) "],"
			  " ['b', 'awscc.ec2.vpn_connection', " VPN(VGW("${h.id}"), IN4("169.254.10.0/30")) "],"
			  " ['c', 'awscc.ec2.vpn_connection', " VPN(VGW("${g.id}"), IN4("169.254.11.0/30")) "],"
			  " ['d', 'awscc.ec2.vpn_connection', " VPN(VGW("${g.id}"), IN4("${var.cidr}")) "],"
			  " ['e', 'awscc.ec2.vpn_connection', " VPN(VGW("${g.id}"), IN4("169.254.10.0/30")) ", true],"
			  " ['f', 'awscc.ec2.vpn_connection', " VPN(VGW("${g.id}"), IN4("169.254.10.0/30")) ", false, 'aws.west'],"
			  " ['t', 'awscc.ec2.vpn_connection', " VPN(TGW("tgw-1"), IN4("169.254.20.0/30")) "],"
			  " ['u', 'awscc.ec2.vpn_connection', " VPN(TGW("tgw-1"), IN4("169.254.20.0/30")) "]]",
			  collect_roles, &out);
	assert_string_equal(out.buf, "");

	/* The later connection's tunnel, naming the earlier: on one virtual
	 * private gateway (IPv4) and on one transit gateway (IPv6). */
	check_across_with("[['a', 'awscc.ec2.vpn_connection', " VPN(VGW("${g.id}"), IN4("169.254.10.0/30")) "],"
			  " ['b', 'awscc.ec2.vpn_connection', " VPN(VGW("${g.id}"), IN4("169.254.12.0/30") ", " IN4("169.254.10.0/30")) "],"
			  " ['t', 'awscc.ec2.vpn_connection', " VPN(TGW("tgw-1"), IN6("fd00::/126")) "],"
			  " ['u', 'awscc.ec2.vpn_connection', " VPN(TGW("tgw-1"), IN6("fd00::/126")) "]]",
			  collect_roles, &out);
	assert_string_equal(out.buf,
			    "1.vpn_tunnel_options_specifications[1].tunnel_inside_cidr~0.vpn_gateway_id "
			    "error: vpn_tunnel_options_specifications[1].tunnel_inside_cidr: "
			    "\"169.254.10.0/30\" is also a tunnel's of VPN connection \"a\" on the same "
			    "gateway (vpn_gateway_id): AWS says \"Any specified CIDR blocks must be unique "
			    "across all VPN connections that use the same virtual private gateway.\" "
			    "(CloudFormation registry: AWS::EC2::VPNConnection TunnelInsideCidr)\n"
			    "3.vpn_tunnel_options_specifications[0].tunnel_inside_ipv_6_cidr~2."
			    "transit_gateway_id error: vpn_tunnel_options_specifications[0]."
			    "tunnel_inside_ipv_6_cidr: \"fd00::/126\" is also a tunnel's of VPN connection "
			    "\"t\" on the same gateway (transit_gateway_id): AWS says \"Any specified CIDR "
			    "blocks must be unique across all VPN connections that use the same transit "
			    "gateway.\" (CloudFormation registry: AWS::EC2::VPNConnection "
			    "TunnelInsideIpv6Cidr)\n");
	strbuf_release(&out);
}

/* An AppConfig extension association gives each parameter its extension
 * (the stack's) marks Required and not Dynamic (appconfig/rules.c). */
#define EXT(PARAMS) "{'name': 'notify', 'actions': {}, 'parameters': " PARAMS "}"
#define ASSOC(MORE) "{'extension_identifier': '${ext.arn}', 'resource_identifier': " \
	"'arn:aws:appconfig:us-east-1:123456789012:application/abc'" MORE "}"
static void test_appconfig_required_parameters(void **state)
{
	struct strbuf out = STRBUF_INIT;
	(void)state;

	/* each given, one optional, one dynamic, the document as text, named by
	 * name, values not known yet, a version of its own, an extension not the
	 * stack's, a repeated association: nothing */
	check_across_with("[['ext', 'awscc.appconfig.extension', " EXT("{'topic': {'required': true}, "
			  "'note': {'required': false}, 'late': {'Required': true, 'Dynamic': true}}") "],"
			  " ['txt', 'awscc.appconfig.extension', " EXT("'{\\\"Topic\\\": {\\\"Required\\\": true}}'") "],"
			  " ['a', 'awscc.appconfig.extension_association', " ASSOC(", 'parameters': {'topic': 't'}") "],"
			  " ['b', 'awscc.appconfig.extension_association', {'extension_identifier': '${ext.name}', "
			  "'parameters': {'topic': 't'}}],"
			  " ['c', 'awscc.appconfig.extension_association', " ASSOC(", 'parameters': '${var.p}'") "],"
			  " ['d', 'awscc.appconfig.extension_association', " ASSOC(", 'extension_version_number': 1") "],"
			  " ['e', 'awscc.appconfig.extension_association', {'extension_identifier': "
			  "'AWS.AppConfig.FeatureFlags'}],"
			  " ['f', 'awscc.appconfig.extension_association', " ASSOC("") ", true],"
			  " ['g', 'awscc.appconfig.extension_association', {'extension_identifier': '${txt.id}', "
			  "'parameters': {'Topic': 't'}}]]",
			  collect_roles, &out);
	assert_string_equal(out.buf, "");

	/* none given; another given, not the required one; its text's */
	check_across_with("[['ext', 'awscc.appconfig.extension', " EXT("{'topic': {'required': true}}") "],"
			  " ['txt', 'awscc.appconfig.extension', " EXT("'{\\\"Topic\\\": {\\\"Required\\\": true}}'") "],"
			  " ['a', 'awscc.appconfig.extension_association', " ASSOC("") "],"
			  " ['b', 'awscc.appconfig.extension_association', " ASSOC(", 'parameters': {'other': 'x'}") "],"
			  " ['c', 'awscc.appconfig.extension_association', {'extension_identifier': '${txt.extension_id}'}]]",
			  collect_roles, &out);
	assert_string_equal(out.buf,
			    "2.parameters~0.parameters error: parameters: it gives no \"topic\", which "
			    "extension \"ext\" marks Required: AWS says \"Extension parameters marked "
			    "Required must be entered for this field.\" (appconfig "
			    "CreateExtensionAssociation Parameters)\n"
			    "3.parameters~0.parameters error: parameters: it gives no \"topic\", which "
			    "extension \"ext\" marks Required: AWS says \"Extension parameters marked "
			    "Required must be entered for this field.\" (appconfig "
			    "CreateExtensionAssociation Parameters)\n"
			    "4.parameters~1.parameters error: parameters: it gives no \"Topic\", which "
			    "extension \"txt\" marks Required: AWS says \"Extension parameters marked "
			    "Required must be entered for this field.\" (appconfig "
			    "CreateExtensionAssociation Parameters)\n");
	strbuf_release(&out);
}
#undef EXT
#undef ASSOC

/* Two listener rules of the stack on one listener with one priority
 * (elbv2/rules.c). */
#define LRULE(LISTENER, PRIORITY) "{'listener_arn': '" LISTENER "', 'priority': " PRIORITY ", " \
	"'actions': [{'type': 'fixed-response'}], 'conditions': [{'field': 'path-pattern', " \
	"'values': ['/a']}]}"
static void test_elbv2_rule_priorities(void **state)
{
	struct strbuf out = STRBUF_INIT;
	(void)state;

	/* other priorities, other listeners, one not known yet, a repeated
	 * rule, another provider configuration: nothing */
	check_across_with("[['a', 'awscc.elasticloadbalancingv2.listener_rule', " LRULE("${l.listener_arn}", "1") "],"
			  " ['b', 'awscc.elasticloadbalancingv2.listener_rule', " LRULE("${l.listener_arn}", "2") "],"
			  " ['c', 'awscc.elasticloadbalancingv2.listener_rule', " LRULE("${m.listener_arn}", "1") "],"
			  " ['d', 'awscc.elasticloadbalancingv2.listener_rule', " LRULE("${l.listener_arn}", "'${var.p}'") "],"
			  " ['e', 'awscc.elasticloadbalancingv2.listener_rule', " LRULE("${l.listener_arn}", "1") ", true],"
			  " ['f', 'awscc.elasticloadbalancingv2.listener_rule', " LRULE("${l.listener_arn}", "1") ", false, 'aws.west']]",
			  collect_roles, &out);
	assert_string_equal(out.buf, "");

	check_across_with("[['a', 'awscc.elasticloadbalancingv2.listener_rule', " LRULE("${l.listener_arn}", "10") "],"
			  " ['b', 'awscc.elasticloadbalancingv2.listener_rule', " LRULE("${l.listener_arn}", "10") "]]",
			  collect_roles, &out);
	assert_string_equal(out.buf,
			    "1.priority~0.priority error: priority: 10 is also listener rule \"a\"'s on "
			    "the same listener (${l.listener_arn}): AWS says \"A listener can't have "
			    "multiple rules with the same priority.\" (elbv2 CreateRule Priority)\n");
	strbuf_release(&out);
}
#undef LRULE

/* At plan, a load balancer's log bucket of the stack made in another Region
 * (elbv2/rules.c), by the bucket's client's (another provider
 * configuration's); a written region not known yet, a bucket not the
 * stack's, one of the load balancer's Region: nothing. */
static void test_elbv2_log_bucket_region(void **state)
{
#define LB_LOGS(KEY, VALUE) "{'load_balancer_attributes': [{'key': '" KEY ".s3.enabled', " \
	"'value': 'true'}, {'key': '" KEY ".s3.bucket', 'value': '" VALUE "'}]}"
	json_t *stack = js("["
		/* 0-4: buckets */
		"{'name': 'here-logs'}, {'name': 'west-logs'},"
		"{'bucket_name': 'cc-logs'}, {'name': 'later', 'region': '${var.r}'},"
		"{'name': 'there-logs'},"
		/* 5-9: load balancers */
		LB_LOGS("access_logs", "${west.name}") ", " LB_LOGS("connection_logs", "cc-logs") ", "
		LB_LOGS("access_logs", "${here.name}") ", " LB_LOGS("health_check_logs", "${later.name}") ", "
		LB_LOGS("access_logs", "elsewhere-logs") "]");
	static const char *const names[] = { "here", "west", "cc", "later", "there",
					     "a", "b", "c", "d", "e" };
	static const char *const types[] = { "aws.s3.bucket", "aws.s3.bucket", "awscc.s3.bucket",
					     "aws.s3.bucket", "aws.s3.bucket" };
	struct aws_client *east = new_client(NULL, false, "us-east-1", 0);
	struct aws_client *eu = new_client(NULL, false, "eu-west-1", 0);
	struct aws_client *west = new_client(NULL, false, "us-west-2", 0);
	struct written_resource w[10];
	struct strbuf out = STRBUF_INIT;
	(void)state;

	for (size_t i = 0; i < 10; i++) {
		const char *type = i < 5 ? types[i] : "awscc.elasticloadbalancingv2.load_balancer";
		w[i] = (struct written_resource){ .name = names[i], .type = type,
						  .rtype = resource_type_find(type, NULL),
						  .config = json_array_get(stack, i), .provider = "aws",
						  .client = i == 1 ? west : i == 2 ? eu : east,
						  .creating = true };
	}
	aws_check_resources(w, 10, collect_roles, &out);
	assert_string_equal(out.buf,
			    "5.load_balancer_attributes[1].value~1. error: load_balancer_attributes[1]."
			    "value: bucket \"west\" of access_logs.s3.bucket is made in us-west-2, and "
			    "the load balancer in us-east-1: AWS says \"The bucket must exist in the same "
			    "region as the load balancer and have a bucket policy that grants Elastic Load "
			    "Balancing permissions to write to the bucket.\" (elbv2 "
			    "ModifyLoadBalancerAttributes Attributes.Key)\n"
			    "6.load_balancer_attributes[1].value~2. error: load_balancer_attributes[1]."
			    "value: bucket \"cc\" of connection_logs.s3.bucket is made in eu-west-1, and "
			    "the load balancer in us-east-1: AWS says \"The bucket must exist in the same "
			    "region as the load balancer and have a bucket policy that grants Elastic Load "
			    "Balancing permissions to write to the bucket.\" (elbv2 "
			    "ModifyLoadBalancerAttributes Attributes.Key)\n");
	/* at validate: no client, nothing */
	strbuf_reset(&out);
	for (size_t i = 0; i < 10; i++)
		w[i].client = NULL;
	aws_check_resources(w, 10, collect_roles, &out);
	assert_string_equal(out.buf, "");
	aws_client_free(east);
	aws_client_free(eu);
	aws_client_free(west);
	json_decref(stack);
	strbuf_release(&out);
#undef LB_LOGS
}

/* At plan, a CloudFormation stack's policy URL whose S3 host names a Region
 * other than its client's; at validate (no client) nothing. */
static void test_stack_policy_region(void **state)
{
	static const char *const urls[] = {
		"https://b.s3.us-west-2.amazonaws.com/p.json",          /* refused */
		"https://s3-eu-west-1.amazonaws.com/b/p.json",          /* refused */
		"https://b.s3.dualstack.ap-south-1.amazonaws.com/p",    /* refused */
		"https://b.s3.us-east-1.amazonaws.com/p.json",          /* its own */
		"https://s3.amazonaws.com/b/p.json",                    /* names none */
		"https://b.s3-external-1.amazonaws.com/p.json",         /* names none */
		"https://example.com/us-west-2/p.json",                 /* not S3's */
		"${var.url}",                                            /* not known yet */
	};
	struct aws_config cfg = { .region = "us-east-1", .access_key_id = "AKIDTESTING",
				  .secret_access_key = "testing-secret" };
	struct aws_client *client;
	struct written_resource w[8];
	json_t *configs = json_array();
	struct strbuf out = STRBUF_INIT, err = STRBUF_INIT;
	(void)state;

	if (aws_client_new(&cfg, &client, &err))
		fail_msg("aws_client_new: %s", err.buf);
	for (size_t i = 0; i < 8; i++) {
		char name[16];
		json_t *c;
		snprintf(name, sizeof(name), "app%zu", i);
		c = json_pack("{s:s, s:s}", "stack_name", name, "stack_policy_url", urls[i]);
		json_array_append_new(configs, c);
		w[i] = (struct written_resource){ .name = urls[i], .type = "awscc.cloudformation.stack",
						  .rtype = resource_type_find("awscc.cloudformation.stack", NULL),
						  .config = c, .provider = "aws", .client = client,
						  .creating = true };
	}
	aws_check_resources(w, 8, collect_roles, &out);
	assert_string_equal(out.buf,
			    "0.stack_policy_url~-1. error: stack_policy_url: \"https://b.s3.us-west-2."
			    "amazonaws.com/p.json\" is in us-west-2, and the stack is made in us-east-1: "
			    "AWS says \"The URL must point to a policy (maximum size: 16 KB) located in "
			    "an S3 bucket in the same Region as the stack.\" (cloudformation CreateStack "
			    "StackPolicyURL)\n"
			    "1.stack_policy_url~-1. error: stack_policy_url: \"https://s3-eu-west-1."
			    "amazonaws.com/b/p.json\" is in eu-west-1, and the stack is made in "
			    "us-east-1: AWS says \"The URL must point to a policy (maximum size: 16 KB) "
			    "located in an S3 bucket in the same Region as the stack.\" (cloudformation "
			    "CreateStack StackPolicyURL)\n"
			    "2.stack_policy_url~-1. error: stack_policy_url: \"https://b.s3.dualstack."
			    "ap-south-1.amazonaws.com/p\" is in ap-south-1, and the stack is made in "
			    "us-east-1: AWS says \"The URL must point to a policy (maximum size: 16 KB) "
			    "located in an S3 bucket in the same Region as the stack.\" (cloudformation "
			    "CreateStack StackPolicyURL)\n");
	/* at validate: no client, nothing */
	strbuf_reset(&out);
	for (size_t i = 0; i < 8; i++)
		w[i].client = NULL;
	aws_check_resources(w, 8, collect_roles, &out);
	assert_string_equal(out.buf, "");
	aws_client_free(client);
	json_decref(configs);
	strbuf_release(&out);
	strbuf_release(&err);
}

/* ---- across resources: roles and the services given them (checks/roles.c) ---- */

#define TRUST(principal) "{'Statement': [{'Effect': 'Allow', 'Principal': " principal ", " \
			 "'Action': 'sts:AssumeRole'}]}"

/* aws_check_message_targets: an EventBridge rule's and a schedule's queue
 * and topic targets. */
static void test_message_targets(void **state)
{
	struct strbuf out = STRBUF_INIT;
	(void)state;

	/* A FIFO queue with its message group and content-based deduplication,
	 * whose policy lets EventBridge send; a topic whose policy lets it
	 * publish; a schedule whose role may send and publish: nothing. */
	check_across_with("[['q', 'aws.sqs.queue', {'name': 'q.fifo', 'fifo_queue': true,"
		     "   'content_based_deduplication': true, 'policy': {'Statement': [{'Effect': 'Allow',"
		     "   'Principal': {'Service': 'events.amazonaws.com'}, 'Action': 'sqs:SendMessage'}]}}],"
		     " ['t', 'aws.sns.topic', {'name': 't', 'policy': {'Statement': {'Effect': 'Allow',"
		     "   'Principal': {'Service': 'events.amazonaws.com'}, 'Action': 'sns:Publish'}}}],"
		     " ['role', 'aws.iam.role', {'name': 'r', 'assume_role_policy': {'Statement': [{"
		     "   'Effect': 'Allow', 'Principal': {'Service': 'scheduler.amazonaws.com'},"
		     "   'Action': 'sts:AssumeRole'}]}, 'inline_policies': {'send': {'Statement':"
		     "   [{'Effect': 'Allow', 'Action': ['sqs:SendMessage', 'sns:Publish'],"
		     "     'Resource': '*'}]}}}],"
		     " ['r', 'aws.events.rule', {'targets': [{'id': 'q', 'arn': '${q.arn}',"
		     "   'sqs_parameters': {'message_group_id': 'g'}}, {'id': 't', 'arn': '${t.arn}'},"
		     "   {'id': 'x', 'arn': 'arn:aws:sqs:us-east-1:1:other'}]}],"
		     " ['s', 'aws.scheduler.schedule', {'target': {'arn': '${q.arn}',"
		     "   'role_arn': '${role.arn}', 'sqs_parameters': {'message_group_id': 'g'}}}],"
		     " ['s2', 'aws.scheduler.schedule', {'target': {'arn': '${t.arn}',"
		     "   'role_arn': '${role.arn}'}}]]",
		     collect_roles, &out);
	assert_string_equal(out.buf, "");

	/* No message group for a FIFO queue: the rule refused (its own and one
	 * by ARN as written), the schedule warned; no deduplication, no policy
	 * for EventBridge, a role that may not send: warnings. */
	check_across_with("[['q', 'aws.sqs.queue', {'name': 'q.fifo', 'fifo_queue': true}],"
		     " ['t', 'aws.sns.topic', {'name': 't'}],"
		     " ['role', 'aws.iam.role', {'name': 'r', 'inline_policies': {}}],"
		     " ['r', 'aws.events.rule', {'targets': [{'id': 'q', 'arn': '${q.arn}'},"
		     "   {'id': 't', 'arn': '${t.arn}'},"
		     "   {'id': 'x', 'arn': 'arn:aws:sqs:us-east-1:1:other.fifo'}]}],"
		     " ['s', 'aws.scheduler.schedule', {'target': {'arn': '${q.arn}',"
		     "   'role_arn': '${role.arn}'}}]]",
		     collect_roles, &out);
	assert_non_null(strstr(out.buf, "3.targets~0.name error: targets: the target is FIFO queue q, "
				      "which takes messages of a group only"));
	assert_non_null(strstr(out.buf, "3.targets~-1. error: targets: the target is FIFO queue "
				      "arn:aws:sqs:us-east-1:1:other.fifo"));
	assert_non_null(strstr(out.buf, "3.targets~0.content_based_deduplication warning: targets: "
				      "FIFO queue q has no content_based_deduplication"));
	assert_non_null(strstr(out.buf, "3.targets~0.policy warning: targets: queue q of the stack "
				      "does not let EventBridge deliver"));
	assert_non_null(strstr(out.buf, "3.targets~1.policy warning: targets: topic t of the stack"));
	assert_non_null(strstr(out.buf, "4.target~0.name warning: target: the target is FIFO queue q"));
	assert_non_null(strstr(out.buf, "4.target~2.inline_policies warning: target: no policy the "
				      "stack writes for role \"role\" allows sqs:SendMessage on queue q"));
	strbuf_release(&out);

	/* The awscc rule's and schedule's targets alike (their handlers' calls). */
	check_across_with("[['q', 'aws.sqs.queue', {'name': 'q.fifo', 'fifo_queue': true}],"
		     " ['r', 'awscc.events.rule', {'targets': [{'id': 'q', 'arn': '${q.arn}'}]}],"
		     " ['s', 'awscc.scheduler.schedule', {'target': {'arn': '${q.arn}'}}]]",
		     collect_roles, &out);
	assert_non_null(strstr(out.buf, "2.target~0.name warning: target: the target is FIFO queue q"));
	assert_non_null(strstr(out.buf, "1.targets~0.name error: targets: the target is FIFO queue q, "
				      "which takes messages of a group only"));
	assert_non_null(strstr(out.buf, "1.targets~0.content_based_deduplication warning: targets: "
				      "FIFO queue q has no content_based_deduplication"));
	strbuf_release(&out);

	/* A topic of no policy of its own, given one by an aws.sns.topic_policy
	 * of the stack: delivered when that policy lets EventBridge publish,
	 * warned of when it lets another service only. */
	check_across_with("[['t', 'aws.sns.topic', {'name': 't'}],"
		     " ['u', 'aws.sns.topic', {'name': 'u'}],"
		     " ['tp', 'aws.sns.topic_policy', {'topics': ['${t.arn}'], 'policy': {'Statement':"
		     "   [{'Effect': 'Allow', 'Principal': {'Service': 'events.amazonaws.com'},"
		     "     'Action': 'sns:Publish', 'Resource': '*'}]}}],"
		     " ['up', 'aws.sns.topic_policy', {'topics': ['${u.arn}'], 'policy': {'Statement':"
		     "   [{'Effect': 'Allow', 'Principal': {'Service': 's3.amazonaws.com'},"
		     "     'Action': 'sns:Publish', 'Resource': '*'}]}}],"
		     " ['r', 'aws.events.rule', {'targets': [{'id': 't', 'arn': '${t.arn}'},"
		     "   {'id': 'u', 'arn': '${u.arn}'}]}]]",
		     collect_roles, &out);
	assert_null(strstr(out.buf, "topic t of the stack"));
	assert_non_null(strstr(out.buf, "4.targets~1.policy warning: targets: topic u of the stack "
				      "does not let EventBridge deliver: its policy (or an "
				      "aws.sns.topic_policy's)"));
	strbuf_release(&out);
}

/* An event source mapping: what its source takes (lambda/rules.c), and its
 * function's role may read the source (lambda/rules.c, aws_check_lambda_mappings). */
static void test_event_source_mappings(void **state)
{
	static const char *const why[] = {
		"a Kinesis stream needs starting_position",
		"a DynamoDB stream needs starting_position (TRIM_HORIZON, LATEST)",
		"starting_position is for streams",
		"AT_TIMESTAMP needs starting_position_timestamp",
		"AT_TIMESTAMP is for Kinesis streams",
		"over 10, the most for a FIFO queue",
		"needs maximum_batching_window_in_seconds of at least 1",
		"scaling_config (maximum_concurrency) is for SQS sources only",
		"destination_config is for stream sources only",
		"a DynamoDB table, not its stream",
		"no such source",
		"an Amazon MQ source needs queues",
		"an Amazon MQ source needs queues",
	};
	struct strbuf out = STRBUF_INIT;
	(void)state;

#define Q "'arn:aws:sqs:us-east-1:1:q'"
#define K "'arn:aws:kinesis:us-east-1:1:stream/s'"
#define D "'arn:aws:dynamodb:us-east-1:1:table/t/stream/2026-01-01T00:00:00.000'"
#define MQ "'arn:aws:mq:us-east-1:1:broker:b:b-1234'"
	check_rule(rule_lambda_event_source_mapping, NULL,
		   "[{'event_source_arn': " Q "},"
		   " {'event_source_arn': " Q ", 'batch_size': 10},"
		   " {'event_source_arn': " Q ", 'batch_size': 10000, 'maximum_batching_window_in_seconds': 1},"
		   " {'event_source_arn': " Q ", 'batch_size': 50, 'maximum_batching_window_in_seconds': '${var.w}'},"
		   " {'event_source_arn': " Q ", 'scaling_config': {'maximum_concurrency': 2}},"
		   " {'event_source_arn': 'arn:aws:sqs:us-east-1:1:q.fifo', 'batch_size': 10},"
		   " {'event_source_arn': " K ", 'starting_position': 'AT_TIMESTAMP',"
		   "  'starting_position_timestamp': '2026-01-01T00:00:00Z'},"
		   " {'event_source_arn': " K ", 'starting_position': 'LATEST',"
		   "  'destination_config': {'on_failure': {'destination_arn': " Q "}}},"
		   " {'event_source_arn': " D ", 'starting_position': 'TRIM_HORIZON', 'batch_size': 1000},"
		   " {'event_source_arn': '${q.arn}', 'starting_position': 'LATEST'},"
		   " {'event_source_arn': '${t.stream_arn}'},"
		   " {'event_source_arn': " MQ ", 'queues': ['q'], 'source_access_configuration':"
		   "  [{'type': 'BASIC_AUTH', 'uri': 'arn:aws:secretsmanager:us-east-1:1:secret:s'}]},"
		   " {'event_source_arn': " MQ ", 'queues': '${var.q}'}]",
		   "[{'event_source_arn': " K "},"
		   " {'event_source_arn': " D "},"
		   " {'event_source_arn': " Q ", 'starting_position': 'LATEST'},"
		   " {'event_source_arn': " K ", 'starting_position': 'AT_TIMESTAMP'},"
		   " {'event_source_arn': " D ", 'starting_position': 'AT_TIMESTAMP',"
		   "  'starting_position_timestamp': '2026-01-01T00:00:00Z'},"
		   " {'event_source_arn': 'arn:aws:sqs:us-east-1:1:q.fifo', 'batch_size': 11},"
		   " {'event_source_arn': " Q ", 'batch_size': 11},"
		   " {'event_source_arn': " K ", 'starting_position': 'LATEST',"
		   "  'scaling_config': {'maximum_concurrency': 2}},"
		   " {'event_source_arn': " Q ", 'destination_config': {'on_failure': {'destination_arn': " Q "}}},"
		   " {'event_source_arn': 'arn:aws:dynamodb:us-east-1:1:table/t'},"
		   " {'event_source_arn': 'arn:aws:kafka:us-east-1:1:cluster/c/x'},"
		   " {'event_source_arn': " MQ "},"
		   " {'event_source_arn': " MQ ", 'queues': ['a', 'b']}]",
		   why);
	check_rule(rule_iso_time, NULL, "['2026-01-01T00:00:00Z', '${var.t}']", "['yesterday']",
		   (const char *const[]){ "must be an ISO 8601 time" });

	/* The function's role reads each source: SQS, Kinesis, DynamoDB
	 * streams of the stack, a queue by its ARN as written; the managed
	 * policy of each source grants it; not the stack's role, not known: nothing. */
	check_across_with(
		"[['r', 'aws.iam.role', {'assume_role_policy': " TRUST("{'Service': 'lambda.amazonaws.com'}") ","
		"   'inline_policies': {'p': {'Statement': [{'Effect': 'Allow', 'Action': ['sqs:ReceiveMessage',"
		"   'sqs:DeleteMessage', 'sqs:GetQueueAttributes', 'kinesis:Get*', 'kinesis:Describe*',"
		"   'kinesis:ListShards'], 'Resource': '*'}]}}}],"
		" ['f', 'aws.lambda.function', {'role': '${r.arn}', 'function_name': 'ingest'}],"
		" ['q', 'aws.sqs.queue', {'name': 'q'}],"
		" ['s', 'aws.kinesis.stream', {'name': 's'}],"
		" ['m1', 'aws.lambda.event_source_mapping', {'event_source_arn': '${q.arn}', 'function_name': '${f.function_name}'}],"
		" ['m2', 'aws.lambda.event_source_mapping', {'event_source_arn': '${s.arn}', 'function_name': 'ingest'}],"
		" ['m', 'aws.iam.role', {'assume_role_policy': " TRUST("{'Service': 'lambda.amazonaws.com'}") ","
		"   'managed_policy_arns': ['arn:aws:iam::aws:policy/service-role/AWSLambdaDynamoDBExecutionRole']}],"
		" ['g', 'aws.lambda.function', {'role': '${m.arn}'}],"
		" ['t', 'aws.dynamodb.table', {'name': 't'}],"
		" ['m3', 'aws.lambda.event_source_mapping', {'event_source_arn': '${t.stream_arn}', 'function_name': '${g.arn}'}],"
		" ['h', 'aws.lambda.function', {'role': 'arn:aws:iam::1:role/x'}],"
		" ['m4', 'aws.lambda.event_source_mapping', {'event_source_arn': '${q.arn}', 'function_name': '${h.arn}'}],"
		" ['v', 'aws.iam.role', {'assume_role_policy': " TRUST("{'Service': 'lambda.amazonaws.com'}") ","
		"   'inline_policies': '${var.policies}'}],"
		" ['i', 'aws.lambda.function', {'role': '${v.arn}'}],"
		" ['m5', 'aws.lambda.event_source_mapping', {'event_source_arn': '${q.arn}', 'function_name': '${i.arn}'}]]",
		collect_roles, &out);
	assert_string_equal(out.buf, "");

	/* Lacking: an error at the mapping's source naming the role's
	 * policies, only the actions missing; a queue as an ARN written; a
	 * key of the stack on the queue without kms:Decrypt: a warning. */
	check_across_with(
		"[['r', 'aws.iam.role', {'assume_role_policy': " TRUST("{'Service': 'lambda.amazonaws.com'}") ","
		"   'inline_policies': {'p': {'Statement': [{'Effect': 'Allow', 'Action': 'sqs:GetQueueAttributes',"
		"   'Resource': '*'}]}}}],"
		" ['f', 'aws.lambda.function', {'role': '${r.arn}', 'function_name': 'ingest'}],"
		" ['k', 'aws.kms.key', {}],"
		" ['q', 'aws.sqs.queue', {'name': 'q', 'kms_master_key_id': '${k.arn}'}],"
		" ['m1', 'aws.lambda.event_source_mapping', {'event_source_arn': '${q.arn}', 'function_name': '${f.arn}'}],"
		" ['m2', 'aws.lambda.event_source_mapping', {'event_source_arn': 'arn:aws:kinesis:us-east-1:1:stream/s',"
		"   'function_name': 'arn:aws:lambda:us-east-1:1:function:ingest'}]]",
		collect_roles, &out);
	assert_string_equal(out.buf,
			    "4.event_source_arn~0.inline_policies error: event_source_arn: Lambda polls "
			    "the SQS queue q as function \"f\"'s role \"r\", but no policy the stack "
			    "writes for it allows sqs:ReceiveMessage and sqs:DeleteMessage: "
			    "CreateEventSourceMapping refuses a role that cannot read its source (attach "
			    "arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole in "
			    "managed_policy_arns, or an inline policy {\"Effect\": \"Allow\", "
			    "\"Action\": [\"sqs:ReceiveMessage\", ...], \"Resource\": ...})\n"
			    "4.event_source_arn~0.inline_policies warning: event_source_arn: queue \"q\" "
			    "is encrypted with the stack's key (${k.arn}), but no policy the stack writes "
			    "for function \"f\"'s role \"r\" allows kms:Decrypt: Lambda takes the "
			    "mapping and every poll of the queue fails (an inline policy {\"Effect\": "
			    "\"Allow\", \"Action\": \"kms:Decrypt\", \"Resource\": \"${k.arn}\"})\n"
			    "5.event_source_arn~0.inline_policies error: event_source_arn: Lambda polls "
			    "the Kinesis stream as function \"f\"'s role \"r\", but no policy the stack "
			    "writes for it allows kinesis:GetRecords, kinesis:GetShardIterator, "
			    "kinesis:DescribeStream and kinesis:ListShards: "
			    "CreateEventSourceMapping refuses a role that cannot read its source (attach "
			    "arn:aws:iam::aws:policy/service-role/AWSLambdaKinesisExecutionRole in "
			    "managed_policy_arns, or an inline policy {\"Effect\": \"Allow\", "
			    "\"Action\": [\"kinesis:GetRecords\", ...], \"Resource\": ...})\n");
	strbuf_reset(&out);

	/* A Kinesis role with the four actions the refusal names but not
	 * DescribeStreamSummary, which the guide lists too: a warning. */
	check_across_with(
		"[['r', 'aws.iam.role', {'assume_role_policy': " TRUST("{'Service': 'lambda.amazonaws.com'}") ","
		"   'inline_policies': {'p': {'Statement': [{'Effect': 'Allow', 'Action': ['kinesis:GetRecords',"
		"   'kinesis:GetShardIterator', 'kinesis:DescribeStream', 'kinesis:ListShards'], 'Resource': '*'}]}}}],"
		" ['f', 'aws.lambda.function', {'role': '${r.arn}'}],"
		" ['s', 'aws.kinesis.stream', {'name': 's'}],"
		" ['m', 'aws.lambda.event_source_mapping', {'event_source_arn': '${s.arn}', 'function_name': '${f.arn}',"
		"   'starting_position': 'LATEST'}]]",
		collect_roles, &out);
	assert_string_equal(out.buf,
			    "3.event_source_arn~0.inline_policies warning: event_source_arn: Lambda polls "
			    "the Kinesis stream s as function \"f\"'s role \"r\", but no policy the stack "
			    "writes for it allows kinesis:DescribeStreamSummary, which the Lambda Developer "
			    "Guide lists: Lambda may fail to read it (attach arn:aws:iam::aws:policy/"
			    "service-role/AWSLambdaKinesisExecutionRole in managed_policy_arns)\n");
	strbuf_reset(&out);

	/* The queue's visibility timeout under the function's timeout
	 * (written, or the defaults 30 and 3): refused; equal, or not known
	 * yet: nothing. */
	check_across_with(
		"[['r', 'aws.iam.role', {'assume_role_policy': " TRUST("{'Service': 'lambda.amazonaws.com'}") ","
		"   'managed_policy_arns': ['arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole']}],"
		" ['f', 'aws.lambda.function', {'role': '${r.arn}', 'timeout': 60}],"
		" ['g', 'aws.lambda.function', {'role': '${r.arn}', 'timeout': 30}],"
		" ['h', 'aws.lambda.function', {'role': '${r.arn}', 'timeout': '${var.t}'}],"
		" ['q', 'aws.sqs.queue', {'name': 'q'}],"
		" ['m1', 'aws.lambda.event_source_mapping', {'event_source_arn': '${q.arn}', 'function_name': '${f.arn}'}],"
		" ['m2', 'aws.lambda.event_source_mapping', {'event_source_arn': '${q.arn}', 'function_name': '${g.arn}'}],"
		" ['m3', 'aws.lambda.event_source_mapping', {'event_source_arn': '${q.arn}', 'function_name': '${h.arn}'}]]",
		collect_roles, &out);
	assert_string_equal(out.buf,
			    "5.event_source_arn~4.visibility_timeout_seconds error: event_source_arn: "
			    "queue \"q\"'s visibility_timeout_seconds (30, the default) is less than "
			    "function \"f\"'s timeout (60): CreateEventSourceMapping refuses it, as a "
			    "message could be received again while the function still works on it "
			    "(make the visibility timeout at least 60)\n");
	strbuf_release(&out);
#undef Q
#undef K
#undef D
#undef MQ
}

/* A bucket notification's destinations of the stack let S3 deliver from
 * its bucket (s3/rules.c, aws_check_notifications). */
static void test_notification_destinations(void **state)
{
	struct strbuf out = STRBUF_INIT;
	(void)state;

	/* A queue policy for S3 naming the bucket, a topic policy without a
	 * source, a permission for S3 naming it: nothing. */
	check_across_with("[['raw', 'aws.s3.bucket', {'name': 'raw-data'}],"
		     " ['q', 'aws.sqs.queue', {'name': 'q', 'policy': {'Statement': [{'Effect': 'Allow',"
		     "   'Principal': {'Service': 's3.amazonaws.com'}, 'Action': 'sqs:SendMessage',"
		     "   'Condition': {'ArnLike': {'aws:SourceArn': '${raw.arn}'}}}]}}],"
		     " ['t', 'aws.sns.topic', {'name': 't', 'policy': {'Statement': {'Effect': 'Allow',"
		     "   'Principal': '*', 'Action': 'SNS:Publish'}}}],"
		     " ['f', 'aws.lambda.function', {'function_name': 'ingest'}],"
		     " ['p', 'aws.lambda.permission', {'function_name': '${f.function_name}',"
		     "   'principal': 's3.amazonaws.com', 'source_arn': 'arn:aws:s3:::raw-data'}],"
		     " ['n', 'aws.s3.bucket_notification', {'bucket': '${raw.name}',"
		     "   'queue': [{'queue_arn': '${q.arn}'}], 'topic': [{'topic_arn': '${t.arn}'}],"
		     "   'lambda_function': [{'lambda_function_arn': '${f.arn}'}]}]]",
		     collect_roles, &out);
	assert_string_equal(out.buf, "");

	/* The queue's policy names another bucket, the topic has none, the
	 * permission is for EventBridge: each refused, naming what lacks it;
	 * an ARN not of the stack passes. */
	check_across_with("[['raw', 'aws.s3.bucket', {'name': 'raw-data'}],"
		     " ['q', 'aws.sqs.queue', {'name': 'q', 'policy': {'Statement': [{'Effect': 'Allow',"
		     "   'Principal': {'Service': 's3.amazonaws.com'}, 'Action': 'sqs:SendMessage',"
		     "   'Condition': {'ArnLike': {'aws:SourceArn': 'arn:aws:s3:::other'}}}]}}],"
		     " ['t', 'aws.sns.topic', {'name': 't'}],"
		     " ['f', 'aws.lambda.function', {'function_name': 'ingest'}],"
		     " ['p', 'aws.lambda.permission', {'function_name': '${f.function_name}',"
		     "   'principal': 'events.amazonaws.com'}],"
		     " ['n', 'aws.s3.bucket_notification', {'bucket': '${raw.name}',"
		     "   'queue': [{'queue_arn': '${q.arn}'}, {'queue_arn': 'arn:aws:sqs:us-east-1:1:x'}],"
		     "   'topic': [{'topic_arn': '${t.arn}'}],"
		     "   'lambda_function': [{'lambda_function_arn': '${f.arn}'}]}]]",
		     collect_roles, &out);
	assert_non_null(strstr(out.buf, "5.queue~1.policy error: queue: q of the stack does not "
				      "let S3 deliver from bucket raw: its policy must allow"));
	assert_non_null(strstr(out.buf, "5.topic~2.policy error: topic: t of the stack"));
	assert_non_null(strstr(out.buf, "5.lambda_function~3.function_name error: "
				      "lambda_function: f of the stack does not let S3 deliver from "
				      "bucket raw: an aws.lambda.permission must allow"));
	{
		size_t lines = 0;

		for (const char *c = out.buf; *c; c++)
			lines += *c == '\n';
		assert_int_equal(lines, 3);
	}
	strbuf_reset(&out);

	/* The bucket by its name as written: the stack's bucket of that name,
	 * whose ARN the queue's policy names. */
	check_across_with("[['raw', 'aws.s3.bucket', {'name': 'raw-data'}],"
		     " ['q', 'aws.sqs.queue', {'name': 'q', 'policy': {'Statement': [{'Effect': 'Allow',"
		     "   'Principal': {'Service': 's3.amazonaws.com'}, 'Action': 'sqs:SendMessage',"
		     "   'Condition': {'ArnLike': {'aws:SourceArn': '${raw.arn}'}}}]}}],"
		     " ['n', 'aws.s3.bucket_notification', {'bucket': 'raw-data',"
		     "   'queue': [{'queue_arn': '${q.arn}'}]}]]",
		     collect_roles, &out);
	assert_string_equal(out.buf, "");

	/* At plan, a module's bucket by its name (the notification's bucket a
	 * module output, put in), the queue's condition naming it through the
	 * module's output, a variable or a local, which plan does not put
	 * inside a policy: not known to the check, it passes (it was refused:
	 * examples/movies-api's landing.yaml). */
	check_across_with("[['module.lake.raw', 'aws.s3.bucket', {'name': 'raw-data'}],"
		     " ['q', 'aws.sqs.queue', {'name': 'q', 'policy': {'Statement': [{'Effect': 'Allow',"
		     "   'Principal': {'Service': 's3.amazonaws.com'}, 'Action': 'sqs:SendMessage',"
		     "   'Condition': {'ArnLike': {'aws:SourceArn': 'arn:aws:s3:::${module.lake.raw_bucket}'}}}]}}],"
		     " ['v', 'aws.sqs.queue', {'name': 'v', 'policy': {'Statement': [{'Effect': 'Allow',"
		     "   'Principal': {'Service': 's3.amazonaws.com'}, 'Action': 'sqs:SendMessage',"
		     "   'Condition': {'ArnLike': {'aws:SourceArn': '${var.bucket_arn}'}}}]}}],"
		     " ['u', 'aws.sqs.queue', {'name': 'u', 'policy': {'Statement': [{'Effect': 'Allow',"
		     "   'Principal': {'Service': 's3.amazonaws.com'}, 'Action': 'sqs:SendMessage',"
		     "   'Condition': {'ArnLike': {'aws:SourceArn': {'$unknown': true}}}}]}}],"
		     " ['n', 'aws.s3.bucket_notification', {'bucket': 'raw-data',"
		     "   'queue': [{'queue_arn': '${q.arn}'}, {'queue_arn': '${v.arn}'},"
		     "   {'queue_arn': '${u.arn}'}]}]]",
		     collect_roles, &out);
	assert_string_equal(out.buf, "");
	strbuf_release(&out);
}

static void test_roles_trust_their_service(void **state)
{
	struct strbuf out = STRBUF_INIT;
	(void)state;

	/* Every valid form: a service as a string or in a list, "*" and
	 * {"AWS": "*"}, regional and .com.cn principals, a Condition, a policy
	 * as JSON text, sts:* as the action, ${...} inside a statement, a
	 * document given by a variable, a role given by ARN or name (not
	 * looked at), one with count, another provider configuration's. */
	check_across_with(
		"[['l', 'aws.iam.role', {'assume_role_policy': " TRUST("{'Service': 'lambda.amazonaws.com'}") "}],"
		" ['f', 'aws.lambda.function', {'role': '${l.arn}'}],"
		" ['two', 'aws.iam.role', {'assume_role_policy': " TRUST("{'Service': ['events.amazonaws.com', 'states.amazonaws.com']}") "}],"
		" ['sm', 'aws.sfn.state_machine', {'role_arn': '${two.arn}', 'definition': {}}],"
		" ['ev', 'aws.events.rule', {'role_arn': '${two.arn}', 'targets': [{'id': 'a', 'arn': 'x', 'role_arn': '${two.arn}'}]}],"
		" ['any', 'aws.iam.role', {'assume_role_policy': " TRUST("'*'") "}],"
		" ['s', 'aws.scheduler.schedule', {'target': {'arn': 'x', 'role_arn': '${any.arn}'}}],"
		" ['aws', 'aws.iam.role', {'assume_role_policy': " TRUST("{'AWS': '*'}") "}],"
		" ['s2', 'aws.scheduler.schedule', {'target': {'arn': 'x', 'role_arn': '${aws.arn}'}}],"
		" ['reg', 'aws.iam.role', {'assume_role_policy': " TRUST("{'Service': 'glue.eu-west-1.amazonaws.com'}") "}],"
		" ['j', 'aws.glue.job', {'role': '${reg.name}'}],"
		" ['cn', 'aws.iam.role', {'assume_role_policy': " TRUST("{'Service': 'glue.amazonaws.com.cn'}") "}],"
		" ['c', 'aws.glue.crawler', {'role': '${cn.arn}'}],"
		" ['cond', 'aws.iam.role', {'assume_role_policy': {'Statement': {'Effect': 'Allow', "
		"   'Principal': {'Service': 'ec2.amazonaws.com'}, 'Action': ['sts:*'], "
		"   'Condition': {'StringEquals': {'aws:SourceAccount': '123456789012'}}}}}],"
		" ['p', 'aws.iam.instance_profile', {'role': '${cond.name}'}],"
		" ['text', 'aws.iam.role', {'assume_role_policy': '{\\\"Statement\\\": [{\\\"Effect\\\": \\\"Allow\\\", "
		"   \\\"Principal\\\": {\\\"Service\\\": \\\"redshift.amazonaws.com\\\"}, \\\"Action\\\": \\\"sts:AssumeRole\\\"}]}'}],"
		" ['rs', 'aws.redshift.cluster', {'iam_roles': ['${text.arn}', 'arn:aws:iam::1:role/x']}],"
		" ['tpl', 'aws.iam.role', {'assume_role_policy': " TRUST("{'Service': '${var.svc}'}") "}],"
		" ['f2', 'aws.lambda.function', {'role': '${tpl.arn}'}],"
		" ['var', 'aws.iam.role', {'assume_role_policy': '${var.trust}'}],"
		" ['f3', 'aws.lambda.function', {'role': '${var.arn}'}],"
		" ['f4', 'aws.lambda.function', {'role': 'arn:aws:iam::123456789012:role/l'}],"
		" ['many', 'aws.iam.role', {'assume_role_policy': " TRUST("{'Service': 'ec2.amazonaws.com'}") "}, true],"
		" ['f5', 'aws.lambda.function', {'role': '${many.arn}'}],"
		" ['west', 'aws.iam.role', {'assume_role_policy': " TRUST("{'Service': 'ec2.amazonaws.com'}") "}, false, 'aws.west'],"
		" ['f6', 'aws.lambda.function', {'role': '${west.arn}'}]]",
		collect_roles, &out);
	assert_string_equal(out.buf, "");

	/* A role that trusts another service: refused at the consumer's role,
	 * naming the role's assume_role_policy. */
	check_across_with(
		"[['ec2', 'aws.iam.role', {'assume_role_policy': " TRUST("{'Service': 'ec2.amazonaws.com'}") "}],"
		" ['f', 'aws.lambda.function', {'role': '${ec2.arn}'}]]",
		collect_roles, &out);
	assert_string_equal(out.buf,
			    "1.role~0.assume_role_policy error: role: role \"ec2\" does not trust "
			    "lambda.amazonaws.com: its assume_role_policy has no Allow statement for "
			    "sts:AssumeRole naming that service, and Lambda refuses to create a function "
			    "whose role it cannot assume (add {\"Effect\": \"Allow\", \"Principal\": "
			    "{\"Service\": \"lambda.amazonaws.com\"}, \"Action\": \"sts:AssumeRole\"})\n");
	strbuf_reset(&out);

	/* Each consumer, by where it gives the role; a Deny, another action, a
	 * look-alike principal and a Federated one are not trust. An error where
	 * the service's create call refuses the role, a warning where it takes
	 * it (and fails when it uses it). */
	check_across_with(
		"[['deny', 'aws.iam.role', {'assume_role_policy': {'Statement': [{'Effect': 'Deny', "
		"   'Principal': {'Service': 'states.amazonaws.com'}, 'Action': 'sts:AssumeRole'}]}}],"
		" ['sm', 'aws.sfn.state_machine', {'role_arn': '${deny.arn}', 'definition': {}}],"
		" ['web', 'aws.iam.role', {'assume_role_policy': {'Statement': [{'Effect': 'Allow', "
		"   'Principal': {'Service': 'scheduler.amazonaws.com'}, 'Action': 'sts:AssumeRoleWithWebIdentity'}]}}],"
		" ['s', 'aws.scheduler.schedule', {'target': {'arn': 'x', 'role_arn': '${web.arn}'}}],"
		" ['like', 'aws.iam.role', {'assume_role_policy': " TRUST("{'Service': 'events.amazonaws.com.evil'}") "}],"
		" ['ev', 'aws.events.rule', {'targets': [{'id': 'a', 'arn': 'x'}, {'id': 'b', 'arn': 'x', 'role_arn': '${like.arn}'}]}],"
		" ['fed', 'aws.iam.role', {'assume_role_policy': " TRUST("{'Federated': 'glue.amazonaws.com'}") "}],"
		" ['j', 'aws.glue.job', {'role': '${fed.name}'}],"
		" ['c', 'aws.glue.crawler', {'role': '${deny.arn}'}],"
		" ['p', 'aws.iam.instance_profile', {'role': '${deny.name}'}],"
		" ['rs', 'aws.redshift.cluster', {'iam_roles': ['${deny.arn}']}],"
		" ['ev2', 'aws.events.rule', {'role_arn': '${deny.arn}'}],"
		" ['fh', 'aws.firehose.delivery_stream', {'extended_s3_configuration': "
		"   {'role_arn': '${deny.arn}', 'bucket_arn': 'arn:aws:s3:::b'}}],"
		" ['cb', 'aws.codebuild.project', {'service_role': '${deny.arn}'}]]",
		collect_roles, &out);
	assert_non_null(strstr(out.buf, "1.role_arn~0.assume_role_policy error: role_arn: role \"deny\" does not trust states.amazonaws.com: "));
	assert_non_null(strstr(out.buf, "3.target.role_arn~2.assume_role_policy error: target.role_arn: role \"web\" does not trust scheduler.amazonaws.com: "));
	assert_non_null(strstr(out.buf, "5.targets~4.assume_role_policy warning: targets: role \"like\" does not trust events.amazonaws.com: "));
	assert_non_null(strstr(out.buf, "7.role~6.assume_role_policy warning: role: role \"fed\" does not trust glue.amazonaws.com: "));
	assert_non_null(strstr(out.buf, "8.role~0.assume_role_policy error: role: role \"deny\" does not trust glue.amazonaws.com: "));
	assert_non_null(strstr(out.buf, "9.role~0.assume_role_policy warning: role: role \"deny\" does not trust ec2.amazonaws.com: "));
	assert_non_null(strstr(out.buf, "10.iam_roles~0.assume_role_policy warning: iam_roles: role \"deny\" does not trust redshift.amazonaws.com: "));
	assert_non_null(strstr(out.buf, "11.role_arn~0.assume_role_policy error: role_arn: role \"deny\" does not trust events.amazonaws.com: "));
	/* CreateDeliveryStream assumes the role at once ("Firehose is unable
	 * to assume role"), but the last release took such a stack: a
	 * warning (checks/roles.c). */
	assert_non_null(strstr(out.buf, "12.extended_s3_configuration.role_arn~0.assume_role_policy "
				      "warning: extended_s3_configuration.role_arn: role \"deny\" does "
				      "not trust firehose.amazonaws.com: "));
	assert_non_null(strstr(out.buf, "13.service_role~0.assume_role_policy error: service_role: "
				      "role \"deny\" does not trust codebuild.amazonaws.com: "));
	{
		int lines = 0;

		for (const char *c = out.buf; *c; c++)
			lines += *c == '\n';
		assert_int_equal(lines, 11); /* and the stream role's S3 warning */
	}
	strbuf_release(&out);
}

#define OPEN "{'Statement': {'Effect': 'Allow', 'Principal': '*', 'Action': '*'}}"
#define ALLOW(action, resource) "{'Statement': [{'Effect': 'Allow', 'Action': " action ", " \
				"'Resource': " resource "}]}"
#define SFN_ROLE(extra) "['r', 'aws.iam.role', {'assume_role_policy': " \
			TRUST("{'Service': 'states.amazonaws.com'}") extra "}]"
#define TASKS "{'StartAt': 'A', 'States': {" \
	"'A': {'Type': 'Task', 'Resource': 'arn:aws:states:::glue:startJobRun.sync', " \
	"      'Parameters': {'JobName': '${etl.name}'}, 'Next': 'B'}," \
	"'B': {'Type': 'Parallel', 'End': true, 'Branches': [{'StartAt': 'C', 'States': {" \
	"      'C': {'Type': 'Task', 'Resource': '${fn.arn}', 'End': true}}}]}}}"
#define TARGETS "['etl', 'aws.glue.job', {'name': 'nightly-etl', 'role': 'x'}]," \
		" ['fn', 'aws.lambda.function', {'function_name': 'notify', 'role': 'x'}]"

static void test_state_machine_tasks(void **state)
{
	struct strbuf out = STRBUF_INIT;
	(void)state;

	/* Allowed: by an inline policy (wildcards, ${...} as Resource), by a
	 * managed policy of the stack, by a statement not known yet. */
	check_across_with("[" SFN_ROLE(", 'inline_policies': {'run': " ALLOW("['glue:Start*', 'glue:GetJobRun']", "'arn:aws:glue:*:*:job/nightly-*'")
				       ", 'call': " ALLOW("'lambda:InvokeFunction'", "'${fn.arn}'") "}") ","
			  " ['sm', 'aws.sfn.state_machine', {'role_arn': '${r.arn}', 'definition': " TASKS "}], " TARGETS "]",
			  collect_roles, &out);
	assert_string_equal(out.buf, "");
	check_across_with("[" SFN_ROLE(", 'managed_policy_arns': ['${pol.arn}']") ","
			  " ['pol', 'aws.iam.policy', {'policy': " ALLOW("'*'", "'*'") "}],"
			  " ['sm', 'aws.sfn.state_machine', {'role_arn': '${r.arn}', 'definition': " TASKS "}], " TARGETS "]",
			  collect_roles, &out);
	assert_string_equal(out.buf, "");
	check_across_with("[" SFN_ROLE(", 'inline_policies': {'x': " ALLOW("'${var.action}'", "'*'") "}") ","
			  " ['sm', 'aws.sfn.state_machine', {'role_arn': '${r.arn}', 'definition': " TASKS "}], " TARGETS "]",
			  collect_roles, &out);
	assert_string_equal(out.buf, "");

	/* Not allowed: a warning at the definition naming the role's policies,
	 * for each Task (inside a Parallel branch too); a policy ARN from
	 * outside the stack is named as what may still allow it. */
	check_across_with("[" SFN_ROLE(", 'inline_policies': {'run': " ALLOW("'glue:StartJobRun'", "'arn:aws:glue:*:*:job/other'")
				       "}, 'managed_policy_arns': ['arn:aws:iam::aws:policy/ReadOnlyAccess']") ","
			  " ['sm', 'aws.sfn.state_machine', {'role_arn': '${r.arn}', 'definition': " TASKS "}], " TARGETS "]",
			  collect_roles, &out);
	assert_string_equal(out.buf,
			    "1.definition~0.inline_policies warning: definition: state \"A\" starts Glue "
			    "job \"etl\", but no policy the stack writes for role \"r\" allows "
			    "glue:StartJobRun on it (unless arn:aws:iam::aws:policy/ReadOnlyAccess, not in "
			    "the stack, does): the execution would fail with AccessDenied (e.g. an inline "
			    "policy {\"Effect\": \"Allow\", \"Action\": \"glue:StartJobRun\", \"Resource\": "
			    "\"${etl.arn}\"})\n"
			    "1.definition~0.inline_policies warning: definition: state \"C\" starts Lambda "
			    "function \"fn\", but no policy the stack writes for role \"r\" allows "
			    "lambda:InvokeFunction on it (unless arn:aws:iam::aws:policy/ReadOnlyAccess, not "
			    "in the stack, does): the execution would fail with AccessDenied (e.g. an inline "
			    "policy {\"Effect\": \"Allow\", \"Action\": \"lambda:InvokeFunction\", "
			    "\"Resource\": \"${fn.arn}\"})\n");
	strbuf_reset(&out);

	/* A Task naming its function and job by their names, through
	 * lambda:invoke and a JSON text definition; a Deny is no grant. */
	check_across_with("[" SFN_ROLE(", 'inline_policies': {'d': {'Statement': {'Effect': 'Deny', 'Action': '*', 'Resource': '*'}}}") ","
			  " ['sm', 'aws.sfn.state_machine', {'role_arn': '${r.arn}', 'definition': '{\\\"StartAt\\\": \\\"L\\\", \\\"States\\\": {"
			  "\\\"L\\\": {\\\"Type\\\": \\\"Task\\\", \\\"Resource\\\": \\\"arn:aws:states:::lambda:invoke\\\", \\\"Parameters\\\": "
			  "{\\\"FunctionName\\\": \\\"arn:aws:lambda:us-east-1:123456789012:function:notify:$LATEST\\\"}, \\\"Next\\\": \\\"G\\\"},"
			  "\\\"G\\\": {\\\"Type\\\": \\\"Task\\\", \\\"Resource\\\": \\\"arn:aws:states:::glue:startJobRun\\\", \\\"Parameters\\\": "
			  "{\\\"JobName\\\": \\\"nightly-etl\\\"}, \\\"End\\\": true}}}'}], " TARGETS "]",
			  collect_roles, &out);
	assert_non_null(strstr(out.buf, "state \"L\" starts Lambda function \"fn\""));
	assert_non_null(strstr(out.buf, "state \"G\" starts Glue job \"etl\""));
	strbuf_reset(&out);

	/* Not known: a role by ARN, a definition of ${...}, a JobName.$ path,
	 * a function of another name: nothing. */
	check_across_with("[" SFN_ROLE("") ","
			  " ['a', 'aws.sfn.state_machine', {'role_arn': 'arn:aws:iam::1:role/r', 'definition': " TASKS "}],"
			  " ['b', 'aws.sfn.state_machine', {'role_arn': '${r.arn}', 'definition': '${var.definition}'}],"
			  " ['c', 'aws.sfn.state_machine', {'role_arn': '${r.arn}', 'definition': {'StartAt': 'A', 'States': {"
			  "   'A': {'Type': 'Task', 'Resource': 'arn:aws:states:::glue:startJobRun', 'Parameters': {'JobName.$': '$.job'}, 'Next': 'B'},"
			  "   'B': {'Type': 'Task', 'Resource': 'arn:aws:lambda:us-east-1:1:function:notify-other', 'End': true}}}}], " TARGETS "]",
			  collect_roles, &out);
	assert_string_equal(out.buf, "");
	strbuf_release(&out);
}

#define LAMBDA_ROLE(extra) "['r', 'aws.iam.role', {'assume_role_policy': " \
			   TRUST("{'Service': 'lambda.amazonaws.com'}") extra "}]"
#define IN_VPC "['f', 'aws.lambda.function', {'role': '${r.arn}', " \
	       "'vpc_config': {'subnet_ids': ['${a.id}', 'subnet-00000001'], 'security_group_ids': ['${sg.id}']}}]"

/* ---- across resources: what a key encrypts, and who uses it (kms/rules.c) ---- */

#define ROOT_KEY "{'Statement': [{'Effect': 'Allow', 'Principal': {'AWS': " \
		 "'arn:aws:iam::123456789012:root'}, 'Action': 'kms:*', 'Resource': '*'}]}"
#define SERVICE_KEY(svc) "{'Statement': [{'Effect': 'Allow', 'Principal': {'AWS': " \
		 "'arn:aws:iam::123456789012:root'}, 'Action': 'kms:*', 'Resource': '*'}, " \
		 "{'Effect': 'Allow', 'Principal': {'Service': '" svc "'}, 'Action': " \
		 "['kms:GenerateDataKey*', 'kms:Decrypt'], 'Resource': '*'}]}"
#define OPEN "{'Statement': {'Effect': 'Allow', 'Principal': '*', 'Action': '*'}}"
#define ALLOW(action, resource) "{'Statement': [{'Effect': 'Allow', 'Action': " action ", " \
		 "'Resource': " resource "}]}"

/* The lines of what a key encrypts (the other checks across resources
 * report too). */
static size_t lines_of(const char *s)
{
	size_t n = 0;

	for (const char *p = strstr(s, "which is encrypted with key"); p;
	     p = strstr(p + 1, "which is encrypted with key"))
		n++;
	return n;
}

/* A log group's key lets CloudWatch Logs use it: an error where it does
 * not (AWS's default policy included), nothing where it does; the key
 * reached through an alias of the stack too; a key by ARN, not looked at. */
static void test_key_uses_log_groups(void **state)
{
	struct strbuf out = STRBUF_INIT;
	(void)state;

	check_across_with("[['k', 'aws.kms.key', {'policy': " ROOT_KEY "}],"
			  " ['d', 'aws.kms.key', {}],"
			  " ['a', 'aws.kms.alias', {'name': 'alias/lake', 'target_key_id': '${d.key_id}'}],"
			  " ['g', 'aws.logs.log_group', {'name': '/x', 'kms_key_id': '${k.arn}'}],"
			  " ['h', 'aws.logs.log_group', {'name': '/y', 'kms_key_id': '${a.arn}'}],"
			  " ['o', 'aws.logs.log_group', {'name': '/z', 'kms_key_id': "
			  "   'arn:aws:kms:us-east-1:123456789012:key/1234'}]]",
			  collect_roles, &out);
	assert_non_null(strstr(out.buf, "3.kms_key_id~0.policy error: kms_key_id: CloudWatch Logs "
				      "keeps log group \"g\", which is encrypted with key \"k\", but "
				      "key \"k\"'s policy has no Allow statement of kms:GenerateDataKey "
				      "and kms:Decrypt for logs.REGION.amazonaws.com"));
	assert_non_null(strstr(out.buf, "4.kms_key_id~1.policy error: kms_key_id: CloudWatch Logs "
				      "keeps log group \"h\", which is encrypted with key \"d\", but "
				      "key \"d\"'s policy (AWS's default, none written) has no Allow"));
	assert_int_equal(lines_of(out.buf), 2);
	strbuf_reset(&out);

	check_across_with("[['k', 'aws.kms.key', {'policy': " SERVICE_KEY("logs.us-east-1.amazonaws.com") "}],"
			  " ['g', 'aws.logs.log_group', {'name': '/x', 'kms_key_id': '${k.arn}'}]]",
			  collect_roles, &out);
	assert_string_equal(out.buf, "");
	strbuf_release(&out);
}

/* The roles that read or write an encrypted bucket: by what their policies
 * allow on it, by a Firehose stream's and a Glue job's own attributes. */
static void test_key_uses_buckets(void **state)
{
	struct strbuf out = STRBUF_INIT;
	(void)state;

	/* The key lets the account; the roles' policies allow no kms action:
	 * a warning per role at the bucket's key, naming the role's policies. */
	check_across_with("[['k', 'aws.kms.key', {'policy': " ROOT_KEY "}],"
			  " ['raw', 'aws.s3.bucket', {'name': 'raw-data', 'encryption':"
			  "   {'sse_algorithm': 'aws:kms', 'kms_key_id': '${k.arn}'}}],"
			  " ['reader', 'aws.iam.role', {'name': 'reader', 'inline_policies': {'read': "
			  "   " ALLOW("'s3:GetObject'", "'${raw.arn}/*'") "}}],"
			  " ['writer', 'aws.iam.role', {'name': 'writer', 'inline_policies': {'w': "
			  "   " ALLOW("['s3:PutObject', 's3:GetObject']", "['arn:aws:s3:::raw-data/*']") "}}],"
			  " ['other', 'aws.iam.role', {'name': 'other', 'inline_policies': {'w': "
			  "   " ALLOW("'s3:*'", "'arn:aws:s3:::raw-data-2/*'") "}}],"
			  " ['fh_role', 'aws.iam.role', {'name': 'fh'}],"
			  " ['fh', 'aws.firehose.delivery_stream', {'name': 'f', 'extended_s3_configuration':"
			  "   {'role_arn': '${fh_role.arn}', 'bucket_arn': '${raw.arn}'}}],"
			  " ['glue_role', 'aws.iam.role', {'name': 'g'}],"
			  " ['job', 'aws.glue.job', {'name': 'j', 'role': '${glue_role.arn}', 'command':"
			  "   {'name': 'glueetl', 'script_location': 's3://${raw.name}/job.py'}}]]",
			  collect_roles, &out);
	assert_non_null(strstr(out.buf, "1.encryption.kms_key_id~2.inline_policies warning: "
				      "encryption.kms_key_id: role \"reader\" reads bucket \"raw\" (its "
				      "policy allows it), which is encrypted with key \"k\", but no "
				      "policy the stack writes for role \"reader\" allows kms:Decrypt on "
				      "key \"k\""));
	assert_non_null(strstr(out.buf, "1.encryption.kms_key_id~3.inline_policies warning: "
				      "encryption.kms_key_id: role \"writer\" reads and writes bucket "
				      "\"raw\" (its policy allows it), which is encrypted with key \"k\", "
				      "but no policy the stack writes for role \"writer\" allows "
				      "kms:Decrypt and kms:GenerateDataKey"));
	assert_non_null(strstr(out.buf, "1.encryption.kms_key_id~5.inline_policies warning: "
				      "encryption.kms_key_id: aws.firehose.delivery_stream \"fh\" writes "
				      "bucket \"raw\" as role \"fh_role\""));
	assert_non_null(strstr(out.buf, "1.encryption.kms_key_id~7.inline_policies warning: "
				      "encryption.kms_key_id: aws.glue.job \"job\" reads its script from "
				      "bucket \"raw\" as role \"glue_role\""));
	assert_null(strstr(out.buf, "role \"other\""));
	assert_int_equal(lines_of(out.buf), 4);
	strbuf_reset(&out);

	/* The Firehose stream's and the Glue job's roles allowed the key's
	 * actions: nothing of the key (the Firehose role's S3 warning stays). */
	check_across_with("[['k', 'aws.kms.key', {'policy': " ROOT_KEY "}],"
			  " ['raw', 'aws.s3.bucket', {'name': 'raw-data', 'encryption':"
			  "   {'sse_algorithm': 'aws:kms', 'kms_key_id': '${k.arn}'}}],"
			  " ['fh_role', 'aws.iam.role', {'name': 'fh', 'inline_policies': {'k': "
			  "   " ALLOW("['kms:GenerateDataKey', 'kms:Decrypt']", "'${k.arn}'") "}}],"
			  " ['fh', 'aws.firehose.delivery_stream', {'name': 'f', 'extended_s3_configuration':"
			  "   {'role_arn': '${fh_role.arn}', 'bucket_arn': '${raw.arn}'}}],"
			  " ['glue_role', 'aws.iam.role', {'name': 'g', 'inline_policies': {'k': "
			  "   " ALLOW("'kms:Decrypt'", "'*'") "}}],"
			  " ['job', 'aws.glue.job', {'name': 'j', 'role': '${glue_role.arn}', 'command':"
			  "   {'name': 'glueetl', 'script_location': 's3://raw-data/job.py'}}]]",
			  collect_roles, &out);
	assert_int_equal(lines_of(out.buf), 0);
	strbuf_reset(&out);

	/* The same with the key's policy letting neither: at the key's policy. */
	check_across_with("[['k', 'aws.kms.key', {'policy': {'Statement': [{'Effect': 'Allow',"
			  "   'Principal': {'AWS': 'arn:aws:iam::123456789012:role/admin'}, 'Action': 'kms:*',"
			  "   'Resource': '*'}]}}],"
			  " ['raw', 'aws.s3.bucket', {'name': 'raw-data', 'encryption':"
			  "   {'sse_algorithm': 'aws:kms', 'kms_key_id': '${k.key_id}'}}],"
			  " ['reader', 'aws.iam.role', {'name': 'reader', 'inline_policies': {'read': "
			  "   " ALLOW("['s3:GetObject', 'kms:Decrypt']", "['${raw.arn}/*', '*']") "}}]]",
			  collect_roles, &out);
	assert_string_equal(out.buf, "1.encryption.kms_key_id~0.policy warning: encryption.kms_key_id: "
			    "role \"reader\" reads bucket \"raw\" (its policy allows it), which is "
			    "encrypted with key \"k\", but key \"k\"'s policy lets neither role "
			    "\"reader\" nor the account use it for kms:Decrypt (add a statement "
			    "allowing Principal {\"AWS\": \"${reader.arn}\"} kms:Decrypt): AWS takes it, "
			    "and each of those reads or writes fails with AccessDenied\n");
	strbuf_reset(&out);

	/* Accepted: the role's own policy allows the key's actions (a key of
	 * AWS's default policy); the key's policy names the role by its ARN;
	 * an AWS managed policy that allows every action; a bucket by ARN. */
	check_across_with("[['k', 'aws.kms.key', {}],"
			  " ['n', 'aws.kms.key', {'policy': {'Statement': [{'Effect': 'Allow',"
			  "   'Principal': {'AWS': ['arn:aws:iam::123456789012:role/named']},"
			  "   'Action': ['kms:Decrypt', 'kms:GenerateDataKey'], 'Resource': '*'}]}}],"
			  " ['raw', 'aws.s3.bucket', {'name': 'raw-data', 'encryption':"
			  "   {'sse_algorithm': 'aws:kms', 'kms_key_id': '${k.arn}'}}],"
			  " ['gold', 'aws.s3.bucket', {'name': 'gold', 'encryption':"
			  "   {'sse_algorithm': 'aws:kms', 'kms_key_id': '${n.arn}'}}],"
			  " ['reader', 'aws.iam.role', {'name': 'reader', 'inline_policies': {'read': "
			  "   " ALLOW("['s3:GetObject', 's3:PutObject', 'kms:Decrypt', 'kms:GenerateDataKey*']",
				  "['${raw.arn}/*', '${k.arn}']") "}}],"
			  " ['named', 'aws.iam.role', {'name': 'named', 'inline_policies': {'rw': "
			  "   " ALLOW("'s3:*Object'", "'${gold.arn}/*'") "}}],"
			  " ['admin', 'aws.iam.role', {'name': 'admin', 'managed_policy_arns':"
			  "   ['arn:aws:iam::aws:policy/AdministratorAccess'], 'inline_policies': {'r': "
			  "   " ALLOW("'s3:GetObject'", "'${raw.arn}/*'") "}}]]",
			  collect_roles, &out);
	assert_string_equal(out.buf, "");
	strbuf_release(&out);
}

/* A secret's key lets the account (Secrets Manager uses it for its
 * callers), and its readers may decrypt with it. */
static void test_key_uses_secrets(void **state)
{
	struct strbuf out = STRBUF_INIT;
	(void)state;

	check_across_with("[['k', 'aws.kms.key', {'policy': {'Statement': [{'Effect': 'Allow',"
			  "   'Principal': {'AWS': 'arn:aws:iam::123456789012:role/admin'}, 'Action': 'kms:*',"
			  "   'Resource': '*'}]}}],"
			  " ['s', 'aws.secretsmanager.secret', {'name': 'etl/db', 'kms_key_id': '${k.arn}'}]]",
			  collect_roles, &out);
	assert_string_equal(out.buf, "1.kms_key_id~0.policy warning: kms_key_id: Secrets Manager keeps "
			    "secret \"s\" for the account's principals, which is encrypted with key "
			    "\"k\", but key \"k\"'s policy does not let the account's principals use it "
			    "for kms:GenerateDataKey and kms:Decrypt (add the statement AWS's default "
			    "policy has: Principal {\"AWS\": \"arn:aws:iam::ACCOUNT:root\"}, Action "
			    "\"kms:*\"): Secrets Manager fails to store or read the secret's value "
			    "(AccessDenied from KMS) unless the key's policy names each caller\n");
	strbuf_reset(&out);

	/* AWS's default policy lets the account; a reader without kms:Decrypt
	 * (by reference, by ARN) warns; one with it, or reading another, not. */
	check_across_with("[['k', 'aws.kms.key', {}],"
			  " ['s', 'aws.secretsmanager.secret', {'name': 'etl/db', 'kms_key_id': '${k.arn}'}],"
			  " ['r1', 'aws.iam.role', {'name': 'r1', 'inline_policies': {'p': "
			  "   " ALLOW("'secretsmanager:GetSecretValue'", "'${s.arn}'") "}}],"
			  " ['r2', 'aws.iam.role', {'name': 'r2', 'inline_policies': {'p': "
			  "   " ALLOW("'secretsmanager:Get*'", "'arn:aws:secretsmanager:us-east-1:1:secret:etl/db-*'") "}}],"
			  " ['r3', 'aws.iam.role', {'name': 'r3', 'inline_policies': {'p': "
			  "   " ALLOW("['secretsmanager:GetSecretValue', 'kms:Decrypt']", "['${s.arn}', '${k.arn}']") "}}],"
			  " ['r4', 'aws.iam.role', {'name': 'r4', 'inline_policies': {'p': "
			  "   " ALLOW("'secretsmanager:GetSecretValue'", "'arn:aws:secretsmanager:us-east-1:1:secret:etl/dbx-*'") "}}]]",
			  collect_roles, &out);
	assert_non_null(strstr(out.buf, "1.kms_key_id~2.inline_policies warning: kms_key_id: role "
				      "\"r1\" reads secret \"s\""));
	assert_non_null(strstr(out.buf, "1.kms_key_id~3.inline_policies warning: kms_key_id: role "
				      "\"r2\" reads secret \"s\""));
	assert_int_equal(lines_of(out.buf), 2);
	strbuf_release(&out);
}

/* The services that publish to an encrypted topic or queue: S3's
 * notifications an error, EventBridge, alarms and SNS warnings. */
static void test_key_uses_publishers(void **state)
{
	struct strbuf out = STRBUF_INIT;
	(void)state;

	check_across_with("[['k', 'aws.kms.key', {'policy': " ROOT_KEY "}],"
			  " ['q', 'aws.sqs.queue', {'name': 'q', 'kms_master_key_id': '${k.arn}'}],"
			  " ['t', 'aws.sns.topic', {'name': 't', 'kms_master_key_id': '${k.key_id}'}],"
			  " ['raw', 'aws.s3.bucket', {'name': 'raw-data'}],"
			  " ['n', 'aws.s3.bucket_notification', {'bucket': '${raw.name}',"
			  "   'queue': [{'queue_arn': 'arn:aws:sqs:us-east-1:1:x'}, {'queue_arn': '${q.arn}'}],"
			  "   'topic': [{'topic_arn': '${t.arn}'}]}],"
			  " ['r', 'aws.events.rule', {'name': 'r', 'targets': [{'id': 'a', 'arn': '${t.arn}'}]}],"
			  " ['al', 'aws.cloudwatch.metric_alarm', {'alarm_name': 'a', 'alarm_actions': ['${t.arn}']}],"
			  " ['sub', 'aws.sns.subscription', {'topic_arn': '${t.arn}', 'protocol': 'sqs',"
			  "   'endpoint': '${q.arn}'}]]",
			  collect_roles, &out);
	assert_non_null(strstr(out.buf, "4.queue[1].queue_arn~0.policy error: queue[1].queue_arn: S3 "
				      "sends the bucket's notifications to queue \"q\", which is "
				      "encrypted with key \"k\", but key \"k\"'s policy has no Allow "
				      "statement of kms:GenerateDataKey and kms:Decrypt for "
				      "s3.REGION.amazonaws.com"));
	assert_non_null(strstr(out.buf, "refuses it (\"Unable to validate the following destination "
				      "configurations\")\n"));
	assert_non_null(strstr(out.buf, "4.topic[0].topic_arn~0.policy error: topic[0].topic_arn: S3 "));
	assert_non_null(strstr(out.buf, "5.targets[0].arn~0.policy warning: targets[0].arn: "
				      "EventBridge sends the rule's events to topic \"t\""));
	assert_non_null(strstr(out.buf, "6.alarm_actions[0]~0.policy warning: alarm_actions[0]: "
				      "CloudWatch sends the alarm's notifications to topic \"t\""));
	assert_non_null(strstr(out.buf, "7.endpoint~0.policy warning: endpoint: SNS delivers the "
				      "topic's messages to queue \"q\""));
	assert_int_equal(lines_of(out.buf), 5);
	strbuf_reset(&out);

	/* Each service let use the key (a list of principals, a wildcard
	 * action): nothing. */
	check_across_with("[['k', 'aws.kms.key', {'policy': {'Statement': [{'Effect': 'Allow',"
			  "   'Principal': {'Service': ['s3.amazonaws.com', 'events.amazonaws.com',"
			  "   'cloudwatch.amazonaws.com', 'sns.amazonaws.com']}, 'Action': 'kms:*',"
			  "   'Resource': '*'}]}}],"
			  " ['q', 'aws.sqs.queue', {'name': 'q', 'kms_master_key_id': '${k.arn}', 'policy': " OPEN "}],"
			  " ['t', 'aws.sns.topic', {'name': 't', 'kms_master_key_id': '${k.arn}', 'policy': " OPEN "}],"
			  " ['n', 'aws.s3.bucket_notification', {'bucket': 'raw-data',"
			  "   'queue': [{'queue_arn': '${q.arn}'}], 'topic': [{'topic_arn': '${t.arn}'}]}],"
			  " ['r', 'aws.events.rule', {'name': 'r', 'targets': [{'id': 'a', 'arn': '${q.arn}'}]}],"
			  " ['al', 'aws.cloudwatch.metric_alarm', {'alarm_name': 'a', 'ok_actions': ['${t.arn}']}],"
			  " ['sub', 'aws.sns.subscription', {'topic_arn': '${t.arn}', 'protocol': 'sqs',"
			  "   'endpoint': '${q.arn}'}]]",
			  collect_roles, &out);
	assert_string_equal(out.buf, "");

	/* Not known yet: a policy of ${...}; a topic with count: nothing. An
	 * account's root whose account is ${...} is still no service: S3 may
	 * not use key j. */
	check_across_with("[['k', 'aws.kms.key', {'policy': '${var.policy}'}],"
			  " ['j', 'aws.kms.key', {'policy': {'Statement': [{'Effect': 'Allow',"
			  "   'Principal': {'AWS': 'arn:aws:iam::${var.account}:root'}, 'Action': 'kms:*',"
			  "   'Resource': '*'}]}}],"
			  " ['q', 'aws.sqs.queue', {'name': 'q', 'kms_master_key_id': '${k.arn}', 'policy': " OPEN "}],"
			  " ['t', 'aws.sns.topic', {'name': 't', 'kms_master_key_id': '${j.arn}', 'policy': " OPEN "}],"
			  " ['m', 'aws.sns.topic', {'name': 'm', 'kms_master_key_id': '${j.arn}', 'policy': " OPEN "}, true],"
			  " ['n', 'aws.s3.bucket_notification', {'bucket': 'raw-data',"
			  "   'queue': [{'queue_arn': '${q.arn}'}], 'topic': [{'topic_arn': '${t.arn}'},"
			  "   {'topic_arn': '${m.arn}'}]}]]",
			  collect_roles, &out);
	assert_non_null(strstr(out.buf, "5.topic[0].topic_arn~1.policy error: topic[0].topic_arn: S3 "
				      "sends the bucket's notifications to topic \"t\""));
	assert_int_equal(lines_of(out.buf), 1);
	strbuf_reset(&out);

	/* A key's policy of ${...} parts: the account's root lets a role
	 * whose own policy allows the key's actions; a role ARN of ${...} may
	 * be the role; a service principal of ${var.region} may be S3's. */
	check_across_with("[['k', 'aws.kms.key', {'policy': {'Statement': [{'Effect': 'Allow',"
			  "   'Principal': {'AWS': 'arn:aws:iam::${data.account.account_id}:root'},"
			  "   'Action': 'kms:*', 'Resource': '*'}, {'Effect': 'Allow', 'Principal': {'Service':"
			  "   's3.${var.region}.amazonaws.com'}, 'Action': 'kms:*', 'Resource': '*'}]}}],"
			  " ['n', 'aws.kms.key', {'policy': {'Statement': [{'Effect': 'Allow',"
			  "   'Principal': {'AWS': 'arn:aws:iam::${var.account}:role/${var.project}-r'},"
			  "   'Action': 'kms:*', 'Resource': '*'}]}}],"
			  " ['raw', 'aws.s3.bucket', {'name': 'raw-data', 'encryption':"
			  "   {'sse_algorithm': 'aws:kms', 'kms_key_id': '${k.arn}'}}],"
			  " ['gold', 'aws.s3.bucket', {'name': 'gold', 'encryption':"
			  "   {'sse_algorithm': 'aws:kms', 'kms_key_id': '${n.arn}'}}],"
			  " ['q', 'aws.sqs.queue', {'name': 'q', 'kms_master_key_id': '${k.arn}', 'policy': " OPEN "}],"
			  " ['note', 'aws.s3.bucket_notification', {'bucket': '${raw.name}',"
			  "   'queue': [{'queue_arn': '${q.arn}'}]}],"
			  " ['ok', 'aws.iam.role', {'name': 'ok', 'inline_policies': {'p': "
			  "   " ALLOW("['s3:GetObject', 'kms:Decrypt']", "['${raw.arn}/*', '${k.arn}']") "}}],"
			  " ['r', 'aws.iam.role', {'name': 'r', 'inline_policies': {'p': "
			  "   " ALLOW("'s3:GetObject'", "['${raw.arn}/*', '${gold.arn}/*']") "}}]]",
			  collect_roles, &out);
	assert_string_equal(out.buf, "2.encryption.kms_key_id~7.inline_policies warning: "
			    "encryption.kms_key_id: role \"r\" reads bucket \"raw\" (its policy allows it), "
			    "which is encrypted with key \"k\", but no policy the stack writes for role "
			    "\"r\" allows kms:Decrypt on key \"k\", nor does the key's policy name the "
			    "role (e.g. an inline policy {\"Effect\": \"Allow\", \"Action\": "
			    "\"kms:Decrypt\", \"Resource\": \"${k.arn}\"}): AWS takes it, and each of "
			    "those reads or writes fails with AccessDenied\n");
	
	strbuf_release(&out);
}

/* A role whose policy allows reading a bucket or a secret on "*" reads
 * the encrypted ones too: a warning as for one that names them; with the
 * key's actions (on "*" too) or only other actions on "*", nothing. */
static void test_key_uses_star(void **state)
{
	struct strbuf out = STRBUF_INIT;
	(void)state;

	check_across_with("[['k', 'aws.kms.key', {'policy': " ROOT_KEY "}],"
			  " ['raw', 'aws.s3.bucket', {'name': 'raw-data', 'encryption':"
			  "   {'sse_algorithm': 'aws:kms', 'kms_key_id': '${k.arn}'}}],"
			  " ['s', 'aws.secretsmanager.secret', {'name': 'etl/db', 'kms_key_id': '${k.arn}'}],"
			  " ['any', 'aws.iam.role', {'name': 'any', 'inline_policies': {'p': "
			  "   " ALLOW("['s3:GetObject', 's3:PutObject', 'secretsmanager:GetSecretValue']", "'*'") "}}],"
			  " ['ok', 'aws.iam.role', {'name': 'ok', 'inline_policies': {'p': "
			  "   " ALLOW("['s3:*', 'secretsmanager:*', 'kms:Decrypt', 'kms:GenerateDataKey']", "'*'") "}}],"
			  " ['lists', 'aws.iam.role', {'name': 'lists', 'inline_policies': {'p': "
			  "   " ALLOW("['s3:ListBucket', 'secretsmanager:ListSecrets']", "'*'") "}}]]",
			  collect_roles, &out);
	assert_non_null(strstr(out.buf, "1.encryption.kms_key_id~3.inline_policies warning: "
				      "encryption.kms_key_id: role \"any\" reads and writes bucket \"raw\" "
				      "(its policy allows it), which is encrypted with key \"k\", but no "
				      "policy the stack writes for role \"any\" allows kms:Decrypt and "
				      "kms:GenerateDataKey on key \"k\""));
	assert_non_null(strstr(out.buf, "2.kms_key_id~3.inline_policies warning: kms_key_id: role "
				      "\"any\" reads secret \"s\" (its policy allows it), which is "
				      "encrypted with key \"k\", but no policy the stack writes for role "
				      "\"any\" allows kms:Decrypt"));
	assert_null(strstr(out.buf, "role \"ok\""));
	assert_null(strstr(out.buf, "role \"lists\""));
	assert_int_equal(lines_of(out.buf), 2);
	strbuf_release(&out);
}

/* An EventBridge Scheduler schedule sends to its target as its own role:
 * to an encrypted queue or topic, that role needs kms:GenerateDataKey and
 * kms:Decrypt on the key (a warning at the queue's or topic's key, the
 * detail at the role's policies); with them, or to a queue without a key
 * of the stack, nothing. */
static void test_key_uses_schedules(void **state)
{
	struct strbuf out = STRBUF_INIT;
	(void)state;

#define SCHEDULER_ROLE(name, policies) "['" name "', 'aws.iam.role', {'name': '" name "', " \
	"'assume_role_policy': " TRUST("{'Service': 'scheduler.amazonaws.com'}") ", " \
	"'inline_policies': " policies "}]"
#define SCHEDULE(name, target, role) "['" name "', 'aws.scheduler.schedule', {'name': '" name "'," \
	" 'schedule_expression': 'rate(1 hour)', 'flexible_time_window': {'mode': 'OFF'}," \
	" 'target': {'arn': '" target "', 'role_arn': '" role "'}}]"
	check_across_with("[['k', 'aws.kms.key', {'policy': " ROOT_KEY "}],"
			  " ['q', 'aws.sqs.queue', {'name': 'q', 'kms_master_key_id': '${k.arn}'}],"
			  " ['t', 'aws.sns.topic', {'name': 't', 'kms_master_key_id': '${k.key_id}'}],"
			  " ['plain', 'aws.sqs.queue', {'name': 'plain'}], "
			  SCHEDULER_ROLE("sender", "{'p': " ALLOW("['sqs:SendMessage', 'sns:Publish']", "'*'") "}") ", "
			  SCHEDULE("s1", "${q.arn}", "${sender.arn}") ", "
			  SCHEDULE("s2", "${t.arn}", "${sender.arn}") ", "
			  SCHEDULE("s3", "${plain.arn}", "${sender.arn}") "]",
			  collect_roles, &out);
	assert_non_null(strstr(out.buf, "1.kms_master_key_id~4.inline_policies warning: "
				      "kms_master_key_id: aws.scheduler.schedule \"s1\" sends to queue "
				      "\"q\" as role \"sender\", which is encrypted with key \"k\", but no "
				      "policy the stack writes for role \"sender\" allows kms:GenerateDataKey "
				      "and kms:Decrypt on key \"k\""));
	assert_non_null(strstr(out.buf, "EventBridge Scheduler takes the schedule, and each "
				      "invocation of the target fails (KMS.AccessDeniedException)\n"));
	assert_non_null(strstr(out.buf, "2.kms_master_key_id~4.inline_policies warning: "
				      "kms_master_key_id: aws.scheduler.schedule \"s2\" sends to topic "
				      "\"t\" as role \"sender\""));
	assert_null(strstr(out.buf, "\"s3\""));
	assert_int_equal(lines_of(out.buf), 2);
	strbuf_reset(&out);

	/* The role allowed the key's actions; a role by ARN: nothing. */
	check_across_with("[['k', 'aws.kms.key', {'policy': " ROOT_KEY "}],"
			  " ['q', 'aws.sqs.queue', {'name': 'q', 'kms_master_key_id': '${k.arn}'}], "
			  SCHEDULER_ROLE("sender", "{'p': " ALLOW("['sqs:SendMessage', 'kms:GenerateDataKey', 'kms:Decrypt']",
								 "['${q.arn}', '${k.arn}']") "}") ", "
			  SCHEDULE("s1", "${q.arn}", "${sender.arn}") ", "
			  SCHEDULE("s2", "${q.arn}", "arn:aws:iam::123456789012:role/elsewhere") "]",
			  collect_roles, &out);
	assert_int_equal(lines_of(out.buf), 0);
	strbuf_release(&out);
#undef SCHEDULE
#undef SCHEDULER_ROLE
}

static void test_functions_in_a_vpc(void **state)
{
	struct strbuf out = STRBUF_INIT;
	static const char *const granted[] = {
		/* the managed policies the Lambda guide names, in any partition */
		", 'managed_policy_arns': ['arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole']",
		", 'managed_policy_arns': ['arn:aws-cn:iam::aws:policy/service-role/AWSLambdaENIManagementAccess']",
		", 'managed_policy_arns': ['arn:aws:iam::aws:policy/AdministratorAccess']",
		/* an inline policy: the three actions, ec2:*, a wildcard, across
		 * two statements and two policies, as JSON text */
		", 'inline_policies': {'eni': " ALLOW("['ec2:CreateNetworkInterface', 'ec2:DescribeNetworkInterfaces', 'ec2:DeleteNetworkInterface']", "'*'") "}",
		", 'inline_policies': {'all': " ALLOW("'ec2:*'", "'*'") "}",
		", 'inline_policies': {'w': " ALLOW("['EC2:*NetworkInterface*']", "'*'") "}",
		", 'inline_policies': {'a': " ALLOW("'ec2:CreateNetworkInterface'", "'*'") ", "
		"  'b': {'Statement': [{'Effect': 'Allow', 'Action': 'ec2:Describe*', 'Resource': '*'},"
		"                      {'Effect': 'Allow', 'Action': 'ec2:DeleteNetworkInterface', 'Resource': '*'}]}}",
		", 'inline_policies': {'t': '{\\\"Statement\\\": {\\\"Effect\\\": \\\"Allow\\\", \\\"Action\\\": \\\"ec2:*\\\", \\\"Resource\\\": \\\"*\\\"}}'}",
		/* a policy of the stack, by reference */
		", 'managed_policy_arns': ['arn:aws:iam::aws:policy/ReadOnlyAccess', '${pol.arn}']",
		/* not known yet: an action, a document, a list of policies */
		", 'inline_policies': {'x': " ALLOW("'${var.action}'", "'*'") "}",
		", 'inline_policies': {'x': '${var.policy}'}",
		", 'managed_policy_arns': '${var.policies}'",
		", 'managed_policy_arns': ['${var.policy_arn}']",
	};
	(void)state;

	for (size_t i = 0; i < sizeof(granted) / sizeof(granted[0]); i++) {
		char *with = xasprintf("[" LAMBDA_ROLE("%s") ", " IN_VPC ", ['pol', 'aws.iam.policy', "
				       "{'policy': " ALLOW("'ec2:*NetworkInterface*'", "'*'") "}]]",
				       granted[i]);

		check_across_with(with, collect_roles, &out);
		if (out.len)
			fail_msg("grant %zu: %s", i, out.buf);
		free(with);
	}

	/* No VPC, a VPC not known yet, the lists [] (out of a VPC), a role by
	 * ARN, a function with count: nothing to say. */
	check_across_with("[" LAMBDA_ROLE("") ","
			  " ['f1', 'aws.lambda.function', {'role': '${r.arn}'}],"
			  " ['f2', 'aws.lambda.function', {'role': '${r.arn}', 'vpc_config': '${var.vpc}'}],"
			  " ['f3', 'aws.lambda.function', {'role': '${r.arn}', 'vpc_config': {'subnet_ids': '${var.subnets}', 'security_group_ids': []}}],"
			  " ['f4', 'aws.lambda.function', {'role': '${r.arn}', 'vpc_config': {'subnet_ids': [], 'security_group_ids': []}}],"
			  " ['f5', 'aws.lambda.function', {'role': 'arn:aws:iam::1:role/r', 'vpc_config': {'subnet_ids': ['subnet-00000001'], 'security_group_ids': []}}],"
			  " ['f6', 'aws.lambda.function', {'role': '${r.arn}', 'vpc_config': {'subnet_ids': ['subnet-00000001'], 'security_group_ids': []}}, true]]",
			  collect_roles, &out);
	assert_string_equal(out.buf, "");

	/* Not granted: a warning at the function's vpc_config naming the role,
	 * the actions missing, and a managed policy from outside the stack. */
	check_across_with("[" LAMBDA_ROLE(", 'managed_policy_arns': ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole']") ", " IN_VPC "]",
			  collect_roles, &out);
	assert_string_equal(out.buf,
			    "1.vpc_config~0.managed_policy_arns warning: vpc_config: the function is in a "
			    "VPC, but no policy the stack writes for role \"r\" allows "
			    "ec2:CreateNetworkInterface, ec2:DescribeNetworkInterfaces and "
			    "ec2:DeleteNetworkInterface (unless "
			    "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole, not in the "
			    "stack, does): Lambda refuses to create or update a function whose role cannot "
			    "manage its network interfaces (attach "
			    "arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole in "
			    "managed_policy_arns)\n");
	strbuf_reset(&out);

	/* Part of it granted; a Deny and a look-alike policy name grant
	 * nothing: only what is missing is named. */
	check_across_with("[" LAMBDA_ROLE(", 'inline_policies': {'d': {'Statement': [{'Effect': 'Deny', 'Action': '*', 'Resource': '*'},"
					  " {'Effect': 'Allow', 'Action': 'ec2:DescribeNetworkInterfaces', 'Resource': '*'}]}},"
					  " 'managed_policy_arns': ['arn:aws:iam::123456789012:policy/AWSLambdaVPCAccessExecutionRole']") ", " IN_VPC "]",
			  collect_roles, &out);
	assert_non_null(strstr(out.buf, "1.vpc_config~0.managed_policy_arns warning: vpc_config: the "
				   "function is in a VPC, but no policy the stack writes for role \"r\" "
				   "allows ec2:CreateNetworkInterface and ec2:DeleteNetworkInterface (unless "
				   "arn:aws:iam::123456789012:policy/AWSLambdaVPCAccessExecutionRole, not in "
				   "the stack, does): "));
	strbuf_release(&out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_across_types_are_every_type),
		cmocka_unit_test(test_subnets_in_their_vpc),
		cmocka_unit_test(test_vpn_tunnel_cidrs),
		cmocka_unit_test(test_appconfig_required_parameters),
		cmocka_unit_test(test_stack_policy_region),
		cmocka_unit_test(test_elbv2_rule_priorities),
		cmocka_unit_test(test_elbv2_log_bucket_region),
		cmocka_unit_test(test_roles_trust_their_service),
		cmocka_unit_test(test_functions_in_a_vpc),
		cmocka_unit_test(test_state_machine_tasks),
		cmocka_unit_test(test_notification_destinations),
		cmocka_unit_test(test_key_uses_log_groups),
		cmocka_unit_test(test_key_uses_buckets),
		cmocka_unit_test(test_key_uses_secrets),
		cmocka_unit_test(test_key_uses_publishers),
		cmocka_unit_test(test_message_targets),
		cmocka_unit_test(test_event_source_mappings),
		cmocka_unit_test(test_key_uses_star),
		cmocka_unit_test(test_key_uses_schedules),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
