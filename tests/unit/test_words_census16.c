/*
 * test_words_census16.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope as the sixteenth census helper judged them
 * (kendra/rules.c, directconnect/rules.c, aps/rules.c; the ledgers
 * checks/words/kendra.words, directconnect.words, amp.words), each through
 * aws_constraints_check: a resource it refuses, whose message names the
 * attribute, quotes AWS's sentence and names its document, and its passing
 * twin; every such row has a case here (a row crossing a reference has its
 * case in test_words_crossing.c: kendra.index_field_exists).
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

#define KENDRA_INDEX "'index_id': '0123456789abcdef0123456789abcdef0123'"
#define KENDRA_ROLE "'role_arn': 'arn:aws:iam::123456789012:role/kendra'"
/* A data source of TYPE with the rest of its attributes MORE. */
#define SOURCE(TYPE, MORE) "{'name': 'docs', " KENDRA_INDEX ", 'data_source_type': '" TYPE "'" \
	MORE "}"
#define S3_CONFIG ", 'data_source_configuration': {'s3_configuration': {'bucket_name': 'docs-1'}}"
/* A Confluence data source whose page configuration maps MAPPING. */
#define CONFLUENCE(MAPPING) SOURCE("CONFLUENCE", ", " KENDRA_ROLE ", " \
	"'data_source_configuration': {'confluence_configuration': {'server_url': " \
	"'https://wiki.example.com', 'secret_arn': 'arn:aws:secretsmanager:us-east-1:" \
	"123456789012:secret:c-1', 'version': 'CLOUD', 'page_configuration': " \
	"{'page_field_mappings': [" MAPPING "]}}}")
/* A custom document enrichment rule whose target is TARGET. */
#define ENRICHED(TARGET) SOURCE("S3", ", " KENDRA_ROLE S3_CONFIG ", " \
	"'custom_document_enrichment_configuration': {'inline_configurations': [{'target': " \
	"{'target_document_attribute_key': 'team'" TARGET "}}]}")
#define INDEX(EDITION, MORE) "{'name': 'docs', " KENDRA_ROLE ", 'edition': '" EDITION "'" MORE "}"
#define DX_GATEWAY "'direct_connect_gateway_id': '5f294f92-bafb-4011-916d-9b0bf5a8e2e3'"
/* A Direct Connect gateway association with the rest of its attributes MORE. */
#define DX_ASSOCIATION(MORE) "{" DX_GATEWAY ", 'associated_gateway_id': " MORE "}"
/* A virtual interface whose BGP peer has ASN, with the rest MORE. */
#define DX_VIF(ASN, MORE) "{'connection_id': 'dxcon-ffabc123', 'virtual_interface_name': 'vif-1', " \
	"'vlan': 101, 'bgp_peers': [{'address_family': 'ipv4', 'asn': '" ASN "'}]" MORE "}"
#define DX_LAG(KEY) "{'lag_name': 'lag-1', 'location': 'EqDC2', 'connections_bandwidth': " \
	"'10Gbps', 'tags': [{'key': '" KEY "', 'value': 'a'}]}"
/* A Prometheus workspace whose one label set is LABELS. */
#define APS_LIMITS(LABELS) "{'alias': 'w', 'workspace_configuration': {'limits_per_label_sets': " \
	"[{'limits': {'max_series': 1000}, 'label_set': [" LABELS "]}]}}"
/* An anomaly detector whose query is QUERY, with the rest MORE. */
#define APS_DETECTOR(QUERY, MORE) "{'alias': 'd', 'workspace': 'arn:aws:aps:us-east-1:" \
	"123456789012:workspace/ws-1a2b3c4d', 'configuration': {'random_cut_forest': {'query': '" \
	QUERY "'}}" MORE "}"

static const struct words_case cases[] = {
	{ "kendra.configuration_unless_custom", "awscc.kendra.data_source",
	  "data_source_configuration", SOURCE("S3", ", " KENDRA_ROLE), NULL,
	  SOURCE("S3", ", " KENDRA_ROLE S3_CONFIG), NULL },
	{ "kendra.custom_no_configuration", "awscc.kendra.data_source",
	  "data_source_configuration", SOURCE("CUSTOM", S3_CONFIG), NULL,
	  SOURCE("CUSTOM", ""), NULL },
	{ "kendra.role_arn_unless_custom", "awscc.kendra.data_source", "role_arn",
	  SOURCE("S3", S3_CONFIG), NULL, SOURCE("S3", ", " KENDRA_ROLE S3_CONFIG), NULL },
	{ "kendra.custom_no_role_arn", "awscc.kendra.data_source", "role_arn",
	  SOURCE("CUSTOM", ", " KENDRA_ROLE), NULL, SOURCE("CUSTOM", ""), NULL },
	{ "kendra.custom_no_schedule", "awscc.kendra.data_source", "schedule",
	  SOURCE("CUSTOM", ", 'schedule': 'cron(0 12 * * ? *)'"), NULL,
	  SOURCE("S3", ", " KENDRA_ROLE S3_CONFIG ", 'schedule': 'cron(0 12 * * ? *)'"), NULL },
	{ "kendra.confluence_date_format", "awscc.kendra.data_source",
	  "data_source_configuration.confluence_configuration.page_configuration."
	  "page_field_mappings[0].date_field_format",
	  CONFLUENCE("{'data_source_field_name': 'MODIFIED_DATE', 'index_field_name': "
		     "'_last_updated_at'}"), NULL,
	  CONFLUENCE("{'data_source_field_name': 'MODIFIED_DATE', 'index_field_name': "
		     "'_last_updated_at', 'date_field_format': 'yyyy-MM-dd HH:mm:ss'}, "
		     "{'data_source_field_name': 'AUTHOR', 'index_field_name': '_authors'}"), NULL },
	{ "kendra.target_value_or_deletion", "awscc.kendra.data_source",
	  "custom_document_enrichment_configuration.inline_configurations[0].target."
	  "target_document_attribute_value",
	  ENRICHED(", 'target_document_attribute_value': {'string_value': 'x'}, "
		   "'target_document_attribute_value_deletion': true"), NULL,
	  ENRICHED(", 'target_document_attribute_value_deletion': true"), NULL },
	{ "kendra.tag_keys_unique", "awscc.kendra.faq", "tags[1].key",
	  "{" KENDRA_INDEX ", 'name': 'faq', " KENDRA_ROLE ", 's3_path': {'bucket': 'docs-1', "
	  "'key': 'faq.csv'}, 'tags': [{'key': 'team', 'value': 'a'}, {'key': 'team', "
	  "'value': 'b'}]}", NULL,
	  "{" KENDRA_INDEX ", 'name': 'faq', " KENDRA_ROLE ", 's3_path': {'bucket': 'docs-1', "
	  "'key': 'faq.csv'}, 'tags': [{'key': 'team', 'value': 'a'}, {'key': 'owner', "
	  "'value': 'a'}]}", NULL },
	{ "kendra.gen_ai_attribute_filter", "awscc.kendra.index", "user_context_policy",
	  INDEX("GEN_AI_ENTERPRISE_EDITION", ", 'user_context_policy': 'USER_TOKEN'"), NULL,
	  INDEX("ENTERPRISE_EDITION", ", 'user_context_policy': 'USER_TOKEN'"), NULL },
	{ "directconnect.transit_gateway_prefixes",
	  "awscc.directconnect.direct_connect_gateway_association",
	  "allowed_prefixes_to_direct_connect_gateway",
	  DX_ASSOCIATION("'arn:aws:ec2:us-east-1:123456789012:transit-gateway/tgw-0123456789abcdef0'"),
	  NULL,
	  DX_ASSOCIATION("'tgw-0123456789abcdef0', 'allowed_prefixes_to_direct_connect_gateway': "
			 "['10.0.0.0/16']"), NULL },
	{ "directconnect.ipv6_prefixes_64", "awscc.directconnect.public_virtual_interface",
	  "route_filter_prefixes[1]",
	  DX_VIF("65000", ", 'route_filter_prefixes': ['203.0.113.0/24', '2001:db8::/80']"), NULL,
	  DX_VIF("65000", ", 'route_filter_prefixes': ['203.0.113.0/24', '2001:db8::/64']"), NULL },
	{ "directconnect.gateway_asn_private", "awscc.directconnect.direct_connect_gateway",
	  "amazon_side_asn", "{'direct_connect_gateway_name': 'dx', 'amazon_side_asn': '65535'}", NULL,
	  "{'direct_connect_gateway_name': 'dx', 'amazon_side_asn': '4200000000'}", NULL },
	{ "directconnect.bgp_asn_in_range", "awscc.directconnect.private_virtual_interface",
	  "bgp_peers[0].asn", DX_VIF("4294967295", ", " DX_GATEWAY), NULL,
	  DX_VIF("4294967294", ", " DX_GATEWAY), NULL },
	{ "directconnect.cfn_tag_keys_not_aws", "awscc.directconnect.lag", "tags[0].key",
	  DX_LAG("aws:team"), NULL, DX_LAG("team"), NULL },
	{ "aps.tag_keys_not_aws", "awscc.aps.workspace", "tags[0].key",
	  "{'alias': 'w', 'tags': [{'key': 'aws:team', 'value': 'a'}]}", NULL,
	  "{'alias': 'w', 'tags': [{'key': 'team', 'value': 'aws:a'}]}", NULL },
	{ "aps.cfn_label_keys_not_aws", "awscc.aps.anomaly_detector", "labels[1].key",
	  APS_DETECTOR("sum(x)", ", 'labels': [{'key': 'team', 'value': 'a'}, {'key': 'aws:x', "
			 "'value': 'a'}]"), NULL,
	  APS_DETECTOR("sum(x)", ", 'labels': [{'key': 'team', 'value': 'aws:a'}]"), NULL },
	{ "aps.anomaly_query_aggregated", "awscc.aps.anomaly_detector",
	  "configuration.random_cut_forest.query", APS_DETECTOR("rate(http_requests_total[5m])", ""),
	  NULL, APS_DETECTOR("sum by (job) (rate(http_requests_total[5m]))", ""), NULL },
	{ "aps.label_names_unique", "awscc.aps.workspace",
	  "workspace_configuration.limits_per_label_sets[0].label_set[1].name",
	  APS_LIMITS("{'name': 'job', 'value': 'a'}, {'name': 'job', 'value': 'b'}"), NULL,
	  APS_LIMITS("{'name': 'job', 'value': 'a'}, {'name': 'env', 'value': 'a'}"), NULL },
	{ "aps.metric_name_label", "awscc.aps.workspace",
	  "workspace_configuration.limits_per_label_sets[0].label_set[0].value",
	  APS_LIMITS("{'name': '__name__', 'value': 'http-requests'}"), NULL,
	  APS_LIMITS("{'name': '__name__', 'value': 'http_requests:rate5m'}, {'name': 'path', "
		     "'value': '/a-b'}"), NULL },
	{ "aps.label_values_ascii", "awscc.aps.workspace",
	  "workspace_configuration.limits_per_label_sets[0].label_set[0].value",
	  APS_LIMITS("{'name': 'env', 'value': '   '}"), NULL,
	  APS_LIMITS("{'name': 'env', 'value': ' prod '}"), NULL },
};

static const char *const services[] = { "kendra.", "directconnect.", "aps.", NULL };

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
					 "test_words_census16.c");
}

int main(void)
{
	setenv("AWS_REGION", "us-east-1", 1);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
