#!/usr/bin/env bash
# time-limit: 1200 (two examples, each through AWS's timing, under load)
# t0978-reality-airflow-movies: examples/airflow-dbt-ops, set up as in t0620
# (examples.sh's airflow_dbt_ops_start: a real sshd standing in for the
# Airflow host instance and a real PostgreSQL for the Redshift cluster and
# Airflow's metadata database, in a network namespace), then
# examples/movies-api as t0610 runs it, on the same moto: each with terrace's
# AWS endpoint behind tests/servers/aws_reality.py, which answers with AWS's
# timing (REALITY_TIMING: new EC2 ids, roles, instance profiles and buckets
# not yet visible or usable for their next 2 requests; the network
# interfaces of the terminated host and of the deleted interface endpoint
# holding their subnets and groups for the next 2 deletes; 2 % of requests
# throttled), a fresh stand-in and log for each.
# Each example must apply in ONE apply, plan no change after it, destroy in
# ONE destroy and leave nothing in moto (listed with the AWS CLI straight
# against moto, not through the stand-in). The stand-in's log must show that
# it injected answers of each kind the stack meets (airflow-dbt-ops: EC2
# NotFound, the instance profile refused by RunInstances, NoSuchBucket,
# DependencyViolation on the deletes, throttling; movies-api, which has no
# EC2: the roles refused by Lambda, Glue and Scheduler, NoSuchBucket,
# throttling, the landing path's event source mapping Creating), so the runs
# are not vacuous, and every wait in terrace's debug
# log must be for an operation the stand-in refused.
#
# Making the namespace needs root (CAP_NET_ADMIN) and iproute2; without
# them the file reports one step named "skipped: ..." and runs nothing else.
# The cron job goes to the login user's crontab, as in t0620.
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/examples.sh"

own_crontabs

require_netns

# movies-api's roles attach AWS managed policies, which moto knows only when
# asked to load them.
export MOTO_IAM_LOAD_MANAGED_POLICIES=true
airflow_dbt_ops_start
# The host's instance profile is made well before RunInstances (the host
# waits for its subnet, group and key pair to be visible); counted, its
# window still refuses RunInstances, the first use of the profile.
start_reality TERRACE_VAR_endpoint reality "${REALITY_TIMING[@]}" ||
	test_fail_setup "the stand-in did not start"

test_expect_success 'airflow-dbt-ops through AWS'\''s timing: one apply reaches the new host and, through it, the cluster' '
	TERRACE_LOG=debug terrace apply -auto-approve >apply.out 2>apply.err &&
	test_line apply.out "Apply complete! Resources: 44 added, 0 changed, 0 destroyed." &&
	test_line apply.out "airflow_host = \"$NETNS_IP\"" &&
	grep -q "Accepted publickey for $SSHD_USER" "$SERVERS_DIR/scheduler.log" &&
	test_line apply.out "dbt_schema = \"analytics\"" &&
	no_secret apply.out apply.err
'

test_expect_success 'airflow-dbt-ops through AWS'\''s timing: a plan after it has no change' '
	test_expect_code 0 terrace plan -detailed-exitcode >plan.out 2>plan.err &&
	test_line plan.out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'airflow-dbt-ops through AWS'\''s timing: one destroy leaves nothing in moto' '
	TERRACE_LOG=debug terrace destroy -auto-approve >destroy.out 2>destroy.err &&
	test_line destroy.out "Destroy complete! Resources: 44 destroyed." &&
	nothing_left secretsmanager list-secrets --include-planned-deletion --query "SecretList[].Name" &&
	nothing_left s3api list-buckets --query "Buckets[].Name" &&
	airflow_nothing_left &&
	crontab -l >after && test_cmp "$TRASH/mine.crontab" after &&
	no_secret destroy.out destroy.err
'

test_expect_success 'airflow-dbt-ops through AWS'\''s timing: the stand-in injected answers of each kind the stack meets' '
	reality_met reality.log notfound iam nosuchbucket dependency throttle
'

test_expect_success 'airflow-dbt-ops through AWS'\''s timing: terrace waited only for answers the stand-in injected' '
	reality_waits_injected reality.log apply.err destroy.err
'

stop_reality TERRACE_VAR_endpoint
reality_injected reality.log | sed 's/^/# injected (airflow-dbt-ops): /'

export TERRACE_VAR_region=us-east-1 TERRACE_VAR_project=alice-movies PYTHONDONTWRITEBYTECODE=1
copy_example movies-api || test_fail_setup "cannot copy examples/movies-api"
movies_api_offline_pip || test_fail_setup "cannot make the wheelhouse of the ingest layer"
start_reality TERRACE_VAR_endpoint reality "${REALITY_TIMING[@]}" || test_fail_setup "the stand-in did not start"

test_expect_success 'movies-api through AWS'\''s timing: one apply' '
	TERRACE_LOG=debug terrace apply -auto-approve >apply.out 2>apply.err &&
	test_line apply.out "Apply complete! Resources: 32 added, 0 changed, 0 destroyed."
'

test_expect_success 'movies-api through AWS'\''s timing: a plan after it has no change' '
	test_expect_code 0 terrace plan -detailed-exitcode >plan.out 2>plan.err &&
	test_line plan.out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'movies-api through AWS'\''s timing: one destroy leaves nothing in moto' '
	TERRACE_LOG=debug terrace destroy -auto-approve >destroy.out 2>destroy.err &&
	test_line destroy.out "Destroy complete! Resources: 32 destroyed." &&
	nothing_left s3api list-buckets --query "Buckets[].Name" &&
	nothing_left lambda list-functions --query "Functions[].FunctionName" &&
	nothing_left lambda list-layers --query "Layers[].LayerName" &&
	nothing_left scheduler list-schedules --query "Schedules[].Name" &&
	nothing_left glue get-jobs --query "Jobs[].Name" &&
	nothing_left glue get-triggers --query "Triggers[].Name" &&
	nothing_left glue get-databases --query "DatabaseList[].Name" &&
	nothing_left athena list-work-groups --query "WorkGroups[?Name!=\`primary\`].Name" &&
	nothing_left iam list-roles --query "Roles[].RoleName" &&
	nothing_left sqs list-queues --query "QueueUrls" &&
	nothing_left lambda list-event-source-mappings --query "EventSourceMappings[].UUID"
'

test_expect_success 'movies-api through AWS'\''s timing: the stand-in injected answers of each kind the stack meets' '
	reality_met reality.log iam nosuchbucket throttle creating
'

test_expect_success 'movies-api through AWS'\''s timing: terrace waited only for answers the stand-in injected' '
	reality_waits_injected reality.log apply.err destroy.err
'

stop_reality TERRACE_VAR_endpoint
reality_injected reality.log | sed 's/^/# injected (movies-api): /'
test_done
