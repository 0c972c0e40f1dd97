/*
 * credentials.c: the AWS credential and region chain (explicit attributes,
 * environment, shared credentials/config files) and the small INI reader
 * for those files. Nothing here prints; no message carries a secret.
 */
#include "provider/aws/transport/credentials.h"

#include "provider/aws/transport/credential_http.h"
#include "provider/aws/transport/credential_mfa.h"
#include "provider/aws/transport/credential_process.h"
#include "provider/aws/transport/credential_sso.h"
#include "provider/aws/transport/credential_sts.h"
#include "provider/aws/transport/endpoints.h"
#include "provider/aws/transport/services.h"

#include <errno.h>
#include <stddef.h>
#include <pwd.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

/* What one profile section of one file says. */
struct profile_values {
	char *access_key_id;
	char *secret_access_key;
	char *session_token;
	char *region;
	char *credential_process;
	char *role_arn;
	char *source_profile;
	char *credential_source;
	char *external_id;
	char *role_session_name;
	char *duration_seconds;
	char *web_identity_token_file;
	char *mfa_serial;
	char *sso_session;
	char *sso_start_url;
	char *sso_region;
	char *sso_account_id;
	char *sso_role_name;
	char *ca_bundle;
	const char *unsupported; /* a credential source terrace cannot use, by key name */
	bool has_section;        /* the file has the profile's section */
};

static void profile_values_release(struct profile_values *p)
{
	free(p->access_key_id);
	if (p->secret_access_key) {
		explicit_bzero(p->secret_access_key, strlen(p->secret_access_key));
		free(p->secret_access_key);
	}
	free(p->session_token);
	free(p->region);
	free(p->credential_process);
	free(p->role_arn);
	free(p->source_profile);
	free(p->credential_source);
	free(p->external_id);
	free(p->role_session_name);
	free(p->duration_seconds);
	free(p->web_identity_token_file);
	free(p->mfa_serial);
	free(p->sso_session);
	free(p->sso_start_url);
	free(p->sso_region);
	free(p->sso_account_id);
	free(p->sso_role_name);
	free(p->ca_bundle);
	memset(p, 0, sizeof(*p));
}

static const char *home_dir(void)
{
	const char *home = nonempty_or_null(getenv("HOME"));
	if (!home) {
		struct passwd *pw = getpwuid(getuid());
		home = pw && pw->pw_dir ? pw->pw_dir : "";
	}
	return home;
}

/* The file an environment variable names (with "~/" expanded), or ~/.aws/NAME. */
static char *aws_file_path(const char *env_name, const char *default_name)
{
	const char *path = nonempty_or_null(getenv(env_name));
	if (!path)
		return xasprintf("%s/.aws/%s", home_dir(), default_name);
	if (path[0] == '~' && path[1] == '/')
		return xasprintf("%s%s", home_dir(), path + 1);
	return xstrdup(path);
}

static char *trim(char *s)
{
	char *end;

	while (*s == ' ' || *s == '\t')
		s++;
	end = s + strlen(s);
	while (end > s && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r' || end[-1] == '\n'))
		*--end = '\0';
	return s;
}

/* Does the "[...]" header text (trimmed, brackets removed) name `profile`? */
static bool section_matches(const char *section, const char *profile, bool config_file)
{
	if (!config_file)
		return strcmp(section, profile) == 0;
	if (strncmp(profile, "sso-session ", 12) == 0)
		return strncmp(section, "sso-session", 11) == 0 &&
		       strcmp(section + 11 + strspn(section + 11, " \t"), profile + 12) == 0;
	if (strncmp(section, "profile", 7) == 0 && (section[7] == ' ' || section[7] == '\t')) {
		const char *name = section + 8;
		while (*name == ' ' || *name == '\t')
			name++;
		return strcmp(name, profile) == 0;
	}
	return strcmp(profile, "default") == 0 && strcmp(section, "default") == 0;
}

static void set_value(char **slot, const char *value)
{
	free(*slot);
	*slot = xstrdup(value);
}

static void take_key(struct profile_values *p, const char *key, const char *value)
{
	static const char *const unsupported_keys[] = { "login_session" };
	static const struct { const char *key; size_t offset; } role_keys[] = {
		{ "role_arn", offsetof(struct profile_values, role_arn) },
		{ "source_profile", offsetof(struct profile_values, source_profile) },
		{ "credential_source", offsetof(struct profile_values, credential_source) },
		{ "external_id", offsetof(struct profile_values, external_id) },
		{ "role_session_name", offsetof(struct profile_values, role_session_name) },
		{ "duration_seconds", offsetof(struct profile_values, duration_seconds) },
		{ "web_identity_token_file", offsetof(struct profile_values, web_identity_token_file) },
		{ "mfa_serial", offsetof(struct profile_values, mfa_serial) },
		{ "sso_session", offsetof(struct profile_values, sso_session) },
		{ "sso_start_url", offsetof(struct profile_values, sso_start_url) },
		{ "sso_region", offsetof(struct profile_values, sso_region) },
		{ "sso_account_id", offsetof(struct profile_values, sso_account_id) },
		{ "sso_role_name", offsetof(struct profile_values, sso_role_name) },
		{ "ca_bundle", offsetof(struct profile_values, ca_bundle) },
	};

	for (size_t i = 0; i < sizeof(role_keys) / sizeof(*role_keys); i++)
		if (!strcasecmp(key, role_keys[i].key)) {
			set_value((char **)((char *)p + role_keys[i].offset), value);
			return;
		}

	if (!strcasecmp(key, "aws_access_key_id"))
		set_value(&p->access_key_id, value);
	else if (!strcasecmp(key, "aws_secret_access_key"))
		set_value(&p->secret_access_key, value);
	else if (!strcasecmp(key, "aws_session_token") || !strcasecmp(key, "aws_security_token"))
		set_value(&p->session_token, value);
	else if (!strcasecmp(key, "region"))
		set_value(&p->region, value);
	else if (!strcasecmp(key, "credential_process"))
		set_value(&p->credential_process, value);
	else
		for (size_t i = 0; i < sizeof(unsupported_keys) / sizeof(*unsupported_keys); i++)
			if (!strcasecmp(key, unsupported_keys[i]) && !p->unsupported)
				p->unsupported = unsupported_keys[i];
}

/*
 * Read the section for `profile` from an INI file. A missing file is no
 * error (the section is simply not found); an unreadable one is.
 * The indented lines under a key without a value are a nested block
 * ("s3 =\n  addressing_style = path") and are skipped; other indented lines
 * are read like any other.
 */
static int read_profile(const char *path, const char *profile, bool config_file,
			struct profile_values *out, struct strbuf *err)
{
	FILE *f = fopen(path, "r");
	char *line = NULL;
	size_t cap = 0;
	bool in_section = false, in_nested = false;

	if (!f) {
		if (errno == ENOENT || errno == ENOTDIR)
			return 0;
		strbuf_addf(err, "cannot read %s: %s", path, strerror(errno));
		return -1;
	}
	while (getline(&line, &cap, f) != -1) {
		char *s, *eq, *value;

		bool indented = line[0] == ' ' || line[0] == '\t';

		if (indented && in_nested)
			continue;
		in_nested = false;
		s = trim(line);
		if (!*s || *s == '#' || *s == ';')
			continue;
		if (*s == '[') {
			char *close = strrchr(s, ']');
			if (close) {
				*close = '\0';
				in_section = section_matches(trim(s + 1), profile, config_file);
				out->has_section |= in_section;
			} else {
				in_section = false;
			}
			continue;
		}
		if (!in_section)
			continue;
		eq = strchr(s, '=');
		if (!eq)
			continue;
		*eq = '\0';
		value = trim(eq + 1);
		if (!*value) {
			in_nested = true;
			continue;
		}
		take_key(out, trim(s), value);
	}
	if (line) {
		explicit_bzero(line, cap);
		free(line);
	}
	if (ferror(f)) {
		strbuf_addf(err, "cannot read %s: %s", path, strerror(errno));
		fclose(f);
		return -1;
	}
	fclose(f);
	return 0;
}

static void set_keys(struct aws_credentials *out, const char *key_id, const char *secret,
		     const char *token, const char *source)
{
	out->access_key_id = xstrdup(key_id);
	out->secret_access_key = xstrdup(secret);
	out->session_token = xstrdup_or_null(nonempty_or_null(token));
	out->source = xstrdup(source);
}

/* Keys from one profile section, when it has them; -1 when it has half. */
static int keys_from_profile(struct profile_values *p, const char *profile, const char *path,
			     struct aws_credentials *out, struct strbuf *err)
{
	char *source;

	if (!nonempty_or_null(p->access_key_id) && !nonempty_or_null(p->secret_access_key))
		return 0;
	if (!nonempty_or_null(p->access_key_id) || !nonempty_or_null(p->secret_access_key)) {
		strbuf_addf(err, "profile \"%s\" in %s has %s but no %s", profile, path,
			    nonempty_or_null(p->access_key_id) ? "aws_access_key_id" : "aws_secret_access_key",
			    nonempty_or_null(p->access_key_id) ? "aws_secret_access_key" : "aws_access_key_id");
		return -1;
	}
	source = xasprintf("profile \"%s\" in %s", profile, path);
	set_keys(out, p->access_key_id, p->secret_access_key, p->session_token, source);
	free(source);
	return 1;
}

/* Where the chain reads profiles and sends its calls: the endpoints come
 * from the settings the provider's calls use (endpoints.h). */
struct chain_context {
	const char *credentials_path;
	const char *config_path;
	const char *sts_region;
	const char *endpoint;   /* STS's configured URL; NULL: the AWS host */
	const struct aws_endpoint_settings *endpoints;
};

/* How many source_profile hops a role chain may take (a loop ends here). */
#define MAX_ROLE_CHAIN 5

static const char *either(const char *a, const char *b)
{
	return nonempty_or_null(a) ? a : nonempty_or_null(b);
}

static int read_both(const struct chain_context *ctx, const char *profile,
		     struct profile_values *a, struct profile_values *b, struct strbuf *err)
{
	if (read_profile(ctx->credentials_path, profile, false, a, err) < 0 ||
	    read_profile(ctx->config_path, profile, true, b, err) < 0)
		return -1;
	return 0;
}

static int profile_credentials(const struct chain_context *ctx, const char *profile, int depth,
			       struct aws_credentials *out, struct strbuf *err);

/* The keys a role_arn profile assumes the role with. */
static int role_source_keys(const struct chain_context *ctx, const char *profile,
			    const char *source_profile, const char *credential_source, int depth,
			    struct aws_credentials *keys, struct strbuf *err)
{
	struct strbuf skipped = STRBUF_INIT;
	int found;

	if (source_profile) {
		if (depth >= MAX_ROLE_CHAIN) {
			strbuf_addf(err, "profile \"%s\": more than %d roles chained through"
				    " source_profile (is there a loop?)", profile, MAX_ROLE_CHAIN);
			return -1;
		}
		found = profile_credentials(ctx, source_profile, depth + 1, keys, err);
		if (found == 0)
			strbuf_addf(err, "profile \"%s\" has source_profile = %s, but profile \"%s\""
				    " has no credentials in %s or %s", profile, source_profile,
				    source_profile, ctx->credentials_path, ctx->config_path);
		return found > 0 ? 0 : -1;
	}
	if (!credential_source) {
		strbuf_addf(err, "profile \"%s\" has role_arn but neither source_profile nor"
			    " credential_source", profile);
		return -1;
	}
	if (!strcmp(credential_source, "Environment")) {
		const char *key = nonempty_or_null(getenv("AWS_ACCESS_KEY_ID"));
		const char *secret = nonempty_or_null(getenv("AWS_SECRET_ACCESS_KEY"));
		if (!key || !secret) {
			strbuf_addf(err, "profile \"%s\" has credential_source = Environment, but"
				    " AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY are not both set",
				    profile);
			return -1;
		}
		set_keys(keys, key, secret, getenv("AWS_SESSION_TOKEN"), "environment");
		return 0;
	}
	if (!strcmp(credential_source, "Ec2InstanceMetadata")) {
		char *imds = aws_instance_metadata_endpoint(ctx->endpoints);
		found = aws_instance_metadata_credentials(imds, keys, &skipped, err);
		free(imds);
	} else if (!strcmp(credential_source, "EcsContainer")) {
		char *url = aws_container_credentials_endpoint();
		found = aws_container_credentials(url, keys, &skipped, err);
		free(url);
	} else {
		strbuf_addf(err, "profile \"%s\": credential_source = %s is not one of Environment,"
			    " Ec2InstanceMetadata, EcsContainer", profile, credential_source);
		return -1;
	}
	if (found == 0)
		strbuf_addf(err, "profile \"%s\" has credential_source = %s, but skipped %s",
			    profile, credential_source, skipped.buf);
	strbuf_release(&skipped);
	return found > 0 ? 0 : -1;
}

static int parse_duration(const char *text, const char *profile, int *out, struct strbuf *err)
{
	char *end;
	long v;

	*out = 0;
	if (!text)
		return 0;
	errno = 0;
	v = strtol(text, &end, 10);
	if (errno || *end || v < 900 || v > 43200) {
		strbuf_addf(err, "profile \"%s\": duration_seconds = %s is not a number of seconds"
			    " from 900 to 43200", profile, text);
		return -1;
	}
	*out = (int)v;
	return 0;
}

/* A profile's role_arn: 1 with *out filled, 0 when it has none, -1 on error. */
static int profile_role(const struct chain_context *ctx, const char *profile,
			const struct profile_values *a, const struct profile_values *b, int depth,
			struct aws_credentials *out, struct strbuf *err)
{
	const char *role_arn = either(a->role_arn, b->role_arn);
	const char *token_file = either(a->web_identity_token_file, b->web_identity_token_file);
	struct aws_credentials keys = { 0 };
	char *session = NULL, mfa_code[7] = "";
	struct aws_assume_role req = {
		.profile = profile, .role_arn = role_arn,
		.external_id = either(a->external_id, b->external_id),
		.mfa_serial = either(a->mfa_serial, b->mfa_serial),
		.token_code = mfa_code,
		.region = ctx->sts_region, .endpoint = ctx->endpoint,
		.resolve = aws_credentials_resolve,
	};
	int rc = -1;

	if (!role_arn)
		return 0;
	if (parse_duration(either(a->duration_seconds, b->duration_seconds), profile,
			   &req.duration_seconds, err) < 0)
		return -1;
	session = either(a->role_session_name, b->role_session_name)
		? xstrdup(either(a->role_session_name, b->role_session_name))
		: xasprintf("terrace-session-%ld", (long)time(NULL));
	req.session_name = session;
	if (token_file) {
		if (aws_assume_role_with_web_identity(&req, token_file, out, err) == 0)
			rc = 1;
	} else if (role_source_keys(ctx, profile, either(a->source_profile, b->source_profile),
				    either(a->credential_source, b->credential_source), depth,
				    &keys, err) == 0 &&
		   (!req.mfa_serial ||
		    aws_mfa_read_code(profile, req.mfa_serial, mfa_code, err) == 0) &&
		   aws_assume_role(&req, &keys, out, err) == 0) {
		rc = 1;
	}
	aws_credentials_release(&keys);
	memset(mfa_code, 0, sizeof(mfa_code));
	free(session);
	return rc;
}

/* A profile's SSO settings: 1 with *out filled, 0 when it has none, -1 on error. */
static int profile_sso(const struct chain_context *ctx, const char *profile,
		       const struct profile_values *a, const struct profile_values *b,
		       struct aws_credentials *out, struct strbuf *err)
{
	const char *session = either(a->sso_session, b->sso_session);
	struct profile_values s = { 0 };
	struct aws_sso_profile sso = {
		.profile = profile,
		.start_url = either(a->sso_start_url, b->sso_start_url),
		.region = either(a->sso_region, b->sso_region),
		.account_id = either(a->sso_account_id, b->sso_account_id),
		.role_name = either(a->sso_role_name, b->sso_role_name),
	};
	const char *portal_from;
	char *portal = NULL;
	int rc = -1;

	if (!session && !sso.start_url)
		return 0;
	if (session) {
		char *section = xasprintf("sso-session %s", session);
		int read = read_profile(ctx->config_path, section, true, &s, err);
		free(section);
		if (read < 0)
			goto out;
		if (!nonempty_or_null(s.sso_start_url) || !nonempty_or_null(s.sso_region)) {
			strbuf_addf(err, "profile \"%s\" has sso_session = %s, but %s has no"
				    " [sso-session %s] section with sso_start_url and sso_region",
				    profile, session, ctx->config_path, session);
			goto out;
		}
		sso.session = session;
		sso.start_url = s.sso_start_url;
		sso.region = s.sso_region;
	}
	if (!sso.account_id || !sso.role_name || !sso.region) {
		strbuf_addf(err, "profile \"%s\" uses SSO but has no %s", profile,
			    !sso.account_id ? "sso_account_id" : !sso.role_name ? "sso_role_name"
			    : "sso_region");
		goto out;
	}
	portal = aws_credential_endpoint(ctx->endpoints, aws_service_sso.signing_name, sso.region,
					 &portal_from);
	sso.portal = portal;
	rc = aws_sso_credentials(&sso, out, err) == 0 ? 1 : -1;
out:
	free(portal);
	profile_values_release(&s);
	return rc;
}

/*
 * The credentials one profile gives by itself: its role, else its keys
 * (credentials file first), else its credential_process. 1 found, 0 none,
 * -1 error.
 */
static int profile_credentials(const struct chain_context *ctx, const char *profile, int depth,
			       struct aws_credentials *out, struct strbuf *err)
{
	struct profile_values a = { 0 }, b = { 0 };
	const char *command;
	int found = -1;

	if (read_both(ctx, profile, &a, &b, err) < 0)
		goto out;
	found = profile_role(ctx, profile, &a, &b, depth, out, err);
	if (found == 0)
		found = profile_sso(ctx, profile, &a, &b, out, err);
	if (found == 0)
		found = keys_from_profile(&a, profile, ctx->credentials_path, out, err);
	if (found == 0)
		found = keys_from_profile(&b, profile, ctx->config_path, out, err);
	command = either(a.credential_process, b.credential_process);
	if (found == 0 && command)
		found = aws_credential_process_run(command, profile, out, err) < 0 ? -1 : 1;
out:
	profile_values_release(&a);
	profile_values_release(&b);
	return found;
}

/* AWS_WEB_IDENTITY_TOKEN_FILE with AWS_ROLE_ARN: 1 found, 0 not set, -1 error. */
static int environment_web_identity(const struct chain_context *ctx,
				    struct aws_credentials *out, struct strbuf *err)
{
	const char *token_file = nonempty_or_null(getenv("AWS_WEB_IDENTITY_TOKEN_FILE"));
	const char *role_arn = nonempty_or_null(getenv("AWS_ROLE_ARN"));
	char *session;
	struct aws_assume_role req = {
		.profile = "environment", .role_arn = role_arn,
		.region = ctx->sts_region, .endpoint = ctx->endpoint,
		.resolve = aws_credentials_resolve,
	};
	int rc;

	if (!token_file && !role_arn)
		return 0;
	if (!token_file || !role_arn) {
		strbuf_addf(err, "%s is set in the environment but %s is not",
			    token_file ? "AWS_WEB_IDENTITY_TOKEN_FILE" : "AWS_ROLE_ARN",
			    token_file ? "AWS_ROLE_ARN" : "AWS_WEB_IDENTITY_TOKEN_FILE");
		return -1;
	}
	session = nonempty_or_null(getenv("AWS_ROLE_SESSION_NAME"))
		? xstrdup(getenv("AWS_ROLE_SESSION_NAME"))
		: xasprintf("terrace-session-%ld", (long)time(NULL));
	req.session_name = session;
	rc = aws_assume_role_with_web_identity(&req, token_file, out, err) == 0 ? 1 : -1;
	free(session);
	return rc;
}

/* One line of the error when nothing was found: what one file had for the
 * profile. */
static void profile_line(struct strbuf *err, const char *profile, const char *what,
			 const char *path, const char *env, const struct profile_values *p)
{
	strbuf_addf(err, "\n  - the %s %s (%s): ", what, path,
		    nonempty_or_null(getenv(env)) ? env : "the default path");
	if (access(path, F_OK))
		strbuf_addstr(err, errno == ENOENT || errno == ENOTDIR ? "no such file"
			      : strerror(errno));
	else if (!p->has_section)
		strbuf_addf(err, "no profile \"%s\"", profile);
	else
		strbuf_addf(err, "profile \"%s\" has no keys, role_arn, SSO settings (sso_session,"
			    " sso_start_url) or credential_process", profile);
}

/*
 * The error when no source gave credentials, as the AWS CLI's "Unable to
 * locate credentials": each place looked at, one a line, in the chain's
 * order, with why it gave none: not set, or failed and why (the instance
 * metadata refusing its token, say); then how to give some.
 */
static void no_credentials_found(struct strbuf *err, const char *profile,
				 const char *credentials_path, const struct profile_values *a,
				 const char *config_path, const struct profile_values *b,
				 const struct strbuf *container, const struct strbuf *imds)
{
	strbuf_addstr(err, "no AWS credentials found (the AWS CLI: \"Unable to locate"
		      " credentials\"); looked at:");
	strbuf_addstr(err, "\n  - the provider's access_key and secret_key: not set");
	strbuf_addstr(err, "\n  - the environment: neither AWS_ACCESS_KEY_ID with"
		      " AWS_SECRET_ACCESS_KEY nor AWS_WEB_IDENTITY_TOKEN_FILE with AWS_ROLE_ARN is set");
	profile_line(err, profile, "shared credentials file", credentials_path,
		     "AWS_SHARED_CREDENTIALS_FILE", a);
	profile_line(err, profile, "config file", config_path, "AWS_CONFIG_FILE", b);
	strbuf_addf(err, "\n  - %s", container->buf);
	strbuf_addf(err, "\n  - %s", imds->buf);
	strbuf_addf(err, "\nconfigure credentials with \"aws configure\" (or \"aws configure sso\")"
		    " for profile \"%s\", with AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY in the"
		    " environment, or with the provider's access_key and secret_key", profile);
}

int aws_credentials_resolve(const struct aws_config *cfg, struct aws_credentials *out,
			    struct strbuf *err)
{
	static const struct aws_config no_config;
	struct profile_values from_credentials = { 0 }, from_config = { 0 };
	struct aws_endpoint_settings endpoints = { 0 };
	const char *profile, *region, *region_source, *env_key, *env_secret, *sts_from;
	char *credentials_path = NULL, *config_path = NULL;
	int rc = -1, found;

	memset(out, 0, sizeof(*out));
	if (!cfg)
		cfg = &no_config;
	profile = nonempty_or_null(cfg->profile) ? cfg->profile
		: nonempty_or_null(getenv("AWS_PROFILE")) ? getenv("AWS_PROFILE") : "default";
	credentials_path = aws_file_path("AWS_SHARED_CREDENTIALS_FILE", "credentials");
	config_path = aws_file_path("AWS_CONFIG_FILE", "config");

	region = nonempty_or_null(cfg->region) ? cfg->region
		: nonempty_or_null(getenv("AWS_REGION")) ? getenv("AWS_REGION")
		: nonempty_or_null(getenv("AWS_DEFAULT_REGION"));
	region_source = nonempty_or_null(cfg->region) ? "its settings"
		: nonempty_or_null(getenv("AWS_REGION")) ? "AWS_REGION in the environment"
		: "AWS_DEFAULT_REGION in the environment";

	env_key = nonempty_or_null(getenv("AWS_ACCESS_KEY_ID"));
	env_secret = nonempty_or_null(getenv("AWS_SECRET_ACCESS_KEY"));

	if (nonempty_or_null(cfg->access_key_id) || nonempty_or_null(cfg->secret_access_key)) {
		if (!nonempty_or_null(cfg->access_key_id) || !nonempty_or_null(cfg->secret_access_key)) {
			strbuf_addf(err, "the provider attributes set %s but not %s",
				    nonempty_or_null(cfg->access_key_id) ? "access_key_id" : "secret_access_key",
				    nonempty_or_null(cfg->access_key_id) ? "secret_access_key" : "access_key_id");
			goto out;
		}
		set_keys(out, cfg->access_key_id, cfg->secret_access_key, cfg->session_token,
			 "provider attributes");
	} else if (env_key || env_secret) {
		if (!env_key || !env_secret) {
			strbuf_addf(err, "%s is set in the environment but %s is not",
				    env_key ? "AWS_ACCESS_KEY_ID" : "AWS_SECRET_ACCESS_KEY",
				    env_key ? "AWS_SECRET_ACCESS_KEY" : "AWS_ACCESS_KEY_ID");
			goto out;
		}
		set_keys(out, env_key, env_secret, getenv("AWS_SESSION_TOKEN"), "environment");
	}

	/* The files are read only when keys, region or CA bundle are still missing. */
	if (!out->access_key_id || !region || !nonempty_or_null(getenv("AWS_CA_BUNDLE"))) {
		if (read_profile(credentials_path, profile, false, &from_credentials, err) < 0 ||
		    read_profile(config_path, profile, true, &from_config, err) < 0)
			goto out;
	}
	if (!out->access_key_id) {
		struct chain_context ctx = {
			.credentials_path = credentials_path, .config_path = config_path,
			.sts_region = region ? region
				: nonempty_or_null(from_config.region) ? from_config.region : "us-east-1",
			.endpoints = &endpoints,
		};

		/* cfg->endpoint is what the provider sets for STS (client.c). */
		if (aws_endpoint_settings_load(profile, &endpoints, err) < 0 ||
		    (nonempty_or_null(cfg->endpoint) &&
		     aws_endpoint_settings_add_provider_url(&endpoints, "sts", cfg->endpoint,
							    err) < 0))
			goto out;
		ctx.endpoint = aws_configured_endpoint(&endpoints, "sts", &sts_from);

		found = 0;
		if (!either(from_credentials.role_arn, from_config.role_arn))
			found = environment_web_identity(&ctx, out, err);
		if (found == 0)
			found = profile_credentials(&ctx, profile, 0, out, err);
		if (found < 0)
			goto out;
		if (found == 0) {
			const char *unsupported = from_credentials.unsupported
				? from_credentials.unsupported : from_config.unsupported;
			struct strbuf container = STRBUF_INIT, imds_why = STRBUF_INIT;

			if (!unsupported) {
				char *url = aws_container_credentials_endpoint();
				found = aws_container_credentials(url, out, &container, err);
				free(url);
			}
			if (!unsupported && found == 0) {
				char *imds = aws_instance_metadata_endpoint(&endpoints);
				struct strbuf imds_err = STRBUF_INIT;

				found = aws_instance_metadata_credentials(imds, out, &imds_why,
									  &imds_err);
				/* The last place looked, as for the AWS CLI: one that
				 * answers but refuses (a token request answered 403 off
				 * EC2) is one more place without credentials, said why. */
				if (found < 0) {
					strbuf_addstr(&imds_why, imds_err.buf);
					found = 0;
				}
				strbuf_release(&imds_err);
				free(imds);
			}
			if (found == 0 && unsupported)
				strbuf_addf(err, "no AWS credentials found: profile \"%s\" uses %s, which"
					    " terrace does not support: give it static keys or export"
					    " them to the environment", profile, unsupported);
			else if (found == 0)
				no_credentials_found(err, profile, credentials_path, &from_credentials,
						     config_path, &from_config, &container, &imds_why);
			strbuf_release(&container);
			strbuf_release(&imds_why);
			if (found <= 0)
				goto out;
		}
	}

	if (!region && nonempty_or_null(from_config.region)) {
		region = from_config.region;
		out->region_source = xasprintf("profile \"%s\" in %s", profile, config_path);
	} else if (!region) {
		region = "us-east-1";
		region_source = "the default";
	}
	out->region = xstrdup(region);
	if (!out->region_source)
		out->region_source = xstrdup(region_source);
	if (nonempty_or_null(getenv("AWS_CA_BUNDLE")))
		out->ca_bundle = aws_file_path("AWS_CA_BUNDLE", "");
	else if (nonempty_or_null(from_config.ca_bundle))
		out->ca_bundle = xstrdup(from_config.ca_bundle);
	rc = 0;
out:
	if (rc < 0)
		aws_credentials_release(out);
	profile_values_release(&from_credentials);
	profile_values_release(&from_config);
	aws_endpoint_settings_release(&endpoints);
	free(credentials_path);
	free(config_path);
	return rc;
}
