/*
 * schema.c: the postgres.schema resource type — a schema in one database
 * (the provider's unless `database` names another) with its owner. The id
 * is "database/schema"; read and delete take both names from the stored
 * attributes, which always hold them.
 *
 * Destroy runs DROP SCHEMA ... RESTRICT, which the server refuses for a
 * schema that still holds tables or anything else: the message says so and
 * names drop_cascade (CONFIG_ONLY), which makes it DROP SCHEMA ... CASCADE.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/postgres/postgres.h"

static const struct attr_schema schema_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "schema name" },
	{ .name = "database", .type = ATTR_STRING,
	  .flags = ATTR_OPTIONAL | ATTR_COMPUTED | ATTR_FORCE_NEW,
	  .description = "database that holds the schema; default the provider's" },
	{ .name = "owner", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "owning role; default the role terrace connects as" },
	{ .name = "drop_cascade", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY,
	  .description = "on destroy, drop everything in the schema too (DROP SCHEMA ... "
			 "CASCADE); otherwise a schema that is not empty is not dropped",
	  .default_json = "false" },
	{ .name = NULL },
};

/* The schema's database and name: from the attributes, unless the id
 * ("database/name") names another schema (an import: the attributes are
 * then the configuration, the id what to adopt), or they lack the name.
 * The returned strings belong to o or to *buf (free it). */
static void target_of(struct pg_client *c, const char *id, const json_t *o,
		      const char **database, const char **name, char **buf)
{
	const char *slash = id ? strchr(id, '/') : NULL;
	char *own;

	*buf = NULL;
	*database = value_get_string(o, "database");
	if (!*database || !**database)
		*database = pg_client_default_database(c);
	*name = value_get_string(o, "name");
	own = *name ? xasprintf("%s/%s", *database, *name) : NULL;
	if (slash && (!own || strcmp(own, id))) {
		*buf = xstrndup(id, (size_t)(slash - id));
		*database = *buf;
		*name = slash + 1;
	} else if (!*name) {
		*name = id ? id : "";
	}
	free(own);
}

static int read_schema(struct pg_session *s, const char *name, json_t **out, struct strbuf *err)
{
	const char *params[1] = { name };
	PGresult *r = NULL;

	*out = NULL;
	if (pg_query(s, "read schema",
		     "SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = $1",
		     1, params, true, &r, err))
		return -1;
	if (PQntuples(r) == 1)
		*out = json_pack("{s:s, s:s, s:s}", "name", name, "database", s->database,
				 "owner", pg_cell(r, 0, 0));
	PQclear(r);
	return 0;
}

static int schema_read(void *client, const char *id, const json_t *prior, json_t **out,
		       struct strbuf *err)
{
	const char *database, *name;
	char *buf;
	struct pg_session s;
	int rc;

	*out = NULL;
	target_of(client, id, prior, &database, &name, &buf);
	rc = pg_database_exists(client, database, err);
	if (rc == 1 && (rc = pg_session_open(client, database, &s, err)) == 0) {
		rc = read_schema(&s, name, out, err);
		pg_session_close(&s);
	}
	free(buf);
	return rc < 0 ? -1 : 0;
}

static int set_owner(struct pg_session *s, const char *name, const char *owner,
		     struct strbuf *err)
{
	char *what = pg_describe(s->conn, "ALTER SCHEMA", name);
	struct sqlbuf b;
	int rc;

	sql_init(&b, s->conn);
	sql_add(&b, "ALTER SCHEMA ");
	sql_ident(&b, name);
	sql_add(&b, " OWNER TO ");
	sql_ident(&b, owner);
	rc = pg_exec_sql(s, what, &b, err);
	free(what);
	return rc;
}

/* Bring the schema's owner to desired, then read what is stored. */
static int converge(struct pg_session *s, const char *name, const json_t *desired, json_t **out,
		    struct strbuf *err)
{
	const char *owner = value_get_string(desired, "owner");
	json_t *now = NULL;

	if (read_schema(s, name, &now, err))
		return -1;
	if (!now) {
		strbuf_addf(err, "postgres %s: schema \"%s\" does not exist", s->database, name);
		return -1;
	}
	if (owner && *owner && strcmp(owner, value_get_string(now, "owner"))) {
		json_decref(now);
		now = NULL;
		if (set_owner(s, name, owner, err) || read_schema(s, name, &now, err))
			return -1;
	}
	*out = now;
	return 0;
}

static int schema_create(void *client, const json_t *desired, bool may_exist, char **id,
			 json_t **out, struct strbuf *err)
{
	const char *database, *name;
	struct strbuf create_err = STRBUF_INIT;
	struct pg_session s;
	struct sqlbuf b;
	char *buf, *what;
	int rc;

	*id = NULL;
	*out = NULL;
	target_of(client, NULL, desired, &database, &name, &buf);
	if (pg_session_open(client, database, &s, err)) {
		free(buf);
		return -1;
	}
	what = pg_describe(s.conn, "CREATE SCHEMA", name);
	sql_init(&b, s.conn);
	pg_sql_create_schema(&b, name, value_get_string(desired, "owner"));
	rc = pg_exec_sql(&s, what, &b, &create_err);
	if (rc && !strcmp(s.sqlstate, PG_DUPLICATE_SCHEMA) && may_exist) {
		rc = 0; /* an interrupted apply of ours made it */
	} else if (rc && !strcmp(s.sqlstate, PG_DUPLICATE_SCHEMA)) {
		strbuf_addf(err, "postgres %s: schema \"%s\" already exists but is not in this "
			    "state: import it or choose another name", s.database, name);
	} else if (rc) {
		strbuf_addstr(err, create_err.buf);
	}
	if (rc == 0) {
		*id = xasprintf("%s/%s", s.database, name);
		rc = converge(&s, name, desired, out, err);
	}
	pg_session_close(&s);
	strbuf_release(&create_err);
	free(what);
	free(buf);
	return rc;
}

static int schema_update(void *client, const char *id, const json_t *prior,
			 const json_t *desired, json_t **out, struct strbuf *err)
{
	const char *database, *name;
	struct pg_session s;
	char *buf;
	int rc;

	*out = NULL;
	target_of(client, id, prior, &database, &name, &buf);
	rc = pg_session_open(client, database, &s, err);
	if (rc == 0) {
		rc = converge(&s, name, desired, out, err);
		pg_session_close(&s);
	}
	free(buf);
	return rc;
}

static int schema_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	const char *database, *name;
	struct pg_session s;
	struct sqlbuf b;
	char *buf, *what;
	int rc;

	target_of(client, id, prior, &database, &name, &buf);
	rc = pg_database_exists(client, database, err);
	if (rc <= 0 || pg_session_open(client, database, &s, err)) {
		free(buf);
		return rc < 0 || rc == 1 ? -1 : 0; /* no database: the schema is gone */
	}
	what = pg_describe(s.conn, "DROP SCHEMA", name);
	sql_init(&b, s.conn);
	pg_sql_drop_schema(&b, name, pg_attr_bool(prior, "drop_cascade"));
	rc = pg_exec_sql(&s, what, &b, err);
	if (rc && !strcmp(s.sqlstate, PG_DEPENDENT_OBJECTS))
		strbuf_addstr(err, "; the schema is not empty: drop what is in it, or set "
			      "drop_cascade: true to drop it with everything in it");
	pg_session_close(&s);
	free(what);
	free(buf);
	return rc;
}

const struct resource_type postgres_schema_type = {
	.name = "postgres.schema",
	.description = "a schema in a PostgreSQL database, with its owner",
	.attrs = schema_attrs,
	.read = schema_read,
	.create = schema_create,
	.update = schema_update,
	.delete = schema_delete,
	.import_id = "DATABASE/NAME",
};
