/*
 * postgres.h: the parts of the postgres provider its files share — the
 * client (client.c), the SQL text builders (sql.c) and the resource types.
 *
 * The client keeps one libpq connection per database it has used, each
 * behind its own mutex: a session is one database's connection held by one
 * thread from pg_session_open to pg_session_close. A connection found dead
 * when a session opens is made again. Every failure message reads
 *
 *   postgres DATABASE: WHAT: server message (detail)
 *
 * where WHAT names the statement ("CREATE SCHEMA \"x\"") and never carries a
 * value that may be secret: statements that hold one (a role's password)
 * are described, never quoted.
 *
 * SQL text is built with struct sqlbuf: keywords go in as text, names only
 * through PQescapeIdentifier (sql_ident) and values only through
 * PQescapeLiteral (sql_literal) or as query parameters.
 */
#ifndef TERRACE_POSTGRES_H
#define TERRACE_POSTGRES_H

#include <jansson.h>
#include <libpq-fe.h>
#include <stdbool.h>

#include "provider/provider.h"
#include "provider/base/strbuf.h"

/* ---- the client (client.c) ---- */

struct pg_client;

struct pg_settings {
	const char *host;             /* also the name TLS verifies through a tunnel */
	int port;
	const char *database;         /* the provider's default database */
	const char *username;         /* NULL: libpq's default (the OS user) */
	const char *password;         /* sensitive; NULL: libpq's default (.pgpass) */
	const char *sslmode;
	int connect_timeout;
	const char *application_name;
	const json_t *tunnel;         /* an ssh connection block, or NULL */
};

/* Connect to the default database (opening the tunnel first when one is
 * configured), so a wrong address or password fails before any change. */
int pg_client_new(const struct pg_settings *s, struct pg_client **out, struct strbuf *err);
void pg_client_free(struct pg_client *c);
const char *pg_client_default_database(const struct pg_client *c);

/* Close the client's connection to a database (before DROP DATABASE, which
 * refuses a database with sessions). Waits for a session using it. */
void pg_client_disconnect(struct pg_client *c, const char *database);

struct pg_db;
struct sqlbuf;
struct pg_session {
	struct pg_client *client;
	struct pg_db *db;
	PGconn *conn;
	const char *database;         /* borrowed from the client */
	char sqlstate[6];             /* SQLSTATE of the last failure, "" if none */
};

/* Lock the connection to `database` (NULL: the default one), connecting or
 * reconnecting as needed. On success pg_session_close must follow. */
int pg_session_open(struct pg_client *c, const char *database, struct pg_session *s,
		    struct strbuf *err);
void pg_session_close(struct pg_session *s);

/*
 * Run SQL. `what` names it in messages. pg_exec takes a statement without
 * parameters (several statements are allowed); pg_query a single one with
 * text parameters, and gives the result to the caller (PQclear it) when
 * res is not NULL. Both return 0 or -1 with the message in err and the
 * SQLSTATE in s->sqlstate. Read-only statements (read_only) are sent again
 * once on a fresh connection when the first one was lost.
 */
int pg_exec(struct pg_session *s, const char *what, const char *sql, struct strbuf *err);
int pg_query(struct pg_session *s, const char *what, const char *sql, int n_params,
	     const char *const *params, bool read_only, PGresult **res, struct strbuf *err);
/* pg_exec of a built statement, which it releases. */
int pg_exec_sql(struct pg_session *s, const char *what, struct sqlbuf *b, struct strbuf *err);
/* Append the message for a failed result (or a lost connection when res
 * is NULL) and set s->sqlstate. */
void pg_add_error(struct pg_session *s, const char *what, const PGresult *res,
		  struct strbuf *err);
/* A query whose one cell is a boolean (SELECT EXISTS (...)): 1 when true,
 * 0 when false, -1 on error. */
int pg_exists(struct pg_session *s, const char *what, const char *sql, int n_params,
	      const char *const *params, struct strbuf *err);
/* Whether `database` exists (asked on a session to the default database,
 * so a missing one is no error): 1, 0, or -1 on error. */
int pg_database_exists(struct pg_client *c, const char *database, struct strbuf *err);

/* The text of one result cell, "" for NULL. */
const char *pg_cell(const PGresult *r, int row, int col);

/* SQLSTATEs terrace reacts to. */
#define PG_DUPLICATE_DATABASE "42P04"
#define PG_DUPLICATE_OBJECT   "42710"
#define PG_DUPLICATE_SCHEMA   "42P06"
#define PG_DEPENDENT_OBJECTS  "2BP01"
#define PG_OBJECT_IN_USE      "55006"

/* ---- SQL text (sql.c) ---- */

struct sqlbuf {
	struct strbuf sql;
	PGconn *conn;       /* for the escaping rules (client encoding) */
	bool bad;           /* a name or value could not be escaped */
};

void sql_init(struct sqlbuf *b, PGconn *conn);
void sql_release(struct sqlbuf *b);
void sql_add(struct sqlbuf *b, const char *keywords);   /* SQL text, never a value */
void sql_ident(struct sqlbuf *b, const char *name);     /* "name" */
void sql_literal(struct sqlbuf *b, const char *value);  /* 'value' */
void sql_int(struct sqlbuf *b, long long n);
/* The SQL text, or NULL (with a message naming `subject`) when a name or
 * value was not valid in the client encoding. */
const char *sql_text(struct sqlbuf *b, const char *subject, struct strbuf *err);

/* "VERB \"name\"" for messages (CREATE SCHEMA "x"); a new string. */
char *pg_describe(PGconn *conn, const char *verb, const char *name);

/* CREATE DATABASE "name" [OWNER "owner"] TEMPLATE template0 ENCODING '...'
 * CONNECTION LIMIT n */
void pg_sql_create_database(struct sqlbuf *b, const char *name, const char *owner,
			    const char *encoding, long long connection_limit);
/* DROP DATABASE IF EXISTS "name" [WITH (FORCE)] */
void pg_sql_drop_database(struct sqlbuf *b, const char *name, bool force);

/* Role options, as the attributes of postgres.role. */
struct pg_role_options {
	bool login, superuser, createdb, createrole;
	bool replication, bypass_rls;  /* off unless set */
	bool no_inherit;               /* NOINHERIT; a role inherits by default */
	long long connection_limit;    /* -1: no limit */
	const char *valid_until;       /* NULL: none (no expiry) */
};

/*
 * CREATE ROLE "name" WITH ... (have NULL), or ALTER ROLE "name" WITH only the
 * options in which want differs from have (a role without superuser rights
 * may not even name SUPERUSER). password: the SCRAM verifier to store, ""
 * for PASSWORD NULL, NULL to leave the password alone. Returns false when
 * an ALTER would change nothing (b is left empty).
 */
bool pg_sql_role(struct sqlbuf *b, const char *name, const struct pg_role_options *want,
		 const struct pg_role_options *have, const char *password);
/* GRANT "role" TO "member" / REVOKE "role" FROM "member" */
void pg_sql_membership(struct sqlbuf *b, bool grant, const char *role, const char *member);
/* CREATE SCHEMA "name" [AUTHORIZATION "owner"] */
void pg_sql_create_schema(struct sqlbuf *b, const char *name, const char *owner);
void pg_sql_drop_schema(struct sqlbuf *b, const char *name, bool cascade);

enum pg_grant_object { PG_ON_DATABASE, PG_ON_SCHEMA, PG_ON_TABLES, PG_ON_SEQUENCES,
		       PG_ON_FUNCTIONS };
/* Whether `on` is every object of a kind in a schema (tables, sequences,
 * functions), which default privileges can cover too. */
#define PG_ON_ALL_IN_SCHEMA(on) ((on) >= PG_ON_TABLES)
/* "database", "schema", "table", "sequence", "function"; -1 when none. */
int pg_grant_object_parse(const char *s);
/*
 * The privileges of a grant as a sorted list without duplicates, upper
 * case, TEMP spelled TEMPORARY and ALL expanded to what ALL means for the
 * object type. NULL with a message naming the privilege and the valid ones.
 */
json_t *pg_privileges_normalize(enum pg_grant_object on, const json_t *list, struct strbuf *err);
/* GRANT privs ON DATABASE "d" | SCHEMA "s" | ALL TABLES IN SCHEMA "s" TO role
 * (REVOKE ... FROM); role "public" is the PUBLIC pseudo-role. */
void pg_sql_grant(struct sqlbuf *b, bool grant, enum pg_grant_object on, const char *database,
		  const char *schema, const json_t *privileges, const char *role);
/* ALTER DEFAULT PRIVILEGES IN SCHEMA "s" GRANT privs ON TABLES | SEQUENCES |
 * FUNCTIONS TO role (or REVOKE) */
void pg_sql_default_privileges(struct sqlbuf *b, bool grant, enum pg_grant_object on,
			       const char *schema, const json_t *privileges, const char *role);
/* TABLES, SEQUENCES or FUNCTIONS for the PG_ON_ALL_IN_SCHEMA kinds. */
const char *pg_grant_plural(enum pg_grant_object on);

/* ---- helpers for the resource types ---- */

bool pg_attr_bool(const json_t *o, const char *name);

/* ---- resource types ---- */

#define RESOURCE_TYPE(name) extern const struct resource_type name;
#include "provider/postgres/types.def"
#undef RESOURCE_TYPE

#endif
