/*
 * redshiftserverless/rules.c: Amazon Redshift Serverless's (namespaces,
 * workgroups, snapshots) rows of the one table of checks (checks/row.h) on
 * the awscc types of a service terrace's own code does not call (its
 * objects are made through Cloud Control alone): AWS's words of the
 * census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE: botocore's redshift-serverless). Its ledger:
 * checks/words/redshift-serverless.words.
 */
#include "provider/aws/checks/rules.h"

#define RSS "redshift-serverless "

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_redshiftserverless[] = {
	/* a namespace's admin password: given, or managed by Secrets Manager */
	AWS_SAYS("redshiftserverless.password_not_managed",
		 "awscc.redshiftserverless.namespace", AWS_CALL_ANY,
		 WHEN(IS("manage_admin_password", "true")), THEN(UNSET("admin_user_password")),
		 "You can't use adminUserPassword if manageAdminPassword is true.",
		 RSS "CreateNamespace adminUserPassword"),
	AWS_SAYS("redshiftserverless.secret_key_managed",
		 "awscc.redshiftserverless.namespace", AWS_CALL_ANY,
		 WHEN(SET("admin_password_secret_kms_key_id")),
		 THEN(SET("manage_admin_password"), IS("manage_admin_password", "true")),
		 "You can only use this parameter if manageAdminPassword is true.",
		 RSS "CreateNamespace adminPasswordSecretKmsKeyId"),
	/* an update: the registry's update handler sends the user name and the
	 * password (the default IAM role and the roles) from what the stack
	 * writes when one of them changes */
	AWS_SAYS("redshiftserverless.password_with_username",
		 "awscc.redshiftserverless.namespace", AWS_CALL_UPDATE,
		 WHEN(CHANGED_PART("admin_user_password", "^.*$")), THEN(SET("admin_username")),
		 "This parameter must be updated together with adminUsername.",
		 RSS "UpdateNamespace adminUserPassword"),
	AWS_SAYS("redshiftserverless.username_with_password",
		 "awscc.redshiftserverless.namespace", AWS_CALL_UPDATE,
		 WHEN(CHANGED_PART("admin_username", "^.*$"),
		      ANY_OF(UNSET("manage_admin_password"), IS("manage_admin_password", "false"))),
		 THEN(SET("admin_user_password")),
		 "This parameter must be updated together with adminUserPassword.",
		 RSS "UpdateNamespace adminUsername"),
	AWS_SAYS("redshiftserverless.default_role_with_roles",
		 "awscc.redshiftserverless.namespace", AWS_CALL_UPDATE,
		 WHEN(CHANGED_PART("default_iam_role_arn", "^.*$")), THEN(SET("iam_roles")),
		 "This parameter must be updated together with iamRoles.",
		 RSS "UpdateNamespace defaultIamRoleArn"),
	AWS_SAYS("redshiftserverless.cfn_roles_arns",
		 "awscc.redshiftserverless.namespace", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("iam_roles", ALWAYS, THEN(MATCHES("", "^arn:[^:]+:iam::")))),
		 "You must supply the IAM roles in their Amazon Resource Name (ARN) format.",
		 "CloudFormation registry: AWS::RedshiftServerless::Namespace IamRoles"),
	/* sent by DeleteNamespace, the final snapshot's days */
	AWS_SAYS("redshiftserverless.cfn_final_snapshot_days",
		 "awscc.redshiftserverless.namespace", AWS_CALL_ANY,
		 WHEN(SET("final_snapshot_retention_period")),
		 THEN(ANY_OF(IS("final_snapshot_retention_period", "-1"),
			     IN("final_snapshot_retention_period", 1, 3653))),
		 "The value must be either -1 or an integer between 1 and 3,653.",
		 "CloudFormation registry: AWS::RedshiftServerless::Namespace "
		 "FinalSnapshotRetentionPeriod"),
	/* a workgroup's restore: a snapshot by name or by ARN */
	AWS_SAYS("redshiftserverless.cfn_snapshot_name_or_arn",
		 "awscc.redshiftserverless.workgroup", AWS_CALL_ANY,
		 WHEN(SET("snapshot_name")), THEN(UNSET("snapshot_arn")),
		 "Specify either SnapshotName or SnapshotArn, but not both.",
		 "CloudFormation registry: AWS::RedshiftServerless::Workgroup SnapshotName"),
	/* a workgroup's configuration parameters: query monitoring metrics (the
	 * guide's list of them for Redshift Serverless) or a WLM JSON
	 * configuration, not both; the configuration's 8,000 characters */
	AWS_SAYS("redshiftserverless.metrics_or_wlm",
		 "awscc.redshiftserverless.workgroup", AWS_CALL_ANY,
		 WHEN(SOME("config_parameters", IS("parameter_key", "wlm_json_configuration"))),
		 THEN(EACH("config_parameters", ALWAYS,
			   THEN(IS_NOT("parameter_key", "max_query_cpu_time",
				       "max_query_blocks_read", "max_scan_row_count",
				       "max_query_execution_time", "max_query_queue_time",
				       "max_query_cpu_usage_percent",
				       "max_query_temp_blocks_to_disk", "max_join_row_count",
				       "max_nested_loop_join_row_count")))),
		 "You can either specify individual query monitoring metrics (such as "
		 "max_scan_row_count, max_query_execution_time) or use wlm_json_configuration to "
		 "define query queues with rules, but not both.",
		 RSS "CreateWorkgroup configParameters"),
	AWS_SAYS("redshiftserverless.wlm_8000",
		 "awscc.redshiftserverless.workgroup", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("config_parameters", WHEN(IS("parameter_key", "wlm_json_configuration")),
			   THEN(LEN_IN("parameter_value", 0, 8000)))),
		 "If you're using wlm_json_configuration, the maximum size of parameterValue is "
		 "8000 characters.", RSS "CreateWorkgroup configParameters"),
	{ NULL },
};
