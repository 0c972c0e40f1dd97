#!/usr/bin/env bash
# t1291-kinds-by-sibling-awscc: kinds that depend on a sibling (issue 69
# point 3; provider/aws/checks/kinds/by_sibling.def) on awscc types, at validate:
#   - awscc.sns.subscription's endpoint by its protocol (a queue's URL for
#     sqs refused, ${aq.queue_url} naming ${aq.arn}), and a Firehose
#     stream's without subscription_role_arn (SNS: "required for Firehose
#     delivery stream subscriptions");
#   - a Firehose processor's parameter_value by its parameter_name, at any
#     destination (a LambdaArn given a function's name, naming ${fn.arn}; a
#     NumberOfRetries of "three"; a RoleArn of a role's name), where
#     gen_schemas.py's NOT_ENFORCED took cfn-lint's one kind off;
#   - a target group's targets[].id by its target_type (an instance id for
#     ip, an IP address for instance, a function's name for lambda, a
#     network load balancer's ARN for alb), each element by its index;
#   - near the edges, what AWS takes passes: a Delimiter of "\n" and a
#     MetadataExtractionQuery of any text (their names ask for no kind), a
#     buffer size of "3", each target type's own kind, an IPv6 target, a
#     target_type not known yet.
# No server is contacted.
. "$(dirname "$0")/../lib.sh"

stack () {
	{
		echo "stack: by-sibling"
		echo "variables:"
		echo "  tt: {type: string, default: ip}"
		echo "resources:"
		echo "  aq: {type: awscc.sqs.queue, queue_name: by-sibling}"
		echo "  fn: {type: awscc.lambda.function, role: \"arn:aws:iam::123456789012:role/r\", code: {zip_file: x}, runtime: python3.12, handler: index.handler}"
		cat
	} >stack.yaml
}

test_expect_success 'an SNS endpoint of another kind than its protocol asks for is refused' '
	stack <<-\YAML &&
	  url: {type: awscc.sns.subscription, topic_arn: "arn:aws:sns:us-east-1:123456789012:t", protocol: sqs, endpoint: "https://sqs.us-east-1.amazonaws.com/123456789012/by-sibling"}
	  ref: {type: awscc.sns.subscription, topic_arn: "arn:aws:sns:us-east-1:123456789012:t", protocol: sqs, endpoint: "${aq.queue_url}"}
	  ok: {type: awscc.sns.subscription, topic_arn: "arn:aws:sns:us-east-1:123456789012:t", protocol: sqs, endpoint: "${aq.arn}"}
	  fh: {type: awscc.sns.subscription, topic_arn: "arn:aws:sns:us-east-1:123456789012:t", protocol: firehose, endpoint: "arn:aws:firehose:us-east-1:123456789012:deliverystream/d"}
	  fhok: {type: awscc.sns.subscription, topic_arn: "arn:aws:sns:us-east-1:123456789012:t", protocol: firehose, endpoint: "arn:aws:firehose:us-east-1:123456789012:deliverystream/d", subscription_role_arn: "arn:aws:iam::123456789012:role/sns-fh"}
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_line err "./stack.yaml:7:105: error: resource \"url\" (awscc.sns.subscription): endpoint: \"https://sqs.us-east-1.amazonaws.com/123456789012/by-sibling\" is not an SQS queue'"'"'s ARN, which protocol \"sqs\" takes (SNS Subscribe: \"For the sqs protocol, the endpoint is the ARN of an Amazon SQS queue\"): write one like arn:aws:sqs:us-east-1:123456789012:NAME" &&
	test_line err "./stack.yaml:8:105: error: resource \"ref\" (awscc.sns.subscription): endpoint takes an SQS queue'"'"'s ARN where protocol is \"sqs\", not an SQS queue'"'"'s URL (what aq.queue_url gives): write \${aq.arn}" &&
	test_line err "./stack.yaml:10:109: error: resource \"fh\" (awscc.sns.subscription): endpoint is a Firehose stream'"'"'s ARN (\"arn:aws:firehose:us-east-1:123456789012:deliverystream/d\"), and subscription_role_arn is not set: SNS: SubscriptionRoleArn \"is required for Firehose delivery stream subscriptions\"; set subscription_role_arn to a role sns.amazonaws.com may assume that may put records to the stream" &&
	test_equal 3 "$(grep -c "error:" err)"
'

firehose () {
	stack <<-YAML
	  fh:
	    type: awscc.kinesisfirehose.delivery_stream
	    delivery_stream_name: lines
	    $1:
	      bucket_arn: arn:aws:s3:::landing
	      role_arn: arn:aws:iam::123456789012:role/firehose
	      processing_configuration:
	        enabled: true
	        processors:
	          - type: Lambda
	            parameters:
	              - {parameter_name: LambdaArn, parameter_value: "$2"}
	              - {parameter_name: NumberOfRetries, parameter_value: "$3"}
	              - {parameter_name: RoleArn, parameter_value: "$4"}
	              - {parameter_name: BufferSizeInMBs, parameter_value: "0.2"}
	          - type: AppendDelimiterToRecord
	            parameters:
	              - {parameter_name: Delimiter, parameter_value: "\\\\n"}
	          - type: MetadataExtraction
	            parameters:
	              - {parameter_name: MetadataExtractionQuery, parameter_value: "{customer_id:.customer_id}"}
	              - {parameter_name: JsonParsingEngine, parameter_value: JQ-1.6}
	YAML
}

test_expect_success 'a Firehose processor parameter of another kind than its name asks for is refused' '
	firehose extended_s3_destination_configuration "\${fn.function_name}" three firehose-invoke &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_line err "./stack.yaml:18:45: error: resource \"fh\" (awscc.kinesisfirehose.delivery_stream): extended_s3_destination_configuration.processing_configuration.processors[0].parameters[0].parameter_value takes a Lambda function'"'"'s ARN where parameter_name is \"LambdaArn\", not a Lambda function'"'"'s name (what fn.function_name gives): write \${fn.arn}" &&
	test_line err "./stack.yaml:19:51: error: resource \"fh\" (awscc.kinesisfirehose.delivery_stream): extended_s3_destination_configuration.processing_configuration.processors[0].parameters[1].parameter_value: \"three\" is not a number, which parameter_name \"NumberOfRetries\" takes (Firehose ProcessorParameter: 3 for NumberOfRetries, 60 for BufferIntervalInSeconds, BufferSizeInMBs between 0.2 MB and 3MB): write one like 3" &&
	test_line err "./stack.yaml:20:43: error: resource \"fh\" (awscc.kinesisfirehose.delivery_stream): extended_s3_destination_configuration.processing_configuration.processors[0].parameters[2].parameter_value: \"firehose-invoke\" is not an IAM role'"'"'s ARN, which parameter_name \"RoleArn\" takes (Firehose: a processor'"'"'s RoleArn is the ARN of a role): write one like arn:aws:iam::123456789012:role/NAME" &&
	test_equal 3 "$(grep -c "error:" err)"
'

test_expect_success 'at another destination too, and the right kinds pass' '
	firehose http_endpoint_destination_configuration "arn:aws:lambda:us-east-1:123456789012:function:f" 300 "arn:aws:iam::123456789012:role/firehose-invoke" &&
	sed -i "s/^    http_endpoint_destination_configuration:/    http_endpoint_destination_configuration:\n      endpoint_configuration: {url: \"https:\/\/example.com\"}\n      s3_configuration: {bucket_arn: \"arn:aws:s3:::landing\", role_arn: \"arn:aws:iam::123456789012:role\/firehose\"}/; /bucket_arn: arn:aws:s3:::landing\$/d" stack.yaml &&
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (3 resources)" &&
	test_empty err &&
	sed -i "s/parameter_value: \"300\"/parameter_value: \"3 times\"/" stack.yaml &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "error: resource \"fh\" (awscc.kinesisfirehose.delivery_stream): http_endpoint_destination_configuration.processing_configuration.processors[0].parameters[1].parameter_value: \"3 times\" is not a number" &&
	test_equal 1 "$(grep -c "error:" err)"
'

test_expect_success 'a target group'"'"'s targets of another kind than its target_type asks for are refused' '
	stack <<-\YAML &&
	  ip: {type: awscc.elasticloadbalancingv2.target_group, target_type: ip, protocol: HTTP, port: 80, vpc_id: vpc-0123456789abcdef0, targets: [{id: 10.0.1.15}, {id: i-0123456789abcdef0}]}
	  vm: {type: awscc.elasticloadbalancingv2.target_group, protocol: HTTP, port: 80, vpc_id: vpc-0123456789abcdef0, targets: [{id: 10.0.1.15}]}
	  fns: {type: awscc.elasticloadbalancingv2.target_group, target_type: lambda, targets: [{id: "${fn.function_name}"}]}
	  albs: {type: awscc.elasticloadbalancingv2.target_group, target_type: alb, protocol: TCP, port: 80, vpc_id: vpc-0123456789abcdef0, targets: [{id: "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/n/0123456789abcdef"}]}
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_line err "./stack.yaml:7:159: error: resource \"ip\" (awscc.elasticloadbalancingv2.target_group): targets[1].id: \"i-0123456789abcdef0\" is not an IP address, which target_type \"ip\" takes (ELB TargetDescription: \"If the target type is ip, specify an IP address\"): write one like 10.0.1.15" &&
	test_line err "./stack.yaml:8:125: error: resource \"vm\" (awscc.elasticloadbalancingv2.target_group): targets[0].id: \"10.0.1.15\" is not an EC2 instance'"'"'s id, which target_type \"instance\" (unwritten: AWS'"'"'s default) takes (ELB TargetDescription: \"If the target type of the target group is instance, specify an instance ID\"): write one like i-0123456789abcdef0" &&
	test_line err "./stack.yaml:9:90: error: resource \"fns\" (awscc.elasticloadbalancingv2.target_group): targets[0].id takes a Lambda function'"'"'s ARN where target_type is \"lambda\", not a Lambda function'"'"'s name (what fn.function_name gives): write \${fn.arn}" &&
	test_line err "./stack.yaml:10:144: error: resource \"albs\" (awscc.elasticloadbalancingv2.target_group): targets[0].id: \"arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/net/n/0123456789abcdef\" is not an Application Load Balancer'"'"'s ARN, which target_type \"alb\" takes (ELB TargetDescription: \"If the target type is alb, specify the ARN of the Application Load Balancer target\"): write one like arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/NAME/ID" &&
	test_equal 4 "$(grep -c "error:" err)"
'

test_expect_success 'near the edges, each target type'"'"'s own kind passes' '
	stack <<-\YAML &&
	  ip: {type: awscc.elasticloadbalancingv2.target_group, target_type: ip, protocol: HTTP, port: 80, vpc_id: vpc-0123456789abcdef0, targets: [{id: 10.0.1.15}, {id: "2001:db8::1"}]}
	  vm: {type: awscc.elasticloadbalancingv2.target_group, protocol: HTTP, port: 80, vpc_id: vpc-0123456789abcdef0, targets: [{id: i-0123456789abcdef0}, {id: i-01234567}]}
	  fns: {type: awscc.elasticloadbalancingv2.target_group, target_type: lambda, targets: [{id: "${fn.arn}"}]}
	  albs: {type: awscc.elasticloadbalancingv2.target_group, target_type: alb, protocol: TCP, port: 80, vpc_id: vpc-0123456789abcdef0, targets: [{id: "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/a/0123456789abcdef"}]}
	  later: {type: awscc.elasticloadbalancingv2.target_group, target_type: "${var.tt}", protocol: HTTP, port: 80, vpc_id: vpc-0123456789abcdef0, targets: [{id: i-0123456789abcdef0}]}
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (7 resources)" &&
	test_empty err
'

test_done
