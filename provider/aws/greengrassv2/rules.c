/*
 * greengrassv2/rules.c: AWS IoT Greengrass V2's (component versions and
 * deployments) rows of the one table of checks (checks/row.h) on the awscc
 * types of a service terrace's own code does not call (its objects are made
 * through Cloud Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE). Its ledger:
 * checks/words/greengrassv2.words.
 */
#include "provider/aws/checks/rules.h"

#define GG "greengrassv2 "

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_greengrassv2[] = {
	/* a component version: its recipe or the Lambda function it imports, a
	 * version of it (no alias, no $LATEST) */
	AWS_SAYS("greengrassv2.recipe_or_lambda", "awscc.greengrassv2.component_version",
		 AWS_CALL_CREATE, ALWAYS,
		 THEN(ANY_OF(SET("inline_recipe"), SET("lambda_function"))),
		 "You must specify either inlineRecipe or lambdaFunction.",
		 GG "CreateComponentVersion inlineRecipe"),
	AWS_SAYS("greengrassv2.lambda_arn_version", "awscc.greengrassv2.component_version",
		 AWS_CALL_CREATE, ALWAYS,
		 THEN(MATCHES("lambda_function.lambda_arn", ":function:[^:]+:[0-9]+$")),
		 "The ARN must include the version of the function to import.",
		 GG "CreateComponentVersion lambdaFunction.lambdaArn"),
	/* a deployment: a subdeployment's target, its jobs' timeout */
	AWS_SAYS("greengrassv2.subdeployment_thing_group", "awscc.greengrassv2.deployment",
		 AWS_CALL_ANY, WHEN(SET("parent_target_arn")),
		 THEN(MATCHES("target_arn", ":thinggroup/")),
		 "When creating a subdeployment, the targetARN can only be a thing group.",
		 GG "CreateDeployment targetArn"),
	AWS_SAYS("greengrassv2.job_timeout_range", "awscc.greengrassv2.deployment", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(IN("iot_job_configuration.timeout_config.in_progress_timeout_in_minutes", 1,
			 10080)),
		 "The timeout interval must be between 1 minute and 7 days (10080 minutes).",
		 GG "CreateDeployment iotJobConfiguration.timeoutConfig.inProgressTimeoutInMinutes"),
	{ NULL },
};
