/*
 * rules.c: the rules AWS enforces that its service models do not carry,
 * each written once (rules.h), which rows of the one table of checks name
 * (rules_table.c; constraints.c runs it). Sources: the AWS documentation pages named beside
 * each rule, and docs/validation.md, which lists them all with examples.
 */
#include "provider/aws/rules.h"

#include <arpa/inet.h>
#include <ctype.h>
#include <math.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "provider/provider.h"

/* ---- what is not known yet ---------------------------------------------- */

/* What is not known yet, in one place for every check (rules.c,
 * rules_network.c, constraints.c): at validate a string holding ${...} (the
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

/* ---- small helpers ------------------------------------------------------- */

/* A known number (a JSON number, or a string of one as YAML may leave it):
 * 1 with *out, 0 when it is not known or not a number. */
static int known_number(const json_t *v, double *out)
{
	if (json_is_number(v)) {
		*out = json_number_value(v);
		return 1;
	}
	if (json_is_string(v) && !aws_rule_unknown(v)) {
		const char *s = json_string_value(v);
		char *end;
		double d = strtod(s, &end);
		if (*s && !*end) {
			*out = d;
			return 1;
		}
	}
	return 0;
}

/* Characters (UTF-8 code points) of s. */
static size_t utf8_length(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			n++;
	return n;
}

static bool has_prefix(const char *s, const char *prefix)
{
	return !strncmp(s, prefix, strlen(prefix));
}

static bool has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && !strcmp(s + n - m, suffix);
}

/* s matches the extended regular expression re (anchored by the caller). */
static bool matches(const char *s, const char *re)
{
	regex_t rx;
	if (regcomp(&rx, re, REG_EXTENDED | REG_NOSUB))
		return false;
	bool ok = !regexec(&rx, s, 0, NULL, 0);
	regfree(&rx);
	return ok;
}

/* ---- S3 ------------------------------------------------------------------ */

/* Bucket naming rules for general purpose buckets:
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html */
int rule_s3_bucket_name(const json_t *v, const json_t *r, struct strbuf *err)
{
	static const char *const prefixes[] = { "xn--", "sthree-", "amzn-s3-demo-", NULL };
	static const char *const suffixes[] = { "-s3alias", "--ol-s3", ".mrap", "--x-s3",
						"--table-s3", NULL };
	const char *s = json_string_value(v);
	size_t n;
	(void)r;
	if (!s)
		return 0;
	n = strlen(s);
	if (n < 3 || n > 63) {
		strbuf_addf(err, "\"%s\" has %zu characters: S3 bucket names have 3 to 63 "
			    "(e.g. \"acme-lake-raw\")", s, n);
		return -1;
	}
	for (const char *p = s; *p; p++)
		if (!(islower((unsigned char)*p) || isdigit((unsigned char)*p) || *p == '.' ||
		      *p == '-')) {
			strbuf_addf(err, "\"%s\" has '%c': S3 bucket names use only lowercase "
				    "letters, digits, '.' and '-' (e.g. \"acme-lake-raw\")", s, *p);
			return -1;
		}
	if (!isalnum((unsigned char)s[0]) || !isalnum((unsigned char)s[n - 1])) {
		strbuf_addf(err, "\"%s\": S3 bucket names start and end with a letter or a "
			    "digit (e.g. \"acme-lake-raw\")", s);
		return -1;
	}
	if (strstr(s, "..")) {
		strbuf_addf(err, "\"%s\": S3 bucket names have no two adjacent periods "
			    "(e.g. \"acme.lake.raw\")", s);
		return -1;
	}
	struct in_addr addr;
	if (inet_pton(AF_INET, s, &addr) == 1) {
		strbuf_addf(err, "\"%s\": an S3 bucket name is not an IP address "
			    "(e.g. \"acme-lake-raw\")", s);
		return -1;
	}
	for (size_t i = 0; prefixes[i]; i++)
		if (has_prefix(s, prefixes[i])) {
			strbuf_addf(err, "\"%s\": S3 reserves the prefix %s for bucket names "
				    "(e.g. \"acme-lake-raw\")", s, prefixes[i]);
			return -1;
		}
	for (size_t i = 0; suffixes[i]; i++)
		if (has_suffix(s, suffixes[i])) {
			strbuf_addf(err, "\"%s\": S3 reserves the suffix %s for bucket names "
				    "(e.g. \"acme-lake-raw\")", s, suffixes[i]);
			return -1;
		}
	return 0;
}

/* Lifecycle rules (S3 API reference, LifecycleExpiration Days and
 * NoncurrentVersionExpiration NoncurrentDays: "a non-zero positive
 * integer"; Transition StorageClass: the TransitionStorageClass enum of
 * the S3 model, https://docs.aws.amazon.com/AmazonS3/latest/API/API_Transition.html).
 * Transition days are left to AWS: 0 is allowed for some classes and the
 * page's "greater than 30" for the IA classes disagrees with the user
 * guide's "at least 30". */
int rule_s3_lifecycle(const json_t *v, const json_t *r, struct strbuf *err)
{
	static const char *const classes[] = { "GLACIER", "STANDARD_IA", "ONEZONE_IA",
					       "INTELLIGENT_TIERING", "DEEP_ARCHIVE", "GLACIER_IR",
					       NULL };
	static const char *const days[] = { "expiration_days", "noncurrent_version_expiration_days",
					    NULL };
	size_t i, j;
	json_t *rule, *t;
	(void)r;
	json_array_foreach(v, i, rule) {
		if (!aws_known_object(rule))
			continue;
		for (size_t d = 0; days[d]; d++) {
			double n;
			if (known_number(json_object_get(rule, days[d]), &n) &&
			    (n < 1 || n != (double)(long long)n)) {
				strbuf_addf(err, "rule %zu: %s %g: S3 takes a whole number of days, 1 "
					    "or more (e.g. %s: 30)", i + 1, days[d], n, days[d]);
				return -1;
			}
		}
		const json_t *ts = json_object_get(rule, "transitions");
		json_array_foreach(ts, j, t) {
			const char *c = aws_known_member(t, "storage_class");
			size_t k;
			for (k = 0; c && classes[k] && strcmp(c, classes[k]); k++)
				;
			if (c && !classes[k]) {
				strbuf_addf(err, "rule %zu: transition %zu: storage_class \"%s\" is not "
					    "one S3 transitions to: GLACIER, STANDARD_IA, ONEZONE_IA, "
					    "INTELLIGENT_TIERING, DEEP_ARCHIVE, GLACIER_IR (e.g. \"GLACIER\")",
					    i + 1, j + 1, c);
				return -1;
			}
		}
	}
	return 0;
}

/* ---- IAM names and paths ------------------------------------------------- */

/* IAM object quotas and names:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html */
static int iam_name(const json_t *v, const char *what, size_t max, const char *example,
		    struct strbuf *err)
{
	const char *s = json_string_value(v);
	if (!s)
		return 0;
	size_t n = strlen(s);
	if (n < 1 || n > max) {
		strbuf_addf(err, "\"%s\" has %zu characters: IAM %s names have 1 to %zu "
			    "(e.g. \"%s\")", s, n, what, max, example);
		return -1;
	}
	for (const char *p = s; *p; p++)
		if (!isalnum((unsigned char)*p) && !strchr("+=,.@_-", *p)) {
			strbuf_addf(err, "\"%s\" has '%c': IAM %s names use only letters, digits "
				    "and + = , . @ _ - (e.g. \"%s\")", s, *p, what, example);
			return -1;
		}
	return 0;
}

int rule_iam_role_name(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return iam_name(v, "role", 64, "etl-glue-runner", err);
}

int rule_iam_user_name(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return iam_name(v, "user", 64, "airflow-deployer", err);
}

int rule_iam_group_name(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return iam_name(v, "group", 128, "data-engineers", err);
}

int rule_iam_policy_name(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return iam_name(v, "policy", 128, "lake-read-only", err);
}

int rule_iam_instance_profile_name(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return iam_name(v, "instance profile", 128, "airflow-worker", err);
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
	/* terrace adds its two after validate; count them once. Keys not known
	 * yet may turn out to be one key: counted at plan. */
	size_t total = json_object_size(v) + (mine ? 0 : 2);
	if (keys_known && total > AWS_MAX_TAGS) {
		strbuf_addf(err, "%zu tags with terrace's own two (terrace:stack, "
			    "terrace:workspace): AWS allows at most %d per resource (write at most "
			    "%d here)", total, AWS_MAX_TAGS, AWS_MAX_TAGS - 2);
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

/* ---- CIDR blocks ---------------------------------------------------------- */

int aws_parse_cidr(const char *s, uint32_t *addr, int *len)
{
	char buf[32];
	const char *slash = strchr(s, '/');
	if (!slash || (size_t)(slash - s) >= sizeof(buf))
		return 0;
	memcpy(buf, s, (size_t)(slash - s));
	buf[slash - s] = '\0';
	struct in_addr a;
	if (inet_pton(AF_INET, buf, &a) != 1)
		return 0;
	char *end;
	long n = strtol(slash + 1, &end, 10);
	if (!isdigit((unsigned char)slash[1]) || *end || n < 0 || n > 32)
		return 0;
	*addr = ntohl(a.s_addr);
	*len = (int)n;
	return 1;
}

int rule_cidr(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = aws_known_string(v);
	uint32_t addr;
	int len;
	(void)r;
	if (!s)
		return 0;
	if (!aws_parse_cidr(s, &addr, &len)) {
		strbuf_addf(err, "\"%s\" is not an IPv4 CIDR block ADDRESS/LENGTH "
			    "(e.g. \"10.0.0.0/16\" or \"203.0.113.7/32\")", s);
		return -1;
	}
	return 0;
}

int rule_cidr_list(const json_t *v, const json_t *r, struct strbuf *err)
{
	size_t i;
	json_t *e;
	if (!json_is_array(v))
		return 0;
	json_array_foreach(v, i, e)
		if (rule_cidr(e, r, err))
			return -1;
	return 0;
}

/* VPC and subnet sizing (Amazon VPC User Guide, "VPC CIDR blocks" and
 * "Subnet CIDR blocks"): /16 to /28, and the address is the network's. */
int rule_vpc_cidr(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = aws_known_string(v);
	uint32_t addr;
	int len;
	if (!s || rule_cidr(v, r, err))
		return s ? -1 : 0;
	aws_parse_cidr(s, &addr, &len);
	if (len < 16 || len > 28) {
		strbuf_addf(err, "\"%s\": VPC and subnet blocks are /16 to /28 "
			    "(e.g. \"10.0.0.0/16\", \"10.0.1.0/24\")", s);
		return -1;
	}
	uint32_t mask = len ? 0xFFFFFFFFu << (32 - len) : 0;
	if (addr & ~mask) {
		uint32_t net = addr & mask;
		strbuf_addf(err, "\"%s\" has host bits set: write the network address "
			    "\"%u.%u.%u.%u/%d\"", s, net >> 24, (net >> 16) & 255, (net >> 8) & 255,
			    net & 255, len);
		return -1;
	}
	return 0;
}

/* ---- security groups ------------------------------------------------------ */

/* AuthorizeSecurityGroupIngress (EC2 API reference): IpProtocol is tcp,
 * udp, icmp, icmpv6, -1 (all) or a protocol number 0-255; ports 0-65535
 * with from <= to for tcp and udp; for icmp the type and code, -1 for
 * any. */
static int sg_rule(const json_t *rule, const char *where, struct strbuf *err)
{
	const json_t *pv = json_object_get(rule, "protocol");
	const char *p = json_string_value(pv);
	double from, to, num = -2;
	bool has_from, has_to;
	char *endp;

	if (!pv || aws_rule_unknown(pv))
		return 0;
	if (json_is_integer(pv)) {
		num = (double)json_integer_value(pv);
		p = NULL;
	} else if (!p) {
		return 0;
	}
	if (p && (!strcmp(p, "all") || !strcmp(p, "-1")))
		return 0;
	if (p && (strcasecmp(p, "tcp") && strcasecmp(p, "udp") && strcasecmp(p, "icmp") &&
		  strcasecmp(p, "icmpv6"))) {
		num = strtod(p, &endp);
		if (!*p || *endp || num < 0 || num > 255 || num != (double)(int)num) {
			strbuf_addf(err, "%sprotocol \"%s\": use tcp, udp, icmp, icmpv6, a protocol "
				    "number 0-255, or -1 (all) (e.g. \"tcp\")", where, p);
			return -1;
		}
	}
	has_from = known_number(json_object_get(rule, "from_port"), &from);
	has_to = known_number(json_object_get(rule, "to_port"), &to);
	if (!has_to && has_from && !json_object_get(rule, "to_port"))
		to = from, has_to = true;
	bool icmp = p && (!strcasecmp(p, "icmp") || !strcasecmp(p, "icmpv6"));
	bool ports = p && (!strcasecmp(p, "tcp") || !strcasecmp(p, "udp"));
	if (num == 6 || num == 17)
		ports = true;
	if (num == 1 || num == 58)
		icmp = true;
	if (ports) {
		if ((has_from && (from < 0 || from > 65535)) || (has_to && (to < 0 || to > 65535))) {
			strbuf_addf(err, "%sports are 0 to 65535 (e.g. from_port: 443, to_port: 443)",
				    where);
			return -1;
		}
		if (has_from && has_to && from > to) {
			strbuf_addf(err, "%sfrom_port %g is above to_port %g: a port range runs from "
				    "low to high (e.g. from_port: 8000, to_port: 8080)", where, from, to);
			return -1;
		}
	} else if (icmp) {
		if ((has_from && (from < -1 || from > 255)) || (has_to && (to < -1 || to > 255))) {
			strbuf_addf(err, "%sfor icmp, from_port is the ICMP type and to_port the code, "
				    "each -1 (any) to 255 (e.g. from_port: 8, to_port: -1 for echo "
				    "request)", where);
			return -1;
		}
	}
	return 0;
}

int rule_sg_rule_list(const json_t *v, const json_t *r, struct strbuf *err)
{
	size_t i;
	json_t *e;
	(void)r;
	if (!json_is_array(v))
		return 0;
	json_array_foreach(v, i, e) {
		char where[32];
		snprintf(where, sizeof(where), "rule %zu: ", i + 1);
		if (!aws_known_object(e))
			continue;
		if (sg_rule(e, where, err))
			return -1;
		if (rule_cidr_list(json_object_get(e, "cidr_blocks"), r, err)) {
			strbuf_prefixf(err, "%s", where);
			return -1;
		}
	}
	return 0;
}

int rule_sg_one_rule(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)v;
	return sg_rule(r, "", err);
}

/* CreateSecurityGroup: GroupName up to 255 characters, not starting sg-. */
int rule_sg_name(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = json_string_value(v);
	(void)r;
	if (!s)
		return 0;
	if (!*s || strlen(s) > 255 || !strncasecmp(s, "sg-", 3)) {
		strbuf_addf(err, "\"%s\": a security group name has 1 to 255 characters and does "
			    "not start with sg- (e.g. \"warehouse-db\")", s);
		return -1;
	}
	return 0;
}

/* CreateKeyPair KeyName ("Constraints: Up to 255 ASCII characters"), the
 * name ImportKeyPair takes too:
 * https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_CreateKeyPair.html */
int rule_key_pair_name(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = json_string_value(v);
	(void)r;
	if (!s)
		return 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p > 0x7F) {
			strbuf_addf(err, "\"%s\": a key pair name has ASCII characters only "
				    "(e.g. \"ops-key\")", s);
			return -1;
		}
	if (!*s || strlen(s) > 255) {
		strbuf_addf(err, "\"%.40s%s\" has %zu characters: a key pair name has 1 to 255 "
			    "(e.g. \"ops-key\")", s, strlen(s) > 40 ? "..." : "", strlen(s));
		return -1;
	}
	return 0;
}

/* ---- Secrets Manager ---------------------------------------------------------- */

/* CreateSecret Name: "The secret name can contain ASCII letters, numbers,
 * and the following characters: /_+=.@-"
 * (https://docs.aws.amazon.com/secretsmanager/latest/apireference/API_CreateSecret.html);
 * the length, 1 to 512, is the model's. */
int rule_secret_name(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = json_string_value(v);
	(void)r;
	if (!s)
		return 0;
	for (const char *p = s; *p; p++)
		if (!(isascii((unsigned char)*p) && isalnum((unsigned char)*p)) &&
		    !strchr("/_+=.@-", *p)) {
			if ((unsigned char)*p > 0x7F)
				strbuf_addf(err, "\"%s\" has a character outside ASCII", s);
			else
				strbuf_addf(err, "\"%s\" has '%c'", s, *p);
			strbuf_addstr(err, ": a secret name has ASCII letters, digits and / _ + = . @ - "
				      "only (e.g. \"prod/warehouse/etl\")");
			return -1;
		}
	return 0;
}

/* ---- schedule expressions ---------------------------------------------------- */

enum dialect { EVENTS, SCHEDULER, GLUE };

/* One cron field: comma-separated items of *, ?, N, N-M, X/N, with the
 * field's own extras (L, W, #) and names; numbers within [lo, hi]. buf is
 * the field, cut up here. Any length: a list of all 60 minutes is one
 * field of 169 characters, which AWS takes. */
static bool cron_items_ok(char *buf, int lo, int hi, const char *const *names,
			  const char *extra)
{
	if (!*buf)
		return false;
	char *save = NULL;
	for (char *item = strtok_r(buf, ",", &save); item; item = strtok_r(NULL, ",", &save)) {
		for (char *p = item; *p;) {
			if (isdigit((unsigned char)*p)) {
				long n = strtol(p, &p, 10);
				if (n < lo || n > hi)
					return false;
				continue;
			}
			if (isalpha((unsigned char)*p)) {
				bool found = false;
				for (size_t i = 0; names && names[i]; i++)
					if (!strncasecmp(p, names[i], 3)) {
						p += 3;
						found = true;
						break;
					}
				if (found)
					continue;
				if (extra && strchr(extra, *p)) {
					p++;
					continue;
				}
				return false;
			}
			if (*p == '*' || *p == '-' || *p == '/' || (extra && strchr(extra, *p))) {
				p++;
				continue;
			}
			return false;
		}
	}
	return true;
}

static bool cron_field_ok(const char *f, int lo, int hi, const char *const *names,
			  const char *extra)
{
	char *buf = xstrdup(f);
	bool ok = cron_items_ok(buf, lo, hi, names, extra);
	free(buf);
	return ok;
}

static const char *const months[] = { "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG",
				      "SEP", "OCT", "NOV", "DEC", NULL };
static const char *const days[] = { "SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT", NULL };

/* cron(Minutes Hours Day-of-month Month Day-of-week Year), as EventBridge,
 * Scheduler and Glue read it: six fields, and exactly one of day-of-month
 * and day-of-week is ?. */
static int check_cron_fields(const char *s, char *buf, const char *example, struct strbuf *err)
{
	char *fields[8];
	int n = 0;
	char *save = NULL;
	for (char *f = strtok_r(buf, " ", &save); f; f = strtok_r(NULL, " ", &save)) {
		if (n == 7)
			break;
		fields[n++] = f;
	}
	if (n != 6) {
		strbuf_addf(err, "\"%s\" has %d fields: cron() takes six, minutes hours "
			    "day-of-month month day-of-week year (e.g. \"%s\")", s, n, example);
		return -1;
	}
	bool dom_any = !strcmp(fields[2], "?"), dow_any = !strcmp(fields[4], "?");
	if (dom_any == dow_any) {
		strbuf_addf(err, "\"%s\": exactly one of day-of-month (3rd field) and "
			    "day-of-week (5th) is ? (e.g. \"%s\")", s, example);
		return -1;
	}
	static const char *const what[] = { "minutes (0-59)", "hours (0-23)",
					    "day-of-month (1-31)", "month (1-12 or JAN-DEC)",
					    "day-of-week (1-7 or SUN-SAT)", "year (1970-2199)" };
	bool ok[6] = {
		cron_field_ok(fields[0], 0, 59, NULL, NULL),
		cron_field_ok(fields[1], 0, 23, NULL, NULL),
		dom_any || cron_field_ok(fields[2], 1, 31, NULL, "LW"),
		cron_field_ok(fields[3], 1, 12, months, NULL),
		dow_any || cron_field_ok(fields[4], 1, 7, days, "L#"),
		cron_field_ok(fields[5], 1970, 2199, NULL, NULL),
	};
	for (int i = 0; i < 6; i++)
		if (!ok[i]) {
			strbuf_addf(err, "\"%s\": field %d \"%s\" is not a valid %s (e.g. \"%s\")", s,
				    i + 1, fields[i], what[i], example);
			return -1;
		}
	return 0;
}

static int check_cron(const char *s, const char *body, size_t blen, const char *example,
		      struct strbuf *err)
{
	char *buf = xstrndup(body, blen);
	int rc = check_cron_fields(s, buf, example, err);
	free(buf);
	return rc;
}

/* rate(N unit): a positive whole number; the unit singular for 1, plural
 * otherwise (EventBridge "Creating a rule that runs on a schedule",
 * Scheduler "Schedule types"). */
static int check_rate(const char *s, const char *body, size_t blen, struct strbuf *err)
{
	char buf[64], unit[32];
	long n;
	char extra;
	if (blen >= sizeof(buf))
		blen = sizeof(buf) - 1;
	memcpy(buf, body, blen);
	buf[blen] = '\0';
	if (sscanf(buf, "%ld %31s %c", &n, unit, &extra) != 2 || n < 1 ||
	    !isdigit((unsigned char)buf[0])) {
		strbuf_addf(err, "\"%s\": rate() takes a positive whole number and a unit "
			    "(e.g. \"rate(5 minutes)\")", s);
		return -1;
	}
	static const char *const units[] = { "minute", "hour", "day", NULL };
	for (size_t i = 0; units[i]; i++) {
		size_t ul = strlen(units[i]);
		if (strncmp(unit, units[i], ul))
			continue;
		bool plural = !strcmp(unit + ul, "s");
		if (!plural && unit[ul])
			break;
		if (n == 1 && plural) {
			strbuf_addf(err, "\"%s\": a value of 1 takes the singular unit "
				    "(use \"rate(1 %s)\")", s, units[i]);
			return -1;
		}
		if (n != 1 && !plural) {
			strbuf_addf(err, "\"%s\": a value above 1 takes the plural unit "
				    "(use \"rate(%ld %ss)\"; rate(1 %s) for a value of 1)", s, n,
				    units[i], units[i]);
			return -1;
		}
		return 0;
	}
	strbuf_addf(err, "\"%s\": the unit of rate() is minute(s), hour(s) or day(s) "
		    "(e.g. \"rate(5 minutes)\")", s);
	return -1;
}

/* at(yyyy-mm-ddThh:mm:ss), EventBridge Scheduler's one-time schedules. */
static int check_at(const char *s, const char *body, size_t blen, struct strbuf *err)
{
	char buf[64];
	if (blen >= sizeof(buf))
		blen = sizeof(buf) - 1;
	memcpy(buf, body, blen);
	buf[blen] = '\0';
	if (!matches(buf, "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T"
			  "([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$")) {
		strbuf_addf(err, "\"%s\": at() takes a date and time yyyy-mm-ddThh:mm:ss "
			    "(e.g. \"at(2026-12-31T23:00:00)\")", s);
		return -1;
	}
	return 0;
}

static int schedule(const json_t *v, enum dialect d, struct strbuf *err)
{
	static const char *const examples[] = {
		[EVENTS] = "rate(5 minutes)\", \"cron(0 2 * * ? *)",
		[SCHEDULER] = "rate(5 minutes)\", \"cron(0 2 * * ? *)\", "
			      "\"at(2026-12-31T23:00:00)",
		[GLUE] = "cron(15 2 * * ? *)",
	};
	static const char *const services[] = { [EVENTS] = "an EventBridge rule's schedule",
						[SCHEDULER] = "an EventBridge Scheduler schedule",
						[GLUE] = "a Glue schedule" };
	const char *s = json_string_value(v);
	if (!s)
		return 0;
	size_t n = strlen(s);
	const char *open = strchr(s, '(');
	if (open && n && s[n - 1] == ')') {
		const char *body = open + 1;
		size_t blen = (size_t)(s + n - 1 - body);
		size_t kw = (size_t)(open - s);
		if (kw == 4 && !strncmp(s, "cron", 4))
			return check_cron(s, body, blen, d == GLUE ? "cron(15 2 * * ? *)"
								   : "cron(0 2 * * ? *)", err);
		if (kw == 4 && !strncmp(s, "rate", 4) && d != GLUE)
			return check_rate(s, body, blen, err);
		if (kw == 2 && !strncmp(s, "at", 2) && d == SCHEDULER)
			return check_at(s, body, blen, err);
	}
	strbuf_addf(err, "\"%s\" is not %s: write \"%s\"", s, services[d], examples[d]);
	return -1;
}

int rule_events_schedule(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return schedule(v, EVENTS, err);
}

int rule_scheduler_schedule(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return schedule(v, SCHEDULER, err);
}

int rule_glue_schedule(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return schedule(v, GLUE, err);
}

/* ---- CloudWatch Logs ------------------------------------------------------ */

/* PutRetentionPolicy (CloudWatch Logs API reference): retentionInDays. */
int rule_log_retention(const json_t *v, const json_t *r, struct strbuf *err)
{
	static const int allowed[] = { 0, 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400,
				       545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653 };
	double d;
	(void)r;
	if (!known_number(v, &d))
		return 0;
	for (size_t i = 0; i < sizeof(allowed) / sizeof(allowed[0]); i++)
		if (d == allowed[i])
			return 0;
	strbuf_addf(err, "%g days is not a retention CloudWatch Logs offers: 1, 3, 5, 7, 14, 30, "
		    "60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288 "
		    "or 3653 (0: never expire) (e.g. 30)", d);
	return -1;
}

/* ---- IAM policy documents ------------------------------------------------ */

/* IAM JSON policy element reference and grammar:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements.html */
enum policy_kind { IDENTITY, TRUST, RESOURCE };

/* The document as JSON: an object, a JSON string parsed, or NULL when it
 * is not known yet or not JSON (the schema's own check reports that). *own
 * is set when the result is a new reference. */
static json_t *policy_json(const json_t *v, bool *own)
{
	*own = false;
	if (json_is_object(v))
		return (json_t *)v;
	if (!json_is_string(v))
		return NULL;
	json_t *doc = json_loads(json_string_value(v), 0, NULL);
	if (!doc)
		return NULL;
	*own = true;
	return doc;
}

/* Characters of the document without whitespace, as IAM counts them. */
static size_t policy_size(const json_t *doc)
{
	char *text = json_dumps(doc, JSON_COMPACT);
	size_t n = 0;
	for (const char *p = text ? text : ""; *p; p++)
		if (!isspace((unsigned char)*p))
			n++;
	free(text);
	return n;
}

static bool condition_operator_ok(const char *op)
{
	static const char *const base[] = {
		"StringEquals", "StringNotEquals", "StringEqualsIgnoreCase",
		"StringNotEqualsIgnoreCase", "StringLike", "StringNotLike", "NumericEquals",
		"NumericNotEquals", "NumericLessThan", "NumericLessThanEquals",
		"NumericGreaterThan", "NumericGreaterThanEquals", "DateEquals", "DateNotEquals",
		"DateLessThan", "DateLessThanEquals", "DateGreaterThan", "DateGreaterThanEquals",
		"Bool", "BinaryEquals", "IpAddress", "NotIpAddress", "ArnEquals", "ArnLike",
		"ArnNotEquals", "ArnNotLike", "Null", NULL,
	};
	char buf[96];
	if (has_prefix(op, "ForAllValues:"))
		op += strlen("ForAllValues:");
	else if (has_prefix(op, "ForAnyValue:"))
		op += strlen("ForAnyValue:");
	if (strlen(op) >= sizeof(buf))
		return false;
	strcpy(buf, op);
	if (has_suffix(buf, "IfExists") && strcmp(buf, "NullIfExists"))
		buf[strlen(buf) - strlen("IfExists")] = '\0';
	for (size_t i = 0; base[i]; i++)
		if (!strcmp(buf, base[i]))
			return true;
	return false;
}

/* An action: "*", or service:action with a service prefix. */
static int check_actions(const json_t *a, const char *where, const char *elem,
			 struct strbuf *err)
{
	size_t i;
	json_t *e;
	json_t *one = NULL;
	if (aws_rule_unknown(a))
		return 0;
	if (json_is_string(a)) {
		one = json_array();
		json_array_append((json_t *)one, (json_t *)a);
		a = one;
	}
	if (!json_is_array(a) || !json_array_size(a)) {
		strbuf_addf(err, "%s%s is a string or a non-empty list of strings "
			    "(e.g. \"s3:GetObject\")", where, elem);
		json_decref(one);
		return -1;
	}
	json_array_foreach(a, i, e) {
		const char *s = aws_known_string(e);
		if (!s)
			continue;
		if (strcmp(s, "*") && !matches(s, "^[A-Za-z0-9-]+:[A-Za-z0-9*?]+$")) {
			strbuf_addf(err, "%s%s \"%s\" is not \"*\" or SERVICE:ACTION with a service "
				    "prefix (e.g. \"s3:GetObject\", \"glue:*\")", where, elem, s);
			json_decref(one);
			return -1;
		}
	}
	json_decref(one);
	return 0;
}

static int check_statement(const json_t *st, size_t index, enum policy_kind kind,
			   struct strbuf *err)
{
	static const char *const keys[] = { "Sid", "Effect", "Principal", "NotPrincipal",
					    "Action", "NotAction", "Resource", "NotResource",
					    "Condition", NULL };
	char where[40];
	const char *key;
	json_t *val;
	snprintf(where, sizeof(where), "Statement %zu: ", index + 1);

	if (aws_rule_unknown(st))
		return 0;
	if (!json_is_object(st)) {
		strbuf_addf(err, "%sa statement is an object with Effect, Action and %s", where,
			    kind == TRUST ? "Principal" : "Resource");
		return -1;
	}
	json_object_foreach((json_t *)st, key, val) {
		size_t i;
		if (aws_rule_key_unknown(key))
			continue;
		for (i = 0; keys[i] && strcmp(keys[i], key); i++)
			;
		if (!keys[i]) {
			strbuf_addf(err, "%sunknown element \"%s\": a statement has Sid, Effect, "
				    "Principal, NotPrincipal, Action, NotAction, Resource, "
				    "NotResource, Condition", where, key);
			return -1;
		}
	}
	const json_t *effect = json_object_get(st, "Effect");
	const char *e = aws_known_string(effect);
	if (!effect || (e && strcmp(e, "Allow") && strcmp(e, "Deny"))) {
		strbuf_addf(err, "%sEffect is \"Allow\" or \"Deny\" (got %s)", where,
			    e ? e : "none");
		return -1;
	}
	const json_t *action = json_object_get(st, "Action");
	const json_t *not_action = json_object_get(st, "NotAction");
	if (!action == !not_action) {
		strbuf_addf(err, "%sa statement has exactly one of Action and NotAction "
			    "(e.g. \"Action\": \"s3:GetObject\")", where);
		return -1;
	}
	if (check_actions(action ? action : not_action, where,
			  action ? "Action" : "NotAction", err))
		return -1;
	bool principal = json_object_get(st, "Principal") || json_object_get(st, "NotPrincipal");
	bool resource = json_object_get(st, "Resource") || json_object_get(st, "NotResource");
	if (json_object_get(st, "Resource") && json_object_get(st, "NotResource")) {
		strbuf_addf(err, "%sa statement has Resource or NotResource, not both", where);
		return -1;
	}
	if (kind == IDENTITY && principal) {
		strbuf_addf(err, "%san identity policy names no Principal (the role, user or "
			    "group it is attached to is the principal): remove it", where);
		return -1;
	}
	if (kind == IDENTITY && !resource) {
		strbuf_addf(err, "%san identity policy's statement needs Resource or NotResource "
			    "(e.g. \"Resource\": \"arn:aws:s3:::acme-lake/*\")", where);
		return -1;
	}
	if (kind != IDENTITY && !principal) {
		strbuf_addf(err, "%sa %s policy's statement needs a Principal "
			    "(e.g. \"Principal\": {\"Service\": \"glue.amazonaws.com\"})", where,
			    kind == TRUST ? "trust" : "resource");
		return -1;
	}
	if (kind == TRUST && resource) {
		strbuf_addf(err, "%sa trust policy names no Resource (the role is the resource): "
			    "remove it", where);
		return -1;
	}
	const json_t *cond = json_object_get(st, "Condition");
	if (cond && !aws_rule_unknown(cond)) {
		if (!json_is_object(cond)) {
			strbuf_addf(err, "%sCondition is a map of operator to {key: values}", where);
			return -1;
		}
		json_object_foreach((json_t *)cond, key, val)
			if (!aws_rule_key_unknown(key) && !condition_operator_ok(key)) {
				strbuf_addf(err, "%sCondition operator \"%s\" is not one IAM knows "
					    "(e.g. \"StringEquals\", \"ArnLike\", \"Bool\", "
					    "\"ForAnyValue:StringLike\", \"StringEqualsIfExists\")",
					    where, key);
				return -1;
			}
	}
	const char *sid = aws_known_member(st, "Sid");
	if (sid && kind == IDENTITY && !matches(sid, "^[A-Za-z0-9]*$")) {
		strbuf_addf(err, "%sSid \"%s\": an identity policy's Sid has only letters and "
			    "digits (e.g. \"ReadLake\")", where, sid);
		return -1;
	}
	return 0;
}

/* The grammar of one document; `limit` characters without whitespace (0:
 * none here). */
static int check_policy(const json_t *v, enum policy_kind kind, size_t limit,
			const char *limit_rule, struct strbuf *err)
{
	bool own;
	json_t *doc = policy_json(v, &own);
	int rc = -1;
	const char *key;
	json_t *val;
	if (!doc || aws_rule_unknown(doc)) {
		rc = 0; /* checked when known */
		goto out;
	}
	if (!json_is_object(doc)) {
		strbuf_addstr(err, "a policy document is a JSON object with Version and Statement");
		goto out;
	}
	json_object_foreach(doc, key, val)
		if (!aws_rule_key_unknown(key) && strcmp(key, "Version") && strcmp(key, "Id") &&
		    strcmp(key, "Statement")) {
			strbuf_addf(err, "unknown element \"%s\": a policy document has Version, Id "
				    "and Statement", key);
			goto out;
		}
	const char *version = value_get_string(doc, "Version");
	if (json_object_get(doc, "Version") && !aws_rule_unknown(json_object_get(doc, "Version")) &&
	    (!version || (strcmp(version, "2012-10-17") && strcmp(version, "2008-10-17")))) {
		strbuf_addf(err, "Version \"%s\" is not a policy language version: use "
			    "\"2012-10-17\"", version ? version : "(not a string)");
		goto out;
	}
	json_t *statements = json_object_get(doc, "Statement");
	if (!statements) {
		strbuf_addstr(err, "a policy document needs Statement, one statement or a list "
			      "(e.g. [{\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", "
			      "\"Resource\": \"*\"}])");
		goto out;
	}
	if (json_is_array(statements)) {
		size_t i;
		json_t *st;
		json_array_foreach(statements, i, st)
			if (check_statement(st, i, kind, err))
				goto out;
	} else if (check_statement(statements, 0, kind, err)) {
		goto out; /* one statement, or the list not known yet, which passes */
	}
	if (limit && !aws_rule_contains_unknown(doc)) {
		size_t n = policy_size(doc);
		if (n > limit) {
			strbuf_addf(err, "%zu characters without whitespace: %s is %zu at most "
				    "(split it into several policies)", n, limit_rule, limit);
			goto out;
		}
	}
	rc = 0;
out:
	if (own)
		json_decref(doc);
	return rc;
}

int rule_managed_policy(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return check_policy(v, IDENTITY, 6144, "a managed policy", err);
}

int rule_trust_policy(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return check_policy(v, TRUST, 2048, "a role trust policy (the default quota)", err);
}

int rule_bucket_policy(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return check_policy(v, RESOURCE, 20480, "a bucket policy", err);
}

/* Inline policies: each document's grammar, and their sum against the
 * entity's quota (role 10,240, user 2,048, group 5,120). A map name:
 * document (a role's inline_policies), or one document (a user's or
 * group's policy). */
static int inline_policies(const json_t *v, size_t limit, const char *entity,
			   struct strbuf *err)
{
	const char *name;
	json_t *doc;
	size_t total = 0;
	bool known = true;
	if (aws_rule_unknown(v))
		return 0;
	if (!json_is_object(v) || json_object_get(v, "Statement") ||
	    json_object_get(v, "Version")) {
		if (check_policy(v, IDENTITY, 0, NULL, err))
			return -1;
		bool own;
		json_t *d = policy_json(v, &own);
		if (d && !aws_rule_contains_unknown(d))
			total = policy_size(d);
		else
			known = false;
		if (own)
			json_decref(d);
	} else {
		json_object_foreach((json_t *)v, name, doc) {
			if (aws_rule_unknown(doc)) {
				known = false;
				continue;
			}
			json_t *n = aws_rule_key_unknown(name) ? NULL : json_string(name);
			int bad = n && iam_name(n, "inline policy", 128, "read-lake", err);
			json_decref(n);
			if (bad)
				return -1;
			if (check_policy(doc, IDENTITY, 0, NULL, err)) {
				strbuf_prefixf(err, "\"%s\": ", name);
				return -1;
			}
			bool own;
			json_t *d = policy_json(doc, &own);
			if (d && !aws_rule_contains_unknown(d))
				total += policy_size(d);
			else
				known = false;
			if (own)
				json_decref(d);
		}
	}
	if (known && total > limit) {
		strbuf_addf(err, "%zu characters without whitespace: a %s's inline policies "
			    "together are %zu at most (use managed policies for the rest)", total,
			    entity, limit);
		return -1;
	}
	return 0;
}

int rule_role_inline_policies(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return inline_policies(v, 10240, "role", err);
}

int rule_user_inline_policy(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return inline_policies(v, 2048, "user", err);
}

int rule_group_inline_policy(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return inline_policies(v, 5120, "group", err);
}

/* ---- Step Functions -------------------------------------------------------- */

/* Amazon States Language (https://states-language.net/spec.html). */
static const char *const state_types[] = { "Task", "Pass", "Choice", "Wait", "Succeed", "Fail",
					   "Parallel", "Map", NULL };

/* A state that ends the execution, or may once its values are known (a
 * Type or End not known yet, a transition to a state not known yet). */
static bool state_is_terminal(const json_t *st)
{
	const char *t = value_get_string(st, "Type");
	return !aws_known_object(st) || aws_rule_unknown(json_object_get(st, "Type")) ||
	       aws_rule_unknown(json_object_get(st, "End")) ||
	       (t && (!strcmp(t, "Succeed") || !strcmp(t, "Fail"))) ||
	       json_is_true(json_object_get(st, "End"));
}

static int check_states(const json_t *machine, const char *where, struct strbuf *err);

/* Every known transition target of a state, in turn, through fn; stops at
 * -1. A target not known yet is not passed to fn. */
static int each_target(const json_t *st, int (*fn)(const char *target, const char *via,
						   void *ctx), void *ctx)
{
	size_t i;
	json_t *e;
	const char *next = aws_known_member(st, "Next");
	if (next && fn(next, "Next", ctx))
		return -1;
	const char *def = aws_known_member(st, "Default");
	if (def && fn(def, "Default", ctx))
		return -1;
	json_array_foreach(json_object_get(st, "Choices"), i, e) {
		const char *n = aws_known_member(e, "Next");
		if (n && fn(n, "Choices[].Next", ctx))
			return -1;
	}
	json_array_foreach(json_object_get(st, "Catch"), i, e) {
		const char *n = aws_known_member(e, "Next");
		if (n && fn(n, "Catch[].Next", ctx))
			return -1;
	}
	return 0;
}

/* A state with a transition not known yet (a Next, Default, Choices or
 * Catch of ${...}, or the lists themselves): it may reach any state. */
static bool has_unknown_target(const json_t *st)
{
	size_t i;
	json_t *e;
	static const char *const lists[] = { "Choices", "Catch" };
	if (aws_rule_unknown(json_object_get(st, "Next")) ||
	    aws_rule_unknown(json_object_get(st, "Default")))
		return true;
	for (size_t l = 0; l < 2; l++) {
		const json_t *list = json_object_get(st, lists[l]);
		if (aws_rule_unknown(list))
			return true;
		json_array_foreach(list, i, e)
			if (!aws_known_object(e) || aws_rule_unknown(json_object_get(e, "Next")))
				return true;
	}
	return false;
}

struct sfn_walk {
	const json_t *states;
	const char *state;
	const char *where;
	json_t *seen;      /* reached state names */
	struct strbuf *err;
};

static int target_exists(const char *target, const char *via, void *ctx)
{
	struct sfn_walk *w = ctx;
	if (json_object_get(w->states, target))
		return 0;
	strbuf_addf(w->err, "%sstate \"%s\": its %s \"%s\" is not a state of States", w->where,
		    w->state, via, target);
	return -1;
}

static int mark_reached(const char *target, const char *via, void *ctx)
{
	struct sfn_walk *w = ctx;
	(void)via;
	if (!json_object_get(w->seen, target)) {
		json_object_set_new(w->seen, target, json_true());
		w->state = target;
	}
	return 0;
}

/* A state's own required fields by type (Amazon States Language, "Choice
 * State", "Wait State", "Parallel State", "Map State"): a Choice's
 * non-empty Choices, a Wait's one of Seconds, Timestamp, SecondsPath and
 * TimestampPath, a Parallel's non-empty Branches, a Map's ItemProcessor
 * (or Iterator, its older name). A field whose name or value is not known
 * yet may be the one: the state passes. (A Task's Resource and Next or End
 * are check_states'.) */
static int state_lacks_field(const json_t *st, const char *type, const char *name,
			     const char *where, struct strbuf *err)
{
	static const char *const waits[] = { "Seconds", "Timestamp", "SecondsPath",
					     "TimestampPath", NULL };
	const char *key;
	const json_t *e;
	json_object_foreach((json_t *)st, key, e)
		if (aws_rule_key_unknown(key))
			return 0;
	if (!strcmp(type, "Choice") || !strcmp(type, "Parallel")) {
		const char *list = !strcmp(type, "Choice") ? "Choices" : "Branches";
		e = json_object_get(st, list);
		if (aws_rule_unknown(e) || (json_is_array(e) && json_array_size(e)))
			return 0;
		strbuf_addf(err, "%sstate \"%s\": a %s state needs %s, a non-empty list", where,
			    name, type, list);
		return -1;
	}
	if (!strcmp(type, "Wait")) {
		size_t n = 0;
		for (size_t i = 0; waits[i]; i++)
			n += json_object_get(st, waits[i]) != NULL;
		if (n == 1)
			return 0;
		strbuf_addf(err, "%sstate \"%s\": a Wait state has exactly one of Seconds, "
			    "Timestamp, SecondsPath and TimestampPath (it has %zu)", where, name, n);
		return -1;
	}
	if (!strcmp(type, "Map") && !json_object_get(st, "ItemProcessor") &&
	    !json_object_get(st, "Iterator")) {
		strbuf_addf(err, "%sstate \"%s\": a Map state needs ItemProcessor (or Iterator), "
			    "the states it runs for each item", where, name);
		return -1;
	}
	return 0;
}

static int check_states(const json_t *machine, const char *where, struct strbuf *err)
{
	const json_t *states = json_object_get(machine, "States");
	const char *start = value_get_string(machine, "StartAt");
	const char *name;
	json_t *st;

	/* Not known yet, checked at plan: the machine or its States; and
	 * what a StartAt or a state's name of ${...} decides (which states
	 * exist, and which are reached). */
	if (aws_rule_unknown(machine) || aws_rule_unknown(states))
		return 0;
	bool start_known = !aws_rule_unknown(json_object_get(machine, "StartAt"));
	bool names_known = true;
	json_object_foreach((json_t *)states, name, st)
		if (aws_rule_key_unknown(name))
			names_known = false;
	if (!json_is_object(states) || !json_object_size(states)) {
		strbuf_addf(err, "%sStates is a map of state name to state (e.g. {\"Done\": "
			    "{\"Type\": \"Succeed\"}})", where);
		return -1;
	}
	if (!start && start_known) {
		strbuf_addf(err, "%sStartAt names the first state (e.g. \"StartAt\": \"%s\")",
			    where, json_object_iter_key(json_object_iter((json_t *)states)));
		return -1;
	}
	if (start && start_known && names_known && !json_object_get(states, start)) {
		strbuf_addf(err, "%sStartAt \"%s\" is not a state of States", where, start);
		return -1;
	}
	json_object_foreach((json_t *)states, name, st) {
		const char *type = value_get_string(st, "Type");
		size_t i;
		if (!aws_known_object(st) || aws_rule_unknown(json_object_get(st, "Type")))
			continue;
		for (i = 0; type && state_types[i] && strcmp(type, state_types[i]); i++)
			;
		if (!type || !state_types[i]) {
			strbuf_addf(err, "%sstate \"%s\": Type is Task, Pass, Choice, Wait, Succeed, "
				    "Fail, Parallel or Map", where, name);
			return -1;
		}
		struct sfn_walk w = { states, name, where, NULL, err };
		if (names_known && each_target(st, target_exists, &w))
			return -1;
		bool ends = json_is_true(json_object_get(st, "End"));
		bool has_next = json_object_get(st, "Next") != NULL;
		if (strcmp(type, "Choice") && strcmp(type, "Succeed") && strcmp(type, "Fail") &&
		    !aws_rule_unknown(json_object_get(st, "End")) && ends == has_next) {
			strbuf_addf(err, "%sstate \"%s\": a %s state has exactly one of Next and "
				    "\"End\": true", where, name, type);
			return -1;
		}
		if (state_lacks_field(st, type, name, where, err))
			return -1;
		if (!strcmp(type, "Task")) {
			const json_t *res = json_object_get(st, "Resource");
			const char *rs = aws_known_string(res);
			if (!res || (rs && !has_prefix(rs, "arn:"))) {
				strbuf_addf(err, "%sstate \"%s\": a Task's Resource is an ARN (e.g. "
					    "\"arn:aws:states:::glue:startJobRun.sync\" or a Lambda "
					    "function's ARN)", where, name);
				return -1;
			}
		}
		if (!strcmp(type, "Parallel")) {
			size_t bi;
			json_t *b;
			json_array_foreach(json_object_get(st, "Branches"), bi, b) {
				if (aws_rule_unknown(b))
					continue;
				char *inner = xasprintf("%sstate \"%s\" branch %zu: ", where, name,
							bi + 1);
				int rc = check_states(b, inner, err);
				free(inner);
				if (rc)
					return -1;
			}
		}
		if (!strcmp(type, "Map")) {
			const json_t *inner_m = json_object_get(st, "ItemProcessor");
			if (!inner_m)
				inner_m = json_object_get(st, "Iterator");
			if (inner_m && !aws_rule_unknown(inner_m)) {
				char *inner = xasprintf("%sstate \"%s\" ItemProcessor: ", where, name);
				int rc = check_states(inner_m, inner, err);
				free(inner);
				if (rc)
					return -1;
			}
		}
	}
	/* A terminal state is reachable from StartAt. */
	if (!start || !start_known || !names_known)
		return 0;
	struct sfn_walk w = { states, NULL, where, json_object(), err };
	json_object_set_new(w.seen, start, json_true());
	bool terminal = false, grew = true;
	while (grew && !terminal) {
		size_t before = json_object_size(w.seen);
		json_object_foreach(w.seen, name, st) {
			const json_t *s = json_object_get(states, name);
			if (state_is_terminal(s) || has_unknown_target(s))
				terminal = true;
			each_target(s, mark_reached, &w);
		}
		grew = json_object_size(w.seen) != before;
	}
	json_decref(w.seen);
	if (!terminal) {
		strbuf_addf(err, "%sno state reached from StartAt \"%s\" ends the execution: add a "
			    "Succeed or Fail state, or \"End\": true", where, start);
		return -1;
	}
	return 0;
}

int rule_sfn_definition(const json_t *v, const json_t *r, struct strbuf *err)
{
	bool own;
	(void)r;
	json_t *doc = policy_json(v, &own);
	if (!doc)
		return 0;
	int rc = json_is_object(doc) ? check_states(doc, "", err) : 0;
	if (own)
		json_decref(doc);
	return rc;
}

/* ---- Glue ----------------------------------------------------------------- */

/* Glue job worker types with the job kind and Glue version they take (Glue
 * API, Job structure, WorkerType): G.4X and
 * G.8X from Glue 3.0 for Spark jobs, G.025X for Glue 3.0+ streaming jobs,
 * Z.2X for Ray jobs; Standard, G.1X, G.2X for any Spark job. A worker type
 * goes with a number of workers, and not with max_capacity. */
int rule_glue_worker_type(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *t = json_string_value(v);
	const json_t *gv = json_object_get(r, "glue_version");
	const char *command = aws_known_member(json_object_get(r, "command"), "name");
	double version = 0, workers;
	/* Which worker types exist is the model's enum, which grows (a type it
	 * does not list yet is a warning: constraints.map); this rule is what
	 * goes with what. */
	if (!t)
		return 0;
	if (aws_known_string(gv))
		version = strtod(aws_known_string(gv), NULL);
	if (command && !strcmp(command, "pythonshell")) {
		strbuf_addf(err, "a pythonshell job takes max_capacity (0.0625 or 1), not "
			    "worker_type \"%s\"", t);
		return -1;
	}
	bool min3 = !strcmp(t, "G.4X") || !strcmp(t, "G.8X") || !strcmp(t, "G.025X");
	if (min3 && version > 0 && version < 3.0) {
		strbuf_addf(err, "worker type %s needs glue_version 3.0 or later (got %s): "
			    "use \"4.0\", or worker type G.1X or G.2X", t, json_string_value(gv));
		return -1;
	}
	if (!strcmp(t, "G.025X") && command && strcmp(command, "gluestreaming")) {
		strbuf_addf(err, "worker type G.025X is for streaming jobs (command.name "
			    "gluestreaming); use G.1X for a %s job", command);
		return -1;
	}
	if (!strcmp(t, "Z.2X") && command && strcmp(command, "glueray")) {
		strbuf_addf(err, "worker type Z.2X is for Ray jobs; use G.1X for a %s job", command);
		return -1;
	}
	if (known_number(json_object_get(r, "number_of_workers"), &workers) &&
	    !strncmp(t, "G.", 2) && strcmp(t, "G.025X") && workers < 2) {
		strbuf_addf(err, "%g worker of type %s: a Spark job runs on at least 2 "
			    "(a driver and an executor) (e.g. number_of_workers: 2)", workers, t);
		return -1;
	}
	return 0;
}

/* MaxCapacity by job kind (Glue API reference, CreateJob MaxCapacity): a
 * pythonshell job takes 0.0625 or 1 DPU; a Spark job (glueetl,
 * gluestreaming) at least 2 (the reference's 2 to 100: the most is left to
 * Glue, whose quotas an account may raise). */
int rule_glue_max_capacity(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *command = aws_known_member(json_object_get(r, "command"), "name");
	double dpu;
	if (!command || !known_number(v, &dpu))
		return 0;
	if (!strcmp(command, "pythonshell") && dpu != 0.0625 && dpu != 1) {
		strbuf_addf(err, "%g: a pythonshell job takes 0.0625 or 1 DPU (e.g. 0.0625)", dpu);
		return -1;
	}
	if ((!strcmp(command, "glueetl") || !strcmp(command, "gluestreaming")) && dpu < 2) {
		strbuf_addf(err, "%g: a %s job takes at least 2 DPUs (e.g. 10)", dpu, command);
		return -1;
	}
	return 0;
}

/* ---- Lambda --------------------------------------------------------------- */

/* Runtime identifiers (Lambda runtimes page): a family and its version, as
 * Lambda spells them. A version this list does not know yet is accepted
 * when it has the family's shape, a new major version too (ruby4.0, in
 * botocore's Runtime enum, was refused when the shape said ruby[23]). */
int rule_lambda_runtime(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = json_string_value(v);
	(void)r;
	if (!s)
		return 0;
	if (matches(s, "^(python[0-9]+\\.[0-9]+|nodejs([0-9]+\\.(x|[0-9]+)(-edge)?)?|"
		       "java[0-9]+(\\.al2)?|dotnet(core)?[0-9]+(\\.[0-9]+)?|ruby[0-9]+\\.[0-9]+|go1\\.x|"
		       "provided(\\.al2|\\.al20[0-9]{2})?|nodejs[0-9]+\\.x|dotnet[0-9]+)$"))
		return 0;
	strbuf_addf(err, "\"%s\" is not a Lambda runtime identifier (e.g. \"python3.12\", "
		    "\"nodejs20.x\", \"java21\", \"provided.al2023\")", s);
	return -1;
}

int rule_lambda_runtimes(const json_t *v, const json_t *r, struct strbuf *err)
{
	size_t i;
	const json_t *e;
	if (!json_is_array(v))
		return rule_lambda_runtime(v, r, err);
	json_array_foreach(v, i, e) {
		if (aws_rule_unknown(e))
			continue;
		if (rule_lambda_runtime(e, r, err)) {
			strbuf_prefixf(err, "item %zu: ", i);
			return -1;
		}
	}
	return 0;
}

/* Deprecated runtimes whose "block function create" date has passed
 * (Lambda runtimes page, "Deprecated runtimes"). */
int rule_lambda_runtime_for_create(const json_t *v, const json_t *r, struct strbuf *err)
{
	static const char *const blocked[] = {
		"python2.7", "python3.6", "python3.7", "nodejs", "nodejs4.3", "nodejs4.3-edge",
		"nodejs6.10", "nodejs8.10", "nodejs10.x", "nodejs12.x", "nodejs14.x",
		"dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1", "dotnet5.0",
		"ruby2.5", "ruby2.7", "java8", "go1.x", "provided", NULL,
	};
	const char *s = json_string_value(v);
	(void)r;
	if (!s)
		return 0;
	for (size_t i = 0; blocked[i]; i++)
		if (!strcmp(s, blocked[i])) {
			strbuf_addf(err, "\"%s\" is deprecated: Lambda no longer creates functions "
				    "with it (e.g. \"python3.12\", \"nodejs20.x\", \"java21\", "
				    "\"provided.al2023\")", s);
			return -1;
		}
	return 0;
}

/* CreateFunction FunctionName: "If you specify only the function name, it
 * is limited to 64 characters in length" (the model's 140 is an ARN's);
 * a name is letters, digits, - and _. An ARN or a partial ARN (with ':')
 * is left to the model's constraint. */
int rule_lambda_function_name(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = json_string_value(v);
	(void)r;
	if (!s || strchr(s, ':'))
		return 0;
	if (strlen(s) > 64) {
		strbuf_addf(err, "\"%.40s...\" has %zu characters: a Lambda function name has 1 "
			    "to 64 (only an ARN may be longer) (e.g. \"load-orders\")", s, strlen(s));
		return -1;
	}
	return 0;
}

/* Lambda environment variables (Lambda API reference, Environment: "Key
 * Pattern: [a-zA-Z]([a-zA-Z0-9_])+"; Lambda Developer Guide, "Defined
 * runtime environment variables": the reserved keys, which a function's
 * configuration cannot set; "Lambda quotas": 4 KB for all of a function's
 * variables together). TZ is in the guide's table of reserved keys but
 * Lambda takes it, so it is not refused here. */
static const char *const lambda_reserved_keys[] = {
	"_HANDLER", "_X_AMZN_TRACE_ID", "AWS_DEFAULT_REGION", "AWS_REGION", "AWS_EXECUTION_ENV",
	"AWS_LAMBDA_FUNCTION_NAME", "AWS_LAMBDA_FUNCTION_MEMORY_SIZE",
	"AWS_LAMBDA_FUNCTION_VERSION", "AWS_LAMBDA_INITIALIZATION_TYPE",
	"AWS_LAMBDA_LOG_GROUP_NAME", "AWS_LAMBDA_LOG_STREAM_NAME", "AWS_ACCESS_KEY",
	"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN",
	"AWS_LAMBDA_RUNTIME_API", "LAMBDA_TASK_ROOT", "LAMBDA_RUNTIME_DIR", NULL,
};
#define LAMBDA_ENVIRONMENT_MAX 4096

int rule_lambda_environment(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *key;
	const json_t *value;
	size_t size = 1; /* what Lambda measures, the variables as JSON: {"K":"V",...} */
	(void)r;
	if (!aws_known_object(v))
		return 0;
	json_object_foreach((json_t *)v, key, value) {
		size += utf8_length(key) + 6; /* "K":"V", */
		if (json_is_string(value) && !aws_rule_unknown(value))
			size += utf8_length(json_string_value(value));
		if (aws_rule_key_unknown(key))
			continue;
		if (!matches(key, "^[a-zA-Z][a-zA-Z0-9_]+$")) {
			strbuf_addf(err, "key \"%s\": an environment variable's name is a letter, then "
				    "one or more letters, digits and _ (e.g. \"LOG_LEVEL\")", key);
			return -1;
		}
		for (size_t i = 0; lambda_reserved_keys[i]; i++)
			if (!strcmp(key, lambda_reserved_keys[i])) {
				strbuf_addf(err, "key \"%s\" is reserved: Lambda sets it for the "
					    "function and refuses it in the configuration", key);
				return -1;
			}
	}
	/* A value not known yet only adds to the size: what is known already
	 * over the quota is over it. */
	if (size > LAMBDA_ENVIRONMENT_MAX) {
		strbuf_addf(err, "the variables take at least %zu bytes as Lambda measures them "
			    "(as JSON): Lambda takes 4 KB (%d) for all of a function's variables",
			    size, LAMBDA_ENVIRONMENT_MAX);
		return -1;
	}
	return 0;
}

/* ---- RDS and Redshift ------------------------------------------------------ */

/* What RDS CreateDBInstance documents per engine
 * (https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html):
 * MasterUserPassword's length; MasterUsername's (the reference says 1 to
 * 16, but RDS takes up to 63 for PostgreSQL, 32 for MySQL, 30 for Oracle and
 * 128 for SQL Server, as its per-engine pages say: the larger stands, so no
 * valid name is refused); AllocatedStorage's range for General Purpose
 * (SSD) storage, the type RDS uses when none is sent (terrace sends none).
 * 0: not documented, not checked. */
struct rds_engine {
	const char *name;  /* the engine, or a prefix of engines ending in '-' */
	size_t password_max, user_max;
	double storage_min, storage_max;
	bool oracle;       /* no & or ' in the password either */
};

static const struct rds_engine rds_engines[] = {
	{ "postgres", 128, 63, 20, 65536, false },
	{ "mysql", 41, 32, 20, 65536, false },
	{ "mariadb", 41, 16, 20, 65536, false },
	{ "oracle-", 30, 30, 20, 65536, true },
	{ "sqlserver-", 128, 128, 20, 16384, false },
	{ "db2-", 255, 0, 20, 65536, false },
	{ "custom-oracle-", 30, 30, 40, 65536, true },
	{ "custom-sqlserver-", 128, 128, 40, 16384, false },
	{ NULL, 0, 0, 0, 0, false },
};

/* The engine of RDS instance r as far as it is known (the schema's default,
 * postgres, when the stack does not set it); NULL when it is not known yet
 * or is none of the above (Aurora's, a new one). */
static const struct rds_engine *rds_engine_of(const json_t *r, const char **name)
{
	const json_t *e = aws_known_object(r) ? json_object_get(r, "engine") : NULL;
	const char *s = (!e || json_is_null(e)) ? "postgres" : aws_known_string(e);
	*name = s;
	for (size_t i = 0; s && rds_engines[i].name; i++) {
		const char *n = rds_engines[i].name;
		size_t len = strlen(n);
		if (n[len - 1] == '-' ? !strncmp(s, n, len) : !strcmp(s, n))
			return &rds_engines[i];
	}
	return NULL;
}

/* MasterUserPassword: "any printable ASCII character except "/", """, or
 * "@"" (and RDS refuses a space: "Only printable ASCII characters besides
 * '/', '@', '"', ' ' may be used"); Oracle's also no & or '; 8 characters
 * at least, at most the engine's. The value is a secret: no message shows
 * it, or any of its characters. */
int rule_rds_master_password(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = aws_known_string(v), *name;
	const struct rds_engine *e = rds_engine_of(r, &name);
	size_t n;
	if (!s)
		return 0;
	n = strlen(s);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++)
		if (*p <= ' ' || *p > '~' || strchr("/\"@", *p) ||
		    (e && e->oracle && strchr("&'", *p))) {
			strbuf_addf(err, "holds a character RDS refuses in a master password: it takes "
				    "printable ASCII except / \" @ and space%s (the value is not shown)",
				    e && e->oracle ? ", and for Oracle & and '" : "");
			return -1;
		}
	if (n < 8 || (e && n > e->password_max)) {
		strbuf_addf(err, "has %zu characters: ", n);
		if (e)
			strbuf_addf(err, "a %s master password has 8 to %zu (the value is not shown)",
				    name, e->password_max);
		else
			strbuf_addstr(err, "an RDS master password has at least 8 (the value is not "
				      "shown)");
		return -1;
	}
	return 0;
}

/* MasterUsername: a letter, then letters, digits and _; at most the
 * engine's length; not a name the engine reserves: rdsadmin (RDS's own
 * user, every engine) and admin for PostgreSQL ("MasterUsername admin
 * cannot be used as it is a reserved word used by the engine"). */
int rule_rds_master_username(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = aws_known_string(v), *name;
	const struct rds_engine *e = rds_engine_of(r, &name);
	if (!s)
		return 0;
	if (!matches(s, "^[A-Za-z][A-Za-z0-9_]*$")) {
		strbuf_addf(err, "\"%s\": a master user name is a letter, then letters, digits and "
			    "_ (e.g. \"etl_admin\")", s);
		return -1;
	}
	if (e && e->user_max && strlen(s) > e->user_max) {
		strbuf_addf(err, "\"%s\" has %zu characters: a %s master user name has 1 to %zu "
			    "(e.g. \"etl_admin\")", s, strlen(s), name, e->user_max);
		return -1;
	}
	if (!strcmp(s, "rdsadmin") ||
	    (e && !strcmp(e->name, "postgres") && !strcmp(s, "admin"))) {
		strbuf_addf(err, "\"%s\" is reserved by %s (e.g. \"etl_admin\")", s,
			    !strcmp(s, "rdsadmin") ? "RDS" : "PostgreSQL on RDS");
		return -1;
	}
	return 0;
}

/* DBName of a PostgreSQL instance: 1 to 63 letters, digits and
 * underscores, a letter first (the other engines' rules differ and are
 * left to RDS). */
int rule_rds_db_name(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = aws_known_string(v), *name;
	const struct rds_engine *e = rds_engine_of(r, &name);
	if (!s || !e || strcmp(e->name, "postgres"))
		return 0;
	if (matches(s, "^[A-Za-z][A-Za-z0-9_]{0,62}$"))
		return 0;
	strbuf_addf(err, "\"%s\": a PostgreSQL database name is 1 to 63 letters, digits and _, a "
		    "letter first (e.g. \"orders\")", s);
	return -1;
}

/* AllocatedStorage in GiB: a whole number within the engine's range. */
int rule_rds_allocated_storage(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *name;
	const struct rds_engine *e = rds_engine_of(r, &name);
	double gib;
	if (!known_number(v, &gib))
		return 0;
	if (gib != floor(gib)) {
		strbuf_addf(err, "%g is not a whole number of GiB (e.g. 20)", gib);
		return -1;
	}
	if (e && (gib < e->storage_min || gib > e->storage_max)) {
		strbuf_addf(err, "%g GiB: a %s instance on General Purpose (SSD) storage takes %g to "
			    "%g (e.g. %g)", gib, name, e->storage_min, e->storage_max, e->storage_min);
		return -1;
	}
	return 0;
}

/* Redshift CreateCluster MasterUserPassword
 * (https://docs.aws.amazon.com/redshift/latest/APIReference/API_CreateCluster.html):
 * 8 to 64 characters, at least one upper-case letter, one lower-case
 * letter and one digit, printable ASCII (33-126) except ' " \ / @. Never
 * shown. */
int rule_redshift_master_password(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = aws_known_string(v);
	bool upper = false, lower = false, digit = false;
	size_t n;
	(void)r;
	if (!s)
		return 0;
	n = strlen(s);
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p < 33 || *p > 126 || strchr("'\"\\/@", *p)) {
			strbuf_addstr(err, "holds a character Redshift refuses in a master password: "
				      "it takes printable ASCII except ' \" \\ / @ and space (the "
				      "value is not shown)");
			return -1;
		}
		upper |= isupper(*p) != 0;
		lower |= islower(*p) != 0;
		digit |= isdigit(*p) != 0;
	}
	if (n < 8 || n > 64) {
		strbuf_addf(err, "has %zu characters: a Redshift master password has 8 to 64 (the "
			    "value is not shown)", n);
		return -1;
	}
	if (!upper || !lower || !digit) {
		strbuf_addf(err, "has no %s: a Redshift master password has at least one "
			    "upper-case letter, one lower-case letter and one digit (the value is "
			    "not shown)", !upper ? "upper-case letter" : !lower ? "lower-case letter"
			    : "digit");
		return -1;
	}
	return 0;
}

/* Redshift reserved words (Database Developer Guide, "Reserved words",
 * https://docs.aws.amazon.com/redshift/latest/dg/r_pg_keywords.html). */
static const char *const redshift_reserved[] = {
	"AES128", "AES256", "ALL", "ALLOWOVERWRITE", "ANALYSE", "ANALYZE", "AND", "ANY",
	"ARRAY", "AS", "ASC", "AUTHORIZATION", "AZ64", "BACKUP", "BETWEEN", "BINARY",
	"BLANKSASNULL", "BOTH", "BYTEDICT", "BZIP2", "CASE", "CAST", "CHECK", "COLLATE",
	"COLUMN", "CONSTRAINT", "CREATE", "CREDENTIALS", "CROSS", "CURRENT_DATE",
	"CURRENT_TIME", "CURRENT_TIMESTAMP", "CURRENT_USER", "CURRENT_USER_ID", "DEFAULT",
	"DEFERRABLE", "DEFLATE", "DEFRAG", "DELTA", "DELTA32K", "DESC", "DISABLE", "DISTINCT",
	"DO", "ELSE", "EMPTYASNULL", "ENABLE", "ENCODE", "ENCRYPT", "ENCRYPTION", "END",
	"EXCEPT", "EXPLICIT", "FALSE", "FOR", "FOREIGN", "FREEZE", "FROM", "FULL",
	"GLOBALDICT256", "GLOBALDICT64K", "GRANT", "GROUP", "GZIP", "HAVING", "IDENTITY",
	"IGNORE", "ILIKE", "IN", "INITIALLY", "INNER", "INTERSECT", "INTERVAL", "INTO", "IS",
	"ISNULL", "JOIN", "LEADING", "LEFT", "LIKE", "LIMIT", "LOCALTIME", "LOCALTIMESTAMP",
	"LUN", "LUNS", "LZO", "LZOP", "MINUS", "MOSTLY16", "MOSTLY32", "MOSTLY8", "NATURAL",
	"NEW", "NOT", "NOTNULL", "NULL", "NULLS", "OFF", "OFFLINE", "OFFSET", "OID", "OLD",
	"ON", "ONLY", "OPEN", "OR", "ORDER", "OUTER", "OVERLAPS", "PARALLEL", "PARTITION",
	"PERCENT", "PERMISSIONS", "PIVOT", "PLACING", "PRIMARY", "RAW", "READRATIO", "RECOVER",
	"REFERENCES", "REJECTLOG", "RESORT", "RESPECT", "RESTORE", "RIGHT", "SELECT",
	"SESSION_USER", "SIMILAR", "SNAPSHOT", "SOME", "SYSDATE", "SYSTEM", "TABLE", "TAG",
	"TDES", "TEXT255", "TEXT32K", "THEN", "TIMESTAMP", "TO", "TOP", "TRAILING", "TRUE",
	"TRUNCATECOLUMNS", "UNION", "UNIQUE", "UNNEST", "UNPIVOT", "USER", "USING", "VERBOSE",
	"WALLET", "WHEN", "WHERE", "WITH", "WITHOUT", "PUBLIC", NULL,
};

/* -1 with err when s is a Redshift reserved word, in any case (a name the
 * user may take instead is `example`). */
static int redshift_not_reserved(const char *s, const char *example, struct strbuf *err)
{
	for (size_t i = 0; redshift_reserved[i]; i++)
		if (!strcasecmp(s, redshift_reserved[i])) {
			strbuf_addf(err, "\"%s\" is a Redshift reserved word (e.g. \"%s\")", s,
				    example);
			return -1;
		}
	return 0;
}

/* Redshift CreateCluster MasterUsername: 1 to 128 characters, a letter
 * first, then letters, digits, _ + . @ -; not PUBLIC nor a reserved word
 * (in any case: Redshift folds names to lower case). The reference says
 * lower-case letters; an upper-case one is left to Redshift. */
int rule_redshift_master_username(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = aws_known_string(v);
	(void)r;
	if (!s)
		return 0;
	if (!matches(s, "^[A-Za-z][A-Za-z0-9_+.@-]*$") || strlen(s) > 128) {
		strbuf_addf(err, "\"%.40s%s\": a Redshift master user name has 1 to 128 letters, "
			    "digits, _ + . @ and -, a letter first (e.g. \"etl_admin\")", s,
			    strlen(s) > 40 ? "..." : "");
		return -1;
	}
	return redshift_not_reserved(s, "etl_admin", err);
}

/* Redshift CreateCluster DBName: 1 to 64 characters, not a reserved word.
 * The reference says alphanumeric and lower case; an upper-case letter, _
 * and $ (which PostgreSQL names take) are left to Redshift, so that no
 * valid name is refused. */
int rule_redshift_database_name(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = aws_known_string(v);
	(void)r;
	if (!s)
		return 0;
	if (!matches(s, "^[A-Za-z0-9_$]{1,64}$")) {
		strbuf_addf(err, "\"%.40s%s\": a Redshift database name has 1 to 64 letters, "
			    "digits, _ and $ (e.g. \"dev\")", s, strlen(s) > 40 ? "..." : "");
		return -1;
	}
	return redshift_not_reserved(s, "dev", err);
}

/* ---- time zones ------------------------------------------------------------ */

/* An IANA time zone name (EventBridge Scheduler ScheduleExpressionTimezone:
 * "the timezone in which the scheduling expression is evaluated", an IANA
 * name), held against the system's zoneinfo: the zones and links of
 * $TZDIR/tzdata.zi (TZDIR defaults to /usr/share/zoneinfo; Debian's tzdata
 * installs it), compared without case. 1 known, 0 not, -1 when there is no
 * list to read: the check then passes, never refuses. */
static int time_zone_known(const char *name)
{
	const char *dir = getenv("TZDIR");
	char *path = xasprintf("%s/tzdata.zi", dir && *dir ? dir : "/usr/share/zoneinfo");
	FILE *f = fopen(path, "r");
	char line[512];
	int found = 0;
	free(path);
	if (!f)
		return -1;
	while (!found && fgets(line, sizeof(line), f)) {
		char *zone = NULL, *save = NULL, *w = strtok_r(line, " \t\n", &save);
		if (w && !strcmp(w, "Z"))
			zone = strtok_r(NULL, " \t\n", &save);
		else if (w && !strcmp(w, "L") && strtok_r(NULL, " \t\n", &save))
			zone = strtok_r(NULL, " \t\n", &save);
		found = zone && !strcasecmp(zone, name);
	}
	fclose(f);
	return found;
}

int rule_time_zone(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = aws_known_string(v);
	(void)r;
	if (!s || time_zone_known(s) != 0)
		return 0;
	strbuf_addf(err, "\"%s\" is not an IANA time zone name (this system's zoneinfo has none "
		    "such; e.g. \"Europe/Paris\", \"America/New_York\", \"UTC\")", s);
	return -1;
}

/* ---- S3 locations ---------------------------------------------------------- */

/* Where a service reads or writes S3 objects (a Glue job's script, a
 * crawler's target, Athena's results): an s3://BUCKET/... URI. */
int rule_s3_uri(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = json_string_value(v);
	(void)r;
	if (!s || (!strncmp(s, "s3://", 5) && s[5]))
		return 0;
	strbuf_addf(err, "\"%s\" is not an s3:// URI (e.g. \"s3://my-bucket/scripts/job.py\")", s);
	return -1;
}

/* S3 object keys: "The name for a key is a sequence of Unicode characters
 * whose UTF-8 encoding is at most 1,024 bytes long" (Amazon S3 User Guide,
 * "Naming Amazon S3 objects"): bytes, not characters. */
#define S3_KEY_MAX_BYTES 1024

/* The first bytes of s, at most 40, cut at a character's start. */
static int shown_bytes(const char *s)
{
	size_t n = strlen(s) < 40 ? strlen(s) : 40;
	while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
		n--;
	return (int)n;
}

int rule_s3_key(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = aws_known_string(v);
	(void)r;
	if (!s || strlen(s) <= S3_KEY_MAX_BYTES)
		return 0;
	strbuf_addf(err, "\"%.*s...\" is %zu bytes of UTF-8 (%zu characters): an S3 object key "
		    "is at most %d bytes", shown_bytes(s), s, strlen(s), utf8_length(s),
		    S3_KEY_MAX_BYTES);
	return -1;
}

/* An aws.s3.artifact's prefix: the key is PREFIX + the file's name + "-" +
 * 16 hex digits (+ its extension), so a prefix longer than 1024 - 18
 * bytes makes no key S3 takes, whatever the file. */
int rule_s3_key_prefix(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = aws_known_string(v);
	const size_t least = 1 + 1 + 16; /* a one-character name, "-", the digest */
	(void)r;
	if (!s || strlen(s) + least <= S3_KEY_MAX_BYTES)
		return 0;
	strbuf_addf(err, "\"%.*s...\" is %zu bytes of UTF-8: with the file's name and digest "
		    "(at least %zu more) the key would pass S3's %d bytes", shown_bytes(s), s,
		    strlen(s), least, S3_KEY_MAX_BYTES);
	return -1;
}

/* ---- settings that go together (a row for the whole resource) ------------ */

/* Set: written (a template counts: it will be a value) or known. */
static bool is_set(const json_t *o, const char *name)
{
	return aws_known_object(o) && value_is_set(json_object_get(o, name));
}

/* A list as known now: NULL when it is not written or not known yet. */
static const json_t *known_list(const json_t *o, const char *name)
{
	const json_t *v = aws_known_object(o) ? json_object_get(o, name) : NULL;
	return json_is_array(v) && !aws_rule_unknown(v) ? v : NULL;
}

/* Glue CreateJob: WorkerType and NumberOfWorkers together, or MaxCapacity
 * (Glue API reference, CreateJob); JobCommand ScriptLocation. */
int rule_glue_job(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *command = json_object_get(v, "command");
	(void)r;
	if (aws_known_object(command) && !is_set(command, "script_location")) {
		strbuf_addstr(err, "command.script_location must be set (the s3:// URI of the "
			      "job's script)");
		return -1;
	}
	if (is_set(v, "worker_type") && is_set(v, "max_capacity")) {
		strbuf_addstr(err, "set worker_type with number_of_workers, or max_capacity, "
			      "not both");
		return -1;
	}
	if (is_set(v, "worker_type") != is_set(v, "number_of_workers")) {
		strbuf_addstr(err, "worker_type and number_of_workers must be set together");
		return -1;
	}
	return 0;
}

/* Glue CreateTrigger (Glue API reference; Glue Developer Guide, "Starting
 * jobs and crawlers using triggers"): a schedule for SCHEDULED, a predicate
 * for CONDITIONAL, no active state for ON_DEMAND; each condition names a job
 * with its state or a crawler with its crawl state; each action one job or
 * one crawler. */
int rule_glue_trigger(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *t = aws_known_member(v, "trigger_type");
	const json_t *predicate = json_object_get(v, "predicate");
	const json_t *list;
	const json_t *e;
	size_t i;
	(void)r;
	if (t && !strcmp(t, "SCHEDULED") != is_set(v, "schedule")) {
		strbuf_addstr(err, !strcmp(t, "SCHEDULED") ? "a SCHEDULED trigger needs a schedule"
			      : "schedule applies only to SCHEDULED triggers");
		return -1;
	}
	if (t && !strcmp(t, "CONDITIONAL") != is_set(v, "predicate")) {
		strbuf_addstr(err, !strcmp(t, "CONDITIONAL") ? "a CONDITIONAL trigger needs a predicate"
			      : "predicate applies only to CONDITIONAL triggers");
		return -1;
	}
	if (t && !strcmp(t, "ON_DEMAND") && is_set(v, "enabled")) {
		strbuf_addstr(err, "enabled does not apply to ON_DEMAND triggers, which have no "
			      "active state: leave it unset");
		return -1;
	}
	if ((list = known_list(predicate, "conditions")) != NULL) {
		if (!json_array_size(list)) {
			strbuf_addstr(err, "predicate.conditions must list at least one condition");
			return -1;
		}
		json_array_foreach(list, i, e) {
			if (!aws_known_object(e))
				continue;
			if (is_set(e, "job_name") == is_set(e, "crawler_name") ||
			    is_set(e, "job_name") != is_set(e, "state") ||
			    is_set(e, "crawler_name") != is_set(e, "crawl_state")) {
				strbuf_addf(err, "predicate condition %zu must set job_name with state, "
					    "or crawler_name with crawl_state", i);
				return -1;
			}
		}
	}
	if ((list = known_list(v, "actions")) != NULL) {
		if (!json_array_size(list)) {
			strbuf_addstr(err, "actions must list at least one action");
			return -1;
		}
		json_array_foreach(list, i, e) {
			if (aws_known_object(e) && is_set(e, "job_name") == is_set(e, "crawler_name")) {
				strbuf_addf(err, "action %zu must set exactly one of job_name and "
					    "crawler_name", i);
				return -1;
			}
		}
	}
	return 0;
}

/* EventBridge PutRule: a rule needs ScheduleExpression or EventPattern;
 * PutTargets: each target's Id is unique within the rule. */
int rule_events_rule(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *targets = known_list(v, "targets");
	const json_t *t;
	size_t i;
	(void)r;
	if (!is_set(v, "schedule_expression") && !is_set(v, "event_pattern")) {
		strbuf_addstr(err, "set schedule_expression or event_pattern (or both)");
		return -1;
	}
	json_array_foreach(targets, i, t) {
		const char *tid = aws_known_member(t, "id");
		for (size_t j = 0; tid && j < i; j++) {
			const char *other = aws_known_member(json_array_get(targets, j), "id");
			if (other && !strcmp(tid, other)) {
				strbuf_addf(err, "targets: id \"%s\" is used twice", tid);
				return -1;
			}
		}
	}
	return 0;
}

/* Glue CreateCrawler: at least one target; an S3 target's Path. */
int rule_glue_crawler(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *list = known_list(v, "s3_targets");
	const json_t *e;
	size_t i;
	(void)r;
	if (!list)
		return 0;
	if (!json_array_size(list)) {
		strbuf_addstr(err, "s3_targets must list at least one target");
		return -1;
	}
	json_array_foreach(list, i, e) {
		if (aws_known_object(e) && !is_set(e, "path")) {
			strbuf_addf(err, "s3_targets item %zu must set path", i);
			return -1;
		}
	}
	return 0;
}

/* Athena EncryptionConfiguration: KmsKey with SSE_KMS and CSE_KMS, and only
 * with them. */
int rule_athena_workgroup(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *enc = aws_known_member(v, "encryption");
	(void)r;
	if (aws_rule_unknown(json_object_get(v, "encryption")))
		return 0;
	if (enc && strcmp(enc, "SSE_S3") && !is_set(v, "kms_key")) {
		strbuf_addf(err, "kms_key must be set with encryption %s", enc);
		return -1;
	}
	if (is_set(v, "kms_key") && (!enc || !strcmp(enc, "SSE_S3"))) {
		strbuf_addstr(err, "kms_key is only for encryption SSE_KMS or CSE_KMS");
		return -1;
	}
	return 0;
}

/* EC2 CreateNatGateway: a public NAT gateway needs an Elastic IP's
 * AllocationId. */
int rule_nat_gateway(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *kind = json_object_get(v, "connectivity_type");
	(void)r;
	if (aws_rule_unknown(kind))
		return 0;
	if ((!value_is_set(kind) || !strcmp(json_string_value(kind) ? json_string_value(kind) : "",
					    "public")) &&
	    !is_set(v, "allocation_id")) {
		strbuf_addstr(err, "allocation_id must be set for a public NAT gateway "
				   "(an aws.ec2.eip's ${NAME.allocation_id})");
		return -1;
	}
	return 0;
}

/* Scheduler FlexibleTimeWindow: MaximumWindowInMinutes with FLEXIBLE, and
 * only with it. */
int rule_scheduler_window(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *mode = aws_known_member(v, "mode");
	(void)r;
	if (mode && !strcmp(mode, "FLEXIBLE") && !is_set(v, "maximum_window_in_minutes")) {
		strbuf_addstr(err, "mode FLEXIBLE needs maximum_window_in_minutes");
		return -1;
	}
	if (mode && !strcmp(mode, "OFF") && is_set(v, "maximum_window_in_minutes")) {
		strbuf_addstr(err, "maximum_window_in_minutes is only allowed with mode FLEXIBLE");
		return -1;
	}
	return 0;
}

/* Step Functions LoggingConfiguration: a level other than OFF needs a
 * destination. */
int rule_sfn_logging(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *level = aws_known_member(v, "level");
	(void)r;
	if (level && strcmp(level, "OFF") && !is_set(v, "log_group_arn")) {
		strbuf_addf(err, "level %s needs log_group_arn (a CloudWatch Logs log group ARN "
			    "ending in \":*\")", level);
		return -1;
	}
	return 0;
}

/* Glue CreateTable: a view (TableType VIRTUAL_VIEW) is its SQL and columns;
 * its texts and storage follow from them. */
int rule_glue_table_view(const json_t *v, const json_t *r, struct strbuf *err)
{
	static const char *const follows[] = { "view_original_text", "view_expanded_text",
					       "storage_descriptor", "open_table_format_input", NULL };
	const json_t *view = json_object_get(v, "view");
	const char *tt = aws_known_member(v, "table_type");
	const json_t *columns = known_list(view, "columns");
	(void)r;
	if (!aws_known_object(view))
		return 0;
	if (tt && strcmp(tt, "VIRTUAL_VIEW")) {
		strbuf_addf(err, "view: a view's table_type is VIRTUAL_VIEW, not \"%s\"", tt);
		return -1;
	}
	for (size_t i = 0; follows[i]; i++)
		if (is_set(v, follows[i])) {
			strbuf_addf(err, "view: %s cannot be set with view (it follows from view's "
				    "sql and columns)", follows[i]);
			return -1;
		}
	if (columns && !json_array_size(columns)) {
		strbuf_addstr(err, "view.columns: a view has at least one column");
		return -1;
	}
	return 0;
}

/* A Glue connection's password is its own attribute, kept secret; in
 * connection_properties it would be stored and shown in the clear. */
int rule_glue_connection_properties(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	if (aws_known_object(v) && json_object_get(v, "PASSWORD")) {
		strbuf_addstr(err, "must not hold PASSWORD: set the password attribute, which is "
			      "kept secret");
		return -1;
	}
	return 0;
}

/* RDS CreateDBInstance: MasterUserPassword or ManageMasterUserPassword, one
 * of the two. */
int rule_rds_password(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *manage = json_object_get(v, "manage_master_user_password");
	bool have_password = is_set(v, "master_password");
	(void)r;
	if (aws_rule_unknown(manage))
		return 0;
	if (have_password && json_is_true(manage)) {
		strbuf_addstr(err, "set master_password or manage_master_user_password: true, "
			      "not both");
		return -1;
	}
	if (!have_password && !json_is_true(manage)) {
		strbuf_addstr(err, "master_password is not set: set it, or set "
			      "manage_master_user_password: true to have RDS keep the password in "
			      "Secrets Manager");
		return -1;
	}
	return 0;
}

/* EC2 CreateVpcEndpoint: a Gateway endpoint takes route tables, an Interface
 * endpoint subnets, security groups and private DNS. */
int rule_vpc_endpoint_kind(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *kind = json_object_get(v, "vpc_endpoint_type");
	const json_t *list;
	bool interface;
	(void)r;
	if (aws_rule_unknown(kind))
		return 0;
	interface = json_is_string(kind) && !strcmp(json_string_value(kind), "Interface");
	if (interface && (list = known_list(v, "route_table_ids")) && json_array_size(list)) {
		strbuf_addstr(err, "route_table_ids is for Gateway endpoints; an Interface endpoint "
			      "takes subnet_ids and security_group_ids");
		return -1;
	}
	if (!interface && (((list = known_list(v, "subnet_ids")) && json_array_size(list)) ||
			   ((list = known_list(v, "security_group_ids")) && json_array_size(list)) ||
			   json_is_true(json_object_get(v, "private_dns_enabled")))) {
		strbuf_addstr(err, "subnet_ids, security_group_ids and private_dns_enabled are for "
			      "Interface endpoints (set vpc_endpoint_type: Interface)");
		return -1;
	}
	return 0;
}

/* EC2 CreateRoute: one target per route; one route per destination. */
int rule_route_table_routes(const json_t *v, const json_t *r, struct strbuf *err)
{
	size_t i;
	const json_t *route;
	(void)r;
	if (!json_is_array(v))
		return 0;
	json_array_foreach(v, i, route) {
		const char *dest = aws_known_member(route, "destination_cidr_block");
		if (!aws_known_object(route))
			continue;
		if (is_set(route, "gateway_id") + is_set(route, "nat_gateway_id") != 1) {
			strbuf_addf(err, "item %zu: set exactly one of gateway_id and nat_gateway_id", i);
			return -1;
		}
		for (size_t j = 0; dest && j < i; j++) {
			const char *other = aws_known_member(json_array_get(v, j),
							     "destination_cidr_block");
			if (other && !strcmp(dest, other)) {
				strbuf_addf(err, "item %zu: destination %s is routed twice", i, dest);
				return -1;
			}
		}
	}
	return 0;
}

/* Secrets Manager DeleteSecret RecoveryWindowInDays: 7 to 30; terrace's 0
 * deletes at once (ForceDeleteWithoutRecovery). */
int rule_secret_recovery_window(const json_t *v, const json_t *r, struct strbuf *err)
{
	double days;
	(void)r;
	if (!known_number(v, &days))
		return 0;
	if (days != 0 && (days < 7 || days > 30 || days != (double)(long long)days)) {
		strbuf_addf(err, "must be 0 (delete at once) or a whole number from 7 to 30, got %g",
			    days);
		return -1;
	}
	return 0;
}

/* Lambda CreateFunction Architectures: exactly one (an empty list reads back
 * as x86_64 and would plan a change for ever). */
int rule_lambda_architectures(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	if (json_is_array(v) && json_array_size(v) != 1) {
		strbuf_addstr(err, "must hold exactly one of \"x86_64\" and \"arm64\"");
		return -1;
	}
	return 0;
}

/* An IAM user's password and secret key go to a Secrets Manager secret,
 * never into the state. */
int rule_iam_user_credentials(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *secret = json_object_get(v, "credentials_secret");
	(void)r;
	if (!json_is_true(json_object_get(v, "login_profile")) &&
	    !json_is_true(json_object_get(v, "access_key")))
		return 0;
	if (aws_rule_unknown(secret) || (json_is_string(secret) && *json_string_value(secret)))
		return 0;
	strbuf_addstr(err, "login_profile and access_key make a password and a secret key that "
		      "the state cannot keep: set credentials_secret to the name of a Secrets "
		      "Manager secret for terrace to write them to");
	return -1;
}

/* ---- RDS and Redshift names ---------------------------------------------- */

/* RDS and Redshift identifiers (instances, clusters, snapshots): 1 to max
 * letters, digits and hyphens, a letter first, no hyphen last or twice in a
 * row; lower_only: no capital (Redshift's rule; RDS takes any case and
 * keeps the identifier in lower case). */
static int db_identifier(const json_t *v, size_t max, bool lower_only, const char *source,
			 struct strbuf *err)
{
	const char *s = aws_known_string(v);
	size_t n = s ? strlen(s) : 0;
	bool ok = n >= 1 && n <= max && isalpha((unsigned char)s[0]) && s[n - 1] != '-';

	if (!s)
		return 0;
	for (size_t i = 0; ok && i < n; i++) {
		unsigned char ch = (unsigned char)s[i];
		ok = (isalnum(ch) || ch == '-') && !(lower_only && isupper(ch)) &&
		     !(ch == '-' && s[i + 1] == '-');
	}
	if (ok)
		return 0;
	strbuf_addf(err, "\"%s\" is not valid: use 1 to %zu %sletters, digits and hyphens, "
		    "starting with a letter, without a hyphen at the end or two in a row "
		    "(e.g. \"orders-db\"; %s)", s, max, lower_only ? "lower-case " : "", source);
	return -1;
}

int rule_rds_identifier(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return db_identifier(v, 63, false, "RDS CreateDBInstance DBInstanceIdentifier", err);
}

int rule_rds_snapshot_identifier(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return db_identifier(v, 255, false, "RDS DeleteDBInstance FinalDBSnapshotIdentifier",
			     err);
}

int rule_redshift_identifier(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return db_identifier(v, 63, true, "Redshift CreateCluster ClusterIdentifier", err);
}

int rule_redshift_snapshot_identifier(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return db_identifier(v, 255, true,
			     "Redshift DeleteCluster FinalClusterSnapshotIdentifier", err);
}

/* RDS DeleteDBInstance and Redshift DeleteCluster take a final snapshot
 * unless told to skip it, and then need its name. */
int rule_db_final_snapshot(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *skip = json_object_get(v, "skip_final_snapshot");
	(void)r;
	if (aws_rule_unknown(skip) || json_is_true(skip) || is_set(v, "final_snapshot_identifier"))
		return 0;
	strbuf_addstr(err, "final_snapshot_identifier must be set when skip_final_snapshot is false "
		      "(the default): destroy takes a final snapshot under that name; or set "
		      "skip_final_snapshot: true");
	return -1;
}

/* DB subnet group names (RDS CreateDBSubnetGroup: letters, digits, periods,
 * underscores, spaces and hyphens; Redshift CreateClusterSubnetGroup:
 * letters, digits and hyphens), 1 to 255 of them, not "default"; both
 * services keep the name in lower case, and so do the types. */
static int subnet_group_name(const json_t *v, const char *extra, const char *source,
			     struct strbuf *err)
{
	const char *s = aws_known_string(v);
	size_t n = s ? strlen(s) : 0;
	bool ok = n >= 1 && n <= 255 && strcasecmp(s, "default");

	if (!s)
		return 0;
	for (size_t i = 0; ok && i < n; i++)
		ok = isalnum((unsigned char)s[i]) || s[i] == '-' || strchr(extra, s[i]);
	if (ok)
		return 0;
	strbuf_addf(err, "\"%s\" is not valid: use 1 to 255 letters, digits%s and hyphens, not "
		    "\"default\" (e.g. \"orders-db\"; %s)", s,
		    *extra ? ", periods, underscores, spaces" : "", source);
	return -1;
}

int rule_rds_subnet_group_name(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return subnet_group_name(v, "._ ", "RDS CreateDBSubnetGroup DBSubnetGroupName", err);
}

int rule_redshift_subnet_group_name(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return subnet_group_name(v, "", "Redshift CreateClusterSubnetGroup "
				 "ClusterSubnetGroupName", err);
}

/* A subnet group holds subnets (RDS: in at least two availability zones). */
int rule_subnet_group_subnets(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	if (!json_is_array(v) || json_array_size(v))
		return 0;
	strbuf_addstr(err, "an empty list: a subnet group needs subnets (for RDS, in at least two "
		      "availability zones)");
	return -1;
}

/* ---- Glue connections, Lambda code -------------------------------------- */

/* A member of a connection's placement given: a non-empty list, or set. */
static bool placement_given(const json_t *pcr, const char *name)
{
	const json_t *v = json_object_get(pcr, name);
	if (json_is_array(v))
		return json_array_size(v) > 0;
	if (json_is_string(v))
		return json_string_length(v) > 0;
	return value_is_set(v);
}

/* The connection's type as AWS takes it (JDBC when unset), or NULL when it
 * is not known yet. */
static const char *glue_connection_type(const json_t *r)
{
	const json_t *t = json_object_get(r, "connection_type");
	return !t || json_is_null(t) ? "JDBC" : aws_known_string(t);
}

/* Glue CreateConnection PhysicalConnectionRequirements: a NETWORK
 * connection is a placement in a VPC, and needs one. */
int rule_glue_connection_network(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *type = glue_connection_type(v);
	const json_t *pcr = json_object_get(v, "physical_connection_requirements");
	(void)r;
	if (!type || strcmp(type, "NETWORK") || value_is_set(pcr))
		return 0;
	strbuf_addstr(err, "physical_connection_requirements is missing: a NETWORK connection is a "
		      "placement in a VPC and needs subnet_id, security_group_id_list and "
		      "availability_zone");
	return -1;
}

/* ... and a NETWORK or JDBC connection placed in a VPC names the subnet,
 * at least one security group and the subnet's availability zone,
 * together. */
int rule_glue_connection_placement(const json_t *v, const json_t *r, struct strbuf *err)
{
	static const char *const members[] = { "subnet_id", "security_group_id_list",
					       "availability_zone", NULL };
	const char *type = glue_connection_type(r);
	bool network, any = false;

	if (!type || !aws_known_object(v))
		return 0;
	network = !strcmp(type, "NETWORK");
	if (!network && strcmp(type, "JDBC"))
		return 0;
	for (size_t i = 0; members[i]; i++)
		any |= placement_given(v, members[i]);
	if (!any && !network)
		return 0;
	for (size_t i = 0; members[i]; i++) {
		if (placement_given(v, members[i]))
			continue;
		strbuf_addf(err, "%s is missing: a %s connection placed in a VPC needs subnet_id, "
			    "security_group_id_list (at least one group) and availability_zone "
			    "(the subnet's) together", members[i], network ? "NETWORK" : "JDBC");
		return -1;
	}
	return 0;
}

/* Lambda CreateFunction Code and PublishLayerVersion Content: a package
 * (terrace's source, build or python, sent as ZipFile) or an S3 object
 * (S3Bucket with S3Key, S3ObjectVersion with them only); a package is built
 * by build or by python, not both. */
int rule_lambda_code_form(const json_t *v, const json_t *r, struct strbuf *err)
{
	bool source = is_set(v, "source") || is_set(v, "build") || is_set(v, "python");
	bool bucket = is_set(v, "s3_bucket");
	(void)r;
	if (is_set(v, "build") && is_set(v, "python")) {
		strbuf_addstr(err, "set build or python, not both");
		return -1;
	}
	if (source == bucket) {
		strbuf_addstr(err, "set exactly one of source (or build, or python) and s3_bucket "
			      "(with s3_key)");
		return -1;
	}
	if (bucket != is_set(v, "s3_key")) {
		strbuf_addstr(err, "s3_bucket and s3_key go together");
		return -1;
	}
	if (source && is_set(v, "s3_object_version")) {
		strbuf_addstr(err, "s3_object_version goes with s3_bucket and s3_key, not source");
		return -1;
	}
	return 0;
}

/* terrace's aws.s3.artifact uploads a local file: `source`, or the output
 * of `build`. */
int rule_artifact_source(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	if (is_set(v, "source") || is_set(v, "build"))
		return 0;
	strbuf_addstr(err, "set source (the local file to upload) or build (a command that makes "
		      "it)");
	return -1;
}

/* A security group rule's description (EC2 IpRange, UserIdGroupPair,
 * PrefixListId Description): up to 255 of a-z, A-Z, 0-9, space and
 * ._-:/()#,@[]+=&;{}!$* */
int rule_sg_rule_description(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = aws_known_string(v);
	(void)r;
	if (!s)
		return 0;
	if (strlen(s) > 255) {
		strbuf_addf(err, "has %zu characters: a rule's description has at most 255", strlen(s));
		return -1;
	}
	for (const char *p = s; *p; p++)
		if (!isalnum((unsigned char)*p) || (unsigned char)*p > 127)
			if (!strchr(" ._-:/()#,@[]+=&;{}!$*", *p)) {
				strbuf_addf(err, "\"%s\": a rule's description takes letters, digits, "
					    "spaces and ._-:/()#,@[]+=&;{}!$* only (e.g. \"from the "
					    "office\")", s);
				return -1;
			}
	return 0;
}
