#!/usr/bin/env bash
# t1283-kind-the-pattern-refuses: a reference whose kind the attribute's own
# pattern refuses (issue 69 point 3; provider/aws/checks/kinds/check.c): where a
# reference ${R.A} gives kind K and the pattern AWS holds the attribute to
# (an awscc type's schema's, a written type's constraints row: a model's or
# a schema's) refuses K's example (and the example with its placeholders
# made real), validate refuses it at file:line:col, naming the attribute of
# R the attribute's name asks for (role_name: R's name; bucket_arn: R's arn):
#   - awscc: awscc.iam.role_policy's role_name given an awscc role's arn
#     (IAM's RoleName ^[\w+=,.@-]+$ refuses an ARN's ':' and '/'; since
#     issue 87 the property takes a role's name, PutRolePolicy's
#     roleNameType, and the kinds check refuses it first, naming the
#     attribute to write as this check does);
#   - mixed: the same given a written role's arn; a written Firehose
#     stream's bucket_arn given an awscc bucket's bucket_name;
#   - written: the stream's bucket_arn given a written bucket's name
#     (Firehose's BucketARN arn:.*:s3:::...);
#   - an ARN of another service where the pattern names one (a Firehose
#     stream's Kinesis source given a queue's ARN: the service of the
#     kind's example, trusted even for a kind without a pattern);
#   - an ARN of the same service and another resource type where the
#     pattern writes it as a word (an awscc role's managed policy given a
#     role's ARN: IAM's ...:policy/ pattern; a written policy's ARN passes);
#   - what the pattern takes passes, and the written aws.iam.instance_profile
#     takes a role's ARN (it sends the role's name); a pattern that narrows
#     the kind's own values (OpenSearch Ingestion's log group under
#     /aws/vendedlogs/, a log group's name) refuses no reference of it:
#     only a shape is refused (an ARN where a name is taken, a name where
#     an ARN is).
. "$(dirname "$0")/../lib.sh"

stack () {
	{
		echo "stack: t1283"
		echo "providers:"
		echo "  aws: {region: us-east-1}"
		echo "resources:"
		echo '  role: {type: aws.iam.role, name: t1283-role, assume_role_policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: [ec2.amazonaws.com, firehose.amazonaws.com]}, Action: "sts:AssumeRole"}]}, inline_policies: {s3: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: ["s3:AbortMultipartUpload", "s3:GetBucketLocation", "s3:GetObject", "s3:ListBucket", "s3:ListBucketMultipartUploads", "s3:PutObject"], Resource: "*"}]}}}'
		echo '  arole: {type: awscc.iam.role, assume_role_policy_document: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: "sts:AssumeRole"}]}}'
		echo '  b: {type: aws.s3.bucket, name: t1283-bucket}'
		echo '  ab: {type: awscc.s3.bucket}'
		cat
	} >stack.yaml
}

test_expect_success 'a reference of a kind the attribute'"'"'s pattern refuses is refused, naming what to write' '
	stack <<-\YAML &&
	  p1: {type: awscc.iam.role_policy, role_name: "${arole.arn}", policy_name: p1, policy_document: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "s3:ListBucket", Resource: "*"}]}}
	  p2: {type: awscc.iam.role_policy, role_name: "${role.arn}", policy_name: p2, policy_document: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "s3:ListBucket", Resource: "*"}]}}
	  fh: {type: aws.firehose.delivery_stream, name: t1283-fh, destination: extended_s3, extended_s3_configuration: {role_arn: "${role.arn}", bucket_arn: "${b.name}"}}
	  fh2: {type: aws.firehose.delivery_stream, name: t1283-fh2, destination: extended_s3, extended_s3_configuration: {role_arn: "${role.arn}", bucket_arn: "${ab.bucket_name}"}}
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_line err "./stack.yaml:9:37: error: resource \"p1\" (awscc.iam.role_policy): role_name takes an IAM role'"'"'s name, not an IAM role'"'"'s ARN (what arole.arn gives): write \${arole.role_name}" &&
	test_line err "./stack.yaml:10:37: error: resource \"p2\" (awscc.iam.role_policy): role_name takes an IAM role'"'"'s name, not an IAM role'"'"'s ARN (what role.arn gives): write \${role.name}" &&
	test_line err "./stack.yaml:11:139: error: resource \"fh\" (aws.firehose.delivery_stream): extended_s3_configuration.bucket_arn: \${b.name} gives an S3 bucket'"'"'s name (e.g. my-bucket), which the pattern this attribute takes, arn:.*:s3:::[\w\.\-]{1,255}, refuses: write \${b.arn}" &&
	test_line err "./stack.yaml:12:141: error: resource \"fh2\" (aws.firehose.delivery_stream): extended_s3_configuration.bucket_arn: \${ab.bucket_name} gives an S3 bucket'"'"'s name (e.g. my-bucket), which the pattern this attribute takes, arn:.*:s3:::[\w\.\-]{1,255}, refuses: write \${ab.arn}" &&
	test_equal 4 "$(grep -c "error:" err)"
'

test_expect_success 'an ARN of another service where the pattern names one: a Firehose stream'"'"'s Kinesis source given a queue'"'"'s ARN (the queue'"'"'s kind has no pattern: its example'"'"'s service is trusted)' '
	stack <<-\YAML &&
	  q: {type: aws.sqs.queue, name: t1283-q}
	  ks: {type: aws.kinesis.stream, name: t1283-ks, shard_count: 1}
	  fh: {type: aws.firehose.delivery_stream, name: t1283-fh, destination: extended_s3, kinesis_source_configuration: {kinesis_stream_arn: "${q.arn}", role_arn: "${role.arn}"}, extended_s3_configuration: {role_arn: "${role.arn}", bucket_arn: "${b.arn}"}}
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_line err "./stack.yaml:11:117: error: resource \"fh\" (aws.firehose.delivery_stream): kinesis_source_configuration.kinesis_stream_arn: \${q.arn} gives an SQS queue'"'"'s ARN (e.g. arn:aws:sqs:us-east-1:123456789012:NAME), which the pattern this attribute takes, arn:.*:kinesis:[a-zA-Z0-9\-]+:\d{12}:stream/[a-zA-Z0-9_.-]+, refuses" &&
	test_equal 1 "$(grep -c "error:" err)" &&
	sed -i "s/kinesis_stream_arn: \"\${q.arn}\"/kinesis_stream_arn: \"\${ks.arn}\"/" stack.yaml &&
	terrace validate -no-color >out 2>err &&
	test_equal 0 "$(grep -c "error:" err)"
'

test_expect_success 'an ARN of another resource type of the same service where the pattern names it: a role'"'"'s ARN as an awscc role'"'"'s managed policy' '
	stack <<-\YAML &&
	  pol: {type: aws.iam.policy, name: t1283-pol, policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "s3:ListBucket", Resource: "*"}]}}
	  r2: {type: awscc.iam.role, managed_policy_arns: ["${role.arn}"], assume_role_policy_document: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: {Service: ec2.amazonaws.com}, Action: "sts:AssumeRole"}]}}
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_line err "./stack.yaml:10:52: error: resource \"r2\" (awscc.iam.role): managed_policy_arns[0]: \${role.arn} gives an IAM role'"'"'s ARN (e.g. arn:aws:iam::123456789012:role/NAME), which the pattern this attribute takes, arn:(aws[a-zA-Z-]*)?:iam::(\d{12}|aws):policy/[a-zA-Z_0-9+=,.@\-_/]+, refuses" &&
	test_equal 1 "$(grep -c "error:" err)" &&
	sed -i "s/managed_policy_arns: \[\"\${role.arn}\"\]/managed_policy_arns: [\"\${pol.arn}\"]/" stack.yaml &&
	terrace validate -no-color >out 2>err &&
	test_equal 0 "$(grep -c "error:" err)"
'

test_expect_success 'what the pattern takes passes, and a written instance profile takes a role'"'"'s ARN' '
	stack <<-\YAML &&
	  p1: {type: awscc.iam.role_policy, role_name: "${arole.role_name}", policy_name: p1, policy_document: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "s3:ListBucket", Resource: "*"}]}}
	  p2: {type: awscc.iam.role_policy, role_name: "${role.name}", policy_name: p2, policy_document: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "s3:ListBucket", Resource: "*"}]}}
	  fh: {type: aws.firehose.delivery_stream, name: t1283-fh, destination: extended_s3, extended_s3_configuration: {role_arn: "${role.arn}", bucket_arn: "${b.arn}"}}
	  fh2: {type: aws.firehose.delivery_stream, name: t1283-fh2, destination: extended_s3, extended_s3_configuration: {role_arn: "${role.arn}", bucket_arn: "${ab.arn}"}}
	  ip: {type: aws.iam.instance_profile, name: t1283-ip, role: "${role.arn}"}
	  lg: {type: awscc.logs.log_group, log_group_name: /aws/vendedlogs/OpenSearchIngestion/t1283/audit-logs}
	  pipe: {type: awscc.osis.pipeline, pipeline_name: t1283, min_units: 1, max_units: 4, pipeline_configuration_body: "version: \"2\"", log_publishing_options: {is_logging_enabled: true, cloudwatch_log_destination: {log_group: "${lg.log_group_name}"}}}
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (11 resources)" &&
	test_equal 0 "$(grep -c "error:" err)"
'

test_done
