/*
 * s3vectors/rules.c: Amazon S3 Vectors' (vector buckets, their indexes and
 * bucket policies) rows of the one table of checks (checks/row.h) on the
 * awscc types of a service terrace's own code does not call (its objects
 * are made through Cloud Control alone): AWS's words of the census's third
 * scope (checks/words/gen_words.py, sentences.py's THIRD_SCOPE). Its
 * ledger: checks/words/s3vectors.words.
 */
#include "provider/aws/checks/rules.h"

#define VECTORS_CFN "CloudFormation registry: AWS::S3Vectors::VectorBucket "
/* the ASCII marks a tag's key or value does not take (as s3tables/rules.c
 * reads the same sentence): ':' is not here, which AWS's tagging rules take
 * (and its own "aws:" prefix holds); a letter or a number of any script
 * passes */
#define TAG_MARKS "[]!\"#$%&'()*,;<>?[\\^`{|}~]"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. A bucket's and an index's encryption: a KMS key with a type
 * that says AES256 (a type not sent is the bucket's default, or an index's
 * bucket's: the row leaves it be). */
const struct aws_check_row aws_rules_s3vectors[] = {
	AWS_SAYS("s3vectors.kms_key_only_with_kms", "awscc.s3vectors.*", AWS_CALL_ANY,
		 WHEN(SET("encryption_configuration.kms_key_arn")),
		 THEN(IS("encryption_configuration.sse_type", "aws:kms")),
		 "This parameter is allowed if and only if sseType is set to aws:kms.",
		 "s3vectors CreateVectorBucket encryptionConfiguration.kmsKeyArn"),
	/* every type's tags */
	AWS_SAYS("s3vectors.tag_key_not_aws", "awscc.s3vectors.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "Tag key cannot start with 'aws:' and can only contain alphanumeric characters, "
		 "spaces, _, ., /, =, +, -, and @.", VECTORS_CFN "Tag.Key"),
	AWS_SAYS("s3vectors.tag_key_chars", "awscc.s3vectors.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", TAG_MARKS)))),
		 "Tag key cannot start with 'aws:' and can only contain alphanumeric characters, "
		 "spaces, _, ., /, =, +, -, and @.", VECTORS_CFN "Tag.Key"),
	AWS_SAYS("s3vectors.tag_value_chars", "awscc.s3vectors.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("value", TAG_MARKS)))),
		 "Tag value can only contain alphanumeric characters, spaces, _, ., /, =, +, -, and @.",
		 VECTORS_CFN "Tag.Value"),
	{ NULL },
};
