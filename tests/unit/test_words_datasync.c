/*
 * test_words_datasync.c: the words rows (AWS_SAYS, checks/words.c) of AWS
 * DataSync's awscc types (datasync/rules.c; the ledger
 * checks/words/datasync.words), the census's third scope, each through
 * aws_constraints_check: a resource it refuses, whose message names the
 * attribute, quotes AWS's sentence and names its document, and its passing
 * twin; every such row has a case here but those that cross a reference
 * (test_words_crossing.c's).
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

#define ARN "arn:aws:datasync:us-east-1:123456789012:"
#define LOC(ID) "'" ARN "location/loc-" ID "'"
#define AGENT "['" ARN "agent/agent-0123456789abcdef0']"
#define SECRET "'secret_arn': 'arn:aws:secretsmanager:us-east-1:123456789012:secret:s'"
#define CMK "'cmk_secret_config': {'kms_key_arn': " \
	"'arn:aws:kms:us-east-1:123456789012:key/1'}"
#define CUSTOM "'custom_secret_config': {" SECRET ", 'secret_access_role_arn': " \
	"'arn:aws:iam::123456789012:role/ds'}"
#define TASK(OPTIONS, MORE) "{'source_location_arn': " LOC("0123456789abcdef0") ", " \
	"'destination_location_arn': " LOC("0123456789abcdef1") ", 'options': {" OPTIONS "}" \
	MORE "}"
#define HDFS(MORE) "{'agent_arns': " AGENT ", 'name_nodes': [{'hostname': 'nn1', " \
	"'port': 8020}], 'authentication_type': 'SIMPLE', 'simple_user': 'hdfs'" MORE "}"
#define KERBEROS_HDFS(MORE) "{'agent_arns': " AGENT ", 'name_nodes': [{'hostname': 'nn1', " \
	"'port': 8020}], 'authentication_type': 'KERBEROS', 'kerberos_principal': " \
	"'hdfs/nn1@EXAMPLE.COM'" MORE "}"
#define SMB(MORE) "{'agent_arns': " AGENT ", 'server_hostname': 'files.example.com', " \
	"'subdirectory': '/share'" MORE "}"
#define AZURE(MORE) "{'azure_blob_authentication_type': 'SAS', 'azure_blob_container_url': " \
	"'https://acct.blob.core.windows.net/container'" MORE "}"
#define SAS "'azure_blob_sas_configuration': {'azure_blob_sas_token': 'sv=2021&sig=x'}"
#define OBJECTS(MORE) "{'server_hostname': 'minio.example.com', 'bucket_name': 'data'" MORE "}"
#define FSXW(MORE) "{'user': 'admin', 'security_group_arns': " \
	"['arn:aws:ec2:us-east-1:123456789012:security-group/sg-1']" MORE "}"
#define ONTAP(SMB_MORE) "{'security_group_arns': " \
	"['arn:aws:ec2:us-east-1:123456789012:security-group/sg-1'], " \
	"'storage_virtual_machine_arn': 'arn:aws:fsx:us-east-1:123456789012:storage-virtual-" \
	"machine/fs-0123456789abcdef0/svm-0123456789abcdef0', 'protocol': {'smb': {'user': " \
	"'admin', 'mount_options': {'version': 'AUTOMATIC'}" SMB_MORE "}}}"
#define EFS_LOC(MORE) "{'ec_2_config': {'security_group_arns': " \
	"['arn:aws:ec2:us-east-1:123456789012:security-group/sg-1'], 'subnet_arn': " \
	"'arn:aws:ec2:us-east-1:123456789012:subnet/subnet-1'}, 'efs_filesystem_arn': " \
	"'arn:aws:elasticfilesystem:us-east-1:123456789012:file-system/fs-1'" MORE "}"
#define ZFS(DIR) "{'security_group_arns': " \
	"['arn:aws:ec2:us-east-1:123456789012:security-group/sg-1'], 'protocol': {'nfs': " \
	"{'mount_options': {'version': 'AUTOMATIC'}}}, 'subdirectory': '" DIR "'}"

/* Each row's refused resource and its passing twin. */
static const struct words_case cases[] = {
	{ "datasync.atime_none_mtime_none", "awscc.datasync.task", "options.mtime",
	  TASK("'atime': 'NONE', 'mtime': 'PRESERVE'", ""), NULL,
	  TASK("'atime': 'NONE', 'mtime': 'NONE'", ""), NULL },
	{ "datasync.mtime_none_atime_none", "awscc.datasync.task", "options.atime",
	  TASK("'atime': 'BEST_EFFORT', 'mtime': 'NONE'", ""), NULL,
	  TASK("'atime': 'BEST_EFFORT', 'mtime': 'PRESERVE'", ""), NULL },
	{ "datasync.remove_not_all", "awscc.datasync.task", "options.transfer_mode",
	  TASK("'preserve_deleted_files': 'REMOVE', 'transfer_mode': 'ALL'", ""), NULL,
	  TASK("'preserve_deleted_files': 'REMOVE', 'transfer_mode': 'CHANGED'", ""), NULL },
	{ "datasync.enhanced_log_group", "awscc.datasync.task", "cloudwatch_log_group_arn",
	  TASK("", ", 'task_mode': 'ENHANCED', 'cloudwatch_log_group_arn': "
	       "'arn:aws:logs:us-east-1:123456789012:log-group:/aws/transfers:*'"), NULL,
	  TASK("", ", 'task_mode': 'ENHANCED', 'cloudwatch_log_group_arn': "
	       "'arn:aws:logs:us-east-1:123456789012:log-group:/aws/datasync:*'"), NULL },
	{ "datasync.block_size_512", "awscc.datasync.location_hdfs", "block_size",
	  HDFS(", 'block_size': 134217000"), NULL, HDFS(", 'block_size': 134217728"), NULL },
	{ "datasync.hdfs_one_name_node", "awscc.datasync.location_hdfs", "name_nodes",
	  "{'agent_arns': " AGENT ", 'name_nodes': [{'hostname': 'nn1', 'port': 8020}, "
	  "{'hostname': 'nn2', 'port': 8020}], 'authentication_type': 'SIMPLE', 'simple_user': "
	  "'hdfs'}", NULL, HDFS(""), NULL },
	{ "datasync.hdfs_kerberos", "awscc.datasync.location_hdfs", "kerberos_krb_5_conf",
	  KERBEROS_HDFS(", 'kerberos_keytab': 'a2V5dGFi'"), NULL,
	  KERBEROS_HDFS(", 'kerberos_keytab': 'a2V5dGFi', 'kerberos_krb_5_conf': "
			"'[libdefaults]'"), NULL },
	{ "datasync.hdfs_simple_user", "awscc.datasync.location_hdfs", "simple_user",
	  "{'agent_arns': " AGENT ", 'name_nodes': [{'hostname': 'nn1', 'port': 8020}], "
	  "'authentication_type': 'SIMPLE'}", NULL, HDFS(""), NULL },
	{ "datasync.hdfs_cmk", "awscc.datasync.location_hdfs", "custom_secret_config",
	  KERBEROS_HDFS(", 'kerberos_krb_5_conf': '[libdefaults]', 'kerberos_keytab': "
			"'a2V5dGFi', " CMK ", " CUSTOM), NULL,
	  KERBEROS_HDFS(", 'kerberos_krb_5_conf': '[libdefaults]', 'kerberos_keytab': "
			"'a2V5dGFi', " CMK), NULL },
	{ "datasync.hdfs_custom", "awscc.datasync.location_hdfs", "kerberos_keytab",
	  KERBEROS_HDFS(", 'kerberos_krb_5_conf': '[libdefaults]', 'kerberos_keytab': "
			"'a2V5dGFi', " CUSTOM), NULL,
	  KERBEROS_HDFS(", 'kerberos_krb_5_conf': '[libdefaults]', " CUSTOM), NULL },
	{ "datasync.smb_cmk", "awscc.datasync.location_smb", "custom_secret_config",
	  SMB(", 'user': 'u', 'password': 'p', " CMK ", " CUSTOM), NULL,
	  SMB(", 'user': 'u', 'password': 'p', " CMK), NULL },
	{ "datasync.smb_custom", "awscc.datasync.location_smb", "password",
	  SMB(", 'user': 'u', 'password': 'p', " CUSTOM), NULL, SMB(", 'user': 'u', " CUSTOM),
	  NULL },
	{ "datasync.smb_kerberos_dns_name", "awscc.datasync.location_smb", "server_hostname",
	  "{'agent_arns': " AGENT ", 'server_hostname': '10.0.0.5', 'subdirectory': '/share', "
	  "'authentication_type': 'KERBEROS'}", NULL,
	  SMB(", 'authentication_type': 'KERBEROS'"), NULL },
	{ "datasync.smb_spn_cifs", "awscc.datasync.location_smb", "kerberos_principal",
	  SMB(", 'authentication_type': 'KERBEROS', 'kerberos_principal': "
	      "'kerberosuser@EXAMPLE.COM'"), NULL,
	  SMB(", 'authentication_type': 'KERBEROS', 'kerberos_principal': "
	      "'cifs/kerberosuser@EXAMPLE.COM'"), NULL },
	{ "datasync.azure_cmk", "awscc.datasync.location_azure_blob",
	  "azure_blob_sas_configuration", AZURE(", " CMK), NULL, AZURE(", " CMK ", " SAS), NULL },
	{ "datasync.azure_custom", "awscc.datasync.location_azure_blob",
	  "azure_blob_sas_configuration", AZURE(", " CUSTOM ", " SAS), NULL, AZURE(", " CUSTOM),
	  NULL },
	{ "datasync.object_storage_cmk", "awscc.datasync.location_object_storage", "secret_key",
	  OBJECTS(", 'access_key': 'ak', " CMK), NULL,
	  OBJECTS(", 'access_key': 'ak', 'secret_key': 'secret-key-1', " CMK), NULL },
	{ "datasync.object_storage_custom", "awscc.datasync.location_object_storage",
	  "secret_key", OBJECTS(", 'secret_key': 'secret-key-1', " CUSTOM), NULL,
	  OBJECTS(", " CUSTOM), NULL },
	{ "datasync.fsx_windows_cmk", "awscc.datasync.location_fsx_windows", "password",
	  FSXW(", " CMK), NULL, FSXW(", 'password': 'p', " CMK), NULL },
	{ "datasync.fsx_windows_custom", "awscc.datasync.location_fsx_windows", "password",
	  FSXW(", 'password': 'p', " CUSTOM), NULL, FSXW(", " CUSTOM), NULL },
	{ "datasync.fsx_ontap_cmk", "awscc.datasync.location_fsx_ontap", "protocol.smb.password",
	  ONTAP(", " CMK), NULL, ONTAP(", 'password': 'p', " CMK), NULL },
	{ "datasync.fsx_ontap_custom", "awscc.datasync.location_fsx_ontap",
	  "protocol.smb.password", ONTAP(", 'password': 'p', " CUSTOM), NULL,
	  ONTAP(", " CUSTOM), NULL },
	{ "datasync.efs_tls", "awscc.datasync.location_efs", "in_transit_encryption",
	  EFS_LOC(", 'access_point_arn': 'arn:aws:elasticfilesystem:us-east-1:123456789012:"
		  "access-point/fsap-0123456789abcdef0'"), NULL,
	  EFS_LOC(", 'access_point_arn': 'arn:aws:elasticfilesystem:us-east-1:123456789012:"
		  "access-point/fsap-0123456789abcdef0', 'in_transit_encryption': 'TLS1_2'"), NULL },
	{ "datasync.openzfs_fsx", "awscc.datasync.location_fsx_open_zfs", "subdirectory",
	  ZFS("/data"), NULL, ZFS("/fsx/data"), NULL },
	{ "datasync.tag_keys_not_aws", "awscc.datasync.location_s3", "tags[0].key",
	  "{'s3_config': {'bucket_access_role_arn': 'arn:aws:iam::123456789012:role/ds'}, "
	  "'tags': [{'key': 'aws:team', 'value': 'a'}]}", NULL,
	  "{'s3_config': {'bucket_access_role_arn': 'arn:aws:iam::123456789012:role/ds'}, "
	  "'tags': [{'key': 'team', 'value': 'a'}]}", NULL },
};

static const char *const services[] = { "datasync.", NULL };

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
					 "test_words_datasync.c");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
