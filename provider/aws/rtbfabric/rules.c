/*
 * rtbfabric/rules.c: AWS RTB Fabric's (requester and responder gateways,
 * links, inbound and outbound external links) rows of the one table of
 * checks (checks/row.h) on the awscc types of a service terrace's own code
 * does not call (its objects are made through Cloud Control alone): AWS's
 * words of the census's third scope (checks/words/gen_words.py,
 * sentences.py's THIRD_SCOPE). Its ledger: checks/words/rtbfabric.words.
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_rtbfabric[] = {
	/* the tags of each type, whose registry Tag.Key's pattern lets aws:
	 * through */
	RULE("awscc.rtbfabric.*", "tags", rule_tag_list_keys,
	     "CloudFormation registry: AWS::RTBFabric::ResponderGateway Tag.Key"),
	{ NULL },
};
