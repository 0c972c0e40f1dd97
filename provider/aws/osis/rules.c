/*
 * osis/rules.c: Amazon OpenSearch Ingestion's (pipelines; CloudFormation's
 * OSIS) rows of the one table of checks (checks/row.h) on the awscc types of
 * a service terrace's own code does not call (its objects are made through
 * Cloud Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE). Its ledger:
 * checks/words/osis.words.
 */
#include "provider/aws/checks/rules.h"

#define OSIS "osis CreatePipeline "

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_osis[] = {
	AWS_SAYS("osis.log_destination_when_logging", "awscc.osis.pipeline", AWS_CALL_ANY,
		 WHEN(IS("log_publishing_options.is_logging_enabled", "true")),
		 THEN(SET("log_publishing_options.cloudwatch_log_destination")),
		 "This parameter is required if IsLoggingEnabled is set to true.",
		 OSIS "LogPublishingOptions.CloudWatchLogDestination"),
	/* the registry's Tags are uniqueItems: two tags of one key and two values pass it */
	AWS_SAYS("osis.tag_keys_unique", "awscc.osis.pipeline", AWS_CALL_ANY, ALWAYS,
		 THEN(UNIQUE("tags[].key")),
		 "Tag keys must be unique for the pipeline to which they are attached.",
		 OSIS "Tags.Key"),
	/* the registry's Tag.Key has no pattern against aws: */
	AWS_SAYS("osis.cfn_tag_keys_not_aws", "awscc.osis.pipeline", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^aws:")))),
		 "You can specify a value that is 1 to 128 Unicode characters in length and cannot "
		 "be prefixed with aws:.",
		 "CloudFormation registry: AWS::OSIS::Pipeline Tag.Key"),
	{ NULL },
};
