/*
 * multipart.c: uploading a local file to S3 (see multipart.h): the single
 * PutObject, the multipart upload with its part threads, the whole-file
 * hash thread, CompleteMultipartUpload and the check that follows, and
 * AbortMultipartUpload on every way out that does not complete.
 */
#include "provider/aws/transport/multipart.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <openssl/evp.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "provider/aws/transport/s3.h"
#include "provider/aws/transport/sigv4.h"
#include "provider/aws/transport/xml.h"
#include "provider/base/log.h"
#include "provider/base/progress.h"
#include "provider/base/encoding.h"

#define READ_CHUNK ((size_t)1 << 20)

static const char *const upload_gone[] = { "NoSuchUpload", "404", NULL };

uint64_t s3_part_size(uint64_t size)
{
	const uint64_t mib = (uint64_t)1 << 20;
	uint64_t need = (size + S3_MAX_PARTS - 1) / S3_MAX_PARTS;

	need = (need + mib - 1) / mib * mib;
	return need > S3_PART_SIZE ? need : S3_PART_SIZE;
}

void s3_multipart_etag(const unsigned char (*part_md5)[16], unsigned n, char *out)
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int md_len = 0;

	EVP_Digest(part_md5, (size_t)n * 16, md, &md_len, EVP_md5(), NULL);
	hex_text(md, md_len, out);
	sprintf(out + 2 * md_len, "-%u", n);
}

/* ---- reading the file ---- */

struct file_digest {
	unsigned char md5[16];   /* filled when asked for */
	char sha256_hex[65];     /* filled when asked for */
};

/* MD5 and/or SHA-256 of len bytes of fd from start, read with pread so
 * several threads can share the descriptor. */
static int digest_range(int fd, const char *path, off_t start, uint64_t len, bool want_md5,
			bool want_sha256, struct file_digest *out, struct strbuf *err)
{
	EVP_MD_CTX *md5 = want_md5 ? EVP_MD_CTX_new() : NULL;
	EVP_MD_CTX *sha = want_sha256 ? EVP_MD_CTX_new() : NULL;
	unsigned char *buf = xmalloc(READ_CHUNK), md[EVP_MAX_MD_SIZE];
	unsigned int md_len;
	int ret = -1;

	if ((want_md5 && (!md5 || !EVP_DigestInit_ex(md5, EVP_md5(), NULL))) ||
	    (want_sha256 && (!sha || !EVP_DigestInit_ex(sha, EVP_sha256(), NULL)))) {
		strbuf_addstr(err, "cannot initialise OpenSSL digests");
		goto out;
	}
	while (len > 0) {
		size_t want = len < READ_CHUNK ? (size_t)len : READ_CHUNK;
		ssize_t got = pread(fd, buf, want, start);

		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			strbuf_addf(err, "cannot read %s: %s", path, strerror(errno));
			goto out;
		}
		if (got == 0) {
			strbuf_addf(err, "%s became shorter while it was being read", path);
			goto out;
		}
		if (md5)
			EVP_DigestUpdate(md5, buf, (size_t)got);
		if (sha)
			EVP_DigestUpdate(sha, buf, (size_t)got);
		start += got;
		len -= (uint64_t)got;
	}
	if (md5) {
		EVP_DigestFinal_ex(md5, md, &md_len);
		memcpy(out->md5, md, sizeof(out->md5));
	}
	if (sha) {
		EVP_DigestFinal_ex(sha, md, &md_len);
		hex_text(md, md_len, out->sha256_hex);
	}
	ret = 0;
out:
	EVP_MD_CTX_free(md5);
	EVP_MD_CTX_free(sha);
	free(buf);
	return ret;
}

static bool same_file_state(const struct stat *a, const struct stat *b)
{
	return a->st_size == b->st_size && a->st_mtim.tv_sec == b->st_mtim.tv_sec &&
	       a->st_mtim.tv_nsec == b->st_mtim.tv_nsec && a->st_ino == b->st_ino;
}

/* The file must still be what was hashed and sent. */
static int check_unchanged(const char *path, const struct stat *before, struct strbuf *err)
{
	struct stat now;

	if (stat(path, &now) < 0) {
		strbuf_addf(err, "%s: %s after it was uploaded", path, strerror(errno));
		return -1;
	}
	if (!same_file_state(before, &now)) {
		strbuf_addf(err, "%s changed while it was being uploaded", path);
		return -1;
	}
	return 0;
}

static int check_planned_hash(const struct s3_upload *u, const char *actual, struct strbuf *err)
{
	if (u->sha256_hex && strcmp(u->sha256_hex, actual)) {
		strbuf_addf(err, "%s changed since it was planned: its SHA-256 is now %s, not %s",
			    u->path, actual, u->sha256_hex);
		return -1;
	}
	return 0;
}

/* ---- requests ---- */

/* Headers owning their strings. */
struct header_list {
	struct aws_header *items;
	size_t n;
};

static void header_add(struct header_list *h, const char *name, const char *value)
{
	h->items = xrealloc(h->items, (h->n + 1) * sizeof(*h->items));
	h->items[h->n].name = xstrdup(name);
	h->items[h->n].value = xstrdup(value);
	h->n++;
}

static void header_list_release(struct header_list *h)
{
	for (size_t i = 0; i < h->n; i++) {
		free(h->items[i].name);
		free(h->items[i].value);
	}
	free(h->items);
	memset(h, 0, sizeof(*h));
}

/* The caller's headers plus the content-sha256 metadata. */
static void object_headers(const struct s3_upload *u, const char *sha256_hex,
			   struct header_list *h)
{
	for (size_t i = 0; i < u->n_headers; i++)
		header_add(h, u->headers[i].name, u->headers[i].value);
	header_add(h, S3_SHA256_META, sha256_hex);
}

static char *unquoted(const char *etag)
{
	size_t len;

	if (!etag)
		return NULL;
	len = strlen(etag);
	if (len >= 2 && etag[0] == '"' && etag[len - 1] == '"')
		return xstrndup(etag + 1, len - 2);
	return xstrdup(etag);
}

static char *version_header(const struct aws_response *resp)
{
	const char *v = aws_response_header(resp, "x-amz-version-id");

	return v && *v && strcmp(v, "null") ? xstrdup(v) : NULL;
}

static char *upload_id_query(const char *prefix, const char *upload_id)
{
	struct strbuf q = STRBUF_INIT;

	strbuf_addstr(&q, prefix);
	strbuf_addstr(&q, "uploadId=");
	sigv4_uri_encode(&q, upload_id, strlen(upload_id), false);
	return strbuf_detach(&q);
}

static int abort_upload(struct aws_client *c, const char *bucket, const char *path,
			const char *upload_id, struct strbuf *err)
{
	struct aws_request req = {
		.operation = "AbortMultipartUpload", .method = "DELETE", .bucket = bucket,
		.path = path, .query = upload_id_query("", upload_id), .after_stop = true,
	};
	struct aws_response resp;
	int ret = s3_call(c, &req, upload_gone, &resp, err);

	aws_response_free(&resp);
	free((char *)req.query);
	return ret < 0 ? -1 : 0;
}

/* What abort_page looks for and counts. */
struct aborting {
	struct aws_client *c;
	const char *bucket, *key, *keep, *path;
	time_t since;
	unsigned n;
};

static int abort_page(void *ctx, xmlNodePtr root, xmlNodePtr first, struct strbuf *err)
{
	struct aborting *a = ctx;
	int ret = 0;

	(void)root;
	for (xmlNodePtr up = first; up && !ret; up = xml_next_same(up)) {
		char *k = s3_xml_url_text(up, "Key");
		char *id = xml_child_text(up, "UploadId");
		char *initiated = xml_child_text(up, "Initiated");
		time_t when = 0;
		bool recent = !a->since || (initiated && !aws_parse_timestamp(initiated, &when) &&
					    when >= a->since);

		free(initiated);
		if (k && id && !strcmp(k, a->key) && recent && !(a->keep && !strcmp(id, a->keep))) {
			ret = abort_upload(a->c, a->bucket, a->path, id, err);
			if (!ret) {
				a->n++;
				log_debugf("s3 aborted a multipart upload of %s (an earlier "
					   "run's, or a resent CreateMultipartUpload's)", a->key);
			}
		}
		free(k);
		free(id);
	}
	return ret;
}

/* Abort the multipart uploads in progress to exactly this key but `keep`
 * (may be NULL), initiated no earlier than `since` (0: any time):
 * ListMultipartUploads under the key as prefix, paged by the engine. */
static int abort_uploads_except(struct aws_client *c, const char *bucket, const char *key,
				const char *keep, time_t since, unsigned *aborted,
				struct strbuf *err)
{
	char *path = xasprintf("/%s", key);
	struct aborting a = { .c = c, .bucket = bucket, .key = key, .keep = keep, .path = path,
			      .since = since };
	struct strbuf q = STRBUF_INIT;
	int ret;

	strbuf_addstr(&q, "encoding-type=url&prefix=");
	sigv4_uri_encode(&q, key, strlen(key), false);
	strbuf_addstr(&q, "&uploads=");
	ret = s3_list_paged(c, "ListMultipartUploads", bucket, q.buf, NULL, 0, abort_page, &a,
			    err);
	strbuf_release(&q);
	free(path);
	if (aborted)
		*aborted = a.n;
	return ret < 0 ? -1 : 0;
}

int s3_abort_uploads_of_key(struct aws_client *c, const char *bucket, const char *key,
			    unsigned *aborted, struct strbuf *err)
{
	return abort_uploads_except(c, bucket, key, NULL, 0, aborted, err);
}

/* ---- single PutObject ---- */

static int put_whole(struct aws_client *c, const struct s3_upload *u, int fd,
		     const struct stat *st, struct s3_upload_result *res, struct strbuf *err)
{
	struct file_digest d;
	char md5_b64[S3_MD5_B64_SIZE];
	struct header_list h = { 0 };
	struct aws_request req = {
		.operation = "PutObject", .method = "PUT", .bucket = u->bucket,
		.body_file = u->path,
	};
	struct aws_response resp;
	char *path;
	int ret;

	if (digest_range(fd, u->path, 0, (uint64_t)st->st_size, true, true, &d, err) ||
	    check_planned_hash(u, d.sha256_hex, err))
		return -1;
	base64_text(d.md5, sizeof(d.md5), md5_b64);
	object_headers(u, d.sha256_hex, &h);
	header_add(&h, "Content-MD5", md5_b64);
	path = xasprintf("/%s", u->key);
	req.path = path;
	req.headers = h.items;
	req.n_headers = h.n;
	ret = s3_call(c, &req, NULL, &resp, err);
	if (ret == 0) {
		memcpy(res->sha256_hex, d.sha256_hex, sizeof(res->sha256_hex));
		res->etag = unquoted(aws_response_header(&resp, "etag"));
		res->version_id = version_header(&resp);
	}
	aws_response_free(&resp);
	header_list_release(&h);
	free(path);
	return ret < 0 ? -1 : 0;
}

/* ---- multipart ---- */

struct part {
	unsigned char md5[16];
	char *etag;              /* as the server gave it, quotes removed */
};

struct multipart_job {
	struct aws_client *c;
	const struct s3_upload *u;
	int fd;
	char *path;              /* "/KEY" */
	char *upload_id;
	uint64_t size, part_size;
	unsigned n_parts;
	struct part *parts;
	struct progress *progress;

	pthread_mutex_t lock;
	unsigned next;           /* the next part to take */
	unsigned completed;      /* parts uploaded */
	bool failed, stopped;
	struct strbuf error;     /* the first failure */
};

/* UploadPart of part i, retried by the transport as any request is. */
static int send_part(struct multipart_job *j, unsigned i, const char *md5_b64,
		     struct strbuf *err)
{
	uint64_t offset = (uint64_t)i * j->part_size;
	uint64_t len = j->size - offset < j->part_size ? j->size - offset : j->part_size;
	struct aws_header headers[] = { { .name = "Content-MD5", .value = (char *)md5_b64 } };
	char prefix[32], md5_hex[33];
	char *query;
	struct aws_request req = {
		.operation = "UploadPart", .method = "PUT", .bucket = j->u->bucket,
		.path = j->path, .headers = headers, .n_headers = 1,
		.body_file = j->u->path, .body_offset = (off_t)offset, .body_len = (size_t)len,
	};
	struct aws_response resp;
	char *etag;
	int ret;

	snprintf(prefix, sizeof(prefix), "partNumber=%u&", i + 1);
	query = upload_id_query(prefix, j->upload_id);
	req.query = query;
	ret = s3_call(j->c, &req, NULL, &resp, err);
	free(query);
	if (ret) {
		aws_response_free(&resp);
		return -1;
	}
	etag = unquoted(aws_response_header(&resp, "etag"));
	aws_response_free(&resp);
	hex_text(j->parts[i].md5, sizeof(j->parts[i].md5), md5_hex);
	if (!etag || !*etag) {
		strbuf_addf(err, "s3 UploadPart: part %u of s3://%s/%s came back without an ETag",
			    i + 1, j->u->bucket, j->u->key);
		free(etag);
		return -1;
	}
	/* Every S3 gives a part the hex MD5 of its bytes as its ETag. */
	if (strlen(etag) == 32 && strcasecmp(etag, md5_hex)) {
		strbuf_addf(err, "s3 UploadPart: part %u of s3://%s/%s has ETag %s, not the MD5 %s"
			    " of the bytes sent", i + 1, j->u->bucket, j->u->key, etag, md5_hex);
		free(etag);
		return -1;
	}
	free(j->parts[i].etag);
	j->parts[i].etag = etag;
	return 0;
}

static bool job_should_stop(struct multipart_job *j)
{
	bool stop;

	pthread_mutex_lock(&j->lock);
	if (!j->failed && !j->stopped && progress_stop_requested())
		j->stopped = true;
	stop = j->failed || j->stopped;
	pthread_mutex_unlock(&j->lock);
	return stop;
}

/* A part: its MD5 from the file, then UploadPart (the transport's retries
 * and backoff are its only ones). */
static int upload_part(struct multipart_job *j, unsigned i, struct strbuf *err)
{
	uint64_t offset = (uint64_t)i * j->part_size;
	uint64_t len = j->size - offset < j->part_size ? j->size - offset : j->part_size;
	struct file_digest d;
	char md5_b64[S3_MD5_B64_SIZE];

	if (digest_range(j->fd, j->u->path, (off_t)offset, len, true, false, &d, err))
		return -1;
	memcpy(j->parts[i].md5, d.md5, sizeof(d.md5));
	base64_text(d.md5, sizeof(d.md5), md5_b64);
	if (send_part(j, i, md5_b64, err))
		return -1;
	pthread_mutex_lock(&j->lock);
	j->completed++;
	pthread_mutex_unlock(&j->lock);
	progress_add(j->progress, len);
	return 0;
}

static void *part_worker(void *arg)
{
	struct multipart_job *j = arg;
	struct strbuf err = STRBUF_INIT;

	for (;;) {
		unsigned i;

		if (job_should_stop(j))
			break;
		pthread_mutex_lock(&j->lock);
		i = j->next < j->n_parts ? j->next++ : j->n_parts;
		pthread_mutex_unlock(&j->lock);
		if (i == j->n_parts)
			break;
		if (upload_part(j, i, &err)) {
			pthread_mutex_lock(&j->lock);
			/* After an interrupt a part is not sent: the job stopped
			 * (upload_part may have said so already), never failed. */
			if (!j->failed && (j->stopped || progress_stop_requested())) {
				j->stopped = true;
			} else if (!j->failed) {
				j->failed = true;
				strbuf_add(&j->error, err.buf, err.len);
			}
			pthread_mutex_unlock(&j->lock);
			break;
		}
	}
	strbuf_release(&err);
	return NULL;
}

struct hash_job {
	int fd;
	const char *path;
	uint64_t size;
	struct file_digest d;
	struct strbuf err;
	int ret;
};

static void *hash_worker(void *arg)
{
	struct hash_job *h = arg;

	h->ret = digest_range(h->fd, h->path, 0, h->size, false, true, &h->d, &h->err);
	return NULL;
}

static int create_upload(struct multipart_job *j, const char *sha256_hex, struct strbuf *err)
{
	struct header_list h = { 0 };
	struct aws_request req = {
		.operation = "CreateMultipartUpload", .method = "POST", .bucket = j->u->bucket,
		.path = j->path, .query = "uploads",
	};
	struct aws_response resp;
	struct strbuf parse_err = STRBUF_INIT;
	xmlDocPtr doc;
	time_t first_sent = time(NULL);
	int ret;

	object_headers(j->u, sha256_hex, &h);
	req.headers = h.items;
	req.n_headers = h.n;
	ret = s3_call(j->c, &req, NULL, &resp, err);
	header_list_release(&h);
	if (ret == 0) {
		doc = xml_parse(resp.body, resp.body_len, &parse_err);
		j->upload_id = doc ? xml_child_text(xmlDocGetRootElement(doc), "UploadId") : NULL;
		if (!j->upload_id || !*j->upload_id) {
			strbuf_addf(err, "s3 CreateMultipartUpload: no UploadId in the response%s%s",
				    parse_err.len ? ": " : "", parse_err.buf);
			ret = -1;
		}
		if (doc)
			xmlFreeDoc(doc);
	}
	/* Sent more than once: each attempt that reached S3 began an upload.
	 * The others of this key begun since the first attempt was sent
	 * (less the 5 minutes of clock skew SigV4 allows) are aborted. */
	if (ret == 0 && resp.attempts > 1 &&
	    abort_uploads_except(j->c, j->u->bucket, j->u->key, j->upload_id, first_sent - 300,
				 NULL, err))
		ret = -1;
	strbuf_release(&parse_err);
	aws_response_free(&resp);
	return ret < 0 ? -1 : 0;
}

static int complete_upload(struct multipart_job *j, struct s3_upload_result *res,
			   bool *maybe_done, struct strbuf *err)
{
	struct strbuf body = STRBUF_INIT;
	struct aws_header headers[] = { { .name = "Content-Type", .value = "application/xml" } };
	struct aws_request req = {
		.operation = "CompleteMultipartUpload", .method = "POST", .bucket = j->u->bucket,
		.path = j->path, .headers = headers, .n_headers = 1,
	};
	struct aws_response resp;
	char *query = upload_id_query("", j->upload_id);
	int ret;

	strbuf_addstr(&body, "<CompleteMultipartUpload xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">");
	for (unsigned i = 0; i < j->n_parts; i++) {
		strbuf_addf(&body, "<Part><PartNumber>%u</PartNumber><ETag>\"", i + 1);
		xml_escape(&body, j->parts[i].etag);
		strbuf_addstr(&body, "\"</ETag></Part>");
	}
	strbuf_addstr(&body, "</CompleteMultipartUpload>");
	req.query = query;
	req.body = body.buf;
	req.body_len = body.len;
	ret = s3_call(j->c, &req, NULL, &resp, err);
	/* A retried Complete whose first answer was lost finds the upload gone:
	 * the object may be there, which the check that follows tells. */
	*maybe_done = ret && resp.attempts > 1 && resp.error_code &&
		      !strcmp(resp.error_code, "NoSuchUpload");
	if (ret == 0)
		res->version_id = version_header(&resp);
	aws_response_free(&resp);
	strbuf_release(&body);
	free(query);
	return ret < 0 ? -1 : 0;
}

/* HeadObject after the upload: the size, the stored SHA-256 and the ETag
 * must be what was sent. *exists tells whether there is an object at all. */
static int verify_object(struct multipart_job *j, const char *sha256_hex,
			 struct s3_upload_result *res, bool *exists, struct strbuf *err)
{
	struct aws_request req = {
		.operation = "HeadObject", .method = "HEAD", .bucket = j->u->bucket, .path = j->path,
	};
	struct aws_response resp;
	unsigned char (*md5s)[16] = xcalloc(j->n_parts, sizeof(*md5s));
	char want_etag[48], *etag = NULL;
	const char *length, *stored_sha;
	int ret;

	for (unsigned i = 0; i < j->n_parts; i++)
		memcpy(md5s[i], j->parts[i].md5, 16);
	s3_multipart_etag((const unsigned char (*)[16])md5s, j->n_parts, want_etag);
	free(md5s);

	ret = s3_call(j->c, &req, NULL, &resp, err);
	*exists = ret == 0 || resp.status != 404;
	if (ret) {
		aws_response_free(&resp);
		return -1;
	}
	length = aws_response_header(&resp, "content-length");
	stored_sha = aws_response_header(&resp, S3_SHA256_META);
	etag = unquoted(aws_response_header(&resp, "etag"));
	ret = -1;
	if (!length || strtoull(length, NULL, 10) != j->size) {
		strbuf_addf(err, "s3 HeadObject: s3://%s/%s holds %s bytes after the upload, not %" PRIu64,
			    j->u->bucket, j->u->key, length ? length : "an unknown number of", j->size);
	} else if (!stored_sha || strcmp(stored_sha, sha256_hex)) {
		strbuf_addf(err, "s3 HeadObject: s3://%s/%s lacks the content-sha256 metadata %s after the upload",
			    j->u->bucket, j->u->key, sha256_hex);
	} else if (!etag) {
		strbuf_addf(err, "s3 HeadObject: s3://%s/%s has no ETag after the upload",
			    j->u->bucket, j->u->key);
	} else if (strchr(etag, '-')) {
		if (strcasecmp(etag, want_etag))
			strbuf_addf(err, "s3 HeadObject: s3://%s/%s has ETag %s, but its parts make %s",
				    j->u->bucket, j->u->key, etag, want_etag);
		else
			ret = 0;
	} else {
		/* A server that gives a multipart object the MD5 of all its
		 * bytes (s3rver does): compare with the file's. */
		struct file_digest d;
		char md5_hex[33];

		if (digest_range(j->fd, j->u->path, 0, j->size, true, false, &d, err) == 0) {
			hex_text(d.md5, sizeof(d.md5), md5_hex);
			if (strcasecmp(etag, md5_hex))
				strbuf_addf(err, "s3 HeadObject: s3://%s/%s has ETag %s, but the file's MD5 is %s",
					    j->u->bucket, j->u->key, etag, md5_hex);
			else
				ret = 0;
		}
	}
	if (ret == 0) {
		res->etag = etag;
		etag = NULL;
		if (!res->version_id)
			res->version_id = version_header(&resp);
	}
	free(etag);
	aws_response_free(&resp);
	return ret;
}

static void job_release(struct multipart_job *j)
{
	for (unsigned i = 0; j->parts && i < j->n_parts; i++)
		free(j->parts[i].etag);
	free(j->parts);
	free(j->path);
	free(j->upload_id);
	strbuf_release(&j->error);
	pthread_mutex_destroy(&j->lock);
}

/* Run the part workers (the calling thread is one of them). */
static void run_parts(struct multipart_job *j)
{
	pthread_t threads[S3_PARTS_IN_FLIGHT];
	unsigned n_workers = j->n_parts < S3_PARTS_IN_FLIGHT ? j->n_parts : S3_PARTS_IN_FLIGHT;
	unsigned started = 0;

	while (started + 1 < n_workers && pthread_create(&threads[started], NULL, part_worker, j) == 0)
		started++;
	part_worker(j);
	for (unsigned i = 0; i < started; i++)
		pthread_join(threads[i], NULL);
}

static int put_multipart(struct aws_client *c, const struct s3_upload *u, int fd,
			 const struct stat *st, struct s3_upload_result *res, struct strbuf *err)
{
	struct multipart_job j = {
		.c = c, .u = u, .fd = fd, .size = (uint64_t)st->st_size,
		.error = STRBUF_INIT,
	};
	struct hash_job h = { .fd = fd, .path = u->path, .size = (uint64_t)st->st_size,
			      .err = STRBUF_INIT };
	pthread_t hasher;
	struct strbuf complete_err = STRBUF_INIT;
	bool hashing = false, maybe_done = false, exists;
	char sha256_hex[65], *label = NULL;
	int ret = -1;

	pthread_mutex_init(&j.lock, NULL);
	j.path = xasprintf("/%s", u->key);
	j.part_size = s3_part_size(j.size);
	j.n_parts = (unsigned)((j.size + j.part_size - 1) / j.part_size);
	j.parts = xcalloc(j.n_parts, sizeof(*j.parts));

	/* The SHA-256 goes into the metadata at CreateMultipartUpload. A
	 * planned one is checked against the bytes while the parts go up. */
	if (u->sha256_hex) {
		snprintf(sha256_hex, sizeof(sha256_hex), "%s", u->sha256_hex);
		hashing = pthread_create(&hasher, NULL, hash_worker, &h) == 0;
		if (!hashing)
			hash_worker(&h);
	} else {
		if (digest_range(fd, u->path, 0, j.size, false, true, &h.d, err))
			goto out;
		memcpy(sha256_hex, h.d.sha256_hex, sizeof(sha256_hex));
	}
	if (u->abort_stale && s3_abort_uploads_of_key(c, u->bucket, u->key, NULL, err))
		goto out;
	if (create_upload(&j, sha256_hex, err))
		goto out;
	log_debugf("s3 multipart upload of %" PRIu64 " bytes in %u parts of %" PRIu64 " bytes",
		   j.size, j.n_parts, j.part_size);

	label = u->label ? xstrdup(u->label) : xasprintf("s3://%s/%s", u->bucket, u->key);
	j.progress = progress_begin(label, j.size);
	run_parts(&j);
	progress_end(j.progress);
	j.progress = NULL;
	if (hashing) {
		pthread_join(hasher, NULL);
		hashing = false;
	}

	if (j.failed) {
		strbuf_add(err, j.error.buf, j.error.len);
	} else if (j.stopped) {
		strbuf_addf(err, "interrupted: the upload of %s to s3://%s/%s stopped after %u of %u parts",
			    u->path, u->bucket, u->key, j.completed, j.n_parts);
	} else if (u->sha256_hex && h.ret) {
		strbuf_add(err, h.err.buf, h.err.len);
	} else if (!check_planned_hash(u, h.d.sha256_hex, err) &&
		   !check_unchanged(u->path, st, err)) {
		ret = complete_upload(&j, res, &maybe_done, &complete_err);
		if (ret && !maybe_done)
			strbuf_add(err, complete_err.buf, complete_err.len);
	}
	if (ret && !maybe_done) {
		struct strbuf abort_err = STRBUF_INIT;

		if (abort_upload(c, u->bucket, j.path, j.upload_id, &abort_err))
			strbuf_addf(err, "; then AbortMultipartUpload failed too, so parts may be left"
				    " behind: %s", abort_err.buf);
		else
			strbuf_addstr(err, " (the multipart upload was aborted)");
		strbuf_release(&abort_err);
		goto out;
	}
	ret = verify_object(&j, sha256_hex, res, &exists, err);
	if (ret && exists) {
		/* The object is not what was sent: do not leave it for a reader. */
		struct strbuf del_err = STRBUF_INIT;

		if (s3_delete_subresource(c, "DeleteObject", u->bucket, j.path, NULL, NULL, &del_err))
			strbuf_addf(err, "; deleting it failed: %s", del_err.buf);
		else
			strbuf_addstr(err, "; the object was deleted");
		strbuf_release(&del_err);
	} else if (ret && maybe_done) {
		strbuf_addf(err, " (after CompleteMultipartUpload answered: %s)", complete_err.buf);
	}
	if (ret)
		goto out;
	memcpy(res->sha256_hex, sha256_hex, sizeof(res->sha256_hex));
	res->parts = j.n_parts;
out:
	if (hashing)
		pthread_join(hasher, NULL);
	strbuf_release(&complete_err);
	strbuf_release(&h.err);
	free(label);
	job_release(&j);
	return ret;
}

int s3_upload_file(struct aws_client *c, const struct s3_upload *u,
		   struct s3_upload_result *res, struct strbuf *err)
{
	struct stat st;
	int fd, ret;

	memset(res, 0, sizeof(*res));
	fd = open(u->path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		strbuf_addf(err, "cannot open %s: %s", u->path, strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) < 0) {
		strbuf_addf(err, "cannot stat %s: %s", u->path, strerror(errno));
		close(fd);
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		strbuf_addf(err, "%s is not a regular file", u->path);
		close(fd);
		return -1;
	}
	if ((uint64_t)st.st_size > S3_MULTIPART_THRESHOLD)
		ret = put_multipart(c, u, fd, &st, res, err);
	else
		ret = put_whole(c, u, fd, &st, res, err);
	close(fd);
	if (ret == 0)
		res->size = (uint64_t)st.st_size;
	else
		s3_upload_result_release(res);
	return ret;
}

void s3_upload_result_release(struct s3_upload_result *res)
{
	free(res->etag);
	free(res->version_id);
	memset(res, 0, sizeof(*res));
}
