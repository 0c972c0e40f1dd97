/*
 * test_words_compute.c: the words rows (AWS_SAYS, checks/words.c) of the
 * compute group's services (s3, batch, ecs, ecr, lambda, Step
 * Functions), each through aws_constraints_check: a resource it refuses,
 * whose message names the attribute, quotes AWS's sentence and names its
 * document, and its passing twin; a create row judged only on a create, an
 * update row only on what an update sends anew; every such row has a case
 * here. The conditions HAS and ENDS_WITH are held at their edges. And the
 * written rows these services' verdicts name that came with them: an ECS
 * container's memory, digest and ports, a state machine's name, a Batch
 * job's memory and vCPU, an S3 lifecycle rule's ID and transition days, a
 * bucket's overlapping notifications, and across resources a Batch job
 * queue's kinds of compute environment (a log group's key spec is a words
 * row crossing the reference now: test_words_crossing.c's). The
 * rows on the awscc types (the registry's sentences their schemas' keywords
 * do not hold: an ECS service's, a cluster's and a task definition's, a
 * bucket's, a Lambda function's, event source mapping's and code signing
 * configuration's, a Batch quota share's), those within lists (EACH: each
 * element's path named by its index) among them, have their cases alike
 * (CloudWatch Logs' words rows: test_words_logs.c).
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
#include "provider/aws/checks/rules.h"
#include "provider/aws/checks/words.h"
#include "provider/provider.h"
#include "tests/unit/json_support.h"
#include "tests/unit/words_support.h"

#define SPOT(MORE) "{'name': 'ce', 'compute_environment_type': 'MANAGED', 'compute_resources': " \
	"{'type': 'SPOT', 'max_vcpus': 4, 'subnets': ['s'], 'instance_role': 'p', " \
	"'instance_type': ['optimal']" MORE "}}"
#define EC2(MORE) "{'name': 'ce', 'compute_environment_type': 'MANAGED', 'compute_resources': " \
	"{'type': 'EC2', 'max_vcpus': 4, 'subnets': ['s'], 'instance_role': 'p', " \
	"'instance_type': ['optimal']" MORE "}}"
#define FARGATE(GROUPS) "{'name': 'ce', 'compute_environment_type': 'MANAGED', " \
	"'compute_resources': {'type': 'FARGATE', 'max_vcpus': 4, 'subnets': ['s'], " \
	"'security_group_ids': " GROUPS "}}"
#define WINDOWS(CPU, MEMORY) "{'family': 'win', 'requires_compatibilities': ['FARGATE'], " \
	"'network_mode': 'awsvpc', 'cpu': '" CPU "', 'memory': '" MEMORY "', " \
	"'runtime_platform': {'operating_system_family': 'WINDOWS_SERVER_2022_CORE'}, " \
	"'container_definitions': [{'name': 'app', 'image': 'mcr.microsoft.com/windows'}]}"
#define BUCKET(ALGORITHM) "{'name': 'words-bucket', 'encryption': {'sse_algorithm': '" \
	ALGORITHM "', 'kms_key_id': 'arn:aws:kms:us-east-1:123456789012:key/k'}}"
#define MACHINE(ARN) "{'name': 'm', 'role_arn': 'arn:aws:iam::123456789012:role/r', " \
	"'definition': {'StartAt': 'A', 'States': {'A': {'Type': 'Pass', 'End': true}}}, " \
	"'logging_configuration': {'level': 'ALL', 'include_execution_data': true, " \
	"'log_group_arn': '" ARN "'}}"
#define GROUP "arn:aws:logs:us-east-1:123456789012:log-group:flows"
/* The awscc state machine logging to two groups. */
#define CC_MACHINE(ARN1, ARN2) "{'role_arn': 'arn:aws:iam::123456789012:role/r', " \
	"'definition': {'StartAt': 'A', 'States': {'A': {'Type': 'Pass', 'End': true}}}, " \
	"'logging_configuration': {'level': 'ALL', 'destinations': [" \
	"{'cloud_watch_logs_log_group': {'log_group_arn': '" ARN1 "'}}, " \
	"{'cloud_watch_logs_log_group': {'log_group_arn': '" ARN2 "'}}]}}"
/* The awscc types' resources of the rows on the registry's sentences. */
#define MAPPING(MORE) "{'function_name': 'f', 'event_source_arn': " \
	"'arn:aws:sqs:us-east-1:123456789012:q'" MORE "}"
#define SERVICE(MORE) "{'cluster': 'c', 'task_definition': 'td', 'desired_count': 1" MORE "}"
#define SPREAD "{'type': 'spread', 'field': 'instanceId'}"
#define DISTINCT "{'type': 'distinctInstance'}"
#define DISTINCT5 DISTINCT ", " DISTINCT ", " DISTINCT ", " DISTINCT ", " DISTINCT
#define PROVIDER "{'capacity_provider': 'FARGATE', 'weight': 1}"
#define PROVIDERS10 PROVIDER ", " PROVIDER ", " PROVIDER ", " PROVIDER ", " PROVIDER ", " \
	PROVIDER ", " PROVIDER ", " PROVIDER ", " PROVIDER ", " PROVIDER
#define ALARMS(ENABLE) "'deployment_configuration': {'alarms': {'alarm_names': ['a'], " \
	"'enable': " ENABLE ", 'rollback': false}}"
#define BREAKER(ENABLE) "'deployment_configuration': {'deployment_circuit_breaker': " \
	"{'enable': " ENABLE ", 'rollback': true}}"
#define SHARE(STRATEGY) "{'quota_share_name': 's', 'job_queue': 'q', 'capacity_limits': " \
	"[{'capacity_unit': 'VCPU', 'max_capacity': 4}], 'preemption_configuration': " \
	"{'in_share_preemption': 'DISABLED'}, 'resource_sharing_configuration': {'strategy': '" \
	STRATEGY "', 'borrow_limit': 50}}"
#define CC_TASK(LAUNCH, MORE) "{'family': 'f', 'requires_compatibilities': ['" LAUNCH "'], " \
	"'network_mode': 'awsvpc', 'cpu': '256', 'memory': '512', " \
	"'container_definitions': [{'name': 'app', 'image': 'nginx'}]" MORE "}"
#define EBS(MORE) SERVICE(", 'volume_configurations': [{'name': 'data', 'managed_ebs_volume': " \
	"{'role_arn': 'arn:aws:iam::123456789012:role/ebs'" MORE "}}]")
#define EBS_ON(LAUNCH, MORE) SERVICE(", 'launch_type': '" LAUNCH "', 'volume_configurations': " \
	"[{'name': 'data', 'managed_ebs_volume': {'role_arn': 'arn:aws:iam::123456789012:role/ebs'" \
	MORE "}}]")
#define CONNECT(SERVICES) SERVICE(", 'service_connect_configuration': {'enabled': true, " \
	"'services': [" SERVICES "]}")
#define CONTAINER(LAUNCH, MORE, FIELDS) "{'family': 'f', 'requires_compatibilities': ['" \
	LAUNCH "'], 'cpu': '256', 'memory': '512'" MORE ", 'container_definitions': " \
	"[{'name': 'app', 'image': 'nginx'" FIELDS "}]}"
#define NAMED(CONTAINER, VOLUME) "{'family': 'f', 'requires_compatibilities': ['EC2'], " \
	"'cpu': '256', 'memory': '512', 'container_definitions': [{'name': '" CONTAINER "', " \
	"'image': 'nginx'}], 'volumes': [{'name': '" VOLUME "'}]}"
#define VOLUMES(LIST) CC_TASK("EC2", ", 'task_role_arn': 'arn:aws:iam::123456789012:role/t', " \
	"'volumes': [" LIST "]")
#define HEALTH(FIELD) CONTAINER("EC2", "", ", 'health_check': {'command': ['CMD', 'true'], " \
	FIELD "}")
#define WINDOWS_OS ", 'runtime_platform': {'operating_system_family': 'WINDOWS_SERVER_2022_CORE'}"
#define LINUX_OS ", 'runtime_platform': {'operating_system_family': 'LINUX'}"
#define CODES10 "1, 2, 3, 4, 5, 6, 7, 8, 9, 10"
#define CODES50 CODES10 ", " CODES10 ", " CODES10 ", " CODES10 ", " CODES10
#define X2000 X1000 X1000
#define X2001 X2000 "x"
#define LIFE(RULE) "{'lifecycle_configuration': {'rules': [{'id': 'r', 'status': 'Enabled', " \
	RULE "}]}}"
#define NCT "{'storage_class': 'GLACIER', 'transition_in_days': 30}"
#define DAYS30 "{'storage_class': 'STANDARD_IA', 'transition_in_days': 30}"
#define ROUTE(RULE) "{'website_configuration': {'index_document': 'index.html', " \
	"'routing_rules': [{" RULE "}]}}"
#define TIERING(TIERS) "{'intelligent_tiering_configurations': [{'id': 't', 'status': " \
	"'Enabled', 'tierings': [" TIERS "]}]}"
#define REPLICATE_RULE(MORE, DESTINATION) "{'versioning_configuration': {'status': 'Enabled'}, " \
	"'replication_configuration': {'role': 'r', 'rules': [{'status': 'Enabled', " \
	"'destination': {'bucket': 'arn:aws:s3:::copy'" DESTINATION "}" MORE "}]}}"
#define REPLICATE(MORE) REPLICATE_RULE(", " MORE, "")
/* A replication rule with replica modifications, its selection (MORE) */
#define V1_RULE(MORE) "{'versioning_configuration': {'status': 'Enabled'}, " \
	"'replication_configuration': {'role': 'arn:aws:iam::123456789012:role/r', 'rules': [{" \
	MORE "'status': 'Enabled', 'source_selection_criteria': {'replica_modifications': " \
	"{'status': 'Enabled'}}, 'destination': {'bucket': 'arn:aws:s3:::copy'}}]}}"
#define REPLICATE_TO(DESTINATION) REPLICATE_RULE("", DESTINATION)
#define SIGNING(KEY) "{'allowed_publishers': {'signing_profile_version_arns': ['p']}, " \
	"'tags': [{'key': 'team', 'value': 'a'}, {'key': " KEY ", 'value': 'b'}]}"
/* Ranges that meet none of the others (ECS takes no overlapping ranges):
 * RANGE_AT("10") is "100-101"; RANGES100 from "100-101" to "1090-1091". */
#define RANGE "{'container_port_range': '8000-8001'}"
#define RANGE_AT(N) "{'container_port_range': '" N "0-" N "1'}"
#define RANGES10(N) RANGE_AT(N "0") ", " RANGE_AT(N "1") ", " RANGE_AT(N "2") ", " \
	RANGE_AT(N "3") ", " RANGE_AT(N "4") ", " RANGE_AT(N "5") ", " RANGE_AT(N "6") ", " \
	RANGE_AT(N "7") ", " RANGE_AT(N "8") ", " RANGE_AT(N "9")
#define RANGES100 RANGES10("1") ", " RANGES10("2") ", " RANGES10("3") ", " RANGES10("4") ", " \
	RANGES10("5") ", " RANGES10("6") ", " RANGES10("7") ", " RANGES10("8") ", " \
	RANGES10("9") ", " RANGES10("10")
#define AWSVPC ", 'network_mode': 'awsvpc'"
#define FARGATE_TASK(SIZE) "{'family': 'f', 'requires_compatibilities': ['FARGATE'], " SIZE \
	", 'container_definitions': [{'name': 'app', 'image': 'nginx'}]}"
#define REPLICATION "{'role': 'r', 'rules': [{'status': 'Enabled', 'destination': " \
	"{'bucket': 'arn:aws:s3:::copy'}}]}"
#define RETENTION(FIELDS) "{'object_lock_enabled': true, 'object_lock_configuration': " \
	"{'object_lock_enabled': 'Enabled', 'rule': {'default_retention': {" FIELDS "}}}}"

/* A .zip function's runtime and handler. */
#define ZIP_RUNTIME "'runtime': 'python3.12', 'handler': 'index.handler'"

static const struct words_case cases[] = {
	{ "batch.spot_fleet_role_best_fit", "aws.batch.compute_environment",
	  "compute_resources.spot_iam_fleet_role",
	  SPOT(", 'allocation_strategy': 'BEST_FIT'"), NULL,
	  SPOT(", 'allocation_strategy': 'BEST_FIT', 'spot_iam_fleet_role': 'r'"), NULL },
	{ "batch.spot_fleet_role_default_strategy", "aws.batch.compute_environment",
	  "compute_resources.spot_iam_fleet_role", SPOT(""), NULL,
	  SPOT(", 'allocation_strategy': 'SPOT_CAPACITY_OPTIMIZED'"), NULL },
	{ "batch.best_fit_not_on_update", "aws.batch.compute_environment",
	  "compute_resources.allocation_strategy",
	  EC2(", 'allocation_strategy': 'BEST_FIT'"),
	  EC2(", 'allocation_strategy': 'BEST_FIT_PROGRESSIVE'"),
	  EC2(", 'allocation_strategy': 'BEST_FIT_PROGRESSIVE'"),
	  EC2(", 'allocation_strategy': 'BEST_FIT'") },
	{ "batch.fargate_security_groups_up_to_5", "aws.batch.compute_environment",
	  "compute_resources.security_group_ids",
	  FARGATE("['a', 'b', 'c', 'd', 'e', 'f']"), FARGATE("['a']"),
	  FARGATE("['a', 'b', 'c', 'd', 'e']"), FARGATE("['a']") },
	{ "ecs.windows_fargate_cpu", "aws.ecs.task_definition", "cpu",
	  WINDOWS("512", "1024"), NULL, WINDOWS("1024", "2048"), NULL },
	{ "s3.cfn_kms_key_only_with_kms", "awscc.s3.bucket",
	  "bucket_encryption.server_side_encryption_configuration[0].server_side_encryption_by_default."
	  "sse_algorithm",
	  "{'bucket_encryption': {'server_side_encryption_configuration': [{"
	  "'server_side_encryption_by_default': {'sse_algorithm': 'AES256', 'kms_master_key_id': "
	  "'alias/data'}}]}}", NULL,
	  "{'bucket_encryption': {'server_side_encryption_configuration': [{"
	  "'server_side_encryption_by_default': {'sse_algorithm': 'aws:kms', 'kms_master_key_id': "
	  "'alias/data'}}]}}", NULL },
	{ "s3.kms_key_only_with_kms", "aws.s3.bucket", "encryption.sse_algorithm",
	  BUCKET("AES256"), NULL, BUCKET("aws:kms"), NULL },
	{ "sfn.log_group_arn_star", "aws.sfn.state_machine", "logging_configuration.log_group_arn",
	  MACHINE(GROUP), NULL, MACHINE(GROUP ":*"), NULL },
	{ "sfn.cfn_log_group_arn_star", "awscc.stepfunctions.state_machine",
	  "logging_configuration.destinations[1].cloud_watch_logs_log_group.log_group_arn",
	  CC_MACHINE(GROUP ":*", GROUP), NULL, CC_MACHINE(GROUP ":*", GROUP "-audit:*"), NULL },
	{ "ecs.cfn_windows_fargate_cpu", "awscc.ecs.task_definition", "cpu",
	  WINDOWS("512", "1024"), NULL, WINDOWS("1024", "2048"), NULL },
	{ "lambda.cfn_pollers_not_with_scaling", "awscc.lambda.event_source_mapping",
	  "provisioned_poller_config",
	  MAPPING(", 'scaling_config': {'maximum_concurrency': 5}, "
		  "'provisioned_poller_config': {'minimum_pollers': 2}"), NULL,
	  MAPPING(", 'provisioned_poller_config': {'minimum_pollers': 2}"), NULL },
	{ "lambda.cfn_record_age_from_60", "awscc.lambda.event_source_mapping",
	  "maximum_record_age_in_seconds", MAPPING(", 'maximum_record_age_in_seconds': 59"), NULL,
	  MAPPING(", 'maximum_record_age_in_seconds': -1"), NULL },
	/* a RabbitMQ broker's virtual host is not sent changed by an update */
#define RABBIT(HOST, MORE) "{'event_source_arn': " \
	"'arn:aws:mq:us-east-1:123456789012:broker:b:b-1234abcd-12ab-34cd-56ef-1234567890ab', " \
	"'function_name': 'f', 'queues': ['q']" MORE ", 'source_access_configuration': " \
	"[{'type': 'BASIC_AUTH', 'uri': 'arn:aws:secretsmanager:us-east-1:123456789012:secret:s'}, " \
	"{'type': 'VIRTUAL_HOST', 'uri': '" HOST "'}]}"
	{ "lambda.update_virtual_host_unchanged", "aws.lambda.event_source_mapping",
	  "source_access_configuration", RABBIT("/prod", ""), RABBIT("/test", ""),
	  RABBIT("/prod", ", 'batch_size': 5"), RABBIT("/prod", ", 'batch_size': 10") },
#undef RABBIT
#define CC_RABBIT(HOST, MORE) "{'event_source_arn': " \
	"'arn:aws:mq:us-east-1:123456789012:broker:b:b-1234abcd-12ab-34cd-56ef-1234567890ab', " \
	"'function_name': 'f', 'queues': ['q']" MORE ", 'source_access_configurations': " \
	"[{'type': 'BASIC_AUTH', 'uri': 'arn:aws:secretsmanager:us-east-1:123456789012:secret:s'}, " \
	"{'type': 'VIRTUAL_HOST', 'uri': '" HOST "'}]}"
	{ "lambda.cfn_update_virtual_host_unchanged", "awscc.lambda.event_source_mapping",
	  "source_access_configurations", CC_RABBIT("/prod", ""), CC_RABBIT("/test", ""),
	  CC_RABBIT("/prod", ", 'batch_size': 5"), CC_RABBIT("/prod", ", 'batch_size': 10") },
#undef CC_RABBIT
	{ "lambda.cfn_manual_runtime_version", "awscc.lambda.function",
	  "runtime_management_config.runtime_version_arn",
	  "{'role': 'r', 'code': {'zip_file': 'x'}, " ZIP_RUNTIME ", 'runtime_management_config': "
	  "{'update_runtime_on': 'Manual'}}", NULL,
	  "{'role': 'r', 'code': {'zip_file': 'x'}, " ZIP_RUNTIME ", 'runtime_management_config': "
	  "{'update_runtime_on': 'Manual', 'runtime_version_arn': "
	  "'arn:aws:lambda:us-east-1::runtime:0123456789abcdef'}}", NULL },
	{ "lambda.version_manual_runtime_version", "awscc.lambda.version",
	  "runtime_policy.runtime_version_arn",
	  "{'function_name': 'fn', 'runtime_policy': {'update_runtime_on': 'Manual'}}", NULL,
	  "{'function_name': 'fn', 'runtime_policy': {'update_runtime_on': 'Manual', "
	  "'runtime_version_arn': 'arn:aws:lambda:us-east-1::runtime:0123456789abcdef'}}", NULL },
	/* a .zip package (Zip, or no package type without an image) names its runtime
	 * and handler; an image names neither */
	{ "lambda.cfn_zip_needs_runtime", "awscc.lambda.function", "runtime",
	  "{'role': 'r', 'code': {'s3_bucket': 'code', 's3_key': 'fn.zip'}, 'handler': 'a.h'}",
	  NULL, "{'role': 'r', 'code': {'s3_bucket': 'code', 's3_key': 'fn.zip'}, " ZIP_RUNTIME "}",
	  NULL },
	{ "lambda.cfn_zip_needs_runtime", "awscc.lambda.function", "runtime",
	  "{'role': 'r', 'package_type': 'Zip', 'code': {'zip_file': 'x'}, 'handler': 'a.h'}",
	  NULL, "{'role': 'r', 'package_type': 'Image', 'code': {'image_uri': "
	  "'123456789012.dkr.ecr.us-east-1.amazonaws.com/fn:1'}}", NULL },
	{ "lambda.cfn_zip_needs_handler", "awscc.lambda.function", "handler",
	  "{'role': 'r', 'code': {'zip_file': 'x'}, 'runtime': 'python3.12'}", NULL,
	  "{'role': 'r', 'code': {'zip_file': 'x'}, " ZIP_RUNTIME "}", NULL },
	{ "lambda.cfn_zip_needs_handler", "awscc.lambda.function", "handler",
	  "{'role': 'r', 'code': {'s3_bucket': 'code', 's3_key': 'fn.zip'}, 'runtime': 'java21'}",
	  NULL, "{'role': 'r', 'code': {'image_uri': "
	  "'123456789012.dkr.ecr.us-east-1.amazonaws.com/fn:1'}}", NULL },
	{ "ecs.cfn_strategy_without_launch_type", "awscc.ecs.service", "launch_type",
	  SERVICE(", 'capacity_provider_strategy': [{'capacity_provider': 'FARGATE'}], "
		  "'launch_type': 'FARGATE'"), NULL,
	  SERVICE(", 'capacity_provider_strategy': [{'capacity_provider': 'FARGATE'}]"), NULL },
	{ "ecs.cfn_code_deploy_no_classic", "awscc.ecs.service",
	  "load_balancers[0].load_balancer_name",
	  SERVICE(", 'deployment_controller': {'type': 'CODE_DEPLOY'}, 'load_balancers': "
		  "[{'load_balancer_name': 'web', 'container_name': 'app', 'container_port': 80}]"),
	  NULL,
	  SERVICE(", 'deployment_controller': {'type': 'ECS'}, 'load_balancers': "
		  "[{'load_balancer_name': 'web', 'container_name': 'app', 'container_port': 80}]"),
	  NULL },
	/* a namespace's ARN of the provider's region (main sets it: us-east-1) */
	{ "ecs.cfn_service_namespace_in_region", "awscc.ecs.service",
	  "service_connect_configuration.namespace",
	  SERVICE(", 'service_connect_configuration': {'enabled': true, 'namespace': "
		  "'arn:aws:servicediscovery:us-west-2:123456789012:namespace/ns-1'}"), NULL,
	  SERVICE(", 'service_connect_configuration': {'enabled': true, 'namespace': "
		  "'arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-1'}"), NULL },
	{ "ecs.cfn_cluster_namespace_in_region", "awscc.ecs.cluster",
	  "service_connect_defaults.namespace",
	  "{'service_connect_defaults': {'namespace': "
	  "'arn:aws:servicediscovery:eu-west-1:123456789012:namespace/ns-1'}}", NULL,
	  "{'service_connect_defaults': {'namespace': 'internal'}}", NULL },
	/* over a list's elements: some weight above 0 of several providers, at
	 * most one base above 0, one volume configured at launch, one
	 * essential container (essential unset is true) */
	{ "ecs.cfn_service_strategy_weight", "awscc.ecs.service", "capacity_provider_strategy",
	  SERVICE(", 'capacity_provider_strategy': [{'capacity_provider': 'FARGATE', 'weight': 0}, "
		  "{'capacity_provider': 'FARGATE_SPOT'}]"), NULL,
	  SERVICE(", 'capacity_provider_strategy': [{'capacity_provider': 'FARGATE', 'weight': 0}, "
		  "{'capacity_provider': 'FARGATE_SPOT', 'weight': 1}]"), NULL },
	{ "ecs.cfn_cluster_strategy_weight", "awscc.ecs.cluster",
	  "default_capacity_provider_strategy",
	  "{'default_capacity_provider_strategy': [{'capacity_provider': 'FARGATE', 'weight': 0}, "
	  "{'capacity_provider': 'FARGATE_SPOT', 'weight': 0}]}", NULL,
	  "{'default_capacity_provider_strategy': [{'capacity_provider': 'FARGATE', 'weight': 0}]}",
	  NULL },
	{ "ecs.cfn_service_strategy_one_base", "awscc.ecs.service", "capacity_provider_strategy",
	  SERVICE(", 'capacity_provider_strategy': [{'capacity_provider': 'FARGATE', 'base': 1, "
		  "'weight': 1}, {'capacity_provider': 'FARGATE_SPOT', 'base': 2, 'weight': 1}]"), NULL,
	  SERVICE(", 'capacity_provider_strategy': [{'capacity_provider': 'FARGATE', 'base': 1, "
		  "'weight': 1}, {'capacity_provider': 'FARGATE_SPOT', 'base': 0, 'weight': 1}]"), NULL },
	{ "ecs.cfn_cluster_strategy_one_base", "awscc.ecs.cluster",
	  "default_capacity_provider_strategy",
	  "{'default_capacity_provider_strategy': [{'capacity_provider': 'A', 'base': 1, "
	  "'weight': 1}, {'capacity_provider': 'B', 'base': 1, 'weight': 1}]}", NULL,
	  "{'default_capacity_provider_strategy': [{'capacity_provider': 'A', 'base': 1, "
	  "'weight': 1}, {'capacity_provider': 'B', 'weight': 1}]}", NULL },
	{ "ecs.cfn_one_volume_configured_at_launch", "awscc.ecs.task_definition", "volumes",
	  CC_TASK("FARGATE", ", 'volumes': [{'name': 'a', 'configured_at_launch': true}, "
		  "{'name': 'b', 'configured_at_launch': true}]"), NULL,
	  CC_TASK("FARGATE", ", 'volumes': [{'name': 'a', 'configured_at_launch': true}, "
		  "{'name': 'b', 'configured_at_launch': false}, {'name': 'c'}]"), NULL },
	{ "ecs.cfn_one_essential_container", "awscc.ecs.task_definition", "container_definitions",
	  "{'family': 'f', 'memory': '512', 'container_definitions': [{'name': 'a', 'image': 'i', "
	  "'essential': false}, {'name': 'b', 'image': 'i', 'essential': false}]}", NULL,
	  "{'family': 'f', 'memory': '512', 'container_definitions': [{'name': 'a', 'image': 'i', "
	  "'essential': false}, {'name': 'b', 'image': 'i'}]}", NULL },
	{ "ecs.cfn_fargate_no_placement_constraints", "awscc.ecs.service", "placement_constraints",
	  SERVICE(", 'launch_type': 'FARGATE', 'placement_constraints': "
		  "[{'type': 'distinctInstance'}]"), NULL,
	  SERVICE(", 'launch_type': 'EC2', 'placement_constraints': "
		  "[{'type': 'distinctInstance'}]"), NULL },
	{ "ecs.cfn_role_with_load_balancers", "awscc.ecs.service", "load_balancers",
	  SERVICE(", 'role': 'ecsServiceRole'"), NULL,
	  SERVICE(", 'role': 'ecsServiceRole', 'load_balancers': [{'container_name': 'app', "
		  "'container_port': 80, 'target_group_arn': 'tg'}]"), NULL },
	/* cue "allowed": names of letters, digits, _ and - (up to 255). */
	{ "ecs.cfn_service_name_chars", "awscc.ecs.service", "service_name",
	  SERVICE(", 'service_name': 'orders.api'"), NULL,
	  SERVICE(", 'service_name': 'Orders_api-2'"), NULL },
	{ "ecs.cfn_task_definition_names", "awscc.ecs.task_definition",
	  "container_definitions[0].name", NAMED("web app", "data"), NULL,
	  NAMED("web_App-2", "data"), NULL },
	{ "ecs.cfn_task_definition_names", "awscc.ecs.task_definition", "volumes[0].name",
	  NAMED("web", "data/1"), NULL, NAMED("web", "data_1"), NULL },
	{ "ecs.cfn_strategies_up_to_5", "awscc.ecs.service", "placement_strategies",
	  SERVICE(", 'placement_strategies': [" SPREAD ", " SPREAD ", " SPREAD ", " SPREAD ", "
		  SPREAD ", " SPREAD "]"), NULL,
	  SERVICE(", 'placement_strategies': [" SPREAD ", " SPREAD ", " SPREAD ", " SPREAD ", "
		  SPREAD "]"), NULL },
	{ "ecs.cfn_constraints_up_to_10", "awscc.ecs.service", "placement_constraints",
	  SERVICE(", 'placement_constraints': [" DISTINCT5 ", " DISTINCT5 ", " DISTINCT "]"), NULL,
	  SERVICE(", 'placement_constraints': [" DISTINCT5 ", " DISTINCT5 "]"), NULL },
	{ "ecs.cfn_one_service_registry", "awscc.ecs.service", "service_registries",
	  SERVICE(", 'service_registries': [{'registry_arn': 'a'}, {'registry_arn': 'b'}]"), NULL,
	  SERVICE(", 'service_registries': [{'registry_arn': 'a'}]"), NULL },
	{ "ecs.cfn_override_needs_log_configuration", "awscc.ecs.cluster",
	  "configuration.execute_command_configuration.log_configuration",
	  "{'configuration': {'execute_command_configuration': {'logging': 'OVERRIDE'}}}", NULL,
	  "{'configuration': {'execute_command_configuration': {'logging': 'OVERRIDE', "
	  "'log_configuration': {'cloudwatch_log_group_name': 'exec'}}}}", NULL },
	{ "ecs.cfn_strategy_up_to_20", "awscc.ecs.service", "capacity_provider_strategy",
	  SERVICE(", 'capacity_provider_strategy': [" PROVIDERS10 ", " PROVIDERS10 ", " PROVIDER "]"),
	  NULL, SERVICE(", 'capacity_provider_strategy': [" PROVIDERS10 ", " PROVIDERS10 "]"), NULL },
	{ "ecs.cfn_alarms_with_ecs_controller", "awscc.ecs.service", "deployment_controller.type",
	  SERVICE(", 'deployment_controller': {'type': 'CODE_DEPLOY'}, " ALARMS("true")), NULL,
	  SERVICE(", 'deployment_controller': {'type': 'CODE_DEPLOY'}, " ALARMS("false")), NULL },
	{ "ecs.cfn_circuit_breaker_with_ecs_controller", "awscc.ecs.service",
	  "deployment_controller.type",
	  SERVICE(", 'deployment_controller': {'type': 'EXTERNAL'}, " BREAKER("true")), NULL,
	  SERVICE(", 'deployment_controller': {'type': 'ECS'}, " BREAKER("true")), NULL },
	{ "ecs.cfn_task_definition_with_controller", "awscc.ecs.service", "task_definition",
	  "{'cluster': 'c', 'deployment_controller': {'type': 'CODE_DEPLOY'}}", NULL,
	  "{'cluster': 'c', 'deployment_controller': {'type': 'EXTERNAL'}}", NULL },
	{ "ecs.cfn_canary_only_with_canary", "awscc.ecs.service", "deployment_configuration.strategy",
	  SERVICE(", 'deployment_configuration': {'strategy': 'LINEAR', 'canary_configuration': "
		  "{'canary_percent': 10}}"), NULL,
	  SERVICE(", 'deployment_configuration': {'strategy': 'CANARY', 'canary_configuration': "
		  "{'canary_percent': 10}}"), NULL },
	{ "ecs.cfn_linear_only_with_linear", "awscc.ecs.service", "deployment_configuration.strategy",
	  SERVICE(", 'deployment_configuration': {'strategy': 'BLUE_GREEN', 'linear_configuration': "
		  "{'step_percent': 10}}"), NULL,
	  SERVICE(", 'deployment_configuration': {'strategy': 'LINEAR', 'linear_configuration': "
		  "{'step_percent': 10}}"), NULL },
	{ "ecs.cfn_canary_percent_tenths", "awscc.ecs.service",
	  "deployment_configuration.canary_configuration.canary_percent",
	  SERVICE(", 'deployment_configuration': {'strategy': 'CANARY', 'canary_configuration': "
		  "{'canary_percent': 12.25}}"), NULL,
	  SERVICE(", 'deployment_configuration': {'strategy': 'CANARY', 'canary_configuration': "
		  "{'canary_percent': 12.5}}"), NULL },
	{ "ecs.cfn_step_percent_tenths", "awscc.ecs.service",
	  "deployment_configuration.linear_configuration.step_percent",
	  SERVICE(", 'deployment_configuration': {'strategy': 'LINEAR', 'linear_configuration': "
		  "{'step_percent': 33.33}}"), NULL,
	  SERVICE(", 'deployment_configuration': {'strategy': 'LINEAR', 'linear_configuration': "
		  "{'step_percent': 33}}"), NULL },
	{ "ecs.cfn_access_logs_need_log_configuration", "awscc.ecs.service",
	  "service_connect_configuration.log_configuration",
	  SERVICE(", 'service_connect_configuration': {'enabled': true, "
		  "'access_log_configuration': {'format': 'TEXT'}}"), NULL,
	  SERVICE(", 'service_connect_configuration': {'enabled': true, "
		  "'access_log_configuration': {'format': 'TEXT'}, 'log_configuration': "
		  "{'log_driver': 'awslogs'}}"), NULL },
	{ "ecs.cfn_ephemeral_storage_21_to_200", "awscc.ecs.task_definition",
	  "ephemeral_storage.size_in_gi_b", "{'family': 'f', 'ephemeral_storage': {'size_in_gi_b': 20}}",
	  NULL, "{'family': 'f', 'ephemeral_storage': {'size_in_gi_b': 21}}", NULL },
	{ "ecs.cfn_fargate_task_no_placement_constraints", "awscc.ecs.task_definition",
	  "placement_constraints",
	  CC_TASK("FARGATE", ", 'placement_constraints': [{'type': 'memberOf', 'expression': "
		  "'attribute:ecs.instance-type =~ t3.*'}]"), NULL,
	  CC_TASK("EC2", ", 'placement_constraints': [{'type': 'memberOf', 'expression': "
		  "'attribute:ecs.instance-type =~ t3.*'}]"), NULL },
	{ "ecs.cfn_fargate_pid_mode_task", "awscc.ecs.task_definition", "pid_mode",
	  CC_TASK("FARGATE", ", 'pid_mode': 'host'"), NULL, CC_TASK("FARGATE", ", 'pid_mode': 'task'"),
	  NULL },
	{ "ecs.cfn_no_expression_for_distinct_instance", "awscc.ecs.service",
	  "placement_constraints[0].expression",
	  SERVICE(", 'placement_constraints': [{'type': 'distinctInstance', 'expression': 'x'}]"), NULL,
	  SERVICE(", 'placement_constraints': [{'type': 'memberOf', 'expression': 'x'}]"), NULL },
	{ "ecs.cfn_expression_up_to_2000", "awscc.ecs.service",
	  "placement_constraints[0].expression",
	  SERVICE(", 'placement_constraints': [{'type': 'memberOf', 'expression': '" X2001 "'}]"), NULL,
	  SERVICE(", 'placement_constraints': [{'type': 'memberOf', 'expression': '" X2000 "'}]"), NULL },
	{ "ecs.cfn_binpack_cpu_or_memory", "awscc.ecs.service",
	  "placement_strategies[1].field",
	  SERVICE(", 'placement_strategies': [" SPREAD ", {'type': 'binpack', 'field': 'instanceId'}]"), NULL,
	  SERVICE(", 'placement_strategies': [" SPREAD ", {'type': 'binpack', 'field': 'memory'}]"), NULL },
	{ "ecs.cfn_volume_throughput_up_to_1000", "awscc.ecs.service",
	  "volume_configurations[0].managed_ebs_volume.throughput",
	  EBS(", 'size_in_gi_b': 10, 'throughput': 1001"), NULL,
	  EBS(", 'size_in_gi_b': 10, 'throughput': 1000"), NULL },
	{ "ecs.cfn_volume_throughput_only_gp3", "awscc.ecs.service",
	  "volume_configurations[0].managed_ebs_volume.volume_type",
	  EBS(", 'size_in_gi_b': 10, 'volume_type': 'gp2', 'throughput': 200"), NULL,
	  EBS(", 'size_in_gi_b': 10, 'volume_type': 'gp3', 'throughput': 200"), NULL },
	{ "ecs.cfn_volume_initialization_rate_with_snapshot", "awscc.ecs.service",
	  "volume_configurations[0].managed_ebs_volume.snapshot_id",
	  EBS(", 'size_in_gi_b': 10, 'volume_initialization_rate': 100"), NULL,
	  EBS(", 'snapshot_id': 'snap-0123456789abcdef0', 'volume_initialization_rate': 100"), NULL },
	{ "ecs.cfn_volume_iops_for_io1_io2", "awscc.ecs.service",
	  "volume_configurations[0].managed_ebs_volume.iops",
	  EBS(", 'size_in_gi_b': 10, 'volume_type': 'io2'"), NULL,
	  EBS(", 'size_in_gi_b': 10, 'volume_type': 'io2', 'iops': 3000"), NULL },
	{ "ecs.cfn_volume_no_iops_for_st1_sc1_standard", "awscc.ecs.service",
	  "volume_configurations[0].managed_ebs_volume.iops",
	  EBS(", 'size_in_gi_b': 500, 'volume_type': 'st1', 'iops': 3000"), NULL,
	  EBS(", 'size_in_gi_b': 500, 'volume_type': 'st1'"), NULL },
	{ "ecs.cfn_fargate_no_magnetic_volume", "awscc.ecs.service",
	  "volume_configurations[0].managed_ebs_volume.volume_type",
	  EBS_ON("FARGATE", ", 'size_in_gi_b': 10, 'volume_type': 'standard'"), NULL,
	  EBS_ON("EC2", ", 'size_in_gi_b': 10, 'volume_type': 'standard'"), NULL },
	{ "ecs.cfn_volume_size_or_snapshot", "awscc.ecs.service",
	  "volume_configurations[0].managed_ebs_volume.size_in_gi_b",
	  EBS(", 'volume_type': 'gp3'"), NULL,
	  EBS(", 'volume_type': 'gp3', 'size_in_gi_b': 10"), NULL },
	{ "ecs.cfn_volume_tags_not_reserved", "awscc.ecs.service",
	  "volume_configurations[0].managed_ebs_volume.tag_specifications[0].tags[1].key",
	  EBS(", 'size_in_gi_b': 10, 'tag_specifications': [{'resource_type': 'volume', 'tags': [{'key': 'team', 'value': 'a'}, {'key': 'AmazonECSManaged', 'value': 'b'}]}]"), NULL,
	  EBS(", 'size_in_gi_b': 10, 'tag_specifications': [{'resource_type': 'volume', 'tags': [{'key': 'team', 'value': 'a'}, {'key': 'ECSManaged', 'value': 'b'}]}]"), NULL },
	{ "ecs.cfn_registry_port_or_container", "awscc.ecs.service",
	  "service_registries[0].container_name",
	  SERVICE(", 'service_registries': [{'registry_arn': 'a', 'port': 80, 'container_name': 'app', 'container_port': 80}]"), NULL,
	  SERVICE(", 'service_registries': [{'registry_arn': 'a', 'port': 80}]"), NULL },
	{ "ecs.cfn_one_client_alias", "awscc.ecs.service",
	  "service_connect_configuration.services[0].client_aliases",
	  CONNECT("{'port_name': 'web', 'client_aliases': [{'port': 80}, {'port': 81}]}"), NULL,
	  CONNECT("{'port_name': 'web', 'client_aliases': [{'port': 80}]}"), NULL },
	{ "ecs.cfn_connect_names_no_leading_hyphen", "awscc.ecs.service",
	  "service_connect_configuration.services[0].client_aliases[0].dns_name",
	  CONNECT("{'port_name': 'web', 'discovery_name': 'web', 'client_aliases': [{'port': 80, 'dns_name': '-web'}]}"), NULL,
	  CONNECT("{'port_name': 'web', 'discovery_name': 'web', 'client_aliases': [{'port': 80, 'dns_name': 'web-1'}]}"), NULL },
	{ "ecs.cfn_awsvpc_no_extra_hosts", "awscc.ecs.task_definition",
	  "container_definitions[0].extra_hosts",
	  CONTAINER("EC2", ", 'network_mode': 'awsvpc'", ", 'extra_hosts': [{'hostname': 'db', 'ip_address': '10.0.0.1'}]"), NULL,
	  CONTAINER("EC2", ", 'network_mode': 'bridge'", ", 'extra_hosts': [{'hostname': 'db', 'ip_address': '10.0.0.1'}]"), NULL },
	{ "ecs.cfn_awsvpc_no_hostname", "awscc.ecs.task_definition",
	  "container_definitions[0].hostname",
	  CONTAINER("EC2", ", 'network_mode': 'awsvpc'", ", 'hostname': 'app'"), NULL,
	  CONTAINER("EC2", ", 'network_mode': 'host'", ", 'hostname': 'app'"), NULL },
	{ "ecs.cfn_links_only_bridge", "awscc.ecs.task_definition",
	  "container_definitions[0].links",
	  CONTAINER("EC2", ", 'network_mode': 'host'", ", 'links': ['db']"), NULL,
	  CONTAINER("EC2", ", 'network_mode': 'bridge'", ", 'links': ['db']"), NULL },
	{ "ecs.cfn_port_ranges_bridge_or_awsvpc", "awscc.ecs.task_definition",
	  "container_definitions[0].port_mappings[0].container_port_range",
	  CONTAINER("EC2", ", 'network_mode': 'host'", ", 'port_mappings': [{'container_port_range': '8000-8010'}]"), NULL,
	  CONTAINER("EC2", ", 'network_mode': 'awsvpc'", ", 'port_mappings': [{'container_port_range': '8000-8010'}]"), NULL },
	{ "ecs.cfn_host_ipc_no_ipc_system_controls", "awscc.ecs.task_definition",
	  "container_definitions[0].system_controls[0].namespace",
	  CONTAINER("EC2", ", 'ipc_mode': 'host'", ", 'system_controls': [{'namespace': 'kernel.shmmax', 'value': '1'}]"), NULL,
	  CONTAINER("EC2", ", 'ipc_mode': 'task'", ", 'system_controls': [{'namespace': 'kernel.shmmax', 'value': '1'}]"), NULL },
	{ "ecs.cfn_host_network_no_net_system_controls", "awscc.ecs.task_definition",
	  "container_definitions[0].system_controls[0].namespace",
	  CONTAINER("EC2", ", 'network_mode': 'host'", ", 'system_controls': [{'namespace': 'net.ipv4.tcp_keepalive_time', 'value': '60'}]"), NULL,
	  CONTAINER("EC2", ", 'network_mode': 'host'", ", 'system_controls': [{'namespace': 'kernel.shmmax', 'value': '1'}]"), NULL },
	{ "ecs.cfn_s3_files_access_point_root", "awscc.ecs.task_definition",
	  "volumes[0].s3_files_volume_configuration.root_directory",
	  VOLUMES("{'name': 'v', 's3_files_volume_configuration': {'file_system_arn': 'f', 'access_point_arn': 'a', 'root_directory': '/data'}}"), NULL,
	  VOLUMES("{'name': 'v', 's3_files_volume_configuration': {'file_system_arn': 'f', 'access_point_arn': 'a', 'root_directory': '/'}}"), NULL },
	{ "ecs.cfn_efs_access_point_root", "awscc.ecs.task_definition",
	  "volumes[0].efs_volume_configuration.root_directory",
	  VOLUMES("{'name': 'v', 'efs_volume_configuration': {'filesystem_id': 'fs', 'transit_encryption': 'ENABLED', 'root_directory': '/data', 'authorization_config': {'access_point_id': 'fsap'}}}"), NULL,
	  VOLUMES("{'name': 'v', 'efs_volume_configuration': {'filesystem_id': 'fs', 'transit_encryption': 'ENABLED', 'authorization_config': {'access_point_id': 'fsap'}}}"), NULL },
	{ "ecs.cfn_efs_access_point_transit_encryption", "awscc.ecs.task_definition",
	  "volumes[0].efs_volume_configuration.transit_encryption",
	  VOLUMES("{'name': 'v', 'efs_volume_configuration': {'filesystem_id': 'fs', 'transit_encryption': 'DISABLED', 'authorization_config': {'access_point_id': 'fsap'}}}"), NULL,
	  VOLUMES("{'name': 'v', 'efs_volume_configuration': {'filesystem_id': 'fs', 'transit_encryption': 'DISABLED'}}"), NULL },
	{ "ecs.cfn_efs_iam_transit_encryption", "awscc.ecs.task_definition",
	  "volumes[0].efs_volume_configuration.transit_encryption",
	  VOLUMES("{'name': 'v', 'efs_volume_configuration': {'filesystem_id': 'fs', 'authorization_config': {'iam': 'ENABLED'}}}"), NULL,
	  VOLUMES("{'name': 'v', 'efs_volume_configuration': {'filesystem_id': 'fs', 'transit_encryption': 'ENABLED', 'authorization_config': {'iam': 'ENABLED'}}}"), NULL },
	{ "ecs.cfn_efs_volume_named", "awscc.ecs.task_definition",
	  "volumes[0].name",
	  VOLUMES("{'efs_volume_configuration': {'filesystem_id': 'fs'}}"), NULL,
	  VOLUMES("{'name': 'v', 'efs_volume_configuration': {'filesystem_id': 'fs'}}"), NULL },
	{ "ecs.cfn_s3_files_volume_named", "awscc.ecs.task_definition",
	  "volumes[0].name",
	  VOLUMES("{'s3_files_volume_configuration': {'file_system_arn': 'f'}}"), NULL,
	  VOLUMES("{'name': 'v', 's3_files_volume_configuration': {'file_system_arn': 'f'}}"), NULL },
	{ "ecs.cfn_mount_points_name_volumes", "awscc.ecs.task_definition",
	  "container_definitions[0].mount_points[1].source_volume",
	  CONTAINER("EC2", ", 'volumes': [{'name': 'data'}, {'name': 'logs'}]", ", 'mount_points': [{'source_volume': 'logs', 'container_path': '/l'}, {'source_volume': 'cache', 'container_path': '/c'}]"), NULL,
	  CONTAINER("EC2", ", 'volumes': [{'name': 'data'}, {'name': 'logs'}]", ", 'mount_points': [{'source_volume': 'logs', 'container_path': '/l'}, {'source_volume': 'data', 'container_path': '/c'}]"), NULL },
	{ "ecs.cfn_log_datetime_or_multiline", "awscc.ecs.task_definition",
	  "container_definitions[0].log_configuration.options.awslogs-datetime-format",
	  CONTAINER("EC2", "", ", 'log_configuration': {'log_driver': 'awslogs', 'options': {'awslogs-datetime-format': '%Y', 'awslogs-multiline-pattern': '^INFO'}}"), NULL,
	  CONTAINER("EC2", "", ", 'log_configuration': {'log_driver': 'awslogs', 'options': {'awslogs-multiline-pattern': '^INFO'}}"), NULL },
	{ "ecs.cfn_service_log_mode_blocking_or_not", "awscc.ecs.service",
	  "service_connect_configuration.log_configuration.options.mode",
	  SERVICE(", 'service_connect_configuration': {'enabled': true, 'log_configuration': "
		  "{'log_driver': 'awslogs', 'options': {'mode': 'nonblocking'}}}"), NULL,
	  SERVICE(", 'service_connect_configuration': {'enabled': true, 'log_configuration': "
		  "{'log_driver': 'awslogs', 'options': {'mode': 'non-blocking'}}}"), NULL },
	{ "ecs.cfn_service_log_datetime_or_multiline", "awscc.ecs.service",
	  "service_connect_configuration.log_configuration.options.awslogs-datetime-format",
	  SERVICE(", 'service_connect_configuration': {'enabled': true, 'log_configuration': "
		  "{'log_driver': 'awslogs', 'options': {'awslogs-datetime-format': '%Y', "
		  "'awslogs-multiline-pattern': '^INFO'}}}"), NULL,
	  SERVICE(", 'service_connect_configuration': {'enabled': true, 'log_configuration': "
		  "{'log_driver': 'awslogs', 'options': {'awslogs-multiline-pattern': '^INFO'}}}"),
	  NULL },
	{ "ecs.cfn_port_mapping_name_no_leading_hyphen", "awscc.ecs.task_definition",
	  "container_definitions[0].port_mappings[0].name",
	  CONTAINER("EC2", "", ", 'port_mappings': [{'container_port': 80, 'name': '-web'}]"), NULL,
	  CONTAINER("EC2", "", ", 'port_mappings': [{'container_port': 80, 'name': 'web-'}]"), NULL },
	{ "ecs.cfn_log_mode_blocking_or_not", "awscc.ecs.task_definition",
	  "container_definitions[0].log_configuration.options.mode",
	  CONTAINER("EC2", "", ", 'log_configuration': {'log_driver': 'awslogs', 'options': {'mode': 'nonblocking'}}"), NULL,
	  CONTAINER("EC2", "", ", 'log_configuration': {'log_driver': 'awslogs', 'options': {'mode': 'non-blocking'}}"), NULL },
	{ "ecs.cfn_health_retries_1_to_10", "awscc.ecs.task_definition",
	  "container_definitions[0].health_check.retries",
	  HEALTH("'retries': 11"), NULL,
	  HEALTH("'retries': 10"), NULL },
	{ "ecs.cfn_health_interval_5_to_300", "awscc.ecs.task_definition",
	  "container_definitions[0].health_check.interval",
	  HEALTH("'interval': 4"), NULL,
	  HEALTH("'interval': 5"), NULL },
	{ "ecs.cfn_health_timeout_2_to_60", "awscc.ecs.task_definition",
	  "container_definitions[0].health_check.timeout",
	  HEALTH("'timeout': 61"), NULL,
	  HEALTH("'timeout': 60"), NULL },
	{ "ecs.cfn_health_start_period_0_to_300", "awscc.ecs.task_definition",
	  "container_definitions[0].health_check.start_period",
	  HEALTH("'start_period': 301"), NULL,
	  HEALTH("'start_period': 300"), NULL },
	{ "ecs.cfn_restart_exit_codes_up_to_50", "awscc.ecs.task_definition",
	  "container_definitions[0].restart_policy.ignored_exit_codes",
	  CONTAINER("EC2", "", ", 'restart_policy': {'enabled': true, 'ignored_exit_codes': [" CODES50 ", 51]}"), NULL,
	  CONTAINER("EC2", "", ", 'restart_policy': {'enabled': true, 'ignored_exit_codes': [" CODES50 "]}"), NULL },
	{ "ecs.cfn_restart_period_60_to_1800", "awscc.ecs.task_definition",
	  "container_definitions[0].restart_policy.restart_attempt_period",
	  CONTAINER("EC2", "", ", 'restart_policy': {'enabled': true, 'restart_attempt_period': 59}"), NULL,
	  CONTAINER("EC2", "", ", 'restart_policy': {'enabled': true, 'restart_attempt_period': 60}"), NULL },
	{ "ecs.cfn_one_credential_spec", "awscc.ecs.task_definition",
	  "container_definitions[0].credential_specs",
	  CONTAINER("EC2", "", ", 'credential_specs': ['credentialspec:a', 'credentialspec:b']"), NULL,
	  CONTAINER("EC2", "", ", 'credential_specs': ['credentialspec:a']"), NULL },
	{ "ecs.cfn_environment_files_env", "awscc.ecs.task_definition",
	  "container_definitions[0].environment_files[0].value",
	  CONTAINER("EC2", "", ", 'environment_files': [{'type': 's3', 'value': 'arn:aws:s3:::b/app.txt'}]"), NULL,
	  CONTAINER("EC2", "", ", 'environment_files': [{'type': 's3', 'value': 'arn:aws:s3:::b/app.env'}]"), NULL },
	{ "ecs.cfn_fargate_no_devices", "awscc.ecs.task_definition",
	  "container_definitions[0].linux_parameters.devices",
	  CONTAINER("FARGATE", AWSVPC, ", 'linux_parameters': {'devices': [{'host_path': '/dev/fuse'}]}"), NULL,
	  CONTAINER("EC2", "", ", 'linux_parameters': {'devices': [{'host_path': '/dev/fuse'}]}"), NULL },
	{ "ecs.cfn_fargate_no_shared_memory_size", "awscc.ecs.task_definition",
	  "container_definitions[0].linux_parameters.shared_memory_size",
	  CONTAINER("FARGATE", AWSVPC, ", 'linux_parameters': {'shared_memory_size': 64}"), NULL,
	  CONTAINER("EC2", "", ", 'linux_parameters': {'shared_memory_size': 64}"), NULL },
	{ "ecs.cfn_fargate_no_swappiness", "awscc.ecs.task_definition",
	  "container_definitions[0].linux_parameters.swappiness",
	  CONTAINER("FARGATE", AWSVPC, ", 'linux_parameters': {'swappiness': 60}"), NULL,
	  CONTAINER("EC2", "", ", 'linux_parameters': {'swappiness': 60, 'max_swap': 512}"), NULL },
	{ "ecs.cfn_fargate_no_max_swap", "awscc.ecs.task_definition",
	  "container_definitions[0].linux_parameters.max_swap",
	  CONTAINER("FARGATE", AWSVPC, ", 'linux_parameters': {'max_swap': 512}"), NULL,
	  CONTAINER("EC2", "", ", 'linux_parameters': {'max_swap': 512}"), NULL },
	{ "ecs.cfn_fargate_no_source_path", "awscc.ecs.task_definition",
	  "volumes[0].host.source_path",
	  CC_TASK("FARGATE", ", 'volumes': [{'name': 'v', 'host': {'source_path': '/data'}}]"), NULL,
	  CC_TASK("FARGATE", ", 'volumes': [{'name': 'v'}]"), NULL },
	{ "ecs.cfn_fargate_no_docker_volumes", "awscc.ecs.task_definition",
	  "volumes[0].docker_volume_configuration",
	  CC_TASK("FARGATE", ", 'volumes': [{'name': 'v', 'docker_volume_configuration': {'scope': 'task'}}]"), NULL,
	  CC_TASK("EC2", ", 'volumes': [{'name': 'v', 'docker_volume_configuration': {'scope': 'task'}}]"), NULL },
	{ "ecs.cfn_fargate_no_ipc_mode_or_privileged", "awscc.ecs.task_definition",
	  "container_definitions[0].privileged",
	  CONTAINER("FARGATE", AWSVPC, ", 'privileged': true"), NULL,
	  CONTAINER("FARGATE", AWSVPC, ", 'privileged': false"), NULL },
	{ "ecs.cfn_windows_unsupported", "awscc.ecs.task_definition",
	  "container_definitions[0].user",
	  CONTAINER("EC2", WINDOWS_OS, ", 'user': 'ContainerAdministrator'"), NULL,
	  CONTAINER("EC2", LINUX_OS, ", 'user': 'ContainerAdministrator'"), NULL },
	{ "s3.cfn_noncurrent_transition_or_transitions", "awscc.s3.bucket",
	  "lifecycle_configuration.rules[0].noncurrent_version_transitions",
	  LIFE("'noncurrent_version_transition': " NCT ", 'noncurrent_version_transitions': [" NCT "]"), NULL,
	  LIFE("'noncurrent_version_transitions': [" NCT ", " NCT "]"), NULL },
	{ "s3.cfn_transition_or_transitions", "awscc.s3.bucket",
	  "lifecycle_configuration.rules[0].transitions",
	  LIFE("'transition': " DAYS30 ", 'transitions': [" DAYS30 "]"), NULL,
	  LIFE("'transition': " DAYS30 ""), NULL },
	{ "s3.cfn_expiration_after_noncurrent_transition", "awscc.s3.bucket",
	  "lifecycle_configuration.rules[0].noncurrent_version_transition.transition_in_days",
	  LIFE("'noncurrent_version_transition': " NCT ", 'noncurrent_version_expiration_in_days': 20"), NULL,
	  LIFE("'noncurrent_version_transition': " NCT ", 'noncurrent_version_expiration_in_days': 60"), NULL },
	{ "s3.cfn_expiration_after_noncurrent_transition", "awscc.s3.bucket",
	  "lifecycle_configuration.rules[0].noncurrent_version_transitions[0].transition_in_days",
	  LIFE("'noncurrent_version_transitions': [" NCT "], 'noncurrent_version_expiration_in_days': 30"), NULL,
	  LIFE("'noncurrent_version_transitions': [" NCT "], 'noncurrent_version_expiration_in_days': 45"), NULL },
	{ "s3.cfn_delete_marker_alone", "awscc.s3.bucket",
	  "lifecycle_configuration.rules[0].expiration_in_days",
	  LIFE("'expired_object_delete_marker': true, 'expiration_in_days': 30"), NULL,
	  LIFE("'expired_object_delete_marker': true, 'noncurrent_version_expiration_in_days': 30"), NULL },
	{ "s3.cfn_one_time_unit", "awscc.s3.bucket",
	  "lifecycle_configuration.rules[0].expiration_in_days",
	  LIFE("'expiration_in_days': 365, 'transitions': [" DAYS30 ", {'storage_class': 'GLACIER', 'transition_date': '2030-01-01T00:00:00Z'}]"), NULL,
	  LIFE("'expiration_in_days': 365, 'transitions': [" DAYS30 ", {'storage_class': 'GLACIER', 'transition_in_days': 90}]"), NULL },
	{ "s3.cfn_routing_condition_prefix_or_error", "awscc.s3.bucket",
	  "website_configuration.routing_rules[0].routing_rule_condition.key_prefix_equals",
	  ROUTE("'routing_rule_condition': {}, 'redirect_rule': {'host_name': 'example.com'}"), NULL,
	  ROUTE("'routing_rule_condition': {'http_error_code_returned_equals': '404'}, 'redirect_rule': {'host_name': 'example.com'}"), NULL },
	{ "s3.cfn_replace_key_or_prefix", "awscc.s3.bucket",
	  "website_configuration.routing_rules[0].redirect_rule.replace_key_prefix_with",
	  ROUTE("'redirect_rule': {'replace_key_with': 'a.html', 'replace_key_prefix_with': 'b/'}"), NULL,
	  ROUTE("'redirect_rule': {'replace_key_with': 'a.html'}"), NULL },
	{ "s3.cfn_tierings_1_or_2", "awscc.s3.bucket",
	  "intelligent_tiering_configurations[0].tierings",
	  TIERING(""), NULL,
	  TIERING("{'access_tier': 'ARCHIVE_ACCESS', 'days': 90}"), NULL },
	{ "s3.cfn_tiering_days", "awscc.s3.bucket",
	  "intelligent_tiering_configurations[0].tierings[1].days",
	  TIERING("{'access_tier': 'ARCHIVE_ACCESS', 'days': 90}, {'access_tier': 'DEEP_ARCHIVE_ACCESS', 'days': 179}"), NULL,
	  TIERING("{'access_tier': 'ARCHIVE_ACCESS', 'days': 90}, {'access_tier': 'DEEP_ARCHIVE_ACCESS', 'days': 180}"), NULL },
	{ "s3.cfn_filter_needs_delete_marker_replication", "awscc.s3.bucket",
	  "replication_configuration.rules[0].delete_marker_replication",
	  REPLICATE("'filter': {'prefix': 'logs/'}"), NULL,
	  REPLICATE("'filter': {'prefix': 'logs/'}, 'delete_marker_replication': {'status': 'Enabled'}"), NULL },
	{ "s3.cfn_tag_filter_no_delete_markers", "awscc.s3.bucket",
	  "replication_configuration.rules[0].delete_marker_replication.status",
	  REPLICATE("'filter': {'tag_filter': {'key': 'k', 'value': 'v'}}, 'delete_marker_replication': {'status': 'Enabled'}"), NULL,
	  REPLICATE("'filter': {'tag_filter': {'key': 'k', 'value': 'v'}}, 'delete_marker_replication': {'status': 'Disabled'}"), NULL },
	{ "s3.cfn_filter_one_element", "awscc.s3.bucket",
	  "replication_configuration.rules[0].filter.prefix",
	  REPLICATE("'filter': {'prefix': 'logs/', 'tag_filter': {'key': 'k', 'value': 'v'}}, 'delete_marker_replication': {'status': 'Disabled'}"), NULL,
	  REPLICATE("'filter': {'and': {'prefix': 'logs/', 'tag_filters': [{'key': 'k', 'value': 'v'}]}}, 'delete_marker_replication': {'status': 'Disabled'}"), NULL },
	{ "s3.cfn_filter_one_element", "awscc.s3.bucket",
	  "replication_configuration.rules[0].filter.prefix",
	  REPLICATE("'filter': {'prefix': '', 'and': {'prefix': 'a/'}}, 'delete_marker_replication': {'status': 'Disabled'}"), NULL,
	  REPLICATE("'filter': {}, 'delete_marker_replication': {'status': 'Disabled'}"), NULL },
	{ "s3.cfn_replication_time_with_metrics", "awscc.s3.bucket",
	  "replication_configuration.rules[0].destination.metrics",
	  REPLICATE_TO(", 'replication_time': {'status': 'Enabled', 'time': {'minutes': 15}}"), NULL,
	  REPLICATE_TO(", 'replication_time': {'status': 'Enabled', 'time': {'minutes': 15}}, 'metrics': {'status': 'Enabled'}"), NULL },
	{ "s3.metrics_configuration_ids", "awscc.s3.bucket", "metrics_configurations[1].id",
	  "{'metrics_configurations': [{'id': 'all'}, {'id': 'logs/2024'}]}", NULL,
	  "{'metrics_configurations': [{'id': 'all'}, {'id': 'logs_2024.v-1'}]}", NULL },
	{ "s3.replication_owner_destination", "awscc.s3.bucket",
	  "replication_configuration.rules[0].destination.access_control_translation.owner",
	  REPLICATE_TO(", 'account': '123456789012', 'access_control_translation': {'owner': "
		       "'Source'}"), NULL,
	  REPLICATE_TO(", 'account': '123456789012', 'access_control_translation': {'owner': "
		       "'Destination'}"), NULL },
	{ "s3.replica_modifications_not_v1", "awscc.s3.bucket",
	  "replication_configuration.rules[0].source_selection_criteria.replica_modifications",
	  V1_RULE("'prefix': 'logs/', "), NULL, V1_RULE("'filter': {'prefix': 'logs/'}, "
		  "'delete_marker_replication': {'status': 'Disabled'}, "), NULL },
	{ "s3.index_document_suffix", "awscc.s3.bucket", "website_configuration.index_document",
	  "{'website_configuration': {'index_document': 'site/index.html'}}", NULL,
	  "{'website_configuration': {'index_document': 'index.html'}}", NULL },
	{ "s3.cfn_translation_needs_account", "awscc.s3.bucket",
	  "replication_configuration.rules[0].destination.account",
	  REPLICATE_TO(", 'access_control_translation': {'owner': 'Destination'}"), NULL,
	  REPLICATE_TO(", 'access_control_translation': {'owner': 'Destination'}, 'account': '123456789012'"), NULL },
	{ "lambda.cfn_signing_tag_keys_not_aws", "awscc.lambda.code_signing_config", "tags[1].key",
	  SIGNING("'aws:team'"), NULL, SIGNING("'team:aws'"), NULL },
	{ "ecs.cfn_volume_one_kind", "awscc.ecs.task_definition",
	  "volumes[0].configured_at_launch",
	  VOLUMES("{'name': 'v', 'configured_at_launch': true, 'host': {'source_path': '/d'}}"), NULL,
	  VOLUMES("{'name': 'v', 'configured_at_launch': false, 'host': {'source_path': '/d'}}"), NULL },
	{ "ecs.cfn_s3_files_needs_task_role", "awscc.ecs.task_definition",
	  "task_role_arn",
	  CC_TASK("EC2", ", 'volumes': [{'name': 'a'}, {'name': 'v', 's3_files_volume_configuration': {'file_system_arn': 'f'}}]"), NULL,
	  CC_TASK("EC2", ", 'task_role_arn': 'arn:aws:iam::123456789012:role/t', 'volumes': [{'name': 'a'}, {'name': 'v', 's3_files_volume_configuration': {'file_system_arn': 'f'}}]"), NULL },
	{ "ecs.cfn_port_ranges_up_to_100", "awscc.ecs.task_definition",
	  "container_definitions[0].port_mappings[].container_port_range",
	  CONTAINER("EC2", "", ", 'port_mappings': [" RANGES100 ", " RANGE "]"), NULL,
	  CONTAINER("EC2", "", ", 'port_mappings': [" RANGES100 ", {'container_port': 80}]"), NULL },
	{ "ecs.cfn_health_command_cmd", "awscc.ecs.task_definition",
	  "container_definitions[0].health_check.command[0]",
	  CONTAINER("EC2", "", ", 'health_check': {'command': ['curl -f http://localhost/']}"), NULL,
	  CONTAINER("EC2", "", ", 'health_check': {'command': ['CMD-SHELL', 'curl -f http://localhost/']}"), NULL },
	{ "ecs.cfn_namespace_name_chars", "awscc.ecs.cluster",
	  "service_connect_defaults.namespace",
	  "{'service_connect_defaults': {'namespace': 'apps/internal'}}", NULL,
	  "{'service_connect_defaults': {'namespace': 'arn:aws:servicediscovery:us-east-1:123456789012:namespace/ns-0123456789abcdef'}}", NULL },
	{ "ecs.cfn_user_ids_not_negative", "awscc.ecs.task_definition", "container_definitions[0].user",
	  CONTAINER("EC2", "", ", 'user': '1000:-1'"), NULL, CONTAINER("EC2", "", ", 'user': '0:1000'"),
	  NULL },
	{ "ecs.cfn_fargate_awsvpc", "awscc.ecs.task_definition", "network_mode",
	  FARGATE_TASK("'network_mode': 'bridge', 'cpu': '256', 'memory': '512'"), NULL,
	  FARGATE_TASK("'network_mode': 'awsvpc', 'cpu': '256', 'memory': '512'"), NULL },
	{ "ecs.cfn_fargate_awsvpc", "awscc.ecs.task_definition", "network_mode",
	  FARGATE_TASK("'cpu': '256', 'memory': '512'"), NULL,
	  "{'family': 'f', 'requires_compatibilities': ['EC2'], 'container_definitions': "
	  "[{'name': 'app', 'image': 'nginx', 'memory': 64}]}", NULL },
	{ "ecs.cfn_fargate_cpu", "awscc.ecs.task_definition", "cpu",
	  FARGATE_TASK("'network_mode': 'awsvpc', 'memory': '512'"), NULL,
	  FARGATE_TASK("'network_mode': 'awsvpc', 'cpu': '.25 vCPU', 'memory': '512'"), NULL },
	{ "ecs.cfn_fargate_memory", "awscc.ecs.task_definition", "memory",
	  FARGATE_TASK("'network_mode': 'awsvpc', 'cpu': '256'"), NULL,
	  FARGATE_TASK("'network_mode': 'awsvpc', 'cpu': '256', 'memory': '0.5GB'"), NULL },
	{ "s3.cfn_rule_has_an_action", "awscc.s3.bucket", "lifecycle_configuration.rules[0].abort_incomplete_multipart_upload",
	  LIFE("'prefix': 'logs/'"), NULL, LIFE("'prefix': 'logs/', 'expired_object_delete_marker': true"),
	  NULL },
	{ "s3.cfn_infrequent_access_after_30_days", "awscc.s3.bucket",
	  "lifecycle_configuration.rules[0].transitions[1].transition_in_days",
	  LIFE("'transitions': [{'storage_class': 'GLACIER', 'transition_in_days': 0}, "
	       "{'storage_class': 'ONEZONE_IA', 'transition_in_days': 29}]"), NULL,
	  LIFE("'transitions': [{'storage_class': 'GLACIER', 'transition_in_days': 0}, "
	       "{'storage_class': 'ONEZONE_IA', 'transition_in_days': 30}]"), NULL },
	{ "s3.cfn_archive_transition_days", "awscc.s3.bucket",
	  "lifecycle_configuration.rules[0].transition.transition_in_days",
	  LIFE("'transition': {'storage_class': 'DEEP_ARCHIVE', 'transition_in_days': -1}"), NULL,
	  LIFE("'transition': {'storage_class': 'DEEP_ARCHIVE', 'transition_in_days': 0}"), NULL },
	{ "lambda.cfn_sqs_batch_over_10_needs_window", "awscc.lambda.event_source_mapping",
	  "maximum_batching_window_in_seconds", MAPPING(", 'batch_size': 11"), NULL,
	  MAPPING(", 'batch_size': 11, 'maximum_batching_window_in_seconds': 1"), NULL },
	{ "ecs.cfn_memory_over_reservation", "awscc.ecs.task_definition",
	  "container_definitions[0].memory_reservation",
	  CONTAINER("EC2", "", ", 'memory': 256, 'memory_reservation': 512"), NULL,
	  CONTAINER("EC2", "", ", 'memory': 512, 'memory_reservation': 512"), NULL },
	{ "ecs.cfn_container_memory_without_task_memory", "awscc.ecs.task_definition",
	  "container_definitions[1].memory",
	  "{'family': 'f', 'container_definitions': [{'name': 'a', 'image': 'i', 'memory': 64}, "
	  "{'name': 'b', 'image': 'i'}]}", NULL,
	  "{'family': 'f', 'container_definitions': [{'name': 'a', 'image': 'i', 'memory': 64}, "
	  "{'name': 'b', 'image': 'i', 'memory_reservation': 64}]}", NULL },
	{ "ecs.cfn_none_network_no_port_mappings", "awscc.ecs.task_definition",
	  "container_definitions[0].port_mappings",
	  CONTAINER("EC2", ", 'network_mode': 'none'", ", 'port_mappings': [{'container_port': 80}]"),
	  NULL,
	  CONTAINER("EC2", ", 'network_mode': 'bridge'", ", 'port_mappings': [{'container_port': 80}]"),
	  NULL },
	{ "ecs.cfn_host_port_is_container_port", "awscc.ecs.task_definition",
	  "container_definitions[0].port_mappings[1].host_port",
	  CONTAINER("EC2", ", 'network_mode': 'host'", ", 'port_mappings': [{'container_port': 80}, "
		    "{'container_port': 81, 'host_port': 8081}]"), NULL,
	  CONTAINER("EC2", ", 'network_mode': 'host'", ", 'port_mappings': [{'container_port': 80}, "
		    "{'container_port': 81, 'host_port': 81}]"), NULL },
	{ "ecs.cfn_container_memory_from_4", "awscc.ecs.task_definition",
	  "container_definitions[0].memory", CONTAINER("EC2", "", ", 'memory': 3"), NULL,
	  CONTAINER("EC2", "", ", 'memory': 4"), NULL },
	{ "s3.cfn_expiration_after_transition", "awscc.s3.bucket",
	  "lifecycle_configuration.rules[0].transition.transition_in_days",
	  LIFE("'transition': " DAYS30 ", 'expiration_in_days': 20"), NULL,
	  LIFE("'transition': " DAYS30 ", 'expiration_in_days': 60"), NULL },
	/* "later than": on the same day is refused too; and the Transitions form,
	 * each of its transitions */
	{ "s3.cfn_expiration_after_transition", "awscc.s3.bucket",
	  "lifecycle_configuration.rules[0].transition.transition_in_days",
	  LIFE("'transition': " DAYS30 ", 'expiration_in_days': 30"), NULL,
	  LIFE("'transition': " DAYS30 ", 'expiration_in_days': 31"), NULL },
	{ "s3.cfn_expiration_after_transition", "awscc.s3.bucket",
	  "lifecycle_configuration.rules[0].transitions[1].transition_in_days",
	  LIFE("'transitions': [{'storage_class': 'STANDARD_IA', 'transition_in_days': 30}, "
	       "{'storage_class': 'GLACIER', 'transition_in_days': 90}], 'expiration_in_days': 60"), NULL,
	  LIFE("'transitions': [{'storage_class': 'STANDARD_IA', 'transition_in_days': 30}, "
	       "{'storage_class': 'GLACIER', 'transition_in_days': 90}], 'expiration_in_days': 365"), NULL },
	{ "lambda.cfn_sqs_minimum_pollers_from_2", "awscc.lambda.event_source_mapping",
	  "provisioned_poller_config.minimum_pollers",
	  MAPPING(", 'provisioned_poller_config': {'minimum_pollers': 1}"), NULL,
	  MAPPING(", 'provisioned_poller_config': {'minimum_pollers': 2}"), NULL },
	{ "lambda.cfn_sqs_maximum_pollers_from_2", "awscc.lambda.event_source_mapping",
	  "provisioned_poller_config.maximum_pollers",
	  MAPPING(", 'provisioned_poller_config': {'maximum_pollers': 1}"), NULL,
	  "{'function_name': 'f', 'event_source_arn': 'arn:aws:kinesis:us-east-1:123456789012:"
	  "stream/s', 'provisioned_poller_config': {'maximum_pollers': 1}}", NULL },
	{ "batch.cfn_borrow_limit_lend_and_borrow", "awscc.batch.quota_share",
	  "resource_sharing_configuration.strategy", SHARE("LEND"), NULL, SHARE("LEND_AND_BORROW"),
	  NULL },
	{ "s3.cfn_replication_needs_versioning", "awscc.s3.bucket", "versioning_configuration.status",
	  "{'replication_configuration': " REPLICATION "}", NULL,
	  "{'versioning_configuration': {'status': 'Enabled'}, 'replication_configuration': "
	  REPLICATION "}", NULL },
	{ "s3.cfn_replication_rules_1_to_1000", "awscc.s3.bucket", "replication_configuration.rules",
	  "{'versioning_configuration': {'status': 'Enabled'}, 'replication_configuration': "
	  "{'role': 'r', 'rules': []}}", NULL,
	  "{'versioning_configuration': {'status': 'Enabled'}, 'replication_configuration': "
	  REPLICATION "}", NULL },
	{ "s3.cfn_retention_days_or_years", "awscc.s3.bucket",
	  "object_lock_configuration.rule.default_retention.years",
	  RETENTION("'mode': 'GOVERNANCE', 'days': 1, 'years': 1"), NULL,
	  RETENTION("'mode': 'GOVERNANCE', 'days': 1"), NULL },
	{ "s3.cfn_retention_needs_a_period", "awscc.s3.bucket",
	  "object_lock_configuration.rule.default_retention.years",
	  RETENTION("'mode': 'GOVERNANCE'"), NULL, RETENTION("'mode': 'GOVERNANCE', 'years': 1"),
	  NULL },
	{ "s3.cfn_retention_needs_a_mode", "awscc.s3.bucket",
	  "object_lock_configuration.rule.default_retention.mode", RETENTION("'days': 30"), NULL,
	  RETENTION("'mode': 'COMPLIANCE', 'days': 30"), NULL },
	{ "s3.cfn_one_key_format", "awscc.s3.bucket",
	  "logging_configuration.target_object_key_format.simple_prefix",
	  "{'logging_configuration': {'target_object_key_format': {'partitioned_prefix': "
	  "{'partition_date_source': 'EventTime'}, 'simple_prefix': {}}}}", NULL,
	  "{'logging_configuration': {'target_object_key_format': {'partitioned_prefix': "
	  "{'partition_date_source': 'EventTime'}}}}", NULL },
	{ "s3.cfn_redirect_all_alone", "awscc.s3.bucket", "website_configuration.index_document",
	  "{'website_configuration': {'redirect_all_requests_to': {'host_name': 'example.com'}, "
	  "'index_document': 'index.html'}}", NULL,
	  "{'website_configuration': {'redirect_all_requests_to': {'host_name': 'example.com'}}}",
	  NULL },
	/* helper wordsv: an alias's weights, a key filter's rules. */
	{ "sfn.cfn_alias_weights_sum_100", "awscc.stepfunctions.state_machine_alias",
	  "routing_configuration[].weight",
	  "{'routing_configuration': [{'state_machine_version_arn': 'v1', 'weight': 60}, "
	  "{'state_machine_version_arn': 'v2', 'weight': 30}]}", NULL,
	  "{'routing_configuration': [{'state_machine_version_arn': 'v1', 'weight': 70}, "
	  "{'state_machine_version_arn': 'v2', 'weight': 30}]}", NULL },
	{ "s3.cfn_filter_rule_once", "awscc.s3.bucket",
	  "notification_configuration.queue_configurations[1].filter.s3_key.rules[1].name",
	  "{'notification_configuration': {'queue_configurations': [{'event': 's3:ObjectCreated:*', "
	  "'queue': 'q', 'filter': {'s3_key': {'rules': [{'name': 'prefix', 'value': 'a/'}, "
	  "{'name': 'suffix', 'value': '.csv'}]}}}, {'event': 's3:ObjectCreated:*', 'queue': 'q', "
	  "'filter': {'s3_key': {'rules': [{'name': 'prefix', 'value': 'a/'}, {'name': 'prefix', "
	  "'value': 'b/'}]}}}]}}", NULL,
	  "{'notification_configuration': {'queue_configurations': [{'event': 's3:ObjectCreated:*', "
	  "'queue': 'q', 'filter': {'s3_key': {'rules': [{'name': 'prefix', 'value': 'a/'}, "
	  "{'name': 'suffix', 'value': '.csv'}]}}}, {'event': 's3:ObjectCreated:*', 'queue': 'q', "
	  "'filter': {'s3_key': {'rules': [{'name': 'prefix', 'value': 'b/'}]}}}]}}", NULL },
	/* cue "allowed": a FIFO queue (its ARN's name ends .fifo) no destination. */
	{ "s3.cfn_notification_queue_not_fifo", "awscc.s3.bucket",
	  "notification_configuration.queue_configurations[1].queue",
	  "{'notification_configuration': {'queue_configurations': [{'event': 's3:ObjectCreated:*', "
	  "'queue': 'arn:aws:sqs:us-east-1:123456789012:jobs'}, {'event': 's3:ObjectRemoved:*', "
	  "'queue': 'arn:aws:sqs:us-east-1:123456789012:jobs.fifo'}]}}", NULL,
	  "{'notification_configuration': {'queue_configurations': [{'event': 's3:ObjectCreated:*', "
	  "'queue': 'arn:aws:sqs:us-east-1:123456789012:jobs'}, {'event': 's3:ObjectRemoved:*', "
	  "'queue': 'arn:aws:sqs:us-east-1:123456789012:jobs-fifo'}]}}", NULL },
	{ "s3.cfn_table_bucket_in_region", "awscc.s3.bucket",
	  "metadata_table_configuration.s3_tables_destination.table_bucket_arn",
	  "{'metadata_table_configuration': {'s3_tables_destination': {'table_bucket_arn': "
	  "'arn:aws:s3tables:eu-west-1:123456789012:bucket/lake', 'table_name': 't'}}}", NULL,
	  "{'metadata_table_configuration': {'s3_tables_destination': {'table_bucket_arn': "
	  "'arn:aws:s3tables:us-east-1:123456789012:bucket/lake', 'table_name': 't'}}}", NULL },
	{ "ecr.kms_key_in_region", "aws.ecr.repository", "encryption_configuration.kms_key",
	  "{'name': 'app', 'encryption_configuration': {'encryption_type': 'KMS', 'kms_key': "
	  "'arn:aws:kms:eu-west-1:123456789012:key/k'}}", NULL,
	  "{'name': 'app', 'encryption_configuration': {'encryption_type': 'KMS', 'kms_key': "
	  "'arn:aws:kms:us-east-1:123456789012:key/k'}}", NULL },
	{ "ecr.cfn_kms_key_in_region", "awscc.ecr.repository", "encryption_configuration.kms_key",
	  "{'encryption_configuration': {'encryption_type': 'KMS', 'kms_key': "
	  "'arn:aws:kms:eu-west-1:123456789012:key/k'}}", NULL,
	  "{'encryption_configuration': {'encryption_type': 'KMS', 'kms_key': 'alias/app'}}",
	  NULL },
	{ "ecr.template_kms_key_arn", "awscc.ecr.repository_creation_template",
	  "encryption_configuration.kms_key",
	  "{'prefix': 'app', 'applied_for': ['PULL_THROUGH_CACHE'], 'encryption_configuration': "
	  "{'encryption_type': 'KMS', 'kms_key': 'alias/app'}}", NULL,
	  "{'prefix': 'app', 'applied_for': ['PULL_THROUGH_CACHE'], 'encryption_configuration': "
	  "{'encryption_type': 'KMS', 'kms_key': "
	  "'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'}}", NULL },
};

/* (CloudWatch Logs' rows: test_words_logs.c) */
static const char *const services[] = { "s3.", "batch.", "ecs.", "ecr.", "lambda.", "sfn.",
					NULL };

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
					 "test_words_compute.c");
}

/* A create row is not judged on an object that exists (an update), nor
 * an update row on a create; an update row only when the update sends
 * its attribute anew. */
static void test_judged_on_its_call(void **state)
{
	struct strbuf err = STRBUF_INIT;

	(void)state;
	assert_int_equal(words_judge("aws.batch.compute_environment", SPOT(""), SPOT(""), NULL, &err), 0);
	assert_int_equal(words_judge("aws.batch.compute_environment",
			       EC2(", 'allocation_strategy': 'BEST_FIT'"), NULL, NULL, &err), 0);
	assert_int_equal(words_judge("aws.batch.compute_environment", FARGATE("['a', 'b', 'c', 'd', 'e', 'f']"),
			       FARGATE("['a', 'b', 'c', 'd', 'e', 'f']"), NULL, &err), 0);
	assert_int_equal(words_judge("aws.batch.compute_environment", FARGATE("['a', 'b', 'c', 'd', 'e', 'f']"),
			       NULL, NULL, &err), 0);
	if (err.len)
		fail_msg("%s", err.buf);
	strbuf_release(&err);
}

/* HAS: a list with the word, a scalar that is it; a list without it, or
 * not known yet, leaves the row out. ENDS_WITH: absent and not known yet
 * pass; a suffix longer than the text does not hold. */
static void test_has_and_ends_with(void **state)
{
	struct strbuf err = STRBUF_INIT;

	(void)state;
	assert_int_equal(words_judge("aws.ecs.task_definition",
			       "{'family': 'win', 'requires_compatibilities': ['EC2'], 'cpu': '512', "
			       "'runtime_platform': {'operating_system_family': 'WINDOWS_SERVER_2022_CORE'}}",
			       NULL, NULL, &err), 0);
	assert_int_equal(words_judge("aws.ecs.task_definition",
			       "{'family': 'win', 'requires_compatibilities': '${var.launch}', "
			       "'cpu': '512', 'runtime_platform': "
			       "{'operating_system_family': 'WINDOWS_SERVER_2022_CORE'}}",
			       NULL, NULL, &err), 0);
	assert_int_equal(words_judge("aws.ecs.task_definition",
			       "{'family': 'lin', 'requires_compatibilities': ['FARGATE'], "
			       "'network_mode': 'awsvpc', 'cpu': '256', 'memory': '512', "
			       "'runtime_platform': {'operating_system_family': 'LINUX'}}",
			       NULL, NULL, &err), 0);
	assert_int_equal(words_judge("aws.sfn.state_machine", MACHINE("${var.group}"), NULL, NULL, &err), 0);
	assert_int_equal(words_judge("aws.sfn.state_machine",
			       "{'name': 'm', 'role_arn': 'arn:aws:iam::123456789012:role/r', "
			       "'definition': {'StartAt': 'A', 'States': {'A': {'Type': 'Pass', "
			       "'End': true}}}, 'logging_configuration': {'level': 'OFF'}}",
			       NULL, NULL, &err), 0);
	if (err.len)
		fail_msg("%s", err.buf);
	assert_int_equal(words_judge("aws.sfn.state_machine", MACHINE("*"), NULL, NULL, &err), -1);
	if (!strstr(err.buf, "logging_configuration.log_group_arn: \"*\", but it must end with \":*\""))
		fail_msg("message \"%s\"", err.buf);
	strbuf_reset(&err);
	assert_int_equal(words_judge("aws.ecs.task_definition",
			       "{'family': 'win', 'requires_compatibilities': ['EC2', 'FARGATE'], "
			       "'network_mode': 'awsvpc', 'cpu': '512', 'memory': '1024', "
			       "'runtime_platform': {'operating_system_family': 'WINDOWS_SERVER_2019_FULL'}}",
			       NULL, NULL, &err), -1);
	if (!strstr(err.buf, "when requires_compatibilities includes \"FARGATE\" and "
			     "runtime_platform.operating_system_family is not \"LINUX\""))
		fail_msg("message \"%s\"", err.buf);
	strbuf_release(&err);
}

/* A resource through aws_constraints_check at validate: refused with a
 * message holding `why`, or (why NULL) passing. */
static void check_written(const char *type, const char *resource, const char *why)
{
	struct strbuf err = STRBUF_INIT;
	int rc = words_judge(type, resource, NULL, NULL, &err);

	if (why && (rc != -1 || !strstr(err.buf, why)))
		fail_msg("%s %s: wanted \"%s\", got \"%s\"", type, resource, why, err.buf);
	if (!why && rc)
		fail_msg("%s %s: refused, which AWS accepts: %s", type, resource, err.buf);
	strbuf_release(&err);
}

#define TASK(MORE, CONTAINERS) "{'family': 'f'" MORE ", 'container_definitions': " CONTAINERS "}"
#define DIGEST "0123456789abcdef0123456789abcdef0123456789abcdef0123456789ABCDEF"

/* The awscc task definition's Fargate task size (rule_ecs_cc_fargate_size):
 * cpu in units or vCPU, memory in MiB or GB, each form AWS takes; a pair
 * Fargate does not take refused; other text left to AWS. */
#define CC_SIZE(CPU, MEMORY) "{'family': 'f', 'requires_compatibilities': ['FARGATE'], " \
	"'network_mode': 'awsvpc', 'cpu': '" CPU "', 'memory': '" MEMORY "', " \
	"'container_definitions': [{'name': 'app', 'image': 'nginx'}]}"

static void test_fargate_sizes_on_the_awscc_type(void **state)
{
	(void)state;
	static const char *const taken[][2] = {
		{ "256", "512" }, { "1024", "2048" }, { "1 vCPU", "2GB" }, { "1 vcpu", "2 GB" },
		{ ".25 vCPU", "0.5GB" }, { "0.5 vCPU", "1024" }, { "4096", "30 GB" },
		{ "16 vCPU", "120GB" }, { "8 VCPU", "16384" }, { "${var.cpu}", "512" },
		{ "1 cpu", "3GB" }, /* a form ECS's reference does not give: left to AWS */
	};
	for (size_t i = 0; i < sizeof(taken) / sizeof(*taken); i++) {
		char *td = xasprintf("{'family': 'f', 'requires_compatibilities': ['FARGATE'], "
				     "'network_mode': 'awsvpc', 'cpu': '%s', 'memory': '%s', "
				     "'container_definitions': [{'name': 'app', 'image': 'nginx'}]}",
				     taken[i][0], taken[i][1]);
		check_written("awscc.ecs.task_definition", td, NULL);
		free(td);
	}
	check_written("awscc.ecs.task_definition", CC_SIZE("1 vCPU", "1GB"),
		      "Fargate takes memory 2048 to 8192 in steps of 1024 with cpu 1024, not \"1GB\"");
	check_written("awscc.ecs.task_definition", CC_SIZE("256", "4096"),
		      "Fargate takes memory 512, 1024 or 2048 with cpu 256, not \"4096\"");
	check_written("awscc.ecs.task_definition", CC_SIZE("3 vCPU", "6GB"),
		      "Fargate takes cpu 256, 512, 1024, 2048, 4096, 8192 or 16384, not \"3 vCPU\"");
	check_written("awscc.ecs.task_definition", CC_SIZE("2048", "3GB"),
		      "with cpu 2048, not \"3GB\"");
	/* not for Fargate: any size */
	check_written("awscc.ecs.task_definition",
		      "{'family': 'f', 'requires_compatibilities': ['EC2'], 'cpu': '3 vCPU', "
		      "'memory': '1GB', 'container_definitions': [{'name': 'a', 'image': 'i'}]}", NULL);
	/* the written type takes the same forms */
	check_written("aws.ecs.task_definition",
		      "{'family': 'f', 'requires_compatibilities': ['FARGATE'], 'network_mode': "
		      "'awsvpc', 'cpu': '1 vCPU', 'memory': '2GB', 'container_definitions': "
		      "[{'name': 'a', 'image': 'i', 'memory': 64}]}", NULL);
	check_written("aws.ecs.task_definition",
		      "{'family': 'f', 'requires_compatibilities': ['FARGATE'], 'network_mode': "
		      "'awsvpc', 'cpu': '1 vCPU', 'memory': '1GB', 'container_definitions': "
		      "[{'name': 'a', 'image': 'i', 'memory': 64}]}",
		      "with cpu 1024, not \"1GB\"");
}

/* The awscc task definition's containers (rule_ecs_cc_containers): port
 * ranges of 1 to 65535, first below last, none meeting another mapping of
 * the container (of one protocol; two single ports are not a range's
 * rule); COMPLETE and SUCCESS only on a container not essential; the
 * reservations summed within the task's memory ("2GB" as 2048). */
#define CC_PORTS(MAPPINGS) "{'family': 'f', 'memory': '512', 'container_definitions': " \
	"[{'name': 'app', 'image': 'nginx', 'port_mappings': [" MAPPINGS "]}]}"
#define CC_DEPENDS(ESSENTIAL, CONDITION) "{'family': 'f', 'memory': '512', " \
	"'container_definitions': [{'name': 'init', 'image': 'i'" ESSENTIAL "}, {'name': 'app', " \
	"'image': 'i', 'depends_on': [{'container_name': 'init', 'condition': '" CONDITION "'}]}]}"
#define CC_RESERVED(MEMORY, A, B) "{'family': 'f', 'memory': '" MEMORY "', " \
	"'container_definitions': [{'name': 'a', 'image': 'i', 'memory_reservation': " A "}, " \
	"{'name': 'b', 'image': 'i', 'memory_reservation': " B "}]}"

static void test_containers_on_the_awscc_type(void **state)
{
	(void)state;
	static const char *const taken[] = {
		CC_PORTS("{'container_port_range': '8000-8010'}, {'container_port_range': '9000-9010'}"),
		CC_PORTS("{'container_port_range': '8000-8010'}, {'container_port': 8011}"),
		CC_PORTS("{'container_port_range': '8000-8010', 'protocol': 'udp'}, "
			 "{'container_port_range': '8000-8010'}"),
		CC_PORTS("{'container_port': 80, 'host_port': 80}, {'container_port': 80, "
			 "'host_port': 8080}"),
		CC_PORTS("{'container_port_range': '${var.ports}'}, {'container_port': 8000}"),
		CC_DEPENDS(", 'essential': false", "COMPLETE"), CC_DEPENDS("", "START"),
		CC_DEPENDS("", "HEALTHY"), CC_RESERVED("512", "256", "256"),
		CC_RESERVED("1GB", "512", "512"), CC_RESERVED("${var.memory}", "512", "512"),
	};
	for (size_t i = 0; i < sizeof(taken) / sizeof(*taken); i++)
		check_written("awscc.ecs.task_definition", taken[i], NULL);
	check_written("awscc.ecs.task_definition", CC_PORTS("{'container_port_range': '8010-8000'}"),
		      "port_mappings[0].container_port_range: \"8010-8000\": the first port must be "
		      "less than the last");
	check_written("awscc.ecs.task_definition", CC_PORTS("{'container_port_range': '0-10'}"),
		      "ports are 1 to 65535");
	check_written("awscc.ecs.task_definition",
		      CC_PORTS("{'container_port_range': '60000-65536'}"), "ports are 1 to 65535");
	check_written("awscc.ecs.task_definition",
		      CC_PORTS("{'container_port_range': '8000-8010'}, {'container_port_range': "
			       "'8010-8020'}"),
		      "port_mappings[1]: container \"app\": its ports 8010-8020 meet port_mappings[0]'s "
		      "8000-8010");
	check_written("awscc.ecs.task_definition",
		      CC_PORTS("{'container_port': 8005}, {'container_port_range': '8000-8010'}"),
		      "its ports 8000-8010 meet port_mappings[0]'s 8005-8005");
	check_written("awscc.ecs.task_definition", CC_DEPENDS("", "COMPLETE"),
		      "container_definitions[1].depends_on[0].condition: \"COMPLETE\" on container "
		      "\"init\", which is essential");
	check_written("awscc.ecs.task_definition", CC_DEPENDS(", 'essential': true", "SUCCESS"),
		      "\"SUCCESS\" on container \"init\", which is essential");
	check_written("awscc.ecs.task_definition", CC_RESERVED("512", "256", "257"),
		      "memory_reservation values sum to 513 MiB, more than the task's memory \"512\"");
	check_written("awscc.ecs.task_definition", CC_RESERVED("1GB", "512", "1024"),
		      "sum to 1536 MiB, more than the task's memory \"1GB\"");
}

static void test_container_settings(void **state)
{
	(void)state;
	check_written("aws.ecs.task_definition",
		      TASK("", "[{'name': 'a', 'image': 'i', 'memory': 3}]"),
		      "container \"a\": memory 3: ECS takes 4 MiB or more");
	check_written("aws.ecs.task_definition",
		      TASK("", "[{'name': 'a', 'image': 'i', 'memory': 4}]"), NULL);
	check_written("aws.ecs.task_definition",
		      TASK("", "[{'name': 'a', 'image': 'i', 'memory': 256, 'memoryReservation': 512}]"),
		      "memory 256 is less than memoryReservation 512");
	check_written("aws.ecs.task_definition",
		      TASK("", "[{'name': 'a', 'image': 'i', 'memory': 512, 'memoryReservation': 512}]"),
		      NULL);
	check_written("aws.ecs.task_definition", TASK("", "[{'name': 'a', 'image': 'i'}]"),
		      "container \"a\" has neither memory nor memoryReservation, and the task no memory");
	check_written("aws.ecs.task_definition",
		      TASK(", 'memory': '512'", "[{'name': 'a', 'image': 'i'}]"), NULL);
	check_written("aws.ecs.task_definition",
		      TASK(", 'memory': '${var.memory}'", "[{'name': 'a', 'image': 'i'}]"), NULL);
	check_written("aws.ecs.task_definition",
		      TASK(", 'network_mode': 'none'", "[{'name': 'a', 'image': 'i', 'memory': 64, "
			   "'portMappings': [{'containerPort': 80}]}]"),
		      "container \"a\" has portMappings, which network_mode none does not take");
	check_written("aws.ecs.task_definition",
		      TASK(", 'network_mode': 'bridge'", "[{'name': 'a', 'image': 'i', 'memory': 64, "
			   "'portMappings': [{'containerPort': 80}]}]"), NULL);
	check_written("aws.ecs.task_definition",
		      TASK(", 'network_mode': 'awsvpc'", "[{'name': 'a', 'image': 'i', 'memory': 64, "
			   "'portMappings': [{'containerPort': 80, 'hostPort': 8080}]}]"),
		      "container \"a\": hostPort 8080 is not its containerPort: network_mode awsvpc");
	check_written("aws.ecs.task_definition",
		      TASK(", 'network_mode': 'host'", "[{'name': 'a', 'image': 'i', 'memory': 64, "
			   "'portMappings': [{'containerPort': 80, 'hostPort': 0}]}]"),
		      "hostPort 0 is not its containerPort: network_mode host");
	check_written("aws.ecs.task_definition",
		      TASK(", 'network_mode': 'awsvpc'", "[{'name': 'a', 'image': 'i', 'memory': 64, "
			   "'portMappings': [{'containerPort': 80, 'hostPort': 80}, {'containerPort': 81}]}]"),
		      NULL);
	check_written("aws.ecs.task_definition",
		      TASK(", 'network_mode': 'bridge'", "[{'name': 'a', 'image': 'i', 'memory': 64, "
			   "'portMappings': [{'containerPort': 80, 'hostPort': 0}]}]"), NULL);
	check_written("aws.ecs.task_definition",
		      TASK("", "[{'name': 'a', 'image': 'i@sha512:" DIGEST "', 'memory': 64}]"),
		      "a digest is sha256: and 64 hex digits");
	check_written("aws.ecs.task_definition",
		      TASK("", "[{'name': 'a', 'image': 'i@sha256:" DIGEST "0', 'memory': 64}]"),
		      "a digest is sha256: and 64 hex digits");
	check_written("aws.ecs.task_definition",
		      TASK("", "[{'name': 'a', 'image': 'i@sha256:" DIGEST "', 'memory': 64}]"), NULL);
	check_written("aws.ecs.task_definition",
		      TASK(", 'memory': '1024'", "[{'name': 'a', 'image': 'i', 'memoryReservation': 512},"
			   " {'name': 'b', 'image': 'i', 'memoryReservation': 600}]"),
		      "the containers' memoryReservation values sum to 1112 MiB, more than the "
		      "task's memory 1024");
	check_written("aws.ecs.task_definition",
		      TASK(", 'memory': '1024'", "[{'name': 'a', 'image': 'i', 'memoryReservation': 512},"
			   " {'name': 'b', 'image': 'i', 'memoryReservation': 512}]"), NULL);
	/* Containers as JSON text, and not known yet. */
	check_written("aws.ecs.task_definition",
		      TASK("", "'[{\\\"name\\\": \\\"a\\\", \\\"image\\\": \\\"i\\\", "
			   "\\\"memory\\\": 2}]'"),
		      "memory 2: ECS takes 4 MiB or more");
	check_written("aws.ecs.task_definition", TASK("", "'${var.containers}'"), NULL);
}

#define MACHINE_NAMED(NAME) "{'name': '" NAME "', 'role_arn': " \
	"'arn:aws:iam::123456789012:role/r', 'definition': {'StartAt': 'A', 'States': " \
	"{'A': {'Type': 'Pass', 'End': true}}}}"

static void test_state_machine_names(void **state)
{
	(void)state;
	check_written("aws.sfn.state_machine", MACHINE_NAMED("nightly load"),
		      "name: \"nightly load\" has ' ': a state machine's name has no white space");
	check_written("aws.sfn.state_machine", MACHINE_NAMED("a/b"), "\"a/b\" has '/'");
	check_written("aws.sfn.state_machine", MACHINE_NAMED("a\\u0085b"),
		      "has a control character");
	check_written("aws.sfn.state_machine", MACHINE_NAMED("nightly-load_2.0"), NULL);
	check_written("aws.sfn.state_machine", MACHINE_NAMED("r\\u00e9sum\\u00e9"), NULL);
	check_written("aws.sfn.state_machine", MACHINE_NAMED("${var.name}"), NULL);

	/* An alias's versions, of one state machine. */
	check_written("awscc.stepfunctions.state_machine_alias",
		      "{'routing_configuration': [{'state_machine_version_arn': "
		      "'arn:aws:states:us-east-1:123456789012:stateMachine:load:1', 'weight': 50}, "
		      "{'state_machine_version_arn': "
		      "'arn:aws:states:us-east-1:123456789012:stateMachine:loader:2', 'weight': 50}]}",
		      "routing_configuration: [1].state_machine_version_arn: \"arn:aws:states:us-east-1:"
		      "123456789012:stateMachine:loader:2\" is not a version of arn:aws:states:us-east-1:"
		      "123456789012:stateMachine:load: AWS says \"If you specify the ARN of a second "
		      "version, it must belong to the same state machine as the first version.\"");
	check_written("awscc.stepfunctions.state_machine_alias",
		      "{'routing_configuration': [{'state_machine_version_arn': "
		      "'arn:aws:states:us-east-1:123456789012:stateMachine:load:1', 'weight': 50}, "
		      "{'state_machine_version_arn': "
		      "'arn:aws:states:us-east-1:123456789012:stateMachine:load:2', 'weight': 50}]}", NULL);
	check_written("awscc.stepfunctions.state_machine_alias",
		      "{'routing_configuration': [{'state_machine_version_arn': "
		      "'arn:aws:states:us-east-1:123456789012:stateMachine:load:1', 'weight': 50}, "
		      "{'state_machine_version_arn': '${v.arn}', 'weight': 50}]}", NULL);
}

#define JOB(CAPS, VCPU, MEMORY) "{'name': 'j', 'platform_capabilities': " CAPS ", " \
	"'container_properties': {'image': 'busybox', 'resourceRequirements': " \
	"[{'type': 'VCPU', 'value': '" VCPU "'}, {'type': 'MEMORY', 'value': '" MEMORY "'}]}}"

static void test_batch_job_resources(void **state)
{
	(void)state;
	check_written("aws.batch.job_definition", JOB("['EC2']", "1", "2"),
		      "MEMORY 2: a job takes at least 4 MiB");
	check_written("aws.batch.job_definition", JOB("['EC2']", "1", "4"), NULL);
	check_written("aws.batch.job_definition", JOB("['EC2']", "0.5", "2048"),
		      "VCPU 0.5: a job on EC2 takes at least 1");
	check_written("aws.batch.job_definition", JOB("['FARGATE']", "0.5", "2048"), NULL);
	check_written("aws.batch.job_definition",
		      "{'name': 'j', 'container_properties': {'image': 'busybox', "
		      "'resourceRequirements': [{'type': 'VCPU', 'value': '0.25'}]}}",
		      "VCPU 0.25: a job on EC2 takes at least 1");
}

#define LIFECYCLE(RULE) "{'name': 'words-bucket', 'lifecycle_rules': [" RULE "]}"
#define ID_64 "iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii"

static void test_lifecycle_ids_and_days(void **state)
{
	(void)state;
	check_written("aws.s3.bucket",
		      LIFECYCLE("{'id': '" ID_64 ID_64 ID_64 ID_64 "', 'expiration_days': 30}"),
		      "rule 1: id is 256 characters: S3 takes at most 255");
	check_written("aws.s3.bucket",
		      LIFECYCLE("{'id': '" ID_64 ID_64 ID_64 "iiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiiii"
				"iiiiiiiiiiiiiiiiiiiiiiiiii', 'expiration_days': 30}"), NULL);
	check_written("aws.s3.bucket",
		      LIFECYCLE("{'id': 'old', 'transitions': [{'days': -1, 'storage_class': 'GLACIER'}]}"),
		      "rule 1: transition 1: days -1: S3 takes a whole number of days, 0 or more");
	check_written("aws.s3.bucket",
		      LIFECYCLE("{'id': 'old', 'transitions': [{'days': 0, 'storage_class': 'GLACIER'}]}"),
		      NULL);
}

#define NOTE(QUEUE, TOPIC) "{'bucket': 'b', 'queue': [{'queue_arn': 'arn:aws:sqs:us-east-1:" \
	"123456789012:q', " QUEUE "}], 'topic': [{'topic_arn': 'arn:aws:sns:us-east-1:" \
	"123456789012:t', " TOPIC "}]}"

static void test_notification_filters(void **state)
{
	(void)state;
	check_written("aws.s3.bucket_notification",
		      NOTE("'events': ['s3:ObjectCreated:*'], 'filter_prefix': 'in/'",
			   "'events': ['s3:ObjectCreated:Put'], 'filter_prefix': 'in/raw/'"),
		      "a queue and a topic configuration share an event type and their prefixes "
		      "and suffixes overlap");
	check_written("aws.s3.bucket_notification",
		      NOTE("'events': ['s3:ObjectCreated:*'], 'filter_suffix': '.csv'",
			   "'events': ['s3:ObjectCreated:Put']"),
		      "share an event type and their prefixes and suffixes overlap");
	check_written("aws.s3.bucket_notification",
		      NOTE("'events': ['s3:ObjectCreated:*'], 'filter_prefix': 'in/'",
			   "'events': ['s3:ObjectCreated:Put'], 'filter_prefix': 'out/'"), NULL);
	check_written("aws.s3.bucket_notification",
		      NOTE("'events': ['s3:ObjectCreated:*'], 'filter_suffix': '.csv'",
			   "'events': ['s3:ObjectCreated:Put'], 'filter_suffix': '.json'"), NULL);
	check_written("aws.s3.bucket_notification",
		      NOTE("'events': ['s3:ObjectCreated:*']", "'events': ['s3:ObjectRemoved:*']"), NULL);
	check_written("aws.s3.bucket_notification",
		      NOTE("'events': ['s3:ObjectCreated:*'], 'filter_prefix': '${var.p}'",
			   "'events': ['s3:ObjectCreated:Put']"), NULL);
}

/* What aws_check_resources reported, "WHICH.ATTR~OTHER.OTHER_ATTR: MSG". */
static void collect(void *ctx, const struct check_finding *found)
{
	struct strbuf *out = ctx;

	assert_false(found->warning);
	strbuf_addf(out, "%zu.%s~%d.%s: %s\n", found->which, found->attr,
		    found->other == WRITTEN_NONE ? -1 : (int)found->other,
		    found->other_attr ? found->other_attr : "", found->message);
}

/* aws_check_resources on a JSON list of [name, type, config]. */
static void check_across(const char *resources, struct strbuf *out)
{
	json_t *rs = js(resources), *e;
	struct written_resource w[8];
	size_t i;

	assert_true(json_array_size(rs) <= 8);
	json_array_foreach(rs, i, e)
		w[i] = (struct written_resource){
			.name = json_string_value(json_array_get(e, 0)),
			.type = json_string_value(json_array_get(e, 1)),
			.rtype = resource_type_find(json_string_value(json_array_get(e, 1)), NULL),
			.config = json_array_get(e, 2), .provider = "aws",
		};
	aws_check_resources(w, json_array_size(rs), collect, out);
	json_decref(rs);
}

#define CE(NAME, TYPE) "['" NAME "', 'aws.batch.compute_environment', {'name': '" NAME "', " \
	"'compute_environment_type': 'MANAGED', 'compute_resources': {'type': '" TYPE "'}}]"
#define QUEUE(A, B) "['q', 'aws.batch.job_queue', {'name': 'q', 'priority': 1, " \
	"'compute_environment_order': [{'order': 1, 'compute_environment': '" A "'}, " \
	"{'order': 2, 'compute_environment': '" B "'}]}]"

static void test_queue_kinds(void **state)
{
	struct strbuf out = STRBUF_INIT;

	(void)state;
	check_across("[" CE("spot", "SPOT") ", " CE("fg", "FARGATE") ", "
		     QUEUE("${spot.arn}", "${fg.arn}") "]", &out);
	if (!strstr(out.buf, "2.compute_environment_order~1.compute_resources.type: "
			     "compute_environment_order[1] is a Fargate compute environment \"fg\", "
			     "and compute_environment_order[0] is EC2: AWS Batch says \"All of the "
			     "compute environments must be either EC2"))
		fail_msg("got \"%s\"", out.buf);
	strbuf_reset(&out);
	check_across("[" CE("spot", "SPOT") ", " CE("ec2", "EC2") ", "
		     QUEUE("${spot.arn}", "${ec2.arn}") "]", &out);
	check_across("[" CE("fg", "FARGATE") ", " CE("fgs", "FARGATE_SPOT") ", "
		     QUEUE("${fg.arn}", "${fgs.arn}") "]", &out);
	check_across("[" CE("fg", "FARGATE") ", "
		     QUEUE("${fg.arn}", "arn:aws:batch:us-east-1:123456789012:compute-environment/x")
		     "]", &out);
	if (out.len)
		fail_msg("refused, which AWS accepts: %s", out.buf);
	strbuf_release(&out);
}

int main(void)
{
	/* the provider's region the rows on the region read (aws_provider_region:
	 * no provider here, so the environment's) */
	setenv("AWS_REGION", "us-east-1", 1);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_judged_on_its_call),
		cmocka_unit_test(test_has_and_ends_with),
		cmocka_unit_test(test_container_settings),
		cmocka_unit_test(test_fargate_sizes_on_the_awscc_type),
		cmocka_unit_test(test_containers_on_the_awscc_type),
		cmocka_unit_test(test_state_machine_names),
		cmocka_unit_test(test_batch_job_resources),
		cmocka_unit_test(test_lifecycle_ids_and_days),
		cmocka_unit_test(test_notification_filters),
		cmocka_unit_test(test_queue_kinds),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
