/*
 * test_artifact.c: job artifacts. Without a server: part sizes, the
 * multipart ETag, aws.s3.artifact's plan-time key, URI and content type,
 * the progress line and the library progress sink. Against a moto server
 * the test starts on a free port: single and multipart uploads with their
 * checks, a planned hash the file no longer has, a stop requested midway
 * (aborted, nothing left), stale uploads aborted, and the artifact's
 * create / read / no-op update / content_type update / drift / delete.
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

#include <openssl/evp.h>

#include "cmd/progress.h"
#include "provider/aws/transport/client.h"
#include "provider/aws/transport/multipart.h"
#include "provider/aws/checks/checks.h"
#include "provider/aws/resources.h"
#include "provider/aws/transport/s3.h"
#include "provider/aws/transport/sigv4.h"
#include "provider/provider.h"
#include "tests/unit/moto_support.h"
#include "provider/base/progress.h"

/* A create as the core makes it: the first attempt, or a retry of one. */
static const struct create_call fresh = { .may_exist = false };
static const struct create_call retried = { .may_exist = true };

#define MIB ((uint64_t)1 << 20)

struct fixture {
	struct moto_fixture m;
	char dir[64];
};

static int setup(void **state)
{
	struct fixture *f;

	if (moto_fixture_setup(state, "/tmp/terrace-test-artifact-moto.log", sizeof(*f)))
		return -1;
	f = *state;
	snprintf(f->dir, sizeof(f->dir), "/tmp/terrace-test-artifact-XXXXXX");
	if (!mkdtemp(f->dir)) {
		moto_fixture_teardown(state);
		return -1;
	}
	return 0;
}

static int teardown(void **state)
{
	struct fixture *f = *state;
	char *cmd = xasprintf("rm -rf '%s'", f->dir);

	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", f->dir);
	free(cmd);
	return moto_fixture_teardown(state);
}

/* ---- helpers ---- */

/* A file of `size` pseudo-random bytes (seeded) under the fixture's folder. */
static char *make_file(struct fixture *f, const char *name, uint64_t size, unsigned seed)
{
	char *path = xasprintf("%s/%s", f->dir, name);
	FILE *out = fopen(path, "wb");
	uint32_t x = seed * 2654435761u + 1;

	assert_non_null(out);
	for (uint64_t i = 0; i < size; i++) {
		x ^= x << 13;
		x ^= x >> 17;
		x ^= x << 5;
		fputc((int)(x & 0xff), out);
	}
	assert_int_equal(fclose(out), 0);
	return path;
}

static void write_text(const char *path, const char *text)
{
	FILE *out = fopen(path, "w");

	assert_non_null(out);
	fputs(text, out);
	assert_int_equal(fclose(out), 0);
}

static long s3_status(struct fixture *f, const char *method, const char *bucket,
		      const char *path, const char *query, struct aws_response *resp)
{
	struct strbuf err = STRBUF_INIT;
	struct aws_request req = {
		.service = "s3", .method = method, .bucket = bucket, .path = path, .query = query,
	};
	long status;

	aws_send(f->m.client, &req, resp, &err);
	status = resp->status;
	strbuf_release(&err);
	return status;
}

static void make_bucket(struct fixture *f, const char *name)
{
	struct aws_response resp;

	assert_in_range(s3_status(f, "PUT", name, "/", NULL, &resp), 200, 299);
	aws_response_free(&resp);
}

/* How many multipart uploads are in progress in the bucket. */
static int uploads_in_progress(struct fixture *f, const char *bucket)
{
	struct aws_response resp;
	int n = 0;

	assert_int_equal(s3_status(f, "GET", bucket, "/", "uploads", &resp), 200);
	for (const char *p = resp.body; (p = strstr(p, "<UploadId>")); p++)
		n++;
	aws_response_free(&resp);
	return n;
}

static const struct resource_type *artifact_type(void)
{
	const struct resource_type *t = resource_type_find("aws.s3.artifact", NULL);

	assert_non_null(t);
	return t;
}

/* ---- without a server ---- */

static void test_part_size(void **state)
{
	(void)state;
	assert_int_equal(s3_part_size(17 * MIB), 8 * MIB);
	assert_int_equal(s3_part_size(10000 * 8 * MIB), 8 * MIB);
	/* One byte more would need 10,001 parts of 8 MiB: 9 MiB parts. */
	assert_int_equal(s3_part_size(10000 * 8 * MIB + 1), 9 * MIB);
	assert_int_equal(s3_part_size(100 * 1024 * MIB), 11 * MIB);
}

static void test_multipart_etag(void **state)
{
	unsigned char md5s[2][16];
	char a[100], b[50], etag[48];
	unsigned int len;

	(void)state;
	memset(a, 'a', sizeof(a));
	memset(b, 'b', sizeof(b));
	EVP_Digest(a, sizeof(a), md5s[0], &len, EVP_md5(), NULL);
	EVP_Digest(b, sizeof(b), md5s[1], &len, EVP_md5(), NULL);
	s3_multipart_etag((const unsigned char (*)[16])md5s, 2, etag);
	/* python3: md5(md5(b"a"*100).digest() + md5(b"b"*50).digest()) */
	assert_string_equal(etag, "815f9e56fc8e0fea4e75281f31e9dd76-2");
}

static json_t *planned(const char *json_text, struct strbuf *err, int *rc)
{
	json_t *desired = json_loads(json_text, 0, NULL);

	assert_non_null(desired);
	*rc = artifact_type()->plan_desired(desired, NULL, err);
	return desired;
}

static void test_plan_key_and_uri(void **state)
{
	char dir[] = "/tmp/terrace-test-artifact-plan-XXXXXX";
	struct strbuf err = STRBUF_INIT;
	char *script, *tarball, *bare, *text;
	json_t *d;
	int rc;

	(void)state;
	assert_non_null(mkdtemp(dir));
	script = xasprintf("%s/bronze.py", dir);
	tarball = xasprintf("%s/deps.tar.gz", dir);
	bare = xasprintf("%s/bootstrap", dir);
	write_text(script, "print(\"bronze\")\n");
	write_text(tarball, "not really gzip");
	write_text(bare, "#!/bin/sh\n");

	text = xasprintf("{\"bucket\": \"lake\", \"source\": \"%s\", \"prefix\": \"glue/script/\"}",
			 script);
	d = planned(text, &err, &rc);
	assert_int_equal(rc, 0);
	assert_string_equal(json_string_value(json_object_get(d, "key")),
			    "glue/script/bronze-8328f13857f23e53.py");
	assert_string_equal(json_string_value(json_object_get(d, "uri")),
			    "s3://lake/glue/script/bronze-8328f13857f23e53.py");
	assert_string_equal(json_string_value(json_object_get(d, "content_sha256")),
			    "8328f13857f23e53eb1e0ee01d260c36e80e684bdfce7c1077c0b1116005078e");
	assert_int_equal(json_integer_value(json_object_get(d, "size")), 16);
	assert_string_equal(json_string_value(json_object_get(d, "content_type")), "text/x-python");
	json_decref(d);
	free(text);

	/* The compression suffix keeps its .tar; a set content_type stays. */
	text = xasprintf("{\"bucket\": \"lake\", \"source\": \"%s\", \"content_type\": \"x/y\"}",
			 tarball);
	d = planned(text, &err, &rc);
	assert_int_equal(rc, 0);
	assert_true(!strncmp(json_string_value(json_object_get(d, "key")), "deps-", 5));
	assert_true(strstr(json_string_value(json_object_get(d, "key")), ".tar.gz") != NULL);
	assert_int_equal(strlen(json_string_value(json_object_get(d, "key"))),
			 strlen("deps-") + 16 + strlen(".tar.gz"));
	assert_string_equal(json_string_value(json_object_get(d, "content_type")), "x/y");
	json_decref(d);
	free(text);

	/* No extension: name and hash only; unknown type: octet-stream. */
	text = xasprintf("{\"bucket\": \"lake\", \"source\": \"%s\", \"prefix\": \"bin/\"}", bare);
	d = planned(text, &err, &rc);
	assert_int_equal(rc, 0);
	assert_int_equal(strlen(json_string_value(json_object_get(d, "key"))),
			 strlen("bin/bootstrap-") + 16);
	assert_string_equal(json_string_value(json_object_get(d, "content_type")),
			    "application/octet-stream");
	json_decref(d);
	free(text);

	/* A bucket not known yet: the key is, the URI is not. */
	text = xasprintf("{\"bucket\": {\"$unknown\": true}, \"source\": \"%s\"}", script);
	d = planned(text, &err, &rc);
	assert_int_equal(rc, 0);
	assert_string_equal(json_string_value(json_object_get(d, "key")),
			    "bronze-8328f13857f23e53.py");
	assert_null(json_object_get(d, "uri"));
	json_decref(d);
	free(text);

	/* A source not known yet: nothing can be computed. */
	d = planned("{\"bucket\": \"lake\", \"source\": {\"$unknown\": true}}", &err, &rc);
	assert_int_equal(rc, 0);
	assert_null(json_object_get(d, "key"));
	assert_null(json_object_get(d, "content_sha256"));
	json_decref(d);

	/* A prefix starting with "/" is the table's (s3/rules.c), refused
	 * before the plan; a missing file is an error. */
	d = json_loads("{\"bucket\": \"lake\", \"source\": \"job.py\", \"prefix\": \"/glue/\"}", 0,
		       NULL);
	const char *attr = NULL;
	assert_int_equal(aws_constraints_check("aws.s3.artifact", d, NULL, NULL, &attr, &err), -1);
	assert_string_equal(attr, "prefix");
	assert_non_null(strstr(err.buf, "\"/glue/\" starts with \"/\": S3 keys are relative to the "
				    "bucket"));
	json_decref(d);
	strbuf_reset(&err);
	d = planned("{\"bucket\": \"lake\", \"source\": \"/nonexistent/job.py\"}", &err, &rc);
	assert_int_equal(rc, -1);
	assert_string_equal(err.buf, "aws.s3.artifact: cannot read source /nonexistent/job.py: "
			    "No such file or directory");
	json_decref(d);

	unlink(script);
	unlink(tarball);
	unlink(bare);
	rmdir(dir);
	free(script);
	free(tarball);
	free(bare);
	strbuf_release(&err);
}

static void test_progress_line(void **state)
{
	char line[256];

	(void)state;
	/* 112 MiB in 0.6215 s is 180.2 MiB/s; 144 MiB to go is 0.8 s. */
	progress_format_line(line, sizeof(line), "art", 112 * MIB, 256 * MIB, 112.0 / 180.2);
	assert_string_equal(line, "art: 112.0 MiB / 256.0 MiB (43%), 180.2 MiB/s, ETA 1s");
	progress_format_line(line, sizeof(line), "big", 0, 3 * 1024 * MIB, 0.5);
	assert_string_equal(line, "big: 0 B / 3.0 GiB (0%)");
	progress_format_line(line, sizeof(line), "big", 1024 * MIB, 3 * 1024 * MIB, 100);
	assert_string_equal(line, "big: 1.0 GiB / 3.0 GiB (33%), 10.2 MiB/s, ETA 3m20s");
}

/* A sink that records what it is told and asks to stop after `stop_after`
 * updates (0: never). */
static struct {
	int begun, updates, ended, stop_after;
	uint64_t last_done, total;
	char label[128];
} seen;

static void *fake_begin(const char *label, uint64_t total)
{
	seen.begun++;
	seen.total = total;
	snprintf(seen.label, sizeof(seen.label), "%s", label);
	return &seen;
}

static void fake_update(void *handle, uint64_t done)
{
	assert_ptr_equal(handle, &seen);
	assert_true(done >= seen.last_done);
	seen.last_done = done;
	seen.updates++;
}

static void fake_end(void *handle)
{
	assert_ptr_equal(handle, &seen);
	seen.ended++;
}

static bool fake_stop(void)
{
	return seen.stop_after && seen.updates >= seen.stop_after;
}

static const struct progress_sink fake_sink = {
	fake_begin, fake_update, fake_end, fake_stop,
};

static void test_progress_sink(void **state)
{
	struct progress *p;

	(void)state;
	progress_set_sink(NULL);
	assert_null(progress_begin("x", 10));
	progress_add(NULL, 5);
	progress_end(NULL);
	assert_false(progress_stop_requested());

	memset(&seen, 0, sizeof(seen));
	progress_set_sink(&fake_sink);
	p = progress_begin("s3://b/k", 10);
	progress_add(p, 4);
	progress_add(p, 6);
	progress_end(p);
	assert_int_equal(seen.begun, 1);
	assert_int_equal(seen.updates, 2);
	assert_int_equal(seen.last_done, 10);
	assert_int_equal(seen.ended, 1);
	assert_string_equal(seen.label, "s3://b/k");
	progress_set_sink(NULL);
}

/* ---- against moto ---- */

static void test_single_put(void **state)
{
	struct fixture *f = *state;
	char *path = make_file(f, "small.bin", 3 * MIB, 1);
	char sha[65];
	struct strbuf err = STRBUF_INIT;
	struct s3_upload u = { .bucket = "art-single", .key = "a/small.bin", .path = path };
	struct s3_upload_result res;
	struct aws_response resp;

	make_bucket(f, "art-single");
	assert_int_equal(s3_file_sha256(path, sha, &err), 0);
	assert_int_equal(s3_upload_file(f->m.client, &u, &res, &err), 0);
	assert_int_equal(res.parts, 0);
	assert_int_equal(res.size, 3 * MIB);
	assert_string_equal(res.sha256_hex, sha);
	assert_int_equal(strlen(res.etag), 32);
	assert_int_equal(s3_status(f, "HEAD", "art-single", "/a/small.bin", NULL, &resp), 200);
	assert_string_equal(aws_response_header(&resp, S3_SHA256_META), sha);
	aws_response_free(&resp);
	s3_upload_result_release(&res);

	/* A planned hash the file no longer has: refused before sending. */
	u.sha256_hex = "0000000000000000000000000000000000000000000000000000000000000000";
	assert_int_equal(s3_upload_file(f->m.client, &u, &res, &err), -1);
	assert_non_null(strstr(err.buf, "changed since it was planned"));
	strbuf_release(&err);
	free(path);
}

static void test_multipart_upload(void **state)
{
	struct fixture *f = *state;
	char *path = make_file(f, "big.bin", 20 * MIB + 5, 2);
	char sha[65];
	struct strbuf err = STRBUF_INIT;
	struct s3_upload_result res;
	struct aws_response resp;

	make_bucket(f, "art-multi");
	assert_int_equal(s3_file_sha256(path, sha, &err), 0);
	struct s3_upload u = { .bucket = "art-multi", .key = "big.bin", .path = path,
			       .sha256_hex = sha };

	memset(&seen, 0, sizeof(seen));
	progress_set_sink(&fake_sink);
	assert_int_equal(s3_upload_file(f->m.client, &u, &res, &err), 0);
	progress_set_sink(NULL);
	assert_int_equal(res.parts, 3);
	assert_int_equal(res.size, 20 * MIB + 5);
	assert_string_equal(res.sha256_hex, sha);
	assert_non_null(strstr(res.etag, "-3"));
	/* Progress in whole parts, to the last byte. */
	assert_int_equal(seen.begun, 1);
	assert_int_equal(seen.updates, 3);
	assert_int_equal(seen.last_done, 20 * MIB + 5);
	assert_int_equal(seen.total, 20 * MIB + 5);
	assert_string_equal(seen.label, "s3://art-multi/big.bin");
	assert_int_equal(seen.ended, 1);

	assert_int_equal(s3_status(f, "HEAD", "art-multi", "/big.bin", NULL, &resp), 200);
	assert_string_equal(aws_response_header(&resp, "content-length"), "20971525");
	assert_string_equal(aws_response_header(&resp, S3_SHA256_META), sha);
	aws_response_free(&resp);
	assert_int_equal(uploads_in_progress(f, "art-multi"), 0);
	s3_upload_result_release(&res);

	/* The whole object comes back byte for byte. */
	assert_int_equal(s3_status(f, "GET", "art-multi", "/big.bin", NULL, &resp), 200);
	{
		char got[65];

		assert_int_equal(resp.body_len, 20 * MIB + 5);
		sigv4_sha256_hex(resp.body, resp.body_len, got);
		assert_string_equal(got, sha);
	}
	aws_response_free(&resp);

	/* A planned hash the bytes do not have: found while the parts go up,
	 * the upload is aborted and nothing is left. */
	u.key = "wrong.bin";
	u.sha256_hex = "1111111111111111111111111111111111111111111111111111111111111111";
	assert_int_equal(s3_upload_file(f->m.client, &u, &res, &err), -1);
	assert_non_null(strstr(err.buf, "changed since it was planned"));
	assert_non_null(strstr(err.buf, "(the multipart upload was aborted)"));
	assert_int_equal(uploads_in_progress(f, "art-multi"), 0);
	assert_int_equal(s3_status(f, "HEAD", "art-multi", "/wrong.bin", NULL, &resp), 404);
	aws_response_free(&resp);
	strbuf_release(&err);
	free(path);
}

static void test_stop_aborts(void **state)
{
	struct fixture *f = *state;
	char *path = make_file(f, "stop.bin", 40 * MIB, 3);
	struct strbuf err = STRBUF_INIT;
	struct s3_upload u = { .bucket = "art-stop", .key = "stop.bin", .path = path };
	struct s3_upload_result res;
	struct aws_response resp;

	make_bucket(f, "art-stop");
	memset(&seen, 0, sizeof(seen));
	seen.stop_after = 1;
	progress_set_sink(&fake_sink);
	assert_int_equal(s3_upload_file(f->m.client, &u, &res, &err), -1);
	progress_set_sink(NULL);
	/* The abort is sent after the stop and keeps its deadline: a loaded
	 * moto slower than the stop's grace still aborts (test_aws_client's
	 * test_cleanup_outlives_a_stop). */
	if (!strstr(err.buf, "interrupted: the upload of") ||
	    !strstr(err.buf, "of 5 parts (the multipart upload was aborted)"))
		fail_msg("%s", err.buf);
	assert_true(seen.updates < 5);
	assert_int_equal(uploads_in_progress(f, "art-stop"), 0);
	assert_int_equal(s3_status(f, "HEAD", "art-stop", "/stop.bin", NULL, &resp), 404);
	aws_response_free(&resp);
	strbuf_release(&err);
	free(path);
}

static void test_stale_uploads_aborted(void **state)
{
	struct fixture *f = *state;
	struct strbuf err = STRBUF_INIT;
	struct aws_response resp;
	unsigned aborted = 9;

	make_bucket(f, "art-stale");
	/* Uploads an interrupted run left: two to the key, one to another. */
	for (int i = 0; i < 2; i++) {
		assert_int_equal(s3_status(f, "POST", "art-stale", "/job.zip", "uploads", &resp), 200);
		aws_response_free(&resp);
	}
	assert_int_equal(s3_status(f, "POST", "art-stale", "/job.zip.bak", "uploads", &resp), 200);
	aws_response_free(&resp);
	assert_int_equal(uploads_in_progress(f, "art-stale"), 3);

	assert_int_equal(s3_abort_uploads_of_key(f->m.client, "art-stale", "job.zip", &aborted, &err), 0);
	assert_int_equal(aborted, 2);
	assert_int_equal(uploads_in_progress(f, "art-stale"), 1);
	strbuf_release(&err);
}

static void test_artifact_lifecycle(void **state)
{
	struct fixture *f = *state;
	const struct resource_type *t = artifact_type();
	char *script = xasprintf("%s/silver.py", f->dir), *text, *id = NULL;
	struct strbuf err = STRBUF_INIT;
	json_t *desired, *stored = NULL, *read = NULL, *updated = NULL, *desired2;
	struct aws_response resp;
	int rc;

	make_bucket(f, "art-life");
	write_text(script, "print(\"silver\")\n");
	text = xasprintf("{\"bucket\": \"art-life\", \"source\": \"%s\", \"prefix\": \"glue/\"}",
			 script);
	desired = planned(text, &err, &rc);
	assert_int_equal(rc, 0);

	assert_int_equal(t->create(f->m.client, desired, &fresh, &id, &stored, &err), 0);
	assert_string_equal(id, "art-life/glue/silver-b1b9a4171ce0455a.py");
	assert_string_equal(json_string_value(json_object_get(stored, "uri")),
			    json_string_value(json_object_get(desired, "uri")));

	/* read shows what plan computed: no difference. */
	assert_int_equal(t->read(f->m.client, id, stored, &read, &err), 0);
	assert_non_null(read);
	for (const char *const *a = (const char *const[]){ "bucket", "key", "uri", "content_type",
							   "content_sha256", "size", NULL }; *a; a++)
		assert_true(value_equal(json_object_get(read, *a), json_object_get(desired, *a)));
	assert_null(json_object_get(read, "source"));

	/* A create that finds the bytes already there sends nothing new. */
	json_decref(stored);
	free(id);
	assert_int_equal(t->create(f->m.client, desired, &retried, &id, &stored, &err), 0);
	assert_true(value_equal(json_object_get(stored, "etag"), json_object_get(read, "etag")));

	/* A new content_type: copied in place, same bytes. */
	desired2 = json_deep_copy(desired);
	json_object_set_new(desired2, "content_type", json_string("text/plain"));
	assert_int_equal(t->update(f->m.client, id, read, desired2, &updated, &err), 0);
	assert_string_equal(json_string_value(json_object_get(updated, "content_type")), "text/plain");
	json_decref(read);
	assert_int_equal(t->read(f->m.client, id, updated, &read, &err), 0);
	assert_string_equal(json_string_value(json_object_get(read, "content_type")), "text/plain");
	assert_true(value_equal(json_object_get(read, "content_sha256"),
				json_object_get(desired, "content_sha256")));

	/* Drift: other bytes under the key show a different hash. */
	{
		char *path = xasprintf("/%s", strchr(id, '/') + 1);
		struct aws_request req = {
			.service = "s3", .method = "PUT", .bucket = "art-life", .path = path,
			.body = "tampered", .body_len = 8,
		};

		assert_int_equal(aws_send(f->m.client, &req, &resp, &err), 0);
		aws_response_free(&resp);
		free(path);
	}
	json_decref(read);
	assert_int_equal(t->read(f->m.client, id, updated, &read, &err), 0);
	assert_true(json_is_null(json_object_get(read, "content_sha256")));
	/* The update puts the file's bytes back under the same key. */
	json_decref(updated);
	assert_int_equal(t->update(f->m.client, id, read, desired2, &updated, &err), 0);
	json_decref(read);
	assert_int_equal(t->read(f->m.client, id, updated, &read, &err), 0);
	assert_true(value_equal(json_object_get(read, "content_sha256"),
				json_object_get(desired, "content_sha256")));
	json_decref(read);

	/* Delete, then read shows it gone; deleting again is fine. */
	assert_int_equal(t->delete(f->m.client, id, updated, &err), 0);
	assert_int_equal(t->read(f->m.client, id, updated, &read, &err), 0);
	assert_null(read);
	assert_int_equal(t->delete(f->m.client, id, updated, &err), 0);

	assert_int_equal(err.len, 0);
	unlink(script);
	free(script);
	free(text);
	free(id);
	json_decref(desired);
	json_decref(desired2);
	json_decref(stored);
	json_decref(updated);
	strbuf_release(&err);
}

int main(void)
{
	const struct CMUnitTest offline[] = {
		cmocka_unit_test(test_part_size),
		cmocka_unit_test(test_multipart_etag),
		cmocka_unit_test(test_plan_key_and_uri),
		cmocka_unit_test(test_progress_line),
		cmocka_unit_test(test_progress_sink),
	};
	const struct CMUnitTest live[] = {
		cmocka_unit_test(test_single_put),
		cmocka_unit_test(test_multipart_upload),
		cmocka_unit_test(test_stop_aborts),
		cmocka_unit_test(test_stale_uploads_aborted),
		cmocka_unit_test(test_artifact_lifecycle),
	};
	int failed = cmocka_run_group_tests(offline, NULL, NULL);

	return failed + cmocka_run_group_tests(live, setup, teardown);
}
