/*
 * expr_func_format.c: format and formatlist, as Terraform's: Go's fmt verbs
 * %v %#v (JSON) %t %b %d %o %x %X %e %E %f %g %G %s %q %%, the flags
 * - 0 + space #, a width, a precision and an argument index ("%[2]s").
 */
#include "stacks/expr_func_lib.h"
#include "stacks/expr_path.h"
#include "provider/provider.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct verb {
	bool left, zero, plus, space, sharp; /* flags - 0 + space # */
	size_t width;
	int prec;        /* -1: none */
	size_t arg;      /* "%[2]s": the argument numbered 2 (1-based); 0: the next */
	char conv;       /* v t b d o x X e E f g G s q */
	enum func_edition edition; /* whose text %s gives a number (%v: Go's, 1e+20) */
};

#define VERBS "vtbdoxXeEfgGsq"

static void pad(struct strbuf *out, const struct verb *vb, const char *text, size_t len)
{
	size_t chars = fn_utf8_len(text, len);
	/* Terraform writes %t without its width. */
	size_t fill = vb->width > chars && vb->conv != 't' ? vb->width - chars : 0;
	if (vb->left) {
		strbuf_add(out, text, len);
		while (fill--)
			strbuf_addch(out, ' ');
		return;
	}
	bool zeros = vb->zero && strchr("bdoxXeEfgG", vb->conv);
	size_t sign = zeros && len && strchr("+- ", text[0]);
	strbuf_add(out, text, sign);
	while (fill--)
		strbuf_addch(out, zeros ? '0' : ' ');
	strbuf_add(out, text + sign, len - sign);
}

static void add_sign(struct strbuf *text, const struct verb *vb, bool negative)
{
	if (negative)
		strbuf_addch(text, '-');
	else if (vb->plus)
		strbuf_addch(text, '+');
	else if (vb->space)
		strbuf_addch(text, ' ');
}

/* A whole number in base 2, 8, 10 or 16, Go's way: the sign, then (with
 * "#") 0b/0/0x, then the digits. */
static void format_whole(struct strbuf *text, const struct verb *vb, long long n)
{
	unsigned long long u = n < 0 ? 0ULL - (unsigned long long)n : (unsigned long long)n;
	int base = vb->conv == 'b' ? 2 : vb->conv == 'o' ? 8 : strchr("xX", vb->conv) ? 16 : 10;
	const char *digits = vb->conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
	char buf[80];
	size_t k = sizeof(buf);
	do {
		buf[--k] = digits[u % (unsigned)base];
		u /= (unsigned)base;
	} while (u);
	add_sign(text, vb, n < 0);
	if (vb->sharp)
		strbuf_addstr(text, base == 2 ? "0b" : base == 8 ? "0" : base == 16 ?
			      (vb->conv == 'X' ? "0X" : "0x") : "");
	strbuf_add(text, buf + k, sizeof(buf) - k);
}

/* %g without a precision as Go writes it: the fewest digits that read back
 * the same, in %e form when the exponent is below -4 or 6 and up. */
static void format_shortest(struct strbuf *text, double d, bool upper)
{
	char buf[64];
	int prec = 1;
	for (; prec <= 17; prec++) {
		snprintf(buf, sizeof(buf), "%.*e", prec - 1, d);
		if (strtod(buf, NULL) == d)
			break;
	}
	int exp = atoi(strchr(buf, 'e') + 1);
	if (exp < -4 || exp >= 6)
		snprintf(buf, sizeof(buf), upper ? "%.*E" : "%.*e", prec - 1, d);
	else
		snprintf(buf, sizeof(buf), "%.*f", prec - 1 - exp > 0 ? prec - 1 - exp : 0, d);
	strbuf_addstr(text, buf);
}

static void format_real(struct strbuf *text, const struct verb *vb, double d)
{
	char fmt[16], buf[512];
	add_sign(text, vb, signbit(d) && d != 0);
	d = fabs(d);
	if (strchr("gG", vb->conv) && vb->prec < 0) {
		format_shortest(text, d, vb->conv == 'G');
		return;
	}
	snprintf(fmt, sizeof(fmt), "%%%s.*%c", vb->sharp ? "#" : "", vb->conv);
	snprintf(buf, sizeof(buf), fmt, vb->prec < 0 ? 6 : (vb->prec > 100 ? 100 : vb->prec), d);
	strbuf_addstr(text, buf);
}

static int wrong_kind(const struct verb *vb, const char *want, const json_t *v, size_t argno,
		      struct strbuf *err)
{
	strbuf_addf(err, "format: %%%c needs %s, argument %zu is %s", vb->conv, want, argno,
		    json_is_number(v) && !strcmp(want, "a whole number") ? "a fraction" :
		    value_kind(v));
	return -1;
}

/* One argument by one verb into text; -1 with err set. */
static int format_one(const struct verb *vb, const json_t *v, size_t argno,
		      struct strbuf *text, struct strbuf *err)
{
	double d;
	switch (vb->conv) {
	case 'b': case 'd': case 'o': case 'x': case 'X':
		if (!fn_number_of(v, &d) || d != floor(d) || fabs(d) >= 9e18)
			return wrong_kind(vb, "a whole number", v, argno, err);
		format_whole(text, vb, json_is_integer(v) ? (long long)json_integer_value(v) :
			     (long long)d);
		return 0;
	case 'e': case 'E': case 'f': case 'g': case 'G':
		if (!fn_number_of(v, &d))
			return wrong_kind(vb, "a number", v, argno, err);
		format_real(text, vb, d);
		return 0;
	case 't':
		if (json_is_boolean(v) || (json_is_string(v) && (!strcmp(json_string_value(v), "true") ||
								 !strcmp(json_string_value(v), "false")))) {
			strbuf_addstr(text, json_is_string(v) ? json_string_value(v) :
				      json_is_true(v) ? "true" : "false");
			return 0;
		}
		return wrong_kind(vb, "true or false", v, argno, err);
	case 's':
	case 'q': {
		if (!fn_is_scalar(v))
			return wrong_kind(vb, "a string", v, argno, err);
		struct strbuf raw = STRBUF_INIT;
		expr_stringify_as(v, vb->edition, &raw);
		if (vb->prec >= 0) { /* at most prec characters */
			size_t chars = 0, i = 0;
			for (; i < raw.len; i++)
				if (((unsigned char)raw.buf[i] & 0xC0) != 0x80 && chars++ == (size_t)vb->prec)
					break;
			strbuf_setlen(&raw, i);
		}
		if (vb->conv == 's') {
			strbuf_add(text, raw.buf, raw.len);
		} else {
			json_t *js = json_stringn(raw.buf, raw.len);
			char *quoted = json_dumps(js, JSON_ENCODE_ANY);
			strbuf_addstr(text, quoted);
			free(quoted);
			json_decref(js);
		}
		strbuf_release(&raw);
		return 0;
	}
	default: /* 'v'; "%#v" is always JSON */
		if (!vb->sharp && !json_is_null(v) && fn_is_scalar(v))
			return expr_stringify(v, text);
		char *enc = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT | JSON_SORT_KEYS);
		strbuf_addstr(text, enc);
		free(enc);
		return 0;
	}
}

/* An explicit argument index "[n]" at *s into vb->arg; -1 when malformed. */
static int parse_index(const char **s, struct verb *vb)
{
	if (**s != '[')
		return 0;
	const char *q = *s + 1;
	size_t n = 0;
	for (; *q >= '0' && *q <= '9' && n < 10000; q++)
		n = n * 10 + (size_t)(*q - '0');
	if (*q != ']' || !n)
		return -1;
	vb->arg = n;
	*s = q + 1;
	return 0;
}

/* Read a verb after its "%"; *p is advanced past it. */
static int parse_verb(const char **p, struct verb *vb, struct strbuf *err)
{
	const char *s = *p;
	memset(vb, 0, sizeof(*vb));
	vb->prec = -1;
	for (; *s && strchr("-0+ #", *s); s++) {
		if (*s == '-')
			vb->left = true;
		else if (*s == '0')
			vb->zero = true;
		else if (*s == '+')
			vb->plus = true;
		else if (*s == ' ')
			vb->space = true;
		else
			vb->sharp = true;
	}
	if (parse_index(&s, vb) < 0)
		goto bad_index;
	while (*s >= '0' && *s <= '9' && vb->width < 1000)
		vb->width = vb->width * 10 + (size_t)(*s++ - '0');
	if (*s == '.') {
		vb->prec = 0;
		for (s++; *s >= '0' && *s <= '9' && vb->prec < 1000; s++)
			vb->prec = vb->prec * 10 + (*s - '0');
	}
	if (parse_index(&s, vb) < 0)
		goto bad_index;
	if (!*s || !strchr(VERBS, *s)) {
		if (*s)
			strbuf_addf(err, "format: unsupported verb \"%%%.*s\" (known: %%v %%#v %%t %%b "
				    "%%d %%o %%x %%X %%e %%E %%f %%g %%G %%s %%q %%%%)",
				    (int)(s - *p + 1), *p);
		else
			strbuf_addstr(err, "format: the format string ends inside a verb");
		return -1;
	}
	vb->conv = *s;
	*p = s + 1;
	return 0;
bad_index:
	strbuf_addf(err, "format: \"%%%.*s\": an argument index is written [1], [2], ...",
		    (int)(s - *p + 1), *p);
	return -1;
}

json_t *fn_format(const struct func_args *a, struct strbuf *err)
{
	char *fmt = fn_text(a, 0);
	struct strbuf out = STRBUF_INIT;
	json_t *result = NULL;
	size_t next = 1;
	bool reordered = false;
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
		vb.edition = a->edition;
		if (vb.arg) { /* Go's rule: later verbs go on from the one named */
			next = vb.arg;
			reordered = true;
		}
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
	if (next < a->n && !reordered) {
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
 * arguments (all of one length), other arguments repeated, as Terraform's;
 * an element made from a value not known yet is unknown. */
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
	struct func_args one = { row, a->n, a->secret, a->eval, a->edition };
	row[0] = a->v[0];
	for (size_t k = 0; k < len && out; k++) {
		bool unknown = false;
		for (size_t i = 1; i < a->n; i++) {
			row[i] = json_is_array(a->v[i]) ? json_array_get(a->v[i], k) : a->v[i];
			unknown = unknown || value_contains_unknown(row[i]);
		}
		json_t *s = unknown ? value_unknown() : fn_format(&one, err);
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

