#!/usr/bin/env bash
# t1303-between-variable: a rule between attributes is judged on the values
# as plan evaluates them: an awscc alarm's metric_name given through a
# variable beside its metrics, and a written queue's sqs_managed_sse_enabled
# through a local, pass validate (a value not known yet decides nothing) and
# are refused at plan naming the resource and the attribute; the variable
# unset (null: the attribute left out) plans.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

stack () {
	write_stack stack.yaml '  metric: {type: string, default: null}
  sse: {type: bool, default: false}'
	cat >>stack.yaml <<-'YAML'
	locals:
	  sqs_sse: "${var.sse}"
	resources:
	  alarm:
	    type: awscc.cloudwatch.alarm
	    alarm_name: t1303-errors
	    comparison_operator: GreaterThanThreshold
	    evaluation_periods: 1
	    threshold: 1
	    metric_name: "${var.metric}"
	    metrics:
	      - {id: m1, expression: "SUM(METRICS())", return_data: true}
	  orders:
	    type: aws.sqs.queue
	    name: t1303-orders
	    kms_master_key_id: alias/aws/sqs
	    sqs_managed_sse_enabled: "${local.sqs_sse}"
	YAML
}

test_expect_success 'validate passes what only plan knows' '
	stack &&
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid"
'

test_expect_success 'metric_name through a variable beside metrics is refused at plan' '
	test_expect_code 1 terrace plan -no-color -input=false -var metric=Errors >out 2>err &&
	test_contains err "alarm" &&
	test_contains err "metric_name: metrics and metric_name exclude each other: AWS takes one of them; drop metric_name or metrics"
'

test_expect_success 'sqs_managed_sse_enabled true through a local beside a KMS key is refused at plan' '
	test_expect_code 1 terrace plan -no-color -input=false -var sse=true >out 2>err &&
	test_contains err "orders" &&
	test_contains err "sqs_managed_sse_enabled: kms_master_key_id and sqs_managed_sse_enabled exclude each other"
'

test_expect_success 'the variables left at their defaults plan' '
	terrace plan -no-color -input=false >out 2>err &&
	test_contains out "Plan: 2 to add, 0 to change, 0 to destroy."
'

test_done
