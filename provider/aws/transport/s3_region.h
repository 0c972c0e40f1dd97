/*
 * s3_region.h: S3 buckets that live in another region than the client's.
 * S3 tells a request signed for the wrong region so (301 PermanentRedirect,
 * 400 AuthorizationHeaderMalformed naming the region, a HEAD answered 301 or
 * 400 with x-amz-bucket-region); the transport (client.c) then re-signs the
 * request for the bucket's region, resends it once to that region's host (or
 * to the same configured endpoint), and remembers bucket -> region for the
 * life of the client so later requests go straight there. The rules are
 * botocore's S3RegionRedirectorv2 (botocore/utils.py).
 *
 * The cache is shared by every executor thread: all access takes its lock.
 */
#ifndef TERRACE_AWS_S3_REGION_H
#define TERRACE_AWS_S3_REGION_H

#include <pthread.h>
#include <stdbool.h>
#include <stddef.h>

#include "provider/aws/transport/client.h"

struct s3_bucket_region {
	char *bucket;
	char *region;
};

struct s3_region_cache {
	pthread_mutex_t lock;
	struct s3_bucket_region *items;
	size_t n, alloc;
};

void s3_region_cache_init(struct s3_region_cache *cache);
void s3_region_cache_release(struct s3_region_cache *cache);
/* The region remembered for bucket: a new string, or NULL. */
char *s3_region_cache_get(struct s3_region_cache *cache, const char *bucket);
/* Remember bucket -> region; true when that is new (first seen or changed),
 * false when another thread remembered the same already. */
bool s3_region_cache_put(struct s3_region_cache *cache, const char *bucket, const char *region);
/* Forget bucket (it was deleted: one of that name may be made elsewhere). */
void s3_region_cache_forget(struct s3_region_cache *cache, const char *bucket);

enum s3_redirect {
	S3_NO_REDIRECT,     /* not a wrong-region answer */
	S3_REDIRECT,        /* *region holds the bucket's region (a new string) */
	S3_REDIRECT_ASK,    /* a wrong-region answer naming no region: HEAD the bucket
	                       and read its x-amz-bucket-region header */
};

/* Is resp (to req, with its error code parsed) S3 saying the bucket is in
 * another region, and which? Requests without a bucket never are. A region
 * that is not a valid region name counts as none named. */
enum s3_redirect s3_redirect_of(const struct aws_request *req, const struct aws_response *resp,
				char **region);

/* The x-amz-bucket-region header of resp when it is a valid region name
 * (a new string), else NULL. */
char *s3_bucket_region_header(const struct aws_response *resp);

#endif
