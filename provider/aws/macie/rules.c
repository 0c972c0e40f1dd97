/*
 * macie/rules.c: Amazon Macie's (allow lists, custom data identifiers,
 * findings filters, the account's session) rows of the one table of checks
 * (checks/row.h) on the awscc types of a service terrace's own code does
 * not call (its objects are made through Cloud Control alone): AWS's words
 * of the census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE, botocore's macie2). Its ledger: checks/words/macie2.words.
 */
#include "provider/aws/checks/rules.h"

#define MACIE "macie2 "
/* an allow list's criteria, a JSON document the stack writes by
 * CloudFormation's keys or awscc's: a regular expression or an S3 words
 * list, by either spelling */
#define REGEX_SET ANY_OF(SET("criteria.Regex"), SET("criteria.regex"))
#define WORDS_LIST_SET ANY_OF(SET("criteria.S3WordsList"), SET("criteria.s3_words_list"))
#define CRITERIA_WORDS "However, you can't change the type from s3WordsList to regex or the " \
	"other way around."

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_macie[] = {
	AWS_SAYS("macie.criteria_regex_stays", "awscc.macie.allow_list", AWS_CALL_UPDATE,
		 WHEN(WAS(REGEX_SET)),
		 THEN(UNSET("criteria.S3WordsList"), UNSET("criteria.s3_words_list")),
		 CRITERIA_WORDS, MACIE "UpdateAllowList criteria"),
	AWS_SAYS("macie.criteria_words_list_stays", "awscc.macie.allow_list", AWS_CALL_UPDATE,
		 WHEN(WAS(WORDS_LIST_SET)),
		 THEN(UNSET("criteria.Regex"), UNSET("criteria.regex")),
		 CRITERIA_WORDS, MACIE "UpdateAllowList criteria"),
	AWS_SAYS("macie.filter_name_length", "awscc.macie.findings_filter", AWS_CALL_ANY, ALWAYS,
		 THEN(LEN_IN("name", 3, 64)),
		 "The name must contain at least 3 characters and can contain as many as 64 "
		 "characters.", MACIE "CreateFindingsFilter name"),
	/* every type's tags (the session has none) */
	AWS_SAYS("macie.tags_at_most_50", "awscc.macie.*", AWS_CALL_ANY, ALWAYS,
		 THEN(LEN_IN("tags", 0, 50)), "A resource can have a maximum of 50 tags.",
		 MACIE "TagResource tags"),
	AWS_SAYS("macie.tag_key_length", "awscc.macie.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(LEN_IN("key", 0, 128)))),
		 "The maximum length of a tag key is 128 characters.", MACIE "TagResource tags"),
	AWS_SAYS("macie.tag_value_length", "awscc.macie.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(LEN_IN("value", 0, 256)))),
		 "The maximum length of a tag value is 256 characters.", MACIE "TagResource tags"),
	{ NULL },
};
