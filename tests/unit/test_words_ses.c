/*
 * test_words_ses.c: the words rows (AWS_SAYS, checks/words.c) of Amazon
 * SES's awscc types (ses/rules.c; the ledger checks/words/sesv2.words, of
 * sesv2's, ses's and mailmanager's operations), the census's third scope,
 * each through aws_constraints_check: a resource it refuses, whose message
 * names the attribute, quotes AWS's sentence and names its document, and
 * its passing twin; every such row has a case here. And the written rules:
 * an identity's DKIM private key (rule_ses_dkim_private_key, keys made
 * here with OpenSSL), an authenticated ingress point's credentials
 * (rule_ses_ingress_authentication).
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

#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include "provider/aws/checks/checks.h"
#include "provider/aws/checks/words.h"
#include "provider/provider.h"
#include "tests/unit/json_support.h"
#include "tests/unit/words_support.h"

#define INGRESS(TLS) "{'rule_set_id': 'rs-1', 'traffic_policy_id': 'tp-1', " \
	"'mail_manager_ingress_point_type': 'OPEN', 'tls_policy': '" TLS "'}"
#define POOL(MODE) "{'pool_name': 'p', 'scaling_mode': '" MODE "'}"

/* Each row's refused resource and its passing twin. */
static const struct words_case cases[] = {
	{ "ses.dkim_domain_only", "awscc.ses.email_identity", "email_identity",
	  "{'email_identity': 'ana@example.com', 'dkim_signing_attributes': {"
	  "'next_signing_key_length': 'RSA_2048_BIT'}}", NULL,
	  "{'email_identity': 'example.com', 'dkim_signing_attributes': {"
	  "'next_signing_key_length': 'RSA_2048_BIT'}}", NULL },
	{ "ses.fips_regions", "awscc.ses.mail_manager_ingress_point", "tls_policy",
	  INGRESS("FIPS"), NULL, INGRESS("REQUIRED"), NULL },
	{ "ses.managed_scaling_kept", "awscc.ses.dedicated_ip_pool", "scaling_mode",
	  POOL("STANDARD"), POOL("MANAGED"), POOL("MANAGED"), POOL("MANAGED") },
	{ "ses.template_content_size", "awscc.ses.custom_verification_email_template",
	  "template_content", NULL, NULL,
	  "{'template_name': 't', 'from_email_address': 'a@example.com', 'template_subject': 's', "
	  "'success_redirection_url': 'https://example.com/ok', 'failure_redirection_url': "
	  "'https://example.com/no', 'template_content': '<p>verify</p>'}", NULL },
};

static const char *const services[] = { "ses.", NULL };

/* A verification template of content `content`. */
static char *verification_template(const char *content)
{
	json_t *t = js("{'template_name': 't', 'from_email_address': 'a@example.com', "
		       "'template_subject': 's', 'success_redirection_url': "
		       "'https://example.com/ok', 'failure_redirection_url': "
		       "'https://example.com/no'}");
	json_object_set_new(t, "template_content", json_string(content));
	char *text = json_dumps(t, JSON_COMPACT);
	json_decref(t);
	return text;
}

/* Each row refuses its case naming the attribute, AWS's words and the
 * document; its twin passes (the 10 MB template made here). */
static void test_each_row_and_its_twin(void **state)
{
	struct words_case all[sizeof(cases) / sizeof(*cases)];
	size_t big = 10485760;
	char *content = malloc(big + 1), *refused;

	(void)state;
	memset(content, 'x', big);
	content[big] = '\0';
	refused = verification_template(content);
	memcpy(all, cases, sizeof(cases));
	for (size_t i = 0; refused && i < sizeof(all) / sizeof(*all); i++) {
		if (all[i].refused)
			continue;
		for (char *c = refused; *c; c++) /* js() reads single quotes */
			if (*c == '"')
				*c = '\'';
		all[i].refused = refused;
	}
	words_check_cases(all, sizeof(all) / sizeof(*all));
	free(refused);
	free(content);
}

static void test_every_row_has_a_case(void **state)
{
	(void)state;
	words_check_every_row_has_a_case(cases, sizeof(cases) / sizeof(*cases), services,
					 "test_words_ses.c");
}

/* An RSA private key of `bits` bits, DER in base64 (free it). */
static char *rsa_base64(int bits)
{
	EVP_PKEY *key = EVP_RSA_gen((unsigned int)bits);
	unsigned char *der = NULL;
	int len = i2d_PrivateKey(key, &der);
	char *b64 = malloc((size_t)len * 2 + 4);

	EVP_EncodeBlock((unsigned char *)b64, der, len);
	OPENSSL_free(der);
	EVP_PKEY_free(key);
	return b64;
}

/* The DKIM key's identity, as JSON text (free it). */
static char *identity_with_key(const char *key)
{
	json_t *id = js("{'email_identity': 'example.com', 'dkim_signing_attributes': {"
			"'domain_signing_selector': 's1'}}");
	json_object_set_new(json_object_get(id, "dkim_signing_attributes"),
			    "domain_signing_private_key", json_string(key));
	char *text = json_dumps(id, JSON_COMPACT);
	json_decref(id);
	return text;
}

/* Whether `identity` (JSON text, double quotes) is refused; its message. */
static int judged(const char *type, const char *text, struct strbuf *err)
{
	json_t *a = json_loads(text, 0, NULL);
	int rc = aws_constraints_check(type, a, NULL, NULL, NULL, err);
	json_decref(a);
	return rc;
}

/* A DKIM private key (rule_ses_dkim_private_key): RSA of 1024 or 2048 bits
 * in base64, refused otherwise; one not known yet passes. */
static void test_ses_dkim_private_key(void **state)
{
	char *k2048 = rsa_base64(2048), *k1536 = rsa_base64(1536);
	const char *refused[][2] = { { k1536, "neither 1024 nor 2048" },
				     { "not-base64!", "not base64" },
				     { "AAAA", "not an RSA private key" } };
	const char *passing[] = { k2048, "${var.dkim_key}" };

	(void)state;
	for (size_t i = 0; i < sizeof(refused) / sizeof(*refused); i++) {
		struct strbuf err = STRBUF_INIT;
		char *id = identity_with_key(refused[i][0]);
		if (!judged("awscc.ses.email_identity", id, &err))
			fail_msg("accepted the key %s", refused[i][1]);
		if (!strstr(err.buf, refused[i][1]) || !strstr(err.buf, "AWS says"))
			fail_msg("message \"%s\" lacks \"%s\"", err.buf, refused[i][1]);
		strbuf_release(&err);
		free(id);
	}
	for (size_t i = 0; i < sizeof(passing) / sizeof(*passing); i++) {
		struct strbuf err = STRBUF_INIT;
		char *id = identity_with_key(passing[i]);
		if (judged("awscc.ses.email_identity", id, &err))
			fail_msg("refused a passing key: %s", err.buf);
		strbuf_release(&err);
		free(id);
	}
	free(k2048);
	free(k1536);
}

/* An AUTH ingress point's credentials (rule_ses_ingress_authentication). */
static void test_ses_ingress_authentication(void **state)
{
#define AUTH(CONFIG) "{'rule_set_id': 'rs-1', 'traffic_policy_id': 'tp-1', " \
	"'mail_manager_ingress_point_type': 'AUTH'" CONFIG "}"
	static const char *const refused[] = {
		AUTH(""),
		AUTH(", 'ingress_point_configuration': {'tls_auth_configuration': {}}"),
	};
	static const char *const passing[] = {
		AUTH(", 'ingress_point_configuration': {'smtp_password': 'secret-123'}"),
		AUTH(", 'ingress_point_configuration': '{\\\"SecretArn\\\": \\\"arn:aws:"
		     "secretsmanager:us-east-1:123456789012:secret:smtp\\\"}'"),
		AUTH(", 'ingress_point_configuration': '${var.config}'"),
		"{'rule_set_id': 'rs-1', 'traffic_policy_id': 'tp-1', "
		"'mail_manager_ingress_point_type': 'OPEN'}",
	};
#undef AUTH

	(void)state;
	for (size_t i = 0; i < sizeof(refused) / sizeof(*refused); i++) {
		struct strbuf err = STRBUF_INIT;
		if (!words_judge("awscc.ses.mail_manager_ingress_point", refused[i], NULL, NULL,
				 &err))
			fail_msg("accepted %s", refused[i]);
		if (!strstr(err.buf, "neither an SMTP password nor a secret ARN"))
			fail_msg("message \"%s\" lacks what is missing", err.buf);
		strbuf_release(&err);
	}
	for (size_t i = 0; i < sizeof(passing) / sizeof(*passing); i++) {
		struct strbuf err = STRBUF_INIT;
		if (words_judge("awscc.ses.mail_manager_ingress_point", passing[i], NULL, NULL,
				&err))
			fail_msg("refused %s: %s", passing[i], err.buf);
		strbuf_release(&err);
	}
}

int main(void)
{
	/* Ireland, where ses.fips_regions refuses FIPS */
	setenv("AWS_REGION", "eu-west-1", 1);
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_row_and_its_twin),
		cmocka_unit_test(test_every_row_has_a_case),
		cmocka_unit_test(test_ses_dkim_private_key),
		cmocka_unit_test(test_ses_ingress_authentication),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
