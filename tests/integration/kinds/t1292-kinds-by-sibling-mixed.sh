#!/usr/bin/env bash
# t1292-kinds-by-sibling-mixed: kinds that depend on a sibling and the rules
# across a reference (issue 69 point 3; provider/aws/checks/kinds/by_sibling.def)
# between written aws.* and awscc.* resources, at validate:
#   - an awscc.sns.subscription's sqs endpoint given an aws.sqs.queue's url
#     (naming ${q.url}'s ${q.arn}), an aws.sns.subscription's given an
#     awscc.sqs.queue's queue_url (naming ${aq.arn});
#   - an awscc.ecs.service whose written aws.ecs.task_definition has
#     network_mode awsvpc, behind an awscc target group of target_type
#     instance (ECS: "... has target type instance, which is incompatible
#     with the awsvpc network mode specified in the task definition");
#   - an awscc.logs.subscription_filter to a written aws.kinesis.stream or
#     aws.firehose.delivery_stream without role_arn (PutSubscriptionFilter
#     needs roleArn for them);
#   - an awscc target group of target_type lambda given a written function's
#     name;
#   - an awscc.lambda.event_source_mapping of a written table's stream_arn
#     without starting_position (CreateEventSourceMapping: "Required for
#     Amazon Kinesis and Amazon DynamoDB Stream event sources"; a literal
#     ARN is cfn-lint's E3633 already), and not of a queue;
#   - and the same stack written right validates: ${q.arn}, target_type ip,
#     role_arn set, a Lambda destination without one, ${fn.arn}.
# No server is contacted.
. "$(dirname "$0")/../lib.sh"

stack () {
	{
		echo "stack: by-sibling"
		echo "resources:"
		echo "  q: {type: aws.sqs.queue, name: by-sibling}"
		echo "  aq: {type: awscc.sqs.queue, queue_name: by-sibling-cc}"
		echo "  fn: {type: aws.lambda.function, function_name: f, runtime: python3.12, handler: main.handler, role: \"arn:aws:iam::123456789012:role/r\", s3_bucket: code, s3_key: f.zip}"
		echo "  td: {type: aws.ecs.task_definition, family: web, network_mode: awsvpc, requires_compatibilities: [FARGATE], cpu: \"256\", memory: \"512\", container_definitions: [{name: web, image: nginx, portMappings: [{containerPort: 80}]}]}"
		echo "  ks: {type: aws.kinesis.stream, name: by-sibling, shard_count: 1}"
		echo "  fh: {type: aws.firehose.delivery_stream, name: by-sibling, extended_s3_configuration: {role_arn: \"arn:aws:iam::123456789012:role/fh\", bucket_arn: \"arn:aws:s3:::by-sibling\"}}"
		cat
	} >stack.yaml
}

test_expect_success 'between written and awscc resources, each mistake is refused' '
	stack <<-\YAML &&
	  s1: {type: awscc.sns.subscription, topic_arn: "arn:aws:sns:us-east-1:123456789012:t", protocol: sqs, endpoint: "${q.url}"}
	  s2: {type: aws.sns.subscription, topic_arn: "arn:aws:sns:us-east-1:123456789012:t", protocol: sqs, endpoint: "${aq.queue_url}"}
	  tg: {type: awscc.elasticloadbalancingv2.target_group, target_type: instance, protocol: HTTP, port: 80, vpc_id: vpc-0123456789abcdef0}
	  svc: {type: awscc.ecs.service, task_definition: "${td.arn}", load_balancers: [{container_name: web, container_port: 80, target_group_arn: "${tg.target_group_arn}"}], network_configuration: {awsvpc_configuration: {subnets: [subnet-0123456789abcdef0]}}}
	  sf1: {type: awscc.logs.subscription_filter, log_group_name: app, filter_pattern: "", destination_arn: "${ks.arn}"}
	  sf2: {type: awscc.logs.subscription_filter, log_group_name: app, filter_pattern: "", destination_arn: "${fh.arn}"}
	  fns: {type: awscc.elasticloadbalancingv2.target_group, target_type: lambda, targets: [{id: "${fn.function_name}"}]}
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_line err "./stack.yaml:9:104: error: resource \"s1\" (awscc.sns.subscription): endpoint takes an SQS queue'"'"'s ARN where protocol is \"sqs\", not an SQS queue'"'"'s URL (what q.url gives): write \${q.arn}" &&
	test_line err "./stack.yaml:10:102: error: resource \"s2\" (aws.sns.subscription): endpoint takes an SQS queue'"'"'s ARN where protocol is \"sqs\", not an SQS queue'"'"'s URL (what aq.queue_url gives): write \${aq.arn}" &&
	test_line err "./stack.yaml:12:123: error: resource \"svc\" (awscc.ecs.service): load_balancers[0].target_group_arn: awscc.elasticloadbalancingv2.target_group \"tg\" has target_type \"instance\", and td.network_mode is \"awsvpc\": ECS: \"The provided target group ... has target type instance, which is incompatible with the awsvpc network mode specified in the task definition\"; give the target group target_type: ip (an awsvpc service registers each task'"'"'s IP address)" &&
	test_line err "resource \"tg\" target_type is at ./stack.yaml:11:57" &&
	test_line err "./stack.yaml:13:88: error: resource \"sf1\" (awscc.logs.subscription_filter): destination_arn is a Kinesis stream'"'"'s ARN (\"\${ks.arn}\"), and role_arn is not set: CloudWatch Logs PutSubscriptionFilter: roleArn is required for Kinesis Data Streams and Firehose destinations (not for a Lambda function or a logical destination); set role_arn to a role logs.amazonaws.com may assume that may put records to it" &&
	test_line err "./stack.yaml:14:88: error: resource \"sf2\" (awscc.logs.subscription_filter): destination_arn is a Firehose stream'"'"'s ARN (\"\${fh.arn}\"), and role_arn is not set: CloudWatch Logs PutSubscriptionFilter: roleArn is required for Kinesis Data Streams and Firehose destinations (not for a Lambda function or a logical destination); set role_arn to a role logs.amazonaws.com may assume that may put records to it" &&
	test_line err "./stack.yaml:15:90: error: resource \"fns\" (awscc.elasticloadbalancingv2.target_group): targets[0].id takes a Lambda function'"'"'s ARN where target_type is \"lambda\", not a Lambda function'"'"'s name (what fn.function_name gives): write \${fn.arn}" &&
	test_equal 6 "$(grep -c "error:" err)"
'

test_expect_success 'the same stack written right validates' '
	stack <<-\YAML &&
	  s1: {type: awscc.sns.subscription, topic_arn: "arn:aws:sns:us-east-1:123456789012:t", protocol: sqs, endpoint: "${q.arn}"}
	  s2: {type: aws.sns.subscription, topic_arn: "arn:aws:sns:us-east-1:123456789012:t", protocol: sqs, endpoint: "${aq.arn}"}
	  tg: {type: awscc.elasticloadbalancingv2.target_group, target_type: ip, protocol: HTTP, port: 80, vpc_id: vpc-0123456789abcdef0}
	  svc: {type: awscc.ecs.service, task_definition: "${td.arn}", load_balancers: [{container_name: web, container_port: 80, target_group_arn: "${tg.target_group_arn}"}], network_configuration: {awsvpc_configuration: {subnets: [subnet-0123456789abcdef0]}}}
	  sf1: {type: awscc.logs.subscription_filter, log_group_name: app, filter_pattern: "", destination_arn: "${ks.arn}", role_arn: "arn:aws:iam::123456789012:role/cwl"}
	  sf2: {type: awscc.logs.subscription_filter, log_group_name: app, filter_pattern: "", destination_arn: "${fn.arn}"}
	  fns: {type: awscc.elasticloadbalancingv2.target_group, target_type: lambda, targets: [{id: "${fn.arn}"}]}
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (13 resources)" &&
	test_empty err
'

test_expect_success 'an awscc event source mapping of a written table'"'"'s stream needs starting_position' '
	stack <<-\YAML &&
	  tbl: {type: aws.dynamodb.table, name: by-sibling, hash_key: id, attribute: [{name: id, type: S}], billing_mode: PAY_PER_REQUEST, stream_enabled: true, stream_view_type: NEW_IMAGE}
	  m1: {type: awscc.lambda.event_source_mapping, function_name: f, event_source_arn: "${tbl.stream_arn}"}
	  m2: {type: awscc.lambda.event_source_mapping, function_name: f, event_source_arn: "${tbl.stream_arn}", starting_position: LATEST}
	  m3: {type: awscc.lambda.event_source_mapping, function_name: f, event_source_arn: "${q.arn}"}
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_line err "./stack.yaml:10:67: error: resource \"m1\" (awscc.lambda.event_source_mapping): event_source_arn is a DynamoDB stream'"'"'s ARN (\"\${tbl.stream_arn}\"), and starting_position is not set: Lambda CreateEventSourceMapping: StartingPosition is \"Required for Amazon Kinesis and Amazon DynamoDB Stream event sources\"; set starting_position to TRIM_HORIZON or LATEST" &&
	test_equal 1 "$(grep -c "error:" err)"
'

test_done
