/*
 * billing/rules.c: AWS Billing's (billing views) rows of the one table of
 * checks (checks/row.h) on the awscc types of a service terrace's own code
 * does not call (its objects are made through Cloud Control alone): AWS's
 * words of the census's third scope (checks/words/gen_words.py,
 * sentences.py's THIRD_SCOPE: botocore's billing), a billing view's tag
 * keys. Its ledger: checks/words/billing.words.
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_billing[] = {
	/* terrace's awscc schema (cfn-lint's copy) and the model's ResourceTag
	 * give a key no pattern against aws: */
	AWS_SAYS("billing.cfn_tag_keys_not_aws", "awscc.billing.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "You can specify a value that is 1 to 128 Unicode characters in length and cannot "
		 "be prefixed with aws:.",
		 "CloudFormation registry: AWS::Billing::BillingView Tag.Key"),
	{ NULL },
};
