/*
 * server.c: which server an aws provider configuration talks to, AWS or
 * another S3 server (MinIO, Ceph), for the rows of the table of checks
 * that rest on an AWS account's defaults (checks/row.h's account_default):
 * the `server` setting, TERRACE_AWS_SERVER, and the endpoints the
 * configuration writes (server.h).
 */
#include "provider/aws/server.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "provider/provider.h"

const char *const aws_server_names[] = { "aws", "minio", "ceph", "other", NULL };

bool aws_server_name_known(const char *word)
{
	for (const char *const *n = aws_server_names; *n; n++)
		if (!strcmp(*n, word))
			return true;
	return false;
}

/* Whether url ("https://s3.eu-west-1.amazonaws.com", written, known) is on
 * a host of AWS's: its partitions' domains, dual-stack ones included
 * (endpoints.c's partition_suffix). */
static bool url_on_aws_host(const char *url)
{
	static const char *const domains[] = { ".amazonaws.com", ".amazonaws.com.cn", ".api.aws",
					       ".api.amazonwebservices.com.cn", NULL };
	const char *host = strstr(url, "://");
	size_t n;

	host = host ? host + 3 : url;
	n = strcspn(host, ":/?#");
	for (const char *const *d = domains; *d; d++) {
		size_t k = strlen(*d);
		if (n > k && !strncasecmp(host + n - k, *d, k))
			return true;
	}
	return false;
}

/* An endpoint URL as written: AWS's (1), another server's (0), or NULL
 * (unset: -1). One given as ${...} is an endpoint of one's own. */
static int endpoint_on_aws(const json_t *v)
{
	if (!v || json_is_null(v))
		return -1;
	return json_is_string(v) && !value_not_known(v) && url_on_aws_host(json_string_value(v));
}

enum aws_server aws_provider_server(const json_t *config)
{
	const json_t *server = config ? json_object_get(config, "server") : NULL;
	const json_t *urls = config ? json_object_get(config, "endpoints") : NULL, *url;
	const char *word, *key;

	if (value_is_unknown(config))
		return AWS_SERVER_UNKNOWN;
	if (server && !json_is_null(server)) {
		word = value_known_string(server); /* ${...}: validate refuses it (aws_check_config) */
		return !word ? AWS_SERVER_UNKNOWN
		       : !strcmp(word, "aws") ? AWS_SERVER_AWS : AWS_SERVER_OTHER;
	}
	if ((word = getenv("TERRACE_AWS_SERVER")) && *word)
		return !aws_server_name_known(word) ? AWS_SERVER_UNKNOWN /* check_config says so */
		       : !strcmp(word, "aws")   ? AWS_SERVER_AWS
						: AWS_SERVER_OTHER;
	if (!config)
		return AWS_SERVER_AWS;
	if (!endpoint_on_aws(json_object_get(config, "endpoint")) || value_not_known(urls))
		return AWS_SERVER_OTHER;
	if (json_is_object(urls))
		json_object_foreach((json_t *)urls, key, url)
			if (!endpoint_on_aws(url))
				return AWS_SERVER_OTHER;
	return AWS_SERVER_AWS;
}

int aws_server_check(const char *word, const char *from, struct strbuf *err)
{
	if (aws_server_name_known(word))
		return 0;
	strbuf_addf(err, "%s \"%s\" is not a server terrace knows: one of ", from, word);
	for (const char *const *n = aws_server_names; *n; n++)
		strbuf_addf(err, "%s%s", n == aws_server_names ? "" : ", ", *n);
	strbuf_addstr(err, " (e.g. server: minio for a MinIO server)");
	return -1;
}

/* The region a resource's requests go to, as far as it is known before its
 * client is made: its provider configuration's literal `region`, else the
 * environment's AWS_REGION or AWS_DEFAULT_REGION (as configure takes them);
 * NULL when a profile or an expression decides it. */
const char *aws_provider_region(const json_t *provider)
{
	const json_t *r = json_object_get(provider, "region");
	const char *env;

	if (json_is_string(r))
		return strstr(json_string_value(r), "${") || !*json_string_value(r)
			       ? NULL : json_string_value(r);
	if (value_is_set(r))
		return NULL;
	env = getenv("AWS_REGION");
	if (!env || !*env)
		env = getenv("AWS_DEFAULT_REGION");
	return env && *env ? env : NULL;
}
