/*
 * credential_http.c: the two credential sources the chain reaches over
 * plain HTTP on a link-local address: container credentials (ECS/EKS,
 * AWS_CONTAINER_CREDENTIALS_RELATIVE_URI / _FULL_URI with
 * AWS_CONTAINER_AUTHORIZATION_TOKEN(_FILE)) and EC2 instance metadata with
 * an IMDSv2 session token. Short timeouts: on a machine with neither, the
 * chain must fail quickly with a message saying why each was skipped.
 */
#include "provider/aws/transport/credential_http.h"

#include <curl/curl.h>
#include <errno.h>
#include <jansson.h>
#include <regex.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "provider/aws/transport/client.h"

#define LINK_LOCAL_TIMEOUT_S 2L
#define RESPONSE_MAX (64 * 1024)

size_t aws_credential_collect(char *data, size_t size, size_t n, void *userdata)
{
	struct aws_credential_capped *cap = userdata;

	if (cap->body->len + size * n > cap->max)
		return 0;
	strbuf_add(cap->body, data, size * n);
	return size * n;
}

long aws_credential_http_call(const char *method, const char *url, const char *header,
			      struct strbuf *body, const char *why, struct strbuf *err)
{
	CURL *h = curl_easy_init();
	struct curl_slist *headers = NULL;
	char curl_error[CURL_ERROR_SIZE] = "";
	long status = -1;
	struct aws_credential_capped cap = { body, RESPONSE_MAX };
	CURLcode rc;

	if (!h) {
		strbuf_addf(err, "%s: cannot start an HTTP request", why);
		return -1;
	}
	if (header)
		headers = curl_slist_append(headers, header);
	curl_easy_setopt(h, CURLOPT_URL, url);
	curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, method);
	if (!strcmp(method, "PUT")) {
		curl_easy_setopt(h, CURLOPT_POSTFIELDS, "");
		curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, 0L);
	}
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
	curl_easy_setopt(h, CURLOPT_ERRORBUFFER, curl_error);
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(h, CURLOPT_NOPROXY, "*");
	curl_easy_setopt(h, CURLOPT_USERAGENT, "terrace");
	curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, LINK_LOCAL_TIMEOUT_S);
	curl_easy_setopt(h, CURLOPT_TIMEOUT, 5 * LINK_LOCAL_TIMEOUT_S);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, aws_credential_collect);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, &cap);
	rc = curl_easy_perform(h);
	if (rc != CURLE_OK)
		strbuf_addf(err, "%s: %s", why, *curl_error ? curl_error : curl_easy_strerror(rc));
	else
		curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
	curl_slist_free_all(headers);
	curl_easy_cleanup(h);
	return status;
}

#define REFUSAL_SHOWN_MAX 300

static bool secret_looking_name(const char *name)
{
	static const char *const words[] = {
		"token", "secret", "key", "password", "credential", "signature",
	};

	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strcasestr(name, words[i]))
			return true;
	return false;
}

/* Replace the string values of secret-looking members, at any depth. */
static void redact_members(json_t *v)
{
	const char *name;
	json_t *member;
	size_t i;

	if (json_is_object(v)) {
		json_object_foreach(v, name, member) {
			if (json_is_string(member) && secret_looking_name(name))
				json_object_set_new(v, name, json_string("(redacted)"));
			else
				redact_members(member);
		}
	} else if (json_is_array(v)) {
		json_array_foreach(v, i, member)
			redact_members(member);
	}
}

void aws_credential_refusal_body(struct strbuf *err, const struct strbuf *body)
{
	struct strbuf line = STRBUF_INIT, shown = STRBUF_INIT;
	json_t *doc = body->len ? json_loadb(body->buf, body->len, 0, NULL) : NULL;
	regex_t key_like;
	regmatch_t m;
	const char *p;

	if (!body->len)
		return;
	if (doc) {
		char *text;

		redact_members(doc);
		text = json_dumps(doc, JSON_COMPACT | JSON_PRESERVE_ORDER);
		strbuf_addstr(&line, text ? text : "");
		free(text);
		json_decref(doc);
	} else {
		for (size_t i = 0; i < body->len; i++) {
			unsigned char c = (unsigned char)body->buf[i];
			strbuf_addch(&line, c < 0x20 || c == 0x7f ? ' ' : (char)c);
		}
	}
	if (regcomp(&key_like, "[A-Za-z0-9+/=_-]{20,}", REG_EXTENDED) == 0) {
		for (p = line.buf; regexec(&key_like, p, 1, &m, 0) == 0; p += m.rm_eo) {
			strbuf_add(&shown, p, (size_t)m.rm_so);
			strbuf_addstr(&shown, "(redacted)");
		}
		strbuf_addstr(&shown, p);
		regfree(&key_like);
	}
	while (shown.len && shown.buf[shown.len - 1] == ' ')
		strbuf_setlen(&shown, shown.len - 1);
	if (shown.len > REFUSAL_SHOWN_MAX)
		strbuf_setlen(&shown, REFUSAL_SHOWN_MAX);
	if (shown.len)
		strbuf_addf(err, ": %s%s", shown.buf + strspn(shown.buf, " "),
			    shown.len == REFUSAL_SHOWN_MAX ? "..." : "");
	explicit_bzero(line.buf, line.len);
	strbuf_release(&line);
	strbuf_release(&shown);
}

static const char *member(json_t *doc, const char *name)
{
	json_t *v = json_object_get(doc, name);
	return json_is_string(v) && *json_string_value(v) ? json_string_value(v) : NULL;
}

/* The credentials document both services answer with. */
static int read_document(const struct strbuf *body, const char *source,
			 struct aws_credentials *out, struct strbuf *err)
{
	json_error_t jerr;
	json_t *doc = json_loadb(body->buf ? body->buf : "", body->len, 0, &jerr);
	const char *key_id, *secret, *token, *expiration;
	int rc = -1;

	if (!json_is_object(doc)) {
		strbuf_addf(err, "%s: the answer is not a JSON object", source);
		goto out;
	}
	key_id = member(doc, "AccessKeyId");
	secret = member(doc, "SecretAccessKey");
	token = member(doc, "Token");
	expiration = member(doc, "Expiration");
	if (!key_id || !secret) {
		strbuf_addf(err, "%s: the answer has no %s", source,
			    key_id ? "SecretAccessKey" : "AccessKeyId");
		goto out;
	}
	out->expiration = 0;
	if (expiration && aws_parse_timestamp(expiration, &out->expiration) < 0) {
		strbuf_addf(err, "%s: Expiration is not an ISO 8601 time: \"%s\"", source, expiration);
		goto out;
	}
	out->access_key_id = xstrdup(key_id);
	out->secret_access_key = xstrdup(secret);
	out->session_token = token ? xstrdup(token) : NULL;
	out->source = xstrdup(source);
	rc = 0;
out:
	if (doc) {
		json_t *s = json_object_get(doc, "SecretAccessKey");
		if (json_is_string(s))
			explicit_bzero((char *)json_string_value(s), json_string_length(s));
		json_decref(doc);
	}
	return rc;
}

/* The authorization header value: the token file wins over the variable. */
static char *container_token(struct strbuf *err)
{
	const char *path = nonempty_or_null(getenv("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE"));
	const char *token = nonempty_or_null(getenv("AWS_CONTAINER_AUTHORIZATION_TOKEN"));
	struct strbuf text = STRBUF_INIT;
	char chunk[1024];
	size_t n;
	FILE *f;

	if (!path)
		return token ? xstrdup(token) : NULL;
	f = fopen(path, "r");
	if (!f) {
		strbuf_addf(err, "container credentials: cannot read"
			    " AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE %s: %s", path, strerror(errno));
		return NULL;
	}
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		strbuf_add(&text, chunk, n);
	fclose(f);
	explicit_bzero(chunk, sizeof(chunk));
	while (text.len && (text.buf[text.len - 1] == '\n' || text.buf[text.len - 1] == '\r'))
		text.buf[--text.len] = '\0';
	return strbuf_detach(&text);
}

int aws_container_credentials(const char *url, struct aws_credentials *out,
			      struct strbuf *skipped, struct strbuf *err)
{
	struct strbuf body = STRBUF_INIT;
	char *token, *header = NULL, *source;
	long status;
	int rc = -1;

	if (!url) {
		strbuf_addstr(skipped, "container credentials (neither"
			      " AWS_CONTAINER_CREDENTIALS_RELATIVE_URI nor"
			      " AWS_CONTAINER_CREDENTIALS_FULL_URI is set)");
		return 0;
	}
	token = container_token(err);
	if (!token && err->len)
		goto out;
	if (token) {
		header = xasprintf("Authorization: %s", token);
		explicit_bzero(token, strlen(token));
		free(token);
	}
	source = xasprintf("container credentials from %s", url);
	status = aws_credential_http_call("GET", url, header, &body, source, err);
	if (status >= 0 && status != 200) {
		strbuf_addf(err, "%s: HTTP status %ld", source, status);
		aws_credential_refusal_body(err, &body);
	} else if (status == 200 && read_document(&body, source, out, err) == 0) {
		rc = 1;
	}
	free(source);
out:
	if (header) {
		explicit_bzero(header, strlen(header));
		free(header);
	}
	strbuf_release_wiped(&body);
	return rc;
}

int aws_instance_metadata_credentials(const char *endpoint, struct aws_credentials *out,
				      struct strbuf *skipped, struct strbuf *err)
{
	const char *disabled = nonempty_or_null(getenv("AWS_EC2_METADATA_DISABLED"));
	struct strbuf token = STRBUF_INIT, role = STRBUF_INIT, body = STRBUF_INIT;
	struct strbuf probe = STRBUF_INIT;
	char *base, *url = NULL, *header = NULL, *source = NULL;
	long status;
	int rc = -1;

	if (disabled && !strcasecmp(disabled, "true")) {
		strbuf_addstr(skipped, "EC2 instance metadata (AWS_EC2_METADATA_DISABLED=true)");
		return 0;
	}
	base = xstrdup(endpoint);

	url = xasprintf("%s/latest/api/token", base);
	status = aws_credential_http_call("PUT", url, "X-aws-ec2-metadata-token-ttl-seconds: 21600",
					  &token, "EC2 instance metadata token", &probe);
	if (status < 0) {
		/* Nothing listening: not an EC2 instance; the chain goes on. */
		strbuf_addf(skipped, "EC2 instance metadata at %s (%s)", base, probe.buf);
		rc = 0;
		goto out;
	}
	if (status != 200) {
		strbuf_addf(err, "EC2 instance metadata at %s: the IMDSv2 token request answered"
			    " HTTP %ld", base, status);
		aws_credential_refusal_body(err, &token);
		goto out;
	}
	header = xasprintf("X-aws-ec2-metadata-token: %s", token.buf ? token.buf : "");
	free(url);
	url = xasprintf("%s/latest/meta-data/iam/security-credentials/", base);
	status = aws_credential_http_call("GET", url, header, &role, "EC2 instance metadata role", err);
	if (status < 0)
		goto out;
	if (status == 404 || (status == 200 && !role.len)) {
		strbuf_addf(skipped, "EC2 instance metadata at %s (the instance has no IAM role)", base);
		rc = 0;
		goto out;
	}
	if (status != 200) {
		strbuf_addf(err, "EC2 instance metadata at %s: the role request answered HTTP %ld",
			    base, status);
		aws_credential_refusal_body(err, &role);
		goto out;
	}
	role.len = strcspn(role.buf, "\r\n");
	role.buf[role.len] = '\0';
	free(url);
	url = xasprintf("%s/latest/meta-data/iam/security-credentials/%s", base, role.buf);
	source = xasprintf("EC2 instance metadata role \"%s\"", role.buf);
	status = aws_credential_http_call("GET", url, header, &body, source, err);
	if (status >= 0 && status != 200) {
		strbuf_addf(err, "%s: HTTP status %ld", source, status);
		aws_credential_refusal_body(err, &body);
	} else if (status == 200 && read_document(&body, source, out, err) == 0) {
		rc = 1;
	}
out:
	if (header) {
		explicit_bzero(header, strlen(header));
		free(header);
	}
	strbuf_release_wiped(&token);
	strbuf_release_wiped(&body);
	strbuf_release(&role);
	strbuf_release(&probe);
	free(source);
	free(url);
	free(base);
	return rc;
}
