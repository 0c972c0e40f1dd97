/*
 * emrserverless/rules.c: the EMR Serverless rows of the one table of checks
 * (checks/row.h), AWS's words on the awscc application among them; its
 * attributes need no rule function.
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
WORDS(emrs_worker_types, "Driver", "Executor", "HiveDriver", "TezTask");
#define LOG_TYPES "monitoring_configuration.cloudwatch_logging_configuration.log_type_map"

const struct aws_check_row aws_rules_emrserverless[] = {
	ONE_OF("aws.emrserverless.application", "initial_capacity[].initial_capacity_type",
	       emrs_worker_types,
	       "EMR Serverless User Guide: configuring an application, pre-initialized capacity "
	       "(Driver and Executor for Spark, HiveDriver and TezTask for Hive)"),
	/* AWS's words (checks/words/emr-serverless.words), on the awscc type. */
	AWS_SAYS("emrserverless.cfn_image_uri_on_create", "awscc.emrserverless.application",
		 AWS_CALL_CREATE, WHEN(SET("image_configuration")),
		 THEN(SET("image_configuration.image_uri")),
		 "This field is required when you create a new application.",
		 "CloudFormation registry: AWS::EMRServerless::Application "
		 "ImageConfigurationInput.ImageUri"),
	/* the log types an application publishes to CloudWatch Logs, by worker
	 * (CreateApplication's and UpdateApplication's logTypes, a map: the
	 * awscc type's list of key and value) */
	AWS_SAYS("emrserverless.log_type_keys", "awscc.emrserverless.application", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH(LOG_TYPES, ALWAYS,
			   THEN(IS("key", "SPARK_DRIVER", "SPARK_EXECUTOR", "HIVE_DRIVER",
				   "TEZ_TASK")))),
		 "Key Valid Values: SPARK_DRIVER, SPARK_EXECUTOR, HIVE_DRIVER, TEZ_TASK",
		 "emr-serverless CreateApplication monitoringConfiguration."
		 "cloudWatchLoggingConfiguration.logTypes"),
	AWS_SAYS("emrserverless.log_type_values", "awscc.emrserverless.application",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(LOG_TYPES, ALWAYS,
			   THEN(EACH("value", ALWAYS,
				     THEN(IS("", "STDOUT", "STDERR", "HIVE_LOG", "TEZ_AM",
					     "SYSTEM_LOGS")))))),
		 "Array Members Valid Values: STDOUT, STDERR, HIVE_LOG, TEZ_AM, SYSTEM_LOGS",
		 "emr-serverless CreateApplication monitoringConfiguration."
		 "cloudWatchLoggingConfiguration.logTypes"),
	{ NULL },
};
