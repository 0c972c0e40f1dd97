/*
 * credential_sso.c: IAM Identity Center (SSO) credentials for the chain:
 * the access token `aws sso login` cached in ~/.aws/sso/cache/ (named by the
 * SHA-1 of the sso_session name, or of the start URL for legacy profiles),
 * exchanged for role credentials at the portal (GetRoleCredentials). A
 * missing or expired token is the user's to renew with `aws sso login`.
 */
#include "provider/aws/transport/credential_sso.h"

#include <curl/curl.h>
#include <jansson.h>
#include <openssl/evp.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "provider/aws/transport/client.h"
#include "provider/aws/transport/credential_http.h"
#include "provider/base/encoding.h"

static char *cache_path(const char *key)
{
	unsigned char digest[EVP_MAX_MD_SIZE];
	unsigned int len = 0;
	char hex[2 * EVP_MAX_MD_SIZE + 1];
	const char *home = getenv("HOME");

	if (!home || !*home) {
		struct passwd *pw = getpwuid(getuid());
		home = pw && pw->pw_dir ? pw->pw_dir : "";
	}
	EVP_Digest(key, strlen(key), digest, &len, EVP_sha1(), NULL);
	hex_text(digest, len, hex);
	return xasprintf("%s/.aws/sso/cache/%s.json", home, hex);
}

static char *cached_token(const struct aws_sso_profile *sso, struct strbuf *err)
{
	char *path = cache_path(sso->session ? sso->session : sso->start_url);
	json_error_t jerr;
	json_t *doc = json_load_file(path, 0, &jerr);
	json_t *token = json_object_get(doc, "accessToken");
	json_t *expires = json_object_get(doc, "expiresAt");
	time_t when = 0;
	char *result = NULL;

	if (!json_is_string(token) || !json_is_string(expires) ||
	    aws_parse_timestamp(json_string_value(expires), &when) < 0) {
		strbuf_addf(err, "profile \"%s\" uses SSO, but no login is cached in %s:"
			    " run `aws sso login --profile %s`", sso->profile, path, sso->profile);
	} else if (when <= time(NULL)) {
		strbuf_addf(err, "the SSO login of profile \"%s\" expired at %s: run"
			    " `aws sso login --profile %s`", sso->profile,
			    json_string_value(expires), sso->profile);
	} else {
		result = xstrdup(json_string_value(token));
	}
	if (json_is_string(token))
		explicit_bzero((char *)json_string_value(token), json_string_length(token));
	json_decref(doc);
	free(path);
	return result;
}

int aws_sso_credentials(const struct aws_sso_profile *sso, struct aws_credentials *out,
			struct strbuf *err)
{
	char *token = cached_token(sso, err), *url = NULL, *header = NULL;
	char *role = NULL, *account = NULL, *source = NULL;
	struct strbuf body = STRBUF_INIT;
	json_t *doc = NULL, *creds, *expiration;
	json_error_t jerr;
	const char *key_id, *secret, *session_token;
	long status;
	int rc = -1;

	if (!token)
		return -1;
	role = curl_easy_escape(NULL, sso->role_name, 0);
	account = curl_easy_escape(NULL, sso->account_id, 0);
	url = xasprintf("%s/federation/credentials?account_id=%s&role_name=%s", sso->portal,
			account, role);
	header = xasprintf("x-amz-sso_bearer_token: %s", token);
	source = xasprintf("SSO role %s in account %s (profile \"%s\")", sso->role_name,
			   sso->account_id, sso->profile);
	status = aws_credential_http_call("GET", url, header, &body, source, err);
	if (status < 0)
		goto out;
	if (status == 401 || status == 403) {
		strbuf_addf(err, "%s: the portal refused the cached SSO login (HTTP %ld", source,
			    status);
		aws_credential_refusal_body(err, &body);
		strbuf_addf(err, "): run `aws sso login --profile %s`", sso->profile);
		goto out;
	}
	if (status != 200) {
		strbuf_addf(err, "%s: GetRoleCredentials answered HTTP %ld", source, status);
		aws_credential_refusal_body(err, &body);
		goto out;
	}
	doc = json_loadb(body.buf ? body.buf : "", body.len, 0, &jerr);
	creds = json_object_get(doc, "roleCredentials");
	key_id = json_string_value(json_object_get(creds, "accessKeyId"));
	secret = json_string_value(json_object_get(creds, "secretAccessKey"));
	session_token = json_string_value(json_object_get(creds, "sessionToken"));
	expiration = json_object_get(creds, "expiration");
	if (!key_id || !secret) {
		strbuf_addf(err, "%s: GetRoleCredentials answered without roleCredentials", source);
		goto out;
	}
	out->access_key_id = xstrdup(key_id);
	out->secret_access_key = xstrdup(secret);
	out->session_token = session_token && *session_token ? xstrdup(session_token) : NULL;
	/* GetRoleCredentials gives the expiry in milliseconds since the epoch. */
	out->expiration = json_is_number(expiration)
		? (time_t)(json_number_value(expiration) / 1000) : 0;
	out->source = source;
	source = NULL;
	rc = 0;
out:
	if (doc) {
		json_t *s = json_object_get(json_object_get(doc, "roleCredentials"), "secretAccessKey");
		if (json_is_string(s))
			explicit_bzero((char *)json_string_value(s), json_string_length(s));
		json_decref(doc);
	}
	if (body.buf)
		explicit_bzero(body.buf, body.len);
	strbuf_release(&body);
	explicit_bzero(token, strlen(token));
	free(token);
	explicit_bzero(header, strlen(header));
	free(header);
	curl_free(role);
	curl_free(account);
	free(source);
	free(url);
	return rc;
}
