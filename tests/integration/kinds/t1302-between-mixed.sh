#!/usr/bin/env bash
# t1302-between-mixed: one stack of written and awscc resources, each held
# to the rules between its attributes: validate reports every resource's
# (a written queue's Terraform rule, an awscc queue's and Glue job's, an
# awscc alarm's cfn-lint rule), each at its own file:line:col, and the stack
# with each mended validates. No server is contacted.
. "$(dirname "$0")/../lib.sh"

test_expect_success 'written and awscc resources are refused each at its attribute' '
	cat >stack.yaml <<-\YAML &&
	stack: between-mixed
	resources:
	  written_queue:
	    type: aws.sqs.queue
	    name: written
	    kms_master_key_id: alias/orders
	    sqs_managed_sse_enabled: true
	  cc_queue:
	    type: awscc.sqs.queue
	    queue_name: cc
	    kms_master_key_id: alias/orders
	    sqs_managed_sse_enabled: true
	  cc_job:
	    type: awscc.glue.job
	    name: etl
	    role: arn:aws:iam::123456789012:role/glue
	    command: {script_location: s3://scripts/etl.py}
	    max_capacity: 2
	    worker_type: G.1X
	  cc_alarm:
	    type: awscc.cloudwatch.alarm
	    comparison_operator: GreaterThanThreshold
	    evaluation_periods: 1
	    metric_name: Errors
	    namespace: AWS/Lambda
	    statistic: Sum
	    period: 60
	    threshold: 1
	    threshold_metric_id: e1
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "./stack.yaml:7:5: error: resource \"written_queue\" (aws.sqs.queue): sqs_managed_sse_enabled: kms_master_key_id and sqs_managed_sse_enabled exclude each other" &&
	test_contains err "./stack.yaml:12:5: error: resource \"cc_queue\" (awscc.sqs.queue): sqs_managed_sse_enabled: kms_master_key_id and sqs_managed_sse_enabled exclude each other: AWS takes one of them; drop sqs_managed_sse_enabled or kms_master_key_id (SQS CreateQueue" &&
	test_contains err "./stack.yaml:19:5: error: resource \"cc_job\" (awscc.glue.job): worker_type: max_capacity and worker_type exclude each other: AWS takes one of them; drop worker_type or max_capacity (Glue CreateJob: \"Do not set MaxCapacity if using WorkerType and NumberOfWorkers\"" &&
	test_contains err "./stack.yaml:29:5: error: resource \"cc_alarm\" (awscc.cloudwatch.alarm): threshold_metric_id: threshold and threshold_metric_id exclude each other: AWS takes one of them; drop threshold_metric_id or threshold"
'

test_expect_success 'the stack mended validates' '
	sed -i "/sqs_managed_sse_enabled/d;/max_capacity/d;/threshold_metric_id/d" stack.yaml &&
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (4 resources)"
'

test_expect_success 'an awscc Batch job definition with container and node properties is refused; one validates' '
	cat >stack.yaml <<-\YAML &&
	stack: between-mixed
	resources:
	  batch_job:
	    type: awscc.batch.job_definition
	    job_definition_name: nightly
	    job_definition_type: container
	    container_properties: {image: busybox}
	    node_properties: {main_node: 0, num_nodes: 1, node_range_properties: [{target_nodes: "0:"}]}
	  queue:
	    type: aws.sqs.queue
	    name: written
	    kms_master_key_id: alias/orders
	    sqs_managed_sse_enabled: false
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "./stack.yaml:8:5: error: resource \"batch_job\" (awscc.batch.job_definition): node_properties: container_properties and node_properties exclude each other: AWS takes one of them; drop node_properties or container_properties (Batch RegisterJobDefinition" &&
	test_not_contains err "resource \"queue\"" &&
	sed -i "/node_properties/d" stack.yaml &&
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (2 resources)"
'

test_expect_success 'an awscc NAT gateway given a count of secondary addresses and the addresses is refused' '
	cat >stack.yaml <<-\YAML &&
	stack: between-mixed
	resources:
	  nat:
	    type: awscc.ec2.nat_gateway
	    subnet_id: subnet-0123456789abcdef0
	    connectivity_type: private
	    secondary_private_ip_address_count: 2
	    secondary_private_ip_addresses: [10.0.1.5]
	  written_nat:
	    type: aws.ec2.nat_gateway
	    subnet_id: subnet-0123456789abcdef0
	    connectivity_type: private
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "./stack.yaml:8:5: error: resource \"nat\" (awscc.ec2.nat_gateway): secondary_private_ip_addresses: secondary_private_ip_address_count and secondary_private_ip_addresses exclude each other: AWS takes one of them; drop secondary_private_ip_addresses or secondary_private_ip_address_count (EC2 CreateNatGateway" &&
	test_not_contains err "written_nat" &&
	sed -i "/secondary_private_ip_addresses/d" stack.yaml &&
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (2 resources)"
'

test_done
