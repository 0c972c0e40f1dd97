/*
 * efs/rules.c: Amazon EFS's (file systems, access points and mount targets)
 * rows of the one table of checks (checks/row.h) on the awscc types of a
 * service terrace's own code does not call (its objects are made through
 * Cloud Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE). Its ledger:
 * checks/words/efs.words.
 */
#include "provider/aws/checks/rules.h"

#define EFS "efs "
#define LP "lifecycle_policies"
/* A lifecycle configuration whose transition to IA is V moves no file to
 * Archive at V or sooner: no policy transitions to IA at V, or none to
 * Archive at the days listed. */
#define ARCHIVE_AFTER(V, ...) \
	ANY_OF(COUNT_WHERE(LP, 0, 0, IS("transition_to_ia", V)), \
	       COUNT_WHERE(LP, 0, 0, IS("transition_to_archive", __VA_ARGS__)))

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_efs[] = {
	/* a file system's encryption, performance and throughput */
	AWS_SAYS("efs.kms_key_encrypted", "awscc.efs.file_system", AWS_CALL_ANY, WHEN(SET("kms_key_id")),
		 THEN(SET("encrypted"), IS("encrypted", "true")),
		 "If you use KmsKeyId, you must set the CreateFileSystemRequest$Encrypted parameter "
		 "to true.", EFS "CreateFileSystem KmsKeyId"),
	/* its key, when the stack makes it, symmetric (checks/rules.h) */
	AWS_SAYS("efs.kms_key_symmetric", "awscc.efs.file_system", AWS_CALL_ANY, ALWAYS,
		 THEN(KEY_SYMMETRIC("kms_key_id")),
		 "You cannot use asymmetric KMS keys with Amazon EFS file systems.",
		 EFS "CreateFileSystem KmsKeyId"),
	AWS_SAYS("efs.one_zone_not_max_io", "awscc.efs.file_system", AWS_CALL_ANY,
		 WHEN(SET("availability_zone_name")),
		 THEN(IS_NOT("performance_mode", "maxIO")),
		 "The maxIO mode is not supported on One Zone file systems.",
		 EFS "CreateFileSystem PerformanceMode"),
	AWS_SAYS("efs.provisioned_throughput", "awscc.efs.file_system", AWS_CALL_ANY,
		 WHEN(IS("throughput_mode", "provisioned")),
		 THEN(SET("provisioned_throughput_in_mibps")),
		 "If you set ThroughputMode to provisioned, you must also set a value for "
		 "ProvisionedThroughputInMibps.", EFS "CreateFileSystem ThroughputMode"),
	/* its lifecycle policies: one transition each, Archive after IA */
	AWS_SAYS("efs.one_transition_each", "awscc.efs.file_system", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(LP, ALWAYS,
			   THEN(EXACTLY_ONE_OF(SET("transition_to_ia"), SET("transition_to_archive"),
					       SET("transition_to_primary_storage_class")))),
		      COUNT_WHERE(LP, 0, 1, SET("transition_to_ia")),
		      COUNT_WHERE(LP, 0, 1, SET("transition_to_archive")),
		      COUNT_WHERE(LP, 0, 1, SET("transition_to_primary_storage_class"))),
		 "This means that in a request body, LifecyclePolicies must be structured as an array "
		 "of LifecyclePolicy objects, one object for each storage transition.",
		 EFS "PutLifecycleConfiguration LifecyclePolicies"),
	AWS_SAYS("efs.archive_after_ia", "awscc.efs.file_system", AWS_CALL_ANY, ALWAYS,
		 THEN(ARCHIVE_AFTER("AFTER_1_DAY", "AFTER_1_DAY"),
		      ARCHIVE_AFTER("AFTER_7_DAYS", "AFTER_1_DAY", "AFTER_7_DAYS"),
		      ARCHIVE_AFTER("AFTER_14_DAYS", "AFTER_1_DAY", "AFTER_7_DAYS", "AFTER_14_DAYS"),
		      ARCHIVE_AFTER("AFTER_30_DAYS", "AFTER_1_DAY", "AFTER_7_DAYS", "AFTER_14_DAYS",
				    "AFTER_30_DAYS"),
		      ARCHIVE_AFTER("AFTER_60_DAYS", "AFTER_1_DAY", "AFTER_7_DAYS", "AFTER_14_DAYS",
				    "AFTER_30_DAYS", "AFTER_60_DAYS"),
		      ARCHIVE_AFTER("AFTER_90_DAYS", "AFTER_1_DAY", "AFTER_7_DAYS", "AFTER_14_DAYS",
				    "AFTER_30_DAYS", "AFTER_60_DAYS", "AFTER_90_DAYS"),
		      ARCHIVE_AFTER("AFTER_180_DAYS", "AFTER_1_DAY", "AFTER_7_DAYS", "AFTER_14_DAYS",
				    "AFTER_30_DAYS", "AFTER_60_DAYS", "AFTER_90_DAYS", "AFTER_180_DAYS"),
		      ARCHIVE_AFTER("AFTER_270_DAYS", "AFTER_1_DAY", "AFTER_7_DAYS", "AFTER_14_DAYS",
				    "AFTER_30_DAYS", "AFTER_60_DAYS", "AFTER_90_DAYS", "AFTER_180_DAYS",
				    "AFTER_270_DAYS"),
		      ARCHIVE_AFTER("AFTER_365_DAYS", "AFTER_1_DAY", "AFTER_7_DAYS", "AFTER_14_DAYS",
				    "AFTER_30_DAYS", "AFTER_60_DAYS", "AFTER_90_DAYS", "AFTER_180_DAYS",
				    "AFTER_270_DAYS", "AFTER_365_DAYS")),
		 "Therefore, TransitionToArchive must either not be set or must be later than "
		 "TransitionToIA.", EFS "PutLifecycleConfiguration LifecyclePolicies"),
	/* its replication: a One Zone destination's Region; a destination the
	 * stack makes not protected against overwriting */
	AWS_SAYS("efs.one_zone_destination_region", "awscc.efs.file_system", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("replication_configuration.destinations",
			   WHEN(SET("availability_zone_name")), THEN(SET("region")))),
		 "For One Zone file systems, the replication configuration must specify the "
		 "AWS-Region in which the destination file system is located.",
		 "CloudFormation registry: AWS::EFS::FileSystem ReplicationDestination.Region"),
	AWS_SAYS("efs.destination_unprotected", "awscc.efs.file_system", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("replication_configuration.destinations", ALWAYS,
			   THEN(IS_NOT("file_system_id->file_system_protection."
				       "replication_overwrite_protection", "ENABLED")))),
		 "The file system's replication overwrite replication must be disabled.",
		 EFS "CreateReplicationConfiguration Destinations.FileSystemId"),
	/* a mount target's security groups in its subnet's VPC (what each
	 * names: one resource) */
	AWS_SAYS("efs.groups_vpc_of_subnet", "awscc.efs.mount_target", AWS_CALL_ANY, ALWAYS,
		 THEN(SAME("subnet_id->vpc_id->", "security_groups[]->vpc_id->")),
		 "These must be for the same VPC as the subnet specified.",
		 EFS "CreateMountTarget SecurityGroups"),
	/* tags */
	AWS_SAYS("efs.tag_keys_unique", "awscc.efs.*", AWS_CALL_ANY, ALWAYS,
		 THEN(UNIQUE("file_system_tags[].key"), UNIQUE("access_point_tags[].key")),
		 "Each key must be unique.", EFS "CreateFileSystem Tags"),
	AWS_SAYS("efs.tag_keys_not_aws", "awscc.efs.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("file_system_tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:"))),
		      EACH("access_point_tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "The key can't start with aws:.", EFS "CreateFileSystem Tags.Key"),
	{ NULL },
};
