/*
 * test_words_census25.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope as the twenty-fifth census helper judged them
 * (detective/rules.c, devopsguru/rules.c, fms/rules.c; the ledgers
 * checks/words/detective.words, devops-guru.words, fms.words), each
 * through aws_constraints_check: a resource it refuses, whose message
 * names the attribute, quotes AWS's sentence and names its document, and
 * its passing twin; every such row has a case here. And the written rules
 * the ledgers name, each case with its twin: a Firewall Manager policy's
 * managed service data (JSON text).
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
};

static const char *const services[] = { "detective.", "devopsguru.", "fms.", NULL };

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

int main(void)
{
	setenv("AWS_REGION", "us-east-1", 1);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_written_rules),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
