/*
 * test_words_logs.c: the words rows (AWS_SAYS, checks/words.c) of
 * CloudWatch Logs' awscc types (logs/rules.c; the ledger
 * checks/words/logs.words: the registry's sentences and the API's its
 * types' handlers call), each through aws_constraints_check: a resource it
 * refuses, whose message names the attribute, quotes AWS's sentence and
 * names its document, and its passing twin (an update row's with the object
 * it updates); every such row has a case here (one crossing a reference:
 * test_words_crossing.c). And the written rules those sentences made: a
 * data protection policy's two blocks, a field index policy's fields, a
 * transformer's service parsers first.
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
#include "tests/unit/rules_support.h"
#include "tests/unit/words_support.h"

#define DIMENSION(KEY) "{'log_group_name': 'g', 'filter_pattern': '', " \
	"'metric_transformations': [{'metric_name': 'm', 'metric_namespace': 'n', " \
	"'metric_value': '1', 'dimensions': [{'key': 'a', 'value': '$.a'}, {'key': " KEY ", " \
	"'value': '$.b'}]}]}"
#define FILTER(FIELD, MORE) "{'log_group_name': 'g', 'filter_pattern': '', " \
	"'destination_arn': 'arn:aws:kinesis:us-east-1:123456789012:stream/s', '" FIELD \
	"': ['@aws.account', " MORE "]}"
#define METRICS(MORE) "{'log_group_name': 'g', 'filter_pattern': '', " \
	"'metric_transformations': [{'metric_name': 'm', 'metric_namespace': 'n', " \
	"'metric_value': '1'}], 'emit_system_field_dimensions': ['@aws.account', " MORE "]}"
#define SOURCE(ARN, TYPE) "{'name': 's', 'resource_arn': '" ARN "', 'log_type': '" TYPE "'}"
#define ARN(SVC, RES) "arn:aws:" SVC ":us-east-1:123456789012:" RES
#define AGENTCORE(RES) ARN("bedrock-agentcore", RES)
/* A source of service ARN whose log type is BAD (refused) or GOOD */
#define SOURCE_CASE(ID, ARN_, BAD, GOOD) \
	{ ID, "awscc.logs.delivery_source", "log_type", SOURCE(ARN_, BAD), NULL, \
	  SOURCE(ARN_, GOOD), NULL }
#define QUERY(LANG) "{'name': 'q', 'query_language': '" LANG "', 'query_string': " \
	"'fields @message', 'schedule_expression': 'rate(1 hour)', 'execution_role_arn': " \
	"'arn:aws:iam::123456789012:role/q'}"
#define POLICY(NAME, TYPE, MORE) "{'policy_name': '" NAME "', 'policy_type': '" TYPE "', " \
	"'policy_document': '{\\\"Fields\\\": [\\\"RequestId\\\"]}'" MORE "}"
#define CRITERIA(TYPE, TEXT) POLICY("p", TYPE, ", 'selection_criteria': '" TEXT "'")
#define TRANSFORMER(P) "{'log_group_identifier': 'g', 'transformer_config': [" P "]}"
#define PARSER_CASE(ID, P) \
	{ ID, "awscc.logs.transformer", "transformer_config[0]." P ".source", \
	  TRANSFORMER("{'" P "': {'source': 'body'}}"), NULL, \
	  TRANSFORMER("{'" P "': {'source': '@message'}}"), NULL }
#define GROUP(CLASS) "{'log_group_name': 'g', 'log_group_class': '" CLASS "'}"
#define LG(N) "'arn:aws:logs:us-east-1:123456789012:log-group:" N "'"

/* Each row's refused resource and its passing twin. */
static const struct words_case cases[] = {
	{ "logs.cfn_destination_tag_keys_not_aws", "awscc.logs.destination", "tags[0].key",
	  "{'destination_name': 'd', 'target_arn': 'arn:aws:kinesis:us-east-1:123456789012:stream/s', "
	  "'role_arn': 'arn:aws:iam::123456789012:role/r', 'tags': [{'key': 'aws:owner', 'value': 'v'}]}",
	  NULL,
	  "{'destination_name': 'd', 'target_arn': 'arn:aws:kinesis:us-east-1:123456789012:stream/s', "
	  "'role_arn': 'arn:aws:iam::123456789012:role/r', 'tags': [{'key': 'owner', 'value': 'v'}]}",
	  NULL },
	{ "logs.cfn_tag_keys_not_aws", "awscc.logs.delivery_destination", "tags[0].key",
	  "{'name': 'd', 'tags': [{'key': 'aws:owner', 'value': 'v'}]}", NULL,
	  "{'name': 'd', 'tags': [{'key': 'owner', 'value': 'aws:v'}]}", NULL },
	{ "logs.cfn_dimension_names", "awscc.logs.metric_filter",
	  "metric_transformations[0].dimensions[1].key", DIMENSION("':status'"), NULL,
	  DIMENSION("'status:code'"), NULL },
	{ "logs.cfn_dimension_names", "awscc.logs.metric_filter",
	  "metric_transformations[0].dimensions[1].key", DIMENSION("'   '"), NULL,
	  DIMENSION("' s '"), NULL },
	{ "logs.metric_filter_system_dimensions", "awscc.logs.metric_filter",
	  "emit_system_field_dimensions[1]", METRICS("'@aws.zone'"), NULL,
	  METRICS("'@aws.region'"), NULL },
	{ "logs.subscription_system_fields", "awscc.logs.subscription_filter",
	  "emit_system_fields[1]", FILTER("emit_system_fields", "'@log'"), NULL,
	  FILTER("emit_system_fields", "'@aws.region'"), NULL },
	{ "logs.destination_type_values", "awscc.logs.delivery_destination",
	  "delivery_destination_type",
	  "{'name': 'd', 'destination_resource_arn': 'arn:aws:s3:::b', "
	  "'delivery_destination_type': 'BUCKET'}", NULL,
	  "{'name': 'd', 'destination_resource_arn': 'arn:aws:s3:::b', "
	  "'delivery_destination_type': 'S3'}", NULL },
	{ "logs.destination_config_unless_xray", "awscc.logs.delivery_destination",
	  "delivery_destination_type", "{'name': 'd', 'delivery_destination_type': 'CWL'}", NULL,
	  "{'name': 'd', 'delivery_destination_type': 'XRAY'}", NULL },
	SOURCE_CASE("logs.source_types_agentcore_gateway", AGENTCORE("gateway/gw-0123456789"),
		    "USAGE_LOGS", "TRACES"),
	SOURCE_CASE("logs.source_types_agentcore_identity",
		    AGENTCORE("workload-identity-directory/default"), "USAGE_LOGS", "TRACES"),
	SOURCE_CASE("logs.source_types_agentcore_memory", AGENTCORE("memory/m-0123456789"),
		    "USAGE_LOGS", "APPLICATION_LOGS"),
	SOURCE_CASE("logs.source_types_agentcore_runtime", AGENTCORE("runtime/r-0123456789"),
		    "EVENT_LOGS", "USAGE_LOGS"),
	SOURCE_CASE("logs.source_types_agentcore_tools",
		    AGENTCORE("code-interpreter-custom/ci-0123456789"), "EVENT_LOGS", "USAGE_LOGS"),
	SOURCE_CASE("logs.source_types_bedrock_agents", ARN("bedrock", "agent/ABCDEFGHIJ"),
		    "TRACES", "EVENT_LOGS"),
	SOURCE_CASE("logs.source_types_mediapackage",
		    ARN("mediapackagev2", "channelGroup/g/channel/c"), "ACCESS_LOGS",
		    "EGRESS_ACCESS_LOGS"),
	SOURCE_CASE("logs.source_types_mediatailor", ARN("mediatailor", "playbackConfiguration/p"),
		    "ACCESS_LOGS", "TRANSCODE_LOGS"),
	SOURCE_CASE("logs.source_types_mail_manager", ARN("ses", "mailmanager-ingress-point/inp-1"),
		    "EVENT_LOGS", "TRAFFIC_POLICY_DEBUG_LOGS"),
	SOURCE_CASE("logs.source_types_amazon_q", ARN("qbusiness", "application/a"),
		    "APPLICATION_LOGS", "SYNC_JOB_LOGS"),
	SOURCE_CASE("logs.source_types_rtb_fabric", ARN("rtbfabric", "gateway/g"), "EVENT_LOGS",
		    "APPLICATION_LOGS"),
	SOURCE_CASE("logs.source_types_pcs", ARN("pcs", "cluster/c"), "APPLICATION_LOGS",
		    "PCS_JOBCOMP_LOGS"),
	SOURCE_CASE("logs.source_types_eks_auto_mode", ARN("eks", "cluster/c"), "AUDIT_LOGS",
		    "AUTO_MODE_IPAM_LOGS"),
	SOURCE_CASE("logs.source_types_workmail", ARN("workmail", "organization/m-1"),
		    "APPLICATION_LOGS", "AUTHENTICATION_LOGS"),
	{ "logs.anomaly_one_log_group", "awscc.logs.log_anomaly_detector", "log_group_arn_list",
	  "{'detector_name': 'd', 'log_group_arn_list': [" LG("a") ", " LG("b") "]}", NULL,
	  "{'detector_name': 'd', 'log_group_arn_list': [" LG("a") "]}", NULL },
	{ "logs.log_group_class_unchanged", "awscc.logs.log_group", "log_group_class",
	  GROUP("INFREQUENT_ACCESS"), GROUP("STANDARD"), GROUP("STANDARD"), GROUP("STANDARD") },
	{ "logs.scheduled_query_language", "awscc.logs.scheduled_query", "query_language",
	  QUERY("KQL"), NULL, QUERY("PPL"), NULL },
	{ "logs.account_policy_name_not_aws", "awscc.logs.account_policy", "policy_name",
	  POLICY("aws/index", "FIELD_INDEX_POLICY", ""), NULL,
	  POLICY("team/aws/index", "FIELD_INDEX_POLICY", ""), NULL },
	{ "logs.criteria_policy_types", "awscc.logs.account_policy", "policy_type",
	  "{'policy_name': 'p', 'policy_type': 'DATA_PROTECTION_POLICY', 'policy_document': '{}', "
	  "'selection_criteria': 'LogGroupNamePrefix IN [\\\"app\\\"]'}", NULL,
	  CRITERIA("TRANSFORMER_POLICY", "LogGroupNamePrefix IN [\\\"app\\\"]"), NULL },
	{ "logs.criteria_subscription_filter", "awscc.logs.account_policy", "selection_criteria",
	  CRITERIA("SUBSCRIPTION_FILTER_POLICY", "LogGroupNamePrefix IN [\\\"app\\\"]"), NULL,
	  CRITERIA("SUBSCRIPTION_FILTER_POLICY", "LogGroupName NOT IN [\\\"sink\\\"]"), NULL },
	{ "logs.criteria_transformer", "awscc.logs.account_policy", "selection_criteria",
	  CRITERIA("TRANSFORMER_POLICY", "LogGroupName NOT IN [\\\"sink\\\"]"), NULL,
	  CRITERIA("TRANSFORMER_POLICY", "LogGroupNamePrefix IN [\\\"app\\\"]"), NULL },
	{ "logs.criteria_index_prefix_alone", "awscc.logs.account_policy", "selection_criteria",
	  CRITERIA("FIELD_INDEX_POLICY", "LogGroupNamePrefix IN [\\\"app\\\"] AND DataSourceName = "
		   "\\\"x\\\""), NULL,
	  CRITERIA("FIELD_INDEX_POLICY", "LogGroupNamePrefix IN [\\\"app\\\"]"), NULL },
	{ "logs.criteria_index_data_source_pair", "awscc.logs.account_policy",
	  "selection_criteria",
	  CRITERIA("FIELD_INDEX_POLICY", "DataSourceName = \\\"amazon_vpc\\\""), NULL,
	  CRITERIA("FIELD_INDEX_POLICY", "DataSourceName = \\\"amazon_vpc\\\" AND DataSourceType = "
		   "\\\"flow\\\""), NULL },
	PARSER_CASE("logs.parse_cloudfront_source", "parse_cloudfront"),
	PARSER_CASE("logs.parse_postgres_source", "parse_postgres"),
	PARSER_CASE("logs.parse_route53_source", "parse_route53"),
	PARSER_CASE("logs.parse_vpc_source", "parse_vpc"),
	PARSER_CASE("logs.parse_waf_source", "parse_waf"),
	{ "logs.list_to_map_flattened_element", "awscc.logs.transformer",
	  "transformer_config[0].list_to_map.flattened_element",
	  TRANSFORMER("{'list_to_map': {'source': 'items', 'key': 'k', 'flatten': true}}"), NULL,
	  TRANSFORMER("{'list_to_map': {'source': 'items', 'key': 'k', 'flatten': true, "
		      "'flattened_element': 'first'}}"), NULL },
};

static const char *const services[] = { "logs.", NULL };

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
					 "test_words_logs.c");
}

/* A source whose resource is of no service the rows name, or whose ARN is
 * not known yet, takes any log type. */
static void test_source_of_another_service(void **state)
{
	(void)state;
	check_resource("awscc.logs.delivery_source",
		       SOURCE(ARN("cloudfront", "distribution/E1"), "ACCESS_LOGS"), NULL);
	check_resource("awscc.logs.delivery_source",
		       SOURCE("${awscc_pcs_cluster.c.arn}", "ACCESS_LOGS"), NULL);
}

/* Data protection policies: two statements, an Audit with its findings'
 * destination, then a Deidentify with an empty MaskConfig over the same
 * identifiers; on a log group and on an account policy of that type. */
#define IDS "\"DataIdentifier\": [\"arn:aws:dataprotection::aws:data-identifier/EmailAddress\"]"
#define AUDIT(DEST) "{\"Sid\": \"audit\", " IDS ", \"Operation\": {\"Audit\": {" DEST "}}}"
#define MASK(IDS_, CONFIG) "{\"Sid\": \"redact\", " IDS_ ", \"Operation\": {\"Deidentify\": {" \
	CONFIG "}}}"
#define FINDINGS "\"FindingsDestination\": {}"
#define MASKED "\"MaskConfig\": {}"
#define DOC(STATEMENTS) "{\"Name\": \"p\", \"Version\": \"2021-06-01\", \"Statement\": [" \
	STATEMENTS "]}"
static void test_data_protection_policy(void **state)
{
	static const struct { const char *doc, *why; } docs[] = {
		{ DOC(AUDIT(FINDINGS)), "A data protection policy must include two JSON blocks:" },
		{ DOC(AUDIT("") ", " MASK(IDS, MASKED)),
		  "Statement[0] has an Audit operation without FindingsDestination" },
		{ DOC(MASK(IDS, MASKED) ", " MASK(IDS, MASKED)),
		  "The first block must include both a DataIdentifer array" },
		{ DOC(AUDIT(FINDINGS) ", " MASK(IDS, "")),
		  "must contain the \"MaskConfig\": {} object" },
		{ DOC(AUDIT(FINDINGS) ", " MASK(IDS, "\"MaskConfig\": {\"Char\": \"#\"}")),
		  "The \"MaskConfig\": {} object must be empty." },
		{ DOC(AUDIT(FINDINGS) ", " MASK("\"DataIdentifier\": [\"arn:aws:dataprotection::aws:"
						 "data-identifier/Address\"]", MASKED)),
		  "must exactly match the DataIdentifer array in the first block" },
		{ DOC(AUDIT(FINDINGS) ", " MASK(IDS, MASKED)), NULL },
	};
	(void)state;
	for (size_t i = 0; i < sizeof(docs) / sizeof(*docs); i++) {
		json_t *group = js("{'log_group_name': 'g'}");
		json_t *policy = js("{'policy_name': 'p', 'policy_type': 'DATA_PROTECTION_POLICY', "
				    "'scope': 'ALL'}");
		json_t *other = js("{'policy_name': 'p', 'policy_type': 'TRANSFORMER_POLICY'}");
		json_t *doc = json_loads(docs[i].doc, 0, NULL);
		char *g, *p, *o;

		assert_non_null(doc);
		json_object_set_new(group, "data_protection_policy", doc);
		json_object_set_new(policy, "policy_document", json_string(docs[i].doc));
		json_object_set_new(other, "policy_document", json_string(docs[i].doc));
		g = json_dumps(group, 0);
		p = json_dumps(policy, 0);
		o = json_dumps(other, 0);
		check_resource("awscc.logs.log_group", g, docs[i].why);
		check_resource("awscc.logs.account_policy", p, docs[i].why);
		check_resource("awscc.logs.account_policy", o, NULL); /* not of that type */
		free(g);
		free(p);
		free(o);
		json_decref(group);
		json_decref(policy);
		json_decref(other);
	}
}

/* Field index policies: a field at least, none in both Fields and
 * FieldsV2; a policy of another type is not judged as one. */
#define INDEX(DOC) "{'policy_name': 'p', 'policy_type': 'FIELD_INDEX_POLICY', " \
	"'policy_document': '" DOC "'}"
static void test_index_policy(void **state)
{
	(void)state;
	check_resource("awscc.logs.account_policy", INDEX("{\\\"Fields\\\": []}"),
		       "names no field index in Fields or FieldsV2");
	check_resource("awscc.logs.account_policy",
		       INDEX("{\\\"Fields\\\": [\\\"RequestId\\\"], \\\"FieldsV2\\\": {\\\"RequestId\\\": "
			     "{\\\"type\\\": \\\"FIELD_INDEX\\\"}}}"),
		       "Fields[0] \"RequestId\" is in FieldsV2 too");
	check_resource("awscc.logs.account_policy",
		       INDEX("{\\\"Fields\\\": [\\\"RequestId\\\"], \\\"FieldsV2\\\": {\\\"UserId\\\": "
			     "{\\\"type\\\": \\\"FACET\\\"}}}"), NULL);
	check_resource("awscc.logs.account_policy",
		       "{'policy_name': 'p', 'policy_type': 'TRANSFORMER_POLICY', "
		       "'policy_document': '{\\\"Fields\\\": []}'}", NULL);
}

/* A transformer's parsers of a service's logs come first. */
static void test_transformer_parsers_first(void **state)
{
	(void)state;
	check_resource("awscc.logs.transformer",
		       TRANSFORMER("{'parse_json': {}}, {'parse_vpc': {}}"),
		       "[1].parse_vpc: AWS says \"If you use this processor, it must be the first");
	check_resource("awscc.logs.transformer",
		       TRANSFORMER("{'parse_vpc': {}}, {'add_keys': {'entries': [{'key': 'k', "
				   "'value': 'v'}]}}"), NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_source_of_another_service),
		cmocka_unit_test(test_data_protection_policy),
		cmocka_unit_test(test_index_policy),
		cmocka_unit_test(test_transformer_parsers_first),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
