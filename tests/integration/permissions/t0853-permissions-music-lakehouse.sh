#!/usr/bin/env bash
# time-limit: 1200 (its own network, bastion and warehouse, applied twice)
# t0853-permissions-music-lakehouse: examples/music-lakehouse (as t0350
# runs it: moto, PostgreSQL standing in for the Redshift cluster and the
# bastion's sshd in a network namespace) applied, refreshed and destroyed
# by a restricted IAM user whose only policy is the one `terrace policy`
# printed (the logins' connection secrets on the lake's key included), against moto with request authentication on; without
# redshift:CreateCluster `plan -check-permissions` names the cluster, the
# action and its ARN, and the apply fails there and nowhere else. The
# cluster's iam_roles are passed (iam:PassRole on the Spectrum role). See
# t0850 for the moto patches.
#
# Making the namespace needs root (CAP_NET_ADMIN) and iproute2; without
# them the file reports one step named "skipped: ..." and runs nothing else.
. "$(dirname "$0")/../lib.sh"
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

# The lake's key: terrace makes it and its alias, and puts the zones'
# folders and the job scripts into buckets encrypted with it, which S3 does
# with the caller's permissions on the key (permissions.c, checked_for_caller):
# before the key exists it has no id, so every key of the account and
# region (key/*), never "*".
test_expect_success 'music-lakehouse: terrace policy lists the key'"'"'s actions and those of objects put into its zones' '
	has_action whole.json kms:CreateKey "*" &&
	has_action whole.json kms:CreateAlias "arn:aws:kms:us-east-1:$ACCOUNT:alias/acme-music-lake" &&
	has_action whole.json kms:GenerateDataKey "arn:aws:kms:us-east-1:$ACCOUNT:key/*" &&
	has_action whole.json kms:Decrypt "arn:aws:kms:us-east-1:$ACCOUNT:key/*" &&
	lacks_action_on whole.json kms:Decrypt "*"
'

# The logins' connections: Secrets Manager secrets on the lake's key, which
# Secrets Manager encrypts and decrypts with the caller's permissions on
# the key (permissions.c, checked_for_caller; the zones need the same two
# actions, so test_policy's test_checked_for_caller holds the secrets' row
# on its own). moto checks the secretsmanager actions, never the key's.
test_expect_success 'music-lakehouse: terrace policy lists the connections'"'"' secrets and their key'"'"'s actions' '
	for login in bi transformer; do
		arn="arn:aws:secretsmanager:us-east-1:$ACCOUNT:secret:acme-music/warehouse/$login-??????"
		for action in CreateSecret GetSecretValue DescribeSecret DeleteSecret TagResource; do
			has_action whole.json secretsmanager:$action "$arn" || return 1
		done
	done &&
	has_action whole.json kms:GenerateDataKey "arn:aws:kms:us-east-1:$ACCOUNT:key/*" &&
	has_action whole.json kms:Decrypt "arn:aws:kms:us-east-1:$ACCOUNT:key/*" &&
	lacks_action_on whole.json kms:Decrypt "*"
'

test_expect_success 'music-lakehouse: without redshift:CreateCluster the check names the cluster; apply fails there' '
	denied_where_planned warehouse redshift:CreateCluster \
		arn:aws:redshift:us-east-1:$ACCOUNT:cluster:acme-music-serving
'

test_expect_success 'music-lakehouse: with the whole policy the apply completes and a refresh plans nothing' '
	whole_policy_applies
'

test_expect_success 'music-lakehouse: the destroy plan'"'"'s policy is enough to destroy everything' '
	destroy_policy_destroys redshift:CreateCluster
'

test_done
