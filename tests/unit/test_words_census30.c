/*
 * test_words_census30.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope as the thirtieth census helper judged them
 * (directoryservice/rules.c, docdb/rules.c; the ledgers
 * checks/words/datapipeline.words, ds.words, docdb.words), each through
 * aws_constraints_check: a resource it refuses, whose message names the
 * attribute, quotes AWS's sentence and names its document, and its passing
 * twin; every such row has a case here (a row crossing a reference has its
 * case in test_words_crossing.c: ds.subnets_distinct_zones).
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
/* A DocumentDB event subscription, its MORE. */
#define DOC_SUB(MORE) "{'sns_topic_arn': 'arn:aws:sns:us-east-1:123456789012:events'" MORE "}"
/* A DocumentDB global cluster, its MORE. */
#define DOC_GLOBAL(MORE) "{'global_cluster_identifier': 'orders'" MORE "}"
#define DOC_SOURCE ", 'source_db_cluster_identifier': " \
	"'arn:aws:rds:us-east-1:123456789012:cluster:orders'"

static const struct words_case cases[] = {
	{ "ds.two_subnets", "awscc.directoryservice.simple_ad", "vpc_settings.subnet_ids",
	  DS_AD(DS_A ", " DS_B ", " DS_C, ""), NULL, DS_AD(DS_A ", " DS_B, ""), NULL },
	{ "ds.two_subnets", "awscc.directoryservice.simple_ad", "vpc_settings.subnet_ids",
	  DS_AD(DS_A, ""), NULL, DS_AD(DS_A ", " DS_B, ""), NULL },
	{ "ds.tag_keys_not_aws", "awscc.directoryservice.simple_ad", "tags[1].key",
	  DS_AD(DS_A ", " DS_B, ", 'tags': [" TAG_OF("team") ", " TAG_OF("aws:team") "]"), NULL,
	  DS_AD(DS_A ", " DS_B, ", 'tags': [" TAG_OF("team") ", " TAG_OF("team:aws:") "]"),
	  NULL },
	{ "docdb.source_ids_need_type", "awscc.docdb.event_subscription", "source_type",
	  DOC_SUB(", 'source_ids': ['orders-1']"), NULL,
	  DOC_SUB(", 'source_ids': ['orders-1'], 'source_type': 'db-instance'"), NULL },
	{ "docdb.source_type_values", "awscc.docdb.event_subscription", "source_type",
	  DOC_SUB(", 'source_type': 'db-snapshot'"), NULL,
	  DOC_SUB(", 'source_type': 'db-cluster-snapshot'"), NULL },
	{ "docdb.source_id_form", "awscc.docdb.event_subscription", "source_ids[1]",
	  DOC_SUB(", 'source_type': 'db-cluster', 'source_ids': ['orders', 'orders--2']"), NULL,
	  DOC_SUB(", 'source_type': 'db-cluster', 'source_ids': ['orders', 'orders-2']"), NULL },
	{ "docdb.subscription_name_under_255", "awscc.docdb.event_subscription",
	  "subscription_name", DOC_SUB(", 'subscription_name': '" X100 X100 "x" X10 X10 X10 X10
				       X10 "xxxx'"), NULL,
	  DOC_SUB(", 'subscription_name': '" X100 X100 X10 X10 X10 X10 X10 "xxxx'"), NULL },
	{ "docdb.global_from_source_cluster", "awscc.docdb.global_cluster", "engine_version",
	  DOC_GLOBAL(DOC_SOURCE ", 'engine_version': '5.0.0'"), NULL,
	  DOC_GLOBAL(", 'engine': 'docdb', 'engine_version': '5.0.0'"), NULL },
	{ "docdb.global_from_source_cluster", "awscc.docdb.global_cluster", "storage_encrypted",
	  DOC_GLOBAL(DOC_SOURCE ", 'storage_encrypted': true"), NULL,
	  DOC_GLOBAL(DOC_SOURCE ", 'deletion_protection': true"), NULL },
	{ "docdb.tag_key_prefixes", "awscc.docdb.global_cluster", "tags[0].key",
	  DOC_GLOBAL(", 'tags': [" TAG_OF("rds:team") "]"), NULL,
	  DOC_GLOBAL(", 'tags': [" TAG_OF("team:rds:") "]"), NULL },
};

static const char *const services[] = { "ds.", "docdb.", NULL };

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
