/*
 * test_words_census20.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope as the twentieth census helper judged them
 * (codestarconnections/rules.c, entityresolution/rules.c, fis/rules.c,
 * greengrassv2/rules.c; the ledgers checks/words/chatbot.words,
 * codestar-connections.words, entityresolution.words, fis.words,
 * greengrassv2.words), each through aws_constraints_check: a
 * resource it refuses, whose message names the attribute, quotes AWS's
 * sentence and names its document, and its passing twin; every such row has
 * a case here (a row crossing a reference has its case in
 * test_words_crossing.c: codestarconnections.link_same_provider_*,
 * entityresolution's rows of what a schema mapping defines). And the
 * written rule rule_fis_start_after on an experiment template's actions.
 *
 * JSON is written with single quotes (json_support.h).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/checks/checks.h"
#include "provider/aws/checks/words.h"
#include "provider/provider.h"
#include "tests/unit/json_support.h"
#include "tests/unit/words_support.h"

/* A CodeStar connection with the rest of its attributes MORE. */
#define CSC_CONNECTION(MORE) "{'connection_name': 'code'" MORE "}"
/* An Entity Resolution schema mapping whose second field is FIELD. */
#define ER_SCHEMA(FIELD) "{'schema_name': 'people', 'mapped_input_fields': [{'field_name': " \
	"'id', 'type': 'UNIQUE_ID'}, " FIELD "]}"
/* A matching workflow resolving by TECHNIQUES, the rest of it MORE. */
#define ER_WORKFLOW(TECHNIQUES, MORE) "{'workflow_name': 'people', 'role_arn': " \
	"'arn:aws:iam::123456789012:role/er', 'input_source_config': [{'input_source_arn': " \
	"'arn:aws:glue:us-east-1:123456789012:table/db/people', 'schema_arn': " \
	"'arn:aws:entityresolution:us-east-1:123456789012:schemamapping/people'}], " \
	"'output_source_config': [{'output_s3_path': 's3://out-1/er', 'output': [{'name': " \
	"'id'}]}], 'resolution_techniques': {" TECHNIQUES "}" MORE "}"
#define ER_RULES "'rule_based_properties': {'attribute_matching_model': 'ONE_TO_ONE', " \
	"'rules': [{'rule_name': 'r', 'matching_keys': ['id']}]}"
#define ER_CONDITIONS ", 'rule_condition_properties': {'rules': [{'rule_name': 'r', " \
	"'condition': 'Exact(id)'}]}"
/* A FIS experiment template stopping on STOP, its actions ACTIONS. */
#define FIS_TEMPLATE(STOP, ACTIONS) "{'description': 'd', 'role_arn': " \
	"'arn:aws:iam::123456789012:role/fis', 'stop_conditions': [" STOP "], 'targets': " \
	"{'web': {'resource_type': 'aws:ec2:instance', 'selection_mode': 'ALL', " \
	"'resource_tags': {'app': 'web'}}}" ACTIONS "}"
#define FIS_ACTIONS(AFTER) ", 'actions': {'stop': {'action_id': 'aws:ec2:stop-instances', " \
	"'targets': {'Instances': 'web'}}, 'start': {'action_id': 'aws:ec2:start-instances', " \
	"'targets': {'Instances': 'web'}, 'start_after': ['" AFTER "']}}"
/* A Greengrass deployment to TARGET, the rest of it MORE. */
#define GG_DEPLOYMENT(TARGET, MORE) "{'target_arn': " \
	"'arn:aws:iot:us-east-1:123456789012:" TARGET "'" MORE "}"
#define GG_LAMBDA(ARN) "{'lambda_function': {'lambda_arn': " \
	"'arn:aws:lambda:us-east-1:123456789012:function:" ARN "', 'component_name': 'fn'}}"
#define TAG(KEY, VALUE) ", 'tags': [{'key': '" KEY "', 'value': '" VALUE "'}]"

static const struct words_case cases[] = {
	{ "codestarconnections.provider_type_or_host", "awscc.codestarconnections.connection",
	  "provider_type", CSC_CONNECTION(""), NULL,
	  CSC_CONNECTION(", 'host_arn': 'arn:aws:codestar-connections:us-east-1:123456789012:"
			 "host/ghes-1'"), NULL },
	{ "codestarconnections.cfn_tag_keys_not_aws", "awscc.codestarconnections.repository_link",
	  "tags[0].key",
	  "{'connection_arn': 'arn:aws:codestar-connections:us-east-1:123456789012:connection/1', "
	  "'owner_id': 'acme', 'repository_name': 'app'" TAG("aws:team", "a") "}", NULL,
	  "{'connection_arn': 'arn:aws:codestar-connections:us-east-1:123456789012:connection/1', "
	  "'owner_id': 'acme', 'repository_name': 'app'" TAG("team", "aws:a") "}", NULL },
	{ "entityresolution.provider_id_sub_type", "awscc.entityresolution.schema_mapping",
	  "mapped_input_fields[1].sub_type",
	  ER_SCHEMA("{'field_name': 'rampid', 'type': 'PROVIDER_ID'}"), NULL,
	  ER_SCHEMA("{'field_name': 'rampid', 'type': 'PROVIDER_ID', 'sub_type': 'LIVERAMP'}"),
	  NULL },
	{ "entityresolution.cfn_tag_keys_not_aws", "awscc.entityresolution.schema_mapping",
	  "tags[0].key",
	  "{'schema_name': 'people', 'mapped_input_fields': [{'field_name': 'id', 'type': "
	  "'UNIQUE_ID'}, {'field_name': 'mail', 'type': 'EMAIL_ADDRESS'}]" TAG("aws:team", "a") "}",
	  NULL,
	  "{'schema_name': 'people', 'mapped_input_fields': [{'field_name': 'id', 'type': "
	  "'UNIQUE_ID'}, {'field_name': 'mail', 'type': 'EMAIL_ADDRESS'}]" TAG("team", "aws:a") "}",
	  NULL },
	{ "entityresolution.real_time_rule_conditions", "awscc.entityresolution.matching_workflow",
	  "resolution_techniques.rule_condition_properties",
	  ER_WORKFLOW("'resolution_type': 'RULE_MATCHING', 'enable_real_time_matching': true, "
		      ER_RULES, ""), NULL,
	  ER_WORKFLOW("'resolution_type': 'RULE_MATCHING', 'enable_real_time_matching': true"
		      ER_CONDITIONS, ""), NULL },
	{ "entityresolution.no_incremental_ml_or_provider",
	  "awscc.entityresolution.matching_workflow", "incremental_run_config",
	  ER_WORKFLOW("'resolution_type': 'ML_MATCHING'",
		      ", 'incremental_run_config': {'incremental_run_type': 'IMMEDIATE'}"), NULL,
	  ER_WORKFLOW("'resolution_type': 'RULE_MATCHING', " ER_RULES,
		      ", 'incremental_run_config': {'incremental_run_type': 'IMMEDIATE'}"), NULL },
	{ "fis.alarm_stop_condition_value", "awscc.fis.experiment_template",
	  "stop_conditions[0].value", FIS_TEMPLATE("{'source': 'aws:cloudwatch:alarm'}", ""), NULL,
	  FIS_TEMPLATE("{'source': 'aws:cloudwatch:alarm', 'value': "
		       "'arn:aws:cloudwatch:us-east-1:123456789012:alarm:web-5xx'}", ""), NULL },
	{ "greengrassv2.recipe_or_lambda", "awscc.greengrassv2.component_version",
	  "inline_recipe", "{'tags': {'team': 'a'}}", NULL,
	  "{'inline_recipe': '{\\\"RecipeFormatVersion\\\": \\\"2020-01-25\\\"}'}", NULL },
	{ "greengrassv2.lambda_arn_version", "awscc.greengrassv2.component_version",
	  "lambda_function.lambda_arn", GG_LAMBDA("fn:$LATEST"), NULL, GG_LAMBDA("fn:3"), NULL },
	{ "greengrassv2.subdeployment_thing_group", "awscc.greengrassv2.deployment", "target_arn",
	  GG_DEPLOYMENT("thing/sensor-1", ", 'parent_target_arn': "
			"'arn:aws:iot:us-east-1:123456789012:thinggroup/plant'"), NULL,
	  GG_DEPLOYMENT("thinggroup/line-1", ", 'parent_target_arn': "
			"'arn:aws:iot:us-east-1:123456789012:thinggroup/plant'"), NULL },
	{ "greengrassv2.job_timeout_range", "awscc.greengrassv2.deployment",
	  "iot_job_configuration.timeout_config.in_progress_timeout_in_minutes",
	  GG_DEPLOYMENT("thinggroup/line-1", ", 'iot_job_configuration': {'timeout_config': "
			"{'in_progress_timeout_in_minutes': 10081}}"), NULL,
	  GG_DEPLOYMENT("thinggroup/line-1", ", 'iot_job_configuration': {'timeout_config': "
			"{'in_progress_timeout_in_minutes': 10080}}"), NULL },
};

static const char *const services[] = { "chatbot.", "codestarconnections.", "entityresolution.",
					 "fis.", "greengrassv2.", NULL };

/* The written rule's refused stacks and their passing twins. */
static const struct words_written_case written[] = {
	{ "awscc.fis.experiment_template",
	  FIS_TEMPLATE("{'source': 'none'}", FIS_ACTIONS("halt")), "actions.start.start_after[0]",
	  "The name of the action that must be completed before the current action starts.",
	  FIS_TEMPLATE("{'source': 'none'}", FIS_ACTIONS("stop")) },
};

/* The written rule refuses its case, naming the attribute and quoting AWS;
 * its twin passes. */
static void test_written_rules(void **state)
{
	(void)state;
	words_check_written(written, sizeof(written) / sizeof(*written));
}

/* Each row refuses its case naming the attribute, AWS's words and the
 * document; its twin passes. */
static void test_each_row_and_its_twin(void **state)
{
	(void)state;
	words_check_cases(cases, sizeof(cases) / sizeof(*cases));
}

static void test_every_row_has_a_case(void **state)
{
	(void)state;
	words_check_every_row_has_a_case(cases, sizeof(cases) / sizeof(*cases), services,
					 "test_words_census20.c");
}

int main(void)
{
	setenv("AWS_REGION", "us-east-1", 1);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_written_rules),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
