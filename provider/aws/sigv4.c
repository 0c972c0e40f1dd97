/*
 * sigv4.c: AWS Signature Version 4. Builds canonical requests (URI, query,
 * headers, payload hash), strings to sign and signatures for Authorization
 * headers, presigned URLs and S3 aws-chunked uploads, and keeps the
 * thread-safe cache of per-day signing keys. SHA-256 and HMAC come from
 * OpenSSL's libcrypto; nothing here does I/O or reads the clock.
 */
#include "provider/aws/sigv4.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <openssl/evp.h>
#include <openssl/hmac.h>

#define SIGV4_ALGORITHM "AWS4-HMAC-SHA256"
#define SIGV4_UNSIGNED_PAYLOAD "UNSIGNED-PAYLOAD"
#define SIGV4_EMPTY_SHA256 "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

/* ---- crypto primitives ------------------------------------------------ */

/*
 * libcrypto fails these one-shot calls only when it cannot allocate; like
 * xmalloc, terrace treats that as fatal rather than reporting it.
 */
static void crypto_failed(void)
{
	abort();
}

static void sha256(const void *data, size_t len, unsigned char out[32])
{
	unsigned int out_len = 0;

	if (!EVP_Digest(data ? data : "", len, out, &out_len, EVP_sha256(), NULL) ||
	    out_len != 32)
		crypto_failed();
}

static void hmac_sha256(const void *key, size_t key_len,
			const void *data, size_t len, unsigned char out[32])
{
	unsigned int out_len = 0;

	if (key_len > INT32_MAX ||
	    !HMAC(EVP_sha256(), key, (int)key_len, data, len, out, &out_len) ||
	    out_len != 32)
		crypto_failed();
}

static void hex_encode(const unsigned char *bytes, size_t len, char *out)
{
	static const char digits[] = "0123456789abcdef";

	for (size_t i = 0; i < len; i++) {
		out[2 * i] = digits[bytes[i] >> 4];
		out[2 * i + 1] = digits[bytes[i] & 15];
	}
	out[2 * len] = '\0';
}

void sigv4_sha256_hex(const void *data, size_t len, char out[65])
{
	unsigned char digest[32];

	sha256(data, len, digest);
	hex_encode(digest, sizeof(digest), out);
}

/* ---- signing key and its cache ---------------------------------------- */

static void derive_signing_key(const char *secret, const char *date8,
			       const char *region, const char *service,
			       unsigned char out[32])
{
	struct strbuf k_secret = STRBUF_INIT;
	unsigned char k_date[32], k_region[32], k_service[32];

	strbuf_addf(&k_secret, "AWS4%s", secret);
	hmac_sha256(k_secret.buf, k_secret.len, date8, strlen(date8), k_date);
	hmac_sha256(k_date, 32, region, strlen(region), k_region);
	hmac_sha256(k_region, 32, service, strlen(service), k_service);
	hmac_sha256(k_service, 32, "aws4_request", strlen("aws4_request"), out);
	/* The secret must not linger in freed heap memory. */
	OPENSSL_cleanse(k_secret.buf, k_secret.len);
	strbuf_release(&k_secret);
}

/*
 * A handful of slots is plenty: a run signs for a few (region, service)
 * pairs, and the date changes once a day. Entries are keyed by the SHA-256
 * of the secret, so no copy of the secret itself is kept; the oldest slot
 * is replaced when all are used. Region or service names too long for a
 * slot bypass the cache.
 */
#define KEY_CACHE_SLOTS 16
#define KEY_CACHE_NAME_MAX 64

struct key_cache_entry {
	int used;
	unsigned char secret_digest[32];
	char date8[9];
	char region[KEY_CACHE_NAME_MAX];
	char service[KEY_CACHE_NAME_MAX];
	unsigned char signing_key[32];
};

static struct key_cache_entry key_cache[KEY_CACHE_SLOTS];
static size_t key_cache_next_slot;
static pthread_mutex_t key_cache_lock = PTHREAD_MUTEX_INITIALIZER;

static int key_cache_entry_matches(const struct key_cache_entry *e,
				   const unsigned char secret_digest[32],
				   const char *date8, const char *region,
				   const char *service)
{
	return e->used && !memcmp(e->secret_digest, secret_digest, 32) &&
	       !strcmp(e->date8, date8) && !strcmp(e->region, region) &&
	       !strcmp(e->service, service);
}

void sigv4_signing_key(const char *secret, const char *date8,
		       const char *region, const char *service,
		       unsigned char out[32])
{
	unsigned char secret_digest[32];
	struct key_cache_entry *slot;

	if (strlen(date8) != 8 || strlen(region) >= KEY_CACHE_NAME_MAX ||
	    strlen(service) >= KEY_CACHE_NAME_MAX) {
		derive_signing_key(secret, date8, region, service, out);
		return;
	}
	sha256(secret, strlen(secret), secret_digest);

	pthread_mutex_lock(&key_cache_lock);
	for (size_t i = 0; i < KEY_CACHE_SLOTS; i++) {
		if (key_cache_entry_matches(&key_cache[i], secret_digest,
					    date8, region, service)) {
			memcpy(out, key_cache[i].signing_key, 32);
			pthread_mutex_unlock(&key_cache_lock);
			return;
		}
	}
	pthread_mutex_unlock(&key_cache_lock);

	/* Derive outside the lock; two threads may both derive, which is harmless. */
	derive_signing_key(secret, date8, region, service, out);

	pthread_mutex_lock(&key_cache_lock);
	slot = &key_cache[key_cache_next_slot];
	key_cache_next_slot = (key_cache_next_slot + 1) % KEY_CACHE_SLOTS;
	slot->used = 1;
	memcpy(slot->secret_digest, secret_digest, 32);
	memcpy(slot->date8, date8, 9);
	strcpy(slot->region, region);
	strcpy(slot->service, service);
	memcpy(slot->signing_key, out, 32);
	pthread_mutex_unlock(&key_cache_lock);
}

/* ---- encoding ---------------------------------------------------------- */

static int is_unreserved(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
	       (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
	       c == '~';
}

void sigv4_uri_encode(struct strbuf *out, const char *s, size_t len, bool keep_slash)
{
	static const char digits[] = "0123456789ABCDEF";

	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (is_unreserved(c) || (keep_slash && c == '/')) {
			strbuf_addch(out, (char)c);
		} else {
			strbuf_addch(out, '%');
			strbuf_addch(out, digits[c >> 4]);
			strbuf_addch(out, digits[c & 15]);
		}
	}
}

static int hex_digit_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* Percent-decoding; a '%' not followed by two hex digits stays literal. */
static void uri_decode(struct strbuf *out, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		int high, low;

		if (s[i] == '%' && i + 2 < len &&
		    (high = hex_digit_value(s[i + 1])) >= 0 &&
		    (low = hex_digit_value(s[i + 2])) >= 0) {
			strbuf_addch(out, (char)(high * 16 + low));
			i += 2;
		} else {
			strbuf_addch(out, s[i]);
		}
	}
}

/* ---- canonical URI ----------------------------------------------------- */

struct path_segment {
	const char *start;
	size_t len;
};

/*
 * RFC 3986 remove_dot_segments, plus collapsing of empty segments ("//"):
 * "/a/./b/../c" -> "/a/c", "//example//" -> "/example/", "/a/.." -> "/".
 * A trailing '/' survives when the path ended in '/', "." or "..".
 */
static void normalize_path(struct strbuf *out, const char *path)
{
	size_t max_segments = 1, n = 0;
	struct path_segment *segments;
	int trailing_slash = 0;
	const char *p = path;

	for (const char *c = path; *c; c++)
		if (*c == '/')
			max_segments++;
	segments = xcalloc(max_segments, sizeof(*segments));

	while (1) {
		const char *end = strchr(p, '/');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		int is_last = !end;

		if (len == 0 || (len == 1 && p[0] == '.')) {
			trailing_slash = 1;
		} else if (len == 2 && p[0] == '.' && p[1] == '.') {
			if (n)
				n--;
			trailing_slash = 1;
		} else {
			segments[n].start = p;
			segments[n].len = len;
			n++;
			trailing_slash = 0;
		}
		if (is_last)
			break;
		p = end + 1;
	}

	strbuf_addch(out, '/');
	for (size_t i = 0; i < n; i++) {
		if (i)
			strbuf_addch(out, '/');
		strbuf_add(out, segments[i].start, segments[i].len);
	}
	if (n && trailing_slash)
		strbuf_addch(out, '/');
	free(segments);
}

static void canonical_uri(struct strbuf *out, const struct sigv4_request *req)
{
	struct strbuf path = STRBUF_INIT;

	if (!req->path || req->path[0] != '/')
		strbuf_addch(&path, '/');
	if (req->path)
		strbuf_addstr(&path, req->path);

	if (req->s3_rules) {
		sigv4_uri_encode(out, path.buf, path.len, true);
	} else {
		struct strbuf normal = STRBUF_INIT;

		normalize_path(&normal, path.buf);
		sigv4_uri_encode(out, normal.buf, normal.len, true);
		strbuf_release(&normal);
	}
	strbuf_release(&path);
}

/* ---- canonical query string ------------------------------------------- */

struct query_param {
	char *name;  /* RFC 3986-encoded */
	char *value; /* RFC 3986-encoded */
};

struct query_list {
	struct query_param *items;
	size_t n, alloc;
};

static void query_add_encoded(struct query_list *q, char *name, char *value)
{
	if (q->n == q->alloc) {
		q->alloc = q->alloc ? 2 * q->alloc : 8;
		q->items = xrealloc(q->items, q->alloc * sizeof(*q->items));
	}
	q->items[q->n].name = name;
	q->items[q->n].value = value;
	q->n++;
}

/* Adds a parameter given in decoded (plain) form. */
static void query_add(struct query_list *q, const char *name, const char *value)
{
	struct strbuf enc_name = STRBUF_INIT, enc_value = STRBUF_INIT;

	sigv4_uri_encode(&enc_name, name, strlen(name), false);
	sigv4_uri_encode(&enc_value, value, strlen(value), false);
	query_add_encoded(q, strbuf_detach(&enc_name), strbuf_detach(&enc_value));
}

/* Splits "a=1&b&c=%2F" into parameters: each part decoded, then re-encoded. */
static void query_parse(struct query_list *q, const char *query)
{
	const char *p = query;

	while (p && *p) {
		const char *end = strchr(p, '&');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		const char *eq = memchr(p, '=', len);
		size_t name_len = eq ? (size_t)(eq - p) : len;

		if (len) {
			struct strbuf name = STRBUF_INIT, value = STRBUF_INIT;
			struct strbuf enc_name = STRBUF_INIT, enc_value = STRBUF_INIT;

			uri_decode(&name, p, name_len);
			if (eq)
				uri_decode(&value, eq + 1, len - name_len - 1);
			sigv4_uri_encode(&enc_name, name.buf, name.len, false);
			sigv4_uri_encode(&enc_value, value.buf, value.len, false);
			query_add_encoded(q, strbuf_detach(&enc_name),
					  strbuf_detach(&enc_value));
			strbuf_release(&name);
			strbuf_release(&value);
		}
		p = end ? end + 1 : NULL;
	}
}

static int query_param_compare(const void *a, const void *b)
{
	const struct query_param *x = a, *y = b;
	int by_name = strcmp(x->name, y->name);

	return by_name ? by_name : strcmp(x->value, y->value);
}

/* Sorts the parameters and writes "a=1&b=&c=%2F". */
static void query_write_sorted(struct strbuf *out, struct query_list *q)
{
	if (q->n)
		qsort(q->items, q->n, sizeof(*q->items), query_param_compare);
	for (size_t i = 0; i < q->n; i++) {
		if (i)
			strbuf_addch(out, '&');
		strbuf_addf(out, "%s=%s", q->items[i].name, q->items[i].value);
	}
}

static void query_release(struct query_list *q)
{
	for (size_t i = 0; i < q->n; i++) {
		free(q->items[i].name);
		free(q->items[i].value);
	}
	free(q->items);
	q->items = NULL;
	q->n = q->alloc = 0;
}

/* ---- canonical headers ------------------------------------------------- */

struct canonical_header {
	char *name;      /* lower-cased, trimmed */
	char *value;     /* trimmed, whitespace runs folded to one space */
	size_t position; /* order of appearance, to keep duplicates in order */
};

struct header_list {
	struct canonical_header *items;
	size_t n, alloc;
};

static int is_header_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

/* Trims and folds: "  a   b\n   c " -> "a b c" (also joins folded lines). */
static char *fold_header_value(const char *value)
{
	struct strbuf out = STRBUF_INIT;
	int pending_space = 0;

	for (const char *c = value ? value : ""; *c; c++) {
		if (is_header_space(*c)) {
			pending_space = 1;
			continue;
		}
		if (pending_space && out.len)
			strbuf_addch(&out, ' ');
		pending_space = 0;
		strbuf_addch(&out, *c);
	}
	return strbuf_detach(&out);
}

static char *lower_trimmed_name(const char *name)
{
	size_t start = 0, end = strlen(name);
	char *out;

	while (start < end && is_header_space(name[start]))
		start++;
	while (end > start && is_header_space(name[end - 1]))
		end--;
	out = xstrndup(name + start, end - start);
	for (char *c = out; *c; c++)
		if (*c >= 'A' && *c <= 'Z')
			*c = (char)(*c - 'A' + 'a');
	return out;
}

static void header_add(struct header_list *h, const char *name, const char *value)
{
	if (h->n == h->alloc) {
		h->alloc = h->alloc ? 2 * h->alloc : 8;
		h->items = xrealloc(h->items, h->alloc * sizeof(*h->items));
	}
	h->items[h->n].name = lower_trimmed_name(name);
	h->items[h->n].value = fold_header_value(value);
	h->items[h->n].position = h->n;
	h->n++;
}

static int header_list_has(const struct header_list *h, const char *lower_name)
{
	for (size_t i = 0; i < h->n; i++)
		if (!strcmp(h->items[i].name, lower_name))
			return 1;
	return 0;
}

static int canonical_header_compare(const void *a, const void *b)
{
	const struct canonical_header *x = a, *y = b;
	int by_name = strcmp(x->name, y->name);

	if (by_name)
		return by_name;
	return x->position < y->position ? -1 : x->position > y->position;
}

/*
 * Sorts the headers and writes the canonical block ("name:v1,v2\n" per
 * distinct name, duplicates joined in their original order) and the
 * signed header names ("host;x-amz-date").
 */
static void headers_write_sorted(struct header_list *h, struct strbuf *block,
				 struct strbuf *signed_names)
{
	if (h->n)
		qsort(h->items, h->n, sizeof(*h->items), canonical_header_compare);
	for (size_t i = 0; i < h->n; i++) {
		int same_as_previous = i && !strcmp(h->items[i].name, h->items[i - 1].name);

		if (same_as_previous) {
			strbuf_addf(block, ",%s", h->items[i].value);
			continue;
		}
		if (i) {
			strbuf_addch(block, '\n');
			strbuf_addch(signed_names, ';');
		}
		strbuf_addf(block, "%s:%s", h->items[i].name, h->items[i].value);
		strbuf_addstr(signed_names, h->items[i].name);
	}
	if (h->n)
		strbuf_addch(block, '\n');
}

static void header_list_release(struct header_list *h)
{
	for (size_t i = 0; i < h->n; i++) {
		free(h->items[i].name);
		free(h->items[i].value);
	}
	free(h->items);
	h->items = NULL;
	h->n = h->alloc = 0;
}

/* ---- signing ----------------------------------------------------------- */

/* What both modes share: the time strings and the credential scope. */
struct signing_scope {
	char amz_date[17]; /* 20150830T123600Z */
	char date8[9];     /* 20150830 */
	struct strbuf scope; /* 20150830/us-east-1/service/aws4_request */
};

static int signing_scope_init(struct signing_scope *s, time_t when,
			      const char *region, const char *service,
			      struct strbuf *err)
{
	struct tm tm;

	strbuf_init(&s->scope);
	if (!gmtime_r(&when, &tm) ||
	    strftime(s->amz_date, sizeof(s->amz_date), "%Y%m%dT%H%M%SZ", &tm) != 16) {
		strbuf_addf(err, "sigv4: cannot express time %lld as a UTC date",
			    (long long)when);
		return -1;
	}
	memcpy(s->date8, s->amz_date, 8);
	s->date8[8] = '\0';
	strbuf_addf(&s->scope, "%s/%s/%s/aws4_request", s->date8, region, service);
	return 0;
}

static int check_inputs(const struct sigv4_request *req,
			const struct sigv4_credentials *cred, struct strbuf *err)
{
	const char *missing = NULL;
	int has_host = 0;

	if (!req || !req->method || !*req->method)
		missing = "an HTTP method";
	else if (!req->region || !*req->region)
		missing = "a region";
	else if (!req->service || !*req->service)
		missing = "a service name";
	else if (!cred || !cred->access_key_id || !*cred->access_key_id)
		missing = "an access key id";
	else if (!cred->secret_access_key || !*cred->secret_access_key)
		missing = "a secret access key";
	else if (req->n_headers && !req->headers)
		missing = "the headers it counts";
	if (missing) {
		strbuf_addf(err, "sigv4: cannot sign without %s", missing);
		return -1;
	}
	for (size_t i = 0; i < req->n_headers; i++) {
		if (!req->headers[i].name) {
			strbuf_addf(err, "sigv4: header %zu has no name", i);
			return -1;
		}
		if (!strcasecmp(req->headers[i].name, "host"))
			has_host = 1;
	}
	if (!has_host) {
		strbuf_addstr(err, "sigv4: the request to sign has no Host header");
		return -1;
	}
	return 0;
}

static void header_list_from_request(struct header_list *h,
				     const struct sigv4_request *req)
{
	for (size_t i = 0; i < req->n_headers; i++)
		header_add(h, req->headers[i].name, req->headers[i].value);
}

/* Assembles the canonical request and the string to sign, and signs it. */
static void sign_canonical(const struct sigv4_request *req,
			   const struct sigv4_credentials *cred,
			   const struct signing_scope *scope,
			   const char *canonical_query,
			   const char *header_block, const char *signed_names,
			   const char *payload_hash,
			   char signature[65],
			   struct strbuf *creq, struct strbuf *sts)
{
	char creq_hash[65];
	unsigned char key[32], mac[32];

	strbuf_addf(creq, "%s\n", req->method);
	canonical_uri(creq, req);
	strbuf_addf(creq, "\n%s\n%s\n%s\n%s", canonical_query, header_block,
		    signed_names, payload_hash);

	sigv4_sha256_hex(creq->buf, creq->len, creq_hash);
	strbuf_addf(sts, "%s\n%s\n%s\n%s", SIGV4_ALGORITHM, scope->amz_date,
		    scope->scope.buf, creq_hash);

	sigv4_signing_key(cred->secret_access_key, scope->date8, req->region,
			  req->service, key);
	hmac_sha256(key, sizeof(key), sts->buf, sts->len, mac);
	hex_encode(mac, sizeof(mac), signature);
	OPENSSL_cleanse(key, sizeof(key));
}

static void set_output(struct strbuf *out, const struct strbuf *value)
{
	if (!out)
		return;
	strbuf_reset(out);
	strbuf_add(out, value->buf, value->len);
}

int sigv4_sign_headers(const struct sigv4_request *req,
		       const struct sigv4_credentials *cred,
		       struct strbuf *out_authorization,
		       struct strbuf *out_amz_date,
		       struct strbuf *out_canonical_request,
		       struct strbuf *out_string_to_sign,
		       struct strbuf *err)
{
	struct signing_scope scope;
	struct header_list headers = { 0 };
	struct query_list query = { 0 };
	struct strbuf canonical_query = STRBUF_INIT, header_block = STRBUF_INIT;
	struct strbuf signed_names = STRBUF_INIT, creq = STRBUF_INIT, sts = STRBUF_INIT;
	char payload_hash[65], signature[65];
	const char *payload = req ? req->payload_hash : NULL;

	if (check_inputs(req, cred, err) < 0 ||
	    signing_scope_init(&scope, req->when, req->region, req->service, err) < 0)
		return -1;

	header_list_from_request(&headers, req);
	if (!header_list_has(&headers, "x-amz-date"))
		header_add(&headers, "x-amz-date", scope.amz_date);
	if (cred->session_token && !header_list_has(&headers, "x-amz-security-token"))
		header_add(&headers, "x-amz-security-token", cred->session_token);
	headers_write_sorted(&headers, &header_block, &signed_names);

	query_parse(&query, req->query);
	query_write_sorted(&canonical_query, &query);

	if (!payload) {
		sigv4_sha256_hex(req->body, req->body_len, payload_hash);
		payload = payload_hash;
	}

	sign_canonical(req, cred, &scope, canonical_query.buf, header_block.buf,
		       signed_names.buf, payload, signature, &creq, &sts);

	if (out_authorization) {
		strbuf_reset(out_authorization);
		strbuf_addf(out_authorization,
			    "%s Credential=%s/%s, SignedHeaders=%s, Signature=%s",
			    SIGV4_ALGORITHM, cred->access_key_id, scope.scope.buf,
			    signed_names.buf, signature);
	}
	if (out_amz_date) {
		strbuf_reset(out_amz_date);
		strbuf_addstr(out_amz_date, scope.amz_date);
	}
	set_output(out_canonical_request, &creq);
	set_output(out_string_to_sign, &sts);

	header_list_release(&headers);
	query_release(&query);
	strbuf_release(&canonical_query);
	strbuf_release(&header_block);
	strbuf_release(&signed_names);
	strbuf_release(&creq);
	strbuf_release(&sts);
	strbuf_release(&scope.scope);
	return 0;
}

int sigv4_presign_query(const struct sigv4_request *req,
			const struct sigv4_credentials *cred,
			long expires_seconds,
			struct strbuf *out_query,
			struct strbuf *out_canonical_request,
			struct strbuf *out_string_to_sign,
			struct strbuf *err)
{
	struct signing_scope scope;
	struct header_list headers = { 0 };
	struct query_list query = { 0 };
	struct strbuf canonical_query = STRBUF_INIT, header_block = STRBUF_INIT;
	struct strbuf signed_names = STRBUF_INIT, creq = STRBUF_INIT, sts = STRBUF_INIT;
	struct strbuf credential = STRBUF_INIT;
	char expires[32], signature[65];
	const char *payload;

	if (check_inputs(req, cred, err) < 0)
		return -1;
	if (expires_seconds <= 0) {
		strbuf_addf(err, "sigv4: presigned URL expiry must be positive, not %ld",
			    expires_seconds);
		return -1;
	}
	if (signing_scope_init(&scope, req->when, req->region, req->service, err) < 0)
		return -1;

	header_list_from_request(&headers, req);
	headers_write_sorted(&headers, &header_block, &signed_names);

	strbuf_addf(&credential, "%s/%s", cred->access_key_id, scope.scope.buf);
	snprintf(expires, sizeof(expires), "%ld", expires_seconds);
	query_parse(&query, req->query);
	query_add(&query, "X-Amz-Algorithm", SIGV4_ALGORITHM);
	query_add(&query, "X-Amz-Credential", credential.buf);
	query_add(&query, "X-Amz-Date", scope.amz_date);
	query_add(&query, "X-Amz-Expires", expires);
	query_add(&query, "X-Amz-SignedHeaders", signed_names.buf);
	if (cred->session_token)
		query_add(&query, "X-Amz-Security-Token", cred->session_token);
	query_write_sorted(&canonical_query, &query);

	payload = req->payload_hash ? req->payload_hash : SIGV4_UNSIGNED_PAYLOAD;
	sign_canonical(req, cred, &scope, canonical_query.buf, header_block.buf,
		       signed_names.buf, payload, signature, &creq, &sts);

	if (out_query) {
		strbuf_reset(out_query);
		strbuf_addf(out_query, "%s&X-Amz-Signature=%s", canonical_query.buf,
			    signature);
	}
	set_output(out_canonical_request, &creq);
	set_output(out_string_to_sign, &sts);

	header_list_release(&headers);
	query_release(&query);
	strbuf_release(&canonical_query);
	strbuf_release(&header_block);
	strbuf_release(&signed_names);
	strbuf_release(&creq);
	strbuf_release(&sts);
	strbuf_release(&credential);
	strbuf_release(&scope.scope);
	return 0;
}

int sigv4_chunk_signature(const struct sigv4_credentials *cred,
			  const char *region, const char *service, time_t when,
			  const char *previous_signature,
			  const void *data, size_t len,
			  char out_signature[65],
			  struct strbuf *out_string_to_sign,
			  struct strbuf *err)
{
	struct signing_scope scope;
	struct strbuf sts = STRBUF_INIT;
	char data_hash[65];
	unsigned char key[32], mac[32];

	if (!cred || !cred->secret_access_key || !region || !service ||
	    !previous_signature) {
		strbuf_addstr(err, "sigv4: chunk signature needs credentials, region, "
			      "service and the previous signature");
		return -1;
	}
	if (signing_scope_init(&scope, when, region, service, err) < 0)
		return -1;

	sigv4_sha256_hex(data, len, data_hash);
	strbuf_addf(&sts, "%s-PAYLOAD\n%s\n%s\n%s\n%s\n%s", SIGV4_ALGORITHM,
		    scope.amz_date, scope.scope.buf, previous_signature,
		    SIGV4_EMPTY_SHA256, data_hash);

	sigv4_signing_key(cred->secret_access_key, scope.date8, region, service, key);
	hmac_sha256(key, sizeof(key), sts.buf, sts.len, mac);
	hex_encode(mac, sizeof(mac), out_signature);
	OPENSSL_cleanse(key, sizeof(key));

	set_output(out_string_to_sign, &sts);
	strbuf_release(&sts);
	strbuf_release(&scope.scope);
	return 0;
}
