/*
 * emrserverless/application.c: the resource type
 * aws.emrserverless.application, an EMR Serverless application (Spark or
 * Hive) over EMR Serverless's rest-json protocol: CreateApplication,
 * GetApplication, UpdateApplication, StopApplication, DeleteApplication,
 * ListApplications and the tagging calls.
 *
 * Its id is the application id AWS assigns. Names are not unique, so
 * CreateApplication carries the create's token (create_call.token) as
 * its clientToken: AWS answers a request sent again with that token, by the
 * transport or by a later run retrying an interrupted create, with the
 * application the first made, never a second one. The id is said at once
 * (create_call_made), before the wait for CREATED.
 *
 * AWS changes an application only while it is CREATED or STOPPED: update
 * and delete stop a started one (one that ran a job, with auto start) and
 * wait for STOPPED first. A deleted application reads TERMINATED for a
 * while: read() takes that as gone. AWS answers type as "Spark" or "Hive":
 * read() reports application_type (Terraform's type: a resource's type: is
 * its kind in a stack) as the stack wrote it while it names the same engine.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>


#include "provider/aws/adopt.h"
#include "provider/aws/listing.h"
#include "provider/aws/resources.h"
#include "provider/aws/run/api.h"
#include "provider/aws/transport/transport.h"
#include "provider/aws/emrserverless/api.h"
#include "provider/provider.h"
#include "provider/base/encoding.h"

#define APP_TYPE "aws.emrserverless.application"

static const char *const not_found[] = { "ResourceNotFoundException", NULL };

static const struct attr_schema worker_attrs[] = {
	{ .name = "cpu", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "vCPUs of each worker, e.g. \"2 vCPU\"" },
	{ .name = "memory", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "memory of each worker, e.g. \"4 GB\"" },
	{ .name = "disk", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "disk of each worker, e.g. \"20 GB\"; unset: AWS's 20 GB" },
	{ .name = NULL },
};

static const struct attr_schema capacity_config_attrs[] = {
	{ .name = "worker_count", .type = ATTR_NUMBER, .flags = ATTR_REQUIRED,
	  .description = "workers kept ready" },
	{ .name = "worker_configuration", .type = ATTR_OBJECT, .nested = worker_attrs,
	  .flags = ATTR_REQUIRED, .description = "the size of each" },
	{ .name = NULL },
};

static const struct attr_schema initial_capacity_attrs[] = {
	{ .name = "initial_capacity_type", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the kind of worker: Driver or Executor (Spark), HiveDriver or TezTask "
			 "(Hive)" },
	{ .name = "initial_capacity_config", .type = ATTR_OBJECT, .nested = capacity_config_attrs,
	  .flags = ATTR_REQUIRED, .description = "how many, of what size" },
	{ .name = NULL },
};

static const struct attr_schema maximum_attrs[] = {
	{ .name = "cpu", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "vCPUs of all workers together, e.g. \"16 vCPU\"" },
	{ .name = "memory", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "memory of all workers together, e.g. \"64 GB\"" },
	{ .name = "disk", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "disk of all workers together, e.g. \"200 GB\"; unset: no limit" },
	{ .name = NULL },
};

static const struct attr_schema auto_start_attrs[] = {
	{ .name = "enabled", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL, .default_json = "true",
	  .description = "the application starts when a job is submitted" },
	{ .name = NULL },
};

static const struct attr_schema auto_stop_attrs[] = {
	{ .name = "enabled", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL, .default_json = "true",
	  .description = "the application stops when idle" },
	{ .name = "idle_timeout_minutes", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .default_json = "15", .description = "idle minutes before it stops (1 to 10080)" },
	{ .name = NULL },
};

static const struct attr_schema network_attrs[] = {
	{ .name = "subnet_ids", .type = ATTR_LIST, .elem_type = ATTR_STRING,
	  .flags = ATTR_OPTIONAL, .description = "the VPC subnets its workers run in" },
	{ .name = "security_group_ids", .type = ATTR_LIST, .elem_type = ATTR_STRING,
	  .flags = ATTR_OPTIONAL, .description = "the security groups of its workers" },
	{ .name = NULL },
};

static const struct attr_schema app_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "the application's name, e.g. retail-spark (names need not be unique)" },
	{ .name = "release_label", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the EMR release, e.g. emr-7.1.0; a change upgrades it in place" },
	{ .name = "application_type", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "the engine: SPARK or HIVE (Terraform's type; type: is the resource's)" },
	{ .name = "architecture", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .default_json = "\"X86_64\"", .description = "the workers' CPUs: X86_64 or ARM64" },
	{ .name = "initial_capacity", .type = ATTR_OBJECT_LIST, .nested = initial_capacity_attrs,
	  .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "workers kept ready, one entry per kind; unset: none" },
	{ .name = "maximum_capacity", .type = ATTR_OBJECT, .nested = maximum_attrs,
	  .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "the most the application may use at once; unset: AWS's account limits" },
	{ .name = "auto_start_configuration", .type = ATTR_OBJECT, .nested = auto_start_attrs,
	  .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "starting on a job's submission; unset: enabled" },
	{ .name = "auto_stop_configuration", .type = ATTR_OBJECT, .nested = auto_stop_attrs,
	  .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "stopping when idle; unset: enabled, after 15 minutes" },
	{ .name = "network_configuration", .type = ATTR_OBJECT, .nested = network_attrs,
	  .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "run in a VPC (to reach databases there); unset: no VPC" },
	{ .name = "tags", .type = ATTR_MAP, .elem_type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .default_json = "{}", .description = "application tags" },
	{ .name = "application_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "the id AWS gave it, e.g. 00fabc12de34f567" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:emr-serverless:REGION:ACCOUNT:/applications/ID" },
	{ .name = NULL },
};

/* GetApplication: 0 with *app (a new reference, NULL when there is none or
 * it is TERMINATED), -1. */
static int get_app(struct aws_client *c, const char *id, json_t **app, struct strbuf *err)
{
	char *path = xasprintf("/applications/%s", id);
	json_t *resp = NULL;
	int rc = emrs_call(c, "GetApplication", "GET", path, NULL, NULL, not_found, &resp, NULL, err);
	const json_t *a = value_get(resp, "application");
	const char *state = value_get_string(a, "state");

	free(path);
	*app = NULL;
	if (rc == 0 && json_is_object(a) && (!state || strcmp(state, "TERMINATED")))
		*app = json_incref((json_t *)a);
	json_decref(resp);
	return rc < 0 ? -1 : 0;
}

/* ---- shapes ---- */

/* A worker's size (cpu, memory, disk: the same names in the API and in
 * the stack): a new object with those that are set. */
static json_t *worker_of(const json_t *w)
{
	json_t *o = json_object();

	value_copy_nonempty(o, "cpu", w, "cpu");
	value_copy_nonempty(o, "memory", w, "memory");
	value_copy_nonempty(o, "disk", w, "disk");
	return o;
}

/* A clientToken for UpdateApplication (1 to 64 of [A-Za-z0-9._-]): a new
 * string, or NULL with err set. */
static char *random_token(struct strbuf *err)
{
	char hex[33];

	if (random_hex(16, hex)) {
		strbuf_addstr(err, APP_TYPE ": cannot make a random clientToken");
		return NULL;
	}
	return xstrdup(hex);
}

/* The settings CreateApplication and UpdateApplication share, from d's
 * attributes that are set: into o. */
static void settings_in(json_t *o, const json_t *d)
{
	const json_t *v, *e;
	size_t i;

	value_copy_nonempty(o, "releaseLabel", d, "release_label");
	value_copy_nonempty(o, "architecture", d, "architecture");
	if (json_is_array(v = value_get(d, "initial_capacity"))) {
		json_t *m = json_object();

		json_array_foreach(v, i, e) {
			const char *kind = value_get_string(e, "initial_capacity_type");
			const json_t *cfg = value_get(e, "initial_capacity_config");

			if (!kind)
				continue;
			json_object_set_new(m, kind, json_pack(
				"{s:I, s:o}", "workerCount",
				(json_int_t)value_get_integer(cfg, "worker_count", 0),
				"workerConfiguration", worker_of(value_get(cfg, "worker_configuration"))));
		}
		json_object_set_new(o, "initialCapacity", m);
	}
	if (json_is_object(v = value_get(d, "maximum_capacity")))
		json_object_set_new(o, "maximumCapacity", worker_of(v));
	if (json_is_object(v = value_get(d, "auto_start_configuration")))
		json_object_set_new(o, "autoStartConfiguration",
				    json_pack("{s:b}", "enabled", !json_is_false(value_get(v, "enabled"))));
	if (json_is_object(v = value_get(d, "auto_stop_configuration")))
		json_object_set_new(o, "autoStopConfiguration",
				    json_pack("{s:b, s:I}", "enabled",
					      !json_is_false(value_get(v, "enabled")), "idleTimeoutMinutes",
					      (json_int_t)value_get_integer(v, "idle_timeout_minutes", 15)));
	if (json_is_object(v = value_get(d, "network_configuration"))) {
		json_t *n = json_object();

		if (json_is_array(value_get(v, "subnet_ids")))
			json_object_set(n, "subnetIds", value_get(v, "subnet_ids"));
		if (json_is_array(value_get(v, "security_group_ids")))
			json_object_set(n, "securityGroupIds", value_get(v, "security_group_ids"));
		json_object_set_new(o, "networkConfiguration", n);
	}
}

/* The attributes of application a (GetApplication's), with the stack's
 * words from prior where they name the same (type's case). */
static json_t *attrs_of(const json_t *a, const json_t *prior)
{
	json_t *o = json_object(), *v, *list;
	const char *type = value_get_string(a, "type");
	const char *written = value_get_string(prior, "application_type");
	const char *key;

	value_copy_nonempty(o, "name", a, "name");
	value_copy_nonempty(o, "release_label", a, "releaseLabel");
	if (type && written && !strcasecmp(written, type)) {
		json_object_set_new(o, "application_type", json_string(written));
	} else if (type) {
		char *up = xstrdup(type);

		for (char *p = up; *p; p++)
			*p = (char)toupper((unsigned char)*p);
		json_object_set_new(o, "application_type", json_string(up));
		free(up);
	}
	json_object_set_new(o, "architecture",
			    json_string(value_get_string_or(a, "architecture", "X86_64")));
	list = json_array();
	json_object_foreach((json_t *)value_get(a, "initialCapacity"), key, v) {
		const json_t *w = value_get(v, "workerConfiguration");

		json_array_append_new(list, json_pack(
			"{s:s, s:{s:I, s:o}}", "initial_capacity_type", key, "initial_capacity_config",
			"worker_count", (json_int_t)value_get_integer(v, "workerCount", 0),
			"worker_configuration", worker_of(w)));
	}
	json_object_set_new(o, "initial_capacity", list);
	if (json_is_object(v = value_get(a, "maximumCapacity")))
		json_object_set_new(o, "maximum_capacity", worker_of(v));
	v = value_get(a, "autoStartConfiguration");
	json_object_set_new(o, "auto_start_configuration",
			    json_pack("{s:b}", "enabled", !json_is_false(value_get(v, "enabled"))));
	v = value_get(a, "autoStopConfiguration");
	json_object_set_new(o, "auto_stop_configuration",
			    json_pack("{s:b, s:I}", "enabled", !json_is_false(value_get(v, "enabled")),
				      "idle_timeout_minutes",
				      (json_int_t)value_get_integer(v, "idleTimeoutMinutes", 15)));
	if (json_is_object(v = value_get(a, "networkConfiguration"))) {
		json_t *n = json_object();

		if (json_is_array(value_get(v, "subnetIds")))
			json_object_set(n, "subnet_ids", value_get(v, "subnetIds"));
		if (json_is_array(value_get(v, "securityGroupIds")))
			json_object_set(n, "security_group_ids", value_get(v, "securityGroupIds"));
		json_object_set_new(o, "network_configuration", n);
	}
	json_object_set_new(o, "tags", json_is_object(value_get(a, "tags"))
					       ? json_deep_copy(value_get(a, "tags")) : json_object());
	value_copy_nonempty(o, "application_id", a, "applicationId");
	value_copy_nonempty(o, "arn", a, "arn");
	return o;
}

static int app_read(void *client, const char *id, const json_t *prior, json_t **out,
		    struct strbuf *err)
{
	json_t *a = NULL;

	*out = NULL;
	if (get_app(client, id, &a, err))
		return -1;
	if (a)
		*out = attrs_of(a, prior);
	json_decref(a);
	return 0;
}

/* ---- states ---- */

static const char *const created_states[] = { "CREATED", "STARTED", "STOPPED", NULL };
static const char *const stopped_states[] = { "CREATED", "STOPPED", NULL };
static const char *const failed_states[] = { "TERMINATED", NULL };

/* An application settled where AWS may change it (CREATED, STARTED or
 * STOPPED), CREATED after its create, STOPPED after StopApplication,
 * TERMINATED (or gone) after its delete. Written out, not through a macro:
 * docs/gen-reference.py counts an operation a macro names for every phase. */
const struct aws_waiter app_settled = {
	.what = "EMR Serverless application %s to settle", .service = &aws_service_emrserverless,
	.operation = "GetApplication", .path = "/applications/%s",
	.status_path = "application/state", .reason_path = "application/stateDetails",
	.done = created_states, .failed = failed_states, .gone = not_found,
	.poll = &emrs_application_poll,
};
const struct aws_waiter app_created = {
	.what = "EMR Serverless application %s to be CREATED",
	.service = &aws_service_emrserverless,
	.operation = "GetApplication", .path = "/applications/%s",
	.status_path = "application/state", .reason_path = "application/stateDetails",
	.done = created_states, .failed = failed_states, .gone = not_found,
	.poll = &emrs_application_poll,
};
const struct aws_waiter app_stopped = {
	.what = "EMR Serverless application %s to be STOPPED",
	.service = &aws_service_emrserverless,
	.operation = "GetApplication", .path = "/applications/%s",
	.status_path = "application/state", .reason_path = "application/stateDetails",
	.done = stopped_states, .failed = failed_states, .gone = not_found,
	.poll = &emrs_application_poll,
};
const struct aws_waiter app_terminated = {
	.what = "EMR Serverless application %s to be TERMINATED",
	.service = &aws_service_emrserverless,
	.operation = "GetApplication", .path = "/applications/%s",
	.status_path = "application/state", .reason_path = "application/stateDetails",
	.done = failed_states, .gone = not_found, .gone_is_done = true,
	.poll = &emrs_application_poll,
};

/* Bring application id to CREATED or STOPPED, where AWS changes it: stop a
 * started (or starting) one and wait. 0 or -1. */
static int app_settle(struct aws_client *c, const char *id, struct strbuf *err)
{
	json_t *a = NULL;
	const char *state;
	int rc;

	if (aws_waiter_run(c, &app_settled, id, err) ||
	    get_app(c, id, &a, err))
		return -1;
	state = value_get_string(a, "state");
	rc = 0;
	if (state && !strcmp(state, "STARTED")) {
		char *path = xasprintf("/applications/%s/stop", id);

		rc = emrs_call(c, "StopApplication", "POST", path, NULL, NULL, NULL, NULL, NULL, err) ? -1 : 0;
		free(path);
	}
	json_decref(a);
	if (!rc)
		rc = aws_waiter_run(c, &app_stopped, id, err);
	return rc;
}

/* ---- tags ---- */

static int tags_sync(struct aws_client *c, const char *arn, const json_t *have,
		     const json_t *want, struct strbuf *err)
{
	json_t *removed = NULL, *set = NULL, *k;
	struct strbuf path = STRBUF_INIT, query = STRBUF_INIT;
	size_t i;
	int rc = 0;

	value_map_diff(have, want, &removed, &set);
	/* The ARN is one label holding '/': encoded whole, sent as it is. */
	strbuf_addstr(&path, "/tags/");
	sigv4_uri_encode(&path, arn, strlen(arn), false);
	if (json_array_size(removed)) {
		json_array_foreach(removed, i, k) {
			if (query.len)
				strbuf_addch(&query, '&');
			strbuf_addstr(&query, "tagKeys=");
			sigv4_uri_encode(&query, json_string_value(k), strlen(json_string_value(k)),
					 false);
		}
		rc = aws_rest_json_call_encoded(c, &aws_service_emrserverless, "UntagResource",
						"DELETE", path.buf,
						query.buf, NULL, NULL, NULL, NULL, NULL, err) ? -1 : 0;
	}
	if (!rc && json_object_size(set)) {
		json_t *in = json_pack("{s:O}", "tags", set);

		rc = aws_rest_json_call_encoded(c, &aws_service_emrserverless, "TagResource",
						"POST", path.buf,
						NULL, in, NULL, NULL, NULL, NULL, err) ? -1 : 0;
		json_decref(in);
	}
	json_decref(removed);
	json_decref(set);
	strbuf_release(&path);
	strbuf_release(&query);
	return rc;
}

/* ---- create, update, delete ---- */

static int app_send_create(struct aws_client *c, const json_t *desired,
			   const struct create_call *call, struct aws_sent *sent,
			   struct strbuf *err)
{
	/* The engine's token, kept in its pending record: a retry of this
	 * create, in this run or a later one, sends the same. */
	char *token = call && call->token ? xstrdup(call->token) : random_token(err);
	json_t *in, *resp = NULL;
	const char *made;
	int rc;

	if (!token)
		return -1;
	in = json_object();
	value_copy_nonempty(in, "name", desired, "name");
	value_copy_nonempty(in, "type", desired, "application_type");
	json_object_set_new(in, "clientToken", json_string(token));
	free(token);
	settings_in(in, desired);
	if (json_object_size(value_get(desired, "tags")))
		json_object_set(in, "tags", value_get(desired, "tags"));
	rc = emrs_call(c, "CreateApplication", "POST", "/applications", NULL, in, NULL, &resp, NULL, err);
	json_decref(in);
	made = value_get_string(resp, "applicationId");
	if (rc || !made) {
		if (!rc)
			strbuf_addstr(err, APP_TYPE ": CreateApplication answered no applicationId");
		json_decref(resp);
		return -1;
	}
	sent->id = xstrdup(made);
	create_call_made(call, sent->id);
	json_decref(resp);
	return aws_waiter_run(c, &app_created, sent->id, err) ? -1 : 0;
}

/* The settings UpdateApplication changes: those desired sets that differ
 * from cur. */
static const char *const settings[] = { "release_label", "architecture", "initial_capacity",
					"maximum_capacity", "auto_start_configuration",
					"auto_stop_configuration", "network_configuration", NULL };

static bool settings_differ(const json_t *cur, const json_t *desired)
{
	for (size_t i = 0; settings[i]; i++) {
		const json_t *want = value_get(desired, settings[i]);

		if (value_is_set(want) && !value_equal(want, value_get(cur, settings[i])))
			return true;
	}
	return false;
}

/* The converge (the contract, provider/aws/adopt.h): from `have` (the application as
 * read() gives it), UpdateApplication with the settings desired sets that
 * differ (the application stopped first, where AWS changes it), the tags,
 * then read back. */
static int app_converge(struct aws_client *c, const char *id, const json_t *have,
			const json_t *desired, json_t **out, struct strbuf *err)
{
	int rc = 0;

	*out = NULL;
	if (settings_differ(have, desired)) {
		char *token = random_token(err), *path = xasprintf("/applications/%s", id);
		json_t *in = json_object();

		settings_in(in, desired);
		rc = token ? app_settle(c, id, err) : -1;
		if (!rc) {
			json_object_set_new(in, "clientToken", json_string(token));
			rc = emrs_call(c, "UpdateApplication", "PATCH", path, NULL, in, NULL, NULL, NULL, err) ? -1 : 0;
		}
		json_decref(in);
		free(path);
		free(token);
	}
	if (!rc)
		rc = tags_sync(c, value_get_string(have, "arn"), value_get(have, "tags"),
			       value_get(desired, "tags"), err);
	if (rc)
		return -1;
	return aws_read_written(app_read, c, id, desired, out, err,
				APP_TYPE ": application %s was updated but GetApplication does not "
				"find it", id);
}

/*
 * Create and update (the contract, provider/aws/adopt.h): CreateApplication carries the
 * engine's create token as its clientToken, so a resend is answered with
 * what the first attempt made. An update converges from a live read
 * (GetApplication, shaped by the state's prior).
 */
static const struct aws_native_ops app_native = {
	.send_create = app_send_create,
	.adopt = { .by = AWS_ADOPT_BY_SERVICE_TOKEN, .noun = "name",
		   .object = APP_TYPE ": application %s" },
	.converge = app_converge,
	.read = app_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape = AWS_SHAPE_PRIOR,
	.made_missing = APP_TYPE ": application %s was made but GetApplication does not find it",
	.gone = APP_TYPE ": application %s is gone",
};

AWS_NATIVE_FUNCTIONS(app, app_native)

static int app_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	struct aws_client *c = client;
	json_t *a = NULL;
	char *path;
	int rc;

	(void)prior;
	if (get_app(c, id, &a, err))
		return -1;
	if (!a)
		return 0;
	json_decref(a);
	if (app_settle(c, id, err))
		return -1;
	path = xasprintf("/applications/%s", id);
	rc = emrs_call(c, "DeleteApplication", "DELETE", path, NULL, NULL, not_found, NULL, NULL, err);
	free(path);
	if (rc < 0)
		return -1;
	return aws_waiter_run(c, &app_terminated, id, err);
}

/* A page of ListApplications: its applications but the TERMINATED. */
static int app_list_page(void *ctx, const json_t *page, const json_t *apps, struct strbuf *err)
{
	json_t *a;
	size_t i;

	(void)page;
	(void)err;
	json_array_foreach(apps, i, a) {
		const char *state = value_get_string(a, "state");

		if (!value_get_string(a, "id") || (state && !strcmp(state, "TERMINATED")))
			continue;
		resource_items_add(ctx, value_get_string(a, "id"), value_get_string(a, "name"),
				   aws_time_of(value_get(a, "createdAt")));
	}
	return 0;
}

/* For sweep: the region's applications but the TERMINATED; ListApplications
 * gives no tags, so sweep reads each. */
static int app_list(void *client, const struct resource_query *q, struct resource_items *out,
		    struct strbuf *err)
{
	(void)q;
	return aws_rest_json_paged(client, &aws_service_emrserverless, "ListApplications", "GET",
				   "/applications",
				   NULL, NULL, NULL, 0, app_list_page, out, err) ? -1 : 0;
}

const struct resource_type aws_emrserverless_application_type = {
	.name = APP_TYPE,
	.description = "an EMR Serverless application: a Spark or Hive engine that runs jobs",
	.attrs = app_attrs,
	.terraform_type = "aws_emrserverless_application",
	.terraform_attrs = "name release_label type architecture initial_capacity "
			   "maximum_capacity auto_start_configuration auto_stop_configuration "
			   "network_configuration tags application_id=id arn application_type=type",
	.read = app_read,
	.create = app_create,
	.update = app_update,
	.native = &app_native,
	.delete = app_delete,
	.import_id = "its application id",
	.list = app_list,
	.list_rank = 3,
	.run = &aws_emrserverless_application_runner,
};
