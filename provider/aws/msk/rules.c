/*
 * msk/rules.c: Amazon MSK's (clusters, serverless clusters, configurations,
 * replicators, VPC connections, topics) rows of the one table of checks
 * (checks/row.h) on the awscc types of a service terrace's own code does not
 * call (its objects are made through Cloud Control alone): AWS's words of
 * the census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE: botocore's kafka). Its ledger: checks/words/kafka.words.
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. A client subnet's zone ID is what the subnet of the stack it
 * names writes ("->", test_words_crossing.c's case). */
const struct aws_check_row aws_rules_msk[] = {
	AWS_SAYS("msk.client_subnets_not_use1_az3", "awscc.msk.cluster", AWS_CALL_CREATE, ALWAYS,
		 THEN(EACH("broker_node_group_info.client_subnets", ALWAYS,
			   THEN(IS_NOT("->availability_zone_id", "use1-az3")))),
		 "Client subnets can't occupy the Availability Zone with ID use use1-az3.",
		 "kafka CreateCluster BrokerNodeGroupInfo.ClientSubnets"),
	{ NULL },
};
