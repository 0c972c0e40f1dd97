/*
 * codestarnotifications/rules.c: AWS CodeStar Notifications' (notification
 * rules) rows of the one table of checks (checks/row.h) on the awscc types
 * of a service terrace's own code does not call (its objects are made
 * through Cloud Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE: botocore's
 * codestar-notifications). Its ledger:
 * checks/words/codestar-notifications.words.
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_codestarnotifications[] = {
	/* a rule's tags, a map of key to value whose registry schema has no
	 * pattern of its keys ("Tag key names cannot start with \"aws\"."):
	 * the prefix AWS's tagging rules reserve, aws: in any case; a key
	 * "awsome", which the sentence's letter refuses too, is left to AWS */
	RULE("awscc.codestarnotifications.*", "tags", rule_tag_list_keys,
	     "codestar-notifications TagResource Tags"),
	{ NULL },
};
