/*
 * cognito/rules.c: Amazon Cognito's (user pools, identity pools) rows of the
 * one table of checks (checks/row.h) on the awscc types of a service
 * terrace's own code does not call (its objects are made through Cloud
 * Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE and MODELS:
 * cognito-idp's and cognito-identity's), and the written rules of an identity
 * pool's roles and role mappings and of a prefix domain's reserved words. Its ledger: checks/words/cognito-idp.words.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "provider/aws/checks/rules.h"
#include "provider/provider.h"

#define IDP "cognito-idp "
#define LAMBDA "lambda_config."
#define TEMPLATE "verification_message_template."
/* a user attribute NAME given (with value VALUE) */
#define ATTR_SET(NAME) SOME("user_attributes", IS("name", NAME))
#define ATTR_IS(NAME, VALUE) SOME("user_attributes", IS("name", NAME), IS("value", VALUE))
#define STANDARD "address", "birthdate", "email", "email_verified", "family_name", "gender", \
	"given_name", "locale", "middle_name", "name", "nickname", "phone_number", \
	"phone_number_verified", "picture", "preferred_username", "profile", "updated_at", \
	"website", "zoneinfo"
/* at most 2^1023, written in at most 131,072 characters */
#define NUMBER_BOUND(P) IN(P, -1.79769313486231e308, 8.98846567431158e307), LEN_IN(P, 0, 131072)

/* A JSON document written as an object or as its text (NULL: neither, or not
 * known yet). *parsed: the new reference to release. */
static const json_t *document(const json_t *v, json_t **parsed)
{
	v = aws_doc_json(v, parsed);
	return json_is_object(v) && !value_holds_not_known(v) ? v : NULL;
}

/* An identity pool's roles (keys authenticated or unauthenticated) and role
 * mappings (a Token or Rules mapping with its ambiguous role resolution, a
 * Rules one with its rules), each a JSON document with awscc's or
 * CloudFormation's keys. */
int rule_cognito_role_mappings(const json_t *v, const json_t *r, struct strbuf *err)
{
	json_t *parsed_roles, *parsed_maps;
	const json_t *roles = document(json_object_get(v, "roles"), &parsed_roles);
	const json_t *maps = document(json_object_get(v, "role_mappings"), &parsed_maps);
	const json_t *m;
	const char *key;
	int rc = 0;

	(void)r;
	json_object_foreach((json_t *)roles, key, m)
		if (strcmp(key, "authenticated") && strcmp(key, "unauthenticated")) {
			strbuf_addf(err, "roles names \"%s\": AWS says \"For a given role, the key will "
				    "be either \\\"authenticated\\\" or \\\"unauthenticated\\\" and the "
				    "value will be the Role ARN.\" (" IDP "SetIdentityPoolRoles Roles)",
				    key);
			rc = -1;
			goto out;
		}
	json_object_foreach((json_t *)maps, key, m) {
		const json_t *type = aws_doc_member(m, "type");
		const char *t = json_is_string(type) ? json_string_value(type) : "";
		if ((!strcmp(t, "Token") || !strcmp(t, "Rules")) &&
		    !aws_doc_member(m, "ambiguous_role_resolution")) {
			strbuf_addf(err, "role_mappings.%s of type %s has no ambiguous_role_resolution: "
				    "AWS says \"If you specify Token or Rules as the Type, "
				    "AmbiguousRoleResolution is required.\" (" IDP "SetIdentityPoolRoles "
				    "RoleMappings.AmbiguousRoleResolution)", key, t);
			rc = -1;
			goto out;
		}
		if (!strcmp(t, "Rules") && !aws_doc_member(m, "rules_configuration")) {
			strbuf_addf(err, "role_mappings.%s of type Rules has no rules_configuration: AWS "
				    "says \"If you specify Rules as the role mapping type, "
				    "RulesConfiguration is required.\" (" IDP "SetIdentityPoolRoles "
				    "RoleMappings.RulesConfiguration)", key);
			rc = -1;
			goto out;
		}
	}
out:
	json_decref(parsed_roles);
	json_decref(parsed_maps);
	return rc;
}

/* A user pool's prefix domain (a domain without dots and without
 * custom_domain_config) holds none of aws, amazon, cognito: the Cognito
 * Developer Guide, "Using the Amazon Cognito prefix domain for managed
 * login": "You can't use the text aws, amazon, or cognito in the domain
 * prefix." A custom domain (a full name of the user's own) is not judged. */
static int rule_cognito_prefix_domain_words(const json_t *v, const json_t *r,
					    struct strbuf *err)
{
	static const char *const reserved[] = { "aws", "amazon", "cognito", NULL };
	const char *d = value_known_member(v, "domain");
	const json_t *custom = json_object_get(v, "custom_domain_config");

	(void)r;
	if (!d || strchr(d, '.') || (custom && !json_is_null(custom)))
		return 0;
	for (size_t i = 0; reserved[i]; i++)
		if (strstr(d, reserved[i])) {
			strbuf_addf(err, "domain: the prefix \"%s\" holds \"%s\": AWS says \"You "
				    "can't use the text aws, amazon, or cognito in the domain "
				    "prefix.\" (Cognito Developer Guide: using the Amazon Cognito "
				    "prefix domain) (e.g. \"acme-analysts-login\")", d, reserved[i]);
			return -1;
		}
	return 0;
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_cognito[] = {
	/* a user pool: its schema's bounds, MFA, messages, Lambda triggers,
	 * password policy, SMS Region */
	AWS_SAYS("cognito.schema_number_bounds", "awscc.cognito.user_pool", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("schema", ALWAYS,
			   THEN(NUMBER_BOUND("number_attribute_constraints.max_value"),
				NUMBER_BOUND("string_attribute_constraints.max_length")))),
		 "Must be a number less than or equal to 2^1023, represented as a string with a "
		 "length of 131072 characters or fewer.",
		 IDP "CreateUserPool Schema.NumberAttributeConstraints.MaxValue"),
	AWS_SAYS("cognito.email_mfa_tier", "awscc.cognito.user_pool", AWS_CALL_ANY,
		 WHEN(HAS("enabled_mfas", "EMAIL_OTP")), THEN(IS_NOT("user_pool_tier", "LITE")),
		 "To activate this setting, your user pool must be in the Essentials tier or higher.",
		 IDP "SetUserPoolMfaConfig EmailMfaConfiguration"),
	AWS_SAYS("cognito.mfa_messages_code", "awscc.cognito.user_pool", AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("sms_authentication_message", "[{]####[}]"),
		      MATCHES("email_authentication_message", "[{]####[}]")),
		 "The message must contain the {####} placeholder.",
		 IDP "SetUserPoolMfaConfig SmsMfaConfiguration.SmsAuthenticationMessage"),
	AWS_SAYS("cognito.verification_code_placeholder", "awscc.cognito.user_pool", AWS_CALL_ANY,
		 WHEN(IS(TEMPLATE "default_email_option", "CONFIRM_WITH_CODE")),
		 THEN(MATCHES(TEMPLATE "email_message", "[{]####[}]")),
		 "For code, your template body must contain a code placeholder in the format {####}.",
		 IDP "CreateUserPool VerificationMessageTemplate.DefaultEmailOption"),
	AWS_SAYS("cognito.verification_link_placeholder", "awscc.cognito.user_pool", AWS_CALL_ANY,
		 WHEN(IS(TEMPLATE "default_email_option", "CONFIRM_WITH_LINK")),
		 THEN(MATCHES(TEMPLATE "email_message_by_link", "[{]##.*##[}]")),
		 "For link, your template body must contain link text in the format "
		 "{##Click here##}.", IDP "CreateUserPool VerificationMessageTemplate.DefaultEmailOption"),
	AWS_SAYS("cognito.lambda_versions_v1", "awscc.cognito.user_pool", AWS_CALL_ANY, ALWAYS,
		 THEN(IS(LAMBDA "custom_email_sender.lambda_version", "V1_0"),
		      IS(LAMBDA "custom_sms_sender.lambda_version", "V1_0"),
		      IS(LAMBDA "inbound_federation.lambda_version", "V1_0")),
		 "You must use a LambdaVersion of V1_0 with a custom sender function.",
		 IDP "CreateUserPool LambdaConfig.CustomEmailSender.LambdaVersion"),
	AWS_SAYS("cognito.pre_token_same", "awscc.cognito.user_pool", AWS_CALL_ANY, ALWAYS,
		 THEN(SAME(LAMBDA "pre_token_generation", LAMBDA "pre_token_generation_config.lambda_arn")),
		 "If you also set an ARN in PreTokenGenerationConfig, its value must be identical to "
		 "PreTokenGeneration.", IDP "CreateUserPool LambdaConfig.PreTokenGeneration"),
	AWS_SAYS("cognito.password_min_6", "awscc.cognito.user_pool", AWS_CALL_ANY, ALWAYS,
		 THEN(IN("policies.password_policy.minimum_length", 6, 1e15)),
		 "This value can't be less than 6.",
		 IDP "CreateUserPool Policies.PasswordPolicy.MinimumLength"),
	AWS_SAYS("cognito.add_ons_plus_tier", "awscc.cognito.user_pool", AWS_CALL_ANY,
		 WHEN(ANY_OF(IS("user_pool_add_ons.advanced_security_mode", "AUDIT", "ENFORCED"),
			     IS("user_pool_add_ons.advanced_security_additional_flows.custom_auth_mode",
				"AUDIT", "ENFORCED"))),
		 THEN(IS("user_pool_tier", "PLUS")),
		 "To activate this setting, your user pool must be on the Plus tier.",
		 IDP "CreateUserPool UserPoolAddOns"),
	AWS_SAYS("cognito.seoul_sns_tokyo", "awscc.cognito.user_pool", AWS_CALL_ANY,
		 WHEN(REGION_IS("ap-northeast-2"), SET("sms_configuration.sns_region")),
		 THEN(IS("sms_configuration.sns_region", "ap-northeast-1")),
		 "Amazon Cognito resources in the Asia Pacific (Seoul) Amazon Web Services Region must "
		 "use your Amazon SNS configuration in the Asia Pacific (Tokyo) Region.",
		 IDP "CreateUserPool SmsConfiguration.SnsRegion"),

	/* an app client: OAuth flows, redirects, auth flows, context data */
	AWS_SAYS("cognito.client_credentials_alone", "awscc.cognito.user_pool_client", AWS_CALL_ANY,
		 WHEN(HAS("allowed_o_auth_flows", "client_credentials")),
		 THEN(LEN_IN("allowed_o_auth_flows", 1, 1)),
		 "To create an app client that generates client credentials grants, you must add "
		 "client_credentials as the only allowed OAuth flow.",
		 IDP "CreateUserPoolClient AllowedOAuthFlows"),
	AWS_SAYS("cognito.callback_urls", "awscc.cognito.user_pool_client", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("callback_ur_ls", ALWAYS,
			   THEN(ANY_OF(NOT_MATCHES("", "^[Hh][Tt][Tt][Pp]://"),
				       MATCHES("", "^http://localhost([:/]|$)")),
				NOT_MATCHES("", "#")))),
		 "A redirect URI must meet the following requirements: [...] Be an absolute URI. [...] "
		 "Not include a fragment component. [...] Require HTTPS over HTTP except for "
		 "http://localhost", IDP "CreateUserPoolClient CallbackURLs"),
	AWS_SAYS("cognito.default_redirect_among_callbacks", "awscc.cognito.user_pool_client",
		 AWS_CALL_ANY, ALWAYS, THEN(AMONG("default_redirect_uri", "callback_ur_ls[]")),
		 "Must be in the CallbackURLs list.", IDP "CreateUserPoolClient DefaultRedirectURI"),
	AWS_SAYS("cognito.context_data_with_secret", "awscc.cognito.user_pool_client", AWS_CALL_ANY,
		 WHEN(IS("enable_propagate_additional_user_context_data", "true")),
		 THEN(SET("generate_secret"), IS("generate_secret", "true")),
		 "You can only activate EnablePropagateAdditionalUserContextData in an app client "
		 "that has a client secret.",
		 IDP "CreateUserPoolClient EnablePropagateAdditionalUserContextData"),
	AWS_SAYS("cognito.auth_flows_not_mixed", "awscc.cognito.user_pool_client", AWS_CALL_ANY,
		 WHEN(SOME("explicit_auth_flows", MATCHES("", "^ALLOW_"))),
		 THEN(COUNT_WHERE("explicit_auth_flows", 0, 0,
				  IS("", "ADMIN_NO_SRP_AUTH", "CUSTOM_AUTH_FLOW_ONLY",
				     "USER_PASSWORD_AUTH"))),
		 "You can't assign these legacy ExplicitAuthFlows values to user pool clients at the "
		 "same time as values that begin with ALLOW_, like ALLOW_USER_SRP_AUTH.",
		 IDP "CreateUserPoolClient ExplicitAuthFlows"),

	/* Through the user pool the resource names ("->", checks/words.c): its
	 * tier, its own pool id; their cases are test_words_crossing.c's. */
	AWS_SAYS("cognito.user_auth_tier", "awscc.cognito.user_pool_client", AWS_CALL_ANY,
		 WHEN(HAS("explicit_auth_flows", "ALLOW_USER_AUTH")),
		 THEN(IS_NOT("user_pool_id->user_pool_tier", "LITE")),
		 "To activate this setting, your user pool must be in the Essentials tier or higher.",
		 IDP "CreateUserPoolClient ExplicitAuthFlows"),
	AWS_SAYS("cognito.log_export_plus_tier", "awscc.cognito.log_delivery_configuration",
		 AWS_CALL_ANY,
		 WHEN(ANY_OF(SOME("log_configurations", SET("firehose_configuration")),
			     SOME("log_configurations", SET("s3_configuration")))),
		 THEN(IS("user_pool_id->user_pool_tier", "PLUS")),
		 "To activate this setting, your user pool must be on the Plus tier.",
		 IDP "SetLogDeliveryConfiguration LogConfigurations.FirehoseConfiguration"),
	AWS_SAYS("cognito.terms_client_of_pool", "awscc.cognito.terms", AWS_CALL_CREATE, ALWAYS,
		 THEN(SAME("client_id->user_pool_id", "user_pool_id")),
		 "Must be an app client in the requested user pool.", IDP "CreateTerms ClientId"),

	/* a domain's certificate, a group's precedence, branding */
	AWS_SAYS("cognito.domain_certificate_us_east_1", "awscc.cognito.user_pool_domain",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("custom_domain_config.certificate_arn", "^arn:[^:]+:acm:us-east-1:")),
		 "The certificate must be an ACM ARN in us-east-1.",
		 IDP "UpdateUserPoolDomain CustomDomainConfig"),
	AWS_SAYS("cognito.group_precedence", "awscc.cognito.user_pool_group", AWS_CALL_ANY, ALWAYS,
		 THEN(IN("precedence", 0, 2147483647)), "The maximum Precedence value is 2^31-1.",
		 IDP "CreateGroup Precedence"),
	AWS_SAYS("cognito.branding_provided_alone", "awscc.cognito.managed_login_branding",
		 AWS_CALL_ANY, WHEN(IS("use_cognito_provided_values", "true")),
		 THEN(UNSET("settings"), UNSET("assets")),
		 "When you specify true for this option, you must also omit values for Settings and "
		 "Assets in the request.", IDP "CreateManagedLoginBranding UseCognitoProvidedValues"),

	/* a user's attributes */
	AWS_SAYS("cognito.user_phone_number", "awscc.cognito.user_pool_user", AWS_CALL_ANY,
		 WHEN(ANY_OF(ATTR_IS("phone_number_verified", "true"),
			     HAS("desired_delivery_mediums", "SMS"))),
		 THEN(ATTR_SET("phone_number")),
		 "You must provide a value for phone_number when you want to set "
		 "phone_number_verified to true, or if you set SMS in the DesiredDeliveryMediums "
		 "parameter.", IDP "AdminCreateUser UserAttributes"),
	AWS_SAYS("cognito.user_email", "awscc.cognito.user_pool_user", AWS_CALL_ANY,
		 WHEN(ANY_OF(ATTR_IS("email_verified", "true"),
			     HAS("desired_delivery_mediums", "EMAIL"))),
		 THEN(ATTR_SET("email")),
		 "You must provide a value for email when you want to set email_verified to true, or "
		 "if you set EMAIL in the DesiredDeliveryMediums parameter.",
		 IDP "AdminCreateUser UserAttributes"),
	AWS_SAYS("cognito.user_invite_contact", "awscc.cognito.user_pool_user", AWS_CALL_ANY,
		 WHEN(IS("message_action", "RESEND")),
		 THEN(SOME("user_attributes", IS("name", "email", "phone_number"))),
		 "To send a message inviting the user to sign up, you must specify the user's email "
		 "address or phone number.", IDP "AdminCreateUser UserAttributes"),
	AWS_SAYS("cognito.user_custom_prefix", "awscc.cognito.user_pool_user", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("user_attributes", ALWAYS,
			   THEN(ANY_OF(IS("name", STANDARD), MATCHES("name", "^(dev:)?custom:"))))),
		 "For custom attributes, you must prepend the custom: prefix to the attribute name.",
		 IDP "AdminCreateUser UserAttributes"),

	/* identity pools */
	AWS_SAYS("cognito.identity_pool_tag_keys", "awscc.cognito.identity_pool", AWS_CALL_ANY,
		 ALWAYS, THEN(EACH("identity_pool_tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "You can specify a value that is 1 to 128 Unicode characters in length and cannot "
		 "be prefixed with aws:.",
		 "CloudFormation registry: AWS::Cognito::IdentityPool Tag.Key"),
	AWS_SAYS("cognito.developer_provider_unchanged", "awscc.cognito.identity_pool",
		 AWS_CALL_UPDATE, WHEN(WAS(SET("developer_provider_name"))),
		 THEN(UNCHANGED("developer_provider_name")),
		 "Once you have set a developer provider name, you cannot change it.",
		 "cognito-identity CreateIdentityPool DeveloperProviderName"),
	RULE("awscc.cognito.identity_pool_role_attachment", "", rule_cognito_role_mappings,
	     "cognito-identity SetIdentityPoolRoles RoleMappings"),
	RULE("awscc.cognito.user_pool_domain", "", rule_cognito_prefix_domain_words,
	     "Cognito Developer Guide: using the Amazon Cognito prefix domain"),
	{ NULL },
};
