/*
 * credential_http.h: container credentials and EC2 instance metadata
 * (IMDSv2), the last two sources of the credential chain.
 */
#ifndef TERRACE_AWS_CREDENTIAL_HTTP_H
#define TERRACE_AWS_CREDENTIAL_HTTP_H

#include "provider/aws/transport/credentials.h"

/* Each returns 1 with the keys, session token, expiration and source of *out
 * filled; 0 when the source does not apply here (with the reason appended to
 * `skipped` as "SOURCE (why)"); -1 with err set when it applies but fails. */
/* `url`: aws_container_credentials_endpoint()'s, NULL when not set. */
int aws_container_credentials(const char *url, struct aws_credentials *out,
			      struct strbuf *skipped, struct strbuf *err);
/* `endpoint`: the base URL, aws_instance_metadata_endpoint()'s. */
int aws_instance_metadata_credentials(const char *endpoint, struct aws_credentials *out,
				      struct strbuf *skipped, struct strbuf *err);

/* A curl write function that appends to cap->body and refuses (ending the
 * transfer) an answer of more than cap->max bytes: the chain's answers are
 * small, and a server that sends more is not the one asked. */
struct aws_credential_capped {
	struct strbuf *body;
	size_t max;
};
size_t aws_credential_collect(char *data, size_t size, size_t n, void *cap);

/* One small HTTP request of the chain (no proxy, short timeouts, the answer
 * capped at 64 KiB into *body); returns the HTTP status, or -1 with err set
 * as "WHY: reason". `header` (one "Name: value" line) may be NULL. */
long aws_credential_http_call(const char *method, const char *url, const char *header,
			      struct strbuf *body, const char *why, struct strbuf *err);

/* Append ": BODY" for a credential server's refusal, as the AWS CLI shows it:
 * one line of at most 300 characters, the values of JSON members whose name
 * looks secret (token, secret, key, password, credential, signature) and
 * any run of 20 or more key-like characters replaced by "(redacted)".
 * Nothing when the body is empty. */
void aws_credential_refusal_body(struct strbuf *err, const struct strbuf *body);

#endif
