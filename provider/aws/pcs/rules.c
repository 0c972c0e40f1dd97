/*
 * pcs/rules.c: AWS Parallel Computing Service's (clusters, compute node
 * groups, queues) rows of the one table of checks (checks/row.h) on the
 * awscc types of a service terrace's own code does not call (its objects
 * are made through Cloud Control alone): AWS's words of the census's third
 * scope (checks/words/gen_words.py, sentences.py's THIRD_SCOPE). Its
 * ledger: checks/words/pcs.words.
 */
#include "provider/aws/checks/rules.h"

#define PCS "pcs "
/* A Local Zone's or a Wavelength Zone's name: its region's, then a dash
 * and more ("us-west-2-lax-1a", "us-east-1-wl1-bos-wlz-1"), where an
 * Availability Zone's is the region's and a letter ("us-west-2a"). */
#define EDGE_ZONE "^[a-z]{2}(-[a-z]+)+-[0-9]+-"
/* A compute node group's instance profile's role (an aws.iam.instance_profile
 * of the stack, across its role: what its name and path are written) */
#define PROFILE_ROLE "iam_instance_profile_arn->role->"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_pcs[] = {
	/* the tags of each type, a map the registry's Tags pattern (^.+$) takes
	 * any key of */
	RULE("awscc.pcs.*", "tags", rule_tag_list_keys,
	     "CloudFormation registry: AWS::PCS::Cluster Tag.Key"),
	/* each subnet the stack writes: not of an outpost, nor in a Local or
	 * Wavelength Zone (whether it has an IP address left is the account's
	 * at the call) */
	AWS_SAYS("pcs.cluster_subnets_not_edge", "awscc.pcs.cluster", AWS_CALL_CREATE, ALWAYS,
		 THEN(EACH("networking.subnet_ids", ALWAYS,
			   THEN(UNSET("->outpost_arn"),
				NOT_MATCHES("->availability_zone", EDGE_ZONE)))),
		 "Subnets can't be in Outposts, Wavelength or an Amazon Web Services Local Zone.",
		 PCS "CreateCluster networking.subnetIds"),
	/* the role's name and path as the stack writes them (the role's
	 * permissions are its policies', attached anywhere) */
	AWS_SAYS("pcs.node_group_profile_role_name", "awscc.pcs.compute_node_group",
		 AWS_CALL_ANY,
		 WHEN(SET(PROFILE_ROLE "name"), NOT_MATCHES(PROFILE_ROLE "name", "^AWSPCS")),
		 THEN(SET(PROFILE_ROLE "path"), MATCHES(PROFILE_ROLE "path", "^/aws-pcs/")),
		 "The role contained in your instance profile must have the "
		 "pcs:RegisterComputeNodeGroupInstance permission and the role name must start "
		 "with AWSPCS or must have the path /aws-pcs/.",
		 PCS "CreateComputeNodeGroup iamInstanceProfileArn"),
	/* the VPC each subnet names (one resource), the cluster's its subnets' */
	AWS_SAYS("pcs.node_group_subnets_cluster_vpc", "awscc.pcs.compute_node_group",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(SAME("subnet_ids[]->vpc_id->", "cluster_id->networking.subnet_ids[]->vpc_id->")),
		 "Subnets must be in the same VPC as the cluster.",
		 PCS "CreateComputeNodeGroup subnetIds"),
	{ NULL },
};
