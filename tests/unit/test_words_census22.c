/*
 * test_words_census22.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope as the twenty-second census helper judged them
 * (rolesanywhere/rules.c; the ledger checks/words/rolesanywhere.words), each
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

/* A Roles Anywhere trust anchor of a certificate bundle whose notification
 * settings are SETTINGS. */
#define RA_ANCHOR(SETTINGS) "{'name': 'ta', 'source': {'source_type': 'CERTIFICATE_BUNDLE', " \
	"'source_data': {'x509_certificate_data': 'pem'}}, 'notification_settings': [" SETTINGS "]}"
#define RA_EXPIRY(ENABLED, MORE) "{'enabled': " ENABLED ", 'event': 'CA_CERTIFICATE_EXPIRY'" MORE "}"

static const struct words_case cases[] = {
	{ "rolesanywhere.enabled_notification_threshold", "awscc.rolesanywhere.trust_anchor",
	  "notification_settings[1].threshold",
	  RA_ANCHOR(RA_EXPIRY("false", "") ", " RA_EXPIRY("true", ", 'channel': 'ALL'")), NULL,
	  RA_ANCHOR(RA_EXPIRY("false", "") ", " RA_EXPIRY("true", ", 'threshold': 45")), NULL },
};

static const char *const services[] = { "rolesanywhere.", NULL };

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
					 "test_words_census22.c");
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
