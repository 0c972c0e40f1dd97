/*
 * test_associations.c: at most N of an association
 * (provider/aws/checks/kinds/associations.c) and one name, one object for the
 * awscc types named by kinds/object_names.gen.c (provider/aws/checks/names.c;
 * a bare name AWS's words say is unique among them),
 * on stacks given as JSON: each refusal beside what passes.
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

#include "provider/aws/checks/kinds/associations.h"
#include "provider/aws/checks/rules.h"
#include "provider/provider.h"
#include "tests/unit/json_support.h"

/* One "WHICH.ATTR~OTHER.OTHER_ATTR" line per report. */
static void collect(void *ctx, const struct check_finding *found)
{
	struct strbuf *out = ctx;

	assert_false(found->warning);
	strbuf_addf(out, "%zu.%s~%d.%s\n", found->which, found->attr,
		    found->other == WRITTEN_NONE ? -1 : (int)found->other,
		    found->other_attr ? found->other_attr : "");
}

/* Runs check on `resources`, a JSON list of [name, type, config] (a fourth
 * member: repeated; a fifth: the provider configuration); the reports in
 * out. */
static void run(void (*check)(const struct written_resource *, size_t, check_report_fn,
			      void *),
		const char *resources, struct strbuf *out)
{
	json_t *rs = js(resources), *e;
	struct written_resource w[16];
	size_t i;

	assert_true(json_array_size(rs) <= 16);
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
	strbuf_reset(out);
	check(w, json_array_size(rs), collect, out);
	json_decref(rs);
}

static void test_subnet_in_two_route_tables(void **state)
{
	struct strbuf out = STRBUF_INIT;
	(void)state;

	run(aws_check_associations,
	    "[['sub', 'aws.ec2.subnet', {'vpc_id': 'vpc-1', 'cidr_block': '10.0.1.0/24'}],"
	    " ['rt', 'aws.ec2.route_table', {'vpc_id': 'vpc-1', 'subnet_ids': ['${sub.subnet_id}']}],"
	    " ['a', 'awscc.ec2.subnet_route_table_association', {'route_table_id': 'rtb-1',"
	    "   'subnet_id': '${sub.subnet_id}'}]]", &out);
	assert_string_equal(out.buf, "2.subnet_id~1.subnet_ids\n");
	/* literal ids: one provider configuration, or two */
	run(aws_check_associations,
	    "[['a', 'awscc.ec2.subnet_route_table_association', {'route_table_id': 'rtb-1', 'subnet_id': 'subnet-1'}],"
	    " ['b', 'awscc.ec2.subnet_route_table_association', {'route_table_id': 'rtb-2', 'subnet_id': 'subnet-1'}],"
	    " ['c', 'awscc.ec2.subnet_route_table_association', {'route_table_id': 'rtb-2', 'subnet_id': 'subnet-1'},"
	    "   false, 'west']]", &out);
	assert_string_equal(out.buf, "1.subnet_id~0.subnet_id\n");
	/* unknown, repeated, a subnet's id by another resource's echo */
	run(aws_check_associations,
	    "[['sub', 'aws.ec2.subnet', {'vpc_id': 'vpc-1', 'cidr_block': '10.0.1.0/24'}],"
	    " ['nat', 'aws.ec2.nat_gateway', {'subnet_id': '${sub.subnet_id}'}],"
	    " ['a', 'awscc.ec2.subnet_route_table_association', {'route_table_id': 'rtb-1', 'subnet_id': '${var.s}'}],"
	    " ['b', 'awscc.ec2.subnet_route_table_association', {'route_table_id': 'rtb-1', 'subnet_id': 'subnet-9'}, true],"
	    " ['c', 'awscc.ec2.subnet_route_table_association', {'route_table_id': 'rtb-1', 'subnet_id': 'subnet-9'}],"
	    " ['d', 'awscc.ec2.subnet_route_table_association', {'route_table_id': 'rtb-1', 'subnet_id': '${nat.subnet_id}'}],"
	    " ['e', 'aws.ec2.route_table', {'vpc_id': 'vpc-1', 'subnet_ids': ['${sub.subnet_id}', '${sub.subnet_id}']}]]",
	    &out);
	assert_string_equal(out.buf, "6.subnet_ids[0]~5.subnet_id\n");
	strbuf_release(&out);
}

static void test_gateways_and_addresses(void **state)
{
	struct strbuf out = STRBUF_INIT;
	(void)state;

	run(aws_check_associations,
	    "[['vpc', 'aws.ec2.vpc', {'cidr_block': '10.0.0.0/16'}],"
	    " ['igw', 'aws.ec2.internet_gateway', {'vpc_id': '${vpc.vpc_id}'}],"
	    " ['vgw', 'awscc.ec2.vpc_gateway_attachment', {'vpc_id': '${vpc.vpc_id}', 'vpn_gateway_id': 'vgw-1'}],"
	    " ['att', 'awscc.ec2.vpc_gateway_attachment', {'vpc_id': 'vpc-2', 'internet_gateway_id': '${igw.internet_gateway_id}'}]]",
	    &out);
	assert_string_equal(out.buf, "3.internet_gateway_id~1.vpc_id\n");
	run(aws_check_associations,
	    "[['ip', 'awscc.ec2.eip', {}],"
	    " ['n1', 'awscc.ec2.nat_gateway', {'subnet_id': 'subnet-1', 'allocation_id': '${ip.allocation_id}',"
	    "   'secondary_allocation_ids': ['${ip.allocation_id}']}],"
	    " ['n2', 'aws.ec2.nat_gateway', {'subnet_id': 'subnet-1', 'allocation_id': '${ip.allocation_id}'}],"
	    " ['n3', 'aws.ec2.nat_gateway', {'subnet_id': 'subnet-1', 'allocation_id': '${ip.public_ip}'}]]",
	    &out);
	assert_string_equal(out.buf, "2.allocation_id~1.allocation_id\n");
	strbuf_release(&out);
}

static void test_awscc_names_from_data(void **state)
{
	struct strbuf out = STRBUF_INIT;
	(void)state;

	run(aws_check_one_object,
	    "[['w', 'aws.sqs.queue', {'name': 'orders'}],"
	    " ['c', 'awscc.sqs.queue', {'queue_name': 'orders'}],"
	    " ['d', 'awscc.sqs.queue', {'queue_name': 'Orders'}],"
	    " ['g1', 'awscc.glue.database', {'catalog_id': '1', 'database_input': {'name': 'Sales'}}],"
	    " ['g2', 'aws.glue.database', {'name': 'sales'}],"
	    " ['g3', 'awscc.glue.database', {'catalog_id': '1', 'database_name': 'x', 'database_input': {'name': 'y'}}],"
	    " ['g4', 'awscc.glue.database', {'catalog_id': '1', 'database_input': {'name': 'y'}}],"
	    " ['u1', 'awscc.transfer.user', {'server_id': 's-1', 'user_name': 'al', 'role': 'r'}],"
	    " ['u2', 'awscc.transfer.user', {'server_id': 's-2', 'user_name': 'al', 'role': 'r'}],"
	    " ['u3', 'awscc.transfer.user', {'server_id': 's-1', 'user_name': 'al', 'role': 'r'}]]",
	    &out);
	/* g3's two names differ: not judged; g4 is its own */
	assert_string_equal(out.buf, "1.queue_name~0.name\n4.name~3.database_input.name\n"
				     "9.user_name~7.user_name\n");
	strbuf_release(&out);
}

/* A name AWS's words say is unique (gen_object_names.py's SAID_UNIQUE): two
 * AppRegistry applications, two billing groups, two CloudFront response
 * headers policies (a name nested in their configuration) of one name; two
 * channel namespaces of one name on one API, not on two; two Inspector
 * Classic targets of one name, two templates of one name on one target;
 * two Lex bots of one name, two aliases of one name on one bot. */
static void test_awscc_names_said_unique(void **state)
{
	struct strbuf out = STRBUF_INIT;
	(void)state;

	run(aws_check_one_object,
	    "[['a1', 'awscc.servicecatalogappregistry.application', {'name': 'shop'}],"
	    " ['a2', 'awscc.servicecatalogappregistry.application', {'name': 'shop'}],"
	    " ['a3', 'awscc.servicecatalogappregistry.application', {'name': 'till'}],"
	    " ['b1', 'awscc.billingconductor.billing_group', {'name': 'g', 'account_grouping': {},"
	    "   'computation_preference': {}}],"
	    " ['b2', 'awscc.billingconductor.billing_group', {'name': 'g', 'account_grouping': {},"
	    "   'computation_preference': {}}],"
	    " ['n1', 'awscc.appsync.channel_namespace', {'api_id': 'api-1', 'name': 'chat'}],"
	    " ['n2', 'awscc.appsync.channel_namespace', {'api_id': 'api-2', 'name': 'chat'}],"
	    " ['n3', 'awscc.appsync.channel_namespace', {'api_id': 'api-1', 'name': 'chat'}],"
	    " ['r1', 'awscc.cloudfront.response_headers_policy',"
	    "   {'response_headers_policy_config': {'name': 'sec'}}],"
	    " ['r2', 'awscc.cloudfront.response_headers_policy',"
	    "   {'response_headers_policy_config': {'name': 'sec'}}]]",
	    &out);
	assert_string_equal(out.buf, "1.name~0.name\n4.name~3.name\n7.name~5.name\n"
				     "9.response_headers_policy_config.name~8.response_headers_policy_config.name\n");
	run(aws_check_one_object,
	    "[['t1', 'awscc.inspector.assessment_target', {'assessment_target_name': 'web'}],"
	    " ['t2', 'awscc.inspector.assessment_target', {'assessment_target_name': 'web'}],"
	    " ['p1', 'awscc.inspector.assessment_template', {'assessment_target_arn': 't-1',"
	    "   'assessment_template_name': 'daily'}],"
	    " ['p2', 'awscc.inspector.assessment_template', {'assessment_target_arn': 't-2',"
	    "   'assessment_template_name': 'daily'}],"
	    " ['p3', 'awscc.inspector.assessment_template', {'assessment_target_arn': 't-1',"
	    "   'assessment_template_name': 'daily'}],"
	    " ['l1', 'awscc.lex.bot', {'name': 'Help', 'role_arn': 'r'}],"
	    " ['l2', 'awscc.lex.bot', {'name': 'Help', 'role_arn': 'r'}],"
	    " ['s1', 'awscc.lex.bot_alias', {'bot_id': 'B1', 'bot_alias_name': 'live'}],"
	    " ['s2', 'awscc.lex.bot_alias', {'bot_id': 'B2', 'bot_alias_name': 'live'}],"
	    " ['s3', 'awscc.lex.bot_alias', {'bot_id': 'B1', 'bot_alias_name': 'live'}]]",
	    &out);
	assert_string_equal(out.buf, "1.assessment_target_name~0.assessment_target_name\n"
				     "4.assessment_template_name~2.assessment_template_name\n"
				     "6.name~5.name\n9.bot_alias_name~7.bot_alias_name\n");
	strbuf_release(&out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_subnet_in_two_route_tables),
		cmocka_unit_test(test_gateways_and_addresses),
		cmocka_unit_test(test_awscc_names_from_data),
		cmocka_unit_test(test_awscc_names_said_unique),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
