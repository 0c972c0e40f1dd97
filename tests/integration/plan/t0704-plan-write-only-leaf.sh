#!/usr/bin/env bash
# t0704-plan-write-only-leaf: a block holding a write-only property is shown
# and compared but that property (issue 57, point 3). awscc.iam.user's
# login_profile holds its password (write-only); awscc.ec2.security_group's
# security_group_ingress holds source_security_group_name (write-only).
# The last release (LEAF_RELEASE, 235c370 by default) kept such a block
# whole as one hash and masked it whole in plans; the build under test
# plans no change on that state, then keeps the block with the write-only
# leaf alone hashed: one rule's changed port shows as that field, a change
# of password_reset_required as that field with the password masked, a
# changed password as (sensitive value) on both sides, and the JSON plan and
# show -markdown mask that leaf alone; an output of the block is sensitive,
# one of the field beside the password is not; a variable used only in the
# password is secret by use in the JSON plan.
. "$(dirname "$0")/../lib.sh"
PREVIOUS_RELEASE=${LEAF_RELEASE:-235c370}
. "$TEST_DIR/previous_release.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto
previous_release_build || test_fail_setup "the previous release could not be built"

# leaf_stack PORT RESET PASSWORD: a user with a login profile and a
# security group with two ingress rules, the first on PORT.
leaf_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  analyst:
	    type: awscc.iam.user
	    path: /t0704/
	    login_profile: {password: "$3", password_reset_required: $2}
	  db_access:
	    type: awscc.ec2.security_group
	    group_description: t0704 database access
	    security_group_ingress:
	      - {ip_protocol: tcp, from_port: $1, to_port: $1, cidr_ip: 10.0.0.0/16}
	      - {ip_protocol: tcp, from_port: 443, to_port: 443, cidr_ip: 10.1.0.0/16}
	YAML
}

test_expect_success 'the last release applies the stack; the build under test plans no change' '
	leaf_stack 5432 false Pw-t0704-first &&
	previous_terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 2 added, 0 changed, 0 destroyed." &&
	json_get terrace.state.json "d[\"resources\"][\"analyst\"][\"attributes\"][\"login_profile\"]" >kept &&
	test_contains kept "\$scrypt" &&
	test_not_contains kept password_reset_required && # negatives: no run of terrace (the state the previous release wrote, its apply line read above)
	terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 0 changed, 0 destroyed."
'

test_expect_success 'a changed rule in the block the old state kept whole: applied, then kept leaf by leaf' '
	leaf_stack 5433 false Pw-t0704-first &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	test_match out "^ *~ security_group_ingress = \(sensitive value\) -> \[$" &&
	test_match out "\"from_port\" *= 5433" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	json_get terrace.state.json "d[\"resources\"][\"db_access\"][\"attributes\"][\"security_group_ingress\"][0][\"from_port\"]" >port &&
	test_equal 5433 "$(cat port)"
'

test_expect_success 'one rule'\''s port changed: that field, not the whole block masked' '
	leaf_stack 5434 false Pw-t0704-first &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_line out "~ security_group_ingress = [" &&
	test_line out "~ [0] {" &&
	test_match out "^ *~ \"from_port\" *= 5433 -> 5434$" &&
	test_match out "^ *~ \"to_port\" *= 5433 -> 5434$" &&
	test_line out "# (1 unchanged element hidden)" &&
	test_not_contains out "(sensitive value)" &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'the login profile the old state kept whole: its new value shown, the password masked' '
	leaf_stack 5434 true Pw-t0704-first &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_match out "^ *~ login_profile = \(sensitive value\) -> \{$" &&
	test_match out "^ *\"password\" *= \(sensitive value\)$" &&
	test_match out "^ *\"password_reset_required\" *= true$" &&
	test_not_contains out Pw-t0704 &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed."
'

test_expect_success 'a field beside the password: shown, the password kept hashed alone' '
	leaf_stack 5434 false Pw-t0704-first &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color -out reset.plan >out 2>err &&
	test_line out "~ login_profile = {" &&
	test_match out "^ *~ \"password_reset_required\" *= true -> false$" &&
	test_not_contains out "password\"" &&
	test_not_contains out Pw-t0704 &&
	terrace show -json reset.plan >plan.json &&
	test_not_contains plan.json Pw-t0704 &&
	python3 - <<-\PY &&
	import json
	c = [r for r in json.load(open("plan.json"))["resource_changes"] if r["name"] == "analyst"][0]["change"]
	assert c["after"]["login_profile"] == {"password": "(sensitive value)",
	                                       "password_reset_required": False}, c["after"]
	assert c["after_sensitive"]["login_profile"] == {"password": True}, c["after_sensitive"]
	assert c["before"]["login_profile"]["password_reset_required"] is True, c["before"]
	PY
	terrace show -markdown reset.plan >summary.md &&
	test_contains summary.md "\`login_profile.password_reset_required\`: \`true\` → \`false\`" &&
	test_not_contains summary.md "login_profile.password\`" &&
	terrace apply -auto-approve reset.plan >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	json_get terrace.state.json "d[\"resources\"][\"analyst\"]" >entry &&
	python3 - <<-\PY
	import json
	e = json.load(open("entry"))
	lp = e["attributes"]["login_profile"]
	assert lp["password_reset_required"] is False, lp
	assert list(lp["password"]) == ["$scrypt"], lp
	assert "login_profile.password" in e["sensitive_attributes"], e["sensitive_attributes"]
	PY
'

test_expect_success 'a changed password: a change of that leaf, masked on both sides, and sent' '
	leaf_stack 5434 false Pw-t0704-second &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >out 2>err &&
	test_match out "^ *~ \"password\" *= \(sensitive value\) -> \(sensitive value\)$" &&
	test_not_contains terrace.state.json Pw-t0704 &&
	test_not_contains out password_reset_required &&
	test_not_contains out Pw-t0704 &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_not_contains terrace.state.json Pw-t0704 &&
	terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'an output of the block is masked whole, of a field beside the password shown' '
	leaf_stack 5434 false Pw-t0704-second &&
	cat >>stack.yaml <<-\YAML &&
	outputs:
	  profile: {value: "${analyst.login_profile}"}
	  secret: {value: "${analyst.login_profile.password}"}
	  reset: {value: "${analyst.login_profile.password_reset_required}"}
	YAML
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 0 changed, 0 destroyed." &&
	test_not_contains out Pw-t0704 &&
	terrace output -json >outputs.json 2>err &&
	test_not_contains outputs.json Pw-t0704 &&
	python3 - <<-\PY
	import json
	o = json.load(open("outputs.json"))
	assert o["profile"]["sensitive"] is True, o
	assert o["secret"]["sensitive"] is True, o
	assert o["reset"] == {"sensitive": False, "type": "bool", "value": False}, o["reset"]
	PY
'

test_expect_success 'a variable that reaches the password only: secret by use in the JSON plan' '
	leaf_stack 5434 false "\${var.pw}" &&
	sed -i "s/^variables:.*/variables:\n  pw: {type: string, default: Pw-t0704-by-use}/" stack.yaml &&
	test_expect_code 2 terrace plan -detailed-exitcode -out byuse.plan >out 2>err &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	test_not_contains out Pw-t0704 &&
	terrace show -json byuse.plan >plan.json &&
	test_contains plan.json "\"login_profile\"" &&
	test_not_contains plan.json Pw-t0704-by-use
'

test_done
