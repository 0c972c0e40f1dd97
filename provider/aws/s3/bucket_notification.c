/*
 * s3/bucket_notification.c: the resource type aws.s3.bucket_notification, a
 * bucket's whole event notification configuration (the queues, topics and
 * Lambda functions S3 tells of objects created or removed, and EventBridge),
 * over S3's rest-xml protocol: PutBucketNotificationConfiguration and
 * GetBucketNotificationConfiguration.
 *
 * One per bucket: its id is the bucket's name. A put replaces the whole
 * configuration, so create looks first and adopts a configuration already
 * there only when it is the one this create sends (an earlier attempt's);
 * destroy puts an empty one. A bucket without a configuration reads as
 * one with empty lists (drift a plan undoes); a bucket gone reads as gone.
 *
 * S3 tests each destination when the configuration is put ("Unable to
 * validate the following destination configurations"): the function's
 * aws.lambda.permission must exist first, which .waits_for orders
 * (provider.h), and a queue's or topic's policy is the queue's or topic's
 * own attribute, which the reference to its ARN orders.
 *
 * Shapes: queue, topic and lambda_function are lists of {id, the ARN,
 * events, filter_prefix, filter_suffix}, sorted by id, events sorted; an
 * entry without an id gets "<kind>-<n>" at plan time (plan_desired), so
 * what S3 would name at random is known and reads back alike.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/resources.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define TYPE_NAME "aws.s3.bucket_notification"
#define S3_XMLNS "http://s3.amazonaws.com/doc/2006-03-01/"

#define DESTINATION_ATTRS(arn_name, arn_description)                                        \
	{ .name = "id", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,                             \
	  .description = "the configuration's id, unique in the bucket; unset: KIND-N "          \
			 "(queue-1, topic-1, lambda_function-1) by its place in the list" },        \
	{ .name = arn_name, .type = ATTR_STRING, .flags = ATTR_REQUIRED,                         \
	  .description = arn_description },                                                     \
	{ .name = "events", .type = ATTR_LIST, .flags = ATTR_REQUIRED, .elem_type = ATTR_STRING, \
	  .description = "the events told of: s3:ObjectCreated:*, s3:ObjectRemoved:Delete ..." }, \
	{ .name = "filter_prefix", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,                  \
	  .description = "only objects whose key starts with this" },                           \
	{ .name = "filter_suffix", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,                  \
	  .description = "only objects whose key ends with this" },                             \
	{ .name = NULL }

static const struct attr_schema queue_attrs[] = {
	DESTINATION_ATTRS("queue_arn", "the SQS queue's ARN, e.g. ${landing.arn}; its policy "
				       "must let s3.amazonaws.com send messages for this bucket"),
};
static const struct attr_schema topic_attrs[] = {
	DESTINATION_ATTRS("topic_arn", "the SNS topic's ARN, e.g. ${alerts.arn}; its policy "
				       "must let s3.amazonaws.com publish for this bucket"),
};
static const struct attr_schema lambda_attrs[] = {
	DESTINATION_ATTRS("lambda_function_arn", "the Lambda function's ARN, e.g. ${ingest.arn}; "
						 "an aws.lambda.permission must let "
						 "s3.amazonaws.com invoke it from this bucket"),
};

static const struct attr_schema notification_attrs[] = {
	{ .name = "bucket", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "the bucket's name, e.g. ${raw.name}; one notification per bucket" },
	{ .name = "queue", .type = ATTR_OBJECT_LIST, .flags = ATTR_OPTIONAL, .nested = queue_attrs,
	  .description = "SQS queues told of events", .default_json = "[]" },
	{ .name = "topic", .type = ATTR_OBJECT_LIST, .flags = ATTR_OPTIONAL, .nested = topic_attrs,
	  .description = "SNS topics told of events", .default_json = "[]" },
	{ .name = "lambda_function", .type = ATTR_OBJECT_LIST, .flags = ATTR_OPTIONAL,
	  .nested = lambda_attrs, .description = "Lambda functions invoked on events",
	  .default_json = "[]" },
	{ .name = "eventbridge", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "send every event of the bucket to EventBridge too",
	  .default_json = "false" },
	{ .name = NULL },
};

/* The three kinds of destination: the attribute, its ARN attribute, and
 * the XML element and ARN element S3 names them with (the model's
 * locationNames), in the order the model lists them. */
static const struct kind {
	const char *attr, *arn_attr, *element, *arn_element;
} kinds[] = {
	{ "topic", "topic_arn", "TopicConfiguration", "Topic" },
	{ "queue", "queue_arn", "QueueConfiguration", "Queue" },
	{ "lambda_function", "lambda_function_arn", "CloudFunctionConfiguration",
	  "CloudFunction" },
};
#define N_KINDS (sizeof(kinds) / sizeof(kinds[0]))

static const char *const no_bucket[] = { "404", "NoSuchBucket", NULL };

static int by_id(const void *a, const void *b)
{
	const char *x = value_get_string(*(json_t *const *)a, "id");
	const char *y = value_get_string(*(json_t *const *)b, "id");

	return strcmp(x ? x : "", y ? y : "");
}

/* Sort the elements of array a in place with cmp (a list of known values). */
static void sort_array(json_t *a, int (*cmp)(const void *, const void *))
{
	size_t n = json_array_size(a), i;
	json_t **items;

	if (n < 2 || value_contains_unknown(a))
		return;
	items = xcalloc(n, sizeof(*items));
	for (i = 0; i < n; i++)
		items[i] = json_incref(json_array_get(a, i));
	qsort(items, n, sizeof(*items), cmp);
	json_array_clear(a);
	for (i = 0; i < n; i++)
		json_array_append_new(a, items[i]);
	free(items);
}

/* Ids where unset, events sorted, each list sorted by id. */
static int notification_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err)
{
	(void)prior;
	(void)err;
	for (size_t k = 0; k < N_KINDS; k++) {
		json_t *list = value_get(desired, kinds[k].attr), *entry;
		size_t i;

		if (!json_is_array(list))
			continue;
		json_array_foreach(list, i, entry) {
			if (!json_is_object(entry))
				continue;
			if (!value_is_set(value_get(entry, "id")))
				json_object_set_new(entry, "id",
						    json_sprintf("%s-%zu", kinds[k].attr, i + 1));
			if (json_is_array(value_get(entry, "events")))
				sort_array(value_get(entry, "events"), by_text);
		}
		sort_array(list, by_id);
	}
	return 0;
}

/* One configuration element as the stack writes it. */
static json_t *parse_destination(xmlNodePtr node, const struct kind *k)
{
	json_t *o = json_object(), *events = json_array();
	char *id = xml_child_text(node, "Id"), *arn = xml_child_text(node, k->arn_element);

	json_object_set_new(o, "id", json_string(id ? id : ""));
	json_object_set_new(o, k->arn_attr, json_string(arn ? arn : ""));
	for (xmlNodePtr e = xml_child(node, "Event"); e; e = xml_next_same(e)) {
		xmlChar *text = xmlNodeGetContent(e);

		json_array_append_new(events, json_string(text ? (const char *)text : ""));
		xmlFree(text);
	}
	sort_array(events, by_text);
	json_object_set_new(o, "events", events);
	for (xmlNodePtr r = xml_child(node, "Filter/S3Key/FilterRule"); r; r = xml_next_same(r)) {
		char *name = xml_child_text(r, "Name"), *value = xml_child_text(r, "Value");

		/* S3 answers "Prefix" and "Suffix" to the "prefix" and "suffix" put. */
		if (name && value && !strcasecmp(name, "prefix"))
			json_object_set_new(o, "filter_prefix", json_string(value));
		else if (name && value && !strcasecmp(name, "suffix"))
			json_object_set_new(o, "filter_suffix", json_string(value));
		free(name);
		free(value);
	}
	free(id);
	free(arn);
	return o;
}

/* Whether a configuration as read() gives it has anything in it. */
static bool configured(const json_t *o)
{
	bool any = json_is_true(value_get(o, "eventbridge"));

	for (size_t k = 0; k < N_KINDS; k++)
		any = any || json_array_size(value_get(o, kinds[k].attr));
	return any;
}

/* The bucket's configuration (*out NULL when the bucket is gone). */
static int notification_read(void *client, const char *id, const json_t *prior, json_t **out,
			     struct strbuf *err)
{
	xmlDocPtr doc = NULL;
	xmlNodePtr root;
	json_t *o;
	int rc;

	(void)prior;
	*out = NULL;
	rc = s3_get_xml(client, "GetBucketNotificationConfiguration", id, "/", "notification",
			no_bucket, &doc, err);
	if (rc)
		return rc < 0 ? -1 : 0;
	root = xmlDocGetRootElement(doc);
	o = json_pack("{s:s}", "bucket", id);
	json_object_set_new(o, "eventbridge",
			    json_boolean(xml_child(root, "EventBridgeConfiguration") != NULL));
	for (size_t k = 0; k < N_KINDS; k++) {
		json_t *list = json_array();

		for (xmlNodePtr n = xml_child(root, kinds[k].element); n; n = xml_next_same(n))
			json_array_append_new(list, parse_destination(n, &kinds[k]));
		sort_array(list, by_id);
		json_object_set_new(o, kinds[k].attr, list);
	}
	xmlFreeDoc(doc);
	*out = o;
	return 0;
}

static void filter_rule_xml(struct strbuf *xml, const char *name, const char *value)
{
	if (!value)
		return;
	strbuf_addf(xml, "<FilterRule><Name>%s</Name><Value>", name);
	xml_escape(xml, value);
	strbuf_addstr(xml, "</Value></FilterRule>");
}

/* The NotificationConfiguration document of `desired` (NULL: the empty one). */
static void configuration_xml(struct strbuf *xml, const json_t *desired)
{
	strbuf_addstr(xml, "<NotificationConfiguration xmlns=\"" S3_XMLNS "\">");
	for (size_t k = 0; desired && k < N_KINDS; k++) {
		const json_t *entry, *event;
		size_t i, j;

		json_array_foreach(value_get(desired, kinds[k].attr), i, entry) {
			const char *prefix = value_get_string(entry, "filter_prefix");
			const char *suffix = value_get_string(entry, "filter_suffix");

			strbuf_addf(xml, "<%s><Id>", kinds[k].element);
			xml_escape(xml, value_get_string_or(entry, "id", ""));
			strbuf_addf(xml, "</Id><%s>", kinds[k].arn_element);
			xml_escape(xml, value_get_string(entry, kinds[k].arn_attr)
						? value_get_string(entry, kinds[k].arn_attr) : "");
			strbuf_addf(xml, "</%s>", kinds[k].arn_element);
			json_array_foreach(value_get(entry, "events"), j, event) {
				strbuf_addstr(xml, "<Event>");
				xml_escape(xml, json_is_string(event) ? json_string_value(event) : "");
				strbuf_addstr(xml, "</Event>");
			}
			if (prefix || suffix) {
				strbuf_addstr(xml, "<Filter><S3Key>");
				filter_rule_xml(xml, "prefix", prefix);
				filter_rule_xml(xml, "suffix", suffix);
				strbuf_addstr(xml, "</S3Key></Filter>");
			}
			strbuf_addf(xml, "</%s>", kinds[k].element);
		}
	}
	if (desired && json_is_true(value_get(desired, "eventbridge")))
		strbuf_addstr(xml, "<EventBridgeConfiguration></EventBridgeConfiguration>");
	strbuf_addstr(xml, "</NotificationConfiguration>");
}

static int put_configuration(struct aws_client *c, const char *bucket, const json_t *desired,
			     struct strbuf *err)
{
	struct strbuf xml = STRBUF_INIT;
	int rc;

	configuration_xml(&xml, desired);
	rc = s3_put_document(c, "PutBucketNotificationConfiguration", bucket, "/", "notification",
			     "application/xml", xml.buf, xml.len, err);
	strbuf_release(&xml);
	return rc < 0 ? -1 : 0;
}

/* What create sends, as read() shows it: the adoption's evidence. */
static json_t *sent_shape(const json_t *desired)
{
	json_t *o = json_pack("{s:O}", "eventbridge", value_get(desired, "eventbridge"));

	for (size_t k = 0; k < N_KINDS; k++)
		json_object_set(o, kinds[k].attr, value_get(desired, kinds[k].attr));
	return o;
}

static int notification_send_create(struct aws_client *c, const json_t *desired,
				    const struct create_call *call, struct aws_sent *sent,
				    struct strbuf *err)
{
	const char *bucket = value_get_string(desired, "bucket");
	json_t *found = NULL;

	(void)call;
	if (!bucket) {
		strbuf_addstr(err, TYPE_NAME ": bucket has no value to send");
		return -1;
	}
	/* A put replaces whatever the bucket has: look first. */
	if (notification_read(c, bucket, NULL, &found, err))
		return -1;
	sent->id = xstrdup(bucket);
	if (found && configured(found)) {
		sent->exists = true;
		sent->have = found;
		snprintf(sent->why, sizeof(sent->why), "s3 PutBucketNotificationConfiguration: "
			 "the bucket has a notification configuration already");
		return 0;
	}
	json_decref(found);
	if (put_configuration(c, bucket, desired, err)) {
		free(sent->id);
		sent->id = NULL;
		return -1;
	}
	return 0;
}

/* A configuration has no tags nor a time it was made: it is the create's
 * when it is the one the create sends. */
static int notification_evidence(struct aws_client *c, const char *bucket, const json_t *desired,
				 const json_t *have, json_t **sent, json_t **got, time_t *created,
				 struct strbuf *err)
{
	(void)c, (void)bucket, (void)err;
	*sent = sent_shape(desired);
	*got = json_incref((json_t *)have);
	*created = 0;
	return have ? 0 : 1;
}

/* A string attribute of two destinations alike: both unset, or equal. */
static bool same_text(const json_t *a, const json_t *b, const char *name)
{
	const char *x = value_get_string(a, name), *y = value_get_string(b, name);

	return (!x || !*x) == (!y || !*y) && (!x || !*x || !strcmp(x, y));
}

/* Whether the configuration read (`have`) is desired's: each list entry by
 * entry (both sorted by id, events sorted), eventbridge alike. */
static bool same_configuration(const json_t *have, const json_t *desired)
{
	if (json_is_true(value_get(have, "eventbridge")) !=
	    json_is_true(value_get(desired, "eventbridge")))
		return false;
	for (size_t k = 0; k < N_KINDS; k++) {
		const json_t *h = value_get(have, kinds[k].attr), *d = value_get(desired, kinds[k].attr);
		size_t i;

		if (json_array_size(h) != json_array_size(d))
			return false;
		for (i = 0; i < json_array_size(d); i++) {
			const json_t *he = json_array_get(h, i), *de = json_array_get(d, i);

			if (!same_text(he, de, "id") || !same_text(he, de, kinds[k].arn_attr) ||
			    !same_text(he, de, "filter_prefix") ||
			    !same_text(he, de, "filter_suffix") ||
			    !value_equal(value_get(he, "events"), value_get(de, "events")))
				return false;
		}
	}
	return true;
}

/* The converge (the contract, provider/aws/adopt.h): the configuration as read (`have`)
 * to desired: put (the whole of desired: S3 takes no less) only when it
 * differs, then read back. */
static int notification_converge(struct aws_client *c, const char *id, const json_t *have,
				 const json_t *desired, json_t **out, struct strbuf *err)
{
	*out = NULL;
	if (!same_configuration(have, desired) && put_configuration(c, id, desired, err))
		return -1;
	return aws_read_written(notification_read, c, id, desired, out, err,
				TYPE_NAME ": bucket %s is gone", id);
}

/*
 * Create and update (the contract, provider/aws/adopt.h): an update converges from a
 * live read of the configuration. `prior` is not used: a configuration has
 * no write-only part and its bucket addresses it.
 */
static const struct aws_native_ops notification_native = {
	.send_create = notification_send_create,
	.adopt = { .by = AWS_ADOPT_BY_READ_BACK, .noun = "bucket",
		   .object = "notification configuration of bucket %s",
		   .evidence = notification_evidence,
		   .differs = "its configuration differs from the one this create sends" },
	.converge = notification_converge,
	.read = notification_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape = AWS_SHAPE_DESIRED,
	.made_missing = TYPE_NAME ": bucket %s was given a configuration but is gone",
	.gone = TYPE_NAME ": bucket %s is gone",
};

AWS_NATIVE_FUNCTIONS(notification, notification_native)

/* An empty configuration; a bucket already gone is success. */
static int notification_delete(void *client, const char *id, const json_t *prior,
			       struct strbuf *err)
{
	struct strbuf xml = STRBUF_INIT;
	struct strbuf ignored = STRBUF_INIT;
	xmlDocPtr doc = NULL;
	int rc;

	(void)prior;
	rc = s3_get_xml(client, "GetBucketNotificationConfiguration", id, "/", "notification",
			no_bucket, &doc, &ignored);
	strbuf_release(&ignored);
	if (doc)
		xmlFreeDoc(doc);
	if (rc == 1)
		return 0;
	configuration_xml(&xml, NULL);
	rc = s3_put_document(client, "PutBucketNotificationConfiguration", id, "/",
			     "notification", "application/xml", xml.buf, xml.len, err);
	strbuf_release(&xml);
	return rc < 0 ? -1 : 0;
}

const struct resource_type aws_s3_bucket_notification_type = {
	.name = TYPE_NAME,
	.description = "a bucket's event notifications to SQS queues, SNS topics, Lambda "
		       "functions and EventBridge",
	.attrs = notification_attrs,
	.terraform_type = "aws_s3_bucket_notification",
	.terraform_attrs = "bucket queue topic lambda_function eventbridge",
	.read = notification_read,
	.create = notification_create,
	.update = notification_update,
	.native = &notification_native,
	.delete = notification_delete,
	.plan_desired = notification_plan_desired,
	.import_id = "its bucket's name",
	.id_attr = "bucket",
	.waits_for = "aws.lambda.permission",
};
