/*
 * cloudwatch/metric_alarm.c: the resource type aws.cloudwatch.metric_alarm,
 * a CloudWatch alarm on one metric (its namespace, name, dimensions and
 * statistic), its threshold and the actions it takes (SNS topics' ARNs),
 * with tags (tags.h), over CloudWatch's query protocol (API version 2010-08-01).
 * Its id is its name. read() is DescribeAlarms of the name and
 * ListTagsForResource; what DescribeAlarms leaves out is unset (no
 * statistic when the alarm has an extended one, no datapoints_to_alarm
 * when it has the evaluation periods' count, no unit).
 *
 * PutMetricAlarm makes the alarm or overwrites the one of that name, and
 * its Tags apply only when it makes it. So create first looks the name up:
 * an alarm found is adopted only when an earlier attempt may have made it
 * (may_exist) and it carries this stack's tags, which the create sends;
 * else it is refused. update sends the whole definition again, then brings
 * the tags over (TagResource, UntagResource).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/cloudwatch/api.h"
#include "provider/aws/resources.h"
#include "provider/aws/tags.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define ALARM_TYPE "aws.cloudwatch.metric_alarm"

static const char *const not_found[] = { "ResourceNotFound", "ResourceNotFoundException", NULL };

static const struct attr_schema alarm_attrs[] = {
	{ .name = "alarm_name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "the alarm's name, unique in the account and region, e.g. "
			 "retail-glue-failures" },
	{ .name = "alarm_description", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "what the alarm says when it fires", .default_json = "\"\"" },
	{ .name = "namespace", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the metric's namespace, e.g. Glue or AWS/Lambda" },
	{ .name = "metric_name", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the metric, e.g. glue.driver.aggregate.numFailedTasks or Errors" },
	{ .name = "dimensions", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "the metric's dimensions, e.g. {JobName: nightly-load}",
	  .default_json = "{}" },
	{ .name = "statistic", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "SampleCount, Average, Sum, Minimum or Maximum; this or "
			 "extended_statistic" },
	{ .name = "extended_statistic", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "a percentile or other extended statistic, e.g. p99; this or statistic" },
	{ .name = "unit", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the metric's unit the alarm looks at, e.g. Count; unset: any" },
	{ .name = "period", .type = ATTR_NUMBER, .flags = ATTR_REQUIRED,
	  .description = "seconds over which the statistic is applied: 10, 20, 30 or a "
			 "multiple of 60" },
	{ .name = "evaluation_periods", .type = ATTR_NUMBER, .flags = ATTR_REQUIRED,
	  .description = "how many recent periods are compared with the threshold" },
	{ .name = "datapoints_to_alarm", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "how many of those periods must breach (M of N); unset: all of them" },
	{ .name = "threshold", .type = ATTR_NUMBER, .flags = ATTR_REQUIRED,
	  .description = "the value the statistic is compared with" },
	{ .name = "comparison_operator", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "GreaterThanOrEqualToThreshold, GreaterThanThreshold, "
			 "LessThanThreshold or LessThanOrEqualToThreshold" },
	{ .name = "treat_missing_data", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "what a period without data counts as: missing, ignore, breaching or "
			 "notBreaching", .default_json = "\"missing\"" },
	{ .name = "actions_enabled", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "whether the alarm's actions run when its state changes",
	  .default_json = "true" },
	{ .name = "alarm_actions", .type = ATTR_LIST, .flags = ATTR_OPTIONAL,
	  .elem_type = ATTR_STRING, .default_json = "[]",
	  .description = "ARNs notified when the alarm goes to ALARM, e.g. an SNS topic's" },
	{ .name = "ok_actions", .type = ATTR_LIST, .flags = ATTR_OPTIONAL,
	  .elem_type = ATTR_STRING, .default_json = "[]",
	  .description = "ARNs notified when the alarm goes back to OK" },
	{ .name = "insufficient_data_actions", .type = ATTR_LIST, .flags = ATTR_OPTIONAL,
	  .elem_type = ATTR_STRING, .default_json = "[]",
	  .description = "ARNs notified when the alarm goes to INSUFFICIENT_DATA" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "alarm tags", .default_json = "{}" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:cloudwatch:REGION:ACCOUNT:alarm:NAME" },
	{ .name = NULL },
};

static int cw_call(struct aws_client *c, const char *action, const json_t *params,
		   const char *const *tolerated, xmlDocPtr *doc, struct strbuf *err)
{
	return aws_query_call_xml(c, &aws_service_cloudwatch, action, params,
				  NULL, tolerated, doc, NULL, NULL, err);
}

/* PREFIX.member.N for every string of list. */
static void put_list(json_t *p, const char *prefix, const json_t *list)
{
	json_t *v;
	size_t i;

	json_array_foreach((json_t *)list, i, v) {
		char *k = xasprintf("%s.member.%zu", prefix, i + 1);

		json_object_set_new(p, k, json_string(json_is_string(v) ? json_string_value(v) : ""));
		free(k);
	}
}

/* The texts of NODE/NAME/member: a new list. */
static json_t *xml_list(xmlNodePtr node, const char *name)
{
	char *path = xasprintf("%s/member", name);
	json_t *l = json_array();

	for (xmlNodePtr m = xml_child(node, path); m; m = xml_next_same(m)) {
		xmlChar *t = xmlNodeGetContent(m);

		json_array_append_new(l, json_string(t ? (const char *)t : ""));
		xmlFree(t);
	}
	free(path);
	return l;
}

/* The MetricAlarms member of DescribeAlarms that is alarm `name`, or NULL. */
static xmlNodePtr find_alarm(xmlDocPtr doc, const char *name)
{
	xmlNodePtr m = xml_child(xmlDocGetRootElement(doc),
				 "DescribeAlarmsResult/MetricAlarms/member");

	for (; m; m = xml_next_same(m)) {
		char *n = xml_child_text(m, "AlarmName");
		bool same = n && !strcmp(n, name);

		free(n);
		if (same)
			return m;
	}
	return NULL;
}

static void read_string(json_t *o, const char *attr, xmlNodePtr m, const char *field)
{
	char *t = xml_child_text(m, field);

	if (t && *t)
		json_object_set_new(o, attr, json_string(t));
	free(t);
}

static void read_number(json_t *o, const char *attr, xmlNodePtr m, const char *field)
{
	char *t = xml_child_text(m, field), *end = NULL;
	double d = t ? strtod(t, &end) : 0;

	if (t && end != t && !*end) {
		if (d == (double)(json_int_t)d)
			json_object_set_new(o, attr, json_integer((json_int_t)d));
		else
			json_object_set_new(o, attr, json_real(d));
	}
	free(t);
}

static const struct aws_query_tagging cw_tagging = { &aws_service_cloudwatch,
						       "ResourceARN" };

static int alarm_read(void *client, const char *id, const json_t *prior, json_t **out,
		      struct strbuf *err)
{
	struct aws_client *c = client;
	json_t *p = json_pack("{s:s, s:s}", "AlarmNames.member.1", id,
			      "AlarmTypes.member.1", "MetricAlarm");
	json_t *o, *dims, *tags = NULL;
	xmlDocPtr doc = NULL;
	xmlNodePtr m;
	char *arn, *t;
	int rc = cw_call(c, "DescribeAlarms", p, NULL, &doc, err);

	(void)prior;
	json_decref(p);
	*out = NULL;
	if (rc)
		return -1;
	m = find_alarm(doc, id);
	arn = m ? xml_child_text(m, "AlarmArn") : NULL;
	if (!m || !arn) {
		free(arn);
		xmlFreeDoc(doc);
		return 0;
	}
	rc = aws_query_read_tags(c, &cw_tagging, arn, &tags, err);
	if (rc) {
		free(arn);
		xmlFreeDoc(doc);
		return rc < 0 ? -1 : 0;
	}
	o = json_object();
	json_object_set_new(o, "alarm_name", json_string(id));
	t = xml_child_text(m, "AlarmDescription");
	json_object_set_new(o, "alarm_description", json_string(t ? t : ""));
	free(t);
	read_string(o, "namespace", m, "Namespace");
	read_string(o, "metric_name", m, "MetricName");
	dims = json_object();
	for (xmlNodePtr d = xml_child(m, "Dimensions/member"); d; d = xml_next_same(d)) {
		char *name = xml_child_text(d, "Name");
		char *value = xml_child_text(d, "Value");

		if (name)
			json_object_set_new(dims, name, json_string(value ? value : ""));
		free(name);
		free(value);
	}
	json_object_set_new(o, "dimensions", dims);
	read_string(o, "statistic", m, "Statistic");
	read_string(o, "extended_statistic", m, "ExtendedStatistic");
	read_string(o, "unit", m, "Unit");
	read_number(o, "period", m, "Period");
	read_number(o, "evaluation_periods", m, "EvaluationPeriods");
	read_number(o, "datapoints_to_alarm", m, "DatapointsToAlarm");
	read_number(o, "threshold", m, "Threshold");
	read_string(o, "comparison_operator", m, "ComparisonOperator");
	t = xml_child_text(m, "TreatMissingData");
	json_object_set_new(o, "treat_missing_data", json_string(t && *t ? t : "missing"));
	free(t);
	t = xml_child_text(m, "ActionsEnabled");
	json_object_set_new(o, "actions_enabled", json_boolean(!t || strcmp(t, "false")));
	free(t);
	json_object_set_new(o, "alarm_actions", xml_list(m, "AlarmActions"));
	json_object_set_new(o, "ok_actions", xml_list(m, "OKActions"));
	json_object_set_new(o, "insufficient_data_actions", xml_list(m, "InsufficientDataActions"));
	json_object_set_new(o, "tags", tags);
	json_object_set_new(o, "arn", json_string(arn));
	free(arn);
	xmlFreeDoc(doc);
	*out = o;
	return 0;
}

/* PutMetricAlarm of desired: the whole definition, and the tags when
 * with_tags (they apply only to an alarm it makes). */
static int alarm_put(struct aws_client *c, const char *name, const json_t *desired,
		     bool with_tags, struct strbuf *err)
{
	static const char *const strings[][2] = {
		{ "namespace", "Namespace" }, { "metric_name", "MetricName" },
		{ "statistic", "Statistic" }, { "extended_statistic", "ExtendedStatistic" },
		{ "unit", "Unit" }, { "comparison_operator", "ComparisonOperator" },
		{ "treat_missing_data", "TreatMissingData" },
	};
	static const char *const numbers[][2] = {
		{ "period", "Period" }, { "evaluation_periods", "EvaluationPeriods" },
		{ "datapoints_to_alarm", "DatapointsToAlarm" }, { "threshold", "Threshold" },
	};
	json_t *p = json_pack("{s:s}", "AlarmName", name);
	const json_t *v;
	const char *s;
	int rc;

	s = value_get_string(desired, "alarm_description");
	if (s && *s)
		json_object_set_new(p, "AlarmDescription", json_string(s));
	for (size_t i = 0; i < sizeof(strings) / sizeof(strings[0]); i++) {
		s = value_get_string(desired, strings[i][0]);
		if (s && *s)
			json_object_set_new(p, strings[i][1], json_string(s));
	}
	for (size_t i = 0; i < sizeof(numbers) / sizeof(numbers[0]); i++) {
		v = value_get(desired, numbers[i][0]);
		if (json_is_number(v))
			json_object_set(p, numbers[i][1], (json_t *)v);
	}
	v = value_get(desired, "actions_enabled");
	json_object_set_new(p, "ActionsEnabled", json_string(json_is_false(v) ? "false" : "true"));
	aws_query_put_pairs(p, "Dimensions.member", "Name", "Value",
			    value_get(desired, "dimensions"));
	put_list(p, "AlarmActions", value_get(desired, "alarm_actions"));
	put_list(p, "OKActions", value_get(desired, "ok_actions"));
	put_list(p, "InsufficientDataActions", value_get(desired, "insufficient_data_actions"));
	if (with_tags)
		aws_query_put_pairs(p, "Tags.member", "Key", "Value", value_get(desired, "tags"));
	rc = cw_call(c, "PutMetricAlarm", p, NULL, NULL, err);
	json_decref(p);
	if (rc)
		strbuf_addf(err, " (" ALARM_TYPE " %s)", name);
	return rc ? -1 : 0;
}

/* Put the definition when it differs from `have`, then the tags. */
static int alarm_converge(struct aws_client *c, const char *name, const json_t *have,
			  const json_t *desired, json_t **out, struct strbuf *err)
{
	json_t *want = aws_with_defaults(alarm_attrs, desired);
	const json_t *want_tags = value_get(want, "tags");
	const char *key;
	json_t *v;
	bool differs = false;
	int rc = 0;

	*out = NULL;
	json_object_foreach(want, key, v) {
		if (strcmp(key, "tags") && strcmp(key, "arn") &&
		    !value_equal(v, json_object_get(have, key)))
			differs = true;
	}
	json_object_foreach((json_t *)have, key, v) {
		if (!json_object_get(want, key) && value_is_set(v) && strcmp(key, "arn"))
			differs = true;
	}
	if (differs)
		rc = alarm_put(c, name, want, false, err);
	if (!rc && aws_query_sync_tags(c, &cw_tagging, value_get_string(have, "arn"),
				       value_get(have, "tags"), want_tags, err)) {
		strbuf_addf(err, " (" ALARM_TYPE " %s)", name);
		rc = -1;
	}
	json_decref(want);
	if (rc)
		return -1;
	return aws_read_written(alarm_read, c, name, desired, out, err,
				ALARM_TYPE ": alarm %s was written but DescribeAlarms does not "
				"find it", name);
}

static int alarm_send_create(struct aws_client *c, const json_t *desired,
			     const struct create_call *call, struct aws_sent *sent,
			     struct strbuf *err)
{
	const char *name = value_get_string(desired, "alarm_name");
	json_t *found = NULL;

	(void)call;
	if (!name) {
		strbuf_addstr(err, ALARM_TYPE ": alarm_name has no value to send");
		return -1;
	}
	/* PutMetricAlarm would overwrite an alarm already there: look first. */
	if (alarm_read(c, name, NULL, &found, err))
		return -1;
	if (found) {
		sent->have = found;
		sent->id = xstrdup(name);
		sent->exists = true;
		snprintf(sent->why, sizeof(sent->why),
			 "cloudwatch PutMetricAlarm: the alarm is there already");
		return 0;
	}
	if (alarm_put(c, name, desired, true, err))
		return -1;
	sent->id = xstrdup(name);
	return 0;
}

/* Create and update (the contract, provider/aws/adopt.h): an update converges from a
 * live read. `prior` is not used. */
static const struct aws_native_ops alarm_native = {
	.send_create = alarm_send_create,
	.adopt = { .by = AWS_ADOPT_BY_NAME_AND_TAGS, .noun = "alarm_name",
		   .object = "CloudWatch alarm %s" },
	.converge = alarm_converge,
	.read = alarm_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape = AWS_SHAPE_NONE,
	.made_missing = ALARM_TYPE ": alarm %s was made but DescribeAlarms does not find it",
	.gone = ALARM_TYPE ": alarm %s is gone",
};

AWS_NATIVE_FUNCTIONS(alarm, alarm_native)

static int alarm_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	json_t *p = json_pack("{s:s}", "AlarmNames.member.1", id);
	int rc = cw_call(client, "DeleteAlarms", p, not_found, NULL, err);

	(void)prior;
	json_decref(p);
	return rc < 0 ? -1 : 0;
}

/* A page of DescribeAlarms: its alarms' names into out. */
static int alarm_list_page(void *ctx, xmlNodePtr result, xmlNodePtr first, struct strbuf *err)
{
	(void)result;
	(void)err;
	for (xmlNodePtr m = first; m; m = xml_next_same(m)) {
		char *name = xml_child_text(m, "AlarmName");

		if (name)
			resource_items_add(ctx, name, NULL, 0);
		free(name);
	}
	return 0;
}

/* For sweep: every metric alarm of the region (DescribeAlarms, paged);
 * the tags come from read(). */
static int alarm_list(void *client, const struct resource_query *q, struct resource_items *out,
		      struct strbuf *err)
{
	json_t *p = json_pack("{s:s}", "AlarmTypes.member.1", "MetricAlarm");
	int rc = aws_query_paged(client, &aws_service_cloudwatch, "DescribeAlarms", p,
				 NULL, 0, alarm_list_page, out, err);

	(void)q;
	json_decref(p);
	return rc ? -1 : 0;
}

const struct resource_type aws_cloudwatch_metric_alarm_type = {
	.name = ALARM_TYPE,
	.description = "a CloudWatch alarm on one metric with its threshold, actions and tags",
	.attrs = alarm_attrs,
	.terraform_type = "aws_cloudwatch_metric_alarm",
	.terraform_attrs = "alarm_name alarm_description namespace metric_name dimensions "
			   "statistic extended_statistic unit period evaluation_periods "
			   "datapoints_to_alarm threshold comparison_operator treat_missing_data "
			   "actions_enabled alarm_actions ok_actions insufficient_data_actions "
			   "tags arn",
	.read = alarm_read,
	.create = alarm_create,
	.update = alarm_update,
	.native = &alarm_native,
	.delete = alarm_delete,
	.import_id = "its name",
	.id_attr = "alarm_name",
	.list = alarm_list,
	.list_rank = 6,
};
