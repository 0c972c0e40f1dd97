/*
 * elasticbeanstalk/rules.c: AWS Elastic Beanstalk's (applications,
 * environments, configuration templates) rows of the one table of checks
 * (checks/row.h) on the awscc types of a service terrace's own code does
 * not call (its objects are made through Cloud Control alone): AWS's words
 * of the census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE). Its ledger: checks/words/elasticbeanstalk.words.
 */
#include "provider/aws/checks/rules.h"

#define EB "elasticbeanstalk "

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_elasticbeanstalk[] = {
	AWS_SAYS("elasticbeanstalk.lifecycle_service_role",
		 "awscc.elasticbeanstalk.application", AWS_CALL_CREATE,
		 WHEN(SET("resource_lifecycle_config.version_lifecycle_config")),
		 THEN(SET("resource_lifecycle_config.service_role")),
		 "The ServiceRole property is required the first time that you provide a "
		 "VersionLifecycleConfig for the application in one of the supporting calls "
		 "(CreateApplication or UpdateApplicationResourceLifecycle).",
		 EB "CreateApplication ResourceLifecycleConfig.ServiceRole"),
	AWS_SAYS("elasticbeanstalk.environment_name_hyphens",
		 "awscc.elasticbeanstalk.environment", AWS_CALL_CREATE, ALWAYS,
		 THEN(NOT_MATCHES("environment_name", "^-|-$")),
		 "It can't start or end with a hyphen.", EB "CreateEnvironment EnvironmentName"),
	AWS_SAYS("elasticbeanstalk.environment_platform_not_stack",
		 "awscc.elasticbeanstalk.environment", AWS_CALL_CREATE,
		 WHEN(SET("platform_arn")), THEN(UNSET("solution_stack_name")),
		 "If you specify PlatformArn, don't specify SolutionStackName.",
		 EB "CreateEnvironment PlatformArn"),
	AWS_SAYS("elasticbeanstalk.environment_stack_alone",
		 "awscc.elasticbeanstalk.environment", AWS_CALL_CREATE,
		 WHEN(SET("solution_stack_name")),
		 THEN(UNSET("platform_arn"), UNSET("template_name")),
		 "If you specify SolutionStackName, don't specify PlatformArn or TemplateName.",
		 EB "CreateEnvironment SolutionStackName"),
	AWS_SAYS("elasticbeanstalk.environment_tier_name",
		 "awscc.elasticbeanstalk.environment", AWS_CALL_ANY, ALWAYS,
		 THEN(IS("tier.name", "WebServer", "Worker")),
		 "Valid values: For Web server tier – WebServer For Worker tier – Worker",
		 EB "CreateEnvironment Tier.Name"),
	AWS_SAYS("elasticbeanstalk.environment_tier_type",
		 "awscc.elasticbeanstalk.environment", AWS_CALL_ANY, ALWAYS,
		 THEN(IS("tier.type", "Standard", "SQS/HTTP")),
		 "Valid values: For Web server tier – Standard For Worker tier – SQS/HTTP",
		 EB "CreateEnvironment Tier.Type"),
	AWS_SAYS("elasticbeanstalk.template_source",
		 "awscc.elasticbeanstalk.configuration_template", AWS_CALL_CREATE, ALWAYS,
		 THEN(ANY_OF(SET("environment_id"), SET("platform_arn"), SET("solution_stack_name"),
			     SET("source_configuration"))),
		 "You must specify EnvironmentId if you don't specify PlatformArn, "
		 "SolutionStackName, or SourceConfiguration.",
		 EB "CreateConfigurationTemplate EnvironmentId"),
	AWS_SAYS("elasticbeanstalk.template_platform_not_stack",
		 "awscc.elasticbeanstalk.configuration_template", AWS_CALL_CREATE,
		 WHEN(SET("platform_arn")), THEN(UNSET("solution_stack_name")),
		 "If you specify PlatformArn, then don't specify SolutionStackName.",
		 EB "CreateConfigurationTemplate PlatformArn"),
	/* the source template, read across its name */
	AWS_SAYS("elasticbeanstalk.template_source_stack",
		 "awscc.elasticbeanstalk.configuration_template", AWS_CALL_CREATE,
		 WHEN(SET("solution_stack_name"),
		      SET("source_configuration.template_name->solution_stack_name")),
		 THEN(SAME("solution_stack_name",
			   "source_configuration.template_name->solution_stack_name")),
		 "Constraint: If both solution stack name and source configuration are specified, "
		 "the solution stack of the source configuration template must match the specified "
		 "solution stack name.", EB "CreateConfigurationTemplate SourceConfiguration"),
	{ NULL },
};
