#!/usr/bin/env bash
# t0948-awscc-as-aws: a stack of five awscc types (an EventBridge archive and
# a dashboard, named and without tags; a hosted zone and an EFS file system,
# unnamed and tagged; an SSM document, named and tagged) against moto's Cloud
# Control patch answering as AWS's does where moto's models never would
# (tests/servers/moto_patches/cloudcontrol_api.py's switches), each behaviour
# alone, then all of them at once through the fault proxy:
# - MOTO_CLOUDCONTROL_STALE_READS: a read just after a write does not see it
#   (not found after a create, the old value after an update): the apply
#   converges, and the state records what the update wrote;
# - MOTO_CLOUDCONTROL_CREATE_FAIL=Throttling:identifier: a retriable failure
#   after the handler made the resource, naming it: taken as this request's,
#   the create finished in the same apply, nothing made twice;
# - the same without the identifier: what the failed request made is found
#   by the create token's tag (or, named, adopted on its resend's
#   AlreadyExists) before anything is sent again: nothing made twice;
# - MOTO_CLOUDCONTROL_CREATE_FAIL=NotStabilized:identifier: a terminal
#   failure naming what it made: kept in state, tainted, replaced by the
#   next apply;
# - all of them with PENDING and IN_PROGRESS polls, throttling and lost
#   answers (the fault proxy): one apply converges, one destroy leaves
#   nothing.
. "$(dirname "$0")/../lib.sh"

# the read after a write is waited out within the consistency window
export TERRACE_AWS_CONSISTENCY_TIMEOUT=60

# on_moto SWITCH=VALUE...: a new moto with these switches, the one the
# stack's endpoint names from now on
on_moto () {
	start_moto "$@" && use_server moto
}

cc () {
	s3 --output json cloudcontrol "$@"
}

count () {
	cc list-resources --type-name "$1" --query "length(ResourceDescriptions)" --output text
}

# counts: how many of each of the stack's types Cloud Control holds, one line
counts () {
	echo "$(count AWS::Events::Archive) $(count AWS::CloudWatch::Dashboard)" \
		"$(count AWS::Route53::HostedZone) $(count AWS::EFS::FileSystem)" \
		"$(count AWS::SSM::Document)"
}

# five NAME: the stack's five resources, their names from NAME.
five () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  bus: {type: awscc.events.event_bus, name: $1-bus}
	  archive:
	    type: awscc.events.archive
	    archive_name: $1-archive
	    source_arn: "\${bus.arn}"
	    retention_days: 7
	  board:
	    type: awscc.cloudwatch.dashboard
	    dashboard_name: $1-board
	    dashboard_body: '{"widgets":[{"type":"text","x":0,"y":0,"width":6,"height":3,"properties":{"markdown":"$1"}}]}'
	  zone:
	    type: awscc.route53.hosted_zone
	    name: $1.example.com
	    hosted_zone_config: {comment: $1}
	  files:
	    type: awscc.efs.file_system
	    file_system_tags: [{key: Name, value: $1-files}]
	  runbook:
	    type: awscc.ssm.document
	    name: $1-runbook
	    document_type: Command
	    content:
	      schemaVersion: "2.2"
	      description: restart the workers
	      mainSteps: [{action: "aws:runShellScript", name: restart, inputs: {runCommand: ["systemctl restart workers"]}}]
	YAML
}

# converged: applied, a second plan has nothing to do, one of each
converged () {
	test_line out "Apply complete! Resources: 6 added, 0 changed, 0 destroyed." &&
	terrace plan -detailed-exitcode >plan.out 2>plan.err &&
	test_equal "1 1 1 1 1" "$(counts)" &&
	test_equal 1 "$(count AWS::Events::EventBus)"
}

destroyed () {
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 6 destroyed." &&
	test_equal "0 0 0 0 0" "$(counts)"
}

test_expect_success 'a read just after a write does not see it: the apply waits it out' '
	on_moto MOTO_CLOUDCONTROL_STALE_READS=2 &&
	five stale &&
	terrace apply -auto-approve >out 2>err &&
	converged
'

test_expect_success 'an update read back stale: the state records what was written' '
	sed -i "s/retention_days: 7/retention_days: 14/" stack.yaml &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_equal 14 "$(json_get terrace.state.json "d[\"resources\"][\"archive\"][\"attributes\"][\"retention_days\"]")" &&
	terrace plan -detailed-exitcode >out 2>err &&
	destroyed
'

test_expect_success 'FAILED Throttling after the handler made it, naming it: taken, nothing twice' '
	on_moto MOTO_CLOUDCONTROL_CREATE_FAIL=Throttling:identifier:1 &&
	five named &&
	terrace apply -auto-approve >out 2>err &&
	converged &&
	destroyed
'

test_expect_success 'the same without the identifier: found by its token or its name, nothing twice' '
	on_moto MOTO_CLOUDCONTROL_CREATE_FAIL=NetworkFailure:no-identifier:1 &&
	five unnamed &&
	terrace apply -auto-approve >out 2>err &&
	converged &&
	destroyed
'

test_expect_success 'FAILED NotStabilized naming what it made: kept, tainted, replaced next' '
	on_moto MOTO_CLOUDCONTROL_CREATE_FAIL=NotStabilized:identifier:2 &&
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  bus: {type: awscc.events.event_bus, name: tainted-bus}
	YAML
	terrace apply -auto-approve >out 2>err &&
	cat >>stack.yaml <<-YAML &&
	  zone: {type: awscc.route53.hosted_zone, name: tainted.example.com}
	YAML
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "Error: zone: awscc.route53.hosted_zone: CreateResource of AWS::Route53::HostedZone " &&
	test_contains err ": FAILED NotStabilized: Handler failed after the resource was made (NotStabilized)" &&
	test_contains err "what it made is kept in state, tainted: the next apply replaces it" &&
	test_equal true "$(json_get terrace.state.json "str(d[\"resources\"][\"zone\"][\"tainted\"]).lower()")" &&
	first=$(json_get terrace.state.json "d[\"resources\"][\"zone\"][\"id\"]") &&
	test_equal 1 "$(count AWS::Route53::HostedZone)" &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_contains out "# zone is tainted, so must be replaced (its create failed after making it)" &&
	test_line out "Plan: 1 to add, 0 to change, 1 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_contains out "Apply complete!" &&
	test_equal 1 "$(count AWS::Route53::HostedZone)" &&
	second=$(json_get terrace.state.json "d[\"resources\"][\"zone\"][\"id\"]") &&
	test "$first" != "$second" &&
	test_not_contains terrace.state.json "\"tainted\"" &&
	terrace plan -detailed-exitcode >out 2>err &&
	terrace destroy -auto-approve >out 2>err &&
	test_contains out "Destroy complete!" &&
	test_equal 0 "$(count AWS::Route53::HostedZone)" &&
	test_equal 0 "$(count AWS::Events::EventBus)"
'

test_expect_success 'all at once through the fault proxy: one apply converges, one destroy leaves nothing' '
	on_moto MOTO_CLOUDCONTROL_STALE_READS=1 MOTO_CLOUDCONTROL_PENDING_POLLS=1 \
		MOTO_CLOUDCONTROL_IN_PROGRESS_POLLS=1 MOTO_CLOUDCONTROL_THROTTLE=9 \
		MOTO_CLOUDCONTROL_CREATE_FAIL=ServiceInternalError:no-identifier:3 &&
	five proxy &&
	start_fault_proxy TERRACE_VAR_endpoint faults --seed 48 --rate 0.1 \
		--faults drop_after,drop_before,500 &&
	terrace apply -auto-approve >out 2>err;
	rc=$?; stop_fault_proxy TERRACE_VAR_endpoint;
	test $rc = 0 &&
	test "$(grep -c " drop_after " faults.log)" -gt 0 &&
	converged &&
	destroyed
'

test_done
