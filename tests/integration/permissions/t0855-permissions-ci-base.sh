#!/usr/bin/env bash
# t0855-permissions-ci-base: examples/ci's base stack (the network, the
# shared database, its secret: what the pipelines and a lab read) applied,
# refreshed and destroyed by a restricted IAM user whose only policy is the
# one `terrace policy` printed, against moto with request authentication
# on; without rds:CreateDBInstance `plan -check-permissions` names the
# database, the action and its ARN, and the apply fails there and nowhere
# else. See t0850 for the moto patches.
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/examples.sh"
. "$TEST_DIR/permissions.sh"

start_moto_auth || test_fail_setup "moto with authentication did not start"
use_server moto_auth
ci_stacks_env
copy_example ci || test_fail_setup "cannot copy examples/ci"
cd stacks/base || test_fail_setup "no examples/ci/stacks/base"
ACCOUNT=123456789012

test_expect_success 'ci base: terrace policy scopes the database to its ARN' '
	terrace policy >whole.json 2>policy.err &&
	has_action whole.json rds:CreateDBInstance arn:aws:rds:us-east-1:$ACCOUNT:db:acme-shared-db &&
	has_action whole.json ec2:CreateVpc "*"
'

test_expect_success 'ci base: without rds:CreateDBInstance the check names the database; apply fails there' '
	denied_where_planned db rds:CreateDBInstance arn:aws:rds:us-east-1:$ACCOUNT:db:acme-shared-db
'

test_expect_success 'ci base: with the whole policy the apply completes and a refresh plans nothing' '
	whole_policy_applies &&
	no_secret apply.out apply.err terrace.state.json
'

test_expect_success 'ci base: the destroy plan'"'"'s policy is enough to destroy everything' '
	destroy_policy_destroys rds:CreateDBInstance
'

test_done
