/*
 * codebuild/rules.c: CodeBuild's rows of the written table
 * (provider/aws/checks/rules.h): AWS's words on a project
 * (checks/words/codebuild.words) that a stack can break and CodeBuild
 * refuses: a source that needs a location, the build status reported only
 * to the providers that take it, CodeBuild's own images pulled with
 * CodeBuild's credentials, no attribute-based compute (its configuration
 * is not the type's). The models' rows (names, enums, timeouts) are
 * checks/constraints.gen.c's. And the awscc fleet's (the census's third
 * scope, sentences.py's THIRD_SCOPE): the compute configuration its compute
 * type needs, its tag keys of CodeBuild's 127 characters.
 */
#include "provider/aws/checks/rules.h"

#define CODEBUILD_SOURCE "codebuild CreateProject source."

const struct aws_check_row aws_rules_codebuild[] = {
	AWS_SAYS("codebuild.source_location_required", "aws.codebuild.project", AWS_CALL_ANY,
		 WHEN(IS_NOT("source.type", "CODEPIPELINE", "NO_SOURCE")),
		 THEN(SET("source.location")),
		 "For all of the other types, you must specify Location.",
		 CODEBUILD_SOURCE "location"),
	AWS_SAYS("codebuild.report_build_status_providers", "aws.codebuild.project", AWS_CALL_ANY,
		 WHEN(IS("source.report_build_status", "true")),
		 THEN(IS("source.type", "GITHUB", "GITHUB_ENTERPRISE", "GITLAB",
			 "GITLAB_SELF_MANAGED", "BITBUCKET")),
		 "This option is valid only when your source provider is GitHub, GitHub "
		 "Enterprise, GitLab, GitLab Self Managed, GitLab, GitLab Self Managed, or "
		 "Bitbucket.",
		 CODEBUILD_SOURCE "reportBuildStatus"),
	AWS_SAYS("codebuild.curated_image_codebuild_credentials", "aws.codebuild.project",
		 AWS_CALL_ANY,
		 WHEN(MATCHES("environment.image", "^aws/codebuild/")),
		 THEN(IS("environment.image_pull_credentials_type", "CODEBUILD")),
		 "When you use an CodeBuild curated image, you must use CODEBUILD credentials.",
		 "codebuild CreateProject environment.imagePullCredentialsType"),
	/* terrace sends no computeConfiguration (the type has none), so a
	 * compute type that needs it is refused whatever else is written */
	AWS_SAYS("codebuild.attribute_based_compute_configuration", "aws.codebuild.project",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(IS_NOT("environment.compute_type", "ATTRIBUTE_BASED_COMPUTE")),
		 "If you use ATTRIBUTE_BASED_COMPUTE, you must define your attributes by using "
		 "computeConfiguration.",
		 "codebuild CreateProject environment.computeType"),
	AWS_SAYS("codebuild.fleet_compute_configuration", "awscc.codebuild.fleet", AWS_CALL_ANY,
		 WHEN(IS("compute_type", "ATTRIBUTE_BASED_COMPUTE", "CUSTOM_INSTANCE_TYPE")),
		 THEN(SET("compute_configuration")),
		 "This is only required if computeType is set to ATTRIBUTE_BASED_COMPUTE or "
		 "CUSTOM_INSTANCE_TYPE.", "codebuild CreateFleet computeConfiguration"),
	/* the registry's Tag.Key says 128 characters, CodeBuild's Tag key 127 */
	AWS_SAYS("codebuild.cfn_fleet_tag_key", "awscc.codebuild.fleet", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(LEN_IN("key", 1, 127), NOT_MATCHES("key", "^aws:")))),
		 "You can specify a value that is 1 to 127 Unicode characters in length and cannot "
		 "be prefixed with aws:.", "CloudFormation registry: AWS::CodeBuild::Fleet Tag.Key"),
	/* The roles its types give: each must trust the service (checks/roles.c
	 * runs these rows). */
	/* docs.aws.amazon.com/codebuild/latest/userguide/setting-up-service-role.html;
	 * CreateProject and UpdateProject: InvalidInputException "CodeBuild is
	 * not authorized to perform: sts:AssumeRole on ROLE" (a new type: no
	 * earlier release took such a stack). */
	ROLE_TRUST("aws.codebuild.project", "service_role", NULL, "service_role", "codebuild", true,
		   "CodeBuild refuses to create a project whose service role it cannot assume",
		   "https://docs.aws.amazon.com/codebuild/latest/userguide/setting-up-service-role.html"),
	{ NULL },
};
