/*
 * test_credentials.c: the AWS credential and region chain
 * (provider/aws/transport/credentials.c): explicit attributes, environment, profiles
 * in shared credentials/config files written to a temporary HOME, their
 * precedence, and error messages that say where the chain looked without
 * ever showing a secret.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "provider/aws/transport/client.h"
#include "provider/aws/transport/credentials.h"
#include "provider/aws/transport/credential_http.h"
#include "provider/aws/transport/credential_http.h"

static const char *const chain_env[] = {
	"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_SECURITY_TOKEN",
	"AWS_PROFILE", "AWS_REGION", "AWS_DEFAULT_REGION", "AWS_SHARED_CREDENTIALS_FILE",
	"AWS_CONFIG_FILE", "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
	"AWS_CONTAINER_CREDENTIALS_FULL_URI", "AWS_CONTAINER_AUTHORIZATION_TOKEN",
	"AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE", "AWS_EC2_METADATA_DISABLED",
	"AWS_EC2_METADATA_SERVICE_ENDPOINT", "AWS_CA_BUNDLE",
};

/* What the chain says when it finds nothing on a test machine: each place
 * it looked, one a line; `credentials` and `config` say what the two files
 * (under home's .aws/) had for profile. A new string. */
static char *no_credentials(const char *home, const char *profile, const char *credentials,
			    const char *config)
{
	return xasprintf("no AWS credentials found (the AWS CLI: \"Unable to locate"
			 " credentials\"); looked at:\n"
			 "  - the provider's access_key and secret_key: not set\n"
			 "  - the environment: neither AWS_ACCESS_KEY_ID with AWS_SECRET_ACCESS_KEY"
			 " nor AWS_WEB_IDENTITY_TOKEN_FILE with AWS_ROLE_ARN is set\n"
			 "  - the shared credentials file %s/.aws/credentials (the default path): %s\n"
			 "  - the config file %s/.aws/config (the default path): %s\n"
			 "  - container credentials (neither AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"
			 " nor AWS_CONTAINER_CREDENTIALS_FULL_URI is set)\n"
			 "  - EC2 instance metadata (AWS_EC2_METADATA_DISABLED=true)\n"
			 "configure credentials with \"aws configure\" (or \"aws configure sso\")"
			 " for profile \"%s\", with AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in"
			 " the environment, or with the provider's access_key and secret_key",
			 home, credentials, home, config, profile);
}

struct fixture {
	char home[64];
	char *saved_home;
};

static void write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");
	assert_non_null(f);
	assert_int_equal(fputs(text, f) >= 0, 1);
	assert_int_equal(fclose(f), 0);
}

/* ~/.aws/NAME inside the temporary HOME. */
static char *aws_path(struct fixture *fx, const char *name)
{
	return xasprintf("%s/.aws/%s", fx->home, name);
}

static void write_aws_file(struct fixture *fx, const char *name, const char *text)
{
	char *dir = xasprintf("%s/.aws", fx->home), *path = aws_path(fx, name);
	mkdir(dir, 0700);
	write_file(path, text);
	free(dir);
	free(path);
}

static int setup(void **state)
{
	struct fixture *fx = xcalloc(1, sizeof(*fx));

	for (size_t i = 0; i < sizeof(chain_env) / sizeof(*chain_env); i++)
		unsetenv(chain_env[i]);
	/* No test may wait on 169.254.169.254; t0900 serves instance metadata. */
	setenv("AWS_EC2_METADATA_DISABLED", "true", 1);
	strcpy(fx->home, "/tmp/terrace-cred-XXXXXX");
	assert_non_null(mkdtemp(fx->home));
	fx->saved_home = getenv("HOME") ? xstrdup(getenv("HOME")) : NULL;
	setenv("HOME", fx->home, 1);
	*state = fx;
	return 0;
}

static int teardown(void **state)
{
	struct fixture *fx = *state;
	char *cmd = xasprintf("rm -rf '%s'", fx->home);

	assert_int_equal(system(cmd), 0);
	free(cmd);
	if (fx->saved_home) {
		setenv("HOME", fx->saved_home, 1);
		free(fx->saved_home);
	} else {
		unsetenv("HOME");
	}
	for (size_t i = 0; i < sizeof(chain_env) / sizeof(*chain_env); i++)
		unsetenv(chain_env[i]);
	free(fx);
	return 0;
}

static void resolve_ok(const struct aws_config *cfg, struct aws_credentials *out)
{
	struct strbuf err = STRBUF_INIT;
	int rc = aws_credentials_resolve(cfg, out, &err);
	if (rc)
		fail_msg("unexpected error: %s", err.buf);
	strbuf_release(&err);
}

static char *resolve_error(const struct aws_config *cfg)
{
	struct aws_credentials creds;
	struct strbuf err = STRBUF_INIT;

	assert_int_equal(aws_credentials_resolve(cfg, &creds, &err), -1);
	assert_null(creds.access_key_id);
	assert_null(creds.secret_access_key);
	return strbuf_detach(&err);
}

static const char sample_credentials[] =
	"# terrace test credentials\n"
	"[default]\n"
	"aws_access_key_id = AKIDDEFAULT\n"
	"aws_secret_access_key=secretdefault\n"
	"\n"
	"; a comment before the next profile\n"
	"[dev]\r\n"
	"  aws_access_key_id   =   AKIDDEV  \r\n"
	"aws_secret_access_key = secret/dev+key\r\n"
	"aws_session_token = tokendev\r\n";

static const char sample_config[] =
	"[default]\n"
	"region = eu-west-1\n"
	"[profile dev]\n"
	"region = ap-southeast-2\n"
	"s3 =\n"
	"  addressing_style = path\n"
	"[profile cfgonly]\n"
	"aws_access_key_id = AKIDCFG\n"
	"aws_secret_access_key = secretcfg\n"
	"region = sa-east-1\n"
	"[other]\n"
	"region = us-west-1\n";

static void test_explicit_attributes_win(void **state)
{
	struct fixture *fx = *state;
	struct aws_config cfg = {
		.access_key_id = "AKIDEXPLICIT", .secret_access_key = "secretexplicit",
		.session_token = "tok", .region = "eu-central-1",
	};
	struct aws_credentials creds;

	write_aws_file(fx, "credentials", sample_credentials);
	setenv("AWS_ACCESS_KEY_ID", "AKIDENV", 1);
	setenv("AWS_SECRET_ACCESS_KEY", "secretenv", 1);
	setenv("AWS_REGION", "us-west-2", 1);
	resolve_ok(&cfg, &creds);
	assert_string_equal(creds.access_key_id, "AKIDEXPLICIT");
	assert_string_equal(creds.secret_access_key, "secretexplicit");
	assert_string_equal(creds.session_token, "tok");
	assert_string_equal(creds.region, "eu-central-1");
	assert_string_equal(creds.source, "provider attributes");
	aws_credentials_release(&creds);
}

static void test_environment_beats_profile(void **state)
{
	struct fixture *fx = *state;
	struct aws_config cfg = { 0 };
	struct aws_credentials creds;

	write_aws_file(fx, "credentials", sample_credentials);
	setenv("AWS_ACCESS_KEY_ID", "AKIDENV", 1);
	setenv("AWS_SECRET_ACCESS_KEY", "secretenv", 1);
	setenv("AWS_SESSION_TOKEN", "tokenv", 1);
	resolve_ok(&cfg, &creds);
	assert_string_equal(creds.access_key_id, "AKIDENV");
	assert_string_equal(creds.secret_access_key, "secretenv");
	assert_string_equal(creds.session_token, "tokenv");
	assert_string_equal(creds.source, "environment");
	assert_string_equal(creds.region, "us-east-1");
	aws_credentials_release(&creds);
}

static void test_default_profile_from_home(void **state)
{
	struct fixture *fx = *state;
	struct aws_credentials creds;
	char *path = aws_path(fx, "credentials");
	char *source = xasprintf("profile \"default\" in %s", path);

	write_aws_file(fx, "credentials", sample_credentials);
	write_aws_file(fx, "config", sample_config);
	resolve_ok(NULL, &creds);
	assert_string_equal(creds.access_key_id, "AKIDDEFAULT");
	assert_string_equal(creds.secret_access_key, "secretdefault");
	assert_null(creds.session_token);
	assert_string_equal(creds.region, "eu-west-1");
	assert_string_equal(creds.source, source);
	aws_credentials_release(&creds);
	free(path);
	free(source);
}

static void test_named_profile_trims_and_reads_crlf(void **state)
{
	struct fixture *fx = *state;
	struct aws_credentials creds;

	write_aws_file(fx, "credentials", sample_credentials);
	write_aws_file(fx, "config", sample_config);
	setenv("AWS_PROFILE", "dev", 1);
	resolve_ok(NULL, &creds);
	assert_string_equal(creds.access_key_id, "AKIDDEV");
	assert_string_equal(creds.secret_access_key, "secret/dev+key");
	assert_string_equal(creds.session_token, "tokendev");
	assert_string_equal(creds.region, "ap-southeast-2");
	aws_credentials_release(&creds);
}

static void test_config_attribute_profile_beats_aws_profile(void **state)
{
	struct fixture *fx = *state;
	struct aws_config cfg = { .profile = "cfgonly" };
	struct aws_credentials creds;
	char *path = aws_path(fx, "config");
	char *source = xasprintf("profile \"cfgonly\" in %s", path);

	write_aws_file(fx, "credentials", sample_credentials);
	write_aws_file(fx, "config", sample_config);
	setenv("AWS_PROFILE", "dev", 1);
	resolve_ok(&cfg, &creds);
	/* Keys only in ~/.aws/config are used too. */
	assert_string_equal(creds.access_key_id, "AKIDCFG");
	assert_string_equal(creds.secret_access_key, "secretcfg");
	assert_string_equal(creds.region, "sa-east-1");
	assert_string_equal(creds.source, source);
	aws_credentials_release(&creds);
	free(path);
	free(source);
}

static void test_credentials_file_beats_config_file(void **state)
{
	struct fixture *fx = *state;
	struct aws_credentials creds;

	write_aws_file(fx, "credentials", "[both]\naws_access_key_id=AKIDCREDS\n"
					  "aws_secret_access_key=secretcreds\n");
	write_aws_file(fx, "config", "[profile both]\naws_access_key_id=AKIDCONF\n"
				     "aws_secret_access_key=secretconf\nregion=eu-north-1\n");
	setenv("AWS_PROFILE", "both", 1);
	resolve_ok(NULL, &creds);
	assert_string_equal(creds.access_key_id, "AKIDCREDS");
	assert_string_equal(creds.region, "eu-north-1");
	aws_credentials_release(&creds);
}

static void test_file_overrides_from_environment(void **state)
{
	struct fixture *fx = *state;
	struct aws_credentials creds;
	char *creds_path = xasprintf("%s/elsewhere-credentials", fx->home);
	char *config_path = xasprintf("%s/elsewhere-config", fx->home);

	write_aws_file(fx, "credentials", sample_credentials);
	write_file(creds_path, "[default]\naws_access_key_id=AKIDOVERRIDE\n"
			       "aws_secret_access_key=secretoverride\n");
	write_file(config_path, "[default]\nregion=me-south-1\n");
	setenv("AWS_SHARED_CREDENTIALS_FILE", creds_path, 1);
	setenv("AWS_CONFIG_FILE", config_path, 1);
	resolve_ok(NULL, &creds);
	assert_string_equal(creds.access_key_id, "AKIDOVERRIDE");
	assert_string_equal(creds.region, "me-south-1");
	aws_credentials_release(&creds);
	free(creds_path);
	free(config_path);
}

static void test_region_chain(void **state)
{
	struct fixture *fx = *state;
	struct aws_config cfg = { .access_key_id = "AKID", .secret_access_key = "secret" };
	struct aws_credentials creds;

	write_aws_file(fx, "config", sample_config);

	resolve_ok(&cfg, &creds);      /* profile "default" in the config file */
	assert_string_equal(creds.region, "eu-west-1");
	aws_credentials_release(&creds);

	setenv("AWS_DEFAULT_REGION", "us-west-1", 1);
	resolve_ok(&cfg, &creds);
	assert_string_equal(creds.region, "us-west-1");
	aws_credentials_release(&creds);

	setenv("AWS_REGION", "us-west-2", 1);
	resolve_ok(&cfg, &creds);
	assert_string_equal(creds.region, "us-west-2");
	aws_credentials_release(&creds);

	cfg.region = "eu-south-1";
	resolve_ok(&cfg, &creds);
	assert_string_equal(creds.region, "eu-south-1");
	aws_credentials_release(&creds);

	/* A bare [other] section in the config file is not a profile. */
	cfg.region = NULL;
	cfg.profile = "other";
	unsetenv("AWS_REGION");
	unsetenv("AWS_DEFAULT_REGION");
	resolve_ok(&cfg, &creds);
	assert_string_equal(creds.region, "us-east-1");
	aws_credentials_release(&creds);
}

static void test_missing_credentials_message(void **state)
{
	struct fixture *fx = *state;
	struct aws_config cfg = { .profile = "x" };
	char *message = resolve_error(&cfg);
	char *expected = no_credentials(fx->home, "x", "no such file", "no such file");

	assert_string_equal(message, expected);
	free(message);
	free(expected);

	/* With the default profile and files present but without keys. */
	write_aws_file(fx, "config", "[default]\nregion=eu-west-1\n");
	message = resolve_error(NULL);
	expected = no_credentials(fx->home, "default", "no such file",
				  "profile \"default\" has no keys, role_arn, SSO settings"
				  " (sso_session, sso_start_url) or credential_process");
	assert_string_equal(message, expected);
	free(message);
	free(expected);

	/* A file without the profile's section. */
	message = resolve_error(&cfg);
	expected = no_credentials(fx->home, "x", "no such file", "no profile \"x\"");
	assert_string_equal(message, expected);
	free(message);
	free(expected);
}

static void test_partial_credentials_never_show_the_secret(void **state)
{
	struct fixture *fx = *state;
	struct aws_config cfg = { .secret_access_key = "explicit-secret-value" };
	char *message, *path = aws_path(fx, "credentials"), *expected;

	message = resolve_error(&cfg);
	assert_string_equal(message, "the provider attributes set secret_access_key but not access_key_id");
	assert_null(strstr(message, "explicit-secret-value"));
	free(message);

	setenv("AWS_SECRET_ACCESS_KEY", "env-secret-value", 1);
	message = resolve_error(NULL);
	assert_string_equal(message, "AWS_SECRET_ACCESS_KEY is set in the environment but"
				     " AWS_ACCESS_KEY_ID is not");
	assert_null(strstr(message, "env-secret-value"));
	free(message);
	unsetenv("AWS_SECRET_ACCESS_KEY");

	write_aws_file(fx, "credentials", "[half]\naws_secret_access_key = file-secret-value\n");
	setenv("AWS_PROFILE", "half", 1);
	message = resolve_error(NULL);
	expected = xasprintf("profile \"half\" in %s has aws_secret_access_key but no"
			     " aws_access_key_id", path);
	assert_string_equal(message, expected);
	assert_null(strstr(message, "file-secret-value"));
	free(message);
	free(expected);
	free(path);
}

static void test_unsupported_profile_source_is_named(void **state)
{
	struct fixture *fx = *state;
	char *message;

	write_aws_file(fx, "config", "[profile web]\nlogin_session = arn:aws:iam::1:user/me\n");
	setenv("AWS_PROFILE", "web", 1);
	message = resolve_error(NULL);
	assert_non_null(strstr(message, "no AWS credentials found: profile \"web\" uses"
			       " login_session, which terrace does not support"));
	free(message);
}

/* SSO profiles: the cached login is looked up by SHA-1 and must be current. */
static void test_sso_login_errors(void **state)
{
	struct fixture *fx = *state;
	char *message, *expected, *dir;

	write_aws_file(fx, "config",
		       "[profile sso]\nsso_session = corp\nsso_account_id = 111122223333\n"
		       "sso_role_name = Deployer\n"
		       "[sso-session corp]\nsso_start_url = https://corp.awsapps.com/start\n"
		       "sso_region = eu-west-1\n"
		       "[profile nosession]\nsso_session = gone\nsso_account_id = 1\nsso_role_name = R\n"
		       "[profile legacy]\nsso_start_url = https://legacy.awsapps.com/start\n"
		       "sso_region = us-east-1\nsso_account_id = 1\n");

	setenv("AWS_PROFILE", "sso", 1);
	message = resolve_error(NULL);
	expected = xasprintf("profile \"sso\" uses SSO, but no login is cached in"
			     " %s/.aws/sso/cache/ee0bfd2552fbd840c02cc48b6e823320543c450f.json:"
			     " run `aws sso login --profile sso`", fx->home);
	assert_string_equal(message, expected);
	free(message);
	free(expected);

	dir = xasprintf("%s/.aws/sso", fx->home);
	mkdir(dir, 0700);
	free(dir);
	dir = xasprintf("%s/.aws/sso/cache", fx->home);
	mkdir(dir, 0700);
	expected = xasprintf("%s/ee0bfd2552fbd840c02cc48b6e823320543c450f.json", dir);
	write_file(expected, "{\"accessToken\": \"old-sso-token\","
		   " \"expiresAt\": \"2020-01-01T00:00:00Z\"}");
	free(expected);
	free(dir);
	message = resolve_error(NULL);
	assert_string_equal(message, "the SSO login of profile \"sso\" expired at"
			    " 2020-01-01T00:00:00Z: run `aws sso login --profile sso`");
	assert_null(strstr(message, "old-sso-token"));
	free(message);

	setenv("AWS_PROFILE", "nosession", 1);
	message = resolve_error(NULL);
	expected = xasprintf("profile \"nosession\" has sso_session = gone, but %s/.aws/config has"
			     " no [sso-session gone] section with sso_start_url and sso_region",
			     fx->home);
	assert_string_equal(message, expected);
	free(message);
	free(expected);

	setenv("AWS_PROFILE", "legacy", 1);
	message = resolve_error(NULL);
	assert_string_equal(message, "profile \"legacy\" uses SSO but has no sso_role_name");
	free(message);
}

/* role_arn profiles: what is missing or wrong is said before any STS call. */
static void test_role_profile_errors(void **state)
{
	struct fixture *fx = *state;
	char *message, *expected;

	write_aws_file(fx, "config",
		       "[profile assume]\nrole_arn = arn:aws:iam::1:role/x\nsource_profile = default\n"
		       "[profile nosource]\nrole_arn = arn:aws:iam::1:role/x\n"
		       "[profile loop]\nrole_arn = arn:aws:iam::1:role/x\nsource_profile = loop\n"
		       "[profile badsource]\nrole_arn = arn:aws:iam::1:role/x\ncredential_source = Laptop\n"
		       "[profile envsource]\nrole_arn = arn:aws:iam::1:role/x\ncredential_source = Environment\n"
		       "[profile shortrole]\nrole_arn = arn:aws:iam::1:role/x\nsource_profile = default\n"
		       "duration_seconds = 60\n");
	setenv("AWS_PROFILE", "assume", 1);
	message = resolve_error(NULL);
	expected = xasprintf("profile \"assume\" has source_profile = default, but profile"
			     " \"default\" has no credentials in %s/.aws/credentials or"
			     " %s/.aws/config", fx->home, fx->home);
	assert_string_equal(message, expected);
	free(message);
	free(expected);

	setenv("AWS_PROFILE", "nosource", 1);
	message = resolve_error(NULL);
	assert_string_equal(message, "profile \"nosource\" has role_arn but neither source_profile"
			    " nor credential_source");
	free(message);

	setenv("AWS_PROFILE", "loop", 1);
	message = resolve_error(NULL);
	assert_string_equal(message, "profile \"loop\": more than 5 roles chained through"
			    " source_profile (is there a loop?)");
	free(message);

	setenv("AWS_PROFILE", "badsource", 1);
	message = resolve_error(NULL);
	assert_string_equal(message, "profile \"badsource\": credential_source = Laptop is not one"
			    " of Environment, Ec2InstanceMetadata, EcsContainer");
	free(message);

	setenv("AWS_PROFILE", "envsource", 1);
	message = resolve_error(NULL);
	assert_string_equal(message, "profile \"envsource\" has credential_source = Environment,"
			    " but AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not both set");
	free(message);

	setenv("AWS_PROFILE", "shortrole", 1);
	message = resolve_error(NULL);
	assert_string_equal(message, "profile \"shortrole\": duration_seconds = 60 is not a number"
			    " of seconds from 900 to 43200");
	free(message);
}

static void test_client_new_reports_chain_error(void **state)
{
	struct fixture *fx = *state;
	struct aws_config cfg = { .profile = "nobody" };
	struct aws_client *client = (struct aws_client *)&cfg;
	struct strbuf err = STRBUF_INIT;
	char *expected = no_credentials(fx->home, "nobody", "no such file", "no such file");

	assert_int_equal(aws_client_new(&cfg, &client, &err), -1);
	assert_null(client);
	assert_string_equal(err.buf, expected);
	strbuf_release(&err);
	free(expected);

	setenv("AWS_ACCESS_KEY_ID", "AKIDENV", 1);
	setenv("AWS_SECRET_ACCESS_KEY", "secretenv", 1);
	setenv("AWS_REGION", "eu-west-3", 1);
	assert_int_equal(aws_client_new(&cfg, &client, &err), 0);
	assert_string_equal(aws_client_region(client), "eu-west-3");
	assert_null(aws_client_endpoint(client));
	aws_client_free(client);
	strbuf_release(&err);
}

/* credential_process: the JSON Version 1 document, Expiration honoured. */
static void test_credential_process_document(void **state)
{
	struct fixture *fx = *state;
	struct aws_credentials creds;
	char *config = xasprintf(
		"[profile proc]\n"
		"credential_process = printf '{\"Version\": 1, \"AccessKeyId\": \"AKIDPROC\","
		" \"SecretAccessKey\": \"secretproc\", \"SessionToken\": \"tokenproc\","
		" \"Expiration\": \"2999-01-01T00:00:00Z\"}'\n"
		"region = eu-north-1\n"
		"[profile noexpiry]\n"
		"credential_process = echo '{\"Version\":1,\"AccessKeyId\":\"AKIDNOEXP\",\"SecretAccessKey\":\"s\"}'\n");

	write_aws_file(fx, "config", config);
	free(config);
	setenv("AWS_PROFILE", "proc", 1);
	resolve_ok(NULL, &creds);
	assert_string_equal(creds.access_key_id, "AKIDPROC");
	assert_string_equal(creds.secret_access_key, "secretproc");
	assert_string_equal(creds.session_token, "tokenproc");
	assert_string_equal(creds.region, "eu-north-1");
	assert_string_equal(creds.source, "credential_process of profile \"proc\"");
	assert_int_equal(creds.expiration, 32472144000);
	aws_credentials_release(&creds);

	setenv("AWS_PROFILE", "noexpiry", 1);
	resolve_ok(NULL, &creds);
	assert_string_equal(creds.access_key_id, "AKIDNOEXP");
	assert_null(creds.session_token);
	assert_int_equal(creds.expiration, 0);
	aws_credentials_release(&creds);
}

/* Failures name the profile and show stderr, never stdout (the secret). */
static void test_credential_process_failures(void **state)
{
	struct fixture *fx = *state;
	char *message;

	write_aws_file(fx, "config",
		       "[profile fails]\n"
		       "credential_process = sh -c 'echo \"{\\\"SecretAccessKey\\\": \\\"leaked\\\"}\"; echo token expired, run login >&2; exit 3'\n"
		       "[profile expired]\n"
		       "credential_process = echo '{\"Version\":1,\"AccessKeyId\":\"A\",\"SecretAccessKey\":\"oldsecret\",\"Expiration\":\"2001-01-01T00:00:00Z\"}'\n"
		       "[profile version2]\n"
		       "credential_process = echo '{\"Version\":2,\"AccessKeyId\":\"A\",\"SecretAccessKey\":\"v2secret\"}'\n"
		       "[profile notjson]\n"
		       "credential_process = echo secretish-garbage\n");

	setenv("AWS_PROFILE", "fails", 1);
	message = resolve_error(NULL);
	assert_string_equal(message, "credential_process of profile \"fails\" exited with status 3;"
			    " its stderr: token expired, run login");
	free(message);

	setenv("AWS_PROFILE", "expired", 1);
	message = resolve_error(NULL);
	assert_string_equal(message, "credential_process of profile \"expired\" printed credentials"
			    " that expired at 2001-01-01T00:00:00Z");
	free(message);

	setenv("AWS_PROFILE", "version2", 1);
	message = resolve_error(NULL);
	assert_non_null(strstr(message, "without \"Version\": 1"));
	assert_null(strstr(message, "v2secret"));
	free(message);

	setenv("AWS_PROFILE", "notjson", 1);
	message = resolve_error(NULL);
	assert_string_equal(message, "credential_process of profile \"notjson\" did not print a JSON"
			    " object on stdout");
	free(message);
}

/* Without an endpoint, a region that no partition has (regions.h, from
 * botocore's endpoints.json) is named as such, with where it came from; one
 * that merely looks like a region ("us-east-9") too; skip_region_validation
 * takes it. */
static void test_unknown_region_is_named(void **state)
{
	static const char *const good[] = { "eu-west-1", "cn-north-1", "us-gov-west-1", "il-central-1" };
	struct aws_config cfg = { .access_key_id = "AKID", .secret_access_key = "secret" };
	struct aws_client *client = NULL;
	struct strbuf err = STRBUF_INIT;

	(void)state;
	for (size_t i = 0; i < sizeof(good) / sizeof(*good); i++) {
		cfg.region = good[i];
		assert_int_equal(aws_client_new(&cfg, &client, &err), 0);
		aws_client_free(client);
	}
	cfg.region = "eu-wst1";
	assert_int_equal(aws_client_new(&cfg, &client, &err), -1);
	assert_null(client);
	assert_string_equal(err.buf, "the region from its settings: unknown AWS region"
			    " \"eu-wst1\": no AWS partition has a region of that name (e.g. us-east-1,"
			    " eu-west-1, cn-north-1, us-gov-west-1); for a region newer than this"
			    " terrace, set skip_region_validation: true");
	strbuf_release(&err);

	cfg.region = "us-east-9";
	assert_int_equal(aws_client_new(&cfg, &client, &err), -1);
	assert_non_null(strstr(err.buf, "unknown AWS region \"us-east-9\""));
	strbuf_release(&err);
	cfg.skip_region_validation = true;
	assert_int_equal(aws_client_new(&cfg, &client, &err), 0);
	aws_client_free(client);
	cfg.skip_region_validation = false;

	cfg.region = "us-iso-east-1";
	assert_int_equal(aws_client_new(&cfg, &client, &err), -1);
	assert_string_equal(err.buf, "the region from its settings: region"
			    " \"us-iso-east-1\" is in the aws-iso partition, which terrace does not"
			    " build endpoints for: set the provider's endpoint");
	strbuf_release(&err);

	/* A custom endpoint (moto, MinIO) takes any region name. */
	cfg.region = "local";
	cfg.endpoint = "http://127.0.0.1:9";
	assert_int_equal(aws_client_new(&cfg, &client, &err), 0);
	aws_client_free(client);
	strbuf_release(&err);
}

/* AWS_CA_BUNDLE, else the profile's ca_bundle, even with explicit keys. */
static void test_ca_bundle(void **state)
{
	struct fixture *fx = *state;
	struct aws_config cfg = { .access_key_id = "AKID", .secret_access_key = "secret",
				  .region = "eu-west-1" };
	struct aws_credentials creds;

	resolve_ok(&cfg, &creds);
	assert_null(creds.ca_bundle);
	aws_credentials_release(&creds);

	write_aws_file(fx, "config", "[default]\nca_bundle = /etc/corp/ca.pem\n");
	resolve_ok(&cfg, &creds);
	assert_string_equal(creds.ca_bundle, "/etc/corp/ca.pem");
	aws_credentials_release(&creds);

	setenv("AWS_CA_BUNDLE", "/etc/other/ca.pem", 1);
	resolve_ok(&cfg, &creds);
	assert_string_equal(creds.ca_bundle, "/etc/other/ca.pem");
	aws_credentials_release(&creds);
}

/* A credential server's refusal: its body on one line, secrets redacted. */
static void test_refusal_body_redacted(void **state)
{
	(void)state;
	struct strbuf err = STRBUF_INIT, body = STRBUF_INIT;

	strbuf_addstr(&body, "{\"message\": \"bad token\", \"token\": \"abc\","
		      " \"detail\": {\"SecretAccessKey\": \"s3cr3t\"}}");
	aws_credential_refusal_body(&err, &body);
	assert_string_equal(err.buf, ": {\"message\":\"bad token\",\"token\":\"(redacted)\","
			    "\"detail\":{\"SecretAccessKey\":\"(redacted)\"}}");
	strbuf_reset(&err);
	strbuf_reset(&body);
	strbuf_addstr(&body, "denied\nfor key AKIAABCDEFGHIJKLMNOP\r\n");
	aws_credential_refusal_body(&err, &body);
	assert_string_equal(err.buf, ": denied for key (redacted)");
	strbuf_reset(&err);
	strbuf_reset(&body);
	aws_credential_refusal_body(&err, &body);
	assert_string_equal(err.buf, "");
	for (int i = 0; i < 100; i++)
		strbuf_addstr(&body, "no way ");
	aws_credential_refusal_body(&err, &body);
	assert_int_equal(strlen(err.buf), 2 + 300 + 3);
	assert_string_equal(err.buf + err.len - 3, "...");
	strbuf_release(&err);
	strbuf_release(&body);
}

/* aws_credential_collect: the chain's answers are appended up to the cap;
 * the chunk that would pass it ends the transfer (0) and is not kept. */
static void test_collect_capped(void **state)
{
	struct strbuf body = STRBUF_INIT;
	struct aws_credential_capped cap = { &body, 8 };
	char chunk[] = "abcde";

	(void)state;
	assert_int_equal(aws_credential_collect(chunk, 1, 5, &cap), 5);
	assert_int_equal(aws_credential_collect(chunk, 1, 3, &cap), 3);
	assert_int_equal(body.len, 8);
	assert_int_equal(aws_credential_collect(chunk, 1, 1, &cap), 0);
	assert_int_equal(body.len, 8);
	assert_memory_equal(body.buf, "abcdeabc", 8);
	strbuf_release(&body);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_explicit_attributes_win, setup, teardown),
		cmocka_unit_test_setup_teardown(test_environment_beats_profile, setup, teardown),
		cmocka_unit_test_setup_teardown(test_default_profile_from_home, setup, teardown),
		cmocka_unit_test_setup_teardown(test_named_profile_trims_and_reads_crlf, setup, teardown),
		cmocka_unit_test_setup_teardown(test_config_attribute_profile_beats_aws_profile, setup, teardown),
		cmocka_unit_test_setup_teardown(test_credentials_file_beats_config_file, setup, teardown),
		cmocka_unit_test_setup_teardown(test_file_overrides_from_environment, setup, teardown),
		cmocka_unit_test_setup_teardown(test_region_chain, setup, teardown),
		cmocka_unit_test_setup_teardown(test_missing_credentials_message, setup, teardown),
		cmocka_unit_test_setup_teardown(test_partial_credentials_never_show_the_secret, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unsupported_profile_source_is_named, setup, teardown),
		cmocka_unit_test_setup_teardown(test_client_new_reports_chain_error, setup, teardown),
		cmocka_unit_test_setup_teardown(test_role_profile_errors, setup, teardown),
		cmocka_unit_test_setup_teardown(test_sso_login_errors, setup, teardown),
		cmocka_unit_test_setup_teardown(test_unknown_region_is_named, setup, teardown),
		cmocka_unit_test_setup_teardown(test_ca_bundle, setup, teardown),
		cmocka_unit_test(test_collect_capped),
		cmocka_unit_test(test_refusal_body_redacted),
		cmocka_unit_test_setup_teardown(test_credential_process_document, setup, teardown),
		cmocka_unit_test_setup_teardown(test_credential_process_failures, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
