/*
 * convert.c: `terrace convert`: what a team already has as a stack: a
 * CloudFormation template (stacks/convert_cfn.c) or a Terraform
 * configuration (stacks/convert_tf.c), -from guessed from the files,
 * laid out as `terrace fmt` lays it out (stacks/fmt.h), written to -out or
 * stdout. Each construct left out is a warning at its file:line; the exit
 * code says whether any was (3), as `fmt -check` says a file is not laid
 * out. -existing FILE names what the source already made, as import:
 * blocks. A folder of CloudFormation templates is converted together, each
 * to a stack of its own under -out DIR, what they export read first
 * (convert_set). With -out-dir, each PATH is converted alone in one run,
 * a stack each under it (convert_each).
 */
#include "cmd/cli.h"
#include "provider/aws/cfn_types.h"
#include "provider/aws/cloudcontrol/api.h"
#include "provider/base/input_file.h"
#include "stacks/convert.h"
#include "stacks/fmt.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const struct cli_command convert_cmd = {
	"convert", "terrace convert [options] PATH...",
	"Write a stack from a CloudFormation template (YAML or JSON) or a Terraform\n"
	"configuration (a .tf file or a folder of them): PATH's kind is guessed from\n"
	"its files, or given with -from. The stack is laid out as `terrace fmt` writes\n"
	"it, to -out FILE (a new file) or stdout. Every construct it cannot carry (a\n"
	"custom resource, a macro, another provider's resource, a function with no\n"
	"counterpart) is a warning at its file:line saying why. -existing FILE: what\n"
	"the source already made, as import: blocks, so that the stack plans no\n"
	"change against it: for CloudFormation the JSON of `aws cloudformation\n"
	"describe-stack-resources`, for Terraform a state file.\n"
	"A folder of CloudFormation templates converts together, a stack each, to\n"
	"-out DIR (a new folder): an Fn::ImportValue of what another template of the\n"
	"folder exports is a terrace.stack lookup of that stack's output.\n"
	"-out-dir DIR (a new folder): each PATH (one or more) converted alone, as if given\n"
	"by itself, in this one run, to DIR/REL/stack.yaml, REL the path after the folders\n"
	"the PATHs share, without its extension; each one's warnings are followed by a line\n"
	"\"PATH: converted to FILE\" (with its constructs left out) or \"PATH: not converted\".\n"
	"Exit codes: 0 everything carried, 1 error (nothing written; of several, that\n"
	"one), 3 written with constructs left out (each warned of).",
	INT_MAX,
};

/*
 * How convert writes a CloudFormation type whose awscc type Cloud Control
 * cannot make (its registry schema has no handlers): as the written type
 * whose twin it is in provider/aws/types.def (aws_written_type_of), each
 * property to the attribute of its name (snake_case: SetIdentifier is
 * set_identifier). Its row here, where it needs one, says what differs:
 * `renames` ("attribute=Property ...", a nested attribute by its dotted
 * path), the attribute named otherwise. A legacy type AWS documents the
 * upgrade of to a type Cloud Control makes has that awscc type as its
 * `twin`: its properties by the awscc type's own CloudFormation names,
 * renamed where the legacy type's differ; `values` ("attribute=FROM>TO
 * ...", * the rest of the value) rewrites a value the newer type writes
 * otherwise ("7.10" as "Elasticsearch_7.10").
 * A written type's "attribute=Property|Other": Fn::GetAtt names it Other
 * too; its map attribute takes CloudFormation's list of {Key, Value} (Tags)
 * as its map; `unwrap` names the properties whose members are the type's own
 * attributes (a Glue table's TableInput); `account` a property the type
 * always takes as the caller's account (a Glue catalog's CatalogId): carried
 * by saying nothing where the template gives that account.
 * A name CloudFormation makes up when the template gives none (`named`) is
 * the stack's name and the logical id, in lower case where the service folds
 * the names it keeps (`named_lower`: Glue's, for Hive; one in capitals would
 * read back otherwise and plan a change). A written type's id is not
 * CloudFormation's physical id, so -existing imports none of its objects,
 * unless `physical_id` names the attribute that is both: CloudFormation's
 * physical id and what `terrace import` takes (a CodeBuild project's name).
 */
static const struct {
	const char *cfn_type;
	const char *twin; /* the awscc type a legacy type upgrades to, or NULL: the written type */
	const char *renames;
	const char *values;
	const char *ref; /* the attribute Ref gives, where the type's own Ref gives another */
	const char *named; /* the attribute CloudFormation fills itself when the template
			      leaves it out (STACK-LOGICALID-SUFFIX), or NULL */
	bool named_lower; /* the service keeps the name in lower case */
	const char *physical_id; /* the attribute that is CloudFormation's physical id
				    and the type's import id, or NULL */
	const char *unwrap; /* the properties whose members are the type's attributes, or NULL */
	const char *account; /* a property the type always takes as the caller's account */
} written_twins[] = {
	{ "AWS::Route53::RecordSet", NULL,
	  "zone_id=HostedZoneId record_type=Type ttl=TTL records=ResourceRecords alias=AliasTarget "
	  "alias.name=DNSName alias.zone_id=HostedZoneId" },
	{ "AWS::Route53::RecordSetGroup", NULL,
	  "zone_id=HostedZoneId records=RecordSets records.record_type=Type records.ttl=TTL "
	  "records.records=ResourceRecords records.alias=AliasTarget records.alias.name=DNSName "
	  "records.alias.zone_id=HostedZoneId" },
	/* AWS::Elasticsearch::Domain's page in the CloudFormation user guide,
	 * Remarks: the upgrade to AWS::OpenSearchService::Domain. Its Ref is
	 * the domain's name, as the newer type's is. */
	{ "AWS::Elasticsearch::Domain", "awscc.opensearchservice.domain",
	  "engine_version=ElasticsearchVersion cluster_config=ElasticsearchClusterConfig",
	  "engine_version=*>Elasticsearch_* cluster_config.instance_type=*.elasticsearch>*.search "
	  "cluster_config.dedicated_master_type=*.elasticsearch>*.search "
	  "cluster_config.warm_type=*.elasticsearch>*.search", "domain_name" },
	{ "AWS::CodeCommit::Repository", NULL,
	  "repository_name=RepositoryName|Name description=RepositoryDescription "
	  "repository_id=Id" },
	{ "AWS::CodeBuild::Project", NULL,
	  "build_timeout=TimeoutInMinutes queued_timeout=QueuedTimeoutInMinutes "
	  "source.buildspec=BuildSpec environment.environment_variable=EnvironmentVariables "
	  "logs_config.cloudwatch_logs=CloudWatchLogs", .named = "name", .physical_id = "name" },
	{ "AWS::IAM::Policy", NULL, "name=PolicyName policy=PolicyDocument" },
	{ "AWS::SNS::TopicPolicy", NULL, "policy=PolicyDocument" },
	{ "AWS::SQS::QueuePolicy", NULL, "policy=PolicyDocument" },
	/* the user guide's AWS::Glue::Table and AWS::Glue::Connection: Ref
	 * returns the table's, the connection's name */
	{ "AWS::Glue::Table", NULL, "database=DatabaseName", .ref = "name", .unwrap = "TableInput",
	  .account = "CatalogId", .named = "name", .named_lower = true },
	{ "AWS::Glue::Connection", NULL, NULL, .ref = "name", .unwrap = "ConnectionInput",
	  .account = "CatalogId" },
	{ "AWS::LakeFormation::Permissions", NULL,
	  "principal=DataLakePrincipalIdentifier database=DatabaseResource table=TableResource "
	  "table_with_columns=TableWithColumnsResource data_location=DataLocationResource "
	  "data_location.arn=ResourceArn", .unwrap = "DataLakePrincipal Resource" },
};

/* The CloudFormation name of the attribute at `path`: renames' word
 * "PATH=Property" (with *also the name after a '|', else NULL), else the
 * attribute's name in CamelCase (new strings). */
static char *cfn_name_of(const char *renames, const char *path, const char *attr, char **also)
{
	size_t n = strlen(path);
	struct strbuf name = STRBUF_INIT;
	*also = NULL;
	for (const char *w = renames; w && *w; w += strcspn(w, " "), w += *w == ' ') {
		if (!strncmp(w, path, n) && w[n] == '=') {
			size_t len = strcspn(w + n + 1, " |");
			if (w[n + 1 + len] == '|')
				*also = xstrndup(w + n + 2 + len, strcspn(w + n + 2 + len, " "));
			return xstrndup(w + n + 1, len);
		}
	}
	for (const char *p = attr; *p; p++) {
		if (*p == '_')
			continue;
		strbuf_addch(&name, p == attr || p[-1] == '_' ? (char)toupper((unsigned char)*p) : *p);
	}
	return strbuf_detach(&name);
}

/* A written type's attributes as convert.h's awscc_type describes an awscc
 * type's: {name: {"cloudformation_name", "nested"}}, under `path`, with
 * "cloudformation_also" (another name of Fn::GetAtt's) and "map" (a map,
 * made from CloudFormation's list of Key and Value: tags); the attribute
 * `named` is "generated_name": true ("lower" with named_lower). */
static json_t *written_attributes(const struct attr_schema *attrs, const char *renames,
				  const char *path, const char *named, bool named_lower)
{
	json_t *out = json_object();
	for (const struct attr_schema *a = attrs; a && a->name; a++) {
		char *at = *path ? xasprintf("%s.%s", path, a->name) : xstrdup(a->name);
		char *also;
		char *cfn = cfn_name_of(renames, at, a->name, &also);
		json_t *d = json_pack("{s:s}", "cloudformation_name", cfn);
		if (also)
			json_object_set_new(d, "cloudformation_also", json_string(also));
		if (a->type == ATTR_MAP)
			json_object_set_new(d, "map", json_true());
		if (named && !*path && !strcmp(a->name, named))
			json_object_set_new(d, "generated_name",
					    named_lower ? json_string("lower") : json_true());
		if (a->nested)
			json_object_set_new(d, "nested",
					    written_attributes(a->nested, renames, at, NULL, false));
		json_object_set_new(out, a->name, d);
		free(also);
		free(cfn);
		free(at);
	}
	return out;
}

/* Each word "PATH=VALUE" of words: the attribute of attrs at PATH (dotted,
 * through "nested") gets key VALUE; with a split ("=FROM>TO"), key FROM and
 * key2 TO. */
static void mark_attributes(json_t *attrs, const char *words, const char *key, const char *key2)
{
	char *copy = xstrdup(words ? words : ""), *save = NULL;
	for (char *w = strtok_r(copy, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
		char *eq = strchr(w, '='), *to = eq && key2 ? strchr(eq, '>') : NULL, *part, *at = NULL;
		json_t *a = NULL, *level = attrs;
		if (!eq)
			continue;
		*eq = '\0';
		if (to)
			*to++ = '\0';
		for (part = strtok_r(w, ".", &at); part && level; part = strtok_r(NULL, ".", &at)) {
			a = json_object_get(level, part);
			level = json_object_get(a, "nested");
		}
		if (a)
			json_object_set_new(a, key, json_string(eq + 1));
		if (a && to)
			json_object_set_new(a, key2, json_string(to));
	}
	free(copy);
}

/* The row of written_twins for cfn_type, or -1. */
static int twin_row(const char *cfn_type)
{
	for (size_t i = 0; i < sizeof(written_twins) / sizeof(*written_twins); i++)
		if (!strcmp(written_twins[i].cfn_type, cfn_type))
			return (int)i;
	return -1;
}

/* The awscc type of cfn_type (its name in *name) and its attributes, or NULL. */
static json_t *awscc_of(const char *cfn_type, const char **name)
{
	size_t n;
	const char *const *names = cc_type_names(&n);
	for (size_t i = 0; i < n; i++) {
		const char *cfn = cc_cfn_type(names[i]);
		if (!cfn || strcmp(cfn, cfn_type))
			continue;
		const struct resource_type *rt = cc_type_find(names[i]);
		json_t *described = rt ? cc_type_describe(rt) : NULL;
		json_t *attrs = json_incref(json_object_get(described, "attributes"));
		json_decref(described);
		if (attrs)
			*name = names[i];
		return attrs;
	}
	return NULL;
}

/* The attributes of the written type rt (or of the awscc twin rt), marked as
 * row i of written_twins says (-1: none). */
static json_t *twin_attributes(const struct resource_type *rt, int i)
{
	json_t *described = cc_type_find(rt->name) ? cc_type_describe(rt) : NULL;
	json_t *attrs = described ? json_deep_copy(json_object_get(described, "attributes"))
				  : written_attributes(rt->attrs, i < 0 ? NULL : written_twins[i].renames,
						       "", i < 0 ? NULL : written_twins[i].named,
						       i >= 0 && written_twins[i].named_lower);
	if (described && i >= 0)
		mark_attributes(attrs, written_twins[i].renames, "cloudformation_name", NULL);
	json_decref(described);
	if (i < 0)
		return attrs;
	mark_attributes(attrs, written_twins[i].values, "value_from", "value_to");
	if (written_twins[i].ref)
		json_object_set_new(json_object_get(attrs, written_twins[i].ref),
				    "cloudformation_ref", json_true());
	if (written_twins[i].physical_id)
		json_object_set_new(json_object_get(attrs, written_twins[i].physical_id),
				    "cloudformation_physical_id", json_true());
	char *blocks = xstrdup(written_twins[i].unwrap ? written_twins[i].unwrap : ""), *save = NULL;
	for (char *b = strtok_r(blocks, " ", &save); b; b = strtok_r(NULL, " ", &save))
		json_object_set_new(attrs, b, json_pack("{s:s, s:b}", "cloudformation_name", b,
							"unwrap", 1));
	free(blocks);
	if (written_twins[i].account)
		json_object_set_new(attrs, written_twins[i].account,
				    json_pack("{s:s, s:b}", "cloudformation_name",
					      written_twins[i].account, "account", 1));
	return attrs;
}

/* The type convert writes for a CloudFormation type, as convert.h's
 * awscc_type says: a legacy type's awscc twin; its awscc type where Cloud
 * Control makes it; else the written type types.def names its twin (with
 * its row's names); else its awscc type (which the caller then leaves out). */
static json_t *awscc_type(const char *cfn_type, const char **name)
{
	int i = twin_row(cfn_type);
	const char *twin = i >= 0 && written_twins[i].twin ? written_twins[i].twin
			   : aws_written_type_of(cfn_type);
	const struct resource_type *rt = twin ? resource_type_find(twin, NULL) : NULL;
	json_t *attrs = i >= 0 && written_twins[i].twin ? NULL : awscc_of(cfn_type, name);
	if (attrs && (!rt || cc_can_make(*name)))
		return attrs;
	if (!rt)
		return attrs;
	json_decref(attrs);
	*name = rt->name;
	return twin_attributes(rt, i);
}

/* cli.h: a template is a file with AWSTemplateFormatVersion or Resources. */
static const char *convert_kind_of(const char *path, const char **why);

static bool is_template_name(const char *name)
{
	return ends_with(name, ".yaml") || ends_with(name, ".yml") || ends_with(name, ".json") ||
	       ends_with(name, ".template");
}

/* The CloudFormation templates under root/rel, their paths relative to root
 * appended to list, in name order; hidden entries are skipped. */
static void find_templates(const char *root, const char *rel, json_t *list)
{
	char *dir = *rel ? xasprintf("%s/%s", root, rel) : xstrdup(root);
	struct dirent **names = NULL;
	int n = scandir(dir, &names, NULL, alphasort);
	for (int i = 0; i < n; i++) {
		const char *name = names[i]->d_name;
		char *sub = *rel ? xasprintf("%s/%s", rel, name) : xstrdup(name);
		char *path = xasprintf("%s/%s", root, sub);
		struct stat st;
		if (name[0] != '.' && !stat(path, &st)) {
			if (S_ISDIR(st.st_mode))
				find_templates(root, sub, list);
			else if (is_template_name(name) && convert_is_template(path))
				json_array_append_new(list, json_string(sub));
		}
		free(sub);
		free(path);
		free(names[i]);
	}
	free(names);
	free(dir);
}

const char *convert_kind_of(const char *path, const char **why)
{
	struct stat st;
	*why = NULL;
	if (stat(path, &st)) {
		*why = input_file_errno_text(errno);
		return NULL;
	}
	if (S_ISDIR(st.st_mode)) {
		DIR *dh = opendir(path);
		const char *kind = NULL;
		struct dirent *e;
		while (dh && (e = readdir(dh)))
			if (ends_with(e->d_name, ".tf") || ends_with(e->d_name, ".tf.json"))
				kind = "terraform";
		if (dh)
			closedir(dh);
		if (!kind) {
			json_t *templates = json_array();
			find_templates(path, "", templates);
			if (json_array_size(templates))
				kind = "cloudformation";
			json_decref(templates);
		}
		return kind;
	}
	if (ends_with(path, ".tf") || ends_with(path, ".tf.json"))
		return "terraform";
	struct strbuf text = STRBUF_INIT;
	const char *kind = NULL;
	if (input_file_read(path, &text, why) >= 0 &&
	    (strstr(text.buf, "AWSTemplateFormatVersion") || strstr(text.buf, "Resources")))
		kind = "cloudformation";
	strbuf_release(&text);
	return kind;
}

static const struct {
	const char *name;
	int (*convert)(const struct convert_source *, struct convert_result *, struct diags *);
} converters[] = {
	{ "cloudformation", convert_cloudformation },
	{ "terraform", convert_terraform },
};

typedef int (*converter_fn)(const struct convert_source *, struct convert_result *,
			    struct diags *);

/* The converter of kind ("cloudformation", "terraform"), NULL for another. */
static converter_fn converter_of(const char *kind)
{
	for (size_t i = 0; i < sizeof(converters) / sizeof(converters[0]); i++)
		if (!strcmp(kind, converters[i].name))
			return converters[i].convert;
	return NULL;
}

/* Write text to a new file at path (never over one). */
static int write_new(const char *path, const struct strbuf *text)
{
	FILE *f = fopen(path, "wx");
	if (!f)
		return ui_error("convert: cannot write %s: %s", path,
				errno == EEXIST ? "the file exists (convert never overwrites one)"
						: strerror(errno));
	bool ok = fwrite(text->buf, 1, text->len, f) == text->len;
	if (fclose(f) || !ok)
		return ui_error("convert: cannot write %s: %s", path, strerror(errno));
	return 0;
}

/* mkdir -p of path's folders and path. */
static int make_folders(const char *path)
{
	char *copy = xstrdup(path);
	int rc = 0;
	for (char *p = copy + 1; *p && !rc; p++)
		if (*p == '/') {
			*p = 0;
			if (mkdir(copy, 0777) && errno != EEXIST)
				rc = -1;
			*p = '/';
		}
	if (!rc && mkdir(copy, 0777) && errno != EEXIST)
		rc = -1;
	free(copy);
	return rc ? ui_error("convert: cannot make %s: %s", path, strerror(errno)) : 0;
}

/* Whether path is a template `cdk synth` wrote: STACK.template.json in a
 * cloud assembly (manifest.json beside it) or beside its assets manifest
 * (STACK.assets.json). Its stack is STACK, as `cdk deploy` names it. */
static bool cdk_template(const char *path)
{
	static const char tail[] = ".template.json";
	if (!ends_with(path, tail))
		return false;
	char *dir = path_dir(path);
	char *manifest = xasprintf("%s/manifest.json", dir);
	char *assets = xasprintf("%.*s.assets.json", (int)(strlen(path) - strlen(tail)), path);
	struct stat st;
	bool is = (!stat(manifest, &st) && S_ISREG(st.st_mode)) ||
		  (!stat(assets, &st) && S_ISREG(st.st_mode));
	free(dir);
	free(manifest);
	free(assets);
	return is;
}

/* `terrace convert -out OUT FOLDER`: each template under FOLDER as a stack
 * of its own, OUT/REL/stack.yaml (REL its path without the extension), the
 * set converted together: an Fn::ImportValue of a name another template
 * exports is a terrace.stack lookup of that stack's output. The exit code
 * as for one template, over them all. */
static int convert_set(const char *dir, const char *out_dir)
{
	json_t *list = json_array(), *exports = json_object(), *stacks = json_array();
	struct diags d = DIAGS_INIT;
	size_t left_out = 0, failed = 0, i;
	json_t *rel;
	int code = 1;
	find_templates(dir, "", list);
	if (!out_dir) {
		ui_error("convert: a folder of templates converts to a folder of stacks, one each: "
			 "give -out DIR (a new folder)");
		goto out;
	}
	if (mkdir(out_dir, 0777)) {
		ui_error("convert: cannot make -out %s: %s", out_dir,
			 errno == EEXIST ? "it exists (convert never writes into one)" : strerror(errno));
		goto out;
	}
	json_array_foreach(list, i, rel) {
		const char *r = json_string_value(rel);
		const char *dot = strrchr(r, '.');
		char *path_of_r = xasprintf("%s/%s", dir, r);
		if (cdk_template(path_of_r))
			dot -= strlen(".template");
		free(path_of_r);
		json_array_append_new(stacks, json_stringn(r, (size_t)(dot - r)));
		char *path = xasprintf("%s/%s", dir, r);
		convert_cloudformation_exports(path, json_string_value(json_array_get(stacks, i)),
					       exports, &d);
		free(path);
	}
	diags_free(&d); /* a template that does not read is said where it is converted */
	json_array_foreach(list, i, rel) {
		const char *stack = json_string_value(json_array_get(stacks, i));
		char *path = xasprintf("%s/%s", dir, json_string_value(rel));
		char *folder = xasprintf("%s/%s", out_dir, stack);
		char *file = xasprintf("%s/stack.yaml", folder);
		struct convert_source source = { .path = path, .awscc_type = awscc_type,
						 .cloud_control_makes = cc_can_make,
						 .stack_name = stack, .exports = exports,
						 .stack_dir = folder };
		struct convert_result result = { .left_out = 0 };
		struct strbuf laid = STRBUF_INIT;
		strbuf_init(&result.stack);
		int rc = convert_cloudformation(&source, &result, &d);
		ui_diags(&d);
		diags_free(&d);
		if (rc < 0 || stack_fmt(file, result.stack.buf ? result.stack.buf : "", result.stack.len,
					&laid, &d) ||
		    make_folders(folder) || write_new(file, &laid)) {
			ui_diags(&d);
			diags_free(&d);
			failed++;
		} else {
			left_out += result.left_out;
		}
		strbuf_release(&result.stack);
		strbuf_release(&laid);
		free(path);
		free(folder);
		free(file);
	}
	fprintf(stderr, "%zu template%s converted into stacks under %s%s\n",
		json_array_size(list) - failed, json_array_size(list) - failed == 1 ? "" : "s", out_dir,
		failed ? ", the others not (the errors above say why)" : "");
	if (left_out)
		fprintf(stderr, "%zu construct%s left out (the warnings above say which and why)\n",
			left_out, left_out == 1 ? "" : "s");
	code = failed ? 1 : left_out ? 3 : 0;
out:
	json_decref(list);
	json_decref(exports);
	json_decref(stacks);
	return code;
}

/* The folder part of path (without its last component), as given. */
static size_t folder_len(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? (size_t)(slash - path) : 0;
}

/* Where PATH's stack goes under -out-dir out_dir:
 * out_dir/REL/stack.yaml, REL the path after the folders all the PATHs
 * share (common, its length in characters), a file's extension dropped. NULL
 * when REL would leave out_dir (a ".." in it). A new string. */
static char *each_stack_file(const char *out_dir, const char *path, size_t common)
{
	const char *rel = path + common;
	struct stat st;
	while (*rel == '/')
		rel++;
	char *name = xstrdup(rel);
	size_t folder = folder_len(name);
	char *dot = strrchr(name + folder, '.');
	/* a file's extension; a folder's name is kept whole ("v1.2") */
	if (dot && dot > name + folder + (folder ? 1 : 0) && !(!stat(path, &st) && S_ISDIR(st.st_mode)))
		*dot = '\0';
	if (dot && cdk_template(path)) /* STACK.template.json: STACK */
		name[strlen(name) - strlen(".template")] = '\0';
	bool escapes = !strcmp(name, "..") || !strncmp(name, "../", 3) || strstr(name, "/../") ||
		       ends_with(name, "/..");
	char *file = escapes ? NULL : xasprintf("%s/%s/stack.yaml", out_dir, name);
	free(name);
	return file;
}

/* The length of the folders every path shares (whole components). */
static size_t shared_folders(const char *const *paths, int n)
{
	size_t common = folder_len(paths[0]);
	for (int i = 1; i < n; i++) {
		size_t k = 0, limit = folder_len(paths[i]);
		while (k < common && k < limit && paths[0][k] == paths[i][k])
			k++;
		/* back to where a folder of both ends ("a/b" is not "a/bc"'s) */
		while (k > 0 && !((k == common || paths[0][k] == '/') && (k == limit ||
									 paths[i][k] == '/')))
			k--;
		common = k;
	}
	return common;
}

/*
 * `terrace convert -out-dir DIR PATH...`: each PATH converted alone, as
 * if given by itself (an import stays a variable), to a stack of its own,
 * DIR/REL/stack.yaml (each_stack_file), in this one run: each one's
 * warnings and errors, then a line naming it ("PATH: converted to FILE",
 * with its count of constructs left out, or "PATH: not converted"), then
 * the count. The exit code as for one, over them all.
 */
static int convert_each(const char *const *paths, int n, const char *from, const char *out_dir)
{
	/* Named without a trailing slash: a folder "a/" is "a". */
	char **names = xcalloc((size_t)n, sizeof(*names));
	for (int i = 0; i < n; i++) {
		names[i] = xstrdup(paths[i]);
		for (size_t len = strlen(names[i]); len > 1 && names[i][len - 1] == '/';)
			names[i][--len] = '\0';
	}
	size_t left_out = 0, failed = 0, common = shared_folders((const char *const *)names, n);
	int code = 1;
	if (mkdir(out_dir, 0777)) {
		ui_error("convert: cannot make -out-dir %s: %s", out_dir, errno == EEXIST
			 ? "it exists (convert never writes into one)" : strerror(errno));
		goto out;
	}
	for (int i = 0; i < n; i++) {
		const char *path = paths[i], *why = NULL;
		const char *kind = from ? from : convert_kind_of(path, &why);
		converter_fn convert = kind ? converter_of(kind) : NULL;
		char *file = each_stack_file(out_dir, names[i], common);
		struct stat st;
		struct diags d = DIAGS_INIT;
		struct convert_result result = { .left_out = 0 };
		struct strbuf laid = STRBUF_INIT;
		strbuf_init(&result.stack);
		char *folder = file ? xstrndup(file, folder_len(file)) : NULL;
		int rc = -1;
		if (!file)
			ui_error("convert: %s: its stack would be written outside -out-dir %s; give the "
				 "paths from a folder above them", path, out_dir);
		else if (!kind)
			ui_error("convert: %s: %s", path, why ? why
				 : "neither a CloudFormation template (a map with Resources) nor a "
				   "Terraform configuration (.tf files): give -from");
		else if (!convert)
			ui_error("convert: -from %s: expected cloudformation or terraform", kind);
		else if (!strcmp(kind, "cloudformation") && !stat(path, &st) && S_ISDIR(st.st_mode))
			ui_error("convert: %s: a folder of templates converts by itself (its "
				 "templates together, a stack each): give it alone", path);
		else
			rc = convert(&(struct convert_source){ .path = path, .awscc_type = awscc_type,
								.cloud_control_makes = cc_can_make,
								.stack_dir = folder },
				     &result, &d);
		ui_diags(&d);
		diags_free(&d);
		if (!rc && stack_fmt(file, result.stack.buf ? result.stack.buf : "",
				     result.stack.len, &laid, &d)) {
			ui_diags(&d);
			ui_error("convert: the stack written is not valid YAML (a defect of terrace "
				 "convert)");
			rc = -1;
		}
		if (!rc && (make_folders(folder) || write_new(file, &laid)))
			rc = -1;
		if (rc) {
			fprintf(stderr, "%s: not converted (the errors above say why)\n", path);
			failed++;
		} else if (result.left_out) {
			fprintf(stderr, "%s: converted to %s, %zu construct%s left out (the warnings "
				"above say which and why)\n", path, file, result.left_out,
				result.left_out == 1 ? "" : "s");
		} else {
			fprintf(stderr, "%s: converted to %s\n", path, file);
		}
		left_out += rc ? 0 : result.left_out;
		diags_free(&d);
		strbuf_release(&result.stack);
		strbuf_release(&laid);
		free(folder);
		free(file);
	}
	fprintf(stderr, "%zu of %d converted into stacks under %s", (size_t)n - failed, n, out_dir);
	if (left_out)
		fprintf(stderr, "; %zu construct%s left out", left_out, left_out == 1 ? "" : "s");
	fputs("\n", stderr);
	code = failed ? 1 : left_out ? 3 : 0;
out:
	for (int i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return code;
}

int cmd_convert(int argc, char **argv)
{
	struct cli_setup o;
	const char *from = NULL, *out_path = NULL, *out_dir = NULL, *existing_path = NULL;
	char *stack_dir = NULL; /* -out's folder */
	const struct cli_option options[] = {
		OPT_SETUP(SETUP_NO_COLOR),
		OPT_STRING("from", "KIND", "cloudformation or terraform (default: guessed from PATH)", &from),
		OPT_STRING("out", "FILE", "write the stack to FILE, a new file (default: stdout)", &out_path),
		OPT_STRING("out-dir", "DIR", "convert each PATH alone to DIR/REL/stack.yaml, DIR a new "
			   "folder", &out_dir),
		OPT_STRING("existing", "FILE", "what the source made, as import: blocks: describe-stack-resources "
			   "JSON, or a Terraform state", &existing_path),
		OPT_END(),
	};
	enum cli_parsed parsed = cli_parse(&convert_cmd, options, argc, argv, &o);
	if (parsed != CLI_RUN)
		return CLI_EXIT_CODE(parsed);
	int code = 1;
	json_t *existing = NULL;
	struct diags d = DIAGS_INIT;
	struct convert_result result = { .left_out = 0 };
	struct strbuf laid = STRBUF_INIT;
	strbuf_init(&result.stack);
	if (o.n_positional < 1) {
		ui_error("convert: expected a template or configuration: terrace convert [options] "
			 "PATH...");
		goto out;
	}
	if (out_dir && (out_path || existing_path)) {
		ui_error("convert: -out-dir writes a stack for each PATH; %s", out_path
			 ? "-out writes one: give one of them"
			 : "-existing names what one source made: convert that one alone with it");
		goto out;
	}
	if (out_dir) {
		code = convert_each(o.positional, o.n_positional, from, out_dir);
		goto out;
	}
	if (o.n_positional > 1) {
		ui_error("convert: several PATHs convert each to a stack of its own: give -out-dir "
			 "DIR (a new folder)");
		goto out;
	}
	const char *path = o.positional[0];
	const char *why = NULL;
	if (!from && !(from = convert_kind_of(path, &why))) {
		if (why)
			ui_error("convert: %s: %s", path, why);
		else
			ui_error("convert: cannot tell what %s is: neither a CloudFormation template (a map "
				 "with Resources) nor a Terraform configuration (.tf files): give -from",
				 path);
		goto out;
	}
	converter_fn convert = converter_of(from);
	if (!convert) {
		ui_error("convert: -from %s: expected cloudformation or terraform", from);
		goto out;
	}
	struct stat st;
	if (!strcmp(from, "cloudformation") && !stat(path, &st) && S_ISDIR(st.st_mode)) {
		if (existing_path)
			ui_error("convert: -existing names what one template made; convert a folder "
				 "without it, or each template alone with its own");
		else
			code = convert_set(path, out_path);
		goto out;
	}
	if (existing_path) {
		json_error_t err;
		struct strbuf text = STRBUF_INIT;
		if (input_file_read(existing_path, &text, &why) < 0) {
			ui_error("convert: -existing %s: %s", existing_path, why);
			strbuf_release(&text);
			goto out;
		}
		existing = json_loadb(text.buf, text.len, 0, &err);
		strbuf_release(&text);
		if (!existing) {
			ui_error("convert: -existing %s:%d:%d: %s", existing_path, err.line, err.column,
				 err.text);
			goto out;
		}
	}
	stack_dir = out_path ? path_dir(out_path) : NULL;
	struct convert_source source = { .path = path, .existing = existing,
					 .awscc_type = awscc_type,
					 .cloud_control_makes = cc_can_make, .stack_dir = stack_dir };
	int rc = convert(&source, &result, &d);
	ui_diags(&d);
	if (rc < 0)
		goto out;
	diags_free(&d);
	if (stack_fmt(out_path ? out_path : "<stdout>", result.stack.buf ? result.stack.buf : "",
		      result.stack.len, &laid, &d)) {
		ui_diags(&d);
		ui_error("convert: the stack written is not valid YAML (a defect of terrace convert)");
		goto out;
	}
	if (out_path) {
		if (write_new(out_path, &laid))
			goto out;
	} else {
		fwrite(laid.buf ? laid.buf : "", 1, laid.len, stdout);
	}
	if (result.left_out)
		fprintf(stderr, "%zu construct%s left out (the warnings above say which and why)\n",
			result.left_out, result.left_out == 1 ? "" : "s");
	code = result.left_out ? 3 : 0;
out:
	free(stack_dir);
	json_decref(existing);
	diags_free(&d);
	strbuf_release(&result.stack);
	strbuf_release(&laid);
	cli_setup_release(&o);
	return code;
}
