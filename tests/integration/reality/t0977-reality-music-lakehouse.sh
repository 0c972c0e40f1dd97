#!/usr/bin/env bash
# time-limit: 1200 (its network, bastion and the cluster's tunnel through AWS's timing, under load)
# t0977-reality-music-lakehouse: examples/music-lakehouse, set up as in
# t0350 (a real PostgreSQL standing in for the Redshift cluster and a real
# sshd for the bastion, in a network namespace: examples.sh's
# music_lakehouse_start), but with terrace's AWS endpoint behind
# tests/servers/aws_reality.py, which answers with AWS's timing
# (REALITY_TIMING: new EC2 ids, roles, instance profiles and buckets not yet
# visible or usable for their next 2 requests; the network interfaces of the
# terminated bastion and of the deleted interface endpoint holding their
# subnets and groups for the next 2 deletes; 2 % of requests throttled). The example must apply in ONE apply, plan no change
# after it, destroy in ONE destroy, and leave nothing in moto (listed with
# the AWS CLI straight against moto, not through the stand-in:
# music_lakehouse_gone). The stand-in's log must show that it injected
# answers of each kind this stack meets (EC2 NotFound, IAM refusals by Glue,
# NoSuchBucket, DependencyViolation on the deletes, throttling), so the run
# is not vacuous, and every wait in terrace's debug log must be for an
# operation the stand-in refused.
#
# Making the namespace needs root (CAP_NET_ADMIN) and iproute2; without
# them the file reports one step named "skipped: ..." and runs nothing else.
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/examples.sh"

require_netns

music_lakehouse_start
start_reality TERRACE_VAR_endpoint reality "${REALITY_TIMING[@]}" || test_fail_setup "the stand-in did not start"

test_expect_success 'music-lakehouse through AWS'\''s timing: one apply reaches the cluster through the new bastion' '
	TERRACE_LOG=debug terrace apply -auto-approve >apply.out 2>apply.err &&
	test_line apply.out "Apply complete! Resources: 41 added, 0 changed, 0 destroyed." &&
	grep -q "Accepted publickey for $SSHD_USER" "$SERVERS_DIR/bastion.log" &&
	test_line apply.out "warehouse_endpoint = \"$redshift_address:$PG_PORT\"" &&
	no_secret apply.out apply.err
'

test_expect_success 'music-lakehouse through AWS'\''s timing: a plan after it has no change' '
	test_expect_code 0 terrace plan -detailed-exitcode >plan.out 2>plan.err &&
	test_line plan.out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'music-lakehouse through AWS'\''s timing: one destroy leaves nothing in moto' '
	TERRACE_LOG=debug terrace destroy -auto-approve >destroy.out 2>destroy.err &&
	test_line destroy.out "Destroy complete! Resources: 41 destroyed." &&
	test_equal 0 "$(psql_test -d dev "SELECT count(*) FROM pg_namespace WHERE nspname = '\''marts'\''")" &&
	music_lakehouse_gone &&
	no_secret destroy.out destroy.err
'

test_expect_success 'music-lakehouse through AWS'\''s timing: the stand-in injected answers of each kind the stack meets' '
	reality_met reality.log notfound iam nosuchbucket dependency throttle
'

test_expect_success 'music-lakehouse through AWS'\''s timing: terrace waited only for answers the stand-in injected' '
	reality_waits_injected reality.log apply.err destroy.err
'

stop_reality TERRACE_VAR_endpoint
reality_injected reality.log | sed 's/^/# injected: /'
test_done
