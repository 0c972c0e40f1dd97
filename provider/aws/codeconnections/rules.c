/*
 * codeconnections/rules.c: AWS CodeConnections' (connections to
 * third-party code repositories, the successor of CodeStar Connections)
 * rows of the one table of checks (checks/row.h) on the awscc types of a
 * service terrace's own code does not call (its objects are made through
 * Cloud Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE). Its ledger:
 * checks/words/codeconnections.words.
 */
#include "provider/aws/checks/rules.h"

#define CONNECTION_CFN "CloudFormation registry: AWS::CodeConnections::Connection "

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_codeconnections[] = {
	AWS_SAYS("codeconnections.provider_type_or_host", "awscc.codeconnections.connection",
		 AWS_CALL_ANY, ALWAYS, THEN(ANY_OF(SET("provider_type"), SET("host_arn"))),
		 "You must specify either a ProviderType or a HostArn.",
		 CONNECTION_CFN "ProviderType"),
	/* the tags of each type, whose registry Tag.Key has no pattern against
	 * aws: */
	RULE("awscc.codeconnections.*", "tags", rule_tag_list_keys, CONNECTION_CFN "Tag.Key"),
	{ NULL },
};
