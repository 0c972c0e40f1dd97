#!/usr/bin/env bash
# examples/ecommerce-lakehouse/run-local.sh: the ecommerce-lakehouse stack on
# this machine, against real local servers on free loopback ports, all from
# tests/servers/ (installed by tests/servers/install-deps.sh):
#
#   - s3rver, an S3 server that checks signatures, standing in for MinIO
#   - PostgreSQL 15 (initdb into a temporary folder), the warehouse
#   - OpenSSH's sshd with a new host key and user key, the scheduler host;
#     the DAGs go to a temporary AIRFLOW_HOME, the cron entry into the
#     crontab of the user running this script (inside terrace's marked
#     block, which destroy removes)
#
# then runs terrace plan, apply, shows what was made, plans again (no
# changes expected) and destroys it all; the servers stop when the script
# ends. The stack is copied to a temporary folder so no
# state file lands in the repository. TERRACE names the binary (default:
# build/terrace).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
TERRACE=${TERRACE:-$repo/build/terrace}

if ! test -x "$TERRACE"; then
	echo "run-local: $TERRACE is not built: run make build/terrace" >&2
	exit 1
fi

. "$repo/tests/servers/lib.sh"
servers_init
work=$SERVERS_DIR/ecommerce-lakehouse
mkdir -p "$work"
cp -R "$here"/*.yaml "$here/dags" "$here/warehouse" "$work/"
cd "$work"

step () {
	echo
	echo "==> $*"
}

step "starting the servers: s3rver, PostgreSQL, sshd (127.0.0.1, free ports)"
start_s3rver
start_postgres
start_sshd
echo "S3 $S3RVER_ENDPOINT, PostgreSQL 127.0.0.1:$PG_PORT, sshd 127.0.0.1:$SSHD_PORT"

export TERRACE_VAR_s3_endpoint=$S3RVER_ENDPOINT
export TERRACE_VAR_s3_access_key=$S3RVER_ACCESS_KEY
export TERRACE_VAR_s3_secret_key=$S3RVER_SECRET_KEY
export TERRACE_VAR_pg_port=$PG_PORT
export TERRACE_VAR_pg_admin_user=$PG_USER
export TERRACE_VAR_pg_admin_password=$PG_PASSWORD
export TERRACE_VAR_analyst_password=${ANALYST_PASSWORD:-$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')}
export TERRACE_VAR_scheduler_host=127.0.0.1
export TERRACE_VAR_scheduler_port=$SSHD_PORT
export TERRACE_VAR_scheduler_user=$SSHD_USER
export TERRACE_VAR_scheduler_key_file=$SSHD_KEY
export TERRACE_VAR_scheduler_known_hosts=$SSHD_KNOWN_HOSTS
export TERRACE_VAR_airflow_home=$work/airflow

step "terrace plan"
"$TERRACE" plan

step "terrace apply -auto-approve"
"$TERRACE" apply -auto-approve

step "what is there now"
for layer in bronze silver gold; do
	s3rver_aws s3 ls --recursive "s3://shop-$layer" | awk -v b="shop-$layer" '{print "s3://" b "/" $4}'
done
psql_test -d ecommerce "SELECT 'table ' || schemaname || '.' || tablename FROM pg_tables
	WHERE schemaname IN ('dim', 'fact') ORDER BY 1"
ssh_test "find '$TERRACE_VAR_airflow_home/dags' -type f | sort; crontab -l | sed -n '/BEGIN terrace/,/END terrace/p'"

step "terrace plan -detailed-exitcode (expecting no changes)"
rc=0
"$TERRACE" plan -detailed-exitcode || rc=$?
if test "$rc" -ne 0; then
	echo "run-local: the second plan exited $rc: what was made does not match the stack" >&2
	exit 1
fi

step "terrace destroy -auto-approve"
"$TERRACE" destroy -auto-approve
echo "run-local complete"
