#!/usr/bin/env bash
# t0050-drift: changes made outside terrace (with the aws CLI) are refreshed
# before planning, so the plan shows what brings the bucket back to the stack;
# apply restores it; a bucket deleted outside terrace is created again.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

write_stack stack.yaml
cat >>stack.yaml <<-'YAML'
resources:
  raw:
    type: aws.s3.bucket
    name: acme-raw
    versioning: true
    tags:
      env: dev
YAML

test_expect_success 'setup: create the bucket' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed."
'

test_expect_success 'setup: change tags and versioning with the aws CLI' '
	s3 s3api put-bucket-tagging --bucket acme-raw \
		--tagging "TagSet=[{Key=env,Value=prod},{Key=extra,Value=x}]" &&
	s3 s3api put-bucket-versioning --bucket acme-raw \
		--versioning-configuration Status=Suspended &&
	test_equal Suspended "$(bucket_versioning acme-raw)"
'

test_expect_success 'plan shows the drift as the change that undoes it' '
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "^ *# raw will be updated in-place( \(.*\))?$" &&
	test_match out "~ versioning *= false -> true" &&
	test_match out "\"env\" *= \"prod\" -> \"dev\"" &&
	test_match out "- \"extra\" *= \"x\"" &&
	test_match out "\+ \"terrace:stack\" *= \"t0050-drift\"" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy."
'

test_expect_success 'apply puts the bucket back' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	bucket_tags acme-raw >tags &&
	{ echo env=dev && stack_tags; } >expect &&
	test_cmp expect tags &&
	test_equal Enabled "$(bucket_versioning acme-raw)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a bucket deleted outside terrace plans as a create' '
	s3 s3api delete-bucket --bucket acme-raw &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "^ *# raw will be created( \(.*\))?$" &&
	test_line out "Plan: 1 to add, 0 to change, 0 to destroy."
'

test_expect_success 'apply creates it again' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	bucket_exists acme-raw &&
	test_equal Enabled "$(bucket_versioning acme-raw)"
'

test_done
