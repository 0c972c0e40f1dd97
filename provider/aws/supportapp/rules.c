/*
 * supportapp/rules.c: the AWS Support App's (Slack channel and workspace
 * configurations, the account alias) rows of the one table of checks
 * (checks/row.h) on the awscc types of a service terrace's own code does not
 * call (its objects are made through Cloud Control alone): AWS's words of
 * the census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE). Its ledger: checks/words/support-app.words.
 */
#include "provider/aws/checks/rules.h"

#define SA "support-app "
#define ADD "notify_on_add_correspondence_to_case"
#define OPEN "notify_on_create_or_reopen_case"
#define RESOLVE "notify_on_resolve_case"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_supportapp[] = {
	/* a flag left out is false at create: two of them not true, the third
	 * must be */
	AWS_SAYS("supportapp.high_or_all_notifies",
		 "awscc.supportapp.slack_channel_configuration", AWS_CALL_CREATE,
		 WHEN(IS("notify_on_case_severity", "high", "all"),
		      ANY_OF(UNSET(ADD), IS(ADD, "false")), ANY_OF(UNSET(OPEN), IS(OPEN, "false"))),
		 THEN(SET(RESOLVE), IS(RESOLVE, "true")),
		 "If you specify high or all, you must specify true for at least one of the "
		 "following parameters:",
		 SA "CreateSlackChannelConfiguration notifyOnCaseSeverity"),
	/* an update keeps the current value of a flag it leaves out: judged
	 * where the stack writes all three, when the severity or a flag is
	 * sent anew */
	AWS_SAYS("supportapp.high_or_all_notifies_sent",
		 "awscc.supportapp.slack_channel_configuration", AWS_CALL_UPDATE,
		 WHEN(IS("notify_on_case_severity", "high", "all"), SET(ADD), SET(OPEN),
		      SET(RESOLVE)),
		 THEN(ANY_OF(IS(ADD, "true"), IS(OPEN, "true"), IS(RESOLVE, "true")),
		      IS("notify_on_case_severity", "high", "all")),
		 "If you specify high or all, at least one of the following parameters must be "
		 "true:",
		 SA "UpdateSlackChannelConfiguration notifyOnCaseSeverity"),
	AWS_SAYS("supportapp.none_notifies_nothing",
		 "awscc.supportapp.slack_channel_configuration", AWS_CALL_ANY,
		 WHEN(IS("notify_on_case_severity", "none")),
		 THEN(IS_NOT(ADD, "true"), IS_NOT(OPEN, "true"), IS_NOT(RESOLVE, "true")),
		 "If you specify none, the following parameters must be null or false:",
		 SA "CreateSlackChannelConfiguration notifyOnCaseSeverity"),
	{ NULL },
};
