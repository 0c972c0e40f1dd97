/*
 * test_words_awscc_only.c: the words rows (AWS_SAYS, checks/words.c) on the
 * awscc types of the services terrace's own code does not call, the
 * census's third scope (apigateway/, apigatewayv2/, connect/,
 * elasticache/, iot/, lightsail/, networkmanager/, personalize/ and
 * sagemaker/rules.c; the ledgers checks/words/apigateway.words,
 * apigatewayv2.words, connect.words, elasticache.words, iot.words,
 * lightsail.words, networkmanager.words, personalize.words,
 * sagemaker.words), each through
 * aws_constraints_check: a resource it refuses, whose message names the
 * attribute, quotes AWS's sentence and names its document, and its passing
 * twin; every such row has a case here. And what the rows leave alone: a
 * value not known yet, API Gateway's other request id in an access log's
 * format, the root and every resource as a method setting's path; and the
 * written rules the ledgers name: an evaluation form's ref ids, a topic
 * rule's HTTP confirmation URL, the tag keys' aws: on the Connect, IoT and
 * SageMaker types whose registry pattern does not hold it, a WebSocket
 * integration response's response parameters, ElastiCache's zones one per
 * node, a SageMaker model's environment maps' bytes (a cluster's EBS
 * volumes and NOT_OLDER: test_words_third_scope.c).
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

#define STAGE(MORE) "{'rest_api_id': 'a1b2c3d4e5', 'stage_name': 'prod', " MORE "}"
#define DEPLOYMENT(MORE) "{'rest_api_id': 'a1b2c3d4e5', " MORE "}"
#define FIREHOSE "arn:aws:firehose:us-east-1:123456789012:deliverystream/"
#define LOG_FORMAT(F) "'access_log_setting': {'destination_arn': " \
	"'arn:aws:logs:us-east-1:123456789012:log-group:api', 'format': '" F "'}"

#define INSTANCE "arn:aws:connect:us-east-1:123456789012:instance/0a1b2c3d"
#define ARN_OF(KIND) "'" INSTANCE "/" KIND "/1a2b3c4d'"
#define FORM(ITEMS) "{'instance_arn': '" INSTANCE "', 'status': 'DRAFT', 'items': [" ITEMS "]}"
#define SECTION(REF, ITEMS) "{'section': {'ref_id': '" REF "', 'title': 'Greeting'" ITEMS "}}"
#define QUESTION(REF, MORE) "{'question': {'ref_id': '" REF "', 'title': 'Polite?', " \
	"'question_type': 'SINGLESELECT'" MORE "}}"
#define OPTIONS(A, B) ", 'question_type_properties': {'single_select': {'options': [" \
	"{'ref_id': '" A "', 'text': 'yes'}, {'ref_id': '" B "', 'text': 'no'}]}}"
#define QUICK(TYPE, MORE) "{'instance_arn': '" INSTANCE "', 'name': 'desk', " \
	"'quick_connect_config': {'quick_connect_type': '" TYPE "'" MORE "}}"
#define RULE_OF(SOURCE, MORE) "{'instance_arn': '" INSTANCE "', 'name': 'tickets', " \
	"'function': '{}', 'publish_status': 'DRAFT', 'trigger_event_source': " \
	"{'event_source_name': '" SOURCE "'" MORE "}, 'actions': {" TASK "}}"
#define TASK "'task_actions': [{'name': 'follow up', 'contact_flow_arn': " \
	ARN_OF("contact-flow") "}]"
#define RULE_NAMED(NAME, SOURCE, MORE) "{'instance_arn': '" INSTANCE "', 'name': '" NAME "', " \
	"'function': '{}', 'publish_status': 'DRAFT', 'trigger_event_source': " \
	"{'event_source_name': '" SOURCE "'" MORE "}, 'actions': {" TASK "}}"
#define ZENDESK_ASSOCIATION ", 'integration_association_arn': " ARN_OF("integration-association")
#define PROFILE(MORE) "{'instance_arn': '" INSTANCE "', 'name': 'agents', " \
	"'description': 'agents', 'default_outbound_queue_arn': " ARN_OF("queue") ", " MORE "}"
#define QUEUE_CONFIG "{'delay': 0, 'priority': 1, 'queue_reference': {'channel': 'VOICE', " \
	"'queue_arn': " ARN_OF("queue") "}}"
#define QUEUES_10 QUEUE_CONFIG ", " QUEUE_CONFIG ", " QUEUE_CONFIG ", " QUEUE_CONFIG ", " \
	QUEUE_CONFIG ", " QUEUE_CONFIG ", " QUEUE_CONFIG ", " QUEUE_CONFIG ", " QUEUE_CONFIG ", " \
	QUEUE_CONFIG
#define HOURS(PATTERN) "{'instance_arn': '" INSTANCE "', 'name': 'support', " \
	"'time_zone': 'UTC', 'config': [], 'hours_of_operation_overrides': [{" \
	"'override_name': 'holidays', 'effective_from': '2026-12-01', 'effective_till': " \
	"'2027-12-01', 'override_config': [], 'recurrence_config': {'recurrence_pattern': " \
	"{" PATTERN "}}}]}"
#define USER(MORE) "{'instance_arn': '" INSTANCE "', 'username': 'ana', " \
	"'routing_profile_arn': " ARN_OF("routing-profile") ", 'security_profile_arns': [" \
	ARN_OF("security-profile") "]" MORE "}"
#define ATTRIBUTE(VALIDATION) "{'instance_arn': '" INSTANCE "', 'name': 'tier', " \
	"'value_type': 'NUMBER', 'validation': {" VALIDATION "}}"

/* An IoT topic rule of one action (and an error action). */
#define TOPIC_RULE(ACTION) "{'topic_rule_payload': {'sql': 'SELECT * FROM \\'t\\'', " \
	"'actions': [" ACTION "]}}"
#define TOPIC_RULE_ERROR(ACTION, ERROR) "{'topic_rule_payload': {'sql': 'SELECT * FROM " \
	"\\'t\\'', 'actions': [" ACTION "], 'error_action': " ERROR "}}"
#define REPUBLISH(HEADERS) "{'republish': {'topic': 'out', 'role_arn': " \
	"'arn:aws:iam::123456789012:role/iot', 'headers': {" HEADERS "}}}"
#define TIMESTREAM(DIMENSION, UNIT) "{'timestream': {'database_name': 'db', 'table_name': 't', " \
	"'role_arn': 'arn:aws:iam::123456789012:role/iot', 'dimensions': [{'name': '" DIMENSION \
	"', 'value': 'x'}], 'timestamp': {'value': '${timestamp()}', 'unit': '" UNIT "'}}}"
#define SITEWISE(ENTRY) "{'iot_site_wise': {'role_arn': 'arn:aws:iam::123456789012:role/iot', " \
	"'put_asset_property_value_entries': [{" ENTRY "}]}}"
#define VALUES(QUALITY) "'property_values': [{'value': {'double_value': '1'}, 'timestamp': " \
	"{'time_in_seconds': '1'}, 'quality': '" QUALITY "'}]"
#define EVENTS(MORE) "{'iot_events': {'input_name': 'in', 'role_arn': " \
	"'arn:aws:iam::123456789012:role/iot'" MORE "}}"
#define HTTP(URL, MORE) "{'http': {'url': '" URL "'" MORE "}}"
#define ACM_ARN(REGION) "arn:aws:acm:" REGION ":123456789012:certificate/1a2b3c4d"

/* API Gateway V2: an HTTP or WebSocket API, its authorizers, domain names,
 * integrations, routes, routing rules and stages. */
#define API2(MORE) "{'name': 'orders', " MORE "}"
#define AUTH2(MORE) "{'api_id': 'a1b2c3', 'name': 'auth', " MORE "}"
#define LAMBDA_URI "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/" \
	"arn:aws:lambda:us-east-1:123456789012:function:auth/invocations"
#define DOMAIN2(CONFIG) "{'domain_name': 'api.example.com', 'domain_name_configurations': " \
	"[{" CONFIG "}]}"
#define INTEGRATION2(TYPE, MORE) "{'api_id': 'a1b2c3', 'integration_type': '" TYPE "'" MORE "}"
#define ROUTE2(MORE) "{'api_id': 'a1b2c3', 'route_key': 'GET /orders', " MORE "}"
#define ROUTING_RULE(GLOB) "{'domain_name_arn': " \
	"'arn:aws:apigateway:us-east-1::/domainnames/api.example.com', 'priority': 10, " \
	"'actions': [{'invoke_api': {'api_id': 'a1b2c3', 'stage': 'prod'}}], 'conditions': " \
	"[{'match_headers': {'any_of': [{'header': 'x-version', 'value_glob': '" GLOB "'}]}}]}"
#define STAGE2(MORE) "{'api_id': 'a1b2c3', 'stage_name': 'prod', " MORE "}"
#define NAME_129 "s123456789s123456789s123456789s123456789s123456789s123456789" \
	"s123456789s123456789s123456789s123456789s123456789s123456789s12345678"

/* ElastiCache: cache clusters, replication groups, serverless caches,
 * parameter and subnet groups. */
#define CACHE_OF(ENGINE, NODES, MORE) "{'cache_node_type': 'cache.t3.micro', 'engine': '" \
	ENGINE "', 'num_cache_nodes': " NODES MORE "}"
#define GROUP(MORE) "{'replication_group_description': 'orders'" MORE "}"
#define SERVERLESS(MORE) "{'engine': 'valkey', 'serverless_cache_name': 'orders'" MORE "}"
#define TEXT_64 "abcdefghijklmnopabcdefghijklmnopabcdefghijklmnopabcdefghijklmnop"
#define TEXT_256 TEXT_64 TEXT_64 TEXT_64 TEXT_64
#define LOGS(TYPE, DETAILS) ", 'log_delivery_configurations': [{'destination_type': '" TYPE \
	"', 'log_format': 'json', 'log_type': 'slow-log', 'destination_details': {" DETAILS "}}]"
#define TO_LOGS "'cloudwatch_logs_details': {'log_group': 'cache-logs'}"
#define TO_FIREHOSE "'kinesis_firehose_details': {'delivery_stream': 'cache-logs'}"

/* Lightsail: alarms, buckets, certificates, container services, databases
 * and their snapshots, distributions, instances, load balancers. */
#define LS_ALARM(MORE) "{'alarm_name': 'cpu', 'comparison_operator': 'GreaterThanThreshold', " \
	"'metric_name': 'CPUUtilization', 'monitored_resource_name': 'web', 'threshold': 80, " \
	"'evaluation_periods': " MORE "}"
#define LS_DB(BLUEPRINT, MORE) "{'relational_database_name': 'orders-db', " \
	"'relational_database_blueprint_id': '" BLUEPRINT "', 'relational_database_bundle_id': " \
	"'micro_2_0', 'master_database_name': 'orders', 'master_username': 'dbadmin'" MORE "}"
#define LS_HEALTH(CHECK) "{'service_name': 'web', 'power': 'nano', 'scale': 1, " \
	"'container_service_deployment': {'public_endpoint': {'container_name': 'app', " \
	"'container_port': 80, 'health_check_config': {" CHECK "}}}}"
#define LS_INSTANCE(PORT) "{'instance_name': 'web', 'blueprint_id': 'amazon_linux_2023', " \
	"'bundle_id': 'nano_3_0', 'networking': {'ports': [" PORT "]}}"
#define LS_DISTRIBUTION(MIN_TTL) "{'distribution_name': 'cdn', 'bundle_id': 'small_1_0', " \
	"'default_cache_behavior': {'behavior': 'cache'}, 'origin': {'name': 'web', " \
	"'region_name': 'us-east-1'}, 'cache_behavior_settings': {'forwarded_headers': " \
	"{'option': 'all'}, 'minimum_ttl': " MIN_TTL "}}"
#define LS_BUCKET(MORE) "{'bucket_name': 'orders-files', 'bundle_id': 'small_1_0'" MORE "}"
#define TEN_NAMES "'a.example.com', 'b.example.com', 'c.example.com', 'd.example.com', " \
	"'e.example.com', 'f.example.com', 'g.example.com', 'h.example.com', 'i.example.com', " \
	"'j.example.com'"

/* Network Manager: a link of a site, a global network's tags. */
#define NM_LINK(MORE) "{'global_network_id': 'global-network-0a1b2c3d4e5f67890', " \
	"'site_id': 'site-0a1b2c3d4e5f67890', 'bandwidth': {'download_speed': 50}, " MORE "}"
#define NM_NETWORK(KEY, VALUE) "{'description': 'core', 'tags': [{'key': '" KEY "', " \
	"'value': '" VALUE "'}]}"
#define X128 X100 X10 X10 "xxxxxxxx"
#define X256 X100 X100 X10 X10 X10 X10 X10 "xxxxxx"
/* Personalize: a dataset group, a solution. */
#define PZ_GROUP "arn:aws:personalize:us-east-1:123456789012:dataset-group/shop"
#define PZ_RECIPE "arn:aws:personalize:::recipe/aws-user-personalization"
#define PZ_SOLUTION(MORE) "{'name': 'shop', 'dataset_group_arn': '" PZ_GROUP "'" MORE "}"
#define PZ_HPO(JOBS) PZ_SOLUTION(", 'recipe_arn': '" PZ_RECIPE "', 'perform_hpo': true, " \
	"'solution_config': {'hpo_config': {'hpo_resource_config': {" JOBS "}}}")

/* SageMaker: feature groups, models, endpoints, domains and user profiles,
 * spaces, clusters, model packages, processing jobs, monitoring schedules,
 * lifecycle configurations. */
#define SM_FEATURES(DEFS, MORE) "{'feature_group_name': 'orders', " \
	"'record_identifier_feature_name': 'id', 'event_time_feature_name': 'ts', " \
	"'feature_definitions': [{'feature_name': 'id', 'feature_type': 'String'}, " \
	"{'feature_name': 'ts', 'feature_type': 'String'}" DEFS "]" MORE "}"
#define SM_IMAGE_OF(REGION) "'123456789012.dkr.ecr." REGION ".amazonaws.com/infer:1'"
#define SM_IMAGE SM_IMAGE_OF("us-east-1")
#define SM_MODEL(MORE) "{'execution_role_arn': 'arn:aws:iam::123456789012:role/sm', " MORE "}"
#define SM_ROLLING(TYPE, VALUE) "{'endpoint_config_name': 'web', 'deployment_config': " \
	"{'rolling_update_policy': {'wait_interval_in_seconds': 60, 'maximum_batch_size': " \
	"{'type': '" TYPE "', 'value': " VALUE "}}}}"
#define SM_ROUTING(WHICH, TYPE, VALUE) "{'endpoint_config_name': 'web', 'deployment_config': " \
	"{'blue_green_update_policy': {'traffic_routing_configuration': {'type': 'CANARY', '" \
	WHICH "': {'type': '" TYPE "', 'value': " VALUE "}}}}}"
#define SM_ROLE "arn:aws:iam::123456789012:role/sm"
#define SM_DOMAIN(MORE) "{'domain_name': 'studio', 'auth_mode': 'IAM', 'vpc_id': 'vpc-1', " \
	"'subnet_ids': ['subnet-1'], 'default_user_settings': {'execution_role': '" SM_ROLE \
	"'" MORE "}"
#define SM_RSTUDIO ", 'domain_settings': {'r_studio_server_pro_domain_settings': " \
	"{'domain_execution_role_arn': '" SM_ROLE "'}}"
#define SM_USER(SETTINGS) "{'domain_id': 'd-abc123', 'user_profile_name': 'ana', " \
	"'user_settings': {" SETTINGS "}}"
#define SM_EBS(DEFAULT, MAX) "'space_storage_settings': {'default_ebs_storage_settings': " \
	"{'default_ebs_volume_size_in_gb': " DEFAULT ", 'maximum_ebs_volume_size_in_gb': " MAX "}}"
#define SM_GROUP(NAME, MIN, COUNT) "{'instance_group_name': '" NAME "', 'instance_type': " \
	"'ml.c5.2xlarge', 'execution_role': '" SM_ROLE "', 'instance_count': " COUNT \
	", 'min_instance_count': " MIN "}"
#define SM_CLUSTER(MORE) "{'cluster_name': 'hp', " MORE "}"
#define SM_PACKAGE(MORE) "{" MORE "}"
#define SM_INFERENCE(MORE) "'inference_specification': {'containers': [{'image': " \
	SM_IMAGE "}], 'supported_content_types': ['text/csv'], 'supported_response_mime_types': " \
	"['text/csv']" MORE "}"
#define SM_TYPES ", 'supported_realtime_inference_instance_types': ['ml.m5.large'], " \
	"'supported_transform_instance_types': ['ml.m5.large']"
#define SM_ADDITIONAL(NAME) "{'name': '" NAME "', 'containers': [{'image': " SM_IMAGE "}]}"
#define SM_PROFILE(COUNT) "'validation_specification': {'validation_role': '" SM_ROLE "', " \
	"'validation_profiles': [{'profile_name': 'p', 'transform_job_definition': " \
	"{'transform_input': {'data_source': {'s3_data_source': {'s3_data_type': 'S3Prefix', " \
	"'s3_uri': 's3://b/in'}}}, 'transform_output': {'s3_output_path': 's3://b/out'}, " \
	"'transform_resources': {'instance_type': 'ml.m5.large', 'instance_count': " COUNT "}}}]}"
#define SM_PROCESSING(INPUTS, OUTPUTS) "{'role_arn': '" SM_ROLE "', 'app_specification': " \
	"{'image_uri': " SM_IMAGE "}, 'processing_resources': {'cluster_config': " \
	"{'instance_count': 1, 'instance_type': 'ml.m5.large', 'volume_size_in_gb': 30}}, " \
	"'processing_inputs': [" INPUTS "], 'processing_output_config': {'outputs': [" \
	OUTPUTS "]}}"
#define SM_S3_INPUT(MORE) "{'input_name': 'in', 's3_input': {'s3_uri': 's3://b/in', " \
	"'s3_data_type': 'S3Prefix', 'local_path': '/opt/ml/processing/in'" MORE "}}"
#define SM_S3_OUTPUT "{'output_name': 'out', 's3_output': {'s3_uri': 's3://b/out', " \
	"'local_path': '/opt/ml/processing/out', 's3_upload_mode': 'EndOfJob'}}"
#define SM_ATHENA "'athena_dataset_definition': {'catalog': 'c', 'database': 'd', " \
	"'query_string': 'SELECT 1', 'output_s3_uri': 's3://b/q', 'output_format': 'PARQUET'}"
#define SM_REDSHIFT "'redshift_dataset_definition': {'cluster_id': 'r', 'database': 'd', " \
	"'db_user': 'u', 'query_string': 'SELECT 1', 'cluster_role_arn': '" SM_ROLE "', " \
	"'output_s3_uri': 's3://b/r', 'output_format': 'PARQUET'}"
#define SM_PARTNER(VERSION) "{'name': 'guard', 'partner_app_type': 'lakera-guard', " \
	"'auth_type': 'IAM', 'tier': 'small', 'execution_role_arn': '" SM_ROLE "', " \
	"'app_version': '" VERSION "'}"
#define SM_MONITOR(MORE) "{'monitoring_schedule_name': 'drift', 'monitoring_schedule_config': " \
	"{'monitoring_job_definition_name': 'd', 'monitoring_type': 'DataQuality', " \
	"'schedule_config': {'schedule_expression': 'NOW'" MORE "}}}"

static const struct words_case cases[] = {
	{ "apigateway.cfn_stage_description_needs_stage_name", "awscc.apigateway.deployment",
	  "stage_name", DEPLOYMENT("'stage_description': {'description': 'v2'}"), NULL,
	  DEPLOYMENT("'stage_description': {'description': 'v2'}, 'stage_name': 'prod'"), NULL },
	{ "apigateway.cfn_rest_api_mode", "awscc.apigateway.rest_api", "mode",
	  "{'name': 'orders', 'body': {'openapi': '3.0.1'}, 'mode': 'replace'}", NULL,
	  "{'name': 'orders', 'body': {'openapi': '3.0.1'}, 'mode': 'merge'}", NULL },
	{ "apigateway.cfn_rest_api_name_without_openapi", "awscc.apigateway.rest_api", "name",
	  "{'description': 'orders API'}", NULL,
	  "{'body_s3_location': {'bucket': 'specs', 'key': 'orders.yaml'}}", NULL },
	{ "apigateway.cfn_method_setting_path_and_method", "awscc.apigateway.stage",
	  "method_settings[1].http_method",
	  STAGE("'method_settings': [{'resource_path': '/*', 'http_method': '*', "
		"'metrics_enabled': true}, {'resource_path': '/~1orders', "
		"'throttling_rate_limit': 10}]"), NULL,
	  STAGE("'method_settings': [{'resource_path': '/*', 'http_method': '*', "
		"'metrics_enabled': true}, {'resource_path': '/~1orders', 'http_method': 'GET', "
		"'throttling_rate_limit': 10}]"), NULL },
	{ "apigateway.cfn_stage_method_path_encoded", "awscc.apigateway.stage",
	  "method_settings[0].resource_path",
	  STAGE("'method_settings': [{'resource_path': '/orders/items', 'http_method': 'GET'}]"),
	  NULL,
	  STAGE("'method_settings': [{'resource_path': '/~1orders~1items', 'http_method': 'GET'}]"),
	  NULL },
	{ "apigateway.cfn_deployment_method_path_encoded", "awscc.apigateway.deployment",
	  "stage_description.method_settings[0].resource_path",
	  DEPLOYMENT("'stage_name': 'prod', 'stage_description': {'method_settings': "
		     "[{'resource_path': '/orders/items', 'http_method': 'GET'}]}"), NULL,
	  DEPLOYMENT("'stage_name': 'prod', 'stage_description': {'method_settings': "
		     "[{'resource_path': '/~1orders~1items', 'http_method': 'GET'}]}"), NULL },
	{ "apigateway.cfn_firehose_log_stream_prefix", "awscc.apigateway.stage",
	  "access_log_setting.destination_arn",
	  STAGE("'access_log_setting': {'destination_arn': '" FIREHOSE "api-logs', "
		"'format': '$context.requestId'}"), NULL,
	  STAGE("'access_log_setting': {'destination_arn': '" FIREHOSE "amazon-apigateway-logs', "
		"'format': '$context.requestId'}"), NULL },
	{ "apigateway.cfn_access_log_format_request_id", "awscc.apigateway.stage",
	  "access_log_setting.format", STAGE(LOG_FORMAT("$context.identity.sourceIp $context.status")),
	  NULL, STAGE(LOG_FORMAT("$context.requestId $context.status")), NULL },
	/* API Gateway V2 */
	{ "apigatewayv2.cfn_api_protocol_type", "awscc.apigatewayv2.api", "protocol_type",
	  API2("'protocol_type': 'REST'"), NULL, API2("'protocol_type': 'HTTP'"), NULL },
	{ "apigatewayv2.cfn_api_base_path", "awscc.apigatewayv2.api", "base_path",
	  API2("'body': {'openapi': '3.0.1'}, 'base_path': 'strip'"), NULL,
	  API2("'body': {'openapi': '3.0.1'}, 'base_path': 'split'"), NULL },
	{ "apigatewayv2.cfn_api_body_s3_location", "awscc.apigatewayv2.api", "body_s3_location.key",
	  "{'body_s3_location': {'bucket': 'specs'}}", NULL,
	  "{'body_s3_location': {'bucket': 'specs', 'key': 'orders.yaml'}}", NULL },
	{ "apigatewayv2.cfn_websocket_route_selection", "awscc.apigatewayv2.api",
	  "route_selection_expression", API2("'protocol_type': 'WEBSOCKET'"), NULL,
	  API2("'protocol_type': 'WEBSOCKET', 'route_selection_expression': "
	       "'$request.body.action'"), NULL },
	{ "apigatewayv2.cfn_http_route_selection", "awscc.apigatewayv2.api",
	  "route_selection_expression",
	  API2("'protocol_type': 'HTTP', 'route_selection_expression': '$request.body.action'"),
	  NULL, API2("'protocol_type': 'HTTP'"), NULL },
	{ "apigatewayv2.cfn_request_authorizer_lambda_uri", "awscc.apigatewayv2.authorizer",
	  "authorizer_uri", AUTH2("'authorizer_type': 'REQUEST', 'authorizer_uri': "
				  "'arn:aws:lambda:us-east-1:123456789012:function:auth'"), NULL,
	  AUTH2("'authorizer_type': 'REQUEST', 'authorizer_uri': '" LAMBDA_URI "'"), NULL },
	{ "apigatewayv2.cfn_jwt_authorizer_configuration", "awscc.apigatewayv2.authorizer",
	  "jwt_configuration.issuer",
	  AUTH2("'authorizer_type': 'JWT', 'jwt_configuration': {'audience': ['orders']}"), NULL,
	  AUTH2("'authorizer_type': 'JWT', 'jwt_configuration': {'audience': ['orders'], "
		"'issuer': 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_abc'}"), NULL },
	{ "apigatewayv2.cfn_authorizer_result_ttl", "awscc.apigatewayv2.authorizer",
	  "authorizer_result_ttl_in_seconds",
	  AUTH2("'authorizer_type': 'REQUEST', 'authorizer_result_ttl_in_seconds': 7200"), NULL,
	  AUTH2("'authorizer_type': 'REQUEST', 'authorizer_result_ttl_in_seconds': 3600"), NULL },
	{ "apigatewayv2.cfn_domain_name_lowercase", "awscc.apigatewayv2.domain_name",
	  "domain_name", "{'domain_name': 'API.example.com'}", NULL,
	  "{'domain_name': 'api.example.com'}", NULL },
	{ "apigatewayv2.cfn_domain_certificate_acm", "awscc.apigatewayv2.domain_name",
	  "domain_name_configurations[0].certificate_arn",
	  DOMAIN2("'certificate_arn': 'arn:aws:iam::123456789012:server-certificate/api'"), NULL,
	  DOMAIN2("'certificate_arn': '" ACM_ARN("us-east-1") "'"), NULL },
	{ "apigatewayv2.cfn_domain_security_policy", "awscc.apigatewayv2.domain_name",
	  "domain_name_configurations[0].security_policy",
	  DOMAIN2("'security_policy': 'TLS_1_3'"), NULL, DOMAIN2("'security_policy': 'TLS_1_2'"),
	  NULL },
	{ "apigatewayv2.cfn_integration_passthrough", "awscc.apigatewayv2.integration",
	  "passthrough_behavior", INTEGRATION2("MOCK", ", 'passthrough_behavior': 'ALWAYS'"), NULL,
	  INTEGRATION2("MOCK", ", 'passthrough_behavior': 'NEVER'"), NULL },
	{ "apigatewayv2.cfn_lambda_proxy_payload_versions", "awscc.apigatewayv2.integration",
	  "payload_format_version",
	  INTEGRATION2("AWS_PROXY", ", 'payload_format_version': '3.0'"), NULL,
	  INTEGRATION2("AWS_PROXY", ", 'payload_format_version': '2.0'"), NULL },
	{ "apigatewayv2.cfn_other_integration_payload_1_0", "awscc.apigatewayv2.integration",
	  "payload_format_version",
	  INTEGRATION2("HTTP_PROXY", ", 'integration_uri': 'https://example.com', "
		       "'payload_format_version': '2.0'"), NULL,
	  INTEGRATION2("HTTP_PROXY", ", 'integration_uri': 'https://example.com', "
		       "'payload_format_version': '1.0'"), NULL },
	{ "apigatewayv2.cfn_route_authorization_type", "awscc.apigatewayv2.route",
	  "authorization_type", ROUTE2("'authorization_type': 'COGNITO_USER_POOLS'"), NULL,
	  ROUTE2("'authorization_type': 'JWT'"), NULL },
	{ "apigatewayv2.cfn_header_glob_wildcard", "awscc.apigatewayv2.routing_rule",
	  "conditions[0].match_headers.any_of[0].value_glob", ROUTING_RULE("v*1"), NULL,
	  ROUTING_RULE("*v1*"), NULL },
	{ "apigatewayv2.cfn_header_glob_chars", "awscc.apigatewayv2.routing_rule",
	  "conditions[0].match_headers.any_of[0].value_glob", ROUTING_RULE("v1 beta"), NULL,
	  ROUTING_RULE("v1-beta*"), NULL },
	{ "apigatewayv2.cfn_stage_name_length", "awscc.apigatewayv2.stage", "stage_name",
	  "{'api_id': 'a1b2c3', 'stage_name': '" NAME_129 "'}", NULL,
	  "{'api_id': 'a1b2c3', 'stage_name': '$default'}", NULL },
	{ "apigatewayv2.cfn_stage_deployment_auto_deploy", "awscc.apigatewayv2.stage",
	  "deployment_id", STAGE2("'auto_deploy': true, 'deployment_id': 'd2'"),
	  STAGE2("'auto_deploy': true, 'deployment_id': 'd1'"),
	  STAGE2("'auto_deploy': true, 'deployment_id': 'd2'"),
	  STAGE2("'auto_deploy': false, 'deployment_id': 'd1'") },
	/* ElastiCache */
	{ "elasticache.cache_cluster_az_mode_memcached", "awscc.elasticache.cache_cluster", "engine",
	  CACHE_OF("redis", "1", ", 'az_mode': 'single-az'"), NULL,
	  CACHE_OF("memcached", "2", ", 'az_mode': 'cross-az'"), NULL },
	{ "elasticache.cache_cluster_zones_memcached", "awscc.elasticache.cache_cluster", "engine",
	  CACHE_OF("redis", "1", ", 'preferred_availability_zones': ['us-east-1a']"), NULL,
	  CACHE_OF("memcached", "1", ", 'preferred_availability_zones': ['us-east-1a']"), NULL },
	{ "elasticache.cache_cluster_redis_one_node", "awscc.elasticache.cache_cluster", "num_cache_nodes",
	  CACHE_OF("redis", "2", ""), NULL, CACHE_OF("memcached", "2", ""), NULL },
	{ "elasticache.cache_cluster_snapshots_redis", "awscc.elasticache.cache_cluster", "engine",
	  CACHE_OF("memcached", "1", ", 'snapshot_window': '05:00-06:00'"), NULL,
	  CACHE_OF("redis", "1", ", 'snapshot_window': '05:00-06:00'"), NULL },
	{ "elasticache.cache_cluster_name_chars", "awscc.elasticache.cache_cluster", "cluster_name",
	  CACHE_OF("redis", "1", ", 'cluster_name': 'orders_cache'"), NULL,
	  CACHE_OF("redis", "1", ", 'cluster_name': 'orders-cache'"), NULL },
	{ "elasticache.cache_cluster_name_hyphens", "awscc.elasticache.cache_cluster", "cluster_name",
	  CACHE_OF("redis", "1", ", 'cluster_name': 'orders--cache'"), NULL,
	  CACHE_OF("redis", "1", ", 'cluster_name': 'orders-cache'"), NULL },
	{ "elasticache.cache_cluster_name_letter", "awscc.elasticache.cache_cluster", "cluster_name",
	  CACHE_OF("redis", "1", ", 'cluster_name': '1orders'"), NULL,
	  CACHE_OF("redis", "1", ", 'cluster_name': 'orders1'"), NULL },
	{ "elasticache.cache_cluster_default_cluster_group", "awscc.elasticache.cache_cluster", "cache_parameter_group_name",
	  CACHE_OF("redis", "1", ", 'cache_parameter_group_name': 'default.redis7.cluster.on'"),
	  NULL, CACHE_OF("redis", "1", ", 'cache_parameter_group_name': 'default.redis7'"), NULL },
	{ "elasticache.cache_cluster_security_groups_outside_vpc", "awscc.elasticache.cache_cluster", "cache_security_group_names",
	  CACHE_OF("redis", "1", ", 'cache_subnet_group_name': 'private', "
		   "'cache_security_group_names': ['legacy']"), NULL,
	  CACHE_OF("redis", "1", ", 'cache_security_group_names': ['legacy']"), NULL },
	{ "elasticache.cache_cluster_transit_unchanged", "awscc.elasticache.cache_cluster", "transit_encryption_enabled",
	  CACHE_OF("memcached", "1", ", 'transit_encryption_enabled': true"),
	  CACHE_OF("memcached", "1", ", 'transit_encryption_enabled': false"),
	  CACHE_OF("memcached", "1", ", 'transit_encryption_enabled': true"),
	  CACHE_OF("memcached", "1", ", 'transit_encryption_enabled': true") },
	{ "elasticache.replication_group_engine", "awscc.elasticache.replication_group", "engine", GROUP(", 'engine': 'memcached'"),
	  NULL, GROUP(", 'engine': 'valkey'"), NULL },
	{ "elasticache.replication_group_id_chars", "awscc.elasticache.replication_group", "replication_group_id",
	  GROUP(", 'replication_group_id': 'orders_cache'"), NULL,
	  GROUP(", 'replication_group_id': 'orders-cache'"), NULL },
	{ "elasticache.replication_group_id_hyphens", "awscc.elasticache.replication_group", "replication_group_id",
	  GROUP(", 'replication_group_id': 'orders-'"), NULL,
	  GROUP(", 'replication_group_id': 'orders-cache'"), NULL },
	{ "elasticache.replication_group_id_letter", "awscc.elasticache.replication_group", "replication_group_id",
	  GROUP(", 'replication_group_id': '1orders'"), NULL,
	  GROUP(", 'replication_group_id': 'orders1'"), NULL },
	{ "elasticache.replication_group_description_length", "awscc.elasticache.replication_group",
	  "replication_group_description", "{'replication_group_description': '" TEXT_256 "'}",
	  GROUP(""), "{'replication_group_description': '" TEXT_64 "'}", GROUP("") },
	{ "elasticache.auth_token_printable", "awscc.elasticache.replication_group", "auth_token",
	  GROUP(", 'auth_token': 'abcdefghijklmnop\\u00e9'"), GROUP(""),
	  GROUP(", 'auth_token': 'abcdefghijklmnop*'"), GROUP("") },
	{ "elasticache.auth_token_length", "awscc.elasticache.replication_group", "auth_token", GROUP(", 'auth_token': 'short'"),
	  NULL, GROUP(", 'auth_token': 'abcdefghijklmnop'"), NULL },
	{ "elasticache.auth_token_special_chars", "awscc.elasticache.replication_group", "auth_token",
	  GROUP(", 'auth_token': 'abcdefghijklmnop*'"), NULL,
	  GROUP(", 'auth_token': 'abcdefghijklmnop!'"), NULL },
	{ "elasticache.auth_token_refused_chars", "awscc.elasticache.replication_group", "auth_token",
	  GROUP(", 'auth_token': 'abcdefghijklmnop@'"), GROUP(""),
	  GROUP(", 'auth_token': 'abcdefghijklmnop*'"), GROUP("") },
	{ "elasticache.cluster_mode_failover", "awscc.elasticache.replication_group", "automatic_failover_enabled",
	  GROUP(", 'num_node_groups': 3, 'automatic_failover_enabled': false"), NULL,
	  GROUP(", 'num_node_groups': 3, 'automatic_failover_enabled': true"), NULL },
	{ "elasticache.t1_no_failover", "awscc.elasticache.replication_group", "automatic_failover_enabled",
	  GROUP(", 'cache_node_type': 'cache.t1.micro', 'automatic_failover_enabled': true, "
		"'num_cache_clusters': 2"), GROUP(", 'cache_node_type': 'cache.t1.micro'"),
	  GROUP(", 'cache_node_type': 'cache.t1.micro', 'automatic_failover_enabled': false, "
		"'num_cache_clusters': 2"), GROUP(", 'cache_node_type': 'cache.t1.micro'") },
	{ "elasticache.failover_two_clusters", "awscc.elasticache.replication_group", "num_cache_clusters",
	  GROUP(", 'automatic_failover_enabled': true, 'num_cache_clusters': 1"), NULL,
	  GROUP(", 'automatic_failover_enabled': true, 'num_cache_clusters': 2"), NULL },
	{ "elasticache.cluster_mode_disabled_one_group", "awscc.elasticache.replication_group", "num_node_groups",
	  GROUP(", 'cluster_mode': 'disabled', 'num_node_groups': 2"), NULL,
	  GROUP(", 'cluster_mode': 'disabled', 'num_node_groups': 1"), NULL },
	{ "elasticache.cluster_mode_compatible_first", "awscc.elasticache.replication_group", "cluster_mode",
	  GROUP(", 'cluster_mode': 'enabled'"), GROUP(", 'cluster_mode': 'disabled'"),
	  GROUP(", 'cluster_mode': 'enabled'"), GROUP(", 'cluster_mode': 'compatible'") },
	{ "elasticache.snapshotting_cluster_mode_off", "awscc.elasticache.replication_group", "snapshotting_cluster_id",
	  GROUP(", 'cluster_mode': 'enabled', 'automatic_failover_enabled': true, "
		"'snapshotting_cluster_id': 'orders-001'"), NULL,
	  GROUP(", 'snapshotting_cluster_id': 'orders-001'"), NULL },
	{ "elasticache.data_tiering_r6gd", "awscc.elasticache.replication_group", "cache_node_type",
	  GROUP(", 'data_tiering_enabled': true, 'cache_node_type': 'cache.r6g.large'"), NULL,
	  GROUP(", 'data_tiering_enabled': true, 'cache_node_type': 'cache.r6gd.xlarge'"), NULL },
	{ "elasticache.r6gd_data_tiering", "awscc.elasticache.replication_group", "data_tiering_enabled",
	  GROUP(", 'cache_node_type': 'cache.r6gd.xlarge'"), NULL,
	  GROUP(", 'data_tiering_enabled': true, 'cache_node_type': 'cache.r6gd.xlarge'"), NULL },
	{ "elasticache.replicas_per_node_group", "awscc.elasticache.replication_group", "replicas_per_node_group",
	  GROUP(", 'replicas_per_node_group': 6"), NULL, GROUP(", 'replicas_per_node_group': 2"),
	  NULL },
	{ "elasticache.seeded_cluster_mode_groups", "awscc.elasticache.replication_group", "node_group_configuration",
	  GROUP(", 'snapshot_arns': ['arn:aws:s3:::snaps/orders.rdb'], 'num_node_groups': 2, "
		"'automatic_failover_enabled': true"), NULL,
	  GROUP(", 'snapshot_arns': ['arn:aws:s3:::snaps/orders.rdb'], 'num_node_groups': 2, "
		"'automatic_failover_enabled': true, 'node_group_configuration': [{'slots': "
		"'0-8191'}, {'slots': '8192-16383'}]"), NULL },
	{ "elasticache.replication_group_security_groups_outside_vpc", "awscc.elasticache.replication_group",
	  "cache_security_group_names",
	  GROUP(", 'security_group_ids': ['sg-1'], 'cache_security_group_names': ['legacy']"),
	  NULL, GROUP(", 'cache_security_group_names': ['legacy']"), NULL },
	{ "elasticache.transit_encryption_version", "awscc.elasticache.replication_group", "engine_version",
	  GROUP(", 'transit_encryption_enabled': true, 'engine_version': '3.2.4'"), NULL,
	  GROUP(", 'transit_encryption_enabled': true, 'engine_version': '3.2.10'"), NULL },
	{ "elasticache.enable_transit_preferred", "awscc.elasticache.replication_group", "transit_encryption_mode",
	  GROUP(", 'transit_encryption_enabled': true, 'transit_encryption_mode': 'required'"),
	  GROUP(", 'transit_encryption_enabled': false"),
	  GROUP(", 'transit_encryption_enabled': true, 'transit_encryption_mode': 'preferred'"),
	  GROUP(", 'transit_encryption_enabled': false") },
	{ "elasticache.previous_generation_nodes", "awscc.elasticache.cache_cluster", "cache_node_type",
	  "{'cache_node_type': 'cache.m3.medium', 'engine': 'memcached', 'num_cache_nodes': 1}",
	  NULL, "{'cache_node_type': 'cache.m5.large', 'engine': 'memcached', 'num_cache_nodes': 1}",
	  NULL },
	{ "elasticache.engine_no_downgrade", "awscc.elasticache.cache_cluster", "engine_version",
	  CACHE_OF("redis", "1", ", 'engine_version': '6.2'"),
	  CACHE_OF("redis", "1", ", 'engine_version': '7.1.0'"),
	  CACHE_OF("redis", "1", ", 'engine_version': '7.1'"),
	  CACHE_OF("redis", "1", ", 'engine_version': '7.0.7'") },
	{ "elasticache.maintenance_window_hour", "awscc.elasticache.cache_cluster", "preferred_maintenance_window",
	  CACHE_OF("redis", "1", ", 'preferred_maintenance_window': 'sun:05:00-sun:05:30'"), NULL,
	  CACHE_OF("redis", "1", ", 'preferred_maintenance_window': 'sun:05:00-sun:06:00'"), NULL },
	{ "elasticache.maintenance_window_days", "awscc.elasticache.cache_cluster", "preferred_maintenance_window",
	  CACHE_OF("redis", "1", ", 'preferred_maintenance_window': 'sunday:05:00-sunday:06:00'"),
	  NULL,
	  CACHE_OF("redis", "1", ", 'preferred_maintenance_window': 'Sun:23:00-Mon:01:00'"), NULL },
	{ "elasticache.cache_security_group_not_default", "awscc.elasticache.cache_cluster", "cache_security_group_names[0]",
	  CACHE_OF("redis", "1", ", 'cache_security_group_names': ['Default']"),
	  CACHE_OF("redis", "1", ""),
	  CACHE_OF("redis", "1", ", 'cache_security_group_names': ['legacy']"),
	  CACHE_OF("redis", "1", "") },
	{ "elasticache.snapshot_arns_no_commas", "awscc.elasticache.replication_group", "snapshot_arns[0]",
	  GROUP(", 'snapshot_arns': ['arn:aws:s3:::snaps/a,b.rdb']"), NULL,
	  GROUP(", 'snapshot_arns': ['arn:aws:s3:::snaps/ab.rdb']"), NULL },
	{ "elasticache.log_firehose_details", "awscc.elasticache.cache_cluster",
	  "log_delivery_configurations[0].destination_details.kinesis_firehose_details",
	  CACHE_OF("redis", "1", LOGS("kinesis-firehose", TO_LOGS)), NULL,
	  CACHE_OF("redis", "1", LOGS("kinesis-firehose", TO_FIREHOSE)), NULL },
	{ "elasticache.log_cloudwatch_details", "awscc.elasticache.replication_group",
	  "log_delivery_configurations[0].destination_details.cloudwatch_logs_details",
	  GROUP(LOGS("cloudwatch-logs", TO_FIREHOSE)), NULL,
	  GROUP(LOGS("cloudwatch-logs", TO_LOGS)), NULL },
	{ "elasticache.serverless_description", "awscc.elasticache.serverless_cache", "description",
	  SERVERLESS(", 'description': '" TEXT_256 "'"), NULL,
	  SERVERLESS(", 'description': '" TEXT_64 "'"), NULL },
	{ "elasticache.serverless_snapshot_retention", "awscc.elasticache.serverless_cache",
	  "snapshot_retention_limit", SERVERLESS(", 'snapshot_retention_limit': 36"), NULL,
	  SERVERLESS(", 'snapshot_retention_limit': 35"), NULL },
	{ "elasticache.parameter_group_family", "awscc.elasticache.parameter_group",
	  "cache_parameter_group_family",
	  "{'description': 'orders', 'cache_parameter_group_family': 'redis8'}", NULL,
	  "{'description': 'orders', 'cache_parameter_group_family': 'valkey8'}", NULL },
	{ "elasticache.subnet_group_name", "awscc.elasticache.subnet_group",
	  "cache_subnet_group_name",
	  "{'description': 'orders', 'subnet_ids': ['subnet-1'], 'cache_subnet_group_name': "
	  "'orders_private'}", NULL,
	  "{'description': 'orders', 'subnet_ids': ['subnet-1'], 'cache_subnet_group_name': "
	  "'orders-private'}", NULL },
	/* Lightsail */
	{ "lightsail.alarm_evaluation_periods", "awscc.lightsail.alarm", "evaluation_periods",
	  LS_ALARM("289"), NULL, LS_ALARM("288"), NULL },
	{ "lightsail.alarm_trigger_alarm_state", "awscc.lightsail.alarm", "notification_triggers",
	  LS_ALARM("2, 'notification_triggers': ['OK']"), NULL,
	  LS_ALARM("2, 'notification_triggers': ['OK', 'ALARM']"), NULL },
	{ "lightsail.bucket_readonly_accounts", "awscc.lightsail.bucket",
	  "read_only_access_accounts",
	  LS_BUCKET(", 'read_only_access_accounts': ['111111111111', '111111111112', "
		    "'111111111113', '111111111114', '111111111115', '111111111116', "
		    "'111111111117', '111111111118', '111111111119', '111111111110', "
		    "'111111111121']"), NULL,
	  LS_BUCKET(", 'read_only_access_accounts': ['111111111111']"), NULL },
	{ "lightsail.certificate_alternative_names", "awscc.lightsail.certificate",
	  "subject_alternative_names",
	  "{'certificate_name': 'web', 'domain_name': 'example.com', "
	  "'subject_alternative_names': [" TEN_NAMES "]}", NULL,
	  "{'certificate_name': 'web', 'domain_name': 'example.com', "
	  "'subject_alternative_names': ['www.example.com']}", NULL },
	{ "lightsail.certificate_no_wildcard", "awscc.lightsail.certificate",
	  "subject_alternative_names[0]",
	  "{'certificate_name': 'web', 'domain_name': 'example.com', "
	  "'subject_alternative_names': ['*.example.com']}", NULL,
	  "{'certificate_name': 'web', 'domain_name': 'example.com', "
	  "'subject_alternative_names': ['www.example.com']}", NULL },
	{ "lightsail.container_health_interval", "awscc.lightsail.container",
	  "container_service_deployment.public_endpoint.health_check_config.interval_seconds",
	  LS_HEALTH("'interval_seconds': 600"), NULL, LS_HEALTH("'interval_seconds': 300"), NULL },
	{ "lightsail.container_health_timeout", "awscc.lightsail.container",
	  "container_service_deployment.public_endpoint.health_check_config.timeout_seconds",
	  LS_HEALTH("'timeout_seconds': 1"), NULL, LS_HEALTH("'timeout_seconds': 2"), NULL },
	{ "lightsail.database_name_letter", "awscc.lightsail.database", "master_database_name",
	  "{'relational_database_name': 'orders-db', 'relational_database_blueprint_id': "
	  "'mysql_8_0', 'relational_database_bundle_id': 'micro_2_0', 'master_database_name': "
	  "'1orders', 'master_username': 'dbadmin'}", NULL, LS_DB("mysql_8_0", ""), NULL },
	{ "lightsail.mysql_database_name", "awscc.lightsail.database", "master_database_name",
	  "{'relational_database_name': 'orders-db', 'relational_database_blueprint_id': "
	  "'mysql_8_0', 'relational_database_bundle_id': 'micro_2_0', 'master_database_name': "
	  "'orders-db', 'master_username': 'dbadmin'}", NULL,
	  "{'relational_database_name': 'orders-db', 'relational_database_blueprint_id': "
	  "'mysql_8_0', 'relational_database_bundle_id': 'micro_2_0', 'master_database_name': "
	  "'orders_db', 'master_username': 'dbadmin'}", NULL },
	{ "lightsail.postgres_database_name", "awscc.lightsail.database", "master_database_name",
	  "{'relational_database_name': 'orders-db', 'relational_database_blueprint_id': "
	  "'postgres_16', 'relational_database_bundle_id': 'micro_2_0', 'master_database_name': "
	  "'orders.db', 'master_username': 'dbadmin'}", NULL, LS_DB("postgres_16", ""), NULL },
	{ "lightsail.username_letter", "awscc.lightsail.database", "master_username",
	  "{'relational_database_name': 'orders-db', 'relational_database_blueprint_id': "
	  "'mysql_8_0', 'relational_database_bundle_id': 'micro_2_0', 'master_database_name': "
	  "'orders', 'master_username': '_admin'}", NULL, LS_DB("mysql_8_0", ""), NULL },
	{ "lightsail.mysql_username", "awscc.lightsail.database", "master_username",
	  "{'relational_database_name': 'orders-db', 'relational_database_blueprint_id': "
	  "'mysql_8_0', 'relational_database_bundle_id': 'micro_2_0', 'master_database_name': "
	  "'orders', 'master_username': 'administrator_of_orders'}", NULL,
	  "{'relational_database_name': 'orders-db', 'relational_database_blueprint_id': "
	  "'postgres_16', 'relational_database_bundle_id': 'micro_2_0', 'master_database_name': "
	  "'orders', 'master_username': 'administrator_of_orders'}", NULL },
	{ "lightsail.postgres_username", "awscc.lightsail.database", "master_username",
	  "{'relational_database_name': 'orders-db', 'relational_database_blueprint_id': "
	  "'postgres_16', 'relational_database_bundle_id': 'micro_2_0', 'master_database_name': "
	  "'orders', 'master_username': 'db-admin'}", NULL, LS_DB("postgres_16", ""), NULL },
	{ "lightsail.password_no_spaces", "awscc.lightsail.database", "master_user_password",
	  LS_DB("postgres_16", ", 'master_user_password': 'correct horse battery'"), NULL,
	  LS_DB("postgres_16", ", 'master_user_password': 'correct-horse-battery'"), NULL },
	{ "lightsail.mysql_password_length", "awscc.lightsail.database", "master_user_password",
	  LS_DB("mysql_8_0", ", 'master_user_password': '" TEXT_64 "'"), NULL,
	  LS_DB("postgres_16", ", 'master_user_password': '" TEXT_64 "'"), NULL },
	{ "lightsail.postgres_password_length", "awscc.lightsail.database", "master_user_password",
	  LS_DB("postgres_16", ", 'master_user_password': 'short'"), NULL,
	  LS_DB("postgres_16", ", 'master_user_password': 'long-enough'"), NULL },
	{ "lightsail.database_name_ends", "awscc.lightsail.database", "relational_database_name",
	  "{'relational_database_name': 'orders-', 'relational_database_blueprint_id': "
	  "'mysql_8_0', 'relational_database_bundle_id': 'micro_2_0', 'master_database_name': "
	  "'orders', 'master_username': 'dbadmin'}", NULL, LS_DB("mysql_8_0", ""), NULL },
	{ "lightsail.database_name_chars", "awscc.lightsail.database", "relational_database_name",
	  "{'relational_database_name': 'orders_db', 'relational_database_blueprint_id': "
	  "'mysql_8_0', 'relational_database_bundle_id': 'micro_2_0', 'master_database_name': "
	  "'orders', 'master_username': 'dbadmin'}", NULL, LS_DB("mysql_8_0", ""), NULL },
	{ "lightsail.backup_window_length", "awscc.lightsail.database", "preferred_backup_window",
	  LS_DB("mysql_8_0", ", 'preferred_backup_window': '06:00-06:15'"), NULL,
	  LS_DB("mysql_8_0", ", 'preferred_backup_window': '06:00-06:30'"), NULL },
	{ "lightsail.backup_window_apart", "awscc.lightsail.database", "preferred_backup_window",
	  LS_DB("mysql_8_0", ", 'preferred_backup_window': '06:00-06:30', "
		"'preferred_maintenance_window': 'mon:06:15-mon:06:45'"), NULL,
	  LS_DB("mysql_8_0", ", 'preferred_backup_window': '06:00-06:30', "
		"'preferred_maintenance_window': 'mon:07:00-mon:07:30'"), NULL },
	{ "lightsail.backup_window_format", "awscc.lightsail.database", "preferred_backup_window",
	  LS_DB("mysql_8_0", ", 'preferred_backup_window': '6:00-7:00'"), NULL,
	  LS_DB("mysql_8_0", ", 'preferred_backup_window': '06:00-07:00'"), NULL },
	{ "lightsail.maintenance_window_format", "awscc.lightsail.database",
	  "preferred_maintenance_window",
	  LS_DB("mysql_8_0", ", 'preferred_maintenance_window': 'monday:07:00-monday:07:30'"), NULL,
	  LS_DB("mysql_8_0", ", 'preferred_maintenance_window': 'Mon:07:00-Mon:07:30'"), NULL },
	{ "lightsail.maintenance_window_length", "awscc.lightsail.database",
	  "preferred_maintenance_window",
	  LS_DB("mysql_8_0", ", 'preferred_maintenance_window': 'mon:07:00-mon:07:20'"), NULL,
	  LS_DB("mysql_8_0", ", 'preferred_maintenance_window': 'mon:07:00-mon:07:30'"), NULL },
	{ "lightsail.snapshot_name_ends", "awscc.lightsail.database_snapshot",
	  "relational_database_snapshot_name",
	  "{'relational_database_name': 'orders-db', 'relational_database_snapshot_name': "
	  "'-nightly'}", NULL,
	  "{'relational_database_name': 'orders-db', 'relational_database_snapshot_name': "
	  "'nightly-1'}", NULL },
	{ "lightsail.snapshot_name_chars", "awscc.lightsail.database_snapshot",
	  "relational_database_snapshot_name",
	  "{'relational_database_name': 'orders-db', 'relational_database_snapshot_name': "
	  "'nightly_1'}", NULL,
	  "{'relational_database_name': 'orders-db', 'relational_database_snapshot_name': "
	  "'nightly-1'}", NULL },
	{ "lightsail.forward_all_headers_min_ttl", "awscc.lightsail.distribution",
	  "cache_behavior_settings.minimum_ttl", LS_DISTRIBUTION("60"), NULL,
	  LS_DISTRIBUTION("0"), NULL },
	{ "lightsail.icmp_type_and_code", "awscc.lightsail.instance",
	  "networking.ports[0].to_port",
	  LS_INSTANCE("{'protocol': 'icmp', 'from_port': 8}"), NULL,
	  LS_INSTANCE("{'protocol': 'icmp', 'from_port': 8, 'to_port': 0}"), NULL },
	{ "lightsail.icmp6_type_and_code", "awscc.lightsail.instance",
	  "networking.ports[0].from_port",
	  LS_INSTANCE("{'protocol': 'icmp6', 'to_port': 0}"), NULL,
	  LS_INSTANCE("{'protocol': 'icmp6', 'from_port': 128, 'to_port': 0}"), NULL },
	{ "lightsail.cookie_duration_integer", "awscc.lightsail.load_balancer",
	  "session_stickiness_lb_cookie_duration_seconds",
	  "{'load_balancer_name': 'web', 'instance_port': 80, "
	  "'session_stickiness_lb_cookie_duration_seconds': '1.5'}", NULL,
	  "{'load_balancer_name': 'web', 'instance_port': 80, "
	  "'session_stickiness_lb_cookie_duration_seconds': '86400'}", NULL },
	{ "lightsail.tls_certificate_alternative_names",
	  "awscc.lightsail.load_balancer_tls_certificate", "certificate_alternative_names",
	  "{'load_balancer_name': 'web', 'certificate_name': 'web', 'certificate_domain_name': "
	  "'example.com', 'certificate_alternative_names': [" TEN_NAMES "]}", NULL,
	  "{'load_balancer_name': 'web', 'certificate_name': 'web', 'certificate_domain_name': "
	  "'example.com', 'certificate_alternative_names': ['www.example.com']}", NULL },
	{ "lightsail.tag_key_chars", "awscc.lightsail.bucket", "tags[0].key",
	  LS_BUCKET(", 'tags': [{'key': 'team#1', 'value': 'data'}]"), NULL,
	  LS_BUCKET(", 'tags': [{'key': 'team:data/ingest @eu', 'value': 'data'}]"), NULL },
	{ "lightsail.tag_value_chars", "awscc.lightsail.bucket", "tags[0].value",
	  LS_BUCKET(", 'tags': [{'key': 'team', 'value': 'data (ingest)'}]"), NULL,
	  LS_BUCKET(", 'tags': [{'key': 'team', 'value': 'data-ingest'}]"), NULL },
	/* Network Manager */
	{ "networkmanager.link_provider_chars", "awscc.networkmanager.link", "provider_name",
	  NM_LINK("'provider_name': 'Acme|East'"), NULL,
	  NM_LINK("'provider_name': 'Acme East'"), NULL },
	{ "networkmanager.link_provider_chars", "awscc.networkmanager.link", "link_provider",
	  NM_LINK("'link_provider': 'Acme\\\\East'"), NULL,
	  NM_LINK("'link_provider': 'Acme/East'"), NULL },
	{ "networkmanager.link_type_chars", "awscc.networkmanager.link", "link_type",
	  NM_LINK("'link_type': 'broadband^2'"), NULL, NM_LINK("'link_type': 'broadband'"), NULL },
	{ "networkmanager.tag_key_length", "awscc.networkmanager.global_network", "tags[0].key",
	  NM_NETWORK(X128 "x", "core"), NULL, NM_NETWORK(X128, "core"), NULL },
	{ "networkmanager.tag_value_length", "awscc.networkmanager.global_network",
	  "tags[0].value", NM_NETWORK("team", X256 "x"), NULL, NM_NETWORK("team", X256), NULL },
	{ "networkmanager.cfn_tag_key_prefix", "awscc.networkmanager.global_network",
	  "tags[0].key", NM_NETWORK("AWS:team", "core"), NULL, NM_NETWORK("team:aws", "core"),
	  NULL },
	/* Personalize */
	{ "personalize.role_needs_kms_key", "awscc.personalize.dataset_group", "kms_key_arn",
	  "{'name': 'shop', 'role_arn': 'arn:aws:iam::123456789012:role/personalize-kms'}", NULL,
	  "{'name': 'shop', 'role_arn': 'arn:aws:iam::123456789012:role/personalize-kms', "
	  "'kms_key_arn': 'arn:aws:kms:us-east-1:123456789012:key/1a2b3c4d'}", NULL },
	{ "personalize.recipe_without_auto_ml", "awscc.personalize.solution", "recipe_arn",
	  PZ_SOLUTION(""), NULL, PZ_SOLUTION(", 'recipe_arn': '" PZ_RECIPE "'"), NULL },
	{ "personalize.recipe_without_auto_ml", "awscc.personalize.solution", "recipe_arn",
	  PZ_SOLUTION(", 'perform_auto_ml': false"), NULL,
	  PZ_SOLUTION(", 'perform_auto_ml': true"), NULL },
	{ "personalize.auto_ml_omits_recipe", "awscc.personalize.solution", "recipe_arn",
	  PZ_SOLUTION(", 'perform_auto_ml': true, 'recipe_arn': '" PZ_RECIPE "'"), NULL,
	  PZ_SOLUTION(", 'perform_auto_ml': false, 'recipe_arn': '" PZ_RECIPE "'"), NULL },
	{ "personalize.hpo_training_jobs", "awscc.personalize.solution",
	  "solution_config.hpo_config.hpo_resource_config.max_number_of_training_jobs",
	  PZ_HPO("'max_number_of_training_jobs': '41'"), NULL,
	  PZ_HPO("'max_number_of_training_jobs': '40'"), NULL },
	{ "personalize.hpo_parallel_training_jobs", "awscc.personalize.solution",
	  "solution_config.hpo_config.hpo_resource_config.max_parallel_training_jobs",
	  PZ_HPO("'max_parallel_training_jobs': '11'"), NULL,
	  PZ_HPO("'max_parallel_training_jobs': '10'"), NULL },
	/* SageMaker */
	{ "sagemaker.feature_names_reserved", "awscc.sagemaker.feature_group",
	  "feature_definitions[2].feature_name",
	  SM_FEATURES(", {'feature_name': 'write_time', 'feature_type': 'String'}", ""), NULL,
	  SM_FEATURES(", {'feature_name': 'written', 'feature_type': 'String'}", ""), NULL },
	{ "sagemaker.record_identifier_among_features", "awscc.sagemaker.feature_group",
	  "record_identifier_feature_name",
	  "{'feature_group_name': 'orders', 'record_identifier_feature_name': 'order', "
	  "'event_time_feature_name': 'ts', 'feature_definitions': [{'feature_name': 'id', "
	  "'feature_type': 'String'}, {'feature_name': 'ts', 'feature_type': 'String'}]}", NULL,
	  SM_FEATURES("", ""), NULL },
	{ "sagemaker.iceberg_with_glue_table", "awscc.sagemaker.feature_group",
	  "offline_store_config.disable_glue_table_creation",
	  SM_FEATURES("", ", 'offline_store_config': {'s3_storage_config': {'s3_uri': 's3://b/f'}, "
		      "'table_format': 'Iceberg', 'disable_glue_table_creation': true}"), NULL,
	  SM_FEATURES("", ", 'offline_store_config': {'s3_storage_config': {'s3_uri': 's3://b/f'}, "
		      "'table_format': 'Glue', 'disable_glue_table_creation': true}"), NULL },
	{ "sagemaker.container_hostnames_all", "awscc.sagemaker.model",
	  "containers[1].container_hostname",
	  SM_MODEL("'containers': [{'image': " SM_IMAGE ", 'container_hostname': 'a'}, "
		   "{'image': " SM_IMAGE "}]"), NULL,
	  SM_MODEL("'containers': [{'image': " SM_IMAGE ", 'container_hostname': 'a'}, "
		   "{'image': " SM_IMAGE ", 'container_hostname': 'b'}]"), NULL },
	{ "sagemaker.model_image_region", "awscc.sagemaker.model", "primary_container.image",
	  SM_MODEL("'primary_container': {'image': " SM_IMAGE_OF("us-west-2") "}"), NULL,
	  SM_MODEL("'primary_container': {'image': " SM_IMAGE "}"), NULL },
	{ "sagemaker.containers_image_region", "awscc.sagemaker.model", "containers[1].image",
	  SM_MODEL("'containers': [{'image': " SM_IMAGE "}, {'image': " SM_IMAGE_OF("eu-west-1") "}]"),
	  NULL, SM_MODEL("'containers': [{'image': " SM_IMAGE "}, {'image': 'reg.example.com/a'}]"),
	  NULL },
	{ "sagemaker.primary_repository_auth_vpc", "awscc.sagemaker.model",
	  "primary_container.image_config.repository_access_mode",
	  SM_MODEL("'primary_container': {'image': " SM_IMAGE ", 'image_config': "
		   "{'repository_access_mode': 'Platform', 'repository_auth_config': "
		   "{'repository_credentials_provider_arn': 'arn:aws:lambda:us-east-1:"
		   "123456789012:function:creds'}}}"), NULL,
	  SM_MODEL("'primary_container': {'image': " SM_IMAGE ", 'image_config': "
		   "{'repository_access_mode': 'Vpc', 'repository_auth_config': "
		   "{'repository_credentials_provider_arn': 'arn:aws:lambda:us-east-1:"
		   "123456789012:function:creds'}}}"), NULL },
	{ "sagemaker.containers_repository_auth_vpc", "awscc.sagemaker.model",
	  "containers[0].image_config.repository_access_mode",
	  SM_MODEL("'containers': [{'image': " SM_IMAGE ", 'image_config': "
		   "{'repository_access_mode': 'Platform', 'repository_auth_config': "
		   "{'repository_credentials_provider_arn': 'creds'}}}]"), NULL,
	  SM_MODEL("'containers': [{'image': " SM_IMAGE ", 'image_config': "
		   "{'repository_access_mode': 'Vpc', 'repository_auth_config': "
		   "{'repository_credentials_provider_arn': 'creds'}}}]"), NULL },
	{ "sagemaker.endpoint_rolling_batch_percent", "awscc.sagemaker.endpoint",
	  "deployment_config.rolling_update_policy.maximum_batch_size.value",
	  SM_ROLLING("CAPACITY_PERCENT", "60"), NULL, SM_ROLLING("INSTANCE_COUNT", "60"), NULL },
	{ "sagemaker.endpoint_canary_percent", "awscc.sagemaker.endpoint",
	  "deployment_config.blue_green_update_policy.traffic_routing_configuration.canary_size."
	  "value", SM_ROUTING("canary_size", "CAPACITY_PERCENT", "51"), NULL,
	  SM_ROUTING("canary_size", "CAPACITY_PERCENT", "50"), NULL },
	{ "sagemaker.endpoint_linear_percent", "awscc.sagemaker.endpoint",
	  "deployment_config.blue_green_update_policy.traffic_routing_configuration."
	  "linear_step_size.value", SM_ROUTING("linear_step_size", "CAPACITY_PERCENT", "5"), NULL,
	  SM_ROUTING("linear_step_size", "CAPACITY_PERCENT", "10"), NULL },
	{ "sagemaker.inference_component_rolling_batch_percent",
	  "awscc.sagemaker.inference_component",
	  "deployment_config.rolling_update_policy.maximum_batch_size.value",
	  "{'endpoint_name': 'web', 'deployment_config': {'rolling_update_policy': "
	  "{'maximum_batch_size': {'type': 'CAPACITY_PERCENT', 'value': 4}}}}", NULL,
	  "{'endpoint_name': 'web', 'deployment_config': {'rolling_update_policy': "
	  "{'maximum_batch_size': {'type': 'COPY_COUNT', 'value': 4}}}}", NULL },
	{ "sagemaker.domain_rstudio_groups_management", "awscc.sagemaker.domain",
	  "app_security_group_management",
	  SM_DOMAIN(", 'security_groups': ['sg-1']}, 'app_network_access_type': 'VpcOnly'"
		    SM_RSTUDIO), NULL,
	  SM_DOMAIN(", 'security_groups': ['sg-1']}, 'app_network_access_type': 'VpcOnly', "
		    "'app_security_group_management': 'Service'" SM_RSTUDIO), NULL },
	{ "sagemaker.domain_rstudio_service_groups", "awscc.sagemaker.domain",
	  "app_security_group_management",
	  SM_DOMAIN("}, 'app_security_group_management': 'Customer'" SM_RSTUDIO), NULL,
	  SM_DOMAIN("}, 'app_security_group_management': 'Customer'"), NULL },
	{ "sagemaker.domain_network_access_rstudio_unchanged", "awscc.sagemaker.domain",
	  "app_network_access_type",
	  SM_DOMAIN(", 'security_groups': ['sg-1']}, 'app_network_access_type': 'VpcOnly', "
		    "'app_security_group_management': 'Service'" SM_RSTUDIO),
	  SM_DOMAIN("}, 'app_network_access_type': 'PublicInternetOnly'" SM_RSTUDIO),
	  SM_DOMAIN(", 'security_groups': ['sg-1']}, 'app_network_access_type': 'VpcOnly'"),
	  SM_DOMAIN("}, 'app_network_access_type': 'PublicInternetOnly'") },
	{ "sagemaker.domain_vpc_only_security_groups", "awscc.sagemaker.domain",
	  "default_user_settings.security_groups",
	  SM_DOMAIN("}, 'app_network_access_type': 'VpcOnly'"), NULL,
	  SM_DOMAIN(", 'security_groups': ['sg-1']}, 'app_network_access_type': 'VpcOnly'"), NULL },
	{ "sagemaker.domain_security_groups_nfs", "awscc.sagemaker.domain",
	  "default_user_settings.security_groups",
	  SM_DOMAIN(", 'security_groups': ['sg-1', 'sg-2', 'sg-3', 'sg-4', 'sg-5']}"), NULL,
	  SM_DOMAIN(", 'security_groups': ['sg-1', 'sg-2', 'sg-3', 'sg-4']}"), NULL },
	{ "sagemaker.user_security_groups_nfs", "awscc.sagemaker.user_profile",
	  "user_settings.security_groups",
	  SM_USER("'security_groups': ['sg-1', 'sg-2', 'sg-3', 'sg-4', 'sg-5']"), NULL,
	  SM_USER("'security_groups': ['sg-1', 'sg-2', 'sg-3', 'sg-4']"), NULL },
	{ "sagemaker.domain_landing_uri_portal", "awscc.sagemaker.domain",
	  "default_user_settings.studio_web_portal",
	  SM_DOMAIN(", 'default_landing_uri': 'studio::', 'studio_web_portal': 'DISABLED'}"), NULL,
	  SM_DOMAIN(", 'default_landing_uri': 'studio::', 'studio_web_portal': 'ENABLED'}"), NULL },
	{ "sagemaker.user_landing_uri_portal", "awscc.sagemaker.user_profile",
	  "user_settings.studio_web_portal",
	  SM_USER("'default_landing_uri': 'studio::', 'studio_web_portal': 'DISABLED'"), NULL,
	  SM_USER("'default_landing_uri': 'studio::', 'studio_web_portal': 'ENABLED'"), NULL },
	{ "sagemaker.domain_auto_mount_not_default_as_domain", "awscc.sagemaker.domain",
	  "default_user_settings.auto_mount_home_efs",
	  SM_DOMAIN(", 'auto_mount_home_efs': 'DefaultAsDomain'}"), NULL,
	  SM_DOMAIN(", 'auto_mount_home_efs': 'Enabled'}"), NULL },
	{ "sagemaker.cfn_domain_ebs_default_within_max", "awscc.sagemaker.domain",
	  "default_user_settings.space_storage_settings.default_ebs_storage_settings."
	  "default_ebs_volume_size_in_gb", SM_DOMAIN(", " SM_EBS("100", "50") "}"), NULL,
	  SM_DOMAIN(", " SM_EBS("50", "100") "}"), NULL },
	{ "sagemaker.cfn_user_ebs_default_within_max", "awscc.sagemaker.user_profile",
	  "user_settings.space_storage_settings.default_ebs_storage_settings."
	  "default_ebs_volume_size_in_gb", SM_USER(SM_EBS("100", "50")), NULL,
	  SM_USER(SM_EBS("100", "100")), NULL },
	{ "sagemaker.space_app_type_unchanged", "awscc.sagemaker.space", "space_settings.app_type",
	  "{'domain_id': 'd-abc123', 'space_name': 'lab', 'space_settings': "
	  "{'app_type': 'CodeEditor'}}",
	  "{'domain_id': 'd-abc123', 'space_name': 'lab', 'space_settings': "
	  "{'app_type': 'JupyterLab'}}",
	  "{'domain_id': 'd-abc123', 'space_name': 'lab', 'space_settings': "
	  "{'app_type': 'JupyterLab'}}",
	  "{'domain_id': 'd-abc123', 'space_name': 'lab', 'space_settings': "
	  "{'app_type': 'JupyterLab'}}" },
	{ "sagemaker.cfn_cluster_min_instance_count", "awscc.sagemaker.cluster",
	  "instance_groups[0].min_instance_count",
	  SM_CLUSTER("'instance_groups': [" SM_GROUP("workers", "3", "2") "]"), NULL,
	  SM_CLUSTER("'instance_groups': [" SM_GROUP("workers", "2", "2") "]"), NULL },
	{ "sagemaker.cluster_role_unchanged_autoscaling", "awscc.sagemaker.cluster", "cluster_role",
	  SM_CLUSTER("'auto_scaling': {'mode': 'Enable'}, 'cluster_role': "
		     "'arn:aws:iam::123456789012:role/scaler-2'"),
	  SM_CLUSTER("'auto_scaling': {'mode': 'Enable'}, 'cluster_role': "
		     "'arn:aws:iam::123456789012:role/scaler-1'"),
	  SM_CLUSTER("'auto_scaling': {'mode': 'Disable'}, 'cluster_role': "
		     "'arn:aws:iam::123456789012:role/scaler-2'"),
	  SM_CLUSTER("'auto_scaling': {'mode': 'Disable'}, 'cluster_role': "
		     "'arn:aws:iam::123456789012:role/scaler-1'") },
	{ "sagemaker.cluster_one_orchestrator", "awscc.sagemaker.cluster", "orchestrator.eks",
	  SM_CLUSTER("'orchestrator': {'eks': {'cluster_arn': 'arn:aws:eks:us-east-1:"
		     "123456789012:cluster/k'}, 'slurm': {}}"), NULL,
	  SM_CLUSTER("'orchestrator': {'Eks': {'ClusterArn': 'arn:aws:eks:us-east-1:"
		     "123456789012:cluster/k'}}"), NULL },
	{ "sagemaker.cluster_continuous_eks", "awscc.sagemaker.cluster", "orchestrator.eks",
	  SM_CLUSTER("'node_provisioning_mode': 'Continuous', 'orchestrator': {'slurm': {}}"), NULL,
	  SM_CLUSTER("'node_provisioning_mode': 'Continuous', 'orchestrator': {'eks': "
		     "{'cluster_arn': 'arn:aws:eks:us-east-1:123456789012:cluster/k'}}"), NULL },
	{ "sagemaker.model_package_name_unversioned", "awscc.sagemaker.model_package",
	  "model_package_name", SM_PACKAGE(SM_INFERENCE(SM_TYPES)), NULL,
	  SM_PACKAGE("'model_package_name': 'churn', " SM_INFERENCE(SM_TYPES)), NULL },
	{ "sagemaker.model_package_group_no_tags", "awscc.sagemaker.model_package", "tags",
	  SM_PACKAGE("'model_package_group_name': 'churn', 'tags': [{'key': 'team', "
		     "'value': 'ml'}]"), NULL,
	  SM_PACKAGE("'model_package_group_name': 'churn'"), NULL },
	{ "sagemaker.unversioned_instance_types", "awscc.sagemaker.model_package",
	  "inference_specification.supported_realtime_inference_instance_types",
	  SM_PACKAGE("'model_package_name': 'churn', " SM_INFERENCE("")), NULL,
	  SM_PACKAGE("'model_package_group_name': 'churn', " SM_INFERENCE("")), NULL },
	{ "sagemaker.additional_inference_names_unique", "awscc.sagemaker.model_package",
	  "additional_inference_specifications[1].name",
	  SM_PACKAGE("'model_package_group_name': 'churn', 'additional_inference_specifications': ["
		     SM_ADDITIONAL("gpu") ", " SM_ADDITIONAL("gpu") "]"), NULL,
	  SM_PACKAGE("'model_package_group_name': 'churn', 'additional_inference_specifications': ["
		     SM_ADDITIONAL("gpu") ", " SM_ADDITIONAL("cpu") "]"), NULL },
	{ "sagemaker.additional_inference_total", "awscc.sagemaker.model_package",
	  "additional_inference_specifications",
	  SM_PACKAGE("'model_package_group_name': 'churn', 'additional_inference_specifications': ["
		     SM_ADDITIONAL("a") ", " SM_ADDITIONAL("b") ", " SM_ADDITIONAL("c") ", "
		     SM_ADDITIONAL("d") ", " SM_ADDITIONAL("e") ", " SM_ADDITIONAL("f") ", "
		     SM_ADDITIONAL("g") ", " SM_ADDITIONAL("h") "], "
		     "'additional_inference_specifications_to_add': ["
		     SM_ADDITIONAL("i") ", " SM_ADDITIONAL("j") ", " SM_ADDITIONAL("k") ", "
		     SM_ADDITIONAL("l") ", " SM_ADDITIONAL("m") ", " SM_ADDITIONAL("n") ", "
		     SM_ADDITIONAL("o") ", " SM_ADDITIONAL("p") "]"), NULL,
	  SM_PACKAGE("'model_package_group_name': 'churn', 'additional_inference_specifications': ["
		     SM_ADDITIONAL("a") "], 'additional_inference_specifications_to_add': ["
		     SM_ADDITIONAL("b") "]"), NULL },
	{ "sagemaker.validation_transform_instances", "awscc.sagemaker.model_package",
	  "validation_specification.validation_profiles[0].transform_job_definition."
	  "transform_resources.instance_count",
	  SM_PACKAGE("'model_package_group_name': 'churn', " SM_PROFILE("101")), NULL,
	  SM_PACKAGE("'model_package_group_name': 'churn', " SM_PROFILE("100")), NULL },
	{ "sagemaker.processing_gzip_pipe", "awscc.sagemaker.processing_job",
	  "processing_inputs[0].s3_input.s3_input_mode",
	  SM_PROCESSING(SM_S3_INPUT(", 's3_compression_type': 'Gzip', 's3_input_mode': 'File'"),
			SM_S3_OUTPUT), NULL,
	  SM_PROCESSING(SM_S3_INPUT(", 's3_compression_type': 'Gzip', 's3_input_mode': 'Pipe'"),
			SM_S3_OUTPUT), NULL },
	{ "sagemaker.processing_local_path", "awscc.sagemaker.processing_job",
	  "processing_inputs[0].s3_input.local_path",
	  SM_PROCESSING("{'input_name': 'in', 's3_input': {'s3_uri': 's3://b/in', "
			"'s3_data_type': 'S3Prefix', 'local_path': '/data/in'}}", SM_S3_OUTPUT), NULL,
	  SM_PROCESSING(SM_S3_INPUT(""), SM_S3_OUTPUT), NULL },
	{ "sagemaker.processing_feature_store_app_managed", "awscc.sagemaker.processing_job",
	  "processing_output_config.outputs[0].app_managed",
	  SM_PROCESSING(SM_S3_INPUT(""), "{'output_name': 'fs', 'feature_store_output': "
			"{'feature_group_name': 'orders'}}"), NULL,
	  SM_PROCESSING(SM_S3_INPUT(""), "{'output_name': 'fs', 'app_managed': true, "
			"'feature_store_output': {'feature_group_name': 'orders'}}"), NULL },
	{ "sagemaker.cfn_processing_input_one_source", "awscc.sagemaker.processing_job",
	  "processing_inputs[0].s3_input",
	  SM_PROCESSING("{'input_name': 'in', 's3_input': {'s3_uri': 's3://b/in', 's3_data_type': "
			"'S3Prefix', 'local_path': '/opt/ml/processing/in'}, "
			"'dataset_definition': {" SM_ATHENA "}}", SM_S3_OUTPUT), NULL,
	  SM_PROCESSING("{'input_name': 'in', 'dataset_definition': {" SM_ATHENA "}}",
			SM_S3_OUTPUT), NULL },
	{ "sagemaker.cfn_processing_dataset_one_source", "awscc.sagemaker.processing_job",
	  "processing_inputs[0].dataset_definition.athena_dataset_definition",
	  SM_PROCESSING("{'input_name': 'in', 'dataset_definition': {" SM_ATHENA ", " SM_REDSHIFT
			"}}", SM_S3_OUTPUT), NULL,
	  SM_PROCESSING("{'input_name': 'in', 'dataset_definition': {" SM_REDSHIFT "}}",
			SM_S3_OUTPUT), NULL },
	{ "sagemaker.cfn_processing_output_one_kind", "awscc.sagemaker.processing_job",
	  "processing_output_config.outputs[0].s3_output",
	  SM_PROCESSING(SM_S3_INPUT(""), "{'output_name': 'out', 'app_managed': true, "
			"'feature_store_output': {'feature_group_name': 'orders'}, 's3_output': "
			"{'s3_uri': 's3://b/out', 'local_path': '/opt/ml/processing/out', "
			"'s3_upload_mode': 'EndOfJob'}}"), NULL,
	  SM_PROCESSING(SM_S3_INPUT(""), SM_S3_OUTPUT), NULL },
	{ "sagemaker.partner_app_no_downgrade", "awscc.sagemaker.partner_app", "app_version",
	  SM_PARTNER("1.2.0"), SM_PARTNER("1.3.1"), SM_PARTNER("1.4"), SM_PARTNER("1.3.1") },
	{ "sagemaker.monitoring_now_window", "awscc.sagemaker.monitoring_schedule",
	  "monitoring_schedule_config.schedule_config.data_analysis_start_time",
	  SM_MONITOR(""), NULL,
	  SM_MONITOR(", 'data_analysis_start_time': '-PT1H', 'data_analysis_end_time': '-PT0H'"),
	  NULL },
	{ "sagemaker.lifecycle_content_base64", "awscc.sagemaker.studio_lifecycle_config",
	  "studio_lifecycle_config_content",
	  "{'studio_lifecycle_config_name': 'setup', 'studio_lifecycle_config_app_type': "
	  "'JupyterLab', 'studio_lifecycle_config_content': 'pip install x'}", NULL,
	  "{'studio_lifecycle_config_name': 'setup', 'studio_lifecycle_config_app_type': "
	  "'JupyterLab', 'studio_lifecycle_config_content': 'cGlwIGluc3RhbGwgeA=='}", NULL },
	{ "sagemaker.tag_keys_unique", "awscc.sagemaker.model", "tags[1].key",
	  SM_MODEL("'tags': [{'key': 'team', 'value': 'a'}, {'key': 'team', 'value': 'b'}]"), NULL,
	  SM_MODEL("'tags': [{'key': 'team', 'value': 'a'}, {'key': 'owner', 'value': 'b'}]"),
	  NULL },
	/* Amazon Connect */
	{ "connect.cfn_evaluation_form_two_levels", "awscc.connect.evaluation_form",
	  "items[0].section.items[0].section.items[0].section",
	  FORM(SECTION("s1", ", 'items': [" SECTION("s2", ", 'items': [" SECTION("s3", "") "]") "]")),
	  NULL,
	  FORM(SECTION("s1", ", 'items': [" SECTION("s2", ", 'items': [" QUESTION("q1", "") "]")
		       "]")), NULL },
	{ "connect.cfn_quick_connect_phone_config", "awscc.connect.quick_connect",
	  "quick_connect_config.phone_config", QUICK("PHONE_NUMBER", ""), NULL,
	  QUICK("PHONE_NUMBER", ", 'phone_config': {'phone_number': '+14155550100'}"), NULL },
	{ "connect.cfn_quick_connect_queue_config", "awscc.connect.quick_connect",
	  "quick_connect_config.queue_config", QUICK("QUEUE", ""), NULL,
	  QUICK("QUEUE", ", 'queue_config': {'contact_flow_arn': " ARN_OF("contact-flow")
		", 'queue_arn': " ARN_OF("queue") "}"), NULL },
	{ "connect.cfn_quick_connect_user_config", "awscc.connect.quick_connect",
	  "quick_connect_config.user_config", QUICK("USER", ""), NULL,
	  QUICK("USER", ", 'user_config': {'contact_flow_arn': " ARN_OF("contact-flow")
		", 'user_arn': " ARN_OF("agent") "}"), NULL },
	{ "connect.cfn_rule_task_action_for_ticket_sources", "awscc.connect.rule",
	  "actions.task_actions",
	  "{'instance_arn': '" INSTANCE "', 'name': 'tickets', 'function': '{}', "
	  "'publish_status': 'DRAFT', 'trigger_event_source': {'event_source_name': "
	  "'OnZendeskTicketCreate'" ZENDESK_ASSOCIATION "}, 'actions': {'event_bridge_actions': "
	  "[{'name': 'bus'}]}}", NULL,
	  "{'instance_arn': '" INSTANCE "', 'name': 'calls', 'function': '{}', "
	  "'publish_status': 'DRAFT', 'trigger_event_source': {'event_source_name': "
	  "'OnPostCallAnalysisAvailable'}, 'actions': {'event_bridge_actions': "
	  "[{'name': 'bus'}]}}", NULL },
	{ "connect.cfn_rule_integration_for_ticket_sources", "awscc.connect.rule",
	  "trigger_event_source.integration_association_arn",
	  RULE_OF("OnSalesforceCaseCreate", ""), NULL, RULE_OF("OnCaseCreate", ""), NULL },
	{ "connect.rule_name_change_ticket_sources", "awscc.connect.rule", "name",
	  RULE_NAMED("calls-renamed", "OnPostCallAnalysisAvailable", ""),
	  RULE_NAMED("calls", "OnPostCallAnalysisAvailable", ""),
	  RULE_NAMED("tickets-renamed", "OnZendeskTicketCreate", ZENDESK_ASSOCIATION),
	  RULE_NAMED("tickets", "OnZendeskTicketCreate", ZENDESK_ASSOCIATION) },
	{ "connect.user_acw_limit_max", "awscc.connect.user",
	  "phone_config.after_contact_work_time_limit",
	  USER(", 'phone_config': {'after_contact_work_time_limit': 2000001}"), NULL,
	  USER(", 'phone_config': {'after_contact_work_time_limit': 2000000}"), NULL },
	{ "connect.user_channel_acw_limit_max", "awscc.connect.user",
	  "after_contact_work_configs[0].agent_first_callback_after_contact_work_config."
	  "after_contact_work_time_limit",
	  USER(", 'after_contact_work_configs': [{'channel': 'VOICE', 'after_contact_work_config': "
	       "{'after_contact_work_time_limit': 0}, "
	       "'agent_first_callback_after_contact_work_config': "
	       "{'after_contact_work_time_limit': 3000000}}]"), NULL,
	  USER(", 'after_contact_work_configs': [{'channel': 'VOICE', 'after_contact_work_config': "
	       "{'after_contact_work_time_limit': 0}, "
	       "'agent_first_callback_after_contact_work_config': "
	       "{'after_contact_work_time_limit': 600}}]"), NULL },
	{ "connect.hierarchy_level_name_50", "awscc.connect.user_hierarchy_structure",
	  "user_hierarchy_structure.level_two.name",
	  "{'instance_arn': '" INSTANCE "', 'user_hierarchy_structure': {'level_one': {'name': "
	  "'region'}, 'level_two': {'name': '" X10 X10 X10 X10 X10 "x'}}}", NULL,
	  "{'instance_arn': '" INSTANCE "', 'user_hierarchy_structure': {'level_one': {'name': "
	  "'region'}, 'level_two': {'name': '" X10 X10 X10 X10 X10 "'}}}", NULL },
	{ "connect.routing_profile_queue_configs_on_create", "awscc.connect.routing_profile",
	  "queue_configs",
	  PROFILE("'media_concurrencies': [{'channel': 'VOICE', 'concurrency': 1}], "
		  "'queue_configs': [" QUEUES_10 ", " QUEUE_CONFIG "]"), NULL,
	  PROFILE("'media_concurrencies': [{'channel': 'VOICE', 'concurrency': 1}], "
		  "'queue_configs': [" QUEUES_10 "]"), NULL },
	{ "connect.routing_voice_concurrency_one", "awscc.connect.routing_profile",
	  "media_concurrencies[1].concurrency",
	  PROFILE("'media_concurrencies': [{'channel': 'CHAT', 'concurrency': 5}, "
		  "{'channel': 'VOICE', 'concurrency': 2}]"), NULL,
	  PROFILE("'media_concurrencies': [{'channel': 'CHAT', 'concurrency': 5}, "
		  "{'channel': 'VOICE', 'concurrency': 1}]"), NULL },
	{ "connect.override_month_day_or_weekday", "awscc.connect.hours_of_operation",
	  "hours_of_operation_overrides[0].recurrence_config.recurrence_pattern."
	  "by_weekday_occurrence",
	  HOURS("'frequency': 'MONTHLY', 'by_month_day': [25], 'by_weekday_occurrence': [1]"), NULL,
	  HOURS("'frequency': 'MONTHLY', 'by_month_day': [25]"), NULL },
	{ "connect.override_weekday_monthly_yearly", "awscc.connect.hours_of_operation",
	  "hours_of_operation_overrides[0].recurrence_config.recurrence_pattern.frequency",
	  HOURS("'frequency': 'WEEKLY', 'by_weekday_occurrence': [-1]"), NULL,
	  HOURS("'frequency': 'YEARLY', 'by_month': [11], 'by_weekday_occurrence': [-1]"), NULL },
	{ "connect.data_table_name_reserved", "awscc.connect.data_table", "name",
	  "{'instance_arn': '" INSTANCE "', 'name': 'Connect:prices'}", NULL,
	  "{'instance_arn': '" INSTANCE "', 'name': 'prices-connect:eu'}", NULL },
	{ "connect.data_table_attribute_name_reserved", "awscc.connect.data_table_attribute", "name",
	  "{'instance_arn': '" INSTANCE "', 'name': 'AWS:tier'}", NULL,
	  "{'instance_arn': '" INSTANCE "', 'name': 'tier'}", NULL },
	{ "connect.validation_length_order", "awscc.connect.data_table_attribute",
	  "validation.min_length", ATTRIBUTE("'min_length': 10, 'max_length': 5"), NULL,
	  ATTRIBUTE("'min_length': 5, 'max_length': 5"), NULL },
	{ "connect.validation_values_order", "awscc.connect.data_table_attribute",
	  "validation.min_values", ATTRIBUTE("'min_values': 3, 'max_values': 2"), NULL,
	  ATTRIBUTE("'min_values': 2, 'max_values': 3"), NULL },
	{ "connect.validation_maximum_above", "awscc.connect.data_table_attribute",
	  "validation.exclusive_minimum", ATTRIBUTE("'exclusive_minimum': 10, 'maximum': 10"), NULL,
	  ATTRIBUTE("'exclusive_minimum': 9, 'maximum': 10"), NULL },
	{ "connect.validation_exclusive_maximum_above", "awscc.connect.data_table_attribute",
	  "validation.minimum", ATTRIBUTE("'minimum': 5, 'exclusive_maximum': 5"), NULL,
	  ATTRIBUTE("'minimum': 5, 'exclusive_maximum': 6"), NULL },
	{ "connect.validation_multiple_of_positive", "awscc.connect.data_table_attribute",
	  "validation.multiple_of", ATTRIBUTE("'multiple_of': 0"), NULL,
	  ATTRIBUTE("'multiple_of': 0.5"), NULL },
	{ "connect.validation_arrays_at_most_5", "awscc.connect.data_table_attribute",
	  "validation.enum.values",
	  ATTRIBUTE("'enum': {'values': ['a', 'b', 'c', 'd', 'e', 'f']}"), NULL,
	  ATTRIBUTE("'enum': {'values': ['a', 'b', 'c', 'd', 'e']}"), NULL },
	/* AWS IoT */
	{ "iot.topic_rule_events_batch_no_message_id", "awscc.iot.topic_rule",
	  "topic_rule_payload.error_action.iot_events.message_id",
	  TOPIC_RULE_ERROR(EVENTS(""), EVENTS(", 'batch_mode': true, 'message_id': 'm1'")), NULL,
	  TOPIC_RULE_ERROR(EVENTS(""), EVENTS(", 'batch_mode': false, 'message_id': 'm1'")),
	  NULL },
	{ "iot.topic_rule_dimension_reserved", "awscc.iot.topic_rule",
	  "topic_rule_payload.actions[0].timestream.dimensions[0].name",
	  TOPIC_RULE(TIMESTREAM("time", "SECONDS")), NULL,
	  TOPIC_RULE(TIMESTREAM("device", "SECONDS")), NULL },
	{ "iot.topic_rule_dimension_prefix", "awscc.iot.topic_rule",
	  "topic_rule_payload.actions[0].timestream.dimensions[0].name",
	  TOPIC_RULE(TIMESTREAM("ts_device", "SECONDS")), NULL,
	  TOPIC_RULE(TIMESTREAM("device_ts", "SECONDS")), NULL },
	{ "iot.topic_rule_timestamp_unit", "awscc.iot.topic_rule",
	  "topic_rule_payload.actions[0].timestream.timestamp.unit",
	  TOPIC_RULE(TIMESTREAM("device", "MINUTES")), NULL,
	  TOPIC_RULE(TIMESTREAM("device", "${unit}")), NULL },
	{ "iot.topic_rule_response_topic_no_wildcard", "awscc.iot.topic_rule",
	  "topic_rule_payload.actions[0].republish.headers.response_topic",
	  TOPIC_RULE(REPUBLISH("'response_topic': 'replies/#'")), NULL,
	  TOPIC_RULE(REPUBLISH("'response_topic': 'replies/${clientid()}'")), NULL },
	{ "iot.topic_rule_payload_format", "awscc.iot.topic_rule",
	  "topic_rule_payload.actions[0].republish.headers.payload_format_indicator",
	  TOPIC_RULE(REPUBLISH("'payload_format_indicator': 'UTF8'")), NULL,
	  TOPIC_RULE(REPUBLISH("'payload_format_indicator': 'UTF8_DATA'")), NULL },
	{ "iot.topic_rule_correlation_base64", "awscc.iot.topic_rule",
	  "topic_rule_payload.actions[0].republish.headers.correlation_data",
	  TOPIC_RULE(REPUBLISH("'correlation_data': 'not base64!'")), NULL,
	  TOPIC_RULE(REPUBLISH("'correlation_data': 'aGVsbG8='")), NULL },
	{ "iot.topic_rule_sitewise_alias_or_ids", "awscc.iot.topic_rule",
	  "topic_rule_payload.actions[0].iot_site_wise.put_asset_property_value_entries[0]."
	  "property_alias",
	  TOPIC_RULE(SITEWISE("'asset_id': 'a1', " VALUES("GOOD"))), NULL,
	  TOPIC_RULE(SITEWISE("'asset_id': 'a1', 'property_id': 'p1', " VALUES("GOOD"))), NULL },
	{ "iot.topic_rule_sitewise_quality", "awscc.iot.topic_rule",
	  "topic_rule_payload.actions[0].iot_site_wise.put_asset_property_value_entries[0]."
	  "property_values[0].quality",
	  TOPIC_RULE(SITEWISE("'property_alias': '/plant/temp', " VALUES("OK"))), NULL,
	  TOPIC_RULE(SITEWISE("'property_alias': '/plant/temp', " VALUES("UNCERTAIN"))), NULL },
	{ "iot.topic_rule_no_new_elasticsearch", "awscc.iot.topic_rule",
	  "topic_rule_payload.actions[0].elasticsearch",
	  TOPIC_RULE("{'elasticsearch': {'endpoint': 'https://search.example.com', 'id': 'x', "
		     "'index': 'i', 'type': 't', 'role_arn': 'arn:aws:iam::123456789012:role/iot'}}"),
	  NULL,
	  TOPIC_RULE("{'open_search': {'endpoint': 'https://search.example.com', 'id': 'x', "
		     "'index': 'i', 'type': 't', 'role_arn': 'arn:aws:iam::123456789012:role/iot'}}"),
	  NULL },
	{ "iot.scheduled_audit_day_of_month", "awscc.iot.scheduled_audit", "day_of_month",
	  "{'frequency': 'MONTHLY', 'target_check_names': ['LOGGING_DISABLED_CHECK']}", NULL,
	  "{'frequency': 'MONTHLY', 'day_of_month': 'LAST', 'target_check_names': "
	  "['LOGGING_DISABLED_CHECK']}", NULL },
	{ "iot.scheduled_audit_day_of_week", "awscc.iot.scheduled_audit", "day_of_week",
	  "{'frequency': 'BIWEEKLY', 'target_check_names': ['LOGGING_DISABLED_CHECK']}", NULL,
	  "{'frequency': 'BIWEEKLY', 'day_of_week': 'MON', 'target_check_names': "
	  "['LOGGING_DISABLED_CHECK']}", NULL },
	{ "iot.job_template_document_or_source", "awscc.iot.job_template", "document",
	  "{'job_template_id': 'ota', 'description': 'ota'}", NULL,
	  "{'job_template_id': 'ota', 'description': 'ota', 'document_source': "
	  "'https://jobs.s3.amazonaws.com/ota.json'}", NULL },
	{ "iot.cfn_mitigation_action_one_param", "awscc.iot.mitigation_action",
	  "action_params.add_things_to_thing_group_params",
	  "{'role_arn': 'arn:aws:iam::123456789012:role/m', 'action_params': {"
	  "'add_things_to_thing_group_params': {'thing_group_names': ['quarantine']}, "
	  "'update_device_certificate_params': {'action': 'DEACTIVATE'}}}", NULL,
	  "{'role_arn': 'arn:aws:iam::123456789012:role/m', 'action_params': {"
	  "'update_device_certificate_params': {'action': 'DEACTIVATE'}}}", NULL },
	{ "iot.custom_metric_name_not_aws", "awscc.iot.custom_metric", "metric_name",
	  "{'metric_name': 'aws:bytes', 'metric_type': 'number'}", NULL,
	  "{'metric_name': 'bytes', 'metric_type': 'number'}", NULL },
	{ "iot.command_iot_namespace_no_role", "awscc.iot.command", "role_arn",
	  "{'command_id': 'reboot', 'namespace': 'AWS-IoT', 'role_arn': "
	  "'arn:aws:iam::123456789012:role/commands'}", NULL,
	  "{'command_id': 'reboot', 'namespace': 'AWS-IoT'}", NULL },
	{ "iot.command_fleetwise_namespace_role", "awscc.iot.command", "role_arn",
	  "{'command_id': 'reboot', 'namespace': 'AWS-IoT-FleetWise'}", NULL,
	  "{'command_id': 'reboot', 'namespace': 'AWS-IoT-FleetWise', 'role_arn': "
	  "'arn:aws:iam::123456789012:role/commands'}", NULL },
	{ "iot.command_content_type_format", "awscc.iot.command", "payload.content_type",
	  "{'command_id': 'reboot', 'payload': {'content': 'e30=', 'content_type': 'json'}}", NULL,
	  "{'command_id': 'reboot', 'payload': {'content': 'e30=', 'content_type': "
	  "'application/json'}}", NULL },
	{ "iot.fleet_metric_period_minutes", "awscc.iot.fleet_metric", "period",
	  "{'metric_name': 'online', 'period': 90}", NULL,
	  "{'metric_name': 'online', 'period': 120}", NULL },
	{ "iot.domain_ocsp_responder_in_region", "awscc.iot.domain_configuration",
	  "server_certificate_config.ocsp_authorized_responder_arn",
	  "{'server_certificate_config': {'enable_ocsp_check': true, "
	  "'ocsp_authorized_responder_arn': '" ACM_ARN("eu-west-1") "'}}", NULL,
	  "{'server_certificate_config': {'enable_ocsp_check': true, "
	  "'ocsp_authorized_responder_arn': '" ACM_ARN("us-east-1") "'}}", NULL },
	{ "iot.domain_ocsp_lambda_in_region", "awscc.iot.domain_configuration",
	  "server_certificate_config.ocsp_lambda_arn",
	  "{'server_certificate_config': {'ocsp_lambda_arn': "
	  "'arn:aws:lambda:eu-west-1:123456789012:function:ocsp'}}", NULL,
	  "{'server_certificate_config': {'ocsp_lambda_arn': "
	  "'arn:aws:lambda:us-east-1:123456789012:function:ocsp'}}", NULL },
	{ "iot.ca_sni_only_no_verification", "awscc.iot.ca_certificate",
	  "verification_certificate_pem",
	  "{'ca_certificate_pem': 'PEM', 'status': 'ACTIVE', 'certificate_mode': 'SNI_ONLY', "
	  "'verification_certificate_pem': 'PEM2'}", NULL,
	  "{'ca_certificate_pem': 'PEM', 'status': 'ACTIVE', 'certificate_mode': 'SNI_ONLY'}",
	  NULL },
	{ "iot.ca_default_verification", "awscc.iot.ca_certificate", "verification_certificate_pem",
	  "{'ca_certificate_pem': 'PEM', 'status': 'ACTIVE', 'certificate_mode': 'DEFAULT'}", NULL,
	  "{'ca_certificate_pem': 'PEM', 'status': 'ACTIVE', 'certificate_mode': 'DEFAULT', "
	  "'verification_certificate_pem': 'PEM2'}", NULL },
};

static const char *const services[] = { "apigateway.", "apigatewayv2.", "connect.",
					 "elasticache.", "iot.", "lightsail.", "networkmanager.",
					 "personalize.", "sagemaker.", NULL };

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
					 "test_words_awscc_only.c");
}

/* What the rows leave alone: API Gateway's extended request id in a log
 * format (its guide takes either), the root and every resource as a
 * method setting's path, a log group as the destination, a stream's ARN
 * not known yet, a REST API named by its OpenAPI definition, base64 without
 * its padding. */
static void test_what_passes(void **state)
{
	static const char *const passing[][2] = {
		{ "awscc.apigateway.stage", STAGE(LOG_FORMAT("$context.extendedRequestId")) },
		{ "awscc.apigateway.stage",
		  STAGE("'method_settings': [{'resource_path': '/', 'http_method': 'GET'}, "
			"{'resource_path': '/*', 'http_method': '*'}]") },
		{ "awscc.apigateway.stage",
		  STAGE("'access_log_setting': {'destination_arn': {'$unknown': 'set'}, "
			"'format': '$context.requestId'}") },
		{ "awscc.apigateway.rest_api", "{'body': {'openapi': '3.0.1'}}" },
		{ "awscc.apigateway.deployment", DEPLOYMENT("'description': 'v2'") },
		{ "awscc.iot.topic_rule", TOPIC_RULE(REPUBLISH("'correlation_data': 'aGVsbG8'")) },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(passing) / sizeof(*passing); i++) {
		struct strbuf err = STRBUF_INIT;
		if (words_judge(passing[i][0], passing[i][1], NULL, NULL, &err))
			fail_msg("%s refused %s: %s", passing[i][0], passing[i][1], err.buf);
		strbuf_release(&err);
	}
}

/* The rows that hold CreateLink's and CreateSolution's words: a link's
 * provider with | is CreateLink's refusal alone (UpdateLink's words do not
 * say it), so an update passes; a solution whose perform_auto_ml is not
 * known yet passes without a recipe, and with one. */
static void test_networkmanager_and_personalize_leave(void **state)
{
	static const char *const passing[][3] = {
		{ "awscc.networkmanager.link", NM_LINK("'provider_name': 'Acme|East'"),
		  NM_LINK("'provider_name': 'Acme'") },
		{ "awscc.networkmanager.link", NM_LINK("'link_type': 'fiber^2'"),
		  NM_LINK("'link_type': 'fiber'") },
		{ "awscc.personalize.solution", PZ_SOLUTION(", 'perform_auto_ml': {'$unknown': 'set'}"),
		  NULL },
		{ "awscc.personalize.solution",
		  PZ_SOLUTION(", 'perform_auto_ml': {'$unknown': 'set'}, 'recipe_arn': '" PZ_RECIPE
			      "'"), NULL },
	};
	const char *attr = NULL;
	struct strbuf err = STRBUF_INIT;

	(void)state;
	for (size_t i = 0; i < sizeof(passing) / sizeof(*passing); i++) {
		strbuf_reset(&err);
		if (words_judge(passing[i][0], passing[i][1], passing[i][2], &attr, &err))
			fail_msg("%s refused %s: %s", passing[i][0], passing[i][1], err.buf);
	}
	/* the same provider at create is refused */
	strbuf_reset(&err);
	assert_int_not_equal(words_judge("awscc.networkmanager.link",
					 NM_LINK("'provider_name': 'Acme|East'"), NULL, &attr, &err), 0);
	strbuf_release(&err);
}

/* A SageMaker model's environment maps (rule_sagemaker_model_environment,
 * the written rule sagemaker.words names): a value over 1,024 bytes, and
 * 33 values of 1,000 bytes over 32 KB together, refused; 1,024 bytes, and
 * 32 such values, pass, as does a map not known yet. And the tag keys' aws:
 * on the SageMaker types whose registry pattern does not hold it. */
#define SM_KV(N) "'k" N "': '" X1000 "'"
static void test_sagemaker_environment_and_tag_keys(void **state)
{
	static const char *const refused[][3] = {
		{ "awscc.sagemaker.model",
		  SM_MODEL("'primary_container': {'image': " SM_IMAGE ", 'environment': {'MODE': '"
			   X1000 X10 X10 "xxxxx'}}"), "1025 bytes: AWS says" },
		{ "awscc.sagemaker.model",
		  SM_MODEL("'primary_container': {'image': " SM_IMAGE ", 'environment': {"
			   SM_KV("01") ", " SM_KV("02") ", " SM_KV("03") ", " SM_KV("04") ", " SM_KV("05") ", "
			   SM_KV("06") ", " SM_KV("07") ", " SM_KV("08") ", " SM_KV("09") ", " SM_KV("10") ", "
			   SM_KV("11") ", " SM_KV("12") ", " SM_KV("13") ", " SM_KV("14") ", " SM_KV("15") ", "
			   SM_KV("16") ", " SM_KV("17") ", " SM_KV("18") ", " SM_KV("19") ", " SM_KV("20") ", "
			   SM_KV("21") ", " SM_KV("22") ", " SM_KV("23") ", " SM_KV("24") ", " SM_KV("25") ", "
			   SM_KV("26") ", " SM_KV("27") ", " SM_KV("28") ", " SM_KV("29") ", " SM_KV("30") ", "
			   SM_KV("31") ", " SM_KV("32") ", " SM_KV("33")
			   "}}"), "33099 bytes together: AWS says" },
		{ "awscc.sagemaker.cluster", SM_CLUSTER("'tags': [{'key': 'aws:team', 'value': 'ml'}]"),
		  "cannot be prefixed with aws:" },
	};
	static const char *const passing[][2] = {
		{ "awscc.sagemaker.model",
		  SM_MODEL("'primary_container': {'image': " SM_IMAGE ", 'environment': {'MODE': '"
			   X1000 X10 X10 "xxxx'}}") },
		{ "awscc.sagemaker.model",
		  SM_MODEL("'containers': [{'image': " SM_IMAGE ", 'environment': {" SM_KV("01") ", "
			   SM_KV("02") "}}, {'image': " SM_IMAGE ", 'environment': {'$unknown': "
			   "'set'}}]") },
		{ "awscc.sagemaker.cluster", SM_CLUSTER("'tags': [{'key': 'team', 'value': 'aws:ml'}]") },
	};
	const char *attr = NULL;
	struct strbuf err = STRBUF_INIT;

	(void)state;
	for (size_t i = 0; i < sizeof(refused) / sizeof(*refused); i++) {
		strbuf_reset(&err);
		assert_int_not_equal(words_judge(refused[i][0], refused[i][1], NULL, &attr, &err), 0);
		if (!strstr(err.buf, refused[i][2]))
			fail_msg("%s: \"%s\" does not say \"%s\"", refused[i][0], err.buf,
				 refused[i][2]);
	}
	for (size_t i = 0; i < sizeof(passing) / sizeof(*passing); i++) {
		strbuf_reset(&err);
		if (words_judge(passing[i][0], passing[i][1], NULL, &attr, &err))
			fail_msg("%s refused %s: %s", passing[i][0], passing[i][1], err.buf);
	}
	strbuf_release(&err);
}
#undef SM_KV

/* An evaluation form's ref_ids (rule_connect_form_ref_ids, the written
 * rule connect.words names): a section's and a question's unique in the
 * whole form (a question of a subsection sharing its section's id is
 * refused), a single select question's options' within the question (two
 * questions may share option ids); a value not known yet passes. */
static void test_evaluation_form_ref_ids(void **state)
{
	static const char *const refused[][2] = {
		{ FORM(SECTION("greet", ", 'items': [" SECTION("tone", ", 'items': ["
			     QUESTION("greet", "") "]") "]")),
		  "items[0].section.items[0].section.items[0].question.ref_id: \"greet\" is another "
		  "section's or question's ref_id too: AWS says \"An identifier must be unique within "
		  "the evaluation form.\"" },
		{ FORM(SECTION("s1", ", 'items': [" QUESTION("q1", OPTIONS("yes", "yes")) "]")),
		  "items[0].section.items[0].question.question_type_properties.single_select."
		  "options[1].ref_id: \"yes\" is another option's ref_id too: AWS says \"An "
		  "identifier must be unique within the question.\"" },
	};
	static const char *const passing[] = {
		FORM(SECTION("s1", ", 'items': [" QUESTION("q1", OPTIONS("yes", "no")) ", "
			     QUESTION("q2", OPTIONS("yes", "no")) "]") ", " SECTION("s2", "")),
		FORM(SECTION("s1", ", 'items': [" QUESTION("q1", "") "]") ", "
		     "{'section': {'ref_id': {'$unknown': 'set'}, 'title': 'x'}}, "
		     "{'section': {'ref_id': {'$unknown': 'set'}, 'title': 'y'}}"),
	};

	(void)state;
	for (size_t i = 0; i < sizeof(refused) / sizeof(*refused); i++) {
		struct strbuf err = STRBUF_INIT;
		if (!words_judge("awscc.connect.evaluation_form", refused[i][0], NULL, NULL, &err))
			fail_msg("accepted %s", refused[i][0]);
		if (!strstr(err.buf, refused[i][1]))
			fail_msg("message \"%s\" lacks \"%s\"", err.buf, refused[i][1]);
		strbuf_release(&err);
	}
	for (size_t i = 0; i < sizeof(passing) / sizeof(*passing); i++) {
		struct strbuf err = STRBUF_INIT;
		if (words_judge("awscc.connect.evaluation_form", passing[i], NULL, NULL, &err))
			fail_msg("refused %s: %s", passing[i], err.buf);
		strbuf_release(&err);
	}
}

/* A topic rule's HTTP actions (rule_iot_http_confirmation_prefix, the
 * written rule iot.words names): a confirmation URL that does not begin
 * the endpoint URL is refused, of an action and of the error action, as is
 * none beside a URL whose substitution template the stack writes ("$${");
 * one that does, one of a substitution template, and a URL of a value not
 * known yet without one, pass. And the tag keys'
 * reserved prefix on the Connect and IoT types whose registry Tag.Key has
 * no pattern holding it (rule_tag_list_keys). */
static void test_iot_confirmation_and_tag_keys(void **state)
{
	static const char *const refused[][3] = {
		{ "awscc.iot.topic_rule",
		  TOPIC_RULE(HTTP("https://api.example.com/in", ", 'confirmation_url': "
				  "'https://other.example.com/'")),
		  "actions[0].http.confirmation_url: \"https://other.example.com/\" does not begin" },
		{ "awscc.iot.topic_rule",
		  TOPIC_RULE_ERROR(HTTP("https://api.example.com/in", ""),
				   HTTP("https://api.example.com/err", ", 'confirmation_url': "
					"'https://api.example.com/in'")),
		  "error_action.http.confirmation_url" },
		{ "awscc.iot.topic_rule", TOPIC_RULE(HTTP("https://api.example.com/$${topic()}", "")),
		  "actions[0].http.url: \"https://api.example.com/$${topic()}\" holds a substitution" },
		{ "awscc.connect.queue", "{'tags': [{'key': 'AWS:team', 'value': 'x'}]}",
		  "cannot be prefixed with aws:" },
		{ "awscc.iot.role_alias", "{'role_arn': 'arn:aws:iam::123456789012:role/r', "
		  "'tags': [{'key': 'aws:team', 'value': 'x'}]}", "cannot be prefixed with aws:" },
	};
	static const char *const passing[][2] = {
		{ "awscc.iot.topic_rule",
		  TOPIC_RULE(HTTP("https://api.example.com/in", ", 'confirmation_url': "
				  "'https://api.example.com/'")) },
		{ "awscc.iot.topic_rule",
		  TOPIC_RULE(HTTP("https://api.example.com/in", ", 'confirmation_url': "
				  "'https://${get_dynamodb()}/'")) },
		{ "awscc.iot.topic_rule",
		  TOPIC_RULE(HTTP("https://api.example.com/$${topic()}", ", 'confirmation_url': "
				  "'https://api.example.com/'")) },
		{ "awscc.iot.topic_rule", TOPIC_RULE(HTTP("https://${var.host}/in", "")) },
		{ "awscc.connect.queue", "{'tags': [{'key': 'team', 'value': 'aws:x'}]}" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(refused) / sizeof(*refused); i++) {
		struct strbuf err = STRBUF_INIT;
		if (!words_judge(refused[i][0], refused[i][1], NULL, NULL, &err))
			fail_msg("accepted %s", refused[i][1]);
		if (!strstr(err.buf, refused[i][2]))
			fail_msg("message \"%s\" lacks \"%s\"", err.buf, refused[i][2]);
		strbuf_release(&err);
	}
	for (size_t i = 0; i < sizeof(passing) / sizeof(*passing); i++) {
		struct strbuf err = STRBUF_INIT;
		if (words_judge(passing[i][0], passing[i][1], NULL, NULL, &err))
			fail_msg("refused %s: %s", passing[i][1], err.buf);
		strbuf_release(&err);
	}
}

/* A WebSocket integration response's response parameters
 * (rule_apigatewayv2_response_parameters, the written rule
 * apigatewayv2.words names): a key that is no method response header, a
 * non-static value that is no integration response's header or body, are
 * refused; static values, headers, the body and its members pass, as does
 * a key not known yet. */
static void test_apigatewayv2_response_parameters(void **state)
{
#define RESPONSE(PARAMS) "{'api_id': 'a1b2c3', 'integration_id': 'i1', " \
	"'integration_response_key': '$default', 'response_parameters': {" PARAMS "}}"
	static const char *const refused[][2] = {
		{ RESPONSE("'integration.response.header.x-id': 'integration.response.header.id'"),
		  "key \"integration.response.header.x-id\" is no method response header" },
		{ RESPONSE("'method.response.header.': 'integration.response.body'"),
		  "is no method response header" },
		{ RESPONSE("'method.response.header.x-id': 'context.requestId'"),
		  "method.response.header.x-id: \"context.requestId\" is neither" },
		{ RESPONSE("'method.response.header.x-id': 'integration.response.bodyid'"),
		  "is neither a static value" },
	};
	static const char *const passing[] = {
		RESPONSE("'method.response.header.x-id': 'integration.response.header.id', "
			 "'method.response.header.x-kind': '\\u0027order\\u0027', "
			 "'method.response.header.x-body': 'integration.response.body', "
			 "'method.response.header.x-total': 'integration.response.body.total'"),
		RESPONSE("'${var.key}': 'context.requestId'"),
	};
#undef RESPONSE

	(void)state;
	for (size_t i = 0; i < sizeof(refused) / sizeof(*refused); i++) {
		struct strbuf err = STRBUF_INIT;
		if (!words_judge("awscc.apigatewayv2.integration_response", refused[i][0], NULL, NULL,
				 &err))
			fail_msg("accepted %s", refused[i][0]);
		if (!strstr(err.buf, refused[i][1]))
			fail_msg("message \"%s\" lacks \"%s\"", err.buf, refused[i][1]);
		strbuf_release(&err);
	}
	for (size_t i = 0; i < sizeof(passing) / sizeof(*passing); i++) {
		struct strbuf err = STRBUF_INIT;
		if (words_judge("awscc.apigatewayv2.integration_response", passing[i], NULL, NULL,
				&err))
			fail_msg("refused %s: %s", passing[i], err.buf);
		strbuf_release(&err);
	}
}

/* The zones ElastiCache places nodes in, one per node
 * (rule_elasticache_cluster_zone_count, rule_elasticache_group_zone_count,
 * the written rules elasticache.words names): a cache cluster's against its
 * nodes, a replication group's against its clusters, a node group's replica
 * zones against its replica count or the group's replicas per node group;
 * a count not known yet passes. And a replication group's tag keys'
 * reserved prefix (rule_tag_list_keys). */
static void test_elasticache_zone_counts(void **state)
{
#define CC_ZONES(NODES, ZONES) "{'cache_node_type': 'cache.t3.micro', 'engine': 'memcached', " \
	"'num_cache_nodes': " NODES ", 'preferred_availability_zones': [" ZONES "]}"
	static const char *const refused[][3] = {
		{ "awscc.elasticache.cache_cluster", CC_ZONES("2", "'us-east-1a'"),
		  "preferred_availability_zones lists 1 zones, num_cache_nodes is 2" },
		{ "awscc.elasticache.replication_group",
		  GROUP(", 'num_cache_clusters': 3, 'preferred_cache_cluster_a_zs': ['us-east-1a', "
			"'us-east-1b']"), "preferred_cache_cluster_a_zs lists 2 zones" },
		{ "awscc.elasticache.replication_group",
		  GROUP(", 'node_group_configuration': [{'replica_count': 2, "
			"'replica_availability_zones': ['us-east-1a']}]"),
		  "node_group_configuration[0].replica_availability_zones lists 1 zones, its "
		  "replica_count is 2" },
		{ "awscc.elasticache.replication_group",
		  GROUP(", 'replicas_per_node_group': 1, 'node_group_configuration': [{"
			"'replica_availability_zones': ['us-east-1a', 'us-east-1b']}]"),
		  "replicas_per_node_group is 1" },
		{ "awscc.elasticache.replication_group",
		  GROUP(", 'tags': [{'key': 'aws:team', 'value': 'x'}]"), "cannot be prefixed with aws:" },
	};
	static const char *const passing[][2] = {
		{ "awscc.elasticache.cache_cluster", CC_ZONES("2", "'us-east-1a', 'us-east-1a'") },
		{ "awscc.elasticache.cache_cluster", CC_ZONES("'${var.nodes}'", "'us-east-1a'") },
		{ "awscc.elasticache.replication_group",
		  GROUP(", 'num_cache_clusters': 2, 'preferred_cache_cluster_a_zs': ['us-east-1a', "
			"'us-east-1b'], 'node_group_configuration': [{'replica_count': 1, "
			"'replica_availability_zones': ['us-east-1b']}]") },
	};
#undef CC_ZONES

	(void)state;
	for (size_t i = 0; i < sizeof(refused) / sizeof(*refused); i++) {
		struct strbuf err = STRBUF_INIT;
		if (!words_judge(refused[i][0], refused[i][1], NULL, NULL, &err))
			fail_msg("accepted %s", refused[i][1]);
		if (!strstr(err.buf, refused[i][2]))
			fail_msg("message \"%s\" lacks \"%s\"", err.buf, refused[i][2]);
		strbuf_release(&err);
	}
	for (size_t i = 0; i < sizeof(passing) / sizeof(*passing); i++) {
		struct strbuf err = STRBUF_INIT;
		if (words_judge(passing[i][0], passing[i][1], NULL, NULL, &err))
			fail_msg("refused %s: %s", passing[i][1], err.buf);
		strbuf_release(&err);
	}
}

int main(void)
{
	/* the provider's region the rows on the region read (aws_provider_region:
	 * AWS_REGION): an OCSP responder's and function's ARNs of another */
	setenv("AWS_REGION", "us-east-1", 1);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_what_passes),
		cmocka_unit_test(test_networkmanager_and_personalize_leave),
		cmocka_unit_test(test_sagemaker_environment_and_tag_keys),
		cmocka_unit_test(test_evaluation_form_ref_ids),
		cmocka_unit_test(test_iot_confirmation_and_tag_keys),
		cmocka_unit_test(test_apigatewayv2_response_parameters),
		cmocka_unit_test(test_elasticache_zone_counts),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
