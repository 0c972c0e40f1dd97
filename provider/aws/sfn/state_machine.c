/*
 * sfn/state_machine.c: the aws.sfn.state_machine resource type — a Step Functions state
 * machine with its definition, role, type, logging and tags. The id is the
 * state machine's ARN.
 *
 * Step Functions speaks the json protocol (its target prefix, JSON version
 * and signing name "states" are services.def's row).
 *
 * Shapes (what read() returns and create()/update() store); every top-level
 * key is always present:
 *   name, role_arn, state_machine_type, arn   strings
 *   definition                    the parsed definition document
 *   tags                          {"k": "v"}   ({} when none)
 *   logging_configuration         {level, include_execution_data[, log_group_arn]}
 *
 * CreateStateMachine is idempotent for identical input, so a create that
 * finds nothing on its own would adopt a machine someone else made: its
 * send looks the name up first, and the contract's policy refuses an
 * existing machine unless an interrupted apply may have made it and it
 * carries this stack's tags. DeleteStateMachine is asynchronous:
 * delete() waits until the machine is gone.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/iam/api.h"
#include "provider/aws/listing.h"
#include "provider/aws/run/api.h"
#include "provider/aws/resources.h"
#include "provider/aws/tags.h"
#include "provider/aws/transport/transport.h"
#include "provider/aws/sfn/api.h"
#include "provider/provider.h"

static const struct aws_json_tagging sfn_tagging = {
	.service = &aws_service_sfn, .arn_param = "resourceArn", .list_op = "ListTagsForResource",
	.list_member = "tags",
	.add_member = "tags", .remove_member = "tagKeys", .key = "key", .value = "value",
};

static const struct attr_schema logging_attrs[] = {
	{ .name = "level", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "ALL, ERROR, FATAL or OFF", .default_json = "\"OFF\"" },
	{ .name = "include_execution_data", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "log execution input, output and state data", .default_json = "false" },
	{ .name = "log_group_arn", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "CloudWatch Logs log group ARN (ending in \":*\") to log to" },
	{ .name = NULL },
};

static const struct attr_schema state_machine_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "state machine name, unique in the account and region" },
	{ .name = "role_arn", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "IAM role the state machine runs as: ${role.arn} (a role name works too)" },
	{ .name = "definition", .type = ATTR_JSON, .flags = ATTR_REQUIRED,
	  .description = "Amazon States Language document (StartAt, States, ...)" },
	/* "type" in the API; a resource's "type" key names its resource type,
	 * so this is CloudFormation's name for it. */
	{ .name = "state_machine_type", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "STANDARD or EXPRESS", .default_json = "\"STANDARD\"" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "state machine tags", .default_json = "{}" },
	{ .name = "logging_configuration", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL,
	  .description = "execution history logging to CloudWatch Logs", .nested = logging_attrs,
	  .default_json = "{\"level\": \"OFF\", \"include_execution_data\": false}" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "state machine ARN (the id)" },
	{ .name = NULL },
};

static const char *const not_found[] = { "StateMachineDoesNotExist", NULL };

/* ---- shapes ---- */

static json_t *logging_to_api(const json_t *logging)
{
	const char *level = value_get_string(logging, "level");
	const char *group = value_get_string(logging, "log_group_arn");
	json_t *api = json_pack("{s:s, s:b}", "level", level ? level : "OFF",
				"includeExecutionData",
				json_is_true(value_get(logging, "include_execution_data")));

	if (group && *group)
		json_object_set_new(api, "destinations",
				    json_pack("[{s:{s:s}}]", "cloudWatchLogsLogGroup",
					      "logGroupArn", group));
	return api;
}

static json_t *logging_from_api(const json_t *api)
{
	const char *level = value_get_string(api, "level");
	json_t *dest = json_array_get(value_get(api, "destinations"), 0);
	const char *group = value_get_string(value_get(dest, "cloudWatchLogsLogGroup"), "logGroupArn");
	json_t *logging = json_pack("{s:s, s:b}", "level", level ? level : "OFF",
				    "include_execution_data",
				    json_is_true(value_get(api, "includeExecutionData")));

	if (group && *group)
		json_object_set_new(logging, "log_group_arn", json_string(group));
	return logging;
}

/* The definition as AWS stores it: JSON text, indented for the console. */
static char *definition_text(const json_t *definition, struct strbuf *err)
{
	char *text;

	if (json_is_string(definition))
		return xstrdup(json_string_value(definition));
	text = json_dumps(definition, JSON_INDENT(2) | JSON_ENCODE_ANY);
	if (!text)
		strbuf_addstr(err, "aws.sfn.state_machine: definition cannot be written as JSON");
	return text;
}

/* ---- read ---- */

/* 0 with *out set, 1 when the machine does not exist (or is being deleted). */
static int read_machine(struct aws_client *c, const char *arn, json_t **out, struct strbuf *err)
{
	static const char *const gone[] = { "StateMachineDoesNotExist", "InvalidArn", NULL };
	json_t *in = json_pack("{s:s}", "stateMachineArn", arn);
	json_t *d = NULL, *o, *definition, *tags = NULL;
	const char *text, *status;
	int rc = sfn_call(c, "DescribeStateMachine", in, gone, &d, NULL, err);

	json_decref(in);
	if (rc)
		return rc;
	status = value_get_string(d, "status");
	if (status && !strcmp(status, "DELETING")) {
		json_decref(d);
		return 1;
	}
	text = value_get_string(d, "definition");
	definition = text ? json_loads(text, JSON_DECODE_ANY, NULL) : NULL;
	if (!definition)
		definition = text ? json_string(text) : json_null();
	o = json_object();
	json_object_set(o, "name", value_get(d, "name"));
	json_object_set(o, "role_arn", value_get(d, "roleArn"));
	json_object_set_new(o, "definition", definition);
	json_object_set_new(o, "state_machine_type",
			    json_string(value_get_string_or(d, "type", "STANDARD")));
	json_object_set_new(o, "logging_configuration",
			    logging_from_api(value_get(d, "loggingConfiguration")));
	json_object_set_new(o, "arn", json_string(value_get_string_or(d, "stateMachineArn", arn)));
	json_decref(d);
	if (aws_json_read_tags(c, &sfn_tagging, arn, &tags, err)) {
		json_decref(o);
		return -1;
	}
	json_object_set_new(o, "tags", tags);
	*out = o;
	return 0;
}

static int machine_read(void *client, const char *id, const json_t *prior, json_t **out,
			struct strbuf *err)
{
	*out = NULL;
	if (read_machine(client, id, out, err) < 0)
		return -1;
	if (*out)
		iam_role_keep_written(*out, "role_arn", prior);
	return 0;
}

/* The ARN of the machine called name: 0 found, 1 none, -1 error. */
static int find_machine(struct aws_client *c, const char *name, char **arn, struct strbuf *err)
{
	json_t *in = json_pack("{s:i}", "maxResults", 1000), *m = NULL;
	int rc = aws_json_find(c, &aws_service_sfn, "ListStateMachines", in, "name", name, &m, err);
	const char *found = value_get_string(m, "stateMachineArn");

	json_decref(in);
	*arn = !rc && found ? xstrdup(found) : NULL;
	json_decref(m);
	return rc ? -1 : *arn ? 0 : 1;
}

/* ---- write ---- */

static int update_machine(struct aws_client *c, const char *arn, const json_t *desired,
			  struct strbuf *err)
{
	char *definition = definition_text(value_get(desired, "definition"), err), *role = NULL;
	json_t *in;
	int rc;

	if (!definition || iam_role_arn(c, value_get_string(desired, "role_arn"), &role, err)) {
		free(definition);
		return -1;
	}
	in = json_pack("{s:s, s:s, s:s, s:o}", "stateMachineArn", arn, "definition", definition,
		       "roleArn", role, "loggingConfiguration",
		       logging_to_api(value_get(desired, "logging_configuration")));
	rc = sfn_call(c, "UpdateStateMachine", in, NULL, NULL, NULL, err) ? -1 : 0;
	json_decref(in);
	free(definition);
	free(role);
	return rc;
}

/* Bring the machine from `current` to `desired` (both read shapes). */
static int apply_changes(struct aws_client *c, const char *arn, const json_t *current,
			 const json_t *desired, struct strbuf *err)
{
	json_t *have = value_get(current, "tags"), *want = value_get(desired, "tags");
	int rc = 0;

	if (attr_changed(current, desired, "definition") ||
	    attr_changed(current, desired, "role_arn") ||
	    attr_changed(current, desired, "logging_configuration"))
		rc = update_machine(c, arn, desired, err);
	if (!rc)
		rc = aws_json_sync_tags(c, &sfn_tagging, arn, have, want, err);
	return rc;
}

static int create_new(struct aws_client *c, const json_t *desired, char **arn,
		      struct strbuf *err)
{
	static const char *const exists[] = { "StateMachineAlreadyExists", NULL };
	char *definition = definition_text(value_get(desired, "definition"), err), *role = NULL;
	json_t *in, *out = NULL;
	int rc;

	if (!definition || iam_role_arn(c, value_get_string(desired, "role_arn"), &role, err)) {
		free(definition);
		return -1;
	}
	in = json_pack("{s:s?, s:s, s:s, s:s?, s:o, s:o}",
		       "name", value_get_string(desired, "name"), "definition", definition,
		       "roleArn", role,
		       "type", value_get_string(desired, "state_machine_type"),
		       "loggingConfiguration", logging_to_api(value_get(desired, "logging_configuration")),
		       "tags", aws_tag_list(value_get(desired, "tags"), "key", "value"));
	rc = sfn_call(c, "CreateStateMachine", in, exists, &out, NULL, err);
	if (rc == 0) {
		const char *a = value_get_string(out, "stateMachineArn");

		if (a) {
			*arn = xstrdup(a);
		} else {
			strbuf_addstr(err, "states CreateStateMachine: the response has no stateMachineArn");
			rc = -1;
		}
	}
	json_decref(out);
	json_decref(in);
	free(definition);
	free(role);
	return rc;
}

/*
 * From `have` (the machine as machine_read gives it, the role as the stack
 * writes it), UpdateStateMachine and the tag calls for what differs from
 * desired, then the machine read back (aws_converge_fn).
 */
static int machine_converge(struct aws_client *c, const char *arn, const json_t *have,
			    const json_t *desired, json_t **out, struct strbuf *err)
{
	*out = NULL;
	if (apply_changes(c, arn, have, desired, err))
		return -1;
	return aws_read_written(machine_read, c, arn, desired, out, err,
				"aws.sfn.state_machine: state machine %s was written but "
				"DescribeStateMachine does not find it", arn);
}

/*
 * The machine found there already, `arn` (sent->id), named `name` in the
 * adopt's messages. A retried create (the only one that may adopt it: it
 * was looked up before creating, so no attempt count speaks for it) reads
 * it here, so that one being deleted says so; a first create is refused
 * by the policy without a read.
 */
static int machine_found(struct aws_client *c, const struct create_call *call, char *arn,
			 const char *name, const json_t *desired, struct aws_sent *sent,
			 struct strbuf *err)
{
	sent->exists = true;
	snprintf(sent->named, sizeof(sent->named), "%s", name);
	if (!call || !call->may_exist) {
		sent->id = arn;
		return 0;
	}
	switch (read_machine(c, arn, &sent->have, err)) {
	case 0:
		iam_role_keep_written(sent->have, "role_arn", desired);
		sent->id = arn;
		return 0;
	case 1:
		strbuf_addf(err, "state machine %s is being deleted: apply again once it is gone",
			    name);
		break;
	}
	/* not made by this create: no id for the core to keep tracking */
	free(arn);
	return -1;
}

/*
 * CreateStateMachine is idempotent for identical input, so it would answer
 * a machine someone else made as its own: the name is looked up first, and
 * a machine found (or made meanwhile, the create refused as
 * StateMachineAlreadyExists) is weighed by the adopt policy.
 */
static int machine_send(struct aws_client *c, const json_t *desired,
			const struct create_call *call, struct aws_sent *sent, struct strbuf *err)
{
	const char *name = value_get_string(desired, "name");
	char *arn = NULL;
	int rc;

	if (!name) {
		strbuf_addstr(err, "aws.sfn.state_machine: name has no value to send");
		return -1;
	}
	rc = find_machine(c, name, &arn, err);
	if (rc == 1) {
		rc = create_new(c, desired, &arn, err);
		if (rc == 0) {
			sent->id = arn;
			return 0;
		}
		if (rc == 1) {
			/* Made meanwhile, with other settings: look again. */
			rc = find_machine(c, name, &arn, err);
			if (rc == 1) {
				strbuf_addf(err, "states CreateStateMachine: %s already exists but "
					    "cannot be found", name);
				rc = -1;
			}
		}
	}
	if (rc < 0) {
		free(arn);
		return -1;
	}
	return machine_found(c, call, arn, name, desired, sent, err);
}

/* A machine found there of another type is never this create's: its type
 * cannot change. */
static int machine_refuse(const json_t *found, const json_t *desired, struct strbuf *err)
{
	const char *type = value_get_string(desired, "state_machine_type");
	const char *has = value_get_string(found, "state_machine_type");

	if (!type || !strcmp(type, has ? has : ""))
		return 0;
	strbuf_addf(err, "state machine %s already exists with type %s, not %s: "
		    "delete it or choose another name", value_get_string(desired, "name"),
		    has ? has : "(none)", type);
	return -1;
}

/*
 * Create and update (the contract, provider/aws/adopt.h): an update
 * converges from a live read, DescribeStateMachine and its tags as the
 * machine is now (the role as the stack writes it when it names the same
 * role: desired is the read's prior). `prior` is not used (neither
 * exception: nothing write-only, the ARN id addresses the machine).
 */
static const struct aws_native_ops machine_native = {
	.send_create = machine_send,
	.adopt = { .by = AWS_ADOPT_BY_NAME_AND_TAGS, .noun = "name",
		   .object = "state machine %s", .refuse = machine_refuse },
	.converge = machine_converge,
	.read = machine_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape = AWS_SHAPE_DESIRED,
	.made_missing = "aws.sfn.state_machine: state machine %s was written but "
			"DescribeStateMachine does not find it",
	.gone = "aws.sfn.state_machine: state machine %s is in the state but "
		"DescribeStateMachine does not find it",
};

AWS_NATIVE_FUNCTIONS(machine, machine_native)

/* Step Functions API reference, DeleteStateMachine: an asynchronous
 * operation that sets the status to DELETING and begins the deletion. */
static const struct aws_poll machine_delete_poll = { .timeout_s = 300.0, .interval_s = 2.0 };

/* DeleteStateMachine marks it DELETING; it goes in the background. */
const struct aws_waiter machine_gone = {
	.what = "state machine %s to be deleted", .service = &aws_service_sfn,
	.operation = "DescribeStateMachine", .id_param = "stateMachineArn", .status_path = "status",
	.gone = not_found, .gone_is_done = true, .poll = &machine_delete_poll,
};

static int machine_delete(void *client, const char *id, const json_t *prior,
			  struct strbuf *err)
{
	json_t *in = json_pack("{s:s}", "stateMachineArn", id);
	int rc;

	(void)prior;
	rc = sfn_call(client, "DeleteStateMachine", in, not_found, NULL, NULL, err);
	json_decref(in);
	if (rc)
		return rc < 0 ? -1 : 0;
	return aws_waiter_run(client, &machine_gone, id, err);
}

/* For sweep (listing.h). */
static const struct aws_json_listing machine_listing = {
	&aws_service_sfn, "ListStateMachines", NULL, "name", "stateMachineArn", "creationDate",
	NULL,
};

static int machine_list(void *client, const struct resource_query *q,
			struct resource_items *out, struct strbuf *err)
{
	return aws_list_json(client, &machine_listing, q, out, err);
}


const struct resource_type aws_sfn_state_machine_type = {
	.name = "aws.sfn.state_machine",
	.description = "a Step Functions state machine with its definition, role, logging and tags",
	.attrs = state_machine_attrs,
	.terraform_type = "aws_sfn_state_machine",
	.terraform_attrs = "name definition role_arn state_machine_type=type "
			   "logging_configuration tags arn",
	.read = machine_read,
	.create = machine_create,
	.update = machine_update,
	.native = &machine_native,
	.delete = machine_delete,
	.import_id = "its ARN, arn:aws:states:REGION:ACCOUNT:stateMachine:NAME",
	.list = machine_list,
	.list_rank = 1,
	.run = &aws_sfn_runner,
};
