/*
 * expr_func_util.c: the helpers the function library shares (see
 * stacks/expr_func_lib.h): arguments as text and numbers with errors that
 * name the function, the argument and the value; Terraform's conversions of
 * list elements and its set order; digests, hex and base64 (OpenSSL);
 * characters as Terraform counts them, grapheme clusters (libunistring).
 */
#include "stacks/expr_func_lib.h"
#include "stacks/expr_path.h"
#include "provider/provider.h"
#include "provider/base/encoding.h"

#include <errno.h>
#include <math.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unigbrk.h>

bool fn_is_scalar(const json_t *v)
{
	return json_is_string(v) || json_is_number(v) || json_is_boolean(v);
}

char *fn_text(const struct func_args *a, size_t i)
{
	struct strbuf sb = STRBUF_INIT;
	expr_stringify_as(a->v[i], a->edition, &sb);
	return strbuf_detach(&sb);
}

#define SHOWN_MAX 60 /* characters of a value shown in a message */

void fn_describe(struct strbuf *out, const json_t *v, bool secret)
{
	if (secret) {
		strbuf_addf(out, "%s (sensitive)", value_kind(v));
		return;
	}
	char *text = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT | JSON_SORT_KEYS);
	if (!text) {
		strbuf_addstr(out, value_kind(v));
		return;
	}
	size_t len = strlen(text);
	if (len > SHOWN_MAX) {
		size_t cut = SHOWN_MAX;
		while (cut && ((unsigned char)text[cut] & 0xC0) == 0x80)
			cut--;
		strbuf_add(out, text, cut);
		strbuf_addstr(out, "...");
	} else {
		strbuf_add(out, text, len);
	}
	free(text);
}

void fn_bad_arg(struct strbuf *err, const char *name, size_t i, const char *what,
		const json_t *v, bool secret)
{
	strbuf_addf(err, "%s: argument %zu must be %s, got ", name, i + 1, what);
	fn_describe(err, v, secret);
}

json_t *fn_number_from_text(const char *s)
{
	if (!*s || strchr(" \t\r\n", *s))
		return NULL;
	char *end;
	errno = 0;
	long long whole = strtoll(s, &end, 10);
	if (!*end && !errno)
		return json_integer((json_int_t)whole);
	if (!strncasecmp(s, "0x", 2) || strpbrk(s, "xXpP") || strcasestr(s, "inf") ||
	    strcasestr(s, "nan"))
		return NULL; /* strtod would read hex and infinities; Terraform does not */
	errno = 0;
	double d = strtod(s, &end);
	if (*end || errno || !isfinite(d))
		return NULL;
	return json_real(d);
}

bool fn_number_of(const json_t *v, double *out)
{
	if (json_is_number(v)) {
		*out = json_number_value(v);
		return true;
	}
	if (!json_is_string(v))
		return false;
	json_t *n = fn_number_from_text(json_string_value(v));
	if (!n)
		return false;
	*out = json_number_value(n);
	json_decref(n);
	return true;
}

int fn_number(const struct func_args *a, size_t i, const char *name, double *out,
	      struct strbuf *err)
{
	if (fn_number_of(a->v[i], out))
		return 0;
	fn_bad_arg(err, name, i, "a number", a->v[i], a->secret);
	return -1;
}

int fn_whole(const struct func_args *a, size_t i, const char *name, long long *out,
	     struct strbuf *err)
{
	double d;
	if (json_is_integer(a->v[i])) {
		*out = json_integer_value(a->v[i]);
		return 0;
	}
	if (fn_number_of(a->v[i], &d) && d == floor(d) && fabs(d) < 9e18) {
		*out = (long long)d;
		return 0;
	}
	fn_bad_arg(err, name, i, "a whole number", a->v[i], a->secret);
	return -1;
}

json_t *fn_number_json(double d)
{
	if (d == floor(d) && fabs(d) < 9e15)
		return json_integer((json_int_t)d);
	return json_real(d);
}

json_t *fn_unify(const json_t *list, enum func_edition edition)
{
	bool str = false, num = false, boolean = false, other = false;
	size_t i;
	json_t *item;
	json_array_foreach(list, i, item) {
		if (json_is_string(item))
			str = true;
		else if (json_is_number(item))
			num = true;
		else if (json_is_boolean(item))
			boolean = true;
		else if (!json_is_null(item))
			other = true;
	}
	bool to_text = !other && (str + num + boolean) > 1;
	json_t *out = json_array();
	json_array_foreach(list, i, item) {
		if (to_text && !json_is_null(item) && !json_is_string(item)) {
			struct strbuf sb = STRBUF_INIT;
			expr_stringify_as(item, edition, &sb);
			json_array_append_new(out, json_stringn(sb.buf, sb.len));
			strbuf_release(&sb);
		} else {
			json_array_append_new(out, json_deep_copy(item));
		}
	}
	return out;
}

json_t *fn_strings(const struct func_args *a, size_t i, const char *name, bool keep_null,
		   struct strbuf *err)
{
	json_t *out = json_array();
	size_t k;
	json_t *item;
	json_array_foreach(a->v[i], k, item) {
		if (json_is_null(item) && keep_null) {
			json_array_append_new(out, json_null());
			continue;
		}
		if (!fn_is_scalar(item)) {
			strbuf_addf(err, "%s: element %zu of argument %zu must be a string, got ", name,
				    k, i + 1);
			fn_describe(err, item, a->secret);
			json_decref(out);
			return NULL;
		}
		struct strbuf sb = STRBUF_INIT;
		expr_stringify_as(item, a->edition, &sb);
		json_array_append_new(out, json_stringn(sb.buf, sb.len));
		strbuf_release(&sb);
	}
	return out;
}

bool fn_equal(const json_t *x, const json_t *y)
{
	return value_equal(x, y);
}

/* As cty's Equals: parts compared in order (lists by index, maps by key),
 * the first that is unknown makes the answer unknown, the first that
 * differs makes it false; a list and a map, or either and a scalar, are
 * never equal. */
int expr_equal_known(const json_t *a, const json_t *b)
{
	if (value_is_unknown(a) || value_is_unknown(b))
		return -1;
	if (!value_contains_unknown(a) && !value_contains_unknown(b))
		return value_equal(a, b);
	if (json_typeof(a) != json_typeof(b) || (!json_is_array(a) && !json_is_object(a)))
		return 0;
	if (json_is_array(a)) {
		if (json_array_size(a) != json_array_size(b))
			return 0;
		for (size_t i = 0; i < json_array_size(a); i++) {
			int eq = expr_equal_known(json_array_get(a, i), json_array_get(b, i));
			if (eq <= 0)
				return eq;
		}
		return 1;
	}
	size_t n, k;
	if (json_object_size(a) != json_object_size(b))
		return 0;
	const char **keys = value_sorted_keys(a, &n);
	for (k = 0; k < n; k++)
		if (!json_object_get(b, keys[k])) {
			free(keys);
			return 0;
		}
	int eq = 1;
	for (k = 0; k < n && eq > 0; k++)
		eq = expr_equal_known(json_object_get(a, keys[k]), json_object_get(b, keys[k]));
	free(keys);
	return eq;
}

static int set_order(const void *p, const void *q)
{
	const json_t *x = *(const json_t *const *)p, *y = *(const json_t *const *)q;
	if (json_is_string(x) && json_is_string(y))
		return strcmp(json_string_value(x), json_string_value(y));
	if (json_is_number(x) && json_is_number(y)) {
		double a = json_number_value(x), b = json_number_value(y);
		return a < b ? -1 : a > b;
	}
	if (json_is_boolean(x) && json_is_boolean(y))
		return json_is_true(x) - json_is_true(y);
	return 0;
}

json_t *fn_set_of(const json_t *list, enum func_edition edition)
{
	json_t *all = fn_unify(list, edition), *out = json_array();
	size_t i, k, n = 0;
	json_t *item;
	json_t **items = xcalloc(json_array_size(all) + 1, sizeof(*items));
	json_array_foreach(all, i, item) {
		for (k = 0; k < n; k++)
			if (fn_equal(items[k], item))
				break;
		if (k == n)
			items[n++] = item;
	}
	/* qsort is not stable; elements it cannot order keep their first-seen
	 * order by the insertion sort below. */
	for (i = 1; i < n; i++)
		for (k = i; k > 0 && set_order(&items[k - 1], &items[k]) > 0; k--) {
			json_t *t = items[k];
			items[k] = items[k - 1];
			items[k - 1] = t;
		}
	for (i = 0; i < n; i++)
		json_array_append(out, items[i]);
	free(items);
	json_decref(all);
	return out;
}

json_t *fn_hex(const unsigned char *data, size_t len)
{
	char *hex = xcalloc(2 * len + 1, 1);
	hex_text(data, len, hex);
	json_t *out = json_string(hex);
	free(hex);
	return out;
}

json_t *fn_base64(const unsigned char *data, size_t len)
{
	char *b64 = base64_encode(data, len);
	json_t *out = json_string(b64);
	free(b64);
	return out;
}

unsigned fn_digest(const char *md, const void *data, size_t len, unsigned char *out)
{
	const EVP_MD *type = !strcmp(md, "md5") ? EVP_md5() : !strcmp(md, "sha1") ? EVP_sha1() :
			     !strcmp(md, "sha256") ? EVP_sha256() : EVP_sha512();
	unsigned n = 0;
	if (EVP_Digest(data, len, out, &n, type, NULL) != 1)
		return 0;
	return n;
}

size_t fn_utf8_len(const char *s, size_t len)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			n++;
	return n;
}

json_t *fn_string_checked(const char *s, size_t len, const char *name, struct strbuf *err)
{
	json_t *out = json_stringn(s, len);
	if (!out)
		strbuf_addf(err, "%s: the result is not UTF-8 text", name);
	return out;
}

size_t *fn_graphemes(const char *s, size_t *n)
{
	size_t len = strlen(s), k = 0;
	size_t *at = xcalloc(len + 1, sizeof(*at));
	const uint8_t *p = (const uint8_t *)s, *end = p + len;
	while (p < end) {
		at[k++] = (size_t)(p - (const uint8_t *)s);
		p = u8_grapheme_next(p, end);
	}
	at[k] = len;
	*n = k;
	return at;
}
