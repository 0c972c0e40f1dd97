/*
 * test_words_s3tables.c: the words rows (AWS_SAYS, checks/words.c) of Amazon
 * S3 Tables' awscc types (s3tables/rules.c; the ledger
 * checks/words/s3tables.words), the census's third scope, each through
 * aws_constraints_check: a resource it refuses, whose message names the
 * attribute, quotes AWS's sentence and names its document, and its passing
 * twin; every such row has a case here.
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

#define TABLE(MORE) "{'table_bucket_arn': " \
	"'arn:aws:s3tables:us-east-1:123456789012:bucket/tables1', " \
	"'namespace': 'ns', 'table_name': 't', 'open_table_format': 'ICEBERG'" MORE "}"
#define FIELDS "'schema_field_list': [{'id': 1, 'name': 'id', 'type': 'int'}, {'id': 2, " \
	"'name': 'at', 'type': 'timestamp'}]"
#define V1(MORE) ", 'iceberg_metadata': {'iceberg_schema': {" FIELDS "}" MORE "}"
#define PARTITION(ID) ", 'iceberg_partition_spec': {'fields': [{'source_id': " ID ", " \
	"'transform': 'day', 'name': 'at_day'}]}"
#define SORT(ID) ", 'iceberg_sort_order': {'fields': [{'source_id': " ID ", 'transform': " \
	"'identity', 'direction': 'asc', 'null_order': 'nulls-first'}]}"
#define V2 "'iceberg_schema_v2': {'schema_v2_field_type': 'struct', 'schema_v2_field_list': " \
	"[{'id': 1, 'name': 'id', 'type': '\\\"int\\\"', 'required': true}]}"
#define BUCKET(MORE) "{'table_bucket_name': 'tables1'" MORE "}"
#define KMS(MORE) ", 'encryption_configuration': {'sse_algorithm': 'aws:kms'" MORE "}"
#define TAG(K, V) ", 'tags': [{'key': '" K "', 'value': '" V "'}]"

/* Each row's refused resource and its passing twin. */
static const struct words_case cases[] = {
	{ "s3tables.without_metadata", "awscc.s3tables.table", "iceberg_metadata",
	  TABLE(", 'without_metadata': 'Yes'" V1("")), NULL,
	  TABLE(", 'without_metadata': 'Yes'"), NULL },
	{ "s3tables.one_schema", "awscc.s3tables.table", "iceberg_metadata.iceberg_schema",
	  TABLE(V1(", " V2)), NULL, TABLE(", 'iceberg_metadata': {" V2 "}"), NULL },
	{ "s3tables.partition_source_ids", "awscc.s3tables.table",
	  "iceberg_metadata.iceberg_partition_spec.fields[0].source_id",
	  TABLE(V1(PARTITION("3"))), NULL, TABLE(V1(PARTITION("2"))), NULL },
	{ "s3tables.sort_source_ids", "awscc.s3tables.table",
	  "iceberg_metadata.iceberg_sort_order.fields[0].source_id",
	  TABLE(V1(SORT("7"))), NULL, TABLE(V1(SORT("1"))), NULL },
	{ "s3tables.kms_key_with_kms", "awscc.s3tables.table_bucket",
	  "encryption_configuration.kms_key_arn", BUCKET(KMS("")), NULL,
	  BUCKET(KMS(", 'kms_key_arn': 'arn:aws:kms:us-east-1:123456789012:key/1'")), NULL },
	{ "s3tables.tag_key_not_aws", "awscc.s3tables.table_bucket", "tags[0].key",
	  BUCKET(TAG("aws:team", "a")), NULL, BUCKET(TAG("team", "a")), NULL },
	{ "s3tables.tag_key_chars", "awscc.s3tables.table", "tags[0].key",
	  TABLE(TAG("team#1", "a")), NULL, TABLE(TAG("team:1", "a")), NULL },
	{ "s3tables.tag_value_chars", "awscc.s3tables.table_bucket", "tags[0].value",
	  BUCKET(TAG("team", "a&b")), NULL, BUCKET(TAG("team", "a+b @c")), NULL },
};

static const char *const services[] = { "s3tables.", NULL };

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
					 "test_words_s3tables.c");
}

/* A schema field written without its id gets the one S3 Tables assigns:
 * no source id is judged against the others. */
static void test_unwritten_ids_not_judged(void **state)
{
	static const char *const passing =
		TABLE(", 'iceberg_metadata': {'iceberg_schema': {'schema_field_list': [{'id': 1, "
		      "'name': 'id', 'type': 'int'}, {'name': 'at', 'type': 'timestamp'}]}"
		      PARTITION("2") "}");
	struct strbuf err = STRBUF_INIT;

	(void)state;
	if (words_judge("awscc.s3tables.table", passing, NULL, NULL, &err))
		fail_msg("refused %s: %s", passing, err.buf);
	strbuf_release(&err);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_unwritten_ids_not_judged),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
