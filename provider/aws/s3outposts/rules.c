/*
 * s3outposts/rules.c: Amazon S3 on Outposts' (buckets, access points,
 * bucket policies, endpoints) rows of the one table of checks (checks/row.h)
 * on the awscc types of a service terrace's own code does not call (its
 * objects are made through Cloud Control alone): AWS's words of the census's
 * third scope (checks/words/gen_words.py, sentences.py's THIRD_SCOPE:
 * botocore's s3outposts, and s3control's operations its handlers name
 * s3-outposts:). Its ledger: checks/words/s3outposts.words.
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_s3outposts[] = {
	AWS_SAYS("s3outposts.customer_owned_ip_pool",
		 "awscc.s3outposts.endpoint", AWS_CALL_ANY,
		 WHEN(IS("access_type", "CustomerOwnedIp")),
		 THEN(SET("customer_owned_ipv4_pool")),
		 "If you choose CustomerOwnedIp, you must also provide the customer-owned IP "
		 "address pool (CoIP pool).", "s3outposts CreateEndpoint AccessType"),
	AWS_SAYS("s3outposts.endpoint_subnet_on_outpost",
		 "awscc.s3outposts.endpoint", AWS_CALL_ANY, ALWAYS,
		 THEN(SET("subnet_id->outpost_arn")),
		 "The endpoint subnet must belong to the Outpost that has Amazon S3 on Outposts "
		 "provisioned.", "s3outposts CreateEndpoint SubnetId"),
	AWS_SAYS("s3outposts.and_operator_tags",
		 "awscc.s3outposts.bucket", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("lifecycle_configuration.rules",
			   WHEN(SET("filter.and_operator"), UNSET("filter.and_operator.prefix")),
			   THEN(COUNT_IN("filter.and_operator.tags", NULL, 2, 1e300)))),
		 "A combination of Prefix and 1 or more Tags OR a minimum of 2 or more tags.",
		 "CloudFormation registry: AWS::S3Outposts::Bucket Rule.Filter.AndOperator"),
	{ NULL },
};
