#!/usr/bin/env bash
# t0315-postgres-tunnel: a PostgreSQL server that only an SSH bastion can
# reach. The server and a second sshd (the bastion) run in a network
# namespace joined to the host by a veth pair: postgres listens on the
# namespace's own loopback, the bastion on the namespace's end of the pair.
# psql from the host cannot reach the database; terrace with `tunnel:`
# creates, plans again as no change, and destroys a schema, a role, a grant
# and migrations through the bastion, checked with psql inside the
# namespace. A bastion whose host key is not known is refused with a clear
# message, and nothing is created. A bastion key pinned in the tunnel's
# host_key is checked instead of known_hosts: the bastion's own key passes
# with an empty known_hosts, another key is refused as HOST KEY MISMATCH.
#
# Making the namespace needs root (CAP_NET_ADMIN) and iproute2; without
# them the file reports one step named "skipped: ..." and runs nothing else.
. "$(dirname "$0")/../lib.sh"

require_netns
ns=$NETNS
ns_ip=$NETNS_IP

PG_EXEC_PREFIX="ip netns exec $ns" start_postgres || test_fail_setup "postgres did not start in the namespace"
PG_EXEC_PREFIX="ip netns exec $ns"
SSHD_EXEC_PREFIX="ip netns exec $ns" SSHD_LISTEN_ADDR=$ns_ip SSHD_NAME=bastion start_sshd ||
	test_fail_setup "the bastion sshd did not start in the namespace"
export TERRACE_VAR_pg_password=$PG_PASSWORD

# tunnel_stack KNOWN_HOSTS SCHEMA [HOST_KEY]: the stack, in the current
# folder; HOST_KEY pins the bastion's key.
tunnel_stack () {
	local pin=
	test -z "${3:-}" || pin="host_key: \"$3\""
	cat >stack.yaml <<-YAML
	stack: t0315
	variables:
	  pg_password: {type: string, sensitive: true}
	providers:
	  postgres:
	    host: 127.0.0.1
	    port: $PG_PORT
	    username: terrace
	    password: \${var.pg_password}
	    tunnel:
	      host: $ns_ip
	      port: $SSHD_PORT
	      user: $SSHD_USER
	      private_key_file: $SSHD_KEY
	      known_hosts_file: $1
	      $pin
	      timeout: 10
	resources:
	  sales:
	    type: postgres.schema
	    name: $2
	    drop_cascade: true
	  clerk:
	    type: postgres.role
	    name: clerk
	    login: true
	  clerk_usage:
	    type: postgres.grant
	    role: \${clerk.name}
	    object_type: schema
	    schema: \${sales.name}
	    privileges: [USAGE]
	  ddl:
	    type: postgres.sql
	    source: migrations
	    depends_on: [sales]
	YAML
}

mkdir migrations
cat >migrations/001_orders.sql <<-\SQL
	CREATE TABLE sales.orders (order_id bigint PRIMARY KEY, placed_at timestamptz NOT NULL);
	COMMENT ON COLUMN sales.orders.placed_at IS 'when the order was placed';
SQL

test_expect_success 'the database is not reachable from the host, only from the namespace' '
	test_expect_code 2 env PGPASSWORD="$PG_PASSWORD" PGCONNECT_TIMEOUT=3 psql -X -A -t \
		-h "$ns_ip" -p "$PG_PORT" -U terrace -d postgres -c "SELECT 1" 2>direct-ns.err &&
	test_contains direct-ns.err "Connection refused" &&
	test_expect_code 2 env PGPASSWORD="$PG_PASSWORD" PGCONNECT_TIMEOUT=3 psql -X -A -t \
		-h 127.0.0.1 -p "$PG_PORT" -U terrace -d postgres -c "SELECT 1" 2>direct-lo.err &&
	test_contains direct-lo.err "Connection refused" &&
	test_equal 1 "$(psql_test "SELECT 1")" &&
	test_equal ok "$(ssh_test echo ok)"
'

test_expect_success 'terrace creates schema, role, grant and migrations through the bastion' '
	tunnel_stack "$SSHD_KNOWN_HOSTS" sales &&
	TERRACE_LOG=debug terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 4 added, 0 changed, 0 destroyed." &&
	test_contains err "through the SSH tunnel via $ns_ip:$SSHD_PORT" &&
	test_not_contains out "$PG_PASSWORD" &&
	test_not_contains err "$PG_PASSWORD" &&
	test_equal terrace "$(psql_test "SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = '\''sales'\''")" &&
	test_equal t "$(psql_test "SELECT rolcanlogin FROM pg_roles WHERE rolname = '\''clerk'\''")" &&
	test_equal t "$(psql_test "SELECT has_schema_privilege('\''clerk'\'', '\''sales'\'', '\''USAGE'\'')")" &&
	test_equal 001_orders.sql "$(psql_test "SELECT name FROM terrace_migrations")" &&
	test_equal "when the order was placed" "$(psql_test "SELECT col_description('\''sales.orders'\''::regclass, 2)")" &&
	grep -q "Accepted publickey for $SSHD_USER" "$SERVERS_DIR/bastion.log"
'

test_expect_success 'a second plan through the tunnel is a no-op' '
	terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'drift made inside the namespace shows through the tunnel' '
	psql_test "REVOKE USAGE ON SCHEMA sales FROM clerk" &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# clerk_usage will be updated in-place (it changed outside terrace)" &&
	terrace apply -auto-approve >out 2>err &&
	test_equal t "$(psql_test "SELECT has_schema_privilege('\''clerk'\'', '\''sales'\'', '\''USAGE'\'')")"
'

test_expect_success 'an unknown bastion host key is refused clearly; nothing is created' '
	mkdir unknown && : >unknown/known_hosts &&
	(cd unknown && tunnel_stack "$TRASH/unknown/known_hosts" other) &&
	test_expect_code 1 terrace apply -stack unknown -state unknown/state.json \
		-auto-approve >out 2>err &&
	test_contains err "ssh $ns_ip:$SSHD_PORT: host key is not known" &&
	test_contains err "$TRASH/unknown/known_hosts" &&
	test_not_contains out "Creating..." &&
	test_equal 0 "$(psql_test "SELECT count(*) FROM pg_namespace WHERE nspname = '\''other'\''")" &&
	{ ! test -s unknown/state.json ||
		test_equal "{}" "$(json_get unknown/state.json "d[\"resources\"]")"; }
'

test_expect_success 'a pinned bastion host_key passes without known_hosts' '
	: >empty_known_hosts &&
	tunnel_stack "$TRASH/empty_known_hosts" sales "$(cat "$SSHD_DIR/ssh_host_ed25519_key.pub")" &&
	test_contains stack.yaml "host_key: \"ssh-ed25519 " &&
	TERRACE_LOG=debug terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	test_contains err "ssh $ns_ip:$SSHD_PORT: host key ED25519 " &&
	test_contains err "is pinned key 1 of host_key"
'

test_expect_success 'a pinned bastion key the bastion does not offer is refused' '
	ssh-keygen -q -t ed25519 -N "" -f other_host_key &&
	tunnel_stack "$SSHD_KNOWN_HOSTS" sales "$(cut -d" " -f1,2 other_host_key.pub)" &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "postgres: tunnel to 127.0.0.1:$PG_PORT through $ns_ip:$SSHD_PORT: ssh $ns_ip:$SSHD_PORT: HOST KEY MISMATCH: the host offers ED25519 key" &&
	test_contains err "which is not among the 1 key pinned in host_key; refusing to connect" &&
	tunnel_stack "$SSHD_KNOWN_HOSTS" sales
'

test_expect_success 'destroy through the tunnel removes them' '
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 4 destroyed." &&
	test_equal 0 "$(psql_test "SELECT count(*) FROM pg_namespace WHERE nspname = '\''sales'\''")" &&
	test_equal 0 "$(psql_test "SELECT count(*) FROM pg_roles WHERE rolname = '\''clerk'\''")"
'

test_done
