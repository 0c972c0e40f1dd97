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
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/examples.sh"
. "$TEST_DIR/permissions.sh"

own_crontabs

require_netns

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

# dbt on Fargate (fargate.yaml): the repository, the cluster, the task
# definition passing its execution role, the schedule passing its own, and
# the interface endpoints.
test_expect_success 'airflow-dbt-ops: terrace policy has dbt on Fargate: ECR, ECS, Scheduler, the endpoints, the roles passed' '
	has_action whole.json ecr:CreateRepository arn:aws:ecr:us-east-1:$ACCOUNT:repository/alice/dbt &&
	has_action whole.json ecs:CreateCluster arn:aws:ecs:us-east-1:$ACCOUNT:cluster/alice-dbt &&
	has_action whole.json ecs:RegisterTaskDefinition "arn:aws:ecs:us-east-1:$ACCOUNT:task-definition/alice-dbt:*" &&
	has_action whole.json scheduler:CreateSchedule arn:aws:scheduler:us-east-1:$ACCOUNT:schedule/default/alice-dbt-nightly &&
	has_action whole.json ec2:CreateVpcEndpoint "*" &&
	has_action whole.json iam:PassRole "arn:aws:iam::$ACCOUNT:role/*"
'

test_expect_success 'airflow-dbt-ops: without iam:AddRoleToInstanceProfile the check names the profile; apply fails there' '
	denied_where_planned airflow_profile iam:AddRoleToInstanceProfile \
		arn:aws:iam::$ACCOUNT:instance-profile/alice-airflow-host
'

test_expect_success 'airflow-dbt-ops: with the whole policy the apply completes and a refresh plans nothing' '
	whole_policy_applies
'

test_expect_success 'airflow-dbt-ops: the destroy plan'"'"'s policy is enough to destroy everything' '
	destroy_policy_destroys ec2:RunInstances
'

test_done
