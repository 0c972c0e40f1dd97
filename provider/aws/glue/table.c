/*
 * glue/table.c: the resource type aws.glue.table, a Glue Data Catalog table
 * (Parquet, Iceberg or any Hive format over S3), over Glue's json protocol
 * (glue/api.h). Its id is "DATABASE:NAME".
 *
 * read() reports what create() and update() store (the catalog shapes of
 * glue/api.h). What Glue keeps beside the user's settings (create times,
 * versions, bucket counts the stack does not set, column parameters, an Iceberg writer's
 * metadata_location) is not reported, so only the user's settings are
 * compared.
 *
 * Views: `view: {sql, columns}` is written as Athena itself writes a view
 * (TableType VIRTUAL_VIEW, ViewOriginalText the SQL comment "Presto View:
 * BASE64" of {"originalSql", "catalog", "schema", "columns"},
 * ViewExpandedText the comment "Presto View", parameters presto_view and
 * comment, the columns in
 * Hive types in the storage descriptor); read() decodes it back into `view`
 * and leaves out what follows from it. view_original_text and
 * view_expanded_text set the texts as they are, for other engines.
 *
 * open_table_format_input (Iceberg) is sent with CreateTable only, as
 * Terraform does; Glue then writes the table's first metadata file and its
 * metadata_location and table_type parameters, which read() leaves out.
 */
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "provider/aws/adopt.h"
#include "provider/aws/glue/api.h"
#include "provider/aws/listing.h"
#include "provider/aws/resources.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"
#include "provider/base/encoding.h"

static const char *const not_found[] = { "EntityNotFoundException", NULL };
static const char *const already_exists[] = { "AlreadyExistsException", NULL };

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

static const struct attr_schema sort_column_attrs[] = {
	{ .name = "column", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the column's name" },
	{ .name = "sort_order", .type = ATTR_NUMBER, .flags = ATTR_REQUIRED,
	  .description = "1: ascending, 0: descending" },
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
	/* Since 2026-11-30, optional and computed as every attribute added
	 * since a type shipped: read back only where the stack sets them or
	 * Glue holds other than a table made without them (sd_extras), so
	 * what an earlier release applied plans no change. */
	{ .name = "parameters", .type = ATTR_MAP, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .elem_type = ATTR_STRING,
	  .description = "the storage's own properties, e.g. a Kinesis source's streamName" },
	{ .name = "number_of_buckets", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "buckets of a bucketed table (-1: none, as Hive writes it)" },
	{ .name = "bucket_columns", .type = ATTR_LIST, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .elem_type = ATTR_STRING, .description = "the columns a bucketed table is bucketed by" },
	{ .name = "sort_columns", .type = ATTR_OBJECT_LIST, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .nested = sort_column_attrs, .description = "the order within each bucket" },
	{ .name = "stored_as_sub_directories", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "whether the data is in subdirectories" },
	{ .name = NULL },
};

static const struct attr_schema view_column_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "column name, as the SQL's result names it" },
	{ .name = "type", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "Athena (Trino) type: varchar, integer, bigint, double, date, "
			 "timestamp(3), decimal(10,2), array(varchar), row(a integer) ..." },
	{ .name = NULL },
};

static const struct attr_schema view_attrs[] = {
	{ .name = "sql", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the view's SELECT, without CREATE VIEW" },
	{ .name = "columns", .type = ATTR_OBJECT_LIST, .flags = ATTR_REQUIRED,
	  .nested = view_column_attrs, .description = "the columns the SELECT returns, in order" },
	{ .name = NULL },
};

static const struct attr_schema iceberg_input_attrs[] = {
	{ .name = "metadata_operation", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "CREATE: Glue writes the table's first metadata file",
	  .default_json = "\"CREATE\"" },
	{ .name = "version", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "Iceberg table format version, \"1\" or \"2\"", .default_json = "\"2\"" },
	{ .name = NULL },
};

static const struct attr_schema open_table_format_attrs[] = {
	{ .name = "iceberg", .type = ATTR_OBJECT, .flags = ATTR_REQUIRED,
	  .nested = iceberg_input_attrs, .description = "an Iceberg table" },
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
	{ .name = "view_original_text", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "a view's text as its engine reads it (with `view`, terrace writes Athena's)" },
	{ .name = "view_expanded_text", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "a view's expanded text (with `view`: \"/* Presto View */\")" },
	{ .name = "view", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL, .nested = view_attrs,
	  .description = "an Athena view: its SQL and result columns, written in the encoding "
			 "Athena uses (table_type, texts, parameters and columns follow from it)" },
	{ .name = "open_table_format_input", .type = ATTR_OBJECT,
	  .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY, .nested = open_table_format_attrs,
	  .description = "sent with CreateTable only: Glue creates the Iceberg table's metadata "
			 "(metadata_location); not read back" },
	{ .name = NULL },
};

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

	value_copy_string(o, "Name", col, "name", NULL);
	value_copy_string(o, "Type", col, "type", NULL);
	value_copy_string(o, "Comment", col, "comment", NULL);
	return o;
}

static json_t *column_from_api(const json_t *col)
{
	json_t *o = json_object();

	value_copy_string(o, "name", col, "Name", NULL);
	value_copy_string(o, "type", col, "Type", NULL);
	value_copy_string(o, "comment", col, "Comment", NULL);
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

/* The storage descriptor's members of Glue's names alike in the stack's,
 * from one to the other: to_api, the stack's into a request, each one the
 * stack sets; else Glue's answer into attributes, each one the prior state
 * (or the stack a converge shapes the read by) sets, and each Glue holds
 * other than as a table made without it (no parameters, 0 or -1 buckets,
 * no columns, not in subdirectories: so a table an earlier release made
 * plans no change, and one the stack no longer buckets is updated), or all
 * when adopting, without a prior state (an import). */
static const struct { const char *attr, *api; } sd_extra_names[] = {
	{ "parameters", "Parameters" },
	{ "number_of_buckets", "NumberOfBuckets" },
	{ "bucket_columns", "BucketColumns" },
	{ "sort_columns", "SortColumns" },
	{ "stored_as_sub_directories", "StoredAsSubDirectories" },
};

static bool sd_extra_as_made(const json_t *v)
{
	return !value_is_set(v) || json_is_false(v) ||
	       (json_is_object(v) && !json_object_size(v)) ||
	       (json_is_array(v) && !json_array_size(v)) ||
	       (json_is_integer(v) && (json_integer_value(v) == 0 || json_integer_value(v) == -1));
}

/* A sort_columns list in the other's names. */
static json_t *sort_columns_convert(const json_t *sort, bool to_api)
{
	json_t *out = json_array();
	const json_t *item;
	size_t i;

	json_array_foreach(sort, i, item) {
		json_t *one = json_object();
		value_copy_string(one, to_api ? "Column" : "column", item,
				  to_api ? "column" : "Column", NULL);
		json_object_set(one, to_api ? "SortOrder" : "sort_order",
				value_get(item, to_api ? "sort_order" : "SortOrder"));
		json_array_append_new(out, one);
	}
	return out;
}

static void sd_extras(json_t *to, const json_t *from, bool to_api, bool adopting,
		      const json_t *prior_sd)
{
	for (size_t i = 0; i < sizeof(sd_extra_names) / sizeof(sd_extra_names[0]); i++) {
		const char *to_key = to_api ? sd_extra_names[i].api : sd_extra_names[i].attr;
		const json_t *v = value_get(from, to_api ? sd_extra_names[i].attr
							 : sd_extra_names[i].api);

		if (!value_is_set(v) || (!to_api && !adopting && sd_extra_as_made(v) &&
					 !value_is_set(value_get(prior_sd, to_key))))
			continue;
		json_object_set_new(to, to_key, !strcmp(sd_extra_names[i].attr, "sort_columns")
					       ? sort_columns_convert(v, to_api) : json_deep_copy(v));
	}
}

static json_t *storage_descriptor_to_api(const json_t *sd)
{
	json_t *o = json_object();
	json_t *serde = value_get(sd, "serde_info");

	value_copy_string(o, "Location", sd, "location", NULL);
	value_copy_string(o, "InputFormat", sd, "input_format", NULL);
	value_copy_string(o, "OutputFormat", sd, "output_format", NULL);
	json_object_set_new(o, "Columns", columns_convert(value_get(sd, "columns"), column_to_api));
	json_object_set_new(o, "Compressed", json_boolean(json_is_true(value_get(sd, "compressed"))));
	if (json_is_object(serde)) {
		json_t *s = json_object();

		value_copy_string(s, "Name", serde, "name", NULL);
		value_copy_string(s, "SerializationLibrary", serde, "serialization_library", NULL);
		json_object_set_new(s, "Parameters", glue_string_map(value_get(serde, "parameters")));
		json_object_set_new(o, "SerdeInfo", s);
	}
	sd_extras(o, sd, true, false, NULL);
	return o;
}

/* The storage_descriptor read back (may be NULL); `prior_sd` is the prior
 * state's (may be null), `adopting` whether there is no prior state. */
static json_t *storage_descriptor_from_api(const json_t *sd, bool adopting, const json_t *prior_sd)
{
	json_t *o = json_object();
	json_t *serde = value_get(sd, "SerdeInfo");

	value_copy_string(o, "location", sd, "Location", NULL);
	value_copy_string(o, "input_format", sd, "InputFormat", NULL);
	value_copy_string(o, "output_format", sd, "OutputFormat", NULL);
	json_object_set_new(o, "columns", columns_convert(value_get(sd, "Columns"), column_from_api));
	json_object_set_new(o, "compressed", json_boolean(json_is_true(value_get(sd, "Compressed"))));
	if (json_is_object(serde)) {
		json_t *s = json_object();

		value_copy_string(s, "name", serde, "Name", NULL);
		value_copy_string(s, "serialization_library", serde, "SerializationLibrary", NULL);
		json_object_set_new(s, "parameters", glue_string_map(value_get(serde, "Parameters")));
		s = glue_nothing_or_prior(s, value_get(prior_sd, "serde_info"));
		if (s)
			json_object_set_new(o, "serde_info", s);
	} else if (value_is_set(value_get(prior_sd, "serde_info")) && glue_says_nothing(value_get(prior_sd, "serde_info"))) {
		json_object_set_new(o, "serde_info", json_deep_copy(value_get(prior_sd, "serde_info")));
	}
	sd_extras(o, sd, false, adopting, prior_sd);
	return glue_nothing_or_prior(o, prior_sd);
}

/* ---- Athena's view encoding ---- */

#define PRESTO_VIEW_PREFIX "/* Presto View: "
#define PRESTO_VIEW_SUFFIX " */"
#define PRESTO_VIEW_EXPANDED "/* Presto View */"

/* The Hive spelling of the Athena (Trino) type at *p, appended to out;
 * *p moves past it. Athena stores a view's columns in the catalog in Hive
 * types and in its own encoding in Trino types: varchar is string, integer
 * int, real float, varbinary binary, timestamp(p) timestamp, array(T)
 * array<T>, map(K, V) map<K,V>, row(a T, ...) struct<a:T,...>. */
static void hive_type(const char **p, struct strbuf *out)
{
	const char *s = *p, *name;
	size_t n, args = 0;

	while (*s == ' ')
		s++;
	name = s;
	n = strcspn(s, "(), ");
	if (s[n] == '(' && ((n == 5 && !strncasecmp(s, "array", 5)) ||
			    (n == 3 && !strncasecmp(s, "map", 3)) ||
			    (n == 3 && !strncasecmp(s, "row", 3)))) {
		bool row = !strncasecmp(s, "row", 3);

		strbuf_addstr(out, row ? "struct<" : n == 5 ? "array<" : "map<");
		s += n + 1;
		for (bool first = true; *s && *s != ')'; first = false) {
			while (*s == ' ' || *s == ',')
				s++;
			if (!first)
				strbuf_addch(out, ',');
			if (row) { /* a field: NAME TYPE */
				size_t k = strcspn(s, " ");

				strbuf_add(out, s, k);
				strbuf_addch(out, ':');
				s += k;
			}
			hive_type(&s, out);
			while (*s == ' ')
				s++;
		}
		if (*s == ')')
			s++;
		strbuf_addch(out, '>');
		*p = s;
		return;
	}
	s += n;
	if (*s == '(') { /* varchar(10), decimal(10,2), timestamp(3) */
		args = strcspn(s, ")");
		args += s[args] == ')';
		s += args;
	}
	if ((n == 7 && !strncasecmp(name, "varchar", 7)) || (n == 4 && !strncasecmp(name, "json", 4)))
		strbuf_addstr(out, "string");
	else if (n == 7 && !strncasecmp(name, "integer", 7))
		strbuf_addstr(out, "int");
	else if (n == 4 && !strncasecmp(name, "real", 4))
		strbuf_addstr(out, "float");
	else if (n == 9 && !strncasecmp(name, "varbinary", 9))
		strbuf_addstr(out, "binary");
	else if (n == 9 && !strncasecmp(name, "timestamp", 9))
		strbuf_addstr(out, "timestamp");
	else
		strbuf_add(out, name, n + args);
	*p = s;
}

/* ViewOriginalText for a view of database: PRESTO_VIEW_PREFIX, the base64
 * of {"originalSql", "catalog", "schema", "columns"}, PRESTO_VIEW_SUFFIX,
 * as Athena writes it. A new string. */
static char *presto_view_text(const char *database, const json_t *view)
{
	json_t *doc = json_object(), *cols = json_array(), *c;
	char *text, *out, *b64;
	size_t i;

	json_object_set_new(doc, "originalSql", glue_string_or(view, "sql", ""));
	json_object_set_new(doc, "catalog", json_string("awsdatacatalog"));
	json_object_set_new(doc, "schema", json_string(database));
	json_array_foreach(value_get(view, "columns"), i, c)
		json_array_append_new(cols, json_pack("{s:o, s:o}", "name",
						      glue_string_or(c, "name", ""), "type",
						      glue_string_or(c, "type", "")));
	json_object_set_new(doc, "columns", cols);
	text = json_dumps(doc, JSON_COMPACT | JSON_PRESERVE_ORDER);
	json_decref(doc);
	b64 = base64_encode(text, strlen(text));
	out = xasprintf(PRESTO_VIEW_PREFIX "%s" PRESTO_VIEW_SUFFIX, b64);
	free(b64);
	free(text);
	return out;
}

/* The view {sql, columns} that a Presto view text holds, or NULL when the
 * text is not one (not Athena's prefix, not base64, not the JSON). */
static json_t *presto_view_decode(const char *text)
{
	size_t pre = strlen(PRESTO_VIEW_PREFIX), suf = strlen(PRESTO_VIEW_SUFFIX), len, n;
	unsigned char *raw;
	json_t *doc, *view = NULL, *cols, *c;
	const char *sql;
	size_t i;

	if (!text || strncmp(text, PRESTO_VIEW_PREFIX, pre))
		return NULL;
	len = strlen(text);
	if (len < pre + suf || strcmp(text + len - suf, PRESTO_VIEW_SUFFIX))
		return NULL;
	len -= pre + suf;
	if (base64_decode(text + pre, len, &raw, &n))
		return NULL;
	doc = json_loadb((const char *)raw, n, 0, NULL);
	free(raw);
	sql = value_get_string(doc, "originalSql");
	cols = value_get(doc, "columns");
	if (sql && json_is_array(cols)) {
		json_t *out_cols = json_array();

		json_array_foreach(cols, i, c)
			json_array_append_new(out_cols, json_pack("{s:o, s:o}", "name",
								  glue_string_or(c, "name", ""), "type",
								  glue_string_or(c, "type", "")));
		view = json_pack("{s:s, s:o}", "sql", sql, "columns", out_cols);
	}
	json_decref(doc);
	return view;
}

/* A view's storage descriptor as Athena writes it: its columns in Hive
 * types, an empty SerDe, no location. */
static json_t *view_storage_descriptor(const json_t *view)
{
	json_t *cols = json_array(), *c;
	size_t i;

	json_array_foreach(value_get(view, "columns"), i, c) {
		struct strbuf t = STRBUF_INIT;
		const char *p = value_get_string(c, "type");

		if (p)
			hive_type(&p, &t);
		json_array_append_new(cols, json_pack("{s:o, s:s}", "Name",
						      glue_string_or(c, "name", ""), "Type", t.buf));
		strbuf_release(&t);
	}
	return json_pack("{s:o, s:s, s:b, s:{}}", "Columns", cols, "Location", "", "Compressed", 0,
			 "SerdeInfo");
}

/* Desired asks Glue for an Iceberg table (open_table_format_input). */
static bool wants_iceberg(const json_t *desired)
{
	return json_is_object(value_get(value_get(desired, "open_table_format_input"), "iceberg"));
}

/*
 * The TableInput for desired. `current_params` (may be NULL) are the
 * table's parameters now: the Iceberg writers' ones among them are kept
 * unless desired sets them, and so is the table_type Glue wrote for an
 * open_table_format_input table.
 */
static json_t *table_input(const json_t *desired, const json_t *current_params)
{
	json_t *in = json_object();
	json_t *params = glue_string_map(value_get(desired, "parameters"));
	json_t *sd = value_get(desired, "storage_descriptor");
	json_t *view = value_get(desired, "view");

	for (size_t i = 0; iceberg_writer_parameters[i]; i++) {
		const char *key = iceberg_writer_parameters[i];
		json_t *now = json_object_get(current_params, key);

		if (!json_object_get(params, key) && json_is_string(now))
			json_object_set(params, key, now);
	}
	if (wants_iceberg(desired) && !json_object_get(params, "table_type") &&
	    json_is_string(json_object_get(current_params, "table_type")))
		json_object_set(params, "table_type", json_object_get(current_params, "table_type"));
	value_copy_string(in, "Name", desired, "name", NULL);
	value_copy_string(in, "Description", desired, "description", NULL);
	value_copy_string(in, "Owner", desired, "owner", NULL);
	value_copy_string(in, "TableType", desired, "table_type", NULL);
	value_copy_string(in, "ViewOriginalText", desired, "view_original_text", NULL);
	value_copy_string(in, "ViewExpandedText", desired, "view_expanded_text", NULL);
	if (json_is_object(view)) {
		json_object_set_new(in, "TableType", json_string("VIRTUAL_VIEW"));
		char *text = presto_view_text(value_get_string(desired, "database"), view);

		json_object_set_new(in, "ViewOriginalText", json_string(text));
		free(text);
		json_object_set_new(in, "ViewExpandedText", json_string(PRESTO_VIEW_EXPANDED));
		if (!json_object_get(params, "presto_view"))
			json_object_set_new(params, "presto_view", json_string("true"));
		if (!json_object_get(params, "comment"))
			json_object_set_new(params, "comment", json_string("Presto View"));
	}
	json_object_set_new(in, "Parameters", params);
	json_object_set_new(in, "PartitionKeys",
			    columns_convert(value_get(desired, "partition_keys"), column_to_api));
	if (json_is_object(sd))
		json_object_set_new(in, "StorageDescriptor", storage_descriptor_to_api(sd));
	else if (json_is_object(view))
		json_object_set_new(in, "StorageDescriptor", view_storage_descriptor(view));
	return in;
}

/* GetTable: 0 with *table set, 1 when it (or its database) does not exist, -1 on error. */
static int get_table(struct aws_client *c, const char *database, const char *name,
		     json_t **table, struct strbuf *err)
{
	json_t *req = json_pack("{s:s, s:s}", "DatabaseName", database, "Name", name);
	json_t *resp = NULL;
	int rc = glue_call(c, "GetTable", req, not_found, &resp, NULL, NULL, err);

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
	json_t *params = glue_string_map(value_get(t, "Parameters"));
	json_t *prior_params = value_get(prior, "parameters");
	json_t *sd, *view = NULL;

	json_object_set_new(o, "database", json_string(database));
	json_object_set_new(o, "name", json_string(name));
	glue_read_string(o, "description", t, "Description", prior);
	glue_read_string(o, "owner", t, "Owner", prior);
	for (size_t i = 0; iceberg_writer_parameters[i]; i++)
		if (!json_object_get(prior_params, iceberg_writer_parameters[i]))
			json_object_del(params, iceberg_writer_parameters[i]);
	/* Glue's table_type of an Iceberg table the stack asked Glue for */
	if (wants_iceberg(prior) && !json_object_get(prior_params, "table_type"))
		json_object_del(params, "table_type");
	/* A view in Athena's encoding, unless the stack writes the text itself:
	 * reported as `view`, without what follows from it. */
	if (!value_is_set(value_get(prior, "view_original_text")))
		view = presto_view_decode(value_get_string(t, "ViewOriginalText"));
	if (view) {
		json_object_set_new(o, "view", view);
		if (value_is_set(value_get(prior, "table_type")))
			glue_read_string(o, "table_type", t, "TableType", prior);
		if (value_is_set(value_get(prior, "view_expanded_text")))
			glue_read_string(o, "view_expanded_text", t, "ViewExpandedText", prior);
		if (!json_object_get(prior_params, "presto_view"))
			json_object_del(params, "presto_view");
		if (!json_object_get(prior_params, "comment"))
			json_object_del(params, "comment");
	} else {
		glue_read_string(o, "table_type", t, "TableType", prior);
		glue_read_string(o, "view_original_text", t, "ViewOriginalText", prior);
		glue_read_string(o, "view_expanded_text", t, "ViewExpandedText", prior);
	}
	json_object_set_new(o, "parameters", params);
	json_object_set_new(o, "partition_keys",
			    columns_convert(value_get(t, "PartitionKeys"), column_from_api));
	sd = storage_descriptor_from_api(value_get(t, "StorageDescriptor"), !prior,
					 value_get(prior, "storage_descriptor"));
	if (sd && (!view || value_is_set(value_get(prior, "storage_descriptor"))))
		json_object_set_new(o, "storage_descriptor", sd);
	else
		json_decref(sd);
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
	rc = glue_call(c, "UpdateTable", req, NULL, NULL, NULL, NULL, err);
	json_decref(req);
	json_decref(current);
	return rc;
}

/* The id: "DATABASE:TABLE", or NULL while either is not set. */
static char *table_config_id(const json_t *desired)
{
	const char *database = value_get_string(desired, "database");
	const char *name = value_get_string(desired, "name");

	return database && *database && !strchr(database, ':') && name && *name
	       ? xasprintf("%s:%s", database, name) : NULL;
}

/*
 * The converge (the contract, provider/aws/adopt.h): UpdateTable (the
 * whole TableInput, keeping the Iceberg writers' parameters) when `have`
 * (the table as read(), shaped by desired) differs from desired, then the
 * table is read back, shaped by desired as read() shapes what it reports.
 */
static int table_converge(struct aws_client *c, const char *id, const json_t *have,
			  const json_t *desired, json_t **out, struct strbuf *err)
{
	static const char *const unread[] = { "open_table_format_input", NULL };
	json_t *want = aws_with_defaults(table_attrs, desired);
	char *database, *name;
	int rc = 0;

	*out = NULL;
	if (table_id_split(id, &database, &name, err)) {
		json_decref(want);
		return -1;
	}
	if (glue_definition_differs(table_attrs, have, want, unread))
		rc = table_update_input(c, database, name, desired, err);
	if (!rc)
		rc = aws_read_written(table_read, c, id, desired, out, err,
				      "aws.glue.table: table %s was written but GetTable does not "
				      "find it", id);
	json_decref(want);
	free(database);
	free(name);
	return rc ? -1 : 0;
}

/* The create's send: CreateTable, with open_table_format_input (Iceberg),
 * which only a create carries. */
static int table_send_create(struct aws_client *c, const json_t *desired,
			     const struct create_call *call, struct aws_sent *sent,
			     struct strbuf *err)
{
	const char *database = value_get_string(desired, "database");
	const char *name = value_get_string(desired, "name");
	json_t *req;
	int rc;

	(void)call;
	if (!database || !name) {
		strbuf_addstr(err, "aws.glue.table: database or name has no value to send");
		return -1;
	}
	req = json_pack("{s:s}", "DatabaseName", database);
	json_object_set_new(req, "TableInput", table_input(desired, NULL));
	if (wants_iceberg(desired)) {
		const json_t *ice = value_get(value_get(desired, "open_table_format_input"), "iceberg");
		json_t *in = json_object();

		value_copy_string(in, "MetadataOperation", ice, "metadata_operation", NULL);
		if (!json_object_get(in, "MetadataOperation"))
			json_object_set_new(in, "MetadataOperation", json_string("CREATE"));
		value_copy_string(in, "Version", ice, "version", NULL);
		json_object_set_new(req, "OpenTableFormatInput", json_pack("{s:o}", "IcebergInput", in));
	}
	rc = glue_call(c, "CreateTable", req, already_exists, NULL, NULL, &sent->attempts, err);
	json_decref(req);
	if (rc < 0)
		return -1;
	sent->id = table_config_id(desired);
	if (!sent->id) {
		strbuf_addf(err, "aws.glue.table: %s:%s is no table id", database, name);
		return -1;
	}
	if (rc == 1) {
		sent->exists = true;
		snprintf(sent->why, sizeof(sent->why), "glue CreateTable: AlreadyExistsException");
	}
	return 0;
}

/* The evidence of a table found there: this create's TableInput as
 * GetTable reads it back, and its CreateTime. */
static int table_evidence(struct aws_client *c, const char *id, const json_t *desired,
			  const json_t *have, json_t **sent, json_t **got, time_t *created,
			  struct strbuf *err)
{
	char *database, *name;
	json_t *get;

	(void)have;
	if (table_id_split(id, &database, &name, err))
		return -1;
	get = json_pack("{s:s, s:s}", "DatabaseName", database, "Name", name);
	free(database);
	free(name);
	return glue_catalog_evidence(c, "GetTable", get, "Table", table_input(desired, NULL),
				     "CreateTime", sent, got, created, err);
}

/*
 * Create and update (the contract, provider/aws/adopt.h): the update's read
 * and the read back are shaped by desired, as read() shapes what it
 * reports. `prior` is not used (neither exception: open_table_format_input,
 * never read, only matters to a create; the id DATABASE:TABLE addresses
 * the table). A table found there already takes no tags terrace reads: it
 * is the create's when what the create sent reads back and it was made
 * since.
 */
static const struct aws_native_ops table_native = {
	.send_create = table_send_create,
	.adopt = { .by = AWS_ADOPT_BY_READ_BACK, .noun = "name", .object = "glue table %s",
		   .evidence = table_evidence },
	.converge = table_converge,
	.read = table_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape = AWS_SHAPE_DESIRED,
	.made_missing = "aws.glue.table: table %s was written but GetTable does not find it",
	.gone = "aws.glue.table: table %s is in the state but GetTable does not find it",
};

AWS_NATIVE_FUNCTIONS(table, table_native)

static int table_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	char *database, *name;
	json_t *req;
	int rc;

	(void)prior;
	if (table_id_split(id, &database, &name, err))
		return -1;
	req = json_pack("{s:s, s:s}", "DatabaseName", database, "Name", name);
	rc = glue_call(client, "DeleteTable", req, not_found, NULL, NULL, NULL, err);
	json_decref(req);
	free(database);
	free(name);
	return rc < 0 ? -1 : 0;
}


/* For sweep (listing.h). */
static const struct aws_nested_listing table_listing = {
	&aws_service_glue, "GetDatabases", "GetTables", "DatabaseName", ":", NULL, true,
	"CreateTime",
	NULL,
};

static int table_list(void *client, const struct resource_query *q,
		      struct resource_items *out, struct strbuf *err)
{
	return aws_list_nested(client, &table_listing, q, out, err);
}

static int table_read_many(void *client, size_t n, const char *const *ids,
			   const json_t *const *priors, size_t max_pages, json_t **out,
			   struct strbuf *err);
static void table_read_scope(const char *id, const json_t *prior, struct strbuf *scope);

const struct resource_type aws_glue_table_type = {
	.name = "aws.glue.table",
	.description = "a Glue Data Catalog table: Parquet, Iceberg or any Hive format over S3",
	.attrs = table_attrs,
	.terraform_type = "aws_glue_catalog_table",
	.terraform_attrs = "name database=database_name description owner parameters "
			   "table_type storage_descriptor partition_keys view_original_text "
			   "view_expanded_text",
	.read = table_read,
	.create = table_create,
	.update = table_update,
	.native = &table_native,
	.delete = table_delete,
	.import_id = "DATABASE:TABLE",
	.config_id = table_config_id,
	.list = table_list,
	.list_rank = 5,
	.read_many = table_read_many,
	.read_many_scope = table_read_scope,
};

/* ---- refresh by listing (provider.h read_many): GetTables per database ---- */

struct table_listing_ctx {
	struct aws_read_many m;
	const char *database;
};

static int table_listed(void *ctx, const json_t *t, struct strbuf *err)
{
	struct table_listing_ctx *tc = ctx;
	const char *name = value_get_string(t, "Name");
	char *id;
	long pos;

	(void)err;
	if (!name)
		return 0;
	id = xasprintf("%s:%s", tc->database, name);
	pos = aws_read_many_find(&tc->m, id);
	if (pos >= 0)
		tc->m.out[pos] = table_from_api(tc->database, name, t, tc->m.priors[pos]);
	free(id);
	return 0;
}

/* Every id in the group has the same database (table_read_scope). */
static int table_read_many(void *client, size_t n, const char *const *ids,
			   const json_t *const *priors, size_t max_pages, json_t **out,
			   struct strbuf *err)
{
	struct table_listing_ctx tc;
	char *database, *name;
	json_t *req;
	int rc;

	if (!n || table_id_split(ids[0], &database, &name, err))
		return n ? -1 : 0;
	tc.database = database;
	aws_read_many_init(&tc.m, n, ids, priors, out);
	req = json_pack("{s:s, s:i}", "DatabaseName", database, "MaxResults", 100);
	rc = aws_json_pages(client, &aws_service_glue, "GetTables", req, max_pages, table_listed,
			    &tc, err);
	json_decref(req);
	aws_read_many_release(&tc.m);
	free(database);
	free(name);
	return rc;
}

static void table_read_scope(const char *id, const json_t *prior, struct strbuf *scope)
{
	const char *colon = strchr(id, ':');

	(void)prior;
	strbuf_add(scope, id, colon ? (size_t)(colon - id) : strlen(id));
}
