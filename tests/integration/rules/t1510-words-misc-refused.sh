#!/usr/bin/env bash
# t1510-words-misc-refused: AWS's own words as rows (issue 79), of the
# services of EC2, Glue, SQS, Systems Manager and EventBridge, refused at
# validate, each at its file:line:col with AWS's sentence and the member it
# documents, when what breaks the sentence comes from
#   - a variable: a standard queue's FIFO dead-letter queue (SQS
#     CreateQueue Attributes), a parameter's hierarchy without its leading
#     slash (SSM PutParameter Name);
#   - a local: a rule sent all CloudTrail management events on a partner
#     event bus (EventBridge PutRule State);
#   - a module's input: a Glue connection of type SFTP (Glue
#     CreateConnection ConnectionType);
#   - the stack as written: a private NAT gateway given an Elastic IP (EC2
#     CreateNatGateway AllocationId);
# and their valid twins pass; plan refuses what validate -var does. Planned
# with -refresh=false against an endpoint nothing listens on: no server is
# contacted.
. "$(dirname "$0")/../lib.sh"

words_stack () {
	cat >stack.yaml <<-\YAML &&
	stack: words-misc
	variables:
	  dead_letter: {type: string, default: "arn:aws:sqs:us-east-1:123456789012:orders-dlq"}
	  parameter: {type: string, default: /lake/watermark}
	  partner: {type: string, default: ""}
	  connection_type: {type: string, default: CUSTOM}
	providers:
	  aws: {region: us-east-1, endpoint: "http://127.0.0.1:1", access_key: x, secret_key: y}
	locals:
	  bus: "${var.partner}orders-bus"
	modules:
	  m: {source: ./mods/conn, connection_type: "${var.connection_type}"}
	resources:
	  orders:
	    type: aws.sqs.queue
	    name: orders
	    redrive_policy: {deadLetterTargetArn: "${var.dead_letter}", maxReceiveCount: 5}
	  watermark: {type: aws.ssm.parameter, name: "${var.parameter}", parameter_type: String, value: "2026-01-01"}
	  audit:
	    type: aws.events.rule
	    name: audit
	    state: ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS
	    event_pattern: {source: [aws.s3]}
	    event_bus_name: "${local.bus}"
	  nat: {type: aws.ec2.nat_gateway, subnet_id: subnet-0123456789abcdef0, connectivity_type: private}
	YAML
	mkdir -p mods/conn &&
	cat >mods/conn/main.yaml <<-\YAML
	variables:
	  connection_type: {type: string}
	resources:
	  conn: {type: aws.glue.connection, name: lake-conn, connection_type: "${var.connection_type}"}
	YAML
}

WRONG="-var dead_letter=arn:aws:sqs:us-east-1:123456789012:orders-dlq.fifo -var parameter=lake/watermark -var partner=aws.partner/saas.example/123/ -var connection_type=SFTP"

words_expect () {
	cat >expect <<-\EXPECT
	mods/conn/main.yaml:4:54: error: resource "module.m.conn" (aws.glue.connection): connection_type: "SFTP", but it must not be "SFTP" when connection_type is set: AWS says "SFTP is not supported." (glue CreateConnection ConnectionInput.ConnectionType)
	./stack.yaml:17:5: error: resource "orders" (aws.sqs.queue): redrive_policy.deadLetterTargetArn: "arn:aws:sqs:us-east-1:123456789012:orders-dlq.fifo", but it must not match "\.fifo$" when name does not match "\.fifo$" and redrive_policy.deadLetterTargetArn is set: AWS says "Similarly, the dead-letter queue of a standard queue must also be a standard queue." (sqs CreateQueue Attributes)
	./stack.yaml:18:40: error: resource "watermark" (aws.ssm.parameter): name: "lake/watermark", but it must match "^ */" when name matches "/": AWS says "For parameters in a hierarchy, you must include a leading forward slash character (/) when you create or reference a parameter." (ssm PutParameter Name)
	./stack.yaml:24:5: error: resource "audit" (aws.events.rule): event_bus_name: "aws.partner/saas.example/123/orders-bus", but it must not match "(^|/)aws\.partner/" when state is "ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS" and event_bus_name is set: AWS says "This value is only valid for rules on the default event bus or custom event buses." (events PutRule State)
	EXPECT
}

test_expect_success 'as written, what a variable, a local or a module input gives is not known yet: validate passes' '
	words_stack &&
	terrace validate -no-color >out 2>err &&
	test_line out "Success! The stack is valid (4 resources, 1 module call)." &&
	test_empty err
'

test_expect_success 'validate -var refuses each row broken through a variable, a local and a module input, at its file:line:col; exit 1' '
	words_stack &&
	test_expect_code 1 terrace validate -no-color $WRONG >out 2>err &&
	words_expect &&
	test_cmp expect err &&
	test_not_contains out "Success!"
'

test_expect_success 'their valid twins pass validate -var' '
	words_stack &&
	terrace validate -no-color -var dead_letter=arn:aws:sqs:us-east-1:123456789012:orders-dlq -var parameter=/lake/watermark -var partner=team- -var connection_type=CUSTOM >out 2>err &&
	test_line out "Success! The stack is valid (4 resources, 1 module call)." &&
	test_empty err
'

test_expect_success 'plan refuses the same (in its own order), and plans nothing; exit 1' '
	words_stack &&
	test_expect_code 1 terrace plan -refresh=false -no-color -input=false $WRONG >out 2>err &&
	words_expect &&
	sort expect >expect.sorted &&
	sort err >err.sorted &&
	test_cmp expect.sorted err.sorted &&
	test_not_contains out "Plan:"
'

test_expect_success 'as written: a private NAT gateway given an Elastic IP, at its file:line:col; exit 1' '
	words_stack &&
	sed -i "s/connectivity_type: private}/connectivity_type: private, allocation_id: eipalloc-0123456789abcdef0}/" stack.yaml &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	cat >expect <<-\EXPECT &&
	./stack.yaml:25:101: error: resource "nat" (aws.ec2.nat_gateway): allocation_id: "eipalloc-0123456789abcdef0", but it must not be set when connectivity_type is "private": AWS says "You cannot specify an Elastic IP address with a private NAT gateway." (ec2 CreateNatGateway AllocationId)
	EXPECT
	test_cmp expect err &&
	test_not_contains out "Success!"
'

test_done
