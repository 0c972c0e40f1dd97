/*
 * kafkaconnect/rules.c: Amazon MSK Connect's (connectors, custom plugins,
 * worker configurations) rows of the one table of checks (checks/row.h) on
 * the awscc types of a service terrace's own code does not call (its
 * objects are made through Cloud Control alone): AWS's words of the
 * census's third scope (checks/words/gen_words.py, sentences.py's
 * THIRD_SCOPE). Its ledger: checks/words/kafkaconnect.words.
 */
#include "provider/aws/checks/rules.h"

#define KC "kafkaconnect "
#define AUTO_SCALING "capacity.auto_scaling."

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_kafkaconnect[] = {
	/* the tags of each type (the custom plugin's registry Tag.Key has no
	 * pattern against aws:) */
	RULE("awscc.kafkaconnect.*", "tags", rule_tag_list_keys,
	     "CloudFormation registry: AWS::KafkaConnect::CustomPlugin Tag.Key"),
	/* the registry's Plugins takes one item at least, no most */
	AWS_SAYS("kafkaconnect.one_plugin", "awscc.kafkaconnect.connector", AWS_CALL_ANY, ALWAYS,
		 THEN(COUNT_IN("plugins", NULL, 1, 1)),
		 "You must specify a single-element list containing one customPlugin object.",
		 KC "CreateConnector plugins"),
	/* the registry's AutoScaling puts no bound between the two */
	AWS_SAYS("kafkaconnect.task_count_at_least_workers", "awscc.kafkaconnect.connector",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(AT_MOST(AUTO_SCALING "max_worker_count",
			      AUTO_SCALING "max_autoscaling_task_count")),
		 "Must be at least equal to maxWorkerCount.",
		 KC "CreateConnector capacity.autoScaling.maxAutoscalingTaskCount"),
	{ NULL },
};
