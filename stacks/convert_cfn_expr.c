/*
 * convert_cfn_expr.c: a CloudFormation template's values and intrinsic
 * functions as the stack language writes them: Ref, Fn::GetAtt, Fn::Sub,
 * Fn::Join, Fn::Select, Fn::Split, Fn::GetAZs, Fn::Base64, Fn::Cidr,
 * Fn::FindInMap, Fn::If and the condition functions, Fn::Length and
 * Fn::ToJsonString, the pseudo parameters, and property names through the
 * awscc type's schema; Ref of a resource as cfn_ref.h says CloudFormation's
 * returns; in a set of templates, Fn::ImportValue of what another exports as
 * a terrace.stack lookup; logical ids as names (cfn_name). What has no
 * counterpart (Fn::ImportValue of a template alone, a macro's
 * Fn::Transform, each dynamic reference {{resolve:...}}) becomes a variable
 * standing in for it (cfn_stand_in), with a warning (cfn_left_out, which
 * convert_cfn.c's sections use too).
 */
#include "stacks/convert_cfn.h"
#include "stacks/cfn_ref.h"
#include "provider/provider.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void cfn_left_out(struct cfn *c, const json_t *node, const char *fmt, ...)
{
	const struct src_pos *pos = yaml_pos_of(c->pos, node);
	if (!pos)
		pos = yaml_pos_of(c->pos, c->near);
	struct strbuf sb = STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	diag_warnf(c->d, pos, "%s", sb.buf);
	strbuf_release(&sb);
	c->res->left_out++;
}

const char *cfn_name(struct cfn *c, const char *logical)
{
	if (isalpha((unsigned char)logical[0]) || logical[0] == '_')
		return logical;
	json_t *n = json_object_get(c->renamed, logical);
	if (!n) {
		n = json_sprintf("_%s", logical);
		json_object_set_new(c->renamed, logical, n);
		json_object_set_new(c->renamed_from, json_string_value(n), json_string(logical));
	}
	return json_string_value(n);
}

/* name with what a variable's name cannot hold as "_". */
static char *name_from(const char *hint)
{
	char *name = xstrdup(hint && *hint ? hint : "value");
	for (char *p = name; *p; p++)
		if (!isalnum((unsigned char)*p) && *p != '_' && *p != '-')
			*p = '_';
	if (!isalpha((unsigned char)name[0])) {
		char *v = xasprintf("v_%s", name);
		free(name);
		name = v;
	}
	return name;
}

const char *cfn_stand_in(struct cfn *c, const char *hint, const char *description, bool sensitive)
{
	char *base = name_from(hint), *name = xstrdup(base);
	for (int i = 2; json_object_get(c->variables, name); i++) {
		free(name);
		name = xasprintf("%s_%d", base, i);
	}
	json_t *v = json_pack("{s:s, s:s}", "type", "string", "description", description);
	if (sensitive)
		json_object_set_new(v, "sensitive", json_true());
	json_object_set_new(c->variables, name, v);
	free(base);
	free(name);
	/* The key in the object lives as long as the object. */
	const char *key;
	json_t *val;
	const char *last = NULL;
	json_object_foreach(c->variables, key, val)
		last = key;
	return last;
}

static const struct {
	const char *tag, *name;
} tag_names[] = {
	{ "!Ref", "Ref" },
	{ "!Condition", "Condition" },
};

const char *cfn_intrinsic(const json_t *node, const json_t **arg)
{
	const char *key;
	json_t *v;
	if (!json_is_object(node) || json_object_size(node) != 1)
		return NULL;
	json_object_foreach((json_t *)node, key, v) {
		*arg = v;
		if (!strcmp(key, "Ref") || !strcmp(key, "Condition") || !strncmp(key, "Fn::", 4))
			return key;
		if (key[0] != '!')
			return NULL;
		for (size_t i = 0; i < sizeof(tag_names) / sizeof(tag_names[0]); i++)
			if (!strcmp(key, tag_names[i].tag))
				return tag_names[i].name;
		/* !Sub is Fn::Sub: the name after the "!" (kept for the process). */
		static json_t *long_names;
		if (!long_names)
			long_names = json_object();
		json_t *known = json_object_get(long_names, key);
		if (!known) {
			known = json_sprintf("Fn::%s", key + 1);
			json_object_set_new(long_names, key, known);
		}
		return json_string_value(known);
	}
	return NULL;
}

const json_t *cfn_attr_named(const json_t *attrs, const char *cfn_name, const char **name)
{
	const char *k;
	json_t *a;
	json_object_foreach((json_t *)attrs, k, a) {
		const char *cn = json_string_value(json_object_get(a, "cloudformation_name"));
		const char *also = json_string_value(json_object_get(a, "cloudformation_also"));
		if ((cn && !strcmp(cn, cfn_name)) || (also && !strcmp(also, cfn_name))) {
			*name = k;
			return a;
		}
	}
	return NULL;
}

void cfn_hcl_string(struct strbuf *out, const char *s)
{
	strbuf_addch(out, '"');
	for (; *s; s++) {
		switch (*s) {
		case '"': strbuf_addstr(out, "\\\""); break;
		case '\\': strbuf_addstr(out, "\\\\"); break;
		case '\n': strbuf_addstr(out, "\\n"); break;
		case '\r': strbuf_addstr(out, "\\r"); break;
		case '\t': strbuf_addstr(out, "\\t"); break;
		case '$':
		case '%':
			strbuf_addch(out, *s);
			if (s[1] == '{')
				strbuf_addch(out, *s); /* $${ and %%{: the literal text */
			break;
		default: strbuf_addch(out, *s);
		}
	}
	strbuf_addch(out, '"');
}

/* Literal text of a YAML string of the stack: "${" is "$${". */
static void add_text(struct strbuf *out, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		strbuf_addch(out, s[i]);
		if (s[i] == '$' && i + 1 < n && s[i + 1] == '{')
			strbuf_addch(out, '$');
	}
}

static bool is_resource(const struct cfn *c, const char *name)
{
	return json_object_get(c->resources, name) != NULL;
}

/* A reference to resource `name`'s attribute path (".id"): name.id, or
 * one(name[*].id) when the resource has a Condition (count): null when the
 * condition is false, as CloudFormation's Fn::If around such a reference
 * expects, where name[0] would be refused as no instance of the stack. */
static void add_resource(struct cfn *c, struct strbuf *out, const char *name, const char *path)
{
	json_t *r = json_object_get(c->resources, name);
	if (json_object_get(r, "Condition"))
		strbuf_addf(out, "one(%s[*]%s)", cfn_name(c, name), path);
	else
		strbuf_addf(out, "%s%s", cfn_name(c, name), path);
}

/* The primary identifier of resource `name`'s type as terrace imports it
 * ("public_ip|allocation_id", a new string), from the type's import_id;
 * NULL when unknown. */
static char *identifier_of(const struct cfn *c, const char *name)
{
	const char *type = json_string_value(json_object_get(json_object_get(c->types, name), "type"));
	const struct resource_type *rt = type ? resource_type_find(type, NULL) : NULL;
	const char *open = rt && rt->import_id ? strrchr(rt->import_id, '(') : NULL;
	const char *close = open ? strchr(open, ')') : NULL;
	return close ? xstrndup(open + 1, (size_t)(close - open - 1)) : NULL;
}

/* A pseudo parameter, or false when name is none. */
static bool pseudo(struct cfn *c, const json_t *node, const char *name, struct strbuf *out)
{
	if (!strcmp(name, "AWS::Region")) {
		c->need_caller = true;
		strbuf_addstr(out, "data.aws.region");
	} else if (!strcmp(name, "AWS::AccountId")) {
		c->need_caller = true;
		strbuf_addstr(out, "data.aws.account_id");
	} else if (!strcmp(name, "AWS::Partition")) {
		c->need_caller = true;
		strbuf_addstr(out, "data.aws.partition");
	} else if (!strcmp(name, "AWS::URLSuffix")) {
		c->need_caller = true;
		strbuf_addstr(out, "(data.aws.partition == \"aws-cn\" ? \"amazonaws.com.cn\" : \"amazonaws.com\")");
	} else if (!strcmp(name, "AWS::StackName")) {
		strbuf_addstr(out, "terrace.stack");
	} else if (!strcmp(name, "AWS::NoValue")) {
		strbuf_addstr(out, "null");
	} else if (!strcmp(name, "AWS::StackId")) {
		/* the stack's ARN, its UUID one of the stack and workspace: what a
		 * template takes from it (Fn::Select 2 of Fn::Split "/", then a group
		 * of Fn::Split "-") is unique to them, as CloudFormation's is to a stack */
		c->need_caller = true;
		strbuf_addstr(out, "format(\"arn:%s:cloudformation:%s:%s:stack/%s/%s\", data.aws.partition, "
				   "data.aws.region, data.aws.account_id, terrace.stack, uuidv5(\"url\", "
				   "\"terrace:${terrace.stack}/${terrace.workspace}\"))");
	} else if (!strcmp(name, "AWS::NotificationARNs")) {
		cfn_left_out(c, node, "AWS::NotificationARNs: terrace sends no stack notifications; written as []");
		strbuf_addstr(out, "[]");
	} else {
		return false;
	}
	return true;
}

static void stand_in(struct cfn *c, const json_t *node, const char *hint, const char *what,
		     const char *why, bool sensitive, struct strbuf *out);

/* A reference (what: "Ref Mesh", "Fn::GetAtt Mesh.Arn") to resource res,
 * which convert left out (convert_cfn.c's find_types said why): a variable
 * named after it (hint: Mesh, Mesh_Arn) stands in for its value, one for
 * each reference however often it is made, warned of and counted where
 * first used, as a Terraform module left out is (convert_tf_refs.c). */
static void left_out_stand_in(struct cfn *c, const json_t *node, const char *res,
			      const char *hint, const char *what, struct strbuf *out)
{
	const char *var = json_string_value(json_object_get(c->stand_ins, what));
	if (!var) {
		const char *type = json_string_value(json_object_get(json_object_get(c->resources, res),
								     "Type"));
		char *description = xasprintf("%s (%s), which terrace convert left out", what,
					      type ? type : "no Type");
		var = cfn_stand_in(c, hint, description, false);
		json_object_set_new(c->stand_ins, what, json_string(var));
		cfn_left_out(c, node, "%s: its resource is not carried; written as var.%s, a variable "
				      "to give its value", what, var);
		free(description);
	}
	strbuf_addf(out, "var.%s", var);
}

const struct cfn_ref_row *cfn_ref_find(const char *cfn_type)
{
	size_t lo = 0, hi = cfn_ref_n_rows;
	while (cfn_type && lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int cmp = strcmp(cfn_type, cfn_ref_rows[mid].type);
		if (!cmp)
			return &cfn_ref_rows[mid];
		if (cmp < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

/* Ref of resource `name`: the property CloudFormation's Ref gives for its
 * type (cfn_ref.h), ${NAME.id} when that is the type's identifier; where
 * the table has no answer, the identifier (its first property when it is
 * several), with a warning to check it. */
static void ref_resource(struct cfn *c, const json_t *node, const char *name, struct strbuf *out)
{
	const json_t *type = json_object_get(c->types, name);
	const char *cfn_type = json_string_value(json_object_get(type, "cloudformation_type"));
	const struct cfn_ref_row *row = cfn_ref_find(cfn_type);
	const char *attr = NULL;
	char *id = identifier_of(c, name);
	const json_t *a = row && row->property
			  ? cfn_attr_named(json_object_get(type, "attributes"), row->property, &attr) : NULL;
	const char *k;
	json_t *x;
	json_object_foreach(json_object_get(type, "attributes"), k, x)
		if (json_is_true(json_object_get(x, "cloudformation_ref"))) { /* a twin's */
			attr = k;
			a = x;
		}
	if (row && row->property && !a)
		cfn_left_out(c, node, "Ref %s: CloudFormation's Ref of %s gives its %s, which terrace's "
				      "schema of the type does not have; written as its identifier",
			     name, cfn_type, row->property);
	if (json_string_value(json_object_get(a, "alias_of"))) /* an old name: the one it is now */
		attr = json_string_value(json_object_get(a, "alias_of"));
	if (attr && id && !strcmp(attr, id)) {
		add_resource(c, out, name, ".id");
	} else if (attr) {
		char *path = xasprintf(".%s", attr);
		add_resource(c, out, name, path);
		free(path);
	} else {
		const char *bar = id ? strchr(id, '|') : NULL;
		char *path = bar ? xasprintf(".%.*s", (int)(bar - id), id) : xstrdup(".id");
		char *said = row ? xasprintf("CloudFormation's documentation says \"%s\", which "
					     "names no one property", row->said)
				 : xasprintf("CloudFormation's documentation (as pinned) has no Ref of %s",
					     cfn_type);
		cfn_left_out(c, node, "Ref %s: %s; written as %s%s, its type's identifier%s (%s): check "
				      "it is what the template means", name, said, name, path,
			     bar ? "'s first property" : "", id ? id : "unknown");
		add_resource(c, out, name, path);
		free(said);
		free(path);
	}
	free(id);
}

static void ref(struct cfn *c, const json_t *node, const json_t *arg, struct strbuf *out)
{
	const char *name = json_string_value(arg);
	if (!name) {
		cfn_left_out(c, node, "Ref takes the name of a parameter or a resource; written as null");
		strbuf_addstr(out, "null");
	} else if (pseudo(c, node, name, out)) {
	} else if (json_object_get(c->params, name)) {
		strbuf_addf(out, "var.%s", cfn_name(c, name));
	} else if (is_resource(c, name) && !json_object_get(c->types, name)) {
		char *what = xasprintf("Ref %s", name);
		left_out_stand_in(c, node, name, name, what, out);
		free(what);
	} else if (is_resource(c, name)) {
		ref_resource(c, node, name, out);
	} else {
		cfn_left_out(c, node, "Ref %s: the template has no parameter or resource of that name; written as null", name);
		strbuf_addstr(out, "null");
	}
}

/* Resource `res`'s attribute `path` (CloudFormation's, dotted: Endpoint.Address). */
static void get_att(struct cfn *c, const json_t *node, const char *res, const char *path,
		    struct strbuf *out)
{
	json_t *type = json_object_get(c->types, res);
	if (!is_resource(c, res)) {
		cfn_left_out(c, node, "Fn::GetAtt %s.%s: the template has no resource %s; written as null",
			     res, path, res);
		strbuf_addstr(out, "null");
		return;
	}
	if (!type) {
		char *hint = xasprintf("%s_%s", res, path), *what = xasprintf("Fn::GetAtt %s.%s", res, path);
		left_out_stand_in(c, node, res, hint, what, out);
		free(hint);
		free(what);
		return;
	}
	struct strbuf dotted = STRBUF_INIT;
	const json_t *attrs = json_object_get(type, "attributes");
	char *copy = xstrdup(path), *save = NULL;
	for (char *part = strtok_r(copy, ".", &save); part; part = strtok_r(NULL, ".", &save)) {
		const char *name = NULL;
		const json_t *a = attrs ? cfn_attr_named(attrs, part, &name) : NULL;
		if (!a) {
			cfn_left_out(c, node, "Fn::GetAtt %s.%s: %s has no attribute %s in its schema (%s); written as \"%s\"",
				     res, path, json_string_value(json_object_get(type, "type")), part,
				     json_string_value(json_object_get(type, "cloudformation_type")), part);
			strbuf_addf(&dotted, ".%s", part);
			attrs = NULL;
			continue;
		}
		strbuf_addf(&dotted, ".%s", name);
		attrs = json_object_get(a, "nested");
	}
	add_resource(c, out, res, dotted.buf ? dotted.buf : "");
	strbuf_release(&dotted);
	free(copy);
}

static void get_att_node(struct cfn *c, const json_t *node, const json_t *arg, struct strbuf *out)
{
	const char *s = json_string_value(arg);
	if (s && strchr(s, '.')) {
		char *res = xstrndup(s, (size_t)(strchr(s, '.') - s));
		get_att(c, node, res, strchr(s, '.') + 1, out);
		free(res);
		return;
	}
	if (json_is_array(arg) && json_array_size(arg) == 2 &&
	    json_is_string(json_array_get(arg, 0)) && json_is_string(json_array_get(arg, 1))) {
		get_att(c, node, json_string_value(json_array_get(arg, 0)),
			json_string_value(json_array_get(arg, 1)), out);
		return;
	}
	cfn_left_out(c, node, "Fn::GetAtt takes [RESOURCE, ATTRIBUTE] of names; written as null");
	strbuf_addstr(out, "null");
}

/* One ${NAME} of a Fn::Sub: a variable of its map, a parameter, a pseudo
 * parameter, a resource or RESOURCE.ATTRIBUTE. */
static void sub_name(struct cfn *c, const json_t *node, const char *name, const json_t *vars,
		     const char *hint, struct strbuf *out)
{
	const json_t *v = json_object_get(vars, name);
	if (v) {
		cfn_expr(c, v, NULL, hint, out);
		return;
	}
	const char *dot = strchr(name, '.');
	if (dot && !json_object_get(c->params, name) && strncmp(name, "AWS::", 5)) {
		char *res = xstrndup(name, (size_t)(dot - name));
		get_att(c, node, res, dot + 1, out);
		free(res);
		return;
	}
	json_t *n = json_string(name);
	ref(c, node, n, out);
	json_decref(n);
}

/* A dynamic reference, {{resolve:SERVICE:...}}, in s, or NULL. */
static const char *dynamic_reference(const char *s)
{
	return s ? strstr(s, "{{resolve:") : NULL;
}

/* The variable standing in for dynamic reference ref ("{{resolve:...}}",
 * len bytes): one per reference, named from the parameter or secret it
 * reads. CloudFormation reads it when it deploys; Cloud Control takes the
 * text as it is. */
static const char *dynamic_stand_in(struct cfn *c, const json_t *node, const char *ref, size_t len)
{
	char *text = xstrndup(ref, len);
	const char *known = json_string_value(json_object_get(c->dynamic, text));
	if (known) {
		free(text);
		return known;
	}
	char *inner = xstrndup(text + 10, len - 12); /* SERVICE:NAME[:...] */
	char *colon = strchr(inner, ':');
	const char *service = inner, *what = colon ? colon + 1 : "";
	if (colon)
		*colon = 0;
	bool secret = !strcmp(service, "secretsmanager") || !strcmp(service, "ssm-secure");
	struct strbuf hint = STRBUF_INIT;
	if (!strcmp(service, "secretsmanager")) {
		/* secret-id (a name or an ARN, whose name is its 7th field),
		 * SecretString, json-key, version-stage, version-id */
		char *copy = xstrdup(what), *save = NULL;
		const char *fields[12] = { 0 };
		size_t n = 0;
		for (char *t = strtok_r(copy, ":", &save); t && n < 12; t = strtok_r(NULL, ":", &save))
			fields[n++] = t;
		bool arn = n && !strcmp(fields[0], "arn");
		size_t at = arn ? 6 : 0;
		strbuf_addstr(&hint, at < n ? fields[at] : "secret");
		if (at + 2 < n && *fields[at + 2])
			strbuf_addf(&hint, "_%s", fields[at + 2]);
		free(copy);
	} else {
		/* ssm and ssm-secure: parameter-name[:version] */
		const char *name = what;
		while (*name == '/')
			name++;
		const char *version = strrchr(name, ':');
		strbuf_add(&hint, name, version ? (size_t)(version - name) : strlen(name));
	}
	char *why = xasprintf("the value of %s, which CloudFormation reads from %s when it deploys "
			      "and Cloud Control does not: give it (%s)", text,
			      !strcmp(service, "secretsmanager") ? "Secrets Manager" : "SSM Parameter Store",
			      !strcmp(service, "secretsmanager") ? "aws secretsmanager get-secret-value"
			      : "aws ssm get-parameter --with-decryption");
	const char *var = cfn_stand_in(c, hint.buf ? hint.buf : service, why, secret);
	cfn_left_out(c, node, "a dynamic reference %s: CloudFormation resolves it at deploy time, and "
			      "Cloud Control does not; written as var.%s, a variable to give its value",
		     text, var);
	json_object_set_new(c->dynamic, text, json_string(var));
	free(why);
	strbuf_release(&hint);
	free(inner);
	free(text);
	return var;
}

/* Literal text s (n bytes) into out, its dynamic references as ${var.X}:
 * in HCL string syntax (hcl, without the quotes) or as the text of a YAML
 * string of the stack. */
static void add_literal(struct cfn *c, const json_t *node, const char *s, size_t n, bool hcl,
			struct strbuf *out)
{
	char *text = xstrndup(s, n);
	const char *p = text;
	while (*p) {
		const char *ref = dynamic_reference(p);
		const char *end = ref ? strstr(ref + 10, "}}") : NULL;
		size_t lit = end ? (size_t)(ref - p) : strlen(p);
		if (hcl && lit) {
			char *piece = xstrndup(p, lit);
			struct strbuf q = STRBUF_INIT;
			cfn_hcl_string(&q, piece);
			strbuf_add(out, q.buf + 1, q.len - 2);
			strbuf_release(&q);
			free(piece);
		} else if (lit) {
			add_text(out, p, lit);
		}
		if (!end)
			break;
		strbuf_addf(out, "${var.%s}", dynamic_stand_in(c, node, ref, (size_t)(end + 2 - ref)));
		p = end + 2;
	}
	free(text);
}

/* A warning, counted, when the text of a Fn::Sub at node is the bucket the
 * CDK's default synthesizer names cdk-QUALIFIER-assets-${AWS::AccountId}-
 * ${AWS::Region}, which cdk deploy fills (a function's folder in cdk.out is
 * uploaded by terrace itself: convert_cfn_cdk.c), or an image in its
 * repository cdk-QUALIFIER-container-assets-${AWS::AccountId}-${AWS::Region},
 * which cdk deploy builds from a Dockerfile and pushes. */
static void cdk_asset_bucket(struct cfn *c, const json_t *node, const char *text)
{
	static const char tail[] = "-assets-${AWS::AccountId}-${AWS::Region}";
	static const char images[] = "-container-assets-${AWS::AccountId}-${AWS::Region}:";
	const char *at = strstr(text, tail);
	const char *repo = strstr(text, "/cdk-");
	if (repo && strstr(repo, images)) {
		cfn_left_out(c, node, "%s: a docker image asset of the CDK's, which `cdk deploy` builds "
				"from its folder in cdk.out (the assets manifest's dockerImages) and "
				"pushes to the bootstrap stack's repository; terrace builds no images "
				"and makes no bootstrap stack: build and push it (to an "
				"aws.ecr.repository) and name its URI here", text);
		return;
	}
	if (strncmp(text, "cdk-", 4) || !at || at[sizeof(tail) - 1] || at == text + 4)
		return;
	cfn_left_out(c, node, "%s: the CDK's asset bucket, the bootstrap stack's, where `cdk deploy` "
			"uploads the app's file assets (cdk.out/asset.*); terrace uploads none and "
			"makes no bootstrap stack: upload them (aws.s3.artifact) and name their bucket "
			"and key here", text);
}

/* Fn::Sub as a template: into out, in HCL string syntax (hcl) or as the
 * text of a YAML string of the stack. */
static void sub(struct cfn *c, const json_t *node, const json_t *arg, const char *hint, bool hcl,
		struct strbuf *out)
{
	const char *text = json_string_value(arg);
	const json_t *vars = NULL;
	if (json_is_array(arg) && json_array_size(arg) == 2) {
		text = json_string_value(json_array_get(arg, 0));
		vars = json_array_get(arg, 1);
	}
	if (!text) {
		cfn_left_out(c, node, "Fn::Sub takes a string or [STRING, {NAME: VALUE}]; written as \"\"");
		strbuf_addstr(out, hcl ? "\"\"" : "");
		return;
	}
	/* the CDK's asset bucket, where the stack makes a bucket for its file
	 * assets (convert_cfn_cdk.c): that bucket's name */
	const char *bucket = NULL, *uploads = NULL;
	json_t *res;
	json_object_foreach(c->asset_buckets, bucket, res)
		if (strstr(text, bucket)) {
			uploads = json_string_value(res);
			break;
		}
	if (!uploads)
		cdk_asset_bucket(c, node, text);
	struct strbuf lit = STRBUF_INIT;
	if (hcl)
		strbuf_addch(out, '"');
	const char *p = text;
	while (*p) {
		const char *open = strstr(p, "${");
		const char *close = open ? strchr(open, '}') : NULL;
		const char *at = uploads ? strstr(p, bucket) : NULL;
		if (at && (!open || at <= open)) {
			if (at > p)
				add_literal(c, node, p, (size_t)(at - p), hcl, out);
			strbuf_addf(out, "${%s.name}", uploads);
			p = at + strlen(bucket);
			continue;
		}
		if (!open || !close)
			open = p + strlen(p);
		strbuf_reset(&lit);
		strbuf_add(&lit, p, (size_t)(open - p));
		if (*open && open[2] == '!') { /* ${!Literal} is the text ${Literal} */
			strbuf_addstr(&lit, "${");
			strbuf_add(&lit, open + 3, (size_t)(close - open - 2));
		}
		if (lit.len)
			add_literal(c, node, lit.buf, lit.len, hcl, out);
		if (!*open)
			break;
		if (open[2] != '!') {
			char *name = xstrndup(open + 2, (size_t)(close - open - 2));
			strbuf_addstr(out, "${");
			sub_name(c, node, name, vars, hint, out);
			strbuf_addch(out, '}');
			free(name);
		}
		p = close + 1;
	}
	if (hcl)
		strbuf_addch(out, '"');
	strbuf_release(&lit);
}

static const json_t *arg_at(const json_t *arg, size_t i)
{
	return json_is_array(arg) ? json_array_get(arg, i) : NULL;
}

/* A stand-in variable for what has no counterpart. */
static void stand_in(struct cfn *c, const json_t *node, const char *hint, const char *what,
		     const char *why, bool sensitive, struct strbuf *out)
{
	const char *var = cfn_stand_in(c, hint, what, sensitive);
	cfn_left_out(c, node, "%s: %s; written as var.%s, a variable to give its value", what, why, var);
	strbuf_addf(out, "var.%s", var);
}

static void join(struct cfn *c, const json_t *node, const json_t *arg, const char *hint,
		 struct strbuf *out)
{
	const json_t *sep = arg_at(arg, 0), *list = arg_at(arg, 1);
	if (!json_is_string(sep) || !list) {
		cfn_left_out(c, node, "Fn::Join takes [SEPARATOR, LIST]; written as \"\"");
		strbuf_addstr(out, "\"\"");
		return;
	}
	strbuf_addstr(out, "join(");
	cfn_hcl_string(out, json_string_value(sep));
	strbuf_addstr(out, ", ");
	cfn_expr(c, list, NULL, hint, out);
	strbuf_addch(out, ')');
}

static void cidr(struct cfn *c, const json_t *node, const json_t *arg, const char *hint,
		 struct strbuf *out)
{
	if (json_array_size(arg) != 3) {
		cfn_left_out(c, node, "Fn::Cidr takes [IP_BLOCK, COUNT, CIDR_BITS]; written as []");
		strbuf_addstr(out, "[]");
		return;
	}
	struct strbuf block = STRBUF_INIT, count = STRBUF_INIT, bits = STRBUF_INIT;
	cfn_expr(c, json_array_get(arg, 0), NULL, hint, &block);
	cfn_expr(c, json_array_get(arg, 1), NULL, hint, &count);
	cfn_expr(c, json_array_get(arg, 2), NULL, hint, &bits);
	/* CIDR_BITS are the host bits of each subnet: the new bits are what is
	 * left of the block's prefix. */
	strbuf_addf(out, "[for i in range(%s) : cidrsubnet(%s, (strcontains(%s, \":\") ? 128 : 32) - %s - "
			 "tonumber(split(\"/\", %s)[1]), i)]",
		    count.buf, block.buf, block.buf, bits.buf, block.buf);
	strbuf_release(&block);
	strbuf_release(&count);
	strbuf_release(&bits);
}

/* Fn::FindInMap [MAPPING, KEY, KEY] (each may be Ref or a nested
 * Fn::FindInMap, as CloudFormation allows), and the AWS::LanguageExtensions
 * form with a fourth {DefaultValue: X}: try(...) gives X where a key is
 * missing. */
static void find_in_map(struct cfn *c, const json_t *node, const json_t *arg, const char *hint,
			struct strbuf *out)
{
	const json_t *map = arg_at(arg, 0), *fallback = NULL;
	const char *map_name = json_string_value(map);
	const char *local = map_name ? json_string_value(json_object_get(c->mapping_names, map_name)) : NULL;
	const json_t *inner;
	if (json_array_size(arg) == 4)
		fallback = json_object_get(json_array_get(arg, 3), "DefaultValue");
	if ((json_array_size(arg) != 3 && !fallback) || (map_name && !local) ||
	    (!map_name && !cfn_intrinsic(map, &inner)) ||
	    (!map_name && !json_object_size(c->mapping_names))) {
		cfn_left_out(c, node, "Fn::FindInMap takes [MAPPING, KEY, KEY] (and {DefaultValue: X}) of a "
				      "mapping of the template; written as null");
		strbuf_addstr(out, "null");
		return;
	}
	if (fallback)
		strbuf_addstr(out, "try(");
	if (local) {
		strbuf_addf(out, "local.%s", local);
	} else {
		/* the mapping's name is computed: the mappings by name */
		const char *m, *sep = "";
		json_t *l;
		strbuf_addch(out, '{');
		json_object_foreach(c->mapping_names, m, l) {
			strbuf_addstr(out, sep);
			cfn_hcl_string(out, m);
			strbuf_addf(out, " = local.%s", json_string_value(l));
			sep = ", ";
		}
		strbuf_addstr(out, "}[");
		cfn_expr(c, map, NULL, hint, out);
		strbuf_addch(out, ']');
	}
	strbuf_addch(out, '[');
	cfn_expr(c, json_array_get(arg, 1), NULL, hint, out);
	strbuf_addstr(out, "][");
	cfn_expr(c, json_array_get(arg, 2), NULL, hint, out);
	strbuf_addch(out, ']');
	if (fallback) {
		strbuf_addstr(out, ", ");
		cfn_expr(c, fallback, NULL, hint, out);
		strbuf_addch(out, ')');
	}
}

static void condition_name(struct cfn *c, const json_t *node, const json_t *arg,
			   struct strbuf *out)
{
	const char *name = json_string_value(arg);
	if (!name || !json_object_get(c->conditions, name)) {
		cfn_left_out(c, node, "the condition %s is not one of the template's; written as false",
			     name ? name : "(not a name)");
		strbuf_addstr(out, "false");
		return;
	}
	strbuf_addf(out, "local.%s", cfn_name(c, name));
}

/* A Ref to a parameter of type Number: Fn::Equals compares its text. */
static bool number_parameter(const struct cfn *c, const json_t *node)
{
	const json_t *arg;
	const char *fn = cfn_intrinsic(node, &arg);
	const json_t *p = fn && !strcmp(fn, "Ref") && json_is_string(arg)
			  ? json_object_get(c->params, json_string_value(arg)) : NULL;
	const char *type = json_string_value(json_object_get(p, "Type"));
	return type && !strcmp(type, "Number");
}

/* The condition functions and Fn::If: operands in parentheses. */
static void condition(struct cfn *c, const json_t *node, const char *fn, const json_t *arg,
		      const json_t *attrs, const char *hint, struct strbuf *out)
{
	if (!strcmp(fn, "Fn::If")) {
		if (json_array_size(arg) != 3) {
			cfn_left_out(c, node, "Fn::If takes [CONDITION, THEN, ELSE]; written as null");
			strbuf_addstr(out, "null");
			return;
		}
		strbuf_addch(out, '(');
		condition_name(c, node, json_array_get(arg, 0), out);
		strbuf_addstr(out, " ? ");
		cfn_expr(c, json_array_get(arg, 1), attrs, hint, out);
		strbuf_addstr(out, " : ");
		cfn_expr(c, json_array_get(arg, 2), attrs, hint, out);
		strbuf_addch(out, ')');
		return;
	}
	if (!strcmp(fn, "Fn::Not")) {
		strbuf_addstr(out, "!(");
		cfn_expr(c, arg_at(arg, 0) ? arg_at(arg, 0) : arg, NULL, hint, out);
		strbuf_addch(out, ')');
		return;
	}
	const char *op = !strcmp(fn, "Fn::Equals") ? " == " : !strcmp(fn, "Fn::And") ? " && " : " || ";
	if (!json_is_array(arg) || json_array_size(arg) < 2) {
		cfn_left_out(c, node, "%s takes a list of at least two; written as false", fn);
		strbuf_addstr(out, "false");
		return;
	}
	strbuf_addch(out, '(');
	for (size_t i = 0; i < json_array_size(arg); i++) {
		if (i)
			strbuf_addstr(out, op);
		const json_t *a = json_array_get(arg, i);
		/* Fn::Equals compares text: "80" and 80 are equal in CloudFormation. */
		if (*op == ' ' && op[1] == '=' && (json_is_number(a) || json_is_boolean(a))) {
			json_t *text = json_is_boolean(a) ? json_string(json_is_true(a) ? "true" : "false")
				      : json_is_integer(a) ? json_sprintf("%lld", (long long)json_integer_value(a))
				      : json_sprintf("%g", json_real_value(a));
			cfn_hcl_string(out, json_string_value(text));
			json_decref(text);
		} else if (!strcmp(fn, "Fn::Equals") && number_parameter(c, a)) {
			strbuf_addstr(out, "tostring(");
			cfn_expr(c, a, NULL, hint, out);
			strbuf_addch(out, ')');
		} else {
			cfn_expr(c, a, NULL, hint, out);
		}
	}
	strbuf_addch(out, ')');
}

/* ---- exports and imports of a set of templates ------------------------------ */

/* One name of an export or an import (${NAME}, Ref NAME) as text into out:
 * AWS::StackName as CFN_STACK_MARK; a parameter as its default, or, with
 * *param given (an import's ParentXStack), as CFN_STACK_MARK, one parameter
 * at most, named in *param. False when the text cannot be known. */
static bool name_ref(const json_t *params, const char *name, const char **param, struct strbuf *out)
{
	const json_t *p = json_object_get(params, name);
	if (!strcmp(name, "AWS::StackName")) {
		strbuf_addch(out, CFN_STACK_MARK);
	} else if (p && param && (!*param || !strcmp(*param, name))) {
		*param = json_object_iter_key(json_object_iter_at((json_t *)params, name));
		strbuf_addch(out, CFN_STACK_MARK);
	} else if (p && json_is_string(json_object_get(p, "Default"))) {
		strbuf_addstr(out, json_string_value(json_object_get(p, "Default")));
	} else {
		return false;
	}
	return true;
}

bool cfn_name_text(const json_t *params, const json_t *node, const char **param, struct strbuf *out)
{
	const json_t *arg;
	const char *fn = cfn_intrinsic(node, &arg);
	if (json_is_string(node)) {
		strbuf_addstr(out, json_string_value(node));
		return true;
	}
	if (fn && !strcmp(fn, "Ref") && json_is_string(arg))
		return name_ref(params, json_string_value(arg), param, out);
	if (fn && !strcmp(fn, "Fn::Join") && json_is_string(arg_at(arg, 0)) &&
	    json_is_array(arg_at(arg, 1))) {
		size_t i;
		json_t *v;
		json_array_foreach(arg_at(arg, 1), i, v) {
			if (i)
				strbuf_addstr(out, json_string_value(arg_at(arg, 0)));
			if (!cfn_name_text(params, v, param, out))
				return false;
		}
		return true;
	}
	if (!fn || strcmp(fn, "Fn::Sub"))
		return false;
	const char *text = json_string_value(json_is_array(arg) ? arg_at(arg, 0) : arg);
	const json_t *vars = json_is_array(arg) ? arg_at(arg, 1) : NULL;
	for (const char *p = text; p && *p;) {
		const char *open = strstr(p, "${"), *close = open ? strchr(open, '}') : NULL;
		if (!open || !close) {
			strbuf_addstr(out, p);
			break;
		}
		strbuf_add(out, p, (size_t)(open - p));
		char *name = xstrndup(open + 2, (size_t)(close - open - 2));
		bool ok = true;
		if (name[0] == '!')
			strbuf_addf(out, "${%s}", name + 1);
		else if (json_object_get(vars, name))
			ok = cfn_name_text(params, json_object_get(vars, name), param, out);
		else
			ok = name_ref(params, name, param, out);
		free(name);
		if (!ok)
			return false;
		p = close + 1;
	}
	return text != NULL;
}

/* The data lookup of stack `stack` of the set (its folder, relative to the
 * set's), or of the stack variable `param` names: its name. */
static const char *stack_lookup(struct cfn *c, const char *stack, const char *param)
{
	struct strbuf up = STRBUF_INIT, path = STRBUF_INIT;
	for (const char *p = c->src->stack_name; p && *p; p++)
		if (*p == '/')
			strbuf_addstr(&up, "../");
	strbuf_addstr(&up, "../");
	char *name;
	if (param) {
		name = xasprintf("%s", cfn_name(c, param));
		strbuf_addf(&path, "%s${var.%s}", up.buf, cfn_name(c, param));
	} else {
		name = xstrdup(stack);
		for (char *p = name; *p; p++)
			if (!isalnum((unsigned char)*p) && *p != '_')
				*p = '_';
		if (!isalpha((unsigned char)name[0]) && name[0] != '_') {
			char *v = xasprintf("_%s", name);
			free(name);
			name = v;
		}
		strbuf_addf(&path, "%s%s", up.buf, stack);
	}
	if (!strcmp(name, "aws") || !strcmp(name, "azs")) {
		char *v = xasprintf("%s_stack", name);
		free(name);
		name = v;
	}
	if (!json_object_get(c->stack_lookups, name))
		json_object_set_new(c->stack_lookups, name,
				    json_pack("{s:s, s:s}", "type", "terrace.stack", "path", path.buf));
	void *iter = json_object_iter_at(c->stack_lookups, name);
	free(name);
	strbuf_release(&up);
	strbuf_release(&path);
	return json_object_iter_key(iter);
}

/* Fn::ImportValue in a set of templates (source->exports): the output of
 * the template of the set that exports the name, read with a terrace.stack
 * lookup; of the stack a ParentXStack parameter names when several export
 * it; a variable standing in when none does. */
static void import_value(struct cfn *c, const json_t *node, const json_t *arg, const char *hint,
			 struct strbuf *out)
{
	struct strbuf literal = STRBUF_INIT, pattern = STRBUF_INIT;
	const char *param = NULL;
	const json_t *found = NULL;
	/* a name with this stack's own AWS::StackName is none another exports */
	bool own = cfn_name_text(c->params, arg, NULL, &literal) && strchr(literal.buf, CFN_STACK_MARK);
	if (literal.len && !own)
		found = json_object_get(c->src->exports, literal.buf);
	if (!found && !own && cfn_name_text(c->params, arg, &param, &pattern) && param)
		found = json_object_get(c->src->exports, pattern.buf);
	if (!found)
		param = NULL;
	const char *said = param ? pattern.buf : literal.len ? literal.buf : "(not known)";
	const json_t *p = param ? json_object_get(c->params, param) : NULL;
	const char *def = json_string_value(json_object_get(p, "Default"));
	bool optional = def && !*def; /* an optional parent: "" when none is given */
	const json_t *first = json_array_get(found, 0);
	const char *output = json_string_value(json_object_get(first, "output"));
	bool one_stack = true, one_output = true;
	size_t i;
	json_t *e;
	struct strbuf stacks = STRBUF_INIT;
	json_array_foreach(found, i, e) {
		const char *st = json_string_value(json_object_get(e, "stack"));
		strbuf_addf(&stacks, "%s%s", i ? ", " : "", st);
		if (strcmp(st, json_string_value(json_object_get(first, "stack"))))
			one_stack = false;
		if (strcmp(json_string_value(json_object_get(e, "output")), output))
			one_output = false;
	}
	char *shown = xstrdup(said);
	for (char *p = shown; *p; p++)
		if (*p == CFN_STACK_MARK)
			*p = '*';
	if (found && optional) {
		char *what = xasprintf("Fn::ImportValue %s", shown);
		char *why = xasprintf("the stack it reads is optional (parameter %s, default \"\"), and a "
				      "terrace.stack lookup is read on every plan; exported by %s of the set",
				      param, stacks.buf);
		stand_in(c, node, hint, what, why, false, out);
		/* "" as the parameter's own default: no parent given */
		json_t *var = json_object_get(c->variables, out->buf + strlen(out->buf) -
					      strlen(strrchr(out->buf, '.') + 1));
		if (var)
			json_object_set_new(var, "default", json_string(""));
		free(why);
		free(what);
	} else if (found && one_output && (one_stack || param)) {
		const char *data = stack_lookup(c, json_string_value(json_object_get(first, "stack")),
						one_stack ? NULL : param);
		strbuf_addf(out, "data.%s.outputs.%s", data, cfn_name(c, output));
		json_t *var = param ? json_object_get(c->variables, cfn_name(c, param)) : NULL;
		if (var && one_stack && !json_object_get(var, "default")) {
			/* the stack it named is that one: CloudFormation's stack name */
			char *named = xstrdup(json_string_value(json_object_get(first, "stack")));
			for (char *p = named; *p; p++)
				if (!isalnum((unsigned char)*p) && *p != '_' && *p != '-')
					*p = '-';
			json_object_set_new(var, "default", json_string(named));
			free(named);
		}
		if (!one_stack) {
			/* carried: the parameter that chose the stack chooses it, by
			 * its folder in the set now, not by a CloudFormation stack's name */
			const struct src_pos *pos = yaml_pos_of(c->pos, node);
			diag_warnf(c->d, pos ? pos : yaml_pos_of(c->pos, c->near),
				   "Fn::ImportValue %s: exported by %s of the set; read from the stack "
				   "whose folder in the set var.%s names", shown, stacks.buf,
				   cfn_name(c, param));
			if (var && !json_object_get(var, "description")) {
				char *d = xasprintf("the folder in the set of the stack whose outputs "
						    "are read: one of %s", stacks.buf);
				json_object_set_new(var, "description", json_string(d));
				free(d);
			}
		}
	} else {
		char *what = xasprintf("Fn::ImportValue %s", shown);
		char *why = found ? xasprintf("exported by several templates of the set (%s), and "
					      "nothing says which", stacks.buf)
				  : xstrdup("no template of the set exports it");
		stand_in(c, node, hint, what, why, false, out);
		free(why);
		free(what);
	}
	free(shown);
	strbuf_release(&stacks);
	strbuf_release(&literal);
	strbuf_release(&pattern);
}

static void intrinsic(struct cfn *c, const json_t *node, const char *fn, const json_t *arg,
		      const json_t *attrs, const char *hint, struct strbuf *out)
{
	const json_t *keep = c->near;
	if (yaml_pos_of(c->pos, node))
		c->near = node;
	if (!strcmp(fn, "Ref")) {
		ref(c, node, arg, out);
	} else if (!strcmp(fn, "Condition")) {
		condition_name(c, node, arg, out);
	} else if (!strcmp(fn, "Fn::GetAtt")) {
		get_att_node(c, node, arg, out);
	} else if (!strcmp(fn, "Fn::Sub")) {
		sub(c, node, arg, hint, true, out);
	} else if (!strcmp(fn, "Fn::Join")) {
		join(c, node, arg, hint, out);
	} else if ((!strcmp(fn, "Fn::Select") || !strcmp(fn, "Fn::Split")) &&
		   json_array_size(arg) != 2) {
		cfn_left_out(c, node, "%s takes [%s]; written as null", fn,
			     !strcmp(fn, "Fn::Select") ? "INDEX, LIST" : "DELIMITER, TEXT");
		strbuf_addstr(out, "null");
	} else if (!strcmp(fn, "Fn::Select")) {
		strbuf_addstr(out, "element(");
		cfn_expr(c, arg_at(arg, 1), NULL, hint, out);
		strbuf_addstr(out, ", ");
		cfn_expr(c, arg_at(arg, 0), NULL, hint, out);
		strbuf_addch(out, ')');
	} else if (!strcmp(fn, "Fn::Split")) {
		strbuf_addstr(out, "split(");
		cfn_expr(c, arg_at(arg, 0), NULL, hint, out);
		strbuf_addstr(out, ", ");
		cfn_expr(c, arg_at(arg, 1), NULL, hint, out);
		strbuf_addch(out, ')');
	} else if (!strcmp(fn, "Fn::GetAZs")) {
		const char *region = json_string_value(arg);
		const json_t *r;
		bool own = (region && !*region) ||
			   (cfn_intrinsic(arg, &r) && !strcmp(cfn_intrinsic(arg, &r), "Ref") &&
			    json_is_string(r) && !strcmp(json_string_value(r), "AWS::Region"));
		if (!own)
			cfn_left_out(c, node, "Fn::GetAZs of another region: terrace's lookup reads the provider's region's zones; written as those");
		c->need_azs = true;
		strbuf_addstr(out, "data.azs.names");
	} else if (!strcmp(fn, "Fn::Base64")) {
		strbuf_addstr(out, "base64encode(");
		cfn_expr(c, arg, NULL, hint, out);
		strbuf_addch(out, ')');
	} else if (!strcmp(fn, "Fn::Cidr")) {
		cidr(c, node, arg, hint, out);
	} else if (!strcmp(fn, "Fn::FindInMap")) {
		find_in_map(c, node, arg, hint, out);
	} else if (!strcmp(fn, "Fn::If") || !strcmp(fn, "Fn::Equals") || !strcmp(fn, "Fn::And") ||
		   !strcmp(fn, "Fn::Or") || !strcmp(fn, "Fn::Not")) {
		condition(c, node, fn, arg, attrs, hint, out);
	} else if (!strcmp(fn, "Fn::Length")) {
		strbuf_addstr(out, "length(");
		cfn_expr(c, arg, NULL, hint, out);
		strbuf_addch(out, ')');
	} else if (!strcmp(fn, "Fn::ToJsonString")) {
		strbuf_addstr(out, "jsonencode(");
		cfn_expr(c, arg, NULL, hint, out);
		strbuf_addch(out, ')');
	} else if (!strcmp(fn, "Fn::ImportValue") && c->src->exports) {
		import_value(c, node, arg, hint, out);
	} else if (!strcmp(fn, "Fn::ImportValue")) {
		stand_in(c, node, hint, "Fn::ImportValue",
			 "another CloudFormation stack's export, which a terrace stack cannot read (a terrace stack's outputs are read with a terrace.stack lookup)",
			 false, out);
	} else if (!strcmp(fn, "Fn::Transform")) {
		stand_in(c, node, hint, "Fn::Transform",
			 "a macro runs in CloudFormation, which terrace does not", false, out);
	} else {
		char *what = xasprintf("%s", fn);
		stand_in(c, node, hint, what, "an intrinsic function terrace has no counterpart of", false, out);
		free(what);
	}
	c->near = keep;
}

void cfn_expr(struct cfn *c, const json_t *node, const json_t *attrs, const char *hint,
	      struct strbuf *out)
{
	const json_t *arg;
	const char *fn = cfn_intrinsic(node, &arg);
	if (fn) {
		intrinsic(c, node, fn, arg, attrs, hint, out);
		return;
	}
	switch (json_typeof(node)) {
	case JSON_STRING:
		const char *text = json_string_value(node), *ref = dynamic_reference(text);
		const char *end = ref ? strstr(ref, "}}") : NULL;
		if (ref == text && end && !end[2]) { /* the value is the reference */
			strbuf_addf(out, "var.%s", dynamic_stand_in(c, node, ref, strlen(ref)));
		} else if (ref) {
			strbuf_addch(out, '"');
			add_literal(c, node, json_string_value(node), strlen(json_string_value(node)), true,
				    out);
			strbuf_addch(out, '"');
		} else {
			cfn_hcl_string(out, json_string_value(node));
		}
		return;
	case JSON_ARRAY: {
		strbuf_addch(out, '[');
		size_t i;
		json_t *v;
		json_array_foreach(node, i, v) {
			if (i)
				strbuf_addstr(out, ", ");
			cfn_expr(c, v, attrs, hint, out);
		}
		strbuf_addch(out, ']');
		return;
	}
	case JSON_OBJECT: {
		strbuf_addch(out, '{');
		const char *k;
		json_t *v;
		bool first = true;
		json_object_foreach((json_t *)node, k, v) {
			const char *name = NULL;
			const json_t *a = attrs ? cfn_attr_named(attrs, k, &name) : NULL;
			if (attrs && !a) {
				cfn_left_out(c, v, "%s: not a property of the schema; left out", k);
				continue;
			}
			if (!first)
				strbuf_addstr(out, ", ");
			first = false;
			if (a)
				strbuf_addstr(out, name);
			else
				cfn_hcl_string(out, k);
			strbuf_addstr(out, " = ");
			cfn_expr(c, v, a ? json_object_get(a, "nested") : NULL, hint, out);
		}
		strbuf_addch(out, '}');
		return;
	}
	case JSON_NULL:
		strbuf_addstr(out, "null");
		return;
	default: {
		char *text = json_dumps(node, JSON_ENCODE_ANY);
		strbuf_addstr(out, text);
		free(text);
	}
	}
}

static bool is_novalue(const json_t *node)
{
	const json_t *arg;
	const char *fn = cfn_intrinsic(node, &arg);
	return fn && !strcmp(fn, "Ref") && json_is_string(arg) &&
	       !strcmp(json_string_value(arg), "AWS::NoValue");
}

/* A list holding Fn::If [C, X, AWS::NoValue] (or the other way round). */
static bool may_be_novalue(const json_t *list)
{
	size_t i;
	json_t *v;
	json_array_foreach(list, i, v) {
		const json_t *arg;
		const char *fn = cfn_intrinsic(v, &arg);
		if (fn && !strcmp(fn, "Fn::If") &&
		    (is_novalue(json_array_get(arg, 1)) || is_novalue(json_array_get(arg, 2))))
			return true;
	}
	return false;
}

json_t *cfn_value(struct cfn *c, const json_t *node, const json_t *attrs, const char *hint)
{
	const json_t *arg;
	const char *fn = cfn_intrinsic(node, &arg);
	if (is_novalue(node))
		return NULL;
	struct strbuf sb = STRBUF_INIT;
	if (fn && !strcmp(fn, "Fn::Sub")) {
		const json_t *keep = c->near;
		if (yaml_pos_of(c->pos, node))
			c->near = node;
		sub(c, node, arg, hint, false, &sb);
		c->near = keep;
		json_t *v = json_stringn(sb.buf ? sb.buf : "", sb.len);
		strbuf_release(&sb);
		return v;
	}
	if (fn) {
		strbuf_addstr(&sb, "${");
		cfn_expr(c, node, attrs, hint, &sb);
		strbuf_addch(&sb, '}');
		json_t *v = json_stringn(sb.buf, sb.len);
		strbuf_release(&sb);
		return v;
	}
	if (json_is_string(node)) {
		const char *s = json_string_value(node);
		add_literal(c, node, s, strlen(s), false, &sb);
		json_t *v = json_stringn(sb.buf ? sb.buf : "", sb.len);
		strbuf_release(&sb);
		return v;
	}
	if (json_is_array(node) && may_be_novalue(node)) {
		/* A list whose element is Fn::If with AWS::NoValue: CloudFormation
		 * leaves the element out; so does the for's condition. */
		strbuf_addstr(&sb, "${[for x in ");
		cfn_expr(c, node, attrs, hint, &sb);
		strbuf_addstr(&sb, " : x if x != null]}");
		json_t *v = json_stringn(sb.buf, sb.len);
		strbuf_release(&sb);
		return v;
	}
	if (json_is_array(node)) {
		json_t *list = json_array();
		size_t i;
		json_t *v;
		json_array_foreach(node, i, v) {
			json_t *item = cfn_value(c, v, attrs, hint);
			if (item)
				json_array_append_new(list, item);
		}
		return list;
	}
	if (json_is_object(node)) {
		json_t *map = json_object();
		const char *k;
		json_t *v;
		json_object_foreach((json_t *)node, k, v) {
			const char *name = k;
			const json_t *a = attrs ? cfn_attr_named(attrs, k, &name) : NULL;
			if (attrs && !a) {
				const json_t *keep = c->near;
				c->near = node;
				cfn_left_out(c, v, "%s: not a property of the schema; left out", k);
				c->near = keep;
				continue;
			}
			char *inner = xasprintf("%s_%s", hint, name);
			json_t *item = cfn_attr_value(c, v, a, inner);
			free(inner);
			if (item)
				json_object_set_new(map, name, item);
		}
		return map;
	}
	return json_deep_copy(node);
}

json_t *cfn_attr_value(struct cfn *c, const json_t *node, const json_t *a, const char *hint)
{ /* convert_cfn.h */
	json_t *v = cfn_value(c, node, json_object_get(a, "nested"), hint);
	const char *from = json_string_value(json_object_get(a, "value_from"));
	const char *to = json_string_value(json_object_get(a, "value_to"));
	const char *star = from ? strchr(from, '*') : NULL, *s = json_string_value(v);
	if (!star || !to || !v)
		return v;
	size_t pre = (size_t)(star - from), post = strlen(star + 1), n = s ? strlen(s) : 0;
	bool computed = !s || strstr(s, "${");
	if (computed && (pre || post)) {
		cfn_left_out(c, node, "%s: a value computed at plan, which convert cannot rewrite: the "
				      "type written takes %s where the template's takes %s; check it",
			     s ? s : "(not a string)", to, from);
		return v;
	}
	if (n < pre + post || strncmp(s, from, pre) || strcmp(s + n - post, star + 1))
		return v; /* already the newer type's */
	struct strbuf out = STRBUF_INIT;
	const char *rest = strchr(to, '*');
	strbuf_add(&out, to, rest ? (size_t)(rest - to) : strlen(to));
	if (rest) {
		strbuf_add(&out, s + pre, n - pre - post);
		strbuf_addstr(&out, rest + 1);
	}
	json_decref(v);
	v = json_stringn(out.buf, out.len);
	strbuf_release(&out);
	return v;
}
