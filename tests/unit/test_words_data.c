/*
 * test_words_data.c: the words rows (AWS_SAYS, checks/words.c) of the data
 * services (DynamoDB, KMS, Secrets Manager, Kinesis, Firehose), each through
 * aws_constraints_check: a resource it refuses, whose message names the
 * attribute at fault (an element's by its index), quotes AWS's sentence and
 * names its document, and its passing twin; a create row judged only on a
 * create, an update row only on what an update changes; every such row has
 * a case here. The rows are the registry's sentences on the awscc types
 * that their schemas' keywords do not hold: a table's keys among its
 * attribute definitions, its indexes' throughput, non-key attributes and
 * local indexes, TTL's attribute name; what an update of a KMS key cannot
 * change, its policy's principals; tag keys; a secret's generated string.
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

/* An awscc DynamoDB table keyed on id (DEFS: more attribute definitions,
 * KEYS: more keys, MORE: more attributes). */
#define TABLE(DEFS, KEYS, MORE) "{'table_name': 't', 'attribute_definitions': [{'attribute_name': " \
	"'id', 'attribute_type': 'S'}" DEFS "], 'key_schema': [{'AttributeName': 'id', " \
	"'KeyType': 'HASH'}" KEYS "]" MORE "}"
/* A global and a local index keyed on KEY, projecting the non-key
 * attributes LIST. */
/* A sort key for a table with local indexes (which needs one: DynamoDB's
 * "Table KeySchema does not have a range key, which is required when
 * specifying a LocalSecondaryIndex"). */
#define SK_DEF ", {'attribute_name': 'sk', 'attribute_type': 'S'}"
#define SK_KEY ", {'AttributeName': 'sk', 'KeyType': 'RANGE'}"
#define GSI(KEY, MORE) "{'index_name': 'g', 'key_schema': [{'attribute_name': '" KEY "', " \
	"'key_type': 'HASH'}], 'projection': {'projection_type': 'ALL'}" MORE "}"
#define LSI(NAME, KEY) "{'index_name': '" NAME "', 'key_schema': [{'attribute_name': 'id', " \
	"'key_type': 'HASH'}, {'attribute_name': '" KEY "', 'key_type': 'RANGE'}], " \
	"'projection': {'projection_type': 'KEYS_ONLY'}}"
#define PROJECTED(LIST) "{'index_name': 'p', 'key_schema': [{'attribute_name': 'id', " \
	"'key_type': 'HASH'}], 'projection': {'projection_type': 'INCLUDE', " \
	"'non_key_attributes': [" LIST "]}}"
#define TEN "'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'"
#define FIFTY TEN ", " TEN ", " TEN ", " TEN ", " TEN
#define TTL(ENABLED, NAME) ", 'time_to_live_specification': {'enabled': " ENABLED NAME "}"
#define X64 "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
#define X1024 X64 X64 X64 X64 X64 X64 X64 X64 X64 X64 X64 X64 X64 X64 X64 X64
#define STREAM "arn:aws:kinesis:us-east-1:123456789012:stream/orders"
/* An awscc KMS key; a key policy of STATEMENTS. */
#define KEY(FIELDS) "{'description': 'k', " FIELDS "}"
#define POLICY(STATEMENTS) "'key_policy': {'Version': '2012-10-17', 'Statement': [" STATEMENTS "]}"
#define ROOT "{'Effect': 'Allow', 'Principal': {'AWS': 'arn:aws:iam::123456789012:root'}, " \
	"'Action': 'kms:*', 'Resource': '*'}"
#define NOBODY "{'Effect': 'Allow', 'Action': 'kms:Decrypt', 'Resource': '*'}"
/* a replica's primary, in another region than the test's provider (us-east-1) */
#define PRIMARY "arn:aws:kms:eu-west-1:123456789012:key/mrk-1234abcd12ab34cd56ef1234567890ab"
#define REPLICA(ARN, TAGS) "{" POLICY(ROOT) ", 'primary_key_arn': '" ARN "'" TAGS "}"
#define TAG(KEY) "{'key': '" KEY "', 'value': 'v'}"
#define TAGS10 TAG("t0") ", " TAG("t1") ", " TAG("t2") ", " TAG("t3") ", " TAG("t4") ", " \
	TAG("t5") ", " TAG("t6") ", " TAG("t7") ", " TAG("t8") ", " TAG("t9")
#define TAGS50 TAGS10 ", " TAGS10 ", " TAGS10 ", " TAGS10 ", " TAGS10
#define SECRET(MORE) "{'name': 'db'" MORE "}"

static const struct words_case cases[] = {
	/* DynamoDB's awscc table */
	{ "dynamodb.cfn_attribute_definitions_at_create", "awscc.dynamodb.table",
	  "attribute_definitions", "{'table_name': 't'}", NULL, TABLE("", "", ""), NULL },
	{ "dynamodb.cfn_keys_defined", "awscc.dynamodb.table", "key_schema[1].AttributeName",
	  TABLE("", ", {'AttributeName': 'at', 'KeyType': 'RANGE'}", ""), NULL,
	  TABLE(", {'attribute_name': 'at', 'attribute_type': 'N'}",
		", {'AttributeName': 'at', 'KeyType': 'RANGE'}", ""), NULL },
	{ "dynamodb.cfn_global_index_keys_defined", "awscc.dynamodb.table",
	  "global_secondary_indexes[0].key_schema[0].attribute_name",
	  TABLE("", "", ", 'global_secondary_indexes': [" GSI("email", "") "]"), NULL,
	  TABLE(", {'attribute_name': 'email', 'attribute_type': 'S'}", "",
		", 'global_secondary_indexes': [" GSI("email", "") "]"), NULL },
	{ "dynamodb.cfn_local_index_keys_defined", "awscc.dynamodb.table",
	  "local_secondary_indexes[0].key_schema[1].attribute_name",
	  TABLE(SK_DEF, SK_KEY, ", 'local_secondary_indexes': [" LSI("l", "at") "]"), NULL,
	  TABLE(", {'attribute_name': 'at', 'attribute_type': 'N'}" SK_DEF, SK_KEY,
		", 'local_secondary_indexes': [" LSI("l", "at") "]"), NULL },
	{ "dynamodb.cfn_global_index_throughput_by_mode", "awscc.dynamodb.table",
	  "global_secondary_indexes[1].provisioned_throughput",
	  TABLE("", "", ", 'billing_mode': 'PROVISIONED', 'provisioned_throughput': "
		"{'read_capacity_units': 1, 'write_capacity_units': 1}, 'global_secondary_indexes': ["
		GSI("id", ", 'provisioned_throughput': {'read_capacity_units': 1, "
			  "'write_capacity_units': 1}") ", " GSI("id", "") "]"), NULL,
	  TABLE("", "", ", 'billing_mode': 'PAY_PER_REQUEST', 'global_secondary_indexes': ["
		GSI("id", "") "]"), NULL },
	{ "dynamodb.cfn_on_demand_read_or_write", "awscc.dynamodb.table",
	  "on_demand_throughput.max_read_request_units",
	  TABLE("", "", ", 'on_demand_throughput': {}"), NULL,
	  TABLE("", "", ", 'on_demand_throughput': {'max_write_request_units': 10}"), NULL },
	{ "dynamodb.cfn_global_index_on_demand_read_or_write", "awscc.dynamodb.table",
	  "global_secondary_indexes[0].on_demand_throughput.max_read_request_units",
	  TABLE("", "", ", 'global_secondary_indexes': [" GSI("id", ", 'on_demand_throughput': {}")
		"]"), NULL,
	  TABLE("", "", ", 'global_secondary_indexes': [" GSI("id", ", 'on_demand_throughput': "
							 "{'max_read_request_units': 4}") "]"), NULL },
	{ "dynamodb.cfn_global_index_warm_read_or_write", "awscc.dynamodb.table",
	  "global_secondary_indexes[0].warm_throughput.read_units_per_second",
	  TABLE("", "", ", 'global_secondary_indexes': [" GSI("id", ", 'warm_throughput': {}") "]"),
	  NULL,
	  TABLE("", "", ", 'global_secondary_indexes': [" GSI("id", ", 'warm_throughput': "
							 "{'write_units_per_second': 4}") "]"), NULL },
	{ "dynamodb.cfn_non_key_attributes_100", "awscc.dynamodb.table",
	  "global_secondary_indexes[].projection.non_key_attributes",
	  TABLE(SK_DEF, SK_KEY, ", 'global_secondary_indexes': [" PROJECTED(FIFTY) ", "
		PROJECTED(FIFTY) "], 'local_secondary_indexes': [" PROJECTED("'z'") "]"), NULL,
	  TABLE("", "", ", 'global_secondary_indexes': [" PROJECTED(FIFTY) ", " PROJECTED(FIFTY) "]"),
	  NULL },
	{ "dynamodb.cfn_tag_keys_not_aws", "awscc.dynamodb.table", "tags[1].key",
	  TABLE("", "", ", 'tags': [" TAG("team") ", " TAG("aws:team") "]"), NULL,
	  TABLE("", "", ", 'tags': [" TAG("team") ", " TAG("team:aws") "]"), NULL },
	{ "dynamodb.cfn_ttl_name_while_enabled", "awscc.dynamodb.table",
	  "time_to_live_specification.attribute_name", TABLE("", "", TTL("true", "")), NULL,
	  TABLE("", "", TTL("true", ", 'attribute_name': 'expires'")), NULL },
	{ "dynamodb.cfn_ttl_rename_after_disabling", "awscc.dynamodb.table",
	  "time_to_live_specification.attribute_name",
	  TABLE("", "", TTL("true", ", 'attribute_name': 'gone'")),
	  TABLE("", "", TTL("true", ", 'attribute_name': 'expires'")),
	  TABLE("", "", TTL("true", ", 'attribute_name': 'gone'")),
	  TABLE("", "", TTL("false", ", 'attribute_name': 'expires'")) },
	{ "dynamodb.cfn_local_index_only_at_create", "awscc.dynamodb.table",
	  "local_secondary_indexes[1].index_name",
	  TABLE(", {'attribute_name': 'at', 'attribute_type': 'N'}" SK_DEF, SK_KEY,
		", 'local_secondary_indexes': [" LSI("l1", "at") ", " LSI("l2", "at") "]"),
	  TABLE(", {'attribute_name': 'at', 'attribute_type': 'N'}" SK_DEF, SK_KEY,
		", 'local_secondary_indexes': [" LSI("l1", "at") "]"),
	  TABLE(", {'attribute_name': 'at', 'attribute_type': 'N'}" SK_DEF, SK_KEY,
		", 'local_secondary_indexes': [" LSI("l2", "at") "]"),
	  TABLE(", {'attribute_name': 'at', 'attribute_type': 'N'}" SK_DEF, SK_KEY,
		", 'local_secondary_indexes': [" LSI("l1", "at") ", " LSI("l2", "at") "]") },
	{ "dynamodb.cfn_kinesis_stream_arn_at_most_1024", "awscc.dynamodb.table",
	  "kinesis_stream_specification.stream_arn",
	  TABLE("", "", ", 'kinesis_stream_specification': {'stream_arn': '" X1024 "x'}"), NULL,
	  TABLE("", "", ", 'kinesis_stream_specification': {'stream_arn': '" X1024 "'}"), NULL },
	{ "dynamodb.cfn_kinesis_stream_arn_at_least_37", "awscc.dynamodb.table",
	  "kinesis_stream_specification.stream_arn",
	  TABLE("", "", ", 'kinesis_stream_specification': {'stream_arn': 'arn:aws:kinesis:orders'}"),
	  NULL, TABLE("", "", ", 'kinesis_stream_specification': {'stream_arn': '" STREAM "'}"),
	  NULL },
	{ "dynamodb.cfn_import_formats", "awscc.dynamodb.table",
	  "import_source_specification.input_format",
	  TABLE("", "", ", 'import_source_specification': {'input_format': 'PARQUET', "
		"'s3_bucket_source': {'s3_bucket': 'b'}}"), NULL,
	  TABLE("", "", ", 'import_source_specification': {'input_format': 'DYNAMODB_JSON', "
		"'s3_bucket_source': {'s3_bucket': 'b'}}"), NULL },
	/* KMS: the written key's, then the awscc types' */
	{ "kms.rotation_symmetric_only", "aws.kms.key", "customer_master_key_spec",
	  "{'enable_key_rotation': true, 'customer_master_key_spec': 'RSA_2048', 'key_usage': "
	  "'SIGN_VERIFY'}", NULL,
	  "{'enable_key_rotation': true, 'customer_master_key_spec': 'SYMMETRIC_DEFAULT'}", NULL },
	{ "kms.cfn_rotation_symmetric_only", "awscc.kms.key", "key_spec",
	  KEY("'enable_key_rotation': true, 'key_spec': 'ECC_NIST_P256', 'key_usage': 'SIGN_VERIFY'"),
	  NULL, KEY("'enable_key_rotation': true"), NULL },
	{ "kms.cfn_rotation_symmetric_only", "awscc.kms.key", "origin",
	  KEY("'enable_key_rotation': true, 'origin': 'EXTERNAL'"), NULL,
	  KEY("'enable_key_rotation': false, 'origin': 'EXTERNAL'"), NULL },
	{ "kms.cfn_key_usage_unchanged", "awscc.kms.key", "key_usage",
	  KEY("'key_spec': 'RSA_2048', 'key_usage': 'SIGN_VERIFY'"),
	  KEY("'key_spec': 'RSA_2048', 'key_usage': 'ENCRYPT_DECRYPT'"),
	  KEY("'key_spec': 'RSA_2048', 'key_usage': 'SIGN_VERIFY'"),
	  KEY("'key_spec': 'RSA_2048', 'key_usage': 'SIGN_VERIFY'") },
	{ "kms.tag_keys_unique", "awscc.kms.key", "tags[1].key",
	  KEY("'tags': [{'key': 'team', 'value': 'a'}, {'key': 'team', 'value': 'b'}]"), NULL,
	  KEY("'tags': [{'key': 'team', 'value': 'a'}, {'key': 'Team', 'value': 'b'}]"), NULL },
	{ "kms.tag_keys_unique", "awscc.kms.replica_key", "tags[1].key",
	  REPLICA(PRIMARY, ", 'tags': [" TAG("team") ", " TAG("team") "]"), NULL,
	  REPLICA(PRIMARY, ", 'tags': [" TAG("team") "]"), NULL },
	{ "kms.replica_other_region", "awscc.kms.replica_key", "primary_key_arn",
	  REPLICA("arn:aws:kms:us-east-1:123456789012:key/mrk-1234abcd12ab34cd56ef1234567890ab", ""),
	  NULL, REPLICA(PRIMARY, ""), NULL },
	{ "kms.cfn_multi_region_unchanged", "awscc.kms.key", "multi_region",
	  KEY("'multi_region': true"), KEY("'multi_region': false"), KEY("'multi_region': false"),
	  KEY("'multi_region': false") },
	{ "kms.cfn_origin_unchanged", "awscc.kms.key", "origin", KEY("'origin': 'EXTERNAL'"),
	  KEY("'origin': 'AWS_KMS'"), KEY("'origin': 'EXTERNAL'"), NULL },
	{ "kms.cfn_key_spec_unchanged", "awscc.kms.key", "key_spec",
	  KEY("'key_spec': 'RSA_4096', 'key_usage': 'SIGN_VERIFY'"),
	  KEY("'key_spec': 'RSA_2048', 'key_usage': 'SIGN_VERIFY'"),
	  KEY("'key_spec': 'RSA_4096', 'key_usage': 'SIGN_VERIFY'"),
	  KEY("'key_spec': 'RSA_4096', 'key_usage': 'SIGN_VERIFY', 'description': 'old'") },
	{ "kms.cfn_ml_dsa_not_external", "awscc.kms.key", "origin",
	  KEY("'key_spec': 'ML_DSA_65', 'key_usage': 'SIGN_VERIFY', 'origin': 'EXTERNAL'"), NULL,
	  KEY("'key_spec': 'ML_DSA_65', 'key_usage': 'SIGN_VERIFY', 'origin': 'AWS_KMS'"), NULL },
	{ "kms.cfn_key_policy_principals", "awscc.kms.key", "key_policy.Statement[1].Principal",
	  KEY(POLICY(ROOT ", " NOBODY)), NULL, KEY(POLICY(ROOT ", " ROOT)), NULL },
	{ "kms.cfn_key_tag_keys_not_aws", "awscc.kms.key", "tags[0].key",
	  KEY("'tags': [" TAG("aws:cost") "]"), NULL, KEY("'tags': [" TAG("cost") "]"), NULL },
	{ "kms.cfn_replica_tag_keys_not_aws", "awscc.kms.replica_key", "tags[0].key",
	  REPLICA(PRIMARY, ", 'tags': [" TAG("aws:x") "]"), NULL,
	  REPLICA(PRIMARY, ", 'tags': [" TAG("x") "]"), NULL },
	{ "kms.cfn_replica_primary_by_arn", "awscc.kms.replica_key", "primary_key_arn",
	  REPLICA("alias/primary", ""), NULL, REPLICA(PRIMARY, ""), NULL },
	{ "kms.cfn_alias_not_aws", "awscc.kms.alias", "alias_name",
	  "{'alias_name': 'alias/aws/orders', 'target_key_id': 'k'}", NULL,
	  "{'alias_name': 'alias/orders/aws', 'target_key_id': 'k'}", NULL },
	/* Secrets Manager's awscc secret */
	{ "secretsmanager.cfn_generate_key_needs_template", "awscc.secretsmanager.secret",
	  "generate_secret_string.secret_string_template",
	  SECRET(", 'generate_secret_string': {'generate_string_key': 'password'}"), NULL,
	  SECRET(", 'generate_secret_string': {'generate_string_key': 'password', "
		 "'secret_string_template': '{}'}"), NULL },
	{ "secretsmanager.cfn_tag_keys_not_aws", "awscc.secretsmanager.secret", "tags[0].key",
	  SECRET(", 'tags': [" TAG("aws:owner") "]"), NULL, SECRET(", 'tags': [" TAG("owner") "]"),
	  NULL },
	{ "secretsmanager.cfn_tags_at_most_50", "awscc.secretsmanager.secret", "tags",
	  SECRET(", 'tags': [" TAGS50 ", " TAG("one-more") "]"), NULL,
	  SECRET(", 'tags': [" TAGS50 "]"), NULL },
	{ "secretsmanager.rotation_days_or_schedule", "awscc.secretsmanager.rotation_schedule",
	  "rotation_rules.schedule_expression",
	  "{'secret_id': 's', 'rotation_rules': {'automatically_after_days': 30, "
	  "'schedule_expression': 'rate(30 days)'}}", NULL,
	  "{'secret_id': 's', 'rotation_rules': {'schedule_expression': 'rate(30 days)'}}",
	  NULL },
	/* Kinesis's awscc stream */
	{ "kinesis.cfn_warm_throughput_on_demand", "awscc.kinesis.stream",
	  "stream_mode_details.stream_mode",
	  "{'name': 's', 'warm_throughput_mi_bps': 10, 'stream_mode_details': {'stream_mode': "
	  "'PROVISIONED'}}", NULL,
	  "{'name': 's', 'warm_throughput_mi_bps': 10, 'stream_mode_details': {'stream_mode': "
	  "'ON_DEMAND'}}", NULL },
	/* helper wordsv: an alias's key of the provider's region (us-east-1
	 * here: main), the API's enums on the awscc table. */
	{ "kms.alias_key_in_region", "aws.kms.alias", "target_key_id",
	  "{'name': 'alias/lake', 'target_key_id': 'arn:aws:kms:eu-west-1:123456789012:key/k'}",
	  NULL, "{'name': 'alias/lake', 'target_key_id': '${key.key_id}'}", NULL },
	{ "kms.cfn_alias_key_in_region", "awscc.kms.alias", "target_key_id",
	  "{'alias_name': 'alias/lake', 'target_key_id': "
	  "'arn:aws:kms:eu-west-1:123456789012:key/k'}", NULL,
	  "{'alias_name': 'alias/lake', 'target_key_id': "
	  "'arn:aws:kms:us-east-1:123456789012:key/k'}", NULL },
	{ "dynamodb.cfn_stream_view_types", "awscc.dynamodb.table",
	  "stream_specification.stream_view_type",
	  TABLE("", "", ", 'stream_specification': {'stream_view_type': 'NEW_AND_OLD'}"), NULL,
	  TABLE("", "", ", 'stream_specification': {'stream_view_type': 'NEW_AND_OLD_IMAGES'}"),
	  NULL },
	{ "dynamodb.cfn_billing_modes", "awscc.dynamodb.table", "billing_mode",
	  TABLE("", "", ", 'billing_mode': 'ON_DEMAND'"), NULL,
	  TABLE("", "", ", 'billing_mode': 'PAY_PER_REQUEST'"), NULL },
};

/* The services whose words rows are held here (their ids' prefixes). */
static const char *const services[] = { "dynamodb.", "kms.", "secretsmanager.", "kinesis.",
					"firehose.", NULL };

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
					 "test_words_data.c");
}

/* A create row is not judged on an object that exists; an update row is
 * not judged on a create, nor on an update that leaves its attribute as
 * the object has it (a value the stack leaves out changes nothing). */
static void test_judged_on_its_call(void **state)
{
	struct strbuf err = STRBUF_INIT;

	(void)state;
	assert_int_equal(words_judge("awscc.dynamodb.table", "{'table_name': 't'}", TABLE("", "", ""), NULL,
			       &err), 0);
	assert_int_equal(words_judge("awscc.kms.key", KEY("'key_usage': 'SIGN_VERIFY'"), NULL, NULL, &err),
			 0);
	assert_int_equal(words_judge("awscc.kms.key", KEY("'description': 'new'"),
			       KEY("'key_usage': 'SIGN_VERIFY', 'multi_region': true"), NULL, &err), 0);
	assert_int_equal(words_judge("awscc.dynamodb.table",
			       TABLE(", {'attribute_name': 'at', 'attribute_type': 'N'}" SK_DEF, SK_KEY,
				     ", 'local_secondary_indexes': [" LSI("l1", "at") "]"),
			       NULL, NULL, &err), 0);
	if (err.len)
		fail_msg("%s", err.buf);
	strbuf_release(&err);
}

/* The table's key schema in snake_case, as terrace takes it too: a key
 * not among the attribute definitions is refused there as well. */
static void test_snake_case_key_schema(void **state)
{
	struct strbuf err = STRBUF_INIT;
	const char *attr = NULL;

	(void)state;
	assert_int_equal(words_judge("awscc.dynamodb.table", "{'table_name': 't', 'attribute_definitions': "
			       "[{'attribute_name': 'id', 'attribute_type': 'S'}], 'key_schema': [{"
			       "'attribute_name': 'id', 'key_type': 'HASH'}, {'attribute_name': 'at', "
			       "'key_type': 'RANGE'}]}", NULL, &attr, &err), -1);
	assert_string_equal(attr, "key_schema[1].attribute_name");
	strbuf_reset(&err);
	assert_int_equal(words_judge("awscc.dynamodb.table", "{'table_name': 't', 'attribute_definitions': "
			       "[{'attribute_name': 'id', 'attribute_type': 'S'}], 'key_schema': [{"
			       "'attribute_name': 'id', 'key_type': 'HASH'}]}", NULL, NULL, &err), 0);
	if (err.len)
		fail_msg("%s", err.buf);
	strbuf_release(&err);
}

/* An index's provisioned throughput is refused on an on-demand table (the
 * other half of its row), left alone when the mode is left out. */
static void test_index_throughput_on_demand(void **state)
{
	struct strbuf err = STRBUF_INIT;
	const char *attr = NULL;

	(void)state;
	assert_int_equal(words_judge("awscc.dynamodb.table",
			       TABLE("", "", ", 'billing_mode': 'PAY_PER_REQUEST', "
				     "'global_secondary_indexes': [" GSI("id", "") ", "
				     GSI("id", ", 'provisioned_throughput': {'read_capacity_units': 1, "
					       "'write_capacity_units': 1}") "]"), NULL, &attr, &err), -1);
	assert_string_equal(attr, "global_secondary_indexes[1].provisioned_throughput");
	assert_non_null(strstr(err.buf, "must not be set when billing_mode is \"PAY_PER_REQUEST\""));
	strbuf_reset(&err);
	assert_int_equal(words_judge("awscc.dynamodb.table",
			       TABLE("", "", ", 'global_secondary_indexes': [" GSI("id", ", "
				     "'provisioned_throughput': {'read_capacity_units': 1, "
				     "'write_capacity_units': 1}") ", " GSI("id", "") "]"), NULL, NULL,
			       &err), 0);
	if (err.len)
		fail_msg("%s", err.buf);
	strbuf_release(&err);
}

/* TTL's attribute name is required while TTL is on before the update too:
 * turning it off without the name is refused; without TTL's block, or
 * turning it off with the name, passes. */
static void test_ttl_name_while_enabled_before(void **state)
{
	struct strbuf err = STRBUF_INIT;
	const char *attr = NULL;

	(void)state;
	assert_int_equal(words_judge("awscc.dynamodb.table", TABLE("", "", TTL("false", "")),
			       TABLE("", "", TTL("true", ", 'attribute_name': 'expires'")), &attr,
			       &err), -1);
	assert_string_equal(attr, "time_to_live_specification.attribute_name");
	assert_non_null(strstr(err.buf, "when time_to_live_specification is set and "));
	strbuf_reset(&err);
	assert_int_equal(words_judge("awscc.dynamodb.table", TABLE("", "", TTL("false", "")),
			       TABLE("", "", TTL("false", ", 'attribute_name': 'expires'")), NULL,
			       &err), 0);
	assert_int_equal(words_judge("awscc.dynamodb.table", TABLE("", "", ""),
			       TABLE("", "", TTL("true", ", 'attribute_name': 'expires'")), NULL,
			       &err), 0);
	assert_int_equal(words_judge("awscc.dynamodb.table",
			       TABLE("", "", TTL("false", ", 'attribute_name': 'expires'")),
			       TABLE("", "", TTL("true", ", 'attribute_name': 'expires'")), NULL,
			       &err), 0);
	if (err.len)
		fail_msg("%s", err.buf);
	strbuf_release(&err);
}

/* What is not known yet passes: a key, an index, a tag, a policy's
 * statement written through a variable. */
static void test_unknown_passes(void **state)
{
	struct strbuf err = STRBUF_INIT;

	(void)state;
	assert_int_equal(words_judge("awscc.dynamodb.table",
			       TABLE("", ", {'AttributeName': '${var.range}', 'KeyType': 'RANGE'}", ""),
			       NULL, NULL, &err), 0);
	assert_int_equal(words_judge("awscc.dynamodb.table",
			       TABLE("", "", ", 'billing_mode': 'PROVISIONED', 'provisioned_throughput': "
				     "{'read_capacity_units': 1, 'write_capacity_units': 1}, "
				     "'global_secondary_indexes': ['${local.index}']"), NULL, NULL, &err),
			 0);
	assert_int_equal(words_judge("awscc.kms.key", KEY("'tags': [{'key': '${var.k}', 'value': 'v'}]"),
			       NULL, NULL, &err), 0);
	assert_int_equal(words_judge("awscc.kms.key", KEY(POLICY(ROOT ", '${local.statement}'")), NULL,
			       NULL, &err), 0);
	if (err.len)
		fail_msg("%s", err.buf);
	strbuf_release(&err);
}

/* A rotation's window within its schedule and its UTC day (the written
 * rule rule_secret_rotation_window, helper wordsv). */
#define ROTATION(DURATION, SCHEDULE) "{'secret_id': 's', 'rotation_rules': {'duration': '" \
	DURATION "', 'schedule_expression': '" SCHEDULE "'}}"
/* A Kinesis resource policy's statements (PutResourcePolicy Policy): each
 * with its principal and its actions; one not known yet passes. */
static void test_kinesis_policy_statements(void **state)
{
	static const struct { const char *doc, *why; } cases[] = {
		{ "{'Statement': [{'Effect': 'Allow', 'Action': 'kinesis:GetRecords', 'Resource': '*'}]}",
		  "Statement[0] names no principal" },
		{ "{'Statement': {'Effect': 'Allow', 'Principal': {'AWS': '123456789012'}}}",
		  "Statement[0] names no actions" },
		{ "{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": \"1\"}, "
		  "\"Action\": \"kinesis:GetRecords\"}, {\"Effect\": \"Deny\", \"NotAction\": "
		  "\"kinesis:*\"}]}", "Statement[1] names no principal" },
		{ "{'Statement': [{'Effect': 'Allow', 'Principal': {'AWS': '123456789012'}, "
		  "'Action': 'kinesis:GetRecords', 'Resource': '*'}]}", NULL },
		{ "{'Statement': [{'Effect': 'Allow', 'Principal': '${var.who}', "
		  "'Action': 'kinesis:GetRecords'}]}", NULL },
	};
	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct strbuf err = STRBUF_INIT;
		const char *attr = NULL;
		json_t *r = json_object();
		json_t *doc = cases[i].doc[1] == '\'' ? js(cases[i].doc) : json_string(cases[i].doc);
		int rc;

		json_object_set_new(r, "resource_arn", json_string("arn:aws:kinesis:us-east-1:"
								"123456789012:stream/s"));
		json_object_set_new(r, "resource_policy", doc);
		rc = aws_constraints_check("awscc.kinesis.resource_policy", r, NULL, NULL, &attr, &err);
		if (cases[i].why ? rc != -1 || !strstr(err.buf, cases[i].why) ||
					   !strstr(err.buf, "AWS says \"It must include the identity")
				 : rc != 0)
			fail_msg("case %zu: got %d \"%s\"", i, rc, err.buf);
		json_decref(r);
		strbuf_release(&err);
	}
}

static void test_rotation_window(void **state)
{
	static const struct { const char *rules, *why; } cases[] = {
		{ ROTATION("5h", "rate(4 hours)"), "a window of 5 hours where one opens every 4" },
		{ ROTATION("4h", "rate(4 hours)"), NULL },
		{ ROTATION("3h", "cron(0 22 * * ? *)"), "opening at 22:00 UTC runs into the next UTC day" },
		{ ROTATION("2h", "cron(0 22 * * ? *)"), NULL },
		{ ROTATION("3h", "cron(30 8,10 ? * MON *)"),
		  "opening at 08:30 UTC runs into the next rotation window" },
		{ ROTATION("2h", "cron(30 8,10 ? * MON *)"), NULL },
		{ ROTATION("6h", "cron(0 0/4 * * ? *)"), NULL },   /* a step: not judged */
		{ ROTATION("30h", "rate(10 days)"), NULL },       /* days: not judged */
		{ ROTATION("${var.window}", "rate(1 hour)"), NULL },
	};
	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct strbuf err = STRBUF_INIT;
		const char *attr = NULL;
		json_t *r = js(cases[i].rules);
		int rc = aws_constraints_check("awscc.secretsmanager.rotation_schedule", r, NULL, NULL,
					       &attr, &err);
		if (cases[i].why ? rc != -1 || strcmp(attr, "rotation_rules") ||
					   !strstr(err.buf, cases[i].why)
				 : rc != 0)
			fail_msg("%s: got %d at %s \"%s\"", cases[i].rules, rc, attr ? attr : "-",
				 err.buf);
		json_decref(r);
		strbuf_release(&err);
	}
}

int main(void)
{
	/* the provider's region where a stack names none (aws_provider_region):
	 * the region's rows judge by it (helper wordsv) */
	setenv("AWS_REGION", "us-east-1", 1);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_judged_on_its_call),
		cmocka_unit_test(test_snake_case_key_schema),
		cmocka_unit_test(test_index_throughput_on_demand),
		cmocka_unit_test(test_ttl_name_while_enabled_before),
		cmocka_unit_test(test_unknown_passes),
		cmocka_unit_test(test_kinesis_policy_statements),
		cmocka_unit_test(test_rotation_window),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
