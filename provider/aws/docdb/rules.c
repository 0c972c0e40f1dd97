/*
 * docdb/rules.c: Amazon DocumentDB's (event subscriptions, global clusters)
 * rows of the one table of checks (checks/row.h) on the awscc types of a
 * service terrace's own code does not call (its objects are made through
 * Cloud Control alone; botocore's docdb, signed rds): AWS's words of the
 * census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE), an event subscription's sources and name, a global
 * cluster made from a source cluster, and the tags. Its ledger:
 * checks/words/docdb.words.
 */
#include "provider/aws/checks/rules.h"

#define SUB "docdb CreateEventSubscription "

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_docdb[] = {
	/* an event subscription */
	AWS_SAYS("docdb.source_ids_need_type", "awscc.docdb.event_subscription", AWS_CALL_ANY,
		 WHEN(SET("source_ids")), THEN(SET("source_type")),
		 "If SourceIds are provided, SourceType must also be provided.", SUB "SourceIds"),
	/* the create's list (ModifyEventSubscription's, narrower, leaves out the
	 * cluster types the create takes: not a row) */
	AWS_SAYS("docdb.source_type_values", "awscc.docdb.event_subscription", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(IS("source_type", "db-instance", "db-cluster", "db-parameter-group",
			 "db-security-group", "db-cluster-snapshot")),
		 "Valid values: db-instance, db-cluster, db-parameter-group, db-security-group, "
		 "db-cluster-snapshot", SUB "SourceType"),
	/* an instance's or a cluster's identifier (a default parameter
	 * group's name holds a period, an automated snapshot's a colon) */
	AWS_SAYS("docdb.source_id_form", "awscc.docdb.event_subscription", AWS_CALL_ANY,
		 WHEN(IS("source_type", "db-instance", "db-cluster")),
		 THEN(EACH("source_ids", ALWAYS, THEN(MATCHES("", "^[A-Za-z](-?[A-Za-z0-9])*$")))),
		 "An identifier must begin with a letter and must contain only ASCII letters, "
		 "digits, and hyphens; it can't end with a hyphen or contain two consecutive "
		 "hyphens.", SUB "SourceIds"),
	AWS_SAYS("docdb.subscription_name_under_255", "awscc.docdb.event_subscription",
		 AWS_CALL_ANY, ALWAYS, THEN(LEN_IN("subscription_name", 0, 254)),
		 "Constraints: The name must be fewer than 255 characters.", SUB "SubscriptionName"),
	/* a global cluster made from a source cluster takes its engine, version
	 * and encryption (the engine: the schema's oneOf of
	 * SourceDBClusterIdentifier and Engine holds it; storage_encrypted
	 * false, which the source's may differ from, is left to AWS: as
	 * rds.cfn_global_from_source_cluster) */
	AWS_SAYS("docdb.global_from_source_cluster", "awscc.docdb.global_cluster", AWS_CALL_ANY,
		 WHEN(SET("source_db_cluster_identifier")),
		 THEN(UNSET("engine_version"), IS_NOT("storage_encrypted", "true")),
		 "If you provide a value for this parameter, don't specify values for the following "
		 "settings because Amazon DocumentDB uses the values from the specified source DB "
		 "cluster: Engine, EngineVersion, StorageEncrypted",
		 "CloudFormation registry: AWS::DocDB::GlobalCluster SourceDBClusterIdentifier"),
	/* every type's tags (a global cluster's: the event subscription has none) */
	AWS_SAYS("docdb.tag_key_prefixes", "awscc.docdb.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^(aws|rds):")))),
		 "The string value can be from 1 to 128 Unicode characters in length and can't be "
		 "prefixed with \"aws:\" or \"rds:\".", "docdb AddTagsToResource Tags.Key"),
	{ NULL },
};
