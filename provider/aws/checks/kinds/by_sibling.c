/*
 * kinds/by_sibling.c: kinds that depend on a sibling, and rules that depend
 * on what a reference names (the rows: kinds/by_sibling.def). At validate,
 * and again at plan with the values known then:
 *   - a string whose kind its sibling asks for (an SNS subscription's
 *     endpoint for protocol sqs: an SQS queue's ARN) is held to it: a
 *     literal by the kind's pattern, a reference "${NAME.ATTR}" by the kind
 *     ATTR gives, refused naming the attribute that gives the right one
 *     ("write ${queue.arn}"); a sibling value no row names asks for nothing;
 *   - a reference to a resource whose attribute (a target group's
 *     target_type) does not go with this resource's (its task definition's
 *     network mode, followed through its reference) is refused, with AWS's
 *     error and what goes together;
 *   - a string of a kind that needs another attribute beside it (a log
 *     subscription to a Kinesis stream: role_arn) without it is refused.
 * A value not known yet, a reference to what gives no kind and a sibling
 * not known yet pass.
 */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "provider/aws/checks/kinds/api.h"
#include "provider/aws/checks/kinds/by_sibling.h"

struct own_kind {
	const char *name, *words, *pattern, *example;
};

static const struct own_kind own_kinds[] = {
#define KIND(name, words, pattern, example, source) { name, words, pattern, example },
#include "provider/aws/checks/kinds/by_sibling.def"
	{ NULL, NULL, NULL, NULL },
};

struct gives_row {
	const char *type, *attr, *kind;
};

static const struct gives_row gives_rows[] = {
#define GIVES(type, attr, kind) { type, attr, kind },
#include "provider/aws/checks/kinds/by_sibling.def"
	{ NULL, NULL, NULL },
};

const struct aws_by_sibling aws_by_sibling_rows[] = {
#define BY_SIBLING(type, path, sibling, dflt, values, kinds, said, source) \
	{ type, path, sibling, dflt, values, kinds, said, source },
#include "provider/aws/checks/kinds/by_sibling.def"
	{ NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL },
};

const struct aws_across aws_across_rows[] = {
#define ACROSS(type, path, self, self_values, other_types, other, other_values, other_default, \
	       why, fix, source)                                                              \
	{ type, path, self, self_values, other_types, other, other_values, other_default, why, fix, \
	  source },
#include "provider/aws/checks/kinds/by_sibling.def"
	{ NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL },
};

const struct aws_required_by_kind aws_required_by_kind_rows[] = {
#define REQUIRED_BY_KIND(type, path, kinds, required, why, fix, source) \
	{ type, path, kinds, required, why, fix, source },
#include "provider/aws/checks/kinds/by_sibling.def"
	{ NULL, NULL, NULL, NULL, NULL, NULL, NULL },
};

/* ---- kinds by name: aws_kinds[]'s where it has a pattern, else this file's ---- */

static pcre2_code **own_compiled;
static pthread_once_t own_once = PTHREAD_ONCE_INIT;

static void compile_own(void)
{
	size_t n = sizeof(own_kinds) / sizeof(*own_kinds);

	own_compiled = calloc(n, sizeof(*own_compiled));
	for (size_t i = 0; own_compiled && own_kinds[i].name; i++) {
		int rc;
		PCRE2_SIZE off;
		own_compiled[i] = pcre2_compile((PCRE2_SPTR)own_kinds[i].pattern,
						PCRE2_ZERO_TERMINATED,
						PCRE2_UTF | PCRE2_DOLLAR_ENDONLY, &rc, &off, NULL);
	}
}

static const struct own_kind *own_kind(const char *name, size_t len)
{
	for (const struct own_kind *k = own_kinds; k->name; k++)
		if (strlen(k->name) == len && !strncmp(k->name, name, len))
			return k;
	return NULL;
}

bool aws_by_sibling_kind_known(const char *name, size_t len)
{
	return aws_kind_named(name, len) || own_kind(name, len);
}

const char *aws_by_sibling_words(const char *name, size_t len)
{
	const struct aws_kind *t = aws_kind_named(name, len);
	const struct own_kind *o = own_kind(name, len);
	return t ? t->words : o ? o->words : NULL;
}

const char *aws_by_sibling_example(const char *name, size_t len)
{
	const struct aws_kind *t = aws_kind_named(name, len);
	const struct own_kind *o = own_kind(name, len);
	return t && t->pattern ? t->example : o ? o->example : t ? t->example : NULL;
}

int aws_by_sibling_literal_is(const char *name, size_t len, const char *s)
{
	const struct aws_kind *t = aws_kind_named(name, len);
	const struct own_kind *o = own_kind(name, len);

	if (t && t->pattern)
		return aws_kind_literal_is(t, s);
	if (!o)
		return -1;
	pthread_once(&own_once, compile_own);
	const pcre2_code *re = own_compiled ? own_compiled[o - own_kinds] : NULL;
	if (!re)
		return -1;
	pcre2_match_data *md = pcre2_match_data_create(1, NULL);
	int rc = md ? pcre2_match(re, (PCRE2_SPTR)s, strlen(s), 0, 0, md, NULL) : 0;
	pcre2_match_data_free(md);
	return rc != PCRE2_ERROR_NOMATCH;
}

/* Whether space-separated `list` holds word w (case matters unless fold). */
static bool list_has(const char *list, const char *w, bool fold)
{
	size_t wl = strlen(w);
	for (const char *p = list; p && *p;) {
		size_t len = strcspn(p, " ");
		if (len == wl && (fold ? !strncasecmp(p, w, len) : !strncmp(p, w, len)))
			return true;
		p += len + (p[len] == ' ');
	}
	return false;
}

/* The kinds attribute attr of resource type gives, space-separated into sb:
 * aws_kinds_of's and this file's GIVES rows. */
static void kinds_given(const char *type, const char *attr, struct strbuf *sb)
{
	struct aws_kinds ks = aws_kinds_of(type, attr, true);

	for (size_t i = 0; i < ks.n; i++)
		if (!list_has(sb->buf, ks.k[i]->name, false))
			strbuf_addf(sb, "%s%s", sb->len ? " " : "", ks.k[i]->name);
	for (const struct gives_row *g = gives_rows; g->type; g++)
		if (!strcmp(g->type, type) && !strcmp(g->attr, attr) && !list_has(sb->buf, g->kind, false))
			strbuf_addf(sb, "%s%s", sb->len ? " " : "", g->kind);
}

/* Whether any kind of space-separated `a` is in `b`. */
static bool lists_meet(const char *a, const char *b)
{
	for (const char *p = a; *p;) {
		size_t len = strcspn(p, " ");
		char one[128];
		if (len < sizeof(one)) {
			memcpy(one, p, len);
			one[len] = '\0';
			if (list_has(b, one, false))
				return true;
		}
		p += len + (p[len] == ' ');
	}
	return false;
}

/* An attribute of resource type that gives one of kinds, or NULL. */
static const char *attr_giving(const char *type, const char *kinds)
{
	static const char *const usual[] = { "arn", "id", "url", "queue_url", "instance_id",
					     "name", "function_name", NULL };
	const char *found = NULL;

	for (const char *const *a = usual; *a && !found; a++) {
		struct strbuf sb = STRBUF_INIT;
		kinds_given(type, *a, &sb);
		if (sb.len && lists_meet(sb.buf, kinds))
			found = *a;
		strbuf_release(&sb);
	}
	for (const struct gives_row *g = gives_rows; g->type && !found; g++)
		if (!strcmp(g->type, type) && list_has(kinds, g->kind, false))
			found = g->attr;
	for (const struct aws_kind_attr *a = aws_kind_attrs; a->type && !found; a++)
		if (a->gives && !strcmp(a->type, type) && !strchr(a->attr, '.') &&
		    list_has(kinds, a->kinds, false))
			found = a->attr;
	return found;
}

/* "an SQS queue's ARN or a Lambda function's ARN" */
static void add_words(struct strbuf *sb, const char *kinds)
{
	size_t i = 0, n = 0;
	for (const char *p = kinds; *p; n++) {
		size_t len = strcspn(p, " ");
		p += len + (p[len] == ' ');
	}
	for (const char *p = kinds; *p; i++) {
		size_t len = strcspn(p, " ");
		const char *w = aws_by_sibling_words(p, len);
		strbuf_addf(sb, "%s", i ? (i + 1 == n ? " or " : ", ") : "");
		if (w)
			strbuf_addstr(sb, w);
		else
			strbuf_addf(sb, "%.*s", (int)len, p);
		p += len + (p[len] == ' ');
	}
}

/* ---- one walk: each string at a row's path, with the objects around it ---- */

#define MAX_DEPTH 24

struct at_path {
	const json_t *around[MAX_DEPTH]; /* the objects around it, outermost first */
	size_t n_around;
	struct strbuf where;             /* "targets[1].id" */
	int (*fn)(void *ctx, const json_t *value, struct at_path *at);
	void *ctx;
};

static int walk_path(struct at_path *at, const json_t *v, const char *path);

static int walk_key(struct at_path *at, const json_t *obj, const char *key, size_t key_len,
		    const char *rest)
{
	size_t where_at = at->where.len;
	char k[128];
	const json_t *x;
	int rc;

	if (key_len >= sizeof(k))
		return 0;
	memcpy(k, key, key_len);
	k[key_len] = '\0';
	x = json_object_get(obj, k);
	if (!x)
		return 0;
	strbuf_addf(&at->where, "%s%s", where_at ? "." : "", k);
	rc = walk_path(at, x, rest);
	strbuf_setlen(&at->where, where_at);
	return rc;
}

/* Each object key at any depth under v, then `rest` from there ("**."). */
static int walk_any_depth(struct at_path *at, const json_t *v, const char *rest)
{
	size_t where_at = at->where.len, i;
	const char *key;
	json_t *x;
	int rc = 0;

	if (json_is_array(v)) {
		json_array_foreach(v, i, x) {
			strbuf_addf(&at->where, "[%zu]", i);
			rc = walk_any_depth(at, x, rest);
			strbuf_setlen(&at->where, where_at);
			if (rc)
				return rc;
		}
		return 0;
	}
	if (!value_known_object(v) || at->n_around >= MAX_DEPTH)
		return 0;
	rc = walk_path(at, v, rest);
	at->around[at->n_around++] = v;
	json_object_foreach((json_t *)v, key, x) {
		if (rc || value_key_not_known(key))
			continue;
		strbuf_addf(&at->where, "%s%s", where_at ? "." : "", key);
		rc = walk_any_depth(at, x, rest);
		strbuf_setlen(&at->where, where_at);
	}
	at->n_around--;
	return rc;
}

static int walk_path(struct at_path *at, const json_t *v, const char *path)
{
	size_t where_at = at->where.len, i;
	json_t *x;
	int rc = 0;

	if (json_is_array(v)) {
		json_array_foreach(v, i, x) {
			strbuf_addf(&at->where, "[%zu]", i);
			rc = walk_path(at, x, path);
			strbuf_setlen(&at->where, where_at);
			if (rc)
				break;
		}
		return rc;
	}
	if (!*path)
		return json_is_string(v) ? at->fn(at->ctx, v, at) : 0;
	if (!value_known_object(v) || at->n_around >= MAX_DEPTH)
		return 0;
	if (!strncmp(path, "**.", 3))
		return walk_any_depth(at, v, path + 3);
	size_t len = strcspn(path, ".");
	at->around[at->n_around++] = v;
	rc = walk_key(at, v, path, len, path + len + (path[len] == '.'));
	at->n_around--;
	return rc;
}

static void walk_strings(const json_t *config, const char *path,
			 int (*fn)(void *ctx, const json_t *value, struct at_path *at), void *ctx)
{
	struct at_path at = { { NULL }, 0, STRBUF_INIT, fn, ctx };
	walk_path(&at, config, path);
	strbuf_release(&at.where);
}

/* The value of key `key` in the nearest object around the string. */
static const json_t *nearest(const struct at_path *at, const char *key)
{
	for (size_t i = at->n_around; i > 0; i--) {
		const json_t *v = json_object_get(at->around[i - 1], key);
		if (v)
			return v;
	}
	return NULL;
}

/* ---- kinds by a sibling ---- */

struct checking {
	const struct written_resource *rs;
	size_t n, at;
	check_report_fn report;
	void *ctx;
	const void *row;
	struct strbuf said; /* "\nWHERE\n" of each value of rs[at] reported: once each */
};

/* Report msg on value `where` of the resource checked, unless a row did. */
static void report_once(struct checking *c, const char *where, size_t other,
			const char *other_attr, const char *msg)
{
	size_t len = strlen(where);
	for (const char *p = c->said.buf; (p = strstr(p, where)) != NULL; p++)
		if (p > c->said.buf && p[-1] == '\n' && p[len] == '\n')
			return;
	strbuf_addf(&c->said, "\n%s\n", where);
	c->report(c->ctx, &(struct check_finding){
		.warning = false, .which = c->at, .attr = where, .other = other,
		.other_attr = other_attr, .message = msg });
}

static int check_by_sibling(void *ctx, const json_t *v, struct at_path *at)
{
	struct checking *c = ctx;
	const struct aws_by_sibling *row = c->row;
	const json_t *sib = nearest(at, row->sibling);
	const char *asked = sib ? value_known_string(sib) : row->dflt, *s = json_string_value(v);
	struct strbuf msg = STRBUF_INIT, given = STRBUF_INIT;
	char attr[64];
	size_t other;

	if (!asked || !list_has(row->values, asked, false))
		return 0;
	other = aws_kind_reference(c->rs, c->n, s, attr, sizeof(attr));
	if (other != WRITTEN_NONE) {
		kinds_given(c->rs[other].type, attr, &given);
		if (given.len && !lists_meet(given.buf, row->kinds)) {
			const char *right = attr_giving(c->rs[other].type, row->kinds);
			size_t first = strcspn(given.buf, " ");
			const char *gw = aws_by_sibling_words(given.buf, first);
			strbuf_addf(&msg, "%s takes ", at->where.buf);
			add_words(&msg, row->kinds);
			strbuf_addf(&msg, " where %s is \"%s\", not %s (what %s.%s gives)", row->sibling,
				    asked, gw ? gw : "that", c->rs[other].name, attr);
			if (right)
				strbuf_addf(&msg, ": write ${%s.%s}", c->rs[other].name, right);
			report_once(c, at->where.buf, WRITTEN_NONE, NULL, msg.buf);
		}
		strbuf_release(&given);
		strbuf_release(&msg);
		return 0;
	}
	if (value_not_known(v))
		return 0;
	for (const char *p = row->kinds; *p;) {
		size_t len = strcspn(p, " ");
		if (aws_by_sibling_literal_is(p, len, s))
			return 0;
		p += len + (p[len] == ' ');
	}
	strbuf_addf(&msg, "%s: \"%s\" is not ", at->where.buf, s);
	add_words(&msg, row->kinds);
	strbuf_addf(&msg, ", which %s \"%s\"%s takes (%s): write one like %s", row->sibling, asked,
		    sib ? "" : " (unwritten: AWS's default)", row->said,
		    aws_by_sibling_example(row->kinds, strcspn(row->kinds, " ")));
	report_once(c, at->where.buf, WRITTEN_NONE, NULL, msg.buf);
	strbuf_release(&msg);
	return 0;
}

/* ---- across a reference ---- */

static size_t resource_named(const struct written_resource *rs, size_t n, const json_t *v,
			     char *attr, size_t attr_size)
{
	const char *s = json_string_value(v);
	return s ? aws_kind_reference(rs, n, s, attr, attr_size) : WRITTEN_NONE;
}

/* Resource r's value at `path` ("protocol", or "task_definition>network_mode"
 * through the reference at task_definition): a known string, else NULL; the
 * resource it was read from in *from, its attribute in *from_attr. */
static const char *value_through(const struct written_resource *rs, size_t n, size_t r,
				 const char *path, size_t *from, const char **from_attr)
{
	const char *step = strchr(path, '>');
	char attr[64], first[64];

	*from = r;
	*from_attr = path;
	if (!step)
		return value_known_member(rs[r].config, path);
	if ((size_t)(step - path) >= sizeof(first))
		return NULL;
	memcpy(first, path, (size_t)(step - path));
	first[step - path] = '\0';
	size_t other = resource_named(rs, n, json_object_get(rs[r].config, first), attr,
				      sizeof(attr));
	if (other == WRITTEN_NONE)
		return NULL;
	*from = other;
	*from_attr = step + 1;
	return value_known_member(rs[other].config, step + 1);
}

/* why, with <self> and <other> put in */
static void add_why(struct strbuf *sb, const char *why, const char *self, const char *theirs)
{
	while (*why) {
		if (!strncmp(why, "<self>", 6)) {
			strbuf_addstr(sb, self);
			why += 6;
		} else if (!strncmp(why, "<other>", 7)) {
			strbuf_addstr(sb, theirs);
			why += 7;
		} else {
			strbuf_addf(sb, "%c", *why++);
		}
	}
}

static int check_across(void *ctx, const json_t *v, struct at_path *at)
{
	struct checking *c = ctx;
	const struct aws_across *row = c->row;
	char attr[64];
	size_t other = resource_named(c->rs, c->n, v, attr, sizeof(attr)), self_from;
	const char *self_attr, *self, *theirs;
	const json_t *written;
	bool defaulted;
	struct strbuf msg = STRBUF_INIT;

	if (other == WRITTEN_NONE || !list_has(row->other_types, c->rs[other].type, false))
		return 0;
	written = json_object_get(c->rs[other].config, row->other);
	defaulted = !written || json_is_null(written);
	theirs = defaulted ? row->other_default : value_known_string(written);
	if (!theirs || !list_has(row->other_values, theirs, true))
		return 0;
	self = value_through(c->rs, c->n, c->at, row->self, &self_from, &self_attr);
	if (!self || !list_has(row->self_values, self, true))
		return 0;
	strbuf_addf(&msg, "%s: %s \"%s\" has %s \"%s\"%s, and ", at->where.buf,
		    c->rs[other].type, c->rs[other].name, row->other, theirs,
		    defaulted ? " (unwritten: its default)" : "");
	if (self_from == c->at)
		strbuf_addf(&msg, "%s is \"%s\"", self_attr, self);
	else
		strbuf_addf(&msg, "%s.%s is \"%s\"", c->rs[self_from].name, self_attr, self);
	strbuf_addstr(&msg, ": ");
	add_why(&msg, row->why, self, theirs);
	strbuf_addf(&msg, "; %s", row->fix);
	report_once(c, at->where.buf, defaulted ? WRITTEN_NONE : other,
		    defaulted ? NULL : row->other, msg.buf);
	strbuf_release(&msg);
	return 0;
}

/* ---- required beside a value of a kind ---- */

static int check_required(void *ctx, const json_t *v, struct at_path *at)
{
	struct checking *c = ctx;
	const struct aws_required_by_kind *row = c->row;
	const char *s = json_string_value(v), *is = NULL;
	char attr[64];
	size_t other = aws_kind_reference(c->rs, c->n, s, attr, sizeof(attr)), len = 0;
	struct strbuf given = STRBUF_INIT, msg = STRBUF_INIT;
	const json_t *req = at->n_around ? json_object_get(at->around[at->n_around - 1],
							   row->required) : NULL;

	if (req && !json_is_null(req))
		return 0;
	if (other != WRITTEN_NONE) {
		kinds_given(c->rs[other].type, attr, &given);
		for (const char *p = row->kinds; *p && !is;) {
			len = strcspn(p, " ");
			char one[128];
			if (len < sizeof(one)) {
				memcpy(one, p, len);
				one[len] = '\0';
				if (list_has(given.buf, one, false))
					is = p;
			}
			p += len + (p[len] == ' ');
		}
	} else if (!value_not_known(v)) {
		for (const char *p = row->kinds; *p && !is;) {
			len = strcspn(p, " ");
			if (aws_by_sibling_literal_is(p, len, s) == 1)
				is = p;
			p += len + (p[len] == ' ');
		}
	}
	strbuf_release(&given);
	if (!is)
		return 0;
	const char *words = aws_by_sibling_words(is, len);
	strbuf_addf(&msg, "%s is %s (\"%s\"), and %s is not set: %s; %s", at->where.buf,
		    words ? words : "of that kind", s, row->required, row->why, row->fix);
	report_once(c, at->where.buf, WRITTEN_NONE, NULL, msg.buf);
	strbuf_release(&msg);
	return 0;
}

void aws_check_kinds_by_sibling(const struct written_resource *rs, size_t n,
				check_report_fn report, void *ctx)
{
	struct checking c = { rs, n, 0, report, ctx, NULL, STRBUF_INIT };

	for (c.at = 0; c.at < n; c.at++) {
		const json_t *config = rs[c.at].config;
		if (!value_known_object(config))
			continue;
		strbuf_setlen(&c.said, 0);
		for (const struct aws_by_sibling *r = aws_by_sibling_rows; r->type; r++)
			if (!strcmp(r->type, rs[c.at].type)) {
				c.row = r;
				walk_strings(config, r->path, check_by_sibling, &c);
			}
		for (const struct aws_across *r = aws_across_rows; r->type; r++)
			if (!strcmp(r->type, rs[c.at].type)) {
				c.row = r;
				walk_strings(config, r->path, check_across, &c);
			}
		for (const struct aws_required_by_kind *r = aws_required_by_kind_rows; r->type; r++)
			if (!strcmp(r->type, rs[c.at].type)) {
				c.row = r;
				walk_strings(config, r->path, check_required, &c);
			}
	}
	strbuf_release(&c.said);
}
