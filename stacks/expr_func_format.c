/*
 * expr_func_format.c: format and formatlist, as Terraform's (a subset of
 * Go's fmt verbs: %s %d %v %q %%, flags "-" and "0", a width).
 */
#include "stacks/expr_func_lib.h"
#include "stacks/expr_path.h"
#include "provider/provider.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

struct verb {
	bool left, zero; /* flags "-" and "0" */
	size_t width;
	char conv;       /* s d v q */
};

static void pad(struct strbuf *out, const struct verb *vb, const char *text, size_t len)
{
	size_t chars = fn_utf8_len(text, len);
	size_t fill = vb->width > chars ? vb->width - chars : 0;
	if (vb->left) {
		strbuf_add(out, text, len);
		while (fill--)
			strbuf_addch(out, ' ');
		return;
	}
	bool zeros = vb->zero && vb->conv == 'd';
	size_t sign = zeros && len && text[0] == '-';
	strbuf_add(out, text, sign);
	while (fill--)
		strbuf_addch(out, zeros ? '0' : ' ');
	strbuf_add(out, text + sign, len - sign);
}

/* One argument by one verb into text; -1 with err set. */
static int format_one(const struct verb *vb, const json_t *v, size_t argno,
		      struct strbuf *text, struct strbuf *err)
{
	switch (vb->conv) {
	case 'd':
		if (json_is_integer(v)) {
			strbuf_addf(text, "%lld", (long long)json_integer_value(v));
			return 0;
		}
		if (json_is_real(v) && json_real_value(v) == floor(json_real_value(v)) &&
		    fabs(json_real_value(v)) < 1e15) {
			strbuf_addf(text, "%.0f", json_real_value(v));
			return 0;
		}
		strbuf_addf(err, "format: %%d needs a whole number, argument %zu is %s", argno,
			    json_is_number(v) ? "a fraction" : value_kind(v));
		return -1;
	case 's':
		if (fn_is_scalar(v))
			return expr_stringify(v, text);
		strbuf_addf(err, "format: %%s needs a string, argument %zu is %s", argno, value_kind(v));
		return -1;
	case 'q': {
		if (!fn_is_scalar(v)) {
			strbuf_addf(err, "format: %%q needs a string, argument %zu is %s", argno,
				    value_kind(v));
			return -1;
		}
		struct strbuf raw = STRBUF_INIT;
		expr_stringify(v, &raw);
		json_t *js = json_stringn(raw.buf, raw.len);
		char *quoted = json_dumps(js, JSON_ENCODE_ANY);
		strbuf_addstr(text, quoted);
		free(quoted);
		json_decref(js);
		strbuf_release(&raw);
		return 0;
	}
	default: /* 'v' */
		if (!json_is_null(v) && fn_is_scalar(v))
			return expr_stringify(v, text);
		char *enc = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT | JSON_SORT_KEYS);
		strbuf_addstr(text, enc);
		free(enc);
		return 0;
	}
}

/* Read a verb after its "%"; *p is advanced past it. */
static int parse_verb(const char **p, struct verb *vb, struct strbuf *err)
{
	const char *s = *p;
	memset(vb, 0, sizeof(*vb));
	for (; *s == '-' || *s == '0'; s++) {
		if (*s == '-')
			vb->left = true;
		else
			vb->zero = true;
	}
	while (*s >= '0' && *s <= '9' && vb->width < 1000)
		vb->width = vb->width * 10 + (size_t)(*s++ - '0');
	if (!*s || !strchr("sdvq", *s)) {
		if (*s)
			strbuf_addf(err, "format: unsupported verb \"%%%.*s\" (known: %%s %%d %%v %%q %%%%)",
				    (int)(s - *p + 1), *p);
		else
			strbuf_addstr(err, "format: the format string ends inside a verb");
		return -1;
	}
	vb->conv = *s;
	*p = s + 1;
	return 0;
}

json_t *fn_format(const struct func_args *a, struct strbuf *err)
{
	char *fmt = fn_text(a, 0);
	struct strbuf out = STRBUF_INIT;
	json_t *result = NULL;
	size_t next = 1;
	const char *p = fmt;
	while (*p) {
		if (*p != '%') {
			strbuf_addch(&out, *p++);
			continue;
		}
		p++;
		if (*p == '%') {
			strbuf_addch(&out, '%');
			p++;
			continue;
		}
		struct verb vb;
		if (parse_verb(&p, &vb, err) < 0)
			goto done;
		if (next >= a->n) {
			strbuf_addf(err, "format: the format string needs more than %zu argument%s",
				    a->n - 1, a->n == 2 ? "" : "s");
			goto done;
		}
		struct strbuf text = STRBUF_INIT;
		int rc = format_one(&vb, a->v[next], next + 1, &text, err);
		if (!rc)
			pad(&out, &vb, text.buf, text.len);
		strbuf_release(&text);
		if (rc < 0)
			goto done;
		next++;
	}
	if (next < a->n) {
		strbuf_addf(err, "format: too many arguments: the format string uses %zu, got %zu",
			    next - 1, a->n - 1);
		goto done;
	}
	result = json_stringn(out.buf, out.len);
done:
	strbuf_release(&out);
	free(fmt);
	return result;
}

/* formatlist(fmt, args...): format() once per element of the list
 * arguments (all of one length), other arguments repeated, as Terraform's. */
json_t *fn_formatlist(const struct func_args *a, struct strbuf *err)
{
	size_t len = 0;
	bool any_list = false;
	for (size_t i = 1; i < a->n; i++) {
		if (!json_is_array(a->v[i]))
			continue;
		if (any_list && json_array_size(a->v[i]) != len) {
			strbuf_addf(err, "formatlist: the lists have different lengths (%zu and %zu)",
				    len, json_array_size(a->v[i]));
			return NULL;
		}
		any_list = true;
		len = json_array_size(a->v[i]);
	}
	if (!any_list) {
		strbuf_addstr(err, "formatlist: no argument after the format string is a list");
		return NULL;
	}
	json_t *out = json_array();
	json_t **row = xcalloc(a->n, sizeof(*row));
	struct func_args one = { row, a->n, a->secret, a->eval };
	row[0] = a->v[0];
	for (size_t k = 0; k < len && out; k++) {
		for (size_t i = 1; i < a->n; i++)
			row[i] = json_is_array(a->v[i]) ? json_array_get(a->v[i], k) : a->v[i];
		json_t *s = fn_format(&one, err);
		if (s) {
			json_array_append_new(out, s);
		} else {
			strbuf_prefixf(err, "formatlist: element %zu: ", k);
			json_decref(out);
			out = NULL;
		}
	}
	free(row);
	return out;
}

