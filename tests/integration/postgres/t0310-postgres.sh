#!/usr/bin/env bash
# t0310-postgres: the postgres provider against a real PostgreSQL server,
# checked with psql. A database, roles (a group and a user with a
# password), schemas, grants on the database, a schema and its tables (with
# default privileges), and migrations (the retail tables, in files):
# created, planned again as no change, updated in place, drift made with
# psql shown and undone, destroyed. Migrations: a new file plans as a change
# and is applied once; an applied file edited or removed stops the plan
# naming it; a failing file is rolled back with the server's message while
# the files before it stay applied and recorded. A wrong password is a
# clear error that changes nothing. Names with quotes, spaces and
# semicolons reach the server as names (a schema named
# `x"; DROP TABLE y; --`). A connection the server ended is made again.
# The passwords never reach terrace's output or state.
. "$(dirname "$0")/../lib.sh"

start_postgres || test_fail_setup "postgres did not start"

reader_password='rd-Pa55-8c1f0e2b'
export TERRACE_VAR_pg_password=$PG_PASSWORD
export TERRACE_VAR_reader_password=$reader_password
hostile='x"; DROP TABLE y; --'
hostile_sql='"x""; DROP TABLE y; --"'
odd_role="o'brien \"the dba\""
late_role=$'  late:\n    type: postgres.role\n    name: late\n    depends_on: [ddl]'

# psql in the warehouse database.
wq () {
	psql_test -d warehouse "$1"
}

# A name as an SQL string literal.
sql_string () {
	printf "'%s'" "${1//\'/\'\'}"
}

# has_privilege KIND OBJECT PRIVILEGE [ROLE]: t or f, has_KIND_privilege's
# answer for ROLE (default reader) in the warehouse database.
has_privilege () {
	wq "SELECT has_$1_privilege($(sql_string "${4:-reader}"), '$2', '$3')"
}

# role NAME: login|createdb|connection limit, nothing when there is none.
role () {
	psql_test "SELECT rolcanlogin, rolcreatedb, rolconnlimit FROM pg_roles
		WHERE rolname = $(sql_string "$1")"
}

member_of () {
	psql_test "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
		JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = '$1' ORDER BY 1"
}

database_limit () {
	psql_test "SELECT datconnlimit FROM pg_database WHERE datname = 'warehouse'"
}

# schema_owner NAME [DB]
schema_owner () {
	psql_test -d "${2:-warehouse}" "SELECT pg_get_userbyid(nspowner) FROM pg_namespace
		WHERE nspname = $(sql_string "$1")"
}

# The schemas in the postgres database whose name starts with x.
x_schemas () {
	psql_test "SELECT nspname FROM pg_namespace WHERE nspname LIKE 'x%'"
}

# relation NAME [DB]: t when the table exists, else f.
relation () {
	psql_test -d "${2:-warehouse}" "SELECT to_regclass('$1') IS NOT NULL"
}

applied_migrations () {
	wq "SELECT name FROM terrace_migrations ORDER BY name"
}

column_comment () {
	wq "SELECT col_description('$1'::regclass, $2)"
}

sha256_of () {
	sha256sum "$1" | cut -c1-64
}

# no_secret FILE...: none of the files holds a password.
no_secret () {
	local f
	for f in "$@"; do
		test_not_contains "$f" "$PG_PASSWORD" || return 1
		test_not_contains "$f" "$reader_password" || return 1
		test_not_contains "$f" "wrong-Pa55-77" || return 1
	done
}

# as_reader PASSWORD SQL: the reader logs in and runs SQL in the warehouse.
as_reader () {
	PGPASSWORD=$1 PGCONNECT_TIMEOUT=10 psql -X -A -t -q -v ON_ERROR_STOP=1 -h "$PG_HOST" \
		-p "$PG_PORT" -U reader -d warehouse -c "$2"
}

# The stack; the knobs below change it between steps.
pg_stack () {
	cat >stack.yaml <<-YAML
	stack: t0310
	variables:
	  pg_password: {type: string, sensitive: true}
	  reader_password: {type: string, sensitive: true}
	$(pg_provider)
	resources:
	  warehouse:
	    type: postgres.database
	    name: warehouse
	    connection_limit: ${DB_LIMIT:-20}
	  analysts:
	    type: postgres.role
	    name: analysts
	  reader:
	    type: postgres.role
	    name: reader
	    login: true
	    password: "\${var.reader_password}${READER_PASSWORD_SUFFIX:-}"
	    connection_limit: ${READER_LIMIT:-5}
	    createdb: ${READER_CREATEDB:-false}
	    member_of: ["\${analysts.name}"]
	    valid_until: "2099-12-31"
	  odd:
	    type: postgres.role
	    name: 'o''brien "the dba"'
	  retail:
	    type: postgres.schema
	    name: retail
	    database: \${warehouse.name}
	    owner: ${RETAIL_OWNER:-terrace}
	    drop_cascade: true
	  hostile:
	    type: postgres.schema
	    name: '$hostile'
	  connect:
	    type: postgres.grant
	    role: \${reader.name}
	    database: \${warehouse.name}
	    object_type: database
	    privileges: [connect, temp]
	  odd_connect:
	    type: postgres.grant
	    role: \${odd.name}
	    database: \${warehouse.name}
	    object_type: database
	    privileges: [CONNECT]
	  usage:
	    type: postgres.grant
	    role: \${reader.name}
	    database: \${warehouse.name}
	    object_type: schema
	    schema: \${retail.name}
	    privileges: [USAGE]
	  read_tables:
	    type: postgres.grant
	    role: \${reader.name}
	    database: \${warehouse.name}
	    object_type: table
	    schema: \${retail.name}
	    privileges: [${TABLE_PRIVILEGES:-SELECT}]
	    with_default_privileges: true
	    depends_on: [ddl]
	  ddl:
	    type: postgres.sql
	    source: migrations
	    database: \${warehouse.name}
	    depends_on: [retail]
	${EXTRA_RESOURCES:-}
	YAML
}

mkdir migrations
cat >migrations/001_customer_products.sql <<-\SQL
	-- The retail catalogue: customers and products.
	CREATE TABLE retail.customer (
	    customer_id integer PRIMARY KEY,
	    first_name  text NOT NULL,
	    last_name   text NOT NULL,
	    email       text UNIQUE,
	    zip         text
	);
	COMMENT ON COLUMN retail.customer.email IS 'contact address; unique per customer';

	CREATE TABLE retail.products_info (
	    product_id integer PRIMARY KEY,
	    name       text NOT NULL,
	    category   text,
	    unit_price numeric(10, 2) NOT NULL CHECK (unit_price >= 0)
	);
	COMMENT ON COLUMN retail.products_info.unit_price IS 'price in EUR, VAT excluded';
SQL
cat >migrations/002_purchase.sql <<-\SQL
	CREATE TABLE retail.purchase (
	    purchase_id  bigint PRIMARY KEY,
	    customer_id  integer NOT NULL REFERENCES retail.customer (customer_id),
	    product_id   integer NOT NULL REFERENCES retail.products_info (product_id),
	    quantity     integer NOT NULL CHECK (quantity > 0),
	    purchased_at timestamptz NOT NULL DEFAULT now()
	);
	COMMENT ON COLUMN retail.purchase.quantity IS 'units bought; always positive';
SQL
# The table an injected "DROP TABLE y" would drop, in the database where the
# hostile schema goes.
psql_test "CREATE TABLE public.y (id integer)" || test_fail_setup "psql could not make public.y"

test_expect_success 'plan shows every resource to create, the migrations by file' '
	pg_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "Plan: 11 to add, 0 to change, 0 to destroy." &&
	test_match out "\+ \"001_customer_products.sql\" *= \"[0-9a-f]{64}\"" &&
	test_match out "\+ \"002_purchase.sql\" *= \"[0-9a-f]{64}\"" &&
	test_match out "\+ password *= \(sensitive value\)" &&
	no_secret out err
'

test_expect_success 'apply creates them; psql sees the database, roles and schemas' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 11 added, 0 changed, 0 destroyed." &&
	no_secret out err &&
	test_equal 20 "$(database_limit)" &&
	test_equal UTF8 "$(psql_test "SELECT pg_encoding_to_char(encoding) FROM pg_database
		WHERE datname = '\''warehouse'\''")" &&
	psql_test "\du" >du &&
	test_match du "^reader\|" &&
	test_match du "^analysts\|Cannot login" &&
	test_equal "t|f|5" "$(role reader)" &&
	test_equal "f|f|-1" "$(role analysts)" &&
	test_equal t "$(psql_test "SELECT rolvaliduntil = '\''2099-12-31'\'' FROM pg_roles
		WHERE rolname = '\''reader'\''")" &&
	test_equal analysts "$(member_of reader)" &&
	test_equal "f|f|-1" "$(role "$odd_role")" &&
	test_equal terrace "$(schema_owner retail)" &&
	test_equal terrace "$(schema_owner "$hostile" postgres)"
'

test_expect_success 'the migrations made the retail tables, recorded once each' '
	applied_migrations >applied &&
	printf "%s\n" 001_customer_products.sql 002_purchase.sql >expect &&
	test_cmp expect applied &&
	test_equal "$(sha256_of migrations/002_purchase.sql)" \
		"$(wq "SELECT sha256 FROM terrace_migrations WHERE name = '\''002_purchase.sql'\''")" &&
	wq "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		WHERE n.nspname = '\''retail'\'' AND c.relkind = '\''r'\'' ORDER BY 1" >tables &&
	printf "%s\n" customer products_info purchase >expect &&
	test_cmp expect tables &&
	wq "SELECT confrelid::regclass FROM pg_constraint
		WHERE conrelid = '\''retail.purchase'\''::regclass AND contype = '\''f'\'' ORDER BY 1" >fks &&
	printf "%s\n" retail.customer retail.products_info >expect &&
	test_cmp expect fks &&
	test_equal 3 "$(wq "SELECT count(*) FROM pg_constraint WHERE contype = '\''p'\''
		AND connamespace = '\''retail'\''::regnamespace")" &&
	test_equal "units bought; always positive" "$(column_comment retail.purchase 4)" &&
	test_equal "price in EUR, VAT excluded" "$(column_comment retail.products_info 4)"
'

test_expect_success 'the grants: the reader logs in with its password, reads and cannot write' '
	test_equal t "$(has_privilege database warehouse CONNECT)" &&
	test_equal t "$(has_privilege database warehouse TEMPORARY)" &&
	test_equal t "$(has_privilege database warehouse CONNECT "$odd_role")" &&
	test_equal t "$(has_privilege schema retail USAGE)" &&
	test_equal t "$(has_privilege table retail.customer SELECT)" &&
	test_equal t "$(has_privilege table retail.purchase SELECT)" &&
	test_equal f "$(has_privilege table retail.customer INSERT)" &&
	# negatives: no run of terrace (the reader reads the table: without the grant psql fails, no 0)
	test_equal 0 "$(as_reader "$reader_password" "SELECT count(*) FROM retail.purchase")" &&
	test_expect_code 1 as_reader "$reader_password" "INSERT INTO retail.customer
		(customer_id, first_name, last_name) VALUES (1, '\''a'\'', '\''b'\'')" 2>denied &&
	test_contains denied "permission denied for table customer" &&
	test_expect_code 2 as_reader "not-the-password" "SELECT 1" 2>refused &&
	test_contains refused "password authentication failed for user \"reader\""
'

test_expect_success 'a second plan is a no-op' '
	terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	no_secret out err
'

test_expect_success 'state holds no password, only its hash; ids name the objects' '
	no_secret terrace.state.json &&
	python3 - <<-\EOF
	import json
	r = json.load(open("terrace.state.json"))["resources"]
	a = r["reader"]["attributes"]
	assert list(a["password"]) == ["$scrypt"], a
	assert r["reader"]["id"] == "reader", r["reader"]
	assert r["retail"]["id"] == "warehouse/retail", r["retail"]
	assert r["hostile"]["id"] == "postgres/x\"; DROP TABLE y; --", r["hostile"]
	assert r["connect"]["id"] == "reader@warehouse", r["connect"]
	assert r["read_tables"]["id"] == "reader@warehouse/retail:tables", r["read_tables"]
	assert r["ddl"]["attributes"]["migrations"].keys() == {
	    "001_customer_products.sql", "002_purchase.sql"}, r["ddl"]
	EOF
'

test_expect_success 'changes update in place: limits, options, owner, privileges, password' '
	export DB_LIMIT=30 READER_LIMIT=10 READER_CREATEDB=true RETAIL_OWNER="\${analysts.name}" \
		TABLE_PRIVILEGES="SELECT, insert" READER_PASSWORD_SUFFIX=-2 &&
	pg_stack &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "~ connection_limit *= 20 -> 30" &&
	test_match out "~ connection_limit *= 5 -> 10" &&
	test_match out "~ createdb *= false -> true" &&
	test_match out "~ password *= \(sensitive value\) -> \(sensitive value\)" &&
	test_match out "~ owner *= \"terrace\" -> \"analysts\"" &&
	test_line out "\"INSERT\"," &&
	test_not_contains out "forces replacement" &&
	test_line out "Plan: 0 to add, 4 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 4 changed, 0 destroyed." &&
	no_secret out err &&
	test_equal 30 "$(database_limit)" &&
	test_equal "t|t|10" "$(role reader)" &&
	test_equal analysts "$(schema_owner retail)" &&
	test_equal t "$(has_privilege table retail.customer INSERT)" &&
	test_equal t "$(has_privilege table retail.purchase INSERT)" &&
	test_equal 1 "$(as_reader "${reader_password}-2" "SELECT 1")" &&
	test_expect_code 2 as_reader "$reader_password" "SELECT 1" 2>refused &&
	terrace plan -detailed-exitcode >out 2>err
'

# From here on the stack stays as updated.
export DB_LIMIT=30 READER_LIMIT=10 READER_CREATEDB=true RETAIL_OWNER="\${analysts.name}" \
	TABLE_PRIVILEGES="SELECT, insert" READER_PASSWORD_SUFFIX=-2

test_expect_success 'drift made with psql shows in plan' '
	psql_test "ALTER ROLE reader NOLOGIN CONNECTION LIMIT 2; REVOKE analysts FROM reader;
		ALTER DATABASE warehouse CONNECTION LIMIT 7" &&
	wq "REVOKE INSERT ON retail.purchase FROM reader; REVOKE USAGE ON SCHEMA retail FROM reader;
		ALTER SCHEMA retail OWNER TO terrace" &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# reader will be updated in-place (it changed outside terrace)" &&
	test_match out "~ login *= false -> true" &&
	test_match out "~ connection_limit *= 2 -> 10" &&
	test_match out "~ member_of *= \[\] -> \[" &&
	test_line out "# warehouse will be updated in-place (it changed outside terrace)" &&
	test_match out "~ connection_limit *= 7 -> 30" &&
	test_line out "# usage will be updated in-place (it changed outside terrace)" &&
	test_line out "# read_tables will be updated in-place (it changed outside terrace)" &&
	test_line out "# retail will be updated in-place (it changed outside terrace)" &&
	test_match out "~ owner *= \"terrace\" -> \"analysts\"" &&
	test_line out "Plan: 0 to add, 5 to change, 0 to destroy." &&
	no_secret out err
'

test_expect_success 'apply undoes the drift' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 5 changed, 0 destroyed." &&
	test_equal "t|t|10" "$(role reader)" &&
	test_equal analysts "$(member_of reader)" &&
	test_equal 30 "$(database_limit)" &&
	test_equal t "$(has_privilege schema retail USAGE)" &&
	test_equal t "$(has_privilege table retail.purchase INSERT)" &&
	test_equal analysts "$(schema_owner retail)" &&
	test_equal 1 "$(as_reader "${reader_password}-2" "SELECT 1")" &&
	terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a new migration file plans as a change and is applied once' '
	cat >migrations/003_zipcode.sql <<-\SQL &&
	CREATE TABLE retail.zipcode (
	    zip   text PRIMARY KEY,
	    city  text NOT NULL,
	    state text NOT NULL
	);
	COMMENT ON COLUMN retail.zipcode.state IS '\''two-letter state code'\'';
	SQL
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# ddl will be updated in-place" &&
	test_match out "\+ \"003_zipcode.sql\" *= \"[0-9a-f]{64}\"" &&
	test_not_contains out "001_customer_products.sql" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_equal 3 "$(applied_migrations | wc -l)" &&
	test_equal "two-letter state code" "$(column_comment retail.zipcode 3)" &&
	terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'default privileges cover the table the new migration made' '
	test_equal t "$(has_privilege table retail.zipcode SELECT)" &&
	test_equal t "$(has_privilege table retail.zipcode INSERT)" &&
	# negatives: no run of terrace (the reader reads the table: without the grant psql fails, no 0)
	test_equal 0 "$(as_reader "${reader_password}-2" "SELECT count(*) FROM retail.zipcode")"
'

test_expect_success 'an applied migration edited: plan fails naming the file and both checksums' '
	cp terrace.state.json state.before &&
	old=$(sha256_of migrations/002_purchase.sql) &&
	cp migrations/002_purchase.sql 002.orig &&
	echo "ALTER TABLE retail.purchase ADD COLUMN note text;" >>migrations/002_purchase.sql &&
	new=$(sha256_of migrations/002_purchase.sql) &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "migration 002_purchase.sql was applied with sha256 $old, but the file now has sha256 $new" &&
	test_contains err "restore it and add a new migration for the change" &&
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "migration 002_purchase.sql was applied with sha256 $old" &&
	test_equal 0 "$(wq "SELECT count(*) FROM information_schema.columns
		WHERE table_name = '\''purchase'\'' AND column_name = '\''note'\''")" &&
	test_cmp state.before terrace.state.json &&
	cp 002.orig migrations/002_purchase.sql
'

test_expect_success 'an applied migration removed: plan fails naming it' '
	mv migrations/003_zipcode.sql 003.sql &&
	test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "migration 003_zipcode.sql was applied (sha256 $(sha256_of 003.sql)) but is no longer in migrations" &&
	test_contains err "an applied migration cannot be removed or renamed" &&
	mv 003.sql migrations/003_zipcode.sql &&
	terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a failing migration: rolled back with the server message; those before stay' '
	cat >migrations/004_loyalty.sql <<-\SQL &&
	CREATE TABLE retail.loyalty (customer_id integer PRIMARY KEY REFERENCES retail.customer);
	SQL
	cat >migrations/005_bad.sql <<-\SQL &&
	CREATE TABLE retail.half_done (id integer);
	INSERT INTO retail.half_done VALUES (1);

	SELECT no_such_column
	  FROM retail.customer;
	SQL
	test_expect_code 1 terrace apply -auto-approve >out 2>err &&
	test_contains err "ddl: postgres warehouse: migration 005_bad.sql: column \"no_such_column\" does not exist at line 4" &&
	applied_migrations >applied &&
	printf "%s\n" 001_customer_products.sql 002_purchase.sql 003_zipcode.sql 004_loyalty.sql >expect &&
	test_cmp expect applied &&
	test_equal t "$(relation retail.loyalty)" &&
	test_equal f "$(relation retail.half_done)"
'

test_expect_success 'the next plan knows what was applied: only the fixed file is left' '
	printf "CREATE TABLE retail.half_done (id integer);\n" >migrations/005_bad.sql &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "\+ \"005_bad.sql\" *= \"[0-9a-f]{64}\"" &&
	test_not_contains out "004_loyalty.sql" &&
	terrace apply -auto-approve >out 2>err &&
	test_equal 5 "$(applied_migrations | wc -l)" &&
	test_equal t "$(relation retail.half_done)" &&
	terrace plan -detailed-exitcode >out 2>err
'

test_expect_success 'a migration applied by someone else reads as applied' '
	printf "CREATE TABLE retail.audit (id integer);\n" >migrations/006_audit.sql &&
	wq "CREATE TABLE retail.audit (id integer);
		INSERT INTO terrace_migrations (name, sha256)
		VALUES ('\''006_audit.sql'\'', '\''$(sha256_of migrations/006_audit.sql)'\'')" &&
	terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration."
'

test_expect_success 'a connection the server ended is made again' '
	cat >migrations/007_end_sessions.sql <<-\SQL &&
	SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity
	 WHERE application_name = '\''terrace'\'' AND pid <> pg_backend_pid();
	SQL
	EXTRA_RESOURCES=$late_role pg_stack &&
	TERRACE_LOG=debug terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 1 added, 1 changed, 0 destroyed." &&
	test_contains err "postgres postgres: the connection was lost; connecting again" &&
	test_equal "f|f|-1" "$(role late)" &&
	no_secret out err
'

test_expect_success 'a wrong password: a clear error, exit 1, state unchanged' '
	cp terrace.state.json state.before &&
	TERRACE_VAR_pg_password=wrong-Pa55-77 test_expect_code 1 terrace plan >out 2>err &&
	test_contains err "postgres postgres: cannot connect to 127.0.0.1:$PG_PORT as terrace:" &&
	test_contains err "password authentication failed for user \"terrace\"" &&
	TERRACE_VAR_pg_password=wrong-Pa55-77 \
		test_expect_code 1 terrace apply -auto-approve >out2 2>err2 &&
	test_contains err2 "password authentication failed for user \"terrace\"" &&
	no_secret out err out2 err2 &&
	test_cmp state.before terrace.state.json
'

test_expect_success 'hostile names are names: the schema exists as written, public.y survives' '
	test_equal "$hostile" "$(x_schemas)" &&
	test_equal t "$(relation public.y postgres)"
'

test_expect_success 'destroy refuses a schema that is not empty without drop_cascade' '
	psql_test "CREATE TABLE $hostile_sql.keep (id integer)" &&
	test_expect_code 1 terrace destroy -auto-approve >out 2>err &&
	test_contains err "hostile: postgres postgres: DROP SCHEMA $hostile_sql: cannot drop schema" &&
	test_contains err "set drop_cascade: true to drop it with everything in it" &&
	test_equal "$hostile" "$(x_schemas)" &&
	psql_test "DROP TABLE $hostile_sql.keep"
'

test_expect_success 'destroy removes the rest; the database goes with the migrations in it' '
	terrace destroy -auto-approve >out 2>err &&
	test_match out "^Destroy complete! Resources: [0-9]+ destroyed\.$" &&
	no_secret out err &&
	test_equal 0 "$(psql_test "SELECT count(*) FROM pg_database WHERE datname = '\''warehouse'\''")" &&
	test_equal "" "$(role reader)$(role analysts)$(role late)$(role "$odd_role")" &&
	test_equal "" "$(x_schemas)" &&
	test_equal t "$(relation public.y postgres)" &&
	test_equal "{}" "$(json_get terrace.state.json "d[\"resources\"]")"
'

test_expect_success 'no file terrace wrote holds a password' '
	find . -path ./.servers -prune -o -type f -print >files &&
	while read -r f; do
		no_secret "$f" || return 1
	done <files
'

test_done
