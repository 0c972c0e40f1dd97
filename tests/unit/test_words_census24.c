/*
 * test_words_census24.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope as the twenty-fourth census helper judged them
 * (applicationsignals/rules.c, codedeploy/rules.c, codegurureviewer/rules.c,
 * dms/rules.c; the ledgers checks/words/application-signals.words,
 * codedeploy.words, codeguru-reviewer.words, dms.words), each through aws_constraints_check: a resource
 * it refuses, whose message names the attribute, quotes AWS's sentence and
 * names its document, and its passing twin; every such row has a case
 * here. And the written rules the ledgers name, each case with its twin: a
 * CodeGuru Reviewer association's tag keys.
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

/* An Application Signals SLO named slo with MORE. */
#define SLO_TYPE "awscc.applicationsignals.service_level_objective"
#define AS_SLO(MORE) "{'name': 'slo'" MORE "}"
/* A period-based SLI of METRIC (its sli_metric's members). */
#define AS_SLI(METRIC) ", 'sli': {'metric_threshold': 99, 'comparison_operator': " \
	"'GreaterThanOrEqualTo', 'sli_metric': {" METRIC "}}"
/* A period-based SLI of the queries QUERIES. */
#define AS_QUERIES(QUERIES) AS_SLI("'metric_data_queries': [" QUERIES "]")
/* A query ID of a metric's stat with DIMS, its period PERIOD. */
#define AS_STAT(ID, PERIOD, DIMS) "{'id': '" ID "', 'metric_stat': {'stat': 'Average', " \
	"'period': " PERIOD ", 'metric': {'namespace': 'AWS/EC2', 'metric_name': 'CPU', " \
	"'dimensions': [" DIMS "]}}}"
#define AS_EXPR(ID, MORE) "{'id': '" ID "', 'expression': 'm1 * 100'" MORE "}"
#define AS_DIM(NAME, VALUE) "{'name': '" NAME "', 'value': '" VALUE "'}"
#define AS_OK_STAT AS_STAT("m1", "60", AS_DIM("InstanceId", "i-1"))
/* A request-based SLI of the latency metric, MORE in its request_based_sli. */
#define AS_REQUEST(MORE) ", 'request_based_sli': {'request_based_sli_metric': " \
	"{'metric_type': 'LATENCY', 'key_attributes': {'Type': 'Service', 'Name': 'orders', " \
	"'Environment': 'eks:prod'}}" MORE "}"
/* A CodeDeploy deployment group with MORE. */
#define CD_GROUP_TYPE "awscc.codedeploy.deployment_group"
#define CD_GROUP(MORE) "{'application_name': 'web', 'service_role_arn': " \
	"'arn:aws:iam::123456789012:role/codedeploy'" MORE "}"
#define CD_ALARM(N) "{'name': 'alarm-" N "'}"
#define CD_ALARMS(ALARMS) ", 'alarm_configuration': {'enabled': true, 'alarms': [" ALARMS "]}"
#define CD_TEN CD_ALARM("0") ", " CD_ALARM("1") ", " CD_ALARM("2") ", " CD_ALARM("3") ", " \
	CD_ALARM("4") ", " CD_ALARM("5") ", " CD_ALARM("6") ", " CD_ALARM("7") ", " \
	CD_ALARM("8") ", " CD_ALARM("9")
#define CD_TERMINATE(MINUTES) ", 'blue_green_deployment_configuration': " \
	"{'terminate_blue_instances_on_deployment_success': {'action': 'TERMINATE', " \
	"'termination_wait_time_in_minutes': " MINUTES "}}"
#define CD_TAG "[{'key': 'app', 'value': 'web', 'type': 'KEY_AND_VALUE'}]"
#define CD_LISTENER(N) "'arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/web/" \
	"0123456789abcdef/" N "'"
#define CD_PAIR(LISTENERS) "{'target_groups': [{'name': 'blue'}, {'name': 'green'}], " \
	"'prod_traffic_route': {'listener_arns': [" LISTENERS "]}}"
#define CD_PAIRS(PAIRS) ", 'load_balancer_info': {'target_group_pair_info_list': [" PAIRS "]}"
#define CD_DEPLOYMENT(BUNDLE) ", 'deployment': {'revision': {'revision_type': 'S3', " \
	"'s3_location': {'bucket': 'builds', 'key': 'web.zip', 'bundle_type': '" BUNDLE "'}}}"
/* A CodeGuru Reviewer association of an S3 bucket named BUCKET, with MORE. */
#define CG_TYPE "awscc.codegurureviewer.repository_association"
#define CG_ASSOCIATION(BUCKET, MORE) "{'name': 'web', 'type': 'S3Bucket', 'bucket_name': '" \
	BUCKET "'" MORE "}"
/* DMS: an endpoint with MORE, a certificate, a data migration, an event
 * subscription and a serverless replication config's compute config. */
#define DMS_ENDPOINT_TYPE "awscc.dms.endpoint"
#define DMS_ENDPOINT(MORE) "{'endpoint_type': 'source', 'engine_name': 'postgres'" MORE "}"
#define DMS_ENGINE(ENGINE, MORE) "{'endpoint_type': 'source', 'engine_name': '" ENGINE "'" MORE "}"
#define DMS_SECRET ", 'my_sql_settings': {'secrets_manager_access_role_arn': " \
	"'arn:aws:iam::123456789012:role/dms-secrets', 'secrets_manager_secret_id': 'db'}"
#define DMS_ASM ", 'oracle_settings': {'secrets_manager_oracle_asm_access_role_arn': " \
	"'arn:aws:iam::123456789012:role/dms-asm', 'secrets_manager_oracle_asm_secret_id': 'asm'"
#define DMS_CERT(ID) "{'certificate_identifier': '" ID "', 'certificate_pem': 'pem'}"
#define DMS_MIGRATION(NAME) "{'data_migration_name': '" NAME "', 'data_migration_type': " \
	"'full-load', 'migration_project_identifier': 'project', 'service_access_role_arn': " \
	"'arn:aws:iam::123456789012:role/dms'}"
#define DMS_SUBSCRIPTION(MORE) "{'sns_topic_arn': 'arn:aws:sns:us-east-1:123456789012:dms'" \
	MORE "}"
#define DMS_REPLICATION(COMPUTE) "{'replication_config_identifier': 'orders', " \
	"'source_endpoint_arn': 'arn:aws:dms:us-east-1:123456789012:endpoint:src', " \
	"'target_endpoint_arn': 'arn:aws:dms:us-east-1:123456789012:endpoint:dst', " \
	"'replication_type': 'full-load', 'table_mappings': '{}', 'compute_config': {" COMPUTE "}}"
#define DMS_TAGGED(KEY, VALUE) DMS_SUBSCRIPTION(", 'tags': [{'key': '" KEY "', 'value': '" \
	VALUE "'}]")
#define AS_KEYS(KEYS) AS_SLI("'metric_type': 'AVAILABILITY', 'key_attributes': {" KEYS "}")

static const struct words_case cases[] = {
	{ "applicationsignals.sli_not_both", SLO_TYPE, "request_based_sli",
	  AS_SLO(AS_QUERIES(AS_OK_STAT) AS_REQUEST(", 'metric_threshold': 200, "
						   "'comparison_operator': 'LessThan'")), NULL,
	  AS_SLO(AS_QUERIES(AS_OK_STAT)), NULL },
	{ "applicationsignals.latency_threshold", SLO_TYPE, "request_based_sli.comparison_operator",
	  AS_SLO(AS_REQUEST(", 'metric_threshold': 200")), NULL,
	  AS_SLO(AS_REQUEST(", 'metric_threshold': 200, 'comparison_operator': 'LessThan'")),
	  NULL },
	{ "applicationsignals.interval_one", SLO_TYPE, "goal.interval.rolling_interval",
	  AS_SLO(", 'goal': {'interval': {'rolling_interval': {'duration_unit': 'DAY', "
		 "'duration': 7}, 'calendar_interval': {'start_time': 1767225600, "
		 "'duration_unit': 'MONTH', 'duration': 1}}}"), NULL,
	  AS_SLO(", 'goal': {'interval': {'rolling_interval': {'duration_unit': 'DAY', "
		 "'duration': 7}}}"), NULL },
	{ "applicationsignals.key_attributes_least", SLO_TYPE, "sli.sli_metric.key_attributes.Type",
	  AS_SLO(AS_KEYS("'Type': 'Service', 'Environment': 'eks:prod'")), NULL,
	  AS_SLO(AS_KEYS("'Type': 'AWS::Resource', 'ResourceType': 'AWS::DynamoDB::Table', "
			 "'Identifier': 'orders', 'Environment': 'us-east-1'")), NULL },
	{ "applicationsignals.query_expression_or_stat", SLO_TYPE,
	  "sli.sli_metric.metric_data_queries[0].expression",
	  AS_SLO(AS_QUERIES("{'id': 'm1', 'expression': 'm2 * 2', 'metric_stat': {'stat': "
			    "'Sum', 'period': 60, 'metric': {'metric_name': 'CPU'}}}")), NULL,
	  AS_SLO(AS_QUERIES(AS_OK_STAT ", " AS_EXPR("e1", ", 'return_data': true"))), NULL },
	{ "applicationsignals.query_id_lowercase", SLO_TYPE,
	  "sli.sli_metric.metric_data_queries[0].id",
	  AS_SLO(AS_QUERIES(AS_STAT("M1", "60", AS_DIM("InstanceId", "i-1")))), NULL,
	  AS_SLO(AS_QUERIES(AS_OK_STAT)), NULL },
	{ "applicationsignals.query_id_characters", SLO_TYPE,
	  "sli.sli_metric.metric_data_queries[0].id",
	  AS_SLO(AS_QUERIES(AS_STAT("m-1", "60", AS_DIM("InstanceId", "i-1")))), NULL,
	  AS_SLO(AS_QUERIES(AS_STAT("m_1", "60", AS_DIM("InstanceId", "i-1")))), NULL },
	{ "applicationsignals.query_ids_unique", SLO_TYPE,
	  "sli.sli_metric.metric_data_queries[1].id",
	  AS_SLO(AS_QUERIES(AS_OK_STAT ", " AS_EXPR("m1", ", 'return_data': true"))), NULL,
	  AS_SLO(AS_QUERIES(AS_OK_STAT ", " AS_EXPR("e1", ", 'return_data': true"))), NULL },
	{ "applicationsignals.query_one_expression_returns", SLO_TYPE,
	  "sli.sli_metric.metric_data_queries",
	  AS_SLO(AS_QUERIES(AS_OK_STAT ", " AS_EXPR("e1", ", 'return_data': true") ", "
			    AS_EXPR("e2", ", 'return_data': true"))), NULL,
	  AS_SLO(AS_QUERIES(AS_OK_STAT ", " AS_EXPR("e1", ", 'return_data': true") ", "
			    AS_EXPR("e2", ", 'return_data': false"))), NULL },
	{ "applicationsignals.query_period_60", SLO_TYPE,
	  "sli.sli_metric.metric_data_queries[0].metric_stat.period",
	  AS_SLO(AS_QUERIES(AS_STAT("m1", "90", AS_DIM("InstanceId", "i-1")))), NULL,
	  AS_SLO(AS_QUERIES(AS_STAT("m1", "120", AS_DIM("InstanceId", "i-1")))), NULL },
	{ "applicationsignals.dimension_names", SLO_TYPE,
	  "sli.sli_metric.metric_data_queries[0].metric_stat.metric.dimensions[0].name",
	  AS_SLO(AS_QUERIES(AS_STAT("m1", "60", AS_DIM(":InstanceId", "i-1")))), NULL,
	  AS_SLO(AS_QUERIES(AS_STAT("m1", "60", AS_DIM("Instance:Id", "i-1")))), NULL },
	{ "applicationsignals.dimension_name_controls", SLO_TYPE,
	  "sli.sli_metric.metric_data_queries[0].metric_stat.metric.dimensions[0].name",
	  AS_SLO(AS_QUERIES(AS_STAT("m1", "60", AS_DIM("Instance\\tId", "i-1")))), NULL,
	  AS_SLO(AS_QUERIES(AS_STAT("m1", "60", AS_DIM("Instance Id", "i-1")))), NULL },
	{ "applicationsignals.dimension_values", SLO_TYPE,
	  "sli.sli_metric.metric_data_queries[0].metric_stat.metric.dimensions[0].value",
	  AS_SLO(AS_QUERIES(AS_STAT("m1", "60", AS_DIM("InstanceId", "caf\\u00e9")))), NULL,
	  AS_SLO(AS_QUERIES(AS_STAT("m1", "60", AS_DIM("InstanceId", "cafe")))), NULL },
	{ "applicationsignals.dimension_value_controls", SLO_TYPE,
	  "sli.sli_metric.metric_data_queries[0].metric_stat.metric.dimensions[0].value",
	  AS_SLO(AS_QUERIES(AS_STAT("m1", "60", AS_DIM("InstanceId", "i-1\\n")))), NULL,
	  AS_SLO(AS_QUERIES(AS_STAT("m1", "60", AS_DIM("InstanceId", "i-1 ")))), NULL },
	{ "codedeploy.alarms_at_most_10", CD_GROUP_TYPE, "alarm_configuration.alarms",
	  CD_GROUP(CD_ALARMS(CD_TEN ", " CD_ALARM("10"))), NULL, CD_GROUP(CD_ALARMS(CD_TEN)),
	  NULL },
	{ "codedeploy.alarm_name_255", CD_GROUP_TYPE, "alarm_configuration.alarms[0].name",
	  CD_GROUP(CD_ALARMS("{'name': '" X100 X100 X10 X10 X10 X10 X10 X10 "'}")), NULL,
	  CD_GROUP(CD_ALARMS("{'name': '" X100 X100 X10 X10 X10 X10 X10 "abcde'}")), NULL },
	{ "codedeploy.termination_wait_2880", CD_GROUP_TYPE,
	  "blue_green_deployment_configuration.terminate_blue_instances_on_deployment_success."
	  "termination_wait_time_in_minutes",
	  CD_GROUP(CD_TERMINATE("2881")), NULL, CD_GROUP(CD_TERMINATE("2880")), NULL },
	{ "codedeploy.ec2_tags_not_both", CD_GROUP_TYPE, "ec_2_tag_set",
	  CD_GROUP(", 'ec_2_tag_filters': " CD_TAG ", 'ec_2_tag_set': {'ec_2_tag_set_list': "
		   "[{'ec_2_tag_group': " CD_TAG "}]}"), NULL,
	  CD_GROUP(", 'ec_2_tag_filters': " CD_TAG), NULL },
	{ "codedeploy.on_premises_tags_not_both", CD_GROUP_TYPE, "on_premises_tag_set",
	  CD_GROUP(", 'on_premises_instance_tag_filters': " CD_TAG ", 'on_premises_tag_set': "
		   "{'on_premises_tag_set_list': [{'on_premises_tag_group': " CD_TAG "}]}"), NULL,
	  CD_GROUP(", 'on_premises_tag_set': {'on_premises_tag_set_list': "
		   "[{'on_premises_tag_group': " CD_TAG "}]}"), NULL },
	{ "codedeploy.deployment_not_auto_rollback", CD_GROUP_TYPE, "auto_rollback_configuration",
	  CD_GROUP(CD_DEPLOYMENT("zip") ", 'auto_rollback_configuration': {'enabled': true, "
		   "'events': ['DEPLOYMENT_FAILURE']}"), NULL,
	  CD_GROUP(CD_DEPLOYMENT("zip")), NULL },
	{ "codedeploy.target_group_pair_one", CD_GROUP_TYPE,
	  "load_balancer_info.target_group_pair_info_list",
	  CD_GROUP(CD_PAIRS(CD_PAIR(CD_LISTENER("1")) ", " CD_PAIR(CD_LISTENER("2")))), NULL,
	  CD_GROUP(CD_PAIRS(CD_PAIR(CD_LISTENER("1")))), NULL },
	{ "codedeploy.listener_arns_one", CD_GROUP_TYPE,
	  "load_balancer_info.target_group_pair_info_list[0].prod_traffic_route.listener_arns",
	  CD_GROUP(CD_PAIRS(CD_PAIR(CD_LISTENER("1") ", " CD_LISTENER("2")))), NULL,
	  CD_GROUP(CD_PAIRS(CD_PAIR(CD_LISTENER("2")))), NULL },
	{ "codedeploy.bundle_type", CD_GROUP_TYPE, "deployment.revision.s3_location.bundle_type",
	  CD_GROUP(CD_DEPLOYMENT("ZIP")), NULL, CD_GROUP(CD_DEPLOYMENT("zip")), NULL },
	{ "codegurureviewer.bucket_name_prefix", CG_TYPE, "bucket_name",
	  CG_ASSOCIATION("reviewer-web", ""), NULL, CG_ASSOCIATION("codeguru-reviewer-web", ""),
	  NULL },
	{ "dms.endpoint_identifier_form", DMS_ENDPOINT_TYPE, "endpoint_identifier",
	  DMS_ENDPOINT(", 'endpoint_identifier': '1orders'"), NULL,
	  DMS_ENDPOINT(", 'endpoint_identifier': 'orders-1'"), NULL },
	{ "dms.endpoint_identifier_hyphens", DMS_ENDPOINT_TYPE, "endpoint_identifier",
	  DMS_ENDPOINT(", 'endpoint_identifier': 'orders--src'"), NULL,
	  DMS_ENDPOINT(", 'endpoint_identifier': 'orders-src'"), NULL },
	{ "dms.certificate_identifier_form", "awscc.dms.certificate", "certificate_identifier",
	  DMS_CERT("db_ca"), NULL, DMS_CERT("db-ca"), NULL },
	{ "dms.certificate_identifier_hyphens", "awscc.dms.certificate", "certificate_identifier",
	  DMS_CERT("db-ca-"), NULL, DMS_CERT("db-ca"), NULL },
	{ "dms.endpoint_resource_identifier", DMS_ENDPOINT_TYPE, "resource_identifier",
	  DMS_ENDPOINT(", 'resource_identifier': 'Example-App-ARN1-'"), NULL,
	  DMS_ENDPOINT(", 'resource_identifier': 'Example-App-ARN1'"), NULL },
	{ "dms.data_migration_name_form", "awscc.dms.data_migration", "data_migration_name",
	  DMS_MIGRATION("orders_2026"), NULL, DMS_MIGRATION("orders-2026"), NULL },
	{ "dms.data_migration_name_length", "awscc.dms.data_migration", "data_migration_name",
	  DMS_MIGRATION("o" X100 X100 X10 X10 X10 X10 X10 X10), NULL,
	  DMS_MIGRATION("o" X100 X100 X10 X10 X10 X10 X10 "xxxx"), NULL },
	{ "dms.data_migration_name_hyphens", "awscc.dms.data_migration", "data_migration_name",
	  DMS_MIGRATION("orders-"), NULL, DMS_MIGRATION("orders"), NULL },
	{ "dms.mysql_no_database_name", DMS_ENDPOINT_TYPE, "database_name",
	  DMS_ENGINE("mysql", ", 'database_name': 'orders'"), NULL,
	  DMS_ENGINE("postgres", ", 'database_name': 'orders'"), NULL },
	{ "dms.secret_or_credentials", DMS_ENDPOINT_TYPE, "username",
	  DMS_ENGINE("mysql", DMS_SECRET ", 'username': 'admin'"), NULL,
	  DMS_ENGINE("mysql", DMS_SECRET), NULL },
	{ "dms.oracle_asm_secret_or_credentials", DMS_ENDPOINT_TYPE, "oracle_settings.asm_user",
	  DMS_ENGINE("oracle", DMS_ASM ", 'asm_user': 'asm'}"), NULL,
	  DMS_ENGINE("oracle", DMS_ASM "}"), NULL },
	{ "dms.docs_to_investigate_positive", DMS_ENDPOINT_TYPE,
	  "doc_db_settings.docs_to_investigate",
	  DMS_ENGINE("docdb", ", 'doc_db_settings': {'docs_to_investigate': 0}"), NULL,
	  DMS_ENGINE("docdb", ", 'doc_db_settings': {'docs_to_investigate': 1000}"), NULL },
	{ "dms.oracle_asm_read_threads", DMS_ENDPOINT_TYPE, "oracle_settings.parallel_asm_read_threads",
	  DMS_ENGINE("oracle", ", 'oracle_settings': {'parallel_asm_read_threads': 9}"), NULL,
	  DMS_ENGINE("oracle", ", 'oracle_settings': {'parallel_asm_read_threads': 8}"), NULL },
	{ "dms.oracle_read_ahead_blocks", DMS_ENDPOINT_TYPE, "oracle_settings.read_ahead_blocks",
	  DMS_ENGINE("oracle", ", 'oracle_settings': {'read_ahead_blocks': 999}"), NULL,
	  DMS_ENGINE("oracle", ", 'oracle_settings': {'read_ahead_blocks': 200000}"), NULL },
	{ "dms.redis_ssl_protocol", DMS_ENDPOINT_TYPE, "redis_settings.ssl_security_protocol",
	  DMS_ENGINE("redis", ", 'redis_settings': {'ssl_security_protocol': 'tls'}"), NULL,
	  DMS_ENGINE("redis", ", 'redis_settings': {'ssl_security_protocol': 'ssl-encryption'}"),
	  NULL },
	{ "dms.s3_cdc_inserts_not_both", DMS_ENDPOINT_TYPE, "s3_settings.cdc_inserts_and_updates",
	  DMS_ENGINE("s3", ", 's3_settings': {'cdc_inserts_only': true, "
		     "'cdc_inserts_and_updates': true}"), NULL,
	  DMS_ENGINE("s3", ", 's3_settings': {'cdc_inserts_only': true, "
		     "'cdc_inserts_and_updates': false}"), NULL },
	{ "dms.s3_max_file_size", DMS_ENDPOINT_TYPE, "s3_settings.max_file_size",
	  DMS_ENGINE("s3", ", 's3_settings': {'max_file_size': 1048577}"), NULL,
	  DMS_ENGINE("s3", ", 's3_settings': {'max_file_size': 1048576}"), NULL },
	{ "dms.event_source_type", "awscc.dms.event_subscription", "source_type",
	  DMS_SUBSCRIPTION(", 'source_type': 'replication-config'"), NULL,
	  DMS_SUBSCRIPTION(", 'source_type': 'replication-task'"), NULL },
	{ "dms.subscription_name_length", "awscc.dms.event_subscription", "subscription_name",
	  DMS_SUBSCRIPTION(", 'subscription_name': '" X100 X100 X10 X10 X10 X10 X10 "xxxxxx'"),
	  NULL,
	  DMS_SUBSCRIPTION(", 'subscription_name': '" X100 X100 X10 X10 X10 X10 X10 "xxxxx'"),
	  NULL },
	{ "dms.tag_keys_reserved", "awscc.dms.event_subscription", "tags[0].key",
	  DMS_TAGGED("dms:team", "orders"), NULL, DMS_TAGGED("team-dms:", "orders"), NULL },
	{ "dms.tag_values_reserved", "awscc.dms.event_subscription", "tags[0].value",
	  DMS_TAGGED("team", "aws:orders"), NULL, DMS_TAGGED("team", "orders aws:"), NULL },
	{ "dms.tag_characters", "awscc.dms.event_subscription", "tags[0].key",
	  DMS_TAGGED("team@orders", "orders"), NULL, DMS_TAGGED("team/orders=1", "orders"),
	  NULL },
	{ "dms.az_not_multi_az", "awscc.dms.replication_config", "compute_config.availability_zone",
	  DMS_REPLICATION("'max_capacity_units': 16, 'multi_az': true, 'availability_zone': "
			  "'us-east-1a'"), NULL,
	  DMS_REPLICATION("'max_capacity_units': 16, 'multi_az': false, 'availability_zone': "
			  "'us-east-1a'"), NULL },
	{ "dms.capacity_units_at_least_1", "awscc.dms.replication_config",
	  "compute_config.min_capacity_units",
	  DMS_REPLICATION("'max_capacity_units': 16, 'min_capacity_units': 0"), NULL,
	  DMS_REPLICATION("'max_capacity_units': 16, 'min_capacity_units': 1"), NULL },
	{ "dms.max_capacity_384", "awscc.dms.replication_config", "compute_config.max_capacity_units",
	  DMS_REPLICATION("'max_capacity_units': 385"), NULL,
	  DMS_REPLICATION("'max_capacity_units': 384"), NULL },
	{ "dms.maintenance_window_days", "awscc.dms.replication_config",
	  "compute_config.preferred_maintenance_window",
	  DMS_REPLICATION("'max_capacity_units': 16, 'preferred_maintenance_window': "
			  "'sunday:05:00-sunday:06:00'"), NULL,
	  DMS_REPLICATION("'max_capacity_units': 16, 'preferred_maintenance_window': "
			  "'Sun:05:00-sun:06:00'"), NULL },
	{ "dms.maintenance_window_30", "awscc.dms.replication_config",
	  "compute_config.preferred_maintenance_window",
	  DMS_REPLICATION("'max_capacity_units': 16, 'preferred_maintenance_window': "
			  "'sun:05:00-sun:05:20'"), NULL,
	  DMS_REPLICATION("'max_capacity_units': 16, 'preferred_maintenance_window': "
			  "'sun:05:00-sun:05:30'"), NULL },
};

static const char *const services[] = { "applicationsignals.", "codedeploy.",
					"codegurureviewer.", "dms.", NULL };

/* The written rules' refused resources and their passing twins. */
static const struct words_written_case written[] = {
	{ CG_TYPE, CG_ASSOCIATION("codeguru-reviewer-web", ", 'tags': [{'key': 'aws:team', "
				  "'value': 'web'}]"), "tags", "aws:",
	  CG_ASSOCIATION("codeguru-reviewer-web", ", 'tags': [{'key': 'team', 'value': 'web'}]") },
};

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
					 "test_words_census24.c");
}

/* Each written rule refuses its case, naming the attribute and quoting AWS;
 * its twin passes. */
static void test_written_rules(void **state)
{
	(void)state;
	words_check_written(written, sizeof(written) / sizeof(*written));
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
