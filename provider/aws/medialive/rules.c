/*
 * medialive/rules.c: AWS Elemental MediaLive's (multiplexes, channel
 * placement groups, EventBridge rule templates) rows of the one table of
 * checks (checks/row.h) on the awscc types of a service terrace's own code
 * does not call (its objects are made through Cloud Control alone): AWS's
 * words of the census's third scope (checks/words/gen_words.py,
 * sentences.py's THIRD_SCOPE). Its ledger: checks/words/medialive.words.
 */
#include "provider/aws/checks/rules.h"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_medialive[] = {
	AWS_SAYS("medialive.multiplex_two_zones",
		 "awscc.medialive.multiplex", AWS_CALL_CREATE, ALWAYS,
		 THEN(LEN_IN("availability_zones", 2, 2)),
		 "You must specify exactly two.", "medialive CreateMultiplex AvailabilityZones"),
	AWS_SAYS("medialive.placement_group_one_node",
		 "awscc.medialive.channel_placement_group", AWS_CALL_ANY, ALWAYS,
		 THEN(LEN_IN("nodes", 0, 1)),
		 "(You can't associate more than one Node with the ChannelPlacementGroup.) The Node "
		 "and the ChannelPlacementGroup must be in the same Cluster.",
		 "medialive CreateChannelPlacementGroup Nodes"),
	AWS_SAYS("medialive.rule_template_targets",
		 "awscc.medialive.event_bridge_rule_template", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("event_targets", ALWAYS, THEN(MATCHES("arn", "^arn:[^:]+:(sns|logs):")))),
		 "Target ARNs must be either an SNS topic or CloudWatch log group.",
		 "medialive CreateEventBridgeRuleTemplate EventTargets.Arn"),
	{ NULL },
};
