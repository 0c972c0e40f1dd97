/*
 * multipart.h: uploading a local file to S3 as one object, whatever its
 * size. Used by aws.s3.object (source) and aws.s3.artifact.
 *
 * Up to S3_MULTIPART_THRESHOLD bytes: one PutObject with Content-MD5, the
 * file's MD5 and SHA-256 taken in one pass, so S3 itself proves that the
 * bytes it stored are the bytes hashed.
 *
 * Above it: CreateMultipartUpload, then parts of S3_PART_SIZE (larger when
 * the file would need more than S3_MAX_PARTS), S3_PARTS_IN_FLIGHT at a time
 * on their own threads (the client is thread-safe), each streamed from the
 * file (aws_request.body_offset) with its Content-MD5. The transport retries
 * a part as it retries any request (throttling, 5xx, a dropped connection,
 * with its backoff, within the operation's deadline); a part that still
 * fails ends the upload. Meanwhile one more thread reads
 * the whole file for its SHA-256. Then CompleteMultipartUpload, and a
 * HeadObject check: the size, the stored content-sha256 metadata, and the
 * ETag, which must be the MD5 of the part MD5s followed by "-N" (or, from
 * servers that give a multipart object a plain ETag, the file's MD5). Any
 * failure, and a stop requested through provider/base/progress.h, ends in
 * AbortMultipartUpload, so no parts stay behind to be billed.
 *
 * Every upload stores the file's SHA-256 as x-amz-meta-content-sha256.
 * Progress of a multipart upload goes to provider/base/progress.h, in whole parts.
 */
#ifndef TERRACE_AWS_MULTIPART_H
#define TERRACE_AWS_MULTIPART_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "provider/aws/transport/client.h"
#include "provider/base/strbuf.h"

#define S3_MULTIPART_THRESHOLD ((uint64_t)16 << 20) /* larger files go multipart */
#define S3_PART_SIZE ((uint64_t)8 << 20)
#define S3_MAX_PARTS 10000
#define S3_PARTS_IN_FLIGHT 4
#define S3_SHA256_META "x-amz-meta-content-sha256"

struct s3_upload {
	const char *bucket;
	const char *key;
	const char *path;                 /* the local file */
	const char *sha256_hex;           /* its SHA-256 as planned, or NULL to compute it here;
	                                     a file whose bytes no longer have it is refused */
	const struct aws_header *headers; /* Content-Type, x-amz-meta-*, x-amz-tagging: sent with
	                                     PutObject or CreateMultipartUpload */
	size_t n_headers;
	bool abort_stale;                 /* first abort multipart uploads to this exact key that an
	                                     interrupted earlier run left (create with may_exist) */
	const char *label;                /* progress label; NULL: "s3://BUCKET/KEY" */
};

struct s3_upload_result {
	char sha256_hex[65];
	uint64_t size;
	unsigned parts;                   /* 0 for a single PutObject */
	char *etag;                       /* without quotes */
	char *version_id;                 /* NULL when the bucket keeps no versions */
};

/* Upload u->path to s3://u->bucket/u->key. 0 with *res filled (release it
 * with s3_upload_result_release), or -1 with err set and nothing left
 * behind on the server but what the error message names. */
int s3_upload_file(struct aws_client *c, const struct s3_upload *u,
		   struct s3_upload_result *res, struct strbuf *err);
void s3_upload_result_release(struct s3_upload_result *res);

/* The part size for a file of `size` bytes: S3_PART_SIZE, or the smallest
 * whole number of MiB above it that needs at most S3_MAX_PARTS parts. */
uint64_t s3_part_size(uint64_t size);

/* The ETag S3 gives a multipart object: the hex MD5 of the n part MD5s
 * (raw, concatenated), "-", n. out holds at least 44 bytes. */
void s3_multipart_etag(const unsigned char (*part_md5)[16], unsigned n, char *out);

/* Abort every multipart upload in progress to exactly this key (a prefix
 * listing, then AbortMultipartUpload for each whose key matches).
 * *aborted gets how many, when not NULL. */
int s3_abort_uploads_of_key(struct aws_client *c, const char *bucket, const char *key,
			    unsigned *aborted, struct strbuf *err);

#endif
