/*
 * lakeformation/permissions.c: the resource type
 * aws.lakeformation.permissions, what one principal may do on one Lake
 * Formation resource (the catalog, a database, a table or all of a
 * database's tables, a table's columns, a data location), over Lake
 * Formation's rest-json protocol: GrantPermissions, ListPermissions,
 * RevokePermissions.
 *
 * A grant has no id of its own on the server: its id is derived from the
 * principal and the resource, [CATALOG_ID|]PRINCIPAL|KIND[|NAME...]:
 *   PRINCIPAL|catalog
 *   PRINCIPAL|database|DB
 *   PRINCIPAL|table|DB|TABLE        (TABLE "*": every table of DB)
 *   PRINCIPAL|table_with_columns|DB|TABLE
 *   PRINCIPAL|data_location|ARN
 * which is what `terrace import` takes; read() builds the resource from it.
 * read() asks ListPermissions for the principal on that resource (AWS wants
 * a resource with a principal; a table's columns are asked for as the
 * table, as AWS lists them) and reports the union of the permissions of the
 * entries that are this resource: a permission revoked outside terrace is
 * drift, all of them revoked is a grant gone.
 *
 * Grants take no tags and a repeated GrantPermissions adds nothing, so
 * exactly once is a look before the first grant: a principal that already
 * holds permissions on the resource is refused (import it), unless an
 * earlier attempt of this create (may_exist) made them. A delete revokes
 * what the resource granted that the principal still holds (sweep, which
 * knows nothing of it: all it holds), never others' grants it cannot see.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/listing.h"
#include "provider/aws/resources.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define LF_TYPE "aws.lakeformation.permissions"

static const char *const not_found[] = { "EntityNotFoundException", NULL };

static const struct attr_schema database_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the Glue database's name, e.g. ${resources.lake_db.name}" },
	{ .name = "catalog_id", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the catalog that holds it (an account id); unset: the caller's" },
	{ .name = NULL },
};

static const struct attr_schema table_attrs[] = {
	{ .name = "database_name", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the database that holds the table" },
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the table's name; or wildcard: true for every table of the database" },
	{ .name = "wildcard", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "every table of the database, those made later too (instead of name)",
	  .default_json = "false" },
	{ .name = "catalog_id", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the catalog that holds it (an account id); unset: the caller's" },
	{ .name = NULL },
};

static const struct attr_schema columns_attrs[] = {
	{ .name = "database_name", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the database that holds the table" },
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the table's name" },
	{ .name = "column_names", .type = ATTR_LIST, .elem_type = ATTR_STRING,
	  .flags = ATTR_OPTIONAL,
	  .description = "the columns granted; or wildcard: true for all of them" },
	{ .name = "wildcard", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "every column but excluded_column_names (instead of column_names)",
	  .default_json = "false" },
	{ .name = "excluded_column_names", .type = ATTR_LIST, .elem_type = ATTR_STRING,
	  .flags = ATTR_OPTIONAL, .description = "with wildcard: the columns left out" },
	{ .name = "catalog_id", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the catalog that holds it (an account id); unset: the caller's" },
	{ .name = NULL },
};

static const struct attr_schema location_attrs[] = {
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the registered location's ARN, e.g. arn:aws:s3:::retail-lake" },
	{ .name = "catalog_id", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the catalog that holds it (an account id); unset: the caller's" },
	{ .name = NULL },
};

static const struct attr_schema lf_attrs[] = {
	{ .name = "principal", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "who is granted: an IAM role's or user's ARN (e.g. ${resources.etl_role.arn}), "
			 "an account id, or IAM_ALLOWED_PRINCIPALS" },
	{ .name = "permissions", .type = ATTR_LIST, .elem_type = ATTR_STRING,
	  .flags = ATTR_REQUIRED | ATTR_ONE_OR_LIST,
	  .description = "what it may do (a set): ALL, SELECT, ALTER, DROP, DELETE, INSERT, "
			 "DESCRIBE, CREATE_DATABASE, CREATE_TABLE, DATA_LOCATION_ACCESS; a "
			 "change grants and revokes in place" },
	{ .name = "permissions_with_grant_option", .type = ATTR_LIST, .elem_type = ATTR_STRING,
	  .flags = ATTR_OPTIONAL | ATTR_ONE_OR_LIST, .default_json = "[]",
	  .description = "those of permissions it may grant to others (a set)" },
	{ .name = "catalog_id", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "the Data Catalog the grant is in (an account id); unset: the caller's" },
	{ .name = "catalog_resource", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .default_json = "false",
	  .description = "the grant is on the catalog itself (CREATE_DATABASE); one of "
			 "catalog_resource, database, table, table_with_columns, data_location" },
	{ .name = "database", .type = ATTR_OBJECT, .nested = database_attrs,
	  .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW, .description = "the grant is on a database" },
	{ .name = "table", .type = ATTR_OBJECT, .nested = table_attrs,
	  .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "the grant is on a table, or on every table of a database" },
	{ .name = "table_with_columns", .type = ATTR_OBJECT, .nested = columns_attrs,
	  .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "the grant is on some columns of a table (SELECT)" },
	{ .name = "data_location", .type = ATTR_OBJECT, .nested = location_attrs,
	  .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "the grant is on a registered S3 location (DATA_LOCATION_ACCESS)" },
	{ .name = NULL },
};

static int lf_call(struct aws_client *c, const char *op, const json_t *in,
		   const char *const *codes, json_t **out, int *attempts, struct strbuf *err)
{
	char path[64];

	snprintf(path, sizeof(path), "/%s", op);
	return aws_rest_json_call_codes(c, &aws_service_lakeformation, op, "POST", path, NULL, in,
					codes, out,
					NULL, attempts, err);
}

/* ---- the id ---- */

/* What an id names: new strings (catalog_id NULL when the id has none). */
struct lf_target {
	char *catalog_id, *principal, *kind, *first, *second;
};

static void target_release(struct lf_target *t)
{
	free(t->catalog_id);
	free(t->principal);
	free(t->kind);
	free(t->first);
	free(t->second);
	memset(t, 0, sizeof(*t));
}

static const char *const kinds[] = { "catalog", "database", "table", "table_with_columns",
				     "data_location", NULL };

static bool is_kind(const char *s, size_t n)
{
	for (size_t i = 0; kinds[i]; i++)
		if (strlen(kinds[i]) == n && !strncmp(kinds[i], s, n))
			return true;
	return false;
}

/* Split id into t: 0, or -1 with err set. The parts before the kind are the
 * principal, or the catalog id and the principal; a data location's ARN is
 * the rest of the id. */
static int split_id(const char *id, struct lf_target *t, struct strbuf *err)
{
	const char *parts[4] = { NULL };
	size_t lens[4] = { 0 }, np = 0;
	const char *p = id, *kind = NULL, *rest;
	size_t kind_len = 0;

	memset(t, 0, sizeof(*t));
	while (np < 3) {
		const char *bar = strchr(p, '|');

		if (!bar)
			break;
		if (is_kind(p, (size_t)(bar - p))) {
			kind = p;
			kind_len = (size_t)(bar - p);
			break;
		}
		parts[np] = p;
		lens[np++] = (size_t)(bar - p);
		p = bar + 1;
	}
	if (!kind && np > 0 && !strcmp(p, "catalog")) {
		kind = p;
		kind_len = 7;
	}
	if (!kind || np < 1 || np > 2 || lens[np - 1] == 0 || (np == 2 && lens[0] == 0)) {
		strbuf_addf(err, LF_TYPE ": id \"%s\" is not [CATALOG_ID|]PRINCIPAL|KIND[|NAME...] "
			    "(KIND: catalog, database, table, table_with_columns, data_location)",
			    id);
		return -1;
	}
	if (np == 2)
		t->catalog_id = xstrndup(parts[0], lens[0]);
	t->principal = xstrndup(parts[np - 1], lens[np - 1]);
	t->kind = xstrndup(kind, kind_len);
	rest = kind[kind_len] == '|' ? kind + kind_len + 1 : NULL;
	if (!strcmp(t->kind, "catalog")) {
		if (!rest)
			return 0;
	} else if (!strcmp(t->kind, "database") || !strcmp(t->kind, "data_location")) {
		if (rest && *rest && (!strcmp(t->kind, "data_location") || !strchr(rest, '|'))) {
			t->first = xstrdup(rest);
			return 0;
		}
	} else if (rest) {
		const char *bar = strchr(rest, '|');

		if (bar && bar > rest && bar[1] && !strchr(bar + 1, '|')) {
			t->first = xstrndup(rest, (size_t)(bar - rest));
			t->second = xstrdup(bar + 1);
			return 0;
		}
	}
	strbuf_addf(err, LF_TYPE ": id \"%s\": a %s grant's id is PRINCIPAL|%s", id, t->kind,
		    !strcmp(t->kind, "catalog")		? "catalog"
		    : !strcmp(t->kind, "database")	? "database|DB"
		    : !strcmp(t->kind, "data_location") ? "data_location|ARN"
							: "table|DB|TABLE");
	target_release(t);
	return -1;
}

/* The id of desired's grant (a new string), or NULL when it names no
 * resource or a part is not known. */
static char *lf_config_id(const json_t *d)
{
	const char *principal = value_get_string(d, "principal");
	const char *catalog = value_get_string(d, "catalog_id");
	const json_t *b;
	struct strbuf id = STRBUF_INIT;

	if (!principal)
		return NULL;
	if (catalog && *catalog)
		strbuf_addf(&id, "%s|", catalog);
	strbuf_addf(&id, "%s|", principal);
	if (json_is_true(value_get(d, "catalog_resource"))) {
		strbuf_addstr(&id, "catalog");
	} else if (json_is_object(b = value_get(d, "database")) && value_get_string(b, "name")) {
		strbuf_addf(&id, "database|%s", value_get_string(b, "name"));
	} else if (json_is_object(b = value_get(d, "table")) &&
		   value_get_string(b, "database_name") &&
		   (json_is_true(value_get(b, "wildcard")) || value_get_string(b, "name"))) {
		strbuf_addf(&id, "table|%s|%s", value_get_string(b, "database_name"),
			    json_is_true(value_get(b, "wildcard")) ? "*"
								   : value_get_string(b, "name"));
	} else if (json_is_object(b = value_get(d, "table_with_columns")) &&
		   value_get_string(b, "database_name") && value_get_string(b, "name")) {
		strbuf_addf(&id, "table_with_columns|%s|%s", value_get_string(b, "database_name"),
			    value_get_string(b, "name"));
	} else if (json_is_object(b = value_get(d, "data_location")) &&
		   value_get_string(b, "arn")) {
		strbuf_addf(&id, "data_location|%s", value_get_string(b, "arn"));
	} else {
		strbuf_release(&id);
		return NULL;
	}
	return strbuf_detach(&id);
}

/* ---- shapes ---- */

static void set_catalog(json_t *o, const json_t *block)
{
	const char *c = value_get_string(block, "catalog_id");

	if (c && *c)
		json_object_set_new(o, "CatalogId", json_string(c));
}

/* Lake Formation's Resource for the grant t names, its blocks' catalog ids
 * and columns from attrs (may be NULL); as_table: a table's columns as the
 * table (ListPermissions' filter). A new object. */
static json_t *resource_of(const struct lf_target *t, const json_t *attrs, bool as_table)
{
	json_t *r = json_object(), *o = json_object();
	const char *key;

	if (!strcmp(t->kind, "catalog")) {
		key = "Catalog";
	} else if (!strcmp(t->kind, "database")) {
		key = "Database";
		json_object_set_new(o, "Name", json_string(t->first));
		set_catalog(o, value_get(attrs, "database"));
	} else if (!strcmp(t->kind, "data_location")) {
		key = "DataLocation";
		json_object_set_new(o, "ResourceArn", json_string(t->first));
		set_catalog(o, value_get(attrs, "data_location"));
	} else if (!strcmp(t->kind, "table") || as_table) {
		const json_t *b = value_get(attrs, t->kind);

		key = "Table";
		json_object_set_new(o, "DatabaseName", json_string(t->first));
		if (!strcmp(t->second, "*") && !strcmp(t->kind, "table"))
			json_object_set_new(o, "TableWildcard", json_object());
		else
			json_object_set_new(o, "Name", json_string(t->second));
		set_catalog(o, b);
	} else {
		const json_t *b = value_get(attrs, "table_with_columns");
		json_t *cols = value_string_set(value_get(b, "column_names"));

		key = "TableWithColumns";
		json_object_set_new(o, "DatabaseName", json_string(t->first));
		json_object_set_new(o, "Name", json_string(t->second));
		if (json_is_true(value_get(b, "wildcard"))) {
			json_t *ex = value_string_set(value_get(b, "excluded_column_names"));
			json_t *w = json_object();

			if (ex && json_array_size(ex))
				json_object_set(w, "ExcludedColumnNames", ex);
			json_decref(ex);
			json_object_set_new(o, "ColumnWildcard", w);
		} else {
			json_object_set_new(o, "ColumnNames", cols ? json_incref(cols)
								   : json_array());
		}
		json_decref(cols);
		set_catalog(o, b);
	}
	json_object_set_new(r, key, o);
	return r;
}

/* The request of GrantPermissions, RevokePermissions (with the lists) or
 * ListPermissions (perms NULL): a new object. */
static json_t *request_of(const struct lf_target *t, const json_t *attrs, const json_t *perms,
			  const json_t *grantable)
{
	json_t *req = json_object();

	if (t->catalog_id)
		json_object_set_new(req, "CatalogId", json_string(t->catalog_id));
	json_object_set_new(req, "Principal",
			    json_pack("{s:s}", "DataLakePrincipalIdentifier", t->principal));
	json_object_set_new(req, "Resource", resource_of(t, attrs, perms == NULL));
	if (perms) {
		json_object_set(req, "Permissions", (json_t *)perms);
		if (grantable && json_array_size(grantable))
			json_object_set(req, "PermissionsWithGrantOption", (json_t *)grantable);
	}
	return req;
}

static bool same_catalog(const json_t *listed, const json_t *block)
{
	const char *want = value_get_string(block, "catalog_id");
	const char *got = value_get_string(listed, "CatalogId");

	return !want || !*want || !got || !strcmp(want, got);
}

/* The columns a listed TableWithColumns grants, as the block writes them:
 * {"column_names": [...]} or {"wildcard": true, "excluded_column_names": [...]}. */
static json_t *columns_of(const json_t *twc)
{
	json_t *o = json_object();
	const json_t *w = value_get(twc, "ColumnWildcard");

	if (json_is_object(w)) {
		json_t *ex = value_string_set(value_get(w, "ExcludedColumnNames"));

		json_object_set_new(o, "wildcard", json_true());
		if (ex && json_array_size(ex))
			json_object_set(o, "excluded_column_names", ex);
		json_decref(ex);
	} else {
		json_t *cols = value_string_set(value_get(twc, "ColumnNames"));

		json_object_set_new(o, "wildcard", json_false());
		json_object_set_new(o, "column_names", cols ? cols : json_array());
	}
	return o;
}

/* Whether a listed entry's Resource is the grant t names (its blocks from
 * attrs, may be NULL). */
static bool is_target(const struct lf_target *t, const json_t *attrs, const json_t *res)
{
	const json_t *o;

	if (!strcmp(t->kind, "catalog"))
		return json_is_object(value_get(res, "Catalog"));
	if (!strcmp(t->kind, "database"))
		return json_is_object(o = value_get(res, "Database")) &&
		       !strcmp(t->first, value_get_string_or(o, "Name", "")) &&
		       same_catalog(o, value_get(attrs, "database"));
	if (!strcmp(t->kind, "data_location"))
		return json_is_object(o = value_get(res, "DataLocation")) &&
		       !strcmp(t->first, value_get_string_or(o, "ResourceArn", "")) &&
		       same_catalog(o, value_get(attrs, "data_location"));
	o = value_get(res, !strcmp(t->kind, "table") ? "Table" : "TableWithColumns");
	if (!json_is_object(o) ||
	    strcmp(t->first, value_get_string_or(o, "DatabaseName", "")) ||
	    !same_catalog(o, value_get(attrs, t->kind)))
		return false;
	if (!strcmp(t->kind, "table") && !strcmp(t->second, "*"))
		return json_is_object(value_get(o, "TableWildcard"));
	return value_get_string(o, "Name") && !strcmp(t->second, value_get_string(o, "Name"));
}

/* Append the strings of list that set lacks to set. */
static void add_all(json_t *set, const json_t *list)
{
	size_t i;
	json_t *s;

	json_array_foreach(list, i, s)
		if (json_is_string(s) && !value_list_has_string(set, json_string_value(s)))
			json_array_append(set, s);
}

struct held_ctx {
	const struct lf_target *t;
	const json_t *attrs;
	bool twc;
	const json_t *want;
	json_t *p, *g, *cols;
};

static int held_page(void *ctx, const json_t *page, const json_t *entries, struct strbuf *err)
{
	struct held_ctx *h = ctx;
	size_t i;
	json_t *e;

	(void)page;
	(void)err;
	json_array_foreach(entries, i, e) {
		const char *who = value_get_string(value_get(e, "Principal"),
						   "DataLakePrincipalIdentifier");

		if (!who || strcmp(who, h->t->principal) ||
		    !is_target(h->t, h->attrs, value_get(e, "Resource")))
			continue;
		if (h->twc) {
			json_t *ec = columns_of(value_get(value_get(e, "Resource"),
							  "TableWithColumns"));

			if (!h->cols && (!h->want || value_equal(h->want, ec))) {
				h->cols = ec;
			} else if (h->cols && value_equal(h->cols, ec)) {
				json_decref(ec);
			} else {
				json_decref(ec);
				continue;
			}
		}
		add_all(h->p, value_get(e, "Permissions"));
		add_all(h->g, value_get(e, "PermissionsWithGrantOption"));
	}
	return 0;
}

/* What the principal holds on the resource: 0 with *perms and *grantable
 * (new sorted sets, empty when it holds nothing) and, for a table's
 * columns, *columns (the block's columns of the entry read: those of attrs
 * when an entry has them, else the first's; NULL when none); -1. */
static int held(struct aws_client *c, const struct lf_target *t, const json_t *attrs,
		json_t **perms, json_t **grantable, json_t **columns, struct strbuf *err)
{
	json_t *req = request_of(t, attrs, NULL, NULL);
	json_t *p = json_array(), *g = json_array(), *want = NULL, *cols = NULL;
	bool twc = !strcmp(t->kind, "table_with_columns");
	int rc = 0;

	if (twc && json_is_object(value_get(attrs, "table_with_columns"))) {
		json_t *b = json_deep_copy(value_get(attrs, "table_with_columns"));
		json_t *cn = value_string_set(value_get(b, "column_names"));
		json_t *ex = value_string_set(value_get(b, "excluded_column_names"));

		want = json_object();
		json_object_set_new(want, "wildcard", json_boolean(json_is_true(value_get(b, "wildcard"))));
		if (json_is_true(value_get(b, "wildcard"))) {
			if (ex && json_array_size(ex))
				json_object_set(want, "excluded_column_names", ex);
		} else {
			json_object_set(want, "column_names", cn ? cn : json_array());
		}
		json_decref(cn);
		json_decref(ex);
		json_decref(b);
	}
	{
		struct held_ctx h = { t, attrs, twc, want, p, g, NULL };

		rc = aws_rest_json_paged(c, &aws_service_lakeformation, "ListPermissions", "POST",
					 "/ListPermissions", NULL, req, not_found, 0, held_page, &h,
					 err);
		cols = h.cols;
	}
	json_decref(req);
	json_decref(want);
	/* 1: the database or table is gone, and the grants with it. */
	if (rc < 0) {
		json_decref(p);
		json_decref(g);
		json_decref(cols);
		return -1;
	}
	*perms = value_string_set(p);
	*grantable = value_string_set(g);
	json_decref(p);
	json_decref(g);
	if (columns)
		*columns = cols;
	else
		json_decref(cols);
	return 0;
}

static int lf_read(void *client, const char *id, const json_t *prior, json_t **out,
		   struct strbuf *err)
{
	struct lf_target t;
	json_t *perms = NULL, *grantable = NULL, *cols = NULL, *o, *b;

	*out = NULL;
	if (split_id(id, &t, err))
		return -1;
	if (held(client, &t, prior, &perms, &grantable, &cols, err)) {
		target_release(&t);
		return -1;
	}
	if (!json_array_size(perms) && !json_array_size(grantable)) {
		json_decref(perms);
		json_decref(grantable);
		json_decref(cols);
		target_release(&t);
		return 0;
	}
	o = json_object();
	json_object_set_new(o, "principal", json_string(t.principal));
	json_object_set_new(o, "permissions", perms);
	json_object_set_new(o, "permissions_with_grant_option", grantable);
	if (t.catalog_id)
		json_object_set_new(o, "catalog_id", json_string(t.catalog_id));
	json_object_set_new(o, "catalog_resource", json_boolean(!strcmp(t.kind, "catalog")));
	b = json_object();
	if (!strcmp(t.kind, "database")) {
		json_object_set_new(b, "name", json_string(t.first));
	} else if (!strcmp(t.kind, "data_location")) {
		json_object_set_new(b, "arn", json_string(t.first));
	} else if (!strcmp(t.kind, "table")) {
		json_object_set_new(b, "database_name", json_string(t.first));
		if (strcmp(t.second, "*"))
			json_object_set_new(b, "name", json_string(t.second));
		json_object_set_new(b, "wildcard", json_boolean(!strcmp(t.second, "*")));
	} else if (!strcmp(t.kind, "table_with_columns")) {
		json_object_set_new(b, "database_name", json_string(t.first));
		json_object_set_new(b, "name", json_string(t.second));
		if (cols)
			json_object_update(b, cols);
	}
	json_decref(cols);
	if (strcmp(t.kind, "catalog")) {
		/* A block's catalog id as the stack wrote it (AWS adds the account's). */
		const char *cat = value_get_string(value_get(prior, t.kind), "catalog_id");

		if (cat)
			json_object_set_new(b, "catalog_id", json_string(cat));
		json_object_set_new(o, t.kind, b);
	} else {
		json_decref(b);
	}
	target_release(&t);
	*out = o;
	return 0;
}

/* The strings of a that b lacks (a new list). */
static json_t *minus(const json_t *a, const json_t *b)
{
	json_t *d = json_array(), *s;
	size_t i;

	json_array_foreach(a, i, s)
		if (json_is_string(s) && !value_list_has_string(b, json_string_value(s)))
			json_array_append(d, s);
	return d;
}

/* Bring what the principal holds from (perms, grantable) to desired's:
 * revoke what it should not hold, then grant what it lacks. 0 or -1. */
static int converge(struct aws_client *c, const struct lf_target *t, const json_t *desired,
		    const json_t *perms, const json_t *grantable, struct strbuf *err)
{
	json_t *want = value_string_set(value_get(desired, "permissions"));
	json_t *want_g = value_string_set(value_get(desired, "permissions_with_grant_option"));
	json_t *rp, *rg, *ap, *ag;
	int rc = 0;

	if (!want)
		want = json_array();
	if (!want_g)
		want_g = json_array();
	rp = minus(perms, want);
	rg = minus(grantable, want_g);
	ap = minus(want, perms);
	ag = minus(want_g, grantable);
	if (json_array_size(rp) || json_array_size(rg)) {
		json_t *req = request_of(t, desired, rp, rg);

		rc = lf_call(c, "RevokePermissions", req, NULL, NULL, NULL, err) ? -1 : 0;
		json_decref(req);
	}
	if (!rc && (json_array_size(ap) || json_array_size(ag))) {
		/* A grant option granted again takes its permission with it. */
		json_t *send = json_deep_copy(ap), *req;

		add_all(send, ag);
		req = request_of(t, desired, send, ag);
		rc = lf_call(c, "GrantPermissions", req, NULL, NULL, NULL, err) ? -1 : 0;
		json_decref(req);
		json_decref(send);
	}
	json_decref(rp);
	json_decref(rg);
	json_decref(ap);
	json_decref(ag);
	json_decref(want);
	json_decref(want_g);
	return rc;
}

/* The converge (the contract, provider/aws/adopt.h): from what `have` (the
 * grant as lf_read() gives it) holds to desired's permissions, then read
 * back. */
static int lf_converge(struct aws_client *c, const char *id, const json_t *have,
		       const json_t *desired, json_t **out, struct strbuf *err)
{
	struct lf_target t;
	json_t *none = json_array();
	const json_t *perms = value_get(have, "permissions");
	const json_t *grantable = value_get(have, "permissions_with_grant_option");
	int rc;

	*out = NULL;
	if (split_id(id, &t, err)) {
		json_decref(none);
		return -1;
	}
	rc = converge(c, &t, desired, json_is_array(perms) ? perms : none,
		      json_is_array(grantable) ? grantable : none, err);
	target_release(&t);
	json_decref(none);
	if (rc)
		return -1;
	return aws_read_written(lf_read, c, id, desired, out, err,
				LF_TYPE ": %s was granted but ListPermissions does not find it",
				id);
}

/*
 * The create's send: grants have no tags and a grant sent again adds
 * nothing, so it looks first (ListPermissions, as read() reads it): what
 * the principal holds there before the first grant is said to exist (the
 * driver weighs it: someone else's unless an attempt of this create may
 * have made it); else GrantPermissions of desired's.
 */
static int lf_send_create(struct aws_client *c, const json_t *desired,
			  const struct create_call *call, struct aws_sent *sent,
			  struct strbuf *err)
{
	char *cid = lf_config_id(desired);
	struct lf_target t;
	json_t *none;
	int rc;

	(void)call;
	if (!cid) {
		strbuf_addstr(err, LF_TYPE ": principal and one of catalog_resource, database, "
			      "table, table_with_columns, data_location need values to send");
		return -1;
	}
	if (split_id(cid, &t, err)) {
		free(cid);
		return -1;
	}
	rc = lf_read(c, cid, desired, &sent->have, err);
	if (!rc && sent->have) {
		sent->exists = true;
		snprintf(sent->why, sizeof(sent->why),
			 "lakeformation ListPermissions: it holds permissions there");
	} else if (!rc) {
		none = json_array();
		rc = converge(c, &t, desired, none, none, err);
		json_decref(none);
	}
	target_release(&t);
	if (rc) {
		free(cid);
		return -1;
	}
	sent->id = cid;
	return 0;
}

/* The evidence of a grant found there: the permissions this create grants
 * and what the principal holds (have, as the send read it). A grant says
 * no time it was made, and the send looked before granting, so only an
 * attempt of this create that may have made it (may_exist) adopts it. */
static int lf_evidence(struct aws_client *c, const char *id, const json_t *desired,
		       const json_t *have, json_t **sent, json_t **got, time_t *created,
		       struct strbuf *err)
{
	(void)c;
	(void)id;
	(void)err;
	if (!have)
		return 1;
	*sent = json_pack("{s:O?, s:O?}", "permissions", value_get(desired, "permissions"),
			  "permissions_with_grant_option",
			  value_get(desired, "permissions_with_grant_option"));
	*got = json_pack("{s:O?, s:O?}", "permissions", value_get(have, "permissions"),
			 "permissions_with_grant_option",
			 value_get(have, "permissions_with_grant_option"));
	*created = 0;
	return 0;
}

/*
 * Create and update (the contract, provider/aws/adopt.h): a create looks,
 * then grants; what the principal holds there already is adopted only
 * when an earlier attempt of this create may have made it, then converged;
 * an update converges from a live read (ListPermissions: revoke what it
 * should not hold, grant what it lacks). `prior` is not used (neither
 * exception: the id names the principal and the resource).
 */
static const struct aws_native_ops lf_native = {
	.send_create = lf_send_create,
	.adopt = { .by = AWS_ADOPT_BY_READ_BACK, .noun = "principal or resource",
		   .object = "Lake Formation grant %s", .evidence = lf_evidence },
	.converge = lf_converge,
	.read = lf_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape = AWS_SHAPE_DESIRED,
	.made_missing = LF_TYPE ": %s was granted but ListPermissions does not find it",
	.gone = LF_TYPE ": %s is in the state but the principal holds nothing there "
		"(ListPermissions)",
};

AWS_NATIVE_FUNCTIONS(lf, lf_native)

static int lf_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	struct lf_target t;
	json_t *perms = NULL, *grantable = NULL, *rp, *rg;
	const json_t *mine = value_get(prior, "permissions");
	int rc;

	if (split_id(id, &t, err))
		return -1;
	rc = held(client, &t, prior, &perms, &grantable, NULL, err);
	if (rc) {
		target_release(&t);
		return -1;
	}
	/* What this resource granted and the principal still holds; without a
	 * record of it (sweep), all it holds there. */
	if (json_is_array(mine)) {
		rp = json_array();
		rg = json_array();
		json_t *mine_g = value_get(prior, "permissions_with_grant_option");
		size_t i;
		json_t *s;

		json_array_foreach(perms, i, s)
			if (value_list_has_string(mine, json_string_value(s)))
				json_array_append(rp, s);
		json_array_foreach(grantable, i, s)
			if (value_list_has_string(mine_g, json_string_value(s)))
				json_array_append(rg, s);
	} else {
		rp = json_incref(perms);
		rg = json_incref(grantable);
	}
	if (json_array_size(rp) || json_array_size(rg)) {
		json_t *req = request_of(&t, prior, rp, rg);

		rc = lf_call(client, "RevokePermissions", req, not_found, NULL, NULL, err) < 0 ? -1
											      : 0;
		json_decref(req);
	}
	json_decref(rp);
	json_decref(rg);
	json_decref(perms);
	json_decref(grantable);
	target_release(&t);
	return rc;
}

/* Sort the sets in o named by sets, as read() reports them. */
static void sort_sets(json_t *o, const char *const *sets)
{
	for (size_t i = 0; json_is_object(o) && sets[i]; i++) {
		json_t *s = value_string_set(value_get(o, sets[i]));

		if (s)
			json_object_set_new(o, sets[i], s);
	}
}

static int lf_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err)
{
	static const char *const sets[] = { "permissions", "permissions_with_grant_option", NULL };
	static const char *const columns[] = { "column_names", "excluded_column_names", NULL };

	(void)prior;
	(void)err;
	sort_sets(desired, sets);
	sort_sets(json_object_get(desired, "table_with_columns"), columns);
	return 0;
}

/* The id of a listed entry (a new string), or NULL for a resource this
 * type does not manage (LF-tags, data cells filters). */
static char *id_of_entry(const json_t *e)
{
	const char *who = value_get_string(value_get(e, "Principal"), "DataLakePrincipalIdentifier");
	const json_t *r = value_get(e, "Resource"), *o;

	if (!who)
		return NULL;
	if (json_is_object(value_get(r, "Catalog")))
		return xasprintf("%s|catalog", who);
	if ((o = value_get(r, "Database")) && value_get_string(o, "Name"))
		return xasprintf("%s|database|%s", who, value_get_string(o, "Name"));
	if ((o = value_get(r, "DataLocation")) && value_get_string(o, "ResourceArn"))
		return xasprintf("%s|data_location|%s", who, value_get_string(o, "ResourceArn"));
	if ((o = value_get(r, "Table")) && value_get_string(o, "DatabaseName"))
		return xasprintf("%s|table|%s|%s", who, value_get_string(o, "DatabaseName"),
				 json_is_object(value_get(o, "TableWildcard"))
					 ? "*" : value_get_string_or(o, "Name", ""));
	if ((o = value_get(r, "TableWithColumns")) && value_get_string(o, "DatabaseName") &&
	    value_get_string(o, "Name"))
		return xasprintf("%s|table_with_columns|%s|%s", who,
				 value_get_string(o, "DatabaseName"), value_get_string(o, "Name"));
	return NULL;
}

/* For sweep: every grant of the account's catalog; grants have no tags and
 * no names, so each is named by its principal's name (a lab's role,
 * ROLE of arn:...:role/ROLE) and found when that has the lab's prefix. */
static int lf_list_page(void *ctx, const json_t *page, const json_t *entries,
			struct strbuf *err)
{
	size_t i;
	json_t *e;

	(void)page;
	(void)err;
	json_array_foreach(entries, i, e) {
		char *id = id_of_entry(e);
		const char *who = value_get_string(value_get(e, "Principal"),
						   "DataLakePrincipalIdentifier");
		const char *slash = who ? strrchr(who, '/') : NULL;

		if (!id)
			continue;
		resource_items_add(ctx, id, slash ? slash + 1 : who, 0);
		free(id);
	}
	return 0;
}

static int lf_list(void *client, const struct resource_query *q, struct resource_items *out,
		   struct strbuf *err)
{
	json_t *req = json_object();
	int rc;

	(void)q;
	rc = aws_rest_json_paged(client, &aws_service_lakeformation, "ListPermissions", "POST",
				 "/ListPermissions",
				 NULL, req, NULL, 0, lf_list_page, out, err);
	json_decref(req);
	return rc ? -1 : 0;
}

const struct resource_type aws_lakeformation_permissions_type = {
	.name = LF_TYPE,
	.description = "what one principal may do on one Lake Formation resource",
	.attrs = lf_attrs,
	.terraform_type = "aws_lakeformation_permissions",
	.terraform_attrs = "principal permissions permissions_with_grant_option catalog_id "
			   "catalog_resource database table table_with_columns data_location",
	.read = lf_read,
	.create = lf_create,
	.update = lf_update,
	.native = &lf_native,
	.delete = lf_delete,
	.plan_desired = lf_plan_desired,
	.import_id = "[CATALOG_ID|]PRINCIPAL|KIND[|NAME...]: PRINCIPAL|database|DB, "
		     "PRINCIPAL|table|DB|TABLE (TABLE * for every table), "
		     "PRINCIPAL|table_with_columns|DB|TABLE, PRINCIPAL|data_location|ARN or "
		     "PRINCIPAL|catalog",
	.config_id = lf_config_id,
	.list = lf_list,
	.list_rank = 4,
};
