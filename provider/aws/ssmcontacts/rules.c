/*
 * ssmcontacts/rules.c: Incident Manager Contacts' (contacts, their
 * channels, engagement plans and on-call rotations) rows of the one table
 * of checks (checks/row.h) on the awscc types of a service terrace's own
 * code does not call (its objects are made through Cloud Control alone):
 * AWS's words of the census's third scope (checks/words/gen_words.py,
 * sentences.py's THIRD_SCOPE), a plan's stages and a rotation's contacts.
 * Its ledger: checks/words/ssm-contacts.words.
 */
#include "provider/aws/checks/rules.h"

#define ZERO_DURATION "The duration can only be set to 0 if a target is specified."

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. A contact's plan is sent by CreateContact, a plan's stages
 * by UpdateContact (AWS::SSMContacts::Plan's handlers). */
const struct aws_check_row aws_rules_ssmcontacts[] = {
	AWS_SAYS("ssmcontacts.contact_stage_zero_duration_target", "awscc.ssmcontacts.contact",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("plan", WHEN(IS("duration_in_minutes", "0")),
			   THEN(SET("targets"), LEN_IN("targets", 1, 1e9)))),
		 ZERO_DURATION, "ssm-contacts CreateContact Plan.Stages.DurationInMinutes"),
	AWS_SAYS("ssmcontacts.plan_stage_zero_duration_target", "awscc.ssmcontacts.plan",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("stages", WHEN(IS("duration_in_minutes", "0")),
			   THEN(SET("targets"), LEN_IN("targets", 1, 1e9)))),
		 ZERO_DURATION, "ssm-contacts UpdateContact Plan.Stages.DurationInMinutes"),
	/* a rotation's members are personal contacts, each read across its
	 * reference */
	AWS_SAYS("ssmcontacts.rotation_personal_contacts", "awscc.ssmcontacts.rotation",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("contact_ids", ALWAYS,
			   THEN(IS_NOT("->contact_type", "ESCALATION", "ONCALL_SCHEDULE")))),
		 "The contact types ESCALATION and ONCALL_SCHEDULE are not supported for this "
		 "operation.", "ssm-contacts CreateRotation ContactIds"),
	{ NULL },
};
