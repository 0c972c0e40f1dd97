/*
 * ses/rules.c: Amazon SES's (its v2 API's configuration sets, identities,
 * templates, dedicated IP pools; v1's templates and receipt rules; Mail
 * Manager's ingress points, rule sets and traffic policies) rows of the one
 * table of checks (checks/row.h) on the awscc types of a service terrace's
 * own code does not call (its objects are made through Cloud Control
 * alone): AWS's words of the census's third scope (checks/words/gen_words.py,
 * sentences.py's THIRD_SCOPE and MODELS: sesv2, ses and mailmanager, each
 * signed ses), the written rules of an identity's DKIM private key and
 * an authenticated ingress point's credentials, and the check across the
 * stack of Mail Manager's add-ons, one per add-on or subscription.
 * Its ledger: checks/words/sesv2.words.
 */
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>
#include <openssl/x509.h>

#include "provider/aws/checks/rules.h"
#include "provider/provider.h"

/* The bits of the RSA private key whose DER text (base64, whitespace and
 * a PEM armour's lines aside) is `text`: 0 when it is not base64, -1 when
 * it decodes to no RSA private key. */
static int rsa_key_bits(const char *text)
{
	size_t n = strlen(text), len = 0;
	char *b64 = malloc(n + 1);
	unsigned char *der = malloc(n + 1);
	const unsigned char *p = der;
	int bits = 0, out, pad = 0;

	for (const char *c = text; *c; c++) {
		if (!strncmp(c, "-----", 5)) { /* an armour line: skip to its end */
			const char *eol = strchr(c, '\n');
			if (!eol)
				break;
			c = eol;
			continue;
		}
		if (!isspace((unsigned char)*c))
			b64[len++] = *c;
	}
	b64[len] = '\0';
	pad = len > 0 && b64[len - 1] == '=' ? (len > 1 && b64[len - 2] == '=' ? 2 : 1) : 0;
	out = len && len % 4 == 0 ? EVP_DecodeBlock(der, (unsigned char *)b64, (int)len) : -1;
	if (out > 0) {
		EVP_PKEY *key = d2i_AutoPrivateKey(NULL, &p, out - pad);
		bits = key && EVP_PKEY_get_base_id(key) == EVP_PKEY_RSA ? EVP_PKEY_get_bits(key) : -1;
		EVP_PKEY_free(key);
	}
	free(b64);
	free(der);
	return bits;
}

/* An email identity's DKIM signing key (bring your own DKIM): an RSA
 * private key of 1024 or 2048 bits in base64. A key not known yet passes. */
int rule_ses_dkim_private_key(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *key = value_known_string(json_object_get(
		json_object_get(v, "dkim_signing_attributes"), "domain_signing_private_key"));
	int bits;

	(void)r;
	if (!key || (bits = rsa_key_bits(key)) == 1024 || bits == 2048)
		return 0;
	strbuf_addf(err, "dkim_signing_attributes.domain_signing_private_key: %s: AWS says \"The "
		    "private key must use 1024 or 2048-bit RSA encryption, and must be encoded using "
		    "base64 encoding.\" (sesv2 CreateEmailIdentity "
		    "DkimSigningAttributes.DomainSigningPrivateKey)",
		    bits == 0 ? "not base64" : bits < 0 ? "not an RSA private key" :
		    "an RSA key of neither 1024 nor 2048 bits");
	return -1;
}

/* An authenticated (AUTH) ingress point's configuration: an SMTP password
 * or a secret's ARN, in a JSON document written as an object or as its
 * text, its members by either spelling. */
int rule_ses_ingress_authentication(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *type = value_known_string(json_object_get(v, "mail_manager_ingress_point_type"));
	const json_t *config = json_object_get(v, "ingress_point_configuration");
	json_t *parsed;
	int rc = 0;

	(void)r;
	if (!type || strcmp(type, "AUTH") || value_holds_not_known(config))
		return 0;
	config = aws_doc_json(config, &parsed);
	if (!aws_doc_member(config, "smtp_password") && !aws_doc_member(config, "secret_arn")) {
		strbuf_addstr(err, "ingress_point_configuration: an AUTH ingress point's holds neither "
			      "an SMTP password nor a secret ARN: AWS says \"If you choose an "
			      "Authenticated ingress endpoint, you must configure either an SMTP "
			      "password or a secret ARN.\" (sesv2 CreateIngressPoint "
			      "IngressPointConfiguration)");
		rc = -1;
	}
	json_decref(parsed);
	return rc;
}

/* Mail Manager's add-ons: two subscriptions of the stack to one add-on, two
 * instances of one subscription (aws_check_one_per_parent, under one
 * provider configuration: one account and Region); those made outside the
 * stack are the account's at the call. */
static void check_ses_addons(const struct written_resource *rs, size_t n, check_report_fn report,
			     void *ctx)
{
	static const struct aws_one_per_parent subscriptions = {
		"AWS::SES::MailManagerAddonSubscription", "addon_name", "addon_name",
		"add-on subscription", "add-on", "You can only have one subscription for each "
		"Add On name.", "mailmanager CreateAddonSubscription AddonName" };
	static const struct aws_one_per_parent instances = {
		"AWS::SES::MailManagerAddonInstance", "addon_subscription_id",
		"addon_subscription_id", "add-on instance", "subscription",
		"You can only have one instance per subscription.",
		"mailmanager CreateAddonInstance AddonSubscriptionId" };

	aws_check_one_per_parent(rs, n, &subscriptions, report, ctx);
	aws_check_one_per_parent(rs, n, &instances, report, ctx);
}

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_ses[] = {
	ACROSS_ROW("awscc.ses.mail_manager_addon_instance", check_ses_addons,
		   "mailmanager CreateAddonSubscription AddonName, CreateAddonInstance "
		   "AddonSubscriptionId (the stack's add-ons)"),
	RULE("awscc.ses.email_identity", "", rule_ses_dkim_private_key,
	     "sesv2 CreateEmailIdentity DkimSigningAttributes.DomainSigningPrivateKey"),
	RULE("awscc.ses.mail_manager_ingress_point", "", rule_ses_ingress_authentication,
	     "sesv2 CreateIngressPoint IngressPointConfiguration"),
	AWS_SAYS("ses.dkim_domain_only",
		 "awscc.ses.email_identity", AWS_CALL_ANY,
		 WHEN(SET("dkim_signing_attributes")), THEN(NOT_MATCHES("email_identity", "@")),
		 "You can only specify this object if the email identity is a domain, as opposed to "
		 "an address.", "sesv2 CreateEmailIdentity DkimSigningAttributes"),
	/* in the Regions outside the US and Canada (one not listed passes) */
	AWS_SAYS("ses.fips_regions",
		 "awscc.ses.mail_manager_ingress_point", AWS_CALL_ANY,
		 WHEN(REGION_IS("af-south-1", "ap-east-1", "ap-east-2", "ap-northeast-1",
				"ap-northeast-2", "ap-northeast-3", "ap-south-1", "ap-south-2",
				"ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4",
				"ap-southeast-5", "ap-southeast-6", "ap-southeast-7", "cn-north-1",
				"cn-northwest-1", "eu-central-1", "eu-central-2", "eu-north-1",
				"eu-south-1", "eu-south-2", "eu-west-1", "eu-west-2", "eu-west-3",
				"il-central-1", "me-central-1", "me-south-1", "mx-central-1",
				"sa-east-1")),
		 THEN(IS_NOT("tls_policy", "FIPS")),
		 "The FIPS value is only valid in US and Canada regions.",
		 "sesv2 CreateIngressPoint TlsPolicy"),
	AWS_SAYS("ses.managed_scaling_kept",
		 "awscc.ses.dedicated_ip_pool", AWS_CALL_UPDATE,
		 WHEN(WAS(IS("scaling_mode", "MANAGED"))), THEN(IS("scaling_mode", "MANAGED")),
		 "Changing the scaling mode from MANAGED to STANDARD is not supported.",
		 "sesv2 PutDedicatedIpPoolScalingAttributes ScalingMode"),
	/* under 10 MB: its characters, each a byte at least */
	AWS_SAYS("ses.template_content_size",
		 "awscc.ses.custom_verification_email_template", AWS_CALL_ANY, ALWAYS,
		 THEN(LEN_IN("template_content", 0, 10485759)),
		 "The total size of the email must be less than 10 MB.",
		 "sesv2 CreateCustomVerificationEmailTemplate TemplateContent"),
	{ NULL },
};
