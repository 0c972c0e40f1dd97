/*
 * test_words_census30.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope as the thirtieth census helper judged them
 * (directoryservice/rules.c; the ledgers checks/words/datapipeline.words,
 * ds.words), each through aws_constraints_check: a resource it refuses,
 * whose message names the attribute, quotes AWS's sentence and names its
 * document, and its passing twin; every such row has a case here (a row
 * crossing a reference has its case in test_words_crossing.c:
 * ds.subnets_distinct_zones).
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

/* A tag of key K. */
#define TAG_OF(K) "{'key': '" K "', 'value': 'v'}"
/* A Simple AD directory in subnets SUBNETS, the rest MORE. */
#define DS_AD(SUBNETS, MORE) "{'name': 'corp.example.com', 'size': 'Small', " \
	"'vpc_settings': {'vpc_id': 'vpc-0123456789abcdef0', 'subnet_ids': [" SUBNETS "]}" \
	MORE "}"
#define DS_A "'subnet-0123456789abcdef0'"
#define DS_B "'subnet-0123456789abcdef1'"
#define DS_C "'subnet-0123456789abcdef2'"

static const struct words_case cases[] = {
	{ "ds.two_subnets", "awscc.directoryservice.simple_ad", "vpc_settings.subnet_ids",
	  DS_AD(DS_A ", " DS_B ", " DS_C, ""), NULL, DS_AD(DS_A ", " DS_B, ""), NULL },
	{ "ds.two_subnets", "awscc.directoryservice.simple_ad", "vpc_settings.subnet_ids",
	  DS_AD(DS_A, ""), NULL, DS_AD(DS_A ", " DS_B, ""), NULL },
	{ "ds.tag_keys_not_aws", "awscc.directoryservice.simple_ad", "tags[1].key",
	  DS_AD(DS_A ", " DS_B, ", 'tags': [" TAG_OF("team") ", " TAG_OF("aws:team") "]"), NULL,
	  DS_AD(DS_A ", " DS_B, ", 'tags': [" TAG_OF("team") ", " TAG_OF("team:aws:") "]"),
	  NULL },
};

static const char *const services[] = { "ds.", NULL };

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
					 "test_words_census30.c");
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
