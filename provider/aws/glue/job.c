/*
 * glue/job.c: the resource type aws.glue.job, a Glue job (a Spark, Python
 * shell or streaming script and how it runs), over Glue's json protocol
 * (glue/api.h). Identified by its name, which is also its id.
 *
 * Tags live apart from the definition: read with GetTags and changed with
 * TagResource / UntagResource on the ARN arn:PARTITION:glue:REGION:ACCOUNT:
 * job/NAME, the account coming from STS GetCallerIdentity (asked once per
 * client) or from the ARN already in state.
 *
 * Shapes: read() reports what the stack writes, with schema defaults where
 * Glue leaves a field out (an absent description is "", absent arguments
 * are {}), so an apply followed by a plan shows no changes. Values Glue
 * chooses when the stack does not (glue_version, timeout, max_capacity,
 * command.python_version) are the server's: top-level ones are
 * OPTIONAL|COMPUTED, and nested ones that the prior attributes leave unset
 * are reported unset, so the same rule holds. Glue may answer a role ARN
 * with the role's name; read() reports the ARN the stack wrote when it
 * names the same role.
 *
 * CreateJob and UpdateJob pass a role: the transport waits for IAM to
 * propagate it (timing.h).
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
	  .description = "IAM role the job runs as: ${role.arn} (a role name works too)" },
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
	glue_set_if(cmd, "Name", value_get(command, "name"));
	glue_set_if(cmd, "ScriptLocation", value_get(command, "script_location"));
	v = value_get(command, "python_version");
	glue_set_if(cmd, "PythonVersion", value_is_set(v) ? v : value_get(value_get(current, "command"), "python_version"));
	json_object_set_new(def, "Command", cmd);

	v = value_get(desired, "glue_version");
	glue_set_if(def, "GlueVersion", value_is_set(v) ? v : value_get(current, "glue_version"));
	if (value_is_set(value_get(desired, "worker_type"))) {
		json_object_set(def, "WorkerType", value_get(desired, "worker_type"));
		json_object_set_new(def, "NumberOfWorkers", glue_whole(value_get(desired, "number_of_workers")));
	} else {
		v = value_get(desired, "max_capacity");
		glue_set_if(def, "MaxCapacity", value_is_set(v) ? v : value_get(current, "max_capacity"));
	}
	v = value_get(desired, "timeout");
	if (!value_is_set(v))
		v = value_get(current, "timeout");
	if (value_is_set(v))
		json_object_set_new(def, "Timeout", glue_whole(v));
	v = value_get(desired, "max_retries");
	json_object_set_new(def, "MaxRetries", value_is_set(v) ? glue_whole(v) : json_integer(0));
	glue_set_if_nonempty(def, "DefaultArguments", value_get(desired, "default_arguments"));
	glue_set_if_nonempty(def, "NonOverridableArguments", value_get(desired, "non_overridable_arguments"));
	v = value_get(desired, "connections");
	if (json_array_size(v))
		json_object_set_new(def, "Connections", json_pack("{s:O}", "Connections", v));
	glue_set_if_nonempty(def, "Description", value_get(desired, "description"));
	v = value_get(value_get(desired, "execution_property"), "max_concurrent_runs");
	json_object_set_new(def, "ExecutionProperty",
			    json_pack("{s:o}", "MaxConcurrentRuns",
				      value_is_set(v) ? glue_whole(v) : json_integer(1)));
	return def;
}

/* Job `job` as GetJob and GetJobs give it, as attributes, with its tags
 * read: for read() and for the listing alike. `prior` decides which nested
 * values are the server's (see the file comment). */
static int job_attrs_of(struct aws_client *c, const char *name, const json_t *job,
			const json_t *prior, json_t **out, struct strbuf *err)
{
	const json_t *command = value_get(job, "Command");
	json_t *o, *cmd;

	*out = NULL;
	o = json_object();
	json_object_set_new(o, "name", glue_string_or(job, "Name", name));
	json_object_set_new(o, "role", glue_role_as_written(value_get_string(job, "Role"), prior));
	cmd = json_object();
	json_object_set_new(cmd, "name", glue_string_or(command, "Name", NULL));
	json_object_set_new(cmd, "script_location", glue_string_or(command, "ScriptLocation", NULL));
	if (json_is_string(value_get(command, "PythonVersion")))
		json_object_set_new(cmd, "python_version", glue_string_or(command, "PythonVersion", NULL));
	glue_unset_where_prior_unset(cmd, value_get(prior, "command"), "python_version");
	json_object_set_new(o, "command", cmd);
	json_object_set_new(o, "glue_version", glue_string_or(job, "GlueVersion", NULL));
	json_object_set_new(o, "worker_type", glue_string_or(job, "WorkerType", NULL));
	json_object_set_new(o, "number_of_workers", glue_number_or_null(job, "NumberOfWorkers"));
	json_object_set_new(o, "max_capacity", glue_number_or_null(job, "MaxCapacity"));
	json_object_set_new(o, "default_arguments", glue_object_or_empty(job, "DefaultArguments"));
	json_object_set_new(o, "non_overridable_arguments",
			    glue_object_or_empty(job, "NonOverridableArguments"));
	json_object_set_new(o, "max_retries", json_is_number(value_get(job, "MaxRetries"))
					      ? json_incref(value_get(job, "MaxRetries"))
					      : json_integer(0));
	json_object_set_new(o, "timeout", glue_number_or_null(job, "Timeout"));
	json_object_set_new(o, "connections", glue_list_or_empty(value_get(job, "Connections"), "Connections"));
	json_object_set_new(o, "description", glue_string_or(job, "Description", ""));
	json_object_set_new(o, "execution_property",
			    json_pack("{s:o}", "max_concurrent_runs",
				      json_is_number(value_get(value_get(job, "ExecutionProperty"),
							  "MaxConcurrentRuns"))
				      ? json_incref(value_get(value_get(job, "ExecutionProperty"),
							 "MaxConcurrentRuns"))
				      : json_integer(1)));
	if (glue_read_arn_and_tags(c, "job", name, prior, o, err)) {
		json_decref(o);
		return -1;
	}
	*out = o;
	return 0;
}

/* The job as attributes; *out NULL when there is no such job. */
static int job_read(void *client, const char *name, const json_t *prior, json_t **out,
		    struct strbuf *err)
{
	json_t *input = json_pack("{s:s}", "JobName", name), *body;
	int rc;

	*out = NULL;
	rc = glue_call(client, "GetJob", input, not_found, &body, NULL, NULL, err);
	json_decref(input);
	if (rc)
		return rc < 0 ? -1 : 0;
	rc = job_attrs_of(client, name, value_get(body, "Job"), prior, out, err);
	json_decref(body);
	return rc;
}

static const char *const job_tag_attrs[] = { "tags", NULL };

/*
 * The converge (the contract, provider/aws/adopt.h): from `have` (the job as read()
 * gives it) to `desired`, then read back. What the stack leaves to Glue
 * (command.python_version) is compared only where desired sets it, as
 * read() reports it, and sent back as Glue has it: UpdateJob overwrites
 * the whole definition.
 */
static int job_converge(struct aws_client *c, const char *name, const json_t *have,
			const json_t *desired, json_t **out, struct strbuf *err)
{
	json_t *cmp = json_deep_copy(have);
	int rc = 0;

	*out = NULL;
	glue_unset_where_prior_unset(json_object_get(cmp, "command"),
				     value_get(desired, "command"), "python_version");
	if (glue_definition_differs(job_attrs, cmp, desired, job_tag_attrs)) {
		json_t *input = json_pack("{s:s, s:o}", "JobName", name, "JobUpdate",
					  job_definition(desired, have));

		rc = glue_call(c, "UpdateJob", input, NULL, NULL, NULL, NULL, err);
		json_decref(input);
	}
	json_decref(cmp);
	if (rc || glue_sync_tags(c, "job", name, have, desired, err))
		return -1;
	return aws_read_written(job_read, c, name, desired, out, err,
				JOB_TYPE ": job %s was written but GetJob "
				"does not find it", name);
}

static int job_send_create(struct aws_client *c, const json_t *desired,
			   const struct create_call *call, struct aws_sent *sent,
			   struct strbuf *err)
{
	const char *name = value_get_string(desired, "name");
	json_t *input;

	(void)call;
	if (!name) {
		strbuf_addstr(err, JOB_TYPE ": name has no value to send");
		return -1;
	}
	input = job_definition(desired, NULL);
	json_object_set_new(input, "Name", json_string(name));
	return glue_send_create(c, "CreateJob", input, desired, sent, err);
}

/* The update's read names the role as the stack writes it and keeps
 * command.python_version as Glue has it. */
static json_t *job_update_shape(const json_t *prior, const json_t *desired)
{
	(void)prior;
	return json_pack("{s:O?}", "role", value_get(desired, "role"));
}

/*
 * Create and update (the contract, provider/aws/adopt.h): an update converges from a
 * live read (GetJob as the job is now, UpdateJob and the tag calls for
 * what differs, then read back). `prior` is not used (neither exception:
 * no write-only attribute, the name alone addresses the job).
 */
static const struct aws_native_ops job_native = {
	.send_create = job_send_create,
	.adopt = { .by = AWS_ADOPT_BY_NAME_AND_TAGS, .noun = "name",
		   .object = JOB_TYPE ": a job named %s" },
	.converge = job_converge,
	.read = job_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape_of = job_update_shape,
	.made_missing = JOB_TYPE ": job %s was written but GetJob does not find it",
	.gone = JOB_TYPE ": job %s is in the state but GetJob does not find it",
};

AWS_NATIVE_FUNCTIONS(job, job_native)

static int job_delete(void *client, const char *id, const json_t *prior,
		      struct strbuf *err)
{
	json_t *input = json_pack("{s:s}", "JobName", id);
	int rc;

	(void)prior;
	/* DeleteJob answers success for a job that does not exist. */
	rc = glue_call(client, "DeleteJob", input, not_found, NULL, NULL, NULL, err);
	json_decref(input);
	return rc < 0 ? -1 : 0;
}

/* For sweep (listing.h). */
static const struct aws_json_listing job_listing = {
	&aws_service_glue, "GetJobs", NULL, "Name", NULL, "CreatedOn", NULL,
};

static int job_list(void *client, const struct resource_query *q,
		    struct resource_items *out, struct strbuf *err)
{
	return aws_list_json(client, &job_listing, q, out, err);
}

/* Refresh by listing (provider.h read_many): GetJobs gives each job as
 * GetJob does; the tags still take one GetTags each. */
static const struct aws_json_listing job_pages = {
	&aws_service_glue, "GetJobs", "{\"MaxResults\": 1000}", "Name", NULL, NULL, NULL,
};

static int job_read_many(void *client, size_t n, const char *const *ids,
			 const json_t *const *priors, size_t max_pages, json_t **out,
			 struct strbuf *err)
{
	return aws_json_read_many(client, &job_pages, n, ids, priors, max_pages, out,
				  job_attrs_of, err);
}


const struct resource_type aws_glue_job_type = {
	.name = "aws.glue.job",
	.description = "a Glue job: a Spark, Python shell or streaming script and how it runs",
	.attrs = job_attrs,
	.terraform_type = "aws_glue_job",
	.terraform_attrs = "name description role=role_arn glue_version worker_type "
			   "number_of_workers max_capacity max_retries timeout "
			   "default_arguments non_overridable_arguments connections command "
			   "execution_property tags arn",
	.read = job_read,
	.create = job_create,
	.update = job_update,
	.native = &job_native,
	.delete = job_delete,
	.import_id = "its name",
	.id_attr = "name",
	.list = job_list,
	.list_rank = 2,
	.read_many = job_read_many,
	.run = &aws_glue_job_runner,
};
