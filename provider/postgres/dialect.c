/*
 * dialect.c: what the postgres provider says differently to PostgreSQL and
 * to Amazon Redshift, in one table per engine (struct pg_dialect, see
 * postgres.h), and which of the two a server is: the provider's `engine`
 * names it, or auto reads it from version(), which on Redshift reads
 * "PostgreSQL 8.0.2 on i686-pc-linux-gnu, ..., Redshift 1.0.NNNNN".
 *
 * The Redshift statements follow the Redshift SQL reference (CREATE USER,
 * ALTER USER, CREATE GROUP, ALTER GROUP, CREATE ROLE, GRANT ROLE, CREATE
 * DATABASE, CREATE EXTERNAL SCHEMA, LOCK, GRANT, ALTER DEFAULT PRIVILEGES)
 * and its catalog views (PG_USER_INFO, PG_GROUP, SVV_ROLES,
 * SVV_USER_GRANTS, SVV_ROLE_GRANTS, PG_DATABASE_INFO, SVV_*_PRIVILEGES,
 * SVV_DEFAULT_PRIVILEGES, SVV_EXTERNAL_SCHEMAS). None of them uses what
 * Redshift lacks: aclexplode, acldefault, pg_roles, advisory locks, SCRAM,
 * CREATE DATABASE ... TEMPLATE, timestamptz or now(). The unit test
 * test_postgres_sql checks every text here; no Redshift server was run.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "provider/postgres/postgres.h"

/* ---- PostgreSQL ---- */

static void pg_alter_database_limit(struct sqlbuf *b, const char *name, long long limit)
{
	sql_add(b, "ALTER DATABASE ");
	sql_ident(b, name);
	sql_add(b, " WITH CONNECTION LIMIT ");
	sql_int(b, limit);
}

static void pg_drop_role_any(struct sqlbuf *b, enum pg_role_kind kind, const char *name)
{
	(void)kind;
	pg_sql_drop_role(b, name);
}

static void pg_membership_any(struct sqlbuf *b, bool grant, const char *role,
			      enum pg_grantee_kind role_kind, const char *member,
			      enum pg_role_kind member_kind)
{
	(void)role_kind;
	(void)member_kind;
	pg_sql_membership(b, grant, role, member);
}

/* The SQL that selects the grantee's oid from parameter $1. */
#define GRANTEE_OID "(CASE WHEN $1 = 'public' THEN 0::oid " \
		    "ELSE (SELECT oid FROM pg_roles WHERE rolname = $1) END)"
#define PG_RELATIONS "c.relkind IN ('r', 'p', 'v', 'm', 'f')"
#define PG_OBJECTS_IN(acl, from, where)                                                    \
	"SELECT a.privilege_type, count(DISTINCT o.oid) FROM " from ", aclexplode(" acl ") a " \
	"WHERE n.nspname = $2 AND " where " AND a.grantee = " GRANTEE_OID " AND $3 = $3 "      \
	"GROUP BY 1"
#define PG_CLASS "pg_class o JOIN pg_namespace n ON n.oid = o.relnamespace"
#define PG_PROC "pg_proc o JOIN pg_namespace n ON n.oid = o.pronamespace"
#define PG_DEFAULTS(objtype)                                                             \
	"SELECT a.privilege_type FROM pg_default_acl d "                                 \
	"JOIN pg_namespace n ON n.oid = d.defaclnamespace, aclexplode(d.defaclacl) a "   \
	"WHERE n.nspname = $2 AND d.defaclobjtype = '" objtype "' "                      \
	"AND d.defaclrole = (SELECT oid FROM pg_roles WHERE rolname = current_user) "    \
	"AND a.grantee = " GRANTEE_OID " AND $3 = $3"

static const char *const pg_read_database_privileges =
	"SELECT a.privilege_type FROM pg_database d, "
	"aclexplode(COALESCE(d.datacl, acldefault('d', d.datdba))) a "
	"WHERE d.datname = $2 AND a.grantee = " GRANTEE_OID " AND $3 = $3";
static const char *const pg_read_schema_privileges =
	"SELECT a.privilege_type FROM pg_namespace n, "
	"aclexplode(COALESCE(n.nspacl, acldefault('n', n.nspowner))) a "
	"WHERE n.nspname = $2 AND a.grantee = " GRANTEE_OID " AND $3 = $3";
static const char *const pg_read_table_privileges =
	PG_OBJECTS_IN("COALESCE(o.relacl, acldefault('r', o.relowner))", PG_CLASS,
		      "o.relkind IN ('r', 'p', 'v', 'm', 'f')");
static const char *const pg_read_sequence_privileges =
	PG_OBJECTS_IN("COALESCE(o.relacl, acldefault('s', o.relowner))", PG_CLASS,
		      "o.relkind = 'S'");
static const char *const pg_read_function_privileges =
	PG_OBJECTS_IN("COALESCE(o.proacl, acldefault('f', o.proowner))", PG_PROC,
		      "o.prokind = 'f'");

const struct pg_dialect pg_dialect_postgres = {
	.name = "postgres",
	.password_algorithm = "scram-sha-256",
	.privileges = {
		[PG_ON_DATABASE] = pg_database_privileges,
		[PG_ON_SCHEMA] = pg_schema_privileges,
		[PG_ON_TABLES] = pg_table_privileges,
		[PG_ON_SEQUENCES] = pg_sequence_privileges,
		[PG_ON_FUNCTIONS] = pg_function_privileges,
	},
	.create_database = pg_sql_create_database,
	.alter_database_limit = pg_alter_database_limit,
	.drop_database = pg_sql_drop_database,
	.role = pg_sql_role,
	.drop_role = pg_drop_role_any,
	.release_owned = pg_sql_release_owned,
	.membership = pg_membership_any,
	.history_columns = " (name text PRIMARY KEY, sha256 text NOT NULL, "
			   "applied_at timestamptz NOT NULL DEFAULT now())",
	.history_now = "now()",
	/* "terrace_migrations" as a number. */
	.history_lock = "SELECT pg_advisory_xact_lock(7316791248562010143)",
	.read_role =
		"SELECT r.rolcanlogin, r.rolsuper, r.rolcreatedb, r.rolcreaterole, "
		"r.rolconnlimit, CASE "
		"WHEN COALESCE(r.rolvaliduntil, 'infinity') = NULLIF($2, '')::timestamptz THEN $2 "
		"WHEN r.rolvaliduntil IS NULL OR r.rolvaliduntil = 'infinity' THEN NULL "
		"ELSE r.rolvaliduntil::text END, r.rolinherit, r.rolreplication, r.rolbypassrls, "
		"'role' FROM pg_roles r WHERE r.rolname = $1",
	/* pg_shdepend: what depends on the role, in each database (dbid 0:
	 * shared objects, which any database reaches). */
	.role_databases =
		"SELECT DISTINCT CASE WHEN s.dbid = 0 THEN current_database() "
		"ELSE d.datname END FROM pg_shdepend s "
		"LEFT JOIN pg_database d ON d.oid = s.dbid "
		"WHERE s.refclassid = 'pg_authid'::regclass "
		"AND s.refobjid = (SELECT oid FROM pg_roles WHERE rolname = $1) "
		"AND (s.dbid = 0 OR d.datallowconn) ORDER BY 1",
	.read_member_of =
		"SELECT g.rolname FROM pg_auth_members m "
		"JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
		"WHERE u.rolname = $1",
	.read_database =
		"SELECT pg_get_userbyid(d.datdba), pg_encoding_to_char(d.encoding), "
		"d.datconnlimit, pg_char_to_encoding($2) = d.encoding "
		"FROM pg_database d WHERE d.datname = $1",
	.grantee_kind =
		"SELECT CASE WHEN $1 = 'public' THEN 'public' "
		"WHEN EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) THEN 'role' END",
	.read_privileges = {
		{
			[PG_ON_DATABASE] = pg_read_database_privileges,
			[PG_ON_SCHEMA] = pg_read_schema_privileges,
			[PG_ON_TABLES] = pg_read_table_privileges,
			[PG_ON_SEQUENCES] = pg_read_sequence_privileges,
			[PG_ON_FUNCTIONS] = pg_read_function_privileges,
		},
		{
			[PG_ON_DATABASE] = pg_read_database_privileges,
			[PG_ON_SCHEMA] = pg_read_schema_privileges,
			[PG_ON_TABLES] = pg_read_table_privileges,
			[PG_ON_SEQUENCES] = pg_read_sequence_privileges,
			[PG_ON_FUNCTIONS] = pg_read_function_privileges,
		},
	},
	.count_objects = {
		[PG_ON_TABLES] = "SELECT count(*) FROM pg_class c JOIN pg_namespace n "
				 "ON n.oid = c.relnamespace WHERE n.nspname = $1 AND " PG_RELATIONS,
		[PG_ON_SEQUENCES] = "SELECT count(*) FROM pg_class c JOIN pg_namespace n "
				    "ON n.oid = c.relnamespace WHERE n.nspname = $1 "
				    "AND c.relkind = 'S'",
		[PG_ON_FUNCTIONS] = "SELECT count(*) FROM pg_proc p JOIN pg_namespace n "
				    "ON n.oid = p.pronamespace WHERE n.nspname = $1 "
				    "AND p.prokind = 'f'",
	},
	.read_default_privileges = {
		[PG_ON_TABLES] = PG_DEFAULTS("r"),
		[PG_ON_SEQUENCES] = PG_DEFAULTS("S"),
		[PG_ON_FUNCTIONS] = PG_DEFAULTS("f"),
	},
};

/* ---- Redshift ---- */

static const char *const rs_database_privileges[] = { "CREATE", "TEMPORARY", NULL };
static const char *const rs_schema_privileges[] = { "CREATE", "USAGE", NULL };
static const char *const rs_table_privileges[] = {
	"DELETE", "INSERT", "REFERENCES", "SELECT", "UPDATE", NULL };
static const char *const rs_function_privileges[] = { "EXECUTE", NULL };

/* CREATE DATABASE "name" [OWNER "owner"] [CONNECTION LIMIT n]: Redshift
 * has no templates and only UTF-8 (database.c refuses another encoding);
 * no limit is the default, so it is named only when there is one. */
static void rs_create_database(struct sqlbuf *b, const char *name, const char *owner,
			       const char *encoding, long long connection_limit)
{
	(void)encoding;
	sql_add(b, "CREATE DATABASE ");
	sql_ident(b, name);
	if (owner && *owner) {
		sql_add(b, " OWNER ");
		sql_ident(b, owner);
	}
	if (connection_limit >= 0) {
		sql_add(b, " CONNECTION LIMIT ");
		sql_int(b, connection_limit);
	}
}

static void rs_connection_limit(struct sqlbuf *b, long long limit)
{
	sql_add(b, " CONNECTION LIMIT ");
	if (limit < 0)
		sql_add(b, "UNLIMITED");
	else
		sql_int(b, limit);
}

static void rs_alter_database_limit(struct sqlbuf *b, const char *name, long long limit)
{
	sql_add(b, "ALTER DATABASE ");
	sql_ident(b, name);
	rs_connection_limit(b, limit);
}

/* DROP DATABASE "name": no IF EXISTS and no FORCE on Redshift (the caller
 * looks the database up first). */
static void rs_drop_database(struct sqlbuf *b, const char *name, bool force)
{
	(void)force;
	sql_add(b, "DROP DATABASE ");
	sql_ident(b, name);
}

static bool strings_differ(const char *a, const char *b)
{
	return strcmp(a ? a : "", b ? b : "");
}

/* PASSWORD 'md5...' [VALID UNTIL '...'], or PASSWORD DISABLE for "". */
static void rs_password(struct sqlbuf *b, const char *password, const char *valid_until)
{
	if (!*password) {
		sql_add(b, " PASSWORD DISABLE");
		return;
	}
	sql_add(b, " PASSWORD ");
	sql_literal(b, password);
	if (valid_until) {
		sql_add(b, " VALID UNTIL ");
		sql_literal(b, valid_until);
	}
}

/* One ALTER USER "name" per changed option (the reference shows one
 * option per statement in its examples); the statements are joined by
 * "; " and sent together. */
static void rs_alter_user(struct sqlbuf *b, const char *name, bool *any)
{
	if (*any)
		sql_add(b, "; ");
	sql_add(b, "ALTER USER ");
	sql_ident(b, name);
	*any = true;
}

static bool rs_user(struct sqlbuf *b, const char *name, const struct pg_role_options *want,
		    const struct pg_role_options *have, const char *password)
{
	bool any = false;

	if (!have) {
		sql_add(b, "CREATE USER ");
		sql_ident(b, name);
		rs_password(b, password ? password : "", password ? want->valid_until : NULL);
		if (want->createdb)
			sql_add(b, " CREATEDB");
		if (want->superuser)
			sql_add(b, " CREATEUSER");
		if (want->connection_limit >= 0)
			rs_connection_limit(b, want->connection_limit);
		return true;
	}
	if (want->createdb != have->createdb) {
		rs_alter_user(b, name, &any);
		sql_add(b, want->createdb ? " CREATEDB" : " NOCREATEDB");
	}
	if (want->superuser != have->superuser) {
		rs_alter_user(b, name, &any);
		sql_add(b, want->superuser ? " CREATEUSER" : " NOCREATEUSER");
	}
	if (want->connection_limit != have->connection_limit) {
		rs_alter_user(b, name, &any);
		rs_connection_limit(b, want->connection_limit);
	}
	/* VALID UNTIL goes with PASSWORD on Redshift: a password is sent
	 * whenever there is one, so a new expiry goes with it. */
	if (password) {
		rs_alter_user(b, name, &any);
		rs_password(b, password, *password && (want->valid_until ||
						       strings_differ(want->valid_until,
								      have->valid_until))
				 ? (want->valid_until ? want->valid_until : "infinity") : NULL);
	}
	return any;
}

static bool rs_role(struct sqlbuf *b, const char *name, const struct pg_role_options *want,
		    const struct pg_role_options *have, const char *password)
{
	switch (want->kind) {
	case PG_KIND_USER:
		return rs_user(b, name, want, have, password);
	case PG_KIND_GROUP:
		if (have)
			return false; /* a group has no options */
		sql_add(b, "CREATE GROUP ");
		sql_ident(b, name);
		return true;
	case PG_KIND_ROLE:
		if (have)
			return false;
		sql_add(b, "CREATE ROLE ");
		sql_ident(b, name);
		return true;
	}
	return false;
}

static void rs_drop_role(struct sqlbuf *b, enum pg_role_kind kind, const char *name)
{
	sql_add(b, kind == PG_KIND_USER ? "DROP USER IF EXISTS "
		   : kind == PG_KIND_GROUP ? "DROP GROUP " : "DROP ROLE ");
	sql_ident(b, name);
}

/* ALTER GROUP "g" ADD|DROP USER "u"; GRANT ROLE "r" TO ["ROLE "]"m";
 * REVOKE ROLE "r" FROM ["ROLE "]"m". */
static void rs_membership(struct sqlbuf *b, bool grant, const char *role,
			  enum pg_grantee_kind role_kind, const char *member,
			  enum pg_role_kind member_kind)
{
	if (role_kind == PG_GRANTEE_GROUP) {
		sql_add(b, "ALTER GROUP ");
		sql_ident(b, role);
		sql_add(b, grant ? " ADD USER " : " DROP USER ");
		sql_ident(b, member);
		return;
	}
	sql_add(b, grant ? "GRANT ROLE " : "REVOKE ROLE ");
	sql_ident(b, role);
	sql_add(b, grant ? " TO " : " FROM ");
	if (member_kind != PG_KIND_USER)
		sql_add(b, "ROLE ");
	sql_ident(b, member);
}

/* A grantee is a user, a group or a role, looked up in that order. */
#define RS_GRANTEE_IS "identity_type = $3 AND ($3 = 'public' OR identity_name = $1)"

static const char *const rs_read_function_privileges =
	"SELECT privilege_type, COUNT(DISTINCT function_name || '(' || argument_types || ')') "
	"FROM svv_function_privileges WHERE namespace_name = $2 AND " RS_GRANTEE_IS " "
	"GROUP BY privilege_type";

const struct pg_dialect pg_dialect_redshift = {
	.name = "redshift",
	.password_algorithm = "md5",
	/* Redshift folds even quoted names to lower case (unless
	 * enable_case_sensitive_identifier is on), and the md5 hash is of the
	 * password and the name as stored. */
	.folds_names = true,
	.has_external_schemas = true,
	.has_role_kinds = true,
	.sole_encoding = "UTF8",
	.privileges = {
		[PG_ON_DATABASE] = rs_database_privileges,
		[PG_ON_SCHEMA] = rs_schema_privileges,
		[PG_ON_TABLES] = rs_table_privileges,
		[PG_ON_FUNCTIONS] = rs_function_privileges,
	},
	.create_database = rs_create_database,
	.alter_database_limit = rs_alter_database_limit,
	.drop_database = rs_drop_database,
	.role = rs_role,
	.drop_role = rs_drop_role,
	/* No REASSIGN OWNED or DROP OWNED, and no pg_shdepend: DROP USER
	 * refuses a user with privileges left, naming them. */
	.release_owned = NULL,
	.role_databases = NULL,
	.membership = rs_membership,
	.grantee_keyword = {
		[PG_GRANTEE_GROUP] = "GROUP ",
		[PG_GRANTEE_ROLE] = "ROLE ",
	},
	.history_columns = " (name VARCHAR(256) NOT NULL PRIMARY KEY, sha256 CHAR(64) NOT NULL, "
			   "applied_at TIMESTAMP NOT NULL DEFAULT GETDATE())",
	.history_now = "GETDATE()",
	.history_lock = "LOCK ",
	.read_role =
		"SELECT true, u.usesuper, u.usecreatedb, false, u.useconnlimit, CASE "
		"WHEN u.valuntil IS NULL OR u.valuntil = 'infinity' THEN NULL "
		"WHEN u.valuntil = NULLIF($2, '')::timestamp THEN $2 "
		"ELSE u.valuntil::text END, true, false, false, 'user' "
		"FROM pg_user_info u WHERE u.usename = $1 "
		"UNION ALL SELECT false, false, false, false, '-1', NULL, true, false, false, 'group' "
		"FROM pg_group WHERE groname = $1 "
		"UNION ALL SELECT false, false, false, false, '-1', NULL, true, false, false, 'role' "
		"FROM svv_roles WHERE role_name = $1",
	.read_member_of =
		"SELECT g.groname FROM pg_group g, pg_user u "
		"WHERE u.usename = $1 AND u.usesysid = ANY (g.grolist) "
		"UNION SELECT role_name FROM svv_user_grants WHERE user_name = $1 "
		"UNION SELECT granted_role_name FROM svv_role_grants WHERE role_name = $1",
	.read_database =
		"SELECT pg_get_userbyid(d.datdba), 'UTF8', d.datconnlimit, "
		"UPPER($2) IN ('UTF8', 'UTF-8', 'UNICODE') "
		"FROM pg_database_info d WHERE d.datname = $1",
	.grantee_kind =
		"SELECT CASE WHEN $1 = 'public' THEN 'public' "
		"WHEN EXISTS (SELECT 1 FROM pg_user WHERE usename = $1) THEN 'user' "
		"WHEN EXISTS (SELECT 1 FROM pg_group WHERE groname = $1) THEN 'group' "
		"WHEN EXISTS (SELECT 1 FROM svv_roles WHERE role_name = $1) THEN 'role' END",
	.read_privileges = {
		{
			/* The view spells TEMPORARY as TEMP. */
			[PG_ON_DATABASE] =
				"SELECT CASE WHEN privilege_type = 'TEMP' THEN 'TEMPORARY' "
				"ELSE privilege_type END FROM svv_database_privileges "
				"WHERE database_name = $2 AND " RS_GRANTEE_IS,
			[PG_ON_SCHEMA] =
				"SELECT privilege_type FROM svv_schema_privileges "
				"WHERE namespace_name = $2 AND " RS_GRANTEE_IS,
			[PG_ON_TABLES] =
				"SELECT privilege_type, COUNT(DISTINCT relation_name) "
				"FROM svv_relation_privileges WHERE namespace_name = $2 AND "
				RS_GRANTEE_IS " GROUP BY privilege_type",
			[PG_ON_FUNCTIONS] = rs_read_function_privileges,
		},
		{
			[PG_ON_DATABASE] =
				"SELECT p.name FROM (SELECT 'CREATE' AS name UNION ALL "
				"SELECT 'TEMPORARY') p WHERE has_database_privilege($1, $2, p.name) "
				"AND $3 = $3",
			[PG_ON_SCHEMA] =
				"SELECT p.name FROM (SELECT 'CREATE' AS name UNION ALL "
				"SELECT 'USAGE') p WHERE has_schema_privilege($1, $2, p.name) "
				"AND $3 = $3",
			[PG_ON_TABLES] =
				"SELECT p.name, COUNT(*) FROM pg_class c "
				"JOIN pg_namespace n ON n.oid = c.relnamespace, "
				"(SELECT 'DELETE' AS name UNION ALL SELECT 'INSERT' UNION ALL "
				"SELECT 'REFERENCES' UNION ALL SELECT 'SELECT' UNION ALL "
				"SELECT 'UPDATE') p WHERE n.nspname = $2 AND c.relkind IN ('r', 'v') "
				"AND has_table_privilege($1, quote_ident(n.nspname) || '.' || "
				"quote_ident(c.relname), p.name) AND $3 = $3 GROUP BY p.name",
			[PG_ON_FUNCTIONS] = rs_read_function_privileges,
		},
	},
	.count_objects = {
		[PG_ON_TABLES] = "SELECT COUNT(*) FROM pg_class c JOIN pg_namespace n "
				 "ON n.oid = c.relnamespace WHERE n.nspname = $1 "
				 "AND c.relkind IN ('r', 'v')",
		[PG_ON_FUNCTIONS] = "SELECT COUNT(*) FROM pg_proc p JOIN pg_namespace n "
				    "ON n.oid = p.pronamespace WHERE n.nspname = $1",
	},
	.read_default_privileges = {
		[PG_ON_TABLES] =
			"SELECT privilege_type FROM svv_default_privileges WHERE schema_name = $2 "
			"AND object_type = 'RELATION' AND owner_name = current_user "
			"AND grantee_type = $3 AND ($3 = 'public' OR grantee_name = $1)",
		[PG_ON_FUNCTIONS] =
			"SELECT privilege_type FROM svv_default_privileges WHERE schema_name = $2 "
			"AND object_type = 'FUNCTION' AND owner_name = current_user "
			"AND grantee_type = $3 AND ($3 = 'public' OR grantee_name = $1)",
	},
	.read_external_schema =
		"SELECT databasename, esoptions FROM svv_external_schemas WHERE schemaname = $1",
};

/* ---- choosing ---- */

int pg_dialect_by_name(const char *name, const struct pg_dialect **out, struct strbuf *err)
{
	*out = NULL;
	if (!name || !strcmp(name, "auto"))
		return 0;
	if (!strcmp(name, "postgres"))
		*out = &pg_dialect_postgres;
	else if (!strcmp(name, "redshift"))
		*out = &pg_dialect_redshift;
	if (*out)
		return 0;
	strbuf_addf(err, "postgres provider: engine \"%s\" is not one of auto, postgres, redshift",
		    name);
	return -1;
}

const struct pg_dialect *pg_dialect_of_version(const char *version)
{
	return version && strstr(version, "Redshift") ? &pg_dialect_redshift
						       : &pg_dialect_postgres;
}

static const char *const grantee_kind_names[] = {
	[PG_GRANTEE_PUBLIC] = "public", [PG_GRANTEE_ROLE] = "role", [PG_GRANTEE_USER] = "user",
	[PG_GRANTEE_GROUP] = "group",
};

const char *pg_grantee_kind_name(enum pg_grantee_kind k)
{
	return k >= PG_GRANTEE_PUBLIC && k <= PG_GRANTEE_GROUP ? grantee_kind_names[k] : "";
}

enum pg_grantee_kind pg_grantee_kind_parse(const char *s)
{
	for (int k = PG_GRANTEE_PUBLIC; k <= PG_GRANTEE_GROUP; k++)
		if (s && !strcmp(s, grantee_kind_names[k]))
			return (enum pg_grantee_kind)k;
	return PG_GRANTEE_NONE;
}

int pg_dialect_check_role(const struct pg_dialect *d, const char *name,
			  const struct pg_role_options *want, bool has_password, bool has_members,
			  struct strbuf *err)
{
	const char *what = NULL;

	if (!d->has_role_kinds)
		return 0;
	if (want->createrole)
		what = "createrole (Redshift grants it as a system permission to a role)";
	else if (want->replication)
		what = "replication";
	else if (want->bypass_rls)
		what = "bypass_rls";
	else if (want->no_inherit)
		what = "inherit: false";
	else if (want->kind != PG_KIND_USER && (want->superuser || want->createdb ||
						 want->connection_limit >= 0 ||
						 want->valid_until || has_password))
		what = "superuser, createdb, connection_limit, valid_until or password "
		       "(only a user, login: true, has them)";
	else if (want->kind == PG_KIND_GROUP && has_members)
		what = "member_of (a group cannot be a member of anything)";
	else if (want->kind == PG_KIND_USER && want->valid_until && !has_password)
		what = "valid_until without a password (Redshift sets it with PASSWORD)";
	if (!what)
		return 0;
	strbuf_addf(err, "postgres.role \"%s\": Redshift has no %s", name, what);
	return -1;
}

/* ---- statements only one engine has ---- */

void pg_sql_create_external_schema(struct sqlbuf *b, const char *name, const char *database,
				   const char *iam_role, bool create_database)
{
	sql_add(b, "CREATE EXTERNAL SCHEMA ");
	sql_ident(b, name);
	sql_add(b, " FROM DATA CATALOG DATABASE ");
	sql_literal(b, database);
	sql_add(b, " IAM_ROLE ");
	sql_literal(b, iam_role);
	if (create_database)
		sql_add(b, " CREATE EXTERNAL DATABASE IF NOT EXISTS");
}

void pg_sql_history_lock(struct sqlbuf *b, const struct pg_dialect *d,
			 const char *history_schema, const char *table)
{
	size_t n = strlen(d->history_lock);

	sql_add(b, d->history_lock);
	if (n && d->history_lock[n - 1] == ' ') {
		sql_ident(b, history_schema);
		sql_add(b, ".");
		sql_add(b, table);
	}
}
