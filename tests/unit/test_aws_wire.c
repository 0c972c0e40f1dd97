/*
 * test_aws_wire.c: the AWS transport without a server (provider/aws/transport/
 * client.c, target.c, errors.c, xml.c): how the three error formats (S3's
 * XML, query's XML, json's) are read and worded (what AWS echoes made safe
 * to print), which answers are retried,
 * the silent server's bound, where requests go (real AWS hosts, custom
 * endpoints, S3 path and virtual-hosted style), and the XML helpers.
 * (Split from test_aws_client.c, which keeps the scripted server's tests.)
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/transport/client.h"
#include "provider/aws/transport/client_internal.h"
#include "provider/aws/transport/xml.h"
#include "provider/base/text.h"
#include "tests/unit/aws_client_support.h"

/* ---- helpers ---- */

static void add_response_header(struct aws_response *resp, const char *name, const char *value)
{
	resp->headers = xrealloc(resp->headers, (resp->n_headers + 1) * sizeof(*resp->headers));
	resp->headers[resp->n_headers].name = xstrdup(name);
	resp->headers[resp->n_headers].value = xstrdup(value);
	resp->n_headers++;
}

static void set_body(struct aws_response *resp, const char *body)
{
	free(resp->body);
	resp->body = xstrdup(body);
	resp->body_len = strlen(body);
}

static char *formatted_error(const char *service, const char *operation,
			     const struct aws_response *resp)
{
	struct strbuf err = STRBUF_INIT;
	aws_format_http_error(&err, service, operation, resp);
	return strbuf_detach(&err);
}

/* ---- error responses ---- */

static void test_s3_xml_error(void **state)
{
	struct aws_response resp = { .status = 404 };
	char *message;

	(void)state;
	add_response_header(&resp, "x-amz-request-id", "ABC");
	set_body(&resp, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
			"<Error><Code>NoSuchBucket</Code>"
			"<Message>The specified bucket does not exist</Message>"
			"<BucketName>lake</BucketName><RequestId>BODYID</RequestId></Error>");
	aws_response_parse_error(&resp);
	assert_string_equal(resp.error_code, "NoSuchBucket");
	assert_string_equal(resp.error_message, "The specified bucket does not exist");
	assert_string_equal(resp.request_id, "ABC");   /* the header wins */
	message = formatted_error("s3", "ListObjectsV2", &resp);
	assert_string_equal(message, "s3 ListObjectsV2: HTTP 404 NoSuchBucket: "
				     "The specified bucket does not exist (request id ABC)");
	free(message);
	aws_response_free(&resp);
}

static void test_query_xml_error(void **state)
{
	struct aws_response resp = { .status = 404 };
	char *message;

	(void)state;
	set_body(&resp, "<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">\n"
			"  <Error>\n    <Type>Sender</Type>\n    <Code>NoSuchEntity</Code>\n"
			"    <Message>The role with name x cannot be found.</Message>\n  </Error>\n"
			"  <RequestId>4a1b-req</RequestId>\n</ErrorResponse>\n");
	aws_response_parse_error(&resp);
	assert_string_equal(resp.error_code, "NoSuchEntity");
	assert_string_equal(resp.error_message, "The role with name x cannot be found.");
	assert_string_equal(resp.request_id, "4a1b-req");
	message = formatted_error("iam", "GetRole", &resp);
	assert_string_equal(message, "iam GetRole: HTTP 404 NoSuchEntity: "
				     "The role with name x cannot be found. (request id 4a1b-req)");
	free(message);
	aws_response_free(&resp);
}

static void test_json_error(void **state)
{
	struct aws_response resp = { .status = 400 };
	char *message;

	(void)state;
	add_response_header(&resp, "x-amzn-requestid", "j-1");
	set_body(&resp, "{\"__type\":\"com.amazonaws.glue#EntityNotFoundException\","
			"\"Message\":\"Database lake not found.\"}");
	aws_response_parse_error(&resp);
	assert_string_equal(resp.error_code, "EntityNotFoundException");
	assert_string_equal(resp.error_message, "Database lake not found.");
	message = formatted_error("glue", "GetDatabase", &resp);
	assert_string_equal(message, "glue GetDatabase: HTTP 400 EntityNotFoundException: "
				     "Database lake not found. (request id j-1)");
	free(message);
	aws_response_free(&resp);

	/* rest-json: the code in x-amzn-ErrorType, lower-case "message". */
	resp.status = 409;
	add_response_header(&resp, "x-amzn-errortype",
			    "ConflictException:http://internal.amazon.com/coral/com.amazonaws/");
	set_body(&resp, "{\"message\":\"Schedule exists\"}");
	aws_response_parse_error(&resp);
	assert_string_equal(resp.error_code, "ConflictException");
	message = formatted_error("scheduler", "CreateSchedule", &resp);
	assert_string_equal(message, "scheduler CreateSchedule: HTTP 409 ConflictException: "
				     "Schedule exists");
	free(message);
	aws_response_free(&resp);
}

/* What AWS echoes back is made safe where the answer becomes text: a
 * control or bidi character of the code, the message or the request id
 * shows escaped, a long quoted run in the message is cut with its length
 * (provider/base/text.h; t1410 runs it whole). */
static void test_hostile_error_made_safe(void **state)
{
	struct aws_response resp = { .status = 400 };
	struct strbuf body = STRBUF_INIT;

	(void)state;
	add_response_header(&resp, "x-amzn-requestid", "r\xe2\x80\xae" "1");
	strbuf_addstr(&body, "{\"__type\":\"Bad\\u001bCode\",\"message\":\"name \\u001b[2J"
			     "\\u202e\\u0085 refused \\\"");
	for (int i = 0; i < 5000; i++)
		strbuf_addch(&body, 'b');
	strbuf_addstr(&body, "\\\" at 'name'\"}");
	set_body(&resp, body.buf);
	aws_response_parse_error(&resp);
	char *message = formatted_error("ssm", "PutParameter", &resp);
	struct strbuf want = STRBUF_INIT;
	strbuf_addstr(&want, "ssm PutParameter: HTTP 400 Bad\\x1bCode: name \\x1b[2J\\u202e\\u0085 "
			     "refused \"");
	for (int i = 0; i < TEXT_QUOTE_MAX - 3; i++)
		strbuf_addch(&want, 'b');
	strbuf_addstr(&want, "\xe2\x80\xa6\" (5000 bytes) at 'name' (request id r\\u202e1)");
	assert_string_equal(message, want.buf);
	free(message);
	strbuf_release(&want);
	strbuf_release(&body);
	aws_response_free(&resp);
}

static void test_error_without_body(void **state)
{
	struct aws_response resp = { .status = 404 };
	char *message;

	(void)state;
	add_response_header(&resp, "x-amz-request-id", "H1");
	aws_response_parse_error(&resp);
	assert_string_equal(resp.error_code, "NotFound");
	assert_null(resp.error_message);
	message = formatted_error("s3", "HeadBucket", &resp);
	assert_string_equal(message, "s3 HeadBucket: HTTP 404 NotFound (request id H1)");
	free(message);
	aws_response_free(&resp);

	/* Neither XML nor JSON: the start of the body becomes the message. */
	resp.status = 502;
	set_body(&resp, "Bad gateway\n");
	aws_response_parse_error(&resp);
	assert_null(resp.error_code);
	message = formatted_error("glue", "GetTable", &resp);
	assert_string_equal(message, "glue GetTable: HTTP 502: Bad gateway");
	free(message);
	aws_response_free(&resp);
}

static void test_retryable_classification(void **state)
{
	(void)state;
	assert_true(aws_error_is_retryable(503, "SlowDown"));
	assert_true(aws_error_is_retryable(500, NULL));
	assert_true(aws_error_is_retryable(502, NULL));
	assert_true(aws_error_is_retryable(504, NULL));
	assert_true(aws_error_is_retryable(429, NULL));
	assert_true(aws_error_is_retryable(400, "Throttling"));
	assert_true(aws_error_is_retryable(400, "ThrottlingException"));
	assert_true(aws_error_is_retryable(400, "RequestLimitExceeded"));
	assert_true(aws_error_is_retryable(400, "RequestTimeout"));
	assert_true(aws_error_is_retryable(409, "TransactionInProgressException"));
	assert_false(aws_error_is_retryable(400, "LimitExceededException"));
	assert_false(aws_error_is_retryable(404, "NoSuchBucket"));
	assert_false(aws_error_is_retryable(403, "AccessDenied"));
}

/* How long one call can take against a server that accepts and never
 * answers: with the defaults (8 attempts, read_timeout 30 s, operation
 * timeout 900 s) three silent attempts of 30 s (each up to 1 s late) and
 * the two longest backoffs between them (100 ms, 200 ms): 93.3 s, inside
 * the two minutes docs/safety.md promises. Before, the defaults allowed 8
 * attempts of 60 s: up to 900 s. */
static void test_silent_server_bound(void **state)
{
	(void)state;
	assert_float_equal(aws_silent_server_bound_s(0, 0, 0), 3 * 31 + 0.1 + 0.2, 1e-9);
	assert_true(aws_silent_server_bound_s(0, 0, 0) < 120);
	/* max_attempts below three: that many. */
	assert_float_equal(aws_silent_server_bound_s(1, 0, 0), 31, 1e-9);
	assert_float_equal(aws_silent_server_bound_s(2, 0, 0), 62.1, 1e-9);
	/* A shorter read_timeout (t0802 uses 2 s) shortens it... */
	assert_float_equal(aws_silent_server_bound_s(0, 2, 0), 3 * 3 + 0.3, 1e-9);
	/* ... and operation_timeout caps it. */
	assert_float_equal(aws_silent_server_bound_s(0, 0, 60), 60, 1e-9);
	assert_float_equal(aws_silent_server_bound_s(8, 600, 900), 900, 1e-9);
}

/* ---- where requests go ---- */

struct target_case {
	const char *endpoint;
	bool path_style;
	const char *region;
	const char *service;
	const char *bucket;
	const char *path;
	const char *query;
	const char *url;
	const char *host;
	const char *sign_path;
	const char *signing_region;
	bool path_encoded;
};

static void check_target(const struct target_case *tc)
{
	struct aws_client *c = new_client(tc->endpoint, tc->path_style, tc->region, 1);
	struct aws_request req = {
		.service = tc->service, .operation = "Op", .method = "GET",
		.bucket = tc->bucket, .path = tc->path, .query = tc->query,
		.path_encoded = tc->path_encoded,
	};
	struct aws_target t;
	struct strbuf err = STRBUF_INIT;

	if (aws_target_build(c, &req, &t, &err))
		fail_msg("aws_target_build: %s", err.buf);
	assert_string_equal(t.url, tc->url);
	assert_string_equal(t.host, tc->host);
	assert_string_equal(t.sign_path, tc->sign_path);
	assert_string_equal(t.signing_region, tc->signing_region);
	aws_target_release(&t);
	strbuf_release(&err);
	aws_client_free(c);
}

static void test_target_real_aws(void **state)
{
	static const struct target_case cases[] = {
		{ NULL, false, "eu-west-1", "s3", "lake", "/dir/a b+c.txt", NULL,
		  "https://lake.s3.eu-west-1.amazonaws.com/dir/a%20b%2Bc.txt",
		  "lake.s3.eu-west-1.amazonaws.com", "/dir/a b+c.txt", "eu-west-1" },
		{ NULL, true, "eu-west-1", "s3", "lake", "/k", "versionId=3",
		  "https://s3.eu-west-1.amazonaws.com/lake/k?versionId=3",
		  "s3.eu-west-1.amazonaws.com", "/lake/k", "eu-west-1" },
		{ NULL, true, "us-east-1", "s3", "lake", "/", "list-type=2&prefix=a%2F",
		  "https://s3.us-east-1.amazonaws.com/lake?list-type=2&prefix=a%2F",
		  "s3.us-east-1.amazonaws.com", "/lake", "us-east-1" },
		/* Dots cannot be virtual-hosted over TLS: path-style. */
		{ NULL, false, "us-east-1", "s3", "my.lake", "/", "versioning",
		  "https://s3.us-east-1.amazonaws.com/my.lake?versioning",
		  "s3.us-east-1.amazonaws.com", "/my.lake", "us-east-1" },
		{ NULL, false, "us-east-1", "s3", NULL, "/", NULL,
		  "https://s3.us-east-1.amazonaws.com/", "s3.us-east-1.amazonaws.com", "/",
		  "us-east-1" },
		{ NULL, false, "eu-west-1", "iam", NULL, "/", NULL,
		  "https://iam.amazonaws.com/", "iam.amazonaws.com", "/", "us-east-1" },
		{ NULL, false, "eu-west-1", "sts", NULL, NULL, NULL,
		  "https://sts.amazonaws.com/", "sts.amazonaws.com", "/", "us-east-1" },
		{ NULL, false, "eu-west-1", "states", NULL, "/", NULL,
		  "https://states.eu-west-1.amazonaws.com/", "states.eu-west-1.amazonaws.com", "/",
		  "eu-west-1" },
		{ NULL, false, "eu-west-1", "glue", NULL, "/", NULL,
		  "https://glue.eu-west-1.amazonaws.com/", "glue.eu-west-1.amazonaws.com", "/",
		  "eu-west-1" },
		{ NULL, false, "cn-north-1", "glue", NULL, "/", NULL,
		  "https://glue.cn-north-1.amazonaws.com.cn/", "glue.cn-north-1.amazonaws.com.cn", "/",
		  "cn-north-1" },
		{ NULL, false, "eu-west-1", "scheduler", NULL, "/schedules/nightly", NULL,
		  "https://scheduler.eu-west-1.amazonaws.com/schedules/nightly",
		  "scheduler.eu-west-1.amazonaws.com", "/schedules/nightly", "eu-west-1" },
		/* Not S3: the signer gets the encoded wire path and encodes it again. */
		{ NULL, false, "eu-west-1", "lambda", NULL, "/2015-03-31/functions/a:b c", NULL,
		  "https://lambda.eu-west-1.amazonaws.com/2015-03-31/functions/a%3Ab%20c",
		  "lambda.eu-west-1.amazonaws.com", "/2015-03-31/functions/a%3Ab%20c", "eu-west-1" },
		/* A path in its wire form (Batch's /v1/tags/{resourceArn}: the ARN one
		 * label, its '/' encoded): on the wire as given, the signer encodes it
		 * again as for any path but S3's. */
		{ NULL, false, "eu-west-1", "batch", NULL,
		  "/v1/tags/arn%3Aaws%3Abatch%3Aeu-west-1%3A1%3Ajob-queue%2Fq", NULL,
		  "https://batch.eu-west-1.amazonaws.com/v1/tags/arn%3Aaws%3Abatch%3Aeu-west-1%3A1%3Ajob-queue%2Fq",
		  "batch.eu-west-1.amazonaws.com",
		  "/v1/tags/arn%3Aaws%3Abatch%3Aeu-west-1%3A1%3Ajob-queue%2Fq", "eu-west-1", true },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++)
		check_target(&cases[i]);
}

static void test_target_custom_endpoint(void **state)
{
	static const struct target_case cases[] = {
		{ "http://127.0.0.1:5000", true, "us-east-1", "s3", "t1", "/a b", NULL,
		  "http://127.0.0.1:5000/t1/a%20b", "127.0.0.1:5000", "/t1/a b", "us-east-1" },
		{ "http://127.0.0.1:5000/", true, "us-east-1", "s3", "t1", "/", NULL,
		  "http://127.0.0.1:5000/t1", "127.0.0.1:5000", "/t1", "us-east-1" },
		{ "http://minio.local:9000", false, "eu-west-1", "s3", "lake", "/k", "tagging",
		  "http://lake.minio.local:9000/k?tagging", "lake.minio.local:9000", "/k",
		  "eu-west-1" },
		/* Virtual-hosted is impossible on an IP address: path-style. */
		{ "http://127.0.0.1:5000", false, "us-east-1", "s3", "lake", "/k", NULL,
		  "http://127.0.0.1:5000/lake/k", "127.0.0.1:5000", "/lake/k", "us-east-1" },
		{ "https://gw.example.com/aws", false, "eu-west-1", "iam", NULL, "/", NULL,
		  "https://gw.example.com/aws/", "gw.example.com", "/aws/", "eu-west-1" },
		{ "http://localhost:4566", false, "eu-west-1", "states", NULL, "/", NULL,
		  "http://localhost:4566/", "localhost:4566", "/", "eu-west-1" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(*cases); i++)
		check_target(&cases[i]);
}

static void test_bad_endpoint(void **state)
{
	struct aws_config cfg = {
		.access_key_id = "AKID", .secret_access_key = "secret", .endpoint = "127.0.0.1:5000",
	};
	struct aws_client *c;
	struct strbuf err = STRBUF_INIT;

	(void)state;
	assert_int_equal(aws_client_new(&cfg, &c, &err), -1);
	assert_string_equal(err.buf, "endpoint \"127.0.0.1:5000\" must start with http:// or https://");
	strbuf_release(&err);
}

/* ---- xml.c ---- */

static void test_xml_helpers(void **state)
{
	static const char doc_text[] =
		"<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
		"<Name>lake</Name><Contents><Key>a</Key></Contents>"
		"<Contents><Key>b &amp; c</Key></Contents><Other/><Contents><Key>d</Key></Contents>"
		"</ListBucketResult>";
	struct strbuf err = STRBUF_INIT, escaped = STRBUF_INIT;
	xmlDocPtr doc = xml_parse(doc_text, strlen(doc_text), &err);
	xmlNodePtr root, n;
	char *text;
	int count = 0;

	(void)state;
	assert_non_null(doc);
	root = xmlDocGetRootElement(doc);
	text = xml_child_text(root, "Name");
	assert_string_equal(text, "lake");
	free(text);
	text = xml_child_text((xmlNodePtr)doc, "ListBucketResult/Contents/Key");
	assert_string_equal(text, "a");
	free(text);
	assert_null(xml_child_text(root, "Contents/Size"));
	for (n = xml_child(root, "Contents"); n; n = xml_next_same(n))
		count++;
	assert_int_equal(count, 3);
	text = xml_child_text(xml_next_same(xml_child(root, "Contents")), "Key");
	assert_string_equal(text, "b & c");
	free(text);
	/* xml_set_child_text: set when the child is there, else left alone */
	json_t *o = json_pack("{s:s}", "kept", "was");
	xml_set_child_text(o, "name", root, "Name");
	xml_set_child_text(o, "kept", root, "Contents/Size");
	xml_set_child_text(o, "size", root, "Contents/Size");
	assert_string_equal(json_string_value(json_object_get(o, "name")), "lake");
	assert_string_equal(json_string_value(json_object_get(o, "kept")), "was");
	assert_null(json_object_get(o, "size"));
	json_decref(o);
	xmlFreeDoc(doc);

	assert_null(xml_parse("not xml", 7, &err));
	assert_non_null(strstr(err.buf, "response is not valid XML"));
	strbuf_reset(&err);
	assert_null(xml_parse("", 0, &err));
	assert_string_equal(err.buf, "empty response body where XML was expected");

	xml_escape(&escaped, "a<b>&\"c'\r");
	assert_string_equal(escaped.buf, "a&lt;b&gt;&amp;&quot;c&apos;&#13;");
	strbuf_release(&escaped);
	strbuf_release(&err);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_s3_xml_error),
		cmocka_unit_test(test_query_xml_error),
		cmocka_unit_test(test_json_error),
		cmocka_unit_test(test_error_without_body),
		cmocka_unit_test(test_hostile_error_made_safe),
		cmocka_unit_test(test_retryable_classification),
		cmocka_unit_test(test_silent_server_bound),
		cmocka_unit_test(test_target_real_aws),
		cmocka_unit_test(test_target_custom_endpoint),
		cmocka_unit_test(test_bad_endpoint),
		cmocka_unit_test(test_xml_helpers),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
