#!/usr/bin/env bash
# t0941-awscc-validate: `terrace validate` on stacks with awscc types (every
# type CloudFormation's registry publishes, checked against its resource
# schema): a value the schema refuses is an error at its FILE:LINE:COL
# naming the attribute, what the schema takes and the value; a misspelt
# awscc type and a misspelt property get a did-you-mean; exit 1. A value
# not known yet passes validate and is judged at plan, before any request;
# a stack mixing a native type and an awscc type that
# refer to each other validates (exit 0). No server is contacted.
. "$(dirname "$0")/../lib.sh"

stack () {
	{
		echo "stack: cc"
		echo "resources:"
		cat
	} >stack.yaml
}

test_expect_success 'native buckets and awscc queues referring to each other validate' '
	stack <<-\YAML &&
	  lake:
	    type: aws.s3.bucket
	    name: acme-lake
	    tags: {queue: "${orders.arn}"}
	  raw:
	    type: aws.s3.bucket
	    name: acme-raw
	  orders:
	    type: awscc.sqs.queue
	    queue_name: "${raw.name}-orders"
	    delay_seconds: "5"
	    message_retention_period: 86400
	    redrive_policy:
	      maxReceiveCount: 3
	      deadLetterTargetArn: "${dead.arn}"
	    tags:
	      - {key: team, value: data}
	  dead:
	    type: awscc.sqs.queue
	    queue_name: orders-dead
	  zone:
	    type: awscc.route53.hosted_zone
	    name: example.com
	    hosted_zone_config: {comment: "${lake.arn}"}
	    vp_cs:
	      - vpc_id: vpc-12345678
	        vpc_region: us-east-1
	YAML
	terrace validate >out 2>err &&
	test_contains out "Success!" &&
	test_empty err
'

test_expect_success 'a value out of range: FILE:LINE:COL, the attribute, the range, the value' '
	stack <<-\YAML &&
	  orders:
	    type: awscc.sqs.queue
	    delay_seconds: 901
	YAML
	test_expect_code 1 terrace validate >out 2>err &&
	test_contains err "./stack.yaml:5:5: error: resource \"orders\" (awscc.sqs.queue): delay_seconds: 901, where it takes 0 to 900 (AWS::SQS::Queue'"'"'s schema)"
'

test_expect_success 'a value known only at plan is judged there, at its FILE:LINE:COL, before any request' '
	{
		echo "stack: cc"
		echo "variables:"
		echo "  delay: {default: 901}"
		echo "resources:"
		echo "  orders: {type: awscc.sqs.queue, delay_seconds: \"\${var.delay}\"}"
	} >stack.yaml &&
	terrace validate >out 2>err &&
	test_contains out "Success!" &&
	AWS_ACCESS_KEY_ID=AKIDEXAMPLE AWS_SECRET_ACCESS_KEY=secret AWS_REGION=us-east-1 \
		AWS_ENDPOINT_URL=http://127.0.0.1:9 test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "./stack.yaml:5:35: error: resource \"orders\" (awscc.sqs.queue): delay_seconds: 901, where it takes 0 to 900 (AWS::SQS::Queue'"'"'s schema)"
'

test_expect_success 'an enum, a pattern, inside a list of blocks: at the value written' '
	stack <<-\YAML &&
	  logs:
	    type: awscc.logs.log_group
	    log_group_class: STANDRD
	YAML
	test_expect_code 1 terrace validate >out 2>err &&
	test_contains err "./stack.yaml:5:5: error: resource \"logs\" (awscc.logs.log_group): log_group_class: \"STANDRD\" is not one of \"STANDARD\", \"INFREQUENT_ACCESS\", \"DELIVERY\" (did you mean \"STANDARD\"?)" &&
	stack <<-\YAML &&
	  bus:
	    type: awscc.events.event_bus
	    name: "my bus"
	YAML
	test_expect_code 1 terrace validate >out 2>err &&
	test_contains err "./stack.yaml:5:5: error: resource \"bus\" (awscc.events.event_bus): name: \"my bus\" does not match the pattern it takes, ^[/\\.\\-_A-Za-z0-9]+\$" &&
	stack <<-\YAML &&
	  zone:
	    type: awscc.route53.hosted_zone
	    name: example.com
	    vp_cs:
	      - vpc_id: vpc-1
	        vpc_region: us-east-1
	      - vpc_id: vpc-2
	YAML
	test_expect_code 1 terrace validate >out 2>err &&
	test_contains err "./stack.yaml:9:9: error: resource \"zone\" is missing required attribute \"vp_cs[1].vpc_region\""
'

test_expect_success 'exactly one of two settings (oneOf): at the resource' '
	stack <<-\YAML &&
	  jobs:
	    type: awscc.batch.job_queue
	    priority: 1
	YAML
	test_expect_code 1 terrace validate >out 2>err &&
	test_contains err "./stack.yaml:3:3: error: resource \"jobs\" (awscc.batch.job_queue): sets none where it takes exactly one of: compute_environment_order; service_environment_order"
'

test_expect_success 'a misspelt awscc type and a misspelt property: did you mean' '
	stack <<-\YAML &&
	  zone:
	    type: awscc.route53.hosted_zon
	    name: example.com
	  orders:
	    type: awscc.sqs.queue
	    dealy_seconds: 5
	YAML
	test_expect_code 1 terrace validate >out 2>err &&
	test_contains err "./stack.yaml:4:11: error: unknown resource type \"awscc.route53.hosted_zon\"" &&
	test_contains err "did you mean \"awscc.route53.hosted_zone\"?" &&
	test_contains err "./stack.yaml:8:5: error: unknown attribute \"dealy_seconds\" of resource \"orders\"" &&
	test_contains err "did you mean \"delay_seconds\"?"
'

test_expect_success 'what the server sets cannot be written; Type is <resource>_type' '
	stack <<-\YAML &&
	  orders:
	    type: awscc.sqs.queue
	    arn: arn:aws:sqs:us-east-1:123456789012:q
	YAML
	test_expect_code 1 terrace validate >out 2>err &&
	test_contains err "attribute \"arn\" of resource \"orders\" is computed by the provider and cannot be set" &&
	stack <<-\YAML &&
	  gw:
	    type: awscc.ec2.customer_gateway
	    customer_gateway_type: ipsec.1
	    bgp_asn: 65000
	    ip_address: 203.0.113.1
	YAML
	terrace validate >out 2>err &&
	test_contains out "Success!"
'

test_expect_success 'tags as the schema gives them (docs/providers/awscc.md): a queue'"'"'s a list of key/value, a parameter'"'"'s a map' '
	stack <<-\YAML &&
	  jobs:
	    type: awscc.sqs.queue
	    tags: [{key: team, value: data}]
	  setting:
	    type: awscc.ssm.parameter
	    parameter_type: String
	    value: "on"
	    tags: {team: data}
	YAML
	terrace validate >out 2>err &&
	test_contains out "Success!" &&
	stack <<-\YAML &&
	  jobs:
	    type: awscc.sqs.queue
	    tags: {team: data}
	YAML
	test_expect_code 1 terrace validate >out 2>err &&
	test_contains err "./stack.yaml:5:11: error: attribute \"tags\" of resource \"jobs\" must be a list of objects, got map"
'

test_done
