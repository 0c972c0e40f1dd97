/*
 * value.c: the value conventions shared by every provider (value.h): unknown
 * values and what is not known yet, comparison by meaning, sets of strings,
 * coercion of user input to an attribute's schema type, defaults, redaction of sensitive attributes, and
 * a type's tags whatever form it writes them in (rtype_tags).
 */
#include "provider/provider.h"
#include "provider/base/text.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define UNKNOWN_KEY "$unknown"
#define UNKNOWN_SET "set"
#define UNKNOWN_KIND_KEY "kind"
#define UNKNOWN_PREFIX_KEY "prefix"
#define UNKNOWN_SUFFIX_KEY "suffix"

json_t *value_get(const json_t *o, const char *name)
{
	json_t *v = json_is_object(o) ? json_object_get(o, name) : NULL;
	return v ? v : json_null();
}

const char *value_get_string(const json_t *o, const char *name)
{
	return json_string_value(value_get(o, name));
}

const char *value_get_string_or(const json_t *o, const char *name, const char *fallback)
{
	const char *s = value_get_string(o, name);

	return s ? s : fallback;
}

void value_copy_string(json_t *to, const char *to_key, const json_t *from, const char *from_key,
		       const char *fallback)
{
	const char *s = value_get_string(from, from_key);

	if (s || fallback)
		json_object_set_new(to, to_key, json_string(s ? s : fallback));
}

void value_copy_nonempty(json_t *to, const char *to_key, const json_t *from, const char *from_key)
{
	const char *s = value_get_string(from, from_key);

	if (s && *s)
		json_object_set_new(to, to_key, json_string(s));
}

json_int_t value_get_integer(const json_t *o, const char *name, json_int_t fallback)
{
	json_t *v = value_get(o, name);

	return json_is_number(v) ? (json_int_t)json_number_value(v) : fallback;
}

bool value_is_set(const json_t *v)
{
	return v && !json_is_null(v);
}

int value_config_string(const json_t *config, const char *provider, const char *name,
			const char **out, struct strbuf *err)
{
	const json_t *v = json_object_get(config, name);

	*out = NULL;
	if (!value_is_set(v))
		return 0;
	if (!json_is_string(v)) {
		strbuf_addf(err, "%s provider: %s must be a string", provider, name);
		return -1;
	}
	*out = json_string_value(v);
	return 0;
}

void value_map_diff(const json_t *have, const json_t *want, json_t **removed, json_t **set)
{
	const char *k;
	json_t *v;
	*removed = json_array();
	*set = json_object();
	if (json_is_object(have))
		json_object_foreach((json_t *)have, k, v)
			if (!json_object_get(want, k))
				json_array_append_new(*removed, json_string(k));
	if (json_is_object(want))
		json_object_foreach((json_t *)want, k, v)
			if (!value_equal(v, json_object_get(have, k)))
				json_object_set(*set, k, v);
}

bool attr_changed(const json_t *prior, const json_t *desired, const char *name)
{
	return !value_equal(value_get(prior, name), value_get(desired, name));
}

int by_text(const void *a, const void *b)
{
	const char *x = json_string_value(*(json_t *const *)a);
	const char *y = json_string_value(*(json_t *const *)b);

	return strcmp(x ? x : "", y ? y : "");
}

static int compare_strings(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

json_t *value_string_set(const json_t *list)
{
	size_t n = json_array_size(list), i;
	const char **items;
	json_t *out, *v;

	if (!json_is_array(list))
		return NULL;
	items = xcalloc(n ? n : 1, sizeof(*items));
	json_array_foreach(list, i, v) {
		if (!json_is_string(v)) {
			free(items);
			return NULL;
		}
		items[i] = json_string_value(v);
	}
	qsort(items, n, sizeof(*items), compare_strings);
	out = json_array();
	for (i = 0; i < n; i++)
		if (i == 0 || strcmp(items[i], items[i - 1]))
			json_array_append_new(out, json_string(items[i]));
	free(items);
	return out;
}

/* One marker for the whole process, shared by reference: a plan of 10,000
 * creates holds tens of thousands of unknown attributes, and a marker of
 * its own each (an object, its table and key) was a quarter of the heap.
 * Nothing changes a value in place once it is in a plan, and jansson's
 * reference counts are atomic, so the executor's threads may share it. */
static json_t *unknown_marker, *unknown_set_marker;
static pthread_once_t unknown_once = PTHREAD_ONCE_INIT;

static void make_unknown_marker(void)
{
	unknown_marker = json_pack("{s:b}", UNKNOWN_KEY, 1);
	unknown_set_marker = json_pack("{s:s}", UNKNOWN_KEY, UNKNOWN_SET);
}

json_t *value_unknown(void)
{
	pthread_once(&unknown_once, make_unknown_marker);
	return json_incref(unknown_marker);
}

json_t *value_unknown_set(void)
{
	pthread_once(&unknown_once, make_unknown_marker);
	return json_incref(unknown_set_marker);
}

/* v's "$unknown" member when v is a marker ({"$unknown": ...}, with
 * "kind" beside it or not), else NULL. */
static const json_t *unknown_member(const json_t *v)
{
	size_t n = json_is_object(v) ? json_object_size(v) : 0;
	if (n < 1 || n > 3)
		return NULL;
	const char *key;
	const json_t *m;
	json_object_foreach((json_t *)v, key, m)
		if (strcmp(key, UNKNOWN_KEY) && (!json_is_string(m) ||
		    (strcmp(key, UNKNOWN_KIND_KEY) && strcmp(key, UNKNOWN_PREFIX_KEY) &&
		     strcmp(key, UNKNOWN_SUFFIX_KEY))))
			return NULL;
	return json_object_get(v, UNKNOWN_KEY);
}

bool value_is_unknown(const json_t *v)
{
	return json_is_true(unknown_member(v)) || value_unknown_surely_set(v);
}

bool value_unknown_surely_set(const json_t *v)
{
	const char *s = json_string_value(unknown_member(v));
	return s && !strcmp(s, UNKNOWN_SET);
}

/* The markers of a kind, made once each (a kind and its set-ness) and
 * shared as the two above are: kinds are a few hundred, the values of
 * them tens of thousands. */
static json_t *kind_markers; /* "set KIND" or "may KIND": the marker */
static pthread_mutex_t kind_markers_lock = PTHREAD_MUTEX_INITIALIZER;

json_t *value_unknown_of_kind(const char *kind, const char *prefix, bool set)
{
	if (!kind || !*kind)
		return set ? value_unknown_set() : value_unknown();
	if (prefix && !*prefix)
		prefix = NULL;
	/* the key: set-ness, kind and prefix (a kind's name holds no '|') */
	char *key = xasprintf("%s %s|%s", set ? "set" : "may", kind, prefix ? prefix : "");
	pthread_mutex_lock(&kind_markers_lock);
	if (!kind_markers)
		kind_markers = json_object();
	json_t *m = json_object_get(kind_markers, key);
	if (!m) {
		m = set ? json_pack("{s:s,s:s}", UNKNOWN_KEY, UNKNOWN_SET, UNKNOWN_KIND_KEY, kind)
			: json_pack("{s:b,s:s}", UNKNOWN_KEY, 1, UNKNOWN_KIND_KEY, kind);
		if (prefix)
			json_object_set_new(m, UNKNOWN_PREFIX_KEY, json_string(prefix));
		json_object_set_new(kind_markers, key, m);
	}
	json_incref(m);
	pthread_mutex_unlock(&kind_markers_lock);
	free(key);
	return m;
}

const char *value_unknown_kind(const json_t *v)
{
	return unknown_member(v) ? json_string_value(json_object_get(v, UNKNOWN_KIND_KEY)) : NULL;
}

/* The markers of a text, made once each and shared as the kinds' are: a
 * plan of many creates writes the same "${b.arn}/x" many times. */
json_t *value_unknown_text(const char *prefix, size_t prefix_len, const char *suffix,
			   size_t suffix_len)
{
	if (!prefix_len && !suffix_len)
		return value_unknown_set();
	json_t *p = json_stringn(prefix, prefix_len), *s = json_stringn(suffix, suffix_len);
	if (!p || !s) { /* not UTF-8 whole (a cut inside a character): no text */
		json_decref(p);
		json_decref(s);
		return value_unknown_set();
	}
	/* the key: prefix, a NUL-free separator and suffix (JSON keys are C strings) */
	char *key = xasprintf("text %zu %s|%s", prefix_len, json_string_value(p), json_string_value(s));
	pthread_mutex_lock(&kind_markers_lock);
	if (!kind_markers)
		kind_markers = json_object();
	json_t *m = json_object_get(kind_markers, key);
	if (!m) {
		m = json_pack("{s:s}", UNKNOWN_KEY, UNKNOWN_SET); /* an empty part left out */
		if (prefix_len)
			json_object_set(m, UNKNOWN_PREFIX_KEY, p);
		if (suffix_len)
			json_object_set(m, UNKNOWN_SUFFIX_KEY, s);
		json_object_set_new(kind_markers, key, m);
	}
	json_incref(m);
	pthread_mutex_unlock(&kind_markers_lock);
	free(key);
	json_decref(p);
	json_decref(s);
	return m;
}

static bool text_unknown(const char *s)
{
	return s && strstr(s, "${") != NULL;
}

/* The end of the ${...} or %{...} that begins at s[i] (just past its "}"),
 * braces counted outside quoted strings; 0 when it never closes. */
static size_t interpolation_end(const char *s, size_t n, size_t i)
{
	int depth = 1;
	bool quoted = false;
	for (i += 2; i < n; i++) {
		if (quoted) {
			if (s[i] == '\\' && i + 1 < n)
				i++;
			else if (s[i] == '"')
				quoted = false;
		} else if (s[i] == '"') {
			quoted = true;
		} else if (s[i] == '{') {
			depth++;
		} else if (s[i] == '}' && --depth == 0) {
			return i + 1;
		}
	}
	return 0;
}

/* Text of a template outside its interpolations, "$${" and "%%{" read as
 * the "${" and "%{" they stand for. */
static void add_template_text(struct strbuf *out, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		strbuf_addch(out, s[i]);
		if ((s[i] == '$' || s[i] == '%') && i + 2 < n && s[i + 1] == s[i] && s[i + 2] == '{')
			i++;
	}
}

bool value_text_may_be(const struct strbuf *prefix, const struct strbuf *suffix, const char *text)
{
	size_t n = strlen(text);
	return n >= prefix->len + suffix->len && !strncmp(text, prefix->buf, prefix->len) &&
	       !strcmp(text + n - suffix->len, suffix->buf);
}

bool value_known_affixes(const json_t *v, struct strbuf *prefix, struct strbuf *suffix)
{
	strbuf_reset(prefix);
	strbuf_reset(suffix);
	if (unknown_member(v)) {
		const char *p = json_string_value(json_object_get(v, UNKNOWN_PREFIX_KEY));
		const char *s = json_string_value(json_object_get(v, UNKNOWN_SUFFIX_KEY));
		if (p)
			strbuf_addstr(prefix, p);
		if (s)
			strbuf_addstr(suffix, s);
		return prefix->len || suffix->len;
	}
	const char *s = json_string_value(v);
	if (!text_unknown(s))
		return false;
	size_t n = strlen(s), first = n, last_end = 0, i = 0;
	while (i < n) {
		if ((s[i] == '$' || s[i] == '%') && i + 2 < n && s[i + 1] == s[i] && s[i + 2] == '{') {
			i += 3; /* "$${": text */
			continue;
		}
		if ((s[i] == '$' || s[i] == '%') && i + 1 < n && s[i + 1] == '{') {
			size_t end = interpolation_end(s, n, i);
			if (!end)
				return false; /* not a template terrace reads: know nothing */
			if (first == n)
				first = i;
			last_end = end;
			i = end;
			continue;
		}
		i++;
	}
	if (first == n)
		return false;
	add_template_text(prefix, s, first);
	add_template_text(suffix, s + last_end, n - last_end);
	return prefix->len || suffix->len;
}

bool value_contains_unknown(const json_t *v)
{
	if (value_is_unknown(v))
		return true;
	if (json_is_array(v)) {
		size_t i;
		json_t *e;
		json_array_foreach(v, i, e)
			if (value_contains_unknown(e))
				return true;
	} else if (json_is_object(v)) {
		const char *k;
		json_t *e;
		json_object_foreach((json_t *)v, k, e)
			if (value_contains_unknown(e))
				return true;
	}
	return false;
}

/* What is not known yet (value.h), in one place for every check: at
 * validate a string holding ${...} (the template, not the value), at plan
 * {"$unknown": true} (a value known only at apply). */

bool value_not_known(const json_t *v)
{
	if (value_is_unknown(v))
		return true;
	return json_is_string(v) && text_unknown(json_string_value(v));
}

int value_set_ness(const json_t *v)
{
	if (!v || json_is_null(v))
		return 0;
	if (value_unknown_surely_set(v))
		return 1;
	if (value_is_unknown(v))
		return -1;
	const char *s = json_string_value(v);
	size_t n = s ? strlen(s) : 0;
	if (text_unknown(s) && !strncmp(s, "${", 2) && s[n - 1] == '}')
		return -1;
	return 1;
}

bool value_key_not_known(const char *key)
{
	return text_unknown(key);
}

bool value_holds_not_known(const json_t *v)
{
	if (value_not_known(v))
		return true;
	if (json_is_array(v)) {
		size_t i;
		json_t *e;
		json_array_foreach(v, i, e)
			if (value_holds_not_known(e))
				return true;
	} else if (json_is_object(v)) {
		const char *k;
		json_t *e;
		json_object_foreach((json_t *)v, k, e)
			if (text_unknown(k) || value_holds_not_known(e))
				return true;
	}
	return false;
}

const char *value_known_string(const json_t *v)
{
	return json_is_string(v) && !value_not_known(v) ? json_string_value(v) : NULL;
}

const char *value_known_member(const json_t *o, const char *name)
{
	return value_known_string(value_known_object(o) ? json_object_get(o, name) : NULL);
}

bool value_known_object(const json_t *v)
{
	return json_is_object(v) && !value_is_unknown(v);
}

bool value_equal(const json_t *a, const json_t *b)
{
	if (!a || !b)
		return a == b || (json_is_null(a) && !b) || (!a && json_is_null(b));
	if (json_is_integer(a) && json_is_integer(b))
		return json_integer_value(a) == json_integer_value(b);
	if (json_is_number(a) && json_is_number(b))
		return json_number_value(a) == json_number_value(b);
	if (json_typeof(a) != json_typeof(b))
		return false;
	switch (json_typeof(a)) {
	case JSON_OBJECT: {
		/* A member set to null is the same as an absent member. */
		const char *k;
		json_t *v;
		json_object_foreach((json_t *)a, k, v)
			if (!value_equal(v, json_object_get(b, k)))
				return false;
		json_object_foreach((json_t *)b, k, v)
			if (!json_object_get(a, k) && !json_is_null(v))
				return false;
		return true;
	}
	case JSON_ARRAY: {
		if (json_array_size(a) != json_array_size(b))
			return false;
		for (size_t i = 0; i < json_array_size(a); i++)
			if (!value_equal(json_array_get(a, i), json_array_get(b, i)))
				return false;
		return true;
	}
	default:
		return json_equal((json_t *)a, (json_t *)b);
	}
}

const char *value_kind(const json_t *v)
{
	switch (json_typeof(v)) {
	case JSON_OBJECT: return "a map";
	case JSON_ARRAY: return "a list";
	case JSON_STRING: return "a string";
	case JSON_INTEGER:
	case JSON_REAL: return "a number";
	case JSON_TRUE:
	case JSON_FALSE: return "a bool";
	case JSON_NULL: return "null";
	}
	return "a value";
}

static json_t *coerce_type(enum attr_type type, enum attr_type elem_type,
			   const struct attr_schema *nested, const json_t *v,
			   struct strbuf *err);

static json_t *coerce_scalar(enum attr_type type, const json_t *v, struct strbuf *err)
{
	switch (type) {
	case ATTR_STRING:
		if (json_is_string(v))
			return json_incref((json_t *)v);
		if (json_is_integer(v))
			return json_sprintf("%" JSON_INTEGER_FORMAT, json_integer_value(v));
		if (json_is_real(v)) {
			/* The shortest text that reads back as the same number. */
			char buf[32];
			for (int prec = 15; prec <= 17; prec++) {
				snprintf(buf, sizeof(buf), "%.*g", prec, json_real_value(v));
				if (strtod(buf, NULL) == json_real_value(v))
					break;
			}
			return json_string(buf);
		}
		if (json_is_boolean(v))
			return json_string(json_is_true(v) ? "true" : "false");
		break;
	case ATTR_NUMBER:
		if (json_is_number(v))
			return json_incref((json_t *)v);
		if (json_is_string(v)) {
			const char *s = json_string_value(v);
			char *end;
			double d = strtod(s, &end);
			if (*s && !*end && isfinite(d)) {
				if (d == floor(d) && fabs(d) < 9e15)
					return json_integer((json_int_t)d);
				return json_real(d);
			}
		}
		break;
	case ATTR_BOOL:
		if (json_is_boolean(v))
			return json_incref((json_t *)v);
		if (json_is_string(v)) {
			if (!strcmp(json_string_value(v), "true"))
				return json_true();
			if (!strcmp(json_string_value(v), "false"))
				return json_false();
		}
		break;
	default:
		break;
	}
	strbuf_addf(err, "must be a %s, got %s", attr_type_name(type), value_kind(v));
	return NULL;
}

static json_t *coerce_object(const struct attr_schema *nested, const json_t *v,
			     struct strbuf *err)
{
	if (!json_is_object(v)) {
		strbuf_addf(err, "must be an object, got %s", value_kind(v));
		return NULL;
	}
	json_t *out = json_object();
	const char *k;
	json_t *e;
	json_object_foreach((json_t *)v, k, e) {
		const struct attr_schema *a = schema_find(nested, k);
		if (!a) {
			strbuf_addf(err, "has no attribute \"%s\"", k);
			json_decref(out);
			return NULL;
		}
		json_t *c = schema_coerce(a, e, err);
		if (!c) {
			strbuf_prefixf(err, "attribute \"%s\" ", k);
			json_decref(out);
			return NULL;
		}
		json_object_set_new(out, k, c);
	}
	for (const struct attr_schema *a = nested; a && a->name; a++) {
		if (json_object_get(out, a->name))
			continue;
		json_t *d = schema_default(a);
		if (d) {
			json_object_set_new(out, a->name, d);
		} else if (a->flags & ATTR_REQUIRED) {
			/* as validate says of a block written out; a block made by
			 * an expression (a for) is checked here */
			strbuf_addf(err, "is missing required attribute \"%s\"", a->name);
			json_decref(out);
			return NULL;
		}
	}
	return out;
}

static json_t *coerce_type(enum attr_type type, enum attr_type elem_type,
			   const struct attr_schema *nested, const json_t *v,
			   struct strbuf *err)
{
	if (value_contains_unknown(v) && !json_is_array(v) && !json_is_object(v))
		return json_incref((json_t *)v);
	if (value_is_unknown(v) || json_is_null(v))
		return json_incref((json_t *)v);
	switch (type) {
	case ATTR_STRING:
	case ATTR_NUMBER:
	case ATTR_BOOL:
		return coerce_scalar(type, v, err);
	case ATTR_JSON:
		if (json_is_string(v)) {
			json_error_t jerr;
			json_t *doc = json_loads(json_string_value(v), JSON_DECODE_ANY, &jerr);
			if (!doc)
				strbuf_addf(err, "is not a valid JSON document: %s (line %d, column %d)",
					    jerr.text, jerr.line, jerr.column);
			return doc;
		}
		return json_deep_copy(v);
	case ATTR_LIST:
	case ATTR_OBJECT_LIST: {
		if (!json_is_array(v)) {
			strbuf_addf(err, "must be a list, got %s", value_kind(v));
			return NULL;
		}
		json_t *out = json_array();
		size_t i;
		json_t *e;
		json_array_foreach(v, i, e) {
			json_t *c = type == ATTR_OBJECT_LIST
					    ? coerce_object(nested, e, err)
					    : coerce_type(elem_type, ATTR_STRING, NULL, e, err);
			if (!c) {
				strbuf_prefixf(err, "item %zu ", i);
				json_decref(out);
				return NULL;
			}
			json_array_append_new(out, c);
		}
		return out;
	}
	case ATTR_MAP: {
		if (!json_is_object(v)) {
			strbuf_addf(err, "must be a map, got %s", value_kind(v));
			return NULL;
		}
		json_t *out = json_object();
		const char *k;
		json_t *e;
		json_object_foreach((json_t *)v, k, e) {
			json_t *c = coerce_type(elem_type, ATTR_STRING, NULL, e, err);
			if (!c) {
				strbuf_prefixf(err, "key \"%s\" ", k);
				json_decref(out);
				return NULL;
			}
			json_object_set_new(out, k, c);
		}
		return out;
	}
	case ATTR_OBJECT:
		return coerce_object(nested, v, err);
	}
	strbuf_addstr(err, "has an unsupported type");
	return NULL;
}

json_t *schema_coerce(const struct attr_schema *a, const json_t *v, struct strbuf *err)
{
	if (a->type == ATTR_LIST && (a->flags & ATTR_ONE_OR_LIST) && v && !json_is_array(v) &&
	    !json_is_null(v) && !value_is_unknown(v)) {
		json_t *one = json_pack("[O]", v);
		json_t *out = coerce_type(a->type, a->elem_type, a->nested, one, err);
		json_decref(one);
		return out;
	}
	return coerce_type(a->type, a->elem_type, a->nested, v, err);
}

json_t *schema_default(const struct attr_schema *a)
{
	if (!a->default_json)
		return NULL;
	return json_loads(a->default_json, JSON_DECODE_ANY, NULL);
}

json_t *schema_redact(const struct attr_schema *attrs, const json_t *values)
{
	if (!json_is_object(values))
		return json_incref((json_t *)values);
	json_t *out = json_object();
	const char *k;
	json_t *v;
	json_object_foreach((json_t *)values, k, v) {
		const struct attr_schema *a = schema_find(attrs, k);
		if (a && (a->flags & ATTR_SENSITIVE) && !json_is_null(v))
			json_object_set_new(out, k, json_string("(sensitive)"));
		else if (a && a->nested && json_is_object(v))
			json_object_set_new(out, k, schema_redact(a->nested, v));
		else if (a && a->nested && json_is_array(v)) {
			json_t *list = json_array();
			size_t i;
			json_t *e;
			json_array_foreach(v, i, e)
				json_array_append_new(list, schema_redact(a->nested, e));
			json_object_set_new(out, k, list);
		} else
			json_object_set(out, k, v);
	}
	return out;
}

/* A list of tags is of blocks with a key and a value (CloudFormation's
 * Key and Value, as awscc names them). */
static bool key_value_blocks(const struct attr_schema *a)
{
	return a->type == ATTR_OBJECT_LIST && schema_find(a->nested, "key") &&
	       schema_find(a->nested, "value");
}

const struct attr_schema *rtype_tags_schema(const struct resource_type *rt)
{
	const struct attr_schema *a = schema_find(rt->attrs, rt->tags_attr ? rt->tags_attr : "tags");
	return a && (a->type == ATTR_MAP || key_value_blocks(a)) ? a : NULL;
}

json_t *rtype_tags(const struct resource_type *rt, const json_t *attrs)
{
	const struct attr_schema *a = rtype_tags_schema(rt);
	const json_t *tags = a ? json_object_get(attrs, a->name) : NULL;
	if (!tags || value_is_unknown(tags))
		return NULL;
	if (a->type == ATTR_MAP)
		return json_is_object(tags) ? json_incref((json_t *)tags) : NULL;
	if (!json_is_array(tags))
		return NULL;
	json_t *map = json_object();
	size_t i;
	const json_t *block;
	json_array_foreach(tags, i, block) {
		const char *key = json_string_value(json_object_get(block, "key"));
		const json_t *value = json_object_get(block, "value");
		if (!key || !value || value_is_unknown(value)) {
			json_decref(map);
			return NULL;
		}
		json_object_set(map, key, (json_t *)value);
	}
	return map;
}

const char **value_sorted_keys(const json_t *obj, size_t *n)
{
	size_t count = json_object_size(obj), k = 0;
	const char **keys = xcalloc(count + 1, sizeof(*keys));
	const char *key;
	json_t *value;

	json_object_foreach((json_t *)obj, key, value)
		keys[k++] = key;
	qsort(keys, count, sizeof(*keys), compare_strings);
	if (n)
		*n = count;
	return keys;
}

/* The block of key `key` in list (a type's tags as written), or NULL. */
static const json_t *tag_block(const json_t *list, const char *key)
{
	size_t i;
	const json_t *block;
	json_array_foreach(list, i, block) {
		const char *k = json_string_value(json_object_get(block, "key"));
		if (k && !strcmp(k, key))
			return block;
	}
	return NULL;
}

void rtype_tags_put(const struct resource_type *rt, json_t *attrs, const json_t *tags)
{
	const struct attr_schema *a = rtype_tags_schema(rt);
	if (!a || !json_is_object(attrs))
		return;
	if (a->type == ATTR_MAP) {
		json_object_set_new(attrs, a->name, json_copy((json_t *)tags));
		return;
	}
	size_t n, k;
	const char **keys = value_sorted_keys(tags, &n);
	const json_t *was = json_object_get(attrs, a->name);
	json_t *list = json_array();
	for (k = 0; k < n; k++) {
		/* A written block keeps what else it says (an Auto Scaling
		 * group's propagate_at_launch); a new one (terrace's own) says
		 * false where the block requires a flag: nothing beyond the
		 * object itself is tagged. */
		const json_t *old = tag_block(was, keys[k]);
		json_t *block = old ? json_copy((json_t *)old) : json_object();
		json_object_set_new(block, "key", json_string(keys[k]));
		json_object_set(block, "value", json_object_get(tags, keys[k]));
		for (const struct attr_schema *m = a->nested; !old && m->name; m++)
			if ((m->flags & ATTR_REQUIRED) && m->type == ATTR_BOOL)
				json_object_set_new(block, m->name, json_false());
		json_array_append_new(list, block);
	}
	free(keys);
	json_object_set_new(attrs, a->name, list);
}

json_t *value_utc_timestamp(time_t t)
{
	char buf[32];

	return json_string(utc_timestamp(t, buf));
}
