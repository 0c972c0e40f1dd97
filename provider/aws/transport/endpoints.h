/*
 * endpoints.h: what terrace knows of AWS partitions when it builds real
 * AWS hosts: which partition a region belongs to (botocore's endpoints.json
 * lists them), so that a mistyped region is reported as such
 * instead of as a DNS failure on a made-up host; the default host of a
 * service with the FIPS and dual-stack switches; the endpoint URLs a user
 * configured for a service (environment, config file); and where the
 * credential chain's own calls go (STS, the SSO portal, instance metadata,
 * container credentials), decided here too so that they honour what the
 * provider's calls honour.
 */
#ifndef TERRACE_AWS_ENDPOINTS_H
#define TERRACE_AWS_ENDPOINTS_H

#include "provider/base/strbuf.h"

#include <stdbool.h>
#include <stddef.h>

/* 0 when `region` is a region of a partition terrace builds hosts for (aws,
 * aws-cn, aws-us-gov), as botocore's endpoints.json lists them
 * (regions.h); -1 with err set otherwise, naming the region and, when it
 * is one, the partition terrace does not support, or the setting that lets
 * a region newer than the list through (skip_region_validation). */
int aws_region_check(const char *region, struct strbuf *err);

/* ---- real AWS hosts ---- */

/* The default host of `service` (its SigV4 signing name: "s3", "iam",
 * "states", ...) in `region`, and the region to sign for, with the FIPS
 * and dual-stack variants of botocore's partitions.json:
 *   plain      SERVICE.REGION.amazonaws.com (amazonaws.com.cn in aws-cn)
 *   fips       SERVICE-fips.REGION.amazonaws.com
 *   dualstack  SERVICE.REGION.api.aws (api.amazonwebservices.com.cn in aws-cn),
 *              S3: s3.dualstack.REGION.amazonaws.com(.cn)
 *   both       SERVICE-fips.REGION.api.aws, S3: s3-fips.dualstack.REGION.amazonaws.com
 * IAM is global per partition (iam.amazonaws.com, iam-fips.amazonaws.com,
 * iam.cn-north-1.amazonaws.com.cn, iam.us-gov.amazonaws.com), and so is STS
 * in the aws partition without FIPS or dual-stack (sts.amazonaws.com);
 * Route 53 is global too (route53.amazonaws.com, signed for us-east-1;
 * route53.amazonaws.com.cn, cn-northwest-1; route53.us-gov.amazonaws.com);
 * IAM has no dual-stack host, so the switch leaves its host as it is.
 * *host and *signing_region are new strings. */
void aws_default_host(const char *service, const char *region, bool fips, bool dualstack,
		      char **host, char **signing_region);

/* ---- configured endpoints (the AWS CLI's "service-specific endpoints") ---- */

/*
 * The services terrace calls are services.def's rows (services.h): each
 * row's name is the key of the provider's `endpoints:` block (Terraform's
 * name for the service), its signing name what requests carry, and its
 * endpoint id that of AWS_ENDPOINT_URL_<ID> (the config file's services
 * section uses it in lower case). The provider schema and the resolution
 * below are built from them.
 */

/* The signing name of a provider `endpoints:` key ("sfn" -> "states"), or
 * NULL when terrace calls no such service. */
const char *aws_endpoint_key_service(const char *key);

struct aws_service_url {
	char *service;   /* config file key: "s3", "secrets_manager" */
	char *url;
};

struct aws_endpoint_settings {
	/* What the provider (or backend) block sets, which no environment or
	 * config file setting overrides; filled by the client after loading. */
	struct aws_service_url *provider_urls; /* its endpoints:, by signing name */
	size_t n_provider_urls;
	char *provider_url;   /* its endpoint: one URL for every service */
	bool ignore;          /* AWS_IGNORE_CONFIGURED_ENDPOINT_URLS /
	                         ignore_configured_endpoint_urls */
	bool fips;            /* AWS_USE_FIPS_ENDPOINT / use_fips_endpoint */
	bool dualstack;       /* AWS_USE_DUALSTACK_ENDPOINT / use_dualstack_endpoint */
	char *profile_url;    /* the profile's endpoint_url */
	struct aws_service_url *services; /* from the profile's [services NAME] section */
	size_t n_services;
	char *where;          /* "profile \"dev\" in /root/.aws/config", for messages */
	char *imds_url;       /* AWS_EC2_METADATA_SERVICE_ENDPOINT, else the profile's
	                         ec2_metadata_service_endpoint; NULL: 169.254.169.254 */
};

/* Read the settings above for `profile` (NULL: AWS_PROFILE, else
 * "default") from the environment and the config file (AWS_CONFIG_FILE,
 * else ~/.aws/config; a missing file is no error). Returns 0, or -1 with
 * err set (a true/false value that is neither, a services section that
 * does not exist). Release with aws_endpoint_settings_release. */
int aws_endpoint_settings_load(const char *profile, struct aws_endpoint_settings *out,
			       struct strbuf *err);
void aws_endpoint_settings_release(struct aws_endpoint_settings *s);

/* Add the provider's endpoints.KEY (a row's name in services.def) to s.
 * -1 with err set when terrace calls no service of that name. */
int aws_endpoint_settings_add_provider_url(struct aws_endpoint_settings *s, const char *key,
					   const char *url, struct strbuf *err);

/* The URL configured for `service` (a signing name), the one place that
 * decides it:
 *   1. the provider's endpoints.KEY for the service;
 *   2. the provider's endpoint (every service);
 *   3. AWS_ENDPOINT_URL_<SERVICE ID> (e.g. AWS_ENDPOINT_URL_S3,
 *      AWS_ENDPOINT_URL_SECRETS_MANAGER);
 *   4. AWS_ENDPOINT_URL;
 *   5. the config file's services section's endpoint_url for the service;
 *   6. the profile's endpoint_url;
 * 3-6 skipped when ignore is set (the AWS CLI's
 * AWS_IGNORE_CONFIGURED_ENDPOINT_URLS). NULL when nothing is configured
 * (the real AWS host then); *from names the setting, for messages
 * (static storage: kept for the process, text_kept). */
/* Steps 1 and 2 alone: what the provider block sets for `service` (the
 * credential chain's STS calls honour only these). */
const char *aws_provider_endpoint(const struct aws_endpoint_settings *s, const char *service,
				  const char **from);
const char *aws_configured_endpoint(const struct aws_endpoint_settings *s, const char *service,
				    const char **from);

/* ---- the credential chain's own calls ----
 * The chain (credentials.c) loads the same settings and asks here, so that
 * its STS and SSO portal calls honour what the provider's calls honour. */

/* STS for AssumeRole and AssumeRoleWithWebIdentity, and the IAM Identity
 * Center portal ("sso"): the configured URL (the order above), else the
 * service's regional AWS host, "https://sts.REGION.amazonaws.com" and
 * "https://portal.sso.REGION.amazonaws.com" (.com.cn in aws-cn). A new
 * string; *from as above, "the AWS host" for the default (s NULL: the
 * default alone). */
char *aws_credential_endpoint(const struct aws_endpoint_settings *s, const char *service,
			      const char *region, const char **from);

/* EC2 instance metadata's base URL: imds_url, else http://169.254.169.254
 * (no trailing '/'); a new string. */
char *aws_instance_metadata_endpoint(const struct aws_endpoint_settings *s);

/* The container credentials' URL: http://169.254.170.2 followed by
 * AWS_CONTAINER_CREDENTIALS_RELATIVE_URI, else
 * AWS_CONTAINER_CREDENTIALS_FULL_URI; a new string, NULL when neither is set. */
char *aws_container_credentials_endpoint(void);

#endif
