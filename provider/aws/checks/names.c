/*
 * checks/names.c: the names of the aws types and the most bytes each takes
 * (aws_name_rules, from types.def's NAME_RULE); and one name, one object
 * (a STACK row of checks/tables.c's shared table). Two resources of a stack that would
 * name the same AWS object are refused at validate (and again at plan, with
 * the values known then), naming both: one CloudFormation type, written or
 * awscc (a written type's through cfn.map: aws_cfn_type_of), and one name.
 * A written type's name is the attribute aws_name_rules gives it; an awscc
 * type's, the attribute kinds/object_names.gen.c gives it where its primary
 * identifier is not its name (an SQS queue's queue_name, its identifier the
 * URL; a Glue database's database_name or database_input.name), with the
 * create-only attributes two objects of one name share (a Transfer user's
 * server); else its schema's primary identifier where the stack writes it.
 *
 * Where AWS compares names: an S3 bucket's across the partition (every
 * provider configuration of the stack); IAM's without case, as IAM does, and
 * RDS's and Redshift's identifiers and Glue's databases and connections,
 * which they keep in lower case; a
 * security group's name within its VPC; the rest within one provider
 * configuration (an account and a region). Types whose names are not one
 * object's are left out: a task definition's family and a layer's name
 * (each create is a new revision or version), a named query's name (Athena
 * tells them apart by id).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/cloudcontrol/api.h"
#include "provider/aws/checks/checks.h"
#include "provider/aws/checks/kinds/api.h"
#include "provider/aws/checks/rules.h"

/* Written types whose name may stand for several objects. */
static const char *const not_one_object[] = {
	"aws.ecs.task_definition", "aws.lambda.layer_version", "aws.athena.named_query", NULL
};

static const struct provider_name_rule *name_rule_of(const char *type)
{
	for (const char *const *t = not_one_object; *t; t++)
		if (!strcmp(*t, type))
			return NULL;
	for (const struct provider_name_rule *r = aws_name_rules; r->type; r++)
		if (!strcmp(r->type, type))
			return r->attr ? r : NULL;
	return NULL;
}

static bool without_case(const char *cfn)
{
	return !strncmp(cfn, "AWS::IAM::", 10) || !strcmp(cfn, "AWS::RDS::DBInstance") ||
	       !strcmp(cfn, "AWS::RDS::DBCluster") || !strcmp(cfn, "AWS::Redshift::Cluster") ||
	       !strcmp(cfn, "AWS::Glue::Database") || !strcmp(cfn, "AWS::Glue::Connection");
}

static const struct aws_object_name *object_name_of(const char *type)
{
	for (const struct aws_object_name *o = aws_object_names; o->type; o++)
		if (!strcmp(o->type, type))
			return o;
	return NULL;
}

/* The value at dotted path `path` of config, or NULL. */
static const json_t *value_at(const json_t *config, const char *path)
{
	char key[128];
	const char *dot;

	while ((dot = strchr(path, '.'))) {
		if ((size_t)(dot - path) >= sizeof(key))
			return NULL;
		memcpy(key, path, (size_t)(dot - path));
		key[dot - path] = '\0';
		config = json_object_get(config, key);
		path = dot + 1;
	}
	return json_object_get(config, path);
}

static bool known_string(const json_t *v)
{
	return json_is_string(v) && *json_string_value(v) && !strstr(json_string_value(v), "${");
}

/* An awscc type's name by its object_names row: the first of its name
 * attributes written (NULL when one is not known yet, or two differ), and,
 * after the provider's, its scope's values in *scope (a new string). */
static char *row_name(const struct aws_object_name *o, const json_t *config, const char **attr,
		      char **scope)
{
	const char *name = NULL;
	struct strbuf sb = STRBUF_INIT;

	for (size_t i = 0; i < sizeof(o->names) / sizeof(*o->names) && o->names[i]; i++) {
		const json_t *v = value_at(config, o->names[i]);
		if (!value_is_set(v))
			continue;
		if (!known_string(v) || (name && strcmp(name, json_string_value(v))))
			return NULL;
		if (!name)
			*attr = o->names[i];
		name = json_string_value(v);
	}
	for (const char *p = o->scope; name && *p;) {
		size_t len = strcspn(p, " ");
		char key[128];
		const json_t *v;
		char *text;

		snprintf(key, sizeof(key), "%.*s", (int)len, p);
		p += len + (p[len] == ' ');
		v = json_object_get(config, key);
		text = v ? json_dumps(v, JSON_COMPACT | JSON_SORT_KEYS | JSON_ENCODE_ANY) : NULL;
		if (text && strstr(text, "${"))
			name = NULL; /* its parent not known yet */
		strbuf_addf(&sb, "\t%s", text ? text : "");
		free(text);
	}
	if (!name) {
		strbuf_release(&sb);
		return NULL;
	}
	*scope = strbuf_detach(&sb);
	return xstrdup(name);
}

/* The key two resources naming one object share, or NULL (a new string):
 * CloudFormation type, where names are compared, and the name; *attr the
 * attribute holding the name (static, or kept with the awscc type). */
static char *object_key(const struct written_resource *r, const char **attr)
{
	const struct provider_name_rule *rule;
	const struct aws_object_name *row;
	const char *cfn = NULL, *scope = r->provider ? r->provider : "";
	char *name = NULL, *key, *parents = NULL;
	bool from_data = r->rtype->family == TYPE_FAMILY_FROM_DATA;

	*attr = NULL;
	if (r->repeated || !json_is_object(r->config))
		return NULL;
	if (from_data && (row = object_name_of(r->type))) {
		cfn = row->cfn;
		name = row_name(row, r->config, attr, &parents);
	} else if (from_data) {
		name = cc_written_identity(r->type, r->config, &cfn, attr);
	} else if ((rule = name_rule_of(r->type)) && (cfn = aws_cfn_type_of(r->type))) {
		const json_t *v = json_object_get(r->config, rule->attr);
		if (json_is_string(v) && *json_string_value(v) && !strstr(json_string_value(v), "${"))
			name = xstrdup(json_string_value(v));
		*attr = rule->attr;
	}
	if (!name)
		return NULL;
	if (without_case(cfn))
		for (char *c = name; *c; c++)
			*c = (char)tolower((unsigned char)*c);
	if (!strcmp(cfn, "AWS::S3::Bucket")) {
		scope = "";
	} else if (!strcmp(cfn, "AWS::EC2::SecurityGroup")) {
		const json_t *vpc = json_object_get(r->config, "vpc_id");
		if (!json_is_string(vpc) || strstr(json_string_value(vpc), "${")) {
			free(name);
			return NULL; /* its VPC not known yet, or the default VPC */
		}
		scope = json_string_value(vpc);
	}
	key = xasprintf("%s\n%s%s\n%s", cfn, scope, parents ? parents : "", name);
	free(parents);
	free(name);
	return key;
}

void aws_check_one_object(const struct written_resource *rs, size_t n,
			  check_report_fn report, void *ctx)
{
	json_t *seen = json_object(); /* key -> the first resource's index */

	for (size_t i = 0; i < n; i++) {
		const char *attr, *other_attr;
		char *key = object_key(&rs[i], &attr);
		const json_t *first = key ? json_object_get(seen, key) : NULL;

		if (key && !first)
			json_object_set_new(seen, key, json_integer((json_int_t)i));
		if (first) {
			size_t j = (size_t)json_integer_value(first);
			const char *cfn_end = strchr(key, '\n');
			char msg[768];
			char *other_key = object_key(&rs[j], &other_attr);
			free(other_key);
			snprintf(msg, sizeof(msg), "\"%s\" names the same %.*s as resource \"%s\"%s%s%s: "
				 "two resources would make (and delete) one object; give each its own "
				 "name", strrchr(key, '\n') + 1, (int)(cfn_end - key), key, rs[j].name,
				 other_attr ? " (its " : "", other_attr ? other_attr : "",
				 other_attr ? ")" : "");
			report(ctx, &(struct check_finding){
				.warning = false, .which = i, .attr = attr, .other = j,
				.other_attr = other_attr, .message = msg });
		}
		free(key);
	}
	json_decref(seen);
}

/*
 * The names of the aws types and the most bytes each takes, for a
 * development environment's prefix (provider_type.name_rules,
 * plan/environment.c fits dev-USER-NAME into them): the same limits the
 * written rows and the models' rows check (a Lambda function's from
 * rule_lambda_function_name's), one row per type of types.def, where each
 * type declares its own (UNNAMED: attr NULL, no rule).
 */
#define NAMED(attr, max_len, separator) attr, max_len, separator
#define UNNAMED NULL, 0, 0
#define RESOURCE_TYPE(symbol, type, twin, name_rule, arns) { type, name_rule },
const struct provider_name_rule aws_name_rules[] = {
#include "provider/aws/types.def"
	{ NULL },
};
#undef RESOURCE_TYPE
#undef UNNAMED
#undef NAMED
