/*
 * cur/rules.c: AWS Cost and Usage Reports' (report definitions) rows of
 * the one table of checks (checks/row.h) on the awscc types of a service
 * terrace's own code does not call (its objects are made through Cloud
 * Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE: botocore's cur),
 * a report's name, its S3 prefix and its tag keys. Its ledger:
 * checks/words/cur.words.
 */
#include "provider/aws/checks/rules.h"

#define CUR "cur PutReportDefinition "

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. The registry's and the model's patterns search the value
 * (one allowed character passes), so a space between is theirs to miss. */
const struct aws_check_row aws_rules_cur[] = {
	/* its name is the type's primary identifier: two reports of the stack
	 * of one name are one object (checks/names.c); the account's other
	 * reports are AWS's to know */
	AWS_SAYS("cur.report_name_no_spaces", "awscc.cur.report_definition", AWS_CALL_ANY, ALWAYS,
		 THEN(NOT_MATCHES("report_name", " ")),
		 "The name must be unique, is case sensitive, and can't include spaces.",
		 CUR "ReportDefinition.ReportName"),
	AWS_SAYS("cur.s3_prefix_no_spaces", "awscc.cur.report_definition", AWS_CALL_ANY, ALWAYS,
		 THEN(NOT_MATCHES("s3_prefix", " ")), "Your prefix can't include spaces.",
		 CUR "ReportDefinition.S3Prefix"),
	AWS_SAYS("cur.tag_keys_unique", "awscc.cur.report_definition", AWS_CALL_ANY, ALWAYS,
		 THEN(UNIQUE("tags[].key")),
		 "Each report definition can only have up to one tag with the same key.",
		 CUR "Tags.Key"),
	{ NULL },
};
