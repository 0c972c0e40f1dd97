/*
 * logs/metric_filter.c: the resource type aws.logs.metric_filter, a
 * CloudWatch Logs metric filter: a pattern matched against a log group's
 * events, each match adding to one CloudWatch metric (its name, namespace,
 * the value a match adds, and the value of a period without one). Its id
 * is "LOG_GROUP:NAME" (a filter's name is unique within its group and holds
 * no ':'). PutMetricFilter both makes and replaces a filter, so create and
 * update send the same call; read() finds it with DescribeMetricFilters
 * (logGroupName, filterNamePrefix, then the exact name). A filter has no
 * tags and PutMetricFilter would silently replace one that is there, so a
 * create looks first: one found is taken only when an earlier attempt of
 * this create may have made it, else refused. Create and update run on the
 * contract of provider/aws/adopt.h (send -> adopt -> converge -> read back).
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/listing.h"
#include "provider/aws/resources.h"
#include "provider/aws/transport/transport.h"
#include "provider/aws/logs/api.h"
#include "provider/provider.h"

#define METRIC_FILTER "aws.logs.metric_filter"

static const struct attr_schema transformation_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the metric's name, e.g. ErrorCount" },
	{ .name = "namespace", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the metric's namespace, e.g. Retail/Pipeline" },
	{ .name = "value", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "what a match adds: a number (\"1\") or a field of the event (\"$.bytes\")" },
	{ .name = "default_value", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "the value of a period without a match; unset: nothing is published" },
	{ .name = NULL },
};

static const struct attr_schema metric_filter_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "the filter's name, unique within its log group" },
	{ .name = "log_group_name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "the log group whose events it reads" },
	{ .name = "pattern", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the filter pattern, e.g. \"ERROR\" or \"{ $.status = 500 }\"; \"\": every event" },
	{ .name = "metric_transformation", .type = ATTR_OBJECT, .flags = ATTR_REQUIRED,
	  .nested = transformation_attrs,
	  .description = "the metric each match adds to" },
	{ .name = NULL },
};

/* The filter as DescribeMetricFilters lists it, as read() gives it. */
static json_t *filter_attrs(const json_t *f)
{
	const json_t *ts = value_get(f, "metricTransformations");
	const json_t *t = json_is_array(ts) ? json_array_get(ts, 0) : NULL;
	json_t *o = json_object(), *mt = json_object();
	const char *pattern = value_get_string(f, "filterPattern");

	json_object_set_new(o, "name", json_string(value_get_string(f, "filterName")));
	json_object_set_new(o, "log_group_name", json_string(value_get_string(f, "logGroupName")));
	json_object_set_new(o, "pattern", json_string(pattern ? pattern : ""));
	if (t) {
		const json_t *def = value_get(t, "defaultValue");

		json_object_set_new(mt, "name", json_string(value_get_string(t, "metricName")));
		json_object_set_new(mt, "namespace",
				    json_string(value_get_string(t, "metricNamespace")));
		json_object_set_new(mt, "value", json_string(value_get_string(t, "metricValue")));
		if (json_is_number(def))
			json_object_set(mt, "default_value", (json_t *)def);
	}
	json_object_set_new(o, "metric_transformation", mt);
	return o;
}

static int metric_filter_read(void *client, const char *id, const json_t *prior, json_t **out,
			      struct strbuf *err)
{
	char *group = NULL;
	const char *name;
	json_t *req, *found = NULL;
	int rc;

	(void)prior;
	*out = NULL;
	if (logs_in_group_split(METRIC_FILTER, id, &group, &name, err))
		return -1;
	req = json_pack("{s:s, s:s}", "logGroupName", group, "filterNamePrefix", name);
	rc = aws_json_find(client, &aws_service_logs, "DescribeMetricFilters", req, "filterName", name,
			   &found, err);
	json_decref(req);
	free(group);
	if (rc == 0 && found)
		*out = filter_attrs(found);
	json_decref(found);
	return rc ? -1 : 0;
}

/* PutMetricFilter with desired's pattern and metric. */
static int put_filter(struct aws_client *c, const json_t *desired, struct strbuf *err)
{
	const json_t *mt = value_get(desired, "metric_transformation");
	const json_t *def = value_get(mt, "default_value");
	const char *pattern = value_get_string(desired, "pattern");
	json_t *t = json_pack("{s:s?, s:s?, s:s?}", "metricName", value_get_string(mt, "name"),
			      "metricNamespace", value_get_string(mt, "namespace"),
			      "metricValue", value_get_string(mt, "value"));
	json_t *req;
	int rc;

	if (json_is_number(def))
		json_object_set(t, "defaultValue", (json_t *)def);
	req = json_pack("{s:s?, s:s?, s:s, s:[o]}", "filterName", value_get_string(desired, "name"),
			"logGroupName", value_get_string(desired, "log_group_name"),
			"filterPattern", pattern ? pattern : "", "metricTransformations", t);
	rc = logs_call(c, "PutMetricFilter", req, NULL, NULL, NULL, err);
	json_decref(req);
	return rc ? -1 : 0;
}

/* Whether the filter `have` (as read() gives it) differs from desired in
 * what PutMetricFilter sends (numbers compared by value: 0 and 0.0 agree). */
static bool filter_differs(const json_t *have, const json_t *desired)
{
	return attr_changed(have, desired, "pattern") ||
	       attr_changed(have, desired, "metric_transformation");
}

/* The converge (the contract, provider/aws/adopt.h): PutMetricFilter when
 * the pattern or the metric differ from `have`, then read back. */
static int metric_filter_converge(struct aws_client *c, const char *id, const json_t *have,
				  const json_t *desired, json_t **out, struct strbuf *err)
{
	*out = NULL;
	if ((!have || filter_differs(have, desired)) && put_filter(c, desired, err))
		return -1;
	return aws_read_written(metric_filter_read, c, id, NULL, out, err,
				METRIC_FILTER " %s: not found after it was written", id);
}

/* The create's send: PutMetricFilter would silently replace a filter of
 * the same name, so it looks first; one found is said to exist (the
 * driver weighs it), else the filter is put and read back. */
static int metric_filter_send_create(struct aws_client *c, const json_t *desired,
				     const struct create_call *call, struct aws_sent *sent,
				     struct strbuf *err)
{
	char *want = logs_in_group_id(desired);

	(void)call;
	if (!want) {
		strbuf_addstr(err, METRIC_FILTER ": log_group_name and name have no value to send");
		return -1;
	}
	if (metric_filter_read(c, want, NULL, &sent->have, err)) {
		free(want);
		return -1;
	}
	sent->id = want;
	if (sent->have) {
		sent->exists = true;
		return 0;
	}
	return put_filter(c, desired, err);
}

/* The evidence of a filter found there: the pattern and metric this create
 * sends, as they read back, and when it was made (creationTime, in ms). */
static int metric_filter_evidence(struct aws_client *c, const char *id, const json_t *desired,
				  const json_t *have, json_t **sent, json_t **got, time_t *created,
				  struct strbuf *err)
{
	(void)c;
	(void)id;
	(void)err;
	if (!have)
		return 1;
	*sent = json_pack("{s:O?, s:O?}", "pattern", value_get(desired, "pattern"),
			  "metric_transformation", value_get(desired, "metric_transformation"));
	*got = json_pack("{s:O?, s:O?}", "pattern", value_get(have, "pattern"),
			 "metric_transformation", value_get(have, "metric_transformation"));
	*created = 0; /* read() keeps no creationTime: a look-first create adopts only
			 what an earlier attempt may have made (aws_adopt_check) */
	return 0;
}

/* Create and update (the contract, provider/aws/adopt.h): a create looks,
 * then puts; one found is adopted only when an earlier attempt of this
 * create may have made it; an update converges from a live read. */
static const struct aws_native_ops metric_filter_native = {
	.send_create = metric_filter_send_create,
	.adopt = { .by = AWS_ADOPT_BY_READ_BACK, .noun = "name",
		   .object = METRIC_FILTER ": a metric filter %s",
		   .evidence = metric_filter_evidence },
	.converge = metric_filter_converge,
	.read = metric_filter_read,
	.created_shape = AWS_SHAPE_NONE,
	.update_shape = AWS_SHAPE_NONE,
	.made_missing = METRIC_FILTER " %s: not found after it was written",
	.gone = METRIC_FILTER " %s: in the state but DescribeMetricFilters does not find it",
};

AWS_NATIVE_FUNCTIONS(metric_filter, metric_filter_native)

static int metric_filter_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	(void)prior;
	return logs_in_group_delete(client, METRIC_FILTER, "DeleteMetricFilter", "filterName", id, err);
}

const struct resource_type aws_logs_metric_filter_type = {
	.name = METRIC_FILTER,
	.description = "a CloudWatch Logs metric filter: a pattern over a log group's events that "
		       "adds to a CloudWatch metric",
	.attrs = metric_filter_attrs,
	.terraform_type = "aws_cloudwatch_log_metric_filter",
	.terraform_attrs = "name log_group_name pattern metric_transformation",
	.read = metric_filter_read,
	.create = metric_filter_create,
	.update = metric_filter_update,
	.delete = metric_filter_delete,
	.native = &metric_filter_native,
	.import_id = "LOG_GROUP:NAME",
	.config_id = logs_in_group_id,
};
