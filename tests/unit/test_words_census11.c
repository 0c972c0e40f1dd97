/*
 * test_words_census11.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope as the eleventh census helper judged them (the
 * data-pipeline services: emr/, redshiftserverless/, databrew/,
 * timestream/, pipes/, appflow/, neptunegraph/rules.c; the ledgers
 * checks/words/emr.words, redshift-serverless.words, databrew.words,
 * timestream-write.words, pipes.words, appflow.words, neptune-graph.words),
 * each through aws_constraints_check: a resource it refuses, whose message
 * names the attribute, quotes AWS's sentence and names its document, and
 * its passing twin; every such row has a case here (a row crossing a
 * reference has its case in test_words_crossing.c: emr/rules.c's three of
 * a Studio's VPC, msk/'s client subnets' zone, pipes/' state machine's
 * type).
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

/* An EMR Studio whose subnets are SUBNETS (a JSON list's items). */
#define STUDIO(SUBNETS) "{'name': 'lab', 'auth_mode': 'IAM', 'vpc_id': 'vpc-0a1b2c3d', " \
	"'subnet_ids': [" SUBNETS "], 'engine_security_group_id': 'sg-1', " \
	"'workspace_security_group_id': 'sg-2', 'service_role': " \
	"'arn:aws:iam::123456789012:role/studio', 'default_s3_location': 's3://lab/studio'}"
#define SUBNETS_5 "'subnet-0a000001', 'subnet-0a000002', 'subnet-0a000003', " \
	"'subnet-0a000004', 'subnet-0a000005'"
/* A WAL workspace with a second tag TAG. */
#define WAL(TAG) "{'wal_workspace_name': 'orders', 'tags': [{'key': 'team', 'value': 'a'}, " \
	TAG "]}"
/* A Redshift Serverless namespace with MORE; a workgroup with MORE. */
#define NS(MORE) "{'namespace_name': 'sales'" MORE "}"
#define WG(MORE) "{'workgroup_name': 'sales'" MORE "}"
#define ROLE(NAME) "'arn:aws:iam::123456789012:role/" NAME "'"
#define WLM "{'parameter_key': 'wlm_json_configuration', 'parameter_value': '[]'}"

/* AWS Glue DataBrew: a schedule named NAME; a dataset whose path parameter
 * is PARAM; a recipe job with MORE; a ruleset's rule selecting SELECTOR. */
#define SCHEDULE(NAME) "{'name': '" NAME "', 'cron_expression': 'cron(0 1 * * ? *)'}"
#define DATASET(PARAM) "{'name': 'sales', 'input': {'s3_input_definition': {'bucket': " \
	"'sales-raw'}}, 'path_options': {'parameters': [{'path_parameter_name': 'day', " \
	"'dataset_parameter': {'name': 'day', 'type': 'Datetime'" PARAM "}}]}}"
#define RECIPE_JOB(MORE) "{'name': 'clean', 'job_type': 'RECIPE', 'role_arn': " \
	"'arn:aws:iam::123456789012:role/brew'" MORE "}"
#define CATALOG_OUT(OVERWRITE) ", 'project_name': 'sales', 'data_catalog_outputs': [{" \
	"'database_name': 'db', 'table_name': 't', 'database_options': {'table_name': 't'}, " \
	"'overwrite': " OVERWRITE "}]"
#define RULESET(SELECTOR) "{'name': 'checks', 'target_arn': " \
	"'arn:aws:databrew:us-east-1:123456789012:dataset/sales', 'rules': [{'name': 'positive', " \
	"'check_expression': ':col > :val', 'column_selectors': [" SELECTOR "]}]}"

/* Amazon Timestream: a table with MORE; a scheduled query whose target's
 * Timestream configuration has MORE; an InfluxDB instance or cluster with
 * MORE, of one subnet or two. */
#define TS_TABLE(MORE) "{'database_name': 'metrics', 'table_name': 'cpu'" MORE "}"
#define TS_KEYS(NAME, TYPE, ENFORCE) ", 'schema': {'composite_partition_key': [{'name': '" NAME \
	"', 'type': '" TYPE "', 'enforcement_in_record': '" ENFORCE "'}]}"
#define TS_REJECTED(S3) ", 'magnetic_store_write_properties': {'enable_magnetic_store_writes': " \
	"true, 'magnetic_store_rejected_data_location': {'s3_configuration': {'bucket_name': " \
	"'rejects'" S3 "}}}"
#define TS_QUERY(MORE) "{'query_string': 'SELECT 1', 'scheduled_query_execution_role_arn': " \
	"'arn:aws:iam::123456789012:role/sq', 'schedule_configuration': {'schedule_expression': " \
	"'rate(1 hour)'}, 'notification_configuration': {'sns_configuration': {'topic_arn': " \
	"'arn:aws:sns:us-east-1:123456789012:sq'}}, 'error_report_configuration': " \
	"{'s3_configuration': {'bucket_name': 'errors'}}, 'target_configuration': " \
	"{'timestream_configuration': {'database_name': 'metrics', 'table_name': 'hourly', " \
	"'time_column': 'time', 'dimension_mappings': [{'name': 'host', 'dimension_value_type': " \
	"'VARCHAR'}]" MORE "}}}"
#define TS_MULTI ", 'multi_measure_mappings': {'multi_measure_attribute_mappings': [{" \
	"'source_column': 'cpu', 'measure_value_type': 'DOUBLE'}]"
#define TS_MIXED(MORE) ", 'mixed_measure_mappings': [{'source_column': 'cpu', " \
	"'measure_value_type': 'DOUBLE'" MORE "}]"
#define INFLUX(MORE) "{'name': 'metrics', 'db_instance_type': 'db.influx.medium', " \
	"'allocated_storage': 20, 'vpc_subnet_ids': ['subnet-1']" MORE "}"
#define INFLUX_TWO(MORE) "{'name': 'metrics', 'db_instance_type': 'db.influx.medium', " \
	"'allocated_storage': 20, 'vpc_subnet_ids': ['subnet-1', 'subnet-2']" MORE "}"

/* Amazon EventBridge Pipes: a pipe from a queue to TARGET with MORE; its
 * ECS task target's parameters MORE; its Batch job target's; its Timestream
 * target's. */
#define PIPE(TARGET, MORE) "{'role_arn': 'arn:aws:iam::123456789012:role/pipe', 'source': " \
	"'arn:aws:sqs:us-east-1:123456789012:in', 'target': '" TARGET "'" MORE "}"
#define ECS_PIPE(MORE) PIPE("arn:aws:ecs:us-east-1:123456789012:cluster/c", \
	", 'target_parameters': {'ecs_task_parameters': {'task_definition_arn': " \
	"'arn:aws:ecs:us-east-1:123456789012:task-definition/t:1'" MORE "}}")
#define ECS_NET ", 'network_configuration': {'awsvpc_configuration': {'subnets': ['subnet-1']}}"
#define BATCH_PIPE(MORE) PIPE("arn:aws:batch:us-east-1:123456789012:job-queue/q", \
	", 'target_parameters': {'batch_job_parameters': {'job_definition': 'jd'" MORE "}}")
#define TS_PIPE(MORE) PIPE("arn:aws:timestream:us-east-1:123456789012:database/d/table/t", \
	", 'target_parameters': {'timestream_parameters': {'time_value': '$.time', " \
	"'version_value': '$.v', 'dimension_mappings': [{'dimension_name': 'host', " \
	"'dimension_value': '$.host', 'dimension_value_type': 'VARCHAR'}]" MORE "}}")
#define STREAM_SOURCE(DLQ) ", 'source_parameters': {'kinesis_stream_parameters': {" \
	"'starting_position': 'LATEST', 'dead_letter_config': {'arn': '" DLQ "'}}}"

/* Amazon AppFlow: a flow from S3 to Salesforce, its trigger TRIGGER, its
 * destination's MORE; a Salesforce connector profile granting GRANT; a
 * custom connector provisioned by TYPE. */
#define FLOW(TRIGGER, MORE) "{'flow_name': 'accounts', 'tasks': [{'task_type': 'Map_all', " \
	"'source_fields': []}], 'source_flow_config': {'connector_type': 'S3', " \
	"'source_connector_properties': {'s3': {'bucket_name': 'inbox', 'bucket_prefix': 'a'}}}, " \
	"'destination_flow_config_list': [{'connector_type': 'Salesforce', " \
	"'connector_profile_name': 'sf', 'destination_connector_properties': {'salesforce': {" \
	"'object': 'Account'" MORE "}}}], 'trigger_config': {'trigger_type': '" TRIGGER "'}}"
#define SF_PROFILE(GRANT) "{'connector_profile_name': 'sf', 'connection_mode': 'Public', " \
	"'connector_type': 'Salesforce', 'connector_profile_config': {" \
	"'connector_profile_credentials': {'salesforce': {'o_auth_2_grant_type': '" GRANT "'}}}}"
#define CONNECTOR(TYPE) "{'connector_provisioning_type': '" TYPE "', " \
	"'connector_provisioning_config': {'lambda': {'lambda_arn': " \
	"'arn:aws:lambda:us-east-1:123456789012:function:conn'}}}"

/* Amazon Neptune Analytics: a graph named NAME with a second tag TAG. */
#define GRAPH(NAME, TAG) "{'graph_name': '" NAME "', 'provisioned_memory': 16, 'tags': [{" \
	"'key': 'team', 'value': 'a'}" TAG "]}"

static const struct words_case cases[] = {
	{ "emr.studio_five_subnets", "awscc.emr.studio", "subnet_ids",
	  STUDIO(SUBNETS_5 ", 'subnet-0a000006'"), NULL, STUDIO(SUBNETS_5), NULL },
	{ "emr.studio_subnets_kept", "awscc.emr.studio", "subnet_ids[0]",
	  STUDIO("'subnet-0a000002'"), STUDIO("'subnet-0a000001'"),
	  STUDIO("'subnet-0a000001', 'subnet-0a000002'"), STUDIO("'subnet-0a000001'") },
	{ "emr.cfn_wal_tag_keys_not_aws", "awscc.emr.wal_workspace", "tags[1].key",
	  WAL("{'key': 'aws:team', 'value': 'b'}"), NULL,
	  WAL("{'key': 'owner', 'value': 'aws:b'}"), NULL },
	/* the first of the tags as well as a later one */
	{ "emr.cfn_wal_tag_keys_not_aws", "awscc.emr.wal_workspace", "tags[0].key",
	  "{'wal_workspace_name': 'orders', 'tags': [{'key': 'aws:cost', 'value': 'a'}]}", NULL,
	  "{'wal_workspace_name': 'orders', 'tags': [{'key': 'cost', 'value': 'a'}]}", NULL },
	{ "redshiftserverless.password_not_managed", "awscc.redshiftserverless.namespace",
	  "admin_user_password",
	  NS(", 'admin_username': 'admin', 'admin_user_password': 'Sales2024x', "
	     "'manage_admin_password': true"), NULL,
	  NS(", 'admin_username': 'admin', 'admin_user_password': 'Sales2024x', "
	     "'manage_admin_password': false"), NULL },
	{ "redshiftserverless.secret_key_managed", "awscc.redshiftserverless.namespace",
	  "manage_admin_password", NS(", 'admin_password_secret_kms_key_id': 'alias/sales'"), NULL,
	  NS(", 'admin_password_secret_kms_key_id': 'alias/sales', 'manage_admin_password': true"),
	  NULL },
	{ "redshiftserverless.password_with_username", "awscc.redshiftserverless.namespace",
	  "admin_username", NS(", 'admin_user_password': 'Sales2025x'"),
	  NS(", 'admin_user_password': 'Sales2024x'"),
	  NS(", 'admin_username': 'admin', 'admin_user_password': 'Sales2025x'"),
	  NS(", 'admin_username': 'admin', 'admin_user_password': 'Sales2024x'") },
	{ "redshiftserverless.username_with_password", "awscc.redshiftserverless.namespace",
	  "admin_user_password", NS(", 'admin_username': 'owner'"), NS(", 'admin_username': 'admin'"),
	  NS(", 'admin_username': 'owner', 'manage_admin_password': true"),
	  NS(", 'admin_username': 'admin', 'manage_admin_password': true") },
	{ "redshiftserverless.default_role_with_roles", "awscc.redshiftserverless.namespace",
	  "iam_roles", NS(", 'default_iam_role_arn': " ROLE("b")),
	  NS(", 'default_iam_role_arn': " ROLE("a")),
	  NS(", 'default_iam_role_arn': " ROLE("b") ", 'iam_roles': [" ROLE("a") ", " ROLE("b") "]"),
	  NS(", 'default_iam_role_arn': " ROLE("a") ", 'iam_roles': [" ROLE("a") "]") },
	{ "redshiftserverless.cfn_roles_arns", "awscc.redshiftserverless.namespace", "iam_roles[1]",
	  NS(", 'iam_roles': [" ROLE("a") ", 'sales-loader']"), NULL,
	  NS(", 'iam_roles': [" ROLE("a") ", " ROLE("sales-loader") "]"), NULL },
	{ "redshiftserverless.cfn_final_snapshot_days", "awscc.redshiftserverless.namespace",
	  "final_snapshot_retention_period", NS(", 'final_snapshot_retention_period': 0"), NULL,
	  NS(", 'final_snapshot_retention_period': -1"), NULL },
	{ "redshiftserverless.cfn_final_snapshot_days", "awscc.redshiftserverless.namespace",
	  "final_snapshot_retention_period", NS(", 'final_snapshot_retention_period': 3654"), NULL,
	  NS(", 'final_snapshot_retention_period': 3653"), NULL },
	{ "redshiftserverless.cfn_snapshot_name_or_arn", "awscc.redshiftserverless.workgroup",
	  "snapshot_arn",
	  WG(", 'snapshot_name': 'nightly', 'snapshot_arn': "
	     "'arn:aws:redshift-serverless:us-east-1:123456789012:snapshot/nightly'"), NULL,
	  WG(", 'snapshot_name': 'nightly'"), NULL },
	{ "redshiftserverless.metrics_or_wlm", "awscc.redshiftserverless.workgroup",
	  "config_parameters[1].parameter_key",
	  WG(", 'config_parameters': [" WLM ", {'parameter_key': 'max_scan_row_count', "
	     "'parameter_value': '1000'}]"), NULL,
	  WG(", 'config_parameters': [" WLM ", {'parameter_key': 'auto_mv', "
	     "'parameter_value': 'true'}]"), NULL },
	{ "redshiftserverless.wlm_8000", "awscc.redshiftserverless.workgroup",
	  "config_parameters[0].parameter_value",
	  WG(", 'config_parameters': [{'parameter_key': 'wlm_json_configuration', "
	     "'parameter_value': '" X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000 "x'}]"), NULL,
	  WG(", 'config_parameters': [{'parameter_key': 'wlm_json_configuration', "
	     "'parameter_value': '" X1000 X1000 X1000 X1000 X1000 X1000 X1000 X1000 "'}]"), NULL },
	{ "databrew.name_chars", "awscc.databrew.schedule", "name", SCHEDULE("nightly_run"), NULL,
	  SCHEDULE("nightly run-1.0"), NULL },
	{ "databrew.datetime_parameter_options", "awscc.databrew.dataset",
	  "path_options.parameters[0].dataset_parameter.datetime_options", DATASET(""), NULL,
	  DATASET(", 'datetime_options': {'format': 'yyyy-MM-dd'}"), NULL },
	{ "databrew.recipe_job_project_or_recipe", "awscc.databrew.job", "recipe",
	  RECIPE_JOB(", 'dataset_name': 'sales'"), NULL,
	  RECIPE_JOB(", 'dataset_name': 'sales', 'recipe': {'name': 'clean'}"), NULL },
	{ "databrew.catalog_overwrite_not_database", "awscc.databrew.job",
	  "data_catalog_outputs[0].overwrite", RECIPE_JOB(CATALOG_OUT("true")), NULL,
	  RECIPE_JOB(CATALOG_OUT("false")), NULL },
	{ "databrew.cfn_selector_name_or_regex", "awscc.databrew.ruleset",
	  "rules[0].column_selectors[0].name", RULESET("{}"), NULL,
	  RULESET("{'regex': '^amount'}"), NULL },
	{ "timestream.partition_keys_kept", "awscc.timestream.table",
	  "schema.composite_partition_key[0].name",
	  TS_TABLE(TS_KEYS("region", "DIMENSION", "OPTIONAL")),
	  TS_TABLE(TS_KEYS("host", "DIMENSION", "OPTIONAL")),
	  TS_TABLE(TS_KEYS("host", "DIMENSION", "REQUIRED")),
	  TS_TABLE(TS_KEYS("host", "DIMENSION", "OPTIONAL")) },
	{ "timestream.cfn_rejected_encryption", "awscc.timestream.table",
	  "magnetic_store_write_properties.magnetic_store_rejected_data_location.s3_configuration."
	  "encryption_option", TS_TABLE(TS_REJECTED(", 'encryption_option': 'AES256'")), NULL,
	  TS_TABLE(TS_REJECTED(", 'encryption_option': 'SSE_S3'")), NULL },
	{ "timestream.cfn_rejected_kms_key", "awscc.timestream.table",
	  "magnetic_store_write_properties.magnetic_store_rejected_data_location.s3_configuration."
	  "kms_key_id", TS_TABLE(TS_REJECTED(", 'encryption_option': 'SSE_KMS'")), NULL,
	  TS_TABLE(TS_REJECTED(", 'encryption_option': 'SSE_KMS', 'kms_key_id': 'alias/ts'")),
	  NULL },
	{ "timestream.cfn_mixed_or_multi", "awscc.timestream.scheduled_query",
	  "target_configuration.timestream_configuration.multi_measure_mappings",
	  TS_QUERY(TS_MIXED("") TS_MULTI ", 'target_multi_measure_name': 'm'}"), NULL,
	  TS_QUERY(TS_MIXED("")), NULL },
	{ "timestream.mixed_measure_name", "awscc.timestream.scheduled_query",
	  "target_configuration.timestream_configuration.mixed_measure_mappings[0].measure_name",
	  TS_QUERY(", 'measure_name_column': 'kind'" TS_MIXED("")), NULL,
	  TS_QUERY(", 'measure_name_column': 'kind'" TS_MIXED(", 'measure_name': 'cpu'")), NULL },
	{ "timestream.mixed_multi_attributes", "awscc.timestream.scheduled_query",
	  "target_configuration.timestream_configuration.mixed_measure_mappings[1]."
	  "multi_measure_attribute_mappings",
	  TS_QUERY(", 'mixed_measure_mappings': [{'source_column': 'cpu', 'measure_value_type': "
		   "'DOUBLE'}, {'measure_value_type': 'MULTI'}]"), NULL,
	  TS_QUERY(", 'mixed_measure_mappings': [{'source_column': 'cpu', 'measure_value_type': "
		   "'DOUBLE'}, {'measure_value_type': 'MULTI', 'multi_measure_attribute_mappings': "
		   "[{'source_column': 'mem', 'measure_value_type': 'DOUBLE'}]}]"), NULL },
	{ "timestream.multi_measure_name", "awscc.timestream.scheduled_query",
	  "target_configuration.timestream_configuration.multi_measure_mappings."
	  "target_multi_measure_name", TS_QUERY(TS_MULTI "}"), NULL,
	  TS_QUERY(TS_MULTI ", 'target_multi_measure_name': 'usage'}"), NULL },
	{ "timestream.cfn_tag_keys_not_aws", "awscc.timestream.influx_db_instance", "tags[0].key",
	  INFLUX(", 'tags': [{'key': 'aws:team', 'value': 'a'}]"), NULL,
	  INFLUX(", 'tags': [{'key': 'team', 'value': 'aws:a'}]"), NULL },
	{ "timestream.influx_instance_port", "awscc.timestream.influx_db_instance", "port",
	  INFLUX(", 'port': 8090"), NULL, INFLUX(", 'port': 8086"), NULL },
	{ "timestream.influx_cluster_port", "awscc.timestream.influx_db_cluster", "port",
	  INFLUX_TWO(", 'port': 2376"), NULL, INFLUX_TWO(", 'port': 2377"), NULL },
	{ "timestream.influx_instance_username", "awscc.timestream.influx_db_instance", "username",
	  INFLUX(", 'username': 'ops--admin'"), NULL, INFLUX(", 'username': 'ops-admin'"), NULL },
	{ "timestream.influx_cluster_username", "awscc.timestream.influx_db_cluster", "username",
	  INFLUX_TWO(", 'username': '1admin'"), NULL, INFLUX_TWO(", 'username': 'admin1'"),
	  NULL },
	{ "timestream.influx_standby_two_subnets", "awscc.timestream.influx_db_instance",
	  "vpc_subnet_ids", INFLUX(", 'deployment_type': 'WITH_MULTIAZ_STANDBY'"), NULL,
	  INFLUX_TWO(", 'deployment_type': 'WITH_MULTIAZ_STANDBY'"), NULL },
	{ "pipes.log_prefix_1024", "awscc.pipes.pipe", "log_configuration.s3_log_destination.prefix",
	  PIPE("arn:aws:sqs:us-east-1:123456789012:out", ", 'log_configuration': {"
	       "'s3_log_destination': {'bucket_name': 'logs', 'prefix': '" X1000 X10 X10 "xxxxx'}}"),
	  NULL,
	  PIPE("arn:aws:sqs:us-east-1:123456789012:out", ", 'log_configuration': {"
	       "'s3_log_destination': {'bucket_name': 'logs', 'prefix': '" X1000 "'}}"), NULL },
	{ "pipes.stream_dead_letter_sns_or_sqs", "awscc.pipes.pipe",
	  "source_parameters.kinesis_stream_parameters.dead_letter_config.arn",
	  PIPE("arn:aws:sqs:us-east-1:123456789012:out",
	       STREAM_SOURCE("arn:aws:s3:::failed-records")), NULL,
	  PIPE("arn:aws:sqs:us-east-1:123456789012:out",
	       STREAM_SOURCE("arn:aws:sqs:us-east-1:123456789012:failed")), NULL },
	{ "pipes.batch_job_name", "awscc.pipes.pipe", "target_parameters.batch_job_parameters.job_name",
	  BATCH_PIPE(", 'job_name': '_nightly'"), NULL, BATCH_PIPE(", 'job_name': 'nightly_1'"), NULL },
	{ "pipes.batch_memory_4_mib", "awscc.pipes.pipe",
	  "target_parameters.batch_job_parameters.container_overrides.resource_requirements[0].value",
	  BATCH_PIPE(", 'job_name': 'n', 'container_overrides': {'resource_requirements': [{"
		     "'type': 'MEMORY', 'value': '2'}]}"), NULL,
	  BATCH_PIPE(", 'job_name': 'n', 'container_overrides': {'resource_requirements': [{"
		     "'type': 'MEMORY', 'value': '4'}]}"), NULL },
	{ "pipes.ecs_strategy_no_launch_type", "awscc.pipes.pipe",
	  "target_parameters.ecs_task_parameters.launch_type",
	  ECS_PIPE(", 'launch_type': 'EC2', 'capacity_provider_strategy': [{'capacity_provider': "
		   "'spot'}]"), NULL,
	  ECS_PIPE(", 'capacity_provider_strategy': [{'capacity_provider': 'spot'}]"), NULL },
	{ "pipes.ecs_fargate_network", "awscc.pipes.pipe",
	  "target_parameters.ecs_task_parameters.network_configuration",
	  ECS_PIPE(", 'launch_type': 'FARGATE'"), NULL,
	  ECS_PIPE(", 'launch_type': 'FARGATE'" ECS_NET), NULL },
	{ "pipes.ecs_public_ip_fargate", "awscc.pipes.pipe",
	  "target_parameters.ecs_task_parameters.launch_type",
	  ECS_PIPE(", 'launch_type': 'EC2', 'network_configuration': {'awsvpc_configuration': {"
		   "'subnets': ['subnet-1'], 'assign_public_ip': 'ENABLED'}}"), NULL,
	  ECS_PIPE(", 'launch_type': 'FARGATE', 'network_configuration': {'awsvpc_configuration': "
		   "{'subnets': ['subnet-1'], 'assign_public_ip': 'ENABLED'}}"), NULL },
	{ "pipes.ecs_platform_version_fargate", "awscc.pipes.pipe",
	  "target_parameters.ecs_task_parameters.launch_type",
	  ECS_PIPE(", 'launch_type': 'EC2', 'platform_version': '1.4.0'"), NULL,
	  ECS_PIPE(", 'launch_type': 'FARGATE', 'platform_version': '1.4.0'" ECS_NET), NULL },
	{ "pipes.ecs_group_255", "awscc.pipes.pipe", "target_parameters.ecs_task_parameters.group",
	  ECS_PIPE(", 'group': '" X100 X100 X10 X10 X10 X10 X10 "xxxxxx'"), NULL,
	  ECS_PIPE(", 'group': '" X100 X100 X10 X10 X10 X10 X10 "xxxxx'"), NULL },
	{ "pipes.ecs_override_container_name", "awscc.pipes.pipe",
	  "target_parameters.ecs_task_parameters.overrides.container_overrides[0].name",
	  ECS_PIPE(", 'overrides': {'container_overrides': [{'command': ['run']}]}"), NULL,
	  ECS_PIPE(", 'overrides': {'container_overrides': [{'name': 'app', 'command': ['run']}]}"),
	  NULL },
	{ "pipes.ecs_distinct_instance_no_expression", "awscc.pipes.pipe",
	  "target_parameters.ecs_task_parameters.placement_constraints[0].expression",
	  ECS_PIPE(", 'placement_constraints': [{'type': 'distinctInstance', 'expression': "
		   "'attribute:ecs.instance-type =~ t3.*'}]"), NULL,
	  ECS_PIPE(", 'placement_constraints': [{'type': 'memberOf', 'expression': "
		   "'attribute:ecs.instance-type =~ t3.*'}]"), NULL },
	{ "pipes.ecs_binpack_field", "awscc.pipes.pipe",
	  "target_parameters.ecs_task_parameters.placement_strategy[0].field",
	  ECS_PIPE(", 'placement_strategy': [{'type': 'binpack', 'field': 'instanceId'}]"), NULL,
	  ECS_PIPE(", 'placement_strategy': [{'type': 'binpack', 'field': 'memory'}]"), NULL },
	{ "pipes.ecs_spread_field", "awscc.pipes.pipe",
	  "target_parameters.ecs_task_parameters.placement_strategy[0].field",
	  ECS_PIPE(", 'placement_strategy': [{'type': 'spread', 'field': 'memory'}]"), NULL,
	  ECS_PIPE(", 'placement_strategy': [{'type': 'spread', 'field': "
		   "'attribute:ecs.availability-zone'}]"), NULL },
	{ "pipes.redshift_cluster_db_user", "awscc.pipes.pipe",
	  "target_parameters.redshift_data_parameters.db_user",
	  PIPE("arn:aws:redshift:us-east-1:123456789012:cluster:sales", ", 'target_parameters': {"
	       "'redshift_data_parameters': {'database': 'dev', 'sqls': ['select 1']}}"), NULL,
	  PIPE("arn:aws:redshift-serverless:us-east-1:123456789012:workgroup/w", ", "
	       "'target_parameters': {'redshift_data_parameters': {'database': 'dev', 'sqls': "
	       "['select 1']}}"), NULL },
	{ "pipes.timestream_epoch_unit", "awscc.pipes.pipe",
	  "target_parameters.timestream_parameters.epoch_time_unit",
	  TS_PIPE(", 'time_field_type': 'EPOCH'"), NULL,
	  TS_PIPE(", 'time_field_type': 'EPOCH', 'epoch_time_unit': 'SECONDS'"), NULL },
	{ "pipes.timestream_timestamp_format", "awscc.pipes.pipe",
	  "target_parameters.timestream_parameters.timestamp_format",
	  TS_PIPE(", 'time_field_type': 'TIMESTAMP_FORMAT'"), NULL,
	  TS_PIPE(", 'time_field_type': 'TIMESTAMP_FORMAT', 'timestamp_format': "
		  "'yyyy-MM-dd HH:mm:ss'"), NULL },
	{ "pipes.timestream_version_1", "awscc.pipes.pipe",
	  "target_parameters.timestream_parameters.version_value",
	  PIPE("arn:aws:timestream:us-east-1:123456789012:database/d/table/t", ", "
	       "'target_parameters': {'timestream_parameters': {'time_value': '$.time', "
	       "'version_value': '0', 'dimension_mappings': [{'dimension_name': 'host', "
	       "'dimension_value': '$.host', 'dimension_value_type': 'VARCHAR'}]}}"), NULL,
	  PIPE("arn:aws:timestream:us-east-1:123456789012:database/d/table/t", ", "
	       "'target_parameters': {'timestream_parameters': {'time_value': '$.time', "
	       "'version_value': '1', 'dimension_mappings': [{'dimension_name': 'host', "
	       "'dimension_value': '$.host', 'dimension_value_type': 'VARCHAR'}]}}"), NULL },
	{ "appflow.cfn_scheduled_trigger_properties", "awscc.appflow.flow",
	  "trigger_config.trigger_properties", FLOW("Scheduled", ""), NULL, FLOW("OnDemand", ""),
	  NULL },
	{ "appflow.salesforce_upsert_id_fields", "awscc.appflow.flow",
	  "destination_flow_config_list[0].destination_connector_properties.salesforce."
	  "id_field_names", FLOW("OnDemand", ", 'write_operation_type': 'UPSERT'"), NULL,
	  FLOW("OnDemand", ", 'write_operation_type': 'UPSERT', 'id_field_names': ['Id']"), NULL },
	{ "appflow.salesforce_no_client_credentials", "awscc.appflow.connector_profile",
	  "connector_profile_config.connector_profile_credentials.salesforce.o_auth_2_grant_type",
	  SF_PROFILE("CLIENT_CREDENTIALS"), NULL, SF_PROFILE("JWT_BEARER"), NULL },
	{ "appflow.connector_lambda", "awscc.appflow.connector", "connector_provisioning_type",
	  CONNECTOR("HTTP"), NULL, CONNECTOR("LAMBDA"), NULL },
	{ "neptunegraph.graph_name_letter_first", "awscc.neptunegraph.graph", "graph_name",
	  GRAPH("_social", ""), NULL, GRAPH("social", ""), NULL },
	{ "neptunegraph.tag_keys", "awscc.neptunegraph.graph", "tags[1].key",
	  GRAPH("social", ", {'key': 'aws:owner', 'value': 'b'}"), NULL,
	  GRAPH("social", ", {'key': 'owner', 'value': 'aws:b'}"), NULL },
	{ "neptunegraph.tag_keys", "awscc.neptunegraph.graph", "tags[1].key",
	  GRAPH("social", ", {'key': 'cost#center', 'value': 'b'}"), NULL,
	  GRAPH("social", ", {'key': 'cost:center', 'value': 'b'}"), NULL },
};

static const char *const services[] = { "emr.", "redshiftserverless.", "databrew.", "timestream.",
					"pipes.", "appflow.", "neptunegraph.", NULL };

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
					 "test_words_census11.c");
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
