/*
 * s3.h: S3 helpers shared by the aws.s3.* resource types — sending S3
 * requests, subresource documents (?tagging, ?policy ...) that may be
 * absent, Content-MD5 and SHA-256 digests, tag sets, and emptying a bucket of
 * every object, version and delete marker.
 *
 * Errors follow provider.h: -1 with one line in err naming the operation,
 * status and AWS error code. Nothing here prints.
 */
#ifndef TERRACE_AWS_S3_H
#define TERRACE_AWS_S3_H

#include <jansson.h>
#include <libxml/tree.h>
#include <stdbool.h>
#include <stddef.h>

#include "provider/aws/transport/client.h"
#include "provider/base/strbuf.h"

/* Base64 of an MD5 digest is 24 characters. */
#define S3_MD5_B64_SIZE 25

/* Base64 MD5 of a buffer, for the Content-MD5 header. */
void s3_md5_base64(const void *data, size_t len, char out[S3_MD5_B64_SIZE]);
/* Base64 MD5 and hex SHA-256 of a file's bytes, read in one pass.
 * Either output may be NULL. */
int s3_file_digests(const char *path, char md5_b64[S3_MD5_B64_SIZE],
		    char sha256_hex[65], struct strbuf *err);
/*
 * Hex SHA-256 of a file for plan time, remembered for the life of the
 * process by the file's identity (device, inode, size, modification and
 * change times), so that a run reads a large file once for its plan and
 * not again when apply re-evaluates it. A file rewritten without changing
 * any of those would give its old hash; the uploads in multipart.h check
 * the bytes they send against it, so that cannot store a wrong hash.
 */
int s3_file_sha256(const char *path, char sha256_hex[65], struct strbuf *err);

/*
 * One S3 call: fills req->service, sends it, and on success returns 0 with
 * *resp filled (the caller frees it). On failure returns -1; when the AWS
 * error code is one of `tolerated` (NULL-terminated list, may be NULL) or the
 * status is 404 and "404" is in the list, returns 1 instead, with err left
 * untouched and *resp still filled.
 */
int s3_call(struct aws_client *c, struct aws_request *req,
	    const char *const *tolerated, struct aws_response *resp,
	    struct strbuf *err);

/* PUT a document to bucket (and path, "/" for the bucket itself) with
 * ?query, Content-Type and Content-MD5 set. */
int s3_put_document(struct aws_client *c, const char *operation,
		    const char *bucket, const char *path, const char *query,
		    const char *content_type, const char *body, size_t len,
		    struct strbuf *err);

/*
 * GET a bucket or object subresource as XML. Returns 0 with *doc (free with
 * xmlFreeDoc), 1 when the answer is one of `absent_codes` (*doc = NULL),
 * -1 on error.
 */
int s3_get_xml(struct aws_client *c, const char *operation, const char *bucket,
	       const char *path, const char *query,
	       const char *const *absent_codes, xmlDocPtr *doc,
	       struct strbuf *err);

/* DELETE a subresource; the codes in `absent_codes` count as success. */
int s3_delete_subresource(struct aws_client *c, const char *operation,
			  const char *bucket, const char *path, const char *query,
			  const char *const *absent_codes, struct strbuf *err);

/* The text of `path` under node in a listing asked for with
 * encoding-type=url (ListObjectsV2, ListObjectVersions,
 * ListMultipartUploads): percent-decoded, '+' read as a space, as botocore
 * decodes it, when the answer says <EncodingType>url</EncodingType> (a store
 * that ignores the parameter sends keys raw, returned as they are). NULL when absent; a new string otherwise. Every list call
 * terrace makes sends encoding-type=url, so that keys with characters XML
 * 1.0 cannot carry (control characters, legal in S3 keys) arrive intact. */
char *s3_xml_url_text(xmlNodePtr node, const char *path);

/* The value of `name` in xml text as a bool ("true"/"Enabled" are true). */
bool s3_xml_bool(xmlNodePtr node, const char *path);

/*
 * A bucket listing (ListObjectsV2, ListObjectVersions, ListMultipartUploads):
 * GET bucket/?query (encoded), paged by paging.c's engine as the
 * operation's row says (aws_rest_xml_paged), the page's tokens added to the
 * query; NextKeyMarker, which encoding-type=url encodes, decoded before it
 * goes back. each (paging.h's aws_xml_page_fn) gets the answer's root and
 * its first result, and returns 0 to go on, 1 to stop, -1 to fail. Returns
 * 0, 1 when a page answered one of `gone` (may be NULL), -1 with err set.
 */
int s3_list_paged(struct aws_client *c, const char *operation, const char *bucket,
		  const char *query, const char *const *gone, size_t max_pages,
		  int (*each)(void *ctx, xmlNodePtr root, xmlNodePtr first, struct strbuf *err),
		  void *ctx, struct strbuf *err);

/* A listing's page token as it goes back (s3_list_paged's token_text):
 * encoding-type=url encodes the key markers (NextKeyMarker), as it does the
 * keys, decoded here as s3_xml_url_text; version ids, upload ids and
 * continuation tokens are opaque and come as they are (a version id may
 * hold '+', which decoding would spoil). */
char *s3_xml_token_text(xmlNodePtr result, const char *path);

/* <Tagging><TagSet>...</TagSet></Tagging> for a JSON map of strings. */
void s3_tagging_xml(struct strbuf *out, const json_t *tags);
/* A JSON map of the <Tag> elements under a Tagging document's root. */
json_t *s3_tagging_parse(xmlDocPtr doc);
/* URL-encoded "k1=v1&k2=v2" for the x-amz-tagging header (keys sorted). */
void s3_tagging_header(struct strbuf *out, const json_t *tags);

/*
 * Delete every object version, delete marker and remaining object in a
 * bucket: ListObjectVersions and ListObjectsV2 with pagination, removed in
 * DeleteObjects batches of up to 1000. A bucket that is already gone is
 * success (*gone set to true when gone is not NULL).
 */
int s3_empty_bucket(struct aws_client *c, const char *bucket, bool *gone,
		    struct strbuf *err);

/*
 * Delete the current objects whose keys are in keys (a JSON list of
 * strings): DeleteObjects in batches of up to 1000, a key with a control
 * character alone with DeleteObject. A key already absent is no error; a
 * bucket that is gone is (-1, err naming it).
 */
int s3_delete_keys(struct aws_client *c, const char *bucket, const json_t *keys,
		   struct strbuf *err);

/*
 * Delete every version of the objects whose key is in keys (a JSON list of
 * strings), only when the bucket holds no other key: *others is set, and
 * nothing deleted, when it does. For a bucket holding only terrace's own
 * folder markers.
 */
int s3_delete_only_keys(struct aws_client *c, const char *bucket, const json_t *keys,
			bool *others, struct strbuf *err);

#endif
