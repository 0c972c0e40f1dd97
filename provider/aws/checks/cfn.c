/*
 * checks/cfn.c: CloudFormation's rules for both families, one entry
 * (aws_cfn_check, checks/checks.h), judged by cloudcontrol's evaluator and
 * refused in one form naming the family's own attribute (refuse). An awscc
 * type's schema keywords and extension rules are its walk's
 * (checks/schema/validate.c); here they reach its written twin through
 * cfn.map: the awscc type's attributes built from the twin's as the request
 * sends them (cfn.map's rows in checks/constraints.gen.c) for cfn-lint's
 * extension rules (cc_check_rules: aws_cfn_check_rules) and per-region lists
 * (cc_warn_growing: aws_cfn_warn_growing). The rules between a resource's
 * attributes are BETWEEN rows of the services' rules.c (checks/rules.h),
 * run with every row. And the lookup of cfn.map's types (aws_cfn_type_of)
 * and its inverse (aws_written_type_of).
 */
#include "provider/aws/cfn_types.h"

#include <stdlib.h>
#include <string.h>

#include "provider/aws/checks/checks.h"
#include "provider/aws/checks/schema/api.h"
#include "provider/aws/checks/row.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/cloudcontrol/api.h"
#include "provider/base/text.h"

/* The one form of a refusal: "AT: TEXT" (TEXT alone for the resource
 * itself), *attr the attribute at fault, kept for the process (text_kept)
 * so that no later check writes over it. */
static int refuse(const char *at, const char *text, const char **attr, struct strbuf *err)
{
	if (at && *at)
		strbuf_addf(err, "%s: ", at);
	strbuf_addstr(err, text);
	if (attr)
		*attr = at && *at ? text_kept(at) : NULL;
	return -1;
}

const char *aws_cfn_type_of(const char *type)
{
	for (const struct aws_cfn_type *t = aws_cfn_types; type && t->type; t++)
		if (!strcmp(t->type, type))
			return t->cfn_type;
	return NULL;
}

const char *aws_written_type_of(const char *cfn_type)
{
	for (const struct aws_cfn_type *t = aws_cfn_types; cfn_type && t->type; t++)
		if (!strcmp(t->cfn_type, cfn_type))
			return t->type;
	return NULL;
}

/* The row of `rows` for native type `type`'s attribute that its awscc type
 * names awscc_attr, or NULL. */
static const struct aws_cfn_attr *cfn_attr_of(const struct aws_cfn_attr *rows, const char *type,
					      const char *awscc_attr)
{
	for (const struct aws_cfn_attr *r = rows; r->type && awscc_attr; r++)
		if (!strcmp(r->type, type) && !strcmp(r->awscc_attr, awscc_attr))
			return r;
	return NULL;
}

/* The awscc type's attributes (a new object) from a native type's, by
 * `rows`, as its request sends them: an attribute left out counts as its
 * default; *awscc the awscc type, NULL when no row is the type's. */
static json_t *cfn_config(const struct aws_cfn_attr *rows, const char *type,
			  const json_t *attrs, const char **awscc)
{
	json_t *config = json_object();

	*awscc = NULL;
	for (const struct aws_cfn_attr *r = rows; r->type; r++) {
		if (strcmp(r->type, type))
			continue;
		const json_t *v = json_object_get(attrs, r->attr);
		json_t *dflt = !v && r->default_json
				       ? json_loads(r->default_json, JSON_DECODE_ANY, NULL) : NULL;
		if (v || dflt)
			json_object_set(config, r->awscc_attr, v ? (json_t *)v : dflt);
		json_decref(dflt);
		*awscc = r->awscc;
	}
	return config;
}

/* A written type's value reported under the written attribute's name. */
struct growing_report {
	const char *type;
	check_report_fn report;
	void *ctx;
};

static void report_written(void *ctx, const struct check_finding *found)
{
	struct growing_report *g = ctx;
	const struct aws_cfn_attr *r = cfn_attr_of(aws_cfn_growing, g->type, found->attr);
	struct check_finding f = *found;

	f.attr = r ? r->attr : NULL;
	g->report(g->ctx, &f);
}

void aws_cfn_warn_growing(const char *type, const json_t *attrs, const char *region,
			  check_report_fn report, void *ctx)
{
	const char *awscc;
	json_t *config = cfn_config(aws_cfn_growing, type, attrs, &awscc);

	if (awscc) {
		struct growing_report g = { type, report, ctx };
		cc_warn_growing(cc_type_find(awscc), config, region, report_written, &g);
	}
	json_decref(config);
}

int aws_cfn_check_rules(const char *type, const json_t *attrs, const char **attr,
			struct strbuf *err)
{
	const char *awscc, *at = NULL;
	size_t n = 0;
	int rc;

	for (const struct aws_cfn_rule *r = aws_cfn_rules; r->type; r++)
		n += !strcmp(r->type, type);
	if (!n || !value_known_object(attrs))
		return 0;
	const char **files = xcalloc(n + 1, sizeof(*files));
	n = 0;
	for (const struct aws_cfn_rule *r = aws_cfn_rules; r->type; r++)
		if (!strcmp(r->type, type))
			files[n++] = r->file;
	json_t *config = cfn_config(aws_cfn_rule_attrs, type, attrs, &awscc);
	struct strbuf why = STRBUF_INIT;
	rc = awscc ? cc_check_rules(cc_type_find(awscc), config, files, &at, &why) : 0;
	if (rc) {
		/* the message under the written attribute's name */
		const struct aws_cfn_attr *w = cfn_attr_of(aws_cfn_rule_attrs, type, at);
		size_t skip = at && !strncmp(why.buf, at, strlen(at)) &&
				      !strncmp(why.buf + strlen(at), ": ", 2) ? strlen(at) + 2 : 0;
		struct strbuf text = STRBUF_INIT;
		strbuf_addstr(&text, why.buf + skip);
		for (const struct aws_cfn_rule *r = aws_cfn_rules; r->type; r++)
			if (!strcmp(r->type, type) && r->advice && strstr(why.buf, r->file))
				strbuf_addf(&text, ": %s", r->advice);
		refuse(w ? w->attr : NULL, text.buf, attr, err);
		strbuf_release(&text);
	}
	strbuf_release(&why);
	json_decref(config);
	free(files);
	return rc;
}

int aws_cfn_check(const char *type, const json_t *attrs, const char **attr, struct strbuf *err)
{
	/* an awscc type has no carried extension rule: its walk judges its own */
	return aws_cfn_check_rules(type, attrs, attr, err);
}
