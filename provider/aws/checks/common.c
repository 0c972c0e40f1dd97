/*
 * rules.c: what every rule of the aws provider reads values through (what
 * is not known yet: checks/rules.h), the one rule every aws type has, its tags, and
 * the one for a required value sent as "" (rule_not_empty).
 * The rules of each service are in <service>/rules.c (s3/rules.c,
 * iam/rules.c, ec2/rules.c, secretsmanager/rules.c, scheduler/rules.c, logs/rules.c,
 * sfn/rules.c, glue/rules.c, lambda/rules.c, rds/rules.c,
 * athena/rules.c), each written once (checks/rules.h), which rows of the one table
 * of checks name (each service's in its rules.c; checks/run_values.c runs them). Sources: the AWS
 * documentation pages named beside each rule, and docs/validation.md, which
 * lists them all with examples.
 */
#include "provider/aws/checks/rules.h"

#include <string.h>
#include <strings.h>

#include "provider/aws/checks/shared.h"
#include "provider/provider.h"

/* ---- what is not known yet ---------------------------------------------- */

/* What is not known yet, in one place for every check (rules.c,
 * checks/run_stack.c, checks/run_values.c): at validate a string holding ${...} (the
 * template, not the value), at plan {"$unknown": true} (a value known only
 * at apply). A check reads nested values only through these, so a template
 * inside a document (a policy's Sid, a state's Next, a tag's key) passes
 * and is checked when plan or apply knows it. */
static bool text_unknown(const char *s)
{
	return s && strstr(s, "${") != NULL;
}

bool aws_rule_unknown(const json_t *v)
{
	if (value_is_unknown(v))
		return true;
	return json_is_string(v) && text_unknown(json_string_value(v));
}

bool aws_rule_key_unknown(const char *key)
{
	return text_unknown(key);
}

bool aws_rule_contains_unknown(const json_t *v)
{
	if (aws_rule_unknown(v))
		return true;
	if (json_is_array(v)) {
		size_t i;
		json_t *e;
		json_array_foreach(v, i, e)
			if (aws_rule_contains_unknown(e))
				return true;
	} else if (json_is_object(v)) {
		const char *k;
		json_t *e;
		json_object_foreach((json_t *)v, k, e)
			if (text_unknown(k) || aws_rule_contains_unknown(e))
				return true;
	}
	return false;
}

const char *aws_known_string(const json_t *v)
{
	return json_is_string(v) && !aws_rule_unknown(v) ? json_string_value(v) : NULL;
}

const char *aws_known_member(const json_t *o, const char *name)
{
	return aws_known_string(aws_known_object(o) ? json_object_get(o, name) : NULL);
}

bool aws_known_object(const json_t *v)
{
	return json_is_object(v) && !value_is_unknown(v);
}

/* ---- tags ---------------------------------------------------------------- */

/* Tag quotas common to AWS services (Tagging AWS resources, "Tag naming
 * limits and requirements"): 50 user tags per resource, key 1-128 and value
 * 0-256 Unicode characters, the aws: prefix reserved. terrace adds its own
 * two (terrace:stack, terrace:workspace) to what it tags. */
#define AWS_MAX_TAGS 50

int rule_tags(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *key;
	json_t *value;
	(void)r;
	if (!json_is_object(v) || value_is_unknown(v))
		return 0;
	size_t mine = 0;
	bool keys_known = true;
	json_object_foreach((json_t *)v, key, value) {
		if (has_prefix(key, "terrace:"))
			mine++;
		if (aws_rule_key_unknown(key))
			keys_known = false;
	}
	/* terrace adds its two after validate (plan checks them added, with a
	 * development environment's terrace:environment and terrace:user);
	 * count them once. Keys not known yet may turn out to be one key:
	 * counted at plan. */
	size_t total = json_object_size(v) + (mine ? 0 : 2);
	if (keys_known && total > AWS_MAX_TAGS) {
		strbuf_addf(err, "%zu tags with terrace's own %s (terrace:stack, "
			    "terrace:workspace%s): AWS allows at most %d per resource (write at most "
			    "%zu here)", total, mine > 2 ? "four" : "two",
			    mine > 2 ? ", and a development environment's terrace:environment and "
				       "terrace:user" : "", AWS_MAX_TAGS,
			    AWS_MAX_TAGS - (mine ? mine : 2));
		return -1;
	}
	json_object_foreach((json_t *)v, key, value) {
		size_t kn = utf8_length(key);
		if (aws_rule_key_unknown(key)) {
			if (!strncasecmp(key, "aws:", 4))
				goto reserved; /* whatever follows, the prefix is AWS's */
			continue;
		}
		if (kn < 1 || kn > 128) {
			strbuf_addf(err, "key \"%.40s%s\" has %zu characters: tag keys have 1 to 128 "
				    "(e.g. \"team\")", key, kn > 40 ? "..." : "", kn);
			return -1;
		}
		if (!strncasecmp(key, "aws:", 4)) {
reserved:
			strbuf_addf(err, "key \"%s\": the aws: prefix is reserved for AWS's own tags "
				    "(e.g. \"team\" or \"acme:team\")", key);
			return -1;
		}
		const char *s = aws_known_string(value);
		if (s && utf8_length(s) > 256) {
			strbuf_addf(err, "the value of \"%s\" has %zu characters: tag values have at "
				    "most 256", key, utf8_length(s));
			return -1;
		}
	}
	return 0;
}

/* ---- values a request cannot go without ---------------------------------- */

/* A required attribute the request cannot send empty, where no other row
 * holds it to a length (an AMI id, a VPC id, a key pair's public key, an
 * object's bucket, a secret's value): written as "" it is refused here,
 * as the types refused it at apply before. */
int rule_not_empty(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = aws_known_string(v);
	(void)r;
	if (!s || *s)
		return 0;
	strbuf_addstr(err, "\"\" is empty: the request needs a value");
	return -1;
}
