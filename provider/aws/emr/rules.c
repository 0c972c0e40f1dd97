/*
 * emr/rules.c: Amazon EMR's (EMR Studio, its session mappings, WAL
 * workspaces) rows of the one table of checks (checks/row.h) on the awscc
 * types of a service terrace's own code does not call (its objects are made
 * through Cloud Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE: botocore's emr,
 * signed elasticmapreduce). Its ledger: checks/words/emr.words.
 */
#include "provider/aws/checks/rules.h"

#define EMR "emr "

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_emr[] = {
	/* a Studio's network: its security groups and subnets in its VPC (what
	 * each names: one resource of the stack) */
	AWS_SAYS("emr.studio_engine_group_vpc", "awscc.emr.studio", AWS_CALL_ANY, ALWAYS,
		 THEN(SAME("engine_security_group_id->vpc_id->", "vpc_id->")),
		 "The Engine security group allows inbound network traffic from the Workspace "
		 "security group, and it must be in the same VPC specified by VpcId.",
		 EMR "CreateStudio EngineSecurityGroupId"),
	AWS_SAYS("emr.studio_workspace_group_vpc", "awscc.emr.studio", AWS_CALL_ANY, ALWAYS,
		 THEN(SAME("workspace_security_group_id->vpc_id->", "vpc_id->")),
		 "The Workspace security group allows outbound network traffic to resources in the "
		 "Engine security group, and it must be in the same VPC specified by VpcId.",
		 EMR "CreateStudio WorkspaceSecurityGroupId"),
	AWS_SAYS("emr.studio_subnets_vpc", "awscc.emr.studio", AWS_CALL_ANY, ALWAYS,
		 THEN(SAME("subnet_ids[]->vpc_id->", "vpc_id->")),
		 "The subnets must belong to the VPC specified by VpcId.",
		 EMR "CreateStudio SubnetIds"),
	AWS_SAYS("emr.studio_five_subnets", "awscc.emr.studio", AWS_CALL_ANY, ALWAYS,
		 THEN(COUNT_IN("subnet_ids", NULL, 0, 5)),
		 "A Studio can have a maximum of 5 subnets.", EMR "CreateStudio SubnetIds"),
	/* an update keeps every subnet the Studio has now (the registry's
	 * SubnetIds is not create-only: UpdateStudio sends the new list) */
	AWS_SAYS("emr.studio_subnets_kept", "awscc.emr.studio", AWS_CALL_UPDATE, ALWAYS,
		 THEN(WAS(AMONG("subnet_ids[]", "subnet_ids[]"))),
		 "The list can include new subnet IDs, but must also include all of the subnet IDs "
		 "previously associated with the Studio.", EMR "UpdateStudio SubnetIds"),
	/* a WAL workspace's tag keys (its registry Tag.Key has no pattern
	 * against aws:, the Studio's has) */
	AWS_SAYS("emr.cfn_wal_tag_keys_not_aws", "awscc.emr.wal_workspace", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "You can specify a value that is 1 to 128 Unicode characters in length and cannot "
		 "be prefixed with aws:.",
		 "CloudFormation registry: AWS::EMR::WALWorkspace Tag.Key"),
	{ NULL },
};
