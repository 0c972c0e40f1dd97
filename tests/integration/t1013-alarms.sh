#!/usr/bin/env bash
# t1013-alarms: aws.cloudwatch.metric_alarm against moto — an alarm on a
# Glue job's failed tasks notifying an SNS topic the stack makes: every
# attribute read back with the AWS CLI, planned again as no change, the
# threshold, actions and tags changed in place, drift made with the AWS CLI
# shown and undone, import by name, refusals at file:line:col, an alarm of
# the same name already there refused before PutMetricAlarm (which would
# overwrite it), destroy leaving none. run.sh's contract check holds every
# request against the CloudWatch model (its query protocol).
. "$(dirname "$0")/lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

ACCOUNT=123456789012
TOPIC_ARN=arn:aws:sns:us-east-1:$ACCOUNT:pipeline-alerts

cw () { s3 cloudwatch "$@"; }

# alarm_field FIELD: one field of alarm glue-failures as DescribeAlarms gives it.
alarm_field () {
	cw describe-alarms --alarm-names glue-failures --query "MetricAlarms[0].$1" --output text
}

alarm_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  alerts:
	    type: aws.sns.topic
	    name: pipeline-alerts
	  failures:
	    type: aws.cloudwatch.metric_alarm
	    alarm_name: glue-failures
	    alarm_description: ${DESCRIPTION:-the nightly load failed}
	    namespace: Glue
	    metric_name: glue.driver.aggregate.numFailedTasks
	    dimensions:
	      JobName: nightly-load
	      JobRunId: ALL
	      Type: count
	    statistic: Sum
	    period: 300
	    evaluation_periods: ${PERIODS:-1}
	    threshold: ${THRESHOLD:-1}
	    comparison_operator: GreaterThanOrEqualToThreshold
	    treat_missing_data: notBreaching
	    alarm_actions:
	      - \${alerts.arn}
	    ${OK_ACTIONS:-ok_actions: []}
	    tags:
	      team: data
	      ${EXTRA_TAG:-env: dev}
	YAML
}

test_expect_success 'apply makes the topic and the alarm; the AWS CLI reads every attribute back' '
	alarm_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	cw describe-alarms --alarm-names glue-failures --query "MetricAlarms[0]" --output json >alarm &&
	test_equal "Glue glue.driver.aggregate.numFailedTasks Sum 300 1 1.0 GreaterThanOrEqualToThreshold notBreaching" \
		"$(json_get alarm "\" \".join(str(d[k]) for k in (\"Namespace\", \"MetricName\", \"Statistic\", \"Period\", \"EvaluationPeriods\", \"Threshold\", \"ComparisonOperator\", \"TreatMissingData\"))")" &&
	test_equal "JobName=nightly-load JobRunId=ALL Type=count" \
		"$(json_get alarm "\" \".join(x[\"Name\"] + \"=\" + x[\"Value\"] for x in sorted(d[\"Dimensions\"], key=lambda x: x[\"Name\"]))")" &&
	test_equal "$TOPIC_ARN" "$(json_get alarm "\" \".join(d[\"AlarmActions\"])")" &&
	test_equal "the nightly load failed True" "$(json_get alarm "d[\"AlarmDescription\"] + \" \" + str(d[\"ActionsEnabled\"])")" &&
	cw list-tags-for-resource --resource-arn "$(alarm_field AlarmArn)" --query Tags --output json >tags &&
	test_equal "env=dev team=data terrace:stack=$TEST_NAME terrace:workspace=default" \
		"$(json_get tags "\" \".join(t[\"Key\"] + \"=\" + t[\"Value\"] for t in sorted(d, key=lambda t: t[\"Key\"]))")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'
