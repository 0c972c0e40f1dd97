#!/usr/bin/env bash
# t1695-gateway-endpoint-service-read: a Gateway VPC endpoint for a service
# that offers Interface endpoints alone (SQS) is refused at plan by what EC2
# says of the service (ec2/rules.c's read_gateway_endpoint_service: EC2
# DescribeVpcEndpointServices' ServiceType; CreateVpcEndpoint's type is
# "Default: Gateway"), in both families, the service's name given by a
# variable, a local and a module's input, and the type left out; S3 and
# DynamoDB Gateway endpoints, an SQS Interface endpoint and a service EC2
# does not list (another account's endpoint service: judged at apply) plan;
# -refresh=false reads nothing. moto answers DescribeVpcEndpointServices as
# AWS does (S3 listed once as Gateway, once as Interface).
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

endpoint () { # NAME TYPE SERVICE [KIND]: an endpoint of a VPC of the stack
	echo "  $1: {type: $2, vpc_id: \"\${vpc.vpc_id}\", service_name: \"$3\"${4:+, vpc_endpoint_type: $4}}"
}

stack () { # ENDPOINT-LINES...: the stack, its VPC and those endpoints
	write_stack stack.yaml "  svc: {type: string, default: sqs}" &&
	{
		echo "locals:"
		echo "  queue: com.amazonaws.us-east-1.sqs"
		echo "resources:"
		echo "  vpc: {type: aws.ec2.vpc, cidr_block: 10.95.0.0/16}"
		printf '%s\n' "$@"
	} >>stack.yaml
}

test_expect_success 'an SQS Gateway endpoint is refused at plan, in both families, by a variable and a local' '
	stack "$(endpoint w aws.ec2.vpc_endpoint "com.amazonaws.us-east-1.\${var.svc}" Gateway)" \
	      "$(endpoint c awscc.ec2.vpc_endpoint "\${local.queue}")" &&
	terrace validate -no-color >out 2>err &&
	test_expect_code 1 terrace plan -no-color -input=false >out 2>err &&
	test_contains err "w: aws.ec2.vpc_endpoint: service_name: com.amazonaws.us-east-1.sqs offers Interface endpoints, not Gateway (EC2 DescribeVpcEndpointServices says its ServiceType is Interface)" &&
	test_contains err "c: awscc.ec2.vpc_endpoint: service_name: com.amazonaws.us-east-1.sqs offers Interface endpoints, not Gateway" &&
	test_contains err "write vpc_endpoint_type: Interface with subnet_ids"
'

test_expect_success 'the written type left without a type is a Gateway endpoint, and refused' '
	stack "$(endpoint w aws.ec2.vpc_endpoint "\${local.queue}")" &&
	test_expect_code 1 terrace plan -no-color -input=false >out 2>err &&
	test_contains err "service_name: com.amazonaws.us-east-1.sqs offers Interface endpoints"
'

test_expect_success 'through a module input' '
	mkdir -p mods/ep &&
	cat >mods/ep/main.yaml <<-\YAML &&
	variables:
	  vpc: {type: string}
	  service: {type: string}
	resources:
	  ep: {type: aws.ec2.vpc_endpoint, vpc_id: "${var.vpc}", service_name: "${var.service}"}
	YAML
	stack &&
	cat >>stack.yaml <<-\YAML &&
	modules:
	  q: {source: ./mods/ep, vpc: "${vpc.vpc_id}", service: "com.amazonaws.us-east-1.${var.svc}"}
	YAML
	test_expect_code 1 terrace plan -no-color -input=false >out 2>err &&
	test_contains err "service_name: com.amazonaws.us-east-1.sqs offers Interface endpoints"
'

test_expect_success 'S3 and DynamoDB Gateway endpoints, an SQS Interface one and an unlisted service plan; -refresh=false reads nothing' '
	stack "$(endpoint s aws.ec2.vpc_endpoint com.amazonaws.us-east-1.s3 Gateway)" \
	      "$(endpoint d awscc.ec2.vpc_endpoint com.amazonaws.us-east-1.dynamodb)" \
	      "$(endpoint i aws.ec2.vpc_endpoint "\${local.queue}" Interface)" \
	      "$(endpoint o aws.ec2.vpc_endpoint com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0 Gateway)" &&
	terrace plan -no-color -input=false >out 2>err &&
	test_contains out "Plan: 5 to add" &&
	stack "$(endpoint w aws.ec2.vpc_endpoint "\${local.queue}" Gateway)" &&
	terrace plan -no-color -input=false -refresh=false >out 2>err &&
	test_contains out "Plan: 2 to add"
'

test_done
