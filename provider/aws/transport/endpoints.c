/*
 * endpoints.c: the regions of AWS partitions (botocore's endpoints.json, in
 * the generated regions.h), for checking a region before a real AWS host
 * is built from it; the default hosts of services with the FIPS and
 * dual-stack variants; endpoint URLs configured by the AWS CLI's rules
 * (AWS_ENDPOINT_URL[_<SERVICE>], endpoint_url and [services] in the config
 * file, AWS_IGNORE_CONFIGURED_ENDPOINT_URLS); and the URLs of the credential
 * chain's own calls (STS, SSO portal, instance metadata, container).
 */
#include "provider/aws/transport/endpoints.h"
#include "provider/aws/transport/regions.h"
#include "provider/aws/transport/services.h"

#include <ctype.h>
#include <pwd.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "provider/base/text.h"

/* Every region of every partition (regions.h, generated from botocore's
 * endpoints.json by gen-regions.py). */
static const struct {
	const char *name;
	const char *partition;
} known_regions[] = {
#define KNOWN_REGION_ROW(name, partition) { name, partition },
	AWS_KNOWN_REGIONS(KNOWN_REGION_ROW)
#undef KNOWN_REGION_ROW
};

/* The partitions terrace builds hosts for. */
static const char *const supported_partitions[] = { "aws", "aws-cn", "aws-us-gov" };

int aws_region_check(const char *region, struct strbuf *err)
{
	for (size_t i = 0; region && i < sizeof(known_regions) / sizeof(*known_regions); i++) {
		if (strcmp(known_regions[i].name, region))
			continue;
		for (size_t j = 0; j < sizeof(supported_partitions) / sizeof(*supported_partitions); j++)
			if (!strcmp(supported_partitions[j], known_regions[i].partition))
				return 0;
		strbuf_addf(err, "region \"%s\" is in the %s partition, which terrace does not"
			    " build endpoints for: set the provider's endpoint", region,
			    known_regions[i].partition);
		return -1;
	}
	strbuf_addf(err, "unknown AWS region \"%s\": no AWS partition has a region of that name"
		    " (e.g. us-east-1, eu-west-1, cn-north-1, us-gov-west-1); for a region newer"
		    " than this terrace, set skip_region_validation: true",
		    region ? region : "");
	return -1;
}

/* ---- real AWS hosts ---- */

static const char *partition_suffix(const char *region, bool dualstack)
{
	bool china = !strncmp(region, "cn-", 3);

	if (!dualstack)
		return china ? "amazonaws.com.cn" : "amazonaws.com";
	return china ? "api.amazonwebservices.com.cn" : "api.aws";
}

void aws_default_host(const char *service, const char *region, bool fips, bool dualstack,
		      char **host, char **signing_region)
{
	bool china = !strncmp(region, "cn-", 3), gov = !strncmp(region, "us-gov-", 7);
	const char *fips_tag = fips ? "-fips" : "";

	if (!strcmp(service, "s3")) {
		/* S3 keeps amazonaws.com for dual-stack: s3.dualstack.REGION. */
		*host = xasprintf("s3%s%s.%s.%s", fips_tag, dualstack ? ".dualstack" : "", region,
				  partition_suffix(region, false));
		*signing_region = xstrdup(region);
	} else if (!strcmp(service, "iam") && china) {
		*host = xstrdup("iam.cn-north-1.amazonaws.com.cn");
		*signing_region = xstrdup("cn-north-1");
	} else if (!strcmp(service, "iam") && gov) {
		/* GovCloud's IAM endpoint is FIPS validated already. */
		*host = xstrdup("iam.us-gov.amazonaws.com");
		*signing_region = xstrdup("us-gov-west-1");
	} else if (!strcmp(service, "iam")) {
		*host = xasprintf("iam%s.amazonaws.com", fips_tag);
		*signing_region = xstrdup("us-east-1");
	} else if (!strcmp(service, "route53")) {
		/* Route 53 is global per partition, as IAM (route53's endpoint-rule-set). */
		*host = china ? xstrdup("route53.amazonaws.com.cn")
		      : gov   ? xstrdup("route53.us-gov.amazonaws.com")
			      : xasprintf("route53%s.amazonaws.com", fips_tag);
		*signing_region = xstrdup(china ? "cn-northwest-1" : gov ? "us-gov-west-1"
								: "us-east-1");
	} else if (!strcmp(service, "organizations") && !dualstack) {
		/* Organizations is global per partition, in one region each
		 * (organizations' endpoint-rule-set). */
		const char *home = china ? "cn-northwest-1" : gov ? "us-gov-west-1" : "us-east-1";
		if (fips && china) /* the rule set's own name for it */
			*host = xstrdup("organizations-fips.aws-cn-global.amazonaws.com.cn");
		else
			*host = xasprintf("organizations%s.%s.%s", fips && !gov ? "-fips" : "",
					  home, partition_suffix(home, false));
		*signing_region = xstrdup(home);
	} else if (!strcmp(service, "sts") && !china && !gov && !fips && !dualstack) {
		*host = xstrdup("sts.amazonaws.com");
		*signing_region = xstrdup("us-east-1");
	} else {
		/* ECR's API host is api.ecr (ecr's endpoint-rule-set). */
		*host = xasprintf("%s%s%s.%s.%s", strcmp(service, "ecr") ? "" : "api.", service,
				  fips_tag, region,
				  partition_suffix(region, dualstack));
		*signing_region = xstrdup(region);
	}
}

/* ---- configured endpoints ---- */

/* The row of services.def (services.h) whose signing name is signing_name,
 * or NULL. */
static const struct aws_service *service_signed(const char *signing_name)
{
	size_t n;
	const struct aws_service *const *all = aws_services(&n);

	for (size_t i = 0; i < n; i++)
		if (!strcmp(all[i]->signing_name, signing_name))
			return all[i];
	return NULL;
}

/* The row of services.def whose AWS_ENDPOINT_URL_<ID> is id (as a config
 * file's services section names it: any case), or NULL. */
static const struct aws_service *service_of_id(const char *id)
{
	size_t n;
	const struct aws_service *const *all = aws_services(&n);

	for (size_t i = 0; i < n; i++)
		if (!strcasecmp(all[i]->endpoint_id, id))
			return all[i];
	return NULL;
}

/* The URL in AWS_ENDPOINT_URL_<ID> of a service signed signing_name (its
 * name in *env_name), or NULL. Two services of one signing name (es: the
 * Elasticsearch and OpenSearch Service APIs, one endpoint) share it: either
 * one's variable reaches both. */
static const char *service_env_url(const char *signing_name, char *env_name, size_t size)
{
	size_t n;
	const struct aws_service *const *all = aws_services(&n);
	const char *url;

	for (size_t i = 0; i < n; i++) {
		if (strcmp(all[i]->signing_name, signing_name))
			continue;
		snprintf(env_name, size, "AWS_ENDPOINT_URL_%s", all[i]->endpoint_id);
		if ((url = nonempty_or_null(getenv(env_name))))
			return url;
	}
	return NULL;
}

static const char *service_key(const char *signing_name)
{
	const struct aws_service *s = service_signed(signing_name);

	return s ? s->name : signing_name;
}

const char *aws_endpoint_key_service(const char *key)
{
	size_t n;
	const struct aws_service *const *all = aws_services(&n);

	for (size_t i = 0; i < n; i++)
		if (!strcmp(all[i]->name, key))
			return all[i]->signing_name;
	return NULL;
}

int aws_endpoint_settings_add_provider_url(struct aws_endpoint_settings *s, const char *key,
					   const char *url, struct strbuf *err)
{
	const char *service = aws_endpoint_key_service(key);

	if (!service) {
		size_t n;
		const struct aws_service *const *all = aws_services(&n);

		strbuf_addf(err, "endpoints: terrace calls no service \"%s\" (services:", key);
		for (size_t i = 0; i < n; i++)
			strbuf_addf(err, "%s %s", i ? "," : "", all[i]->name);
		strbuf_addch(err, ')');
		return -1;
	}
	s->provider_urls = xrealloc(s->provider_urls,
				    (s->n_provider_urls + 1) * sizeof(*s->provider_urls));
	s->provider_urls[s->n_provider_urls].service = xstrdup(service);
	s->provider_urls[s->n_provider_urls].url = xstrdup(url);
	s->n_provider_urls++;
	return 0;
}

static int parse_bool(const char *value, const char *name, const char *where, bool *out,
		      struct strbuf *err)
{
	if (!strcasecmp(value, "true")) {
		*out = true;
		return 0;
	}
	if (!strcasecmp(value, "false")) {
		*out = false;
		return 0;
	}
	strbuf_addf(err, "%s in %s is \"%s\": it must be true or false", name, where, value);
	return -1;
}

static char *trim(char *s)
{
	char *end;

	while (isspace((unsigned char)*s))
		s++;
	end = s + strlen(s);
	while (end > s && isspace((unsigned char)end[-1]))
		*--end = '\0';
	return s;
}

struct profile_endpoint_keys {
	char *endpoint_url, *services, *ignore, *fips, *dualstack, *imds_url;
};

static void set_once(char **slot, const char *value)
{
	free(*slot);
	*slot = xstrdup(value);
}

/*
 * One pass over the config file: the profile's keys, and the entries of
 * every "[services NAME]" section, kept as "NAME\nservice" -> url pairs
 * (nested "service =" lines followed by indented "endpoint_url = ...").
 */
static int read_config(const char *path, const char *profile, struct profile_endpoint_keys *keys,
		       struct aws_service_url **pairs, size_t *n_pairs, bool *found_file)
{
	FILE *f = fopen(path, "r");
	char line[4096], *services_section = NULL, *nested = NULL;
	bool in_profile = false;

	*found_file = f != NULL;
	if (!f)
		return 0;
	while (fgets(line, sizeof(line), f)) {
		bool indented = line[0] == ' ' || line[0] == '\t';
		char *text = trim(line), *eq;

		if (!*text || *text == '#' || *text == ';')
			continue;
		if (*text == '[') {
			char *close = strchr(text, ']'), *name;

			free(services_section);
			services_section = NULL;
			free(nested);
			nested = NULL;
			in_profile = false;
			if (!close)
				continue;
			*close = '\0';
			name = trim(text + 1);
			if (!strncmp(name, "services ", 9))
				services_section = xstrdup(trim(name + 9));
			else if (!strncmp(name, "profile ", 8))
				in_profile = !strcmp(trim(name + 8), profile);
			else
				in_profile = !strcmp(name, "default") && !strcmp(profile, "default");
			continue;
		}
		eq = strchr(text, '=');
		if (!eq)
			continue;
		*eq = '\0';
		char *key = trim(text), *value = trim(eq + 1);

		if (services_section) {
			if (!indented) {
				free(nested);
				nested = *value ? NULL : xstrdup(key);
			} else if (nested && !strcmp(key, "endpoint_url") && *value) {
				*pairs = xrealloc(*pairs, (*n_pairs + 1) * sizeof(**pairs));
				(*pairs)[*n_pairs].service = xasprintf("%s\n%s", services_section,
								       nested);
				(*pairs)[*n_pairs].url = xstrdup(value);
				(*n_pairs)++;
			}
		} else if (in_profile && !indented) {
			if (!strcmp(key, "endpoint_url"))
				set_once(&keys->endpoint_url, value);
			else if (!strcmp(key, "services"))
				set_once(&keys->services, value);
			else if (!strcmp(key, "ignore_configured_endpoint_urls"))
				set_once(&keys->ignore, value);
			else if (!strcmp(key, "use_fips_endpoint"))
				set_once(&keys->fips, value);
			else if (!strcmp(key, "use_dualstack_endpoint"))
				set_once(&keys->dualstack, value);
			else if (!strcmp(key, "ec2_metadata_service_endpoint"))
				set_once(&keys->imds_url, value);
		}
	}
	free(services_section);
	free(nested);
	fclose(f);
	return 0;
}

static char *config_path(void)
{
	const char *home = getenv("HOME");

	if (nonempty_or_null(getenv("AWS_CONFIG_FILE")))
		return xstrdup(getenv("AWS_CONFIG_FILE"));
	if (!nonempty_or_null(home)) {
		struct passwd *pw = getpwuid(getuid());
		home = pw ? pw->pw_dir : "/";
	}
	return xasprintf("%s/.aws/config", home);
}

int aws_endpoint_settings_load(const char *profile, struct aws_endpoint_settings *out,
			       struct strbuf *err)
{
	struct profile_endpoint_keys keys = { 0 };
	struct aws_service_url *pairs = NULL;
	size_t n_pairs = 0, prefix_len;
	char *path = config_path(), *prefix = NULL;
	bool found_file, services_found = false;
	const char *env;
	int rc = -1;

	memset(out, 0, sizeof(*out));
	if (!nonempty_or_null(profile))
		profile = nonempty_or_null(getenv("AWS_PROFILE")) ? getenv("AWS_PROFILE") : "default";
	out->where = xasprintf("profile \"%s\" in %s", profile, path);
	read_config(path, profile, &keys, &pairs, &n_pairs, &found_file);

	if ((env = nonempty_or_null(getenv("AWS_IGNORE_CONFIGURED_ENDPOINT_URLS")))) {
		if (parse_bool(env, "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS", "the environment",
			       &out->ignore, err) < 0)
			goto out;
	} else if (keys.ignore && parse_bool(keys.ignore, "ignore_configured_endpoint_urls",
					     out->where, &out->ignore, err) < 0) {
		goto out;
	}
	if ((env = nonempty_or_null(getenv("AWS_USE_FIPS_ENDPOINT")))) {
		if (parse_bool(env, "AWS_USE_FIPS_ENDPOINT", "the environment", &out->fips, err) < 0)
			goto out;
	} else if (keys.fips && parse_bool(keys.fips, "use_fips_endpoint", out->where,
					   &out->fips, err) < 0) {
		goto out;
	}
	if ((env = nonempty_or_null(getenv("AWS_USE_DUALSTACK_ENDPOINT")))) {
		if (parse_bool(env, "AWS_USE_DUALSTACK_ENDPOINT", "the environment",
			       &out->dualstack, err) < 0)
			goto out;
	} else if (keys.dualstack && parse_bool(keys.dualstack, "use_dualstack_endpoint",
						out->where, &out->dualstack, err) < 0) {
		goto out;
	}
	out->profile_url = keys.endpoint_url ? xstrdup(keys.endpoint_url) : NULL;
	if ((env = nonempty_or_null(getenv("AWS_EC2_METADATA_SERVICE_ENDPOINT"))))
		out->imds_url = xstrdup(env);
	else if (nonempty_or_null(keys.imds_url))
		out->imds_url = xstrdup(keys.imds_url);
	if (keys.services) {
		prefix = xasprintf("%s\n", keys.services);
		prefix_len = strlen(prefix);
		for (size_t i = 0; i < n_pairs; i++) {
			if (strncmp(pairs[i].service, prefix, prefix_len))
				continue;
			services_found = true;
			out->services = xrealloc(out->services,
						 (out->n_services + 1) * sizeof(*out->services));
			out->services[out->n_services].service = xstrdup(pairs[i].service + prefix_len);
			out->services[out->n_services].url = xstrdup(pairs[i].url);
			out->n_services++;
		}
		if (!services_found) {
			strbuf_addf(err, "%s has services = %s, but there is no [services %s] section"
				    " with an endpoint_url", out->where, keys.services, keys.services);
			goto out;
		}
	}
	rc = 0;
out:
	for (size_t i = 0; i < n_pairs; i++) {
		free(pairs[i].service);
		free(pairs[i].url);
	}
	free(pairs);
	free(prefix);
	free(keys.endpoint_url);
	free(keys.services);
	free(keys.ignore);
	free(keys.fips);
	free(keys.dualstack);
	free(keys.imds_url);
	free(path);
	if (rc < 0)
		aws_endpoint_settings_release(out);
	return rc;
}

void aws_endpoint_settings_release(struct aws_endpoint_settings *s)
{
	for (size_t i = 0; i < s->n_provider_urls; i++) {
		free(s->provider_urls[i].service);
		free(s->provider_urls[i].url);
	}
	free(s->provider_urls);
	free(s->provider_url);
	for (size_t i = 0; i < s->n_services; i++) {
		free(s->services[i].service);
		free(s->services[i].url);
	}
	free(s->services);
	free(s->profile_url);
	free(s->where);
	free(s->imds_url);
	memset(s, 0, sizeof(*s));
}

const char *aws_provider_endpoint(const struct aws_endpoint_settings *s, const char *service,
				  const char **from)
{
	char from_key[64];

	*from = NULL;
	for (size_t i = 0; i < s->n_provider_urls; i++) {
		if (!strcmp(s->provider_urls[i].service, service)) {
			snprintf(from_key, sizeof(from_key), "the provider's endpoints.%s",
				 service_key(service));
			*from = text_kept(from_key);
			return s->provider_urls[i].url;
		}
	}
	if (s->provider_url) {
		*from = "the provider's endpoint";
		return s->provider_url;
	}
	return NULL;
}

const char *aws_configured_endpoint(const struct aws_endpoint_settings *s, const char *service,
				    const char **from)
{
	const char *url;
	char env_name[64];

	if ((url = aws_provider_endpoint(s, service, from)))
		return url;
	if (s->ignore)
		return NULL;
	if ((url = service_env_url(service, env_name, sizeof(env_name)))) {
		*from = text_kept(env_name);
		return url;
	}
	if ((url = nonempty_or_null(getenv("AWS_ENDPOINT_URL")))) {
		*from = "AWS_ENDPOINT_URL";
		return url;
	}
	for (size_t i = 0; i < s->n_services; i++) {
		const struct aws_service *row = service_of_id(s->services[i].service);

		if (row && !strcmp(row->signing_name, service)) {
			*from = "the config file's services section";
			return s->services[i].url;
		}
	}
	if (s->profile_url) {
		*from = "the profile's endpoint_url";
		return s->profile_url;
	}
	return NULL;
}

char *aws_credential_endpoint(const struct aws_endpoint_settings *s, const char *service,
			      const char *region, const char **from)
{
	const char *url = s ? aws_configured_endpoint(s, service, from) : NULL;
	const char *suffix = !strncmp(region, "cn-", 3) ? "amazonaws.com.cn" : "amazonaws.com";
	size_t len;

	if (url) {
		len = strlen(url);
		while (len && url[len - 1] == '/')
			len--;
		return xstrndup(url, len);
	}
	*from = "the AWS host";
	if (!strcmp(service, aws_service_sso.signing_name))
		return xasprintf("https://portal.sso.%s.%s", region, suffix);
	return xasprintf("https://%s.%s.%s", service, region, suffix);
}

char *aws_instance_metadata_endpoint(const struct aws_endpoint_settings *s)
{
	const char *url = s->imds_url ? s->imds_url : "http://169.254.169.254";
	size_t len = strlen(url);

	while (len && url[len - 1] == '/')
		len--;
	return xstrndup(url, len);
}

char *aws_container_credentials_endpoint(void)
{
	const char *relative = nonempty_or_null(getenv("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"));
	const char *full = nonempty_or_null(getenv("AWS_CONTAINER_CREDENTIALS_FULL_URI"));

	if (relative)
		return xasprintf("http://169.254.170.2%s", relative);
	return full ? xstrdup(full) : NULL;
}
