#!/usr/bin/env bash
# t0316-postgres-redshift-mode: the postgres provider with engine: redshift
# forced against PostgreSQL 15, for the Redshift statements PostgreSQL also
# takes. No Redshift server can run here; this runs the Redshift code paths
# (dialect.c) end to end: a group made with CREATE GROUP, a user made with
# CREATE USER ... PASSWORD 'md5...' (the hash Redshift takes, md5 of the
# password and the user name) and put in the group with ALTER GROUP ...
# ADD USER, ALTER USER one option at a time, a database made without
# TEMPLATE, grants to the user read back with has_*_privilege (CONNECT,
# which Redshift lacks, is not sent and reads back as written), migrations
# locked with LOCK on the history table and stamped with GETDATE(), drift
# and destroy (DROP USER, DROP GROUP, DROP DATABASE). The server logs every
# statement: what terrace sent is read back from the log, and none of it
# holds a PostgreSQL-only construct (aclexplode, acldefault, pg_advisory,
# SCRAM, TEMPLATE, timestamptz, now(), pg_roles, pg_auth_members).
#
# PostgreSQL lacks Redshift's catalog views, so the test database gets
# stand-ins for the ones these reads use (pg_user_info, pg_database_info,
# svv_roles, svv_user_grants, svv_role_grants, svv_external_schemas,
# svv_default_privileges: views over PostgreSQL's catalogs, the last five
# empty) and a getdate() function; they stand for the catalog, never
# for what terrace sends. Not run here (PostgreSQL rejects them): CONNECTION
# LIMIT UNLIMITED, PASSWORD DISABLE, CREATEUSER, GRANT ... TO GROUP/ROLE,
# CREATE EXTERNAL SCHEMA, and the SVV_*_PRIVILEGES reads for groups, roles,
# PUBLIC and default privileges; the unit test test_postgres_sql checks
# their text.
. "$(dirname "$0")/../lib.sh"

start_postgres || test_fail_setup "postgres did not start"

loader_password='ld-Pa55-51c0ffee'
export TERRACE_VAR_pg_password=$PG_PASSWORD
export TERRACE_VAR_loader_password=$loader_password

rq () {
	psql_test -d rsdev "$1"
}

psql_test "CREATE DATABASE rsdev" >/dev/null &&
rq "CREATE VIEW public.pg_user_info AS
	SELECT r.rolname AS usename, r.oid AS usesysid, r.rolcreatedb AS usecreatedb,
	       r.rolsuper AS usesuper, r.rolvaliduntil AS valuntil,
	       CASE WHEN r.rolconnlimit < 0 THEN 'UNLIMITED' ELSE r.rolconnlimit::text END
	         AS useconnlimit
	FROM pg_roles r WHERE r.rolcanlogin;
CREATE VIEW public.pg_database_info AS
	SELECT oid AS datid, datname, datdba, datconnlimit::text AS datconnlimit FROM pg_database;
CREATE VIEW public.svv_roles AS SELECT NULL::text AS role_name WHERE false;
CREATE VIEW public.svv_default_privileges AS
	SELECT NULL::text AS schema_name, NULL::text AS object_type, NULL::text AS owner_name,
	       NULL::text AS privilege_type, NULL::text AS grantee_name, NULL::text AS grantee_type
	WHERE false;
CREATE VIEW public.svv_external_schemas AS
	SELECT NULL::text AS schemaname, NULL::text AS databasename, NULL::text AS esoptions
	WHERE false;
CREATE VIEW public.svv_user_grants AS
	SELECT NULL::text AS user_name, NULL::text AS role_name WHERE false;
CREATE VIEW public.svv_role_grants AS
	SELECT NULL::text AS role_name, NULL::text AS granted_role_name WHERE false;
CREATE FUNCTION public.getdate() RETURNS timestamp LANGUAGE sql AS 'SELECT localtimestamp';" \
	>/dev/null || test_fail_setup "cannot make the Redshift catalog stand-ins"

# The server logs every statement with the client's application_name, so
# what terrace sent ("[terrace] ") can be read back word for word.
psql_test "ALTER SYSTEM SET log_statement = 'all'" >/dev/null &&
psql_test "ALTER SYSTEM SET log_line_prefix = '[%a] '" >/dev/null &&
psql_test "SELECT pg_reload_conf()" >/dev/null || test_fail_setup "cannot turn statement logging on"
for _ in $(seq 100); do
	test "$(psql_test "SHOW log_statement")" = all && break
done
test "$(psql_test "SHOW log_statement")" = all || test_fail_setup "statement logging did not take"

# The statements terrace sent, one a line, from the server's log.
terrace_statements () {
	grep -E '^\[terrace\] LOG:  (statement|execute [^:]*):' "$SERVERS_DIR/pg.log" |
		sed -E 's/^\[terrace\] LOG:  (statement|execute [^:]*): //'
}

cat >stack.yaml <<YAML
stack: t0316
variables:
  pg_password: {type: string, sensitive: true}
  loader_password: {type: string, sensitive: true}
  loader_limit: {type: number, default: 3}
  loader_createdb: {type: bool, default: true}
$(pg_provider "database: rsdev" "engine: redshift")
resources:
  analysts:
    type: postgres.role
    name: analysts
  loader:
    type: postgres.role
    name: loader
    login: true
    password: \${var.loader_password}
    createdb: \${var.loader_createdb}
    connection_limit: \${var.loader_limit}
    valid_until: "2099-12-31"
    member_of: ["\${analysts.name}"]
  mart:
    type: postgres.database
    name: rsmart
    connection_limit: 4
  marts:
    type: postgres.schema
    name: marts
    owner: \${loader.name}
    drop_cascade: true
  on_database:
    type: postgres.grant
    role: \${loader.name}
    object_type: database
    database: rsdev
    privileges: [ALL]
  on_schema:
    type: postgres.grant
    role: \${loader.name}
    object_type: schema
    schema: \${marts.name}
    privileges: [USAGE]
  reporter:
    type: postgres.role
    name: reporter
    login: true
    password: \${var.loader_password}
  read_marts:
    type: postgres.grant
    role: \${reporter.name}
    object_type: table
    schema: \${marts.name}
    privileges: [SELECT]
    depends_on: [ddl]
  ddl:
    type: postgres.sql
    source: migrations
    depends_on: [marts]
YAML

mkdir migrations
cat >migrations/001_plays.sql <<-\SQL
	CREATE TABLE marts.plays (track_id bigint NOT NULL, played_at timestamp NOT NULL);
SQL
cat >migrations/R__daily.sql <<-\SQL
	CREATE OR REPLACE VIEW marts.daily AS SELECT count(*) AS plays FROM marts.plays;
SQL

md5_of () {
	printf 'md5%s' "$(printf '%s' "$1" | md5sum | cut -c1-32)"
}

test_expect_success 'apply with engine: redshift: CREATE GROUP, CREATE USER with an md5 hash' '
	TERRACE_LOG=debug terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 9 added, 0 changed, 0 destroyed." &&
	test_equal "f" "$(psql_test "SELECT rolcanlogin FROM pg_roles WHERE rolname = '\''analysts'\''")" &&
	test_equal "t|t|3|t" "$(psql_test "SELECT rolcanlogin, rolcreatedb, rolconnlimit,
		rolvaliduntil = '\''2099-12-31'\'' FROM pg_roles WHERE rolname = '\''loader'\''")" &&
	test_equal "$(md5_of "${loader_password}loader")" \
		"$(psql_test "SELECT rolpassword FROM pg_authid WHERE rolname = '\''loader'\''")" &&
	test_equal "analysts" "$(psql_test "SELECT g.rolname FROM pg_auth_members m
		JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
		WHERE u.rolname = '\''loader'\''")" &&
	test_not_contains err "$loader_password" && test_not_contains out "$loader_password"
'

test_expect_success 'the database has its limit; grants reached the catalog' '
	test_equal "4|UTF8" "$(psql_test "SELECT datconnlimit, pg_encoding_to_char(encoding)
		FROM pg_database WHERE datname = '\''rsmart'\''")" &&
	test_equal "t|t|t" "$(rq "SELECT has_database_privilege('\''loader'\'', '\''rsdev'\'', '\''CREATE'\''),
		has_schema_privilege('\''loader'\'', '\''marts'\'', '\''USAGE'\''),
		has_table_privilege('\''reporter'\'', '\''marts.plays'\'', '\''SELECT'\'')")" &&
	test_equal "f" "$(rq "SELECT has_table_privilege('\''reporter'\'', '\''marts.plays'\'', '\''INSERT'\'')")"
'

test_expect_success 'the history table is the Redshift one; each file ran once' '
	test_equal "timestamp without time zone|getdate()" "$(rq "SELECT data_type, column_default
		FROM information_schema.columns WHERE table_name = '\''terrace_migrations'\''
		AND column_name = '\''applied_at'\''")" &&
	test_equal "001_plays.sql
R__daily.sql" "$(rq "SELECT name FROM terrace_migrations ORDER BY name")"
'

test_expect_success 'a second plan is a no-op (CONNECT, which Redshift lacks, reads as written)' '
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'ALTER USER, one option at a time' '
	terrace apply -auto-approve -var loader_limit=7 -var loader_createdb=false >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_equal "f|7" "$(psql_test "SELECT rolcreatedb, rolconnlimit FROM pg_roles
		WHERE rolname = '\''loader'\''")" &&
	test_expect_code 0 terrace plan -detailed-exitcode -var loader_limit=7 \
		-var loader_createdb=false >out 2>err
'

test_expect_success 'drift made with psql shows through the Redshift reads; apply undoes it' '
	psql_test "ALTER GROUP analysts DROP USER loader" &&
	rq "REVOKE USAGE ON SCHEMA marts FROM loader" &&
	test_expect_code 2 terrace plan -detailed-exitcode -var loader_limit=7 \
		-var loader_createdb=false >out 2>err &&
	test_contains out "# loader will be updated in-place" &&
	test_contains out "# on_schema will be updated in-place" &&
	terrace apply -auto-approve -var loader_limit=7 -var loader_createdb=false >out 2>err &&
	test_equal "t" "$(rq "SELECT has_schema_privilege('\''loader'\'', '\''marts'\'', '\''USAGE'\'')")" &&
	test_equal "analysts" "$(psql_test "SELECT g.rolname FROM pg_auth_members m
		JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
		WHERE u.rolname = '\''loader'\''")"
'

test_expect_success 'a changed repeatable file runs again under LOCK, stamped by GETDATE()' '
	before=$(rq "SELECT applied_at FROM terrace_migrations WHERE name = '\''R__daily.sql'\''") &&
	sed -i "s/count(\*) AS plays/count(*) AS plays, max(played_at) AS last_played/" \
		migrations/R__daily.sql &&
	terrace apply -auto-approve -var loader_limit=7 -var loader_createdb=false >out 2>err &&
	test_equal "t|$(sha256sum migrations/R__daily.sql | cut -c1-64)" \
		"$(rq "SELECT applied_at >= '\''$before'\'', sha256 FROM terrace_migrations
		WHERE name = '\''R__daily.sql'\''")" &&
	test_equal "last_played" "$(rq "SELECT column_name FROM information_schema.columns
		WHERE table_name = '\''daily'\'' AND column_name = '\''last_played'\''")"
'

test_expect_success 'what terrace sent is Redshift SQL, none of it PostgreSQL-only' '
	terrace_statements >sent &&
	test_contains sent "CREATE GROUP \"analysts\"" &&
	test_contains sent "CREATE USER \"loader\" PASSWORD '"'"'md5" &&
	test_contains sent "VALID UNTIL '"'"'2099-12-31'"'"' CREATEDB CONNECTION LIMIT 3" &&
	test_contains sent "ALTER GROUP \"analysts\" ADD USER \"loader\"" &&
	test_contains sent "ALTER USER \"loader\" NOCREATEDB; ALTER USER \"loader\" CONNECTION LIMIT 7" &&
	test_contains sent "CREATE DATABASE \"rsmart\" CONNECTION LIMIT 4" &&
	test_contains sent "DEFAULT GETDATE())" &&
	test_contains sent "LOCK \"public\".terrace_migrations" &&
	test_contains sent "applied_at = GETDATE()" &&
	test_contains sent "FROM pg_user_info u WHERE u.usename = \$1" &&
	test_contains sent "has_table_privilege(\$1, quote_ident(n.nspname)" &&
	# negatives: no run of terrace (the log of the server: what terrace sent, its statements just read)
	! grep -i -n -E "aclexplode|acldefault|pg_advisory|scram-sha-256|template|timestamptz|now\(\)|pg_roles|pg_auth_members" sent &&
	! grep -F "$loader_password" sent # negatives: no run of terrace (as above)
'

test_expect_success 'engine: postgres refuses an external schema naming the engine' '
	sed -e "s/engine: redshift/engine: postgres/" stack.yaml >ext.yaml &&
	cat >>ext.yaml <<-\YAML &&
	  spectrum:
	    type: postgres.schema
	    name: spectrum
	    external_database: music_lake
	    iam_role: arn:aws:iam::123456789012:role/spectrum
	YAML
	mkdir ext && mv ext.yaml ext/stack.yaml && cp -r migrations ext/ &&
	sed -i "s/stack: t0316/stack: t0316ext/" ext/stack.yaml &&
	test_expect_code 1 terrace apply -auto-approve -stack ext -target spectrum >out 2>err &&
	test_contains err "postgres.schema \"spectrum\": external_database needs Redshift (an external schema over the Glue Data Catalog); this provider'"'"'s engine is postgres"
'

test_expect_success 'engine auto reads the server: PostgreSQL here (it asked version()); a bad engine is refused' '
	sed -e "s/engine: redshift/engine: auto/" stack.yaml >auto.yaml &&
	mkdir auto && mv auto.yaml auto/stack.yaml && cp -r migrations auto/ &&
	TERRACE_LOG=debug terrace plan -stack auto -target analysts >out 2>err &&
	test_contains err "the server is postgres (PostgreSQL 15" &&
	terrace_statements >sent_auto &&
	test_contains sent_auto "SELECT version()" &&
	sed -e "s/engine: redshift/engine: oracle/" stack.yaml >bad.yaml &&
	mkdir bad && mv bad.yaml bad/stack.yaml && cp -r migrations bad/ &&
	test_expect_code 1 terrace plan -stack bad >out 2>err &&
	test_contains err "engine \"oracle\" is not one of auto, postgres, redshift"
'

test_expect_success 'destroy: DROP USER, DROP GROUP, DROP DATABASE' '
	terrace destroy -auto-approve -var loader_limit=7 -var loader_createdb=false >out 2>err &&
	test_line out "Destroy complete! Resources: 9 destroyed." &&
	test_equal "" "$(psql_test "SELECT rolname FROM pg_roles
		WHERE rolname IN ('\''loader'\'', '\''analysts'\'', '\''reporter'\'')")" &&
	test_equal "" "$(psql_test "SELECT datname FROM pg_database WHERE datname = '\''rsmart'\''")"
'

test_done
