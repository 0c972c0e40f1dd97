/*
 * glue_job.c: the Glue resource types aws.glue.job, aws.glue.trigger and
 * aws.glue.crawler, over Glue's json protocol (X-Amz-Target AWSGlue.*, JSON
 * 1.1). Each is identified by its name, which is also its id.
 *
 * Tags live apart from the definitions: read with GetTags and changed with
 * TagResource / UntagResource on the ARN arn:PARTITION:glue:REGION:ACCOUNT:
 * KIND/NAME, the account coming from STS GetCallerIdentity (asked once per
 * client) or from the ARN already in state.
 *
 * Shapes: read() reports what the stack writes, with schema defaults where
 * Glue leaves a field out (an absent description is "", absent arguments
 * are {}), so an apply followed by a plan shows no changes. Values Glue
 * chooses when the stack does not (a job's glue_version, timeout,
 * max_capacity; command.python_version; an action's timeout) are the
 * server's: top-level ones are OPTIONAL|COMPUTED, and nested ones that the
 * prior attributes leave unset are reported unset, so the same rule holds.
 * Glue may answer a role ARN with the role's name; read() reports the ARN
 * the stack wrote when it names the same role.
 *
 * A trigger's Type is the attribute trigger_type: `type` is the key that
 * names a resource's type in a stack.
 *
 * Calls that pass a role (CreateJob, UpdateJob, CreateCrawler, UpdateCrawler)
 * retry for IAM role propagation (aws_role_retry_again). Triggers move
 * through transient states (CREATING, ACTIVATING, UPDATING, DELETING): writes
 * wait, bounded, until the trigger settles or is gone. A running crawler
 * refuses updates and deletion: those wait, bounded, for its crawl to end.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/client.h"
#include "provider/aws/glue.h"
#include "provider/aws/resources.h"
#include "provider/aws/wait.h"
#include "provider/aws/xml.h"
#include "provider/provider.h"

#define TRIGGER_SETTLE_SECONDS 300.0
#define CRAWLER_IDLE_SECONDS 900.0
#define WAIT_INTERVAL_SECONDS 2.0

/* ---- small JSON helpers ---- */

static bool str_is(const char *s, const char *want)
{
	return s && !strcmp(s, want);
}

static bool str_in(const char *s, const char *const *set)
{
	for (; s && *set; set++)
		if (!strcmp(s, *set))
			return true;
	return false;
}

/* A string member as a new reference, else dflt (or null). */
static json_t *string_or(const json_t *o, const char *name, const char *dflt)
{
	json_t *v = value_get(o, name);

	if (json_is_string(v))
		return json_incref(v);
	return dflt ? json_string(dflt) : json_null();
}

/* A member that must be an object (a map), copied; {} when absent. */
static json_t *object_or_empty(const json_t *o, const char *name)
{
	json_t *v = value_get(o, name);

	return json_is_object(v) ? json_deep_copy(v) : json_object();
}

/* A list member, copied; [] when absent. */
static json_t *list_or_empty(const json_t *o, const char *name)
{
	json_t *v = value_get(o, name);

	return json_is_array(v) ? json_deep_copy(v) : json_array();
}

static json_t *number_or_null(const json_t *o, const char *name)
{
	json_t *v = value_get(o, name);

	return json_is_number(v) ? json_incref(v) : json_null();
}

/* A whole-number attribute as the integer Glue expects. */
static json_t *whole(const json_t *v)
{
	return json_integer((json_int_t)json_number_value(v));
}

/* Set key only when v is set; v is borrowed. */
static void set_if(json_t *o, const char *key, const json_t *v)
{
	if (value_is_set(v))
		json_object_set(o, key, (json_t *)v);
}

/* Set key only when v is a non-empty string (or a non-empty map/list). */
static void set_if_nonempty(json_t *o, const char *key, const json_t *v)
{
	if ((json_is_string(v) && json_string_length(v)) ||
	    (json_is_object(v) && json_object_size(v)) ||
	    (json_is_array(v) && json_array_size(v)))
		json_object_set(o, key, (json_t *)v);
}

/*
 * A nested attribute that the prior attributes leave unset is Glue's to
 * choose: leave it out of what read() reports, as the core does for
 * top-level OPTIONAL|COMPUTED attributes. Without prior attributes (a
 * resource being adopted) the server's value stands.
 */
static void unset_where_prior_unset(json_t *obj, const json_t *prior_obj, const char *key)
{
	if (json_is_object(prior_obj) && !value_is_set(json_object_get(prior_obj, key)))
		json_object_del(obj, key);
}

/* Glue answers some role ARNs with the role's name (or path/name): report
 * the ARN the stack wrote when it names the same role. */
static json_t *role_as_written(const char *server, const json_t *prior)
{
	const char *written = value_get_string(prior, "role");
	const char *res, *base;

	if (!server)
		return json_null();
	if (written && strncmp(server, "arn:", 4) && !strncmp(written, "arn:", 4) &&
	    (res = strstr(written, ":role/"))) {
		res += strlen(":role/");
		base = strrchr(res, '/');
		if (!strcmp(server, res) || (base && !strcmp(server, base + 1)))
			return json_string(written);
	}
	return json_string(server);
}

/* Whether any settable attribute other than those in `skip` differs between
 * the current and the desired attributes. Unset OPTIONAL|COMPUTED ones are
 * the server's and never differ. */
static bool definition_differs(const struct attr_schema *attrs, const json_t *current,
			       const json_t *desired, const char *const *skip)
{
	for (const struct attr_schema *a = attrs; a->name; a++) {
		const json_t *d = value_get(desired, a->name);

		if (!(a->flags & (ATTR_REQUIRED | ATTR_OPTIONAL)) || str_in(a->name, skip))
			continue;
		if (!value_is_set(d) && (a->flags & ATTR_COMPUTED))
			continue;
		if (!value_equal(d, value_get(current, a->name)))
			return true;
	}
	return false;
}

static const char *const not_found[] = { "EntityNotFoundException", NULL };
static const char *const already_exists[] = {
	"AlreadyExistsException", "IdempotentParameterMismatchException", NULL,
};

/* ---- ARNs ---- */

/* The ARN of the Glue resource KIND/NAME: the one in prior when it names
 * this resource in this region, else built from the caller's account. */
static int kind_arn(struct aws_client *c, const char *kind, const char *name,
		    const json_t *prior, char **arn, struct strbuf *err)
{
	const char *known = value_get_string(prior, "arn");
	char *tail = xasprintf(":glue:%s:", aws_client_region(c));
	char *suffix = xasprintf(":%s/%s", kind, name);
	size_t klen = known ? strlen(known) : 0, slen = strlen(suffix);
	int rc = 0;

	if (known && !strncmp(known, "arn:", 4) && strstr(known, tail) && klen > slen &&
	    !strcmp(known + klen - slen, suffix)) {
		*arn = xstrdup(known);
	} else if (!(*arn = glue_arn(c, NULL, kind, name, err))) {
		strbuf_prefixf(err, "the account id for Glue ARNs: ");
		rc = -1;
	}
	free(tail);
	free(suffix);
	return rc;
}

/* ---- tags ---- */

/* Read the tags at KIND/NAME into o["tags"] and its ARN into o["arn"]. */
static int add_arn_and_tags(struct aws_client *c, const char *kind, const char *name,
			    const json_t *prior, json_t *o, struct strbuf *err)
{
	char *arn;
	json_t *tags;

	if (kind_arn(c, kind, name, prior, &arn, err))
		return -1;
	if (aws_json_read_tags(c, &glue_tagging, arn, &tags, err)) {
		free(arn);
		return -1;
	}
	json_object_set_new(o, "arn", json_string(arn));
	json_object_set_new(o, "tags", tags);
	free(arn);
	return 0;
}

/* Sync the tags of KIND/NAME from current["tags"] to desired["tags"]. */
static int update_tags(struct aws_client *c, const char *kind, const char *name,
		       const json_t *current, const json_t *desired, struct strbuf *err)
{
	const json_t *have = value_get(current, "tags"), *want = value_get(desired, "tags");
	json_t *none = json_object();
	char *arn = NULL;
	int rc = 0;

	if (!json_is_object(have))
		have = none;
	if (!json_is_object(want))
		want = none;
	if (!value_equal(have, want)) {
		rc = kind_arn(c, kind, name, current, &arn, err);
		if (rc == 0)
			rc = aws_json_sync_tags(c, &glue_tagging, arn, have, want, err);
	}
	free(arn);
	json_decref(none);
	return rc;
}

/* ---- the create, read-back and update sequences of the three kinds ---- */

typedef int (*glue_read_fn)(void *client, const char *name, const json_t *prior,
			    json_t **out, struct strbuf *err);
typedef int (*glue_write_fn)(struct aws_client *c, const char *name, const json_t *current,
			     const json_t *desired, struct strbuf *err);

struct glue_kind {
	const char *type;       /* "aws.glue.job" */
	const char *kind;       /* "job": in ARNs and messages */
	const char *create_op;  /* "CreateJob" */
	const char *get_op;     /* "GetJob", for messages */
	bool passes_role;       /* the create passes a role (see glue_call) */
	glue_read_fn read;      /* the attributes, *out NULL when there is no such object */
	glue_write_fn update_to; /* bring it from current to desired */
	/* May refuse to adopt an existing object (-1 with err set); or NULL. */
	int (*check_existing)(const json_t *current, const json_t *desired, struct strbuf *err);
	glue_write_fn adopt;    /* bring an adopted object to desired; NULL: update_to */
	/* After a fresh create, before reading it back; or NULL. */
	int (*created)(struct aws_client *c, const char *name, struct strbuf *err);
};

/* After a write: the object as it now is, or an error if it vanished. */
static int glue_read_back(const struct glue_kind *k, struct aws_client *c, const char *name,
			  const json_t *desired, json_t **out, struct strbuf *err)
{
	if (k->read(c, name, desired, out, err))
		return -1;
	if (!*out) {
		strbuf_addf(err, "%s: %s %s was written but %s does not find it", k->type, k->kind,
			    name, k->get_op);
		return -1;
	}
	return 0;
}

/*
 * Create the object `name` from `input` (the kind's definition; taken),
 * with the desired tags. When it exists already and is ours (aws_adopt_check),
 * bring it to the stack instead. Then read it back.
 */
static int glue_create(const struct glue_kind *k, struct aws_client *c, const char *name,
		       json_t *input, const json_t *desired, bool may_exist, char **id,
		       json_t **out, struct strbuf *err)
{
	json_t *current = NULL;
	const char *code;
	char why[160];
	int rc, attempts;

	set_if_nonempty(input, "Tags", value_get(desired, "tags"));
	rc = glue_call(c, k->create_op, input, k->passes_role, already_exists, NULL, &code,
		       &attempts, err);
	json_decref(input);
	if (rc == 1) {
		snprintf(why, sizeof(why), "glue %s: %s", k->create_op, code);
		if (aws_adopt_check(may_exist, attempts, "name", why, err, "%s: a %s named %s",
				    k->type, k->kind, name))
			rc = -1;
	}
	if (rc < 0)
		return -1;
	if (rc == 1) {
		/* Ours from an earlier interrupted attempt: bring it to the stack. */
		if (k->read(c, name, NULL, &current, err))
			return -1;
		if (!current) {
			strbuf_addf(err, "%s: %s said %s %s exists, but %s does not find it", k->type,
				    k->create_op, k->kind, name, k->get_op);
			return -1;
		}
		if (k->check_existing && k->check_existing(current, desired, err)) {
			json_decref(current);
			return -1;
		}
		*id = xstrdup(name);
		rc = (k->adopt ? k->adopt : k->update_to)(c, name, current, desired, err);
		json_decref(current);
	} else {
		*id = xstrdup(name);
		rc = k->created ? k->created(c, name, err) : 0;
	}
	if (rc)
		return -1;
	return glue_read_back(k, c, name, desired, out, err);
}

static int glue_update(const struct glue_kind *k, void *client, const char *id,
		       const json_t *prior, const json_t *desired, json_t **out,
		       struct strbuf *err)
{
	*out = NULL;
	if (k->update_to(client, id, prior, desired, err))
		return -1;
	return glue_read_back(k, client, id, desired, out, err);
}

/* ---- validation helpers (plan time) ---- */

/* A whole number >= min, when set and known. */
static int check_whole(const char *type, const char *name, const json_t *v, double min,
		       struct strbuf *err)
{
	double n;

	if (!value_is_set(v) || value_is_unknown(v))
		return 0;
	n = json_number_value(v);
	if (!json_is_number(v) || n != (double)(json_int_t)n || n < min) {
		strbuf_addf(err, "%s: %s must be a whole number of at least %.0f", type, name, min);
		return -1;
	}
	return 0;
}

/* A string that is one of `set`, when set and known. */
static int check_enum(const char *type, const char *name, const json_t *v,
		      const char *const *set, struct strbuf *err)
{
	if (!value_is_set(v) || value_is_unknown(v))
		return 0;
	if (!json_is_string(v) || !str_in(json_string_value(v), set)) {
		strbuf_addf(err, "%s: %s must be one of", type, name);
		for (const char *const *s = set; *s; s++)
			strbuf_addf(err, "%s %s", s == set ? "" : ",", *s);
		if (json_is_string(v))
			strbuf_addf(err, "; got \"%s\"", json_string_value(v));
		return -1;
	}
	return 0;
}

static int check_s3_uri(const char *type, const char *name, const json_t *v,
			struct strbuf *err)
{
	if (!json_is_string(v) || value_is_unknown(v))
		return 0;
	if (strncmp(json_string_value(v), "s3://", 5) || json_string_length(v) <= 5) {
		strbuf_addf(err, "%s: %s must be an s3:// URI, got \"%s\"", type, name,
			    json_string_value(v));
		return -1;
	}
	return 0;
}

/* ======================= aws.glue.job ======================= */

#define JOB_TYPE "aws.glue.job"

static const struct attr_schema job_command_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "glueetl (Spark), pythonshell or gluestreaming",
	  .default_json = "\"glueetl\"" },
	{ .name = "script_location", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "s3:// URI of the job's script" },
	{ .name = "python_version", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "\"3\" or \"3.9\"; when unset, Glue's choice" },
	{ .name = NULL },
};

static const struct attr_schema job_execution_attrs[] = {
	{ .name = "max_concurrent_runs", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "runs of the job allowed at the same time", .default_json = "1" },
	{ .name = NULL },
};

static const struct attr_schema job_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "job name" },
	{ .name = "role", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "ARN of the IAM role the job runs as" },
	{ .name = "command", .type = ATTR_OBJECT, .flags = ATTR_REQUIRED,
	  .description = "what runs: name, script_location, python_version",
	  .nested = job_command_attrs },
	{ .name = "glue_version", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "Glue version, like \"4.0\"; when unset, Glue's default" },
	{ .name = "worker_type", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "G.1X, G.2X, G.025X, ...; set with number_of_workers" },
	{ .name = "number_of_workers", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "workers of worker_type per run" },
	{ .name = "max_capacity", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "DPUs per run (pythonshell: 0.0625 or 1); not with worker_type" },
	{ .name = "default_arguments", .type = ATTR_MAP, .flags = ATTR_OPTIONAL,
	  .elem_type = ATTR_STRING, .description = "arguments every run gets, like \"--env\"",
	  .default_json = "{}" },
	{ .name = "non_overridable_arguments", .type = ATTR_MAP, .flags = ATTR_OPTIONAL,
	  .elem_type = ATTR_STRING, .description = "arguments a run cannot override",
	  .default_json = "{}" },
	{ .name = "max_retries", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "retries of a failed run", .default_json = "0" },
	{ .name = "timeout", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "minutes a run may take; when unset, Glue's default" },
	{ .name = "connections", .type = ATTR_LIST, .flags = ATTR_OPTIONAL,
	  .elem_type = ATTR_STRING, .description = "names of Glue connections the job uses",
	  .default_json = "[]" },
	{ .name = "description", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "description", .default_json = "\"\"" },
	{ .name = "execution_property", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL,
	  .description = "max_concurrent_runs", .nested = job_execution_attrs,
	  .default_json = "{\"max_concurrent_runs\": 1}" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "job tags", .default_json = "{}" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "ARN of the job" },
	{ .name = NULL },
};

static const char *const job_kinds[] = { "glueetl", "pythonshell", "gluestreaming", NULL };

static int job_plan_desired(json_t *desired, struct strbuf *err)
{
	const json_t *command = value_get(desired, "command");
	const json_t *worker_type = value_get(desired, "worker_type");
	const json_t *workers = value_get(desired, "number_of_workers");

	if (json_is_object(command) && !value_is_unknown(command)) {
		if (!value_is_set(value_get(command, "script_location"))) {
			strbuf_addstr(err, JOB_TYPE ": command.script_location must be set "
				      "(the s3:// URI of the job's script)");
			return -1;
		}
		if (check_s3_uri(JOB_TYPE, "command.script_location",
				 value_get(command, "script_location"), err) ||
		    check_enum(JOB_TYPE, "command.name", value_get(command, "name"), job_kinds, err))
			return -1;
	}
	if (value_is_set(worker_type) && value_is_set(value_get(desired, "max_capacity"))) {
		strbuf_addstr(err, JOB_TYPE ": set worker_type with number_of_workers, or "
			      "max_capacity, not both");
		return -1;
	}
	if (value_is_set(worker_type) != value_is_set(workers)) {
		strbuf_addstr(err, JOB_TYPE ": worker_type and number_of_workers must be set together");
		return -1;
	}
	if (check_whole(JOB_TYPE, "number_of_workers", workers, 1, err) ||
	    check_whole(JOB_TYPE, "max_retries", value_get(desired, "max_retries"), 0, err) ||
	    check_whole(JOB_TYPE, "timeout", value_get(desired, "timeout"), 1, err) ||
	    check_whole(JOB_TYPE, "execution_property.max_concurrent_runs",
			value_get(value_get(desired, "execution_property"), "max_concurrent_runs"), 1, err))
		return -1;
	return 0;
}

/*
 * The job definition CreateJob takes and UpdateJob's JobUpdate carries
 * (which overwrites the whole definition). What the stack leaves to Glue
 * (glue_version, timeout, max_capacity, command.python_version) is carried
 * over from `current`, so an update keeps it instead of resetting it.
 */
static json_t *job_definition(const json_t *desired, const json_t *current)
{
	const json_t *command = value_get(desired, "command");
	const json_t *v;
	json_t *def = json_object(), *cmd = json_object();

	json_object_set(def, "Role", value_get(desired, "role"));
	set_if(cmd, "Name", value_get(command, "name"));
	set_if(cmd, "ScriptLocation", value_get(command, "script_location"));
	v = value_get(command, "python_version");
	set_if(cmd, "PythonVersion", value_is_set(v) ? v : value_get(value_get(current, "command"), "python_version"));
	json_object_set_new(def, "Command", cmd);

	v = value_get(desired, "glue_version");
	set_if(def, "GlueVersion", value_is_set(v) ? v : value_get(current, "glue_version"));
	if (value_is_set(value_get(desired, "worker_type"))) {
		json_object_set(def, "WorkerType", value_get(desired, "worker_type"));
		json_object_set_new(def, "NumberOfWorkers", whole(value_get(desired, "number_of_workers")));
	} else {
		v = value_get(desired, "max_capacity");
		set_if(def, "MaxCapacity", value_is_set(v) ? v : value_get(current, "max_capacity"));
	}
	v = value_get(desired, "timeout");
	if (!value_is_set(v))
		v = value_get(current, "timeout");
	if (value_is_set(v))
		json_object_set_new(def, "Timeout", whole(v));
	v = value_get(desired, "max_retries");
	json_object_set_new(def, "MaxRetries", value_is_set(v) ? whole(v) : json_integer(0));
	set_if_nonempty(def, "DefaultArguments", value_get(desired, "default_arguments"));
	set_if_nonempty(def, "NonOverridableArguments", value_get(desired, "non_overridable_arguments"));
	v = value_get(desired, "connections");
	if (json_array_size(v))
		json_object_set_new(def, "Connections", json_pack("{s:O}", "Connections", v));
	set_if_nonempty(def, "Description", value_get(desired, "description"));
	v = value_get(value_get(desired, "execution_property"), "max_concurrent_runs");
	json_object_set_new(def, "ExecutionProperty",
			    json_pack("{s:o}", "MaxConcurrentRuns",
				      value_is_set(v) ? whole(v) : json_integer(1)));
	return def;
}

/* The job as attributes; *out NULL when there is no such job. `prior`
 * decides which nested values are the server's (see the file comment). */
static int job_read(void *client, const char *name, const json_t *prior, json_t **out,
		    struct strbuf *err)
{
	struct aws_client *c = client;
	json_t *input = json_pack("{s:s}", "JobName", name);
	const json_t *job, *command;
	json_t *body, *o, *cmd;
	int rc;

	*out = NULL;
	rc = glue_call(c, "GetJob", input, false, not_found, &body, NULL, NULL, err);
	json_decref(input);
	if (rc)
		return rc < 0 ? -1 : 0;
	job = value_get(body, "Job");
	command = value_get(job, "Command");
	o = json_object();
	json_object_set_new(o, "name", string_or(job, "Name", name));
	json_object_set_new(o, "role", role_as_written(value_get_string(job, "Role"), prior));
	cmd = json_object();
	json_object_set_new(cmd, "name", string_or(command, "Name", NULL));
	json_object_set_new(cmd, "script_location", string_or(command, "ScriptLocation", NULL));
	if (json_is_string(value_get(command, "PythonVersion")))
		json_object_set_new(cmd, "python_version", string_or(command, "PythonVersion", NULL));
	unset_where_prior_unset(cmd, value_get(prior, "command"), "python_version");
	json_object_set_new(o, "command", cmd);
	json_object_set_new(o, "glue_version", string_or(job, "GlueVersion", NULL));
	json_object_set_new(o, "worker_type", string_or(job, "WorkerType", NULL));
	json_object_set_new(o, "number_of_workers", number_or_null(job, "NumberOfWorkers"));
	json_object_set_new(o, "max_capacity", number_or_null(job, "MaxCapacity"));
	json_object_set_new(o, "default_arguments", object_or_empty(job, "DefaultArguments"));
	json_object_set_new(o, "non_overridable_arguments",
			    object_or_empty(job, "NonOverridableArguments"));
	json_object_set_new(o, "max_retries", json_is_number(value_get(job, "MaxRetries"))
					      ? json_incref(value_get(job, "MaxRetries"))
					      : json_integer(0));
	json_object_set_new(o, "timeout", number_or_null(job, "Timeout"));
	json_object_set_new(o, "connections", list_or_empty(value_get(job, "Connections"), "Connections"));
	json_object_set_new(o, "description", string_or(job, "Description", ""));
	json_object_set_new(o, "execution_property",
			    json_pack("{s:o}", "max_concurrent_runs",
				      json_is_number(value_get(value_get(job, "ExecutionProperty"),
							  "MaxConcurrentRuns"))
				      ? json_incref(value_get(value_get(job, "ExecutionProperty"),
							 "MaxConcurrentRuns"))
				      : json_integer(1)));
	json_decref(body);
	if (add_arn_and_tags(c, "job", name, prior, o, err)) {
		json_decref(o);
		return -1;
	}
	*out = o;
	return 0;
}

static const char *const job_tag_attrs[] = { "tags", NULL };

/* Bring the job from `current` (its attributes now) to `desired`. */
static int job_update_to(struct aws_client *c, const char *name, const json_t *current,
			 const json_t *desired, struct strbuf *err)
{
	int rc = 0;

	if (definition_differs(job_attrs, current, desired, job_tag_attrs)) {
		json_t *input = json_pack("{s:s, s:o}", "JobName", name, "JobUpdate",
					  job_definition(desired, current));

		rc = glue_call(c, "UpdateJob", input, true, NULL, NULL, NULL, NULL, err);
		json_decref(input);
		if (rc)
			return -1;
	}
	return update_tags(c, "job", name, current, desired, err);
}

static const struct glue_kind job_kind = {
	.type = JOB_TYPE, .kind = "job", .create_op = "CreateJob", .get_op = "GetJob",
	.passes_role = true, .read = job_read, .update_to = job_update_to,
};

static int job_create(void *client, const json_t *desired, bool may_exist, char **id,
		      json_t **out, struct strbuf *err)
{
	const char *name = value_get_string(desired, "name");
	json_t *input;

	*id = NULL;
	*out = NULL;
	if (!name || !*name) {
		strbuf_addstr(err, JOB_TYPE ": name must be set");
		return -1;
	}
	input = job_definition(desired, NULL);
	json_object_set_new(input, "Name", json_string(name));
	return glue_create(&job_kind, client, name, input, desired, may_exist, id, out, err);
}

static int job_update(void *client, const char *id, const json_t *prior,
		      const json_t *desired, json_t **out, struct strbuf *err)
{
	return glue_update(&job_kind, client, id, prior, desired, out, err);
}

static int job_delete(void *client, const char *id, const json_t *prior,
		      struct strbuf *err)
{
	json_t *input = json_pack("{s:s}", "JobName", id);
	int rc;

	(void)prior;
	/* DeleteJob answers success for a job that does not exist. */
	rc = glue_call(client, "DeleteJob", input, false, not_found, NULL, NULL, NULL, err);
	json_decref(input);
	return rc < 0 ? -1 : 0;
}

const struct resource_type aws_glue_job_type = {
	.name = "aws.glue.job",
	.description = "a Glue job: a Spark, Python shell or streaming script and how it runs",
	.attrs = job_attrs,
	.read = job_read,
	.create = job_create,
	.update = job_update,
	.delete = job_delete,
	.plan_desired = job_plan_desired,
	.import_id = "its name",
};

/* ======================= aws.glue.trigger ======================= */

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

static const char *const trigger_types[] = { "SCHEDULED", "CONDITIONAL", "ON_DEMAND", NULL };
static const char *const logicals[] = { "AND", "ANY", NULL };
static const char *const logical_operators[] = { "EQUALS", NULL };
static const char *const job_run_states[] = {
	"STARTING", "RUNNING", "STOPPING", "STOPPED", "SUCCEEDED", "FAILED", "TIMEOUT",
	"ERROR", "WAITING", "EXPIRED", NULL,
};
static const char *const crawl_states[] = {
	"RUNNING", "CANCELLING", "CANCELLED", "SUCCEEDED", "FAILED", "ERROR", NULL,
};

/* Exactly one of a and b set (unknown counts as set). */
static bool exactly_one(const json_t *a, const json_t *b)
{
	return value_is_set(a) != value_is_set(b);
}

static int trigger_check_conditions(const json_t *predicate, struct strbuf *err)
{
	const json_t *conditions = value_get(predicate, "conditions");
	size_t i;
	json_t *cond;

	if (check_enum(TRIGGER_TYPE, "predicate.logical", value_get(predicate, "logical"), logicals, err))
		return -1;
	if (value_is_unknown(conditions))
		return 0;
	if (!json_array_size(conditions)) {
		strbuf_addstr(err, TRIGGER_TYPE ": predicate.conditions must list at least one "
			      "condition");
		return -1;
	}
	json_array_foreach(conditions, i, cond) {
		if (value_is_unknown(cond))
			continue;
		if (!exactly_one(value_get(cond, "job_name"), value_get(cond, "crawler_name")) ||
		    value_is_set(value_get(cond, "job_name")) != value_is_set(value_get(cond, "state")) ||
		    value_is_set(value_get(cond, "crawler_name")) != value_is_set(value_get(cond, "crawl_state"))) {
			strbuf_addf(err, TRIGGER_TYPE ": predicate condition %zu must set job_name "
				    "with state, or crawler_name with crawl_state", i);
			return -1;
		}
		if (check_enum(TRIGGER_TYPE, "predicate condition logical_operator",
			       value_get(cond, "logical_operator"), logical_operators, err) ||
		    check_enum(TRIGGER_TYPE, "predicate condition state", value_get(cond, "state"),
			       job_run_states, err) ||
		    check_enum(TRIGGER_TYPE, "predicate condition crawl_state",
			       value_get(cond, "crawl_state"), crawl_states, err))
			return -1;
	}
	return 0;
}

static int trigger_plan_desired(json_t *desired, struct strbuf *err)
{
	const json_t *type = value_get(desired, "trigger_type");
	const json_t *actions = value_get(desired, "actions");
	const char *t = json_string_value(type);
	size_t i;
	json_t *action;

	if (check_enum(TRIGGER_TYPE, "trigger_type", type, trigger_types, err))
		return -1;
	if (t && str_is(t, "SCHEDULED") != value_is_set(value_get(desired, "schedule"))) {
		strbuf_addstr(err, str_is(t, "SCHEDULED")
			      ? TRIGGER_TYPE ": a SCHEDULED trigger needs a schedule"
			      : TRIGGER_TYPE ": schedule applies only to SCHEDULED triggers");
		return -1;
	}
	if (t && str_is(t, "CONDITIONAL") != value_is_set(value_get(desired, "predicate"))) {
		strbuf_addstr(err, str_is(t, "CONDITIONAL")
			      ? TRIGGER_TYPE ": a CONDITIONAL trigger needs a predicate"
			      : TRIGGER_TYPE ": predicate applies only to CONDITIONAL triggers");
		return -1;
	}
	if (str_is(t, "ON_DEMAND") && value_is_set(value_get(desired, "enabled"))) {
		strbuf_addstr(err, TRIGGER_TYPE ": enabled does not apply to ON_DEMAND triggers, "
			      "which have no active state: leave it unset");
		return -1;
	}
	if (value_is_set(value_get(desired, "predicate")) && !value_is_unknown(value_get(desired, "predicate")) &&
	    trigger_check_conditions(value_get(desired, "predicate"), err))
		return -1;
	if (value_is_unknown(actions))
		return 0;
	if (!json_array_size(actions)) {
		strbuf_addstr(err, TRIGGER_TYPE ": actions must list at least one action");
		return -1;
	}
	json_array_foreach(actions, i, action) {
		if (value_is_unknown(action))
			continue;
		if (!exactly_one(value_get(action, "job_name"), value_get(action, "crawler_name"))) {
			strbuf_addf(err, TRIGGER_TYPE ": action %zu must set exactly one of job_name "
				    "and crawler_name", i);
			return -1;
		}
		if (check_whole(TRIGGER_TYPE, "action timeout", value_get(action, "timeout"), 1, err))
			return -1;
	}
	return 0;
}

static json_t *trigger_predicate_input(const json_t *predicate)
{
	json_t *conditions = json_array();
	size_t i;
	json_t *cond;

	json_array_foreach(value_get(predicate, "conditions"), i, cond) {
		json_t *c = json_object();

		set_if(c, "LogicalOperator", value_get(cond, "logical_operator"));
		set_if(c, "JobName", value_get(cond, "job_name"));
		set_if(c, "State", value_get(cond, "state"));
		set_if(c, "CrawlerName", value_get(cond, "crawler_name"));
		set_if(c, "CrawlState", value_get(cond, "crawl_state"));
		json_array_append_new(conditions, c);
	}
	return json_pack("{s:o, s:o}", "Logical", string_or(predicate, "logical", "AND"),
			 "Conditions", conditions);
}

static json_t *trigger_actions_input(const json_t *actions)
{
	json_t *list = json_array();
	size_t i;
	json_t *action;

	json_array_foreach(actions, i, action) {
		json_t *a = json_object();

		set_if(a, "JobName", value_get(action, "job_name"));
		set_if(a, "CrawlerName", value_get(action, "crawler_name"));
		set_if_nonempty(a, "Arguments", value_get(action, "arguments"));
		if (value_is_set(value_get(action, "timeout")))
			json_object_set_new(a, "Timeout", whole(value_get(action, "timeout")));
		json_array_append_new(list, a);
	}
	return list;
}

/* The definition CreateTrigger takes and UpdateTrigger's TriggerUpdate
 * carries (which overwrites the whole previous definition). */
static json_t *trigger_definition(const json_t *desired)
{
	json_t *def = json_object();

	if (str_is(value_get_string(desired, "trigger_type"), "SCHEDULED"))
		set_if(def, "Schedule", value_get(desired, "schedule"));
	if (value_is_set(value_get(desired, "predicate")))
		json_object_set_new(def, "Predicate",
				    trigger_predicate_input(value_get(desired, "predicate")));
	json_object_set_new(def, "Actions", trigger_actions_input(value_get(desired, "actions")));
	set_if_nonempty(def, "Description", value_get(desired, "description"));
	return def;
}

/* Whether a trigger in this state is on its way somewhere. */
static bool trigger_state_moving(const char *state)
{
	static const char *const moving[] = {
		"CREATING", "ACTIVATING", "DEACTIVATING", "UPDATING", "DELETING", NULL,
	};
	return str_in(state, moving);
}

static json_t *trigger_enabled_of(const char *type, const char *state)
{
	if (!type || !state || str_is(type, "ON_DEMAND"))
		return json_null();
	return json_boolean(str_is(state, "ACTIVATED") || str_is(state, "ACTIVATING"));
}

/* GetTrigger: 0 with *trigger (new reference) set, or NULL when gone. */
static int get_trigger(struct aws_client *c, const char *name, json_t **trigger,
		       struct strbuf *err)
{
	json_t *input = json_pack("{s:s}", "Name", name);
	json_t *body;
	int rc = glue_call(c, "GetTrigger", input, false, not_found, &body, NULL, NULL, err);

	json_decref(input);
	*trigger = NULL;
	if (rc == 0)
		*trigger = json_incref(value_get(body, "Trigger"));
	json_decref(body);
	return rc < 0 ? -1 : 0;
}

struct trigger_wait {
	struct aws_client *c;
	const char *name;
};

/* aws_wait check: done when the trigger is in a resting state. */
static int trigger_settled(void *ctx, struct strbuf *status, struct strbuf *err)
{
	struct trigger_wait *w = ctx;
	json_t *trigger;
	const char *state;
	int done;

	if (get_trigger(w->c, w->name, &trigger, err))
		return -1;
	if (!trigger) {
		/* Just created, and not visible to reads yet. */
		strbuf_addstr(status, "not found yet");
		return 0;
	}
	state = value_get_string(trigger, "State");
	done = !trigger_state_moving(state);
	if (!done)
		strbuf_addstr(status, state);
	json_decref(trigger);
	return done;
}

/* aws_wait check: done when the trigger is gone. */
static int trigger_gone(void *ctx, struct strbuf *status, struct strbuf *err)
{
	struct trigger_wait *w = ctx;
	json_t *trigger;

	if (get_trigger(w->c, w->name, &trigger, err))
		return -1;
	if (!trigger)
		return 1;
	strbuf_addstr(status, value_get_string(trigger, "State") ? value_get_string(trigger, "State") : "present");
	json_decref(trigger);
	return 0;
}

static int wait_trigger(struct aws_client *c, const char *name, aws_wait_check_fn check,
			const char *what_kind, struct strbuf *err)
{
	struct trigger_wait w = { c, name };
	char *what = xasprintf("glue trigger %s %s", name, what_kind);
	int rc = aws_wait(what, TRIGGER_SETTLE_SECONDS, WAIT_INTERVAL_SECONDS, check, &w, err);

	free(what);
	return rc;
}

static int trigger_read(void *client, const char *name, const json_t *prior, json_t **out,
			struct strbuf *err)
{
	struct aws_client *c = client;
	const json_t *predicate, *prior_actions = value_get(prior, "actions");
	json_t *trigger, *o, *actions = json_array();
	size_t i;
	json_t *a;

	*out = NULL;
	if (get_trigger(c, name, &trigger, err)) {
		json_decref(actions);
		return -1;
	}
	if (!trigger) {
		json_decref(actions);
		return 0;
	}
	o = json_object();
	json_object_set_new(o, "name", string_or(trigger, "Name", name));
	json_object_set_new(o, "trigger_type", string_or(trigger, "Type", NULL));
	json_object_set_new(o, "schedule", string_or(trigger, "Schedule", NULL));
	predicate = value_get(trigger, "Predicate");
	if (json_array_size(value_get(predicate, "Conditions"))) {
		json_t *conditions = json_array();
		json_t *cond;

		json_array_foreach(value_get(predicate, "Conditions"), i, cond) {
			json_t *c2 = json_object();

			json_object_set_new(c2, "logical_operator",
					    string_or(cond, "LogicalOperator", "EQUALS"));
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
					      string_or(predicate, "Logical", "AND"),
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
		json_object_set_new(act, "arguments", object_or_empty(a, "Arguments"));
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
	json_object_set_new(o, "description", string_or(trigger, "Description", ""));
	json_decref(trigger);
	if (add_arn_and_tags(c, "trigger", name, prior, o, err)) {
		json_decref(o);
		return -1;
	}
	*out = o;
	return 0;
}

static int trigger_simple_call(struct aws_client *c, const char *op, const char *name,
			       struct strbuf *err)
{
	json_t *input = json_pack("{s:s}", "Name", name);
	int rc = glue_call(c, op, input, false, NULL, NULL, NULL, NULL, err);

	json_decref(input);
	return rc ? -1 : 0;
}

static const char *const trigger_skip_attrs[] = { "tags", "enabled", NULL };

/* Bring the trigger from `current` (its attributes now) to `desired`. */
static int trigger_update_to(struct aws_client *c, const char *name, const json_t *current,
			     const json_t *desired, struct strbuf *err)
{
	const json_t *want = value_get(desired, "enabled");

	if (definition_differs(trigger_attrs, current, desired, trigger_skip_attrs)) {
		json_t *input = json_pack("{s:s, s:o}", "Name", name, "TriggerUpdate",
					  trigger_definition(desired));
		int rc = glue_call(c, "UpdateTrigger", input, false, NULL, NULL, NULL, NULL, err);

		json_decref(input);
		if (rc || wait_trigger(c, name, trigger_settled, "to settle after UpdateTrigger", err))
			return -1;
	}
	if (json_is_boolean(want) && !value_equal(want, value_get(current, "enabled"))) {
		const char *op = json_is_true(want) ? "StartTrigger" : "StopTrigger";

		if (trigger_simple_call(c, op, name, err) ||
		    wait_trigger(c, name, trigger_settled, json_is_true(want) ? "to activate"
									       : "to deactivate", err))
			return -1;
	}
	return update_tags(c, "trigger", name, current, desired, err);
}

/* An existing trigger of another type cannot be adopted: the type is fixed. */
static int trigger_check_existing(const json_t *current, const json_t *desired,
				  struct strbuf *err)
{
	const char *existing = value_get_string(current, "trigger_type");
	const char *type = value_get_string(desired, "trigger_type");

	if (str_is(existing, type))
		return 0;
	strbuf_addf(err, TRIGGER_TYPE ": trigger %s already exists with type %s, not %s: delete "
		    "it or choose another name", value_get_string(desired, "name"),
		    existing ? existing : "(none)", type);
	return -1;
}

static int trigger_adopt(struct aws_client *c, const char *name, const json_t *current,
			 const json_t *desired, struct strbuf *err)
{
	if (wait_trigger(c, name, trigger_settled, "to settle", err))
		return -1;
	return trigger_update_to(c, name, current, desired, err);
}

static int trigger_created(struct aws_client *c, const char *name, struct strbuf *err)
{
	return wait_trigger(c, name, trigger_settled, "to be created", err);
}

static const struct glue_kind trigger_kind = {
	.type = TRIGGER_TYPE, .kind = "trigger", .create_op = "CreateTrigger",
	.get_op = "GetTrigger", .read = trigger_read, .update_to = trigger_update_to,
	.check_existing = trigger_check_existing, .adopt = trigger_adopt,
	.created = trigger_created,
};

static int trigger_create(void *client, const json_t *desired, bool may_exist, char **id,
			  json_t **out, struct strbuf *err)
{
	const char *name = value_get_string(desired, "name");
	const char *type = value_get_string(desired, "trigger_type");
	const json_t *enabled = value_get(desired, "enabled");
	json_t *input;

	*id = NULL;
	*out = NULL;
	if (!name || !*name || !type) {
		strbuf_addstr(err, TRIGGER_TYPE ": name and trigger_type must be set");
		return -1;
	}
	input = trigger_definition(desired);
	json_object_set_new(input, "Name", json_string(name));
	json_object_set_new(input, "Type", json_string(type));
	if (!str_is(type, "ON_DEMAND"))
		json_object_set_new(input, "StartOnCreation", json_boolean(!json_is_false(enabled)));
	return glue_create(&trigger_kind, client, name, input, desired, may_exist, id, out, err);
}

static int trigger_update(void *client, const char *id, const json_t *prior,
			  const json_t *desired, json_t **out, struct strbuf *err)
{
	return glue_update(&trigger_kind, client, id, prior, desired, out, err);
}

static int trigger_delete(void *client, const char *id, const json_t *prior,
			  struct strbuf *err)
{
	json_t *input = json_pack("{s:s}", "Name", id);
	int rc;

	(void)prior;
	rc = glue_call(client, "DeleteTrigger", input, false, not_found, NULL, NULL, NULL, err);
	json_decref(input);
	if (rc < 0)
		return -1;
	return wait_trigger(client, id, trigger_gone, "to be deleted", err);
}

const struct resource_type aws_glue_trigger_type = {
	.name = "aws.glue.trigger",
	.description = "a Glue trigger: starts jobs or crawlers on a schedule, on conditions, "
		       "or on demand",
	.attrs = trigger_attrs,
	.read = trigger_read,
	.create = trigger_create,
	.update = trigger_update,
	.delete = trigger_delete,
	.plan_desired = trigger_plan_desired,
	.import_id = "its name",
};

/* ======================= aws.glue.crawler ======================= */

#define CRAWLER_TYPE "aws.glue.crawler"

static const struct attr_schema crawler_s3_target_attrs[] = {
	{ .name = "path", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "s3:// URI of the data to crawl" },
	{ .name = "exclusions", .type = ATTR_LIST, .flags = ATTR_OPTIONAL,
	  .elem_type = ATTR_STRING, .description = "glob patterns left out of the crawl",
	  .default_json = "[]" },
	{ .name = NULL },
};

static const struct attr_schema crawler_schema_policy_attrs[] = {
	{ .name = "update_behavior", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "UPDATE_IN_DATABASE or LOG",
	  .default_json = "\"UPDATE_IN_DATABASE\"" },
	{ .name = "delete_behavior", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "DEPRECATE_IN_DATABASE, DELETE_FROM_DATABASE or LOG",
	  .default_json = "\"DEPRECATE_IN_DATABASE\"" },
	{ .name = NULL },
};

#define CRAWLER_POLICY_DEFAULT \
	"{\"update_behavior\": \"UPDATE_IN_DATABASE\", \"delete_behavior\": \"DEPRECATE_IN_DATABASE\"}"

static const struct attr_schema crawler_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "crawler name" },
	{ .name = "role", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "ARN of the IAM role the crawler runs as" },
	{ .name = "database_name", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "Glue database the crawler writes tables to" },
	{ .name = "s3_targets", .type = ATTR_OBJECT_LIST, .flags = ATTR_REQUIRED,
	  .description = "S3 locations to crawl: path, exclusions",
	  .nested = crawler_s3_target_attrs },
	{ .name = "schedule", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "cron expression, like \"cron(0 3 * * ? *)\"; unset: on demand only" },
	{ .name = "table_prefix", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "prefix of the tables the crawler creates", .default_json = "\"\"" },
	{ .name = "description", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "description", .default_json = "\"\"" },
	{ .name = "schema_change_policy", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL,
	  .description = "update_behavior, delete_behavior", .nested = crawler_schema_policy_attrs,
	  .default_json = CRAWLER_POLICY_DEFAULT },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "crawler tags", .default_json = "{}" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "ARN of the crawler" },
	{ .name = NULL },
};

static const char *const update_behaviors[] = { "UPDATE_IN_DATABASE", "LOG", NULL };
static const char *const delete_behaviors[] = {
	"DEPRECATE_IN_DATABASE", "DELETE_FROM_DATABASE", "LOG", NULL,
};

static int crawler_plan_desired(json_t *desired, struct strbuf *err)
{
	const json_t *targets = value_get(desired, "s3_targets");
	const json_t *policy = value_get(desired, "schema_change_policy");
	size_t i;
	json_t *t;

	if (!value_is_unknown(targets)) {
		if (!json_array_size(targets)) {
			strbuf_addstr(err, CRAWLER_TYPE ": s3_targets must list at least one target");
			return -1;
		}
		json_array_foreach(targets, i, t) {
			if (value_is_unknown(t))
				continue;
			if (!value_is_set(value_get(t, "path"))) {
				strbuf_addf(err, CRAWLER_TYPE ": s3_targets item %zu must set path", i);
				return -1;
			}
			if (check_s3_uri(CRAWLER_TYPE, "s3_targets path", value_get(t, "path"), err))
				return -1;
		}
	}
	if (!value_is_unknown(policy) &&
	    (check_enum(CRAWLER_TYPE, "schema_change_policy.update_behavior",
			value_get(policy, "update_behavior"), update_behaviors, err) ||
	     check_enum(CRAWLER_TYPE, "schema_change_policy.delete_behavior",
			value_get(policy, "delete_behavior"), delete_behaviors, err)))
		return -1;
	return 0;
}

/* The crawler definition shared by CreateCrawler and UpdateCrawler. For an
 * update, cleared values are sent empty (UpdateCrawler keeps what is left
 * out); a create leaves them out. */
static json_t *crawler_definition(const json_t *desired, bool for_update)
{
	const json_t *policy = value_get(desired, "schema_change_policy");
	json_t *def = json_object(), *targets = json_array();
	size_t i;
	json_t *t;

	json_object_set(def, "Role", value_get(desired, "role"));
	json_object_set(def, "DatabaseName", value_get(desired, "database_name"));
	json_array_foreach(value_get(desired, "s3_targets"), i, t) {
		json_t *target = json_object();

		json_object_set(target, "Path", value_get(t, "path"));
		json_object_set_new(target, "Exclusions", list_or_empty(t, "exclusions"));
		json_array_append_new(targets, target);
	}
	json_object_set_new(def, "Targets", json_pack("{s:o}", "S3Targets", targets));
	if (for_update) {
		json_object_set_new(def, "Schedule", string_or(desired, "schedule", ""));
		json_object_set_new(def, "TablePrefix", string_or(desired, "table_prefix", ""));
		json_object_set_new(def, "Description", string_or(desired, "description", ""));
	} else {
		set_if_nonempty(def, "Schedule", value_get(desired, "schedule"));
		set_if_nonempty(def, "TablePrefix", value_get(desired, "table_prefix"));
		set_if_nonempty(def, "Description", value_get(desired, "description"));
	}
	json_object_set_new(def, "SchemaChangePolicy",
			    json_pack("{s:o, s:o}",
				      "UpdateBehavior",
				      string_or(policy, "update_behavior", "UPDATE_IN_DATABASE"),
				      "DeleteBehavior",
				      string_or(policy, "delete_behavior", "DEPRECATE_IN_DATABASE")));
	return def;
}

static int get_crawler(struct aws_client *c, const char *name, json_t **crawler,
		       struct strbuf *err)
{
	json_t *input = json_pack("{s:s}", "Name", name);
	json_t *body;
	int rc = glue_call(c, "GetCrawler", input, false, not_found, &body, NULL, NULL, err);

	json_decref(input);
	*crawler = NULL;
	if (rc == 0)
		*crawler = json_incref(value_get(body, "Crawler"));
	json_decref(body);
	return rc < 0 ? -1 : 0;
}

static int crawler_read(void *client, const char *name, const json_t *prior, json_t **out,
			struct strbuf *err)
{
	struct aws_client *c = client;
	const json_t *policy;
	json_t *crawler, *o, *targets = json_array();
	size_t i;
	json_t *t;

	*out = NULL;
	if (get_crawler(c, name, &crawler, err)) {
		json_decref(targets);
		return -1;
	}
	if (!crawler) {
		json_decref(targets);
		return 0;
	}
	o = json_object();
	json_object_set_new(o, "name", string_or(crawler, "Name", name));
	json_object_set_new(o, "role", role_as_written(value_get_string(crawler, "Role"), prior));
	json_object_set_new(o, "database_name", string_or(crawler, "DatabaseName", NULL));
	json_array_foreach(value_get(value_get(crawler, "Targets"), "S3Targets"), i, t)
		json_array_append_new(targets, json_pack("{s:o, s:o}", "path",
							 string_or(t, "Path", NULL), "exclusions",
							 list_or_empty(t, "Exclusions")));
	json_object_set_new(o, "s3_targets", targets);
	json_object_set_new(o, "schedule",
			    string_or(value_get(crawler, "Schedule"), "ScheduleExpression", NULL));
	if (json_is_string(json_object_get(o, "schedule")) &&
	    !json_string_length(json_object_get(o, "schedule")))
		json_object_set_new(o, "schedule", json_null());
	json_object_set_new(o, "table_prefix", string_or(crawler, "TablePrefix", ""));
	json_object_set_new(o, "description", string_or(crawler, "Description", ""));
	policy = value_get(crawler, "SchemaChangePolicy");
	json_object_set_new(o, "schema_change_policy",
			    json_pack("{s:o, s:o}",
				      "update_behavior",
				      string_or(policy, "UpdateBehavior", "UPDATE_IN_DATABASE"),
				      "delete_behavior",
				      string_or(policy, "DeleteBehavior", "DEPRECATE_IN_DATABASE")));
	json_decref(crawler);
	if (add_arn_and_tags(c, "crawler", name, prior, o, err)) {
		json_decref(o);
		return -1;
	}
	*out = o;
	return 0;
}

struct crawler_wait {
	struct aws_client *c;
	const char *name;
};

/* aws_wait check: done when the crawler is not crawling (or is gone). */
static int crawler_idle(void *ctx, struct strbuf *status, struct strbuf *err)
{
	struct crawler_wait *w = ctx;
	const char *state;
	json_t *crawler;
	int done;

	if (get_crawler(w->c, w->name, &crawler, err))
		return -1;
	if (!crawler)
		return 1;
	state = value_get_string(crawler, "State");
	done = !str_is(state, "RUNNING") && !str_is(state, "STOPPING");
	if (!done)
		strbuf_addstr(status, state);
	json_decref(crawler);
	return done;
}

/*
 * A crawler operation that a running crawl refuses (CrawlerRunningException):
 * wait, bounded, for the crawl to end, then try once more. `accepted` as for
 * glue_call.
 */
static int crawler_request(struct aws_client *c, const char *op, const json_t *input,
			   bool passes_role, const char *const *accepted,
			   struct strbuf *err)
{
	const char *first[8] = { "CrawlerRunningException" };
	const char *name = value_get_string(input, "Name");
	struct crawler_wait w = { c, name };
	const char *code;
	size_t n = 1;
	char *what;
	int rc;

	for (const char *const *a = accepted; a && *a && n < 7; a++)
		first[n++] = *a;
	rc = glue_call(c, op, input, passes_role, first, NULL, &code, NULL, err);
	if (rc != 1 || strcmp(code, "CrawlerRunningException"))
		return rc;
	what = xasprintf("glue crawler %s to finish its crawl before %s", name, op);
	rc = aws_wait(what, CRAWLER_IDLE_SECONDS, WAIT_INTERVAL_SECONDS, crawler_idle, &w, err);
	free(what);
	if (rc)
		return -1;
	return glue_call(c, op, input, passes_role, accepted, NULL, NULL, NULL, err);
}

static const char *const crawler_tag_attrs[] = { "tags", NULL };

static int crawler_update_to(struct aws_client *c, const char *name, const json_t *current,
			     const json_t *desired, struct strbuf *err)
{
	if (definition_differs(crawler_attrs, current, desired, crawler_tag_attrs)) {
		json_t *input = crawler_definition(desired, true);
		int rc;

		json_object_set_new(input, "Name", json_string(name));
		rc = crawler_request(c, "UpdateCrawler", input, true, NULL, err);
		json_decref(input);
		if (rc)
			return -1;
	}
	return update_tags(c, "crawler", name, current, desired, err);
}

static const struct glue_kind crawler_kind = {
	.type = CRAWLER_TYPE, .kind = "crawler", .create_op = "CreateCrawler",
	.get_op = "GetCrawler", .passes_role = true, .read = crawler_read,
	.update_to = crawler_update_to,
};

static int crawler_create(void *client, const json_t *desired, bool may_exist, char **id,
			  json_t **out, struct strbuf *err)
{
	const char *name = value_get_string(desired, "name");
	json_t *input;

	*id = NULL;
	*out = NULL;
	if (!name || !*name) {
		strbuf_addstr(err, CRAWLER_TYPE ": name must be set");
		return -1;
	}
	input = crawler_definition(desired, false);
	json_object_set_new(input, "Name", json_string(name));
	return glue_create(&crawler_kind, client, name, input, desired, may_exist, id, out, err);
}

static int crawler_update(void *client, const char *id, const json_t *prior,
			  const json_t *desired, json_t **out, struct strbuf *err)
{
	return glue_update(&crawler_kind, client, id, prior, desired, out, err);
}

static int crawler_delete(void *client, const char *id, const json_t *prior,
			  struct strbuf *err)
{
	json_t *input = json_pack("{s:s}", "Name", id);
	int rc;

	(void)prior;
	rc = crawler_request(client, "DeleteCrawler", input, false, not_found, err);
	json_decref(input);
	return rc < 0 ? -1 : 0;
}

const struct resource_type aws_glue_crawler_type = {
	.name = "aws.glue.crawler",
	.description = "a Glue crawler: catalogs S3 data as tables of a Glue database",
	.attrs = crawler_attrs,
	.read = crawler_read,
	.create = crawler_create,
	.update = crawler_update,
	.delete = crawler_delete,
	.plan_desired = crawler_plan_desired,
	.import_id = "its name",
};
