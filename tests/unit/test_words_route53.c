/*
 * test_words_route53.c: the words rows (AWS_SAYS, checks/words.c) of Route
 * 53 (route53/rules.c, the ledger checks/words/route53.words), each through
 * aws_constraints_check: a resource it refuses, whose message names the
 * attribute, quotes AWS's sentence and names its document, and its passing
 * twin; every such row has a case here. On aws.route53.record and on each
 * record set of aws.route53.record_group: an alias to a CloudFront
 * distribution evaluates no target health, an NS record set's name is no
 * wildcard, a weighted record set (a set identifier, no failover) has a
 * weight; across the stack's record sets of one zone, name and type (its
 * STACK row): one set identifier twice, a failover record set beside one
 * of another routing, a failover pair both aliases to CloudFront. A row
 * is judged on an update as on a create; a value not known yet, and
 * what a row leaves to Route 53's default, pass. And the rows of its awscc
 * types (the operations the registry's handlers call): a health check's and
 * a hosted zone's tags, a health check's configuration by its type and IP
 * address, a public zone kept public, a query log group in us-east-1.
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

#include "provider/aws/checks/checks.h"
#include "provider/aws/checks/words.h"
#include "provider/provider.h"
#include "tests/unit/json_support.h"
#include "tests/unit/words_support.h"

#define RECORD(MORE) "{'zone_id': 'Z0123456789ABCDEFGHIJ', " MORE "}"
#define GROUP(MORE) "{'zone_id': 'Z0123456789ABCDEFGHIJ', 'records': [" MORE "]}"
#define WWW "'name': 'www.example.com', 'record_type': 'A', "
#define WWW_TTL WWW "'ttl': 60, 'records': ['192.0.2.10']"
#define CLOUDFRONT(ZONE, HEALTH) \
	WWW "'alias': {'name': 'd111111abcdef8.cloudfront.net', 'zone_id': '" ZONE "', " \
	"'evaluate_target_health': " HEALTH "}"
#define NS(NAME) "'name': '" NAME "', 'record_type': 'NS', 'ttl': 172800, " \
	"'records': ['ns-1.awsdns-01.org']"
/* The awscc types' (the census's third scope): a health check of configuration CONFIG; a hosted zone with more. */
#define R53_CHECK(CONFIG) "{'health_check_config': {" CONFIG "}}"
#define R53_HTTP "'type': 'HTTP', 'port': 80, "
#define R53_RC "'type': 'RECOVERY_CONTROL', 'routing_control_arn': " \
	"'arn:aws:route53-recovery-control::123456789012:controlpanel/abc/routingcontrol/def'"
#define R53_ZONE(MORE) "{'name': 'example.com'" MORE "}"
#define R53_TEN_TAGS "{'key': 't1', 'value': 'v'}, {'key': 't2', 'value': 'v'}, " \
	"{'key': 't3', 'value': 'v'}, {'key': 't4', 'value': 'v'}, {'key': 't5', 'value': 'v'}, " \
	"{'key': 't6', 'value': 'v'}, {'key': 't7', 'value': 'v'}, {'key': 't8', 'value': 'v'}, " \
	"{'key': 't9', 'value': 'v'}, {'key': 't10', 'value': 'v'}"
#define R53_LOG(REGION) ", 'query_logging_config': {'cloudwatch_logs_log_group_arn': " \
	"'arn:aws:logs:" REGION ":123456789012:log-group:/aws/route53/example.com'}"

static const struct words_case cases[] = {
	{ "route53.cloudfront_alias_no_target_health", "aws.route53.record",
	  "alias.evaluate_target_health", RECORD(CLOUDFRONT("Z2FDTNDATAQYW2", "true")), NULL,
	  RECORD(CLOUDFRONT("Z2FDTNDATAQYW2", "false")), NULL },
	{ "route53.group_cloudfront_alias_no_target_health", "aws.route53.record_group",
	  "records[1].alias.evaluate_target_health",
	  GROUP("{" WWW_TTL "}, {" CLOUDFRONT("/hostedzone/Z2FDTNDATAQYW2", "true") "}"), NULL,
	  GROUP("{" WWW_TTL "}, {" CLOUDFRONT("Z35SXDOTRQ7X7K", "true") "}"), NULL },
	{ "route53.ns_no_wildcard", "aws.route53.record", "name",
	  RECORD(NS("*.example.com")), NULL, RECORD(NS("sub.example.com")), NULL },
	{ "route53.group_ns_no_wildcard", "aws.route53.record_group", "records[0].name",
	  GROUP("{" NS("\\\\052.example.com") "}"), NULL,
	  GROUP("{" NS("sub.example.com") "}, {'name': '*.example.com', 'record_type': 'TXT', "
		"'ttl': 60, 'records': ['v=spf1']}"), NULL },
	{ "route53.weighted_has_weight", "aws.route53.record", "weight",
	  RECORD(WWW_TTL ", 'set_identifier': 'blue'"), NULL,
	  RECORD(WWW_TTL ", 'set_identifier': 'blue', 'weight': 0"), NULL },
	{ "route53.group_weighted_has_weight", "aws.route53.record_group", "records[1].weight",
	  GROUP("{" WWW_TTL ", 'set_identifier': 'blue', 'weight': 70}, "
		"{" WWW_TTL ", 'set_identifier': 'green'}"), NULL,
	  GROUP("{" WWW_TTL ", 'set_identifier': 'blue', 'failover': 'PRIMARY'}, "
		"{" WWW_TTL ", 'set_identifier': 'green', 'failover': 'SECONDARY'}"), NULL },
	{ "route53.cfn_health_check_ten_tags", "awscc.route53.health_check", "health_check_tags",
	  "{'health_check_config': {'type': 'CALCULATED'}, 'health_check_tags': [" R53_TEN_TAGS
	  ", {'key': 't11', 'value': 'v'}]}", NULL,
	  "{'health_check_config': {'type': 'CALCULATED'}, 'health_check_tags': [" R53_TEN_TAGS
	  "]}", NULL },
	{ "route53.cfn_zone_ten_tags", "awscc.route53.hosted_zone", "hosted_zone_tags",
	  R53_ZONE(", 'hosted_zone_tags': [" R53_TEN_TAGS ", {'key': 't11', 'value': 'v'}]"), NULL,
	  R53_ZONE(", 'hosted_zone_tags': [" R53_TEN_TAGS "]"), NULL },
	{ "route53.cfn_health_check_ip_not_added", "awscc.route53.health_check",
	  "health_check_config.ip_address",
	  R53_CHECK(R53_HTTP "'ip_address': '54.239.28.85'"),
	  R53_CHECK(R53_HTTP "'fully_qualified_domain_name': 'www.example.com'"),
	  R53_CHECK(R53_HTTP "'fully_qualified_domain_name': 'web.example.com'"),
	  R53_CHECK(R53_HTTP "'fully_qualified_domain_name': 'www.example.com'") },
	{ "route53.cfn_health_check_ip_not_removed", "awscc.route53.health_check",
	  "health_check_config.ip_address",
	  R53_CHECK(R53_HTTP "'fully_qualified_domain_name': 'www.example.com'"),
	  R53_CHECK(R53_HTTP "'ip_address': '54.239.28.85'"),
	  R53_CHECK(R53_HTTP "'ip_address': '54.239.28.86'"),
	  R53_CHECK(R53_HTTP "'ip_address': '54.239.28.85'") },
	{ "route53.cfn_health_check_domain_or_ip", "awscc.route53.health_check",
	  "health_check_config.fully_qualified_domain_name", R53_CHECK("'type': 'HTTPS'"), NULL,
	  R53_CHECK("'type': 'HTTPS', 'ip_address': '54.239.28.85'"), NULL },
	{ "route53.cfn_health_check_public_ip", "awscc.route53.health_check",
	  "health_check_config.ip_address", R53_CHECK(R53_HTTP "'ip_address': '10.0.1.20'"), NULL,
	  R53_CHECK(R53_HTTP "'ip_address': '54.239.28.85'"), NULL },
	{ "route53.cfn_recovery_control_no_latency", "awscc.route53.health_check",
	  "health_check_config.measure_latency", R53_CHECK(R53_RC ", 'measure_latency': true"),
	  NULL, R53_CHECK(R53_RC), NULL },
	{ "route53.cfn_recovery_control_no_interval", "awscc.route53.health_check",
	  "health_check_config.request_interval", R53_CHECK(R53_RC ", 'request_interval': 30"),
	  NULL, R53_CHECK(R53_RC), NULL },
	{ "route53.cfn_recovery_control_no_threshold", "awscc.route53.health_check",
	  "health_check_config.failure_threshold", R53_CHECK(R53_RC ", 'failure_threshold': 3"),
	  NULL, R53_CHECK(R53_RC), NULL },
	{ "route53.cfn_no_port_metric_calculated", "awscc.route53.health_check",
	  "health_check_config.port", R53_CHECK("'type': 'CALCULATED', 'port': 80"), NULL,
	  R53_CHECK("'type': 'CALCULATED'"), NULL },
	{ "route53.cfn_public_zone_no_vpcs_later", "awscc.route53.hosted_zone", "vp_cs",
	  R53_ZONE(", 'vp_cs': [{'vpc_id': 'vpc-1a2b3c4d', 'vpc_region': 'us-east-1'}]"),
	  R53_ZONE(""),
	  R53_ZONE(", 'vp_cs': [{'vpc_id': 'vpc-1a2b3c4d', 'vpc_region': 'us-east-1'}]"),
	  R53_ZONE(", 'vp_cs': [{'vpc_id': 'vpc-5e6f7a8b', 'vpc_region': 'us-east-1'}]") },
	{ "route53.cfn_query_log_group_us_east_1", "awscc.route53.hosted_zone",
	  "query_logging_config.cloudwatch_logs_log_group_arn", R53_ZONE(R53_LOG("eu-west-1")),
	  NULL, R53_ZONE(R53_LOG("us-east-1")), NULL },
};

static const char *const services[] = { "route53.", NULL };

/* Each row refuses its case naming the attribute, AWS's words and the
 * document; its twin passes. */
static void test_each_row_and_its_twin(void **state)
{
	(void)state;
	words_check_cases(cases, sizeof(cases) / sizeof(*cases));
}

static void test_every_row_has_a_case(void **state)
{
	(void)state;
	words_check_every_row_has_a_case(cases, sizeof(cases) / sizeof(*cases), services,
					 "test_words_route53.c");
}

/* A row of any call is judged on an update as on a create: a CloudFront
 * alias given target health by an update is refused. */
static void test_judged_on_update(void **state)
{
	struct strbuf err = STRBUF_INIT;

	(void)state;
	assert_int_equal(words_judge("aws.route53.record", RECORD(CLOUDFRONT("Z2FDTNDATAQYW2", "true")),
			       RECORD(CLOUDFRONT("Z2FDTNDATAQYW2", "false")), NULL, &err), -1);
	if (!strstr(err.buf, "alias.evaluate_target_health: "))
		fail_msg("message \"%s\"", err.buf);
	strbuf_release(&err);
}

/* A value not known yet passes; so does what a row leaves to Route 53's
 * default (target health left out: false) and a name whose * is not a
 * whole leftmost label (Route 53 takes it as the character). */
static void test_unknown_and_left_out_pass(void **state)
{
	struct strbuf err = STRBUF_INIT;

	(void)state;
	assert_int_equal(words_judge("aws.route53.record",
			       RECORD(WWW "'alias': {'name': 'd111111abcdef8.cloudfront.net', "
				      "'zone_id': 'Z2FDTNDATAQYW2'}"),
			       NULL, NULL, &err), 0);
	assert_int_equal(words_judge("aws.route53.record",
			       RECORD(CLOUDFRONT("${var.alias_zone}", "true")), NULL, NULL, &err), 0);
	assert_int_equal(words_judge("aws.route53.record", RECORD(NS("${var.delegated}")), NULL, NULL,
			       &err), 0);
	assert_int_equal(words_judge("aws.route53.record", RECORD(NS("prod*.example.com")), NULL, NULL,
			       &err), 0);
	assert_int_equal(words_judge("aws.route53.record",
			       RECORD(WWW_TTL ", 'set_identifier': 'blue', 'weight': '${var.w}'"),
			       NULL, NULL, &err), 0);
	assert_int_equal(words_judge("aws.route53.record", RECORD(WWW_TTL), NULL, NULL, &err), 0);
	if (err.len)
		fail_msg("%s", err.buf);
	strbuf_release(&err);
}

/* ---- across the record sets of one zone, name and type ---- */

static void collect_across(void *ctx, const struct check_finding *found)
{
	struct strbuf *out = ctx;

	assert_false(found->warning);
	strbuf_addf(out, "%zu.%s~%d.%s: %s\n", found->which, found->attr,
		    found->other == WRITTEN_NONE ? -1 : (int)found->other,
		    found->other_attr ? found->other_attr : "", found->message);
}

/* aws_check_resources on a JSON list of [name, type, config] (and its
 * provider configuration's name: "aws" when left out). */
static void check_across(const char *resources, struct strbuf *out)
{
	json_t *rs = js(resources), *e;
	struct written_resource w[8];
	size_t i;

	assert_true(json_array_size(rs) <= 8);
	json_array_foreach(rs, i, e)
		w[i] = (struct written_resource){
			.name = json_string_value(json_array_get(e, 0)),
			.type = json_string_value(json_array_get(e, 1)),
			.rtype = resource_type_find(json_string_value(json_array_get(e, 1)), NULL),
			.config = json_array_get(e, 2),
			.provider = json_array_size(e) > 3 ? json_string_value(json_array_get(e, 3))
							   : "aws",
		};
	aws_check_resources(w, json_array_size(rs), collect_across, out);
	json_decref(rs);
}

#define AS_RECORD(NAME, MORE) "['" NAME "', 'aws.route53.record', " RECORD(WWW_TTL MORE) "]"
#define AS_GROUP(NAME, MORE) "['" NAME "', 'aws.route53.record_group', " GROUP(MORE) "]"
#define BLUE ", 'set_identifier': 'blue', 'weight': 70"
#define GREEN ", 'set_identifier': 'green', 'weight': 30"
#define PRIMARY ", 'set_identifier': 'main', 'failover': 'PRIMARY'"
#define SECONDARY ", 'set_identifier': 'spare', 'failover': 'SECONDARY'"
#define SOURCE_OF(MEMBER) \
	"(route53 ChangeResourceRecordSets ChangeBatch.Changes.ResourceRecordSet." MEMBER ")"

/* Record sets of one zone, name and type with one set identifier, and a
 * failover one beside another routing, are refused naming both and AWS's
 * words, between resources and within a group's records; the zone's
 * spelling, the name's case and final dot do not hide them. */
static void test_record_sets_of_one_name(void **state)
{
	struct strbuf out = STRBUF_INIT;

	(void)state;
	check_across("[" AS_RECORD("a", BLUE) ", " AS_RECORD("b", ", 'set_identifier': 'blue', "
							 "'weight': 30") "]", &out);
	if (!strstr(out.buf, "1.set_identifier~0.set_identifier: set_identifier: record set "
			     "www.example.com (A) of one zone, name and type as resource \"a\"'s: "
			     "AWS says \"In a group of resource record sets that have the same name "
			     "and type, the value of SetIdentifier must be unique for each resource "
			     "record set.\" " SOURCE_OF("SetIdentifier")))
		fail_msg("got \"%s\"", out.buf);
	strbuf_reset(&out);
	check_across("[" AS_GROUP("g", "{" WWW_TTL BLUE "}, {" WWW_TTL PRIMARY "}") "]", &out);
	if (!strstr(out.buf, "0.records~0.records: records[1].failover: record set "
			     "www.example.com (A) of one zone, name and type as records[0] of "
			     "resource \"g\"'s: AWS says \"You can't create latency, failover, or "
			     "geolocation resource record sets that have the same values for the Name "
			     "and Type elements as weighted resource record sets.\" "
			     SOURCE_OF("Weight")))
		fail_msg("got \"%s\"", out.buf);
	strbuf_reset(&out);
	check_across("[" AS_RECORD("plain", "") ", "
		     "['f', 'aws.route53.record', {'zone_id': '/hostedzone/Z0123456789ABCDEFGHIJ', "
		     "'name': 'WWW.example.com.', 'record_type': 'A', 'ttl': 60, "
		     "'records': ['192.0.2.10']" SECONDARY "}]]", &out);
	if (!strstr(out.buf, "1.failover~0.failover: failover: record set WWW.example.com. (A) of "
			     "one zone, name and type as resource \"plain\"'s: AWS says \"You can't "
			     "create non-failover resource record sets that have the same values for "
			     "the Name and Type elements as failover resource record sets.\" "
			     SOURCE_OF("Failover")))
		fail_msg("got \"%s\"", out.buf);
	strbuf_reset(&out);
	check_across("[" AS_GROUP("g", "{" CLOUDFRONT("Z2FDTNDATAQYW2", "false") PRIMARY "}, {"
			      CLOUDFRONT("/hostedzone/Z2FDTNDATAQYW2", "false") SECONDARY "}")
		     "]", &out);
	if (!strstr(out.buf, "0.records~0.records: records[1].alias: record set www.example.com "
			     "(A) of one zone, name and type as records[0] of resource \"g\"'s: AWS "
			     "says \"For failover alias records, you can't specify a CloudFront "
			     "distribution for both the primary and secondary records.\" "
			     SOURCE_OF("AliasTarget.DNSName")))
		fail_msg("got \"%s\"", out.buf);
	strbuf_release(&out);
}

/* What Route 53 takes passes: a weighted pair, a failover pair (one of
 * them a CloudFront alias), another
 * name or type or zone, a name not known yet, another provider
 * configuration's (another account's zone of the same id). */
static void test_record_sets_apart_pass(void **state)
{
	struct strbuf out = STRBUF_INIT;

	(void)state;
	check_across("[" AS_RECORD("a", BLUE) ", " AS_RECORD("b", GREEN) ", "
		     AS_GROUP("g", "{'name': 'api.example.com', 'record_type': 'A', 'ttl': 60, "
			      "'records': ['192.0.2.11']" PRIMARY "}, {'name': 'www.example.com', "
			      "'record_type': 'AAAA', 'ttl': 60, 'records': ['2001:db8::1']" PRIMARY
			      "}") ", "
		     "['other', 'aws.route53.record', {'zone_id': 'Z9999999999999999999', "
		     "'name': 'www.example.com', 'record_type': 'A', 'ttl': 60, "
		     "'records': ['192.0.2.10']" PRIMARY "}], "
		     "['later', 'aws.route53.record', {'zone_id': 'Z0123456789ABCDEFGHIJ', "
		     "'name': '${var.host}', 'record_type': 'A', 'ttl': 60, "
		     "'records': ['192.0.2.10']" PRIMARY "}], "
		     "['elsewhere', 'aws.route53.record', " RECORD(WWW_TTL PRIMARY) ", 'aws.other']]",
		     &out);
	check_across("[" AS_GROUP("g", "{" CLOUDFRONT("Z2FDTNDATAQYW2", "false") PRIMARY "}, {"
			      WWW "'alias': {'name': 'lb-1.us-east-1.elb.amazonaws.com', "
			      "'zone_id': 'Z35SXDOTRQ7X7K', 'evaluate_target_health': true}" SECONDARY
			      "}") "]", &out);
	if (out.len)
		fail_msg("refused, which Route 53 takes: %s", out.buf);
	strbuf_release(&out);
}

/* A CNAME record set at its zone's apex is refused: named as the zone an
 * awscc record set writes, or the stack's awscc hosted zone its zone id
 * names (case and final dot aside); a CNAME below the apex, an A record
 * at it, and a zone the stack does not name pass. */
#define ZONE "['z', 'awscc.route53.hosted_zone', {'name': 'example.com.'}]"
#define CC_SET(MORE) "['w', 'awscc.route53.record_set', {'record_set_type': 'CNAME', " MORE "}]"
static void test_no_cname_at_apex(void **state)
{
	struct strbuf out = STRBUF_INIT;
	static const char *const refused[] = {
		"[" CC_SET("'name': 'Example.com', 'hosted_zone_name': 'example.com.'") "]",
		"[" ZONE ", " CC_SET("'name': 'example.com.', 'hosted_zone_id': '${z.hosted_zone_id}'") "]",
		"[" ZONE ", ['r', 'aws.route53.record', {'zone_id': '${z.id}', 'name': 'example.com', "
		"'record_type': 'CNAME', 'ttl': 60, 'records': ['lb.example.net']}]]",
	};
	static const char *const passing[] = {
		"[" CC_SET("'name': 'www.example.com', 'hosted_zone_name': 'example.com.'") "]",
		"[" ZONE ", ['r', 'aws.route53.record', {'zone_id': '${z.id}', 'name': 'example.com', "
		"'record_type': 'A', 'ttl': 60, 'records': ['192.0.2.10']}]]",
		"[" CC_SET("'name': 'example.com', 'hosted_zone_id': 'Z0123456789ABCDEFGHIJ'") "]",
		"[" CC_SET("'name': '${var.host}', 'hosted_zone_name': 'example.com.'") "]",
	};

	(void)state;
	for (size_t i = 0; i < sizeof(refused) / sizeof(refused[0]); i++) {
		check_across(refused[i], &out);
		if (!strstr(out.buf, "name: a CNAME record set named ") ||
		    !strstr(out.buf, "its zone's own name (the zone apex): AWS says \"Note that "
				     "you can't create a CNAME record for the root domain name.\"") ||
		    !strstr(out.buf, SOURCE_OF("AliasTarget.DNSName")))
			fail_msg("%s: got \"%s\"", refused[i], out.buf);
		strbuf_reset(&out);
	}
	for (size_t i = 0; i < sizeof(passing) / sizeof(passing[0]); i++) {
		check_across(passing[i], &out);
		if (out.len)
			fail_msg("%s: refused, which Route 53 takes: %s", passing[i], out.buf);
	}
	strbuf_release(&out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_judged_on_update),
		cmocka_unit_test(test_unknown_and_left_out_pass),
		cmocka_unit_test(test_record_sets_of_one_name),
		cmocka_unit_test(test_record_sets_apart_pass),
		cmocka_unit_test(test_no_cname_at_apex),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
