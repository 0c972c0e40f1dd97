#!/usr/bin/env bash
# t0413-import-db-ssh: `terrace import` for the postgres and ssh resource
# types. A database, two roles, a schema, grants on the database, the schema
# and its tables, and a migration history are made with psql; a file, a
# folder and a cron job (a `# BEGIN terrace NAME` block in daemon's crontab)
# with the OpenSSH client and crontab. Each is imported by the ID docs/cli.md gives, and
# the next plan shows only what the server cannot show: the role's password,
# which terrace never takes as set (apply sets it, and the role logs in
# with it). Then no changes. The migration folder's applied file is adopted,
# not run again; a new file is then applied alone. An ID naming another
# object than the stack's configuration (a schema, a grant) imports that
# object, and the plan replaces it; IDs that name nothing are refused.
. "$(dirname "$0")/../lib.sh"

start_postgres || test_fail_setup "postgres did not start"
start_sshd || test_fail_setup "sshd did not start"

# daemon's crontab as it was, put back at exit (no other test writes it).
keep_crontabs daemon

reader_password='imp-Rd-Pa55-51c9'
export TERRACE_VAR_pg_password=$PG_PASSWORD TERRACE_VAR_reader_password=$reader_password
export TERRACE_VAR_port=$SSHD_PORT TERRACE_VAR_known_hosts=$SSHD_KNOWN_HOSTS
TERRACE_VAR_ssh_key=$(cat "$SSHD_KEY")
export TERRACE_VAR_ssh_key
REMOTE=$TRASH/host

no_secret () {
	local f
	for f in "$@"; do
		test_not_contains "$f" "$PG_PASSWORD" || return 1
		test_not_contains "$f" "$reader_password" || return 1
	done
}

wq () {
	psql_test -d imp_wh "$1"
}

import_stack () {
	cat >stack.yaml <<-YAML
	stack: $TEST_NAME
	variables:
	  pg_password: {type: string, sensitive: true}
	  reader_password: {type: string, sensitive: true}
	  port: {type: number}
	  known_hosts: {type: string}
	  ssh_key: {type: string, sensitive: true}
	$(pg_provider)
	  ssh:
	    host: 127.0.0.1
	    port: \${var.port}
	    private_key: \${var.ssh_key}
	    known_hosts_file: \${var.known_hosts}
	resources:
	  wh:
	    type: postgres.database
	    name: imp_wh
	    connection_limit: 15
	  analysts:
	    type: postgres.role
	    name: imp_analysts
	  reader:
	    type: postgres.role
	    name: imp_reader
	    login: true
	    password: "\${var.reader_password}"
	    connection_limit: 3
	    member_of: ["\${analysts.name}"]
	  retail:
	    type: postgres.schema
	    name: ${RETAIL_NAME:-imp_retail}
	    database: \${wh.name}
	  connect:
	    type: postgres.grant
	    role: \${reader.name}
	    database: \${wh.name}
	    object_type: database
	    privileges: [CONNECT]
	  usage:
	    type: postgres.grant
	    role: \${reader.name}
	    database: \${wh.name}
	    object_type: schema
	    schema: imp_retail
	    privileges: [USAGE]
	  read_tables:
	    type: postgres.grant
	    role: \${reader.name}
	    database: \${wh.name}
	    object_type: table
	    schema: imp_retail
	    privileges: [SELECT]
	  ddl:
	    type: postgres.sql
	    source: migrations
	    database: \${wh.name}
	  conf:
	    type: ssh.file
	    source: files/app.conf
	    destination: $REMOTE/etc/imp/app.conf
	    mode: "0640"
	  confd:
	    type: ssh.file
	    source: files/conf.d
	    destination: $REMOTE/etc/imp/conf.d
	  nightly:
	    type: ssh.cron
	    name: imp-nightly
	    user: daemon
	    schedule: "0 3 * * *"
	    command: /usr/local/bin/load --all
	    environment: {PATH: /usr/bin:/bin}
	    comment: nightly load
	YAML
}

mkdir -p files/conf.d/sub migrations
echo "listen 8080" >files/app.conf
echo "a = 1" >files/conf.d/a.conf
echo "b = 2" >files/conf.d/sub/b.conf
echo "CREATE TABLE imp_retail.orders (id bigint PRIMARY KEY);" >migrations/001_orders.sql

test_expect_success 'objects made with psql and over ssh' '
	psql_test "CREATE DATABASE imp_wh ENCODING '\''UTF8'\'' TEMPLATE template0 CONNECTION LIMIT 15" &&
	psql_test "CREATE ROLE imp_analysts" &&
	psql_test "CREATE ROLE imp_reader LOGIN CONNECTION LIMIT 3 IN ROLE imp_analysts" &&
	psql_test "GRANT CONNECT ON DATABASE imp_wh TO imp_reader" &&
	wq "CREATE SCHEMA imp_retail" &&
	wq "CREATE SCHEMA imp_other" &&
	wq "GRANT USAGE ON SCHEMA imp_retail TO imp_reader" &&
	wq "$(cat migrations/001_orders.sql)" &&
	wq "GRANT SELECT ON ALL TABLES IN SCHEMA imp_retail TO imp_reader" &&
	wq "CREATE TABLE terrace_migrations (name text PRIMARY KEY, sha256 text NOT NULL,
		applied_at timestamptz NOT NULL DEFAULT now())" &&
	wq "INSERT INTO terrace_migrations (name, sha256)
		VALUES ('\''001_orders.sql'\'', '\''$(sha256sum <migrations/001_orders.sql | cut -c1-64)'\'')" &&
	ssh_test "mkdir -p $REMOTE/etc/imp/conf.d/sub && echo '\''listen 8080'\'' >$REMOTE/etc/imp/app.conf &&
		chmod 640 $REMOTE/etc/imp/app.conf && echo '\''a = 1'\'' >$REMOTE/etc/imp/conf.d/a.conf &&
		echo '\''b = 2'\'' >$REMOTE/etc/imp/conf.d/sub/b.conf" &&
	printf "%s\n" "# kept by hand" "@reboot /bin/true" "# BEGIN terrace imp-nightly" "# nightly load" \
		"PATH=/usr/bin:/bin" "0 3 * * * /usr/local/bin/load --all" "# END terrace imp-nightly" \
		>daemon.crontab &&
	crontab -u daemon daemon.crontab
'

test_expect_success 'IDs that name nothing are refused, saying the form' '
	import_stack &&
	test_expect_code 1 terrace import retail imp_wh/nope >out 2>err &&
	test_contains err "cannot import retail: no postgres.schema with id \"imp_wh/nope\" exists (postgres.schema is imported by DATABASE/NAME)" &&
	test_expect_code 1 terrace import ddl imp_wh/imp_retail.terrace_migrations >out 2>err &&
	test_contains err "cannot import ddl: no postgres.sql with id \"imp_wh/imp_retail.terrace_migrations\" exists" &&
	test_expect_code 1 terrace import nightly imp-daily >out 2>err &&
	test_contains err "cannot import nightly: no ssh.cron with id \"imp-daily\" exists (ssh.cron is imported by its name)" &&
	test_expect_code 1 terrace import conf $REMOTE/etc/imp/nope.conf >out 2>err &&
	test_contains err "cannot import conf: no ssh.file with id" &&
	! test -e terrace.state.json
'

test_expect_success 'import of each object' '
	terrace import wh imp_wh >out 2>err &&
	terrace import analysts imp_analysts >out 2>err &&
	terrace import reader imp_reader >out 2>err &&
	terrace import retail imp_wh/imp_retail >out 2>err &&
	terrace import connect imp_reader@imp_wh >out 2>err &&
	terrace import usage imp_reader@imp_wh/imp_retail >out 2>err &&
	terrace import read_tables imp_reader@imp_wh/imp_retail:tables >out 2>err &&
	terrace import ddl imp_wh/public.terrace_migrations >out 2>err &&
	terrace import conf $REMOTE/etc/imp/app.conf >out 2>err &&
	terrace import confd $REMOTE/etc/imp/conf.d >out 2>err &&
	terrace import nightly imp-nightly >out 2>err &&
	test_contains out "Import successful!" &&
	terrace state list >list 2>err &&
	test_equal 11 "$(wc -l <list)" &&
	test_equal "[\"a.conf\", \"sub/b.conf\"]" \
		"$(json_get terrace.state.json "d[\"resources\"][\"confd\"][\"attributes\"][\"files\"]")" &&
	no_secret out err terrace.state.json
'

test_expect_success 'the next plan sets the password terrace cannot read, nothing else' '
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# reader will be updated in-place" &&
	test_match out "~ password *= null -> \(sensitive value\)" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	no_secret out err
'

test_expect_success 'apply sets it; the reader logs in with it; then no changes' '
	terrace apply -auto-approve >out 2>err &&
	test_line out "Apply complete! Resources: 0 added, 1 changed, 0 destroyed." &&
	test_equal 1 "$(PGPASSWORD=$reader_password psql -X -A -t -q -h "$PG_HOST" -p "$PG_PORT" \
		-U imp_reader -d imp_wh -c "SELECT count(*) + 1 FROM imp_retail.orders")" &&
	test_expect_code 0 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "No changes. Your infrastructure matches the configuration." &&
	no_secret out err terrace.state.json
'

test_expect_success 'the adopted history is not run again; a new migration runs alone' '
	echo "ALTER TABLE imp_retail.orders ADD COLUMN amount numeric;" >migrations/002_amount.sql &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_match out "\+ \"002_amount.sql\" *= \"[0-9a-f]{64}\"" &&
	test_line out "Plan: 0 to add, 1 to change, 0 to destroy." &&
	terrace apply -auto-approve >out 2>err &&
	test_equal "001_orders.sql 002_amount.sql" \
		"$(wq "SELECT string_agg(name, '\'' '\'' ORDER BY name) FROM terrace_migrations")" &&
	test_equal amount "$(wq "SELECT column_name FROM information_schema.columns
		WHERE table_name = '\''orders'\'' AND column_name = '\''amount'\''")"
'

test_expect_success 'an ID naming another object than the stack adopts that one; the plan replaces it' '
	python3 - <<-\PY &&
	import json
	st = json.load(open("terrace.state.json"))
	del st["resources"]["retail"]
	del st["resources"]["usage"]
	json.dump(st, open("terrace.state.json", "w"))
	PY
	terrace import retail imp_wh/imp_other >out 2>err &&
	test_equal imp_other "$(json_get terrace.state.json "d[\"resources\"][\"retail\"][\"attributes\"][\"name\"]")" &&
	terrace import usage imp_analysts@imp_wh/imp_other >out 2>err &&
	test_equal "imp_analysts imp_other []" "$(json_get terrace.state.json \
		"\" \".join(str(d[\"resources\"][\"usage\"][\"attributes\"][k]) for k in (\"role\", \"schema\", \"privileges\"))")" &&
	test_expect_code 2 terrace plan -detailed-exitcode >out 2>err &&
	test_line out "# retail must be replaced" &&
	test_match out "~ name *= \"imp_other\" -> \"imp_retail\" # forces replacement" &&
	test_line out "# usage must be replaced" &&
	test_match out "~ role *= \"imp_analysts\" -> \"imp_reader\" # forces replacement" &&
	test_match out "~ schema *= \"imp_other\" -> \"imp_retail\" # forces replacement" &&
	test_line out "Plan: 2 to add, 0 to change, 2 to destroy."
'

test_done
