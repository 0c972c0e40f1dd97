/*
 * test_words_census27.c: the rules of the census's third scope as the
 * twenty-seventh census helper judged them (rtbfabric/rules.c; the ledger
 * checks/words/rtbfabric.words): the written rules the ledgers name, each
 * case with its twin: RTB Fabric's tag keys.
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

/* An RTB Fabric requester gateway of tags TAGS. */
#define RF_REQUESTER(TAGS) "{'vpc_id': 'vpc-0123456789abcdef0', 'subnet_ids': " \
	"['subnet-0123456789abcdef0'], 'security_group_ids': ['sg-0123456789abcdef0'], " \
	"'tags': [" TAGS "]}"
/* An RTB Fabric link of tags TAGS. */
#define RF_LINK(TAGS) "{'gateway_id': 'rtb-gw-0123456789', 'peer_gateway_id': " \
	"'rtb-gw-9876543210', 'link_log_settings': {'application_logs': {'link_application_" \
	"log_sampling': {'error_log': 10, 'filter_log': 10}}}, 'tags': [" TAGS "]}"

/* The written rules' refused resources and their passing twins. */
static const struct words_written_case written[] = {
	{ "awscc.rtbfabric.requester_gateway", RF_REQUESTER("{'key': 'aws:team', 'value': 'a'}"),
	  "tags", "AWS says a tag key \"cannot be prefixed with aws:\"",
	  RF_REQUESTER("{'key': 'team', 'value': 'aws:a'}") },
	{ "awscc.rtbfabric.link", RF_LINK("{'key': 'AWS:team', 'value': 'a'}"), "tags", "AWS says",
	  RF_LINK("{'key': 'team:aws', 'value': 'a'}") },
};

/* The written rules refuse their cases, naming the key; each twin passes. */
static void test_written_rules(void **state)
{
	(void)state;
	words_check_written(written, sizeof(written) / sizeof(*written));
}

int main(void)
{
	setenv("AWS_REGION", "us-east-1", 1);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_written_rules),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
