#!/usr/bin/env bash
# t1601-sensitive-map-keys: a map written key by key in the stack with one
# key made from a secret (a Lambda function's environment: DB_PASSWORD from
# a sensitive variable beside STAGE) is masked at that key only, as
# Terraform does (issue 88 point 5): a STAGE change reads "dev" -> "prod",
# not (sensitive value) -> (sensitive value), in plan, show -json PLANFILE
# (after_sensitive marks DB_PASSWORD alone) and the plan -json stream; the
# state keeps STAGE in clear and DB_PASSWORD hashed (sensitive_attributes
# "environment.DB_PASSWORD"); a reference to the map is sensitive, one to
# STAGE is not. The previous release kept the map whole as one hash: the
# build under test plans no change on its state, and keeps the map key by
# key from its next change on. The password is in no output (the scan).
. "$(dirname "$0")/../../lib.sh"
. "$TEST_DIR/previous_release.sh"
. "$TEST_HERE/function_stack.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
previous_release_build || test_fail_setup "the previous release could not be built"
export CI=true

pw='Map-Pa55-t1601-3c9e7a'
export TERRACE_VAR_db_password=$pw
test_sensitive_values "$pw"
test_holds_secret change.plan

# fn_stack STAGE: the function, its environment holding the password and
# STAGE, and two outputs: the map and STAGE.
fn_stack () {
	function_stack t1601-ingest &&
	function_env "$1" &&
	cat >>stack.yaml <<-\YAML
	outputs:
	  env: {value: "${ingest.environment}", sensitive: true}
	  stage: "${ingest.environment.STAGE}"
	YAML
}

test_expect_success 'the previous release applies the map whole-hashed; the build under test plans no change' '
	s3 iam create-role --role-name t1601-exec --output text --query Role.Arn \
		--assume-role-policy-document "{\"Version\":\"2012-10-17\",\"Statement\":[]}" >role_arn &&
	export TERRACE_VAR_role_arn=$(cat role_arn) &&
	mkdir fn && printf "def handler(event, context):\n    return 1\n" >fn/main.py &&
	fn_stack dev &&
	previous_terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	test_equal "[\"environment\"]" "$(jq -c .resources.ingest.sensitive_attributes terrace.state.json)" &&
	upgrade_plans_no_change
'

test_expect_success 'STAGE changed on the old state: applied, then the map kept key by key' '
	fn_stack prod &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	test_match out "\"STAGE\" *= \"prod\"" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_equal "[\"environment.DB_PASSWORD\"]" "$(jq -c .resources.ingest.sensitive_attributes terrace.state.json)" &&
	test_equal prod "$(jq -r .resources.ingest.attributes.environment.STAGE terrace.state.json)" &&
	test_equal true "$(jq -c ".resources.ingest.attributes.environment.DB_PASSWORD | has(\"\$scrypt\")" terrace.state.json)" &&
	terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'STAGE changed: that key shows, the password alone is masked (text, show -json, -json stream)' '
	fn_stack test &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color -out change.plan >out 2>err &&
	test_line out "~ environment = {" &&
	test_match out "^ *~ \"STAGE\" *= \"prod\" -> \"test\"$" &&
	test_not_contains out "(sensitive value) -> (sensitive value)" &&
	terrace show -json change.plan >show.json 2>err &&
	test_equal "{\"environment\":{\"DB_PASSWORD\":true}}" "$(jq -c ".resource_changes[0].change.after_sensitive" show.json)" &&
	test_equal test "$(jq -r ".resource_changes[0].change.after.environment.STAGE" show.json)" &&
	test_equal prod "$(jq -r ".resource_changes[0].change.before.environment.STAGE" show.json)" &&
	terrace plan -json >stream.jsonl 2>err &&
	test_contains stream.jsonl "\"type\":\"planned_change\"" &&
	terrace apply -auto-approve change.plan >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	terrace output -no-color >outputs 2>err &&
	test_line outputs "env = (sensitive value)" &&
	test_line outputs "stage = \"test\""
'

test_expect_success 'the password rotated: that key alone changes, masked' '
	export TERRACE_VAR_db_password=${pw}-2 &&
	test_sensitive_values "${pw}-2" &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_line out "~ environment = {" &&
	test_match out "^ *~ \"DB_PASSWORD\" *= \\(sensitive value\\)" &&
	test_not_contains out "STAGE" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_done
