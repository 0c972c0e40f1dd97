/*
 * athena/rules.c: the Athena rule its models do not carry (checks/rules.h): a
 * workgroup's settings that go together.
 */
#include <string.h>

#include "provider/aws/checks/rules.h"
#include "provider/aws/checks/shared.h"
#include "provider/aws/s3/api.h"
#include "provider/provider.h"

/* ---- settings that go together (a row for the whole resource) ------------ */

/* Athena EncryptionConfiguration: KmsKey with SSE_KMS and CSE_KMS, and only
 * with them. */
static int rule_athena_workgroup(const json_t *v, const json_t *r, struct strbuf *err)
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

/*
 * The Athena rows of the one table of checks (checks/row.h), in the order
 * they run: a type's rows for single values before its rows for the whole
 * resource; aws_rules_tables (checks/tables.c) lists this table.
 */
WORDS(athena_encryptions, "SSE_S3", "SSE_KMS", "CSE_KMS");
WORDS(athena_states, "ENABLED", "DISABLED");

#define ATHENA "Athena API reference: WorkGroupConfiguration"

const struct aws_check_row aws_rules_athena[] = {
	ONE_OF("aws.athena.workgroup", "encryption", athena_encryptions, ATHENA),
	ONE_OF("aws.athena.workgroup", "state", athena_states, "Athena CreateWorkGroup State"),
	WHOLE_FROM("aws.athena.workgroup", "bytes_scanned_cutoff_per_query", 10000000, ATHENA),
	RULE("aws.athena.workgroup", "output_location", rule_s3_uri, ATHENA),
	RULE("aws.athena.workgroup", "", rule_athena_workgroup, ATHENA),
	{ NULL },
};
