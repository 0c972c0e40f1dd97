/*
 * applicationsignals/rules.c: CloudWatch Application Signals' (service level
 * objectives) rows of the one table of checks (checks/row.h) on the awscc
 * types of a service terrace's own code does not call (its objects are made
 * through Cloud Control alone): AWS's words of the census's third scope
 * (checks/words/gen_words.py, sentences.py's THIRD_SCOPE: botocore's
 * application-signals). Its ledger: checks/words/application-signals.words.
 */
#include "provider/aws/checks/rules.h"

#define AS "application-signals CreateServiceLevelObjective "
/* A period-based SLO's metric and a request-based SLO's. */
#define SLI "sli.sli_metric"
#define RBS "request_based_sli.request_based_sli_metric"
#define MONITORED RBS ".monitored_request_count_metric."
/* each list of metric data queries: COND(LIST) */
#define EACH_QUERY_LIST(COND) \
	COND(SLI ".metric_data_queries"), COND(RBS ".total_request_count_metric"), \
	COND(MONITORED "good_count_metric"), COND(MONITORED "bad_count_metric")
/* each metric data query of every list: its conditions */
#define EACH_QUERY(...) \
	EACH(SLI ".metric_data_queries", ALWAYS, THEN(__VA_ARGS__)), \
	EACH(RBS ".total_request_count_metric", ALWAYS, THEN(__VA_ARGS__)), \
	EACH(MONITORED "good_count_metric", ALWAYS, THEN(__VA_ARGS__)), \
	EACH(MONITORED "bad_count_metric", ALWAYS, THEN(__VA_ARGS__))
/* each dimension of each query's metric */
#define EACH_DIMENSION(...) \
	EACH_QUERY(EACH("metric_stat.metric.dimensions", ALWAYS, THEN(__VA_ARGS__)))
#define QUERY_IDS_UNIQUE(LIST) UNIQUE(LIST "[].id")
/* at most one expression with return_data true (left out, CloudWatch's
 * default is true: not counted) */
#define ONE_EXPRESSION_RETURNS(LIST) \
	COUNT_WHERE(LIST, 0, 1, SET("expression"), IS("return_data", "true"))
/* a metric's key attributes: Type and Environment, and Name for a service */
#define KEY_ATTRIBUTES_LEAST \
	THEN(SET("key_attributes.Type"), SET("key_attributes.Environment"), \
	     ANY_OF(IS_NOT("key_attributes.Type", "Service", "RemoteService", "AWS::Service"), \
		    SET("key_attributes.Name")))
#define ASCII "^[[:print:][:cntrl:]]*$"

/* Its rows, in the order they run; aws_rules_tables (checks/tables.c) lists
 * this table. */
const struct aws_check_row aws_rules_applicationsignals[] = {
	AWS_SAYS("applicationsignals.sli_not_both",
		 "awscc.applicationsignals.service_level_objective", AWS_CALL_ANY, WHEN(SET("sli")),
		 THEN(UNSET("request_based_sli")),
		 "You can't specify both RequestBasedSliConfig and SliConfig in the same "
		 "operation.", AS "RequestBasedSliConfig"),
	AWS_SAYS("applicationsignals.latency_threshold",
		 "awscc.applicationsignals.service_level_objective", AWS_CALL_ANY,
		 WHEN(IS(RBS ".metric_type", "LATENCY")),
		 THEN(SET("request_based_sli.comparison_operator"),
		      SET("request_based_sli.metric_threshold")),
		 "This parameter is required if this SLO is tracking the Latency metric.",
		 AS "RequestBasedSliConfig.MetricThreshold"),
	AWS_SAYS("applicationsignals.interval_one",
		 "awscc.applicationsignals.service_level_objective", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("goal.interval", ALWAYS,
			   THEN(EXACTLY_ONE_OF(SET("rolling_interval"), SET("calendar_interval"))))),
		 "It can be either a calendar interval or rolling interval.", AS "Goal.Interval"),
	AWS_SAYS("applicationsignals.key_attributes_least",
		 "awscc.applicationsignals.service_level_objective", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH(SLI, WHEN(SET("key_attributes")), KEY_ATTRIBUTES_LEAST),
		      EACH(RBS, WHEN(SET("key_attributes")), KEY_ATTRIBUTES_LEAST)),
		 "To do so, you must specify at least the Type, Name, and Environment attributes.",
		 AS "SliConfig.SliMetricConfig.KeyAttributes"),
	AWS_SAYS("applicationsignals.query_expression_or_stat",
		 "awscc.applicationsignals.service_level_objective", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH_QUERY(EXACTLY_ONE_OF(SET("expression"), SET("metric_stat")))),
		 "Within each MetricDataQuery object, you must specify either Expression or "
		 "MetricStat but not both.", AS "SliConfig.SliMetricConfig.MetricDataQueries.Expression"),
	AWS_SAYS("applicationsignals.query_id_lowercase",
		 "awscc.applicationsignals.service_level_objective", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH_QUERY(MATCHES("id", "^[a-z]"))),
		 "The first character must be a lowercase letter.",
		 AS "SliConfig.SliMetricConfig.MetricDataQueries.Id"),
	AWS_SAYS("applicationsignals.query_id_characters",
		 "awscc.applicationsignals.service_level_objective", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH_QUERY(MATCHES("id", "^[A-Za-z0-9_]*$"))),
		 "The valid characters are letters, numbers, and underscore.",
		 AS "SliConfig.SliMetricConfig.MetricDataQueries.Id"),
	AWS_SAYS("applicationsignals.query_ids_unique",
		 "awscc.applicationsignals.service_level_objective", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH_QUERY_LIST(QUERY_IDS_UNIQUE)),
		 "This Id must be unique within a MetricDataQueries array.",
		 AS "SliConfig.SliMetricConfig.MetricDataQueries.Id"),
	AWS_SAYS("applicationsignals.query_one_expression_returns",
		 "awscc.applicationsignals.service_level_objective", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH_QUERY_LIST(ONE_EXPRESSION_RETURNS)),
		 "Of those Expression structures, exactly one must have true as the value for "
		 "`ReturnData`.",
		 "CloudFormation registry: AWS::ApplicationSignals::ServiceLevelObjective "
		 "MetricDataQuery"),
	AWS_SAYS("applicationsignals.query_period_60",
		 "awscc.applicationsignals.service_level_objective", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH_QUERY(ANY_OF(IS("metric_stat.period", "1", "5", "10", "20", "30"),
					MULTIPLE_OF("metric_stat.period", 60)))),
		 "For metrics with regular resolution, a period can be as short as one minute (60 "
		 "seconds) and must be a multiple of 60.",
		 AS "SliConfig.SliMetricConfig.MetricDataQueries.MetricStat.Period"),
	AWS_SAYS("applicationsignals.dimension_names",
		 "awscc.applicationsignals.service_level_objective", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH_DIMENSION(MATCHES("name", ASCII), MATCHES("name", "[^[:space:]]"),
				     NOT_MATCHES("name", "^:"))),
		 "Dimension names must contain only ASCII characters, must include at least one "
		 "non-whitespace character, and cannot start with a colon (:).",
		 AS "SliConfig.SliMetricConfig.MetricDataQueries.MetricStat.Metric.Dimensions.Name"),
	AWS_SAYS("applicationsignals.dimension_name_controls",
		 "awscc.applicationsignals.service_level_objective", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH_DIMENSION(NOT_MATCHES("name", "[[:cntrl:]]"))),
		 "ASCII control characters are not supported as part of dimension names.",
		 AS "SliConfig.SliMetricConfig.MetricDataQueries.MetricStat.Metric.Dimensions.Name"),
	AWS_SAYS("applicationsignals.dimension_values",
		 "awscc.applicationsignals.service_level_objective", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH_DIMENSION(MATCHES("value", ASCII), MATCHES("value", "[^[:space:]]"))),
		 "Dimension values must contain only ASCII characters and must include at least one "
		 "non-whitespace character.",
		 AS "SliConfig.SliMetricConfig.MetricDataQueries.MetricStat.Metric.Dimensions.Value"),
	AWS_SAYS("applicationsignals.dimension_value_controls",
		 "awscc.applicationsignals.service_level_objective", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH_DIMENSION(NOT_MATCHES("value", "[[:cntrl:]]"))),
		 "ASCII control characters are not supported as part of dimension values.",
		 AS "SliConfig.SliMetricConfig.MetricDataQueries.MetricStat.Metric.Dimensions.Value"),
	{ NULL },
};
