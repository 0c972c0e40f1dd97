#!/usr/bin/env bash
# t1241-convert-terraform-apply: a Terraform configuration converted by
# `terrace convert` (tests/corpus/terraform/own/lake: awscc_* resources with
# for_each, count and depends_on, an aws_s3_bucket, a lookup, an
# aws_iam_policy_document, an object key written as a template) and one of
# terraform-provider-awscc's examples (sqs_queue_dead_letter.tf, pinned)
# apply on moto (Cloud Control's patch for the awscc types) as converted,
# with a providers file beside them, and plan no change after.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

CORPUS=$REPO_ROOT/tests/corpus/terraform

test_expect_success 'the converted lake applies on moto' '
	mkdir lake &&
	terrace convert "$CORPUS/own/lake" >lake/main.yaml &&
	write_stack lake/provider.yaml &&
	(cd lake && terrace apply -auto-approve >../out 2>../err) &&
	test_line out "Apply complete! Resources: 7 added, 0 changed, 0 destroyed." &&
	s3 s3api head-bucket --bucket acme-logs &&
	s3 logs describe-log-groups --log-group-name-prefix /acme/ \
		--query "logGroups[].logGroupName" --output text >groups &&
	test_contains groups "/acme/curated" &&
	test_contains groups "/acme/raw" &&
	s3 iam get-role --role-name acme-reader --query Role.AssumeRolePolicyDocument \
		--output json >trust &&
	test_contains trust "oidc.eks.us-east-1.amazonaws.com/id/EXAMPLE:aud"
'

test_expect_success 'and plans no change' '
	(cd lake && terrace plan -detailed-exitcode >../out 2>../err) &&
	test_match out "^raw: Refreshing state\.\.\. \[id=acme-raw\]" &&
	test_match out "^zone\[\"curated\"\]: Refreshing state" &&
	test_match out "^reader: Refreshing state" &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'an awscc example applies as converted and plans no change' '
	mkdir dlq &&
	terrace convert "$REPO_ROOT/tests/corpus/awscc-examples/resources/awscc_sqs_queue/sqs_queue_dead_letter.tf" >dlq/main.yaml &&
	write_stack dlq/provider.yaml &&
	(cd dlq && terrace apply -auto-approve >../out 2>../err) &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	s3 sqs get-queue-url --queue-name terraform-awscc-queue-deadletter-example &&
	(cd dlq && terrace plan -detailed-exitcode >../out 2>../err) &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_done
