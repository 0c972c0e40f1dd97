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
	{ .name = "login", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "the role may log in (a user)", .default_json = "false" },
	{ .name = "password", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_SENSITIVE,
	  .description = "login password, stored by the server as a SCRAM-SHA-256 verifier" },
	{ .name = "superuser", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "SUPERUSER", .default_json = "false" },
	{ .name = "createdb", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "CREATEDB: may create databases", .default_json = "false" },
	{ .name = "createrole", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "CREATEROLE: may create and alter roles", .default_json = "false" },
	{ .name = "inherit", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "INHERIT: uses the privileges of the roles it is a member of",
	  .default_json = "true" },
	{ .name = "replication", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "REPLICATION: may stream WAL (setting it needs a superuser)",
	  .default_json = "false" },
	{ .name = "bypass_rls", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "BYPASSRLS: row-level security policies do not apply (setting it needs "
			 "a superuser)", .default_json = "false" },
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

static struct pg_role_options options_of(const json_t *o)
{
	struct pg_role_options r = {
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

	if (pg_query(s, "read role memberships",
		     "SELECT g.rolname FROM pg_auth_members m "
		     "JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member "
		     "WHERE u.rolname = $1", 1, params, true, &r, err))
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
	const char *prior_until = value_get_string(prior, "valid_until");
	const char *params[2] = { name, prior_until ? prior_until : "" };
	PGresult *r = NULL;
	json_t *o, *members = NULL;

	*out = NULL;
	if (pg_query(s, "read role",
		     "SELECT r.rolcanlogin, r.rolsuper, r.rolcreatedb, r.rolcreaterole, "
		     "r.rolconnlimit, CASE "
		     "WHEN COALESCE(r.rolvaliduntil, 'infinity') = NULLIF($2, '')::timestamptz THEN $2 "
		     "WHEN r.rolvaliduntil IS NULL OR r.rolvaliduntil = 'infinity' THEN NULL "
		     "ELSE r.rolvaliduntil::text END, r.rolinherit, r.rolreplication, r.rolbypassrls "
		     "FROM pg_roles r WHERE r.rolname = $1", 2, params, true, &r, err))
		return -1;
	if (PQntuples(r) != 1) {
		PQclear(r);
		return 0;
	}
	if (read_member_of(s, name, &members, err)) {
		PQclear(r);
		return -1;
	}
	o = json_pack("{s:s, s:b, s:b, s:b, s:b, s:I, s:o}", "name", name,
		      "login", !strcmp(pg_cell(r, 0, 0), "t"),
		      "superuser", !strcmp(pg_cell(r, 0, 1), "t"),
		      "createdb", !strcmp(pg_cell(r, 0, 2), "t"),
		      "createrole", !strcmp(pg_cell(r, 0, 3), "t"),
		      "connection_limit", (json_int_t)atoll(pg_cell(r, 0, 4)),
		      "member_of", members);
	json_object_set_new(o, "inherit", json_boolean(!strcmp(pg_cell(r, 0, 6), "t")));
	json_object_set_new(o, "replication", json_boolean(!strcmp(pg_cell(r, 0, 7), "t")));
	json_object_set_new(o, "bypass_rls", json_boolean(!strcmp(pg_cell(r, 0, 8), "t")));
	if (!PQgetisnull(r, 0, 5))
		json_object_set_new(o, "valid_until", json_string(pg_cell(r, 0, 5)));
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
	char *v;

	if (!password)
		return (char *)"";
	v = PQencryptPasswordConn(s->conn, password, name, "scram-sha-256");
	if (!v)
		strbuf_addf(err, "postgres %s: role \"%s\": cannot compute the password's "
			    "SCRAM verifier", s->database, name);
	return v;
}

static void free_verifier(char *v)
{
	if (v && *v) {
		memset(v, 0, strlen(v));
		PQfreemem(v);
	}
}

/* GRANT the roles in want that have lacks, REVOKE those it has beyond. */
static int sync_membership(struct pg_session *s, const char *name, const json_t *have,
			   const json_t *want, struct strbuf *err)
{
	size_t i;
	json_t *v;

	json_array_foreach(want, i, v) {
		const char *role = json_string_value(v);

		if (role && !value_list_has_string(have, role)) {
			char *what = pg_describe(s->conn, "GRANT", role);
			struct sqlbuf b;
			int rc;

			sql_init(&b, s->conn);
			pg_sql_membership(&b, true, role, name);
			rc = pg_exec_sql(s, what, &b, err);
			free(what);
			if (rc)
				return -1;
		}
	}
	json_array_foreach(have, i, v) {
		const char *role = json_string_value(v);

		if (role && !value_list_has_string(want, role)) {
			char *what = pg_describe(s->conn, "REVOKE", role);
			struct sqlbuf b;
			int rc;

			sql_init(&b, s->conn);
			pg_sql_membership(&b, false, role, name);
			rc = pg_exec_sql(s, what, &b, err);
			free(what);
			if (rc)
				return -1;
		}
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
	const char *password = value_get_string(desired, "password");
	struct pg_role_options want = options_of(desired), have;
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
	if (rc)
		goto out;
	have = options_of(now);
	if (password)
		verifier = password_verifier(s, name, password, err);
	else if (value_is_set(value_get(prior, "password")))
		verifier = (char *)""; /* PASSWORD NULL */
	if (password && !verifier) {
		rc = -1;
		goto out;
	}
	sql_init(&b, s->conn);
	if (pg_sql_role(&b, name, &want, &have, verifier))
		rc = pg_exec_sql(s, what, &b, err);
	else
		sql_release(&b);
	if (rc == 0)
		rc = sync_membership(s, name, value_get(now, "member_of"),
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
	const char *password = value_get_string(desired, "password");
	struct pg_role_options want = options_of(desired);
	char *verifier = password ? password_verifier(s, name, password, err) : NULL;
	char *what = pg_describe(s->conn, "CREATE ROLE", name);
	struct sqlbuf b;
	int rc = -1;

	if (!password || verifier) {
		sql_init(&b, s->conn);
		pg_sql_role(&b, name, &want, NULL, verifier);
		rc = pg_exec_sql(s, what, &b, err);
	}
	free_verifier(verifier);
	free(what);
	return rc;
}

static int role_create(void *client, const json_t *desired, bool may_exist, char **id,
		       json_t **out, struct strbuf *err)
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
	if (rc && !strcmp(s.sqlstate, PG_DUPLICATE_OBJECT) && may_exist) {
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
		rc = sync_membership(&s, name, NULL, want_members ? want_members : json_array(), err);
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

static int role_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	struct pg_session s;
	struct sqlbuf b;
	char *what;
	int rc;

	(void)prior;
	if (pg_session_open(client, NULL, &s, err))
		return -1;
	what = pg_describe(s.conn, "DROP ROLE", id);
	sql_init(&b, s.conn);
	sql_add(&b, "DROP ROLE IF EXISTS ");
	sql_ident(&b, id);
	rc = pg_exec_sql(&s, what, &b, err);
	if (rc && !strcmp(s.sqlstate, PG_DEPENDENT_OBJECTS))
		strbuf_addstr(err, "; revoke its privileges and drop or reassign what it owns "
			      "(REASSIGN OWNED, DROP OWNED) first");
	pg_session_close(&s);
	free(what);
	return rc;
}

/* member_of is a set: sorted, without duplicates. */
static int role_plan_desired(json_t *desired, struct strbuf *err)
{
	json_t *limit = json_object_get(desired, "connection_limit");
	json_t *sorted = value_string_set(json_object_get(desired, "member_of"));

	if (sorted)
		json_object_set_new(desired, "member_of", sorted);
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
