#!/usr/bin/env bash
# t1013-alarms: aws.cloudwatch.metric_alarm against moto — an alarm on a
# Glue job's failed tasks notifying an SNS topic the stack makes: every
# attribute read back with the AWS CLI, planned again as no change, the
# threshold, actions and tags changed in place, drift made with the AWS CLI
# shown and undone, import by name, refusals at file:line:col, an alarm of
# the same name already there refused before PutMetricAlarm (which would
# overwrite it), destroy leaving none. run.sh's contract check holds every
# request against the CloudWatch model (its query protocol).
. "$(dirname "$0")/../../lib.sh"

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

test_expect_success 'the threshold, description, actions and tags change in place' '
	THRESHOLD=3 PERIODS=2 DESCRIPTION="two failed runs" EXTRA_TAG="owner: bi" \
	OK_ACTIONS="ok_actions: [$TOPIC_ARN]" alarm_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ threshold *= 1 -> 3" &&
	test_match out "~ evaluation_periods *= 1 -> 2" &&
	test_not_contains out "forces replacement" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_equal "3.0 2 two failed runs $TOPIC_ARN" \
		"$(alarm_field "[Threshold, EvaluationPeriods, AlarmDescription, OKActions[0]]" | tr "\t" " ")" &&
	cw list-tags-for-resource --resource-arn "$(alarm_field AlarmArn)" --query Tags --output json >tags &&
	test_equal "owner=bi team=data" \
		"$(json_get tags "\" \".join(t[\"Key\"] + \"=\" + t[\"Value\"] for t in sorted(d, key=lambda t: t[\"Key\"]) if not t[\"Key\"].startswith(\"terrace:\"))")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'drift made with the AWS CLI is shown and undone' '
	export THRESHOLD=3 PERIODS=2 DESCRIPTION="two failed runs" EXTRA_TAG="owner: bi" \
		OK_ACTIONS="ok_actions: [$TOPIC_ARN]" &&
	alarm_stack &&
	cw put-metric-alarm --alarm-name glue-failures --namespace Glue \
		--metric-name glue.driver.aggregate.numFailedTasks --statistic Sum --period 300 \
		--evaluation-periods 2 --threshold 9 --comparison-operator GreaterThanOrEqualToThreshold \
		--treat-missing-data notBreaching --alarm-description "two failed runs" \
		--dimensions Name=JobName,Value=nightly-load Name=JobRunId,Value=ALL Name=Type,Value=count \
		--alarm-actions "$TOPIC_ARN" --ok-actions "$TOPIC_ARN" &&
	cw tag-resource --resource-arn "$(alarm_field AlarmArn)" --tags Key=extra,Value=x &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ threshold *= 9 -> 3" &&
	test_match out "- \"extra\" *= \"x\"" &&
	terrace apply -auto-approve >out 2>err &&
	test_equal 3.0 "$(alarm_field Threshold)" &&
	test_equal None "$(cw list-tags-for-resource --resource-arn "$(alarm_field AlarmArn)" \
		--query "Tags[?Key==\`extra\`] | [0].Value" --output text)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'import by name, then no changes' '
	export THRESHOLD=3 PERIODS=2 DESCRIPTION="two failed runs" EXTRA_TAG="owner: bi" \
		OK_ACTIONS="ok_actions: [$TOPIC_ARN]" &&
	alarm_stack &&
	terrace state rm failures >out 2>err &&
	terrace import failures glue-failures >out 2>err &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'what PutMetricAlarm refuses is refused at validate, at file:line:col' '
	mkdir bad &&
	write_stack bad/stack.yaml &&
	printf "resources:\n" >>bad/stack.yaml &&
	for r in "a: {period: 90}" "b: {extended_statistic: p99}" "c: {period: 60, evaluation_periods: 1441}" \
		"d: {evaluation_periods: 2, datapoints_to_alarm: 3}" "e: {comparison_operator: Above}" \
		"f: {treat_missing_data: zero}"; do
		name=${r%%:*} &&
		printf "  %s:\n    type: aws.cloudwatch.metric_alarm\n    alarm_name: %s\n" "$name" "$name" &&
		echo "$r" | python3 -c "
import sys, yaml
over = list(yaml.safe_load(sys.stdin).values())[0]
base = {\"namespace\": \"Glue\", \"metric_name\": \"m\", \"statistic\": \"Sum\", \"period\": 300,
        \"evaluation_periods\": 1, \"threshold\": 1, \"comparison_operator\": \"GreaterThanThreshold\"}
base.update(over)
for k, v in base.items():
    print(f\"    {k}: {v}\")" || return 1
	done >>bad/stack.yaml &&
	(cd bad && test_expect_code 1 terrace validate >../out 2>../err) &&
	test_match err "^./stack.yaml:[0-9]+:[0-9]+: error: resource \"a\" .*period: .*a period of 90 seconds: an alarm takes 10, 20, 30 or a multiple of 60" &&
	test_match err "^./stack.yaml:[0-9]+:[0-9]+: error: resource \"b\" .*statistic and extended_statistic are both set" &&
	test_match err "^./stack.yaml:[0-9]+:[0-9]+: error: resource \"c\" .*evaluation_periods: 1441 periods of 60 seconds evaluate 86460 seconds" &&
	test_match err "^./stack.yaml:[0-9]+:[0-9]+: error: resource \"d\" .*datapoints_to_alarm: .*M of N needs M at most N" &&
	test_match err "^./stack.yaml:[0-9]+:[0-9]+: error: resource \"e\" .*comparison_operator: \"Above\" is not one of" &&
	test_match err "^./stack.yaml:[0-9]+:[0-9]+: error: resource \"f\" .*treat_missing_data: \"zero\" is not one of" &&
	test_equal 6 "$(grep -c "error: resource" err)"
'

test_expect_success 'an action naming a queue, or a topic by its name, is refused at its file:line:col; a topic ARN passes' '
	mkdir actions &&
	write_stack actions/stack.yaml &&
	cat >>actions/stack.yaml <<-YAML &&
	resources:
	  alerts: {type: aws.sns.topic, name: alerts}
	  landing: {type: aws.sqs.queue, name: landing}
	  a:
	    type: aws.cloudwatch.metric_alarm
	    alarm_name: a
	    namespace: Glue
	    metric_name: m
	    statistic: Sum
	    period: 300
	    evaluation_periods: 1
	    threshold: 1
	    comparison_operator: GreaterThanThreshold
	    alarm_actions:
	      - \${landing.arn}
	    ok_actions:
	      - \${alerts.name}
	    insufficient_data_actions:
	      - \${alerts.arn}
	      - arn:aws:sns:us-east-1:$ACCOUNT:elsewhere
	YAML
	(cd actions && test_expect_code 1 terrace validate >../out 2>../err) &&
	test_line err "./stack.yaml:26:5: error: resource \"a\" (aws.cloudwatch.metric_alarm): alarm_actions: \${landing.arn} is an aws.sqs.queue'"'"'s, which no alarm notifies: an action is an SNS topic'"'"'s ARN (an aws.sns.topic'"'"'s \${NAME.arn}), or a Lambda function'"'"'s" &&
	test_contains err "resource \"landing\" type is at ./stack.yaml:15:3" &&
	test_match err "^./stack.yaml:28:5: error: resource \"a\" .*: ok_actions: .*alerts.name. names the name of alerts, where an action is an ARN" &&
	test_equal 2 "$(grep -c "error: resource" err)" &&
	sed -i -e "s/- .{landing.arn}/- alerts/" -e "s/- .{alerts.name}/- \\\${alerts.arn}/" actions/stack.yaml &&
	(cd actions && test_expect_code 1 terrace validate >../out 2>../err) &&
	test_match err "^./stack.yaml:[0-9]+:[0-9]+: error: resource \"a\" .*alarm_actions: \"alerts\" is not an ARN" &&
	sed -i -e "s/- alerts$/- \\\${alerts.arn}/" actions/stack.yaml &&
	(cd actions && terrace validate >../out 2>../err)
'

test_expect_success 'an alarm of the name already there is refused, not overwritten: PutMetricAlarm would replace it' '
	mkdir theirs &&
	cw put-metric-alarm --alarm-name theirs --namespace AWS/Lambda --metric-name Errors \
		--statistic Sum --period 60 --evaluation-periods 1 --threshold 5 \
		--comparison-operator GreaterThanThreshold --tags Key=terrace:stack,Value=other &&
	write_stack theirs/stack.yaml &&
	cat >>theirs/stack.yaml <<-YAML &&
	resources:
	  a: {type: aws.cloudwatch.metric_alarm, alarm_name: theirs, namespace: Glue, metric_name: m,
	      statistic: Sum, period: 300, evaluation_periods: 1, threshold: 1,
	      comparison_operator: GreaterThanThreshold}
	YAML
	(cd theirs && test_expect_code 1 terrace apply -auto-approve >../out 2>../err) &&
	test_contains err "CloudWatch alarm theirs already exists but is not in this state: import it or choose another alarm_name" &&
	test_equal "AWS/Lambda 5.0" "$(cw describe-alarms --alarm-names theirs \
		--query "MetricAlarms[0].[Namespace, Threshold]" --output text | tr "\t" " ")" &&
	cw delete-alarms --alarm-names theirs
'

test_expect_success 'destroy leaves no alarm' '
	export THRESHOLD=3 PERIODS=2 DESCRIPTION="two failed runs" EXTRA_TAG="owner: bi" \
		OK_ACTIONS="ok_actions: [$TOPIC_ARN]" &&
	alarm_stack &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 2 destroyed." &&
	test_equal 0 "$(cw describe-alarms --query "length(MetricAlarms)")"
'

test_expect_success 'sweep finds a lab alarm by its tags and deletes it; one made by hand is listed as not the lab'"'"'s and left' '
	mkdir lab &&
	write_stack lab/stack.yaml &&
	cat >>lab/stack.yaml <<-YAML &&
	lab:
	  allowed_endpoints: ["$TEST_ENDPOINT/"]
	  name_prefix: t1013
	resources:
	  a: {type: aws.cloudwatch.metric_alarm, alarm_name: t1013-lab, namespace: AWS/Lambda,
	      metric_name: Errors, statistic: Sum, period: 60, evaluation_periods: 1, threshold: 1,
	      comparison_operator: GreaterThanThreshold}
	YAML
	cw put-metric-alarm --alarm-name t1013-by-hand --namespace AWS/Lambda --metric-name Errors \
		--statistic Sum --period 60 --evaluation-periods 1 --threshold 5 \
		--comparison-operator GreaterThanThreshold &&
	(cd lab && terrace apply -auto-approve >../out 2>../err) &&
	rm -f lab/terrace.state.json* &&
	(cd lab && terrace sweep >../out 2>../err) &&
	printf "%s\n" "aws.cloudwatch.metric_alarm t1013-by-hand - - not the lab'\''s, left" \
		"aws.cloudwatch.metric_alarm t1013-lab t1013-alarms default by tag" >expect &&
	sweep_rows out >found &&
	test_cmp expect found &&
	(cd lab && terrace sweep -force >../out 2>../err) &&
	test_contains out "Sweep complete!" &&
	test_equal t1013-by-hand "$(cw describe-alarms --query "MetricAlarms[].AlarmName" --output text)"
'

test_done
