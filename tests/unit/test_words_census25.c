/*
 * test_words_census25.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope as the twenty-fifth census helper judged them
 * (detective/rules.c, devopsguru/rules.c, fms/rules.c, fsx/rules.c,
 * forecast/rules.c, grafana/rules.c, devopsagent/rules.c; the ledgers
 * checks/words/detective.words, devops-guru.words, fms.words, fsx.words,
 * forecast.words, grafana.words, devops-agent.words), each through
 * aws_constraints_check: a resource it refuses, whose message names the
 * attribute, quotes AWS's sentence and names its document, and its passing
 * twin; every such row has a case here (a row crossing a reference has its
 * case in test_words_crossing.c: forecast.group_dataset_domains). And the
 * written rules the ledgers name, each case with its twin: a Firewall
 * Manager policy's managed service data (JSON text), a DevOps Agent
 * association's service id by its configuration; and the check across the
 * stack of two FSx associations whose paths overlap.
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

/* A Detective behavior graph of one tag whose key is KEY. */
#define DT_GRAPH(KEY) "{'auto_enable_members': false, 'tags': [{'key': '" KEY "', " \
	"'value': 'v'}]}"
/* A DevOps Guru resource collection of one tag collection whose key is KEY. */
#define DG_COLLECTION(KEY) "{'resource_collection_filter': {'tags': [{'app_boundary_key': " \
	"'" KEY "', 'tag_values': ['orders']}]}}"
/* A Firewall Manager resource set of RESOURCES. */
#define FMS_SET(NAME, RESOURCES) "{'name': '" NAME "', 'resource_type_list': " \
	"['AWS::EC2::Instance'], 'resources': [" RESOURCES "]}"
/* A Firewall Manager policy of TYPE, its managed service data DATA (JSON
 * text, its quotes Q) and the rest of its data MORE. */
#define Q "\\\""
#define FMS_POLICY(TYPE, DATA, MORE) "{'policy_name': 'p', 'exclude_resource_tags': false, " \
	"'remediation_enabled': false, 'security_service_policy_data': {'type': '" TYPE "', " \
	"'managed_service_data': '" DATA "'" MORE "}}"
#define FMS_NF_OPTION(MODEL) ", 'policy_option': {'network_firewall_policy': " \
	"{'firewall_deployment_model': '" MODEL "'}}"
#define FMS_NF_DATA(MODEL) "{" Q "type" Q ": " Q "NETWORK_FIREWALL" Q MODEL "}"
#define FMS_CENTRALIZED ", " Q "firewallDeploymentModel" Q ": {" Q \
	"centralizedFirewallDeploymentModel" Q ": {}}"
#define FMS_NF_MODEL "security_service_policy_data.policy_option.network_firewall_policy." \
	"firewall_deployment_model"
/* A DNS firewall's data of one rule group in LIST of priority P. */
#define FMS_DNS(LIST, P) "{" Q "type" Q ": " Q "DNS_FIREWALL" Q ", " Q LIST Q ": [{" Q \
	"ruleGroupId" Q ": " Q "rslvr-frg-1" Q ", " Q "priority" Q ": " P "}]}"
/* A distributed Network Firewall's data of one Availability Zone ZONE. */
#define FMS_ZONE(ZONE) "{" Q "type" Q ": " Q "NETWORK_FIREWALL" Q ", " Q \
	"networkFirewallOrchestrationConfig" Q ": {" Q "firewallCreationConfig" Q ": {" Q \
	"endpointLocation" Q ": {" Q "availabilityZoneConfigList" Q ": [{" ZONE "}]}}}}"
#define FMS_SHIELD(MORE) "{" Q "type" Q ": " Q "SHIELD_ADVANCED" Q ", " Q \
	"automaticResponseConfiguration" Q ": {" Q "automaticResponseStatus" Q ": " Q "ENABLED" \
	Q MORE "}}"
#define FMS_SG(REVERT) "{" Q "type" Q ": " Q "SECURITY_GROUPS_COMMON" Q ", " Q \
	"securityGroups" Q ": [{" Q "id" Q ": " Q "sg-000e55995d61a06bd" Q "}], " Q \
	"enableTagDistribution" Q ": true, " Q "revertManualSecurityGroupChanges" Q ": " REVERT "}"
#define MSD_AT "security_service_policy_data.managed_service_data: "
/* An FSx data repository association at PATH with the rest MORE. A tag of
 * key K; ten and fifty of distinct keys. */
#define FSX_DRA(PATH, MORE) "{'file_system_id': 'fs-0123456789abcdef0', 'file_system_path': " \
	"'" PATH "', 'data_repository_path': 's3://imports/ns1'" MORE "}"
#define TAG_OF(K) "{'key': '" K "', 'value': 'v'}"
#define TAGS_10(P) TAG_OF(P "0") ", " TAG_OF(P "1") ", " TAG_OF(P "2") ", " TAG_OF(P "3") \
	", " TAG_OF(P "4") ", " TAG_OF(P "5") ", " TAG_OF(P "6") ", " TAG_OF(P "7") ", " \
	TAG_OF(P "8") ", " TAG_OF(P "9")
#define TAGS_50 TAGS_10("a") ", " TAGS_10("b") ", " TAGS_10("c") ", " TAGS_10("d") ", " \
	TAGS_10("e")
/* A Forecast dataset of TYPE, the rest MORE; with tags TAGS. */
#define FC_DATASET(TYPE, MORE) "{'dataset_name': 'sales', 'dataset_type': '" TYPE "', " \
	"'domain': 'RETAIL', 'schema': {'attributes': [{'attribute_name': 'item_id', " \
	"'attribute_type': 'string'}]}" MORE "}"
#define FC_GROUP(TAGS) "{'dataset_group_name': 'sales', 'domain': 'RETAIL', 'tags': [" TAGS "]}"
/* A Grafana workspace of ACCESS and PERMISSION, the rest MORE. */
#define GF_WS(ACCESS, PERMISSION, MORE) "{'account_access_type': '" ACCESS "', " \
	"'authentication_providers': ['AWS_SSO'], 'permission_type': '" PERMISSION "'" MORE "}"
#define GF_ROLE ", 'role_arn': 'arn:aws:iam::123456789012:role/grafana'"
/* A DevOps Agent association of service ID, its configuration CONF. */
#define DA_ASSOC(ID, CONF) "{'agent_space_id': 'as-0123456789', 'service_id': '" ID "', " \
	"'configuration': " CONF "}"
#define DA_SOURCE "{'SourceAws': {'AccountId': '123456789012', 'AccountType': 'source', " \
	"'AssumableRoleArn': 'arn:aws:iam::123456789012:role/agent'}}"
#define DA_UUID "0f8e1a2b-1111-2222-3333-444455556666"
/* A stack's association NAME of file system FS at PATH. */
#define FSX_OF(NAME, FS, PATH) "'" NAME "': {'type': 'awscc.fsx.data_repository_association', " \
	"'file_system_id': '" FS "', 'file_system_path': '" PATH "', 'data_repository_path': " \
	"'s3://imports/" NAME "'}"

static const struct words_case cases[] = {
	{ "detective.graph_tag_keys_not_aws", "awscc.detective.graph", "tags[0].key",
	  DT_GRAPH("aws:team"), NULL, DT_GRAPH("acme:aws:team"), NULL },
	{ "detective.graph_tag_key_chars", "awscc.detective.graph", "tags[0].key",
	  DT_GRAPH("team#1"), NULL, DT_GRAPH("team/1 @x"), NULL },
	{ "devopsguru.app_boundary_key_prefix", "awscc.devopsguru.resource_collection",
	  "resource_collection_filter.tags[0].app_boundary_key", DG_COLLECTION("app-orders"), NULL,
	  DG_COLLECTION("DevOps-Guru-orders"), NULL },
	{ "fms.resource_set_items_arns", "awscc.fms.resource_set", "resources[0]",
	  FMS_SET("rs", "'i-0123456789abcdef0'"), NULL,
	  FMS_SET("rs", "'arn:aws:ec2:us-east-1:123456789012:instance/i-0123456789abcdef0'"),
	  NULL },
	{ "fms.resource_set_name_unchanged", "awscc.fms.resource_set", "name",
	  FMS_SET("web", ""), FMS_SET("edge", ""), FMS_SET("web", ""), FMS_SET("web", "") },
	{ "fms.centralized_policy_option", "awscc.fms.policy", FMS_NF_MODEL,
	  FMS_POLICY("NETWORK_FIREWALL", FMS_NF_DATA(FMS_CENTRALIZED),
		     FMS_NF_OPTION("DISTRIBUTED")), NULL,
	  FMS_POLICY("NETWORK_FIREWALL", FMS_NF_DATA(FMS_CENTRALIZED),
		     FMS_NF_OPTION("CENTRALIZED")), NULL },
	{ "fms.distributed_policy_option", "awscc.fms.policy", FMS_NF_MODEL,
	  FMS_POLICY("NETWORK_FIREWALL", FMS_NF_DATA(""), FMS_NF_OPTION("CENTRALIZED")), NULL,
	  FMS_POLICY("NETWORK_FIREWALL", FMS_NF_DATA(""), ""), NULL },
	{ "fsx.dra_path_leading_slash", "awscc.fsx.data_repository_association",
	  "file_system_path", FSX_DRA("ns1/", ""), NULL, FSX_DRA("/ns1/", ""), NULL },
	{ "fsx.dra_tag_keys_unique", "awscc.fsx.data_repository_association", "tags[1].key",
	  FSX_DRA("/ns1/", ", 'tags': [" TAG_OF("team") ", " TAG_OF("team") "]"), NULL,
	  FSX_DRA("/ns1/", ", 'tags': [" TAG_OF("team") ", " TAG_OF("Team") "]"), NULL },
	{ "fsx.dra_tag_keys_not_aws", "awscc.fsx.data_repository_association", "tags[0].key",
	  FSX_DRA("/ns1/", ", 'tags': [" TAG_OF("aws:team") "]"), NULL,
	  FSX_DRA("/ns1/", ", 'tags': [" TAG_OF("team") "]"), NULL },
	{ "forecast.related_time_series_frequency", "awscc.forecast.dataset", "data_frequency",
	  FC_DATASET("RELATED_TIME_SERIES", ""), NULL,
	  FC_DATASET("RELATED_TIME_SERIES", ", 'data_frequency': 'D'"), NULL },
	{ "forecast.data_frequency_values", "awscc.forecast.dataset", "data_frequency",
	  FC_DATASET("TARGET_TIME_SERIES", ", 'data_frequency': '7D'"), NULL,
	  FC_DATASET("TARGET_TIME_SERIES", ", 'data_frequency': '1W'"), NULL },
	{ "forecast.data_frequency_values", "awscc.forecast.dataset", "data_frequency",
	  FC_DATASET("TARGET_TIME_SERIES", ", 'data_frequency': '24H'"), NULL,
	  FC_DATASET("TARGET_TIME_SERIES", ", 'data_frequency': '15min'"), NULL },
	{ "forecast.tags_at_most_50", "awscc.forecast.dataset_group", "tags",
	  FC_GROUP(TAGS_50 ", " TAG_OF("f0")), NULL, FC_GROUP(TAGS_50), NULL },
	{ "forecast.tag_keys_unique", "awscc.forecast.dataset", "tags[1].key",
	  FC_DATASET("ITEM_METADATA", ", 'tags': [" TAG_OF("team") ", " TAG_OF("team") "]"),
	  NULL, FC_DATASET("ITEM_METADATA", ", 'tags': [" TAG_OF("team") ", "
			   TAG_OF("owner") "]"), NULL },
	{ "forecast.tag_keys_not_aws", "awscc.forecast.dataset_group", "tags[0].key",
	  FC_GROUP(TAG_OF("AWS:team")), NULL, FC_GROUP(TAG_OF("team:aws")), NULL },
	{ "grafana.organization_units", "awscc.grafana.workspace", "organizational_units",
	  GF_WS("ORGANIZATION", "SERVICE_MANAGED", ""), NULL,
	  GF_WS("ORGANIZATION", "SERVICE_MANAGED", ", 'organizational_units': "
		"['ou-abcd-12345678']"), NULL },
	{ "grafana.customer_managed_role", "awscc.grafana.workspace", "role_arn",
	  GF_WS("CURRENT_ACCOUNT", "CUSTOMER_MANAGED", ""), NULL,
	  GF_WS("CURRENT_ACCOUNT", "CUSTOMER_MANAGED", GF_ROLE), NULL },
	{ "grafana.organization_role_customer_managed", "awscc.grafana.workspace",
	  "organization_role_name",
	  GF_WS("CURRENT_ACCOUNT", "SERVICE_MANAGED", ", 'organization_role_name': 'Ops'"),
	  GF_WS("CURRENT_ACCOUNT", "SERVICE_MANAGED", ", 'organization_role_name': 'Audit'"),
	  GF_WS("CURRENT_ACCOUNT", "CUSTOMER_MANAGED", GF_ROLE ", 'organization_role_name': "
		"'Ops'"),
	  GF_WS("CURRENT_ACCOUNT", "CUSTOMER_MANAGED", GF_ROLE ", 'organization_role_name': "
		"'Audit'") },
	{ "grafana.version_no_downgrade", "awscc.grafana.workspace", "grafana_version",
	  GF_WS("CURRENT_ACCOUNT", "SERVICE_MANAGED", ", 'grafana_version': '8.4'"),
	  GF_WS("CURRENT_ACCOUNT", "SERVICE_MANAGED", ", 'grafana_version': '9.4'"),
	  GF_WS("CURRENT_ACCOUNT", "SERVICE_MANAGED", ", 'grafana_version': '10.4'"),
	  GF_WS("CURRENT_ACCOUNT", "SERVICE_MANAGED", ", 'grafana_version': '9.4'") },
};

/* The written rules' refused resources and their passing twins. */
static const struct words_written_case written[] = {
	{ "awscc.fms.policy", FMS_POLICY("DNS_FIREWALL", FMS_DNS("preProcessRuleGroups", "100"), ""),
	  MSD_AT, "Valid values for preProcessRuleGroups are between 1 and 99.",
	  FMS_POLICY("DNS_FIREWALL", FMS_DNS("preProcessRuleGroups", "99"), "") },
	{ "awscc.fms.policy",
	  FMS_POLICY("DNS_FIREWALL", FMS_DNS("postProcessRuleGroups", "9900"), ""), MSD_AT,
	  "Valid values for postProcessRuleGroups are between 9901 and 10000.",
	  FMS_POLICY("DNS_FIREWALL", FMS_DNS("postProcessRuleGroups", "9911"), "") },
	{ "awscc.fms.policy", FMS_POLICY("NETWORK_FIREWALL", FMS_ZONE(Q "availabilityZoneName" Q
		": " Q "us-east-1a" Q ", " Q "availabilityZoneId" Q ": " Q "use1-az1" Q), ""),
	  MSD_AT, "specify either the availabilityZoneName or availabilityZoneId parameter, not "
	  "both parameters.", FMS_POLICY("NETWORK_FIREWALL", FMS_ZONE(Q "availabilityZoneName" Q
		": " Q "us-east-1a" Q ", " Q "availabilityZoneId" Q ": null"), "") },
	{ "awscc.fms.policy", FMS_POLICY("SHIELD_ADVANCED", FMS_SHIELD(""), ""), MSD_AT,
	  "The value for automaticResponseAction is only required when automaticResponseStatus "
	  "is set to ENABLED.", FMS_POLICY("SHIELD_ADVANCED", FMS_SHIELD(", " Q
		"automaticResponseAction" Q ": " Q "COUNT" Q), "") },
	{ "awscc.fms.policy", FMS_POLICY("SECURITY_GROUPS_COMMON", FMS_SG("false"), ""), MSD_AT,
	  "you must also set revertManualSecurityGroupChanges to true",
	  FMS_POLICY("SECURITY_GROUPS_COMMON", FMS_SG("true"), "") },
	{ "awscc.devopsagent.association", DA_ASSOC(DA_UUID, DA_SOURCE), "service_id: ",
	  "For SourceAws and Aws configurations, this must be 'aws'.",
	  DA_ASSOC("aws", DA_SOURCE) },
	{ "awscc.devopsagent.association", DA_ASSOC(DA_UUID, "'{" Q "Aws" Q ": {}}'"),
	  "service_id: ", "this must be 'aws'.", DA_ASSOC("aws", "'{" Q "Aws" Q ": {}}'") },
};

static const char *const services[] = { "detective.", "devopsguru.", "fms.", "fsx.",
					"forecast.", "grafana.", NULL };

/* Each written rule refuses its case, naming the attribute and quoting
 * AWS; its twin passes. */
static void test_written_rules(void **state)
{
	(void)state;
	words_check_written(written, sizeof(written) / sizeof(*written));
}

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
					 "test_words_census25.c");
}

/* Two associations of the stack on one file system whose paths overlap
 * (the same directory, one below the other, the root and any) are refused;
 * paths side by side, or of two file systems, are not. */
static void test_fsx_overlapping_paths(void **state)
{
	(void)state;
#define FSX_TWO(A, B) "{" A ", " B "}"
#define FS1 "fs-0123456789abcdef0"
	assert_true(words_says(words_across_stack(FSX_TWO(FSX_OF("a", FS1, "/ns1/"),
		FSX_OF("b", FS1, "/ns1/ns2")), NULL), "1 file_system_path: file system path "
		"/ns1/ns2/ overlaps /ns1/ of association a on the same file system: AWS says \"Two "
		"data repository associations cannot have overlapping file system paths.\""));
	assert_true(words_says(words_across_stack(FSX_TWO(FSX_OF("a", FS1, "/"),
		FSX_OF("b", FS1, "/ns1/")), NULL), "overlapping file system paths"));
	assert_true(words_says(words_across_stack(FSX_TWO(FSX_OF("a", "${fs.id}", "/ns1"),
		FSX_OF("b", "${fs.id}", "/ns1/")), NULL), "overlapping file system paths"));
	assert_false(words_says(words_across_stack(FSX_TWO(FSX_OF("a", FS1, "/ns1"),
		FSX_OF("b", FS1, "/ns10/")), NULL), "overlapping"));
	assert_false(words_says(words_across_stack(FSX_TWO(FSX_OF("a", FS1, "/"),
		FSX_OF("b", "fs-0123456789abcdef1", "/ns1/")), NULL), "overlapping"));
#undef FSX_TWO
#undef FS1
}

int main(void)
{
	setenv("AWS_REGION", "us-east-1", 1);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_written_rules),
		cmocka_unit_test(test_fsx_overlapping_paths),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
