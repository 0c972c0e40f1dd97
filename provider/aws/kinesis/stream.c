/*
 * kinesis/stream.c: the resource type aws.kinesis.stream, a Kinesis data
 * stream with its capacity mode and shard count, retention, shard-level
 * metrics, server-side encryption and tags, over Kinesis's json protocol
 * (its target prefix and JSON version: services.def's row). Its id is its name.
 *
 * CreateStream, DeleteStream and every change (UpdateStreamMode,
 * UpdateShardCount, the retention, metrics and encryption calls) return at
 * once and the stream is CREATING, UPDATING or DELETING until it is ACTIVE
 * or gone, and Kinesis takes no other change meanwhile
 * (ResourceInUseException): each waits for it with the waiter of wait.h,
 * bounded by stream_poll (below). shard_count is read only
 * in PROVISIONED mode (ON_DEMAND scales by itself); shard_level_metrics is
 * a set, given sorted. A create that finds the name taken
 * (ResourceInUseException) adopts the stream only when it carries this
 * stack's tags, which CreateStream sets with the stream (its declared
 * policy, AWS_ADOPT_BY_NAME_AND_TAGS: provider/aws/adopt.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/kinesis/api.h"
#include "provider/aws/listing.h"
#include "provider/aws/resources.h"
#include "provider/aws/tags.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define STREAM_TYPE "aws.kinesis.stream"

static const char *const not_found[] = { "ResourceNotFoundException", NULL };
static const char *const in_use[] = { "ResourceInUseException", NULL };
static const char *const stream_active[] = { "ACTIVE", NULL };

/* Kinesis names the stream, not an ARN, and has calls of its own. */
static const struct aws_json_tagging kinesis_tagging = {
	.service = &aws_service_kinesis, .arn_param = "StreamName",
	.list_op = "ListTagsForStream", .list_member = "Tags", .add_member = "Tags",
	.remove_member = "TagKeys", .key = "Key", .value = "Value",
	.tag_op = "AddTagsToStream", .untag_op = "RemoveTagsFromStream", .add_as_map = true,
};

static const struct attr_schema mode_attrs[] = {
	{ .name = "stream_mode", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "PROVISIONED (shard_count) or ON_DEMAND (Kinesis scales the shards)" },
	{ .name = NULL },
};

static const struct attr_schema stream_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "stream name, e.g. clickstream-raw" },
	{ .name = "shard_count", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "open shards (PROVISIONED only; changed by UpdateShardCount, at most "
			 "doubled or halved at a time)" },
	{ .name = "stream_mode_details", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL,
	  .description = "the capacity mode: stream_mode", .nested = mode_attrs,
	  .default_json = "{\"stream_mode\": \"PROVISIONED\"}" },
	{ .name = "retention_period", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "hours a record is kept, 24 to 8760", .default_json = "24" },
	{ .name = "shard_level_metrics", .type = ATTR_LIST, .flags = ATTR_OPTIONAL,
	  .elem_type = ATTR_STRING, .default_json = "[]",
	  .description = "enhanced metrics per shard, e.g. [IncomingBytes, IteratorAgeMilliseconds]" },
	{ .name = "encryption_type", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "NONE or KMS (server-side encryption with kms_key_id)",
	  .default_json = "\"NONE\"" },
	{ .name = "kms_key_id", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the KMS key of KMS encryption: its ARN, id, alias ARN or name "
			 "(alias/aws/kinesis: the AWS managed key)" },
	{ .name = "enforce_consumer_deletion", .type = ATTR_BOOL,
	  .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY, .default_json = "false",
	  .description = "destroy deletes the stream's registered consumers with it (else "
			 "DeleteStream refuses a stream that has some)" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "stream tags", .default_json = "{}" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:kinesis:REGION:ACCOUNT:stream/NAME" },
	{ .name = NULL },
};

static int kinesis_call(struct aws_client *c, const char *op, const json_t *in,
			const char *const *codes, json_t **out, int *attempts, struct strbuf *err)
{
	return aws_json_call_codes(c, &aws_service_kinesis, op, in, codes, out, NULL, attempts,
				   err);
}

/* Kinesis API reference, CreateStream: "an asynchronous operation ...
 * Kinesis Data Streams immediately returns and sets the stream status to
 * CREATING. After the stream is created, Kinesis Data Streams sets the
 * stream status to ACTIVE"; UpdateShardCount, UpdateStreamMode and
 * StartStreamEncryption leave it UPDATING ("may take a few seconds" to
 * hours for a resharding of many shards), DeleteStream DELETING. */
static const struct aws_poll stream_poll = { .timeout_s = 1800.0, .interval_s = 1.0 };

/* A stream ACTIVE after its create or a change; gone after its delete. */
const struct aws_waiter stream_up = {
	.what = "Kinesis stream %s to be ACTIVE", .service = &aws_service_kinesis,
	.operation = "DescribeStreamSummary", .id_param = "StreamName",
	.status_path = "StreamDescriptionSummary/StreamStatus", .done = stream_active,
	.gone = not_found, .poll = &stream_poll,
};
const struct aws_waiter stream_gone = {
	.what = "Kinesis stream %s to be deleted", .service = &aws_service_kinesis,
	.operation = "DescribeStreamSummary", .id_param = "StreamName",
	.status_path = "StreamDescriptionSummary/StreamStatus", .gone = not_found,
	.gone_is_done = true, .poll = &stream_poll,
};

/* A list of strings sorted, without repeats (a new list). */
static json_t *sorted_set(const json_t *list)
{
	size_t n = json_array_size(list), i;
	json_t **v = n ? xcalloc(n, sizeof(*v)) : NULL, *out = json_array();

	for (i = 0; i < n; i++)
		v[i] = json_array_get(list, i);
	if (n)
		qsort(v, n, sizeof(*v), by_text);
	for (i = 0; i < n; i++)
		if (!i || !json_equal(v[i], v[i - 1]))
			json_array_append(out, v[i]);
	free(v);
	return out;
}

static int stream_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err)
{
	json_t *list = json_object_get(desired, "shard_level_metrics");

	(void)prior;
	(void)err;
	if (json_is_array(list) && !value_contains_unknown(list))
		json_object_set_new(desired, "shard_level_metrics", sorted_set(list));
	return 0;
}

static const char *stream_mode(const json_t *v)
{
	const char *m = value_get_string(value_get(v, "stream_mode_details"), "stream_mode");

	return m ? m : "PROVISIONED";
}

/* The stream's tags: ListTagsForStream's pages (HasMoreTags, then from the
 * last key). */
static int stream_tags(struct aws_client *c, const char *name, json_t **tags,
		       struct strbuf *err)
{
	json_t *req = json_pack("{s:s, s:i}", "StreamName", name, "Limit", 50), *resp = NULL;
	json_t *all = json_array(), *e;
	size_t i;
	int rc;

	/* No paginator row: its model has no token (it goes on from the last key). */
	for (;;) {
		const char *last = NULL;

		rc = kinesis_call(c, "ListTagsForStream", req, NULL, &resp, NULL, err);
		if (rc)
			break;
		json_array_foreach(value_get(resp, "Tags"), i, e) {
			json_array_append(all, e);
			last = value_get_string(e, "Key");
		}
		if (!json_is_true(value_get(resp, "HasMoreTags")) || !last)
			break;
		json_object_set_new(req, "ExclusiveStartTagKey", json_string(last));
		json_decref(resp);
		resp = NULL;
	}
	*tags = rc ? NULL : aws_tag_map(all, "Key", "Value");
	json_decref(resp);
	json_decref(req);
	json_decref(all);
	return rc ? -1 : 0;
}

static int stream_read(void *client, const char *id, const json_t *prior, json_t **out,
		       struct strbuf *err)
{
	struct aws_client *c = client;
	json_t *req = json_pack("{s:s}", "StreamName", id), *resp = NULL, *o, *tags = NULL;
	const json_t *s, *mon;
	const char *status, *mode, *enc, *arn;
	int rc;

	(void)prior;
	*out = NULL;
	rc = kinesis_call(c, "DescribeStreamSummary", req, not_found, &resp, NULL, err);
	json_decref(req);
	if (rc) {
		json_decref(resp);
		return rc < 0 ? -1 : 0;
	}
	s = value_get(resp, "StreamDescriptionSummary");
	status = value_get_string(s, "StreamStatus");
	if (status && !strcmp(status, "DELETING")) {
		json_decref(resp);
		return 0;
	}
	o = json_object();
	json_object_set_new(o, "name", json_string(id));
	mode = value_get_string(value_get(s, "StreamModeDetails"), "StreamMode");
	if (!mode)
		mode = "PROVISIONED";
	json_object_set_new(o, "stream_mode_details", json_pack("{s:s}", "stream_mode", mode));
	if (!strcmp(mode, "PROVISIONED"))
		json_object_set_new(o, "shard_count",
				    json_integer(value_get_integer(s, "OpenShardCount", 0)));
	json_object_set_new(o, "retention_period",
			    json_integer(value_get_integer(s, "RetentionPeriodHours", 24)));
	mon = json_array_get(value_get(s, "EnhancedMonitoring"), 0);
	json_object_set_new(o, "shard_level_metrics",
			    sorted_set(json_is_array(value_get(mon, "ShardLevelMetrics"))
				       ? value_get(mon, "ShardLevelMetrics") : NULL));
	enc = value_get_string(s, "EncryptionType");
	json_object_set_new(o, "encryption_type", json_string(enc ? enc : "NONE"));
	if (enc && !strcmp(enc, "KMS") && value_get_string(s, "KeyId"))
		json_object_set_new(o, "kms_key_id", json_string(value_get_string(s, "KeyId")));
	arn = value_get_string(s, "StreamARN");
	if (arn)
		json_object_set_new(o, "arn", json_string(arn));
	json_decref(resp);
	if (stream_tags(c, id, &tags, err)) {
		json_decref(o);
		return -1;
	}
	json_object_set_new(o, "tags", tags);
	*out = o;
	return 0;
}

/* Send `req` (decref'd) as `op` for stream `name`, then wait until the
 * stream is ACTIVE again: every change leaves it UPDATING. */
static int stream_change(struct aws_client *c, const char *name, const char *op, json_t *req,
			 struct strbuf *err)
{
	int rc = kinesis_call(c, op, req, NULL, NULL, NULL, err);

	json_decref(req);
	return rc ? -1 : aws_waiter_run(c, &stream_up, name, err);
}

/* The metrics in `a` and not in `b` (a new list). */
static json_t *metrics_minus(const json_t *a, const json_t *b)
{
	json_t *out = json_array(), *e, *f;
	size_t i, j;

	json_array_foreach(a, i, e) {
		bool found = false;

		json_array_foreach(b, j, f)
			found = found || json_equal(e, f);
		if (!found)
			json_array_append(out, e);
	}
	return out;
}

/* The converge (the contract, provider/aws/adopt.h): capacity mode and shard count,
 * retention, metrics, encryption and tags of stream `name` from `was` (what
 * read() gives) to desired (each only when it differs), then read back. */
static int stream_converge(struct aws_client *c, const char *name, const json_t *was,
			   const json_t *desired, json_t **out, struct strbuf *err)
{
	json_t *have = json_incref((json_t *)was), *add, *drop, *want_metrics;
	const json_t *want_tags = value_get(desired, "tags");
	const char *mode = stream_mode(desired), *want_enc, *have_enc, *key, *have_key;
	long long hours = value_get_integer(desired, "retention_period", 24);
	long long have_hours;
	int rc = 0;

	*out = NULL;
	if (strcmp(mode, stream_mode(have)))
		rc = stream_change(c, name, "UpdateStreamMode",
				   json_pack("{s:s, s:{s:s}}", "StreamARN",
					     value_get_string_or(have, "arn", ""),
					     "StreamModeDetails", "StreamMode", mode), err);
	/* Switched to PROVISIONED, the stream keeps the shards it had: read again. */
	if (!rc && strcmp(mode, stream_mode(have)) && !strcmp(mode, "PROVISIONED")) {
		json_decref(have);
		have = NULL;
		rc = aws_read_written(stream_read, c, name, NULL, &have, err,
				      STREAM_TYPE ": stream %s was written but "
				      "DescribeStreamSummary does not find it", name);
	}
	if (!rc && !strcmp(mode, "PROVISIONED") && value_is_set(value_get(desired, "shard_count")) &&
	    value_get_integer(desired, "shard_count", 0) != value_get_integer(have, "shard_count", 0))
		rc = stream_change(c, name, "UpdateShardCount",
				   json_pack("{s:s, s:I, s:s}", "StreamName", name,
					     "TargetShardCount",
					     (json_int_t)value_get_integer(desired, "shard_count", 1),
					     "ScalingType", "UNIFORM_SCALING"), err);
	have_hours = value_get_integer(have, "retention_period", 24);
	if (!rc && hours != have_hours)
		rc = stream_change(c, name, hours > have_hours ? "IncreaseStreamRetentionPeriod"
							       : "DecreaseStreamRetentionPeriod",
				   json_pack("{s:s, s:I}", "StreamName", name,
					     "RetentionPeriodHours", (json_int_t)hours), err);
	want_metrics = sorted_set(value_get(desired, "shard_level_metrics"));
	drop = metrics_minus(value_get(have, "shard_level_metrics"), want_metrics);
	add = metrics_minus(want_metrics, value_get(have, "shard_level_metrics"));
	if (!rc && json_array_size(drop))
		rc = stream_change(c, name, "DisableEnhancedMonitoring",
				   json_pack("{s:s, s:O}", "StreamName", name,
					     "ShardLevelMetrics", drop), err);
	if (!rc && json_array_size(add))
		rc = stream_change(c, name, "EnableEnhancedMonitoring",
				   json_pack("{s:s, s:O}", "StreamName", name,
					     "ShardLevelMetrics", add), err);
	json_decref(want_metrics);
	json_decref(drop);
	json_decref(add);
	want_enc = value_get_string(desired, "encryption_type");
	want_enc = want_enc ? want_enc : "NONE";
	have_enc = value_get_string(have, "encryption_type");
	have_enc = have_enc ? have_enc : "NONE";
	key = value_get_string(desired, "kms_key_id");
	have_key = value_get_string(have, "kms_key_id");
	if (!rc && !strcmp(want_enc, "KMS") && key &&
	    (strcmp(have_enc, "KMS") || !have_key || strcmp(key, have_key)))
		rc = stream_change(c, name, "StartStreamEncryption",
				   json_pack("{s:s, s:s, s:s}", "StreamName", name,
					     "EncryptionType", "KMS", "KeyId", key), err);
	else if (!rc && strcmp(want_enc, "KMS") && !strcmp(have_enc, "KMS") && have_key)
		rc = stream_change(c, name, "StopStreamEncryption",
				   json_pack("{s:s, s:s, s:s}", "StreamName", name,
					     "EncryptionType", "KMS", "KeyId", have_key), err);
	if (!rc)
		rc = aws_json_sync_tags(c, &kinesis_tagging, name, value_get(have, "tags"),
					want_tags, err);
	json_decref(have);
	if (rc)
		return -1;
	return aws_read_written(stream_read, c, name, desired, out, err,
				STREAM_TYPE ": stream %s was written but DescribeStreamSummary "
				"does not find it", name);
}

static int stream_send_create(struct aws_client *c, const json_t *desired,
			      const struct create_call *call, struct aws_sent *sent,
			      struct strbuf *err)
{
	const char *name = value_get_string(desired, "name");
	const char *mode = stream_mode(desired);
	const json_t *tags = value_get(desired, "tags");
	json_t *req;
	int rc;

	if (!name) {
		strbuf_addstr(err, STREAM_TYPE ": name has no value to send");
		return -1;
	}
	req = json_pack("{s:s, s:{s:s}}", "StreamName", name, "StreamModeDetails", "StreamMode",
			mode);
	if (!strcmp(mode, "PROVISIONED"))
		json_object_set_new(req, "ShardCount",
				    json_integer(value_get_integer(desired, "shard_count", 1)));
	if (json_object_size(tags))
		json_object_set(req, "Tags", (json_t *)tags);
	rc = kinesis_call(c, "CreateStream", req, in_use, NULL, &sent->attempts, err);
	json_decref(req);
	rc = aws_sent_from_call(sent, rc, name, "kinesis CreateStream: ResourceInUseException");
	if (rc)
		return rc < 0 ? -1 : 0;
	create_call_made(call, sent->id);
	/* ACTIVE, then converged from what reads back (retention, metrics,
	 * encryption: CreateStream carries none of them) */
	sent->left_out = true;
	return aws_waiter_run(c, &stream_up, name, err);
}

/* A stream found there takes changes once ACTIVE. */
static int stream_settle(struct aws_client *c, const char *name, struct strbuf *err)
{
	return aws_waiter_run(c, &stream_up, name, err);
}

/*
 * Create and update (the contract, provider/aws/adopt.h): an update converges from a
 * live read (DescribeStreamSummary and its tags). `prior` is not used.
 */
static const struct aws_native_ops stream_native = {
	.send_create = stream_send_create,
	.adopt = { .by = AWS_ADOPT_BY_NAME_AND_TAGS, .noun = "name",
		   .object = "Kinesis stream %s", .settle = stream_settle },
	.converge = stream_converge,
	.read = stream_read,
	.created_shape = AWS_SHAPE_NONE,
	.update_shape = AWS_SHAPE_NONE,
	.made_missing = STREAM_TYPE ": stream %s was written but DescribeStreamSummary does not "
			"find it",
	.gone = STREAM_TYPE ": stream %s was written but DescribeStreamSummary does not find it",
};

AWS_NATIVE_FUNCTIONS(stream, stream_native)

static int stream_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	json_t *req = json_pack("{s:s}", "StreamName", id);
	int rc;

	if (json_is_true(value_get(prior, "enforce_consumer_deletion")))
		json_object_set_new(req, "EnforceConsumerDeletion", json_true());
	rc = kinesis_call(client, "DeleteStream", req, not_found, NULL, NULL, err);
	json_decref(req);
	if (rc < 0)
		return -1;
	return aws_waiter_run(client, &stream_gone, id, err);
}

/* For sweep: ListStreams gives names; tags come from read(). */
static const struct aws_json_names_listing stream_listing = {
	&aws_service_kinesis, "ListStreams",
};

static int stream_list(void *client, const struct resource_query *q,
		       struct resource_items *out, struct strbuf *err)
{
	(void)q;
	return aws_list_json_names(client, &stream_listing, out, err);
}

const struct resource_type aws_kinesis_stream_type = {
	.name = STREAM_TYPE,
	.description = "a Kinesis data stream with its capacity, retention, metrics, "
		       "encryption and tags",
	.attrs = stream_attrs,
	.terraform_type = "aws_kinesis_stream",
	.terraform_attrs = "name shard_count stream_mode_details retention_period "
			   "shard_level_metrics encryption_type kms_key_id "
			   "enforce_consumer_deletion tags arn",
	.read = stream_read,
	.create = stream_create,
	.update = stream_update,
	.native = &stream_native,
	.delete = stream_delete,
	.import_id = "its name",
	.id_attr = "name",
	.list = stream_list,
	.list_rank = 6,
	.plan_desired = stream_plan_desired,
};
