/*
 * test_words_census25.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope as the twenty-fifth census helper judged them
 * (detective/rules.c, devopsguru/rules.c; the ledgers
 * checks/words/detective.words, devops-guru.words), each through
 * aws_constraints_check: a resource it refuses, whose message
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

/* A Detective behavior graph of one tag whose key is KEY. */
#define DT_GRAPH(KEY) "{'auto_enable_members': false, 'tags': [{'key': '" KEY "', " \
	"'value': 'v'}]}"
/* A DevOps Guru resource collection of one tag collection whose key is KEY. */
#define DG_COLLECTION(KEY) "{'resource_collection_filter': {'tags': [{'app_boundary_key': " \
	"'" KEY "', 'tag_values': ['orders']}]}}"

static const struct words_case cases[] = {
	{ "detective.graph_tag_keys_not_aws", "awscc.detective.graph", "tags[0].key",
	  DT_GRAPH("aws:team"), NULL, DT_GRAPH("acme:aws:team"), NULL },
	{ "detective.graph_tag_key_chars", "awscc.detective.graph", "tags[0].key",
	  DT_GRAPH("team#1"), NULL, DT_GRAPH("team/1 @x"), NULL },
	{ "devopsguru.app_boundary_key_prefix", "awscc.devopsguru.resource_collection",
	  "resource_collection_filter.tags[0].app_boundary_key", DG_COLLECTION("app-orders"), NULL,
	  DG_COLLECTION("DevOps-Guru-orders"), NULL },
};

static const char *const services[] = { "detective.", "devopsguru.", NULL };

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
					 "test_words_census25.c");
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
