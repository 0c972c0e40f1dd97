/*
 * target.c: where one request goes (struct aws_target, client_internal.h):
 * the service host from endpoints.h or the configured endpoint, S3
 * virtual-hosted or path-style, the path the signer gets and the signing
 * region. Part of the client (client.c), moved out of it whole.
 */
#include "provider/aws/transport/client_internal.h"
#include "provider/aws/transport/client_fields.h"
#include "provider/aws/transport/sigv4.h"
#include "provider/base/log.h"

#include <arpa/inet.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>

/* ---- where a request goes ---- */

void release_endpoint(struct aws_client *c)
{
	free(c->endpoint);
	free(c->endpoint_scheme);
	free(c->endpoint_authority);
	free(c->endpoint_base_path);
}

int parse_endpoint(struct aws_client *c, const char *endpoint, struct strbuf *err)
{
	const char *authority, *end;
	size_t len = strlen(endpoint);
	char *host;

	while (len && endpoint[len - 1] == '/')
		len--;
	c->endpoint = xstrndup(endpoint, len);
	if (!strncmp(c->endpoint, "http://", 7)) {
		c->endpoint_scheme = xstrdup("http");
		authority = c->endpoint + 7;
	} else if (!strncmp(c->endpoint, "https://", 8)) {
		c->endpoint_scheme = xstrdup("https");
		authority = c->endpoint + 8;
	} else {
		strbuf_addf(err, "endpoint \"%s\" must start with http:// or https://", endpoint);
		return -1;
	}
	if (strpbrk(authority, "?#@ ")) {
		strbuf_addf(err, "endpoint \"%s\" must be scheme://host[:port][/path], without"
			    " user, query or fragment", endpoint);
		return -1;
	}
	end = strchr(authority, '/');
	if (!end)
		end = authority + strlen(authority);
	if (end == authority) {
		strbuf_addf(err, "endpoint \"%s\" has no host", endpoint);
		return -1;
	}
	c->endpoint_authority = xstrndup(authority, (size_t)(end - authority));
	c->endpoint_base_path = xstrdup(end);

	if (c->endpoint_authority[0] == '[') {
		c->endpoint_is_ip = true;
	} else {
		struct in_addr addr;
		host = xstrdup(c->endpoint_authority);
		host[strcspn(host, ":")] = '\0';
		c->endpoint_is_ip = inet_pton(AF_INET, host, &addr) == 1;
		free(host);
	}
	return 0;
}

void aws_target_release(struct aws_target *t)
{
	free(t->url);
	free(t->host);
	free(t->sign_path);
	free(t->signing_region);
	memset(t, 0, sizeof(*t));
}

/* Can the bucket be a DNS label in front of the host? Names with dots
 * cannot (TLS wildcard certificates cover one label), nor legacy names
 * with upper case or underscores: those go path-style. */
static bool bucket_is_dns_label(const char *bucket)
{
	size_t len = strlen(bucket);

	if (len < 3 || len > 63 || bucket[0] == '-' || bucket[len - 1] == '-')
		return false;
	for (const char *p = bucket; *p; p++)
		if (!(islower((unsigned char)*p) || isdigit((unsigned char)*p) || *p == '-'))
			return false;
	return true;
}

int aws_target_build(const struct aws_client *c, const struct aws_request *req,
		     struct aws_target *out, struct strbuf *err)
{
	const char *region = req->region && *req->region ? req->region : c->creds.region;
	char *bucket_region = NULL;
	const char *path = req->path && *req->path ? req->path : "/";
	const char *scheme, *base_path = "";
	bool is_s3 = !strcmp(req->service, "s3");
	bool has_bucket = is_s3 && req->bucket && *req->bucket;
	bool virtual_host = false;
	char *authority;
	size_t wire_path_start;
	struct aws_client ep = { 0 };   /* only its endpoint fields, when configured */
	const struct aws_client *e = NULL;
	const char *configured, *configured_from;
	struct strbuf sign_path = STRBUF_INIT, url = STRBUF_INIT;

	memset(out, 0, sizeof(*out));
	/* The URL configured for the service (endpoints.h has the order), else
	 * the real AWS host. The provider's endpoint was parsed once, into c. */
	configured = aws_configured_endpoint(&c->endpoints, req->service, &configured_from);
	if (configured && configured == c->endpoints.provider_url) {
		e = c;
	} else if (configured) {
		if (parse_endpoint(&ep, configured, err) < 0) {
			strbuf_prefixf(err, "%s (from %s): ", req->service, configured_from);
			release_endpoint(&ep);
			return -1;
		}
		e = &ep;
	}
	if (req->bucket && *req->bucket && !is_s3) {
		strbuf_addf(err, "%s %s: a bucket is only meaningful for s3", req->service,
			    req->operation ? req->operation : req->method);
		release_endpoint(&ep);
		return -1;
	}
	if (has_bucket && strchr(req->bucket, '/')) {
		strbuf_addf(err, "%s %s: bucket name \"%s\" contains '/'", req->service,
			    req->operation ? req->operation : req->method, req->bucket);
		release_endpoint(&ep);
		return -1;
	}

	/* A bucket found in another region: signed for it, sent to its host. */
	bucket_region = has_bucket ? s3_region_cache_get((struct s3_region_cache *)&c->regions,
							  req->bucket) : NULL;
	if (bucket_region)
		region = bucket_region;
	if (e) {
		scheme = e->endpoint_scheme;
		base_path = e->endpoint_base_path;
		virtual_host = has_bucket && !c->path_style && !e->endpoint_is_ip &&
			       bucket_is_dns_label(req->bucket);
		authority = virtual_host ? xasprintf("%s.%s", req->bucket, e->endpoint_authority)
					 : xstrdup(e->endpoint_authority);
		out->signing_region = xstrdup(region);
	} else {
		char *host;

		scheme = "https";
		aws_default_host(req->service, region, c->endpoints.fips, c->endpoints.dualstack,
				 &host, &out->signing_region);
		if (req->host_prefix) {
			char *prefixed = xasprintf("%s%s", req->host_prefix, host);
			free(host);
			host = prefixed;
		}
		virtual_host = has_bucket && !c->path_style && bucket_is_dns_label(req->bucket);
		authority = virtual_host ? xasprintf("%s.%s", req->bucket, host) : xstrdup(host);
		free(host);
	}

	strbuf_addstr(&sign_path, base_path);
	if (has_bucket && !virtual_host) {
		strbuf_addch(&sign_path, '/');
		strbuf_addstr(&sign_path, req->bucket);
		if (!strcmp(path, "/"))
			path = "";   /* the bucket itself: "/bucket", as botocore sends it */
	}
	if (*path && path[0] != '/')
		strbuf_addch(&sign_path, '/');
	strbuf_addstr(&sign_path, path);

	/*
	 * The path goes on the wire encoded once. The signer encodes what it
	 * is given once more for every service but S3 (the canonical URI of
	 * those is the wire path encoded again), and only once for S3: so it
	 * gets the wire path, or for S3 the raw one.
	 */
	strbuf_addf(&url, "%s://%s", scheme, authority);
	wire_path_start = url.len;
	if (req->path_encoded && !is_s3)
		strbuf_addstr(&url, sign_path.buf);
	else
		sigv4_uri_encode(&url, sign_path.buf, sign_path.len, true);
	if (!is_s3) {
		strbuf_reset(&sign_path);
		strbuf_addstr(&sign_path, url.buf + wire_path_start);
	}
	if (req->query && *req->query)
		strbuf_addf(&url, "?%s", req->query);

	out->url = strbuf_detach(&url);
	out->host = authority;
	out->sign_path = strbuf_detach(&sign_path);
	release_endpoint(&ep);
	free(bucket_region);
	return 0;
}
