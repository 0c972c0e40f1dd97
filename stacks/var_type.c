/*
 * var_type.c: Terraform's type constraints (stacks/var_type.h): the parser
 * of the constraint text and of the literal values it and -var hold (a small
 * recursive descent over HCL's type and literal syntax: no library reads
 * HCL from C), and the conversion of values to a type, with Terraform's
 * rules (checked against Terraform itself: tests/integration/stacks/t0466/).
 */
#include "stacks/var_type.h"
#include "stacks/expr.h"
#include "stacks/expr_path.h"
#include "stacks/yaml.h"
#include "provider/provider.h"

#include <ctype.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Deeper than any type a stack writes; bounds the recursion. */
#define MAX_DEPTH 32

/* ---- reading: the type constraint and literal values -------------------- */

struct lex {
	const char *s;
	size_t i;
	struct strbuf *err; /* NULL: fail quietly (literals tried before YAML) */
	bool failed;
};

static void lex_fail(struct lex *l, const char *fmt, const char *arg)
{
	if (!l->failed && l->err)
		strbuf_addf(l->err, fmt, arg);
	l->failed = true;
}

static void skip_ws(struct lex *l)
{
	while (l->s[l->i] && isspace((unsigned char)l->s[l->i]))
		l->i++;
}

static bool accept(struct lex *l, char c)
{
	skip_ws(l);
	if (l->s[l->i] != c)
		return false;
	l->i++;
	return true;
}

static void expect(struct lex *l, char c, const char *after)
{
	if (accept(l, c))
		return;
	char want[2] = { c, 0 };
	if (!l->failed && l->err) {
		const char *at = l->s + l->i;
		if (*at)
			strbuf_addf(l->err, "expected \"%s\" %s, found \"%.20s\"", want, after, at);
		else
			strbuf_addf(l->err, "expected \"%s\" %s, found the end", want, after);
	}
	l->failed = true;
}

static bool ident_char(char c, bool first)
{
	return isalpha((unsigned char)c) || c == '_' || (!first && (isdigit((unsigned char)c) ||
								    c == '-'));
}

/* An identifier, as a new string, or NULL when none starts here. */
static char *ident(struct lex *l)
{
	skip_ws(l);
	size_t start = l->i;
	if (!ident_char(l->s[l->i], true))
		return NULL;
	while (ident_char(l->s[l->i], false))
		l->i++;
	return xstrndup(l->s + start, l->i - start);
}

/* A "quoted string" with HCL's escapes, as a new string, or NULL. */
static char *quoted(struct lex *l)
{
	skip_ws(l);
	if (l->s[l->i] != '"')
		return NULL;
	l->i++;
	struct strbuf sb = STRBUF_INIT;
	for (;;) {
		char c = l->s[l->i];
		if (!c) {
			lex_fail(l, "%s", "a string is not closed (missing \")");
			strbuf_release(&sb);
			return NULL;
		}
		l->i++;
		if (c == '"')
			break;
		if (c == '\\') {
			char e = l->s[l->i++];
			switch (e) {
			case 'n': strbuf_addch(&sb, '\n'); break;
			case 't': strbuf_addch(&sb, '\t'); break;
			case 'r': strbuf_addch(&sb, '\r'); break;
			case '"': case '\\': strbuf_addch(&sb, e); break;
			default:
				lex_fail(l, "%s", "unknown escape in a string (\\n, \\t, \\r, \\\", \\\\)");
				strbuf_release(&sb);
				return NULL;
			}
			continue;
		}
		if (c == '$' && l->s[l->i] == '{') {
			lex_fail(l, "%s", "a value here is a literal: no ${...}");
			strbuf_release(&sb);
			return NULL;
		}
		strbuf_addch(&sb, c);
	}
	return strbuf_detach(&sb);
}

static json_t *parse_literal(struct lex *l, int depth);

/* A number literal: [-]digits[.digits][e[+-]digits]. */
static json_t *number_literal(struct lex *l)
{
	const char *p = l->s + l->i;
	size_t n = 0;
	bool is_real = false;
	if (p[n] == '-')
		n++;
	if (!isdigit((unsigned char)p[n]))
		return NULL;
	while (isdigit((unsigned char)p[n]))
		n++;
	if (p[n] == '.' && isdigit((unsigned char)p[n + 1])) {
		is_real = true;
		n++;
		while (isdigit((unsigned char)p[n]))
			n++;
	}
	if (p[n] == 'e' || p[n] == 'E') {
		size_t e = n + 1;
		if (p[e] == '+' || p[e] == '-')
			e++;
		if (isdigit((unsigned char)p[e])) {
			is_real = true;
			n = e;
			while (isdigit((unsigned char)p[n]))
				n++;
		}
	}
	char *text = xstrndup(p, n);
	l->i += n;
	json_t *v = NULL;
	if (!is_real) {
		char *end;
		long long i = strtoll(text, &end, 10);
		if (!*end && i != LLONG_MAX && i != LLONG_MIN)
			v = json_integer(i);
	}
	if (!v) {
		double d = strtod(text, NULL);
		v = isfinite(d) ? json_real(d) : NULL;
	}
	free(text);
	if (!v)
		lex_fail(l, "%s", "a number out of range");
	return v;
}

static json_t *parse_literal(struct lex *l, int depth)
{
	skip_ws(l);
	if (depth > MAX_DEPTH) {
		lex_fail(l, "%s", "a value nested too deep");
		return NULL;
	}
	char c = l->s[l->i];
	if (c == '"') {
		char *s = quoted(l);
		if (!s)
			return NULL;
		json_t *v = json_string(s);
		free(s);
		if (!v)
			lex_fail(l, "%s", "a string that is not valid UTF-8");
		return v;
	}
	if (c == '-' || isdigit((unsigned char)c)) {
		json_t *v = number_literal(l);
		if (!v)
			lex_fail(l, "%s", "a number expected");
		return v;
	}
	if (c == '[') {
		l->i++;
		json_t *arr = json_array();
		while (!l->failed && !accept(l, ']')) {
			json_t *item = parse_literal(l, depth + 1);
			if (!item)
				break;
			json_array_append_new(arr, item);
			if (!accept(l, ','))
				expect(l, ']', "after a list item");
			else
				continue;
			break;
		}
		if (l->failed) {
			json_decref(arr);
			return NULL;
		}
		return arr;
	}
	if (c == '{') {
		l->i++;
		json_t *obj = json_object();
		while (!l->failed && !accept(l, '}')) {
			char *key = quoted(l);
			if (!key && !l->failed)
				key = ident(l);
			if (!key) {
				lex_fail(l, "%s", "a key (NAME or \"NAME\") expected in {...}");
				break;
			}
			if (!accept(l, '='))
				expect(l, ':', "or \"=\" after a key");
			json_t *item = l->failed ? NULL : parse_literal(l, depth + 1);
			if (item)
				json_object_set_new(obj, key, item);
			free(key);
			if (!item)
				break;
			accept(l, ',');
		}
		if (l->failed) {
			json_decref(obj);
			return NULL;
		}
		return obj;
	}
	char *word = ident(l);
	json_t *v = NULL;
	if (word && !strcmp(word, "true"))
		v = json_true();
	else if (word && !strcmp(word, "false"))
		v = json_false();
	else if (word && !strcmp(word, "null"))
		v = json_null();
	else
		lex_fail(l, "a literal value expected (a string, number, bool, null, [...] or "
			 "{...}), found \"%.20s\"", word ? word : l->s + l->i);
	free(word);
	return v;
}

static const char *const primitive_names[] = { "string", "number", "bool", "any" };

static json_t *parse_type(struct lex *l, int depth);

/* optional(T) or optional(T, DEFAULT), after "optional". */
static json_t *parse_optional(struct lex *l, int depth, json_t **dflt)
{
	expect(l, '(', "after optional");
	json_t *t = l->failed ? NULL : parse_type(l, depth + 1);
	if (!t)
		return NULL;
	*dflt = NULL;
	if (accept(l, ',')) {
		json_t *raw = parse_literal(l, depth + 1);
		if (raw) {
			struct strbuf why = STRBUF_INIT;
			*dflt = var_type_convert(t, raw, "the default", false, false, NULL, &why);
			if (!*dflt)
				lex_fail(l, "optional(): %s", why.buf);
			strbuf_release(&why);
			json_decref(raw);
		}
	}
	expect(l, ')', "to close optional(...)");
	if (l->failed) {
		json_decref(t);
		json_decref(*dflt);
		*dflt = NULL;
		return NULL;
	}
	if (!*dflt)
		*dflt = json_null();
	return t;
}

static json_t *parse_object(struct lex *l, int depth)
{
	expect(l, '{', "in object({NAME = TYPE, ...})");
	json_t *attrs = json_object(), *optional = json_object();
	while (!l->failed && !accept(l, '}')) {
		char *name = quoted(l);
		if (!name && !l->failed)
			name = ident(l);
		if (!name) {
			lex_fail(l, "%s", "an attribute name expected in object({NAME = TYPE, ...})");
			break;
		}
		if (json_object_get(attrs, name))
			lex_fail(l, "object(): attribute \"%s\" is defined twice", name);
		if (!accept(l, '='))
			expect(l, ':', "or \"=\" after an attribute name");
		json_t *t = NULL, *dflt = NULL;
		size_t save = l->i;
		char *word = l->failed ? NULL : ident(l);
		if (word && !strcmp(word, "optional")) {
			t = parse_optional(l, depth, &dflt);
		} else if (!l->failed) {
			l->i = save;
			t = parse_type(l, depth + 1);
		}
		free(word);
		if (t)
			json_object_set_new(attrs, name, t);
		if (dflt)
			json_object_set_new(optional, name, dflt);
		free(name);
		if (!t)
			break;
		accept(l, ',');
	}
	expect(l, ')', "to close object(...)");
	if (l->failed) {
		json_decref(attrs);
		json_decref(optional);
		return NULL;
	}
	return json_pack("[s, o, o]", "object", attrs, optional);
}

static json_t *parse_type(struct lex *l, int depth)
{
	if (depth > MAX_DEPTH) {
		lex_fail(l, "%s", "a type nested too deep");
		return NULL;
	}
	char *word = ident(l);
	if (!word) {
		lex_fail(l, "a type expected, found \"%.20s\"", l->s + l->i);
		return NULL;
	}
	json_t *t = NULL;
	for (size_t i = 0; i < sizeof(primitive_names) / sizeof(*primitive_names); i++)
		if (!strcmp(word, primitive_names[i]))
			t = json_string(word);
	bool collection = !strcmp(word, "list") || !strcmp(word, "set") || !strcmp(word, "map");
	if (t) {
		skip_ws(l);
		if (l->s[l->i] == '(')
			lex_fail(l, "%s takes no argument", word);
	} else if (collection) {
		if (!accept(l, '(')) {
			lex_fail(l, "%s needs its element type: list(string), map(number), set(any)",
				 word);
		} else {
			json_t *elem = parse_type(l, depth + 1);
			if (elem) {
				expect(l, ')', "after the element type");
				t = json_pack("[s, o]", word, elem);
			}
		}
	} else if (!strcmp(word, "tuple")) {
		expect(l, '(', "after tuple");
		expect(l, '[', "in tuple([TYPE, ...])");
		json_t *items = json_array();
		while (!l->failed && !accept(l, ']')) {
			json_t *item = parse_type(l, depth + 1);
			if (!item)
				break;
			json_array_append_new(items, item);
			if (!accept(l, ','))
				expect(l, ']', "after a tuple element type");
			else
				continue;
			break;
		}
		expect(l, ')', "to close tuple(...)");
		t = json_pack("[s, o]", "tuple", items);
	} else if (!strcmp(word, "object")) {
		expect(l, '(', "after object");
		t = l->failed ? NULL : parse_object(l, depth);
	} else {
		skip_ws(l);
		if (!strcmp(word, "optional"))
			lex_fail(l, "%s", "optional(...) is for an attribute of object({...})");
		else if (l->s[l->i] == '(')
			lex_fail(l, "unknown type %s(...)", word);
		else
			lex_fail(l, "unknown type %s", word);
	}
	free(word);
	if (l->failed) {
		json_decref(t);
		return NULL;
	}
	return t;
}

json_t *var_type_parse(const char *text, struct strbuf *err)
{
	/* terrace's first spellings: a list or a map of anything, as given. */
	if (!strcmp(text, "list") || !strcmp(text, "map"))
		return json_string(text);
	struct lex l = { text, 0, err, false };
	json_t *t = parse_type(&l, 0);
	skip_ws(&l);
	if (t && text[l.i]) {
		strbuf_addf(err, "unexpected \"%.20s\" after the type", text + l.i);
		json_decref(t);
		return NULL;
	}
	if (!t && !err->len)
		strbuf_addstr(err, "not a type");
	return t;
}

json_t *var_type_read_text(const char *text)
{
	struct lex l = { text, 0, NULL, false };
	json_t *v = parse_literal(&l, 0);
	skip_ws(&l);
	if (v && !text[l.i])
		return v;
	json_decref(v);
	struct diags ignored = DIAGS_INIT;
	v = NULL;
	if (yaml_load_string("value", text, strlen(text), NULL, &v, &ignored) < 0)
		v = NULL;
	diags_free(&ignored);
	return v;
}

/* ---- writing a type ------------------------------------------------------ */

static bool is_kind(const json_t *type, const char *kind)
{
	return json_is_array(type) && !strcmp(json_string_value(json_array_get(type, 0)), kind);
}

void var_type_text(const json_t *type, struct strbuf *out)
{
	if (json_is_string(type)) {
		strbuf_addstr(out, json_string_value(type));
		return;
	}
	const char *kind = json_string_value(json_array_get(type, 0));
	json_t *arg = json_array_get(type, 1);
	strbuf_addf(out, "%s(", kind);
	if (is_kind(type, "tuple")) {
		strbuf_addch(out, '[');
		size_t i;
		json_t *item;
		json_array_foreach(arg, i, item) {
			if (i)
				strbuf_addstr(out, ", ");
			var_type_text(item, out);
		}
		strbuf_addch(out, ']');
	} else if (is_kind(type, "object")) {
		json_t *optional = json_array_get(type, 2);
		strbuf_addch(out, '{');
		const char *name;
		json_t *t;
		bool first = true;
		json_object_foreach(arg, name, t) {
			strbuf_addf(out, "%s%s = ", first ? "" : ", ", name);
			first = false;
			json_t *dflt = json_object_get(optional, name);
			if (dflt)
				strbuf_addstr(out, "optional(");
			var_type_text(t, out);
			if (dflt && !json_is_null(dflt)) {
				char *text = json_dumps(dflt, JSON_ENCODE_ANY | JSON_COMPACT);
				strbuf_addf(out, ", %s", text);
				free(text);
			}
			if (dflt)
				strbuf_addch(out, ')');
		}
		strbuf_addch(out, '}');
	} else {
		var_type_text(arg, out);
	}
	strbuf_addch(out, ')');
}

/* ---- converting ---------------------------------------------------------- */

struct conv {
	bool secret;
	bool text; /* v is the text of a -var or an environment variable */
	int in_read; /* inside a value read from a string: its nodes are not v's */
	const json_t *at; /* the node of v refused, the innermost (or NULL) */
	struct strbuf *err;
	struct strbuf path; /* "var.settings[\"size\"]", grown and cut while walking */
	enum func_edition edition; /* a number's text for a string (expr_stringify_as) */
	bool *by_edition; /* set when that text is not the same in every edition (or NULL) */
};

/* The refusal is at v (when v is a node of the value given). */
static void fail_at(struct conv *c, const json_t *v)
{
	if (!c->at && !c->in_read)
		c->at = v;
}

static void refuse(struct conv *c, const char *wanted, const json_t *v)
{
	fail_at(c, v);
	strbuf_addf(c->err, "%s: %s is required, got ", c->path.buf, wanted);
	if (c->secret || !(json_is_string(v) || json_is_number(v) || json_is_boolean(v))) {
		strbuf_addstr(c->err, value_kind(v));
		return;
	}
	if (json_is_string(v) && json_string_length(v) > 40) {
		strbuf_addf(c->err, "\"%.37s...\"", json_string_value(v));
		return;
	}
	char *text = json_dumps(v, JSON_ENCODE_ANY);
	strbuf_addstr(c->err, text);
	free(text);
}

static json_t *convert(const json_t *type, const json_t *v, struct conv *c, int depth);

/* A number from text, as Terraform reads one: decimal, a sign, a fraction
 * and an exponent allowed ("+5", ".5", "5.", "1E2"); no blanks, no hex, no
 * "_", no infinity. */
static json_t *number_from_text(const char *s)
{
	size_t n = 0, digits = 0;
	bool is_real = false;
	if (s[n] == '+' || s[n] == '-')
		n++;
	for (; isdigit((unsigned char)s[n]); n++)
		digits++;
	if (s[n] == '.') {
		is_real = true;
		for (n++; isdigit((unsigned char)s[n]); n++)
			digits++;
	}
	if (!digits)
		return NULL;
	if (s[n] == 'e' || s[n] == 'E') {
		is_real = true;
		n++;
		if (s[n] == '+' || s[n] == '-')
			n++;
		if (!isdigit((unsigned char)s[n]))
			return NULL;
		while (isdigit((unsigned char)s[n]))
			n++;
	}
	if (s[n])
		return NULL;
	if (!is_real) {
		char *end;
		long long i = strtoll(s, &end, 10);
		if (!*end && i != LLONG_MAX && i != LLONG_MIN)
			return json_integer(i);
	}
	/* A fraction or an exponent makes a real, as YAML and terrace always
	 * made it: "1e3" is 1000.0, the same number as 1000. */
	double d = strtod(s, NULL);
	return isfinite(d) ? json_real(d) : NULL;
}

static json_t *convert_primitive(const char *kind, const json_t *v, struct conv *c)
{
	const char *s = json_string_value(v);
	json_t *out = NULL;
	if (!strcmp(kind, "string")) {
		if (s) {
			out = json_incref((json_t *)v);
		} else if (json_is_number(v) || json_is_boolean(v)) {
			struct strbuf text = STRBUF_INIT, other = STRBUF_INIT;
			expr_stringify_as(v, c->edition, &text);
			if (c->by_edition && json_is_number(v)) {
				/* Only "terraform-2" writes numbers otherwise. */
				expr_stringify_as(v, c->edition == FUNC_TERRAFORM_2 ? FUNC_TERRAFORM
						  : FUNC_TERRAFORM_2, &other);
				if (strcmp(text.buf, other.buf))
					*c->by_edition = true;
			}
			out = json_stringn(text.buf, text.len);
			strbuf_release(&other);
			strbuf_release(&text);
		}
	} else if (!strcmp(kind, "number")) {
		if (json_is_number(v))
			out = json_incref((json_t *)v);
		else if (s)
			out = number_from_text(s);
	} else {
		if (json_is_boolean(v))
			out = json_incref((json_t *)v);
		else if (s && (!strcmp(s, "true") || !strcmp(s, "1")))
			out = json_true();
		else if (s && (!strcmp(s, "false") || !strcmp(s, "0")))
			out = json_false();
	}
	if (!out)
		refuse(c, !strcmp(kind, "string") ? "a string" : !strcmp(kind, "number") ? "a number"
			  : "a bool", v);
	return out;
}

/* The kind of a converted value for unifying the items of list(any):
 * 0 null, 1 string, 2 number, 3 bool, 4 list, 5 map. */
static int value_rank(const json_t *v)
{
	if (json_is_null(v) || value_is_unknown(v))
		return 0;
	return json_is_string(v) ? 1 : json_is_number(v) ? 2 : json_is_boolean(v) ? 3
	     : json_is_array(v) ? 4 : 5;
}

/* The items of a list, set or map of any take one type, as Terraform
 * unifies them: strings with numbers or bools all become strings; numbers
 * with bools, or a primitive with a collection, have none. */
static int unify(json_t *items, bool is_map, struct conv *c)
{
	bool seen[6] = { false };
	size_t i;
	const char *key;
	json_t *v;
	if (is_map) {
		json_object_foreach(items, key, v)
			seen[value_rank(v)] = true;
	} else {
		json_array_foreach(items, i, v)
			seen[value_rank(v)] = true;
	}
	int kinds = seen[1] + seen[2] + seen[3] + seen[4] + seen[5];
	if (kinds <= 1)
		return 0;
	if (seen[4] || seen[5] || !seen[1]) {
		strbuf_addf(c->err, "%s: all %s elements must have the same type", c->path.buf,
			    is_map ? "map" : "list");
		return -1; /* at the collection: its caller's fail_at */
	}
	struct conv quiet = { true, false, 1, NULL, c->err, STRBUF_INIT };
	if (is_map) {
		json_object_foreach(items, key, v)
			if (value_rank(v) > 1)
				json_object_set_new(items, key, convert_primitive("string", v, &quiet));
	} else {
		json_array_foreach(items, i, v)
			if (value_rank(v) > 1)
				json_array_set_new(items, i, convert_primitive("string", v, &quiet));
	}
	strbuf_release(&quiet.path);
	return 0;
}

/* Terraform's order of a set: numbers by value, strings by their bytes,
 * false before true, null last; anything else by its JSON text. */
static int set_cmp(const void *pa, const void *pb)
{
	const json_t *a = *(json_t *const *)pa, *b = *(json_t *const *)pb;
	int ra = value_rank(a), rb = value_rank(b);
	if (ra != rb)
		return (ra ? ra : 9) - (rb ? rb : 9);
	if (json_is_number(a)) {
		double x = json_number_value(a), y = json_number_value(b);
		if (x != y)
			return x < y ? -1 : 1;
		/* The same number twice: the whole one first, kept by make_set. */
		return json_is_real(a) - json_is_real(b);
	}
	if (json_is_string(a))
		return strcmp(json_string_value(a), json_string_value(b));
	if (json_is_boolean(a))
		return json_is_true(a) - json_is_true(b);
	char *ta = json_dumps(a, JSON_ENCODE_ANY | JSON_SORT_KEYS | JSON_COMPACT);
	char *tb = json_dumps(b, JSON_ENCODE_ANY | JSON_SORT_KEYS | JSON_COMPACT);
	int r = strcmp(ta ? ta : "", tb ? tb : "");
	free(ta);
	free(tb);
	return r;
}

static json_t *make_set(json_t *list)
{
	size_t n = json_array_size(list);
	json_t **items = xcalloc(n + 1, sizeof(*items));
	for (size_t i = 0; i < n; i++)
		items[i] = json_array_get(list, i);
	qsort(items, n, sizeof(*items), set_cmp);
	json_t *out = json_array();
	for (size_t i = 0; i < n; i++)
		if (!i || !value_equal(items[i], items[i - 1]))
			json_array_append(out, items[i]);
	free(items);
	json_decref(list);
	return out;
}

static json_t *convert_items(const json_t *elem, const json_t *v, struct conv *c, int depth,
			     const char *kind)
{
	bool is_map = !strcmp(kind, "map");
	json_t *out = is_map ? json_object() : json_array();
	size_t base = c->path.len;
	size_t i;
	const char *key;
	json_t *item;
	if (is_map) {
		json_object_foreach((json_t *)v, key, item) {
			strbuf_addch(&c->path, '[');
			expr_quote_key(&c->path, key);
			strbuf_addch(&c->path, ']');
			json_t *conv = convert(elem, item, c, depth + 1);
			strbuf_setlen(&c->path, base);
			if (!conv)
				goto fail;
			json_object_set_new(out, key, conv);
		}
	} else {
		json_array_foreach(v, i, item) {
			strbuf_addf(&c->path, "[%zu]", i);
			json_t *conv = convert(elem, item, c, depth + 1);
			strbuf_setlen(&c->path, base);
			if (!conv)
				goto fail;
			json_array_append_new(out, conv);
		}
	}
	if (json_is_string(elem) && !strcmp(json_string_value(elem), "any") &&
	    unify(out, is_map, c) < 0) {
		fail_at(c, v);
		goto fail;
	}
	if (!strcmp(kind, "set"))
		out = make_set(out);
	return out;
fail:
	json_decref(out);
	return NULL;
}

static json_t *convert_object(const json_t *type, const json_t *v, struct conv *c, int depth)
{
	json_t *attrs = json_array_get(type, 1), *optional = json_array_get(type, 2);
	json_t *out = json_object();
	size_t base = c->path.len;
	const char *name;
	json_t *t;
	json_object_foreach(attrs, name, t) {
		json_t *given = json_object_get(v, name);
		json_t *dflt = json_object_get(optional, name);
		if (!given || (json_is_null(given) && dflt)) {
			if (!dflt && !given) {
				fail_at(c, v);
				strbuf_addf(c->err, "%s: attribute \"%s\" is required", c->path.buf,
					    name);
				json_decref(out);
				return NULL;
			}
			json_object_set(out, name, dflt ? dflt : json_null());
			continue;
		}
		strbuf_addch(&c->path, '[');
		expr_quote_key(&c->path, name);
		strbuf_addch(&c->path, ']');
		json_t *conv = convert(t, given, c, depth + 1);
		strbuf_setlen(&c->path, base);
		if (!conv) {
			json_decref(out);
			return NULL;
		}
		json_object_set_new(out, name, conv);
	}
	return out;
}

static json_t *convert(const json_t *type, const json_t *v, struct conv *c, int depth)
{
	if (depth > MAX_DEPTH) {
		strbuf_addf(c->err, "%s: the value is nested too deep", c->path.buf);
		return NULL;
	}
	if (json_is_null(v) || value_is_unknown(v))
		return json_incref((json_t *)v);
	const char *name = json_string_value(type);
	if (name && !strcmp(name, "any")) {
		/* A -var's text is read as a value, as Terraform reads it. */
		json_t *read = c->text && !depth && json_is_string(v)
			       ? var_type_read_text(json_string_value(v)) : NULL;
		json_t *out = json_deep_copy(read ? read : v);
		json_decref(read);
		return out;
	}
	if (name && (!strcmp(name, "list") || !strcmp(name, "map"))) {
		/* The first spellings: as given (a string read as YAML or JSON). */
		bool want_list = !strcmp(name, "list");
		const json_t *given = v;
		json_t *parsed = NULL;
		if (json_is_string(v)) {
			struct diags ignored = DIAGS_INIT;
			const char *s = json_string_value(v);
			if (yaml_load_string("value", s, strlen(s), NULL, &parsed, &ignored) < 0)
				parsed = NULL;
			diags_free(&ignored);
			v = parsed;
		}
		json_t *out = v && (want_list ? json_is_array(v) : json_is_object(v))
			      ? json_deep_copy(v) : NULL;
		if (!out) {
			/* at the string written, not at what was read from it
			 * (freed below, before the caller asks where) */
			fail_at(c, given);
			refuse(c, want_list ? "a list" : "a map",
			       parsed && !json_is_string(parsed) ? parsed : v ? v : json_null());
			if (parsed || !v)
				strbuf_addf(c->err, " (write it as YAML or JSON, e.g. %s)",
					    want_list ? "[a, b]" : "{key: value}");
		}
		json_decref(parsed);
		return out;
	}
	if (name)
		return convert_primitive(name, v, c);

	json_t *parsed = NULL;
	const json_t *given = v;
	if (json_is_string(v)) {
		parsed = var_type_read_text(json_string_value(v));
		if (json_is_null(parsed)) {
			json_decref(parsed);
			return json_null();
		}
		if (parsed && !json_is_string(parsed)) {
			c->in_read++;
			v = parsed;
		}
	}
	const char *kind = json_string_value(json_array_get(type, 0));
	json_t *out = NULL;
	if (!strcmp(kind, "map") || !strcmp(kind, "object")) {
		if (!json_is_object(v))
			refuse(c, !strcmp(kind, "map") ? "a map" : "an object", v);
		else if (!strcmp(kind, "map"))
			out = convert_items(json_array_get(type, 1), v, c, depth, kind);
		else
			out = convert_object(type, v, c, depth);
	} else if (!json_is_array(v)) {
		refuse(c, !strcmp(kind, "tuple") ? "a tuple (a list)" : !strcmp(kind, "set")
		       ? "a set (a list)" : "a list", v);
	} else if (!strcmp(kind, "tuple")) {
		json_t *items = json_array_get(type, 1);
		if (json_array_size(v) != json_array_size(items)) {
			fail_at(c, v);
			strbuf_addf(c->err, "%s: a tuple of %zu elements is required, got %zu",
				    c->path.buf, json_array_size(items), json_array_size(v));
		} else {
			out = json_array();
			size_t base = c->path.len;
			for (size_t i = 0; i < json_array_size(v); i++) {
				strbuf_addf(&c->path, "[%zu]", i);
				json_t *conv = convert(json_array_get(items, i),
						       json_array_get(v, i), c, depth + 1);
				strbuf_setlen(&c->path, base);
				if (!conv) {
					json_decref(out);
					out = NULL;
					break;
				}
				json_array_append_new(out, conv);
			}
		}
	} else {
		out = convert_items(json_array_get(type, 1), v, c, depth, kind);
	}
	if (parsed && v == parsed) {
		/* What fails inside a value read from a string fails at the string. */
		c->in_read--;
		if (!out)
			fail_at(c, given);
	}
	json_decref(parsed);
	return out;
}

json_t *var_type_convert(const json_t *type, const json_t *v, const char *path, bool secret,
			 bool text, const json_t **at, struct strbuf *err)
{
	return var_type_convert_as(type, v, path, secret, text, at, FUNC_TERRAFORM, NULL, err);
}

json_t *var_type_convert_as(const json_t *type, const json_t *v, const char *path, bool secret,
			    bool text, const json_t **at, enum func_edition edition,
			    bool *by_edition, struct strbuf *err)
{
	struct conv c = { secret, text, 0, NULL, err, STRBUF_INIT, edition, by_edition };
	strbuf_addstr(&c.path, path);
	json_t *out = convert(type, v, &c, 0);
	strbuf_release(&c.path);
	if (at)
		*at = out ? NULL : c.at;
	return out;
}
