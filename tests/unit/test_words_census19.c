/*
 * test_words_census19.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope as the nineteenth census helper judged them
 * (cleanrooms/rules.c, inspector/rules.c, lex/rules.c, macie/rules.c,
 * b2bi/rules.c; the ledgers checks/words/cleanrooms.words, inspector.words,
 * lexv2-models.words, macie2.words, b2bi.words), each through
 * aws_constraints_check: a resource it refuses, whose message names
 * the attribute, quotes AWS's sentence and names its document, and its
 * passing twin; every such row has a case here (a row crossing a reference
 * has its case in test_words_crossing.c: cleanrooms.single_file_output_spark).
 * And the written rules: rule_cleanrooms_custom_providers on a configured
 * table's custom analysis rule; lex/rules.c's on a bot's dialog states and
 * still-waiting responses at any depth and a resource policy's grammar;
 * b2bi/rules.c's on a partnership's wrap options and a transformer's
 * element requirements.
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
/* A Lex bot whose one locale holds LOCALE (its intents, slot types), the
 * rest of the bot MORE. */
#define LEX_BOT(LOCALE, MORE) "{'name': 'b', 'role_arn': 'arn:aws:iam::123456789012:role/" \
	"lex-bot-role-1', 'idle_session_ttl_in_seconds': 300, 'data_privacy': {'child_directed': " \
	"false}, 'bot_locales': [{'locale_id': 'en_US', 'nlu_confidence_threshold': 0.4" LOCALE "}]" \
	MORE "}"
#define INTENTS(LIST) ", 'intents': [" LIST "]"
#define INTENT(NAME, MORE) "{'name': '" NAME "'" MORE "}"
#define SLOT_TYPE(NAME, MORE) "{'name': '" NAME "'" MORE "}"
#define LEX_MESSAGE "[{'message': {'plain_text_message': {'value': 'ok'}}}]"
#define UPDATES(MORE) ", 'fulfillment_code_hook': {'enabled': true, " \
	"'fulfillment_updates_specification': {'active': true" MORE "}}"
#define START_RESPONSE ", 'start_response': {'delay_in_seconds': 5, 'message_groups': " \
	LEX_MESSAGE "}"
#define UPDATE_RESPONSE ", 'update_response': {'frequency_in_seconds': 5, 'message_groups': " \
	LEX_MESSAGE "}"
#define KENDRA(REGION) ", 'kendra_configuration': {'kendra_index': 'arn:aws:kendra:" REGION \
	":123456789012:index/0123456789abcdef0123456789abcdef'}"
#define QNA ", 'qn_a_intent_configuration': {'bedrock_model_configuration': {'model_arn': 'm'}, " \
	"'data_source_configuration': {}}"
#define SLOT(NAME) "{'name': '" NAME "', 'slot_type_name': 'AMAZON.City', " \
	"'value_elicitation_setting': {'slot_constraint': 'Optional'}}"
#define REGEX(PATTERN) ", 'value_selection_setting': {'resolution_strategy': 'ORIGINAL_VALUE', " \
	"'regex_filter': {'pattern': '" PATTERN "'}}"
/* A next step whose dialog action is TYPE, the rest MORE. */
#define NEXT_STEP(TYPE, MORE) "{'dialog_action': {'type': '" TYPE "'}" MORE "}"
/* An intent whose closing conditional's default branch goes to STEP (a
 * block the registry nests as a JSON document). */
#define CLOSING(STEP) INTENTS(INTENT("Book", ", 'intent_closing_setting': {'conditional': " \
	"{'is_active': true, 'conditional_branches': [{'name': 'x', 'condition': " \
	"{'expression_string': 'true'}, 'next_step': " STEP "}], 'default_branch': {}}}"))
/* A slot waiting every SECONDS seconds, in its own setting and (SUB) a sub-slot's. */
#define WAITING(SECONDS) "{'continue_response': {'message_groups_list': " LEX_MESSAGE "}, " \
	"'waiting_response': {'message_groups_list': " LEX_MESSAGE "}, 'still_waiting_response': " \
	"{'frequency_in_seconds': " SECONDS ", 'timeout_in_seconds': 600, 'message_groups_list': " \
	LEX_MESSAGE "}}"
#define WAITING_SLOT(SECONDS) INTENTS(INTENT("Book", ", 'slots': [{'name': 'City', " \
	"'slot_type_name': 'AMAZON.City', 'value_elicitation_setting': {'slot_constraint': " \
	"'Required', 'wait_and_continue_specification': " WAITING(SECONDS) "}}]"))
#define WAITING_SUB_SLOT(SECONDS) INTENTS(INTENT("Book", ", 'slots': [{'name': 'Trip', " \
	"'slot_type_name': 'Trip', 'value_elicitation_setting': {'slot_constraint': 'Required'}, " \
	"'sub_slot_setting': {'slot_specifications': {'From': {'slot_type_id': 'AMAZON.City', " \
	"'value_elicitation_setting': {'wait_and_continue_specification': " WAITING(SECONDS) \
	"}}}}}]"))
#define LEX_POLICY(PRINCIPAL) "{'resource_arn': 'arn:aws:lex:us-east-1:123456789012:bot/B1', " \
	"'policy': {'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow', " PRINCIPAL \
	"'Action': 'lex:RecognizeText', 'Resource': '*'}]}}"
/* A Macie allow list whose criteria are CRITERIA. */
#define ALLOW_LIST(CRITERIA) "{'name': 'safe', 'criteria': " CRITERIA "}"
#define WORDS_LIST(KEY) "{'" KEY "': {'bucket_name': 'words-1', 'object_key': 'w.txt'}}"
#define MACIE_FILTER(NAME) "{'name': '" NAME "', 'finding_criteria': {'criterion': {}}}"
#define MACIE_IDENTIFIER(TAGS) "{'name': 'ids', 'regex': '[0-9]{9}', 'tags': [" TAGS "]}"
/* Five tags whose keys begin P; fifty. */
#define T5(P) "{'key': '" P "a', 'value': 'a'}, {'key': '" P "b', 'value': 'a'}, {'key': '" \
	P "c', 'value': 'a'}, {'key': '" P "d', 'value': 'a'}, {'key': '" P "e', 'value': 'a'}"
#define T50 T5("a") ", " T5("b") ", " T5("c") ", " T5("d") ", " T5("e") ", " T5("f") ", " \
	T5("g") ", " T5("h") ", " T5("i") ", " T5("j")
/* A B2BI partnership whose outbound X12 wraps by WRAP. */
#define PARTNERSHIP(WRAP) "{'name': 'p', 'email': 'a@example.com', 'profile_id': 'p-1', " \
	"'capabilities': ['c-1'], 'capability_options': {'outbound_edi': {'X12': " \
	"{'WrapOptions': " WRAP "}}}}"
/* A transformer whose output conversion's one element requirement is REQUIREMENT. */
#define TRANSFORMER(REQUIREMENT) "{'name': 't', 'status': 'active', 'output_conversion': " \
	"{'to_format': 'X12', 'advanced_options': {'x12': {'validation_options': " \
	"{'validation_rules': [{'element_requirement_validation_rule': {'element_position': " \
	"'ISA-01', 'requirement': '" REQUIREMENT "'}}]}}}}}"
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
	{ "lex.tag_key_not_aws", "awscc.lex.bot", "test_bot_alias_tags[0].key",
	  LEX_BOT("", ", 'test_bot_alias_tags': [{'key': 'aws:team', 'value': 'a'}]"), NULL,
	  LEX_BOT("", ", 'bot_tags': [{'key': 'team', 'value': 'aws:a'}]"), NULL },
	{ "lex.fulfillment_updates_active", "awscc.lex.bot",
	  "bot_locales[0].intents[0].fulfillment_code_hook.fulfillment_updates_specification."
	  "timeout_in_seconds",
	  LEX_BOT(INTENTS(INTENT("Book", UPDATES(START_RESPONSE UPDATE_RESPONSE))), ""), NULL,
	  LEX_BOT(INTENTS(INTENT("Book", UPDATES(START_RESPONSE UPDATE_RESPONSE
						  ", 'timeout_in_seconds': 60"))), ""), NULL },
	{ "lex.intent_names_unique", "awscc.lex.bot", "bot_locales[0].intents[1].name",
	  LEX_BOT(INTENTS(INTENT("Book", "") ", " INTENT("Book", "")), ""), NULL,
	  LEX_BOT(INTENTS(INTENT("Book", "") ", " INTENT("Cancel", "")), ""), NULL },
	{ "lex.kendra_index_in_region", "awscc.lex.bot",
	  "bot_locales[0].intents[0].kendra_configuration.kendra_index",
	  LEX_BOT(INTENTS(INTENT("Search", KENDRA("us-west-2"))), ""), NULL,
	  LEX_BOT(INTENTS(INTENT("Search", KENDRA("us-east-1"))), ""), NULL },
	{ "lex.qna_not_with_kendra", "awscc.lex.bot",
	  "bot_locales[0].intents[0].kendra_configuration",
	  LEX_BOT(INTENTS(INTENT("Ask", QNA KENDRA("us-east-1"))), ""), NULL,
	  LEX_BOT(INTENTS(INTENT("Ask", QNA)), ""), NULL },
	{ "lex.slot_names_unique", "awscc.lex.bot", "bot_locales[0].intents[0].slots[1].name",
	  LEX_BOT(INTENTS(INTENT("Book", ", 'slots': [" SLOT("City") ", " SLOT("City") "]")), ""),
	  NULL,
	  LEX_BOT(INTENTS(INTENT("Book", ", 'slots': [" SLOT("City") "]") ", "
			  INTENT("Cancel", ", 'slots': [" SLOT("City") "]")), ""), NULL },
	{ "lex.slot_type_names_unique", "awscc.lex.bot", "bot_locales[0].slot_types[1].name",
	  LEX_BOT(", 'slot_types': [" SLOT_TYPE("Size", "") ", " SLOT_TYPE("Size", "") "]", ""), NULL,
	  LEX_BOT(", 'slot_types': [" SLOT_TYPE("Size", "") ", " SLOT_TYPE("Color", "") "]", ""),
	  NULL },
	{ "lex.regex_filter_supported", "awscc.lex.bot",
	  "bot_locales[0].slot_types[0].value_selection_setting.regex_filter.pattern",
	  LEX_BOT(", 'slot_types': [" SLOT_TYPE("Code", REGEX("[A-Z]+")) "]", ""), NULL,
	  LEX_BOT(", 'slot_types': [" SLOT_TYPE("Code", REGEX("[A-Z]{2,8}")) "]", ""), NULL },
	{ "macie.criteria_regex_stays", "awscc.macie.allow_list", "criteria.S3WordsList",
	  ALLOW_LIST(WORDS_LIST("S3WordsList")), ALLOW_LIST("{'Regex': '[0-9]+'}"),
	  ALLOW_LIST("{'Regex': '[0-9]{4}'}"), ALLOW_LIST("{'Regex': '[0-9]+'}") },
	{ "macie.criteria_words_list_stays", "awscc.macie.allow_list", "criteria.regex",
	  ALLOW_LIST("{'regex': '[0-9]+'}"), ALLOW_LIST(WORDS_LIST("s3_words_list")),
	  ALLOW_LIST(WORDS_LIST("S3WordsList")), ALLOW_LIST(WORDS_LIST("s3_words_list")) },
	{ "macie.filter_name_length", "awscc.macie.findings_filter", "name", MACIE_FILTER("ab"),
	  NULL, MACIE_FILTER("abc"), NULL },
	{ "macie.tags_at_most_50", "awscc.macie.custom_data_identifier", "tags",
	  MACIE_IDENTIFIER(T50 ", {'key': 'f', 'value': 'a'}"), NULL, MACIE_IDENTIFIER(T50), NULL },
	{ "macie.tag_key_length", "awscc.macie.allow_list", "tags[0].key",
	  "{'name': 'safe', 'criteria': {'Regex': 'x'}, 'tags': [{'key': '" X100 X10 X10
	  "xxxxxxxxx', 'value': 'a'}]}", NULL,
	  "{'name': 'safe', 'criteria': {'Regex': 'x'}, 'tags': [{'key': '" X100 X10 X10
	  "xxxxxxxx', 'value': 'a'}]}", NULL },
	{ "macie.tag_value_length", "awscc.macie.findings_filter", "tags[0].value",
	  "{'name': 'abc', 'finding_criteria': {}, 'tags': [{'key': 'a', 'value': '" X100 X100
	  X10 X10 X10 X10 X10 "xxxxxxx'}]}", NULL,
	  "{'name': 'abc', 'finding_criteria': {}, 'tags': [{'key': 'a', 'value': '" X100 X100
	  X10 X10 X10 X10 X10 "xxxxxx'}]}", NULL },
};

/* The written rules' refused resources and their passing twins: the
 * custom analysis rule's policy as an object by CloudFormation's keys, by
 * awscc's, and as JSON text; a bot's dialog states and waiting responses
 * at any depth (in JSON documents the registry nests); a resource policy. */
#define CUSTOM_AT "analysis_rules: [0].policy.v1.Custom: "
#define CONFIGURED "awscc.cleanrooms.configured_table"
static const struct words_written_case written[] = {
	{ CONFIGURED, CONFIGURED_TABLE(CUSTOM_RULE("{'Custom': {'AllowedAnalyses': ['ANY_QUERY']}}")),
	  CUSTOM_AT, PROVIDERS_WORDS,
	  CONFIGURED_TABLE(CUSTOM_RULE("{'Custom': {'AllowedAnalyses': ['ANY_QUERY'], "
				       "'AllowedAnalysisProviders': ['123456789012']}}")) },
	{ CONFIGURED, CONFIGURED_TABLE(CUSTOM_RULE("{'custom': {'allowed_analyses': ['ANY_QUERY']}}")),
	  CUSTOM_AT, PROVIDERS_WORDS,
	  CONFIGURED_TABLE(CUSTOM_RULE("{'custom': {'allowed_analyses': ['arn:aws:cleanrooms:"
				       "us-east-1:123456789012:membership/m/analysistemplate/t']"
				       "}}")) },
	{ CONFIGURED, CONFIGURED_TABLE(CUSTOM_RULE("'{\\\"Custom\\\": {\\\"AllowedAnalyses\\\": "
						   "[\\\"ANY_QUERY\\\"]}}'")),
	  CUSTOM_AT, PROVIDERS_WORDS,
	  CONFIGURED_TABLE(CUSTOM_RULE("'{\\\"Custom\\\": {\\\"AllowedAnalyses\\\": "
				       "[\\\"ANY_QUERY\\\"], \\\"AllowedAnalysisProviders\\\": "
				       "[\\\"123456789012\\\"]}}'")) },
	{ "awscc.lex.bot", LEX_BOT(CLOSING(NEXT_STEP("StartIntent", "")), ""),
	  "bot_locales: [0].intents[0].intent_closing_setting.conditional.conditional_branches[0]."
	  "next_step: a StartIntent", "Only required when you're switching intents.",
	  LEX_BOT(CLOSING(NEXT_STEP("StartIntent", ", 'intent': {'name': 'Cancel'}")), "") },
	{ "awscc.lex.bot", LEX_BOT(WAITING_SLOT("301"), ""),
	  "bot_locales: [0].intents[0].slots[0].value_elicitation_setting."
	  "wait_and_continue_specification.still_waiting_response.frequency_in_seconds: 301",
	  "Minimum of 1 second, maximum of 5 minutes.", LEX_BOT(WAITING_SLOT("300"), "") },
	{ "awscc.lex.bot", LEX_BOT(WAITING_SUB_SLOT("0"), ""),
	  "bot_locales: [0].intents[0].slots[0].sub_slot_setting.slot_specifications.From."
	  "value_elicitation_setting.wait_and_continue_specification.still_waiting_response",
	  "Minimum of 1 second, maximum of 5 minutes.", LEX_BOT(WAITING_SUB_SLOT("1"), "") },
	{ "awscc.lex.resource_policy", LEX_POLICY(""), "policy", "Principal",
	  LEX_POLICY("'Principal': {'AWS': 'arn:aws:iam::123456789012:root'}, ") },
	{ "awscc.b2bi.partnership", PARTNERSHIP("{'WrapBy': 'ONE_LINE', 'LineTerminator': 'LF'}"),
	  "capability_options: outbound_edi.X12.WrapOptions: ONE_LINE with a line terminator",
	  "When you specify ONE_LINE, do not provide either the line length nor the line "
	  "terminator value.", PARTNERSHIP("{'WrapBy': 'LINE_LENGTH', 'LineLength': 80, "
					   "'LineTerminator': 'LF'}") },
	{ "awscc.b2bi.partnership", PARTNERSHIP("{'wrap_by': 'ONE_LINE', 'line_length': 80}"),
	  "capability_options: outbound_edi.X12.WrapOptions: ONE_LINE with a line length",
	  "When you specify ONE_LINE", PARTNERSHIP("{'wrap_by': 'ONE_LINE'}") },
	{ "awscc.b2bi.transformer", TRANSFORMER("REQUIRED"),
	  "output_conversion: advanced_options.x12.validation_options.validation_rules[0]."
	  "ElementRequirementValidationRule.Requirement: \"REQUIRED\"",
	  "Valid values are OPTIONAL (the element may be omitted) or MANDATORY",
	  TRANSFORMER("MANDATORY") },
};

static const char *const services[] = { "cleanrooms.", "inspector.", "lex.", "macie.", NULL };

/* Each written rule refuses its case, naming the attribute and quoting
 * AWS; its twin passes. */
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
