/*
 * test_words_census13.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope of ranks 68 to 83, as the thirteenth census helper
 * judged them (frauddetector/, globalaccelerator/rules.c; the ledgers
 * checks/words/frauddetector.words, globalaccelerator.words ...), each through aws_constraints_check: a resource
 * it refuses, whose message names the attribute, quotes AWS's sentence and
 * names its document, and its passing twin; every such row has a case here
 * (a row crossing a reference has its case in test_words_crossing.c).
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

/* A Fraud Detector list with more (", 'tags': ..."). */
#define FD_LIST(MORE) "{'name': 'blocked_emails', 'elements': ['a@example.com']" MORE "}"
/* A Global Accelerator accelerator named NAME; an endpoint group checked
 * every SECONDS. */
#define GA_ACCELERATOR(NAME) "{'name': '" NAME "', 'enabled': true}"
#define GA_GROUP(SECONDS) "{'listener_arn': 'arn:aws:globalaccelerator::123456789012:" \
	"accelerator/1234abcd-abcd-1234-abcd-1234abcdefgh/listener/0123vxyz', " \
	"'endpoint_group_region': 'us-east-1', 'health_check_interval_seconds': " SECONDS "}"

static const struct words_case cases[] = {
	{ "frauddetector.cfn_tag_keys_not_aws", "awscc.frauddetector.list", "tags[0].key",
	  FD_LIST(", 'tags': [{'key': 'aws:team', 'value': 'a'}]"), NULL,
	  FD_LIST(", 'tags': [{'key': 'team', 'value': 'aws:a'}]"), NULL },
	{ "frauddetector.list_variable_type_kept", "awscc.frauddetector.list", "variable_type",
	  FD_LIST(", 'variable_type': 'IP_ADDRESS'"), FD_LIST(", 'variable_type': 'EMAIL_ADDRESS'"),
	  FD_LIST(", 'variable_type': 'EMAIL_ADDRESS'"), FD_LIST("") },
	{ "globalaccelerator.name_ends", "awscc.globalaccelerator.accelerator", "name",
	  GA_ACCELERATOR("web-"), NULL, GA_ACCELERATOR("web-1"), NULL },
	{ "globalaccelerator.health_check_interval_10_or_30",
	  "awscc.globalaccelerator.endpoint_group", "health_check_interval_seconds",
	  GA_GROUP("15"), NULL, GA_GROUP("10"), NULL },
};

static const char *const services[] = { "frauddetector.", "globalaccelerator.", NULL };

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
					 "test_words_census13.c");
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
