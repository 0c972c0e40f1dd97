/*
 * s3/object.c: the aws.s3.object resource type — one object written from a
 * local file (source) or from inline text (content), with its content type,
 * user metadata and tags. The id is "BUCKET/KEY".
 *
 * The object's SHA-256 is stored in its metadata as x-amz-meta-content-sha256
 * on every PUT, so read() reports content_sha256 and an object rewritten
 * outside terrace shows as drift. aws_s3_object_plan_hash() gives the core
 * the value it will have, at plan time. A source file goes up through
 * provider/aws/transport/multipart.h: one PutObject up to 16 MiB, a multipart upload
 * above that.
 *
 * Shape of read(): bucket, key, content_type, metadata (user metadata, keys
 * lower-case as S3 stores them), tags, etag (without quotes), version_id
 * (null when the bucket is not versioned), content_sha256 (null when the
 * object carries no such metadata). source and content are CONFIG_ONLY.
 *
 * S3 takes 10 tags on an object: terrace's own two (terrace:stack,
 * terrace:workspace) go on only while the written ones leave room for them
 * (max_tags, plan/desired.c); validate refuses more than 10 written.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "provider/aws/adopt.h"
#include "provider/aws/listing.h"
#include "provider/aws/resources.h"
#include "provider/aws/transport/transport.h"
#include "provider/aws/s3/api.h"
#include "provider/provider.h"

#define TYPE_NAME "aws.s3.object"

#define META_PREFIX "x-amz-meta-"
#define SHA256_META "content-sha256"

static const struct attr_schema object_attrs[] = {
	{ .name = "bucket", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "bucket name" },
	{ .name = "key", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "object key, like \"config/app.json\"" },
	{ .name = "source", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY,
	  .description = "local file to upload (set this or content)" },
	{ .name = "content", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY,
	  .description = "text to upload (set this or source)" },
	{ .name = "content_type", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "Content-Type of the object", .default_json = "\"binary/octet-stream\"" },
	{ .name = "metadata", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "user metadata (x-amz-meta-*); keys are lower-case", .default_json = "{}" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "object tags", .default_json = "{}" },
	{ .name = "etag", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "ETag S3 gave the object", .digest_of = "content" },
	{ .name = "content_sha256", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "hex SHA-256 of the object's bytes", .digest_of = "content" },
	{ .name = "version_id", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "version id in a versioned bucket, else null" },
	{ .name = NULL },
};

static const char *const object_gone[] = { "404", "NoSuchKey", "NoSuchBucket", NULL };

int aws_s3_object_plan_hash(const json_t *desired, char out[65], struct strbuf *err)
{
	json_t *source = value_get(desired, "source");
	json_t *content = value_get(desired, "content");
	json_t *v;

	if (value_is_set(source) == value_is_set(content)) {
		strbuf_addstr(err, "aws.s3.object: source and content give no one body to send");
		return -1;
	}
	v = value_is_set(source) ? source : content;
	if (value_is_unknown(v))
		return 1;
	if (!json_is_string(v)) {
		strbuf_addf(err, "aws.s3.object: %s has no text to send",
			    value_is_set(source) ? "source" : "content");
		return -1;
	}
	if (value_is_set(source)) {
		if (s3_file_sha256(json_string_value(v), out, err))
			return -1;
		return 0;
	}
	sigv4_sha256_hex(json_string_value(v), json_string_length(v), out);
	return 0;
}

/* The hash at apply time, when every value is known. */
static int hash_of(const json_t *desired, char out[65], struct strbuf *err)
{
	int ret = aws_s3_object_plan_hash(desired, out, err);

	if (ret == 1)
		strbuf_addstr(err, "aws.s3.object: source or content is still unknown at apply time");
	return ret ? -1 : 0;
}

/* ---- read ---- */

static int read_object_tags(struct aws_client *c, const char *bucket, const char *path,
			    json_t **out, struct strbuf *err)
{
	xmlDocPtr doc;
	int ret = s3_get_xml(c, "GetObjectTagging", bucket, path, "tagging", NULL, &doc, err);

	if (ret)
		return -1;
	*out = s3_tagging_parse(doc);
	xmlFreeDoc(doc);
	return 0;
}

/* The ETag without its quotes. */
static json_t *etag_of(const struct aws_response *resp)
{
	const char *v = aws_response_header(resp, "etag");
	size_t len;

	if (!v)
		return json_null();
	len = strlen(v);
	if (len >= 2 && v[0] == '"' && v[len - 1] == '"')
		return json_stringn(v + 1, len - 2);
	return json_string(v);
}

static json_t *version_of(const struct aws_response *resp)
{
	const char *v = aws_response_header(resp, "x-amz-version-id");

	return v && *v && strcmp(v, "null") ? json_string(v) : json_null();
}

static int object_read(void *client, const char *id, const json_t *prior,
		       json_t **out, struct strbuf *err)
{
	struct aws_client *c = client;
	char *bucket, *path;
	struct aws_request req = { .operation = "HeadObject", .method = "HEAD" };
	struct aws_response resp;
	json_t *o = NULL, *metadata, *tags = NULL;
	int ret;

	(void)prior;
	*out = NULL;
	if (aws_s3_split_object_id(TYPE_NAME, id, &bucket, &path, err))
		return -1;
	req.bucket = bucket;
	req.path = path;
	ret = s3_call(c, &req, object_gone, &resp, err);
	if (ret != 0) {
		aws_response_free(&resp);
		free(bucket);
		free(path);
		return ret < 0 ? -1 : 0;
	}
	o = json_object();
	metadata = json_object();
	json_object_set_new(o, "content_sha256", json_null());
	for (size_t i = 0; i < resp.n_headers; i++) {
		const char *name = resp.headers[i].name;

		if (strncasecmp(name, META_PREFIX, strlen(META_PREFIX)))
			continue;
		name += strlen(META_PREFIX);
		if (!strcasecmp(name, SHA256_META))
			json_object_set_new(o, "content_sha256", json_string(resp.headers[i].value));
		else
			json_object_set_new(metadata, name, json_string(resp.headers[i].value));
	}
	json_object_set_new(o, "bucket", json_string(bucket));
	json_object_set_new(o, "key", json_string(path + 1));
	json_object_set_new(o, "content_type", aws_s3_header_string(&resp, "content-type"));
	json_object_set_new(o, "metadata", metadata);
	json_object_set_new(o, "etag", etag_of(&resp));
	json_object_set_new(o, "version_id", version_of(&resp));
	aws_response_free(&resp);

	ret = read_object_tags(c, bucket, path, &tags, err);
	if (ret == 0) {
		json_object_set_new(o, "tags", tags);
		*out = o;
	} else {
		json_decref(o);
	}
	free(bucket);
	free(path);
	return ret;
}

/* ---- write ---- */

/* Headers of a PutObject, owning their strings. */
struct put_headers {
	struct aws_header *items;
	size_t n;
};

static void put_header(struct put_headers *h, const char *name, const char *value)
{
	h->items = xrealloc(h->items, (h->n + 1) * sizeof(*h->items));
	h->items[h->n].name = xstrdup(name);
	h->items[h->n].value = xstrdup(value);
	h->n++;
}

static void put_headers_free(struct put_headers *h)
{
	for (size_t i = 0; i < h->n; i++) {
		free(h->items[i].name);
		free(h->items[i].value);
	}
	free(h->items);
}

/* The attributes stored after a PutObject (or a multipart upload). */
static json_t *stored_attrs(const json_t *desired, const char *content_type, const char *sha256,
			    const char *etag, const char *version_id)
{
	json_t *o = json_deep_copy(desired);

	if (!value_is_set(json_object_get(o, "metadata")))
		json_object_set_new(o, "metadata", json_object());
	if (!value_is_set(json_object_get(o, "tags")))
		json_object_set_new(o, "tags", json_object());
	json_object_set_new(o, "content_type", json_string(content_type));
	json_object_set_new(o, "content_sha256", json_string(sha256));
	json_object_set_new(o, "etag", etag ? json_string(etag) : json_null());
	json_object_set_new(o, "version_id", version_id ? json_string(version_id) : json_null());
	return o;
}

/* Upload the desired bytes; *out gets the stored attributes. sha256 is
 * their hash when the caller has just computed it, else NULL. */
static int put_object_tags(struct aws_client *c, const char *bucket, const char *path,
			   const json_t *tags, struct strbuf *err);

static int put_object(struct aws_client *c, const json_t *desired, const char *sha256,
		      bool may_exist, json_t **out, struct strbuf *err)
{
	const char *bucket = json_string_value(value_get(desired, "bucket"));
	const char *key = json_string_value(value_get(desired, "key"));
	json_t *source = value_get(desired, "source");
	json_t *content = value_get(desired, "content");
	json_t *metadata = value_get(desired, "metadata");
	json_t *tags = value_get(desired, "tags");
	const char *content_type = json_string_value(value_get(desired, "content_type"));
	const char *planned = json_string_value(value_get(desired, "content_sha256"));
	char md5[S3_MD5_B64_SIZE], content_sha256[65];
	struct put_headers h = { 0 };
	struct aws_request req = { .operation = "PutObject", .method = "PUT" };
	struct aws_response resp;
	char *path;
	const char *mkey;
	json_t *mvalue;
	int ret;

	if (!bucket || !key) {
		strbuf_addstr(err, "aws.s3.object: bucket or key has no value to send");
		return -1;
	}
	if (value_is_set(source) == value_is_set(content)) {
		strbuf_addstr(err, "aws.s3.object: source and content give no one body to send");
		return -1;
	}
	if (!json_is_string(value_is_set(source) ? source : content)) {
		strbuf_addf(err, "aws.s3.object: %s has no text to send",
			    value_is_set(source) ? "source" : "content");
		return -1;
	}

	put_header(&h, "Content-Type", content_type && *content_type ? content_type
								      : "binary/octet-stream");
	if (json_is_object(metadata)) {
		json_object_foreach(metadata, mkey, mvalue) {
			char *name = xasprintf(META_PREFIX "%s", mkey);

			put_header(&h, name, json_string_value(mvalue));
			free(name);
		}
	}
	if (json_object_size(tags)) {
		struct strbuf tagging = STRBUF_INIT;

		s3_tagging_header(&tagging, tags);
		put_header(&h, "x-amz-tagging", tagging.buf);
		strbuf_release(&tagging);
	}

	if (value_is_set(source)) {
		struct s3_upload u = {
			.bucket = bucket, .key = key, .path = json_string_value(source),
			.sha256_hex = sha256 ? sha256 : planned, .headers = h.items,
			.n_headers = h.n, .abort_stale = may_exist,
		};
		struct s3_upload_result res;

		ret = s3_upload_file(c, &u, &res, err);
		if (ret == 0) {
			/* Some S3 servers (s3rver) drop x-amz-tagging on
			 * CreateMultipartUpload: the tags are put again once the
			 * parts are in. */
			if (res.parts && json_object_size(tags)) {
				char *tpath = xasprintf("/%s", key);
				ret = put_object_tags(c, bucket, tpath, tags, err);
				free(tpath);
			}
			if (ret == 0)
				*out = stored_attrs(desired, h.items[0].value, res.sha256_hex,
						    res.etag, res.version_id);
			s3_upload_result_release(&res);
		}
		put_headers_free(&h);
		return ret;
	}

	req.body = json_string_value(content);
	req.body_len = json_string_length(content);
	s3_md5_base64(req.body, req.body_len, md5);
	sigv4_sha256_hex(req.body, req.body_len, content_sha256);
	put_header(&h, "Content-MD5", md5);
	put_header(&h, META_PREFIX SHA256_META, content_sha256);
	path = xasprintf("/%s", key);
	req.bucket = bucket;
	req.path = path;
	req.headers = h.items;
	req.n_headers = h.n;
	ret = s3_call(c, &req, NULL, &resp, err);
	if (ret == 0) {
		json_t *etag = etag_of(&resp), *version = version_of(&resp);

		*out = stored_attrs(desired, h.items[0].value, content_sha256,
				    json_string_value(etag), json_string_value(version));
		json_decref(etag);
		json_decref(version);
	}
	aws_response_free(&resp);
	put_headers_free(&h);
	free(path);
	return ret < 0 ? -1 : 0;
}

/* The id: "BUCKET/KEY", or NULL while either is not set. */
static char *object_config_id(const json_t *desired)
{
	const char *bucket = value_get_string(desired, "bucket");
	const char *key = value_get_string(desired, "key");

	return bucket && *bucket && key && *key ? xasprintf("%s/%s", bucket, key) : NULL;
}

static int object_send_create(struct aws_client *c, const json_t *desired,
			      const struct create_call *call, struct aws_sent *sent,
			      struct strbuf *err)
{
	/* PutObject is idempotent: an earlier attempt is simply overwritten;
	 * a multipart upload it left unfinished is aborted first. What it
	 * stores comes from the put's answer: nothing is read back. */
	if (put_object(c, desired, NULL, call && call->may_exist, &sent->out, err))
		return -1;
	sent->id = object_config_id(desired);
	return 0;
}

static int put_object_tags(struct aws_client *c, const char *bucket, const char *path,
			   const json_t *tags, struct strbuf *err)
{
	struct strbuf xml = STRBUF_INIT;
	int ret;

	if (!json_object_size(tags))
		return s3_delete_subresource(c, "DeleteObjectTagging", bucket, path, "tagging",
					     NULL, err);
	s3_tagging_xml(&xml, tags);
	ret = s3_put_document(c, "PutObjectTagging", bucket, path, "tagging", "application/xml",
			      xml.buf, xml.len, err);
	strbuf_release(&xml);
	return ret < 0 ? -1 : 0;
}

/* Whether the desired object differs from the one read (`have`) in more
 * than its tags; sha256 gets the desired bytes' hash. */
static int needs_put(const json_t *have, const json_t *desired, bool *put,
		     char sha256[65], struct strbuf *err)
{
	if (hash_of(desired, sha256, err))
		return -1;
	*put = !json_is_string(value_get(have, "content_sha256")) ||
	       strcmp(json_string_value(value_get(have, "content_sha256")), sha256) ||
	       !value_equal(value_get(have, "content_type"), value_get(desired, "content_type")) ||
	       !value_equal(value_get(have, "metadata"), value_get(desired, "metadata"));
	return 0;
}

/*
 * The converge (the contract, provider/aws/adopt.h): from the object as it is (`have`:
 * HeadObject and its tags), the bytes put again when they, their type or
 * metadata differ, else the tags when they differ, then read back.
 */
static int object_converge(struct aws_client *c, const char *id, const json_t *have,
			   const json_t *desired, json_t **out, struct strbuf *err)
{
	char *bucket, *path, sha256[65];
	json_t *tags = value_get(desired, "tags");
	bool put;
	int ret;

	*out = NULL;
	ret = needs_put(have, desired, &put, sha256, err);
	if (!ret && put) {
		ret = put_object(c, desired, sha256, false, out, err);
		json_decref(*out);
		*out = NULL;
	} else if (!ret && !value_equal(value_get(have, "tags"), tags)) {
		ret = aws_s3_split_object_id(TYPE_NAME, id, &bucket, &path, err);
		if (!ret) {
			ret = put_object_tags(c, bucket, path, json_is_object(tags) ? tags : NULL,
					      err);
			free(bucket);
			free(path);
		}
	}
	if (ret)
		return -1;
	return aws_read_written(object_read, c, id, NULL, out, err,
				"aws.s3.object %s was deleted while it was being updated", id);
}

/*
 * Create and update (the contract, provider/aws/adopt.h): an update converges from a
 * live read. `prior` is not used: an object has no write-only attribute
 * (source and content are config-only, and the content_sha256 metadata the
 * put writes reads back) and its bucket and key address it.
 */
static const struct aws_native_ops object_native = {
	.send_create = object_send_create,
	.adopt = { .by = AWS_ADOPT_BY_OVERWRITE, .noun = "key", .object = "aws.s3.object %s" },
	.converge = object_converge,
	.read = object_read,
	.created_shape = AWS_SHAPE_NONE,
	.update_shape = AWS_SHAPE_NONE,
	.made_missing = "aws.s3.object %s was put but HeadObject does not find it",
	.gone = "aws.s3.object %s was deleted while it was being updated",
};

AWS_NATIVE_FUNCTIONS(object, object_native)

static int object_delete(void *client, const char *id, const json_t *prior,
			 struct strbuf *err)
{
	(void)prior;
	return aws_s3_delete_object_id(client, TYPE_NAME, id, err);
}


/* plan_desired: the content hash the object will have, so that a changed
 * local file or content plans as an update. */
static int object_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err)
{
	char hex[65];
	int rc = aws_s3_object_plan_hash(desired, hex, err);

	(void)prior;
	if (rc < 0)
		return -1;
	if (rc == 0)
		json_object_set_new(desired, "content_sha256", json_string(hex));
	return 0;
}

/*
 * ---- refresh by listing (provider.h read_many) ----
 * A version of an object never changes: its bytes, content type and user
 * metadata (content_sha256 among them) are fixed when it is written, and
 * changing the metadata writes a new version. So when ListObjectVersions
 * under the keys' common prefix shows, as a key's latest version, the
 * version id and ETag the state holds, read() would find the content_type,
 * metadata, etag, content_sha256 and version_id the state holds: they are
 * taken from it, and only the tags, which change on a version in place,
 * are read (GetObjectTagging). Objects without a version id (a bucket never
 * versioned, or written while versioning was suspended) are left to read():
 * there an ETag does not prove the object's state (a copy onto itself with
 * new metadata keeps the ETag of the same bytes), and ListObjectsV2 gives
 * neither content type nor metadata. A latest delete marker, or a key not
 * listed, is left to read() too.
 */

static const char *const object_read_keys[] = { "bucket", "key", "content_type", "metadata",
						"etag", "content_sha256", "version_id", NULL };

struct object_listing {
	struct aws_read_many m;
	struct aws_client *c;
	const char *bucket;
	struct strbuf id; /* BUCKET/KEY of the entry at hand */
};

/* The state's attributes (prior) when they are what read() would find for
 * a latest version with id vid and ETag etag (with its quotes, as listed):
 * a new object, without tags; else NULL. */
static json_t *object_as_listed(const json_t *prior, const char *vid, const char *etag)
{
	const char *have_vid = value_get_string(prior, "version_id");
	const char *have_etag = value_get_string(prior, "etag");
	size_t len = etag ? strlen(etag) : 0;
	json_t *o;

	if (!have_vid || !vid || strcmp(have_vid, vid) || !have_etag || len < 2 ||
	    etag[0] != '"' || etag[len - 1] != '"' || strlen(have_etag) != len - 2 ||
	    strncmp(have_etag, etag + 1, len - 2))
		return NULL;
	o = json_object();
	for (size_t i = 0; object_read_keys[i]; i++) {
		json_t *v = json_object_get(prior, object_read_keys[i]);

		if (!v) {
			json_decref(o);
			return NULL;
		}
		json_object_set_new(o, object_read_keys[i], json_deep_copy(v));
	}
	return o;
}

static int object_version_listed(struct object_listing *ol, xmlNodePtr v, struct strbuf *err)
{
	char *key = s3_xml_url_text(v, "Key"), *vid = NULL, *etag = NULL, *path;
	json_t *o = NULL, *tags = NULL;
	long pos;
	int rc = 0;

	if (!key || !s3_xml_bool(v, "IsLatest")) {
		free(key);
		return 0;
	}
	strbuf_reset(&ol->id);
	strbuf_addf(&ol->id, "%s/%s", ol->bucket, key);
	pos = aws_read_many_find(&ol->m, ol->id.buf);
	if (pos >= 0) {
		vid = xml_child_text(v, "VersionId");
		etag = xml_child_text(v, "ETag");
		o = object_as_listed(ol->m.priors[pos], vid, etag);
	}
	if (o) {
		path = xasprintf("/%s", key);
		rc = read_object_tags(ol->c, ol->bucket, path, &tags, err);
		free(path);
		if (rc == 0) {
			json_object_set_new(o, "tags", tags);
			ol->m.out[pos] = o;
		} else {
			json_decref(o);
		}
	}
	free(key);
	free(vid);
	free(etag);
	return rc;
}

static int object_versions_page(void *ctx, xmlNodePtr root, xmlNodePtr first,
				struct strbuf *err)
{
	int rc = 0;

	(void)root;
	for (xmlNodePtr e = first; e && !rc; e = xml_next_same(e))
		rc = object_version_listed(ctx, e, err);
	return rc;
}

/* Every object asked for is in one bucket (object_read_scope):
 * ListObjectVersions under the ids' common prefix, paged by the engine. */
static int object_read_many(void *client, size_t n, const char *const *ids,
			    const json_t *const *priors, size_t max_pages, json_t **out,
			    struct strbuf *err)
{
	struct object_listing ol = { .c = client, .id = STRBUF_INIT };
	const char *slash = n ? strchr(ids[0], '/') : NULL;
	struct strbuf q = STRBUF_INIT;
	char *bucket;
	size_t common = 0, prefix_len;
	bool versioned = false;
	int rc;

	for (size_t i = 0; i < n; i++)
		versioned = versioned || value_get_string(priors[i], "version_id");
	if (!slash || !versioned)
		return 0; /* nothing a listing can prove: read() reads them all */
	bucket = xstrndup(ids[0], (size_t)(slash - ids[0]) + 1); /* "BUCKET/" */
	common = strlen(ids[0]);
	for (size_t i = 1; i < n; i++) {
		size_t k = 0;

		while (k < common && ids[i][k] == ids[0][k])
			k++;
		common = k;
	}
	ol.bucket = bucket;
	bucket[slash - ids[0]] = '\0';
	aws_read_many_init(&ol.m, n, ids, priors, out);
	prefix_len = common > (size_t)(slash - ids[0]) + 1 ? common - (size_t)(slash - ids[0]) - 1
							     : 0;
	strbuf_addstr(&q, "encoding-type=url&max-keys=1000");
	if (prefix_len) {
		strbuf_addstr(&q, "&prefix=");
		sigv4_uri_encode(&q, slash + 1, prefix_len, false);
	}
	strbuf_addstr(&q, "&versions=");
	rc = max_pages ? s3_list_paged(ol.c, "ListObjectVersions", bucket, q.buf, NULL, max_pages,
				       object_versions_page, &ol, err)
		       : 0;
	strbuf_release(&q);
	aws_read_many_release(&ol.m);
	strbuf_release(&ol.id);
	free(bucket);
	return rc ? -1 : 0;
}

/* One listing per bucket. */
static void object_read_scope(const char *id, const json_t *prior, struct strbuf *scope)
{
	const char *slash = strchr(id, '/');

	(void)prior;
	strbuf_add(scope, id, slash ? (size_t)(slash - id) : strlen(id));
}


const struct resource_type aws_s3_object_type = {
	.name = "aws.s3.object",
	.description = "an S3 object uploaded from a local file or inline content",
	.attrs = object_attrs,
	.terraform_type = "aws_s3_object",
	.terraform_attrs = "bucket key content source content_type etag metadata tags "
			   "version_id",
	.read = object_read,
	.create = object_create,
	.update = object_update,
	.native = &object_native,
	.delete = object_delete,
	.plan_desired = object_plan_desired,
	.import_id = "BUCKET/KEY",
	.config_id = object_config_id,
	.read_many = object_read_many,
	.read_many_scope = object_read_scope,
	/* S3 takes 10 tags on an object: terrace's own only while they fit. */
	.max_tags = 10,
};
