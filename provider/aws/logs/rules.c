/*
 * logs/rules.c: the CloudWatch Logs rows of the one table of checks
 * (checks/row.h): a log group's retention; across resources, that the KMS
 * key of the stack a log group names is a symmetric one; AWS's words on the
 * awscc types (a delivery destination's tag keys, a metric filter's
 * dimension names).
 */
#include <stdio.h>
#include <string.h>

#include "provider/aws/checks/rules.h"
#include "provider/provider.h"

/* Across resources: a log group's key, when an aws.kms.key of the stack, is
 * symmetric (AssociateKmsKey kmsKeyId: "This must be a symmetric KMS key."):
 * its customer_master_key_spec, when written, is SYMMETRIC_DEFAULT. */

static void check_log_group_key_spec(const struct written_resource *rs, size_t n,
				     check_report_fn report, void *ctx)
{
	static const char *const key_attrs[] = { "arn", "key_id", NULL };

	for (size_t i = 0; i < n; i++) {
		const char *spec;
		size_t key;
		char msg[600];

		if (strcmp(rs[i].type, "aws.logs.log_group") || rs[i].repeated)
			continue;
		key = aws_written_named(rs, n, &rs[i],
					json_string_value(json_object_get(rs[i].config, "kms_key_id")),
					"aws.kms.key", key_attrs);
		if (key == WRITTEN_NONE)
			continue;
		spec = value_known_member(rs[key].config, "customer_master_key_spec");
		if (!spec || !strcmp(spec, "SYMMETRIC_DEFAULT"))
			continue;
		snprintf(msg, sizeof(msg),
			 "kms_key_id: aws.kms.key \"%s\" has customer_master_key_spec \"%s\": AWS "
			 "says \"This must be a symmetric KMS key.\" (logs AssociateKmsKey kmsKeyId): "
			 "give the log group a SYMMETRIC_DEFAULT key", rs[key].name, spec);
		report(ctx, &(struct check_finding){
			.warning = false, .which = i, .attr = "kms_key_id", .other = key,
			.other_attr = "customer_master_key_spec", .message = msg });
	}
}

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
	ACROSS_ROW("aws.logs.log_group", check_log_group_key_spec,
		   "CloudWatch Logs API reference: AssociateKmsKey kmsKeyId (a symmetric key)"),
	{ NULL },
};
