/*
 * organizations/rules.c: AWS Organizations' (accounts, organizational units,
 * policies, the organization and its resource policy) rows of the one table
 * of checks (checks/row.h) on the awscc types of a service terrace's own
 * code does not call (its objects are made through Cloud Control alone):
 * AWS's words of the census's third scope (checks/words/gen_words.py,
 * sentences.py's THIRD_SCOPE: botocore's organizations). Its ledger:
 * checks/words/organizations.words.
 */
#include "provider/aws/checks/rules.h"

#define EMAIL "organizations CreateAccount Email"
#define ACCOUNT "awscc.organizations.account"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_organizations[] = {
	/* an account's email address, the rules CreateAccount lists that the
	 * registry's Email (6 to 64 characters, a dot after the @: its pattern)
	 * does not hold; the local name is what comes before the one @, the
	 * domain name what follows it */
	AWS_SAYS("organizations.account_email_ascii", ACCOUNT, AWS_CALL_ANY, ALWAYS,
		 THEN(NOT_MATCHES("email", "[^\x01-\x7f]")),
		 "All characters must be 7-bit ASCII characters.", EMAIL),
	AWS_SAYS("organizations.account_email_one_at", ACCOUNT, AWS_CALL_ANY, WHEN(SET("email")),
		 THEN(MATCHES("email", "^[^@]*@[^@]*$")),
		 "There must be one and only one @ symbol, which separates the local name from the "
		 "domain name.", EMAIL),
	/* whitespace, " ' ( ) < > [ ] : ' , \ | % & */
	AWS_SAYS("organizations.account_email_local_chars", ACCOUNT, AWS_CALL_ANY, ALWAYS,
		 THEN(NOT_MATCHES("email", "^[^@]*[][[:space:]\"'()<>:,\\|%&]")),
		 "The local name can't contain any of the following characters:", EMAIL),
	AWS_SAYS("organizations.account_email_local_first", ACCOUNT, AWS_CALL_ANY, ALWAYS,
		 THEN(NOT_MATCHES("email", "^\\.")), "The local name can't begin with a dot (.)",
		 EMAIL),
	AWS_SAYS("organizations.account_email_domain_ends", ACCOUNT, AWS_CALL_ANY, ALWAYS,
		 THEN(NOT_MATCHES("email", "@[-.]|@.*[-.]$")),
		 "The domain name can't begin or end with a hyphen (-) or dot (.)", EMAIL),
	/* an account's parents (MoveAccount moves it under one) */
	AWS_SAYS("organizations.account_one_parent", "awscc.organizations.account", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(LEN_IN("parent_ids", 0, 1)), "Currently only one parent at a time is supported.",
		 "CloudFormation registry: AWS::Organizations::Account ParentIds"),
	{ NULL },
};
