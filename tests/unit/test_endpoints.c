/*
 * test_endpoints.c: where requests go on real AWS and by configuration
 * (provider/aws/transport/endpoints.c, and client.c's aws_target_build): the
 * default hosts with the FIPS and dual-stack switches in the aws, aws-cn and
 * aws-us-gov partitions, and the AWS CLI's precedence of configured endpoints
 * (the provider's endpoints.KEY, its endpoint, AWS_ENDPOINT_URL_<SERVICE>, AWS_ENDPOINT_URL, the config
 * file's services section, the profile's endpoint_url,
 * AWS_IGNORE_CONFIGURED_ENDPOINT_URLS), for every service of services.def. No
 * network.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "provider/aws/transport/client.h"
#include "provider/aws/transport/client_internal.h"
#include "provider/aws/transport/endpoints.h"

static char config_path[] = "/tmp/terrace-endpoints-XXXXXX";

static void clear_env(void)
{
	static const char *const names[] = {
		"AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL_SECRETS_MANAGER",
		"AWS_ENDPOINT_URL_STS", "AWS_ENDPOINT_URL_SFN", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",
		"AWS_USE_FIPS_ENDPOINT", "AWS_USE_DUALSTACK_ENDPOINT", "AWS_PROFILE",
	};
	for (size_t i = 0; i < sizeof(names) / sizeof(*names); i++)
		unsetenv(names[i]);
}

static void write_config(const char *text)
{
	FILE *f = fopen(config_path, "w");

	assert_non_null(f);
	fputs(text, f);
	fclose(f);
	setenv("AWS_CONFIG_FILE", config_path, 1);
}

static int setup(void **state)
{
	(void)state;
	clear_env();
	setenv("AWS_CONFIG_FILE", "/nonexistent/config", 1);
	setenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials", 1);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	clear_env();
	setenv("AWS_CONFIG_FILE", "/nonexistent/config", 1);
	return 0;
}

/* ---- default hosts ---- */

struct host_case {
	const char *service, *region;
	bool fips, dualstack;
	const char *host, *signing_region;
};

static void test_default_hosts(void **state)
{
	static const struct host_case cases[] = {
		{ "glue", "eu-west-1", false, false, "glue.eu-west-1.amazonaws.com", "eu-west-1" },
		{ "glue", "us-east-1", true, false, "glue-fips.us-east-1.amazonaws.com", "us-east-1" },
		{ "ecr", "eu-west-1", false, false, "api.ecr.eu-west-1.amazonaws.com", "eu-west-1" },
		{ "ecr", "us-east-1", true, false, "api.ecr-fips.us-east-1.amazonaws.com", "us-east-1" },
		{ "ecs", "eu-west-1", false, false, "ecs.eu-west-1.amazonaws.com", "eu-west-1" },
		{ "glue", "us-east-1", false, true, "glue.us-east-1.api.aws", "us-east-1" },
		{ "glue", "us-east-1", true, true, "glue-fips.us-east-1.api.aws", "us-east-1" },
		{ "glue", "cn-north-1", false, false, "glue.cn-north-1.amazonaws.com.cn", "cn-north-1" },
		{ "glue", "cn-north-1", false, true, "glue.cn-north-1.api.amazonwebservices.com.cn",
		  "cn-north-1" },
		{ "states", "us-gov-west-1", true, false, "states-fips.us-gov-west-1.amazonaws.com",
		  "us-gov-west-1" },
		{ "s3", "eu-west-1", false, false, "s3.eu-west-1.amazonaws.com", "eu-west-1" },
		{ "s3", "us-east-1", true, false, "s3-fips.us-east-1.amazonaws.com", "us-east-1" },
		{ "s3", "eu-west-1", false, true, "s3.dualstack.eu-west-1.amazonaws.com", "eu-west-1" },
		{ "s3", "us-east-1", true, true, "s3-fips.dualstack.us-east-1.amazonaws.com",
		  "us-east-1" },
		{ "s3", "cn-northwest-1", false, true, "s3.dualstack.cn-northwest-1.amazonaws.com.cn",
		  "cn-northwest-1" },
		{ "iam", "eu-west-1", false, false, "iam.amazonaws.com", "us-east-1" },
		{ "iam", "eu-west-1", true, false, "iam-fips.amazonaws.com", "us-east-1" },
		{ "iam", "cn-northwest-1", false, false, "iam.cn-north-1.amazonaws.com.cn",
		  "cn-north-1" },
		{ "iam", "us-gov-east-1", true, false, "iam.us-gov.amazonaws.com", "us-gov-west-1" },
		{ "route53", "eu-west-1", false, false, "route53.amazonaws.com", "us-east-1" },
		{ "route53", "eu-west-1", true, false, "route53-fips.amazonaws.com", "us-east-1" },
		{ "route53", "cn-north-1", false, false, "route53.amazonaws.com.cn", "cn-northwest-1" },
		{ "route53", "us-gov-east-1", false, false, "route53.us-gov.amazonaws.com",
		  "us-gov-west-1" },
		/* Organizations: one region per partition (botocore's resolver) */
		{ "organizations", "eu-west-1", false, false, "organizations.us-east-1.amazonaws.com",
		  "us-east-1" },
		{ "organizations", "eu-west-1", true, false,
		  "organizations-fips.us-east-1.amazonaws.com", "us-east-1" },
		{ "organizations", "cn-north-1", false, false,
		  "organizations.cn-northwest-1.amazonaws.com.cn", "cn-northwest-1" },
		{ "organizations", "cn-north-1", true, false,
		  "organizations-fips.aws-cn-global.amazonaws.com.cn", "cn-northwest-1" },
		{ "organizations", "us-gov-east-1", true, false,
		  "organizations.us-gov-west-1.amazonaws.com", "us-gov-west-1" },
		{ "organizations", "eu-west-1", false, true, "organizations.eu-west-1.api.aws",
		  "eu-west-1" },
		{ "sts", "eu-west-1", false, false, "sts.amazonaws.com", "us-east-1" },
		{ "sts", "eu-west-1", true, false, "sts-fips.eu-west-1.amazonaws.com", "eu-west-1" },
		{ "sts", "eu-west-1", false, true, "sts.eu-west-1.api.aws", "eu-west-1" },
		{ "sts", "cn-north-1", false, false, "sts.cn-north-1.amazonaws.com.cn", "cn-north-1" },
		{ "sts", "us-gov-west-1", false, false, "sts.us-gov-west-1.amazonaws.com",
		  "us-gov-west-1" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		char *host, *signing_region;

		aws_default_host(cases[i].service, cases[i].region, cases[i].fips,
				 cases[i].dualstack, &host, &signing_region);
		assert_string_equal(host, cases[i].host);
		assert_string_equal(signing_region, cases[i].signing_region);
		free(host);
		free(signing_region);
	}
	assert_string_equal(aws_partition("cn-north-1"), "aws-cn");
	assert_string_equal(aws_partition("us-gov-west-1"), "aws-us-gov");
	assert_string_equal(aws_partition("eu-west-1"), "aws");
}

/* ---- the client: switches and configured URLs ---- */

static char *target_url(const char *endpoint, const char *service, const char *bucket)
{
	struct aws_config cfg = {
		.region = "us-east-1", .access_key_id = "AKIDTESTING",
		.secret_access_key = "testing-secret", .endpoint = endpoint,
	};
	struct aws_request req = {
		.service = service, .operation = "Op", .method = "GET", .bucket = bucket, .path = "/",
	};
	struct aws_client *c;
	struct aws_target t;
	struct strbuf err = STRBUF_INIT;
	char *url;

	if (aws_client_new(&cfg, &c, &err))
		fail_msg("aws_client_new: %s", err.buf);
	if (aws_target_build(c, &req, &t, &err))
		fail_msg("aws_target_build: %s", err.buf);
	url = xstrdup(t.url);
	aws_target_release(&t);
	aws_client_free(c);
	strbuf_release(&err);
	return url;
}

static void expect_url(const char *endpoint, const char *service, const char *bucket,
		       const char *expected)
{
	char *url = target_url(endpoint, service, bucket);

	assert_string_equal(url, expected);
	free(url);
}

/* req goes to `expected`, signed for cfg's region, from a client of cfg. */
static void expect_target(const struct aws_config *cfg, const struct aws_request *req,
			  const char *expected)
{
	struct aws_client *c;
	struct aws_target t;
	struct strbuf err = STRBUF_INIT;

	if (aws_client_new(cfg, &c, &err))
		fail_msg("aws_client_new: %s", err.buf);
	if (aws_target_build(c, req, &t, &err))
		fail_msg("aws_target_build: %s", err.buf);
	assert_string_equal(t.url, expected);
	assert_string_equal(t.signing_region, cfg->region);
	aws_target_release(&t);
	aws_client_free(c);
	strbuf_release(&err);
}

/* A request naming another Region (a DynamoDB table's replica's) goes to
 * that Region's host, or the configured endpoint, signed for it; a client
 * of aws_client_for_region says that Region, its base its own. */
static void test_request_region(void **state)
{
	static const char *const endpoints[] = { NULL, "http://127.0.0.1:5000" };
	static const char *const urls[] = { "https://dynamodb.eu-west-2.amazonaws.com/",
					    "http://127.0.0.1:5000/" };
	struct aws_request req = {
		.service = "dynamodb", .operation = "DescribeTable", .method = "POST", .path = "/",
		.region = "eu-west-2",
	};

	(void)state;
	for (size_t i = 0; i < 2; i++) {
		struct aws_config cfg = {
			.region = "us-east-1", .access_key_id = "AKIDTESTING",
			.secret_access_key = "testing-secret", .endpoint = endpoints[i],
		};
		struct aws_client *c, *other;
		struct aws_target t;
		struct strbuf err = STRBUF_INIT;

		if (aws_client_new(&cfg, &c, &err))
			fail_msg("aws_client_new: %s", err.buf);
		if (aws_target_build(c, &req, &t, &err))
			fail_msg("aws_target_build: %s", err.buf);
		assert_string_equal(t.url, urls[i]);
		assert_string_equal(t.signing_region, "eu-west-2");
		aws_target_release(&t);
		other = aws_client_for_region(c, "eu-west-2");
		assert_string_equal(aws_client_region(other), "eu-west-2");
		assert_string_equal(aws_client_region(c), "us-east-1");
		aws_client_free(other);
		aws_client_free(c);
		strbuf_release(&err);
	}
}

/* The URL of a `service` request from a client whose provider block sets
 * endpoint (may be NULL) and endpoints: {key: url}. */
static void expect_service_url(const char *endpoint, const char *key, const char *url,
			       const char *service, const char *expected)
{
	json_t *urls = json_pack("{ss}", key, url);
	struct aws_config cfg = {
		.region = "us-east-1", .access_key_id = "AKIDTESTING",
		.secret_access_key = "testing-secret", .endpoint = endpoint,
		.service_endpoints = urls,
	};
	struct aws_request req = {
		.service = service, .operation = "Op", .method = "GET", .path = "/",
	};

	expect_target(&cfg, &req, expected);
	json_decref(urls);
}

/* The URL of a request with host_prefix from a client of region and
 * endpoint (may be NULL). */
static void expect_prefixed_url(const char *region, const char *endpoint, const char *service,
				const char *prefix, const char *expected)
{
	struct aws_config cfg = {
		.region = region, .access_key_id = "AKIDTESTING",
		.secret_access_key = "testing-secret", .endpoint = endpoint,
	};
	struct aws_request req = {
		.service = service, .operation = "Op", .method = "POST", .path = "/",
		.host_prefix = prefix,
	};

	expect_target(&cfg, &req, expected);
}

/* An operation's endpoint hostPrefix (Step Functions' StartSyncExecution:
 * "sync-") goes in front of the AWS host, as botocore puts it there; a
 * configured endpoint is used as it is. */
static void test_host_prefix(void **state)
{
	(void)state;
	expect_prefixed_url("us-east-1", NULL, "states", "sync-",
			    "https://sync-states.us-east-1.amazonaws.com/");
	expect_prefixed_url("eu-west-1", NULL, "states", NULL,
			    "https://states.eu-west-1.amazonaws.com/");
	expect_prefixed_url("cn-north-1", NULL, "states", "sync-",
			    "https://sync-states.cn-north-1.amazonaws.com.cn/");
	setenv("AWS_USE_FIPS_ENDPOINT", "true", 1);
	expect_prefixed_url("us-east-1", NULL, "states", "sync-",
			    "https://sync-states-fips.us-east-1.amazonaws.com/");
	unsetenv("AWS_USE_FIPS_ENDPOINT");
	expect_prefixed_url("us-east-1", "http://127.0.0.1:5000", "states", "sync-",
			    "http://127.0.0.1:5000/");
}

static void test_fips_dualstack_switches(void **state)
{
	(void)state;
	setenv("AWS_USE_FIPS_ENDPOINT", "true", 1);
	expect_url(NULL, "s3", "lake", "https://lake.s3-fips.us-east-1.amazonaws.com/");
	expect_url(NULL, "secretsmanager", NULL, "https://secretsmanager-fips.us-east-1.amazonaws.com/");
	setenv("AWS_USE_DUALSTACK_ENDPOINT", "true", 1);
	expect_url(NULL, "s3", "lake", "https://lake.s3-fips.dualstack.us-east-1.amazonaws.com/");
	/* A provider endpoint is used as given. */
	expect_url("http://127.0.0.1:5000", "glue", NULL, "http://127.0.0.1:5000/");
	unsetenv("AWS_USE_FIPS_ENDPOINT");
	unsetenv("AWS_USE_DUALSTACK_ENDPOINT");

	/* The same from the profile; the environment wins over it. */
	write_config("[default]\nuse_fips_endpoint = true\nuse_dualstack_endpoint = false\n");
	expect_url(NULL, "glue", NULL, "https://glue-fips.us-east-1.amazonaws.com/");
	setenv("AWS_USE_FIPS_ENDPOINT", "false", 1);
	expect_url(NULL, "glue", NULL, "https://glue.us-east-1.amazonaws.com/");
}

static void test_configured_endpoint_precedence(void **state)
{
	(void)state;
	write_config("[profile dev]\n"
		     "endpoint_url = http://profile.example:1000\n"
		     "services = dev-services\n"
		     "[services dev-services]\n"
		     "s3 =\n"
		     "  endpoint_url = http://section-s3.example:2000\n"
		     "secrets_manager =\n"
		     "  endpoint_url = http://section-sm.example:3000\n");
	setenv("AWS_PROFILE", "dev", 1);
	/* 4: the services section for the service, 5: the profile for others. */
	expect_url(NULL, "s3", "lake", "http://lake.section-s3.example:2000/");
	expect_url(NULL, "secretsmanager", NULL, "http://section-sm.example:3000/");
	expect_url(NULL, "glue", NULL, "http://profile.example:1000/");
	/* 3: AWS_ENDPOINT_URL over the whole file. */
	setenv("AWS_ENDPOINT_URL", "http://global.example:4000", 1);
	expect_url(NULL, "s3", NULL, "http://global.example:4000/");
	expect_url(NULL, "states", NULL, "http://global.example:4000/");
	/* 2: AWS_ENDPOINT_URL_<SERVICE ID> over that (the service id, not the
	 * signing name: SECRETS_MANAGER, SFN). */
	setenv("AWS_ENDPOINT_URL_SECRETS_MANAGER", "http://env-sm.example:5000", 1);
	setenv("AWS_ENDPOINT_URL_SFN", "http://env-sfn.example:6000/base", 1);
	expect_url(NULL, "secretsmanager", NULL, "http://env-sm.example:5000/");
	expect_url(NULL, "states", NULL, "http://env-sfn.example:6000/base/");
	expect_url(NULL, "glue", NULL, "http://global.example:4000/");
	/* 1: the provider's endpoint over everything. */
	expect_url("http://127.0.0.1:5000", "secretsmanager", NULL, "http://127.0.0.1:5000/");
	/* 0: the provider's endpoints.KEY over its endpoint and everything else
	 * (KEY is the provider's name: sfn for the signing name states). */
	expect_service_url("http://127.0.0.1:5000", "sfn", "http://sfn.example:7000",
			   "states", "http://sfn.example:7000/");
	expect_service_url("http://127.0.0.1:5000", "sfn", "http://sfn.example:7000",
			   "secretsmanager", "http://127.0.0.1:5000/");
	expect_service_url(NULL, "secretsmanager", "http://sm.example:8000",
			   "secretsmanager", "http://sm.example:8000/");
	expect_service_url(NULL, "sfn", "http://sfn.example:7000", "glue",
			   "http://global.example:4000/");
	/* AWS_IGNORE_CONFIGURED_ENDPOINT_URLS: back to AWS's hosts. */
	setenv("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "true", 1);
	expect_url(NULL, "secretsmanager", NULL, "https://secretsmanager.us-east-1.amazonaws.com/");
	/* ... which leaves what the provider block sets alone. */
	expect_service_url(NULL, "secretsmanager", "http://sm.example:8000",
			   "secretsmanager", "http://sm.example:8000/");
	expect_url(NULL, "s3", "lake", "https://lake.s3.us-east-1.amazonaws.com/");
	unsetenv("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS");
	unsetenv("AWS_ENDPOINT_URL");
	unsetenv("AWS_ENDPOINT_URL_SECRETS_MANAGER");
	unsetenv("AWS_ENDPOINT_URL_SFN");
	/* ... and the same from the profile. */
	write_config("[profile dev]\nendpoint_url = http://profile.example:1000\n"
		     "ignore_configured_endpoint_urls = true\n");
	expect_url(NULL, "glue", NULL, "https://glue.us-east-1.amazonaws.com/");
}

/* The setting an endpoint came from (*from) is no buffer the next lookup
 * of the same thread writes over: it still names its own setting after
 * another service's lookup found another. */
static void test_endpoint_from_outlives_the_next_lookup(void **state)
{
	struct aws_endpoint_settings none = { 0 };
	const char *first = NULL, *second = NULL;

	(void)state;
	setenv("AWS_ENDPOINT_URL_SECRETS_MANAGER", "http://env-sm.example:5000", 1);
	setenv("AWS_ENDPOINT_URL_SFN", "http://env-sfn.example:6000", 1);
	assert_string_equal(aws_configured_endpoint(&none, "secretsmanager", &first),
			    "http://env-sm.example:5000");
	assert_string_equal(aws_configured_endpoint(&none, "states", &second),
			    "http://env-sfn.example:6000");
	assert_string_equal(second, "AWS_ENDPOINT_URL_SFN");
	assert_string_equal(first, "AWS_ENDPOINT_URL_SECRETS_MANAGER");
	unsetenv("AWS_ENDPOINT_URL_SECRETS_MANAGER");
	unsetenv("AWS_ENDPOINT_URL_SFN");
}

/* Every service of services.def: its provider endpoints.NAME reaches the
 * requests signed with its signing name, its AWS_ENDPOINT_URL_<ID> too, and
 * no other service's; the SSO portal's endpoint (the credential chain's
 * own call, by the same row) honours endpoints.sso. */
static void test_every_service_endpoint(void **state)
{
	size_t n;
	const struct aws_service *const *all = aws_services(&n);
	struct aws_endpoint_settings s = { 0 };
	struct strbuf err = STRBUF_INIT;
	const char *from = NULL;
	char *portal;

	(void)state;
	assert_int_equal(n, 39);
	for (size_t i = 0; i < n; i++) {
		const struct aws_service *svc = all[i];
		const char *other = strcmp(svc->signing_name, "s3") ? "s3" : "iam";
		char *env = xasprintf("AWS_ENDPOINT_URL_%s", svc->endpoint_id);
		struct aws_config cfg = {
			.region = "us-east-1", .access_key_id = "AKIDTESTING",
			.secret_access_key = "testing-secret",
		};
		struct aws_request req = {
			.service = svc->signing_name, .operation = "Op", .method = "GET",
			.path = "/",
		};

		assert_string_equal(aws_endpoint_key_service(svc->name), svc->signing_name);
		expect_service_url(NULL, svc->name, "http://svc.example:7000", svc->signing_name,
				   "http://svc.example:7000/");
		expect_service_url("http://127.0.0.1:5000", svc->name, "http://svc.example:7000",
				   other, "http://127.0.0.1:5000/");
		setenv(env, "http://env.example:6000", 1);
		expect_target(&cfg, &req, "http://env.example:6000/");
		unsetenv(env);
		free(env);
	}
	assert_int_equal(aws_endpoint_settings_add_provider_url(&s, "sso", "http://portal.example:8",
								 &err), 0);
	portal = aws_credential_endpoint(&s, aws_service_sso.signing_name, "eu-west-1", &from);
	assert_string_equal(portal, "http://portal.example:8");
	assert_string_equal(from, "the provider's endpoints.sso");
	free(portal);
	aws_endpoint_settings_release(&s);
	portal = aws_credential_endpoint(NULL, aws_service_sso.signing_name, "eu-west-1", &from);
	assert_string_equal(portal, "https://portal.sso.eu-west-1.amazonaws.com");
	free(portal);
	strbuf_release(&err);
}

static void test_endpoint_errors(void **state)
{
	struct aws_config cfg = {
		.region = "us-east-1", .access_key_id = "AKIDTESTING",
		.secret_access_key = "testing-secret",
	};
	struct aws_request req = { .service = "s3", .operation = "Op", .method = "GET", .path = "/" };
	struct aws_client *c;
	struct aws_target t;
	struct strbuf err = STRBUF_INIT;

	(void)state;
	setenv("AWS_USE_FIPS_ENDPOINT", "yes", 1);
	assert_int_equal(aws_client_new(&cfg, &c, &err), -1);
	assert_string_equal(err.buf, "AWS_USE_FIPS_ENDPOINT in the environment is \"yes\": it must"
			    " be true or false");
	unsetenv("AWS_USE_FIPS_ENDPOINT");
	strbuf_reset(&err);

	write_config("[default]\nservices = missing\n");
	assert_int_equal(aws_client_new(&cfg, &c, &err), -1);
	assert_non_null(strstr(err.buf, "has services = missing, but there is no [services missing]"
			       " section"));
	strbuf_reset(&err);

	/* The provider's endpoints: an unknown service, a URL that is not one. */
	write_config("");
	json_t *urls = json_pack("{ss}", "stepfunctions", "http://127.0.0.1:9");
	cfg.service_endpoints = urls;
	assert_int_equal(aws_client_new(&cfg, &c, &err), -1);
	assert_string_equal(err.buf, "endpoints: terrace calls no service \"stepfunctions\""
			    " (services: s3, iam, sts, glue, athena, sfn, lambda, rds, redshift,"
			    " secretsmanager, logs, kms, ssm, dynamodb, ecr, ecs, ec2, events, scheduler, sns, sqs, cloudwatch, batch,"
			    " lakeformation, emrserverless, kinesis, firehose, route53, codecommit, codebuild, sso, servicequotas,"
			    " cloudcontrol, organizations,"
			    " acm, cognitoidp, elbv2, es, opensearch)");
	strbuf_reset(&err);
	json_decref(urls);
	urls = json_pack("{ss}", "glue", "127.0.0.1:9");
	cfg.service_endpoints = urls;
	assert_int_equal(aws_client_new(&cfg, &c, &err), -1);
	assert_string_equal(err.buf, "endpoints.glue: endpoint \"127.0.0.1:9\" must start with"
			    " http:// or https://");
	strbuf_reset(&err);
	json_decref(urls);
	cfg.service_endpoints = NULL;

	write_config("");
	setenv("AWS_ENDPOINT_URL_S3", "localhost:9000", 1);
	if (aws_client_new(&cfg, &c, &err))
		fail_msg("aws_client_new: %s", err.buf);
	assert_int_equal(aws_target_build(c, &req, &t, &err), -1);
	assert_string_equal(err.buf, "s3 (from AWS_ENDPOINT_URL_S3): endpoint \"localhost:9000\""
			    " must start with http:// or https://");
	aws_client_free(c);
	strbuf_release(&err);
}

/* Every row's protocol is a family terrace speaks (aws_service_protocol
 * aborts on another), and each family's rows are the ones botocore names
 * so: the waiters and plan's reads send by it. */
static void test_every_service_protocol(void **state)
{
	static const struct {
		const char *service;
		enum aws_protocol protocol;
	} rows[] = {
		{ "iam", AWS_PROTOCOL_QUERY },     { "rds", AWS_PROTOCOL_QUERY },
		{ "ec2", AWS_PROTOCOL_EC2 },       { "glue", AWS_PROTOCOL_JSON },
		{ "lambda", AWS_PROTOCOL_REST_JSON }, { "s3", AWS_PROTOCOL_REST_XML },
	};
	size_t n, seen = 0;
	const struct aws_service *const *all = aws_services(&n);

	(void)state;
	for (size_t i = 0; i < n; i++) {
		enum aws_protocol p = aws_service_protocol(all[i]);

		assert_int_equal(aws_protocol_is_query(p),
				 !strcmp(all[i]->protocol, "query") || !strcmp(all[i]->protocol, "ec2"));
		for (size_t j = 0; j < sizeof(rows) / sizeof(*rows); j++)
			if (!strcmp(all[i]->name, rows[j].service)) {
				assert_int_equal(p, rows[j].protocol);
				seen++;
			}
	}
	assert_int_equal(seen, sizeof(rows) / sizeof(*rows));
	assert_false(aws_protocol_is_query(AWS_PROTOCOL_JSON));
	assert_false(aws_protocol_is_query(AWS_PROTOCOL_REST_XML));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_default_hosts, setup, teardown),
		cmocka_unit_test_setup_teardown(test_fips_dualstack_switches, setup, teardown),
		cmocka_unit_test_setup_teardown(test_host_prefix, setup, teardown),
		cmocka_unit_test_setup_teardown(test_request_region, setup, teardown),
		cmocka_unit_test_setup_teardown(test_configured_endpoint_precedence, setup, teardown),
		cmocka_unit_test_setup_teardown(test_endpoint_from_outlives_the_next_lookup, setup,
						teardown),
		cmocka_unit_test_setup_teardown(test_endpoint_errors, setup, teardown),
		cmocka_unit_test_setup_teardown(test_every_service_endpoint, setup, teardown),
		cmocka_unit_test(test_every_service_protocol),
	};
	int fd = mkstemp(config_path), failed;

	if (fd < 0)
		return 1;
	close(fd);
	failed = cmocka_run_group_tests_name("aws endpoints", tests, NULL, NULL);

	unlink(config_path);
	return failed;
}
