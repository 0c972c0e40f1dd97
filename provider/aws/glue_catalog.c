/*
 * glue_catalog.c: the Glue Data Catalog resource types — aws.glue.database,
 * aws.glue.table and aws.glue.connection — over Glue's json protocol
 * (X-Amz-Target AWSGlue.<Operation>, JSON 1.1). The call and the ARNs,
 * built from the caller's account id (STS GetCallerIdentity, asked once per
 * client), are glue.h's, shared with glue_job.c.
 *
 * Ids: a database's is its name, a table's is "DATABASE:NAME", a
 * connection's is its name.
 *
 * Shapes: read() returns what create() and update() store, which is what
 * the user writes with the schema defaults filled in. An optional string the
 * API does not return is left out, unless the prior state holds "" for it
 * (the user wrote an empty string, which Glue may drop). Inside nested
 * blocks an optional value the API does not return is left out, as
 * schema_coerce leaves it out; a nested block that says nothing (every
 * member empty) reads as absent, unless the prior state holds such an empty
 * block, which is then given back. What Glue keeps beside the user's
 * settings (create times, versions, bucket counts, column parameters, an
 * Iceberg writer's metadata_location) is not reported, so only the user's
 * settings are compared.
 *
 * A connection's password is sent as the PASSWORD connection property and
 * never read back: it is CONFIG_ONLY and SENSITIVE, read() asks Glue to hide
 * it and drops PASSWORD and ENCRYPTED_PASSWORD from the properties, and
 * every update re-sends it (UpdateConnection replaces the whole input).
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/client.h"
#include "provider/aws/glue.h"
#include "provider/aws/resources.h"
#include "provider/aws/xml.h"
#include "provider/provider.h"

/* ---- schemas ---- */

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

static const struct attr_schema column_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "column name" },
	{ .name = "type", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "Hive type: string, bigint, decimal(12,2), timestamp, array<string> ..." },
	{ .name = "comment", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "free-form comment" },
	{ .name = NULL },
};

static const struct attr_schema serde_info_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "name of the SerDe" },
	{ .name = "serialization_library", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "e.g. org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe" },
	{ .name = "parameters", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "SerDe parameters, e.g. serialization.format: \"1\"", .default_json = "{}" },
	{ .name = NULL },
};

static const struct attr_schema storage_descriptor_attrs[] = {
	{ .name = "location", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "where the data is, e.g. s3://acme-lake/bronze/orders/" },
	{ .name = "input_format", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "e.g. org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat" },
	{ .name = "output_format", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "e.g. org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat" },
	{ .name = "columns", .type = ATTR_OBJECT_LIST, .flags = ATTR_OPTIONAL,
	  .nested = column_attrs, .description = "the table's columns, in order",
	  .default_json = "[]" },
	{ .name = "compressed", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "whether the data is compressed", .default_json = "false" },
	{ .name = "serde_info", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL,
	  .nested = serde_info_attrs, .description = "serialization and deserialization" },
	{ .name = NULL },
};

static const struct attr_schema table_attrs[] = {
	{ .name = "database", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "name of the Glue database holding the table" },
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "table name (lower case)" },
	{ .name = "description", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "what the table holds" },
	{ .name = "table_type", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "EXTERNAL_TABLE, VIRTUAL_VIEW, GOVERNED ..." },
	{ .name = "owner", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "owner of the table" },
	{ .name = "parameters", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "table properties, e.g. classification: parquet, table_type: ICEBERG",
	  .default_json = "{}" },
	{ .name = "partition_keys", .type = ATTR_OBJECT_LIST, .flags = ATTR_OPTIONAL,
	  .nested = column_attrs, .description = "partition columns, in order",
	  .default_json = "[]" },
	{ .name = "storage_descriptor", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL,
	  .nested = storage_descriptor_attrs,
	  .description = "location, formats, columns and SerDe of the data" },
	{ .name = NULL },
};

static const struct attr_schema physical_requirements_attrs[] = {
	{ .name = "subnet_id", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "subnet the connection is made from" },
	{ .name = "security_group_id_list", .type = ATTR_LIST, .flags = ATTR_OPTIONAL,
	  .elem_type = ATTR_STRING, .description = "security groups of the connection",
	  .default_json = "[]" },
	{ .name = "availability_zone", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "availability zone of the subnet" },
	{ .name = NULL },
};

static const struct attr_schema connection_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "connection name" },
	{ .name = "connection_type", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "JDBC, KAFKA, MONGODB, NETWORK ...", .default_json = "\"JDBC\"" },
	{ .name = "connection_properties", .type = ATTR_MAP, .flags = ATTR_OPTIONAL,
	  .elem_type = ATTR_STRING,
	  .description = "e.g. JDBC_CONNECTION_URL, USERNAME (the password goes in password)",
	  .default_json = "{}" },
	{ .name = "password", .type = ATTR_STRING,
	  .flags = ATTR_OPTIONAL | ATTR_SENSITIVE | ATTR_CONFIG_ONLY,
	  .description = "sent as the PASSWORD property; never read back" },
	{ .name = "description", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "what the connection is for" },
	{ .name = "physical_connection_requirements", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL,
	  .nested = physical_requirements_attrs,
	  .description = "the VPC placement of the connection" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:glue:REGION:ACCOUNT:connection/NAME" },
	{ .name = NULL },
};

/* ---- values ---- */

/* Copy a string attribute of `from` into `to` under another key, when it is set. */
static void copy_string(json_t *to, const char *to_key, const json_t *from, const char *from_key)
{
	const char *s = value_get_string(from, from_key);

	if (s)
		json_object_set_new(to, to_key, json_string(s));
}

/*
 * A top-level optional string read back from the API: set when the API
 * returns a non-empty one; "" when it returns none and the prior state
 * holds "" (the user wrote an empty string); otherwise left out.
 */
static void read_string(json_t *out, const char *key, const json_t *api, const char *field,
			const json_t *prior)
{
	const char *s = value_get_string(api, field);
	const char *before = value_get_string(prior, key);

	if (s && *s)
		json_object_set_new(out, key, json_string(s));
	else if (before && !*before)
		json_object_set_new(out, key, json_string(""));
}

/* A string-to-string map as a new object: the string members of v ({} when v is no object). */
static json_t *string_map(const json_t *v)
{
	json_t *out = json_object();
	const char *k;
	json_t *e;

	json_object_foreach((json_t *)v, k, e)
		if (json_is_string(e))
			json_object_set(out, k, e);
	return out;
}

/*
 * True when a nested block says nothing: every member is null, "", false,
 * [] or {} (recursively). Glue may keep no such block at all, so read()
 * gives back the prior state's empty block when the API has none.
 */
static bool says_nothing(const json_t *v)
{
	const char *k;
	json_t *e;
	size_t i;

	switch (json_typeof(v)) {
	case JSON_NULL:
	case JSON_FALSE:
		return true;
	case JSON_STRING:
		return json_string_length(v) == 0;
	case JSON_ARRAY:
		json_array_foreach(v, i, e)
			if (!says_nothing(e))
				return false;
		return true;
	case JSON_OBJECT:
		json_object_foreach((json_t *)v, k, e)
			if (!says_nothing(e))
				return false;
		return true;
	default:
		return false;
	}
}

/* A nested block read back (v, taken): NULL when it says nothing, unless the
 * prior state holds an empty block there, which is then given back. */
static json_t *nothing_or_prior(json_t *v, const json_t *prior)
{
	if (v && !says_nothing(v))
		return v;
	json_decref(v);
	return value_is_set(prior) && says_nothing(prior) ? json_deep_copy(prior) : NULL;
}

static const char *const not_found[] = { "EntityNotFoundException", NULL };
static const char *const already_exists[] = { "AlreadyExistsException", NULL };

/*
 * Give back o (taken) as *out with o["arn"] the ARN of KIND/NAME in
 * `account`'s catalog (the caller's when unset): 0, or -1 with err set and
 * o freed when the caller's account cannot be had.
 */
static int with_arn(struct aws_client *c, json_t *o, const char *account, const char *kind,
		    const char *name, json_t **out, struct strbuf *err)
{
	char *arn = glue_arn(c, account, kind, name, err);

	if (!arn) {
		json_decref(o);
		return -1;
	}
	json_object_set_new(o, "arn", json_string(arn));
	free(arn);
	*out = o;
	return 0;
}

/* ---- aws.glue.database ---- */

static json_t *database_input(const json_t *desired)
{
	json_t *in = json_object();

	copy_string(in, "Name", desired, "name");
	copy_string(in, "Description", desired, "description");
	copy_string(in, "LocationUri", desired, "location_uri");
	json_object_set_new(in, "Parameters", string_map(value_get(desired, "parameters")));
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

static int database_stored(struct aws_client *c, const char *name, const json_t *desired,
			   json_t **out, struct strbuf *err)
{
	json_t *o = aws_with_defaults(database_attrs, desired);
	const char *catalog = value_get_string(desired, "catalog_id");
	char *account = NULL;
	int rc;

	if (!catalog || !*catalog) {
		if (aws_client_account_id(c, &account, err)) {
			json_decref(o);
			return -1;
		}
		catalog = account;
	}
	json_object_set_new(o, "name", json_string(name));
	json_object_set_new(o, "catalog_id", json_string(catalog));
	rc = with_arn(c, o, catalog, "database", name, out, err);
	free(account);
	return rc;
}

static int database_read(void *client, const char *id, const json_t *prior, json_t **out,
			 struct strbuf *err)
{
	struct aws_client *c = client;
	json_t *req = catalog_request(value_get_string(prior, "catalog_id"));
	json_t *resp = NULL, *db, *o;
	const char *catalog;
	int rc;

	json_object_set_new(req, "Name", json_string(id));
	rc = glue_call(c, "GetDatabase", req, false, not_found, &resp, NULL, NULL, err);
	json_decref(req);
	*out = NULL;
	if (rc)
		return rc < 0 ? -1 : 0;
	db = value_get(resp, "Database");
	o = json_object();
	json_object_set_new(o, "name", json_string(id));
	read_string(o, "description", db, "Description", prior);
	read_string(o, "location_uri", db, "LocationUri", prior);
	json_object_set_new(o, "parameters", string_map(value_get(db, "Parameters")));
	catalog = value_get_string(db, "CatalogId");
	if (!catalog || !*catalog)
		catalog = value_get_string(prior, "catalog_id");
	if (catalog && *catalog)
		json_object_set_new(o, "catalog_id", json_string(catalog));
	rc = with_arn(c, o, catalog, "database", id, out, err);
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
	rc = glue_call(c, "UpdateDatabase", req, false, NULL, NULL, NULL, NULL, err);
	json_decref(req);
	return rc;
}

static int database_create(void *client, const json_t *desired, bool may_exist, char **id,
			   json_t **out, struct strbuf *err)
{
	struct aws_client *c = client;
	const char *name = value_get_string(desired, "name");
	json_t *req;
	int rc, attempts = 0;

	*id = NULL;
	*out = NULL;
	if (!name || !*name) {
		strbuf_addstr(err, "aws.glue.database: name must be set");
		return -1;
	}
	req = catalog_request(value_get_string(desired, "catalog_id"));
	json_object_set_new(req, "DatabaseInput", database_input(desired));
	rc = glue_call(c, "CreateDatabase", req, false, already_exists, NULL, NULL, &attempts,
		       err);
	json_decref(req);
	if (rc < 0)
		return -1;
	if (rc == 1 && aws_adopt_check(may_exist, attempts, "name",
				       "glue CreateDatabase: AlreadyExistsException", err,
				       "glue database %s", name))
		return -1;
	*id = xstrdup(name);
	if (rc == 1 && database_update_input(c, name, desired, err))
		return -1;
	return database_stored(c, name, desired, out, err);
}

static int database_update(void *client, const char *id, const json_t *prior,
			   const json_t *desired, json_t **out, struct strbuf *err)
{
	struct aws_client *c = client;
	json_t *want = json_deep_copy(desired);
	int rc;

	*out = NULL;
	/* catalog_id is computed when unset: keep addressing the same catalog. */
	if (!value_is_set(json_object_get(want, "catalog_id")) && value_get_string(prior, "catalog_id"))
		json_object_set(want, "catalog_id", value_get(prior, "catalog_id"));
	rc = database_update_input(c, id, want, err);
	if (!rc)
		rc = database_stored(c, id, want, out, err);
	json_decref(want);
	return rc;
}

static int database_delete(void *client, const char *id, const json_t *prior,
			   struct strbuf *err)
{
	json_t *req = catalog_request(value_get_string(prior, "catalog_id"));
	int rc;

	json_object_set_new(req, "Name", json_string(id));
	rc = glue_call(client, "DeleteDatabase", req, false, not_found, NULL, NULL, NULL, err);
	json_decref(req);
	return rc < 0 ? -1 : 0;
}

const struct resource_type aws_glue_database_type = {
	.name = "aws.glue.database",
	.description = "a Glue Data Catalog database",
	.attrs = database_attrs,
	.read = database_read,
	.create = database_create,
	.update = database_update,
	.delete = database_delete,
	.import_id = "its name",
};

/* ---- aws.glue.table ---- */

/*
 * Table parameters that Iceberg writers (Athena, Spark, Flink) change on
 * every commit. They are reported only when the user manages them, and an
 * update keeps the table's current values when the user does not: dropping
 * metadata_location would cut the table off from its data.
 */
static const char *const iceberg_writer_parameters[] = {
	"metadata_location", "previous_metadata_location", NULL,
};

/* "DATABASE:NAME" split in two; -1 with err set when the id has no ':'. */
static int table_id_split(const char *id, char **database, char **name, struct strbuf *err)
{
	const char *colon = strchr(id, ':');

	if (!colon || colon == id || !colon[1]) {
		strbuf_addf(err, "aws.glue.table: id \"%s\" is not DATABASE:NAME", id);
		return -1;
	}
	*database = xstrndup(id, (size_t)(colon - id));
	*name = xstrdup(colon + 1);
	return 0;
}

static json_t *column_to_api(const json_t *col)
{
	json_t *o = json_object();

	copy_string(o, "Name", col, "name");
	copy_string(o, "Type", col, "type");
	copy_string(o, "Comment", col, "comment");
	return o;
}

static json_t *column_from_api(const json_t *col)
{
	json_t *o = json_object();

	copy_string(o, "name", col, "Name");
	copy_string(o, "type", col, "Type");
	copy_string(o, "comment", col, "Comment");
	return o;
}

static json_t *columns_convert(const json_t *list, json_t *(*convert)(const json_t *))
{
	json_t *out = json_array();
	size_t i;
	json_t *col;

	json_array_foreach(list, i, col)
		if (json_is_object(col))
			json_array_append_new(out, convert(col));
	return out;
}

static json_t *storage_descriptor_to_api(const json_t *sd)
{
	json_t *o = json_object();
	json_t *serde = value_get(sd, "serde_info");

	copy_string(o, "Location", sd, "location");
	copy_string(o, "InputFormat", sd, "input_format");
	copy_string(o, "OutputFormat", sd, "output_format");
	json_object_set_new(o, "Columns", columns_convert(value_get(sd, "columns"), column_to_api));
	json_object_set_new(o, "Compressed", json_boolean(json_is_true(value_get(sd, "compressed"))));
	if (json_is_object(serde)) {
		json_t *s = json_object();

		copy_string(s, "Name", serde, "name");
		copy_string(s, "SerializationLibrary", serde, "serialization_library");
		json_object_set_new(s, "Parameters", string_map(value_get(serde, "parameters")));
		json_object_set_new(o, "SerdeInfo", s);
	}
	return o;
}

/* The storage_descriptor read back (may be NULL); `prior_sd` is the prior
 * state's (may be null). */
static json_t *storage_descriptor_from_api(const json_t *sd, const json_t *prior_sd)
{
	json_t *o = json_object();
	json_t *serde = value_get(sd, "SerdeInfo");

	copy_string(o, "location", sd, "Location");
	copy_string(o, "input_format", sd, "InputFormat");
	copy_string(o, "output_format", sd, "OutputFormat");
	json_object_set_new(o, "columns", columns_convert(value_get(sd, "Columns"), column_from_api));
	json_object_set_new(o, "compressed", json_boolean(json_is_true(value_get(sd, "Compressed"))));
	if (json_is_object(serde)) {
		json_t *s = json_object();

		copy_string(s, "name", serde, "Name");
		copy_string(s, "serialization_library", serde, "SerializationLibrary");
		json_object_set_new(s, "parameters", string_map(value_get(serde, "Parameters")));
		s = nothing_or_prior(s, value_get(prior_sd, "serde_info"));
		if (s)
			json_object_set_new(o, "serde_info", s);
	} else if (value_is_set(value_get(prior_sd, "serde_info")) && says_nothing(value_get(prior_sd, "serde_info"))) {
		json_object_set_new(o, "serde_info", json_deep_copy(value_get(prior_sd, "serde_info")));
	}
	return nothing_or_prior(o, prior_sd);
}

/*
 * The TableInput for desired. `current_params` (may be NULL) are the
 * table's parameters now: the Iceberg writers' ones among them are kept
 * unless desired sets them.
 */
static json_t *table_input(const json_t *desired, const json_t *current_params)
{
	json_t *in = json_object();
	json_t *params = string_map(value_get(desired, "parameters"));
	json_t *sd = value_get(desired, "storage_descriptor");

	for (size_t i = 0; iceberg_writer_parameters[i]; i++) {
		const char *key = iceberg_writer_parameters[i];
		json_t *now = json_object_get(current_params, key);

		if (!json_object_get(params, key) && json_is_string(now))
			json_object_set(params, key, now);
	}
	copy_string(in, "Name", desired, "name");
	copy_string(in, "Description", desired, "description");
	copy_string(in, "Owner", desired, "owner");
	copy_string(in, "TableType", desired, "table_type");
	json_object_set_new(in, "Parameters", params);
	json_object_set_new(in, "PartitionKeys",
			    columns_convert(value_get(desired, "partition_keys"), column_to_api));
	if (json_is_object(sd))
		json_object_set_new(in, "StorageDescriptor", storage_descriptor_to_api(sd));
	return in;
}

/* GetTable: 0 with *table set, 1 when it (or its database) does not exist, -1 on error. */
static int get_table(struct aws_client *c, const char *database, const char *name,
		     json_t **table, struct strbuf *err)
{
	json_t *req = json_pack("{s:s, s:s}", "DatabaseName", database, "Name", name);
	json_t *resp = NULL;
	int rc = glue_call(c, "GetTable", req, false, not_found, &resp, NULL, NULL, err);

	json_decref(req);
	*table = NULL;
	if (rc == 0)
		*table = json_incref(value_get(resp, "Table"));
	json_decref(resp);
	return rc;
}

static json_t *table_from_api(const char *database, const char *name, const json_t *t,
			      const json_t *prior)
{
	json_t *o = json_object();
	json_t *params = string_map(value_get(t, "Parameters"));
	json_t *prior_params = value_get(prior, "parameters");
	json_t *sd;

	json_object_set_new(o, "database", json_string(database));
	json_object_set_new(o, "name", json_string(name));
	read_string(o, "description", t, "Description", prior);
	read_string(o, "table_type", t, "TableType", prior);
	read_string(o, "owner", t, "Owner", prior);
	for (size_t i = 0; iceberg_writer_parameters[i]; i++)
		if (!json_object_get(prior_params, iceberg_writer_parameters[i]))
			json_object_del(params, iceberg_writer_parameters[i]);
	json_object_set_new(o, "parameters", params);
	json_object_set_new(o, "partition_keys",
			    columns_convert(value_get(t, "PartitionKeys"), column_from_api));
	sd = storage_descriptor_from_api(value_get(t, "StorageDescriptor"),
					 value_get(prior, "storage_descriptor"));
	if (sd)
		json_object_set_new(o, "storage_descriptor", sd);
	return o;
}

static int table_read(void *client, const char *id, const json_t *prior, json_t **out,
		      struct strbuf *err)
{
	char *database, *name;
	json_t *t = NULL;
	int rc;

	*out = NULL;
	if (table_id_split(id, &database, &name, err))
		return -1;
	rc = get_table(client, database, name, &t, err);
	if (rc == 0)
		*out = table_from_api(database, name, t, prior);
	json_decref(t);
	free(database);
	free(name);
	return rc < 0 ? -1 : 0;
}

/* UpdateTable to desired, keeping the Iceberg writers' parameters. */
static int table_update_input(struct aws_client *c, const char *database, const char *name,
			      const json_t *desired, struct strbuf *err)
{
	json_t *current = NULL, *req;
	int rc = get_table(c, database, name, &current, err);

	if (rc < 0)
		return -1;
	req = json_pack("{s:s}", "DatabaseName", database);
	json_object_set_new(req, "TableInput", table_input(desired, value_get(current, "Parameters")));
	rc = glue_call(c, "UpdateTable", req, false, NULL, NULL, NULL, NULL, err);
	json_decref(req);
	json_decref(current);
	return rc;
}

static int table_create(void *client, const json_t *desired, bool may_exist, char **id,
			json_t **out, struct strbuf *err)
{
	struct aws_client *c = client;
	const char *database = value_get_string(desired, "database");
	const char *name = value_get_string(desired, "name");
	json_t *req;
	int rc, attempts = 0;

	*id = NULL;
	*out = NULL;
	if (!database || !*database || !name || !*name) {
		strbuf_addstr(err, "aws.glue.table: database and name must be set");
		return -1;
	}
	if (strchr(database, ':')) {
		strbuf_addf(err, "aws.glue.table: database \"%s\" must not contain ':'", database);
		return -1;
	}
	req = json_pack("{s:s}", "DatabaseName", database);
	json_object_set_new(req, "TableInput", table_input(desired, NULL));
	rc = glue_call(c, "CreateTable", req, false, already_exists, NULL, NULL, &attempts, err);
	json_decref(req);
	if (rc < 0)
		return -1;
	if (rc == 1 && aws_adopt_check(may_exist, attempts, "name",
				       "glue CreateTable: AlreadyExistsException", err,
				       "glue table %s.%s", database, name))
		return -1;
	*id = xasprintf("%s:%s", database, name);
	if (rc == 1 && table_update_input(c, database, name, desired, err))
		return -1;
	*out = aws_with_defaults(table_attrs, desired);
	return 0;
}

static int table_update(void *client, const char *id, const json_t *prior,
			const json_t *desired, json_t **out, struct strbuf *err)
{
	char *database, *name;
	int rc;

	(void)prior;
	*out = NULL;
	if (table_id_split(id, &database, &name, err))
		return -1;
	rc = table_update_input(client, database, name, desired, err);
	if (!rc)
		*out = aws_with_defaults(table_attrs, desired);
	free(database);
	free(name);
	return rc;
}

static int table_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	char *database, *name;
	json_t *req;
	int rc;

	(void)prior;
	if (table_id_split(id, &database, &name, err))
		return -1;
	req = json_pack("{s:s, s:s}", "DatabaseName", database, "Name", name);
	rc = glue_call(client, "DeleteTable", req, false, not_found, NULL, NULL, NULL, err);
	json_decref(req);
	free(database);
	free(name);
	return rc < 0 ? -1 : 0;
}

const struct resource_type aws_glue_table_type = {
	.name = "aws.glue.table",
	.description = "a Glue Data Catalog table: Parquet, Iceberg or any Hive format over S3",
	.attrs = table_attrs,
	.read = table_read,
	.create = table_create,
	.update = table_update,
	.delete = table_delete,
	.import_id = "DATABASE:TABLE",
};

/* ---- aws.glue.connection ---- */

/* Connection properties that hold the password: never read back. */
static const char *const password_properties[] = { "PASSWORD", "ENCRYPTED_PASSWORD", NULL };

static json_t *connection_input(const json_t *desired)
{
	json_t *in = json_object();
	json_t *props = string_map(value_get(desired, "connection_properties"));
	json_t *pcr = value_get(desired, "physical_connection_requirements");
	const char *type = value_get_string(desired, "connection_type");

	if (value_get_string(desired, "password"))
		json_object_set(props, "PASSWORD", value_get(desired, "password"));
	copy_string(in, "Name", desired, "name");
	json_object_set_new(in, "ConnectionType", json_string(type ? type : "JDBC"));
	json_object_set_new(in, "ConnectionProperties", props);
	copy_string(in, "Description", desired, "description");
	if (json_is_object(pcr)) {
		json_t *p = json_object();
		json_t *groups = json_array();
		size_t i;
		json_t *g;

		copy_string(p, "SubnetId", pcr, "subnet_id");
		copy_string(p, "AvailabilityZone", pcr, "availability_zone");
		json_array_foreach(value_get(pcr, "security_group_id_list"), i, g)
			if (json_is_string(g))
				json_array_append(groups, g);
		json_object_set_new(p, "SecurityGroupIdList", groups);
		json_object_set_new(in, "PhysicalConnectionRequirements", p);
	}
	return in;
}

/* physical_connection_requirements read back (may be NULL); `prior_p` is
 * the prior state's (may be null). */
static json_t *physical_requirements_from_api(const json_t *p, const json_t *prior_p)
{
	json_t *o = json_object();
	json_t *groups = json_array();
	size_t i;
	json_t *g;

	copy_string(o, "subnet_id", p, "SubnetId");
	copy_string(o, "availability_zone", p, "AvailabilityZone");
	json_array_foreach(value_get(p, "SecurityGroupIdList"), i, g)
		if (json_is_string(g))
			json_array_append(groups, g);
	json_object_set_new(o, "security_group_id_list", groups);
	return nothing_or_prior(o, prior_p);
}


static int connection_stored(struct aws_client *c, const char *name, const json_t *desired,
			     json_t **out, struct strbuf *err)
{
	json_t *o = aws_with_defaults(connection_attrs, desired);

	json_object_set_new(o, "name", json_string(name));
	return with_arn(c, o, NULL, "connection", name, out, err);
}

static int connection_read(void *client, const char *id, const json_t *prior, json_t **out,
			   struct strbuf *err)
{
	struct aws_client *c = client;
	json_t *req = json_pack("{s:s, s:b}", "Name", id, "HidePassword", 1);
	json_t *resp = NULL, *conn, *o, *props, *pcr;
	int rc = glue_call(c, "GetConnection", req, false, not_found, &resp, NULL, NULL, err);

	json_decref(req);
	*out = NULL;
	if (rc)
		return rc < 0 ? -1 : 0;
	conn = value_get(resp, "Connection");
	o = json_object();
	json_object_set_new(o, "name", json_string(id));
	copy_string(o, "connection_type", conn, "ConnectionType");
	props = string_map(value_get(conn, "ConnectionProperties"));
	for (size_t i = 0; password_properties[i]; i++)
		json_object_del(props, password_properties[i]);
	json_object_set_new(o, "connection_properties", props);
	read_string(o, "description", conn, "Description", prior);
	pcr = physical_requirements_from_api(value_get(conn, "PhysicalConnectionRequirements"),
					     value_get(prior, "physical_connection_requirements"));
	if (pcr)
		json_object_set_new(o, "physical_connection_requirements", pcr);
	json_decref(resp);
	return with_arn(c, o, NULL, "connection", id, out, err);
}

static int connection_put(struct aws_client *c, const char *operation, const char *name,
			  const json_t *desired, const char *const *tolerated, int *attempts,
			  struct strbuf *err)
{
	json_t *req = json_object();
	size_t from = err->len;
	int rc;

	if (!strcmp(operation, "UpdateConnection"))
		json_object_set_new(req, "Name", json_string(name));
	json_object_set_new(req, "ConnectionInput", connection_input(desired));
	rc = glue_call(c, operation, req, false, tolerated, NULL, NULL, attempts, err);
	json_decref(req);
	/* Should Glue echo the password, it is cut out. */
	strbuf_redact(err, from, value_get_string(desired, "password"));
	return rc;
}

static int connection_create(void *client, const json_t *desired, bool may_exist, char **id,
			     json_t **out, struct strbuf *err)
{
	struct aws_client *c = client;
	const char *name = value_get_string(desired, "name");
	int rc, attempts = 0;

	*id = NULL;
	*out = NULL;
	if (!name || !*name) {
		strbuf_addstr(err, "aws.glue.connection: name must be set");
		return -1;
	}
	rc = connection_put(c, "CreateConnection", name, desired, already_exists, &attempts, err);
	if (rc < 0)
		return -1;
	if (rc == 1 && aws_adopt_check(may_exist, attempts, "name",
				       "glue CreateConnection: AlreadyExistsException", err,
				       "glue connection %s", name))
		return -1;
	*id = xstrdup(name);
	if (rc == 1 && connection_put(c, "UpdateConnection", name, desired, NULL, NULL, err))
		return -1;
	return connection_stored(c, name, desired, out, err);
}

static int connection_update(void *client, const char *id, const json_t *prior,
			     const json_t *desired, json_t **out, struct strbuf *err)
{
	(void)prior;
	*out = NULL;
	if (connection_put(client, "UpdateConnection", id, desired, NULL, NULL, err))
		return -1;
	return connection_stored(client, id, desired, out, err);
}

static int connection_delete(void *client, const char *id, const json_t *prior,
			     struct strbuf *err)
{
	json_t *req = json_pack("{s:s}", "ConnectionName", id);
	int rc = glue_call(client, "DeleteConnection", req, false, not_found, NULL, NULL, NULL,
			   err);

	(void)prior;
	json_decref(req);
	return rc < 0 ? -1 : 0;
}

/* A password written into connection_properties would be stored and shown in
 * the clear: it belongs in password. */
static int connection_plan_desired(json_t *desired, struct strbuf *err)
{
	json_t *props = json_object_get(desired, "connection_properties");

	if (json_is_object(props) && json_object_get(props, "PASSWORD")) {
		strbuf_addstr(err, "aws.glue.connection: connection_properties must not hold "
			      "PASSWORD: set the password attribute, which is kept secret");
		return -1;
	}
	return 0;
}

const struct resource_type aws_glue_connection_type = {
	.name = "aws.glue.connection",
	.description = "a Glue connection (JDBC and others) with a password that is never read back",
	.attrs = connection_attrs,
	.read = connection_read,
	.create = connection_create,
	.update = connection_update,
	.delete = connection_delete,
	.plan_desired = connection_plan_desired,
	.import_id = "its name",
};
