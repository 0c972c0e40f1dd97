#!/usr/bin/env bash
# t1290-kinds-by-sibling-written: kinds that depend on a sibling (issue 69
# point 3; provider/aws/checks/kinds/by_sibling.def, by_sibling.c) on the written
# aws.sns.subscription, at validate: its endpoint is judged by the kind its
# protocol asks for (SNS Subscribe: "For the sqs protocol, the endpoint is
# the ARN of an Amazon SQS queue", a function's ARN for lambda, an email
# address for email, ...):
#   - a queue's URL for sqs is refused at its file:line:col, a literal with
#     an example, a reference naming the attribute to write (${q.arn});
#     a function's name for lambda naming ${fn.arn}; "ops" for email; a
#     queue's name for sqs;
#   - near the edges, what SNS takes passes: each protocol's own kind, a
#     queue's URL for https (no SQS kind asked there), a function's ARN with
#     an alias, a protocol or endpoint not known yet.
# No server is contacted.
. "$(dirname "$0")/../lib.sh"

stack () {
	{
		echo "stack: by-sibling"
		echo "variables:"
		echo "  p: {type: string, default: sqs}"
		echo "resources:"
		echo "  t: {type: aws.sns.topic, name: by-sibling}"
		echo "  q: {type: aws.sqs.queue, name: by-sibling}"
		echo "  fn: {type: aws.lambda.function, function_name: f, runtime: python3.12, handler: main.handler, role: \"arn:aws:iam::123456789012:role/r\", s3_bucket: code, s3_key: f.zip}"
		cat
	} >stack.yaml
}

test_expect_success 'an endpoint of another kind than its protocol asks for is refused' '
	stack <<-\YAML &&
	  url: {type: aws.sns.subscription, topic_arn: "${t.arn}", protocol: sqs, endpoint: "https://sqs.us-east-1.amazonaws.com/123456789012/by-sibling"}
	  ref: {type: aws.sns.subscription, topic_arn: "${t.arn}", protocol: sqs, endpoint: "${q.url}"}
	  fname: {type: aws.sns.subscription, topic_arn: "${t.arn}", protocol: lambda, endpoint: "${fn.function_name}"}
	  mail: {type: aws.sns.subscription, topic_arn: "${t.arn}", protocol: email, endpoint: ops}
	  qname: {type: aws.sns.subscription, topic_arn: "${t.arn}", protocol: sqs, endpoint: "${q.name}"}
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_line err "./stack.yaml:8:75: error: resource \"url\" (aws.sns.subscription): endpoint: \"https://sqs.us-east-1.amazonaws.com/123456789012/by-sibling\" is not an SQS queue'"'"'s ARN, which protocol \"sqs\" takes (SNS Subscribe: \"For the sqs protocol, the endpoint is the ARN of an Amazon SQS queue\"): write one like arn:aws:sqs:us-east-1:123456789012:NAME" &&
	test_line err "./stack.yaml:9:75: error: resource \"ref\" (aws.sns.subscription): endpoint takes an SQS queue'"'"'s ARN where protocol is \"sqs\", not an SQS queue'"'"'s URL (what q.url gives): write \${q.arn}" &&
	test_line err "./stack.yaml:10:80: error: resource \"fname\" (aws.sns.subscription): endpoint takes a Lambda function'"'"'s ARN where protocol is \"lambda\", not a Lambda function'"'"'s name (what fn.function_name gives): write \${fn.arn}" &&
	test_line err "./stack.yaml:11:78: error: resource \"mail\" (aws.sns.subscription): endpoint: \"ops\" is not an email address, which protocol \"email\" takes (SNS Subscribe: \"For the email protocol, the endpoint is an email address\"): write one like ops@example.com" &&
	test_line err "./stack.yaml:12:77: error: resource \"qname\" (aws.sns.subscription): endpoint takes an SQS queue'"'"'s ARN where protocol is \"sqs\", not an SQS queue'"'"'s name (what q.name gives): write \${q.arn}" &&
	test_equal 5 "$(grep -c "error:" err)"
'

test_expect_success 'near the edges, what SNS takes passes' '
	stack <<-\YAML &&
	  fh: {type: aws.firehose.delivery_stream, name: by-sibling, extended_s3_configuration: {role_arn: "arn:aws:iam::123456789012:role/fh", bucket_arn: "arn:aws:s3:::by-sibling"}}
	  s1: {type: aws.sns.subscription, topic_arn: "${t.arn}", protocol: sqs, endpoint: "${q.arn}"}
	  s2: {type: aws.sns.subscription, topic_arn: "${t.arn}", protocol: sqs, endpoint: "arn:aws:sqs:us-east-1:123456789012:jobs.fifo"}
	  s3: {type: aws.sns.subscription, topic_arn: "${t.arn}", protocol: https, endpoint: "https://sqs.us-east-1.amazonaws.com/123456789012/by-sibling"}
	  s4: {type: aws.sns.subscription, topic_arn: "${t.arn}", protocol: lambda, endpoint: "arn:aws:lambda:us-east-1:123456789012:function:f:live"}
	  s5: {type: aws.sns.subscription, topic_arn: "${t.arn}", protocol: lambda, endpoint: "${fn.arn}"}
	  s6: {type: aws.sns.subscription, topic_arn: "${t.arn}", protocol: email-json, endpoint: ops@example.com}
	  s7: {type: aws.sns.subscription, topic_arn: "${t.arn}", protocol: sms, endpoint: "+12065550100"}
	  s8: {type: aws.sns.subscription, topic_arn: "${t.arn}", protocol: application, endpoint: "arn:aws:sns:us-east-1:123456789012:endpoint/GCM/app/5e3e9847-3183-3f18-a7e8-671c3a57d4b3"}
	  s9: {type: aws.sns.subscription, topic_arn: "${t.arn}", protocol: firehose, endpoint: "${fh.arn}"}
	  s10: {type: aws.sns.subscription, topic_arn: "${t.arn}", protocol: http, endpoint: "http://example.com/hook"}
	  s11: {type: aws.sns.subscription, topic_arn: "${t.arn}", protocol: "${var.p}", endpoint: "https://sqs.us-east-1.amazonaws.com/123456789012/by-sibling"}
	  s12: {type: aws.sns.subscription, topic_arn: "${t.arn}", protocol: sqs, endpoint: "arn:aws:sqs:us-east-1:123456789012:${q.name}"}
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (16 resources)" &&
	test_empty err
'

test_done
