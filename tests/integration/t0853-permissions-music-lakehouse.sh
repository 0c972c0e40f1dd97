#!/usr/bin/env bash
# time-limit: 1200 (its own network, bastion and warehouse, applied twice)
# t0853-permissions-music-lakehouse: examples/music-lakehouse (as t0350
# runs it: moto, PostgreSQL standing in for the Redshift cluster and the
# bastion's sshd in a network namespace) applied, refreshed and destroyed
# by a restricted IAM user whose only policy is the one `terrace policy`
# printed, against moto with request authentication on; without
# redshift:CreateCluster `plan -check-permissions` names the cluster, the
# action and its ARN, and the apply fails there and nowhere else. The
# cluster's iam_roles are passed (iam:PassRole on the Spectrum role). See
# t0850 for the moto patches.
#
# Making the namespace needs root (CAP_NET_ADMIN) and iproute2; without
# them the file reports one step named "skipped: ..." and runs nothing else.
. "$(dirname "$0")/lib.sh"
. "$TEST_DIR/examples.sh"
. "$TEST_DIR/permissions.sh"

require_netns

STAND_IN_AUTH=1 music_lakehouse_start
# music_lakehouse_env's distinctive secret key is moto's without authentication
export TERRACE_VAR_access_key=$MOTO_AUTH_ACCESS_KEY TERRACE_VAR_secret_key=$MOTO_AUTH_SECRET_KEY
ACCOUNT=123456789012

test_expect_success 'music-lakehouse: terrace policy passes the Spectrum role to the cluster' '
	terrace policy >whole.json 2>policy.err &&
	has_action whole.json redshift:CreateCluster arn:aws:redshift:us-east-1:$ACCOUNT:cluster:acme-music-serving &&
	has_action whole.json iam:PassRole arn:aws:iam::$ACCOUNT:role/acme-music-spectrum
'

test_expect_success 'music-lakehouse: without redshift:CreateCluster the check names the cluster; apply fails there' '
	deployer whole.json redshift:CreateCluster &&
	test_expect_code 1 as_deployer plan -check-permissions >out 2>err &&
	test_line err "Error: warehouse: redshift:CreateCluster on arn:aws:redshift:us-east-1:$ACCOUNT:cluster:acme-music-serving is denied (implicitDeny)" &&
	test_equal 1 "$(grep -c "is denied" err)" &&
	test_expect_code 1 as_deployer apply -auto-approve >apply.out 2>apply.err &&
	test_contains apply.err "Error: warehouse: " &&
	test_contains apply.err "is not authorized to perform: redshift:CreateCluster" &&
	test_equal 1 "$(grep -c "^Error:" apply.err)"
'

test_expect_success 'music-lakehouse: with the whole policy the apply completes and a refresh plans nothing' '
	deployer whole.json &&
	as_deployer plan -check-permissions >out 2>err &&
	test_contains out "Permissions check: the caller may make every call this plan needs of provider aws" &&
	as_deployer apply -auto-approve >apply.out 2>apply.err &&
	test_contains apply.out "Apply complete!" &&
	test_expect_code 0 as_deployer plan -detailed-exitcode >plan.out 2>plan.err &&
	test_line plan.out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'music-lakehouse: the destroy plan'"'"'s policy is enough to destroy everything' '
	terrace plan -destroy -policy >destroy.out 2>destroy.err &&
	sed -n "/^{/,/^}/p" destroy.out >destroy.json &&
	lacks_action destroy.json redshift:CreateCluster &&
	deployer destroy.json &&
	as_deployer destroy -auto-approve >d.out 2>d.err &&
	test_contains d.out "Destroy complete!" &&
	test_equal "{}" "$("$SERVERS_PYTHON" -c "import json; print(json.dumps(json.load(open(\"terrace.state.json\"))[\"resources\"]))")"
'

test_done
