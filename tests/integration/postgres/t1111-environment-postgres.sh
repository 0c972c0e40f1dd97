#!/usr/bin/env bash
# t1111-environment-postgres: a development environment against a real
# PostgreSQL server, read back with psql. Two users apply one stack of a
# database, roles, a schema and a grant with -env dev: each gets its own
# database and roles named dev_USER_ (the user "Bob.Smith-QA" as
# dev_bob_smith_qa_: lowercase, [a-z0-9_], PostgreSQL's own letters), a role
# name too long for PostgreSQL's 63 bytes cut to 63 with a hash (two such
# names kept apart; a name with "é" cut before a character, never inside
# one, which PostgreSQL would refuse), the schema in the user's database and the grant between
# the user's own objects; the stack's plain names are never made. A second
# plan is no change; destroy -env dev removes the caller's objects only.
. "$(dirname "$0")/../lib.sh"

start_postgres || test_fail_setup "postgres did not start"
export TERRACE_VAR_pg_password=$PG_PASSWORD

LONG_A=t1111_a_role_name_long_enough_to_be_cut_when_prefixed_one
LONG_B=t1111_a_role_name_long_enough_to_be_cut_when_prefixed_two
# Prefixed with dev_bob_smith_qa_, its bytes 55 and 56 are an "é": cut at 62 bytes.
ACCENTED=t1111_donnees_abcdefghijklmnopqrs_éééééééééé

cat >stack.yaml <<YAML
stack: t1111
variables:
  pg_password: {type: string, sensitive: true}
environments:
  dev:
    mode: development
$(pg_provider)
resources:
  lake:
    type: postgres.database
    name: t1111_lake
  etl:
    type: postgres.role
    name: t1111_etl
    login: false
  long_a:
    type: postgres.role
    name: $LONG_A
  long_b:
    type: postgres.role
    name: $LONG_B
  accented:
    type: postgres.role
    name: $ACCENTED
  staging:
    type: postgres.schema
    name: staging
    database: \${lake.name}
  connect:
    type: postgres.grant
    role: \${etl.name}
    database: \${lake.name}
    object_type: database
    privileges: [CONNECT]
YAML

# The databases and roles whose names hold t1111, one a line, sorted.
t1111_names () {
	psql_test "SELECT datname FROM pg_database WHERE datname LIKE '%t1111%'
		UNION ALL SELECT rolname FROM pg_roles WHERE rolname LIKE '%t1111%' ORDER BY 1"
}

test_expect_success 'Bob.Smith-QA applies -env dev: names dev_bob_smith_qa_, fitted to PostgreSQL' '
	TERRACE_USER=Bob.Smith-QA terrace apply -env dev -auto-approve >out 2>err &&
	test_contains out "Apply complete! Resources: 7 added" &&
	t1111_names >names &&
	test_line names "dev_bob_smith_qa_t1111_lake" &&
	test_line names "dev_bob_smith_qa_t1111_etl" &&
	grep "^dev_bob_smith_qa_t1111_a_role" names >long &&
	test "$(wc -l <long)" = 2 &&
	while read -r n; do
		test "${#n}" = 63 && printf "%s\n" "$n" | grep -qx "[a-z0-9_]*" || exit 1
	done <long &&
	! grep -qx "t1111_lake\|t1111_etl\|$LONG_A\|$LONG_B\|$ACCENTED" names &&
	grep "^dev_bob_smith_qa_t1111_donnees" names >accented &&
	test "$(wc -c <accented)" = 63 &&
	test_match accented "^dev_bob_smith_qa_t1111_donnees_abcdefghijklmnopqrs_éé_[0-9a-f]{6}$" &&
	test "$(psql_test -d dev_bob_smith_qa_t1111_lake "SELECT count(*) FROM pg_namespace WHERE nspname = '"'"'staging'"'"'")" = 1 &&
	test "$(psql_test "SELECT has_database_privilege('"'"'dev_bob_smith_qa_t1111_etl'"'"', '"'"'dev_bob_smith_qa_t1111_lake'"'"', '"'"'CONNECT'"'"')")" = t
'

test_expect_success 'a second plan is no change' '
	TERRACE_USER=Bob.Smith-QA test_expect_code 0 terrace plan -env dev -detailed-exitcode >out 2>err
'

test_expect_success 'alice applies beside bob: her own database and roles' '
	TERRACE_USER=alice terrace apply -env dev -auto-approve >out 2>err &&
	t1111_names >names &&
	test_line names "dev_alice_t1111_lake" &&
	test_line names "dev_alice_t1111_etl" &&
	test_line names "dev_bob_smith_qa_t1111_lake" &&
	test "$(grep -c "^dev_alice_t1111_a_role" names)" = 2
'

test_expect_success 'destroy -env dev removes the caller'"'"'s objects only' '
	TERRACE_USER=Bob.Smith-QA terrace destroy -env dev -auto-approve >out 2>err &&
	test_contains out "Destroy complete!" &&
	t1111_names >names &&
	! grep -q "^dev_bob" names &&
	test_line names "dev_alice_t1111_lake" &&
	test "$(grep -c "^dev_alice_t1111" names)" = 5 &&
	TERRACE_USER=alice terrace destroy -env dev -auto-approve >out 2>err &&
	test_contains out "Destroy complete!" &&
	t1111_names >names &&
	test_empty names
'

test_done
