#!/usr/bin/env bash
# t0340-example-ecommerce-lakehouse: examples/ecommerce-lakehouse applied
# unchanged against the local servers its README names: s3rver (for MinIO),
# PostgreSQL 15 and OpenSSH's sshd (the Airflow scheduler host), checked with
# the aws CLI, psql and ssh. validate, plan, apply: the three layers and
# their folders; the warehouse database, its dim and fact tables from the
# migrations; the analyst, who logs in, reads every table and may change
# nothing; the DAGs on the host, byte for byte, and the cron block beside
# the crontab's other lines. A second plan has nothing to do. An edited DAG
# plans as one update and is uploaded; a new migration plans as one change,
# runs once, and the analyst reads its table at once (default privileges).
# Destroy leaves nothing, the crontab's other lines untouched. The passwords
# appear in no output and not in the state. Last, run-local.sh, as the
# README says to run it, ends with "run-local complete".
#
# The cron job goes to the login user's crontab (as the example does),
# this file's own (own_crontabs: a private cron spool).
. "$(dirname "$0")/../lib.sh"
. "$TEST_DIR/examples.sh"

own_crontabs

start_s3rver || test_fail_setup "s3rver did not start"
use_server s3rver
start_postgres || test_fail_setup "postgres did not start"
start_sshd || test_fail_setup "sshd did not start"

keep_crontabs "$(id -un)"
printf '%s\n' "# the host's own jobs, kept by hand" "17 4 * * * /usr/bin/true nightly-rotate" >"$TRASH/mine.crontab"
crontab "$TRASH/mine.crontab" || test_fail_setup "cannot write the crontab"

ecommerce_lakehouse_env
dags=$TRASH/airflow/dags/ecommerce

copy_example ecommerce-lakehouse || test_fail_setup "cannot copy examples/ecommerce-lakehouse"

# analyst SQL: psql as the analyst, in the warehouse database.
analyst () {
	env PGPASSWORD="$TERRACE_VAR_analyst_password" psql -X -A -t -q -v ON_ERROR_STOP=1 \
		-h 127.0.0.1 -p "$PG_PORT" -U analyst -d ecommerce -c "$1"
}

# The crontab without terrace's block: must be the host's own lines.
crontab_without_block () {
	crontab -l | sed '/^# BEGIN terrace airflow-db-clean$/,/^# END terrace airflow-db-clean$/d'
}

test_expect_success 'ecommerce-lakehouse: validate' '
	terrace validate >out 2>err &&
	test_line out "Success! The stack is valid (15 resources)."
'

test_expect_success 'ecommerce-lakehouse: plan creates everything' '
	test_expect_code 2 terrace plan -detailed-exitcode >plan.out 2>plan.err &&
	test_line plan.out "Plan: 15 to add, 0 to change, 0 to destroy." &&
	test_line plan.out "+ resource \"postgres.database\" \"warehouse\" {" &&
	test_line plan.out "+ resource \"ssh.file\" \"dags\" {" &&
	test_line plan.out "+ resource \"ssh.cron\" \"airflow_db_clean\" {" &&
	no_secret plan.out plan.err
'

test_expect_success 'ecommerce-lakehouse: apply, then a second plan has nothing to do' '
	terrace apply -auto-approve >apply.out 2>apply.err &&
	test_line apply.out "Apply complete! Resources: 15 added, 0 changed, 0 destroyed." &&
	test_line apply.out "warehouse_database = \"ecommerce\"" &&
	test_expect_code 0 terrace plan -detailed-exitcode >plan2.out 2>plan2.err &&
	test_line plan2.out "No changes. Your infrastructure matches the configuration." &&
	no_secret apply.out apply.err plan2.out plan2.err
'

test_expect_success 'ecommerce-lakehouse: the three layers and their folders' '
	for b in bronze:"_rejected/ customers/ order_items/ orders/ products/" \
		 silver:"customers/ orders/ products/" gold:"customer_ltv/ daily_sales/"; do
		bucket_keys "shop-${b%%:*}" >keys &&
		printf "%s\n" ${b#*:} >expect &&
		test_cmp expect keys || return 1
	done &&
	test_equal Enabled "$(bucket_versioning shop-bronze)"
'

test_expect_success 'ecommerce-lakehouse: the warehouse tables come from the migrations' '
	psql_test -d ecommerce "SELECT schemaname || '\''.'\'' || tablename FROM pg_tables
		WHERE schemaname IN ('\''dim'\'', '\''fact'\'') ORDER BY 1" >tables &&
	printf "%s\n" dim.customer dim.date dim.product fact.daily_sales fact.order_line >expect &&
	test_cmp expect tables &&
	psql_test -d ecommerce "SELECT name FROM terrace_migrations ORDER BY name" >applied &&
	printf "%s\n" 001_dimensions.sql 002_facts.sql >expect &&
	test_cmp expect applied
'

test_expect_success 'ecommerce-lakehouse: the analyst reads every table and changes nothing' '
	# negatives: no run of terrace (the analyst reads the tables: without the grant psql fails, no 0)
	test_equal 0 "$(analyst "SELECT count(*) FROM fact.order_line JOIN dim.customer USING (customer_key)")" &&
	# negatives: no run of terrace (as above)
	test_equal 0 "$(analyst "SELECT count(*) FROM fact.daily_sales JOIN dim.date USING (date_key)")" &&
	test_expect_code 1 analyst "INSERT INTO dim.date VALUES (20260101, '\''2026-01-01'\'', 1, 1, 1, 2026, false)" 2>insert.err &&
	test_contains insert.err "permission denied for table date" &&
	test_expect_code 1 analyst "CREATE TABLE dim.mine (x int)" 2>create.err &&
	test_contains create.err "permission denied for schema dim" &&
	test_equal 10 "$(psql_test "SELECT rolconnlimit FROM pg_roles WHERE rolname = '\''analyst'\''")"
'

test_expect_success 'ecommerce-lakehouse: the DAGs are on the host, byte for byte, and the cron block beside the other lines' '
	ssh_test "cd '\''$dags'\'' && sha256sum *.py && stat -c %a *.py" >remote &&
	(cd dags && sha256sum *.py) >expect &&
	printf "644\n644\n" >>expect &&
	test_cmp expect remote &&
	crontab -l >crontab &&
	test_line crontab "# BEGIN terrace airflow-db-clean" &&
	test_line crontab "AIRFLOW_HOME=$TRASH/airflow" &&
	test_match crontab "^30 3 \* \* 0 airflow db clean --clean-before-timestamp" &&
	crontab_without_block >rest &&
	test_cmp "$TRASH/mine.crontab" rest
'

test_expect_success 'ecommerce-lakehouse: an edited DAG plans as one update and is uploaded' '
	sed -i "s/retries\": 2/retries\": 3/" dags/ecommerce_ingest.py &&
	test_expect_code 2 terrace plan -detailed-exitcode >edit.out 2>edit.err &&
	test_line edit.out "# dags will be updated in-place" &&
	test_line edit.out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve >edit-apply.out 2>edit-apply.err &&
	ssh_test "cat '\''$dags/ecommerce_ingest.py'\''" >remote.py &&
	test_cmp dags/ecommerce_ingest.py remote.py
'

test_expect_success 'ecommerce-lakehouse: a new migration runs once and the analyst reads its table' '
	cat >warehouse/003_returns.sql <<-\SQL &&
	CREATE TABLE fact.order_return (
	    order_id varchar(36) NOT NULL, line_number smallint NOT NULL,
	    returned_on date NOT NULL, PRIMARY KEY (order_id, line_number));
	SQL
	test_expect_code 2 terrace plan -detailed-exitcode >mig.out 2>mig.err &&
	test_line mig.out "# tables will be updated in-place" &&
	test_line mig.out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve >mig-apply.out 2>mig-apply.err &&
	test_contains mig-apply.out "Apply complete!" &&
	test_equal 3 "$(psql_test -d ecommerce "SELECT count(*) FROM terrace_migrations")" &&
	test_equal 0 "$(analyst "SELECT count(*) FROM fact.order_return")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >mig2.out 2>mig2.err
'

test_expect_success 'ecommerce-lakehouse: destroy leaves nothing, the other crontab lines untouched' '
	terrace destroy -auto-approve >destroy.out 2>destroy.err &&
	test_line destroy.out "Destroy complete! Resources: 15 destroyed." &&
	bucket_names >left &&
	test_not_contains left shop- &&
	test_equal 0 "$(psql_test "SELECT count(*) FROM pg_database WHERE datname = '\''ecommerce'\''")" &&
	test_equal 0 "$(psql_test "SELECT count(*) FROM pg_roles WHERE rolname = '\''analyst'\''")" &&
	! test -e "$dags" &&
	crontab -l >after &&
	test_cmp "$TRASH/mine.crontab" after &&
	no_secret destroy.out destroy.err
'

test_expect_success 'ecommerce-lakehouse: the passwords are in no file terrace wrote' '
	for f in terrace.state.json terrace.state.json.backup *.out *.err; do
		test -e "$f" || continue
		no_secret "$f" || return 1
	done
'

test_expect_success 'ecommerce-lakehouse: run-local.sh runs the README'\''s way' '
	env -u TERRACE_VAR_airflow_home TERRACE="$TERRACE" \
		"$REPO_ROOT/examples/ecommerce-lakehouse/run-local.sh" >local.out 2>local.err &&
	test_line local.out "run-local complete" &&
	test_line local.out "Apply complete! Resources: 15 added, 0 changed, 0 destroyed." &&
	test_line local.out "Destroy complete! Resources: 15 destroyed." &&
	crontab -l >after-local &&
	test_cmp "$TRASH/mine.crontab" after-local
'

test_done
