/*
 * test_words_census29.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope as the twenty-ninth census helper judged them
 * (ranks 160-166: cleanroomsml/rules.c, codeconnections/rules.c; the
 * ledgers checks/words/cleanroomsml.words, codeconnections.words,
 * codeguruprofiler.words, codestar-notifications.words, comprehend.words,
 * compute-optimizer-automation.words, dsql.words), each
 * through aws_constraints_check: a resource it refuses, whose message names
 * the attribute, quotes AWS's sentence and names its document, and its
 * passing twin; every such row has a case here. And the written rules the
 * ledgers name, each case with its twin: CodeConnections', CodeGuru
 * Profiler's, CodeStar Notifications' (a map) and Aurora DSQL's tag keys, a
 * Comprehend classifier's model policy and a DSQL cluster's policy (JSON
 * text).
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

/* A tag of key K; a list of N of them; the same key twice. */
#define TAG(K) "{'key': '" K "', 'value': 'a'}"
#define TAGS5(P) TAG(P "1") ", " TAG(P "2") ", " TAG(P "3") ", " TAG(P "4") ", " TAG(P "5")
#define TAGS50 TAGS5("a") ", " TAGS5("b") ", " TAGS5("c") ", " TAGS5("d") ", " TAGS5("e") \
	", " TAGS5("f") ", " TAGS5("g") ", " TAGS5("h") ", " TAGS5("i") ", " TAGS5("j")

/* A Clean Rooms ML training dataset of tags TAGS. */
#define CR_DATASET(TAGS) "{'name': 'clicks', 'role_arn': 'arn:aws:iam::123456789012:role/" \
	"CleanRoomsML', 'training_data': [{'type': 'INTERACTIONS', 'input_config': {" \
	"'data_source': {'glue_data_source': {'database_name': 'shop', 'table_name': " \
	"'clicks'}}, 'schema': [{'column_name': 'user', 'column_types': ['USER_ID']}]}}], " \
	"'tags': [" TAGS "]}"
/* An algorithm association whose POLICY (trained_models or
 * trained_model_inference_jobs) logs redact ENTITIES, with custom entities
 * CUSTOM. */
#define CR_ASSOC(POLICY, ENTITIES, CUSTOM) "{'membership_identifier': " \
	"'01234567-89ab-cdef-0123-456789abcdef', 'configured_model_algorithm_arn': " \
	"'arn:aws:cleanrooms-ml:us-east-1:123456789012:configured-model-algorithm/" \
	"01234567-89ab-cdef-0123-456789abcdef', 'name': 'assoc', 'privacy_configuration': " \
	"{'policies': {'" POLICY "': {'container_logs': [{'allowed_account_ids': " \
	"['123456789012'], 'log_redaction_configuration': {'entities_to_redact': [" ENTITIES \
	"]" CUSTOM "}}]}}}}"
#define CR_CUSTOM ", 'custom_entity_config': {'custom_data_identifiers': ['[0-9]{16}']}"
#define CR_REDACTED(POLICY) "privacy_configuration.policies." POLICY ".container_logs[0]." \
	"log_redaction_configuration.entities_to_redact"

/* A CodeConnections connection of MORE (its provider or its host) and tags
 * TAGS. */
#define CC_CONNECTION(MORE, TAGS) "{'connection_name': 'repos'" MORE ", 'tags': [" TAGS "]}"
#define CC_HOST ", 'host_arn': 'arn:aws:codeconnections:us-east-1:123456789012:host/" \
	"ghe-0123456789abcdef'"
/* A CodeStar Notifications rule of tags TAGS (a map). */
#define CSN_RULE(TAGS) "{'name': 'builds', 'detail_type': 'BASIC', 'event_type_ids': " \
	"['codebuild-project-build-state-failed'], 'resource': 'arn:aws:codebuild:us-east-1:" \
	"123456789012:project/api', 'targets': [{'target_type': 'SNS', 'target_address': " \
	"'arn:aws:sns:us-east-1:123456789012:builds'}], 'tags': {" TAGS "}}"
/* A Comprehend document classifier of input INPUT (its members), the rest
 * MORE; a flywheel of model type TYPE and task MORE. */
#define CP_CLASSIFIER(INPUT, MORE) "{'document_classifier_name': 'tickets', " \
	"'data_access_role_arn': 'arn:aws:iam::123456789012:role/Comprehend', 'language_code': " \
	"'en', 'input_data_config': {" INPUT "}" MORE "}"
#define CP_CSV "'s3_uri': 's3://tickets-1/train.csv'"
#define CP_MANIFESTS "'augmented_manifests': [{'attribute_names': ['label'], 's3_uri': " \
	"'s3://tickets-1/manifest.json'}]"
#define CP_NATIVE CP_CSV ", 'document_type': 'SEMI_STRUCTURED_DOCUMENT'"
#define CP_DOCUMENTS ", 'documents': {'s3_uri': 's3://tickets-1/docs/'}"
#define CP_OUTPUT ", 'output_data_config': {'s3_uri': 's3://tickets-1/out/'}"
#define CP_READER(MORE) ", 'document_reader_config': {'document_read_action': " \
	"'TEXTRACT_ANALYZE_DOCUMENT'" MORE "}"
#define CP_FLYWHEEL(TYPE, MORE) "{'flywheel_name': 'tickets', 'data_access_role_arn': " \
	"'arn:aws:iam::123456789012:role/Comprehend', 'data_lake_s3_uri': 's3://lake-1/', " \
	"'model_type': '" TYPE "', 'task_config': {'language_code': 'en'" MORE "}}"
/* A Compute Optimizer automation rule of type TYPE and schedule SCHEDULE,
 * the rest MORE. */
#define CO_RULE(TYPE, SCHEDULE, MORE) "{'name': 'ebs-cleanup', 'rule_type': '" TYPE "', " \
	"'recommended_action_types': ['SnapshotAndDeleteUnattachedEbsVolume'], 'schedule': " \
	"{'schedule_expression': '" SCHEDULE "', 'execution_window_in_minutes': 60}, " \
	"'status': 'Active'" MORE "}"
#define CO_ORG ", 'organization_configuration': {'rule_apply_order': 'BeforeAccountRules'}"

static const struct words_case cases[] = {
	{ "cleanroomsml.custom_entities_if_custom",
	  "awscc.cleanroomsml.configured_model_algorithm_association",
	  CR_REDACTED("trained_models"), CR_ASSOC("trained_models", "'NUMBERS'", CR_CUSTOM), NULL,
	  CR_ASSOC("trained_models", "'NUMBERS', 'CUSTOM'", CR_CUSTOM), NULL },
	{ "cleanroomsml.custom_entities_if_custom",
	  "awscc.cleanroomsml.configured_model_algorithm_association",
	  CR_REDACTED("trained_model_inference_jobs"),
	  CR_ASSOC("trained_model_inference_jobs", "'ALL_PERSONALLY_IDENTIFIABLE_INFORMATION'",
		   CR_CUSTOM), NULL,
	  CR_ASSOC("trained_model_inference_jobs", "'ALL_PERSONALLY_IDENTIFIABLE_INFORMATION'",
		   ""), NULL },
	{ "cleanroomsml.tags_at_most_50", "awscc.cleanroomsml.training_dataset", "tags",
	  CR_DATASET(TAGS50 ", " TAG("z")), NULL, CR_DATASET(TAGS50), NULL },
	{ "cleanroomsml.tag_keys_unique", "awscc.cleanroomsml.training_dataset", "tags[1].key",
	  CR_DATASET(TAG("team") ", {'key': 'team', 'value': 'b'}"), NULL,
	  CR_DATASET(TAG("team") ", {'key': 'owner', 'value': 'a'}"), NULL },
	{ "codeconnections.provider_type_or_host", "awscc.codeconnections.connection",
	  "provider_type", CC_CONNECTION("", TAG("team")), NULL,
	  CC_CONNECTION(CC_HOST, TAG("team")), NULL },
	{ "comprehend.augmented_manifests_if_format", "awscc.comprehend.document_classifier",
	  "input_data_config.augmented_manifests",
	  CP_CLASSIFIER("'data_format': 'AUGMENTED_MANIFEST', " CP_CSV, ""), NULL,
	  CP_CLASSIFIER("'data_format': 'AUGMENTED_MANIFEST', " CP_MANIFESTS, ""), NULL },
	{ "comprehend.s3_uri_if_csv", "awscc.comprehend.document_classifier",
	  "input_data_config.s3_uri",
	  CP_CLASSIFIER("'data_format': 'COMPREHEND_CSV', " CP_MANIFESTS, ""), NULL,
	  CP_CLASSIFIER("'data_format': 'COMPREHEND_CSV', " CP_CSV, ""), NULL },
	{ "comprehend.feature_types_if_analyze", "awscc.comprehend.document_classifier",
	  "input_data_config.document_reader_config.feature_types",
	  CP_CLASSIFIER(CP_NATIVE CP_DOCUMENTS CP_READER(""), CP_OUTPUT), NULL,
	  CP_CLASSIFIER(CP_NATIVE CP_DOCUMENTS CP_READER(", 'feature_types': ['TABLES']"),
			CP_OUTPUT), NULL },
	{ "comprehend.native_documents", "awscc.comprehend.document_classifier",
	  "input_data_config.documents", CP_CLASSIFIER(CP_NATIVE, CP_OUTPUT), NULL,
	  CP_CLASSIFIER(CP_NATIVE CP_DOCUMENTS, CP_OUTPUT), NULL },
	{ "comprehend.native_output", "awscc.comprehend.document_classifier",
	  "output_data_config", CP_CLASSIFIER(CP_NATIVE CP_DOCUMENTS, ""), NULL,
	  CP_CLASSIFIER(CP_NATIVE CP_DOCUMENTS, CP_OUTPUT), NULL },
	{ "comprehend.flywheel_classification_config", "awscc.comprehend.flywheel",
	  "task_config.document_classification_config", CP_FLYWHEEL("DOCUMENT_CLASSIFIER", ""),
	  NULL,
	  CP_FLYWHEEL("DOCUMENT_CLASSIFIER", ", 'document_classification_config': {'mode': "
		      "'MULTI_CLASS'}"), NULL },
	{ "comprehend.flywheel_entity_config", "awscc.comprehend.flywheel",
	  "task_config.entity_recognition_config", CP_FLYWHEEL("ENTITY_RECOGNIZER", ""), NULL,
	  CP_FLYWHEEL("ENTITY_RECOGNIZER", ", 'entity_recognition_config': {'entity_types': "
		      "[{'type': 'PERSON'}]}"), NULL },
	{ "comprehend.tags_at_most_50", "awscc.comprehend.document_classifier", "tags",
	  CP_CLASSIFIER(CP_CSV, ", 'tags': [" TAGS50 ", " TAG("z") "]"), NULL,
	  CP_CLASSIFIER(CP_CSV, ", 'tags': [" TAGS50 "]"), NULL },
	{ "comprehend.tag_keys_unique", "awscc.comprehend.flywheel", "tags[1].key",
	  "{'flywheel_name': 'f', 'data_access_role_arn': 'arn:aws:iam::123456789012:role/C', "
	  "'data_lake_s3_uri': 's3://lake-1/', 'tags': [" TAG("team") ", " TAG("team") "]}", NULL,
	  "{'flywheel_name': 'f', 'data_access_role_arn': 'arn:aws:iam::123456789012:role/C', "
	  "'data_lake_s3_uri': 's3://lake-1/', 'tags': [" TAG("team") ", " TAG("site") "]}", NULL },
	{ "computeoptimizer.organization_configuration", "awscc.computeoptimizer.automation_rule",
	  "organization_configuration", CO_RULE("OrganizationRule", "cron(30 12 * * ? *)", ""),
	  NULL, CO_RULE("OrganizationRule", "cron(30 12 * * ? *)", CO_ORG), NULL },
	{ "computeoptimizer.priority_decimal", "awscc.computeoptimizer.automation_rule",
	  "priority", CO_RULE("AccountRule", "30 12 * * *", ", 'priority': '1.5'"), NULL,
	  CO_RULE("AccountRule", "30 12 * * *", ", 'priority': '0.25'"), NULL },
	{ "computeoptimizer.priority_decimal", "awscc.computeoptimizer.automation_rule",
	  "priority", CO_RULE("AccountRule", "30 12 * * *", ", 'priority': '0." X10 X10 X10 "1'"),
	  NULL, CO_RULE("AccountRule", "30 12 * * *", ", 'priority': '1'"), NULL },
	{ "computeoptimizer.schedule_once_a_day", "awscc.computeoptimizer.automation_rule",
	  "schedule.schedule_expression", CO_RULE("AccountRule", "cron(0 */6 * * ? *)", ""), NULL,
	  CO_RULE("AccountRule", "cron(0 6 * * ? *)", ""), NULL },
	{ "computeoptimizer.update_name_length", "awscc.computeoptimizer.automation_rule", "name",
	  "{'name': '', 'rule_type': 'AccountRule', 'recommended_action_types': "
	  "['UpgradeEbsVolumeType'], 'schedule': {'schedule_expression': '0 6 * * *'}, "
	  "'status': 'Active'}",
	  CO_RULE("AccountRule", "cron(30 12 * * ? *)", ""),
	  CO_RULE("AccountRule", "cron(30 12 * * ? *)", ", 'description': 'weekly'"),
	  CO_RULE("AccountRule", "cron(30 12 * * ? *)", "") },
};

/* The written rules' refused resources and their passing twins. */
static const struct words_written_case written[] = {
	{ "awscc.codeconnections.connection",
	  CC_CONNECTION(", 'provider_type': 'GitHub'", TAG("aws:team")), "tags",
	  "AWS says a tag key \"cannot be prefixed with aws:\"",
	  CC_CONNECTION(", 'provider_type': 'GitHub'", "{'key': 'team', 'value': 'aws:a'}") },
	{ "awscc.codeguruprofiler.profiling_group",
	  "{'profiling_group_name': 'api', 'tags': [" TAG("AWS:team") "]}", "tags", "AWS says",
	  "{'profiling_group_name': 'api', 'tags': [" TAG("team") "]}" },
	{ "awscc.codestarnotifications.notification_rule", CSN_RULE("'aws:team': 'a'"),
	  "tags", "AWS says a tag key \"cannot be prefixed with aws:\"",
	  CSN_RULE("'team': 'aws:a'") },
	{ "awscc.comprehend.document_classifier",
	  CP_CLASSIFIER(CP_CSV, ", 'model_policy': '{Version: 2012-10-17}'"), "model_policy",
	  "is not JSON: AWS says",
	  CP_CLASSIFIER(CP_CSV, ", 'model_policy': '{\\\"Version\\\": \\\"2012-10-17\\\"}'") },
	{ "awscc.dsql.cluster",
	  "{'deletion_protection_enabled': true, 'tags': [" TAG("aws:team") "]}",
	  "tags", "AWS says a tag key \"cannot be prefixed with aws:\"",
	  "{'deletion_protection_enabled': true, 'tags': [" TAG("team") "]}" },
	{ "awscc.dsql.cluster", "{'policy_document': 'Allow all'}", "policy_document",
	  "is not JSON: AWS says",
	  "{'policy_document': '{\\\"Version\\\": \\\"2012-10-17\\\", \\\"Statement\\\": []}'}" },
};

static const char *const services[] = { "cleanroomsml.", "codeconnections.", "comprehend.",
					"computeoptimizer.", NULL };

/* Each row refuses its case naming the attribute, AWS's words and the
 * document; its twin passes. */
static void test_each_row_and_its_twin(void **state)
{
	(void)state;
	words_check_cases(cases, sizeof(cases) / sizeof(*cases));
}

/* The written rules refuse their cases, naming the key; each twin passes. */
static void test_written_rules(void **state)
{
	(void)state;
	words_check_written(written, sizeof(written) / sizeof(*written));
}

static void test_every_row_has_a_case(void **state)
{
	(void)state;
	words_check_every_row_has_a_case(cases, sizeof(cases) / sizeof(*cases), services,
					 "test_words_census29.c");
}

int main(void)
{
	setenv("AWS_REGION", "us-east-1", 1);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_written_rules),
		cmocka_unit_test(test_every_row_has_a_case),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
