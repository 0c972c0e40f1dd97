/*
 * verifiedpermissions/rules.c: Amazon Verified Permissions' (policy stores,
 * policies, policy templates) rows of the one table of checks
 * (checks/row.h) on the awscc types of a service terrace's own code does
 * not call (its objects are made through Cloud Control alone): AWS's words
 * of the census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE). Its ledger: checks/words/verifiedpermissions.words.
 */
#include "provider/aws/checks/rules.h"

#define SCHEMALESS "To submit a static policy or policy template without a schema, you must " \
	"turn off validation."
#define MODE_SOURCE "verifiedpermissions CreatePolicyStore validationSettings.mode"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. A policy's or template's store, read across policy_store_id:
 * validating STRICT, it has a schema. */
const struct aws_check_row aws_rules_verifiedpermissions[] = {
	AWS_SAYS("verifiedpermissions.static_policy_needs_schema",
		 "awscc.verifiedpermissions.policy", AWS_CALL_ANY,
		 WHEN(SET("definition.static"),
		      IS("policy_store_id->validation_settings.mode", "STRICT")),
		 THEN(SET("policy_store_id->schema")), SCHEMALESS, MODE_SOURCE),
	AWS_SAYS("verifiedpermissions.template_needs_schema",
		 "awscc.verifiedpermissions.policy_template", AWS_CALL_ANY,
		 WHEN(IS("policy_store_id->validation_settings.mode", "STRICT")),
		 THEN(SET("policy_store_id->schema")), SCHEMALESS, MODE_SOURCE),
	{ NULL },
};
