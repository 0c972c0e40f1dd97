/*
 * test_s3_provider.c: the aws provider's S3 resource types against a real
 * moto server that the test starts on a free port and stops at the end:
 * create / read / update / drift / delete of aws.s3.bucket and aws.s3.object.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "plan/plan.h"
#include "provider/aws/s3/api.h"
#include "provider/aws/transport/client.h"
#include "provider/aws/checks/checks.h"
#include "provider/aws/resources.h"
#include "provider/aws/transport/s3.h"
#include "provider/aws/transport/sigv4.h"
#include "provider/provider.h"
#include "tests/unit/moto_support.h"

/* A create as the core makes it: the first attempt, or a retry of one. */
static const struct create_call fresh = { .may_exist = false };
static const struct create_call retried = { .may_exist = true };

static int setup(void **state)
{
	return moto_fixture_setup(state, "/tmp/terrace-test-s3-moto.log",
				  sizeof(struct moto_fixture));
}

/* ---- helpers ---- */

static const struct resource_type *type_named(const char *name)
{
	const struct resource_type *t = resource_type_find(name, NULL);

	assert_non_null(t);
	return t;
}

/* Desired attributes as the core hands them over: each set attribute
 * coerced to its schema type, unset ones given their default. */
static json_t *desired_of(const struct resource_type *t, const char *json_text)
{
	json_error_t jerr;
	json_t *raw = json_loads(json_text, 0, &jerr), *out = json_object();

	if (!raw)
		fail_msg("bad test JSON: %s", jerr.text);
	for (const struct attr_schema *a = t->attrs; a->name; a++) {
		json_t *v = json_object_get(raw, a->name), *c;
		struct strbuf err = STRBUF_INIT;

		if (v) {
			c = schema_coerce(a, v, &err);
			if (!c)
				fail_msg("%s: %s", a->name, err.buf);
			json_object_set_new(out, a->name, c);
		} else if ((c = schema_default(a))) {
			json_object_set_new(out, a->name, c);
		}
		strbuf_release(&err);
	}
	json_decref(raw);
	return out;
}

static void assert_attr_equal(const char *name, const json_t *got, const json_t *want)
{
	if (!value_equal(got, want)) {
		char *g = got ? json_dumps(got, JSON_ENCODE_ANY | JSON_SORT_KEYS) : NULL;
		char *w = want ? json_dumps(want, JSON_ENCODE_ANY | JSON_SORT_KEYS) : NULL;

		fprintf(stderr, "attribute %s: got %s, want %s\n", name, g ? g : "(absent)",
			w ? w : "(absent)");
		free(g);
		free(w);
		fail();
	}
}

/* The generic diff: every attribute the user sets (not CONFIG_ONLY, not
 * purely computed) reads back equal to the desired value. */
static void assert_no_diff(const struct resource_type *t, const json_t *read,
			   const json_t *desired)
{
	for (const struct attr_schema *a = t->attrs; a->name; a++) {
		if (a->flags & ATTR_CONFIG_ONLY)
			continue;
		if ((a->flags & ATTR_COMPUTED) && !json_object_get(desired, a->name))
			continue;
		assert_attr_equal(a->name, json_object_get(read, a->name),
				  json_object_get(desired, a->name));
	}
}

/* Every attribute read() reports equals what create/update stored. */
static void assert_read_matches_stored(const struct resource_type *t, const json_t *read,
				       const json_t *stored)
{
	for (const struct attr_schema *a = t->attrs; a->name; a++)
		if (!(a->flags & ATTR_CONFIG_ONLY))
			assert_attr_equal(a->name, json_object_get(read, a->name),
					  json_object_get(stored, a->name));
}

static json_t *must_read(struct moto_fixture *f, const struct resource_type *t, const char *id,
			 const json_t *prior)
{
	struct strbuf err = STRBUF_INIT;
	json_t *out = NULL;

	if (t->read(f->client, id, prior, &out, &err))
		fail_msg("read %s: %s", id, err.buf);
	strbuf_release(&err);
	return out;
}

static json_t *must_create(struct moto_fixture *f, const struct resource_type *t,
			   const json_t *desired, bool may_exist, const char *want_id)
{
	struct strbuf err = STRBUF_INIT;
	json_t *out = NULL;
	char *id = NULL;

	if (t->create(f->client, desired, may_exist ? &retried : &fresh, &id, &out, &err))
		fail_msg("create %s: %s", want_id, err.buf);
	assert_string_equal(id, want_id);
	/* Stored as the core stores it: what the create read back, with what
	 * only the configuration says (force_destroy) from desired. */
	plan_carry_config_only(t, desired, out);
	free(id);
	strbuf_release(&err);
	return out;
}

static json_t *must_update(struct moto_fixture *f, const struct resource_type *t, const char *id,
			   const json_t *prior, const json_t *desired)
{
	struct strbuf err = STRBUF_INIT;
	json_t *out = NULL;

	if (t->update(f->client, id, prior, desired, &out, &err))
		fail_msg("update %s: %s", id, err.buf);
	plan_carry_config_only(t, desired, out);
	strbuf_release(&err);
	return out;
}

static void must_delete(struct moto_fixture *f, const struct resource_type *t, const char *id,
			const json_t *prior)
{
	struct strbuf err = STRBUF_INIT;

	if (t->delete(f->client, id, prior, &err))
		fail_msg("delete %s: %s", id, err.buf);
	strbuf_release(&err);
}

/* A raw S3 request through the transport; returns the HTTP status. */
static long raw_s3(struct moto_fixture *f, const char *method, const char *bucket,
		   const char *path, const char *query, const char *body)
{
	char md5[S3_MD5_B64_SIZE];
	struct aws_header headers[1] = { { .name = "Content-MD5", .value = md5 } };
	struct aws_request req = {
		.service = "s3", .operation = "Raw", .method = method, .bucket = bucket,
		.path = path, .query = query, .headers = headers, .n_headers = 1,
		.body = body, .body_len = body ? strlen(body) : 0,
	};
	struct aws_response resp = { 0 };
	struct strbuf err = STRBUF_INIT;
	long status;

	s3_md5_base64(body ? body : "", req.body_len, md5);
	aws_send(f->client, &req, &resp, &err);
	status = resp.status;
	aws_response_free(&resp);
	strbuf_release(&err);
	return status;
}

static json_t *put_text_object(struct moto_fixture *f, const char *bucket, const char *key,
			       const char *content)
{
	const struct resource_type *obj = type_named("aws.s3.object");
	json_t *desired = json_object(), *out;
	char *id = xasprintf("%s/%s", bucket, key);

	json_object_set_new(desired, "bucket", json_string(bucket));
	json_object_set_new(desired, "key", json_string(key));
	json_object_set_new(desired, "content", json_string(content));
	out = must_create(f, obj, desired, false, id);
	free(id);
	json_decref(desired);
	return out;
}

/* ---- aws.s3.bucket ---- */

static const char *const lake_json =
	"{\"name\": \"terrace-lake\", \"region\": \"eu-west-1\","
	" \"tags\": {\"env\": \"dev\", \"team\": \"data\"},"
	" \"versioning\": true,"
	" \"policy\": \"{\\\"Version\\\": \\\"2012-10-17\\\", \\\"Statement\\\": [{\\\"Effect\\\": \\\"Deny\\\","
	" \\\"Principal\\\": \\\"*\\\", \\\"Action\\\": \\\"s3:DeleteBucket\\\","
	" \\\"Resource\\\": \\\"arn:aws:s3:::terrace-lake\\\"}]}\","
	" \"lifecycle_rules\": ["
	"   {\"id\": \"expire-tmp\", \"prefix\": \"tmp/\", \"expiration_days\": 7,"
	"    \"transitions\": [{\"days\": 1, \"storage_class\": \"GLACIER\"}]},"
	"   {\"id\": \"old-versions\", \"enabled\": \"false\", \"noncurrent_version_expiration_days\": \"90\"}],"
	" \"encryption\": {\"sse_algorithm\": \"AES256\"},"
	" \"public_access_block\": {\"block_public_acls\": true, \"block_public_policy\": true},"
	" \"folders\": [\"data/bronze/\", \"data/silver/\"]}";

static void test_bucket_create_read_update_drift(void **state)
{
	struct moto_fixture *f = *state;
	const struct resource_type *bucket = type_named("aws.s3.bucket");
	json_t *desired = desired_of(bucket, lake_json);
	json_t *stored, *read, *desired2, *stored2;

	stored = must_create(f, bucket, desired, false, "terrace-lake");
	assert_string_equal(json_string_value(json_object_get(stored, "arn")),
			    "arn:aws:s3:::terrace-lake");
	assert_int_equal(raw_s3(f, "HEAD", "terrace-lake", "/data/bronze/", NULL, NULL), 200);

	read = must_read(f, bucket, "terrace-lake", stored);
	assert_non_null(read);
	assert_no_diff(bucket, read, desired);
	assert_read_matches_stored(bucket, read, stored);
	assert_null(json_object_get(read, "force_destroy"));
	json_decref(read);

	/* Update: versioning off (Suspended), other tags, one folder less,
	 * no lifecycle rules, no policy. */
	desired2 = desired_of(bucket,
		"{\"name\": \"terrace-lake\", \"region\": \"eu-west-1\","
		" \"tags\": {\"env\": \"prod\"}, \"versioning\": false,"
		" \"encryption\": {\"sse_algorithm\": \"AES256\"},"
		" \"public_access_block\": {\"block_public_acls\": true, \"block_public_policy\": true},"
		" \"folders\": [\"data/bronze/\"]}");
	stored2 = must_update(f, bucket, "terrace-lake", stored, desired2);
	read = must_read(f, bucket, "terrace-lake", stored2);
	assert_no_diff(bucket, read, desired2);
	assert_read_matches_stored(bucket, read, stored2);
	assert_int_equal(raw_s3(f, "HEAD", "terrace-lake", "/data/silver/", NULL, NULL), 404);
	json_decref(read);

	/* Drift: tags changed and a folder marker deleted with the plain API. */
	assert_in_range(raw_s3(f, "PUT", "terrace-lake", "/", "tagging",
			       "<Tagging><TagSet><Tag><Key>env</Key><Value>hacked</Value></Tag>"
			       "</TagSet></Tagging>"), 200, 299);
	assert_int_equal(raw_s3(f, "DELETE", "terrace-lake", "/data/bronze/", NULL, NULL), 204);
	read = must_read(f, bucket, "terrace-lake", stored2);
	assert_false(value_equal(json_object_get(read, "tags"), json_object_get(desired2, "tags")));
	assert_string_equal(json_string_value(json_object_get(json_object_get(read, "tags"), "env")),
			    "hacked");
	assert_int_equal(json_array_size(json_object_get(read, "folders")), 0);
	json_decref(read);

	/* Applying the configuration again repairs the drift. */
	read = must_read(f, bucket, "terrace-lake", stored2);
	json_object_set(read, "force_destroy", json_false());
	json_decref(stored2);
	stored2 = must_update(f, bucket, "terrace-lake", read, desired2);
	json_decref(read);
	read = must_read(f, bucket, "terrace-lake", stored2);
	assert_no_diff(bucket, read, desired2);
	json_decref(read);

	json_object_set_new(stored2, "force_destroy", json_true());
	must_delete(f, bucket, "terrace-lake", stored2);
	assert_null(must_read(f, bucket, "terrace-lake", stored2));

	json_decref(stored);
	json_decref(stored2);
	json_decref(desired);
	json_decref(desired2);
}

/* A public policy on a new bucket: S3 refuses it while the bucket blocks
 * public policies, which every new bucket does (moto refuses it so too:
 * tests/servers/moto_patches/s3_block_public_policy.py); a stack that turns
 * block_public_policy off gets its policy, because terrace puts the block
 * before the policy. */
#define PUBLIC_POLICY(B) \
	" \"policy\": \"{\\\"Version\\\": \\\"2012-10-17\\\", \\\"Statement\\\": [{\\\"Effect\\\": " \
	"\\\"Allow\\\", \\\"Principal\\\": \\\"*\\\", \\\"Action\\\": \\\"s3:GetObject\\\", " \
	"\\\"Resource\\\": \\\"arn:aws:s3:::" B "/*\\\"}]}\""

static void test_public_policy_after_its_block(void **state)
{
	struct moto_fixture *f = *state;
	const struct resource_type *bucket = type_named("aws.s3.bucket");
	json_t *open = desired_of(bucket, "{\"name\": \"terrace-site\", \"region\": \"eu-west-1\","
				  PUBLIC_POLICY("terrace-site") ","
				  " \"public_access_block\": {\"block_public_acls\": false,"
				  " \"block_public_policy\": false}}");
	json_t *closed = desired_of(bucket, "{\"name\": \"terrace-closed\", \"region\":"
				    " \"eu-west-1\"," PUBLIC_POLICY("terrace-closed") "}");
	json_t *stored, *out = NULL;
	struct strbuf err = STRBUF_INIT;
	char *id = NULL;

	stored = must_create(f, bucket, open, false, "terrace-site");
	assert_non_null(json_object_get(stored, "policy"));
	json_object_set_new(stored, "force_destroy", json_true());
	must_delete(f, bucket, "terrace-site", stored);

	assert_int_not_equal(bucket->create(f->client, closed, &fresh, &id, &out, &err), 0);
	assert_non_null(strstr(err.buf, "AccessDenied"));
	free(id);
	json_decref(out);
	strbuf_release(&err);
	json_decref(stored);
	json_decref(open);
	json_decref(closed);
}
#undef PUBLIC_POLICY

static void test_bucket_defaults_read_back_equal(void **state)
{
	struct moto_fixture *f = *state;
	const struct resource_type *bucket = type_named("aws.s3.bucket");
	json_t *desired = desired_of(bucket, "{\"name\": \"terrace-plain\"}");
	json_t *stored = must_create(f, bucket, desired, false, "terrace-plain");
	json_t *read = must_read(f, bucket, "terrace-plain", stored);

	assert_no_diff(bucket, read, desired);
	assert_read_matches_stored(bucket, read, stored);
	assert_string_equal(json_string_value(json_object_get(read, "region")), "us-east-1");
	must_delete(f, bucket, "terrace-plain", stored);
	json_decref(read);
	json_decref(stored);
	json_decref(desired);
}

static void test_bucket_not_empty_needs_force_destroy(void **state)
{
	struct moto_fixture *f = *state;
	const struct resource_type *bucket = type_named("aws.s3.bucket");
	json_t *desired = desired_of(bucket, "{\"name\": \"terrace-full\"}");
	json_t *stored = must_create(f, bucket, desired, false, "terrace-full");
	json_t *obj = put_text_object(f, "terrace-full", "a.txt", "hello"), *read;
	struct strbuf err = STRBUF_INIT;

	assert_int_equal(bucket->delete(f->client, "terrace-full", stored, &err), -1);
	assert_string_equal(err.buf, "bucket terrace-full is not empty: set force_destroy: true "
				     "to delete it with its objects");
	read = must_read(f, bucket, "terrace-full", stored);
	assert_non_null(read);
	json_decref(read);

	json_object_set_new(stored, "force_destroy", json_true());
	must_delete(f, bucket, "terrace-full", stored);
	strbuf_release(&err);
	json_decref(obj);
	json_decref(stored);
	json_decref(desired);
}

static void test_force_destroy_versioned_bucket(void **state)
{
	struct moto_fixture *f = *state;
	const struct resource_type *bucket = type_named("aws.s3.bucket");
	const struct resource_type *object = type_named("aws.s3.object");
	json_t *desired = desired_of(bucket,
		"{\"name\": \"terrace-versions\", \"region\": \"eu-west-1\", \"versioning\": true,"
		" \"force_destroy\": true, \"folders\": [\"raw/\"]}");
	json_t *stored = must_create(f, bucket, desired, false, "terrace-versions");
	json_t *no_force = json_pack("{s:b}", "force_destroy", 0), *o;
	struct strbuf err = STRBUF_INIT;
	char text[32];

	for (int i = 0; i < 4; i++) {
		snprintf(text, sizeof(text), "version %d", i);
		json_decref(put_text_object(f, "terrace-versions", "k/one.txt", text));
		json_decref(put_text_object(f, "terrace-versions", "k/two & <three>.txt", text));
	}
	o = put_text_object(f, "terrace-versions", "gone.txt", "soon deleted");
	/* A delete in a versioned bucket leaves a delete marker behind. */
	must_delete(f, object, "terrace-versions/gone.txt", o);
	assert_null(must_read(f, object, "terrace-versions/gone.txt", o));
	must_delete(f, object, "terrace-versions/k/one.txt", o);
	must_delete(f, object, "terrace-versions/k/two & <three>.txt", o);

	/* Only old versions and delete markers are left, and they still
	 * keep the bucket from being deleted without force_destroy. */
	assert_int_equal(bucket->delete(f->client, "terrace-versions", no_force, &err), -1);
	assert_string_equal(err.buf, "bucket terrace-versions is not empty: set force_destroy: "
				     "true to delete it with its objects");

	must_delete(f, bucket, "terrace-versions", stored);
	assert_null(must_read(f, bucket, "terrace-versions", stored));
	/* Deleting what is already gone succeeds. */
	must_delete(f, bucket, "terrace-versions", stored);
	strbuf_release(&err);
	json_decref(no_force);
	json_decref(o);
	json_decref(stored);
	json_decref(desired);
}

static void test_create_existing_bucket(void **state)
{
	struct moto_fixture *f = *state;
	const struct resource_type *bucket = type_named("aws.s3.bucket");
	const char *const regions[] = { "us-east-1", "eu-west-1" };

	for (size_t i = 0; i < 2; i++) {
		char *name = xasprintf("terrace-adopt-%zu", i);
		char *first_json = xasprintf("{\"name\": \"%s\", \"region\": \"%s\"}", name, regions[i]);
		char *second_json = xasprintf("{\"name\": \"%s\", \"region\": \"%s\","
					      " \"tags\": {\"adopted\": \"yes\"}, \"folders\": [\"in/\"]}",
					      name, regions[i]);
		json_t *first = desired_of(bucket, first_json);
		json_t *second = desired_of(bucket, second_json);
		json_t *stored = must_create(f, bucket, first, false, name), *adopted, *read;
		struct strbuf err = STRBUF_INIT, want = STRBUF_INIT;
		char *id = NULL;
		json_t *out = NULL;

		/* Without may_exist, an existing bucket of ours is an error. */
		assert_int_equal(bucket->create(f->client, second, &fresh, &id, &out, &err), -1);
		strbuf_addf(&want, "bucket %s already exists but is not in this state: import "
			    "it or choose another name (owned by you: %s)", name,
			    i == 0 ? "s3 HeadBucket: HTTP 200"
			    : "s3 CreateBucket: HTTP 409 BucketAlreadyOwnedByYou");
		assert_string_equal(err.buf, want.buf);
		assert_null(id);
		assert_null(out);

		/* With may_exist (an interrupted apply), it is adopted and configured. */
		adopted = must_create(f, bucket, second, true, name);
		read = must_read(f, bucket, name, adopted);
		assert_no_diff(bucket, read, second);
		json_object_set_new(adopted, "force_destroy", json_true());
		must_delete(f, bucket, name, adopted);

		json_decref(read);
		json_decref(adopted);
		json_decref(stored);
		json_decref(first);
		json_decref(second);
		strbuf_release(&err);
		strbuf_release(&want);
		free(first_json);
		free(second_json);
		free(name);
	}
}

static void test_missing_bucket_reads_gone_and_deletes(void **state)
{
	struct moto_fixture *f = *state;
	const struct resource_type *bucket = type_named("aws.s3.bucket");

	assert_null(must_read(f, bucket, "terrace-never-made", NULL));
	must_delete(f, bucket, "terrace-never-made", NULL);
}

/* ---- aws.s3.object ---- */

static void make_bucket(struct moto_fixture *f, const char *name)
{
	const struct resource_type *bucket = type_named("aws.s3.bucket");
	char *text = xasprintf("{\"name\": \"%s\", \"versioning\": true}", name);
	json_t *desired = desired_of(bucket, text);
	json_t *stored = must_create(f, bucket, desired, false, name);

	json_decref(stored);
	json_decref(desired);
	free(text);
}

static void drop_bucket(struct moto_fixture *f, const char *name)
{
	const struct resource_type *bucket = type_named("aws.s3.bucket");
	json_t *prior = json_pack("{s:b}", "force_destroy", 1);

	must_delete(f, bucket, name, prior);
	json_decref(prior);
}

static void test_object_from_content(void **state)
{
	struct moto_fixture *f = *state;
	const struct resource_type *object = type_named("aws.s3.object");
	json_t *desired, *stored, *read, *desired2, *stored2, *desired3, *stored3;
	char hash[65], want[65];
	struct strbuf err = STRBUF_INIT;

	make_bucket(f, "terrace-objects");
	desired = desired_of(object,
		"{\"bucket\": \"terrace-objects\", \"key\": \"conf/app.json\","
		" \"content\": \"{\\\"debug\\\": true}\", \"content_type\": \"application/json\","
		" \"metadata\": {\"owner\": \"data-team\"}, \"tags\": {\"tier\": \"gold\"}}");
	assert_int_equal(aws_s3_object_plan_hash(desired, hash, &err), 0);
	sigv4_sha256_hex("{\"debug\": true}", 15, want);
	assert_string_equal(hash, want);

	stored = must_create(f, object, desired, false, "terrace-objects/conf/app.json");
	assert_string_equal(json_string_value(json_object_get(stored, "content_sha256")), hash);
	assert_non_null(json_string_value(json_object_get(stored, "version_id")));
	read = must_read(f, object, "terrace-objects/conf/app.json", stored);
	assert_non_null(read);
	assert_no_diff(object, read, desired);
	assert_read_matches_stored(object, read, stored);
	assert_null(json_object_get(read, "content"));
	json_decref(read);

	/* Tags only: no new upload, same etag and version. */
	desired2 = json_deep_copy(desired);
	json_object_set_new(desired2, "tags", json_pack("{s:s, s:s}", "tier", "silver", "x", "y"));
	stored2 = must_update(f, object, "terrace-objects/conf/app.json", stored, desired2);
	assert_true(value_equal(json_object_get(stored2, "version_id"),
				json_object_get(stored, "version_id")));
	read = must_read(f, object, "terrace-objects/conf/app.json", stored2);
	assert_no_diff(object, read, desired2);
	assert_read_matches_stored(object, read, stored2);
	json_decref(read);

	/* New content: a new upload with a new hash. */
	desired3 = json_deep_copy(desired2);
	json_object_set_new(desired3, "content", json_string("{\"debug\": false}"));
	stored3 = must_update(f, object, "terrace-objects/conf/app.json", stored2, desired3);
	assert_string_not_equal(json_string_value(json_object_get(stored3, "content_sha256")), hash);
	assert_false(value_equal(json_object_get(stored3, "version_id"),
				 json_object_get(stored2, "version_id")));
	read = must_read(f, object, "terrace-objects/conf/app.json", stored3);
	assert_no_diff(object, read, desired3);
	assert_read_matches_stored(object, read, stored3);
	json_decref(read);

	/* Drift: the object rewritten outside terrace. */
	assert_in_range(raw_s3(f, "PUT", "terrace-objects", "/conf/app.json", NULL, "other"),
			200, 299);
	read = must_read(f, object, "terrace-objects/conf/app.json", stored3);
	assert_false(value_equal(json_object_get(read, "content_sha256"),
				 json_object_get(stored3, "content_sha256")));
	json_decref(read);

	must_delete(f, object, "terrace-objects/conf/app.json", stored3);
	assert_null(must_read(f, object, "terrace-objects/conf/app.json", stored3));
	must_delete(f, object, "terrace-objects/conf/app.json", stored3);

	drop_bucket(f, "terrace-objects");
	strbuf_release(&err);
	json_decref(desired);
	json_decref(desired2);
	json_decref(desired3);
	json_decref(stored);
	json_decref(stored2);
	json_decref(stored3);
}

static void test_object_from_source_file(void **state)
{
	struct moto_fixture *f = *state;
	const struct resource_type *object = type_named("aws.s3.object");
	char path[] = "/tmp/terrace-test-s3-XXXXXX";
	int fd = mkstemp(path);
	char hash[65], want[65], *text;
	struct strbuf err = STRBUF_INIT, data = STRBUF_INIT;
	json_t *desired, *stored, *read;

	assert_true(fd >= 0);
	for (int i = 0; i < 20000; i++)
		strbuf_addf(&data, "row %d,%d\n", i, i * 7);
	assert_int_equal(write(fd, data.buf, data.len), (ssize_t)data.len);
	close(fd);
	sigv4_sha256_hex(data.buf, data.len, want);

	make_bucket(f, "terrace-files");
	text = xasprintf("{\"bucket\": \"terrace-files\", \"key\": \"raw/rows.csv\","
			 " \"source\": \"%s\", \"content_type\": \"text/csv\"}", path);
	desired = desired_of(object, text);
	assert_int_equal(aws_s3_object_plan_hash(desired, hash, &err), 0);
	assert_string_equal(hash, want);

	stored = must_create(f, object, desired, false, "terrace-files/raw/rows.csv");
	read = must_read(f, object, "terrace-files/raw/rows.csv", stored);
	assert_no_diff(object, read, desired);
	assert_read_matches_stored(object, read, stored);
	assert_string_equal(json_string_value(json_object_get(read, "content_sha256")), want);
	assert_string_equal(json_string_value(json_object_get(read, "content_type")), "text/csv");
	json_decref(read);

	must_delete(f, object, "terrace-files/raw/rows.csv", stored);
	assert_null(must_read(f, object, "terrace-files/raw/rows.csv", stored));
	drop_bucket(f, "terrace-files");

	unlink(path);
	free(text);
	strbuf_release(&err);
	strbuf_release(&data);
	json_decref(desired);
	json_decref(stored);
}

static void test_object_needs_exactly_one_body(void **state)
{
	struct moto_fixture *f = *state;
	const struct resource_type *object = type_named("aws.s3.object");
	json_t *both = json_pack("{s:s, s:s, s:s, s:s}", "bucket", "b", "key", "k",
				 "source", "/etc/hostname", "content", "x");
	json_t *neither = json_pack("{s:s, s:s}", "bucket", "b", "key", "k");
	json_t *unknown = json_pack("{s:s, s:s, s:o}", "bucket", "b", "key", "k",
				    "source", value_unknown());
	json_t *out = NULL;
	struct strbuf err = STRBUF_INIT;
	char hash[65], *id = NULL;

	/* The table refuses both and neither (rule_s3_object_body); the type
	 * only guards against them. */
	const char *attr = NULL;
	assert_int_equal(aws_constraints_check("aws.s3.object", both, NULL, NULL, &attr, &err), -1);
	assert_non_null(strstr(err.buf, "set exactly one of source and content"));
	strbuf_reset(&err);
	assert_int_equal(aws_constraints_check("aws.s3.object", neither, NULL, NULL, &attr, &err), -1);
	assert_non_null(strstr(err.buf, "set exactly one of source and content"));
	strbuf_reset(&err);
	assert_int_equal(aws_constraints_check("aws.s3.object", unknown, NULL, NULL, &attr, &err), 0);
	assert_int_equal(aws_s3_object_plan_hash(both, hash, &err), -1);
	strbuf_reset(&err);
	assert_int_equal(object->create(f->client, neither, &fresh, &id, &out, &err), -1);
	assert_null(out);
	strbuf_reset(&err);
	assert_int_equal(aws_s3_object_plan_hash(unknown, hash, &err), 1);
	assert_int_equal(err.len, 0);

	strbuf_release(&err);
	json_decref(both);
	json_decref(neither);
	json_decref(unknown);
}

/* Both object types' ids are "BUCKET/KEY" (s3/object.c's split and
 * delete, lent to s3/artifact.c): an id without a bucket or a key is
 * refused by read and delete, naming the type, before any request. */
static void test_object_ids_are_bucket_slash_key(void **state)
{
	struct moto_fixture *f = *state;
	static const char *const types[] = { "aws.s3.object", "aws.s3.artifact" };
	static const char *const bad[] = { "nokey", "/key", "bucket/" };
	struct strbuf err = STRBUF_INIT, want = STRBUF_INIT;
	char *bucket = NULL, *path = NULL;
	json_t *out = NULL;

	for (size_t t = 0; t < 2; t++) {
		const struct resource_type *rt = type_named(types[t]);

		for (size_t i = 0; i < 3; i++) {
			strbuf_reset(&want);
			strbuf_addf(&want, "%s: id \"%s\" is not BUCKET/KEY", types[t], bad[i]);
			strbuf_reset(&err);
			assert_int_equal(rt->delete(f->client, bad[i], NULL, &err), -1);
			assert_string_equal(err.buf, want.buf);
			strbuf_reset(&err);
			assert_int_equal(rt->read(f->client, bad[i], NULL, &out, &err), -1);
			assert_null(out);
			assert_string_equal(err.buf, want.buf);
		}
	}
	assert_int_equal(aws_s3_split_object_id("aws.s3.object", "b/k/x", &bucket, &path, &err), 0);
	assert_string_equal(bucket, "b");
	assert_string_equal(path, "/k/x");
	free(bucket);
	free(path);
	strbuf_release(&err);
	strbuf_release(&want);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bucket_create_read_update_drift),
		cmocka_unit_test(test_public_policy_after_its_block),
		cmocka_unit_test(test_bucket_defaults_read_back_equal),
		cmocka_unit_test(test_bucket_not_empty_needs_force_destroy),
		cmocka_unit_test(test_force_destroy_versioned_bucket),
		cmocka_unit_test(test_create_existing_bucket),
		cmocka_unit_test(test_missing_bucket_reads_gone_and_deletes),
		cmocka_unit_test(test_object_from_content),
		cmocka_unit_test(test_object_from_source_file),
		cmocka_unit_test(test_object_needs_exactly_one_body),
		cmocka_unit_test(test_object_ids_are_bucket_slash_key),
	};

	return cmocka_run_group_tests(tests, setup, moto_fixture_teardown);
}
