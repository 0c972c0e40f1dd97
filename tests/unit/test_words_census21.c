/*
 * test_words_census21.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope as the twenty-first census helper judged them
 * (identitystore/rules.c, iotevents/rules.c, osis/rules.c, pcs/rules.c; the
 * ledgers checks/words/identitystore.words, iotevents.words, osis.words,
 * pcs.words), each through aws_constraints_check: a resource it refuses, whose message
 * names the attribute, quotes AWS's sentence and names its document, and
 * its passing twin; every such row has a case here (a row crossing a
 * reference has its case in test_words_crossing.c: pcs/rules.c's three).
 * And the written rule of PCS's tags, a map (rule_tag_list_keys).
 *
 * JSON is written with single quotes (json_support.h); a quote inside a
 * value (an IoT Events literal, 'GOOD') is \u0027.
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

/* An Identity Store group named NAME. */
#define IS_GROUP(NAME) "{'identity_store_id': 'd-1234567890', 'display_name': '" NAME "'}"
/* An IoT Events detector model whose one state's input event has the one
 * action ACTION, and an alarm model whose one alarm action is ACTION; the
 * path of that action in each. */
#define IE_DETECTOR(ACTION) "{'role_arn': 'arn:aws:iam::123456789012:role/events', " \
	"'detector_model_definition': {'initial_state_name': 'on', 'states': [{'state_name': " \
	"'on', 'on_input': {'events': [{'event_name': 'hot', 'condition': " \
	"'$input.temp.value > 30', 'actions': [" ACTION "]}]}}]}}"
#define IE_DM_AT "detector_model_definition.states[0].on_input.events[0].actions[0]."
#define IE_ALARM(ACTION) "{'role_arn': 'arn:aws:iam::123456789012:role/events', " \
	"'alarm_rule': {'simple_rule': {'comparison_operator': 'GREATER', 'input_property': " \
	"'$input.temp.value', 'threshold': '30'}}, 'alarm_event_actions': {'alarm_actions': [" \
	ACTION "]}}"
#define IE_AM_AT "alarm_event_actions.alarm_actions[0]."
/* A quoted IoT Events literal: 'TEXT'. */
#define Q(TEXT) "\\u0027" TEXT "\\u0027"
#define IE_DDB_V2(TYPE) "{'dynamo_d_bv_2': {'table_name': 'alarms', 'payload': " \
	"{'content_expression': '{}', 'type': '" TYPE "'}}}"
#define IE_FIREHOSE(SEP) "{'firehose': {'delivery_stream_name': 'events', 'separator': '" SEP "'}}"
/* An IoT SiteWise action naming its property IDS, whose value is VALUE and
 * the rest of its property value MORE. */
#define IE_SITEWISE(IDS, VALUE, MORE) "{'iot_site_wise': {" IDS "'property_value': {'value': {" \
	VALUE "}" MORE "}}}"
#define IE_ALIAS "'property_alias': '/plant/temp', "
#define IE_DOUBLE "'double_value': '$input.temp.value'"
#define IE_SITEWISE_TIME(TIME, NANOS) IE_SITEWISE(IE_ALIAS, IE_DOUBLE, ", 'timestamp': " \
	"{'time_in_seconds': '" TIME "', 'offset_in_nanos': '" NANOS "'}")
/* An OpenSearch Ingestion pipeline with the rest MORE. */
#define OSIS_PIPELINE(MORE) "{'pipeline_name': 'logs', 'min_units': 1, 'max_units': 4, " \
	"'pipeline_configuration_body': 'version: 2'" MORE "}"
#define OSIS_TAGS(A, B) ", 'tags': [{'key': '" A "', 'value': 'x'}, {'key': '" B "', 'value': 'y'}]"
/* A PCS cluster of Slurm VERSION with the rest MORE. */
#define PCS_CLUSTER(VERSION, MORE) "{'name': 'hpc', 'size': 'SMALL', 'scheduler': {'type': " \
	"'SLURM', 'version': '" VERSION "'}, 'networking': {'subnet_ids': ['subnet-12345678']}" \
	MORE "}"
/* Each row of a detector model's actions and its twin of an alarm model's,
 * refused with action BAD at path WHERE of the action, passing with GOOD. */
#define IE_CASES(ID, WHERE, BAD, GOOD) \
	{ "iotevents.detector_" ID, "awscc.iotevents.detector_model", IE_DM_AT WHERE, \
	  IE_DETECTOR(BAD), NULL, IE_DETECTOR(GOOD), NULL }, \
	{ "iotevents.alarm_" ID, "awscc.iotevents.alarm_model", IE_AM_AT WHERE, IE_ALARM(BAD), \
	  NULL, IE_ALARM(GOOD), NULL }

static const struct words_case cases[] = {
	{ "identitystore.group_name_not_reserved", "awscc.identitystore.group", "display_name",
	  IS_GROUP("AWSAdministrators"), NULL, IS_GROUP("Administrators of billing"), NULL },
	IE_CASES("dynamodbv2_payload_json", "dynamo_d_bv_2.payload.type", IE_DDB_V2("STRING"),
		 IE_DDB_V2("JSON")),
	IE_CASES("firehose_separator", "firehose.separator", IE_FIREHOSE("|"),
		 IE_FIREHOSE("\\r\\n")),
	IE_CASES("sitewise_alias_or_ids", "iot_site_wise.property_alias",
		 IE_SITEWISE("'asset_id': 'a1', ", IE_DOUBLE, ""),
		 IE_SITEWISE("'asset_id': 'a1', 'property_id': 'p1', ", IE_DOUBLE, "")),
	IE_CASES("sitewise_one_value", "iot_site_wise.property_value.value.string_value",
		 IE_SITEWISE(IE_ALIAS, "", ""), IE_SITEWISE(IE_ALIAS, IE_DOUBLE, "")),
	IE_CASES("sitewise_quality", "iot_site_wise.property_value.quality",
		 IE_SITEWISE(IE_ALIAS, IE_DOUBLE, ", 'quality': '" Q("FINE") "'"),
		 IE_SITEWISE(IE_ALIAS, IE_DOUBLE, ", 'quality': '" Q("UNCERTAIN") "'")),
	IE_CASES("sitewise_boolean", "iot_site_wise.property_value.value.boolean_value",
		 IE_SITEWISE(IE_ALIAS, "'boolean_value': '" Q("yes") "'", ""),
		 IE_SITEWISE(IE_ALIAS, "'boolean_value': '" Q("TRUE") "'", "")),
	IE_CASES("sitewise_time_in_seconds", "iot_site_wise.property_value.timestamp.time_in_seconds",
		 IE_SITEWISE_TIME(Q("0"), "0"), IE_SITEWISE_TIME(Q("1586400675"), "0")),
	IE_CASES("sitewise_offset_in_nanos", "iot_site_wise.property_value.timestamp.offset_in_nanos",
		 IE_SITEWISE_TIME(Q("1586400675"), "1000000000"),
		 IE_SITEWISE_TIME(Q("1586400675"), Q("999999999"))),
	{ "osis.log_destination_when_logging", "awscc.osis.pipeline",
	  "log_publishing_options.cloudwatch_log_destination",
	  OSIS_PIPELINE(", 'log_publishing_options': {'is_logging_enabled': true}"), NULL,
	  OSIS_PIPELINE(", 'log_publishing_options': {'is_logging_enabled': true, "
			"'cloudwatch_log_destination': {'log_group': '/aws/vendedlogs/logs'}}"), NULL },
	{ "osis.tag_keys_unique", "awscc.osis.pipeline", "tags[1].key",
	  OSIS_PIPELINE(OSIS_TAGS("team", "team")), NULL, OSIS_PIPELINE(OSIS_TAGS("team", "owner")),
	  NULL },
	{ "osis.cfn_tag_keys_not_aws", "awscc.osis.pipeline", "tags[1].key",
	  OSIS_PIPELINE(OSIS_TAGS("team", "aws:owner")), NULL,
	  OSIS_PIPELINE(OSIS_TAGS("team", "owner-aws:")), NULL },
};

/* The written rule's refused resources and their passing twins. */
static const struct words_written_case written[] = {
	{ "awscc.pcs.cluster", PCS_CLUSTER("25.05", ", 'tags': {'team': 'a', 'aws:owner': 'b'}"),
	  "tags: [\"aws:owner\"]", "AWS says a tag key \"cannot be prefixed with aws:\"",
	  PCS_CLUSTER("25.05", ", 'tags': {'team': 'a', 'owner': 'aws:b'}") },
	{ "awscc.pcs.queue", "{'cluster_id': 'pcs_abc', 'tags': {'AWS:team': 'a'}}",
	  "tags: [\"AWS:team\"]", "AWS says", "{'cluster_id': 'pcs_abc', 'tags': {'team': 'a'}}" },
};

static const char *const services[] = { "identitystore.", "iotevents.", "osis.",
						"pcs.", NULL };

/* Each row refuses its case naming the attribute, AWS's words and the
 * document; its twin passes. */
static void test_each_row_and_its_twin(void **state)
{
	(void)state;
	words_check_cases(cases, sizeof(cases) / sizeof(*cases));
}

/* The written rule refuses its case, naming the key; its twin passes. */
static void test_written_rules(void **state)
{
	(void)state;
	words_check_written(written, sizeof(written) / sizeof(*written));
}

static void test_every_row_has_a_case(void **state)
{
	(void)state;
	words_check_every_row_has_a_case(cases, sizeof(cases) / sizeof(*cases), services,
					 "test_words_census21.c");
}

int main(void)
{
	setenv("AWS_REGION", "us-east-1", 1);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_written_rules),
		cmocka_unit_test(test_every_row_has_a_case),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
