#!/usr/bin/env bash
# t0020-bucket-update: changing tags and versioning updates the bucket in
# place (~), and the aws CLI sees the new values.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

bucket_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  raw:
	    type: aws.s3.bucket
	    name: acme-raw
	    versioning: $1
	    tags:
	      env: $2
	      owner: lake-team
	YAML
}

test_expect_success 'setup: create the bucket' '
	bucket_stack false dev &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed."
'

test_expect_success 'changed tags plan as an in-place update' '
	bucket_stack false prod &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# raw will be updated in-place" &&
	test_line out "~ resource \"aws.s3.bucket\" \"raw\" {" &&
	test_match out "\"env\" *= \"dev\" -> \"prod\"" &&
	test_not_contains out "owner" &&
	test_not_contains out "forces replacement" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy."
'

test_expect_success 'apply modifies the bucket in place' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "raw: Modifying... [id=acme-raw]" &&
	test_match out "^raw: Modifications complete after [0-9]+s \[id=acme-raw\]$" &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	bucket_tags acme-raw >tags &&
	{ printf "%s\n" env=prod owner=lake-team && stack_tags; } >expect &&
	test_cmp expect tags
'

test_expect_success 'turning versioning on is an in-place update' '
	bucket_stack true prod &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ versioning *= false -> true" &&
	terrace apply -auto-approve >out 2>err &&
	test_equal Enabled "$(bucket_versioning acme-raw)"
'

test_expect_success 'turning versioning off suspends it' '
	bucket_stack false prod &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_equal Suspended "$(bucket_versioning acme-raw)"
'

test_expect_success 'removing every tag is an update too; terrace'\''s own stay' '
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  raw:
	    type: aws.s3.bucket
	    name: acme-raw
	YAML
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	bucket_tags acme-raw >tags &&
	stack_tags >expect &&
	test_cmp expect tags
'

test_expect_success 'then there is nothing left to do' '
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_done
