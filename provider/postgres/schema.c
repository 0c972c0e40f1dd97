/*
 * schema.c: the postgres.schema resource type — a schema in one database
 * (the provider's unless `database` names another) with its owner. The id
 * is "database/schema"; read and delete take both names from the stored
 * attributes, which always hold them.
 *
 * Destroy runs DROP SCHEMA ... RESTRICT, which the server refuses for a
 * schema that still holds tables or anything else: the message says so and
 * names drop_cascade (CONFIG_ONLY), which makes it DROP SCHEMA ... CASCADE.
 *
 * On Redshift a schema may be external: external_database and iam_role make
 * it CREATE EXTERNAL SCHEMA ... FROM DATA CATALOG DATABASE '...' IAM_ROLE
 * '...' (the Glue Data Catalog database the tables are in), read back from
 * SVV_EXTERNAL_SCHEMAS. Destroy drops the schema, never the catalog
 * database.
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
	{ .name = "external_database", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "Redshift: make an external schema over this Glue Data Catalog database "
			 "(CREATE EXTERNAL SCHEMA ... FROM DATA CATALOG); needs iam_role" },
	{ .name = "iam_role", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "Redshift external schema: ARN of the IAM role Redshift assumes to read "
			 "the catalog and the data" },
	/* Added after the type shipped: unset, it is not managed
	 * (docs/adding-a-resource-type.md, "Attributes added later"). */
	{ .name = "create_external_database", .type = ATTR_BOOL,
	  .flags = ATTR_OPTIONAL | ATTR_COMPUTED | ATTR_CONFIG_ONLY,
	  .description = "Redshift external schema: create the catalog database when it is "
			 "missing (CREATE EXTERNAL DATABASE IF NOT EXISTS); unset: false" },
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

/* The catalog database and IAM role of an external schema, if it is one. */
static int read_external(struct pg_session *s, const char *name, json_t *o, struct strbuf *err)
{
	const char *sql = pg_session_dialect(s)->read_external_schema;
	const char *params[1] = { name };
	PGresult *r = NULL;

	if (!sql)
		return 0;
	if (pg_query(s, "read external schema", sql, 1, params, true, &r, err))
		return -1;
	if (PQntuples(r) == 1) {
		/* esoptions reads {"IAM_ROLE":"arn:aws:iam::...:role/..."} */
		json_t *options = json_loads(pg_cell(r, 0, 1), 0, NULL);
		const char *role = json_string_value(json_object_get(options, "IAM_ROLE"));

		json_object_set_new(o, "external_database", json_string(pg_cell(r, 0, 0)));
		if (role)
			json_object_set_new(o, "iam_role", json_string(role));
		json_decref(options);
	}
	PQclear(r);
	return 0;
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
	if (*out && read_external(s, name, *out, err)) {
		json_decref(*out);
		*out = NULL;
		return -1;
	}
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

static int schema_create(void *client, const json_t *desired, const struct create_call *call,
			 char **id, json_t **out, struct strbuf *err)
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
	const char *external = value_get_string(desired, "external_database");
	if (external && !pg_session_dialect(&s)->has_external_schemas) {
		strbuf_addf(err, "postgres.schema \"%s\": external_database needs Redshift (an "
			    "external schema over the Glue Data Catalog); this provider's engine "
			    "is %s", name, pg_session_dialect(&s)->name);
		pg_session_close(&s);
		free(buf);
		return -1;
	}
	what = pg_describe(s.conn, external ? "CREATE EXTERNAL SCHEMA" : "CREATE SCHEMA", name);
	sql_init(&b, s.conn);
	if (external)
		pg_sql_create_external_schema(&b, name, external, value_get_string(desired, "iam_role"),
					      pg_attr_bool(desired, "create_external_database"));
	else
		pg_sql_create_schema(&b, name, value_get_string(desired, "owner"));
	rc = pg_exec_sql(&s, what, &b, &create_err);
	if (rc && !strcmp(s.sqlstate, PG_DUPLICATE_SCHEMA) && call->may_exist) {
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

/* An external schema needs both its catalog database and its role. */
static int schema_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err)
{
	const json_t *external = json_object_get(desired, "external_database");
	const json_t *role = json_object_get(desired, "iam_role");

	(void)prior;
	if (value_is_set(external) != value_is_set(role)) {
		strbuf_addstr(err, "postgres.schema: external_database and iam_role go together "
			      "(an external schema over the Glue Data Catalog needs both)");
		return -1;
	}
	if (!value_is_set(external) && pg_attr_bool(desired, "create_external_database")) {
		strbuf_addstr(err, "postgres.schema: create_external_database is for an external "
			      "schema (external_database, iam_role)");
		return -1;
	}
	return 0;
}

const struct resource_type postgres_schema_type = {
	.name = "postgres.schema",
	.description = "a schema in a PostgreSQL database, with its owner; on Redshift also an "
		       "external schema over a Glue Data Catalog database",
	.attrs = schema_attrs,
	.read = schema_read,
	.create = schema_create,
	.update = schema_update,
	.delete = schema_delete,
	.plan_desired = schema_plan_desired,
	.import_id = "DATABASE/NAME",
};
