/*
 * glue/database.c: the resource type aws.glue.database, a Glue Data Catalog
 * database, over Glue's json protocol (glue/api.h). Its id is its name; its ARN
 * is built from the caller's account id (STS GetCallerIdentity, asked once
 * per client) or the catalog_id. read() reports what create() and update()
 * store (the catalog shapes of glue/api.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/glue/api.h"
#include "provider/aws/listing.h"
#include "provider/aws/resources.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

static const char *const not_found[] = { "EntityNotFoundException", NULL };
static const char *const already_exists[] = { "AlreadyExistsException", NULL };

static const struct attr_schema database_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "database name (lower case letters, digits, underscores), e.g. lake_silver" },
	{ .name = "description", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "what the database holds" },
	{ .name = "location_uri", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "where its tables live, e.g. s3://acme-lake/silver/" },
	{ .name = "parameters", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "key-value properties", .default_json = "{}" },
	{ .name = "catalog_id", .type = ATTR_STRING,
	  .flags = ATTR_OPTIONAL | ATTR_COMPUTED | ATTR_FORCE_NEW,
	  .description = "account id of the Data Catalog; default the caller's account" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:glue:REGION:ACCOUNT:database/NAME" },
	{ .name = NULL },
};

static json_t *database_input(const json_t *desired)
{
	json_t *in = json_object();

	value_copy_string(in, "Name", desired, "name", NULL);
	value_copy_string(in, "Description", desired, "description", NULL);
	value_copy_string(in, "LocationUri", desired, "location_uri", NULL);
	json_object_set_new(in, "Parameters", glue_string_map(value_get(desired, "parameters")));
	return in;
}

/* A request about databases: {"CatalogId": catalog_id} when it is set, else {}. */
static json_t *catalog_request(const char *catalog_id)
{
	json_t *req = json_object();

	if (catalog_id && *catalog_id)
		json_object_set_new(req, "CatalogId", json_string(catalog_id));
	return req;
}

/* The attributes of database `id` as Glue gives it (`db`: GetDatabase's
 * Database or a GetDatabases entry), prior shaping the optional strings and
 * the catalog: 0 with *out, or -1 (glue_with_arn). */
static int database_from_glue(struct aws_client *c, const char *id, const json_t *db,
			      const json_t *prior, json_t **out, struct strbuf *err)
{
	json_t *o = json_object();
	const char *catalog;

	json_object_set_new(o, "name", json_string(id));
	glue_read_string(o, "description", db, "Description", prior);
	glue_read_string(o, "location_uri", db, "LocationUri", prior);
	json_object_set_new(o, "parameters", glue_string_map(value_get(db, "Parameters")));
	catalog = value_get_string(db, "CatalogId");
	if (!catalog || !*catalog)
		catalog = value_get_string(prior, "catalog_id");
	if (catalog && *catalog)
		json_object_set_new(o, "catalog_id", json_string(catalog));
	return glue_with_arn(c, o, catalog, "database", id, out, err);
}

static int database_read(void *client, const char *id, const json_t *prior, json_t **out,
			 struct strbuf *err)
{
	struct aws_client *c = client;
	json_t *req = catalog_request(value_get_string(prior, "catalog_id"));
	json_t *resp = NULL;
	int rc;

	json_object_set_new(req, "Name", json_string(id));
	rc = glue_call(c, "GetDatabase", req, not_found, &resp, NULL, NULL, err);
	json_decref(req);
	*out = NULL;
	if (rc)
		return rc < 0 ? -1 : 0;
	rc = database_from_glue(c, id, value_get(resp, "Database"), prior, out, err);
	json_decref(resp);
	return rc;
}

static int database_update_input(struct aws_client *c, const char *name, const json_t *desired,
				 struct strbuf *err)
{
	json_t *req = catalog_request(value_get_string(desired, "catalog_id"));
	int rc;

	json_object_set_new(req, "Name", json_string(name));
	json_object_set_new(req, "DatabaseInput", database_input(desired));
	rc = glue_call(c, "UpdateDatabase", req, NULL, NULL, NULL, NULL, err);
	json_decref(req);
	return rc;
}

/* Desired with its defaults, in the catalog `where` names when desired
 * leaves catalog_id unset (the catalog the read looked in: exception (b)). */
static json_t *database_want(const json_t *desired, const json_t *where)
{
	json_t *want = aws_with_defaults(database_attrs, desired);

	if (!value_is_set(json_object_get(want, "catalog_id")) &&
	    value_get_string(where, "catalog_id"))
		json_object_set(want, "catalog_id", value_get(where, "catalog_id"));
	return want;
}

/*
 * The converge (the contract, provider/aws/adopt.h): UpdateDatabase (the
 * whole DatabaseInput, as Glue takes it) when `have` (the database as
 * read()) differs from desired with defaults, then the database is read
 * back. The catalog that holds it is desired's, else the one the read
 * looked in, which read() reports in have's catalog_id.
 */
static int database_converge(struct aws_client *c, const char *id, const json_t *have,
			     const json_t *desired, json_t **out, struct strbuf *err)
{
	static const char *const all[] = { NULL };
	json_t *want = database_want(desired, have);
	int rc = 0;

	*out = NULL;
	if (glue_definition_differs(database_attrs, have, want, all))
		rc = database_update_input(c, id, want, err);
	if (!rc)
		rc = aws_read_written(database_read, c, id, want, out, err,
				      "aws.glue.database: database %s was written but GetDatabase "
				      "does not find it", id);
	json_decref(want);
	return rc ? -1 : 0;
}

/* The create's send: CreateDatabase in desired's catalog (the caller's when unset). */
static int database_send_create(struct aws_client *c, const json_t *desired,
				const struct create_call *call, struct aws_sent *sent,
				struct strbuf *err)
{
	const char *name = value_get_string(desired, "name");
	json_t *req;
	int rc;

	(void)call;
	if (!name) {
		strbuf_addstr(err, "aws.glue.database: name has no value to send");
		return -1;
	}
	req = catalog_request(value_get_string(desired, "catalog_id"));
	json_object_set_new(req, "DatabaseInput", database_input(desired));
	rc = glue_call(c, "CreateDatabase", req, already_exists, NULL, NULL, &sent->attempts,
		       err);
	json_decref(req);
	rc = aws_sent_from_call(sent, rc, name, "glue CreateDatabase: AlreadyExistsException");
	return rc < 0 ? -1 : 0;
}

/* The evidence of a database found there: this create's DatabaseInput as
 * GetDatabase reads it back, and its CreateTime. */
static int database_evidence(struct aws_client *c, const char *id, const json_t *desired,
			     const json_t *have, json_t **sent, json_t **got, time_t *created,
			     struct strbuf *err)
{
	json_t *get = catalog_request(value_get_string(desired, "catalog_id"));

	(void)have;
	json_object_set_new(get, "Name", json_string(id));
	return glue_catalog_evidence(c, "GetDatabase", get, "Database", database_input(desired),
				     "CreateTime", sent, got, created, err);
}

/* The update's read looks in the catalog the state says holds the
 * database when the stack leaves catalog_id unset (exception (b)). */
static json_t *database_update_shape(const json_t *prior, const json_t *desired)
{
	return database_want(desired, prior);
}

/*
 * Create and update (the contract, provider/aws/adopt.h). `prior` is used
 * for exception (b) alone: catalog_id, computed when the stack leaves it
 * unset, says which catalog holds the database, for the update's read
 * (database_update_shape), which reports it in `have` for the converge's
 * write. A database found there already takes no tags terrace reads: it is
 * the create's when what the create sent reads back and it was made since.
 */
static const struct aws_native_ops database_native = {
	.send_create = database_send_create,
	.adopt = { .by = AWS_ADOPT_BY_READ_BACK, .noun = "name", .object = "glue database %s",
		   .evidence = database_evidence },
	.converge = database_converge,
	.read = database_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape_of = database_update_shape,
	.made_missing = "aws.glue.database: database %s was written but GetDatabase does not "
			"find it",
	.gone = "aws.glue.database: database %s is in the state but GetDatabase does not find it",
};

AWS_NATIVE_FUNCTIONS(database, database_native)

static int database_delete(void *client, const char *id, const json_t *prior,
			   struct strbuf *err)
{
	json_t *req = catalog_request(value_get_string(prior, "catalog_id"));
	int rc;

	json_object_set_new(req, "Name", json_string(id));
	rc = glue_call(client, "DeleteDatabase", req, not_found, NULL, NULL, NULL, err);
	json_decref(req);
	return rc < 0 ? -1 : 0;
}

/* For sweep (listing.h). */
static const struct aws_json_listing database_listing = {
	&aws_service_glue, "GetDatabases", NULL, "Name", NULL, "CreateTime", NULL,
};

static int database_list(void *client, const struct resource_query *q,
			 struct resource_items *out, struct strbuf *err)
{
	return aws_list_json(client, &database_listing, q, out, err);
}

static int database_read_many(void *client, size_t n, const char *const *ids,
			      const json_t *const *priors, size_t max_pages, json_t **out,
			      struct strbuf *err);
static void database_read_scope(const char *id, const json_t *prior, struct strbuf *scope);

const struct resource_type aws_glue_database_type = {
	.name = "aws.glue.database",
	.description = "a Glue Data Catalog database",
	.attrs = database_attrs,
	.terraform_type = "aws_glue_catalog_database",
	.terraform_attrs = "name description catalog_id location_uri parameters arn",
	.read = database_read,
	.create = database_create,
	.update = database_update,
	.native = &database_native,
	.delete = database_delete,
	.import_id = "its name",
	.id_attr = "name",
	.list = database_list,
	.list_rank = 6,
	.read_many = database_read_many,
	.read_many_scope = database_read_scope,
};

/* ---- refresh by listing (provider.h read_many): GetDatabases per catalog ---- */

struct database_listing_ctx {
	struct aws_read_many m;
	struct aws_client *c;
};

/* A listed database as database_read() reads it from GetDatabase. */
static int database_listed(void *ctx, const json_t *db, struct strbuf *err)
{
	struct database_listing_ctx *dc = ctx;
	const char *id = value_get_string(db, "Name");
	long pos = aws_read_many_find(&dc->m, id);

	if (pos < 0)
		return 0;
	return database_from_glue(dc->c, id, db, dc->m.priors[pos], &dc->m.out[pos], err);
}

/* Every database in the group names the same catalog (database_read_scope). */
static int database_read_many(void *client, size_t n, const char *const *ids,
			      const json_t *const *priors, size_t max_pages, json_t **out,
			      struct strbuf *err)
{
	struct database_listing_ctx dc = { .c = client };
	json_t *req = catalog_request(n ? value_get_string(priors[0], "catalog_id") : NULL);
	int rc;

	aws_read_many_init(&dc.m, n, ids, priors, out);
	json_object_set_new(req, "MaxResults", json_integer(100));
	rc = aws_json_pages(client, &aws_service_glue, "GetDatabases", req, max_pages,
			    database_listed, &dc, err);
	json_decref(req);
	aws_read_many_release(&dc.m);
	return rc;
}

static void database_read_scope(const char *id, const json_t *prior, struct strbuf *scope)
{
	const char *catalog = value_get_string(prior, "catalog_id");

	(void)id;
	strbuf_addstr(scope, catalog ? catalog : "");
}
