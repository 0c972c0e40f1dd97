/*
 * logs/rules.c: the CloudWatch Logs rows of the one table of checks
 * (checks/row.h); its attributes need no rule function.
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
WORDS(log_retention_days, "0", "1", "3", "5", "7", "14", "30", "60", "90", "120", "150", "180",
      "365", "400", "545", "731", "1096", "1827", "2192", "2557", "2922", "3288", "3653");

#define LOGS "CloudWatch Logs API reference: PutRetentionPolicy"

const struct aws_check_row aws_rules_logs[] = {
	NUMBER_ONE_OF("aws.logs.log_group", "retention_in_days", log_retention_days, "30",
		      LOGS " retentionInDays (0: never expire)"),
	{ NULL },
};
