/*
 * appflow/rules.c: Amazon AppFlow's (flows, connector profiles, custom
 * connectors) rows of the one table of checks (checks/row.h) on the awscc
 * types of a service terrace's own code does not call (its objects are made
 * through Cloud Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE: botocore's
 * appflow). Its ledger: checks/words/appflow.words.
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_appflow[] = {
	/* a scheduled flow's schedule */
	AWS_SAYS("appflow.cfn_scheduled_trigger_properties", "awscc.appflow.flow", AWS_CALL_ANY,
		 WHEN(IS("trigger_config.trigger_type", "Scheduled")),
		 THEN(SET("trigger_config.trigger_properties")),
		 "Details required for scheduled trigger type",
		 "CloudFormation registry: AWS::AppFlow::Flow TriggerConfig.TriggerProperties"),
	/* a Salesforce destination's upserts by their ID fields */
	AWS_SAYS("appflow.salesforce_upsert_id_fields", "awscc.appflow.flow", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("destination_flow_config_list",
			   WHEN(IS("destination_connector_properties.salesforce.write_operation_type",
				   "UPSERT")),
			   THEN(SET("destination_connector_properties.salesforce.id_field_names")))),
		 "When the value is UPSERT, then idFieldNames is required.",
		 "appflow CreateFlow destinationFlowConfigList.destinationConnectorProperties."
		 "Salesforce.writeOperationType"),
	/* a Salesforce profile's grant */
	AWS_SAYS("appflow.salesforce_no_client_credentials", "awscc.appflow.connector_profile",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(IS_NOT("connector_profile_config.connector_profile_credentials.salesforce."
			     "o_auth_2_grant_type", "CLIENT_CREDENTIALS")),
		 "The CLIENT_CREDENTIALS value is not supported for Salesforce.",
		 "appflow CreateConnectorProfile connectorProfileConfig.connectorProfileCredentials."
		 "Salesforce.oAuth2GrantType"),
	/* a custom connector's provisioning */
	AWS_SAYS("appflow.connector_lambda", "awscc.appflow.connector", AWS_CALL_ANY, ALWAYS,
		 THEN(IS("connector_provisioning_type", "LAMBDA")),
		 "Currently the only supported value is LAMBDA.",
		 "appflow RegisterConnector connectorProvisioningType"),
	{ NULL },
};
