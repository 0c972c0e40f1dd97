/*
 * rules_table.c: the written half of the one table of checks (constraints.h):
 * what AWS documents about the attributes the aws types send that its
 * service models do not carry, one row per type and attribute, grouped by
 * service, each citing its source. A row is an enum, a range or a rule
 * function (<service>/rules.c); constraints.c runs the rows at validate, at
 * plan and at apply before the request, with the models' rows
 * (constraints.gen.c). An
 * attribute the models already constrain is not written here again
 * (test_constraints fails): a documented value that differs from the
 * model's goes into constraints.map instead.
 *
 * A type's rows for the whole resource (settings that go together) come
 * after its rows for single values, so a wrong value is named first.
 *
 * A row marked warn (WARN_RULE) is what AWS takes and the run then fails
 * on, or never runs: a warning (aws_constraints_warn), never a refusal.
 *
 * A row marked account_default (ACCOUNT_RULE, ACCOUNT_WARN_RULE) rests on
 * what an AWS account has by default, not on the API: Block Public Access
 * on every new bucket, a quota an account may have raised. It holds where
 * the provider's server is AWS; against another server (MinIO, Ceph: the
 * provider's `server`, aws_provider_server) it is a warning. Every such
 * rule is one of these rows, never a test of the server in its function.
 *
 * A new type's checks are rows here (and lines in constraints.map), never
 * code in the type's file; and its name's limit, a row of aws_name_rules
 * at the end.
 */
#include "provider/aws/constraints.h"
#include "provider/aws/rules.h"

/* A row that names a rule function; one that takes one of a list of words;
 * one that takes a whole number of at least MIN. */
#define RULE(TYPE, ATTR, FN, SOURCE) \
	{ .type = (TYPE), .attr = (ATTR), .source = (SOURCE), .kind = 'r', .rule = (FN) }
/* A rule row that also warns (aws_constraints_warn runs WARN). */
#define RULE_WARNS(TYPE, ATTR, FN, WARN, SOURCE)                                             \
	{ .type = (TYPE), .attr = (ATTR), .source = (SOURCE), .kind = 'r', .rule = (FN),        \
	  .warn = (WARN) }
#define ONE_OF(TYPE, ATTR, WORDS, SOURCE) \
	{ .type = (TYPE), .attr = (ATTR), .source = (SOURCE), .kind = 's', .enums = (WORDS) }
#define WHOLE_FROM(TYPE, ATTR, MIN, SOURCE)                                                   \
	{ .type = (TYPE), .attr = (ATTR), .source = (SOURCE), .kind = 'n', .has_min = true,    \
	  .min = (MIN), .whole = true }

#define WHOLE_IN(TYPE, ATTR, MIN, MAX, SOURCE)                                                \
	{ .type = (TYPE), .attr = (ATTR), .source = (SOURCE), .kind = 'n', .has_min = true,    \
	  .min = (MIN), .has_max = true, .max = (MAX), .whole = true }

/* A name of ASCII letters, digits and CHARS (NAME_CHARS_IN: MIN to MAX of
 * them); NOUN names whose ("IAM role"), EXAMPLE is a valid one. */
#define NAME_CHARS(TYPE, ATTR, NOUN, CHARS, EXAMPLE, SOURCE)                                  \
	{ .type = (TYPE), .attr = (ATTR), .source = (SOURCE), .kind = 'c', .noun = (NOUN),      \
	  .chars = (CHARS), .example = (EXAMPLE) }
#define NAME_CHARS_IN(TYPE, ATTR, NOUN, CHARS, MIN, MAX, EXAMPLE, SOURCE)                     \
	{ .type = (TYPE), .attr = (ATTR), .source = (SOURCE), .kind = 'c', .noun = (NOUN),      \
	  .chars = (CHARS), .has_min = true, .min = (MIN), .has_max = true, .max = (MAX),        \
	  .example = (EXAMPLE) }
/* A number that is one of a list (written as words: WORDS). */
#define NUMBER_ONE_OF(TYPE, ATTR, NUMBERS, EXAMPLE, SOURCE)                                   \
	{ .type = (TYPE), .attr = (ATTR), .source = (SOURCE), .kind = 'n', .enums = (NUMBERS),  \
	  .example = (EXAMPLE) }

/* A rule whose breach AWS takes and the run fails on: a warning. */
#define WARN_RULE(TYPE, ATTR, FN, SOURCE) \
	{ .type = (TYPE), .attr = (ATTR), .source = (SOURCE), .kind = 'r', .rule = (FN), \
	  .warn_only = true }

/* Rules that rest on an AWS account's defaults (above): an error where the
 * server is AWS, a warning elsewhere; and one that is a warning anywhere. */
#define ACCOUNT_RULE(TYPE, ATTR, FN, SOURCE) \
	{ .type = (TYPE), .attr = (ATTR), .source = (SOURCE), .kind = 'r', .rule = (FN), \
	  .account_default = true }
#define ACCOUNT_WARN_RULE(TYPE, ATTR, FN, SOURCE) \
	{ .type = (TYPE), .attr = (ATTR), .source = (SOURCE), .kind = 'r', .rule = (FN), \
	  .warn_only = true, .account_default = true }

#define WORDS(NAME, ...) static const char *const NAME[] = { __VA_ARGS__, NULL }

/* ---- Athena ---- */
WORDS(athena_encryptions, "SSE_S3", "SSE_KMS", "CSE_KMS");
WORDS(athena_states, "ENABLED", "DISABLED");

/* ---- Batch ---- */
WORDS(batch_job_definition_types, "container");
/* ---- Firehose: the destinations terrace makes ---- */
WORDS(firehose_destinations, "extended_s3");

/* ---- EC2 ---- */
WORDS(sg_rule_directions, "ingress", "egress");
WORDS(vpc_endpoint_types, "Gateway", "Interface");

/* ---- SNS ---- */
WORDS(sns_protocols, "http", "https", "email", "email-json", "sms", "sqs", "application",
      "lambda", "firehose");
WORDS(sns_filter_scopes, "MessageAttributes", "MessageBody");

/* ---- CloudWatch ---- */
WORDS(cloudwatch_missing_data, "breaching", "notBreaching", "ignore", "missing");

/* ---- Glue ---- */
WORDS(glue_job_commands, "glueetl", "pythonshell", "gluestreaming", "glueray");
WORDS(glue_update_behaviors, "UPDATE_IN_DATABASE", "LOG");
WORDS(glue_delete_behaviors, "DEPRECATE_IN_DATABASE", "DELETE_FROM_DATABASE", "LOG");
WORDS(glue_logicals, "AND", "ANY");
WORDS(glue_logical_operators, "EQUALS");
WORDS(glue_job_run_states, "STARTING", "RUNNING", "STOPPING", "STOPPED", "SUCCEEDED", "FAILED",
      "TIMEOUT", "ERROR", "WAITING", "EXPIRED");
WORDS(glue_crawl_states, "RUNNING", "CANCELLING", "CANCELLED", "SUCCEEDED", "FAILED", "ERROR");
WORDS(glue_iceberg_operations, "CREATE");
WORDS(glue_iceberg_versions, "1", "2");

/* ---- CloudWatch Logs ---- */
WORDS(log_retention_days, "0", "1", "3", "5", "7", "14", "30", "60", "90", "120", "150", "180",
      "365", "400", "545", "731", "1096", "1827", "2192", "2557", "2922", "3288", "3653");

/* ---- EMR Serverless ---- */
WORDS(emrs_worker_types, "Driver", "Executor", "HiveDriver", "TezTask");

/* ---- EventBridge Scheduler, Step Functions ---- */
WORDS(scheduler_window_modes, "OFF", "FLEXIBLE");
WORDS(sfn_log_levels, "ALL", "ERROR", "FATAL", "OFF");

#define TAGGING "Tagging AWS resources: tag naming limits and requirements"
#define ATHENA "Athena API reference: WorkGroupConfiguration"
#define EC2_SG "Amazon VPC User Guide: security group rules"
#define VPC "Amazon VPC User Guide: IP addressing, VPC and subnet CIDR blocks"
#define GLUE_API "AWS Glue API reference"
#define IAM_QUOTAS "IAM User Guide: IAM and AWS STS quotas, name requirements"
#define IAM_POLICY "IAM User Guide: IAM JSON policy elements reference"
#define LAMBDA "Lambda Developer Guide: Lambda runtimes; CreateFunction"
#define LAMBDA_ENV "Lambda API reference: Environment; Developer Guide: defined runtime " \
	"environment variables, Lambda quotas (4 KB)"
#define LOGS "CloudWatch Logs API reference: PutRetentionPolicy"
#define RDS_NAMES "RDS User Guide: naming constraints in Amazon RDS"
#define REDSHIFT_NAMES "Redshift API reference: CreateCluster, CreateClusterSubnetGroup"
#define RDS_API "RDS API reference: CreateDBInstance"
#define REDSHIFT_API "Redshift API reference: CreateCluster"
#define S3_KEYS "Amazon S3 User Guide: naming objects (a key is at most 1,024 bytes of UTF-8)"
#define S3_NAMES "Amazon S3 User Guide: general purpose bucket naming rules"
#define S3_LIFECYCLE "Amazon S3 User Guide: lifecycle configuration elements"
#define SCHEDULES "EventBridge User Guide: schedule expressions; Scheduler: schedule types"
#define BATCH "AWS Batch API reference: "
#define DYNAMODB "DynamoDB API reference: CreateTable AttributeDefinitions, KeySchema, BillingMode"
#define KINESIS "Kinesis API reference: CreateStream ShardCount, StartStreamEncryption KeyId"
#define FIREHOSE "Firehose API reference: CreateDeliveryStream, StartDeliveryStreamEncryption"
#define KINESIS_RETENTION "Kinesis Data Streams Developer Guide: changing the data " \
	"retention period"
#define ECS_API "Amazon ECS API reference: "
#define ECS_FARGATE "Amazon ECS API reference: RegisterTaskDefinition networkMode, cpu, memory; " \
	"Amazon ECS Developer Guide: task size"
#define SECRETS "Secrets Manager API reference: CreateSecret Name"
#define SFN "Amazon States Language specification; Step Functions: logging"
#define SNS_API "SNS API reference: "
#define SQS_API "SQS API reference: "
#define CLOUDWATCH_API "CloudWatch API reference: "
#define LAKEFORMATION "Lake Formation API reference: GrantPermissions Resource, TableResource, " \
	"TableWithColumnsResource, PermissionsWithGrantOption"

const struct aws_constraint aws_rules_table[] = {
	RULE("aws.*", "tags", rule_tags, TAGGING),

	ONE_OF("aws.athena.workgroup", "encryption", athena_encryptions, ATHENA),
	ONE_OF("aws.athena.workgroup", "state", athena_states, "Athena CreateWorkGroup State"),
	WHOLE_FROM("aws.athena.workgroup", "bytes_scanned_cutoff_per_query", 10000000, ATHENA),
	RULE("aws.athena.workgroup", "output_location", rule_s3_uri, ATHENA),
	RULE("aws.athena.workgroup", "", rule_athena_workgroup, ATHENA),

	NAME_CHARS_IN("aws.batch.compute_environment", "name", "Batch", "-_", 1, 128, "etl-spot",
		      BATCH "CreateComputeEnvironment computeEnvironmentName"),
	RULE("aws.batch.compute_environment", "", rule_batch_compute_resources,
	     BATCH "CreateComputeEnvironment computeResources, ComputeResource"),
	NAME_CHARS_IN("aws.batch.job_queue", "name", "Batch", "-_", 1, 128, "etl-queue",
		      BATCH "CreateJobQueue jobQueueName"),
	RULE("aws.batch.job_queue", "compute_environment_order", rule_batch_queue_order,
	     BATCH "CreateJobQueue computeEnvironmentOrder"),
	NAME_CHARS_IN("aws.batch.job_definition", "name", "Batch", "-_", 1, 128, "nightly-load",
		      BATCH "RegisterJobDefinition jobDefinitionName"),
	ONE_OF("aws.batch.job_definition", "job_definition_type", batch_job_definition_types,
	       BATCH "RegisterJobDefinition type (terrace registers container jobs)"),
	RULE("aws.batch.job_definition", "", rule_batch_job_definition,
	     BATCH "ContainerProperties resourceRequirements, ResourceRequirement"),
	WHOLE_IN("aws.batch.job_definition", "retry_strategy.attempts", 1, 10,
		 BATCH "RetryStrategy attempts"),
	WHOLE_FROM("aws.batch.job_definition", "timeout.attempt_duration_seconds", 60,
		   BATCH "JobTimeout attemptDurationSeconds"),

	RULE("aws.dynamodb.table", "", rule_dynamodb_keys, DYNAMODB),
	RULE("aws.dynamodb.table", "", rule_dynamodb_billing, DYNAMODB),
	RULE("aws.dynamodb.table", "", rule_dynamodb_stream,
	     "DynamoDB API reference: StreamSpecification"),
	RULE("aws.dynamodb.table", "", rule_dynamodb_indexes,
	     "DynamoDB API reference: CreateTable LocalSecondaryIndexes, GlobalSecondaryIndexes, "
	     "Projection"),
	ACCOUNT_WARN_RULE("aws.dynamodb.table", "", rule_dynamodb_index_count,
		  "DynamoDB API reference: CreateTable GlobalSecondaryIndexes (20, a default quota)"),

	ONE_OF("aws.firehose.delivery_stream", "destination", firehose_destinations, FIREHOSE),
	RULE("aws.firehose.delivery_stream", "", rule_firehose_encryption, FIREHOSE),

	WHOLE_IN("aws.kinesis.stream", "retention_period", 24, 8760, KINESIS_RETENTION),
	RULE("aws.kinesis.stream", "", rule_kinesis_stream, KINESIS),

	ONE_OF("aws.emrserverless.application", "initial_capacity[].initial_capacity_type",
	       emrs_worker_types,
	       "EMR Serverless User Guide: configuring an application, pre-initialized capacity "
	       "(Driver and Executor for Spark, HiveDriver and TezTask for Hive)"),

	/* ---- ECS ---- */
	NAME_CHARS_IN("aws.ecs.cluster", "name", "ECS", "-_", 1, 255, "data-jobs",
		      ECS_API "CreateCluster clusterName"),
	NAME_CHARS_IN("aws.ecs.task_definition", "family", "ECS", "-_", 1, 255, "dbt-nightly",
		      ECS_API "RegisterTaskDefinition family"),
	RULE("aws.ecs.task_definition", "", rule_ecs_fargate, ECS_FARGATE),
	RULE("aws.ecs.task_definition", "container_definitions", rule_ecs_container_strings,
	     ECS_API "RegisterTaskDefinition containerDefinitions: ContainerDefinition, "
	     "KeyValuePair value, Secret name and valueFrom, LogConfiguration options (String)"),

	RULE("aws.ec2.key_pair", "key_name", rule_key_pair_name, "EC2 ImportKeyPair KeyName"),
	WHOLE_FROM("aws.ec2.instance", "root_volume_size", 1, "EC2 RunInstances: EBS VolumeSize (GiB)"),
	WHOLE_IN("aws.ec2.instance", "host_keys_timeout", 1, 3600,
		 "terrace's wait for the host's keys in its console output"),
	RULE("aws.ec2.nat_gateway", "", rule_nat_gateway, "EC2 API reference: CreateNatGateway"),
	RULE("aws.ec2.route_table", "routes", rule_route_table_routes,
	     "EC2 API reference: CreateRoute"),
	RULE("aws.ec2.route_table", "routes[].destination_cidr_block", rule_cidr,
	     "EC2 API reference: CreateRoute DestinationCidrBlock"),
	RULE("aws.ec2.security_group", "name", rule_sg_name, EC2_SG),
	RULE("aws.ec2.security_group", "ingress", rule_sg_rule_list, EC2_SG),
	RULE("aws.ec2.security_group", "egress", rule_sg_rule_list, EC2_SG),
	RULE("aws.ec2.security_group", "ingress[].description", rule_sg_rule_description,
	     "EC2 API reference: IpRange Description"),
	RULE("aws.ec2.security_group", "egress[].description", rule_sg_rule_description,
	     "EC2 API reference: IpRange Description"),
	RULE("aws.ec2.instance", "ami", rule_not_empty, "EC2 API reference: RunInstances ImageId"),
	RULE("aws.ec2.instance", "instance_type", rule_not_empty,
	     "EC2 API reference: RunInstances InstanceType (the enum grows: \"\" only warns)"),
	RULE("aws.ec2.key_pair", "public_key", rule_not_empty,
	     "EC2 API reference: ImportKeyPair PublicKeyMaterial"),
	RULE("aws.ec2.security_group", "vpc_id", rule_not_empty,
	     "EC2 API reference: CreateSecurityGroup VpcId"),
	RULE("aws.ec2.subnet", "vpc_id", rule_not_empty, "EC2 API reference: CreateSubnet VpcId"),
	RULE("aws.ec2.security_group_rule", "description", rule_sg_rule_description,
	     "EC2 API reference: IpRange Description"),
	RULE("aws.ec2.security_group_rule", "protocol", rule_sg_one_rule, EC2_SG),
	RULE("aws.ec2.security_group_rule", "cidr_block", rule_cidr, EC2_SG),
	ONE_OF("aws.ec2.security_group_rule", "direction", sg_rule_directions, EC2_SG),
	RULE("aws.ec2.security_group_rule", "", rule_sg_rule_source, EC2_SG),
	RULE("aws.ec2.subnet", "cidr_block", rule_vpc_cidr, VPC),
	RULE("aws.ec2.vpc", "cidr_block", rule_vpc_cidr, VPC),
	RULE("aws.ec2.vpc", "", rule_vpc_dns,
	     "EC2 API reference: ModifyVpcAttribute EnableDnsHostnames"),
	ONE_OF("aws.ec2.vpc_endpoint", "vpc_endpoint_type", vpc_endpoint_types,
	       "terrace's aws.ec2.vpc_endpoint makes Gateway and Interface endpoints"),
	RULE("aws.ec2.vpc_endpoint", "", rule_vpc_endpoint_kind,
	     "EC2 API reference: CreateVpcEndpoint"),

	RULE("aws.events.rule", "schedule_expression", rule_events_schedule, SCHEDULES),
	WHOLE_IN("aws.events.rule", "targets[].batch_parameters.array_size", 2, 10000,
		 "EventBridge API reference: BatchArrayProperties Size"),
	WHOLE_IN("aws.events.rule", "targets[].batch_parameters.job_attempts", 1, 10,
		 "EventBridge API reference: BatchRetryStrategy Attempts"),
	RULE("aws.events.rule", "", rule_events_rule, "EventBridge API reference: PutRule, PutTargets"),
	RULE("aws.events.rule", "", rule_events_schedule_bus,
	     "EventBridge User Guide: creating a rule that runs on a schedule (default bus only)"),

	RULE("aws.glue.crawler", "schedule", rule_glue_schedule, "Glue: time-based schedules"),
	RULE("aws.glue.crawler", "s3_targets[].path", rule_s3_uri, GLUE_API ": S3Target Path"),
	ONE_OF("aws.glue.crawler", "schema_change_policy.update_behavior", glue_update_behaviors,
	       GLUE_API ": SchemaChangePolicy"),
	ONE_OF("aws.glue.crawler", "schema_change_policy.delete_behavior", glue_delete_behaviors,
	       GLUE_API ": SchemaChangePolicy"),
	RULE("aws.glue.connection", "connection_properties", rule_glue_connection_properties,
	     "terrace: a password is kept secret only in the password attribute"),
	RULE("aws.glue.connection", "physical_connection_requirements",
	     rule_glue_connection_placement, GLUE_API ": PhysicalConnectionRequirements"),
	RULE("aws.glue.connection", "", rule_glue_connection_network,
	     GLUE_API ": CreateConnection (NETWORK)"),
	RULE("aws.glue.crawler", "", rule_glue_crawler, GLUE_API ": CreateCrawler Targets"),
	RULE("aws.glue.job", "worker_type", rule_glue_worker_type,
	     "Glue Developer Guide: defining job properties, worker types"),
	RULE("aws.glue.job", "max_capacity", rule_glue_max_capacity,
	     GLUE_API ": CreateJob MaxCapacity"),
	RULE("aws.glue.job", "command.script_location", rule_s3_uri, GLUE_API ": JobCommand"),
	ONE_OF("aws.glue.job", "command.name", glue_job_commands, GLUE_API ": JobCommand Name"),
	WHOLE_FROM("aws.glue.job", "number_of_workers", 1, GLUE_API ": CreateJob NumberOfWorkers"),
	WHOLE_FROM("aws.glue.job", "max_retries", 0, GLUE_API ": CreateJob MaxRetries"),
	WHOLE_FROM("aws.glue.job", "execution_property.max_concurrent_runs", 1,
		   GLUE_API ": ExecutionProperty"),
	RULE("aws.glue.job", "", rule_glue_job, GLUE_API ": CreateJob"),
	ONE_OF("aws.glue.table", "open_table_format_input.iceberg.metadata_operation",
	       glue_iceberg_operations, GLUE_API ": IcebergInput"),
	ONE_OF("aws.glue.table", "open_table_format_input.iceberg.version", glue_iceberg_versions,
	       GLUE_API ": IcebergInput"),
	RULE("aws.glue.table", "database", rule_glue_table_database,
	     "terrace: a Glue table's id is DATABASE:TABLE"),
	RULE("aws.glue.table", "", rule_glue_table_view, GLUE_API ": TableInput (views)"),
	RULE("aws.glue.trigger", "schedule", rule_glue_schedule, "Glue: time-based schedules"),
	ONE_OF("aws.glue.trigger", "predicate.logical", glue_logicals, GLUE_API ": Predicate"),
	ONE_OF("aws.glue.trigger", "predicate.conditions[].logical_operator", glue_logical_operators,
	       GLUE_API ": Condition"),
	ONE_OF("aws.glue.trigger", "predicate.conditions[].state", glue_job_run_states,
	       GLUE_API ": Condition"),
	ONE_OF("aws.glue.trigger", "predicate.conditions[].crawl_state", glue_crawl_states,
	       GLUE_API ": Condition"),
	WHOLE_FROM("aws.glue.trigger", "actions[].timeout", 1, GLUE_API ": Action Timeout"),
	RULE("aws.glue.trigger", "", rule_glue_trigger, GLUE_API ": CreateTrigger"),

	NAME_CHARS_IN("aws.iam.group", "name", "IAM group", "+=,.@_-", 1, 128, "data-engineers",
		      IAM_QUOTAS),
	RULE_WARNS("aws.iam.group", "policy", rule_group_inline_policy, warn_inline_policy_names,
		   IAM_POLICY),
	NAME_CHARS_IN("aws.iam.instance_profile", "name", "IAM instance profile", "+=,.@_-", 1, 128,
		      "airflow-worker", IAM_QUOTAS),
	NAME_CHARS_IN("aws.iam.policy", "name", "IAM policy", "+=,.@_-", 1, 128, "lake-read-only",
		      IAM_QUOTAS),
	RULE_WARNS("aws.iam.policy", "policy", rule_managed_policy, warn_policy_names, IAM_POLICY),
	NAME_CHARS_IN("aws.iam.role", "name", "IAM role", "+=,.@_-", 1, 64, "etl-glue-runner",
		      IAM_QUOTAS),
	RULE_WARNS("aws.iam.role", "assume_role_policy", rule_trust_policy, warn_policy_names,
		   IAM_POLICY),
	ACCOUNT_RULE("aws.iam.role", "assume_role_policy", rule_trust_policy_size,
		     IAM_QUOTAS " (role trust policy length: 2,048 characters, a default quota)"),
	RULE_WARNS("aws.iam.role", "inline_policies", rule_role_inline_policies,
		   warn_inline_policy_names, IAM_POLICY),
	NAME_CHARS_IN("aws.iam.user", "name", "IAM user", "+=,.@_-", 1, 64, "airflow-deployer",
		      IAM_QUOTAS),
	RULE("aws.iam.user", "", rule_iam_user_credentials,
	     "terrace: passwords and secret keys are kept in Secrets Manager, never in the state"),

	RULE("aws.kms.alias", "name", rule_kms_alias_name, "KMS API reference: CreateAlias AliasName"),
	WHOLE_IN("aws.kms.key", "deletion_window_in_days", 7, 30,
		 "KMS API reference: ScheduleKeyDeletion PendingWindowInDays (7 to 30 days)"),

	RULE("aws.lakeformation.permissions", "", rule_lakeformation_grant, LAKEFORMATION),

	RULE("aws.lambda.function", "function_name", rule_lambda_function_name,
	     "Lambda CreateFunction FunctionName: a name is at most 64 characters"),
	RULE("aws.lambda.function", "runtime", rule_lambda_runtime, LAMBDA),
	RULE("aws.lambda.function", "architectures", rule_lambda_architectures,
	     "Lambda API reference: CreateFunction Architectures"),
	RULE("aws.lambda.function", "environment", rule_lambda_environment, LAMBDA_ENV),
	RULE("aws.lambda.function", "s3_key", rule_s3_key, S3_KEYS),
	RULE("aws.lambda.function", "", rule_lambda_code_form,
	     "Lambda API reference: CreateFunction Code (FunctionCode)"),
	RULE("aws.lambda.layer_version", "compatible_runtimes", rule_lambda_runtimes, LAMBDA),
	RULE("aws.lambda.layer_version", "", rule_lambda_code_form,
	     "Lambda API reference: PublishLayerVersion Content (LayerVersionContentInput)"),
	RULE("aws.lambda.event_source_mapping", "starting_position_timestamp", rule_iso_time,
	     "Lambda API reference: CreateEventSourceMapping StartingPositionTimestamp (a time)"),
	RULE("aws.lambda.event_source_mapping", "", rule_lambda_event_source_mapping,
	     "Lambda API reference: CreateEventSourceMapping (StartingPosition, BatchSize, "
	     "MaximumBatchingWindowInSeconds, DestinationConfig, ScalingConfig)"),

	NUMBER_ONE_OF("aws.logs.log_group", "retention_in_days", log_retention_days, "30",
		      LOGS " retentionInDays (0: never expire)"),

	RULE("aws.rds.instance", "identifier", rule_rds_identifier, RDS_NAMES),
	RULE("aws.rds.instance", "final_snapshot_identifier", rule_rds_snapshot_identifier,
	     RDS_NAMES),
	RULE("aws.rds.instance", "master_password", rule_rds_master_password,
	     RDS_API " MasterUserPassword"),
	RULE("aws.rds.instance", "master_username", rule_rds_master_username,
	     RDS_API " MasterUsername; RDS for PostgreSQL, MySQL: master user name"),
	RULE("aws.rds.instance", "allocated_storage", rule_rds_allocated_storage,
	     RDS_API " AllocatedStorage (General Purpose SSD)"),
	WHOLE_IN("aws.rds.instance", "backup_retention_period", 0, 35,
		 RDS_API " BackupRetentionPeriod"),
	RULE("aws.rds.instance", "port", rule_rds_port, RDS_API " Port (by engine)"),
	RULE("aws.rds.instance", "db_name", rule_rds_db_name, RDS_API " DBName (by engine)"),
	RULE("aws.rds.instance", "", rule_rds_password, RDS_API),
	RULE("aws.rds.instance", "", rule_db_final_snapshot, "RDS API reference: DeleteDBInstance"),
	RULE("aws.rds.subnet_group", "name", rule_rds_subnet_group_name, RDS_NAMES),
	RULE("aws.rds.subnet_group", "subnet_ids", rule_subnet_group_subnets,
	     "RDS API reference: CreateDBSubnetGroup SubnetIds"),
	RULE("aws.redshift.cluster", "cluster_identifier", rule_redshift_identifier,
	     REDSHIFT_NAMES),
	RULE("aws.redshift.cluster", "final_snapshot_identifier",
	     rule_redshift_snapshot_identifier, REDSHIFT_NAMES),
	RULE("aws.redshift.cluster", "master_password", rule_redshift_master_password,
	     REDSHIFT_API " MasterUserPassword"),
	RULE("aws.redshift.cluster", "master_username", rule_redshift_master_username,
	     REDSHIFT_API " MasterUsername; Database Developer Guide: reserved words"),
	WHOLE_FROM("aws.redshift.cluster", "number_of_nodes", 1,
		   "Redshift API reference: CreateCluster NumberOfNodes"),
	RULE("aws.redshift.cluster", "database_name", rule_redshift_database_name,
	     REDSHIFT_API " DBName; Database Developer Guide: reserved words"),
	RULE("aws.redshift.cluster", "port", rule_redshift_port,
	     REDSHIFT_API " Port (by node family: ra3 and rg 5431-5455, 8191-8215; dc2 1150-65535)"),
	RULE("aws.redshift.cluster", "", rule_db_final_snapshot,
	     "Redshift API reference: DeleteCluster"),
	RULE("aws.redshift.cluster", "", rule_redshift_nodes,
	     "Redshift Management Guide: node type details (node range)"),
	RULE("aws.redshift.subnet_group", "name", rule_redshift_subnet_group_name,
	     REDSHIFT_NAMES),
	RULE("aws.redshift.subnet_group", "subnet_ids", rule_subnet_group_subnets,
	     "Redshift API reference: CreateClusterSubnetGroup SubnetIds"),

	RULE("aws.s3.bucket", "folders[]", rule_s3_folder,
	     "Amazon S3 User Guide: organizing objects using prefixes (folders)"),
	RULE("aws.s3.bucket", "name", rule_s3_bucket_name, S3_NAMES),
	RULE_WARNS("aws.s3.bucket", "policy", rule_bucket_policy, warn_bucket_policy_names,
		   IAM_POLICY),
	RULE("aws.s3.bucket", "lifecycle_rules", rule_s3_lifecycle, S3_LIFECYCLE),
	ACCOUNT_RULE("aws.s3.bucket", "", rule_s3_public_policy,
	     "Amazon S3 User Guide: blocking public access (on for new buckets since April 2023)"),
	RULE("aws.s3.artifact", "prefix", rule_s3_key_prefix, S3_KEYS),
	RULE("aws.s3.artifact", "key", rule_s3_key, S3_KEYS),
	RULE("aws.s3.artifact", "", rule_artifact_source,
	     "terrace: an artifact uploads a local file or a build's output"),
	RULE("aws.s3.object", "key", rule_s3_key, S3_KEYS),
	RULE("aws.s3.object", "bucket", rule_not_empty, "S3 API reference: PutObject Bucket"),
	RULE("aws.s3.object", "", rule_s3_object_body,
	     "terrace: an object's bytes come from source or content"),
	RULE("aws.s3.object", "metadata", rule_s3_metadata,
	     "Amazon S3 User Guide: working with object metadata (user-defined metadata)"),
	RULE("aws.s3.object", "", rule_s3_object_tags,
	     "Amazon S3 User Guide: categorizing your storage using tags (10 per object)"),

	RULE("aws.scheduler.schedule", "schedule_expression", rule_scheduler_schedule, SCHEDULES),
	RULE("aws.scheduler.schedule", "schedule_expression_timezone", rule_time_zone,
	     "Scheduler API reference: CreateSchedule ScheduleExpressionTimezone (IANA names)"),
	ONE_OF("aws.scheduler.schedule", "flexible_time_window.mode", scheduler_window_modes,
	       "Scheduler API reference: FlexibleTimeWindow Mode"),
	RULE("aws.scheduler.schedule", "start_date", rule_iso_time,
	     "Scheduler API reference: CreateSchedule StartDate (a timestamp)"),
	RULE("aws.scheduler.schedule", "end_date", rule_iso_time,
	     "Scheduler API reference: CreateSchedule EndDate (a timestamp)"),
	RULE("aws.scheduler.schedule", "flexible_time_window", rule_scheduler_window,
	     "Scheduler API reference: FlexibleTimeWindow"),
	WARN_RULE("aws.scheduler.schedule", "", rule_scheduler_dates,
		  "Scheduler API reference: CreateSchedule StartDate, EndDate"),

	NAME_CHARS("aws.secretsmanager.secret", "name", "secret", "/_+=.@-", "prod/warehouse/etl",
		   SECRETS),
	RULE("aws.secretsmanager.secret", "value", rule_not_empty,
	     "Secrets Manager API reference: CreateSecret SecretString"),
	RULE("aws.secretsmanager.secret", "recovery_window_in_days", rule_secret_recovery_window,
	     "Secrets Manager API reference: DeleteSecret RecoveryWindowInDays"),

	RULE("aws.sfn.state_machine", "definition", rule_sfn_definition, SFN),
	ONE_OF("aws.sfn.state_machine", "logging_configuration.level", sfn_log_levels, SFN),
	RULE("aws.sfn.state_machine", "logging_configuration", rule_sfn_logging, SFN),
	RULE("aws.sfn.state_machine", "", rule_sfn_express,
	     "Step Functions Developer Guide: choosing workflow type (Express: no .sync, "
	     "no .waitForTaskToken)"),
	WARN_RULE("aws.sfn.state_machine", "", rule_sfn_express_duration,
		  "Step Functions Developer Guide: quotas (an Express execution lasts at most 5 "
		  "minutes)"),

	RULE("aws.ssm.parameter", "name", rule_ssm_parameter_name,
	     "Systems Manager User Guide: creating Parameter Store parameters (names)"),
	RULE("aws.ssm.parameter", "", rule_ssm_parameter, "SSM API reference: PutParameter KeyId, Tier"),

	RULE("aws.sns.topic", "name", rule_sns_topic_name, SNS_API "CreateTopic Name"),
	RULE_WARNS("aws.sns.topic", "policy", rule_messaging_policy, warn_bucket_policy_names,
		   IAM_POLICY "; SNS Developer Guide: access policies"),
	RULE("aws.sns.topic", "content_based_deduplication", rule_sns_fifo_only,
	     SNS_API "CreateTopic Attributes (ContentBasedDeduplication: FIFO topics only)"),
	ONE_OF("aws.sns.subscription", "protocol", sns_protocols, SNS_API "Subscribe Protocol"),
	RULE("aws.sns.subscription", "endpoint", rule_not_empty, SNS_API "Subscribe Endpoint"),
	RULE("aws.sns.subscription", "raw_message_delivery", rule_sns_raw_delivery,
	     SNS_API "Subscribe Attributes (RawMessageDelivery)"),
	ONE_OF("aws.sns.subscription", "filter_policy_scope", sns_filter_scopes,
	       SNS_API "Subscribe Attributes (FilterPolicyScope)"),
	RULE("aws.sqs.queue", "name", rule_sqs_queue_name, SQS_API "CreateQueue QueueName"),
	RULE("aws.sqs.queue", "content_based_deduplication", rule_sqs_fifo_only,
	     SQS_API "CreateQueue Attributes (ContentBasedDeduplication: FIFO queues only)"),
	WHOLE_IN("aws.sqs.queue", "visibility_timeout_seconds", 0, 43200,
		 SQS_API "SetQueueAttributes VisibilityTimeout (0 to 43,200 seconds)"),
	WHOLE_IN("aws.sqs.queue", "message_retention_seconds", 60, 1209600,
		 SQS_API "SetQueueAttributes MessageRetentionPeriod (60 to 1,209,600 seconds)"),
	WHOLE_IN("aws.sqs.queue", "delay_seconds", 0, 900,
		 SQS_API "SetQueueAttributes DelaySeconds (0 to 900)"),
	WHOLE_IN("aws.sqs.queue", "max_message_size", 1024, 1048576,
		 SQS_API "SetQueueAttributes MaximumMessageSize (1,024 bytes to 1,048,576 bytes)"),
	WHOLE_IN("aws.sqs.queue", "receive_wait_time_seconds", 0, 20,
		 SQS_API "SetQueueAttributes ReceiveMessageWaitTimeSeconds (0 to 20)"),
	WHOLE_IN("aws.sqs.queue", "kms_data_key_reuse_period_seconds", 60, 86400,
		 SQS_API "SetQueueAttributes KmsDataKeyReusePeriodSeconds (60 to 86,400)"),
	RULE_WARNS("aws.sqs.queue", "policy", rule_messaging_policy, warn_bucket_policy_names,
		   IAM_POLICY "; SQS Developer Guide: access policies"),
	RULE("aws.sqs.queue", "redrive_policy", rule_sqs_redrive_policy,
	     SQS_API "SetQueueAttributes RedrivePolicy; SQS Developer Guide: dead-letter queues"),

	RULE("aws.cloudwatch.metric_alarm", "period", rule_cloudwatch_period,
	     CLOUDWATCH_API "PutMetricAlarm Period (10, 20, 30 or a multiple of 60)"),
	ONE_OF("aws.cloudwatch.metric_alarm", "treat_missing_data", cloudwatch_missing_data,
	       CLOUDWATCH_API "PutMetricAlarm TreatMissingData"),
	RULE("aws.cloudwatch.metric_alarm", "evaluation_periods", rule_cloudwatch_evaluation,
	     CLOUDWATCH_API "PutMetricAlarm Period (times EvaluationPeriods at most 604,800 "
	     "seconds, 86,400 under an hour's period)"),
	RULE("aws.cloudwatch.metric_alarm", "alarm_actions", rule_cloudwatch_actions,
	     CLOUDWATCH_API "PutMetricAlarm AlarmActions (valid values)"),
	RULE("aws.cloudwatch.metric_alarm", "ok_actions", rule_cloudwatch_actions,
	     CLOUDWATCH_API "PutMetricAlarm OKActions (valid values)"),
	RULE("aws.cloudwatch.metric_alarm", "insufficient_data_actions", rule_cloudwatch_actions,
	     CLOUDWATCH_API "PutMetricAlarm InsufficientDataActions (valid values)"),
	RULE("aws.cloudwatch.metric_alarm", "dimensions", rule_cloudwatch_dimensions,
	     CLOUDWATCH_API "PutMetricAlarm Dimensions (30 at most), Dimension Name (1 to 255), "
	     "Value (1 to 1,024)"),
	RULE("aws.cloudwatch.metric_alarm", "datapoints_to_alarm", rule_cloudwatch_datapoints,
	     "CloudWatch User Guide: evaluating an alarm (M out of N)"),
	RULE("aws.cloudwatch.metric_alarm", "", rule_cloudwatch_statistic,
	     CLOUDWATCH_API "PutMetricAlarm Statistic, ExtendedStatistic (one, not both)"),
	{ NULL },
};

/*
 * The names of the aws types and the most bytes each takes, for a
 * development environment's prefix (provider_type.name_rules,
 * plan/environment.c fits dev-USER-NAME into them): the same limits the
 * rows above and the models' rows check (a Lambda function's from
 * rule_lambda_function_name's).
 */
const struct provider_name_rule aws_name_rules[] = {
	{ "aws.s3.bucket", "name", 63, '-' },
	{ "aws.iam.role", "name", 64, '-' },
	{ "aws.iam.policy", "name", 128, '-' },
	{ "aws.iam.user", "name", 64, '-' },
	{ "aws.iam.group", "name", 128, '-' },
	{ "aws.iam.instance_profile", "name", 128, '-' },
	{ "aws.glue.job", "name", 255, '-' },
	{ "aws.glue.crawler", "name", 255, '-' },
	{ "aws.glue.trigger", "name", 255, '-' },
	{ "aws.glue.connection", "name", 255, '-' },
	{ "aws.glue.database", "name", 255, '_' },
	{ "aws.sfn.state_machine", "name", 80, '-' },
	{ "aws.events.rule", "name", 64, '-' },
	{ "aws.scheduler.schedule", "name", 64, '-' },
	{ "aws.lambda.function", "function_name", AWS_LAMBDA_FUNCTION_NAME_MAX, '-' },
	{ "aws.lambda.layer_version", "layer_name", 140, '-' },
	{ "aws.athena.workgroup", "name", 128, '-' },
	{ "aws.athena.named_query", "name", 128, '-' },
	{ "aws.logs.log_group", "name", 512, '-' },
	{ "aws.sns.topic", "name", 256, '-' },
	{ "aws.sqs.queue", "name", 80, '-' },
	{ "aws.cloudwatch.metric_alarm", "alarm_name", 255, '-' },
	{ "aws.secretsmanager.secret", "name", 512, '-' },
	{ "aws.dynamodb.table", "name", 255, '-' },
	{ "aws.batch.compute_environment", "name", 128, '-' },
	{ "aws.batch.job_queue", "name", 128, '-' },
	{ "aws.batch.job_definition", "name", 128, '-' },
	{ "aws.emrserverless.application", "name", 64, '-' },
	{ "aws.kinesis.stream", "name", 128, '-' },
	{ "aws.firehose.delivery_stream", "name", 64, '-' },
	{ "aws.ecr.repository", "name", 256, '-' },
	{ "aws.ecs.cluster", "name", 255, '-' },
	{ "aws.ecs.task_definition", "family", 255, '-' },
	{ "aws.rds.instance", "identifier", 63, '-' },
	{ "aws.redshift.cluster", "cluster_identifier", 63, '-' },
	{ "aws.rds.subnet_group", "name", 255, '-' },
	{ "aws.redshift.subnet_group", "name", 255, '-' },
	{ "aws.ec2.key_pair", "key_name", 255, '-' },
	{ "aws.ec2.security_group", "name", 255, '-' },
	{ NULL },
};
