/*
 * firehose/delivery_stream.c: the resource type aws.firehose.delivery_stream,
 * an Amazon Data Firehose stream delivering to S3 (the extended_s3
 * destination: role, bucket, prefixes, buffering, compression), fed by Direct
 * PUT or by a Kinesis data stream (kinesis_source_configuration), with
 * server-side encryption and tags, over Firehose's json protocol (its target
 * prefix and JSON version: services.def's row). Its id is its name.
 *
 * CreateDeliveryStream returns while the stream is CREATING and
 * DeleteDeliveryStream while it is DELETING; each waits with the waiter of
 * wait.h, bounded by fh_poll (below), as does a change of
 * encryption (ENABLING, DISABLING). The destination changes in place by
 * UpdateDestination, which names the stream's current version id and its
 * destination's id (read just before); the source replaces the stream. A
 * create that finds the name taken (ResourceInUseException) adopts the
 * stream only when it carries this stack's tags, which CreateDeliveryStream
 * sets with the stream (the contract's name-and-tags policy, adopt.h).
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/listing.h"
#include "provider/aws/resources.h"
#include "provider/aws/tags.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define FH_TYPE "aws.firehose.delivery_stream"

static const char *const not_found[] = { "ResourceNotFoundException", NULL };
static const char *const in_use[] = { "ResourceInUseException", NULL };

static const struct aws_json_tagging fh_tagging = {
	.service = &aws_service_firehose, .arn_param = "DeliveryStreamName",
	.list_op = "ListTagsForDeliveryStream", .list_member = "Tags", .add_member = "Tags",
	.remove_member = "TagKeys", .key = "Key", .value = "Value",
	.tag_op = "TagDeliveryStream", .untag_op = "UntagDeliveryStream",
};

static const struct attr_schema s3_attrs[] = {
	{ .name = "role_arn", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the role Firehose assumes to write the bucket (s3:PutObject ...)" },
	{ .name = "bucket_arn", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the bucket's ARN, e.g. arn:aws:s3:::acme-raw" },
	{ .name = "prefix", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the key prefix of delivered objects, e.g. clicks/" },
	{ .name = "error_output_prefix", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the key prefix of records that failed delivery" },
	{ .name = "buffering_size", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "MiB buffered before a delivery, 1 to 128", .default_json = "5" },
	{ .name = "buffering_interval", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "seconds buffered before a delivery, 0 to 900", .default_json = "300" },
	{ .name = "compression_format", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "UNCOMPRESSED, GZIP, ZIP, Snappy or HADOOP_SNAPPY",
	  .default_json = "\"UNCOMPRESSED\"" },
	{ .name = NULL },
};

static const struct attr_schema source_attrs[] = {
	{ .name = "kinesis_stream_arn", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the Kinesis data stream read, e.g. ${clicks.arn}" },
	{ .name = "role_arn", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the role Firehose assumes to read it (kinesis:GetRecords ...)" },
	{ .name = NULL },
};

static const struct attr_schema sse_attrs[] = {
	{ .name = "enabled", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "encrypt the stream's data at rest", .default_json = "false" },
	{ .name = "key_type", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "AWS_OWNED_CMK or CUSTOMER_MANAGED_CMK (with key_arn)",
	  .default_json = "\"AWS_OWNED_CMK\"" },
	{ .name = "key_arn", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the customer managed key's ARN" },
	{ .name = NULL },
};

static const struct attr_schema fh_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "delivery stream name, e.g. clicks-to-s3" },
	{ .name = "destination", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "where records go: extended_s3", .default_json = "\"extended_s3\"" },
	{ .name = "extended_s3_configuration", .type = ATTR_OBJECT, .flags = ATTR_REQUIRED,
	  .description = "the S3 destination", .nested = s3_attrs },
	{ .name = "kinesis_source_configuration", .type = ATTR_OBJECT,
	  .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW, .nested = source_attrs,
	  .description = "read a Kinesis data stream (unset: producers put records directly)" },
	{ .name = "server_side_encryption", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL,
	  .description = "encryption at rest: enabled, key_type, key_arn (not with a Kinesis "
			 "source, whose own encryption applies)", .nested = sse_attrs,
	  .default_json = "{\"enabled\": false, \"key_type\": \"AWS_OWNED_CMK\"}" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "delivery stream tags", .default_json = "{}" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:firehose:REGION:ACCOUNT:deliverystream/NAME" },
	{ .name = "version_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the stream's configuration version (one more after each update)" },
	{ .name = NULL },
};

static int fh_call(struct aws_client *c, const char *op, const json_t *in,
		   const char *const *codes, json_t **out, int *attempts, struct strbuf *err)
{
	return aws_json_call_codes(c, &aws_service_firehose, op, in,
				   codes, out, NULL, attempts, err);
}

static const char *const fh_active[] = { "ACTIVE", NULL };
static const char *const fh_stream_failed[] = { "CREATING_FAILED", "DELETING_FAILED", NULL };
static const char *const fh_enabled[] = { "ENABLED", NULL };
static const char *const fh_disabled[] = { "DISABLED", NULL };
static const char *const fh_enc_failed[] = { "ENABLING_FAILED", "DISABLING_FAILED", NULL };

/* Firehose API reference, CreateDeliveryStream: "This is an asynchronous
 * operation that immediately returns. The initial status of the Firehose
 * stream is CREATING. After the Firehose stream is created, its status is
 * ACTIVE"; StartDeliveryStreamEncryption: the status of the encryption is
 * ENABLING, then ENABLED (Stop: DISABLING, DISABLED);
 * DeleteDeliveryStream: DELETING until it is gone. */
static const struct aws_poll fh_poll = { .timeout_s = 600.0, .interval_s = 1.0 };

/* A stream ACTIVE after its create; gone after its delete; its encryption
 * ENABLED or DISABLED after StartDeliveryStreamEncryption or Stop... */
#define FH_STATUS "DeliveryStreamDescription/DeliveryStreamStatus"
#define FH_ENC_STATUS "DeliveryStreamDescription/DeliveryStreamEncryptionConfiguration/Status"
/* What failed, in AWS's words (FailureDescription: Type and Details). */
#define FH_REASON "DeliveryStreamDescription/FailureDescription/Details"
#define FH_ENC_REASON \
	"DeliveryStreamDescription/DeliveryStreamEncryptionConfiguration/FailureDescription/Details"
const struct aws_waiter fh_up = {
	.what = "Firehose stream %s to be ACTIVE", .service = &aws_service_firehose,
	.operation = "DescribeDeliveryStream", .id_param = "DeliveryStreamName",
	.status_path = FH_STATUS, .reason_path = FH_REASON, .done = fh_active,
	.failed = fh_stream_failed, .gone = not_found, .poll = &fh_poll,
};
const struct aws_waiter fh_gone = {
	.what = "Firehose stream %s to be deleted", .service = &aws_service_firehose,
	.operation = "DescribeDeliveryStream", .id_param = "DeliveryStreamName",
	.status_path = FH_STATUS, .reason_path = FH_REASON, .failed = fh_stream_failed,
	.gone = not_found, .gone_is_done = true, .poll = &fh_poll,
};
const struct aws_waiter fh_encryption_enabled = {
	.what = "Firehose stream %s's encryption to be ENABLED", .service = &aws_service_firehose,
	.operation = "DescribeDeliveryStream",
	.id_param = "DeliveryStreamName",
	.status_path = FH_ENC_STATUS, .reason_path = FH_ENC_REASON, .done = fh_enabled,
	.failed = fh_enc_failed, .gone = not_found, .poll = &fh_poll,
};
const struct aws_waiter fh_encryption_disabled = {
	.what = "Firehose stream %s's encryption to be DISABLED", .service = &aws_service_firehose,
	.operation = "DescribeDeliveryStream",
	.id_param = "DeliveryStreamName",
	.status_path = FH_ENC_STATUS, .reason_path = FH_ENC_REASON, .done = fh_disabled,
	.failed = fh_enc_failed, .gone = not_found, .poll = &fh_poll,
};

/* Describe stream `name`: 0 with *desc (its DeliveryStreamDescription, a new
 * reference), 0 with NULL when it is gone or DELETING, -1 with err. */
static int fh_describe(struct aws_client *c, const char *name, json_t **desc, struct strbuf *err)
{
	json_t *req = json_pack("{s:s}", "DeliveryStreamName", name), *resp = NULL;
	const char *status;
	int rc = fh_call(c, "DescribeDeliveryStream", req, not_found, &resp, NULL, err);

	json_decref(req);
	*desc = NULL;
	if (rc) {
		json_decref(resp);
		return rc < 0 ? -1 : 0;
	}
	status = value_get_string(value_get(resp, "DeliveryStreamDescription"),
				  "DeliveryStreamStatus");
	if (!status || strcmp(status, "DELETING"))
		*desc = json_incref(json_object_get(resp, "DeliveryStreamDescription"));
	json_decref(resp);
	return 0;
}

static int fh_read(void *client, const char *id, const json_t *prior, json_t **out,
		   struct strbuf *err)
{
	struct aws_client *c = client;
	json_t *d = NULL, *o, *s3, *tags = NULL;
	const json_t *dest, *src, *hints, *enc;
	const char *status, *key_type;

	(void)prior;
	*out = NULL;
	if (fh_describe(c, id, &d, err))
		return -1;
	if (!d)
		return 0;
	o = json_object();
	json_object_set_new(o, "name", json_string(id));
	json_object_set_new(o, "destination", json_string("extended_s3"));
	dest = value_get(json_array_get(value_get(d, "Destinations"), 0),
			 "ExtendedS3DestinationDescription");
	s3 = json_object();
	value_copy_nonempty(s3, "role_arn", dest, "RoleARN");
	value_copy_nonempty(s3, "bucket_arn", dest, "BucketARN");
	value_copy_nonempty(s3, "prefix", dest, "Prefix");
	value_copy_nonempty(s3, "error_output_prefix", dest, "ErrorOutputPrefix");
	hints = value_get(dest, "BufferingHints");
	json_object_set_new(s3, "buffering_size",
			    json_integer(value_get_integer(hints, "SizeInMBs", 5)));
	json_object_set_new(s3, "buffering_interval",
			    json_integer(value_get_integer(hints, "IntervalInSeconds", 300)));
	json_object_set_new(s3, "compression_format",
			    json_string(value_get_string_or(dest, "CompressionFormat", "UNCOMPRESSED")));
	json_object_set_new(o, "extended_s3_configuration", s3);
	src = value_get(value_get(d, "Source"), "KinesisStreamSourceDescription");
	if (value_get_string(src, "KinesisStreamARN")) {
		json_t *k = json_object();

		value_copy_nonempty(k, "kinesis_stream_arn", src, "KinesisStreamARN");
		value_copy_nonempty(k, "role_arn", src, "RoleARN");
		json_object_set_new(o, "kinesis_source_configuration", k);
	}
	enc = value_get(d, "DeliveryStreamEncryptionConfiguration");
	status = value_get_string(enc, "Status");
	key_type = value_get_string(enc, "KeyType");
	if (status && (!strcmp(status, "ENABLED") || !strcmp(status, "ENABLING"))) {
		json_t *e = json_pack("{s:b, s:s}", "enabled", 1, "key_type",
				      key_type ? key_type : "AWS_OWNED_CMK");

		value_copy_nonempty(e, "key_arn", enc, "KeyARN");
		json_object_set_new(o, "server_side_encryption", e);
	} else {
		json_object_set_new(o, "server_side_encryption",
				    json_pack("{s:b, s:s}", "enabled", 0, "key_type",
					      "AWS_OWNED_CMK"));
	}
	value_copy_nonempty(o, "arn", d, "DeliveryStreamARN");
	value_copy_nonempty(o, "version_id", d, "VersionId");
	json_decref(d);
	if (aws_json_read_tags(c, &fh_tagging, id, &tags, err)) {
		json_decref(o);
		return -1;
	}
	json_object_set_new(o, "tags", tags);
	*out = o;
	return 0;
}

/* The ExtendedS3 destination's members from extended_s3_configuration; an
 * update also clears the prefixes left out ("" for unset). */
static json_t *s3_destination(const json_t *desired, bool update)
{
	const json_t *s = value_get(desired, "extended_s3_configuration");
	json_t *o = json_object();
	const char *prefix = value_get_string(s, "prefix");
	const char *errors = value_get_string(s, "error_output_prefix");

	json_object_set_new(o, "RoleARN", json_string(value_get_string_or(s, "role_arn", "")));
	json_object_set_new(o, "BucketARN", json_string(value_get_string_or(s, "bucket_arn", "")));
	if (prefix || update)
		json_object_set_new(o, "Prefix", json_string(prefix ? prefix : ""));
	if (errors || update)
		json_object_set_new(o, "ErrorOutputPrefix", json_string(errors ? errors : ""));
	json_object_set_new(o, "BufferingHints",
			    json_pack("{s:I, s:I}", "SizeInMBs",
				      (json_int_t)value_get_integer(s, "buffering_size", 5),
				      "IntervalInSeconds",
				      (json_int_t)value_get_integer(s, "buffering_interval", 300)));
	json_object_set_new(o, "CompressionFormat",
			    json_string(value_get_string_or(s, "compression_format", "UNCOMPRESSED")));
	return o;
}

/* DeliveryStreamEncryptionConfigurationInput from server_side_encryption. */
static json_t *encryption_input(const json_t *sse)
{
	const char *type = value_get_string(sse, "key_type");
	json_t *o = json_pack("{s:s}", "KeyType", type ? type : "AWS_OWNED_CMK");

	if (type && !strcmp(type, "CUSTOMER_MANAGED_CMK") && value_get_string(sse, "key_arn"))
		json_object_set_new(o, "KeyARN", json_string(value_get_string(sse, "key_arn")));
	return o;
}

/* The destination, encryption and tags of stream `name`, now `have` (as
 * fh_read gives it, without a prior), to desired (each only when it
 * differs), then read back. */
static int fh_converge(struct aws_client *c, const char *name, const json_t *have,
		       const json_t *desired, json_t **out, struct strbuf *err)
{
	const json_t *want_tags = value_get(desired, "tags");
	const json_t *want_sse = value_get(desired, "server_side_encryption");
	const json_t *have_sse;
	bool want_on = json_is_true(value_get(want_sse, "enabled")), have_on;
	int rc = 0;

	*out = NULL;
	if (!value_equal(value_get(have, "extended_s3_configuration"),
			 value_get(desired, "extended_s3_configuration"))) {
		json_t *d = NULL, *req;

		rc = fh_describe(c, name, &d, err);
		if (!rc && !d) {
			strbuf_addf(err, FH_TYPE ": stream %s is gone", name);
			rc = -1;
		}
		if (!rc) {
			req = json_pack("{s:s, s:s, s:s, s:o}", "DeliveryStreamName", name,
					"CurrentDeliveryStreamVersionId",
					value_get_string_or(d, "VersionId", ""),
					"DestinationId",
					value_get_string(json_array_get(value_get(d, "Destinations"),
									0), "DestinationId")
					? value_get_string(json_array_get(value_get(d, "Destinations"),
									  0), "DestinationId")
					: "",
					"ExtendedS3DestinationUpdate", s3_destination(desired, true));
			rc = fh_call(c, "UpdateDestination", req, NULL, NULL, NULL, err);
			json_decref(req);
		}
		json_decref(d);
	}
	have_sse = value_get(have, "server_side_encryption");
	have_on = json_is_true(value_get(have_sse, "enabled"));
	if (!rc && want_on && (!have_on || !value_equal(want_sse, have_sse))) {
		json_t *req = json_pack("{s:s, s:o}", "DeliveryStreamName", name,
					"DeliveryStreamEncryptionConfigurationInput",
					encryption_input(want_sse));

		rc = fh_call(c, "StartDeliveryStreamEncryption", req, NULL, NULL, NULL, err);
		json_decref(req);
		if (!rc)
			rc = aws_waiter_run(c, &fh_encryption_enabled, name, err);
	} else if (!rc && !want_on && have_on) {
		json_t *req = json_pack("{s:s}", "DeliveryStreamName", name);

		rc = fh_call(c, "StopDeliveryStreamEncryption", req, NULL, NULL, NULL, err);
		json_decref(req);
		if (!rc)
			rc = aws_waiter_run(c, &fh_encryption_disabled, name, err);
	}
	if (!rc)
		rc = aws_json_sync_tags(c, &fh_tagging, name, value_get(have, "tags"),
					want_tags, err);
	if (rc)
		return -1;
	return aws_read_written(fh_read, c, name, desired, out, err,
				FH_TYPE ": stream %s was written but DescribeDeliveryStream does "
				"not find it", name);
}

/*
 * CreateDeliveryStream with its source, destination, encryption and tags,
 * then the wait until ACTIVE; the driver reads it back (no prior) and
 * converges from that read, as before (left_out). A name taken
 * (ResourceInUseException) is the driver's to weigh.
 */
static int fh_send_create(struct aws_client *c, const json_t *desired,
			  const struct create_call *call, struct aws_sent *sent,
			  struct strbuf *err)
{
	const char *name = value_get_string(desired, "name");
	const json_t *src = value_get(desired, "kinesis_source_configuration");
	const json_t *sse = value_get(desired, "server_side_encryption");
	const json_t *tags = value_get(desired, "tags");
	json_t *req;
	int rc;

	if (!name) {
		strbuf_addstr(err, FH_TYPE ": name has no value to send");
		return -1;
	}
	req = json_pack("{s:s, s:s, s:o}", "DeliveryStreamName", name, "DeliveryStreamType",
			value_is_set(src) ? "KinesisStreamAsSource" : "DirectPut",
			"ExtendedS3DestinationConfiguration", s3_destination(desired, false));
	if (value_is_set(src))
		json_object_set_new(req, "KinesisStreamSourceConfiguration",
				    json_pack("{s:s, s:s}", "KinesisStreamARN",
					      value_get_string_or(src, "kinesis_stream_arn", ""),
					      "RoleARN", value_get_string_or(src, "role_arn", "")));
	if (json_is_true(value_get(sse, "enabled")))
		json_object_set_new(req, "DeliveryStreamEncryptionConfigurationInput",
				    encryption_input(sse));
	if (json_object_size(tags))
		json_object_set_new(req, "Tags", aws_tag_list(tags, "Key", "Value"));
	rc = fh_call(c, "CreateDeliveryStream", req, in_use, NULL, &sent->attempts, err);
	json_decref(req);
	rc = aws_sent_from_call(sent, rc, name,
				"firehose CreateDeliveryStream: ResourceInUseException");
	if (rc)
		return rc < 0 ? -1 : 0;
	create_call_made(call, sent->id);
	sent->left_out = true;
	return aws_waiter_run(c, &fh_up, name, err) ? -1 : 0;
}

/* A stream found there is waited for before it is read: one still CREATING
 * may not show its tags. */
static int fh_settle(struct aws_client *c, const char *name, struct strbuf *err)
{
	return aws_waiter_run(c, &fh_up, name, err);
}

/* Create and update (the contract, provider/aws/adopt.h): a stream found
 * under its name is adopted when an attempt of this create may have made it
 * and it carries this stack's tags; an update converges from a live read.
 * `prior` is not used. */
static const struct aws_native_ops fh_native = {
	.send_create = fh_send_create,
	.adopt = { .by = AWS_ADOPT_BY_NAME_AND_TAGS, .noun = "name",
		   .object = "Firehose stream %s", .settle = fh_settle },
	.converge = fh_converge,
	.read = fh_read,
	.created_shape = AWS_SHAPE_NONE,
	.update_shape = AWS_SHAPE_NONE,
	.made_missing = FH_TYPE ": stream %s was written but DescribeDeliveryStream does not "
			"find it",
	.gone = FH_TYPE ": stream %s was written but DescribeDeliveryStream does not find it",
};

AWS_NATIVE_FUNCTIONS(fh, fh_native)

static int fh_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	json_t *req = json_pack("{s:s}", "DeliveryStreamName", id);
	int rc;

	(void)prior;
	rc = fh_call(client, "DeleteDeliveryStream", req, not_found, NULL, NULL, err);
	json_decref(req);
	if (rc < 0)
		return -1;
	return aws_waiter_run(client, &fh_gone, id, err);
}

/* For sweep: ListDeliveryStreams gives names; tags come from read(). */
static const struct aws_json_names_listing fh_listing = {
	&aws_service_firehose, "ListDeliveryStreams", "DeliveryStreamNames",
	"HasMoreDeliveryStreams",
	"ExclusiveStartDeliveryStreamName",
};

static int fh_list(void *client, const struct resource_query *q, struct resource_items *out,
		   struct strbuf *err)
{
	(void)q;
	return aws_list_json_names(client, &fh_listing, out, err);
}

const struct resource_type aws_firehose_delivery_stream_type = {
	.name = FH_TYPE,
	.description = "a Firehose delivery stream to S3, fed directly or by a Kinesis stream",
	.attrs = fh_attrs,
	.terraform_type = "aws_kinesis_firehose_delivery_stream",
	.terraform_attrs = "name destination extended_s3_configuration "
			   "kinesis_source_configuration server_side_encryption tags arn "
			   "version_id",
	.read = fh_read,
	.create = fh_create,
	.update = fh_update,
	.native = &fh_native,
	.delete = fh_delete,
	.import_id = "its name",
	.id_attr = "name",
	.list = fh_list,
	.list_rank = 6,
};
