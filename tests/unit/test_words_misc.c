/*
 * test_words_misc.c: AWS's own words as rows (issue 79) for CloudWatch,
 * Athena, CodeCommit, EMR Serverless, EventBridge and its Scheduler, Glue, IAM, Lake
 * Formation, SNS, SQS and Systems Manager, on the written types and on the
 * awscc types (checks/words/SERVICE.words, the rows in each service's
 * rules.c; EC2's are test_words_ec2.c's): each row refuses a resource that
 * breaks its sentence, naming the attribute (an element of a list by its
 * index), quoting AWS's words and the member they document, and passes its
 * twin; every row of these services has its case; a create row is judged on
 * a create, an update row on an update that sends its attribute anew. And
 * the written rules those services' sentences made grow: an ICMP rule's
 * ports, a metric's dimensions, a schedule's templated input, an
 * EventBridge rule's ECS targets, a trigger action's timeout, an awscc IAM
 * type's path, an awscc type's tag list's keys, and the written rules run
 * on the awscc twins (a topic's name, an alarm's period).
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
#include "tests/unit/rules_support.h"

/* A Spark job's command, of each kind. */
#define ETL "'command': {'name': 'glueetl', 'script_location': 's3://lake/etl.py'}"
/* A parameter name of 16 parts (/a to /p) */
#define LEVELS_16 "/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p"
#define STREAMING "'command': {'name': 'gluestreaming', 'script_location': 's3://lake/etl.py'}"

/* EventBridge's awscc connection's authorization parameters, an endpoint
 * (EXTRA its settings, ROLE its role), an awscc rule with one target
 * (its members T) and with one ECS target (its ecs_parameters' members). */
#define BASIC_AUTH "'basic_auth_parameters': {'username': 'u', 'password': 'p'}"
#define API_KEY_AUTH "'api_key_auth_parameters': {'api_key_name': 'k', 'api_key_value': 'v'}"
#define ENDPOINT(EXTRA, ROLE) \
	"{'name': 'e', 'event_buses': [{'event_bus_arn': " \
	"'arn:aws:events:eu-west-1:111122223333:event-bus/orders'}, {'event_bus_arn': " \
	"'arn:aws:events:eu-west-2:111122223333:event-bus/orders'}], 'routing_config': " \
	"{'failover_config': {'primary': {'health_check': " \
	"'arn:aws:route53:::healthcheck/abc'}, 'secondary': {'route': 'eu-west-2'}}}" EXTRA ROLE "}"
#define CC_TARGET(T) \
	"{'name': 'r', 'schedule_expression': 'rate(1 hour)', 'targets': [{'id': 't', 'arn': " \
	"'arn:aws:batch:eu-west-1:111122223333:job-queue/q', " T "}]}"
#define CC_ECS(E) \
	CC_TARGET("'ecs_parameters': {'task_definition_arn': " \
		  "'arn:aws:ecs:eu-west-1:111122223333:task-definition/t:1', " E "}")
#define NET "'network_configuration': {'aws_vpc_configuration': {'subnets': ['subnet-1']}}"
#define RANDOM "{'type': 'random'}"

/* One words row: `refused` breaks it (judged against `prior`, the object
 * as it is: NULL for a create), `twin` is the same resource mended. */
struct words_case {
	const char *type;
	const char *prior;
	const char *refused;
	const char *twin;
	const char *attr;   /* the attribute the message names */
	const char *words;  /* AWS's sentence, quoted */
	const char *source; /* "service Operation Member" */
};

static const struct words_case cases[] = {
	{ "aws.glue.job", NULL,
	  "{" ETL ", 'max_capacity': 2.5}",
	  "{" ETL ", 'max_capacity': 3}", "max_capacity",
	  "This job type cannot have a fractional DPU allocation.", "glue CreateJob MaxCapacity" },
	{ "aws.glue.job", "{" STREAMING ", 'max_capacity': 4}",
	  "{" STREAMING ", 'max_capacity': 4.5}",
	  "{" STREAMING ", 'max_capacity': 5}", "max_capacity",
	  "This job type cannot have a fractional DPU allocation.",
	  "glue UpdateJob JobUpdate.MaxCapacity" },
	{ "aws.glue.job", NULL, "{'timeout': 10081}", "{'timeout': 10080}", "timeout",
	  "Jobs must have timeout values less than 7 days or 10080 minutes.",
	  "glue CreateJob Timeout" },
	{ "aws.glue.job", "{'timeout': 2880}", "{'timeout': 20160}", "{'timeout': 480}", "timeout",
	  "Jobs must have timeout values less than 7 days or 10080 minutes.",
	  "glue UpdateJob JobUpdate.Timeout" },
	{ "aws.glue.connection", NULL, "{'name': 'c', 'connection_type': 'SFTP'}",
	  "{'name': 'c', 'connection_type': 'CUSTOM'}", "connection_type",
	  "SFTP is not supported.", "glue CreateConnection ConnectionInput.ConnectionType" },
	{ "aws.glue.connection", NULL,
	  "{'name': 'c', 'connection_type': 'MARKETPLACE', 'connection_properties': "
	  "{'CONNECTOR_TYPE': 'JDBC', 'USERNAME': 'etl'}}",
	  "{'name': 'c', 'connection_type': 'MARKETPLACE', 'connection_properties': "
	  "{'CONNECTOR_TYPE': 'JDBC', 'SECRET_ID': 'lake/jdbc'}}", "password",
	  "Required for JDBC CONNECTOR_TYPE connections: All of (USERNAME, PASSWORD) or "
	  "SECRET_ID.", "glue CreateConnection ConnectionInput.ConnectionType" },
	{ "aws.glue.connection", NULL,
	  "{'name': 'c', 'connection_type': 'MARKETPLACE', 'connection_properties': "
	  "{'CONNECTOR_TYPE': 'JDBC'}, 'password': 'p'}",
	  "{'name': 'c', 'connection_type': 'MARKETPLACE', 'connection_properties': "
	  "{'CONNECTOR_TYPE': 'JDBC', 'USERNAME': 'etl'}, 'password': 'p'}",
	  "connection_properties.USERNAME",
	  "Required for JDBC CONNECTOR_TYPE connections: All of (USERNAME, PASSWORD) or "
	  "SECRET_ID.", "glue CreateConnection ConnectionInput.ConnectionType" },
	{ "aws.cloudwatch.metric_alarm", NULL,
	  "{'alarm_name': 'orders\\u0007late', 'statistic': 'Sum'}",
	  "{'alarm_name': 'orders late \\u00e9', 'statistic': 'Sum'}", "alarm_name",
	  "The name must contain only UTF-8 characters, and can't contain ASCII control "
	  "characters", "cloudwatch PutMetricAlarm AlarmName" },
	{ "aws.sqs.queue", NULL,
	  "{'name': 'orders.fifo', 'fifo_queue': true, 'redrive_policy': {'deadLetterTargetArn': "
	  "'arn:aws:sqs:eu-west-1:111122223333:orders-dlq', 'maxReceiveCount': 5}}",
	  "{'name': 'orders.fifo', 'fifo_queue': true, 'redrive_policy': {'deadLetterTargetArn': "
	  "'arn:aws:sqs:eu-west-1:111122223333:orders-dlq.fifo', 'maxReceiveCount': 5}}",
	  "redrive_policy.deadLetterTargetArn",
	  "The dead-letter queue of a FIFO queue must also be a FIFO queue.",
	  "sqs CreateQueue Attributes" },
	{ "aws.sqs.queue", NULL,
	  "{'name': 'orders', 'redrive_policy': {'deadLetterTargetArn': "
	  "'arn:aws:sqs:eu-west-1:111122223333:orders-dlq.fifo', 'maxReceiveCount': 5}}",
	  "{'name': 'orders', 'redrive_policy': {'deadLetterTargetArn': "
	  "'arn:aws:sqs:eu-west-1:111122223333:orders-dlq', 'maxReceiveCount': 5}}",
	  "redrive_policy.deadLetterTargetArn",
	  "Similarly, the dead-letter queue of a standard queue must also be a standard queue.",
	  "sqs CreateQueue Attributes" },
	{ "aws.ssm.parameter", NULL, "{'name': '/lake/a%1005s'}", "{'name': '/lake/a%1004s'}",
	  "name", "The maximum length for a parameter name that you specify is 1011 characters.",
	  "ssm PutParameter Name" },
	{ "aws.ssm.parameter", NULL,
	  "{'name': 'arn:aws:ssm:eu-west-1:111122223333:parameter/lake/watermark'}",
	  "{'name': '/lake/watermark'}", "name",
	  "You can't enter the Amazon Resource Name (ARN) for a parameter, only the parameter "
	  "name itself.", "ssm PutParameter Name" },
	{ "aws.ssm.parameter", NULL, "{'name': '/lake/night watermark'}",
	  "{'name': ' /lake/night-watermark '}", "name", "Parameter names can't contain spaces.",
	  "ssm PutParameter Name" },
	{ "aws.ssm.parameter", NULL, "{'name': 'lake/watermark'}", "{'name': 'watermark'}", "name",
	  "For parameters in a hierarchy, you must include a leading forward slash character (/) "
	  "when you create or reference a parameter.", "ssm PutParameter Name" },
	/* 17 parts: over fifteen levels whether the name's own part counts or not */
	{ "aws.ssm.parameter", NULL, "{'name': '" LEVELS_16 "/q'}", "{'name': '" LEVELS_16 "'}",
	  "name",
	  "Parameter hierarchies are limited to a maximum depth of fifteen levels.",
	  "ssm PutParameter Name" },
	{ "aws.ssm.parameter", "{'name': '/lake/big', 'tier': 'Advanced'}",
	  "{'name': '/lake/big', 'tier': 'Standard'}",
	  "{'name': '/lake/big', 'tier': 'Intelligent-Tiering'}", "tier",
	  "But you can't revert an advanced parameter to a standard parameter.",
	  "ssm PutParameter Tier" },
	{ "awscc.ssm.parameter", "{'type': 'String', 'value': 'v', 'tier': 'Advanced'}",
	  "{'type': 'String', 'value': 'v', 'tier': 'Standard'}",
	  "{'type': 'String', 'value': 'v', 'tier': 'Intelligent-Tiering'}", "tier",
	  "But you can't revert an advanced parameter to a standard parameter.",
	  "ssm PutParameter Tier" },
	{ "aws.events.rule", NULL,
	  "{'name': 'audit', 'state': 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS', "
	  "'event_pattern': {'source': ['aws.s3']}, "
	  "'event_bus_name': 'aws.partner/saas.example/123/orders'}",
	  "{'name': 'audit', 'state': 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS', "
	  "'event_pattern': {'source': ['aws.s3']}, 'event_bus_name': 'orders-bus'}",
	  "event_bus_name",
	  "This value is only valid for rules on the default event bus or custom event buses.",
	  "events PutRule State" },
	{ "aws.scheduler.schedule", NULL,
	  "{'name': 's', 'target': {'ecs_parameters': {'launch_type': 'EC2', "
	  "'network_configuration': {'subnets': ['subnet-1'], 'assign_public_ip': true}}}}",
	  "{'name': 's', 'target': {'ecs_parameters': {'launch_type': 'FARGATE', "
	  "'network_configuration': {'subnets': ['subnet-1'], 'assign_public_ip': true}}}}",
	  "target.ecs_parameters.launch_type",
	  "You can specify ENABLED only when LaunchType in EcsParameters is set to FARGATE.",
	  "scheduler CreateSchedule "
	  "Target.EcsParameters.NetworkConfiguration.awsvpcConfiguration.AssignPublicIp" },
};

/* The rows on the awscc types (the registry's sentences, and the API's that
 * terrace's written types send nothing of), by id: `refused` breaks the
 * row named `id`, naming `attr`; `twin` is the same resource mended. The
 * message quotes the row's words and source (the row's own fields). */
struct cfn_case {
	const char *id;
	const char *type;
	const char *refused;
	const char *twin;
	const char *attr;
};

/* an OIDC provider, and 100 client IDs */
#define OIDC "{'url': 'https://token.actions.githubusercontent.com'"
#define CIDS10(P) "'" P "0', '" P "1', '" P "2', '" P "3', '" P "4', '" P "5', '" P "6', '" P \
	"7', '" P "8', '" P "9'"
#define CIDS100 CIDS10("a") ", " CIDS10("b") ", " CIDS10("c") ", " CIDS10("d") ", " \
	CIDS10("e") ", " CIDS10("f") ", " CIDS10("g") ", " CIDS10("h") ", " CIDS10("i") ", " \
	CIDS10("j")
static const struct cfn_case cfn_cases[] = {
	{ "cloudwatch.cfn_metric_ids_unique", "awscc.cloudwatch.alarm",
	  "{'metrics': [{'id': 'm1', 'metric_stat': {'metric': {'metric_name': 'Errors', "
	  "'namespace': 'AWS/Lambda'}, 'period': 60, 'stat': 'Sum'}, 'return_data': false}, "
	  "{'id': 'm1', 'expression': 'm1 * 2'}]}",
	  "{'metrics': [{'id': 'm1', 'metric_stat': {'metric': {'metric_name': 'Errors', "
	  "'namespace': 'AWS/Lambda'}, 'period': 60, 'stat': 'Sum'}, 'return_data': false}, "
	  "{'id': 'e1', 'expression': 'm1 * 2'}]}", "metrics[1].id" },
	{ "iam.cfn_group_policy_names_unique", "awscc.iam.group",
	  "{'policies': [{'policy_name': 'read', 'policy_document': {}}, "
	  "{'policy_name': 'read', 'policy_document': {}}]}",
	  "{'policies': [{'policy_name': 'read', 'policy_document': {}}, "
	  "{'policy_name': 'write', 'policy_document': {}}]}", "policies[1].policy_name" },
	{ "iam.cfn_user_policy_names_unique", "awscc.iam.user",
	  "{'policies': [{'policy_name': 'read', 'policy_document': {}}, "
	  "{'policy_name': 'read', 'policy_document': {}}]}",
	  "{'policies': [{'policy_name': 'read', 'policy_document': {}}, "
	  "{'policy_name': 'Read', 'policy_document': {}}]}", "policies[1].policy_name" },
	{ "iam.oidc_client_ids_100", "awscc.iam.oidc_provider",
	  OIDC ", 'client_id_list': [" CIDS100 ", 'k0']}", OIDC ", 'client_id_list': [" CIDS100 "]}",
	  "client_id_list" },
	{ "iam.oidc_url_https", "awscc.iam.oidc_provider",
	  "{'url': 'http://token.actions.githubusercontent.com'}",
	  "{'url': 'https://token.actions.githubusercontent.com/org'}", "url" },
	{ "iam.oidc_url_no_query", "awscc.iam.oidc_provider",
	  "{'url': 'https://idp.example.com/tenant?id=1'}",
	  "{'url': 'https://idp.example.com/tenant/1'}", "url" },
	/* helper h-misses6: a band's operators are an anomaly detection model's */
#define BAND_ALARM(MORE) "{'comparison_operator': 'GreaterThanUpperThreshold', 'metrics': " \
	"[{'id': 'ad1', 'expression': 'ANOMALY_DETECTION_BAND(m1, 2)'}]" MORE "}"
	{ "cloudwatch.static_threshold_operators", "aws.cloudwatch.metric_alarm",
	  "{'alarm_name': 'a', 'statistic': 'Sum', 'threshold': 100, 'comparison_operator': "
	  "'LessThanLowerOrGreaterThanUpperThreshold'}",
	  "{'alarm_name': 'a', 'statistic': 'Sum', 'threshold': 100, 'comparison_operator': "
	  "'LessThanThreshold'}",
	  "comparison_operator" },
	{ "cloudwatch.cfn_band_operators_need_model", "awscc.cloudwatch.alarm", BAND_ALARM(""),
	  BAND_ALARM(", 'threshold_metric_id': 'ad1'"), "threshold_metric_id" },
	{ "cloudwatch.cfn_no_threshold_with_model", "awscc.cloudwatch.alarm",
	  BAND_ALARM(", 'threshold_metric_id': 'ad1', 'threshold': 3"),
	  BAND_ALARM(", 'threshold_metric_id': 'ad1'"), "threshold" },
#undef BAND_ALARM
	{ "codecommit.name_not_dot_git", "aws.codecommit.repository",
	  "{'repository_name': 'etl-jobs.git'}", "{'repository_name': 'etl-jobs.github'}",
	  "repository_name" },
	{ "cloudwatch.cfn_dashboard_name_1_to_255", "awscc.cloudwatch.dashboard",
	  "{'dashboard_name': '%256s', 'dashboard_body': '{}'}",
	  "{'dashboard_name': '%255s', 'dashboard_body': '{}'}", "dashboard_name" },
	{ "cloudwatch.cfn_metric_alarm_namespace_period", "awscc.cloudwatch.alarm",
	  "{'metric_name': 'Errors', 'namespace': 'AWS/Lambda', 'statistic': 'Sum'}",
	  "{'metric_name': 'Errors', 'namespace': 'AWS/Lambda', 'statistic': 'Sum', 'period': 60}",
	  "period" },
	{ "cloudwatch.cfn_metric_alarm_namespace_period", "awscc.cloudwatch.alarm",
	  "{'metric_name': 'Errors', 'period': 60}",
	  "{'metrics': [{'id': 'm1', 'expression': 'SUM(METRICS())'}]}", "namespace" },
	{ "cloudwatch.cfn_metric_alarm_one_statistic", "awscc.cloudwatch.alarm",
	  "{'metric_name': 'Errors', 'namespace': 'AWS/Lambda', 'period': 60}",
	  "{'metric_name': 'Errors', 'namespace': 'AWS/Lambda', 'period': 60, "
	  "'extended_statistic': 'p99'}", "statistic" },
	{ "cloudwatch.cfn_stream_filters_one_kind", "awscc.cloudwatch.metric_stream",
	  "{'include_filters': [{'namespace': 'AWS/EC2'}], 'exclude_filters': [{'namespace': "
	  "'AWS/S3'}]}",
	  "{'include_filters': [{'namespace': 'AWS/EC2'}]}", "exclude_filters" },
	{ "cloudwatch.cfn_alarm_needs_a_metric", "awscc.cloudwatch.alarm",
	  "{'comparison_operator': 'GreaterThanThreshold', 'evaluation_periods': 1, "
	  "'threshold': 1}",
	  "{'comparison_operator': 'GreaterThanThreshold', 'evaluation_periods': 1, "
	  "'threshold': 1, 'evaluation_criteria': {'prom_ql_criteria': {'query': 'up'}}}",
	  "metric_name" },
	{ "cloudwatch.cfn_query_expression_or_stat", "awscc.cloudwatch.alarm",
	  "{'metrics': [{'id': 'e1', 'expression': 'SUM(METRICS())'}, {'id': 'm1', "
	  "'expression': 'm2 * 2', 'metric_stat': {'metric': {'metric_name': 'Errors', "
	  "'namespace': 'AWS/Lambda'}, 'period': 60, 'stat': 'Sum'}}]}",
	  "{'metrics': [{'id': 'e1', 'expression': 'SUM(METRICS())'}, {'id': 'm1', "
	  "'metric_stat': {'metric': {'metric_name': 'Errors', 'namespace': 'AWS/Lambda'}, "
	  "'period': 60, 'stat': 'Sum'}, 'return_data': false}]}", "metrics[1].expression" },
	{ "cloudwatch.cfn_query_expression_or_stat", "awscc.cloudwatch.alarm",
	  "{'metrics': [{'id': 'e1', 'return_data': true}]}",
	  "{'metrics': [{'id': 'e1', 'expression': 'SUM(METRICS())', 'return_data': true}]}",
	  "metrics[0].expression" },
	{ "cloudwatch.cfn_query_period_60", "awscc.cloudwatch.alarm",
	  "{'metrics': [{'id': 'm1', 'metric_stat': {'metric': {'metric_name': 'Errors', "
	  "'namespace': 'AWS/Lambda'}, 'period': 90, 'stat': 'Sum'}}]}",
	  "{'metrics': [{'id': 'm1', 'metric_stat': {'metric': {'metric_name': 'Errors', "
	  "'namespace': 'AWS/Lambda'}, 'period': 120, 'stat': 'Sum'}}, {'id': 'm2', "
	  "'metric_stat': {'metric': {'metric_name': 'Lag', 'namespace': 'Lake'}, 'period': 10, "
	  "'stat': 'Sum'}, 'return_data': false}]}", "metrics[0].metric_stat.period" },
	{ "cloudwatch.cfn_query_period_60", "awscc.cloudwatch.alarm",
	  "{'metrics': [{'id': 'e1', 'expression': 'SUM(METRICS())', 'period': 45}]}",
	  "{'metrics': [{'id': 'e1', 'expression': 'SUM(METRICS())', 'period': 300}]}",
	  "metrics[0].period" },
	{ "glue.cfn_crawler_sample_size", "awscc.glue.crawler",
	  "{'targets': {'s3_targets': [{'path': 's3://lake/a/', 'sample_size': 10}, "
	  "{'path': 's3://lake/b/', 'sample_size': 250}]}}",
	  "{'targets': {'s3_targets': [{'path': 's3://lake/a/', 'sample_size': 10}, "
	  "{'path': 's3://lake/b/', 'sample_size': 249}]}}", "targets.s3_targets[1].sample_size" },
	{ "glue.cfn_crawler_scan_rate", "awscc.glue.crawler",
	  "{'targets': {'dynamo_db_targets': [{'path': 'orders', 'scan_rate': 0.05}]}}",
	  "{'targets': {'dynamo_db_targets': [{'path': 'orders', 'scan_rate': 0.1}, "
	  "{'path': 'users'}]}}", "targets.dynamo_db_targets[0].scan_rate" },
	{ "scheduler.cfn_binpack_field", "awscc.scheduler.schedule",
	  "{'target': {'ecs_parameters': {'placement_strategy': [{'type': 'binpack', "
	  "'field': 'instanceId'}]}}}",
	  "{'target': {'ecs_parameters': {'placement_strategy': [{'type': 'spread', "
	  "'field': 'instanceId'}, {'type': 'binpack', 'field': 'memory'}]}}}",
	  "target.ecs_parameters.placement_strategy[0].field" },
	{ "scheduler.cfn_spread_field", "awscc.scheduler.schedule",
	  "{'target': {'ecs_parameters': {'placement_strategy': [{'type': 'spread', "
	  "'field': 'memory'}]}}}",
	  "{'target': {'ecs_parameters': {'placement_strategy': [{'type': 'spread', "
	  "'field': 'attribute:ecs.availability-zone'}, {'type': 'spread', 'field': 'host'}]}}}",
	  "target.ecs_parameters.placement_strategy[0].field" },
	{ "scheduler.cfn_distinct_instance_no_expression", "awscc.scheduler.schedule",
	  "{'target': {'ecs_parameters': {'placement_constraints': [{'type': 'memberOf', "
	  "'expression': 'attribute:ecs.instance-type =~ t3.*'}, {'type': 'distinctInstance', "
	  "'expression': 'attribute:ecs.instance-type =~ t3.*'}]}}}",
	  "{'target': {'ecs_parameters': {'placement_constraints': [{'type': 'memberOf', "
	  "'expression': 'attribute:ecs.instance-type =~ t3.*'}, {'type': "
	  "'distinctInstance'}]}}}", "target.ecs_parameters.placement_constraints[1].expression" },
	{ "athena.cfn_one_results_configuration", "awscc.athena.work_group",
	  "{'name': 'wg', 'work_group_configuration': {'result_configuration': "
	  "{'output_location': 's3://lake/results/'}, 'managed_query_results_configuration': "
	  "{'enabled': true}}}",
	  "{'name': 'wg', 'work_group_configuration': {'result_configuration': "
	  "{'output_location': 's3://lake/results/'}, 'managed_query_results_configuration': "
	  "{'enabled': false}}}", "work_group_configuration.result_configuration" },
	{ "athena.cfn_catalog_name_128", "awscc.athena.data_catalog",
	  "{'name': 'lake catalog', 'data_catalog_type': 'GLUE'}",
	  "{'name': 'lake_catalog@prod-1', 'data_catalog_type': 'GLUE', "
	  "'parameters': {'catalog-id': '123456789012'}}", "name" },
	{ "athena.cfn_catalog_name_128", "awscc.athena.data_catalog",
	  "{'name': '%129s', 'data_catalog_type': 'GLUE'}",
	  "{'name': '%128s', 'data_catalog_type': 'GLUE', 'parameters': "
	  "{'catalog-id': '123456789012'}}", "name" },
#define LAMBDA_FN "'arn:aws:lambda:us-east-1:123456789012:function:"
	{ "athena.catalog_hive_metadata_function", "awscc.athena.data_catalog",
	  "{'name': 'hive', 'data_catalog_type': 'HIVE', 'parameters': {'sdk-version': '1.0'}}",
	  "{'name': 'hive', 'data_catalog_type': 'HIVE', 'parameters': {'metadata-function': "
	  LAMBDA_FN "meta'}}", "parameters.metadata-function" },
	{ "athena.catalog_lambda_one_set", "awscc.athena.data_catalog",
	  "{'name': 'fed', 'data_catalog_type': 'LAMBDA', 'parameters': {'function': " LAMBDA_FN
	  "all', 'metadata-function': " LAMBDA_FN "meta', 'record-function': " LAMBDA_FN "rec'}}",
	  "{'name': 'fed', 'data_catalog_type': 'LAMBDA', 'parameters': {'function': " LAMBDA_FN
	  "all'}}", "parameters.function" },
	{ "athena.catalog_lambda_one_set", "awscc.athena.data_catalog",
	  "{'name': 'fed', 'data_catalog_type': 'LAMBDA', 'parameters': {}}",
	  "{'name': 'fed', 'data_catalog_type': 'LAMBDA', 'parameters': {'metadata-function': "
	  LAMBDA_FN "meta', 'record-function': " LAMBDA_FN "rec'}}", "parameters.function" },
	{ "athena.catalog_lambda_both_functions", "awscc.athena.data_catalog",
	  "{'name': 'fed', 'data_catalog_type': 'LAMBDA', 'parameters': {'metadata-function': "
	  LAMBDA_FN "meta'}}",
	  "{'name': 'fed', 'data_catalog_type': 'LAMBDA', 'parameters': {'metadata-function': "
	  LAMBDA_FN "meta', 'record-function': " LAMBDA_FN "rec'}}",
	  "parameters.record-function" },
	{ "athena.catalog_glue_catalog_id", "awscc.athena.data_catalog",
	  "{'name': 'glue', 'data_catalog_type': 'GLUE'}",
	  "{'name': 'glue', 'data_catalog_type': 'GLUE', 'parameters': {'catalog-id': "
	  "'123456789012'}}", "parameters.catalog-id" },
	{ "athena.catalog_federated_one_connection", "awscc.athena.data_catalog",
	  "{'name': 'fed', 'data_catalog_type': 'FEDERATED', 'parameters': {'connection-arn': "
	  "'arn:aws:glue:us-east-1:123456789012:connection/mysql', 'connection-type': 'MYSQL'}}",
	  "{'name': 'fed', 'data_catalog_type': 'FEDERATED', 'parameters': {'connection-arn': "
	  "'arn:aws:glue:us-east-1:123456789012:connection/mysql'}}", "parameters.connection-type" },
#undef LAMBDA_FN
	{ "codecommit.trigger_all_alone", "aws.codecommit.repository",
	  "{'repository_name': 'r', 'triggers': [{'name': 't', 'destination_arn': "
	  "'arn:aws:sns:us-east-1:123456789012:t', 'events': ['all']}, {'name': 'u', "
	  "'destination_arn': 'arn:aws:sns:us-east-1:123456789012:t', 'events': ['all', "
	  "'createReference']}]}",
	  "{'repository_name': 'r', 'triggers': [{'name': 't', 'destination_arn': "
	  "'arn:aws:sns:us-east-1:123456789012:t', 'events': ['all']}, {'name': 'u', "
	  "'destination_arn': 'arn:aws:sns:us-east-1:123456789012:t', 'events': "
	  "['updateReference', 'createReference']}]}", "triggers[1].events" },
	{ "emrserverless.cfn_image_uri_on_create", "awscc.emrserverless.application",
	  "{'release_label': 'emr-7.0.0', 'application_type': 'SPARK', 'image_configuration': {}}",
	  "{'release_label': 'emr-7.0.0', 'application_type': 'SPARK', 'image_configuration': "
	  "{'image_uri': '111122223333.dkr.ecr.eu-west-1.amazonaws.com/spark:7'}}",
	  "image_configuration.image_uri" },
#define EMRS_LOGS(MAP) "{'release_label': 'emr-7.0.0', 'application_type': 'SPARK', " \
	"'monitoring_configuration': {'cloudwatch_logging_configuration': {'enabled': true, " \
	"'log_type_map': [" MAP "]}}}"
	{ "emrserverless.log_type_keys", "awscc.emrserverless.application",
	  EMRS_LOGS("{'key': 'SPARK_DRIVER', 'value': ['STDOUT']}, {'key': 'Driver', "
		    "'value': ['STDERR']}"),
	  EMRS_LOGS("{'key': 'SPARK_DRIVER', 'value': ['STDOUT']}, {'key': 'SPARK_EXECUTOR', "
		    "'value': ['STDERR']}"),
	  "monitoring_configuration.cloudwatch_logging_configuration.log_type_map[1].key" },
	{ "emrserverless.log_type_values", "awscc.emrserverless.application",
	  EMRS_LOGS("{'key': 'SPARK_DRIVER', 'value': ['STDOUT', 'SPARK_LOG']}"),
	  EMRS_LOGS("{'key': 'SPARK_DRIVER', 'value': ['STDOUT', 'SYSTEM_LOGS']}"),
	  "monitoring_configuration.cloudwatch_logging_configuration.log_type_map[0].value[1]" },
#undef EMRS_LOGS
	{ "events.cfn_condition_key_org_id", "awscc.events.event_bus_policy",
	  "{'statement_id': 's', 'condition': {'key': 'aws:SourceAccount', 'type': "
	  "'StringEquals', 'value': 'o-a1b2c3d4e5'}}",
	  "{'statement_id': 's', 'condition': {'key': 'aws:PrincipalOrgID', 'type': "
	  "'StringEquals', 'value': 'o-a1b2c3d4e5'}}", "condition.key" },
	{ "events.cfn_condition_value_org_id", "awscc.events.event_bus_policy",
	  "{'statement_id': 's', 'condition': {'key': 'aws:PrincipalOrgID', 'type': "
	  "'StringEquals', 'value': '111122223333'}}",
	  "{'statement_id': 's', 'condition': {'key': 'aws:PrincipalOrgID', 'type': "
	  "'StringEquals', 'value': 'o-a1b2c3d4e5'}}", "condition.value" },
	/* The awscc types' handlers' calls (sentences.py's HANDLERS_TOO). */
	{ "lakeformation.tag_association_table_name_or_wildcard",
	  "awscc.lakeformation.tag_association",
	  "{'lf_tags': [{'catalog_id': '123456789012', 'tag_key': 'k', 'tag_values': ['v']}], "
	  "'resource': {'table': {'catalog_id': '123456789012', 'database_name': 'lake'}}}",
	  "{'lf_tags': [{'catalog_id': '123456789012', 'tag_key': 'k', 'tag_values': ['v']}], "
	  "'resource': {'table': {'catalog_id': '123456789012', 'database_name': 'lake', "
	  "'name': 'orders'}}}", "resource.table.table_wildcard" },
	{ "lakeformation.permissions_table_name_or_wildcard", "awscc.lakeformation.permissions",
	  "{'data_lake_principal': {'data_lake_principal_identifier': 'arn:aws:iam::123456789012:"
	  "role/r'}, 'resource': {'table_resource': {'database_name': 'lake'}}}",
	  "{'data_lake_principal': {'data_lake_principal_identifier': 'arn:aws:iam::123456789012:"
	  "role/r'}, 'resource': {'table_resource': {'database_name': 'lake', 'table_wildcard': "
	  "{}}}}", "resource.table_resource.table_wildcard" },
	{ "lakeformation.permissions_columns_or_wildcard", "awscc.lakeformation.permissions",
	  "{'data_lake_principal': {'data_lake_principal_identifier': 'arn:aws:iam::123456789012:"
	  "role/r'}, 'resource': {'table_with_columns_resource': {'database_name': 'lake', "
	  "'name': 'orders'}}}",
	  "{'data_lake_principal': {'data_lake_principal_identifier': 'arn:aws:iam::123456789012:"
	  "role/r'}, 'resource': {'table_with_columns_resource': {'database_name': 'lake', "
	  "'name': 'orders', 'column_names': ['id']}}}",
	  "resource.table_with_columns_resource.column_wildcard" },
	{ "events.connection_basic_params_only", "awscc.events.connection",
	  "{'authorization_type': 'BASIC', 'auth_parameters': {" BASIC_AUTH ", " API_KEY_AUTH "}}",
	  "{'authorization_type': 'BASIC', 'auth_parameters': {" BASIC_AUTH "}}",
	  "auth_parameters.api_key_auth_parameters" },
	{ "events.connection_api_key_params_only", "awscc.events.connection",
	  "{'authorization_type': 'API_KEY', 'auth_parameters': {" BASIC_AUTH ", " API_KEY_AUTH "}}",
	  "{'authorization_type': 'API_KEY', 'auth_parameters': {" API_KEY_AUTH "}}",
	  "auth_parameters.basic_auth_parameters" },
	{ "events.connection_oauth_params_only", "awscc.events.connection",
	  "{'authorization_type': 'OAUTH_CLIENT_CREDENTIALS', 'auth_parameters': {" API_KEY_AUTH
	  "}}",
	  "{'authorization_type': 'API_KEY', 'auth_parameters': {" API_KEY_AUTH "}}",
	  "auth_parameters.api_key_auth_parameters" },
	{ "events.bus_policy_condition_whole", "awscc.events.event_bus_policy",
	  "{'statement_id': 's', 'condition': {'key': 'aws:PrincipalOrgID', 'type': "
	  "'StringEquals'}}",
	  "{'statement_id': 's', 'condition': {'key': 'aws:PrincipalOrgID', 'type': "
	  "'StringEquals', 'value': 'o-a1b2c3d4e5'}}", "condition.value" },
	{ "events.custom_bus_not_default", "awscc.events.event_bus", "{'name': 'default'}",
	  "{'name': 'orders'}", "name" },
	{ "events.custom_bus_name_no_slash", "awscc.events.event_bus", "{'name': 'team/orders'}",
	  "{'name': 'team-orders'}", "name" },
	{ "events.partner_bus_named_as_source", "awscc.events.event_bus",
	  "{'name': 'aws.partner/saas.com/1/orders', 'event_source_name': "
	  "'aws.partner/saas.com/1/billing'}",
	  "{'name': 'aws.partner/saas.com/1/billing', 'event_source_name': "
	  "'aws.partner/saas.com/1/billing'}", "event_source_name" },
	{ "events.endpoint_replication_needs_role", "awscc.events.endpoint", ENDPOINT("", ""),
	  ENDPOINT(", 'replication_config': {'state': 'DISABLED'}", ""), "role_arn" },
	{ "events.endpoint_replication_needs_role", "awscc.events.endpoint",
	  ENDPOINT(", 'replication_config': {'state': 'ENABLED'}", ""),
	  ENDPOINT(", 'replication_config': {'state': 'ENABLED'}",
		   ", 'role_arn': 'arn:aws:iam::111122223333:role/replicate'"), "role_arn" },
	{ "events.cfn_target_array_size", "awscc.events.rule",
	  CC_TARGET("'batch_parameters': {'job_definition': 'd', 'job_name': 'j', "
		    "'array_properties': {'size': 1}}"),
	  CC_TARGET("'batch_parameters': {'job_definition': 'd', 'job_name': 'j', "
		    "'array_properties': {'size': 2}}"),
	  "targets[0].batch_parameters.array_properties.size" },
	{ "events.cfn_target_batch_attempts", "awscc.events.rule",
	  CC_TARGET("'batch_parameters': {'job_definition': 'd', 'job_name': 'j', "
		    "'retry_strategy': {'attempts': 11}}"),
	  CC_TARGET("'batch_parameters': {'job_definition': 'd', 'job_name': 'j', "
		    "'retry_strategy': {'attempts': 10}}"),
	  "targets[0].batch_parameters.retry_strategy.attempts" },
	{ "events.cfn_target_strategy_or_launch_type", "awscc.events.rule",
	  CC_ECS("'capacity_provider_strategy': [{'capacity_provider': 'FARGATE'}], "
		 "'launch_type': 'FARGATE', " NET),
	  CC_ECS("'capacity_provider_strategy': [{'capacity_provider': 'FARGATE'}], " NET),
	  "targets[0].ecs_parameters.launch_type" },
	{ "events.cfn_target_group_up_to_255", "awscc.events.rule",
	  CC_ECS("'group': '%256s'"), CC_ECS("'group': '%255s'"),
	  "targets[0].ecs_parameters.group" },
	{ "events.cfn_target_fargate_network", "awscc.events.rule",
	  CC_ECS("'launch_type': 'FARGATE'"), CC_ECS("'launch_type': 'FARGATE', " NET),
	  "targets[0].ecs_parameters.network_configuration" },
	{ "events.cfn_target_no_expression_for_distinct", "awscc.events.rule",
	  CC_ECS("'placement_constraints': [{'type': 'distinctInstance', 'expression': "
		 "'attribute:ecs.instance-type == t3.large'}]"),
	  CC_ECS("'placement_constraints': [{'type': 'memberOf', 'expression': "
		 "'attribute:ecs.instance-type == t3.large'}]"),
	  "targets[0].ecs_parameters.placement_constraints[0].expression" },
	{ "events.cfn_target_five_strategies", "awscc.events.rule",
	  CC_ECS("'placement_strategies': [" RANDOM ", " RANDOM ", " RANDOM ", " RANDOM ", "
		 RANDOM ", " RANDOM "]"),
	  CC_ECS("'placement_strategies': [" RANDOM ", " RANDOM ", " RANDOM ", " RANDOM ", "
		 RANDOM "]"),
	  "targets[0].ecs_parameters.placement_strategies" },
	{ "events.cfn_target_binpack_field", "awscc.events.rule",
	  CC_ECS("'placement_strategies': [{'type': 'binpack', 'field': 'instanceId'}]"),
	  CC_ECS("'placement_strategies': [{'type': 'binpack', 'field': 'memory'}]"),
	  "targets[0].ecs_parameters.placement_strategies[0].field" },
	{ "events.cfn_target_spread_field", "awscc.events.rule",
	  CC_ECS("'placement_strategies': [{'type': 'spread', 'field': 'zone'}]"),
	  CC_ECS("'placement_strategies': [{'type': 'spread', 'field': "
		 "'attribute:ecs.availability-zone'}]"),
	  "targets[0].ecs_parameters.placement_strategies[0].field" },
	{ "events.cfn_target_template_key_not_placeholder", "awscc.events.rule",
	  CC_TARGET("'input_transformer': {'input_paths_map': {'id': '$.detail.id'}, "
		    "'input_template': '{\\\"<id>\\\": 1}'}"),
	  CC_TARGET("'input_transformer': {'input_paths_map': {'id': '$.detail.id'}, "
		    "'input_template': '{\\\"id\\\": <id>}'}"),
	  "targets[0].input_transformer.input_template" },
	{ "events.cfn_target_run_command_key", "awscc.events.rule",
	  CC_TARGET("'run_command_parameters': {'run_command_targets': [{'key': 'instance-ids', "
		    "'values': ['i-0123456789abcdef0']}]}"),
	  CC_TARGET("'run_command_parameters': {'run_command_targets': [{'key': 'InstanceIds', "
		    "'values': ['i-0123456789abcdef0']}]}"),
	  "targets[0].run_command_parameters.run_command_targets[0].key" },
	{ "glue.cfn_spark_dpus_whole", "awscc.glue.job",
	  "{'role': 'r', 'command': {'name': 'glueetl'}, 'max_capacity': 2.5}",
	  "{'role': 'r', 'command': {'name': 'pythonshell'}, 'max_capacity': 0.0625}",
	  "max_capacity" },
	{ "glue.cfn_job_timeout_week", "awscc.glue.job",
	  "{'role': 'r', 'command': {'name': 'glueetl'}, 'timeout': 10081}",
	  "{'role': 'r', 'command': {'name': 'glueetl'}, 'timeout': 10080}", "timeout" },
	{ "glue.cfn_connection_not_sftp", "awscc.glue.connection",
	  "{'catalog_id': '111122223333', 'connection_input': {'name': 'c', 'connection_type': "
	  "'SFTP'}}",
	  "{'catalog_id': '111122223333', 'connection_input': {'name': 'c', 'connection_type': "
	  "'CUSTOM'}}", "connection_input.connection_type" },
	{ "glue.cfn_marketplace_jdbc_credentials", "awscc.glue.connection",
	  "{'catalog_id': '111122223333', 'connection_input': {'name': 'c', 'connection_type': "
	  "'MARKETPLACE', 'connection_properties': {'CONNECTOR_TYPE': 'JDBC', 'USERNAME': "
	  "'etl'}}}",
	  "{'catalog_id': '111122223333', 'connection_input': {'name': 'c', 'connection_type': "
	  "'MARKETPLACE', 'connection_properties': {'CONNECTOR_TYPE': 'JDBC', 'SECRET_ID': "
	  "'lake/jdbc'}}}", "connection_input.connection_properties.PASSWORD" },
	{ "cloudwatch.cfn_alarm_name_no_controls", "awscc.cloudwatch.alarm",
	  "{'alarm_name': 'orders\\u0007late', 'metric_name': 'Errors', 'namespace': 'Lake', "
	  "'period': 60, 'statistic': 'Sum'}",
	  "{'alarm_name': 'orders late \\u00e9', 'metric_name': 'Errors', 'namespace': 'Lake', "
	  "'period': 60, 'statistic': 'Sum'}", "alarm_name" },
	{ "events.cfn_cloudtrail_state_not_partner_bus", "awscc.events.rule",
	  "{'state': 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS', "
	  "'event_bus_name': 'aws.partner/saas.example/123/orders'}",
	  "{'state': 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS', "
	  "'event_bus_name': 'orders-bus'}", "event_bus_name" },
	{ "ssm.cfn_name_not_arn", "awscc.ssm.parameter",
	  "{'name': 'arn:aws:ssm:eu-west-1:111122223333:parameter/lake/watermark', 'parameter_type': "
	  "'String', 'value': 'x'}",
	  "{'name': '/lake/watermark', 'parameter_type': 'String', 'value': 'x'}", "name" },
	{ "ssm.cfn_name_no_spaces", "awscc.ssm.parameter",
	  "{'name': '/lake/night watermark', 'parameter_type': 'String', 'value': 'x'}",
	  "{'name': '/lake/night-watermark', 'parameter_type': 'String', 'value': 'x'}", "name" },
	{ "ssm.cfn_hierarchy_leading_slash", "awscc.ssm.parameter",
	  "{'name': 'lake/watermark', 'parameter_type': 'String', 'value': 'x'}",
	  "{'name': 'watermark', 'parameter_type': 'String', 'value': 'x'}", "name" },
	/* the awscc SSM types' handlers' calls (ssm.words) */
#define MW_TASK(MORE) "{'window_id': 'mw-0123456789abcdef0', 'task_arn': 'AWS-RunShellScript', " \
	"'priority': 1" MORE "}"
#define MW_TARGETS ", 'targets': [{'key': 'WindowTargetIds', 'values': ['e32eecb2']}]"
	{ "ssm.cfn_targetless_task_no_rate", "awscc.ssm.maintenance_window_task",
	  MW_TASK(", 'task_type': 'AUTOMATION', 'max_concurrency': '1'"),
	  MW_TASK(", 'task_type': 'AUTOMATION'"), "max_concurrency" },
	{ "ssm.cfn_task_targets_rate", "awscc.ssm.maintenance_window_task",
	  MW_TASK(", 'task_type': 'RUN_COMMAND'" MW_TARGETS ", 'max_concurrency': '2'"),
	  MW_TASK(", 'task_type': 'RUN_COMMAND'" MW_TARGETS ", 'max_concurrency': '2', "
		  "'max_errors': '1'"), "max_errors" },
	{ "ssm.cfn_run_command_task_targets", "awscc.ssm.maintenance_window_task",
	  MW_TASK(", 'task_type': 'RUN_COMMAND', 'targets': []"),
	  MW_TASK(", 'task_type': 'AUTOMATION', 'targets': []"), "targets" },
#undef MW_TASK
#undef MW_TARGETS
	{ "ssm.cfn_cron_interval_not_rate", "awscc.ssm.association",
	  "{'name': 'AWS-UpdateSSMAgent', 'apply_only_at_cron_interval': true, "
	  "'schedule_expression': 'rate(30 minutes)'}",
	  "{'name': 'AWS-UpdateSSMAgent', 'apply_only_at_cron_interval': true, "
	  "'schedule_expression': 'cron(0 2 ? * SUN *)'}", "schedule_expression" },
	{ "ssm.cfn_schedule_offset_cron_interval", "awscc.ssm.association",
	  "{'name': 'AWS-UpdateSSMAgent', 'schedule_offset': 2, "
	  "'schedule_expression': 'cron(0 2 ? * THU#2 *)'}",
	  "{'name': 'AWS-UpdateSSMAgent', 'schedule_offset': 2, 'apply_only_at_cron_interval': "
	  "true, 'schedule_expression': 'cron(0 2 ? * THU#2 *)'}", "apply_only_at_cron_interval" },
	{ "ssm.cfn_instance_id_alone", "awscc.ssm.association",
	  "{'name': 'AWS-UpdateSSMAgent', 'instance_id': 'i-0123456789abcdef0', "
	  "'schedule_expression': 'rate(1 day)'}",
	  "{'name': 'AWS-UpdateSSMAgent', 'targets': [{'key': 'InstanceIds', 'values': "
	  "['i-0123456789abcdef0']}], 'schedule_expression': 'rate(1 day)'}",
	  "schedule_expression" },
#define PB_RULE(MORE) "'approval_rules': {'patch_rules': [{'compliance_level': 'HIGH', " \
	"'patch_filter_group': {'patch_filters': [{'key': 'PRIORITY', 'values': ['Required']}]}" \
	MORE "}]}"
	{ "ssm.cfn_patch_rule_approval", "awscc.ssm.patch_baseline",
	  "{'name': 'lake-al2023', 'operating_system': 'AMAZON_LINUX_2023', " PB_RULE("") "}",
	  "{'name': 'lake-al2023', 'operating_system': 'AMAZON_LINUX_2023', "
	  PB_RULE(", 'approve_until_date': '2026-12-31'") "}",
	  "approval_rules.patch_rules[0].approve_after_days" },
	{ "ssm.cfn_ubuntu_source_one_line", "awscc.ssm.patch_baseline",
	  "{'name': 'lake-ubuntu', 'operating_system': 'UBUNTU', 'sources': [{'name': 'focal', "
	  "'products': ['Ubuntu20.04'], 'configuration': 'deb http://a.example/ubuntu focal "
	  "main\\ndeb http://a.example/ubuntu focal universe'}]}",
	  "{'name': 'lake-ubuntu', 'operating_system': 'UBUNTU', 'sources': [{'name': 'focal', "
	  "'products': ['Ubuntu20.04'], 'configuration': 'deb http://a.example/ubuntu focal "
	  "main universe'}]}", "sources[0].configuration" },
#undef PB_RULE
	{ "ssm.cfn_document_name_prefix", "awscc.ssm.document",
	  "{'name': 'amzn-lake-backup', 'content': {'schemaVersion': '2.2'}}",
	  "{'name': 'lake-amzn-backup', 'content': {'schemaVersion': '2.2'}}", "name" },
	{ "ssm.cfn_document_content_64kb", "awscc.ssm.document",
	  "{'name': 'lake-big', 'document_format': 'YAML', 'content': '%65537s'}",
	  "{'name': 'lake-big', 'document_format': 'YAML', 'content': '%65536s'}", "content" },
	{ "ssm.cfn_app_config_requires", "awscc.ssm.document",
	  "{'name': 'lake-config', 'document_type': 'ApplicationConfiguration', 'content': {}}",
	  "{'name': 'lake-config', 'document_type': 'ApplicationConfiguration', 'content': {}, "
	  "'requires': [{'name': 'lake-config-schema'}]}", "requires" },
	{ "ssm.cfn_sync_to_destination_s3", "awscc.ssm.resource_data_sync",
	  "{'sync_name': 'inventory', 'sync_type': 'SyncToDestination'}",
	  "{'sync_name': 'inventory', 'bucket_name': 'lake-inventory', 'bucket_region': "
	  "'eu-west-1', 'sync_format': 'JsonSerDe'}", "s3_destination" },
	{ "ssm.cfn_sync_from_source", "awscc.ssm.resource_data_sync",
	  "{'sync_name': 'explorer', 'sync_type': 'SyncFromSource'}",
	  "{'sync_name': 'explorer', 'sync_type': 'SyncFromSource', 'sync_source': "
	  "{'source_type': 'SingleAccountMultiRegions', 'source_regions': ['eu-west-1']}}",
	  "sync_source" },
	{ "ssm.cfn_sync_source_type", "awscc.ssm.resource_data_sync",
	  "{'sync_name': 'explorer', 'sync_type': 'SyncFromSource', 'sync_source': "
	  "{'source_type': 'SingleAccount', 'source_regions': ['eu-west-1']}}",
	  "{'sync_name': 'explorer', 'sync_type': 'SyncFromSource', 'sync_source': "
	  "{'source_type': 'AwsOrganizations', 'source_regions': ['eu-west-1']}}",
	  "sync_source.source_type" },
	{ "ssm.cfn_organization_source_type", "awscc.ssm.resource_data_sync",
	  "{'sync_name': 'explorer', 'sync_type': 'SyncFromSource', 'sync_source': "
	  "{'source_type': 'AwsOrganizations', 'source_regions': ['eu-west-1'], "
	  "'aws_organizations_source': {'organization_source_type': 'Accounts'}}}",
	  "{'sync_name': 'explorer', 'sync_type': 'SyncFromSource', 'sync_source': "
	  "{'source_type': 'AwsOrganizations', 'source_regions': ['eu-west-1'], "
	  "'aws_organizations_source': {'organization_source_type': 'EntireOrganization'}}}",
	  "sync_source.aws_organizations_source.organization_source_type" },
	{ "glue.cfn_logical_with_conditions", "awscc.glue.trigger",
	  "{'trigger_type': 'CONDITIONAL', 'actions': [{'job_name': 'load'}], 'predicate': "
	  "{'conditions': [{'job_name': 'a', 'state': 'SUCCEEDED'}, {'job_name': 'b', "
	  "'state': 'SUCCEEDED'}]}}",
	  "{'trigger_type': 'CONDITIONAL', 'actions': [{'job_name': 'load'}], 'predicate': "
	  "{'logical': 'AND', 'conditions': [{'job_name': 'a', 'state': 'SUCCEEDED'}, "
	  "{'job_name': 'b', 'state': 'SUCCEEDED'}]}}", "predicate.logical" },
	{ "glue.cfn_on_demand_not_started", "awscc.glue.trigger",
	  "{'trigger_type': 'ON_DEMAND', 'start_on_creation': true, 'actions': [{'job_name': "
	  "'load'}]}",
	  "{'trigger_type': 'SCHEDULED', 'schedule': 'cron(0 1 * * ? *)', 'start_on_creation': "
	  "true, 'actions': [{'job_name': 'load'}]}", "start_on_creation" },
	{ "lakeformation.cfn_filter_columns_or_wildcard", "awscc.lakeformation.data_cells_filter",
	  "{'name': 'f', 'row_filter': {'filter_expression': 'year > 2020'}}",
	  "{'name': 'f', 'column_wildcard': {}, 'row_filter': {'filter_expression': "
	  "'year > 2020'}}", "column_wildcard" },
	{ "lakeformation.cfn_filter_rows_or_wildcard", "awscc.lakeformation.data_cells_filter",
	  "{'name': 'f', 'column_names': ['id'], 'row_filter': {}}",
	  "{'name': 'f', 'column_names': ['id'], 'row_filter': {'all_rows_wildcard': {}}}",
	  "row_filter.all_rows_wildcard" },
	{ "lakeformation.cfn_table_name_or_wildcard", "awscc.lakeformation.principal_permissions",
	  "{'resource': {'table': {'catalog_id': '111122223333', 'database_name': 'lake'}}}",
	  "{'resource': {'table': {'catalog_id': '111122223333', 'database_name': 'lake', "
	  "'table_wildcard': {}}}}", "resource.table.table_wildcard" },
	{ "lakeformation.cfn_columns_or_wildcard", "awscc.lakeformation.principal_permissions",
	  "{'resource': {'table_with_columns': {'catalog_id': '111122223333', 'database_name': "
	  "'lake', 'name': 'orders'}}}",
	  "{'resource': {'table_with_columns': {'catalog_id': '111122223333', 'database_name': "
	  "'lake', 'name': 'orders', 'column_names': ['id']}}}",
	  "resource.table_with_columns.column_wildcard" },
	{ "sqs.cfn_fifo_dead_letter_fifo", "awscc.sqs.queue",
	  "{'queue_name': 'orders.fifo', 'fifo_queue': true, 'redrive_policy': "
	  "{'deadLetterTargetArn': 'arn:aws:sqs:eu-west-1:111122223333:orders-dlq', "
	  "'maxReceiveCount': 5}}",
	  "{'queue_name': 'orders.fifo', 'fifo_queue': true, 'redrive_policy': "
	  "{'deadLetterTargetArn': 'arn:aws:sqs:eu-west-1:111122223333:orders-dlq.fifo', "
	  "'maxReceiveCount': 5}}", "redrive_policy.deadLetterTargetArn" },
	{ "sqs.cfn_standard_dead_letter_standard", "awscc.sqs.queue",
	  "{'redrive_policy': {'deadLetterTargetArn': "
	  "'arn:aws:sqs:eu-west-1:111122223333:orders-dlq.fifo', 'maxReceiveCount': 5}}",
	  "{'fifo_queue': false, 'redrive_policy': {'deadLetterTargetArn': "
	  "'arn:aws:sqs:eu-west-1:111122223333:orders-dlq', 'maxReceiveCount': 5}}",
	  "redrive_policy.deadLetterTargetArn" },
	{ "sqs.cfn_standard_dead_letter_standard", "awscc.sqs.queue",
	  "{'fifo_queue': false, 'redrive_policy': {'deadLetterTargetArn': "
	  "'arn:aws:sqs:eu-west-1:111122223333:orders-dlq.fifo', 'maxReceiveCount': 5}}",
	  "{'redrive_policy': {'deadLetterTargetArn': "
	  "'arn:aws:sqs:eu-west-1:111122223333:orders-dlq', 'maxReceiveCount': 5}}",
	  "redrive_policy.deadLetterTargetArn" },
	{ "scheduler.cfn_ecs_public_ip_fargate", "awscc.scheduler.schedule",
	  "{'target': {'ecs_parameters': {'launch_type': 'EC2', 'network_configuration': "
	  "{'awsvpc_configuration': {'subnets': ['subnet-1'], 'assign_public_ip': 'ENABLED'}}}}}",
	  "{'target': {'ecs_parameters': {'launch_type': 'EC2', 'network_configuration': "
	  "{'awsvpc_configuration': {'subnets': ['subnet-1'], 'assign_public_ip': "
	  "'DISABLED'}}}}}", "target.ecs_parameters.launch_type" },
	{ "ssm.cfn_hierarchy_at_most_15_levels", "awscc.ssm.parameter",
	  "{'name': '" LEVELS_16 "/q', 'parameter_type': 'String', 'value': 'x'}",
	  "{'name': '" LEVELS_16 "', 'parameter_type': 'String', 'value': 'x'}", "name" },
	{ "ssm.cfn_name_at_most_1011", "awscc.ssm.parameter",
	  "{'name': '/lake/a%1005s', 'parameter_type': 'String', 'value': 'x'}",
	  "{'name': '/lake/a%1004s', 'parameter_type': 'String', 'value': 'x'}", "name" },
	{ "sqs.cfn_deduplication_scope", "awscc.sqs.queue",
	  "{'fifo_queue': true, 'deduplication_scope': 'messagegroup'}",
	  "{'fifo_queue': true, 'deduplication_scope': 'messageGroup'}", "deduplication_scope" },
	{ "sqs.cfn_fifo_throughput_limit", "awscc.sqs.queue",
	  "{'fifo_queue': true, 'fifo_throughput_limit': 'perGroup'}",
	  "{'fifo_queue': true, 'fifo_throughput_limit': 'perQueue'}", "fifo_throughput_limit" },
	{ "sqs.cfn_per_group_limit_group_scope", "awscc.sqs.queue",
	  "{'fifo_queue': true, 'fifo_throughput_limit': 'perMessageGroupId', "
	  "'deduplication_scope': 'queue'}",
	  "{'fifo_queue': true, 'fifo_throughput_limit': 'perMessageGroupId', "
	  "'deduplication_scope': 'messageGroup'}", "deduplication_scope" },
	{ "sqs.cfn_per_group_limit_group_scope", "awscc.sqs.queue",
	  "{'fifo_queue': true, 'fifo_throughput_limit': 'perMessageGroupId'}",
	  "{'fifo_queue': true, 'fifo_throughput_limit': 'perQueue'}", "deduplication_scope" },
	{ "sqs.cfn_source_queues_by_queue", "awscc.sqs.queue",
	  "{'redrive_allow_policy': {'redrivePermission': 'allowAll', 'sourceQueueArns': "
	  "['arn:aws:sqs:eu-west-1:111122223333:orders']}}",
	  "{'redrive_allow_policy': {'redrivePermission': 'byQueue', 'sourceQueueArns': "
	  "['arn:aws:sqs:eu-west-1:111122223333:orders']}}",
	  "redrive_allow_policy.redrivePermission" },
	{ "sns.cfn_display_name_100", "awscc.sns.topic", "{'display_name': '%101s'}",
	  "{'display_name': '%100s'}", "display_name" },
	{ "sns.cfn_fifo_throughput_scope", "awscc.sns.topic",
	  "{'fifo_topic': true, 'fifo_throughput_scope': 'topic'}",
	  "{'fifo_topic': true, 'fifo_throughput_scope': 'Topic'}", "fifo_throughput_scope" },
	{ "sns.cfn_tracing_standard_only", "awscc.sns.topic",
	  "{'fifo_topic': true, 'tracing_config': 'Active'}",
	  "{'fifo_topic': true, 'tracing_config': 'PassThrough'}", "tracing_config" },
	{ "sns.cfn_tracing_standard_only", "awscc.sns.topic",
	  "{'fifo_topic': true, 'tracing_config': 'Active'}",
	  "{'fifo_topic': false, 'tracing_config': 'Active'}", "tracing_config" },
};

/* The services whose words rows this file holds (EC2's: test_words_ec2.c). */
static const char *const services[] = { "cloudwatch.", "athena.", "codecommit.",
					"emrserverless.", "events.", "glue.", "iam.",
					"lakeformation.", "scheduler.", "sns.", "sqs.", "ssm.",
					NULL };

/* A case's JSON, "%Ns" standing for N characters of 'x' (a long name). */
static json_t *case_json(const char *text)
{
	const char *pct = text ? strstr(text, "%") : NULL;
	struct strbuf s = STRBUF_INIT;
	json_t *v;

	if (!text)
		return NULL;
	if (!pct)
		return js(text);
	strbuf_add(&s, text, (size_t)(pct - text));
	for (long n = strtol(pct + 1, NULL, 10); n > 0; n--)
		strbuf_addch(&s, 'x');
	strbuf_addstr(&s, strchr(pct, 's') + 1);
	v = js(s.buf);
	strbuf_release(&s);
	return v;
}

static void test_rows_refuse_and_twins_pass(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct words_case *c = &cases[i];
		struct strbuf err = STRBUF_INIT, head = STRBUF_INIT;
		const char *attr = NULL;
		json_t *bad = case_json(c->refused), *good = case_json(c->twin);
		json_t *prior = case_json(c->prior);

		if (aws_constraints_check(c->type, bad, NULL, prior, &attr, &err) != -1)
			fail_msg("%s %s: accepted, where AWS says \"%s\"", c->type, c->refused,
				 c->words);
		strbuf_addf(&head, "%s: ", c->attr);
		if (!attr || strcmp(attr, c->attr) || strncmp(err.buf, head.buf, head.len) ||
		    !strstr(err.buf, c->words) || !strstr(err.buf, c->source))
			fail_msg("%s %s: wanted %s, \"%s\" and (%s), got %s \"%s\"", c->type,
				 c->refused, c->attr, c->words, c->source, attr ? attr : "(none)",
				 err.buf);
		strbuf_reset(&err);
		if (aws_constraints_check(c->type, good, NULL, prior, NULL, &err))
			fail_msg("%s %s: refused, which AWS accepts: %s", c->type, c->twin, err.buf);
		json_decref(bad);
		json_decref(good);
		json_decref(prior);
		strbuf_release(&err);
		strbuf_release(&head);
	}
}

/* Each row on an awscc type refuses its case naming the attribute, AWS's
 * words and the row's source; its twin passes. */
static void test_cfn_rows_refuse_and_twins_pass(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(cfn_cases) / sizeof(cfn_cases[0]); i++) {
		const struct cfn_case *c = &cfn_cases[i];
		const struct aws_check_row *row = NULL;
		struct strbuf err = STRBUF_INIT, want = STRBUF_INIT;
		const char *attr = NULL;
		json_t *bad = case_json(c->refused), *good = case_json(c->twin);

		for (const struct aws_check_row *r = aws_rules_next(NULL); r; r = aws_rules_next(r))
			if (r->kind == 'w' && !strcmp(r->id, c->id) && !strcmp(r->type, c->type))
				row = r;
		if (!row)
			fail_msg("%s: no words row of %s has this id", c->id, c->type);
		if (aws_constraints_check(c->type, bad, NULL, NULL, &attr, &err) != -1)
			fail_msg("%s: accepted %s", c->id, c->refused);
		strbuf_addf(&want, "%s: ", c->attr);
		if (!attr || strcmp(attr, c->attr) || strncmp(err.buf, want.buf, want.len))
			fail_msg("%s: wanted %s, got %s \"%s\"", c->id, c->attr, attr ? attr : "(none)",
				 err.buf);
		strbuf_reset(&want);
		strbuf_addf(&want, "AWS says \"%s\" (%s)", row->words, row->source);
		if (!strstr(err.buf, want.buf))
			fail_msg("%s: message \"%s\" lacks \"%s\"", c->id, err.buf, want.buf);
		strbuf_reset(&err);
		if (aws_constraints_check(c->type, good, NULL, NULL, NULL, &err))
			fail_msg("%s: refused its twin %s: %s", c->id, c->twin, err.buf);
		json_decref(bad);
		json_decref(good);
		strbuf_release(&err);
		strbuf_release(&want);
	}
}

/* Every words row of these services, on every type, has its case: in
 * cfn_cases by id and type, or in cases by its type, words and source (a
 * row that crosses a reference has its in test_words_crossing.c). */
static void test_every_row_has_a_case(void **state)
{
	(void)state;
	for (const struct aws_check_row *r = aws_rules_next(NULL); r; r = aws_rules_next(r)) {
		bool ours = false, tested = false;

		if (r->kind != 'w' || aws_words_crosses(r))
			continue; /* a row crossing a reference: test_words_crossing.c's */
		for (size_t s = 0; services[s]; s++)
			ours |= !strncmp(r->id, services[s], strlen(services[s]));
		for (size_t i = 0; i < sizeof(cfn_cases) / sizeof(cfn_cases[0]); i++)
			tested |= !strcmp(cfn_cases[i].id, r->id) && !strcmp(cfn_cases[i].type, r->type);
		for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
			tested |= !strcmp(cases[i].type, r->type) && !strcmp(cases[i].words, r->words) &&
				  !strcmp(cases[i].source, r->source);
		if (ours && !tested)
			fail_msg("words row %s of %s has no case in test_words_misc.c", r->id, r->type);
	}
}

/* A value not known yet passes, and is judged when it is known. */
static void test_unknown_passes(void **state)
{
	(void)state;
	check_resource("aws.sqs.queue",
		       "{'name': 'orders.fifo', 'fifo_queue': true, 'redrive_policy': "
		       "{'deadLetterTargetArn': '${dlq.arn}', 'maxReceiveCount': 5}}", NULL);
	check_resource("aws.ssm.parameter", "{'name': '${var.prefix}/watermark'}", NULL);
	check_resource("aws.events.rule",
		       "{'name': 'audit', 'state': 'ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS', "
		       "'event_pattern': {'source': ['aws.s3']}, 'event_bus_name': '${var.bus}'}", NULL);
}

static void collect(void *ctx, const struct check_finding *found)
{
	strbuf_addf(ctx, "%s: %s\n", found->attr, found->message);
}

/* A create row is about the create: on an object that exists and stays
 * it refuses nothing; the update row is judged when the update sends its
 * attribute anew, and only then. */
static void test_create_and_update(void **state)
{
	struct strbuf err = STRBUF_INIT;
	json_t *job = js("{" ETL ", 'max_capacity': 2.5, 'timeout': 30}");
	json_t *same = json_deep_copy(job);
	json_t *other = js("{" ETL ", 'max_capacity': 2, 'timeout': 30}");
	const char *attr = NULL;

	(void)state;
	assert_int_equal(aws_constraints_check("aws.glue.job", job, NULL, same, &attr, &err), 0);
	assert_int_equal(aws_constraints_check("aws.glue.job", job, NULL, other, &attr, &err), -1);
	assert_non_null(strstr(err.buf, "(glue UpdateJob JobUpdate.MaxCapacity)"));
	strbuf_reset(&err);
	assert_int_equal(aws_constraints_check("aws.glue.job", job, NULL, NULL, &attr, &err), -1);
	assert_non_null(strstr(err.buf, "(glue CreateJob MaxCapacity)"));
	json_decref(job);
	json_decref(same);
	json_decref(other);
	/* A worker type's job: the MaxCapacity Glue computes (0.25 a G.025X
	 * worker) is no stack's. */
	job = js("{" STREAMING ", "
		 "'worker_type': 'G.025X', 'number_of_workers': 3, 'max_capacity': 0.75}");
	strbuf_reset(&err);
	aws_constraints_warn("aws.glue.job", job, NULL, job, collect, &err);
	assert_string_equal(err.buf, "");
	json_decref(job);
	strbuf_release(&err);

	/* A tier is judged against the parameter's now: a standard one, or a
	 * new one, may be Standard. */
	job = js("{'name': '/lake/big', 'tier': 'Standard'}");
	other = js("{'name': '/lake/big', 'tier': 'Advanced', 'value': 'x'}");
	assert_int_equal(aws_constraints_check("aws.ssm.parameter", job, NULL, NULL, NULL, &err), 0);
	assert_int_equal(aws_constraints_check("aws.ssm.parameter", other, NULL, job, NULL, &err),
			 0);
	json_decref(job);
	json_decref(other);

	/* An application's image is required of the create only. */
	job = js("{'release_label': 'emr-7.0.0', 'application_type': 'SPARK', "
		 "'image_configuration': {}}");
	assert_int_equal(aws_constraints_check("aws.emrserverless.application", job, NULL, job, NULL,
					       &err), 0);
	assert_int_equal(aws_constraints_check("awscc.emrserverless.application", job, NULL, job,
					       NULL, &err), 0);
	assert_int_equal(aws_constraints_check("awscc.emrserverless.application", job, NULL, NULL,
					       NULL, &err), -1);
	json_decref(job);
	strbuf_release(&err);
}

/* The written rules the sentences made grow. */
static void test_written_rules(void **state)
{
	(void)state;
	static const char *const icmp_why[] = { "If the start port is -1 (all ICMP types)" };
	check_table("aws.ec2.security_group", "ingress",
		    "[[{'protocol': 'icmp', 'from_port': -1, 'to_port': -1, 'self': true}, "
		    "{'protocol': 'icmp', 'from_port': -1, 'self': true}, "
		    "{'protocol': 'icmp', 'from_port': 8, 'to_port': 0, 'self': true}]]",
		    "[[{'protocol': 'icmp', 'from_port': -1, 'to_port': 0, 'self': true}]]", icmp_why);
	check_resource("aws.ec2.security_group_rule",
		       "{'security_group_id': 'sg-1', 'direction': 'ingress', 'protocol': 'icmp', "
		       "'from_port': -1, 'to_port': 3, 'cidr_block': '10.0.0.0/8'}",
		       "the end port must be -1 (all ICMP codes)");
	check_resource("aws.ec2.security_group_rule",
		       "{'security_group_id': 'sg-1', 'direction': 'ingress', 'protocol': 'icmp', "
		       "'from_port': 3, 'to_port': -1, 'cidr_block': '10.0.0.0/8'}", NULL);

	static const char *const dimension_why[] = {
		"cannot start with a colon (:)", "a character outside ASCII", "a control character",
		"must include at least one non-whitespace character", "a character outside ASCII",
	};
	check_table("aws.cloudwatch.metric_alarm", "dimensions",
		    "[{'JobName': 'nightly load', 'Stage:Name': 'a:b'}]",
		    "[{':JobName': 'nightly'}, {'Job\\u00e9': 'nightly'}, {'Job\\u0001': 'nightly'}, "
		    "{'JobName': '   '}, {'JobName': 'na\\u00efve'}]", dimension_why);

	static const char *const good_targets[] = {
		"{'arn': 'arn:aws:lambda:eu-west-1:111122223333:function:load', "
		"'input': '{\\'run\\': \\'nightly\\'}'}",
		"{'arn': 'arn:aws:sqs:eu-west-1:111122223333:orders', 'input': 'nightly'}",
		"{'arn': 'arn:aws:scheduler:::aws-sdk:glue:startJobRun', 'input': 'x'}",
		"{'arn': '${fn.arn}', 'input': 'nightly'}",
		"{'arn': 'arn:aws:events:eu-west-1:111122223333:event-bus/orders'}",
	};
	for (size_t i = 0; i < sizeof(good_targets) / sizeof(good_targets[0]); i++) {
		char schedule[512];
		snprintf(schedule, sizeof(schedule), "{'name': 's', 'target': %s}", good_targets[i]);
		check_resource("aws.scheduler.schedule", schedule, NULL);
	}
	check_resource("aws.scheduler.schedule",
		       "{'name': 's', 'target': {'arn': "
		       "'arn:aws:lambda:eu-west-1:111122223333:function:load', 'input': 'nightly'}}",
		       "target.input is not well-formed JSON, which a lambda target takes");
	check_resource("aws.scheduler.schedule",
		       "{'name': 's', 'target': {'arn': "
		       "'arn:aws:states:eu-west-1:111122223333:stateMachine:m', 'input': '{run: 1}'}}",
		       "target.input is not well-formed JSON, which a states target takes");

	/* An EventBridge rule's ECS targets: a public address and a platform
	 * version are Fargate's; a launch type left out passes. */
	check_resource("aws.events.rule",
		       "{'name': 'r', 'schedule_expression': 'rate(1 hour)', 'targets': [{'id': 'a', "
		       "'arn': 'arn:aws:ecs:eu-west-1:111122223333:cluster/c', 'ecs_parameters': "
		       "{'task_definition_arn': 'td', 'network_configuration': {'subnets': ['s'], "
		       "'assign_public_ip': true}}}, {'id': 'b', "
		       "'arn': 'arn:aws:ecs:eu-west-1:111122223333:cluster/c', 'ecs_parameters': "
		       "{'task_definition_arn': 'td', 'launch_type': 'FARGATE', 'platform_version': "
		       "'1.4.0', 'network_configuration': {'subnets': ['s'], "
		       "'assign_public_ip': true}}}]}", NULL);
	check_resource("aws.events.rule",
		       "{'name': 'r', 'schedule_expression': 'rate(1 hour)', 'targets': [{'id': 'a', "
		       "'arn': 'arn:aws:ecs:eu-west-1:111122223333:cluster/c', 'ecs_parameters': "
		       "{'task_definition_arn': 'td', 'launch_type': 'EC2', 'network_configuration': "
		       "{'subnets': ['s'], 'assign_public_ip': true}}}]}",
		       "targets[0].ecs_parameters.network_configuration.assign_public_ip: true with "
		       "launch_type \"EC2\": AWS says \"You can specify ENABLED only when LaunchType");
	check_resource("aws.events.rule",
		       "{'name': 'r', 'schedule_expression': 'rate(1 hour)', 'targets': [{'id': 'a', "
		       "'arn': 'arn:aws:ecs:eu-west-1:111122223333:cluster/c', 'ecs_parameters': "
		       "{'task_definition_arn': 'td', 'launch_type': 'EXTERNAL', 'platform_version': "
		       "'1.4.0'}}]}",
		       "targets[0].ecs_parameters.platform_version: set with launch_type \"EXTERNAL\": "
		       "AWS says \"This structure is used only if LaunchType is FARGATE.\"");

	/* The awscc rule's input paths: no key of AWS., each value a JSON path;
	 * a global endpoint's buses of one name. */
	check_resource("awscc.events.rule",
		       CC_TARGET("'input_transformer': {'input_paths_map': {'AWS.id': '$.id'}, "
				 "'input_template': '<AWS.id>'}"),
		       "targets[0].input_transformer.input_paths_map: key \"AWS.id\" begins with "
		       "AWS.");
	check_resource("awscc.events.rule",
		       CC_TARGET("'input_transformer': {'input_paths_map': {'id': 'detail.id'}, "
				 "'input_template': '<id>'}"),
		       "targets[0].input_transformer.input_paths_map: id: \"detail.id\" is no "
		       "JSON path");
	check_resource("awscc.events.rule",
		       CC_TARGET("'input_transformer': {'input_paths_map': {'id': '$.detail.id', "
				 "'at': '${var.path}'}, 'input_template': '<id>'}"), NULL);
	check_resource("awscc.events.endpoint",
		       "{'name': 'e', 'role_arn': 'arn:aws:iam::111122223333:role/r', 'event_buses': "
		       "[{'event_bus_arn': 'arn:aws:events:eu-west-1:111122223333:event-bus/orders'}, "
		       "{'event_bus_arn': 'arn:aws:events:eu-west-2:111122223333:event-bus/order'}], "
		       "'routing_config': {'failover_config': {'primary': {'health_check': "
		       "'arn:aws:route53:::healthcheck/abc'}, 'secondary': {'route': 'eu-west-2'}}}}",
		       "event_buses: buses \"orders\" and \"order\": AWS says \"The names of the "
		       "event buses must be identical in each Region.\"");
	check_resource("awscc.events.endpoint",
		       ENDPOINT("", ", 'role_arn': 'arn:aws:iam::111122223333:role/r'"), NULL);

	/* A parameter's value wholly wrapped in double brackets, on both types;
	 * the value (a SecureString's secret) never quoted. */
	check_resource("aws.ssm.parameter",
		       "{'name': '/lake/key', 'parameter_type': 'SecureString', 'value': "
		       "'{{ssm:s3cret}}'}",
		       "the value is wrapped in double brackets");
	check_resource("awscc.ssm.parameter",
		       "{'name': '/lake/key', 'parameter_type': 'String', 'value': '{{}}'}",
		       "the value is wrapped in double brackets");
	/* a reference to another parameter anywhere in it: nested */
	check_resource("aws.ssm.parameter",
		       "{'name': '/lake/dsn', 'value': 'postgresql://{{ssm:/lake/host}}:5439/marts'}",
		       "the value holds a reference to another parameter");
	check_resource("awscc.ssm.parameter",
		       "{'name': '/lake/dsn', 'type': 'String', 'value': 'x{{ssm-secure:/lake/pw}}'}",
		       "the value holds a reference to another parameter");
	check_resource("aws.ssm.parameter", "{'name': '/lake/key', 'value': 'a {{ssm:b'}", NULL);
	check_resource("aws.ssm.parameter", "{'name': '/lake/key', 'value': 'a {{b}}'}", NULL);
	check_resource("aws.ssm.parameter", "{'name': '/lake/key', 'value': '{{b}} a'}", NULL);
	check_resource("awscc.ssm.parameter", "{'name': '/lake/key', 'value': '{}'}", NULL);
	check_resource("aws.ssm.parameter", "{'name': '/lake/key', 'value': '${var.v}'}", NULL);
	/* a resource data sync's key of its bucket's region (written); a
	 * maintenance window task's parameters, names and values 1 to 255 */
	check_resource("awscc.ssm.resource_data_sync",
		       "{'sync_name': 'inventory', 's3_destination': {'bucket_name': 'lake-inv', "
		       "'bucket_region': 'eu-west-1', 'sync_format': 'JsonSerDe', 'kms_key_arn': "
		       "'arn:aws:kms:us-east-1:111122223333:key/1a2b'}}",
		       "s3_destination.kms_key_arn: the key is of region us-east-1, the bucket of "
		       "eu-west-1");
	check_resource("awscc.ssm.resource_data_sync",
		       "{'sync_name': 'inventory', 'bucket_name': 'lake-inv', 'bucket_region': "
		       "'eu-west-2', 'sync_format': 'JsonSerDe', 'kms_key_arn': "
		       "'arn:aws:kms:eu-west-1:111122223333:key/1a2b'}",
		       "kms_key_arn: the key is of region eu-west-1, the bucket of eu-west-2");
	check_resource("awscc.ssm.resource_data_sync",
		       "{'sync_name': 'inventory', 's3_destination': {'bucket_name': 'lake-inv', "
		       "'bucket_region': 'eu-west-1', 'sync_format': 'JsonSerDe', 'kms_key_arn': "
		       "'arn:aws:kms:eu-west-1:111122223333:key/1a2b'}}", NULL);
	check_resource("awscc.ssm.resource_data_sync",
		       "{'sync_name': 'inventory', 's3_destination': {'bucket_name': 'lake-inv', "
		       "'bucket_region': 'eu-west-1', 'sync_format': 'JsonSerDe', 'kms_key_arn': "
		       "'${key.arn}'}}", NULL);
#define MW_PARAMS(P) "{'window_id': 'mw-0123456789abcdef0', 'task_arn': 'AWS-RunShellScript', " \
	"'priority': 1, 'task_type': 'AUTOMATION', 'task_parameters': " P "}"
	check_resource("awscc.ssm.maintenance_window_task",
		       MW_PARAMS("{'commands': {'Values': ['echo a', '']}}"),
		       "commands's value 1 has 0 characters: AWS says \"Value: an array of "
		       "strings");
	check_resource("awscc.ssm.maintenance_window_task",
		       MW_PARAMS("{'': {'Values': ['echo a']}}"),
		       "a parameter's name has 0 characters: AWS says \"Key: string, between 1 and "
		       "255 characters\"");
	check_resource("awscc.ssm.maintenance_window_task",
		       MW_PARAMS("{'commands': {'Values': ['echo a', 'echo b']}}"), NULL);
#undef MW_PARAMS
	{
		struct strbuf err = STRBUF_INIT;
		json_t *p = js("{'name': '/lake/key', 'parameter_type': 'SecureString', 'value': "
			       "'{{ssm:s3cret}}'}");
		assert_int_equal(aws_constraints_check("aws.ssm.parameter", p, NULL, NULL, NULL, &err),
				 -1);
		assert_null(strstr(err.buf, "s3cret"));
		json_decref(p);
		strbuf_release(&err);
	}

	check_resource("aws.glue.trigger",
		       "{'name': 't', 'actions': [{'job_name': 'j', 'timeout': 10081}]}", "10080");
	check_resource("aws.glue.trigger",
		       "{'name': 't', 'actions': [{'job_name': 'j', 'timeout': 10080}]}", NULL);

	/* An awscc type's tag list: no key begins with aws: (in any case). */
	static const char *const tag_types[] = {
		"awscc.cloudwatch.alarm_mute_rule", "awscc.glue.integration",
		"awscc.glue.integration_resource_property", "awscc.iam.oidc_provider",
		"awscc.iam.saml_provider", "awscc.iam.server_certificate",
		"awscc.iam.virtual_mfa_device",
	};
	for (size_t i = 0; i < sizeof(tag_types) / sizeof(tag_types[0]); i++) {
		check_resource(tag_types[i],
			       "{'tags': [{'key': 'team', 'value': 'lake'}, {'key': 'AWS:team', "
			       "'value': 'lake'}]}",
			       "[1].key \"AWS:team\": AWS says a tag key \"cannot be prefixed with "
			       "aws:\"");
		check_resource(tag_types[i],
			       "{'tags': [{'key': 'team', 'value': 'aws:lake'}, {'key': 'acme:aws', "
			       "'value': 'x'}, {'key': '${var.key}', 'value': 'x'}]}", NULL);
	}

	/* An awscc topic's name and content-based deduplication, as the
	 * written topic's. */
	check_resource("awscc.sns.topic", "{'topic_name': 'alerts', 'fifo_topic': true}", ".fifo");
	check_resource("awscc.sns.topic", "{'topic_name': 'alerts.fifo', 'fifo_topic': true, "
		       "'content_based_deduplication': true}", NULL);
	check_resource("awscc.sns.topic", "{'topic_name': 'alert s'}", "alert s");
	check_resource("awscc.sns.topic", "{'topic_name': 'alerts', "
		       "'content_based_deduplication': true}", "only a FIFO topic deduplicates");
	check_resource("awscc.sns.topic", "{'topic_name': 'alerts'}", NULL);

	/* An awscc alarm's period and M out of N, a schedule's templated
	 * input, as the written ones'. */
	check_resource("awscc.cloudwatch.alarm", "{'metrics': [], 'period': 45}",
		       "a period of 45 seconds");
	check_resource("awscc.cloudwatch.alarm", "{'metrics': [], 'period': 300, "
		       "'evaluation_periods': 1, 'datapoints_to_alarm': 3}",
		       "3 datapoints to alarm of 1 evaluation periods");
	check_resource("awscc.cloudwatch.alarm", "{'metric_name': 'Errors', 'namespace': "
		       "'AWS/Lambda', 'period': 30, 'evaluation_periods': 3, "
		       "'datapoints_to_alarm': 2, 'statistic': 'Sum'}", NULL);
	/* An awscc alarm's metrics: exactly one returns data (return_data
	 * left out is true). */
	check_resource("awscc.cloudwatch.alarm", "{'metrics': [{'id': 'e1', 'expression': "
		       "'SUM(METRICS())'}, {'id': 'm1', 'metric_stat': {'metric': {'metric_name': "
		       "'Errors', 'namespace': 'AWS/Lambda'}, 'period': 60, 'stat': 'Sum'}}]}",
		       "2 of the 2 metrics return data, where exactly one must");
	check_resource("awscc.cloudwatch.alarm", "{'metrics': [{'id': 'e1', 'expression': "
		       "'SUM(METRICS())', 'return_data': false}, {'id': 'm1', 'metric_stat': "
		       "{'metric': {'metric_name': 'Errors', 'namespace': 'AWS/Lambda'}, 'period': "
		       "60, 'stat': 'Sum'}, 'return_data': 'false'}]}",
		       "0 of the 2 metrics return data");
	check_resource("awscc.cloudwatch.alarm", "{'metrics': [{'id': 'e1', 'expression': "
		       "'SUM(METRICS())'}, {'id': 'm1', 'metric_stat': {'metric': {'metric_name': "
		       "'Errors', 'namespace': 'AWS/Lambda'}, 'period': 60, 'stat': 'Sum'}, "
		       "'return_data': false}]}", NULL);
	check_resource("awscc.cloudwatch.alarm", "{'threshold_metric_id': 'ad1', 'metrics': "
		       "[{'id': 'ad1', 'expression': 'ANOMALY_DETECTION_BAND(m1, 2)'}, {'id': 'm1', "
		       "'metric_stat': {'metric': {'metric_name': 'Invocations', 'namespace': "
		       "'AWS/Lambda'}, 'period': 300, 'stat': 'Sum'}}]}", NULL);
	check_resource("awscc.cloudwatch.alarm", "{'metrics': [{'id': 'e1', 'expression': "
		       "'SUM(METRICS())', 'return_data': '${var.on}'}, {'id': 'm1', 'metric_stat': "
		       "{'metric': {'metric_name': 'Errors', 'namespace': 'AWS/Lambda'}, 'period': "
		       "60, 'stat': 'Sum'}}]}", NULL);
	check_resource("awscc.scheduler.schedule",
		       "{'target': {'arn': 'arn:aws:lambda:eu-west-1:111122223333:function:load', "
		       "'input': 'nightly'}}", "target.input is not well-formed JSON");
	check_resource("awscc.scheduler.schedule",
		       "{'target': {'arn': 'arn:aws:sqs:eu-west-1:111122223333:orders', "
		       "'input': 'nightly'}}", NULL);

	/* An awscc IAM type's path: a slash alone, or one at each end (the
	 * registry's pattern lets "/service" through). */
	static const char *const path_types[] = { "awscc.iam.role", "awscc.iam.user",
						  "awscc.iam.group", "awscc.iam.instance_profile" };
	for (size_t i = 0; i < sizeof(path_types) / sizeof(path_types[0]); i++) {
		check_resource(path_types[i], "{'path': '/service'}",
			       "\"/service\" is neither a forward slash alone nor a string that "
			       "begins and ends with one");
		check_resource(path_types[i], "{'path': 'service/'}", "service/");
		check_resource(path_types[i], "{'path': '/'}", NULL);
		check_resource(path_types[i], "{'path': '/teams/lake/'}", NULL);
		check_resource(path_types[i], "{'path': '${var.path}'}", NULL);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rows_refuse_and_twins_pass),
		cmocka_unit_test(test_cfn_rows_refuse_and_twins_pass),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_unknown_passes),
		cmocka_unit_test(test_create_and_update),
		cmocka_unit_test(test_written_rules),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
