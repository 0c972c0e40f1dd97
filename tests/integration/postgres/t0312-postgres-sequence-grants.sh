#!/usr/bin/env bash
# t0312-postgres-sequence-grants: postgres.grant on sequences and functions
# against a real PostgreSQL server. A writer role inserts into a table with
# a bigserial key through its grants (table INSERT alone fails with
# "permission denied for sequence") and runs a function; default privileges
# cover a sequence and a function a later migration makes; a REVOKE made
# with psql shows as drift and apply undoes it; destroy revokes. A role
# with replication, bypass_rls, inherit: false, connection_limit and
# valid_until reads back as set, and a change of inherit is an update.
. "$(dirname "$0")/../lib.sh"

start_postgres || test_fail_setup "postgres did not start"

writer_password='wr-Pa55-3e9a7c1d'
export TERRACE_VAR_pg_password=$PG_PASSWORD
export TERRACE_VAR_writer_password=$writer_password

as_writer () {
	PGPASSWORD=$writer_password PGCONNECT_TIMEOUT=10 psql -X -A -t -q -v ON_ERROR_STOP=1 \
		-h "$PG_HOST" -p "$PG_PORT" -U writer -d shop -c "$1"
}

cat >stack.yaml <<YAML
stack: t0312
variables:
  pg_password: {type: string, sensitive: true}
  writer_password: {type: string, sensitive: true}
  inherit: {type: bool, default: false}
$(pg_provider)
resources:
  shop:
    type: postgres.database
    name: shop
  writer:
    type: postgres.role
    name: writer
    login: true
    password: \${var.writer_password}
  replicator:
    type: postgres.role
    name: replicator
    login: true
    replication: true
    bypass_rls: true
    inherit: \${var.inherit}
    connection_limit: 3
    valid_until: "2099-06-30"
  sales:
    type: postgres.schema
    name: sales
    database: \${shop.name}
    drop_cascade: true
  connect:
    type: postgres.grant
    role: \${writer.name}
    database: \${shop.name}
    object_type: database
    privileges: [CONNECT]
  usage:
    type: postgres.grant
    role: \${writer.name}
    database: \${shop.name}
    object_type: schema
    schema: \${sales.name}
    privileges: [USAGE]
  write_tables:
    type: postgres.grant
    role: \${writer.name}
    database: \${shop.name}
    object_type: table
    schema: \${sales.name}
    privileges: [SELECT, INSERT]
    with_default_privileges: true
    depends_on: [ddl]
  use_sequences:
    type: postgres.grant
    role: \${writer.name}
    database: \${shop.name}
    object_type: sequence
    schema: \${sales.name}
    privileges: [usage, select]
    with_default_privileges: true
    depends_on: [ddl]
  run_functions:
    type: postgres.grant
    role: \${writer.name}
    database: \${shop.name}
    object_type: function
    schema: \${sales.name}
    privileges: [EXECUTE]
    with_default_privileges: true
    depends_on: [ddl]
  ddl:
    type: postgres.sql
    source: migrations
    database: \${shop.name}
    depends_on: [sales]
YAML

mkdir migrations
cat >migrations/001_orders.sql <<-\SQL
	CREATE TABLE sales.orders (id bigserial PRIMARY KEY, item text NOT NULL);
	CREATE FUNCTION sales.label(n bigint) RETURNS text LANGUAGE sql AS $$ SELECT 'order-' || n $$;
SQL

test_expect_success 'apply grants on the tables, sequences and functions of the schema' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 10 added, 0 changed, 0 destroyed."
'

test_expect_success 'the role options reach pg_roles' '
	test_equal "t|t|f|3|t" "$(psql_test "SELECT rolreplication, rolbypassrls, rolinherit,
		rolconnlimit, rolvaliduntil = '\''2099-06-30'\'' FROM pg_roles WHERE rolname = '\''replicator'\''")"
'

test_expect_success 'the writer inserts into the bigserial table and runs the function' '
	as_writer "INSERT INTO sales.orders (item) VALUES ('\''apple'\'')" &&
	as_writer "INSERT INTO sales.orders (item) VALUES ('\''pear'\'')" &&
	test_equal "order-2" "$(as_writer "SELECT sales.label(max(id)) FROM sales.orders")"
'

test_expect_success 'a second plan is a no-op; ids name the sequences and functions' '
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	test_contains out "use_sequences: Refreshing state... [id=writer@shop/sales:sequences]" &&
	test_contains out "run_functions: Refreshing state... [id=writer@shop/sales:functions]"
'

test_expect_success 'inherit changed: an update in place, NOINHERIT undone' '
	test_expect_code 2 terrace plan -detailed-exitcode -var inherit=true >out 2>err &&
	test_match out "~ inherit *= false -> true" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve -var inherit=true >out 2>err &&
	test_equal "t|t" "$(psql_test "SELECT rolinherit, rolreplication FROM pg_roles WHERE rolname = '\''replicator'\''")" &&
	terrace apply -auto-approve >out 2>err
'

test_expect_success 'a REVOKE made with psql shows as drift; apply undoes it' '
	psql_test -d shop "REVOKE USAGE ON SEQUENCE sales.orders_id_seq FROM writer" &&
	! as_writer "INSERT INTO sales.orders (item) VALUES ('\''fig'\'')" 2>denied &&
	test_contains denied "permission denied for sequence orders_id_seq" &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_contains out "# use_sequences will be updated in-place" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	as_writer "INSERT INTO sales.orders (item) VALUES ('\''fig'\'')"
'

test_expect_success 'default privileges cover a sequence and a function a new migration makes' '
	cat >migrations/002_returns.sql <<-\SQL &&
	CREATE TABLE sales.returns (id bigserial PRIMARY KEY, order_id bigint NOT NULL);
	CREATE FUNCTION sales.twice(n bigint) RETURNS bigint LANGUAGE sql AS $$ SELECT 2 * n $$;
	SQL
	terrace apply -auto-approve >out 2>err &&
	as_writer "INSERT INTO sales.returns (order_id) VALUES (1)" &&
	test_equal 42 "$(as_writer "SELECT sales.twice(21)")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a privilege that does not apply to sequences is refused naming it' '
	sed "s/privileges: \[usage, select\]/privileges: [INSERT]/" stack.yaml >bad.yaml &&
	mkdir bad && mv bad.yaml bad/stack.yaml && cp -r migrations bad/ &&
	test_expect_code 1 terrace plan -stack bad >out 2>err &&
	test_contains err "privilege \"INSERT\" is not valid on a sequence (valid: SELECT, UPDATE, USAGE, ALL)"
'

test_expect_success 'destroy revokes and removes everything' '
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 10 destroyed." &&
	test_equal "" "$(psql_test "SELECT rolname FROM pg_roles WHERE rolname = '\''writer'\''")"
'

test_done
