/*
 * s3_region.c: which answers mean "this bucket is in another region" and
 * which region they name (botocore's S3RegionRedirectorv2 rules), and the
 * bucket -> region cache the transport keeps for the life of a client.
 */
#include "provider/aws/transport/s3_region.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/transport/xml.h"

void s3_region_cache_init(struct s3_region_cache *cache)
{
	memset(cache, 0, sizeof(*cache));
	pthread_mutex_init(&cache->lock, NULL);
}

void s3_region_cache_release(struct s3_region_cache *cache)
{
	for (size_t i = 0; i < cache->n; i++) {
		free(cache->items[i].bucket);
		free(cache->items[i].region);
	}
	free(cache->items);
	pthread_mutex_destroy(&cache->lock);
	memset(cache, 0, sizeof(*cache));
}

/* The index of bucket, or n; with the lock held. */
static size_t find(const struct s3_region_cache *cache, const char *bucket)
{
	size_t i;

	for (i = 0; i < cache->n; i++)
		if (!strcmp(cache->items[i].bucket, bucket))
			break;
	return i;
}

char *s3_region_cache_get(struct s3_region_cache *cache, const char *bucket)
{
	char *region = NULL;
	size_t i;

	pthread_mutex_lock(&cache->lock);
	i = find(cache, bucket);
	if (i < cache->n)
		region = xstrdup(cache->items[i].region);
	pthread_mutex_unlock(&cache->lock);
	return region;
}

bool s3_region_cache_put(struct s3_region_cache *cache, const char *bucket, const char *region)
{
	bool changed = true;
	size_t i;

	pthread_mutex_lock(&cache->lock);
	i = find(cache, bucket);
	if (i < cache->n) {
		changed = strcmp(cache->items[i].region, region) != 0;
		if (changed) {
			free(cache->items[i].region);
			cache->items[i].region = xstrdup(region);
		}
	} else {
		if (cache->n == cache->alloc) {
			cache->alloc = cache->alloc ? 2 * cache->alloc : 8;
			cache->items = xrealloc(cache->items, cache->alloc * sizeof(*cache->items));
		}
		cache->items[cache->n].bucket = xstrdup(bucket);
		cache->items[cache->n].region = xstrdup(region);
		cache->n++;
	}
	pthread_mutex_unlock(&cache->lock);
	return changed;
}

void s3_region_cache_forget(struct s3_region_cache *cache, const char *bucket)
{
	size_t i;

	pthread_mutex_lock(&cache->lock);
	i = find(cache, bucket);
	if (i < cache->n) {
		free(cache->items[i].bucket);
		free(cache->items[i].region);
		cache->items[i] = cache->items[--cache->n];
	}
	pthread_mutex_unlock(&cache->lock);
}

/* botocore's validate_region_name: a DNS label. */
static bool region_name_valid(const char *r)
{
	size_t n = r ? strlen(r) : 0;

	if (n == 0 || n > 63 || r[0] == '-' || r[n - 1] == '-')
		return false;
	for (; *r; r++)
		if (!isalnum((unsigned char)*r) && *r != '-')
			return false;
	return true;
}

char *s3_bucket_region_header(const struct aws_response *resp)
{
	const char *h = aws_response_header(resp, "x-amz-bucket-region");

	return region_name_valid(h) ? xstrdup(h) : NULL;
}

/* <Error><Region> of an S3 error body, or NULL. */
static char *error_body_region(const struct aws_response *resp)
{
	struct strbuf ignored = STRBUF_INIT;
	xmlDocPtr doc;
	char *region = NULL;

	if (!resp->body_len || resp->body[0] != '<')
		return NULL;
	doc = xml_parse(resp->body, resp->body_len, &ignored);
	strbuf_release(&ignored);
	if (!doc)
		return NULL;
	region = xml_child_text(xmlDocGetRootElement(doc), "Region");
	xmlFreeDoc(doc);
	if (!region_name_valid(region)) {
		free(region);
		region = NULL;
	}
	return region;
}

static bool error_is(const struct aws_response *resp, const char *code)
{
	return resp->error_code && !strcmp(resp->error_code, code);
}

enum s3_redirect s3_redirect_of(const struct aws_request *req, const struct aws_response *resp,
				char **region)
{
	bool head = !strcmp(req->method, "HEAD");
	bool bucket_itself = !req->path || !*req->path || !strcmp(req->path, "/");
	bool head_301_400 = head && (resp->status == 301 || resp->status == 400);
	bool wrong_signing_region = false;
	char *body_region = NULL;

	*region = NULL;
	if (!req->service || strcmp(req->service, "s3") || !req->bucket || !*req->bucket ||
	    resp->status < 300)
		return S3_NO_REDIRECT;
	if (error_is(resp, "AuthorizationHeaderMalformed")) {
		body_region = error_body_region(resp);
		wrong_signing_region = body_region != NULL;
	}
	if (!(
	      /* HeadObject signed for the wrong region: 400 without a body */
	      (head_301_400 && !bucket_itself) ||
	      /* HeadBucket: the same, with the header that names the region */
	      (head_301_400 && bucket_itself &&
	       aws_response_header(resp, "x-amz-bucket-region")) ||
	      wrong_signing_region ||
	      resp->status == 301 || resp->status == 302 || resp->status == 307 ||
	      error_is(resp, "PermanentRedirect") ||
	      /* an opt-in region's bucket (botocore: all but CreateBucket) */
	      (error_is(resp, "IllegalLocationConstraintException") &&
	       !(req->operation && !strcmp(req->operation, "CreateBucket"))))) {
		free(body_region);
		return S3_NO_REDIRECT;
	}
	/* Where the region comes from, in botocore's order: the header, the
	 * error body, else a HeadBucket (the caller's to send). */
	*region = s3_bucket_region_header(resp);
	if (!*region)
		*region = body_region ? body_region : error_body_region(resp);
	else
		free(body_region);
	return *region ? S3_REDIRECT : S3_REDIRECT_ASK;
}
