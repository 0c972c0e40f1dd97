/*
 * dynamodb_table.c: the resource type aws.dynamodb.table, a DynamoDB table
 * with its keys, attribute definitions, billing mode and capacities, time
 * to live, point-in-time recovery and tags, over DynamoDB's json protocol
 * (X-Amz-Target DynamoDB_20120810.<Operation>, JSON 1.0). Its id is its
 * name.
 *
 * CreateTable, UpdateTable and DeleteTable return at once and the table
 * becomes ACTIVE (or gone) later: each waits for it with the waiter of
 * wait.h, bounded by AWS_POLL_DYNAMODB_TABLE (timing.c). The attribute
 * definitions are a set: read() and plan_desired() give them sorted by
 * name. TTL is reported only while it is enabled (the ttl block's absence
 * is "disabled"). A stream (stream_enabled, stream_view_type) is turned on
 * and off by UpdateTable; its view type changes by turning it off and on
 * again, as DynamoDB takes no change of a stream that is on; stream_arn is
 * the latest stream's ARN (for an event source mapping), while it is on. A create that finds the name taken (ResourceInUseException)
 * adopts the table only when it carries this stack's tags, which CreateTable
 * sets with the table (aws_adopt_tagged).
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/listing.h"
#include "provider/aws/resources.h"
#include "provider/aws/tags.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define TABLE_TYPE "aws.dynamodb.table"
#define DDB_SERVICE "dynamodb"
#define DDB_TARGET_PREFIX "DynamoDB_20120810"
#define DDB_JSON_VERSION "1.0"

static const char *const not_found[] = { "ResourceNotFoundException", NULL };
static const char *const in_use[] = { "ResourceInUseException", NULL };
static const char *const table_active[] = { "ACTIVE", NULL };

static const struct aws_json_tagging ddb_tagging = {
	.service = DDB_SERVICE, .target_prefix = DDB_TARGET_PREFIX,
	.json_version = DDB_JSON_VERSION, .arn_param = "ResourceArn",
	.list_op = "ListTagsOfResource", .list_member = "Tags", .add_member = "Tags",
	.remove_member = "TagKeys", .key = "Key", .value = "Value",
};

static const struct attr_schema attribute_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the attribute's name" },
	{ .name = "type", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "S (string), N (number) or B (binary)" },
	{ .name = NULL },
};

static const struct attr_schema ttl_attrs[] = {
	{ .name = "attribute_name", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the attribute holding each item's expiry, in epoch seconds" },
	{ .name = "enabled", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "whether items expire", .default_json = "true" },
	{ .name = NULL },
};

static const struct attr_schema pitr_attrs[] = {
	{ .name = "enabled", .type = ATTR_BOOL, .flags = ATTR_REQUIRED,
	  .description = "continuous backups, restorable to any second of the last 35 days" },
	{ .name = NULL },
};

static const struct attr_schema table_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "table name, e.g. pipeline-watermarks" },
	{ .name = "billing_mode", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "PROVISIONED (read_capacity and write_capacity) or PAY_PER_REQUEST",
	  .default_json = "\"PROVISIONED\"" },
	{ .name = "hash_key", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "the partition key: one of attribute's names" },
	{ .name = "range_key", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "the sort key: one of attribute's names" },
	{ .name = "attribute", .type = ATTR_OBJECT_LIST, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "the key attributes' definitions: name, type (S, N or B); every one "
			 "is hash_key or range_key", .nested = attribute_attrs },
	{ .name = "read_capacity", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "read capacity units (PROVISIONED only)" },
	{ .name = "write_capacity", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "write capacity units (PROVISIONED only)" },
	{ .name = "ttl", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL,
	  .description = "time to live: attribute_name, enabled; unset: items never expire",
	  .nested = ttl_attrs },
	{ .name = "point_in_time_recovery", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL,
	  .description = "enabled: continuous backups", .nested = pitr_attrs,
	  .default_json = "{\"enabled\": false}" },
	{ .name = "stream_enabled", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "DynamoDB Streams: item changes kept 24 hours for readers (a Lambda "
			 "event source mapping)", .default_json = "false" },
	{ .name = "stream_view_type", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "what a stream record holds: KEYS_ONLY, NEW_IMAGE, OLD_IMAGE or "
			 "NEW_AND_OLD_IMAGES (with stream_enabled)" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "table tags", .default_json = "{}" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:dynamodb:REGION:ACCOUNT:table/NAME" },
	{ .name = "stream_arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the stream's ARN while stream_enabled (an event source mapping's "
			 "event_source_arn)" },
	{ .name = NULL },
};

static int ddb_call(struct aws_client *c, const char *op, const json_t *in,
		    const char *const *codes, json_t **out, int *attempts, struct strbuf *err)
{
	return aws_json_call_codes(c, DDB_SERVICE, DDB_TARGET_PREFIX, DDB_JSON_VERSION, op, in,
				   codes, out, NULL, attempts, err);
}

/* Wait until table `name` is ACTIVE (gone false) or gone (true). */
static int table_wait(struct aws_client *c, const char *name, bool gone, struct strbuf *err)
{
	struct aws_waiter w = {
		.what = gone ? "DynamoDB table %s to be deleted" : "DynamoDB table %s to be ACTIVE",
		.service = DDB_SERVICE, .wire = AWS_WIRE_JSON, .operation = "DescribeTable",
		.api = DDB_TARGET_PREFIX, .json_version = DDB_JSON_VERSION,
		.id_param = "TableName", .status_path = "Table/TableStatus",
		.done = gone ? NULL : table_active, .gone = not_found, .gone_is_done = gone,
		.timeout_s = aws_poll_timeout_s(AWS_POLL_DYNAMODB_TABLE),
		.interval_s = aws_poll_interval_s(AWS_POLL_DYNAMODB_TABLE),
	};
	static const char *const never[] = { NULL };

	if (gone)
		w.done = never;
	return aws_waiter_run(c, &w, name, err);
}

static int by_name(const void *a, const void *b)
{
	const char *x = value_get_string(*(json_t *const *)a, "name");
	const char *y = value_get_string(*(json_t *const *)b, "name");

	return strcmp(x ? x : "", y ? y : "");
}

/* The attribute list sorted by name (a new list). */
static json_t *sorted_attributes(const json_t *list)
{
	size_t n = json_array_size(list), i;
	json_t **v = n ? xcalloc(n, sizeof(*v)) : NULL, *out = json_array();

	for (i = 0; i < n; i++)
		v[i] = json_array_get(list, i);
	if (n)
		qsort(v, n, sizeof(*v), by_name);
	for (i = 0; i < n; i++)
		json_array_append(out, v[i]);
	free(v);
	return out;
}

static int table_plan_desired(json_t *desired, struct strbuf *err)
{
	json_t *list = json_object_get(desired, "attribute");

	(void)err;
	if (json_is_array(list)) {
		for (size_t i = 0; i < json_array_size(list); i++)
			if (value_contains_unknown(json_array_get(list, i)))
				return 0;
		json_object_set_new(desired, "attribute", sorted_attributes(list));
	}
	return 0;
}

static int table_read(void *client, const char *id, const json_t *prior, json_t **out,
		      struct strbuf *err)
{
	struct aws_client *c = client;
	json_t *req = json_pack("{s:s}", "TableName", id), *resp = NULL, *t, *o, *attrs, *e;
	json_t *tags = NULL;
	const char *mode, *arn, *s;
	size_t i;
	int rc;

	(void)prior;
	*out = NULL;
	rc = ddb_call(c, "DescribeTable", req, not_found, &resp, NULL, err);
	if (rc) {
		json_decref(req);
		json_decref(resp);
		return rc < 0 ? -1 : 0;
	}
	t = value_get(resp, "Table");
	if ((s = value_get_string(t, "TableStatus")) && !strcmp(s, "DELETING")) {
		json_decref(req);
		json_decref(resp);
		return 0;
	}
	o = json_object();
	json_object_set_new(o, "name", json_string(id));
	mode = value_get_string(value_get(t, "BillingModeSummary"), "BillingMode");
	if (!mode)
		mode = "PROVISIONED";
	json_object_set_new(o, "billing_mode", json_string(mode));
	json_array_foreach(value_get(t, "KeySchema"), i, e) {
		const char *kind = value_get_string(e, "KeyType");
		const char *name = value_get_string(e, "AttributeName");

		if (kind && name)
			json_object_set_new(o, strcmp(kind, "HASH") ? "range_key" : "hash_key",
					    json_string(name));
	}
	attrs = json_array();
	json_array_foreach(value_get(t, "AttributeDefinitions"), i, e)
		json_array_append_new(attrs, json_pack("{s:s, s:s}", "name",
					value_get_string(e, "AttributeName")
					? value_get_string(e, "AttributeName") : "", "type",
					value_get_string(e, "AttributeType")
					? value_get_string(e, "AttributeType") : ""));
	json_object_set_new(o, "attribute", sorted_attributes(attrs));
	json_decref(attrs);
	if (!strcmp(mode, "PROVISIONED")) {
		const json_t *pt = value_get(t, "ProvisionedThroughput");

		json_object_set_new(o, "read_capacity",
				    json_integer(value_get_integer(pt, "ReadCapacityUnits", 0)));
		json_object_set_new(o, "write_capacity",
				    json_integer(value_get_integer(pt, "WriteCapacityUnits", 0)));
	}
	arn = value_get_string(t, "TableArn");
	if (arn)
		json_object_set_new(o, "arn", json_string(arn));
	{
		const json_t *spec = value_get(t, "StreamSpecification");
		bool on = json_is_true(value_get(spec, "StreamEnabled"));

		json_object_set_new(o, "stream_enabled", json_boolean(on));
		if (on && value_get_string(spec, "StreamViewType"))
			json_object_set_new(o, "stream_view_type",
					    json_string(value_get_string(spec, "StreamViewType")));
		if (on && value_get_string(t, "LatestStreamArn"))
			json_object_set_new(o, "stream_arn",
					    json_string(value_get_string(t, "LatestStreamArn")));
	}
	json_decref(resp);
	resp = NULL;

	rc = ddb_call(c, "DescribeTimeToLive", req, NULL, &resp, NULL, err);
	if (!rc) {
		const json_t *d = value_get(resp, "TimeToLiveDescription");

		s = value_get_string(d, "TimeToLiveStatus");
		if (s && (!strcmp(s, "ENABLED") || !strcmp(s, "ENABLING")) &&
		    value_get_string(d, "AttributeName"))
			json_object_set_new(o, "ttl", json_pack("{s:s, s:b}", "attribute_name",
								value_get_string(d, "AttributeName"),
								"enabled", 1));
	}
	json_decref(resp);
	resp = NULL;
	if (!rc)
		rc = ddb_call(c, "DescribeContinuousBackups", req, NULL, &resp, NULL, err);
	if (!rc) {
		s = value_get_string(value_get(value_get(resp, "ContinuousBackupsDescription"),
					       "PointInTimeRecoveryDescription"),
				     "PointInTimeRecoveryStatus");
		json_object_set_new(o, "point_in_time_recovery",
				    json_pack("{s:b}", "enabled", s && !strcmp(s, "ENABLED")));
	}
	json_decref(resp);
	json_decref(req);
	arn = value_get_string(o, "arn");
	if (!rc && arn)
		rc = aws_json_read_tags(c, &ddb_tagging, arn, &tags, err);
	if (rc) {
		json_decref(o);
		return -1;
	}
	json_object_set_new(o, "tags", tags ? tags : json_object());
	*out = o;
	return 0;
}

/* [{AttributeName, AttributeType}] from the attribute list. */
static json_t *attribute_definitions(const json_t *desired)
{
	json_t *list = json_array(), *e;
	size_t i;

	json_array_foreach(value_get(desired, "attribute"), i, e)
		json_array_append_new(list, json_pack("{s:s, s:s}", "AttributeName",
					value_get_string(e, "name") ? value_get_string(e, "name")
					: "", "AttributeType", value_get_string(e, "type")
					? value_get_string(e, "type") : ""));
	return list;
}

static bool provisioned(const json_t *desired)
{
	const char *mode = value_get_string(desired, "billing_mode");

	return !mode || !strcmp(mode, "PROVISIONED");
}

static json_t *throughput(const json_t *desired)
{
	return json_pack("{s:I, s:I}", "ReadCapacityUnits",
			 (json_int_t)value_get_integer(desired, "read_capacity", 1),
			 "WriteCapacityUnits",
			 (json_int_t)value_get_integer(desired, "write_capacity", 1));
}

/* Send UpdateTable `req` (decref'd) for table `name`, then wait until it
 * is ACTIVE again. */
static int table_update_wait(struct aws_client *c, const char *name, json_t *req,
			     struct strbuf *err)
{
	int rc = ddb_call(c, "UpdateTable", req, NULL, NULL, NULL, err);

	json_decref(req);
	return rc ? -1 : table_wait(c, name, false, err);
}

/* The stream of table `name` from `have` to desired: off (when it is on
 * and goes off or changes its view type), then on. */
static int table_stream(struct aws_client *c, const char *name, const json_t *have,
			const json_t *desired, struct strbuf *err)
{
	bool want = json_is_true(value_get(desired, "stream_enabled"));
	bool on = json_is_true(value_get(have, "stream_enabled"));
	const char *view = value_get_string(desired, "stream_view_type");
	const char *have_view = value_get_string(have, "stream_view_type");
	bool same = want && on && view && have_view && !strcmp(view, have_view);

	if (on && !same && table_update_wait(c, name,
					     json_pack("{s:s, s:{s:b}}", "TableName", name,
						       "StreamSpecification", "StreamEnabled", 0),
					     err))
		return -1;
	if (want && !same && view)
		return table_update_wait(c, name,
					 json_pack("{s:s, s:{s:b, s:s}}", "TableName", name,
						   "StreamSpecification", "StreamEnabled", 1,
						   "StreamViewType", view), err);
	return 0;
}

/* Billing mode and capacities, stream, TTL, point-in-time recovery and tags
 * of table `name` to desired (each only when it differs), then read back. */
static int table_converge(struct aws_client *c, const char *name, const json_t *desired,
			  json_t **out, struct strbuf *err)
{
	json_t *have = NULL, *req, *no_tags = json_object(), *want_tags = value_get(desired, "tags");
	const json_t *want_ttl = value_get(desired, "ttl"), *have_ttl;
	const char *mode = provisioned(desired) ? "PROVISIONED" : "PAY_PER_REQUEST";
	bool want_pitr = json_is_true(value_get(value_get(desired, "point_in_time_recovery"),
						"enabled"));
	int rc;

	*out = NULL;
	rc = aws_read_written(table_read, c, name, NULL, &have, err,
			      TABLE_TYPE ": table %s was written but DescribeTable does not "
			      "find it", name);
	if (rc) {
		json_decref(no_tags);
		return -1;
	}
	if (strcmp(mode, value_get_string(have, "billing_mode")
			  ? value_get_string(have, "billing_mode") : "") ||
	    (provisioned(desired) &&
	     (value_get_integer(have, "read_capacity", 0) !=
	      value_get_integer(desired, "read_capacity", 1) ||
	      value_get_integer(have, "write_capacity", 0) !=
	      value_get_integer(desired, "write_capacity", 1)))) {
		req = json_pack("{s:s, s:s}", "TableName", name, "BillingMode", mode);
		if (provisioned(desired))
			json_object_set_new(req, "ProvisionedThroughput", throughput(desired));
		rc = table_update_wait(c, name, req, err);
	}
	if (!rc)
		rc = table_stream(c, name, have, desired, err);
	have_ttl = value_get(have, "ttl");
	if (!rc && !value_equal(value_is_set(want_ttl) &&
				json_is_true(value_get(want_ttl, "enabled")) ? want_ttl : json_null(),
				have_ttl)) {
		/* Turning it off names the attribute it was on. */
		bool on = value_is_set(want_ttl) && json_is_true(value_get(want_ttl, "enabled"));
		const char *attr = on ? value_get_string(want_ttl, "attribute_name")
				      : value_get_string(have_ttl, "attribute_name");

		if (value_is_set(have_ttl) && on) {
			/* A new attribute: off first, as AWS takes one change at a time. */
			req = json_pack("{s:s, s:{s:b, s:s}}", "TableName", name,
					"TimeToLiveSpecification", "Enabled", 0, "AttributeName",
					value_get_string(have_ttl, "attribute_name"));
			rc = ddb_call(c, "UpdateTimeToLive", req, NULL, NULL, NULL, err);
			json_decref(req);
		}
		if (!rc && attr) {
			req = json_pack("{s:s, s:{s:b, s:s}}", "TableName", name,
					"TimeToLiveSpecification", "Enabled", on, "AttributeName",
					attr);
			rc = ddb_call(c, "UpdateTimeToLive", req, NULL, NULL, NULL, err);
			json_decref(req);
		}
	}
	if (!rc && want_pitr != json_is_true(value_get(value_get(have, "point_in_time_recovery"),
						       "enabled"))) {
		req = json_pack("{s:s, s:{s:b}}", "TableName", name,
				"PointInTimeRecoverySpecification", "PointInTimeRecoveryEnabled",
				want_pitr);
		rc = ddb_call(c, "UpdateContinuousBackups", req, NULL, NULL, NULL, err);
		json_decref(req);
	}
	if (!rc && value_get_string(have, "arn"))
		rc = aws_json_sync_tags(c, &ddb_tagging, value_get_string(have, "arn"),
					value_get(have, "tags"),
					json_is_object(want_tags) ? want_tags : no_tags, err);
	json_decref(have);
	json_decref(no_tags);
	if (rc)
		return -1;
	return aws_read_written(table_read, c, name, desired, out, err,
				TABLE_TYPE ": table %s was written but DescribeTable does not "
				"find it", name);
}

static int table_create(void *client, const json_t *desired, bool may_exist, char **id,
			json_t **out, struct strbuf *err)
{
	struct aws_client *c = client;
	const char *name = value_get_string(desired, "name");
	const char *hash = value_get_string(desired, "hash_key");
	const char *range = value_get_string(desired, "range_key");
	const json_t *tags = value_get(desired, "tags");
	json_t *req, *keys;
	int rc, attempts = 0;

	*id = NULL;
	*out = NULL;
	if (!name || !hash) {
		strbuf_addstr(err, TABLE_TYPE ": name and hash_key need values to send");
		return -1;
	}
	keys = json_pack("[{s:s, s:s}]", "AttributeName", hash, "KeyType", "HASH");
	if (range && *range)
		json_array_append_new(keys, json_pack("{s:s, s:s}", "AttributeName", range,
						      "KeyType", "RANGE"));
	req = json_pack("{s:s, s:o, s:o, s:s}", "TableName", name, "AttributeDefinitions",
			attribute_definitions(desired), "KeySchema", keys, "BillingMode",
			provisioned(desired) ? "PROVISIONED" : "PAY_PER_REQUEST");
	if (provisioned(desired))
		json_object_set_new(req, "ProvisionedThroughput", throughput(desired));
	if (json_is_true(value_get(desired, "stream_enabled")) &&
	    value_get_string(desired, "stream_view_type"))
		json_object_set_new(req, "StreamSpecification",
				    json_pack("{s:b, s:s}", "StreamEnabled", 1, "StreamViewType",
					      value_get_string(desired, "stream_view_type")));
	if (json_object_size(tags))
		json_object_set_new(req, "Tags", aws_tag_list(tags, "Key", "Value"));
	rc = ddb_call(c, "CreateTable", req, in_use, NULL, &attempts, err);
	json_decref(req);
	if (rc < 0)
		return -1;
	if (rc == 1) {
		json_t *found = NULL;

		if (aws_adopt_check(may_exist, attempts, "name",
				    "dynamodb CreateTable: ResourceInUseException", err,
				    "DynamoDB table %s", name))
			return -1;
		/* Wait first: a table still CREATING may not show its tags. */
		rc = table_wait(c, name, false, err);
		if (!rc)
			rc = aws_read_written(table_read, c, name, NULL, &found, err,
					      TABLE_TYPE ": table %s exists but is not found", name);
		if (!rc)
			rc = aws_adopt_tagged(found, desired, "name", err, "DynamoDB table %s",
					      name);
		json_decref(found);
		if (rc)
			return -1;
	}
	*id = xstrdup(name);
	progress_created(*id);
	if (table_wait(c, name, false, err))
		return -1;
	return table_converge(c, name, desired, out, err);
}

static int table_update(void *client, const char *id, const json_t *prior,
			const json_t *desired, json_t **out, struct strbuf *err)
{
	(void)prior;
	return table_converge(client, id, desired, out, err);
}

static int table_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	json_t *req = json_pack("{s:s}", "TableName", id);
	int rc;

	(void)prior;
	rc = ddb_call(client, "DeleteTable", req, not_found, NULL, NULL, err);
	json_decref(req);
	if (rc < 0)
		return -1;
	return table_wait(client, id, true, err);
}

/* For sweep: ListTables gives names only; tags come from read(). */
static const struct aws_json_api ddb_api = { DDB_SERVICE, DDB_TARGET_PREFIX, DDB_JSON_VERSION };
static const struct aws_json_names_listing table_listing = {
	&ddb_api, "ListTables", "TableNames", NULL, "LastEvaluatedTableName",
	"ExclusiveStartTableName",
};

static int table_list(void *client, const struct resource_query *q, struct resource_items *out,
		      struct strbuf *err)
{
	(void)q;
	return aws_list_json_names(client, &table_listing, out, err);
}

const struct resource_type aws_dynamodb_table_type = {
	.name = TABLE_TYPE,
	.description = "a DynamoDB table with its keys, billing, TTL, recovery and tags",
	.attrs = table_attrs,
	.terraform_type = "aws_dynamodb_table",
	.terraform_attrs = "name billing_mode hash_key range_key attribute read_capacity "
			   "write_capacity ttl point_in_time_recovery stream_enabled "
			   "stream_view_type tags arn stream_arn",
	.read = table_read,
	.create = table_create,
	.update = table_update,
	.delete = table_delete,
	.import_id = "its name",
	.id_attr = "name",
	.list = table_list,
	.list_rank = 6,
	.plan_desired = table_plan_desired,
};
