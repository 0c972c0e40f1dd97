/*
 * pipes/rules.c: Amazon EventBridge Pipes' (a pipe: its source, enrichment
 * and target parameters) rows of the one table of checks (checks/row.h) on
 * the awscc types of a service terrace's own code does not call (its objects
 * are made through Cloud Control alone): AWS's words of the census's third
 * scope (checks/words/gen_words.py, sentences.py's THIRD_SCOPE: botocore's
 * pipes). Its ledger: checks/words/pipes.words. A target parameter may be
 * a dynamic path into the event ("$.detail.name"): a row on such a value's
 * text judges a literal alone.
 */
#include "provider/aws/checks/rules.h"

#define PIPES "pipes CreatePipe "
#define ECS_TASK "target_parameters.ecs_task_parameters."
#define BATCH_JOB "target_parameters.batch_job_parameters."
#define TIMESTREAM_TARGET "target_parameters.timestream_parameters."

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_pipes[] = {
	/* the log's S3 prefix, of an object key's 1,024 bytes at most */
	AWS_SAYS("pipes.log_prefix_1024", "awscc.pipes.pipe", AWS_CALL_ANY, ALWAYS,
		 THEN(LEN_IN("log_configuration.s3_log_destination.prefix", 0, 1024)),
		 "A prefix can be any length, subject to the maximum length of the object key name "
		 "(1,024 bytes).", PIPES "LogConfiguration.S3LogDestination.Prefix"),
	/* a stream source's dead-letter queue: an SNS topic or an SQS queue */
	AWS_SAYS("pipes.stream_dead_letter_sns_or_sqs", "awscc.pipes.pipe", AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("source_parameters.dynamo_db_stream_parameters.dead_letter_config.arn",
			      "^arn:[^:]+:(sns|sqs):"),
		      MATCHES("source_parameters.kinesis_stream_parameters.dead_letter_config.arn",
			      "^arn:[^:]+:(sns|sqs):")),
		 "For Amazon Kinesis stream and Amazon DynamoDB stream sources, specify either an "
		 "Amazon SNS topic or Amazon SQS queue ARN.",
		 PIPES "SourceParameters.KinesisStreamParameters.DeadLetterConfig.Arn"),
	/* a Batch job target: its name, its memory */
	AWS_SAYS("pipes.batch_job_name", "awscc.pipes.pipe", AWS_CALL_ANY,
		 WHEN(NOT_MATCHES(BATCH_JOB "job_name", "^\\$")),
		 THEN(MATCHES(BATCH_JOB "job_name", "^[A-Za-z0-9][A-Za-z0-9_-]*$")),
		 "The first character must be alphanumeric, can contain uppercase and lowercase "
		 "letters, numbers, hyphens (-), and underscores (_).", PIPES "TargetParameters."
		 "BatchJobParameters.JobName"),
	AWS_SAYS("pipes.batch_memory_4_mib", "awscc.pipes.pipe", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(BATCH_JOB "container_overrides.resource_requirements",
			   WHEN(IS("type", "MEMORY"), NOT_MATCHES("value", "^\\$")),
			   THEN(NOT_MATCHES("value", "^[0-3]$")))),
		 "You must specify at least 4 MiB of memory for a job.", PIPES "TargetParameters."
		 "BatchJobParameters.ContainerOverrides.ResourceRequirements.Value"),
	/* an ECS task target: a capacity provider strategy or a launch type;
	 * Fargate's network configuration, public IP and platform version; the
	 * group's length; a container override's name; placements */
	AWS_SAYS("pipes.ecs_strategy_no_launch_type", "awscc.pipes.pipe", AWS_CALL_ANY,
		 WHEN(SET(ECS_TASK "capacity_provider_strategy")),
		 THEN(UNSET(ECS_TASK "launch_type")),
		 "If a capacityProviderStrategy is specified, the launchType parameter must be "
		 "omitted.", PIPES "TargetParameters.EcsTaskParameters.CapacityProviderStrategy"),
	AWS_SAYS("pipes.ecs_fargate_network", "awscc.pipes.pipe", AWS_CALL_ANY,
		 WHEN(IS(ECS_TASK "launch_type", "FARGATE")),
		 THEN(SET(ECS_TASK "network_configuration")),
		 "This structure is required if LaunchType is FARGATE because the awsvpc mode is "
		 "required for Fargate tasks.",
		 PIPES "TargetParameters.EcsTaskParameters.NetworkConfiguration"),
	AWS_SAYS("pipes.ecs_public_ip_fargate", "awscc.pipes.pipe", AWS_CALL_ANY,
		 WHEN(IS(ECS_TASK "network_configuration.awsvpc_configuration.assign_public_ip",
			 "ENABLED")),
		 THEN(IS(ECS_TASK "launch_type", "FARGATE")),
		 "You can specify ENABLED only when LaunchType in EcsParameters is set to FARGATE.",
		 PIPES "TargetParameters.EcsTaskParameters.NetworkConfiguration.awsvpcConfiguration."
		 "AssignPublicIp"),
	AWS_SAYS("pipes.ecs_platform_version_fargate", "awscc.pipes.pipe", AWS_CALL_ANY,
		 WHEN(SET(ECS_TASK "platform_version")),
		 THEN(IS(ECS_TASK "launch_type", "FARGATE")),
		 "This structure is used only if LaunchType is FARGATE.",
		 PIPES "TargetParameters.EcsTaskParameters.PlatformVersion"),
	AWS_SAYS("pipes.ecs_group_255", "awscc.pipes.pipe", AWS_CALL_ANY, ALWAYS,
		 THEN(LEN_IN(ECS_TASK "group", 0, 255)), "The maximum length is 255 characters.",
		 PIPES "TargetParameters.EcsTaskParameters.Group"),
	AWS_SAYS("pipes.ecs_override_container_name", "awscc.pipes.pipe", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(ECS_TASK "overrides.container_overrides",
			   WHEN(ANY_OF(SET("command"), SET("cpu"), SET("environment"),
				       SET("environment_files"), SET("memory"),
				       SET("memory_reservation"), SET("resource_requirements"))),
			   THEN(SET("name")))),
		 "You must also specify a container name.", PIPES "TargetParameters."
		 "EcsTaskParameters.Overrides.ContainerOverrides.Command"),
	AWS_SAYS("pipes.ecs_distinct_instance_no_expression", "awscc.pipes.pipe", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH(ECS_TASK "placement_constraints", WHEN(IS("type", "distinctInstance")),
			   THEN(UNSET("expression")))),
		 "You cannot specify an expression if the constraint type is distinctInstance.",
		 PIPES "TargetParameters.EcsTaskParameters.PlacementConstraints.expression"),
	AWS_SAYS("pipes.ecs_binpack_field", "awscc.pipes.pipe", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(ECS_TASK "placement_strategy", WHEN(IS("type", "binpack")),
			   THEN(IS("field", "cpu", "memory")))),
		 "For the binpack placement strategy, valid values are cpu and memory.",
		 PIPES "TargetParameters.EcsTaskParameters.PlacementStrategy.field"),
	AWS_SAYS("pipes.ecs_spread_field", "awscc.pipes.pipe", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(ECS_TASK "placement_strategy", WHEN(IS("type", "spread")),
			   THEN(ANY_OF(IS("field", "instanceId", "host"),
				       MATCHES("field", "^attribute:."))))),
		 "For the spread placement strategy, valid values are instanceId (or host, which has "
		 "the same effect), or any platform or custom attribute that is applied to a "
		 "container instance, such as attribute:ecs.availability-zone.",
		 PIPES "TargetParameters.EcsTaskParameters.PlacementStrategy.field"),
	/* a Redshift cluster target's user with temporary credentials (no
	 * secret): a Redshift Serverless workgroup's needs none */
	AWS_SAYS("pipes.redshift_cluster_db_user", "awscc.pipes.pipe", AWS_CALL_ANY,
		 WHEN(MATCHES("target", "^arn:[^:]+:redshift:[^:]*:[0-9]*:cluster:"),
		      SET("target_parameters.redshift_data_parameters"),
		      UNSET("target_parameters.redshift_data_parameters.secret_manager_arn")),
		 THEN(SET("target_parameters.redshift_data_parameters.db_user")),
		 "Required when authenticating using temporary credentials.",
		 PIPES "TargetParameters.RedshiftDataParameters.DbUser"),
	/* a state machine target of the stack called REQUEST_RESPONSE: an
	 * EXPRESS one (STANDARD its default; test_words_crossing.c's case) */
	AWS_SAYS("pipes.request_response_express", "awscc.pipes.pipe", AWS_CALL_ANY,
		 WHEN(IS("target_parameters.step_function_state_machine_parameters.invocation_type",
			 "REQUEST_RESPONSE")),
		 THEN(SET("target->state_machine_type"), IS("target->state_machine_type", "EXPRESS")),
		 "REQUEST_RESPONSE is not supported for STANDARD state machine workflows.",
		 PIPES "TargetParameters.StepFunctionStateMachineParameters.InvocationType"),
	/* a Timestream target's time: its epoch unit or its format */
	AWS_SAYS("pipes.timestream_epoch_unit", "awscc.pipes.pipe", AWS_CALL_ANY,
		 WHEN(IS(TIMESTREAM_TARGET "time_field_type", "EPOCH")),
		 THEN(SET(TIMESTREAM_TARGET "epoch_time_unit")),
		 "Required if TimeFieldType is specified as EPOCH.",
		 PIPES "TargetParameters.TimestreamParameters.EpochTimeUnit"),
	AWS_SAYS("pipes.timestream_timestamp_format", "awscc.pipes.pipe", AWS_CALL_ANY,
		 WHEN(IS(TIMESTREAM_TARGET "time_field_type", "TIMESTAMP_FORMAT")),
		 THEN(SET(TIMESTREAM_TARGET "timestamp_format")),
		 "Required if TimeFieldType is specified as TIMESTAMP_FORMAT.",
		 PIPES "TargetParameters.TimestreamParameters.TimestampFormat"),
	AWS_SAYS("pipes.timestream_version_1", "awscc.pipes.pipe", AWS_CALL_ANY,
		 WHEN(NOT_MATCHES(TIMESTREAM_TARGET "version_value", "^\\$")),
		 THEN(NOT_MATCHES(TIMESTREAM_TARGET "version_value", "^(-.*|0+)$")),
		 "Version must be 1 or greater, or you will receive a ValidationException error.",
		 PIPES "TargetParameters.TimestreamParameters.VersionValue"),
	{ NULL },
};
