#!/usr/bin/env bash
# t1100-run-glue-sfn: `terrace run` on a Glue job and a Step Functions state
# machine against moto. A job run moves through STARTING, RUNNING and its end
# under moto's state manager (glue::job_run), ending as its arguments say
# (moto_patches/glue_job_runs.py: moto runs no script); its log lines, written
# with the aws CLI into the run's streams while it runs, are printed once each
# and in order; -arg reaches the run; a failed run exits 1 with Glue's error
# message; an interrupt stops the run with BatchStopJobRun and waits for
# STOPPED; -timeout stops it too. State machines run for real in moto's
# Step Functions interpreter (/moto-api/config execute_state_machine): each
# state entered and left, the output, a Fail state's error, StopExecution on
# an interrupt. An EXPRESS state machine runs with StartSyncExecution
# (moto_patches/sfn_express_sync.py: AWS refuses DescribeExecution for its
# executions): its output, a Fail state's error and cause, an interrupt that
# abandons the call while the execution runs on. Usage and setup errors exit 2: not deployed, a type that
# cannot run, bad -payload; a stack changed since apply says so. A schedule
# and an event rule run their targets (state machines of the stack) now with
# the input they would give them. -json
# events are checked against tests/schemas/run-event.schema.json. run never
# writes the state.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
stand_in_roles sfn-runner scheduler-invoke || test_fail_setup "the roles the stacks name could not be made"

ACCOUNT=123456789012
ROLE=arn:aws:iam::$ACCOUNT:role/glue-runner

aws_cli () {
	aws_at "$TEST_ENDPOINT" "$TEST_ACCESS_KEY" "$TEST_SECRET_KEY" --output json "$@"
}

# put_lines GROUP STREAM FIRST LAST: lines "line N" into the stream, made
# when missing, one batch with increasing timestamps.
put_lines () {
	aws_cli logs create-log-group --log-group-name "$1" >/dev/null 2>&1
	aws_cli logs create-log-stream --log-group-name "$1" --log-stream-name "$2" \
		>/dev/null 2>&1
	python3 - "$3" "$4" >batch.json <<-'PY'
	import json, sys, time
	first, last = int(sys.argv[1]), int(sys.argv[2])
	now = int(time.time() * 1000)
	print(json.dumps([{"timestamp": now + i, "message": "line %d" % i}
	                  for i in range(first, last + 1)]))
	PY
	aws_cli logs put-log-events --log-group-name "$1" --log-stream-name "$2" \
		--log-events file://batch.json >/dev/null
}

# interrupt_held_run: `terrace run nightly` in the background ($pid; out,
# err) while moto holds job runs in STARTING, interrupted once it said so
# and back when it has said it stops the run.
interrupt_held_run () {
	moto_transition glue::job_run "{\"progression\": \"manual\", \"times\": 1000000}" &&
	rm -f out err &&
	{ "$TERRACE" run nightly >out 2>err </dev/null & } &&
	pid=$! &&
	wait_for_line err "nightly: STARTING" $pid &&
	kill -INT $pid &&
	wait_for_line err "Interrupt received: stopping the run" $pid
}

# stopping_sent RUN_ID: wait until the run is STOPPING, the first
# interrupt's BatchStopJobRun received: "Interrupt received" is printed
# before it is sent, and a second interrupt in between (a loaded machine)
# quits with no stop sent, the run going on to SUCCEEDED.
stopping_sent () {
	local i
	for i in $(seq 600); do
		test "$(aws_cli glue get-job-run --job-name nightly-clean --run-id "$1" \
			--query JobRun.JobRunState --output text)" = STOPPING && return 0
		sleep 0.1
	done
	echo "run $1 not STOPPING within 60 s"
	return 1
}

write_stack stack.yaml
cat >>stack.yaml <<YAML
resources:
  scripts:
    type: aws.s3.bucket
    name: run-scripts
  nightly:
    type: aws.glue.job
    name: nightly-clean
    role: "$ROLE"
    command: {script_location: "s3://run-scripts/clean.py"}
    default_arguments:
      "--day": "2024-01-31"
  pipeline:
    type: aws.sfn.state_machine
    name: lake-pipeline
    role_arn: arn:aws:iam::$ACCOUNT:role/sfn-runner
    definition:
      StartAt: Extract
      States:
        Extract:
          Type: Pass
          Result: {rows: 3}
          ResultPath: "\$.extract"
          Next: Load
        Load:
          Type: Pass
          End: true
  breaks:
    type: aws.sfn.state_machine
    name: lake-breaks
    role_arn: arn:aws:iam::$ACCOUNT:role/sfn-runner
    definition:
      StartAt: Check
      States:
        Check: {Type: Pass, Next: Broken}
        Broken: {Type: Fail, Error: Lake.Broken, Cause: "the orders file is empty"}
  daily:
    type: aws.scheduler.schedule
    name: daily-pipeline
    schedule_expression: "cron(0 2 * * ? *)"
    target:
      arn: \${pipeline.arn}
      role_arn: arn:aws:iam::$ACCOUNT:role/scheduler-invoke
      input: '{"run_date": "yesterday"}'
  elsewhere:
    type: aws.scheduler.schedule
    name: elsewhere
    schedule_expression: "rate(1 day)"
    target:
      arn: arn:aws:states:us-east-1:$ACCOUNT:stateMachine:not-ours
      role_arn: arn:aws:iam::$ACCOUNT:role/scheduler-invoke
  on_upload:
    type: aws.events.rule
    name: orders-uploaded
    event_pattern:
      source: [aws.s3]
    targets:
      - id: load
        arn: \${pipeline.arn}
        role_arn: arn:aws:iam::$ACCOUNT:role/events-invoke
        input: '{"target": "load"}'
      - id: check
        arn: \${breaks.arn}
        role_arn: arn:aws:iam::$ACCOUNT:role/events-invoke
  slow:
    type: aws.sfn.state_machine
    name: lake-slow
    role_arn: arn:aws:iam::$ACCOUNT:role/sfn-runner
    definition:
      StartAt: Sleep
      States:
        Sleep: {Type: Wait, Seconds: 600, End: true}
  quick:
    type: aws.sfn.state_machine
    name: lake-quick
    state_machine_type: EXPRESS
    role_arn: arn:aws:iam::$ACCOUNT:role/sfn-runner
    definition:
      StartAt: Extract
      States:
        Extract: {Type: Pass, Result: {rows: 3}, ResultPath: "\$.extract", End: true}
  quick_breaks:
    type: aws.sfn.state_machine
    name: lake-quick-breaks
    state_machine_type: EXPRESS
    role_arn: arn:aws:iam::$ACCOUNT:role/sfn-runner
    definition:
      StartAt: Broken
      States:
        Broken: {Type: Fail, Error: Lake.Broken, Cause: "the orders file is empty"}
  quick_slow:
    type: aws.sfn.state_machine
    name: lake-quick-slow
    state_machine_type: EXPRESS
    role_arn: arn:aws:iam::$ACCOUNT:role/sfn-runner
    definition:
      StartAt: Sleep
      States:
        Sleep: {Type: Wait, Seconds: 30, End: true}
YAML

test_expect_success 'run before apply: not deployed, exit 2' '
	test_expect_code 2 terrace run nightly >out 2>err &&
	test_contains err "nightly: not deployed: apply first" &&
	test_expect_code 2 terrace run nosuch >out 2>err &&
	test_contains err "no resource nosuch in the stack or the state"
'

test_expect_success 'apply the job and the state machines (executed by moto)' '
	curl -sf -X POST "$MOTO_ENDPOINT/moto-api/config" \
		-d "{\"stepfunctions\": {\"execute_state_machine\": true}}" >/dev/null &&
	terrace apply -auto-approve >out 2>err &&
	test_contains out "Apply complete! Resources: 11 added" &&
	cp terrace.state.json state.before
'

test_expect_success 'a type that cannot run: the list of those that can, exit 2' '
	test_expect_code 2 terrace run scripts >out 2>err &&
	test_line err "Error: scripts: a resource of type aws.s3.bucket cannot be run; those of aws.athena.named_query, aws.batch.job_definition, aws.ecs.task_definition, aws.emrserverless.application, aws.events.rule, aws.glue.crawler, aws.glue.job, aws.glue.trigger, aws.lambda.function, aws.scheduler.schedule, aws.sfn.state_machine, ssh.command and ssh.cron can"
'

test_expect_success 'usage errors exit 2' '
	test_expect_code 2 terrace run >out 2>err &&
	test_contains err "expected one ADDRESS" &&
	test_expect_code 2 terrace run pipeline -payload "{not json" >out 2>err &&
	test_contains err "-payload: not JSON" &&
	test_expect_code 2 terrace run nightly -arg novalue >out 2>err &&
	test_contains err "-arg \"novalue\": write KEY=VALUE" &&
	test_expect_code 2 terrace run nightly -timeout soon >out 2>err &&
	test_contains err "-timeout: \"soon\" is not a duration"
'

test_expect_success 'a job run succeeds: its lines once each, in order, while it runs' '
	moto_transition glue::job_run "{\"progression\": \"manual\", \"times\": 1000000}" &&
	rm -f out err &&
	{ "$TERRACE" run nightly -arg run=1 >out 2>err </dev/null & } &&
	pid=$! &&
	wait_for_line err "nightly: started jr_" $pid &&
	run_id=$(sed -n "s/.*started \(jr_[0-9a-f]*\).*/\1/p" err) &&
	put_lines /aws-glue/jobs/output "$run_id" 1 1500 &&
	wait_for_line out "line 1500" $pid &&
	put_lines /aws-glue/jobs/output "$run_id" 1501 2600 &&
	put_lines /aws-glue/jobs/error "$run_id" 9001 9002 &&
	wait_for_line err "line 9002" $pid &&
	moto_transition glue::job_run "{\"progression\": \"immediate\"}" &&
	wait $pid &&
	seq 1 2600 | sed "s/^/line /" >expect &&
	test_cmp expect out &&
	test_contains err "line 9001" &&
	test_contains err "nightly: $run_id SUCCEEDED in " &&
	test_contains err ", 2.50 DPU-seconds" &&
	aws_cli glue get-job-run --job-name nightly-clean --run-id "$run_id" >run.json &&
	test_contains run.json "\"--run\": \"1\"" &&
	test_contains run.json "\"--day\": \"2024-01-31\""
'

test_expect_success 'a failed job run exits 1 with Glue'"'"'s error message' '
	moto_transition glue::job_run "{\"progression\": \"immediate\"}" &&
	test_expect_code 1 terrace run nightly -arg moto-final-state=FAILED \
		-arg "moto-error-message=AnalysisException: Path does not exist: s3://run-scripts/in" \
		>out 2>err &&
	test_match err "^Error: nightly: jr_[0-9a-f]* FAILED in [0-9]* s, .*: glue job run jr_[0-9a-f]* FAILED: AnalysisException: Path does not exist: s3://run-scripts/in$"
'

test_expect_success 'an interrupt stops the job run (BatchStopJobRun) and waits for STOPPED' '
	interrupt_held_run &&
	moto_transition glue::job_run "{\"progression\": \"immediate\"}" &&
	test_expect_code 1 wait $pid &&
	run_id=$(sed -n "s/.*started \(jr_[0-9a-f]*\).*/\1/p" err) &&
	test_match err "^Error: nightly: $run_id STOPPED in " &&
	aws_cli glue get-job-run --job-name nightly-clean --run-id "$run_id" >run.json &&
	test_contains run.json "\"JobRunState\": \"STOPPED\""
'

test_expect_success 'a second interrupt leaves the run going and quits at once' '
	interrupt_held_run &&
	run_id=$(sed -n "s/.*started \(jr_[0-9a-f]*\).*/\1/p" err) &&
	stopping_sent "$run_id" &&
	kill -INT $pid &&
	test_expect_code 1 wait $pid &&
	run_id=$(sed -n "s/.*started \(jr_[0-9a-f]*\).*/\1/p" err) &&
	test_contains err "Interrupted again: terrace quits; the run goes on: $run_id" &&
	moto_transition glue::job_run "{\"progression\": \"immediate\"}" &&
	aws_cli glue get-job-run --job-name nightly-clean --run-id "$run_id" >run.json &&
	test_contains run.json "\"JobRunState\": \"STOPPED\""
'

test_expect_success '-timeout stops the run and exits 1' '
	moto_transition glue::job_run "{\"progression\": \"manual\", \"times\": 1000000}" &&
	rm -f out err &&
	{ "$TERRACE" run nightly -timeout 2s >out 2>err </dev/null & } &&
	pid=$! &&
	wait_for_line err "Timed out: stopping the run" $pid &&
	moto_transition glue::job_run "{\"progression\": \"immediate\"}" &&
	test_expect_code 1 wait $pid &&
	test_match err "^Error: nightly: jr_[0-9a-f]* STOPPED in [0-9]* s.*: timed out and stopped: glue job run jr_[0-9a-f]* STOPPED$"
'

test_expect_success 'on a terminal: one live status line with the elapsed time, redrawn in place' '
	moto_transition glue::job_run "{\"progression\": \"manual\", \"times\": 3}" &&
	env -u CI -u NO_COLOR TERM=xterm script -qefc "\"$TERRACE\" run nightly" /dev/null >tty.out 2>&1 &&
	grep -q "$(printf "\r\033\\[K")nightly: RUNNING, 0m0[0-9]s elapsed" tty.out &&
	! grep -q "^nightly: RUNNING$" tty.out &&
	tr -d "\r" <tty.out | test_contains /dev/stdin "SUCCEEDED in "
'

test_expect_success '-no-wait prints the run id and exits 0' '
	moto_transition glue::job_run "{\"progression\": \"immediate\"}" &&
	terrace run nightly -no-wait >out 2>err &&
	test_match out "^jr_[0-9a-f]*$" &&
	aws_cli glue get-job-run --job-name nightly-clean --run-id "$(cat out)" >run.json
'

test_expect_success 'a state machine runs: each state with its duration, then its output' '
	terrace run pipeline -payload "{\"day\": \"2024-01-31\"}" >out 2>err &&
	test_contains err "  Extract entered" &&
	test_match err "^  Extract succeeded in [0-9.]* s$" &&
	test_match err "^  Load succeeded in [0-9.]* s$" &&
	test_match err "^pipeline: arn:aws:states:us-east-1:$ACCOUNT:execution:lake-pipeline:terrace-run-[0-9]*T[0-9]*Z-[0-9a-f]* SUCCEEDED in " &&
	python3 -c "import json,sys; d=json.load(open(\"out\")); assert d == {\"day\": \"2024-01-31\", \"extract\": {\"rows\": 3}}, d"
'

test_expect_success 'a Fail state: exit 1 with its error and cause' '
	test_expect_code 1 terrace run breaks >out 2>err &&
	test_match err "^  Check succeeded in " &&
	test_contains err "Broken entered" &&
	test_match err "^Error: breaks: .* FAILED in [0-9]* s: execution .* FAILED: Lake.Broken: the orders file is empty$"
'

test_expect_success 'a schedule runs its target now, with the input it would give it' '
	terrace run daily >out 2>err &&
	test_line err "daily runs pipeline now with its input" &&
	test_match err "^pipeline: arn:aws:states:.*:execution:lake-pipeline:terrace-run-.* SUCCEEDED in " &&
	test_contains out "\"run_date\": \"yesterday\"" &&
	terrace run daily -payload "{\"run_date\": \"2024-03-01\"}" >out 2>err &&
	test_line err "daily runs pipeline now" &&
	test_contains out "\"run_date\": \"2024-03-01\""
'

test_expect_success 'an event rule runs each target in turn; one failing fails the run; a target not deployed here is refused' '
	test_expect_code 1 terrace run on_upload >out 2>err &&
	test_line err "on_upload runs pipeline now with its input" &&
	test_line err "on_upload runs breaks now" &&
	test_contains out "\"target\": \"load\"" &&
	test_match err "^Error: breaks: .* FAILED in [0-9]* s: execution .* FAILED: Lake.Broken: the orders file is empty$" &&
	test_expect_code 2 terrace run elsewhere >out 2>err &&
	test_line err "Error: elsewhere: its target arn:aws:states:us-east-1:$ACCOUNT:stateMachine:not-ours is no resource of this stack'"'"'s state: terrace runs the targets it deployed"
'

test_expect_success 'an interrupt stops the execution (StopExecution)' '
	rm -f out err &&
	{ "$TERRACE" run slow >out 2>err </dev/null & } &&
	pid=$! &&
	wait_for_line err "Sleep entered" $pid &&
	kill -TERM $pid &&
	test_expect_code 1 wait $pid &&
	test_contains err "Interrupt received: stopping the run" &&
	test_match err "^Error: slow: .* ABORTED in [0-9]* s: execution .* ABORTED" &&
	aws_cli stepfunctions list-executions --state-machine-arn \
		arn:aws:states:us-east-1:$ACCOUNT:stateMachine:lake-slow >list.json &&
	test_contains list.json "\"status\": \"ABORTED\""
'

test_expect_success 'EXPRESS: run with StartSyncExecution (not DescribeExecution, which AWS refuses for it): its output' '
	terrace run quick -payload "{\"day\": \"2024-01-31\"}" >out 2>err &&
	test_match err "^quick: arn:aws:states:us-east-1:$ACCOUNT:express:lake-quick:terrace-run-[0-9]*T[0-9]*Z-[0-9a-f]*:[0-9a-f-]* SUCCEEDED in " &&
	python3 -c "import json,sys; d=json.load(open(\"out\")); assert d == {\"day\": \"2024-01-31\", \"extract\": {\"rows\": 3}}, d"
'

test_expect_success 'EXPRESS: a Fail state: exit 1 with its error and cause' '
	test_expect_code 1 terrace run quick_breaks >out 2>err &&
	test_match err "^Error: quick_breaks: .*:express:lake-quick-breaks:.* FAILED in [0-9]* s: execution .* FAILED: Lake.Broken: the orders file is empty$"
'

test_expect_success 'EXPRESS: an interrupt abandons the sync call; the execution runs on (StopExecution does not apply)' '
	rm -f out err &&
	{ "$TERRACE" run quick_slow >out 2>err </dev/null & } &&
	pid=$! &&
	for i in $(seq 1 100); do
		aws_cli stepfunctions list-executions --state-machine-arn \
			arn:aws:states:us-east-1:$ACCOUNT:stateMachine:lake-quick-slow \
			--query "length(executions)" >n 2>/dev/null &&
		test "$(cat n)" = 1 && break
		sleep 0.1
	done &&
	test "$(cat n)" = 1 &&
	kill -TERM $pid &&
	test_expect_code 1 wait $pid &&
	test_contains err "states StartSyncExecution: interrupted" &&
	test_contains err "runs on to its end on AWS (StopExecution does not apply to Express executions)" &&
	test_contains err "it logs to no log group (logging_configuration)" &&
	aws_cli stepfunctions list-executions --state-machine-arn \
		arn:aws:states:us-east-1:$ACCOUNT:stateMachine:lake-quick-slow >list.json &&
	test_contains list.json "\"status\": \"RUNNING\""
'

test_expect_success 'EXPRESS: -timeout gives up the sync call too; -no-wait starts it with StartExecution' '
	test_expect_code 1 terrace run quick_slow -timeout 2s >out 2>err &&
	test_contains err "states StartSyncExecution: interrupted" &&
	test_contains err "terrace gave up waiting for the answer; execution terrace-run-" &&
	test_contains err "runs on to its end on AWS" &&
	test_not_contains err "Timed out: stopping" &&
	terrace run quick -no-wait >out 2>err &&
	test_match out "^arn:aws:states:us-east-1:$ACCOUNT:[a-z]*:lake-quick:terrace-run-[0-9]*T[0-9]*Z-[0-9a-f]*"
'

test_expect_success '-json: one event a line, each valid against the schema' '
	moto_transition glue::job_run "{\"progression\": \"immediate\"}" &&
	terrace run nightly -json >job.jsonl 2>err &&
	check_run_events job.jsonl &&
	test_contains job.jsonl "\"type\":\"started\"" &&
	test_contains job.jsonl "\"outcome\":\"succeeded\"" &&
	terrace run pipeline -json >sfn.jsonl 2>err &&
	check_run_events sfn.jsonl &&
	test_contains sfn.jsonl "\"status\":\"succeeded\"" &&
	test_contains sfn.jsonl "\"type\":\"output\"" &&
	test_expect_code 1 terrace run breaks -json >fail.jsonl 2>err &&
	check_run_events fail.jsonl &&
	test_contains fail.jsonl "\"error\":\"execution arn:" &&
	! test -s err
'

test_expect_success 'a stack changed since apply: a note, the run uses what is deployed' '
	sed -i "s/\"2024-01-31\"/\"2024-02-01\"/" stack.yaml &&
	terrace run nightly >out 2>err &&
	test_contains err "nightly has changes not applied yet (update: default_arguments); this run uses what is deployed" &&
	run_id=$(sed -n "s/.*started \(jr_[0-9a-f]*\).*/\1/p" err) &&
	aws_cli glue get-job-run --job-name nightly-clean --run-id "$run_id" >run.json &&
	test_contains run.json "\"--day\": \"2024-01-31\""
'

test_expect_success 'run never wrote the state, and runs while another command holds the lock' '
	test_cmp state.before terrace.state.json &&
	flock -n terrace.state.json.lock "$TERRACE" run pipeline >out 2>err &&
	test_match err "^pipeline: .* SUCCEEDED in " &&
	flock -n terrace.state.json.lock "$TERRACE" plan -lock-timeout=0s >out 2>err;
	test_contains err "lock" &&
	test_cmp state.before terrace.state.json
'

test_done
