/*
 * route53profiles/rules.c: Route 53 Profiles' (profiles, their VPC and
 * resource associations) rows of the one table of checks (checks/row.h) on
 * the awscc types of a service terrace's own code does not call (its
 * objects are made through Cloud Control alone): AWS's words of the
 * census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE). Its ledger: checks/words/route53profiles.words.
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_route53profiles[] = {
	/* the tags of a profile and of its VPC association, whose registry
	 * Tag.Key has no pattern against aws: (a resource association has no
	 * tags) */
	RULE("awscc.route53profiles.*", "tags", rule_tag_list_keys,
	     "CloudFormation registry: AWS::Route53Profiles::Profile Tag.Key"),
	{ NULL },
};
