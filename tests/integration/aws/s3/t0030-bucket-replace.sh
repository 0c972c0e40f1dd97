#!/usr/bin/env bash
# t0030-bucket-replace: a new bucket name forces replacement (-/+); after
# apply the old bucket is gone and the new one exists with the same settings.
# Resources that refer to the bucket follow it.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

bucket_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  gold:
	    type: aws.s3.bucket
	    name: $1
	    tags:
	      zone: gold
	  readme:
	    type: aws.s3.object
	    bucket: \${gold.name}
	    key: README.txt
	    content: "curated tables"
	YAML
}

test_expect_success 'setup: create the bucket and an object in it' '
	bucket_stack acme-gold-a &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	bucket_exists acme-gold-a
'

test_expect_success 'a new name plans a replacement' '
	bucket_stack acme-gold-b &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# gold must be replaced" &&
	test_line out "-/+ resource \"aws.s3.bucket\" \"gold\" {" &&
	test_match out "~ name *= \"acme-gold-a\" -> \"acme-gold-b\" # forces replacement" &&
	test_line out "# readme must be replaced" &&
	test_line out "Plan: 2 to add, 0 to change, 2 to destroy."
'

test_expect_success 'apply replaces the bucket and what is in it' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "gold: Destroying... [id=acme-gold-a]" &&
	test_match out "^gold: Destruction complete after [0-9]+s$" &&
	test_match out "^gold: Creation complete after [0-9]+s \[id=acme-gold-b\]$" &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 2 destroyed." &&
	! bucket_exists acme-gold-a
'

test_expect_success 'the new bucket has the settings' '
	bucket_exists acme-gold-b &&
	bucket_tags acme-gold-b >tags &&
	{ echo zone=gold && stack_tags; } | sort >expect &&
	test_cmp expect tags &&
	bucket_keys acme-gold-b >keys &&
	echo README.txt >expect &&
	test_cmp expect keys &&
	bucket_names >names &&
	echo acme-gold-b >expect &&
	test_cmp expect names
'

test_expect_success 'the state holds the new bucket only' '
	terrace state show gold >out &&
	test_contains out "acme-gold-b" &&
	test_not_contains out "acme-gold-a" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_done
