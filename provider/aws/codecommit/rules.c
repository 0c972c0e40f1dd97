/*
 * codecommit/rules.c: the CodeCommit rows of the one table of checks
 * (checks/row.h): AWS's words on a repository's name and triggers; its
 * attributes need no rule function.
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_codecommit[] = {
	/* AWS's words (checks/words/codecommit.words). */
	AWS_SAYS("codecommit.trigger_all_alone", "aws.codecommit.repository", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("triggers", WHEN(HAS("events", "all")),
			   THEN(COUNT_IN("events", NULL, 1, 1)))),
		 "The valid value \"all\" cannot be used with any other values.",
		 "codecommit PutRepositoryTriggers triggers.events"),
	/* (The awscc repository's schema pattern, ...(?<!\.git)$, holds it there.) */
	AWS_SAYS("codecommit.name_not_dot_git", "aws.codecommit.repository", AWS_CALL_ANY, ALWAYS,
		 THEN(NOT_MATCHES("repository_name", "\\.git$")),
		 "The suffix .git is prohibited.", "codecommit CreateRepository repositoryName"),
	{ NULL },
};
