/*
 * credential_sts.c: credentials the chain gets from STS: AssumeRole for a
 * profile's role_arn (signed with the source profile's or the environment's
 * keys, through an ordinary client), and AssumeRoleWithWebIdentity for CI
 * OIDC tokens (AWS_WEB_IDENTITY_TOKEN_FILE, or web_identity_token_file in a
 * profile), which is sent unsigned, as AWS requires none.
 */
#include "provider/aws/transport/credential_sts.h"

#include <curl/curl.h>
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/transport/client.h"
#include "provider/aws/transport/credential_http.h"
#include "provider/aws/transport/endpoints.h"
#include "provider/aws/transport/xml.h"

#define STS_TIMEOUT_S 30L
#define RESPONSE_MAX (256 * 1024)

static void wipe_free(char *s)
{
	if (s) {
		explicit_bzero(s, strlen(s));
		free(s);
	}
}

/* Fill *out from the <Credentials> element of an AssumeRole* result. */
static int take_credentials(xmlNodePtr result, const char *source, struct aws_credentials *out,
			    struct strbuf *err)
{
	char *key_id = xml_child_text(result, "Credentials/AccessKeyId");
	char *secret = xml_child_text(result, "Credentials/SecretAccessKey");
	char *token = xml_child_text(result, "Credentials/SessionToken");
	char *expiration = xml_child_text(result, "Credentials/Expiration");
	int rc = -1;

	if (!key_id || !secret) {
		strbuf_addf(err, "%s: the answer has no Credentials", source);
		goto out;
	}
	out->expiration = 0;
	if (expiration && aws_parse_timestamp(expiration, &out->expiration) < 0) {
		strbuf_addf(err, "%s: Expiration is not an ISO 8601 time: \"%s\"", source, expiration);
		goto out;
	}
	out->access_key_id = key_id;
	out->secret_access_key = secret;
	out->session_token = token;
	out->source = xstrdup(source);
	key_id = secret = token = NULL;
	rc = 0;
out:
	free(key_id);
	wipe_free(secret);
	wipe_free(token);
	free(expiration);
	return rc;
}

int aws_assume_role(const struct aws_assume_role *req, const struct aws_credentials *source_keys,
		    struct aws_credentials *out, struct strbuf *err)
{
	struct aws_config cfg = {
		.region = req->region, .endpoint = req->endpoint,
		.access_key_id = source_keys->access_key_id,
		.secret_access_key = source_keys->secret_access_key,
		.session_token = source_keys->session_token,
		.max_attempts = 3,
	};
	struct aws_client *client = NULL;
	json_t *params = json_pack("{s:s, s:s}", "RoleArn", req->role_arn,
				   "RoleSessionName", req->session_name);
	xmlDocPtr doc = NULL;
	char *source = xasprintf("role %s (assumed with %s)", req->role_arn, source_keys->source);
	struct strbuf call_err = STRBUF_INIT;
	int rc = -1;

	if (req->external_id)
		json_object_set_new(params, "ExternalId", json_string(req->external_id));
	if (req->duration_seconds > 0)
		json_object_set_new(params, "DurationSeconds", json_integer(req->duration_seconds));
	if (req->mfa_serial && req->token_code) {
		json_object_set_new(params, "SerialNumber", json_string(req->mfa_serial));
		json_object_set_new(params, "TokenCode", json_string(req->token_code));
	}
	if (aws_client_make(&cfg, req->resolve, &client, &call_err) < 0 ||
	    aws_query_call_xml(client, &aws_service_sts, "AssumeRole", params, NULL, NULL, &doc,
			       NULL, NULL, &call_err) < 0) {
		strbuf_addf(err, "cannot assume %s for profile \"%s\": %s", req->role_arn,
			    req->profile, call_err.buf);
		goto out;
	}
	rc = take_credentials(xml_child(xmlDocGetRootElement(doc), "AssumeRoleResult"), source,
			      out, err);
out:
	strbuf_release(&call_err);
	if (doc)
		xmlFreeDoc(doc);
	aws_client_free(client);
	json_decref(params);
	free(source);
	return rc;
}

static char *read_token_file(const char *path, struct strbuf *err)
{
	struct strbuf text = STRBUF_INIT;
	char chunk[4096];
	size_t n;
	FILE *f = fopen(path, "r");

	if (!f) {
		strbuf_addf(err, "cannot read the web identity token file %s: %s", path,
			    strerror(errno));
		return NULL;
	}
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		strbuf_add(&text, chunk, n);
	fclose(f);
	explicit_bzero(chunk, sizeof(chunk));
	while (text.len && (text.buf[text.len - 1] == '\n' || text.buf[text.len - 1] == '\r'))
		text.buf[--text.len] = '\0';
	if (!text.len) {
		strbuf_addf(err, "the web identity token file %s is empty", path);
		strbuf_release(&text);
		return NULL;
	}
	return strbuf_detach(&text);
}

/* "Action=...&Name=value..." with each value percent-encoded. */
static void add_form(CURL *h, struct strbuf *form, const char *name, const char *value)
{
	char *escaped = curl_easy_escape(h, value, 0);

	strbuf_addf(form, "%s%s=%s", form->len ? "&" : "", name, escaped ? escaped : "");
	if (escaped) {
		explicit_bzero(escaped, strlen(escaped));
		curl_free(escaped);
	}
}

int aws_assume_role_with_web_identity(const struct aws_assume_role *req, const char *token_file,
				      struct aws_credentials *out, struct strbuf *err)
{
	char *token = read_token_file(token_file, err);
	char *url = NULL, *source = NULL;
	struct strbuf form = STRBUF_INIT, body = STRBUF_INIT, parse_err = STRBUF_INIT;
	struct aws_credential_capped cap = { &body, RESPONSE_MAX };
	char curl_error[CURL_ERROR_SIZE] = "";
	struct curl_slist *headers = NULL;
	xmlDocPtr doc = NULL;
	long status = 0;
	CURL *h = NULL;
	int rc = -1;

	if (!token)
		return -1;
	h = curl_easy_init();
	if (!h) {
		strbuf_addstr(err, "AssumeRoleWithWebIdentity: cannot start an HTTP request");
		goto out;
	}
	if (req->endpoint) {
		url = xasprintf("%s/", req->endpoint);
	} else {
		const char *from;
		char *host = aws_credential_endpoint(NULL, "sts", req->region, &from);
		url = xasprintf("%s/", host);
		free(host);
	}
	add_form(h, &form, "Action", "AssumeRoleWithWebIdentity");
	add_form(h, &form, "Version", aws_service_sts.api_version);
	add_form(h, &form, "RoleArn", req->role_arn);
	add_form(h, &form, "RoleSessionName", req->session_name);
	add_form(h, &form, "WebIdentityToken", token);
	if (req->duration_seconds > 0) {
		char seconds[32];
		snprintf(seconds, sizeof(seconds), "%d", req->duration_seconds);
		add_form(h, &form, "DurationSeconds", seconds);
	}
	headers = curl_slist_append(headers,
				    "Content-Type: application/x-www-form-urlencoded; charset=utf-8");
	curl_easy_setopt(h, CURLOPT_URL, url);
	curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(h, CURLOPT_POSTFIELDS, form.buf);
	curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE, (long)form.len);
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
	curl_easy_setopt(h, CURLOPT_ERRORBUFFER, curl_error);
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(h, CURLOPT_USERAGENT, "terrace");
	curl_easy_setopt(h, CURLOPT_TIMEOUT, STS_TIMEOUT_S);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, aws_credential_collect);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, &cap);
	if (req->ca_bundle)
		curl_easy_setopt(h, CURLOPT_CAINFO, req->ca_bundle);
	if (curl_easy_perform(h) != CURLE_OK) {
		strbuf_addf(err, "AssumeRoleWithWebIdentity at %s: %s", url, curl_error);
		goto out;
	}
	curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &status);
	doc = xml_parse(body.buf ? body.buf : "", body.len, &parse_err);
	if (status != 200) {
		char *code = doc ? xml_child_text(xmlDocGetRootElement(doc), "Error/Code") : NULL;
		char *message = doc ? xml_child_text(xmlDocGetRootElement(doc), "Error/Message") : NULL;

		strbuf_addf(err, "cannot assume %s with the web identity token in %s: HTTP %ld%s%s%s%s",
			    req->role_arn, token_file, status, code ? " " : "", code ? code : "",
			    message ? ": " : "", message ? message : "");
		free(code);
		free(message);
		goto out;
	}
	if (!doc) {
		strbuf_addf(err, "AssumeRoleWithWebIdentity at %s: %s", url, parse_err.buf);
		goto out;
	}
	source = xasprintf("role %s (web identity token %s)", req->role_arn, token_file);
	rc = take_credentials(xml_child(xmlDocGetRootElement(doc), "AssumeRoleWithWebIdentityResult"),
			      source, out, err);
out:
	if (doc)
		xmlFreeDoc(doc);
	if (h)
		curl_easy_cleanup(h);
	curl_slist_free_all(headers);
	if (form.buf)
		explicit_bzero(form.buf, form.len);
	strbuf_release(&form);
	if (body.buf)
		explicit_bzero(body.buf, body.len);
	strbuf_release(&body);
	strbuf_release(&parse_err);
	wipe_free(token);
	free(source);
	free(url);
	return rc;
}
