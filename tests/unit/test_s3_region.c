/*
 * test_s3_region.c: which S3 answers mean "the bucket is in another region"
 * and which region they name (provider/aws/transport/s3_region.c, botocore's
 * S3RegionRedirectorv2 rules), and the bucket -> region cache; where a
 * request for a remembered bucket then goes (client.c's aws_target_build).
 * No network.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "provider/aws/transport/client.h"
#include "provider/aws/transport/client_internal.h"
#include "provider/aws/transport/s3_region.h"

/* A response with the given status, error code, optional header value of
 * x-amz-bucket-region and body. */
static struct aws_response answer(long status, const char *code, const char *region_header,
				  const char *body)
{
	struct aws_response r = { .status = status };

	if (code)
		r.error_code = xstrdup(code);
	if (region_header) {
		r.headers = xcalloc(1, sizeof(*r.headers));
		r.headers[0].name = xstrdup("x-amz-bucket-region");
		r.headers[0].value = xstrdup(region_header);
		r.n_headers = 1;
	}
	if (body) {
		r.body = xstrdup(body);
		r.body_len = strlen(body);
	}
	return r;
}

static void expect_redirect(const char *method, const char *path, const char *operation,
			    struct aws_response r, enum s3_redirect kind, const char *region)
{
	struct aws_request req = {
		.service = "s3", .operation = operation, .method = method,
		.bucket = "lake", .path = path,
	};
	char *got = NULL;

	assert_int_equal(s3_redirect_of(&req, &r, &got), kind);
	if (region)
		assert_string_equal(got, region);
	else
		assert_null(got);
	free(got);
	aws_response_free(&r);
}

#define MALFORMED(region) "<Error><Code>AuthorizationHeaderMalformed</Code><Message>the" \
	" region is wrong</Message><Region>" region "</Region></Error>"

static void test_wrong_region_answers(void **state)
{
	(void)state;
	/* 301 PermanentRedirect: the header names the region. */
	expect_redirect("GET", "/k", "GetObject",
			answer(301, "PermanentRedirect", "eu-west-1", "<Error><Code>PermanentRedirect</Code></Error>"),
			S3_REDIRECT, "eu-west-1");
	/* 400 AuthorizationHeaderMalformed: the body names it. */
	expect_redirect("PUT", "/k", "PutObject",
			answer(400, "AuthorizationHeaderMalformed", NULL, MALFORMED("ap-south-1")),
			S3_REDIRECT, "ap-south-1");
	/* ... and without a Region it is an ordinary error. */
	expect_redirect("PUT", "/k", "PutObject",
			answer(400, "AuthorizationHeaderMalformed", NULL,
			       "<Error><Code>AuthorizationHeaderMalformed</Code></Error>"),
			S3_NO_REDIRECT, NULL);
	/* HeadObject 400 without a body or header: ask HeadBucket. */
	expect_redirect("HEAD", "/k", "HeadObject", answer(400, "BadRequest", NULL, NULL),
			S3_REDIRECT_ASK, NULL);
	/* HeadBucket 400 with the header: redirect; without it: nothing. */
	expect_redirect("HEAD", "/", "HeadBucket", answer(400, "BadRequest", "eu-central-1", NULL),
			S3_REDIRECT, "eu-central-1");
	expect_redirect("HEAD", "/", "HeadBucket", answer(400, "BadRequest", NULL, NULL),
			S3_NO_REDIRECT, NULL);
	/* A 307 names its region in the header. */
	expect_redirect("PUT", "/k", "PutObject", answer(307, "TemporaryRedirect", "us-west-2", NULL),
			S3_REDIRECT, "us-west-2");
	/* The opt-in region refusal, except for CreateBucket. */
	expect_redirect("GET", "/k", "GetObject",
			answer(400, "IllegalLocationConstraintException", "af-south-1", NULL),
			S3_REDIRECT, "af-south-1");
	expect_redirect("PUT", "/", "CreateBucket",
			answer(400, "IllegalLocationConstraintException", "af-south-1", NULL),
			S3_NO_REDIRECT, NULL);
	/* Ordinary errors are not redirects; a header that is no region name is none. */
	expect_redirect("GET", "/k", "GetObject", answer(404, "NoSuchKey", "eu-west-1", NULL),
			S3_NO_REDIRECT, NULL);
	expect_redirect("GET", "/k", "GetObject", answer(403, "AccessDenied", NULL, NULL),
			S3_NO_REDIRECT, NULL);
	expect_redirect("GET", "/k", "GetObject", answer(301, "PermanentRedirect", "eu west/1", NULL),
			S3_REDIRECT_ASK, NULL);
}

static void test_no_bucket_no_redirect(void **state)
{
	struct aws_request req = { .service = "s3", .operation = "ListBuckets", .method = "GET",
				   .path = "/" };
	struct aws_response r = answer(301, "PermanentRedirect", "eu-west-1", NULL);
	char *region = NULL;

	(void)state;
	assert_int_equal(s3_redirect_of(&req, &r, &region), S3_NO_REDIRECT);
	req = (struct aws_request){ .service = "glue", .operation = "GetTable", .method = "POST",
				    .path = "/" };
	assert_int_equal(s3_redirect_of(&req, &r, &region), S3_NO_REDIRECT);
	assert_null(region);
	aws_response_free(&r);
}

static void test_cache(void **state)
{
	struct s3_region_cache cache;
	char *region;

	(void)state;
	s3_region_cache_init(&cache);
	assert_null(s3_region_cache_get(&cache, "lake"));
	assert_true(s3_region_cache_put(&cache, "lake", "eu-west-1"));
	/* A second thread learning the same: not new (logged once). */
	assert_false(s3_region_cache_put(&cache, "lake", "eu-west-1"));
	assert_true(s3_region_cache_put(&cache, "other", "ap-south-1"));
	region = s3_region_cache_get(&cache, "lake");
	assert_string_equal(region, "eu-west-1");
	free(region);
	assert_true(s3_region_cache_put(&cache, "lake", "us-west-2"));
	s3_region_cache_forget(&cache, "lake");
	assert_null(s3_region_cache_get(&cache, "lake"));
	region = s3_region_cache_get(&cache, "other");
	assert_string_equal(region, "ap-south-1");
	free(region);
	s3_region_cache_release(&cache);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wrong_region_answers),
		cmocka_unit_test(test_no_bucket_no_redirect),
		cmocka_unit_test(test_cache),
	};

	return cmocka_run_group_tests_name("s3 region redirects", tests, NULL, NULL);
}
