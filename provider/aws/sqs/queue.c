/*
 * sqs/queue.c: the resource type aws.sqs.queue, an SQS queue with its
 * timings, sizes, dead-letter queue (redrive_policy) and who may use it as
 * one (redrive_allow_policy), access policy,
 * encryption and tags, over SQS's json protocol. Its id is its name;
 * every call after CreateQueue names the queue by its URL, which
 * GetQueueUrl gives (the `url` attribute). read() is GetQueueAttributes
 * (All) and ListQueueTags.
 *
 * CreateQueue is idempotent by name: for a queue already there with the
 * same attributes it answers that queue's URL as if it had made it. So
 * create first looks the name up (GetQueueUrl): a queue found is adopted
 * only when an earlier attempt may have made it (may_exist) and it carries
 * this stack's tags, which the create sends; else it is refused.
 *
 * AWS's timing (transport/timing.c): a queue is usable about a second after
 * CreateQueue (a QueueDoesNotExist to a call naming the URL of the queue
 * just made is waited out; create reads it back by that URL),
 * and its name is refused with QueueDeletedRecently for 60 s after
 * DeleteQueue (a replacement's create waits it out).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/listing.h"
#include "provider/aws/resources.h"
#include "provider/aws/sns/api.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define QUEUE_TYPE "aws.sqs.queue"

static const char *const not_found[] = { "QueueDoesNotExist", "NonExistentQueue", NULL };

static const struct attr_schema queue_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "queue name (letters, digits, - and _; a FIFO queue's ends in .fifo), "
			 "e.g. landing-events" },
	{ .name = "fifo_queue", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "a FIFO queue (ordered, exactly-once; its name ends in .fifo)",
	  .default_json = "false" },
	{ .name = "content_based_deduplication", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "a FIFO queue deduplicates by a hash of the message body",
	  .default_json = "false" },
	{ .name = "visibility_timeout_seconds", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "seconds a received message stays hidden from other consumers (0-43200)",
	  .default_json = "30" },
	{ .name = "message_retention_seconds", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "seconds a message is kept (60-1209600, 14 days)",
	  .default_json = "345600" },
	{ .name = "delay_seconds", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "seconds each new message waits before it can be received (0-900)",
	  .default_json = "0" },
	{ .name = "max_message_size", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "the largest message in bytes (1024-1048576); unset: SQS's default, "
			 "kept as the queue has it" },
	{ .name = "receive_wait_time_seconds", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "seconds a receive waits for a message to arrive (long polling, 0-20)",
	  .default_json = "0" },
	{ .name = "redrive_policy", .type = ATTR_JSON, .flags = ATTR_OPTIONAL,
	  .description = "the dead-letter queue: {deadLetterTargetArn: QUEUE_ARN, "
			 "maxReceiveCount: N}" },
	{ .name = "redrive_allow_policy", .type = ATTR_JSON, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "as a dead-letter queue, which source queues may use it: "
			 "{redrivePermission: allowAll, denyAll or byQueue, sourceQueueArns: [...]}; "
			 "unset: kept as the queue has it (SQS's allowAll)" },
	{ .name = "policy", .type = ATTR_JSON, .flags = ATTR_OPTIONAL,
	  .description = "the queue's access policy document" },
	{ .name = "kms_master_key_id", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the KMS key (id, ARN or alias) that encrypts messages, e.g. alias/aws/sqs" },
	{ .name = "kms_data_key_reuse_period_seconds", .type = ATTR_NUMBER,
	  .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "with kms_master_key_id: seconds a data key is reused (60-86400); unset: "
			 "SQS's 300" },
	{ .name = "sqs_managed_sse_enabled", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "encryption with SQS's own keys; unset: SQS's default (true for a new "
			 "queue without kms_master_key_id)" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "queue tags", .default_json = "{}" },
	{ .name = "url", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "https://sqs.REGION.amazonaws.com/ACCOUNT/NAME" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:sqs:REGION:ACCOUNT:NAME" },
	{ .name = NULL },
};

/* The queue attributes: terrace's name, SQS's, and its kind: 'n' a
 * number, 'b' a flag, 'j' a JSON document, 's' text. */
static const struct setting {
	const char *attr, *sqs;
	char kind;
} settings[] = {
	{ "fifo_queue", "FifoQueue", 'b' },
	{ "content_based_deduplication", "ContentBasedDeduplication", 'b' },
	{ "visibility_timeout_seconds", "VisibilityTimeout", 'n' },
	{ "message_retention_seconds", "MessageRetentionPeriod", 'n' },
	{ "delay_seconds", "DelaySeconds", 'n' },
	{ "max_message_size", "MaximumMessageSize", 'n' },
	{ "receive_wait_time_seconds", "ReceiveMessageWaitTimeSeconds", 'n' },
	{ "redrive_policy", "RedrivePolicy", 'j' },
	{ "redrive_allow_policy", "RedriveAllowPolicy", 'j' },
	{ "policy", "Policy", 'j' },
	{ "kms_master_key_id", "KmsMasterKeyId", 's' },
	{ "kms_data_key_reuse_period_seconds", "KmsDataKeyReusePeriodSeconds", 'n' },
	{ "sqs_managed_sse_enabled", "SqsManagedSseEnabled", 'b' },
};

#define N_SETTINGS (sizeof(settings) / sizeof(*settings))

static int sqs_call(struct aws_client *c, const char *op, const json_t *in,
		    const char *const *codes, json_t **out, struct strbuf *err)
{
	return aws_json_call_codes(c, &aws_service_sqs, op, in, codes, out, NULL, NULL, err);
}

/* A setting as SQS reads it from the Attributes map `a`, or NULL. */
static json_t *setting_read(const struct setting *s, const json_t *a)
{
	const char *v = value_get_string(a, s->sqs);

	switch (s->kind) {
	case 'b':
		return json_boolean(v && !strcmp(v, "true"));
	case 'n':
		return v && *v ? json_integer(strtoll(v, NULL, 10)) : NULL;
	case 'j':
		return sns_json_value(v);
	default:
		return v && *v ? json_string(v) : NULL;
	}
}

/* A setting of desired as SQS takes it (a new string), NULL when unset. */
static char *setting_text(const struct setting *s, const json_t *desired)
{
	const json_t *v = value_get(desired, s->attr);

	if (!value_is_set(v))
		return NULL;
	switch (s->kind) {
	case 'b':
		return xstrdup(json_is_true(v) ? "true" : "false");
	case 'n':
		return xasprintf("%lld", (long long)value_get_integer(desired, s->attr, 0));
	case 'j':
		return sns_json_text(v);
	default:
		return json_is_string(v) ? xstrdup(json_string_value(v)) : NULL;
	}
}

/* The URL of queue `name`: 0 with *url (new string) or NULL when there is
 * no such queue, -1 with err set. */
static int queue_url(struct aws_client *c, const char *name, char **url, struct strbuf *err)
{
	json_t *in = json_pack("{s:s}", "QueueName", name), *out = NULL;
	int rc = sqs_call(c, "GetQueueUrl", in, not_found, &out, err);

	json_decref(in);
	*url = NULL;
	if (rc < 0)
		return -1;
	if (!rc && value_get_string(out, "QueueUrl"))
		*url = xstrdup(value_get_string(out, "QueueUrl"));
	json_decref(out);
	return 0;
}

/* The queue at `url` named `name`: 0 with *out, or NULL when it is gone. */
static int queue_read_url(struct aws_client *c, const char *name, const char *url, json_t **out,
			  struct strbuf *err)
{
	json_t *in = json_pack("{s:s, s:[s]}", "QueueUrl", url, "AttributeNames", "All");
	json_t *resp = NULL, *a, *o, *tags_resp = NULL, *tags;
	int rc = sqs_call(c, "GetQueueAttributes", in, not_found, &resp, err);

	json_decref(in);
	*out = NULL;
	if (rc)
		return rc < 0 ? -1 : 0;
	in = json_pack("{s:s}", "QueueUrl", url);
	rc = sqs_call(c, "ListQueueTags", in, not_found, &tags_resp, err);
	json_decref(in);
	if (rc) {
		json_decref(resp);
		return rc < 0 ? -1 : 0;
	}
	a = value_get(resp, "Attributes");
	o = json_object();
	json_object_set_new(o, "name", json_string(name));
	for (size_t i = 0; i < N_SETTINGS; i++) {
		json_t *v = setting_read(&settings[i], a);

		if (v)
			json_object_set_new(o, settings[i].attr, v);
	}
	tags = value_get(tags_resp, "Tags");
	json_object_set_new(o, "tags", json_is_object(tags) ? json_incref(tags) : json_object());
	json_object_set_new(o, "url", json_string(url));
	if (value_get_string(a, "QueueArn"))
		json_object_set_new(o, "arn", json_string(value_get_string(a, "QueueArn")));
	json_decref(resp);
	json_decref(tags_resp);
	*out = o;
	return 0;
}

static int queue_read(void *client, const char *id, const json_t *prior, json_t **out,
		      struct strbuf *err)
{
	struct aws_client *c = client;
	char *url = NULL;
	int rc;

	(void)prior;
	*out = NULL;
	if (queue_url(c, id, &url, err))
		return -1;
	if (!url)
		return 0;
	rc = queue_read_url(c, id, url, out, err);
	free(url);
	return rc;
}

/* S3 checks a queue's policy at once when told to deliver to it (a
 * bucket notification), before it has reached S3: a policy written here is
 * noted by the queue's ARN, for the propagation wait (timing.h). */
static void note_policy(struct aws_client *c, const json_t *queue)
{
	aws_client_note_grant(c, value_get_string(queue, "arn"));
}

/* Bring the queue `have` to desired: one SetQueueAttributes with what
 * differs (a document unset is removed with ""), then the tags. */
static int queue_converge(struct aws_client *c, const char *name, const json_t *have,
			  const json_t *desired, json_t **out, struct strbuf *err)
{
	const char *url = value_get_string(have, "url");
	json_t *attrs = json_object(), *want_tags = value_get(desired, "tags"), *removed, *set;
	bool policy_written;
	int rc = 0;

	*out = NULL;
	for (size_t i = 0; i < N_SETTINGS; i++) {
		const struct setting *s = &settings[i];
		const json_t *want = value_get(desired, s->attr);
		char *text;

		if (!strcmp(s->attr, "fifo_queue"))
			continue; /* set at creation only: a change replaces */
		if (!value_is_set(want)) {
			/* A document or key the stack no longer sets is removed;
			 * a computed setting unset keeps what the queue has. */
			if ((s->kind == 'j' || s->kind == 's') && value_is_set(value_get(have, s->attr)))
				json_object_set_new(attrs, s->sqs, json_string(""));
			continue;
		}
		if (json_equal(want, value_get(have, s->attr)) ||
		    (s->kind == 'n' && json_is_number(want) &&
		     value_get_integer(desired, s->attr, 0) == value_get_integer(have, s->attr, -1)))
			continue;
		text = setting_text(s, desired);
		if (text)
			json_object_set_new(attrs, s->sqs, json_string(text));
		free(text);
	}
	if (json_object_size(attrs)) {
		json_t *in = json_pack("{s:s, s:O}", "QueueUrl", url, "Attributes", attrs);

		rc = sqs_call(c, "SetQueueAttributes", in, NULL, NULL, err);
		json_decref(in);
	}
	policy_written = !rc && value_get_string(attrs, "Policy") &&
			 *value_get_string(attrs, "Policy");
	json_decref(attrs);
	value_map_diff(value_get(have, "tags"), json_is_object(want_tags) ? want_tags : NULL,
		       &removed, &set);
	if (!rc && json_array_size(removed)) {
		json_t *in = json_pack("{s:s, s:O}", "QueueUrl", url, "TagKeys", removed);

		rc = sqs_call(c, "UntagQueue", in, NULL, NULL, err);
		json_decref(in);
	}
	if (!rc && json_object_size(set)) {
		json_t *in = json_pack("{s:s, s:O}", "QueueUrl", url, "Tags", set);

		rc = sqs_call(c, "TagQueue", in, NULL, NULL, err);
		json_decref(in);
	}
	json_decref(removed);
	json_decref(set);
	if (rc) {
		strbuf_addf(err, " (" QUEUE_TYPE " %s)", name);
		return -1;
	}
	rc = aws_read_written(queue_read, c, name, desired, out, err,
			      QUEUE_TYPE ": queue %s was written but GetQueueUrl does not find it",
			      name);
	if (!rc && policy_written)
		note_policy(c, *out);
	return rc;
}

static int queue_send_create(struct aws_client *c, const json_t *desired,
			     const struct create_call *call, struct aws_sent *sent,
			     struct strbuf *err)
{
	const char *name = value_get_string(desired, "name");
	const json_t *tags = value_get(desired, "tags");
	json_t *found = NULL, *attrs, *in;
	char *url;
	int rc;

	(void)call;
	if (!name) {
		strbuf_addstr(err, QUEUE_TYPE ": name has no value to send");
		return -1;
	}
	/* CreateQueue would answer a queue already there as its own: look first. */
	if (queue_read(c, name, NULL, &found, err))
		return -1;
	if (found) {
		sent->have = found;
		sent->id = xstrdup(name);
		sent->exists = true;
		snprintf(sent->why, sizeof(sent->why), "sqs CreateQueue: the queue is there already");
		return 0;
	}
	attrs = json_object();
	for (size_t i = 0; i < N_SETTINGS; i++) {
		const struct setting *s = &settings[i];
		char *text = setting_text(s, desired);

		/* A standard queue is one without FifoQueue: SQS refuses "false"
		 * for it, and content_based_deduplication is a FIFO setting. */
		if (text && !(s->kind == 'b' && !strcmp(text, "false") &&
			      strcmp(s->attr, "sqs_managed_sse_enabled")))
			json_object_set_new(attrs, s->sqs, json_string(text));
		free(text);
	}
	in = json_pack("{s:s, s:o}", "QueueName", name, "Attributes", attrs);
	if (json_object_size(tags))
		json_object_set(in, "tags", (json_t *)tags);
	rc = sqs_call(c, "CreateQueue", in, NULL, &found, err);
	json_decref(in);
	if (rc)
		return -1;
	sent->id = xstrdup(name);
	url = xstrdup(value_get_string_or(found, "QueueUrl", ""));
	json_decref(found);
	/* Usable about a second after it is made: timing.c waits out the
	 * QueueDoesNotExist of the calls that name it by its URL meanwhile
	 * (by the URL, not the name, which another service's object may
	 * share, and which the lookup before a create names while it is
	 * rightly not there). Read back by that URL. */
	aws_client_note_made(c, url);
	rc = *url ? queue_read_url(c, name, url, &sent->out, err) : -1;
	if (!rc && sent->out && value_is_set(value_get(desired, "policy")))
		note_policy(c, sent->out);
	if (!rc && !sent->out) {
		strbuf_addf(err, QUEUE_TYPE ": queue %s was made but GetQueueAttributes does not "
			    "find it at %s", name, url);
		rc = -1;
	} else if (rc && !*url) {
		strbuf_addf(err, QUEUE_TYPE ": CreateQueue of %s answered no QueueUrl", name);
	}
	free(url);
	return rc;
}

/* Create and update (the contract, provider/aws/adopt.h): an update converges from a
 * live read. `prior` is not used. */
static const struct aws_native_ops queue_native = {
	.send_create = queue_send_create,
	.adopt = { .by = AWS_ADOPT_BY_NAME_AND_TAGS, .noun = "name", .object = "SQS queue %s" },
	.converge = queue_converge,
	.read = queue_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape = AWS_SHAPE_NONE,
	.made_missing = QUEUE_TYPE ": queue %s was made but GetQueueUrl does not find it",
	.gone = QUEUE_TYPE ": queue %s is gone",
};

AWS_NATIVE_FUNCTIONS(queue, queue_native)

static int queue_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	struct aws_client *c = client;
	char *url = NULL;
	json_t *in;
	int rc;

	(void)prior;
	if (queue_url(c, id, &url, err))
		return -1;
	if (!url)
		return 0;
	in = json_pack("{s:s}", "QueueUrl", url);
	rc = sqs_call(c, "DeleteQueue", in, not_found, NULL, err);
	json_decref(in);
	free(url);
	return rc < 0 ? -1 : 0;
}

static int queue_listed(void *ctx, const json_t *u, struct strbuf *err)
{
	const char *url = json_string_value(u);
	const char *slash = url ? strrchr(url, '/') : NULL;

	(void)err;
	if (slash && slash[1])
		resource_items_add(ctx, slash + 1, NULL, 0);
	return 0;
}

/* For sweep: ListQueues gives URLs, whose last part is the name; the tags
 * come from read(). */
static int queue_list(void *client, const struct resource_query *q, struct resource_items *out,
		      struct strbuf *err)
{
	json_t *in = json_pack("{s:i}", "MaxResults", 1000);
	int rc;

	if (q->prefix && *q->prefix)
		json_object_set_new(in, "QueueNamePrefix", json_string(q->prefix));
	rc = aws_json_pages(client, &aws_service_sqs, "ListQueues", in, 0, queue_listed, out, err);
	json_decref(in);
	return rc ? -1 : 0;
}

const struct resource_type aws_sqs_queue_type = {
	.name = QUEUE_TYPE,
	.description = "an SQS queue with its timings, dead-letter queue, policy, encryption and tags",
	.attrs = queue_attrs,
	.terraform_type = "aws_sqs_queue",
	.terraform_attrs = "name fifo_queue content_based_deduplication visibility_timeout_seconds "
			   "message_retention_seconds delay_seconds max_message_size "
			   "receive_wait_time_seconds redrive_policy redrive_allow_policy policy "
			   "kms_master_key_id "
			   "kms_data_key_reuse_period_seconds sqs_managed_sse_enabled tags url arn",
	.read = queue_read,
	.create = queue_create,
	.update = queue_update,
	.native = &queue_native,
	.delete = queue_delete,
	.import_id = "its name",
	.id_attr = "name",
	.list = queue_list,
	.list_rank = 6,
};
