/*
 * test_words_census11.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope as the eleventh census helper judged them (the
 * data-pipeline services: emr/rules.c; the ledgers checks/words/emr.words
 * ...), each through aws_constraints_check: a resource it refuses, whose
 * message names the attribute, quotes AWS's sentence and names its
 * document, and its passing twin; every such row has a case here (a row
 * crossing a reference has its case in test_words_crossing.c: emr/rules.c's
 * three of a Studio's VPC).
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

/* An EMR Studio whose subnets are SUBNETS (a JSON list's items). */
#define STUDIO(SUBNETS) "{'name': 'lab', 'auth_mode': 'IAM', 'vpc_id': 'vpc-0a1b2c3d', " \
	"'subnet_ids': [" SUBNETS "], 'engine_security_group_id': 'sg-1', " \
	"'workspace_security_group_id': 'sg-2', 'service_role': " \
	"'arn:aws:iam::123456789012:role/studio', 'default_s3_location': 's3://lab/studio'}"
#define SUBNETS_5 "'subnet-0a000001', 'subnet-0a000002', 'subnet-0a000003', " \
	"'subnet-0a000004', 'subnet-0a000005'"
/* A WAL workspace with a second tag TAG. */
#define WAL(TAG) "{'wal_workspace_name': 'orders', 'tags': [{'key': 'team', 'value': 'a'}, " \
	TAG "]}"

static const struct words_case cases[] = {
	{ "emr.studio_five_subnets", "awscc.emr.studio", "subnet_ids",
	  STUDIO(SUBNETS_5 ", 'subnet-0a000006'"), NULL, STUDIO(SUBNETS_5), NULL },
	{ "emr.studio_subnets_kept", "awscc.emr.studio", "subnet_ids[0]",
	  STUDIO("'subnet-0a000002'"), STUDIO("'subnet-0a000001'"),
	  STUDIO("'subnet-0a000001', 'subnet-0a000002'"), STUDIO("'subnet-0a000001'") },
	{ "emr.cfn_wal_tag_keys_not_aws", "awscc.emr.wal_workspace", "tags[1].key",
	  WAL("{'key': 'aws:team', 'value': 'b'}"), NULL,
	  WAL("{'key': 'owner', 'value': 'aws:b'}"), NULL },
	/* the first of the tags as well as a later one */
	{ "emr.cfn_wal_tag_keys_not_aws", "awscc.emr.wal_workspace", "tags[0].key",
	  "{'wal_workspace_name': 'orders', 'tags': [{'key': 'aws:cost', 'value': 'a'}]}", NULL,
	  "{'wal_workspace_name': 'orders', 'tags': [{'key': 'cost', 'value': 'a'}]}", NULL },
};

static const char *const services[] = { "emr.", NULL };

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
					 "test_words_census11.c");
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
