/*
 * test_words_census26.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope as the twenty-sixth census helper judged them
 * (ivschat/rules.c, iottwinmaker/rules.c, kafkaconnect/rules.c,
 * kinesisvideo/rules.c; the ledgers checks/words/ivschat.words,
 * iottwinmaker.words, kafkaconnect.words, kinesisvideo.words), each through
 * aws_constraints_check: a resource it refuses, whose message names the
 * attribute, quotes AWS's sentence and names its document, and its passing
 * twin; every such row has a case here. And the written rules the ledgers
 * name, each case with its twin: IVS Chat's, MSK Connect's and Kinesis
 * Video's tag keys.
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

/* An IVS Chat logging configuration of destinations DEST. */
#define IC_LOGGING(DEST) "{'name': 'chat-logs', 'destination_configuration': {" DEST "}}"
#define IC_S3 "'s3': {'bucket_name': 'chat-logs-1'}"
#define IC_LOGS "'cloudwatch_logs': {'log_group_name': '/ivs/chat'}"
/* An IoT TwinMaker sync job from SOURCE. */
#define TM_SYNC_JOB(SOURCE) "{'workspace_id': 'plant-1', 'sync_source': '" SOURCE "', " \
	"'sync_role': 'arn:aws:iam::123456789012:role/TwinMakerSync'}"
/* An MSK Connect connector of PLUGINS and CAPACITY. */
#define KC_CONNECTOR(PLUGINS, CAPACITY) "{'connector_name': 'sink', 'kafka_connect_version': " \
	"'2.7.1', 'connector_configuration': {'connector.class': 'S3SinkConnector'}, " \
	"'service_execution_role_arn': 'arn:aws:iam::123456789012:role/Connect', " \
	"'kafka_cluster': {'apache_kafka_cluster': {'bootstrap_servers': 'b-1.kafka:9098', " \
	"'vpc': {'security_groups': ['sg-0123456789abcdef0'], 'subnets': " \
	"['subnet-0123456789abcdef0']}}}, 'kafka_cluster_client_authentication': " \
	"{'authentication_type': 'IAM'}, 'kafka_cluster_encryption_in_transit': " \
	"{'encryption_type': 'TLS'}, 'plugins': [" PLUGINS "], 'capacity': " CAPACITY "}"
#define KC_PLUGIN(NAME) "{'custom_plugin': {'custom_plugin_arn': " \
	"'arn:aws:kafkaconnect:us-east-1:123456789012:custom-plugin/" NAME "/1', 'revision': 1}}"
#define KC_FIXED "{'provisioned_capacity': {'mcu_count': 1, 'worker_count': 1}}"
#define KC_AUTO(WORKERS, TASKS) "{'auto_scaling': {'mcu_count': 1, 'min_worker_count': 1, " \
	"'max_worker_count': " WORKERS ", 'max_autoscaling_task_count': " TASKS ", " \
	"'scale_in_policy': {'cpu_utilization_percentage': 20}, " \
	"'scale_out_policy': {'cpu_utilization_percentage': 80}}}"

static const struct words_case cases[] = {
	{ "ivschat.one_destination", "awscc.ivschat.logging_configuration",
	  "destination_configuration.cloudwatch_logs", IC_LOGGING(IC_LOGS ", " IC_S3), NULL,
	  IC_LOGGING(IC_S3), NULL },
	{ "ivschat.one_destination", "awscc.ivschat.logging_configuration",
	  "destination_configuration.cloudwatch_logs", IC_LOGGING(""), NULL,
	  IC_LOGGING(IC_LOGS), NULL },
	{ "iottwinmaker.sync_source_sitewise", "awscc.iottwinmaker.sync_job", "sync_source",
	  TM_SYNC_JOB("KINESIS"), NULL, TM_SYNC_JOB("SITEWISE"), NULL },
	{ "kafkaconnect.one_plugin", "awscc.kafkaconnect.connector", "plugins",
	  KC_CONNECTOR(KC_PLUGIN("s3") ", " KC_PLUGIN("jdbc"), KC_FIXED), NULL,
	  KC_CONNECTOR(KC_PLUGIN("s3"), KC_FIXED), NULL },
	{ "kafkaconnect.task_count_at_least_workers", "awscc.kafkaconnect.connector",
	  "capacity.auto_scaling.max_worker_count",
	  KC_CONNECTOR(KC_PLUGIN("s3"), KC_AUTO("4", "2")), NULL,
	  KC_CONNECTOR(KC_PLUGIN("s3"), KC_AUTO("4", "4")), NULL },
};

/* The written rules' refused resources and their passing twins. */
static const struct words_written_case written[] = {
	{ "awscc.ivschat.room", "{'name': 'r', 'tags': [{'key': 'aws:team', 'value': 'a'}]}",
	  "tags", "AWS says a tag key \"cannot be prefixed with aws:\"",
	  "{'name': 'r', 'tags': [{'key': 'team', 'value': 'aws:a'}]}" },
	{ "awscc.ivschat.logging_configuration",
	  "{'destination_configuration': {" IC_S3 "}, 'tags': [{'key': 'AWS:team', 'value': 'a'}]}",
	  "tags", "AWS says",
	  "{'destination_configuration': {" IC_S3 "}, 'tags': [{'key': 'team', 'value': 'a'}]}" },
	{ "awscc.kafkaconnect.custom_plugin",
	  "{'name': 'p', 'content_type': 'ZIP', 'tags': [{'key': 'aws:cost', 'value': 'a'}]}",
	  "tags", "AWS says a tag key \"cannot be prefixed with aws:\"",
	  "{'name': 'p', 'content_type': 'ZIP', 'tags': [{'key': 'cost', 'value': 'a'}]}" },
	{ "awscc.kinesisvideo.stream",
	  "{'name': 'cam-1', 'tags': [{'key': 'aws:site', 'value': 'a'}]}",
	  "tags", "AWS says a tag key \"cannot be prefixed with aws:\"",
	  "{'name': 'cam-1', 'tags': [{'key': 'site', 'value': 'a'}]}" },
	{ "awscc.kinesisvideo.signaling_channel",
	  "{'name': 'door', 'tags': [{'key': 'Aws:site', 'value': 'a'}]}", "tags", "AWS says",
	  "{'name': 'door', 'tags': [{'key': 'site', 'value': 'a'}]}" },
};

static const char *const services[] = { "ivschat.", "iottwinmaker.", "kafkaconnect.", NULL };

/* Each row refuses its case naming the attribute, AWS's words and the
 * document; its twin passes. */
static void test_each_row_and_its_twin(void **state)
{
	(void)state;
	words_check_cases(cases, sizeof(cases) / sizeof(*cases));
}

/* The written rules refuse their cases, naming the key; each twin passes. */
static void test_written_rules(void **state)
{
	(void)state;
	words_check_written(written, sizeof(written) / sizeof(*written));
}

static void test_every_row_has_a_case(void **state)
{
	(void)state;
	words_check_every_row_has_a_case(cases, sizeof(cases) / sizeof(*cases), services,
					 "test_words_census26.c");
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
