/*
 * computeoptimizer/rules.c: AWS Compute Optimizer's automation rules'
 * rows of the one table of checks (checks/row.h) on the awscc types of a
 * service terrace's own code does not call (its objects are made through
 * Cloud Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE: botocore's
 * compute-optimizer-automation, signed aco-automation, the prefix its
 * handlers name), an organization rule's configuration, a rule's priority,
 * name and schedule. Its ledger:
 * checks/words/compute-optimizer-automation.words.
 */
#include "provider/aws/checks/rules.h"

#define COA "compute-optimizer-automation "
/* the minutes' and the hours' field, each a number, after cron( or bare */
#define SPECIFIC_MINUTES_HOURS \
	"^[[:space:]]*(cron\\([[:space:]]*)?[0-9]+[[:space:]]+[0-9]+([[:space:]]|\\)|$)"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_computeoptimizer[] = {
	AWS_SAYS("computeoptimizer.organization_configuration",
		 "awscc.computeoptimizer.automation_rule", AWS_CALL_ANY,
		 WHEN(IS("rule_type", "OrganizationRule")), THEN(SET("organization_configuration")),
		 "Required for OrganizationRule type.",
		 COA "CreateAutomationRule organizationConfiguration"),
	/* a decimal number from 0 to 1, at most 30 digits after its point */
	AWS_SAYS("computeoptimizer.priority_decimal",
		 "awscc.computeoptimizer.automation_rule", AWS_CALL_ANY,
		 WHEN(SET("priority")),
		 THEN(MATCHES("priority", "^(0*(\\.[0-9]{0,30})?|0*1(\\.0{0,30})?)$")),
		 "A string representation of a decimal number between 0 and 1 (having up to 30 "
		 "digits after the decimal point) that determines the priority of the rule.",
		 COA "CreateAutomationRule priority"),
	/* said of UpdateAutomationRule's name (CreateAutomationRule's model
	 * takes 0 to 128; the schema holds the characters and the 128) */
	AWS_SAYS("computeoptimizer.update_name_length",
		 "awscc.computeoptimizer.automation_rule", AWS_CALL_UPDATE, ALWAYS,
		 THEN(LEN_IN("name", 1, 128)),
		 "Must be 1-128 characters long and contain only alphanumeric characters, "
		 "underscores, and hyphens.", COA "UpdateAutomationRule name"),
	/* a cron expression's minutes and hours, its first two fields (in
	 * cron(...) or bare), each one number: a run a day at most */
	AWS_SAYS("computeoptimizer.schedule_once_a_day",
		 "awscc.computeoptimizer.automation_rule", AWS_CALL_ANY,
		 WHEN(SET("schedule.schedule_expression")),
		 THEN(MATCHES("schedule.schedule_expression", SPECIFIC_MINUTES_HOURS)),
		 "Your cron expression must use specific values (not wildcards) for the minutes and "
		 "hours fields.",
		 COA "CreateAutomationRule schedule.scheduleExpression"),
	{ NULL },
};
