/*
 * qbusiness/rules.c: Amazon Q Business's (applications, indexes, data
 * sources, retrievers, plugins, web experiences) rows of the one table of
 * checks (checks/row.h) on the awscc types of a service terrace's own code
 * does not call (its objects are made through Cloud Control alone): AWS's
 * words of the census's third scope (checks/words/gen_words.py,
 * sentences.py's THIRD_SCOPE). Its ledger: checks/words/qbusiness.words.
 */
#include "provider/aws/checks/rules.h"

#define INLINE "document_enrichment_configuration.inline_configurations"
#define DS_SOURCE(PATH) "qbusiness CreateDataSource documentEnrichmentConfiguration." PATH

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. A data source's connector type is its configuration
 * document's "type" (the registry's Type is read-only). */
const struct aws_check_row aws_rules_qbusiness[] = {
	AWS_SAYS("qbusiness.auto_subscribe_default_type",
		 "awscc.qbusiness.application", AWS_CALL_ANY,
		 WHEN(IS("auto_subscription_configuration.auto_subscribe", "ENABLED")),
		 THEN(SET("auto_subscription_configuration.default_subscription_type")),
		 "If the value for autoSubscribe is set to ENABLED you must select a value for this "
		 "field.",
		 "qbusiness UpdateApplication autoSubscriptionConfiguration.defaultSubscriptionType"),
	AWS_SAYS("qbusiness.quick_sight_idp_configuration",
		 "awscc.qbusiness.application", AWS_CALL_CREATE,
		 WHEN(IS("identity_type", "AWS_QUICKSIGHT_IDP")),
		 THEN(SET("quick_sight_configuration")),
		 "This configuration is required if your application uses Quick Suite as the "
		 "identity provider.", "qbusiness CreateApplication quickSightConfiguration"),
	AWS_SAYS("qbusiness.target_delete_no_value",
		 "awscc.qbusiness.data_source", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(INLINE, WHEN(IS("target.attribute_value_operator", "DELETE")),
			   THEN(UNSET("target.value")))),
		 "You cannot create a target value and set this to TRUE.",
		 DS_SOURCE("inlineConfigurations.target.attributeValueOperator")),
	AWS_SAYS("qbusiness.data_source_role_unless_custom",
		 "awscc.qbusiness.data_source", AWS_CALL_CREATE,
		 WHEN(SET("configuration.type"), IS_NOT("configuration.type", "CUSTOM")),
		 THEN(SET("role_arn")),
		 "This field is required for all connector types except custom connectors, where it "
		 "is optional.", "qbusiness CreateDataSource roleArn"),
	AWS_SAYS("qbusiness.custom_no_sync_schedule",
		 "awscc.qbusiness.data_source", AWS_CALL_CREATE,
		 WHEN(IS("configuration.type", "CUSTOM")),
		 THEN(NOT_MATCHES("sync_schedule", ".")),
		 "You can't specify the Schedule parameter when the Type parameter is set to CUSTOM.",
		 "qbusiness CreateDataSource syncSchedule"),
	AWS_SAYS("qbusiness.web_experience_role_with_idc",
		 "awscc.qbusiness.web_experience", AWS_CALL_CREATE,
		 WHEN(IS("application_id->identity_type", "AWS_IAM_IDC")),
		 THEN(SET("role_arn")),
		 "The roleArn parameter is required when your Amazon Q Business application is "
		 "created with IAM Identity Center.", "qbusiness CreateWebExperience roleArn"),
	AWS_SAYS("qbusiness.tag_keys_unique",
		 "awscc.qbusiness.*", AWS_CALL_ANY, ALWAYS,
		 THEN(UNIQUE("tags[].key")),
		 "Keys are not case sensitive and must be unique for the Amazon Q Business "
		 "application or data source.", "qbusiness CreateApplication tags.key"),
	{ NULL },
};
