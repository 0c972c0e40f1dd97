/*
 * neptunegraph/rules.c: Amazon Neptune Analytics' (graphs, their snapshots
 * and private endpoints) rows of the one table of checks (checks/row.h) on
 * the awscc types of a service terrace's own code does not call (its
 * objects are made through Cloud Control alone): AWS's words of the
 * census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE: botocore's neptune-graph). Its ledger:
 * checks/words/neptune-graph.words.
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_neptunegraph[] = {
	/* a graph's name begins with a letter (the registry's pattern opens
	 * with [a-zA-z], which takes [, \, ], ^, _ and ` too) */
	AWS_SAYS("neptunegraph.graph_name_letter_first", "awscc.neptunegraph.graph",
		 AWS_CALL_CREATE, ALWAYS, THEN(MATCHES("graph_name", "^[A-Za-z]")),
		 "The name must contain from 1 to 63 letters, numbers, or hyphens, and its first "
		 "character must be a letter.", "neptune-graph CreateGraph graphName"),
	/* tag keys: not aws: (the registry's Tag.Key has no pattern), none of
	 * the ASCII marks outside AWS's set (letters, separators, digits and
	 * _ . : / = + -) */
	AWS_SAYS("neptunegraph.tag_keys", "awscc.neptunegraph.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS,
			   THEN(NOT_MATCHES("key", "^aws:"),
				NOT_MATCHES("key", "[]!\"#$%&'()*,;<>?@[\\^`{|}~]")))),
		 "It can't be prefixed with aws: and can only contain the set of Unicode characters "
		 "specified by this Java regular expression: \"^([\\p{L}\\p{Z}\\p{N}_.:/=+\\-]*)$\").",
		 "neptune-graph TagResource tags"),
	{ NULL },
};
