/*
 * sql.c: the SQL text the postgres resource types send, built from names
 * and values that are always escaped by libpq (PQescapeIdentifier,
 * PQescapeLiteral), and the privilege lists of postgres.grant. Nothing here
 * talks to a server: the connection only lends its escaping rules, so the
 * unit tests check these builders with hostile names.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "provider/postgres/postgres.h"

void sql_init(struct sqlbuf *b, PGconn *conn)
{
	strbuf_init(&b->sql);
	b->conn = conn;
	b->bad = false;
}

void sql_release(struct sqlbuf *b)
{
	strbuf_release(&b->sql);
}

void sql_add(struct sqlbuf *b, const char *keywords)
{
	strbuf_addstr(&b->sql, keywords);
}

void sql_ident(struct sqlbuf *b, const char *name)
{
	char *q = name ? PQescapeIdentifier(b->conn, name, strlen(name)) : NULL;

	if (!q) {
		b->bad = true;
		return;
	}
	strbuf_addstr(&b->sql, q);
	PQfreemem(q);
}

void sql_literal(struct sqlbuf *b, const char *value)
{
	char *q = value ? PQescapeLiteral(b->conn, value, strlen(value)) : NULL;

	if (!q) {
		b->bad = true;
		return;
	}
	strbuf_addstr(&b->sql, q);
	PQfreemem(q);
}

void sql_int(struct sqlbuf *b, long long n)
{
	strbuf_addf(&b->sql, "%lld", n);
}

const char *sql_text(struct sqlbuf *b, const char *subject, struct strbuf *err)
{
	if (b->bad) {
		strbuf_addf(err, "postgres: %s: a name or value is not valid text in the "
			    "connection's encoding (UTF8)", subject);
		return NULL;
	}
	return b->sql.buf;
}

char *pg_describe(PGconn *conn, const char *verb, const char *name)
{
	struct sqlbuf b;
	char *out;

	sql_init(&b, conn);
	sql_add(&b, verb);
	sql_add(&b, " ");
	sql_ident(&b, name);
	out = b.bad ? xasprintf("%s (a name that is not valid UTF-8)", verb)
		    : xstrdup(b.sql.buf);
	sql_release(&b);
	return out;
}

void pg_sql_create_database(struct sqlbuf *b, const char *name, const char *owner,
			    const char *encoding, long long connection_limit)
{
	sql_add(b, "CREATE DATABASE ");
	sql_ident(b, name);
	if (owner && *owner) {
		sql_add(b, " OWNER ");
		sql_ident(b, owner);
	}
	/* template0: any encoding is allowed, and nothing added to template1
	 * comes along unasked. */
	sql_add(b, " TEMPLATE template0 ENCODING ");
	sql_literal(b, encoding && *encoding ? encoding : "UTF8");
	sql_add(b, " CONNECTION LIMIT ");
	sql_int(b, connection_limit);
}

void pg_sql_drop_database(struct sqlbuf *b, const char *name, bool force)
{
	sql_add(b, "DROP DATABASE IF EXISTS ");
	sql_ident(b, name);
	if (force)
		sql_add(b, " WITH (FORCE)");
}

static bool strings_differ(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "");
}

/* One boolean role option, when creating or when it changes. */
static void role_flag(struct sqlbuf *b, bool want, const bool *have, const char *yes,
		      const char *no, bool *any)
{
	if (have && *have == want)
		return;
	sql_add(b, " ");
	sql_add(b, want ? yes : no);
	*any = true;
}

bool pg_sql_role(struct sqlbuf *b, const char *name, const struct pg_role_options *want,
		 const struct pg_role_options *have, const char *password)
{
	bool any = have == NULL;
	size_t start = b->sql.len;

	sql_add(b, have ? "ALTER ROLE " : "CREATE ROLE ");
	sql_ident(b, name);
	sql_add(b, " WITH");
	role_flag(b, want->login, have ? &have->login : NULL, "LOGIN", "NOLOGIN", &any);
	role_flag(b, want->superuser, have ? &have->superuser : NULL, "SUPERUSER",
		  "NOSUPERUSER", &any);
	role_flag(b, want->createdb, have ? &have->createdb : NULL, "CREATEDB", "NOCREATEDB", &any);
	role_flag(b, want->createrole, have ? &have->createrole : NULL, "CREATEROLE",
		  "NOCREATEROLE", &any);
	/* Named on CREATE only when not the server's default: only a superuser
	 * may name REPLICATION or BYPASSRLS at all. */
	if (have || want->no_inherit)
		role_flag(b, want->no_inherit, have ? &have->no_inherit : NULL, "NOINHERIT",
			  "INHERIT", &any);
	if (have || want->replication)
		role_flag(b, want->replication, have ? &have->replication : NULL, "REPLICATION",
			  "NOREPLICATION", &any);
	if (have || want->bypass_rls)
		role_flag(b, want->bypass_rls, have ? &have->bypass_rls : NULL, "BYPASSRLS",
			  "NOBYPASSRLS", &any);
	if (!have || have->connection_limit != want->connection_limit) {
		sql_add(b, " CONNECTION LIMIT ");
		sql_int(b, want->connection_limit);
		any = true;
	}
	if (have ? strings_differ(want->valid_until, have->valid_until) : want->valid_until != NULL) {
		sql_add(b, " VALID UNTIL ");
		sql_literal(b, want->valid_until ? want->valid_until : "infinity");
		any = true;
	}
	if (password && *password) {
		sql_add(b, " PASSWORD ");
		sql_literal(b, password);
		any = true;
	} else if (password) {
		sql_add(b, " PASSWORD NULL");
		any = true;
	}
	if (!any)
		strbuf_setlen(&b->sql, start);
	return any;
}

void pg_sql_membership(struct sqlbuf *b, bool grant, const char *role, const char *member)
{
	sql_add(b, grant ? "GRANT " : "REVOKE ");
	sql_ident(b, role);
	sql_add(b, grant ? " TO " : " FROM ");
	sql_ident(b, member);
}

void pg_sql_drop_role(struct sqlbuf *b, const char *name)
{
	sql_add(b, "DROP ROLE IF EXISTS ");
	sql_ident(b, name);
}

void pg_sql_release_owned(struct sqlbuf *b, const char *name)
{
	sql_add(b, "REASSIGN OWNED BY ");
	sql_ident(b, name);
	sql_add(b, " TO CURRENT_USER; DROP OWNED BY ");
	sql_ident(b, name);
}

void pg_sql_create_schema(struct sqlbuf *b, const char *name, const char *owner)
{
	sql_add(b, "CREATE SCHEMA ");
	sql_ident(b, name);
	if (owner && *owner) {
		sql_add(b, " AUTHORIZATION ");
		sql_ident(b, owner);
	}
}

void pg_sql_drop_schema(struct sqlbuf *b, const char *name, bool cascade)
{
	sql_add(b, "DROP SCHEMA IF EXISTS ");
	sql_ident(b, name);
	sql_add(b, cascade ? " CASCADE" : " RESTRICT");
}

/* ---- grants ---- */

const char *const pg_database_privileges[] = { "CONNECT", "CREATE", "TEMPORARY", NULL };
const char *const pg_schema_privileges[] = { "CREATE", "USAGE", NULL };
const char *const pg_table_privileges[] = {
	"DELETE", "INSERT", "REFERENCES", "SELECT", "TRIGGER", "TRUNCATE", "UPDATE", NULL };
const char *const pg_sequence_privileges[] = { "SELECT", "UPDATE", "USAGE", NULL };
const char *const pg_function_privileges[] = { "EXECUTE", NULL };

static const char *const *valid_privileges(enum pg_grant_object on)
{
	switch (on) {
	case PG_ON_DATABASE: return pg_database_privileges;
	case PG_ON_SCHEMA: return pg_schema_privileges;
	case PG_ON_TABLES: return pg_table_privileges;
	case PG_ON_SEQUENCES: return pg_sequence_privileges;
	case PG_ON_FUNCTIONS: return pg_function_privileges;
	}
	return pg_table_privileges;
}

static const char *object_word(enum pg_grant_object on)
{
	switch (on) {
	case PG_ON_DATABASE: return "database";
	case PG_ON_SCHEMA: return "schema";
	case PG_ON_TABLES: return "table";
	case PG_ON_SEQUENCES: return "sequence";
	case PG_ON_FUNCTIONS: return "function";
	}
	return "?";
}

int pg_grant_object_parse(const char *s)
{
	if (!s)
		return -1;
	if (!strcmp(s, "database"))
		return PG_ON_DATABASE;
	if (!strcmp(s, "schema"))
		return PG_ON_SCHEMA;
	if (!strcmp(s, "table"))
		return PG_ON_TABLES;
	if (!strcmp(s, "sequence"))
		return PG_ON_SEQUENCES;
	if (!strcmp(s, "function"))
		return PG_ON_FUNCTIONS;
	return -1;
}

const char *pg_grant_plural(enum pg_grant_object on)
{
	switch (on) {
	case PG_ON_SEQUENCES: return "SEQUENCES";
	case PG_ON_FUNCTIONS: return "FUNCTIONS";
	default: return "TABLES";
	}
}

/* The canonical spelling of one privilege for `on`, or NULL. "ALL" is
 * returned as is. */
static const char *canonical_privilege(enum pg_grant_object on, const char *p)
{
	const char *const *valid = valid_privileges(on);

	if (!strcasecmp(p, "ALL") || !strcasecmp(p, "ALL PRIVILEGES"))
		return "ALL";
	if (on == PG_ON_DATABASE && !strcasecmp(p, "TEMP"))
		return "TEMPORARY";
	for (size_t i = 0; valid[i]; i++)
		if (!strcasecmp(p, valid[i]))
			return valid[i];
	return NULL;
}

static void add_valid_list(struct strbuf *err, enum pg_grant_object on)
{
	const char *const *valid = valid_privileges(on);

	for (size_t i = 0; valid[i]; i++)
		strbuf_addf(err, "%s%s", i ? ", " : "", valid[i]);
	strbuf_addstr(err, ", ALL");
}

json_t *pg_privileges_normalize(enum pg_grant_object on, const json_t *list, struct strbuf *err)
{
	json_t *names = json_array(), *out;
	size_t i;
	json_t *v;

	if (!json_is_array(list) || !json_array_size(list)) {
		strbuf_addf(err, "privileges must be a non-empty list (for a %s: ", object_word(on));
		add_valid_list(err, on);
		strbuf_addstr(err, ")");
		json_decref(names);
		return NULL;
	}
	json_array_foreach(list, i, v) {
		const char *p = json_is_string(v) ? canonical_privilege(on, json_string_value(v)) : NULL;

		if (!p) {
			strbuf_addf(err, "privilege %s%s%s is not valid on a %s (valid: ",
				    json_is_string(v) ? "\"" : "",
				    json_is_string(v) ? json_string_value(v) : value_kind(v),
				    json_is_string(v) ? "\"" : "", object_word(on));
			add_valid_list(err, on);
			strbuf_addstr(err, ")");
			json_decref(names);
			return NULL;
		}
		if (!strcmp(p, "ALL")) {
			const char *const *all = valid_privileges(on);

			for (size_t k = 0; all[k]; k++)
				json_array_append_new(names, json_string(all[k]));
		} else {
			json_array_append_new(names, json_string(p));
		}
	}
	out = value_string_set(names);
	json_decref(names);
	return out;
}

static void add_privileges(struct sqlbuf *b, const json_t *privileges)
{
	size_t i;
	json_t *v;

	/* Only the fixed keywords of the valid lists ever reach the text. */
	json_array_foreach(privileges, i, v) {
		const char *p = json_string_value(v);
		bool known = false;

		for (int on = PG_ON_DATABASE; on <= PG_ON_FUNCTIONS && !known; on++)
			if (p && canonical_privilege(on, p) && strcmp(canonical_privilege(on, p), "ALL"))
				known = true;
		if (!known) {
			b->bad = true;
			continue;
		}
		if (i)
			sql_add(b, ", ");
		sql_add(b, p);
	}
}

static void add_grantee(struct sqlbuf *b, const char *keyword, const char *role)
{
	if (role && !strcmp(role, "public")) {
		sql_add(b, "PUBLIC");
		return;
	}
	if (keyword)
		sql_add(b, keyword);
	sql_ident(b, role);
}

void pg_sql_grant(struct sqlbuf *b, bool grant, enum pg_grant_object on, const char *database,
		  const char *schema, const json_t *privileges, const char *role)
{
	pg_sql_grant_to(b, grant, on, database, schema, privileges, NULL, role);
}

void pg_sql_grant_to(struct sqlbuf *b, bool grant, enum pg_grant_object on, const char *database,
		     const char *schema, const json_t *privileges, const char *grantee_keyword,
		     const char *role)
{
	sql_add(b, grant ? "GRANT " : "REVOKE ");
	add_privileges(b, privileges);
	switch (on) {
	case PG_ON_DATABASE:
		sql_add(b, " ON DATABASE ");
		sql_ident(b, database);
		break;
	case PG_ON_SCHEMA:
		sql_add(b, " ON SCHEMA ");
		sql_ident(b, schema);
		break;
	case PG_ON_TABLES:
	case PG_ON_SEQUENCES:
	case PG_ON_FUNCTIONS:
		sql_add(b, " ON ALL ");
		sql_add(b, pg_grant_plural(on));
		sql_add(b, " IN SCHEMA ");
		sql_ident(b, schema);
		break;
	}
	sql_add(b, grant ? " TO " : " FROM ");
	add_grantee(b, grantee_keyword, role);
}

void pg_sql_default_privileges(struct sqlbuf *b, bool grant, enum pg_grant_object on,
			       const char *schema, const json_t *privileges, const char *role)
{
	pg_sql_default_privileges_to(b, grant, on, schema, privileges, NULL, role);
}

void pg_sql_default_privileges_to(struct sqlbuf *b, bool grant, enum pg_grant_object on,
				  const char *schema, const json_t *privileges,
				  const char *grantee_keyword, const char *role)
{
	sql_add(b, "ALTER DEFAULT PRIVILEGES IN SCHEMA ");
	sql_ident(b, schema);
	sql_add(b, grant ? " GRANT " : " REVOKE ");
	add_privileges(b, privileges);
	sql_add(b, " ON ");
	sql_add(b, pg_grant_plural(on));
	sql_add(b, grant ? " TO " : " FROM ");
	add_grantee(b, grantee_keyword, role);
}

/* ---- attribute helpers ---- */

bool pg_attr_bool(const json_t *o, const char *name)
{
	return json_is_true(value_get(o, name));
}

