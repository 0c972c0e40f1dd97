/*
 * test_words_cognito.c: the words rows (AWS_SAYS, checks/words.c) of Amazon
 * Cognito's awscc types (cognito/rules.c; the ledger
 * checks/words/cognito-idp.words, of cognito-idp's and cognito-identity's
 * operations), the census's third scope, each through
 * aws_constraints_check: a resource it refuses, whose message names the
 * attribute, quotes AWS's sentence and names its document, and its passing
 * twin; every such row has a case here. And the written rule of an identity
 * pool's roles and role mappings (rule_cognito_role_mappings).
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

#define POOL(MORE) "{'user_pool_name': 'users'" MORE "}"
#define CLIENT(MORE) "{'user_pool_id': 'us-east-1_abc', 'client_name': 'web'" MORE "}"
#define USER(MORE) "{'user_pool_id': 'us-east-1_abc', 'username': 'ana'" MORE "}"
#define UATTR(NAME, VALUE) "{'name': '" NAME "', 'value': '" VALUE "'}"
#define FN "arn:aws:lambda:us-east-1:123456789012:function:"

/* Each row's refused resource and its passing twin. */
static const struct words_case cases[] = {
	{ "cognito.schema_number_bounds", "awscc.cognito.user_pool",
	  "schema[0].number_attribute_constraints.max_value",
	  POOL(", 'schema': [{'name': 'n', 'attribute_data_type': 'Number', "
	       "'number_attribute_constraints': {'max_value': '1e308'}}]"), NULL,
	  POOL(", 'schema': [{'name': 'n', 'attribute_data_type': 'Number', "
	       "'number_attribute_constraints': {'max_value': '1000'}}]"), NULL },
	{ "cognito.email_mfa_tier", "awscc.cognito.user_pool", "user_pool_tier",
	  POOL(", 'enabled_mfas': ['EMAIL_OTP'], 'user_pool_tier': 'LITE'"), NULL,
	  POOL(", 'enabled_mfas': ['EMAIL_OTP'], 'user_pool_tier': 'ESSENTIALS'"), NULL },
	{ "cognito.add_ons_plus_tier", "awscc.cognito.user_pool", "user_pool_tier",
	  POOL(", 'user_pool_add_ons': {'advanced_security_mode': 'ENFORCED'}, "
	       "'user_pool_tier': 'ESSENTIALS'"), NULL,
	  POOL(", 'user_pool_add_ons': {'advanced_security_mode': 'OFF'}, "
	       "'user_pool_tier': 'ESSENTIALS'"), NULL },
	{ "cognito.mfa_messages_code", "awscc.cognito.user_pool", "sms_authentication_message",
	  POOL(", 'sms_authentication_message': 'Your code: ####'"), NULL,
	  POOL(", 'sms_authentication_message': 'Your code: {####}'"), NULL },
	{ "cognito.verification_code_placeholder", "awscc.cognito.user_pool",
	  "verification_message_template.email_message",
	  POOL(", 'verification_message_template': {'default_email_option': 'CONFIRM_WITH_CODE', "
	       "'email_message': 'Welcome'}"), NULL,
	  POOL(", 'verification_message_template': {'default_email_option': 'CONFIRM_WITH_CODE', "
	       "'email_message': 'Your code {####}'}"), NULL },
	{ "cognito.verification_link_placeholder", "awscc.cognito.user_pool",
	  "verification_message_template.email_message_by_link",
	  POOL(", 'verification_message_template': {'default_email_option': 'CONFIRM_WITH_LINK', "
	       "'email_message_by_link': 'Click here'}"), NULL,
	  POOL(", 'verification_message_template': {'default_email_option': 'CONFIRM_WITH_LINK', "
	       "'email_message_by_link': '{##Click here##}'}"), NULL },
	{ "cognito.lambda_versions_v1", "awscc.cognito.user_pool",
	  "lambda_config.custom_email_sender.lambda_version",
	  POOL(", 'lambda_config': {'kms_key_id': 'k', 'custom_email_sender': {'lambda_arn': '"
	       FN "s', 'lambda_version': 'V2_0'}}"), NULL,
	  POOL(", 'lambda_config': {'kms_key_id': 'k', 'custom_email_sender': {'lambda_arn': '"
	       FN "s', 'lambda_version': 'V1_0'}}"), NULL },
	{ "cognito.pre_token_same", "awscc.cognito.user_pool",
	  "lambda_config.pre_token_generation_config.lambda_arn",
	  POOL(", 'lambda_config': {'pre_token_generation': '" FN "a', "
	       "'pre_token_generation_config': {'lambda_arn': '" FN "b', 'lambda_version': "
	       "'V2_0'}}"), NULL,
	  POOL(", 'lambda_config': {'pre_token_generation': '" FN "a', "
	       "'pre_token_generation_config': {'lambda_arn': '" FN "a', 'lambda_version': "
	       "'V2_0'}}"), NULL },
	{ "cognito.password_min_6", "awscc.cognito.user_pool",
	  "policies.password_policy.minimum_length",
	  POOL(", 'policies': {'password_policy': {'minimum_length': 5}}"), NULL,
	  POOL(", 'policies': {'password_policy': {'minimum_length': 6}}"), NULL },
	{ "cognito.seoul_sns_tokyo", "awscc.cognito.user_pool", "sms_configuration.sns_region",
	  POOL(", 'sms_configuration': {'sns_caller_arn': 'arn:aws:iam::123456789012:role/sns', "
	       "'sns_region': 'ap-northeast-2'}"), NULL,
	  POOL(", 'sms_configuration': {'sns_caller_arn': 'arn:aws:iam::123456789012:role/sns', "
	       "'sns_region': 'ap-northeast-1'}"), NULL },
	{ "cognito.client_credentials_alone", "awscc.cognito.user_pool_client",
	  "allowed_o_auth_flows",
	  CLIENT(", 'allowed_o_auth_flows': ['client_credentials', 'code']"), NULL,
	  CLIENT(", 'allowed_o_auth_flows': ['client_credentials']"), NULL },
	{ "cognito.callback_urls", "awscc.cognito.user_pool_client", "callback_ur_ls[0]",
	  CLIENT(", 'callback_ur_ls': ['http://app.example.com/cb']"), NULL,
	  CLIENT(", 'callback_ur_ls': ['http://localhost:3000/cb', 'https://app.example.com/cb', "
		 "'myapp://cb']"), NULL },
	{ "cognito.default_redirect_among_callbacks", "awscc.cognito.user_pool_client",
	  "default_redirect_uri",
	  CLIENT(", 'callback_ur_ls': ['https://a.example.com/cb'], 'default_redirect_uri': "
		 "'https://b.example.com/cb'"), NULL,
	  CLIENT(", 'callback_ur_ls': ['https://a.example.com/cb'], 'default_redirect_uri': "
		 "'https://a.example.com/cb'"), NULL },
	{ "cognito.context_data_with_secret", "awscc.cognito.user_pool_client", "generate_secret",
	  CLIENT(", 'enable_propagate_additional_user_context_data': true"), NULL,
	  CLIENT(", 'enable_propagate_additional_user_context_data': true, 'generate_secret': true"),
	  NULL },
	{ "cognito.auth_flows_not_mixed", "awscc.cognito.user_pool_client", "explicit_auth_flows",
	  CLIENT(", 'explicit_auth_flows': ['ALLOW_USER_SRP_AUTH', 'USER_PASSWORD_AUTH']"), NULL,
	  CLIENT(", 'explicit_auth_flows': ['ALLOW_USER_SRP_AUTH', 'ALLOW_USER_PASSWORD_AUTH']"),
	  NULL },
	{ "cognito.domain_certificate_us_east_1", "awscc.cognito.user_pool_domain",
	  "custom_domain_config.certificate_arn",
	  "{'domain': 'auth.example.com', 'user_pool_id': 'us-east-1_abc', 'custom_domain_config': "
	  "{'certificate_arn': 'arn:aws:acm:eu-west-1:123456789012:certificate/c'}}", NULL,
	  "{'domain': 'auth.example.com', 'user_pool_id': 'us-east-1_abc', 'custom_domain_config': "
	  "{'certificate_arn': 'arn:aws:acm:us-east-1:123456789012:certificate/c'}}", NULL },
	{ "cognito.group_precedence", "awscc.cognito.user_pool_group", "precedence",
	  "{'user_pool_id': 'us-east-1_abc', 'group_name': 'g', 'precedence': 2147483648}", NULL,
	  "{'user_pool_id': 'us-east-1_abc', 'group_name': 'g', 'precedence': 2147483647}", NULL },
	{ "cognito.branding_provided_alone", "awscc.cognito.managed_login_branding", "settings",
	  "{'user_pool_id': 'us-east-1_abc', 'use_cognito_provided_values': true, 'settings': {}}",
	  NULL, "{'user_pool_id': 'us-east-1_abc', 'use_cognito_provided_values': true}", NULL },
	{ "cognito.user_phone_number", "awscc.cognito.user_pool_user", "user_attributes",
	  USER(", 'user_attributes': [" UATTR("phone_number_verified", "true") "]"), NULL,
	  USER(", 'user_attributes': [" UATTR("phone_number_verified", "true") ", "
	       UATTR("phone_number", "+15555550100") "]"), NULL },
	{ "cognito.user_email", "awscc.cognito.user_pool_user", "user_attributes",
	  USER(", 'desired_delivery_mediums': ['EMAIL'], 'user_attributes': [" UATTR("name", "Ana")
	       "]"), NULL,
	  USER(", 'desired_delivery_mediums': ['EMAIL'], 'user_attributes': ["
	       UATTR("email", "ana@example.com") "]"), NULL },
	{ "cognito.user_invite_contact", "awscc.cognito.user_pool_user", "user_attributes",
	  USER(", 'message_action': 'RESEND', 'user_attributes': [" UATTR("name", "Ana") "]"), NULL,
	  USER(", 'message_action': 'RESEND', 'user_attributes': [" UATTR("email", "a@example.com")
	       "]"), NULL },
	{ "cognito.user_custom_prefix", "awscc.cognito.user_pool_user", "user_attributes[0].name",
	  USER(", 'user_attributes': [" UATTR("team", "red") "]"), NULL,
	  USER(", 'user_attributes': [" UATTR("custom:team", "red") "]"), NULL },
	{ "cognito.identity_pool_tag_keys", "awscc.cognito.identity_pool",
	  "identity_pool_tags[0].key",
	  "{'allow_unauthenticated_identities': false, 'identity_pool_tags': [{'key': 'aws:x', "
	  "'value': 'v'}]}", NULL,
	  "{'allow_unauthenticated_identities': false, 'identity_pool_tags': [{'key': 'x', "
	  "'value': 'v'}]}", NULL },
	{ "cognito.developer_provider_unchanged", "awscc.cognito.identity_pool",
	  "developer_provider_name",
	  "{'allow_unauthenticated_identities': false, 'developer_provider_name': 'login.b'}",
	  "{'allow_unauthenticated_identities': false, 'developer_provider_name': 'login.a'}",
	  "{'allow_unauthenticated_identities': false, 'developer_provider_name': 'login.a'}",
	  "{'allow_unauthenticated_identities': false, 'developer_provider_name': 'login.a'}" },
};

static const char *const services[] = { "cognito.", NULL };

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
					 "test_words_cognito.c");
}

/* What the rows leave alone: a user pool with no SNS Region given (in
 * Seoul, the provider's Region here), a developer provider name set on an
 * update of a pool that had none. */
static void test_cognito_leaves(void **state)
{
	static const char *const passing[][3] = {
		{ "awscc.cognito.user_pool", POOL(", 'sms_configuration': {'sns_caller_arn': "
		  "'arn:aws:iam::123456789012:role/sns'}"), NULL },
		{ "awscc.cognito.identity_pool", "{'allow_unauthenticated_identities': false, "
		  "'developer_provider_name': 'login.a'}", "{'allow_unauthenticated_identities': "
		  "false}" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(passing) / sizeof(*passing); i++) {
		struct strbuf err = STRBUF_INIT;
		if (words_judge(passing[i][0], passing[i][1], passing[i][2], NULL, &err))
			fail_msg("refused %s: %s", passing[i][1], err.buf);
		strbuf_release(&err);
	}
}

/* An identity pool's roles and role mappings (rule_cognito_role_mappings),
 * with awscc's keys or CloudFormation's, as an object or as text. */
static void test_cognito_role_mappings(void **state)
{
#define ATTACH(MORE) "{'identity_pool_id': 'us-east-1:0a1b'" MORE "}"
	static const char *const refused[][2] = {
		{ ATTACH(", 'roles': {'admin': 'arn:aws:iam::123456789012:role/a'}"),
		  "roles names \"admin\"" },
		{ ATTACH(", 'role_mappings': {'p': {'type': 'Token'}}"),
		  "of type Token has no ambiguous_role_resolution" },
		{ ATTACH(", 'role_mappings': {'p': {'Type': 'Rules', 'AmbiguousRoleResolution': "
			 "'Deny'}}"), "of type Rules has no rules_configuration" },
		{ ATTACH(", 'role_mappings': '{\\\"p\\\": {\\\"Type\\\": \\\"Token\\\"}}'"),
		  "of type Token has no ambiguous_role_resolution" },
	};
	static const char *const passing[] = {
		ATTACH(", 'roles': {'authenticated': 'arn:aws:iam::123456789012:role/a'}"),
		ATTACH(", 'role_mappings': {'p': {'type': 'Token', 'ambiguous_role_resolution': "
		       "'AuthenticatedRole'}}"),
		ATTACH(", 'role_mappings': '${var.mappings}'"),
	};
#undef ATTACH

	(void)state;
	for (size_t i = 0; i < sizeof(refused) / sizeof(*refused); i++) {
		struct strbuf err = STRBUF_INIT;
		if (!words_judge("awscc.cognito.identity_pool_role_attachment", refused[i][0], NULL,
				 NULL, &err))
			fail_msg("accepted %s", refused[i][0]);
		if (!strstr(err.buf, refused[i][1]) || !strstr(err.buf, "AWS says"))
			fail_msg("message \"%s\" lacks \"%s\"", err.buf, refused[i][1]);
		strbuf_release(&err);
	}
	for (size_t i = 0; i < sizeof(passing) / sizeof(*passing); i++) {
		struct strbuf err = STRBUF_INIT;
		if (words_judge("awscc.cognito.identity_pool_role_attachment", passing[i], NULL, NULL,
				&err))
			fail_msg("refused %s: %s", passing[i], err.buf);
		strbuf_release(&err);
	}
}

int main(void)
{
	/* Seoul, the Region cognito.seoul_sns_tokyo is about (aws_provider_region) */
	setenv("AWS_REGION", "ap-northeast-2", 1);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_cognito_leaves),
		cmocka_unit_test(test_cognito_role_mappings),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
