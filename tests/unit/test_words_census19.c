/*
 * test_words_census19.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope as the nineteenth census helper judged them
 * (cleanrooms/rules.c, inspector/rules.c; the ledgers
 * checks/words/cleanrooms.words, inspector.words), each through
 * aws_constraints_check: a resource it refuses, whose message names
 * the attribute, quotes AWS's sentence and names its document, and its
 * passing twin; every such row has a case here (a row crossing a reference
 * has its case in test_words_crossing.c: cleanrooms.single_file_output_spark).
 * And the written rule rule_cleanrooms_custom_providers on a configured
 * table's custom analysis rule.
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

/* A Clean Rooms analysis template with parameter PARAMETER. */
#define ANALYSIS_TEMPLATE(PARAMETER) "{'name': 't', 'format': 'SQL', 'membership_identifier': " \
	"'11111111-2222-3333-4444-555555555555', 'source': {'Text': 'SELECT 1'}, " \
	"'analysis_parameters': [{'name': '" PARAMETER "', 'type': 'VARCHAR'}]}"
/* A configured table, the rest of its attributes MORE. */
#define CONFIGURED_TABLE(MORE) "{'name': 't', 'allowed_columns': ['a'], 'analysis_method': " \
	"'MULTIPLE', 'table_reference': {'Glue': {'DatabaseName': 'db', 'TableName': 't'}}" MORE "}"
/* Its custom analysis rule (its policy's v1 as written: V1). */
#define CUSTOM_RULE(V1) ", 'analysis_rules': [{'type': 'CUSTOM', 'policy': {'v1': " V1 "}}]"
/* An Inspector Classic assessment template whose findings get ATTRIBUTES. */
#define INSPECTOR_TEMPLATE(ATTRIBUTES) "{'assessment_target_arn': 'arn:aws:inspector:" \
	"us-east-1:123456789012:target/0-1', 'duration_in_seconds': 3600, " \
	"'rules_package_arns': [], 'user_attributes_for_findings': [" ATTRIBUTES "]}"
#define PROVIDERS_WORDS "Required when allowedAnalyses is ANY_QUERY."

static const struct words_case cases[] = {
	{ "cleanrooms.parameter_name_chars", "awscc.cleanrooms.analysis_template",
	  "analysis_parameters[0].name", ANALYSIS_TEMPLATE("start-date"), NULL,
	  ANALYSIS_TEMPLATE("start_date_2"), NULL },
	{ "cleanrooms.selected_methods_two", "awscc.cleanrooms.configured_table",
	  "selected_analysis_methods", CONFIGURED_TABLE(", 'selected_analysis_methods': "
							"['DIRECT_QUERY']"), NULL,
	  CONFIGURED_TABLE(", 'selected_analysis_methods': ['DIRECT_QUERY', 'DIRECT_JOB']"), NULL },
	{ "inspector.finding_attribute_keys_unique", "awscc.inspector.assessment_template",
	  "user_attributes_for_findings[1].key",
	  INSPECTOR_TEMPLATE("{'key': 'team', 'value': 'a'}, {'key': 'team', 'value': 'b'}"), NULL,
	  INSPECTOR_TEMPLATE("{'key': 'team', 'value': 'a'}, {'key': 'owner', 'value': 'a'}"),
	  NULL },
};

/* The written rule's refused tables and their passing twins: the policy
 * as an object by CloudFormation's keys, by awscc's, and as JSON text. */
static const struct {
	const char *refused, *passing;
} written[] = {
	{ CONFIGURED_TABLE(CUSTOM_RULE("{'Custom': {'AllowedAnalyses': ['ANY_QUERY']}}")),
	  CONFIGURED_TABLE(CUSTOM_RULE("{'Custom': {'AllowedAnalyses': ['ANY_QUERY'], "
				       "'AllowedAnalysisProviders': ['123456789012']}}")) },
	{ CONFIGURED_TABLE(CUSTOM_RULE("{'custom': {'allowed_analyses': ['ANY_QUERY']}}")),
	  CONFIGURED_TABLE(CUSTOM_RULE("{'custom': {'allowed_analyses': ['arn:aws:cleanrooms:"
				       "us-east-1:123456789012:membership/m/analysistemplate/t']"
				       "}}")) },
	{ CONFIGURED_TABLE(CUSTOM_RULE("'{\\\"Custom\\\": {\\\"AllowedAnalyses\\\": "
				       "[\\\"ANY_QUERY\\\"]}}'")),
	  CONFIGURED_TABLE(CUSTOM_RULE("'{\\\"Custom\\\": {\\\"AllowedAnalyses\\\": "
				       "[\\\"ANY_QUERY\\\"], \\\"AllowedAnalysisProviders\\\": "
				       "[\\\"123456789012\\\"]}}'")) },
};

static const char *const services[] = { "cleanrooms.", "inspector.", NULL };

/* The written rule refuses its case, naming the attribute and quoting AWS;
 * its twin passes. */
static void test_written_rules(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof(written) / sizeof(*written); i++) {
		struct strbuf err = STRBUF_INIT;
		const char *attr = NULL;

		if (!words_judge("awscc.cleanrooms.configured_table", written[i].refused, NULL,
				 &attr, &err))
			fail_msg("written case %zu: accepted %s", i, written[i].refused);
		if (strncmp(err.buf, "analysis_rules: [0].policy.v1.Custom: ", 38) ||
		    !strstr(err.buf, PROVIDERS_WORDS))
			fail_msg("written case %zu: message \"%s\"", i, err.buf);
		strbuf_reset(&err);
		if (words_judge("awscc.cleanrooms.configured_table", written[i].passing, NULL, &attr,
				&err))
			fail_msg("written case %zu: refused its twin: %s", i, err.buf);
		strbuf_release(&err);
	}
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
					 "test_words_census19.c");
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
