/*
 * identitystore/rules.c: the Identity Store's (IAM Identity Center's groups
 * and their memberships) rows of the one table of checks (checks/row.h) on
 * the awscc types of a service terrace's own code does not call (its objects
 * are made through Cloud Control alone): AWS's words of the census's third
 * scope (checks/words/gen_words.py, sentences.py's THIRD_SCOPE). Its ledger:
 * checks/words/identitystore.words.
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_identitystore[] = {
	/* the two names as AWS writes them (whether another case of them is
	 * refused too AWS does not say) */
	AWS_SAYS("identitystore.group_name_not_reserved", "awscc.identitystore.group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(IS_NOT("display_name", "Administrator", "AWSAdministrators")),
		 "Administrator and AWSAdministrators are reserved names and can't be used for "
		 "users or groups.", "identitystore CreateGroup DisplayName"),
	{ NULL },
};
