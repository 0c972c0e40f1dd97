/*
 * test_sigv4.c: AWS Signature Version 4 against published vectors.
 *
 * - Every case folder of tests/reference/sigv4-test-suite/v4/ (the
 *   aws-c-auth suite): request.txt is parsed, signed header-style and
 *   query-style, and the canonical request, string to sign, signature,
 *   Authorization line and presigned query are compared byte for byte.
 * - Every example of tests/reference/s3-doc-examples/s3-doc-examples.json
 *   (S3 API Reference): header auth, presigned URL, chunked upload.
 * - The signing-key cache against a fresh HMAC chain, across threads.
 * - Rules the vectors do not exercise: double encoding of a pre-encoded
 *   path, query decoding edge cases, input errors with their exact text.
 * Paths are relative to the repo root, the test's working directory.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <dirent.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include <jansson.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include "provider/aws/transport/sigv4.h"
#include "provider/base/strbuf.h"

#define SUITE_DIR "tests/reference/sigv4-test-suite/v4"
#define S3_EXAMPLES "tests/reference/s3-doc-examples/s3-doc-examples.json"
#define SUITE_CASE_COUNT 38

/* ---- small helpers ------------------------------------------------------ */

static int read_whole_file(const char *path, struct strbuf *out)
{
	FILE *f = fopen(path, "rb");
	char chunk[4096];
	size_t n;

	if (!f)
		return -1;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		strbuf_add(out, chunk, n);
	fclose(f);
	return 0;
}

/* Fails the test, naming the case, when got differs from want. */
static void expect_same(const char *case_name, const char *what,
			const char *got, const char *want)
{
	if (strcmp(got, want)) {
		print_error("%s: %s differs\n--- expected\n%s\n--- got\n%s\n---\n",
			    case_name, what, want, got);
		fail_msg("%s: %s mismatch", case_name, what);
	}
}

static time_t utc_time(int year, int month, int day, int hour, int minute, int second)
{
	struct tm tm = { 0 };

	tm.tm_year = year - 1900;
	tm.tm_mon = month - 1;
	tm.tm_mday = day;
	tm.tm_hour = hour;
	tm.tm_min = minute;
	tm.tm_sec = second;
	return timegm(&tm);
}

/* "2015-08-30T12:36:00Z" (suite) or "20130524T000000Z" (S3 docs). */
static time_t parse_timestamp(const char *case_name, const char *text)
{
	int y, mo, d, h, mi, s;

	if (sscanf(text, "%4d-%2d-%2dT%2d:%2d:%2dZ", &y, &mo, &d, &h, &mi, &s) == 6 ||
	    sscanf(text, "%4d%2d%2dT%2d%2d%2dZ", &y, &mo, &d, &h, &mi, &s) == 6)
		return utc_time(y, mo, d, h, mi, s);
	fail_msg("%s: cannot parse timestamp '%s'", case_name, text);
	return 0;
}

static const char *json_text(const char *case_name, const json_t *obj, const char *key)
{
	const char *s = json_string_value(json_object_get(obj, key));

	if (!s)
		fail_msg("%s: JSON has no string '%s'", case_name, key);
	return s;
}

/* Third line of a canonical request: its query string. */
static char *canonical_query_line(const char *creq)
{
	const char *start = strchr(creq, '\n');
	const char *end;

	assert_non_null(start);
	start = strchr(start + 1, '\n');
	assert_non_null(start);
	start++;
	end = strchr(start, '\n');
	assert_non_null(end);
	return xstrndup(start, (size_t)(end - start));
}

/* Second line of a canonical request: its URI. */
static char *canonical_uri_line(const char *creq)
{
	const char *start = strchr(creq, '\n');
	const char *end;

	assert_non_null(start);
	start++;
	end = strchr(start, '\n');
	assert_non_null(end);
	return xstrndup(start, (size_t)(end - start));
}

/* The value after "Signature=" at the end of an Authorization value. */
static const char *authorization_signature(const char *authorization)
{
	const char *sig = strstr(authorization, "Signature=");

	assert_non_null(sig);
	return sig + strlen("Signature=");
}

/* ---- request.txt -------------------------------------------------------- */

struct parsed_request {
	char *method;
	char *path;
	char *query; /* NULL when the target has no '?' */
	struct sigv4_header *headers;
	size_t n_headers;
	char *body;
	size_t body_len;
};

/*
 * The request line is "METHOD TARGET HTTP/1.1" where TARGET may hold
 * spaces; header lines are "Name:value", continuation lines (starting with
 * a space) belong to the previous value, joined with "\n" as they appear;
 * a blank line starts the body.
 */
static void parse_request(const char *case_name, const char *text,
			  struct parsed_request *r)
{
	const char *line_end = strchr(text, '\n');
	const char *space, *version = NULL, *target, *question, *p;
	char *request_line;

	memset(r, 0, sizeof(*r));
	if (!line_end)
		fail_msg("%s: request.txt has no request line", case_name);
	request_line = xstrndup(text, (size_t)(line_end - text));
	space = strchr(request_line, ' ');
	for (const char *v = strstr(request_line, " HTTP/"); v; v = strstr(v + 1, " HTTP/"))
		version = v;
	if (!space || !version || version <= space)
		fail_msg("%s: bad request line '%s'", case_name, request_line);
	r->method = xstrndup(request_line, (size_t)(space - request_line));
	target = space + 1;
	question = memchr(target, '?', (size_t)(version - target));
	if (question) {
		r->path = xstrndup(target, (size_t)(question - target));
		r->query = xstrndup(question + 1, (size_t)(version - question - 1));
	} else {
		r->path = xstrndup(target, (size_t)(version - target));
	}
	free(request_line);

	p = line_end + 1;
	while (*p && *p != '\n') {
		const char *end = strchr(p, '\n');
		size_t len = end ? (size_t)(end - p) : strlen(p);

		if ((*p == ' ' || *p == '\t') && r->n_headers) {
			struct sigv4_header *last = &r->headers[r->n_headers - 1];
			char *joined = xasprintf("%s\n%.*s", last->value, (int)len, p);

			free((char *)last->value);
			last->value = joined;
		} else {
			const char *colon = memchr(p, ':', len);

			if (!colon)
				fail_msg("%s: header line without ':'", case_name);
			r->headers = xrealloc(r->headers, (r->n_headers + 1) * sizeof(*r->headers));
			r->headers[r->n_headers].name = xstrndup(p, (size_t)(colon - p));
			r->headers[r->n_headers].value =
				xstrndup(colon + 1, len - (size_t)(colon + 1 - p));
			r->n_headers++;
		}
		p = end ? end + 1 : p + len;
	}
	if (*p == '\n') {
		r->body = xstrdup(p + 1);
		r->body_len = strlen(r->body);
	} else {
		r->body = xstrdup("");
	}
}

static void parsed_request_release(struct parsed_request *r)
{
	for (size_t i = 0; i < r->n_headers; i++) {
		free((char *)r->headers[i].name);
		free((char *)r->headers[i].value);
	}
	free(r->headers);
	free(r->method);
	free(r->path);
	free(r->query);
	free(r->body);
}

/* ---- the aws-c-auth suite ----------------------------------------------- */

struct suite_counts {
	int cases;
	int header_passed, header_skipped;
	int query_passed, query_skipped;
};

/* Reads DIR/NAME into out; returns 0, or -1 when the file is absent. */
static int read_case_file(const char *dir, const char *name, struct strbuf *out)
{
	char *path = xasprintf("%s/%s", dir, name);
	int rc = read_whole_file(path, out);

	free(path);
	return rc;
}

static int case_has_file(const char *dir, const char *name)
{
	char *path = xasprintf("%s/%s", dir, name);
	struct stat st;
	int found = stat(path, &st) == 0;

	free(path);
	return found;
}

/* The line of header-signed-request.txt starting "Authorization:". */
static char *signed_request_authorization(const char *case_name, const char *signed_request)
{
	const char *line = strstr(signed_request, "\nAuthorization:");
	const char *end;

	if (!line)
		fail_msg("%s: header-signed-request.txt has no Authorization line", case_name);
	line += strlen("\nAuthorization:");
	end = strchr(line, '\n');
	return end ? xstrndup(line, (size_t)(end - line)) : xstrdup(line);
}

static void run_header_variant(const char *case_name, const char *dir,
			       const struct parsed_request *parsed,
			       struct sigv4_request *req,
			       const struct sigv4_credentials *cred, int sign_body)
{
	struct strbuf want_creq = STRBUF_INIT, want_sts = STRBUF_INIT, want_sig = STRBUF_INIT;
	struct strbuf signed_request = STRBUF_INIT;
	struct strbuf authorization = STRBUF_INIT, amz_date = STRBUF_INIT;
	struct strbuf creq = STRBUF_INIT, sts = STRBUF_INIT, err = STRBUF_INIT;
	struct sigv4_header *headers = xcalloc(parsed->n_headers + 1, sizeof(*headers));
	char body_hash[65];
	char *label = xasprintf("%s [header]", case_name);
	char *want_authorization;

	if (read_case_file(dir, "header-canonical-request.txt", &want_creq) ||
	    read_case_file(dir, "header-string-to-sign.txt", &want_sts) ||
	    read_case_file(dir, "header-signature.txt", &want_sig) ||
	    read_case_file(dir, "header-signed-request.txt", &signed_request))
		fail_msg("%s: a header-* file is unreadable", label);

	memcpy(headers, parsed->headers, parsed->n_headers * sizeof(*headers));
	req->headers = headers;
	req->n_headers = parsed->n_headers;
	sigv4_sha256_hex(parsed->body, parsed->body_len, body_hash);
	if (sign_body) {
		headers[req->n_headers].name = "x-amz-content-sha256";
		headers[req->n_headers].value = body_hash;
		req->n_headers++;
	}
	req->payload_hash = NULL; /* computed from the body */

	if (sigv4_sign_headers(req, cred, &authorization, &amz_date, &creq, &sts, &err))
		fail_msg("%s: sigv4_sign_headers failed: %s", label, err.buf);
	expect_same(label, "canonical request", creq.buf, want_creq.buf);
	expect_same(label, "string to sign", sts.buf, want_sts.buf);
	expect_same(label, "signature", authorization_signature(authorization.buf), want_sig.buf);
	expect_same(label, "X-Amz-Date", amz_date.buf, "20150830T123600Z");
	want_authorization = signed_request_authorization(label, signed_request.buf);
	expect_same(label, "Authorization", authorization.buf, want_authorization);

	free(want_authorization);
	free(headers);
	free(label);
	strbuf_release(&want_creq);
	strbuf_release(&want_sts);
	strbuf_release(&want_sig);
	strbuf_release(&signed_request);
	strbuf_release(&authorization);
	strbuf_release(&amz_date);
	strbuf_release(&creq);
	strbuf_release(&sts);
	strbuf_release(&err);
}

static void run_query_variant(const char *case_name, const char *dir,
			      const struct parsed_request *parsed,
			      struct sigv4_request *req,
			      const struct sigv4_credentials *cred, long expires)
{
	struct strbuf want_creq = STRBUF_INIT, want_sts = STRBUF_INIT, want_sig = STRBUF_INIT;
	struct strbuf query = STRBUF_INIT, creq = STRBUF_INIT, sts = STRBUF_INIT;
	struct strbuf err = STRBUF_INIT, want_query = STRBUF_INIT;
	char body_hash[65];
	char *label = xasprintf("%s [query]", case_name);
	char *signed_query;
	const char *sig;

	if (read_case_file(dir, "query-canonical-request.txt", &want_creq) ||
	    read_case_file(dir, "query-string-to-sign.txt", &want_sts) ||
	    read_case_file(dir, "query-signature.txt", &want_sig))
		fail_msg("%s: a query-* file is unreadable", label);

	req->headers = parsed->headers;
	req->n_headers = parsed->n_headers;
	/* The suite's presigned variant still signs the body hash. */
	sigv4_sha256_hex(parsed->body, parsed->body_len, body_hash);
	req->payload_hash = body_hash;

	if (sigv4_presign_query(req, cred, expires, &query, &creq, &sts, &err))
		fail_msg("%s: sigv4_presign_query failed: %s", label, err.buf);
	expect_same(label, "canonical request", creq.buf, want_creq.buf);
	expect_same(label, "string to sign", sts.buf, want_sts.buf);
	sig = strstr(query.buf, "&X-Amz-Signature=");
	if (!sig)
		fail_msg("%s: presigned query has no X-Amz-Signature", label);
	expect_same(label, "signature", sig + strlen("&X-Amz-Signature="), want_sig.buf);
	/* The query is exactly the signed canonical query plus the signature. */
	signed_query = canonical_query_line(want_creq.buf);
	strbuf_addf(&want_query, "%s&X-Amz-Signature=%s", signed_query, want_sig.buf);
	expect_same(label, "presigned query", query.buf, want_query.buf);

	free(signed_query);
	free(label);
	strbuf_release(&want_creq);
	strbuf_release(&want_sts);
	strbuf_release(&want_sig);
	strbuf_release(&want_query);
	strbuf_release(&query);
	strbuf_release(&creq);
	strbuf_release(&sts);
	strbuf_release(&err);
}

static void run_suite_case(const char *case_name, struct suite_counts *counts)
{
	char *dir = xasprintf("%s/%s", SUITE_DIR, case_name);
	struct strbuf context_text = STRBUF_INIT, request_text = STRBUF_INIT;
	struct parsed_request parsed;
	struct sigv4_credentials cred = { 0 };
	struct sigv4_request req = { 0 };
	json_error_t jerr;
	json_t *context, *credentials;
	int omit_token;

	if (read_case_file(dir, "context.json", &context_text) ||
	    read_case_file(dir, "request.txt", &request_text))
		fail_msg("%s: context.json or request.txt is unreadable", case_name);
	context = json_loads(context_text.buf, 0, &jerr);
	if (!context)
		fail_msg("%s: context.json: %s", case_name, jerr.text);
	credentials = json_object_get(context, "credentials");
	cred.access_key_id = json_text(case_name, credentials, "access_key_id");
	cred.secret_access_key = json_text(case_name, credentials, "secret_access_key");
	omit_token = json_is_true(json_object_get(context, "omit_session_token"));
	/* omit_session_token: the token is added after signing, unsigned. */
	if (!omit_token)
		cred.session_token = json_string_value(json_object_get(credentials, "token"));

	parse_request(case_name, request_text.buf, &parsed);
	req.method = parsed.method;
	req.path = parsed.path;
	req.query = parsed.query;
	req.body = parsed.body;
	req.body_len = parsed.body_len;
	req.region = json_text(case_name, context, "region");
	req.service = json_text(case_name, context, "service");
	req.when = parse_timestamp(case_name, json_text(case_name, context, "timestamp"));
	/* normalize: false marks the S3-style cases. */
	req.s3_rules = !json_is_true(json_object_get(context, "normalize"));

	if (case_has_file(dir, "header-signature.txt")) {
		run_header_variant(case_name, dir, &parsed, &req, &cred,
				   json_is_true(json_object_get(context, "sign_body")));
		counts->header_passed++;
	} else {
		counts->header_skipped++;
	}
	if (case_has_file(dir, "query-signature.txt")) {
		run_query_variant(case_name, dir, &parsed, &req, &cred,
				  (long)json_integer_value(
					  json_object_get(context, "expiration_in_seconds")));
		counts->query_passed++;
	} else {
		counts->query_skipped++;
	}
	counts->cases++;

	parsed_request_release(&parsed);
	json_decref(context);
	strbuf_release(&context_text);
	strbuf_release(&request_text);
	free(dir);
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void test_aws_signing_test_suite(void **state)
{
	DIR *d = opendir(SUITE_DIR);
	struct dirent *entry;
	char **names = NULL;
	size_t n = 0;
	struct suite_counts counts = { 0 };

	(void)state;
	if (!d)
		fail_msg("cannot open %s (run from the repo root)",
			 SUITE_DIR);
	while ((entry = readdir(d))) {
		char *context = xasprintf("%s/%s/context.json", SUITE_DIR, entry->d_name);
		struct stat st;

		if (entry->d_name[0] != '.' && stat(context, &st) == 0) {
			names = xrealloc(names, (n + 1) * sizeof(*names));
			names[n++] = xstrdup(entry->d_name);
		}
		free(context);
	}
	closedir(d);
	qsort(names, n, sizeof(*names), compare_names);

	for (size_t i = 0; i < n; i++) {
		run_suite_case(names[i], &counts);
		free(names[i]);
	}
	free(names);

	printf("sigv4 test suite: %d cases; header variant %d passed, %d skipped; "
	       "query variant %d passed, %d skipped\n",
	       counts.cases, counts.header_passed, counts.header_skipped,
	       counts.query_passed, counts.query_skipped);
	assert_int_equal(counts.cases, SUITE_CASE_COUNT);
}

/* ---- S3 API Reference examples ----------------------------------------- */

struct s3_context {
	json_t *root;
	struct sigv4_credentials cred;
	const char *region, *service;
	time_t when;
};

static void load_s3_context(struct s3_context *c)
{
	json_error_t jerr;
	json_t *credentials;

	c->root = json_load_file(S3_EXAMPLES, 0, &jerr);
	if (!c->root)
		fail_msg("%s: %s (line %d)", S3_EXAMPLES, jerr.text, jerr.line);
	credentials = json_object_get(c->root, "credentials");
	c->cred.access_key_id = json_text("s3 examples", credentials, "access_key_id");
	c->cred.secret_access_key = json_text("s3 examples", credentials, "secret_access_key");
	c->cred.session_token = NULL;
	c->region = json_text("s3 examples", c->root, "region");
	c->service = json_text("s3 examples", c->root, "service");
	c->when = parse_timestamp("s3 examples", json_text("s3 examples", c->root, "timestamp"));
}

/* [[name, value], ...] -> headers; the strings stay owned by the JSON. */
static struct sigv4_header *s3_headers(const json_t *pairs, size_t *n)
{
	struct sigv4_header *headers = xcalloc(json_array_size(pairs) + 1, sizeof(*headers));
	size_t i;
	json_t *pair;

	json_array_foreach(pairs, i, pair) {
		headers[i].name = json_string_value(json_array_get(pair, 0));
		headers[i].value = json_string_value(json_array_get(pair, 1));
	}
	*n = json_array_size(pairs);
	return headers;
}

/* [[name, value], ...] -> "name=value&flag" (an empty value is written bare,
 * as in "?lifecycle", to exercise the no-'=' rule). NULL when empty. */
static char *s3_query(const json_t *pairs, const char *skip_prefix)
{
	struct strbuf q = STRBUF_INIT;
	size_t i;
	json_t *pair;

	json_array_foreach(pairs, i, pair) {
		const char *name = json_string_value(json_array_get(pair, 0));
		const char *value = json_string_value(json_array_get(pair, 1));

		if (skip_prefix && !strncmp(name, skip_prefix, strlen(skip_prefix)))
			continue;
		if (q.len)
			strbuf_addch(&q, '&');
		sigv4_uri_encode(&q, name, strlen(name), false);
		if (*value) {
			strbuf_addch(&q, '=');
			sigv4_uri_encode(&q, value, strlen(value), false);
		}
	}
	if (!q.len) {
		strbuf_release(&q);
		return NULL;
	}
	return strbuf_detach(&q);
}

/* The documented Authorization values have no space after commas. */
static char *without_comma_spaces(const char *s)
{
	struct strbuf out = STRBUF_INIT;

	for (; *s; s++) {
		strbuf_addch(&out, *s);
		if (*s == ',' && s[1] == ' ')
			s++;
	}
	return strbuf_detach(&out);
}

static void test_s3_header_auth_examples(void **state)
{
	struct s3_context c;
	json_t *example;
	size_t i;
	int passed = 0;

	(void)state;
	load_s3_context(&c);
	json_array_foreach(json_object_get(c.root, "header_auth"), i, example) {
		const char *name = json_text("s3 header_auth", example, "name");
		struct strbuf authorization = STRBUF_INIT, amz_date = STRBUF_INIT;
		struct strbuf creq = STRBUF_INIT, sts = STRBUF_INIT, err = STRBUF_INIT;
		struct sigv4_request req = { 0 };
		const char *body = json_text(name, example, "body");
		char *query = s3_query(json_object_get(example, "query"), NULL);
		char *compact;

		req.method = json_text(name, example, "method");
		req.path = json_text(name, example, "path");
		req.query = query;
		req.headers = s3_headers(json_object_get(example, "headers"), &req.n_headers);
		req.body = body;
		req.body_len = strlen(body);
		req.region = c.region;
		req.service = c.service;
		req.when = c.when;
		req.s3_rules = true;

		if (sigv4_sign_headers(&req, &c.cred, &authorization, &amz_date, &creq, &sts, &err))
			fail_msg("%s: sigv4_sign_headers failed: %s", name, err.buf);
		expect_same(name, "canonical request", creq.buf,
			    json_text(name, example, "canonical_request"));
		expect_same(name, "string to sign", sts.buf,
			    json_text(name, example, "string_to_sign"));
		expect_same(name, "signature", authorization_signature(authorization.buf),
			    json_text(name, example, "signature"));
		compact = without_comma_spaces(authorization.buf);
		expect_same(name, "Authorization", compact,
			    json_text(name, example, "authorization"));
		passed++;

		free(compact);
		free(query);
		free((void *)req.headers);
		strbuf_release(&authorization);
		strbuf_release(&amz_date);
		strbuf_release(&creq);
		strbuf_release(&sts);
		strbuf_release(&err);
	}
	printf("s3 header-auth examples: %d passed\n", passed);
	assert_int_equal(passed, (int)json_array_size(json_object_get(c.root, "header_auth")));
	assert_true(passed > 0);
	json_decref(c.root);
}

static void test_s3_presigned_example(void **state)
{
	struct s3_context c;
	json_t *example, *pair;
	struct strbuf query = STRBUF_INIT, creq = STRBUF_INIT, sts = STRBUF_INIT;
	struct strbuf err = STRBUF_INIT;
	struct sigv4_request req = { 0 };
	const char *name, *url, *url_query;
	char *extra_query;
	long expires = 0;
	size_t i;

	(void)state;
	load_s3_context(&c);
	example = json_object_get(c.root, "presigned");
	name = json_text("s3 presigned", example, "name");
	json_array_foreach(json_object_get(example, "query"), i, pair)
		if (!strcmp(json_string_value(json_array_get(pair, 0)), "X-Amz-Expires"))
			expires = atol(json_string_value(json_array_get(pair, 1)));
	assert_true(expires > 0);
	/* The X-Amz-* parameters are the signer's to add. */
	extra_query = s3_query(json_object_get(example, "query"), "X-Amz-");

	req.method = json_text(name, example, "method");
	req.path = json_text(name, example, "path");
	req.query = extra_query;
	req.headers = s3_headers(json_object_get(example, "headers"), &req.n_headers);
	req.payload_hash = NULL; /* the default must be UNSIGNED-PAYLOAD */
	req.region = c.region;
	req.service = c.service;
	req.when = c.when;
	req.s3_rules = true;
	assert_string_equal(json_text(name, example, "payload_hash"), "UNSIGNED-PAYLOAD");

	if (sigv4_presign_query(&req, &c.cred, expires, &query, &creq, &sts, &err))
		fail_msg("%s: sigv4_presign_query failed: %s", name, err.buf);
	expect_same(name, "canonical request", creq.buf,
		    json_text(name, example, "canonical_request"));
	expect_same(name, "string to sign", sts.buf, json_text(name, example, "string_to_sign"));
	url = json_text(name, example, "url");
	url_query = strchr(url, '?');
	assert_non_null(url_query);
	expect_same(name, "presigned query", query.buf, url_query + 1);
	expect_same(name, "signature", strstr(query.buf, "X-Amz-Signature=") + 16,
		    json_text(name, example, "signature"));
	printf("s3 presigned example: 1 passed\n");

	free(extra_query);
	free((void *)req.headers);
	strbuf_release(&query);
	strbuf_release(&creq);
	strbuf_release(&sts);
	strbuf_release(&err);
	json_decref(c.root);
}

/* "65536 bytes of 'a'" -> 65536 'a' bytes. */
static char *chunk_data(const char *name, const char *description, size_t *len)
{
	unsigned long n;
	char fill;
	char *data;

	if (sscanf(description, "%lu bytes of '%c'", &n, &fill) != 2)
		fail_msg("%s: cannot read chunk data '%s'", name, description);
	data = xmalloc(n + 1);
	memset(data, fill, n);
	data[n] = '\0';
	*len = n;
	return data;
}

static void test_s3_chunked_example(void **state)
{
	struct s3_context c;
	json_t *example, *chunk, *header;
	struct strbuf authorization = STRBUF_INIT, amz_date = STRBUF_INIT;
	struct strbuf creq = STRBUF_INIT, sts = STRBUF_INIT, err = STRBUF_INIT;
	struct sigv4_request req = { 0 };
	const char *name, *seed;
	char previous[65];
	size_t i;
	int chunks_passed = 0;

	(void)state;
	load_s3_context(&c);
	example = json_object_get(c.root, "chunked");
	name = json_text("s3 chunked", example, "name");

	req.method = json_text(name, example, "method");
	req.path = json_text(name, example, "path");
	req.headers = s3_headers(json_object_get(example, "headers"), &req.n_headers);
	json_array_foreach(json_object_get(example, "headers"), i, header)
		if (!strcmp(json_string_value(json_array_get(header, 0)), "x-amz-content-sha256"))
			req.payload_hash = json_string_value(json_array_get(header, 1));
	assert_string_equal(req.payload_hash, "STREAMING-AWS4-HMAC-SHA256-PAYLOAD");
	req.region = c.region;
	req.service = c.service;
	req.when = c.when;
	req.s3_rules = true;

	if (sigv4_sign_headers(&req, &c.cred, &authorization, &amz_date, &creq, &sts, &err))
		fail_msg("%s: sigv4_sign_headers failed: %s", name, err.buf);
	expect_same(name, "canonical request", creq.buf,
		    json_text(name, example, "canonical_request"));
	expect_same(name, "string to sign", sts.buf, json_text(name, example, "string_to_sign"));
	seed = authorization_signature(authorization.buf);
	expect_same(name, "seed signature", seed, json_text(name, example, "seed_signature"));
	memcpy(previous, seed, 65);

	json_array_foreach(json_object_get(example, "chunks"), i, chunk) {
		char *label = xasprintf("%s chunk %zu", name, i);
		size_t len;
		char *data = chunk_data(label, json_text(label, chunk, "data"), &len);
		char signature[65];
		char *wire_prefix;
		struct strbuf chunk_sts = STRBUF_INIT;

		if (sigv4_chunk_signature(&c.cred, c.region, c.service, c.when, previous,
					  data, len, signature, &chunk_sts, &err))
			fail_msg("%s: sigv4_chunk_signature failed: %s", label, err.buf);
		expect_same(label, "string to sign", chunk_sts.buf,
			    json_text(label, chunk, "string_to_sign"));
		expect_same(label, "signature", signature, json_text(label, chunk, "signature"));
		wire_prefix = xasprintf("%zx;chunk-signature=%s\r\n", len, signature);
		expect_same(label, "wire prefix", wire_prefix, json_text(label, chunk, "wire_prefix"));
		memcpy(previous, signature, 65);
		chunks_passed++;

		free(wire_prefix);
		free(data);
		free(label);
		strbuf_release(&chunk_sts);
	}
	printf("s3 chunked example: seed and %d chunk signatures passed\n", chunks_passed);
	assert_int_equal(chunks_passed, 3);

	free((void *)req.headers);
	strbuf_release(&authorization);
	strbuf_release(&amz_date);
	strbuf_release(&creq);
	strbuf_release(&sts);
	strbuf_release(&err);
	json_decref(c.root);
}

/* ---- signing-key cache ------------------------------------------------- */

/* The HMAC chain computed here, independently of sigv4.c and its cache. */
static void fresh_signing_key(const char *secret, const char *date8, const char *region,
			      const char *service, unsigned char out[32])
{
	unsigned char k[32];
	unsigned int len = 0;
	char *k_secret = xasprintf("AWS4%s", secret);

	assert_non_null(HMAC(EVP_sha256(), k_secret, (int)strlen(k_secret),
			     (const unsigned char *)date8, strlen(date8), k, &len));
	assert_non_null(HMAC(EVP_sha256(), k, 32, (const unsigned char *)region,
			     strlen(region), k, &len));
	assert_non_null(HMAC(EVP_sha256(), k, 32, (const unsigned char *)service,
			     strlen(service), k, &len));
	assert_non_null(HMAC(EVP_sha256(), k, 32, (const unsigned char *)"aws4_request",
			     12, out, &len));
	free(k_secret);
}

static const char *const cache_secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

static void date_for_index(unsigned i, char date8[9])
{
	snprintf(date8, 9, "202401%02u", 1 + i % 28);
}

static void test_signing_key_cache(void **state)
{
	unsigned char first[32], second[32], fresh[32], other_day[32], other_service[32];
	unsigned char documented[32];
	const char *documented_hex =
		"dbb893acc010964918f1fd433add87c70e8b0db6be30c1fbeafefa5ec6ba8378";
	char date8[9];

	(void)state;
	sigv4_signing_key(cache_secret, "20150830", "us-east-1", "service", first);
	sigv4_signing_key(cache_secret, "20150830", "us-east-1", "service", second);
	fresh_signing_key(cache_secret, "20150830", "us-east-1", "service", fresh);
	assert_memory_equal(first, fresh, 32);
	assert_memory_equal(second, fresh, 32);

	sigv4_signing_key(cache_secret, "20150831", "us-east-1", "service", other_day);
	assert_memory_not_equal(other_day, first, 32);
	fresh_signing_key(cache_secret, "20150831", "us-east-1", "service", fresh);
	assert_memory_equal(other_day, fresh, 32);
	sigv4_signing_key(cache_secret, "20150830", "us-east-1", "iam", other_service);
	assert_memory_not_equal(other_service, first, 32);

	/* The S3 documentation's published signing key. */
	for (int i = 0; i < 32; i++)
		assert_int_equal(sscanf(documented_hex + 2 * i, "%2hhx", &documented[i]), 1);
	sigv4_signing_key("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "20130524",
			  "us-east-1", "s3", first);
	assert_memory_equal(first, documented, 32);

	/* More distinct keys than cache slots: evictions must not mix them up. */
	for (int round = 0; round < 2; round++) {
		for (int i = 0; i < 28; i++) {
			date_for_index(i, date8);
			sigv4_signing_key(cache_secret, date8, "eu-west-1", "glue", first);
			fresh_signing_key(cache_secret, date8, "eu-west-1", "glue", fresh);
			assert_memory_equal(first, fresh, 32);
		}
	}
}

struct cache_thread_work {
	unsigned char expected[28][32];
	int mismatches;
};

static void *cache_thread(void *arg)
{
	struct cache_thread_work *work = arg;
	unsigned char key[32];
	char date8[9];
	int mismatches = 0;

	for (int i = 0; i < 500; i++) {
		int which = (i * 7) % 28;

		date_for_index(which, date8);
		sigv4_signing_key(cache_secret, date8, "us-west-2", "states", key);
		if (memcmp(key, work->expected[which], 32))
			mismatches++;
	}
	return (void *)(intptr_t)mismatches;
}

static void test_signing_key_cache_threads(void **state)
{
	struct cache_thread_work work;
	pthread_t threads[4];
	char date8[9];
	int mismatches = 0;

	(void)state;
	for (int i = 0; i < 28; i++) {
		date_for_index(i, date8);
		fresh_signing_key(cache_secret, date8, "us-west-2", "states", work.expected[i]);
	}
	for (int t = 0; t < 4; t++)
		assert_int_equal(pthread_create(&threads[t], NULL, cache_thread, &work), 0);
	for (int t = 0; t < 4; t++) {
		void *result;

		assert_int_equal(pthread_join(threads[t], &result), 0);
		mismatches += (int)(intptr_t)result;
	}
	assert_int_equal(mismatches, 0);
}

/* ---- rules the vectors do not exercise ---------------------------------- */

static const struct sigv4_credentials example_cred = {
	"AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", NULL
};

static const struct sigv4_header example_host[] = {
	{ "Host", "example.amazonaws.com" },
};

static void sign_for_canonical(const struct sigv4_request *req, struct strbuf *creq)
{
	struct strbuf authorization = STRBUF_INIT, err = STRBUF_INIT;

	if (sigv4_sign_headers(req, &example_cred, &authorization, NULL, creq, NULL, &err))
		fail_msg("sigv4_sign_headers failed: %s", err.buf);
	strbuf_release(&authorization);
	strbuf_release(&err);
}

static void test_uri_rules(void **state)
{
	static const struct {
		const char *path;
		bool s3_rules;
		const char *canonical;
	} cases[] = {
		/* Others: the wire form is encoded again ("double"), after normalizing. */
		{ "/a%20b/./c/../d", false, "/a%2520b/d" },
		{ "/documents and settings/", false, "/documents%20and%20settings/" },
		{ "/a/b/.", false, "/a/b/" },
		{ "/..", false, "/" },
		{ "", false, "/" },
		{ "relative/x", false, "/relative/x" },
		/* S3: the raw key, encoded once, never normalized. */
		{ "/my bucket/a+b/../c//d", true, "/my%20bucket/a%2Bb/../c//d" },
		{ "/100%", true, "/100%25" },
		{ "/\xe1\x88\xb4", true, "/%E1%88%B4" },
		/* only A-Z a-z 0-9 - . _ ~ stay as they are: the characters other
		 * encoders leave (* ! ' ( )) are encoded */
		{ "/a*b!c'(d)~e_f.g-h", true, "/a%2Ab%21c%27%28d%29~e_f.g-h" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct sigv4_request req = {
			.method = "GET", .path = cases[i].path, .headers = example_host,
			.n_headers = 1, .region = "us-east-1", .service = "service",
			.when = utc_time(2015, 8, 30, 12, 36, 0), .s3_rules = cases[i].s3_rules,
		};
		struct strbuf creq = STRBUF_INIT;
		char *uri;

		sign_for_canonical(&req, &creq);
		uri = canonical_uri_line(creq.buf);
		expect_same(cases[i].path, "canonical URI", uri, cases[i].canonical);
		free(uri);
		strbuf_release(&creq);
	}
}

static void test_query_rules(void **state)
{
	static const struct {
		const char *query;
		const char *canonical;
	} cases[] = {
		{ "b=2&a&c=%zz&d=x+y", "a=&b=2&c=%25zz&d=x%2By" },
		{ "prefix=a%2Fb%20c&list-type=2", "list-type=2&prefix=a%2Fb%20c" },
		{ "k=2&k=10&k=1", "k=1&k=10&k=2" },
		{ "&&x=%7e&", "x=~" },
		{ "empty=", "empty=" },
		{ "a=b=c", "a=b%3Dc" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct sigv4_request req = {
			.method = "GET", .path = "/", .query = cases[i].query,
			.headers = example_host, .n_headers = 1, .region = "us-east-1",
			.service = "service", .when = utc_time(2015, 8, 30, 12, 36, 0),
		};
		struct strbuf creq = STRBUF_INIT;
		char *query;

		sign_for_canonical(&req, &creq);
		query = canonical_query_line(creq.buf);
		expect_same(cases[i].query, "canonical query", query, cases[i].canonical);
		free(query);
		strbuf_release(&creq);
	}
}

static void test_header_rules(void **state)
{
	static const struct sigv4_header headers[] = {
		{ "Host", "example.amazonaws.com" },
		{ "  X-Tabbed ", "\t a \t\t b  " },
		{ "x-amz-date", "20150830T123600Z" },
		{ "X-Empty", "" },
		{ "x-multi", "one" },
		{ "X-MULTI", "two  three" },
	};
	struct sigv4_request req = {
		.method = "PUT", .path = "/", .headers = headers,
		.n_headers = sizeof(headers) / sizeof(headers[0]), .payload_hash = "UNSIGNED-PAYLOAD",
		.region = "us-east-1", .service = "service",
		.when = utc_time(2015, 8, 30, 12, 36, 0),
	};
	struct strbuf creq = STRBUF_INIT;

	(void)state;
	sign_for_canonical(&req, &creq);
	/* x-amz-date given by the caller is not added a second time. */
	expect_same("header rules", "canonical request", creq.buf,
		    "PUT\n/\n\n"
		    "host:example.amazonaws.com\n"
		    "x-amz-date:20150830T123600Z\n"
		    "x-empty:\n"
		    "x-multi:one,two three\n"
		    "x-tabbed:a b\n"
		    "\n"
		    "host;x-amz-date;x-empty;x-multi;x-tabbed\n"
		    "UNSIGNED-PAYLOAD");
	strbuf_release(&creq);
}

static void test_input_errors(void **state)
{
	static const struct sigv4_header no_host[] = { { "x-amz-date", "20150830T123600Z" } };
	struct sigv4_request req = {
		.method = "GET", .path = "/", .headers = no_host, .n_headers = 1,
		.region = "us-east-1", .service = "service",
		.when = utc_time(2015, 8, 30, 12, 36, 0),
	};
	struct sigv4_credentials no_secret = { "AKIDEXAMPLE", NULL, NULL };
	struct strbuf out = STRBUF_INIT, err = STRBUF_INIT;

	(void)state;
	assert_int_equal(sigv4_sign_headers(&req, &example_cred, &out, NULL, NULL, NULL, &err), -1);
	assert_string_equal(err.buf, "sigv4: the request to sign has no Host header");
	assert_int_equal(out.len, 0);

	strbuf_reset(&err);
	req.headers = example_host;
	assert_int_equal(sigv4_presign_query(&req, &no_secret, 60, &out, NULL, NULL, &err), -1);
	assert_string_equal(err.buf, "sigv4: cannot sign without a secret access key");

	strbuf_reset(&err);
	assert_int_equal(sigv4_presign_query(&req, &example_cred, 0, &out, NULL, NULL, &err), -1);
	assert_string_equal(err.buf, "sigv4: presigned URL expiry must be positive, not 0");

	strbuf_reset(&err);
	req.region = NULL;
	assert_int_equal(sigv4_sign_headers(&req, &example_cred, &out, NULL, NULL, NULL, &err), -1);
	assert_string_equal(err.buf, "sigv4: cannot sign without a region");

	strbuf_release(&out);
	strbuf_release(&err);
}

static void test_session_token_header_mode(void **state)
{
	struct sigv4_credentials cred = example_cred;
	struct sigv4_request req = {
		.method = "GET", .path = "/", .headers = example_host, .n_headers = 1,
		.region = "us-east-1", .service = "service",
		.when = utc_time(2015, 8, 30, 12, 36, 0),
	};
	struct strbuf authorization = STRBUF_INIT, amz_date = STRBUF_INIT, creq = STRBUF_INIT;
	struct strbuf err = STRBUF_INIT;

	(void)state;
	cred.session_token = "TOKEN";
	assert_int_equal(sigv4_sign_headers(&req, &cred, &authorization, &amz_date, &creq,
					    NULL, &err), 0);
	assert_non_null(strstr(creq.buf, "\nx-amz-security-token:TOKEN\n"));
	assert_non_null(strstr(authorization.buf,
			       "SignedHeaders=host;x-amz-date;x-amz-security-token,"));
	assert_string_equal(amz_date.buf, "20150830T123600Z");

	/* Outputs are replaced, not appended to, so buffers can be reused. */
	assert_int_equal(sigv4_sign_headers(&req, &cred, &authorization, &amz_date, &creq,
					    NULL, &err), 0);
	assert_string_equal(amz_date.buf, "20150830T123600Z");
	assert_int_equal(strncmp(authorization.buf, "AWS4-HMAC-SHA256 Credential=", 28), 0);
	assert_null(strstr(authorization.buf + 1, "AWS4-HMAC-SHA256 Credential="));

	strbuf_release(&authorization);
	strbuf_release(&amz_date);
	strbuf_release(&creq);
	strbuf_release(&err);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_aws_signing_test_suite),
		cmocka_unit_test(test_s3_header_auth_examples),
		cmocka_unit_test(test_s3_presigned_example),
		cmocka_unit_test(test_s3_chunked_example),
		cmocka_unit_test(test_signing_key_cache),
		cmocka_unit_test(test_signing_key_cache_threads),
		cmocka_unit_test(test_uri_rules),
		cmocka_unit_test(test_query_rules),
		cmocka_unit_test(test_header_rules),
		cmocka_unit_test(test_input_errors),
		cmocka_unit_test(test_session_token_header_mode),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
