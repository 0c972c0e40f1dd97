/*
 * codegurureviewer/rules.c: Amazon CodeGuru Reviewer's (repository
 * associations) rows of the one table of checks (checks/row.h) on the awscc
 * types of a service terrace's own code does not call (its objects are made
 * through Cloud Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE: botocore's
 * codeguru-reviewer). Its ledger: checks/words/codeguru-reviewer.words.
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_codegurureviewer[] = {
	AWS_SAYS("codegurureviewer.bucket_name_prefix",
		 "awscc.codegurureviewer.repository_association", AWS_CALL_ANY, ALWAYS,
		 THEN(MATCHES("bucket_name", "^codeguru-reviewer-")),
		 "It must start with `codeguru-reviewer-`.",
		 "CloudFormation registry: AWS::CodeGuruReviewer::RepositoryAssociation BucketName"),
	RULE("awscc.codegurureviewer.repository_association", "tags", rule_tag_list_keys,
	     "CloudFormation registry: AWS::CodeGuruReviewer::RepositoryAssociation Tag.Key"),
	{ NULL },
};
