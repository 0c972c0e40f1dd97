/*
 * billingconductor/rules.c: AWS Billing Conductor's (billing groups,
 * custom line items, pricing plans and rules) rows of the one table of
 * checks (checks/row.h) on the awscc types of a service terrace's own code
 * does not call (its objects are made through Cloud Control alone): AWS's
 * words of the census's third scope (checks/words/gen_words.py,
 * sentences.py's THIRD_SCOPE). Its ledger: checks/words/billingconductor.words.
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_billingconductor[] = {
	/* a custom line item's service: 1 to 128 characters (the registry's
	 * pattern holds its characters, no length) */
	AWS_SAYS("billingconductor.service_length", "awscc.billingconductor.custom_line_item",
		 AWS_CALL_CREATE, ALWAYS, THEN(LEN_IN("presentation_details.service", 1, 128)),
		 "Must be a string between 1 and 128 characters matching the pattern "
		 "\"^[a-zA-Z0-9]+$\".", "billingconductor CreateCustomLineItem PresentationDetails.Service"),
	{ NULL },
};
