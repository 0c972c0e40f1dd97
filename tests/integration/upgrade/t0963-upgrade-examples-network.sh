#!/usr/bin/env bash
# time-limit: 900 (three examples with their networks, hosts and databases)
# t0963-upgrade-examples-network: upgrading terrace changes no deployment,
# for the examples that reach a database through a bastion: the previous
# release (tests/integration/previous_release.sh) applies each as that
# release had it, and the build under test plans "No changes.":
#   retail-batch     (its network, bastion, RDS source database and the retail
#                     schema's migrations, Glue, Step Functions, Scheduler)
#   music-lakehouse  (Iceberg tables, Glue jobs, the Redshift serving layer,
#                     its users, group and grants)
#   airflow-dbt-ops  (the Airflow host as an instance, files, cron and a
#                     restart over SSH, its Redshift cluster and dbt login)
# Then this tree's retail-batch and airflow-dbt-ops over what the previous
# release applied plan exactly what they add (the alerts; dbt on Fargate).
# As in t0330, t0350 and t0620, one moto gives every instance the address of
# a network namespace where one sshd stands in for the bastions and the
# Airflow host, and one PostgreSQL for the RDS instance, the Redshift
# clusters and Airflow's metadata database (the namespace's /etc/hosts
# resolves the endpoints to it).
#
# Making the namespace needs root (CAP_NET_ADMIN) and iproute2; without
# them the file reports one step named "skipped: ..." and runs nothing else.
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/examples.sh"
. "$TEST_DIR/previous_release.sh"

own_crontabs

require_netns

export MOTO_IAM_LOAD_MANAGED_POLICIES=true
STAND_IN_KEYS=$TRASH/bastion-host-keys
start_moto MOTO_STAND_IN_PUBLIC_IP="$NETNS_IP" MOTO_STAND_IN_HOST_KEYS="$STAND_IN_KEYS" ||
	test_fail_setup "moto did not start"
use_server moto

rds_address=alice-retail-source.aaaaaaaaaa.us-east-1.rds.amazonaws.com
unique=$(python3 -c 'import hashlib; print(hashlib.sha256(b"123456789012:us-east-1").hexdigest()[:12])')
redshift_address=acme-music-serving.$unique.us-east-1.redshift.amazonaws.com
warehouse_address=alice-warehouse.$unique.us-east-1.redshift.amazonaws.com
netns_hosts "127.0.0.1 $rds_address" "127.0.0.1 $redshift_address" "127.0.0.1 $warehouse_address" ||
	test_fail_setup "cannot write the namespace's hosts file"
PG_EXEC_PREFIX="ip netns exec $NETNS"
PG_EXEC_PREFIX=$PG_EXEC_PREFIX start_postgres || test_fail_setup "postgres did not start in the namespace"
psql_test "CREATE DATABASE retail" >/dev/null && psql_test "CREATE DATABASE dev" >/dev/null ||
	test_fail_setup "cannot create the instance's and the cluster's databases"
SSHD_EXEC_PREFIX=$PG_EXEC_PREFIX SSHD_LISTEN_ADDR=$NETNS_IP SSHD_NAME=bastion start_sshd ||
	test_fail_setup "the bastion sshd did not start in the namespace"
cp "$SSHD_DIR/ssh_host_ed25519_key.pub" "$STAND_IN_KEYS" || test_fail_setup "no host key"
airflow_dbt_ops_passwords
psql_test "CREATE ROLE airflow LOGIN PASSWORD '$TERRACE_VAR_metadata_db_password'" >/dev/null &&
	psql_test "CREATE DATABASE airflow OWNER airflow" >/dev/null ||
	test_fail_setup "cannot make Airflow's metadata database"
printf '%s\n' "17 4 * * * /usr/bin/true rotate" >"$TRASH/mine.crontab"
own_crontab "$TRASH/mine.crontab" || test_fail_setup "cannot write the crontab"
previous_release_build || test_fail_setup "the previous release could not be built"

export TERRACE_VAR_region=us-east-1 TERRACE_VAR_attendee=alice
retail_batch_env || test_fail_setup "cannot read the bastion's public key"
upgrade_example retail-batch
# This tree's example over what the previous release applied: its alerts
# are six creates, and the one argument the alarms' metric needs
# (--enable-observability-metrics) an in-place update of each Glue job;
# nothing else changes.
test_expect_success 'retail-batch: this tree'"'"'s stack plans its alerts and nothing else over it' '
	cd "$TRASH/retail-batch" &&
	cp "$REPO_ROOT"/examples/retail-batch/*.yaml . &&
	TERRACE_VAR_alert_email=oncall@example.com \
		terrace plan -detailed-exitcode -no-color >alerts-plan.out 2>alerts-plan.err
	test $? = 2 &&
	grep -E "^  # .* will be (created|updated in-place|destroyed|replaced)|must be replaced" alerts-plan.out |
		sed "s/^  # //" | LC_ALL=C sort >changes &&
	printf "%s\n" "alert_email[0] will be created" "alerts will be created" \
		"bronze_job will be updated in-place" "gold_job will be updated in-place" \
		"job_errors[\"bronze\"] will be created" "job_errors[\"gold\"] will be created" \
		"job_errors[\"silver\"] will be created" "pipeline_failed will be created" \
		"silver_job will be updated in-place" | LC_ALL=C sort >expect &&
	test_cmp expect changes &&
	test_equal 3 "$(grep -c "^ *+ \"--enable-observability-metrics\" *= \"true\"$" alerts-plan.out)" &&
	test_line alerts-plan.out "Plan: 6 to add, 3 to change, 0 to destroy." &&
	no_secret alerts-plan.out alerts-plan.err
'

music_lakehouse_env || test_fail_setup "cannot set music-lakehouse's variables"
upgrade_example music-lakehouse
# This tree's example encrypts the lake with a customer-managed key and
# keeps the two logins' connections in Secrets Manager on it: over what the
# previous release applied it plans exactly that: the key, its alias and
# the two secrets made; both zones' default encryption, the two roles'
# policies (their key statements) and the jobs' log group's key
# (AssociateKmsKey) updated in place; nothing replaced, nothing destroyed.
test_expect_success 'music-lakehouse: this tree'"'"'s example plans the key and the secrets, and the zones, roles and log group in place' '
	cd "$TRASH/music-lakehouse" &&
	cp "$REPO_ROOT"/examples/music-lakehouse/*.yaml . &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >key-plan.out 2>key-plan.err &&
	test_line key-plan.out "# lake_key will be created" &&
	test_line key-plan.out "# lake_alias will be created" &&
	test_line key-plan.out "# bi_connection will be created" &&
	test_line key-plan.out "# transformer_connection will be created" &&
	for r in landing transformation glue_role spectrum_role glue_logs; do
		test_line key-plan.out "# $r will be updated in-place" || return 1
	done &&
	test_line key-plan.out "Plan: 4 to add, 5 to change, 0 to destroy." &&
	test_not_contains key-plan.err "warning" &&
	no_secret key-plan.out key-plan.err
'
test_expect_success 'music-lakehouse: that plan applies, the log group keeps its name and has the key, and nothing is left to change' '
	cd "$TRASH/music-lakehouse" &&
	terrace apply -auto-approve >key-apply.out 2>key-apply.err &&
	test_line key-apply.out "Apply complete! Resources: 4 added, 5 changed, 0 destroyed." &&
	test_equal "$(json_get terrace.state.json "d[\"resources\"][\"lake_key\"][\"attributes\"][\"arn\"]")" \
		"$(s3 logs describe-log-groups --log-group-name-prefix /aws-glue/acme-music-jobs \
			--query "logGroups[0].kmsKeyId" --output text)" &&
	test_expect_code 0 terrace plan -detailed-exitcode >key-plan2.out 2>key-plan2.err &&
	no_secret key-apply.out key-apply.err
'

airflow_dbt_ops_env || test_fail_setup "cannot set airflow-dbt-ops's variables"
upgrade_example airflow-dbt-ops
# This tree's example over it: dbt on Fargate is ten creates, nothing else.
test_expect_success 'airflow-dbt-ops: this tree'"'"'s stack plans dbt on Fargate and nothing else over it' '
	cd "$TRASH/airflow-dbt-ops" &&
	cp "$REPO_ROOT"/examples/airflow-dbt-ops/*.yaml . &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >fargate-plan.out 2>fargate-plan.err &&
	grep -E "^  # .* will be (created|updated in-place|destroyed|replaced)|must be replaced" fargate-plan.out |
		sed "s/^  # //" | LC_ALL=C sort >changes &&
	for r in dbt_cluster dbt_execution dbt_image dbt_logs dbt_nightly dbt_schedule dbt_scheduler_role \
		ecr_api ecr_dkr logs_endpoint; do
		echo "$r will be created"
	done | LC_ALL=C sort >expect &&
	test_cmp expect changes &&
	test_line fargate-plan.out "Plan: 10 to add, 0 to change, 0 to destroy." &&
	no_secret fargate-plan.out fargate-plan.err
'

test_done
