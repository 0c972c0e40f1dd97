/*
 * test_words_census27.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope as the twenty-seventh census helper judged them
 * (rtbfabric/rules.c, rekognition/rules.c, resourcegroups/rules.c,
 * route53profiles/rules.c; the ledgers checks/words/rtbfabric.words,
 * rekognition.words, resource-groups.words, route53profiles.words), each
 * through aws_constraints_check: a resource it refuses, whose message
 * names the attribute, quotes AWS's sentence and names its document, and
 * its passing twin; every such row has a case here. And the written rules the ledgers
 * name, each case with its twin: RTB Fabric's and Route 53 Profiles' tag
 * keys.
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

/* An RTB Fabric requester gateway of tags TAGS. */
#define RF_REQUESTER(TAGS) "{'vpc_id': 'vpc-0123456789abcdef0', 'subnet_ids': " \
	"['subnet-0123456789abcdef0'], 'security_group_ids': ['sg-0123456789abcdef0'], " \
	"'tags': [" TAGS "]}"
/* An RTB Fabric link of tags TAGS. */
#define RF_LINK(TAGS) "{'gateway_id': 'rtb-gw-0123456789', 'peer_gateway_id': " \
	"'rtb-gw-9876543210', 'link_log_settings': {'application_logs': {'link_application_" \
	"log_sampling': {'error_log': 10, 'filter_log': 10}}}, 'tags': [" TAGS "]}"

/* A Rekognition stream processor of settings and outputs MORE. */
#define RK_SP(MORE) "{'role_arn': 'arn:aws:iam::123456789012:role/rk', 'kinesis_video_stream': " \
	"{'arn': 'arn:aws:kinesisvideo:us-east-1:123456789012:stream/door/1'}" MORE "}"
#define RK_FACES ", 'face_search_settings': {'collection_id': 'staff'}, 'kinesis_data_stream': " \
	"{'arn': 'arn:aws:kinesis:us-east-1:123456789012:stream/faces'}"
#define RK_HOME ", 'connected_home_settings': {'labels': ['PERSON']}, 's3_destination': " \
	"{'bucket_name': 'door-frames'}, 'notification_channel': {'arn': " \
	"'arn:aws:sns:us-east-1:123456789012:door'}"
#define RK_BOX "{'height': 10, 'width': 10, 'left': 0, 'top': 0}"
#define RK_BOXES5 RK_BOX ", " RK_BOX ", " RK_BOX ", " RK_BOX ", " RK_BOX
#define RK_TRIANGLE "[{'x': 0.1, 'y': 0.1}, {'x': 0.5, 'y': 0.1}, {'x': 0.3, 'y': 0.4}]"
/* A resource group NAME, the rest MORE. */
#define RG_GROUP(NAME, MORE) "{'name': '" NAME "'" MORE "}"
#define RG_CONFIG(T1, T2) ", 'configuration': [{'type': '" T1 "'}, {'type': '" T2 "'}]"
#define RG_QUERY ", 'resource_query': {'type': 'TAG_FILTERS_1_0', 'query': {'tag_filters': " \
	"[{'key': 'stage', 'values': ['prod']}]}}"
/* An Incident Manager stage of DURATION minutes and targets TARGETS; a
 * contact and a plan of that stage. */
#define SC_STAGE(DURATION, TARGETS) "{'duration_in_minutes': " DURATION ", 'targets': [" \
	TARGETS "]}"
#define SC_TARGET "{'channel_target_info': {'channel_id': 'arn:aws:ssm-contacts:us-east-1:" \
	"123456789012:contact-channel/ops/0123', 'retry_interval_in_minutes': 5}}"
#define SC_CONTACT(STAGE) "{'alias': 'ops', 'display_name': 'Ops', 'contact_type': " \
	"'PERSONAL', 'plan': [" STAGE "]}"
#define SC_PLAN(STAGE) "{'contact_id': 'arn:aws:ssm-contacts:us-east-1:123456789012:" \
	"contact/ops', 'stages': [" STAGE "]}"
/* An Application Insights application of one log pattern PATTERN of rank
 * RANK. */
#define AI_APP(PATTERN, RANK) "{'resource_group_name': 'shop', 'log_pattern_sets': " \
	"[{'pattern_set_name': 'errors', 'log_patterns': [{'pattern_name': 'fatal', " \
	"'pattern': '" PATTERN "', 'rank': " RANK "}]}]}"

static const struct words_case cases[] = {
	{ "rekognition.one_settings", "awscc.rekognition.stream_processor",
	  "face_search_settings", RK_SP(RK_FACES ", 'connected_home_settings': {'labels': "
					"['PET']}"), NULL, RK_SP(RK_FACES), NULL },
	{ "rekognition.regions_of_interest_at_most_10", "awscc.rekognition.stream_processor",
	  "bounding_box_regions_of_interest",
	  RK_SP(RK_HOME ", 'bounding_box_regions_of_interest': [" RK_BOXES5 ", " RK_BOXES5 "], "
		"'polygon_regions_of_interest': [" RK_TRIANGLE "]"), NULL,
	  RK_SP(RK_HOME ", 'bounding_box_regions_of_interest': [" RK_BOXES5 ", " RK_BOX ", "
		RK_BOX ", " RK_BOX ", " RK_BOX "], 'polygon_regions_of_interest': [" RK_TRIANGLE
		"]"), NULL },
	{ "resourcegroups.name_not_aws", "awscc.resourcegroups.group", "name",
	  RG_GROUP("Aws-ops", ""), NULL, RG_GROUP("ops-aws", ""), NULL },
	{ "resourcegroups.configuration_or_query", "awscc.resourcegroups.group", "resource_query",
	  RG_GROUP("pool", RG_CONFIG("AWS::EC2::CapacityReservationPool",
				     "AWS::ResourceGroups::Generic") RG_QUERY), NULL,
	  RG_GROUP("pool", RG_CONFIG("AWS::EC2::CapacityReservationPool",
				     "AWS::ResourceGroups::Generic")), NULL },
	{ "resourcegroups.configuration_types_unique", "awscc.resourcegroups.group",
	  "configuration[1].type",
	  RG_GROUP("pool", RG_CONFIG("AWS::EC2::CapacityReservationPool",
				     "AWS::EC2::CapacityReservationPool")), NULL,
	  RG_GROUP("pool", RG_CONFIG("AWS::EC2::CapacityReservationPool",
				     "AWS::ResourceGroups::Generic")), NULL },
	{ "ssmcontacts.contact_stage_zero_duration_target", "awscc.ssmcontacts.contact",
	  "plan[0].targets", SC_CONTACT(SC_STAGE("0", "")), NULL,
	  SC_CONTACT(SC_STAGE("0", SC_TARGET)), NULL },
	{ "ssmcontacts.plan_stage_zero_duration_target", "awscc.ssmcontacts.plan",
	  "stages[0].targets", SC_PLAN(SC_STAGE("0", "")), NULL,
	  SC_PLAN(SC_STAGE("5", "")), NULL },
	{ "applicationinsights.log_pattern_rank", "awscc.applicationinsights.application",
	  "log_pattern_sets[0].log_patterns[0].rank", AI_APP("FATAL", "0"), NULL,
	  AI_APP("FATAL", "1000000"), NULL },
	{ "applicationinsights.pattern_no_lookahead_backreference",
	  "awscc.applicationinsights.application", "log_pattern_sets[0].log_patterns[0].pattern",
	  AI_APP("ERROR(?!: retry)", "1"), NULL, AI_APP("\\\\(?=ERROR", "1"), NULL },
	{ "applicationinsights.pattern_no_lookahead_backreference",
	  "awscc.applicationinsights.application", "log_pattern_sets[0].log_patterns[0].pattern",
	  AI_APP("(ERROR|WARN) \\\\1", "1"), NULL, AI_APP("(ERROR|WARN) \\\\\\\\1", "1"),
	  NULL },
};

/* The written rules' refused resources and their passing twins. */
static const struct words_written_case written[] = {
	{ "awscc.rtbfabric.requester_gateway", RF_REQUESTER("{'key': 'aws:team', 'value': 'a'}"),
	  "tags", "AWS says a tag key \"cannot be prefixed with aws:\"",
	  RF_REQUESTER("{'key': 'team', 'value': 'aws:a'}") },
	{ "awscc.rtbfabric.link", RF_LINK("{'key': 'AWS:team', 'value': 'a'}"), "tags", "AWS says",
	  RF_LINK("{'key': 'team:aws', 'value': 'a'}") },
	{ "awscc.applicationinsights.application",
	  "{'resource_group_name': 'shop', 'tags': [{'key': 'aws:team', 'value': 'a'}]}", "tags",
	  "AWS says a tag key \"cannot be prefixed with aws:\"",
	  "{'resource_group_name': 'shop', 'tags': [{'key': 'team', 'value': 'aws:a'}]}" },
	{ "awscc.route53profiles.profile",
	  "{'name': 'dns', 'tags': [{'key': 'aws:team', 'value': 'a'}]}", "tags",
	  "AWS says a tag key \"cannot be prefixed with aws:\"",
	  "{'name': 'dns', 'tags': [{'key': 'team', 'value': 'a'}]}" },
	{ "awscc.route53profiles.profile_association",
	  "{'name': 'dns-vpc', 'profile_id': 'rp-0123456789abcdef', 'resource_id': "
	  "'vpc-0123456789abcdef0', 'tags': [{'key': 'Aws:team', 'value': 'a'}]}", "tags", "AWS says",
	  "{'name': 'dns-vpc', 'profile_id': 'rp-0123456789abcdef', 'resource_id': "
	  "'vpc-0123456789abcdef0', 'tags': [{'key': 'team', 'value': 'a'}]}" },
};

static const char *const services[] = { "rtbfabric.", "rekognition.", "resourcegroups.",
					"ssmcontacts.", "applicationinsights.", NULL };

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
					 "test_words_census27.c");
}

/* The written rules refuse their cases, naming the key; each twin passes. */
static void test_written_rules(void **state)
{
	(void)state;
	words_check_written(written, sizeof(written) / sizeof(*written));
}

/* Two contacts of the stack of one alias are refused (AWS says the alias
 * is unique); of two aliases, neither is. */
static void test_contact_aliases(void **state)
{
	(void)state;
#define SC_CONTACTS(A, B) "{'c1': {'type': 'awscc.ssmcontacts.contact', 'alias': '" A "', " \
	"'display_name': 'One', 'contact_type': 'PERSONAL'}, 'c2': {'type': " \
	"'awscc.ssmcontacts.contact', 'alias': '" B "', 'display_name': 'Two', " \
	"'contact_type': 'PERSONAL'}}"
	assert_true(words_says(words_across_stack(SC_CONTACTS("oncall", "oncall"), NULL),
			       "1 alias: \"oncall\" names the same AWS::SSMContacts::Contact as "
			       "resource \"c1\""));
	assert_false(words_says(words_across_stack(SC_CONTACTS("oncall", "backup"), NULL),
				"names the same"));
#undef SC_CONTACTS
}

int main(void)
{
	setenv("AWS_REGION", "us-east-1", 1);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_written_rules),
		cmocka_unit_test(test_contact_aliases),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
