/*
 * inspectorv2/rules.c: Amazon Inspector's (filters, CIS and code security
 * scan configurations, code security integrations) rows of the one table
 * of checks (checks/row.h) on the awscc types of a service terrace's own
 * code does not call (its objects are made through Cloud Control alone):
 * AWS's words of the census's third scope (checks/words/gen_words.py,
 * sentences.py's THIRD_SCOPE). Its ledger: checks/words/inspector2.words.
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_inspectorv2[] = {
	/* a filter's name: 3 to 64 characters, where the registry takes 1 to 128 */
	AWS_SAYS("inspectorv2.filter_name_min", "awscc.inspectorv2.filter", AWS_CALL_ANY, ALWAYS,
		 THEN(LEN_IN("name", 3, 1e9)), "Minimum length of 3.", "inspector2 CreateFilter name"),
	AWS_SAYS("inspectorv2.filter_name_max", "awscc.inspectorv2.filter", AWS_CALL_ANY, ALWAYS,
		 THEN(LEN_IN("name", 0, 64)), "Maximum length of 64.", "inspector2 CreateFilter name"),
	{ NULL },
};
