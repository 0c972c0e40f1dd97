/*
 * test_words_census20.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope as the twentieth census helper judged them
 * (codestarconnections/rules.c; the ledgers checks/words/chatbot.words,
 * codestar-connections.words), each through aws_constraints_check: a
 * resource it refuses, whose message names the attribute, quotes AWS's
 * sentence and names its document, and its passing twin; every such row has
 * a case here (a row crossing a reference has its case in
 * test_words_crossing.c: codestarconnections.link_same_provider_*).
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
};

static const char *const services[] = { "chatbot.", "codestarconnections.", NULL };

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
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
