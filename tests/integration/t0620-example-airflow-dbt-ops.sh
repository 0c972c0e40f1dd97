#!/usr/bin/env bash
# t0620-example-airflow-dbt-ops: examples/airflow-dbt-ops applied unchanged
# against moto, a real sshd (the Airflow scheduler host) and a real
# PostgreSQL, which holds Airflow's metadata database and stands in for the
# Redshift cluster. As in t0330, both run in a network namespace
# (tests/servers/netns.sh) that only the host's sshd is reachable in: its
# /etc/hosts resolves the cluster's endpoint (moto's name for it; a moto
# patch makes the name's middle part per account, as on AWS, so it is known
# before the cluster exists) to the namespace's PostgreSQL, and terrace
# reaches the "cluster" through an SSH tunnel via the scheduler host.
#
# Checked with the AWS CLI, ssh and psql inside the namespace: validate,
# plan, apply, a second plan with no changes; the DAGs on the host byte for
# byte; the connections (dbt's pointing at the cluster's endpoint) and
# variables as Airflow's secrets backend names them; the backup cron block;
# the cluster; the dbt login builds a model in its schema and nothing
# outside it. An edited DAG plans as one update. Destroy leaves nothing, the
# crontab's other lines untouched; the passwords are in no output or state.
#
# Making the namespace needs root (CAP_NET_ADMIN) and iproute2; without
# them the file reports one step named "skipped: ..." and runs nothing
# else. The backup job's command itself is run in t0600.
. "$(dirname "$0")/lib.sh"
. "$TEST_DIR/examples.sh"

require_netns

test_exclusive login-crontab

start_moto || test_fail_setup "moto did not start"
use_server moto

# The cluster's endpoint, as moto names it (moto_patches/redshift_endpoint_per_account.py).
unique=$("$SERVERS_PYTHON" -c 'import hashlib; print(hashlib.sha256(b"123456789012:us-east-1").hexdigest()[:12])')
redshift_address=alice-warehouse.$unique.us-east-1.redshift.amazonaws.com
netns_hosts "127.0.0.1 $redshift_address" || test_fail_setup "cannot write the namespace's hosts file"
PG_EXEC_PREFIX="ip netns exec $NETNS"
PG_EXEC_PREFIX=$PG_EXEC_PREFIX start_postgres || test_fail_setup "postgres did not start in the namespace"
SSHD_EXEC_PREFIX=$PG_EXEC_PREFIX SSHD_LISTEN_ADDR=$NETNS_IP SSHD_NAME=scheduler start_sshd ||
	test_fail_setup "the scheduler host's sshd did not start in the namespace"

export TERRACE_VAR_metadata_db_password='Airflow-Meta-Pa55-5d2e'
export TERRACE_VAR_dbt_password='Dbt-Pa55-9a7c31'
# What Redshift makes with the cluster (its database) and what the Airflow
# install made (the metadata database and its user).
psql_test "CREATE DATABASE dev" >/dev/null &&
	psql_test "CREATE ROLE airflow LOGIN PASSWORD '$TERRACE_VAR_metadata_db_password'" >/dev/null &&
	psql_test "CREATE DATABASE airflow OWNER airflow" >/dev/null ||
	test_fail_setup "cannot make the cluster's and Airflow's databases"

printf '%s\n' "# the host's own jobs" "17 4 * * * /usr/bin/true rotate" >"$TRASH/mine.crontab"
own_crontab "$TRASH/mine.crontab" || test_fail_setup "cannot write the crontab"

export TERRACE_VAR_project=alice
export TERRACE_VAR_region=us-east-1
export TERRACE_VAR_scheduler_host=$NETNS_IP
export TERRACE_VAR_scheduler_port=$SSHD_PORT
export TERRACE_VAR_scheduler_user=$SSHD_USER
export TERRACE_VAR_scheduler_key_file=$SSHD_KEY
export TERRACE_VAR_scheduler_known_hosts=$SSHD_KNOWN_HOSTS
export TERRACE_VAR_airflow_home=$TRASH/airflow
export TERRACE_VAR_metadata_db_port=$PG_PORT
export TERRACE_VAR_warehouse_port=$PG_PORT
export TERRACE_VAR_warehouse_admin_user=terrace
export TERRACE_VAR_warehouse_admin_password=$PG_PASSWORD
export TERRACE_VAR_warehouse_sslmode=disable
# The example says engine: redshift; PostgreSQL stands in for the cluster,
# so the provider reads the engine from the server (version()).
export TERRACE_VAR_warehouse_engine=auto
export TERRACE_VAR_secret_key='moto-secret-key-0e4f7a'
TEST_SECRETS=("$TERRACE_VAR_metadata_db_password" "$TERRACE_VAR_dbt_password" "$PG_PASSWORD"
	"$TERRACE_VAR_secret_key")
dags=$TRASH/airflow/dags/dbt

copy_example airflow-dbt-ops || test_fail_setup "cannot copy examples/airflow-dbt-ops"

# dbt SQL: psql as the dbt login, inside the namespace.
as_dbt () {
	$PG_EXEC_PREFIX env PGPASSWORD="$TERRACE_VAR_dbt_password" psql -X -A -t -q -v ON_ERROR_STOP=1 \
		-h "$redshift_address" -p "$PG_PORT" -U dbt -d dev -c "$1"
}

test_expect_success 'airflow-dbt-ops: the cluster and the metadata database are reachable only through the host' '
	test_expect_code 2 env PGPASSWORD="$PG_PASSWORD" PGCONNECT_TIMEOUT=3 psql -X -A -t \
		-h 127.0.0.1 -p "$PG_PORT" -U terrace -d dev -c "SELECT 1" 2>direct.err &&
	test_equal 1 "$(psql_test -d dev "SELECT 1")"
'

test_expect_success 'airflow-dbt-ops: validate' '
	terrace validate >out 2>err &&
	test_match out "^Success! The stack is valid \(7 resources, 1 module call\)\."
'

test_expect_success 'airflow-dbt-ops: plan creates everything' '
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >plan.out 2>plan.err &&
	for r in backups warehouse dbt dbt_models dbt_database dbt_schema dbt_connection \
		module.airflow.dags "module.airflow.connection[\"aws_default\"]" \
		"module.airflow.variable[\"dbt_target\"]" module.airflow.metadata_db module.airflow.backup
	do
		test_line plan.out "# $r will be created" || return 1
	done &&
	test_line plan.out "Plan: 14 to add, 0 to change, 0 to destroy." &&
	no_secret plan.out plan.err
'

test_expect_success 'airflow-dbt-ops: apply reaches the cluster through the scheduler host; a second plan is clean' '
	terrace apply -auto-approve >apply.out 2>apply.err &&
	test_line apply.out "Apply complete! Resources: 14 added, 0 changed, 0 destroyed." &&
	test_line apply.out "warehouse_endpoint = \"$redshift_address:$PG_PORT\"" &&
	test_line apply.out "dbt_schema = \"analytics\"" &&
	grep -q "Accepted publickey for $SSHD_USER" "$SERVERS_DIR/scheduler.log" &&
	test_expect_code 0 terrace plan -detailed-exitcode >plan2.out 2>plan2.err &&
	test_line plan2.out "No changes. Your infrastructure matches the configuration." &&
	no_secret apply.out apply.err plan2.out plan2.err
'

test_expect_success 'airflow-dbt-ops: the DAGs are on the scheduler host, byte for byte' '
	ssh_test "cd '\''$dags'\'' && sha256sum dbt_daily.py profiles.yml warehouse_checks.py" >remote &&
	(cd dags && sha256sum dbt_daily.py profiles.yml warehouse_checks.py) >expect &&
	test_cmp expect remote
'

test_expect_success 'airflow-dbt-ops: connections and variables as the secrets backend reads them' '
	cli secretsmanager list-secrets --query "SecretList[].Name" >names.json &&
	cli secretsmanager get-secret-value --secret-id airflow/connections/redshift_warehouse >dbt.json &&
	cli secretsmanager get-secret-value --secret-id airflow/connections/aws_default >aws.json &&
	cli secretsmanager get-secret-value --secret-id airflow/variables/dbt_project_dir >dir.json &&
	terrace output -raw secrets_backend_kwargs >kwargs.json &&
	ADDRESS=$redshift_address PG_PORT=$PG_PORT AIRFLOW_HOME=$TRASH/airflow \
		check_json names.json dbt.json aws.json dir.json kwargs.json <<-\PY
	names, dbt, aws, folder, kwargs = d
	expect("secrets", sorted(names), ["airflow/connections/airflow_db", "airflow/connections/aws_default",
	       "airflow/connections/redshift_warehouse", "airflow/variables/dbt_project_dir",
	       "airflow/variables/dbt_schema", "airflow/variables/dbt_target"])
	expect("dbt connection", json.loads(dbt["SecretString"]),
	       {"conn_type": "postgres", "host": os.environ["ADDRESS"], "port": int(os.environ["PG_PORT"]),
	        "schema": "dev", "login": "dbt", "password": os.environ["TERRACE_VAR_dbt_password"]})
	expect("aws connection", json.loads(aws["SecretString"]),
	       {"conn_type": "aws", "extra": {"region_name": "us-east-1"}})
	expect("variable", folder["SecretString"], os.environ["AIRFLOW_HOME"] + "/dbt/analytics")
	expect("kwargs", kwargs, {"connections_prefix": "airflow/connections",
	                          "variables_prefix": "airflow/variables"})
	PY
'

test_expect_success 'airflow-dbt-ops: the nightly backup is in the crontab beside the host'\''s own lines' '
	crontab -l >crontab &&
	test_line crontab "# BEGIN terrace alice-airflow-metadata-backup" &&
	test_line crontab "PGPORT=$PG_PORT" &&
	test_match crontab "^15 2 \* \* \* f=.* \"s3://alice-airflow-backups/airflow/metadata-db/" &&
	sed "/^# BEGIN terrace alice-airflow-metadata-backup$/,/^# END terrace alice-airflow-metadata-backup$/d" \
		crontab >rest &&
	test_cmp "$TRASH/mine.crontab" rest &&
	no_secret crontab
'

test_expect_success 'airflow-dbt-ops: the cluster, private, single-node' '
	cli redshift describe-clusters --cluster-identifier alice-warehouse >cluster.json &&
	check_json cluster.json <<-\PY
	c = d["Clusters"][0]
	expect("node", (c["NodeType"], c["NumberOfNodes"]), ("ra3.xlplus", 1))
	expect("database", (c["DBName"], c["MasterUsername"]), ("dev", "terrace"))
	expect("private", c["PubliclyAccessible"], False)
	expect("endpoint", c["Endpoint"]["Address"], st["warehouse"]["address"])
	PY
'

test_expect_success 'airflow-dbt-ops: dbt builds a model in its schema and nowhere else' '
	as_dbt "CREATE TABLE analytics.daily_orders AS SELECT 1 AS n" &&
	test_equal 1 "$(as_dbt "SELECT n FROM analytics.daily_orders")" &&
	as_dbt "CREATE TEMPORARY TABLE scratch (n int)" &&
	test_expect_code 1 as_dbt "CREATE TABLE public.mine (n int)" 2>public.err &&
	test_contains public.err "permission denied for schema public" &&
	test_equal "dbt|f|10" "$(psql_test "SELECT rolname, rolsuper, rolconnlimit FROM pg_roles WHERE rolname = '\''dbt'\''")"
'

test_expect_success 'airflow-dbt-ops: an edited DAG plans as one update and is uploaded' '
	sed -i "s/\"retries\": 2/\"retries\": 3/" dags/dbt_daily.py &&
	test_expect_code 2 terrace plan -detailed-exitcode -no-color >edit.out 2>edit.err &&
	test_line edit.out "# module.airflow.dags will be updated in-place" &&
	test_line edit.out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve >edit-apply.out 2>edit-apply.err &&
	ssh_test "cat '\''$dags/dbt_daily.py'\''" >remote.py &&
	test_cmp dags/dbt_daily.py remote.py
'

test_expect_success 'airflow-dbt-ops: destroy leaves nothing, the other crontab lines untouched' '
	terrace destroy -auto-approve >destroy.out 2>destroy.err &&
	test_line destroy.out "Destroy complete! Resources: 14 destroyed." &&
	test_equal 0 "$(psql_test -d dev "SELECT count(*) FROM pg_namespace WHERE nspname = '\''analytics'\''")" &&
	test_equal 0 "$(psql_test "SELECT count(*) FROM pg_roles WHERE rolname = '\''dbt'\''")" &&
	nothing_left secretsmanager list-secrets --include-planned-deletion --query "SecretList[].Name" &&
	nothing_left redshift describe-clusters --query "Clusters[].ClusterIdentifier" &&
	nothing_left s3api list-buckets --query "Buckets[].Name" &&
	! test -e "$dags" &&
	crontab -l >after && test_cmp "$TRASH/mine.crontab" after &&
	no_secret destroy.out destroy.err
'

test_expect_success 'airflow-dbt-ops: the passwords are in no file terrace wrote' '
	for f in terrace.state.json terrace.state.json.backup *.out *.err; do
		test -e "$f" || continue
		no_secret "$f" || return 1
	done
'

test_done
