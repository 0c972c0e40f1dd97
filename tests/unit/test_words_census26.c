/*
 * test_words_census26.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope as the twenty-sixth census helper judged them
 * (ivschat/rules.c, iottwinmaker/rules.c, kafkaconnect/rules.c,
 * kinesisvideo/rules.c, observabilityadmin/rules.c, pcaconnectorad/rules.c;
 * the ledgers checks/words/ivschat.words, iottwinmaker.words,
 * kafkaconnect.words, kinesisvideo.words, observabilityadmin.words,
 * pca-connector-ad.words), each through
 * aws_constraints_check: a resource it refuses, whose message names the
 * attribute, quotes AWS's sentence and names its document, and its passing
 * twin; every such row has a case here. And the written rules the ledgers
 * name, each case with its twin: IVS Chat's, MSK Connect's, Kinesis
 * Video's and Observability Admin's tag keys, a Connector for AD v4
 * template's hash algorithm; and a telemetry pipeline's and a template's
 * names, said unique (across the stack).
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
/* A telemetry rule of RESOURCE, an account's or an organization's, the
 * rest of its rule MORE. */
#define OA_RULE(RESOURCE, MORE) "{'rule_name': 'flows', 'rule': {'resource_type': '" \
	RESOURCE "', 'telemetry_type': 'Logs'" MORE "}}"
/* A Connector for AD connector of security groups GROUPS; an access
 * control entry of RIGHTS; a v4 template's definition whose private key
 * flags are FLAGS, the rest MORE (JSON, by CloudFormation's names). */
#define AD_CONNECTOR(GROUPS) "{'certificate_authority_arn': 'arn:aws:acm-pca:us-east-1:" \
	"123456789012:certificate-authority/01234567-89ab-cdef-0123-456789abcdef', " \
	"'directory_id': 'd-0123456789', 'vpc_information': {'security_group_ids': [" GROUPS "]}}"
#define AD_SG(N) "'sg-0123456789abcdef" N "'"
#define AD_ENTRY(RIGHTS) "{'group_display_name': 'Web servers', 'access_rights': {" RIGHTS "}}"
#define AD_V4(FLAGS, MORE) "{\"TemplateV4\": {\"PrivateKeyFlags\": {\"ClientVersion\": " \
	"\"WINDOWS_SERVER_2016\"" FLAGS "}, \"PrivateKeyAttributes\": {\"KeySpec\": " \
	"\"SIGNATURE\", \"MinimalKeyLength\": 2048}" MORE "}}"
#define AD_TEMPLATE(DEFINITION) "{'connector_arn': 'arn:aws:pca-connector-ad:us-east-1:" \
	"123456789012:connector/01234567-89ab-cdef-0123-456789abcdef', 'name': 'web', " \
	"'definition': " DEFINITION "}"
#define AD_LEGACY ", \"UseLegacyProvider\": true"
#define AD_HASH ", \"HashAlgorithm\": \"SHA256\""
/* The v4 definition of legacy providers as JSON text (its quotes escaped). */
#define AD_V4_TEXT(MORE) "'{\\\"TemplateV4\\\": {\\\"PrivateKeyFlags\\\": " \
	"{\\\"UseLegacyProvider\\\": true}" MORE "}}'"
#define AD_TEXT_HASH ", \\\"HashAlgorithm\\\": \\\"SHA256\\\""
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
#define OA_CASES(ID, TYPE) \
	{ ID "all_regions_or_regions", TYPE, "rule.regions", \
	  OA_RULE("AWS::EC2::VPC", ", 'all_regions': true, 'regions': ['us-west-2']"), NULL, \
	  OA_RULE("AWS::EC2::VPC", ", 'all_regions': false, 'regions': ['us-west-2']"), NULL }, \
	{ ID "source_types_of_resource_type", TYPE, "rule.resource_type", \
	  OA_RULE("AWS::EC2::VPC", ", 'telemetry_source_types': ['EKS_AUDIT_LOGS']"), NULL, \
	  OA_RULE("AWS::EKS::Cluster", ", 'telemetry_source_types': ['EKS_AUDIT_LOGS']"), NULL }, \
	{ ID "source_types_of_resource_type", TYPE, "rule.resource_type", \
	  OA_RULE("AWS::EKS::Cluster", ", 'telemetry_source_types': ['VPC_FLOW_LOGS']"), NULL, \
	  OA_RULE("AWS::EC2::VPC", ", 'telemetry_source_types': ['VPC_FLOW_LOGS']"), NULL }
	OA_CASES("observabilityadmin.", "awscc.observabilityadmin.telemetry_rule"),
	OA_CASES("observabilityadmin.org_", "awscc.observabilityadmin.organization_telemetry_rule"),
#undef OA_CASES
	{ "pcaconnectorad.security_groups_at_most_4", "awscc.pcaconnectorad.connector",
	  "vpc_information.security_group_ids",
	  AD_CONNECTOR(AD_SG("1") ", " AD_SG("2") ", " AD_SG("3") ", " AD_SG("4") ", " AD_SG("5")),
	  NULL, AD_CONNECTOR(AD_SG("1") ", " AD_SG("2") ", " AD_SG("3") ", " AD_SG("4")), NULL },
	{ "pcaconnectorad.auto_enroll_needs_enroll",
	  "awscc.pcaconnectorad.template_group_access_control_entry", "access_rights.enroll",
	  AD_ENTRY("'auto_enroll': 'ALLOW', 'enroll': 'DENY'"), NULL,
	  AD_ENTRY("'auto_enroll': 'ALLOW', 'enroll': 'ALLOW'"), NULL },
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
	{ "awscc.observabilityadmin.s3_table_integration",
	  "{'role_arn': 'arn:aws:iam::123456789012:role/S3Tables', 'encryption': "
	  "{'sse_algorithm': 'AES256'}, 'tags': [{'key': 'aws:team', 'value': 'a'}]}",
	  "tags", "AWS says a tag key \"cannot be prefixed with aws:\"",
	  "{'role_arn': 'arn:aws:iam::123456789012:role/S3Tables', 'encryption': "
	  "{'sse_algorithm': 'AES256'}, 'tags': [{'key': 'team', 'value': 'a'}]}" },
	/* the definition as an object, then as its JSON text */
	{ "awscc.pcaconnectorad.template", AD_TEMPLATE(AD_V4(AD_LEGACY, AD_HASH)),
	  "definition: TemplateV4.HashAlgorithm: ",
	  "AWS says \"Hash algorithm can only be specified when using Key Storage Providers.\"",
	  AD_TEMPLATE(AD_V4(", \"UseLegacyProvider\": false", AD_HASH)) },
	{ "awscc.pcaconnectorad.template", AD_TEMPLATE(AD_V4_TEXT(AD_TEXT_HASH)),
	  "definition: TemplateV4.HashAlgorithm: ", "Key Storage Providers",
	  AD_TEMPLATE(AD_V4_TEXT("")) },
};

static const char *const services[] = { "ivschat.", "iottwinmaker.", "kafkaconnect.", "observabilityadmin.",
					"pcaconnectorad.", NULL };

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

/* Two telemetry pipelines of the stack of one name are refused (AWS says
 * the name is unique within the account); of two names, neither is. */
static void test_telemetry_pipeline_names(void **state)
{
	(void)state;
#define OA_PIPELINES(A, B) "{'p1': {'type': 'awscc.observabilityadmin.telemetry_pipelines', " \
	"'name': '" A "', 'configuration': {'body': 'b'}}, 'p2': {'type': " \
	"'awscc.observabilityadmin.telemetry_pipelines', 'name': '" B "', " \
	"'configuration': {'body': 'b'}}}"
	assert_true(words_says(words_across_stack(OA_PIPELINES("logs", "logs"), NULL),
			       "1 name: \"logs\" names the same "
			       "AWS::ObservabilityAdmin::TelemetryPipelines as resource \"p1\""));
	assert_false(words_says(words_across_stack(OA_PIPELINES("logs", "flows"), NULL),
				"names the same"));
#undef OA_PIPELINES
}

/* Two templates of the stack of one name on one connector are refused (AWS
 * says a template's name is unique); on two connectors, neither is. */
static void test_connector_template_names(void **state)
{
	(void)state;
#define AD_TEMPLATES(C1, C2) "{'t1': {'type': 'awscc.pcaconnectorad.template', " \
	"'connector_arn': '" C1 "', 'name': 'web', 'definition': {}}, 't2': {'type': " \
	"'awscc.pcaconnectorad.template', 'connector_arn': '" C2 "', 'name': 'web', " \
	"'definition': {}}}"
#define AD_C(N) "arn:aws:pca-connector-ad:us-east-1:123456789012:connector/" \
	"01234567-89ab-cdef-0123-45678901234" N
	assert_true(words_says(words_across_stack(AD_TEMPLATES(AD_C("5"), AD_C("5")), NULL),
			       "1 name: \"web\" names the same AWS::PCAConnectorAD::Template as "
			       "resource \"t1\""));
	assert_false(words_says(words_across_stack(AD_TEMPLATES(AD_C("5"), AD_C("6")), NULL),
				"names the same"));
#undef AD_C
#undef AD_TEMPLATES
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
		cmocka_unit_test(test_telemetry_pipeline_names),
		cmocka_unit_test(test_connector_template_names),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
