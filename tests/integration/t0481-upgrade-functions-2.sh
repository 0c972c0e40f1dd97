#!/usr/bin/env bash
# t0481-upgrade-functions-2: a deployment 85f6d4a made keeps its function
# results ("functions": "terraform", plan/state.h), though the newest
# edition ("terraform-2") writes numbers as text and compares in contains as
# Terraform. The previous release (PREVIOUS_RELEASE, 85f6d4a by default)
# applies a stack with tostring(1e20), 0.000001 in a template and
# contains([1, 2], "1") in a bucket's tags and an object's key and content
# (moto); the build under test plans no change and writes "terraform" back;
# plan -functions=terraform-2 shows what moving changes, apply moves it and
# records "terraform-2", which 85f6d4a then refuses with its message; a
# fresh deployment of the same stack gets the newest results and marker.
. "$(dirname "$0")/lib.sh"
. "$TEST_DIR/previous_release.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
previous_release_build || test_fail_setup "the previous release could not be built"

mkdir old new
write_stack old/stack.yaml '  site: {type: string}'
cat >>old/stack.yaml <<-'YAML'
resources:
  nums:
    type: aws.s3.bucket
    name: fn2-${var.site}
    tags:
      big: '${tostring(1e20)}'
      has: '${contains([1, 2], "1")}'
  note:
    type: aws.s3.object
    bucket: ${nums.name}
    key: 'has-${contains([1, 2], "1")}.txt'
    content: 'rate ${0.000001} of ${1e20}'
YAML
cp old/stack.yaml new/stack.yaml

# The tag KEY of bucket fn2-$1.
tag () {
	s3 s3api get-bucket-tagging --bucket "fn2-$1" >tags.json &&
	json_get tags.json "[t[\"Value\"] for t in d[\"TagSet\"] if t[\"Key\"] == \"$2\"][0]"
}

# The object keys of bucket fn2-$1, one a line.
keys () {
	s3 s3api list-objects-v2 --bucket "fn2-$1" >keys.json &&
	json_get keys.json '"\n".join(o["Key"] for o in d.get("Contents", []))'
}

state_functions () {
	json_get terrace.state.json 'd.get("functions", "absent")'
}

test_expect_success 'the previous release applies it with its results' '
	cd "$TRASH/old" && export TERRACE_VAR_site=old &&
	previous_terrace apply -auto-approve >apply.out 2>apply.err &&
	test_line apply.out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	test_equal terraform "$(state_functions)" &&
	test_equal "1e+20" "$(tag old big)" &&
	test_equal true "$(tag old has)" &&
	test_equal has-true.txt "$(keys old)" &&
	s3 s3api get-object --bucket fn2-old --key has-true.txt note >/dev/null &&
	test_equal "rate 1e-06 of 1e+20" "$(cat note)"
'

test_expect_success 'the build under test plans no change for it, and keeps its record' '
	cd "$TRASH/old" && export TERRACE_VAR_site=old &&
	upgrade_plans_no_change &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 0 changed, 0 destroyed." &&
	test_equal terraform "$(state_functions)" &&
	printf "%s\n" "tostring(1e20)" "contains([1, 2], \"1\")" | terrace console >out 2>err &&
	test_line out "\"1e+20\"" &&
	test_line out "true"
'

test_expect_success '-functions=terraform (the edition it has, as 85f6d4a'"'"'s command lines give it) plans no change; earlier or a typo is refused' '
	cd "$TRASH/old" && export TERRACE_VAR_site=old &&
	terrace plan -functions=terraform -detailed-exitcode -no-color >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	test_expect_code 1 terrace plan -functions=earlier >out 2>err &&
	test_match err "-functions: \"earlier\" is not an edition of Terraform.s function results: \"terraform-2\" \(the newest\) or \"terraform\"" &&
	test_expect_code 1 terrace plan -functions=terrafrom >out 2>err &&
	test_match err "-functions: \"terrafrom\" is not an edition"
'

test_expect_success 'plan -functions=terraform-2 shows what moving changes, and moves nothing' '
	cd "$TRASH/old" && export TERRACE_VAR_site=old &&
	test_expect_code 2 terrace plan -functions=terraform-2 -detailed-exitcode -no-color >out 2>err &&
	test_match out "^ *~ \"big\" *= \"1e[+]20\" -> \"100000000000000000000\"\$" &&
	test_match out "^ *~ \"has\" *= \"true\" -> \"false\"\$" &&
	test_match out "^ *~ key *= \"has-true[.]txt\" -> \"has-false[.]txt\"" &&
	test_match out "^ *~ content *= \"rate 1e-06 of 1e[+]20\" -> \"rate 0[.]000001 of 100000000000000000000\"" &&
	test_equal terraform "$(state_functions)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'apply -functions=terraform-2 moves it and records it' '
	cd "$TRASH/old" && export TERRACE_VAR_site=old &&
	terrace apply -functions=terraform-2 -auto-approve >out 2>err &&
	test_match out "^Apply complete! Resources: " &&
	test_equal terraform-2 "$(state_functions)" &&
	test_equal 100000000000000000000 "$(tag old big)" &&
	test_equal false "$(tag old has)" &&
	test_equal has-false.txt "$(keys old)" &&
	s3 s3api get-object --bucket fn2-old --key has-false.txt note >/dev/null &&
	test_equal "rate 0.000001 of 100000000000000000000" "$(cat note)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'the previous release refuses the newer record with its message' '
	cd "$TRASH/old" && export TERRACE_VAR_site=old &&
	test_expect_code 1 previous_terrace plan >out 2>err &&
	test_match err "\"functions\" must be \"terraform\" or \"earlier\""
'

test_expect_success 'a fresh deployment gets the newest results and marker' '
	cd "$TRASH/new" && export TERRACE_VAR_site=new &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	test_equal terraform-2 "$(state_functions)" &&
	test_equal 100000000000000000000 "$(tag new big)" &&
	test_equal false "$(tag new has)" &&
	test_equal has-false.txt "$(keys new)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_done
