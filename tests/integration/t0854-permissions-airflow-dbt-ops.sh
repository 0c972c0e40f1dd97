#!/usr/bin/env bash
# time-limit: 1200 (its own network, Airflow host and warehouse, applied twice)
# t0854-permissions-airflow-dbt-ops: examples/airflow-dbt-ops (as t0620 runs
# it: moto, PostgreSQL standing in for the Redshift cluster and the Airflow
# host's sshd in a network namespace) applied, refreshed and destroyed by a
# restricted IAM user whose only policy is the one `terrace policy` printed,
# against moto with request authentication on; without
# iam:AddRoleToInstanceProfile `plan -check-permissions` names the
# instance profile, the action and its ARN, and the apply fails there and
# nowhere else. The profile's role is passed (iam:PassRole). See t0850 for
# the moto patches; moto names AddRoleToInstanceProfile's resource as the
# role, and a patch names the profile, as AWS does.
#
# Making the namespace needs root (CAP_NET_ADMIN) and iproute2; without
# them the file reports one step named "skipped: ..." and runs nothing else.
. "$(dirname "$0")/lib.sh"
. "$TEST_DIR/examples.sh"
. "$TEST_DIR/permissions.sh"

require_netns

test_exclusive login-crontab

STAND_IN_AUTH=1 airflow_dbt_ops_start
# airflow_dbt_ops_env's distinctive secret key is moto's without authentication
export TERRACE_VAR_access_key=$MOTO_AUTH_ACCESS_KEY TERRACE_VAR_secret_key=$MOTO_AUTH_SECRET_KEY
ACCOUNT=123456789012

# RunInstances passes the profile's role, which the instance names only by
# the profile: iam:PassRole on any role of the account, which covers the
# profile's own (role/alice-airflow-host, passed by AddRoleToInstanceProfile).
test_expect_success 'airflow-dbt-ops: terrace policy passes the Airflow role to the profile and the instance' '
	terrace policy >whole.json 2>policy.err &&
	has_action whole.json ec2:RunInstances "*" &&
	has_action whole.json iam:AddRoleToInstanceProfile arn:aws:iam::$ACCOUNT:instance-profile/alice-airflow-host &&
	has_action whole.json iam:PassRole "arn:aws:iam::$ACCOUNT:role/*" &&
	has_action whole.json redshift:CreateCluster arn:aws:redshift:us-east-1:$ACCOUNT:cluster:alice-warehouse
'

test_expect_success 'airflow-dbt-ops: without iam:AddRoleToInstanceProfile the check names the profile; apply fails there' '
	deployer whole.json iam:AddRoleToInstanceProfile &&
	test_expect_code 1 as_deployer plan -check-permissions >out 2>err &&
	test_line err "Error: airflow_profile: iam:AddRoleToInstanceProfile on arn:aws:iam::$ACCOUNT:instance-profile/alice-airflow-host is denied (implicitDeny)" &&
	test_equal 1 "$(grep -c "is denied" err)" &&
	test_expect_code 1 as_deployer apply -auto-approve >apply.out 2>apply.err &&
	test_contains apply.err "Error: airflow_profile: " &&
	test_contains apply.err "is not authorized to perform: iam:AddRoleToInstanceProfile" &&
	test_equal 1 "$(grep -c "^Error:" apply.err)"
'

test_expect_success 'airflow-dbt-ops: with the whole policy the apply completes and a refresh plans nothing' '
	deployer whole.json &&
	as_deployer plan -check-permissions >out 2>err &&
	test_contains out "Permissions check: the caller may make every call this plan needs of provider aws" &&
	as_deployer apply -auto-approve >apply.out 2>apply.err &&
	test_contains apply.out "Apply complete!" &&
	test_expect_code 0 as_deployer plan -detailed-exitcode >plan.out 2>plan.err &&
	test_line plan.out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'airflow-dbt-ops: the destroy plan'"'"'s policy is enough to destroy everything' '
	terrace plan -destroy -policy >destroy.out 2>destroy.err &&
	sed -n "/^{/,/^}/p" destroy.out >destroy.json &&
	lacks_action destroy.json ec2:RunInstances &&
	deployer destroy.json &&
	as_deployer destroy -auto-approve >d.out 2>d.err &&
	test_contains d.out "Destroy complete!" &&
	test_equal "{}" "$("$SERVERS_PYTHON" -c "import json; print(json.dumps(json.load(open(\"terrace.state.json\"))[\"resources\"]))")"
'

test_done
