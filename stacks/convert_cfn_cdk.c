/*
 * convert_cfn_cdk.c: what the AWS CDK adds to the templates it synthesizes,
 * as `terrace convert` carries it (stacks/convert_cfn.h): the bootstrap
 * version parameter and the rule that checks it (for the bootstrap stack
 * `cdk deploy` uses, which terrace does not), and the CDK's custom
 * resources that a written type makes (Custom::S3BucketNotifications as
 * aws.s3.bucket_notification, Custom::VpcRestrictDefaultSG as
 * aws.ec2.default_security_group; the others are left_out_types' rows,
 * convert_cfn.c, each with what replaces it), the handler functions of the
 * custom resources (which no type terrace writes calls) and what only they
 * use, and the app's file assets: a function whose code is a folder of
 * cdk.out (the assets manifest beside the template says which) is
 * aws.lambda.function with that folder as its source, which terrace zips
 * and uploads itself, and a file asset (a Glue job's script) an
 * aws.s3.object in a bucket the stack makes in the asset bucket's place
 * (what names the asset bucket names it: convert_cfn_expr.c); where an asset
 * the template names is not there, the asset bucket stays, warned of.
 */
#include "stacks/convert_cfn.h"
#include "provider/base/input_file.h"
#include "provider/base/text.h"
#include "provider/provider.h"

#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- the bootstrap version --------------------------------------------------- */

/* Whether node reads parameter `name`: a Ref of it, or ${name} in a text
 * (Fn::Sub's). */
static bool reads_parameter(const json_t *node, const char *name)
{
	const json_t *arg;
	const char *fn = cfn_intrinsic(node, &arg);
	if (fn && !strcmp(fn, "Ref"))
		return json_is_string(arg) && !strcmp(json_string_value(arg), name);
	if (json_is_string(node)) {
		char *sub = xasprintf("${%s}", name);
		bool in = strstr(json_string_value(node), sub) != NULL;
		free(sub);
		return in;
	}
	const char *k;
	size_t i;
	json_t *x;
	json_object_foreach((json_t *)node, k, x)
		if (reads_parameter(x, name))
			return true;
	json_array_foreach(node, i, x)
		if (reads_parameter(x, name))
			return true;
	return false;
}

/* convert_cfn.h: the SSM parameter /cdk-bootstrap/QUALIFIER/version that
 * no resource, condition or output reads. */
bool cfn_cdk_bootstrap_version(const struct cfn *c, const json_t *tpl, const char *name)
{
	const json_t *p = json_object_get(c->params, name);
	const char *type = json_string_value(json_object_get(p, "Type"));
	const char *def = json_string_value(json_object_get(p, "Default"));
	return type && def && !strncmp(type, "AWS::SSM::Parameter::Value<", 27) &&
	       !strncmp(def, "/cdk-bootstrap/", 15) && ends_with(def, "/version") &&
	       !reads_parameter(c->resources, name) && !reads_parameter(c->conditions, name) &&
	       !reads_parameter(json_object_get(tpl, "Outputs"), name);
}

/* convert_cfn.h */
bool cfn_cdk_bootstrap_rule(const struct cfn *c, const json_t *tpl, const json_t *rule)
{
	const char *name;
	json_t *p;
	bool bootstrap = false;
	json_object_foreach(c->params, name, p)
		if (reads_parameter(rule, name)) {
			if (!cfn_cdk_bootstrap_version(c, tpl, name))
				return false;
			bootstrap = true;
		}
	return bootstrap;
}

/* ---- Custom::S3BucketNotifications ----------------------------------------- */

/* S3's filter rules, as PutBucketNotificationConfiguration takes them
 * ({Key: {FilterRules: [{Name: prefix|suffix, Value}]}}), as the
 * destination's filter_prefix and filter_suffix. */
static void s3_filter(struct cfn *c, const char *name, const json_t *filter, json_t *out)
{
	size_t i;
	json_t *rule;
	json_array_foreach(json_object_get(json_object_get(filter, "Key"), "FilterRules"), i, rule) {
		const char *n = json_string_value(json_object_get(rule, "Name"));
		if (!n || (strcasecmp(n, "prefix") && strcasecmp(n, "suffix"))) {
			cfn_left_out(c, rule, "resource %s: a filter rule named %s: S3 filters by prefix "
					"and suffix alone; left out", name, n ? n : "(not a name)");
			continue;
		}
		json_t *v = cfn_value(c, json_object_get(rule, "Value"), NULL, name);
		if (v)
			json_object_set_new(out, tolower((unsigned char)n[0]) == 'p' ? "filter_prefix"
										 : "filter_suffix", v);
	}
}

/* An attribute's name as S3's API names the member (queue_arn: QueueArn),
 * with `then` after it; a new string. */
static char *api_name(const char *attr, const char *then)
{
	struct strbuf out = STRBUF_INIT;
	for (const char *p = attr; *p; p++)
		if (*p != '_')
			strbuf_addch(&out, p == attr || p[-1] == '_' ? (char)toupper((unsigned char)*p) : *p);
	strbuf_addstr(&out, then);
	return strbuf_detach(&out);
}

/* One destination of S3's configuration (d) as an element of the
 * attribute whose blocks `nested` describes: each member as the API names
 * it (id Id, queue_arn QueueArn, events Events), the filter rules as
 * filter_prefix and filter_suffix. */
static json_t *s3_destination(struct cfn *c, const char *name, const struct attr_schema *nested,
			      const json_t *d)
{
	json_t *e = json_object();
	for (const struct attr_schema *m = nested; m->name; m++) {
		if (!strncmp(m->name, "filter_", 7))
			continue;
		char *member = api_name(m->name, "");
		const json_t *node = json_object_get(d, member);
		json_t *v = node ? cfn_value(c, node, NULL, name) : NULL;
		if (v)
			json_object_set_new(e, m->name, v);
		free(member);
	}
	s3_filter(c, name, json_object_get(d, "Filter"), e);
	return e;
}

/*
 * The CDK's Custom::S3BucketNotifications: its handler puts
 * NotificationConfiguration as S3's PutBucketNotificationConfiguration takes
 * it, the bucket's whole configuration (Managed: true, a bucket of the
 * stack), which is what aws.s3.bucket_notification writes: each of its lists
 * of blocks (queue) from the API's list (QueueConfigurations), EventBridge's
 * as eventbridge. Managed false (a
 * bucket made elsewhere, whose other notifications the handler keeps) and
 * SkipDestinationValidation have no counterpart: warned of.
 */
static void s3_notifications(struct cfn *c, const char *name, const json_t *props, json_t *out)
{
	const json_t *config = json_object_get(props, "NotificationConfiguration");
	json_t *bucket = cfn_value(c, json_object_get(props, "BucketName"), NULL, name);
	if (bucket)
		json_object_set_new(out, "bucket", bucket);
	/* each destination kind is a list of blocks: queue is QueueConfigurations */
	const struct resource_type *rt = resource_type_find("aws.s3.bucket_notification", NULL);
	for (const struct attr_schema *a = rt ? rt->attrs : NULL; a && a->name; a++) {
		if (a->type != ATTR_OBJECT_LIST)
			continue;
		char *list_name = api_name(a->name, "Configurations");
		json_t *list = json_array();
		size_t i;
		json_t *d;
		json_array_foreach(json_object_get(config, list_name), i, d)
			json_array_append_new(list, s3_destination(c, name, a->nested, d));
		if (json_array_size(list))
			json_object_set(out, a->name, list);
		json_decref(list);
		free(list_name);
	}
	if (json_object_get(config, "EventBridgeConfiguration"))
		json_object_set_new(out, "eventbridge", json_true());
	const json_t *managed = json_object_get(props, "Managed");
	if (json_is_false(managed) || (json_is_string(managed) && !strcmp(json_string_value(managed), "false")))
		cfn_left_out(c, managed, "resource %s: Managed false (the CDK's handler keeps the "
				"notifications others put on a bucket the stack does not own): "
				"aws.s3.bucket_notification writes the bucket's whole configuration; "
				"add theirs to it", name);
	const json_t *skip = json_object_get(props, "SkipDestinationValidation");
	if (json_is_true(skip) || (json_is_string(skip) && !strcmp(json_string_value(skip), "true")))
		cfn_left_out(c, skip, "resource %s: SkipDestinationValidation: S3 tests each "
				"destination when the configuration is put; left out", name);
}

/* ---- Custom::VpcRestrictDefaultSG ------------------------------------------ */

/*
 * The CDK's restrictDefaultSecurityGroup: its handler revokes every rule of
 * the VPC's default group (DefaultSecurityGroupId, the VPC's
 * DefaultSecurityGroup attribute), which aws.ec2.default_security_group
 * does with no rules written: its vpc_id the VPC's. A group id that is not
 * a VPC's of the template (an imported VPC's) names no VPC: such a custom
 * resource is left out (convert_cfn.c's row says what to write).
 */
static const char *vpc_of_default_sg(const json_t *props)
{
	const json_t *att = json_object_get(json_object_get(props, "DefaultSecurityGroupId"),
					    "Fn::GetAtt");
	const char *what = json_string_value(json_array_get(att, 1));

	return what && !strcmp(what, "DefaultSecurityGroup")
	       ? json_string_value(json_array_get(att, 0)) : NULL;
}

static void vpc_default_sg(struct cfn *c, const char *name, const json_t *props, json_t *out)
{
	json_t *ref = json_pack("{s:s}", "Ref", vpc_of_default_sg(props));
	json_t *v = cfn_value(c, ref, NULL, name);
	json_decref(ref);
	if (v)
		json_object_set_new(out, "vpc_id", v);
}

/* ---- file assets ------------------------------------------------------------ */

/* The components of path (relative to the current folder, or absolute) as
 * an absolute path without "." and "..": appended to parts. */
static void absolute_parts(const char *path, json_t *parts)
{
	char cwd[PATH_MAX];
	if (path[0] != '/' && getcwd(cwd, sizeof(cwd)))
		absolute_parts(cwd, parts);
	char *copy = xstrdup(path), *save = NULL;
	for (char *p = strtok_r(copy, "/", &save); p; p = strtok_r(NULL, "/", &save)) {
		if (!strcmp(p, ".."))
			json_array_remove(parts, json_array_size(parts) - 1);
		else if (strcmp(p, "."))
			json_array_append_new(parts, json_string(p));
	}
	free(copy);
}

/* path as folder `from` sees it: both taken as absolute paths, the folders
 * they share dropped, a ".." for each of from's left. A new string. */
static char *relative_to(const char *from, const char *path)
{
	json_t *f = json_array(), *p = json_array();
	absolute_parts(from, f);
	absolute_parts(path, p);
	size_t same = 0;
	while (same < json_array_size(f) && same < json_array_size(p) &&
	       !strcmp(json_string_value(json_array_get(f, same)),
		       json_string_value(json_array_get(p, same))))
		same++;
	struct strbuf out = STRBUF_INIT;
	for (size_t i = same; i < json_array_size(f); i++)
		strbuf_addstr(&out, out.len ? "/.." : "..");
	for (size_t i = same; i < json_array_size(p); i++)
		strbuf_addf(&out, "%s%s", out.len ? "/" : "", json_string_value(json_array_get(p, i)));
	if (!out.len)
		strbuf_addch(&out, '.');
	json_decref(f);
	json_decref(p);
	return strbuf_detach(&out);
}

/* Whether a string of node holds text. */
static bool names_text(const json_t *node, const char *text)
{
	if (json_is_string(node))
		return strstr(json_string_value(node), text) != NULL;
	const char *k;
	size_t i;
	json_t *x;
	json_object_foreach((json_t *)node, k, x)
		if (names_text(x, text))
			return true;
	json_array_foreach(node, i, x)
		if (names_text(x, text))
			return true;
	return false;
}

/* Whether path is there and a folder (else a regular file) as asked. */
static bool is_there(const char *path, bool folder)
{
	struct stat st;
	return !stat(path, &st) && (folder ? S_ISDIR(st.st_mode) : S_ISREG(st.st_mode));
}

/* Whether a function of the template takes key (in the asset bucket) as its
 * Code's S3Key: one cfn_cdk_asset_function writes with its folder. */
static bool function_code(const struct cfn *c, const char *key)
{
	const char *name;
	json_t *r;
	json_object_foreach(c->resources, name, r) {
		const char *type = json_string_value(json_object_get(r, "Type"));
		const json_t *code = json_object_get(json_object_get(r, "Properties"), "Code");
		const char *k = json_string_value(json_object_get(code, "S3Key"));
		if (type && !strcmp(type, "AWS::Lambda::Function") && k && !strcmp(k, key))
			return true;
	}
	return false;
}

/* The file assets the stack uploads itself: when the template names at
 * least one asset packaged as a file that is there, and every asset it
 * names is such a file or a function's folder that is there, the asset
 * bucket is a bucket the stack makes (c->asset_buckets) and each file an
 * object in it under the CDK's key (c->file_assets); else none, and each
 * value naming the asset bucket is warned of (convert_cfn_expr.c). */
static void find_uploads(struct cfn *c)
{
	json_t *buckets = json_object(), *files = json_object();
	bool all = true;
	const char *hash, *dname;
	json_t *a, *d;
	json_object_foreach(c->assets, hash, a) {
		const json_t *source = json_object_get(a, "source");
		const char *rel = json_string_value(json_object_get(source, "path"));
		const char *packaging = json_string_value(json_object_get(source, "packaging"));
		json_object_foreach(json_object_get(a, "destinations"), dname, d) {
			const char *key = json_string_value(json_object_get(d, "objectKey"));
			const char *bucket = json_string_value(json_object_get(d, "bucketName"));
			if (!key || !bucket || !rel || !names_text(c->resources, key))
				continue; /* the template itself, or an asset it does not name */
			char *path = xasprintf("%s/%s", c->assets_dir, rel);
			bool file = packaging && !strcmp(packaging, "file") && is_there(path, false);
			if (file) {
				char *name = xasprintf("CDKAsset%.8s", hash);
				for (int i = 2; json_object_get(c->resources, name); i++) {
					free(name);
					name = xasprintf("CDKAsset%.8s_%d", hash, i);
				}
				char *seen = relative_to(c->src->stack_dir ? c->src->stack_dir : ".", path);
				json_object_set_new(files, name, json_pack("{s:s, s:s}", "key", key,
									   "source", seen));
				json_object_set_new(buckets, bucket, json_true());
				free(seen);
				free(name);
			} else if (!packaging || strcmp(packaging, "zip") || !is_there(path, true) ||
				   !function_code(c, key)) {
				all = false;
			}
			free(path);
		}
	}
	if (all && json_object_size(files)) {
		char *name = xstrdup("CDKAssets");
		for (int i = 2; json_object_get(c->resources, name); i++) { /* beside the template's own */
			free(name);
			name = xasprintf("CDKAssets%d", i);
		}
		const char *text;
		json_object_foreach(buckets, text, d)
			json_object_set_new(buckets, text, json_string(name));
		free(name);
		c->asset_buckets = buckets;
		c->file_assets = files;
		c->need_caller = true;
		return;
	}
	json_decref(buckets);
	json_decref(files);
}

/* convert_cfn.h */
void cfn_cdk_asset_resources(struct cfn *c, json_t *resources)
{
	const char *text, *name;
	json_t *b, *f;
	json_object_foreach(c->asset_buckets, text, b) {
		json_object_set_new(resources, json_string_value(b),
				    json_pack("{s:s, s:s, s:b}", "type", "aws.s3.bucket", "name",
					      "cdk-assets-${data.aws.account_id}-${data.aws.region}-"
					      "${substr(sha1(\"terrace:${terrace.stack}/${terrace."
					      "workspace}\"), 0, 8)}",
					      "force_destroy", 1));
		json_object_foreach(c->file_assets, name, f)
			json_object_set_new(resources, name,
					    json_pack("{s:s, s:s++, s:O, s:O}", "type", "aws.s3.object",
						      "bucket", "${", json_string_value(b), ".name}",
						      "key", json_object_get(f, "key"), "source",
						      json_object_get(f, "source")));
		break; /* the CDK's one bucket (a template's assets share it) */
	}
}

/* convert_cfn.h */
void cfn_cdk_asset_depends(const struct cfn *c, const json_t *props, json_t *out)
{
	const char *name;
	json_t *f;
	json_object_foreach(c->file_assets, name, f) {
		if (!names_text(props, json_string_value(json_object_get(f, "key"))))
			continue;
		json_t *deps = json_object_get(out, "depends_on");
		if (!deps) {
			deps = json_array();
			json_object_set_new(out, "depends_on", deps);
		}
		json_array_append_new(deps, json_string(name));
	}
}

/* convert_cfn.h */
void cfn_cdk_read_assets(struct cfn *c)
{
	static const char tail[] = ".template.json";
	const char *path = c->src->path;
	size_t n = strlen(path);
	if (n <= sizeof(tail) - 1 || strcmp(path + n - (sizeof(tail) - 1), tail))
		return;
	char *manifest = xasprintf("%.*s.assets.json", (int)(n - (sizeof(tail) - 1)), path);
	struct stat st;
	if (stat(manifest, &st)) {
		free(manifest);
		return;
	}
	json_error_t e = { .text = "" };
	struct strbuf text = STRBUF_INIT;
	const char *why = NULL;
	json_t *m = input_file_read(manifest, &text, &why) < 0 ? NULL
		    : json_loadb(text.buf, text.len, 0, &e);
	strbuf_release(&text);
	if (!m && !why) {
		diag_warnf(c->d, NULL, "%s:%d:%d: %s; its file assets are not read", manifest, e.line,
			   e.column, e.text);
	} else if (!json_is_object(json_object_get(m, "files"))) {
		diag_warnf(c->d, NULL, "%s: %s; its file assets are not read", manifest,
			   m ? "no \"files\" map: not the CDK's assets manifest" : why);
	} else {
		c->assets = json_incref(json_object_get(m, "files"));
		c->assets_dir = path_dir(path);
		find_uploads(c);
	}
	json_decref(m);
	free(manifest);
}

/* The asset of the manifest whose destination is bucket (a Fn::Sub's text,
 * the CDK's asset bucket) and key, or NULL. */
static const json_t *asset_at(const struct cfn *c, const json_t *bucket, const json_t *key)
{
	const json_t *arg;
	const char *fn = cfn_intrinsic(bucket, &arg);
	if (!fn || strcmp(fn, "Fn::Sub") || !json_is_string(arg) || !json_is_string(key))
		return NULL;
	const char *hash, *dname;
	json_t *a, *d;
	json_object_foreach(c->assets, hash, a)
		json_object_foreach(json_object_get(a, "destinations"), dname, d)
			if (json_equal(json_object_get(d, "bucketName"), (json_t *)arg) &&
			    json_equal(json_object_get(d, "objectKey"), (json_t *)key))
				return a;
	return NULL;
}

/* Whether the stack uploads the file asset under key (find_uploads). */
static bool uploaded(const struct cfn *c, const json_t *key)
{
	const char *name;
	json_t *f;
	json_object_foreach(c->file_assets, name, f)
		if (json_equal(json_object_get(f, "key"), (json_t *)key))
			return true;
	return false;
}

/* A written type's attributes as convert.h's awscc_type describes them:
 * each named in CloudFormation's CamelCase (memory_size MemorySize), a
 * map made from a list of Key and Value, nested blocks the same. */
static json_t *written_attrs(const struct attr_schema *a)
{
	json_t *out = json_object();
	for (; a && a->name; a++) {
		char *cfn = api_name(a->name, "");
		json_t *d = json_pack("{s:s}", "cloudformation_name", cfn);
		if (a->type == ATTR_MAP)
			json_object_set_new(d, "map", json_true());
		if (a->nested)
			json_object_set_new(d, "nested", written_attrs(a->nested));
		json_object_set_new(out, a->name, d);
		free(cfn);
	}
	return out;
}

/* convert_cfn.h */
json_t *cfn_cdk_asset_function(struct cfn *c, const char *name, const json_t *r)
{
	const json_t *code = json_object_get(json_object_get(r, "Properties"), "Code");
	const json_t *asset = c->assets ? asset_at(c, json_object_get(code, "S3Bucket"),
						   json_object_get(code, "S3Key"))
					: NULL;
	const json_t *source = json_object_get(asset, "source");
	const char *rel = json_string_value(json_object_get(source, "path"));
	const char *packaging = json_string_value(json_object_get(source, "packaging"));
	const struct resource_type *rt = resource_type_find("aws.lambda.function", NULL);
	if (!rel || !rt)
		return NULL;
	char *folder = xasprintf("%s/%s", c->assets_dir, rel);
	struct stat st;
	json_t *type = NULL;
	if (packaging && !strcmp(packaging, "file") && uploaded(c, json_object_get(code, "S3Key"))) {
		/* a prebuilt package the stack uploads as it is: the function reads it
		 * from the bucket the stack makes (find_uploads) */
	} else if (!packaging || strcmp(packaging, "zip")) {
		diag_warnf(c->d, yaml_pos_of(c->pos, code), "resource %s: its code is the file asset %s, "
			   "packaged as %s and not uploaded by the stack (an asset the template names is "
			   "not there), so its code stays in the CDK's asset bucket", name, rel,
			   packaging ? packaging : "(none)");
	} else if (stat(folder, &st) || !S_ISDIR(st.st_mode)) {
		diag_warnf(c->d, yaml_pos_of(c->pos, code), "resource %s: its code is the file asset "
			   "%s, which is not there (`cdk synth` writes it beside the template): its "
			   "code stays in the CDK's asset bucket", name, folder);
	} else {
		json_t *attrs = written_attrs(rt->attrs);
		json_object_set_new(json_object_get(attrs, "function_name"), "generated_name", json_true());
		json_object_set_new(json_object_get(attrs, "function_name"), "cloudformation_ref",
				    json_true());
		type = json_pack("{s:s, s:s, s:o, s:b}", "type", rt->name, "cloudformation_type",
				 "AWS::Lambda::Function", "attributes", attrs, "written", 1);
		char *seen = relative_to(c->src->stack_dir ? c->src->stack_dir : ".", folder);
		json_object_set_new(type, "asset", json_string(seen));
		free(seen);
	}
	free(folder);
	return type;
}

/* convert_cfn.h */
json_t *cfn_cdk_asset_function_props(const json_t *props)
{
	json_t *carried = json_copy((json_t *)props);
	const json_t *vars = json_object_get(json_object_get(props, "Environment"), "Variables");
	json_object_del(carried, "Code");
	if (vars)
		json_object_set(carried, "Environment", (json_t *)vars);
	return carried;
}

/* ---- the handlers of custom resources left out ------------------------------ */

/* Add to `names` (a set: name -> true) each resource of the template that
 * node reads: Ref, Fn::GetAtt, ${NAME} or ${NAME.Attr} in a Fn::Sub. */
static void resources_read(const struct cfn *c, const json_t *node, json_t *names)
{
	const json_t *arg;
	const char *fn = cfn_intrinsic(node, &arg);
	const char *name = NULL;
	if (fn && !strcmp(fn, "Ref"))
		name = json_string_value(arg);
	else if (fn && !strcmp(fn, "Fn::GetAtt"))
		name = json_string_value(json_is_array(arg) ? json_array_get(arg, 0) : arg);
	if (name) {
		size_t n = strcspn(name, ".");
		char *res = xstrndup(name, n);
		if (json_object_get(c->resources, res))
			json_object_set_new(names, res, json_true());
		free(res);
		return;
	}
	if (fn && !strcmp(fn, "Fn::Sub")) {
		const char *text = json_string_value(json_is_array(arg) ? json_array_get(arg, 0) : arg);
		for (const char *p = text ? strstr(text, "${") : NULL; p; p = strstr(p + 2, "${")) {
			if (p[2] == '!')
				continue;
			char *res = xstrndup(p + 2, strcspn(p + 2, ".}"));
			if (json_object_get(c->resources, res))
				json_object_set_new(names, res, json_true());
			free(res);
		}
		if (json_is_array(arg))
			resources_read(c, json_array_get(arg, 1), names);
		return;
	}
	const char *k;
	size_t i;
	json_t *x;
	json_object_foreach((json_t *)node, k, x)
		resources_read(c, x, names);
	json_array_foreach(node, i, x)
		resources_read(c, x, names);
}

/* Whether resource r is a custom resource (Custom::*, or CloudFormation's
 * own type of one). */
static bool is_custom(const json_t *r)
{
	const char *type = json_string_value(json_object_get(r, "Type"));
	return type && (!strncmp(type, "Custom::", 8) ||
			!strcmp(type, "AWS::CloudFormation::CustomResource"));
}

/* What resource `name` reads: its properties' references (a custom
 * resource's but its ServiceToken, the handler, which no type terrace writes
 * calls) and DependsOn. A new set. */
static json_t *reads_of(const struct cfn *c, const char *name)
{
	const json_t *r = json_object_get(c->resources, name);
	json_t *set = json_object();
	const char *k;
	json_t *v;
	json_object_foreach(json_object_get(r, "Properties"), k, v)
		if (!is_custom(r) || strcmp(k, "ServiceToken"))
			resources_read(c, v, set);
	const json_t *deps = json_object_get(r, "DependsOn");
	if (json_is_string(deps) && json_object_get(c->resources, json_string_value(deps)))
		json_object_set_new(set, json_string_value(deps), json_true());
	size_t i;
	json_t *d;
	json_array_foreach(deps, i, d)
		if (json_is_string(d) && json_object_get(c->resources, json_string_value(d)))
			json_object_set_new(set, json_string_value(d), json_true());
	return set;
}

/* Whether every key of `set` is in `in` (and, with nonempty, it has one). */
static bool all_in(const json_t *set, const json_t *in, bool nonempty)
{
	const char *k;
	json_t *x;
	json_object_foreach((json_t *)set, k, x)
		if (!json_object_get(in, k))
			return false;
	return !nonempty || json_object_size(set);
}

/* Whether resource y stays among the handlers' (m): no output and nothing
 * outside m reads it (a custom resource left out counts, but for its
 * ServiceToken), and it is a handler (seed), read by one of m, or made only
 * for those of m (a policy of a handler's role). */
static bool serves_handlers(const char *y, const json_t *m, const json_t *reads,
			    const json_t *seeds, const json_t *outputs)
{
	const char *k;
	json_t *set;
	bool read_by_m = false;
	if (json_object_get(outputs, y))
		return false;
	json_object_foreach((json_t *)reads, k, set) {
		if (!json_object_get(set, y))
			continue;
		if (!json_object_get(m, k))
			return false;
		read_by_m = true;
	}
	return json_object_get(seeds, y) || read_by_m ||
	       all_in(json_object_get(reads, y), m, true);
}

/* convert_cfn.h: the handlers (what the ServiceTokens name), what they
 * read that nothing else does, and what is made for them alone (a policy of
 * a handler's role), found by growing from the handlers and then keeping
 * out whatever an output or a resource outside reads. */
void cfn_cdk_drop_handlers(struct cfn *c, const json_t *tpl)
{
	json_t *reads = json_object(), *seeds = json_object(), *m = json_object();
	json_t *outputs = json_object();
	const char *name, *k;
	json_t *r, *x;
	resources_read(c, json_object_get(tpl, "Outputs"), outputs);
	/* every resource carried reads; a custom resource left out too (what
	 * else it names stays) */
	json_object_foreach(c->resources, name, r)
		if (json_object_get(c->types, name) || is_custom(r))
			json_object_set_new(reads, name, reads_of(c, name));
	/* the handlers: what a custom resource's ServiceToken names, carried */
	json_object_foreach(c->resources, name, r) {
		if (!is_custom(r))
			continue;
		json_t *token = json_object();
		resources_read(c, json_object_get(json_object_get(r, "Properties"), "ServiceToken"), token);
		json_object_foreach(token, k, x)
			if (json_object_get(c->types, k))
				json_object_set_new(seeds, k, json_true());
		json_decref(token);
	}
	/* what they read and what is made for them only, then less while one
	 * of them is read by what stays */
	json_object_update(m, seeds);
	for (bool grew = true; grew;) {
		grew = false;
		json_object_foreach(reads, name, r) {
			if (json_object_get(m, name) || !json_object_get(c->types, name))
				continue;
			bool near = all_in(r, m, true);
			json_object_foreach(m, k, x)
				near = near || json_object_get(json_object_get(reads, k), name);
			if (near) {
				json_object_set_new(m, name, json_true());
				grew = true;
			}
		}
	}
	for (bool shrank = true; shrank;) {
		shrank = false;
		void *tmp;
		json_object_foreach_safe(m, tmp, name, x)
			if (!serves_handlers(name, m, reads, seeds, outputs)) {
				json_object_del(m, name);
				shrank = true;
			}
	}
	json_object_foreach(m, name, x) {
		const json_t *at = json_object_get(json_object_get(c->resources, name), "Type");
		diag_warnf(c->d, yaml_pos_of(c->pos, at), "resource %s: a custom resource's handler, or "
			   "what only a handler uses; CloudFormation calls it, terrace does not (the "
			   "custom resource is left out, or written as a type that makes its object "
			   "itself); left out", name);
		json_object_del(c->types, name);
	}
	json_decref(reads);
	json_decref(seeds);
	json_decref(m);
	json_decref(outputs);
}

/* ---- the table -------------------------------------------------------------- */

static const struct {
	const char *cfn_type, *type;
	void (*write)(struct cfn *c, const char *name, const json_t *props, json_t *out);
	/* NULL: every one; else whether this one's properties can be carried */
	const char *(*carries)(const json_t *props);
} cdk_custom[] = {
	{ "Custom::S3BucketNotifications", "aws.s3.bucket_notification", s3_notifications, NULL },
	{ "Custom::VpcRestrictDefaultSG", "aws.ec2.default_security_group", vpc_default_sg,
	  vpc_of_default_sg },
};

const char *cfn_cdk_custom_type(const char *cfn_type, const json_t *props)
{
	for (size_t i = 0; i < sizeof(cdk_custom) / sizeof(*cdk_custom); i++)
		if (!strcmp(cdk_custom[i].cfn_type, cfn_type) &&
		    (!cdk_custom[i].carries || cdk_custom[i].carries(props)))
			return cdk_custom[i].type;
	return NULL;
}

void cfn_cdk_custom_write(struct cfn *c, const char *name, const char *cfn_type,
			  const json_t *props, json_t *out)
{
	for (size_t i = 0; i < sizeof(cdk_custom) / sizeof(*cdk_custom); i++)
		if (!strcmp(cdk_custom[i].cfn_type, cfn_type))
			cdk_custom[i].write(c, name, props, out);
}
