#!/usr/bin/env bash
# time-limit: 1200 (its own network, bastion and database, applied three times)
# t0851-permissions-retail-batch: examples/retail-batch (as t0330 runs it:
# moto, PostgreSQL and the bastion's sshd in a network namespace), applied,
# refreshed and destroyed by a restricted IAM user whose only policy is the
# one `terrace policy` printed for the stack (its alerts' SNS, EventBridge
# and CloudWatch actions among them), against moto with request
# authentication on (tests/servers/moto_patches/iam_simulate_principal_policy.py:
# iam:PassRole and iam:SimulatePrincipalPolicy). Without
# states:CreateStateMachine, or without iam:PassRole, `plan
# -check-permissions` names the resource, the action and the ARN, and the
# apply fails there and nowhere else.
#
# Making the namespace needs root (CAP_NET_ADMIN) and iproute2; without
# them the file reports one step named "skipped: ..." and runs nothing else.
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/examples.sh"
. "$TEST_DIR/permissions.sh"

require_netns

STAND_IN_AUTH=1 retail_batch_start
export TERRACE_VAR_alert_email=oncall@example.com   # the alerts' subscription too
# retail_batch_env's distinctive secret key is moto's without authentication
export TERRACE_VAR_access_key=$MOTO_AUTH_ACCESS_KEY TERRACE_VAR_secret_key=$MOTO_AUTH_SECRET_KEY
ACCOUNT=123456789012

test_expect_success 'retail-batch: terrace policy scopes the stack'"'"'s actions to its ARNs' '
	terrace policy >whole.json 2>policy.err &&
	has_action whole.json s3:CreateBucket arn:aws:s3:::alice-hist-retail &&
	has_action whole.json glue:CreateJob arn:aws:glue:us-east-1:$ACCOUNT:job/alice-hist-retail-bronze &&
	has_action whole.json states:CreateStateMachine arn:aws:states:us-east-1:$ACCOUNT:stateMachine:alice-hist-retail-pipeline &&
	has_action whole.json iam:PassRole arn:aws:iam::$ACCOUNT:role/alice-hist-retail-glue &&
	has_action whole.json rds:CreateDBInstance arn:aws:rds:us-east-1:$ACCOUNT:db:alice-retail-source &&
	has_action whole.json secretsmanager:CreateSecret "arn:aws:secretsmanager:us-east-1:$ACCOUNT:secret:alice/hist-retail/credentials-??????" &&
	has_action whole.json iam:CreateUser arn:aws:iam::$ACCOUNT:user/alice-hist-retail &&
	has_action whole.json ec2:RunInstances "*" &&
	has_action whole.json ec2:DescribeVpcs "*" &&
	has_action whole.json sts:GetCallerIdentity "*" &&
	has_action whole.json sns:CreateTopic arn:aws:sns:us-east-1:$ACCOUNT:alice-hist-retail-alerts &&
	has_action whole.json sns:SetTopicAttributes arn:aws:sns:us-east-1:$ACCOUNT:alice-hist-retail-alerts &&
	has_action whole.json sns:Subscribe "arn:aws:sns:us-east-1:$ACCOUNT:*" &&
	has_action whole.json events:PutRule arn:aws:events:us-east-1:$ACCOUNT:rule/alice-hist-retail-failed &&
	has_action whole.json events:PutTargets arn:aws:events:us-east-1:$ACCOUNT:rule/alice-hist-retail-failed &&
	has_action whole.json cloudwatch:PutMetricAlarm arn:aws:cloudwatch:us-east-1:$ACCOUNT:alarm:alice-hist-retail-bronze-errors &&
	has_action whole.json cloudwatch:PutMetricAlarm arn:aws:cloudwatch:us-east-1:$ACCOUNT:alarm:alice-hist-retail-gold-errors
'

test_expect_success 'retail-batch: without states:CreateStateMachine the check names the pipeline; apply fails there' '
	denied_where_planned pipeline states:CreateStateMachine \
		"arn:aws:states:us-east-1:$ACCOUNT:stateMachine:alice-hist-retail-pipeline, arn:aws:states:us-east-1:$ACCOUNT:execution:alice-hist-retail-pipeline:*"
'

test_expect_success 'retail-batch: without iam:PassRole the check names each role passed; apply fails at the first' '
	deployer whole.json iam:PassRole &&
	test_expect_code 1 as_deployer plan -check-permissions >out 2>err &&
	test_contains err "Error: pipeline: iam:PassRole on arn:aws:iam::$ACCOUNT:role/alice-hist-retail-pipeline is denied (implicitDeny)" &&
	test_expect_code 1 as_deployer apply -auto-approve >apply.out 2>apply.err &&
	test_contains apply.err "is not authorized to perform: iam:PassRole"
'

test_expect_success 'retail-batch: with the whole policy the check passes and the apply completes' '
	deployer whole.json &&
	as_deployer plan -check-permissions >out 2>err &&
	test_contains out "Permissions check: the caller may make every call this plan needs of provider aws" &&
	as_deployer apply -auto-approve >apply.out 2>apply.err &&
	test_contains apply.out "Apply complete!" &&
	no_secret apply.out apply.err
'

test_expect_success 'retail-batch: a refresh with the whole policy plans nothing' '
	test_expect_code 0 as_deployer plan -detailed-exitcode -check-permissions >plan.out 2>plan.err &&
	test_line plan.out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'retail-batch: the destroy plan'"'"'s policy is enough to destroy everything' '
	destroy_policy_destroys s3:CreateBucket &&
	{ retail_batch_gone alice- >gone.out 2>&1; true; } &&
	# nothing but the two users this file made (the test user and the deployer)
	test_equal "left after destroy: iam list_users: ['"'"'terrace-test'"'"', '"'"'deployer'"'"']" "$(cat gone.out)"
'

test_done
