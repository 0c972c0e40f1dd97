/*
 * test_words_census8.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope from rank 40 on (transfer/rules.c; the ledger
 * checks/words/transfer.words), each through aws_constraints_check: a
 * resource it refuses, whose message names the attribute, quotes AWS's
 * sentence and names its document, and its passing twin; every such row
 * has a case here (a row that crosses a reference: test_words_crossing.c's).
 * And the written rules: a Transfer Family server's Elastic IP addresses,
 * one a subnet (rule_transfer_eips_per_subnet); a certificate's tag keys.
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

/* Transfer Family: a server, a user, a connector, a profile, a workflow */
#define TF_SERVER(MORE) "{'domain': 'S3'" MORE "}"
#define TF_VPC ", 'endpoint_type': 'VPC'"
#define TF_LAMBDA ", 'identity_provider_type': 'AWS_LAMBDA', 'identity_provider_details': " \
	"{'function': 'arn:aws:lambda:us-east-1:123456789012:function:idp'}"
#define TF_EIPS(EIPS) ", 'endpoint_details': {'subnet_ids': ['subnet-1', 'subnet-2'], " \
	"'address_allocation_ids': [" EIPS "]}"
#define TF_USER(MORE) "{'server_id': 's-0123456789abcdef0', 'user_name': 'ana', 'role': " \
	"'arn:aws:iam::123456789012:role/t'" MORE "}"
#define TF_CONNECTOR(MORE) "{'access_role': 'arn:aws:iam::123456789012:role/t'" MORE "}"
#define TF_SECRET "arn:aws:secretsmanager:us-east-1:123456789012:secret:sftp"
#define TF_SFTP(MORE) ", 'url': 'sftp://partner.example.com', 'sftp_config': {" MORE "}"
#define TF_AS2(URL, ALG) ", 'url': '" URL "', 'as_2_config': {'local_profile_id': " \
	"'p-0123456789abcdef0', 'partner_profile_id': 'p-0123456789abcdef1', " \
	"'encryption_algorithm': '" ALG "'}"
#define TF_LATTICE ", 'egress_config': {'vpc_lattice': {'resource_configuration_arn': " \
	"'arn:aws:vpc-lattice:us-east-1:123456789012:resourceconfiguration/rcfg-1', " \
	"'port_number': 22}}, 'sftp_config': {'user_secret_id': '" TF_SECRET "'}"
#define TF_DECRYPT(LOCATION) "{'steps': [{'type': 'DECRYPT', 'decrypt_step_details': {'type': " \
	"'PGP', 'destination_file_location': {" LOCATION "}}}]}"
#define TF_S3_LOC "'s3_file_location': {'bucket': 'b', 'key': 'k'}"
#define TF_EFS_LOC "'efs_file_location': {'file_system_id': 'fs-0123456789abcdef0', 'path': '/p'}"
#define ECDSA(BITS) "ecdsa-sha2-nistp" BITS " AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAI"

/* Each row's refused resource and its passing twin. */
static const struct words_case cases[] = {
	{ "transfer.ftps_certificate", "awscc.transfer.server", "certificate",
	  TF_SERVER(TF_VPC TF_LAMBDA ", 'protocols': ['FTPS']"), NULL,
	  TF_SERVER(TF_VPC TF_LAMBDA ", 'protocols': ['FTPS'], "
		    "'certificate': 'arn:aws:acm:us-east-1:123456789012:certificate/1'"), NULL },
	{ "transfer.ftp_vpc_custom_idp", "awscc.transfer.server", "identity_provider_type",
	  TF_SERVER(TF_VPC ", 'identity_provider_type': 'SERVICE_MANAGED', 'protocols': ['FTP']"),
	  NULL,
	  TF_SERVER(TF_VPC TF_LAMBDA ", 'protocols': ['FTP']"), NULL },
	{ "transfer.as2_vpc_s3", "awscc.transfer.server", "endpoint_type",
	  "{'endpoint_type': 'PUBLIC', 'protocols': ['AS2']}", NULL,
	  TF_SERVER(TF_VPC ", 'protocols': ['AS2']"), NULL },
	{ "transfer.eips_vpc", "awscc.transfer.server", "endpoint_type",
	  TF_SERVER(", 'endpoint_type': 'VPC_ENDPOINT'" TF_EIPS("'eipalloc-1', 'eipalloc-2'")),
	  NULL, TF_SERVER(TF_VPC TF_EIPS("'eipalloc-1', 'eipalloc-2'")), NULL },
	{ "transfer.eips_no_ftp", "awscc.transfer.server", "protocols[1]",
	  TF_SERVER(TF_VPC TF_LAMBDA ", 'protocols': ['SFTP', 'FTP']"
		    TF_EIPS("'eipalloc-1', 'eipalloc-2'")), NULL,
	  TF_SERVER(TF_VPC TF_LAMBDA ", 'protocols': ['SFTP', 'AS2']"
		    TF_EIPS("'eipalloc-1', 'eipalloc-2'")), NULL },
	{ "transfer.eips_unique", "awscc.transfer.server",
	  "endpoint_details.address_allocation_ids[1]",
	  TF_SERVER(TF_VPC TF_EIPS("'eipalloc-1', 'eipalloc-1'")), NULL,
	  TF_SERVER(TF_VPC TF_EIPS("'eipalloc-1', 'eipalloc-2'")), NULL },
	{ "transfer.eips_ipv4", "awscc.transfer.server", "ip_address_type",
	  TF_SERVER(TF_VPC ", 'ip_address_type': 'DUALSTACK'" TF_EIPS("'eipalloc-1', 'eipalloc-2'")),
	  NULL,
	  TF_SERVER(TF_VPC ", 'ip_address_type': 'IPV4'" TF_EIPS("'eipalloc-1', 'eipalloc-2'")),
	  NULL },
	{ "transfer.subnets_vpc", "awscc.transfer.server", "endpoint_type",
	  TF_SERVER(", 'endpoint_type': 'PUBLIC', 'endpoint_details': {'subnet_ids': "
		    "['subnet-1']}"), NULL,
	  TF_SERVER(TF_VPC ", 'endpoint_details': {'subnet_ids': ['subnet-1']}"), NULL },
	{ "transfer.security_groups_vpc", "awscc.transfer.server", "endpoint_type",
	  TF_SERVER(", 'endpoint_type': 'PUBLIC', 'endpoint_details': {'security_group_ids': "
		    "['sg-1']}"), NULL,
	  TF_SERVER(TF_VPC ", 'endpoint_details': {'security_group_ids': ['sg-1']}"), NULL },
	{ "transfer.vpc_id_vpc", "awscc.transfer.server", "endpoint_type",
	  TF_SERVER(", 'endpoint_type': 'VPC_ENDPOINT', 'endpoint_details': {'vpc_id': 'vpc-1'}"),
	  NULL, TF_SERVER(TF_VPC ", 'endpoint_details': {'vpc_id': 'vpc-1'}"), NULL },
	{ "transfer.vpc_endpoint_id", "awscc.transfer.server", "endpoint_type",
	  TF_SERVER(TF_VPC ", 'endpoint_details': {'vpc_endpoint_id': 'vpce-0123456789abcdef0'}"),
	  NULL,
	  TF_SERVER(", 'endpoint_type': 'VPC_ENDPOINT', 'endpoint_details': {'vpc_endpoint_id': "
		    "'vpce-0123456789abcdef0'}"), NULL },
	{ "transfer.idp_details_required", "awscc.transfer.server", "identity_provider_details",
	  TF_SERVER(", 'identity_provider_type': 'API_GATEWAY'"), NULL,
	  TF_SERVER(", 'identity_provider_type': 'API_GATEWAY', 'identity_provider_details': "
		    "{'url': 'https://a.example.com', 'invocation_role': "
		    "'arn:aws:iam::123456789012:role/idp'}"), NULL },
	{ "transfer.idp_details_service_managed", "awscc.transfer.server", "identity_provider_type",
	  TF_SERVER(", 'identity_provider_type': 'SERVICE_MANAGED', 'identity_provider_details': "
		    "{'directory_id': 'd-0123456789'}"), NULL,
	  TF_SERVER(", 'identity_provider_type': 'AWS_DIRECTORY_SERVICE', "
		    "'identity_provider_details': {'directory_id': 'd-0123456789'}"), NULL },
	{ "transfer.lambda_function", "awscc.transfer.server", "identity_provider_details.function",
	  TF_SERVER(", 'identity_provider_type': 'AWS_LAMBDA', 'identity_provider_details': "
		    "{'sftp_authentication_methods': 'PASSWORD'}"), NULL,
	  TF_SERVER(", 'identity_provider_type': 'AWS_LAMBDA', 'identity_provider_details': "
		    "{'function': 'arn:aws:lambda:us-east-1:123456789012:function:idp'}"), NULL },
	{ "transfer.mappings_logical", "awscc.transfer.user", "home_directory_type",
	  TF_USER(", 'home_directory_type': 'PATH', 'home_directory_mappings': [{'entry': '/', "
		  "'target': '/bucket/ana'}]"), NULL,
	  TF_USER(", 'home_directory_type': 'LOGICAL', 'home_directory_mappings': [{'entry': '/', "
		  "'target': '/bucket/ana'}]"), NULL },
	{ "transfer.logical_mappings", "awscc.transfer.user", "home_directory_mappings",
	  TF_USER(", 'home_directory_type': 'LOGICAL', 'home_directory': '/bucket/ana'"), NULL,
	  TF_USER(", 'home_directory_type': 'PATH', 'home_directory': '/bucket/ana'"), NULL },
	{ "transfer.ssh_key_ecdsa", "awscc.transfer.user", "ssh_public_keys[0]",
	  TF_USER(", 'ssh_public_keys': ['" ECDSA("512") "']"), NULL,
	  TF_USER(", 'ssh_public_keys': ['" ECDSA("521") "', 'ssh-ed25519 AAAAC3Nz']"), NULL },
	{ "transfer.trusted_host_key_ecdsa", "awscc.transfer.connector",
	  "sftp_config.trusted_host_keys[1]",
	  TF_CONNECTOR(TF_SFTP("'user_secret_id': '" TF_SECRET "', 'trusted_host_keys': "
			       "['ssh-rsa AAAAB3Nz', '" ECDSA("256x") "']")), NULL,
	  TF_CONNECTOR(TF_SFTP("'user_secret_id': '" TF_SECRET "', 'trusted_host_keys': "
			       "['ssh-rsa AAAAB3Nz', '" ECDSA("256") "']")), NULL },
	{ "transfer.no_encryption_https", "awscc.transfer.connector", "url",
	  TF_CONNECTOR(TF_AS2("http://partner.example.com", "NONE")), NULL,
	  TF_CONNECTOR(TF_AS2("HTTPS://partner.example.com", "NONE")), NULL },
	{ "transfer.user_secret_arn", "awscc.transfer.connector", "sftp_config.user_secret_id",
	  TF_CONNECTOR(TF_SFTP("'user_secret_id': 'sftp-partner'")), NULL,
	  TF_CONNECTOR(TF_SFTP("'user_secret_id': '" TF_SECRET "'")), NULL },
	{ "transfer.sftp_user_secret", "awscc.transfer.connector", "sftp_config.user_secret_id",
	  TF_CONNECTOR(TF_SFTP("'trusted_host_keys': ['ssh-rsa AAAAB3Nz']")), NULL,
	  TF_CONNECTOR(TF_SFTP("'user_secret_id': '" TF_SECRET "'")), NULL },
	{ "transfer.lattice_no_url", "awscc.transfer.connector", "url",
	  TF_CONNECTOR(", 'url': 'sftp://partner.example.com'" TF_LATTICE), NULL,
	  TF_CONNECTOR(TF_LATTICE), NULL },
	{ "transfer.url_without_egress", "awscc.transfer.connector", "url",
	  TF_CONNECTOR(", 'sftp_config': {'user_secret_id': '" TF_SECRET "'}"), NULL,
	  TF_CONNECTOR(TF_SFTP("'user_secret_id': '" TF_SECRET "'")), NULL },
	{ "transfer.as2_id_no_spaces", "awscc.transfer.profile", "as_2_id",
	  "{'as_2_id': 'our company', 'profile_type': 'LOCAL'}", NULL,
	  "{'as_2_id': 'our-company', 'profile_type': 'LOCAL'}", NULL },
	{ "transfer.decrypt_one_location", "awscc.transfer.workflow",
	  "steps[0].decrypt_step_details.destination_file_location.s3_file_location",
	  TF_DECRYPT(TF_S3_LOC ", " TF_EFS_LOC), NULL, TF_DECRYPT(TF_EFS_LOC), NULL },
};

static const char *const services[] = { "transfer.", NULL };

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
					 "test_words_census8.c");
}

/* A written rule refuses each of refused (its message holding `says`) on
 * type, and passes each of passing. */
static void written_judges(const char *type, const char *const *refused, size_t nr,
			   const char *const *passing, size_t np, const char *says)
{
	for (size_t i = 0; i < nr; i++) {
		struct strbuf err = STRBUF_INIT;
		if (!words_judge(type, refused[i], NULL, NULL, &err))
			fail_msg("accepted %s", refused[i]);
		if (!strstr(err.buf, says))
			fail_msg("message \"%s\" lacks \"%s\"", err.buf, says);
		strbuf_release(&err);
	}
	for (size_t i = 0; i < np; i++) {
		struct strbuf err = STRBUF_INIT;
		if (words_judge(type, passing[i], NULL, NULL, &err))
			fail_msg("refused %s: %s", passing[i], err.buf);
		strbuf_release(&err);
	}
}

/* A Transfer Family server's Elastic IP addresses, one a subnet
 * (rule_transfer_eips_per_subnet); a certificate's tag keys not aws:
 * (rule_tag_list_keys). */
static void test_transfer_written(void **state)
{
	static const char *const eips_refused[] = { TF_SERVER(TF_VPC TF_EIPS("'eipalloc-1'")) };
	static const char *const eips_passing[] = {
		TF_SERVER(TF_VPC TF_EIPS("'eipalloc-1', 'eipalloc-2'")),
		TF_SERVER(TF_VPC TF_EIPS("'${var.eip_a}', '${var.eip_b}'")),
		TF_SERVER(TF_VPC ", 'endpoint_details': {'subnet_ids': '${var.subnets}', "
			  "'address_allocation_ids': ['eipalloc-1']}"),
	};
#define CERT(KEY) "{'usage': 'SIGNING', 'certificate': 'x', 'tags': [{'key': '" KEY "', " \
	"'value': 'v'}]}"
	static const char *const tags_refused[] = { CERT("aws:team") };
	static const char *const tags_passing[] = { CERT("team") };
#undef CERT

	(void)state;
	written_judges("awscc.transfer.server", eips_refused, 1, eips_passing, 3,
		       "1 addresses for 2 subnets");
	written_judges("awscc.transfer.certificate", tags_refused, 1, tags_passing, 1, "aws:");
}

int main(void)
{
	setenv("AWS_REGION", "us-east-1", 1);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_transfer_written),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
