#!/usr/bin/env bash
# t0944-awscc-mixed: issue 49's "done when": one lab stack mixing native aws
# types and awscc types, referring to each other both ways (a Glue job's
# arguments name an awscc event bus and EFS file system; a state machine's
# definition an awscc SSM document; an awscc dashboard, document and archive
# name the job, the state machine and the bus; a native EventBridge rule
# sits on the awscc bus), through plan, apply, a plan with no changes,
# `terrace run` of the native Glue job and state machine (moto runs the
# state machine: /moto-api/config execute_state_machine; the job's run ends
# as moto_patches/glue_job_runs.py makes it), destroy (nothing left, native
# or awscc), and, applied again with its state deleted, `terrace sweep`
# listing both kinds by tag and deleting them with -force.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

aws_cli () {
	aws_at "$TEST_ENDPOINT" "$TEST_ACCESS_KEY" "$TEST_SECRET_KEY" --output json "$@"
}

# inventory: what is left of the stack's objects, one line each, sorted:
# the awscc types' resources as Cloud Control lists them, and the native
# ones by their services' listings (botocore, in one process).
inventory () {
	servers_py - "$TEST_ENDPOINT" "$TEST_ACCESS_KEY" "$TEST_SECRET_KEY" <<-'PY'
	import sys
	import botocore.session
	endpoint, key, secret = sys.argv[1:4]
	session = botocore.session.get_session()
	def client(name):
	    return session.create_client(name, region_name="us-east-1", endpoint_url=endpoint,
	                                 aws_access_key_id=key, aws_secret_access_key=secret)
	lines = []
	cc = client("cloudcontrol")
	for t in ("AWS::Events::EventBus", "AWS::Events::Archive", "AWS::EFS::FileSystem",
	          "AWS::SSM::Document", "AWS::CloudWatch::Dashboard"):
	    lines += ["%s %s" % (t, d["Identifier"])
	              for d in cc.list_resources(TypeName=t)["ResourceDescriptions"]]
	lines += ["bucket " + b["Name"] for b in client("s3").list_buckets()["Buckets"]]
	lines += ["role " + r["RoleName"] for r in client("iam").list_roles()["Roles"]]
	lines += ["job " + j for j in client("glue").list_jobs()["JobNames"]]
	lines += ["state_machine " + m["name"]
	          for m in client("stepfunctions").list_state_machines()["stateMachines"]]
	events = client("events")
	buses = [b["Name"] for b in events.list_event_buses()["EventBuses"]]
	lines += ["bus " + b for b in buses if b != "default"]
	lines += ["rule " + r["Name"] for b in buses for r in events.list_rules(EventBusName=b)["Rules"]]
	if lines:
	    print("\n".join(sorted(lines)))
	PY
}

write_stack stack.yaml
cat >>stack.yaml <<YAML
lab:
  allowed_endpoints: ["$TEST_ENDPOINT/"]
  name_prefix: t0944
resources:
  scripts: {type: aws.s3.bucket, name: t0944-scripts}
  runner:
    type: aws.iam.role
    name: t0944-runner
    assume_role_policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: [glue.amazonaws.com, states.amazonaws.com, events.amazonaws.com]}, Action: "sts:AssumeRole"}]}
  bus: {type: awscc.events.event_bus, name: t0944-bus, description: "orders of \${scripts.name}"}
  files:
    type: awscc.efs.file_system
    encrypted: true
    file_system_tags: [{key: Name, value: t0944-files}]
  nightly:
    type: aws.glue.job
    name: t0944-nightly
    role: \${runner.arn}
    command: {script_location: "s3://\${scripts.name}/clean.py"}
    default_arguments:
      "--bus": \${bus.arn}
      "--files": \${files.file_system_id}
  runbook:
    type: awscc.ssm.document
    name: t0944-runbook
    content:
      schemaVersion: "2.2"
      description: "rerun \${nightly.name}"
      mainSteps: [{action: "aws:runShellScript", name: rerun, inputs: {runCommand: ["aws glue start-job-run --job-name \${nightly.name}"]}}]
  pipeline:
    type: aws.sfn.state_machine
    name: t0944-pipeline
    role_arn: \${runner.arn}
    definition:
      StartAt: Announce
      States:
        Announce:
          Type: Pass
          Result: {bus: "\${bus.name}", runbook: "\${runbook.name}"}
          ResultPath: "\$.announce"
          End: true
  on_done:
    type: aws.events.rule
    name: t0944-done
    event_bus_name: \${bus.name}
    event_pattern: {source: [t0944.nightly]}
    targets: [{id: pipeline, arn: "\${pipeline.arn}", role_arn: "\${runner.arn}"}]
  archive:
    type: awscc.events.archive
    archive_name: t0944-archive
    source_arn: \${bus.arn}
    event_pattern: {source: [t0944.nightly]}
  board:
    type: awscc.cloudwatch.dashboard
    dashboard_name: t0944-board
    dashboard_body: '{"widgets":[{"type":"text","x":0,"y":0,"width":6,"height":3,"properties":{"markdown":"\${nightly.name} then \${pipeline.name}"}}]}'
YAML

test_expect_success 'plan: native and awscc types referring to each other' '
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 10 to add, 0 to change, 0 to destroy." &&
	test_match out "^ *[+] resource \"awscc.events.event_bus\" \"bus\"" &&
	test_match out "^ *[+] resource \"aws.glue.job\" \"nightly\""
'

test_expect_success 'apply, then a plan with no changes' '
	curl -sf -X POST "$MOTO_ENDPOINT/moto-api/config" \
		-d "{\"stepfunctions\": {\"execute_state_machine\": true}}" >/dev/null &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 10 added, 0 changed, 0 destroyed." &&
	aws_cli glue get-job --job-name t0944-nightly --query Job.DefaultArguments >args &&
	test_contains args "arn:aws:events:us-east-1:123456789012:event-bus/t0944-bus" &&
	test_contains args "\"--files\": \"fs-" &&
	aws_cli events list-rules --event-bus-name t0944-bus --query "Rules[].[Name]" --output text >rules &&
	grep -qx t0944-done rules &&
	aws_cli ssm get-document --name t0944-runbook --query Content --output text >doc &&
	test_contains doc "start-job-run --job-name t0944-nightly" &&
	terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'run the native state machine: its output names the awscc bus and document' '
	terrace run pipeline >out 2>err &&
	test_contains out "\"bus\": \"t0944-bus\"" &&
	test_contains out "\"runbook\": \"t0944-runbook\""
'

test_expect_success 'run the native Glue job: the run succeeds' '
	terrace run nightly >out 2>err &&
	test_contains err "nightly: SUCCEEDED"
'

test_expect_success 'destroy: nothing of either kind is left' '
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 10 destroyed." &&
	inventory >left &&
	test_empty left
'

test_expect_success 'sweep: applied again, its state deleted, both kinds found by tag and deleted' '
	terrace apply -auto-approve >out 2>err &&
	files=$(json_get terrace.state.json "d[\"resources\"][\"files\"][\"id\"]") &&
	rm terrace.state.json &&
	terrace sweep >out 2>err &&
	for row in "awscc.events.event_bus +t0944-bus +$TEST_NAME +default" \
		"awscc.efs.file_system +$files +$TEST_NAME +default" \
		"awscc.ssm.document +t0944-runbook +$TEST_NAME +default" \
		"awscc.cloudwatch.dashboard +t0944-board .*by name" \
		"awscc.events.archive +t0944-archive .*by name" \
		"aws.glue.job +t0944-nightly +$TEST_NAME +default" \
		"aws.sfn.state_machine +t0944-pipeline +$TEST_NAME +default" \
		"aws.events.rule +t0944-done +$TEST_NAME +default"; do
		test_match out "^$row" || return 1
	done &&
	test_contains out "10 to delete" &&
	terrace sweep -force >out 2>err &&
	test_contains out "Sweep complete! 10 deleted." &&
	inventory >left &&
	test_empty left
'

test_done
