#!/usr/bin/env bash
# t0201-iam-managed-policies: the AWS managed policies a role attaches
# (managed_policy_arns, arn:aws:iam::aws:policy/...) against moto, which
# knows them when asked to load them (MOTO_IAM_LOAD_MANAGED_POLICIES). A
# misspelled one is refused at plan (IAM GetPolicy, a read), naming the
# resource, the attribute and the ARN, before anything is made; the right
# one plans and applies; a customer managed policy of the account, which
# another stack may make, is not asked. One gone between a saved plan and
# its apply fails the attach at once with IAM's message: the wait for what
# IAM shows late is for what this run made (the role), never for a policy
# of AWS's (timing.c). The consistency window is on (30 s), as on AWS, so a
# wait would show: as a "waiting for" line of the debug log, never timed
# (a timed assertion fails on a loaded machine). `terrace policy` and `plan -policy` give that read
# (iam:GetPolicy on the AWS managed policy's ARN).
. "$(dirname "$0")/../../lib.sh"
. "$TEST_DIR/permissions.sh"

start_moto MOTO_IAM_LOAD_MANAGED_POLICIES=true || test_fail_setup "moto did not start"
use_server moto
export TERRACE_AWS_CONSISTENCY_TIMEOUT=30

ACCOUNT=123456789012

# role_stack NAME ARN: one role attaching ARN.
role_stack () {
	write_stack stack.yaml
	cat >>stack.yaml <<-YAML
	resources:
	  runner:
	    type: aws.iam.role
	    name: $1
	    assume_role_policy:
	      Version: "2012-10-17"
	      Statement:
	        - Effect: Allow
	          Principal: {Service: glue.amazonaws.com}
	          Action: sts:AssumeRole
	    managed_policy_arns:
	      - $2
	YAML
}

roles () {
	s3 iam list-roles --output text --query "Roles[].RoleName"
}

test_expect_success 'a misspelled AWS managed policy is refused at plan, naming resource, attribute and ARN' '
	role_stack reader arn:aws:iam::aws:policy/AmazonS3ReadOnlyAcess &&
	TERRACE_LOG=debug test_expect_code 1 terrace plan -no-color >out 2>err &&
	test_contains err "runner: aws.iam.role" &&
	test_not_contains err "iam GetPolicy: waiting for" &&
	test_contains err "runner: aws.iam.role: managed_policy_arns: arn:aws:iam::aws:policy/AmazonS3ReadOnlyAcess: IAM has no AWS managed policy of this ARN" &&
	test_contains err "NoSuchEntity" &&
	test_expect_code 1 terrace apply -auto-approve -no-color >out 2>err &&
	test_contains err "managed_policy_arns: arn:aws:iam::aws:policy/AmazonS3ReadOnlyAcess" &&
	roles >list &&
	test_not_contains list reader
'

test_expect_success 'the right AWS managed policy plans and applies' '
	role_stack reader arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess &&
	terrace plan -no-color >out 2>err &&
	test_line out "Plan: 1 to add, 0 to change, 0 to destroy." &&
	terrace apply -auto-approve -no-color >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 0 changed, 0 destroyed." &&
	s3 iam list-attached-role-policies --role-name reader --output text \
		--query "AttachedPolicies[].PolicyArn" >attached &&
	test_equal arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess "$(cat attached)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'terrace policy and plan -policy give the plan-time read of the AWS managed policy (iam:GetPolicy)' '
	terrace policy >whole.json 2>err &&
	has_action whole.json iam:GetPolicy arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess &&
	role_stack reader arn:aws:iam::aws:policy/AWSGlueConsoleFullAccess &&
	terrace plan -policy -no-color >out 2>err &&
	sed -n "/^{/,/^}/p" out >plan.json &&
	has_action plan.json iam:GetPolicy arn:aws:iam::aws:policy/AWSGlueConsoleFullAccess &&
	role_stack reader arn:aws:iam::$ACCOUNT:policy/made-by-another-stack &&
	terrace policy >customer.json 2>err &&
	lacks_action customer.json iam:GetPolicy
'

test_expect_success 'a customer managed policy the stack does not make is not asked at plan' '
	role_stack reader arn:aws:iam::$ACCOUNT:policy/made-by-another-stack &&
	terrace plan -no-color >out 2>err &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	test_not_contains err "IAM has no"
'

test_expect_success 'an AWS managed policy gone between plan and apply fails the attach at once, not after a wait' '
	terrace destroy -auto-approve >out 2>err &&
	role_stack late arn:aws:iam::aws:policy/AWSGlueConsoleFullAccess &&
	terrace plan -out late.plan >out 2>err &&
	s3 iam delete-policy --policy-arn arn:aws:iam::aws:policy/AWSGlueConsoleFullAccess &&
	TERRACE_LOG=debug test_expect_code 1 terrace apply late.plan >out 2>err &&
	test_contains err "AttachRolePolicy" &&
	test_not_contains err "iam AttachRolePolicy: waiting for" &&
	test_contains err "AttachRolePolicy" &&
	test_contains err "NoSuchEntity" &&
	test_contains err "arn:aws:iam::aws:policy/AWSGlueConsoleFullAccess" &&
	test_not_contains err "still refused after waiting"
'

test_done
