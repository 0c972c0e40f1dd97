/*
 * test_postgres_sql.c: the SQL text the postgres provider builds
 * (provider/postgres/sql.c), checked word for word with names that try to
 * break out of their quotes, and the privilege lists of postgres.grant.
 * No server: a connection that never connected lends libpq's escaping
 * rules (without standard_conforming_strings, so a backslash in a literal
 * is escaped the E'' way).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "provider/postgres/postgres.h"

#define HOSTILE "x\"; DROP TABLE y; --"
#define HOSTILE_QUOTED "\"x\"\"; DROP TABLE y; --\""

static PGconn *offline;

static int setup(void **state)
{
	(void)state;
	offline = PQconnectdb("host=/nonexistent/terrace-unit-test connect_timeout=1");
	return offline ? 0 : -1;
}

static int teardown(void **state)
{
	(void)state;
	PQfinish(offline);
	return 0;
}

/* The text of a builder's output; the buffer is released. */
static char *text_of(struct sqlbuf *b)
{
	struct strbuf err = STRBUF_INIT;
	const char *sql = sql_text(b, "test", &err);
	char *out = sql ? xstrdup(sql) : NULL;

	assert_string_equal(err.buf, "");
	strbuf_release(&err);
	sql_release(b);
	return out;
}

static void assert_sql(struct sqlbuf *b, const char *want)
{
	char *got = text_of(b);

	assert_non_null(got);
	assert_string_equal(got, want);
	free(got);
}

static void test_identifiers_and_literals(void **state)
{
	struct sqlbuf b;

	(void)state;
	sql_init(&b, offline);
	sql_ident(&b, HOSTILE);
	sql_add(&b, " ");
	sql_literal(&b, "it's '); DROP ROLE x; --");
	assert_sql(&b, HOSTILE_QUOTED " 'it''s ''); DROP ROLE x; --'");

	sql_init(&b, offline);
	sql_literal(&b, "back\\slash");
	assert_sql(&b, " E'back\\\\slash'");

	sql_init(&b, offline);
	sql_ident(&b, "Mixed Case");
	assert_sql(&b, "\"Mixed Case\"");
}

static void test_describe(void **state)
{
	char *what = pg_describe(offline, "CREATE SCHEMA", HOSTILE);

	(void)state;
	assert_string_equal(what, "CREATE SCHEMA " HOSTILE_QUOTED);
	free(what);
}

static void test_database_statements(void **state)
{
	struct sqlbuf b;

	(void)state;
	sql_init(&b, offline);
	pg_sql_create_database(&b, HOSTILE, "o'wner", "UTF8", -1);
	assert_sql(&b, "CREATE DATABASE " HOSTILE_QUOTED " OWNER \"o'wner\" TEMPLATE template0 "
		   "ENCODING 'UTF8' CONNECTION LIMIT -1");

	sql_init(&b, offline);
	pg_sql_create_database(&b, "w", NULL, "LATIN1'; --", 5);
	assert_sql(&b, "CREATE DATABASE \"w\" TEMPLATE template0 ENCODING 'LATIN1''; --' "
		   "CONNECTION LIMIT 5");

	sql_init(&b, offline);
	pg_sql_drop_database(&b, HOSTILE, false);
	assert_sql(&b, "DROP DATABASE IF EXISTS " HOSTILE_QUOTED);

	sql_init(&b, offline);
	pg_sql_drop_database(&b, "w", true);
	assert_sql(&b, "DROP DATABASE IF EXISTS \"w\" WITH (FORCE)");
}

static void test_role_statements(void **state)
{
	struct pg_role_options want = { .login = true, .connection_limit = -1 };
	struct pg_role_options have;
	struct sqlbuf b;

	(void)state;
	sql_init(&b, offline);
	assert_true(pg_sql_role(&b, HOSTILE, &want, NULL, "SCRAM-SHA-256$4096:abc'"));
	assert_sql(&b, "CREATE ROLE " HOSTILE_QUOTED " WITH LOGIN NOSUPERUSER NOCREATEDB "
		   "NOCREATEROLE CONNECTION LIMIT -1 PASSWORD 'SCRAM-SHA-256$4096:abc'''");

	/* An ALTER names only what changes: SUPERUSER never, here. */
	have = want;
	have.login = false;
	have.connection_limit = 3;
	want.valid_until = "2030-01-01";
	sql_init(&b, offline);
	assert_true(pg_sql_role(&b, "r", &want, &have, NULL));
	assert_sql(&b, "ALTER ROLE \"r\" WITH LOGIN CONNECTION LIMIT -1 VALID UNTIL '2030-01-01'");

	/* No expiry any more; the password removed. */
	have = want;
	want.valid_until = NULL;
	sql_init(&b, offline);
	assert_true(pg_sql_role(&b, "r", &want, &have, ""));
	assert_sql(&b, "ALTER ROLE \"r\" WITH VALID UNTIL 'infinity' PASSWORD NULL");

	/* INHERIT, REPLICATION, BYPASSRLS: on CREATE only when not the
	 * default; on ALTER only when they change. */
	struct pg_role_options repl = { .replication = true, .bypass_rls = true,
					.no_inherit = true, .connection_limit = 2 };
	sql_init(&b, offline);
	assert_true(pg_sql_role(&b, "rep", &repl, NULL, NULL));
	assert_sql(&b, "CREATE ROLE \"rep\" WITH NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE "
		   "NOINHERIT REPLICATION BYPASSRLS CONNECTION LIMIT 2");
	have = repl;
	repl.no_inherit = false;
	repl.bypass_rls = false;
	sql_init(&b, offline);
	assert_true(pg_sql_role(&b, "rep", &repl, &have, NULL));
	assert_sql(&b, "ALTER ROLE \"rep\" WITH INHERIT NOBYPASSRLS");

	/* Nothing to change: nothing to send. */
	have = want;
	sql_init(&b, offline);
	assert_false(pg_sql_role(&b, "r", &want, &have, NULL));
	assert_sql(&b, "");

	sql_init(&b, offline);
	pg_sql_membership(&b, true, "readers", HOSTILE);
	assert_sql(&b, "GRANT \"readers\" TO " HOSTILE_QUOTED);
	sql_init(&b, offline);
	pg_sql_membership(&b, false, HOSTILE, "u");
	assert_sql(&b, "REVOKE " HOSTILE_QUOTED " FROM \"u\"");
}

static void test_schema_statements(void **state)
{
	struct sqlbuf b;

	(void)state;
	sql_init(&b, offline);
	pg_sql_create_schema(&b, HOSTILE, "app owner");
	assert_sql(&b, "CREATE SCHEMA " HOSTILE_QUOTED " AUTHORIZATION \"app owner\"");
	sql_init(&b, offline);
	pg_sql_create_schema(&b, "s", NULL);
	assert_sql(&b, "CREATE SCHEMA \"s\"");
	sql_init(&b, offline);
	pg_sql_drop_schema(&b, HOSTILE, false);
	assert_sql(&b, "DROP SCHEMA IF EXISTS " HOSTILE_QUOTED " RESTRICT");
	sql_init(&b, offline);
	pg_sql_drop_schema(&b, "s", true);
	assert_sql(&b, "DROP SCHEMA IF EXISTS \"s\" CASCADE");
}

static json_t *normalized(enum pg_grant_object on, const char *list_json, struct strbuf *err)
{
	json_t *list = json_loads(list_json, 0, NULL);
	json_t *out;

	assert_non_null(list);
	out = pg_privileges_normalize(on, list, err);
	json_decref(list);
	return out;
}

static void assert_privileges(enum pg_grant_object on, const char *in, const char *want)
{
	struct strbuf err = STRBUF_INIT;
	json_t *got = normalized(on, in, &err);
	char *text;

	assert_non_null(got);
	text = json_dumps(got, JSON_COMPACT);
	assert_string_equal(text, want);
	free(text);
	json_decref(got);
	strbuf_release(&err);
}

static void assert_privileges_refused(enum pg_grant_object on, const char *in, const char *msg)
{
	struct strbuf err = STRBUF_INIT;
	json_t *got = normalized(on, in, &err);

	assert_null(got);
	assert_string_equal(err.buf, msg);
	strbuf_release(&err);
}

static void test_privileges(void **state)
{
	(void)state;
	assert_privileges(PG_ON_DATABASE, "[\"connect\", \"temp\", \"CONNECT\"]",
			  "[\"CONNECT\",\"TEMPORARY\"]");
	assert_privileges(PG_ON_DATABASE, "[\"ALL\"]", "[\"CONNECT\",\"CREATE\",\"TEMPORARY\"]");
	assert_privileges(PG_ON_SCHEMA, "[\"usage\"]", "[\"USAGE\"]");
	assert_privileges(PG_ON_TABLES, "[\"update\", \"Select\"]", "[\"SELECT\",\"UPDATE\"]");
	assert_privileges(PG_ON_TABLES, "[\"all privileges\"]",
			  "[\"DELETE\",\"INSERT\",\"REFERENCES\",\"SELECT\",\"TRIGGER\","
			  "\"TRUNCATE\",\"UPDATE\"]");
	assert_privileges_refused(PG_ON_SCHEMA, "[\"USAGE\", \"SELECT\"]",
				  "privilege \"SELECT\" is not valid on a schema (valid: CREATE, "
				  "USAGE, ALL)");
	assert_privileges_refused(PG_ON_DATABASE, "[\"SELECT; DROP TABLE x\"]",
				  "privilege \"SELECT; DROP TABLE x\" is not valid on a database "
				  "(valid: CONNECT, CREATE, TEMPORARY, ALL)");
	assert_privileges_refused(PG_ON_TABLES, "[]",
				  "privileges must be a non-empty list (for a table: DELETE, INSERT, "
				  "REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE, ALL)");
	assert_privileges_refused(PG_ON_TABLES, "[1]",
				  "privilege a number is not valid on a table (valid: DELETE, "
				  "INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE, ALL)");
	assert_privileges_refused(PG_ON_SEQUENCES, "[\"INSERT\"]",
				  "privilege \"INSERT\" is not valid on a sequence (valid: SELECT, "
				  "UPDATE, USAGE, ALL)");
	assert_privileges_refused(PG_ON_FUNCTIONS, "[\"SELECT\"]",
				  "privilege \"SELECT\" is not valid on a function (valid: EXECUTE, "
				  "ALL)");
	assert_int_equal(pg_grant_object_parse("table"), PG_ON_TABLES);
	assert_int_equal(pg_grant_object_parse("sequence"), PG_ON_SEQUENCES);
	assert_int_equal(pg_grant_object_parse("function"), PG_ON_FUNCTIONS);
	assert_int_equal(pg_grant_object_parse("tables"), -1);
}

static void test_grant_statements(void **state)
{
	json_t *privs = json_pack("[s, s]", "SELECT", "INSERT");
	json_t *bad = json_pack("[s]", "SELECT ON ALL TABLES IN SCHEMA public TO evil; --");
	struct strbuf err = STRBUF_INIT;
	struct sqlbuf b;

	(void)state;
	sql_init(&b, offline);
	pg_sql_grant(&b, true, PG_ON_TABLES, "db", HOSTILE, privs, "reader");
	assert_sql(&b, "GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA " HOSTILE_QUOTED
		   " TO \"reader\"");
	sql_init(&b, offline);
	pg_sql_grant(&b, false, PG_ON_DATABASE, HOSTILE, NULL, privs, "public");
	assert_sql(&b, "REVOKE SELECT, INSERT ON DATABASE " HOSTILE_QUOTED " FROM PUBLIC");
	sql_init(&b, offline);
	pg_sql_grant(&b, true, PG_ON_SCHEMA, "db", "s", privs, "Public");
	assert_sql(&b, "GRANT SELECT, INSERT ON SCHEMA \"s\" TO \"Public\"");
	sql_init(&b, offline);
	pg_sql_default_privileges(&b, true, PG_ON_TABLES, "s", privs, HOSTILE);
	assert_sql(&b, "ALTER DEFAULT PRIVILEGES IN SCHEMA \"s\" GRANT SELECT, INSERT ON TABLES TO "
		   HOSTILE_QUOTED);
	sql_init(&b, offline);
	pg_sql_default_privileges(&b, false, PG_ON_TABLES, "s", privs, "r");
	assert_sql(&b, "ALTER DEFAULT PRIVILEGES IN SCHEMA \"s\" REVOKE SELECT, INSERT ON TABLES "
		   "FROM \"r\"");

	json_t *seq = json_pack("[s, s]", "USAGE", "SELECT");
	sql_init(&b, offline);
	pg_sql_grant(&b, true, PG_ON_SEQUENCES, "db", "s", seq, "writer");
	assert_sql(&b, "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA \"s\" TO \"writer\"");
	sql_init(&b, offline);
	pg_sql_default_privileges(&b, true, PG_ON_SEQUENCES, "s", seq, "writer");
	assert_sql(&b, "ALTER DEFAULT PRIVILEGES IN SCHEMA \"s\" GRANT USAGE, SELECT ON SEQUENCES "
		   "TO \"writer\"");
	json_decref(seq);
	json_t *exec = json_pack("[s]", "EXECUTE");
	sql_init(&b, offline);
	pg_sql_grant(&b, false, PG_ON_FUNCTIONS, "db", "s", exec, "public");
	assert_sql(&b, "REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA \"s\" FROM PUBLIC");
	sql_init(&b, offline);
	pg_sql_default_privileges(&b, false, PG_ON_FUNCTIONS, "s", exec, "r");
	assert_sql(&b, "ALTER DEFAULT PRIVILEGES IN SCHEMA \"s\" REVOKE EXECUTE ON FUNCTIONS "
		   "FROM \"r\"");
	json_decref(exec);

	/* A privilege that is not a known keyword never reaches the text. */
	sql_init(&b, offline);
	pg_sql_grant(&b, true, PG_ON_TABLES, "db", "s", bad, "r");
	assert_null(sql_text(&b, "GRANT", &err));
	assert_string_equal(err.buf, "postgres: GRANT: a name or value is not valid text in the "
			    "connection's encoding (UTF8)");
	sql_release(&b);
	strbuf_release(&err);
	json_decref(privs);
	json_decref(bad);
}

static void test_resource_types_registered(void **state)
{
	static const char *const names[] = {
		"postgres.database", "postgres.role", "postgres.schema", "postgres.grant",
		"postgres.sql", NULL };
	const struct provider_type *pt = NULL;

	(void)state;
	for (size_t i = 0; names[i]; i++) {
		assert_non_null(resource_type_find(names[i], &pt));
		assert_string_equal(pt->name, "postgres");
	}
	assert_non_null(provider_type_find("postgres"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_identifiers_and_literals),
		cmocka_unit_test(test_describe),
		cmocka_unit_test(test_database_statements),
		cmocka_unit_test(test_role_statements),
		cmocka_unit_test(test_schema_statements),
		cmocka_unit_test(test_privileges),
		cmocka_unit_test(test_grant_statements),
		cmocka_unit_test(test_resource_types_registered),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
