/*
 * imagebuilder/rules.c: EC2 Image Builder's (components, recipes,
 * infrastructure and distribution configurations, pipelines, workflows,
 * lifecycle policies) rows of the one table of checks (checks/row.h) on the
 * awscc types of a service terrace's own code does not call (its objects
 * are made through Cloud Control alone): AWS's words of the census's third
 * scope (checks/words/gen_words.py, sentences.py's THIRD_SCOPE). Its
 * ledger: checks/words/imagebuilder.words.
 */
#include "provider/aws/checks/rules.h"

#define IB "imagebuilder "
#define PLACEMENT "placement."

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_imagebuilder[] = {
	/* a component's or a workflow's document: inline or from S3 */
	AWS_SAYS("imagebuilder.data_or_uri", "awscc.imagebuilder.*", AWS_CALL_ANY,
		 WHEN(SET("data")), THEN(UNSET("uri")),
		 "You cannot specify both properties.", IB "CreateComponent uri"),
	AWS_SAYS("imagebuilder.uri_s3", "awscc.imagebuilder.*", AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("uri", "^s3://")),
		 "This must be an S3 URL (s3://bucket/key), and the requester must have permission "
		 "to access the S3 bucket it points to.", IB "CreateComponent uri"),
	/* an infrastructure configuration's placement: one target */
	AWS_SAYS("imagebuilder.host_or_group", "awscc.imagebuilder.infrastructure_configuration",
		 AWS_CALL_ANY, WHEN(SET(PLACEMENT "host_id")),
		 THEN(UNSET(PLACEMENT "host_resource_group_arn")),
		 "If you specify the host ID, you must not specify the resource group ARN.",
		 IB "CreateInfrastructureConfiguration placement.hostId"),
	/* a lifecycle policy's age filters */
	AWS_SAYS("imagebuilder.age_unit", "awscc.imagebuilder.lifecycle_policy", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("policy_details", WHEN(IS("filter.type", "AGE")),
			   THEN(SET("filter.unit")))),
		 "This is required for age-based rules.",
		 IB "CreateLifecyclePolicy policyDetails.filter.unit"),
	/* a distribution's parameter account among its target accounts */
	AWS_SAYS("imagebuilder.parameter_account_targeted",
		 "awscc.imagebuilder.distribution_configuration", AWS_CALL_ANY, ALWAYS,
		 THEN(AMONG("distributions[].ssm_parameter_configurations[].ami_account_id",
			    "distributions[].ami_distribution_configuration.target_account_ids[]")),
		 "During distribution, this account must be specified in distribution settings as a "
		 "target account for the Region.",
		 IB "CreateDistributionConfiguration distributions.ssmParameterConfigurations."
		 "amiAccountId"),
	{ NULL },
};
