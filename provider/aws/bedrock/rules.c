/*
 * bedrock/rules.c: Amazon Bedrock's rows of the one table of checks
 * (checks/row.h) on the awscc types of a service terrace's own code does
 * not call (its objects are made through Cloud Control alone): AWS's words
 * of the census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE; its operations are in three of botocore's models, bedrock,
 * bedrock-agent and bedrock-data-automation: sentences.py's MODELS).
 * Its ledger: checks/words/bedrock.words.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "provider/aws/checks/rules.h"
#include "provider/provider.h"

#define BR "bedrock "
#define OVERRIDE "prompt_override_configuration."

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_bedrock[] = {
	/* an agent's action groups: a built-in one (AMAZON.UserInput,
	 * AMAZON.CodeInterpreter) is described by its signature alone */
	AWS_SAYS("bedrock.parent_signature_alone", "awscc.bedrock.agent", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("action_groups", WHEN(SET("parent_action_group_signature")),
			   THEN(UNSET("description"), UNSET("api_schema"),
				UNSET("action_group_executor")))),
		 "If you specify a value, you must leave the description, apiSchema, and "
		 "actionGroupExecutor fields empty for this action group.",
		 BR "CreateAgentActionGroup parentActionGroupSignature"),
	/* an agent's prompt overrides and the Lambda function that parses them */
	AWS_SAYS("bedrock.override_lambda_parser", "awscc.bedrock.agent", AWS_CALL_ANY,
		 WHEN(SET(OVERRIDE "override_lambda")),
		 THEN(SOME(OVERRIDE "prompt_configurations", IS("parser_mode", "OVERRIDDEN"))),
		 "If you specify this field, at least one of the promptConfigurations must contain a "
		 "parserMode value that is set to OVERRIDDEN.",
		 BR "CreateAgent promptOverrideConfiguration.overrideLambda"),
	AWS_SAYS("bedrock.overridden_parser_lambda", "awscc.bedrock.agent", AWS_CALL_ANY,
		 WHEN(SOME(OVERRIDE "prompt_configurations", IS("parser_mode", "OVERRIDDEN"))),
		 THEN(SET(OVERRIDE "override_lambda")),
		 "If you set the field as OVERRIDDEN, the overrideLambda field in the "
		 "PromptOverrideConfiguration must be specified with the ARN of a Lambda function.",
		 BR "CreateAgent promptOverrideConfiguration.promptConfigurations.parserMode"),

	/* a prompt's default variant, one of its variants */
	AWS_SAYS("bedrock.default_variant_among_variants", "awscc.bedrock.prompt", AWS_CALL_ANY,
		 WHEN(SET("default_variant"), LEN_IN("variants", 1, 1000)),
		 THEN(AMONG("default_variant", "variants[].name")),
		 "This value must match the name field in the relevant PromptVariant object.",
		 BR "CreatePrompt defaultVariant"),

	/* a prompt router's models */
	AWS_SAYS("bedrock.prompt_router_models", "awscc.bedrock.intelligent_prompt_router",
		 AWS_CALL_ANY, ALWAYS, THEN(LEN_IN("models", 1, 1e9)),
		 "At least one model must be specified.", BR "CreatePromptRouter models"),
	{ NULL },
};
