/*
 * s3.c: S3 helpers shared by the aws.s3.* resource types: calls that may
 * answer "absent", subresource documents, digests, tag sets, and emptying a
 * bucket (ListObjectVersions / ListObjectsV2 + DeleteObjects in batches), and
 * the bucket listings paged by paging.c's engine (s3_list_paged).
 */
#include "provider/aws/transport/s3.h"

#include <errno.h>
#include <openssl/evp.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "provider/aws/transport/paging.h"
#include "provider/aws/transport/sigv4.h"
#include "provider/aws/transport/xml.h"
#include "provider/base/encoding.h"
#include "provider/base/text.h"

#define S3_DELETE_BATCH 1000

void s3_md5_base64(const void *data, size_t len, char out[S3_MD5_B64_SIZE])
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int md_len = 0;

	EVP_Digest(data, len, md, &md_len, EVP_md5(), NULL);
	base64_text(md, md_len, out);
}

int s3_file_digests(const char *path, char md5_b64[S3_MD5_B64_SIZE],
		    char sha256_hex[65], struct strbuf *err)
{
	FILE *f = fopen(path, "rb");
	EVP_MD_CTX *md5 = NULL, *sha = NULL;
	unsigned char buf[65536], md[EVP_MAX_MD_SIZE];
	unsigned int md_len;
	size_t n;
	int ret = -1;

	if (!f) {
		strbuf_addf(err, "cannot open %s: %s", path, strerror(errno));
		return -1;
	}
	/* Only the digests asked for: MD5 costs twice SHA-256's time. */
	md5 = md5_b64 ? EVP_MD_CTX_new() : NULL;
	sha = sha256_hex ? EVP_MD_CTX_new() : NULL;
	if ((md5_b64 && (!md5 || !EVP_DigestInit_ex(md5, EVP_md5(), NULL))) ||
	    (sha256_hex && (!sha || !EVP_DigestInit_ex(sha, EVP_sha256(), NULL)))) {
		strbuf_addstr(err, "cannot initialise OpenSSL digests");
		goto out;
	}
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0) {
		if (md5)
			EVP_DigestUpdate(md5, buf, n);
		if (sha)
			EVP_DigestUpdate(sha, buf, n);
	}
	if (ferror(f)) {
		strbuf_addf(err, "cannot read %s: %s", path, strerror(errno));
		goto out;
	}
	if (md5_b64) {
		EVP_DigestFinal_ex(md5, md, &md_len);
		base64_text(md, md_len, md5_b64);
	}
	if (sha256_hex) {
		EVP_DigestFinal_ex(sha, md, &md_len);
		hex_text(md, md_len, sha256_hex);
	}
	ret = 0;
out:
	EVP_MD_CTX_free(md5);
	EVP_MD_CTX_free(sha);
	fclose(f);
	return ret;
}

/* Hashes already taken, by file identity. */
struct sha256_memo {
	dev_t dev;
	ino_t ino;
	off_t size;
	struct timespec mtime, ctime;
	char sha256_hex[65];
};

#define SHA256_MEMO_SLOTS 16

static pthread_mutex_t memo_lock = PTHREAD_MUTEX_INITIALIZER;
static struct sha256_memo memo[SHA256_MEMO_SLOTS];
static size_t memo_used, memo_next;

static bool same_identity(const struct sha256_memo *m, const struct stat *st)
{
	return m->dev == st->st_dev && m->ino == st->st_ino && m->size == st->st_size &&
	       m->mtime.tv_sec == st->st_mtim.tv_sec && m->mtime.tv_nsec == st->st_mtim.tv_nsec &&
	       m->ctime.tv_sec == st->st_ctim.tv_sec && m->ctime.tv_nsec == st->st_ctim.tv_nsec;
}

int s3_file_sha256(const char *path, char sha256_hex[65], struct strbuf *err)
{
	struct stat before, after;
	bool found = false;

	if (stat(path, &before) < 0) {
		strbuf_addf(err, "cannot open %s: %s", path, strerror(errno));
		return -1;
	}
	pthread_mutex_lock(&memo_lock);
	for (size_t i = 0; i < memo_used && !found; i++) {
		if (same_identity(&memo[i], &before)) {
			memcpy(sha256_hex, memo[i].sha256_hex, 65);
			found = true;
		}
	}
	pthread_mutex_unlock(&memo_lock);
	if (found)
		return 0;
	if (s3_file_digests(path, NULL, sha256_hex, err))
		return -1;
	/* Remember it only when the file did not change while it was read. */
	if (stat(path, &after) == 0) {
		struct sha256_memo m = {
			.dev = before.st_dev, .ino = before.st_ino, .size = before.st_size,
			.mtime = before.st_mtim, .ctime = before.st_ctim,
		};

		if (same_identity(&m, &after)) {
			memcpy(m.sha256_hex, sha256_hex, 65);
			pthread_mutex_lock(&memo_lock);
			memo[memo_next] = m;
			memo_next = (memo_next + 1) % SHA256_MEMO_SLOTS;
			if (memo_used < SHA256_MEMO_SLOTS)
				memo_used++;
			pthread_mutex_unlock(&memo_lock);
		}
	}
	return 0;
}

static bool code_in(const struct aws_response *resp, const char *const *codes)
{
	for (; codes && *codes; codes++) {
		if (resp->error_code && !strcmp(resp->error_code, *codes))
			return true;
		if (resp->status == 404 && !strcmp(*codes, "404"))
			return true;
	}
	return false;
}

int s3_call(struct aws_client *c, struct aws_request *req,
	    const char *const *tolerated, struct aws_response *resp,
	    struct strbuf *err)
{
	struct strbuf call_err = STRBUF_INIT;
	int ret;

	req->service = "s3";
	memset(resp, 0, sizeof(*resp));
	ret = aws_send(c, req, resp, &call_err);
	if (ret < 0) {
		if (resp->status && code_in(resp, tolerated))
			ret = 1;
		else
			strbuf_add(err, call_err.buf, call_err.len);
	}
	strbuf_release(&call_err);
	return ret;
}

int s3_put_document(struct aws_client *c, const char *operation,
		    const char *bucket, const char *path, const char *query,
		    const char *content_type, const char *body, size_t len,
		    struct strbuf *err)
{
	char md5[S3_MD5_B64_SIZE];
	struct aws_header headers[2];
	struct aws_request req = {
		.operation = operation, .method = "PUT", .bucket = bucket,
		.path = path, .query = query, .headers = headers, .n_headers = 2,
		.body = body, .body_len = len,
	};
	struct aws_response resp;
	int ret;

	s3_md5_base64(body, len, md5);
	headers[0] = (struct aws_header){ .name = "Content-Type", .value = (char *)content_type };
	headers[1] = (struct aws_header){ .name = "Content-MD5", .value = md5 };
	ret = s3_call(c, &req, NULL, &resp, err);
	aws_response_free(&resp);
	return ret;
}

int s3_get_xml(struct aws_client *c, const char *operation, const char *bucket,
	       const char *path, const char *query,
	       const char *const *absent_codes, xmlDocPtr *doc,
	       struct strbuf *err)
{
	struct aws_request req = {
		.operation = operation, .method = "GET", .bucket = bucket,
		.path = path, .query = query,
	};
	struct aws_response resp;
	struct strbuf parse_err = STRBUF_INIT;
	int ret;

	*doc = NULL;
	ret = s3_call(c, &req, absent_codes, &resp, err);
	if (ret == 0) {
		*doc = xml_parse(resp.body, resp.body_len, &parse_err);
		if (!*doc) {
			strbuf_addf(err, "s3 %s: unreadable response: %s",
				    operation, parse_err.buf);
			ret = -1;
		}
	}
	strbuf_release(&parse_err);
	aws_response_free(&resp);
	return ret;
}

int s3_delete_subresource(struct aws_client *c, const char *operation,
			  const char *bucket, const char *path, const char *query,
			  const char *const *absent_codes, struct strbuf *err)
{
	struct aws_request req = {
		.operation = operation, .method = "DELETE", .bucket = bucket,
		.path = path, .query = query,
	};
	struct aws_response resp;
	int ret = s3_call(c, &req, absent_codes, &resp, err);

	aws_response_free(&resp);
	return ret < 0 ? -1 : 0;
}

char *s3_xml_url_text(xmlNodePtr node, const char *path)
{
	char *text = xml_child_text(node, path), *out, *encoding;
	size_t j = 0;
	bool encoded;

	if (!text)
		return NULL;
	/* Decode only what the server says it encoded, as botocore does: an
	 * S3-compatible store that ignores encoding-type sends keys raw. */
	encoding = node->doc ? xml_child_text(xmlDocGetRootElement(node->doc), "EncodingType") : NULL;
	encoded = encoding && !strcmp(encoding, "url");
	free(encoding);
	if (!encoded)
		return text;
	out = text;   /* decoding only shortens: in place */
	for (size_t i = 0; text[i]; i++) {
		int hi, lo;

		if (text[i] == '+') {
			out[j++] = ' ';
		} else if (text[i] == '%' && (hi = hex_digit_value(text[i + 1])) >= 0 &&
			   (lo = hex_digit_value(text[i + 2])) >= 0) {
			out[j++] = (char)(hi * 16 + lo);
			i += 2;
		} else {
			out[j++] = text[i];
		}
	}
	out[j] = '\0';
	return out;
}

bool s3_xml_bool(xmlNodePtr node, const char *path)
{
	char *text = xml_child_text(node, path);
	bool v = text && (!strcmp(text, "true") || !strcmp(text, "Enabled"));

	free(text);
	return v;
}

/* ---- listings, paged by paging.c's engine ---- */

struct s3_lister {
	struct aws_client *c;
	const char *operation, *bucket;
	const char *const *gone;
};

static int s3_list_send(void *ctx, const char *query, xmlDocPtr *doc, struct strbuf *err)
{
	const struct s3_lister *l = ctx;

	return s3_get_xml(l->c, l->operation, l->bucket, "/", query, l->gone, doc, err);
}

char *s3_xml_token_text(xmlNodePtr result, const char *path)
{
	return strcmp(path, "NextKeyMarker") ? xml_child_text(result, path)
					     : s3_xml_url_text(result, path);
}

int s3_list_paged(struct aws_client *c, const char *operation, const char *bucket,
		  const char *query, const char *const *gone, size_t max_pages,
		  int (*each)(void *ctx, xmlNodePtr root, xmlNodePtr first, struct strbuf *err),
		  void *ctx, struct strbuf *err)
{
	const struct s3_lister l = { c, operation, bucket, gone };
	const struct aws_rest_xml_sender sender = { s3_list_send, s3_xml_token_text, (void *)&l };

	return aws_rest_xml_paged(&sender, &aws_service_s3, operation, query, max_pages, each, ctx,
				  err);
}

void s3_tagging_xml(struct strbuf *out, const json_t *tags)
{
	const char *key;
	json_t *value;

	strbuf_addstr(out, "<Tagging xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><TagSet>");
	json_object_foreach((json_t *)tags, key, value) {
		strbuf_addstr(out, "<Tag><Key>");
		xml_escape(out, key);
		strbuf_addstr(out, "</Key><Value>");
		xml_escape(out, json_string_value(value) ? json_string_value(value) : "");
		strbuf_addstr(out, "</Value></Tag>");
	}
	strbuf_addstr(out, "</TagSet></Tagging>");
}

json_t *s3_tagging_parse(xmlDocPtr doc)
{
	json_t *tags = json_object();
	xmlNodePtr root = xmlDocGetRootElement(doc);
	xmlNodePtr tag = root ? xml_child(root, "TagSet/Tag") : NULL;

	for (; tag; tag = xml_next_same(tag)) {
		char *key = xml_child_text(tag, "Key");
		char *value = xml_child_text(tag, "Value");

		if (key)
			json_object_set_new(tags, key, json_string(value ? value : ""));
		free(key);
		free(value);
	}
	return tags;
}

static int compare_strings(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

void s3_tagging_header(struct strbuf *out, const json_t *tags)
{
	size_t n = json_object_size(tags), i = 0;
	const char **keys = xcalloc(n ? n : 1, sizeof(*keys));
	const char *key;
	json_t *value;

	json_object_foreach((json_t *)tags, key, value)
		keys[i++] = key;
	qsort(keys, n, sizeof(*keys), compare_strings);
	for (i = 0; i < n; i++) {
		const char *v = json_string_value(json_object_get(tags, keys[i]));

		if (i)
			strbuf_addch(out, '&');
		sigv4_uri_encode(out, keys[i], strlen(keys[i]), false);
		strbuf_addch(out, '=');
		if (v)
			sigv4_uri_encode(out, v, strlen(v), false);
	}
	free(keys);
}

/* A batch of keys (and version ids, NULL for the current object) to delete. */
struct delete_batch {
	char *keys[S3_DELETE_BATCH];
	char *versions[S3_DELETE_BATCH];
	size_t n;
	const json_t *only;  /* delete only these keys (NULL: every key) */
	bool dry;            /* only look: note others, delete nothing */
	bool others;         /* a key not in `only` was seen */
};

static void batch_clear(struct delete_batch *b)
{
	for (size_t i = 0; i < b->n; i++) {
		free(b->keys[i]);
		free(b->versions[i]);
	}
	b->n = 0;
}

static const char *const bucket_gone_codes[] = { "NoSuchBucket", NULL };

/* DeleteObjects for the batch; returns 1 when the bucket is gone. */
static int batch_flush(struct aws_client *c, const char *bucket,
		       struct delete_batch *b, struct strbuf *err)
{
	struct strbuf body = STRBUF_INIT;
	char md5[S3_MD5_B64_SIZE];
	struct aws_header headers[2];
	struct aws_request req = {
		.operation = "DeleteObjects", .method = "POST", .bucket = bucket,
		.path = "/", .query = "delete", .headers = headers, .n_headers = 2,
	};
	struct aws_response resp;
	struct strbuf parse_err = STRBUF_INIT;
	xmlDocPtr doc = NULL;
	int ret;

	if (!b->n)
		return 0;
	strbuf_addstr(&body, "<Delete xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Quiet>true</Quiet>");
	for (size_t i = 0; i < b->n; i++) {
		strbuf_addstr(&body, "<Object><Key>");
		xml_escape(&body, b->keys[i]);
		strbuf_addstr(&body, "</Key>");
		if (b->versions[i]) {
			strbuf_addstr(&body, "<VersionId>");
			xml_escape(&body, b->versions[i]);
			strbuf_addstr(&body, "</VersionId>");
		}
		strbuf_addstr(&body, "</Object>");
	}
	strbuf_addstr(&body, "</Delete>");
	s3_md5_base64(body.buf, body.len, md5);
	headers[0] = (struct aws_header){ .name = "Content-Type", .value = "application/xml" };
	headers[1] = (struct aws_header){ .name = "Content-MD5", .value = md5 };
	req.body = body.buf;
	req.body_len = body.len;

	ret = s3_call(c, &req, bucket_gone_codes, &resp, err);
	if (ret == 0 && resp.body_len) {
		/* With Quiet, the answer lists only the keys that failed. */
		doc = xml_parse(resp.body, resp.body_len, &parse_err);
		xmlNodePtr root = doc ? xmlDocGetRootElement(doc) : NULL;
		xmlNodePtr failed = root ? xml_child(root, "Error") : NULL;

		if (!doc) {
			strbuf_addf(err, "s3 DeleteObjects: unreadable response: %s", parse_err.buf);
			ret = -1;
		} else if (failed) {
			char *key = xml_child_text(failed, "Key");
			char *code = xml_child_text(failed, "Code");
			char *message = xml_child_text(failed, "Message");

			strbuf_addf(err, "s3 DeleteObjects: cannot delete s3://%s/%s: %s: %s",
				    bucket, key ? key : "?", code ? code : "error",
				    message ? message : "");
			free(key);
			free(code);
			free(message);
			ret = -1;
		}
	}
	if (doc)
		xmlFreeDoc(doc);
	strbuf_release(&parse_err);
	aws_response_free(&resp);
	strbuf_release(&body);
	batch_clear(b);
	return ret;
}

/* A key with a control character cannot go into DeleteObjects' XML body
 * (XML 1.0 has no such characters, and S3 answers MalformedXML): such keys
 * are deleted one by one with DeleteObject, the key in the URL path. */
static bool key_needs_single_delete(const char *key)
{
	for (; *key; key++)
		if ((unsigned char)*key < 0x20 || *key == 0x7f)
			return true;
	return false;
}

static int delete_one(struct aws_client *c, const char *bucket, const char *key,
		      const char *version, struct strbuf *err)
{
	static const char *const gone[] = { "NoSuchKey", "NoSuchVersion", NULL };
	struct strbuf query = STRBUF_INIT;
	char *path = xasprintf("/%s", key);
	struct aws_request req = {
		.operation = "DeleteObject", .method = "DELETE", .bucket = bucket, .path = path,
	};
	struct aws_response resp;
	int ret;

	if (version) {
		strbuf_addstr(&query, "versionId=");
		sigv4_uri_encode(&query, version, strlen(version), false);
		req.query = query.buf;
	}
	ret = s3_call(c, &req, gone, &resp, err);
	aws_response_free(&resp);
	strbuf_release(&query);
	free(path);
	return ret < 0 ? -1 : 0;
}

/* Add every <Version>/<DeleteMarker> (or <Contents>) child named `elem` of
 * root to the batch, flushing when it is full. */
static int collect(struct aws_client *c, const char *bucket, xmlNodePtr root,
		   const char *elem, bool with_versions, struct delete_batch *b,
		   struct strbuf *err)
{
	for (xmlNodePtr n = xml_child(root, elem); n; n = xml_next_same(n)) {
		char *key = s3_xml_url_text(n, "Key");
		int ret;

		if (!key)
			continue;
		bool other = b->only && !value_list_has_string(b->only, key);
		if (other)
			b->others = true;
		if (other || b->dry) {
			free(key);
			continue;
		}
		if (key_needs_single_delete(key)) {
			char *version = with_versions ? xml_child_text(n, "VersionId") : NULL;

			ret = delete_one(c, bucket, key, version, err);
			free(version);
			free(key);
			if (ret)
				return ret;
			continue;
		}
		b->keys[b->n] = key;
		b->versions[b->n] = with_versions ? xml_child_text(n, "VersionId") : NULL;
		b->n++;
		if (b->n == S3_DELETE_BATCH && (ret = batch_flush(c, bucket, b, err)))
			return ret;
	}
	return 0;
}

/* What a page's callback of empty_versions and empty_objects carries: the
 * batch, and 1 when a delete found the bucket gone (the engine's stop). */
struct emptying {
	struct aws_client *c;
	const char *bucket;
	struct delete_batch *b;
	int gone;
};

/* A callback's result from collect's or batch_flush's: 1 (gone) stops the
 * engine and is remembered. */
static int emptying_said(struct emptying *e, int ret)
{
	if (ret == 1)
		e->gone = 1;
	return ret;
}

static int version_page(void *ctx, xmlNodePtr root, xmlNodePtr first, struct strbuf *err)
{
	struct emptying *e = ctx;
	int ret;

	(void)first;
	ret = collect(e->c, e->bucket, root, "Version", true, e->b, err);
	if (!ret)
		ret = collect(e->c, e->bucket, root, "DeleteMarker", true, e->b, err);
	if (!ret && s3_xml_bool(root, "IsTruncated") && !xml_child(root, "NextKeyMarker")) {
		strbuf_addf(err, "s3 ListObjectVersions: truncated listing of %s without "
			    "NextKeyMarker", e->bucket);
		ret = -1;
	}
	return emptying_said(e, ret);
}

static int empty_versions(struct aws_client *c, const char *bucket,
			  struct delete_batch *b, struct strbuf *err)
{
	struct emptying e = { c, bucket, b, 0 };
	int ret = s3_list_paged(c, "ListObjectVersions", bucket,
				"encoding-type=url&max-keys=1000&versions=", bucket_gone_codes, 0,
				version_page, &e, err);

	if (!ret && e.gone)
		ret = 1;
	if (!ret)
		ret = batch_flush(c, bucket, b, err);
	return ret;
}

static int object_page(void *ctx, xmlNodePtr root, xmlNodePtr first, struct strbuf *err)
{
	struct emptying *e = ctx;
	int ret;

	(void)first;
	ret = collect(e->c, e->bucket, root, "Contents", false, e->b, err);
	/* Flush before asking for the next page: the deleted keys would not
	 * come back anyway, but keep memory bounded. */
	if (!ret)
		ret = batch_flush(e->c, e->bucket, e->b, err);
	if (!ret && s3_xml_bool(root, "IsTruncated") && !xml_child(root, "NextContinuationToken")) {
		strbuf_addf(err, "s3 ListObjectsV2: truncated listing of %s without "
			    "NextContinuationToken", e->bucket);
		ret = -1;
	}
	return emptying_said(e, ret);
}

static int empty_objects(struct aws_client *c, const char *bucket,
			 struct delete_batch *b, struct strbuf *err)
{
	struct emptying e = { c, bucket, b, 0 };
	int ret = s3_list_paged(c, "ListObjectsV2", bucket,
				"encoding-type=url&list-type=2&max-keys=1000", bucket_gone_codes, 0,
				object_page, &e, err);

	return !ret && e.gone ? 1 : ret;
}

int s3_delete_only_keys(struct aws_client *c, const char *bucket, const json_t *keys,
			bool *others, struct strbuf *err)
{
	struct delete_batch *b = xcalloc(1, sizeof(*b));
	b->only = keys;
	int ret = 0;
	/* Look first, delete only when nothing else is there. */
	for (int pass = 0; pass < 2 && !ret && !b->others; pass++) {
		b->dry = pass == 0;
		ret = empty_versions(c, bucket, b, err);
		if (!ret)
			ret = empty_objects(c, bucket, b, err);
		batch_clear(b);
	}
	*others = b->others;
	free(b);
	return ret < 0 ? -1 : 0;
}

int s3_delete_keys(struct aws_client *c, const char *bucket, const json_t *keys,
		   struct strbuf *err)
{
	struct delete_batch *b = xcalloc(1, sizeof(*b));
	size_t i;
	json_t *v;
	int ret = 0;

	json_array_foreach(keys, i, v) {
		const char *key = json_string_value(v);

		if (!key)
			continue;
		if (key_needs_single_delete(key)) {
			if ((ret = delete_one(c, bucket, key, NULL, err)))
				break;
			continue;
		}
		b->keys[b->n] = xstrdup(key);
		b->versions[b->n] = NULL;
		b->n++;
		if (b->n == S3_DELETE_BATCH && (ret = batch_flush(c, bucket, b, err)))
			break;
	}
	if (!ret)
		ret = batch_flush(c, bucket, b, err);
	if (ret == 1)
		strbuf_addf(err, "s3 DeleteObjects: bucket %s does not exist", bucket);
	batch_clear(b);
	free(b);
	return ret ? -1 : 0;
}

int s3_empty_bucket(struct aws_client *c, const char *bucket, bool *gone,
		    struct strbuf *err)
{
	struct delete_batch *b = xcalloc(1, sizeof(*b));
	int ret;

	ret = empty_versions(c, bucket, b, err);
	if (!ret)
		ret = empty_objects(c, bucket, b, err);
	batch_clear(b);
	free(b);
	if (gone)
		*gone = ret == 1;
	return ret < 0 ? -1 : 0;
}
