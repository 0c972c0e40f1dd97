/*
 * checks/run_values.c: the runner of the VALUE and RESOURCE rows of the one
 * table of checks (checks/row.h), skipping the STACK and READ rows: the
 * models' constraints (checks/constraints.gen.c, generated from constraints.map),
 * CloudFormation's schemas' keywords on what they leave (aws_cfn_values,
 * from cfn.map, each value judged by its awscc twin's walk: cloudcontrol's
 * cc_check_twin) and the written rules (aws_rules_tables: checks/tables.c's
 * list of each service's rows, in its rules.c), row by row, on the
 * attributes of a resource as written or as evaluated, following a row's
 * path into nested blocks and lists (a model's row's pattern matched by
 * checks/match.c); and the walk of the written rows of each scope
 * (aws_rules_next, aws_rows_next).
 * cfn-lint's extension rules and per-region lists for a written type, and
 * the rules between attributes, are checks/cfn.c's.
 */
#include "provider/aws/checks/checks.h"

#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "provider/aws/cloudcontrol/api.h"
#include "provider/aws/checks/known_text.h"
#include "provider/aws/checks/schema/api.h"
#include "provider/aws/checks/rules.h"
#include "provider/aws/checks/words.h"
#include "provider/aws/server.h"
#include "provider/base/diag.h"
#include "provider/base/text.h"

/* Whether v is a number for an 'n' row, in *n: a number, or a number
 * written as text ("31", "9600": a schema that types as a string what the
 * API's member takes as a number, which Cloud Control sends as one). */
static bool number_written(const json_t *v, double *n)
{
	const char *text = json_string_value(v);
	char *end = NULL;

	if (json_is_number(v)) {
		*n = json_number_value(v);
		return true;
	}
	if (!text || !*text || value_not_known(v))
		return false;
	*n = strtod(text, &end);
	return !*end && isfinite(*n);
}

/* A number against an 'n' row that lists the numbers it takes; a number
 * written as text ("31") counts as the number. */
static int check_number_of(const struct aws_check_row *c, const json_t *v, struct strbuf *err)
{
	double d;

	if (!number_written(v, &d))
		return 0;
	for (const char *const *e = c->enums; *e; e++)
		if (strtod(*e, NULL) == d)
			return 0;
	strbuf_addf(err, "%.15g is not one of ", d);
	for (const char *const *e = c->enums; *e; e++)
		strbuf_addf(err, "%s%s", e == c->enums ? "" : ", ", *e);
	strbuf_addf(err, " (e.g. %s; %s)", c->example ? c->example : c->enums[0], c->source);
	return -1;
}

/* One value against one constraint; -1 with the message (no attribute). */
/* Between row c on the resource's attributes: 0, or -1 with "ATTR: WHY
 * (SOURCE)" in err and *at the attribute at fault (kept for the process). */
static int check_between(const struct aws_check_row *c, const json_t *attrs, const char **at,
			 struct strbuf *err)
{
	json_t *rule = json_loads(c->between, 0, NULL);
	struct strbuf why = STRBUF_INIT;
	const char *name = NULL;
	int rc = 0;

	*at = NULL;
	if (rule && value_known_object(attrs) && cc_between_check(rule, attrs, &why, &name)) {
		*at = name ? text_kept(name) : NULL;
		if (*at)
			strbuf_addf(err, "%s: ", *at);
		strbuf_addf(err, "%s (%s)", why.buf, c->source);
		rc = -1;
	}
	strbuf_release(&why);
	json_decref(rule);
	return rc;
}

static int check_value(const struct aws_check_row *c, const json_t *v, const json_t *resource,
		       struct strbuf *err)
{
	if (value_not_known(v))
		return c->kind == 'r' && c->known_text ? c->rule(v, resource, err)
						       : aws_known_text_check(c, v, err);
	if (json_is_null(v))
		return 0;
	switch (c->kind) {
	case 's':
		if (!json_is_string(v))
			return 0;
		if (c->enums) {
			for (const char *const *e = c->enums; *e; e++)
				if (!strcmp(*e, json_string_value(v)))
					return 0;
			size_t n_enums = 0;
			while (c->enums[n_enums])
				n_enums++;
			/* immutable is IMMUTABLE */
			const char *like = schema_name_like(json_string_value(v), c->enums,
							    n_enums);
			/* A list AWS grows leaves a name it does not hold to AWS (a
			 * warning, aws_constraints_warn: AWS may have launched it
			 * since the models were taken), but not one of its names
			 * written with another case or separators ("g.1x", "G1X"):
			 * AWS's names are exact, so that is a slip, never a new one. */
			if (c->grows && !like)
				return 0;
			strbuf_addf(err, "\"%s\" is not one of ", json_string_value(v));
			for (const char *const *e = c->enums; *e; e++)
				strbuf_addf(err, "%s%s", e == c->enums ? "" : ", ", *e);
			if (like)
				strbuf_addf(err, " (did you mean \"%s\"? %s)", like, c->source);
			else
				strbuf_addf(err, " (e.g. \"%s\"; %s)", c->enums[0], c->source);
			return -1;
		}
		if ((c->has_min || c->has_max) && aws_constraint_outside(c, (double)utf8_chars(json_string_value(v)))) {
			strbuf_addf(err, "%zu characters, where AWS takes ",
				    utf8_chars(json_string_value(v)));
			aws_constraint_range_text(c, " characters", err);
			strbuf_addf(err, " (%s)", c->source);
			return -1;
		}
		if (aws_constraint_matches(c, json_string_value(v)))
			return 0;
		aws_constraint_quote(err, json_string_value(v));
		strbuf_addf(err, " does not match the pattern AWS takes, %s (", c->pattern);
		if (c->example)
			strbuf_addf(err, "e.g. \"%s\"; ", c->example);
		strbuf_addf(err, "%s)", c->source);
		return -1;
	case 'n': {
		double n;

		if (c->enums)
			return check_number_of(c, v, err);
		if (!number_written(v, &n))
			return 0;
		if (c->whole && n != floor(n)) {
			strbuf_addf(err, "%.15g is not a whole number, which AWS takes (e.g. %.15g; %s)",
				    n, c->has_min ? c->min : floor(n), c->source);
			return -1;
		}
		if (!aws_constraint_outside(c, n))
			return 0;
		strbuf_addf(err, "%.15g, where AWS takes ", n);
		aws_constraint_range_text(c, "", err);
		strbuf_addf(err, " (e.g. %.15g; %s)", c->has_min ? c->min : c->max, c->source);
		return -1;
	}
	case 'l':
		if (!json_is_array(v) || !aws_constraint_outside(c, (double)json_array_size(v)))
			return 0;
		strbuf_addf(err, "%zu items, where AWS takes ", json_array_size(v));
		aws_constraint_range_text(c, " items", err);
		strbuf_addf(err, " (%s)", c->source);
		return -1;
	case 'c':
		return json_is_string(v) ? aws_constraint_check_name(c, json_string_value(v), err) : 0;
	case 'r':
		return c->rule(v, resource, err);
	case 'w':
		return aws_words_check(c, resource, NULL, NULL, NULL, err);
	case 'b': {
		const char *at;
		return check_between(c, resource, &at, err);
	}
	}
	return 0;
}

/* A row this runner runs: VALUE or RESOURCE (STACK and READ rows have
 * their own runners). */
static bool runs_on_values(const struct aws_check_row *c)
{
	return c->scope == AWS_SCOPE_VALUE || c->scope == AWS_SCOPE_RESOURCE;
}

/* Whether row c is about resource type `type`: its type, or a prefix of
 * it ending in '*' ("aws.*", "awscc.rds.db_*"; aws_row_type_names). */
static bool row_of(const struct aws_check_row *c, const char *type)
{
	return aws_row_type_names(c->type, type);
}

/* The rows of one type, found once a type (a process judges few types and
 * many resources of each: a row of every table walked per resource was the
 * plan's cost at 10,000 resources): the models' rows (aws_constraints) and
 * the written rows of values and resources (aws_rules_next's), each in its
 * table's order, each list ending with NULL. */
struct type_rows {
	char *type;
	const struct aws_check_row **models, **written;
	struct type_rows *next;
};
static struct type_rows *type_rows;
static pthread_mutex_t type_rows_mu = PTHREAD_MUTEX_INITIALIZER;

static const struct aws_check_row **rows_matching(const struct aws_check_row *first,
						  const struct aws_check_row *(*next)(
							  const struct aws_check_row *),
						  const char *type)
{
	size_t n = 0, cap = 8;
	const struct aws_check_row **out = xcalloc(cap, sizeof(*out));

	for (const struct aws_check_row *c = first; c; c = next(c))
		if (row_of(c, type)) {
			if (n + 1 == cap)
				out = xrealloc(out, (cap *= 2) * sizeof(*out));
			out[n++] = c;
		}
	out[n] = NULL;
	return out;
}

static const struct aws_check_row *model_row_next(const struct aws_check_row *c)
{
	return c[1].type ? c + 1 : NULL;
}

static const struct type_rows *rows_of_type(const char *type)
{
	struct type_rows *t;

	pthread_mutex_lock(&type_rows_mu);
	for (t = type_rows; t && strcmp(t->type, type); t = t->next)
		;
	if (!t) {
		t = xcalloc(1, sizeof(*t));
		t->type = xstrdup(type);
		t->models = rows_matching(aws_constraints[0].type ? aws_constraints : NULL,
					  model_row_next, type);
		t->written = rows_matching(aws_rules_next(NULL), aws_rules_next, type);
		t->next = type_rows;
		type_rows = t;
	}
	pthread_mutex_unlock(&type_rows_mu);
	return t;
}

/* What check_path judges at the end of a path: a row of the table, or a
 * written twin's row of a CloudFormation schema's keywords, which the awscc
 * type's walk judges (cloudcontrol's cc_check_twin). */
struct leaf {
	const struct aws_check_row *row;
	const struct aws_cfn_value *twin;
	const struct resource_type *awscc; /* the twin's awscc type */
	const json_t *node;                /* its property's node there */
	bool each;
	char kind;
};

static int check_leaf(const struct leaf *c, const json_t *v, const json_t *resource,
		      struct strbuf *why)
{
	return c->row ? check_value(c->row, v, resource, why)
		      : cc_check_twin(c->awscc, c->node, c->twin, v, why);
}

/*
 * Leaf c on the value at `path` (the rest of its row's attr) inside v: a
 * member of an object ("a.b"), each element of a list ("a[].b"). `shown`
 * gets the path of the value at fault as a message names it
 * ("s3_targets[1].path"). -1 with the message in why.
 */
static int check_path(const struct leaf *c, const char *path, const json_t *v,
		      const json_t *resource, struct strbuf *shown, struct strbuf *why)
{
	size_t n = strcspn(path, ".[");
	const json_t *member;

	if (!value_known_object(v))
		return 0;
	{
		char key[128];
		if (n >= sizeof(key))
			return 0;
		memcpy(key, path, n);
		key[n] = '\0';
		member = json_object_get(v, key);
	}
	/* a value not known yet is judged at the path's end, by its known text */
	if (!member || json_is_null(member) || (value_not_known(member) && path[n]))
		return 0;
	strbuf_addf(shown, "%s%.*s", shown->len ? "." : "", (int)n, path);
	path += n;
	if (!strncmp(path, "[]", 2)) {
		size_t i, at = shown->len;
		const json_t *item;
		if (!json_is_array(member))
			return 0;
		path += 2;
		json_array_foreach(member, i, item) {
			strbuf_setlen(shown, at);
			strbuf_addf(shown, "[%zu]", i);
			if (*path == '.' ? check_path(c, path + 1, item, resource, shown, why)
					 : check_leaf(c, item, resource, why))
				return -1;
		}
		return 0;
	}
	if (*path == '.')
		return check_path(c, path + 1, member, resource, shown, why);
	if (c->each && json_is_array(member)) {
		size_t i, at = shown->len;
		const json_t *item;
		json_array_foreach(member, i, item) {
			strbuf_setlen(shown, at);
			strbuf_addf(shown, "[%zu]", i);
			if (check_leaf(c, item, resource, why))
				return -1;
		}
		return 0;
	}
	/* A single value standing for a list of one is checked as an element. */
	if (c->each || c->kind != 'l' || json_is_array(member))
		return check_leaf(c, member, resource, why);
	return 0;
}

/* Whether row c's attribute is sent as written: always, or while its
 * sent_if attribute is true (not known yet: not judged now). */
static bool row_sent(const struct aws_check_row *c, const json_t *attrs)
{
	const json_t *v = attrs;
	const char *path = c->sent_if;
	char key[128];

	while (path && *path && value_known_object(v)) {
		size_t n = strcspn(path, ".");
		if (n >= sizeof(key))
			return false;
		memcpy(key, path, n);
		key[n] = '\0';
		v = json_object_get(v, key);
		path += n + (path[n] == '.');
	}
	return !path || json_is_true(v);
}

/* Row c's leaf. */
static struct leaf row_leaf(const struct aws_check_row *c)
{
	return (struct leaf){ .row = c, .each = c->each, .kind = c->kind };
}

int aws_constraint_check_row(const struct aws_check_row *c, const json_t *attrs,
			     struct strbuf *err)
{
	struct strbuf shown = STRBUF_INIT;
	struct leaf leaf = row_leaf(c);
	int rc = !row_sent(c, attrs) ? 0
		 : !*c->attr ? (value_known_object(attrs) ? check_value(c, attrs, attrs, err) : 0)
			     : check_path(&leaf, c->attr, attrs, attrs, &shown, err);
	strbuf_release(&shown);
	return rc;
}

/* What the rows marked account_default add to their message: where they
 * hold, and how a stack says it talks to another server. */
#define ACCOUNT_DEFAULT_NOTE \
	" (an AWS account's default: a provider whose server is not AWS says so with " \
	"server: minio, ceph or other)"

/* What the rows are judged for: the provider's server (the rows marked
 * account_default run where it is AWS) and region (the words rows' on
 * it), and the object the request goes to (NULL: none yet, a create). */
struct judged_call {
	enum aws_server server;
	const char *region;
	const json_t *prior;
	bool may_exist; /* judged as a create (prior NULL), but whether the object
			 * exists is not known (`terrace validate`): a dated row
			 * warns (warn_created) */
};

/* The rows of `type` (rows_of_type's list), in order; -1 at the first
 * that fails. */
static int check_rows(const struct aws_check_row *const *rows, const json_t *attrs,
		      const struct judged_call *call, const char **attr, struct strbuf *err)
{
	for (const struct aws_check_row *c; (c = *rows); rows++) {
		struct strbuf shown = STRBUF_INIT, why = STRBUF_INIT;
		struct leaf leaf = row_leaf(c);

		if (!runs_on_values(c) || c->warn_only ||
		    (c->account_default && call->server != AWS_SERVER_AWS) || !row_sent(c, attrs))
			continue; /* another scope's runner's; a warning
				   * (aws_constraints_warn), or not known yet */
		if (c->kind != 'w' && (!aws_words_judged(c, attrs, call->prior) ||
				       (c->dated && call->may_exist)))
			continue; /* a row of the create, on an object that exists
				   * (or not known yet, or, dated, at validate):
				   * warn_created's */
		if (c->kind == 'w') { /* AWS's words, on the request they are about */
			if (aws_words_judged(c, attrs, call->prior) &&
			    aws_words_check(c, attrs, call->prior, call->region, attr, err))
				return -1;
			continue;
		}
		if (c->kind == 'b') { /* a rule between the resource's attributes */
			const char *at;
			if (!check_between(c, attrs, &at, err))
				continue;
			if (attr)
				*attr = at;
			return -1;
		}
		/* A row for the whole resource (settings that go together) has no
		 * attribute, and its message no prefix. */
		if (!*c->attr ? value_known_object(attrs) && check_value(c, attrs, attrs, &why)
			      : check_path(&leaf, c->attr, attrs, attrs, &shown, &why)) {
			if (shown.len)
				strbuf_addf(err, "%s: ", shown.buf);
			strbuf_addstr(err, why.buf);
			if (c->account_default)
				strbuf_addstr(err, ACCOUNT_DEFAULT_NOTE);
			if (attr)
				*attr = c->attr; /* static: the error takes the attribute's position */
			strbuf_release(&shown);
			strbuf_release(&why);
			return -1;
		}
		strbuf_release(&shown);
		strbuf_release(&why);
	}
	return 0;
}

/* Leaf c on the value at `path` of a resource's attributes: -1 with
 * "SHOWN: WHY" in err and *attr the path (static: the error takes the
 * attribute's position) when it fails. */
static int check_leaf_at(const struct leaf *c, const char *path, const json_t *attrs,
			 const char **attr, struct strbuf *err)
{
	struct strbuf shown = STRBUF_INIT, why = STRBUF_INIT;
	int rc = check_path(c, path, attrs, attrs, &shown, &why);

	if (rc) {
		strbuf_addf(err, "%s: %s", shown.buf, why.buf);
		if (attr)
			*attr = path;
	}
	strbuf_release(&shown);
	strbuf_release(&why);
	return rc ? -1 : 0;
}

/* The written twins' rows of CloudFormation's schemas for `type`, each
 * judged by its awscc type's walk; -1 at the first that fails. */
static int check_twins(const char *type, const json_t *attrs, const char **attr,
		       struct strbuf *err)
{
	for (const struct aws_cfn_value *r = aws_cfn_values; r->type; r++) {
		struct leaf leaf = { .twin = r, .each = r->each, .kind = r->kind };

		if (strcmp(r->type, type))
			continue;
		leaf.awscc = cc_type_find(r->awscc);
		leaf.node = cc_twin_node(r);
		if (check_leaf_at(&leaf, r->attr, attrs, attr, err))
			return -1;
	}
	return 0;
}

/* Whether row c is one of twin t's written attribute's rows that judge the
 * awscc value: a data row (the value's words, range, characters or list
 * size) or a rule row, as t says (a rule that reads the written type's
 * other attributes never does: gen_constraints.py's twin_value_rows). */
static bool twin_row_of(const struct aws_check_row *c, const struct aws_twin_row *t)
{
	return c->scope == AWS_SCOPE_VALUE && !c->warn_only && !c->account_default &&
	       !c->sent_if && !c->grows && !strcmp(c->type, t->type) &&
	       !strcmp(c->attr, t->attr) &&
	       ((t->data && strchr("sncl", c->kind) && !c->rule) || (t->rules && c->kind == 'r'));
}

/* Twin t's written rows of `table` on an awscc resource's value at
 * t->awscc_attr; -1 at the first that fails, the message naming the awscc
 * attribute. */
static int check_twin_rows(const struct aws_check_row *table, const struct aws_twin_row *t,
			   const json_t *attrs, const char **attr, struct strbuf *err)
{
	for (const struct aws_check_row *c = table; c->type; c++) {
		struct leaf leaf = row_leaf(c);

		if (twin_row_of(c, t) && check_leaf_at(&leaf, t->awscc_attr, attrs, attr, err))
			return -1;
	}
	return 0;
}

/* An awscc type's values judged by its written twin's rows that say what
 * AWS's call takes (aws_twin_rows, from cfn.map): the models' rows, then
 * the written ones. */
static int check_awscc_by_twin(const char *type, const json_t *attrs, const char **attr,
			       struct strbuf *err)
{
	for (const struct aws_twin_row *t = aws_twin_rows; t->awscc; t++) {
		if (strcmp(t->awscc, type))
			continue;
		if (check_twin_rows(aws_constraints, t, attrs, attr, err))
			return -1;
		for (const struct aws_check_row *const *w = aws_rules_tables; *w; w++)
			if (check_twin_rows(*w, t, attrs, attr, err))
				return -1;
	}
	return 0;
}

/* The rows of `type` on attrs, as aws_constraints_check, judged as a create
 * of an object that may exist already when may_exist (prior NULL). */
static int check_all_rows(const char *type, const json_t *attrs, const json_t *provider,
			  const json_t *prior, bool may_exist, const char **attr,
			  struct strbuf *err)
{
	struct judged_call call = { aws_provider_server(provider), aws_provider_region(provider),
				    prior, may_exist };

	/* the models' rows, then CloudFormation's schemas' on what the models
	 * leave, then the written rows (an awscc type's words rows, in AWS's
	 * sentences), then an awscc type's written twin's rows (aws_twin_rows) */
	const struct type_rows *rows = rows_of_type(type);

	if (check_rows(rows->models, attrs, &call, attr, err) ||
	    check_twins(type, attrs, attr, err) ||
	    check_rows(rows->written, attrs, &call, attr, err))
		return -1;
	if (check_awscc_by_twin(type, attrs, attr, err))
		return -1;
	return 0;
}

int aws_constraints_check(const char *type, const json_t *attrs, const json_t *provider,
			  const json_t *prior, const char **attr, struct strbuf *err)
{
	return check_all_rows(type, attrs, provider, prior, false, attr, err);
}

int aws_constraints_check_may_exist(const char *type, const json_t *attrs,
				    const json_t *provider, const char **attr, struct strbuf *err)
{
	return check_all_rows(type, attrs, provider, NULL, true, attr, err);
}

/* Each table of aws_rules_tables' end (its { NULL } row), in its order and
 * ending with NULL, found once: the walk below steps from a table's last row
 * to the next table's first without walking the tables before it again (a
 * walk per resource and scope; 55 tables of several thousand rows). */
static const struct aws_check_row **table_ends;
static pthread_once_t table_ends_once = PTHREAD_ONCE_INIT;

static void find_table_ends(void)
{
	size_t n = 0;

	while (aws_rules_tables[n])
		n++;
	table_ends = xcalloc(n + 1, sizeof(*table_ends));
	for (size_t i = 0; i < n; i++) {
		const struct aws_check_row *end = aws_rules_tables[i];
		while (end->type)
			end++;
		table_ends[i] = end;
	}
}

/* The written row after c in aws_rules_tables' order, of any scope (c
 * NULL: the first); NULL after the last. */
static const struct aws_check_row *any_row_next(const struct aws_check_row *c)
{
	size_t t = 0;

	if (c && c[1].type)
		return c + 1;
	if (c) { /* past the last row of its table: the next table's first */
		pthread_once(&table_ends_once, find_table_ends);
		while (table_ends[t] && table_ends[t] != c + 1)
			t++;
		if (table_ends[t])
			t++;
	}
	for (; aws_rules_tables[t]; t++)
		if (aws_rules_tables[t]->type)
			return aws_rules_tables[t];
	return NULL;
}

const struct aws_check_row *aws_rules_next(const struct aws_check_row *c)
{
	do
		c = any_row_next(c);
	while (c && !runs_on_values(c));
	return c;
}

const struct aws_check_row *aws_rows_next(const struct aws_check_row *c,
					  enum aws_check_scope scope)
{
	do
		c = any_row_next(c);
	while (c && c->scope != scope);
	return c;
}

bool aws_row_type_names(const char *row_type, const char *type)
{
	size_t len = strlen(row_type);

	return !strcmp(row_type, type) ||
	       (len > 1 && row_type[len - 1] == '*' && !strncmp(row_type, type, len - 1));
}

/* An enum AWS grows, as its warning reads it: a models' row's, or a
 * written twin's (its values its awscc type's schema's). */
struct growing {
	const char *const *enums; /* n of them */
	size_t n;
	const char *attr, *source;
	bool each;
};

/* Value v of growing enum c, when the models do not list it: the warning. */
static void warn_value(const struct growing *c, const json_t *v, check_report_fn report,
		       void *ctx)
{
	const char *s = json_string_value(v);
	const char *near[3];
	size_t got;
	struct strbuf msg = STRBUF_INIT;

	if (!s || value_not_known(v))
		return;
	for (size_t i = 0; i < c->n; i++)
		if (!strcmp(c->enums[i], s))
			return;
	if (schema_name_like(s, c->enums, c->n))
		return; /* a known name misspelt: check_value's error, or cc_check_twin's */
	got = diag_nearest(s, c->enums, c->n, near, 3);
	strbuf_addf(&msg, "%s: ", c->attr);
	strbuf_add_safe(&msg, s, strlen(s), TEXT_VALUE);
	strbuf_addf(&msg, " is not one the installed AWS models know (%s); AWS adds new ones, so "
		    "it is left to AWS", c->source);
	for (size_t i = 0; i < got; i++)
		strbuf_addf(&msg, "%s%s", i ? ", " : "; nearest known: ", near[i]);
	report(ctx, &(struct check_finding){
		.warning = true, .attr = c->attr, .other = WRITTEN_NONE, .message = msg.buf });
	strbuf_release(&msg);
}

/* Growing enum c on the values at `path` (the rest of c->attr) inside v, as
 * check_path follows it: a member of a block ("a.b"), each element of a
 * list ("a[].b"), each element of the last member's list with `each`. */
static void warn_path(const struct growing *c, const char *path, const json_t *v,
		      check_report_fn report, void *ctx)
{
	size_t n = strcspn(path, ".["), i;
	const json_t *member, *item;
	char key[128];

	if (!value_known_object(v) || n >= sizeof(key))
		return;
	memcpy(key, path, n);
	key[n] = '\0';
	member = json_object_get(v, key);
	if (!member || json_is_null(member) || value_not_known(member))
		return;
	path += n;
	if (!strncmp(path, "[]", 2)) {
		if (json_is_array(member))
			json_array_foreach(member, i, item) {
				if (path[2] == '.')
					warn_path(c, path + 3, item, report, ctx);
				else
					warn_value(c, item, report, ctx);
			}
	} else if (*path == '.') {
		warn_path(c, path + 1, member, report, ctx);
	} else if (c->each && json_is_array(member)) {
		json_array_foreach(member, i, item)
			warn_value(c, item, report, ctx);
	} else {
		warn_value(c, member, report, ctx);
	}
}

/* The create rows of AWS's words (and the written rows of the create,
 * RULE_ON_CREATE_SINCE, on the whole resource) that an object which exists
 * already breaks: AWS judged its create long ago, and an update does not
 * send them, so each is a warning, never a refusal (prior unknown: whether
 * it exists is not known yet, and plan says it). At validate (may_exist,
 * prior NULL) the dated rows alone: whether the object exists is not known,
 * and one made before the date keeps what it breaks. */
static void warn_created(const char *type, const json_t *attrs, const json_t *provider,
			 const json_t *prior, bool may_exist, check_report_fn report, void *ctx)
{
	bool dated_alone = may_exist && !prior;

	if (!value_known_object(prior) && !dated_alone)
		return; /* a create, or an object not known yet: no row warns */
	for (const struct aws_check_row *const *r = rows_of_type(type)->written; *r; r++) {
		const struct aws_check_row *c = *r;
		struct strbuf why = STRBUF_INIT;
		const char *attr = "";

		if (c->call != AWS_CALL_CREATE || (dated_alone && !c->dated))
			continue;
		if (c->kind == 'w' ? aws_words_check(c, attrs, NULL, aws_provider_region(provider),
						     &attr, &why)
				   : (c->kind == 'r' && !*c->attr && value_known_object(attrs) &&
				      aws_constraint_check_row(c, attrs, &why))) {
			strbuf_addstr(&why, dated_alone
				? "; AWS refuses it when the object is created (plan refuses it then), "
				  "and an object made before keeps it, so validate does not refuse it"
				: "; AWS judges it when the object is created, and this one exists, "
				  "so it is not refused");
			report(ctx, &(struct check_finding){
				.warning = true, .attr = attr, .other = WRITTEN_NONE,
				.message = why.buf });
		}
		strbuf_release(&why);
	}
}

/* The warnings of aws_constraints_warn, of an object that may exist
 * already when may_exist (prior NULL). */
static void warn_all_rows(const char *type, const json_t *attrs, const json_t *provider,
			  const json_t *prior, bool may_exist, check_report_fn report, void *ctx)
{
	enum aws_server server = aws_provider_server(provider);

	warn_created(type, attrs, provider, prior, may_exist, report, ctx);

	const struct type_rows *rows = rows_of_type(type);

	for (const struct aws_check_row *const *r = rows->models; *r; r++)
		if ((*r)->grows && (*r)->enums) {
			const struct aws_check_row *c = *r;
			struct growing g = { c->enums, 0, c->attr, c->source, c->each };
			while (c->enums[g.n])
				g.n++;
			warn_path(&g, c->attr, attrs, report, ctx);
		}
	for (const struct aws_cfn_value *r = aws_cfn_values; r->type; r++) {
		const json_t *values, *e;
		size_t i;

		/* the schema's node looked up for the type's own rows alone */
		if (!r->grows || !(r->judged & AWS_CFN_ENUM) || strcmp(r->type, type))
			continue;
		values = json_object_get(cc_twin_node(r), "enum");
		if (!json_array_size(values))
			continue;
		struct growing g = { NULL, json_array_size(values), r->attr, r->source, r->each };
		const char **texts = xcalloc(g.n, sizeof(*texts));
		json_array_foreach(values, i, e)
			texts[i] = json_string_value(e) ? json_string_value(e) : "";
		g.enums = texts;
		warn_path(&g, r->attr, attrs, report, ctx);
		free(texts);
	}
	/* the written rows that warn: on a top-level attribute's known value */
	for (const struct aws_check_row *const *r = rows->written; *r; r++) {
		const struct aws_check_row *c = *r;
		const json_t *v;

		if (!c->warn || !value_known_object(attrs))
			continue;
		v = json_object_get(attrs, c->attr);
		if (v && !json_is_null(v) && !value_not_known(v))
			c->warn(v, c->attr, report, ctx);
	}
	/* the written rows whose breach is only a warning: those marked so,
	 * and those of an AWS account's defaults against another server */
	for (const struct aws_check_row *const *r = rows->written; *r; r++) {
		const struct aws_check_row *c = *r;
		struct strbuf why = STRBUF_INIT, msg = STRBUF_INIT;
		bool other = c->account_default && server == AWS_SERVER_OTHER;

		if ((c->warn_only || other) &&
		    aws_constraint_check_row(c, attrs, &why)) {
			strbuf_addf(&msg, "%s%s%s (%s; %s)", c->attr, *c->attr ? ": " : "", why.buf,
				    c->warn_only ? "AWS takes it"
						 : "what an AWS account has by default; the provider's "
						   "server is not AWS, so a warning",
				    c->source);
			report(ctx, &(struct check_finding){
				.warning = true, .attr = c->attr, .other = WRITTEN_NONE,
				.message = msg.buf });
		}
		strbuf_release(&why);
		strbuf_release(&msg);
	}
}

void aws_constraints_warn(const char *type, const json_t *attrs, const json_t *provider,
			  const json_t *prior, check_report_fn report, void *ctx)
{
	warn_all_rows(type, attrs, provider, prior, false, report, ctx);
}

void aws_constraints_warn_may_exist(const char *type, const json_t *attrs,
				    const json_t *provider, check_report_fn report, void *ctx)
{
	warn_all_rows(type, attrs, provider, NULL, true, report, ctx);
}
