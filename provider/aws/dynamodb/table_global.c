/*
 * dynamodb/table_global.c: aws.dynamodb.table's server_side_encryption and
 * replica (table.c owns the rest of the type). Encryption is CreateTable's
 * and UpdateTable's SSESpecification (enabled: a KMS key, kms_key_arn or
 * AWS's managed alias/aws/dynamodb; off: AWS's own key), read back from
 * DescribeTable's SSEDescription. Replicas are the table's copies in other
 * Regions (global tables, version 2019.11.21, as hashicorp/aws's `replica`
 * block): UpdateTable's ReplicaUpdates makes (Create), removes (Delete) or
 * re-keys (Update) one a call, and each is waited for until DescribeTable's
 * Replicas shows it ACTIVE (or gone) and the table ACTIVE, bounded by
 * replica_poll. A replica's point-in-time recovery and, with
 * propagate_tags, its tags (the table's) are set by calls in its Region
 * (aws_client_for_region), as hashicorp/aws does. Each is left alone when
 * the stack leaves it unset.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/dynamodb/table_global.h"
#include "provider/aws/resources.h"
#include "provider/aws/tags.h"
#include "provider/provider.h"

#define TABLE_TYPE "aws.dynamodb.table"

const struct attr_schema table_sse_attrs[] = {
	{ .name = "enabled", .type = ATTR_BOOL, .flags = ATTR_REQUIRED,
	  .description = "encrypted with a KMS key (kms_key_arn, else AWS's managed key "
			 "alias/aws/dynamodb); false: with a key AWS owns" },
	{ .name = "kms_key_arn", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "the KMS key's ARN (with enabled); unset: AWS's managed key" },
	{ .name = NULL },
};

const struct attr_schema table_replica_attrs[] = {
	{ .name = "region_name", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the replica's Region, not the table's own" },
	{ .name = "kms_key_arn", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "a KMS key of that Region for the replica (the table encrypted with "
			 "a KMS key); unset: AWS's choice" },
	{ .name = "propagate_tags", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "the replica carries the table's tags", .default_json = "false" },
	{ .name = "point_in_time_recovery", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "the replica's continuous backups", .default_json = "false" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the replica's ARN, of its Region" },
	{ .name = "stream_arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the replica's stream's ARN (the table's stream on)" },
	{ .name = "stream_label", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the replica's stream's timestamp, the last part of stream_arn" },
	{ .name = NULL },
};

static const char *const not_found[] = { "ResourceNotFoundException", NULL };

/* What a replica's own table tells of it, read in its Region. */
static const char *const replica_computed[] = { "arn", "stream_arn", "stream_label", NULL };

static const struct aws_json_tagging ddb_tagging = {
	.service = &aws_service_dynamodb, .arn_param = "ResourceArn",
	.list_op = "ListTagsOfResource", .list_member = "Tags", .add_member = "Tags",
	.remove_member = "TagKeys", .key = "Key", .value = "Value",
};

static int ddb_call(struct aws_client *c, const char *op, const json_t *in, json_t **out,
		    struct strbuf *err)
{
	return aws_json_call_codes(c, &aws_service_dynamodb, op, in, not_found, out, NULL, NULL,
				   err);
}

/* ---- the stack's form ---- */

static int by_region(const void *a, const void *b)
{
	const char *x = value_get_string(*(json_t *const *)a, "region_name");
	const char *y = value_get_string(*(json_t *const *)b, "region_name");

	return strcmp(x ? x : "", y ? y : "");
}

/* The entry of list for `region`, or NULL. */
static const json_t *replica_in(const json_t *list, const char *region)
{
	const json_t *e;
	size_t i;

	json_array_foreach(list, i, e)
		if (region && value_get_string(e, "region_name") &&
		    !strcmp(value_get_string(e, "region_name"), region))
			return e;
	return NULL;
}

/* The keys of o whose value is null, dropped. */
static void drop_nulls(json_t *o)
{
	const char *k;
	json_t *v;
	void *tmp;

	json_object_foreach_safe(o, tmp, k, v)
		if (json_is_null(v))
			json_object_del(o, k);
}

/* A list sorted by region_name (a new list). */
static json_t *sorted_replicas(const json_t *list)
{
	size_t n = json_array_size(list), i;
	json_t **v = n ? xcalloc(n, sizeof(*v)) : NULL, *out = json_array();

	for (i = 0; i < n; i++)
		v[i] = json_array_get(list, i);
	if (n)
		qsort(v, n, sizeof(*v), by_region);
	for (i = 0; i < n; i++)
		json_array_append(out, v[i]);
	free(v);
	return out;
}

void table_global_settle(json_t *desired, const json_t *prior)
{
	json_t *sse = json_object_get(desired, "server_side_encryption");
	json_t *list = json_object_get(desired, "replica"), *settled, *e;
	const json_t *was = value_get(prior, "server_side_encryption");
	size_t i;

	if (json_is_object(sse) && !value_contains_unknown(sse)) {
		drop_nulls(sse);
		if (!json_is_true(json_object_get(sse, "enabled")))
			json_object_del(sse, "kms_key_arn");
		else if (!json_object_get(sse, "kms_key_arn") &&
			 json_is_true(value_get(was, "enabled")) &&
			 value_get_string(was, "kms_key_arn"))
			json_object_set(sse, "kms_key_arn", (json_t *)value_get(was, "kms_key_arn"));
	}
	if (!json_is_array(list))
		return;
	json_array_foreach(list, i, e)
		if (!json_is_object(e) || !value_get_string(e, "region_name"))
			return; /* a Region not known yet: left as it is */
	settled = json_array();
	json_array_foreach(list, i, e) {
		json_t *r = json_copy(e);
		const json_t *had;

		drop_nulls(r);
		had = replica_in(value_get(prior, "replica"), value_get_string(r, "region_name"));
		if (!json_object_get(r, "kms_key_arn") && value_get_string(had, "kms_key_arn"))
			json_object_set(r, "kms_key_arn", (json_t *)value_get(had, "kms_key_arn"));
		if (!json_object_get(r, "propagate_tags"))
			json_object_set_new(r, "propagate_tags", json_false());
		if (!json_object_get(r, "point_in_time_recovery"))
			json_object_set_new(r, "point_in_time_recovery", json_false());
		for (const char *const *k = replica_computed; *k && had; k++)
			if (value_get(had, *k))
				json_object_set(r, *k, (json_t *)value_get(had, *k));
		json_array_append_new(settled, r);
	}
	json_object_set_new(desired, "replica", sorted_replicas(settled));
	json_decref(settled);
}

/* ---- requests ---- */

json_t *table_sse_spec(const json_t *desired)
{
	const json_t *sse = value_get(desired, "server_side_encryption");
	json_t *spec;

	if (!json_is_true(value_get(sse, "enabled")))
		return NULL;
	spec = json_pack("{s:b, s:s}", "Enabled", 1, "SSEType", "KMS");
	if (value_get_string(sse, "kms_key_arn") && *value_get_string(sse, "kms_key_arn"))
		json_object_set_new(spec, "KMSMasterKeyId",
				    json_string(value_get_string(sse, "kms_key_arn")));
	return spec;
}

/* The replica of table `arn` in `region`: the same ARN but for its Region
 * (a new string), NULL without an ARN. */
static char *replica_arn(const char *arn, const char *region)
{
	const char *p = arn, *start, *end;
	int field;

	for (field = 0; p && field < 3; field++) {
		p = strchr(p, ':');
		if (p)
			p++;
	}
	start = p;
	end = start ? strchr(start, ':') : NULL;
	if (!end)
		return NULL;
	return xasprintf("%.*s%s%s", (int)(start - arn), arn, region, end);
}

/* ---- read ---- */

/* Into r, what the table `name` in `region` (a replica) tells of itself:
 * its ARN and stream (DescribeTable), its point-in-time recovery
 * (DescribeContinuousBackups), each read in that Region. 0, or -1 with err
 * set. */
static int replica_own_read(struct aws_client *c, const char *name, const char *region,
			    json_t *r, struct strbuf *err)
{
	struct aws_client *rcl = aws_client_for_region(c, region);
	json_t *req = json_pack("{s:s}", "TableName", name), *resp = NULL;
	const json_t *t;
	const char *s;
	int rc = ddb_call(rcl, "DescribeTable", req, &resp, err);

	t = value_get(resp, "Table");
	if (!rc && value_get_string(t, "TableArn"))
		json_object_set_new(r, "arn", json_string(value_get_string(t, "TableArn")));
	if (!rc && value_get_string(t, "LatestStreamArn"))
		json_object_set_new(r, "stream_arn",
				    json_string(value_get_string(t, "LatestStreamArn")));
	if (!rc && value_get_string(t, "LatestStreamLabel"))
		json_object_set_new(r, "stream_label",
				    json_string(value_get_string(t, "LatestStreamLabel")));
	json_decref(resp);
	resp = NULL;
	if (rc >= 0)
		rc = ddb_call(rcl, "DescribeContinuousBackups", req, &resp, err);
	s = value_get_string(value_get(value_get(resp, "ContinuousBackupsDescription"),
				       "PointInTimeRecoveryDescription"),
			     "PointInTimeRecoveryStatus");
	json_object_set_new(r, "point_in_time_recovery", json_boolean(!rc && s &&
								      !strcmp(s, "ENABLED")));
	json_decref(req);
	json_decref(resp);
	aws_client_free(rcl);
	if (rc < 0)
		strbuf_prefixf(err, TABLE_TYPE ": table %s, replica.%s: ", name, region);
	return rc < 0 ? -1 : 0;
}

int table_global_read(struct aws_client *c, const json_t *t, const json_t *prior, json_t *o,
		      struct strbuf *err)
{
	const json_t *sse = value_get(t, "SSEDescription"), *e;
	const char *status = value_get_string(sse, "Status");
	const char *name = value_get_string(o, "name");
	bool on = status && (!strcmp(status, "ENABLED") || !strcmp(status, "ENABLING") ||
			     !strcmp(status, "UPDATING"));
	json_t *list = json_array(), *sse_o = json_pack("{s:b}", "enabled", on);
	size_t i;

	if (on && value_get_string(sse, "KMSMasterKeyArn"))
		json_object_set_new(sse_o, "kms_key_arn",
				    json_string(value_get_string(sse, "KMSMasterKeyArn")));
	json_object_set_new(o, "server_side_encryption", sse_o);
	json_array_foreach(value_get(t, "Replicas"), i, e) {
		const char *region = value_get_string(e, "RegionName");
		const char *rs = value_get_string(e, "ReplicaStatus");
		const json_t *had = replica_in(value_get(prior, "replica"), region);
		json_t *r;

		if (!region || (rs && !strcmp(rs, "DELETING")))
			continue;
		r = json_pack("{s:s, s:b}", "region_name", region, "propagate_tags",
			      json_is_true(value_get(had, "propagate_tags")));
		if (name && replica_own_read(c, name, region, r, err)) {
			json_decref(r);
			json_decref(list);
			return -1;
		}
		if (value_get_string(e, "KMSMasterKeyId"))
			json_object_set_new(r, "kms_key_arn",
					    json_string(value_get_string(e, "KMSMasterKeyId")));
		json_array_append_new(list, r);
	}
	json_object_set_new(o, "replica", sorted_replicas(list));
	json_decref(list);
	return 0;
}

/* ---- changes ---- */

/* DynamoDB Developer Guide, "Global tables: how it works": a new replica
 * is CREATING while DynamoDB copies the table into its Region, which takes
 * longer the larger the table; hashicorp/aws allows a replica its create
 * timeout, 30 minutes by default. */
static const struct aws_poll replica_poll = { .timeout_s = 1800.0, .interval_s = 2.0 };

struct member_wait {
	struct aws_client *c;
	const char *table, *name;
	const struct table_member *m;
	bool gone;
};

/* 1 when the table is ACTIVE and the member ACTIVE (or gone). */
static int member_check(void *ctx, struct strbuf *status, struct strbuf *err)
{
	struct member_wait *w = ctx;
	json_t *req = json_pack("{s:s}", "TableName", w->table), *resp = NULL, *found = NULL, *e;
	const char *ts, *ms;
	size_t i;
	int rc = ddb_call(w->c, "DescribeTable", req, &resp, err);

	json_decref(req);
	if (rc) {
		if (rc == 1)
			strbuf_addf(err, "DynamoDB table %s is gone", w->table);
		json_decref(resp);
		return -1;
	}
	ts = value_get_string(value_get(resp, "Table"), "TableStatus");
	json_array_foreach(value_get(value_get(resp, "Table"), w->m->list), i, e)
		if (value_get_string(e, w->m->key) &&
		    !strcmp(value_get_string(e, w->m->key), w->name))
			found = e;
	ms = found ? value_get_string(found, w->m->status) : NULL;
	strbuf_addf(status, "table %s, %s %s", ts ? ts : "?", w->m->noun,
		    found ? (ms ? ms : "?") : "gone");
	for (const char *const *f = w->m->failed; !w->gone && ms && f && *f; f++)
		if (!strcmp(ms, *f)) {
			strbuf_addf(err, TABLE_TYPE ": table %s, %s %s: %s", w->table, w->m->noun,
				    w->name, ms);
			json_decref(resp);
			return -1;
		}
	rc = ts && !strcmp(ts, "ACTIVE") && (w->gone ? !found : ms && !strcmp(ms, "ACTIVE"));
	json_decref(resp);
	return rc;
}

int table_member_wait(struct aws_client *c, const char *table, const struct table_member *m,
		      const char *name, bool gone, const struct aws_poll *poll,
		      struct strbuf *err)
{
	struct member_wait w = { c, table, name, m, gone };
	char *what = xasprintf("DynamoDB %s %s of table %s to be %s", m->noun, name, table,
			       gone ? "deleted" : "ACTIVE");
	int rc = aws_wait(what, poll->timeout_s, poll->interval_s, member_check, &w, err);

	free(what);
	return rc ? -1 : 0;
}

/* ReplicaDescription's ReplicaStatus (botocore's ReplicaStatus enum): the
 * ones a replica does not leave by itself. */
static const char *const replica_failed[] = {
	"CREATION_FAILED", "REGION_DISABLED", "INACCESSIBLE_ENCRYPTION_CREDENTIALS",
	"ARCHIVING", "ARCHIVED", "REPLICATION_NOT_AUTHORIZED", NULL,
};

static const struct table_member replica_member = {
	.noun = "replica", .list = "Replicas", .key = "RegionName", .status = "ReplicaStatus",
	.failed = replica_failed,
};

/* UpdateTable with one ReplicaUpdates entry, `action` ("Create", "Delete"
 * or "Update") of `spec` (decref'd), then the wait for it. */
static int replica_update(struct aws_client *c, const char *name, const char *region,
			  const char *action, json_t *spec, struct strbuf *err)
{
	json_t *req = json_pack("{s:s, s:[{s:o}]}", "TableName", name, "ReplicaUpdates", action,
				spec);
	int rc = ddb_call(c, "UpdateTable", req, NULL, err);

	json_decref(req);
	if (rc) {
		if (rc > 0)
			strbuf_addf(err, "DynamoDB table %s is gone", name);
		strbuf_prefixf(err, TABLE_TYPE ": table %s, replica.%s (%s): ", name, region, action);
		return -1;
	}
	return table_member_wait(c, name, &replica_member, region, !strcmp(action, "Delete"),
				 &replica_poll, err);
}

static json_t *region_spec(const char *region, const json_t *r)
{
	json_t *spec = json_pack("{s:s}", "RegionName", region);

	if (value_get_string(r, "kms_key_arn") && *value_get_string(r, "kms_key_arn"))
		json_object_set_new(spec, "KMSMasterKeyId",
				    json_string(value_get_string(r, "kms_key_arn")));
	return spec;
}

/* Replica r (of desired) in its Region: point-in-time recovery as wanted,
 * and with propagate_tags the table's tags. */
static int replica_settings(struct aws_client *c, const char *name, const json_t *r,
			    const json_t *had, const json_t *desired, const char *arn,
			    struct strbuf *err)
{
	const char *region = value_get_string(r, "region_name");
	struct aws_client *rcl = aws_client_for_region(c, region);
	bool pitr = json_is_true(value_get(r, "point_in_time_recovery"));
	char *rarn = arn ? replica_arn(arn, region) : NULL;
	json_t *tags = NULL, *req;
	int rc = 0;

	if (pitr != json_is_true(value_get(had, "point_in_time_recovery"))) {
		req = json_pack("{s:s, s:{s:b}}", "TableName", name,
				"PointInTimeRecoverySpecification", "PointInTimeRecoveryEnabled",
				pitr);
		rc = ddb_call(rcl, "UpdateContinuousBackups", req, NULL, err) ? -1 : 0;
		json_decref(req);
	}
	if (!rc && rarn && json_is_true(value_get(r, "propagate_tags"))) {
		rc = aws_json_read_tags(rcl, &ddb_tagging, rarn, &tags, err);
		if (!rc)
			rc = aws_json_sync_tags(rcl, &ddb_tagging, rarn, tags,
						value_get(desired, "tags"), err);
	}
	if (rc)
		strbuf_prefixf(err, TABLE_TYPE ": table %s, replica.%s: ", name, region);
	json_decref(tags);
	free(rarn);
	aws_client_free(rcl);
	return rc;
}

/* Encryption from have's to desired's, when it is set and differs. */
static int sse_change(struct aws_client *c, const char *name, const json_t *have,
		      const json_t *desired, const struct aws_waiter *up, struct strbuf *err)
{
	const json_t *want = value_get(desired, "server_side_encryption");
	const json_t *was = value_get(have, "server_side_encryption");
	bool on = json_is_true(value_get(want, "enabled"));
	const char *key = value_get_string(want, "kms_key_arn");
	json_t *spec, *req;
	int rc;

	if (!value_is_set(want) || value_contains_unknown(want))
		return 0;
	if (on == json_is_true(value_get(was, "enabled")) &&
	    (!on || !key || !*key || value_equal(value_get(want, "kms_key_arn"),
						 value_get(was, "kms_key_arn"))))
		return 0;
	spec = on ? table_sse_spec(desired) : json_pack("{s:b}", "Enabled", 0);
	req = json_pack("{s:s, s:o}", "TableName", name, "SSESpecification", spec);
	rc = ddb_call(c, "UpdateTable", req, NULL, err);
	json_decref(req);
	if (rc) {
		strbuf_prefixf(err, TABLE_TYPE ": table %s, server_side_encryption: ", name);
		return -1;
	}
	return aws_waiter_run(c, up, name, err) ? -1 : 0;
}

int table_global_converge(struct aws_client *c, const char *name, const json_t *have,
			  const json_t *desired, const struct aws_waiter *up,
			  struct strbuf *err)
{
	const json_t *want = value_get(desired, "replica"), *had = value_get(have, "replica"), *r;
	const char *arn = value_get_string(have, "arn");
	size_t i;

	if (sse_change(c, name, have, desired, up, err))
		return -1;
	if (!value_is_set(want) || !json_is_array(want))
		return 0; /* unset: the table keeps the replicas it has */
	json_array_foreach(had, i, r) {
		const char *region = value_get_string(r, "region_name");

		if (region && !replica_in(want, region) &&
		    replica_update(c, name, region, "Delete",
				   json_pack("{s:s}", "RegionName", region), err))
			return -1;
	}
	json_array_foreach(want, i, r) {
		const char *region = value_get_string(r, "region_name");
		const json_t *was = replica_in(had, region);
		const char *key = value_get_string(r, "kms_key_arn");

		if (!region)
			continue;
		if (!was) {
			if (replica_update(c, name, region, "Create", region_spec(region, r), err))
				return -1;
		} else if (key && *key && !value_equal(value_get(r, "kms_key_arn"),
						       value_get(was, "kms_key_arn"))) {
			if (replica_update(c, name, region, "Update", region_spec(region, r), err))
				return -1;
		}
		if (replica_settings(c, name, r, was, desired, arn, err))
			return -1;
	}
	return 0;
}

int table_replicas_delete(struct aws_client *c, const char *name, struct strbuf *err)
{
	json_t *req = json_pack("{s:s}", "TableName", name), *resp = NULL, *e;
	size_t i;
	int rc = ddb_call(c, "DescribeTable", req, &resp, err);

	json_decref(req);
	if (rc) {
		json_decref(resp);
		return rc < 0 ? -1 : 0;
	}
	json_array_foreach(value_get(value_get(resp, "Table"), "Replicas"), i, e) {
		const char *region = value_get_string(e, "RegionName");

		if (region && replica_update(c, name, region, "Delete",
					     json_pack("{s:s}", "RegionName", region), err)) {
			json_decref(resp);
			return -1;
		}
	}
	json_decref(resp);
	return 0;
}
