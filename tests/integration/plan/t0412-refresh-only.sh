#!/usr/bin/env bash
# t0412-refresh-only: drift made with the aws CLI (a tag changed, a bucket
# deleted) is shown by `plan -refresh-only` (exit 2 with -detailed-exitcode),
# recorded by `apply -refresh-only` without touching the buckets (checked
# with the CLI), after which a normal plan wants to undo the drift.
. "$(dirname "$0")/../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

refresh_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  lake:
	    type: aws.s3.bucket
	    name: ro-lake
	    tags: {team: data}
	  scratch:
	    type: aws.s3.bucket
	    name: ro-scratch
	YAML
}

state_sum () {
	sha256sum <terrace.state.json
}

lake_tag () {
	s3 s3api get-bucket-tagging --bucket ro-lake --query "TagSet[?Key==\`team\`].Value" --output text
}

test_expect_success 'setup: apply two buckets' '
	refresh_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed."
'

test_expect_success 'plan -refresh-only without drift: no changes, exit 0' '
	test_expect_code 0 terrace plan -refresh-only -detailed-exitcode >out 2>err &&
	test_contains out "No changes. Your infrastructure still matches the configuration."
'

test_expect_success 'drift made with the CLI: a tag changed, a bucket deleted' '
	s3 s3api put-bucket-tagging --bucket ro-lake --tagging "TagSet=[{Key=team,Value=ops}]" &&
	s3 s3api delete-bucket --bucket ro-scratch &&
	test_equal ops "$(lake_tag)"
'

test_expect_success 'plan -refresh-only shows the drift, exits 2, state untouched' '
	before=$(state_sum) &&
	test_expect_code 2 terrace plan -refresh-only -detailed-exitcode >out 2>err &&
	test_contains out "Objects have changed outside of terrace" &&
	test_contains out "# lake has changed" &&
	test_match out "~ tags = " &&
	test_contains out "\"ops\"" &&
	test_contains out "# scratch has been deleted" &&
	test_contains out "This is a refresh-only plan, so terrace will not take any actions" &&
	test_not_contains out "Plan:" &&
	test_equal "$before" "$(state_sum)"
'

test_expect_success '-refresh-only refuses -refresh=false and -destroy' '
	test_expect_code 1 terrace plan -refresh-only -refresh=false >out 2>err &&
	test_contains err "-refresh-only cannot be combined with -refresh=false" &&
	test_expect_code 1 terrace plan -refresh-only -destroy >out 2>err &&
	test_contains err "-refresh-only cannot be combined with -destroy"
'

test_expect_success 'apply -refresh-only records the drift and changes nothing' '
	terrace apply -refresh-only -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 0 changed, 0 destroyed." &&
	test_equal ops "$(lake_tag)" &&
	! s3 s3api head-bucket --bucket ro-scratch 2>/dev/null &&
	test_equal "{\"team\": \"ops\"}" "$(json_get terrace.state.json "d[\"resources\"][\"lake\"][\"attributes\"][\"tags\"]")" &&
	test_equal False "$(json_get terrace.state.json "str(\"scratch\" in d[\"resources\"])")"
'

test_expect_success 'afterwards: refresh-only finds nothing, a normal plan undoes the drift' '
	test_expect_code 0 terrace plan -refresh-only -detailed-exitcode >out 2>err &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_contains out "# lake will be updated in-place" &&
	test_contains out "# scratch will be created" &&
	test_line out "Plan: 1 to add, 1 to change, 0 to destroy."
'

test_expect_success 'apply -refresh-only of a saved refresh-only plan' '
	s3 s3api put-bucket-tagging --bucket ro-lake --tagging "TagSet=[{Key=team,Value=sre}]" &&
	test_expect_code 2 terrace plan -refresh-only -detailed-exitcode -out=ro.plan >out 2>err &&
	terrace apply ro.plan >out 2>err &&
	test_equal "{\"team\": \"sre\"}" "$(json_get terrace.state.json "d[\"resources\"][\"lake\"][\"attributes\"][\"tags\"]")" &&
	test_equal sre "$(lake_tag)"
'

test_done
