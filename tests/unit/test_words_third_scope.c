/*
 * test_words_third_scope.c: the words rows (AWS_SAYS, checks/words.c) of the
 * census's third scope from Bedrock on (bedrock/, deadline/, acmpca/,
 * cloudfront/, backup/, appconfig/, wisdom/, amplify/, cassandra/ and
 * vpclattice/rules.c; the ledgers checks/words/bedrock.words, deadline.words,
 * acm-pca.words, cloudfront.words, backup.words, appconfig.words,
 * qconnect.words, amplify.words, keyspaces.words, vpc-lattice.words;
 * CloudFormation's:
 * test_words_cloudformation.c;
 * a row that crosses a reference:
 * test_words_crossing.c's), each through aws_constraints_check: a
 * resource it refuses, whose message names the attribute, quotes AWS's
 * sentence and names its document, and its passing twin; every such row
 * has a case here; a Deadline Cloud fleet's GPU accelerators
 * (rule_deadline_fleet_accelerators), a private CA certificate's CSR names
 * (rule_acmpca_csr_names), an AWS Backup plan's lifecycles and backup
 * options (rule_backup_plan_documents), an AppConfig extension's parameters
 * (rule_appconfig_extension_parameters), an IoT policy's document size
 * (rule_iot_policy_document_size). And the written rules and
 * conditions of the services before it that test_words_awscc_only.c has no
 * room for: a SageMaker HyperPod cluster's EBS volumes (rule_sagemaker_cluster_ebs_volumes), an
 * ElastiCache engine version never older (NOT_OLDER).
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

#define AGENT(MORE) "{'agent_name': 'helper', " MORE "}"
#define LAMBDA "'arn:aws:lambda:us-east-1:123456789012:function:parse'"
#define PARSER(MODE) "{'prompt_type': 'ORCHESTRATION', 'parser_mode': '" MODE "'}"
#define PROMPT(DEFAULT) "{'name': 'greet', 'default_variant': '" DEFAULT "', 'variants': [{" \
	"'name': 'v1', 'template_type': 'TEXT', 'template_configuration': {'text': {'text': 'hi'}}}]}"
#define ROUTER(MODELS) "{'prompt_router_name': 'r', 'fallback_model': {'model_arn': " \
	"'arn:aws:bedrock:us-east-1::foundation-model/m'}, 'routing_criteria': " \
	"{'response_quality_difference': 0.5}, 'models': [" MODELS "]}"
#define LIMIT(MOST) "{'farm_id': 'farm-0123456789abcdef0123456789abcdef', 'display_name': " \
	"'licenses', 'amount_requirement_name': 'amount.license', 'max_count': " MOST "}"
#define CA_ARN "arn:aws:acm-pca:us-east-1:123456789012:certificate-authority/" \
	"12345678-1234-1234-1234-123456789012"
#define CA(MORE) "{'certificate_authority_type': 'ROOT', 'key_algorithm': 'RSA_2048', " \
	"'signing_algorithm': 'SHA256WITHRSA', " MORE "}"
/* A CA with its subject */
#define CA_NAMED(MORE) CA("'subject': {'common_name': 'corp'}, " MORE)
#define CUSTOM "'custom_attributes': [{'object_identifier': '2.5.4.3', 'value': 'corp'}]"
#define SIA(LOCATION) "'csr_extensions': {" \
	"'subject_information_access': [{'access_location': {" LOCATION "}, 'access_method': " \
	"{'access_method_type': 'CA_REPOSITORY'}}]}"
#define CERT(MORE) "{'certificate_authority_arn': '" CA_ARN "', " \
	"'certificate_signing_request': 'CSR', 'signing_algorithm': 'SHA256WITHRSA', " \
	"'validity': {'type': 'DAYS', 'value': 1}" MORE "}"
#define SAN(NAME) ", 'api_passthrough': {'extensions': {'subject_alternative_names': [{" NAME "}]}}"
#define PERMISSION(ARN) "{'actions': ['IssueCertificate'], 'certificate_authority_arn': '" \
	ARN "', 'principal': 'acm.amazonaws.com'}"
/* A CloudFront distribution: its default cache behavior (with a cache
 * policy) and one origin, and MORE of its config */
#define DIST(MORE) "{'distribution_config': {'enabled': true, 'origins': [{'id': 'o', " \
	"'domain_name': 'o.example.com'}], 'default_cache_behavior': {'target_origin_id': 'o', " \
	"'viewer_protocol_policy': 'allow-all', 'cache_policy_id': 'c'}" MORE "}}"
/* the same with the default cache behavior's own fields BEHAVIOR */
#define DIST_DEFAULT(BEHAVIOR) "{'distribution_config': {'enabled': true, 'origins': [{'id': " \
	"'o', 'domain_name': 'o.example.com'}], 'default_cache_behavior': {'target_origin_id': " \
	"'o', 'viewer_protocol_policy': 'allow-all', " BEHAVIOR "}}}"
/* a cache behavior with its fields MORE */
#define BEHAVIOR(MORE) ", 'cache_behaviors': [{'path_pattern': '/a/*', 'target_origin_id': 'o', " \
	"'viewer_protocol_policy': 'allow-all', " MORE "}]"
/* one origin of fields MORE */
#define ORIGIN(MORE) "{'distribution_config': {'enabled': true, 'origins': [{'id': 'o', " \
	"'domain_name': 'o.example.com', " MORE "}], 'default_cache_behavior': {" \
	"'target_origin_id': 'o', 'viewer_protocol_policy': 'allow-all', 'cache_policy_id': 'c'}}}"
#define CERT_VIEWER(MORE) DIST(", 'viewer_certificate': {" MORE "}")
/* VPC Lattice: a target group of TYPE, a rule and a listener forwarding to
 * GROUPS, a VPC association, a resource configuration's DNS resource */
#define VL_TG(TYPE, MORE) "{'name': 'tg', 'target_group_type': '" TYPE "'" MORE "}"
#define VL_RULE(GROUPS) "{'listener_identifier': 'listener-1', 'service_identifier': " \
	"'svc-1', 'priority': 1, 'match': {'http_match': {'path_match': {'match': {'prefix': " \
	"'/'}}}}, 'action': {'forward': {'target_groups': [" GROUPS "]}}}"
#define VL_LISTENER(GROUPS) "{'protocol': 'HTTP', 'service_identifier': 'svc-1', " \
	"'default_action': {'forward': {'target_groups': [" GROUPS "]}}}"
#define VL_VPC(ENABLED, DNS) "{'service_network_identifier': 'sn-1', 'vpc_identifier': " \
	"'vpc-1', 'private_dns_enabled': " ENABLED ", 'dns_options': {" DNS "}}"
#define VL_RCFG(TYPE) "{'name': 'db', 'resource_configuration_type': 'SINGLE', " \
	"'resource_configuration_definition': {'dns_resource': {'domain_name': " \
	"'db.example.com', 'ip_address_type': '" TYPE "'}}}"
#define STAGING(CONFIG) "{'continuous_deployment_policy_config': {'enabled': true, " \
	"'staging_distribution_dns_names': ['d1.cloudfront.net'], 'traffic_config': {" CONFIG "}}}"
#define XSS(MORE) "{'response_headers_policy_config': {'name': 'p', 'security_headers_config': " \
	"{'xss_protection': {'override': true, 'protection': true, " MORE "}}}}"
#define FWD(COOKIES) "'forwarded_values': {'query_string': false, 'cookies': " COOKIES "}"
#define LAMBDA_AT(ARN) "'cache_policy_id': 'c', 'lambda_function_associations': [{'event_type': " \
	"'origin-request', 'lambda_function_arn': '" ARN "'}]"
#define FUNCTION_AT(EVENT) "'cache_policy_id': 'c', 'function_associations': [{'event_type': '" \
	EVENT "', 'function_arn': 'arn:aws:cloudfront::123456789012:function/f'}]"
#define LAMBDA_FN "arn:aws:lambda:us-east-1:123456789012:function:edge"
/* An AWS Backup plan of one rule with MORE, and its plan's MORE_PLAN */
#define BPLAN(MORE, MORE_PLAN) "{'backup_plan': {'backup_plan_name': 'daily', " \
	"'backup_plan_rule': [{'rule_name': 'r', 'target_backup_vault': 'v'" MORE "}]" MORE_PLAN "}}"
#define BSELECT(ARNS) "{'backup_plan_id': 'p', 'backup_selection': {'iam_role_arn': " \
	"'arn:aws:iam::123456789012:role/b', 'selection_name': 's', 'resources': [" ARNS "]}}"
#define RT_PLAN(MORE) "{'restore_testing_plan_name': 'weekly', 'schedule_expression': " \
	"'cron(0 1 ? * 1 *)', 'recovery_point_selection': {'algorithm': 'LATEST_WITHIN_WINDOW', " \
	"'recovery_point_types': ['SNAPSHOT'], 'include_vaults': ['*']" MORE "}}"
#define RT_SELECT(MORE) "{'iam_role_arn': 'arn:aws:iam::123456789012:role/b', " \
	"'protected_resource_type': 'EBS', 'restore_testing_plan_name': 'weekly', " \
	"'restore_testing_selection_name': 'vols'" MORE "}"
#define FRAMEWORK(CONTROLS) "{'framework_name': 'fw', 'framework_controls': [" CONTROLS "]}"
#define VOL_ARN "'arn:aws:ec2:us-east-1:123456789012:volume/vol-0'"
#define TAG1(K) "{'key': '" K "', 'value': 'v'}"
#define TAGS10 TAG1("a") ", " TAG1("b") ", " TAG1("c") ", " TAG1("d") ", " TAG1("e") ", " \
	TAG1("f") ", " TAG1("g") ", " TAG1("h") ", " TAG1("i") ", " TAG1("j")
#define ACM_CERT "arn:aws:acm:us-east-1:123456789012:certificate/0a1b"
/* 129 characters */
#define LONG129 "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" \
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"

/* Each row's refused resource and its passing twin. */
static const struct words_case cases[] = {
	{ "bedrock.parent_signature_alone", "awscc.bedrock.agent", "action_groups[0].description",
	  AGENT("'action_groups': [{'action_group_name': 'ask', 'parent_action_group_signature': "
		"'AMAZON.UserInput', 'description': 'asks the user'}]"), NULL,
	  AGENT("'action_groups': [{'action_group_name': 'ask', 'parent_action_group_signature': "
		"'AMAZON.UserInput'}, {'action_group_name': 'look', 'description': 'looks up'}]"),
	  NULL },
	{ "bedrock.override_lambda_parser", "awscc.bedrock.agent",
	  "prompt_override_configuration.prompt_configurations",
	  AGENT("'prompt_override_configuration': {'override_lambda': " LAMBDA ", "
		"'prompt_configurations': [" PARSER("DEFAULT") "]}"), NULL,
	  AGENT("'prompt_override_configuration': {'override_lambda': " LAMBDA ", "
		"'prompt_configurations': [" PARSER("DEFAULT") ", " PARSER("OVERRIDDEN") "]}"), NULL },
	{ "bedrock.overridden_parser_lambda", "awscc.bedrock.agent",
	  "prompt_override_configuration.override_lambda",
	  AGENT("'prompt_override_configuration': {'prompt_configurations': ["
		PARSER("OVERRIDDEN") "]}"), NULL,
	  AGENT("'prompt_override_configuration': {'prompt_configurations': [" PARSER("DEFAULT") "]}"),
	  NULL },
	{ "bedrock.default_variant_among_variants", "awscc.bedrock.prompt", "default_variant",
	  PROMPT("v2"), NULL, PROMPT("v1"), NULL },
	{ "bedrock.prompt_router_models", "awscc.bedrock.intelligent_prompt_router", "models",
	  ROUTER(""), NULL,
	  ROUTER("{'model_arn': 'arn:aws:bedrock:us-east-1::foundation-model/m'}"), NULL },
	{ "deadline.limit_max_count_not_zero", "awscc.deadline.limit", "max_count",
	  LIMIT("0"), NULL, LIMIT("-1"), NULL },
	{ "acmpca.ca_subject_custom_alone", "awscc.acmpca.certificate_authority",
	  "subject.common_name", CA("'subject': {'common_name': 'corp', " CUSTOM "}"), NULL,
	  CA("'subject': {" CUSTOM "}"), NULL },
	{ "acmpca.csr_name_custom_alone", "awscc.acmpca.certificate_authority",
	  "csr_extensions.subject_information_access[0].access_location.directory_name.country",
	  CA_NAMED(SIA("'directory_name': {'country': 'US', 'custom_attributes': [{'object_identifier': "
		 "'2.5.4.3', 'value': 'x'}]}")), NULL,
	  CA_NAMED(SIA("'directory_name': {'country': 'US'}")), NULL },
	{ "acmpca.passthrough_subject_custom_alone", "awscc.acmpca.certificate",
	  "api_passthrough.subject.organization",
	  CERT(", 'api_passthrough': {'subject': {'organization': 'Acme', " CUSTOM "}}"), NULL,
	  CERT(", 'api_passthrough': {'subject': {'organization': 'Acme'}}"), NULL },
	{ "acmpca.san_name_custom_alone", "awscc.acmpca.certificate",
	  "api_passthrough.extensions.subject_alternative_names[0].directory_name.title",
	  CERT(SAN("'directory_name': {'title': 'cto', 'custom_attributes': [{'object_identifier': "
		   "'2.5.4.3', 'value': 'x'}]}")), NULL,
	  CERT(SAN("'directory_name': {'title': 'cto'}")), NULL },
	{ "acmpca.access_method_one", "awscc.acmpca.certificate_authority",
	  "csr_extensions.subject_information_access[0].access_method.access_method_type",
	  CA_NAMED("'csr_extensions': {'subject_information_access': [{'access_location': {'dns_name': "
	     "'ca.example.com'}, 'access_method': {'access_method_type': 'CA_REPOSITORY', "
	     "'custom_object_identifier': '1.3.6.1'}}]}"), NULL,
	  CA_NAMED(SIA("'dns_name': 'ca.example.com'")), NULL },
	{ "acmpca.access_location_one", "awscc.acmpca.certificate_authority",
	  "csr_extensions.subject_information_access[0].access_location.directory_name",
	  CA_NAMED(SIA("'dns_name': 'ca.example.com', 'ip_address': '10.0.0.1'")), NULL,
	  CA_NAMED(SIA("'ip_address': '10.0.0.1'")), NULL },
	{ "acmpca.san_one_name", "awscc.acmpca.certificate",
	  "api_passthrough.extensions.subject_alternative_names[0].directory_name",
	  CERT(SAN("'dns_name': 'a.example.com', 'rfc_822_name': 'a@example.com'")), NULL,
	  CERT(SAN("'dns_name': 'a.example.com'")), NULL },
	{ "acmpca.crl_disabled_alone", "awscc.acmpca.certificate_authority",
	  "revocation_configuration.crl_configuration.expiration_in_days",
	  CA_NAMED("'revocation_configuration': {'crl_configuration': {'enabled': false, "
	     "'expiration_in_days': 7}}"), NULL,
	  CA_NAMED("'revocation_configuration': {'crl_configuration': {'enabled': false}}"), NULL },
	{ "acmpca.ocsp_disabled_alone", "awscc.acmpca.certificate_authority",
	  "revocation_configuration.ocsp_configuration.ocsp_custom_cname",
	  CA_NAMED("'revocation_configuration': {'ocsp_configuration': {'enabled': false, "
	     "'ocsp_custom_cname': 'ocsp.example.com'}}"), NULL,
	  CA_NAMED("'revocation_configuration': {'ocsp_configuration': {'enabled': true, "
	     "'ocsp_custom_cname': 'ocsp.example.com'}}"), NULL },
	{ "acmpca.crl_cname_no_scheme", "awscc.acmpca.certificate_authority",
	  "revocation_configuration.crl_configuration.custom_cname",
	  CA_NAMED("'revocation_configuration': {'crl_configuration': {'enabled': true, "
	     "'custom_cname': 'https://crl.example.com'}}"), NULL,
	  CA_NAMED("'revocation_configuration': {'crl_configuration': {'enabled': true, "
	     "'custom_cname': 'crl.example.com'}}"), NULL },
	{ "acmpca.ocsp_cname_no_scheme", "awscc.acmpca.certificate_authority",
	  "revocation_configuration.ocsp_configuration.ocsp_custom_cname",
	  CA_NAMED("'revocation_configuration': {'ocsp_configuration': {'enabled': true, "
	     "'ocsp_custom_cname': 'http://ocsp.example.com'}}"), NULL,
	  CA_NAMED("'revocation_configuration': {'ocsp_configuration': {'enabled': true, "
	     "'ocsp_custom_cname': 'ocsp.example.com'}}"), NULL },
	{ "acmpca.crl_omit_extension_no_cname", "awscc.acmpca.certificate_authority",
	  "revocation_configuration.crl_configuration.custom_cname",
	  CA_NAMED("'revocation_configuration': {'crl_configuration': {'enabled': true, "
	     "'custom_cname': 'crl.example.com', 'crl_distribution_point_extension_configuration': "
	     "{'omit_extension': true}}}"), NULL,
	  CA_NAMED("'revocation_configuration': {'crl_configuration': {'enabled': true, "
	     "'crl_distribution_point_extension_configuration': {'omit_extension': true}}}"), NULL },
	{ "acmpca.ca_arn_form", "awscc.acmpca.permission", "certificate_authority_arn",
	  PERMISSION("arn:aws:acm-pca:us-east-1:123456789012:certificate/0a1b"), NULL,
	  PERMISSION(CA_ARN), NULL },
	{ "acmpca.validity_one_day", "awscc.acmpca.certificate", "validity.value",
	  "{'certificate_authority_arn': '" CA_ARN "', 'certificate_signing_request': 'CSR', "
	  "'signing_algorithm': 'SHA256WITHRSA', 'validity': {'type': 'DAYS', 'value': 0}}", NULL,
	  CERT(""), NULL },
	{ "acmpca.not_before_one_day", "awscc.acmpca.certificate", "validity_not_before.value",
	  CERT(", 'validity_not_before': {'type': 'DAYS', 'value': 0}"), NULL,
	  CERT(", 'validity_not_before': {'type': 'DAYS', 'value': 1}"), NULL },
	{ "acmpca.permission_principal_acm", "awscc.acmpca.permission", "principal",
	  "{'actions': ['IssueCertificate'], 'certificate_authority_arn': '" CA_ARN "', "
	  "'principal': 'lambda.amazonaws.com'}", NULL, PERMISSION(CA_ARN), NULL },
	{ "cloudfront.comment_128", "awscc.cloudfront.cache_policy", "cache_policy_config.comment",
	  "{'cache_policy_config': {'name': 'p', 'comment': '" LONG129 "'}}", NULL,
	  "{'cache_policy_config': {'name': 'p', 'comment': 'short'}}", NULL },
	{ "cloudfront.multi_tenant_fields", "awscc.cloudfront.distribution",
	  "distribution_config.price_class",
	  DIST(", 'connection_mode': 'tenant-only', 'price_class': 'PriceClass_100'"), NULL,
	  DIST(", 'connection_mode': 'direct', 'price_class': 'PriceClass_100'"), NULL },
	{ "cloudfront.tenant_config_multi_tenant", "awscc.cloudfront.distribution",
	  "distribution_config.connection_mode",
	  DIST(", 'tenant_config': {'parameter_definitions': []}"), NULL,
	  DIST(", 'connection_mode': 'tenant-only', 'tenant_config': {'parameter_definitions': []}"),
	  NULL },
	{ "cloudfront.default_policy_or_forwarded", "awscc.cloudfront.distribution",
	  "distribution_config.default_cache_behavior.cache_policy_id",
	  DIST_DEFAULT("'compress': true"), NULL,
	  DIST_DEFAULT(FWD("{'forward': 'none'}")), NULL },
	{ "cloudfront.behavior_policy_or_forwarded", "awscc.cloudfront.distribution",
	  "distribution_config.cache_behaviors[0].cache_policy_id",
	  DIST(BEHAVIOR("'compress': true")), NULL,
	  DIST(BEHAVIOR("'cache_policy_id': 'c'")), NULL },
	{ "cloudfront.whitelist_names", "awscc.cloudfront.distribution",
	  "distribution_config.cache_behaviors[0].forwarded_values.cookies.whitelisted_names",
	  DIST(BEHAVIOR(FWD("{'forward': 'whitelist'}"))), NULL,
	  DIST(BEHAVIOR(FWD("{'forward': 'whitelist', 'whitelisted_names': ['session']}"))), NULL },
	{ "cloudfront.all_headers_min_ttl", "awscc.cloudfront.distribution",
	  "distribution_config.default_cache_behavior.min_ttl",
	  DIST_DEFAULT("'forwarded_values': {'query_string': false, 'headers': ['*']}, 'min_ttl': 5"),
	  NULL,
	  DIST_DEFAULT("'forwarded_values': {'query_string': false, 'headers': ['*']}, 'min_ttl': 0"),
	  NULL },
	{ "cloudfront.behavior_all_headers_min_ttl", "awscc.cloudfront.distribution",
	  "distribution_config.cache_behaviors[0].min_ttl",
	  DIST(BEHAVIOR("'forwarded_values': {'query_string': false, 'headers': ['*']}, "
			"'min_ttl': 60")), NULL,
	  DIST(BEHAVIOR("'forwarded_values': {'query_string': false, 'headers': ['Host']}, "
			"'min_ttl': 60")), NULL },
	{ "cloudfront.cached_methods", "awscc.cloudfront.distribution",
	  "distribution_config.cache_behaviors[0].cached_methods",
	  DIST(BEHAVIOR("'cache_policy_id': 'c', 'cached_methods': ['GET']")), NULL,
	  DIST(BEHAVIOR("'cache_policy_id': 'c', 'cached_methods': ['GET', 'HEAD', 'OPTIONS']")),
	  NULL },
	{ "cloudfront.allowed_methods_count", "awscc.cloudfront.distribution",
	  "distribution_config.default_cache_behavior.allowed_methods",
	  DIST_DEFAULT("'cache_policy_id': 'c', 'allowed_methods': ['GET', 'HEAD', 'OPTIONS', "
		       "'POST']"), NULL,
	  DIST_DEFAULT("'cache_policy_id': 'c', 'allowed_methods': ['GET', 'HEAD', 'OPTIONS', "
		       "'PUT', 'PATCH', 'POST', 'DELETE']"), NULL },
	{ "cloudfront.function_viewer_events", "awscc.cloudfront.distribution",
	  "distribution_config.default_cache_behavior.function_associations[0].event_type",
	  DIST_DEFAULT(FUNCTION_AT("origin-request")), NULL,
	  DIST_DEFAULT(FUNCTION_AT("viewer-request")), NULL },
	{ "cloudfront.lambda_version_arn", "awscc.cloudfront.distribution",
	  "distribution_config.cache_behaviors[0].lambda_function_associations[0]."
	  "lambda_function_arn", DIST(BEHAVIOR(LAMBDA_AT(LAMBDA_FN ":$LATEST"))), NULL,
	  DIST(BEHAVIOR(LAMBDA_AT(LAMBDA_FN ":7"))), NULL },
	{ "cloudfront.grpc_post_http2", "awscc.cloudfront.distribution",
	  "distribution_config.http_version",
	  "{'distribution_config': {'enabled': true, 'http_version': 'http1.1', 'origins': [{'id': "
	  "'o', 'domain_name': 'o.example.com'}], 'default_cache_behavior': {'target_origin_id': 'o', "
	  "'viewer_protocol_policy': 'allow-all', 'cache_policy_id': 'c', 'grpc_config': {'enabled': "
	  "true}, 'allowed_methods': ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE']}}}",
	  NULL,
	  "{'distribution_config': {'enabled': true, 'http_version': 'http2', 'origins': [{'id': "
	  "'o', 'domain_name': 'o.example.com'}], 'default_cache_behavior': {'target_origin_id': 'o', "
	  "'viewer_protocol_policy': 'allow-all', 'cache_policy_id': 'c', 'grpc_config': {'enabled': "
	  "true}, 'allowed_methods': ['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE']}}}",
	  NULL },
	{ "cloudfront.behavior_grpc_post_http2", "awscc.cloudfront.distribution",
	  "distribution_config.cache_behaviors[0].allowed_methods",
	  DIST(", 'http_version': 'http2'" BEHAVIOR("'cache_policy_id': 'c', 'grpc_config': "
		"{'enabled': true}, 'allowed_methods': ['GET', 'HEAD']")), NULL,
	  DIST(", 'http_version': 'http2'" BEHAVIOR("'cache_policy_id': 'c', 'grpc_config': "
		"{'enabled': false}, 'allowed_methods': ['GET', 'HEAD']")), NULL },
	{ "cloudfront.error_code_needs_page", "awscc.cloudfront.distribution",
	  "distribution_config.custom_error_responses[0].response_page_path",
	  DIST(", 'custom_error_responses': [{'error_code': 404, 'response_code': 200}]"), NULL,
	  DIST(", 'custom_error_responses': [{'error_code': 404, 'response_code': 200, "
	       "'response_page_path': '/index.html'}]"), NULL },
	{ "cloudfront.error_page_needs_code", "awscc.cloudfront.distribution",
	  "distribution_config.custom_error_responses[0].response_code",
	  DIST(", 'custom_error_responses': [{'error_code': 404, 'response_page_path': "
	       "'/404.html'}]"), NULL,
	  DIST(", 'custom_error_responses': [{'error_code': 404, 'error_caching_min_ttl': 10}]"),
	  NULL },
	{ "cloudfront.root_object_no_slash", "awscc.cloudfront.distribution",
	  "distribution_config.default_root_object", DIST(", 'default_root_object': '/index.html'"),
	  NULL, DIST(", 'default_root_object': 'index.html'"), NULL },
	{ "cloudfront.origins_or_groups", "awscc.cloudfront.distribution",
	  "distribution_config.origins",
	  "{'distribution_config': {'enabled': true, 'default_cache_behavior': {'target_origin_id': "
	  "'o', 'viewer_protocol_policy': 'allow-all', 'cache_policy_id': 'c'}}}", NULL,
	  "{'distribution_config': {'enabled': true, 's3_origin': {'dns_name': 'b.s3.amazonaws.com'}, "
	  "'default_cache_behavior': {'target_origin_id': 'o', 'viewer_protocol_policy': "
	  "'allow-all', 'cache_policy_id': 'c'}}}", NULL },
	{ "cloudfront.origin_ids_unique", "awscc.cloudfront.distribution",
	  "distribution_config.origins[1].id",
	  DIST(", 'origins': [{'id': 'o', 'domain_name': 'a.example.com'}, {'id': 'o', "
	       "'domain_name': 'b.example.com'}]"), NULL,
	  DIST(", 'origins': [{'id': 'o', 'domain_name': 'a.example.com'}, {'id': 'p', "
	       "'domain_name': 'b.example.com'}]"), NULL },
	{ "cloudfront.origin_connection_attempts", "awscc.cloudfront.distribution",
	  "distribution_config.origins[0].connection_attempts", ORIGIN("'connection_attempts': 4"),
	  NULL, ORIGIN("'connection_attempts': 3"), NULL },
	{ "cloudfront.origin_connection_timeout", "awscc.cloudfront.distribution",
	  "distribution_config.origins[0].connection_timeout", ORIGIN("'connection_timeout': 11"),
	  NULL, ORIGIN("'connection_timeout': 10"), NULL },
	{ "cloudfront.origin_timeouts_from_one", "awscc.cloudfront.distribution",
	  "distribution_config.origins[0].s3_origin_config.origin_read_timeout",
	  ORIGIN("'s3_origin_config': {'origin_read_timeout': 0}"), NULL,
	  ORIGIN("'s3_origin_config': {'origin_read_timeout': 180}"), NULL },
	{ "cloudfront.completion_after_read", "awscc.cloudfront.distribution",
	  "distribution_config.origins[0].custom_origin_config.origin_read_timeout",
	  ORIGIN("'response_completion_timeout': 20, 'custom_origin_config': {"
		 "'origin_protocol_policy': 'https-only', 'origin_read_timeout': 30}"), NULL,
	  ORIGIN("'response_completion_timeout': 30, 'custom_origin_config': {"
		 "'origin_protocol_policy': 'https-only', 'origin_read_timeout': 30}"), NULL },
	{ "cloudfront.origin_shield_region", "awscc.cloudfront.distribution",
	  "distribution_config.origins[0].origin_shield.origin_shield_region",
	  ORIGIN("'origin_shield': {'enabled': true}"), NULL,
	  ORIGIN("'origin_shield': {'enabled': true, 'origin_shield_region': 'us-east-1'}"), NULL },
	{ "cloudfront.origin_ssl_protocols", "awscc.cloudfront.vpc_origin",
	  "vpc_origin_endpoint_config.origin_ssl_protocols[0]",
	  "{'vpc_origin_endpoint_config': {'arn': 'arn:aws:elasticloadbalancing:us-east-1:"
	  "123456789012:loadbalancer/app/a/1', 'name': 'v', 'origin_ssl_protocols': ['TLSv1.3']}}",
	  NULL,
	  "{'vpc_origin_endpoint_config': {'arn': 'arn:aws:elasticloadbalancing:us-east-1:"
	  "123456789012:loadbalancer/app/a/1', 'name': 'v', 'origin_ssl_protocols': ['TLSv1.2']}}",
	  NULL },
	{ "cloudfront.origin_protocol_policy", "awscc.cloudfront.distribution",
	  "distribution_config.origins[0].custom_origin_config.origin_protocol_policy",
	  ORIGIN("'custom_origin_config': {'origin_protocol_policy': 'https'}"), NULL,
	  ORIGIN("'custom_origin_config': {'origin_protocol_policy': 'https-only'}"), NULL },
	{ "cloudfront.certificate_protocol_and_method", "awscc.cloudfront.distribution",
	  "distribution_config.viewer_certificate.ssl_support_method",
	  CERT_VIEWER("'acm_certificate_arn': '" ACM_CERT "', 'minimum_protocol_version': "
		      "'TLSv1.2_2021'"), NULL,
	  CERT_VIEWER("'acm_certificate_arn': '" ACM_CERT "', 'minimum_protocol_version': "
		      "'TLSv1.2_2021', 'ssl_support_method': 'sni-only'"), NULL },
	{ "cloudfront.certificate_acm_or_iam", "awscc.cloudfront.distribution",
	  "distribution_config.viewer_certificate.iam_certificate_id",
	  CERT_VIEWER("'acm_certificate_arn': '" ACM_CERT "', 'iam_certificate_id': 'ASCAEXAMPLE', "
		      "'minimum_protocol_version': 'TLSv1', 'ssl_support_method': 'sni-only'"), NULL,
	  CERT_VIEWER("'iam_certificate_id': 'ASCAEXAMPLE', 'minimum_protocol_version': 'TLSv1', "
		      "'ssl_support_method': 'sni-only'"), NULL },
	{ "cloudfront.sni_protocol", "awscc.cloudfront.distribution",
	  "distribution_config.viewer_certificate.minimum_protocol_version",
	  CERT_VIEWER("'acm_certificate_arn': '" ACM_CERT "', 'minimum_protocol_version': 'SSLv3', "
		      "'ssl_support_method': 'sni-only'"), NULL,
	  CERT_VIEWER("'acm_certificate_arn': '" ACM_CERT "', 'minimum_protocol_version': 'SSLv3', "
		      "'ssl_support_method': 'vip'"), NULL },
	{ "cloudfront.staging_header_prefix", "awscc.cloudfront.continuous_deployment_policy",
	  "continuous_deployment_policy_config.traffic_config.single_header_config.header",
	  STAGING("'type': 'SingleHeader', 'single_header_config': {'header': 'x-stage', "
		  "'value': 'on'}"), NULL,
	  STAGING("'type': 'SingleHeader', 'single_header_config': {'header': 'aws-cf-cd-stage', "
		  "'value': 'on'}"), NULL },
	{ "cloudfront.session_idle_within_maximum", "awscc.cloudfront.continuous_deployment_policy",
	  "continuous_deployment_policy_config.traffic_config.single_weight_config."
	  "session_stickiness_config.idle_ttl",
	  STAGING("'type': 'SingleWeight', 'single_weight_config': {'weight': 0.1, "
		  "'session_stickiness_config': {'idle_ttl': 600, 'maximum_ttl': 300}}"), NULL,
	  STAGING("'type': 'SingleWeight', 'single_weight_config': {'weight': 0.1, "
		  "'session_stickiness_config': {'idle_ttl': 300, 'maximum_ttl': 600}}"), NULL },
	{ "cloudfront.staging_weight", "awscc.cloudfront.continuous_deployment_policy",
	  "continuous_deployment_policy_config.traffic_config.single_weight_config.weight",
	  STAGING("'type': 'SingleWeight', 'single_weight_config': {'weight': 0.5}"), NULL,
	  STAGING("'type': 'SingleWeight', 'single_weight_config': {'weight': 0.15}"), NULL },
	{ "cloudfront.xss_report_uri", "awscc.cloudfront.response_headers_policy",
	  "response_headers_policy_config.security_headers_config.xss_protection.report_uri",
	  XSS("'mode_block': true, 'report_uri': 'https://r.example.com'"), NULL,
	  XSS("'mode_block': false, 'report_uri': 'https://r.example.com'"), NULL },
	{ "cloudfront.realtime_kinesis", "awscc.cloudfront.realtime_log_config",
	  "end_points[0].stream_type",
	  "{'name': 'l', 'sampling_rate': 5, 'fields': ['c-ip'], 'end_points': [{'stream_type': "
	  "'Firehose', 'kinesis_stream_config': {'role_arn': 'r', 'stream_arn': 's'}}]}", NULL,
	  "{'name': 'l', 'sampling_rate': 5, 'fields': ['c-ip'], 'end_points': [{'stream_type': "
	  "'Kinesis', 'kinesis_stream_config': {'role_arn': 'r', 'stream_arn': 's'}}]}", NULL },
	{ "cloudfront.anycast_ip_count", "awscc.cloudfront.anycast_ip_list", "ip_count",
	  "{'name': 'a', 'ip_count': 5}", NULL, "{'name': 'a', 'ip_count': 21}", NULL },
	{ "cloudfront.tenant_domains", "awscc.cloudfront.distribution_tenant", "domains",
	  "{'name': 't', 'distribution_id': 'E1', 'domains': []}", NULL,
	  "{'name': 't', 'distribution_id': 'E1', 'domains': ['a.example.com']}", NULL },
	{ "cloudfront.tag_lengths", "awscc.cloudfront.connection_group", "tags[0].value",
	  "{'name': 'g', 'tags': [{'key': 'k', 'value': '" LONG129 LONG129 "'}]}", NULL,
	  "{'name': 'g', 'tags': [{'key': 'k', 'value': '" LONG129 "'}]}", NULL },
	{ "backup.plan_and_rule_names", "awscc.backup.backup_plan", "backup_plan.backup_plan_name",
	  "{'backup_plan': {'backup_plan_name': 'daily plan', 'backup_plan_rule': [{'rule_name': "
	  "'r', 'target_backup_vault': 'v'}]}}", NULL, BPLAN("", ""), NULL },
	{ "backup.start_window_minutes", "awscc.backup.backup_plan",
	  "backup_plan.backup_plan_rule[0].start_window_minutes",
	  BPLAN(", 'start_window_minutes': 30", ""), NULL,
	  BPLAN(", 'start_window_minutes': 60", ""), NULL },
	{ "backup.lifecycle_100_years", "awscc.backup.backup_plan",
	  "backup_plan.backup_plan_rule[0].lifecycle.delete_after_days",
	  BPLAN(", 'lifecycle': {'delete_after_days': 36501}", ""), NULL,
	  BPLAN(", 'lifecycle': {'delete_after_days': 36500}", ""), NULL },
	{ "backup.index_resource_types", "awscc.backup.backup_plan",
	  "backup_plan.backup_plan_rule[0].index_actions[0].resource_types[0]",
	  BPLAN(", 'index_actions': [{'resource_types': ['RDS']}]", ""), NULL,
	  BPLAN(", 'index_actions': [{'resource_types': ['S3']}]", ""), NULL },
	{ "backup.air_gapped_vault_region", "awscc.backup.backup_plan",
	  "backup_plan.backup_plan_rule[0].target_logically_air_gapped_backup_vault_arn",
	  BPLAN(", 'target_logically_air_gapped_backup_vault_arn': 'arn:aws:backup:eu-west-1:"
		"123456789012:backup-vault:lag'", ""), NULL,
	  BPLAN(", 'target_logically_air_gapped_backup_vault_arn': 'arn:aws:backup:us-east-1:"
		"123456789012:backup-vault:lag'", ""), NULL },
	{ "backup.selection_arn_counts", "awscc.backup.backup_selection",
	  "backup_selection.resources",
	  BSELECT("'arn:aws:s3:::a*', 'arn:aws:s3:::b1', 'arn:aws:s3:::b2', 'arn:aws:s3:::b3', "
		  "'arn:aws:s3:::b4', 'arn:aws:s3:::b5', 'arn:aws:s3:::b6', 'arn:aws:s3:::b7', "
		  "'arn:aws:s3:::b8', 'arn:aws:s3:::b9', 'arn:aws:s3:::c0', 'arn:aws:s3:::c1', "
		  "'arn:aws:s3:::c2', 'arn:aws:s3:::c3', 'arn:aws:s3:::c4', 'arn:aws:s3:::c5', "
		  "'arn:aws:s3:::c6', 'arn:aws:s3:::c7', 'arn:aws:s3:::c8', 'arn:aws:s3:::c9', "
		  "'arn:aws:s3:::d0', 'arn:aws:s3:::d1', 'arn:aws:s3:::d2', 'arn:aws:s3:::d3', "
		  "'arn:aws:s3:::d4', 'arn:aws:s3:::d5', 'arn:aws:s3:::d6', 'arn:aws:s3:::d7', "
		  "'arn:aws:s3:::d8', 'arn:aws:s3:::d9', 'arn:aws:s3:::e0'"), NULL,
	  BSELECT("'arn:aws:s3:::a*', 'arn:aws:s3:::b1'"), NULL },
	{ "backup.changeable_for_days", "awscc.backup.backup_vault",
	  "lock_configuration.changeable_for_days",
	  "{'backup_vault_name': 'v', 'lock_configuration': {'min_retention_days': 1, "
	  "'changeable_for_days': 2}}", NULL,
	  "{'backup_vault_name': 'v', 'lock_configuration': {'min_retention_days': 1, "
	  "'changeable_for_days': 3}}", NULL },
	{ "backup.lock_retention_bounds", "awscc.backup.backup_vault",
	  "lock_configuration.min_retention_days",
	  "{'backup_vault_name': 'v', 'lock_configuration': {'min_retention_days': 0}}", NULL,
	  "{'backup_vault_name': 'v', 'lock_configuration': {'min_retention_days': 1, "
	  "'max_retention_days': 36500}}", NULL },
	{ "backup.air_gapped_min_retention", "awscc.backup.logically_air_gapped_backup_vault",
	  "min_retention_days",
	  "{'backup_vault_name': 'v', 'min_retention_days': 6, 'max_retention_days': 30}", NULL,
	  "{'backup_vault_name': 'v', 'min_retention_days': 7, 'max_retention_days': 30}", NULL },
	{ "backup.framework_one_control", "awscc.backup.framework", "framework_controls",
	  FRAMEWORK(""), NULL, FRAMEWORK("{'control_name': 'BACKUP_RECOVERY_POINT_ENCRYPTED'}"),
	  NULL },
	{ "backup.control_name_256", "awscc.backup.framework", "framework_controls[0].control_name",
	  FRAMEWORK("{'control_name': ''}"), NULL,
	  FRAMEWORK("{'control_name': 'BACKUP_RECOVERY_POINT_ENCRYPTED'}"), NULL },
	{ "backup.control_scope_one_tag", "awscc.backup.framework",
	  "framework_controls[0].control_scope.tags",
	  FRAMEWORK("{'control_name': 'C', 'control_scope': {'tags': [{'key': 'a', 'value': '1'}, "
		    "{'key': 'b', 'value': '2'}]}}"), NULL,
	  FRAMEWORK("{'control_name': 'C', 'control_scope': {'tags': [{'key': 'a', 'value': "
		    "'1'}]}}"), NULL },
	{ "backup.framework_report_names", "awscc.backup.report_plan", "report_plan_name",
	  "{'report_plan_name': '1st_plan', 'report_delivery_channel': {'s3_bucket_name': 'b'}, "
	  "'report_setting': {'report_template': 'BACKUP_JOB_REPORT'}}", NULL,
	  "{'report_plan_name': 'first_plan', 'report_delivery_channel': {'s3_bucket_name': 'b'}, "
	  "'report_setting': {'report_template': 'BACKUP_JOB_REPORT'}}", NULL },
	{ "backup.tag_keys_not_aws", "awscc.backup.restore_testing_plan", "tags[0].key",
	  "{'restore_testing_plan_name': 'weekly', 'tags': [{'key': 'aws:team', 'value': 'x'}]}",
	  NULL, "{'restore_testing_plan_name': 'weekly', 'tags': [{'key': 'team', 'value': "
		"'aws:x'}], 'recovery_point_selection': {'include_vaults': ['*']}}", NULL },
	{ "backup.plan_names_alnum_underscore", "awscc.backup.tiering_configuration",
	  "tiering_configuration_name",
	  "{'tiering_configuration_name': 'cold-tier', 'backup_vault_name': 'v'}", NULL,
	  "{'tiering_configuration_name': 'cold_tier', 'backup_vault_name': 'v'}", NULL },
	{ "backup.include_vaults", "awscc.backup.restore_testing_plan",
	  "recovery_point_selection.include_vaults",
	  "{'restore_testing_plan_name': 'weekly', 'recovery_point_selection': {'algorithm': "
	  "'LATEST_WITHIN_WINDOW', 'recovery_point_types': ['SNAPSHOT'], 'include_vaults': []}}",
	  NULL, RT_PLAN(""), NULL },
	{ "backup.selection_window_days", "awscc.backup.restore_testing_plan",
	  "recovery_point_selection.selection_window_days",
	  RT_PLAN(", 'selection_window_days': 366"), NULL,
	  RT_PLAN(", 'selection_window_days': 365"), NULL },
	{ "backup.start_window_hours", "awscc.backup.restore_testing_plan", "start_window_hours",
	  "{'restore_testing_plan_name': 'weekly', 'start_window_hours': 169}", NULL,
	  "{'restore_testing_plan_name': 'weekly', 'start_window_hours': 168}", NULL },
	{ "backup.arns_or_wildcard", "awscc.backup.restore_testing_selection",
	  "protected_resource_arns", RT_SELECT(", 'protected_resource_arns': ['*', " VOL_ARN "]"),
	  NULL, RT_SELECT(", 'protected_resource_arns': ['*']"), NULL },
	{ "backup.condition_lengths", "awscc.backup.restore_testing_selection",
	  "protected_resource_conditions.string_equals[0].key",
	  RT_SELECT(", 'protected_resource_conditions': {'string_equals': [{'key': '', 'value': "
		    "'1'}]}"), NULL,
	  RT_SELECT(", 'protected_resource_conditions': {'string_equals': [{'key': 'team', "
		    "'value': '1'}]}"), NULL },
	{ "backup.testing_selection_name_50", "awscc.backup.restore_testing_selection",
	  "restore_testing_selection_name",
	  "{'iam_role_arn': 'r', 'protected_resource_type': 'EBS', 'restore_testing_plan_name': "
	  "'weekly', 'restore_testing_selection_name': '" X10 X10 X10 X10 X10 "x'}", NULL,
	  RT_SELECT(""), NULL },
	{ "backup.validation_window_hours", "awscc.backup.restore_testing_selection",
	  "validation_window_hours", RT_SELECT(", 'validation_window_hours': 169"), NULL,
	  RT_SELECT(", 'validation_window_hours': 0"), NULL },
	{ "backup.tiering_down_days", "awscc.backup.tiering_configuration",
	  "resource_selection[0].tiering_down_settings_in_days",
	  "{'tiering_configuration_name': 't', 'backup_vault_name': 'v', 'resource_selection': [{"
	  "'resource_type': 'S3', 'resources': ['*'], 'tiering_down_settings_in_days': 30}]}", NULL,
	  "{'tiering_configuration_name': 't', 'backup_vault_name': 'v', 'resource_selection': [{"
	  "'resource_type': 'S3', 'resources': ['*'], 'tiering_down_settings_in_days': 60}]}",
	  NULL },
	{ "appconfig.retrieval_role_for_sources", "awscc.appconfig.configuration_profile",
	  "retrieval_role_arn",
	  "{'application_id': 'abc1234', 'name': 'p', 'location_uri': 'ssm-parameter://flags'}", NULL,
	  "{'application_id': 'abc1234', 'name': 'p', 'location_uri': 'hosted'}", NULL },
	{ "appconfig.lambda_validator_arn", "awscc.appconfig.configuration_profile",
	  "validators[0].content",
	  "{'application_id': 'abc1234', 'name': 'p', 'location_uri': 'hosted', 'validators': [{"
	  "'type': 'LAMBDA', 'content': '{}'}]}", NULL,
	  "{'application_id': 'abc1234', 'name': 'p', 'location_uri': 'hosted', 'validators': [{"
	  "'type': 'LAMBDA', 'content': 'arn:aws:lambda:us-east-1:123456789012:function:v'}]}",
	  NULL },
	{ "appconfig.tag_keys_not_aws", "awscc.appconfig.deployment_strategy", "tags[0].key",
	  "{'name': 's', 'deployment_duration_in_minutes': 0, 'growth_factor': 100, 'replicate_to': "
	  "'NONE', 'tags': [{'key': 'aws:team', 'value': 'x'}]}", NULL,
	  "{'name': 's', 'deployment_duration_in_minutes': 0, 'growth_factor': 100, 'replicate_to': "
	  "'NONE', 'tags': [{'key': 'team', 'value': 'x'}]}", NULL },
	{ "appconfig.tags_at_most_50", "awscc.appconfig.application", "tags",
	  "{'name': 'a', 'tags': [" TAGS10 ", " TAGS10 ", " TAGS10 ", " TAGS10 ", " TAGS10 ", "
	  "{'key': 'k', 'value': 'v'}]}", NULL, "{'name': 'a', 'tags': [" TAGS10 "]}", NULL },
	{ "wisdom.template_uri_external", "awscc.wisdom.knowledge_base", "knowledge_base_type",
	  "{'name': 'kb', 'knowledge_base_type': 'CUSTOM', 'rendering_configuration': {"
	  "'template_uri': 'https://example.com/{{Id}}'}}", NULL,
	  "{'name': 'kb', 'knowledge_base_type': 'EXTERNAL', 'rendering_configuration': {"
	  "'template_uri': 'https://example.com/{{Id}}'}}", NULL },
	{ "amplify.custom_certificate_arn", "awscc.amplify.domain",
	  "certificate_settings.custom_certificate_arn",
	  "{'app_id': 'd1a2b3c4', 'domain_name': 'example.com', 'sub_domain_settings': [{"
	  "'prefix': 'www', 'branch_name': 'main'}], 'certificate_settings': {'certificate_type': "
	  "'CUSTOM'}}", NULL,
	  "{'app_id': 'd1a2b3c4', 'domain_name': 'example.com', 'sub_domain_settings': [{"
	  "'prefix': 'www', 'branch_name': 'main'}], 'certificate_settings': {'certificate_type': "
	  "'CUSTOM', 'custom_certificate_arn': 'arn:aws:acm:us-east-1:123456789012:certificate/"
	  "abc'}}", NULL },
	{ "cassandra.tag_keys_unique", "awscc.cassandra.keyspace", "tags[1].key",
	  "{'keyspace_name': 'ks', 'tags': [{'key': 'team', 'value': 'a'}, {'key': 'team', "
	  "'value': 'b'}]}", NULL,
	  "{'keyspace_name': 'ks', 'tags': [{'key': 'team', 'value': 'a'}, {'key': 'owner', "
	  "'value': 'b'}]}", NULL },
	{ "vpclattice.lambda_no_network", "awscc.vpclattice.target_group", "config.port",
	  VL_TG("LAMBDA", ", 'config': {'port': 80}"), NULL, VL_TG("LAMBDA", ""), NULL },
	{ "vpclattice.no_health_check", "awscc.vpclattice.target_group", "config.health_check",
	  VL_TG("ALB", ", 'config': {'health_check': {'enabled': true}}"), NULL,
	  VL_TG("IP", ", 'config': {'health_check': {'enabled': true}}"), NULL },
	{ "vpclattice.ip_address_type_ip", "awscc.vpclattice.target_group", "target_group_type",
	  VL_TG("INSTANCE", ", 'config': {'ip_address_type': 'IPV6'}"), NULL,
	  VL_TG("IP", ", 'config': {'ip_address_type': 'IPV6'}"), NULL },
	{ "vpclattice.lambda_event_version", "awscc.vpclattice.target_group", "target_group_type",
	  VL_TG("IP", ", 'config': {'lambda_event_structure_version': 'V2'}"), NULL,
	  VL_TG("LAMBDA", ", 'config': {'lambda_event_structure_version': 'V2'}"), NULL },
	{ "vpclattice.rule_weights", "awscc.vpclattice.rule",
	  "action.forward.target_groups[1].weight",
	  VL_RULE("{'target_group_identifier': 'tg-1', 'weight': 50}, "
		  "{'target_group_identifier': 'tg-2'}"), NULL,
	  VL_RULE("{'target_group_identifier': 'tg-1', 'weight': 50}, "
		  "{'target_group_identifier': 'tg-2', 'weight': 50}"), NULL },
	{ "vpclattice.listener_weights", "awscc.vpclattice.listener",
	  "default_action.forward.target_groups[0].weight",
	  VL_LISTENER("{'target_group_identifier': 'tg-1'}, {'target_group_identifier': 'tg-2', "
		      "'weight': 50}"), NULL,
	  VL_LISTENER("{'target_group_identifier': 'tg-1'}"), NULL },
	{ "vpclattice.dns_preference_enabled", "awscc.vpclattice.service_network_vpc_association",
	  "private_dns_enabled",
	  VL_VPC("false", "'private_dns_preference': 'ALL_DOMAINS'"), NULL,
	  VL_VPC("true", "'private_dns_preference': 'ALL_DOMAINS'"), NULL },
	{ "vpclattice.specified_domains", "awscc.vpclattice.service_network_vpc_association",
	  "dns_options.private_dns_preference",
	  VL_VPC("true", "'private_dns_preference': 'ALL_DOMAINS', "
		 "'private_dns_specified_domains': ['example.com']"), NULL,
	  VL_VPC("true", "'private_dns_preference': 'SPECIFIED_DOMAINS_ONLY', "
		 "'private_dns_specified_domains': ['example.com']"), NULL },
	{ "vpclattice.dns_resource_not_dualstack", "awscc.vpclattice.resource_configuration",
	  "resource_configuration_definition.dns_resource.ip_address_type",
	  VL_RCFG("DUALSTACK"), NULL, VL_RCFG("IPV4"), NULL },
};

static const char *const services[] = { "bedrock.", "deadline.", "acmpca.", "cloudfront.",
					 "backup.", "appconfig.", "wisdom.", "amplify.",
					 "cassandra.", "vpclattice.", NULL };

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
					 "test_words_third_scope.c");
}

/* What Bedrock's rows leave alone: a prompt's default variant with no
 * variants (nothing AWS names to match), one not known yet; an agent's
 * prompt configurations not known yet. */
static void test_bedrock_leaves(void **state)
{
	static const char *const passing[][2] = {
		{ "awscc.bedrock.prompt", "{'name': 'greet', 'default_variant': 'v1'}" },
		{ "awscc.bedrock.prompt", PROMPT("${var.variant}") },
		{ "awscc.bedrock.agent", AGENT("'prompt_override_configuration': {'override_lambda': "
					       LAMBDA ", 'prompt_configurations': {'$unknown': "
					       "'set'}}") },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(passing) / sizeof(*passing); i++) {
		struct strbuf err = STRBUF_INIT;
		if (words_judge(passing[i][0], passing[i][1], NULL, NULL, &err))
			fail_msg("refused %s: %s", passing[i][1], err.buf);
		strbuf_release(&err);
	}
}

/* A Deadline Cloud fleet's GPU accelerators
 * (rule_deadline_fleet_accelerators, the written rule deadline.words
 * names): a count's max or the instance types allowed, each accelerator
 * named once, one runtime for all (none written: "latest"), in a JSON
 * document written with awscc's keys or CloudFormation's; and the tag keys'
 * aws: (rule_tag_list_keys). */
static void test_deadline_fleet_accelerators(void **state)
{
#define FLEET(CAPS) "{'farm_id': 'farm-0123456789abcdef0123456789abcdef', 'display_name': " \
	"'render', 'max_worker_count': 4, 'role_arn': 'arn:aws:iam::123456789012:role/f', " \
	"'configuration': {'service_managed_ec2': {'instance_market_options': {'type': " \
	"'on-demand'}, 'instance_capabilities': {'cpu_architecture_type': 'x86_64', 'os_family': " \
	"'LINUX', 'memory_mi_b': {'min': 1024}, 'v_cpu_count': {'min': 2}, " CAPS "}}}}"
#define GPUS(SELECTIONS, COUNT) "'accelerator_capabilities': {'selections': [" SELECTIONS "]" \
	COUNT "}"
#define MAX ", 'count': {'min': 1, 'max': 2}"
	static const char *const refused[][3] = {
		{ "awscc.deadline.fleet", FLEET(GPUS("{'name': 't4'}", "")),
		  "has accelerator_capabilities with neither a count's max nor allowed_instance_types" },
		{ "awscc.deadline.fleet", FLEET(GPUS("{'name': 't4'}, {'name': 't4'}", MAX)),
		  "selections[1] names \"t4\" as [0] does: AWS says \"You cannot specify the same" },
		{ "awscc.deadline.fleet",
		  FLEET(GPUS("{'name': 't4', 'runtime': 'grid:r570'}, {'name': 'l4'}", MAX)),
		  "selections[1]'s runtime \"latest\" is not the others' \"grid:r570\"" },
		{ "awscc.deadline.fleet",
		  "{'configuration': {'ServiceManagedEc2': {'InstanceCapabilities': {"
		  "'AcceleratorCapabilities': {'Selections': [{'Name': 'a10g', 'Runtime': 'latest'}, "
		  "{'Name': 'l4', 'Runtime': 'grid:r570'}]}, 'AllowedInstanceTypes': ['g5']}}}}",
		  "selections[1]'s runtime \"grid:r570\"" },
		{ "awscc.deadline.farm", "{'display_name': 'f', 'tags': [{'key': 'aws:x', 'value': 'y'}]}",
		  "cannot be prefixed with aws:" },
	};
	static const char *const passing[][2] = {
		{ "awscc.deadline.fleet", FLEET(GPUS("{'name': 't4'}, {'name': 'l4', 'runtime': "
						     "'latest'}", MAX)) },
		{ "awscc.deadline.fleet", FLEET(GPUS("{'name': 't4'}", "") ", 'allowed_instance_types': "
						"['g4dn.xlarge']") },
		{ "awscc.deadline.fleet", FLEET(GPUS("{'name': 't4'}", ", 'count': {'$unknown': 'set'}")) },
		{ "awscc.deadline.fleet", FLEET("'accelerator_capabilities': '${var.gpus}'") },
		{ "awscc.deadline.farm", "{'display_name': 'f', 'tags': [{'key': 'x', 'value': 'aws:y'}]}" },
	};
#undef MAX
#undef GPUS
#undef FLEET

	(void)state;
	for (size_t i = 0; i < sizeof(refused) / sizeof(*refused); i++) {
		struct strbuf err = STRBUF_INIT;
		if (!words_judge(refused[i][0], refused[i][1], NULL, NULL, &err))
			fail_msg("accepted %s", refused[i][1]);
		if (!strstr(err.buf, refused[i][2]))
			fail_msg("message \"%s\" lacks \"%s\"", err.buf, refused[i][2]);
		strbuf_release(&err);
	}
	for (size_t i = 0; i < sizeof(passing) / sizeof(*passing); i++) {
		struct strbuf err = STRBUF_INIT;
		if (words_judge(passing[i][0], passing[i][1], NULL, NULL, &err))
			fail_msg("refused %s: %s", passing[i][1], err.buf);
		strbuf_release(&err);
	}
}

/* A certificate's CSR (rule_acmpca_csr_names, the written rule
 * acm-pca.words names): one naming neither a subject nor a subject
 * alternative name is refused; one naming its subject, one not known yet,
 * one that is no PEM, or one with an API passthrough, passes. */
static void test_acmpca_csr_names(void **state)
{
#define CSR_CERT(CSR, MORE) "{'certificate_authority_arn': '" CA_ARN "', " \
	"'certificate_signing_request': '" CSR "', 'signing_algorithm': 'SHA256WITHRSA', " \
	"'validity': {'type': 'DAYS', 'value': 1}" MORE "}"
	static const char empty[] =
		"-----BEGIN CERTIFICATE REQUEST-----\n"
		"MIG6MGICAQAwADBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IABLfgDnn6dieud7Fu\n"
		"XR+1sdG3q/HsperJQQGjOjiJeaANE/hHHuOrEvqfkWZTMN66MkU8wphyps6BBkcH\n"
		"R3R1zOugADAKBggqhkjOPQQDAgNIADBFAiBF6rRFvUEeoe0O2MpYHzyuZHOZJgSI\n"
		"BlEP02UkdvNS2wIhAJtlM8R00JaruB9I5irW9Qw058NVhfHlc/OQvLB3QYjg\n"
		"-----END CERTIFICATE REQUEST-----\n";
	static const char named[] =
		"-----BEGIN CERTIFICATE REQUEST-----\n"
		"MIHKMHECAQAwDzENMAsGA1UEAwwEY29ycDBZMBMGByqGSM49AgEGCCqGSM49AwEH\n"
		"A0IABE8x9kp2ISs22h3gnK7EplggOaPoeq8p85ysB79mSRRn+XT8aiE1Xs1O3UIq\n"
		"7h0mdCCuCwdeUdVT7cFAVAefk5WgADAKBggqhkjOPQQDAgNJADBGAiEA/U1lzJZu\n"
		"Z0biYVTfMhtUsra4aWdzO76ll3CVE6x8t6kCIQDKpxI8wLDxfIuIb8eEDua5eB/b\n"
		"rlML3y37q8M5uwmrZg==\n"
		"-----END CERTIFICATE REQUEST-----\n";
	char *text;
	json_t *csr;
	struct strbuf err = STRBUF_INIT;
	const char *attr = NULL;
	json_t *a = js(CSR_CERT("CSR", ""));

	(void)state;
	/* the PEM's newlines do not go through json_support's quotes: set it */
	csr = json_string(empty);
	json_object_set_new(a, "certificate_signing_request", csr);
	assert_int_not_equal(aws_constraints_check("awscc.acmpca.certificate", a, NULL, NULL, &attr,
						   &err), 0);
	if (!strstr(err.buf, "the CSR names no subject and no subject alternative name"))
		fail_msg("message \"%s\" lacks the CSR's names", err.buf);
	strbuf_reset(&err);
	json_object_set_new(a, "api_passthrough", js("{'subject': {'common_name': 'corp'}}"));
	assert_int_equal(aws_constraints_check("awscc.acmpca.certificate", a, NULL, NULL, &attr,
					       &err), 0);
	json_object_del(a, "api_passthrough");
	json_object_set_new(a, "certificate_signing_request", json_string(named));
	assert_int_equal(aws_constraints_check("awscc.acmpca.certificate", a, NULL, NULL, &attr,
					       &err), 0);
	text = xasprintf("%s", "${ca.certificate_signing_request}");
	json_object_set_new(a, "certificate_signing_request", json_string(text));
	free(text);
	assert_int_equal(aws_constraints_check("awscc.acmpca.certificate", a, NULL, NULL, &attr,
					       &err), 0);
	json_object_set_new(a, "certificate_signing_request", json_string("-----BEGIN junk"));
	assert_int_equal(aws_constraints_check("awscc.acmpca.certificate", a, NULL, NULL, &attr,
					       &err), 0);
	json_decref(a);
	strbuf_release(&err);
#undef CSR_CERT
}

/* A policy's document (rule_iot_policy_document_size, the written rule
 * iot.words names): 2,049 characters besides whitespace refused, written as
 * an object or as its text; 2,048 pass, as the text indented (over 2,048
 * bytes with its whitespace); a document not known yet passes. */
static void test_iot_policy_document_size(void **state)
{
	json_t *doc = js("{'Version': '2012-10-17', 'Statement': [{'Effect': 'Allow', "
			 "'Action': 'iot:Connect', 'Resource': ''}]}");
	char *base = json_dumps(doc, JSON_COMPACT), *text;
	size_t fill = 2049 - strlen(base);
	char *resource = calloc(fill + 1, 1);
	json_t *policy = json_object();
	struct strbuf err = STRBUF_INIT;
	const char *attr = NULL;

	(void)state;
	memset(resource, 'x', fill);
	json_object_set_new(json_array_get(json_object_get(doc, "Statement"), 0), "Resource",
			    json_string(resource));
	json_object_set(policy, "policy_document", doc);
	assert_int_not_equal(aws_constraints_check("awscc.iot.policy", policy, NULL, NULL, &attr,
						   &err), 0);
	if (!strstr(err.buf, "the document holds 2049 characters besides whitespace"))
		fail_msg("message \"%s\" lacks the count", err.buf);
	strbuf_reset(&err);
	text = json_dumps(doc, JSON_INDENT(4));
	json_object_set_new(policy, "policy_document", json_string(text));
	free(text);
	assert_int_not_equal(aws_constraints_check("awscc.iot.policy", policy, NULL, NULL, &attr,
						   &err), 0);
	strbuf_reset(&err);
	resource[fill - 1] = '\0';
	json_object_set_new(json_array_get(json_object_get(doc, "Statement"), 0), "Resource",
			    json_string(resource));
	text = json_dumps(doc, JSON_INDENT(4));
	assert_true(strlen(text) > 2048);
	json_object_set_new(policy, "policy_document", json_string(text));
	free(text);
	assert_int_equal(aws_constraints_check("awscc.iot.policy", policy, NULL, NULL, &attr,
					       &err), 0);
	json_object_set(policy, "policy_document", doc);
	assert_int_equal(aws_constraints_check("awscc.iot.policy", policy, NULL, NULL, &attr,
					       &err), 0);
	json_object_set_new(policy, "policy_document", json_string("${var.document}"));
	assert_int_equal(aws_constraints_check("awscc.iot.policy", policy, NULL, NULL, &attr,
					       &err), 0);
	json_decref(policy);
	json_decref(doc);
	free(resource);
	free(base);
	strbuf_release(&err);
}

/* A HyperPod cluster's EBS volumes (rule_sagemaker_cluster_ebs_volumes,
 * the written rule sagemaker.words names): the root volume's without a size
 * and with a KMS key, a secondary one's with a size, in an instance group's
 * or a restricted one's instance_storage_configs, a JSON document written
 * with awscc's keys or CloudFormation's; a document not known yet, or text,
 * passes. */
static void test_sagemaker_cluster_ebs_volumes(void **state)
{
#define HP(LIST, EBS) "{'cluster_name': 'hp', '" LIST "': [{'instance_group_name': 'g', " \
	"'instance_type': 'ml.t3.medium', 'instance_count': 1, 'execution_role': " \
	"'arn:aws:iam::123456789012:role/hp', 'instance_storage_configs': [" EBS "]}]}"
	static const char *const refused[][3] = {
		{ HP("instance_groups", "{'ebs_volume_config': {'root_volume': true, "
		     "'volume_size_in_gb': 100, 'volume_kms_key_id': 'k'}}"),
		  "instance_groups[0].instance_storage_configs[0].ebs_volume_config is the root "
		  "volume's and has volume_size_in_gb: AWS says \"You can't specify the "
		  "VolumeSizeInGB field.\" (sagemaker CreateCluster" },
		{ HP("restricted_instance_groups", "{'EbsVolumeConfig': {'RootVolume': true}}"),
		  "restricted_instance_groups[0].instance_storage_configs[0].ebs_volume_config is "
		  "the root volume's and has no volume_kms_key_id" },
		{ HP("instance_groups", "{'ebs_volume_config': {'volume_size_in_gb': 100}}, "
		     "{'ebs_volume_config': {'volume_kms_key_id': 'k'}}"),
		  "instance_groups[0].instance_storage_configs[1].ebs_volume_config is a secondary "
		  "volume's (root_volume is not true) and has no volume_size_in_gb: AWS says \"You "
		  "must specify the VolumeSizeInGB field.\"" },
	};
	static const char *const passing[] = {
		HP("instance_groups", "{'ebs_volume_config': {'root_volume': true, "
		   "'volume_kms_key_id': 'k'}}, {'ebs_volume_config': {'volume_size_in_gb': 100}}"),
		HP("restricted_instance_groups", "{'EbsVolumeConfig': {'RootVolume': false, "
		   "'VolumeSizeInGB': 100, 'VolumeKmsKeyId': 'k'}}"),
		HP("instance_groups", "{'ebs_volume_config': {'Root_Volume': true, "
		   "'volumeKmsKeyId': 'k'}}"),
		HP("instance_groups", "{'ebs_volume_config': {'volume_size_in_gb': {'$unknown': "
		   "'set'}}}"),
		HP("instance_groups", "{'ebs_volume_config': {'root_volume': {'$unknown': 'set'}, "
		   "'volume_kms_key_id': 'k'}}"),
		"{'cluster_name': 'hp', 'instance_groups': [{'instance_group_name': 'g', "
		"'instance_storage_configs': '[{EbsVolumeConfig: {}}]'}]}",
	};
#undef HP

	(void)state;
	for (size_t i = 0; i < sizeof(refused) / sizeof(*refused); i++) {
		struct strbuf err = STRBUF_INIT;
		if (!words_judge("awscc.sagemaker.cluster", refused[i][0], NULL, NULL, &err))
			fail_msg("accepted %s", refused[i][0]);
		if (!strstr(err.buf, refused[i][1]))
			fail_msg("message \"%s\" lacks \"%s\"", err.buf, refused[i][1]);
		strbuf_release(&err);
	}
	for (size_t i = 0; i < sizeof(passing) / sizeof(*passing); i++) {
		struct strbuf err = STRBUF_INIT;
		if (words_judge("awscc.sagemaker.cluster", passing[i], NULL, NULL, &err))
			fail_msg("refused %s: %s", passing[i], err.buf);
		strbuf_release(&err);
	}
}

/* NOT_OLDER, the engine version's row (elasticache.engine_no_downgrade):
 * versions compared by their numbers, not their text (5.0.10 is newer than
 * 5.0.6), a shorter one the same as its longer reading (7.1 as 7.1.0), a
 * part that is no number ending the comparison (6.x as 6.2.6). */
static void test_engine_version_not_older(void **state)
{
#define V(VERSION) "{'cache_node_type': 'cache.t3.micro', 'engine': 'redis', " \
	"'num_cache_nodes': 1, 'engine_version': '" VERSION "'}"
	static const char *const refused[][2] = {
		{ V("6.2"), V("7.0") }, { V("5.0.6"), V("5.0.10") }, { V("7.0.7"), V("7.1") },
	};
	static const char *const passing[][2] = {
		{ V("7.1"), V("7.1.0") }, { V("6.x"), V("6.2.6") }, { V("7"), V("6.2") },
		{ V("5.0.10"), V("5.0.6") },
	};
#undef V

	(void)state;
	for (size_t i = 0; i < sizeof(refused) / sizeof(*refused); i++) {
		struct strbuf err = STRBUF_INIT;
		if (!words_judge("awscc.elasticache.cache_cluster", refused[i][0], refused[i][1], NULL,
				 &err))
			fail_msg("accepted %s over %s", refused[i][0], refused[i][1]);
		if (!strstr(err.buf, "must not be older than what the object has"))
			fail_msg("message \"%s\" lacks the object's version", err.buf);
		strbuf_release(&err);
	}
	for (size_t i = 0; i < sizeof(passing) / sizeof(*passing); i++) {
		struct strbuf err = STRBUF_INIT;
		if (words_judge("awscc.elasticache.cache_cluster", passing[i][0], passing[i][1], NULL,
				&err))
			fail_msg("refused %s over %s: %s", passing[i][0], passing[i][1], err.buf);
		strbuf_release(&err);
	}
}

/* A backup plan's lifecycles (at least 90 days in cold storage before they
 * expire, in a rule and its copy actions) and backup options (each one AWS
 * names, enabled or disabled; as an object or its JSON text)
 * (rule_backup_plan_documents, the written rule backup.words names). */
static void test_backup_plan_documents(void **state)
{
#define COLD(DELETE) ", 'lifecycle': {'move_to_cold_storage_after_days': 30, " \
	"'delete_after_days': " DELETE "}"
#define OPTIONS(DOC) ", 'advanced_backup_settings': [{'resource_type': 'EC2', 'backup_options': " \
	DOC "}]"
	static const char *const refused[][2] = {
		{ BPLAN(COLD("100"), ""), "lifecycle.delete_after_days 100 is not 90 days after" },
		{ BPLAN(", 'copy_actions': [{'destination_backup_vault_arn': 'arn:aws:backup:us-east-1:"
			"123456789012:backup-vault:v2'" COLD("119") "}]", ""),
		  "copy_actions[0].lifecycle.delete_after_days 119" },
		{ BPLAN("", OPTIONS("{'WindowsVSS': 'on'}")), "names \"WindowsVSS\", not an option" },
		{ BPLAN("", OPTIONS("'{\\\"WindowsVss2\\\": \\\"enabled\\\"}'")), "names \"WindowsVss2\"" },
	};
	static const char *const passing[] = {
		BPLAN(COLD("120"), ""),
		BPLAN(", 'lifecycle': {'delete_after_days': 7}", ""),
		BPLAN(COLD("'${var.days}'"), ""),
		BPLAN("", OPTIONS("{'WindowsVSS': 'enabled'}")),
		BPLAN("", OPTIONS("'{\\\"BackupACLs\\\": \\\"disabled\\\"}'")),
		BPLAN("", OPTIONS("'${var.options}'")),
	};
#undef OPTIONS
#undef COLD

	(void)state;
	for (size_t i = 0; i < sizeof(refused) / sizeof(*refused); i++) {
		struct strbuf err = STRBUF_INIT;
		if (!words_judge("awscc.backup.backup_plan", refused[i][0], NULL, NULL, &err))
			fail_msg("accepted %s", refused[i][0]);
		if (!strstr(err.buf, refused[i][1]) || !strstr(err.buf, "AWS says"))
			fail_msg("message \"%s\" lacks \"%s\"", err.buf, refused[i][1]);
		strbuf_release(&err);
	}
	for (size_t i = 0; i < sizeof(passing) / sizeof(*passing); i++) {
		struct strbuf err = STRBUF_INIT;
		if (words_judge("awscc.backup.backup_plan", passing[i], NULL, NULL, &err))
			fail_msg("refused %s: %s", passing[i], err.buf);
		strbuf_release(&err);
	}
}

/* An AppConfig extension's parameters: none dynamic and required
 * (rule_appconfig_extension_parameters, the written rule appconfig.words
 * names), as an object with awscc's or CloudFormation's keys, or as text. */
static void test_appconfig_extension_parameters(void **state)
{
#define EXTENSION(PARAMS) "{'name': 'x', 'actions': {}, 'parameters': " PARAMS "}"
	static const char *const refused[] = {
		EXTENSION("{'token': {'dynamic': true, 'required': true}}"),
		EXTENSION("{'token': {'Dynamic': true, 'Required': true}}"),
		EXTENSION("'{\\\"token\\\": {\\\"Dynamic\\\": true, \\\"Required\\\": true}}'"),
	};
	static const char *const passing[] = {
		EXTENSION("{'token': {'dynamic': true}, 'url': {'required': true}}"),
		EXTENSION("'${var.parameters}'"),
	};
#undef EXTENSION

	(void)state;
	for (size_t i = 0; i < sizeof(refused) / sizeof(*refused); i++) {
		struct strbuf err = STRBUF_INIT;
		if (!words_judge("awscc.appconfig.extension", refused[i], NULL, NULL, &err))
			fail_msg("accepted %s", refused[i]);
		if (!strstr(err.buf, "parameters.token is dynamic and required: AWS says"))
			fail_msg("message \"%s\" lacks the parameter", err.buf);
		strbuf_release(&err);
	}
	for (size_t i = 0; i < sizeof(passing) / sizeof(*passing); i++) {
		struct strbuf err = STRBUF_INIT;
		if (words_judge("awscc.appconfig.extension", passing[i], NULL, NULL, &err))
			fail_msg("refused %s: %s", passing[i], err.buf);
		strbuf_release(&err);
	}
}

int main(void)
{
	/* the provider's region the rows on the region read (aws_provider_region:
	 * AWS_REGION) */
	setenv("AWS_REGION", "us-east-1", 1);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_bedrock_leaves),
		cmocka_unit_test(test_deadline_fleet_accelerators),
		cmocka_unit_test(test_acmpca_csr_names),
		cmocka_unit_test(test_iot_policy_document_size),
		cmocka_unit_test(test_backup_plan_documents),
		cmocka_unit_test(test_appconfig_extension_parameters),
		cmocka_unit_test(test_sagemaker_cluster_ebs_volumes),
		cmocka_unit_test(test_engine_version_not_older),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
