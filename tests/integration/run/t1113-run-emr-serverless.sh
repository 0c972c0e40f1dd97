#!/usr/bin/env bash
# t1113-run-emr-serverless: `terrace run` of a Spark job on an
# aws.emrserverless.application against moto, whose job runs go SUBMITTED ->
# SCHEDULED -> RUNNING -> SUCCESS or FAILED over four GetJobRun, with the
# driver's lines and the failure their arguments choose (moto patch
# emrserverless_job_runs.py): StartJobRun with the stack's script (its one
# aws.s3.artifact of a .py) and role (its one role EMR Serverless may
# assume), -arg as the script's --KEY VALUE, CloudWatch logging on; the
# application started first as its auto start is off; the driver's stdout
# and stderr printed; a failed run's stateDetails and exit 1; CancelJobRun on
# Ctrl-C and on -timeout, seen by the server; `terrace logs` of a run and of
# the application; -entry-point and -role over the stack's; lab run of each
# lab's script as its own role on its own application.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

emrs () { s3 emr-serverless "$@"; }
app () { json_get terrace.state.json "d[\"resources\"][\"spark\"][\"id\"]"; }
run_of () { sed -n "s/^spark: started \(.*\)/\1/p" err; }
job_run () { # RUN JMESPATH: of GetJobRun's jobRun
	emrs get-job-run --application-id "$(app)" --job-run-id "$1" --query "jobRun.$2" --output text
}

test_expect_success 'setup: a script in S3, a role EMR Serverless assumes, an application that does not start itself' '
	mkdir scripts && printf "print(42)\n" >scripts/etl.py &&
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  jobs: {type: aws.s3.bucket, name: t1113-jobs}
	  etl: {type: aws.s3.artifact, bucket: "\${jobs.name}", source: scripts/etl.py, prefix: spark/}
	  runner:
	    type: aws.iam.role
	    name: t1113-spark
	    assume_role_policy:
	      Version: "2012-10-17"
	      Statement: [{Effect: Allow, Principal: {Service: emr-serverless.amazonaws.com}, Action: "sts:AssumeRole"}]
	  spark:
	    type: aws.emrserverless.application
	    name: t1113-spark
	    release_label: emr-7.1.0
	    application_type: SPARK
	    auto_start_configuration: {enabled: false}
	YAML
	terrace apply -auto-approve >out 2>err &&
	test_contains out "Apply complete! Resources: 4 added" &&
	test_equal CREATED "$(emrs get-application --application-id "$(app)" --query application.state --output text)"
'

test_expect_success 'a run that succeeds: the application started, the stack'"'"'s script and role, the driver'"'"'s lines, exit 0' '
	terrace run spark -arg "TERRACE_STAND_IN_LOG=reading orders|rows written: 42" \
		-arg "TERRACE_STAND_IN_STDERR=WARN spark.sql.adaptive is on" >out 2>err &&
	test_contains out "reading orders" &&
	test_contains out "rows written: 42" &&
	test_not_contains out "WARN spark.sql.adaptive" &&
	test_contains err "WARN spark.sql.adaptive is on" &&
	test_equal "SUBMITTED SCHEDULED RUNNING SUCCESS" "$(sed -n "s/^spark: \([A-Z]*\)$/\1/p" err | tr "\n" " " | sed "s/ $//")" &&
	test_equal STARTED "$(emrs get-application --application-id "$(app)" --query application.state --output text)" &&
	run=$(run_of) && test -n "$run" && echo "$run" >ok_run &&
	job_run "$run" jobDriver.sparkSubmit.entryPoint >entry &&
	test_match entry "^s3://t1113-jobs/spark/etl-[0-9a-f]{16}\.py$" &&
	test_equal "arn:aws:iam::123456789012:role/t1113-spark" "$(job_run "$run" executionRole)" &&
	test_equal "/aws/emr-serverless" "$(job_run "$run" configurationOverrides.monitoringConfiguration.cloudWatchLoggingConfiguration.logGroupName)"
'

test_expect_success 'a run that fails: EMR Serverless'"'"'s stateDetails, exit 1' '
	test_expect_code 1 terrace run spark -arg "TERRACE_STAND_IN_LOG=reading orders" \
		-arg "TERRACE_STAND_IN_FAIL=Job failed, ExitCode: 1. Error: table orders not found" >out 2>err &&
	test_contains out "reading orders" &&
	test_match err "^Error: spark: [0-9a-z]+ FAILED in [0-9]+ s, execution time [0-9]+ s: Job failed, ExitCode: 1. Error: table orders not found$" &&
	run_of >failed_run
'

test_expect_success 'logs reads one run'"'"'s driver, and every run of the application' '
	terrace logs spark -run "$(cat failed_run)" >out 2>err &&
	test_contains out "reading orders" &&
	test_not_contains out "rows written" &&
	terrace logs spark >all 2>err &&
	test_contains all "rows written: 42" &&
	test_contains all "WARN spark.sql.adaptive is on"
'

test_expect_success 'Ctrl-C cancels the run (CancelJobRun, seen by EMR Serverless) and exits 1' '
	rm -f out err &&
	{ "$TERRACE" run spark -arg TERRACE_STAND_IN_RUN=forever -arg "TERRACE_STAND_IN_LOG=still going" >out 2>err </dev/null & } &&
	pid=$! &&
	wait_for_line err "spark: RUNNING" $pid &&
	kill -INT $pid &&
	{ wait $pid; test $? = 1; } &&
	test_contains err "Interrupt received: stopping the run" &&
	test_contains out "still going" &&
	test_equal CANCELLED "$(job_run "$(run_of)" state)" &&
	test_match err "^Error: spark: [0-9a-z]+ CANCELLED in [0-9]+ s"
'

test_expect_success '-timeout cancels it too' '
	test_expect_code 1 terrace run spark -arg TERRACE_STAND_IN_RUN=forever -timeout 2s >out 2>err &&
	test_contains err "Timed out: stopping the run" &&
	test_match err "timed out and stopped" &&
	test_equal CANCELLED "$(job_run "$(run_of)" state)"
'

test_expect_success '-entry-point and -role over the stack'"'"'s; a stack without a script refused, naming the flag' '
	terrace run spark -entry-point s3://t1113-jobs/other.py -role arn:aws:iam::123456789012:role/other >out 2>err &&
	test_equal s3://t1113-jobs/other.py "$(job_run "$(run_of)" jobDriver.sparkSubmit.entryPoint)" &&
	test_equal arn:aws:iam::123456789012:role/other "$(job_run "$(run_of)" executionRole)" &&
	sed -i "/^  etl:/d" stack.yaml &&
	terrace apply -auto-approve >out 2>err &&
	test_expect_code 1 terrace run spark >out 2>err &&
	test_contains err "name the Spark entry point: -entry-point s3://BUCKET/KEY.py (the stack has no aws.s3.artifact of a .py or .jar)"
'

test_expect_success 'lab run: each lab'"'"'s script as its own role on its own application' '
	mkdir -p lab/scripts && cp scripts/etl.py lab/scripts/ &&
	write_stack lab/stack.yaml "  attendee: {type: string}" &&
	cat >>lab/stack.yaml <<-YAML &&
	lab:
	  parallel: 2
	resources:
	  jobs: {type: aws.s3.bucket, name: "t1113-\${var.attendee}"}
	  etl: {type: aws.s3.artifact, bucket: "\${jobs.name}", source: scripts/etl.py}
	  runner:
	    type: aws.iam.role
	    name: "t1113-\${var.attendee}"
	    assume_role_policy:
	      Version: "2012-10-17"
	      Statement: [{Effect: Allow, Principal: {Service: emr-serverless.amazonaws.com}, Action: "sts:AssumeRole"}]
	  spark: {type: aws.emrserverless.application, name: "t1113-\${var.attendee}", release_label: emr-7.1.0, application_type: SPARK}
	YAML
	printf "id\nann\nbob\n" >people.csv &&
	terrace lab up lab -attendees people.csv >out 2>err &&
	test_contains out "Lab up: 2 ready, 0 failed." &&
	terrace lab run lab spark -attendees people.csv -arg "TERRACE_STAND_IN_LOG=hello from the driver" >out 2>err &&
	test_match out "^ann +succeeded " &&
	test_match out "^bob +succeeded " &&
	test_contains lab/.terrace/lab/bob.log "hello from the driver" &&
	bob_app=$(emrs list-applications --query "applications[?name==\`t1113-bob\`].id" --output text) &&
	test_equal arn:aws:iam::123456789012:role/t1113-bob "$(emrs list-job-runs --application-id "$bob_app" --query "jobRuns[0].executionRole" --output text)" &&
	terrace lab down lab -attendees people.csv -auto-approve >out 2>err
'

test_expect_success 'destroy' '
	terrace destroy -auto-approve >out 2>err
'

test_done
