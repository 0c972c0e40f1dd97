/*
 * checks/schema/validate.c: the check of what a stack writes for an awscc
 * type, against the type's resource schema (cc_check_config, which the aws
 * check hook runs first on what `terrace validate` reads), and of a written
 * twin's value (cc_check_twin).
 *
 * The walk goes through the value and the schema together, with the type's
 * attributes (cloudcontrol/types.c) beside them: where those make a property a JSON
 * document (a free-form one, or a definition past the depth types.c builds),
 * nothing inside it is checked. A value is checked as evaluation will coerce
 * it (schema_coerce: 5 for a string is "5", "5" for a number is 5), then
 * against what its node says: a whole number where the schema says integer,
 * enum, pattern, minLength/maxLength (characters, not bytes), minimum/
 * maximum, minItems/maxItems; a block against its required properties, its
 * unknown ones (did-you-mean), oneOf/anyOf (which properties go together),
 * dependencies and the rules between its properties (between.c). What is not known yet (a string holding ${...}, a block
 * or list written as one reference, the unknown value) passes: plan has it.
 * The first problem is the one reported.
 *
 * The same judgement of a scalar's keywords and a list's size is the
 * written twins' (cc_check_twin: checks/row.h's aws_cfn_values, by cfn.map):
 * the value as written, the keywords its row carries, in its family's
 * words ("where AWS takes ... (e.g. EXAMPLE; SOURCE)", not "where it
 * takes ... (T's schema)").
 *
 * A node's oneOfSchemas/anyOfSchemas (alternatives that say more than which
 * properties go together, gen_schemas.py's branch()) are matched against
 * the value as Cloud Control is sent it (doc_match: CloudFormation's names;
 * a block's value converted, a document's as written): a string's, a
 * block's, the type's own, and those inside a JSON document, which is
 * otherwise not judged (docs/validation.md, "The awscc schemas whole").
 * The same matcher, with if/then/else and not, evaluates the type's
 * cfn-lint extension rules (check_extensions) on the properties document.
 * Patterns: pattern.c's (cc_pattern_matches).
 */
#include "provider/aws/checks/schema/api.h"
#include "provider/aws/cloudcontrol/cloudcontrol.h"
#include "provider/aws/checks/rules.h"
#include "provider/base/diag.h"
#include "provider/base/text.h"

#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* ---- the walk ------------------------------------------------------------ */

struct walk {
	const struct resource_type *rt;
	const json_t *schema, *defs;
	struct strbuf path;  /* the value's: "a.b[2].c" */
	struct strbuf *err;
	const char *at;      /* the path the error is at (path's text) */
	bool sensitive;      /* inside a sensitive attribute */
	int within;          /* inside an alternative (doc_match judges all it says) */
	bool document;       /* the value is a document (its names are its own) */
	const json_t *root;  /* an extension rule's document: the type's properties */
	char root_key[128];  /* the property of root a broken rule is about */
	int in_cond;         /* inside an if or a not: what breaks there is no fault */
	const struct aws_cfn_value *twin; /* a written twin's (cc_check_twin): its row */
};

static bool settable(const struct attr_schema *a)
{
	return a->flags & (ATTR_REQUIRED | ATTR_OPTIONAL);
}

/* A refusal in the walk's family's words, the path where the error is
 * (`at`) before it: an awscc type's "... (T's schema)", a written twin's
 * "... (e.g. EXAMPLE; SOURCE)", or "(SOURCE)" with no example. */
static int refuse(struct walk *w, const char *example, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static int refuse(struct walk *w, const char *example, const char *fmt, ...)
{
	va_list ap;

	if (w->path.len)
		strbuf_addf(w->err, "%s: ", w->path.buf);
	va_start(ap, fmt);
	strbuf_vaddf(w->err, fmt, ap);
	va_end(ap);
	if (!w->twin)
		strbuf_addf(w->err, " (%s's schema)", w->rt->description);
	else if (example)
		strbuf_addf(w->err, " (e.g. %s; %s)", example, w->twin->source);
	else
		strbuf_addf(w->err, " (%s)", w->twin->source);
	w->at = w->path.buf;
	return -1;
}

#define fail(w, ...) refuse(w, NULL, __VA_ARGS__)

/* Who takes a value, as the family's messages say: the awscc type's schema
 * ("where it takes"), AWS for a written twin ("where AWS takes"). */
static const char *taker(const struct walk *w)
{
	return w && w->twin ? "AWS" : "it";
}

static void add_value(struct walk *w, struct strbuf *out, const json_t *v)
{
	if (w->twin && json_is_number(v)) {
		strbuf_addf(out, "%.15g", json_number_value(v)); /* the written family's */
	} else if (w->sensitive) {
		strbuf_addstr(out, "(sensitive value)");
	} else if (json_is_string(v)) {
		aws_constraint_quote(out, json_string_value(v));
	} else {
		char *text = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
		strbuf_addstr(out, text ? text : "?");
		free(text);
	}
}

/* Node's least and most of one measure (lo..hi: minLength..maxLength, ...)
 * as walk w judges them (w NULL: a document's scalar): every bound the
 * node has, or for a written twin those its row carries. */
struct bounds {
	bool has_min, has_max;
	double min, max;
};

static struct bounds bounds_of(const struct walk *w, const json_t *node, const char *lo,
			       const char *hi)
{
	const json_t *min = json_object_get(node, lo), *max = json_object_get(node, hi);
	unsigned judged = w && w->twin ? w->twin->judged : AWS_CFN_MIN | AWS_CFN_MAX;

	return (struct bounds){ (judged & AWS_CFN_MIN) && json_is_number(min),
				(judged & AWS_CFN_MAX) && json_is_number(max),
				json_number_value(min), json_number_value(max) };
}

static bool outside_bounds(struct bounds b, double x)
{
	return (b.has_min && x < b.min) || (b.has_max && x > b.max);
}

/* "1 to 64 characters", "at least 3": unit after the number; a written
 * twin's one value "exactly 4". */
static void bounds_text(const struct walk *w, struct strbuf *out, struct bounds b,
			const char *unit)
{
	if (w && w->twin && b.has_min && b.has_max && b.min == b.max)
		strbuf_addf(out, "exactly %.15g%s", b.min, unit);
	else if (b.has_min && b.has_max)
		strbuf_addf(out, "%.15g to %.15g%s", b.min, b.max, unit);
	else if (b.has_min)
		strbuf_addf(out, "at least %.15g%s", b.min, unit);
	else
		strbuf_addf(out, "at most %.15g%s", b.max, unit);
}

/* Whether x lies outside node's [lo, hi]. */
static bool outside(const json_t *node, const char *lo, const char *hi, double x)
{
	return outside_bounds(bounds_of(NULL, node, lo, hi), x);
}

/* An enum of more values than this is named by the values nearest to
 * what was written, not whole. */
#define ENUM_LISTED 12

static bool scalar_in(const json_t *values, const json_t *v);

/* Whether v is one of the values node's enum lists (*values; none lists
 * any): equal, or a number of the same value; `loose` (a document's
 * scalar) also 5 and "5" alike (scalar_in). */
static bool enum_admits(const json_t *node, const json_t *v, bool loose, const json_t **values)
{
	size_t i;
	json_t *e;

	*values = json_object_get(node, "enum");
	if (!json_array_size(*values))
		return true;
	if (loose)
		return scalar_in(*values, v);
	json_array_foreach(*values, i, e)
		if (json_equal(e, (json_t *)v) ||
		    (json_is_number(e) && json_is_number(v) &&
		     json_number_value(e) == json_number_value(v)))
			return true;
	return false;
}

/* String s, which none of the enum's n `texts` is, in the written family's
 * words: the values unquoted, then "(did you mean \"LIKE\"? SOURCE)" or
 * "(e.g. \"FIRST\"; SOURCE)"; for an enum AWS grows, a name not like one
 * it lists passes (a warning: run_values.c's aws_constraints_warn). */
static int twin_enum(struct walk *w, const char **texts, size_t n, const char *s, const char *like)
{
	if (w->twin->grows && !like)
		return 0;
	strbuf_addf(w->err, "\"%s\" is not one of ", s);
	for (size_t i = 0; i < n; i++)
		strbuf_addf(w->err, "%s%s", i ? ", " : "", texts[i]);
	strbuf_addf(w->err, like ? " (did you mean \"%s\"? %s)" : " (e.g. \"%s\"; %s)",
		    like ? like : texts[0], w->twin->source);
	w->at = w->path.buf;
	return -1;
}

static int check_enum(struct walk *w, const json_t *node, const json_t *v)
{
	const json_t *values;
	size_t i, n;
	json_t *e;

	if ((w->twin && !(w->twin->judged & AWS_CFN_ENUM)) || enum_admits(node, v, false, &values))
		return 0;
	n = json_array_size(values);
	struct strbuf msg = STRBUF_INIT;
	const char **texts = xcalloc(n, sizeof(*texts));
	json_array_foreach(values, i, e)
		texts[i] = json_string_value(e) ? json_string_value(e) : "";
	if (w->twin) { /* a string: check_scalar's */
		int rc = twin_enum(w, texts, n, json_string_value(v),
				   schema_name_like(json_string_value(v), texts, n));
		free(texts);
		return rc;
	}
	/* A value of a listed set keeps no secret, even under a write-only
	 * property: its typo is shown, and the values near it. */
	bool was = w->sensitive;
	w->sensitive = false;
	add_value(w, &msg, v);
	if (n > ENUM_LISTED && json_is_string(v)) {
		/* a long list (EC2's 1,338 instance types): the nearest values */
		const char *near[ENUM_LISTED];
		size_t k = diag_nearest(json_string_value(v), texts, n, near, ENUM_LISTED);
		strbuf_addf(&msg, " is not one of the %zu values the schema lists (the nearest: ", n);
		for (i = 0; i < k; i++)
			strbuf_addf(&msg, "%s\"%s\"", i ? ", " : "", near[i]);
		strbuf_addstr(&msg, ")");
	} else {
		strbuf_addstr(&msg, " is not one of ");
		json_array_foreach(values, i, e) {
			strbuf_addstr(&msg, i ? ", " : "");
			add_value(w, &msg, e);
		}
	}
	/* immutable is IMMUTABLE, ondemand ON_DEMAND */
	const char *hint = json_is_string(v) ? schema_name_like(json_string_value(v), texts, n)
					     : NULL;
	if (!hint && json_is_string(v))
		hint = diag_suggest(json_string_value(v), texts, n);
	if (hint)
		strbuf_addf(&msg, " (did you mean \"%s\"?)", hint);
	int rc = fail(w, "%s", msg.buf);
	w->sensitive = was;
	strbuf_release(&msg);
	free(texts);
	return rc;
}

/* Whether string s's length in characters lies outside node's
 * minLength..maxLength as walk w judges them (NULL: a document's
 * scalar); why says so. */
static bool length_breaks(const struct walk *w, const json_t *node, const char *s,
			  struct strbuf *why)
{
	size_t chars = utf8_chars(s);
	struct bounds b = bounds_of(w, node, "minLength", "maxLength");

	if (!outside_bounds(b, (double)chars))
		return false;
	strbuf_addf(why, "%zu characters, where %s takes ", chars, taker(w));
	bounds_text(w, why, b, " characters");
	return true;
}

static int check_string(struct walk *w, const json_t *node, const char *s)
{
	const json_t *pattern = json_object_get(node, "pattern");
	struct strbuf why = STRBUF_INIT;

	if (length_breaks(w, node, s, &why)) {
		int rc = fail(w, "%s", why.buf);
		strbuf_release(&why);
		return rc;
	}
	strbuf_release(&why);
	if (pattern && (!w->twin || (w->twin->judged & AWS_CFN_PATTERN)) &&
	    cc_pattern_matches(pattern, s) == 0) {
		struct strbuf msg = STRBUF_INIT, eg = STRBUF_INIT;
		json_t *text = json_string(s);
		add_value(w, &msg, text);
		json_decref(text);
		if (w->twin && w->twin->example)
			strbuf_addf(&eg, "\"%s\"", w->twin->example);
		int rc = refuse(w, eg.len ? eg.buf : NULL, "%s does not match the pattern %s takes, %s",
				msg.buf, taker(w), json_string_value(pattern));
		strbuf_release(&msg);
		strbuf_release(&eg);
		return rc;
	}
	return 0;
}

/* A list's size against node's minItems..maxItems. */
static int check_items(struct walk *w, const json_t *node, const json_t *v)
{
	struct bounds b = bounds_of(w, node, "minItems", "maxItems");

	if (!outside_bounds(b, (double)json_array_size(v)))
		return 0;
	struct strbuf r = STRBUF_INIT;
	bounds_text(w, &r, b, " items");
	int rc = refuse(w, NULL, "%zu items, where %s takes %s", json_array_size(v), taker(w), r.buf);
	strbuf_release(&r);
	return rc;
}

static int check_object(struct walk *w, const struct attr_schema *attrs, const json_t *node,
			int refs, const json_t *obj);

/* ---- alternatives: oneOf and anyOf whose branches say more --------------- */

/* What a value is to a schema node or one of its alternatives: it does not
 * match, it does, or it may (a part not known yet, a scalar of another JSON
 * type that Cloud Control may take as the node's). */
enum match { NO, YES, MAYBE };

#define MATCH_DEPTH 96 /* a document nested deeper is left to AWS */
#define DOC_REFS 64    /* the definitions a document is followed through */

static enum match doc_match(struct walk *w, const json_t *node, int refs, bool branch,
			    const json_t *v, struct strbuf *why, int depth);

static enum match worse(enum match a, enum match b)
{
	return a == NO || b == NO ? NO : a == MAYBE || b == MAYBE ? MAYBE : YES;
}

static void why_value(struct walk *w, struct strbuf *why, const json_t *v)
{
	add_value(w, why, v);
}

/* Whether scalar v is one of `values` (5 and "5" alike: Cloud Control is
 * sent what evaluation made of the stack's text). */
static bool scalar_in(const json_t *values, const json_t *v)
{
	size_t i;
	json_t *e;

	json_array_foreach(values, i, e) {
		if (json_equal(e, (json_t *)v))
			return true;
		if (json_is_number(e) && json_is_number(v) &&
		    json_number_value(e) == json_number_value(v))
			return true;
		char *a = json_dumps(e, JSON_ENCODE_ANY), *b = json_dumps(v, JSON_ENCODE_ANY);
		bool same = false;
		if (a && b) {
			const char *x = json_is_string(e) ? json_string_value(e) : a;
			const char *y = json_is_string(v) ? json_string_value(v) : b;
			same = !json_is_object(e) && !json_is_array(e) && !strcmp(x, y);
		}
		free(a);
		free(b);
		if (same)
			return true;
	}
	return false;
}

/* The JSON kind of v as a schema names it. */
static const char *json_kind(const json_t *v)
{
	return json_is_object(v) ? "object" : json_is_array(v) ? "array"
	       : json_is_string(v) ? "string" : json_is_integer(v) ? "integer"
	       : json_is_number(v) ? "number" : json_is_boolean(v) ? "boolean" : "null";
}

static enum match type_match(const char *t, const json_t *v);
static const json_t *doc_get(const json_t *v, const char *name, bool loose);

/* Whether v's shape (a block, a list, a scalar) is one alternative alt
 * could take: where none could, the schema does not describe the value as
 * it is written (cfn-lint's copy says a JSON object or string of what AWS
 * takes as a list: DynamoDB's KeySchema) and AWS judges it. */
static bool shape_admits(struct walk *w, const json_t *alt, int refs, const json_t *v)
{
	if (json_object_get(alt, "ref"))
		alt = cc_schema_resolve(w->defs, alt, &refs);
	if (!alt)
		return true;
	const json_t *type = json_object_get(alt, "type");
	if (json_is_string(type))
		return type_match(json_string_value(type), v) != NO;
	if (json_is_array(type)) {
		size_t i;
		json_t *t;
		json_array_foreach(type, i, t)
			if (json_is_string(t) && type_match(json_string_value(t), v) != NO)
				return true;
		return false;
	}
	if (json_object_get(alt, "properties") || json_object_get(alt, "required"))
		return json_is_object(v);
	if (json_object_get(alt, "items"))
		return json_is_array(v);
	return true;
}

static enum match type_match(const char *t, const json_t *v)
{
	const char *k = json_kind(v);
	bool vs = !json_is_object(v) && !json_is_array(v);
	bool ts = strcmp(t, "object") && strcmp(t, "array") && strcmp(t, "json");

	if (!strcmp(t, "json") || !strcmp(t, k) || (!strcmp(t, "number") && !strcmp(k, "integer")))
		return YES;
	return vs && ts ? MAYBE : NO; /* "5" for an integer: the server may coerce it */
}

/* A oneOf/anyOf/allOf list of alternatives of v. `names`: the owner's
 * properties, when the list is the old form of snake_case required names. */
static enum match alts_match(struct walk *w, const char *kind, const json_t *alts, int refs,
			     bool branch, const json_t *v, struct strbuf *why, int depth)
{
	size_t i, yes = 0, maybe = 0, closest = (size_t)-1, near = 0, shaped = 0;
	json_t *alt;
	struct strbuf reason = STRBUF_INIT, one = STRBUF_INIT;

	if (strcmp(kind, "allOf")) {
		json_array_foreach(alts, i, alt)
			shaped += shape_admits(w, alt, refs, v);
		if (!shaped) {
			strbuf_release(&one);
			strbuf_release(&reason);
			return MAYBE;
		}
	}
	json_array_foreach(alts, i, alt) {
		strbuf_setlen(&one, 0);
		w->within++;
		enum match m = doc_match(w, alt, refs, branch, v, &one, depth + 1);
		w->within--;
		if (!strcmp(kind, "allOf")) {
			if (m == NO) {
				strbuf_addstr(why, one.buf);
				strbuf_release(&one);
				strbuf_release(&reason);
				return NO;
			}
			maybe += m == MAYBE;
			continue;
		}
		yes += m == YES;
		maybe += m == MAYBE;
		if (m == NO) {
			/* the alternative the value chose: all it requires is set */
			const json_t *req = json_object_get(alt, "required");
			bool chose = json_array_size(req) && json_is_object(v);
			size_t j;
			json_t *r;
			json_array_foreach(req, j, r)
				if (!doc_get(v, json_string_value(r), w->document))
					chose = false;
			/* or the one form of the value's shape (a list) */
			chose = chose || (shaped == 1 && shape_admits(w, alt, refs, v));
			if (chose) {
				near++;
				closest = i;
				strbuf_setlen(&reason, 0);
				strbuf_addstr(&reason, one.buf);
			}
		}
	}
	strbuf_release(&one);
	if (!strcmp(kind, "allOf")) {
		strbuf_release(&reason);
		return maybe ? MAYBE : YES;
	}
	bool exactly = !strcmp(kind, "oneOf");
	enum match out = yes + maybe == 0 ? NO : exactly && yes > 1 ? NO
			 : (exactly && yes + maybe > 1) || (!yes && maybe) ? MAYBE : YES;
	if (out == NO) {
		strbuf_addstr(why, yes ? "matches more than one of the forms it takes, where it "
					 "takes exactly one"
				       : exactly ? "matches none of the forms it takes, where it takes "
						   "exactly one"
						 : "matches none of the forms it takes, where it takes at "
						   "least one");
		bool listed = false;
		json_array_foreach(alts, i, alt) {
			const char *says = json_string_value(json_object_get(alt, "says"));
			if (says) {
				strbuf_addf(why, "%s%s", listed ? "; " : ": ", says);
				listed = true;
			}
		}
		/* the form the value chose (all it requires is set), and what
		 * it lacks; a block's is said by the forms above, in its names */
		const char *says = near == 1 ? json_string_value(json_object_get(
						       json_array_get(alts, closest), "says"))
					     : NULL;
		if (says && !yes && w->document)
			strbuf_addf(why, " (as %s: %s)", says, reason.buf);
	}
	strbuf_release(&reason);
	return out;
}

/* The name v's document uses for property key `k` of node's properties
 * (a definition's snake_case key: its CloudFormation name). */
static const char *doc_name(const json_t *props, const char *k, bool branch)
{
	const char *name = branch ? NULL : json_string_value(json_object_get(
					   json_object_get(props, k), "name"));
	return name ? name : k;
}

/* Whether document key `key` names property `name`: the same, or, in a
 * document written with awscc's names (loose), the same case and '_'
 * aside (attribute_name: AttributeName), as convert.c's cc_doc_to_cfn
 * sends it. */
static bool names_prop(const char *key, const char *name, bool loose)
{
	const char *one[] = { name };
	return !strcmp(key, name) || (loose && schema_name_like(key, one, 1));
}

/* The member of props for document key `key`. */
static const json_t *doc_prop(const json_t *props, const char *key, bool branch, bool loose)
{
	const char *k;
	json_t *p;

	for (int pass = 0; pass < 1 + loose; pass++)
		json_object_foreach((json_t *)props, k, p)
			if (!json_object_get(p, "aliasOf") &&
			    names_prop(key, doc_name(props, k, branch), pass))
				return p;
	return NULL;
}

/* Member `name` (a property's CloudFormation name) of document object v:
 * as written, or (loose) in awscc's names. */
static const json_t *doc_get(const json_t *v, const char *name, bool loose)
{
	const json_t *e = json_object_get(v, name);
	const char *k;
	json_t *x;

	if (e || !loose)
		return e;
	json_object_foreach((json_t *)v, k, x)
		if (names_prop(k, name, true))
			return x;
	return NULL;
}

/* The top-level attribute whose property is CloudFormation's `name`. */
static const char *attr_of_property(const json_t *schema, const char *name)
{
	const char *k;
	json_t *p;

	json_object_foreach((json_t *)json_object_get(schema, "properties"), k, p)
		if (!strcmp(json_string_value(json_object_get(p, "name")) ?: "", name))
			return k;
	return NULL;
}

/* Whether top-level property `name` is write-only (its value never shown). */
static bool write_only(const json_t *schema, const char *name)
{
	const char *attr = attr_of_property(schema, name);
	size_t i;
	json_t *p;

	json_array_foreach(json_object_get(schema, "writeOnly"), i, p)
		if (attr && json_is_string(p) && !strncmp(json_string_value(p), attr, strlen(attr)))
			return true;
	return false;
}

/* Key `key` of the rule's document is where it broke. */
static void broke_at(struct walk *w, const json_t *v, const char *key)
{
	if (v == w->root && !w->root_key[0] && !w->in_cond)
		snprintf(w->root_key, sizeof(w->root_key), "%s", key);
}

/* What node says of v's kind: YES, MAYBE (a scalar of another JSON type
 * the server may coerce: "5" for an integer), or NO with why. */
static enum match kind_match(struct walk *w, const json_t *node, int refs, const json_t *v,
			     struct strbuf *why)
{
	const json_t *type = json_object_get(node, "type");
	enum match m = YES;

	if (json_is_array(type) && !shape_admits(w, node, refs, v)) {
		strbuf_addf(why, "takes another kind of value than %s", value_kind(v));
		return NO;
	}
	if (json_is_string(type) && (m = type_match(json_string_value(type), v)) == NO) {
		strbuf_addf(why, "takes %s %s, not %s", !strcmp(json_string_value(type), "array") ||
			    !strcmp(json_string_value(type), "object") ? "an" : "a",
			    json_string_value(type), value_kind(v));
		return NO;
	}
	return m;
}

/* Whether v is one of node's enum (a scalar) and is its const: NO with
 * why, else YES. */
static enum match listed_match(struct walk *w, const json_t *node, const json_t *v,
			       struct strbuf *why)
{
	const json_t *values;
	if (!json_is_object(v) && !json_is_array(v) && !enum_admits(node, v, true, &values)) {
		size_t i;
		json_t *e;
		why_value(w, why, v);
		strbuf_addstr(why, " is not one of ");
		json_array_foreach(values, i, e) {
			bool was = w->sensitive;
			w->sensitive = false;
			strbuf_addstr(why, i ? ", " : "");
			add_value(w, why, e);
			w->sensitive = was;
		}
		return NO;
	}
	const json_t *cst = json_object_get(node, "const");
	if (cst) {
		json_t *one = json_array();
		json_array_append((json_t *)one, (json_t *)cst);
		bool in = !json_is_object(v) && !json_is_array(v) ? scalar_in(one, v)
								  : json_equal((json_t *)cst, (json_t *)v);
		json_decref(one);
		if (!in) {
			bool was = w->sensitive;
			why_value(w, why, v);
			w->sensitive = false;
			strbuf_addstr(why, " is not ");
			add_value(w, why, cst);
			w->sensitive = was;
			return NO;
		}
	}
	return YES;
}

/* A string's length and pattern, a number's range and step: NO with why,
 * else YES. */
static enum match bounds_match(struct walk *w, const json_t *node, const json_t *v,
			       struct strbuf *why)
{
	if (json_is_string(v)) {
		const json_t *pattern = json_object_get(node, "pattern");
		if (length_breaks(NULL, node, json_string_value(v), why))
			return NO;
		if (pattern && cc_pattern_matches(pattern, json_string_value(v)) == 0) {
			why_value(w, why, v);
			strbuf_addf(why, " does not match %s", json_string_value(pattern));
			return NO;
		}
	} else if (json_is_number(v) &&
		   outside(node, "minimum", "maximum", json_number_value(v))) {
		why_value(w, why, v);
		strbuf_addstr(why, ", where it takes ");
		bounds_text(NULL, why, bounds_of(NULL, node, "minimum", "maximum"), "");
		return NO;
	} else if (json_is_number(v) &&
		   ((json_is_number(json_object_get(node, "exclusiveMinimum")) &&
		     json_number_value(v) <=
			     json_number_value(json_object_get(node, "exclusiveMinimum"))) ||
		    (json_is_number(json_object_get(node, "multipleOf")) &&
		     json_number_value(json_object_get(node, "multipleOf")) > 0 &&
		     fmod(json_number_value(v),
			  json_number_value(json_object_get(node, "multipleOf"))) != 0))) {
		why_value(w, why, v);
		if (json_is_number(json_object_get(node, "exclusiveMinimum")))
			strbuf_addf(why, ", where it takes more than %.15g",
				    json_number_value(json_object_get(node, "exclusiveMinimum")));
		else
			strbuf_addf(why, ", where it takes a multiple of %.15g",
				    json_number_value(json_object_get(node, "multipleOf")));
		return NO;
	}
	return YES;
}

/* List v's count and each item against node's items, m the match so far. */
static enum match items_match(struct walk *w, const json_t *node, int refs, bool branch,
			      bool strict, const json_t *v, enum match m, struct strbuf *why,
			      int depth)
{
	const json_t *items = json_object_get(node, "items");
	size_t i;
	json_t *e;

	if (strict && outside(node, "minItems", "maxItems", (double)json_array_size(v))) {
		strbuf_addf(why, "%zu items, where it takes ", json_array_size(v));
		bounds_text(NULL, why, bounds_of(NULL, node, "minItems", "maxItems"), " items");
		return NO;
	}
	json_array_foreach(v, i, e) {
		if (!items)
			break;
		struct strbuf in = STRBUF_INIT;
		enum match r = doc_match(w, items, refs, branch, e, &in, depth + 1);
		if (r == NO)
			strbuf_addf(why, "[%zu]: %s", i, in.buf);
		strbuf_release(&in);
		if ((m = worse(m, r)) == NO)
			return NO;
	}
	return m;
}

/* Object v's count, each member against node's properties (a closed
 * node's others refused) and node's required ones set, m the match so
 * far. */
static enum match members_match(struct walk *w, const json_t *node, int refs, bool branch,
				bool strict, const json_t *v, enum match m, struct strbuf *why,
				int depth)
{
	const json_t *props = json_object_get(node, "properties");
	bool closed = strict && json_is_false(json_object_get(node, "additionalProperties"));
	const char *key;
	json_t *e;

	if (strict && outside(node, "minProperties", "maxProperties", (double)json_object_size(v))) {
		strbuf_addf(why, "%zu properties, where it takes ", json_object_size(v));
		bounds_text(NULL, why, bounds_of(NULL, node, "minProperties", "maxProperties"),
			    " properties");
		return NO;
	}
	json_object_foreach((json_t *)v, key, e) {
		const json_t *p = props ? doc_prop(props, key, branch, w->document) : NULL;
		if (value_key_not_known(key)) {
			m = worse(m, MAYBE);
			continue;
		}
		if (!p) {
			if (closed && !json_is_null(e)) {
				strbuf_addf(why, "%s is not one of its properties", key);
				return NO;
			}
			continue;
		}
		if (json_is_false(p)) {
			int set = value_set_ness(e);
			if (set <= 0) { /* null, or a ${...} alone that may be */
				m = worse(m, set ? MAYBE : YES);
				continue;
			}
			broke_at(w, v, key);
			strbuf_addf(why, "%s is not taken", key);
			return NO;
		}
		struct strbuf in = STRBUF_INIT;
		bool was = w->sensitive;
		if (v == w->root && write_only(w->schema, key))
			w->sensitive = true;
		enum match r = doc_match(w, p, refs, branch, e, &in, depth + 1);
		w->sensitive = was;
		if (r == NO) {
			broke_at(w, v, key);
			strbuf_addf(why, "%s: %s", key, in.buf);
		}
		strbuf_release(&in);
		if ((m = worse(m, r)) == NO)
			return NO;
	}
	size_t i;
	json_t *r;
	json_array_foreach(strict ? json_object_get(node, "required") : NULL, i, r) {
		const char *name = json_is_string(r) ? doc_name(props, json_string_value(r), branch)
						     : NULL;
		if (name && (!doc_get(v, name, w->document) ||
			     json_is_null(doc_get(v, name, w->document)))) {
			if (m == MAYBE)
				break; /* a key not known yet may be it */
			broke_at(w, v, name);
			strbuf_addf(why, "%s is not set", name);
			return NO;
		}
		/* a value not known yet may be null, which is not set */
		if (name && value_not_known(doc_get(v, name, w->document)))
			m = worse(m, MAYBE);
	}
	return m;
}

/* A rule's if/then/else (cfn-lint's extension schemas): the branch the
 * condition takes, against v; a condition not known yet decides nothing
 * (MAYBE). YES when node has no if. */
static enum match if_match(struct walk *w, const json_t *node, int refs, bool branch,
			   const json_t *v, struct strbuf *why, int depth)
{
	const json_t *cond = json_object_get(node, "if");
	enum match m = YES;

	if (!cond)
		return YES;
	struct strbuf ignored = STRBUF_INIT, in = STRBUF_INIT;
	w->in_cond++;
	enum match c = doc_match(w, cond, refs, branch, v, &ignored, depth + 1);
	w->in_cond--;
	strbuf_release(&ignored);
	const json_t *next = json_object_get(node, c == YES ? "then" : "else");
	if (c != MAYBE && next) {
		enum match r = doc_match(w, next, refs, branch, v, &in, depth + 1);
		if (r == NO) {
			/* the condition, before those of the rules inside */
			const char *when = json_string_value(json_object_get(node, "ifSays"));
			const char *inner = strstr(in.buf, " (when ");
			if (!when) {
				strbuf_addstr(why, in.buf);
			} else if (inner) {
				strbuf_add(why, in.buf, (size_t)(inner - in.buf) + 7);
				strbuf_addf(why, "%s%s and ", c == YES ? "" : "not ", when);
				strbuf_addstr(why, inner + 7);
			} else {
				strbuf_addf(why, "%s (when %s%s)", in.buf, c == YES ? "" : "not ",
					    when);
			}
		}
		m = r;
	} else if (c == MAYBE) {
		m = MAYBE;
	}
	strbuf_release(&in);
	return m;
}

/* A node's not: NO with why when v matches what it negates, MAYBE when
 * that is not known yet, else YES (and when node has no not). */
static enum match not_match(struct walk *w, const json_t *node, int refs, bool branch,
			    const json_t *v, struct strbuf *why, int depth)
{
	const json_t *negated = json_object_get(node, "not");

	if (!negated)
		return YES;
	struct strbuf ignored = STRBUF_INIT;
	w->in_cond++;
	enum match r = doc_match(w, negated, refs, branch, v, &ignored, depth + 1);
	w->in_cond--;
	strbuf_release(&ignored);
	if (r == YES) {
		if (json_is_object(v) || json_is_array(v)) {
			strbuf_addstr(why, "sets what it does not take");
		} else {
			why_value(w, why, v);
			strbuf_addstr(why, " is a value it does not take");
		}
		return NO;
	}
	return r == NO ? YES : MAYBE;
}

/* Node's lists of alternatives against v, m the match so far: a
 * definition's (its own names) and a branch's nested ones. */
static enum match node_alts_match(struct walk *w, const json_t *node, int refs, bool branch,
				  const json_t *v, enum match m, struct strbuf *why, int depth)
{
	static const char *const lists[][2] = {
		{ "oneOfSchemas", "oneOf" }, { "anyOfSchemas", "anyOf" },
		{ "oneOf", "oneOf" }, { "anyOf", "anyOf" }, { "allOf", "allOf" },
	};
	for (size_t k = 0; k < sizeof(lists) / sizeof(lists[0]); k++) {
		const json_t *alts = json_object_get(node, lists[k][0]);
		if (!json_array_size(alts))
			continue;
		/* a definition's plain oneOf/anyOf is the old form, which
		 * check_together reads (snake_case names): its value here is a
		 * document, so its names are mapped */
		bool old = !branch && k >= 2;
		if (old && !json_is_object(v))
			continue;
		enum match r;
		if (old) {
			json_t *mapped = json_array();
			size_t i, j;
			json_t *alt, *n;
			json_array_foreach(alts, i, alt) {
				json_t *req = json_array();
				json_array_foreach(json_object_get(alt, "required"), j, n)
					json_array_append_new(req, json_string(doc_name(
						json_object_get(node, "properties"),
						json_string_value(n), false)));
				json_array_append_new(mapped, json_pack("{s:o}", "required", req));
			}
			r = alts_match(w, lists[k][1], mapped, refs, true, v, why, depth);
			json_decref(mapped);
		} else {
			r = alts_match(w, lists[k][1], alts, refs, k >= 2 ? branch : true, v, why,
				       depth);
		}
		if ((m = worse(m, r)) == NO)
			return NO;
	}
	return m;
}

/* What v is to schema node (YES, NO with why, MAYBE): node itself (its
 * kind, values and bounds, only inside an alternative), v's items or
 * members, node's if and not, then its alternatives. */
static enum match doc_match(struct walk *w, const json_t *node, int refs, bool branch,
			    const json_t *v, struct strbuf *why, int depth)
{
	if (depth > MATCH_DEPTH || !node)
		return MAYBE;
	if (json_is_boolean(node)) { /* a property that must not be there (false) */
		int set = json_is_false(node) ? value_set_ness(v) : 0;
		if (set > 0) {
			strbuf_addstr(why, "is not taken");
			return NO;
		}
		return set ? MAYBE : YES; /* a ${...} alone may be null: no value */
	}
	if (json_is_null(v))
		return YES;
	if (value_not_known(v))
		return MAYBE;
	if (json_object_get(node, "ref")) {
		node = cc_schema_resolve(w->defs, node, &refs);
		if (!node)
			return MAYBE;
		branch = false;
	}
	enum match m = YES;
	/* outside every alternative a document is only walked, to its
	 * alternatives: the rest of it is AWS's to judge, as before */
	bool strict = w->within > 0;
	if (strict && ((m = kind_match(w, node, refs, v, why)) == NO ||
		       listed_match(w, node, v, why) == NO || bounds_match(w, node, v, why) == NO))
		return NO;
	if (json_is_array(v))
		m = items_match(w, node, refs, branch, strict, v, m, why, depth);
	else if (json_is_object(v))
		m = members_match(w, node, refs, branch, strict, v, m, why, depth);
	if (m == NO || (m = worse(m, if_match(w, node, refs, branch, v, why, depth))) == NO ||
	    (m = worse(m, not_match(w, node, refs, branch, v, why, depth))) == NO)
		return NO;
	return node_alts_match(w, node, refs, branch, v, m, why, depth);
}

/* Node n's oneOfSchemas/anyOfSchemas against v (its value as the stack
 * wrote it: a block's snake_case names made CloudFormation's). */
static int check_alternatives(struct walk *w, const json_t *n, int refs, const json_t *v)
{
	static const char *const lists[][2] = { { "oneOfSchemas", "oneOf" },
						{ "anyOfSchemas", "anyOf" } };
	int rc = 0;

	for (size_t k = 0; k < 2 && !rc; k++) {
		const json_t *alts = json_object_get(n, lists[k][0]);
		if (!json_array_size(alts))
			continue;
		json_t *doc;
		if (json_is_object(v) && json_object_get(n, "properties")) {
			/* the type's own node (its top) says no type */
			json_t *top = json_pack("{s:s, s:O}", "type", "object", "properties",
						json_object_get(n, "properties"));
			doc = cc_node_to_cfn(w->schema, top, v, refs);
			json_decref(top);
		} else {
			doc = json_incref((json_t *)v);
		}
		struct strbuf why = STRBUF_INIT;
		if (alts_match(w, lists[k][1], alts, refs, true, doc, &why, 0) == NO) {
			struct strbuf val = STRBUF_INIT;
			if (!json_is_object(v) && !json_is_array(v)) {
				add_value(w, &val, v);
				strbuf_addch(&val, ' ');
			}
			rc = fail(w, "%s%s", val.buf, why.buf);
			strbuf_release(&val);
		}
		strbuf_release(&why);
		json_decref(doc);
	}
	return rc;
}

/* A JSON document attribute (types.c's ATTR_JSON: written as YAML or as
 * JSON text) against its node, a key naming a property in CloudFormation's
 * name or in snake_case (as cc_doc_to_cfn sends it; a message names it as
 * written):
 * where the node or one below it has alternatives, those are judged (each
 * form whole); a definition types.c made a document for its depth alone
 * (past CC_MAX_REF_DEPTH) is judged whole, as a block is, however deep;
 * the rest of a document is AWS's to judge. */
static int check_document(struct walk *w, const json_t *node, int refs, const json_t *v)
{
	json_t *doc = NULL;
	int rc = 0;

	if (json_is_string(v)) {
		doc = json_loads(json_string_value(v), JSON_DECODE_ANY, NULL);
		if (!doc)
			return 0; /* schema_coerce says what is wrong with it */
		v = doc;
	}
	/* past the depth types.c builds blocks to: a block still, followed
	 * as deep as the value goes */
	int r = refs;
	bool deep = json_object_get(node, "ref") && !cc_schema_resolve(w->defs, node, &r);
	if (deep)
		refs = -DOC_REFS;
	struct strbuf why = STRBUF_INIT;
	w->document = true;
	w->within += deep;
	enum match m = doc_match(w, node, refs, false, v, &why, 0);
	w->within -= deep;
	w->document = false;
	if (m == NO)
		rc = fail(w, "%s", why.buf);
	strbuf_release(&why);
	json_decref(doc);
	return rc;
}

/* A list of `item` values, `elem` each (a list's elements: a->nested for
 * blocks, elem_type for scalars). */
static int check_value(struct walk *w, const struct attr_schema *a, const json_t *node,
		       int refs, const json_t *v);

/* A scalar against node n's keywords: an awscc type's value coerced as
 * evaluation will (schema_coerce), then its alternatives; a written
 * twin's as written, a string for 's', a number for 'n' (a value of
 * another JSON kind is not its row's to judge). */
static int check_scalar(struct walk *w, const struct attr_schema *a, const json_t *n,
			const json_t *v)
{
	struct strbuf why = STRBUF_INIT;
	bool written = w->twin && ((w->twin->kind == 's' && json_is_string(v)) ||
				   (w->twin->kind == 'n' && json_is_number(v)));
	json_t *c = written ? json_incref((json_t *)v) : w->twin ? NULL : schema_coerce(a, v, &why);
	struct bounds range = bounds_of(w, n, "minimum", "maximum");
	char eg[40];
	int rc = 0;

	if (!c) {
		rc = w->twin ? 0 : fail(w, "%s", why.buf);
	} else if (json_is_string(json_object_get(n, "type")) &&
		   !strcmp(json_string_value(json_object_get(n, "type")), "integer") &&
		   json_is_real(c) && json_real_value(c) != (double)(json_int_t)json_real_value(c)) {
		struct strbuf val = STRBUF_INIT;
		add_value(w, &val, c);
		snprintf(eg, sizeof(eg), "%.15g", range.has_min ? range.min : floor(json_real_value(c)));
		rc = refuse(w, eg, "%s is not a whole number, which %s takes", val.buf, taker(w));
		strbuf_release(&val);
	} else if (check_enum(w, n, c)) {
		rc = -1;
	} else if (json_is_string(c)) {
		rc = check_string(w, n, json_string_value(c));
	} else if (json_is_number(c) && outside_bounds(range, json_number_value(c))) {
		struct strbuf r = STRBUF_INIT, val = STRBUF_INIT;
		bounds_text(w, &r, range, "");
		add_value(w, &val, c);
		snprintf(eg, sizeof(eg), "%.15g", range.has_min ? range.min : range.max);
		rc = refuse(w, eg, "%s, where %s takes %s", val.buf, taker(w), r.buf);
		strbuf_release(&r);
		strbuf_release(&val);
	}
	if (!rc && c && !w->twin)
		rc = check_alternatives(w, n, 0, c);
	json_decref(c);
	strbuf_release(&why);
	return rc;
}

static int check_value(struct walk *w, const struct attr_schema *a, const json_t *node,
		       int refs, const json_t *v)
{
	if (v && value_not_known(v) && a->type != ATTR_JSON && !w->twin && node) {
		struct strbuf why = STRBUF_INIT; /* its known text, as far as it decides */
		int rc = cc_known_text_refused(cc_schema_resolve(w->defs, node, &refs), v,
					       w->sensitive || (a->flags & ATTR_SENSITIVE), &why)
				 ? fail(w, "%s", why.buf) : 0;
		strbuf_release(&why);
		return rc;
	}
	if (!v || json_is_null(v) || value_not_known(v))
		return 0;
	if (a->type == ATTR_JSON) {
		bool was = w->sensitive;
		w->sensitive = was || (a->flags & ATTR_SENSITIVE);
		int rc = node ? check_document(w, node, refs, v) : 0;
		w->sensitive = was;
		return rc;
	}
	const json_t *n = cc_schema_resolve(w->defs, node, &refs);
	/* past CC_MAX_REF_DEPTH a scalar stays one (types.c), judged by its own definition */
	if (!n && (a->type == ATTR_STRING || a->type == ATTR_NUMBER || a->type == ATTR_BOOL))
		n = cc_schema_resolve(w->defs, node, &(int){ 0 });
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
		if (check_items(w, n, v)) {
			rc = -1;
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
			} else if (!value_not_known(item) && !json_is_null(item)) {
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

/* The rules between its properties (between.c), pointed at the property
 * at fault. */
static int check_between(struct walk *w, const json_t *node, const json_t *obj)
{
	struct strbuf why = STRBUF_INIT;
	const char *at = NULL;
	int rc = 0;

	if (cc_between_check(node, obj, &why, &at)) {
		if (at)
			strbuf_addf(&w->path, "%s%s", w->path.len ? "." : "", at);
		rc = fail(w, "%s", why.buf);
	}
	strbuf_release(&why);
	return rc;
}

/* oneOf (exactly one alternative's properties all set) and anyOf (at
 * least one's) of a block, and its dependencies (a set needs b set). */
static int check_together(struct walk *w, const json_t *node, int refs, const json_t *obj)
{
	static const char *const kinds[] = { "oneOf", "anyOf" };

	if (check_alternatives(w, node, refs, obj))
		return -1;

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
				return fail(w, "sets %s, which needs %s set too: set %s or drop %s",
					    name, json_string_value(other), json_string_value(other),
					    name);
	}
	return check_between(w, node, obj);
}

static int check_object(struct walk *w, const struct attr_schema *attrs, const json_t *node,
			int refs, const json_t *obj)
{
	const json_t *props = json_object_get(node, "properties");
	size_t at = w->path.len;
	const char *key;
	json_t *v;

	if (value_not_known(obj))
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
	/* old names (an alias: id beside fleet_id): one of them, not both */
	json_object_foreach((json_t *)obj, key, v) {
		const char *canon = cc_alias_of(props, key);
		if (canon && value_is_set(v) && value_is_set(json_object_get(obj, canon))) {
			strbuf_addf(&w->path, "%s%s", at ? "." : "", key);
			return fail(w, "is the old name of %s, which is set too: write one of them",
				    canon);
		}
	}
	size_t i;
	json_t *r;
	json_array_foreach(json_object_get(node, "required"), i, r) {
		const char *name = json_string_value(r);
		if (name && cc_has_alias(props, name) && !value_is_set(cc_attr_value(props, obj, name)))
			return fail(w, "the required property %s is not set", name);
	}
	return check_together(w, node, refs, obj);
}

/* Whether `file` is one of `files` (NULL-terminated; NULL: every file). */
static bool among(const char *const *files, const char *file)
{
	return !files || text_listed(files, file);
}

/* cfn-lint's extension schemas of the type (gen_schemas.py's extensions():
 * conditional rules AWS enforces), those of `files` (NULL: all), on the
 * properties Cloud Control would be sent; the first broken is reported at
 * the attribute it is about. */
static int check_extensions(struct walk *w, const json_t *schema, const json_t *config,
			    const char *const *files)
{
	const json_t *rules = json_object_get(schema, "extensions");
	size_t i;
	json_t *r;
	int rc = 0;

	if (!json_array_size(rules))
		return 0;
	json_t *doc = cc_to_properties(schema, config);
	json_array_foreach(rules, i, r) {
		if (!among(files, json_string_value(json_object_get(r, "file"))))
			continue;
		struct strbuf why = STRBUF_INIT;
		/* the blocks it applies to */
		json_t *at = cc_values_at(doc, json_object_get(r, "at")), *e;
		size_t k;
		enum match m = YES;
		json_array_foreach(at, k, e) {
			if (!json_is_object(e))
				continue; /* a block not known yet, or not one */
			w->root = e;
			w->root_key[0] = '\0';
			w->within++;
			m = doc_match(w, json_object_get(r, "rule"), 0, true, e, &why, 0);
			w->within--;
			if (m == NO)
				break;
		}
		json_decref(at);
		if (m == NO) {
			/* where it broke, else where the rule is about */
			const char *attr = w->root_key[0] && !json_array_size(json_object_get(r, "at"))
						   ? attr_of_property(schema, w->root_key) : NULL;
			const char *says = json_string_value(json_object_get(r, "says"));
			if (!attr || !json_object_get(config, attr))
				attr = json_string_value(json_object_get(r, "attr"));
			strbuf_setlen(&w->path, 0);
			if (attr && json_object_get(config, attr))
				strbuf_addstr(&w->path, attr);
			if (w->path.len)
				strbuf_addf(w->err, "%s: ", w->path.buf);
			strbuf_addstr(w->err, why.buf);
			if (says)
				strbuf_addf(w->err, ": %s", says);
			strbuf_addf(w->err, " (cfn-lint %s, %s)",
				    json_string_value(json_object_get(r, "id")),
				    json_string_value(json_object_get(r, "file")));
			w->at = w->path.buf;
			rc = -1;
		}
		strbuf_release(&why);
		if (rc)
			break;
	}
	w->root = NULL;
	json_decref(doc);
	return rc;
}

/* The path an error names, for the caller: kept for the process
 * (text_kept), so no later check writes over it; NULL for none. */
static const char *error_at(const struct walk *w)
{
	char error_path[512];
	size_t n = strlen(w->at ? w->at : "");

	if (n >= sizeof(error_path)) /* the longest written parent that fits */
		for (n = sizeof(error_path) - 1; n && w->at[n] != '.'; n--)
			;
	memcpy(error_path, w->at ? w->at : "", n);
	error_path[n] = '\0';
	return n ? text_kept(error_path) : NULL;
}

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
	if (!value_known_object(config))
		return 0;
	w.schema = t->schema;
	w.defs = json_object_get(t->schema, "defs");
	int rc = check_object(&w, t->attrs, t->schema, 0, config);
	if (!rc)
		rc = check_extensions(&w, t->schema, config, NULL);
	if (rc && attr)
		*attr = error_at(&w);
	strbuf_release(&w.path);
	return rc;
}

int cc_check_rules(const struct resource_type *rt, const json_t *config, const char *const *files,
		   const char **attr, struct strbuf *err)
{
	const struct cc_type *t = cc_type_of(rt);
	struct walk w = { .rt = rt, .path = STRBUF_INIT, .err = err };

	if (!t || !value_known_object(config))
		return 0;
	w.schema = t->schema;
	w.defs = json_object_get(t->schema, "defs");
	int rc = check_extensions(&w, t->schema, config, files);
	if (rc && attr)
		*attr = error_at(&w);
	strbuf_release(&w.path);
	return rc;
}

int cc_check_twin(const struct resource_type *rt, const json_t *node,
		  const struct aws_cfn_value *r, const json_t *v, struct strbuf *why)
{
	/* path stays empty: the caller names the attribute */
	struct walk w = { .rt = rt, .path = STRBUF_INIT, .err = why, .twin = r };

	if (!node || !v || json_is_null(v) || value_not_known(v))
		return 0;
	return r->kind != 'l' ? check_scalar(&w, NULL, node, v)
	       : json_is_array(v) ? check_items(&w, node, v) : 0;
}
