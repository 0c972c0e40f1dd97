/*
 * datasync/rules.c: AWS DataSync's (agents, locations, tasks) rows of the
 * one table of checks (checks/row.h) on the awscc types of a service
 * terrace's own code does not call (its objects are made through Cloud
 * Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE), one through the
 * VPC endpoint of the stack an agent names. Its ledger:
 * checks/words/datasync.words.
 */
#include "provider/aws/checks/rules.h"

#define DS "datasync "
#define OPT "options."
/* A location's credentials: a DataSync-managed secret under the customer's
 * KMS key (CmkSecretConfig) with the secret's value written, or a secret of
 * the customer's own (CustomSecretConfig) without it; not both. */
#define EITHER(WITH, OP) "You can use either CmkSecretConfig (with " WITH ") or " \
	"CustomSecretConfig (without " WITH ") to provide credentials for a " OP " request."
#define SMB_EITHER "You can use either CmkSecretConfig (with either Password or KerberosKeytab) " \
	"or CustomSecretConfig (without any Password and KerberosKeytab) to provide credentials " \
	"for a CreateLocationSmbRequest request."

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_datasync[] = {
	/* an agent's VPC endpoint of the stack, DataSync's (its service name) */
	AWS_SAYS("datasync.agent_endpoint_is_datasync", "awscc.datasync.agent", AWS_CALL_ANY,
		 ALWAYS, THEN(MATCHES("vpc_endpoint_id->service_name", "datasync")),
		 "The VPC service endpoint you use must include the DataSync service name (for "
		 "example, com.amazonaws.us-east-2.datasync).", DS "CreateAgent VpcEndpointId"),
	/* a task's options */
	AWS_SAYS("datasync.atime_none_mtime_none", "awscc.datasync.task", AWS_CALL_ANY,
		 WHEN(IS(OPT "atime", "NONE")), THEN(IS(OPT "mtime", "NONE")),
		 "If Atime is set to NONE, Mtime must also be NONE.",
		 DS "CreateTask Options.Atime"),
	AWS_SAYS("datasync.mtime_none_atime_none", "awscc.datasync.task", AWS_CALL_ANY,
		 WHEN(IS(OPT "mtime", "NONE")), THEN(IS(OPT "atime", "NONE")),
		 "If Mtime is set to NONE, Atime must also be set to NONE.",
		 DS "CreateTask Options.Mtime"),
	AWS_SAYS("datasync.remove_not_all", "awscc.datasync.task", AWS_CALL_ANY,
		 WHEN(IS(OPT "preserve_deleted_files", "REMOVE")),
		 THEN(IS_NOT(OPT "transfer_mode", "ALL")),
		 "If you set this parameter to REMOVE, you can't set TransferMode to ALL.",
		 DS "CreateTask Options.PreserveDeletedFiles"),
	AWS_SAYS("datasync.enhanced_log_group", "awscc.datasync.task", AWS_CALL_ANY,
		 WHEN(IS("task_mode", "ENHANCED"), SET("cloudwatch_log_group_arn")),
		 THEN(MATCHES("cloudwatch_log_group_arn", ":log-group:/aws/datasync(:\\*)?$")),
		 "For Enhanced mode tasks, you must use /aws/datasync as your log group name.",
		 DS "UpdateTask CloudWatchLogGroupArn"),
	/* a task's options by its locations the stack makes (crossing the
	 * reference: an EFS location's file system, an S3 location's class) */
	AWS_SAYS("datasync.devices_not_efs", "awscc.datasync.task", AWS_CALL_ANY,
		 WHEN(ANY_OF(SET("source_location_arn->efs_filesystem_arn"),
			     SET("destination_location_arn->efs_filesystem_arn"))),
		 THEN(IS_NOT(OPT "preserve_devices", "PRESERVE")),
		 "This option currently isn't supported for Amazon EFS.",
		 DS "CreateTask Options.PreserveDevices"),
	AWS_SAYS("datasync.verify_not_glacier", "awscc.datasync.task", AWS_CALL_ANY,
		 WHEN(IS("destination_location_arn->s3_storage_class", "GLACIER", "DEEP_ARCHIVE")),
		 THEN(IS_NOT(OPT "verify_mode", "POINT_IN_TIME_CONSISTENT")),
		 "You can't use this option when transferring to S3 Glacier Flexible Retrieval or S3 "
		 "Glacier Deep Archive storage classes.", DS "CreateTask Options.VerifyMode"),
	/* an HDFS location */
	AWS_SAYS("datasync.block_size_512", "awscc.datasync.location_hdfs", AWS_CALL_ANY, ALWAYS,
		 THEN(MULTIPLE_OF("block_size", 512)),
		 "The block size must be a multiple of 512 bytes.", DS "CreateLocationHdfs BlockSize"),
	AWS_SAYS("datasync.hdfs_one_name_node", "awscc.datasync.location_hdfs", AWS_CALL_ANY,
		 ALWAYS, THEN(LEN_IN("name_nodes", 0, 1)), "You can use only one NameNode.",
		 DS "CreateLocationHdfs NameNodes"),
	AWS_SAYS("datasync.hdfs_kerberos", "awscc.datasync.location_hdfs", AWS_CALL_ANY,
		 WHEN(IS("authentication_type", "KERBEROS")),
		 THEN(SET("kerberos_principal"), SET("kerberos_krb_5_conf"),
		      ANY_OF(SET("kerberos_keytab"), SET("custom_secret_config"))),
		 "If KERBEROS is specified for AuthenticationType, this parameter is required.",
		 DS "CreateLocationHdfs KerberosPrincipal"),
	AWS_SAYS("datasync.hdfs_simple_user", "awscc.datasync.location_hdfs", AWS_CALL_ANY,
		 WHEN(IS("authentication_type", "SIMPLE")), THEN(SET("simple_user")),
		 "If SIMPLE is specified for AuthenticationType, this parameter is required.",
		 DS "CreateLocationHdfs SimpleUser"),
	AWS_SAYS("datasync.hdfs_cmk", "awscc.datasync.location_hdfs", AWS_CALL_ANY,
		 WHEN(SET("cmk_secret_config")),
		 THEN(UNSET("custom_secret_config"), SET("kerberos_keytab")),
		 EITHER("KerberosKeytab", "CreateLocationHdfs"),
		 DS "CreateLocationHdfs CmkSecretConfig"),
	AWS_SAYS("datasync.hdfs_custom", "awscc.datasync.location_hdfs", AWS_CALL_ANY,
		 WHEN(SET("custom_secret_config")),
		 THEN(UNSET("kerberos_keytab")),
		 EITHER("KerberosKeytab", "CreateLocationHdfs"),
		 DS "CreateLocationHdfs CustomSecretConfig"),
	/* an SMB location */
	AWS_SAYS("datasync.smb_cmk", "awscc.datasync.location_smb", AWS_CALL_ANY,
		 WHEN(SET("cmk_secret_config")),
		 THEN(UNSET("custom_secret_config"), ANY_OF(SET("password"), SET("kerberos_keytab"))),
		 SMB_EITHER,
		 DS "CreateLocationSmb CmkSecretConfig"),
	AWS_SAYS("datasync.smb_custom", "awscc.datasync.location_smb", AWS_CALL_ANY,
		 WHEN(SET("custom_secret_config")),
		 THEN(UNSET("password"), UNSET("kerberos_keytab")),
		 SMB_EITHER,
		 DS "CreateLocationSmb CmkSecretConfig"),
	AWS_SAYS("datasync.smb_kerberos_dns_name", "awscc.datasync.location_smb", AWS_CALL_ANY,
		 WHEN(IS("authentication_type", "KERBEROS")),
		 THEN(NOT_MATCHES("server_hostname", "^[0-9]+(\\.[0-9]+){3}$")),
		 "If you're using Kerberos authentication, you must specify a domain name.",
		 DS "CreateLocationSmb ServerHostname"),
	AWS_SAYS("datasync.smb_spn_cifs", "awscc.datasync.location_smb", AWS_CALL_ANY,
		 WHEN(SET("kerberos_principal")), THEN(MATCHES("kerberos_principal", "^cifs/")),
		 "SPNs are case sensitive and must include a prepended cifs/.",
		 "CloudFormation registry: AWS::DataSync::LocationSMB KerberosPrincipal"),
	/* the other locations' credentials */
	AWS_SAYS("datasync.azure_cmk", "awscc.datasync.location_azure_blob", AWS_CALL_ANY,
		 WHEN(SET("cmk_secret_config")),
		 THEN(UNSET("custom_secret_config"), SET("azure_blob_sas_configuration")),
		 EITHER("SasConfiguration", "CreateLocationAzureBlob"),
		 DS "CreateLocationAzureBlob CmkSecretConfig"),
	AWS_SAYS("datasync.azure_custom", "awscc.datasync.location_azure_blob", AWS_CALL_ANY,
		 WHEN(SET("custom_secret_config")),
		 THEN(UNSET("azure_blob_sas_configuration")),
		 EITHER("SasConfiguration", "CreateLocationAzureBlob"),
		 DS "CreateLocationAzureBlob CustomSecretConfig"),
	AWS_SAYS("datasync.object_storage_cmk", "awscc.datasync.location_object_storage", AWS_CALL_ANY,
		 WHEN(SET("cmk_secret_config")),
		 THEN(UNSET("custom_secret_config"), SET("secret_key")),
		 EITHER("SecretKey", "CreateLocationObjectStorage"),
		 DS "CreateLocationObjectStorage CmkSecretConfig"),
	AWS_SAYS("datasync.object_storage_custom", "awscc.datasync.location_object_storage", AWS_CALL_ANY,
		 WHEN(SET("custom_secret_config")),
		 THEN(UNSET("secret_key")),
		 EITHER("SecretKey", "CreateLocationObjectStorage"),
		 DS "CreateLocationObjectStorage CustomSecretConfig"),
	AWS_SAYS("datasync.fsx_windows_cmk", "awscc.datasync.location_fsx_windows", AWS_CALL_ANY,
		 WHEN(SET("cmk_secret_config")),
		 THEN(UNSET("custom_secret_config"), SET("password")),
		 EITHER("Password", "CreateLocationFsxWindows"),
		 DS "CreateLocationFsxWindows CmkSecretConfig"),
	AWS_SAYS("datasync.fsx_windows_custom", "awscc.datasync.location_fsx_windows", AWS_CALL_ANY,
		 WHEN(SET("custom_secret_config")),
		 THEN(UNSET("password")),
		 EITHER("Password", "CreateLocationFsxWindows"),
		 DS "CreateLocationFsxWindows CustomSecretConfig"),
	AWS_SAYS("datasync.fsx_ontap_cmk", "awscc.datasync.location_fsx_ontap", AWS_CALL_ANY,
		 WHEN(SET("protocol.smb.cmk_secret_config")),
		 THEN(UNSET("protocol.smb.custom_secret_config"), SET("protocol.smb.password")),
		 EITHER("Password", "CreateLocationFsxOntap"),
		 DS "CreateLocationFsxOntap Protocol.SMB.CmkSecretConfig"),
	AWS_SAYS("datasync.fsx_ontap_custom", "awscc.datasync.location_fsx_ontap", AWS_CALL_ANY,
		 WHEN(SET("protocol.smb.custom_secret_config")),
		 THEN(UNSET("protocol.smb.password")),
		 EITHER("Password", "CreateLocationFsxOntap"),
		 DS "CreateLocationFsxOntap Protocol.SMB.CustomSecretConfig"),
	/* an EFS and an FSx for OpenZFS location */
	AWS_SAYS("datasync.efs_tls", "awscc.datasync.location_efs", AWS_CALL_ANY,
		 WHEN(ANY_OF(SET("access_point_arn"), SET("file_system_access_role_arn"))),
		 THEN(SET("in_transit_encryption"), IS("in_transit_encryption", "TLS1_2")),
		 "If you specify an access point using AccessPointArn or an IAM role using "
		 "FileSystemAccessRoleArn, you must set this parameter to TLS1_2.",
		 DS "CreateLocationEfs InTransitEncryption"),
	AWS_SAYS("datasync.openzfs_fsx", "awscc.datasync.location_fsx_open_zfs", AWS_CALL_ANY,
		 WHEN(SET("subdirectory")), THEN(MATCHES("subdirectory", "^/fsx")),
		 "A subdirectory in the location's path that must begin with /fsx.",
		 DS "CreateLocationFsxOpenZfs Subdirectory"),
	/* every type's tags */
	AWS_SAYS("datasync.tag_keys_not_aws", "awscc.datasync.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "You can specify a value that is 1 to 128 Unicode characters in length and cannot be "
		 "prefixed with aws:.",
		 "CloudFormation registry: AWS::DataSync::LocationHDFS Tag.Key"),
	{ NULL },
};
