/*
 * sigv4.c: AWS Signature Version 4. Builds canonical requests (URI, query,
 * headers, payload hash), strings to sign and signatures for Authorization
 * headers, presigned URLs and S3 aws-chunked uploads, and keeps the
 * thread-safe cache of per-day signing keys. SHA-256 and HMAC come from
 * OpenSSL's libcrypto; nothing here does I/O or reads the clock.
 */
#include "provider/aws/transport/sigv4.h"
#include "provider/base/encoding.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <openssl/evp.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/params.h>

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

/*
 * libcrypto's SHA-256 and HMAC, each fetched once: OpenSSL 3 looks an
 * algorithm up in its provider tables on every implicit use, which costs
 * about as much as hashing a canonical request.
 */
static EVP_MD *sha256_md;
static EVP_MAC *hmac_mac;
static pthread_once_t crypto_once = PTHREAD_ONCE_INIT;

static void crypto_fetch(void)
{
	sha256_md = EVP_MD_fetch(NULL, "SHA256", NULL);
	hmac_mac = EVP_MAC_fetch(NULL, "HMAC", NULL);
	if (!sha256_md || !hmac_mac)
		crypto_failed();
}

static const EVP_MD *md_sha256(void)
{
	pthread_once(&crypto_once, crypto_fetch);
	return sha256_md;
}

static void sha256(const void *data, size_t len, unsigned char out[32])
{
	unsigned int out_len = 0;

	if (!EVP_Digest(data ? data : "", len, out, &out_len, md_sha256(), NULL) ||
	    out_len != 32)
		crypto_failed();
}

/* A new HMAC-SHA256 context keyed with key; the caller frees it. */
static EVP_MAC_CTX *hmac_keyed(const void *key, size_t key_len)
{
	OSSL_PARAM params[] = {
		OSSL_PARAM_construct_utf8_string("digest", "SHA256", 0),
		OSSL_PARAM_construct_end(),
	};
	EVP_MAC_CTX *ctx;

	pthread_once(&crypto_once, crypto_fetch);
	ctx = EVP_MAC_CTX_new(hmac_mac);
	if (!ctx || !EVP_MAC_init(ctx, key, key_len, params))
		crypto_failed();
	return ctx;
}

/* The MAC of data under a keyed context, which it frees. */
static void hmac_finish(EVP_MAC_CTX *ctx, const void *data, size_t len,
			unsigned char out[32])
{
	size_t out_len = 0;

	if (!EVP_MAC_update(ctx, data, len) ||
	    !EVP_MAC_final(ctx, out, &out_len, 32) || out_len != 32)
		crypto_failed();
	EVP_MAC_CTX_free(ctx);
}

static void hmac_sha256(const void *key, size_t key_len,
			const void *data, size_t len, unsigned char out[32])
{
	hmac_finish(hmac_keyed(key, key_len), data, len, out);
}

void sigv4_sha256_hex(const void *data, size_t len, char out[65])
{
	unsigned char digest[32];

	sha256(data, len, digest);
	hex_text(digest, sizeof(digest), out);
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
 * pairs, and the date changes once a day. Entries are keyed by the secret
 * itself (compared in constant time; the process holds it anyway, in its
 * credentials), and a replaced entry's secret and key are wiped; the oldest
 * slot is replaced when all are used. Secrets, region or service names too
 * long for a slot bypass the cache. Each entry keeps an HMAC context
 * already keyed with its signing key: a signature copies it instead of
 * keying anew.
 */
#define KEY_CACHE_SLOTS 16
#define KEY_CACHE_NAME_MAX 64
#define KEY_CACHE_SECRET_MAX 128

struct key_cache_entry {
	int used;
	size_t secret_len;
	char secret[KEY_CACHE_SECRET_MAX];
	char date8[9];
	char region[KEY_CACHE_NAME_MAX];
	char service[KEY_CACHE_NAME_MAX];
	unsigned char signing_key[32];
	EVP_MAC_CTX *mac; /* keyed with signing_key */
};

static struct key_cache_entry key_cache[KEY_CACHE_SLOTS];
static size_t key_cache_next_slot;
static pthread_mutex_t key_cache_lock = PTHREAD_MUTEX_INITIALIZER;

static int key_cache_entry_matches(const struct key_cache_entry *e,
				   const char *secret, size_t secret_len,
				   const char *date8, const char *region,
				   const char *service)
{
	return e->used && e->secret_len == secret_len &&
	       !CRYPTO_memcmp(e->secret, secret, secret_len) &&
	       !strcmp(e->date8, date8) && !strcmp(e->region, region) &&
	       !strcmp(e->service, service);
}

/* The signing key for this scope in out, and a new HMAC context keyed
 * with it, which the caller frees. */
static EVP_MAC_CTX *signing_key_mac(const char *secret, const char *date8,
				    const char *region, const char *service,
				    unsigned char out[32])
{
	size_t secret_len = strlen(secret);
	struct key_cache_entry *slot;
	EVP_MAC_CTX *mac, *copy = NULL;

	if (strlen(date8) != 8 || strlen(region) >= KEY_CACHE_NAME_MAX ||
	    strlen(service) >= KEY_CACHE_NAME_MAX || secret_len >= KEY_CACHE_SECRET_MAX) {
		derive_signing_key(secret, date8, region, service, out);
		return hmac_keyed(out, 32);
	}

	pthread_mutex_lock(&key_cache_lock);
	for (size_t i = 0; i < KEY_CACHE_SLOTS && !copy; i++) {
		if (key_cache_entry_matches(&key_cache[i], secret, secret_len,
					    date8, region, service)) {
			memcpy(out, key_cache[i].signing_key, 32);
			copy = EVP_MAC_CTX_dup(key_cache[i].mac);
			if (!copy)
				crypto_failed();
		}
	}
	pthread_mutex_unlock(&key_cache_lock);
	if (copy)
		return copy;

	/* Derive outside the lock; two threads may both derive, which is harmless. */
	derive_signing_key(secret, date8, region, service, out);
	mac = hmac_keyed(out, 32);

	pthread_mutex_lock(&key_cache_lock);
	slot = &key_cache[key_cache_next_slot];
	key_cache_next_slot = (key_cache_next_slot + 1) % KEY_CACHE_SLOTS;
	EVP_MAC_CTX_free(slot->mac);
	OPENSSL_cleanse(slot, sizeof(*slot));
	slot->used = 1;
	slot->secret_len = secret_len;
	memcpy(slot->secret, secret, secret_len);
	memcpy(slot->date8, date8, 9);
	strcpy(slot->region, region);
	strcpy(slot->service, service);
	memcpy(slot->signing_key, out, 32);
	slot->mac = mac;
	copy = EVP_MAC_CTX_dup(mac);
	pthread_mutex_unlock(&key_cache_lock);
	if (!copy)
		crypto_failed();
	return copy;
}

void sigv4_signing_key(const char *secret, const char *date8,
		       const char *region, const char *service,
		       unsigned char out[32])
{
	EVP_MAC_CTX_free(signing_key_mac(secret, date8, region, service, out));
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
	char *p;

	strbuf_grow(out, 3 * len);
	p = out->buf + out->len;
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (is_unreserved(c) || (keep_slash && c == '/')) {
			*p++ = (char)c;
		} else {
			*p++ = '%';
			*p++ = digits[c >> 4];
			*p++ = digits[c & 15];
		}
	}
	out->len = (size_t)(p - out->buf);
	out->buf[out->len] = '\0';
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

/* ---- the workspace ----------------------------------------------------- */

/*
 * Everything one signature builds, kept per thread and reused: once its
 * buffers have grown to a request's size, a signature allocates nothing.
 * Header and query names and values live in one text buffer; the lists
 * hold offsets into it, turned into pointers once the text stops growing.
 */
struct text_pair {
	size_t name, value;         /* offsets into the workspace's text */
	const char *name_ptr, *value_ptr;
	size_t position;            /* order of appearance (headers) */
};

struct pair_list {
	struct text_pair *items;
	size_t n, alloc;
};

struct workspace {
	struct strbuf text;
	struct pair_list headers, query;
	struct strbuf path, normal, canonical_query, header_block, signed_names;
	struct strbuf creq, sts, scope, credential;
	EVP_MD_CTX *digest;
	/* The HMAC context keyed for the last scope this thread signed in. */
	EVP_MAC_CTX *mac;
	struct key_cache_entry mac_for;
};

static pthread_key_t workspace_key;
static pthread_once_t workspace_once = PTHREAD_ONCE_INIT;

static void workspace_free(void *p)
{
	struct workspace *ws = p;
	struct strbuf *bufs[] = {
		&ws->text, &ws->path, &ws->normal, &ws->canonical_query,
		&ws->header_block, &ws->signed_names, &ws->creq, &ws->sts,
		&ws->scope, &ws->credential,
	};

	for (size_t i = 0; i < sizeof(bufs) / sizeof(bufs[0]); i++)
		strbuf_release(bufs[i]);
	free(ws->headers.items);
	free(ws->query.items);
	EVP_MD_CTX_free(ws->digest);
	EVP_MAC_CTX_free(ws->mac);
	OPENSSL_cleanse(&ws->mac_for, sizeof(ws->mac_for));
	free(ws);
}

static void workspace_key_create(void)
{
	if (pthread_key_create(&workspace_key, workspace_free))
		crypto_failed();
}

/* This thread's workspace, emptied. */
static struct workspace *workspace_get(void)
{
	struct workspace *ws;

	pthread_once(&workspace_once, workspace_key_create);
	ws = pthread_getspecific(workspace_key);
	if (!ws) {
		ws = xcalloc(1, sizeof(*ws));
		strbuf_init(&ws->text);
		strbuf_init(&ws->path);
		strbuf_init(&ws->normal);
		strbuf_init(&ws->canonical_query);
		strbuf_init(&ws->header_block);
		strbuf_init(&ws->signed_names);
		strbuf_init(&ws->creq);
		strbuf_init(&ws->sts);
		strbuf_init(&ws->scope);
		strbuf_init(&ws->credential);
		ws->digest = EVP_MD_CTX_new();
		if (!ws->digest || pthread_setspecific(workspace_key, ws))
			crypto_failed();
	}
	strbuf_reset(&ws->text);
	strbuf_reset(&ws->path);
	strbuf_reset(&ws->normal);
	strbuf_reset(&ws->canonical_query);
	strbuf_reset(&ws->header_block);
	strbuf_reset(&ws->signed_names);
	strbuf_reset(&ws->creq);
	strbuf_reset(&ws->sts);
	strbuf_reset(&ws->scope);
	strbuf_reset(&ws->credential);
	ws->headers.n = ws->query.n = 0;
	return ws;
}

static struct text_pair *pair_add(struct pair_list *l)
{
	if (l->n == l->alloc) {
		l->alloc = l->alloc ? 2 * l->alloc : 16;
		l->items = xrealloc(l->items, l->alloc * sizeof(*l->items));
	}
	l->items[l->n].position = l->n;
	return &l->items[l->n++];
}

/* Resolves the offsets of a list into pointers: the text is complete. */
static void pairs_resolve(struct pair_list *l, const struct strbuf *text)
{
	for (size_t i = 0; i < l->n; i++) {
		l->items[i].name_ptr = text->buf + l->items[i].name;
		l->items[i].value_ptr = text->buf + l->items[i].value;
	}
}

/* The SHA-256 of data in hex, with the workspace's reused context. */
static void workspace_sha256_hex(struct workspace *ws, const void *data, size_t len,
				 char out[65])
{
	unsigned char digest[32];
	unsigned int out_len = 0;

	if (!EVP_DigestInit_ex2(ws->digest, md_sha256(), NULL) ||
	    !EVP_DigestUpdate(ws->digest, data, len) ||
	    !EVP_DigestFinal_ex(ws->digest, digest, &out_len) || out_len != 32)
		crypto_failed();
	hex_text(digest, sizeof(digest), out);
}

/* The workspace's HMAC context, ready to MAC with the signing key of this
 * scope: the one already keyed when the scope is the last one this thread
 * signed in (the usual case), else a copy from the key cache. */
static EVP_MAC_CTX *workspace_mac(struct workspace *ws, const char *secret,
				  const char *date8, const char *region,
				  const char *service)
{
	size_t secret_len = strlen(secret);
	unsigned char key[32];

	if (ws->mac && key_cache_entry_matches(&ws->mac_for, secret, secret_len,
					       date8, region, service)) {
		if (!EVP_MAC_init(ws->mac, NULL, 0, NULL))
			crypto_failed();
		return ws->mac;
	}
	EVP_MAC_CTX_free(ws->mac);
	ws->mac = signing_key_mac(secret, date8, region, service, key);
	OPENSSL_cleanse(key, sizeof(key));
	OPENSSL_cleanse(&ws->mac_for, sizeof(ws->mac_for));
	/* Remembered only when it fits, as in the key cache. */
	if (secret_len < KEY_CACHE_SECRET_MAX && strlen(date8) == 8 &&
	    strlen(region) < KEY_CACHE_NAME_MAX && strlen(service) < KEY_CACHE_NAME_MAX) {
		ws->mac_for.used = 1;
		ws->mac_for.secret_len = secret_len;
		memcpy(ws->mac_for.secret, secret, secret_len);
		memcpy(ws->mac_for.date8, date8, 9);
		strcpy(ws->mac_for.region, region);
		strcpy(ws->mac_for.service, service);
	}
	return ws->mac;
}

/* The hex MAC of text under the workspace's keyed context. */
static void mac_hex(EVP_MAC_CTX *key, const struct strbuf *text, char out[65])
{
	unsigned char mac[32];
	size_t mac_len = 0;

	if (!EVP_MAC_update(key, (const unsigned char *)text->buf, text->len) ||
	    !EVP_MAC_final(key, mac, &mac_len, sizeof(mac)) || mac_len != 32)
		crypto_failed();
	hex_text(mac, sizeof(mac), out);
}

/* ---- canonical query string ------------------------------------------- */

/* Adds a parameter given in decoded (plain) form. */
static void query_add(struct workspace *ws, const char *name, const char *value)
{
	struct text_pair *p = pair_add(&ws->query);

	p->name = ws->text.len;
	sigv4_uri_encode(&ws->text, name, strlen(name), false);
	strbuf_addch(&ws->text, '\0');
	p->value = ws->text.len;
	sigv4_uri_encode(&ws->text, value, strlen(value), false);
	strbuf_addch(&ws->text, '\0');
}

/* Splits "a=1&b&c=%2F" into parameters: each part decoded, then re-encoded. */
static void query_parse(struct workspace *ws, const char *query)
{
	const char *p = query;

	while (p && *p) {
		const char *end = strchr(p, '&');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		const char *eq = memchr(p, '=', len);
		size_t name_len = eq ? (size_t)(eq - p) : len;

		if (len) {
			struct text_pair *param = pair_add(&ws->query);

			strbuf_reset(&ws->normal);
			uri_decode(&ws->normal, p, name_len);
			param->name = ws->text.len;
			sigv4_uri_encode(&ws->text, ws->normal.buf, ws->normal.len, false);
			strbuf_addch(&ws->text, '\0');
			strbuf_reset(&ws->normal);
			if (eq)
				uri_decode(&ws->normal, eq + 1, len - name_len - 1);
			param->value = ws->text.len;
			sigv4_uri_encode(&ws->text, ws->normal.buf, ws->normal.len, false);
			strbuf_addch(&ws->text, '\0');
		}
		p = end ? end + 1 : NULL;
	}
	strbuf_reset(&ws->normal);
}

static int query_param_compare(const void *a, const void *b)
{
	const struct text_pair *x = a, *y = b;
	int by_name = strcmp(x->name_ptr, y->name_ptr);

	return by_name ? by_name : strcmp(x->value_ptr, y->value_ptr);
}

/* Sorts the parameters and writes "a=1&b=&c=%2F". */
static void query_write_sorted(struct strbuf *out, struct workspace *ws)
{
	struct pair_list *q = &ws->query;

	pairs_resolve(q, &ws->text);
	if (q->n > 1)
		qsort(q->items, q->n, sizeof(*q->items), query_param_compare);
	for (size_t i = 0; i < q->n; i++) {
		if (i)
			strbuf_addch(out, '&');
		strbuf_addstr(out, q->items[i].name_ptr);
		strbuf_addch(out, '=');
		strbuf_addstr(out, q->items[i].value_ptr);
	}
}

/* ---- canonical headers ------------------------------------------------- */

static int is_header_space(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

/* The bounds of s without the header spaces around it. */
static void trim_bounds(const char *s, size_t *start, size_t *end)
{
	*start = 0;
	*end = strlen(s);
	while (*start < *end && is_header_space(s[*start]))
		(*start)++;
	while (*end > *start && is_header_space(s[*end - 1]))
		(*end)--;
}

/* Appends value trimmed and folded: "  a   b\n   c " -> "a b c" (also joins
 * folded lines), then its NUL. A value with no space inside (most are) is
 * copied whole. */
static void text_add_folded(struct strbuf *text, const char *value)
{
	size_t start, end, at = text->len;
	int pending_space = 0;

	value = value ? value : "";
	trim_bounds(value, &start, &end);
	for (size_t i = start; i < end && !pending_space; i++)
		pending_space = is_header_space(value[i]);
	if (!pending_space) {
		strbuf_add(text, value + start, end - start);
		strbuf_addch(text, '\0');
		return;
	}
	pending_space = 0;
	for (size_t i = start; i < end; i++) {
		if (is_header_space(value[i])) {
			pending_space = 1;
			continue;
		}
		if (pending_space && text->len > at)
			strbuf_addch(text, ' ');
		pending_space = 0;
		strbuf_addch(text, value[i]);
	}
	strbuf_addch(text, '\0');
}

/* Appends name trimmed and lower-cased, then its NUL. */
static void text_add_lower_trimmed(struct strbuf *text, const char *name)
{
	size_t start, end, at = text->len;

	trim_bounds(name, &start, &end);
	strbuf_add(text, name + start, end - start);
	for (char *c = text->buf + at; *c; c++)
		if (*c >= 'A' && *c <= 'Z')
			*c = (char)(*c - 'A' + 'a');
	strbuf_addch(text, '\0');
}

static void header_add(struct workspace *ws, const char *name, const char *value)
{
	struct text_pair *h = pair_add(&ws->headers);

	h->name = ws->text.len;
	text_add_lower_trimmed(&ws->text, name);
	h->value = ws->text.len;
	text_add_folded(&ws->text, value);
}

static int header_list_has(const struct workspace *ws, const char *lower_name)
{
	for (size_t i = 0; i < ws->headers.n; i++)
		if (!strcmp(ws->text.buf + ws->headers.items[i].name, lower_name))
			return 1;
	return 0;
}

static int canonical_header_compare(const void *a, const void *b)
{
	const struct text_pair *x = a, *y = b;
	int by_name = strcmp(x->name_ptr, y->name_ptr);

	if (by_name)
		return by_name;
	return x->position < y->position ? -1 : x->position > y->position;
}

/*
 * Sorts the headers and writes the canonical block ("name:v1,v2\n" per
 * distinct name, duplicates joined in their original order) and the
 * signed header names ("host;x-amz-date").
 */
static void headers_write_sorted(struct workspace *ws)
{
	struct pair_list *h = &ws->headers;
	struct strbuf *block = &ws->header_block, *signed_names = &ws->signed_names;

	pairs_resolve(h, &ws->text);
	if (h->n > 1)
		qsort(h->items, h->n, sizeof(*h->items), canonical_header_compare);
	for (size_t i = 0; i < h->n; i++) {
		int same_as_previous = i && !strcmp(h->items[i].name_ptr,
						     h->items[i - 1].name_ptr);

		if (same_as_previous) {
			strbuf_addch(block, ',');
			strbuf_addstr(block, h->items[i].value_ptr);
			continue;
		}
		if (i) {
			strbuf_addch(block, '\n');
			strbuf_addch(signed_names, ';');
		}
		strbuf_addstr(block, h->items[i].name_ptr);
		strbuf_addch(block, ':');
		strbuf_addstr(block, h->items[i].value_ptr);
		strbuf_addstr(signed_names, h->items[i].name_ptr);
	}
	if (h->n)
		strbuf_addch(block, '\n');
}

/* ---- signing ----------------------------------------------------------- */

/* What both modes share: the time strings and the credential scope. */
struct signing_scope {
	char amz_date[17]; /* 20150830T123600Z */
	char date8[9];     /* 20150830 */
	const struct strbuf *scope; /* 20150830/us-east-1/service/aws4_request,
	                               in the workspace */
};

/* Writes value as exactly `width` decimal digits (zero-padded). */
static void put_digits(char *out, int value, int width)
{
	for (int i = width - 1; i >= 0; i--, value /= 10)
		out[i] = (char)('0' + value % 10);
}

static int signing_scope_init(struct workspace *ws, struct signing_scope *s,
			      time_t when, const char *region, const char *service,
			      struct strbuf *err)
{
	struct tm tm;

	if (!gmtime_r(&when, &tm) || tm.tm_year + 1900 < 0 || tm.tm_year + 1900 > 9999) {
		strbuf_addf(err, "sigv4: cannot express time %lld as a UTC date",
			    (long long)when);
		return -1;
	}
	put_digits(s->amz_date, tm.tm_year + 1900, 4);
	put_digits(s->amz_date + 4, tm.tm_mon + 1, 2);
	put_digits(s->amz_date + 6, tm.tm_mday, 2);
	s->amz_date[8] = 'T';
	put_digits(s->amz_date + 9, tm.tm_hour, 2);
	put_digits(s->amz_date + 11, tm.tm_min, 2);
	put_digits(s->amz_date + 13, tm.tm_sec, 2);
	memcpy(s->amz_date + 15, "Z", 2);
	memcpy(s->date8, s->amz_date, 8);
	s->date8[8] = '\0';
	strbuf_add(&ws->scope, s->date8, 8);
	strbuf_addch(&ws->scope, '/');
	strbuf_addstr(&ws->scope, region);
	strbuf_addch(&ws->scope, '/');
	strbuf_addstr(&ws->scope, service);
	strbuf_addstr(&ws->scope, "/aws4_request");
	s->scope = &ws->scope;
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

static void canonical_uri(struct workspace *ws, const struct sigv4_request *req)
{
	struct strbuf *path = &ws->path;

	if (!req->path || req->path[0] != '/')
		strbuf_addch(path, '/');
	if (req->path)
		strbuf_addstr(path, req->path);

	if (req->s3_rules) {
		sigv4_uri_encode(&ws->creq, path->buf, path->len, true);
	} else {
		strbuf_reset(&ws->normal);
		normalize_path(&ws->normal, path->buf);
		sigv4_uri_encode(&ws->creq, ws->normal.buf, ws->normal.len, true);
	}
}

/* Assembles the canonical request and the string to sign in the workspace
 * (its canonical query, header block and signed names already written),
 * and signs it. */
static void sign_canonical(struct workspace *ws, const struct sigv4_request *req,
			   const struct sigv4_credentials *cred,
			   const struct signing_scope *scope,
			   const char *payload_hash, char signature[65])
{
	struct strbuf *creq = &ws->creq, *sts = &ws->sts;
	const struct strbuf *const rest[] = {
		&ws->canonical_query, &ws->header_block, &ws->signed_names,
	};
	char creq_hash[65];
	EVP_MAC_CTX *key;

	strbuf_addstr(creq, req->method);
	strbuf_addch(creq, '\n');
	canonical_uri(ws, req);
	for (size_t i = 0; i < 3; i++) {
		strbuf_addch(creq, '\n');
		strbuf_add(creq, rest[i]->buf, rest[i]->len);
	}
	strbuf_addch(creq, '\n');
	strbuf_addstr(creq, payload_hash);

	workspace_sha256_hex(ws, creq->buf, creq->len, creq_hash);
	strbuf_addstr(sts, SIGV4_ALGORITHM "\n");
	strbuf_addstr(sts, scope->amz_date);
	strbuf_addch(sts, '\n');
	strbuf_add(sts, scope->scope->buf, scope->scope->len);
	strbuf_addch(sts, '\n');
	strbuf_addstr(sts, creq_hash);

	key = workspace_mac(ws, cred->secret_access_key, scope->date8, req->region,
			    req->service);
	mac_hex(key, sts, signature);
}

static void set_output(struct strbuf *out, const struct strbuf *value)
{
	if (!out)
		return;
	strbuf_reset(out);
	strbuf_add(out, value->buf, value->len);
}

static void header_list_from_request(struct workspace *ws,
				     const struct sigv4_request *req)
{
	for (size_t i = 0; i < req->n_headers; i++)
		header_add(ws, req->headers[i].name, req->headers[i].value);
}

int sigv4_sign_headers(const struct sigv4_request *req,
		       const struct sigv4_credentials *cred,
		       struct strbuf *out_authorization,
		       struct strbuf *out_amz_date,
		       struct strbuf *out_canonical_request,
		       struct strbuf *out_string_to_sign,
		       struct strbuf *err)
{
	struct workspace *ws;
	struct signing_scope scope;
	char payload_hash[65], signature[65];
	const char *payload = req ? req->payload_hash : NULL;

	if (check_inputs(req, cred, err) < 0)
		return -1;
	ws = workspace_get();
	if (signing_scope_init(ws, &scope, req->when, req->region, req->service, err) < 0)
		return -1;

	header_list_from_request(ws, req);
	if (!header_list_has(ws, "x-amz-date"))
		header_add(ws, "x-amz-date", scope.amz_date);
	if (cred->session_token && !header_list_has(ws, "x-amz-security-token"))
		header_add(ws, "x-amz-security-token", cred->session_token);
	query_parse(ws, req->query);
	headers_write_sorted(ws);
	query_write_sorted(&ws->canonical_query, ws);

	if (!payload) {
		sigv4_sha256_hex(req->body, req->body_len, payload_hash);
		payload = payload_hash;
	}
	sign_canonical(ws, req, cred, &scope, payload, signature);

	if (out_authorization) {
		strbuf_reset(out_authorization);
		strbuf_addstr(out_authorization, SIGV4_ALGORITHM " Credential=");
		strbuf_addstr(out_authorization, cred->access_key_id);
		strbuf_addch(out_authorization, '/');
		strbuf_add(out_authorization, ws->scope.buf, ws->scope.len);
		strbuf_addstr(out_authorization, ", SignedHeaders=");
		strbuf_add(out_authorization, ws->signed_names.buf, ws->signed_names.len);
		strbuf_addstr(out_authorization, ", Signature=");
		strbuf_addstr(out_authorization, signature);
	}
	if (out_amz_date) {
		strbuf_reset(out_amz_date);
		strbuf_addstr(out_amz_date, scope.amz_date);
	}
	set_output(out_canonical_request, &ws->creq);
	set_output(out_string_to_sign, &ws->sts);
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
	struct workspace *ws;
	struct signing_scope scope;
	char expires[32], signature[65];
	const char *payload;

	if (check_inputs(req, cred, err) < 0)
		return -1;
	if (expires_seconds <= 0) {
		strbuf_addf(err, "sigv4: presigned URL expiry must be positive, not %ld",
			    expires_seconds);
		return -1;
	}
	ws = workspace_get();
	if (signing_scope_init(ws, &scope, req->when, req->region, req->service, err) < 0)
		return -1;

	header_list_from_request(ws, req);
	headers_write_sorted(ws);

	strbuf_addstr(&ws->credential, cred->access_key_id);
	strbuf_addch(&ws->credential, '/');
	strbuf_add(&ws->credential, ws->scope.buf, ws->scope.len);
	snprintf(expires, sizeof(expires), "%ld", expires_seconds);
	query_parse(ws, req->query);
	query_add(ws, "X-Amz-Algorithm", SIGV4_ALGORITHM);
	query_add(ws, "X-Amz-Credential", ws->credential.buf);
	query_add(ws, "X-Amz-Date", scope.amz_date);
	query_add(ws, "X-Amz-Expires", expires);
	query_add(ws, "X-Amz-SignedHeaders", ws->signed_names.buf);
	if (cred->session_token)
		query_add(ws, "X-Amz-Security-Token", cred->session_token);
	query_write_sorted(&ws->canonical_query, ws);

	payload = req->payload_hash ? req->payload_hash : SIGV4_UNSIGNED_PAYLOAD;
	sign_canonical(ws, req, cred, &scope, payload, signature);

	if (out_query) {
		strbuf_reset(out_query);
		strbuf_add(out_query, ws->canonical_query.buf, ws->canonical_query.len);
		strbuf_addstr(out_query, "&X-Amz-Signature=");
		strbuf_addstr(out_query, signature);
	}
	set_output(out_canonical_request, &ws->creq);
	set_output(out_string_to_sign, &ws->sts);
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
	struct workspace *ws;
	struct signing_scope scope;
	char data_hash[65];
	EVP_MAC_CTX *key;

	if (!cred || !cred->secret_access_key || !region || !service ||
	    !previous_signature) {
		strbuf_addstr(err, "sigv4: chunk signature needs credentials, region, "
			      "service and the previous signature");
		return -1;
	}
	ws = workspace_get();
	if (signing_scope_init(ws, &scope, when, region, service, err) < 0)
		return -1;

	workspace_sha256_hex(ws, data, len, data_hash);
	strbuf_addf(&ws->sts, "%s-PAYLOAD\n%s\n%s\n%s\n%s\n%s", SIGV4_ALGORITHM,
		    scope.amz_date, ws->scope.buf, previous_signature,
		    SIGV4_EMPTY_SHA256, data_hash);

	key = workspace_mac(ws, cred->secret_access_key, scope.date8, region, service);
	mac_hex(key, &ws->sts, out_signature);
	set_output(out_string_to_sign, &ws->sts);
	return 0;
}
