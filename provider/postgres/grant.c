/*
 * grant.c: the postgres.grant resource type — the privileges one role
 * holds on a database, on a schema, or on all tables of a schema (views,
 * materialized views, foreign and partitioned tables included, as GRANT ...
 * ON ALL TABLES has it), all its sequences or all its functions, optionally
 * with the default privileges that cover those made later in that schema.
 *
 * The id reads role@database, role@database/schema or
 * role@database/schema:tables; read, update and delete take the names from
 * the stored attributes, which always hold them, except that read() takes
 * them from an id naming another grant (an import, whose attributes are
 * the configuration).
 *
 * read() asks the catalogs through the dialect (dialect.c): on PostgreSQL
 * aclexplode over pg_database, pg_namespace, pg_class and pg_default_acl;
 * on Redshift has_*_privilege for a user (its effective privileges, those
 * through groups and PUBLIC included) and the SVV_*_PRIVILEGES views for
 * a group, a role or PUBLIC, where the grantee is written GROUP "g" or
 * ROLE "r". Privileges Redshift does not have (CONNECT, TRIGGER, TRUNCATE,
 * anything on sequences) are never sent there: a list holding them, as ALL
 * does, grants the others and reads back as written. So a REVOKE made by
 * hand shows as drift:
 * for tables, a privilege counts when every table of the schema has it (a
 * table made later without it shows as drift too), and, with
 * with_default_privileges, when the default privileges have it as well.
 * A schema without tables shows nothing to compare, so the stored list
 * stands.
 *
 * The privileges listed are the exact set the role holds on the object:
 * create and update grant those and revoke the others; delete revokes
 * exactly the listed ones. Keep one grant per role and object. Default
 * privileges are those of the role terrace connects as (ALTER DEFAULT
 * PRIVILEGES without FOR ROLE): they cover tables that role makes later,
 * such as those of postgres.sql migrations.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/postgres/postgres.h"

static const struct attr_schema grant_attrs[] = {
	{ .name = "role", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "role that receives the privileges; \"public\" for PUBLIC" },
	{ .name = "database", .type = ATTR_STRING,
	  .flags = ATTR_OPTIONAL | ATTR_COMPUTED | ATTR_FORCE_NEW,
	  .description = "the database (object_type database), or the one holding the schema; "
			 "default the provider's" },
	{ .name = "object_type", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "database, schema, table, sequence or function (the last three: all "
			 "of that kind in the schema)" },
	{ .name = "schema", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "the schema, for every object_type but database" },
	{ .name = "privileges", .type = ATTR_LIST, .flags = ATTR_REQUIRED, .elem_type = ATTR_STRING,
	  .description = "e.g. [CONNECT], [USAGE], [SELECT, INSERT], [ALL]; a set" },
	{ .name = "with_default_privileges", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "object_type table, sequence, function: also grant the privileges on "
			 "those made later in the schema (ALTER DEFAULT PRIVILEGES)",
	  .default_json = "false" },
	{ .name = NULL },
};

/* What a grant is on. */
struct grant_target {
	const char *role;
	const char *database;
	enum pg_grant_object on;
	const char *schema;
	enum pg_grantee_kind kind;     /* what the role is, once looked up */
};

static void target_of(struct pg_client *c, const json_t *o, struct grant_target *t)
{
	int on = pg_grant_object_parse(value_get_string(o, "object_type"));

	t->role = value_get_string(o, "role");
	t->database = value_get_string(o, "database");
	if (!t->database || !*t->database)
		t->database = pg_client_default_database(c);
	t->on = on < 0 ? PG_ON_DATABASE : (enum pg_grant_object)on;
	t->kind = PG_GRANTEE_NONE;
	t->schema = value_get_string(o, "schema");
	if (!t->role)
		t->role = "";
	if (!t->schema)
		t->schema = "";
}

/* The privilege names of rows in column 0 as a sorted set. */
static json_t *privilege_set(const PGresult *r)
{
	json_t *list = json_array(), *set;

	for (int i = 0; i < PQntuples(r); i++)
		json_array_append_new(list, json_string(pg_cell(r, i, 0)));
	set = value_string_set(list);
	json_decref(list);
	return set;
}

/* 1 when the role (or PUBLIC) and the object exist, 0 when either is
 * gone, -1 on error; t->kind gets what the role is. `s` is a session on
 * the target's database. */
static int target_exists(struct pg_session *s, struct grant_target *t, struct strbuf *err)
{
	const char *params[1] = { t->on == PG_ON_DATABASE ? t->database : t->schema };
	const char *sql = t->on == PG_ON_DATABASE
		? "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)"
		: "SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1)";

	if (pg_grantee_kind_of(s, t->role, &t->kind, err))
		return -1;
	if (t->kind == PG_GRANTEE_NONE)
		return 0;
	return pg_exists(s, "look up grant target", sql, 1, params, err);
}

/* The query that reads the grantee's privileges on the target, or NULL
 * when the object type does not exist here. */
static const char *privileges_query(const struct pg_dialect *d, const struct grant_target *t)
{
	return d->read_privileges[t->kind == PG_GRANTEE_USER][t->on];
}

/* Whether the dialect has privilege p on the object type. */
static bool dialect_has(const struct pg_dialect *d, enum pg_grant_object on, const char *p)
{
	const char *const *list = d->privileges[on];

	for (size_t i = 0; list && list[i]; i++)
		if (!strcmp(list[i], p))
			return true;
	return false;
}

/* The privileges of `list` that the dialect has (has) or lacks (!has). */
static json_t *filter_privileges(const struct pg_dialect *d, enum pg_grant_object on,
				 const json_t *list, bool has)
{
	json_t *out = json_array();
	size_t i;
	json_t *v;

	json_array_foreach(list, i, v)
		if (json_is_string(v) && dialect_has(d, on, json_string_value(v)) == has)
			json_array_append(out, v);
	return out;
}

/* The privileges the role holds on the database or schema. */
static int read_object_privileges(struct pg_session *s, const struct grant_target *t,
				  json_t **out, struct strbuf *err)
{
	const struct pg_dialect *d = pg_session_dialect(s);
	const char *params[3] = { t->role, t->on == PG_ON_DATABASE ? t->database : t->schema,
				  pg_grantee_kind_name(t->kind) };
	PGresult *r = NULL;
	json_t *all;

	if (pg_query(s, "read privileges", privileges_query(d, t), 3, params, true, &r, err))
		return -1;
	all = privilege_set(r);
	PQclear(r);
	*out = filter_privileges(d, t->on, all, true);
	json_decref(all);
	return 0;
}

/* The privileges every object of the kind in the schema gives the role;
 * *n_tables gets how many objects there are. */
static int read_table_privileges(struct pg_session *s, const struct grant_target *t,
				 json_t **out, long *n_tables, struct strbuf *err)
{
	const struct pg_dialect *d = pg_session_dialect(s);
	const char *params[3] = { t->role, t->schema, pg_grantee_kind_name(t->kind) };
	PGresult *r = NULL;
	json_t *list;

	*out = NULL;
	if (!privileges_query(d, t) || !d->count_objects[t->on]) {
		*n_tables = 0;
		*out = json_array();
		return 0;
	}
	if (pg_query(s, "count the objects of the schema", d->count_objects[t->on], 1,
		     params + 1, true, &r, err))
		return -1;
	*n_tables = atol(pg_cell(r, 0, 0));
	PQclear(r);
	if (pg_query(s, "read privileges on every object of the schema", privileges_query(d, t),
		     3, params, true, &r, err))
		return -1;
	list = json_array();
	for (int i = 0; i < PQntuples(r); i++)
		if (atol(pg_cell(r, i, 1)) == *n_tables && dialect_has(d, t->on, pg_cell(r, i, 0)))
			json_array_append_new(list, json_string(pg_cell(r, i, 0)));
	*out = value_string_set(list);
	json_decref(list);
	PQclear(r);
	return 0;
}

/* The default privileges that the connecting role's future objects of the
 * kind in the schema give the grantee. */
static int read_default_privileges(struct pg_session *s, const struct grant_target *t,
				   json_t **out, struct strbuf *err)
{
	const char *sql = pg_session_dialect(s)->read_default_privileges[t->on];
	const char *params[3] = { t->role, t->schema, pg_grantee_kind_name(t->kind) };
	PGresult *r = NULL;

	if (!sql) {
		*out = json_array();
		return 0;
	}
	if (pg_query(s, "read default privileges", sql, 3, params, true, &r, err))
		return -1;
	*out = privilege_set(r);
	PQclear(r);
	return 0;
}

/* Elements of a that are in b. */
static json_t *intersect(const json_t *a, const json_t *b)
{
	json_t *out = json_array();
	size_t i;
	json_t *v;

	json_array_foreach(a, i, v)
		if (value_list_has_string(b, json_string_value(v)))
			json_array_append(out, v);
	return out;
}

/* Build the grant's attributes from what the catalogs say. */
static int read_grant(struct pg_session *s, struct grant_target *t, const json_t *prior,
		      json_t **out, struct strbuf *err)
{
	const struct pg_dialect *d = pg_session_dialect(s);
	json_t *privileges = NULL, *defaults = NULL, *absent;
	bool with_default = false;
	long n_tables = 0;
	int rc;

	*out = NULL;
	rc = target_exists(s, t, err);
	if (rc <= 0)
		return rc;
	if (!PG_ON_ALL_IN_SCHEMA(t->on)) {
		if (read_object_privileges(s, t, &privileges, err))
			return -1;
	} else {
		if (read_table_privileges(s, t, &privileges, &n_tables, err) ||
		    read_default_privileges(s, t, &defaults, err)) {
			json_decref(privileges);
			return -1;
		}
		with_default = json_array_size(defaults) > 0;
		if (n_tables == 0) {
			/* No table to look at: what the defaults say, else the
			 * stored list. */
			json_decref(privileges);
			privileges = value_string_set(pg_attr_bool(prior, "with_default_privileges")
						      ? defaults : value_get(prior, "privileges"));
		} else if (pg_attr_bool(prior, "with_default_privileges")) {
			json_t *both = intersect(privileges, defaults);

			json_decref(privileges);
			privileges = both;
		}
	}
	/* What the server has no such privilege for reads as written. */
	absent = filter_privileges(d, t->on, value_get(prior, "privileges"), false);
	if (json_array_size(absent)) {
		json_array_extend(absent, privileges);
		json_decref(privileges);
		privileges = value_string_set(absent);
	}
	json_decref(absent);
	*out = json_pack("{s:s, s:s, s:s, s:o, s:b}", "role", t->role, "database", t->database,
			 "object_type", value_get_string(prior, "object_type")
			 ? value_get_string(prior, "object_type") : "database",
			 "privileges", privileges ? privileges : json_array(),
			 "with_default_privileges", with_default);
	if (t->on != PG_ON_DATABASE)
		json_object_set_new(*out, "schema", json_string(t->schema));
	json_decref(defaults);
	return 0;
}

static int open_for(struct pg_client *c, const struct grant_target *t, struct pg_session *s,
		    struct strbuf *err)
{
	/* Database privileges live in a shared catalog: any database will do. */
	return pg_session_open(c, t->on == PG_ON_DATABASE ? NULL : t->database, s, err);
}

/*
 * The target of the grant `o` describes, with a session open for it: 1
 * (pg_session_close follows), 0 when its database does not exist (nothing
 * is granted on it then), -1 on error.
 */
static int open_target(struct pg_client *c, const json_t *o, struct grant_target *t,
		       struct pg_session *s, struct strbuf *err)
{
	int rc;

	target_of(c, o, t);
	rc = t->on == PG_ON_DATABASE ? 1 : pg_database_exists(c, t->database, err);
	if (rc <= 0)
		return rc;
	return open_for(c, t, s, err) ? -1 : 1;
}

static char *grant_id(const struct grant_target *t)
{
	if (t->on == PG_ON_DATABASE)
		return xasprintf("%s@%s", t->role, t->database);
	if (t->on == PG_ON_SCHEMA)
		return xasprintf("%s@%s/%s", t->role, t->database, t->schema);
	return xasprintf("%s@%s/%s:%s", t->role, t->database, t->schema,
			 t->on == PG_ON_SEQUENCES ? "sequences"
			 : t->on == PG_ON_FUNCTIONS ? "functions" : "tables");
}

/*
 * The attributes naming the grant an id names (role@database,
 * role@database/schema, role@database/schema:tables; the role is what
 * precedes the last '@'), as a new object with `base`'s other attributes,
 * or NULL when the id does not read so.
 */
static json_t *attrs_of_id(const char *id, const json_t *base)
{
	const char *at = strrchr(id, '@'), *slash, *object_type = "database";
	char *database, *schema = NULL;
	size_t n;
	json_t *o;

	if (!at || at == id || !at[1])
		return NULL;
	slash = strchr(at + 1, '/');
	database = slash ? xstrndup(at + 1, (size_t)(slash - at - 1)) : xstrdup(at + 1);
	if (slash) {
		n = strlen(slash + 1);
		object_type = "schema";
		static const char *const suffixes[][2] = {
			{ ":tables", "table" }, { ":sequences", "sequence" }, { ":functions", "function" },
		};
		for (size_t k = 0; k < sizeof(suffixes) / sizeof(suffixes[0]); k++) {
			size_t len = strlen(suffixes[k][0]);
			if (n > len && !strcmp(slash + 1 + n - len, suffixes[k][0])) {
				n -= len;
				object_type = suffixes[k][1];
				break;
			}
		}
		schema = xstrndup(slash + 1, n);
	}
	o = json_is_object(base) ? json_deep_copy(base) : json_object();
	json_object_set_new(o, "role", json_stringn(id, (size_t)(at - id)));
	json_object_set_new(o, "database", json_string(database));
	json_object_set_new(o, "object_type", json_string(object_type));
	if (schema)
		json_object_set_new(o, "schema", json_string(schema));
	else
		json_object_del(o, "schema");
	free(database);
	free(schema);
	return o;
}

static int grant_read(void *client, const char *id, const json_t *prior, json_t **out,
		      struct strbuf *err)
{
	struct grant_target t;
	struct pg_session s;
	json_t *named = NULL;
	char *own;
	int rc;

	*out = NULL;
	/* State's attributes name the grant; at an import they are the
	 * configuration, and the id says which grant to adopt. */
	target_of(client, prior, &t);
	own = grant_id(&t);
	if (id && strcmp(own, id))
		named = attrs_of_id(id, prior);
	free(own);
	rc = open_target(client, named ? named : prior, &t, &s, err);
	if (rc > 0) {
		rc = read_grant(&s, &t, named ? named : prior, out, err);
		pg_session_close(&s);
	}
	json_decref(named);
	return rc < 0 ? -1 : 0;
}

static char *describe(const struct grant_target *t, bool grant)
{
	const char *on = t->on == PG_ON_DATABASE ? "DATABASE" : t->on == PG_ON_SCHEMA ? "SCHEMA"
			 : t->on == PG_ON_SEQUENCES ? "ALL SEQUENCES IN SCHEMA"
			 : t->on == PG_ON_FUNCTIONS ? "ALL FUNCTIONS IN SCHEMA" : "ALL TABLES IN SCHEMA";

	return xasprintf("%s ON %s \"%s\" %s \"%s\"", grant ? "GRANT" : "REVOKE", on,
			 t->on == PG_ON_DATABASE ? t->database : t->schema,
			 grant ? "TO" : "FROM", t->role);
}

/* The keyword the grantee is written after (GROUP, ROLE on Redshift). */
static const char *grantee_keyword(const struct pg_dialect *d, const struct grant_target *t)
{
	return t->kind >= 0 ? d->grantee_keyword[t->kind] : NULL;
}

static int run_grant(struct pg_session *s, const struct grant_target *t, bool grant,
		     const json_t *privileges, struct strbuf *err)
{
	const struct pg_dialect *d = pg_session_dialect(s);
	json_t *here = filter_privileges(d, t->on, privileges, true);
	char *what;
	struct sqlbuf b;
	int rc;

	if (!json_array_size(here)) {
		json_decref(here);
		return 0;
	}
	what = describe(t, grant);
	sql_init(&b, s->conn);
	pg_sql_grant_to(&b, grant, t->on, t->database, t->schema, here, grantee_keyword(d, t),
			t->role);
	rc = pg_exec_sql(s, what, &b, err);
	free(what);
	json_decref(here);
	return rc;
}

static int run_default_grant(struct pg_session *s, const struct grant_target *t, bool grant,
			     const json_t *privileges, struct strbuf *err)
{
	const struct pg_dialect *d = pg_session_dialect(s);
	json_t *here = filter_privileges(d, t->on, privileges, true);
	char *what;
	struct sqlbuf b;
	int rc;

	if (!json_array_size(here)) {
		json_decref(here);
		return 0;
	}
	what = xasprintf("ALTER DEFAULT PRIVILEGES IN SCHEMA \"%s\" %s", t->schema,
			 grant ? "GRANT" : "REVOKE");
	sql_init(&b, s->conn);
	pg_sql_default_privileges_to(&b, grant, t->on, t->schema, here, grantee_keyword(d, t),
				     t->role);
	rc = pg_exec_sql(s, what, &b, err);
	free(what);
	json_decref(here);
	return rc;
}

/* All privileges of the object type here that are not in want. */
static json_t *others(const struct pg_dialect *d, enum pg_grant_object on, const json_t *want)
{
	const char *const *all = d->privileges[on];
	json_t *out = json_array();

	for (size_t i = 0; all && all[i]; i++)
		if (!value_list_has_string(want, all[i]))
			json_array_append_new(out, json_string(all[i]));
	return out;
}

/*
 * Make the role's privileges on the object exactly desired's: revoke the
 * others, grant the listed ones, and the same for the default privileges
 * when asked for (or revoke the defaults granted before when no longer).
 */
static int converge(struct pg_session *s, const struct grant_target *t, const json_t *prior,
		    const json_t *desired, struct strbuf *err)
{
	const json_t *want = value_get(desired, "privileges");
	json_t *revoke = others(pg_session_dialect(s), t->on, want);
	int rc = run_grant(s, t, false, revoke, err);

	if (rc == 0)
		rc = run_grant(s, t, true, want, err);
	if (rc == 0 && PG_ON_ALL_IN_SCHEMA(t->on)) {
		if (pg_attr_bool(desired, "with_default_privileges")) {
			rc = run_default_grant(s, t, false, revoke, err);
			if (rc == 0)
				rc = run_default_grant(s, t, true, want, err);
		} else if (pg_attr_bool(prior, "with_default_privileges")) {
			rc = run_default_grant(s, t, false, value_get(prior, "privileges"), err);
		}
	}
	json_decref(revoke);
	return rc;
}

static int apply_grant(struct pg_client *c, const json_t *prior, const json_t *desired,
		       json_t **out, struct strbuf *err)
{
	struct grant_target t;
	struct pg_session s;
	int rc;

	*out = NULL;
	target_of(c, desired, &t);
	if (open_for(c, &t, &s, err))
		return -1;
	if (!pg_session_dialect(&s)->privileges[t.on]) {
		strbuf_addf(err, "postgres.grant to \"%s\": %s has no %s objects to grant on",
			    t.role, pg_session_dialect(&s)->name,
			    value_get_string(desired, "object_type"));
		pg_session_close(&s);
		return -1;
	}
	/* A missing role or object: the server's GRANT says which. */
	rc = target_exists(&s, &t, err);
	if (rc >= 0)
		rc = converge(&s, &t, prior, desired, err);
	if (rc == 0)
		rc = read_grant(&s, &t, desired, out, err);
	if (rc == 0 && !*out) {
		strbuf_addf(err, "postgres %s: grant to \"%s\": the role or the object does not "
			    "exist", s.database, t.role);
		rc = -1;
	}
	pg_session_close(&s);
	return rc < 0 ? -1 : 0;
}

static int grant_create(void *client, const json_t *desired, const struct create_call *call,
			char **id, json_t **out, struct strbuf *err)
{
	struct grant_target t;

	/* GRANT is idempotent: an interrupted earlier attempt needs nothing. */
	(void)call->may_exist;
	*id = NULL;
	if (apply_grant(client, NULL, desired, out, err))
		return -1;
	target_of(client, desired, &t);
	*id = grant_id(&t);
	return 0;
}

static int grant_update(void *client, const char *id, const json_t *prior,
			const json_t *desired, json_t **out, struct strbuf *err)
{
	(void)id;
	return apply_grant(client, prior, desired, out, err);
}

static int grant_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	struct grant_target t;
	struct pg_session s;
	int rc;

	(void)id;
	rc = open_target(client, prior, &t, &s, err);
	if (rc <= 0)
		return rc; /* no database: nothing is granted on it */
	rc = target_exists(&s, &t, err);
	if (rc == 1)
		rc = run_grant(&s, &t, false, value_get(prior, "privileges"), err);
	if (rc == 0 && PG_ON_ALL_IN_SCHEMA(t.on) && pg_attr_bool(prior, "with_default_privileges"))
		rc = run_default_grant(&s, &t, false, value_get(prior, "privileges"), err);
	pg_session_close(&s);
	return rc < 0 ? -1 : 0;
}

/* object_type, schema and with_default_privileges must fit together; the
 * privileges become their canonical sorted set. */
static int grant_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err)
{
	const json_t *type = json_object_get(desired, "object_type");
	const json_t *schema = json_object_get(desired, "schema");
	const json_t *privileges = json_object_get(desired, "privileges");
	int on;
	json_t *set;

	(void)prior;
	if (value_contains_unknown(type))
		return 0;
	on = pg_grant_object_parse(json_string_value(type));
	if (on < 0) {
		strbuf_addf(err, "postgres.grant: object_type must be database, schema, table, sequence "
			    "or function, "
			    "got \"%s\"", json_string_value(type) ? json_string_value(type) : "");
		return -1;
	}
	if (on != PG_ON_DATABASE && !value_is_set(schema)) {
		strbuf_addf(err, "postgres.grant: object_type %s needs schema", json_string_value(type));
		return -1;
	}
	if (on == PG_ON_DATABASE && value_is_set(schema)) {
		strbuf_addstr(err, "postgres.grant: object_type database takes no schema");
		return -1;
	}
	if (!PG_ON_ALL_IN_SCHEMA(on) && pg_attr_bool(desired, "with_default_privileges")) {
		strbuf_addstr(err, "postgres.grant: with_default_privileges is for object_type table, "
			      "sequence or function");
		return -1;
	}
	if (value_contains_unknown(privileges))
		return 0;
	set = pg_privileges_normalize(on, privileges, err);
	if (!set) {
		strbuf_prefixf(err, "postgres.grant: ");
		return -1;
	}
	json_object_set_new(desired, "privileges", set);
	return 0;
}

int pg_grantee_kind_of(struct pg_session *s, const char *name, enum pg_grantee_kind *out,
		       struct strbuf *err)
{
	const char *params[1] = { name };
	PGresult *r = NULL;

	*out = PG_GRANTEE_NONE;
	if (pg_query(s, "look up role", pg_session_dialect(s)->grantee_kind, 1, params, true, &r,
		     err))
		return -1;
	*out = pg_grantee_kind_parse(pg_cell(r, 0, 0));
	PQclear(r);
	return 0;
}

const struct resource_type postgres_grant_type = {
	.name = "postgres.grant",
	.description = "the privileges of a role on a database, a schema or all tables of a "
		       "schema, optionally with default privileges for tables made later",
	.attrs = grant_attrs,
	.read = grant_read,
	.create = grant_create,
	.update = grant_update,
	.delete = grant_delete,
	.plan_desired = grant_plan_desired,
	.import_id = "ROLE@DATABASE, ROLE@DATABASE/SCHEMA or ROLE@DATABASE/SCHEMA:tables "
		     "(:sequences, :functions)",
};
