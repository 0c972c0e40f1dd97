#!/usr/bin/env bash
# t1540-iam-inline-policy: aws.iam.inline_policy against moto — one policy
# put on two roles, a user and a group, read back with the AWS CLI on each,
# planned again as no change; a new document put on every principal and a
# dropped principal's copy deleted; a document changed outside on one
# principal planned as a change and put back; import by name; destroy
# leaving no copy on any principal (a principal already gone, or its copy,
# destroyed as gone). Refused at validate: a policy on none, and one on a
# role this stack writes as aws.iam.role (whose inline_policies holds every
# inline policy of the role) that the role does not name, or names with
# another document: never a plan that puts and removes it on every apply;
# the same document written both ways validates.
. "$(dirname "$0")/../../lib.sh"

start_moto || test_fail_setup "moto did not start"
use_server moto

iam () { s3 iam "$@"; }

TRUST='{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"glue.amazonaws.com"},"Action":"sts:AssumeRole"}]}'

# doc_of KIND WHO: the actions of the policy read-lake on a principal
# (role, user, group), one line, or "none".
doc_of () {
	iam get-$1-policy --$1-name "$2" --policy-name read-lake \
		--query "PolicyDocument.Statement[0].Action" --output text 2>/dev/null || echo none
}

test_expect_success 'setup: two roles, a user and a group made outside the stack' '
	iam create-role --role-name etl --assume-role-policy-document "$TRUST" >/dev/null &&
	iam create-role --role-name loader --assume-role-policy-document "$TRUST" >/dev/null &&
	iam create-user --user-name analyst >/dev/null &&
	iam create-group --group-name readers >/dev/null
'

policy_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  lake:
	    type: aws.iam.inline_policy
	    name: read-lake
	    roles: [${ROLES:-etl, "arn:aws:iam::123456789012:role/loader"}]
	    users: [analyst]
	    groups: [readers]
	    policy:
	      Version: "2012-10-17"
	      Statement:
	        - {Effect: Allow, Action: "${ACTION:-s3:GetObject}", Resource: "arn:aws:s3:::lake/*"}
	YAML
}

test_expect_success 'apply puts it on every principal; the AWS CLI reads it on each; no change after' '
	policy_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	test_equal s3:GetObject "$(doc_of role etl)" &&
	test_equal s3:GetObject "$(doc_of role loader)" &&
	test_equal s3:GetObject "$(doc_of user analyst)" &&
	test_equal s3:GetObject "$(doc_of group readers)" &&
	test_equal read-lake "$(json_get terrace.state.json "d[\"resources\"][\"lake\"][\"id\"]")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'a new document goes on every principal; a dropped role loses its copy' '
	ROLES=etl ACTION=s3:ListBucket policy_stack &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_equal s3:ListBucket "$(doc_of role etl)" &&
	test_equal none "$(doc_of role loader)" &&
	test_equal s3:ListBucket "$(doc_of user analyst)" &&
	test_equal s3:ListBucket "$(doc_of group readers)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a document changed outside on one principal plans a change and is put back' '
	iam put-user-policy --user-name analyst --policy-name read-lake \
		--policy-document "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"s3:*\",\"Resource\":\"*\"}]}" &&
	ROLES=etl ACTION=s3:ListBucket policy_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_contains out "~ policy" &&
	terrace apply -auto-approve >out 2>err &&
	test_equal s3:ListBucket "$(doc_of user analyst)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'import by name reads it on the principals the stack gives it' '
	ROLES=etl ACTION=s3:ListBucket policy_stack &&
	terrace state rm lake >out 2>err &&
	terrace import lake read-lake >out 2>err &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'destroy removes it from every principal; a copy already gone is destroyed as gone' '
	iam delete-group-policy --group-name readers --policy-name read-lake &&
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 1 destroyed." &&
	test_equal none "$(doc_of role etl)" &&
	test_equal none "$(doc_of user analyst)" &&
	test_equal none "$(doc_of group readers)" &&
	test_equal "etl loader" "$(iam list-roles --query "sort(Roles[].RoleName)" --output text | tr "\t" " ")"
'

test_expect_success 'a policy on no principal is refused at validate' '
	mkdir none &&
	write_stack none/stack.yaml &&
	cat >>none/stack.yaml <<-YAML &&
	resources:
	  p:
	    type: aws.iam.inline_policy
	    name: read-lake
	    policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "s3:GetObject", Resource: "*"}]}
	YAML
	(cd none && test_expect_code 1 terrace validate >../out 2>../err) &&
	test_contains err "it names no principal: put it on at least one of roles, users and groups"
'

test_expect_success 'on a role the stack writes as aws.iam.role: refused when the role names it with another document or not at all; the same document written both ways validates' '
	mkdir both &&
	write_stack both/stack.yaml &&
	cat >>both/stack.yaml <<-YAML &&
	resources:
	  runner:
	    type: aws.iam.role
	    name: runner
	    assume_role_policy: $TRUST
	    inline_policies:
	      read-lake: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "s3:GetObject", Resource: "*"}]}
	  p:
	    type: aws.iam.inline_policy
	    name: read-lake
	    roles: ["\${runner.name}"]
	    policy: {Version: "2012-10-17", Statement: [{Effect: Allow, Action: "s3:PutObject", Resource: "*"}]}
	YAML
	(cd both && test_expect_code 1 terrace validate >../out 2>../err) &&
	test_contains err "roles: aws.iam.role \"runner\" of this stack writes the inline policy \"read-lake\" too (its inline_policies), with another document" &&
	sed -i "s/s3:PutObject/s3:GetObject/" both/stack.yaml &&
	(cd both && terrace validate >../out 2>../err) &&
	sed -i "/inline_policies:/,/read-lake: {/d" both/stack.yaml &&
	sed -i "s/roles: \[\"\\\${runner.name}\"\]/roles: [runner]/" both/stack.yaml &&
	grep -q "roles: \[runner\]" both/stack.yaml &&
	(cd both && test_expect_code 1 terrace validate >../out 2>../err) &&
	test_contains err "roles: role \"runner\" is this stack'"'"'s aws.iam.role, whose inline_policies holds every inline policy of the role and removes any it does not name on each apply"
'

test_done
