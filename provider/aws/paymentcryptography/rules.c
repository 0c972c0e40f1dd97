/*
 * paymentcryptography/rules.c: AWS Payment Cryptography's (keys, aliases)
 * rows of the one table of checks (checks/row.h) on the awscc types of a
 * service terrace's own code does not call (its objects are made through
 * Cloud Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE). Its ledger:
 * checks/words/payment-cryptography.words.
 */
#include "provider/aws/checks/rules.h"

#define CREATE_KEY "payment-cryptography CreateKey "

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. A key's derive key usage: the registry's update handler calls
 * no operation that changes it (no payment-cryptography:UpdateKey). */
const struct aws_check_row aws_rules_paymentcryptography[] = {
	AWS_SAYS("paymentcryptography.derive_key_usage_kept",
		 "awscc.paymentcryptography.key", AWS_CALL_UPDATE, ALWAYS,
		 THEN(UNCHANGED("derive_key_usage")),
		 "After creating an ECC key pair, you cannot change the intended cryptographic "
		 "usage of keys derived from it using ECDH.", CREATE_KEY "DeriveKeyUsage"),
	AWS_SAYS("paymentcryptography.tag_keys_unique",
		 "awscc.paymentcryptography.key", AWS_CALL_ANY, ALWAYS,
		 THEN(UNIQUE("tags[].key")),
		 "You can't have more than one tag on an Amazon Web Services Payment Cryptography "
		 "key with the same tag key.", CREATE_KEY "Tags"),
	{ NULL },
};
