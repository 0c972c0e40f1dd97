/*
 * customerprofiles/rules.c: Amazon Connect Customer Profiles' (domains,
 * object types, integrations, event streams and triggers, calculated
 * attributes, segments, recommenders) rows of the one table of checks
 * (checks/row.h) on the awscc types of a service terrace's own code does
 * not call (its objects are made through Cloud Control alone): AWS's words
 * of the census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE: botocore's customer-profiles, signed profile). Its ledger:
 * checks/words/customer-profiles.words.
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_customerprofiles[] = {
	/* a tag key's aws: (a calculated attribute's and an event trigger's registry Tag.Key
	 * has no pattern against it, the other types' have) */
	AWS_SAYS("customerprofiles.cfn_tag_keys_not_aws",
		 "awscc.customerprofiles.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "You can specify a value that is 1 to 128 Unicode characters in length and cannot "
		 "be prefixed with aws:.",
		 "CloudFormation registry: AWS::CustomerProfiles::EventTrigger Tag.Key"),
	{ NULL },
};
