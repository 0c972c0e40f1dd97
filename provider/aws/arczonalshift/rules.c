/*
 * arczonalshift/rules.c: ARC zonal shift's (zonal autoshift and its
 * practice runs, the autoshift observer's notifications) rows of the one
 * table of checks (checks/row.h) on the awscc types of a service terrace's
 * own code does not call (its objects are made through Cloud Control
 * alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE). Its ledger:
 * checks/words/arc-zonal-shift.words.
 */
#include "provider/aws/checks/rules.h"

#define ZS "arc-zonal-shift "
#define RUNS "practice_run_configuration."
/* A window DAY:HH:MM-DAY:HH:MM (the registry's pattern) whose two days are
 * one. */
#define ONE_DAY "^(Mon:[^-]*-Mon|Tue:[^-]*-Tue|Wed:[^-]*-Wed|Thu:[^-]*-Thu|Fri:[^-]*-Fri|" \
	"Sat:[^-]*-Sat|Sun:[^-]*-Sun):"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_arczonalshift[] = {
	AWS_SAYS("arczonalshift.window_within_a_day",
		 "awscc.arczonalshift.zonal_autoshift_configuration", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(RUNS "blocked_windows", ALWAYS, THEN(MATCHES("", ONE_DAY)))),
		 "Windows that span multiple days aren't supported.",
		 ZS "CreatePracticeRunConfiguration blockedWindows"),
	/* the registry's ControlCondition.Type takes any 8 to 10 letters */
	AWS_SAYS("arczonalshift.alarm_type_cloudwatch",
		 "awscc.arczonalshift.zonal_autoshift_configuration", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(RUNS "blocking_alarms", ALWAYS, THEN(IS("type", "CLOUDWATCH"))),
		      EACH(RUNS "outcome_alarms", ALWAYS, THEN(IS("type", "CLOUDWATCH")))),
		 "You can only specify Amazon CloudWatch alarms for practice runs, so the only "
		 "valid value is CLOUDWATCH.",
		 ZS "CreatePracticeRunConfiguration outcomeAlarms.type"),
	{ NULL },
};
