/*
 * test_words_iotwireless.c: the words rows (AWS_SAYS, checks/words.c) of the
 * awscc types of CloudFormation's IoTWireless (iotwireless/rules.c; the
 * ledger checks/words/iotwireless.words), the census's third scope, each
 * through aws_constraints_check: a resource it refuses, whose message names
 * the attribute, quotes AWS's sentence and names its document, and its
 * passing twin; every such row has a case here.
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

#define DESTINATION(KEY) "{'name': 'rules', 'expression': 'rule1', 'expression_type': " \
	"'RuleName', 'tags': [{'key': '" KEY "', 'value': 'a'}]}"

/* Each row's refused resource and its passing twin. */
static const struct words_case cases[] = {
	{ "iotwireless.tag_keys_not_aws", "awscc.iotwireless.destination", "tags[0].key",
	  DESTINATION("aws:team"), NULL, DESTINATION("team"), NULL },
};

static const char *const services[] = { "iotwireless.", NULL };

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
					 "test_words_iotwireless.c");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
