/*
 * timestream/rules.c: Amazon Timestream's (LiveAnalytics databases, tables
 * and scheduled queries; InfluxDB instances and clusters) rows of the one
 * table of checks (checks/row.h) on the awscc types of a service terrace's
 * own code does not call (its objects are made through Cloud Control alone):
 * AWS's words of the census's third scope (checks/words/gen_words.py,
 * sentences.py's THIRD_SCOPE and MODELS: botocore's timestream-write,
 * timestream-query and timestream-influxdb). Its ledger:
 * checks/words/timestream-write.words.
 */
#include "provider/aws/checks/rules.h"

#define TIMESTREAM "timestream-write "
#define INFLUXDB "timestream-influxdb "
#define QUERY "timestream-query "
/* a scheduled query's target, and a table's rejected data location */
#define TARGET "target_configuration.timestream_configuration."
#define REJECTED "magnetic_store_write_properties.magnetic_store_rejected_data_location." \
	"s3_configuration."

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_timestream[] = {
	/* a table's partition keys: each one's name and type, in their order,
	 * as the table was made (its enforcement may change) */
	AWS_SAYS("timestream.partition_keys_kept", "awscc.timestream.table", AWS_CALL_UPDATE,
		 ALWAYS,
		 THEN(EACH("schema.composite_partition_key", ALWAYS,
			   THEN(UNCHANGED("name"), UNCHANGED("type")))),
		 "The name and type of each partition key as well as the partition key order "
		 "cannot be changed after the table is created.",
		 TIMESTREAM "UpdateTable Schema.CompositePartitionKey"),
	/* a table's rejected data in S3: its encryption */
	AWS_SAYS("timestream.cfn_rejected_encryption", "awscc.timestream.table", AWS_CALL_ANY,
		 WHEN(SET(REJECTED "encryption_option")),
		 THEN(IS(REJECTED "encryption_option", "SSE_KMS", "SSE_S3")),
		 "Either SSE_KMS or SSE_S3.",
		 "CloudFormation registry: AWS::Timestream::Table MagneticStoreWriteProperties."
		 "MagneticStoreRejectedDataLocation.S3Configuration.EncryptionOption"),
	AWS_SAYS("timestream.cfn_rejected_kms_key", "awscc.timestream.table", AWS_CALL_ANY,
		 WHEN(IS(REJECTED "encryption_option", "SSE_KMS")), THEN(SET(REJECTED "kms_key_id")),
		 "Must be provided if SSE_KMS is specified as the encryption option",
		 "CloudFormation registry: AWS::Timestream::Table MagneticStoreWriteProperties."
		 "MagneticStoreRejectedDataLocation.S3Configuration.KmsKeyId"),
	/* a scheduled query's target: mixed or multi-measure mappings, their
	 * measure names */
	AWS_SAYS("timestream.cfn_mixed_or_multi", "awscc.timestream.scheduled_query",
		 AWS_CALL_ANY, WHEN(SET(TARGET "mixed_measure_mappings")),
		 THEN(UNSET(TARGET "multi_measure_mappings")),
		 "Only one of MixedMeasureMappings or MultiMeasureMappings is to be provided.",
		 "CloudFormation registry: AWS::Timestream::ScheduledQuery MultiMeasureMappings"),
	AWS_SAYS("timestream.mixed_measure_name", "awscc.timestream.scheduled_query",
		 AWS_CALL_ANY, WHEN(SET(TARGET "measure_name_column")),
		 THEN(EACH(TARGET "mixed_measure_mappings", ALWAYS, THEN(SET("measure_name")))),
		 "This field is required if MeasureNameColumn is provided.",
		 QUERY "CreateScheduledQuery TargetConfiguration.TimestreamConfiguration."
		 "MixedMeasureMappings.MeasureName"),
	AWS_SAYS("timestream.mixed_multi_attributes", "awscc.timestream.scheduled_query",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(TARGET "mixed_measure_mappings", WHEN(IS("measure_value_type", "MULTI")),
			   THEN(SET("multi_measure_attribute_mappings")))),
		 "Required when measureValueType is MULTI.",
		 QUERY "CreateScheduledQuery TargetConfiguration.TimestreamConfiguration."
		 "MixedMeasureMappings.MultiMeasureAttributeMappings"),
	AWS_SAYS("timestream.multi_measure_name", "awscc.timestream.scheduled_query",
		 AWS_CALL_ANY,
		 WHEN(SET(TARGET "multi_measure_mappings"), UNSET(TARGET "measure_name_column")),
		 THEN(SET(TARGET "multi_measure_mappings.target_multi_measure_name")),
		 "This input is required when measureNameColumn is not provided.",
		 QUERY "CreateScheduledQuery TargetConfiguration.TimestreamConfiguration."
		 "MultiMeasureMappings.TargetMultiMeasureName"),
	/* tags (the InfluxDB types' and a scheduled query's registry Tag.Key has
	 * no pattern against aws:) */
	AWS_SAYS("timestream.cfn_tag_keys_not_aws", "awscc.timestream.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "You can specify a value that is 1 to 128 Unicode characters in length and cannot "
		 "be prefixed with aws:.",
		 "CloudFormation registry: AWS::Timestream::InfluxDBInstance Tag.Key"),
	/* an InfluxDB instance's and cluster's port and user name */
	AWS_SAYS("timestream.influx_instance_port", "awscc.timestream.influx_db_instance",
		 AWS_CALL_ANY, WHEN(SET("port")),
		 THEN(ANY_OF(IN("port", 1024, 2374), IN("port", 2377, 7787), IN("port", 7800, 8089),
			     IN("port", 8091, 51677), IN("port", 51681, 65535))),
		 "Constraints: The value can't be 2375-2376, 7788-7799, 8090, or 51678-51680",
		 INFLUXDB "CreateDbInstance port"),
	AWS_SAYS("timestream.influx_cluster_port", "awscc.timestream.influx_db_cluster",
		 AWS_CALL_ANY, WHEN(SET("port")),
		 THEN(ANY_OF(IN("port", 1024, 2374), IN("port", 2377, 7787), IN("port", 7800, 8089),
			     IN("port", 8091, 51677), IN("port", 51681, 65535))),
		 "Constraints: The value can't be 2375-2376, 7788-7799, 8090, or 51678-51680",
		 INFLUXDB "CreateDbCluster port"),
	AWS_SAYS("timestream.influx_instance_username", "awscc.timestream.influx_db_instance",
		 AWS_CALL_CREATE, WHEN(SET("username")),
		 THEN(MATCHES("username", "^[A-Za-z]"), NOT_MATCHES("username", "-$|--")),
		 "Must start with a letter and can't end with a hyphen or contain two consecutive "
		 "hyphens.", INFLUXDB "CreateDbInstance username"),
	AWS_SAYS("timestream.influx_cluster_username", "awscc.timestream.influx_db_cluster",
		 AWS_CALL_CREATE, WHEN(SET("username")),
		 THEN(MATCHES("username", "^[A-Za-z]"), NOT_MATCHES("username", "-$|--")),
		 "Must start with a letter and can't end with a hyphen or contain two consecutive "
		 "hyphens.", INFLUXDB "CreateDbCluster username"),
	/* an instance with a Multi-AZ standby: two subnets at least */
	AWS_SAYS("timestream.influx_standby_two_subnets", "awscc.timestream.influx_db_instance",
		 AWS_CALL_CREATE, WHEN(IS("deployment_type", "WITH_MULTIAZ_STANDBY")),
		 THEN(COUNT_IN("vpc_subnet_ids", NULL, 2, 1000)),
		 "Provide at least two VPC subnet IDs in different availability zones when "
		 "deploying with a Multi-AZ standby.", INFLUXDB "CreateDbInstance vpcSubnetIds"),
	{ NULL },
};
