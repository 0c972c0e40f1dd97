#!/usr/bin/env bash
# t1722-kinds-heldout5: heldout5's reference misses (issue 87) mended in the
# mechanism: the API's kinds where the schema's format says nothing
# (schema_kinds.py's API_KINDS, gen_kinds.py's TWINS, each citing botocore's
# member documentation), a reference of another kind refused at validate,
# the kinds AWS also takes passing:
#   - a Batch compute environment's instance_role takes an instance
#     profile's ARN or name (Batch ComputeResource instanceRole), not a
#     role's ARN;
#   - a job queue's compute environment takes a compute environment's ARN,
#     not a job definition's (own ARNs of one service judged by their
#     resource part: check.c's same_resource); its name passes;
#   - a CodeBuild service_role takes a role's ARN or name, not an instance
#     profile's ARN;
#   - a NAT gateway's allocation_id takes an Elastic IP's allocation id, not
#     its public IP;
#   - a Redshift cluster's iam_roles take roles' ARNs or names, not a
#     policy's ARN;
#   - an SNS topic policy's topics take topics' ARNs, not a queue's;
#   - an SQS queue policy's queues take queues' URLs, not an ARN;
#   - an awscc logs subscription filter's destination_arn takes a Kinesis
#     stream's, a logs destination's, a Firehose stream's or a Lambda
#     function's ARN, not a bucket's.
# Validated offline; planned with -refresh=false against an endpoint
# nothing listens on: no server is contacted.
. "$(dirname "$0")/../lib.sh"

# stack: each reference from the environment, the valid one by default.
stack () {
	cat >stack.yaml <<-YAML
	stack: heldout5-misses
	providers:
	  aws: {region: us-east-1, endpoint: "http://127.0.0.1:1", access_key: x, secret_key: y}
	resources:
	  vpc:
	    type: aws.ec2.vpc
	    cidr_block: 10.44.0.0/16
	  net:
	    type: aws.ec2.subnet
	    vpc_id: \${vpc.vpc_id}
	    cidr_block: 10.44.1.0/24
	  sg:
	    type: aws.ec2.security_group
	    name: misses5-jobs
	    description: jobs
	    vpc_id: \${vpc.vpc_id}
	  hosts_role:
	    type: aws.iam.role
	    name: misses5-hosts
	    assume_role_policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: "sts:AssumeRole"}]}
	  hosts_profile:
	    type: aws.iam.instance_profile
	    name: misses5-hosts
	    role: \${hosts_role.name}
	  builds:
	    type: aws.iam.role
	    name: misses5-builds
	    assume_role_policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: codebuild.amazonaws.com}, Action: "sts:AssumeRole"}]}
	  copy_role:
	    type: aws.iam.role
	    name: misses5-copy
	    assume_role_policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: redshift.amazonaws.com}, Action: "sts:AssumeRole"}]}
	  lake_read:
	    type: aws.iam.policy
	    name: misses5-lake-read
	    policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "s3:GetObject", Resource: "*"}]}
	  hosts:
	    type: aws.batch.compute_environment
	    name: misses5-hosts
	    compute_environment_type: MANAGED
	    compute_resources:
	      type: EC2
	      max_vcpus: 16
	      subnets: ["\${net.subnet_id}"]
	      security_group_ids: ["\${sg.group_id}"]
	      instance_type: [optimal]
	      instance_role: \${${INSTANCE_ROLE:-hosts_profile.arn}}
	  nightly:
	    type: aws.batch.job_definition
	    name: misses5-nightly
	    container_properties:
	      image: public.ecr.aws/docker/library/python:3.12
	      command: [python, -c, "print(1)"]
	      resourceRequirements: [{type: VCPU, value: "1"}, {type: MEMORY, value: "2048"}]
	  queue:
	    type: aws.batch.job_queue
	    name: misses5-nightly
	    priority: 1
	    compute_environment_order: [{order: 1, compute_environment: "\${${CE:-hosts.arn}}"}]
	  docs:
	    type: aws.codebuild.project
	    name: misses5-docs
	    service_role: \${${SERVICE_ROLE:-builds.arn}}
	    source: {type: NO_SOURCE, buildspec: "version: 0.2"}
	    artifacts: {type: NO_ARTIFACTS}
	    environment: {type: LINUX_CONTAINER, image: "aws/codebuild/amazonlinux2-x86_64-standard:5.0", compute_type: BUILD_GENERAL1_SMALL}
	  egress_ip:
	    type: aws.ec2.eip
	  nat:
	    type: aws.ec2.nat_gateway
	    subnet_id: \${net.subnet_id}
	    allocation_id: \${${ALLOCATION:-egress_ip.allocation_id}}
	  warehouse:
	    type: aws.redshift.cluster
	    cluster_identifier: misses5-warehouse
	    node_type: ra3.xlplus
	    number_of_nodes: 2
	    database_name: marts
	    master_username: admin
	    master_password: Sup3rSecret-pass
	    skip_final_snapshot: true
	    iam_roles: ["\${${IAM_ROLE:-copy_role.arn}}"]
	  landing:
	    type: aws.sqs.queue
	    name: misses5-landing
	  cc_landing:
	    type: awscc.sqs.queue
	    queue_name: misses5-landing2
	  landed:
	    type: aws.sns.topic
	    name: misses5-landed
	  landed_policy:
	    type: aws.sns.topic_policy
	    topics: ["\${${TOPIC:-landed.arn}}"]
	    policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: s3.amazonaws.com}, Action: "sns:Publish", Resource: "*"}]}
	  landing_policy:
	    type: aws.sqs.queue_policy
	    queues: ["\${${QUEUE:-cc_landing.queue_url}}"]
	    policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: s3.amazonaws.com}, Action: "sqs:SendMessage", Resource: "*"}]}
	  archive:
	    type: aws.s3.bucket
	    name: misses5-log-archive
	  clicks:
	    type: aws.kinesis.stream
	    name: misses5-clicks
	    shard_count: 1
	  job_logs:
	    type: aws.logs.log_group
	    name: /misses5/jobs
	  to_kinesis:
	    type: aws.iam.role
	    name: misses5-logs-to-kinesis
	    assume_role_policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: logs.amazonaws.com}, Action: "sts:AssumeRole"}]}
	  ship_errors:
	    type: awscc.logs.subscription_filter
	    log_group_name: \${job_logs.name}
	    filter_pattern: ERROR
	    destination_arn: \${${DESTINATION:-clicks.arn}}
	    role_arn: \${to_kinesis.arn}
	YAML
}

test_expect_success 'the valid twins: validate and plan pass' '
	stack &&
	terrace validate -no-color >out 2>err &&
	test_line out "Success! The stack is valid (25 resources)." &&
	test_empty err &&
	terrace plan -refresh=false -no-color -input=false >out 2>err &&
	test_contains out "Plan: 25 to add, 0 to change, 0 to destroy."
'

test_expect_success 'names where AWS takes a name or an ARN: validate passes' '
	INSTANCE_ROLE=hosts_profile.name CE=hosts.name SERVICE_ROLE=builds.name \
		IAM_ROLE=copy_role.name stack &&
	terrace validate -no-color >out 2>err &&
	test_line out "Success! The stack is valid (25 resources)."
'

test_expect_success 'references of a kind the API member does not take; exit 1' '
	INSTANCE_ROLE=hosts_role.arn CE=nightly.arn SERVICE_ROLE=hosts_profile.arn \
		ALLOCATION=egress_ip.public_ip IAM_ROLE=lake_read.arn TOPIC=landing.arn \
		QUEUE=cc_landing.arn DESTINATION=archive.arn stack &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "resource \"hosts\" (aws.batch.compute_environment): compute_resources.instance_role takes an IAM instance profile'"'"'s ARN or an IAM instance profile'"'"'s name, not an IAM role'"'"'s ARN (what hosts_role.arn gives)" &&
	test_contains err "resource \"queue\" (aws.batch.job_queue): compute_environment_order[0].compute_environment takes a Batch compute environment'"'"'s ARN, not a Batch job definition'"'"'s ARN (what nightly.arn gives)" &&
	test_contains err "resource \"docs\" (aws.codebuild.project): service_role takes an IAM role'"'"'s ARN or an IAM role'"'"'s name, not an IAM instance profile'"'"'s ARN (what hosts_profile.arn gives)" &&
	test_contains err "resource \"nat\" (aws.ec2.nat_gateway): allocation_id takes an EC2 EIP'"'"'s allocation id, not an EC2 EIP'"'"'s public IP (what egress_ip.public_ip gives): write \${egress_ip.allocation_id}" &&
	test_contains err "resource \"warehouse\" (aws.redshift.cluster): iam_roles[0] takes an IAM role'"'"'s ARN or an IAM role'"'"'s name, not an IAM managed policy'"'"'s ARN (what lake_read.arn gives)" &&
	test_contains err "resource \"landed_policy\" (aws.sns.topic_policy): topics[0] takes an SNS topic'"'"'s ARN, not an SQS queue'"'"'s ARN (what landing.arn gives)" &&
	test_contains err "resource \"landing_policy\" (aws.sqs.queue_policy): queues[0] takes an SQS queue'"'"'s URL, not an SQS queue'"'"'s ARN (what cc_landing.arn gives)" &&
	test_contains err "resource \"ship_errors\" (awscc.logs.subscription_filter): destination_arn takes a Kinesis stream'"'"'s ARN, a CloudWatch Logs destination'"'"'s ARN, a Firehose stream'"'"'s ARN or a Lambda function'"'"'s ARN, not an S3 bucket'"'"'s ARN (what archive.arn gives)" &&
	test_equal 8 "$(grep -c "error:" err)"
'

test_done
