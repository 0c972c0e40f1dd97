#!/usr/bin/env bash
# t0431-ci-flags: CI ergonomics. -input=false (and CI set) never prompts:
# apply and destroy without -auto-approve fail at once and change nothing;
# CI turns colour off even on a terminal; -compact-warnings prints warnings
# at the end, one line each; `show -markdown` (examples/ci's summary)
# summarises a real plan and examples/ci/README.md's policy gate fails a
# plan that deletes.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

# deny_delete: examples/ci/README.md's gate, on a JSON plan on stdin
deny_delete () {
	python3 -c 'import json, sys
deletes = [c["address"] for c in json.load(sys.stdin)["resource_changes"]
           if "delete" in c["change"]["actions"]]
sys.exit("policy: the plan deletes " + ", ".join(deletes) if deletes else 0)'
}
unset CI

ci_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  raw:
	    type: aws.s3.bucket
	    name: ci-raw
	  ${EXTRA_BUCKET:-}
	YAML
}

test_expect_success '-input=false: apply without -auto-approve refuses and creates nothing' '
	ci_stack &&
	test_expect_code 1 terrace apply -input=false >out 2>err &&
	test_line err "Error: apply needs confirmation, but input is off (-input=false, or CI is set): pass -auto-approve, or apply a saved plan file" &&
	! bucket_exists ci-raw
'

test_expect_success 'CI set: the same without the flag; -input=true asks again' '
	test_expect_code 1 env CI=true "$TERRACE" apply >out 2>err &&
	test_contains err "input is off" &&
	! bucket_exists ci-raw &&
	test_expect_code 1 env CI=true "$TERRACE" apply -input=true >out 2>err </dev/null &&
	test_contains err "apply needs confirmation: run it on a terminal or pass -auto-approve" &&
	! bucket_exists ci-raw
'

test_expect_success 'plan and apply accept -input=false and -compact-warnings' '
	terrace plan -input=false -compact-warnings -out ci.plan >out 2>err &&
	test_line out "Plan: 1 to add, 0 to change, 0 to destroy." &&
	terrace apply -input=false -compact-warnings ci.plan >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	bucket_exists ci-raw
'

test_expect_success 'CI turns colour off on a terminal' '
	EXTRA_BUCKET="gold: {type: aws.s3.bucket, name: ci-gold}" ci_stack &&
	(unset NO_COLOR && script -qec "\"$TERRACE\" plan" /dev/null >tty.out </dev/null) &&
	grep -q "$(printf "\033")\[" tty.out &&
	(unset NO_COLOR && CI=true script -qec "\"$TERRACE\" plan" /dev/null >ci.out </dev/null) &&
	test_contains ci.out "Plan: 1 to add, 0 to change, 0 to destroy." &&
	! grep -q "$(printf "\033")" ci.out
'

test_expect_success 'warnings in full by default, one line each at the end with -compact-warnings' '
	terrace plan -target gold >out 2>err &&
	test_line err "Warning: Resource targeting is in effect" &&
	test_contains err "not for routine use" &&
	terrace plan -target gold -compact-warnings >out 2>err &&
	test_line err "Warnings:" &&
	test_line err "- Resource targeting is in effect" &&
	test_not_contains err "not for routine use" &&
	test_equal "- Resource targeting is in effect" "$(tail -n 1 err | sed "s/^ *//")"
'

test_expect_success 'destroy -input=false without -auto-approve refuses' '
	test_expect_code 1 terrace destroy -input=false >out 2>err &&
	test_contains err "destroy needs confirmation, but input is off" &&
	bucket_exists ci-raw
'

test_expect_success 'show -markdown summarises a real plan; the gate passes it' '
	EXTRA_BUCKET="gold: {type: aws.s3.bucket, name: ci-gold, tags: {zone: gold}}" ci_stack &&
	terrace plan -out add.plan >out 2>err &&
	terrace show -markdown add.plan >summary.md &&
	test_line summary.md "**Plan:** 1 to add, 0 to change, 0 to destroy." &&
	test_line summary.md "| + create | \`gold\` | aws.s3.bucket | \`name\`: \`\"ci-gold\"\` |" &&
	test_not_contains summary.md "ci-raw" &&
	terrace show -json add.plan >add.json &&
	deny_delete <add.json
'

test_expect_success 'the README'\''s gate fails a plan that deletes; show -markdown lists it first' '
	terrace apply -auto-approve add.plan >out 2>err &&
	write_stack stack.yaml &&
	cat >>stack.yaml <<-YAML &&
	resources:
	  raw:
	    type: aws.s3.bucket
	    name: ci-raw-2
	YAML
	terrace plan -out del.plan >out 2>err &&
	terrace show -markdown del.plan >summary.md &&
	test_line summary.md "**Plan:** 1 to add, 0 to change, 2 to destroy." &&
	test_line summary.md "| -/+ replace | \`raw\` | aws.s3.bucket | \`name\`: \`\"ci-raw\"\` → \`\"ci-raw-2\"\` (forces replacement) |" &&
	test_line summary.md "| - destroy | \`gold\` | aws.s3.bucket |  |" &&
	terrace show -json del.plan >del.json &&
	test_expect_code 1 deny_delete <del.json 2>err &&
	test_contains err "policy: the plan deletes gold, raw" &&
	bucket_exists ci-gold
'

test_done
