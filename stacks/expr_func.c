/*
 * expr_func.c: the functions of ${...} expressions (see stacks/expr_func.h):
 * the table, argument checks shared by load time and plan time, and one C
 * function per entry.
 */
#include "stacks/expr_func.h"
#include "stacks/expr.h"
#include "stacks/expr_path.h"
#include "provider/base/diag.h"
#include "provider/provider.h"

#include <errno.h>
#include <math.h>
#include <openssl/evp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- helpers ------------------------------------------------------------- */

static const char *kind_name(enum func_kind k)
{
	switch (k) {
	case FK_STRING: return "a string";
	case FK_LIST: return "a list";
	case FK_MAP: return "a map";
	default: return "a value";
	}
}

static bool is_scalar(const json_t *v)
{
	return json_is_string(v) || json_is_number(v) || json_is_boolean(v);
}

/* Argument i as text; the kind check has made sure it is a scalar. */
static char *arg_text(const struct func_args *a, size_t i)
{
	struct strbuf sb = STRBUF_INIT;
	expr_stringify(a->v[i], &sb);
	return strbuf_detach(&sb);
}

/* ---- lower, upper, replace ----------------------------------------------- */

static json_t *change_case(const struct func_args *a, int (*conv)(int))
{
	char *s = arg_text(a, 0);
	/* ASCII letters only: bytes of multi-byte UTF-8 characters are >= 0x80
	 * and stay as they are. */
	for (char *p = s; *p; p++)
		if ((unsigned char)*p < 0x80)
			*p = (char)conv((unsigned char)*p);
	json_t *out = json_string(s);
	free(s);
	return out;
}

static int ascii_lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static int ascii_upper(int c)
{
	return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c;
}

static json_t *fn_lower(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	return change_case(a, ascii_lower);
}

static json_t *fn_upper(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	return change_case(a, ascii_upper);
}

static json_t *fn_replace(const struct func_args *a, struct strbuf *err)
{
	char *s = arg_text(a, 0), *old = arg_text(a, 1), *with = arg_text(a, 2);
	json_t *out = NULL;
	size_t old_len = strlen(old);
	if (!old_len) {
		strbuf_addstr(err, "replace: argument 2 (the text to replace) must not be empty");
		goto done;
	}
	struct strbuf sb = STRBUF_INIT;
	const char *p = s, *hit;
	while ((hit = strstr(p, old))) {
		strbuf_add(&sb, p, (size_t)(hit - p));
		strbuf_addstr(&sb, with);
		p = hit + old_len;
	}
	strbuf_addstr(&sb, p);
	out = json_stringn(sb.buf, sb.len);
	strbuf_release(&sb);
done:
	free(s);
	free(old);
	free(with);
	return out;
}

/* ---- join, lookup, merge ------------------------------------------------- */

static json_t *fn_join(const struct func_args *a, struct strbuf *err)
{
	char *sep = arg_text(a, 0);
	struct strbuf sb = STRBUF_INIT;
	json_t *out = NULL;
	size_t i;
	json_t *item;
	json_array_foreach(a->v[1], i, item) {
		if (!is_scalar(item)) {
			strbuf_addf(err, "join: element %zu of argument 2 must be a string, got %s",
				    i, value_kind(item));
			goto done;
		}
		if (i)
			strbuf_addstr(&sb, sep);
		expr_stringify(item, &sb);
	}
	out = json_stringn(sb.buf, sb.len);
done:
	strbuf_release(&sb);
	free(sep);
	return out;
}

static json_t *fn_lookup(const struct func_args *a, struct strbuf *err)
{
	char *key = arg_text(a, 1);
	json_t *found = json_object_get(a->v[0], key);
	json_t *out = NULL;
	if (found)
		out = json_deep_copy(found);
	else if (a->n > 2)
		out = json_deep_copy(a->v[2]);
	else if (a->secret)
		strbuf_addstr(err, "lookup: the map has no such key and no default was given");
	else
		strbuf_addf(err, "lookup: the map has no key \"%s\" and no default was given", key);
	free(key);
	return out;
}

/* merge(maps...): one map with every key; a later map's value wins. */
static json_t *fn_merge(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	json_t *out = json_object();
	for (size_t i = 0; i < a->n; i++) {
		const char *key;
		json_t *v;
		json_object_foreach(a->v[i], key, v)
			json_object_set_new(out, key, json_deep_copy(v));
	}
	return out;
}

/* ---- format -------------------------------------------------------------- */

struct verb {
	bool left, zero; /* flags "-" and "0" */
	size_t width;
	char conv;       /* s d v q */
};

static size_t utf8_chars(const char *s, size_t len)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			n++;
	return n;
}

static void pad(struct strbuf *out, const struct verb *vb, const char *text, size_t len)
{
	size_t chars = utf8_chars(text, len);
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
		if (is_scalar(v))
			return expr_stringify(v, text);
		strbuf_addf(err, "format: %%s needs a string, argument %zu is %s", argno, value_kind(v));
		return -1;
	case 'q': {
		if (!is_scalar(v)) {
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
		if (!json_is_null(v) && is_scalar(v))
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

static json_t *fn_format(const struct func_args *a, struct strbuf *err)
{
	char *fmt = arg_text(a, 0);
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
static json_t *fn_formatlist(const struct func_args *a, struct strbuf *err)
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

/* ---- jsonencode, file, sha256 -------------------------------------------- */

static json_t *fn_jsonencode(const struct func_args *a, struct strbuf *err)
{
	char *enc = json_dumps(a->v[0], JSON_ENCODE_ANY | JSON_COMPACT | JSON_SORT_KEYS);
	if (!enc) {
		strbuf_addstr(err, "jsonencode: the value cannot be encoded");
		return NULL;
	}
	json_t *out = json_string(enc);
	free(enc);
	return out;
}

static json_t *fn_file(const struct func_args *a, struct strbuf *err)
{
	char *path = arg_text(a, 0);
	struct strbuf data = STRBUF_INIT;
	json_t *out = NULL;
	FILE *f = fopen(path, "rb");
	if (!f) {
		strbuf_addf(err, "file: cannot read \"%s\": %s", path, strerror(errno));
		goto done;
	}
	char buf[8192];
	size_t got;
	while ((got = fread(buf, 1, sizeof(buf), f)) > 0)
		strbuf_add(&data, buf, got);
	if (ferror(f)) {
		strbuf_addf(err, "file: cannot read \"%s\": %s", path, strerror(errno));
		fclose(f);
		goto done;
	}
	fclose(f);
	out = json_stringn(data.buf, data.len);
	if (!out)
		strbuf_addf(err, "file: \"%s\" is not UTF-8 text", path);
done:
	strbuf_release(&data);
	free(path);
	return out;
}

static json_t *fn_sha256(const struct func_args *a, struct strbuf *err)
{
	char *s = arg_text(a, 0);
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int mdlen = 0;
	json_t *out = NULL;
	if (EVP_Digest(s, strlen(s), md, &mdlen, EVP_sha256(), NULL) != 1) {
		strbuf_addstr(err, "sha256: the digest failed");
	} else {
		char hex[2 * EVP_MAX_MD_SIZE + 1];
		for (unsigned int i = 0; i < mdlen; i++)
			snprintf(hex + 2 * i, 3, "%02x", md[i]);
		out = json_string(hex);
	}
	free(s);
	return out;
}

/* ---- templatefile ---------------------------------------------------------- */

/* A template's ${name} and ${name.path} read from the vars map. */
static int resolve_template_var(void *ctx, const struct expr_ref *ref, json_t **out,
				bool *sensitive, struct strbuf *err)
{
	(void)sensitive; /* the call is sensitive already when vars is */
	const json_t *value = json_object_get((const json_t *)ctx, ref->root);
	if (!value) {
		strbuf_addf(err, "templatefile: the template uses \"%s\", which vars does not have",
			    ref->root);
		return -1;
	}
	const json_t *at = expr_path_get(value, ref->path, err);
	if (!at) {
		strbuf_prefixf(err, "templatefile: %s: ", ref->root);
		return -1;
	}
	*out = json_deep_copy(at);
	return 0;
}

/*
 * templatefile(path, vars): the file's text with each ${...} evaluated, a
 * name in it standing for vars' entry (functions and operators work as in
 * the stack). The result is always a string; sensitive when vars is.
 */
static json_t *fn_templatefile(const struct func_args *a, struct strbuf *err)
{
	json_t *text = fn_file(a, err);
	if (!text) {
		strbuf_prefixf(err, "template");
		return NULL;
	}
	json_t *out = a->eval(text, resolve_template_var, a->v[1], NULL, err);
	json_decref(text);
	if (!out) {
		char *path = arg_text(a, 0);
		if (strncmp(err->buf, "templatefile:", strlen("templatefile:")))
			strbuf_prefixf(err, "templatefile: \"%s\": ", path);
		free(path);
		return NULL;
	}
	if (json_is_string(out))
		return out;
	struct strbuf sb = STRBUF_INIT;
	json_t *str = NULL;
	if (expr_stringify(out, &sb) == 0)
		str = json_stringn(sb.buf, sb.len);
	else
		strbuf_addf(err, "templatefile: the template is one ${...} whose value is %s, "
			    "not text", value_kind(out));
	strbuf_release(&sb);
	json_decref(out);
	return str;
}

/* ---- coalesce, concat, contains, keys, values, length -------------------- */

/* coalesce(vals...): the first argument that is neither null nor "". */
static json_t *fn_coalesce(const struct func_args *a, struct strbuf *err)
{
	for (size_t i = 0; i < a->n; i++) {
		const json_t *v = a->v[i];
		if (json_is_null(v) || (json_is_string(v) && !json_string_length(v)))
			continue;
		return json_deep_copy(v);
	}
	strbuf_addstr(err, "coalesce: every argument is null or an empty string");
	return NULL;
}

/* concat(lists...): one list, the elements of each in order. */
static json_t *fn_concat(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	json_t *out = json_array();
	for (size_t i = 0; i < a->n; i++) {
		size_t k;
		json_t *item;
		json_array_foreach(a->v[i], k, item)
			json_array_append_new(out, json_deep_copy(item));
	}
	return out;
}

/* contains(list, value): whether an element equals value (as Terraform,
 * numbers and strings compare by their text: contains(["1"], 1) is true). */
static json_t *fn_contains(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	size_t k;
	json_t *item;
	json_array_foreach(a->v[0], k, item) {
		if (json_equal(item, a->v[1]))
			return json_true();
		if (is_scalar(item) && is_scalar(a->v[1]) && !json_is_boolean(item) &&
		    !json_is_boolean(a->v[1])) {
			struct strbuf x = STRBUF_INIT, y = STRBUF_INIT;
			expr_stringify(item, &x);
			expr_stringify(a->v[1], &y);
			bool same = !strcmp(x.buf, y.buf);
			strbuf_release(&x);
			strbuf_release(&y);
			if (same)
				return json_true();
		}
	}
	return json_false();
}

static int cmp_keys(const void *x, const void *y)
{
	return strcmp(*(const char *const *)x, *(const char *const *)y);
}

/* The keys of map, sorted (as Terraform's keys and values order them). */
static const char **sorted_keys(const json_t *map, size_t *n)
{
	*n = json_object_size(map);
	const char **keys = xcalloc(*n + 1, sizeof(*keys));
	size_t i = 0;
	const char *key;
	json_t *v;
	json_object_foreach((json_t *)map, key, v)
		keys[i++] = key;
	qsort(keys, *n, sizeof(*keys), cmp_keys);
	return keys;
}

static json_t *fn_keys(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	size_t n;
	const char **keys = sorted_keys(a->v[0], &n);
	json_t *out = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(out, json_string(keys[i]));
	free(keys);
	return out;
}

static json_t *fn_values(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	size_t n;
	const char **keys = sorted_keys(a->v[0], &n);
	json_t *out = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append_new(out, json_deep_copy(json_object_get(a->v[0], keys[i])));
	free(keys);
	return out;
}

/* length(list | map | string): elements, keys, or characters (UTF-8 code
 * points, not bytes). */
static json_t *fn_length(const struct func_args *a, struct strbuf *err)
{
	const json_t *v = a->v[0];
	if (json_is_array(v))
		return json_integer((json_int_t)json_array_size(v));
	if (json_is_object(v))
		return json_integer((json_int_t)json_object_size(v));
	if (json_is_string(v)) {
		json_int_t chars = 0;
		for (const char *p = json_string_value(v); *p; p++)
			if (((unsigned char)*p & 0xC0) != 0x80)
				chars++;
		return json_integer(chars);
	}
	strbuf_addf(err, "length: argument 1 must be a list, a map or a string, got %s",
		    value_kind(v));
	return NULL;
}

/* ---- tostring, tonumber --------------------------------------------------- */

static json_t *fn_tostring(const struct func_args *a, struct strbuf *err)
{
	if (json_is_null(a->v[0]))
		return json_null();
	if (!is_scalar(a->v[0])) {
		strbuf_addf(err, "tostring: argument 1 must be a string, number or bool, got %s",
			    value_kind(a->v[0]));
		return NULL;
	}
	char *s = arg_text(a, 0);
	json_t *out = json_string(s);
	free(s);
	return out;
}

/* A whole number when the text is one, else a real; NULL when the text is
 * not a number. */
static json_t *number_from_text(const char *s)
{
	if (!*s || strchr(" \t\n", *s))
		return NULL;
	char *end;
	errno = 0;
	long long whole = strtoll(s, &end, 10);
	if (!*end && !errno)
		return json_integer((json_int_t)whole);
	double d = strtod(s, &end);
	if (*end || errno || !isfinite(d))
		return NULL;
	return json_real(d);
}

static json_t *fn_tonumber(const struct func_args *a, struct strbuf *err)
{
	const json_t *v = a->v[0];
	if (json_is_null(v))
		return json_null();
	if (json_is_number(v))
		return json_deep_copy(v);
	json_t *out = json_is_string(v) ? number_from_text(json_string_value(v)) : NULL;
	if (out)
		return out;
	if (!json_is_string(v))
		strbuf_addf(err, "tonumber: argument 1 must be a string or a number, got %s",
			    value_kind(v));
	else if (a->secret)
		strbuf_addstr(err, "tonumber: argument 1 is not a number");
	else
		strbuf_addf(err, "tonumber: \"%s\" is not a number", json_string_value(v));
	return NULL;
}

/* ---- cidrsubnet ----------------------------------------------------------- */

/* Argument i as a whole number >= 0, else -1 with err set. */
static long long whole_arg(const struct func_args *a, size_t i, const char *fn, const char *what,
			   struct strbuf *err)
{
	const json_t *v = a->v[i];
	json_t *num = json_is_string(v) ? number_from_text(json_string_value(v)) : NULL;
	const json_t *n = num ? num : v;
	long long out = -1;
	if (json_is_integer(n) && json_integer_value(n) >= 0)
		out = json_integer_value(n);
	else if (json_is_real(n) && json_real_value(n) >= 0 &&
		 json_real_value(n) == floor(json_real_value(n)) && json_real_value(n) < 9e18)
		out = (long long)json_real_value(n);
	else
		strbuf_addf(err, "%s: argument %zu (%s) must be a whole number >= 0", fn, i + 1,
			    what);
	json_decref(num);
	return out;
}

/*
 * cidrsubnet(prefix, newbits, netnum), as Terraform's: the prefix extended
 * by newbits bits, the subnet numbered netnum among them.
 * cidrsubnet("10.1.0.0/16", 8, 2) = "10.1.2.0/24". IPv4 only.
 */
static json_t *fn_cidrsubnet(const struct func_args *a, struct strbuf *err)
{
	char *prefix = arg_text(a, 0);
	json_t *out = NULL;
	unsigned o[4], len;
	char tail;
	if (sscanf(prefix, "%3u.%3u.%3u.%3u/%2u%c", &o[0], &o[1], &o[2], &o[3], &len, &tail) != 5 ||
	    o[0] > 255 || o[1] > 255 || o[2] > 255 || o[3] > 255 || len > 32) {
		if (strchr(prefix, ':'))
			strbuf_addstr(err, "cidrsubnet: IPv6 prefixes are not supported yet");
		else if (a->secret)
			strbuf_addstr(err, "cidrsubnet: argument 1 is not an IPv4 CIDR prefix");
		else
			strbuf_addf(err, "cidrsubnet: \"%s\" is not an IPv4 CIDR prefix like \"10.0.0.0/16\"",
				    prefix);
		goto done;
	}
	long long newbits = whole_arg(a, 1, "cidrsubnet", "newbits", err);
	if (newbits < 0)
		goto done;
	long long netnum = whole_arg(a, 2, "cidrsubnet", "netnum", err);
	if (netnum < 0)
		goto done;
	if (len + newbits > 32) {
		strbuf_addf(err, "cidrsubnet: a /%u prefix cannot be extended by %lld bits (more than 32)",
			    len, newbits);
		goto done;
	}
	if (newbits < 63 && (unsigned long long)netnum >= (1ULL << newbits)) {
		strbuf_addf(err, "cidrsubnet: netnum %lld does not fit in %lld bits", netnum,
			    newbits);
		goto done;
	}
	uint32_t addr = (uint32_t)o[0] << 24 | (uint32_t)o[1] << 16 | (uint32_t)o[2] << 8 | o[3];
	unsigned newlen = len + (unsigned)newbits;
	uint32_t mask = len ? ~(uint32_t)0 << (32 - len) : 0;
	addr &= mask;
	if (newlen > len)
		addr |= (uint32_t)netnum << (32 - newlen);
	char text[32];
	snprintf(text, sizeof(text), "%u.%u.%u.%u/%u", addr >> 24, (addr >> 16) & 255,
		 (addr >> 8) & 255, addr & 255, newlen);
	out = json_string(text);
done:
	free(prefix);
	return out;
}

/* ---- the table ----------------------------------------------------------- */

static const struct expr_func funcs[] = {
	/* can and try catch their arguments' errors: stacks/expr.c evaluates
	 * them (EXPR_TRY) and never calls these rows; they are here to be
	 * known by name (the list of functions, "did you mean"). */
	{ "can", 1, 1, 1, { FK_ANY }, FK_ANY, NULL },
	{ "cidrsubnet", 3, 3, 3, { FK_STRING, FK_STRING, FK_STRING }, FK_STRING, fn_cidrsubnet },
	{ "coalesce", 1, FUNC_ANY_NUMBER, 1, { FK_ANY }, FK_ANY, fn_coalesce },
	{ "concat", 1, FUNC_ANY_NUMBER, 1, { FK_LIST }, FK_LIST, fn_concat },
	{ "contains", 2, 2, 2, { FK_LIST, FK_ANY }, FK_ANY, fn_contains },
	{ "file", 1, 1, 1, { FK_STRING }, FK_STRING, fn_file },
	{ "format", 1, FUNC_ANY_NUMBER, 2, { FK_STRING, FK_ANY }, FK_STRING, fn_format },
	{ "formatlist", 1, FUNC_ANY_NUMBER, 2, { FK_STRING, FK_ANY }, FK_LIST, fn_formatlist },
	{ "join", 2, 2, 2, { FK_STRING, FK_LIST }, FK_STRING, fn_join },
	{ "jsonencode", 1, 1, 1, { FK_ANY }, FK_STRING, fn_jsonencode },
	{ "keys", 1, 1, 1, { FK_MAP }, FK_LIST, fn_keys },
	{ "length", 1, 1, 1, { FK_ANY }, FK_ANY, fn_length },
	{ "lookup", 2, 3, 3, { FK_MAP, FK_STRING, FK_ANY }, FK_ANY, fn_lookup },
	{ "lower", 1, 1, 1, { FK_STRING }, FK_STRING, fn_lower },
	{ "merge", 1, FUNC_ANY_NUMBER, 1, { FK_MAP }, FK_MAP, fn_merge },
	{ "replace", 3, 3, 1, { FK_STRING }, FK_STRING, fn_replace },
	{ "sha256", 1, 1, 1, { FK_STRING }, FK_STRING, fn_sha256 },
	{ "templatefile", 2, 2, 2, { FK_STRING, FK_MAP }, FK_STRING, fn_templatefile },
	{ "tonumber", 1, 1, 1, { FK_ANY }, FK_ANY, fn_tonumber },
	{ "tostring", 1, 1, 1, { FK_ANY }, FK_STRING, fn_tostring },
	{ "try", 1, FUNC_ANY_NUMBER, 1, { FK_ANY }, FK_ANY, NULL },
	{ "upper", 1, 1, 1, { FK_STRING }, FK_STRING, fn_upper },
	{ "values", 1, 1, 1, { FK_MAP }, FK_LIST, fn_values },
};
#define N_FUNCS (sizeof(funcs) / sizeof(funcs[0]))

const struct expr_func *expr_func_find(const char *name)
{
	for (size_t i = 0; i < N_FUNCS; i++)
		if (!strcmp(funcs[i].name, name))
			return &funcs[i];
	return NULL;
}

void expr_func_unknown(const char *name, struct strbuf *err, struct strbuf *hint)
{
	const char *names[N_FUNCS];
	for (size_t i = 0; i < N_FUNCS; i++)
		names[i] = funcs[i].name;
	strbuf_addf(err, "unknown function \"%s\"", name);
	if (!hint)
		return;
	const char *close = diag_suggest(name, names, N_FUNCS);
	if (close) {
		strbuf_addf(hint, "did you mean \"%s\"?", close);
		return;
	}
	strbuf_addstr(hint, "the functions are");
	for (size_t i = 0; i < N_FUNCS; i++)
		strbuf_addf(hint, "%s %s", i ? "," : "", names[i]);
}

int expr_func_check_count(const struct expr_func *f, size_t n, struct strbuf *err)
{
	if (n >= f->min_args && (f->max_args == FUNC_ANY_NUMBER || n <= f->max_args))
		return 0;
	strbuf_addf(err, "%s takes ", f->name);
	if (f->max_args == FUNC_ANY_NUMBER)
		strbuf_addf(err, "at least %zu", f->min_args);
	else if (f->max_args == f->min_args)
		strbuf_addf(err, "%zu", f->min_args);
	else
		strbuf_addf(err, "%zu or %zu", f->min_args, f->max_args);
	size_t largest = f->max_args == FUNC_ANY_NUMBER ? f->min_args : f->max_args;
	strbuf_addf(err, " argument%s, got %zu", largest == 1 ? "" : "s", n);
	return -1;
}

int expr_func_check_arg(const struct expr_func *f, size_t i, const json_t *v,
			struct strbuf *err)
{
	enum func_kind want = f->arg_kinds[i < f->n_kinds ? i : f->n_kinds - 1];
	bool ok;
	switch (want) {
	case FK_STRING: ok = is_scalar(v); break;
	case FK_LIST: ok = json_is_array(v); break;
	case FK_MAP: ok = json_is_object(v); break;
	default: ok = true; break;
	}
	if (ok)
		return 0;
	strbuf_addf(err, "%s: argument %zu must be %s, got %s", f->name, i + 1, kind_name(want),
		    value_kind(v));
	return -1;
}
