/*
 * apprunner/rules.c: AWS App Runner's (services, observability
 * configurations) rows of the one table of checks (checks/row.h) on the
 * awscc types of a service terrace's own code does not call (its objects
 * are made through Cloud Control alone): AWS's words of the census's third
 * scope (checks/words/gen_words.py, sentences.py's THIRD_SCOPE). Its
 * ledger: checks/words/apprunner.words.
 */
#include "provider/aws/checks/rules.h"

#define AR "apprunner "
#define SOURCE "source_configuration."
#define KIND_WORDS "However, you can't switch from code to image or the other way around."

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_apprunner[] = {
	AWS_SAYS("apprunner.vpc_connector_vpc_egress", "awscc.apprunner.service", AWS_CALL_ANY,
		 WHEN(SET("network_configuration.egress_configuration.vpc_connector_arn")),
		 THEN(IS("network_configuration.egress_configuration.egress_type", "VPC")),
		 "Only valid when EgressType = VPC.",
		 AR "CreateService NetworkConfiguration.EgressConfiguration.VpcConnectorArn"),
	AWS_SAYS("apprunner.observability_arn_enabled", "awscc.apprunner.service", AWS_CALL_ANY,
		 WHEN(SET("observability_configuration.observability_configuration_arn")),
		 THEN(IS("observability_configuration.observability_enabled", "true")),
		 "Specified only when ObservabilityEnabled is true.",
		 AR "CreateService ObservabilityConfiguration.ObservabilityConfigurationArn"),
	AWS_SAYS("apprunner.one_repository", "awscc.apprunner.service", AWS_CALL_ANY, ALWAYS,
		 THEN(EXACTLY_ONE_OF(SET(SOURCE "code_repository"), SET(SOURCE "image_repository"))),
		 "You must provide either this member or ImageRepository (but not both).",
		 AR "CreateService SourceConfiguration.CodeRepository"),
	AWS_SAYS("apprunner.code_stays_code", "awscc.apprunner.service", AWS_CALL_UPDATE,
		 WHEN(WAS(SET(SOURCE "code_repository"))), THEN(SET(SOURCE "code_repository")),
		 KIND_WORDS, AR "UpdateService SourceConfiguration"),
	AWS_SAYS("apprunner.image_stays_image", "awscc.apprunner.service", AWS_CALL_UPDATE,
		 WHEN(WAS(SET(SOURCE "image_repository"))), THEN(SET(SOURCE "image_repository")),
		 KIND_WORDS, AR "UpdateService SourceConfiguration"),
	AWS_SAYS("apprunner.ecr_access_role", "awscc.apprunner.service", AWS_CALL_ANY,
		 WHEN(IS(SOURCE "image_repository.image_repository_type", "ECR")),
		 THEN(SET(SOURCE "authentication_configuration.access_role_arn")),
		 "It's required for ECR image repositories (but not for ECR Public repositories).",
		 AR "CreateService SourceConfiguration.AuthenticationConfiguration.AccessRoleArn"),
	AWS_SAYS("apprunner.github_connection", "awscc.apprunner.service", AWS_CALL_ANY,
		 WHEN(MATCHES(SOURCE "code_repository.repository_url", "^https://github\\.com/")),
		 THEN(SET(SOURCE "authentication_configuration.connection_arn")),
		 "It's required for GitHub code repositories.",
		 AR "CreateService SourceConfiguration.AuthenticationConfiguration.ConnectionArn"),
	AWS_SAYS("apprunner.code_configuration_at_create", "awscc.apprunner.service",
		 AWS_CALL_CREATE, WHEN(SET(SOURCE "code_repository")),
		 THEN(SET(SOURCE "code_repository.code_configuration")),
		 "CodeConfiguration is required only for CreateService request.",
		 AR "CreateService SourceConfiguration.CodeRepository.CodeConfiguration"),
	AWS_SAYS("apprunner.observability_name_not_default",
		 "awscc.apprunner.observability_configuration", AWS_CALL_CREATE, ALWAYS,
		 THEN(IS_NOT("observability_configuration_name", "DefaultConfiguration")),
		 "You can't use it to create a new observability configuration, and you can't "
		 "create a revision of it.",
		 AR "CreateObservabilityConfiguration ObservabilityConfigurationName"),
	{ NULL },
};
