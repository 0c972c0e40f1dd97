#!/usr/bin/env bash
# t1288-facts-written-kinds: the facts of the stack's graph on written types
# whose network attributes get their kinds from their CloudFormation twins
# (issue 69 point 1, another helper's work: kinds69): a written Lambda
# function's vpc_config.subnet_ids and an EC2 instance's
# vpc_security_group_ids. DEPENDS ON KINDS69: before those kinds are merged,
# step 1 fails (kinds/facts.c finds no subnet in a written function's
# vpc_config, and no group in a written instance's vpc_security_group_ids);
# step 2 passes with or without them. No server is contacted.
. "$(dirname "$0")/../lib.sh"

stack () {
	{
		echo "stack: facts"
		echo "providers:"
		echo "  aws: {region: us-east-1}"
		echo "resources:"
		echo "  a: {type: aws.ec2.vpc, cidr_block: 10.0.0.0/16}"
		echo "  b: {type: awscc.ec2.vpc, cidr_block: 10.1.0.0/16}"
		echo "  suba: {type: aws.ec2.subnet, vpc_id: \"\${a.vpc_id}\", cidr_block: 10.0.1.0/24}"
		echo "  subb: {type: awscc.ec2.subnet, vpc_id: \"\${b.vpc_id}\", cidr_block: 10.1.1.0/24}"
		echo "  sga: {type: aws.ec2.security_group, name: sga, description: a, vpc_id: \"\${a.vpc_id}\"}"
		echo "  sgb: {type: awscc.ec2.security_group, group_description: b, vpc_id: \"\${b.vpc_id}\"}"
		echo "  role: {type: aws.iam.role, name: fn, managed_policy_arns: [\"arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole\"], assume_role_policy: {Version: \"2012-10-17\", Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: \"sts:AssumeRole\"}]}}"
		cat
	} >stack.yaml
}

test_expect_success 'DEPENDS ON KINDS69: a written function'"'"'s subnets and groups of two VPCs, a written instance'"'"'s subnet and groups of two, are refused' '
	stack <<-\YAML &&
	  fn: {type: aws.lambda.function, function_name: fn, role: "${role.arn}", runtime: python3.12, handler: index.handler, source: ./src, vpc_config: {subnet_ids: ["${subb.subnet_id}"], security_group_ids: ["${sga.group_id}"]}}
	  vm: {type: aws.ec2.instance, ami: ami-0123456789abcdef0, instance_type: t3.micro, subnet_id: "${suba.subnet_id}", vpc_security_group_ids: ["${sgb.id}"]}
	YAML
	mkdir -p src && echo "def handler(e, c): return 1" >src/index.py &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "resource \"fn\" (aws.lambda.function): vpc_config.security_group_ids[0]: \"\${sga.group_id}\" is a security group of VPC \"a\", and vpc_config.subnet_ids[0] (\"\${subb.subnet_id}\") is a subnet of VPC \"b\"" &&
	test_contains err "resource \"vm\" (aws.ec2.instance): vpc_security_group_ids[0]: \"\${sgb.id}\" is a security group of VPC \"b\", and subnet_id (\"\${suba.subnet_id}\") is a subnet of VPC \"a\"" &&
	test_equal 2 "$(grep -c "error:" err)"
'

test_expect_success 'one VPC each: they validate' '
	stack <<-\YAML &&
	  fn: {type: aws.lambda.function, function_name: fn, role: "${role.arn}", runtime: python3.12, handler: index.handler, source: ./src, vpc_config: {subnet_ids: ["${suba.subnet_id}"], security_group_ids: ["${sga.group_id}"]}}
	  vm: {type: aws.ec2.instance, ami: ami-0123456789abcdef0, instance_type: t3.micro, subnet_id: "${subb.subnet_id}", vpc_security_group_ids: ["${sgb.id}"]}
	YAML
	mkdir -p src && echo "def handler(e, c): return 1" >src/index.py &&
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (9 resources)" &&
	test_empty err
'

test_done
