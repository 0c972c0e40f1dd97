#!/usr/bin/env bash
# t0950-kinds-of-identifiers: the kinds of identifier AWS's data gives each
# attribute (cfn-lint's formats and the registry's relationshipRefs:
# provider/aws/checks/kinds/kinds.gen.c for the written types, the schemas for the awscc
# types; provider/aws/checks/kinds/check.c), at validate:
#   - a reference to an attribute that gives another kind is refused at its
#     file:line:col, naming the attribute that gives the right one, from a
#     written type to an awscc one, an awscc to a written one, and written
#     to written;
#   - a literal of none of the kinds' patterns is refused, in a nested
#     block's list too, naming the element;
#   - near the edges, what AWS takes passes: each kind an attribute takes,
#     an alias where a key's id is taken, an AMI as an SSM parameter, a
#     bucket of before 2018 named with capitals and underscores, a
#     reference to what gives no kind, a value not known yet;
#   - given by a variable, the literal is judged at plan (against moto)
#     where validate could not know it.
. "$(dirname "$0")/../lib.sh"

stack () {
	{
		echo "stack: kinds"
		echo "variables:"
		echo "  vpc: {type: string, default: vpc-0123456789abcdef0}"
		echo "providers:"
		echo "  aws: {region: us-east-1}"
		echo "resources:"
		cat
	} >stack.yaml
}

test_expect_success 'a reference of the wrong kind is refused, naming the attribute that gives the right one' '
	stack <<-\YAML &&
	  key: {type: aws.kms.key}
	  fn: {type: awscc.lambda.function, role: "arn:aws:iam::123456789012:role/r", code: {zip_file: x}, runtime: python3.12, handler: index.handler, kms_key_arn: "${key.key_id}"}
	  sg: {type: aws.ec2.security_group, name: web, description: web, vpc_id: "${var.vpc}"}
	  net: {type: awscc.ec2.subnet, vpc_id: "${sg.group_id}", cidr_block: 10.0.0.0/24}
	  q: {type: aws.sqs.queue, name: kinds-q}
	  sub: {type: aws.sns.subscription, topic_arn: "${q.arn}", protocol: sqs, endpoint: "${q.arn}"}
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_line err "./stack.yaml:8:145: error: resource \"fn\" (awscc.lambda.function): kms_key_arn takes a KMS key'"'"'s ARN, not a KMS key'"'"'s id (what key.key_id gives): write \${key.arn}" &&
	test_line err "./stack.yaml:10:33: error: resource \"net\" (awscc.ec2.subnet): vpc_id takes a VPC'"'"'s id, not a security group'"'"'s id (what sg.group_id gives): write \${sg.vpc_id}" &&
	test_line err "./stack.yaml:12:37: error: resource \"sub\" (aws.sns.subscription): topic_arn takes an SNS topic'"'"'s ARN, not an SQS queue'"'"'s ARN (what q.arn gives)" &&
	test_equal 3 "$(grep -c "error:" err)"
'

test_expect_success 'a literal of none of the kinds is refused, an element of a nested list by its index' '
	stack <<-\YAML &&
	  stream: {type: aws.kinesis.stream, name: kinds-s, shard_count: 1, encryption_type: KMS, kms_key_id: my-key}
	  net: {type: awscc.ec2.subnet, vpc_id: vpc-12, cidr_block: 10.0.0.0/24}
	  fn:
	    type: awscc.lambda.function
	    role: "arn:aws:iam::123456789012:role/r"
	    code: {zip_file: x}
	    runtime: python3.12
	    handler: index.handler
	    vpc_config:
	      security_group_ids:
	        - sg-0123456789abcdef0
	        - subnet-0123456789abcdef0
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_line err "./stack.yaml:7:91: error: resource \"stream\" (aws.kinesis.stream): kms_key_id: \"my-key\" is not a KMS key'"'"'s ARN or a KMS key'"'"'s id (e.g. arn:aws:kms:us-east-1:123456789012:key/ID)" &&
	test_line err "./stack.yaml:8:33: error: resource \"net\" (awscc.ec2.subnet): vpc_id: \"vpc-12\" is not a VPC'"'"'s id (e.g. vpc-0123456789abcdef0)" &&
	test_line err "./stack.yaml:18:11: error: resource \"fn\" (awscc.lambda.function): vpc_config.security_group_ids[1]: \"subnet-0123456789abcdef0\" is not a security group'"'"'s id (e.g. sg-0123456789abcdef0)" &&
	test_equal 3 "$(grep -c "error:" err)"
'

test_expect_success 'near the edges, what AWS takes passes' '
	stack <<-\YAML &&
	  key: {type: aws.kms.key}
	  akey: {type: awscc.kms.key}
	  fn: {type: awscc.lambda.function, role: "arn:aws:iam::123456789012:role/r", code: {zip_file: x}, runtime: python3.12, handler: index.handler, kms_key_arn: "${key.arn}"}
	  fn2: {type: awscc.lambda.function, role: "arn:aws:iam::123456789012:role/r", code: {zip_file: x}, runtime: python3.12, handler: index.handler, kms_key_arn: "arn:aws:kms:us-east-1:123456789012:alias/jobs"}
	  s1: {type: aws.kinesis.stream, name: kinds-1, shard_count: 1, encryption_type: KMS, kms_key_id: "${key.key_id}"}
	  s2: {type: aws.kinesis.stream, name: kinds-2, shard_count: 1, encryption_type: KMS, kms_key_id: "${akey.arn}"}
	  s3: {type: aws.kinesis.stream, name: kinds-3, shard_count: 1, encryption_type: KMS, kms_key_id: alias/aws/kinesis}
	  s4: {type: aws.kinesis.stream, name: kinds-4, shard_count: 1, encryption_type: KMS, kms_key_id: "mrk-0123456789abcdef0123456789abcdef"}
	  q: {type: aws.sqs.queue, name: kinds-q}
	  s5: {type: aws.kinesis.stream, name: kinds-5, shard_count: 1, encryption_type: KMS, kms_key_id: "${q.name}"}
	  vm: {type: awscc.ec2.instance, image_id: "resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64", instance_type: t3.micro}
	  net: {type: awscc.ec2.subnet, vpc_id: "${var.vpc}", cidr_block: 10.0.0.0/24}
	  net2: {type: awscc.ec2.subnet, vpc_id: vpc-0123abcd, cidr_block: 10.0.1.0/24}
	  legacy: {type: awscc.lambda.function, role: "arn:aws:iam::123456789012:role/r", code: {s3_bucket: Legacy_Uploads_2017, s3_key: f.zip}, runtime: python3.12, handler: index.handler}
	  legacy2: {type: aws.lambda.layer_version, layer_name: kinds-layer, s3_bucket: Legacy_Uploads_2017, s3_key: layer.zip}
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (15 resources)" &&
	test_empty err
'

start_moto || test_fail_setup "moto did not start"
use_server moto
# The VPC a right literal names, made first: plan reads that it exists.
vpc=$(aws_server ec2 create-vpc --cidr-block 10.0.0.0/16 --query Vpc.VpcId --output text) ||
	test_fail_setup "the VPC could not be made"

test_expect_success 'given by a variable, a literal of the wrong kind is refused at plan, which knows it' '
	cat >stack.yaml <<-\YAML &&
	stack: kinds
	variables:
	  vpc: {type: string}
	  endpoint: {type: string}
	  access_key: {type: string}
	  secret_key: {type: string, sensitive: true}
	providers:
	  aws: {region: us-east-1, endpoint: "${var.endpoint}", access_key: "${var.access_key}", secret_key: "${var.secret_key}"}
	resources:
	  net: {type: awscc.ec2.subnet, vpc_id: "${var.vpc}", cidr_block: 10.0.0.0/24}
	YAML
	terrace validate -no-color >out 2>err &&
	test_contains out "Success!" &&
	test_expect_code 1 terrace plan -no-color -input=false -var vpc=sg-0123456789abcdef0 >out 2>err &&
	test_contains err "./stack.yaml:10:33: error: resource \"net\" (awscc.ec2.subnet): vpc_id: \"sg-0123456789abcdef0\" is not a VPC'"'"'s id (e.g. vpc-0123456789abcdef0)" &&
	test_not_contains out "Plan:" &&
	terrace plan -no-color -input=false -var vpc=$vpc >out 2>err &&
	test_contains out "Plan: 1 to add"
'

test_done
