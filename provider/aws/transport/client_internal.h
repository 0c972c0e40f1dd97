/*
 * client_internal.h: the pieces of the AWS transport (provider/aws/transport/
 * client.c, target.c, errors.c) that are pure functions — where a request goes, how an error response is
 * read, which errors are transient — exposed so unit tests can check them
 * without a server. Not for resource code: use client.h.
 */
#ifndef TERRACE_AWS_CLIENT_INTERNAL_H
#define TERRACE_AWS_CLIENT_INTERNAL_H

#include <stdbool.h>

#include "provider/aws/transport/client.h"
#include "provider/base/strbuf.h"

/* Where one request goes. All strings are owned; release with aws_target_release. */
struct aws_target {
	char *url;            /* "https://b.s3.eu-west-1.amazonaws.com/a%20b?acl" */
	char *host;           /* Host header: "b.s3.eu-west-1.amazonaws.com", with ":port"
	                         when the port is not the scheme's default */
	char *sign_path;      /* the path the signer gets: for S3 the unencoded one ("/a b",
	                         path-style "/b/a b"), which it encodes once; for the other
	                         services the wire path ("/a%20b"), which it encodes again */
	char *signing_region; /* "us-east-1" for IAM and STS on real AWS */
};

int aws_target_build(const struct aws_client *c, const struct aws_request *req,
		     struct aws_target *out, struct strbuf *err);
void aws_target_release(struct aws_target *t);

/* Fill resp->error_code, error_message (and request_id when the headers
 * had none) from an error response: S3 <Error>, query <ErrorResponse>,
 * JSON {"__type", "message"} or the x-amzn-ErrorType header; a response
 * without a body (HEAD) gets a code from its status: 404 "NotFound". */
void aws_response_parse_error(struct aws_response *resp);

/* Transient HTTP status (500, 502, 503, 504, 429) or throttling/timeout code. */
bool aws_error_is_retryable(long status, const char *error_code);
/* botocore's ThrottlingErrorDetector: the answers that slow the pace (429,
 * Throttling and its kin), not LimitExceededException (a quota). */
bool aws_error_is_throttling(long status, const char *code);
/* What aws_failure_last() gives from now on: a call ended with this answer
 * (status 0 and no_host: its endpoint's name did not resolve). */
void aws_failure_record(long status, const char *code, bool no_host);

/* "SERVICE OPERATION: HTTP 404 NoSuchBucket: MESSAGE (request id ID)",
 * leaving out the parts resp lacks. */
void aws_format_http_error(struct strbuf *err, const char *service, const char *operation,
			   const struct aws_response *resp);

/*
 * The retry policy's bound on one call against a server that accepts (or
 * never completes) connections and never answers: at most 3 attempts (or
 * max_attempts, when fewer) each cut after read_timeout_s without a byte
 * (up to a second late: libcurl checks once a second), with the longest
 * backoff between them, and never past operation_timeout_s. 0 for a
 * setting means its default (8 attempts, 30 s, 900 s: 93.3 s).
 */
double aws_silent_server_bound_s(int max_attempts, int read_timeout_s, int operation_timeout_s);

#endif
