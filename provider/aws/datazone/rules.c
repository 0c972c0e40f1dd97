/*
 * datazone/rules.c: Amazon DataZone's (domains, projects, environments,
 * data sources, connections and the rest) rows of the one table of checks
 * (checks/row.h) on the awscc types of a service terrace's own code does
 * not call (its objects are made through Cloud Control alone): AWS's words
 * of the census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE). Its ledger: checks/words/datazone.words.
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_datazone[] = {
	/* a project's profile version: the latest alone */
	AWS_SAYS("datazone.profile_version_latest", "awscc.datazone.project", AWS_CALL_ANY, ALWAYS,
		 THEN(IS("project_profile_version", "latest")),
		 "You can only specify the following string for this parameter: latest.",
		 "datazone UpdateProject projectProfileVersion"),
	{ NULL },
};
