#!/usr/bin/env bash
# t1300-between-written: the rules between a written type's attributes
# (provider/aws/rules_between.c over between.gen.c: terraform-provider-aws's
# ConflictsWith, and cfn-lint's keywords through cfn.map, where no check of
# the type holds them already) refused at validate at the attribute at fault,
# naming both attributes, what to drop and what AWS says: a queue given a KMS
# key and SQS-managed encryption. An option turned off (false) is one left
# out: a KMS key beside sqs_managed_sse_enabled: false validates, as SQS
# takes it. No server is contacted.
. "$(dirname "$0")/../lib.sh"

queue () { # SSE: the queue with a KMS key and sqs_managed_sse_enabled SSE
	cat >stack.yaml <<-YAML
	stack: between-written
	resources:
	  orders:
	    type: aws.sqs.queue
	    name: orders
	    kms_master_key_id: alias/orders
	    sqs_managed_sse_enabled: $1
	YAML
}

test_expect_success 'a queue with a KMS key and SQS-managed encryption is refused at the second' '
	queue true &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "./stack.yaml:7:5: error: resource \"orders\" (aws.sqs.queue): sqs_managed_sse_enabled: kms_master_key_id and sqs_managed_sse_enabled exclude each other: AWS takes one of them; drop sqs_managed_sse_enabled or kms_master_key_id (SQS CreateQueue: \"Only one server-side encryption option is supported per queue (for example, SSE-KMS or SSE-SQS)\"; terraform-provider-aws'"'"'s aws_sqs_queue)"
'

test_expect_success 'the KMS key beside sqs_managed_sse_enabled: false validates' '
	queue false &&
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (1 resources)"
'

test_expect_success 'the KMS key alone validates' '
	sed -i "/sqs_managed_sse_enabled/d" stack.yaml &&
	terrace validate -no-color >out 2>err &&
	test_contains out "Success! The stack is valid (1 resources)"
'

test_expect_success 'a rule a check of the type holds is reported once, by that check' '
	cat >stack.yaml <<-\YAML &&
	stack: between-written
	resources:
	  etl:
	    type: aws.glue.job
	    name: etl
	    role: arn:aws:iam::123456789012:role/glue
	    command: {script_location: s3://scripts/etl.py}
	    max_capacity: 2
	    worker_type: G.1X
	    number_of_workers: 2
	YAML
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "resource \"etl\" (aws.glue.job): set worker_type with number_of_workers, or max_capacity, not both" &&
	test_not_contains err "exclude each other"
'

test_done
