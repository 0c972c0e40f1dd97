/*
 * events/rule.c: the aws.events.rule resource type — an EventBridge rule (a
 * schedule or an event pattern on an event bus) with its tags and its
 * targets. The id is "BUS/NAME" (rule names never contain '/', partner bus
 * names may, so the id splits at the last one).
 *
 * EventBridge speaks the json protocol (its target prefix, JSON version and
 * signing name are services.def's row). PutRule creates or replaces a rule, so its create
 * asks first and refuses a rule that exists unless an interrupted apply may
 * have made it (the contract, adopt.h). Targets are managed with PutTargets / RemoveTargets; a rule
 * cannot be deleted while it has targets, so delete() removes them first.
 *
 * Shapes (what read() returns and create()/update() store):
 *   name, event_bus_name, state, arn      strings
 *   schedule_expression, description, role_arn   strings, left out when unset
 *   event_pattern                         the parsed pattern, left out when unset
 *   tags                                  {"k": "v"}  ({} when none)
 *   targets                               [{id, arn[, role_arn][, input]
 *                                           [, ecs_parameters (ecs/api.h)]}], in
 *                                         the order of the prior state, new ones
 *                                         after them
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/ecs/api.h"
#include "provider/aws/events/api.h"
#include "provider/aws/iam/api.h"
#include "provider/aws/listing.h"
#include "provider/aws/run/api.h"
#include "provider/aws/resources.h"
#include "provider/aws/tags.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define PUT_TARGETS_MAX 10      /* PutTargets takes at most 10 targets a call */
#define REMOVE_TARGETS_MAX 100  /* RemoveTargets takes at most 100 ids a call */

static const struct aws_json_tagging events_tagging = {
	.service = &aws_service_events, .arn_param = "ResourceARN",
	.list_op = "ListTagsForResource", .list_member = "Tags", .add_member = "Tags",
	.remove_member = "TagKeys", .key = "Key", .value = "Value",
};

/* BatchParameters of a target that is a Batch job queue (added after the
 * type shipped: optional and computed, read only when the target has it). */
static const struct attr_schema batch_parameters_attrs[] = {
	{ .name = "job_definition", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the job definition's ARN or name: ${dbt.arn} (the revision) or "
			 "${dbt.arn_prefix} (the latest)" },
	{ .name = "job_name", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the name of the jobs the rule submits" },
	{ .name = "array_size", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "an array job of this many children, 2 to 10000; unset: one job" },
	{ .name = "job_attempts", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "tries of a failed job, 1 to 10; unset: the job definition's" },
	{ .name = NULL },
};

/* SqsParameters of a target that is an SQS queue (added after the type
 * shipped: optional and computed, read only when the target has it). */
static const struct attr_schema sqs_parameters_attrs[] = {
	{ .name = "message_group_id", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the message group of the messages the rule sends (a FIFO queue needs "
			 "it)" },
	{ .name = NULL },
};

static const struct attr_schema target_attrs[] = {
	{ .name = "id", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "target id, unique in the rule" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "ARN of what the rule invokes (a state machine, a Lambda function, ...)" },
	{ .name = "role_arn", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "IAM role EventBridge uses to invoke the target (needed for Step Functions): ${role.arn} (a role name works too)" },
	{ .name = "input", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "JSON text passed to the target instead of the matched event" },
	{ .name = "batch_parameters", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "a Batch job queue target (arn: the queue's ARN): job_definition, "
			 "job_name, array_size, job_attempts", .nested = batch_parameters_attrs },
	EVENTS_TARGET_ECS_PARAMETERS_ATTR,
	EVENTS_TARGET_SQS_PARAMETERS_ATTR(sqs_parameters_attrs),
	{ .name = NULL },
};

static const struct attr_schema rule_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "rule name, unique on its event bus" },
	{ .name = "event_bus_name", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "event bus name or ARN", .default_json = "\"default\"" },
	{ .name = "schedule_expression", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "cron(...) or rate(...); set this or event_pattern" },
	{ .name = "event_pattern", .type = ATTR_JSON, .flags = ATTR_OPTIONAL,
	  .description = "event pattern document; set this or schedule_expression" },
	{ .name = "state", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "ENABLED, DISABLED or ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS",
	  .default_json = "\"ENABLED\"" },
	{ .name = "description", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "what the rule is for" },
	{ .name = "role_arn", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "IAM role for targets that need one of the rule: ${role.arn} (a role name works too)" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "rule tags", .default_json = "{}" },
	{ .name = "targets", .type = ATTR_OBJECT_LIST, .flags = ATTR_OPTIONAL,
	  .description = "what the rule invokes (at most 5)", .nested = target_attrs,
	  .default_json = "[]" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "rule ARN" },
	{ .name = NULL },
};

static const char *const not_found[] = { "ResourceNotFoundException", NULL };

static void set_string(json_t *o, const char *key, const char *value)
{
	if (value && *value)
		json_object_set_new(o, key, json_string(value));
}

/*
 * Call an EventBridge operation. Returns 0 on success (*out, when asked for,
 * holds the response), 1 when AWS answered with one of `codes` (err
 * untouched), -1 with a message in err.
 */
static int events_call(struct aws_client *c, const char *operation, const json_t *input,
		       const char *const *codes, json_t **out, struct strbuf *err)
{
	return aws_json_call_codes(c, &aws_service_events,
				   operation, input, codes, out, NULL, NULL, err);
}

/* PutTargets and RemoveTargets answer 200 and list the entries they refused. */
static int check_failed_entries(const char *operation, const json_t *out, struct strbuf *err)
{
	const json_t *failed = value_get(out, "FailedEntries");
	size_t i;
	json_t *f;

	if (!json_is_integer(value_get(out, "FailedEntryCount")) ||
	    json_integer_value(value_get(out, "FailedEntryCount")) == 0)
		return 0;
	strbuf_addf(err, "events %s: %" JSON_INTEGER_FORMAT " target(s) refused", operation,
		    json_integer_value(value_get(out, "FailedEntryCount")));
	json_array_foreach(failed, i, f)
		strbuf_addf(err, "%s target %s: %s: %s", i ? ";" : ":",
			    value_get_string_or(f, "TargetId", "?"),
			    value_get_string_or(f, "ErrorCode", "error"),
			    value_get_string_or(f, "ErrorMessage", ""));
	return -1;
}

/* ---- shapes ---- */

/* "BUS/NAME" to its parts (a bare name is on the default bus). */
static void split_id(const char *id, char **bus, char **name)
{
	const char *slash = strrchr(id, '/');

	*bus = slash ? xstrndup(id, (size_t)(slash - id)) : xstrdup("default");
	*name = xstrdup(slash ? slash + 1 : id);
}

/* desired's role_arn (a role's ARN or name) as the ARN the API takes, into
 * api's RoleArn; nothing when unset. */
static int set_role_arn(struct aws_client *c, json_t *api, const json_t *desired,
			struct strbuf *err)
{
	const char *role = value_get_string(desired, "role_arn");
	char *arn = NULL;

	if (!role)
		return 0;
	if (iam_role_arn(c, role, &arn, err))
		return -1;
	set_string(api, "RoleArn", arn);
	free(arn);
	return 0;
}

/* A role_arn read back, spelled as `written` has it when it names the same
 * role; so are its targets', by id. */
static void keep_roles_written(json_t *o, const json_t *written)
{
	size_t i;
	json_t *t;

	iam_role_keep_written(o, "role_arn", written);
	json_array_foreach(value_get(o, "targets"), i, t) {
		const json_t *w = NULL;
		size_t k;
		json_t *wt;

		json_array_foreach(value_get(written, "targets"), k, wt)
			if (value_get_string(wt, "id") && value_get_string(t, "id") &&
			    !strcmp(value_get_string(wt, "id"), value_get_string(t, "id")))
				w = wt;
		iam_role_keep_written(t, "role_arn", w);
	}
}

static json_t *target_to_api(struct aws_client *c, const json_t *t, struct strbuf *err)
{
	json_t *api = json_object();
	const json_t *batch;

	set_string(api, "Id", value_get_string(t, "id"));
	set_string(api, "Arn", value_get_string(t, "arn"));
	if (set_role_arn(c, api, t, err)) {
		json_decref(api);
		return NULL;
	}
	set_string(api, "Input", value_get_string(t, "input"));
	batch = value_get(t, "batch_parameters");
	if (json_is_object(batch)) {
		json_t *b = json_object();

		set_string(b, "JobDefinition", value_get_string(batch, "job_definition"));
		set_string(b, "JobName", value_get_string(batch, "job_name"));
		if (json_is_number(value_get(batch, "array_size")))
			json_object_set_new(b, "ArrayProperties", json_pack("{s:I}", "Size",
				(json_int_t)value_get_integer(batch, "array_size", 0)));
		if (json_is_number(value_get(batch, "job_attempts")))
			json_object_set_new(b, "RetryStrategy", json_pack("{s:I}", "Attempts",
				(json_int_t)value_get_integer(batch, "job_attempts", 0)));
		json_object_set_new(api, "BatchParameters", b);
	}
	events_target_parameters_to_api(api, t);
	return api;
}

static json_t *target_from_api(const json_t *api)
{
	json_t *t = json_object();
	const json_t *batch;

	set_string(t, "id", value_get_string(api, "Id"));
	set_string(t, "arn", value_get_string(api, "Arn"));
	set_string(t, "role_arn", value_get_string(api, "RoleArn"));
	set_string(t, "input", value_get_string(api, "Input"));
	batch = value_get(api, "BatchParameters");
	if (json_is_object(batch)) {
		json_t *b = json_object();
		const json_t *size = value_get(value_get(batch, "ArrayProperties"), "Size");
		const json_t *tries = value_get(value_get(batch, "RetryStrategy"), "Attempts");

		set_string(b, "job_definition", value_get_string(batch, "JobDefinition"));
		set_string(b, "job_name", value_get_string(batch, "JobName"));
		if (json_is_number(size))
			json_object_set_new(b, "array_size",
					    json_integer((json_int_t)json_number_value(size)));
		if (json_is_number(tries))
			json_object_set_new(b, "job_attempts",
					    json_integer((json_int_t)json_number_value(tries)));
		json_object_set_new(t, "batch_parameters", b);
	}
	events_target_parameters_from_api(t, api);
	return t;
}

static const json_t *find_target(const json_t *targets, const char *id)
{
	size_t i;
	json_t *t;

	json_array_foreach(targets, i, t)
		if (value_get_string(t, "id") && id && !strcmp(value_get_string(t, "id"), id))
			return t;
	return NULL;
}

/* The targets in the order of `order` (by id), then the others as listed. */
static json_t *targets_ordered(const json_t *targets, const json_t *order)
{
	json_t *out = json_array();
	size_t i;
	json_t *t;

	json_array_foreach(order, i, t) {
		const json_t *found = find_target(targets, value_get_string(t, "id"));

		if (found && !find_target(out, value_get_string(t, "id")))
			json_array_append(out, (json_t *)found);
	}
	json_array_foreach(targets, i, t)
		if (!find_target(out, value_get_string(t, "id")))
			json_array_append(out, t);
	return out;
}

/* The PutRule input for desired; tags only when creating (PutRule leaves an
 * existing rule's tags alone). */
static json_t *put_rule_input(struct aws_client *c, const json_t *desired, const char *bus,
			      const char *name, bool with_tags, struct strbuf *err)
{
	json_t *in = json_object();
	const json_t *pattern = value_get(desired, "event_pattern");
	const char *state = value_get_string(desired, "state");

	json_object_set_new(in, "Name", json_string(name));
	json_object_set_new(in, "EventBusName", json_string(bus));
	set_string(in, "ScheduleExpression", value_get_string(desired, "schedule_expression"));
	if (!json_is_null(pattern)) {
		char *text = json_is_string(pattern) ? xstrdup(json_string_value(pattern))
						     : json_dumps(pattern, JSON_COMPACT);

		if (!text) {
			strbuf_addstr(err, "aws.events.rule: event_pattern cannot be written as JSON");
			json_decref(in);
			return NULL;
		}
		json_object_set_new(in, "EventPattern", json_string(text));
		free(text);
	}
	set_string(in, "State", state && *state ? state : "ENABLED");
	set_string(in, "Description", value_get_string(desired, "description"));
	if (set_role_arn(c, in, desired, err)) {
		json_decref(in);
		return NULL;
	}
	if (with_tags && json_object_size(value_get(desired, "tags")))
		json_object_set_new(in, "Tags",
				    aws_tag_list(value_get(desired, "tags"), "Key", "Value"));
	return in;
}

/* ---- read ---- */

/* A page of ListTargetsByRule: its targets appended, as the stack spells them. */
static int targets_page(void *ctx, const json_t *page, const json_t *targets, struct strbuf *err)
{
	json_t *t;
	size_t i;

	(void)page;
	(void)err;
	json_array_foreach(targets, i, t)
		json_array_append_new(ctx, target_from_api(t));
	return 0;
}

static int list_targets(struct aws_client *c, const char *bus, const char *name,
			json_t **targets, struct strbuf *err)
{
	json_t *in = json_pack("{s:s, s:s, s:i}", "Rule", name, "EventBusName", bus, "Limit", 100);
	int rc;

	*targets = json_array();
	rc = aws_json_paged(c, &aws_service_events,
			    "ListTargetsByRule", in, not_found, 0, targets_page, *targets, err);
	json_decref(in);
	if (rc) {
		json_decref(*targets);
		*targets = NULL;
	}
	return rc;
}

/* 0 with *out set, 1 when the rule does not exist, -1 on error. */
static int read_rule(struct aws_client *c, const char *bus, const char *name,
		     const json_t *prior_targets, json_t **out, struct strbuf *err)
{
	json_t *in = json_pack("{s:s, s:s}", "Name", name, "EventBusName", bus);
	json_t *d = NULL, *o, *tags = NULL, *targets = NULL;
	const char *pattern, *arn;
	int rc = events_call(c, "DescribeRule", in, not_found, &d, err);

	json_decref(in);
	if (rc)
		return rc;
	o = json_object();
	arn = value_get_string(d, "Arn");
	json_object_set_new(o, "name", json_string(name));
	json_object_set_new(o, "event_bus_name", json_string(bus));
	set_string(o, "schedule_expression", value_get_string(d, "ScheduleExpression"));
	pattern = value_get_string(d, "EventPattern");
	if (pattern && *pattern) {
		json_t *doc = json_loads(pattern, JSON_DECODE_ANY, NULL);

		json_object_set_new(o, "event_pattern", doc ? doc : json_string(pattern));
	}
	json_object_set_new(o, "state", json_string(value_get_string_or(d, "State", "ENABLED")));
	set_string(o, "description", value_get_string(d, "Description"));
	set_string(o, "role_arn", value_get_string(d, "RoleArn"));
	json_object_set_new(o, "arn", json_string(arn ? arn : ""));
	rc = arn ? aws_json_read_tags(c, &events_tagging, arn, &tags, err) : 0;
	if (rc == 0)
		rc = list_targets(c, bus, name, &targets, err);
	json_decref(d);
	if (rc) {
		json_decref(tags);
		json_decref(o);
		return rc;
	}
	json_object_set_new(o, "tags", tags ? tags : json_object());
	json_object_set_new(o, "targets", targets_ordered(targets, prior_targets));
	json_decref(targets);
	*out = o;
	return 0;
}

static int rule_read(void *client, const char *id, const json_t *prior, json_t **out,
		     struct strbuf *err)
{
	char *bus, *name;
	int rc;

	*out = NULL;
	split_id(id, &bus, &name);
	rc = read_rule(client, bus, name, value_get(prior, "targets"), out, err);
	if (rc == 0 && *out)
		keep_roles_written(*out, prior);
	free(bus);
	free(name);
	return rc < 0 ? -1 : 0;
}

/* ---- write ---- */

static int put_rule(struct aws_client *c, const char *bus, const char *name,
		    const json_t *desired, bool with_tags, char **arn, struct strbuf *err)
{
	json_t *in = put_rule_input(c, desired, bus, name, with_tags, err), *out = NULL;
	int rc;

	if (!in)
		return -1;
	rc = events_call(c, "PutRule", in, NULL, &out, err) ? -1 : 0;
	if (rc == 0 && arn)
		*arn = xstrdup(value_get_string_or(out, "RuleArn", ""));
	json_decref(out);
	json_decref(in);
	return rc;
}

/* RemoveTargets for every id in ids, in chunks. A rule that is gone has none. */
static int remove_targets(struct aws_client *c, const char *bus, const char *name,
			  const json_t *ids, struct strbuf *err)
{
	for (size_t start = 0; start < json_array_size(ids); start += REMOVE_TARGETS_MAX) {
		json_t *chunk = json_array(), *in, *out = NULL;
		int rc;

		for (size_t i = start; i < json_array_size(ids) && i < start + REMOVE_TARGETS_MAX; i++)
			json_array_append(chunk, json_array_get(ids, i));
		in = json_pack("{s:s, s:s, s:o}", "Rule", name, "EventBusName", bus, "Ids", chunk);
		rc = events_call(c, "RemoveTargets", in, not_found, &out, err);
		if (rc == 0)
			rc = check_failed_entries("RemoveTargets", out, err);
		json_decref(in);
		json_decref(out);
		if (rc < 0)
			return -1;
	}
	return 0;
}

/* PutTargets for every target in targets (terrace shapes), in chunks. */
static int put_targets(struct aws_client *c, const char *bus, const char *name,
		       const json_t *targets, struct strbuf *err)
{
	for (size_t start = 0; start < json_array_size(targets); start += PUT_TARGETS_MAX) {
		json_t *chunk = json_array(), *in, *out = NULL;
		int rc;

		for (size_t i = start; i < json_array_size(targets) && i < start + PUT_TARGETS_MAX; i++) {
			json_t *api = target_to_api(c, json_array_get(targets, i), err);

			if (!api) {
				json_decref(chunk);
				return -1;
			}
			json_array_append_new(chunk, api);
		}
		in = json_pack("{s:s, s:s, s:o}", "Rule", name, "EventBusName", bus, "Targets", chunk);
		rc = events_call(c, "PutTargets", in, NULL, &out, err);
		if (rc == 0)
			rc = check_failed_entries("PutTargets", out, err);
		json_decref(in);
		json_decref(out);
		if (rc)
			return -1;
	}
	return 0;
}

/* Remove the targets of current that desired drops, then put the new and changed ones. */
static int sync_targets(struct aws_client *c, const char *bus, const char *name,
			const json_t *current, const json_t *desired, struct strbuf *err)
{
	json_t *gone = json_array(), *put = json_array(), *t;
	size_t i;
	int rc;

	json_array_foreach(current, i, t)
		if (value_get_string(t, "id") && !find_target(desired, value_get_string(t, "id")))
			json_array_append_new(gone, json_string(value_get_string(t, "id")));
	json_array_foreach(desired, i, t)
		if (!value_equal(t, find_target(current, value_get_string(t, "id"))))
			json_array_append(put, t);
	rc = remove_targets(c, bus, name, gone, err);
	if (rc == 0)
		rc = put_targets(c, bus, name, put, err);
	json_decref(gone);
	json_decref(put);
	return rc;
}

/* Bring the rule from `current` (read shape) to `desired`. */
static int apply_changes(struct aws_client *c, const char *bus, const char *name,
			 const char *arn, const json_t *current, const json_t *desired,
			 struct strbuf *err)
{
	static const char *const rule_fields[] = {
		"schedule_expression", "event_pattern", "state", "description", "role_arn", NULL,
	};
	json_t *none = json_array();
	json_t *have_tags = value_get(current, "tags"), *want_tags = value_get(desired, "tags");
	json_t *have = value_get(current, "targets"), *want = value_get(desired, "targets");
	bool rule_changed = false;
	int rc = 0;

	for (size_t i = 0; rule_fields[i]; i++)
		if (attr_changed(current, desired, rule_fields[i]))
			rule_changed = true;
	if (rule_changed)
		rc = put_rule(c, bus, name, desired, false, NULL, err);
	if (!rc)
		rc = aws_json_sync_tags(c, &events_tagging, arn, have_tags, want_tags, err);
	if (!rc)
		rc = sync_targets(c, bus, name, json_is_array(have) ? have : none,
				  json_is_array(want) ? want : none, err);
	json_decref(none);
	return rc;
}

/*
 * Converge from a live read (docs/design.md): from `have`, the rule as read
 * (DescribeRule, its tags and its targets, in desired's order, roles as the
 * stack writes them), PutRule, the tag calls and the target calls for what
 * differs from desired, then the rule is read back. `prior` is not used
 * (neither exception: nothing write-only, the id BUS/NAME addresses the
 * rule and the read gives its ARN).
 */
static int rule_converge(struct aws_client *c, const char *id, const json_t *have,
			 const json_t *desired, json_t **out, struct strbuf *err)
{
	char *bus, *name;
	const char *arn = value_get_string(have, "arn");
	int rc;

	*out = NULL;
	split_id(id, &bus, &name);
	rc = apply_changes(c, bus, name, arn ? arn : "", have, desired, err);
	free(bus);
	free(name);
	if (rc)
		return -1;
	return aws_read_written(rule_read, c, id, desired, out, err,
				"aws.events.rule: rule %s was written but DescribeRule does not "
				"find it", id);
}

/*
 * PutRule creates or replaces a rule, so the send asks first: a rule found
 * is the driver's to weigh (ours only when an earlier run's create may have
 * made it and it carries this stack's tags, which PutRule sets). Otherwise
 * PutRule with the tags, then PutTargets: all of desired.
 */
static int rule_send_create(struct aws_client *c, const json_t *desired,
			    const struct create_call *call, struct aws_sent *sent,
			    struct strbuf *err)
{
	const char *name = value_get_string(desired, "name");
	const char *bus = value_get_string(desired, "event_bus_name");
	json_t *current = NULL, *none = json_array();
	char *arn = NULL;
	int rc;

	(void)call;
	if (!name) {
		strbuf_addstr(err, "aws.events.rule: name has no value to send");
		json_decref(none);
		return -1;
	}
	if (!bus || !*bus)
		bus = "default";
	rc = read_rule(c, bus, name, none, &current, err);
	json_decref(none);
	if (rc < 0)
		return -1;
	sent->id = xasprintf("%s/%s", bus, name);
	if (rc == 0) {
		keep_roles_written(current, desired);
		sent->have = current;
		sent->exists = true;
		snprintf(sent->named, sizeof(sent->named), "%s on event bus %s", name, bus);
		return 0;
	}
	rc = put_rule(c, bus, name, desired, true, &arn, err);
	free(arn);
	if (rc) {
		free(sent->id);
		sent->id = NULL;
		return -1;
	}
	/* From here on the rule exists: its id stays even if its targets fail,
	 * so the core keeps tracking it. */
	return put_targets(c, bus, name, value_get(desired, "targets"), err) ? -1 : 0;
}

/* Create and update (the contract, provider/aws/adopt.h): the update reads
 * with desired as its prior (targets in desired's order). */
static const struct aws_native_ops rule_native = {
	.send_create = rule_send_create,
	.adopt = { .by = AWS_ADOPT_BY_NAME_AND_TAGS, .noun = "name", .object = "rule %s" },
	.converge = rule_converge,
	.read = rule_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape = AWS_SHAPE_DESIRED,
	.made_missing = "aws.events.rule: rule %s was written but DescribeRule does not find it",
	.gone = "aws.events.rule: rule %s is in the state but DescribeRule does not find it",
};

AWS_NATIVE_FUNCTIONS(rule, rule_native)

static int rule_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	struct aws_client *c = client;
	json_t *targets = NULL, *ids = json_array(), *in, *t;
	char *bus, *name;
	size_t i;
	int rc;

	(void)prior;
	split_id(id, &bus, &name);
	rc = list_targets(c, bus, name, &targets, err);
	if (rc == 0) {
		json_array_foreach(targets, i, t)
			json_array_append_new(ids, json_string(value_get_string(t, "id")));
		rc = remove_targets(c, bus, name, ids, err);
	}
	if (rc == 0) {
		in = json_pack("{s:s, s:s}", "Name", name, "EventBusName", bus);
		rc = events_call(c, "DeleteRule", in, not_found, NULL, err);
		json_decref(in);
	}
	json_decref(targets);
	json_decref(ids);
	free(bus);
	free(name);
	return rc < 0 ? -1 : 0;
}

/* ---- plan-time checks ---- */


static int rule_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err)
{
	json_t *targets = value_get(desired, "targets"), *t;
	size_t i;

	(void)prior;
	(void)err;
	json_array_foreach(targets, i, t) {
		/* AWS keeps no empty text: unset is what an empty one reads back as. */
		if (value_get_string(t, "input") && !*value_get_string(t, "input"))
			json_object_del(t, "input");
		if (value_get_string(t, "role_arn") && !*value_get_string(t, "role_arn"))
			json_object_del(t, "role_arn");
	}
	if (value_get_string(desired, "description") && !*value_get_string(desired, "description"))
		json_object_del(desired, "description");
	return 0;
}

/* For sweep (listing.h). */
static const struct aws_nested_listing rule_listing = {
	&aws_service_events, "ListEventBuses", "ListRules", "EventBusName", "/", "default", false,
	NULL, "ManagedBy",
};

static int rule_list(void *client, const struct resource_query *q,
		     struct resource_items *out, struct strbuf *err)
{
	return aws_list_nested(client, &rule_listing, q, out, err);
}


const struct resource_type aws_events_rule_type = {
	.name = "aws.events.rule",
	.description = "an EventBridge rule (a schedule or an event pattern) with its tags and targets",
	.attrs = rule_attrs,
	.terraform_type = "aws_cloudwatch_event_rule",
	.terraform_attrs = "name description event_bus_name event_pattern "
			   "schedule_expression role_arn state tags arn",
	.read = rule_read,
	.create = rule_create,
	.update = rule_update,
	.native = &rule_native,
	.delete = rule_delete,
	.plan_desired = rule_plan_desired,
	.import_id = "BUS/NAME, or NAME for the default bus",
	.list = rule_list,
	.list_rank = 0,
	.run = &aws_events_rule_runner,
};
