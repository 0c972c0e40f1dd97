/*
 * inspector/rules.c: Amazon Inspector Classic's (assessment targets,
 * templates and resource groups) rows of the one table of checks
 * (checks/row.h) on the awscc types of a service terrace's own code does
 * not call (its objects are made through Cloud Control alone): AWS's words
 * of the census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE). Its ledger: checks/words/inspector.words (a target's and a
 * template's name unique are kinds/gen_object_names.py's SAID_UNIQUE).
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_inspector[] = {
	AWS_SAYS("inspector.finding_attribute_keys_unique", "awscc.inspector.assessment_template",
		 AWS_CALL_ANY, ALWAYS, THEN(UNIQUE("user_attributes_for_findings[].key")),
		 "Within an assessment template, each key must be unique.",
		 "inspector CreateAssessmentTemplate userAttributesForFindings"),
	{ NULL },
};
