/*
 * ivschat/rules.c: Amazon IVS Chat's (rooms, logging configurations) rows of
 * the one table of checks (checks/row.h) on the awscc types of a service
 * terrace's own code does not call (its objects are made through Cloud
 * Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE). Its ledger:
 * checks/words/ivschat.words.
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_ivschat[] = {
	/* the tags of each type, whose registry Tag.Key has no pattern against
	 * aws: */
	RULE("awscc.ivschat.*", "tags", rule_tag_list_keys,
	     "CloudFormation registry: AWS::IVSChat::Room Tag.Key"),
	/* the API's DestinationConfiguration is a union (one member set); the
	 * registry's object takes its three members, none required */
	AWS_SAYS("ivschat.one_destination", "awscc.ivschat.logging_configuration", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EXACTLY_ONE_OF(SET("destination_configuration.cloudwatch_logs"),
				     SET("destination_configuration.firehose"),
				     SET("destination_configuration.s3"))),
		 "There can be only one type of destination (cloudWatchLogs, firehose, or s3) in a "
		 "destinationConfiguration.",
		 "ivschat CreateLoggingConfiguration destinationConfiguration"),
	{ NULL },
};
