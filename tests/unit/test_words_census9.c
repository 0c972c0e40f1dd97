/*
 * test_words_census9.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope from rank 50 on, as the ninth census helper judged
 * them (customerprofiles/rules.c; the ledgers checks/words/sso-admin.words,
 * customer-profiles.words, servicecatalog-appregistry.words,
 * route53-recovery-readiness.words, signer.words), each through
 * aws_constraints_check: a resource it refuses, whose message names the
 * attribute, quotes AWS's sentence and names its document, and its passing
 * twin; every such row has a case here (a row crossing a reference has its
 * case in test_words_crossing.c: signer/rules.c's two).
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

/* An event trigger (whose registry Tag.Key has no pattern against aws:, as
 * its event stream's has) with a second tag TAG. */
#define TRIGGER(TAG) "{'domain_name': 'shop', 'event_trigger_name': 'big-order', " \
	"'object_type_name': 'orders', 'event_trigger_conditions': [{'logical_operator': " \
	"'ANY', 'event_trigger_dimensions': [{'object_attributes': [{'source': '_order.total', " \
	"'comparison_operator': 'GREATER_THAN', 'values': ['100']}]}]}], 'tags': [{'key': " \
	"'team', 'value': 'a'}, " TAG "]}"

static const struct words_case cases[] = {
	{ "customerprofiles.cfn_tag_keys_not_aws", "awscc.customerprofiles.event_trigger",
	  "tags[1].key", TRIGGER("{'key': 'aws:team', 'value': 'b'}"), NULL,
	  TRIGGER("{'key': 'owner', 'value': 'aws:b'}"), NULL },
};

static const char *const services[] = { "customerprofiles.", NULL };

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
					 "test_words_census9.c");
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
