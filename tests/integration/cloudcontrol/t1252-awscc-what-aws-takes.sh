#!/usr/bin/env bash
# t1252-awscc-what-aws-takes: valid stacks that cfn-lint's data, as terrace
# carried it, refused (issue 67 point 3), each accepted now and a near miss
# still refused:
# - a launch template's security_groups holds group NAMES (EC2 takes them
#   there; ids go in security_group_ids): cfn-lint's format annotation,
#   which AWS does not enforce, is taken off by data (gen_schemas.py's
#   NOT_ENFORCED, with the reason);
# - a Firehose processor parameter whose kind depends on its parameter_name:
#   a Delimiter of "\n";
# - awscc.cloudformation.stack as Cloud Control's registry schema has it
#   (stack_name required, template_body, description), not cfn-lint's
#   template patch (template_url required and alone);
# - an awscc.sns.topic's topic_arn as an alarm's action, accepted by the kind
#   of identifier it gives (an SNS topic's ARN), as an aws.sns.topic's arn
#   is; an SQS queue's ARN still refused.
# No server is contacted.
. "$(dirname "$0")/../lib.sh"

stack () {
	{
		echo "stack: what-aws-takes"
		echo "resources:"
		cat
	} >stack.yaml
}

test_expect_success 'a launch template with security group names validates' '
	stack <<-\YAML &&
	  lt:
	    type: awscc.ec2.launch_template
	    launch_template_name: web
	    launch_template_data:
	      image_id: ami-12345678
	      security_groups: [default, web-servers]
	      security_group_ids: [sg-0123456789abcdef0]
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (1 resources)" &&
	test_empty err
'

test_expect_success 'security_group_ids still takes ids only' '
	stack <<-\YAML &&
	  lt:
	    type: awscc.ec2.launch_template
	    launch_template_name: web
	    launch_template_data:
	      security_group_ids: [web-servers]
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "./stack.yaml:7:28: error: resource \"lt\" (awscc.ec2.launch_template): launch_template_data.security_group_ids[0]: \"web-servers\" is not a security group'"'"'s id"
'

firehose () {
	stack <<-YAML
	  fh:
	    type: awscc.kinesisfirehose.delivery_stream
	    delivery_stream_name: lines
	    extended_s3_destination_configuration:
	      bucket_arn: arn:aws:s3:::landing
	      role_arn: arn:aws:iam::123456789012:role/firehose
	      processing_configuration:
	        enabled: true
	        processors:
	          - type: AppendDelimiterToRecord
	            parameters:
	              - {parameter_name: $1, parameter_value: "\n"}
	YAML
}

test_expect_success 'a Firehose Delimiter parameter of "\n" validates' '
	firehose Delimiter &&
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (1 resources)" &&
	test_empty err
'

test_expect_success 'a parameter_name outside its list is still refused' '
	firehose Delimitr &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "./stack.yaml:14:18: error: resource \"fh\" (awscc.kinesisfirehose.delivery_stream): extended_s3_destination_configuration.processing_configuration.processors[0].parameters[0].parameter_name: \"Delimitr\" is not one of"
'

test_expect_success 'awscc.cloudformation.stack takes stack_name, template_body, description' '
	stack <<-\YAML &&
	  nested:
	    type: awscc.cloudformation.stack
	    stack_name: inner
	    template_body: '"'"'{"Resources": {"Q": {"Type": "AWS::SQS::Queue"}}}'"'"'
	    description: a nested stack
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (1 resources)" &&
	test_empty err
'

test_expect_success 'its stack_name is required, as the registry says' '
	stack <<-\YAML &&
	  nested:
	    type: awscc.cloudformation.stack
	    template_url: https://example-bucket.s3.amazonaws.com/inner.yaml
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_line err "./stack.yaml:3:3: error: resource \"nested\" is missing required attribute \"stack_name\""
'

alarm () {
	stack <<-YAML
	  topic: {type: awscc.sns.topic, topic_name: alerts}
	  written: {type: aws.sns.topic, name: written}
	  queue: {type: aws.sqs.queue, name: jobs}
	  alarm:
	    type: aws.cloudwatch.metric_alarm
	    alarm_name: backlog
	    namespace: AWS/SQS
	    metric_name: ApproximateNumberOfMessagesVisible
	    statistic: Maximum
	    period: 60
	    evaluation_periods: 1
	    threshold: 100
	    comparison_operator: GreaterThanThreshold
	    alarm_actions: ["\${written.arn}", "$1"]
	YAML
}

test_expect_success 'an awscc.sns.topic'"'"'s topic_arn is an alarm action' '
	alarm "\${topic.topic_arn}" &&
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (4 resources)" &&
	test_empty err
'

test_expect_success 'its topic_name, or a queue'"'"'s ARN, is not' '
	alarm "\${topic.topic_name}" &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "./stack.yaml:16:5: error: resource \"alarm\" (aws.cloudwatch.metric_alarm): alarm_actions: \${topic.topic_name} names the topic_name of topic, where an action is an ARN (\${topic.topic_arn})" &&
	alarm "\${queue.arn}" &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "alarm_actions: \${queue.arn} is an aws.sqs.queue'"'"'s, which no alarm notifies"
'

test_done
