/*
 * rolesanywhere/rules.c: IAM Roles Anywhere's (trust anchors, profiles,
 * CRLs) rows of the one table of checks (checks/row.h) on the awscc types of
 * a service terrace's own code does not call (its objects are made through
 * Cloud Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE). Its ledger:
 * checks/words/rolesanywhere.words.
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_rolesanywhere[] = {
	AWS_SAYS("rolesanywhere.enabled_notification_threshold",
		 "awscc.rolesanywhere.trust_anchor", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("notification_settings", WHEN(IS("enabled", "true")),
			   THEN(SET("threshold")))),
		 "This value is required for a notification setting that is enabled.",
		 "rolesanywhere CreateTrustAnchor NotificationSettings.Threshold"),
	{ NULL },
};
