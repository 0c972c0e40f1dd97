/*
 * applicationinsights/rules.c: CloudWatch Application Insights'
 * (applications, their log pattern sets) rows of the one table of checks
 * (checks/row.h) on the awscc types of a service terrace's own code does
 * not call (its objects are made through Cloud Control alone): AWS's words
 * of the census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE), a log pattern's rank and expression. Its ledger:
 * checks/words/application-insights.words.
 */
#include "provider/aws/checks/rules.h"

/* A lookahead ("(?=", "(?!") or a backreference ("\1" to "\9") whose
 * opening is not escaped (after an even run of backslashes); one written
 * inside a bracket expression is refused too. */
#define LOOKAHEAD_OR_BACKREFERENCE "(^|[^\\\\])(\\\\\\\\)*(\\(\\?[=!]|\\\\[1-9])"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. The application's handlers call CreateLogPattern for each
 * pattern of its sets. */
const struct aws_check_row aws_rules_applicationinsights[] = {
	/* the tags of an application, whose registry Tag.Key's pattern lets
	 * aws: through */
	RULE("awscc.applicationinsights.application", "tags", rule_tag_list_keys,
	     "CloudFormation registry: AWS::ApplicationInsights::Application Tag.Key"),
	AWS_SAYS("applicationinsights.log_pattern_rank", "awscc.applicationinsights.application",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("log_pattern_sets", ALWAYS,
			   THEN(EACH("log_patterns", ALWAYS, THEN(IN("rank", 1, 1000000)))))),
		 "Must be a value between 1 and 1,000,000.",
		 "application-insights CreateLogPattern Rank"),
	AWS_SAYS("applicationinsights.pattern_no_lookahead_backreference",
		 "awscc.applicationinsights.application", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("log_pattern_sets", ALWAYS,
			   THEN(EACH("log_patterns", ALWAYS,
				     THEN(NOT_MATCHES("pattern", LOOKAHEAD_OR_BACKREFERENCE)))))),
		 "Patterns that utilize forward lookahead or backreference constructions are not "
		 "supported.", "application-insights CreateLogPattern Pattern"),
	{ NULL },
};
