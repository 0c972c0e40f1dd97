/*
 * test_words_census8.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope from rank 40 on (transfer/, cloudtrail/, datazone/,
 * opensearchserverless/, location/, imagebuilder/, inspectorv2/,
 * billingconductor/ and ivs/rules.c; the ledgers
 * checks/words/transfer.words, cloudtrail.words, datazone.words,
 * opensearchserverless.words, location.words, imagebuilder.words,
 * inspector2.words, billingconductor.words, ivs.words), each
 * through aws_constraints_check: a resource it refuses, whose message names
 * the attribute, quotes AWS's sentence and names its document, and its
 * passing twin; every such row
 * has a case here (a row that crosses a reference: test_words_crossing.c's).
 * And the written rules: a Transfer Family server's Elastic IP addresses,
 * one a subnet (rule_transfer_eips_per_subnet); a CloudTrail trail's
 * advanced selectors' 500 values (rule_cloudtrail_selector_values); an IVS
 * encoder's pixels (rule_ivs_video_pixels); the
 * tag keys of a Transfer certificate and of CloudTrail's types.
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
/* CloudTrail: a trail, an event data store, a dashboard */
#define CT_TRAIL(MORE) "{'s3_bucket_name': 'logs', 'is_logging': true" MORE "}"
#define CT_DR "{'type': 'AWS::S3::Object', 'values': ['arn:aws:s3:::logs/']}"
#define CT_DR10 CT_DR ", " CT_DR ", " CT_DR ", " CT_DR ", " CT_DR ", " CT_DR ", " CT_DR ", " \
	CT_DR ", " CT_DR ", " CT_DR
#define CT_DR50 CT_DR10 ", " CT_DR10 ", " CT_DR10 ", " CT_DR10 ", " CT_DR10
#define CT_DR250 CT_DR50 ", " CT_DR50 ", " CT_DR50 ", " CT_DR50 ", " CT_DR50
#define CT_SELECTORS(FIELD, OPS) ", 'advanced_event_selectors': [{'field_selectors': [" \
	"{'field': 'eventCategory', 'equals': ['Data']}, {'field': '" FIELD "', " OPS "}]}]"
#define CT_STORE(MORE) "{'name': 'store'" MORE "}"
#define CT_KEY ", 'kms_key_id': 'arn:aws:kms:us-east-1:123456789012:key/1'"
#define CT_DASH(NAME, MORE) "{'name': '" NAME "'" MORE "}"
#define CT_SCHEDULE(UNIT, VALUE) ", 'refresh_schedule': {'status': 'ENABLED', 'frequency': " \
	"{'unit': '" UNIT "', 'value': " VALUE "}}"
#define CT_WIDGET(QUERY) "{'query_statement': '" QUERY "'}"
#define CT_WIDGETS10 CT_WIDGET("SELECT 1") ", " CT_WIDGET("SELECT 2") ", " CT_WIDGET("SELECT 3") \
	", " CT_WIDGET("SELECT 4") ", " CT_WIDGET("SELECT 5") ", " CT_WIDGET("SELECT 6") ", " \
	CT_WIDGET("SELECT 7") ", " CT_WIDGET("SELECT 8") ", " CT_WIDGET("SELECT 9") ", " \
	CT_WIDGET("SELECT 10")
#define CT_TAGS(A, B) ", 'tags': [{'key': '" A "', 'value': 'v'}, {'key': '" B "', 'value': 'w'}]"
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
	{ "cloudtrail.advanced_or_basic_selectors", "awscc.cloudtrail.trail", "event_selectors",
	  CT_TRAIL(CT_SELECTORS("readOnly", "'equals': ['false']")
		   ", 'event_selectors': [{'read_write_type': 'All'}]"), NULL,
	  CT_TRAIL(CT_SELECTORS("readOnly", "'equals': ['false']")), NULL },
	{ "cloudtrail.data_resources_250", "awscc.cloudtrail.trail", "event_selectors[].data_resources",
	  CT_TRAIL(", 'event_selectors': [{'data_resources': [" CT_DR250 "]}, {'data_resources': ["
		   CT_DR "]}]"), NULL,
	  CT_TRAIL(", 'event_selectors': [{'data_resources': [" CT_DR50 "]}, {'data_resources': ["
		   CT_DR "]}]"), NULL },
	{ "cloudtrail.equals_only_fields", "awscc.cloudtrail.trail",
	  "advanced_event_selectors[0].field_selectors[1].not_equals",
	  CT_TRAIL(CT_SELECTORS("resources.type", "'not_equals': ['AWS::S3::Object']")), NULL,
	  CT_TRAIL(CT_SELECTORS("eventName", "'not_equals': ['GetObject']")), NULL },
	{ "cloudtrail.billing_mode_not_back", "awscc.cloudtrail.event_data_store", "billing_mode",
	  CT_STORE(", 'billing_mode': 'FIXED_RETENTION_PRICING'"),
	  CT_STORE(", 'billing_mode': 'EXTENDABLE_RETENTION_PRICING'"),
	  CT_STORE(", 'billing_mode': 'EXTENDABLE_RETENTION_PRICING'"),
	  CT_STORE(", 'billing_mode': 'FIXED_RETENTION_PRICING'") },
	{ "cloudtrail.kms_key_kept", "awscc.cloudtrail.event_data_store", "kms_key_id",
	  CT_STORE(""), CT_STORE(CT_KEY), CT_STORE(CT_KEY), CT_STORE("") },
	{ "cloudtrail.insights_destination", "awscc.cloudtrail.event_data_store",
	  "insights_destination",
	  CT_STORE(", 'insight_selectors': [{'insight_type': 'ApiCallRateInsight'}]"), NULL,
	  CT_STORE(", 'insight_selectors': [{'insight_type': 'ApiCallRateInsight'}], "
		   "'insights_destination': 'arn:aws:cloudtrail:us-east-1:123456789012:"
		   "eventdatastore/insights'"), NULL },
	{ "cloudtrail.context_keys_large", "awscc.cloudtrail.event_data_store", "max_event_size",
	  CT_STORE(", 'max_event_size': 'Standard', 'context_key_selectors': [{'type': "
		   "'TagContext', 'equals': ['team']}]"), NULL,
	  CT_STORE(", 'max_event_size': 'Large', 'context_key_selectors': [{'type': "
		   "'TagContext', 'equals': ['team']}]"), NULL },
	{ "cloudtrail.highlights_schedule", "awscc.cloudtrail.dashboard", "refresh_schedule.status",
	  CT_DASH("AWSCloudTrail-Highlights", ""), NULL,
	  CT_DASH("AWSCloudTrail-Highlights", CT_SCHEDULE("HOURS", "6")), NULL },
	{ "cloudtrail.highlights_every_6_hours", "awscc.cloudtrail.dashboard",
	  "refresh_schedule.frequency.value",
	  CT_DASH("AWSCloudTrail-Highlights", CT_SCHEDULE("HOURS", "12")), NULL,
	  CT_DASH("mine", CT_SCHEDULE("HOURS", "12")), NULL },
	{ "cloudtrail.days_one", "awscc.cloudtrail.dashboard", "refresh_schedule.frequency.value",
	  CT_DASH("mine", CT_SCHEDULE("DAYS", "7")), NULL,
	  CT_DASH("mine", CT_SCHEDULE("DAYS", "1")), NULL },
	{ "cloudtrail.widgets_10", "awscc.cloudtrail.dashboard", "widgets",
	  CT_DASH("mine", ", 'widgets': [" CT_WIDGETS10 ", " CT_WIDGET("SELECT 11") "]"), NULL,
	  CT_DASH("mine", ", 'widgets': [" CT_WIDGETS10 "]"), NULL },
	{ "cloudtrail.event_time_quoted", "awscc.cloudtrail.dashboard",
	  "widgets[0].query_statement",
	  CT_DASH("mine", ", 'widgets': [" CT_WIDGET("SELECT * FROM s WHERE eventTime > ?") "]"),
	  NULL,
	  CT_DASH("mine", ", 'widgets': [" CT_WIDGET("SELECT * FROM s WHERE eventTime > \\'?\\'")
		  "]"), NULL },
	{ "cloudtrail.tag_keys_unique", "awscc.cloudtrail.channel", "tags[1].key",
	  "{'name': 'partner'" CT_TAGS("team", "team") "}", NULL,
	  "{'name': 'partner'" CT_TAGS("team", "owner") "}", NULL },
	{ "datazone.profile_version_latest", "awscc.datazone.project", "project_profile_version",
	  "{'domain_identifier': 'dzd_abc123', 'name': 'p', 'project_profile_version': '2'}", NULL,
	  "{'domain_identifier': 'dzd_abc123', 'name': 'p', 'project_profile_version': 'latest'}",
	  NULL },
#define OSS_CONFIG(TYPE, MORE) "{'name': 'sec', 'security_config_type': '" TYPE "'" MORE "}"
	{ "opensearchserverless.saml_options", "awscc.opensearchserverless.security_config",
	  "saml_options", OSS_CONFIG("saml", ""), NULL,
	  OSS_CONFIG("saml", ", 'saml_options': {'metadata': '<EntityDescriptor/>'}"), NULL },
	{ "opensearchserverless.identity_center_options",
	  "awscc.opensearchserverless.security_config", "iam_identity_center_options",
	  OSS_CONFIG("iamidentitycenter", ""), NULL,
	  OSS_CONFIG("iamidentitycenter", ", 'iam_identity_center_options': {'instance_arn': "
		     "'arn:aws:sso:::instance/ssoins-0123456789abcdef'}"), NULL },
	{ "opensearchserverless.federation_options", "awscc.opensearchserverless.security_config",
	  "iam_federation_options", OSS_CONFIG("iamfederation", ""), NULL,
	  OSS_CONFIG("iamfederation", ", 'iam_federation_options': {'group_attribute': 'g'}"),
	  NULL },
#undef OSS_CONFIG
	{ "opensearchserverless.tag_keys_unique", "awscc.opensearchserverless.collection",
	  "tags[1].key", "{'name': 'logs'" CT_TAGS("team", "team") "}", NULL,
	  "{'name': 'logs'" CT_TAGS("team", "owner") "}", NULL },
#define GEO_ARN "arn:aws:geo:us-east-1:123456789012:"
#define GEO_KEY(ACTIONS, RESOURCES, MORE) "{'key_name': 'web', 'no_expiry': true, " \
	"'restrictions': {'allow_actions': [" ACTIONS "], 'allow_resources': [" RESOURCES "]}" \
	MORE "}"
	{ "location.key_expiry", "awscc.location.api_key", "no_expiry",
	  "{'key_name': 'web', 'restrictions': {'allow_actions': ['geo:GetMap*'], "
	  "'allow_resources': ['" GEO_ARN "map/m']}}", NULL,
	  "{'key_name': 'web', 'expire_time': '2030-01-01T00:00:00Z', 'restrictions': {"
	  "'allow_actions': ['geo:GetMap*'], 'allow_resources': ['" GEO_ARN "map/m']}}", NULL },
	{ "location.key_actions", "awscc.location.api_key", "restrictions.allow_actions[0]",
	  GEO_KEY("'geo:GetMapTile'", "'" GEO_ARN "map/m'", ""), NULL,
	  GEO_KEY("'geo:GetMap*'", "'" GEO_ARN "map/m'", ""), NULL },
	{ "location.key_map_action", "awscc.location.api_key", "restrictions.allow_actions",
	  GEO_KEY("'geo:CalculateRoute'", "'" GEO_ARN "map/m', '" GEO_ARN "route-calculator/r'",
		  ""), NULL,
	  GEO_KEY("'geo:CalculateRoute', 'geo-maps:*'",
		  "'" GEO_ARN "map/m', '" GEO_ARN "route-calculator/r'", ""), NULL },
	{ "location.key_place_action", "awscc.location.api_key", "restrictions.allow_actions",
	  GEO_KEY("'geo:GetMap*'", "'" GEO_ARN "place-index/*'", ""), NULL,
	  GEO_KEY("'geo:SearchPlaceIndexForText'", "'" GEO_ARN "place-index/*'", ""), NULL },
	{ "location.key_route_action", "awscc.location.api_key", "restrictions.allow_actions",
	  GEO_KEY("'geo-places:*'", "'arn:aws:geo-routes:us-east-1::provider/default'", ""), NULL,
	  GEO_KEY("'geo-routes:*'", "'arn:aws:geo-routes:us-east-1::provider/default'", ""),
	  NULL },
	{ "location.key_resource_arns", "awscc.location.api_key", "restrictions.allow_resources[0]",
	  GEO_KEY("'geo:GetMap*'", "'map/m'", ""), NULL,
	  GEO_KEY("'geo:GetMap*'", "'" GEO_ARN "map/m*'", ""), NULL },
	{ "location.key_resources_region", "awscc.location.api_key",
	  "restrictions.allow_resources[0]",
	  GEO_KEY("'geo:GetMap*'", "'arn:aws:geo:eu-west-1:123456789012:map/m'", ""), NULL,
	  GEO_KEY("'geo:GetMap*'", "'" GEO_ARN "map/m'", ""), NULL },
	{ "location.tag_keys_unique", "awscc.location.tracker", "tags[1].key",
	  "{'tracker_name': 't'" CT_TAGS("team", "team") "}", NULL,
	  "{'tracker_name': 't'" CT_TAGS("team", "owner") "}", NULL },
#define T5(P) "{'key': '" P "1', 'value': 'v'}, {'key': '" P "2', 'value': 'v'}, {'key': '" P \
	"3', 'value': 'v'}, {'key': '" P "4', 'value': 'v'}, {'key': '" P "5', 'value': 'v'}"
#define T50(P) T5(P "a") ", " T5(P "b") ", " T5(P "c") ", " T5(P "d") ", " T5(P "e") ", " \
	T5(P "f") ", " T5(P "g") ", " T5(P "h") ", " T5(P "i") ", " T5(P "j")
	{ "location.tags_50", "awscc.location.map", "tags",
	  "{'map_name': 'm', 'configuration': {'style': 'VectorEsriStreets'}, 'tags': [" T50("k")
	  ", {'key': 'extra', 'value': 'v'}]}", NULL,
	  "{'map_name': 'm', 'configuration': {'style': 'VectorEsriStreets'}, 'tags': [" T50("k")
	  "]}", NULL },
#undef T50
#undef T5
#undef GEO_KEY
#undef GEO_ARN
#define IB_COMPONENT(MORE) "{'name': 'build-tools', 'platform': 'Linux', 'version': " \
	"'1.0.0'" MORE "}"
#define IB_DOC "name: c\\nphases: []"
#define IB_PLACEMENT(MORE) "{'name': 'builders', 'instance_profile_name': 'builder', " \
	"'placement': {'tenancy': 'host', " MORE "}}"
#define IB_POLICY(FILTER) "{'name': 'old-images', 'execution_role': " \
	"'arn:aws:iam::123456789012:role/l', 'resource_type': 'AMI_IMAGE', " \
	"'resource_selection': {'tag_map': {'a': 'b'}}, " \
	"'policy_details': [{'action': {'type': 'DELETE'}, 'filter': {" FILTER "}}]}"
#define IB_DISTRIBUTION(TARGETS) "{'name': 'regions', 'distributions': [{'region': 'us-east-1', " \
	"'ami_distribution_configuration': {'target_account_ids': [" TARGETS "]}, " \
	"'ssm_parameter_configurations': [{'ami_account_id': '210987654321', 'parameter_name': " \
	"'/ami/latest'}]}]}"
	{ "imagebuilder.data_or_uri", "awscc.imagebuilder.component", "uri",
	  IB_COMPONENT(", 'data': '" IB_DOC "', 'uri': 's3://docs/c.yaml'"), NULL,
	  IB_COMPONENT(", 'data': '" IB_DOC "'"), NULL },
	{ "imagebuilder.uri_s3", "awscc.imagebuilder.workflow", "uri",
	  "{'name': 'build-flow', 'version': '1.0.0', 'workflow_type': 'BUILD', 'uri': "
	  "'https://docs.example.com/w.yaml'}", NULL,
	  "{'name': 'build-flow', 'version': '1.0.0', 'workflow_type': 'BUILD', 'uri': "
	  "'s3://docs/w.yaml'}", NULL },
	{ "imagebuilder.host_or_group", "awscc.imagebuilder.infrastructure_configuration",
	  "placement.host_resource_group_arn",
	  IB_PLACEMENT("'host_id': 'h-0123456789abcdef0', 'host_resource_group_arn': "
		       "'arn:aws:resource-groups:us-east-1:123456789012:group/hosts'"), NULL,
	  IB_PLACEMENT("'host_id': 'h-0123456789abcdef0'"), NULL },
	{ "imagebuilder.age_unit", "awscc.imagebuilder.lifecycle_policy",
	  "policy_details[0].filter.unit", IB_POLICY("'type': 'AGE', 'value': 30"), NULL,
	  IB_POLICY("'type': 'AGE', 'value': 30, 'unit': 'DAYS'"), NULL },
	{ "imagebuilder.parameter_account_targeted",
	  "awscc.imagebuilder.distribution_configuration",
	  "distributions[0].ssm_parameter_configurations[0].ami_account_id",
	  IB_DISTRIBUTION("'111111111111'"), NULL,
	  IB_DISTRIBUTION("'111111111111', '210987654321'"), NULL },
#undef IB_DISTRIBUTION
#undef IB_POLICY
#undef IB_PLACEMENT
#undef IB_DOC
#undef IB_COMPONENT
#define INSPECTOR_FILTER(NAME) "{'name': '" NAME "', 'filter_action': 'SUPPRESS', " \
	"'filter_criteria': {'severity': [{'comparison': 'EQUALS', 'value': 'LOW'}]}}"
	{ "inspectorv2.filter_name_min", "awscc.inspectorv2.filter", "name",
	  INSPECTOR_FILTER("lo"), NULL, INSPECTOR_FILTER("low"), NULL },
	{ "inspectorv2.filter_name_max", "awscc.inspectorv2.filter", "name",
	  INSPECTOR_FILTER(X10 X10 X10 X10 X10 X10 "xxxxx"), NULL,
	  INSPECTOR_FILTER(X10 X10 X10 X10 X10 X10 "xxxx"), NULL },
#undef INSPECTOR_FILTER
#define BC_ITEM(SERVICE) "{'name': 'support', 'billing_group_arn': " \
	"'arn:aws:billingconductor::123456789012:billinggroup/1', 'presentation_details': {" \
	"'service': '" SERVICE "'}}"
	{ "billingconductor.service_length", "awscc.billingconductor.custom_line_item",
	  "presentation_details.service", BC_ITEM(X100 X10 X10 "xxxxxxxxx"), NULL,
	  BC_ITEM(X100 X10 X10 "xxxxxxxx"), NULL },
#undef BC_ITEM
#define IVS_MULTITRACK(MORE) "{'name': 'live', 'multitrack_input_configuration': {'enabled': " \
	"true, 'policy': 'ALLOW', 'maximum_resolution': 'HD'}" MORE "}"
#define IVS_RECORDING(MORE) "{'destination_configuration': {'s3': {'bucket_name': 'rec'}}" \
	MORE "}"
#define IVS_STAGE(MODE) "{'name': 'stage', 'auto_participant_recording_configuration': {" \
	"'storage_configuration_arn': 'arn:aws:ivs:us-east-1:123456789012:storage-configuration/" \
	"a1', 'thumbnail_configuration': {'participant_thumbnail_configuration': {" \
	"'recording_mode': '" MODE "', 'target_interval_seconds': 30}}}}"
	{ "ivs.multitrack_standard", "awscc.ivs.channel", "channel_type",
	  IVS_MULTITRACK(", 'channel_type': 'BASIC', 'container_format': 'FRAGMENTED_MP4'"), NULL,
	  IVS_MULTITRACK(", 'channel_type': 'STANDARD', 'container_format': 'FRAGMENTED_MP4'"),
	  NULL },
	{ "ivs.multitrack_required", "awscc.ivs.channel", "container_format",
	  IVS_MULTITRACK(", 'container_format': 'TS'"), NULL,
	  IVS_MULTITRACK(", 'container_format': 'FRAGMENTED_MP4'"), NULL },
	{ "ivs.rtmp_insecure", "awscc.ivs.ingest_configuration", "insecure_ingest",
	  "{'name': 'in', 'ingest_protocol': 'RTMP', 'insecure_ingest': false}", NULL,
	  "{'name': 'in', 'ingest_protocol': 'RTMP', 'insecure_ingest': true}", NULL },
	{ "ivs.thumbnail_interval_mode", "awscc.ivs.recording_configuration",
	  "thumbnail_configuration.recording_mode",
	  IVS_RECORDING(", 'thumbnail_configuration': {'recording_mode': 'DISABLED', "
			"'target_interval_seconds': 30}"), NULL,
	  IVS_RECORDING(", 'thumbnail_configuration': {'recording_mode': 'INTERVAL', "
			"'target_interval_seconds': 30}"), NULL },
	{ "ivs.participant_thumbnail_interval_mode", "awscc.ivs.stage",
	  "auto_participant_recording_configuration.thumbnail_configuration."
	  "participant_thumbnail_configuration.recording_mode",
	  IVS_STAGE("DISABLED"), NULL, IVS_STAGE("INTERVAL"), NULL },
	{ "ivs.custom_renditions", "awscc.ivs.recording_configuration",
	  "rendition_configuration.renditions",
	  IVS_RECORDING(", 'rendition_configuration': {'rendition_selection': 'CUSTOM'}"), NULL,
	  IVS_RECORDING(", 'rendition_configuration': {'rendition_selection': 'CUSTOM', "
			"'renditions': ['HD']}"), NULL },
	{ "ivs.video_even", "awscc.ivs.encoder_configuration", "video.width",
	  "{'name': 'e', 'video': {'width': 1279, 'height': 720}}", NULL,
	  "{'name': 'e', 'video': {'width': 1280, 'height': 720}}", NULL },
	{ "ivs.allowed_origins", "awscc.ivs.playback_restriction_policy", "allowed_origins[1]",
	  "{'name': 'p', 'allowed_origins': ['https://a.example.com', 'a.example.com']}", NULL,
	  "{'name': 'p', 'allowed_origins': ['https://a.example.com', 'http://b.example:8080']}",
	  NULL },
	{ "ivs.key_pair_material", "awscc.ivs.playback_key_pair", "public_key_material",
	  "{'name': 'k'}", NULL, "{'name': 'k', 'public_key_material': 'pem'}", NULL },
	{ "ivs.public_key_material", "awscc.ivs.public_key", "public_key_material",
	  "{'name': 'k'}", NULL, "{'name': 'k', 'public_key_material': 'pem'}", NULL },
#undef IVS_STAGE
#undef IVS_RECORDING
#undef IVS_MULTITRACK
};

static const char *const services[] = { "transfer.", "cloudtrail.", "datazone.",
					 "opensearchserverless.", "location.", "imagebuilder.",
					 "inspectorv2.", "billingconductor.", "ivs.", NULL };

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

/* A CloudTrail trail's advanced selectors: at most 500 values in their
 * conditions (rule_cloudtrail_selector_values); its types' tag keys not
 * aws: (rule_tag_list_keys). */
static void test_cloudtrail_written(void **state)
{
#define V "'a'"
#define V10 V ", " V ", " V ", " V ", " V ", " V ", " V ", " V ", " V ", " V
#define V100 V10 ", " V10 ", " V10 ", " V10 ", " V10 ", " V10 ", " V10 ", " V10 ", " V10 ", " V10
#define V250 V100 ", " V100 ", " V10 ", " V10 ", " V10 ", " V10 ", " V10
	static const char *const refused[] = {
		CT_TRAIL(CT_SELECTORS("eventName", "'equals': [" V250 "], 'not_equals': [" V250 "]")),
	};
	static const char *const passing[] = {
		CT_TRAIL(CT_SELECTORS("eventName", "'equals': [" V250 "], 'not_equals': [" V100
				      ", " V100 ", " V10 ", " V10 ", " V10 ", " V10 "]")),
	};
#undef V250
#undef V100
#undef V10
#undef V
	static const char *const tags_refused[] = { CT_DASH("mine", CT_TAGS("aws:team", "b")) };
	static const char *const tags_passing[] = { CT_DASH("mine", CT_TAGS("team", "b")) };

	(void)state;
	written_judges("awscc.cloudtrail.trail", refused, 1, passing, 1, "501 values");
	written_judges("awscc.cloudtrail.dashboard", tags_refused, 1, tags_passing, 1, "aws:");
}

/* An IVS encoder's video: at most 2073600 pixels (rule_ivs_video_pixels). */
static void test_ivs_written(void **state)
{
	static const char *const refused[] = { "{'name': 'e', 'video': {'width': 1920, "
					       "'height': 1082}}" };
	static const char *const passing[] = {
		"{'name': 'e', 'video': {'width': 1920, 'height': 1080}}",
		"{'name': 'e', 'video': {'width': 1080, 'height': 1920}}",
		"{'name': 'e', 'video': {'width': '${var.w}', 'height': 1920}}",
	};

	(void)state;
	written_judges("awscc.ivs.encoder_configuration", refused, 1, passing, 3,
		       "2077440 pixels");
}

int main(void)
{
	setenv("AWS_REGION", "us-east-1", 1);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_transfer_written),
		cmocka_unit_test(test_cloudtrail_written),
		cmocka_unit_test(test_ivs_written),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
