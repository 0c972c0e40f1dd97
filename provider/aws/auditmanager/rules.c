/*
 * auditmanager/rules.c: AWS Audit Manager's (assessments) rows of the one
 * table of checks (checks/row.h) on the awscc types of a service terrace's
 * own code does not call (its objects are made through Cloud Control
 * alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE: botocore's
 * auditmanager), an assessment's roles, its delegations' role type and its
 * tag keys. Its ledger: checks/words/auditmanager.words.
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_auditmanager[] = {
	/* the create handler's CreateAssessment; UpdateAssessment's roles the
	 * sentence does not name */
	AWS_SAYS("auditmanager.assessment_roles_process_owner", "awscc.auditmanager.assessment",
		 AWS_CALL_CREATE, ALWAYS,
		 THEN(EACH("roles", ALWAYS, THEN(IS("role_type", "PROCESS_OWNER")))),
		 "In CreateAssessment, roleType can only be PROCESS_OWNER.",
		 "auditmanager CreateAssessment roles.roleType"),
	/* the delegations the create and update handlers send with
	 * BatchCreateDelegationByAssessment */
	AWS_SAYS("auditmanager.delegations_resource_owner", "awscc.auditmanager.assessment",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("delegations", ALWAYS, THEN(IS("role_type", "RESOURCE_OWNER")))),
		 "In BatchCreateDelegationByAssessment, roleType can only be RESOURCE_OWNER.",
		 "auditmanager BatchCreateDelegationByAssessment createDelegationRequests.roleType"),
	/* terrace's awscc schema (cfn-lint's copy) gives Tag.Key no pattern;
	 * the model's TagKey is ^(?!aws:) */
	AWS_SAYS("auditmanager.cfn_tag_keys_not_aws", "awscc.auditmanager.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "You can specify a value that is 1 to 127 Unicode characters in length and cannot "
		 "be prefixed with aws:.",
		 "CloudFormation registry: AWS::AuditManager::Assessment Tag.Key"),
	{ NULL },
};
