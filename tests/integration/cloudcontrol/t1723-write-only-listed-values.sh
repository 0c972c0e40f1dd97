#!/usr/bin/env bash
# t1723-write-only-listed-values: a write-only property whose schema lists
# every value it may hold (an enum: awscc.ssm.parameter's tier) keeps no
# secret. A release with awscc types (LISTED_RELEASE, 235c370 by default, as
# t0704's: the last release, 85f6d4a, had none) kept it hashed in state and
# masked it in plans and errors; the build under test plans no change on
# that state, shows a changed tier as its values, keeps it in clear once it
# writes the resource again, and names a bad value in its error (with the
# nearest listed one). (A free-text write-only property, its policies,
# stays sensitive: test_cloudcontrol's test_flags; moto's CloudFormation
# model of the parameter fails on policies, so none is set here.)
. "$(dirname "$0")/../lib.sh"
PREVIOUS_RELEASE=${LISTED_RELEASE:-235c370}
. "$TEST_DIR/previous_release.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
previous_release_build || test_fail_setup "the previous release could not be built"

# param_stack TIER: one parameter of that tier.
param_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  watermark:
	    type: awscc.ssm.parameter
	    name: /t1723/watermark
	    parameter_type: String
	    value: "2026-11-25"
	    tier: $1
	YAML
}

state_attr () {
	json_get terrace.state.json "d[\"resources\"][\"watermark\"][\"attributes\"][\"$1\"]"
}

test_expect_success 'an earlier release kept the tier hashed; the build under test plans no change' '
	param_stack Advanced &&
	previous_terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	state_attr tier >kept &&
	test_contains kept "\$scrypt" &&
	test_not_contains kept Advanced && # negatives: no run of terrace (the state the previous release wrote, its apply line read above)
	terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'a changed tier is shown as its values, then kept in clear' '
	param_stack Intelligent-Tiering &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_contains out "Intelligent-Tiering" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_equal "Intelligent-Tiering" "$(state_attr tier)" &&
	terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'a bad tier is named in the error, with the listed value it is near' '
	param_stack Advanse &&
	test_expect_code 1 terrace validate -no-color >out 2>err &&
	test_contains err "tier: \"Advanse\" is not one of \"Standard\", \"Advanced\", \"Intelligent-Tiering\" (did you mean \"Advanced\"?)" &&
	test_not_contains err "sensitive value"
'

test_done
