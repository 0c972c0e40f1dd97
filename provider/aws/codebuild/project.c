/*
 * codebuild/project.c: the resource type aws.codebuild.project, a CodeBuild
 * project (where a build's source comes from, what it builds in, where its
 * artifacts and logs go), over CodeBuild's json protocol: CreateProject,
 * BatchGetProjects, UpdateProject, DeleteProject, ListProjects (sweep). Its
 * id is its name, unique in the account and region. Starting builds
 * (StartBuild) is not the type's: `terrace run` has no CodeBuild runner.
 *
 * Tags are part of the project: CreateProject and UpdateProject carry them
 * (UpdateProject's list replaces the project's), so a create's project
 * carries this stack's ownership tags from the start. A project
 * CreateProject finds there already (ResourceAlreadyExistsException) is
 * adopted only when an attempt of this create may have made it and it
 * carries this stack's tags (AWS_ADOPT_BY_NAME_AND_TAGS); any other is
 * refused, naming it.
 *
 * Shapes: read() reports every attribute, AWS's defaults where the answer
 * leaves a field out (privileged mode false, logs to CloudWatch, no
 * environment variables). The blocks' members AWS may fill in itself
 * (source.git_clone_depth, artifacts.namespace_type and packaging) are
 * reported only where the stack (prior) sets them, or on an import. The
 * service role is reported as the stack spells it when it names the same
 * role (iam_role_keep_written). UpdateProject changes what it is given and
 * keeps the rest, so the converge sends the whole definition. Nothing is
 * waited for: CreateProject, UpdateProject and DeleteProject answer once
 * done (a role IAM has not propagated yet is waited out by the transport,
 * transport/timing.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/adopt.h"
#include "provider/aws/iam/api.h"
#include "provider/aws/listing.h"
#include "provider/aws/resources.h"
#include "provider/aws/tags.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define PROJECT_TYPE "aws.codebuild.project"

static const char *const already_exists[] = { "ResourceAlreadyExistsException", NULL };
static const char *const not_found[] = { "ResourceNotFoundException", NULL };

static const struct attr_schema source_attrs[] = {
	{ .name = "type", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "where the source is: CODECOMMIT, CODEPIPELINE, GITHUB, GITLAB, S3, "
			 "BITBUCKET, GITHUB_ENTERPRISE, NO_SOURCE" },
	{ .name = "location", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the repository's clone URL, or BUCKET/KEY of a zip in S3" },
	{ .name = "buildspec", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the buildspec's text, or its path in the source; unset: "
			 "buildspec.yml at the source's root" },
	{ .name = "git_clone_depth", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "commits a Git clone fetches (0: the whole history)" },
	{ .name = "insecure_ssl", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "ignore TLS warnings when reaching the source", .default_json = "false" },
	{ .name = "report_build_status", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "report a build's start and end to the source's provider",
	  .default_json = "false" },
	{ .name = NULL },
};

static const struct attr_schema artifacts_attrs[] = {
	{ .name = "type", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "NO_ARTIFACTS, S3 or CODEPIPELINE" },
	{ .name = "location", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "S3: the bucket's name" },
	{ .name = "path", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "S3: the folder in the bucket" },
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "S3: the artifact's file or folder name" },
	{ .name = "namespace_type", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "S3: NONE, or BUILD_ID to put each build's output under its id" },
	{ .name = "packaging", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "S3: NONE (a folder) or ZIP" },
	{ .name = "encryption_disabled", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "S3: leave the artifacts unencrypted", .default_json = "false" },
	{ .name = "override_artifact_name", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "let the buildspec name the artifact", .default_json = "false" },
	{ .name = NULL },
};

static const struct attr_schema variable_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the variable's name, e.g. STAGE" },
	{ .name = "value", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "its value; PARAMETER_STORE and SECRETS_MANAGER: the parameter's or "
			 "secret's name" },
	{ .name = "type", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "PLAINTEXT, PARAMETER_STORE or SECRETS_MANAGER",
	  .default_json = "\"PLAINTEXT\"" },
	{ .name = NULL },
};

static const struct attr_schema environment_attrs[] = {
	{ .name = "type", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "LINUX_CONTAINER, ARM_CONTAINER, LINUX_GPU_CONTAINER, "
			 "WINDOWS_SERVER_2019_CONTAINER, LINUX_LAMBDA_CONTAINER, ..." },
	{ .name = "image", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the build image, e.g. aws/codebuild/amazonlinux2-x86_64-standard:5.0" },
	{ .name = "compute_type", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "BUILD_GENERAL1_SMALL, _MEDIUM, _LARGE, _XLARGE, _2XLARGE, "
			 "BUILD_LAMBDA_1GB, ..." },
	{ .name = "privileged_mode", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "run the Docker daemon inside the build (to build images)",
	  .default_json = "false" },
	{ .name = "image_pull_credentials_type", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "CODEBUILD (CodeBuild's images) or SERVICE_ROLE (an image of "
			 "another registry, pulled as the service role)",
	  .default_json = "\"CODEBUILD\"" },
	{ .name = "environment_variable", .type = ATTR_OBJECT_LIST, .flags = ATTR_OPTIONAL,
	  .description = "the builds' environment variables: name, value, type",
	  .nested = variable_attrs, .default_json = "[]" },
	{ .name = NULL },
};

static const struct attr_schema cloudwatch_logs_attrs[] = {
	{ .name = "status", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "ENABLED or DISABLED", .default_json = "\"ENABLED\"" },
	{ .name = "group_name", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the log group; unset: /aws/codebuild/PROJECT" },
	{ .name = "stream_name", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the log streams' prefix" },
	{ .name = NULL },
};

static const struct attr_schema s3_logs_attrs[] = {
	{ .name = "status", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "ENABLED or DISABLED", .default_json = "\"DISABLED\"" },
	{ .name = "location", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "BUCKET/PREFIX the logs go to" },
	{ .name = "encryption_disabled", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "leave the logs unencrypted", .default_json = "false" },
	{ .name = NULL },
};

#define CLOUDWATCH_LOGS_DEFAULT "{\"status\": \"ENABLED\"}"
#define S3_LOGS_DEFAULT "{\"status\": \"DISABLED\", \"encryption_disabled\": false}"

static const struct attr_schema logs_attrs[] = {
	{ .name = "cloudwatch_logs", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL,
	  .description = "the builds' logs in CloudWatch Logs: status, group_name, stream_name",
	  .nested = cloudwatch_logs_attrs, .default_json = CLOUDWATCH_LOGS_DEFAULT },
	{ .name = "s3_logs", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL,
	  .description = "the builds' logs in S3: status, location, encryption_disabled",
	  .nested = s3_logs_attrs, .default_json = S3_LOGS_DEFAULT },
	{ .name = NULL },
};

static const struct attr_schema project_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "the project's name (letters, digits, - and _; 2 to 150), e.g. "
			 "pipeline-tests" },
	{ .name = "description", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "what the project builds", .default_json = "\"\"" },
	{ .name = "service_role", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "the IAM role builds run as, trusting codebuild.amazonaws.com: "
			 "${role.arn} (a role name works too)" },
	{ .name = "source", .type = ATTR_OBJECT, .flags = ATTR_REQUIRED,
	  .description = "where the source comes from: type, location, buildspec, "
			 "git_clone_depth, insecure_ssl, report_build_status",
	  .nested = source_attrs },
	{ .name = "source_version", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "the branch, tag or commit built when a build names none" },
	{ .name = "artifacts", .type = ATTR_OBJECT, .flags = ATTR_REQUIRED,
	  .description = "where the output goes: type, location, path, name, namespace_type, "
			 "packaging, encryption_disabled, override_artifact_name",
	  .nested = artifacts_attrs },
	{ .name = "environment", .type = ATTR_OBJECT, .flags = ATTR_REQUIRED,
	  .description = "what builds run in: type, image, compute_type, privileged_mode, "
			 "image_pull_credentials_type, environment_variable",
	  .nested = environment_attrs },
	{ .name = "build_timeout", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "minutes a build may run before it is stopped (5 to 2160)",
	  .default_json = "60" },
	{ .name = "queued_timeout", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "minutes a build may wait in the queue (5 to 480)",
	  .default_json = "480" },
	{ .name = "encryption_key", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "the KMS key (ARN or alias/NAME) the artifacts are encrypted with; "
			 "unset: S3's AWS managed key (alias/aws/s3)" },
	{ .name = "logs_config", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL,
	  .description = "where the builds' logs go: cloudwatch_logs, s3_logs",
	  .nested = logs_attrs,
	  .default_json = "{\"cloudwatch_logs\": " CLOUDWATCH_LOGS_DEFAULT ", \"s3_logs\": "
			  S3_LOGS_DEFAULT "}" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "project tags", .default_json = "{}" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:codebuild:REGION:ACCOUNT:project/NAME" },
	{ .name = NULL },
};

/* ---- the definition sent ---- */

/* to[key] = from[attr] as a whole number, when set. */
static void put_whole(json_t *to, const char *key, const json_t *from, const char *attr)
{
	const json_t *v = value_get(from, attr);

	if (json_is_number(v))
		json_object_set_new(to, key, json_integer((json_int_t)json_number_value(v)));
}

static void put_bool(json_t *to, const char *key, const json_t *from, const char *attr)
{
	json_object_set_new(to, key, json_boolean(json_is_true(value_get(from, attr))));
}

/* to[key] = true when from[attr] is: a switch only some kinds of source or
 * artifact take, left out when off (each block is sent whole, so off is
 * its absence). */
static void put_true(json_t *to, const char *key, const json_t *from, const char *attr)
{
	if (json_is_true(value_get(from, attr)))
		json_object_set_new(to, key, json_true());
}

static json_t *source_to_api(const json_t *s)
{
	json_t *o = json_object();

	value_copy_nonempty(o, "type", s, "type");
	value_copy_nonempty(o, "location", s, "location");
	value_copy_nonempty(o, "buildspec", s, "buildspec");
	put_whole(o, "gitCloneDepth", s, "git_clone_depth");
	put_true(o, "insecureSsl", s, "insecure_ssl");
	put_true(o, "reportBuildStatus", s, "report_build_status");
	return o;
}

static json_t *artifacts_to_api(const json_t *a)
{
	json_t *o = json_object();

	value_copy_nonempty(o, "type", a, "type");
	value_copy_nonempty(o, "location", a, "location");
	value_copy_nonempty(o, "path", a, "path");
	value_copy_nonempty(o, "name", a, "name");
	value_copy_nonempty(o, "namespaceType", a, "namespace_type");
	value_copy_nonempty(o, "packaging", a, "packaging");
	put_true(o, "encryptionDisabled", a, "encryption_disabled");
	put_true(o, "overrideArtifactName", a, "override_artifact_name");
	return o;
}

static json_t *environment_to_api(const json_t *e)
{
	json_t *o = json_object(), *vars = json_array();
	const json_t *list = value_get(e, "environment_variable");
	size_t i;
	json_t *v;

	value_copy_nonempty(o, "type", e, "type");
	value_copy_nonempty(o, "image", e, "image");
	value_copy_nonempty(o, "computeType", e, "compute_type");
	put_bool(o, "privilegedMode", e, "privileged_mode");
	value_copy_nonempty(o, "imagePullCredentialsType", e, "image_pull_credentials_type");
	json_array_foreach(list, i, v) {
		json_array_append_new(vars, json_pack("{s:s*, s:s*, s:s}",
						      "name", value_get_string(v, "name"),
						      "value", value_get_string(v, "value"),
						      "type", value_get_string_or(v, "type", "PLAINTEXT")));
	}
	json_object_set_new(o, "environmentVariables", vars);
	return o;
}

static json_t *logs_to_api(const json_t *l)
{
	const json_t *cw = value_get(l, "cloudwatch_logs"), *s3 = value_get(l, "s3_logs");
	json_t *cwo = json_object(), *s3o = json_object();

	json_object_set_new(cwo, "status",
			    json_string(value_get_string_or(cw, "status", "ENABLED")));
	value_copy_nonempty(cwo, "groupName", cw, "group_name");
	value_copy_nonempty(cwo, "streamName", cw, "stream_name");
	json_object_set_new(s3o, "status", json_string(value_get_string_or(s3, "status", "DISABLED")));
	value_copy_nonempty(s3o, "location", s3, "location");
	put_true(s3o, "encryptionDisabled", s3, "encryption_disabled");
	return json_pack("{s:o, s:o}", "cloudWatchLogs", cwo, "s3Logs", s3o);
}

/*
 * What CreateProject takes and UpdateProject carries, from `want` (desired
 * with its defaults): every member, so that an update leaves nothing of an
 * earlier definition behind; the service role as an ARN. NULL with err set.
 */
static json_t *project_definition(struct aws_client *c, const char *name, const json_t *want,
				  struct strbuf *err)
{
	char *role = NULL;
	json_t *d;

	if (iam_role_arn(c, value_get_string(want, "service_role"), &role, err))
		return NULL;
	d = json_pack("{s:s, s:s, s:o, s:o, s:o, s:s, s:o}", "name", name, "description",
		      value_get_string_or(want, "description", ""),
		      "source", source_to_api(value_get(want, "source")),
		      "artifacts", artifacts_to_api(value_get(want, "artifacts")),
		      "environment", environment_to_api(value_get(want, "environment")),
		      "serviceRole", role,
		      "logsConfig", logs_to_api(value_get(want, "logs_config")));
	free(role);
	put_whole(d, "timeoutInMinutes", want, "build_timeout");
	put_whole(d, "queuedTimeoutInMinutes", want, "queued_timeout");
	value_copy_nonempty(d, "sourceVersion", want, "source_version");
	value_copy_nonempty(d, "encryptionKey", want, "encryption_key");
	json_object_set_new(d, "tags", aws_tag_list(value_get(want, "tags"), "key", "value"));
	return d;
}

/* rc, with err naming the attribute when CodeBuild refused the service role
 * (InvalidInputException "CodeBuild is not authorized to perform:
 * sts:AssumeRole on ROLE": a role that is not there or does not trust it). */
static int role_refused(int rc, struct strbuf *err)
{
	if (rc < 0 && err->buf && strstr(err->buf, "sts:AssumeRole"))
		strbuf_prefixf(err, PROJECT_TYPE ": service_role: ");
	return rc;
}

/* ---- read ---- */

static void get_bool(json_t *o, const char *attr, const json_t *api, const char *key)
{
	json_object_set_new(o, attr, json_boolean(json_is_true(value_get(api, key))));
}

static void get_number(json_t *o, const char *attr, const json_t *api, const char *key)
{
	const json_t *v = value_get(api, key);

	if (json_is_number(v))
		json_object_set_new(o, attr, json_integer((json_int_t)json_number_value(v)));
}

/* Drop block[attr] when the stack's block (`prior`, when there is one) leaves
 * it unset: a member AWS may fill in itself. */
static void keep_where_written(json_t *block, const json_t *prior, const char *attr)
{
	if (prior && !value_is_set(value_get(prior, attr)))
		json_object_del(block, attr);
}

static json_t *source_from_api(const json_t *s, const json_t *prior)
{
	json_t *o = json_object();

	value_copy_string(o, "type", s, "type", NULL);
	value_copy_string(o, "location", s, "location", NULL);
	value_copy_string(o, "buildspec", s, "buildspec", NULL);
	get_number(o, "git_clone_depth", s, "gitCloneDepth");
	get_bool(o, "insecure_ssl", s, "insecureSsl");
	get_bool(o, "report_build_status", s, "reportBuildStatus");
	keep_where_written(o, prior, "git_clone_depth");
	return o;
}

static json_t *artifacts_from_api(const json_t *a, const json_t *prior)
{
	json_t *o = json_object();

	value_copy_string(o, "type", a, "type", NULL);
	value_copy_string(o, "location", a, "location", NULL);
	value_copy_string(o, "path", a, "path", NULL);
	value_copy_string(o, "name", a, "name", NULL);
	value_copy_string(o, "namespace_type", a, "namespaceType", NULL);
	value_copy_string(o, "packaging", a, "packaging", NULL);
	get_bool(o, "encryption_disabled", a, "encryptionDisabled");
	get_bool(o, "override_artifact_name", a, "overrideArtifactName");
	keep_where_written(o, prior, "namespace_type");
	keep_where_written(o, prior, "packaging");
	return o;
}

static json_t *environment_from_api(const json_t *e)
{
	json_t *o = json_object(), *vars = json_array();
	size_t i;
	json_t *v;

	value_copy_string(o, "type", e, "type", NULL);
	value_copy_string(o, "image", e, "image", NULL);
	value_copy_string(o, "compute_type", e, "computeType", NULL);
	get_bool(o, "privileged_mode", e, "privilegedMode");
	value_copy_string(o, "image_pull_credentials_type", e, "imagePullCredentialsType", "CODEBUILD");
	json_array_foreach(value_get(e, "environmentVariables"), i, v) {
		json_array_append_new(vars, json_pack("{s:s*, s:s*, s:s}",
						      "name", value_get_string(v, "name"),
						      "value", value_get_string(v, "value"),
						      "type", value_get_string_or(v, "type", "PLAINTEXT")));
	}
	json_object_set_new(o, "environment_variable", vars);
	return o;
}

static json_t *logs_from_api(const json_t *l)
{
	const json_t *cw = value_get(l, "cloudWatchLogs"), *s3 = value_get(l, "s3Logs");
	json_t *cwo = json_object(), *s3o = json_object();

	value_copy_string(cwo, "status", cw, "status", "ENABLED");
	value_copy_string(cwo, "group_name", cw, "groupName", NULL);
	value_copy_string(cwo, "stream_name", cw, "streamName", NULL);
	value_copy_string(s3o, "status", s3, "status", "DISABLED");
	value_copy_string(s3o, "location", s3, "location", NULL);
	get_bool(s3o, "encryption_disabled", s3, "encryptionDisabled");
	return json_pack("{s:o, s:o}", "cloudwatch_logs", cwo, "s3_logs", s3o);
}

/* A project as BatchGetProjects gives it, as attributes (prior: the stack's
 * spelling of the role and the blocks' members it writes, or NULL). */
static json_t *project_from_api(const char *name, const json_t *p, const json_t *prior)
{
	json_t *o = json_object();
	const json_t *v;

	json_object_set_new(o, "name", json_string(value_get_string_or(p, "name", name)));
	value_copy_string(o, "description", p, "description", "");
	value_copy_string(o, "service_role", p, "serviceRole", NULL);
	iam_role_keep_written(o, "service_role", prior);
	json_object_set_new(o, "source", source_from_api(value_get(p, "source"),
							 prior ? value_get(prior, "source") : NULL));
	value_copy_nonempty(o, "source_version", p, "sourceVersion");
	json_object_set_new(o, "artifacts",
			    artifacts_from_api(value_get(p, "artifacts"),
					       prior ? value_get(prior, "artifacts") : NULL));
	json_object_set_new(o, "environment", environment_from_api(value_get(p, "environment")));
	v = value_get(p, "timeoutInMinutes");
	json_object_set_new(o, "build_timeout", json_integer(json_is_number(v)
							      ? (json_int_t)json_number_value(v) : 60));
	v = value_get(p, "queuedTimeoutInMinutes");
	json_object_set_new(o, "queued_timeout", json_integer(json_is_number(v)
							       ? (json_int_t)json_number_value(v) : 480));
	value_copy_string(o, "encryption_key", p, "encryptionKey", NULL);
	json_object_set_new(o, "logs_config", logs_from_api(value_get(p, "logsConfig")));
	json_object_set_new(o, "tags", aws_tag_map(value_get(p, "tags"), "key", "value"));
	value_copy_string(o, "arn", p, "arn", NULL);
	return o;
}

/* The project `name` as BatchGetProjects answers (*found, a new reference),
 * NULL when there is none: 0, or -1 with err set. */
static int project_get(struct aws_client *c, const char *name, json_t **found,
		       struct strbuf *err)
{
	json_t *req = json_pack("{s:[s]}", "names", name), *resp = NULL;
	int rc = aws_json_call_codes(c, &aws_service_codebuild, "BatchGetProjects", req, NULL,
				     &resp, NULL, NULL, err);
	size_t i;
	json_t *p;

	json_decref(req);
	*found = NULL;
	if (rc)
		return -1;
	json_array_foreach(value_get(resp, "projects"), i, p) {
		if (!*found && !strcmp(value_get_string_or(p, "name", ""), name))
			*found = json_incref(p);
	}
	json_decref(resp);
	return 0;
}

static int project_read(void *client, const char *id, const json_t *prior, json_t **out,
			struct strbuf *err)
{
	json_t *found;

	*out = NULL;
	if (project_get(client, id, &found, err))
		return -1;
	if (found)
		*out = project_from_api(id, found, prior);
	json_decref(found);
	return 0;
}

/* ---- create, update ---- */

/* Whether `have` (as read) differs from `want` (desired with its defaults)
 * in what the stack sets, or has what the stack leaves unset (a source
 * version taken out); what AWS chooses when it is unset (the encryption
 * key) is not compared. */
static bool project_differs(const json_t *have, const json_t *want)
{
	for (const struct attr_schema *a = project_attrs; a->name; a++) {
		const json_t *w = value_get(want, a->name), *h = value_get(have, a->name);

		if (!(a->flags & (ATTR_REQUIRED | ATTR_OPTIONAL)) ||
		    (!value_is_set(w) && (a->flags & ATTR_COMPUTED)))
			continue;
		if (value_is_set(w) ? !value_matches_stored(w, h) : value_is_set(h))
			return true;
	}
	return false;
}

/*
 * The converge (the contract, provider/aws/adopt.h): UpdateProject with the
 * whole definition when `have` (the project as read()) differs from desired
 * with its defaults, then the project is read back.
 */
static int project_converge(struct aws_client *c, const char *id, const json_t *have,
			    const json_t *desired, json_t **out, struct strbuf *err)
{
	json_t *want = aws_with_defaults(project_attrs, desired);
	int rc = 0;

	*out = NULL;
	if (project_differs(have, want)) {
		json_t *req = project_definition(c, id, want, err);

		/* UpdateProject keeps a member left out: "" takes the version out */
		if (req && !value_is_set(value_get(want, "source_version")) &&
		    value_is_set(value_get(have, "source_version")))
			json_object_set_new(req, "sourceVersion", json_string(""));

		rc = req ? role_refused(aws_json_call_codes(c, &aws_service_codebuild,
							    "UpdateProject", req, NULL, NULL,
							    NULL, NULL, err), err)
			 : -1;
		json_decref(req);
	}
	if (!rc)
		rc = aws_read_written(project_read, c, id, desired, out, err,
				      PROJECT_TYPE ": project %s was written but BatchGetProjects "
				      "does not find it", id);
	json_decref(want);
	return rc ? -1 : 0;
}

/* The create's send: CreateProject with the whole definition and the tags;
 * a project of the name there already is said to exist (the driver weighs
 * it by the declared policy). */
static int project_send_create(struct aws_client *c, const json_t *desired,
			       const struct create_call *call, struct aws_sent *sent,
			       struct strbuf *err)
{
	const char *name = value_get_string(desired, "name");
	json_t *want, *req;
	int rc;

	(void)call;
	if (!name) {
		strbuf_addstr(err, PROJECT_TYPE ": name has no value to send");
		return -1;
	}
	want = aws_with_defaults(project_attrs, desired);
	req = project_definition(c, name, want, err);
	json_decref(want);
	if (!req)
		return -1;
	rc = role_refused(aws_json_call_codes(c, &aws_service_codebuild, "CreateProject", req,
					      already_exists, NULL, NULL, &sent->attempts, err),
			  err);
	json_decref(req);
	rc = aws_sent_from_call(sent, rc, name,
				"codebuild CreateProject: ResourceAlreadyExistsException");
	return rc < 0 ? -1 : 0;
}

/* The update's read names the role as the stack writes it and reports the
 * blocks' members the stack writes. */
static json_t *project_update_shape(const json_t *prior, const json_t *desired)
{
	(void)prior;
	return json_incref((json_t *)desired);
}

/*
 * Create and update (the contract, provider/aws/adopt.h). `prior` is not
 * used (neither exception: no write-only attribute, the name alone
 * addresses the project).
 */
static const struct aws_native_ops project_native = {
	.send_create = project_send_create,
	.adopt = { .by = AWS_ADOPT_BY_NAME_AND_TAGS, .noun = "name",
		   .object = PROJECT_TYPE ": a project named %s" },
	.converge = project_converge,
	.read = project_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape_of = project_update_shape,
	.made_missing = PROJECT_TYPE ": project %s was written but BatchGetProjects does not "
			"find it",
	.gone = PROJECT_TYPE ": project %s is in the state but BatchGetProjects does not find it",
};

AWS_NATIVE_FUNCTIONS(project, project_native)

/* DeleteProject answers success for a project that is not there. */
static int project_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	json_t *req = json_pack("{s:s}", "name", id);
	int rc;

	(void)prior;
	rc = aws_json_call_codes(client, &aws_service_codebuild, "DeleteProject", req, not_found,
				 NULL, NULL, NULL, err);
	json_decref(req);
	return rc < 0 ? -1 : 0;
}

/* For sweep: ListProjects gives names only; tags come from read(). */
static const struct aws_json_names_listing project_listing = {
	&aws_service_codebuild, "ListProjects",
};

static int project_list(void *client, const struct resource_query *q,
			struct resource_items *out, struct strbuf *err)
{
	(void)q;
	return aws_list_json_names(client, &project_listing, out, err);
}

const struct resource_type aws_codebuild_project_type = {
	.name = PROJECT_TYPE,
	.description = "a CodeBuild project: a build's source, environment, artifacts and logs",
	.attrs = project_attrs,
	.terraform_type = "aws_codebuild_project",
	.terraform_attrs = "name description service_role source source_version artifacts "
			   "environment build_timeout queued_timeout encryption_key logs_config "
			   "tags arn",
	.read = project_read,
	.create = project_create,
	.update = project_update,
	.native = &project_native,
	.delete = project_delete,
	.import_id = "its name",
	.id_attr = "name",
	.list = project_list,
	.list_rank = 2,
};
