/*
 * test_aws_client_live.c: the AWS transport (provider/aws/transport/) live
 * against a moto server that the test starts itself: S3 objects (path and
 * virtual-hosted style, a missing bucket), IAM via the query protocol, Glue
 * via the json protocol, clients in parallel sharing the connection pool,
 * and signatures moto checks. Skipped when moto does not start; the
 * transport's offline tests are test_aws_client.c's.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "provider/aws/transport/client.h"
#include "provider/aws/transport/client_internal.h"
#include "provider/aws/transport/xml.h"
#include "tests/unit/aws_client_support.h"
#include "tests/unit/moto_support.h"

/* ---- live against moto ---- */

static struct moto moto, moto_with_auth;

static int live_setup(void **state)
{
	(void)state;
	if (moto_start(&moto, "/tmp/terrace-test-aws-client-moto.log", NULL))
		fprintf(stderr, "note: moto server did not start; live tests will be skipped\n");
	return 0;
}

static int live_teardown(void **state)
{
	(void)state;
	moto_stop(&moto);
	moto_stop(&moto_with_auth);   /* when its test failed half-way */
	return 0;
}

static void need_moto(void)
{
	if (moto.pid <= 0)
		skip();
}

static int s3_call(struct aws_client *c, const char *operation, const char *method,
		   const char *bucket, const char *path, const char *query,
		   const char *body, struct aws_response *resp, struct strbuf *err)
{
	struct aws_request req = {
		.service = "s3", .operation = operation, .method = method, .bucket = bucket,
		.path = path, .query = query, .body = body, .body_len = body ? strlen(body) : 0,
	};
	return aws_send(c, &req, resp, err);
}

static void expect_ok(int rc, struct aws_response *resp, struct strbuf *err)
{
	if (rc)
		fail_msg("%s", err->buf);
	aws_response_free(resp);
}

static void test_live_s3_object_roundtrip(void **state)
{
	struct aws_client *c;
	struct aws_response resp;
	struct strbuf err = STRBUF_INIT;
	char file_path[] = "/tmp/terrace-upload-XXXXXX";
	int fd;
	xmlDocPtr doc;
	xmlNodePtr n;
	int keys = 0;
	struct aws_request file_put = {
		.service = "s3", .operation = "PutObject", .method = "PUT",
		.bucket = "terrace-t1", .path = "/dir/a b+c.txt", .body_file = file_path,
	};

	(void)state;
	need_moto();
	c = new_client(moto.endpoint, true, "us-east-1", 3);

	expect_ok(s3_call(c, "CreateBucket", "PUT", "terrace-t1", "/", NULL, NULL, &resp, &err),
		  &resp, &err);
	expect_ok(s3_call(c, "PutObject", "PUT", "terrace-t1", "/hello.txt", NULL, "hello world",
			  &resp, &err), &resp, &err);

	fd = mkstemp(file_path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, "from a file\n", 12), 12);
	close(fd);
	expect_ok(aws_send(c, &file_put, &resp, &err), &resp, &err);
	unlink(file_path);

	assert_int_equal(s3_call(c, "GetObject", "GET", "terrace-t1", "/dir/a b+c.txt", NULL, NULL,
				 &resp, &err), 0);
	assert_int_equal(resp.body_len, 12);
	assert_memory_equal(resp.body, "from a file\n", 12);
	aws_response_free(&resp);

	assert_int_equal(s3_call(c, "ListObjectsV2", "GET", "terrace-t1", "/", "list-type=2",
				 NULL, &resp, &err), 0);
	assert_int_equal(resp.status, 200);
	assert_int_equal(resp.attempts, 1);
	doc = xml_parse(resp.body, resp.body_len, &err);
	assert_non_null(doc);
	for (n = xml_child(xmlDocGetRootElement(doc), "Contents"); n; n = xml_next_same(n)) {
		char *key = xml_child_text(n, "Key");
		assert_true(!strcmp(key, "hello.txt") || !strcmp(key, "dir/a b+c.txt"));
		keys++;
		free(key);
	}
	assert_int_equal(keys, 2);
	xmlFreeDoc(doc);
	aws_response_free(&resp);

	assert_int_equal(s3_call(c, "GetObject", "GET", "terrace-t1", "/hello.txt", NULL, NULL,
				 &resp, &err), 0);
	assert_string_equal(resp.body, "hello world");
	aws_response_free(&resp);

	assert_int_equal(s3_call(c, "HeadObject", "HEAD", "terrace-t1", "/hello.txt", NULL, NULL,
				 &resp, &err), 0);
	assert_string_equal(aws_response_header(&resp, "content-length"), "11");
	aws_response_free(&resp);

	expect_ok(s3_call(c, "DeleteObject", "DELETE", "terrace-t1", "/hello.txt", NULL, NULL,
			  &resp, &err), &resp, &err);
	expect_ok(s3_call(c, "DeleteObject", "DELETE", "terrace-t1", "/dir/a b+c.txt", NULL, NULL,
			  &resp, &err), &resp, &err);
	assert_int_equal(s3_call(c, "DeleteBucket", "DELETE", "terrace-t1", "/", NULL, NULL,
				 &resp, &err), 0);
	assert_int_equal(resp.status, 204);
	aws_response_free(&resp);
	aws_client_free(c);
	strbuf_release(&err);
}

static void test_live_s3_virtual_hosted(void **state)
{
	struct aws_client *virtual, *path;
	struct aws_response resp;
	struct strbuf err = STRBUF_INIT;
	char *endpoint;

	(void)state;
	need_moto();
	/* curl resolves *.localhost to the loopback address by itself. */
	endpoint = xasprintf("http://localhost:%d", moto.port);
	virtual = new_client(endpoint, false, "us-east-1", 3);
	path = new_client(moto.endpoint, true, "us-east-1", 3);

	expect_ok(s3_call(virtual, "CreateBucket", "PUT", "terrace-vh", "/", NULL, NULL,
			  &resp, &err), &resp, &err);
	expect_ok(s3_call(virtual, "PutObject", "PUT", "terrace-vh", "/v.txt", NULL, "v",
			  &resp, &err), &resp, &err);
	/* Seen through path-style: the host carried the bucket name. */
	assert_int_equal(s3_call(path, "GetObject", "GET", "terrace-vh", "/v.txt", NULL, NULL,
				 &resp, &err), 0);
	assert_string_equal(resp.body, "v");
	aws_response_free(&resp);
	expect_ok(s3_call(virtual, "DeleteObject", "DELETE", "terrace-vh", "/v.txt", NULL, NULL,
			  &resp, &err), &resp, &err);
	expect_ok(s3_call(virtual, "DeleteBucket", "DELETE", "terrace-vh", "/", NULL, NULL,
			  &resp, &err), &resp, &err);
	aws_client_free(virtual);
	aws_client_free(path);
	free(endpoint);
	strbuf_release(&err);
}

static void test_live_s3_no_such_bucket(void **state)
{
	struct aws_client *c;
	struct aws_response resp;
	struct strbuf err = STRBUF_INIT;
	char *expected;

	(void)state;
	need_moto();
	c = new_client(moto.endpoint, true, "us-east-1", 3);
	assert_int_equal(s3_call(c, "ListObjectsV2", "GET", "terrace-missing", "/", "list-type=2",
				 NULL, &resp, &err), -1);
	assert_int_equal(resp.status, 404);
	assert_int_equal(resp.attempts, 1);
	assert_string_equal(resp.error_code, "NoSuchBucket");
	assert_non_null(resp.request_id);
	expected = xasprintf("s3 ListObjectsV2: HTTP 404 NoSuchBucket: The specified bucket does"
			     " not exist (request id %s)", resp.request_id);
	assert_string_equal(err.buf, expected);
	free(expected);
	aws_response_free(&resp);
	strbuf_reset(&err);

	assert_int_equal(s3_call(c, "HeadBucket", "HEAD", "terrace-missing", "/", NULL, NULL,
				 &resp, &err), -1);
	assert_int_equal(resp.status, 404);
	assert_string_equal(resp.error_code, "NotFound");
	expected = resp.request_id
		? xasprintf("s3 HeadBucket: HTTP 404 NotFound (request id %s)", resp.request_id)
		: xstrdup("s3 HeadBucket: HTTP 404 NotFound");
	assert_string_equal(err.buf, expected);
	free(expected);
	aws_response_free(&resp);
	aws_client_free(c);
	strbuf_release(&err);
}

static void test_live_iam_query_protocol(void **state)
{
	static const char policy[] =
		"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
		"\"Principal\":{\"Service\":\"glue.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
	struct aws_client *c;
	struct aws_response resp;
	struct strbuf err = STRBUF_INIT;
	json_t *params;
	xmlDocPtr doc;
	char *text, *expected;

	(void)state;
	need_moto();
	c = new_client(moto.endpoint, false, "eu-west-1", 3);

	assert_int_equal(aws_query_call(c, &aws_service_iam, "ListRoles", NULL, &resp, &err), 0);
	assert_non_null(strstr(resp.body, "ListRolesResponse"));
	aws_response_free(&resp);

	params = json_pack("{s:s, s:s, s:s, s:s}", "RoleName", "terrace-role", "Path", "/svc/",
			   "AssumeRolePolicyDocument", policy, "Tags.member.1.Key", "env");
	json_object_set_new(params, "Tags.member.1.Value", json_string("a b&c=d"));
	if (aws_query_call(c, &aws_service_iam, "CreateRole", params, &resp, &err))
		fail_msg("%s", err.buf);
	json_decref(params);
	aws_response_free(&resp);

	params = json_pack("{s:s}", "RoleName", "terrace-role");
	assert_int_equal(aws_query_call(c, &aws_service_iam, "GetRole", params, &resp, &err), 0);
	doc = xml_parse(resp.body, resp.body_len, &err);
	assert_non_null(doc);
	text = xml_child_text(xmlDocGetRootElement(doc), "GetRoleResult/Role/Path");
	assert_string_equal(text, "/svc/");
	free(text);
	text = xml_child_text(xmlDocGetRootElement(doc), "GetRoleResult/Role/Tags/member/Value");
	assert_string_equal(text, "a b&c=d");
	free(text);
	xmlFreeDoc(doc);
	aws_response_free(&resp);

	assert_int_equal(aws_query_call(c, &aws_service_iam, "DeleteRole", params, &resp, &err), 0);
	aws_response_free(&resp);
	assert_int_equal(aws_query_call(c, &aws_service_iam, "GetRole", params, &resp, &err), -1);
	assert_string_equal(resp.error_code, "NoSuchEntity");
	assert_non_null(resp.request_id);
	expected = xasprintf("iam GetRole: HTTP 404 NoSuchEntity: %s (request id %s)",
			     resp.error_message, resp.request_id);
	assert_string_equal(err.buf, expected);
	free(expected);
	aws_response_free(&resp);
	json_decref(params);
	aws_client_free(c);
	strbuf_release(&err);
}

static void test_live_glue_json_protocol(void **state)
{
	struct aws_client *c;
	struct aws_response resp;
	struct strbuf err = STRBUF_INIT;
	json_t *input, *output;
	const char *prefix;

	(void)state;
	need_moto();
	c = new_client(moto.endpoint, false, "us-east-1", 3);

	assert_int_equal(aws_json_call(c, &aws_service_glue, "GetDatabases", NULL, &output,
				       &resp, &err), 0);
	assert_true(json_is_array(json_object_get(output, "DatabaseList")));
	json_decref(output);
	aws_response_free(&resp);

	input = json_pack("{s:{s:s, s:s}}", "DatabaseInput", "Name", "terrace_db",
			  "Description", "made by test_aws_client");
	if (aws_json_call(c, &aws_service_glue, "CreateDatabase", input, NULL, NULL, &err))
		fail_msg("%s", err.buf);
	json_decref(input);

	assert_int_equal(aws_json_call(c, &aws_service_glue, "GetDatabases", NULL, &output,
				       NULL, &err), 0);
	assert_int_equal(json_array_size(json_object_get(output, "DatabaseList")), 1);
	assert_string_equal(json_string_value(json_object_get(
		json_array_get(json_object_get(output, "DatabaseList"), 0), "Name")), "terrace_db");
	json_decref(output);

	input = json_pack("{s:s}", "Name", "nosuch_db");
	assert_int_equal(aws_json_call(c, &aws_service_glue, "GetDatabase", input, &output,
				       &resp, &err), -1);
	assert_null(output);
	assert_string_equal(resp.error_code, "EntityNotFoundException");
	prefix = "glue GetDatabase: HTTP 400 EntityNotFoundException: ";
	assert_memory_equal(err.buf, prefix, strlen(prefix));
	json_decref(input);
	aws_response_free(&resp);

	input = json_pack("{s:s}", "Name", "terrace_db");
	assert_int_equal(aws_json_call(c, &aws_service_glue, "DeleteDatabase", input, NULL,
				       NULL, &err), 0);
	json_decref(input);
	aws_client_free(c);
	strbuf_release(&err);
}

/* moto with authentication on recomputes every signature with botocore. */
static void test_live_signatures_checked_by_moto(void **state)
{
	static const char allow_all[] =
		"{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
		"\"Action\":\"*\",\"Resource\":\"*\"}]}";
	struct moto *auth_moto = &moto_with_auth;
	struct aws_client *bootstrap, *c, *wrong;
	struct aws_response resp;
	struct strbuf err = STRBUF_INIT;
	json_t *params, *output;
	xmlDocPtr doc;
	char *key_id, *secret;

	(void)state;
	need_moto();
	if (moto_start(auth_moto, "/tmp/terrace-test-aws-client-moto-auth.log", "3"))
		fail_msg("second moto server (with authentication) did not start");

	/* The three unauthenticated requests: a user allowed everything, and its keys. */
	bootstrap = new_client(auth_moto->endpoint, true, "us-east-1", 1);
	params = json_pack("{s:s}", "UserName", "terrace");
	expect_ok(aws_query_call(bootstrap, &aws_service_iam, "CreateUser", params, &resp, &err),
		  &resp, &err);
	json_object_set_new(params, "PolicyName", json_string("all"));
	json_object_set_new(params, "PolicyDocument", json_string(allow_all));
	expect_ok(aws_query_call(bootstrap, &aws_service_iam, "PutUserPolicy", params, &resp,
				 &err), &resp, &err);
	json_object_del(params, "PolicyName");
	json_object_del(params, "PolicyDocument");
	assert_int_equal(aws_query_call(bootstrap, &aws_service_iam, "CreateAccessKey", params,
					&resp, &err), 0);
	json_decref(params);
	doc = xml_parse(resp.body, resp.body_len, &err);
	assert_non_null(doc);
	key_id = xml_child_text(xmlDocGetRootElement(doc), "CreateAccessKeyResult/AccessKey/AccessKeyId");
	secret = xml_child_text(xmlDocGetRootElement(doc), "CreateAccessKeyResult/AccessKey/SecretAccessKey");
	assert_non_null(key_id);
	assert_non_null(secret);
	xmlFreeDoc(doc);
	aws_response_free(&resp);
	aws_client_free(bootstrap);

	{
		struct aws_config cfg = {
			.region = "eu-west-1", .access_key_id = key_id, .secret_access_key = secret,
			.endpoint = auth_moto->endpoint, .path_style = true, .max_attempts = 1,
		};
		assert_int_equal(aws_client_new(&cfg, &c, &err), 0);
		cfg.secret_access_key = "not-the-secret";
		assert_int_equal(aws_client_new(&cfg, &wrong, &err), 0);
	}

	expect_ok(s3_call(c, "CreateBucket", "PUT", "terrace-signed", "/", NULL,
			  "<CreateBucketConfiguration xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
			  "<LocationConstraint>eu-west-1</LocationConstraint></CreateBucketConfiguration>",
			  &resp, &err), &resp, &err);
	expect_ok(s3_call(c, "PutObject", "PUT", "terrace-signed", "/a b.txt", NULL, "signed",
			  &resp, &err), &resp, &err);
	assert_int_equal(s3_call(c, "ListObjectsV2", "GET", "terrace-signed", "/",
				 "list-type=2&prefix=a%20b", NULL, &resp, &err), 0);
	assert_non_null(strstr(resp.body, "<Key>a b.txt</Key>"));
	aws_response_free(&resp);
	expect_ok(s3_call(c, "GetBucketVersioning", "GET", "terrace-signed", "/", "versioning",
			  NULL, &resp, &err), &resp, &err);
	expect_ok(aws_query_call(c, &aws_service_iam, "ListRoles", NULL, &resp, &err),
		  &resp, &err);
	assert_int_equal(aws_json_call(c, &aws_service_glue, "GetDatabases", NULL, &output,
				       NULL, &err), 0);
	json_decref(output);
	assert_int_equal(aws_json_call(c, &aws_service_sfn, "ListStateMachines",
				       NULL, &output, NULL, &err), 0);
	json_decref(output);

	/* And a wrong secret is refused, so the checks above meant something. */
	assert_int_equal(aws_query_call(wrong, &aws_service_iam, "ListRoles", NULL, &resp, &err),
			 -1);
	assert_int_equal(resp.status, 403);
	assert_string_equal(resp.error_code, "SignatureDoesNotMatch");
	aws_response_free(&resp);

	aws_client_free(c);
	aws_client_free(wrong);
	free(key_id);
	free(secret);
	strbuf_release(&err);
	moto_stop(auth_moto);
}

/* Many threads share one client and its handle pool. */
struct parallel_job {
	struct aws_client *client;
	int index;
	int failures;
};

static void *parallel_puts(void *arg)
{
	struct parallel_job *job = arg;

	for (int i = 0; i < 8; i++) {
		struct aws_response resp;
		struct strbuf err = STRBUF_INIT;
		char path[32];

		snprintf(path, sizeof(path), "/t%d/o%d", job->index, i);
		if (s3_call(job->client, "PutObject", "PUT", "terrace-par", path, NULL, path,
			    &resp, &err))
			job->failures++;
		aws_response_free(&resp);
		strbuf_release(&err);
	}
	return NULL;
}

static void test_live_parallel_clients_share_pool(void **state)
{
	struct aws_client *c;
	struct aws_response resp;
	struct strbuf err = STRBUF_INIT;
	pthread_t threads[4];
	struct parallel_job jobs[4];
	xmlDocPtr doc;
	int keys = 0;

	(void)state;
	need_moto();
	c = new_client(moto.endpoint, true, "us-east-1", 3);
	expect_ok(s3_call(c, "CreateBucket", "PUT", "terrace-par", "/", NULL, NULL, &resp, &err),
		  &resp, &err);
	for (int i = 0; i < 4; i++) {
		jobs[i] = (struct parallel_job){ .client = c, .index = i };
		assert_int_equal(pthread_create(&threads[i], NULL, parallel_puts, &jobs[i]), 0);
	}
	for (int i = 0; i < 4; i++) {
		pthread_join(threads[i], NULL);
		assert_int_equal(jobs[i].failures, 0);
	}
	assert_int_equal(s3_call(c, "ListObjectsV2", "GET", "terrace-par", "/", "list-type=2",
				 NULL, &resp, &err), 0);
	doc = xml_parse(resp.body, resp.body_len, &err);
	assert_non_null(doc);
	for (xmlNodePtr n = xml_child(xmlDocGetRootElement(doc), "Contents"); n; n = xml_next_same(n))
		keys++;
	assert_int_equal(keys, 32);
	xmlFreeDoc(doc);
	aws_response_free(&resp);
	aws_client_free(c);
	strbuf_release(&err);
}

int main(void)
{
	const struct CMUnitTest live[] = {
		cmocka_unit_test(test_live_s3_object_roundtrip),
		cmocka_unit_test(test_live_s3_virtual_hosted),
		cmocka_unit_test(test_live_s3_no_such_bucket),
		cmocka_unit_test(test_live_iam_query_protocol),
		cmocka_unit_test(test_live_glue_json_protocol),
		cmocka_unit_test(test_live_parallel_clients_share_pool),
		cmocka_unit_test(test_live_signatures_checked_by_moto),
	};

	/* The credential chain must not pick up the developer's own files. */
	setenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent/credentials", 1);
	setenv("AWS_CONFIG_FILE", "/nonexistent/config", 1);
	return cmocka_run_group_tests_name("aws client live (moto)", live, live_setup,
					   live_teardown);
}
