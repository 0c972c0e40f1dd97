/*
 * athena/rules.c: the Athena rule its models do not carry (rules.h): a
 * workgroup's settings that go together.
 */
#include <string.h>

#include "provider/aws/rules.h"
#include "provider/aws/rules_shared.h"
#include "provider/provider.h"

/* ---- settings that go together (a row for the whole resource) ------------ */

/* Athena EncryptionConfiguration: KmsKey with SSE_KMS and CSE_KMS, and only
 * with them. */
int rule_athena_workgroup(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *enc = aws_known_member(v, "encryption");
	(void)r;
	if (aws_rule_unknown(json_object_get(v, "encryption")))
		return 0;
	if (enc && strcmp(enc, "SSE_S3") && !is_set(v, "kms_key")) {
		strbuf_addf(err, "kms_key must be set with encryption %s", enc);
		return -1;
	}
	if (is_set(v, "kms_key") && (!enc || !strcmp(enc, "SSE_S3"))) {
		strbuf_addstr(err, "kms_key is only for encryption SSE_KMS or CSE_KMS");
		return -1;
	}
	return 0;
}
