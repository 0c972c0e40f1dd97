/*
 * dsql/rules.c: Amazon Aurora DSQL's (clusters) rows of the one table of
 * checks (checks/row.h) on the awscc types of a service terrace's own code
 * does not call (its objects are made through Cloud Control alone): AWS's
 * words of the census's third scope (checks/words/gen_words.py,
 * sentences.py's THIRD_SCOPE). Its ledger: checks/words/dsql.words.
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_dsql[] = {
	/* the tags of each type, whose registry Tag.Key has no pattern against
	 * aws: */
	RULE("awscc.dsql.*", "tags", rule_tag_list_keys,
	     "CloudFormation registry: AWS::DSQL::Cluster Tag.Key"),
	/* a cluster's policy, JSON text (sent to PutClusterPolicy) */
	RULE("awscc.dsql.cluster", "policy_document", rule_policy_json_text,
	     "dsql PutClusterPolicy policy"),
	{ NULL },
};
