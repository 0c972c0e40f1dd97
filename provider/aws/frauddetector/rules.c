/*
 * frauddetector/rules.c: Amazon Fraud Detector's (detectors, event, entity
 * types, labels, lists, outcomes, variables) rows of the one table of checks
 * (checks/row.h) on the awscc types of a service terrace's own code does not
 * call (its objects are made through Cloud Control alone): AWS's words of the
 * census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE: botocore's frauddetector). Its ledger:
 * checks/words/frauddetector.words.
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_frauddetector[] = {
	/* a list's tag key (its registry Tag.Key has no pattern against aws:) */
	AWS_SAYS("frauddetector.cfn_tag_keys_not_aws", "awscc.frauddetector.list", AWS_CALL_ANY,
		 ALWAYS, THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "You can specify a value that is 1 to 128 Unicode characters in length and cannot "
		 "be prefixed with aws:.", "CloudFormation registry: AWS::FraudDetector::List Tag.Key"),
	/* a list's variable type, once it has one (UpdateList; the registry
	 * makes it no create-only property) */
	AWS_SAYS("frauddetector.list_variable_type_kept", "awscc.frauddetector.list",
		 AWS_CALL_UPDATE, WHEN(WAS(SET("variable_type"))), THEN(UNCHANGED("variable_type")),
		 "You cannot update a variable type of a list that already has a variable type "
		 "assigned to it.", "frauddetector UpdateList variableType"),
	{ NULL },
};
