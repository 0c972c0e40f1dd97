/*
 * credentials.c: the AWS credential and region chain (explicit attributes,
 * environment, shared credentials/config files) and the small INI reader
 * for those files. Nothing here prints; no message carries a secret.
 */
#include "provider/aws/transport/credentials.h"

#include "provider/aws/transport/credential_http.h"
#include "provider/aws/transport/credential_process.h"

#include <errno.h>
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
	const char *unsupported; /* a credential source terrace cannot use, by key name */
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
	memset(p, 0, sizeof(*p));
}

static const char *nonempty(const char *s)
{
	return s && *s ? s : NULL;
}

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

static const char *home_dir(void)
{
	const char *home = nonempty(getenv("HOME"));
	if (!home) {
		struct passwd *pw = getpwuid(getuid());
		home = pw && pw->pw_dir ? pw->pw_dir : "";
	}
	return home;
}

/* The file an environment variable names (with "~/" expanded), or ~/.aws/NAME. */
static char *aws_file_path(const char *env_name, const char *default_name)
{
	const char *path = nonempty(getenv(env_name));
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
	static const char *const unsupported_keys[] = {
		"role_arn", "sso_start_url", "sso_session",
		"web_identity_token_file", "credential_source",
	};

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

void aws_credentials_release(struct aws_credentials *c)
{
	free(c->access_key_id);
	if (c->secret_access_key) {
		explicit_bzero(c->secret_access_key, strlen(c->secret_access_key));
		free(c->secret_access_key);
	}
	if (c->session_token) {
		explicit_bzero(c->session_token, strlen(c->session_token));
		free(c->session_token);
	}
	free(c->region);
	free(c->source);
	memset(c, 0, sizeof(*c));
}

static void set_keys(struct aws_credentials *out, const char *key_id, const char *secret,
		     const char *token, const char *source)
{
	out->access_key_id = xstrdup(key_id);
	out->secret_access_key = xstrdup(secret);
	out->session_token = dup_or_null(nonempty(token));
	out->source = xstrdup(source);
}

/* Keys from one profile section, when it has them; -1 when it has half. */
static int keys_from_profile(struct profile_values *p, const char *profile, const char *path,
			     struct aws_credentials *out, struct strbuf *err)
{
	char *source;

	if (!nonempty(p->access_key_id) && !nonempty(p->secret_access_key))
		return 0;
	if (!nonempty(p->access_key_id) || !nonempty(p->secret_access_key)) {
		strbuf_addf(err, "profile \"%s\" in %s has %s but no %s", profile, path,
			    nonempty(p->access_key_id) ? "aws_access_key_id" : "aws_secret_access_key",
			    nonempty(p->access_key_id) ? "aws_secret_access_key" : "aws_access_key_id");
		return -1;
	}
	source = xasprintf("profile \"%s\" in %s", profile, path);
	set_keys(out, p->access_key_id, p->secret_access_key, p->session_token, source);
	free(source);
	return 1;
}

int aws_credentials_resolve(const struct aws_config *cfg, struct aws_credentials *out,
			    struct strbuf *err)
{
	static const struct aws_config no_config;
	struct profile_values from_credentials = { 0 }, from_config = { 0 };
	const char *profile, *region, *env_key, *env_secret;
	char *credentials_path = NULL, *config_path = NULL;
	int rc = -1, found;

	memset(out, 0, sizeof(*out));
	if (!cfg)
		cfg = &no_config;
	profile = nonempty(cfg->profile) ? cfg->profile
		: nonempty(getenv("AWS_PROFILE")) ? getenv("AWS_PROFILE") : "default";
	credentials_path = aws_file_path("AWS_SHARED_CREDENTIALS_FILE", "credentials");
	config_path = aws_file_path("AWS_CONFIG_FILE", "config");

	region = nonempty(cfg->region) ? cfg->region
		: nonempty(getenv("AWS_REGION")) ? getenv("AWS_REGION")
		: nonempty(getenv("AWS_DEFAULT_REGION"));

	env_key = nonempty(getenv("AWS_ACCESS_KEY_ID"));
	env_secret = nonempty(getenv("AWS_SECRET_ACCESS_KEY"));

	if (nonempty(cfg->access_key_id) || nonempty(cfg->secret_access_key)) {
		if (!nonempty(cfg->access_key_id) || !nonempty(cfg->secret_access_key)) {
			strbuf_addf(err, "the provider attributes set %s but not %s",
				    nonempty(cfg->access_key_id) ? "access_key_id" : "secret_access_key",
				    nonempty(cfg->access_key_id) ? "secret_access_key" : "access_key_id");
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

	/* The files are read only when keys or region are still missing. */
	if (!out->access_key_id || !region) {
		if (read_profile(credentials_path, profile, false, &from_credentials, err) < 0 ||
		    read_profile(config_path, profile, true, &from_config, err) < 0)
			goto out;
	}
	if (!out->access_key_id) {
		found = keys_from_profile(&from_credentials, profile, credentials_path, out, err);
		if (found == 0)
			found = keys_from_profile(&from_config, profile, config_path, out, err);
		if (found < 0)
			goto out;
		if (found == 0) {
			const char *command = from_credentials.credential_process
				? from_credentials.credential_process : from_config.credential_process;
			if (command) {
				if (aws_credential_process_run(command, profile, out, err) < 0)
					goto out;
				found = 1;
			}
		}
		if (found == 0) {
			const char *unsupported = from_credentials.unsupported
				? from_credentials.unsupported : from_config.unsupported;
			struct strbuf skipped = STRBUF_INIT;

			if (!unsupported) {
				found = aws_container_credentials(out, &skipped, err);
				if (found == 0) {
					strbuf_addstr(&skipped, ", ");
					found = aws_instance_metadata_credentials(out, &skipped, err);
				}
			}
			if (found == 0) {
				strbuf_addf(err, "no AWS credentials found: looked at provider attributes,"
					    " AWS_ACCESS_KEY_ID, and profile \"%s\" in %s and %s",
					    profile, credentials_path, config_path);
				if (unsupported)
					strbuf_addf(err, "; profile \"%s\" uses %s, which terrace does not"
						    " support: give it static keys or export them to the"
						    " environment", profile, unsupported);
				else
					strbuf_addf(err, "; skipped %s", skipped.buf);
			}
			strbuf_release(&skipped);
			if (found <= 0)
				goto out;
		}
	}

	if (!region)
		region = nonempty(from_config.region) ? from_config.region : "us-east-1";
	out->region = xstrdup(region);
	rc = 0;
out:
	if (rc < 0)
		aws_credentials_release(out);
	profile_values_release(&from_credentials);
	profile_values_release(&from_config);
	free(credentials_path);
	free(config_path);
	return rc;
}
