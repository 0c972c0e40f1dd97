/*
 * dynamodb/table.c: the resource type aws.dynamodb.table, a DynamoDB table
 * with its keys, attribute definitions, billing mode and capacities, time
 * to live, point-in-time recovery and tags, over DynamoDB's json protocol
 * (its target prefix and JSON version: services.def's row). Its id is its
 * name.
 *
 * CreateTable, UpdateTable and DeleteTable return at once and the table
 * becomes ACTIVE (or gone) later: each waits for it with the waiter of
 * wait.h, bounded by table_poll (below). The attribute
 * definitions are a set: read() and plan_desired() give them sorted by
 * name. TTL is reported only while it is enabled (the ttl block's absence
 * is "disabled"). A stream (stream_enabled, stream_view_type) is turned on
 * and off by UpdateTable; its view type changes by turning it off and on
 * again, as DynamoDB takes no change of a stream that is on; stream_arn is
 * the latest stream's ARN (for an event source mapping), while it is on.
 * Secondary indexes (both lists optional and computed, as they came after
 * the type shipped: unset, the table keeps the indexes it has, and the
 * definitions only they use; [] wants none): local ones
 * (local_secondary_index) are made with the
 * table and never change (a change replaces the table, as in Terraform);
 * global ones (global_secondary_index) are made with it too, and later
 * added and removed by UpdateTable, one index a call, each CREATING (or
 * DELETING) while the table is UPDATING: every change waits for the table
 * ACTIVE and the index ACTIVE (or gone), bounded by
 * index_poll. An index whose keys or projection change is
 * removed and made again (so is one whose key attribute changes type); its
 * capacities change in place. Both lists are sets: sorted by name,
 * non_key_attributes sorted. `attribute` changes in place with the global
 * indexes; derived from it, key_types (the table's keys) and each local
 * index's range_key_type, which replace the table when a key changes type,
 * as DynamoDB never does. A create that finds the
 * name taken (ResourceInUseException)
 * adopts the table only when it carries this stack's tags, which CreateTable
 * sets with the table (the contract's name-and-tags policy, adopt.h).
 * Server-side encryption (server_side_encryption) and replicas in other
 * Regions (replica) are table_global.c's, each left alone when unset; a
 * table's replicas are deleted before it is.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/dynamodb/table_global.h"
#include "provider/aws/listing.h"
#include "provider/aws/resources.h"
#include "provider/aws/tags.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define TABLE_TYPE "aws.dynamodb.table"

/* ---- schema and errors ---- */

static const char *const not_found[] = { "ResourceNotFoundException", NULL };
static const char *const in_use[] = { "ResourceInUseException", NULL };
static const char *const table_active[] = { "ACTIVE", NULL };

static const struct aws_json_tagging ddb_tagging = {
	.service = &aws_service_dynamodb, .arn_param = "ResourceArn",
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

static const struct attr_schema gsi_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the index's name, unique in the table" },
	{ .name = "hash_key", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the index's partition key: one of attribute's names" },
	{ .name = "range_key", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the index's sort key: one of attribute's names" },
	{ .name = "projection_type", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "what the index copies: ALL, KEYS_ONLY or INCLUDE (the keys and "
			 "non_key_attributes)" },
	{ .name = "non_key_attributes", .type = ATTR_LIST, .flags = ATTR_OPTIONAL,
	  .elem_type = ATTR_STRING,
	  .description = "with INCLUDE: the attributes besides the keys the index copies" },
	{ .name = "read_capacity", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "the index's read capacity units (a PROVISIONED table only)" },
	{ .name = "write_capacity", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "the index's write capacity units (a PROVISIONED table only)" },
	{ .name = NULL },
};

static const struct attr_schema lsi_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the index's name, unique in the table" },
	{ .name = "range_key", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the index's sort key (its partition key is the table's hash_key): "
			 "one of attribute's names" },
	{ .name = "projection_type", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "what the index copies: ALL, KEYS_ONLY or INCLUDE (the keys and "
			 "non_key_attributes)" },
	{ .name = "non_key_attributes", .type = ATTR_LIST, .flags = ATTR_OPTIONAL,
	  .elem_type = ATTR_STRING,
	  .description = "with INCLUDE: the attributes besides the keys the index copies" },
	{ .name = "range_key_type", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "range_key's type (from attribute): DynamoDB changes no key's type, so "
			 "a change replaces the table" },
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
	{ .name = "attribute", .type = ATTR_OBJECT_LIST, .flags = ATTR_REQUIRED,
	  .description = "the key attributes' definitions: name, type (S, N or B); every one "
			 "is a key of the table or of an index", .nested = attribute_attrs },
	{ .name = "global_secondary_index", .type = ATTR_OBJECT_LIST,
	  .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "indexes with keys of their own (at most 20): name, hash_key, "
			 "range_key, projection_type, non_key_attributes, read_capacity and "
			 "write_capacity; added and removed in place; unset: the table keeps "
			 "the indexes it has; [] removes every global index",
	  .nested = gsi_attrs },
	{ .name = "local_secondary_index", .type = ATTR_OBJECT_LIST,
	  .flags = ATTR_OPTIONAL | ATTR_COMPUTED | ATTR_FORCE_NEW,
	  .description = "indexes on the table's hash_key with another sort key (at most 5, a "
			 "table with range_key): name, range_key, projection_type, "
			 "non_key_attributes; made with the table only (a change replaces it); "
			 "unset: the table keeps the indexes it has; [] wants none (a table "
			 "that has some is replaced)",
	  .nested = lsi_attrs },
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
	{ .name = "server_side_encryption", .type = ATTR_OBJECT,
	  .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "enabled, kms_key_arn: encryption with a KMS key; unset: the table "
			 "keeps the encryption it has", .nested = table_sse_attrs },
	{ .name = "replica", .type = ATTR_OBJECT_LIST, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "copies of the table in other Regions (a global table): region_name, "
			 "kms_key_arn, propagate_tags, point_in_time_recovery; added and "
			 "removed in place; unset: the table keeps the replicas it has; [] "
			 "removes every replica", .nested = table_replica_attrs },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "table tags", .default_json = "{}" },
	{ .name = "key_types", .type = ATTR_STRING, .flags = ATTR_COMPUTED | ATTR_FORCE_NEW,
	  .description = "the types of the table's hash_key and range_key, NAME:TYPE by "
			 "name (from attribute): DynamoDB changes neither, so a change replaces "
			 "the table" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:dynamodb:REGION:ACCOUNT:table/NAME" },
	{ .name = "stream_arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the stream's ARN while stream_enabled (an event source mapping's "
			 "event_source_arn)" },
	{ .name = NULL },
};

/* ---- calls and waiters ---- */

static int ddb_call(struct aws_client *c, const char *op, const json_t *in,
		    const char *const *codes, json_t **out, int *attempts, struct strbuf *err)
{
	return aws_json_call_codes(c, &aws_service_dynamodb, op, in,
				   codes, out, NULL, attempts, err);
}

/* DynamoDB Developer Guide, "Creating a table": the table is CREATING,
 * then ACTIVE; DeleteTable leaves it DELETING until it is gone. */
static const struct aws_poll table_poll = { .timeout_s = 600.0, .interval_s = 1.0 };

/* A table ACTIVE after its create or a change; gone after its delete. */
const struct aws_waiter table_up = {
	.what = "DynamoDB table %s to be ACTIVE", .service = &aws_service_dynamodb,
	.operation = "DescribeTable", .id_param = "TableName", .status_path = "Table/TableStatus",
	.done = table_active,
	.gone = not_found, .poll = &table_poll,
};
const struct aws_waiter table_gone = {
	.what = "DynamoDB table %s to be deleted", .service = &aws_service_dynamodb,
	.operation = "DescribeTable", .id_param = "TableName", .status_path = "Table/TableStatus",
	.gone = not_found,
	.gone_is_done = true, .poll = &table_poll,
};

/* ---- the stack's form: sets sorted, key types (plan_desired) ---- */

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

/* An index as a set member: non_key_attributes sorted, an empty list left
 * out (a new object). */
static json_t *index_settled(const json_t *idx)
{
	json_t *out = json_copy((json_t *)idx), *nka = json_object_get(idx, "non_key_attributes");
	size_t n = json_array_size(nka), i;

	if (json_is_array(nka) && !n) {
		json_object_del(out, "non_key_attributes");
	} else if (n && !value_contains_unknown(nka)) {
		json_t **v = xcalloc(n, sizeof(*v)), *sorted = json_array();

		for (i = 0; i < n; i++)
			v[i] = json_array_get(nka, i);
		qsort(v, n, sizeof(*v), by_text);
		for (i = 0; i < n; i++)
			json_array_append(sorted, v[i]);
		free(v);
		json_object_set_new(out, "non_key_attributes", sorted);
	}
	return out;
}

/* A list of blocks keyed by name (attributes, indexes) sorted by name, each
 * index settled; left as it is while an entry is not known yet. */
static void settle_set(json_t *desired, const char *key, bool indexes)
{
	json_t *list = json_object_get(desired, key), *sorted, *e;
	size_t i;

	if (!json_is_array(list))
		return;
	json_array_foreach(list, i, e)
		if (value_contains_unknown(json_object_get(e, "name")) || !json_is_object(e))
			return;
	sorted = sorted_attributes(list);
	if (indexes)
		json_array_foreach(sorted, i, e)
			json_array_set_new(sorted, i, index_settled(e));
	json_object_set_new(desired, key, sorted);
}

/* The type attribute list `attrs` gives `name`, or NULL. */
static const char *type_of(const json_t *attrs, const char *name)
{
	const json_t *e;
	size_t i;

	json_array_foreach(attrs, i, e)
		if (value_get_string(e, "name") && !strcmp(value_get_string(e, "name"), name))
			return value_get_string(e, "type");
	return NULL;
}

/* key_types of table o: "NAME:TYPE,..." of its hash_key and range_key, by
 * name (a new string); NULL while one is not known. */
static char *key_types(const json_t *o)
{
	const json_t *attrs = value_get(o, "attribute");
	const char *hash = value_get_string(o, "hash_key");
	const char *range = value_get_string(o, "range_key");
	const char *hash_type = hash ? type_of(attrs, hash) : NULL;
	const char *range_type = range && *range ? type_of(attrs, range) : NULL;
	bool later;

	if (value_contains_unknown(attrs) || !hash_type || (range && *range && !range_type))
		return NULL;
	if (!range_type || !strcmp(hash, range))
		return xasprintf("%s:%s", hash, hash_type);
	later = strcmp(hash, range) > 0;
	return xasprintf("%s:%s,%s:%s", later ? range : hash, later ? range_type : hash_type,
			 later ? hash : range, later ? hash_type : range_type);
}

/* Set o's key_types when its keys and their types are known. */
static void set_key_types(json_t *o)
{
	char *types = key_types(o);

	if (types)
		json_object_set_new(o, "key_types", json_string(types));
	free(types);
}

/* Each local index of o with its range_key's type (from o's attribute):
 * with unknown, unknown while that is not known; else left without one
 * that is not found. */
static void set_local_key_types(json_t *o, bool unknown)
{
	const json_t *attrs = value_get(o, "attribute");
	json_t *e;
	size_t i;

	json_array_foreach(json_object_get(o, "local_secondary_index"), i, e) {
		const char *range = value_get_string(e, "range_key");
		const char *type = range && !value_contains_unknown(attrs) ? type_of(attrs, range)
									    : NULL;

		if (!json_is_object(e) || value_contains_unknown(e))
			continue;
		if (type)
			json_object_set_new(e, "range_key_type", json_string(type));
		else if (unknown)
			json_object_set_new(e, "range_key_type", value_unknown());
	}
}

static int table_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err)
{
	(void)err;
	table_global_settle(desired, prior);
	settle_set(desired, "attribute", false);
	settle_set(desired, "global_secondary_index", true);
	settle_set(desired, "local_secondary_index", true);
	set_local_key_types(desired, true);
	set_key_types(desired);
	return 0;
}

/* ---- the stored form (upgrade_stored) ---- */

/* Whether attribute `name` is a key of an index in list. */
static bool index_key(const json_t *list, const char *name)
{
	static const char *const keys[] = { "hash_key", "range_key", NULL };
	const json_t *e;
	size_t i;

	json_array_foreach(list, i, e)
		for (const char *const *k = keys; *k; k++)
			if (value_get_string(e, *k) && !strcmp(value_get_string(e, *k), name))
				return true;
	return false;
}

/* Whether attribute `name` is table o's hash_key or range_key. */
static bool table_key(const json_t *o, const char *name)
{
	const char *h = value_get_string(o, "hash_key"), *r = value_get_string(o, "range_key");

	return (h && !strcmp(h, name)) || (r && !strcmp(r, name));
}

/* The stored table in the form the diff compares with desired: a table
 * stored before the indexes came (85f6d4a) has none (so a stack that sets
 * an empty list plans no change, refreshed or not) and gets key_types; a
 * key_types stored with the local indexes' keys in it (before each local
 * index carried its range_key_type) is the table's keys' again, and the
 * local indexes get their range_key_type; and where the stack leaves a list
 * unset, the definitions of attributes only its indexes use and the stack
 * does not declare are left out of attribute: the stack does not manage
 * those indexes, nor so their keys. NULL when nothing differs. */
static json_t *table_upgrade_stored(const json_t *stored, const json_t *desired)
{
	static const char *const lists[] = { "global_secondary_index", "local_secondary_index",
					     NULL };
	const json_t *want_attrs = value_get(desired, "attribute");
	json_t *up = json_copy((json_t *)stored), *kept, *e;
	size_t i;

	for (const char *const *l = lists; *l; l++)
		if (!json_object_get(up, *l))
			json_object_set_new(up, *l, json_array());
	/* Stored before encryption and replicas came: the type made neither. */
	if (!json_object_get(up, "server_side_encryption"))
		json_object_set_new(up, "server_side_encryption", json_pack("{s:b}", "enabled", 0));
	if (!json_object_get(up, "replica"))
		json_object_set_new(up, "replica", json_array());
	set_local_key_types(up, false);
	json_object_del(up, "key_types");
	set_key_types(up);
	if (json_is_array(want_attrs) && !value_contains_unknown(want_attrs)) {
		kept = json_array();
		json_array_foreach(value_get(up, "attribute"), i, e) {
			const char *name = value_get_string(e, "name");
			bool unmanaged = false;

			for (const char *const *l = lists; name && *l; l++)
				unmanaged = unmanaged ||
					    (!value_is_set(value_get(desired, *l)) &&
					     index_key(value_get(up, *l), name));
			if (!unmanaged || type_of(want_attrs, name) || table_key(up, name))
				json_array_append(kept, e);
		}
		json_object_set_new(up, "attribute", kept);
	}
	if (json_equal(up, (json_t *)stored)) {
		json_decref(up);
		return NULL;
	}
	return up;
}

/* ---- read ---- */

/* An index in the stack's form from its description in DescribeTable:
 * keys, projection, and (a global one of a PROVISIONED table) capacities. */
static json_t *index_read(const json_t *d, bool local, bool capacities)
{
	json_t *o = json_pack("{s:s}", "name", value_get_string_or(d, "IndexName", ""));
	const json_t *proj = value_get(d, "Projection"), *e;
	size_t i;

	json_array_foreach(value_get(d, "KeySchema"), i, e) {
		const char *kind = value_get_string(e, "KeyType");
		const char *name = value_get_string(e, "AttributeName");

		if (kind && name && (!local || strcmp(kind, "HASH")))
			json_object_set_new(o, strcmp(kind, "HASH") ? "range_key" : "hash_key",
					    json_string(name));
	}
	json_object_set_new(o, "projection_type",
			    json_string(value_get_string_or(proj, "ProjectionType", "ALL")));
	if (json_is_array(value_get(proj, "NonKeyAttributes")))
		json_object_set(o, "non_key_attributes", (json_t *)value_get(proj, "NonKeyAttributes"));
	if (capacities) {
		const json_t *pt = value_get(d, "ProvisionedThroughput");

		json_object_set_new(o, "read_capacity",
				    json_integer(value_get_integer(pt, "ReadCapacityUnits", 0)));
		json_object_set_new(o, "write_capacity",
				    json_integer(value_get_integer(pt, "WriteCapacityUnits", 0)));
	}
	json_t *settled = index_settled(o);
	json_decref(o);
	return settled;
}

/* The table's indexes of one kind as the stack writes them, sorted by
 * name; a global index being removed (DELETING) is gone already. */
static json_t *indexes_read(const json_t *table, bool local, bool provisioned_mode)
{
	json_t *list = json_array(), *sorted, *e;
	size_t i;

	json_array_foreach(value_get(table, local ? "LocalSecondaryIndexes"
						  : "GlobalSecondaryIndexes"), i, e) {
		const char *status = value_get_string(e, "IndexStatus");

		if (!status || strcmp(status, "DELETING"))
			json_array_append_new(list, index_read(e, local, !local && provisioned_mode));
	}
	sorted = sorted_attributes(list);
	json_decref(list);
	return sorted;
}

/* Whether attribute `name` is a key of table o (as read) or of its indexes. */
static bool key_of(const json_t *o, const char *name)
{
	static const char *const lists[] = { "global_secondary_index", "local_secondary_index",
					     NULL };
	if (table_key(o, name))
		return true;
	for (const char *const *l = lists; *l; l++)
		if (index_key(value_get(o, *l), name))
			return true;
	return false;
}

/* The attribute definitions of table o that a key uses, which are all a
 * stack can declare: one left by an index being removed (DELETING) is gone
 * with it. */
static void keys_used_only(json_t *o)
{
	json_t *attrs = json_object_get(o, "attribute"), *kept = json_array(), *e;
	size_t i;

	json_array_foreach(attrs, i, e)
		if (!value_get_string(e, "name") || key_of(o, value_get_string(e, "name")))
			json_array_append(kept, e);
	json_object_set_new(o, "attribute", kept);
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
					value_get_string_or(e, "AttributeName", ""), "type",
					value_get_string_or(e, "AttributeType", "")));
	json_object_set_new(o, "attribute", sorted_attributes(attrs));
	json_decref(attrs);
	if (!strcmp(mode, "PROVISIONED")) {
		const json_t *pt = value_get(t, "ProvisionedThroughput");

		json_object_set_new(o, "read_capacity",
				    json_integer(value_get_integer(pt, "ReadCapacityUnits", 0)));
		json_object_set_new(o, "write_capacity",
				    json_integer(value_get_integer(pt, "WriteCapacityUnits", 0)));
	}
	json_object_set_new(o, "global_secondary_index",
			    indexes_read(t, false, !strcmp(mode, "PROVISIONED")));
	json_object_set_new(o, "local_secondary_index", indexes_read(t, true, false));
	keys_used_only(o);
	set_local_key_types(o, false);
	set_key_types(o);
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
	rc = table_global_read(c, t, prior, o, err);
	json_decref(resp);
	resp = NULL;
	if (rc) {
		json_decref(req);
		json_decref(o);
		return -1;
	}

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

/* ---- requests ---- */

/* [{AttributeName, AttributeType}] from the attribute list. */
static json_t *attribute_definitions(const json_t *desired)
{
	json_t *list = json_array(), *e;
	size_t i;

	json_array_foreach(value_get(desired, "attribute"), i, e)
		json_array_append_new(list, json_pack("{s:s, s:s}", "AttributeName",
					value_get_string_or(e, "name", ""), "AttributeType",
					value_get_string_or(e, "type", "")));
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

static json_t *key_schema(const char *hash, const char *range)
{
	json_t *keys = json_pack("[{s:s, s:s}]", "AttributeName", hash ? hash : "", "KeyType",
				 "HASH");

	if (range && *range)
		json_array_append_new(keys, json_pack("{s:s, s:s}", "AttributeName", range,
						      "KeyType", "RANGE"));
	return keys;
}

static json_t *index_projection(const json_t *idx)
{
	const char *type = value_get_string(idx, "projection_type");
	json_t *p = json_pack("{s:s}", "ProjectionType", type ? type : "ALL");
	const json_t *nka = value_get(idx, "non_key_attributes");

	if (json_array_size(nka))
		json_object_set(p, "NonKeyAttributes", (json_t *)nka);
	return p;
}

static json_t *index_throughput(const json_t *idx)
{
	return json_pack("{s:I, s:I}", "ReadCapacityUnits",
			 (json_int_t)value_get_integer(idx, "read_capacity", 1),
			 "WriteCapacityUnits",
			 (json_int_t)value_get_integer(idx, "write_capacity", 1));
}

/* A global index as CreateTable and UpdateTable's Create take it. */
static json_t *gsi_spec(const json_t *idx, bool with_capacity)
{
	json_t *spec = json_pack("{s:s, s:o, s:o}", "IndexName",
				 value_get_string_or(idx, "name", ""),
				 "KeySchema", key_schema(value_get_string(idx, "hash_key"),
							 value_get_string(idx, "range_key")),
				 "Projection", index_projection(idx));

	if (with_capacity)
		json_object_set_new(spec, "ProvisionedThroughput", index_throughput(idx));
	return spec;
}

/* The index named as idx's name in list, or NULL. */
static const json_t *index_named(const json_t *list, const json_t *idx)
{
	const char *name = value_get_string(idx, "name");
	const json_t *e;
	size_t i;

	json_array_foreach(list, i, e)
		if (name && value_get_string(e, "name") && !strcmp(name, value_get_string(e, "name")))
			return e;
	return NULL;
}

/* ---- converging: indexes, stream, settings ---- */

/* Whether two indexes have the same keys and projection: what UpdateTable
 * cannot change (a change removes the index and makes it again). */
static bool index_same_shape(const json_t *a, const json_t *b)
{
	static const char *const fixed[] = { "hash_key", "range_key", "projection_type",
					     "non_key_attributes", NULL };

	for (const char *const *k = fixed; *k; k++) {
		const json_t *x = value_get(a, *k), *y = value_get(b, *k);

		if (!value_equal(value_is_set(x) ? x : json_null(), value_is_set(y) ? y : json_null()))
			return false;
	}
	return true;
}

/* Whether global index idx (of desired, or of have) keeps its keys' types
 * from have to desired: a new type removes and adds it. */
static bool index_keys_typed_alike(const json_t *have, const json_t *desired, const json_t *idx)
{
	static const char *const keys[] = { "hash_key", "range_key", NULL };

	for (const char *const *k = keys; *k; k++) {
		const char *name = value_get_string(idx, *k);
		const char *was = name ? type_of(value_get(have, "attribute"), name) : NULL;
		const char *now = name ? type_of(value_get(desired, "attribute"), name) : NULL;

		if (was && now && strcmp(was, now))
			return false;
	}
	return true;
}

/* DynamoDB Developer Guide, "Adding a global secondary index to an
 * existing table": the index is CREATING while DynamoDB backfills it from
 * the table ("the time required ... depends on the size of the table"),
 * then ACTIVE; a removed one is DELETING; the table is UPDATING meanwhile.
 * Terraform allows an update 60 minutes. */
static const struct aws_poll index_poll = { .timeout_s = 3600.0, .interval_s = 1.0 };

/* A global index in DescribeTable's answer: GlobalSecondaryIndexes by
 * IndexName, its IndexStatus. */
static const struct table_member index_member = {
	.noun = "index", .list = "GlobalSecondaryIndexes", .key = "IndexName",
	.status = "IndexStatus",
};

/* Send UpdateTable `req` (decref'd) for table `name` adding or removing
 * global index `index`, then wait for the index ACTIVE (or gone) and the
 * table ACTIVE. */
static int index_update_wait(struct aws_client *c, const char *name, const char *index,
			     bool gone, json_t *req, struct strbuf *err)
{
	int rc = ddb_call(c, "UpdateTable", req, NULL, NULL, NULL, err);

	json_decref(req);
	if (rc)
		return -1;
	return table_member_wait(c, name, &index_member, index, gone, &index_poll, err);
}

/* Send UpdateTable `req` (decref'd) for table `name`, then wait until it
 * is ACTIVE again. */
static int table_update_wait(struct aws_client *c, const char *name, json_t *req,
			     struct strbuf *err)
{
	int rc = ddb_call(c, "UpdateTable", req, NULL, NULL, NULL, err);

	json_decref(req);
	return rc ? -1 : aws_waiter_run(c, &table_up, name, err);
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

/* The global indexes of one side that the other has not in that shape,
 * one UpdateTable each: with add, those the stack has and table `name` has
 * not (Create, with the attribute definitions their keys need); else those
 * the table has and the stack no longer has, or has in another shape
 * (Delete: a change of keys or projection removes and adds). */
static int indexes_change(struct aws_client *c, const char *name, const json_t *have,
			  const json_t *desired, bool add, struct strbuf *err)
{
	const json_t *from = value_get(add ? desired : have, "global_secondary_index");
	const json_t *other = value_get(add ? have : desired, "global_secondary_index");
	const json_t *idx, *match;
	size_t i;

	if (!value_is_set(value_get(desired, "global_secondary_index")))
		return 0; /* unset: the table keeps the indexes it has */
	json_array_foreach(from, i, idx) {
		const char *index = value_get_string(idx, "name");
		json_t *req;

		match = index_named(other, idx);
		if (match && index_same_shape(idx, match) &&
		    index_keys_typed_alike(have, desired, idx))
			continue;
		req = add ? json_pack("{s:s, s:o, s:[{s:o}]}", "TableName", name,
				      "AttributeDefinitions", attribute_definitions(desired),
				      "GlobalSecondaryIndexUpdates", "Create",
				      gsi_spec(idx, provisioned(desired)))
			  : json_pack("{s:s, s:[{s:{s:s}}]}", "TableName", name,
				      "GlobalSecondaryIndexUpdates", "Delete", "IndexName", index);
		if (index_update_wait(c, name, index, !add, req, err))
			return -1;
	}
	return 0;
}

/* Billing mode and capacities, stream, TTL, point-in-time recovery and tags
 * of table `name`, now `have` (as table_read gives it, without a prior), to
 * desired (each only when it differs), then read back. */
static int table_converge(struct aws_client *c, const char *name, const json_t *have,
			  const json_t *desired, json_t **out, struct strbuf *err)
{
	json_t *req, *want_tags = value_get(desired, "tags");
	const json_t *want_ttl = value_get(desired, "ttl"), *have_ttl;
	const char *mode = provisioned(desired) ? "PROVISIONED" : "PAY_PER_REQUEST";
	bool want_pitr = json_is_true(value_get(value_get(desired, "point_in_time_recovery"),
						"enabled"));
	int rc = 0;

	*out = NULL;
	if (indexes_change(c, name, have, desired, false, err))
		return -1;
	{
		/* Kept global indexes whose capacities change, or that need
		 * them as the table turns PROVISIONED, in the same call. */
		json_t *updates = json_array(), *idx;
		bool mode_changes = strcmp(mode, value_get_string_or(have, "billing_mode", ""));
		bool table_changes = mode_changes ||
			(provisioned(desired) &&
			 (value_get_integer(have, "read_capacity", 0) !=
			  value_get_integer(desired, "read_capacity", 1) ||
			  value_get_integer(have, "write_capacity", 0) !=
			  value_get_integer(desired, "write_capacity", 1)));
		size_t i;

		json_array_foreach(value_get(desired, "global_secondary_index"), i, idx) {
			const json_t *was = index_named(value_get(have, "global_secondary_index"), idx);

			if (provisioned(desired) && was && index_same_shape(was, idx) &&
			    index_keys_typed_alike(have, desired, idx) &&
			    (mode_changes ||
			     value_get_integer(was, "read_capacity", 0) !=
			     value_get_integer(idx, "read_capacity", 1) ||
			     value_get_integer(was, "write_capacity", 0) !=
			     value_get_integer(idx, "write_capacity", 1)))
				json_array_append_new(updates, json_pack(
					"{s:{s:s, s:o}}", "Update", "IndexName",
					value_get_string(idx, "name"), "ProvisionedThroughput",
					index_throughput(idx)));
		}
		if (table_changes || json_array_size(updates)) {
			req = json_pack("{s:s}", "TableName", name);
			if (table_changes)
				json_object_set_new(req, "BillingMode", json_string(mode));
			if (table_changes && provisioned(desired))
				json_object_set_new(req, "ProvisionedThroughput", throughput(desired));
			if (json_array_size(updates))
				json_object_set(req, "GlobalSecondaryIndexUpdates", updates);
			rc = table_update_wait(c, name, req, err);
		}
		json_decref(updates);
	}
	if (!rc)
		rc = indexes_change(c, name, have, desired, true, err);
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
					value_get(have, "tags"), want_tags, err);
	if (!rc)
		rc = table_global_converge(c, name, have, desired, &table_up, err);
	if (rc)
		return -1;
	return aws_read_written(table_read, c, name, desired, out, err,
				TABLE_TYPE ": table %s was written but DescribeTable does not "
				"find it", name);
}

/* ---- create, update, delete ---- */

/*
 * CreateTable with its keys, indexes, billing, stream and tags, then the wait
 * until ACTIVE; TTL and point-in-time recovery take calls of their own, so
 * the driver converges from what reads back (left_out). A name taken
 * (ResourceInUseException) is the driver's to weigh.
 */
static int table_send_create(struct aws_client *c, const json_t *desired,
			     const struct create_call *call, struct aws_sent *sent,
			     struct strbuf *err)
{
	const char *name = value_get_string(desired, "name");
	const char *hash = value_get_string(desired, "hash_key");
	const char *range = value_get_string(desired, "range_key");
	const json_t *tags = value_get(desired, "tags");
	json_t *req, *keys, *sse;
	int rc;

	if (!name || !hash) {
		strbuf_addstr(err, TABLE_TYPE ": name and hash_key need values to send");
		return -1;
	}
	keys = key_schema(hash, range);
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
	if (json_array_size(value_get(desired, "global_secondary_index"))) {
		json_t *list = json_array(), *idx;
		size_t i;

		json_array_foreach(value_get(desired, "global_secondary_index"), i, idx)
			json_array_append_new(list, gsi_spec(idx, provisioned(desired)));
		json_object_set_new(req, "GlobalSecondaryIndexes", list);
	}
	if (json_array_size(value_get(desired, "local_secondary_index"))) {
		json_t *list = json_array(), *idx;
		size_t i;

		json_array_foreach(value_get(desired, "local_secondary_index"), i, idx)
			json_array_append_new(list, json_pack(
				"{s:s, s:o, s:o}", "IndexName", value_get_string_or(idx, "name", ""),
				"KeySchema",
				key_schema(hash, value_get_string(idx, "range_key")), "Projection",
				index_projection(idx)));
		json_object_set_new(req, "LocalSecondaryIndexes", list);
	}
	if (json_object_size(tags))
		json_object_set_new(req, "Tags", aws_tag_list(tags, "Key", "Value"));
	if ((sse = table_sse_spec(desired)))
		json_object_set_new(req, "SSESpecification", sse);
	rc = ddb_call(c, "CreateTable", req, in_use, NULL, &sent->attempts, err);
	json_decref(req);
	rc = aws_sent_from_call(sent, rc, name, "dynamodb CreateTable: ResourceInUseException");
	if (rc)
		return rc < 0 ? -1 : 0;
	create_call_made(call, sent->id);
	sent->left_out = true;
	return aws_waiter_run(c, &table_up, name, err) ? -1 : 0;
}

/* A table found there is waited for before it is read: one still CREATING
 * may not show its tags. */
static int table_settle(struct aws_client *c, const char *name, struct strbuf *err)
{
	return aws_waiter_run(c, &table_up, name, err);
}

/* Create and update (the contract, provider/aws/adopt.h): a table found
 * under its name is adopted when an attempt of this create may have made it
 * and it carries this stack's tags; an update converges from a live read.
 * `prior` is not used. */
static const struct aws_native_ops table_native = {
	.send_create = table_send_create,
	.adopt = { .by = AWS_ADOPT_BY_NAME_AND_TAGS, .noun = "name",
		   .object = "DynamoDB table %s", .settle = table_settle },
	.converge = table_converge,
	.read = table_read,
	.created_shape = AWS_SHAPE_NONE,
	.update_shape = AWS_SHAPE_NONE,
	.made_missing = TABLE_TYPE ": table %s was written but DescribeTable does not find it",
	.gone = TABLE_TYPE ": table %s was written but DescribeTable does not find it",
};

AWS_NATIVE_FUNCTIONS(table, table_native)

static int table_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	json_t *req = json_pack("{s:s}", "TableName", id);
	int rc;

	(void)prior;
	if (table_replicas_delete(client, id, err)) {
		json_decref(req);
		return -1;
	}
	rc = ddb_call(client, "DeleteTable", req, not_found, NULL, NULL, err);
	json_decref(req);
	if (rc < 0)
		return -1;
	return aws_waiter_run(client, &table_gone, id, err);
}

/* ---- list (sweep) ---- */

/* For sweep: ListTables gives names only; tags come from read(). */
static const struct aws_json_names_listing table_listing = {
	&aws_service_dynamodb, "ListTables",
};

static int table_list(void *client, const struct resource_query *q, struct resource_items *out,
		      struct strbuf *err)
{
	(void)q;
	return aws_list_json_names(client, &table_listing, out, err);
}

/* ---- the resource type ---- */

const struct resource_type aws_dynamodb_table_type = {
	.name = TABLE_TYPE,
	.description = "a DynamoDB table with its keys, secondary indexes, billing, TTL, "
		       "recovery, encryption, replicas in other Regions and tags",
	.attrs = table_attrs,
	.terraform_type = "aws_dynamodb_table",
	.terraform_attrs = "name billing_mode hash_key range_key attribute read_capacity "
			   "write_capacity global_secondary_index local_secondary_index ttl "
			   "point_in_time_recovery stream_enabled "
			   "stream_view_type server_side_encryption replica tags arn stream_arn",
	.read = table_read,
	.create = table_create,
	.update = table_update,
	.native = &table_native,
	.delete = table_delete,
	.import_id = "its name",
	.id_attr = "name",
	.list = table_list,
	.list_rank = 6,
	.plan_desired = table_plan_desired,
	.upgrade_stored = table_upgrade_stored,
};
