/*
 * glue/trigger.c: the resource type aws.glue.trigger, a Glue trigger that
 * starts jobs or crawlers on a schedule, on conditions, or on demand
 * (glue/api.h for Glue's call, ARNs and tags). Identified by its name.
 *
 * A trigger's Type is the attribute trigger_type: `type` is the key that
 * names a resource's type in a stack. Triggers move through transient
 * states (CREATING, ACTIVATING, UPDATING, DELETING): writes wait, bounded,
 * until the trigger settles or is gone. An action's timeout that the stack
 * leaves unset is Glue's to choose and is reported unset.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/glue/api.h"
#include "provider/aws/listing.h"
#include "provider/aws/run/api.h"
#include "provider/aws/resources.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

static const char *const not_found[] = { "EntityNotFoundException", NULL };

#define TRIGGER_TYPE "aws.glue.trigger"

static const struct attr_schema trigger_condition_attrs[] = {
	{ .name = "logical_operator", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "EQUALS", .default_json = "\"EQUALS\"" },
	{ .name = "job_name", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the job whose run state is watched (with state)" },
	{ .name = "state", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "SUCCEEDED, FAILED, TIMEOUT, STOPPED, ..." },
	{ .name = "crawler_name", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the crawler whose crawl state is watched (with crawl_state)" },
	{ .name = "crawl_state", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "SUCCEEDED, FAILED, CANCELLED, ..." },
	{ .name = NULL },
};

static const struct attr_schema trigger_predicate_attrs[] = {
	{ .name = "logical", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "AND (every condition) or ANY", .default_json = "\"AND\"" },
	{ .name = "conditions", .type = ATTR_OBJECT_LIST, .flags = ATTR_REQUIRED,
	  .description = "the conditions", .nested = trigger_condition_attrs },
	{ .name = NULL },
};

static const struct attr_schema trigger_action_attrs[] = {
	{ .name = "job_name", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the job to start (or crawler_name)" },
	{ .name = "crawler_name", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the crawler to start (or job_name)" },
	{ .name = "arguments", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "arguments for the job run", .default_json = "{}" },
	{ .name = "timeout", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "minutes, overriding the job's timeout; when unset, Glue's choice" },
	{ .name = NULL },
};

static const struct attr_schema trigger_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "trigger name" },
	{ .name = "trigger_type", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "SCHEDULED, CONDITIONAL or ON_DEMAND" },
	{ .name = "schedule", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "cron expression of a SCHEDULED trigger, like \"cron(0 2 * * ? *)\"" },
	{ .name = "predicate", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL,
	  .description = "when a CONDITIONAL trigger fires: logical, conditions",
	  .nested = trigger_predicate_attrs },
	{ .name = "actions", .type = ATTR_OBJECT_LIST, .flags = ATTR_REQUIRED,
	  .description = "what the trigger starts: job_name or crawler_name, arguments, timeout",
	  .nested = trigger_action_attrs },
	{ .name = "enabled", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "whether a SCHEDULED or CONDITIONAL trigger is active (when unset: "
			 "started on creation, then left as it is); ON_DEMAND triggers have "
			 "no such state: leave it unset" },
	{ .name = "description", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "description", .default_json = "\"\"" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "trigger tags", .default_json = "{}" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "ARN of the trigger" },
	{ .name = NULL },
};

static json_t *trigger_predicate_input(const json_t *predicate)
{
	json_t *conditions = json_array();
	size_t i;
	json_t *cond;

	json_array_foreach(value_get(predicate, "conditions"), i, cond) {
		json_t *c = json_object();

		glue_set_if(c, "LogicalOperator", value_get(cond, "logical_operator"));
		glue_set_if(c, "JobName", value_get(cond, "job_name"));
		glue_set_if(c, "State", value_get(cond, "state"));
		glue_set_if(c, "CrawlerName", value_get(cond, "crawler_name"));
		glue_set_if(c, "CrawlState", value_get(cond, "crawl_state"));
		json_array_append_new(conditions, c);
	}
	return json_pack("{s:o, s:o}", "Logical", glue_string_or(predicate, "logical", "AND"),
			 "Conditions", conditions);
}

static json_t *trigger_actions_input(const json_t *actions)
{
	json_t *list = json_array();
	size_t i;
	json_t *action;

	json_array_foreach(actions, i, action) {
		json_t *a = json_object();

		glue_set_if(a, "JobName", value_get(action, "job_name"));
		glue_set_if(a, "CrawlerName", value_get(action, "crawler_name"));
		glue_set_if_nonempty(a, "Arguments", value_get(action, "arguments"));
		if (value_is_set(value_get(action, "timeout")))
			json_object_set_new(a, "Timeout", glue_whole(value_get(action, "timeout")));
		json_array_append_new(list, a);
	}
	return list;
}

/* The definition CreateTrigger takes and UpdateTrigger's TriggerUpdate
 * carries (which overwrites the whole previous definition). */
static json_t *trigger_definition(const json_t *desired)
{
	json_t *def = json_object();

	if (glue_str_is(value_get_string(desired, "trigger_type"), "SCHEDULED"))
		glue_set_if(def, "Schedule", value_get(desired, "schedule"));
	if (value_is_set(value_get(desired, "predicate")))
		json_object_set_new(def, "Predicate",
				    trigger_predicate_input(value_get(desired, "predicate")));
	json_object_set_new(def, "Actions", trigger_actions_input(value_get(desired, "actions")));
	glue_set_if_nonempty(def, "Description", value_get(desired, "description"));
	return def;
}

static json_t *trigger_enabled_of(const char *type, const char *state)
{
	if (!type || !state || glue_str_is(type, "ON_DEMAND"))
		return json_null();
	return json_boolean(glue_str_is(state, "ACTIVATED") || glue_str_is(state, "ACTIVATING"));
}

/* GetTrigger: 0 with *trigger (new reference) set, or NULL when gone. */
static int get_trigger(struct aws_client *c, const char *name, json_t **trigger,
		       struct strbuf *err)
{
	json_t *input = json_pack("{s:s}", "Name", name);
	json_t *body;
	int rc = glue_call(c, "GetTrigger", input, not_found, &body, NULL, NULL, err);

	json_decref(input);
	*trigger = NULL;
	if (rc == 0)
		*trigger = json_incref(value_get(body, "Trigger"));
	json_decref(body);
	return rc < 0 ? -1 : 0;
}

static const char *const trigger_resting[] = { "CREATED", "ACTIVATED", "DEACTIVATED", NULL };

/* A Glue trigger settling after a change. */
static const struct aws_poll trigger_poll = { .timeout_s = 300.0, .interval_s = 2.0 };

/* A trigger rests (CREATED, ACTIVATED, DEACTIVATED) after its create or a
 * change, while CREATING, ACTIVATING, DEACTIVATING, UPDATING or DELETING
 * move; just created, it may not be visible to reads yet. */
const struct aws_waiter trigger_settled = {
	.what = "glue trigger %s to settle", .service = &aws_service_glue,
	.operation = "GetTrigger", .id_param = "Name", .status_path = "Trigger/State",
	.done = trigger_resting,
	.gone = not_found, .gone_is_again = true, .poll = &trigger_poll,
};
const struct aws_waiter trigger_gone = {
	.what = "glue trigger %s to be deleted", .service = &aws_service_glue,
	.operation = "GetTrigger", .id_param = "Name", .status_path = "Trigger/State",
	.gone = not_found,
	.gone_is_done = true, .poll = &trigger_poll,
};

/* Run row on trigger `name`, its message saying which wait it is: "glue
 * trigger NAME to settle after UpdateTrigger". */
static int wait_trigger(struct aws_client *c, const char *name, const struct aws_waiter *row,
			const char *what_kind, struct strbuf *err)
{
	struct aws_waiter w = *row;
	char *what = xasprintf("glue trigger %%s %s", what_kind);
	int rc;

	w.what = what;
	rc = aws_waiter_run(c, &w, name, err);
	free(what);
	return rc;
}

/* Trigger `trigger` as GetTrigger and GetTriggers give it, as attributes,
 * with its tags read: for read() and for the listing alike. */
static int trigger_attrs_of(struct aws_client *c, const char *name, const json_t *trigger,
			    const json_t *prior, json_t **out, struct strbuf *err)
{
	const json_t *predicate, *prior_actions = value_get(prior, "actions");
	json_t *o, *actions = json_array();
	size_t i;
	json_t *a;

	*out = NULL;
	o = json_object();
	json_object_set_new(o, "name", glue_string_or(trigger, "Name", name));
	json_object_set_new(o, "trigger_type", glue_string_or(trigger, "Type", NULL));
	json_object_set_new(o, "schedule", glue_string_or(trigger, "Schedule", NULL));
	predicate = value_get(trigger, "Predicate");
	if (json_array_size(value_get(predicate, "Conditions"))) {
		json_t *conditions = json_array();
		json_t *cond;

		json_array_foreach(value_get(predicate, "Conditions"), i, cond) {
			json_t *c2 = json_object();

			json_object_set_new(c2, "logical_operator",
					    glue_string_or(cond, "LogicalOperator", "EQUALS"));
			if (json_is_string(value_get(cond, "JobName")))
				json_object_set(c2, "job_name", value_get(cond, "JobName"));
			if (json_is_string(value_get(cond, "State")))
				json_object_set(c2, "state", value_get(cond, "State"));
			if (json_is_string(value_get(cond, "CrawlerName")))
				json_object_set(c2, "crawler_name", value_get(cond, "CrawlerName"));
			if (json_is_string(value_get(cond, "CrawlState")))
				json_object_set(c2, "crawl_state", value_get(cond, "CrawlState"));
			json_array_append_new(conditions, c2);
		}
		json_object_set_new(o, "predicate",
				    json_pack("{s:o, s:o}", "logical",
					      glue_string_or(predicate, "Logical", "AND"),
					      "conditions", conditions));
	} else {
		json_object_set_new(o, "predicate", json_null());
	}
	json_array_foreach(value_get(trigger, "Actions"), i, a) {
		json_t *act = json_object();

		if (json_is_string(value_get(a, "JobName")))
			json_object_set(act, "job_name", value_get(a, "JobName"));
		if (json_is_string(value_get(a, "CrawlerName")))
			json_object_set(act, "crawler_name", value_get(a, "CrawlerName"));
		json_object_set_new(act, "arguments", glue_object_or_empty(a, "Arguments"));
		if (json_is_number(value_get(a, "Timeout")))
			json_object_set(act, "timeout", value_get(a, "Timeout"));
		if (json_is_array(prior_actions) &&
		    !value_is_set(value_get(json_array_get(prior_actions, i), "timeout")))
			json_object_del(act, "timeout");
		json_array_append_new(actions, act);
	}
	json_object_set_new(o, "actions", actions);
	json_object_set_new(o, "enabled", trigger_enabled_of(value_get_string(trigger, "Type"),
							     value_get_string(trigger, "State")));
	json_object_set_new(o, "description", glue_string_or(trigger, "Description", ""));
	if (glue_read_arn_and_tags(c, "trigger", name, prior, o, err)) {
		json_decref(o);
		return -1;
	}
	*out = o;
	return 0;
}

static int trigger_read(void *client, const char *name, const json_t *prior, json_t **out,
			struct strbuf *err)
{
	json_t *trigger;
	int rc;

	*out = NULL;
	if (get_trigger(client, name, &trigger, err))
		return -1;
	if (!trigger)
		return 0;
	rc = trigger_attrs_of(client, name, trigger, prior, out, err);
	json_decref(trigger);
	return rc;
}

static int trigger_simple_call(struct aws_client *c, const char *op, const char *name,
			       struct strbuf *err)
{
	json_t *input = json_pack("{s:s}", "Name", name);
	int rc = glue_call(c, op, input, NULL, NULL, NULL, NULL, err);

	json_decref(input);
	return rc ? -1 : 0;
}

static const char *const trigger_skip_attrs[] = { "tags", "enabled", NULL };

/* The converge (the contract, provider/aws/adopt.h): from `have` (the trigger as read()
 * gives it) to `desired`, then read back. */
static int trigger_converge(struct aws_client *c, const char *name, const json_t *have,
			    const json_t *desired, json_t **out, struct strbuf *err)
{
	const json_t *want = value_get(desired, "enabled");

	*out = NULL;
	if (glue_definition_differs(trigger_attrs, have, desired, trigger_skip_attrs)) {
		json_t *input = json_pack("{s:s, s:o}", "Name", name, "TriggerUpdate",
					  trigger_definition(desired));
		int rc = glue_call(c, "UpdateTrigger", input, NULL, NULL, NULL, NULL, err);

		json_decref(input);
		if (rc || wait_trigger(c, name, &trigger_settled, "to settle after UpdateTrigger", err))
			return -1;
	}
	if (json_is_boolean(want) && !value_equal(want, value_get(have, "enabled"))) {
		const char *op = json_is_true(want) ? "StartTrigger" : "StopTrigger";

		if (trigger_simple_call(c, op, name, err) ||
		    wait_trigger(c, name, &trigger_settled, json_is_true(want) ? "to activate"
									       : "to deactivate", err))
			return -1;
	}
	if (glue_sync_tags(c, "trigger", name, have, desired, err))
		return -1;
	return aws_read_written(trigger_read, c, name, desired, out, err,
				TRIGGER_TYPE ": trigger %s was written but GetTrigger "
				"does not find it", name);
}

/* An existing trigger of another type cannot be adopted: the type is fixed. */
static int trigger_refuse(const json_t *found, const json_t *desired, struct strbuf *err)
{
	const char *existing = value_get_string(found, "trigger_type");
	const char *type = value_get_string(desired, "trigger_type");

	if (glue_str_is(existing, type))
		return 0;
	strbuf_addf(err, TRIGGER_TYPE ": trigger %s already exists with type %s, not %s: delete "
		    "it or choose another name", value_get_string(desired, "name"),
		    existing ? existing : "(none)", type);
	return -1;
}

/* A trigger adopted takes changes once it has settled. */
static int trigger_settle(struct aws_client *c, const char *name, struct strbuf *err)
{
	return wait_trigger(c, name, &trigger_settled, "to settle", err);
}

static int trigger_send_create(struct aws_client *c, const json_t *desired,
			       const struct create_call *call, struct aws_sent *sent,
			       struct strbuf *err)
{
	const char *name = value_get_string(desired, "name");
	const char *type = value_get_string(desired, "trigger_type");
	const json_t *enabled = value_get(desired, "enabled");
	json_t *input;

	(void)call;
	if (!name || !type) {
		strbuf_addstr(err, TRIGGER_TYPE ": name or trigger_type has no value to send");
		return -1;
	}
	input = trigger_definition(desired);
	json_object_set_new(input, "Name", json_string(name));
	json_object_set_new(input, "Type", json_string(type));
	if (!glue_str_is(type, "ON_DEMAND"))
		json_object_set_new(input, "StartOnCreation", json_boolean(!json_is_false(enabled)));
	if (glue_send_create(c, "CreateTrigger", input, desired, sent, err))
		return -1;
	if (!sent->exists)
		return wait_trigger(c, name, &trigger_settled, "to be created", err);
	return 0;
}

/*
 * Create and update (the contract, provider/aws/adopt.h): an update converges from a
 * live read (GetTrigger as the trigger is now, shaped by desired as read()
 * shapes what it reports, the calls for what differs, then read back).
 * `prior` is not used (neither exception: no write-only attribute, the
 * name addresses it).
 */
static const struct aws_native_ops trigger_native = {
	.send_create = trigger_send_create,
	.adopt = { .by = AWS_ADOPT_BY_NAME_AND_TAGS, .noun = "name",
		   .object = TRIGGER_TYPE ": a trigger named %s", .refuse = trigger_refuse,
		   .settle = trigger_settle },
	.converge = trigger_converge,
	.read = trigger_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape = AWS_SHAPE_DESIRED,
	.made_missing = TRIGGER_TYPE ": trigger %s was written but GetTrigger does not find it",
	.gone = TRIGGER_TYPE ": trigger %s is in the state but GetTrigger does not find it",
};

AWS_NATIVE_FUNCTIONS(trigger, trigger_native)

static int trigger_delete(void *client, const char *id, const json_t *prior,
			  struct strbuf *err)
{
	json_t *input = json_pack("{s:s}", "Name", id);
	int rc;

	(void)prior;
	rc = glue_call(client, "DeleteTrigger", input, not_found, NULL, NULL, NULL, err);
	json_decref(input);
	if (rc < 0)
		return -1;
	return wait_trigger(client, id, &trigger_gone, "to be deleted", err);
}

/* For sweep (listing.h). */
static const struct aws_json_listing trigger_listing = {
	&aws_service_glue, "GetTriggers", NULL, "Name", NULL, NULL, NULL,
};

static int trigger_list(void *client, const struct resource_query *q,
			struct resource_items *out, struct strbuf *err)
{
	return aws_list_json(client, &trigger_listing, q, out, err);
}

/* Refresh by listing (provider.h read_many): GetTriggers gives each trigger
 * as GetTrigger does; the tags still take one GetTags each. */
static const char *const trigger_needs[] = { "Type", NULL };
static const struct aws_json_listing trigger_pages = {
	&aws_service_glue, "GetTriggers", "{\"MaxResults\": 200}", "Name", NULL, NULL, NULL,
	trigger_needs,
};

static int trigger_read_many(void *client, size_t n, const char *const *ids,
			     const json_t *const *priors, size_t max_pages, json_t **out,
			     struct strbuf *err)
{
	return aws_json_read_many(client, &trigger_pages, n, ids, priors, max_pages, out,
				  trigger_attrs_of, err);
}


const struct resource_type aws_glue_trigger_type = {
	.name = "aws.glue.trigger",
	.description = "a Glue trigger: starts jobs or crawlers on a schedule, on conditions, "
		       "or on demand",
	.attrs = trigger_attrs,
	.terraform_type = "aws_glue_trigger",
	.terraform_attrs = "name description trigger_type=type schedule enabled tags arn",
	.read = trigger_read,
	.create = trigger_create,
	.update = trigger_update,
	.native = &trigger_native,
	.delete = trigger_delete,
	.import_id = "its name",
	.id_attr = "name",
	.list = trigger_list,
	.list_rank = 0,
	.read_many = trigger_read_many,
	.run = &aws_glue_trigger_runner,
};

/* ======================= aws.glue.crawler ======================= */
