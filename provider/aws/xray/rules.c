/*
 * xray/rules.c: AWS X-Ray's (groups, sampling rules, resource policies,
 * transaction search) rows of the one table of checks (checks/row.h) on the
 * awscc types of a service terrace's own code does not call (its objects
 * are made through Cloud Control alone): AWS's words of the census's third
 * scope (checks/words/gen_words.py, sentences.py's THIRD_SCOPE). Its
 * ledger: checks/words/xray.words.
 */
#include "provider/aws/checks/rules.h"

#define XRAY "xray "
/* the ASCII marks neither of AWS's sentences on a tag's characters takes
 * (as s3tables/rules.c reads its own): one says a-z, A-Z, 0-9, space and
 * _ . : / = + - @, the other Unicode letters, numbers and separators with
 * + - = . _ : /; a letter or a number of any script passes */
#define TAG_MARKS "[]!\"#$%&'()*,;<>?[\\^`{|}~]"
#define TAG_CHARS_WORDS "Valid values for key and value: a-z, A-Z, 0-9, space, and the " \
	"following characters: _ . : / = + - and @"
#define ONE_WAY_WORDS "Specify a rule by either name or ARN, but not both."

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_xray[] = {
	/* a group */
	AWS_SAYS("xray.group_name_not_default", "awscc.xray.group", AWS_CALL_ANY, ALWAYS,
		 THEN(IS_NOT("group_name", "Default")),
		 "Default is a reserved name and names must be unique.", XRAY "CreateGroup GroupName"),
	AWS_SAYS("xray.notifications_with_insights", "awscc.xray.group", AWS_CALL_ANY,
		 WHEN(IS("insights_configuration.notifications_enabled", "true")),
		 THEN(IS("insights_configuration.insights_enabled", "true")),
		 "Notifications can only be enabled on a group with InsightsEnabled set to true.",
		 XRAY "CreateGroup InsightsConfiguration.NotificationsEnabled"),
	/* a sampling rule, as created and as updated */
	AWS_SAYS("xray.rule_name_or_arn", "awscc.xray.sampling_rule", AWS_CALL_ANY,
		 WHEN(SET("sampling_rule.rule_name")), THEN(UNSET("sampling_rule.rule_arn")),
		 ONE_WAY_WORDS, XRAY "CreateSamplingRule SamplingRule.RuleName"),
	AWS_SAYS("xray.rule_update_name_or_arn", "awscc.xray.sampling_rule", AWS_CALL_ANY,
		 WHEN(SET("sampling_rule_update.rule_name")),
		 THEN(UNSET("sampling_rule_update.rule_arn")),
		 ONE_WAY_WORDS, XRAY "UpdateSamplingRule SamplingRuleUpdate.RuleName"),
	/* every type's tags: 50 (the registry's list takes 200), none a system
	 * tag (aws:, which AWS applies), their characters */
	AWS_SAYS("xray.tags_at_most_50", "awscc.xray.*", AWS_CALL_ANY, ALWAYS,
		 THEN(LEN_IN("tags", 0, 50)),
		 "Maximum number of user-applied tags per resource: 50", XRAY "CreateGroup Tags"),
	AWS_SAYS("xray.tag_keys_not_system", "awscc.xray.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "You cannot edit or delete system tags.", XRAY "TagResource Tags"),
	AWS_SAYS("xray.tag_key_chars", "awscc.xray.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", TAG_MARKS)))),
		 TAG_CHARS_WORDS, XRAY "CreateGroup Tags"),
	AWS_SAYS("xray.tag_value_chars", "awscc.xray.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("value", TAG_MARKS)))),
		 TAG_CHARS_WORDS, XRAY "CreateGroup Tags"),
	{ NULL },
};
