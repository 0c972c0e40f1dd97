/*
 * codeartifact/rules.c: AWS CodeArtifact's (domains, repositories, package
 * groups) rows of the one table of checks (checks/row.h) on the awscc
 * types of a service terrace's own code does not call (its objects are
 * made through Cloud Control alone): AWS's words of the census's third
 * scope (checks/words/gen_words.py, sentences.py's THIRD_SCOPE: botocore's
 * codeartifact). Its ledger: checks/words/codeartifact.words.
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_codeartifact[] = {
	/* a tag key's aws: (the registry's Tag.Key pattern, ^\P{C}+$, takes
	 * it) */
	AWS_SAYS("codeartifact.tag_keys_not_aws", "awscc.codeartifact.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "You can specify a value that is 1 to 128 Unicode characters in length and cannot "
		 "be prefixed with aws:.",
		 "CloudFormation registry: AWS::CodeArtifact::Domain Tag.Key (and every "
		 "CodeArtifact type's)"),
	{ NULL },
};
