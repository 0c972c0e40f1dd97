/*
 * validate.c: the check of what a stack writes for an awscc type, against
 * the type's resource schema (cc_check_config, the types' check_config that
 * `terrace validate` runs), and the patterns each type keeps compiled.
 *
 * The walk goes through the value and the schema together, with the type's
 * attributes (types.c) beside them: where those make a property a JSON
 * document (a free-form one, or a definition past the depth types.c builds),
 * nothing inside it is checked. A value is checked as evaluation will coerce
 * it (schema_coerce: 5 for a string is "5", "5" for a number is 5), then
 * against what its node says: a whole number where the schema says integer,
 * enum, pattern, minLength/maxLength (characters, not bytes), minimum/
 * maximum, minItems/maxItems; a block against its required properties, its
 * unknown ones (did-you-mean), oneOf/anyOf (which properties go together)
 * and dependencies. What is not known yet (a string holding ${...}, a block
 * or list written as one reference, the unknown value) passes: plan has it.
 * The first problem is the one reported.
 *
 * Patterns are ECMA-262 text that searches the value; PCRE2 runs them with
 * PCRE2_UTF, PCRE2_ALT_BSUX (JavaScript's \uHHHH and \xHH) and
 * PCRE2_DOLLAR_ENDONLY ($ is the end, as in JavaScript without the m flag).
 * One that PCRE2 does not compile is not checked: AWS judges the value.
 */
#include "provider/aws/cloudcontrol/cloudcontrol.h"
#include "provider/aws/rules.h"
#include "provider/base/diag.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* ---- patterns, compiled once per type ----------------------------------- */

struct cc_pattern {
	const json_t *text; /* the schema's (kept with the type): compared by address */
	pcre2_code *code;  /* NULL: it does not compile */
};

struct cc_checks {
	pthread_mutex_t lock;
	struct cc_pattern *v;
	size_t n, alloc;
};

struct cc_checks *cc_checks_new(void)
{
	struct cc_checks *c = xcalloc(1, sizeof(*c));
	pthread_mutex_init(&c->lock, NULL);
	return c;
}

/* Pattern `text` compiled, or NULL when PCRE2 does not take it. */
static const pcre2_code *pattern_code(struct cc_checks *c, const json_t *text)
{
	const pcre2_code *code = NULL;

	pthread_mutex_lock(&c->lock);
	size_t i;
	for (i = 0; i < c->n; i++)
		if (c->v[i].text == text)
			break;
	if (i == c->n) {
		int rc;
		PCRE2_SIZE off;
		if (c->n == c->alloc) {
			c->alloc = c->alloc ? 2 * c->alloc : 8;
			c->v = xrealloc(c->v, c->alloc * sizeof(*c->v));
		}
		c->v[c->n].text = text;
		c->v[c->n].code = pcre2_compile((PCRE2_SPTR)json_string_value(text),
						json_string_length(text),
						AWS_ECMA_PCRE2_OPTIONS,
						&rc, &off, NULL);
		c->n++;
	}
	code = c->v[i].code;
	pthread_mutex_unlock(&c->lock);
	return code;
}

int cc_pattern_matches(const struct resource_type *rt, const json_t *pattern, const char *value)
{
	const struct cc_type *t = cc_type_of(rt);
	const pcre2_code *code = t && json_is_string(pattern) ? pattern_code(t->checks, pattern)
							       : NULL;
	if (!code)
		return -1;
	pcre2_match_data *md = pcre2_match_data_create(1, NULL);
	int rc = pcre2_match(code, (PCRE2_SPTR)value, strlen(value), 0, 0, md, NULL);
	pcre2_match_data_free(md);
	/* PCRE2_ERROR_NOMATCH, or an error of the match itself (its limits): only
	 * a clear "no" refuses */
	return rc >= 0 ? 1 : rc == PCRE2_ERROR_NOMATCH ? 0 : -1;
}

/* ---- the walk ------------------------------------------------------------ */

struct walk {
	const struct resource_type *rt;
	const json_t *defs;
	struct strbuf path;  /* the value's: "a.b[2].c" */
	struct strbuf *err;
	const char *at;      /* the path the error is at (path's text) */
	bool sensitive;      /* inside a sensitive attribute */
};

static bool settable(const struct attr_schema *a)
{
	return a->flags & (ATTR_REQUIRED | ATTR_OPTIONAL);
}

/* The path where the error is: `at` beside the message. */
static int fail(struct walk *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int fail(struct walk *w, const char *fmt, ...)
{
	va_list ap;

	if (w->path.len)
		strbuf_addf(w->err, "%s: ", w->path.buf);
	va_start(ap, fmt);
	strbuf_vaddf(w->err, fmt, ap);
	va_end(ap);
	strbuf_addf(w->err, " (%s's schema)", w->rt->description);
	w->at = w->path.buf;
	return -1;
}

static void add_value(struct walk *w, struct strbuf *out, const json_t *v)
{
	if (w->sensitive) {
		strbuf_addstr(out, "(sensitive value)");
	} else if (json_is_string(v)) {
		aws_constraint_quote(out, json_string_value(v));
	} else {
		char *text = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
		strbuf_addstr(out, text ? text : "?");
		free(text);
	}
}

static size_t utf8_chars(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			n++;
	return n;
}

static void range_text(struct strbuf *out, const json_t *node, const char *lo, const char *hi,
		       const char *unit)
{
	const json_t *min = json_object_get(node, lo), *max = json_object_get(node, hi);

	if (json_is_number(min) && json_is_number(max))
		strbuf_addf(out, "%.15g to %.15g%s", json_number_value(min), json_number_value(max),
			    unit);
	else if (json_is_number(min))
		strbuf_addf(out, "at least %.15g%s", json_number_value(min), unit);
	else
		strbuf_addf(out, "at most %.15g%s", json_number_value(max), unit);
}

/* Whether x lies outside node's [lo, hi]. */
static bool outside(const json_t *node, const char *lo, const char *hi, double x)
{
	const json_t *min = json_object_get(node, lo), *max = json_object_get(node, hi);

	return (json_is_number(min) && x < json_number_value(min)) ||
	       (json_is_number(max) && x > json_number_value(max));
}

static int check_enum(struct walk *w, const json_t *node, const json_t *v)
{
	const json_t *values = json_object_get(node, "enum");
	size_t i, n = json_array_size(values);
	json_t *e;

	if (!n)
		return 0;
	json_array_foreach(values, i, e)
		if (json_equal(e, (json_t *)v) ||
		    (json_is_number(e) && json_is_number(v) &&
		     json_number_value(e) == json_number_value(v)))
			return 0;
	struct strbuf msg = STRBUF_INIT;
	const char **texts = xcalloc(n, sizeof(*texts));
	add_value(w, &msg, v);
	strbuf_addstr(&msg, " is not one of ");
	json_array_foreach(values, i, e) {
		texts[i] = json_string_value(e) ? json_string_value(e) : "";
		strbuf_addstr(&msg, i ? ", " : "");
		bool was = w->sensitive;
		w->sensitive = false; /* the schema's values are no secret */
		add_value(w, &msg, e);
		w->sensitive = was;
	}
	/* immutable is IMMUTABLE, ondemand ON_DEMAND */
	const char *hint = json_is_string(v) && !w->sensitive
				   ? schema_name_like(json_string_value(v), texts, n) : NULL;
	if (!hint && json_is_string(v) && !w->sensitive)
		hint = diag_suggest(json_string_value(v), texts, n);
	if (hint)
		strbuf_addf(&msg, " (did you mean \"%s\"?)", hint);
	int rc = fail(w, "%s", msg.buf);
	strbuf_release(&msg);
	free(texts);
	return rc;
}

static int check_string(struct walk *w, const json_t *node, const char *s)
{
	size_t chars = utf8_chars(s);
	const json_t *pattern = json_object_get(node, "pattern");

	if (outside(node, "minLength", "maxLength", (double)chars)) {
		struct strbuf r = STRBUF_INIT;
		range_text(&r, node, "minLength", "maxLength", " characters");
		int rc = fail(w, "%zu characters, where it takes %s", chars, r.buf);
		strbuf_release(&r);
		return rc;
	}
	if (pattern && cc_pattern_matches(w->rt, pattern, s) == 0) {
		struct strbuf msg = STRBUF_INIT;
		json_t *text = json_string(s);
		add_value(w, &msg, text);
		json_decref(text);
		int rc = fail(w, "%s does not match the pattern it takes, %s", msg.buf,
			      json_string_value(pattern));
		strbuf_release(&msg);
		return rc;
	}
	return 0;
}

static int check_object(struct walk *w, const struct attr_schema *attrs, const json_t *node,
			int refs, const json_t *obj);

/* A list of `item` values, `elem` each (a list's elements: a->nested for
 * blocks, elem_type for scalars). */
static int check_value(struct walk *w, const struct attr_schema *a, const json_t *node,
		       int refs, const json_t *v);

static int check_scalar(struct walk *w, const struct attr_schema *a, const json_t *n,
			const json_t *v)
{
	struct strbuf why = STRBUF_INIT;
	json_t *c = schema_coerce(a, v, &why);
	int rc = 0;

	if (!c) {
		rc = fail(w, "%s", why.buf);
	} else if (json_is_string(json_object_get(n, "type")) &&
		   !strcmp(json_string_value(json_object_get(n, "type")), "integer") &&
		   json_is_real(c) && json_real_value(c) != (double)(json_int_t)json_real_value(c)) {
		struct strbuf val = STRBUF_INIT;
		add_value(w, &val, c);
		rc = fail(w, "%s is not a whole number, which it takes", val.buf);
		strbuf_release(&val);
	} else if (check_enum(w, n, c)) {
		rc = -1;
	} else if (json_is_string(c)) {
		rc = check_string(w, n, json_string_value(c));
	} else if (json_is_number(c) && outside(n, "minimum", "maximum", json_number_value(c))) {
		struct strbuf r = STRBUF_INIT, val = STRBUF_INIT;
		range_text(&r, n, "minimum", "maximum", "");
		add_value(w, &val, c);
		rc = fail(w, "%s, where it takes %s", val.buf, r.buf);
		strbuf_release(&r);
		strbuf_release(&val);
	}
	json_decref(c);
	strbuf_release(&why);
	return rc;
}

static int check_value(struct walk *w, const struct attr_schema *a, const json_t *node,
		       int refs, const json_t *v)
{
	if (!v || json_is_null(v) || aws_rule_unknown(v) || a->type == ATTR_JSON)
		return 0;
	const json_t *n = cc_schema_resolve(w->defs, node, &refs);
	if (!n)
		return 0;
	bool was = w->sensitive;
	int rc = 0;
	/* Only a write-only value is masked in a message (a block holding
	 * one shows its other values: compression_format beside a password). */
	w->sensitive = was || (a->flags & ATTR_SENSITIVE);
	switch (a->type) {
	case ATTR_STRING:
	case ATTR_NUMBER:
	case ATTR_BOOL:
		rc = check_scalar(w, a, n, v);
		break;
	case ATTR_OBJECT:
		if (!json_is_object(v))
			rc = fail(w, "must be a block (a map), got %s", value_kind(v));
		else
			rc = check_object(w, a->nested, n, refs, v);
		break;
	case ATTR_LIST:
	case ATTR_OBJECT_LIST: {
		if (!json_is_array(v)) {
			rc = fail(w, "must be a list, got %s", value_kind(v));
			break;
		}
		if (outside(n, "minItems", "maxItems", (double)json_array_size(v))) {
			struct strbuf r = STRBUF_INIT;
			range_text(&r, n, "minItems", "maxItems", " items");
			rc = fail(w, "%zu items, where it takes %s", json_array_size(v), r.buf);
			strbuf_release(&r);
			break;
		}
		struct attr_schema elem = { .name = a->name, .type = a->elem_type,
					    .flags = ATTR_OPTIONAL };
		size_t i, at = w->path.len;
		json_t *item;
		json_array_foreach(v, i, item) {
			strbuf_addf(&w->path, "[%zu]", i);
			if (a->type == ATTR_LIST) {
				rc = check_value(w, &elem, json_object_get(n, "items"), refs, item);
			} else if (json_is_object(item)) {
				int r = refs;
				const json_t *in = cc_schema_resolve(w->defs, json_object_get(n, "items"), &r);
				rc = in ? check_object(w, a->nested, in, r, item) : 0;
			} else if (!aws_rule_unknown(item) && !json_is_null(item)) {
				rc = fail(w, "must be a block (a map), got %s", value_kind(item));
			}
			if (rc)
				break;
			strbuf_setlen(&w->path, at);
		}
		break;
	}
	case ATTR_MAP: {
		if (!json_is_object(v)) {
			rc = fail(w, "must be a map, got %s", value_kind(v));
			break;
		}
		struct attr_schema elem = { .name = a->name, .type = a->elem_type,
					    .flags = ATTR_OPTIONAL };
		size_t at = w->path.len;
		const char *k;
		json_t *item;
		json_object_foreach((json_t *)v, k, item) {
			strbuf_addf(&w->path, ".%s", k);
			rc = check_value(w, &elem, json_object_get(n, "map"), refs, item);
			if (rc)
				break;
			strbuf_setlen(&w->path, at);
		}
		break;
	}
	case ATTR_JSON:
		break;
	}
	w->sensitive = was;
	return rc;
}

/* Whether obj sets property `name` (to anything but null: ${...} is set). */
static bool sets(const json_t *obj, const json_t *name)
{
	const json_t *v = json_is_string(name) ? json_object_get(obj, json_string_value(name)) : NULL;
	return v && !json_is_null(v);
}

static bool sets_all(const json_t *obj, const json_t *names)
{
	size_t i;
	json_t *n;

	json_array_foreach(names, i, n)
		if (!sets(obj, n))
			return false;
	return true;
}

static void alternatives_text(struct strbuf *out, const json_t *alts)
{
	size_t i, j;
	json_t *alt, *n;

	json_array_foreach(alts, i, alt) {
		strbuf_addstr(out, i ? "; " : "");
		json_array_foreach(json_object_get(alt, "required"), j, n)
			strbuf_addf(out, "%s%s", j ? " and " : "", json_string_value(n));
	}
}

/* oneOf (exactly one alternative's properties all set) and anyOf (at
 * least one's) of a block, and its dependencies (a set needs b set). */
static int check_together(struct walk *w, const json_t *node, const json_t *obj)
{
	static const char *const kinds[] = { "oneOf", "anyOf" };

	for (size_t k = 0; k < 2; k++) {
		const json_t *alts = json_object_get(node, kinds[k]);
		size_t i, met = 0;
		json_t *alt;
		if (!json_array_size(alts))
			continue;
		json_array_foreach(alts, i, alt)
			met += sets_all(obj, json_object_get(alt, "required"));
		if (met == 1 || (k == 1 && met > 1))
			continue;
		struct strbuf list = STRBUF_INIT;
		alternatives_text(&list, alts);
		int rc = fail(w, "%s %s of: %s", met ? "sets more than one" : "sets none",
			      k == 0 ? "where it takes exactly one" : "where it takes at least one",
			      list.buf);
		strbuf_release(&list);
		return rc;
	}
	const char *name;
	json_t *needs;
	json_object_foreach((json_t *)json_object_get(node, "dependencies"), name, needs) {
		size_t i;
		json_t *other;
		if (!json_object_get(obj, name) || json_is_null(json_object_get(obj, name)))
			continue;
		json_array_foreach(needs, i, other)
			if (!sets(obj, other))
				return fail(w, "sets %s, which needs %s set too", name,
					    json_string_value(other));
	}
	return 0;
}

static int check_object(struct walk *w, const struct attr_schema *attrs, const json_t *node,
			int refs, const json_t *obj)
{
	const json_t *props = json_object_get(node, "properties");
	size_t at = w->path.len;
	const char *key;
	json_t *v;

	if (aws_rule_unknown(obj))
		return 0;
	json_object_foreach((json_t *)obj, key, v) {
		const struct attr_schema *a = schema_find(attrs, key);
		strbuf_addf(&w->path, "%s%s", at ? "." : "", key);
		if (!a || !settable(a)) {
			size_t n = schema_count(attrs), k = 0;
			const char **names = xcalloc(n + 1, sizeof(*names));
			for (size_t i = 0; i < n; i++)
				if (settable(&attrs[i]))
					names[k++] = attrs[i].name;
			const char *hint = a ? NULL : schema_name_like(key, names, k);
			if (!a && !hint)
				hint = diag_suggest(key, names, k);
			int rc = a ? fail(w, "is read-only: the server sets it")
			       : hint ? fail(w, "no such property (did you mean \"%s\"?)", hint)
			       : fail(w, "no such property");
			free(names);
			return rc;
		}
		if (check_value(w, a, json_object_get(props, key), refs, v))
			return -1;
		strbuf_setlen(&w->path, at);
	}
	for (const struct attr_schema *a = attrs; a && a->name; a++)
		if ((a->flags & ATTR_REQUIRED) &&
		    (!json_object_get(obj, a->name) || json_is_null(json_object_get(obj, a->name))))
			return fail(w, "the required property %s is not set", a->name);
	return check_together(w, node, obj);
}

/* The path an error names, for the caller: the thread's, valid until its
 * next check. */
static _Thread_local char error_path[512];

int cc_check_config(const struct resource_type *rt, const json_t *config, const char **attr,
		    struct strbuf *err)
{
	const struct cc_type *t = cc_type_of(rt);
	struct walk w = { .rt = rt, .path = STRBUF_INIT, .err = err };

	if (!t)
		return 0;
	if (!cc_row_provisionable(t->row)) {
		static const struct { unsigned bit; const char *name; } need[] = {
			{ CC_HANDLER_CREATE, "create" }, { CC_HANDLER_READ, "read" },
			{ CC_HANDLER_DELETE, "delete" },
		};
		const char *missing[3];
		size_t n = 0;

		for (size_t i = 0; i < 3; i++)
			if (!(t->row->handlers & need[i].bit))
				missing[n++] = need[i].name;
		strbuf_addf(err, "Cloud Control cannot provision %s: the CloudFormation registry's "
			    "schema lists no ", t->row->cfn_type);
		for (size_t i = 0; i < n; i++)
			strbuf_addf(err, "%s%s", i == 0 ? "" : i + 1 == n ? " or " : ", ", missing[i]);
		strbuf_addstr(err, " handler for it");
		if (attr)
			*attr = NULL;
		return -1;
	}
	if (!aws_known_object(config))
		return 0;
	w.defs = json_object_get(t->schema, "defs");
	int rc = check_object(&w, t->attrs, t->schema, 0, config);
	if (rc && attr) {
		size_t n = strlen(w.at ? w.at : "");
		if (n >= sizeof(error_path)) /* the longest written parent that fits */
			for (n = sizeof(error_path) - 1; n && w.at[n] != '.'; n--)
				;
		memcpy(error_path, w.at ? w.at : "", n);
		error_path[n] = '\0';
		*attr = n ? error_path : NULL;
	}
	strbuf_release(&w.path);
	return rc;
}
