#!/usr/bin/env bash
# t0949-one-name-one-object: two resources of a stack that would name the
# same AWS object (one CloudFormation type, written or awscc, and one name:
# provider/aws/checks/names.c) are refused at validate, naming both with
# their positions; and, at the rule's edges, stacks AWS accepts still
# validate: the same name in two regions, in two VPCs, of two types, a
# family of task definitions, a name not known yet. No server is contacted.
. "$(dirname "$0")/../lib.sh"

stack () {
	{
		echo "stack: names"
		echo "providers:"
		echo "  aws: {region: eu-west-1}"
		echo "  west: {type: aws, region: us-west-2}"
		echo "variables:"
		echo "  env: {type: string, default: dev}"
		echo "resources:"
		cat
	} >stack.yaml
}

test_expect_success 'a written bucket and an awscc bucket of one name, in two regions: refused' '
	stack <<-\YAML &&
	  raw: {type: aws.s3.bucket, name: names-raw}
	  copy: {type: awscc.s3.bucket, bucket_name: names-raw, provider: west}
	YAML
	test_expect_code 1 terrace validate >out 2>err &&
	test_line err "./stack.yaml:9:33: error: resource \"copy\" (awscc.s3.bucket): \"names-raw\" names the same AWS::S3::Bucket as resource \"raw\" (its name): two resources would make (and delete) one object; give each its own name" &&
	test_contains err "  resource \"raw\" name is at ./stack.yaml:8:30" &&
	test_equal 1 "$(grep -c "error:" err)"
'

test_expect_success 'IAM names without case; RDS identifiers without case' '
	stack <<-\YAML &&
	  loader: {type: aws.iam.role, name: Loader, assume_role_policy: {Version: "2012-10-17", Statement: []}}
	  again: {type: awscc.iam.role, role_name: loader, assume_role_policy_document: {Version: "2012-10-17", Statement: []}}
	  db: {type: aws.rds.instance, identifier: Sales, engine: postgres, instance_class: db.t3.micro, allocated_storage: 20, master_username: app, master_password: "P4ssw0rd-long", skip_final_snapshot: true}
	  db2: {type: aws.rds.instance, identifier: sales, engine: postgres, instance_class: db.t3.micro, allocated_storage: 20, master_username: app, master_password: "P4ssw0rd-long", skip_final_snapshot: true}
	YAML
	test_expect_code 1 terrace validate >out 2>err &&
	test_contains err "resource \"again\" (awscc.iam.role): \"loader\" names the same AWS::IAM::Role as resource \"loader\" (its name)" &&
	test_contains err "resource \"db2\" (aws.rds.instance): \"sales\" names the same AWS::RDS::DBInstance as resource \"db\" (its identifier)" &&
	test_equal 2 "$(grep -c "names the same" err)"
'

test_expect_success 'an awscc log group and a written one of one name' '
	stack <<-\YAML &&
	  a: {type: awscc.logs.log_group, log_group_name: /names/jobs}
	  b: {type: aws.logs.log_group, name: /names/jobs}
	YAML
	test_expect_code 1 terrace validate >out 2>err &&
	test_contains err "./stack.yaml:9:33: error: resource \"b\" (aws.logs.log_group): \"/names/jobs\" names the same AWS::Logs::LogGroup as resource \"a\" (its log_group_name)"
'

test_expect_success 'at the edges AWS accepts: other regions, VPCs, types, families, unknown names' '
	stack <<-\YAML &&
	  q1: {type: aws.sqs.queue, name: names-orders}
	  q2: {type: aws.sqs.queue, name: names-orders, provider: west}
	  role: {type: aws.iam.role, name: names-ops, assume_role_policy: {Version: "2012-10-17", Statement: []}}
	  user: {type: aws.iam.user, name: names-ops}
	  sg1: {type: aws.ec2.security_group, name: web, vpc_id: vpc-0123456789abcdef0, description: web}
	  sg2: {type: aws.ec2.security_group, name: web, vpc_id: vpc-0fedcba9876543210, description: web}
	  td1: {type: aws.ecs.task_definition, family: names-etl, container_definitions: [{name: etl, image: "busybox", memory: 128}]}
	  td2: {type: aws.ecs.task_definition, family: names-etl, container_definitions: [{name: etl, image: "busybox:1", memory: 128}]}
	  b1: {type: aws.s3.bucket, name: "names-${var.env}"}
	  b2: {type: aws.s3.bucket, name: "names-prod"}
	  many: {type: aws.s3.bucket, for_each: {a: 1, b: 2}, name: "names-${each.key}"}
	  one: {type: aws.s3.bucket, name: "names-a"}
	  topic: {type: aws.sns.topic, name: names-b1}
	YAML
	terrace validate >out 2>err &&
	test_contains out "Success! The stack is valid" &&
	test_not_contains err "names the same"
'

test_done
