/*
 * grafana/rules.c: Amazon Managed Grafana's (workspaces) rows of the one
 * table of checks (checks/row.h) on the awscc types of a service terrace's
 * own code does not call (its objects are made through Cloud Control
 * alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE), a workspace's
 * organizational units, role and version. Its ledger:
 * checks/words/grafana.words.
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_grafana[] = {
	AWS_SAYS("grafana.organization_units", "awscc.grafana.workspace", AWS_CALL_ANY,
		 WHEN(IS("account_access_type", "ORGANIZATION")),
		 THEN(SET("organizational_units"), LEN_IN("organizational_units", 1, 1e9)),
		 "If you specify ORGANIZATION, you must specify which organizational units the "
		 "workspace can access in the workspaceOrganizationalUnits parameter.",
		 "grafana CreateWorkspace accountAccessType"),
	/* a SERVICE_MANAGED workspace's role is left alone: the registry's
	 * AccountAccessType asks one of every CURRENT_ACCOUNT workspace, the API
	 * of a CUSTOMER_MANAGED one */
	AWS_SAYS("grafana.customer_managed_role", "awscc.grafana.workspace", AWS_CALL_ANY,
		 WHEN(IS("permission_type", "CUSTOMER_MANAGED")), THEN(SET("role_arn")),
		 "If you specify this as CUSTOMER_MANAGED, you must also specify a workspaceRoleArn "
		 "that the workspace will use for accessing Amazon Web Services resources.",
		 "grafana UpdateWorkspace permissionType"),
	/* said of UpdateWorkspace: an update of a workspace not CUSTOMER_MANAGED
	 * keeps the organization role name it has (CreateWorkspace's words do
	 * not say it) */
	AWS_SAYS("grafana.organization_role_customer_managed", "awscc.grafana.workspace",
		 AWS_CALL_UPDATE, WHEN(IS_NOT("permission_type", "CUSTOMER_MANAGED")),
		 THEN(UNCHANGED("organization_role_name")),
		 "This can only be used with a workspace that has the permissionType set to "
		 "CUSTOMER_MANAGED.", "grafana UpdateWorkspace organizationRoleName"),
	AWS_SAYS("grafana.version_no_downgrade", "awscc.grafana.workspace", AWS_CALL_UPDATE,
		 ALWAYS, THEN(NOT_OLDER("grafana_version")),
		 "Can only be used to upgrade (for example, from 8.4 to 9.4), not downgrade (for "
		 "example, from 9.4 to 8.4).", "grafana UpdateWorkspaceConfiguration grafanaVersion"),
	{ NULL },
};
