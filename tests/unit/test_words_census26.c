/*
 * test_words_census26.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope as the twenty-sixth census helper judged them
 * (ivschat/rules.c, iottwinmaker/rules.c; the ledgers
 * checks/words/ivschat.words, iottwinmaker.words), each through
 * aws_constraints_check: a resource it refuses, whose message names the
 * attribute, quotes AWS's sentence and names its document, and its passing
 * twin; every such row has a case here. And the written rules the ledgers
 * name, each case with its twin: IVS Chat's tag keys.
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

/* An IVS Chat logging configuration of destinations DEST. */
#define IC_LOGGING(DEST) "{'name': 'chat-logs', 'destination_configuration': {" DEST "}}"
#define IC_S3 "'s3': {'bucket_name': 'chat-logs-1'}"
#define IC_LOGS "'cloudwatch_logs': {'log_group_name': '/ivs/chat'}"
/* An IoT TwinMaker sync job from SOURCE. */
#define TM_SYNC_JOB(SOURCE) "{'workspace_id': 'plant-1', 'sync_source': '" SOURCE "', " \
	"'sync_role': 'arn:aws:iam::123456789012:role/TwinMakerSync'}"

static const struct words_case cases[] = {
	{ "ivschat.one_destination", "awscc.ivschat.logging_configuration",
	  "destination_configuration.cloudwatch_logs", IC_LOGGING(IC_LOGS ", " IC_S3), NULL,
	  IC_LOGGING(IC_S3), NULL },
	{ "ivschat.one_destination", "awscc.ivschat.logging_configuration",
	  "destination_configuration.cloudwatch_logs", IC_LOGGING(""), NULL,
	  IC_LOGGING(IC_LOGS), NULL },
	{ "iottwinmaker.sync_source_sitewise", "awscc.iottwinmaker.sync_job", "sync_source",
	  TM_SYNC_JOB("KINESIS"), NULL, TM_SYNC_JOB("SITEWISE"), NULL },
};

/* The written rules' refused resources and their passing twins. */
static const struct words_written_case written[] = {
	{ "awscc.ivschat.room", "{'name': 'r', 'tags': [{'key': 'aws:team', 'value': 'a'}]}",
	  "tags", "AWS says a tag key \"cannot be prefixed with aws:\"",
	  "{'name': 'r', 'tags': [{'key': 'team', 'value': 'aws:a'}]}" },
	{ "awscc.ivschat.logging_configuration",
	  "{'destination_configuration': {" IC_S3 "}, 'tags': [{'key': 'AWS:team', 'value': 'a'}]}",
	  "tags", "AWS says",
	  "{'destination_configuration': {" IC_S3 "}, 'tags': [{'key': 'team', 'value': 'a'}]}" },
};

static const char *const services[] = { "ivschat.", "iottwinmaker.", NULL };

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
					 "test_words_census26.c");
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
