/*
 * logs/rules.c: the CloudWatch Logs rows of the one table of checks
 * (checks/row.h): a log group's retention; AWS's words: that the KMS
 * key of the stack a log group names is a symmetric one, and on the
 * awscc types (a delivery destination's tag keys, a metric filter's
 * dimension names).
 */

#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
WORDS(log_retention_days, "0", "1", "3", "5", "7", "14", "30", "60", "90", "120", "150", "180",
      "365", "400", "545", "731", "1096", "1827", "2192", "2557", "2922", "3288", "3653");

#define LOGS "CloudWatch Logs API reference: PutRetentionPolicy"

const struct aws_check_row aws_rules_logs[] = {
	NUMBER_ONE_OF("aws.logs.log_group", "retention_in_days", log_retention_days, "30",
		      LOGS " retentionInDays (0: never expire)"),
	/* AWS's words (checks/words/logs.words), on the awscc types: what the
	 * registry's schemas describe but their keywords do not hold. */
	AWS_SAYS("logs.cfn_tag_keys_not_aws", "awscc.logs.delivery_destination", AWS_CALL_ANY,
		 ALWAYS, THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "You can specify a value that is 1 to 128 Unicode characters in length and cannot "
		 "be prefixed with aws:.",
		 "CloudFormation registry: AWS::Logs::DeliveryDestination Tag.Key"),
	AWS_SAYS("logs.cfn_destination_tag_keys_not_aws", "awscc.logs.destination", AWS_CALL_ANY,
		 ALWAYS, THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "You can specify a value that is 1 to 128 Unicode characters in length and cannot "
		 "be prefixed with aws:.",
		 "CloudFormation registry: AWS::Logs::Destination Tag.Key"),
	AWS_SAYS("logs.cfn_dimension_names", "awscc.logs.metric_filter", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("metric_transformations", ALWAYS,
			   THEN(EACH("dimensions", ALWAYS,
				     THEN(MATCHES("key", "[^[:space:]]"), NOT_MATCHES("key", "^:")))))),
		 "Dimension names must contain only ASCII characters, must include at least one "
		 "non-whitespace character, and cannot start with a colon (:).",
		 "CloudFormation registry: AWS::Logs::MetricFilter Dimension.Key"),
	/* a log group's key, when the stack makes it, symmetric (checks/rules.h) */
	AWS_SAYS("logs.key_symmetric", "aws.logs.log_group", AWS_CALL_ANY, ALWAYS,
		 THEN(KEY_SYMMETRIC("kms_key_id")), "This must be a symmetric KMS key.",
		 "logs AssociateKmsKey kmsKeyId"),
	AWS_SAYS("logs.cfn_key_symmetric", "awscc.logs.log_group", AWS_CALL_ANY, ALWAYS,
		 THEN(KEY_SYMMETRIC("kms_key_id")), "This must be a symmetric KMS key.",
		 "logs AssociateKmsKey kmsKeyId"),
	{ NULL },
};
