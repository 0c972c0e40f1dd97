/*
 * database.c: the postgres.database resource type — a database with its
 * owner, encoding and connection limit. The id is the database name.
 *
 * CREATE DATABASE runs alone, outside any transaction (PostgreSQL refuses
 * it inside one), from template0 so any encoding can be asked for. Destroy
 * is a plain DROP DATABASE, which the server refuses while sessions use the
 * database; force_destroy (CONFIG_ONLY) ends them first (WITH (FORCE)).
 * terrace's own connection to the database, if it made one, is closed
 * before either, and no other opens until the drop is done
 * (pg_client_hold).
 *
 * On Redshift (dialect.c) there are no templates and every database is
 * UTF-8: CREATE DATABASE names only the owner and a limit, and an encoding
 * other than UTF-8 is refused; force_destroy has no counterpart there.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "provider/postgres/postgres.h"

static const struct attr_schema database_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "database name" },
	{ .name = "owner", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "owning role; default the role terrace connects as" },
	{ .name = "encoding", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "character set encoding", .default_json = "\"UTF8\"" },
	{ .name = "connection_limit", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "concurrent connections allowed; -1 for no limit",
	  .default_json = "-1" },
	{ .name = "force_destroy", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY,
	  .description = "on destroy, end the sessions that use the database (DROP DATABASE "
			 "... WITH (FORCE)) instead of failing", .default_json = "false" },
	{ .name = NULL },
};

/*
 * The database as the catalog has it: 0 with *out, 0 with *out NULL when
 * there is none, -1 on error. An encoding spelled differently from the
 * catalog's name for the same encoding ("utf-8") reads as written.
 */
static int read_database(struct pg_session *s, const char *name, const json_t *prior,
			 json_t **out, struct strbuf *err)
{
	const char *prior_encoding = value_get_string(prior, "encoding");
	const char *params[2] = { name, prior_encoding ? prior_encoding : "" };
	PGresult *r = NULL;

	*out = NULL;
	if (pg_query(s, "read database", pg_session_dialect(s)->read_database, 2, params, true, &r,
		     err))
		return -1;
	if (PQntuples(r) == 1) {
		bool same_encoding = !strcmp(pg_cell(r, 0, 3), "t");
		const char *limit = pg_cell(r, 0, 2);

		*out = json_pack("{s:s, s:s, s:s, s:I}", "name", name, "owner", pg_cell(r, 0, 0),
				 "encoding", same_encoding ? prior_encoding : pg_cell(r, 0, 1),
				 "connection_limit",
				 (json_int_t)(strcmp(limit, "UNLIMITED") ? atoll(limit) : -1));
	}
	PQclear(r);
	return 0;
}

static int database_read(void *client, const char *id, const json_t *prior, json_t **out,
			 struct strbuf *err)
{
	struct pg_session s;
	int rc;

	*out = NULL;
	if (pg_session_open(client, NULL, &s, err))
		return -1;
	rc = read_database(&s, id, prior, out, err);
	pg_session_close(&s);
	return rc;
}

/* Bring an existing database's owner and connection limit to desired. */
static int converge(struct pg_session *s, const char *name, const json_t *desired,
		    struct strbuf *err)
{
	const char *owner = value_get_string(desired, "owner");
	long long limit = value_get_integer(desired, "connection_limit", -1);
	json_t *now = NULL;
	char *what = pg_describe(s->conn, "ALTER DATABASE", name);
	int rc = read_database(s, name, NULL, &now, err);
	struct sqlbuf b;

	if (rc == 0 && !now) {
		strbuf_addf(err, "postgres %s: database \"%s\" does not exist", s->database, name);
		rc = -1;
	}
	if (rc == 0 && owner && *owner && strcmp(owner, value_get_string(now, "owner"))) {
		sql_init(&b, s->conn);
		sql_add(&b, "ALTER DATABASE ");
		sql_ident(&b, name);
		sql_add(&b, " OWNER TO ");
		sql_ident(&b, owner);
		rc = pg_exec_sql(s, what, &b, err);
	}
	if (rc == 0 && limit != value_get_integer(now, "connection_limit", -1)) {
		sql_init(&b, s->conn);
		pg_session_dialect(s)->alter_database_limit(&b, name, limit);
		rc = pg_exec_sql(s, what, &b, err);
	}
	json_decref(now);
	free(what);
	return rc;
}

/* The attributes to store: what the catalog says now. */
static int stored(struct pg_session *s, const char *name, const json_t *desired, json_t **out,
		  struct strbuf *err)
{
	if (read_database(s, name, desired, out, err))
		return -1;
	if (!*out) {
		strbuf_addf(err, "postgres %s: database \"%s\" vanished right after it was made",
			    s->database, name);
		return -1;
	}
	return 0;
}

static int database_create(void *client, const json_t *desired, const struct create_call *call,
			   char **id, json_t **out, struct strbuf *err)
{
	const char *name = value_get_string(desired, "name");
	char *what;
	struct pg_session s;
	struct sqlbuf b;
	int rc;

	*id = NULL;
	*out = NULL;
	if (pg_session_open(client, NULL, &s, err))
		return -1;
	const struct pg_dialect *d = pg_session_dialect(&s);
	const char *encoding = value_get_string(desired, "encoding");
	if (d->sole_encoding && encoding && strcasecmp(encoding, d->sole_encoding) &&
	    strcasecmp(encoding, "UTF-8") && strcasecmp(encoding, "UNICODE")) {
		strbuf_addf(err, "postgres.database \"%s\": %s has only the %s encoding, not "
			    "\"%s\"", name, d->name, d->sole_encoding, encoding);
		pg_session_close(&s);
		return -1;
	}
	what = pg_describe(s.conn, "CREATE DATABASE", name);
	sql_init(&b, s.conn);
	d->create_database(&b, name, value_get_string(desired, "owner"), encoding,
			   value_get_integer(desired, "connection_limit", -1));
	struct strbuf create_err = STRBUF_INIT;
	rc = pg_exec_sql(&s, what, &b, &create_err);
	if (rc && !strcmp(s.sqlstate, PG_DUPLICATE_DATABASE) && call->may_exist) {
		/* An interrupted apply of ours made it: finish the job. */
		rc = converge(&s, name, desired, err);
	} else if (rc && !strcmp(s.sqlstate, PG_DUPLICATE_DATABASE)) {
		strbuf_addf(err, "postgres %s: database \"%s\" already exists but is not in this "
			    "state: import it or choose another name", s.database, name);
	} else if (rc) {
		strbuf_addstr(err, create_err.buf);
	}
	strbuf_release(&create_err);
	if (rc == 0) {
		*id = xstrdup(name);
		rc = stored(&s, name, desired, out, err);
	}
	pg_session_close(&s);
	free(what);
	return rc;
}

static int database_update(void *client, const char *id, const json_t *prior,
			   const json_t *desired, json_t **out, struct strbuf *err)
{
	struct pg_session s;
	int rc;

	(void)prior;
	*out = NULL;
	if (pg_session_open(client, NULL, &s, err))
		return -1;
	rc = converge(&s, id, desired, err);
	if (rc == 0)
		rc = stored(&s, id, desired, out, err);
	pg_session_close(&s);
	return rc;
}

static int database_delete(void *client, const char *id, const json_t *prior,
			   struct strbuf *err)
{
	bool force = pg_attr_bool(prior, "force_destroy");
	char *what;
	struct pg_session s;
	struct sqlbuf b;
	/* Our own session would keep the database in use: closed, and none
	 * opened (a role's delete cleaning up in it) until it is dropped. */
	struct pg_db *held = pg_client_hold(client, id);
	int rc = pg_database_exists(client, id, err);

	if (rc <= 0 || pg_session_open(client, NULL, &s, err)) {
		pg_client_release(held);
		return rc <= 0 ? rc : -1; /* 0: gone already */
	}
	what = pg_describe(s.conn, "DROP DATABASE", id);
	sql_init(&b, s.conn);
	pg_session_dialect(&s)->drop_database(&b, id, force);
	rc = pg_exec_sql(&s, what, &b, err);
	if (rc && !strcmp(s.sqlstate, PG_OBJECT_IN_USE))
		strbuf_addstr(err, "; set force_destroy: true to end those sessions on destroy");
	pg_session_close(&s);
	pg_client_release(held);
	free(what);
	return rc;
}

static int database_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err)
{
	json_t *limit = json_object_get(desired, "connection_limit");

	(void)prior;
	if (json_is_number(limit) && (json_number_value(limit) < -1 ||
				      json_number_value(limit) != (double)(json_int_t)json_number_value(limit))) {
		strbuf_addf(err, "postgres.database: connection_limit must be -1 (no limit) or a "
			    "whole number from 0, got %g", json_number_value(limit));
		return -1;
	}
	return 0;
}

const struct resource_type postgres_database_type = {
	.name = "postgres.database",
	.description = "a PostgreSQL database with its owner, encoding and connection limit",
	.attrs = database_attrs,
	.read = database_read,
	.create = database_create,
	.update = database_update,
	.delete = database_delete,
	.plan_desired = database_plan_desired,
	.import_id = "its name",
	.id_attr = "name",
};
