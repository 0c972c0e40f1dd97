/*
 * s3/rules.c: the S3 rules its models do not carry (checks/rules.h): bucket names,
 * lifecycle rules, s3:// locations, object keys, an artifact's source and
 * the filters of a bucket's notifications;
 * across resources, a bucket notification's destinations that let S3 deliver;
 * and, against the client plan and apply send with, a bucket's region. AWS's
 * words as rows (AWS_SAYS, checks/words/s3.words): a default KMS key only
 * with KMS and, when the stack makes it, a symmetric encryption key; and on
 * the awscc bucket what the registry's sentences say of its replication,
 * object lock, logging, website, lifecycle and Intelligent-Tiering
 * configurations.
 */
#include <arpa/inet.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "provider/aws/iam/api.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/s3/api.h"
#include "provider/aws/transport/transport.h"
#include "provider/aws/checks/shared.h"
#include "provider/base/text.h"
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
 * And the days of one rule against each other and its classes:
 * - a transition to STANDARD_IA or ONEZONE_IA comes 30 days or more after
 *   creation (Amazon S3 User Guide, "Transitioning objects": "Before you
 *   transition objects to S3 Standard-IA or S3 One Zone-IA, you must store
 *   them for at least 30 days"; the API page's "greater than 30" is not
 *   what S3 enforces: 30 is taken, so 30 passes here); the other classes
 *   take 0;
 * - expiration_days is more than every transition's days (S3 refuses the
 *   configuration: "'Days' in the Expiration action ... must be greater
 *   than 'Days' in the Transition action"; the user guide's lifecycle
 *   examples say the same).
 * noncurrent_version_expiration_days has no transition of its own here
 * (terrace sends no NoncurrentVersionTransition), so it has no pair. */
/* One rule's days against each other and its storage classes (above). */
static int lifecycle_days(const json_t *rule, size_t i, struct strbuf *err)
{
	const json_t *ts = json_object_get(rule, "transitions");
	const json_t *t;
	double expire = 0, days = 0;
	bool expires = known_number(json_object_get(rule, "expiration_days"), &expire);
	size_t j;

	json_array_foreach(ts, j, t) {
		const char *c = value_known_member(t, "storage_class");
		if (!value_known_object(t) || !known_number(json_object_get(t, "days"), &days))
			continue;
		if (c && (!strcmp(c, "STANDARD_IA") || !strcmp(c, "ONEZONE_IA")) && days < 30) {
			strbuf_addf(err, "rule %zu: transition %zu: days %g: S3 moves objects to %s "
				    "only after 30 days or more (e.g. days: 30; GLACIER and "
				    "INTELLIGENT_TIERING take 0)", i + 1, j + 1, days, c);
			return -1;
		}
		if (expires && expire <= days) {
			strbuf_addf(err, "rule %zu: expiration_days %g is not after transition %zu's "
				    "days %g: S3 requires expiration days greater than every "
				    "transition's (e.g. expiration_days: %g)", i + 1, expire, j + 1, days,
				    days + 1);
			return -1;
		}
	}
	return 0;
}

/* A rule does something and has an ID of its own (S3 refuses the
 * configuration otherwise: "At least one action needs to be specified in a
 * rule"; "Rule ID must be unique. Found same ID for more than one rule";
 * LifecycleRule: ID, "Unique identifier for the rule", and its actions). */
static int lifecycle_rule_alone(const json_t *rules, const json_t *rule, size_t i,
				struct strbuf *err)
{
	static const char *const actions[] = { "expiration_days",
					       "noncurrent_version_expiration_days", NULL };
	const json_t *ts = json_object_get(rule, "transitions");
	const char *id = value_known_member(rule, "id");
	bool acts = json_is_array(ts) ? json_array_size(ts) > 0 : value_is_set(ts);

	for (size_t a = 0; actions[a] && !acts; a++)
		acts = value_is_set(json_object_get(rule, actions[a]));
	if (!acts) {
		strbuf_addf(err, "rule %zu%s%s%s: no action: S3 needs at least one of "
			    "expiration_days, noncurrent_version_expiration_days and transitions in a "
			    "rule", i + 1, id ? " (\"" : "", id ? id : "", id ? "\")" : "");
		return -1;
	}
	for (size_t j = 0; id && j < i; j++) {
		const char *other = value_known_member(json_array_get(rules, j), "id");
		if (other && !strcmp(other, id)) {
			strbuf_addf(err, "rules %zu and %zu: id \"%s\" twice: S3 takes one rule per "
				    "ID", j + 1, i + 1, id);
			return -1;
		}
	}
	return 0;
}

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
		if (!value_known_object(rule))
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
		const char *id = value_known_member(rule, "id");
		if (id && utf8_chars(id) > 255) {
			strbuf_addf(err, "rule %zu: id is %zu characters: S3 takes at most 255 (\"The "
				    "value cannot be longer than 255 characters\")", i + 1,
				    utf8_chars(id));
			return -1;
		}
		const json_t *ts = json_object_get(rule, "transitions");
		json_array_foreach(ts, j, t) {
			const char *c = value_known_member(t, "storage_class");
			double n;
			size_t k;
			if (known_number(json_object_get(t, "days"), &n) &&
			    (n < 0 || n != (double)(long long)n)) {
				strbuf_addf(err, "rule %zu: transition %zu: days %g: S3 takes a whole "
					    "number of days, 0 or more (e.g. days: 0)", i + 1, j + 1, n);
				return -1;
			}
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
		if (lifecycle_days(rule, i, err) || lifecycle_rule_alone(v, rule, i, err))
			return -1;
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
	const char *s = value_known_string(v);
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
static int rule_s3_key_prefix(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = value_known_string(v);
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
	const char *s = value_known_string(v);
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
	v = value_known_object(v) ? json_object_get(v, "tags") : NULL;
	if (!value_known_object(v))
		return 0;
	json_object_foreach((json_t *)v, key, value) {
		if (value_key_not_known(key))
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

/* User-defined metadata is at most 2 KB: "the sum of the number of bytes in
 * the UTF-8 encoding of each key and value" (Amazon S3 User Guide, "Working
 * with object metadata"), and terrace adds its own content-sha256 (64 hex
 * digits) to every object it uploads, so the stack's own get 2048 - 78
 * bytes. Counted once every key and value is known. */
#define S3_METADATA_MAX_BYTES 2048
#define S3_TERRACE_METADATA_BYTES (sizeof("content-sha256") - 1 + 64)

static int s3_metadata_size(const json_t *v, struct strbuf *err)
{
	const char *key;
	json_t *value;
	size_t n = S3_TERRACE_METADATA_BYTES;

	json_object_foreach((json_t *)v, key, value) {
		const char *s = value_known_string(value);
		if (value_key_not_known(key) || !s)
			return 0;
		n += strlen(key) + strlen(s);
	}
	if (n <= S3_METADATA_MAX_BYTES)
		return 0;
	strbuf_addf(err, "%zu bytes of keys and values with terrace's own content-sha256 (%zu "
		    "bytes): S3 takes at most %d bytes of user-defined metadata (write at most %zu "
		    "here)", n, S3_TERRACE_METADATA_BYTES, S3_METADATA_MAX_BYTES,
		    S3_METADATA_MAX_BYTES - S3_TERRACE_METADATA_BYTES);
	return -1;
}

/* An aws.s3.object's metadata: lower-case word keys, one-line values, not
 * the content-sha256 terrace keeps. */
static int rule_s3_metadata(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *key;
	json_t *value;
	(void)r;
	if (!value_known_object(v))
		return 0;
	json_object_foreach((json_t *)v, key, value) {
		if (value_key_not_known(key))
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
		if (value_not_known(value))
			continue;
		if (!json_is_string(value) || strpbrk(json_string_value(value), "\r\n")) {
			strbuf_addf(err, "\"%s\" must be a string on one line", key);
			return -1;
		}
	}
	return s3_metadata_size(v, err);
}

/* ---- settings that go together (a row for the whole resource) ------------ */

/* terrace's aws.s3.artifact uploads a local file: `source`, or the output
 * of `build`. */
static int rule_artifact_source(const json_t *v, const json_t *r, struct strbuf *err)
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
	bool source = is_set(v, "source"), content = is_set(v, "content");
	if (source != content || (source && (!surely_set(v, "source") || !surely_set(v, "content"))))
		return 0; /* one, or two of which one may be null (a module's condition) */
	strbuf_addstr(err, "set exactly one of source and content");
	return -1;
}

/* A public bucket policy on a bucket whose Block Public Access is left as
 * S3 sets it. Since April 2023 every new bucket has all four Block Public
 * Access settings on (Amazon S3 User Guide, "Blocking public access to your
 * Amazon S3 storage"; "Default settings for new S3 buckets FAQ"), and with
 * BlockPublicPolicy on, PutBucketPolicy of a public policy is refused
 * (AccessDenied: "public policies are blocked by the BlockPublicPolicy block
 * public access setting"). A statement is public here only in the plainest
 * way: Effect Allow to Principal "*" (or {"AWS": "*"}) with no Condition at
 * all; a condition can make it non-public ("The meaning of public": fixed
 * source IPs, accounts, VPCs, organizations...), so any condition passes and
 * is left to S3. The stack says it wants such a policy by setting
 * public_access_block with block_public_policy false (terrace puts the
 * block before the policy). A row for the whole resource. */
static bool principal_is_everyone(const json_t *p)
{
	const json_t *aws;
	size_t i;
	const json_t *e;

	if (json_is_string(p))
		return !strcmp(json_string_value(p), "*");
	if (!json_is_object(p) || json_object_size(p) != 1 || !(aws = json_object_get(p, "AWS")))
		return false;
	if (json_is_string(aws))
		return !strcmp(json_string_value(aws), "*");
	json_array_foreach(aws, i, e)
		if (json_is_string(e) && !strcmp(json_string_value(e), "*"))
			return true;
	return false;
}

int rule_s3_public_policy(const json_t *v, const json_t *r, struct strbuf *err)
{
	const json_t *pab = json_object_get(v, "public_access_block");
	const json_t *block = value_known_object(pab) ? json_object_get(pab, "block_public_policy")
						    : NULL;
	const json_t *policy = json_object_get(v, "policy"), *sts, *st;
	json_t *doc;
	bool own, public = false;
	size_t i;
	(void)r;
	if (value_not_known(pab) || (value_known_object(pab) && !json_is_true(block)))
		return 0; /* the stack turns it off, or says so once known */
	if (!value_is_set(policy) || value_not_known(policy) ||
	    !(doc = policy_json(policy, &own)))
		return 0;
	sts = json_object_get(doc, "Statement");
	if (json_is_object(sts))
		public = !strcmp(value_known_member(sts, "Effect") ? value_known_member(sts, "Effect")
								   : "", "Allow") &&
			 principal_is_everyone(json_object_get(sts, "Principal")) &&
			 !json_object_get(sts, "Condition");
	json_array_foreach(sts, i, st) {
		const char *effect = value_known_member(st, "Effect");
		if (effect && !strcmp(effect, "Allow") &&
		    principal_is_everyone(json_object_get(st, "Principal")) &&
		    !json_object_get(st, "Condition"))
			public = true;
	}
	if (own)
		json_decref(doc);
	if (!public)
		return 0;
	strbuf_addf(err, "policy: a statement allows Principal \"*\" without a condition, a "
		    "public policy, which S3 refuses while Block Public Access's "
		    "block_public_policy is on%s: set public_access_block: "
		    "{block_public_policy: false} (and restrict_public_buckets: false) if the bucket "
		    "is meant to be public",
		    value_known_object(pab) ? "" : " (every new bucket has it on since April 2023)");
	return -1;
}

/* ---- across resources: a notification's destinations allow S3 ----------- */

/* The index of the resource of the stack `s` refers to as ${NAME.ATTR}
 * (the whole value), or n; *attr gets ATTR. */
static size_t referred(const struct written_resource *rs, size_t n, const char *s, char attr[32])
{
	char name[256], rest;
	size_t k;

	if (!s || sscanf(s, " ${ %255[A-Za-z0-9_-].%31[a-z_] } %c", name, attr, &rest) != 2)
		return n;
	for (k = 0; k < n && strcmp(rs[k].name, name); k++)
		;
	return k;
}

/* Whether text (a value as written, dumped) names the bucket: a reference to
 * its resource, or its name as written. */
static bool names_bucket(const char *text, const char *bucket_res, const char *bucket_name)
{
	char *ref;
	bool found;

	if (!text)
		return false;
	ref = bucket_res ? xasprintf("${%s.", bucket_res) : NULL;
	found = (ref && strstr(text, ref)) ||
		(bucket_name && *bucket_name && !strstr(bucket_name, "${") &&
		 strstr(text, bucket_name));
	free(ref);
	return found;
}

/* Whether value v (as written) names the bucket; NULL v: false. */
static bool value_names_bucket(const json_t *v, const char *bucket_res, const char *bucket_name)
{
	char *text = v ? json_dumps(v, JSON_ENCODE_ANY) : NULL;
	bool found = names_bucket(text, bucket_res, bucket_name);

	free(text);
	return found;
}

/* A principal that is, or lists, s3.amazonaws.com or "*". */
static bool principal_is_s3(const json_t *p)
{
	const json_t *e;
	size_t i;

	if (json_is_string(p))
		return !strcmp(json_string_value(p), "*") ||
		       !strcmp(json_string_value(p), "s3.amazonaws.com");
	if (json_is_array(p)) {
		json_array_foreach((json_t *)p, i, e)
			if (principal_is_s3(e))
				return true;
		return false;
	}
	return json_is_object(p) && (principal_is_s3(json_object_get(p, "Service")) ||
				     principal_is_s3(json_object_get(p, "AWS")));
}

/* Whether one statement (as written) allows S3 for the bucket: an Allow
 * for S3's principal whose aws:SourceArn condition, if any, names it. */
static bool statement_allows_s3(const json_t *st, const char *bucket_res, const char *bucket_name)
{
	const char *effect = json_string_value(json_object_get(st, "Effect"));
	const json_t *cond = json_object_get(st, "Condition");
	char *text;
	bool sourced, unknown;

	if ((effect && strcmp(effect, "Allow")) || !principal_is_s3(json_object_get(st, "Principal")))
		return false;
	text = cond ? json_dumps(cond, JSON_ENCODE_ANY) : NULL;
	sourced = text && strcasestr(text, "aws:SourceArn");
	/* A module's output, a variable or a local in the condition, or a
	 * value known only after apply, is not known to the check: it passes. */
	unknown = text && (strstr(text, "${module.") || strstr(text, "${var.") ||
			   strstr(text, "${local.") || value_holds_not_known(cond));
	free(text);
	return !sourced || unknown || value_names_bucket(cond, bucket_res, bucket_name);
}

/* 1: the policy document (as written) has a statement allowing S3 for the
 * bucket; 0: it has none, or no policy; -1: it cannot be told before
 * apply (not a document as written: a function's result). */
static int policy_allows_s3(const json_t *policy, const char *bucket_res, const char *bucket_name)
{
	const json_t *statements, *st;
	size_t i;

	if (!policy || json_is_null(policy))
		return 0;
	if (!json_is_object(policy))
		return -1;
	statements = json_object_get(policy, "Statement");
	if (json_is_object(statements))
		return statement_allows_s3(statements, bucket_res, bucket_name);
	if (!json_is_array(statements))
		return -1;
	json_array_foreach((json_t *)statements, i, st)
		if (statement_allows_s3(st, bucket_res, bucket_name))
			return 1;
	return 0;
}

/* Whether an aws.lambda.permission of the stack lets S3 invoke function
 * resource f from the bucket: its function_name refers to f (or is f's
 * function_name as written), its principal is s3.amazonaws.com, its
 * source_arn names the bucket or is unset. */
static bool permission_for(const struct written_resource *rs, size_t n, size_t f,
			   const char *bucket_res, const char *bucket_name)
{
	const char *fname = json_string_value(json_object_get(rs[f].config, "function_name"));

	for (size_t k = 0; k < n; k++) {
		const json_t *c = rs[k].config;
		const char *fn = json_string_value(json_object_get(c, "function_name"));
		const char *principal = json_string_value(json_object_get(c, "principal"));
		const json_t *source = json_object_get(c, "source_arn");
		char attr[32];

		if (strcmp(rs[k].type, "aws.lambda.permission") || !fn || !principal ||
		    (referred(rs, n, fn, attr) != f && !(fname && !strcmp(fn, fname))) ||
		    (strcmp(principal, "s3.amazonaws.com") && !strstr(principal, "${")))
			continue;
		if (!value_is_set(source) || value_names_bucket(source, bucket_res, bucket_name))
			return true;
	}
	return false;
}

/* Whether an aws.sns.topic_policy of the stack set on topic k (by
 * reference) lets S3 deliver for the bucket: a topic that writes no policy
 * of its own gets it from one (sns/topic_policy.c). */
static bool topic_policy_for(const struct written_resource *rs, size_t n, size_t k,
			     const char *bucket_res, const char *bucket_name)
{
	for (size_t j = 0; j < n; j++) {
		const json_t *e;
		size_t i;
		char attr[32];

		if (strcmp(rs[j].type, "aws.sns.topic_policy"))
			continue;
		json_array_foreach(json_object_get(rs[j].config, "topics"), i, e)
			if (referred(rs, n, json_string_value(e), attr) == k &&
			    policy_allows_s3(json_object_get(rs[j].config, "policy"), bucket_res,
					     bucket_name) != 0)
				return true;
	}
	return false;
}

/* The destination kinds: the attribute, its ARN's, the resource type a
 * reference names, and what lets S3 deliver to it. */
static const struct {
	const char *attr, *arn_attr, *type, *grant;
} destinations[] = {
	{ "queue", "queue_arn", "aws.sqs.queue", "its policy" },
	{ "topic", "topic_arn", "aws.sns.topic", "its policy (or an aws.sns.topic_policy's)" },
	{ "lambda_function", "lambda_function_arn", "aws.lambda.function",
	  "an aws.lambda.permission" },
};

static void check_notification(const struct written_resource *rs, size_t n, size_t at,
			       check_report_fn report, void *ctx)
{
	const char *bucket = json_string_value(json_object_get(rs[at].config, "bucket"));
	const char *bucket_res = NULL, *bucket_name = bucket;
	char attr[32];
	size_t b = referred(rs, n, bucket, attr);

	if (b < n) {
		if (strcmp(rs[b].type, "aws.s3.bucket") || rs[b].repeated)
			return;
		bucket_res = rs[b].name;
		bucket_name = json_string_value(json_object_get(rs[b].config, "name"));
	} else if (!bucket || strstr(bucket, "${")) {
		return;
	} else {
		/* A name as written: the stack's bucket of that name, if any. */
		for (size_t k = 0; k < n && !bucket_res; k++) {
			const char *name = json_string_value(json_object_get(rs[k].config, "name"));

			if (!strcmp(rs[k].type, "aws.s3.bucket") && !rs[k].repeated && name &&
			    !strcmp(name, bucket))
				bucket_res = rs[k].name;
		}
	}
	for (size_t d = 0; d < sizeof(destinations) / sizeof(destinations[0]); d++) {
		const json_t *e;
		size_t i;

		json_array_foreach(json_object_get(rs[at].config, destinations[d].attr), i, e) {
			const char *arn = json_string_value(json_object_get(e, destinations[d].arn_attr));
			size_t k = referred(rs, n, arn, attr);
			bool allowed;
			char *msg;

			if (k >= n || rs[k].repeated || strcmp(rs[k].type, destinations[d].type))
				continue;
			if (d == 2)
				allowed = permission_for(rs, n, k, bucket_res, bucket_name);
			else
				allowed = policy_allows_s3(json_object_get(rs[k].config, "policy"),
							   bucket_res, bucket_name) != 0 ||
					  (d == 1 && topic_policy_for(rs, n, k, bucket_res, bucket_name));
			if (allowed)
				continue;
			msg = xasprintf("%s: %s of the stack does not let S3 deliver from bucket %s: "
					"%s must allow s3.amazonaws.com (aws:SourceArn the bucket's "
					"ARN), or S3 refuses the configuration (\"Unable to validate "
					"the following destination configurations\")",
					destinations[d].attr, rs[k].name,
					bucket_res ? bucket_res : bucket, destinations[d].grant);
			report(ctx, &(struct check_finding){
				.warning = false, .which = at, .attr = destinations[d].attr,
				.other = k, .other_attr = d == 2 ? "function_name" : "policy",
				.message = msg });
			free(msg);
		}
	}
}

/* Across resources: each destination of a bucket notification that the
 * stack makes lets S3 deliver to it (a policy statement, an
 * aws.lambda.permission), as S3 tests when it is put. */
static void check_notifications(const struct written_resource *rs, size_t n,
				check_report_fn report, void *ctx)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(rs[i].type, "aws.s3.bucket_notification") && !rs[i].repeated)
			check_notification(rs, n, i, report, ctx);
}

/* A bucket's region against its provider's (checks/rules.h): the one condition,
 * which plan holds (check_bucket_regions) and the create holds again
 * for a client only apply makes. */
int aws_s3_region_refused(struct aws_client *c, const char *region, struct strbuf *err)
{
	const char *mine = aws_client_region(c);

	/* Requests are signed for the provider's region, and real AWS refuses a
	 * bucket in another one: that takes a provider configuration of its own.
	 * A single custom endpoint (MinIO, moto) serves every region. */
	if (!region || !*region || aws_client_endpoint(c) || !mine || !strcmp(region, mine))
		return 0;
	strbuf_addf(err, "differs from the provider's region %s: requests are signed for the "
		    "provider's region; declare a provider configuration for %s and set provider: "
		    "on the bucket", mine, region);
	return -1;
}

/* At plan, each bucket the plan creates or replaces whose known region its
 * provider's client cannot make it in (aws_s3_region_refused). */
static void check_bucket_regions(const struct written_resource *rs, size_t n,
				 check_report_fn report, void *ctx)
{
	for (size_t i = 0; i < n; i++) {
		const char *region = value_known_string(json_object_get(rs[i].config, "region"));
		struct strbuf err = STRBUF_INIT;

		/* an update leaves the bucket where it is (region is force-new) */
		if (!rs[i].client || !rs[i].creating || strcmp(rs[i].type, "aws.s3.bucket") ||
		    !region)
			continue;
		if (aws_s3_region_refused(rs[i].client, region, &err)) {
			char *msg = xasprintf("region: \"%s\" %s", region, err.buf);
			report(ctx, &(struct check_finding){
				.warning = false, .which = i, .attr = "region",
				.other = WRITTEN_NONE, .message = msg });
			free(msg);
		}
		strbuf_release(&err);
	}
}

/* A bucket policy: a resource policy's grammar (IAM's), at most 20,480
 * characters without whitespace (Amazon S3 User Guide: bucket policies). */
static int rule_bucket_policy(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return aws_iam_resource_policy(v, 20480, "a bucket policy", err);
}

/* ---- a bucket's notifications ---------------------------------------------- */

/* Whether two event types meet: the same, or one a wildcard
 * ("s3:ObjectCreated:*") of the other's family. */
static bool events_meet(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);

	if (!strcmp(a, b))
		return true;
	if (la && a[la - 1] == '*' && !strncmp(a, b, la - 1))
		return true;
	return lb && b[lb - 1] == '*' && !strncmp(a, b, lb - 1);
}

/* Whether two configurations share an event type. */
static bool share_event(const json_t *x, const json_t *y)
{
	const json_t *a, *b;
	size_t i, j;

	json_array_foreach(json_object_get(x, "events"), i, a)
		json_array_foreach(json_object_get(y, "events"), j, b)
			if (json_is_string(a) && json_is_string(b) && !value_not_known(a) &&
			    !value_not_known(b) && events_meet(json_string_value(a), json_string_value(b)))
				return true;
	return false;
}

/* Whether the keys two filters of one kind take meet: absent takes every
 * key; else one is the other's start (a prefix) or end (a suffix). -1: one
 * is not known yet. */
static int filters_meet(const json_t *x, const json_t *y, const char *key, bool suffix)
{
	const json_t *fx = json_object_get(x, key), *fy = json_object_get(y, key);
	const char *a, *b;
	size_t la, lb;

	if (value_not_known(fx) || value_not_known(fy))
		return -1;
	a = json_is_string(fx) ? json_string_value(fx) : "";
	b = json_is_string(fy) ? json_string_value(fy) : "";
	la = strlen(a);
	lb = strlen(b);
	if (la > lb)
		return suffix ? !strcmp(a + la - lb, b) : !strncmp(a, b, lb);
	return suffix ? !strcmp(b + lb - la, a) : !strncmp(a, b, la);
}

/* A row for the whole resource: PutBucketNotificationConfiguration's
 * FilterRule Name: the object key name prefix or suffix's "maximum length is
 * 1,024 characters. Overlapping prefixes and suffixes are not supported": two
 * configurations of one bucket (queue, topic or lambda_function) that share
 * an event type and whose prefixes and suffixes both overlap are refused
 * ("Configurations overlap. Configurations on the same bucket cannot share a
 * common event type"; Amazon S3 User Guide: configuring event notifications
 * using object key name filtering). */
static int rule_s3_notification_filters(const json_t *v, const json_t *r, struct strbuf *err)
{
	static const char *const lists[] = { "queue", "topic", "lambda_function" };
	static const char *const filters[] = { "filter_prefix", "filter_suffix" };
	const json_t *all[300];
	const char *kind[300];
	size_t n = 0, i, j;

	(void)r;
	for (size_t l = 0; l < 3; l++) {
		const json_t *c;
		json_array_foreach(json_object_get(v, lists[l]), i, c) {
			if (!value_known_object(c) || n == sizeof(all) / sizeof(*all))
				continue;
			for (size_t f = 0; f < 2; f++) {
				const char *s = value_known_member(c, filters[f]);
				if (s && utf8_chars(s) > 1024) {
					strbuf_addf(err, "%s[%zu].%s is %zu characters: S3 takes at "
						    "most 1,024", lists[l], i, filters[f], utf8_chars(s));
					return -1;
				}
			}
			kind[n] = lists[l];
			all[n++] = c;
		}
	}
	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++)
			if (share_event(all[i], all[j]) &&
			    filters_meet(all[i], all[j], "filter_prefix", false) == 1 &&
			    filters_meet(all[i], all[j], "filter_suffix", true) == 1) {
				strbuf_addf(err, "a %s and a %s configuration share an event type and "
					    "their prefixes and suffixes overlap: S3 refuses "
					    "overlapping configurations (\"Overlapping prefixes and "
					    "suffixes are not supported\"): give them other events or "
					    "filters that do not overlap", kind[i], kind[j]);
				return -1;
			}
	return 0;
}

/*
 * The S3 rows of the one table of checks (checks/row.h), in the order
 * they run: a type's rows for single values before its rows for the whole
 * resource; aws_rules_tables (checks/tables.c) lists this table.
 */
#define S3_NAMES "Amazon S3 User Guide: general purpose bucket naming rules"
#define S3_LIFECYCLE "Amazon S3 User Guide: lifecycle configuration elements"

/* The storage classes a transition may reach on its day 0 (Transition.TransitionInDays). */
#define S3_ARCHIVE_CLASSES "INTELLIGENT_TIERING", "GLACIER_IR", "GLACIER", "DEEP_ARCHIVE"

#define S3_SYMMETRIC "Amazon S3 only supports symmetric encryption KMS keys."

const struct aws_check_row aws_rules_s3[] = {
	RULE("aws.s3.bucket", "folders[]", rule_s3_folder,
	     "Amazon S3 User Guide: organizing objects using prefixes (folders)"),
	RULE("aws.s3.bucket", "name", rule_s3_bucket_name, S3_NAMES),
	RULE_WARNS("aws.s3.bucket", "policy", rule_bucket_policy, warn_bucket_policy_names,
		   IAM_POLICY),
	RULE("aws.s3.bucket", "lifecycle_rules", rule_s3_lifecycle, S3_LIFECYCLE),	/* AWS's words (checks/words/s3.words): a default key only with KMS. */
	AWS_SAYS("s3.kms_key_only_with_kms", "aws.s3.bucket", AWS_CALL_ANY,
		 WHEN(SET("encryption.kms_key_id")),
		 THEN(IS("encryption.sse_algorithm", "aws:kms", "aws:kms:dsse")),
		 "General purpose buckets - This parameter is allowed if and only if SSEAlgorithm "
		 "is set to aws:kms or aws:kms:dsse.",
		 "s3 PutBucketEncryption ServerSideEncryptionConfiguration.Rules."
		 "ApplyServerSideEncryptionByDefault.KMSMasterKeyID"),
	AWS_SAYS("s3.cfn_kms_key_only_with_kms", "awscc.s3.bucket", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("bucket_encryption.server_side_encryption_configuration",
			   WHEN(SET("server_side_encryption_by_default.kms_master_key_id")),
			   THEN(IS("server_side_encryption_by_default.sse_algorithm", "aws:kms",
				   "aws:kms:dsse")))),
		 "General purpose buckets - This parameter is allowed if and only if SSEAlgorithm "
		 "is set to aws:kms or aws:kms:dsse.",
		 "CloudFormation registry: AWS::S3::Bucket ServerSideEncryptionByDefault.KMSMasterKeyID"),
	/* A key of the stack a bucket encrypts with: a symmetric encryption key. */
	AWS_SAYS("s3.default_key_symmetric", "aws.s3.bucket", AWS_CALL_ANY, ALWAYS,
		 THEN(KEY_SYMMETRIC("encryption.kms_key_id")),
		 S3_SYMMETRIC, "s3 PutBucketEncryption ServerSideEncryptionConfiguration.Rules."
		 "ApplyServerSideEncryptionByDefault.KMSMasterKeyID"),
	AWS_SAYS("s3.cfn_default_key_symmetric", "awscc.s3.bucket", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("bucket_encryption.server_side_encryption_configuration", ALWAYS,
			   THEN(KEY_SYMMETRIC("server_side_encryption_by_default.kms_master_key_id")))),
		 S3_SYMMETRIC,
		 "CloudFormation registry: AWS::S3::Bucket ServerSideEncryptionByDefault.KMSMasterKeyID"),
	AWS_SAYS("s3.cfn_replica_key_symmetric", "awscc.s3.bucket", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("replication_configuration.rules", ALWAYS,
			   THEN(KEY_SYMMETRIC("destination.encryption_configuration.replica_kms_key_id")))),
		 S3_SYMMETRIC,
		 "CloudFormation registry: AWS::S3::Bucket EncryptionConfiguration.ReplicaKmsKeyID"),
	/* On the awscc type: what the registry's schema describes but its
	 * keywords do not hold. */
	AWS_SAYS("s3.cfn_replication_needs_versioning", "awscc.s3.bucket", AWS_CALL_ANY,
		 WHEN(SET("replication_configuration")),
		 THEN(SET("versioning_configuration.status"),
		      IS("versioning_configuration.status", "Enabled")),
		 "To enable replication, you must also enable versioning by using the "
		 "VersioningConfiguration property.",
		 "CloudFormation registry: AWS::S3::Bucket ReplicationConfiguration"),
	AWS_SAYS("s3.cfn_replication_rules_1_to_1000", "awscc.s3.bucket", AWS_CALL_ANY,
		 WHEN(SET("replication_configuration")),
		 THEN(LEN_IN("replication_configuration.rules", 1, 1000)),
		 "A replication configuration must have at least one rule and can contain a "
		 "maximum of 1,000 rules.",
		 "CloudFormation registry: AWS::S3::Bucket ReplicationConfiguration.Rules"),
	AWS_SAYS("s3.cfn_retention_days_or_years", "awscc.s3.bucket", AWS_CALL_ANY,
		 WHEN(SET("object_lock_configuration.rule.default_retention.days")),
		 THEN(UNSET("object_lock_configuration.rule.default_retention.years")),
		 "You cannot specify Days and Years at the same time.",
		 "CloudFormation registry: AWS::S3::Bucket DefaultRetention"),
	AWS_SAYS("s3.cfn_retention_needs_a_period", "awscc.s3.bucket", AWS_CALL_ANY,
		 WHEN(SET("object_lock_configuration.rule.default_retention"),
		      UNSET("object_lock_configuration.rule.default_retention.days")),
		 THEN(SET("object_lock_configuration.rule.default_retention.years")),
		 "The DefaultRetention period can be either Days or Years but you must select one.",
		 "CloudFormation registry: AWS::S3::Bucket DefaultRetention"),
	AWS_SAYS("s3.cfn_retention_needs_a_mode", "awscc.s3.bucket", AWS_CALL_ANY,
		 WHEN(SET("object_lock_configuration.rule.default_retention")),
		 THEN(SET("object_lock_configuration.rule.default_retention.mode")),
		 "If Object Lock is turned on, you must specify Mode and specify either Days or "
		 "Years.", "CloudFormation registry: AWS::S3::Bucket DefaultRetention.Mode"),
	AWS_SAYS("s3.cfn_one_key_format", "awscc.s3.bucket", AWS_CALL_ANY,
		 WHEN(SET("logging_configuration.target_object_key_format.partitioned_prefix")),
		 THEN(UNSET("logging_configuration.target_object_key_format.simple_prefix")),
		 "Only one format, either PartitionedPrefix or SimplePrefix, is allowed.",
		 "CloudFormation registry: AWS::S3::Bucket LoggingConfiguration."
		 "TargetObjectKeyFormat"),
	/* Within each notification's key filter: each kind of rule (prefix,
	 * suffix) once. */
	AWS_SAYS("s3.cfn_filter_rule_once", "awscc.s3.bucket", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("notification_configuration.lambda_configurations", ALWAYS,
			   THEN(UNIQUE("filter.s3_key.rules[].name"))),
		      EACH("notification_configuration.queue_configurations", ALWAYS,
			   THEN(UNIQUE("filter.s3_key.rules[].name"))),
		      EACH("notification_configuration.topic_configurations", ALWAYS,
			   THEN(UNIQUE("filter.s3_key.rules[].name")))),
		 "The same type of filter rule cannot be used more than once.",
		 "CloudFormation registry: AWS::S3::Bucket S3KeyFilter"),
	/* A FIFO queue's name, so its ARN, ends .fifo (SQS CreateQueue QueueName);
	 * a queue of the stack, its ARN not known yet, is FIFO by its fifo_queue. */
#define S3_NO_FIFO "FIFO queues are not allowed when enabling an SQS queue as the event " \
	"notification destination."
#define S3_QUEUE "CloudFormation registry: AWS::S3::Bucket QueueConfiguration.Queue"
	AWS_SAYS("s3.cfn_notification_queue_not_fifo", "awscc.s3.bucket", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("notification_configuration.queue_configurations", ALWAYS,
			   THEN(NOT_MATCHES("queue", "\\.fifo$")))), S3_NO_FIFO, S3_QUEUE),
	AWS_SAYS("s3.cfn_notification_queue_of_stack_not_fifo", "awscc.s3.bucket", AWS_CALL_ANY,
		 ALWAYS, THEN(EACH("notification_configuration.queue_configurations", ALWAYS,
				   THEN(IS_NOT("queue->fifo_queue", "true")))), S3_NO_FIFO, S3_QUEUE),
#undef S3_NO_FIFO
#undef S3_QUEUE
	/* The table bucket's Region (its ARN's) is the bucket's, the
	 * provider's; its account is the caller's, which plan reads, no row. */
	AWS_SAYS("s3.cfn_table_bucket_in_region", "awscc.s3.bucket", AWS_CALL_ANY, ALWAYS,
		 THEN(IN_REGION("metadata_table_configuration.s3_tables_destination."
				"table_bucket_arn")),
		 "The destination table bucket must be in the same Region and AWS-account as the "
		 "general purpose bucket.",
		 "CloudFormation registry: AWS::S3::Bucket S3TablesDestination.TableBucketArn"),
	AWS_SAYS("s3.cfn_redirect_all_alone", "awscc.s3.bucket", AWS_CALL_ANY,
		 WHEN(SET("website_configuration.redirect_all_requests_to")),
		 THEN(UNSET("website_configuration.index_document"),
		      UNSET("website_configuration.error_document"),
		      UNSET("website_configuration.routing_rules")),
		 "If you specify this property, you can't specify any other property.",
		 "CloudFormation registry: AWS::S3::Bucket WebsiteConfiguration."
		 "RedirectAllRequestsTo"),
	/* Within the awscc bucket's lists: its lifecycle rules, routing rules,
	 * Intelligent-Tiering configurations and replication rules (EACH: each
	 * element's own values). */
	AWS_SAYS("s3.cfn_noncurrent_transition_or_transitions", "awscc.s3.bucket", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("lifecycle_configuration.rules", WHEN(SET("noncurrent_version_transition")),
			   THEN(UNSET("noncurrent_version_transitions")))),
		 "If you specify this property, don't specify the NoncurrentVersionTransitions "
		 "property.", "CloudFormation registry: AWS::S3::Bucket Rule.NoncurrentVersionTransition"),
	AWS_SAYS("s3.cfn_rule_has_an_action", "awscc.s3.bucket", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("lifecycle_configuration.rules", ALWAYS,
			   THEN(ANY_OF(SET("abort_incomplete_multipart_upload"),
				       SET("expiration_date"), SET("expiration_in_days"),
				       SET("expired_object_delete_marker"),
				       SET("noncurrent_version_expiration"),
				       SET("noncurrent_version_expiration_in_days"),
				       SET("noncurrent_version_transition"),
				       SET("noncurrent_version_transitions"), SET("transition"),
				       SET("transitions"))))),
		 "You must specify at least one of the following properties: "
		 "AbortIncompleteMultipartUpload, ExpirationDate, ExpirationInDays, "
		 "NoncurrentVersionExpirationInDays, NoncurrentVersionTransition, "
		 "NoncurrentVersionTransitions",
		 "CloudFormation registry: AWS::S3::Bucket Rule (and the other actions a rule takes: "
		 "Transition(s), NoncurrentVersionExpiration, ExpiredObjectDeleteMarker)"),
	AWS_SAYS("s3.cfn_infrequent_access_after_30_days", "awscc.s3.bucket", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("lifecycle_configuration.rules", ALWAYS,
			   THEN(EACH("transitions", WHEN(IS("storage_class", "STANDARD_IA", "ONEZONE_IA")),
				     THEN(IN("transition_in_days", 30, 2147483647))),
				EACH("transition", WHEN(IS("storage_class", "STANDARD_IA", "ONEZONE_IA")),
				     THEN(IN("transition_in_days", 30, 2147483647)))))),
		 "If the specified storage class is STANDARD_IA or ONEZONE_IA, valid values are "
		 "positive integers greater than 30.",
		 "CloudFormation registry: AWS::S3::Bucket Transition.TransitionInDays (30 is what "
		 "S3 takes, as rule_s3_lifecycle holds)"),
	AWS_SAYS("s3.cfn_archive_transition_days", "awscc.s3.bucket", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("lifecycle_configuration.rules", ALWAYS,
			   THEN(EACH("transitions", WHEN(IS("storage_class", S3_ARCHIVE_CLASSES)),
				     THEN(IN("transition_in_days", 0, 2147483647))),
				EACH("transition", WHEN(IS("storage_class", S3_ARCHIVE_CLASSES)),
				     THEN(IN("transition_in_days", 0, 2147483647)))))),
		 "If the specified storage class is INTELLIGENT_TIERING, GLACIER_IR, GLACIER, or "
		 "DEEP_ARCHIVE, valid values are 0 or positive integers.",
		 "CloudFormation registry: AWS::S3::Bucket Transition.TransitionInDays"),
	AWS_SAYS("s3.cfn_transition_or_transitions", "awscc.s3.bucket", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("lifecycle_configuration.rules", WHEN(SET("transition")),
			   THEN(UNSET("transitions")))),
		 "If you specify this property, don't specify the Transitions property.",
		 "CloudFormation registry: AWS::S3::Bucket Rule.Transition"),
	AWS_SAYS("s3.cfn_expiration_after_noncurrent_transition", "awscc.s3.bucket", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("lifecycle_configuration.rules", ALWAYS,
			   THEN(BELOW("noncurrent_version_transition.transition_in_days",
				      "noncurrent_version_expiration_in_days"),
				BELOW("noncurrent_version_transitions[].transition_in_days",
				      "noncurrent_version_expiration_in_days")))),
		 "If you specify a transition and expiration time, the expiration time must be later "
		 "than the transition time.",
		 "CloudFormation registry: AWS::S3::Bucket Rule.NoncurrentVersionExpirationInDays"),
	AWS_SAYS("s3.cfn_expiration_after_transition", "awscc.s3.bucket", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("lifecycle_configuration.rules", ALWAYS,
			   THEN(BELOW("transition.transition_in_days", "expiration_in_days"),
				BELOW("transitions[].transition_in_days", "expiration_in_days")))),
		 "The expiration time must also be later than the transition time.",
		 "CloudFormation registry: AWS::S3::Bucket Rule.ExpirationInDays, Transition (both "
		 "forms, Transition and each of Transitions; the written bucket's is "
		 "rule_s3_lifecycle's)"),
	AWS_SAYS("s3.cfn_delete_marker_alone", "awscc.s3.bucket", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("lifecycle_configuration.rules", WHEN(IS("expired_object_delete_marker", "true")),
			   THEN(UNSET("expiration_in_days"), UNSET("expiration_date"),
				UNSET("tag_filters")))),
		 "This cannot be specified with ExpirationInDays, ExpirationDate, or TagFilters.",
		 "CloudFormation registry: AWS::S3::Bucket Rule.ExpiredObjectDeleteMarker"),
	AWS_SAYS("s3.cfn_one_time_unit", "awscc.s3.bucket", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("lifecycle_configuration.rules", ALWAYS,
			   THEN(ANY_OF(UNSET("expiration_in_days"), UNSET("transition.transition_date")),
				ANY_OF(UNSET("expiration_in_days"),
				       EACH("transitions", ALWAYS, THEN(UNSET("transition_date")))),
				ANY_OF(UNSET("expiration_date"), UNSET("transition.transition_in_days")),
				ANY_OF(UNSET("expiration_date"),
				       EACH("transitions", ALWAYS,
					    THEN(UNSET("transition_in_days"))))))),
		 "If you specify an expiration and transition time, you must use the same time unit "
		 "for both properties (either in days or by date).",
		 "CloudFormation registry: AWS::S3::Bucket Rule.ExpirationInDays, ExpirationDate, "
		 "Transition, Transitions"),
	AWS_SAYS("s3.cfn_routing_condition_prefix_or_error", "awscc.s3.bucket", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("website_configuration.routing_rules", WHEN(SET("routing_rule_condition")),
			   THEN(ANY_OF(SET("routing_rule_condition.key_prefix_equals"),
				       SET("routing_rule_condition.http_error_code_returned_equals"))))),
		 "Required when the parent element Condition is specified and sibling "
		 "HttpErrorCodeReturnedEquals is not specified.",
		 "CloudFormation registry: AWS::S3::Bucket RoutingRuleCondition.KeyPrefixEquals"),
	AWS_SAYS("s3.cfn_replace_key_or_prefix", "awscc.s3.bucket", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("website_configuration.routing_rules", WHEN(SET("redirect_rule.replace_key_with")),
			   THEN(UNSET("redirect_rule.replace_key_prefix_with")))),
		 "Can be present only if ReplaceKeyPrefixWith is not provided.",
		 "CloudFormation registry: AWS::S3::Bucket RedirectRule.ReplaceKeyWith"),
	AWS_SAYS("s3.cfn_tierings_1_or_2", "awscc.s3.bucket", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("intelligent_tiering_configurations", ALWAYS, THEN(LEN_IN("tierings", 1, 2)))),
		 "At most, you can specify two tiers in the list, one for each available AccessTier: "
		 "ARCHIVE_ACCESS and DEEP_ARCHIVE_ACCESS.",
		 "CloudFormation registry: AWS::S3::Bucket IntelligentTieringConfiguration.Tierings"),
	AWS_SAYS("s3.cfn_tiering_days", "awscc.s3.bucket", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("intelligent_tiering_configurations", ALWAYS,
			   THEN(EACH("tierings", WHEN(IS("access_tier", "ARCHIVE_ACCESS")),
				     THEN(IN("days", 90, 730))),
				EACH("tierings", WHEN(IS("access_tier", "DEEP_ARCHIVE_ACCESS")),
				     THEN(IN("days", 180, 730)))))),
		 "The minimum number of days specified for Archive Access tier must be at least 90 "
		 "days and Deep Archive Access tier must be at least 180 days.",
		 "CloudFormation registry: AWS::S3::Bucket Tiering.Days"),
	AWS_SAYS("s3.cfn_filter_needs_delete_marker_replication", "awscc.s3.bucket", AWS_CALL_ANY,
		 ALWAYS,
		 THEN(EACH("replication_configuration.rules", WHEN(SET("filter")),
			   THEN(SET("delete_marker_replication")))),
		 "If you specify a Filter in your replication configuration, you must also include a "
		 "DeleteMarkerReplication element.",
		 "CloudFormation registry: AWS::S3::Bucket ReplicationRule.DeleteMarkerReplication"),
	AWS_SAYS("s3.cfn_tag_filter_no_delete_markers", "awscc.s3.bucket", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("replication_configuration.rules",
			   WHEN(ANY_OF(SET("filter.tag_filter"), SET("filter.and.tag_filters"))),
			   THEN(IS("delete_marker_replication.status", "Disabled")))),
		 "If your Filter includes a Tag element, the DeleteMarkerReplication Status must be "
		 "set to Disabled, because Amazon S3 does not support replicating delete markers for "
		 "tag-based rules.",
		 "CloudFormation registry: AWS::S3::Bucket ReplicationRule.DeleteMarkerReplication"),
	AWS_SAYS("s3.cfn_filter_one_element", "awscc.s3.bucket", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("replication_configuration.rules",
			   WHEN(ANY_OF(SET("filter.prefix"), SET("filter.tag_filter"),
				       SET("filter.and"))),
			   THEN(EXACTLY_ONE_OF(SET("filter.prefix"), SET("filter.tag_filter"),
					       SET("filter.and"))))),
		 "A Filter must specify exactly one Prefix, TagFilter, or an And child element.",
		 "CloudFormation registry: AWS::S3::Bucket ReplicationRuleFilter"),
	AWS_SAYS("s3.cfn_replication_time_with_metrics", "awscc.s3.bucket", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("replication_configuration.rules", WHEN(SET("destination.replication_time")),
			   THEN(SET("destination.metrics")))),
		 "Must be specified together with a Metrics block.",
		 "CloudFormation registry: AWS::S3::Bucket ReplicationDestination.ReplicationTime"),
	AWS_SAYS("s3.cfn_translation_needs_account", "awscc.s3.bucket", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("replication_configuration.rules",
			   WHEN(SET("destination.access_control_translation")),
			   THEN(SET("destination.account")))),
		 "If you specify the AccessControlTranslation property, the Account property is "
		 "required.", "CloudFormation registry: AWS::S3::Bucket ReplicationDestination.Account"),
	/* AWS's words on what the awscc bucket's handlers call (its API keys in
	 * checks/words/s3.words) */
	AWS_SAYS("s3.metrics_configuration_ids", "awscc.s3.bucket", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("metrics_configurations", ALWAYS,
			   THEN(MATCHES("id", "^[A-Za-z0-9._-]{1,64}$")))),
		 "The ID has a 64 character limit and can only contain letters, numbers, periods, "
		 "dashes, and underscores.", "s3 DeleteBucketMetricsConfiguration Id"),
	AWS_SAYS("s3.replication_owner_destination", "awscc.s3.bucket", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("replication_configuration.rules",
			   WHEN(SET("destination.access_control_translation.owner")),
			   THEN(IS("destination.access_control_translation.owner", "Destination")))),
		 "For default and valid values, see PUT bucket replication in the Amazon S3 API "
		 "Reference.",
		 "s3 PutBucketReplication ReplicationConfiguration.Rules.Destination."
		 "AccessControlTranslation.Owner (OwnerOverride: Destination)"),
	/* a rule of the earlier version (V1: a Prefix, no Filter) */
	AWS_SAYS("s3.replica_modifications_not_v1", "awscc.s3.bucket", AWS_CALL_ANY, ALWAYS,
		 THEN(EACH("replication_configuration.rules",
			   WHEN(SET("source_selection_criteria.replica_modifications"), SET("prefix"),
				UNSET("filter")),
			   THEN(UNSET("source_selection_criteria.replica_modifications")))),
		 "In the earlier version, this element is not allowed",
		 "s3 PutBucketReplication ReplicationConfiguration.Rules.SourceSelectionCriteria."
		 "ReplicaModifications"),
	AWS_SAYS("s3.index_document_suffix", "awscc.s3.bucket", AWS_CALL_ANY,
		 WHEN(SET("website_configuration.index_document")),
		 THEN(NOT_MATCHES("website_configuration.index_document", "/|^$")),
		 "The suffix must not be empty and must not include a slash character.",
		 "s3 PutBucketWebsite WebsiteConfiguration.IndexDocument.Suffix"),

	ACCOUNT_RULE("aws.s3.bucket", "", rule_s3_public_policy,
	     "Amazon S3 User Guide: blocking public access (on for new buckets since April 2023)"),
	RULE("aws.s3.artifact", "prefix", rule_s3_key_prefix, S3_KEYS),
	RULE("aws.s3.artifact", "key", rule_s3_key, S3_KEYS),
	RULE("aws.s3.artifact", "", rule_artifact_source,
	     "terrace: an artifact uploads a local file or a build's output"),
	RULE("aws.s3.bucket_notification", "", rule_s3_notification_filters,
	     "S3 API reference: PutBucketNotificationConfiguration FilterRule Name"),
	RULE("aws.s3.object", "key", rule_s3_key, S3_KEYS),
	RULE("aws.s3.object", "bucket", rule_not_empty, "S3 API reference: PutObject Bucket"),
	RULE("aws.s3.object", "", rule_s3_object_body,
	     "terrace: an object's bytes come from source or content"),
	RULE("aws.s3.object", "metadata", rule_s3_metadata,
	     "Amazon S3 User Guide: working with object metadata (user-defined metadata)"),
	RULE("aws.s3.object", "", rule_s3_object_tags,
	     "Amazon S3 User Guide: categorizing your storage using tags (10 per object)"),
	ACROSS_ROW("aws.s3.bucket_notification", check_notifications,
		   "Amazon S3 User Guide: granting permissions to publish event notification messages"),
	ACROSS_ROW("aws.s3.bucket", check_bucket_regions,
		   "Amazon S3 User Guide: creating a bucket (a request is signed for the provider's region)"),
	{ NULL },
};
