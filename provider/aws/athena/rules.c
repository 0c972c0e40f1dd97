/*
 * athena/rules.c: the Athena rule its models do not carry (checks/rules.h): a
 * workgroup's settings that go together; and AWS's words (checks/words/
 * athena.words) on the awscc workgroup and data catalog.
 */
#include <string.h>

#include "provider/aws/checks/rules.h"
#include "provider/aws/checks/shared.h"
#include "provider/aws/s3/api.h"
#include "provider/provider.h"

/* ---- settings that go together (a row for the whole resource) ------------ */

/* Athena EncryptionConfiguration: KmsKey with SSE_KMS and CSE_KMS, and only
 * with them. */
static int rule_athena_workgroup(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *enc = value_known_member(v, "encryption");
	(void)r;
	if (value_not_known(json_object_get(v, "encryption")))
		return 0;
	if (enc && strcmp(enc, "SSE_S3") && !is_set(v, "kms_key")) {
		strbuf_addf(err, "kms_key must be set with encryption %s", enc);
		return -1;
	}
	if (is_set(v, "kms_key") && (!enc || !strcmp(enc, "SSE_S3"))) {
		strbuf_addstr(err, "kms_key is only for encryption SSE_KMS or CSE_KMS");
		return -1;
	}
	return 0;
}

/*
 * The Athena rows of the one table of checks (checks/row.h), in the order
 * they run: a type's rows for single values before its rows for the whole
 * resource; aws_rules_tables (checks/tables.c) lists this table.
 */
WORDS(athena_encryptions, "SSE_S3", "SSE_KMS", "CSE_KMS");
WORDS(athena_states, "ENABLED", "DISABLED");

#define ATHENA "Athena API reference: WorkGroupConfiguration"

const struct aws_check_row aws_rules_athena[] = {
	ONE_OF("aws.athena.workgroup", "encryption", athena_encryptions, ATHENA),
	ONE_OF("aws.athena.workgroup", "state", athena_states, "Athena CreateWorkGroup State"),
	WHOLE_FROM("aws.athena.workgroup", "bytes_scanned_cutoff_per_query", 10000000, ATHENA),
	RULE("aws.athena.workgroup", "output_location", rule_s3_uri, ATHENA),
	RULE("aws.athena.workgroup", "", rule_athena_workgroup, ATHENA),
	/* AWS's words (checks/words/athena.words), on the awscc types: what the
	 * registry's schemas describe but their keywords do not hold (a
	 * managed results configuration turned off is none). */
	AWS_SAYS("athena.cfn_one_results_configuration", "awscc.athena.work_group", AWS_CALL_ANY,
		 WHEN(IS("work_group_configuration.managed_query_results_configuration.enabled",
			 "true")),
		 THEN(UNSET("work_group_configuration.result_configuration")),
		 "ResultConfiguration and ManagedQueryResultsConfiguration cannot be set at the same "
		 "time", "CloudFormation registry: AWS::Athena::WorkGroup "
		 "ManagedQueryResultsConfiguration"),
	AWS_SAYS("athena.cfn_catalog_name_128", "awscc.athena.data_catalog", AWS_CALL_ANY,
		 ALWAYS, THEN(LEN_IN("name", 1, 128), MATCHES("name", "^[A-Za-z0-9_@-]+$")),
		 "The catalog name must be unique for the AWS account and can use a maximum of 128 "
		 "alphanumeric, underscore, at sign, or hyphen characters.",
		 "CloudFormation registry: AWS::Athena::DataCatalog Name"),
	/* A catalog's parameters by its type (CreateDataCatalog's and
	 * UpdateDataCatalog's Parameters, a map whose keys are AWS's words). */
	AWS_SAYS("athena.catalog_hive_metadata_function", "awscc.athena.data_catalog",
		 AWS_CALL_ANY, WHEN(IS("data_catalog_type", "HIVE")),
		 THEN(SET("parameters.metadata-function")),
		 "The metadata-function parameter is required.",
		 "athena CreateDataCatalog Parameters"),
	AWS_SAYS("athena.catalog_lambda_one_set", "awscc.athena.data_catalog", AWS_CALL_ANY,
		 WHEN(IS("data_catalog_type", "LAMBDA")),
		 THEN(EXACTLY_ONE_OF(SET("parameters.function"),
				     SET("parameters.metadata-function"))),
		 "For the LAMBDA data catalog type, use one of the following sets of required "
		 "parameters, but not both.", "athena CreateDataCatalog Parameters"),
	AWS_SAYS("athena.catalog_lambda_both_functions", "awscc.athena.data_catalog",
		 AWS_CALL_ANY,
		 WHEN(IS("data_catalog_type", "LAMBDA"),
		      ANY_OF(SET("parameters.metadata-function"), SET("parameters.record-function"))),
		 THEN(SET("parameters.metadata-function"), SET("parameters.record-function")),
		 "Both parameters are required.", "athena CreateDataCatalog Parameters"),
	AWS_SAYS("athena.catalog_glue_catalog_id", "awscc.athena.data_catalog", AWS_CALL_ANY,
		 WHEN(IS("data_catalog_type", "GLUE")), THEN(SET("parameters.catalog-id")),
		 "The GLUE type takes a catalog ID parameter and is required.",
		 "athena CreateDataCatalog Parameters"),
	/* an existing Glue connection by its ARN, or a new one by its type and
	 * properties: not both */
	AWS_SAYS("athena.catalog_federated_one_connection", "awscc.athena.data_catalog",
		 AWS_CALL_ANY,
		 WHEN(IS("data_catalog_type", "FEDERATED"), SET("parameters.connection-arn")),
		 THEN(UNSET("parameters.connection-type"), UNSET("parameters.connection-properties")),
		 "The FEDERATED data catalog type uses one of the following parameters, but not both.",
		 "athena CreateDataCatalog Parameters"),
	{ NULL },
};
