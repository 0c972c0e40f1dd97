/*
 * rules_s3.c: the S3 rules its models do not carry (rules.h): bucket names,
 * lifecycle rules, s3:// locations, object keys and an artifact's source.
 */
#include <arpa/inet.h>
#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "provider/aws/rules.h"
#include "provider/aws/rules_shared.h"
#include "provider/provider.h"

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
 * bytes makes no key S3 takes, whatever the file; and a key is relative to
 * the bucket, so a prefix does not start with "/". */
int rule_s3_key_prefix(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = aws_known_string(v);
	const size_t least = 1 + 1 + 16; /* a one-character name, "-", the digest */
	(void)r;
	if (s && s[0] == '/') {
		strbuf_addf(err, "\"%.*s\" starts with \"/\": S3 keys are relative to the bucket "
			    "(e.g. \"glue/\")", shown_bytes(s), s);
		return -1;
	}
	if (!s || strlen(s) + least <= S3_KEY_MAX_BYTES)
		return 0;
	strbuf_addf(err, "\"%.*s...\" is %zu bytes of UTF-8: with the file's name and digest "
		    "(at least %zu more) the key would pass S3's %d bytes", shown_bytes(s), s,
		    strlen(s), least, S3_KEY_MAX_BYTES);
	return -1;
}

/* A folder of an aws.s3.bucket (an empty object whose key ends in "/", as
 * the S3 console makes one): a prefix with something besides slashes. */
int rule_s3_folder(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = aws_known_string(v);
	(void)r;
	if (!s || s[strspn(s, "/")])
		return 0;
	strbuf_addf(err, "\"%s\": a folder must be a non-empty prefix like \"data/raw/\"", s);
	return -1;
}

/* An aws.s3.object's metadata, sent as x-amz-meta-KEY headers (Amazon S3
 * User Guide, "Working with object metadata": user-defined metadata is
 * stored with lower-case keys): a key is a non-empty word without spaces,
 * colons or line breaks, in lower case, and not content-sha256, where
 * terrace keeps the object's hash; a value is a string on one line. */
/* S3 takes at most 10 tags on an object (Amazon S3 User Guide,
 * "Categorizing your storage using tags"). The count waits for every key:
 * keys not known yet may turn out to be one. terrace's own tags are not
 * counted: they go on an object only while its tags leave room for them.
 * A row for the whole resource (v is the object's attributes): the tags
 * attribute has its row for every type already, rule_tags. */
#define S3_OBJECT_MAX_TAGS 10

int rule_s3_object_tags(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *key;
	json_t *value;
	size_t n = 0;
	(void)r;
	v = aws_known_object(v) ? json_object_get(v, "tags") : NULL;
	if (!aws_known_object(v))
		return 0;
	json_object_foreach((json_t *)v, key, value) {
		if (aws_rule_key_unknown(key))
			return 0;
		if (strncmp(key, "terrace:", 8))
			n++;
	}
	if (n > S3_OBJECT_MAX_TAGS) {
		strbuf_addf(err, "tags: %zu tags: S3 takes at most %d on an object (terrace adds its "
			    "own terrace:stack and terrace:workspace only while they fit)", n,
			    S3_OBJECT_MAX_TAGS);
		return -1;
	}
	return 0;
}

int rule_s3_metadata(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *key;
	json_t *value;
	(void)r;
	if (!aws_known_object(v))
		return 0;
	json_object_foreach((json_t *)v, key, value) {
		if (aws_rule_key_unknown(key))
			continue;
		if (!*key || strpbrk(key, " :\r\n\t")) {
			strbuf_addf(err, "key \"%s\" must be a non-empty word without spaces or "
				    "colons (e.g. \"team\")", key);
			return -1;
		}
		for (const char *k = key; *k; k++) {
			if (*k >= 'A' && *k <= 'Z') {
				strbuf_addf(err, "key \"%s\" must be lower-case: S3 stores metadata "
					    "keys lower-case", key);
				return -1;
			}
		}
		if (!strcasecmp(key, "content-sha256")) {
			strbuf_addstr(err, "key \"content-sha256\" is reserved: terrace stores the "
				      "object's hash there");
			return -1;
		}
		if (aws_rule_unknown(value))
			continue;
		if (!json_is_string(value) || strpbrk(json_string_value(value), "\r\n")) {
			strbuf_addf(err, "\"%s\" must be a string on one line", key);
			return -1;
		}
	}
	return 0;
}

/* ---- settings that go together (a row for the whole resource) ------------ */

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

/* An aws.s3.object's bytes come from one place: a local file (source) or
 * the stack (content). */
int rule_s3_object_body(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	if (is_set(v, "source") != is_set(v, "content"))
		return 0;
	strbuf_addstr(err, "set exactly one of source and content");
	return -1;
}
