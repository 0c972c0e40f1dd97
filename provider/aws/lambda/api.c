/*
 * lambda/api.c: what aws.lambda.function (lambda/function.c) and
 * aws.lambda.layer_version (lambda/layer_version.c) share (lambda/api.h):
 * Lambda's rest-json call, reading its answers, and the code package, made
 * from a local `source` (zipped deterministically by build/zip.c) or named
 * in S3.
 */
#include "provider/aws/lambda/api.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "provider/aws/build/api.h"
#include "provider/base/encoding.h"
#include "provider/provider.h"

/* Lambda's limit for a package uploaded in the request (ZipFile). */
#define DIRECT_UPLOAD_LIMIT (50u * 1024 * 1024)

bool lambda_error_is(const struct aws_response *resp, const char *code)
{
	return resp->error_code && !strcmp(resp->error_code, code);
}

/*
 * One rest-json call: `input` (may be NULL) is sent as the JSON body, and
 * when `output` is given it receives the parsed response ({} for an empty
 * body). resp is always filled and the caller frees it.
 */
int lambda_call(struct aws_client *c, const char *operation, const char *method,
		const char *path, const char *query, const json_t *input,
		json_t **output, struct aws_response *resp, struct strbuf *err)
{
	return aws_rest_json_call(c, &aws_service_lambda, operation, method, path, query, input,
				  output,
				  resp, err);
}

int lambda_get_or_gone(struct aws_client *c, const char *operation, const char *path,
		       json_t **doc, struct strbuf *err)
{
	struct aws_response resp;
	int rc = lambda_call(c, operation, "GET", path, NULL, NULL, doc, &resp, err);

	if (rc && resp.status == 404 && lambda_error_is(&resp, "ResourceNotFoundException")) {
		strbuf_reset(err);
		*doc = NULL;
		rc = 0;
	}
	aws_response_free(&resp);
	return rc;
}

/* ---- tags, on /2017-03-31/tags/ARN ---- */

/* The tags path of `arn`, the ARN one URI label encoded whole (its ':' as
 * %3A), as botocore sends {Resource}: sent as it is
 * (aws_rest_json_call_encoded), so the path signed is the path sent. */
static void tags_path(struct strbuf *path, const char *arn)
{
	strbuf_addstr(path, "/2017-03-31/tags/");
	sigv4_uri_encode(path, arn, strlen(arn), false);
}

static int tag_resource(struct aws_client *c, const char *arn, const json_t *tags,
			struct strbuf *err)
{
	struct strbuf path = STRBUF_INIT;
	json_t *in = json_pack("{s:O}", "Tags", tags);
	int rc;

	tags_path(&path, arn);
	rc = aws_rest_json_call_encoded(c, &aws_service_lambda, "TagResource", "POST", path.buf,
					NULL,
					in, NULL, NULL, NULL, NULL, err);
	json_decref(in);
	strbuf_release(&path);
	return rc ? -1 : 0;
}

static int untag_resource(struct aws_client *c, const char *arn, const json_t *keys,
			  struct strbuf *err)
{
	struct strbuf path = STRBUF_INIT, query = STRBUF_INIT;
	size_t i;
	json_t *k;
	int rc;

	tags_path(&path, arn);
	json_array_foreach(keys, i, k) {
		if (query.len)
			strbuf_addch(&query, '&');
		strbuf_addstr(&query, "tagKeys=");
		sigv4_uri_encode(&query, json_string_value(k), json_string_length(k), false);
	}
	rc = aws_rest_json_call_encoded(c, &aws_service_lambda, "UntagResource", "DELETE", path.buf,
					query.buf, NULL, NULL, NULL, NULL, NULL, err);
	strbuf_release(&query);
	strbuf_release(&path);
	return rc ? -1 : 0;
}

int lambda_converge_tags(struct aws_client *c, const char *arn, const json_t *current,
			 const json_t *desired, struct strbuf *err)
{
	json_t *set, *remove;
	int rc = 0;

	value_map_diff(current, desired, &remove, &set);
	if (json_array_size(remove))
		rc = untag_resource(c, arn, remove, err);
	if (rc == 0 && json_object_size(set))
		rc = tag_resource(c, arn, set, err);
	json_decref(set);
	json_decref(remove);
	return rc;
}

/* ListTags: the tags of a function or mapping, {} when none. */
int lambda_get_tags(struct aws_client *c, const char *arn, json_t **tags, struct strbuf *err)
{
	struct strbuf path = STRBUF_INIT;
	json_t *doc = NULL, *v;
	const char *k;
	int rc;

	*tags = NULL;
	tags_path(&path, arn);
	rc = aws_rest_json_call_encoded(c, &aws_service_lambda, "ListTags", "GET", path.buf, NULL,
					NULL,
					NULL, &doc, NULL, NULL, err);
	strbuf_release(&path);
	if (rc) {
		json_decref(doc);
		return -1;
	}
	*tags = json_object();
	json_object_foreach(value_get(doc, "Tags"), k, v)
		if (json_is_string(v))
			json_object_set(*tags, k, v);
	json_decref(doc);
	return 0;
}

json_t *lambda_string_or_null(const json_t *o, const char *name)
{
	const char *s = value_get_string(o, name);

	return s ? json_string(s) : json_null();
}

json_t *lambda_number_or_null(const json_t *o, const char *name)
{
	json_t *v = value_get(o, name);

	return json_is_number(v) ? json_copy(v) : json_null();
}

/* Which code form the desired attributes use; -1 with a message when not
 * exactly one. */
bool lambda_code_from_source(const json_t *desired)
{
	return value_is_set(value_get(desired, "source"));
}

static bool lambda_ends_with_zip(const char *path)
{
	size_t n = strlen(path);

	return n > 4 && !strcasecmp(path + n - 4, ".zip");
}

/* A .zip file's bytes, as they are. */
static int lambda_read_zip_file(const char *path, struct package_zip *out, struct strbuf *err)
{
	FILE *f = fopen(path, "rb");
	struct strbuf buf = STRBUF_INIT;
	char chunk[65536];
	size_t n;
	int failed;

	out->data = NULL;
	out->len = 0;
	if (!f) {
		strbuf_addf(err, "cannot read %s: %s", path, strerror(errno));
		return -1;
	}
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		strbuf_add(&buf, chunk, n);
	failed = ferror(f);
	fclose(f);
	if (failed) {
		strbuf_addf(err, "cannot read %s", path);
		strbuf_release(&buf);
		return -1;
	}
	if (buf.len < 4 || memcmp(buf.buf, "PK\3\4", 4)) {
		strbuf_addf(err, "%s is not a zip file", path);
		strbuf_release(&buf);
		return -1;
	}
	out->len = buf.len;
	out->data = (unsigned char *)strbuf_detach(&buf);
	return 0;
}

/* The package of `source` (deterministic, or a layer's .zip file as it is),
 * within the direct upload limit. */
static int lambda_package_source(const struct lambda_code_form *form, const char *source,
				 struct package_zip *zip, struct strbuf *err)
{
	int rc = form->zip_file_as_is && lambda_ends_with_zip(source) ? lambda_read_zip_file(source, zip, err)
							       : package_zip_build(source, zip, err);

	if (rc) {
		strbuf_prefixf(err, "%s: source: ", form->type);
		return -1;
	}
	if (zip->len > DIRECT_UPLOAD_LIMIT) {
		strbuf_addf(err, "%s: the package of %s is %zu bytes, over Lambda's 50 MB limit "
			    "for direct uploads: upload it to S3 and set s3_bucket and s3_key",
			    form->type, source, zip->len);
		package_zip_release(zip);
		return -1;
	}
	return 0;
}

/* At plan time: code_sha256 of the package of `source` (when it is the form
 * used and known), so an edited file plans as new code. */
int lambda_plan_code_sha256(const struct lambda_code_form *form, json_t *desired,
			    struct strbuf *err)
{
	json_t *source = value_get(desired, "source");
	struct package_zip zip;
	char sha256[PACKAGE_SHA256_B64_SIZE];
	if (!lambda_code_from_source(desired) || value_is_unknown(source))
		return 0;
	if (!json_is_string(source)) {
		strbuf_addf(err, "%s: source has no text to send", form->type);
		return -1;
	}
	if (lambda_package_source(form, json_string_value(source), &zip, err))
		return -1;
	package_sha256_base64(zip.data, zip.len, sha256);
	package_zip_release(&zip);
	json_object_set_new(desired, "code_sha256", json_string(sha256));
	return 0;
}

/*
 * The code fields (ZipFile, or S3Bucket/S3Key/S3ObjectVersion) added to
 * `into`: the Code object of CreateFunction or the body of
 * UpdateFunctionCode.
 */
int lambda_add_code(const struct lambda_code_form *form, json_t *into, const json_t *desired,
		    struct strbuf *err)
{
	if (lambda_code_from_source(desired)) {
		struct package_zip zip;
		char *base64;

		if (lambda_package_source(form, value_get_string(desired, "source"), &zip, err))
			return -1;
		base64 = base64_encode(zip.data, zip.len);
		package_zip_release(&zip);
		json_object_set_new(into, "ZipFile", json_string(base64));
		free(base64);
		return 0;
	}
	json_object_set(into, "S3Bucket", value_get(desired, "s3_bucket"));
	json_object_set(into, "S3Key", value_get(desired, "s3_key"));
	if (value_is_set(value_get(desired, "s3_object_version")))
		json_object_set(into, "S3ObjectVersion", value_get(desired, "s3_object_version"));
	return 0;
}
