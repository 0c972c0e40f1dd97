/*
 * directoryservice/rules.c: AWS Directory Service's (Simple AD directories)
 * rows of the one table of checks (checks/row.h) on the awscc types of a
 * service terrace's own code does not call (its objects are made through
 * Cloud Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE), a directory's
 * two subnets and its tags. Its ledger: checks/words/ds.words.
 */
#include "provider/aws/checks/rules.h"

#define DS "ds CreateDirectory "
#define SUBNETS "The two subnets must be in different Availability Zones."

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. A path "vpc_settings.subnet_ids[]->availability_zone" reads
 * each subnet's zone, as the stack's subnet writes it. */
const struct aws_check_row aws_rules_directoryservice[] = {
	/* "The two subnets": CreateDirectory refuses one or three ("Invalid
	 * subnet ID(s). They must correspond to two subnets in different
	 * Availability Zones.") */
	AWS_SAYS("ds.two_subnets", "awscc.directoryservice.simple_ad", AWS_CALL_ANY, ALWAYS,
		 THEN(LEN_IN("vpc_settings.subnet_ids", 2, 2)), SUBNETS,
		 DS "VpcSettings.SubnetIds"),
	AWS_SAYS("ds.subnets_distinct_zones", "awscc.directoryservice.simple_ad", AWS_CALL_ANY,
		 ALWAYS, THEN(UNIQUE("vpc_settings.subnet_ids[]->availability_zone")), SUBNETS,
		 DS "VpcSettings.SubnetIds"),
	AWS_SAYS("ds.tag_keys_not_aws", "awscc.directoryservice.simple_ad", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "The string value can be Unicode characters and cannot be prefixed with \"aws:\".",
		 DS "Tags.Key"),
	{ NULL },
};
