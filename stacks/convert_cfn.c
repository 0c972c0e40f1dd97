/*
 * convert_cfn.c: a CloudFormation template (YAML with its short tags, or
 * JSON) as a stack, for `terrace convert` (stacks/convert.h): Parameters as
 * variables (their constraints as validation rules), Mappings and
 * Conditions as locals, each resource as the awscc type of its
 * CloudFormation type one to one (a type Cloud Control cannot make as the
 * written type terrace has for it: the awscc_type callback), its properties named
 * through that type's schema (Condition as count, DependsOn, DeletionPolicy: Retain as
 * prevent_destroy), Outputs, and what a stack of it made (the physical ids
 * of DescribeStackResources) as import: blocks; for a set of templates,
 * what each exports (convert_cloudformation_exports). Values and intrinsic
 * functions are convert_cfn_expr.c's. Each construct with no counterpart is
 * a warning at its file:line, counted.
 */
#include "stacks/convert_cfn.h"
#include "provider/base/input_file.h"
#include "provider/base/text.h"
#include "stacks/stack.h"
#include "stacks/yaml_write.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/provider.h"

/* ---- reading the template ------------------------------------------------ */

static int read_template(struct cfn *c, const char *path, json_t **out)
{
	struct strbuf text = STRBUF_INIT;
	const char *why;
	if (input_file_read(path, &text, &why) < 0) {
		strbuf_release(&text);
		return diag_errorf(c->d, NULL, "cannot read %s: %s", path, why);
	}
	size_t i = 0;
	while (i < text.len && isspace((unsigned char)text.buf[i]))
		i++;
	int rc;
	if (i < text.len && text.buf[i] == '{') {
		/* JSON: jansson says what is wrong with it; a valid text is then
		 * read as YAML (which JSON is, yaml.h says where libyaml needs
		 * help) for the positions. */
		json_error_t err;
		json_t *doc = json_loadb(text.buf, text.len, 0, &err);
		if (!doc) {
			struct src_pos pos = { yaml_intern_file(c->pos, path), err.line, err.column };
			diag_errorf(c->d, &pos, "not valid JSON: %s", err.text);
			strbuf_release(&text);
			return -1;
		}
		json_decref(doc);
		rc = yaml_load_json_string(path, text.buf, text.len, c->pos, out, c->d);
	} else {
		rc = yaml_load_string_tagged(path, text.buf, text.len, c->pos, out, c->d);
	}
	strbuf_release(&text);
	return rc;
}

/* ---- parameters ---------------------------------------------------------- */

static void add_rule(json_t *rules, const char *condition, const char *message)
{
	json_array_append_new(rules, json_pack("{s:s, s:s}", "condition", condition,
					       "error_message", message));
}

/* A parameter's value as its variable's type takes it: CloudFormation's
 * parameters are text (AllowedValues: [true, false] are "true" and
 * "false"), a Number's a number. A new reference. */
static json_t *as_parameter_value(const json_t *value, bool number)
{
	if (number && json_is_string(value)) {
		char *end = NULL;
		const char *s = json_string_value(value);
		double n = *s ? strtod(s, &end) : 0;
		if (end && !*end)
			return n == (double)(long long)n ? json_integer((long long)n) : json_real(n);
	}
	if (!number && json_is_boolean(value))
		return json_string(json_is_true(value) ? "true" : "false");
	if (!number && json_is_integer(value))
		return json_sprintf("%lld", (long long)json_integer_value(value));
	if (!number && json_is_real(value))
		return json_sprintf("%g", json_real_value(value));
	return json_incref((json_t *)value);
}

static json_t *parameter(struct cfn *c, const char *name, const json_t *p)
{
	const char *type = json_string_value(json_object_get(p, "Type"));
	json_t *v = json_object();
	const json_t *def = json_object_get(p, "Default");
	bool list = false, number = false;
	c->near = p;
	if (!type) {
		cfn_left_out(c, p, "parameter %s has no Type; written as a string", name);
		type = "String";
	}
	if (!strncmp(type, "AWS::SSM::Parameter::Value<", 27)) {
		char *what = xasprintf("parameter %s (%s)", name, type);
		json_object_set_new(v, "type", json_string("string"));
		cfn_left_out(c, p, "parameter %s: %s is read by CloudFormation from SSM Parameter Store (%s), "
				   "which terrace does not read; written as a string variable without its default",
			     name, type, json_is_string(def) ? json_string_value(def) : "no default");
		free(what);
		def = NULL;
	} else if (!strcmp(type, "Number")) {
		number = true;
		json_object_set_new(v, "type", json_string("number"));
	} else if (!strcmp(type, "List<Number>")) {
		list = number = true;
		json_object_set_new(v, "type", json_string("list(number)"));
	} else if (!strcmp(type, "CommaDelimitedList") || !strncmp(type, "List<", 5)) {
		list = true;
		json_object_set_new(v, "type", json_string("list(string)"));
	} else {
		if (strcmp(type, "String") && strncmp(type, "AWS::", 5))
			cfn_left_out(c, p, "parameter %s: type %s is not CloudFormation's; written as a string",
				     name, type);
		json_object_set_new(v, "type", json_string("string"));
	}
	const char *desc = json_string_value(json_object_get(p, "Description"));
	if (desc)
		json_object_set_new(v, "description", json_string(desc));
	if (def && list && json_is_string(def)) {
		json_t *items = json_array();
		char *copy = xstrdup(json_string_value(def)), *save = NULL;
		if (*copy)
			for (char *t = strtok_r(copy, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
				while (isspace((unsigned char)*t))
					t++;
				size_t n = strlen(t);
				while (n && isspace((unsigned char)t[n - 1]))
					t[--n] = 0;
				char *end = NULL;
				double num = number && *t ? strtod(t, &end) : 0;
				json_array_append_new(items, number && end && !*end
						      ? (num == (double)(long long)num ? json_integer((long long)num) : json_real(num))
						      : json_string(t));
			}
		free(copy);
		json_object_set_new(v, "default", items);
	} else if (def) {
		json_t *typed = as_parameter_value(def, number);
		json_object_set_new(v, "default", cfn_value(c, typed, NULL, name));
		json_decref(typed);
	}
	if (json_is_true(json_object_get(p, "NoEcho")) ||
	    !strcmp(json_string_value(json_object_get(p, "NoEcho")) ? json_string_value(json_object_get(p, "NoEcho")) : "", "true"))
		json_object_set_new(v, "sensitive", json_true());

	json_t *rules = json_array();
	const char *said = json_string_value(json_object_get(p, "ConstraintDescription"));
	/* Each rule is judged on every element of a list parameter. */
	char *each = list ? xasprintf("alltrue([for x in var.%s : ", cfn_name(c, name)) : xstrdup("");
	const char *x = list ? "x" : NULL;
	char *xv = x ? xstrdup(x) : xasprintf("var.%s", cfn_name(c, name));
	const char *close = list ? "])" : "";
	const json_t *allowed = json_object_get(p, "AllowedValues");
	if (allowed && !json_is_array(allowed))
		cfn_left_out(c, allowed, "parameter %s: AllowedValues is not a list; left out", name);
	if (json_is_array(allowed)) {
		struct strbuf sb = STRBUF_INIT, cond = STRBUF_INIT;
		json_t *values = json_array();
		size_t i;
		json_t *av;
		json_array_foreach(allowed, i, av)
			json_array_append_new(values, as_parameter_value(av, number));
		c->near = allowed;
		cfn_expr(c, values, NULL, name, &sb);
		json_decref(values);
		strbuf_addf(&cond, "${%scontains(%s, %s)%s}", each, sb.buf, xv, close);
		char *msg = xasprintf("%s must be one of %s", name, sb.buf);
		add_rule(rules, cond.buf, said ? said : msg);
		free(msg);
		strbuf_release(&sb);
		strbuf_release(&cond);
	}
	const char *pattern = json_string_value(json_object_get(p, "AllowedPattern"));
	if (pattern) {
		struct strbuf re = STRBUF_INIT, cond = STRBUF_INIT;
		char *anchored = xasprintf("^(?:%s)$", pattern);
		cfn_hcl_string(&re, anchored);
		strbuf_addf(&cond, "${%scan(regex(%s, %s))%s}", each, re.buf, xv, close);
		char *msg = xasprintf("%s must match the pattern %s", name, pattern);
		add_rule(rules, cond.buf, said ? said : msg);
		free(msg);
		free(anchored);
		strbuf_release(&re);
		strbuf_release(&cond);
	}
	static const struct {
		const char *key, *op, *what;
		bool length;
	} bounds[] = {
		{ "MinLength", ">=", "at least %s characters long", true },
		{ "MaxLength", "<=", "at most %s characters long", true },
		{ "MinValue", ">=", "at least %s", false },
		{ "MaxValue", "<=", "at most %s", false },
	};
	for (size_t i = 0; i < sizeof(bounds) / sizeof(bounds[0]); i++) {
		const json_t *b = json_object_get(p, bounds[i].key);
		if (!b)
			continue;
		/* A bound is a number (CloudFormation's JSON often writes it as a
		 * string): anything else would be read as an expression. */
		char *n = json_is_string(b) ? xstrdup(json_string_value(b)) : json_dumps(b, JSON_ENCODE_ANY);
		char *end = NULL;
		if (!json_is_number(b) && (!json_is_string(b) || !*n || (strtod(n, &end), *end))) {
			cfn_left_out(c, b, "parameter %s: %s is not a number; left out", name, bounds[i].key);
			free(n);
			continue;
		}
		char *cond = bounds[i].length
			     ? xasprintf("${%slength(%s) %s %s%s}", each, xv, bounds[i].op, n, close)
			     : xasprintf("${%s%s %s %s%s}", each, xv, bounds[i].op, n, close);
		char *what = xasprintf(bounds[i].what, n);
		char *msg = xasprintf("%s must be %s", name, what);
		add_rule(rules, cond, said ? said : msg);
		free(n);
		free(cond);
		free(what);
		free(msg);
	}
	if (json_array_size(rules))
		json_object_set(v, "validation", rules);
	json_decref(rules);
	free(each);
	free(xv);
	return v;
}

/* The template's Rules: CloudFormation checks them before a change set.
 * The CDK's check of its bootstrap version is named and not counted (what
 * it checks is not used); any other rule is left out, counted once. */
static void rules(struct cfn *c, const json_t *tpl, const json_t *section,
		  const struct src_pos *at)
{
	const char *name;
	json_t *rule;
	bool others = !json_is_object(section);
	json_object_foreach((json_t *)section, name, rule) {
		if (!cfn_cdk_bootstrap_rule(c, tpl, rule)) {
			others = true;
			continue;
		}
		diag_warnf(c->d, yaml_key_pos(c->pos, section, name),
			   "rule %s: checks the CDK's bootstrap version, for the bootstrap stack "
			   "`cdk deploy` uses, which terrace does not; left out", name);
	}
	if (!others)
		return;
	diag_warnf(c->d, at, "Rules: rules over the parameters CloudFormation checks before a "
			     "change set; write them as the variables' validation; left out");
	c->res->left_out++;
}

/* ---- resources ----------------------------------------------------------- */

/*
 * The CloudFormation types convert leaves out, each with why (after the
 * type's name: "resource NAME: TYPE WHY; left out[: INSTEAD]"): what only
 * CloudFormation does (a custom resource, a macro's type, a nested stack, a
 * wait condition) and the types Cloud Control cannot make that the published
 * templates use (tests/corpus/no_handlers.py counts them for
 * docs/convert.md), each by its own reason. A row whose type ends in "::" is
 * the family (Custom::, AWS::AppMesh::). A written type of the same object
 * (the awscc_type callback's written twins) wins over a row;
 * a legacy type whose twin is the newer awscc type AWS documents the
 * upgrade to (AWS::Elasticsearch::Domain) has no row. A type that makes
 * nothing is named but not counted as left out.
 */
static const struct {
	const char *cfn_type;
	bool counted;
	const char *why, *instead;
} left_out_types[] = {
	/* The CDK's own custom resources (aws-cdk-lib), each with what makes
	 * the same in terrace; Custom::S3BucketNotifications and
	 * Custom::VpcRestrictDefaultSG (of a VPC the template makes) are written
	 * types' (convert_cfn_cdk.c). */
	{ "Custom::S3AutoDeleteObjects", true, "is the CDK's autoDeleteObjects: its handler empties "
	  "the bucket before CloudFormation deletes it; terrace calls no handler",
	  "write the bucket as aws.s3.bucket with force_destroy: true, which empties it on destroy" },
	{ "Custom::ECRAutoDeleteImages", true, "is the CDK's emptyOnDelete: its handler deletes the "
	  "repository's images before CloudFormation deletes it; terrace calls no handler",
	  "write the repository as aws.ecr.repository with force_delete: true" },
	{ "Custom::CDKBucketDeployment", true, "is the CDK's BucketDeployment: its handler copies the "
	  "deployment's asset archives into a bucket; terrace calls no handler",
	  "an aws.s3.object for each file (source: the file, from the asset's folder in cdk.out)" },
	{ "Custom::LogRetention", true, "is the CDK's logRetention: its handler sets a log group's "
	  "retention, making the group where it is missing (a function's /aws/lambda/NAME); terrace "
	  "calls no handler", "write the group as aws.logs.log_group with its name and "
	  "retention_in_days (`terrace import` it where the function made it already)" },
	{ "Custom::AWS", true, "is the CDK's AwsCustomResource: an AWS API call (its Create, Update "
	  "and Delete) its handler makes at deploy; terrace makes no call a stack does not describe",
	  "write what the call makes as its type, or make the call (the AWS CLI) after apply" },
	{ "Custom::VpcRestrictDefaultSG", true, "is the CDK's restrictDefaultSecurityGroup of a VPC "
	  "the template does not make (its DefaultSecurityGroupId no VPC's DefaultSecurityGroup of "
	  "the template): its handler removes the rules of that VPC's default security group",
	  "write aws.ec2.default_security_group with that VPC's vpc_id, which removes them" },
	{ "Custom::CrossRegionExportWriter", true, "is the CDK's cross-region reference: SSM "
	  "parameters a stack of another region reads; terrace calls no handler",
	  "read the other stack's outputs with a terrace.stack lookup" },
	{ "Custom::CrossRegionExportReader", true, "is the CDK's cross-region reference: SSM "
	  "parameters another region's stack wrote; terrace calls no handler",
	  "read the other stack's outputs with a terrace.stack lookup" },
	{ "Custom::AWSCDKOpenIdConnectProvider", true, "is the CDK's OpenIdConnectProvider, made by "
	  "its handler; terrace calls no handler", "write it as awscc.iam.oidc_provider "
	  "(AWS::IAM::OIDCProvider, which Cloud Control makes)" },
	{ "Custom::CloudwatchLogResourcePolicy", true, "is a CloudWatch Logs resource policy the CDK's "
	  "handler puts; terrace calls no handler", "write it as awscc.logs.resource_policy "
	  "(AWS::Logs::ResourcePolicy, which Cloud Control makes)" },
	{ "Custom::DynamoDBReplica", true, "is a replica the CDK's handler adds to a table (its "
	  "replicationRegions); terrace calls no handler", "write the table as "
	  "awscc.dynamodb.global_table with its replicas" },
	{ "Custom::Trigger", true, "is the CDK's Trigger: its handler invokes a function at deploy; "
	  "terrace calls no handler", "`terrace run FUNCTION` after apply" },
	{ "Custom::", true, "is a custom resource: CloudFormation calls its provider (a Lambda "
	  "function or an SNS topic) to make it, and terrace calls none", NULL },
	{ "AWS::CloudFormation::CustomResource", true, "is a custom resource: CloudFormation calls "
	  "its provider (a Lambda function or an SNS topic) to make it, and terrace calls none", NULL },
	/* In a template it is a nested stack (TemplateURL, no StackName);
	 * awscc.cloudformation.stack is a stack of its own, as Cloud Control
	 * makes one. */
	{ "AWS::CloudFormation::Stack", true, "in a template is a nested stack: convert its template "
	  "(TemplateURL) on its own and call it as a module", NULL },
	{ "AWS::Serverless::", true, "is expanded by the AWS::Serverless transform (a macro "
	  "CloudFormation runs)", "convert the template `sam validate` and `aws cloudformation "
	  "get-template --template-stage Processed` give" },
	{ "AWS::CloudFormation::WaitConditionHandle", true, "is CloudFormation's own: the URL an "
	  "instance's cfn-signal calls, for a WaitCondition to wait on; Cloud Control cannot make it, "
	  "and terrace waits for what it makes (each resource until its API says it is ready)",
	  "what needs the instance depends_on it; to wait for what runs on it, run that as an "
	  "ssh.command on the instance (it ends when the command does: `cloud-init status --wait`)" },
	{ "AWS::CloudFormation::WaitCondition", true, "is CloudFormation's own: it waits for "
	  "cfn-signal's calls to a WaitConditionHandle's URL; Cloud Control cannot make it, and "
	  "terrace waits for what it makes (each resource until its API says it is ready)",
	  "what needs the instance depends_on it; to wait for what runs on it, run that as an "
	  "ssh.command on the instance (it ends when the command does: `cloud-init status --wait`)" },
	{ "AWS::CDK::Metadata", false, "is the CDK's analytics (the CDK's version and the construct "
	  "libraries the stack was made with, reported to AWS): it makes nothing, so nothing is lost",
	  NULL },
	{ "AWS::AppMesh::", true, "is App Mesh's, whose support AWS ends on September 30, 2026 (the App "
	  "Mesh user guide's end of support notice); Cloud Control cannot make it, and terrace has no "
	  "written type", "move the services to Amazon ECS Service Connect (awscc.ecs.service's "
	  "service_connect_configuration), as AWS's migration guide says" },
	{ "AWS::WAFRegional::", true, "is WAF Classic's, whose support AWS ended on September 30, 2025 "
	  "(the WAF developer guide's AWS WAF Classic chapter); Cloud Control cannot make it, and "
	  "terrace has no written type", "write its rules as AWS WAF's (awscc.wafv2.web_acl, "
	  "awscc.wafv2.web_acl_association), as AWS's migration guide says" },
	{ "AWS::WAF::", true, "is WAF Classic's, whose support AWS ended on September 30, 2025 (the "
	  "WAF developer guide's AWS WAF Classic chapter); Cloud Control cannot make it, and terrace "
	  "has no written type", "write its rules as AWS WAF's (awscc.wafv2.web_acl), as AWS's "
	  "migration guide says" },
	{ "AWS::AppSync::GraphQLSchema", true, "is an API's schema, which CloudFormation's own "
	  "handler starts (AppSync's StartSchemaCreation); the registry has no schema of the type, so "
	  "Cloud Control cannot make it, and terrace has no written type", "after apply, `aws appsync "
	  "start-schema-creation --api-id ID --definition fileb://schema.graphql`" },
};

/* Why a type of no row of left_out_types is left out when Cloud Control
 * cannot make its awscc type (its registry schema has no handlers). */
static const char no_handlers_why[] =
	"Cloud Control cannot make it: no handlers in the registry as pinned (terraform-provider-awscc "
	"f995d4f, 2026-08-07); terrace has no written type";

/* The row of left_out_types for cfn_type, or -1. */
static int left_out_row(const char *cfn_type)
{
	for (size_t i = 0; i < sizeof(left_out_types) / sizeof(*left_out_types); i++) {
		const char *t = left_out_types[i].cfn_type;
		size_t n = strlen(t);
		if (ends_with(t, "::") ? !strncmp(cfn_type, t, n) : !strcmp(cfn_type, t))
			return (int)i;
	}
	return -1;
}

/* Find each resource's type (its written type, else its awscc type Cloud
 * Control can make), or say why it has none: left out, so that a reference
 * to it is a variable standing in for it (convert_cfn_expr.c). */
static void find_types(struct cfn *c)
{
	const char *name;
	json_t *r;
	json_object_foreach(c->resources, name, r) {
		const char *type = json_string_value(json_object_get(r, "Type"));
		const json_t *at = json_object_get(r, "Type") ? json_object_get(r, "Type") : r;
		c->near = r;
		if (!type) {
			cfn_left_out(c, r, "resource %s has no Type; left out", name);
			continue;
		}
		json_t *asset = !strcmp(type, "AWS::Lambda::Function") ? cfn_cdk_asset_function(c, name, r)
									: NULL;
		if (asset) { /* a CDK file asset: the written type that uploads it */
			json_object_set_new(c->types, name, asset);
			continue;
		}
		const char *custom = cfn_cdk_custom_type(type, json_object_get(r, "Properties"));
		if (custom) { /* a CDK custom resource a written type makes */
			json_object_set_new(c->types, name, json_pack("{s:s, s:s, s:o, s:b}", "type", custom,
								      "cloudformation_type", type,
								      "attributes", json_object(),
								      "written", 1));
			continue;
		}
		const char *tname = NULL;
		/* a written type's ids are not CloudFormation's physical ids: -existing
		 * imports none of them (an awscc twin's are: AWS::Elasticsearch::Domain's;
		 * and a written twin's whose physical id attribute is its import id) */
		bool written = false, own_ids = false;
		json_t *attrs = c->src->awscc_type ? c->src->awscc_type(type, &tname) : NULL;
		if (attrs) {
			const struct resource_type *rt = resource_type_find(tname, NULL);
			written = own_ids = rt && rt->family != TYPE_FAMILY_FROM_DATA; /* a written twin */
			const char *k;
			json_t *a;
			json_object_foreach(attrs, k, a)
				if (json_is_true(json_object_get(a, "cloudformation_physical_id")))
					own_ids = false; /* its import id is CloudFormation's */
		}
		int row = written ? -1 : left_out_row(type);
		bool makes = written || (attrs && row < 0 && (!c->src->cloud_control_makes ||
							    c->src->cloud_control_makes(tname)));
		if (makes) {
			json_object_set_new(c->types, name, json_pack("{s:s, s:s, s:o, s:b}", "type", tname,
								      "cloudformation_type", type,
								      "attributes", attrs, "written", own_ids));
			continue;
		}
		bool awscc = attrs != NULL;
		json_decref(attrs);
		if (row >= 0 && !left_out_types[row].counted) {
			const struct src_pos *p = yaml_pos_of(c->pos, at);
			diag_warnf(c->d, p, "resource %s: %s %s; left out", name, type,
				   left_out_types[row].why);
		} else if (row >= 0) {
			cfn_left_out(c, at, "resource %s: %s %s; left out%s%s", name, type,
				     left_out_types[row].why, left_out_types[row].instead ? ": " : "",
				     left_out_types[row].instead ? left_out_types[row].instead : "");
		} else if (awscc) {
			cfn_left_out(c, at, "resource %s: %s: %s; left out", name, type, no_handlers_why);
		} else {
			cfn_left_out(c, at, "resource %s: %s is not a type of the CloudFormation registry "
					    "terrace carries (no awscc type); left out", name, type);
		}
	}
}

/*
 * A record set's or group's HostedZoneName (the type's zone_id is the
 * zone's id): an aws.route53.zone lookup of that name, one data entry per
 * distinct name (zone_ and the name's words), and its id (a new value); NULL
 * when the name is not text. An alias's HostedZoneId stays as written.
 */
static json_t *zone_by_name(struct cfn *c, const char *resource, const json_t *node)
{
	char *hint = xasprintf("%s_zone", resource);
	json_t *zone = cfn_value(c, node, NULL, hint), *l;
	const char *k;
	free(hint);
	if (!json_is_string(zone)) {
		cfn_left_out(c, node, "resource %s: HostedZoneName is not text; left out", resource);
		json_decref(zone);
		return NULL;
	}
	json_object_foreach(c->stack_lookups, k, l)
		if (!strcmp(json_string_value(json_object_get(l, "type")), "aws.route53.zone") &&
		    json_equal(json_object_get(l, "name"), zone)) {
			json_decref(zone);
			return json_sprintf("${data.%s.id}", k);
		}
	struct strbuf key = STRBUF_INIT;
	const char *text = json_string_value(zone);
	strbuf_addstr(&key, "zone_");
	for (const char *p = text; *p; p++) {
		if (!strncmp(p, "${var.", 6) || !strncmp(p, "${local.", 8))
			p = strchr(p, '.');
		else if (isalnum((unsigned char)*p))
			strbuf_addch(&key, (char)tolower((unsigned char)*p));
		else if (key.buf[key.len - 1] != '_')
			strbuf_addch(&key, '_');
	}
	while (key.buf[key.len - 1] == '_')
		strbuf_setlen(&key, key.len - 1);
	size_t base = key.len;
	for (int n = 2; json_object_get(c->stack_lookups, key.buf); n++) {
		strbuf_setlen(&key, base);
		strbuf_addf(&key, "_%d", n);
	}
	json_object_set_new(c->stack_lookups, key.buf,
			    json_pack("{s:s, s:o}", "type", "aws.route53.zone", "name", zone));
	json_t *id = json_sprintf("${data.%s.id}", key.buf);
	strbuf_release(&key);
	return id;
}

/* CloudFormation's [{Key, Value}] (Tags) as the map a written type's map
 * attribute takes ({Key: Value}, a value as written), or NULL when `list`
 * is no such list or a key is not literal. */
static json_t *key_value_map(const json_t *list)
{
	json_t *map = json_is_array(list) ? json_object() : NULL;
	size_t i;
	json_t *t;
	json_array_foreach(list, i, t) {
		const char *k = json_string_value(json_object_get(t, "Key"));
		json_t *v = json_object_get(t, "Value");
		if (!k || !v || json_object_size(t) != 2) {
			json_decref(map);
			return NULL;
		}
		json_object_set(map, k, v);
	}
	return map;
}

/* Each of a resource's properties (props, or a block the type's
 * attributes say to unwrap: its members are the type's attributes) as the
 * attribute its type names it, into out; one it has not is left out. */
static void carry_properties(struct cfn *c, const char *name, const json_t *type,
			     const json_t *props, json_t *out)
{
	const json_t *attrs = json_object_get(type, "attributes");
	const char *key;
	json_t *v;
	json_object_foreach((json_t *)props, key, v) {
		const char *aname = NULL;
		const json_t *a = cfn_attr_named(attrs, key, &aname);
		const char *cfn_type = json_string_value(json_object_get(type, "cloudformation_type"));
		c->near = v;
		if (!a && !strcmp(key, "HostedZoneName") &&
		    (!strcmp(cfn_type, "AWS::Route53::RecordSet") ||
		     !strcmp(cfn_type, "AWS::Route53::RecordSetGroup"))) {
			json_t *zone = zone_by_name(c, name, v);
			if (zone)
				json_object_set_new(out, "zone_id", zone);
			continue;
		}
		if (!a) {
			const struct src_pos *kp = yaml_key_pos(c->pos, props, key);
			diag_warnf(c->d, kp ? kp : yaml_pos_of(c->pos, v),
				   "resource %s: %s has no property %s in its schema (%s); left out", name,
				   json_string_value(json_object_get(type, "cloudformation_type")), key,
				   json_string_value(json_object_get(type, "type")));
			c->res->left_out++;
			continue;
		}
		if (json_is_true(json_object_get(a, "unwrap")) && json_is_object(v)) {
			carry_properties(c, name, type, v, out); /* its members are attributes */
			continue;
		}
		const json_t *arg;
		const char *fn = cfn_intrinsic(v, &arg);
		if (json_is_true(json_object_get(a, "account"))) {
			if (!fn || strcmp(fn, "Ref") || !json_is_string(arg) ||
			    strcmp(json_string_value(arg), "AWS::AccountId"))
				cfn_left_out(c, v, "resource %s: %s may name another account; %s always "
						"takes the caller's own; left out", name, key,
					     json_string_value(json_object_get(type, "type")));
			continue; /* the caller's account: what the type takes */
		}
		if (json_is_true(json_object_get(a, "read_only"))) {
			cfn_left_out(c, v, "resource %s: %s is read-only in its schema; left out", name, key);
			continue;
		}
		char *hint = xasprintf("%s_%s", name, aname);
		json_t *map = json_is_true(json_object_get(a, "map")) ? key_value_map(v) : NULL;
		json_t *value = cfn_attr_value(c, map ? map : v, a, hint);
		json_decref(map);
		free(hint);
		if (value)
			json_object_set_new(out, aname, value);
	}
}

static json_t *resource(struct cfn *c, const char *name, const json_t *r)
{
	json_t *type = json_object_get(c->types, name);
	const json_t *attrs = json_object_get(type, "attributes");
	json_t *out = json_object();
	c->near = r;
	json_object_set(out, "type", json_object_get(type, "type"));
	const char *cond = json_string_value(json_object_get(r, "Condition"));
	if (cond) {
		if (json_object_get(c->conditions, cond))
			json_object_set_new(out, "count", json_sprintf("${local.%s ? 1 : 0}", cfn_name(c, cond)));
		else
			cfn_left_out(c, json_object_get(r, "Condition"),
				     "resource %s: the condition %s is not one of the template's; the resource is made always",
				     name, cond);
	}
	const char *key;
	json_t *v;
	const json_t *props = json_object_get(r, "Properties");
	const char *cfn_type = json_string_value(json_object_get(type, "cloudformation_type"));
	if (cfn_type && cfn_cdk_custom_type(cfn_type, props))
		cfn_cdk_custom_write(c, name, cfn_type, props, out);
	else if (json_object_get(type, "asset")) { /* a function whose code is a CDK asset */
		json_t *carried = cfn_cdk_asset_function_props(props);
		carry_properties(c, name, type, carried, out);
		json_object_set(out, "source", json_object_get(type, "asset"));
		json_decref(carried);
	} else {
		carry_properties(c, name, type, props, out);
	}
	json_object_foreach((json_t *)attrs, key, v) {
		/* CloudFormation names it STACK-LOGICALID-SUFFIX when the template does
		 * not: the suffix one of the stack, workspace and resource, so that two
		 * workspaces' objects do not share a name */
		const json_t *generated = json_object_get(v, "generated_name");
		if (!json_is_true(generated) && !json_is_string(generated))
			continue;
		if (json_object_get(out, key))
			continue;
		/* "lower": the service keeps names in lower case (Glue's tables) */
		bool lower = json_is_string(generated);
		char *id = xstrdup(cfn_name(c, name));
		for (char *p = id; lower && *p; p++)
			*p = (char)tolower((unsigned char)*p);
		json_object_set_new(out, key, json_sprintf("${%s}-%s-${substr(sha1(\""
							   "terrace:${terrace.stack}/${terrace."
							   "workspace}/%s\"), 0, 8)}",
							   lower ? "lower(terrace.stack)" : "terrace.stack",
							   id, cfn_name(c, name)));
		free(id);
	}
	json_t *deps = json_object_get(r, "DependsOn");
	if (deps) {
		json_t *list = json_array();
		if (json_is_string(deps)) {
			json_array_append(list, deps);
		} else {
			size_t i;
			json_t *dv;
			json_array_foreach(deps, i, dv)
				json_array_append(list, dv);
		}
		json_t *carried = json_array();
		size_t i;
		json_t *dv;
		json_array_foreach(list, i, dv) {
			const char *dep = json_string_value(dv);
			if (dep && json_object_get(c->types, dep))
				json_array_append_new(carried, json_string(cfn_name(c, dep)));
			else
				cfn_left_out(c, deps, "resource %s: DependsOn %s, which is not carried; left out",
					     name, dep ? dep : "(not a name)");
		}
		if (json_array_size(carried))
			json_object_set(out, "depends_on", carried);
		json_decref(carried);
		json_decref(list);
	}
	cfn_cdk_asset_depends(c, props, out);
	const json_t *policy_node = json_object_get(r, "DeletionPolicy");
	const char *policy = json_string_value(policy_node);
	if (policy_node && (!policy || (strcmp(policy, "Delete") && strcmp(policy, "Retain") &&
					strcmp(policy, "RetainExceptOnCreate") &&
					strcmp(policy, "Snapshot")))) {
		const json_t *arg;
		const char *fn = cfn_intrinsic(policy_node, &arg);
		if (fn)
			cfn_left_out(c, policy_node, "resource %s: DeletionPolicy is a function (%s), and "
					"prevent_destroy takes a constant; left out: write lifecycle: "
					"prevent_destroy: true by hand where it is Retain", name, fn);
		else
			cfn_left_out(c, policy_node, "resource %s: DeletionPolicy is not one of "
					"CloudFormation's (Delete, Retain, RetainExceptOnCreate, Snapshot); "
					"left out", name);
	} else if (policy && (!strcmp(policy, "Retain") || !strcmp(policy, "RetainExceptOnCreate"))) {
		json_object_set_new(out, "lifecycle", json_pack("{s:b}", "prevent_destroy", 1));
		if (!strcmp(policy, "RetainExceptOnCreate"))
			cfn_left_out(c, json_object_get(r, "DeletionPolicy"),
				     "resource %s: DeletionPolicy RetainExceptOnCreate is written as prevent_destroy, "
				     "which keeps it after a failed create too", name);
	} else if (!policy_node && (!strcmp(json_string_value(json_object_get(type, "cloudformation_type")),
				       "AWS::RDS::DBCluster") ||
			       (!strcmp(json_string_value(json_object_get(type, "cloudformation_type")),
					"AWS::RDS::DBInstance") &&
				!json_object_get(props, "DBClusterIdentifier")))) {
		cfn_left_out(c, json_object_get(r, "Type"),
			     "resource %s: without a DeletionPolicy CloudFormation takes a final snapshot "
			     "of %s when it deletes it; terrace's destroy (Cloud Control's delete) takes "
			     "none: take one first, or keep it with DeletionPolicy Retain "
			     "(prevent_destroy)",
			     name, json_string_value(json_object_get(type, "cloudformation_type")));
	} else if (policy && strcmp(policy, "Delete")) {
		cfn_left_out(c, json_object_get(r, "DeletionPolicy"),
			     "resource %s: DeletionPolicy %s (a final snapshot) has no counterpart: "
			     "destroy deletes it; left out", name, policy);
	}
	static const char *const not_carried[][2] = {
		{ "UpdateReplacePolicy", "what CloudFormation keeps of a replaced resource; terrace deletes the old one" },
		{ "CreationPolicy", "CloudFormation waits for signals (cfn-signal); terrace waits for none" },
		{ "UpdatePolicy", "an Auto Scaling group's or alias's rolling update is CloudFormation's own" },
	};
	for (size_t i = 0; i < sizeof(not_carried) / sizeof(not_carried[0]); i++) {
		const json_t *x = json_object_get(r, not_carried[i][0]);
		if (x && !(i == 0 && json_is_string(x) && !strcmp(json_string_value(x), "Delete")))
			cfn_left_out(c, x, "resource %s: %s: %s; left out", name, not_carried[i][0],
				     not_carried[i][1]);
	}
	const json_t *meta = json_object_get(r, "Metadata");
	if (json_object_get(meta, "AWS::CloudFormation::Init"))
		cfn_left_out(c, json_object_get(meta, "AWS::CloudFormation::Init"),
			     "resource %s: AWS::CloudFormation::Init is read by cfn-init on the instance from "
			     "the stack; left out (put its steps in the user data)", name);
	json_object_foreach((json_t *)r, key, v)
		if (strcmp(key, "Type") && strcmp(key, "Properties") && strcmp(key, "Condition") &&
		    strcmp(key, "DependsOn") && strcmp(key, "DeletionPolicy") &&
		    strcmp(key, "UpdateReplacePolicy") && strcmp(key, "CreationPolicy") &&
		    strcmp(key, "UpdatePolicy") && strcmp(key, "Metadata"))
			cfn_left_out(c, v, "resource %s: %s is not a key of a CloudFormation resource; left out",
				     name, key);
	return out;
}

/* ---- outputs and imports ------------------------------------------------- */

static json_t *output(struct cfn *c, const char *name, const json_t *o)
{
	json_t *out = json_object();
	c->near = o;
	const json_t *value = json_object_get(o, "Value");
	const char *cond = json_string_value(json_object_get(o, "Condition"));
	struct strbuf sb = STRBUF_INIT;
	if (cond && json_object_get(c->conditions, cond)) {
		strbuf_addf(&sb, "${local.%s ? ", cfn_name(c, cond));
		cfn_expr(c, value, NULL, name, &sb);
		strbuf_addstr(&sb, " : null}");
		json_object_set_new(out, "value", json_stringn(sb.buf, sb.len));
	} else {
		json_t *v = value ? cfn_value(c, value, NULL, name) : NULL;
		json_object_set_new(out, "value", v ? v : json_null());
	}
	strbuf_release(&sb);
	const char *desc = json_string_value(json_object_get(o, "Description"));
	if (desc)
		json_object_set_new(out, "description", json_string(desc));
	if (json_object_get(o, "Export") && !c->src->exports)
		cfn_left_out(c, json_object_get(o, "Export"),
			     "output %s: Export makes a CloudFormation export, which terrace does not; the "
			     "output stays, for a terrace.stack lookup to read", name);
	return out;
}

/* import: entries for what a CloudFormation stack made of the resources
 * carried (DescribeStackResources' physical ids). */
static json_t *imports(struct cfn *c, const char **stack_name)
{
	json_t *list = json_array();
	const json_t *rows = json_object_get(c->src->existing, "StackResources");
	size_t i;
	json_t *row;
	*stack_name = NULL;
	json_array_foreach(rows, i, row) {
		const char *logical = json_string_value(json_object_get(row, "LogicalResourceId"));
		const char *physical = json_string_value(json_object_get(row, "PhysicalResourceId"));
		const char *status = json_string_value(json_object_get(row, "ResourceStatus"));
		if (!*stack_name)
			*stack_name = json_string_value(json_object_get(row, "StackName"));
		if (!logical || (status && strstr(status, "DELETE_COMPLETE")))
			continue;
		if (!physical) {
			diag_warnf(c->d, NULL, "%s: %s has no physical id in %s; not imported",
				   c->src->path, logical, "the stack's resources");
			c->res->left_out++;
			continue;
		}
		if (!json_object_get(c->types, logical)) {
			diag_warnf(c->d, NULL, "%s: %s (%s) is not a resource the stack carries; not imported",
				   c->src->path, logical, physical);
			c->res->left_out++;
			continue;
		}
		const json_t *carried = json_object_get(c->types, logical);
		if (json_is_true(json_object_get(carried, "written"))) {
			diag_warnf(c->d, NULL, "%s: %s (%s) is written as %s, whose id is not "
				   "CloudFormation's physical id; not imported (`terrace import` takes %s)",
				   c->src->path, logical, physical,
				   json_string_value(json_object_get(carried, "type")),
				   json_string_value(json_object_get(carried, "type")));
			c->res->left_out++;
			continue;
		}
		json_t *r = json_object_get(c->resources, logical);
		json_t *to = json_object_get(r, "Condition") ? json_sprintf("%s[0]", cfn_name(c, logical))
							      : json_string(cfn_name(c, logical));
		json_array_append_new(list, json_pack("{s:o, s:s}", "to", to, "id", physical));
	}
	return list;
}

/* ---- writing YAML -------------------------------------------------------- */

/* s by the one rule (stacks/yaml_write.h): plain when it reads back, a
 * literal block for lines, else double-quoted. */
static void emit_string(struct strbuf *out, const char *s, int indent, bool key)
{
	yaml_add_string(out, s, strlen(s), key, indent);
}

static void emit_scalar(struct strbuf *out, const json_t *v, int indent)
{
	if (json_is_string(v)) {
		emit_string(out, json_string_value(v), indent, false);
	} else if (json_is_object(v)) {
		strbuf_addstr(out, "{}");
	} else if (json_is_array(v)) {
		strbuf_addstr(out, "[]");
	} else {
		char *j = json_dumps(v, JSON_ENCODE_ANY);
		strbuf_addstr(out, j);
		free(j);
	}
}

static bool is_block(const json_t *v)
{
	return (json_is_object(v) && json_object_size(v)) || (json_is_array(v) && json_array_size(v));
}

static void emit(struct strbuf *out, const json_t *v, int indent, bool inline_first);

static void emit_entry(struct strbuf *out, const char *key, const json_t *v, int indent)
{
	emit_string(out, key, indent, true);
	strbuf_addch(out, ':');
	if (is_block(v)) {
		strbuf_addch(out, '\n');
		emit(out, v, indent + 2, false);
	} else {
		strbuf_addch(out, ' ');
		emit_scalar(out, v, indent + 2);
		strbuf_addch(out, '\n');
	}
}

/* A block value at indent; inline_first: its first line follows a "- ". */
static void emit(struct strbuf *out, const json_t *v, int indent, bool inline_first)
{
	bool first = true;
	if (json_is_object(v)) {
		const char *k;
		json_t *x;
		json_object_foreach((json_t *)v, k, x) {
			if (!(first && inline_first))
				strbuf_addf(out, "%*s", indent, "");
			first = false;
			emit_entry(out, k, x, indent);
		}
		return;
	}
	size_t i;
	json_t *x;
	json_array_foreach(v, i, x) {
		if (!(first && inline_first))
			strbuf_addf(out, "%*s", indent, "");
		first = false;
		strbuf_addstr(out, "- ");
		if (is_block(x) && json_is_object(x)) {
			emit(out, x, indent + 2, true);
		} else if (is_block(x)) {
			strbuf_addch(out, '\n');
			emit(out, x, indent + 2, false);
		} else {
			emit_scalar(out, x, indent + 2);
			strbuf_addch(out, '\n');
		}
	}
}

/* ---- the template -------------------------------------------------------- */

static void top_level(struct cfn *c, const json_t *tpl)
{
	const char *key;
	json_t *v;
	json_object_foreach((json_t *)tpl, key, v) {
		const struct src_pos *kp = yaml_key_pos(c->pos, tpl, key);
		c->near = v;
		if (!strcmp(key, "Transform")) {
			diag_warnf(c->d, kp, "Transform %s: a macro CloudFormation runs on the template "
					     "(AWS::Serverless, AWS::Include, AWS::LanguageExtensions or "
					     "an account's own), which terrace does not; what it would have "
					     "made is left out",
				   json_is_string(v) ? json_string_value(v) : "(a list)");
			c->res->left_out++;
		} else if (!strcmp(key, "Rules")) {
			rules(c, tpl, v, kp);
		} else if (!strcmp(key, "Hooks")) {
			diag_warnf(c->d, kp, "Hooks: CloudFormation's hooks run at deploy, terrace's "
					     "plan has none; left out");
			c->res->left_out++;
		} else if (strcmp(key, "AWSTemplateFormatVersion") && strcmp(key, "Description") &&
			   strcmp(key, "Metadata") && strcmp(key, "Parameters") &&
			   strcmp(key, "Mappings") && strcmp(key, "Conditions") &&
			   strcmp(key, "Resources") && strcmp(key, "Outputs")) {
			diag_warnf(c->d, kp, "%s is not a section of a CloudFormation template; left out", key);
			c->res->left_out++;
		}
	}
}

/* Fn::ForEach::NAME keys of a section: the AWS::LanguageExtensions
 * transform expands them into the section's entries before CloudFormation
 * reads it; terrace runs no transform (for_each is its own way to write
 * them), so each is left out with a warning and taken out of the section. */
static void drop_for_each(struct cfn *c, json_t *section, const char *what)
{
	const char *key;
	json_t *v;
	void *tmp;
	json_object_foreach_safe(section, tmp, key, v) {
		if (strncmp(key, "Fn::ForEach::", 13))
			continue;
		const struct src_pos *kp = yaml_key_pos(c->pos, section, key);
		diag_warnf(c->d, kp, "%s %s: the AWS::LanguageExtensions transform expands it, which "
				     "terrace does not run; left out: write it with for_each", what, key);
		c->res->left_out++;
		json_object_del(section, key);
	}
}

/* Add to `used` each condition node names: Fn::If's first argument, a
 * Condition function's, a resource's or output's Condition key. */
static void conditions_named(const json_t *node, json_t *used)
{
	const json_t *arg;
	const char *fn = cfn_intrinsic(node, &arg);
	const char *name = fn && !strcmp(fn, "Fn::If") ? json_string_value(json_array_get(arg, 0))
			   : fn && !strcmp(fn, "Condition") ? json_string_value(arg) : NULL;
	if (name)
		json_object_set_new(used, name, json_true());
	if (json_is_object(node) && !fn && json_is_string(json_object_get(node, "Condition")))
		json_object_set_new(used, json_string_value(json_object_get(node, "Condition")),
				    json_true());
	const char *k;
	size_t i;
	json_t *x;
	json_object_foreach((json_t *)node, k, x)
		conditions_named(x, used);
	json_array_foreach(node, i, x)
		conditions_named(x, used);
}

/* The conditions (a new set) that resources left out name (carried: false;
 * the CDK's CDKMetadataAvailable, of its metadata) or that the stack uses
 * (carried: true): those a resource it carries or an output names, and those
 * a used condition names. One of the first and not the second would be a
 * local nothing reads; one that nothing names stays, as the template has it. */
static json_t *conditions_used(const struct cfn *c, const json_t *tpl, bool carried)
{
	json_t *used = json_object();
	const char *k;
	json_t *x;
	json_object_foreach(c->resources, k, x)
		if (!json_object_get(c->types, k) == !carried)
			conditions_named(x, used);
	if (!carried)
		return used;
	conditions_named(json_object_get(tpl, "Outputs"), used);
	for (size_t n = 0; n != json_object_size(used);) {
		n = json_object_size(used);
		json_t *more = json_object();
		json_object_foreach(used, k, x)
			conditions_named(json_object_get(c->conditions, k), more);
		json_object_update(used, more);
		json_decref(more);
	}
	return used;
}

/* The stack, as YAML, into out. */
static void write_stack(struct cfn *c, const json_t *tpl, struct strbuf *out)
{
	const char *key;
	json_t *v;
	json_t *outputs = json_object(), *resources = json_object();
	json_t *import = c->src->existing ? NULL : json_array();
	const char *stack_name = NULL;

	json_object_foreach(c->params, key, v) {
		if (!cfn_cdk_bootstrap_version(c, tpl, key)) {
			json_object_set_new(c->variables, cfn_name(c, key), parameter(c, key, v));
			continue;
		}
		diag_warnf(c->d, yaml_key_pos(c->pos, c->params, key),
			   "parameter %s: the CDK's bootstrap version (SSM Parameter Store's %s), which "
			   "only the template's rules read, for the bootstrap stack `cdk deploy` uses; "
			   "terrace deploys without it, so it is no variable to give; left out", key,
			   json_string_value(json_object_get(v, "Default")));
	}
	json_object_foreach(c->mappings, key, v) {
		char *local = json_object_get(c->conditions, key) ? xasprintf("%s_mapping", cfn_name(c, key))
								  : xstrdup(cfn_name(c, key));
		json_object_set_new(c->mapping_names, key, json_string(local));
		json_object_set_new(c->locals, local, cfn_value(c, v, NULL, key));
		free(local);
	}
	json_t *used = conditions_used(c, tpl, true), *left = conditions_used(c, tpl, false);
	json_object_foreach(c->conditions, key, v) {
		if (json_object_get(left, key) && !json_object_get(used, key)) {
			diag_warnf(c->d, yaml_key_pos(c->pos, c->conditions, key), "condition %s: only "
				   "resources the stack does not carry use it; left out", key);
			continue;
		}
		struct strbuf sb = STRBUF_INIT;
		c->near = v;
		strbuf_addstr(&sb, "${");
		cfn_expr(c, v, NULL, key, &sb);
		strbuf_addch(&sb, '}');
		json_object_set_new(c->locals, cfn_name(c, key), json_stringn(sb.buf, sb.len));
		strbuf_release(&sb);
	}
	json_decref(used);
	json_decref(left);
	json_object_foreach(c->resources, key, v)
		if (json_object_get(c->types, key))
			json_object_set_new(resources, cfn_name(c, key), resource(c, key, v));
	cfn_cdk_asset_resources(c, resources);
	json_object_foreach(json_object_get(tpl, "Outputs"), key, v) {
		if (!json_object_get(v, "Value")) {
			c->near = v;
			cfn_left_out(c, v, "output %s has no Value; left out", key);
			continue;
		}
		json_object_set_new(outputs, cfn_name(c, key), output(c, key, v));
	}
	if (!import)
		import = imports(c, &stack_name);

	const char *desc = json_string_value(json_object_get(tpl, "Description"));
	struct strbuf head = STRBUF_INIT;
	strbuf_addstr(&head, "Converted by terrace convert from ");
	yaml_add_string(&head, c->src->path, strlen(c->src->path), true, 0);
	strbuf_addch(&head, '.');
	yaml_add_comment(out, head.buf, 0);
	strbuf_release(&head);
	if (desc)
		yaml_add_comment(out, desc, 0);
	json_t *top = json_object();
	char *set_name = !stack_name && c->src->stack_name ? xstrdup(c->src->stack_name) : NULL;
	for (char *p = set_name; p && *p; p++)
		if (!isalnum((unsigned char)*p) && *p != '_' && *p != '-')
			*p = '-'; /* network/vpc is the stack network-vpc */
	if (stack_name || set_name)
		json_object_set_new(top, "stack", json_string(stack_name ? stack_name : set_name));
	free(set_name);
	if (json_object_size(c->variables))
		json_object_set(top, "variables", c->variables);
	if (c->need_caller || c->need_azs || json_object_size(c->stack_lookups)) {
		json_t *data = json_deep_copy(c->stack_lookups);
		if (c->need_caller)
			json_object_set_new(data, "aws", json_pack("{s:s}", "type", "aws.caller_identity"));
		if (c->need_azs)
			json_object_set_new(data, "azs", json_pack("{s:s}", "type", "aws.availability_zones"));
		json_object_set_new(top, "data", data);
	}
	if (json_object_size(c->locals))
		json_object_set(top, "locals", c->locals);
	json_object_set(top, "resources", resources);
	if (json_object_size(outputs))
		json_object_set(top, "outputs", outputs);
	if (json_array_size(import))
		json_object_set(top, "import", import);
	json_object_foreach(top, key, v) {
		strbuf_addch(out, '\n');
		if (!json_is_object(v) || !json_object_size(v)) {
			emit_entry(out, key, v, 0);
			continue;
		}
		/* A section's entries, each renamed one under a comment naming its
		 * logical id (cfn_name). */
		const char *k;
		json_t *x;
		emit_string(out, key, 0, true);
		strbuf_addstr(out, ":\n");
		json_object_foreach(v, k, x) {
			const char *logical = json_string_value(json_object_get(c->renamed_from, k));
			if (logical && strcmp(key, "data"))
				strbuf_addf(out, "  # %s: the logical id %s (a name here begins with a letter or _)\n",
					    k, logical);
			strbuf_addstr(out, "  ");
			emit_entry(out, k, x, 2);
		}
	}
	json_decref(top);
	json_decref(outputs);
	json_decref(resources);
	json_decref(import);
}

/* A logical id that no name of the stack can carry is an error at its key:
 * CloudFormation takes letters and digits alone (A-Za-z0-9: it refuses such
 * a template, "non alphanumeric"), and a stack's names those, "_" and "-",
 * a digit first written after "_" (cfn_name). Renamed, it would carry a
 * template CloudFormation never deployed. -1 when there is one. */
static int refuse_invalid_names(struct cfn *c, const json_t *tpl)
{
	static const char *const sections[][2] = {
		{ "Parameters", "parameter" }, { "Mappings", "mapping" },
		{ "Conditions", "condition" }, { "Resources", "resource" }, { "Outputs", "output" },
	};
	int rc = 0;
	for (size_t i = 0; i < sizeof(sections) / sizeof(sections[0]); i++) {
		const json_t *section = json_object_get(tpl, sections[i][0]);
		const char *key;
		json_t *v;
		json_object_foreach((json_t *)section, key, v) {
			char *name = xasprintf("_%s", key);
			if (strncmp(key, "Fn::ForEach::", 13) && !stack_name_valid(name))
				rc = diag_errorf(c->d, yaml_key_pos(c->pos, section, key),
						 "%s logical id \"%s\" is not one CloudFormation takes "
						 "(letters and digits alone, A-Za-z0-9), nor a name of a "
						 "stack's: rename it in the template", sections[i][1], key);
			free(name);
		}
	}
	return rc;
}

int convert_cloudformation(const struct convert_source *source, struct convert_result *result,
			   struct diags *d)
{
	struct cfn c = { .src = source, .res = result, .d = d };
	json_t *tpl = NULL;
	int rc = -1;
	c.pos = yaml_positions_new();
	if (read_template(&c, source->path, &tpl) < 0)
		goto out;
	c.resources = json_object_get(tpl, "Resources");
	if (!json_is_object(tpl) || !json_is_object(c.resources) || !json_object_size(c.resources)) {
		const struct src_pos *p = yaml_pos_of(c.pos, tpl);
		diag_errorf(d, p, "%s is not a CloudFormation template: it has no Resources map",
			    source->path);
		goto out;
	}
	if (refuse_invalid_names(&c, tpl) < 0)
		goto out;
	c.params = json_object_get(tpl, "Parameters");
	c.conditions = json_object_get(tpl, "Conditions");
	c.mappings = json_object_get(tpl, "Mappings");
	c.types = json_object();
	c.variables = json_object();
	c.locals = json_object();
	c.mapping_names = json_object();
	c.renamed = json_object();
	c.dynamic = json_object();
	c.stand_ins = json_object();
	c.stack_lookups = json_object();
	c.renamed_from = json_object();
	cfn_cdk_read_assets(&c);
	top_level(&c, tpl);
	drop_for_each(&c, c.resources, "resources' key");
	drop_for_each(&c, c.conditions, "conditions' key");
	drop_for_each(&c, json_object_get(tpl, "Outputs"), "outputs' key");
	find_types(&c);
	cfn_cdk_drop_handlers(&c, tpl);
	write_stack(&c, tpl, &result->stack);
	rc = 0;
out:
	json_decref(c.types);
	json_decref(c.variables);
	json_decref(c.locals);
	json_decref(c.mapping_names);
	json_decref(c.renamed);
	json_decref(c.dynamic);
	json_decref(c.stand_ins);
	json_decref(c.stack_lookups);
	json_decref(c.renamed_from);
	json_decref(c.assets);
	json_decref(c.asset_buckets);
	json_decref(c.file_assets);
	free(c.assets_dir);
	json_decref(tpl);
	yaml_positions_free(c.pos);
	return rc;
}

/* convert.h: a top-level key of YAML is at a line's start. */
bool convert_is_template(const char *path)
{
	struct strbuf text = STRBUF_INIT;
	const char *why;
	if (input_file_read(path, &text, &why) < 0)
		return false;
	json_t *doc = ends_with(path, ".json") ? json_loadb(text.buf, text.len, 0, NULL) : NULL;
	bool is = false;
	if (doc) {
		is = json_object_get(doc, "Resources") || json_object_get(doc, "AWSTemplateFormatVersion");
		json_decref(doc);
	}
	for (const char *line = text.buf; !doc && !is && *line;) {
		const char *k = line[0] == '"' || line[0] == '\'' ? line + 1 : line;
		is = !strncmp(k, "Resources", 9) || !strncmp(k, "AWSTemplateFormatVersion", 24);
		line += strcspn(line, "\n");
		line += *line == '\n';
	}
	strbuf_release(&text);
	return is;
}

static void add_export(json_t *exports, const char *name, const char *stack, const char *output)
{
	json_t *list = json_object_get(exports, name);
	if (!list) {
		list = json_array();
		json_object_set_new(exports, name, list);
	}
	json_array_append_new(list, json_pack("{s:s, s:s}", "stack", stack, "output", output));
}

int convert_cloudformation_exports(const char *path, const char *stack, json_t *exports,
				   struct diags *d)
{
	struct convert_result res = { .left_out = 0 };
	struct convert_source src = { .path = path };
	struct cfn c = { .src = &src, .res = &res, .d = d };
	json_t *tpl = NULL;
	c.pos = yaml_positions_new();
	int rc = read_template(&c, path, &tpl);
	const char *key;
	json_t *o;
	json_object_foreach(rc < 0 ? NULL : json_object_get(tpl, "Outputs"), key, o) {
		struct strbuf name = STRBUF_INIT;
		const json_t *export_name = json_object_get(json_object_get(o, "Export"), "Name");
		if (export_name && cfn_name_text(json_object_get(tpl, "Parameters"), export_name, NULL,
						 &name)) {
			add_export(exports, name.buf, stack, key);
			if (strchr(name.buf, CFN_STACK_MARK)) {
				/* the name with the stack's own: an import of it by name */
				struct strbuf own = STRBUF_INIT;
				for (const char *p = name.buf; *p; p++)
					if (*p == CFN_STACK_MARK)
						strbuf_addstr(&own, stack);
					else
						strbuf_addch(&own, *p);
				add_export(exports, own.buf, stack, key);
				strbuf_release(&own);
			}
		}
		strbuf_release(&name);
	}
	json_decref(tpl);
	yaml_positions_free(c.pos);
	return rc < 0 ? -1 : 0;
}
