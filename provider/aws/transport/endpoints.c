/*
 * endpoints.c: AWS partitions by region name pattern (botocore's
 * data/partitions.json "regionRegex"), for checking a region before a real
 * AWS host is built from it.
 */
#include "provider/aws/transport/endpoints.h"

#include <regex.h>
#include <stdbool.h>
#include <stddef.h>

struct partition {
	const char *id;
	const char *pattern; /* POSIX ERE of partitions.json's regionRegex */
	bool supported;      /* does terrace build hosts for it */
};

static const struct partition partitions[] = {
	{ "aws", "^(us|eu|ap|sa|ca|me|af|il|mx)-[A-Za-z0-9_]+-[0-9]+$", true },
	{ "aws-cn", "^cn-[A-Za-z0-9_]+-[0-9]+$", true },
	{ "aws-us-gov", "^us-gov-[A-Za-z0-9_]+-[0-9]+$", true },
	{ "aws-eusc", "^eusc-(de)-[A-Za-z0-9_]+-[0-9]+$", false },
	{ "aws-iso", "^us-iso-[A-Za-z0-9_]+-[0-9]+$", false },
	{ "aws-iso-b", "^us-isob-[A-Za-z0-9_]+-[0-9]+$", false },
	{ "aws-iso-e", "^eu-isoe-[A-Za-z0-9_]+-[0-9]+$", false },
	{ "aws-iso-f", "^us-isof-[A-Za-z0-9_]+-[0-9]+$", false },
};

static bool matches(const char *pattern, const char *text)
{
	regex_t re;
	bool hit;

	if (regcomp(&re, pattern, REG_EXTENDED | REG_NOSUB) != 0)
		return false;
	hit = regexec(&re, text, 0, NULL, 0) == 0;
	regfree(&re);
	return hit;
}

int aws_region_check(const char *region, struct strbuf *err)
{
	/* The more specific patterns (us-gov-, us-iso-) come after "aws", whose
	 * pattern does not match them: "gov" is followed by "-west", not digits. */
	for (size_t i = 0; i < sizeof(partitions) / sizeof(*partitions); i++) {
		if (!region || !matches(partitions[i].pattern, region))
			continue;
		if (partitions[i].supported)
			return 0;
		strbuf_addf(err, "region \"%s\" is in the %s partition, which terrace does not"
			    " build endpoints for: set the provider's endpoint", region,
			    partitions[i].id);
		return -1;
	}
	strbuf_addf(err, "unknown AWS region \"%s\": it matches no AWS partition's region names"
		    " (e.g. us-east-1, eu-west-1, cn-north-1, us-gov-west-1)", region ? region : "");
	return -1;
}
