/*
 * cassandra/rules.c: Amazon Keyspaces' (CloudFormation's Cassandra:
 * keyspaces, tables, user-defined types) rows of the one table of checks
 * (checks/row.h) on the awscc types of a service terrace's own code does
 * not call (its objects are made through Cloud Control alone): AWS's words
 * of the census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE: botocore's keyspaces, signed cassandra). Its ledger:
 * checks/words/keyspaces.words.
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_cassandra[] = {
	AWS_SAYS("cassandra.tag_keys_unique",
		 "awscc.cassandra.*", AWS_CALL_ANY, ALWAYS, THEN(UNIQUE("tags[].key")),
		 "Each Amazon Keyspaces resource can only have up to one tag with the same key.",
		 "keyspaces TagResource tags.key"),
	{ NULL },
};
