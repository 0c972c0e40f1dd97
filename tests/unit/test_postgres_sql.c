/*
 * test_postgres_sql.c: the SQL text the postgres provider builds
 * (provider/postgres/sql.c), checked word for word with names that try to
 * break out of their quotes, and the privilege lists of postgres.grant.
 * No server: a connection that never connected lends libpq's escaping
 * rules (without standard_conforming_strings, so a backslash in a literal
 * is escaped the E'' way).
 *
 * The Redshift dialect (provider/postgres/dialect.c) is checked the same
 * way, statement by statement against the syntax of the Redshift SQL
 * reference, and every statement and catalog read it has is checked for
 * what Redshift lacks (aclexplode, acldefault, pg_advisory_*, SCRAM,
 * TEMPLATE, timestamptz, now(), pg_roles). No Redshift server was run.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include <openssl/evp.h>
#include <stdio.h>
#include <unistd.h>

#include "provider/postgres/postgres.h"
#include "tests/unit/tmpdir_support.h"

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


/* ---- the Redshift dialect ---- */

static const struct pg_dialect *rs = &pg_dialect_redshift;

/* What no statement for Redshift may hold: PostgreSQL-only features. */
static const char *const postgres_only[] = {
	"aclexplode", "acldefault", "pg_advisory", "scram-sha-256", "template", "timestamptz",
	"now()", "pg_roles", "pg_auth_members", "pg_default_acl", "with (force)", "if exists \"x",
	"owned by", "pg_shdepend", NULL };

/* The PostgreSQL-only construct text holds, or NULL. */
static const char *postgres_only_in(const char *text)
{
	for (size_t i = 0; postgres_only[i]; i++)
		if (strcasestr(text, postgres_only[i]))
			return postgres_only[i];
	return NULL;
}

static void assert_redshift_text(const char *text)
{
	const char *bad = postgres_only_in(text);

	if (bad)
		fail_msg("Redshift SQL holds %s: %s", bad, text);
}

/* The builder's output is exactly want, and Redshift has all of it. */
static void assert_rs_sql(struct sqlbuf *b, const char *want)
{
	char *got = text_of(b);

	assert_non_null(got);
	assert_string_equal(got, want);
	assert_redshift_text(got);
	free(got);
}

static void test_dialect_choice(void **state)
{
	struct strbuf err = STRBUF_INIT;
	const struct pg_dialect *d = &pg_dialect_postgres;

	(void)state;
	assert_int_equal(pg_dialect_by_name("auto", &d, &err), 0);
	assert_null(d);
	assert_int_equal(pg_dialect_by_name(NULL, &d, &err), 0);
	assert_null(d);
	assert_int_equal(pg_dialect_by_name("redshift", &d, &err), 0);
	assert_ptr_equal(d, &pg_dialect_redshift);
	assert_int_equal(pg_dialect_by_name("postgres", &d, &err), 0);
	assert_ptr_equal(d, &pg_dialect_postgres);
	assert_int_equal(pg_dialect_by_name("Redshift", &d, &err), -1);
	assert_string_equal(err.buf, "postgres provider: engine \"Redshift\" is not one of auto, "
			    "postgres, redshift");
	strbuf_release(&err);
	/* version() as Redshift and PostgreSQL 15 answer it. */
	assert_ptr_equal(pg_dialect_of_version("PostgreSQL 8.0.2 on i686-pc-linux-gnu, compiled "
					       "by GCC gcc (GCC) 3.4.2 20041017 (Red Hat "
					       "3.4.2-6.fc3), Redshift 1.0.77467"),
			 &pg_dialect_redshift);
	assert_ptr_equal(pg_dialect_of_version("PostgreSQL 15.18 (Debian 15.18-0+deb12u1) on "
					       "x86_64-pc-linux-gnu, compiled by gcc"),
			 &pg_dialect_postgres);
	assert_ptr_equal(pg_dialect_of_version(NULL), &pg_dialect_postgres);
	assert_string_equal(rs->password_algorithm, "md5");
	assert_true(rs->folds_names);
	assert_false(pg_dialect_postgres.folds_names);
}

/* "md5" + md5(password + user name), as Redshift's CREATE USER takes it. */
static void test_redshift_password_hash(void **state)
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int n = 0;
	char want[36] = "md5";
	char *got;

	(void)state;
	EVP_Digest("s3cretloader", 12, md, &n, EVP_md5(), NULL);
	for (unsigned i = 0; i < n; i++)
		sprintf(want + 3 + 2 * i, "%02x", md[i]);
	got = PQencryptPasswordConn(offline, "s3cret", "loader", rs->password_algorithm);
	assert_non_null(got);
	assert_string_equal(got, want);
	assert_int_equal(strlen(got), 35);
	PQfreemem(got);
}

static void test_redshift_users_groups_roles(void **state)
{
	struct pg_role_options want = { .kind = PG_KIND_USER, .login = true, .createdb = true,
					.connection_limit = 5, .valid_until = "2030-01-01" };
	struct pg_role_options have;
	struct sqlbuf b;

	(void)state;
	/* CREATE USER name PASSWORD { 'md5hash' | DISABLE } [ option ... ] */
	sql_init(&b, offline);
	assert_true(rs->role(&b, HOSTILE, &want, NULL, "md5e5e28e9e4e1c5f2f3f0b0a3b1b6c0d2a"));
	assert_rs_sql(&b, "CREATE USER " HOSTILE_QUOTED " PASSWORD "
		      "'md5e5e28e9e4e1c5f2f3f0b0a3b1b6c0d2a' VALID UNTIL '2030-01-01' CREATEDB "
		      "CONNECTION LIMIT 5");
	struct pg_role_options plain = { .kind = PG_KIND_USER, .login = true, .superuser = true,
					 .connection_limit = -1 };
	sql_init(&b, offline);
	assert_true(rs->role(&b, "etl", &plain, NULL, NULL));
	assert_rs_sql(&b, "CREATE USER \"etl\" PASSWORD DISABLE CREATEUSER");

	/* ALTER USER name option, one statement per changed option. */
	have = want;
	want.createdb = false;
	want.connection_limit = -1;
	want.valid_until = NULL;
	sql_init(&b, offline);
	assert_true(rs->role(&b, "u", &want, &have, "md5abc"));
	assert_rs_sql(&b, "ALTER USER \"u\" NOCREATEDB; ALTER USER \"u\" CONNECTION LIMIT UNLIMITED; "
		      "ALTER USER \"u\" PASSWORD 'md5abc' VALID UNTIL 'infinity'");
	have = want;
	want.superuser = true;
	sql_init(&b, offline);
	assert_true(rs->role(&b, "u", &want, &have, ""));
	assert_rs_sql(&b, "ALTER USER \"u\" CREATEUSER; ALTER USER \"u\" PASSWORD DISABLE");
	have = want;
	sql_init(&b, offline);
	assert_false(rs->role(&b, "u", &want, &have, NULL));
	assert_sql(&b, "");
	sql_init(&b, offline);
	rs->drop_role(&b, PG_KIND_USER, "u");
	assert_rs_sql(&b, "DROP USER IF EXISTS \"u\"");

	/* CREATE GROUP; ALTER GROUP ... ADD USER / DROP USER; DROP GROUP */
	struct pg_role_options group = { .kind = PG_KIND_GROUP, .connection_limit = -1 };
	sql_init(&b, offline);
	assert_true(rs->role(&b, HOSTILE, &group, NULL, NULL));
	assert_rs_sql(&b, "CREATE GROUP " HOSTILE_QUOTED);
	sql_init(&b, offline);
	assert_false(rs->role(&b, "g", &group, &group, NULL));
	sql_release(&b);
	sql_init(&b, offline);
	rs->membership(&b, true, "readers", PG_GRANTEE_GROUP, HOSTILE, PG_KIND_USER);
	assert_rs_sql(&b, "ALTER GROUP \"readers\" ADD USER " HOSTILE_QUOTED);
	sql_init(&b, offline);
	rs->membership(&b, false, "readers", PG_GRANTEE_GROUP, "u", PG_KIND_USER);
	assert_rs_sql(&b, "ALTER GROUP \"readers\" DROP USER \"u\"");
	sql_init(&b, offline);
	rs->drop_role(&b, PG_KIND_GROUP, "readers");
	assert_rs_sql(&b, "DROP GROUP \"readers\"");

	/* CREATE ROLE; GRANT ROLE r TO user | ROLE r2; REVOKE ROLE; DROP ROLE */
	struct pg_role_options role = { .kind = PG_KIND_ROLE, .connection_limit = -1 };
	sql_init(&b, offline);
	assert_true(rs->role(&b, "analyst", &role, NULL, NULL));
	assert_rs_sql(&b, "CREATE ROLE \"analyst\"");
	sql_init(&b, offline);
	rs->membership(&b, true, "analyst", PG_GRANTEE_ROLE, "u", PG_KIND_USER);
	assert_rs_sql(&b, "GRANT ROLE \"analyst\" TO \"u\"");
	sql_init(&b, offline);
	rs->membership(&b, false, "analyst", PG_GRANTEE_ROLE, "lead", PG_KIND_ROLE);
	assert_rs_sql(&b, "REVOKE ROLE \"analyst\" FROM ROLE \"lead\"");
	sql_init(&b, offline);
	rs->drop_role(&b, PG_KIND_ROLE, "analyst");
	assert_rs_sql(&b, "DROP ROLE \"analyst\"");
}

static void assert_role_refused(const struct pg_role_options *o, bool password, bool members,
				const char *msg)
{
	struct strbuf err = STRBUF_INIT;

	assert_int_equal(pg_dialect_check_role(rs, "x", o, password, members, &err), -1);
	assert_string_equal(err.buf, msg);
	strbuf_release(&err);
	/* PostgreSQL takes all of them. */
	assert_int_equal(pg_dialect_check_role(&pg_dialect_postgres, "x", o, password, members,
					       &err), 0);
}

static void test_redshift_role_options_refused(void **state)
{
	struct pg_role_options user = { .kind = PG_KIND_USER, .login = true, .connection_limit = -1 };
	struct pg_role_options o;
	struct strbuf err = STRBUF_INIT;

	(void)state;
	assert_int_equal(pg_dialect_check_role(rs, "x", &user, true, true, &err), 0);
	o = user;
	o.createrole = true;
	assert_role_refused(&o, true, false, "postgres.role \"x\": Redshift has no createrole "
			    "(Redshift grants it as a system permission to a role)");
	o = user;
	o.no_inherit = true;
	assert_role_refused(&o, true, false, "postgres.role \"x\": Redshift has no inherit: false");
	o = user;
	o.valid_until = "2030-01-01";
	assert_role_refused(&o, false, false, "postgres.role \"x\": Redshift has no valid_until "
			    "without a password (Redshift sets it with PASSWORD)");
	struct pg_role_options group = { .kind = PG_KIND_GROUP, .connection_limit = -1 };
	assert_role_refused(&group, true, false, "postgres.role \"x\": Redshift has no superuser, "
			    "createdb, connection_limit, valid_until or password (only a user, "
			    "login: true, has them)");
	assert_role_refused(&group, false, true, "postgres.role \"x\": Redshift has no member_of "
			    "(a group cannot be a member of anything)");
	struct pg_role_options role = { .kind = PG_KIND_ROLE, .connection_limit = -1 };
	assert_int_equal(pg_dialect_check_role(rs, "x", &role, false, true, &err), 0);
	strbuf_release(&err);
}

static void test_redshift_databases_and_schemas(void **state)
{
	struct sqlbuf b;

	(void)state;
	assert_string_equal(rs->sole_encoding, "UTF8");
	/* CREATE DATABASE name [ OWNER db_owner ] [ CONNECTION LIMIT n ] */
	sql_init(&b, offline);
	rs->create_database(&b, HOSTILE, "o'wner", "UTF8", -1);
	assert_rs_sql(&b, "CREATE DATABASE " HOSTILE_QUOTED " OWNER \"o'wner\"");
	sql_init(&b, offline);
	rs->create_database(&b, "w", NULL, "UTF8", 5);
	assert_rs_sql(&b, "CREATE DATABASE \"w\" CONNECTION LIMIT 5");
	/* ALTER DATABASE name CONNECTION LIMIT { limit | UNLIMITED } */
	sql_init(&b, offline);
	rs->alter_database_limit(&b, "w", -1);
	assert_rs_sql(&b, "ALTER DATABASE \"w\" CONNECTION LIMIT UNLIMITED");
	sql_init(&b, offline);
	rs->alter_database_limit(&b, "w", 7);
	assert_rs_sql(&b, "ALTER DATABASE \"w\" CONNECTION LIMIT 7");
	sql_init(&b, offline);
	rs->drop_database(&b, "w", true);
	assert_rs_sql(&b, "DROP DATABASE \"w\"");

	/* CREATE EXTERNAL SCHEMA ... FROM DATA CATALOG DATABASE ... IAM_ROLE */
	sql_init(&b, offline);
	pg_sql_create_external_schema(&b, "spectrum", "music_lake",
				      "arn:aws:iam::123456789012:role/redshift-spectrum", true);
	assert_rs_sql(&b, "CREATE EXTERNAL SCHEMA \"spectrum\" FROM DATA CATALOG DATABASE "
		      "'music_lake' IAM_ROLE 'arn:aws:iam::123456789012:role/redshift-spectrum' "
		      "CREATE EXTERNAL DATABASE IF NOT EXISTS");
	sql_init(&b, offline);
	pg_sql_create_external_schema(&b, HOSTILE, "d'b", "arn", false);
	assert_rs_sql(&b, "CREATE EXTERNAL SCHEMA " HOSTILE_QUOTED " FROM DATA CATALOG DATABASE "
		      "'d''b' IAM_ROLE 'arn'");
	/* Plain schemas are spelled alike. */
	sql_init(&b, offline);
	pg_sql_create_schema(&b, "marts", "dbt");
	assert_rs_sql(&b, "CREATE SCHEMA \"marts\" AUTHORIZATION \"dbt\"");
	sql_init(&b, offline);
	pg_sql_drop_schema(&b, "marts", false);
	assert_rs_sql(&b, "DROP SCHEMA IF EXISTS \"marts\" RESTRICT");
}

static void test_redshift_grants(void **state)
{
	json_t *privs = json_pack("[s, s]", "SELECT", "INSERT");
	struct sqlbuf b;

	(void)state;
	/* TO { username | ROLE role_name | GROUP group_name | PUBLIC } */
	sql_init(&b, offline);
	pg_sql_grant_to(&b, true, PG_ON_TABLES, "dev", "marts", privs,
			rs->grantee_keyword[PG_GRANTEE_GROUP], "readers");
	assert_rs_sql(&b, "GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA \"marts\" TO GROUP "
		      "\"readers\"");
	sql_init(&b, offline);
	pg_sql_grant_to(&b, false, PG_ON_SCHEMA, "dev", "marts", privs,
			rs->grantee_keyword[PG_GRANTEE_ROLE], "analyst");
	assert_rs_sql(&b, "REVOKE SELECT, INSERT ON SCHEMA \"marts\" FROM ROLE \"analyst\"");
	sql_init(&b, offline);
	pg_sql_grant_to(&b, true, PG_ON_DATABASE, "dev", NULL, privs,
			rs->grantee_keyword[PG_GRANTEE_USER], "etl");
	assert_rs_sql(&b, "GRANT SELECT, INSERT ON DATABASE \"dev\" TO \"etl\"");
	sql_init(&b, offline);
	pg_sql_grant_to(&b, true, PG_ON_TABLES, "dev", "marts", privs,
			rs->grantee_keyword[PG_GRANTEE_PUBLIC], "public");
	assert_rs_sql(&b, "GRANT SELECT, INSERT ON ALL TABLES IN SCHEMA \"marts\" TO PUBLIC");
	sql_init(&b, offline);
	pg_sql_default_privileges_to(&b, true, PG_ON_TABLES, "marts", privs,
				     rs->grantee_keyword[PG_GRANTEE_GROUP], "readers");
	assert_rs_sql(&b, "ALTER DEFAULT PRIVILEGES IN SCHEMA \"marts\" GRANT SELECT, INSERT ON "
		      "TABLES TO GROUP \"readers\"");
	json_t *exec = json_pack("[s]", "EXECUTE");
	sql_init(&b, offline);
	pg_sql_default_privileges_to(&b, false, PG_ON_FUNCTIONS, "marts", exec,
				     rs->grantee_keyword[PG_GRANTEE_ROLE], "analyst");
	assert_rs_sql(&b, "ALTER DEFAULT PRIVILEGES IN SCHEMA \"marts\" REVOKE EXECUTE ON "
		      "FUNCTIONS FROM ROLE \"analyst\"");
	json_decref(exec);
	json_decref(privs);

	/* What Redshift has on each object: no CONNECT, TRIGGER, TRUNCATE, no
	 * sequences. */
	assert_string_equal(rs->privileges[PG_ON_DATABASE][0], "CREATE");
	assert_string_equal(rs->privileges[PG_ON_DATABASE][1], "TEMPORARY");
	assert_null(rs->privileges[PG_ON_DATABASE][2]);
	assert_null(rs->privileges[PG_ON_SEQUENCES]);
	for (size_t i = 0; rs->privileges[PG_ON_TABLES][i]; i++) {
		assert_string_not_equal(rs->privileges[PG_ON_TABLES][i], "TRIGGER");
		assert_string_not_equal(rs->privileges[PG_ON_TABLES][i], "TRUNCATE");
	}
	/* PostgreSQL writes no keyword before a grantee. */
	for (int k = PG_GRANTEE_PUBLIC; k <= PG_GRANTEE_GROUP; k++)
		assert_null(pg_dialect_postgres.grantee_keyword[k]);
}

static void test_redshift_migration_history(void **state)
{
	struct sqlbuf b;

	(void)state;
	assert_string_equal(rs->history_columns,
			    " (name VARCHAR(256) NOT NULL PRIMARY KEY, sha256 CHAR(64) NOT NULL, "
			    "applied_at TIMESTAMP NOT NULL DEFAULT GETDATE())");
	assert_string_equal(rs->history_now, "GETDATE()");
	/* LOCK [ TABLE ] table_name, inside the file's transaction. */
	sql_init(&b, offline);
	pg_sql_history_lock(&b, rs, HOSTILE, "terrace_migrations");
	assert_rs_sql(&b, "LOCK " HOSTILE_QUOTED ".terrace_migrations");
	sql_init(&b, offline);
	pg_sql_history_lock(&b, &pg_dialect_postgres, "public", "terrace_migrations");
	assert_sql(&b, "SELECT pg_advisory_xact_lock(7316791248562010143)");
}

/* Every text of a dialect that is SQL, for the check below. */
static size_t dialect_texts(const struct pg_dialect *d, const char **out)
{
	size_t n = 0;

	out[n++] = d->history_columns;
	out[n++] = d->history_now;
	out[n++] = d->history_lock;
	out[n++] = d->read_role;
	out[n++] = d->read_member_of;
	out[n++] = d->read_database;
	out[n++] = d->grantee_kind;
	for (int on = PG_ON_DATABASE; on <= PG_ON_FUNCTIONS; on++) {
		out[n++] = d->read_privileges[0][on];
		out[n++] = d->read_privileges[1][on];
		out[n++] = d->count_objects[on];
		out[n++] = d->read_default_privileges[on];
	}
	out[n++] = d->read_external_schema;
	return n;
}

static void test_redshift_reads_have_no_postgres_only_sql(void **state)
{
	const char *texts[64];
	size_t n = dialect_texts(rs, texts), present = 0, flagged = 0;

	(void)state;
	for (size_t i = 0; i < n; i++) {
		if (!texts[i])
			continue;
		present++;
		assert_redshift_text(texts[i]);
	}
	/* Every read Redshift has: none for sequences (4), and no object count
	 * or default privileges for a database or schema (4). */
	assert_int_equal(present, n - 8);
	assert_non_null(strstr(rs->read_role, "pg_user_info"));
	assert_non_null(strstr(rs->read_role, "pg_group"));
	assert_non_null(strstr(rs->read_role, "svv_roles"));
	assert_non_null(strstr(rs->read_privileges[0][PG_ON_SCHEMA], "svv_schema_privileges"));
	assert_non_null(strstr(rs->read_privileges[1][PG_ON_SCHEMA], "has_schema_privilege"));
	assert_non_null(strstr(rs->read_privileges[1][PG_ON_TABLES], "has_table_privilege"));
	assert_non_null(strstr(rs->read_default_privileges[PG_ON_TABLES],
			       "svv_default_privileges"));
	assert_non_null(strstr(rs->read_database, "pg_database_info"));
	/* SVV_DATABASE_PRIVILEGES writes TEMP for what GRANT calls TEMPORARY. */
	assert_non_null(strstr(rs->read_privileges[0][PG_ON_DATABASE],
			       "WHEN privilege_type = 'TEMP' THEN 'TEMPORARY'"));
	/* The check finds what it looks for: PostgreSQL's texts hold it. */
	n = dialect_texts(&pg_dialect_postgres, texts);
	for (size_t i = 0; i < n; i++)
		if (texts[i] && postgres_only_in(texts[i]))
			flagged++;
	assert_true(flagged >= 12);
	assert_null(pg_dialect_postgres.read_external_schema);
	assert_false(pg_dialect_postgres.has_external_schemas);
}

/* Before DROP ROLE, PostgreSQL releases what the role owns and holds in
 * each database where pg_shdepend says it has any; Redshift has no such
 * statements or catalog, and its dialect names none. */
static void test_role_release(void **state)
{
	struct sqlbuf b;

	(void)state;
	sql_init(&b, offline);
	pg_dialect_postgres.release_owned(&b, HOSTILE);
	assert_sql(&b, "REASSIGN OWNED BY " HOSTILE_QUOTED " TO CURRENT_USER; DROP OWNED BY "
		   HOSTILE_QUOTED);
	assert_non_null(strstr(pg_dialect_postgres.role_databases, "pg_shdepend"));
	assert_non_null(postgres_only_in(pg_dialect_postgres.role_databases));
	assert_non_null(postgres_only_in("DROP OWNED BY \"x\""));
	assert_null(rs->release_owned);
	assert_null(rs->role_databases);
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

/* postgres.sql's plan_desired: the files' checksums from the folder, and a
 * file the history holds with another checksum, or no longer there, is
 * refused when prior (what the refresh read) is the history desired
 * writes to; with no prior, or another history's, nothing is refused. */
static void test_sql_plan_desired_reads_prior(void **state)
{
	const struct resource_type *rt = resource_type_find("postgres.sql", NULL);
	char dir[] = "/tmp/test_postgres_sql.XXXXXX";
	struct strbuf err = STRBUF_INIT;

	(void)state;
	assert_non_null(mkdtemp(dir));
	char *file = xasprintf("%s/001_init.sql", dir);
	FILE *f = fopen(file, "w");
	assert_non_null(f);
	fputs("CREATE TABLE t (id int);\n", f);
	fclose(f);
	json_t *desired = json_pack("{s:s}", "source", dir);
	json_t *edited = json_pack("{s:s, s:s, s:{s:s}}", "database", "lake", "history_schema",
				   "public", "migrations", "001_init.sql", "0123abcd");
	json_t *removed = json_pack("{s:s, s:s, s:{s:s}}", "database", "lake", "history_schema",
				    "public", "migrations", "000_gone.sql", "0123abcd");
	json_t *elsewhere = json_pack("{s:s, s:s, s:{s:s}}", "database", "lake",
				      "history_schema", "ops", "migrations", "001_init.sql",
				      "0123abcd");

	assert_int_equal(rt->plan_desired(desired, edited, &err), -1);
	assert_non_null(strstr(err.buf, "migration 001_init.sql was applied with sha256 "
				        "0123abcd, but the file now has sha256 "));
	strbuf_reset(&err);
	assert_int_equal(rt->plan_desired(desired, removed, &err), -1);
	assert_non_null(strstr(err.buf, "migration 000_gone.sql was applied (sha256 0123abcd) "
				        "but is no longer in "));
	strbuf_reset(&err);
	assert_int_equal(rt->plan_desired(desired, elsewhere, &err), 0);
	assert_int_equal(rt->plan_desired(desired, NULL, &err), 0);
	assert_int_equal(err.len, 0);
	assert_true(json_is_string(json_object_get(json_object_get(desired, "migrations"),
						   "001_init.sql")));
	json_decref(desired);
	json_decref(edited);
	json_decref(removed);
	json_decref(elsewhere);
	strbuf_release(&err);
	free(file);
	remove_tree(dir);
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
		cmocka_unit_test(test_sql_plan_desired_reads_prior),
		cmocka_unit_test(test_dialect_choice),
		cmocka_unit_test(test_redshift_password_hash),
		cmocka_unit_test(test_redshift_users_groups_roles),
		cmocka_unit_test(test_redshift_role_options_refused),
		cmocka_unit_test(test_redshift_databases_and_schemas),
		cmocka_unit_test(test_redshift_grants),
		cmocka_unit_test(test_redshift_migration_history),
		cmocka_unit_test(test_redshift_reads_have_no_postgres_only_sql),
		cmocka_unit_test(test_role_release),
	};
	return cmocka_run_group_tests(tests, setup, teardown);
}
