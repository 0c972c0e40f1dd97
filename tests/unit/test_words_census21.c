/*
 * test_words_census21.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope as the twenty-first census helper judged them
 * (identitystore/rules.c; the ledger checks/words/identitystore.words),
 * each through aws_constraints_check: a resource it refuses, whose message
 * names the attribute, quotes AWS's sentence and names its document, and
 * its passing twin; every such row has a case here.
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

/* An Identity Store group named NAME. */
#define IS_GROUP(NAME) "{'identity_store_id': 'd-1234567890', 'display_name': '" NAME "'}"

static const struct words_case cases[] = {
	{ "identitystore.group_name_not_reserved", "awscc.identitystore.group", "display_name",
	  IS_GROUP("AWSAdministrators"), NULL, IS_GROUP("Administrators of billing"), NULL },
};

static const char *const services[] = { "identitystore.", NULL };

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
					 "test_words_census21.c");
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
