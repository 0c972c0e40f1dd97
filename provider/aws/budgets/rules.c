/*
 * budgets/rules.c: AWS Budgets' (budget actions) rows of the one table of
 * checks (checks/row.h) on the awscc types of a service terrace's own code
 * does not call (its objects are made through Cloud Control alone): AWS's
 * words of the census's third scope (checks/words/gen_words.py,
 * sentences.py's THIRD_SCOPE: botocore's budgets), a budget action's
 * subscribers and resource tags. Its ledger: checks/words/budgets.words.
 */
#include "provider/aws/checks/rules.h"

#define BUDGETS "budgets CreateBudgetAction "

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_budgets[] = {
	/* the registry's ResourceTag has no uniqueness over keys (a list) */
	AWS_SAYS("budgets.resource_tag_keys_unique", "awscc.budgets.budgets_action", AWS_CALL_ANY,
		 ALWAYS, THEN(UNIQUE("resource_tags[].key")),
		 "Each tag consists of a key and a value, and each key must be unique for the "
		 "resource.", BUDGETS "ResourceTags"),
	/* the registry's Subscriber.Address pattern, ^(.*[\n\r\t\f\ ]?)*$,
	 * takes line breaks */
	AWS_SAYS("budgets.subscriber_address_one_line", "awscc.budgets.budgets_action",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("subscribers", ALWAYS, THEN(NOT_MATCHES("address", "[\r\n]")))),
		 "When you create a subscriber, the value of Address can't contain line breaks.",
		 BUDGETS "Subscribers.Address"),
	/* a subscriber's type says which: an SNS topic is named by its ARN, an
	 * email address has its @ */
	AWS_SAYS("budgets.subscriber_address_of_type", "awscc.budgets.budgets_action",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("subscribers", WHEN(IS("type", "SNS")),
			   THEN(MATCHES("address", "^arn:aws[-a-z]*:sns:"))),
		      EACH("subscribers", WHEN(IS("type", "EMAIL")), THEN(MATCHES("address", "@")))),
		 "The address that Amazon Web Services sends budget notifications to, either an SNS "
		 "topic or an email.", BUDGETS "Subscribers.Address"),
	{ NULL },
};
