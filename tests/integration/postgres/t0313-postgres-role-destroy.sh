#!/usr/bin/env bash
# t0313-postgres-role-destroy: a role to which the stack's SQL migrations
# granted privileges inside another database of the stack (a sequence
# grant, ALTER DEFAULT PRIVILEGES, a table it owns) is destroyed with the
# rest: before DROP ROLE, terrace runs REASSIGN OWNED and DROP OWNED in each
# database where pg_shdepend says the role has something (issue 39 §1.10:
# DROP ROLE "etl_writer" failed with "3 objects in database ecommerce_dw").
# A whole destroy (the database dropped at the same time, perhaps first)
# leaves nothing; a destroy of the role alone leaves the database, its
# table now owned by the role terrace connects as.
. "$(dirname "$0")/../lib.sh"

start_postgres || test_fail_setup "postgres did not start"

export TERRACE_VAR_pg_password=$PG_PASSWORD

cat >stack.yaml <<YAML
stack: t0313
variables:
  pg_password: {type: string, sensitive: true}
$(pg_provider)
resources:
  dw:
    type: postgres.database
    name: ecommerce_dw
  etl_writer:
    type: postgres.role
    name: etl_writer
  ddl:
    type: postgres.sql
    source: migrations
    database: \${dw.name}
    depends_on: [etl_writer]
YAML

mkdir migrations
cat >migrations/001_staging.sql <<-\SQL
	CREATE SCHEMA staging;
	CREATE TABLE staging.orders (id bigserial PRIMARY KEY, item text NOT NULL);
	GRANT USAGE ON SCHEMA staging TO etl_writer;
	GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA staging TO etl_writer;
	ALTER DEFAULT PRIVILEGES IN SCHEMA staging GRANT INSERT, SELECT ON TABLES TO etl_writer;
	ALTER DEFAULT PRIVILEGES IN SCHEMA staging GRANT USAGE ON SEQUENCES TO etl_writer;
	CREATE TABLE staging.audit (at timestamptz NOT NULL DEFAULT now());
	ALTER TABLE staging.audit OWNER TO etl_writer;
SQL

role_count () {
	psql_test "SELECT count(*) FROM pg_roles WHERE rolname = 'etl_writer'"
}

dw_count () {
	psql_test "SELECT count(*) FROM pg_database WHERE datname = 'ecommerce_dw'"
}

test_expect_success 'apply: the migration grants the role privileges in ecommerce_dw' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 3 added, 0 changed, 0 destroyed." &&
	test_equal 1 "$(role_count)" &&
	test_equal "etl_writer" "$(psql_test -d ecommerce_dw "SELECT tableowner FROM pg_tables WHERE tablename = '\''audit'\''")" &&
	test_equal t "$(psql_test -d ecommerce_dw "SELECT count(*) > 0 FROM pg_shdepend WHERE refobjid = (SELECT oid FROM pg_roles WHERE rolname = '\''etl_writer'\'')")"
'

test_expect_success 'destroy removes the role and the database: nothing is left' '
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 3 destroyed." &&
	test_equal 0 "$(role_count)" &&
	test_equal 0 "$(dw_count)"
'

test_expect_success 'applied again, the role destroyed alone: its privileges go, its table is reassigned' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 3 added, 0 changed, 0 destroyed." &&
	terrace destroy -auto-approve -target etl_writer >out 2>err &&
	test_line out "Destroy complete! Resources: 2 destroyed." &&
	test_equal 0 "$(role_count)" &&
	test_equal 1 "$(dw_count)" &&
	test_equal "terrace" "$(psql_test -d ecommerce_dw "SELECT tableowner FROM pg_tables WHERE tablename = '\''audit'\''")"
'

test_expect_success 'the rest is destroyed' '
	terrace destroy -auto-approve >out 2>err &&
	test_line out "Destroy complete! Resources: 1 destroyed." &&
	test_equal 0 "$(dw_count)"
'

test_done
