/*
 * detective/rules.c: Amazon Detective's (behavior graphs, member
 * invitations, organization admins) rows of the one table of checks
 * (checks/row.h) on the awscc types of a service terrace's own code does
 * not call (its objects are made through Cloud Control alone): AWS's words
 * of the census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE), a behavior graph's tag keys. Its ledger:
 * checks/words/detective.words.
 */
#include "provider/aws/checks/rules.h"

#define GRAPH_TAG_KEY "CloudFormation registry: AWS::Detective::Graph Tag.Key"
/* An ASCII character neither the registry's sentence (Unicode letters,
 * digits, white space, _ . : / = + - @) nor botocore's TagKey pattern
 * (^(?!aws:)[a-zA-Z+-=._:/]+$, whose +-= is the range + to =: also , ; <
 * and digits) takes; a byte past ASCII may be of a Unicode letter, which
 * the sentence takes, and is left alone. */
#define TAG_KEY_REFUSED "[]!\"#$%&'()*>?[\\^`{|}~]"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_detective[] = {
	/* the graph's tag keys (the key's length its schema's bounds hold; a
	 * value's characters are not refused: botocore's TagValue has no
	 * pattern, and the API does not say such a value is refused) */
	AWS_SAYS("detective.graph_tag_keys_not_aws", "awscc.detective.graph", AWS_CALL_ANY,
		 ALWAYS, THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "You can specify a value that is 1 to 128 Unicode characters in length and cannot "
		 "be prefixed with aws:.", GRAPH_TAG_KEY),
	AWS_SAYS("detective.graph_tag_key_chars", "awscc.detective.graph", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", TAG_KEY_REFUSED)))),
		 "Valid characters are Unicode letters, digits, white space, and any of the "
		 "following symbols: _ . : / = + - @", GRAPH_TAG_KEY),
	{ NULL },
};
