/*
 * cloudwatch/rules.c: the CloudWatch alarm rules its model does not carry
 * (checks/rules.h), each from PutMetricAlarm's API reference: the periods an alarm
 * takes, a statistic or an extended one (not both), how long the periods
 * evaluated may last together, and M of N datapoints with M at most N;
 * an alarm's actions are ARNs of the services alarms notify, and one given
 * by reference names an SNS topic or a Lambda function of the stack by its
 * ARN, an attribute that gives that kind of identifier (kinds/api.h: a
 * written type's or its awscc twin's) (check_alarms, a check across resources: an SQS queue's ARN, or
 * a topic's name, is refused as PutMetricAlarm refuses it). AWS's words
 * (checks/words/cloudwatch.words) on the written alarm and on the awscc
 * alarm, dashboard, metric stream and alarm mute rule, and the written
 * alarm's period and M of N rules run on the awscc alarm too.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/cloudwatch/api.h"
#include "provider/aws/checks/kinds/api.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/checks/shared.h"
#include "provider/provider.h"

/* Member `name` of r as a known number: 1 with *out, else 0. */
static int member_number(const json_t *r, const char *name, double *out)
{
	return value_known_object(r) && known_number(json_object_get(r, name), out);
}

/* Period: "Valid values are 10, 20, 30, and any multiple of 60." */
int rule_cloudwatch_period(const json_t *v, const json_t *r, struct strbuf *err)
{
	double n;

	(void)r;
	if (!known_number(v, &n) || n == 10 || n == 20 || n == 30 ||
	    (n >= 60 && n == (long long)n && (long long)n % 60 == 0))
		return 0;
	strbuf_addf(err, "a period of %g seconds: an alarm takes 10, 20, 30 or a multiple of 60 "
		    "(e.g. 300)", n);
	return -1;
}

/* Statistic, ExtendedStatistic: "you must specify either Statistic or
 * ExtendedStatistic, but not both." A rule of the whole alarm (v). Both set
 * is refused only when both are set for certain (surely_set): a module's
 * `extended_statistic: ${var.extended_statistic}` beside `statistic:
 * ${var.statistic}` may be null at plan (terraform-aws-cloudwatch's
 * metric-alarm module, tests/corpus/tfheldout). */
int rule_cloudwatch_statistic(const json_t *v, const json_t *r, struct strbuf *err)
{
	bool statistic = is_set(v, "statistic"), extended = is_set(v, "extended_statistic");

	(void)r;
	if (!value_known_object(v) || statistic != extended)
		return 0;
	if (statistic && !(surely_set(v, "statistic") && surely_set(v, "extended_statistic")))
		return 0;
	strbuf_addstr(err, statistic ? "statistic and extended_statistic are both set: an alarm "
				       "takes one of them (e.g. statistic: Sum)"
				     : "an alarm on a metric needs statistic (e.g. Sum) or "
				       "extended_statistic (e.g. p99)");
	return -1;
}

/* EvaluationPeriods: "Period multiplied by EvaluationPeriods can't be more
 * than 604,800 seconds. For alarms with a period of less than one hour
 * (3,600 seconds), the total evaluation period can't be longer than one day
 * (86,400 seconds)." */
int rule_cloudwatch_evaluation(const json_t *v, const json_t *r, struct strbuf *err)
{
	double n, period, most;

	if (!known_number(v, &n) || !member_number(r, "period", &period))
		return 0;
	most = period < 3600 ? 86400 : 604800;
	if (n * period <= most)
		return 0;
	strbuf_addf(err, "%g periods of %g seconds evaluate %g seconds, where an alarm evaluates "
		    "at most %g (%s)", n, period, n * period, most,
		    period < 3600 ? "one day with a period under an hour" : "seven days");
	return -1;
}

/* An alarm's metrics (PutMetricAlarm Metrics, the registry's
 * MetricDataQuery.ReturnData): "specify True for the one expression result
 * to use as the alarm ... For all other metrics and expressions ... specify
 * ReturnData as False"; ReturnData left out is True. PutMetricAlarm refuses
 * a list where not exactly one item returns data. v is the list. An
 * anomaly detection alarm (ThresholdMetricId: its band's expression) is
 * not judged: its metric and its band both return data. */
static int rule_cloudwatch_return_data(const json_t *v, const json_t *r, struct strbuf *err)
{
	size_t i, returning = 0;
	json_t *item;

	if (!json_is_array(v) || json_array_size(v) == 0 || !value_known_object(r) ||
	    value_set_ness(json_object_get(r, "threshold_metric_id")) != 0)
		return 0;
	json_array_foreach(v, i, item) {
		json_t *rd = value_known_object(item) ? json_object_get(item, "return_data") : NULL;
		const char *s = value_known_string(rd);

		if (!value_known_object(item) || (rd && value_not_known(rd)))
			return 0;
		if (!rd || json_is_null(rd) || json_is_true(rd) || (s && !strcmp(s, "true")))
			returning++;
	}
	if (returning == 1)
		return 0;
	strbuf_addf(err, "%zu of the %zu metrics return data, where exactly one must: the "
		    "alarm's own result has return_data true (or left out), every other "
		    "return_data false", returning, json_array_size(v));
	return -1;
}

/* DatapointsToAlarm: the M of an "M out of N" alarm, N its
 * EvaluationPeriods (CloudWatch User Guide: Evaluating an alarm). */
int rule_cloudwatch_datapoints(const json_t *v, const json_t *r, struct strbuf *err)
{
	double m, n;

	if (!known_number(v, &m) || !member_number(r, "evaluation_periods", &n) || m <= n)
		return 0;
	strbuf_addf(err, "%g datapoints to alarm of %g evaluation periods: M of N needs M at most "
		    "N (e.g. %g)", m, n, n);
	return -1;
}

/* A dimension's name or value as PutMetricAlarm's Dimensions say it:
 * "Dimension names must contain only ASCII characters, must include at
 * least one non-whitespace character, and cannot start with a colon (:).
 * ASCII control characters are not supported as part of dimension names."
 * (values: the same but the colon). 0, or -1 with why. */
static int dimension_text(const char *what, const char *s, bool name, struct strbuf *err)
{
	bool printing = false;

	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p > 0x7E || *p < 0x20) {
			strbuf_addf(err, "dimension %s \"%s\" has %s: AWS says dimension %ss \"must "
				    "contain only ASCII characters\" and \"ASCII control characters "
				    "are not supported\" (e.g. JobName)", what, s,
				    *p > 0x7F ? "a character outside ASCII" : "a control character",
				    what);
			return -1;
		}
		printing |= *p != ' ';
	}
	if (!printing) {
		strbuf_addf(err, "dimension %s \"%s\": AWS says dimension %ss \"must include at "
			    "least one non-whitespace character\" (e.g. JobName)", what, s, what);
		return -1;
	}
	if (name && *s == ':') {
		strbuf_addf(err, "dimension name \"%s\": AWS says dimension names \"cannot start "
			    "with a colon (:)\" (e.g. JobName)", s);
		return -1;
	}
	return 0;
}

/* Dimensions: at most 30, a name of 1 to 255 characters and a value of 1
 * to 1,024 (PutMetricAlarm Dimensions; the model's Dimension, sent as a
 * list of Name and Value made from the map), each of ASCII (above). */
int rule_cloudwatch_dimensions(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *key;
	json_t *value;

	(void)r;
	if (!value_known_object(v))
		return 0;
	if (json_object_size(v) > 30) {
		strbuf_addf(err, "%zu dimensions, where a metric has at most 30",
			    json_object_size(v));
		return -1;
	}
	json_object_foreach((json_t *)v, key, value) {
		const char *s = value_known_string(value);
		size_t n = s ? utf8_length(s) : 1;

		if (value_key_not_known(key))
			continue;
		if (!*key || utf8_length(key) > 255) {
			strbuf_addf(err, "dimension name \"%s\": a name has 1 to 255 characters "
				    "(e.g. JobName)", key);
			return -1;
		}
		if (n < 1 || n > 1024) {
			strbuf_addf(err, "dimension %s: a value has 1 to 1,024 characters, got %zu "
				    "(e.g. nightly-load)", key, n);
			return -1;
		}
		if (dimension_text("name", key, true, err) ||
		    (s && dimension_text("value", s, false, err)))
			return -1;
	}
	return 0;
}

/* The services whose ARNs an alarm's actions are (PutMetricAlarm
 * AlarmActions' valid values: EC2 actions, Auto Scaling, Lambda, SNS,
 * Systems Manager OpsItems and incidents). */
static const char *const action_services[] = { "sns", "lambda", "automate", "swf", "autoscaling",
					       "ssm", "ssm-incidents", NULL };

/* An action as written: an ARN of one of action_services. */
int rule_cloudwatch_actions(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *e;
	size_t i;

	(void)r;
	json_array_foreach((json_t *)v, i, e) {
		const char *s = value_known_string(e), *service;
		size_t len;

		if (!s || strstr(s, "${"))
			continue;
		if (!has_prefix(s, "arn:") || !(service = strchr(s + 4, ':'))) {
			strbuf_addf(err, "\"%s\" is not an ARN: an action is a topic's ARN (e.g. "
				    "${alerts.arn}), a Lambda function's, an EC2 or Auto Scaling "
				    "action's", s);
			return -1;
		}
		service++;
		len = strcspn(service, ":");
		for (const char *const *a = action_services; *a; a++)
			if (strlen(*a) == len && !strncmp(*a, service, len))
				goto next;
		strbuf_addf(err, "\"%s\" is an ARN of %.*s, which no alarm action is: an action is "
			    "an SNS topic, a Lambda function, an EC2, Auto Scaling or Systems "
			    "Manager action", s, (int)len, service);
		return -1;
next:;
	}
	return 0;
}

/* The kinds of identifier an alarm's action is, by reference
 * (${NAME.ATTR}: an attribute that gives one, a written type's or its
 * awscc twin's: an aws.sns.topic's arn, an awscc.sns.topic's topic_arn). */
static const char *const action_kinds[] = { "AWS::SNS::Topic.Arn", "AWS::Lambda::Function.Arn",
					    NULL };

/* The kind of action_kinds that attribute `attr` of `type` gives, or NULL. */
static const char *action_kind(const char *type, const char *attr)
{
	struct aws_kinds ks = aws_kinds_of(type, attr, true);

	for (const char *const *k = action_kinds; *k; k++)
		if (aws_kinds_has(&ks, *k))
			return *k;
	return NULL;
}

/* The attribute of `type` that gives an action's kind (the ARN of a topic
 * or a function: "arn", "topic_arn"), or NULL when none does. */
static const char *action_attr(const char *type)
{
	/* the longer names first: an awscc type's kinds answer for an
	 * "arn" it may not have (kinds/api.h) */
	static const char *const arns[] = { "topic_arn", "function_arn", "arn", NULL };

	for (const char *const *a = arns; *a; a++)
		if (action_kind(type, *a))
			return *a;
	return NULL;
}

/* One alarm's action lists against what their references name. */
static void check_alarm(const struct written_resource *rs, size_t n, size_t at,
			check_report_fn report, void *ctx)
{
	static const char *const lists[] = { "alarm_actions", "ok_actions",
					     "insufficient_data_actions", NULL };

	for (const char *const *l = lists; *l; l++) {
		const json_t *list = json_object_get(rs[at].config, *l), *e;
		size_t i;

		json_array_foreach((json_t *)list, i, e) {
			const char *s = json_string_value(e);
			char name[256], attr[32], rest, *msg;
			size_t k;
			bool takes = false;

			if (!s || sscanf(s, " ${ %255[A-Za-z0-9_-].%31[a-z_] } %c", name, attr,
					 &rest) != 2)
				continue;
			for (k = 0; k < n && strcmp(rs[k].name, name); k++)
				;
			if (k == n || action_kind(rs[k].type, attr))
				continue;
			const char *arn = action_attr(rs[k].type);
			takes = arn != NULL;
			msg = takes ? xasprintf("%s: %s names the %s of %s, where an action is "
						"an ARN (${%s.%s})", *l, s, attr, name, name, arn)
				    : xasprintf("%s: %s is an %s's, which no alarm notifies: an "
						"action is an SNS topic's ARN (an aws.sns.topic's "
						"${NAME.arn}), or a Lambda function's", *l, s,
						rs[k].type);
			report(ctx, &(struct check_finding){
				.warning = false, .which = at, .attr = *l, .other = k,
				.other_attr = "type", .message = msg });
			free(msg);
		}
	}
}

/* Across resources: an alarm's action given as ${NAME.ATTR} names an SNS
 * topic or Lambda function of the stack by ARN. */

static void check_alarms(const struct written_resource *rs, size_t n,
			 check_report_fn report, void *ctx)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(rs[i].type, "aws.cloudwatch.metric_alarm"))
			check_alarm(rs, n, i, report, ctx);
}

/*
 * The CloudWatch rows of the one table of checks (checks/row.h), in the order
 * they run: a type's rows for single values before its rows for the whole
 * resource; aws_rules_tables (checks/tables.c) lists this table.
 */
WORDS(cloudwatch_missing_data, "breaching", "notBreaching", "ignore", "missing");

#define CLOUDWATCH_API "CloudWatch API reference: "

/* The comparison operators of an anomaly detection model's band. */
#define BAND_OPERATORS "LessThanLowerOrGreaterThanUpperThreshold", "LessThanLowerThreshold", \
	"GreaterThanUpperThreshold"
#define BAND_OPERATORS_ONLY "The values LessThanLowerOrGreaterThanUpperThreshold, " \
	"LessThanLowerThreshold, and GreaterThanUpperThreshold are used only for alarms based on " \
	"anomaly detection models."

const struct aws_check_row aws_rules_cloudwatch[] = {
	RULE("aws.cloudwatch.metric_alarm", "period", rule_cloudwatch_period,
	     CLOUDWATCH_API "PutMetricAlarm Period (10, 20, 30 or a multiple of 60)"),
	ONE_OF("aws.cloudwatch.metric_alarm", "treat_missing_data", cloudwatch_missing_data,
	       CLOUDWATCH_API "PutMetricAlarm TreatMissingData"),
	RULE("aws.cloudwatch.metric_alarm", "evaluation_periods", rule_cloudwatch_evaluation,
	     CLOUDWATCH_API "PutMetricAlarm Period (times EvaluationPeriods at most 604,800 "
	     "seconds, 86,400 under an hour's period)"),
	RULE("aws.cloudwatch.metric_alarm", "alarm_actions", rule_cloudwatch_actions,
	     CLOUDWATCH_API "PutMetricAlarm AlarmActions (valid values)"),
	RULE("aws.cloudwatch.metric_alarm", "ok_actions", rule_cloudwatch_actions,
	     CLOUDWATCH_API "PutMetricAlarm OKActions (valid values)"),
	RULE("aws.cloudwatch.metric_alarm", "insufficient_data_actions", rule_cloudwatch_actions,
	     CLOUDWATCH_API "PutMetricAlarm InsufficientDataActions (valid values)"),
	RULE("aws.cloudwatch.metric_alarm", "dimensions", rule_cloudwatch_dimensions,
	     CLOUDWATCH_API "PutMetricAlarm Dimensions (30 at most), Dimension Name (1 to 255), "
	     "Value (1 to 1,024)"),
	RULE("aws.cloudwatch.metric_alarm", "datapoints_to_alarm", rule_cloudwatch_datapoints,
	     "CloudWatch User Guide: evaluating an alarm (M out of N)"),
	RULE("aws.cloudwatch.metric_alarm", "", rule_cloudwatch_statistic,
	     CLOUDWATCH_API "PutMetricAlarm Statistic, ExtendedStatistic (one, not both)"),
	ACROSS_ROW("aws.cloudwatch.metric_alarm", check_alarms,
		   "CloudWatch API reference: PutMetricAlarm AlarmActions"),
	/* AWS's words (checks/words/cloudwatch.words). */
	AWS_SAYS("cloudwatch.alarm_name_no_controls", "aws.cloudwatch.metric_alarm",
		 AWS_CALL_CREATE, WHEN(SET("alarm_name")),
		 THEN(NOT_MATCHES("alarm_name", "[[:cntrl:]]")),
		 "The name must contain only UTF-8 characters, and can't contain ASCII control "
		 "characters", "cloudwatch PutMetricAlarm AlarmName"),
	AWS_SAYS("cloudwatch.cfn_alarm_name_no_controls", "awscc.cloudwatch.alarm",
		 AWS_CALL_CREATE, WHEN(SET("alarm_name")),
		 THEN(NOT_MATCHES("alarm_name", "[[:cntrl:]]")),
		 "The name must contain only UTF-8 characters, and can't contain ASCII control "
		 "characters", "cloudwatch PutMetricAlarm AlarmName"),
	/* The operators of a band are an anomaly detection model's alone
	 * (PutMetricAlarm answers "ComparisonOperators for ranges require
	 * ThresholdMetricId to be set"): the written alarm sends a static
	 * threshold always, and no ThresholdMetricId; an awscc alarm of such an
	 * operator names its band's query, and one of a band takes no static
	 * threshold. */
	AWS_SAYS("cloudwatch.static_threshold_operators", "aws.cloudwatch.metric_alarm",
		 AWS_CALL_ANY, ALWAYS, THEN(IS_NOT("comparison_operator", BAND_OPERATORS)),
		 BAND_OPERATORS_ONLY, "cloudwatch PutMetricAlarm ComparisonOperator"),
	AWS_SAYS("cloudwatch.cfn_band_operators_need_model", "awscc.cloudwatch.alarm",
		 AWS_CALL_ANY, WHEN(IS("comparison_operator", BAND_OPERATORS)),
		 THEN(SET("threshold_metric_id")),
		 BAND_OPERATORS_ONLY, "cloudwatch PutMetricAlarm ComparisonOperator"),
	AWS_SAYS("cloudwatch.cfn_no_threshold_with_model", "awscc.cloudwatch.alarm",
		 AWS_CALL_ANY, WHEN(SET("threshold_metric_id")), THEN(UNSET("threshold")),
		 "This parameter is required for alarms based on static thresholds, but should not "
		 "be used for alarms based on anomaly detection models.",
		 "cloudwatch PutMetricAlarm Threshold"),
	/* On the awscc types: what the registry's schemas describe but their
	 * keywords do not hold. */
	AWS_SAYS("cloudwatch.cfn_dashboard_name_1_to_255", "awscc.cloudwatch.dashboard",
		 AWS_CALL_ANY, ALWAYS, THEN(LEN_IN("dashboard_name", 1, 255)),
		 "The name must be between 1 and 255 characters.",
		 "CloudFormation registry: AWS::CloudWatch::Dashboard DashboardName"),
	AWS_SAYS("cloudwatch.cfn_metric_alarm_namespace_period", "awscc.cloudwatch.alarm",
		 AWS_CALL_ANY, WHEN(SET("metric_name")), THEN(SET("namespace"), SET("period")),
		 "This is required for an alarm based on a metric.",
		 "CloudFormation registry: AWS::CloudWatch::Alarm Namespace, Period"),
	/* (Both is the schema's dependentExcluded too.) */
	AWS_SAYS("cloudwatch.cfn_metric_alarm_one_statistic", "awscc.cloudwatch.alarm",
		 AWS_CALL_ANY, WHEN(SET("metric_name")),
		 THEN(EXACTLY_ONE_OF(SET("statistic"), SET("extended_statistic"))),
		 "For an alarm based on a metric, you must specify either ``Statistic`` or "
		 "``ExtendedStatistic`` but not both.",
		 "CloudFormation registry: AWS::CloudWatch::Alarm Statistic"),
	AWS_SAYS("cloudwatch.cfn_stream_filters_one_kind", "awscc.cloudwatch.metric_stream",
		 AWS_CALL_ANY, WHEN(SET("include_filters")), THEN(UNSET("exclude_filters")),
		 "IncludeFilters and ExcludeFilters are mutually exclusive.",
		 "CloudFormation registry: AWS::CloudWatch::MetricStream IncludeFilters"),
	/* (The registry's requiredXor of Metrics and MetricName is not carried:
	 * an EvaluationCriteria alone is a third way, cloudcontrol/schemas.gen.c.) */
	AWS_SAYS("cloudwatch.cfn_alarm_needs_a_metric", "awscc.cloudwatch.alarm", AWS_CALL_ANY,
		 WHEN(UNSET("metrics"), UNSET("evaluation_criteria")), THEN(SET("metric_name")),
		 "For each PutMetricAlarm operation, you must specify either MetricName, a Metrics "
		 "array, or an EvaluationCriteria.", "cloudwatch PutMetricAlarm MetricName"),
	AWS_SAYS("cloudwatch.cfn_query_expression_or_stat", "awscc.cloudwatch.alarm",
		 AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("metrics", ALWAYS,
			   THEN(EXACTLY_ONE_OF(SET("expression"), SET("metric_stat"))))),
		 "Within each MetricDataQuery object, you must specify either ``Expression`` or "
		 "``MetricStat`` but not both.",
		 "CloudFormation registry: AWS::CloudWatch::Alarm MetricDataQuery.Expression"),
	/* A period neither resolution takes: a regular one's is a multiple of
	 * 60, a high-resolution one's 1, 5, 10, 20, 30 or such a multiple (the
	 * sentences after it); which a metric is, is CloudWatch's data. */
	AWS_SAYS("cloudwatch.cfn_query_period_60", "awscc.cloudwatch.alarm", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("metrics", ALWAYS,
			   THEN(ANY_OF(IS("metric_stat.period", "1", "5", "10", "20", "30"),
				       MULTIPLE_OF("metric_stat.period", 60)),
				ANY_OF(IS("period", "1", "5", "10", "20", "30"),
				       MULTIPLE_OF("period", 60))))),
		 "For metrics with regular resolution, a period can be as short as one minute (60 "
		 "seconds) and must be a multiple of 60.",
		 "CloudFormation registry: AWS::CloudWatch::Alarm MetricStat.Period"),
	/* The registry's Period and DatapointsToAlarm say what the written
	 * alarm's rules hold (checks/words/cloudwatch.words), in the same names. */
	RULE("awscc.cloudwatch.alarm", "period", rule_cloudwatch_period,
	     "CloudFormation registry: AWS::CloudWatch::Alarm Period"),
	RULE("awscc.cloudwatch.alarm", "datapoints_to_alarm", rule_cloudwatch_datapoints,
	     "CloudFormation registry: AWS::CloudWatch::Alarm DatapointsToAlarm"),
	RULE("awscc.cloudwatch.alarm", "metrics", rule_cloudwatch_return_data,
	     "CloudFormation registry: AWS::CloudWatch::Alarm MetricDataQuery.ReturnData"),
	RULE("awscc.cloudwatch.alarm_mute_rule", "tags", rule_tag_list_keys,
	     "CloudFormation registry: AWS::CloudWatch::AlarmMuteRule Tag.Key"),
	AWS_SAYS("cloudwatch.cfn_metric_ids_unique", "awscc.cloudwatch.alarm", AWS_CALL_ANY, ALWAYS,
		 THEN(UNIQUE("metrics[].id")),
		 "This name must be unique within a single call to ``GetMetricData``.",
		 "CloudFormation registry: AWS::CloudWatch::Alarm MetricDataQuery.Id"),
	{ NULL },
};
