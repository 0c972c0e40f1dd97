/*
 * plan_json_tf.c: -terraform-names, a view of a JSON plan in the Terraform
 * AWS provider's (hashicorp/aws) type and attribute names, so that policy
 * checks written against Terraform plans (resource type aws_s3_bucket,
 * attribute bucket, a policy document as a JSON string) run on terrace's
 * plans unchanged.
 *
 * It rewrites the finished document: resource_changes, planned_values,
 * prior_state, configuration and relevant_attributes (or a state's
 * values, for `show -json -terraform-names` of the state). Each type names its
 * Terraform type and the attributes that have a counterpart in its own
 * definition (terraform_type, terraform_attrs: "name=bucket" renamed,
 * "tags" the same name); the others are left out.
 * A nested block is a list of one, as Terraform writes blocks; tags_all
 * stands beside tags. Settings Terraform keeps in resources of their own (a
 * bucket's versioning, encryption, public access block, policy and
 * lifecycle rules; a secret's value) become those resources too, named
 * like the resource they come from, in the changes, the values and the
 * configuration, where each names its resource by reference (`bucket =
 * aws_s3_bucket.raw.id`) as policies linking them expect; settings terrace
 * keeps flat and Terraform nests in blocks (an Athena workgroup's
 * configuration) are nested. Types of other providers, and aws types
 * without an entry, keep terrace's names.
 * tests/integration/cmd/t0435-terraform-names.sh checks every name here against
 * the provider's own schema (`terraform providers schema -json`).
 */
#include "cmd/cli.h"
#include "cmd/plan_json.h"

#include <stdlib.h>
#include <string.h>

#define TF_PROVIDER "registry.terraform.io/hashicorp/aws"


/* Terraform keeps these in separate resources: from one side (before or
 * after) of the terrace resource, add {type: values} to out. */
typedef void companions_fn(const json_t *values, json_t *out);

/* Terraform nests in blocks what terrace keeps flat: from the values of
 * the terrace resource, add the blocks to out (in Terraform's names). */
typedef void nest_fn(const json_t *values, json_t *out);

/* The view of one type: its resource type (the names) and, for the types
 * Terraform splits, what goes into resources of their own; for the types
 * Terraform nests, its blocks. */
struct tf_type {
	const struct resource_type *rt;
	companions_fn *companions;
	nest_fn *nest;
};

static companions_fn s3_bucket_companions, secret_companions;

/* How a companion names the resource it comes from (link: its attribute
 * holding that resource's id, as a Terraform user writes it) and which
 * attribute of that resource its settings come from (source). */
static const struct {
	const char *type, *link, *source;
} companion_links[] = {
	{ "aws_s3_bucket_versioning", "bucket", "versioning" },
	{ "aws_s3_bucket_server_side_encryption_configuration", "bucket", "encryption" },
	{ "aws_s3_bucket_public_access_block", "bucket", "public_access_block" },
	{ "aws_s3_bucket_policy", "bucket", "policy" },
	{ "aws_s3_bucket_lifecycle_configuration", "bucket", "lifecycle_rules" },
	{ "aws_secretsmanager_secret_version", "secret_id", "value" },
};
static nest_fn athena_workgroup_nest;

static const struct {
	const char *type;
	companions_fn *companions;
	nest_fn *nest;
} split_types[] = {
	{ "aws.s3.bucket", s3_bucket_companions, NULL },
	{ "aws.secretsmanager.secret", secret_companions, NULL },
	{ "aws.athena.workgroup", NULL, athena_workgroup_nest },
};

/* The view of a type that has Terraform names, or NULL. One per type,
 * made at first use (rendering runs on one thread). */
static const struct tf_type *tf_type_of(const char *terrace)
{
	static struct tf_type made[256];
	static size_t n_made;
	const struct resource_type *rt = terrace ? resource_type_find(terrace, NULL) : NULL;
	if (!rt || !rt->terraform_type)
		return NULL;
	for (size_t i = 0; i < n_made; i++)
		if (made[i].rt == rt)
			return &made[i];
	if (n_made == sizeof(made) / sizeof(made[0]))
		return NULL;
	struct tf_type *t = &made[n_made++];
	t->rt = rt;
	t->companions = NULL;
	t->nest = NULL;
	for (size_t i = 0; i < sizeof(split_types) / sizeof(split_types[0]); i++)
		if (!strcmp(split_types[i].type, rt->name)) {
			t->companions = split_types[i].companions;
			t->nest = split_types[i].nest;
		}
	return t;
}

/* The Terraform name of attribute `name`, or NULL when it has none: a new
 * string. */
static char *tf_attr(const struct tf_type *t, const char *name)
{
	size_t n = strlen(name);
	for (const char *p = t->rt->terraform_attrs ? t->rt->terraform_attrs : ""; *p; ) {
		size_t len = strcspn(p, " ");
		const char *eq = memchr(p, '=', len);
		size_t from = eq ? (size_t)(eq - p) : len;
		if (from == n && !strncmp(p, name, n))
			return eq ? xstrndup(eq + 1, len - from - 1) : xstrndup(p, len);
		p += len;
		p += strspn(p, " ");
	}
	return NULL;
}

/* Terraform holds JSON documents (policies, patterns, definitions) as
 * strings. */
static json_t *tf_value(const struct tf_type *t, const char *name, json_t *v)
{
	const struct attr_schema *a = schema_find(t->rt->attrs, name);
	if (a && a->type == ATTR_OBJECT && json_is_object(v))
		return json_pack("[O]", v); /* a nested block: a list of one */
	if (a && a->type == ATTR_JSON && !json_is_null(v) && !json_is_string(v)) {
		char *text = json_dumps(v, JSON_COMPACT | JSON_SORT_KEYS);
		json_t *s = json_string(text ? text : "");
		free(text);
		return s;
	}
	return json_incref(v);
}

/* A map keyed by terrace attribute names (values, after_unknown,
 * *_sensitive) in Terraform's names; non-objects are kept. */
static json_t *rename_map(const struct tf_type *t, json_t *m, bool convert)
{
	if (!json_is_object(m))
		return json_incref(m);
	json_t *out = json_object();
	const char *k;
	json_t *v;
	json_object_foreach(m, k, v) {
		char *to = tf_attr(t, k);
		if (to)
			json_object_set_new(out, to, convert ? tf_value(t, k, v) : json_incref(v));
		free(to);
	}
	if (convert && t->nest)
		t->nest(m, out);
	return out;
}

/* Set key in o to a copy of values[name] when that is set. */
static void nest_copy(json_t *o, const char *key, const json_t *values, const char *name)
{
	json_t *v = json_object_get(values, name);
	if (v && !json_is_null(v))
		json_object_set(o, key, v);
}

/* aws_athena_workgroup's configuration block, with its result_configuration
 * and encryption_configuration, from the flat settings. */
static void athena_workgroup_nest(const json_t *values, json_t *out)
{
	json_t *conf = json_object(), *result = json_object(), *enc = json_object();
	nest_copy(conf, "bytes_scanned_cutoff_per_query", values, "bytes_scanned_cutoff_per_query");
	nest_copy(conf, "enforce_workgroup_configuration", values, "enforce_workgroup_configuration");
	nest_copy(conf, "publish_cloudwatch_metrics_enabled", values, "publish_cloudwatch_metrics");
	nest_copy(result, "output_location", values, "output_location");
	nest_copy(enc, "encryption_option", values, "encryption");
	nest_copy(enc, "kms_key_arn", values, "kms_key");
	if (json_object_size(enc))
		json_object_set_new(result, "encryption_configuration", json_pack("[O]", enc));
	if (json_object_size(result))
		json_object_set_new(conf, "result_configuration", json_pack("[O]", result));
	if (json_object_size(conf))
		json_object_set_new(out, "configuration", json_pack("[O]", conf));
	json_decref(conf);
	json_decref(result);
	json_decref(enc);
}

static void rename_key(json_t *obj, const struct tf_type *t, const char *key, bool convert)
{
	json_t *m = json_object_get(obj, key);
	if (m)
		json_object_set_new(obj, key, rename_map(t, m, convert));
}

/* A map of values (or of their unknown or sensitive marks) renamed, with
 * Terraform's tags_all beside tags: the tags the resource ends up with,
 * the provider's default tags included (terrace's own tags are in tags). */
static void rename_values_key(json_t *obj, const struct tf_type *t, const char *key, bool convert)
{
	rename_key(obj, t, key, convert);
	json_t *m = json_object_get(obj, key);
	json_t *tags = json_object_get(m, "tags");
	if (json_is_object(m) && tags && !json_object_get(m, "tags_all"))
		json_object_set(m, "tags_all", tags);
}

/* Terraform's address from a resource object's address fields: module
 * part, type, name, key. A new string. */
static char *fields_address(const json_t *r, const char *tf_type)
{
	const char *ma = json_string_value(json_object_get(r, "module_address"));
	const char *name = json_string_value(json_object_get(r, "name"));
	json_t *index = json_object_get(r, "index");
	char *key = NULL;
	if (json_is_integer(index))
		key = xasprintf("[%lld]", (long long)json_integer_value(index));
	else if (json_is_string(index)) {
		char *q = json_dumps(index, JSON_ENCODE_ANY);
		key = xasprintf("[%s]", q);
		free(q);
	}
	char *address = xasprintf("%s%s%s.%s%s", ma ? ma : "", ma ? "." : "", tf_type,
				  name ? name : "", key ? key : "");
	free(key);
	return address;
}

static void set_address(json_t *r, const char *tf_type)
{
	char *address = fields_address(r, tf_type);
	json_object_set_new(r, "address", json_string(address));
	free(address);
}

char *plan_json_terraform_address(const char *address, const char *type)
{
	const struct tf_type *t = tf_type_of(type);
	if (!t)
		return NULL;
	json_t *fields = json_object();
	plan_json_address_fields(fields, address);
	char *tf = fields_address(fields, t->rt->terraform_type);
	json_decref(fields);
	return tf;
}

static const char *bool_status(const json_t *v)
{
	return json_is_true(v) ? "Enabled" : "Suspended";
}

/* One block of a list of one, {key: value}, when value is set. */
static void block_of_one(json_t *o, const char *block, const char *key, const json_t *value)
{
	if (value && !json_is_null(value))
		json_object_set_new(o, block, json_pack("[{s:O}]", key, value));
}

/* aws_s3_bucket_lifecycle_configuration's rules from lifecycle_rules. */
static json_t *lifecycle_rules(const json_t *rules)
{
	json_t *out = json_array();
	size_t i, j;
	json_t *r, *tr;
	json_array_foreach(rules, i, r) {
		const json_t *enabled = json_object_get(r, "enabled");
		json_t *rule = json_pack("{s:O, s:s}", "id", json_object_get(r, "id"), "status",
					 json_is_false(enabled) ? "Disabled" : "Enabled");
		json_t *prefix = json_object_get(r, "prefix");
		prefix = prefix ? json_incref(prefix) : json_string("");
		block_of_one(rule, "filter", "prefix", prefix);
		json_decref(prefix);
		block_of_one(rule, "expiration", "days", json_object_get(r, "expiration_days"));
		block_of_one(rule, "noncurrent_version_expiration", "noncurrent_days",
			     json_object_get(r, "noncurrent_version_expiration_days"));
		json_t *transitions = json_array();
		json_array_foreach(json_object_get(r, "transitions"), j, tr)
			json_array_append_new(transitions, json_pack("{s:O, s:O}",
				"days", json_object_get(tr, "days"),
				"storage_class", json_object_get(tr, "storage_class")));
		if (json_array_size(transitions))
			json_object_set(rule, "transition", transitions);
		json_decref(transitions);
		json_array_append_new(out, rule);
	}
	return out;
}

static void s3_bucket_companions(const json_t *values, json_t *out)
{
	const json_t *bucket = json_object_get(values, "name");
	const json_t *v = json_object_get(values, "versioning");
	if (json_is_true(v))
		json_object_set_new(out, "aws_s3_bucket_versioning", json_pack(
			"{s:O, s:[{s:s}]}", "bucket", bucket, "versioning_configuration",
			"status", bool_status(v)));
	const json_t *enc = json_object_get(values, "encryption");
	if (json_is_object(enc))
		json_object_set_new(out, "aws_s3_bucket_server_side_encryption_configuration",
			json_pack("{s:O, s:[{s:[{s:O, s:O}]}]}", "bucket", bucket, "rule",
				  "apply_server_side_encryption_by_default",
				  "sse_algorithm", json_object_get(enc, "sse_algorithm"),
				  "kms_master_key_id", json_object_get(enc, "kms_key_id")
				  ? json_object_get(enc, "kms_key_id") : json_null()));
	const json_t *pab = json_object_get(values, "public_access_block");
	if (json_is_object(pab)) {
		json_t *c = json_deep_copy(pab);
		json_object_set(c, "bucket", (json_t *)bucket);
		json_object_set_new(out, "aws_s3_bucket_public_access_block", c);
	}
	const json_t *policy = json_object_get(values, "policy");
	if (policy && !json_is_null(policy)) {
		char *text = json_is_string(policy) ? NULL
			     : json_dumps(policy, JSON_COMPACT | JSON_SORT_KEYS);
		json_object_set_new(out, "aws_s3_bucket_policy", json_pack("{s:O, s:s}",
			"bucket", bucket, "policy", text ? text : json_string_value(policy)));
		free(text);
	}
	const json_t *rules = json_object_get(values, "lifecycle_rules");
	if (json_array_size(rules))
		json_object_set_new(out, "aws_s3_bucket_lifecycle_configuration",
				    json_pack("{s:O, s:o}", "bucket", bucket, "rule",
					      lifecycle_rules(rules)));
}

static void secret_companions(const json_t *values, json_t *out)
{
	const json_t *value = json_object_get(values, "value");
	if (!value || json_is_null(value))
		return;
	const json_t *arn = json_object_get(values, "arn");
	/* Not there: unknown until the secret is made. */
	json_t *c = json_pack("{s:s, s:o}", "secret_string", SENSITIVE_TEXT,
			      "secret_id", arn ? json_incref((json_t *)arn) : value_unknown());
	json_object_set_new(out, "aws_secretsmanager_secret_version", c);
}

/* Whether a mark (of companion_marks) holds a true. */
static bool marks_any(const json_t *m)
{
	size_t i;
	const char *k;
	json_t *v;
	if (json_is_true(m))
		return true;
	json_array_foreach(m, i, v)
		if (marks_any(v))
			return true;
	json_object_foreach((json_t *)m, k, v)
		if (marks_any(v))
			return true;
	return false;
}

/* The marks of a value: true for a redacted leaf, a list mirroring a list
 * (false where nothing is redacted), an object of the members that hold
 * one; false for anything else. */
static json_t *companion_marks(const json_t *v)
{
	size_t i;
	const char *k;
	json_t *e, *m, *marks;
	if (json_is_string(v))
		return json_boolean(!strcmp(json_string_value(v), SENSITIVE_TEXT));
	if (json_is_array(v)) {
		marks = json_array();
		json_array_foreach(v, i, e) {
			m = companion_marks(e);
			if (!marks_any(m)) {
				json_decref(m);
				m = json_false();
			}
			json_array_append_new(marks, m);
		}
		return marks;
	}
	if (!json_is_object(v))
		return json_false();
	marks = json_object();
	json_object_foreach((json_t *)v, k, e) {
		m = companion_marks(e);
		if (marks_any(m))
			json_object_set_new(marks, k, m);
		else
			json_decref(m);
	}
	return marks;
}

/* The sensitive values of a companion: true at each redacted leaf (its
 * secret_string, or what the resource's redacted attribute gave it), as
 * Terraform's *_sensitive mirror the values; false for no values. */
static json_t *companion_sensitive(const json_t *values)
{
	return json_is_object(values) ? companion_marks(values) : json_false();
}

/* A resource object for a companion, with the address fields of the
 * resource it comes from. */
static json_t *companion_object(const json_t *from, const char *type)
{
	json_t *r = json_pack("{s:s, s:s, s:O, s:s}", "mode", "managed", "type", type,
			      "name", json_object_get(from, "name"), "provider_name", TF_PROVIDER);
	json_t *ma = json_object_get(from, "module_address");
	if (ma)
		json_object_set(r, "module_address", ma);
	json_t *index = json_object_get(from, "index");
	if (index)
		json_object_set(r, "index", index);
	set_address(r, type);
	return r;
}

static json_t *companion_actions(const json_t *parent_actions, const json_t *b, const json_t *a)
{
	if (!b)
		return json_pack("[s]", "create");
	if (!a)
		return json_pack("[s]", "delete");
	if (json_array_size(parent_actions) == 2)
		return json_incref((json_t *)parent_actions);
	return json_pack("[s]", json_equal((json_t *)b, (json_t *)a) ? "no-op" : "update");
}

/* The changes of a resource's companions, appended to out. */
static void change_companions(const struct tf_type *t, const json_t *rc, json_t *out)
{
	const json_t *change = json_object_get(rc, "change");
	const json_t *before = json_object_get(change, "before");
	const json_t *after = json_object_get(change, "after");
	json_t *cb = json_object(), *ca = json_object();
	if (json_is_object(before))
		t->companions(before, cb);
	if (json_is_object(after))
		t->companions(after, ca);
	json_t *all = json_deep_copy(cb);
	json_object_update(all, ca);
	const char *type;
	json_t *v;
	json_object_foreach(all, type, v) {
		json_t *b = json_object_get(cb, type), *mask = NULL;
		json_t *a = json_object_get(ca, type);
		a = a ? plan_json_split_unknown(a, &mask) : NULL;
		json_t *c = companion_object(rc, type);
		json_object_set_new(c, "change", json_pack("{s:o, s:O, s:o, s:o, s:o, s:o}",
			"actions", companion_actions(json_object_get(change, "actions"), b, a),
			"before", b ? b : json_null(), "after", a ? a : json_null(),
			"after_unknown", mask ? mask : json_object(),
			"before_sensitive", companion_sensitive(b),
			"after_sensitive", companion_sensitive(a)));
		json_array_append_new(out, c);
	}
	json_decref(all);
	json_decref(cb);
	json_decref(ca);
}

/* A JSON document Terraform holds as a string is unknown as a whole when
 * any part of it is. */
static void documents_unknown(const struct tf_type *t, json_t *change)
{
	const struct resource_type *rt = t->rt;
	json_t *unknown = json_object_get(change, "after_unknown");
	json_t *after = json_object_get(change, "after");
	const char *k;
	json_t *m;
	json_object_foreach(unknown, k, m) {
		const struct attr_schema *a = rt ? schema_find(rt->attrs, k) : NULL;
		if (a && a->type == ATTR_JSON && !json_is_true(m)) {
			json_object_set_new(unknown, k, json_true());
			json_object_del(after, k);
		}
	}
}

static void rename_change(const struct tf_type *t, json_t *rc)
{
	json_t *change = json_object_get(rc, "change");
	documents_unknown(t, change);
	rename_values_key(change, t, "before", true);
	rename_values_key(change, t, "after", true);
	rename_values_key(change, t, "after_unknown", false);
	rename_values_key(change, t, "before_sensitive", false);
	rename_values_key(change, t, "after_sensitive", false);
	json_t *paths = json_object_get(change, "replace_paths");
	size_t i;
	json_t *p;
	json_array_foreach(paths, i, p) {
		char *to = tf_attr(t, json_string_value(json_array_get(p, 0)));
		if (to)
			json_array_set_new(p, 0, json_string(to));
		free(to);
	}
}

/* Note each companion's planned values in made, under its module call
 * path and its address there ("module.raw|aws_s3_bucket_versioning.bucket");
 * the first instance of a call stands for all, as in the configuration. */
static void note_companions(const json_t *companions, json_t *made)
{
	size_t i;
	json_t *c;
	json_array_foreach(companions, i, c) {
		const json_t *after = json_object_get(json_object_get(c, "change"), "after");
		const char *ma = json_string_value(json_object_get(c, "module_address"));
		if (!json_is_object(after))
			continue;
		char *path = plan_json_call_path(ma ? ma : "");
		char *key = xasprintf("%s|%s.%s", path,
				      json_string_value(json_object_get(c, "type")),
				      json_string_value(json_object_get(c, "name")));
		if (!json_object_get(made, key))
			json_object_set(made, key, (json_t *)after);
		free(key);
		free(path);
	}
}

/* The resource objects of an array in Terraform's names, with their
 * companions added (and noted in made, for resource_changes). kind: 'c'
 * resource_changes, 'v' values. */
static void rename_resources(json_t *list, char kind, json_t *types, json_t *made)
{
	json_t *extra = json_array();
	size_t i;
	json_t *r;
	json_array_foreach(list, i, r) {
		const char *type = json_string_value(json_object_get(r, "type"));
		/* Lookups (mode "data") keep terrace's names: a lookup kind may share
		 * its name with a resource type (aws.ec2.vpc) whose view is not its. */
		const char *mode = json_string_value(json_object_get(r, "mode"));
		const struct tf_type *t = mode && !strcmp(mode, "data") ? NULL : tf_type_of(type);
		if (types && type)
			json_object_set_new(types, json_string_value(json_object_get(r, "address")),
					    json_string(type));
		if (!t)
			continue;
		if (kind == 'c') {
			if (t->companions)
				change_companions(t, r, extra);
			rename_change(t, r);
		} else {
			json_t *values = json_object_get(r, "values");
			if (t->companions && json_is_object(values)) {
				json_t *cs = json_object();
				t->companions(values, cs);
				const char *ct;
				json_t *cv;
				json_object_foreach(cs, ct, cv) {
					json_t *c = companion_object(r, ct);
					json_object_set_new(c, "schema_version", json_integer(0));
					json_t *mask;
					json_t *known = plan_json_split_unknown(cv, &mask);
					json_decref(mask);
					json_object_set_new(c, "sensitive_values", companion_sensitive(known));
					json_object_set_new(c, "values", known ? known : json_object());
					json_array_append_new(extra, c);
				}
				json_decref(cs);
			}
			rename_values_key(r, t, "values", true);
			rename_values_key(r, t, "sensitive_values", false);
		}
		json_object_set_new(r, "type", json_string(t->rt->terraform_type));
		json_object_set_new(r, "provider_name", json_string(TF_PROVIDER));
		set_address(r, t->rt->terraform_type);
	}
	if (made)
		note_companions(extra, made);
	json_array_extend(list, extra);
	json_decref(extra);
}

static void rename_values_tree(json_t *module)
{
	rename_resources(json_object_get(module, "resources"), 'v', NULL, NULL);
	size_t i;
	json_t *child;
	json_array_foreach(json_object_get(module, "child_modules"), i, child)
		rename_values_tree(child);
}

/* A reference ("lake.name", "lake") in a module whose resources are typed
 * in scope: "aws_s3_bucket.lake.bucket", "aws_s3_bucket.lake". */
static json_t *rename_reference(const char *ref, const json_t *scope)
{
	size_t n = strcspn(ref, ".[");
	char *root = xstrndup(ref, n);
	const struct tf_type *t = tf_type_of(json_string_value(json_object_get(scope, root)));
	json_t *out;
	if (!t) {
		out = json_string(ref);
	} else if (ref[n] == '.') {
		const char *attr = ref + n + 1;
		size_t an = strcspn(attr, ".[");
		char *name = xstrndup(attr, an);
		char *to = tf_attr(t, name);
		out = json_sprintf("%s.%s.%s%s", t->rt->terraform_type, root, to ? to : name, attr + an);
		free(to);
		free(name);
	} else {
		out = json_sprintf("%s.%s%s", t->rt->terraform_type, root, ref + n);
	}
	free(root);
	return out;
}

static void rename_expression(json_t *e, const json_t *scope)
{
	json_t *refs = json_object_get(e, "references");
	size_t i;
	json_t *r;
	json_array_foreach(refs, i, r)
		json_array_set_new(refs, i, rename_reference(json_string_value(r), scope));
}

static void rename_expressions(json_t *exprs, const json_t *scope)
{
	const char *k;
	json_t *e;
	json_object_foreach(exprs, k, e)
		rename_expression(e, scope);
}

/* A companion's planned values as configuration expressions: each value a
 * constant, or the references of the setting it comes from when that is
 * not a constant; blocks (lists of objects) as lists of such objects. */
static json_t *companion_expressions(const json_t *values, const json_t *refs)
{
	json_t *out = json_object();
	const char *k;
	json_t *v;
	json_object_foreach((json_t *)values, k, v) {
		if (json_is_null(v))
			continue;
		if (json_is_array(v) && json_is_object(json_array_get(v, 0))) {
			json_t *blocks = json_array();
			size_t i;
			json_t *b;
			json_array_foreach(v, i, b)
				json_array_append_new(blocks, companion_expressions(b, refs));
			json_object_set_new(out, k, blocks);
		} else if (refs) {
			json_object_set_new(out, k, json_pack("{s:o}", "references", json_deep_copy(refs)));
		} else {
			json_object_set_new(out, k, json_pack("{s:O}", "constant_value", v));
		}
	}
	return out;
}

/* The configuration of the companions of configuration resource r (in
 * terrace's names, of type t, in the module at call path), appended to
 * out: each names r by reference, as `bucket = aws_s3_bucket.raw.id`. */
static void config_companions(const struct tf_type *t, const json_t *r, const char *path,
			      const json_t *made, json_t *out)
{
	const char *name = json_string_value(json_object_get(r, "name"));
	const json_t *exprs = json_object_get(r, "expressions");
	for (size_t i = 0; i < sizeof(companion_links) / sizeof(companion_links[0]); i++) {
		const char *type = companion_links[i].type;
		char *key = xasprintf("%s|%s.%s", path, type, name);
		const json_t *after = json_object_get(made, key);
		free(key);
		if (!after)
			continue;
		const json_t *refs = json_object_get(json_object_get(exprs, companion_links[i].source),
						     "references");
		json_t *e = companion_expressions(after, refs);
		const char *parent = t->rt->terraform_type;
		json_object_set_new(e, companion_links[i].link, json_pack("{s:[o, o]}", "references",
			json_sprintf("%s.%s.id", parent, name), json_sprintf("%s.%s", parent, name)));
		json_array_append_new(out, json_pack("{s:o, s:s, s:s, s:s, s:O, s:o, s:i}",
			"address", json_sprintf("%s.%s", type, name), "mode", "managed",
			"type", type, "name", name,
			"provider_config_key", json_object_get(r, "provider_config_key"),
			"expressions", e, "schema_version", 0));
	}
}

/* A configuration module (and the modules it calls) at call path ("" for
 * the root), with the companions of its resources made. */
static void rename_config_module(json_t *module, const char *path, const json_t *made)
{
	json_t *scope = json_object();
	size_t i;
	json_t *r;
	json_t *list = json_object_get(module, "resources");
	json_array_foreach(list, i, r)
		json_object_set(scope, json_string_value(json_object_get(r, "name")),
				json_object_get(r, "type"));
	json_t *companions = json_array();
	json_array_foreach(list, i, r) {
		const struct tf_type *t = tf_type_of(json_string_value(json_object_get(r, "type")));
		rename_expressions(json_object_get(r, "expressions"), scope);
		if (t && t->companions)
			config_companions(t, r, path, made, companions);
		if (!t)
			continue;
		rename_key(r, t, "expressions", false);
		json_object_set_new(r, "type", json_string(t->rt->terraform_type));
		json_object_set_new(r, "address", json_sprintf("%s.%s", t->rt->terraform_type,
			json_string_value(json_object_get(r, "name"))));
		json_t *deps = json_object_get(r, "depends_on");
		size_t j;
		json_t *d;
		json_array_foreach(deps, j, d)
			json_array_set_new(deps, j, rename_reference(json_string_value(d), scope));
	}
	const char *k;
	json_t *v;
	json_object_foreach(json_object_get(module, "outputs"), k, v)
		rename_expression(json_object_get(v, "expression"), scope);
	json_array_extend(list, companions);
	json_decref(companions);
	json_object_foreach(json_object_get(module, "module_calls"), k, v) {
		rename_expressions(json_object_get(v, "expressions"), scope);
		char *sub = xasprintf("%s%smodule.%s", path, *path ? "." : "", k);
		rename_config_module(json_object_get(v, "module"), sub, made);
		free(sub);
	}
	json_decref(scope);
}

static void rename_relevant(json_t *list, const json_t *types)
{
	size_t i;
	json_t *e;
	json_array_foreach(list, i, e) {
		const char *addr = json_string_value(json_object_get(e, "resource"));
		const struct tf_type *t = tf_type_of(json_string_value(json_object_get(types, addr)));
		if (!t || !addr)
			continue;
		size_t m = plan_json_module_prefix(addr);
		json_object_set_new(e, "resource", json_sprintf("%.*s%s%s.%s", (int)m, addr,
			m ? "." : "", t->rt->terraform_type, addr + (m ? m + 1 : 0)));
		json_t *attr = json_object_get(e, "attribute");
		char *to = tf_attr(t, json_string_value(json_array_get(attr, 0)));
		if (to)
			json_array_set_new(attr, 0, json_string(to));
		free(to);
	}
}

void plan_json_terraform_names(json_t *doc)
{
	json_object_set_new(doc, "terraform_version", json_string(PLAN_JSON_TERRAFORM_VERSION));
	json_t *prior = json_object_get(doc, "prior_state");
	if (prior)
		json_object_set_new(prior, "terraform_version", json_string(PLAN_JSON_TERRAFORM_VERSION));
	rename_values_tree(json_object_get(json_object_get(doc, "values"), "root_module"));
	json_t *types = json_object(), *made = json_object();
	rename_resources(json_object_get(doc, "resource_changes"), 'c', types, made);
	rename_values_tree(json_object_get(json_object_get(doc, "planned_values"), "root_module"));
	rename_values_tree(json_object_get(json_object_get(json_object_get(doc, "prior_state"),
							   "values"), "root_module"));
	json_t *config = json_object_get(doc, "configuration");
	rename_config_module(json_object_get(config, "root_module"), "", made);
	json_decref(made);
	const char *k;
	json_t *v;
	json_object_foreach(json_object_get(config, "provider_config"), k, v)
		if (!strcmp(k, "aws"))
			json_object_set_new(v, "full_name", json_string(TF_PROVIDER));
	rename_relevant(json_object_get(doc, "relevant_attributes"), types);
	json_decref(types);
}
