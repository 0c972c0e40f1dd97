/*
 * s3/artifact.c: the aws.s3.artifact resource type — a job's script or
 * package (a Glue script, a Lambda zip, a jar) uploaded from a local file
 * to a content-addressed key, so that whatever references the key or URI
 * changes exactly when the file's bytes do.
 *
 * The key is PREFIX + the file's name without its extension + "-" + the
 * first 16 hex digits of its SHA-256 + the extension:
 * glue/script/bronze-3f2a9c0d1e4b5a6f.py. plan_desired computes it, with
 * content_sha256, size and uri ("s3://BUCKET/KEY"), from the local file,
 * so a plan already knows them: an unchanged file plans nothing and sends
 * nothing, a changed one is a replacement (a new key: the new object is
 * uploaded and the old one deleted) and its dependents plan an update.
 *
 * The id is "BUCKET/KEY". read() is a HeadObject of the key (gone: the
 * object is made again); the SHA-256 comes from the object's
 * x-amz-meta-content-sha256, so bytes rewritten under the key outside
 * terrace show as drift and are uploaded again in place. Shape of read():
 * bucket, key, uri, content_type, content_sha256 (null without the
 * metadata), size, etag (without quotes), version_id (null when the
 * bucket keeps no versions). source and prefix are CONFIG_ONLY.
 *
 * Uploads go through provider/aws/transport/multipart.h (a multipart upload above
 * 16 MiB). A create that finds the key already holding these bytes (same
 * SHA-256 metadata and size: an interrupted earlier run, or a shared
 * artifact) sends nothing. A content_type change is a CopyObject of the
 * object onto itself with the new header, no bytes sent. Create and update
 * run on the contract of provider/aws/adopt.h: the create's send looks,
 * then puts what the key lacks, and hands the driver what S3 shows (no read
 * back); an update converges from a live HeadObject. A found object is
 * never "already there" to the driver: the write makes the key hold these
 * bytes whatever it held (AWS_ADOPT_BY_OVERWRITE).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "provider/aws/adopt.h"
#include "provider/aws/build/api.h"
#include "provider/aws/resources.h"
#include "provider/aws/s3/api.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"
#include "provider/base/text.h"

#define TYPE_NAME "aws.s3.artifact"
#define KEY_HASH_DIGITS 16
#define MAX_KEY_LEN 1024
#define MAX_COPY_SIZE ((json_int_t)5 << 30) /* CopyObject's limit: larger ones are uploaded again */

static const struct attr_schema artifact_attrs[] = {
	{ .name = "bucket", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "bucket name" },
	{ .name = "source", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY,
	  .description = "local file to upload (a script, a zip, a jar); or set build" },
	AWS_BUILD_ATTR,
	{ .name = "prefix", .type = ATTR_STRING,
	  .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY | ATTR_FORCE_NEW,
	  .description = "key prefix, like \"glue/script/\"", .default_json = "\"\"" },
	{ .name = "content_type", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "Content-Type; by default from the file's extension (.py text/x-python, "
			 ".zip application/zip, .jar application/java-archive, ...), else "
			 "application/octet-stream" },
	{ .name = "key", .type = ATTR_STRING, .flags = ATTR_COMPUTED | ATTR_FORCE_NEW,
	  .description = "PREFIX + NAME + \"-\" + 16 hex digits of the SHA-256 + EXTENSION" },
	{ .name = "uri", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "s3://BUCKET/KEY, for script_location and the like" },
	{ .name = "content_sha256", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "hex SHA-256 of the file's bytes" },
	{ .name = "size", .type = ATTR_NUMBER, .flags = ATTR_COMPUTED,
	  .description = "size in bytes" },
	{ .name = "etag", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "ETag S3 gave the object" },
	{ .name = "version_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "version id in a versioned bucket, else null" },
	{ .name = NULL },
};

static const char *const object_gone[] = { "404", "NoSuchKey", "NoSuchBucket", NULL };

static const struct {
	const char *ext;
	const char *type;
} content_types[] = {
	{ ".py", "text/x-python" },
	{ ".scala", "text/x-scala" },
	{ ".sql", "application/sql" },
	{ ".sh", "text/x-shellscript" },
	{ ".json", "application/json" },
	{ ".yaml", "application/yaml" },
	{ ".yml", "application/yaml" },
	{ ".txt", "text/plain" },
	{ ".csv", "text/csv" },
	{ ".zip", "application/zip" },
	{ ".whl", "application/zip" },
	{ ".egg", "application/zip" },
	{ ".jar", "application/java-archive" },
	{ ".tar", "application/x-tar" },
	{ ".gz", "application/gzip" },
	{ ".tgz", "application/gzip" },
	{ ".parquet", "application/vnd.apache.parquet" },
};

#define DEFAULT_CONTENT_TYPE "application/octet-stream"

/* The extension of a file name as it goes at the end of the key: the last
 * one, with ".tar" before a compression suffix; "" for none or a dotfile. */
static const char *name_extension(const char *base)
{
	static const char *const compressed[] = { ".gz", ".bz2", ".xz", ".zst" };
	const char *dot = strrchr(base, '.');

	if (!dot || dot == base)
		return "";
	for (size_t i = 0; i < sizeof(compressed) / sizeof(*compressed); i++)
		if (!strcasecmp(dot, compressed[i]) && dot - base > 4 &&
		    !strncasecmp(dot - 4, ".tar", 4))
			return dot - 4;
	return dot;
}

static const char *guess_content_type(const char *base)
{
	const char *dot = strrchr(base, '.');

	if (!dot || dot == base)
		return DEFAULT_CONTENT_TYPE;
	for (size_t i = 0; i < sizeof(content_types) / sizeof(*content_types); i++)
		if (!strcasecmp(dot, content_types[i].ext))
			return content_types[i].type;
	return DEFAULT_CONTENT_TYPE;
}

/* PREFIX + NAME + "-" + 16 hex digits + EXTENSION; NULL with err set when
 * it is not a usable key. */
static char *artifact_key(const char *prefix, const char *source, const char *sha256,
			  struct strbuf *err)
{
	const char *base = path_base(source), *ext = name_extension(base);
	char *key;

	if (!*base) {
		strbuf_addf(err, TYPE_NAME ": source \"%s\" names a folder, not a file", source);
		return NULL;
	}
	key = xasprintf("%s%.*s-%.*s%s", prefix, (int)(ext - base), base, KEY_HASH_DIGITS, sha256,
			ext);
	if (strlen(key) > MAX_KEY_LEN) {
		strbuf_addf(err, TYPE_NAME ": the key for %s would be %zu bytes long; S3 allows %d",
			    source, strlen(key), MAX_KEY_LEN);
		free(key);
		return NULL;
	}
	return key;
}

/* ---- plan time ---- */

static int artifact_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err)
{
	json_t *source = value_get(desired, "source"), *prefix = value_get(desired, "prefix");
	json_t *bucket = value_get(desired, "bucket");
	const char *path;
	char sha256[65], *key;
	struct stat st;

	(void)prior;
	if (aws_build_plan_desired(desired, TYPE_NAME, AWS_BUILD_FILE, err))
		return -1;
	source = value_get(desired, "source"); /* the build's output, when built */
	if (!value_is_set(source) || value_is_unknown(source))
		return 0; /* known only after apply: so are key and uri */
	if (!json_is_string(source)) {
		strbuf_addf(err, TYPE_NAME ": source is %s, no path to read", value_kind(source));
		return -1;
	}
	path = json_string_value(source);
	if (stat(path, &st) < 0) {
		strbuf_addf(err, TYPE_NAME ": cannot read source %s: %s", path, strerror(errno));
		return -1;
	}
	if (!S_ISREG(st.st_mode)) {
		strbuf_addf(err, TYPE_NAME ": source %s is not a regular file", path);
		return -1;
	}
	if (s3_file_sha256(path, sha256, err)) {
		strbuf_prefixf(err, TYPE_NAME ": ");
		return -1;
	}
	json_object_set_new(desired, "content_sha256", json_string(sha256));
	json_object_set_new(desired, "size", json_integer((json_int_t)st.st_size));
	if (!value_is_set(value_get(desired, "content_type")))
		json_object_set_new(desired, "content_type",
				    json_string(guess_content_type(path_base(path))));

	if (value_is_unknown(prefix))
		return 0;
	if (value_is_set(prefix) && !json_is_string(prefix)) {
		strbuf_addf(err, TYPE_NAME ": prefix is %s, no text to send", value_kind(prefix));
		return -1;
	}
	key = artifact_key(value_is_set(prefix) ? json_string_value(prefix) : "", path, sha256, err);
	if (!key)
		return -1;
	if (json_is_string(bucket))
		json_object_set_new(desired, "uri",
				    json_sprintf("s3://%s/%s", json_string_value(bucket), key));
	json_object_set_new(desired, "key", json_string(key));
	free(key);
	return 0;
}

/* ---- read ---- */

/* The attributes a HeadObject answer shows. */
static json_t *head_attrs(const char *bucket, const char *key, const struct aws_response *resp)
{
	json_t *o = json_object();
	const char *length = aws_response_header(resp, "content-length");
	const char *etag = aws_response_header(resp, "etag");
	const char *version = aws_response_header(resp, "x-amz-version-id");
	size_t etag_len = etag ? strlen(etag) : 0;

	json_object_set_new(o, "bucket", json_string(bucket));
	json_object_set_new(o, "key", json_string(key));
	json_object_set_new(o, "uri", json_sprintf("s3://%s/%s", bucket, key));
	json_object_set_new(o, "content_type", aws_s3_header_string(resp, "content-type"));
	json_object_set_new(o, "content_sha256", aws_s3_header_string(resp, S3_SHA256_META));
	json_object_set_new(o, "size", length ? json_integer(strtoll(length, NULL, 10)) : json_null());
	if (etag_len >= 2 && etag[0] == '"' && etag[etag_len - 1] == '"')
		json_object_set_new(o, "etag", json_stringn(etag + 1, etag_len - 2));
	else
		json_object_set_new(o, "etag", etag ? json_string(etag) : json_null());
	json_object_set_new(o, "version_id", version && *version && strcmp(version, "null")
						     ? json_string(version) : json_null());
	return o;
}

/* HeadObject: 0 with *out, or with *out NULL when there is no such object. */
static int head_object(struct aws_client *c, const char *bucket, const char *key, json_t **out,
		       struct strbuf *err)
{
	char *path = xasprintf("/%s", key);
	struct aws_request req = {
		.operation = "HeadObject", .method = "HEAD", .bucket = bucket, .path = path,
	};
	struct aws_response resp;
	int ret = s3_call(c, &req, object_gone, &resp, err);

	*out = ret == 0 ? head_attrs(bucket, key, &resp) : NULL;
	aws_response_free(&resp);
	free(path);
	return ret < 0 ? -1 : 0;
}

static int artifact_read(void *client, const char *id, const json_t *prior,
			 json_t **out, struct strbuf *err)
{
	char *bucket, *path;
	int ret;

	(void)prior;
	*out = NULL;
	if (aws_s3_split_object_id(TYPE_NAME, id, &bucket, &path, err))
		return -1;
	ret = head_object(client, bucket, path + 1, out, err);
	free(bucket);
	free(path);
	return ret;
}

/* ---- write ---- */

/* The desired attributes every write needs, known by apply time. */
struct artifact_want {
	const char *bucket, *key, *source, *sha256, *content_type;
	json_int_t size;
};

static int want_of(const json_t *desired, struct artifact_want *w, struct strbuf *err)
{
	static const char *const needed[] = { "bucket", "key", "source", "content_sha256",
					      "content_type" };

	for (size_t i = 0; i < sizeof(needed) / sizeof(*needed); i++) {
		json_t *v = value_get(desired, needed[i]);

		if (!json_is_string(v) || !*json_string_value(v)) {
			strbuf_addf(err, TYPE_NAME ": %s is not known at apply time", needed[i]);
			return -1;
		}
	}
	w->bucket = json_string_value(value_get(desired, "bucket"));
	w->key = json_string_value(value_get(desired, "key"));
	w->source = json_string_value(value_get(desired, "source"));
	w->sha256 = json_string_value(value_get(desired, "content_sha256"));
	w->content_type = json_string_value(value_get(desired, "content_type"));
	w->size = json_integer_value(value_get(desired, "size"));
	return 0;
}

/* The stored attributes: what S3 showed, plus the configuration. */
static json_t *result_attrs(const json_t *desired, json_t *shown)
{
	json_t *o = json_deep_copy(desired);

	json_object_update(o, shown);
	json_decref(shown);
	return o;
}

static int upload(struct aws_client *c, const json_t *desired, const struct artifact_want *w,
		  bool may_exist, json_t **out, struct strbuf *err)
{
	struct aws_header headers[] = { { .name = "Content-Type", .value = (char *)w->content_type } };
	struct s3_upload u = {
		.bucket = w->bucket, .key = w->key, .path = w->source, .sha256_hex = w->sha256,
		.headers = headers, .n_headers = 1, .abort_stale = may_exist,
	};
	struct s3_upload_result res;
	json_t *shown;

	if (s3_upload_file(c, &u, &res, err)) {
		strbuf_prefixf(err, TYPE_NAME ": ");
		return -1;
	}
	shown = json_pack("{s:s, s:s, s:s+++, s:s, s:s, s:I, s:s?, s:s?}", "bucket", w->bucket,
			  "key", w->key, "uri", "s3://", w->bucket, "/", w->key,
			  "content_type", w->content_type, "content_sha256", res.sha256_hex,
			  "size", (json_int_t)res.size, "etag", res.etag,
			  "version_id", res.version_id);
	s3_upload_result_release(&res);
	*out = result_attrs(desired, shown);
	return 0;
}

/* CopyObject onto itself with a new Content-Type: no bytes sent. */
static int replace_content_type(struct aws_client *c, const json_t *desired,
				const struct artifact_want *w, json_t **out, struct strbuf *err)
{
	struct strbuf copy_source = STRBUF_INIT;
	char *path = xasprintf("/%s", w->key);
	struct aws_header headers[4];
	struct aws_request req = {
		.operation = "CopyObject", .method = "PUT", .bucket = w->bucket, .path = path,
		.headers = headers, .n_headers = 4,
	};
	struct aws_response resp;
	json_t *shown = NULL;
	int ret;

	strbuf_addch(&copy_source, '/');
	sigv4_uri_encode(&copy_source, w->bucket, strlen(w->bucket), false);
	strbuf_addch(&copy_source, '/');
	sigv4_uri_encode(&copy_source, w->key, strlen(w->key), true);
	headers[0] = (struct aws_header){ .name = "x-amz-copy-source", .value = copy_source.buf };
	headers[1] = (struct aws_header){ .name = "x-amz-metadata-directive", .value = "REPLACE" };
	headers[2] = (struct aws_header){ .name = "Content-Type", .value = (char *)w->content_type };
	headers[3] = (struct aws_header){ .name = S3_SHA256_META, .value = (char *)w->sha256 };
	ret = s3_call(c, &req, NULL, &resp, err);
	aws_response_free(&resp);
	if (ret == 0)
		ret = head_object(c, w->bucket, w->key, &shown, err);
	if (ret == 0 && !shown) {
		strbuf_addf(err, TYPE_NAME ": s3://%s/%s is gone right after CopyObject", w->bucket,
			    w->key);
		ret = -1;
	}
	if (ret == 0)
		*out = result_attrs(desired, shown);
	strbuf_release(&copy_source);
	free(path);
	return ret < 0 ? -1 : 0;
}

/* Whether what S3 shows holds the desired bytes (by their SHA-256 metadata
 * and size). */
static bool holds_bytes(const json_t *shown, const struct artifact_want *w)
{
	const char *sha = json_string_value(value_get(shown, "content_sha256"));

	return sha && !strcmp(sha, w->sha256) &&
	       json_integer_value(value_get(shown, "size")) == w->size;
}

/* Bring the object under the key to the desired state, given what S3
 * shows now (NULL: nothing there; taken). */
static int bring_to(struct aws_client *c, const json_t *desired, const struct artifact_want *w,
		    json_t *shown, bool may_exist, json_t **out, struct strbuf *err)
{
	const char *shown_type = json_string_value(value_get(shown, "content_type"));
	bool type_differs = !shown_type || strcmp(shown_type, w->content_type);

	if (!shown || !holds_bytes(shown, w) || (type_differs && w->size > MAX_COPY_SIZE)) {
		json_decref(shown);
		return upload(c, desired, w, may_exist, out, err);
	}
	if (type_differs) {
		json_decref(shown);
		return replace_content_type(c, desired, w, out, err);
	}
	*out = result_attrs(desired, shown);
	return 0;
}

/* The create's send: a key that already holds these bytes needs no upload
 * (content addressing); else the bytes are put. What S3 shows is the
 * driver's to store (sent->out). */
static int artifact_send_create(struct aws_client *c, const json_t *desired,
				const struct create_call *call, struct aws_sent *sent,
				struct strbuf *err)
{
	struct artifact_want w;
	json_t *shown;

	if (want_of(desired, &w, err) || head_object(c, w.bucket, w.key, &shown, err))
		return -1;
	if (bring_to(c, desired, &w, shown, call && call->may_exist, &sent->out, err))
		return -1;
	sent->id = xasprintf("%s/%s", w.bucket, w.key);
	return 0;
}

/*
 * The converge (the contract, provider/aws/adopt.h): from what S3 shows
 * under the key now (`have`, HeadObject), the bytes uploaded again when
 * they are not the desired ones (rewritten outside terrace, or their
 * metadata lost), the type replaced when it differs, what S3 shows stored.
 * `prior` is not used: an artifact has no write-only attribute and its id
 * addresses it.
 */
static int artifact_converge(struct aws_client *c, const char *id, const json_t *have,
			     const json_t *desired, json_t **out, struct strbuf *err)
{
	struct artifact_want w;

	(void)id;
	*out = NULL;
	if (want_of(desired, &w, err))
		return -1;
	return bring_to(c, desired, &w, have ? json_deep_copy(have) : NULL, false, out, err);
}

static const struct aws_native_ops artifact_native = {
	.send_create = artifact_send_create,
	.adopt = { .by = AWS_ADOPT_BY_OVERWRITE, .noun = "key", .object = TYPE_NAME " %s" },
	.converge = artifact_converge,
	.read = artifact_read,
	.created_shape = AWS_SHAPE_NONE,
	.update_shape = AWS_SHAPE_NONE,
	.made_missing = TYPE_NAME " %s was put but HeadObject does not find it",
	.gone = TYPE_NAME " %s is in the state but HeadObject does not find it: "
		"plan again to upload it",
};

AWS_NATIVE_FUNCTIONS(artifact, artifact_native)

static int artifact_delete(void *client, const char *id, const json_t *prior,
			   struct strbuf *err)
{
	(void)prior;
	return aws_s3_delete_object_id(client, TYPE_NAME, id, err);
}

const struct resource_type aws_s3_artifact_type = {
	.name = TYPE_NAME,
	.description = "a job's script or package uploaded from a local file to a content-addressed "
		       "key (PREFIX + NAME-SHA256PREFIX.EXT)",
	.attrs = artifact_attrs,
	.terraform_type = "aws_s3_object",
	.terraform_attrs = "bucket key source content_type etag version_id",
	.read = artifact_read,
	.create = artifact_create,
	.update = artifact_update,
	.native = &artifact_native,
	.delete = artifact_delete,
	.plan_desired = artifact_plan_desired,
	.not_importable = "its key is derived from the local file's SHA-256, so apply uploads it "
			  "when missing and finds it when already there: nothing to import",
};
