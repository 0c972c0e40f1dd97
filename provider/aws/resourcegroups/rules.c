/*
 * resourcegroups/rules.c: AWS Resource Groups' (groups, tag-sync tasks) rows
 * of the one table of checks (checks/row.h) on the awscc types of a service
 * terrace's own code does not call (its objects are made through Cloud
 * Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE), a group's name,
 * query and configuration. Its ledger: checks/words/resource-groups.words.
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_resourcegroups[] = {
	AWS_SAYS("resourcegroups.name_not_aws", "awscc.resourcegroups.group", AWS_CALL_ANY, ALWAYS,
		 THEN(NOT_MATCHES("name", "^[aA][wW][sS]")),
		 "The name cannot start with AWS, aws, or any other possible capitalization; these "
		 "are reserved.", "resource-groups CreateGroup Name"),
	/* a group of neither (its resources listed) is left alone */
	AWS_SAYS("resourcegroups.configuration_or_query", "awscc.resourcegroups.group",
		 AWS_CALL_ANY, WHEN(SET("configuration")), THEN(UNSET("resource_query")),
		 "A resource group can contain either a Configuration or a ResourceQuery, but not "
		 "both.", "resource-groups CreateGroup Configuration"),
	AWS_SAYS("resourcegroups.configuration_types_unique", "awscc.resourcegroups.group",
		 AWS_CALL_ANY, ALWAYS, THEN(UNIQUE("configuration[].type")),
		 "Each item must have a unique value for type.",
		 "resource-groups CreateGroup Configuration.Type"),
	{ NULL },
};
