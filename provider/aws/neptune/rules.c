/*
 * neptune/rules.c: Amazon Neptune's (DB clusters and instances, their
 * parameter groups, subnet groups and event subscriptions) rows of the one
 * table of checks (checks/row.h) on the awscc types of a service terrace's
 * own code does not call (its objects are made through Cloud Control
 * alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE: botocore's
 * neptune, signed rds, the prefix its handlers' permissions name). Its
 * ledger: checks/words/neptune.words.
 */
#include "provider/aws/checks/rules.h"

#define CFN_NEPTUNE "CloudFormation registry: AWS::Neptune::"

/* An engine version before 1.2.0.0 (1.0.x, 1.1.x), and one of 1.2.0.0 or
 * later: the registry's Family says neptune1 for the former, neptune1.2 for
 * the latter, which 1.3 and later engines (neptune1.3, neptune1.4 ...) have
 * outgrown: the rows hold neptune1 before 1.2 and another family from it. */
#define BEFORE_1_2 "^1\\.[01]\\."
#define FROM_1_2 "^(1\\.([2-9]|[1-9][0-9])|[2-9]|[1-9][0-9])\\."
#define FAMILY_WORDS \
	"Must be neptune1 for engine versions prior to 1.2.0.0, or neptune1.2 for engine " \
	"version 1.2.0.0 and higher."

/* The characters CreateDBParameterGroup and the tags' Java regex leave
 * out (ASCII punctuation but _ . : / = + - and @, which RDS's tags take:
 * rds/rules.c's rule_rds_tags). */
#define TAG_BAD_CHARS "[][!\"#$%&'()*,;<>?\\^`{|}~]"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_neptune[] = {
	/* a cluster's settings */
	AWS_SAYS("neptune.cluster_backup_retention", "awscc.neptune.db_cluster", AWS_CALL_ANY, ALWAYS,
		 THEN(IN("backup_retention_period", 1, 35)), "Must be a value from 1 to 35",
		 "neptune CreateDBCluster BackupRetentionPeriod"),
	AWS_SAYS("neptune.cluster_port_range", "awscc.neptune.db_cluster", AWS_CALL_ANY, ALWAYS,
		 THEN(IN("db_port", 1150, 65535)), "Constraints: Value must be 1150-65535",
		 "neptune ModifyDBCluster Port"),
	AWS_SAYS("neptune.backup_window_format", "awscc.neptune.db_cluster", AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("preferred_backup_window",
			      "^([01][0-9]|2[0-3]):[0-5][0-9]-([01][0-9]|2[0-3]):[0-5][0-9]$")),
		 "Must be in the format hh24:mi-hh24:mi.",
		 "neptune CreateDBCluster PreferredBackupWindow"),
	AWS_SAYS("neptune.backup_window_30_minutes", "awscc.neptune.db_cluster", AWS_CALL_ANY, ALWAYS,
		 THEN(WINDOW_IN("preferred_backup_window", 30, 1440)),
		 "Must be at least 30 minutes.", "neptune CreateDBCluster PreferredBackupWindow"),
	AWS_SAYS("neptune.backup_apart_from_maintenance", "awscc.neptune.db_cluster",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(WINDOWS_APART("preferred_backup_window", "preferred_maintenance_window")),
		 "Must not conflict with the preferred maintenance window.",
		 "neptune CreateDBCluster PreferredBackupWindow"),
	AWS_SAYS("neptune.maintenance_window_30_minutes", "awscc.neptune.db_*", AWS_CALL_ANY,
		 ALWAYS, THEN(WINDOW_IN("preferred_maintenance_window", 30, 10080)),
		 "Constraints: Minimum 30-minute window.",
		 "neptune CreateDBCluster, CreateDBInstance PreferredMaintenanceWindow"),
	/* a key is an encrypted cluster's (a restore, whose encryption is its
	 * source's, sends no StorageEncrypted) */
	AWS_SAYS("neptune.kms_key_needs_encryption", "awscc.neptune.db_cluster", AWS_CALL_ANY,
		 WHEN(SET("kms_key_id"), UNSET("snapshot_identifier"),
		      UNSET("source_db_cluster_identifier")),
		 THEN(IS("storage_encrypted", "true")),
		 "If you specify this property, you must set the StorageEncrypted property to true.",
		 CFN_NEPTUNE "DBCluster KmsKeyId"),
	/* a restore to a point in time */
	AWS_SAYS("neptune.restore_time_not_copy_on_write", "awscc.neptune.db_cluster", AWS_CALL_ANY,
		 WHEN(IS("restore_type", "copy-on-write")), THEN(UNSET("restore_to_time")),
		 "Cannot be specified if RestoreType parameter is copy-on-write",
		 "neptune RestoreDBClusterToPointInTime RestoreToTime"),
	AWS_SAYS("neptune.restore_time_or_latest", "awscc.neptune.db_cluster", AWS_CALL_ANY,
		 WHEN(IS("use_latest_restorable_time", "true")), THEN(UNSET("restore_to_time")),
		 "Cannot be specified if UseLatestRestorableTime parameter is true",
		 "neptune RestoreDBClusterToPointInTime RestoreToTime"),
	AWS_SAYS("neptune.restore_time_needed", "awscc.neptune.db_cluster", AWS_CALL_CREATE,
		 WHEN(SET("source_db_cluster_identifier"), UNSET("use_latest_restorable_time")),
		 THEN(SET("restore_to_time")),
		 "Must be specified if UseLatestRestorableTime parameter is not provided",
		 "neptune RestoreDBClusterToPointInTime RestoreToTime"),
	/* a parameter group's family by the engine version of the cluster that
	 * uses it (an instance's: its cluster's), read across the reference */
	AWS_SAYS("neptune.cluster_family_before_1_2", "awscc.neptune.db_cluster", AWS_CALL_ANY,
		 WHEN(MATCHES("engine_version", BEFORE_1_2)),
		 THEN(IS("db_cluster_parameter_group_name->family", "neptune1"),
		      IS("db_instance_parameter_group_name->family", "neptune1")),
		 FAMILY_WORDS, CFN_NEPTUNE "DBClusterParameterGroup, DBParameterGroup Family"),
	AWS_SAYS("neptune.cluster_family_from_1_2", "awscc.neptune.db_cluster", AWS_CALL_ANY,
		 WHEN(MATCHES("engine_version", FROM_1_2)),
		 THEN(IS_NOT("db_cluster_parameter_group_name->family", "neptune1"),
		      IS_NOT("db_instance_parameter_group_name->family", "neptune1")),
		 FAMILY_WORDS, CFN_NEPTUNE "DBClusterParameterGroup, DBParameterGroup Family"),
	AWS_SAYS("neptune.instance_family_before_1_2", "awscc.neptune.db_instance", AWS_CALL_ANY,
		 WHEN(MATCHES("db_cluster_identifier->engine_version", BEFORE_1_2)),
		 THEN(IS("db_parameter_group_name->family", "neptune1")),
		 FAMILY_WORDS, CFN_NEPTUNE "DBParameterGroup Family"),
	AWS_SAYS("neptune.instance_family_from_1_2", "awscc.neptune.db_instance", AWS_CALL_ANY,
		 WHEN(MATCHES("db_cluster_identifier->engine_version", FROM_1_2)),
		 THEN(IS_NOT("db_parameter_group_name->family", "neptune1")),
		 FAMILY_WORDS, CFN_NEPTUNE "DBParameterGroup Family"),
	/* an instance */
	AWS_SAYS("neptune.instance_zone_in_region", "awscc.neptune.db_instance", AWS_CALL_ANY, ALWAYS,
		 THEN(IN_REGION("availability_zone")),
		 "The specified Availability Zone must be in the same Amazon Region as the current "
		 "endpoint.", "neptune CreateDBInstance AvailabilityZone"),
	AWS_SAYS("neptune.instance_identifier_letter_first", "awscc.neptune.db_instance",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("db_instance_identifier", "^[A-Za-z]")),
		 "First character must be a letter.", "neptune CreateDBInstance DBInstanceIdentifier"),
	AWS_SAYS("neptune.instance_identifier_characters", "awscc.neptune.db_instance",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("db_instance_identifier", "^[A-Za-z0-9-]{1,63}$")),
		 "Must contain from 1 to 63 letters, numbers, or hyphens.",
		 "neptune CreateDBInstance DBInstanceIdentifier"),
	AWS_SAYS("neptune.instance_identifier_hyphens", "awscc.neptune.db_instance", AWS_CALL_ANY, ALWAYS,
		 THEN(NOT_MATCHES("db_instance_identifier", "-$|--")),
		 "Cannot end with a hyphen or contain two consecutive hyphens.",
		 "neptune CreateDBInstance DBInstanceIdentifier"),
	/* a parameter group's name (the group's own: an instance may name the
	 * default group, default.neptune1, whose period the group's name
	 * takes not) */
	AWS_SAYS("neptune.parameter_group_name_letter_first", "awscc.neptune.db_parameter_group",
		 AWS_CALL_ANY, ALWAYS, THEN(MATCHES("name", "^[A-Za-z]")),
		 "First character must be a letter", "neptune CreateDBParameterGroup DBParameterGroupName"),
	AWS_SAYS("neptune.parameter_group_name_characters", "awscc.neptune.db_parameter_group",
		 AWS_CALL_ANY, ALWAYS, THEN(MATCHES("name", "^[A-Za-z0-9-]{1,255}$")),
		 "Must be 1 to 255 letters, numbers, or hyphens.",
		 "neptune CreateDBParameterGroup DBParameterGroupName"),
	AWS_SAYS("neptune.parameter_group_name_hyphens", "awscc.neptune.db_parameter_group",
		 AWS_CALL_ANY, ALWAYS, THEN(NOT_MATCHES("name", "-$|--")),
		 "Cannot end with a hyphen or contain two consecutive hyphens",
		 "neptune CreateDBParameterGroup DBParameterGroupName"),
	/* a subnet group's name (the group's own: CreateDBCluster's copy of the
	 * sentence is left to the group, a cluster naming the default VPC's
	 * group "default" as RDS's clusters do) */
	AWS_SAYS("neptune.subnet_group_not_default", "awscc.neptune.db_subnet_group", AWS_CALL_ANY,
		 ALWAYS, THEN(NOT_MATCHES("db_subnet_group_name", "^[Dd][Ee][Ff][Aa][Uu][Ll][Tt]$")),
		 "Must not be default.", "neptune CreateDBSubnetGroup DBSubnetGroupName"),
	AWS_SAYS("neptune.subnet_group_name_characters", "awscc.neptune.db_subnet_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("db_subnet_group_name", "^[A-Za-z0-9._ -]{1,255}$")),
		 "Constraints: Must contain no more than 255 letters, numbers, periods, underscores, "
		 "spaces, or hyphens.", "neptune CreateDBSubnetGroup DBSubnetGroupName"),
	/* an event subscription */
	AWS_SAYS("neptune.source_ids_need_type", "awscc.neptune.event_subscription", AWS_CALL_ANY,
		 WHEN(SET("source_ids")), THEN(SET("source_type")),
		 "If SourceIds are supplied, SourceType must also be provided.",
		 "neptune CreateEventSubscription SourceIds"),
	AWS_SAYS("neptune.source_type_values", "awscc.neptune.event_subscription", AWS_CALL_ANY, ALWAYS,
		 THEN(IS("source_type", "db-instance", "db-cluster", "db-parameter-group",
			 "db-security-group", "db-snapshot", "db-cluster-snapshot")),
		 "Valid values: db-instance | db-cluster | db-parameter-group | db-security-group | "
		 "db-snapshot | db-cluster-snapshot", "neptune CreateEventSubscription SourceType"),
	/* an instance's or a cluster's identifier (a default parameter
	 * group's name holds a period, an automated snapshot's a colon) */
	AWS_SAYS("neptune.source_id_form", "awscc.neptune.event_subscription", AWS_CALL_ANY,
		 WHEN(IS("source_type", "db-instance", "db-cluster")),
		 THEN(EACH("source_ids", ALWAYS, THEN(MATCHES("", "^[A-Za-z](-?[A-Za-z0-9])*$")))),
		 "An identifier must begin with a letter and must contain only ASCII letters, "
		 "digits, and hyphens; it can't end with a hyphen or contain two consecutive "
		 "hyphens.", "neptune CreateEventSubscription SourceIds"),
	/* every type's tags */
	AWS_SAYS("neptune.tag_key_prefixes", "awscc.neptune.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^(aws|rds):")))),
		 "The string value can be from 1 to 128 Unicode characters in length and can't be "
		 "prefixed with aws: or rds:.", "neptune AddTagsToResource Tags.Key"),
	AWS_SAYS("neptune.tag_characters", "awscc.neptune.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS,
			   THEN(NOT_MATCHES("key", TAG_BAD_CHARS),
				NOT_MATCHES("value", TAG_BAD_CHARS)))),
		 "The string can only contain the set of Unicode letters, digits, white-space, '_', "
		 "'.', '/', '=', '+', '-' (Java regex: \"^([\\\\p{L}\\\\p{Z}\\\\p{N}_.:/=+\\\\-]*)$\").",
		 "neptune AddTagsToResource Tags.Key, Tags.Value"),
	{ NULL },
};
