/*
 * appstream/rules.c: Amazon AppStream 2.0's (WorkSpaces Applications:
 * stacks, app blocks and their builders, applications, image builders,
 * entitlements, directory configurations, user associations) rows of the
 * one table of checks (checks/row.h) on the awscc types of a service
 * terrace's own code does not call (its objects are made through Cloud
 * Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE). Its ledger:
 * checks/words/appstream.words. The registry's AppStream schemas bound
 * almost nothing (no enum, no pattern): these rows hold what AWS says.
 */
#include "provider/aws/checks/rules.h"

#define AS "appstream "
#define AGENT "agent_access_config."

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. A path "vpc_config.subnet_ids[]->availability_zone" reads
 * each subnet's zone, as the stack's subnet writes it. */
const struct aws_check_row aws_rules_appstream[] = {
	/* a stack: its agents' access, its users' settings */
	AWS_SAYS("appstream.screenshots_bucket", "awscc.appstream.stack", AWS_CALL_ANY,
		 WHEN(IS(AGENT "screenshots_upload_enabled", "true")),
		 THEN(SET(AGENT "s3_bucket_arn")),
		 "Required when ScreenshotsUploadEnabled is true.",
		 AS "CreateStack AgentAccessConfig.S3BucketArn"),
	AWS_SAYS("appstream.agent_settings_one", "awscc.appstream.stack", AWS_CALL_ANY, ALWAYS,
		 THEN(LEN_IN(AGENT "settings", 1, 1e9)), "You must specify at least one setting.",
		 AS "CreateStack AgentAccessConfig.Settings"),
	/* the registry's later sentence adds FORWARD_MCP_TOOLS to the API's
	 * two */
	AWS_SAYS("appstream.agent_action_values", "awscc.appstream.stack", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(AGENT "settings", ALWAYS,
			   THEN(IS("agent_action", "COMPUTER_VISION", "COMPUTER_INPUT",
				   "FORWARD_MCP_TOOLS")))),
		 "Valid values are COMPUTER_VISION, COMPUTER_INPUT, and FORWARD_MCP_TOOLS.",
		 "CloudFormation registry: AWS::AppStream::Stack AgentAccessSetting.AgentAction"),
	AWS_SAYS("appstream.input_needs_vision", "awscc.appstream.stack", AWS_CALL_ANY,
		 WHEN(SOME(AGENT "settings", IS("agent_action", "COMPUTER_INPUT"),
			   IS("permission", "ENABLED"))),
		 THEN(SOME(AGENT "settings", IS("agent_action", "COMPUTER_VISION"),
			   IS("permission", "ENABLED"))),
		 "If you enable COMPUTER_INPUT, you must also enable COMPUTER_VISION.",
		 AS "CreateStack AgentAccessConfig.Settings.AgentAction"),
	AWS_SAYS("appstream.user_control_mode_values", "awscc.appstream.stack", AWS_CALL_ANY,
		 ALWAYS, THEN(IS(AGENT "user_control_mode", "VIEW_ONLY", "VIEW_STOP", "DISABLED")),
		 "Valid values are VIEW_ONLY, VIEW_STOP, and DISABLED.",
		 "CloudFormation registry: AWS::AppStream::Stack AgentAccessConfig.UserControlMode"),
	AWS_SAYS("appstream.user_setting_length_range", "awscc.appstream.stack", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("user_settings", ALWAYS, THEN(IN("maximum_length", 1, 20971520)))),
		 "The value can be between 1 and 20,971,520 (20 MB).",
		 AS "CreateStack UserSettings.MaximumLength"),
	AWS_SAYS("appstream.user_setting_length_disabled", "awscc.appstream.stack", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("user_settings", WHEN(IS("permission", "DISABLED")),
			   THEN(UNSET("maximum_length")))),
		 "This can't be specified when the permission is DISABLED.",
		 AS "CreateStack UserSettings.MaximumLength"),
	AWS_SAYS("appstream.user_association_userpool", "awscc.appstream.stack_user_association",
		 AWS_CALL_ANY, ALWAYS, THEN(IS("authentication_type", "USERPOOL")),
		 "You must specify USERPOOL.",
		 "CloudFormation registry: AWS::AppStream::StackUserAssociation AuthenticationType"),
	/* an app block: its scripts and its source, by packaging type */
	AWS_SAYS("appstream.post_setup_appstream2", "awscc.appstream.app_block", AWS_CALL_ANY,
		 WHEN(SET("post_setup_script_details")), THEN(IS("packaging_type", "APPSTREAM2")),
		 "This can only be provided for the APPSTREAM2 PackagingType.",
		 AS "CreateAppBlock PostSetupScriptDetails"),
	AWS_SAYS("appstream.custom_setup_script", "awscc.appstream.app_block", AWS_CALL_ANY,
		 WHEN(IS("packaging_type", "CUSTOM")), THEN(SET("setup_script_details")),
		 "This must be provided for the CUSTOM PackagingType.",
		 AS "CreateAppBlock SetupScriptDetails"),
	/* the list's ScriptDetails (CreateAppBlock) and "SourceS3Location when
	 * creating an app block with CUSTOM PackagingType" (an APPSTREAM2
	 * block's source may be a new package, without one) */
	AWS_SAYS("appstream.script_s3_key", "awscc.appstream.app_block", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("setup_script_details", ALWAYS, THEN(SET("script_s3_location.s3_key"))),
		      EACH("post_setup_script_details", ALWAYS,
			   THEN(SET("script_s3_location.s3_key")))),
		 "This is required when used for the following:",
		 AS "CreateAppBlock SetupScriptDetails.ScriptS3Location.S3Key"),
	AWS_SAYS("appstream.custom_source_s3_key", "awscc.appstream.app_block", AWS_CALL_ANY,
		 WHEN(IS("packaging_type", "CUSTOM")), THEN(SET("source_s3_location.s3_key")),
		 "This is required when used for the following:",
		 AS "CreateAppBlock SourceS3Location.S3Key"),
	/* builders: the platform, the subnets */
	AWS_SAYS("appstream.app_block_builder_platform", "awscc.appstream.app_block_builder",
		 AWS_CALL_ANY, ALWAYS, THEN(IS("platform", "WINDOWS_SERVER_2019")),
		 "WINDOWS_SERVER_2019 is the only valid value.",
		 AS "CreateAppBlockBuilder Platform"),
	AWS_SAYS("appstream.app_block_builder_two_subnets", "awscc.appstream.app_block_builder",
		 AWS_CALL_ANY, ALWAYS, THEN(LEN_IN("vpc_config.subnet_ids", 2, 1e9)),
		 "App block builders require that you specify at least two subnets in different "
		 "availability zones.",
		 AS "CreateAppBlockBuilder VpcConfig"),
	AWS_SAYS("appstream.app_block_builder_subnet_zones", "awscc.appstream.app_block_builder",
		 AWS_CALL_ANY, ALWAYS, THEN(UNIQUE("vpc_config.subnet_ids[]->availability_zone")),
		 "App block builders require that you specify at least two subnets in different "
		 "availability zones.",
		 AS "CreateAppBlockBuilder VpcConfig"),
	AWS_SAYS("appstream.image_builder_one_subnet", "awscc.appstream.image_builder",
		 AWS_CALL_ANY, ALWAYS, THEN(LEN_IN("vpc_config.subnet_ids", 0, 1)),
		 "You can specify only one subnet.", AS "CreateImageBuilder VpcConfig"),
	/* an application's instance families, an entitlement's attributes */
	AWS_SAYS("appstream.instance_families_values", "awscc.appstream.application",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("instance_families", ALWAYS,
			   THEN(IS("", "GENERAL_PURPOSE", "GRAPHICS_G4")))),
		 "Valid values are GENERAL_PURPOSE and GRAPHICS_G4.",
		 AS "CreateApplication InstanceFamilies"),
	AWS_SAYS("appstream.entitlement_attribute_names", "awscc.appstream.entitlement",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("attributes", ALWAYS,
			   THEN(IS("name", "roles", "department", "organization", "groups", "title",
				   "costCenter", "userType")))),
		 "The following are valid values:", AS "CreateEntitlement Attributes.Name"),
	{ NULL },
};
