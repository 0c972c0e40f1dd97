#!/usr/bin/env bash
# t0980-never-forget: what AWS made is never forgotten (issue 30, section 1).
# A VPC whose ModifyVpcAttribute is refused (tests/servers/fault_proxy.py
# --fault error:...): the apply fails, the state keeps the VPC's id marked
# unconfirmed (shown by `state show` and the plan), the next apply finishes
# it as an update and confirms it, destroy deletes an unconfirmed one. An
# apply killed (SIGKILL) while the follow-up call is stalled leaves the id
# in the state (the create said it at once, progress_created), not a pending
# record without one. A refresh whose DescribeVpcs answers
# InvalidVpcID.NotFound right after the create reads again within the
# provider's consistency window (consistency_timeout) and keeps the entry; a
# VPC really deleted is planned as deleted outside terrace once the window
# has passed, and at once for an entry written without a creation time (a
# state of the previous release). That wait (issue 47) names
# consistency_timeout and its variable as it starts, says what it waits for
# every 10 s, and SIGINT ends it at once with the S3 backend's lock released.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

vpc_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  vpc:
	    type: aws.ec2.vpc
	    cidr_block: 10.80.0.0/16
	    enable_dns_hostnames: true
	YAML
}

# This stack's VPCs in moto, one id a line, sorted.
stack_vpcs () {
	s3 ec2 describe-vpcs --filters "Name=tag:terrace:stack,Values=$TEST_NAME" \
		--query "Vpcs[].VpcId" --output text | tr '\t' '\n' | sed '/^$/d' | sort
}

# The state as the next command loads it (file and journal merged).
state_now () {
	terrace state pull >state.json
}

refused='error:400:UnauthorizedOperation:You are not authorized to perform this operation.'

test_expect_success 'a create whose follow-up is refused keeps the VPC, marked unconfirmed' '
	vpc_stack &&
	start_fault_proxy TERRACE_VAR_endpoint refuse --match "ModifyVpcAttribute" \
		--fault "$refused" || return 1
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	stop_fault_proxy TERRACE_VAR_endpoint &&
	test_contains err "UnauthorizedOperation" &&
	vpcs=$(stack_vpcs) && test "$(echo "$vpcs" | wc -l)" = 1 && test -n "$vpcs" &&
	state_now &&
	test_equal "$vpcs" "$(json_get state.json "d[\"resources\"][\"vpc\"][\"id\"]")" &&
	test_equal true "$(json_get state.json "d[\"resources\"][\"vpc\"].get(\"unconfirmed\")")" &&
	test_equal created "$(json_get state.json "d[\"resources\"][\"vpc\"][\"status\"]")" &&
	test_match state.json "\"created_at\": \"20[0-9-]*T[0-9:]*Z\"" &&
	terrace state show vpc >show.out &&
	test_contains show.out "# (unconfirmed: made by an apply that failed before it was confirmed" &&
	terrace plan -no-color >plan.out 2>&1 &&
	test_line plan.out "# vpc will be updated in-place (made by an apply that failed before it was confirmed)" &&
	test_line plan.out "Plan: 0 to add, 1 to change, 0 to destroy."
'

test_expect_success 'the next apply finishes it and confirms it: still one VPC' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_equal "$vpcs" "$(stack_vpcs)" &&
	state_now &&
	test_equal null "$(json_get state.json "d[\"resources\"][\"vpc\"].get(\"unconfirmed\")")" &&
	test_match state.json "\"created_at\": \"20[0-9-]*T[0-9:]*Z\"" &&
	test_equal true "$(s3 ec2 describe-vpc-attribute --vpc-id "$vpcs" \
		--attribute enableDnsHostnames --query EnableDnsHostnames.Value)" &&
	terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'destroy deletes an unconfirmed VPC: none left' '
	terrace destroy -auto-approve >out 2>err &&
	test -z "$(stack_vpcs)" &&
	start_fault_proxy TERRACE_VAR_endpoint refuse2 --match "ModifyVpcAttribute" \
		--fault "$refused" || return 1
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	stop_fault_proxy TERRACE_VAR_endpoint &&
	test -n "$(stack_vpcs)" &&
	terrace plan -destroy -no-color >plan.out 2>&1 &&
	test_line plan.out "# vpc will be destroyed (made by an apply that failed before it was confirmed)" &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 1 destroyed." &&
	test -z "$(stack_vpcs)" &&
	terrace state list >list && test_empty list
'

test_expect_success 'a failed read back leaves it unconfirmed; found as configured, apply confirms it' '
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  vpc:
	    type: aws.ec2.vpc
	    cidr_block: 10.80.0.0/16
	YAML
	start_fault_proxy TERRACE_VAR_endpoint readback --match "DescribeVpcs" --count 1 \
		--fault "$refused" || return 1
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	stop_fault_proxy TERRACE_VAR_endpoint &&
	test_contains err "UnauthorizedOperation" &&
	vpcs=$(stack_vpcs) && test -n "$vpcs" &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >plan.out 2>&1 &&
	test_line plan.out "# vpc was made by an apply that failed before it was confirmed; it reads back as the stack has it and will be recorded as confirmed" &&
	test_line plan.out "Plan: 0 to add, 0 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	state_now &&
	test_equal null "$(json_get state.json "d[\"resources\"][\"vpc\"].get(\"unconfirmed\")")" &&
	test_equal "$vpcs" "$(stack_vpcs)" &&
	terrace plan -detailed-exitcode >out 2>err &&
	terrace destroy -auto-approve >out 2>err &&
	test -z "$(stack_vpcs)" &&
	vpc_stack
'

test_expect_success 'an apply killed while the follow-up is stalled leaves the id in the state' '
	start_fault_proxy TERRACE_VAR_endpoint stall --match "ModifyVpcAttribute" \
		--fault silent --count 1 || return 1
	{ "$TERRACE" apply -auto-approve >kill.out 2>kill.err </dev/null & }
	pid=$! &&
	for i in $(seq 1200); do
		grep -q " silent " stall.log 2>/dev/null && break
		sleep 0.1
	done &&
	grep -q " silent " stall.log &&
	kill -KILL $pid; wait $pid; stop_fault_proxy TERRACE_VAR_endpoint &&
	vpcs=$(stack_vpcs) && test "$(echo "$vpcs" | wc -l)" = 1 && test -n "$vpcs" &&
	state_now &&
	test_equal "$vpcs" "$(json_get state.json "d[\"resources\"][\"vpc\"].get(\"id\")")" &&
	test_equal true "$(json_get state.json "d[\"resources\"][\"vpc\"].get(\"unconfirmed\")")" &&
	terrace plan -no-color >plan.out 2>&1 &&
	test_line plan.out "# vpc will be updated in-place (made by an apply that failed before it was confirmed)" &&
	terrace apply -auto-approve >out 2>err &&
	test_equal "$vpcs" "$(stack_vpcs)" &&
	terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a refresh told NotFound right after the create reads again and keeps it' '
	terrace destroy -auto-approve >out 2>err &&
	terrace apply -auto-approve >out 2>err &&
	vpcs=$(stack_vpcs) &&
	start_fault_proxy TERRACE_VAR_endpoint notfound --match "DescribeVpcs" --count 2 \
		--fault "error:400:InvalidVpcID.NotFound:The vpc ID $vpcs does not exist" || return 1
	TERRACE_AWS_CONSISTENCY_TIMEOUT=600 terrace plan -detailed-exitcode -no-color >plan.out 2>plan.err &&
	stop_fault_proxy TERRACE_VAR_endpoint &&
	test "$(grep -c " error:400:InvalidVpcID.NotFound" notfound.log)" = 2 &&
	test_contains plan.err "vpc: $vpcs was not found" &&
	test_contains plan.out "No changes." &&
	test_not_contains plan.out "deleted outside terrace"
'

test_expect_success 'after the window, a VPC really deleted is planned as deleted outside terrace' '
	s3 ec2 delete-vpc --vpc-id "$vpcs" &&
	TERRACE_AWS_CONSISTENCY_TIMEOUT=2 terrace plan -no-color >plan.out 2>plan.err &&
	test_line plan.out "# vpc will be created (it was deleted outside terrace)"
'

test_expect_success 'an entry written without a creation time (the previous release) is not waited for' '
	TERRACE_AWS_CONSISTENCY_TIMEOUT=2 terrace apply -auto-approve >out 2>err &&
	vpcs=$(stack_vpcs) &&
	state_now &&
	python3 - state.json <<-'PY' &&
	import json, sys
	st = json.load(open(sys.argv[1]))
	st["resources"]["vpc"].pop("created_at")
	json.dump(st, open(sys.argv[1], "w"), indent=1)
	PY
	terrace state push -force state.json &&
	s3 ec2 delete-vpc --vpc-id "$vpcs" &&
	TERRACE_AWS_CONSISTENCY_TIMEOUT=600 terrace plan -no-color >plan.out 2>plan.err &&
	test_line plan.out "# vpc will be created (it was deleted outside terrace)" &&
	test_not_contains plan.err "was not found"
'

test_expect_success 'the wait for a VPC deleted by hand right after its create says what it waits for, and SIGINT ends it with the lock released' '
	mkdir remote && cd remote &&
	export TERRACE_BACKEND_ENDPOINT=$TEST_ENDPOINT TERRACE_BACKEND_ACCESS_KEY=$TEST_ACCESS_KEY \
		TERRACE_BACKEND_SECRET_KEY=$TEST_SECRET_KEY &&
	s3 s3api create-bucket --bucket t0980-tfstate >/dev/null &&
	vpc_stack &&
	sed -i "1s/.*/stack: t0980-remote/" stack.yaml &&
	printf "backend: {type: s3, bucket: t0980-tfstate, region: us-east-1, path_style: true}\n" \
		>>stack.yaml &&
	terrace apply -auto-approve >out 2>err &&
	state_now &&
	vpc=$(json_get state.json "d[\"resources\"][\"vpc\"][\"id\"]") && test -n "$vpc" &&
	s3 ec2 delete-vpc --vpc-id "$vpc" &&
	{ TERRACE_AWS_CONSISTENCY_TIMEOUT=300 "$TERRACE" plan -no-color >wait.out 2>wait.err </dev/null & }
	pid=$! start=$(date +%s) &&
	wait_for_line wait.out "vpc: Still refreshing... [20s elapsed" $pid &&
	sent=$(date +%s.%N) &&
	kill -INT $pid &&
	for i in $(seq 3000); do kill -0 $pid 2>/dev/null || break; sleep 0.01; done
	if kill -0 $pid 2>/dev/null; then kill -KILL $pid; fi
	wait $pid; rc=$? ended=$(date +%s.%N) end=$(date +%s)
	echo "# figure: SIGINT in the wait: exit $rc $(echo "$ended - $sent" | bc) s after the signal ($(uptime | sed "s/.*load/load/"))" &&
	test "$rc" = 1 &&
	test "$((end - start))" -lt 120 &&
	head -n 1 wait.err >first &&
	test_match first "^Warning: vpc: $vpc was not found, [0-9]+ s after this stack made it; reading it again until 300 s after its create before taking it as deleted outside terrace: the provider.s consistency window, consistency_timeout \(TERRACE_AWS_CONSISTENCY_TIMEOUT\)$" &&
	test_line wait.out "vpc: Still refreshing... [10s elapsed, status: waiting for $vpc to be found, until 300 s after its create]" &&
	test_line wait.out "vpc: Still refreshing... [20s elapsed, status: waiting for $vpc to be found, until 300 s after its create]" &&
	test_contains wait.err "Interrupt received: stopping and releasing the state lock." &&
	test_contains wait.err "$vpc was not found (made" &&
	test_contains wait.err "and the run was interrupted before" &&
	bucket_keys t0980-tfstate >keys && test_contains keys terrace.state.json &&
	test_not_contains keys .lock &&
	terrace plan -lock-timeout=0s -no-color >plan.out 2>plan.err &&
	test_line plan.out "# vpc will be created (it was deleted outside terrace)" &&
	cd ..
'

test_done
