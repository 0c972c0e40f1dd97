/*
 * sigv4.h: AWS Signature Version 4, for Authorization headers and for
 * presigned URLs. Pure functions over a request description: no I/O, no
 * clock (the caller passes the time), so the official test vectors drive
 * them directly.
 *
 * Two URI rules exist: every service but S3 normalizes the path (removes
 * "." and "..", collapses "//") and encodes it twice; S3 encodes it once and
 * never normalizes (sigv4_request.s3_rules).
 */
#ifndef TERRACE_SIGV4_H
#define TERRACE_SIGV4_H

#include <stdbool.h>
#include <stddef.h>
#include <time.h>

#include "provider/base/strbuf.h"

struct sigv4_credentials {
	const char *access_key_id;
	const char *secret_access_key;
	const char *session_token; /* NULL when none */
};

struct sigv4_header {
	const char *name;  /* any case; signed lower-cased, values trimmed and
	                      inner runs of spaces folded */
	const char *value;
};

struct sigv4_request {
	const char *method;            /* "GET" */
	const char *path;              /* S3: the raw path, e.g. "/a b"; encoded once
	                                  here, which is also its wire form. Others:
	                                  the path as sent on the request line (the
	                                  transport's encoded form, or the literal
	                                  "/a b/../c" of the test vectors); normalized
	                                  and encoded again here: the "double" rule */
	const char *query;             /* raw query string without '?', or NULL; it is
	                                  parsed, each name/value decoded and re-encoded,
	                                  then sorted */
	const struct sigv4_header *headers; /* must include Host */
	size_t n_headers;
	const char *payload_hash;      /* hex SHA-256 of the body, or "UNSIGNED-PAYLOAD";
	                                  NULL: computed from body */
	const void *body;
	size_t body_len;
	const char *region;            /* "us-east-1" */
	const char *service;           /* "s3", "iam", "glue", "states" ... */
	time_t when;                   /* signing time, UTC */
	bool s3_rules;                 /* S3: encode path once, no normalization */
};

/*
 * Headers mode. out_authorization gets the Authorization header value;
 * out_amz_date the X-Amz-Date value (YYYYMMDDTHHMMSSZ), which the caller
 * must send (and should have included in headers as x-amz-date for signing:
 * if headers lack x-amz-date it is added to the signed set automatically).
 * When credentials carry a session token, X-Amz-Security-Token is signed
 * too and the caller must send it. Optional debug outputs (may be NULL):
 * canonical request and string to sign. Returns 0, or -1 with err set.
 */
int sigv4_sign_headers(const struct sigv4_request *req,
		       const struct sigv4_credentials *cred,
		       struct strbuf *out_authorization,
		       struct strbuf *out_amz_date,
		       struct strbuf *out_canonical_request,
		       struct strbuf *out_string_to_sign,
		       struct strbuf *err);

/*
 * Presigned URL mode: appends X-Amz-Algorithm, X-Amz-Credential, X-Amz-Date,
 * X-Amz-Expires, X-Amz-SignedHeaders (and X-Amz-Security-Token) to the
 * query, signs with payload "UNSIGNED-PAYLOAD" unless req->payload_hash is
 * set, and writes the full query string (including X-Amz-Signature, all
 * encoded, sorted as signed) to out_query.
 */
int sigv4_presign_query(const struct sigv4_request *req,
			const struct sigv4_credentials *cred,
			long expires_seconds,
			struct strbuf *out_query,
			struct strbuf *out_canonical_request,
			struct strbuf *out_string_to_sign,
			struct strbuf *err);

/*
 * The signing key HMAC chain (kSecret -> kDate -> kRegion -> kService ->
 * kSigning). Results are cached per (secret, date, region, service) in a
 * small thread-safe cache, since the key only changes once a day.
 */
void sigv4_signing_key(const char *secret, const char *date8,
		       const char *region, const char *service,
		       unsigned char out[32]);

/*
 * S3 streaming upload (Content-Encoding: aws-chunked, x-amz-content-sha256:
 * STREAMING-AWS4-HMAC-SHA256-PAYLOAD): the signature of one chunk, chained
 * from previous_signature (the seed signature from the Authorization header
 * for the first chunk, then each chunk's own); the final chunk is empty.
 * Writes the hex signature to out_signature (the chunk's wire prefix is
 * "<hex size>;chunk-signature=<sig>\r\n"); out_string_to_sign may be NULL.
 * Returns 0, or -1 with err set.
 */
int sigv4_chunk_signature(const struct sigv4_credentials *cred,
			  const char *region, const char *service, time_t when,
			  const char *previous_signature,
			  const void *data, size_t len,
			  char out_signature[65],
			  struct strbuf *out_string_to_sign,
			  struct strbuf *err);

/* Helpers shared with the transport. */
void sigv4_sha256_hex(const void *data, size_t len, char out[65]);
/* RFC 3986 encoding: unreserved characters kept, the rest %XX upper-case;
 * '/' kept when keep_slash. */
void sigv4_uri_encode(struct strbuf *out, const char *s, size_t len, bool keep_slash);

#endif
