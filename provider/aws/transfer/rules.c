/*
 * transfer/rules.c: AWS Transfer Family's (servers, users, connectors,
 * profiles, certificates, workflows, web apps) rows of the one table of
 * checks (checks/row.h) on the awscc types of a service terrace's own code
 * does not call (its objects are made through Cloud Control alone): AWS's
 * words of the census's third scope (checks/words/gen_words.py,
 * sentences.py's THIRD_SCOPE), and the written rule of a server's Elastic
 * IP addresses, one a subnet. Its ledger: checks/words/transfer.words.
 */
#include <stdio.h>
#include <string.h>

#include "provider/aws/checks/rules.h"
#include "provider/provider.h"

#define TF "transfer "
#define SERVER "awscc.transfer.server"
#define USER "awscc.transfer.user"
#define CONNECTOR "awscc.transfer.connector"
#define EIPS "endpoint_details.address_allocation_ids"
#define CUSTOM_IDP "AWS_DIRECTORY_SERVICE", "AWS_LAMBDA", "API_GATEWAY"
#define VPC_ONLY "This property can only be set when EndpointType is set to VPC."
/* an ECDSA key's type, of an SSH public key's text */
#define ECDSA_TYPE(LIST) EACH(LIST, WHEN(MATCHES("", "^ecdsa")), \
			      THEN(MATCHES("", "^ecdsa-sha2-nistp(256|384|521)([ \t]|$)")))

/* A server's Elastic IP addresses, one for each of its subnets: both lists
 * written, of lengths known, the same length. */
int rule_transfer_eips_per_subnet(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *eips = json_object_get(v, "address_allocation_ids");
	const json_t *subnets = json_object_get(v, "subnet_ids");

	(void)r;
	if (!json_is_array(eips) || !json_is_array(subnets) ||
	    json_array_size(eips) == json_array_size(subnets))
		return 0;
	strbuf_addf(err, "endpoint_details.address_allocation_ids: %zu addresses for %zu subnets: "
		    "AWS says \"AddressAllocationIds can't contain duplicates, and must be equal in "
		    "length to SubnetIds.\" (" TF "CreateServer EndpointDetails.AddressAllocationIds)",
		    json_array_size(eips), json_array_size(subnets));
	return -1;
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_transfer[] = {
	/* a server's protocols */
	AWS_SAYS("transfer.ftps_certificate", SERVER, AWS_CALL_ANY,
		 WHEN(HAS("protocols", "FTPS")), THEN(SET("certificate")),
		 "Required when Protocols is set to FTPS.", TF "CreateServer Certificate"),
	AWS_SAYS("transfer.ftp_vpc_custom_idp", SERVER, AWS_CALL_ANY,
		 WHEN(HAS("protocols", "FTP", "FTPS")),
		 THEN(IS("endpoint_type", "VPC"), IS("identity_provider_type", CUSTOM_IDP)),
		 "If Protocol includes either FTP or FTPS, then the EndpointType must be VPC and "
		 "the IdentityProviderType must be either AWS_DIRECTORY_SERVICE, AWS_LAMBDA, or "
		 "API_GATEWAY.", TF "CreateServer Protocols"),
	AWS_SAYS("transfer.as2_vpc_s3", SERVER, AWS_CALL_ANY, WHEN(HAS("protocols", "AS2")),
		 THEN(IS("endpoint_type", "VPC"), IS_NOT("domain", "EFS")),
		 "If Protocol includes AS2, then the EndpointType must be VPC, and domain must be "
		 "Amazon S3.", TF "CreateServer Protocols"),
	/* a server's endpoint */
	AWS_SAYS("transfer.eips_vpc", SERVER, AWS_CALL_ANY, WHEN(SET(EIPS)),
		 THEN(IS("endpoint_type", "VPC")), "EndpointType must be set to VPC",
		 TF "CreateServer EndpointDetails.AddressAllocationIds"),
	AWS_SAYS("transfer.eips_no_ftp", SERVER, AWS_CALL_ANY, WHEN(SET(EIPS)),
		 THEN(EACH("protocols", ALWAYS, THEN(IS_NOT("", "FTP")))),
		 "You cannot set this parameter for Transfer Family servers that use the FTP "
		 "protocol.", TF "CreateServer EndpointDetails.AddressAllocationIds"),
	AWS_SAYS("transfer.eips_unique", SERVER, AWS_CALL_ANY, ALWAYS,
		 THEN(UNIQUE(EIPS "[]")),
		 "AddressAllocationIds can't contain duplicates, and must be equal in length to "
		 "SubnetIds.", TF "CreateServer EndpointDetails.AddressAllocationIds"),
	RULE(SERVER, "endpoint_details", rule_transfer_eips_per_subnet,
	     TF "CreateServer EndpointDetails.AddressAllocationIds"),
	AWS_SAYS("transfer.eips_ipv4", SERVER, AWS_CALL_ANY, WHEN(SET(EIPS)),
		 THEN(IS_NOT("ip_address_type", "DUALSTACK")),
		 "You can't set address allocation IDs for servers that have an IpAddressType set "
		 "to DUALSTACK You can only set this property if IpAddressType is set to IPV4.",
		 TF "CreateServer EndpointDetails.AddressAllocationIds"),
	AWS_SAYS("transfer.subnets_vpc", SERVER, AWS_CALL_ANY,
		 WHEN(SET("endpoint_details.subnet_ids")), THEN(IS("endpoint_type", "VPC")),
		 VPC_ONLY, TF "CreateServer EndpointDetails.SubnetIds"),
	AWS_SAYS("transfer.security_groups_vpc", SERVER, AWS_CALL_ANY,
		 WHEN(SET("endpoint_details.security_group_ids")), THEN(IS("endpoint_type", "VPC")),
		 VPC_ONLY, TF "CreateServer EndpointDetails.SecurityGroupIds"),
	AWS_SAYS("transfer.vpc_id_vpc", SERVER, AWS_CALL_ANY,
		 WHEN(SET("endpoint_details.vpc_id")), THEN(IS("endpoint_type", "VPC")),
		 VPC_ONLY, TF "CreateServer EndpointDetails.VpcId"),
	AWS_SAYS("transfer.vpc_endpoint_id", SERVER, AWS_CALL_ANY,
		 WHEN(SET("endpoint_details.vpc_endpoint_id")),
		 THEN(IS("endpoint_type", "VPC_ENDPOINT")),
		 "This property can only be set when EndpointType is set to VPC_ENDPOINT.",
		 TF "CreateServer EndpointDetails.VpcEndpointId"),
	/* a server's identity provider */
	AWS_SAYS("transfer.idp_details_required", SERVER, AWS_CALL_ANY,
		 WHEN(IS("identity_provider_type", CUSTOM_IDP)),
		 THEN(SET("identity_provider_details")),
		 "Required when IdentityProviderType is set to AWS_DIRECTORY_SERVICE, Amazon Web "
		 "Services_LAMBDA or API_GATEWAY.", TF "CreateServer IdentityProviderDetails"),
	AWS_SAYS("transfer.idp_details_service_managed", SERVER, AWS_CALL_ANY,
		 WHEN(SET("identity_provider_details")),
		 THEN(IS_NOT("identity_provider_type", "SERVICE_MANAGED")),
		 "Cannot be specified when IdentityProviderType is set to SERVICE_MANAGED.",
		 TF "CreateServer IdentityProviderDetails"),
	AWS_SAYS("transfer.lambda_function", SERVER, AWS_CALL_ANY,
		 WHEN(IS("identity_provider_type", "AWS_LAMBDA")),
		 THEN(SET("identity_provider_details.function")),
		 "If you choose this value, you must specify the ARN for the Lambda function in the "
		 "Function parameter for the IdentityProviderDetails data type.",
		 TF "CreateServer IdentityProviderType"),
	/* a user's home directory and keys */
	AWS_SAYS("transfer.mappings_logical", USER, AWS_CALL_ANY,
		 WHEN(SET("home_directory_mappings")), THEN(IS("home_directory_type", "LOGICAL")),
		 "This value can be set only when HomeDirectoryType is set to LOGICAL.",
		 TF "CreateUser HomeDirectoryMappings"),
	AWS_SAYS("transfer.logical_mappings", USER, AWS_CALL_ANY,
		 WHEN(IS("home_directory_type", "LOGICAL")), THEN(SET("home_directory_mappings")),
		 "If HomeDirectoryType is LOGICAL, you must provide mappings, using the "
		 "HomeDirectoryMappings parameter.", TF "CreateUser HomeDirectoryType"),
	AWS_SAYS("transfer.ssh_key_ecdsa", USER, AWS_CALL_ANY, ALWAYS,
		 THEN(ECDSA_TYPE("ssh_public_keys")),
		 "For ECDSA keys, the key type is either ecdsa-sha2-nistp256, ecdsa-sha2-nistp384, "
		 "or ecdsa-sha2-nistp521, depending on the size of the key you generated.",
		 TF "CreateUser SshPublicKeyBody"),
	/* a connector's partner and secrets */
	AWS_SAYS("transfer.trusted_host_key_ecdsa", CONNECTOR, AWS_CALL_ANY, ALWAYS,
		 THEN(ECDSA_TYPE("sftp_config.trusted_host_keys")),
		 "For ECDSA keys, the <key type> string is either ecdsa-sha2-nistp256, "
		 "ecdsa-sha2-nistp384, or ecdsa-sha2-nistp521, depending on the size of the key "
		 "you generated.", TF "CreateConnector SftpConfig.TrustedHostKeys"),
	AWS_SAYS("transfer.no_encryption_https", CONNECTOR, AWS_CALL_ANY,
		 WHEN(IS("as_2_config.encryption_algorithm", "NONE")),
		 THEN(MATCHES("url", "^[Hh][Tt][Tt][Pp][Ss]://")),
		 "You can only specify NONE if the URL for your connector uses HTTPS.",
		 TF "CreateConnector As2Config.EncryptionAlgorithm"),
	AWS_SAYS("transfer.user_secret_arn", CONNECTOR, AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("sftp_config.user_secret_id", "^arn:")),
		 "The identifier must be the Amazon Resource Name (ARN) of the secret.",
		 TF "CreateConnector SftpConfig.UserSecretId"),
	AWS_SAYS("transfer.sftp_user_secret", CONNECTOR, AWS_CALL_CREATE,
		 WHEN(SET("sftp_config")), THEN(SET("sftp_config.user_secret_id")),
		 "Required when creating an SFTP connector", TF "CreateConnector SftpConfig.UserSecretId"),
	AWS_SAYS("transfer.lattice_no_url", CONNECTOR, AWS_CALL_ANY,
		 WHEN(SET("egress_config.vpc_lattice")), THEN(UNSET("url")),
		 "For VPC Lattice type connectors, the URL must be null.", TF "CreateConnector Url"),
	AWS_SAYS("transfer.url_without_egress", CONNECTOR, AWS_CALL_ANY,
		 WHEN(UNSET("egress_config")), THEN(SET("url")),
		 "When creating AS2 connectors or service-managed SFTP connectors (connectors "
		 "without egress configuration), you must provide a URL to specify the remote "
		 "server endpoint.", TF "CreateConnector Url"),
	/* a profile's AS2 id */
	AWS_SAYS("transfer.as2_id_no_spaces", "awscc.transfer.profile", AWS_CALL_ANY, ALWAYS,
		 THEN(NOT_MATCHES("as_2_id", " ")), "This ID cannot include spaces.",
		 TF "CreateProfile As2Id"),
	/* a workflow's decrypt step: one file location */
	AWS_SAYS("transfer.decrypt_one_location", "awscc.transfer.workflow", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("steps", WHEN(SET("decrypt_step_details.destination_file_location")),
			   THEN(EXACTLY_ONE_OF(
				SET("decrypt_step_details.destination_file_location.s3_file_location"),
				SET("decrypt_step_details.destination_file_location."
				    "efs_file_location"))))),
		 "For file location, you specify either the Amazon S3 bucket and key, or the Amazon "
		 "EFS file system ID and path.", TF "CreateWorkflow Steps"),
	/* a web app's subnets, of its VPC */
	AWS_SAYS("transfer.web_app_subnets_vpc", "awscc.transfer.web_app", AWS_CALL_ANY, ALWAYS,
		 THEN(SAME("endpoint_details.vpc.subnet_ids[]->vpc_id->",
			   "endpoint_details.vpc.vpc_id->")),
		 "These subnets must be in the same VPC specified in the VpcId parameter.",
		 TF "CreateWebApp EndpointDetails.Vpc.SubnetIds"),
	/* a certificate's tags */
	RULE("awscc.transfer.certificate", "tags", rule_tag_list_keys,
	     "CloudFormation registry: AWS::Transfer::Certificate Tag.Key"),
	{ NULL },
};
