/*
 * s3/bucket.c: the aws.s3.bucket resource type — a bucket with its tags,
 * versioning, policy, lifecycle rules, default encryption, public access
 * block and folder marker objects. The id is the bucket name.
 *
 * Shapes (what read() returns and create()/update() store); every top-level
 * key is always present, and inside nested objects an optional value that is
 * not set is left out (as schema_coerce does):
 *   name, region, arn          strings
 *   tags                       {"k": "v"}            ({} when none)
 *   versioning                 bool                  (Suspended reads as false)
 *   policy                     parsed JSON or null
 *   lifecycle_rules            [{id, prefix, enabled, expiration_days,
 *                                noncurrent_version_expiration_days,
 *                                transitions: [{days, storage_class}]}]
 *   encryption                 {sse_algorithm, kms_key_id} or null
 *   public_access_block        {block_public_acls, ignore_public_acls,
 *                                block_public_policy, restrict_public_buckets}
 *                              or null
 *   folders                    ["prefix/", ...]: those of the prior state
 *                              whose marker object still exists
 * force_destroy is CONFIG_ONLY: read() leaves it out.
 *
 * encryption and public_access_block are optional and computed: AWS applies
 * both to every new bucket, so leaving them unset means "whatever the bucket
 * has" and terrace never removes them.
 */
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "provider/aws/adopt.h"
#include "provider/aws/listing.h"
#include "provider/aws/resources.h"
#include "provider/aws/s3/api.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

#define S3_XMLNS "http://s3.amazonaws.com/doc/2006-03-01/"

static const struct attr_schema transition_attrs[] = {
	{ .name = "days", .type = ATTR_NUMBER, .flags = ATTR_REQUIRED,
	  .description = "days after an object's creation to move it" },
	{ .name = "storage_class", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "STANDARD_IA, ONEZONE_IA, INTELLIGENT_TIERING, GLACIER, GLACIER_IR, DEEP_ARCHIVE" },
	{ .name = NULL },
};

static const struct attr_schema lifecycle_rule_attrs[] = {
	{ .name = "id", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "rule name, unique in the bucket" },
	{ .name = "prefix", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "key prefix the rule applies to (\"\": every object)", .default_json = "\"\"" },
	{ .name = "enabled", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "whether the rule is applied", .default_json = "true" },
	{ .name = "expiration_days", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "delete current objects this many days after creation" },
	{ .name = "noncurrent_version_expiration_days", .type = ATTR_NUMBER, .flags = ATTR_OPTIONAL,
	  .description = "delete old versions this many days after they stop being current" },
	{ .name = "transitions", .type = ATTR_OBJECT_LIST, .flags = ATTR_OPTIONAL,
	  .description = "storage class changes", .nested = transition_attrs, .default_json = "[]" },
	{ .name = NULL },
};

static const struct attr_schema encryption_attrs[] = {
	{ .name = "sse_algorithm", .type = ATTR_STRING, .flags = ATTR_REQUIRED,
	  .description = "AES256 or aws:kms" },
	{ .name = "kms_key_id", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "KMS key id or ARN for aws:kms" },
	{ .name = NULL },
};

static const struct attr_schema public_access_block_attrs[] = {
	{ .name = "block_public_acls", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "reject requests that set public ACLs", .default_json = "false" },
	{ .name = "ignore_public_acls", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "ignore public ACLs", .default_json = "false" },
	{ .name = "block_public_policy", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "reject bucket policies that grant public access", .default_json = "false" },
	{ .name = "restrict_public_buckets", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "limit access to buckets with public policies", .default_json = "false" },
	{ .name = NULL },
};

static const struct attr_schema bucket_attrs[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "bucket name, globally unique" },
	{ .name = "region", .type = ATTR_STRING,
	  .flags = ATTR_OPTIONAL | ATTR_COMPUTED | ATTR_FORCE_NEW,
	  .description = "region of the bucket; default the provider's region" },
	{ .name = "tags", .type = ATTR_MAP, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "bucket tags", .default_json = "{}" },
	{ .name = "versioning", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL,
	  .description = "keep every version of every object", .default_json = "false" },
	{ .name = "policy", .type = ATTR_JSON, .flags = ATTR_OPTIONAL,
	  .description = "bucket policy document" },
	{ .name = "lifecycle_rules", .type = ATTR_OBJECT_LIST, .flags = ATTR_OPTIONAL,
	  .description = "expiration and transition rules", .nested = lifecycle_rule_attrs,
	  .default_json = "[]" },
	{ .name = "encryption", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "default server-side encryption", .nested = encryption_attrs },
	{ .name = "public_access_block", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL | ATTR_COMPUTED,
	  .description = "block public access settings", .nested = public_access_block_attrs },
	{ .name = "folders", .type = ATTR_LIST, .flags = ATTR_OPTIONAL, .elem_type = ATTR_STRING,
	  .description = "prefixes created as empty marker objects, like \"data/raw/\"",
	  .default_json = "[]" },
	{ .name = "force_destroy", .type = ATTR_BOOL, .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY,
	  .description = "on destroy, delete every object and version first", .default_json = "false" },
	{ .name = "arn", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "arn:aws:s3:::NAME" },
	{ .name = NULL },
};

static const char *const no_tag_set[] = { "NoSuchTagSet", NULL };
static const char *const no_policy[] = { "NoSuchBucketPolicy", NULL };
static const char *const no_lifecycle[] = { "NoSuchLifecycleConfiguration", "NotImplemented", NULL };
static const char *const no_encryption[] = {
	"ServerSideEncryptionConfigurationNotFoundError", "NotImplemented", NULL };
static const char *const no_public_access_block[] = {
	"NoSuchPublicAccessBlockConfiguration", "NotImplemented", NULL };
static const char *const not_found[] = { "404", "NoSuchBucket", "NoSuchKey", NULL };

static long long number_of(const json_t *v)
{
	return (long long)json_number_value(v);
}

/*
 * Set key in o to the text of an element, as an integer or a string; leave
 * it out when the element is absent, the way schema_coerce leaves out an
 * unset optional nested attribute that has no default.
 */
static void set_xml_integer(json_t *o, const char *key, xmlNodePtr node, const char *path)
{
	char *text = xml_child_text(node, path);

	if (text)
		json_object_set_new(o, key, json_integer(strtoll(text, NULL, 10)));
	free(text);
}

/* The object key of a folder marker: no leading '/', one trailing '/'. */
static char *folder_key(const char *folder)
{
	while (*folder == '/')
		folder++;
	size_t len = strlen(folder);

	if (len && folder[len - 1] == '/')
		return xasprintf("/%s", folder);
	return xasprintf("/%s/", folder);
}

/* ---- read ---- */

static int head_bucket(struct aws_client *c, const char *name, struct strbuf *err)
{
	struct aws_request req = {
		.operation = "HeadBucket", .method = "HEAD", .bucket = name, .path = "/",
	};
	struct aws_response resp;
	int ret = s3_call(c, &req, not_found, &resp, err);

	aws_response_free(&resp);
	return ret;
}

static int read_region(struct aws_client *c, const char *name, json_t **out,
		       struct strbuf *err)
{
	xmlDocPtr doc;
	xmlChar *text;
	const char *region;

	if (s3_get_xml(c, "GetBucketLocation", name, "/", "location", NULL, &doc, err))
		return -1;
	text = xmlNodeGetContent(xmlDocGetRootElement(doc));
	region = text ? (const char *)text : "";
	if (!*region)
		region = "us-east-1";
	else if (!strcmp(region, "EU"))
		region = "eu-west-1";
	*out = json_string(region);
	xmlFree(text);
	xmlFreeDoc(doc);
	return 0;
}

static int read_tags(struct aws_client *c, const char *name, json_t **out,
		     struct strbuf *err)
{
	xmlDocPtr doc;
	int ret = s3_get_xml(c, "GetBucketTagging", name, "/", "tagging", no_tag_set, &doc, err);

	if (ret < 0)
		return -1;
	*out = ret ? json_object() : s3_tagging_parse(doc);
	if (doc)
		xmlFreeDoc(doc);
	return 0;
}

static int read_versioning(struct aws_client *c, const char *name, json_t **out,
			   struct strbuf *err)
{
	xmlDocPtr doc;

	if (s3_get_xml(c, "GetBucketVersioning", name, "/", "versioning", NULL, &doc, err))
		return -1;
	*out = json_boolean(s3_xml_bool(xmlDocGetRootElement(doc), "Status"));
	xmlFreeDoc(doc);
	return 0;
}

static int read_policy(struct aws_client *c, const char *name, json_t **out,
		       struct strbuf *err)
{
	struct aws_request req = {
		.operation = "GetBucketPolicy", .method = "GET", .bucket = name,
		.path = "/", .query = "policy",
	};
	struct aws_response resp;
	int ret = s3_call(c, &req, no_policy, &resp, err);

	if (ret == 0) {
		*out = json_loadb(resp.body, resp.body_len, 0, NULL);
		if (!*out)
			*out = json_stringn(resp.body, resp.body_len);
	} else if (ret == 1) {
		*out = json_null();
	}
	aws_response_free(&resp);
	return ret < 0 ? -1 : 0;
}

static json_t *parse_lifecycle_rule(xmlNodePtr rule)
{
	json_t *r = json_object();
	json_t *transitions = json_array();
	char *id = xml_child_text(rule, "ID");
	char *prefix = xml_child_text(rule, "Filter/Prefix");
	char *status = xml_child_text(rule, "Status");

	if (!prefix)
		prefix = xml_child_text(rule, "Filter/And/Prefix");
	if (!prefix)
		prefix = xml_child_text(rule, "Prefix");
	json_object_set_new(r, "id", json_string(id ? id : ""));
	json_object_set_new(r, "prefix", json_string(prefix ? prefix : ""));
	json_object_set_new(r, "enabled", json_boolean(status && !strcmp(status, "Enabled")));
	set_xml_integer(r, "expiration_days", rule, "Expiration/Days");
	set_xml_integer(r, "noncurrent_version_expiration_days", rule,
			"NoncurrentVersionExpiration/NoncurrentDays");
	for (xmlNodePtr t = xml_child(rule, "Transition"); t; t = xml_next_same(t)) {
		json_t *tr = json_object();

		set_xml_integer(tr, "days", t, "Days");
		xml_set_child_text(tr, "storage_class", t, "StorageClass");
		json_array_append_new(transitions, tr);
	}
	json_object_set_new(r, "transitions", transitions);
	free(id);
	free(prefix);
	free(status);
	return r;
}

static int read_lifecycle(struct aws_client *c, const char *name, json_t **out,
			  struct strbuf *err)
{
	xmlDocPtr doc;
	int ret = s3_get_xml(c, "GetBucketLifecycleConfiguration", name, "/", "lifecycle",
			     no_lifecycle, &doc, err);

	if (ret < 0)
		return -1;
	*out = json_array();
	if (doc) {
		xmlNodePtr root = xmlDocGetRootElement(doc);

		for (xmlNodePtr rule = xml_child(root, "Rule"); rule; rule = xml_next_same(rule))
			json_array_append_new(*out, parse_lifecycle_rule(rule));
		xmlFreeDoc(doc);
	}
	return 0;
}

static int read_encryption(struct aws_client *c, const char *name, json_t **out,
			   struct strbuf *err)
{
	xmlDocPtr doc;
	int ret = s3_get_xml(c, "GetBucketEncryption", name, "/", "encryption",
			     no_encryption, &doc, err);
	xmlNodePtr sse;

	if (ret < 0)
		return -1;
	*out = json_null();
	if (!doc)
		return 0;
	sse = xml_child(xmlDocGetRootElement(doc), "Rule/ApplyServerSideEncryptionByDefault");
	if (sse) {
		*out = json_object();
		xml_set_child_text(*out, "sse_algorithm", sse, "SSEAlgorithm");
		xml_set_child_text(*out, "kms_key_id", sse, "KMSMasterKeyID");
	}
	xmlFreeDoc(doc);
	return 0;
}

static int read_public_access_block(struct aws_client *c, const char *name, json_t **out,
				    struct strbuf *err)
{
	xmlDocPtr doc;
	int ret = s3_get_xml(c, "GetPublicAccessBlock", name, "/", "publicAccessBlock",
			     no_public_access_block, &doc, err);
	xmlNodePtr root;

	if (ret < 0)
		return -1;
	*out = json_null();
	if (!doc)
		return 0;
	root = xmlDocGetRootElement(doc);
	/* A server without this API (MinIO) answers the GET with a listing. */
	if (root && !xmlStrcmp(root->name, (const xmlChar *)"PublicAccessBlockConfiguration")) {
		*out = json_object();
		json_object_set_new(*out, "block_public_acls",
				    json_boolean(s3_xml_bool(root, "BlockPublicAcls")));
		json_object_set_new(*out, "ignore_public_acls",
				    json_boolean(s3_xml_bool(root, "IgnorePublicAcls")));
		json_object_set_new(*out, "block_public_policy",
				    json_boolean(s3_xml_bool(root, "BlockPublicPolicy")));
		json_object_set_new(*out, "restrict_public_buckets",
				    json_boolean(s3_xml_bool(root, "RestrictPublicBuckets")));
	}
	xmlFreeDoc(doc);
	return 0;
}

/* 0 when the object exists, 1 when it does not, -1 on error. */
static int head_object(struct aws_client *c, const char *bucket, const char *path,
		       struct strbuf *err)
{
	struct aws_request req = {
		.operation = "HeadObject", .method = "HEAD", .bucket = bucket, .path = path,
	};
	struct aws_response resp;
	int ret = s3_call(c, &req, not_found, &resp, err);

	aws_response_free(&resp);
	return ret;
}

/* The folders of `known` whose marker object exists, in the same order. */
static int read_folders(struct aws_client *c, const char *name, const json_t *known,
			json_t **out, struct strbuf *err)
{
	size_t i;
	json_t *folder;

	*out = json_array();
	json_array_foreach(known, i, folder) {
		char *key;
		int ret;

		if (!json_is_string(folder))
			continue;
		key = folder_key(json_string_value(folder));
		ret = head_object(c, name, key, err);
		free(key);
		if (ret < 0) {
			json_decref(*out);
			*out = NULL;
			return -1;
		}
		if (ret == 0)
			json_array_append(*out, folder);
	}
	return 0;
}

static int set_read(json_t *out, const char *key,
		    int (*fn)(struct aws_client *, const char *, json_t **, struct strbuf *),
		    struct aws_client *c, const char *name, struct strbuf *err)
{
	json_t *v = NULL;

	if (fn(c, name, &v, err) < 0)
		return -1;
	json_object_set_new(out, key, v);
	return 0;
}

/* Everything read() reports, for an existing bucket. */
static int read_existing(struct aws_client *c, const char *name, const json_t *known_folders,
			 json_t **out, struct strbuf *err)
{
	json_t *o = json_object();
	json_t *folders = NULL;

	json_object_set_new(o, "name", json_string(name));
	if (set_read(o, "region", read_region, c, name, err) ||
	    set_read(o, "tags", read_tags, c, name, err) ||
	    set_read(o, "versioning", read_versioning, c, name, err) ||
	    set_read(o, "policy", read_policy, c, name, err) ||
	    set_read(o, "lifecycle_rules", read_lifecycle, c, name, err) ||
	    set_read(o, "encryption", read_encryption, c, name, err) ||
	    set_read(o, "public_access_block", read_public_access_block, c, name, err) ||
	    read_folders(c, name, known_folders, &folders, err)) {
		json_decref(o);
		return -1;
	}
	json_object_set_new(o, "folders", folders);
	json_object_set_new(o, "arn", json_sprintf("arn:aws:s3:::%s", name));
	*out = o;
	return 0;
}

/* The bucket `id`, known to be there (an update's, one a create adopts):
 * everything read() reports, the folders looked for those prior names. */
static int bucket_read_there(void *client, const char *id, const json_t *prior,
			     json_t **out, struct strbuf *err)
{
	json_t *folders = value_get(prior, "folders");
	json_t *none = json_array();
	int ret;

	*out = NULL;
	ret = read_existing(client, id, json_is_array(folders) ? folders : none, out, err);
	json_decref(none);
	return ret;
}

static int bucket_read(void *client, const char *id, const json_t *prior,
		       json_t **out, struct strbuf *err)
{
	int ret;

	*out = NULL;
	ret = head_bucket(client, id, err);
	if (ret == 0)
		ret = bucket_read_there(client, id, prior, out, err);
	else if (ret == 1)
		ret = 0;
	return ret;
}

/* ---- writing subresources ---- */

static int put_xml(struct aws_client *c, const char *operation, const char *name,
		   const char *query, struct strbuf *xml, struct strbuf *err)
{
	int ret = s3_put_document(c, operation, name, "/", query, "application/xml",
				  xml->buf, xml->len, err);

	strbuf_release(xml);
	return ret < 0 ? -1 : 0;
}

static int put_tags(struct aws_client *c, const char *name, const json_t *tags,
		    struct strbuf *err)
{
	struct strbuf xml = STRBUF_INIT;

	if (!json_object_size(tags))
		return s3_delete_subresource(c, "DeleteBucketTagging", name, "/", "tagging",
					     no_tag_set, err);
	s3_tagging_xml(&xml, tags);
	return put_xml(c, "PutBucketTagging", name, "tagging", &xml, err);
}

static int put_versioning(struct aws_client *c, const char *name, bool enabled,
			  struct strbuf *err)
{
	struct strbuf xml = STRBUF_INIT;

	strbuf_addf(&xml, "<VersioningConfiguration xmlns=\"" S3_XMLNS "\"><Status>%s</Status>"
		    "</VersioningConfiguration>", enabled ? "Enabled" : "Suspended");
	return put_xml(c, "PutBucketVersioning", name, "versioning", &xml, err);
}

static int put_policy(struct aws_client *c, const char *name, const json_t *policy,
		      struct strbuf *err)
{
	char *text;
	int ret;

	if (!value_is_set(policy))
		return s3_delete_subresource(c, "DeleteBucketPolicy", name, "/", "policy",
					     no_policy, err);
	if (json_is_string(policy))
		text = xstrdup(json_string_value(policy));
	else
		text = json_dumps(policy, JSON_COMPACT | JSON_SORT_KEYS);
	if (!text) {
		strbuf_addstr(err, "policy: cannot serialise the document");
		return -1;
	}
	ret = s3_put_document(c, "PutBucketPolicy", name, "/", "policy", "application/json",
			      text, strlen(text), err);
	free(text);
	return ret < 0 ? -1 : 0;
}

static void add_days(struct strbuf *xml, const char *elem, const char *days_elem,
		     const json_t *v)
{
	if (value_is_set(v))
		strbuf_addf(xml, "<%s><%s>%lld</%s></%s>", elem, days_elem, number_of(v),
			    days_elem, elem);
}

static void lifecycle_rule_xml(struct strbuf *xml, const json_t *rule)
{
	const char *id = json_string_value(value_get(rule, "id"));
	const char *prefix = json_string_value(value_get(rule, "prefix"));
	json_t *enabled = value_get(rule, "enabled");
	json_t *transitions = value_get(rule, "transitions");
	size_t i;
	json_t *t;

	strbuf_addstr(xml, "<Rule><ID>");
	xml_escape(xml, id ? id : "");
	strbuf_addstr(xml, "</ID><Filter><Prefix>");
	xml_escape(xml, prefix ? prefix : "");
	strbuf_addf(xml, "</Prefix></Filter><Status>%s</Status>",
		    json_is_false(enabled) ? "Disabled" : "Enabled");
	json_array_foreach(transitions, i, t) {
		const char *storage_class = json_string_value(value_get(t, "storage_class"));

		strbuf_addf(xml, "<Transition><Days>%lld</Days><StorageClass>",
			    number_of(value_get(t, "days")));
		xml_escape(xml, storage_class ? storage_class : "");
		strbuf_addstr(xml, "</StorageClass></Transition>");
	}
	add_days(xml, "Expiration", "Days", value_get(rule, "expiration_days"));
	add_days(xml, "NoncurrentVersionExpiration", "NoncurrentDays",
		 value_get(rule, "noncurrent_version_expiration_days"));
	strbuf_addstr(xml, "</Rule>");
}

static int put_lifecycle(struct aws_client *c, const char *name, const json_t *rules,
			 struct strbuf *err)
{
	struct strbuf xml = STRBUF_INIT;
	size_t i;
	json_t *rule;

	if (!json_array_size(rules))
		return s3_delete_subresource(c, "DeleteBucketLifecycle", name, "/", "lifecycle",
					     no_lifecycle, err);
	strbuf_addstr(&xml, "<LifecycleConfiguration xmlns=\"" S3_XMLNS "\">");
	json_array_foreach(rules, i, rule)
		lifecycle_rule_xml(&xml, rule);
	strbuf_addstr(&xml, "</LifecycleConfiguration>");
	return put_xml(c, "PutBucketLifecycleConfiguration", name, "lifecycle", &xml, err);
}

static int put_encryption(struct aws_client *c, const char *name, const json_t *enc,
			  struct strbuf *err)
{
	struct strbuf xml = STRBUF_INIT;
	const char *algorithm = json_string_value(value_get(enc, "sse_algorithm"));
	const char *key = json_string_value(value_get(enc, "kms_key_id"));

	strbuf_addstr(&xml, "<ServerSideEncryptionConfiguration xmlns=\"" S3_XMLNS "\"><Rule>"
		      "<ApplyServerSideEncryptionByDefault><SSEAlgorithm>");
	xml_escape(&xml, algorithm ? algorithm : "AES256");
	strbuf_addstr(&xml, "</SSEAlgorithm>");
	if (key && *key) {
		strbuf_addstr(&xml, "<KMSMasterKeyID>");
		xml_escape(&xml, key);
		strbuf_addstr(&xml, "</KMSMasterKeyID>");
	}
	strbuf_addstr(&xml, "</ApplyServerSideEncryptionByDefault></Rule>"
		      "</ServerSideEncryptionConfiguration>");
	return put_xml(c, "PutBucketEncryption", name, "encryption", &xml, err);
}

static int put_public_access_block(struct aws_client *c, const char *name,
				   const json_t *pab, struct strbuf *err)
{
	struct strbuf xml = STRBUF_INIT;
	static const struct { const char *attr, *elem; } fields[] = {
		{ "block_public_acls", "BlockPublicAcls" },
		{ "ignore_public_acls", "IgnorePublicAcls" },
		{ "block_public_policy", "BlockPublicPolicy" },
		{ "restrict_public_buckets", "RestrictPublicBuckets" },
	};

	strbuf_addstr(&xml, "<PublicAccessBlockConfiguration xmlns=\"" S3_XMLNS "\">");
	for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++)
		strbuf_addf(&xml, "<%s>%s</%s>", fields[i].elem,
			    json_is_true(value_get(pab, fields[i].attr)) ? "true" : "false",
			    fields[i].elem);
	strbuf_addstr(&xml, "</PublicAccessBlockConfiguration>");
	return put_xml(c, "PutPublicAccessBlock", name, "publicAccessBlock", &xml, err);
}

static int put_folder(struct aws_client *c, const char *name, const char *folder,
		      struct strbuf *err)
{
	char *key = folder_key(folder); /* not empty: rule_s3_folder */
	int ret;

	ret = s3_put_document(c, "PutObject", name, key, NULL, "application/x-directory",
			      "", 0, err);
	free(key);
	return ret < 0 ? -1 : 0;
}

static int delete_folder(struct aws_client *c, const char *name, const char *folder,
			 struct strbuf *err)
{
	char *key = folder_key(folder);
	int ret = s3_delete_subresource(c, "DeleteObject", name, key, NULL, not_found, err);

	free(key);
	return ret;
}

/* Create the marker of every folder in `desired` not in `current`, and delete
 * the markers of folders dropped from the configuration. */
static int sync_folders(struct aws_client *c, const char *name, const json_t *current,
			const json_t *desired, struct strbuf *err)
{
	size_t i;
	json_t *f;

	json_array_foreach(desired, i, f)
		if (json_is_string(f) && !value_list_has_string(current, json_string_value(f)) &&
		    put_folder(c, name, json_string_value(f), err))
			return -1;
	json_array_foreach(current, i, f)
		if (json_is_string(f) && !value_list_has_string(desired, json_string_value(f)) &&
		    delete_folder(c, name, json_string_value(f), err))
			return -1;
	return 0;
}

/*
 * Bring the subresources from `current` (NULL for a bucket just created,
 * which has none of them) to `desired`. Unset encryption and public access
 * block mean "leave as they are".
 */
static int apply_subresources(struct aws_client *c, const char *name, const json_t *current,
			      const json_t *desired, struct strbuf *err)
{
	bool fresh = !current;
	json_t *tags = value_get(desired, "tags");
	json_t *versioning = value_get(desired, "versioning");
	json_t *policy = value_get(desired, "policy");
	json_t *rules = value_get(desired, "lifecycle_rules");
	json_t *enc = value_get(desired, "encryption");
	json_t *pab = value_get(desired, "public_access_block");
	json_t *no_folders = json_array();
	int ret = -1;

	if (fresh ? json_object_size(tags) > 0 : attr_changed(current, desired, "tags"))
		if (put_tags(c, name, tags, err))
			goto out;
	if (fresh ? json_is_true(versioning) : attr_changed(current, desired, "versioning"))
		if (put_versioning(c, name, json_is_true(versioning), err))
			goto out;
	/* The public access block before the policy: a new bucket blocks
	 * public policies (S3's default since April 2023), so a stack that
	 * turns block_public_policy off for a public policy needs it off
	 * first (rule_s3_public_policy). */
	if (value_is_set(pab) && (fresh || attr_changed(current, desired, "public_access_block")))
		if (put_public_access_block(c, name, pab, err))
			goto out;
	if (fresh ? value_is_set(policy) : attr_changed(current, desired, "policy"))
		if (put_policy(c, name, policy, err))
			goto out;
	if (fresh ? json_array_size(rules) > 0 : attr_changed(current, desired, "lifecycle_rules"))
		if (put_lifecycle(c, name, rules, err))
			goto out;
	if (value_is_set(enc) && (fresh || attr_changed(current, desired, "encryption")))
		if (put_encryption(c, name, enc, err))
			goto out;
	{
		json_t *have = fresh ? no_folders : value_get(current, "folders");
		json_t *want = value_get(desired, "folders");

		if (sync_folders(c, name, json_is_array(have) ? have : no_folders,
				 json_is_array(want) ? want : no_folders, err))
			goto out;
	}
	ret = 0;
out:
	json_decref(no_folders);
	return ret;
}

/* ---- create and update: the contract (adopt.h), then delete ---- */

/*
 * CreateBucket. us-east-1 answers 200 to re-creating a bucket you own, so
 * there HeadBucket asks first (on 403 or 301, CreateBucket says why); a
 * bucket either finds is there already (sent->exists), with the number of
 * CreateBucket's sends (an attempt's answer lost: BucketAlreadyOwnedByYou
 * may be its own doing). A bucket another account owns fails. 0, or -1
 * with err set.
 */
static int create_bucket(struct aws_client *c, const char *name, const char *region,
			 struct aws_sent *sent, struct strbuf *err)
{
	static const char *const exists[] = { "BucketAlreadyOwnedByYou", "BucketAlreadyExists", NULL };
	struct strbuf body = STRBUF_INIT;
	struct aws_request req = {
		.operation = "CreateBucket", .method = "PUT", .bucket = name, .path = "/",
	};
	struct aws_response resp;
	int ret;

	if (!strcmp(region, "us-east-1")) {
		struct strbuf head_err = STRBUF_INIT;

		if (head_bucket(c, name, &head_err) == 0) {
			sent->exists = true;
			snprintf(sent->why, sizeof(sent->why), "owned by you: s3 HeadBucket: HTTP 200");
		}
		strbuf_release(&head_err);
		if (sent->exists)
			return 0;
	} else {
		strbuf_addstr(&body, "<CreateBucketConfiguration xmlns=\"" S3_XMLNS "\">"
			      "<LocationConstraint>");
		xml_escape(&body, region);
		strbuf_addstr(&body, "</LocationConstraint></CreateBucketConfiguration>");
		req.body = body.buf;
		req.body_len = body.len;
	}
	ret = s3_call(c, &req, exists, &resp, err);
	if (ret == 1 && !strcmp(resp.error_code, "BucketAlreadyExists")) {
		strbuf_addf(err, "bucket %s already exists and is owned by another account: "
			    "choose another name (s3 CreateBucket: HTTP %ld BucketAlreadyExists)",
			    name, resp.status);
		ret = -1;
	} else if (ret == 1) {
		sent->exists = true;
		sent->attempts = resp.attempts;
		snprintf(sent->why, sizeof(sent->why),
			 "owned by you: s3 CreateBucket: HTTP %ld BucketAlreadyOwnedByYou",
			 resp.status);
	}
	aws_response_free(&resp);
	strbuf_release(&body);
	return ret < 0 ? -1 : 0;
}

/* Whether bucket `name` holds no object (one ListObjectsV2 of one key). */
static int bucket_empty(struct aws_client *c, const char *name, bool *empty,
			struct strbuf *err)
{
	xmlDocPtr doc = NULL;

	if (s3_get_xml(c, "ListObjectsV2", name, "/", "list-type=2&max-keys=1&encoding-type=url",
		       NULL, &doc, err))
		return -1;
	*empty = !xml_child(xmlDocGetRootElement(doc), "Contents");
	xmlFreeDoc(doc);
	return 0;
}

/* When ListBuckets (asked with prefix=name) says bucket `name` was created
 * (the server's clock), in *created; 0 when it does not say. */
static int bucket_created(struct aws_client *c, const char *name, time_t *created,
			  struct strbuf *err)
{
	struct strbuf query = STRBUF_INIT;
	struct aws_request req = { .operation = "ListBuckets", .method = "GET", .path = "/" };
	struct aws_response resp;
	xmlDocPtr doc = NULL;
	int rc;

	*created = 0;
	strbuf_addstr(&query, "prefix=");
	sigv4_uri_encode(&query, name, strlen(name), false);
	req.query = query.buf;
	rc = s3_call(c, &req, NULL, &resp, err);
	if (!rc && !(doc = xml_parse(resp.body, resp.body_len, err)))
		rc = -1;
	aws_response_free(&resp);
	strbuf_release(&query);
	for (xmlNodePtr b = doc ? xml_child(xmlDocGetRootElement(doc), "Buckets/Bucket") : NULL;
	     b; b = xml_next_same(b)) {
		char *n = xml_child_text(b, "Name"), *when = xml_child_text(b, "CreationDate");

		if (n && when && !strcmp(n, name) && aws_parse_timestamp(when, created))
			*created = 0;
		free(n);
		free(when);
	}
	xmlFreeDoc(doc);
	return rc ? -1 : 0;
}

/*
 * The adopt policy's evidence (AWS_ADOPT_BY_LATER_TAGS) for bucket `name`
 * that CreateBucket found already ours (BucketAlreadyOwnedByYou, or
 * us-east-1's HeadBucket) without terrace's ownership tags: its tags come
 * after CreateBucket (PutBucketTagging, the first thing configured), so an
 * attempt of this create cut off before them leaves it untagged. It is
 * that attempt's only when it holds no object and, for a create resent by
 * this run (first_sent: when it was first sent; 0 for an earlier run's),
 * ListBuckets says it was created since (aws_created_since). 0 when ours;
 * -1 with err set.
 */
static int bucket_untagged(struct aws_client *c, const char *name, const char *object,
			   time_t first_sent, struct strbuf *err)
{
	bool empty = false;
	time_t created = 0;
	int rc = bucket_empty(c, name, &empty, err);

	if (!rc)
		rc = aws_adopt_evidence(empty, "it has no terrace tags and holds objects", "name",
					err, "%s", object);
	if (!rc && first_sent)
		rc = bucket_created(c, name, &created, err);
	if (!rc && first_sent)
		rc = aws_adopt_evidence(created && aws_created_since(created, first_sent),
					"it has no terrace tags and was not created by this "
					"create's attempts (ListBuckets: created before it was sent)",
					"name", err, "%s", object);
	return rc ? -1 : 0;
}

/*
 * What a bucket just made by this create holds (in read_existing's shape),
 * read back only where CreateBucket's answer and what the
 * converge sent do not say it: the encryption and public access block S3
 * gives every new bucket when the stack leaves them unset (and the
 * encryption also when set: a KMS key may read back as another form), the
 * policy and lifecycle rules when set (S3 may write them back in its own
 * form), the region when a server other than AWS was asked for one (AWS
 * makes the bucket where CreateBucket says or refuses it). The rest is
 * what was sent: tags, versioning, the folders' markers (all put), no
 * policy or rules when none was sent. A bucket found there (adopted) is
 * read whole instead (bucket_converge).
 */
static int read_created(struct aws_client *c, const char *name, const char *region,
			const json_t *desired, json_t **out, struct strbuf *err)
{
	json_t *o = json_object(), *tags = value_get(desired, "tags");
	json_t *folders = json_array(), *f;
	size_t i;
	int rc;

	json_object_set_new(o, "name", json_string(name));
	if (aws_client_endpoint(c) && strcmp(region, "us-east-1"))
		rc = set_read(o, "region", read_region, c, name, err);
	else
		rc = json_object_set_new(o, "region", json_string(region));
	json_object_set_new(o, "tags", json_is_object(tags) && json_object_size(tags) ?
			    json_deep_copy(tags) : json_object());
	json_object_set_new(o, "versioning",
			    json_boolean(json_is_true(value_get(desired, "versioning"))));
	if (!rc)
		rc = value_is_set(value_get(desired, "policy"))
		     ? set_read(o, "policy", read_policy, c, name, err)
		     : json_object_set_new(o, "policy", json_null());
	if (!rc)
		rc = json_array_size(value_get(desired, "lifecycle_rules"))
		     ? set_read(o, "lifecycle_rules", read_lifecycle, c, name, err)
		     : json_object_set_new(o, "lifecycle_rules", json_array());
	if (!rc)
		rc = set_read(o, "encryption", read_encryption, c, name, err);
	if (!rc)
		rc = set_read(o, "public_access_block", read_public_access_block, c, name, err);
	json_array_foreach(value_get(desired, "folders"), i, f)
		if (json_is_string(f))
			json_array_append(folders, f);
	json_object_set_new(o, "folders", folders);
	json_object_set_new(o, "arn", json_sprintf("arn:aws:s3:::%s", name));
	if (rc) {
		json_decref(o);
		return -1;
	}
	*out = o;
	return 0;
}

/*
 * The converge create and update end in (docs/design.md): the
 * subresources brought from `have` (the bucket as read; NULL right after
 * CreateBucket, which sets none of them) to desired, then the bucket read
 * back, with the folder markers desired names.
 */
static int bucket_converge(struct aws_client *c, const char *id, const json_t *have,
			   const json_t *desired, json_t **out, struct strbuf *err)
{
	const json_t *want_folders = value_get(desired, "folders");

	if (apply_subresources(c, id, have, desired, err))
		return -1;
	return read_existing(c, id, json_is_array(want_folders) ? want_folders : NULL, out, err)
	       ? -1 : 0;
}

/*
 * The create's send (adopt.h): CreateBucket, then, for a bucket it made,
 * what CreateBucket cannot carry: the subresources desired sets, put onto
 * a bucket that has none of them, and the bucket as read back (sent->out:
 * the driver stores it), whole when an earlier attempt may have been sent
 * (bucket_converge), else only where CreateBucket's answer and the puts do
 * not say it (read_created). A bucket of ours there already is the
 * driver's to weigh (bucket_ops' policy), then to converge.
 */
static int bucket_send(struct aws_client *c, const json_t *desired,
		       const struct create_call *call, struct aws_sent *sent, struct strbuf *err)
{
	const char *name = json_string_value(value_get(desired, "name"));
	const char *region = json_string_value(value_get(desired, "region"));
	bool may_exist = call && call->may_exist;

	if (!name) {
		strbuf_addstr(err, "aws.s3.bucket: name has no value to send");
		return -1;
	}
	if (!region || !*region)
		region = aws_client_region(c);
	/* plan held it (aws_check_bucket_regions) unless only apply made the
	 * client */
	if (aws_s3_region_refused(c, region, err)) {
		strbuf_prefixf(err, "aws.s3.bucket %s: region %s ", name, region);
		return -1;
	}
	if (create_bucket(c, name, region, sent, err))
		return -1;
	/* From here on the bucket exists: its id goes back even if configuring
	 * it fails, so the core keeps tracking it. */
	sent->id = xstrdup(name);
	/* Its configuration calls may find no bucket for a while (timing.h):
	 * one made, or one an attempt of this create may have made. */
	if (!sent->exists || may_exist || sent->attempts > 1)
		aws_client_note_made(c, name);
	if (sent->exists)
		return 0;
	if (may_exist)
		return bucket_converge(c, name, NULL, desired, &sent->out, err);
	if (apply_subresources(c, name, NULL, desired, err))
		return -1;
	return read_created(c, name, region, desired, &sent->out, err);
}

/* The prior an update's read is given (update_shape_of): the folders to
 * look for, desired's, then prior's not among them (a new object). */
static json_t *folders_to_read(const json_t *prior, const json_t *desired)
{
	json_t *o = json_array(), *f;
	size_t i;

	json_array_foreach(value_get(desired, "folders"), i, f)
		if (json_is_string(f))
			json_array_append(o, f);
	json_array_foreach(value_get(prior, "folders"), i, f)
		if (json_is_string(f) && !value_list_has_string(o, json_string_value(f)))
			json_array_append(o, f);
	return json_pack("{s:o}", "folders", o);
}

/*
 * The contract: create as bucket_send -> adopt -> bucket_converge (what it
 * found, read whole) -> stored; update as the bucket read whole (no
 * HeadBucket: it is in the state; read_there) -> bucket_converge. `prior`
 * serves only to address the update's read (exception (b)): a folder is a
 * marker object S3 cannot list as one, so the read looks for desired's
 * folders and the state's (a folder dropped from the stack is deleted when
 * its marker is still there). A bucket found there is this create's by
 * AWS_ADOPT_BY_LATER_TAGS: CreateBucket carries no tags, so an untagged
 * one is weighed by bucket_untagged.
 */
static const struct aws_native_ops bucket_ops = {
	.send_create = bucket_send,
	.adopt = { .by = AWS_ADOPT_BY_LATER_TAGS, .noun = "name", .object = "bucket %s",
		   .tags = read_tags, .untagged = bucket_untagged },
	.converge = bucket_converge,
	.read = bucket_read,
	.read_there = bucket_read_there,
	.update_shape_of = folders_to_read,
	.made_missing = "aws.s3.bucket: bucket %s was made but its read does not find it",
	.gone = "aws.s3.bucket: bucket %s is in the state but its read does not find it",
};

AWS_NATIVE_FUNCTIONS(bucket, bucket_ops)

/* The object keys of the folder markers of `folders` (a list), new list. */
static json_t *marker_keys(const json_t *folders)
{
	json_t *keys = json_array();
	size_t i;
	json_t *f;
	json_array_foreach(folders, i, f)
		if (json_is_string(f)) {
			char *key = folder_key(json_string_value(f));
			json_array_append_new(keys, json_string(key + 1));
			free(key);
		}
	return keys;
}

static int bucket_delete(void *client, const char *id, const json_t *prior,
			 struct strbuf *err)
{
	static const char *const outcomes[] = { "NoSuchBucket", "404", "BucketNotEmpty", NULL };
	struct aws_client *c = client;
	bool force = json_is_true(value_get(prior, "force_destroy"));
	struct aws_request req = {
		.operation = "DeleteBucket", .method = "DELETE", .bucket = id, .path = "/",
	};

	/* Objects written while emptying (or listings that lag) leave the
	 * bucket not empty: empty it again, a few times at most. */
	for (int round = 0; round < 3; round++) {
		struct aws_response resp;
		bool gone = false, not_empty;
		int ret;

		if (force) {
			if (s3_empty_bucket(c, id, &gone, err))
				return -1;
			if (gone)
				return 0;
		}
		ret = s3_call(c, &req, outcomes, &resp, err);
		not_empty = ret == 1 && resp.error_code && !strcmp(resp.error_code, "BucketNotEmpty");
		aws_response_free(&resp);
		if (ret < 0)
			return -1;
		if (!not_empty)
			return 0;
		if (!force) {
			/* Only terrace's folder markers in it: those are ours to remove. */
			bool others = true;
			json_t *markers = marker_keys(value_get(prior, "folders"));
			int rc = json_array_size(markers) && round == 0
				 ? s3_delete_only_keys(c, id, markers, &others, err) : 0;
			json_decref(markers);
			if (rc)
				return -1;
			if (!others)
				continue;
			strbuf_addf(err, "bucket %s is not empty: set force_destroy: true to delete "
				    "it with its objects", id);
			return -1;
		}
	}
	strbuf_addf(err, "bucket %s is still not empty after deleting its objects three times "
		    "(s3 DeleteBucket: HTTP 409 BucketNotEmpty): something keeps writing to it", id);
	return -1;
}

/* For sweep (listing.h): every bucket of the account in the client's
 * region, with its tags. A
 * bucket of another region (ListBuckets names it; asking it from here is
 * redirected) is left to a provider configuration of that region. */
static int bucket_list(void *client, const struct resource_query *q,
		       struct resource_items *out, struct strbuf *err)
{
	struct aws_client *c = client;
	static const char *const no_tags[] = {
		"NoSuchTagSet", "NoSuchBucket", "PermanentRedirect", "AuthorizationHeaderMalformed",
		NULL,
	};
	struct aws_request req = { .operation = "ListBuckets", .method = "GET", .path = "/" };
	struct aws_response resp;
	xmlDocPtr doc;
	int rc = 0;

	if (s3_call(c, &req, NULL, &resp, err)) {
		aws_response_free(&resp);
		return -1;
	}
	doc = xml_parse(resp.body, resp.body_len, err);
	aws_response_free(&resp);
	if (!doc) {
		strbuf_prefixf(err, "s3 ListBuckets: ");
		return -1;
	}
	for (xmlNodePtr b = xml_child(xmlDocGetRootElement(doc), "Buckets/Bucket"); b;
	     b = xml_next_same(b)) {
		char *name = xml_child_text(b, "Name");
		char *created = xml_child_text(b, "CreationDate");
		char *region = xml_child_text(b, "BucketRegion");
		json_t *tags = NULL;
		time_t t = 0;

		if (name && (!region || !strcmp(region, aws_client_region(c)))) {
			xmlDocPtr tdoc = NULL;

			if (q->tagged)
				rc = s3_get_xml(c, "GetBucketTagging", name, "/", "tagging", no_tags,
						&tdoc, err);
			if (rc >= 0) {
				if (q->tagged)
					tags = tdoc ? s3_tagging_parse(tdoc) : json_object();
				if (created)
					aws_parse_timestamp(created, &t);
				resource_items_add(out, name, name, t)->tags = tags;
				rc = 0;
			}
			if (tdoc)
				xmlFreeDoc(tdoc);
		}
		free(name);
		free(created);
		free(region);
		if (rc < 0)
			break;
	}
	xmlFreeDoc(doc);
	return rc < 0 ? -1 : 0;
}




const struct resource_type aws_s3_bucket_type = {
	.name = "aws.s3.bucket",
	.description = "an S3 bucket with its tags, versioning, policy, lifecycle, encryption, "
		       "public access block and folder markers",
	.attrs = bucket_attrs,
	.terraform_type = "aws_s3_bucket",
	.terraform_attrs = "name=bucket region tags force_destroy arn",
	.read = bucket_read,
	.create = bucket_create,
	.update = bucket_update,
	.native = &bucket_ops,
	.delete = bucket_delete,
	.import_id = "its name",
	.id_attr = "name",
	.list = bucket_list,
	.list_rank = 10,
	.list_account_wide = true,
};
