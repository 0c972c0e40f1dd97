/*
 * rules_kms.c: the KMS rules its models do not carry (rules.h): alias
 * names.
 */
#include <string.h>

#include "provider/aws/rules.h"
#include "provider/provider.h"

/* KMS CreateAlias AliasName: "The alias must be string of 1-256 characters.
 * It can contain only alphanumeric characters, forward slashes (/),
 * underscores (_), and dashes (-). The alias name cannot begin with
 * alias/aws/. The alias/aws/ prefix is reserved for AWS managed keys."
 * and "must begin with alias/ followed by a name"
 * (https://docs.aws.amazon.com/kms/latest/APIReference/API_CreateAlias.html);
 * the characters and the length are the model's. */
int rule_kms_alias_name(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = aws_known_string(v);

	(void)r;
	if (!s)
		return 0;
	if (strncmp(s, "alias/", 6) || !s[6]) {
		strbuf_addf(err, "\"%s\" does not start with alias/ and a name: a KMS alias is "
			    "alias/NAME (e.g. \"alias/retail-lake\")", s);
		return -1;
	}
	if (!strncmp(s, "alias/aws/", 10)) {
		strbuf_addf(err, "\"%s\" starts with alias/aws/, which AWS keeps for its own keys: "
			    "choose another name (e.g. \"alias/retail-lake\")", s);
		return -1;
	}
	return 0;
}
