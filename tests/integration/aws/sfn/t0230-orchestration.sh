#!/usr/bin/env bash
# t0230-orchestration: a pipeline's orchestration — a Step Functions state
# machine that runs Glue jobs in order, a daily EventBridge Scheduler schedule
# that starts it, and an EventBridge rule with targets. Each is created, then
# planned as a no-op; its updatable attributes change in place, its name (and
# the machine's type) force a replacement; drift made with the aws CLI shows in
# the plan and apply undoes it; destroy leaves nothing behind.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
stand_in_roles sfn-runner sfn-runner-2 mine scheduler-invoke || test_fail_setup "the roles the stacks name could not be made"

ACCOUNT=123456789012
ROLE=arn:aws:iam::$ACCOUNT:role
SM_PREFIX=arn:aws:states:us-east-1:$ACCOUNT:stateMachine
# terrace's own tags as orchestration prints them (after the stack's).
TT=terrace:stack=$TEST_NAME,terrace:workspace=default
LOG_GROUP="arn:aws:logs:us-east-1:$ACCOUNT:log-group:/aws/states/lake-pipeline:*"

aws_cli () {
	aws_at "$TEST_ENDPOINT" "$TEST_ACCESS_KEY" "$TEST_SECRET_KEY" --output json "$@"
}

# Everything on the server, one line per state machine, schedule, rule and
# rule target, sorted, in one process (each aws CLI run costs seconds):
#   machine NAME type=T role=ROLE log=LEVEL jobs=JOB,JOB tags=K=V,K=V
#   schedule GROUP/NAME expr=E state=S window=MODE[:MINUTES] start=ISO8601|-
#            target=NAME input=TEXT   (on one line)
#   rule NAME state=S sources=SOURCE,SOURCE tags=K=V,K=V
#   target RULE ID -> NAME input=TEXT
# (NAME: the last part of an ARN). It asks the same List/Describe/Get calls
# as the aws CLI, through the botocore that the CLI runs on.
orchestration () {
	servers_py - "$TEST_ENDPOINT" "$TEST_ACCESS_KEY" "$TEST_SECRET_KEY" <<-'PY'
	import json, sys
	import boto3
	endpoint, key, secret = sys.argv[1:4]
	def client(service):
	    return boto3.client(service, endpoint_url=endpoint, region_name="us-east-1",
	                        aws_access_key_id=key, aws_secret_access_key=secret)
	def last(arn):
	    return arn.split(":")[-1].split("/")[-1]
	def tags(pairs):
	    return ",".join(sorted(k + "=" + v for k, v in pairs))
	lines = []
	sfn = client("stepfunctions")
	for m in sfn.list_state_machines()["stateMachines"]:
	    d = sfn.describe_state_machine(stateMachineArn=m["stateMachineArn"])
	    states = json.loads(d["definition"])["States"].values()
	    jobs = ",".join(s.get("Parameters", {}).get("JobName", "-") for s in states)
	    t = sfn.list_tags_for_resource(resourceArn=m["stateMachineArn"])["tags"]
	    lines.append("machine %s type=%s role=%s log=%s%s jobs=%s tags=%s" % (
	        d["name"], d["type"], last(d["roleArn"]), d["loggingConfiguration"]["level"],
	        "".join(":" + x["cloudWatchLogsLogGroup"]["logGroupArn"].split(":")[-2]
	                for x in d["loggingConfiguration"].get("destinations", [])),
	        jobs, tags((x["key"], x["value"]) for x in t)))
	sch = client("scheduler")
	for s in sch.list_schedules()["Schedules"]:
	    d = sch.get_schedule(Name=s["Name"], GroupName=s["GroupName"])
	    window = d["FlexibleTimeWindow"]["Mode"]
	    if "MaximumWindowInMinutes" in d["FlexibleTimeWindow"]:
	        window += ":%d" % d["FlexibleTimeWindow"]["MaximumWindowInMinutes"]
	    start = d["StartDate"].isoformat() if d.get("StartDate") else "-"
	    lines.append("schedule %s/%s expr=%s state=%s window=%s start=%s target=%s input=%s" % (
	        d["GroupName"], d["Name"], d["ScheduleExpression"], d["State"], window, start,
	        last(d["Target"]["Arn"]), d["Target"].get("Input", "")))
	ev = client("events")
	for r in ev.list_rules()["Rules"]:
	    t = ev.list_tags_for_resource(ResourceARN=r["Arn"])["Tags"]
	    pattern = json.loads(r["EventPattern"])
	    lines.append("rule %s state=%s sources=%s tags=%s" % (
	        r["Name"], r["State"], ",".join(pattern["source"]),
	        tags((x["Key"], x["Value"]) for x in t)))
	    for tg in ev.list_targets_by_rule(Rule=r["Name"])["Targets"]:
	        lines.append("target %s %s -> %s input=%s" % (
	            r["Name"], tg["Id"], last(tg["Arn"]), tg.get("Input", "")))
	for line in sorted(lines):
	    print(line)
	PY
}

# The stack, from shell variables (defaults in brackets; SM_PATTERN is the
# Tasks' integration pattern, .sync unless set).
pipeline_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  pipeline:
	    type: aws.sfn.state_machine
	    name: ${SM_NAME:-lake-pipeline}
	    state_machine_type: ${SM_TYPE:-STANDARD}
	    role_arn: $ROLE/${SM_ROLE:-sfn-runner}
	    tags:
	      env: ${SM_ENV:-dev}
	    logging_configuration:
	      level: ${SM_LOG_LEVEL:-OFF}
	YAML
	if test -n "${SM_LOG_LEVEL:-}"; then
		echo "      log_group_arn: \"$LOG_GROUP\"" >>stack.yaml
	fi
	cat >>stack.yaml <<-YAML
	    definition:
	      Comment: nightly lake load
	      StartAt: Extract
	      States:
	        Extract:
	          Type: Task
	          Resource: "arn:aws:states:::glue:startJobRun${SM_PATTERN-.sync}"
	          Parameters:
	            JobName: extract-orders
	          Next: Load
	        Load:
	          Type: Task
	          Resource: "arn:aws:states:::glue:startJobRun${SM_PATTERN-.sync}"
	          Parameters:
	            JobName: ${LOAD_JOB:-load-orders}
	          End: true
	  nightly:
	    type: aws.scheduler.schedule
	    name: ${SCHED_NAME:-nightly-load}
	    schedule_expression: "${SCHED_EXPR:-cron(0 3 * * ? *)}"
	    state: ${SCHED_STATE:-ENABLED}
	    description: starts the nightly load
	    target:
	      arn: \${pipeline.arn}
	      role_arn: $ROLE/scheduler-invoke
	      input: '{"run": "${SCHED_RUN:-nightly}"}'
	YAML
	if test -n "${SCHED_WINDOW:-}"; then
		cat >>stack.yaml <<-YAML
		    flexible_time_window: {mode: FLEXIBLE, maximum_window_in_minutes: $SCHED_WINDOW}
		    start_date: "$SCHED_START"
		YAML
	fi
	cat >>stack.yaml <<-YAML
	  on_upload:
	    type: aws.events.rule
	    name: ${RULE_NAME:-orders-uploaded}
	    state: ${RULE_STATE:-ENABLED}
	    event_pattern:
	      source: [${RULE_SOURCES:-aws.s3}]
	      detail-type: [Object Created]
	    tags:
	      team: ${RULE_TEAM:-lake}
	    targets:
	YAML
	for t in ${RULE_TARGETS-load}; do
		cat >>stack.yaml <<-YAML
		      - id: $t
		        arn: \${pipeline.arn}
		        role_arn: $ROLE/events-invoke
		        input: '{"target": "$t"}'
		YAML
	done
}

# expect_orchestration: orchestration's lines must be those on stdin.
expect_orchestration () {
	cat >expect &&
	orchestration >actual &&
	test_cmp expect actual
}

test_expect_success 'create the state machine, the schedule and the rule' '
	pipeline_stack &&
	TERRACE_LOG=debug terrace apply -auto-approve >out 2>create.err &&
	cp create.err err &&
	test_line out "Apply complete! Resources: 3 added, 0 changed, 0 destroyed." &&
	expect_orchestration <<-EOF
	machine lake-pipeline type=STANDARD role=sfn-runner log=OFF jobs=extract-orders,load-orders tags=env=dev,$TT
	rule orders-uploaded state=ENABLED sources=aws.s3 tags=team=lake,$TT
	schedule default/nightly-load expr=cron(0 3 * * ? *) state=ENABLED window=OFF start=- target=lake-pipeline input={"run": "nightly"}
	target orders-uploaded load -> lake-pipeline input={"target": "load"}
	EOF
'

# What a create stores is the object read back, as an update's is (the
# converge both end in): the create's debug log shows the state machine, the
# schedule and the rule read after they are made (a stack with no state
# plans with no read).
test_expect_success 'a create ends in its read back: each object is read after it is made' '
	for pair in "states CreateStateMachine:states DescribeStateMachine" \
		    "scheduler CreateSchedule:scheduler GetSchedule" \
		    "events PutRule:events DescribeRule"
	do
		made=$(grep -n "^\[debug\] ${pair%%:*} [A-Z]*: HTTP 200" create.err | head -1 | cut -d: -f1) &&
		read=$(grep -n "^\[debug\] ${pair#*:} [A-Z]*: HTTP 200" create.err | head -1 | cut -d: -f1) &&
		test -n "$made" && test -n "$read" && test "$made" -lt "$read" || {
			echo "no ${pair#*:} after ${pair%%:*} in create.err"; return 1; }
	done
'

test_expect_success 'a second plan has nothing to do' '
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'a changed definition updates the state machine in place' '
	export LOAD_JOB=load-orders-v2 &&
	pipeline_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# pipeline will be updated in-place" &&
	test_match out "~ definition *= \{" &&
	test_match out "~ \"JobName\" *= \"load-orders\" -> \"load-orders-v2\"" &&
	test_not_contains out "forces replacement" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed."
'

test_expect_success 'role, tags and logging change in place' '
	export SM_ROLE=sfn-runner-2 SM_ENV=prod SM_LOG_LEVEL=ERROR &&
	pipeline_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ role_arn *= \"$ROLE/sfn-runner\" -> \"$ROLE/sfn-runner-2\"" &&
	test_match out "\"env\" *= \"dev\" -> \"prod\"" &&
	test_match out "\"level\" *= \"OFF\" -> \"ERROR\"" &&
	test_match out "\+ \"log_group_arn\" *= \"arn:aws:logs:.*:\*\"" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'schedule expression, state, window, start and target input change in place' '
	export SCHED_EXPR="rate(12 hours)" SCHED_STATE=DISABLED SCHED_RUN=half-day &&
	export SCHED_WINDOW=15 SCHED_START=2030-01-01T09:00:00+02:00 &&
	pipeline_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# nightly will be updated in-place" &&
	test_match out "~ schedule_expression *= \"cron\(0 3 \* \* \? \*\)\" -> \"rate\(12 hours\)\"" &&
	test_match out "~ state *= \"ENABLED\" -> \"DISABLED\"" &&
	test_match out "~ \"input\" *= .*nightly.* -> .*half-day" &&
	test_match out "\"mode\" *= \"OFF\" -> \"FLEXIBLE\"" &&
	test_match out "~ start_date *= null -> \"2030-01-01T07:00:00Z\"" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	expect_orchestration <<-EOF
	machine lake-pipeline type=STANDARD role=sfn-runner-2 log=ERROR:/aws/states/lake-pipeline jobs=extract-orders,load-orders-v2 tags=env=prod,$TT
	rule orders-uploaded state=ENABLED sources=aws.s3 tags=team=lake,$TT
	schedule default/nightly-load expr=rate(12 hours) state=DISABLED window=FLEXIBLE:15 start=2030-01-01T07:00:00+00:00 target=lake-pipeline input={"run": "half-day"}
	target orders-uploaded load -> lake-pipeline input={"target": "load"}
	EOF
'

test_expect_success 'a rule target is added; state, pattern and tags change in place' '
	export RULE_STATE=DISABLED RULE_TEAM=platform RULE_TARGETS="load audit" &&
	export RULE_SOURCES="aws.s3, aws.glue" &&
	pipeline_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# on_upload will be updated in-place" &&
	test_match out "~ state *= \"ENABLED\" -> \"DISABLED\"" &&
	test_match out "\"team\" *= \"lake\" -> \"platform\"" &&
	test_match out "~ event_pattern *= \{" &&
	test_match out "\"id\" *= \"audit\"" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a rule target is removed' '
	export RULE_TARGETS=audit &&
	pipeline_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	expect_orchestration <<-EOF
	machine lake-pipeline type=STANDARD role=sfn-runner-2 log=ERROR:/aws/states/lake-pipeline jobs=extract-orders,load-orders-v2 tags=env=prod,$TT
	rule orders-uploaded state=DISABLED sources=aws.s3,aws.glue tags=team=platform,$TT
	schedule default/nightly-load expr=rate(12 hours) state=DISABLED window=FLEXIBLE:15 start=2030-01-01T07:00:00+00:00 target=lake-pipeline input={"run": "half-day"}
	target orders-uploaded audit -> lake-pipeline input={"target": "audit"}
	EOF
'

test_expect_success 'drift made with the aws CLI shows in the plan' '
	cat >def.json <<-\EOF &&
	{"StartAt": "Extract", "States": {
	  "Extract": {"Type": "Task", "Resource": "arn:aws:states:::glue:startJobRun.sync",
	              "Parameters": {"JobName": "extract-orders"}, "Next": "Load"},
	  "Load": {"Type": "Task", "Resource": "arn:aws:states:::glue:startJobRun.sync",
	           "Parameters": {"JobName": "load-orders-hotfix"}, "End": true}}}
	EOF
	cat >target.json <<-EOF &&
	{"Arn": "$SM_PREFIX:lake-pipeline", "RoleArn": "$ROLE/scheduler-invoke",
	 "Input": "{\"run\": \"half-day\"}"}
	EOF
	aws_cli stepfunctions update-state-machine --state-machine-arn "$SM_PREFIX:lake-pipeline" \
		--definition file://def.json >/dev/null &&
	aws_cli stepfunctions tag-resource --resource-arn "$SM_PREFIX:lake-pipeline" \
		--tags key=owner,value=someone >/dev/null &&
	aws_cli scheduler update-schedule --name nightly-load --schedule-expression "rate(1 hours)" \
		--flexible-time-window Mode=FLEXIBLE,MaximumWindowInMinutes=15 --state DISABLED \
		--start-date 2030-01-01T07:00:00Z --description "starts the nightly load" \
		--target file://target.json >/dev/null &&
	aws_cli events put-targets --rule orders-uploaded \
		--targets "Id=stray,Arn=$SM_PREFIX:lake-pipeline" >/dev/null &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# pipeline will be updated in-place (it changed outside terrace)" &&
	test_match out "~ definition *= \{" &&
	test_match out "\"JobName\" *= \"load-orders-hotfix\"" &&
	test_match out "- \"owner\" *= \"someone\"" &&
	test_match out "~ schedule_expression *= \"rate\(1 hours\)\" -> \"rate\(12 hours\)\"" &&
	test_match out "\"id\" *= \"stray\"" &&
	test_line out "Plan: 0 to add, 3 to change, 0 to destroy."
'

test_expect_success 'apply undoes the drift' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 3 changed, 0 destroyed." &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	expect_orchestration <<-EOF
	machine lake-pipeline type=STANDARD role=sfn-runner-2 log=ERROR:/aws/states/lake-pipeline jobs=extract-orders,load-orders-v2 tags=env=prod,$TT
	rule orders-uploaded state=DISABLED sources=aws.s3,aws.glue tags=team=platform,$TT
	schedule default/nightly-load expr=rate(12 hours) state=DISABLED window=FLEXIBLE:15 start=2030-01-01T07:00:00+00:00 target=lake-pipeline input={"run": "half-day"}
	target orders-uploaded audit -> lake-pipeline input={"target": "audit"}
	EOF
'

# Issue 59's one update contract: an update converges from a live read, not
# from the state. The aws CLI adds what the state does not hold (a tag on the
# machine, a target on the rule); the stack changes something else on each,
# and apply -refresh=false (the state as it was) must take the first away as
# well: a diff of the state against the stack would send only the second.
test_expect_success 'an update with -refresh=false corrects what changed outside terrace as well' '
	aws_cli stepfunctions tag-resource --resource-arn "$SM_PREFIX:lake-pipeline" \
		--tags key=owner,value=someone >/dev/null &&
	aws_cli events put-targets --rule orders-uploaded \
		--targets "Id=stray,Arn=$SM_PREFIX:lake-pipeline" >/dev/null &&
	LOAD_JOB=load-orders-v3 RULE_TEAM=ops pipeline_stack &&
	terrace apply -refresh=false -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 2 changed, 0 destroyed." &&
	expect_orchestration <<-EOF &&
	machine lake-pipeline type=STANDARD role=sfn-runner-2 log=ERROR:/aws/states/lake-pipeline jobs=extract-orders,load-orders-v3 tags=env=prod,$TT
	rule orders-uploaded state=DISABLED sources=aws.s3,aws.glue tags=team=ops,$TT
	schedule default/nightly-load expr=rate(12 hours) state=DISABLED window=FLEXIBLE:15 start=2030-01-01T07:00:00+00:00 target=lake-pipeline input={"run": "half-day"}
	target orders-uploaded audit -> lake-pipeline input={"target": "audit"}
	EOF
	pipeline_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 2 changed, 0 destroyed." &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a new state machine name forces a replacement the schedule and rule follow' '
	export SM_NAME=lake-pipeline-b &&
	pipeline_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# pipeline must be replaced" &&
	test_match out "~ name *= \"lake-pipeline\" -> \"lake-pipeline-b\" # forces replacement" &&
	test_line out "# nightly will be updated in-place" &&
	test_line out "# on_upload will be updated in-place" &&
	test_line out "Plan: 1 to add, 2 to change, 1 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 2 changed, 1 destroyed."
'

test_expect_success 'a new state_machine_type replaces the machine under the same name' '
	# An EXPRESS machine runs no .sync Task (Step Functions refuses it:
	# "Choosing workflow type"), so its Tasks start the jobs and go on.
	export SM_TYPE=EXPRESS SM_PATTERN= &&
	pipeline_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ state_machine_type *= \"STANDARD\" -> \"EXPRESS\" # forces replacement" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 2 changed, 1 destroyed." &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'new schedule and rule names replace them' '
	export SCHED_NAME=nightly-load-b RULE_NAME=orders-uploaded-b &&
	pipeline_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# nightly must be replaced" &&
	test_line out "# on_upload must be replaced" &&
	test_match out "~ name *= \"nightly-load\" -> \"nightly-load-b\" # forces replacement" &&
	test_match out "~ name *= \"orders-uploaded\" -> \"orders-uploaded-b\" # forces replacement" &&
	test_line out "Plan: 2 to add, 0 to change, 2 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 2 destroyed." &&
	expect_orchestration <<-EOF
	machine lake-pipeline-b type=EXPRESS role=sfn-runner-2 log=ERROR:/aws/states/lake-pipeline jobs=extract-orders,load-orders-v2 tags=env=prod,$TT
	rule orders-uploaded-b state=DISABLED sources=aws.s3,aws.glue tags=team=platform,$TT
	schedule default/nightly-load-b expr=rate(12 hours) state=DISABLED window=FLEXIBLE:15 start=2030-01-01T07:00:00+00:00 target=lake-pipeline-b input={"run": "half-day"}
	target orders-uploaded-b audit -> lake-pipeline-b input={"target": "audit"}
	EOF
'

# What an apply killed during the three creates leaves: pending records.
make_pending () {
	python3 - <<-\PY
	import json
	st = json.load(open("terrace.state.json"))
	for r in st["resources"].values():
	    r["status"] = "pending"
	    r.pop("id", None)
	json.dump(st, open("terrace.state.json", "w"))
	PY
}

test_expect_success 'creates an interrupted apply may have made adopt what they find' '
	make_pending &&
	export LOAD_JOB=load-orders-v3 SCHED_RUN=adopted RULE_TEAM=adopted &&
	pipeline_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 3 added, 0 changed, 0 destroyed." &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	expect_orchestration <<-EOF
	machine lake-pipeline-b type=EXPRESS role=sfn-runner-2 log=ERROR:/aws/states/lake-pipeline jobs=extract-orders,load-orders-v3 tags=env=prod,$TT
	rule orders-uploaded-b state=DISABLED sources=aws.s3,aws.glue tags=team=adopted,$TT
	schedule default/nightly-load-b expr=rate(12 hours) state=DISABLED window=FLEXIBLE:15 start=2030-01-01T07:00:00+00:00 target=lake-pipeline-b input={"run": "adopted"}
	target orders-uploaded-b audit -> lake-pipeline-b input={"target": "audit"}
	EOF
'

test_expect_success 'a state machine made outside terrace is refused, not adopted' '
	aws_cli stepfunctions create-state-machine --name someone-elses \
		--definition "{\"StartAt\": \"A\", \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true}}}" \
		--role-arn "$ROLE/other" >/dev/null &&
	cp stack.yaml keep.saved &&
	cat >>stack.yaml <<-YAML &&
	  theirs:
	    type: aws.sfn.state_machine
	    name: someone-elses
	    role_arn: $ROLE/mine
	    definition: {"StartAt": "B", "States": {"B": {"Type": "Pass", "End": true}}}
	YAML
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "state machine someone-elses already exists but is not in this state: import it or choose another name" &&
	orchestration >actual &&
	test_line actual "machine someone-elses type=STANDARD role=other log=OFF jobs=- tags=" &&
	aws_cli stepfunctions delete-state-machine --state-machine-arn "$SM_PREFIX:someone-elses" &&
	cp keep.saved stack.yaml
'

test_expect_success 'invalid settings are refused at plan time' '
	SCHED_STATE=PAUSED pipeline_stack &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "state: \"PAUSED\" is not one of ENABLED, DISABLED" &&
	SCHED_EXPR="daily" pipeline_stack &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "schedule_expression: \"daily\" is not an EventBridge Scheduler schedule: write \"rate(5 minutes)\"" &&
	pipeline_stack &&
	sed -i "/log_group_arn/d" stack.yaml &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "logging_configuration: level ERROR needs log_group_arn" &&
	pipeline_stack
'

test_expect_success 'destroy leaves nothing behind' '
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 3 destroyed." &&
	orchestration >actual &&
	test_empty actual
'

test_done
