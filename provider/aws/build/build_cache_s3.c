/*
 * build/build_cache_s3.c: the shared build cache in S3 (TERRACE_BUILD_CACHE=
 * s3://BUCKET/PREFIX), the struct build_cache_store provider/build/build.h
 * asks for, registered by the aws provider (provider.c).
 *
 * An entry (a folder: the output and output.sha256) is one object,
 * PREFIX/KEY.zip: the folder zipped as a Lambda package is (zip.h: sorted
 * entries, fixed times, executable bits kept), sent with one PutObject
 * whose Content-MD5 S3 checks and whose SHA-256 is kept in
 * x-amz-meta-content-sha256. A GetObject of a missing key is "no entry";
 * what comes back is checked against that SHA-256, and names that would
 * land outside the folder (absolute, "..") are refused, before anything is
 * unpacked. The client is made for each call from the environment's
 * chain (AWS_ACCESS_KEY_ID, AWS_PROFILE, AWS_REGION, AWS_ENDPOINT_URL_S3 or
 * AWS_ENDPOINT_URL, ...), as the aws CLI would: the cache belongs to the
 * machines that share it, not to the stack's provider configuration, and
 * `terrace build` fills it without configuring any provider.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>

#include "provider/aws/build/api.h"
#include "provider/aws/transport/transport.h"
#include "provider/aws/build/zip.h"

#define SCHEME "s3://"

/* s3://BUCKET[/PREFIX] -> bucket and the object key of `key`'s entry. */
static int entry_object(const char *uri, const char *key, char **bucket, char **object,
			struct strbuf *err)
{
	const char *b = uri + strlen(SCHEME), *slash = strchr(b, '/');
	size_t blen = slash ? (size_t)(slash - b) : strlen(b);
	const char *prefix = slash ? slash + 1 : "";
	size_t plen = strlen(prefix);

	if (!blen) {
		strbuf_addf(err, BUILD_SHARED_CACHE_ENV "=%s: name a bucket: s3://BUCKET/PREFIX",
			    uri);
		return -1;
	}
	while (plen && prefix[plen - 1] == '/')
		plen--;
	*bucket = xstrndup(b, blen);
	*object = plen ? xasprintf("%.*s/%s.zip", (int)plen, prefix, key)
		       : xasprintf("%s.zip", key);
	return 0;
}

static int client_of_environment(struct aws_client **c, struct strbuf *err)
{
	struct aws_config cfg = { 0 };

	if (aws_client_new(&cfg, c, err) < 0) {
		strbuf_prefixf(err, "the S3 build cache: ");
		return -1;
	}
	return 0;
}

/* Whether a name in the archive stays inside the folder it is unpacked in. */
static bool name_inside(const char *name)
{
	if (!*name || name[0] == '/')
		return false;
	for (const char *p = name; p; p = strchr(p, '/')) {
		if (*p == '/')
			p++;
		if (!strncmp(p, "..", 2) && (p[2] == '/' || !p[2]))
			return false;
	}
	return true;
}

/* mkdir -p of the folders above `path`. */
static int make_parents(const char *path, struct strbuf *err)
{
	char *p = xstrdup(path);
	int rc = 0;

	for (char *s = strchr(p + 1, '/'); s && rc == 0; s = strchr(s + 1, '/')) {
		*s = '\0';
		if (mkdir(p, 0755) < 0 && errno != EEXIST) {
			strbuf_addf(err, "cannot make the folder %s: %s", p, strerror(errno));
			rc = -1;
		}
		*s = '/';
	}
	free(p);
	return rc;
}

/* Unpack a zip in memory into the new folder `into`. */
static int unpack(const void *data, size_t len, const char *into, struct strbuf *err)
{
	zip_error_t ze;
	zip_source_t *src;
	zip_t *za;
	zip_int64_t n;
	int rc = 0;

	zip_error_init(&ze);
	src = zip_source_buffer_create(data, len, 0, &ze);
	za = src ? zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze) : NULL;
	if (!za) {
		strbuf_addf(err, "not a zip archive: %s", zip_error_strerror(&ze));
		if (src)
			zip_source_free(src);
		zip_error_fini(&ze);
		return -1;
	}
	zip_error_fini(&ze);
	n = zip_get_num_entries(za, 0);
	for (zip_int64_t i = 0; rc == 0 && i < n; i++) {
		const char *name = zip_get_name(za, (zip_uint64_t)i, 0);

		if (!name || !name_inside(name)) {
			strbuf_addf(err, "the archive names %s, outside its folder",
				    name ? name : "an entry without a name");
			rc = -1;
		}
	}
	if (rc == 0 && mkdir(into, 0755) < 0) {
		strbuf_addf(err, "cannot make the folder %s: %s", into, strerror(errno));
		rc = -1;
	}
	for (zip_int64_t i = 0; rc == 0 && i < n; i++) {
		const char *name = zip_get_name(za, (zip_uint64_t)i, 0);
		char *path = xasprintf("%s/%s", into, name);
		zip_uint8_t opsys;
		zip_uint32_t attrs = 0;
		zip_file_t *zf = NULL;
		int fd = -1;

		zip_file_get_external_attributes(za, (zip_uint64_t)i, 0, &opsys, &attrs);
		rc = make_parents(path, err);
		if (rc == 0 && !(zf = zip_fopen_index(za, (zip_uint64_t)i, 0))) {
			strbuf_addf(err, "cannot read %s in the archive: %s", name, zip_strerror(za));
			rc = -1;
		}
		if (rc == 0 && (fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
					  (attrs >> 16) & 0111 ? 0755 : 0644)) < 0) {
			strbuf_addf(err, "cannot write %s: %s", path, strerror(errno));
			rc = -1;
		}
		while (rc == 0) {
			char buf[65536];
			zip_int64_t got = zip_fread(zf, buf, sizeof(buf));

			if (got == 0)
				break;
			if (got < 0 || write(fd, buf, (size_t)got) != got) {
				strbuf_addf(err, "cannot unpack %s", name);
				rc = -1;
			}
		}
		if (fd >= 0 && close(fd) < 0 && rc == 0) {
			strbuf_addf(err, "cannot write %s: %s", path, strerror(errno));
			rc = -1;
		}
		if (zf)
			zip_fclose(zf);
		free(path);
	}
	zip_discard(za);
	return rc;
}

static const char *header_value(const struct aws_response *resp, const char *name)
{
	for (size_t i = 0; i < resp->n_headers; i++)
		if (!strcmp(resp->headers[i].name, name))
			return resp->headers[i].value;
	return NULL;
}

static int s3_cache_get(const char *uri, const char *key, const char *into, struct strbuf *err)
{
	static const char *const absent[] = { "NoSuchKey", "404", NULL };
	struct aws_client *c = NULL;
	struct aws_response resp = { 0 };
	char *bucket = NULL, *object = NULL, *path = NULL, sha[65];
	int rc;

	if (entry_object(uri, key, &bucket, &object, err) || client_of_environment(&c, err)) {
		rc = -1;
		goto out;
	}
	path = xasprintf("/%s", object);
	struct aws_request req = { .operation = "GetObject", .method = "GET", .bucket = bucket,
				   .path = path };
	rc = s3_call(c, &req, absent, &resp, err);
	if (rc == 1) {
		rc = 0; /* no entry */
		goto out;
	}
	if (rc < 0)
		goto out;
	const char *want = header_value(&resp, S3_SHA256_META);

	sigv4_sha256_hex(resp.body, resp.body_len, sha);
	if (!want || strcmp(want, sha)) {
		strbuf_addf(err, "s3://%s/%s: its SHA-256 is %s, not the %s its metadata gives",
			    bucket, object, sha, want ? want : "(none)");
		rc = -1;
		goto out;
	}
	rc = unpack(resp.body, resp.body_len, into, err) ? -1 : 1;
	if (rc < 0)
		strbuf_prefixf(err, "s3://%s/%s: ", bucket, object);
out:
	aws_response_free(&resp);
	if (c)
		aws_client_free(c);
	free(bucket);
	free(object);
	free(path);
	return rc;
}

static int s3_cache_put(const char *uri, const char *key, const char *from, struct strbuf *err)
{
	struct aws_client *c = NULL;
	struct aws_response resp = { 0 };
	struct package_zip z = { 0 };
	char *bucket = NULL, *object = NULL, *path = NULL, sha[65], md5[S3_MD5_B64_SIZE];
	int rc = -1;

	if (entry_object(uri, key, &bucket, &object, err) || client_of_environment(&c, err) ||
	    package_zip_build(from, &z, err))
		goto out;
	sigv4_sha256_hex(z.data, z.len, sha);
	s3_md5_base64(z.data, z.len, md5);
	path = xasprintf("/%s", object);
	struct aws_header headers[] = {
		{ "Content-Type", "application/zip" },
		{ "Content-MD5", md5 },
		{ S3_SHA256_META, sha },
	};
	struct aws_request req = { .operation = "PutObject", .method = "PUT", .bucket = bucket,
				   .path = path, .headers = headers,
				   .n_headers = sizeof(headers) / sizeof(*headers),
				   .body = z.data, .body_len = z.len };
	rc = s3_call(c, &req, NULL, &resp, err);
out:
	aws_response_free(&resp);
	package_zip_release(&z);
	if (c)
		aws_client_free(c);
	free(bucket);
	free(object);
	free(path);
	return rc < 0 ? -1 : 0;
}

const struct build_cache_store aws_build_cache_s3 = {
	.scheme = SCHEME,
	.get = s3_cache_get,
	.put = s3_cache_put,
};
