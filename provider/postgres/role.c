/*
 * role.c: the postgres.role resource type — a role (a user when it may log
 * in) with its options, password, expiry and the roles it is a member of.
 * The id is the role name; roles belong to the whole server, so every
 * statement goes through the provider's default database.
 *
 * The password is SENSITIVE: the core stores only its hash and plans an
 * update when the configured password's hash differs from the stored one.
 * terrace sends the server a SCRAM-SHA-256 verifier computed on this side
 * (PQencryptPasswordConn, as psql's \password does), never the password,
 * so it cannot reach the server's statement log. The server cannot give a
 * password back, so read() leaves it out (the core keeps the stored hash):
 * a password changed outside terrace does not show in plan.
 *
 * On Redshift (dialect.c) a role is made as what Redshift has: a user
 * (login: true; CREATE USER with an md5 password, or PASSWORD DISABLE), a
 * group (CREATE GROUP; members by ALTER GROUP ... ADD USER) or a role
 * (CREATE ROLE; GRANT ROLE ... TO), as `kind` says; options Redshift lacks
 * are refused by name.
 *
 * Destroy first releases what the role owns and the privileges it holds,
 * in each database where it has any (REASSIGN OWNED, DROP OWNED: a
 * migration's grants need no revoking by hand); Redshift has neither.
 *
 * member_of is a set: plan_desired sorts it, read() returns it sorted.
 * valid_until reads back as written when the server takes both for the same
 * instant ("2030-01-01" and "2030-01-01 00:00:00+00").
 */
#include <stdlib.h>
#include <string.h>

#include "provider/postgres/postgres.h"

static const struct attr_schema role_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "role name" },
	{ .name = "kind", .type = ATTR_STRING,
	  .flags = ATTR_OPTIONAL | ATTR_COMPUTED | ATTR_FORCE_NEW,
	  .description = "Redshift only: user (login: true), group (the default without login) "
			 "or role; PostgreSQL has roles only and keeps what is written" },
	{ .name = "login", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "the role may log in (a user)", .default_json = "false" },
	{ .name = "password", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_SENSITIVE,
	  .description = "login password, sent as a SCRAM-SHA-256 verifier (Redshift: an md5 "
			 "hash), never as text" },
	{ .name = "superuser", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "SUPERUSER", .default_json = "false" },
	{ .name = "createdb", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "CREATEDB: may create databases", .default_json = "false" },
	{ .name = "createrole", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "CREATEROLE: may create and alter roles", .default_json = "false" },
	/* Added after the type shipped: unset, the role keeps what it has
	 * (docs/adding-a-resource-type.md, "Attributes added later"). */
	{ .name = "inherit", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "INHERIT: uses the privileges of the roles it is a member of; unset: "
			 "true for a new role, an existing one keeps what it has" },
	{ .name = "replication", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "REPLICATION: may stream WAL (setting it needs a superuser); unset: "
			 "false for a new role, an existing one keeps what it has" },
	{ .name = "bypass_rls", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "BYPASSRLS: row-level security policies do not apply (setting it needs "
			 "a superuser); unset: false for a new role, an existing one keeps what "
			 "it has" },
	{ .name = "connection_limit", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "concurrent connections allowed; -1 for no limit",
	  .default_json = "-1" },
	{ .name = "member_of", .type = ATTR_LIST, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "roles this role is a member of (GRANT role TO this one); a set",
	  .default_json = "[]" },
	{ .name = "valid_until", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "when the password stops working, e.g. 2030-01-01; unset: never" },
	{ .name = NULL },
};

/* What a role is made as on this server: its kind, else a user when it
 * logs in and a group when not. */
static enum pg_role_kind kind_of(const struct pg_dialect *d, const json_t *o)
{
	const char *k = value_get_string(o, "kind");

	if (!d->has_role_kinds)
		return PG_KIND_ROLE;
	if (k && !strcmp(k, "role"))
		return PG_KIND_ROLE;
	if (k && !strcmp(k, "group"))
		return PG_KIND_GROUP;
	if (k && !strcmp(k, "user"))
		return PG_KIND_USER;
	return pg_attr_bool(o, "login") ? PG_KIND_USER : PG_KIND_GROUP;
}

static struct pg_role_options options_of(const struct pg_dialect *d, const json_t *o)
{
	struct pg_role_options r = {
		.kind = kind_of(d, o),
		.login = pg_attr_bool(o, "login"),
		.superuser = pg_attr_bool(o, "superuser"),
		.createdb = pg_attr_bool(o, "createdb"),
		.createrole = pg_attr_bool(o, "createrole"),
		.replication = pg_attr_bool(o, "replication"),
		.bypass_rls = pg_attr_bool(o, "bypass_rls"),
		.no_inherit = json_is_false(value_get(o, "inherit")),
		.connection_limit = value_get_integer(o, "connection_limit", -1),
		.valid_until = value_get_string(o, "valid_until"),
	};
	return r;
}

static int read_member_of(struct pg_session *s, const char *name, json_t **out,
			  struct strbuf *err)
{
	const char *params[1] = { name };
	PGresult *r = NULL;
	json_t *list;

	if (pg_query(s, "read role memberships", pg_session_dialect(s)->read_member_of, 1, params,
		     true, &r, err))
		return -1;
	list = json_array();
	for (int i = 0; i < PQntuples(r); i++)
		json_array_append_new(list, json_string(pg_cell(r, i, 0)));
	*out = value_string_set(list);
	json_decref(list);
	PQclear(r);
	return 0;
}

/* The role as the catalog has it (no password): 0 with *out, 0 with *out
 * NULL when there is none, -1 on error. */
static int read_role(struct pg_session *s, const char *name, const json_t *prior, json_t **out,
		     struct strbuf *err)
{
	const struct pg_dialect *d = pg_session_dialect(s);
	const char *prior_until = value_get_string(prior, "valid_until");
	const char *limit;
	const char *params[2] = { name, prior_until ? prior_until : "" };
	PGresult *r = NULL;
	json_t *o, *members = NULL;

	*out = NULL;
	if (pg_query(s, "read role", d->read_role, 2, params, true, &r, err))
		return -1;
	if (PQntuples(r) != 1) {
		PQclear(r);
		return 0;
	}
	if (read_member_of(s, name, &members, err)) {
		PQclear(r);
		return -1;
	}
	/* Redshift writes no limit as UNLIMITED. */
	limit = pg_cell(r, 0, 4);
	o = json_pack("{s:s, s:b, s:b, s:b, s:b, s:I, s:o}", "name", name,
		      "login", !strcmp(pg_cell(r, 0, 0), "t"),
		      "superuser", !strcmp(pg_cell(r, 0, 1), "t"),
		      "createdb", !strcmp(pg_cell(r, 0, 2), "t"),
		      "createrole", !strcmp(pg_cell(r, 0, 3), "t"),
		      "connection_limit", (json_int_t)(strcmp(limit, "UNLIMITED") ? atoll(limit) : -1),
		      "member_of", members);
	json_object_set_new(o, "inherit", json_boolean(!strcmp(pg_cell(r, 0, 6), "t")));
	json_object_set_new(o, "replication", json_boolean(!strcmp(pg_cell(r, 0, 7), "t")));
	json_object_set_new(o, "bypass_rls", json_boolean(!strcmp(pg_cell(r, 0, 8), "t")));
	if (!PQgetisnull(r, 0, 5))
		json_object_set_new(o, "valid_until", json_string(pg_cell(r, 0, 5)));
	if (d->has_role_kinds)
		json_object_set_new(o, "kind", json_string(pg_cell(r, 0, 9)));
	else if (value_get_string(prior, "kind"))
		json_object_set(o, "kind", value_get(prior, "kind"));
	PQclear(r);
	*out = o;
	return 0;
}

static int role_read(void *client, const char *id, const json_t *prior, json_t **out,
		     struct strbuf *err)
{
	struct pg_session s;
	int rc;

	*out = NULL;
	if (pg_session_open(client, NULL, &s, err))
		return -1;
	rc = read_role(&s, id, prior, out, err);
	pg_session_close(&s);
	return rc;
}

/* The SCRAM verifier of the desired password (a new string for PQfreemem),
 * "" (static) for none; NULL with a message on failure. */
static char *password_verifier(struct pg_session *s, const char *name, const char *password,
			       struct strbuf *err)
{
	const struct pg_dialect *d = pg_session_dialect(s);
	char *v, *user;

	if (!password)
		return (char *)"";
	user = xstrdup(name);
	for (char *p = user; d->folds_names && *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	v = PQencryptPasswordConn(s->conn, password, user, d->password_algorithm);
	free(user);
	if (!v)
		strbuf_addf(err, "postgres %s: role \"%s\": cannot compute the password's "
			    "%s hash", s->database, name, pg_session_dialect(s)->password_algorithm);
	return v;
}

static void free_verifier(char *v)
{
	if (v && *v) {
		memset(v, 0, strlen(v));
		PQfreemem(v);
	}
}

/* Make `name` a member of `role` (grant) or no longer one. On Redshift
 * what `role` is (a group or a role) decides the statement. */
static int set_member(struct pg_session *s, bool grant, const char *role, const char *name,
		      enum pg_role_kind member_kind, struct strbuf *err)
{
	const struct pg_dialect *d = pg_session_dialect(s);
	enum pg_grantee_kind role_kind = PG_GRANTEE_ROLE;
	char *what;
	struct sqlbuf b;
	int rc;

	if (d->has_role_kinds && pg_grantee_kind_of(s, role, &role_kind, err))
		return -1;
	what = pg_describe(s->conn, grant ? "GRANT" : "REVOKE", role);
	sql_init(&b, s->conn);
	d->membership(&b, grant, role, role_kind, name, member_kind);
	rc = pg_exec_sql(s, what, &b, err);
	free(what);
	return rc;
}

/* GRANT the roles in want that have lacks, REVOKE those it has beyond. */
static int sync_membership(struct pg_session *s, const char *name, enum pg_role_kind kind,
			   const json_t *have, const json_t *want, struct strbuf *err)
{
	size_t i;
	json_t *v;

	json_array_foreach(want, i, v) {
		const char *role = json_string_value(v);

		if (role && !value_list_has_string(have, role) &&
		    set_member(s, true, role, name, kind, err))
			return -1;
	}
	json_array_foreach(have, i, v) {
		const char *role = json_string_value(v);

		if (role && !value_list_has_string(want, role) &&
		    set_member(s, false, role, name, kind, err))
			return -1;
	}
	return 0;
}

/*
 * Bring an existing role to desired. The password is set when desired has
 * one and removed when desired has none but prior had one.
 */
static int converge(struct pg_session *s, const char *name, const json_t *prior,
		    const json_t *desired, struct strbuf *err)
{
	const struct pg_dialect *d = pg_session_dialect(s);
	const char *password = value_get_string(desired, "password");
	struct pg_role_options want = options_of(d, desired), have;
	json_t *now = NULL, *want_members = value_string_set(value_get(desired, "member_of"));
	char *verifier = NULL, *what = pg_describe(s->conn, "ALTER ROLE", name);
	struct sqlbuf b;
	/* Read without desired's valid_until, which the server has not checked
	 * yet: when one is set, it is sent again. */
	int rc = read_role(s, name, NULL, &now, err);

	if (rc == 0 && !now) {
		strbuf_addf(err, "postgres %s: role \"%s\" does not exist", s->database, name);
		rc = -1;
	}
	if (rc == 0)
		rc = pg_dialect_check_role(d, name, &want, password != NULL,
					   json_array_size(want_members) > 0, err);
	if (rc)
		goto out;
	have = options_of(d, now);
	/* Options the stack leaves unset keep what the role has. */
	if (!value_is_set(value_get(desired, "inherit")))
		want.no_inherit = have.no_inherit;
	if (!value_is_set(value_get(desired, "replication")))
		want.replication = have.replication;
	if (!value_is_set(value_get(desired, "bypass_rls")))
		want.bypass_rls = have.bypass_rls;
	if (password)
		verifier = password_verifier(s, name, password, err);
	else if (value_is_set(value_get(prior, "password")))
		verifier = (char *)""; /* PASSWORD NULL */
	if (password && !verifier) {
		rc = -1;
		goto out;
	}
	sql_init(&b, s->conn);
	if (d->role(&b, name, &want, &have, verifier))
		rc = pg_exec_sql(s, what, &b, err);
	else
		sql_release(&b);
	if (rc == 0)
		rc = sync_membership(s, name, want.kind, value_get(now, "member_of"),
				     want_members ? want_members : json_array(), err);
out:
	free_verifier(verifier);
	json_decref(now);
	json_decref(want_members);
	free(what);
	return rc;
}

/* The attributes to store: the catalog's, plus the desired password (the
 * core keeps only its hash). */
static int stored(struct pg_session *s, const char *name, const json_t *desired, json_t **out,
		  struct strbuf *err)
{
	if (read_role(s, name, desired, out, err))
		return -1;
	if (!*out) {
		strbuf_addf(err, "postgres %s: role \"%s\" vanished right after it was made",
			    s->database, name);
		return -1;
	}
	if (value_is_set(value_get(desired, "password")))
		json_object_set(*out, "password", value_get(desired, "password"));
	return 0;
}

static int create_role(struct pg_session *s, const char *name, const json_t *desired,
		       struct strbuf *err)
{
	const struct pg_dialect *d = pg_session_dialect(s);
	const char *password = value_get_string(desired, "password");
	struct pg_role_options want = options_of(d, desired);
	json_t *members = value_get(desired, "member_of");
	char *verifier, *what;
	struct sqlbuf b;
	int rc = -1;

	if (pg_dialect_check_role(d, name, &want, password != NULL,
				  json_array_size(members) > 0, err))
		return -1;
	verifier = password ? password_verifier(s, name, password, err) : NULL;
	what = pg_describe(s->conn, want.kind == PG_KIND_USER ? "CREATE USER"
			   : want.kind == PG_KIND_GROUP ? "CREATE GROUP" : "CREATE ROLE", name);
	if (!password || verifier) {
		sql_init(&b, s->conn);
		d->role(&b, name, &want, NULL, verifier);
		rc = pg_exec_sql(s, what, &b, err);
	}
	free_verifier(verifier);
	free(what);
	return rc;
}

static int role_create(void *client, const json_t *desired, const struct create_call *call,
		       char **id, json_t **out, struct strbuf *err)
{
	const char *name = value_get_string(desired, "name");
	struct strbuf create_err = STRBUF_INIT;
	json_t *want_members = value_string_set(value_get(desired, "member_of"));
	struct pg_session s;
	int rc;

	*id = NULL;
	*out = NULL;
	if (pg_session_open(client, NULL, &s, err)) {
		json_decref(want_members);
		return -1;
	}
	rc = create_role(&s, name, desired, &create_err);
	if (rc && !strcmp(s.sqlstate, PG_DUPLICATE_OBJECT) && call->may_exist) {
		/* An interrupted apply of ours made it: finish the job. */
		*id = xstrdup(name);
		rc = converge(&s, name, NULL, desired, err);
	} else if (rc && !strcmp(s.sqlstate, PG_DUPLICATE_OBJECT)) {
		strbuf_addf(err, "postgres %s: role \"%s\" already exists but is not in this state: "
			    "import it or choose another name", s.database, name);
	} else if (rc) {
		strbuf_addstr(err, create_err.buf);
	} else {
		*id = xstrdup(name);
		rc = sync_membership(&s, name, options_of(pg_session_dialect(&s), desired).kind, NULL,
				     want_members ? want_members : json_array(), err);
	}
	if (rc == 0)
		rc = stored(&s, name, desired, out, err);
	pg_session_close(&s);
	strbuf_release(&create_err);
	json_decref(want_members);
	return rc;
}

static int role_update(void *client, const char *id, const json_t *prior, const json_t *desired,
		       json_t **out, struct strbuf *err)
{
	struct pg_session s;
	int rc;

	*out = NULL;
	if (pg_session_open(client, NULL, &s, err))
		return -1;
	rc = converge(&s, id, prior, desired, err);
	if (rc == 0)
		rc = stored(&s, id, desired, out, err);
	pg_session_close(&s);
	return rc;
}

/* The databases in which role `name` owns objects or holds privileges (a
 * new array of names; empty where the dialect cannot tell). */
static int role_databases(struct pg_session *s, const char *name, json_t **out,
			  struct strbuf *err)
{
	const char *sql = pg_session_dialect(s)->role_databases;
	const char *params[1] = { name };
	PGresult *r = NULL;

	*out = json_array();
	if (!sql)
		return 0;
	if (pg_query(s, "look up what depends on the role", sql, 1, params, true, &r, err))
		return -1;
	for (int i = 0; i < PQntuples(r); i++)
		json_array_append_new(*out, json_string(pg_cell(r, i, 0)));
	PQclear(r);
	return 0;
}

/* In `database`: what role `name` owns goes to the connecting role and its
 * privileges go (release_owned). A database gone meanwhile (dropped by this
 * destroy: its delete holds it, pg_client_hold) has nothing left to
 * release. */
static int release_in(struct pg_client *c, const char *database, const char *name,
		      struct strbuf *err)
{
	size_t mark = err->len;
	struct pg_session s;
	struct sqlbuf b;
	char *what;
	int rc = pg_database_exists(c, database, err);

	if (rc <= 0)
		return rc;
	if (pg_session_open(c, database, &s, err)) {
		size_t failed = err->len;

		rc = pg_database_exists(c, database, err);
		if (rc == 0)
			strbuf_setlen(err, mark);
		else if (rc == 1)
			strbuf_setlen(err, failed);
		return rc == 0 ? 0 : -1;
	}
	what = pg_describe(s.conn, "REASSIGN OWNED BY", name);
	sql_init(&b, s.conn);
	pg_session_dialect(&s)->release_owned(&b, name);
	rc = pg_exec_sql(&s, what, &b, err);
	pg_session_close(&s);
	free(what);
	return rc;
}

/*
 * DROP ROLE refuses a role that owns objects or holds privileges in any
 * database (a migration's GRANT or ALTER DEFAULT PRIVILEGES, in a database
 * of the stack or not): in each database where it has some, what it owns
 * is reassigned to the connecting role and its privileges are dropped
 * first (PostgreSQL, "Dropping Roles"). A role with none is dropped as
 * before, nothing else sent. Sessions are opened one after the other,
 * never one inside another (a database's delete holds its database while
 * it opens the default one).
 */
static int role_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	const struct pg_dialect *d = pg_client_dialect(client);
	struct pg_session s;
	struct sqlbuf b;
	json_t *now = NULL, *databases = NULL, *db;
	enum pg_role_kind kind;
	size_t i;
	char *what;
	int rc;

	(void)prior;
	if (pg_session_open(client, NULL, &s, err))
		return -1;
	/* What it is now (Redshift drops a user, group and role apart, and
	 * has IF EXISTS for users only). */
	rc = read_role(&s, id, NULL, &now, err);
	if (rc == 0 && now && d->release_owned)
		rc = role_databases(&s, id, &databases, err);
	pg_session_close(&s);
	if (rc || !now) {
		json_decref(now);
		json_decref(databases);
		return rc;
	}
	kind = options_of(d, now).kind;
	json_decref(now);
	json_array_foreach(databases, i, db) {
		if (release_in(client, json_string_value(db), id, err)) {
			json_decref(databases);
			return -1;
		}
	}
	json_decref(databases);
	if (pg_session_open(client, NULL, &s, err))
		return -1;
	what = pg_describe(s.conn, "DROP ROLE", id);
	sql_init(&b, s.conn);
	d->drop_role(&b, kind, id);
	rc = pg_exec_sql(&s, what, &b, err);
	if (rc && !strcmp(s.sqlstate, PG_DEPENDENT_OBJECTS))
		strbuf_addstr(err, d->release_owned
			      ? "; revoke its privileges and drop or reassign what it owns "
				"(REASSIGN OWNED, DROP OWNED) first"
			      : "; revoke its privileges (default privileges too) and change the "
				"owner of what it owns first: Redshift has no REASSIGN OWNED or "
				"DROP OWNED");
	pg_session_close(&s);
	free(what);
	return rc;
}

/* member_of is a set: sorted, without duplicates. */
static int role_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err)
{
	json_t *limit = json_object_get(desired, "connection_limit");
	json_t *sorted = value_string_set(json_object_get(desired, "member_of"));

	(void)prior;
	if (sorted)
		json_object_set_new(desired, "member_of", sorted);
	const json_t *kind = json_object_get(desired, "kind");

	if (json_is_string(kind) && strcmp(json_string_value(kind), "user") &&
	    strcmp(json_string_value(kind), "group") && strcmp(json_string_value(kind), "role")) {
		strbuf_addf(err, "postgres.role: kind must be user, group or role, got \"%s\"",
			    json_string_value(kind));
		return -1;
	}
	if (json_is_string(kind) && json_is_boolean(json_object_get(desired, "login")) &&
	    json_is_true(json_object_get(desired, "login")) !=
	    !strcmp(json_string_value(kind), "user")) {
		strbuf_addstr(err, "postgres.role: kind user goes with login: true, group and role "
			      "with login: false");
		return -1;
	}
	if (json_is_number(limit) && json_number_value(limit) < -1) {
		strbuf_addf(err, "postgres.role: connection_limit must be -1 (no limit) or a whole "
			    "number from 0, got %g", json_number_value(limit));
		return -1;
	}
	return 0;
}

const struct resource_type postgres_role_type = {
	.name = "postgres.role",
	.description = "a PostgreSQL role (a user when it may log in) with its options, "
		       "password and memberships",
	.attrs = role_attrs,
	.read = role_read,
	.create = role_create,
	.update = role_update,
	.delete = role_delete,
	.plan_desired = role_plan_desired,
	.import_id = "its name",
	.id_attr = "name",
};
