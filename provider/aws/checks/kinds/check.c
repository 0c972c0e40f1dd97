/*
 * kinds/check.c: kinds of identifiers. AWS's data says which kind of
 * identifier each property takes (cfn-lint's "format": a KMS key's ARN, a
 * subnet's id, a role's ARN, ...) and so which kind each attribute gives
 * (an aws.kms.key's arn gives a KMS key's ARN): kinds.gen.c for the written
 * types, their schemas for the awscc types (cc_kinds_at). At validate, and
 * again at plan with the values known then, each string of a resource's
 * attributes (at every depth; a list's elements are the list's) that its
 * attribute gives a kind to is held to it:
 *   - a reference "${NAME.ATTR}" to a resource of the stack whose ATTR gives
 *     a kind the attribute does not take is refused, naming the attribute of
 *     that resource that gives a kind it takes ("kms_key_arn takes a KMS
 *     key's ARN, not a KMS key's id (what key.key_id gives): write
 *     ${key.arn}");
 *   - a literal that matches none of the patterns of the kinds it takes
 *     (cfn-lint's, with what AWS also documents: kinds.gen.c) is refused,
 *     with an example; at plan, a variable, local or module input inside a
 *     block is judged as its literal would be (plan hands the checks each
 *     value known then, at any depth: plan/plan.c's known_value);
 *   - a reference to an attribute that gives kind K, where the attribute
 *     takes no kind but its own pattern (an awscc schema's, a written
 *     type's constraints row) refuses K's example, is refused, naming the
 *     attribute of that resource its name asks for ("role_name: ${role.arn}
 *     gives an IAM role's ARN ...: write ${role.name}").
 * A value not known yet, a reference to something that gives no kind, and a
 * kind without a pattern pass. A type's own identity (a bucket's name
 * within aws.s3.bucket) is its own type's kind and is not checked here: the
 * type's name rules check it. No rule here is written for one type.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/cloudcontrol/api.h"
#include "provider/aws/checks/schema/api.h"
#include "provider/aws/checks/row.h"
#include "provider/aws/checks/kinds/api.h"
#include "provider/aws/checks/rules.h"


/* "a KMS key's ARN or a KMS key's id" */
static void add_words(struct strbuf *sb, const struct aws_kinds *ks)
{
	for (size_t i = 0; i < ks->n; i++)
		strbuf_addf(sb, "%s%s", i ? (i + 1 == ks->n ? " or " : ", ") : "", ks->k[i]->words);
}

/* ---- the check ---- */

struct checking {
	const struct written_resource *rs;
	size_t n, at;
	check_report_fn report;
	void *ctx;
};

/* An attribute of resource r's type that gives one of `want`, or NULL (for
 * "write ${NAME.ATTR}"). */
static const char *attr_giving(const struct written_resource *r, const struct aws_kinds *want)
{
	static const char *const usual[] = { "arn", "id", "key_id", "name", "group_id",
					     "subnet_id", "vpc_id", NULL };
	const struct resource_type *rt = cc_type_find(r->type);
	bool awscc = rt && rt->family == TYPE_FAMILY_FROM_DATA;

	for (const char *const *a = usual; *a; a++) {
		/* an awscc type's own name, id or ARN is a property of its own
		 * name (a vault's backup_vault_name), not `name` */
		if (awscc && !cc_node_at(r->type, *a))
			continue;
		struct aws_kinds g = aws_kinds_of(r->type, *a, true);
		if (g.n == 1 && aws_kinds_has(want, g.k[0]->name))
			return *a;
	}
	for (const struct aws_kind_attr *a = aws_kind_attrs; a->type; a++) {
		if (!a->gives || strcmp(a->type, r->type) || strchr(a->attr, '.'))
			continue;
		struct aws_kinds g = aws_kinds_of(r->type, a->attr, true);
		if (g.n == 1 && aws_kinds_has(want, g.k[0]->name))
			return a->attr;
	}
	return NULL;
}

/* An ARN's resource part's type ("compute-environment" of
 * arn:aws:batch:REGION:ACCOUNT:compute-environment/NAME): where it begins,
 * and its length. */
static const char *arn_resource_type(const char *arn, size_t *len)
{
	for (int colons = 0; *arn && colons < 5; arn++)
		colons += *arn == ':';
	*len = strcspn(arn, "/:");
	return arn;
}

/* Two own ARNs each made of its type's format (neither by service) are of
 * one type only when their resource parts' types agree: a Batch job
 * definition's ARN (job-definition/...) is no compute environment's
 * (compute-environment/...). */
static bool same_resource(const struct aws_kind *a, const struct aws_kind *b)
{
	size_t na, nb;
	const char *ra, *rb;

	if (!a->own_arn || !b->own_arn || aws_kind_by_service(a) || aws_kind_by_service(b))
		return true;
	ra = arn_resource_type(a->example, &na);
	rb = arn_resource_type(b->example, &nb);
	return na == nb && !strncmp(ra, rb, na);
}

/* Whether an own-ARN kind's example (kinds.gen.c's own_arn: no data but
 * API_KINDS says which attribute takes it) fits a kind the attribute
 * takes: matches its pattern, or, for one without, is an ARN of the
 * service its example's ARN names and of the same resource type
 * (same_resource; an ARN is no name: a role's name takes no policy's
 * ARN). An example that says only its service (aws_kinds_by_service: a backup
 * vault's ARN made of its schema) fits also a kind whose example is an
 * ARN of that service: a Lambda alias's ARN where a function's is taken
 * passes, a backup vault's where a role's is taken does not. */
static bool own_arn_fits(const struct aws_kind *given, const struct aws_kinds *takes)
{
	char gs[32], ts[32];
	size_t glen = aws_arn_service_in(given->example, gs, sizeof(gs));
	bool by_service = aws_kind_by_service(given);

	for (size_t i = 0; i < takes->n; i++) {
		const struct aws_kind *t = takes->k[i];
		bool same = glen && aws_arn_service_in(t->example, ts, sizeof(ts)) && !strcmp(gs, ts);
		if (t->pattern ? aws_kind_literal_is(t, given->example) || (by_service && same)
			       : !glen || (same && same_resource(given, t)))
			return true;
	}
	return false;
}

static const char *attr_named_as(const struct written_resource *r, const char *given,
				 const char *path);

/* The attribute of r to write where `where` takes `want`: attr_giving's, or
 * the one `where` names by its last word (an awscc role's role_name for a
 * role_name), when it gives a kind of want. */
static const char *attr_to_write(const struct written_resource *r, const char *given,
				 const char *where, const struct aws_kinds *want)
{
	const char *right = attr_giving(r, want);
	char path[128];
	size_t n = 0;

	if (right)
		return right;
	for (const char *p = where; *p && n + 1 < sizeof(path); p++) /* "a[0].b": "a.b" */
		if (*p == '[')
			p += strcspn(p, "]") - !p[strcspn(p, "]")];
		else
			path[n++] = *p;
	path[n] = '\0';
	right = attr_named_as(r, given, path);
	if (right) {
		struct aws_kinds g = aws_kinds_of(r->type, right, true);
		if (g.n == 1 && aws_kinds_has(want, g.k[0]->name))
			return right;
	}
	return NULL;
}

static int check_string(void *ctx, const json_t *v, const struct aws_kinds *takes,
			const char *where)
{
	struct checking *c = ctx;
	const char *s = json_string_value(v);
	struct strbuf msg = STRBUF_INIT;
	char attr[64];
	size_t other = aws_kind_reference(c->rs, c->n, s, attr, sizeof(attr));

	if (other != WRITTEN_NONE) {
		struct aws_kinds gives = aws_kinds_of(c->rs[other].type, attr, true);
		if (gives.n != 1 || aws_kinds_has(takes, gives.k[0]->name) ||
		    (gives.k[0]->own_arn && own_arn_fits(gives.k[0], takes)))
			return 0;
		const char *right = attr_to_write(&c->rs[other], attr, where, takes);
		strbuf_addf(&msg, "%s takes ", where);
		add_words(&msg, takes);
		strbuf_addf(&msg, ", not %s (what %s.%s gives)", gives.k[0]->words,
			    c->rs[other].name, attr);
		if (right)
			strbuf_addf(&msg, ": write ${%s.%s}", c->rs[other].name, right);
		c->report(c->ctx, &(struct check_finding){
			.warning = false, .which = c->at, .attr = where, .other = WRITTEN_NONE,
			.message = msg.buf });
		strbuf_release(&msg);
		return 0;
	}
	if (value_not_known(v))
		return 0;
	for (size_t i = 0; i < takes->n; i++)
		if (aws_kind_literal_is(takes->k[i], s))
			return 0;
	strbuf_addf(&msg, "%s: ", where);
	strbuf_add_safe(&msg, s, strlen(s), TEXT_VALUE);
	strbuf_addstr(&msg, " is not ");
	add_words(&msg, takes);
	strbuf_addf(&msg, " (e.g. %s)", takes->k[0]->example);
	c->report(c->ctx, &(struct check_finding){
		.warning = false, .which = c->at, .attr = where, .other = WRITTEN_NONE,
		.message = msg.buf });
	strbuf_release(&msg);
	return 0;
}

/* ---- a reference whose kind the attribute's own pattern refuses ---- */

/* Whether a table row's attribute ("s3_targets[].path") is `path`
 * ("s3_targets.path"). */
static bool same_path(const char *row, const char *path)
{
	while (*row && *path) {
		if (!strncmp(row, "[]", 2)) {
			row += 2;
			continue;
		}
		if (*row++ != *path++)
			return false;
	}
	return !*row && !*path;
}

/* Whether CloudFormation schema pattern p (ECMA-262, searching the value,
 * as checks/schema/validate.c runs it) takes s: 1 takes, 0 refuses (*pattern
 * p), -1 no pattern. */
static int ecma_takes(const char *p, const char *s, const char **pattern)
{
	int err, rc = 1;
	PCRE2_SIZE off;
	pcre2_code *re = p ? pcre2_compile((PCRE2_SPTR)p, PCRE2_ZERO_TERMINATED,
					   AWS_ECMA_PCRE2_OPTIONS, &err, &off, NULL)
			   : NULL;
	if (!re)
		return -1;
	pcre2_match_data *md = pcre2_match_data_create_from_pattern(re, NULL);
	if (md)
		rc = pcre2_match(re, (PCRE2_SPTR)s, strlen(s), 0, 0, md, NULL) ==
		     PCRE2_ERROR_NOMATCH ? 0 : 1;
	pcre2_match_data_free(md);
	pcre2_code_free(re);
	*pattern = p;
	return rc;
}

/* Whether the pattern AWS holds attribute `path` of `type` to takes s
 * (`element`: s is an element of the list at path): an awscc type's
 * schema's, a written type's row of the constraints table (a model's),
 * or its awscc twin's schema's (aws_cfn_values). 1 takes, 0 refuses
 * (*pattern the pattern), -1 no pattern. */
static int pattern_takes(const char *type, const char *path, bool element, const char *s,
			 const char **pattern)
{
	const struct resource_type *rt = cc_type_find(type);

	if (rt && rt->family == TYPE_FAMILY_FROM_DATA)
		return ecma_takes(json_string_value(json_object_get(cc_node_at(type, path), "pattern")),
				  s, pattern);
	for (const struct aws_check_row *c = aws_constraints; c->type; c++) {
		if (c->kind != 's' || !c->pattern || c->each != element || strcmp(c->type, type) ||
		    !same_path(c->attr, path))
			continue;
		*pattern = c->pattern;
		return aws_constraint_matches(c, s) ? 1 : 0;
	}
	for (const struct aws_cfn_value *r = aws_cfn_values; r->type; r++)
		if (r->kind == 's' && (r->judged & AWS_CFN_PATTERN) && r->each == element &&
		    !strcmp(r->type, type) && same_path(r->attr, path))
			return ecma_takes(json_string_value(json_object_get(cc_twin_node(r), "pattern")),
					  s, pattern);
	return -1;
}

/* The one service an ARN pattern p names (p past its leading ^ and
 * groups: "arn:.*:kinesis:[a-zA-Z0-9\-]+:..." names "kinesis"): its
 * third part when that is a plain word (lower-case letters, digits, '-'),
 * after a partition part of no ':' outside brackets; false when p is no
 * ARN's or its service part is a choice or a class (arn:aws:(sqs|sns):). */
static bool pattern_arn_service(const char *p, char *out, size_t size)
{
	size_t n = 0;
	int depth = 0;

	if (strncmp(p, "arn:", 4))
		return false;
	for (p += 4; *p && (depth || *p != ':'); p++) /* the partition */
		depth += *p == '[' ? 1 : *p == ']' && depth ? -1 : 0;
	if (*p++ != ':')
		return false;
	while (p[n] && p[n] != ':' && n + 1 < size &&
	       ((p[n] >= 'a' && p[n] <= 'z') || (p[n] >= '0' && p[n] <= '9') || p[n] == '-'))
		n++;
	if (!n || p[n] != ':')
		return false;
	memcpy(out, p, n);
	out[n] = '\0';
	return true;
}

/* Pattern p past its leading ^ and groups' openings. */
static const char *pattern_body(const char *p)
{
	while (*p == '^' || *p == '(' || (p[0] == '?' && p[1] == ':'))
		p += p[0] == '?' ? 2 : 1;
	return p;
}

/* The word an ARN's resource part (p) begins with, before its '/' or ':'
 * ("role/NAME": "role"), in out; false when it begins with no such word. */
static bool resource_word(const char *p, char *out, size_t size)
{
	size_t n = 0;

	while (p[n] && n + 1 < size && ((p[n] >= 'a' && p[n] <= 'z') || p[n] == '-'))
		n++;
	if (!n || (p[n] != '/' && p[n] != ':'))
		return false;
	memcpy(out, p, n);
	out[n] = '\0';
	return true;
}

/* The resource type an ARN pattern's resource part begins with, when it is
 * written as a word ("arn:...:iam::(\d{12}|aws):policy/...": "policy"),
 * in out; false otherwise. The four parts before it are skipped at their
 * ':' outside brackets and groups. */
static bool pattern_arn_resource(const char *p, char *out, size_t size)
{
	int depth = 0;

	if (strncmp(p, "arn:", 4))
		return false;
	p += 4;
	for (int part = 0; part < 4; part++) {
		for (; *p && (depth || *p != ':'); p++)
			depth += *p == '[' || *p == '(' ? 1 : (*p == ']' || *p == ')') && depth ? -1 : 0;
		if (*p++ != ':')
			return false;
	}
	return resource_word(p, out, size);
}

/* The same of an ARN itself ("arn:aws:iam::123456789012:role/NAME": "role"). */
static bool arn_resource(const char *arn, char *out, size_t size)
{
	const char *p = arn;

	for (int part = 0; part < 5; part++)
		if (!(p = strchr(p, ':')) || !*++p)
			return false;
	return resource_word(p, out, size);
}

/* Whether kind k's example is an ARN of another service than the one ARN
 * pattern p names (a queue's ARN where arn:.*:kinesis:... is taken), or of
 * the same service and another resource type, where both write it as a
 * word (a role's ARN, :role/, where arn:...:iam::...:policy/ is taken). */
static bool arn_of_another_service(const struct aws_kind *k, const char *p)
{
	char wants[32], has[32];
	const char *service = !strncmp(k->example, "arn:", 4) ? strchr(k->example + 4, ':') : NULL;
	size_t len = service ? strcspn(++service, ":") : 0;

	if (!len || !pattern_arn_service(pattern_body(p), wants, sizeof(wants)))
		return false;
	if (strlen(wants) != len || strncmp(wants, service, len))
		return true;
	return pattern_arn_resource(pattern_body(p), wants, sizeof(wants)) &&
	       arn_resource(k->example, has, sizeof(has)) && strcmp(wants, has);
}

/* Whether the pattern may take some value of kind k: its example, or the
 * example with its placeholders ("ID", "NAME") made a key's id or a
 * lower-case name, or a value of k's shape (below), so that only a shape
 * the pattern cannot take (an ARN's ':' and '/' where a name's characters
 * are) is refused. A kind without a pattern of its own has no example to
 * trust: taken. */
static bool pattern_takes_kind(const char *type, const char *path, bool element,
			       const struct aws_kind *k, const char **pattern)
{
	static const char *const from[] = { "ID", "NAME", "CONSUMER" };
	static const char *const to[] = { "1234abcd-12ab-34cd-56ef-1234567890ab", "name", "c" };
	struct strbuf v = STRBUF_INIT;
	int rc;

	if ((rc = pattern_takes(type, path, element, k->example, pattern)) != 0)
		return true;
	if (!k->pattern) /* its example's service alone is to be trusted */
		return !arn_of_another_service(k, *pattern);
	for (const char *p = k->example; *p;) {
		size_t i;
		for (i = 0; i < sizeof(from) / sizeof(*from); i++)
			if (!strncmp(p, from[i], strlen(from[i])))
				break;
		if (i < sizeof(from) / sizeof(*from)) {
			strbuf_addstr(&v, to[i]);
			p += strlen(from[i]);
		} else {
			strbuf_addch(&v, *p++);
		}
	}
	rc = pattern_takes(type, path, element, v.buf, pattern);
	strbuf_release(&v);
	if (rc != 0)
		return true;
	/* Refused only for the shape: an ARN where the pattern takes a plain
	 * name ("name" passes it), or a plain value where it takes an ARN
	 * only (it begins with "arn"), or an ARN of another service where the
	 * pattern names one (arn:.*:kinesis:..., a queue's ARN given); a
	 * pattern that narrows the kind's own values (OpenSearch Ingestion's
	 * log group under /aws/vendedlogs/) says nothing of the reference's
	 * kind. */
	const char *unused, *p = pattern_body(*pattern);
	if (!strncmp(k->example, "arn:", 4))
		return !arn_of_another_service(k, *pattern) &&
		       pattern_takes(type, path, element, "name", &unused) != 1;
	return strncmp(p, "arn", 3) != 0;
}

struct fitting {
	struct checking *c;
	struct strbuf path, where;
};

/* The attribute of r other than `given` that attribute `path` names by its
 * last word (bucket_arn: "arn"; role_name: "name", or an awscc role's
 * "role_name"), when r's type has it; else NULL. Static storage or r's. */
static const char *attr_named_as(const struct written_resource *r, const char *given,
				 const char *path)
{
	static char cand[2][96];
	const char *last = strrchr(path, '.'), *word;
	const char *resource = strrchr(r->type, '.');
	const struct resource_type *rt = r->rtype;

	last = last ? last + 1 : path;
	word = strrchr(last, '_');
	word = word ? word + 1 : last;
	snprintf(cand[0], sizeof(cand[0]), "%s", word);
	snprintf(cand[1], sizeof(cand[1]), "%s_%s", resource ? resource + 1 : r->type, word);
	for (size_t i = 0; rt && i < 2; i++)
		if (strcmp(cand[i], given) && schema_find(rt->attrs, cand[i]))
			return cand[i];
	return NULL;
}

static void check_fit(struct fitting *f, const char *s, bool element)
{
	const struct written_resource *rs = f->c->rs;
	const char *type = rs[f->c->at].type, *pattern = NULL;
	char attr[64];
	size_t other = aws_kind_reference(rs, f->c->n, s, attr, sizeof(attr));

	if (other == WRITTEN_NONE || aws_kinds_of(type, f->path.buf, false).n)
		return; /* no reference, or the kinds check judges it */
	struct aws_kinds gives = aws_kinds_of(rs[other].type, attr, true);
	if (gives.n != 1 ||
	    pattern_takes_kind(type, f->path.buf, element, gives.k[0], &pattern))
		return;
	struct strbuf msg = STRBUF_INIT;
	strbuf_addf(&msg, "%s: %s gives %s (e.g. %s), which the pattern this attribute takes, %s, "
		    "refuses", f->where.buf, s, gives.k[0]->words, gives.k[0]->example, pattern);
	const char *right = attr_named_as(&rs[other], attr, f->path.buf);
	if (right)
		strbuf_addf(&msg, ": write ${%s.%s}", rs[other].name, right);
	f->c->report(f->c->ctx, &(struct check_finding){
		.warning = false, .which = f->c->at, .attr = f->where.buf, .other = WRITTEN_NONE,
		.message = msg.buf });
	strbuf_release(&msg);
}

static void walk_fit(struct fitting *f, const json_t *v, bool element)
{
	size_t at = f->path.len, where_at = f->where.len, i;
	const char *key;
	json_t *x;

	if (json_is_string(v)) {
		check_fit(f, json_string_value(v), element);
	} else if (json_is_array(v)) {
		json_array_foreach(v, i, x) {
			strbuf_addf(&f->where, "[%zu]", i);
			walk_fit(f, x, true);
			strbuf_setlen(&f->where, where_at);
		}
	} else if (json_is_object(v) && !value_not_known(v)) {
		json_object_foreach((json_t *)v, key, x) {
			if (value_key_not_known(key))
				continue;
			strbuf_addf(&f->path, "%s%s", at ? "." : "", key);
			strbuf_addf(&f->where, "%s%s", where_at ? "." : "", key);
			walk_fit(f, x, false);
			strbuf_setlen(&f->path, at);
			strbuf_setlen(&f->where, where_at);
		}
	}
}

void aws_check_kinds(const struct written_resource *rs, size_t n, check_report_fn report,
		     void *ctx)
{
	struct checking c = { rs, n, 0, report, ctx };

	for (c.at = 0; c.at < n; c.at++) {
		if (!json_is_object(rs[c.at].config))
			continue;
		aws_kinds_walk(rs[c.at].type, rs[c.at].config, check_string, &c);
		struct fitting f = { &c, STRBUF_INIT, STRBUF_INIT };
		walk_fit(&f, rs[c.at].config, false);
		strbuf_release(&f.path);
		strbuf_release(&f.where);
	}
}
