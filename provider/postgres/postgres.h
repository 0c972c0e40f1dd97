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
struct pg_dialect;

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
	const char *engine;           /* "auto" (NULL), "postgres" or "redshift" */
};

/* Connect to the default database (opening the tunnel first when one is
 * configured), so a wrong address or password fails before any change. */
int pg_client_new(const struct pg_settings *s, struct pg_client **out, struct strbuf *err);
void pg_client_free(struct pg_client *c);
const char *pg_client_default_database(const struct pg_client *c);
/* The dialect the server speaks: set on the provider, or read from its
 * version() when the provider says auto (dialect.c). */
const struct pg_dialect *pg_client_dialect(const struct pg_client *c);

/* Close the client's connection to a database and keep every session
 * from opening one until pg_client_release (DROP DATABASE refuses a
 * database with sessions, and another resource's delete, a role's, may
 * want one meanwhile: it waits, then finds the database gone). Waits for a
 * session using it. The default database is closed but not held (the
 * holder's own sessions go there): NULL then. */
struct pg_db *pg_client_hold(struct pg_client *c, const char *database);
void pg_client_release(struct pg_db *held);

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
#define PG_INVALID_CATALOG    "3D000" /* no such database */

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

/* What a role is made as: PostgreSQL has roles only; Redshift has users
 * (who log in), groups and roles. */
enum pg_role_kind { PG_KIND_ROLE, PG_KIND_USER, PG_KIND_GROUP };

/* Role options, as the attributes of postgres.role. */
struct pg_role_options {
	enum pg_role_kind kind;
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
/* DROP ROLE IF EXISTS "name" */
void pg_sql_drop_role(struct sqlbuf *b, const char *name);
/* REASSIGN OWNED BY "name" TO CURRENT_USER; DROP OWNED BY "name": what the
 * role owns in the session's database goes to the role terrace connects
 * as, and its privileges there (default privileges included) and on shared
 * objects are revoked, as PostgreSQL documents before DROP ROLE ("Dropping
 * Roles"), run in each database where it has any. */
void pg_sql_release_owned(struct sqlbuf *b, const char *name);
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
 * (REVOKE ... FROM); role "public" is the PUBLIC pseudo-role. The grantee
 * is written after `grantee_keyword` ("GROUP ", "ROLE ", or NULL for none:
 * Redshift names what a grantee is). */
void pg_sql_grant_to(struct sqlbuf *b, bool grant, enum pg_grant_object on, const char *database,
		     const char *schema, const json_t *privileges, const char *grantee_keyword,
		     const char *role);
void pg_sql_grant(struct sqlbuf *b, bool grant, enum pg_grant_object on, const char *database,
		  const char *schema, const json_t *privileges, const char *role);
/* ALTER DEFAULT PRIVILEGES IN SCHEMA "s" GRANT privs ON TABLES | SEQUENCES |
 * FUNCTIONS TO role (or REVOKE) */
void pg_sql_default_privileges_to(struct sqlbuf *b, bool grant, enum pg_grant_object on,
				  const char *schema, const json_t *privileges,
				  const char *grantee_keyword, const char *role);
void pg_sql_default_privileges(struct sqlbuf *b, bool grant, enum pg_grant_object on,
			       const char *schema, const json_t *privileges, const char *role);
/* TABLES, SEQUENCES or FUNCTIONS for the PG_ON_ALL_IN_SCHEMA kinds. */
const char *pg_grant_plural(enum pg_grant_object on);

/* ---- the dialect (dialect.c) ---- */

/*
 * Everything that differs between PostgreSQL and Redshift, in one table per
 * engine: the statements that are spelled differently (builders) and the
 * catalog reads (SQL text with numbered parameters, documented per field).
 * The resource types never ask which engine it is; they ask the dialect.
 */
enum pg_grantee_kind { PG_GRANTEE_NONE = -1, PG_GRANTEE_PUBLIC, PG_GRANTEE_ROLE, PG_GRANTEE_USER,
		       PG_GRANTEE_GROUP };

struct pg_dialect {
	const char *name;                 /* "postgres" or "redshift" */
	const char *password_algorithm;   /* for PQencryptPasswordConn */
	bool folds_names;                 /* names are stored lower case, quoted or not */
	bool has_external_schemas;        /* CREATE EXTERNAL SCHEMA ... FROM DATA CATALOG */
	bool has_role_kinds;              /* users, groups and roles are apart */
	const char *sole_encoding;        /* the one encoding databases have, or NULL */
	/* The privileges each grant object has here (NULL: no such object). */
	const char *const *privileges[PG_ON_FUNCTIONS + 1];

	/* ---- statements ---- */
	void (*create_database)(struct sqlbuf *b, const char *name, const char *owner,
				const char *encoding, long long connection_limit);
	void (*alter_database_limit)(struct sqlbuf *b, const char *name, long long limit);
	void (*drop_database)(struct sqlbuf *b, const char *name, bool force);
	/* CREATE (have NULL) or ALTER, as pg_sql_role; false: nothing to do. */
	bool (*role)(struct sqlbuf *b, const char *name, const struct pg_role_options *want,
		     const struct pg_role_options *have, const char *password);
	void (*drop_role)(struct sqlbuf *b, enum pg_role_kind kind, const char *name);
	/* What a role's delete runs first in each database of role_databases
	 * (pg_sql_release_owned), or NULL: Redshift has neither REASSIGN OWNED
	 * nor DROP OWNED, and a user there with privileges left is refused
	 * by DROP USER, naming them. */
	void (*release_owned)(struct sqlbuf *b, const char *name);
	/* Make `member` (of member_kind) a member of `role` (of role_kind), or
	 * no longer one. */
	void (*membership)(struct sqlbuf *b, bool grant, const char *role,
			   enum pg_grantee_kind role_kind, const char *member,
			   enum pg_role_kind member_kind);
	/* The keyword a grantee of this kind is written after, or NULL. */
	const char *grantee_keyword[PG_GRANTEE_GROUP + 1];
	/* CREATE TABLE IF NOT EXISTS for the migration history (its name
	 * already in b is continued with the column list). */
	const char *history_columns;
	const char *history_now;          /* the current time in an UPDATE */
	/* The statement that keeps two runs from applying the same file, run
	 * right after BEGIN: the history table name is appended when it ends
	 * with a blank. */
	const char *history_lock;

	/* ---- catalog reads ---- */
	/* $1 role, $2 the valid_until last stored: one row of login, superuser,
	 * createdb, createrole, connection limit (-1 or UNLIMITED: none),
	 * valid_until (as $2 when the same instant), inherit, replication,
	 * bypass_rls, kind ("role", "user", "group"). */
	const char *read_role;
	/* $1 role: the databases in which it owns objects or holds
	 * privileges (default privileges too), one a row, the session's own
	 * for what it has on shared objects (databases); NULL with
	 * release_owned. */
	const char *role_databases;
	/* $1 role: the roles (groups) it is a member of, one a row. */
	const char *read_member_of;
	/* $1 database, $2 the encoding last stored: owner, encoding, connection
	 * limit, whether $2 names the database's encoding. */
	const char *read_database;
	/* $1 name: one row, "public", "role", "user", "group" or NULL. */
	const char *grantee_kind;
	/* $1 grantee, $2 database (object database) or schema, $3 grantee kind
	 * name: the privileges it holds, one a row; for the objects in a
	 * schema each with the number of objects that give it. Index [1] is
	 * used for a grantee that is a user, [0] for the others. */
	const char *read_privileges[2][PG_ON_FUNCTIONS + 1];
	/* $1 schema: how many objects of the kind it holds. */
	const char *count_objects[PG_ON_FUNCTIONS + 1];
	/* $1 grantee, $2 schema, $3 grantee kind name: the default privileges
	 * the connecting role's future objects give it. */
	const char *read_default_privileges[PG_ON_FUNCTIONS + 1];
	/* $1 schema: external database name and options (JSON), or no row. */
	const char *read_external_schema;
};

extern const struct pg_dialect pg_dialect_postgres;
extern const struct pg_dialect pg_dialect_redshift;

/* "auto" and NULL: NULL (ask the server); "postgres", "redshift": the
 * dialect; anything else: NULL with a message in err. */
int pg_dialect_by_name(const char *name, const struct pg_dialect **out, struct strbuf *err);
/* The dialect of a server by its version() text. */
const struct pg_dialect *pg_dialect_of_version(const char *version);
const struct pg_dialect *pg_session_dialect(const struct pg_session *s);
const char *pg_grantee_kind_name(enum pg_grantee_kind k);
/* What `name` is on the session's server (PG_GRANTEE_NONE: nothing);
 * "public" is PG_GRANTEE_PUBLIC. 0, or -1 with a message. */
int pg_grantee_kind_of(struct pg_session *s, const char *name, enum pg_grantee_kind *out,
		       struct strbuf *err);
enum pg_grantee_kind pg_grantee_kind_parse(const char *s);

/* CREATE EXTERNAL SCHEMA "s" FROM DATA CATALOG DATABASE 'db' IAM_ROLE 'arn'
 * [CREATE EXTERNAL DATABASE IF NOT EXISTS] (Redshift) */
void pg_sql_create_external_schema(struct sqlbuf *b, const char *name, const char *database,
				   const char *iam_role, bool create_database);
/* Whether the role options and password can be had here: -1 with a
 * message naming the role and the attribute when not. */
int pg_dialect_check_role(const struct pg_dialect *d, const char *name,
			  const struct pg_role_options *want, bool has_password, bool has_members,
			  struct strbuf *err);
/* The history table's lock statement for the dialect. */
void pg_sql_history_lock(struct sqlbuf *b, const struct pg_dialect *d,
			 const char *history_schema, const char *table);

/* The privilege lists of PostgreSQL, by grant object (sql.c). */
extern const char *const pg_database_privileges[], *const pg_schema_privileges[],
	*const pg_table_privileges[], *const pg_sequence_privileges[],
	*const pg_function_privileges[];

/* ---- helpers for the resource types ---- */

bool pg_attr_bool(const json_t *o, const char *name);

/* ---- resource types ---- */

#define RESOURCE_TYPE(name) extern const struct resource_type name;
#include "provider/postgres/types.def"
#undef RESOURCE_TYPE

#endif
