/*
 * expr_path.c: the helpers of stacks/expr_path.h around ${...} expressions,
 * for code that resolves references and for the functions of ${...}: a
 * reference's path split into steps and walked inside a value, whether a
 * value holds any ${...}, and a value as template text (expr_stringify). A
 * leaf under the evaluator (expr_eval.c) and its functions (expr_func.c).
 */
#include "stacks/expr.h"
#include "stacks/expr_path.h"
#include "provider/provider.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int expr_stringify(const json_t *v, struct strbuf *out)
{
	switch (json_typeof(v)) {
	case JSON_STRING:
		strbuf_add(out, json_string_value(v), json_string_length(v));
		return 0;
	case JSON_INTEGER:
		strbuf_addf(out, "%lld", (long long)json_integer_value(v));
		return 0;
	case JSON_REAL: {
		double d = json_real_value(v);
		if (d == floor(d) && fabs(d) < 1e15) {
			strbuf_addf(out, "%.0f", d);
			return 0;
		}
		/* The shortest of %.15g / %.17g that reads back as the same double. */
		char buf[32];
		snprintf(buf, sizeof(buf), "%.15g", d);
		if (strtod(buf, NULL) != d)
			snprintf(buf, sizeof(buf), "%.17g", d);
		strbuf_addstr(out, buf);
		return 0;
	}
	case JSON_TRUE:
		strbuf_addstr(out, "true");
		return 0;
	case JSON_FALSE:
		strbuf_addstr(out, "false");
		return 0;
	default:
		return -1;
	}
}

void expr_number_text(const json_t *v, struct strbuf *out)
{
	if (json_is_integer(v)) {
		strbuf_addf(out, "%lld", (long long)json_integer_value(v));
		return;
	}
	double d = json_real_value(v);
	char sci[40];
	int prec = 1;
	for (; prec < 17; prec++) {
		snprintf(sci, sizeof(sci), "%.*e", prec - 1, d);
		if (strtod(sci, NULL) == d)
			break;
	}
	snprintf(sci, sizeof(sci), "%.*e", prec - 1, d);
	/* sci is [-]D.DDDe[+-]X: the digits and where the point goes. */
	char digits[24];
	size_t n = 0;
	const char *p = sci + (sci[0] == '-');
	for (; *p && *p != 'e'; p++)
		if (*p != '.')
			digits[n++] = *p;
	int exp = atoi(p + 1);
	if (sci[0] == '-')
		strbuf_addch(out, '-');
	if (exp < 0) {
		strbuf_addstr(out, "0.");
		for (int i = -1; i > exp; i--)
			strbuf_addch(out, '0');
		strbuf_add(out, digits, n);
	} else {
		for (int i = 0; i <= exp || (size_t)i < n; i++) {
			if (i == exp + 1)
				strbuf_addch(out, '.');
			strbuf_addch(out, (size_t)i < n ? digits[i] : '0');
		}
	}
}

int expr_stringify_as(const json_t *v, enum func_edition edition, struct strbuf *out)
{
	if (edition == FUNC_TERRAFORM_2 && json_is_number(v)) {
		expr_number_text(v, out);
		return 0;
	}
	return expr_stringify(v, out);
}

/* ---- paths --------------------------------------------------------------- */

void expr_path_free(struct expr_path *p)
{
	for (size_t i = 0; i < p->n; i++)
		free(p->steps[i].name);
	free(p->steps);
	memset(p, 0, sizeof(*p));
}

static struct expr_step *path_push(struct expr_path *p)
{
	p->steps = xrealloc(p->steps, (p->n + 1) * sizeof(*p->steps));
	struct expr_step *st = &p->steps[p->n++];
	memset(st, 0, sizeof(*st));
	return st;
}

/* A quoted key as written by expr_quote_key, starting at s (the '"'); the
 * unescaped text, *end just past the closing quote; NULL if malformed. */
static char *unquote_key(const char *s, const char **end)
{
	struct strbuf text = STRBUF_INIT;
	const char *c = s + 1;
	for (; *c && *c != '"'; c++) {
		if (*c == '\\') {
			c++;
			char e = *c == 'n' ? '\n' : *c == 't' ? '\t' : *c == 'r' ? '\r' : *c;
			if (!*c)
				break;
			strbuf_addch(&text, e);
			continue;
		}
		strbuf_addch(&text, *c);
	}
	if (*c != '"') {
		strbuf_release(&text);
		return NULL;
	}
	*end = c + 1;
	return strbuf_detach(&text);
}

int expr_path_parse(const char *path, struct expr_path *out, struct strbuf *err)
{
	memset(out, 0, sizeof(*out));
	const char *s = path ? path : "";
	bool first = true;
	while (*s) {
		if (*s == '.' || (first && *s != '[')) {
			if (*s == '.')
				s++;
			size_t n = 0;
			if (expr_is_ident_start(s[0]))
				while (expr_is_ident_char(s[n]))
					n++;
			if (!n)
				goto bad;
			path_push(out)->name = xstrndup(s, n);
			s += n;
		} else if (*s == '[' && s[1] == '"') {
			const char *end;
			char *key = unquote_key(s + 1, &end);
			if (!key || *end != ']') {
				free(key);
				goto bad;
			}
			path_push(out)->name = key;
			s = end + 1;
		} else if (*s == '[') {
			char *end;
			errno = 0;
			if (!expr_is_digit(s[1]))
				goto bad;
			unsigned long long idx = strtoull(s + 1, &end, 10);
			if (errno || *end != ']')
				goto bad;
			path_push(out)->index = (size_t)idx;
			s = end + 1;
		} else {
			goto bad;
		}
		first = false;
	}
	return 0;
bad:
	strbuf_addf(err, "invalid reference path \"%s\"", path ? path : "");
	expr_path_free(out);
	return -1;
}

const json_t *expr_path_walk(const json_t *v, const struct expr_path *p, size_t from)
{
	for (size_t i = from; i < p->n && v && !value_is_unknown(v); i++) {
		const struct expr_step *st = &p->steps[i];
		if (st->name)
			v = json_is_object(v) ? json_object_get(v, st->name) : NULL;
		else
			v = json_is_array(v) ? json_array_get(v, st->index) : NULL;
	}
	return v;
}

const json_t *expr_path_get(const json_t *value, const char *path, struct strbuf *err)
{
	struct expr_path p;
	if (expr_path_parse(path, &p, err) < 0)
		return NULL;
	const json_t *cur = value;
	for (size_t i = 0; i < p.n && !value_is_unknown(cur); i++) {
		const struct expr_step *st = &p.steps[i];
		if (st->name) {
			if (!json_is_object(cur)) {
				strbuf_addf(err, "cannot read \"%s\" of a %s", st->name,
					    json_is_array(cur) ? "list" : json_is_null(cur) ? "null value" :
					    json_is_string(cur) ? "string" : "scalar value");
				cur = NULL;
				break;
			}
			const json_t *next = json_object_get(cur, st->name);
			if (!next) {
				strbuf_addf(err, "no attribute \"%s\"", st->name);
				cur = NULL;
				break;
			}
			cur = next;
		} else {
			if (!json_is_array(cur)) {
				strbuf_addf(err, "cannot index [%zu] into a %s", st->index,
					    json_is_object(cur) ? "map" : json_is_null(cur) ? "null value" :
					    json_is_string(cur) ? "string" : "scalar value");
				cur = NULL;
				break;
			}
			if (st->index >= json_array_size(cur)) {
				strbuf_addf(err, "index %zu is out of range (the list has %zu elements)",
					    st->index, json_array_size(cur));
				cur = NULL;
				break;
			}
			cur = json_array_get(cur, st->index);
		}
	}
	expr_path_free(&p);
	return cur;
}

static bool string_has_refs(const char *s, size_t len)
{
	for (size_t i = 0; i + 1 < len; i++) {
		if ((s[i] == '$' || s[i] == '%') && s[i + 1] == s[i] && i + 2 < len &&
		    s[i + 2] == '{') {
			i += 2;
			continue;
		}
		/* "%{": a directive (stacks/expr_parse.c reads one that does not parse as text) */
		if ((s[i] == '$' || s[i] == '%') && s[i + 1] == '{')
			return true;
	}
	return false;
}

bool expr_has_refs(const json_t *value)
{
	if (json_is_string(value))
		return string_has_refs(json_string_value(value), json_string_length(value));
	if (json_is_object(value)) {
		const char *key;
		json_t *item;
		json_object_foreach((json_t *)value, key, item)
			if (expr_has_refs(item))
				return true;
		return false;
	}
	if (json_is_array(value)) {
		size_t i;
		json_t *item;
		json_array_foreach(value, i, item)
			if (expr_has_refs(item))
				return true;
	}
	return false;
}
