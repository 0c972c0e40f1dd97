/*
 * provider.c: the `aws` provider type: its configuration schema, the list of
 * aws resource types, and configure/close, which turn an evaluated
 * configuration into a shared struct aws_client and release it.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/build/api.h"
#include "provider/aws/cloudcontrol/api.h"
#include "provider/aws/checks/checks.h"
#include "provider/aws/checks/kinds/api.h"
#include "provider/aws/resources.h"
#include "provider/aws/server.h"
#include "provider/aws/transport/transport.h"
#include "provider/base/text.h"
#include "provider/provider.h"

/* endpoints: one optional URL per service terrace calls (endpoints.h). */
static const struct attr_schema aws_endpoint_attrs[] = {
#define AWS_SERVICE(key, home, botocore, protocol, iam_prefix, signing_name, api_version, \
		    target_prefix, json_version, endpoint_prefix, endpoint_id) \
	{ .name = #key, .type = ATTR_STRING, .flags = ATTR_OPTIONAL, \
	  .description = "URL for " signing_name " requests; wins over endpoint and " \
			 "AWS_ENDPOINT_URL_" endpoint_id },
#include "provider/aws/transport/services.def"
#undef AWS_SERVICE
	{ .name = NULL },
};

static const struct attr_schema aws_config_attrs[] = {
	{ .name = "region", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "AWS region; default from AWS_REGION or the profile, else us-east-1" },
	{ .name = "skip_region_validation", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "take a region that no AWS partition lists yet (one newer than this "
			 "terrace); default false: an unknown region fails at validate (when the "
			 "stack writes it) or at plan (from AWS_REGION or a profile)" },
	{ .name = "profile", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "profile in ~/.aws/credentials and ~/.aws/config; default AWS_PROFILE, else \"default\"" },
	{ .name = "access_key", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_SENSITIVE,
	  .description = "access key id; default from the environment or the profile" },
	{ .name = "secret_key", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_SENSITIVE,
	  .description = "secret access key; set together with access_key" },
	{ .name = "token", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_SENSITIVE,
	  .description = "session token for temporary credentials" },
	{ .name = "endpoint", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "one endpoint URL for every service (MinIO, moto), e.g. http://127.0.0.1:9000" },
	{ .name = "endpoints", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL,
	  .nested = aws_endpoint_attrs,
	  .description = "endpoint URL per service (s3, sts, glue, sfn, ...), over endpoint, "
			 "AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL and the config file" },
	{ .name = "server", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "which server the provider talks to: aws (AWS, or a stand-in of it such "
			 "as moto), minio, ceph or other (another S3 server), written as a word; "
			 "what rests on an AWS account's defaults (Block Public Access, default "
			 "quotas) is an error against aws and a warning against the others; default "
			 "TERRACE_AWS_SERVER, else aws unless endpoint or endpoints name a host that "
			 "is not AWS's (or are written as ${...})" },
	{ .name = "path_style", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "S3 path-style addressing (MinIO needs it)", .default_json = "false" },
	{ .name = "insecure", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "skip TLS certificate verification", .default_json = "false" },
	{ .name = "ca_bundle", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "PEM file of the certificate authorities to trust (a private CA); "
			 "default: AWS_CA_BUNDLE, else the system's" },
	{ .name = "max_attempts", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "attempts per request including retries; default AWS_MAX_ATTEMPTS, else 8" },
	{ .name = "connect_timeout", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "seconds to open a connection; default TERRACE_AWS_CONNECT_TIMEOUT, else 10" },
	{ .name = "read_timeout", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "seconds without a byte sent or received before a request is cut and retried; default TERRACE_AWS_READ_TIMEOUT, else 30; after 3 such attempts a call fails" },
	{ .name = "operation_timeout", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "seconds one AWS call may take, every retry included; default TERRACE_AWS_OPERATION_TIMEOUT, else 900" },
	{ .name = "consistency_timeout", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "seconds an object just made may still be reported missing (EC2's "
			 "*.NotFound, S3's NoSuchBucket) before terrace believes it; default "
			 "TERRACE_AWS_CONSISTENCY_TIMEOUT, else 300" },
	{ .name = "propagation_timeout", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "seconds a new or changed IAM role or instance profile may be refused by "
			 "the services that use it; default TERRACE_AWS_PROPAGATION_TIMEOUT, else 120" },
	{ .name = "dependency_timeout", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "seconds a delete may be refused while what depended on the object goes "
			 "(network interfaces of a deleted instance, NAT gateway or function: "
			 "DependencyViolation); default TERRACE_AWS_DEPENDENCY_TIMEOUT, else 1200" },
	{ .name = NULL },
};

/* Every type of types.def, in its order. */
static const struct resource_type *const aws_resources[] = {
#define RESOURCE_TYPE(name, ...) &name,
#include "provider/aws/types.def"
#undef RESOURCE_TYPE
	NULL,
};

/* Every lookup kind of lookups.def, in its order. */
static const struct lookup_type *const aws_lookups[] = {
#define LOOKUP_TYPE(name) &name,
#include "provider/aws/lookups.def"
#undef LOOKUP_TYPE
	NULL,
};

/* A string attribute, or NULL when unset or empty (as the AWS CLI takes an
 * empty setting); -1 when it has another type. */
static int config_string(const json_t *config, const char *name, const char **out,
			 struct strbuf *err)
{
	if (value_config_string(config, "aws", name, out, err))
		return -1;
	if (*out && !**out)
		*out = NULL;
	return 0;
}

static int config_bool(const json_t *config, const char *name, bool *out,
		       struct strbuf *err)
{
	const json_t *v = json_object_get(config, name);

	*out = false;
	if (!v || json_is_null(v))
		return 0;
	if (!json_is_boolean(v)) {
		strbuf_addf(err, "aws provider: %s must be a bool", name);
		return -1;
	}
	*out = json_is_true(v);
	return 0;
}

/* A whole number from `min` to `max` from the attribute, else from the
 * environment variable, else 0 (the client's default). */
static int config_whole(const json_t *config, const char *name, const char *env, int min,
			int max, int *out, struct strbuf *err)
{
	const json_t *v = json_object_get(config, name);
	double n;

	*out = 0;
	if (v && !json_is_null(v)) {
		n = json_number_value(v);
		if (!json_is_number(v) || n < min || n > max || n != floor(n)) {
			strbuf_addf(err, "aws provider: %s must be a whole number from %d to %d",
				    name, min, max);
			return -1;
		}
	} else {
		const char *text = getenv(env);
		char *end;
		if (!text || !*text)
			return 0;
		n = strtod(text, &end);
		if (*end || n < min || n > max || n != floor(n)) {
			strbuf_addf(err, "%s=\"%s\": must be a whole number from %d to %d (%s)",
				    env, text, min, max, name);
			return -1;
		}
	}
	*out = (int)n;
	return 0;
}

/* A wait of the client's timing (client.h): config_whole's, with a setting
 * of 0 ("do not wait") told apart from no setting (the default). */
static int config_wait(const json_t *config, const char *name, const char *env, int *out,
		       struct strbuf *err)
{
	/* The name the IAM wait had before it was one of three. */
	if (!strcmp(name, "propagation_timeout") && !(getenv(env) && *getenv(env)) &&
	    getenv("TERRACE_ROLE_WAIT_SECONDS") && *getenv("TERRACE_ROLE_WAIT_SECONDS"))
		env = "TERRACE_ROLE_WAIT_SECONDS";
	if (config_whole(config, name, env, 0, 86400, out, err) < 0)
		return -1;
	if (!*out && ((json_object_get(config, name) && !json_is_null(json_object_get(config, name))) ||
		      (getenv(env) && *getenv(env))))
		*out = -1;
	return 0;
}

static int aws_configure(const json_t *config, void **client, struct strbuf *err)
{
	const char *server_env = getenv("TERRACE_AWS_SERVER");
	struct aws_config cfg = { 0 };
	struct aws_client *c = NULL;

	if (config && !json_is_object(config)) {
		strbuf_addstr(err, "aws provider: the configuration must be an object");
		return -1;
	}
	if (config_string(config, "region", &cfg.region, err) ||
	    config_string(config, "profile", &cfg.profile, err) ||
	    config_string(config, "access_key", &cfg.access_key_id, err) ||
	    config_string(config, "secret_key", &cfg.secret_access_key, err) ||
	    config_string(config, "token", &cfg.session_token, err) ||
	    config_string(config, "endpoint", &cfg.endpoint, err) ||
	    config_bool(config, "path_style", &cfg.path_style, err) ||
	    config_bool(config, "insecure", &cfg.insecure, err) ||
	    config_bool(config, "skip_region_validation", &cfg.skip_region_validation, err) ||
	    config_string(config, "ca_bundle", &cfg.ca_bundle, err))
		return -1;
	if (config_whole(config, "max_attempts", "AWS_MAX_ATTEMPTS", 1, 100,
			 &cfg.max_attempts, err) ||
	    config_whole(config, "connect_timeout", "TERRACE_AWS_CONNECT_TIMEOUT", 1, 3600,
			 &cfg.connect_timeout_s, err) ||
	    config_whole(config, "read_timeout", "TERRACE_AWS_READ_TIMEOUT", 1, 3600,
			 &cfg.read_timeout_s, err) ||
	    config_whole(config, "operation_timeout", "TERRACE_AWS_OPERATION_TIMEOUT", 1, 86400,
			 &cfg.operation_timeout_s, err) ||
	    config_wait(config, "consistency_timeout", "TERRACE_AWS_CONSISTENCY_TIMEOUT",
			&cfg.timing.consistency_s, err) ||
	    config_wait(config, "propagation_timeout", "TERRACE_AWS_PROPAGATION_TIMEOUT",
			&cfg.timing.propagation_s, err) ||
	    config_wait(config, "dependency_timeout", "TERRACE_AWS_DEPENDENCY_TIMEOUT",
			&cfg.timing.dependency_s, err))
		return -1;
	if (!json_object_get(config, "server") && server_env && *server_env &&
	    aws_server_check(server_env, "TERRACE_AWS_SERVER", err))
		return -1; /* the default of server (a provider no stack writes: no validate) */
	cfg.service_endpoints = json_object_get(config, "endpoints");
	if (cfg.service_endpoints && !json_is_null(cfg.service_endpoints) &&
	    !json_is_object(cfg.service_endpoints)) {
		strbuf_addstr(err, "aws provider: endpoints must be a map of service names to URLs");
		return -1;
	}
	if (!cfg.access_key_id != !cfg.secret_access_key) {
		strbuf_addstr(err, "aws provider: access_key and secret_key must be set together");
		return -1;
	}
	/* After an interrupt the calls in flight finish; no new one starts. */
	cfg.unsent_after_stop = true;
	if (aws_client_new(&cfg, &c, err) < 0)
		return -1;
	*client = c;
	return 0;
}

/* Before anything is read: STS GetCallerIdentity with the credentials. */
static int aws_verify(void *client, struct strbuf *err)
{
	return aws_client_verify(client, err);
}

/* Whether `type` is made at run time from data, by its struct's family:
 * the struct the provider's find_type (Cloud Control's) gives; a written
 * type is not one of those. Such a type is read through Cloud Control,
 * whatever its service. */
static bool from_data(const char *type)
{
	const struct resource_type *rt = cc_type_find(type);
	return rt && rt->family == TYPE_FAMILY_FROM_DATA;
}

/* How long an object of `type` just made may be reported missing: its
 * service's window (timing.h, aws_consistency_window_s), within
 * consistency_timeout. */
static double aws_consistency_seconds(void *client, const char *type)
{
	return client ? aws_consistency_window_s(aws_client_timing(client), type,
						 from_data(type), NULL) : 0;
}

/* Before a delete by a run that did not make the object: where its
 * service says a delete too may answer NotFound for an id still
 * propagating (EC2), the client takes it as made age_s ago, so that
 * answer is waited out within the window (timing.h); elsewhere nothing. */
static void aws_note_made(void *client, const char *type, const char *id, double age_s)
{
	bool deletes = false;
	double window = client ? aws_consistency_window_s(aws_client_timing(client), type,
							  from_data(type), &deletes) : 0;

	if (deletes && id && age_s >= 0 && age_s < window)
		aws_client_note_made_aged(client, id, age_s);
}

static void aws_close(void *client)
{
	if (client) {
		aws_kind_reads_forget(client); /* a new client may take its address */
		aws_client_free(client);
	}
}

static void *aws_op_client(void *client, struct op_result *result)
{
	return aws_client_for_op(client, result);
}

static void aws_op_client_free(void *op_client)
{
	aws_client_free(op_client);
}

/* TERRACE_BUILD_CACHE=s3://... is served by this provider's S3 client
 * (build/build_cache_s3.c): registered before main, as the type itself is
 * listed before main (registry.c). */
__attribute__((constructor)) static void aws_register_build_cache(void)
{
	build_cache_store_register(&aws_build_cache_s3);
}

/* provider_type.gives_kind: the one kind the attribute gives (kinds/);
 * none when AWS's data names none, or several. A kind cfn-lint's formats
 * name ".Arn" (AWS::Lambda::Function.Arn) is an ARN, which begins "arn:"
 * whatever it turns out to be: "/aws/lambda/${fn.arn}" holds a ':'. */
static const char *aws_gives_kind(const char *type, const char *attr, const char **prefix)
{
	struct aws_kinds ks = aws_kinds_of(type, attr, true);

	if (ks.n != 1)
		return NULL;
	if (ends_with(ks.k[0]->name, ".Arn"))
		*prefix = "arn:";
	return ks.k[0]->name;
}

const struct provider_type aws_provider_type = {
	.name = "aws",
	.config_attrs = aws_config_attrs,
	.resources = aws_resources,
	.lookups = aws_lookups,
	.configure = aws_configure,
	.close = aws_close,
	.op_client = aws_op_client,
	.op_client_free = aws_op_client_free,
	.check = aws_checks_hook,
	.check_resources_types = aws_check_resources_types,
	.gives_kind = aws_gives_kind,
	.verify = aws_verify,
	.consistency_seconds = aws_consistency_seconds,
	.consistency_setting = "consistency_timeout (TERRACE_AWS_CONSISTENCY_TIMEOUT)",
	.consistency_pause_s = aws_rule_pause_s,
	.note_made = aws_note_made,
	.name_rules = aws_name_rules,
	.find_type = cc_type_find,
	.type_names = cc_type_names,
};
