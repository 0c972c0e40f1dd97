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
# The same for a root stack's variables (steps 8-11): a number given to a
# string variable (a default 1e20, a variable file's 0.000001) is written
# in the deployment's text, and the variables' validation rules
# (contains([1, 2, 4], var.size)) are judged with its results: 85f6d4a's
# deployment keeps 1e+20 and its rule's verdict, a fresh one gets
# 100000000000000000000 and the newest verdict.
. "$(dirname "$0")/../lib.sh"
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

mkdir vold vnew
write_stack vold/stack.yaml '  site: {type: string}
  limit:
    type: string
    default: 1e20
  rate: {type: string}
  size:
    type: string
    validation:
      - condition: ${contains([1, 2, 4], var.size)}
        error_message: size must be 1, 2 or 4'
cat >>vold/stack.yaml <<-'YAML'
resources:
  vars:
    type: aws.s3.bucket
    name: fn2-v-${var.site}
    tags:
      limit: ${var.limit}
      rate: ${var.rate}
      size: ${var.size}
YAML
echo 'rate: 0.000001' >vold/rates.vars.yaml
cp vold/stack.yaml vold/rates.vars.yaml vnew/

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

test_expect_success 'the previous release applies numbers given to string variables, and a rule comparing one' '
	cd "$TRASH/vold" && export TERRACE_VAR_site=old &&
	previous_terrace apply -auto-approve -var size=1 -var-file=rates.vars.yaml >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	test_equal terraform "$(state_functions)" &&
	test_equal "1e+20" "$(tag v-old limit)" &&
	test_equal "1e-06" "$(tag v-old rate)" &&
	test_equal 1 "$(tag v-old size)"
'

test_expect_success 'the build under test gives them its text and verdict: no change, resolved again once' '
	cd "$TRASH/vold" && export TERRACE_VAR_site=old &&
	TERRACE_LOG=debug terrace plan -detailed-exitcode -no-color -var size=1 \
		-var-file=rates.vars.yaml >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	test_match err "variables of stack \"t0481-upgrade-functions-2\" resolved again with terraform.s text" &&
	test_equal 1 "$(grep -c "resolved again" err)" &&
	test_expect_code 1 terrace plan -var size=3 -var-file=rates.vars.yaml >out 2>err &&
	test_match err "stack[.]yaml:14:20: error: variable \"size\": size must be 1, 2 or 4"
'

test_expect_success 'moving: the rule judged with the newest results, then the variables'"'"' text' '
	cd "$TRASH/vold" && export TERRACE_VAR_site=old &&
	test_expect_code 1 terrace plan -functions=terraform-2 -var size=1 \
		-var-file=rates.vars.yaml >out 2>err &&
	test_match err "stack[.]yaml:14:20: error: variable \"size\": size must be 1, 2 or 4" &&
	test_match err "the value -var size=[.][.][.] fails this validation rule; var.size is \"1\"" &&
	sed "s/contains(\[1, 2, 4\]/contains([\"1\", \"2\", \"4\"]/" stack.yaml >new.yaml &&
	mv new.yaml stack.yaml &&
	terrace plan -detailed-exitcode -var size=1 -var-file=rates.vars.yaml >out 2>err &&
	test_expect_code 2 terrace plan -functions=terraform-2 -detailed-exitcode -no-color \
		-var size=1 -var-file=rates.vars.yaml >out 2>err &&
	test_match out "^ *~ \"limit\" *= \"1e[+]20\" -> \"100000000000000000000\"\$" &&
	test_match out "^ *~ \"rate\" *= \"1e-06\" -> \"0[.]000001\"\$" &&
	test_equal terraform "$(state_functions)"
'

test_expect_success 'a fresh deployment gets the newest text and verdict, resolved once' '
	cd "$TRASH/vnew" && export TERRACE_VAR_site=new &&
	test_expect_code 1 terrace apply -auto-approve -var size=1 -var-file=rates.vars.yaml >out 2>err &&
	test_match err "stack[.]yaml:14:20: error: variable \"size\": size must be 1, 2 or 4" &&
	cp ../vold/stack.yaml stack.yaml &&
	TERRACE_LOG=debug terrace apply -auto-approve -var size=1 -var-file=rates.vars.yaml >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	! grep "resolved again" err &&
	test_equal terraform-2 "$(state_functions)" &&
	test_equal 100000000000000000000 "$(tag v-new limit)" &&
	test_equal 0.000001 "$(tag v-new rate)" &&
	test_expect_code 0 terrace plan -detailed-exitcode -var size=1 -var-file=rates.vars.yaml >out 2>err
'

test_done
