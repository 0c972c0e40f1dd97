/*
 * lambda/function.c: the aws.lambda.function resource type — a Lambda function with
 * its configuration, tags and code, the code either packaged by terrace
 * from a local file or folder (`source`, zipped deterministically by build/zip.c)
 * or taken from an object in S3 (`s3_bucket`, `s3_key`, `s3_object_version`).
 * The id is the function name. The helpers it shares with
 * aws.lambda.layer_version (lambda/layer_version.c) are lambda/api.h's.
 *
 * Lambda speaks rest-json: GET/POST/PUT/DELETE on /2015-03-31/functions/...,
 * /2018-10-31/layers/..., tags on /2017-03-31/tags/ARN, JSON bodies both ways.
 *
 * Shape of read(): function_name, runtime, handler, role (strings),
 * memory_size, timeout (numbers), description ("" when none), environment
 * ({} when none), layers (ARNs, [] when none), architectures, vpc_config
 * ({subnet_ids, security_group_ids, ipv6_allowed_for_dual_stack}, the ids
 * sorted; both lists [] and false for a function in no VPC), tags ({} when
 * none), and the computed arn, version, last_modified and code_sha256
 * (base64 SHA-256 of the package, Lambda's CodeSha256). source, s3_bucket,
 * s3_key, s3_object_version and source_code_hash are CONFIG_ONLY: the API
 * does not show where code came from.
 *
 * plan_desired packages `source` at plan time and sets code_sha256, so an
 * edited file plans as an update of the code. For the S3 form the package
 * is not known at plan time: a changed s3_key, s3_object_version or
 * source_code_hash is what asks for new code.
 *
 * vpc_config came after the type shipped, so it is optional and computed
 * (docs/adding-a-resource-type.md, "Attributes added later"): unset, the
 * function keeps whatever VPC it is in, and no request names VpcConfig.
 * Set, it is sent as VpcConfig when it differs from the function's; its
 * lists are sets (sorted at plan and at read). Taking a function out of its
 * VPC is written, not implied: `vpc_config: {subnet_ids: [],
 * security_group_ids: []}` sends the empty lists that detach it (what
 * Terraform sends when its vpc_config block is removed); removing the
 * attribute from the stack leaves the function where it is.
 *
 * reserved_concurrent_executions came later too, optional and computed: GetFunction's
 * Concurrency gives it (null when the function reserves none); set, it is
 * sent with PutFunctionConcurrency when it differs from the function's;
 * unset, the function keeps its reservation (`terrace lab` counts it against
 * the account's concurrent executions, cmd/lab_quotas.c).
 *
 * Writes wait until the function is ready (State not Pending,
 * LastUpdateStatus not InProgress), since Lambda refuses a second update
 * while one is in progress; the transport waits for IAM to propagate the
 * role that a create or configuration update passes (timing.h).
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "provider/aws/adopt.h"
#include "provider/aws/build/api.h"
#include "provider/aws/iam/api.h"
#include "provider/aws/lambda/api.h"
#include "provider/aws/listing.h"
#include "provider/aws/run/api.h"
#include "provider/aws/resources.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define TYPE_NAME "aws.lambda.function"
#define FUNCTIONS_PATH "/2015-03-31/functions"
/* Lambda's limit for a package uploaded in the request (ZipFile). */
#define DIRECT_UPLOAD_LIMIT (50u * 1024 * 1024)

/* VpcConfig; the list sizes are the model's (constraints.map). */
static const struct attr_schema vpc_config_attrs[] = {
	{ .name = "subnet_ids", .type = ATTR_LIST, .flags = ATTR_REQUIRED, .elem_type = ATTR_STRING,
	  .description = "subnets for the function's network interfaces (at most 16), e.g. "
			 "[\"${private_a.subnet_id}\", \"${private_b.subnet_id}\"]; [] (with "
			 "security_group_ids []) takes the function out of its VPC" },
	{ .name = "security_group_ids", .type = ATTR_LIST, .flags = ATTR_REQUIRED,
	  .elem_type = ATTR_STRING,
	  .description = "security groups of those network interfaces (at most 5)" },
	{ .name = "ipv6_allowed_for_dual_stack", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "allow outbound IPv6 traffic through dual-stack subnets",
	  .default_json = "false" },
	{ .name = NULL },
};

static const struct attr_schema function_attrs[] = {
	{ .name = "function_name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "name of the function" },
	{ .name = "runtime", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "runtime identifier, like \"python3.12\"" },
	{ .name = "handler", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "entry point, like \"main.handler\"" },
	{ .name = "role", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "IAM role the function runs as: ${role.arn} (a role name works too)" },
	{ .name = "memory_size", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "memory in MB (128 to 10240)", .default_json = "128" },
	{ .name = "timeout", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "seconds an invocation may run (1 to 900)", .default_json = "3" },
	{ .name = "description", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "description of the function", .default_json = "\"\"" },
	{ .name = "environment", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "environment variables, a flat map NAME: value (not nested under Variables)",
	  .default_json = "{}", .api_wrapper = "Variables" },
	{ .name = "layers", .type = ATTR_LIST, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "ARNs of layer versions, in order", .default_json = "[]" },
	{ .name = "architectures", .type = ATTR_LIST, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "instruction set: [\"x86_64\"] or [\"arm64\"]", .default_json = "[\"x86_64\"]" },
	{ .name = "vpc_config", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .nested = vpc_config_attrs,
	  .description = "the VPC the function reaches (its role needs the network interface "
			 "permissions of AWSLambdaVPCAccessExecutionRole); unset, the function "
			 "keeps the VPC it has" },
	{ .name = "reserved_concurrent_executions", .type = ATTR_NUMBER,
	  .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "executions reserved for the function, also the most it runs at once "
			 "(0 stops it; the account keeps 100 unreserved); unset, a new function "
			 "reserves none and an existing one keeps what it has" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "function tags", .default_json = "{}" },
	{ .name = "source", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY,
	  .description = "local file or folder that terrace zips as the code (or set s3_bucket and s3_key, or build)" },
	AWS_BUILD_ATTR,
	AWS_PYTHON_ATTR,
	{ .name = "s3_bucket", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY,
	  .description = "bucket holding the zipped code (with s3_key; instead of source)" },
	{ .name = "s3_key", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY,
	  .description = "key of the zipped code in s3_bucket" },
	{ .name = "s3_object_version", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY,
	  .description = "version of the object in a versioned bucket" },
	{ .name = "source_code_hash", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY,
	  .description = "any text that changes when the code in S3 does; a change deploys the code again" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "ARN of the function" },
	{ .name = "version", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "version of the function read (\"$LATEST\")" },
	{ .name = "last_modified", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "when the function was last changed (ISO 8601)" },
	{ .name = "code_sha256", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "base64 SHA-256 of the code package (Lambda's CodeSha256)" },
	{ .name = NULL },
};

/* CONFIG_ONLY attributes naming the code in S3: a change deploys it again. */
static const char *const s3_code_attrs[] = {
	"s3_bucket", "s3_key", "s3_object_version", "source_code_hash",
};

/* Where the code came from, as only the state records it (exception (a)):
 * read() carries these over from the prior it is given. */
static const char *const code_origin_attrs[] = {
	"source", "s3_bucket", "s3_key", "s3_object_version", "source_code_hash",
};

/* Configuration attributes UpdateFunctionConfiguration sets. */
static const char *const config_attrs[] = {
	"runtime", "handler", "role", "memory_size", "timeout", "description",
	"environment", "layers",
};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static const struct lambda_code_form function_form = { TYPE_NAME, false };


/* ---- requests ---- */


static char *function_path(const char *name, const char *suffix)
{
	return xasprintf(FUNCTIONS_PATH "/%s%s", name, suffix);
}

/* GetFunction: *doc gets the response, or NULL when the function is gone. */
static int get_function(struct aws_client *c, const char *name, json_t **doc,
			struct strbuf *err)
{
	char *path = function_path(name, "");
	int rc = lambda_get_or_gone(c, "GetFunction", path, doc, err);

	free(path);
	return rc;
}

/* ---- the shape read() returns ---- */


/* A string map, or {} when absent. */
static json_t *string_map(const json_t *m)
{
	json_t *out = json_object();
	const char *k;
	json_t *v;

	if (json_is_object(m)) {
		json_object_foreach((json_t *)m, k, v)
			if (json_is_string(v))
				json_object_set(out, k, v);
	}
	return out;
}

/*
 * A vpc_config as the diff compares it: both lists sorted without
 * duplicates, ipv6_allowed_for_dual_stack a bool. From the API's VpcConfig
 * (api: SubnetIds, ...; absent or null: no VPC) or from an attribute as the
 * stack writes it. NULL (from the stack only) when a list is not known yet.
 */
static json_t *vpc_config_normal(const json_t *v, bool api)
{
	json_t *subnets = value_string_set(value_get(v, api ? "SubnetIds" : "subnet_ids"));
	json_t *groups = value_string_set(value_get(v, api ? "SecurityGroupIds" : "security_group_ids"));
	const json_t *ipv6 = value_get(v, api ? "Ipv6AllowedForDualStack" : "ipv6_allowed_for_dual_stack");

	if (api) {
		subnets = subnets ? subnets : json_array();
		groups = groups ? groups : json_array();
	} else if (!subnets || !groups || (ipv6 && !json_is_boolean(ipv6))) {
		json_decref(subnets);
		json_decref(groups);
		return NULL;
	}
	return json_pack("{s:o, s:o, s:b}", "subnet_ids", subnets, "security_group_ids", groups,
			 "ipv6_allowed_for_dual_stack", json_is_true(ipv6));
}

/* Whether desired sets a vpc_config other than the one `current` reads. */
static bool vpc_config_changes(const json_t *current, const json_t *desired)
{
	const json_t *want = value_get(desired, "vpc_config");
	json_t *norm;
	bool differs;

	if (!json_is_object(want))
		return false;
	norm = vpc_config_normal(want, false);
	differs = !norm || !value_equal(norm, value_get(current, "vpc_config"));
	json_decref(norm);
	return differs;
}

static json_t *shape_of(const json_t *doc)
{
	const json_t *conf = value_get(doc, "Configuration");
	json_t *o = json_object();
	json_t *layers = json_array(), *architectures;
	size_t i;
	json_t *v;

	json_object_set_new(o, "function_name", lambda_string_or_null(conf, "FunctionName"));
	json_object_set_new(o, "runtime", lambda_string_or_null(conf, "Runtime"));
	json_object_set_new(o, "handler", lambda_string_or_null(conf, "Handler"));
	json_object_set_new(o, "role", lambda_string_or_null(conf, "Role"));
	json_object_set_new(o, "memory_size", lambda_number_or_null(conf, "MemorySize"));
	json_object_set_new(o, "timeout", lambda_number_or_null(conf, "Timeout"));
	json_object_set_new(o, "description", json_string(value_get_string_or(conf, "Description", "")));
	json_object_set_new(o, "environment",
			    string_map(value_get(value_get(conf, "Environment"), "Variables")));
	json_array_foreach(value_get(conf, "Layers"), i, v)
		if (value_get_string(v, "Arn"))
			json_array_append_new(layers, json_string(value_get_string(v, "Arn")));
	json_object_set_new(o, "layers", layers);
	architectures = value_get(conf, "Architectures");
	json_object_set_new(o, "architectures", json_array_size(architectures)
			    ? json_deep_copy(architectures) : json_pack("[s]", "x86_64"));
	json_object_set_new(o, "vpc_config", vpc_config_normal(value_get(conf, "VpcConfig"), true));
	json_object_set_new(o, "reserved_concurrent_executions",
			    lambda_number_or_null(value_get(doc, "Concurrency"),
						  "ReservedConcurrentExecutions"));
	json_object_set_new(o, "tags", string_map(value_get(doc, "Tags")));
	json_object_set_new(o, "arn", lambda_string_or_null(conf, "FunctionArn"));
	json_object_set_new(o, "version", lambda_string_or_null(conf, "Version"));
	json_object_set_new(o, "last_modified", lambda_string_or_null(conf, "LastModified"));
	json_object_set_new(o, "code_sha256", lambda_string_or_null(conf, "CodeSha256"));
	return o;
}

/*
 * GetFunction in the shape above, the role as prior writes it when it names
 * the same role. What no read returns, where the code came from
 * (code_origin_attrs, exception (a)), is carried over from prior where it
 * has it: the state's record for an update's converge, which weighs it
 * against desired (code_needs_update); nothing for a function a create
 * found (function_update_shape).
 */
static int function_read(void *client, const char *id, const json_t *prior,
			 json_t **out, struct strbuf *err)
{
	json_t *doc;

	*out = NULL;
	if (get_function(client, id, &doc, err))
		return -1;
	if (doc) {
		*out = shape_of(doc);
		iam_role_keep_written(*out, "role", prior);
		for (size_t i = 0; i < COUNT(code_origin_attrs); i++) {
			json_t *v = json_object_get(prior, code_origin_attrs[i]);

			if (v)
				json_object_set(*out, code_origin_attrs[i], v);
		}
		json_decref(doc);
	}
	return 0;
}

/* ---- waiting until the function is ready ---- */

struct ready_wait {
	struct aws_client *c;
	const char *name;
	bool fail_on_failed; /* a failed state or update is an error (after our own writes) */
};

int lambda_ready_verdict(const char *name, const json_t *conf, bool fail_on_failed,
			 struct strbuf *status, struct strbuf *err)
{
	const char *state = value_get_string(conf, "State");
	const char *update = value_get_string(conf, "LastUpdateStatus");

	strbuf_addf(status, "State %s, LastUpdateStatus %s", state ? state : "(none)",
		    update ? update : "(none)");
	if (fail_on_failed && state && !strcmp(state, "Failed")) {
		strbuf_addf(err, "lambda function %s failed: %s: %s", name,
			    value_get_string_or(conf, "StateReasonCode", ""),
			    value_get_string_or(conf, "StateReason", ""));
		return -1;
	}
	if (fail_on_failed && update && !strcmp(update, "Failed")) {
		strbuf_addf(err, "lambda function %s: the update failed: %s: %s", name,
			    value_get_string_or(conf, "LastUpdateStatusReasonCode", ""),
			    value_get_string_or(conf, "LastUpdateStatusReason", ""));
		return -1;
	}
	if ((state && !strcmp(state, "Pending")) || (update && !strcmp(update, "InProgress")))
		return 0;
	return 1;
}

/* No row serves: it weighs State and LastUpdateStatus together (lambda_ready_verdict). */
static int ready_check(void *ctx, struct strbuf *status, struct strbuf *err)
{
	struct ready_wait *w = ctx;
	char *path = function_path(w->name, "/configuration");
	struct aws_response resp;
	json_t *conf;
	int rc = lambda_call(w->c, "GetFunctionConfiguration", "GET", path, NULL, NULL, &conf,
			     &resp, err);

	aws_response_free(&resp);
	free(path);
	if (rc)
		return -1;
	rc = lambda_ready_verdict(w->name, conf, w->fail_on_failed, status, err);
	json_decref(conf);
	return rc;
}

/* A Lambda function Active and its update done. */
static const struct aws_poll ready_poll = { .timeout_s = 600.0, .interval_s = 1.0 };

static int wait_ready(struct aws_client *c, const char *name, bool fail_on_failed,
		      struct strbuf *err)
{
	struct ready_wait w = { c, name, fail_on_failed };
	char *what = xasprintf("lambda function %s to be ready", name);
	int rc = aws_wait(what, ready_poll.timeout_s, ready_poll.interval_s, ready_check, &w, err);

	free(what);
	return rc;
}

/* ---- the desired function, as API input ---- */


/* A number the table holds to a whole number in its range (memory_size,
 * timeout: checks/constraints.gen.c), as the integer the API takes. */
static int whole_number(const json_t *desired, const char *name, json_t **out,
			struct strbuf *err)
{
	json_t *v = value_get(desired, name);

	if (!json_is_number(v)) {
		strbuf_addf(err, TYPE_NAME ": no %s to send", name);
		return -1;
	}
	*out = json_integer((json_int_t)json_number_value(v));
	return 0;
}

static json_t *string_map_or_empty(const json_t *v)
{
	return json_is_object(v) ? json_deep_copy(v) : json_object();
}

static json_t *array_or_empty(const json_t *v)
{
	return json_is_array(v) ? json_deep_copy(v) : json_array();
}

/* VpcConfig of the vpc_config desired sets: the two lists (empty lists
 * detach the function), and Ipv6AllowedForDualStack where there are
 * subnets. */
static json_t *vpc_config_input(const json_t *vpc)
{
	json_t *in = json_pack("{s:o, s:o}",
			       "SubnetIds", array_or_empty(value_get(vpc, "subnet_ids")),
			       "SecurityGroupIds", array_or_empty(value_get(vpc, "security_group_ids")));

	if (json_array_size(json_object_get(in, "SubnetIds")))
		json_object_set_new(in, "Ipv6AllowedForDualStack",
				    json_boolean(json_is_true(value_get(vpc, "ipv6_allowed_for_dual_stack"))));
	return in;
}

/* The fields UpdateFunctionConfiguration takes (and CreateFunction too);
 * VpcConfig only when send_vpc (a vpc_config set, and new or changed). */
static int config_input(struct aws_client *c, const json_t *desired, bool send_vpc,
			json_t **out, struct strbuf *err)
{
	json_t *in = json_object(), *memory, *timeout = NULL;
	char *role = NULL;

	*out = NULL;
	if (whole_number(desired, "memory_size", &memory, err)) {
		json_decref(in);
		return -1;
	}
	if (whole_number(desired, "timeout", &timeout, err) ||
	    iam_role_arn(c, value_get_string_or(desired, "role", ""), &role, err)) {
		json_decref(memory);
		json_decref(timeout);
		json_decref(in);
		return -1;
	}
	json_object_set_new(in, "Role", json_string(role));
	free(role);
	json_object_set(in, "Handler", value_get(desired, "handler"));
	json_object_set(in, "Runtime", value_get(desired, "runtime"));
	json_object_set_new(in, "MemorySize", memory);
	json_object_set_new(in, "Timeout", timeout);
	json_object_set_new(in, "Description", json_string(value_get_string_or(desired, "description", "")));
	json_object_set_new(in, "Environment",
			    json_pack("{s:o}", "Variables",
				      string_map_or_empty(value_get(desired, "environment"))));
	json_object_set_new(in, "Layers", array_or_empty(value_get(desired, "layers")));
	if (send_vpc && json_is_object(value_get(desired, "vpc_config")))
		json_object_set_new(in, "VpcConfig", vpc_config_input(value_get(desired, "vpc_config")));
	*out = in;
	return 0;
}

static json_t *architectures_of(const json_t *desired)
{
	json_t *v = value_get(desired, "architectures");

	return json_array_size(v) ? json_deep_copy(v) : json_pack("[s]", "x86_64");
}

/* ---- writes ---- */

static bool attrs_differ(const json_t *a, const json_t *b, const char *const *names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!value_equal(value_get(a, names[i]), value_get(b, names[i])))
			return true;
	return false;
}

/*
 * Whether the code must be deployed again: for the source form, when the
 * package's hash (code_sha256, which plan_desired computed) differs from
 * the function's, or is missing; for S3, when `current` carries other code
 * than desired names (read() carried the state's record of it over; a
 * function a create found carries none, so its code is deployed); and in
 * both when the architectures change, since they go with the code.
 */
static bool code_needs_update(const json_t *current, const json_t *desired)
{
	if (!value_equal(value_get(current, "architectures"), value_get(desired, "architectures")))
		return true;
	if (lambda_code_from_source(desired)) {
		/* plan_desired put the package's hash in desired. */
		const char *want = value_get_string(desired, "code_sha256");
		const char *have = value_get_string(current, "code_sha256");

		return !want || !have || strcmp(want, have);
	}
	return value_is_set(value_get(current, "source")) ||
	       attrs_differ(current, desired, s3_code_attrs, COUNT(s3_code_attrs));
}

static int update_code(struct aws_client *c, const char *name, const json_t *desired,
		       struct strbuf *err)
{
	json_t *in = json_object();
	char *path = function_path(name, "/code");
	struct aws_response resp;
	int rc = lambda_add_code(&function_form, in, desired, err);

	if (rc == 0) {
		json_object_set_new(in, "Architectures", architectures_of(desired));
		rc = lambda_call(c, "UpdateFunctionCode", "PUT", path, NULL, in, NULL, &resp, err);
		aws_response_free(&resp);
	}
	json_decref(in);
	free(path);
	return rc;
}

static int update_configuration(struct aws_client *c, const char *name, const json_t *desired,
				bool send_vpc, struct strbuf *err)
{
	char *path = function_path(name, "/configuration");
	struct aws_response resp;
	json_t *in;
	int rc = config_input(c, desired, send_vpc, &in, err);

	if (rc == 0) {
		rc = lambda_call(c, "UpdateFunctionConfiguration", "PUT", path, NULL, in, NULL,
				 &resp, err);
		aws_response_free(&resp);
		json_decref(in);
	}
	free(path);
	return rc;
}

/* PutFunctionConcurrency when the stack sets reserved_concurrent_executions
 * and current (NULL: a new function, which reserves none) differs. */
static int converge_concurrency(struct aws_client *c, const char *name, const json_t *current,
				const json_t *desired, struct strbuf *err)
{
	const json_t *want = value_get(desired, "reserved_concurrent_executions");
	const json_t *have = value_get(current, "reserved_concurrent_executions");
	if (!value_is_set(want) ||
	    (json_is_number(have) && json_number_value(have) == json_number_value(want)))
		return 0;
	json_t *n;
	if (whole_number(desired, "reserved_concurrent_executions", &n, err))
		return -1;
	char *path = xasprintf("/2017-10-31/functions/%s/concurrency", name);
	json_t *in = json_pack("{s:o}", "ReservedConcurrentExecutions", n);
	struct aws_response resp;
	int rc = lambda_call(c, "PutFunctionConcurrency", "PUT", path, NULL, in, NULL, &resp,
			     err);
	aws_response_free(&resp);
	json_decref(in);
	free(path);
	return rc;
}

/*
 * From `have` (the function as function_read gives it, with the state's
 * record of where its code came from), bring it to `desired`: its code
 * (when it changed), its configuration, its reserved concurrency, its tags,
 * waiting until it is ready first and between the steps; then read it back
 * (aws_converge_fn).
 */
static int function_converge(struct aws_client *c, const char *name, const json_t *have,
			     const json_t *desired, json_t **out, struct strbuf *err)
{
	bool vpc;

	*out = NULL;
	if (wait_ready(c, name, false, err))
		return -1;
	if (code_needs_update(have, desired) &&
	    (update_code(c, name, desired, err) || wait_ready(c, name, true, err)))
		return -1;
	vpc = vpc_config_changes(have, desired);
	if ((vpc || attrs_differ(have, desired, config_attrs, COUNT(config_attrs))) &&
	    (update_configuration(c, name, desired, vpc, err) || wait_ready(c, name, true, err)))
		return -1;
	if (converge_concurrency(c, name, have, desired, err) ||
	    lambda_converge_tags(c, value_get_string(have, "arn"), value_get(have, "tags"),
				 value_get(desired, "tags"), err))
		return -1;
	return aws_read_written(function_read, c, name, desired, out, err,
				"lambda GetFunction: function %s is gone right after it was "
				"written", name);
}

static int create_input(struct aws_client *c, const json_t *desired, json_t **out,
			struct strbuf *err)
{
	json_t *in, *code = json_object();
	json_t *tags = value_get(desired, "tags");

	*out = NULL;
	if (lambda_add_code(&function_form, code, desired, err) ||
	    config_input(c, desired, true, &in, err)) {
		json_decref(code);
		return -1;
	}
	json_object_set(in, "FunctionName", value_get(desired, "function_name"));
	json_object_set_new(in, "PackageType", json_string("Zip"));
	json_object_set_new(in, "Code", code);
	json_object_set_new(in, "Architectures", architectures_of(desired));
	if (!json_object_size(json_object_get(json_object_get(in, "Environment"), "Variables")))
		json_object_del(in, "Environment");
	if (!json_array_size(json_object_get(in, "Layers")))
		json_object_del(in, "Layers");
	/* A new function in no VPC needs no VpcConfig (the stack wrote []). */
	if (!json_array_size(json_object_get(json_object_get(in, "VpcConfig"), "SubnetIds")) &&
	    !json_array_size(json_object_get(json_object_get(in, "VpcConfig"), "SecurityGroupIds")))
		json_object_del(in, "VpcConfig");
	if (json_object_size(tags))
		json_object_set(in, "Tags", tags);
	*out = in;
	return 0;
}

/*
 * CreateFunction, then what must follow it: the wait until the function is
 * ready, and PutFunctionConcurrency when the stack reserves executions
 * (CreateFunction cannot carry them; a new function reserves none, so
 * nothing is read to tell). A function there already (409
 * ResourceConflictException) is weighed by the adopt policy.
 */
static int function_send(struct aws_client *c, const json_t *desired,
			 const struct create_call *call, struct aws_sent *sent, struct strbuf *err)
{
	const char *name = value_get_string(desired, "function_name");
	struct aws_response resp;
	json_t *in;
	int rc;

	(void)call;
	if (!name) {
		strbuf_addstr(err, TYPE_NAME ": function_name has no value to send");
		return -1;
	}
	/* Only a create is refused a deprecated runtime: functions made
	 * before keep theirs (checks/rules.h). */
	if (rule_lambda_runtime_for_create(value_get(desired, "runtime"), desired, err)) {
		strbuf_prefixf(err, TYPE_NAME ": runtime: ");
		return -1;
	}
	if (create_input(c, desired, &in, err))
		return -1;
	rc = lambda_call(c, "CreateFunction", "POST", FUNCTIONS_PATH, NULL, in, NULL, &resp, err);
	json_decref(in);
	if (rc && resp.status == 409 && lambda_error_is(&resp, "ResourceConflictException")) {
		/* A retried create whose first answer was lost finds its own function. */
		sent->exists = true;
		sent->attempts = resp.attempts;
		sent->id = xstrdup(name);
		aws_response_free(&resp);
		strbuf_reset(err);
		return 0;
	}
	aws_response_free(&resp);
	if (rc)
		return -1;
	/* From here on the function exists: its id is reported even if waiting fails. */
	sent->id = xstrdup(name);
	if (wait_ready(c, name, true, err) || converge_concurrency(c, name, NULL, desired, err))
		return -1;
	return 0;
}

/* The prior the update's read takes: the role as desired writes it, and
 * the state's record of where the code came from (exception (a)); for a
 * function a create found (prior NULL) the role alone, so that its code in
 * S3, which no read shows, is deployed. */
static json_t *function_update_shape(const json_t *prior, const json_t *desired)
{
	json_t *shape = json_object();

	if (json_object_get(desired, "role"))
		json_object_set(shape, "role", json_object_get(desired, "role"));
	for (size_t i = 0; prior && i < COUNT(code_origin_attrs); i++)
		if (json_object_get(prior, code_origin_attrs[i]))
			json_object_set(shape, code_origin_attrs[i],
					json_object_get(prior, code_origin_attrs[i]));
	return shape;
}

/*
 * Create and update (the contract, provider/aws/adopt.h): an update
 * converges from a live read (GetFunction), sends what differs from desired
 * and reads back. `prior` is used for exception (a) alone: code from S3
 * (s3_bucket, s3_key, s3_object_version, source_code_hash) is CONFIG_ONLY,
 * no read returns where the code came from, so only the state says whether
 * the stack now names other code: function_update_shape gives it to the
 * read, which carries it into `have`.
 */
static const struct aws_native_ops function_native = {
	.send_create = function_send,
	.adopt = { .by = AWS_ADOPT_BY_NAME_AND_TAGS, .noun = "function_name",
		   .object = "lambda function %s" },
	.converge = function_converge,
	.read = function_read,
	.created_shape = AWS_SHAPE_DESIRED,
	.update_shape_of = function_update_shape,
	.made_missing = "lambda GetFunction: function %s is gone right after it was written",
	.gone = "lambda GetFunction: function %s no longer exists",
};

AWS_NATIVE_FUNCTIONS(function, function_native)

static int function_delete(void *client, const char *id, const json_t *prior,
			   struct strbuf *err)
{
	char *path = function_path(id, "");
	struct aws_response resp;
	int rc = lambda_call(client, "DeleteFunction", "DELETE", path, NULL, NULL, NULL, &resp, err);

	(void)prior;
	if (rc && resp.status == 404 && lambda_error_is(&resp, "ResourceNotFoundException")) {
		strbuf_reset(err);
		rc = 0;
	}
	aws_response_free(&resp);
	free(path);
	return rc;
}


/* plan_desired: the package's hash, so that an edited source plans as an
 * update of the code; checks the upload limit early; vpc_config's lists
 * sorted, as read() gives them (when they are known). The code's form is a
 * row of the one table (lambda/rules.c). */
static int function_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err)
{
	json_t *vpc = json_is_object(value_get(desired, "vpc_config"))
		      ? vpc_config_normal(value_get(desired, "vpc_config"), false) : NULL;

	(void)prior;
	if (vpc)
		json_object_set_new(desired, "vpc_config", vpc);
	if (aws_build_plan_desired(desired, TYPE_NAME, AWS_BUILD_FUNCTION, err))
		return -1;
	return lambda_plan_code_sha256(&function_form, desired, err);
}

/* For sweep (listing.h). */
static const struct aws_rest_listing function_listing = {
	&aws_service_lambda, "ListFunctions", "/2015-03-31/functions/", NULL, "FunctionName", NULL,
	"LastModified",
};

static int function_list(void *client, const struct resource_query *q,
			 struct resource_items *out, struct strbuf *err)
{
	return aws_list_rest(client, &function_listing, q, out, err);
}


const struct resource_type aws_lambda_function_type = {
	.name = TYPE_NAME,
	.description = "a Lambda function, its code zipped from a local folder or taken from S3",
	.attrs = function_attrs,
	.terraform_type = "aws_lambda_function",
	.terraform_attrs = "function_name description role handler runtime memory_size "
			   "timeout architectures layers vpc_config s3_bucket s3_key s3_object_version "
			   "source_code_hash tags arn version last_modified code_sha256",
	.read = function_read,
	.create = function_create,
	.update = function_update,
	.native = &function_native,
	.delete = function_delete,
	.plan_desired = function_plan_desired,
	.upgrade_stored = aws_build_upgrade_stored,
	.import_id = "its function name",
	.id_attr = "function_name",
	.list = function_list,
	.list_rank = 4,
	.run = &aws_lambda_runner,
};
