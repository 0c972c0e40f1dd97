/*
 * forecast/rules.c: Amazon Forecast's (datasets, dataset groups) rows of
 * the one table of checks (checks/row.h) on the awscc types of a service
 * terrace's own code does not call (its objects are made through Cloud
 * Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE), a dataset's
 * frequency, a dataset group's datasets' domain, and the tags of each.
 * Its ledger: checks/words/forecast.words.
 */
#include "provider/aws/checks/rules.h"

#define FC "forecast CreateDataset "
/* A frequency AWS lists ("Minute - 1-59 Hour - 1-23 Day - 1-6 Week - 1-4
 * Month - 1-11 Year - 1"), an integer followed by its unit, or the unit
 * alone (1: the model's pattern's Y|M|W|D|H). */
#define FREQUENCY "^(([1-9]|[1-5][0-9])min|([1-9]|1[0-9]|2[0-3])?H|[1-6]?D|[1-4]?W|" \
	"([1-9]|1[01])?M|1?Y)$"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_forecast[] = {
	AWS_SAYS("forecast.related_time_series_frequency", "awscc.forecast.dataset",
		 AWS_CALL_ANY, WHEN(IS("dataset_type", "RELATED_TIME_SERIES")),
		 THEN(SET("data_frequency")),
		 "This parameter is required for RELATED_TIME_SERIES datasets.",
		 FC "DataFrequency"),
	AWS_SAYS("forecast.data_frequency_values", "awscc.forecast.dataset", AWS_CALL_ANY,
		 WHEN(SET("data_frequency")), THEN(MATCHES("data_frequency", FREQUENCY)),
		 "You cannot specify a value that would overlap with the next larger frequency.",
		 FC "DataFrequency"),
	/* each dataset of the stack a group names, by its domain */
	AWS_SAYS("forecast.group_dataset_domains", "awscc.forecast.dataset_group", AWS_CALL_ANY,
		 ALWAYS, THEN(SAME("dataset_arns[]->domain", "domain")),
		 "When you add a dataset to a dataset group, this value and the value specified for "
		 "the Domain parameter of the CreateDataset operation must match.",
		 "forecast CreateDatasetGroup Domain"),
	/* the tags of each type ("Tags with only the key prefix of aws do not
	 * count against your tags per resource limit": such a key is refused
	 * below) */
	AWS_SAYS("forecast.tags_at_most_50", "awscc.forecast.*", AWS_CALL_ANY, ALWAYS,
		 THEN(LEN_IN("tags", 0, 50)), "Maximum number of tags per resource - 50.",
		 FC "Tags"),
	AWS_SAYS("forecast.tag_keys_unique", "awscc.forecast.*", AWS_CALL_ANY, ALWAYS,
		 THEN(UNIQUE("tags[].key")),
		 "For each resource, each tag key must be unique, and each tag key can have only "
		 "one value.", FC "Tags"),
	/* "Do not use aws:, AWS:, or any upper or lowercase combination of such
	 * as a prefix for keys" */
	AWS_SAYS("forecast.tag_keys_not_aws", "awscc.forecast.*", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("tags", ALWAYS, THEN(NOT_MATCHES("key", "^[aA][wW][sS]:")))),
		 "You can specify a value that is 1 to 128 Unicode characters in length and cannot "
		 "be prefixed with aws:.", "CloudFormation registry: AWS::Forecast::Dataset Key"),
	{ NULL },
};
