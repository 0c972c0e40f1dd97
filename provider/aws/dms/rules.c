/*
 * dms/rules.c: AWS Database Migration Service's (endpoints, certificates,
 * data migrations, event subscriptions, serverless replication configs,
 * and the tags of all of them) rows of the one table of checks
 * (checks/row.h) on the awscc types of a service terrace's own code does
 * not call (its objects are made through Cloud Control alone): AWS's words
 * of the census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE: botocore's dms). Its ledger: checks/words/dms.words.
 */
#include "provider/aws/checks/rules.h"

#define DMS "dms CreateEndpoint "
#define IDENT_FORM "^[A-Za-z][A-Za-z0-9-]*$"
#define IDENT_HYPHENS "-$|--"
#define IDENT_FORM_WORDS "Identifiers must begin with a letter and must contain only ASCII " \
	"letters, digits, and hyphens."
#define IDENT_HYPHENS_WORDS "They can't end with a hyphen or contain two consecutive hyphens."
/* each settings block that takes a Secrets Manager secret in place of
 * clear-text credentials */
#define SECRETS(BLOCK) EACH(BLOCK, WHEN(SET("secrets_manager_access_role_arn")), \
			    THEN(UNSET("/username"), UNSET("/password")))
#define PMW "compute_config.preferred_maintenance_window"
#define DAY "([Mm][Oo][Nn]|[Tt][Uu][Ee]|[Ww][Ee][Dd]|[Tt][Hh][Uu]|[Ff][Rr][Ii]|[Ss][Aa][Tt]|" \
	"[Ss][Uu][Nn])"
/* ASCII that DMS's tag pattern ^([\p{L}\p{Z}\p{N}_.:/=+\-]*)$ leaves out
 * (letters of other scripts pass: they are \p{L}) */
#define TAG_NOT_ALLOWED "[]!\"#$%&'()*,;<>?@[\\^`{|}~[:cntrl:]]"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_dms[] = {
	AWS_SAYS("dms.endpoint_identifier_form", "awscc.dms.endpoint", AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("endpoint_identifier", IDENT_FORM)), IDENT_FORM_WORDS,
		 DMS "EndpointIdentifier"),
	AWS_SAYS("dms.endpoint_identifier_hyphens", "awscc.dms.endpoint", AWS_CALL_ANY, ALWAYS,
		 THEN(NOT_MATCHES("endpoint_identifier", IDENT_HYPHENS)), IDENT_HYPHENS_WORDS,
		 "dms ModifyEndpoint EndpointIdentifier"),
	AWS_SAYS("dms.certificate_identifier_form", "awscc.dms.certificate", AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("certificate_identifier", IDENT_FORM)), IDENT_FORM_WORDS,
		 "dms ImportCertificate CertificateIdentifier"),
	AWS_SAYS("dms.certificate_identifier_hyphens", "awscc.dms.certificate", AWS_CALL_ANY,
		 ALWAYS, THEN(NOT_MATCHES("certificate_identifier", IDENT_HYPHENS)),
		 IDENT_HYPHENS_WORDS, "dms ImportCertificate CertificateIdentifier"),
	AWS_SAYS("dms.endpoint_resource_identifier", "awscc.dms.endpoint", AWS_CALL_ANY, ALWAYS,
		 THEN(NOT_MATCHES("resource_identifier", IDENT_HYPHENS),
		      MATCHES("resource_identifier", "^[A-Za-z]")),
		 "Also, it can't end with a hyphen or contain two consecutive hyphens, and can only "
		 "begin with a letter, such as Example-App-ARN1.", DMS "ResourceIdentifier"),
	AWS_SAYS("dms.data_migration_name_form", "awscc.dms.data_migration", AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("data_migration_name", IDENT_FORM)),
		 "Must begin with a letter, and can only contain ASCII letters, digits, and hyphens.",
		 "dms CreateDataMigration DataMigrationName"),
	AWS_SAYS("dms.data_migration_name_length", "awscc.dms.data_migration", AWS_CALL_ANY,
		 ALWAYS, THEN(LEN_IN("data_migration_name", 1, 255)),
		 "Length must be from 1 to 255 characters.",
		 "dms CreateDataMigration DataMigrationName"),
	AWS_SAYS("dms.data_migration_name_hyphens", "awscc.dms.data_migration", AWS_CALL_ANY,
		 ALWAYS, THEN(NOT_MATCHES("data_migration_name", IDENT_HYPHENS)),
		 "Can't end with a hyphen or contain two consecutive hyphens.",
		 "dms CreateDataMigration DataMigrationName"),
	AWS_SAYS("dms.mysql_no_database_name", "awscc.dms.endpoint", AWS_CALL_ANY,
		 WHEN(IS("engine_name", "mysql")), THEN(UNSET("database_name")),
		 "For a MySQL source or target endpoint, do not specify DatabaseName.",
		 DMS "DatabaseName"),
	/* the clear-text credentials of the pair of sets; its server name and
	 * port are not judged */
	AWS_SAYS("dms.secret_or_credentials", "awscc.dms.endpoint", AWS_CALL_ANY, ALWAYS,
		 THEN(SECRETS("doc_db_settings"), SECRETS("gcp_my_sql_settings"),
		      SECRETS("ibm_db_2_settings"), SECRETS("microsoft_sql_server_settings"),
		      SECRETS("mongo_db_settings"), SECRETS("my_sql_settings"),
		      SECRETS("oracle_settings"), SECRETS("postgre_sql_settings"),
		      SECRETS("redshift_settings"), SECRETS("sybase_settings")),
		 "You can't specify both.", DMS "MySQLSettings.SecretsManagerAccessRoleArn"),
	AWS_SAYS("dms.oracle_asm_secret_or_credentials", "awscc.dms.endpoint", AWS_CALL_ANY,
		 WHEN(SET("oracle_settings.secrets_manager_oracle_asm_access_role_arn")),
		 THEN(UNSET("oracle_settings.asm_user"), UNSET("oracle_settings.asm_password")),
		 "You can't specify both.", DMS "OracleSettings.SecretsManagerOracleAsmAccessRoleArn"),
	AWS_SAYS("dms.docs_to_investigate_positive", "awscc.dms.endpoint", AWS_CALL_ANY, ALWAYS,
		 THEN(ABOVE("doc_db_settings.docs_to_investigate", 0),
		      ABOVE("mongo_db_settings.docs_to_investigate", 0)),
		 "Must be a positive value greater than 0.", DMS "DocDbSettings.DocsToInvestigate"),
	AWS_SAYS("dms.oracle_asm_read_threads", "awscc.dms.endpoint", AWS_CALL_ANY, ALWAYS,
		 THEN(IN("oracle_settings.parallel_asm_read_threads", 2, 8)),
		 "You can specify an integer value between 2 (the default) and 8 (the maximum).",
		 DMS "OracleSettings.ParallelAsmReadThreads"),
	AWS_SAYS("dms.oracle_read_ahead_blocks", "awscc.dms.endpoint", AWS_CALL_ANY, ALWAYS,
		 THEN(IN("oracle_settings.read_ahead_blocks", 1000, 200000)),
		 "You can specify an integer value between 1000 (the default) and 200,000 (the "
		 "maximum).", DMS "OracleSettings.ReadAheadBlocks"),
	AWS_SAYS("dms.redis_ssl_protocol", "awscc.dms.endpoint", AWS_CALL_ANY, ALWAYS,
		 THEN(IS("redis_settings.ssl_security_protocol", "plaintext", "ssl-encryption")),
		 "Valid values include plaintext and ssl-encryption.",
		 DMS "RedisSettings.SslSecurityProtocol"),
	AWS_SAYS("dms.s3_cdc_inserts_not_both", "awscc.dms.endpoint", AWS_CALL_ANY,
		 WHEN(IS("s3_settings.cdc_inserts_only", "true")),
		 THEN(IS_NOT("s3_settings.cdc_inserts_and_updates", "true")),
		 "CdcInsertsOnly and CdcInsertsAndUpdates can't both be set to true for the same "
		 "endpoint.", DMS "S3Settings.CdcInsertsOnly"),
	AWS_SAYS("dms.s3_max_file_size", "awscc.dms.endpoint", AWS_CALL_ANY, ALWAYS,
		 THEN(IN("s3_settings.max_file_size", 1, 1048576)),
		 "Valid values include 1 to 1,048,576.", DMS "S3Settings.MaxFileSize"),
	AWS_SAYS("dms.event_source_type", "awscc.dms.event_subscription", AWS_CALL_ANY, ALWAYS,
		 THEN(IS("source_type", "replication-instance", "replication-task")),
		 "Valid values: replication-instance | replication-task",
		 "dms CreateEventSubscription SourceType"),
	/* "less than 255" read as at most 255, the name's bound in RDS's same
	 * sentence: never refuse what AWS takes */
	AWS_SAYS("dms.subscription_name_length", "awscc.dms.event_subscription", AWS_CALL_ANY,
		 ALWAYS, THEN(LEN_IN("subscription_name", 0, 255)),
		 "This name must be less than 255 characters.",
		 "dms CreateEventSubscription SubscriptionName"),
	AWS_SAYS("dms.tag_keys_reserved", "awscc.dms.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^(aws|dms):")))),
		 "The string value can be 1-128 Unicode characters in length and can't be prefixed "
		 "with \"aws:\" or \"dms:\".", "dms AddTagsToResource Tags.Key"),
	AWS_SAYS("dms.tag_values_reserved", "awscc.dms.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("value", "^(aws|dms):")))),
		 "The string value can be 1-256 Unicode characters in length and can't be prefixed "
		 "with \"aws:\" or \"dms:\".", "dms AddTagsToResource Tags.Value"),
	AWS_SAYS("dms.tag_characters", "awscc.dms.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", TAG_NOT_ALLOWED),
						NOT_MATCHES("value", TAG_NOT_ALLOWED)))),
		 "The string can only contain only the set of Unicode letters, digits, white-space, "
		 "'_', '.', '/', '=', '+', '-' (Java regular expressions: "
		 "\"^([\\\\p{L}\\\\p{Z}\\\\p{N}_.:/=+\\\\-]*)$\").", "dms AddTagsToResource Tags.Key"),
	AWS_SAYS("dms.az_not_multi_az", "awscc.dms.replication_config", AWS_CALL_ANY,
		 WHEN(IS("compute_config.multi_az", "true")),
		 THEN(UNSET("compute_config.availability_zone")),
		 "You can't set the AvailabilityZone parameter if the MultiAZ parameter is set to "
		 "true.", "dms CreateReplicationConfig ComputeConfig.MultiAZ"),
	AWS_SAYS("dms.capacity_units_at_least_1", "awscc.dms.replication_config", AWS_CALL_ANY,
		 ALWAYS, THEN(ABOVE("compute_config.max_capacity_units", 0),
			      ABOVE("compute_config.min_capacity_units", 0)),
		 "A single DCU is 2GB of RAM, with 1 DCU as the minimum value allowed.",
		 "dms CreateReplicationConfig ComputeConfig.MaxCapacityUnits"),
	AWS_SAYS("dms.max_capacity_384", "awscc.dms.replication_config", AWS_CALL_ANY, ALWAYS,
		 THEN(IN("compute_config.max_capacity_units", 0, 384)),
		 "So, the maximum value that you can specify for DMS Serverless is 384.",
		 "dms CreateReplicationConfig ComputeConfig.MaxCapacityUnits"),
	AWS_SAYS("dms.maintenance_window_days", "awscc.dms.replication_config", AWS_CALL_ANY,
		 WHEN(MATCHES(PMW, "^[A-Za-z]")), THEN(MATCHES(PMW, "^" DAY ":[^-]*-" DAY ":")),
		 "Valid values for days of the week include Mon, Tue, Wed, Thu, Fri, Sat, and Sun.",
		 "dms CreateReplicationConfig ComputeConfig.PreferredMaintenanceWindow"),
	AWS_SAYS("dms.maintenance_window_30", "awscc.dms.replication_config", AWS_CALL_ANY, ALWAYS,
		 THEN(WINDOW_IN(PMW, 30, 10080)), "Constraints include a minimum 30-minute window.",
		 "dms CreateReplicationConfig ComputeConfig.PreferredMaintenanceWindow"),
	{ NULL },
};
