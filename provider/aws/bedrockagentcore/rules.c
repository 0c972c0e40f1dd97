/*
 * bedrockagentcore/rules.c: Amazon Bedrock AgentCore's (gateways, browsers,
 * code interpreters, memories, credential providers) rows of the one table
 * of checks (checks/row.h) on the awscc types of a service terrace's own
 * code does not call (its objects are made through Cloud Control alone):
 * AWS's words of the census's third scope (checks/words/gen_words.py,
 * sentences.py's THIRD_SCOPE: botocore's bedrock-agentcore-control, signed
 * bedrock-agentcore). Its ledger: checks/words/bedrock-agentcore-control.words.
 */
#include "provider/aws/checks/rules.h"

#define ACC "bedrock-agentcore-control "
#define VPC_WORDS "This configuration is required when the network mode is set to VPC."
#define TOKEN_EXCHANGE "oauth_2_provider_config_input.custom_oauth_2_provider_config." \
	"on_behalf_of_token_exchange_config.token_exchange_grant_type_config"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_bedrockagentcore[] = {
	AWS_SAYS("bedrockagentcore.gateway_jwt_authorizer",
		 "awscc.bedrockagentcore.gateway", AWS_CALL_CREATE,
		 WHEN(IS("authorizer_type", "CUSTOM_JWT")), THEN(SET("authorizer_configuration")),
		 "Required if authorizerType is CUSTOM_JWT.",
		 ACC "CreateGateway authorizerConfiguration"),
	AWS_SAYS("bedrockagentcore.gateway_name_kept",
		 "awscc.bedrockagentcore.gateway", AWS_CALL_UPDATE, ALWAYS,
		 THEN(UNCHANGED("name")),
		 "This name must be the same as the one when the gateway was created.",
		 ACC "UpdateGateway name"),
	AWS_SAYS("bedrockagentcore.browser_vpc_config",
		 "awscc.bedrockagentcore.browser_custom", AWS_CALL_CREATE,
		 WHEN(IS("network_configuration.network_mode", "VPC")),
		 THEN(SET("network_configuration.vpc_config")), VPC_WORDS,
		 ACC "CreateBrowser networkConfiguration.vpcConfig"),
	AWS_SAYS("bedrockagentcore.code_interpreter_vpc_config",
		 "awscc.bedrockagentcore.code_interpreter_custom", AWS_CALL_CREATE,
		 WHEN(IS("network_configuration.network_mode", "VPC")),
		 THEN(SET("network_configuration.vpc_config")), VPC_WORDS,
		 ACC "CreateCodeInterpreter networkConfiguration.vpcConfig"),
	AWS_SAYS("bedrockagentcore.actor_token_scopes_m2m",
		 "awscc.bedrockagentcore.o_auth_2_credential_provider", AWS_CALL_ANY,
		 WHEN(SET(TOKEN_EXCHANGE ".actor_token_scopes")),
		 THEN(IS(TOKEN_EXCHANGE ".actor_token_content", "M2M")),
		 "Only valid when actorTokenContent is M2M.",
		 ACC "CreateOauth2CredentialProvider oauth2ProviderConfigInput."
		 "customOauth2ProviderConfig.onBehalfOfTokenExchangeConfig."
		 "tokenExchangeGrantTypeConfig.actorTokenScopes"),
	/* each key the memory indexes now, still among those the update sends */
	AWS_SAYS("bedrockagentcore.memory_indexed_keys_kept",
		 "awscc.bedrockagentcore.memory", AWS_CALL_UPDATE, ALWAYS,
		 THEN(WAS(AMONG("indexed_keys[].key", "indexed_keys[].key"))),
		 "Previously indexed keys cannot be removed.", ACC "UpdateMemory addIndexedKeys"),
	{ NULL },
};
