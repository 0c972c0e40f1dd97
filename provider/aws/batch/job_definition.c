/*
 * batch/job_definition.c: the resource type aws.batch.job_definition, one
 * revision of an AWS Batch job definition (a container job: its image,
 * command, vCPU and memory, roles, network and log settings as Batch's
 * containerProperties document; retries, a timeout, parameters, tags),
 * over Batch's rest-json protocol (batch/api.h). Its id is the revision's ARN,
 * arn:aws:batch:REGION:ACCOUNT:job-definition/NAME:REVISION.
 *
 * A revision cannot be changed: as an ECS task definition's, a change of
 * what it defines registers a new revision (RegisterJobDefinition; every
 * such attribute forces replacement) and the one it replaces is
 * deregistered (DeregisterJobDefinition: destroy does the same), so one
 * ACTIVE revision of the name is the stack's, and jobs submitted by name
 * run the latest. Tags change in place (TagResource on the revision's ARN).
 *
 * read() gives container_properties as the stack wrote it while Batch's
 * answer holds what was sent (Batch adds its defaults: empty lists, the
 * Fargate platform version), else Batch's document. An INACTIVE
 * (deregistered) revision is gone. RegisterJobDefinition is not
 * idempotent: after a resent or retried register, the other ACTIVE
 * revisions of the name that read back as sent and carry this stack's tags
 * are the same create's, and are deregistered.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "provider/aws/adopt.h"
#include "provider/aws/batch/api.h"
#include "provider/aws/resources.h"
#include "provider/aws/run/api.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define JD_TYPE "aws.batch.job_definition"

static const struct attr_schema evaluate_attrs[] = {
	{ .name = "action", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "RETRY or EXIT when the attempt's exit matches" },
	{ .name = "on_exit_code", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "a pattern of the exit code, e.g. 1 or 13*" },
	{ .name = "on_reason", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "a pattern of the reason Batch gives, e.g. CannotPullContainerError*" },
	{ .name = "on_status_reason", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "a pattern of the status reason, e.g. Host EC2*" },
	{ .name = NULL },
};

static const struct attr_schema retry_attrs[] = {
	{ .name = "attempts", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "how many times a job is tried, 1 to 10" },
	{ .name = "evaluate_on_exit", .type = ATTR_OBJECT_LIST, .flags = ATTR_OPTIONAL,
	  .description = "up to 5 conditions that retry or end a failed attempt",
	  .nested = evaluate_attrs },
	{ .name = NULL },
};

static const struct attr_schema timeout_attrs[] = {
	{ .name = "attempt_duration_seconds", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "an attempt running longer is stopped (at least 60)" },
	{ .name = NULL },
};

static const struct attr_schema jd_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "job definition name (letters, digits, - and _, up to 128), e.g. dbt-nightly" },
	{ .name = "job_definition_type", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "container (multinode is not supported)", .default_json = "\"container\"" },
	{ .name = "platform_capabilities", .type = ATTR_LIST, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .elem_type = ATTR_STRING,
	  .description = "[FARGATE] or [EC2] (the default)", .default_json = "[\"EC2\"]" },
	{ .name = "container_properties", .type = ATTR_JSON, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "Batch's containerProperties: image, command, resourceRequirements "
			 "([{type: VCPU, value: \"0.25\"}, {type: MEMORY, value: \"512\"}]), "
			 "executionRoleArn, jobRoleArn, networkConfiguration, logConfiguration, ..." },
	{ .name = "parameters", .type = ATTR_MAP, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .elem_type = ATTR_STRING,
	  .description = "defaults of the Ref::NAME placeholders in command", .default_json = "{}" },
	{ .name = "retry_strategy", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "attempts, evaluate_on_exit; unset: one attempt", .nested = retry_attrs },
	{ .name = "timeout", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "attempt_duration_seconds; unset: none", .nested = timeout_attrs },
	{ .name = "propagate_tags", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "the job's tasks get the job definition's and the job's tags",
	  .default_json = "false" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "job definition tags", .default_json = "{}" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the revision: arn:aws:batch:REGION:ACCOUNT:job-definition/NAME:REVISION" },
	{ .name = "arn_prefix", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the ARN without the revision (jobs submitted by it run the latest)" },
	{ .name = "revision", .type = ATTR_NUMBER, .flags = ATTR_COMPUTED,
	  .description = "the revision number, from 1" },
	{ .name = NULL },
};

/* retryStrategy from retry_strategy, or NULL when unset. */
static json_t *retry_strategy(const json_t *r)
{
	json_t *out, *list, *e;
	size_t i;

	if (!json_is_object(r))
		return NULL;
	out = json_object();
	if (json_is_number(value_get(r, "attempts")))
		json_object_set_new(out, "attempts",
				    json_integer(value_get_integer(r, "attempts", 1)));
	list = json_array();
	json_array_foreach(value_get(r, "evaluate_on_exit"), i, e) {
		json_t *x = json_object();

		value_copy_nonempty(x, "action", e, "action");
		value_copy_nonempty(x, "onExitCode", e, "on_exit_code");
		value_copy_nonempty(x, "onReason", e, "on_reason");
		value_copy_nonempty(x, "onStatusReason", e, "on_status_reason");
		json_array_append_new(list, x);
	}
	if (json_array_size(list))
		json_object_set_new(out, "evaluateOnExit", list);
	else
		json_decref(list);
	return out;
}

static json_t *jd_attributes(const json_t *jd, const json_t *prior)
{
	json_t *o = json_object(), *tags = value_get(jd, "tags"), *cp;
	const json_t *had = value_get(prior, "container_properties");
	const json_t *retry = value_get(jd, "retryStrategy"), *timeout = value_get(jd, "timeout");
	const char *arn = value_get_string(jd, "jobDefinitionArn");
	json_int_t revision = value_get_integer(jd, "revision", 0);
	const json_t *params = value_get(jd, "parameters");

	json_object_set_new(o, "name", json_string(value_get_string_or(jd, "jobDefinitionName", "")));
	json_object_set_new(o, "job_definition_type", json_string(value_get_string_or(jd, "type", "container")));
	json_object_set_new(o, "platform_capabilities",
			    json_array_size(value_get(jd, "platformCapabilities"))
			    ? json_deep_copy(value_get(jd, "platformCapabilities"))
			    : json_pack("[s]", "EC2"));
	cp = value_get(jd, "containerProperties");
	json_object_set_new(o, "container_properties",
			    json_is_object(had) && aws_sent_reads_back(had, cp)
			    ? json_deep_copy(had) : json_deep_copy(cp));
	json_object_set_new(o, "parameters", json_is_object(params) ? json_deep_copy(params)
								    : json_object());
	if (json_is_object(retry) && (json_is_number(value_get(retry, "attempts")) ||
				      json_array_size(value_get(retry, "evaluateOnExit")))) {
		json_t *r = json_object(), *list = json_array(), *e;
		size_t i;

		if (json_is_number(value_get(retry, "attempts")))
			json_object_set_new(r, "attempts",
					    json_integer(value_get_integer(retry, "attempts", 1)));
		json_array_foreach(value_get(retry, "evaluateOnExit"), i, e) {
			const json_t *was = json_array_get(value_get(value_get(prior, "retry_strategy"),
								     "evaluate_on_exit"), i);
			const char *action = value_get_string(e, "action");
			json_t *x = json_object();
			static const char *const keys[][2] = {
				{ "action", "action" }, { "on_exit_code", "onExitCode" },
				{ "on_reason", "onReason" }, { "on_status_reason", "onStatusReason" },
			};

			for (size_t k = 1; k < 4; k++)
				if (value_get_string(e, keys[k][1]))
					json_object_set_new(x, keys[k][0],
							    json_string(value_get_string(e, keys[k][1])));
			/* "The values aren't case sensitive": Batch may answer exit. */
			if (action)
				json_object_set_new(x, "action", json_string(
					value_get_string(was, "action") &&
					!strcasecmp(value_get_string(was, "action"), action)
					? value_get_string(was, "action") : action));
			json_array_append_new(list, x);
		}
		if (json_array_size(list))
			json_object_set_new(r, "evaluate_on_exit", list);
		else
			json_decref(list);
		json_object_set_new(o, "retry_strategy", r);
	}
	if (json_is_number(value_get(timeout, "attemptDurationSeconds")))
		json_object_set_new(o, "timeout", json_pack("{s:I}", "attempt_duration_seconds",
			(json_int_t)value_get_integer(timeout, "attemptDurationSeconds", 0)));
	json_object_set_new(o, "propagate_tags", json_boolean(json_is_true(value_get(jd,
										   "propagateTags"))));
	json_object_set_new(o, "tags", json_is_object(tags) ? json_deep_copy(tags) : json_object());
	if (arn) {
		const char *colon = strrchr(arn, ':');

		json_object_set_new(o, "arn", json_string(arn));
		json_object_set_new(o, "arn_prefix", colon ? json_stringn(arn, (size_t)(colon - arn))
							   : json_string(arn));
	}
	json_object_set_new(o, "revision", json_integer(revision));
	return o;
}

/* The revision `arn` as Batch describes it: 0 with *found (new) or NULL
 * when it is not there or INACTIVE; -1. */
static int jd_describe(struct aws_client *c, const char *arn, json_t **found,
		       struct strbuf *err)
{
	json_t *req = json_pack("{s:[s]}", "jobDefinitions", arn), *resp = NULL, *e;
	size_t i;
	int rc = batch_call(c, "DescribeJobDefinitions", req, NULL, &resp, NULL, err);

	json_decref(req);
	*found = NULL;
	if (rc) {
		json_decref(resp);
		return -1;
	}
	json_array_foreach(value_get(resp, "jobDefinitions"), i, e) {
		const char *status = value_get_string(e, "status");

		if (!value_get_string(e, "jobDefinitionArn") ||
		    strcmp(value_get_string(e, "jobDefinitionArn"), arn) ||
		    (status && strcmp(status, "ACTIVE")))
			continue;
		*found = json_incref(e);
		break;
	}
	json_decref(resp);
	return 0;
}

static int jd_read(void *client, const char *id, const json_t *prior, json_t **out,
		   struct strbuf *err)
{
	json_t *found = NULL;

	*out = NULL;
	if (jd_describe(client, id, &found, err))
		return -1;
	if (found)
		*out = jd_attributes(found, prior);
	json_decref(found);
	return 0;
}

/* The RegisterJobDefinition request of desired. */
static json_t *register_request(const json_t *desired)
{
	json_t *req = json_pack("{s:s, s:s, s:O}", "jobDefinitionName",
				value_get_string(desired, "name"), "type",
				value_get_string_or(desired, "job_definition_type", "container"),
				"containerProperties", value_get(desired, "container_properties"));
	json_t *retry = retry_strategy(value_get(desired, "retry_strategy"));
	const json_t *timeout = value_get(desired, "timeout");

	if (json_array_size(value_get(desired, "platform_capabilities")))
		json_object_set(req, "platformCapabilities",
				value_get(desired, "platform_capabilities"));
	if (json_object_size(value_get(desired, "parameters")))
		json_object_set(req, "parameters", value_get(desired, "parameters"));
	if (retry)
		json_object_set_new(req, "retryStrategy", retry);
	if (json_is_number(value_get(timeout, "attempt_duration_seconds")))
		json_object_set_new(req, "timeout", json_pack("{s:I}", "attemptDurationSeconds",
			(json_int_t)value_get_integer(timeout, "attempt_duration_seconds", 0)));
	if (json_is_true(value_get(desired, "propagate_tags")))
		json_object_set_new(req, "propagateTags", json_true());
	if (json_object_size(value_get(desired, "tags")))
		json_object_set(req, "tags", value_get(desired, "tags"));
	return req;
}

static int deregister(struct aws_client *c, const char *arn, struct strbuf *err)
{
	json_t *req = json_pack("{s:s}", "jobDefinition", arn);
	int rc = batch_call(c, "DeregisterJobDefinition", req, NULL, NULL, NULL, err);

	json_decref(req);
	return rc ? -1 : 0;
}

/*
 * After a register that may have been sent more than once (the transport
 * resent it, or an earlier apply was interrupted after it): the other
 * ACTIVE revisions of the name registered as this one was (the same
 * request reads back, with this stack's tags) are the same create's, and
 * are deregistered; `kept` is the one answered.
 */
static int drop_twins(struct aws_client *c, const json_t *req, const char *kept,
		      struct strbuf *err)
{
	json_t *q = json_pack("{s:s, s:s}", "jobDefinitionName",
			      json_string_value(json_object_get(req, "jobDefinitionName")),
			      "status", "ACTIVE"), *resp = NULL, *e, *sent;
	size_t i;
	int rc = batch_call(c, "DescribeJobDefinitions", q, NULL, &resp, NULL, err);

	json_decref(q);
	sent = json_deep_copy(req);
	json_object_del(sent, "tags");
	json_array_foreach(value_get(resp, "jobDefinitions"), i, e) {
		const char *arn = value_get_string(e, "jobDefinitionArn");

		if (rc || !arn || !strcmp(arn, kept) ||
		    !aws_sent_reads_back(sent, e) ||
		    !value_equal(value_get(e, "tags"), value_get(req, "tags")
				 ? value_get(req, "tags") : json_null()))
			continue;
		rc = deregister(c, arn, err);
	}
	json_decref(sent);
	json_decref(resp);
	return rc ? -1 : 0;
}

/*
 * RegisterJobDefinition: a new revision, read back by the driver. After a
 * register that may have been sent more than once, its twins go
 * (drop_twins); the revision answered is said at once (create_call_made)
 * and kept even when that fails, so the core keeps tracking it.
 */
static int jd_send_create(struct aws_client *c, const json_t *desired,
			  const struct create_call *call, struct aws_sent *sent,
			  struct strbuf *err)
{
	json_t *req, *resp = NULL;
	const char *arn;
	int rc;

	if (!value_get_string(desired, "name") ||
	    !json_is_object(value_get(desired, "container_properties"))) {
		strbuf_addstr(err, JD_TYPE ": name and container_properties need values to send");
		return -1;
	}
	req = register_request(desired);
	rc = batch_call(c, "RegisterJobDefinition", req, NULL, &resp, &sent->attempts, err);
	arn = value_get_string(resp, "jobDefinitionArn");
	if (!rc && !arn) {
		strbuf_addstr(err, JD_TYPE ": RegisterJobDefinition answered no jobDefinitionArn");
		rc = -1;
	}
	if (!rc) {
		sent->id = xstrdup(arn);
		create_call_made(call, sent->id);
		if ((call && call->may_exist) || sent->attempts > 1)
			rc = drop_twins(c, req, arn, err);
	}
	json_decref(req);
	json_decref(resp);
	return rc ? -1 : 0;
}

/*
 * Converge from a live read (docs/design.md): a revision is immutable, so
 * only its tags change in place: from `have`, the revision as
 * DescribeJobDefinitions reads it, the tag calls for what differs from
 * desired, then read back. `prior` is not used (neither exception: the ARN
 * id addresses it).
 */
static int jd_converge(struct aws_client *c, const char *id, const json_t *have,
		       const json_t *desired, json_t **out, struct strbuf *err)
{
	json_t *none = json_object();
	int rc = batch_sync_tags(c, id, value_get(have, "tags"),
				 json_is_object(value_get(desired, "tags"))
				 ? value_get(desired, "tags") : none, err);

	*out = NULL;
	json_decref(none);
	if (rc)
		return -1;
	return aws_read_written(jd_read, c, id, desired, out, err,
				JD_TYPE ": revision %s was tagged but DescribeJobDefinitions "
				"does not find it", id);
}

/* Create and update (the contract, provider/aws/adopt.h): each register
 * makes a new revision (the new-revision policy: its twins removed by the
 * send), read back with desired as its prior; an update converges the tags
 * from a live read. */
static const struct aws_native_ops jd_native = {
	.send_create = jd_send_create,
	.adopt = { .by = AWS_ADOPT_BY_NEW_REVISION, .noun = "name",
		   .object = "job definition revision %s" },
	.converge = jd_converge,
	.read = jd_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape = AWS_SHAPE_DESIRED,
	.made_missing = JD_TYPE ": revision %s was registered but DescribeJobDefinitions does "
			"not find it",
	.gone = JD_TYPE ": revision %s is in the state but DescribeJobDefinitions does not "
		"find it",
};

AWS_NATIVE_FUNCTIONS(jd, jd_native)

static int jd_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	json_t *found = NULL;

	(void)prior;
	if (jd_describe(client, id, &found, err))
		return -1;
	if (!found)
		return 0;
	json_decref(found);
	return deregister(client, id, err);
}

/* A page of DescribeJobDefinitions: its ACTIVE revisions into out. */
static int jd_list_page(void *ctx, const json_t *page, const json_t *defs, struct strbuf *err)
{
	struct resource_items *out = ctx;
	json_t *e;
	size_t i;

	(void)page;
	(void)err;
	json_array_foreach(defs, i, e) {
		const char *arn = value_get_string(e, "jobDefinitionArn");
		const char *status = value_get_string(e, "status");
		struct resource_item *item;

		if (!arn || (status && strcmp(status, "ACTIVE")))
			continue;
		item = resource_items_add(out, arn, value_get_string(e, "jobDefinitionName"), 0);
		if (json_is_object(value_get(e, "tags")))
			item->tags = json_deep_copy(value_get(e, "tags"));
	}
	return 0;
}

/* For sweep: every ACTIVE revision (its id the ARN), with its tags. */
static int jd_list(void *client, const struct resource_query *q, struct resource_items *out,
		   struct strbuf *err)
{
	json_t *req = json_pack("{s:s}", "status", "ACTIVE");
	int rc = batch_pages(client, "DescribeJobDefinitions", req, jd_list_page, out, err);

	(void)q;
	json_decref(req);
	return rc ? -1 : 0;
}

const struct resource_type aws_batch_job_definition_type = {
	.name = JD_TYPE,
	.description = "a revision of an AWS Batch job definition (a container job)",
	.attrs = jd_attrs,
	.terraform_type = "aws_batch_job_definition",
	.terraform_attrs = "name job_definition_type=type platform_capabilities "
			   "container_properties parameters retry_strategy timeout propagate_tags "
			   "tags arn arn_prefix revision",
	.read = jd_read,
	.create = jd_create,
	.update = jd_update,
	.native = &jd_native,
	.delete = jd_delete,
	.import_id = "its revision's ARN (arn:aws:batch:REGION:ACCOUNT:job-definition/NAME:REVISION)",
	.list = jd_list,
	.list_rank = 2,
	.run = &aws_batch_job_definition_runner,
};
