#!/usr/bin/env bash
# time-limit: 1500 (414 s seen at load 7, 300 s of it the attendee's IAM user waiting on
# GetLoginProfile's NoSuchEntity: under 2 min once terrace no longer waits for that)
# t0976-reality-retail-batch: examples/retail-batch, set up as in t0330 (a
# real PostgreSQL in a network namespace standing in for the RDS instance,
# reached only through the bastion's sshd there, examples.sh's
# retail_batch_start), but with terrace's AWS endpoint behind
# tests/servers/aws_reality.py, which answers with AWS's timing
# (REALITY_TIMING: new EC2 ids, roles and instance profiles, buckets not yet
# visible or usable for their next 2 requests; the network interfaces of the
# terminated bastion and of the deleted interface endpoint holding their
# subnets and groups for the next 2 deletes; 2 % of requests throttled). The example must apply in ONE apply, plan no
# change after it, destroy in ONE destroy, and leave nothing in moto (listed
# with botocore straight against moto, not through the stand-in:
# retail_batch_gone). The stand-in's log must show that it injected answers
# of each kind this stack meets (EC2 NotFound, IAM refusals by Glue, Step
# Functions and Scheduler, NoSuchBucket, DependencyViolation on the deletes,
# throttling), so the run is not vacuous, and every wait in terrace's debug
# log must be for an operation the stand-in refused.
#
# The examples through the stand-in: retail-batch here, music-lakehouse in
# t0977, airflow-dbt-ops and movies-api in t0978, the every-type stack in
# t0979. Left out: ecommerce-lakehouse and minio-lake, whose S3 is MinIO
# (s3rver in t0340, t0962 and demo.sh), not AWS, and MinIO has none of AWS's
# timing to reproduce (the stand-in fronts moto only); ci holds CI workflow
# files, not a stack.
#
# Making the namespace needs root (CAP_NET_ADMIN) and iproute2; without
# them the file reports one step named "skipped: ..." and runs nothing else.
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/examples.sh"

require_netns

retail_batch_start
export TERRACE_VAR_alert_email=oncall@example.com   # the whole example: its alerts' subscription too
start_reality TERRACE_VAR_endpoint reality "${REALITY_TIMING[@]}" || test_fail_setup "the stand-in did not start"

test_expect_success 'retail-batch through AWS'\''s timing: one apply reaches the database through the new bastion' '
	TERRACE_LOG=debug terrace apply -auto-approve >apply.out 2>apply.err &&
	test_line apply.out "Apply complete! Resources: 44 added, 0 changed, 0 destroyed." &&
	test_equal 3 "$(psql_test -d retail "SELECT count(*) FROM terrace_migrations")" &&
	no_secret apply.out apply.err
'

test_expect_success 'retail-batch through AWS'\''s timing: a plan after it has no change' '
	test_expect_code 0 terrace plan -detailed-exitcode >plan.out 2>plan.err &&
	test_line plan.out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'retail-batch through AWS'\''s timing: one destroy leaves nothing in moto' '
	TERRACE_LOG=debug terrace destroy -auto-approve >destroy.out 2>destroy.err &&
	test_line destroy.out "Destroy complete! Resources: 44 destroyed." &&
	retail_batch_gone &&
	no_secret destroy.out destroy.err
'

test_expect_success 'retail-batch through AWS'\''s timing: the stand-in injected answers of each kind the stack meets' '
	reality_met reality.log notfound iam nosuchbucket dependency throttle
'

test_expect_success 'retail-batch through AWS'\''s timing: terrace waited only for answers the stand-in injected' '
	reality_waits_injected reality.log apply.err destroy.err
'

stop_reality TERRACE_VAR_endpoint
reality_injected reality.log | sed 's/^/# injected: /'
test_done
