/*
 * s3tables/rules.c: Amazon S3 Tables' (table buckets, namespaces, tables and
 * their policies) rows of the one table of checks (checks/row.h) on the
 * awscc types of a service terrace's own code does not call (its objects are
 * made through Cloud Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE). Its ledger:
 * checks/words/s3tables.words.
 */
#include "provider/aws/checks/rules.h"

#define ST "s3tables "
#define TABLE_CFN "CloudFormation registry: AWS::S3Tables::Table "
#define META "iceberg_metadata."
/* the ASCII marks a tag's key or value does not take: of those the
 * registry's sentence leaves out, ':' is not here, which AWS's tagging rules
 * take (and its own "aws:" prefix holds); a letter or a number of any script
 * passes */
#define TAG_MARKS "[]!\"#$%&'()*,;<>?[\\^`{|}~]"
#define SOURCE_ID "This must reference a valid field ID from the table schema."

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_s3tables[] = {
	/* a table's metadata */
	AWS_SAYS("s3tables.without_metadata", "awscc.s3tables.table", AWS_CALL_ANY,
		 WHEN(SET("without_metadata")), THEN(UNSET("iceberg_metadata")),
		 "This property is mutually exclusive to 'IcebergMetadata', and its only possible "
		 "value is 'Yes'.", TABLE_CFN "WithoutMetadata"),
	AWS_SAYS("s3tables.one_schema", "awscc.s3tables.table", AWS_CALL_ANY,
		 WHEN(SET("iceberg_metadata")),
		 THEN(EXACTLY_ONE_OF(SET(META "iceberg_schema"), SET(META "iceberg_schema_v2"))),
		 "Specify either IcebergSchema (for simple flat schemas with primitive types only) or "
		 "IcebergSchemaV2 (for schemas with nested types like struct, list, map), but not "
		 "both.", TABLE_CFN "IcebergMetadata"),
	/* a partition's and a sort's source fields among the schema's ids: a
	 * flat schema's, each field written with its id (one written without
	 * gets the id S3 Tables assigns, which AWS does not say) */
	AWS_SAYS("s3tables.partition_source_ids", "awscc.s3tables.table", AWS_CALL_ANY,
		 WHEN(SET(META "iceberg_schema"),
		      COUNT_WHERE(META "iceberg_schema.schema_field_list", 0, 0, UNSET("id"))),
		 THEN(AMONG(META "iceberg_partition_spec.fields[].source_id",
			    META "iceberg_schema.schema_field_list[].id")),
		 SOURCE_ID, ST "CreateTable metadata.iceberg.partitionSpec.fields.sourceId"),
	AWS_SAYS("s3tables.sort_source_ids", "awscc.s3tables.table", AWS_CALL_ANY,
		 WHEN(SET(META "iceberg_schema"),
		      COUNT_WHERE(META "iceberg_schema.schema_field_list", 0, 0, UNSET("id"))),
		 THEN(AMONG(META "iceberg_sort_order.fields[].source_id",
			    META "iceberg_schema.schema_field_list[].id")),
		 SOURCE_ID, ST "CreateTable metadata.iceberg.writeOrder.fields.sourceId"),
	/* a table bucket's encryption */
	AWS_SAYS("s3tables.kms_key_with_kms", "awscc.s3tables.table_bucket", AWS_CALL_ANY,
		 WHEN(IS("encryption_configuration.sse_algorithm", "aws:kms")),
		 THEN(SET("encryption_configuration.kms_key_arn")),
		 "This field is required only when sseAlgorithm is set to aws:kms.",
		 ST "CreateTableBucket encryptionConfiguration.kmsKeyArn"),
	/* every type's tags */
	AWS_SAYS("s3tables.tag_key_not_aws", "awscc.s3tables.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "Tag key cannot start with 'aws:' and can only contain alphanumeric characters, "
		 "spaces, _, ., /, =, +, -, and @.", TABLE_CFN "Tag.Key"),
	AWS_SAYS("s3tables.tag_key_chars", "awscc.s3tables.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", TAG_MARKS)))),
		 "Tag key cannot start with 'aws:' and can only contain alphanumeric characters, "
		 "spaces, _, ., /, =, +, -, and @.", TABLE_CFN "Tag.Key"),
	AWS_SAYS("s3tables.tag_value_chars", "awscc.s3tables.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("value", TAG_MARKS)))),
		 "Tag value can only contain alphanumeric characters, spaces, _, ., /, =, +, -, and @.",
		 TABLE_CFN "Tag.Value"),
	{ NULL },
};
