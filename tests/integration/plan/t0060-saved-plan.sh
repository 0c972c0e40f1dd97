#!/usr/bin/env bash
# t0060-saved-plan: plan -out saves a plan that `apply PLANFILE` carries out
# without asking; `show PLANFILE` renders it; a saved plan made before the
# state changed is refused as stale and changes nothing.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

bucket_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  silver:
	    type: aws.s3.bucket
	    name: acme-silver
	    tags:
	      stage: $1
	YAML
}

test_expect_success 'plan -out writes a plan file and changes nothing' '
	bucket_stack one &&
	test_expect_code 2 terrace plan -out first.plan -detailed-exitcode >out 2>err &&
	test -s first.plan &&
	test_line out "Plan: 1 to add, 0 to change, 0 to destroy." &&
	! bucket_exists acme-silver
'

test_expect_success 'show PLANFILE renders the saved plan' '
	terrace show first.plan >out 2>err &&
	test_line out "+ resource \"aws.s3.bucket\" \"silver\" {" &&
	test_line out "Plan: 1 to add, 0 to change, 0 to destroy." &&
	terrace show -json first.plan >plan.json 2>err &&
	test_equal "[\"create\"]" "$(json_get plan.json "d[\"resource_changes\"][0][\"change\"][\"actions\"]")"
'

test_expect_success 'apply PLANFILE carries it out without confirmation' '
	terrace apply first.plan >out 2>err </dev/null &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	bucket_tags acme-silver >tags &&
	{ echo stage=one && stack_tags; } | sort >expect &&
	test_cmp expect tags
'

test_expect_success 'a saved plan cannot be applied twice' '
	test_expect_code 1 terrace apply first.plan >out 2>err &&
	test_contains err "Error: saved plan is stale: the state changed since it was made"
'

test_expect_success 'setup: save a plan, then change the state with another apply' '
	bucket_stack two &&
	terrace plan -out second.plan >out 2>err &&
	bucket_stack three &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed."
'

test_expect_success 'the stale plan is refused and changes nothing' '
	cp terrace.state.json state.before &&
	test_expect_code 1 terrace apply second.plan >out 2>err &&
	test_match err "^Error: saved plan is stale: the state changed since it was made \(serial [0-9]+, now [0-9]+\)$" &&
	test_not_contains out "Modifying..." &&
	bucket_tags acme-silver >tags &&
	{ echo stage=three && stack_tags; } | sort >expect &&
	test_cmp expect tags &&
	test_cmp state.before terrace.state.json
'

test_expect_success 'a fresh plan file applies' '
	bucket_stack four &&
	terrace plan -out third.plan >out 2>err &&
	terrace apply third.plan >out 2>err &&
	bucket_tags acme-silver >tags &&
	{ echo stage=four && stack_tags; } | sort >expect &&
	test_cmp expect tags
'

test_done
