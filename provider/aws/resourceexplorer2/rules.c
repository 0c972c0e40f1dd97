/*
 * resourceexplorer2/rules.c: AWS Resource Explorer's (indexes, views, a
 * default view's association) rows of the one table of checks
 * (checks/row.h) on the awscc types of a service terrace's own code does
 * not call (its objects are made through Cloud Control alone): AWS's words
 * of the census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE). Its ledger: checks/words/resource-explorer-2.words.
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. A default view is the region's: its view's ARN names the
 * provider's region (whether a view made outside the stack exists is the
 * account's at the call; one of the stack's, referenced, is made first). */
const struct aws_check_row aws_rules_resourceexplorer2[] = {
	AWS_SAYS("resourceexplorer2.default_view_in_region",
		 "awscc.resourceexplorer2.default_view_association", AWS_CALL_ANY, ALWAYS,
		 THEN(IN_REGION("view_arn")),
		 "The specified view must already exist in the called Region.",
		 "resource-explorer-2 AssociateDefaultView ViewArn"),
	{ NULL },
};
