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
 * And one value per parent (aws_check_one_per_parent): two resources of the
 * stack under one parent with one value AWS keeps unique there (a
 * listener's rules' priorities), for the services' STACK rows; and the
 * bucket of the stack a name or reference names, with the Region plan
 * makes it in (aws_stack_bucket_named, aws_stack_bucket_region), and the
 * services' STACK rows refusing such a bucket in another Region than the
 * resource that names it (aws_check_bucket_region).
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
#include "provider/aws/transport/transport.h"

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

/* A value of u->attr as written and known: a number, or a string not
 * holding ${...}; NULL otherwise. */
static const json_t *known_value(const json_t *config, const char *attr)
{
	const json_t *v = json_object_get(config, attr);

	return json_is_number(v) || (json_is_string(v) && !value_not_known(v)) ? v : NULL;
}

static bool same_value(const json_t *a, const json_t *b)
{
	if (json_is_number(a) && json_is_number(b))
		return json_number_value(a) == json_number_value(b);
	return json_is_string(a) && json_is_string(b) &&
	       !strcmp(json_string_value(a), json_string_value(b));
}

void aws_check_one_per_parent(const struct written_resource *rs, size_t n,
			      const struct aws_one_per_parent *u, check_report_fn report,
			      void *ctx)
{
	for (size_t i = 0; i < n; i++) {
		const char *parent = json_string_value(json_object_get(rs[i].config, u->parent));
		const json_t *v = known_value(rs[i].config, u->attr);

		if (!aws_awscc_type_is(rs[i].type, u->cfn_type) || rs[i].repeated || !parent || !v)
			continue;
		for (size_t e = 0; e < i; e++) {
			const char *other = json_string_value(json_object_get(rs[e].config, u->parent));
			struct strbuf msg = STRBUF_INIT;

			if (!aws_awscc_type_is(rs[e].type, u->cfn_type) || rs[e].repeated || !other ||
			    strcmp(other, parent) || strcmp(rs[e].provider, rs[i].provider) ||
			    !same_value(known_value(rs[e].config, u->attr), v))
				continue;
			strbuf_addf(&msg, "%s: ", u->attr);
			if (json_is_number(v))
				strbuf_addf(&msg, "%.15g", json_number_value(v));
			else
				aws_constraint_quote(&msg, json_string_value(v));
			strbuf_addf(&msg, " is also %s \"%s\"'s on the same %s (%s): AWS says \"%s\" "
				    "(%s)", u->kind, rs[e].name, u->parent_kind, parent, u->words,
				    u->source);
			report(ctx, &(struct check_finding){
				.warning = false, .which = i, .attr = u->attr, .other = e,
				.other_attr = u->attr, .message = msg.buf });
			strbuf_release(&msg);
			break;
		}
	}
}

/* The bucket of the stack that `value` names: "${NAME.ATTR}" of a bucket
 * resource, or the name one writes; WRITTEN_NONE: none. */
size_t aws_stack_bucket_named(const struct written_resource *rs, size_t n, const char *value)
{
	for (size_t k = 0; k < n; k++) {
		const char *name = NULL;
		size_t len = strlen(rs[k].name);

		if (!strcmp(rs[k].type, "aws.s3.bucket"))
			name = json_string_value(json_object_get(rs[k].config, "name"));
		else if (aws_awscc_type_is(rs[k].type, "AWS::S3::Bucket"))
			name = json_string_value(json_object_get(rs[k].config, "bucket_name"));
		else
			continue;
		if (rs[k].repeated)
			continue;
		if ((name && !strcmp(name, value)) ||
		    (!strncmp(value, "${", 2) && !strncmp(value + 2, rs[k].name, len) &&
		     value[2 + len] == '.' && !strchr(value + 3 + len, '$') &&
		     value[strlen(value) - 1] == '}'))
			return k;
	}
	return WRITTEN_NONE;
}

/* Where bucket resource r is made, as plan knows it: its written region,
 * else its client's (NULL: not known). */
const char *aws_stack_bucket_region(const struct written_resource *r)
{
	const json_t *written = json_object_get(r->config, "region");

	if (written && !strcmp(r->type, "aws.s3.bucket"))
		return value_known_string(written); /* its own, known or not yet */
	return r->client ? aws_client_region(r->client) : NULL;
}

/* The bucket part of a bucket attribute's value: the value itself, or of
 * an S3 URI ("s3://${b.bucket_name}/wf.zip") what lies between "s3://" and
 * the next "/" (into buf). */
static const char *bucket_part(const char *value, char *buf, size_t size)
{
	size_t len;

	if (strncmp(value, "s3://", 5))
		return value;
	value += 5;
	len = strcspn(value, "/");
	if (len >= size)
		return NULL;
	memcpy(buf, value, len);
	buf[len] = '\0';
	return buf;
}

/* One bucket value at the end of path below v ("containers[].model_data_url":
 * each element of a list), `where` its place as a message names it
 * ("containers[1].model_data_url"): refused when a bucket of the stack it
 * names is made in another Region than `mine`. */
static void bucket_at(const struct written_resource *rs, size_t n, size_t i, const char *mine,
		      const struct aws_bucket_use *u, const json_t *v, const char *path,
		      struct strbuf *where, check_report_fn report, void *ctx)
{
	size_t len = strcspn(path, ".["), at = where->len, k;
	const char *value, *bucket, *theirs;
	char key[64], part[256];
	const json_t *e;

	if (!*path) {
		struct strbuf msg = STRBUF_INIT;

		if (!(value = json_string_value(v)) ||
		    !(bucket = bucket_part(value, part, sizeof(part))) ||
		    (k = aws_stack_bucket_named(rs, n, bucket)) == WRITTEN_NONE ||
		    !(theirs = aws_stack_bucket_region(&rs[k])) || !strcmp(theirs, mine))
			return;
		strbuf_addf(&msg, "%s: bucket \"%s\" is made in %s, and this in %s: AWS says \"%s\" "
			    "(%s)", where->buf, rs[k].name, theirs, mine, u->words, u->source);
		report(ctx, &(struct check_finding){ .warning = false, .which = i,
						     .attr = where->buf, .other = k,
						     .other_attr = NULL, .message = msg.buf });
		strbuf_release(&msg);
		return;
	}
	if (!strncmp(path, "[]", 2)) {
		json_array_foreach((json_t *)v, k, e) {
			strbuf_addf(where, "[%zu]", k);
			bucket_at(rs, n, i, mine, u, e, path + 2, where, report, ctx);
			strbuf_setlen(where, at);
		}
		return;
	}
	if (*path == '.')
		path++, len = strcspn(path, ".[");
	if (!len || len >= sizeof(key) || !json_is_object(v))
		return;
	memcpy(key, path, len);
	key[len] = '\0';
	strbuf_addf(where, "%s%s", where->len ? "." : "", key);
	bucket_at(rs, n, i, mine, u, json_object_get(v, key), path + len, where, report, ctx);
	strbuf_setlen(where, at);
}

void aws_check_bucket_region(const struct written_resource *rs, size_t n,
			     const struct aws_bucket_use *uses, size_t count,
			     check_report_fn report, void *ctx)
{
	for (size_t i = 0; i < n; i++) {
		const char *mine = rs[i].client ? aws_client_region(rs[i].client) : NULL;

		for (size_t t = 0; mine && t < count; t++) {
			struct strbuf where = STRBUF_INIT;

			if (!aws_awscc_type_is(rs[i].type, uses[t].cfn_type))
				continue;
			bucket_at(rs, n, i, mine, &uses[t], rs[i].config, uses[t].path, &where,
				  report, ctx);
			strbuf_release(&where);
		}
	}
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
