#!/usr/bin/env bash
# t0952-what-a-literal-names: a literal of a kind of identifier that the
# stack does not make (a VPC's id, a security group's id, a role's ARN, a
# KMS key's ARN, a log group's name, a topic's ARN, a queue's ARN) is read
# at plan, as a lookup is (provider/aws/checks/kinds/reads.c, aws_kind_reads):
# what AWS (moto) does not have fails the plan naming the resource, the
# attribute and the object, before any write; what it has passes; an ARN
# of another account or region is not read (it is that account's to say);
# `plan -refresh=false` reads nothing, as it skips every read; `plan
# -policy` lists the reads' actions. (The suite runs with the reads on;
# the export below keeps them on here whatever the caller's environment.
# The function's role is another account's, not read, so that its security
# group is: a resource stops at its first object AWS does not have; t1296
# reads a function's role.
# t1260: what comes from a resource of the stack is never read.)
. "$(dirname "$0")/../lib.sh"

export TERRACE_AWS_READ_LITERALS=1
start_moto || test_fail_setup "moto did not start"
use_server moto

topic=$(aws_server sns create-topic --name literal-orders --query TopicArn --output text) &&
aws_server logs create-log-group --log-group-name /literal/jobs &&
vpc=$(aws_server ec2 create-vpc --cidr-block 10.9.0.0/16 --query Vpc.VpcId --output text) ||
	test_fail_setup "the objects the stack names could not be made"

missing_key=arn:aws:kms:us-east-1:123456789012:key/0b1e2a3c-0000-4000-8000-000000000000
stacks () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  sub: {type: aws.sns.subscription, topic_arn: "arn:aws:sns:us-east-1:123456789012:literal-gone", protocol: sqs, endpoint: "arn:aws:sqs:us-east-1:123456789012:literal-q"}
	  logs: {type: aws.logs.log_group, name: /literal/app, kms_key_id: "$missing_key"}
	  net: {type: aws.ec2.subnet, vpc_id: vpc-0123456789abcdef0, cidr_block: 10.9.1.0/24}
	  task: {type: aws.ecs.task_definition, family: literal, execution_role_arn: "arn:aws:iam::123456789012:role/literal-gone", container_definitions: [{name: x, image: busybox, memory: 128}]}
	  fn: {type: awscc.lambda.function, role: "arn:aws:iam::210987654321:role/r", code: {zip_file: x}, runtime: python3.12, handler: index.handler, vpc_config: {security_group_ids: [sg-0123456789abcdef0]}}
	  filter: {type: awscc.logs.subscription_filter, log_group_name: /literal/gone, filter_pattern: "", destination_arn: "arn:aws:lambda:us-east-1:123456789012:function:f"}
	YAML
}

test_expect_success 'what AWS does not have fails the plan, naming the resource, the attribute and the object' '
	stacks &&
	test_expect_code 1 terrace plan -no-color -input=false >out 2>err &&
	test_contains err "Error: sub: aws.sns.subscription: topic_arn: \"arn:aws:sns:us-east-1:123456789012:literal-gone\" is an SNS topic'"'"'s ARN that AWS does not have (SNS GetTopicAttributes says none): name one that exists, or make it in the stack" &&
	test_contains err "Error: logs: aws.logs.log_group: kms_key_id: \"$missing_key\" is a KMS key'"'"'s ARN that AWS does not have (KMS DescribeKey says none)" &&
	test_contains err "Error: net: aws.ec2.subnet: vpc_id: \"vpc-0123456789abcdef0\" is a VPC'"'"'s id that AWS does not have (EC2 DescribeVpcs says none)" &&
	test_contains err "Error: task: aws.ecs.task_definition: execution_role_arn: \"arn:aws:iam::123456789012:role/literal-gone\" is an IAM role'"'"'s ARN that AWS does not have (IAM GetRole says none)" &&
	test_contains err "Error: fn: awscc.lambda.function: vpc_config.security_group_ids[0]: \"sg-0123456789abcdef0\" is a security group'"'"'s id that AWS does not have (EC2 DescribeSecurityGroups says none)" &&
	test_contains err "Error: filter: awscc.logs.subscription_filter: log_group_name: \"/literal/gone\" is a log group'"'"'s name that AWS does not have (CloudWatch Logs DescribeLogGroups says none)" &&
	test_equal 6 "$(grep -c "that AWS does not have" err)" &&
	test_not_contains out "Plan:"
'

test_expect_success '-refresh=false reads nothing: the same stack plans' '
	terrace plan -no-color -input=false -refresh=false >out 2>err &&
	test_contains out "Plan: 6 to add"
'

test_expect_success 'what AWS has passes; another account'"'"'s and another region'"'"'s ARNs are not read' '
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  sub: {type: aws.sns.subscription, topic_arn: "$topic", protocol: sqs, endpoint: "arn:aws:sqs:us-east-1:123456789012:literal-q"}
	  far: {type: aws.sns.subscription, topic_arn: "arn:aws:sns:us-east-1:210987654321:theirs", protocol: sqs, endpoint: "arn:aws:sqs:us-east-1:123456789012:literal-q"}
	  west: {type: aws.sns.subscription, topic_arn: "arn:aws:sns:us-west-2:123456789012:theirs", protocol: sqs, endpoint: "arn:aws:sqs:us-east-1:123456789012:literal-q"}
	  net: {type: aws.ec2.subnet, vpc_id: "$vpc", cidr_block: 10.9.1.0/24}
	  filter: {type: awscc.logs.subscription_filter, log_group_name: /literal/jobs, filter_pattern: "", destination_arn: "arn:aws:lambda:us-east-1:123456789012:function:f"}
	YAML
	terrace plan -no-color -input=false >out 2>err &&
	test_contains out "Plan: 5 to add" &&
	test_not_contains err "does not have"
'

test_expect_success 'plan -policy names the reads'"'"' actions' '
	stacks &&
	terrace plan -no-color -input=false -refresh=false -policy >out 2>err &&
	for action in sns:GetTopicAttributes kms:DescribeKey ec2:DescribeVpcs iam:GetRole ec2:DescribeSecurityGroups logs:DescribeLogGroups; do
		grep -q "\"$action\"" out || { echo "no $action in the plan'"'"'s policy"; return 1; }
	done
'

test_done
