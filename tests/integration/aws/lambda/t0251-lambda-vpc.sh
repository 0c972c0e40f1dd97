#!/usr/bin/env bash
# t0251-lambda-vpc: aws.lambda.function's vpc_config, with the VPC, its two
# subnets, two security groups and the function's role in the same stack. A
# role without the network interface permissions is a warning at validate
# naming the function's vpc_config and the role (checks/roles.c); with
# AWSLambdaVPCAccessExecutionRole attached it is not. apply sends VpcConfig
# and reads it back: a second plan is a no-op (the ids are sets: the order
# written does not matter); a change of security groups updates the function
# in place; vpc_config removed from the stack is not managed (the function
# stays in its VPC, "No changes."), while empty lists take it out of the
# VPC; more than 16 subnets is refused before any request (the model's list
# size); destroy leaves no function. Then through the timing stand-in
# (tests/servers/aws_reality.py, windows of seconds): a function moved into
# the VPC in the apply that attaches AWSLambdaVPCAccessExecutionRole to its
# role waits while Lambda answers "The provided execution role does not have
# permissions to call CreateNetworkInterface on EC2", and destroy waits for
# the network interfaces the function leaves in its subnets and group.
#
# moto stores the VpcConfig it is sent and answers it back with a VpcId of
# its own ("vpc-123abc", which terrace does not read); it neither checks the
# subnets and groups nor the role's permissions, nor makes network
# interfaces. It knows AWS's managed policies (AWSLambdaVPCAccessExecutionRole
# among them) only when asked to load them (MOTO_IAM_LOAD_MANAGED_POLICIES;
# with authentication on it always does).
. "$(dirname "$0")/../../lib.sh"

start_moto MOTO_IAM_LOAD_MANAGED_POLICIES=true || test_fail_setup "moto did not start"
use_server moto

awscli () {
	s3 "$@"
}

# vpc_config FILE: the function's VpcConfig in GetFunction's answer, as
# "SubnetIds=a,b SecurityGroupIds=c" with the ids sorted.
vpc_config () {
	awscli lambda get-function --function-name t0251-fn --output json >"$1.json" &&
	python3 -c 'import json, sys
v = json.load(open(sys.argv[1]))["Configuration"].get("VpcConfig") or {}
print(" ".join(k + "=" + ",".join(sorted(v.get(k) or [])) for k in ("SubnetIds", "SecurityGroupIds")))' \
		"$1.json" >"$1"
}

# state_id RESOURCE ATTRIBUTE: an attribute of the state.
state_id () {
	json_get terrace.state.json "d[\"resources\"][\"$1\"][\"attributes\"][\"$2\"]"
}

# lambda_vpc_stack POLICIES VPC_CONFIG: the network, the role (its
# managed_policy_arns line POLICIES) and the function (VPC_CONFIG: its
# vpc_config lines, or nothing).
lambda_vpc_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  net:
	    type: aws.ec2.vpc
	    cidr_block: 10.51.0.0/16
	  private_a:
	    type: aws.ec2.subnet
	    vpc_id: "\${net.vpc_id}"
	    cidr_block: 10.51.1.0/24
	    availability_zone: us-east-1a
	  private_b:
	    type: aws.ec2.subnet
	    vpc_id: "\${net.vpc_id}"
	    cidr_block: 10.51.2.0/24
	    availability_zone: us-east-1b
	  app:
	    type: aws.ec2.security_group
	    name: t0251-app
	    description: the function
	    vpc_id: "\${net.vpc_id}"
	  db_clients:
	    type: aws.ec2.security_group
	    name: t0251-db-clients
	    description: may reach the database
	    vpc_id: "\${net.vpc_id}"
	  exec:
	    type: aws.iam.role
	    name: t0251-exec
	    assume_role_policy:
	      Version: "2012-10-17"
	      Statement:
	        - Effect: Allow
	          Principal: {Service: lambda.amazonaws.com}
	          Action: sts:AssumeRole
	$1
	  fn:
	    type: aws.lambda.function
	    function_name: t0251-fn
	    runtime: python3.12
	    handler: main.handler
	    role: "\${exec.arn}"
	    source: main.py
	$2
	YAML
}

VPC_ACCESS='    managed_policy_arns: [arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole]'
BASIC='    managed_policy_arns: [arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]'
IN_VPC='    vpc_config:
      subnet_ids: ["${private_b.subnet_id}", "${private_a.subnet_id}"]
      security_group_ids: ["${app.group_id}"]'

printf 'def handler(event, context):\n    return event\n' >main.py

test_expect_success 'a role without the network interface permissions is a warning naming both' '
	lambda_vpc_stack "$BASIC" "$IN_VPC" &&
	terrace validate >out 2>err &&
	test_contains err "warning: resource \"fn\" (aws.lambda.function): vpc_config: the function is in a VPC, but no policy the stack writes for role \"exec\" allows ec2:CreateNetworkInterface, ec2:DescribeNetworkInterfaces and ec2:DeleteNetworkInterface (unless arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole, not in the stack, does): Lambda refuses to create or update a function whose role cannot manage its network interfaces (attach arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole in managed_policy_arns)" &&
	test_match err "stack\.yaml:[0-9]+:5: warning: resource \"fn\"" &&
	test_match err "resource \"exec\" managed_policy_arns is at .*stack\.yaml:[0-9]+:5"
'

test_expect_success 'with AWSLambdaVPCAccessExecutionRole: no warning; apply sends VpcConfig' '
	lambda_vpc_stack "$VPC_ACCESS" "$IN_VPC" &&
	terrace validate >out 2>err &&
	test_not_contains err "warning" &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "\+ vpc_config *= \{" &&
	test_line out "Plan: 7 to add, 0 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 7 added, 0 changed, 0 destroyed." &&
	a=$(state_id private_a subnet_id) && b=$(state_id private_b subnet_id) &&
	app=$(state_id app group_id) &&
	vpc_config got &&
	echo "SubnetIds=$(printf "%s\n" "$a" "$b" | sort | paste -sd,) SecurityGroupIds=$app" >expect &&
	test_cmp expect got &&
	json_get terrace.state.json "d[\"resources\"][\"fn\"][\"attributes\"][\"vpc_config\"]" >state.vpc &&
	echo "{\"ipv6_allowed_for_dual_stack\": false, \"security_group_ids\": [\"$app\"], \"subnet_ids\": [$(printf "\"%s\"\n" "$a" "$b" | sort | paste -sd, | sed "s/,/, /")]}" >expect &&
	test_cmp expect state.vpc
'

test_expect_success 'a second plan is a no-op' '
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'another security group updates the function in place' '
	lambda_vpc_stack "$VPC_ACCESS" "    vpc_config:
      subnet_ids: [\"\${private_a.subnet_id}\", \"\${private_b.subnet_id}\"]
      security_group_ids: [\"\${db_clients.group_id}\", \"\${app.group_id}\"]" &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "^ *# fn will be updated in-place" &&
	test_match out "~ vpc_config *= \{" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	vpc_config got &&
	a=$(state_id private_a subnet_id) && b=$(state_id private_b subnet_id) &&
	echo "SubnetIds=$(printf "%s\n" "$a" "$b" | sort | paste -sd,) SecurityGroupIds=$(printf "%s\n" "$(state_id app group_id)" "$(state_id db_clients group_id)" | sort | paste -sd,)" >expect &&
	test_cmp expect got &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'vpc_config left out of the stack is not managed: no changes' '
	cp got before &&
	lambda_vpc_stack "$VPC_ACCESS" "" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	terrace apply -auto-approve >out 2>err &&
	vpc_config got &&
	test_cmp before got
'

test_expect_success 'empty lists take the function out of its VPC' '
	lambda_vpc_stack "$VPC_ACCESS" "    vpc_config: {subnet_ids: [], security_group_ids: []}" &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ vpc_config *= \{" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	vpc_config got &&
	echo "SubnetIds= SecurityGroupIds=" >expect &&
	test_cmp expect got &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'more than 16 subnets is refused before any request' '
	lambda_vpc_stack "$VPC_ACCESS" "    vpc_config:
      subnet_ids: [$(seq -f "subnet-%02g" 1 17 | paste -sd,)]
      security_group_ids: []" &&
	test_expect_code 1 terrace validate >out 2>err &&
	test_contains err "resource \"fn\" (aws.lambda.function): vpc_config.subnet_ids:" &&
	test_contains err "lambda CreateFunction VpcConfig.SubnetIds"
'

test_expect_success 'destroy leaves no function' '
	lambda_vpc_stack "$VPC_ACCESS" "$IN_VPC" &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 7 destroyed." &&
	awscli lambda list-functions --output text --query "Functions[].FunctionName" >left &&
	test_not_contains left t0251-fn
'

start_reality TERRACE_VAR_endpoint reality --ec2-window 2 --iam-window 5 --eni-window 8 ||
	test_fail_setup "the stand-in did not start"

test_expect_success 'timing stand-in: a function in no VPC, made once its new role is usable' '
	lambda_vpc_stack "$BASIC" "" &&
	TERRACE_LOG=debug terrace apply -auto-approve >out 2>apply1.err &&
	test_line out "Apply complete! Resources: 7 added, 0 changed, 0 destroyed." &&
	vpc_config got &&
	echo "SubnetIds= SecurityGroupIds=" >expect &&
	test_cmp expect got
'

test_expect_success 'timing stand-in: into the VPC as the policy is attached: the policy is waited for' '
	lambda_vpc_stack "$VPC_ACCESS" "$IN_VPC" &&
	TERRACE_LOG=debug terrace apply -auto-approve >out 2>apply2.err &&
	test_line out "Apply complete! Resources: 0 added, 2 changed, 0 destroyed." &&
	grep "^\[debug\] lambda UpdateFunctionConfiguration: waiting for IAM to propagate the role.s policy" apply2.err &&
	vpc_config got &&
	test_match got "^SubnetIds=subnet-[0-9a-f]+,subnet-[0-9a-f]+ SecurityGroupIds=sg-[0-9a-f]+$"
'

test_expect_success 'timing stand-in: destroy waits for the network interfaces the function leaves' '
	TERRACE_LOG=debug terrace destroy -auto-approve >out 2>destroy.err &&
	test_line out "Destroy complete! Resources: 7 destroyed." &&
	grep "^\[debug\] ec2 Delete\(Subnet\|SecurityGroup\): waiting for" destroy.err &&
	reality_met reality.log iam dependency &&
	reality_waits_injected reality.log apply1.err apply2.err destroy.err
'

stop_reality TERRACE_VAR_endpoint

test_done
