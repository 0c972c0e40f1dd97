/*
 * ecs/task_definition.c: the resource type aws.ecs.task_definition, one
 * revision of an ECS task definition family: its containers, CPU and
 * memory, network mode, launch types, roles, runtime platform and tags,
 * over ECS's json protocol (ecs/api.h). Its id is the revision's ARN
 * (arn:aws:ecs:REGION:ACCOUNT:task-definition/FAMILY:REVISION).
 *
 * A revision cannot change: every attribute but the tags replaces it, as
 * the hashicorp/aws provider does (RegisterTaskDefinition makes the next
 * revision; destroy deregisters the old one and asks DeleteTaskDefinitions
 * to delete it). A deregistered (INACTIVE) revision reads as gone.
 *
 * container_definitions is ECS's JSON of the containers (camelCase, as
 * Terraform's): read() reports the prior document when every member it
 * sent reads back in ECS's (which adds its defaults: essential, portMappings
 * [], ...), else ECS's own, which the diff shows as drift.
 *
 * RegisterTaskDefinition has no idempotency token and makes a revision each
 * time it is sent: every create tags its revision with the engine's create
 * token (TOKEN_TAG, left out of the tags read back); a retried create
 * (may_exist), one the transport resent, or one whose call failed looks for
 * the family's ACTIVE revisions carrying the token, adopts one (the answered
 * one when there is an answer) and deregisters the others.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/ecs/api.h"
#include "provider/aws/resources.h"
#include "provider/aws/run/api.h"
#include "provider/aws/tags.h"
#include "provider/aws/transport/transport.h"
#include "provider/base/log.h"
#include "provider/provider.h"

#define TASKDEF_TYPE "aws.ecs.task_definition"
#define TOKEN_TAG "terrace:create-token"

static const char *const gone_codes[] = { "ClientException", NULL };

static const struct attr_schema platform_attrs[] = {
	{ .name = "operating_system_family", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "LINUX, or a WINDOWS_SERVER_... family" },
	{ .name = "cpu_architecture", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "X86_64 or ARM64" },
	{ .name = NULL },
};

static const struct attr_schema taskdef_attrs[] = {
	{ .name = "family", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "the family the revision belongs to (letters, digits, - and _), "
			 "e.g. dbt-nightly" },
	{ .name = "container_definitions", .type = ATTR_JSON,
	  .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "the containers, as ECS's JSON (a list of {name, image, command, "
			 "environment, logConfiguration, ...}), written as YAML or JSON text" },
	{ .name = "cpu", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "CPU units of the task (1024 is a vCPU), e.g. \"256\"; Fargate takes "
			 "256 to 16384 with matching memory" },
	{ .name = "memory", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "MiB of memory of the task, e.g. \"512\"" },
	{ .name = "network_mode", .type = ATTR_STRING,
	  .flags = ATTR_OPTIONAL | ATTR_COMPUTED | ATTR_FORCE_NEW,
	  .description = "awsvpc (Fargate's only mode), bridge, host or none; unset: ECS's "
			 "default for EC2 (bridge)" },
	{ .name = "requires_compatibilities", .type = ATTR_LIST, .elem_type = ATTR_STRING,
	  .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "the launch types it is checked against: FARGATE, EC2, EXTERNAL",
	  .default_json = "[]" },
	{ .name = "execution_role_arn", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "the role ECS pulls the image and writes the logs with" },
	{ .name = "task_role_arn", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "the role the containers' code calls AWS with" },
	{ .name = "runtime_platform", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL | ATTR_FORCE_NEW,
	  .description = "operating_system_family, cpu_architecture", .nested = platform_attrs },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "revision tags", .default_json = "{}" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the revision's ARN: arn:aws:ecs:REGION:ACCOUNT:task-definition/"
			 "FAMILY:REVISION" },
	{ .name = "arn_without_revision", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the family's ARN: arn:aws:ecs:REGION:ACCOUNT:task-definition/FAMILY" },
	{ .name = "revision", .type = ATTR_NUMBER, .flags = ATTR_COMPUTED,
	  .description = "the revision's number in its family" },
	{ .name = NULL },
};

/* The containers as ECS takes them: the document, parsed when written as
 * JSON text (a new reference). */
static json_t *containers_of(const json_t *desired)
{
	const json_t *v = value_get(desired, "container_definitions");

	if (json_is_string(v)) {
		json_t *parsed = json_loads(json_string_value(v), 0, NULL);

		if (parsed)
			return parsed;
	}
	return json_incref((json_t *)v);
}

/* The tags without the create token's. */
static json_t *own_tags(const json_t *list)
{
	json_t *tags = aws_tag_map(list, "key", "value");

	json_object_del(tags, TOKEN_TAG);
	return tags;
}

/* DescribeTaskDefinition of `arn` with its tags: 1 with *td and *tags when
 * it is ACTIVE, 0 when it is gone or INACTIVE, -1 with err set. */
static int describe(struct aws_client *c, const char *arn, json_t **resp, struct strbuf *err)
{
	json_t *req = json_pack("{s:s, s:[s]}", "taskDefinition", arn, "include", "TAGS");
	const char *status;
	int rc;

	*resp = NULL;
	rc = ecs_call(c, "DescribeTaskDefinition", req, gone_codes, resp, NULL, err);
	json_decref(req);
	if (rc) {
		json_decref(*resp);
		*resp = NULL;
		return rc < 0 ? -1 : 0;
	}
	status = value_get_string(value_get(*resp, "taskDefinition"), "status");
	if (status && strcmp(status, "ACTIVE")) {
		json_decref(*resp);
		*resp = NULL;
		return 0;
	}
	return 1;
}

static int taskdef_read(void *client, const char *id, const json_t *prior, json_t **out,
			struct strbuf *err)
{
	json_t *resp = NULL, *o, *got, *sent;
	const json_t *td, *rp;
	const char *arn;
	int rc = describe(client, id, &resp, err);

	*out = NULL;
	if (rc <= 0)
		return rc;
	td = value_get(resp, "taskDefinition");
	o = json_object();
	value_copy_nonempty(o, "family", td, "family");
	got = json_is_array(value_get(td, "containerDefinitions"))
	      ? json_deep_copy(value_get(td, "containerDefinitions")) : json_array();
	sent = prior ? containers_of(prior) : NULL;
	if (sent && aws_sent_reads_back(sent, got))
		json_object_set(o, "container_definitions",
				(json_t *)value_get(prior, "container_definitions"));
	else
		json_object_set(o, "container_definitions", got);
	json_decref(sent);
	json_decref(got);
	value_copy_nonempty(o, "cpu", td, "cpu");
	value_copy_nonempty(o, "memory", td, "memory");
	value_copy_nonempty(o, "network_mode", td, "networkMode");
	json_object_set_new(o, "requires_compatibilities",
			    json_is_array(value_get(td, "requiresCompatibilities"))
			    ? json_deep_copy(value_get(td, "requiresCompatibilities")) : json_array());
	value_copy_nonempty(o, "execution_role_arn", td, "executionRoleArn");
	value_copy_nonempty(o, "task_role_arn", td, "taskRoleArn");
	if ((rp = value_get(td, "runtimePlatform")) && json_object_size(rp)) {
		json_t *p = json_object();

		value_copy_nonempty(p, "operating_system_family", rp, "operatingSystemFamily");
		value_copy_nonempty(p, "cpu_architecture", rp, "cpuArchitecture");
		json_object_set_new(o, "runtime_platform", p);
	}
	json_object_set_new(o, "tags", own_tags(value_get(resp, "tags")));
	arn = value_get_string(td, "taskDefinitionArn");
	if (arn) {
		const char *colon = strrchr(arn, ':');

		json_object_set_new(o, "arn", json_string(arn));
		json_object_set_new(o, "arn_without_revision",
				    json_stringn(arn, colon ? (size_t)(colon - arn) : strlen(arn)));
	}
	json_object_set_new(o, "revision", json_integer(value_get_integer(td, "revision", 0)));
	json_decref(resp);
	*out = o;
	return 0;
}

static json_t *register_request(const json_t *desired, const char *token)
{
	const json_t *rp = value_get(desired, "runtime_platform");
	json_t *req = json_pack("{s:s, s:o}", "family", value_get_string(desired, "family"),
				"containerDefinitions", containers_of(desired));
	json_t *tags = json_is_object(value_get(desired, "tags"))
		       ? json_copy((json_t *)value_get(desired, "tags")) : json_object();
	const json_t *compat = value_get(desired, "requires_compatibilities");

	if (value_get_string(desired, "cpu"))
		json_object_set_new(req, "cpu", json_string(value_get_string(desired, "cpu")));
	if (value_get_string(desired, "memory"))
		json_object_set_new(req, "memory", json_string(value_get_string(desired, "memory")));
	if (value_get_string(desired, "network_mode"))
		json_object_set_new(req, "networkMode",
				    json_string(value_get_string(desired, "network_mode")));
	if (json_array_size(compat))
		json_object_set(req, "requiresCompatibilities", (json_t *)compat);
	if (value_get_string(desired, "execution_role_arn"))
		json_object_set_new(req, "executionRoleArn",
				    json_string(value_get_string(desired, "execution_role_arn")));
	if (value_get_string(desired, "task_role_arn"))
		json_object_set_new(req, "taskRoleArn",
				    json_string(value_get_string(desired, "task_role_arn")));
	if (value_is_set(rp)) {
		json_t *p = json_object();

		if (value_get_string(rp, "operating_system_family"))
			json_object_set_new(p, "operatingSystemFamily",
					    json_string(value_get_string(rp,
									 "operating_system_family")));
		if (value_get_string(rp, "cpu_architecture"))
			json_object_set_new(p, "cpuArchitecture",
					    json_string(value_get_string(rp, "cpu_architecture")));
		json_object_set_new(req, "runtimePlatform", p);
	}
	json_object_set_new(tags, TOKEN_TAG, json_string(token));
	json_object_set_new(req, "tags", aws_tag_list(tags, "key", "value"));
	json_decref(tags);
	return req;
}

static int deregister(struct aws_client *c, const char *arn, struct strbuf *err)
{
	json_t *req = json_pack("{s:s}", "taskDefinition", arn);
	int rc = ecs_call(c, "DeregisterTaskDefinition", req, gone_codes, NULL, NULL, err);

	json_decref(req);
	if (rc < 0)
		return -1;
	/* Deregistered revisions linger INACTIVE; DeleteTaskDefinitions removes them. */
	req = json_pack("{s:[s]}", "taskDefinitions", arn);
	rc = ecs_call(c, "DeleteTaskDefinitions", req, gone_codes, NULL, NULL, err);
	json_decref(req);
	return rc < 0 ? -1 : 0;
}

/* One create's look for what it registered (taskdef_find_made). */
struct taskdef_send {
	struct aws_client *c;
	const char *family;
	const json_t *desired;
};

/* The ARNs of `family`'s ACTIVE revisions carrying the token, newest first
 * (taskdef_find_made). */
static int taskdef_find_tokened(void *ctx, const char *token, json_t **ids,
				struct strbuf *err)
{
	struct taskdef_send *s = ctx;
	json_t *req = json_pack("{s:s, s:s, s:s}", "familyPrefix", s->family, "status", "ACTIVE",
				"sort", "DESC");
	json_t *arns = NULL, *v;
	size_t i;
	int rc;

	*ids = json_array();
	rc = ecs_list_arns(s->c, "ListTaskDefinitions", req, "taskDefinitionArns", &arns, err);
	json_decref(req);
	json_array_foreach(arns, i, v) {
		const char *arn = json_string_value(v);
		json_t *resp = NULL, *tags;
		const json_t *def;
		const char *t, *family;
		int found;

		if (rc)
			break;
		found = describe(s->c, arn, &resp, err);
		if (found < 0) {
			rc = -1;
			break;
		}
		def = value_get(resp, "taskDefinition");
		family = value_get_string(def, "family");
		tags = found ? aws_tag_map(value_get(resp, "tags"), "key", "value") : NULL;
		t = value_get_string(tags, TOKEN_TAG);
		if (t && !strcmp(t, token) && family && !strcmp(family, s->family))
			json_array_append_new(*ids, json_string(arn));
		json_decref(tags);
		json_decref(resp);
	}
	json_decref(arns);
	return rc;
}

/* What an attempt of this create registered: the revisions of desired's
 * family carrying the token (AWS_ADOPT_BY_CREATE_TOKEN). */
static int taskdef_find_made(struct aws_client *c, const json_t *desired, const char *token,
			     json_t **ids, struct strbuf *err)
{
	struct taskdef_send s = { c, value_get_string(desired, "family"), desired };

	*ids = NULL;
	if (!s.family) {
		strbuf_addstr(err, TASKDEF_TYPE ": family has no value to send");
		return -1;
	}
	return taskdef_find_tokened(&s, token, ids, err);
}

/* RegisterTaskDefinition from desired, carrying the create's token
 * (aws_sent.token) as TOKEN_TAG; the driver reads it back. */
static int taskdef_send(struct aws_client *c, const json_t *desired,
			const struct create_call *call, struct aws_sent *sent, struct strbuf *err)
{
	json_t *req, *resp = NULL;
	const char *made;
	int rc;

	(void)call;
	if (!value_get_string(desired, "family")) {
		strbuf_addstr(err, TASKDEF_TYPE ": family has no value to send");
		return -1;
	}
	req = register_request(desired, sent->token);
	rc = ecs_call(c, "RegisterTaskDefinition", req, NULL, &resp, &sent->attempts, err);
	json_decref(req);
	made = rc ? NULL : value_get_string(value_get(resp, "taskDefinition"), "taskDefinitionArn");
	if (!rc && !made) {
		strbuf_addstr(err, "ecs RegisterTaskDefinition: the answer has no "
			      "taskDefinition.taskDefinitionArn");
		rc = -1;
	}
	sent->id = made ? xstrdup(made) : NULL;
	json_decref(resp);
	return rc ? -1 : 0;
}

/* Only the tags change in place: from `have`, sync them, read back
 * (aws_converge_fn). */
static int taskdef_converge(struct aws_client *c, const char *id, const json_t *have,
			    const json_t *desired, json_t **out, struct strbuf *err)
{
	*out = NULL;
	if (aws_json_sync_tags(c, &ecs_tagging, id, value_get(have, "tags"),
			       value_get(desired, "tags"), err))
		return -1;
	return aws_read_written(taskdef_read, c, id, desired, out, err,
				TASKDEF_TYPE ": %s is gone", id);
}

static int taskdef_delete(void *client, const char *id, const json_t *prior, struct strbuf *err);

static const struct aws_native_ops taskdef_native = {
	.send_create = taskdef_send,
	.adopt = { .by = AWS_ADOPT_BY_CREATE_TOKEN, .noun = "family",
		   .object = TASKDEF_TYPE ": revision %s", .type = TASKDEF_TYPE,
		   .action = "RegisterTaskDefinition", .find_made = taskdef_find_made,
		   .discard = taskdef_delete },
	.converge = taskdef_converge,
	.read = taskdef_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape = AWS_SHAPE_DESIRED,
	.made_missing = TASKDEF_TYPE ": %s was registered but DescribeTaskDefinition does not "
			"find it",
	.gone = TASKDEF_TYPE ": %s is gone",
};

AWS_NATIVE_FUNCTIONS(taskdef, taskdef_native)

static int taskdef_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	(void)prior;
	return deregister(client, id, err);
}

/* For sweep: every ACTIVE revision (ListTaskDefinitions gives ARNs; tags come
 * from read()). */
static int taskdef_list(void *client, const struct resource_query *q,
			struct resource_items *out, struct strbuf *err)
{
	json_t *req = json_pack("{s:s}", "status", "ACTIVE"), *arns = NULL, *e;
	size_t i;
	int rc;

	(void)q;
	rc = ecs_list_arns(client, "ListTaskDefinitions", req, "taskDefinitionArns", &arns, err);
	json_decref(req);
	if (rc)
		return -1;
	json_array_foreach(arns, i, e) {
		const char *arn = json_string_value(e), *slash = strrchr(arn, '/');
		char *name = xstrdup(slash ? slash + 1 : arn), *colon = strrchr(name, ':');

		if (colon)
			*colon = '\0';
		resource_items_add(out, arn, name, 0);
		free(name);
	}
	json_decref(arns);
	return 0;
}

const struct resource_type aws_ecs_task_definition_type = {
	.name = TASKDEF_TYPE,
	.description = "a revision of an ECS task definition (containers, CPU and memory, "
		       "network mode, launch types, roles)",
	.attrs = taskdef_attrs,
	.terraform_type = "aws_ecs_task_definition",
	.terraform_attrs = "family container_definitions cpu memory network_mode "
			   "requires_compatibilities execution_role_arn task_role_arn "
			   "runtime_platform tags arn arn_without_revision revision",
	.read = taskdef_read,
	.create = taskdef_create,
	.update = taskdef_update,
	.delete = taskdef_delete,
	.native = &taskdef_native,
	.import_id = "its ARN with the revision",
	.run = &aws_ecs_task_definition_runner,
	.list = taskdef_list,
	.list_rank = 6,
};
