/*
 * config/rules.c: AWS Config's (rules, conformance packs, organization
 * conformance packs, aggregators, stored queries, aggregation
 * authorizations) rows of the one table of checks (checks/row.h) on the
 * awscc types of a service terrace's own code does not call (its objects
 * are made through Cloud Control alone): AWS's words of the census's third
 * scope (checks/words/gen_words.py, sentences.py's THIRD_SCOPE). Its
 * ledger: checks/words/config.words.
 */
#include "provider/aws/checks/rules.h"

#define CONFIG "config "
#define RESOURCE_ID_WORDS "If you specify a resource ID, you must specify one resource type for " \
	"ComplianceResourceTypes."

/* A conformance pack's template (an s3:// URI) in a bucket of the stack
 * made in another Region (aws_check_bucket_region, at plan). */
static void check_config_template_bucket_region(const struct written_resource *rs, size_t n,
						check_report_fn report, void *ctx)
{
	static const struct aws_bucket_use uses[] = {
		{ "AWS::Config::ConformancePack", "template_s3_uri",
		  "The uri must point to a conformance pack template (max size: 300 KB) that is "
		  "located in an Amazon S3 bucket in the same Region as the conformance pack.",
		  CONFIG "PutConformancePack TemplateS3Uri" },
	};

	aws_check_bucket_region(rs, n, uses, sizeof(uses) / sizeof(*uses), report, ctx);
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_config[] = {
	AWS_SAYS("config.rule_resource_id_one_type", "awscc.config.config_rule", AWS_CALL_ANY,
		 WHEN(SET("scope.compliance_resource_id")),
		 THEN(SET("scope.compliance_resource_types"),
		      LEN_IN("scope.compliance_resource_types", 1, 1)),
		 RESOURCE_ID_WORDS, CONFIG "PutConfigRule ConfigRule.Scope.ComplianceResourceId"),
	AWS_SAYS("config.rule_tag_value_with_key", "awscc.config.config_rule", AWS_CALL_ANY,
		 WHEN(SET("scope.tag_value")), THEN(SET("scope.tag_key")),
		 "If you specify a value for TagValue, you must also specify a value for TagKey.",
		 CONFIG "PutConfigRule ConfigRule.Scope.TagValue"),
	AWS_SAYS("config.rule_custom_policy_details", "awscc.config.config_rule", AWS_CALL_ANY,
		 WHEN(IS("source.owner", "CUSTOM_POLICY")), THEN(SET("source.custom_policy_details")),
		 "Required when owner is set to CUSTOM_POLICY.",
		 CONFIG "PutConfigRule ConfigRule.Source.CustomPolicyDetails"),
	AWS_SAYS("config.rule_frequency_scheduled", "awscc.config.config_rule", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("source.source_details", WHEN(SET("maximum_execution_frequency")),
			   THEN(IS("message_type", "ScheduledNotification")))),
		 "If you specify a value for MaximumExecutionFrequency, then MessageType must use the "
		 "ScheduledNotification value.",
		 CONFIG "PutConfigRule ConfigRule.Source.SourceDetails.MaximumExecutionFrequency"),
	AWS_SAYS("config.rule_evaluation_modes_distinct", "awscc.config.config_rule",
		 AWS_CALL_ANY, ALWAYS, THEN(UNIQUE("evaluation_modes[].mode")),
		 "The valid values are distinct objects.",
		 CONFIG "PutConfigRule ConfigRule.EvaluationModes"),
	/* the model's enum (the registry has none), and as the sentence names them */
	AWS_SAYS("config.rule_evaluation_mode", "awscc.config.config_rule", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("evaluation_modes", ALWAYS,
			   THEN(IS("mode", "DETECTIVE", "PROACTIVE", "Detective", "Proactive")))),
		 "The valid values are Detective or Proactive.",
		 CONFIG "PutConfigRule ConfigRule.EvaluationModes.Mode"),
	AWS_SAYS("config.org_pack_delivery_bucket_prefix",
		 "awscc.config.organization_conformance_pack", AWS_CALL_ANY,
		 WHEN(SET("delivery_s3_bucket")),
		 THEN(MATCHES("delivery_s3_bucket", "^awsconfigconforms")),
		 "If used, it must be prefixed with awsconfigconforms.",
		 CONFIG "PutOrganizationConformancePack DeliveryS3Bucket"),
	AWS_SAYS("config.pack_one_template", "awscc.config.conformance_pack", AWS_CALL_ANY,
		 WHEN(SET("template_body")), THEN(UNSET("template_s3_uri")),
		 "You can only specify one of the template body or template S3Uri fields.",
		 "CloudFormation registry: AWS::Config::ConformancePack TemplateBody"),
	/* the registry's Tag.Key (its 1 to 127 against the model's 128: the
	 * model's bounds hold the length) */
	AWS_SAYS("config.cfn_tag_keys_not_aws", "awscc.config.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "You can specify a value that is 1 to 127 Unicode characters in length and cannot "
		 "be prefixed with aws:.",
		 "CloudFormation registry: AWS::Config::ConfigurationAggregator Tag.Key"),
	ACROSS_ROW("awscc.config.conformance_pack", check_config_template_bucket_region,
		   CONFIG "PutConformancePack TemplateS3Uri (a bucket of the stack in another "
		   "Region)"),
	{ NULL },
};
