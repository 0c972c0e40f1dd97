#!/usr/bin/env bash
# t0480-terraform-habits: what Terraform users reach for, as they know it:
# -replace=ADDRESS on plan and apply.
. "$(dirname "$0")/lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

two_buckets () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  raw:
	    type: aws.s3.bucket
	    name: acme-raw
	    force_destroy: true
	  logs:
	    type: aws.s3.bucket
	    name: acme-logs
	YAML
}

test_expect_success 'setup: two buckets, a file put in one by hand' '
	two_buckets &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	echo by-hand >f && s3 s3 cp f s3://acme-raw/by-hand.txt >/dev/null &&
	bucket_keys acme-raw >keys && echo by-hand.txt >expect && test_cmp expect keys
'

test_expect_success 'plan -replace plans a replacement of an unchanged resource, as requested' '
	test_expect_code 2 terrace plan -detailed-exitcode -replace=raw >out 2>err &&
	test_line out "# raw must be replaced, as requested (-replace)" &&
	test_line out "-/+ resource \"aws.s3.bucket\" \"raw\" {" &&
	test_not_contains out "# logs" &&
	test_line out "Plan: 1 to add, 0 to change, 1 to destroy." &&
	terrace plan -replace raw -json >plan.json 2>err &&
	test_equal replace_by_request "$(json_get plan.json "[c for c in d[\"resource_changes\"] if c[\"address\"] == \"raw\"][0][\"action_reason\"]")" &&
	test_equal "[\"delete\", \"create\"]" "$(json_get plan.json "[c for c in d[\"resource_changes\"] if c[\"address\"] == \"raw\"][0][\"change\"][\"actions\"]")"
'

test_expect_success 'a saved plan keeps the request' '
	terrace plan -replace=raw -out=r.plan >out 2>err &&
	terrace show r.plan >out 2>err &&
	test_line out "# raw must be replaced, as requested (-replace)"
'

test_expect_success 'apply -replace deletes and makes it again; nothing else is touched' '
	terrace apply -auto-approve -replace=raw >out 2>err &&
	test_line out "raw: Destroying... [id=acme-raw]" &&
	test_match out "^raw: Creation complete after [0-9]+s \[id=acme-raw\]$" &&
	test_not_contains out "logs: Destr" &&
	test_not_contains out "logs: Creat" &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 1 destroyed." &&
	bucket_keys acme-raw >keys && test_empty keys &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a -replace address that is not in the state or not in the stack is an error' '
	test_expect_code 1 terrace plan -replace=nothing >out 2>err &&
	test_contains err "-replace=nothing: no resource with this address in the stack or the state" &&
	cat >>stack.yaml <<-YAML
	  later:
	    type: aws.s3.bucket
	    name: acme-later
	YAML
	test_expect_code 1 terrace plan -replace=later >out 2>err &&
	test_contains err "-replace=later: it is not in the state yet: it will be created" &&
	test_expect_code 1 terrace destroy -replace=raw >out 2>err &&
	test_contains err "unknown option -replace"
'

test_done
