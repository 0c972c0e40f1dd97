#!/usr/bin/env bash
# t0094-warnings-run-time: what AWS takes and the run then fails on, or
# never runs, is a warning of the one table's rows marked `warn`
# (issue 39 §4): an EXPRESS state machine that waits or times out past the
# five minutes an Express execution lasts, a recurring schedule whose
# end_date is not after its start_date. validate warns at the resource's
# FILE:LINE:COL and passes; `validate -strict` makes them errors; the values
# at the edge (300 seconds, an end a second after the start, a one-time
# schedule, which ignores the dates) warn of nothing; a value given by a
# variable is warned of once known (validate -var), and plan, against moto,
# still plans.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
stand_in_roles t0094-s t0094-states || test_fail_setup "the roles the stacks name could not be made"

run_time_stack () {
	write_stack stack.yaml "  pause: {type: number, default: ${PAUSE:-300}}" &&
	cat >>stack.yaml <<-YAML
	resources:
	  quick:
	    type: aws.sfn.state_machine
	    name: t0094-quick
	    role_arn: arn:aws:iam::123456789012:role/t0094-states
	    state_machine_type: ${TYPE:-EXPRESS}
	    definition:
	      StartAt: Pause
	      States:
	        Pause: {Type: Wait, Seconds: "\${var.pause}", Next: Call}
	        Call: {Type: Task, Resource: "arn:aws:states:::lambda:invoke", TimeoutSeconds: ${TIMEOUT:-300}, Parameters: {FunctionName: f}, End: true}
	  nightly:
	    type: aws.scheduler.schedule
	    name: t0094-nightly
	    schedule_expression: "${EXPR:-rate(1 day)}"
	    start_date: "2030-01-01T00:00:00Z"
	    end_date: "${END:-2030-01-01T00:00:01Z}"
	    flexible_time_window: {mode: "OFF"}
	    target: {arn: "arn:aws:lambda:us-east-1:123456789012:function:f", role_arn: "arn:aws:iam::123456789012:role/t0094-s"}
	YAML
}

test_expect_success 'at the edges (300 seconds, an end a second after the start): no warning' '
	run_time_stack &&
	terrace validate >out 2>err &&
	test_contains out "Success!" &&
	test_empty err &&
	terrace validate -strict >out 2>err
'

test_expect_success 'a Task timing out past 300 seconds in EXPRESS, an end before the start: warnings at the resources, validate passes' '
	TIMEOUT=301 END=2029-12-31T23:59:59Z run_time_stack &&
	terrace validate >out 2>err &&
	test_contains out "Success!" &&
	test_equal "$(wc -l <err)" 2 &&
	quick=$(grep -n "^  quick:" stack.yaml | cut -d: -f1) &&
	nightly=$(grep -n "^  nightly:" stack.yaml | cut -d: -f1) &&
	test_contains err "./stack.yaml:$quick:3: warning: resource \"quick\" (aws.sfn.state_machine): definition: state \"Call\": TimeoutSeconds 301: an EXPRESS execution lasts at most 300 seconds, and fails when it runs longer (use state_machine_type STANDARD) (AWS takes it; Step Functions Developer Guide: quotas" &&
	test_contains err "./stack.yaml:$nightly:3: warning: resource \"nightly\" (aws.scheduler.schedule): end_date 2029-12-31T23:59:59Z is not after start_date 2030-01-01T00:00:00Z: the schedule never invokes its target (AWS takes it; Scheduler API reference: CreateSchedule StartDate, EndDate)"
'

test_expect_success 'validate -strict: the warnings are errors' '
	TIMEOUT=301 run_time_stack &&
	test_expect_code 1 terrace validate -strict >out 2>err &&
	test_contains err "terrace validate -strict: 1 warning (above)"
'

test_expect_success 'validate -json: warnings leave it valid (exit 0); with -strict -json invalid, exit 1' '
	TIMEOUT=301 run_time_stack &&
	terrace validate -json >out 2>err &&
	test_empty err &&
	test_equal "True 0 1 warning" "$(json_get out "\"%s %s %s %s\" % (d[\"valid\"], d[\"error_count\"], d[\"warning_count\"], d[\"diagnostics\"][0][\"severity\"])")" &&
	test_expect_code 1 terrace validate -strict -json >out 2>err &&
	test_empty err &&
	test_equal "False 0 1 warning" "$(json_get out "\"%s %s %s %s\" % (d[\"valid\"], d[\"error_count\"], d[\"warning_count\"], d[\"diagnostics\"][0][\"severity\"])")" &&
	test_expect_code 1 terrace validate -json -strict >out 2>err &&
	test_equal false "$(json_get out "d[\"valid\"]")"
'

test_expect_success 'validate -strict -json without warnings: valid, exit 0' '
	run_time_stack &&
	terrace validate -strict -json >out 2>err &&
	test_empty err &&
	test_equal "True 0 0" "$(json_get out "\"%s %s %s\" % (d[\"valid\"], d[\"error_count\"], d[\"warning_count\"])")"
'

test_expect_success 'STANDARD takes the long Task; a one-time schedule ignores its dates' '
	TYPE=STANDARD TIMEOUT=3600 EXPR="at(2030-06-01T00:00:00)" END=2029-01-01T00:00:00Z run_time_stack &&
	terrace validate -strict >out 2>err &&
	test_contains out "Success!" &&
	test_empty err
'

test_expect_success 'a Wait from a variable: warned of once known (validate -var), and plan still plans' '
	run_time_stack &&
	terrace validate >out 2>err &&
	test_empty err &&
	terrace validate -var pause=301 >out 2>err &&
	test_contains out "Success!" &&
	test_contains err "resource \"quick\" (aws.sfn.state_machine): definition: state \"Pause\": Seconds 301: an EXPRESS execution lasts at most 300 seconds" &&
	terrace plan -no-color -var pause=301 >out 2>err &&
	test_contains out "Plan: 2 to add" &&
	test_contains err "resource \"quick\" (aws.sfn.state_machine): definition: state \"Pause\": Seconds 301"
'

test_done
