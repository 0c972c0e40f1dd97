/*
 * expr_func_string.c: the string functions, as Terraform's: case (lower,
 * upper, title: Unicode letters, by the C.UTF-8 locale's tables), join,
 * split, substr, the trims, chomp, indent, startswith, endswith,
 * strcontains, strrev, tostring, tobool, and the regular expressions
 * (regex, regexall, replace with a /pattern/) by PCRE2 with Go's rules for
 * successive matches and "$1"/"${name}" replacements. substr and strrev
 * count characters as Terraform, by grapheme clusters.
 */
#include "stacks/expr_func_lib.h"
#include "stacks/expr_path.h"
#include "provider/provider.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <locale.h>
#include <pcre2.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wctype.h>

/* ---- characters ---------------------------------------------------------- */

/* The code point at s (valid UTF-8, as every JSON string is) and its
 * length in bytes. */
static uint32_t utf8_next(const char *s, size_t *len)
{
	const unsigned char *u = (const unsigned char *)s;
	if (u[0] < 0x80) {
		*len = 1;
		return u[0];
	}
	if ((u[0] & 0xE0) == 0xC0) {
		*len = 2;
		return (uint32_t)(u[0] & 0x1F) << 6 | (u[1] & 0x3F);
	}
	if ((u[0] & 0xF0) == 0xE0) {
		*len = 3;
		return (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
	}
	*len = 4;
	return (uint32_t)(u[0] & 0x07) << 18 | (uint32_t)(u[1] & 0x3F) << 12 |
	       (uint32_t)(u[2] & 0x3F) << 6 | (u[3] & 0x3F);
}

static void utf8_put(struct strbuf *out, uint32_t c)
{
	if (c < 0x80) {
		strbuf_addch(out, (char)c);
	} else if (c < 0x800) {
		strbuf_addch(out, (char)(0xC0 | c >> 6));
		strbuf_addch(out, (char)(0x80 | (c & 0x3F)));
	} else if (c < 0x10000) {
		strbuf_addch(out, (char)(0xE0 | c >> 12));
		strbuf_addch(out, (char)(0x80 | ((c >> 6) & 0x3F)));
		strbuf_addch(out, (char)(0x80 | (c & 0x3F)));
	} else {
		strbuf_addch(out, (char)(0xF0 | c >> 18));
		strbuf_addch(out, (char)(0x80 | ((c >> 12) & 0x3F)));
		strbuf_addch(out, (char)(0x80 | ((c >> 6) & 0x3F)));
		strbuf_addch(out, (char)(0x80 | (c & 0x3F)));
	}
}

/* The C.UTF-8 locale for the wide-character tables; (locale_t)0 when the
 * system has none (then only ASCII letters change case). */
static locale_t utf8_locale(void)
{
	static locale_t loc;
	static bool tried;
	if (!tried) {
		tried = true;
		loc = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
	}
	return loc;
}

static uint32_t to_upper(uint32_t c)
{
	if (c < 0x80)
		return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c;
	locale_t loc = utf8_locale();
	if (loc)
		return (uint32_t)towupper_l((wint_t)c, loc);
	return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c;
}

static uint32_t to_lower(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
	locale_t loc = utf8_locale();
	if (loc)
		return (uint32_t)towlower_l((wint_t)c, loc);
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static json_t *map_chars(const struct func_args *a, uint32_t (*conv)(uint32_t))
{
	char *s = fn_text(a, 0);
	struct strbuf out = STRBUF_INIT;
	for (const char *p = s; *p;) {
		size_t n;
		uint32_t c = utf8_next(p, &n);
		utf8_put(&out, conv(c));
		p += n;
	}
	json_t *v = json_stringn(out.buf, out.len);
	strbuf_release(&out);
	free(s);
	return v;
}

/* The earlier releases' lower and upper: ASCII letters only. */
static uint32_t ascii_lower(uint32_t c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static uint32_t ascii_upper(uint32_t c)
{
	return c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c;
}

json_t *fn_lower(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	return map_chars(a, a->edition == FUNC_EARLIER ? ascii_lower : to_lower);
}

json_t *fn_upper(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	return map_chars(a, a->edition == FUNC_EARLIER ? ascii_upper : to_upper);
}

/* Go's strings.Title: a letter after a separator (not a letter, digit or
 * "_") is made upper case. */
static bool title_separator(uint32_t c)
{
	if (c < 0x80)
		return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
			 c == '_');
	locale_t loc = utf8_locale();
	if (loc && (iswalpha_l((wint_t)c, loc) || iswdigit_l((wint_t)c, loc)))
		return false;
	return loc ? iswspace_l((wint_t)c, loc) != 0 : false;
}

json_t *fn_title(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	char *s = fn_text(a, 0);
	struct strbuf out = STRBUF_INIT;
	uint32_t prev = ' ';
	for (const char *p = s; *p;) {
		size_t n;
		uint32_t c = utf8_next(p, &n);
		utf8_put(&out, title_separator(prev) ? to_upper(c) : c);
		prev = c;
		p += n;
	}
	json_t *v = json_stringn(out.buf, out.len);
	strbuf_release(&out);
	free(s);
	return v;
}

/* ---- join, split ------------------------------------------------------------ */

json_t *fn_join(const struct func_args *a, struct strbuf *err)
{
	char *sep = fn_text(a, 0);
	struct strbuf sb = STRBUF_INIT;
	json_t *out = NULL;
	size_t i;
	json_t *item;
	json_array_foreach(a->v[1], i, item) {
		if (!fn_is_scalar(item)) {
			strbuf_addf(err, "join: element %zu of argument 2 must be a string, got ", i);
			fn_describe(err, item, a->secret);
			goto done;
		}
		if (i)
			strbuf_addstr(&sb, sep);
		expr_stringify_as(item, a->edition, &sb);
	}
	out = json_stringn(sb.buf, sb.len);
done:
	strbuf_release(&sb);
	free(sep);
	return out;
}

/* split(sep, s): the parts of s between each sep; an empty sep splits
 * into characters; "" is [""]. */
json_t *fn_split(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	char *sep = fn_text(a, 0), *s = fn_text(a, 1);
	json_t *out = json_array();
	size_t seplen = strlen(sep);
	const char *p = s;
	if (!seplen) {
		while (*p) {
			size_t n;
			utf8_next(p, &n);
			json_array_append_new(out, json_stringn(p, n));
			p += n;
		}
	} else {
		const char *hit;
		while ((hit = strstr(p, sep))) {
			json_array_append_new(out, json_stringn(p, (size_t)(hit - p)));
			p = hit + seplen;
		}
		json_array_append_new(out, json_string(p));
	}
	free(sep);
	free(s);
	return out;
}

/* ---- substr, strrev ------------------------------------------------------------ */

/* The byte offset of each character of s, and one past the end: n + 1
 * entries. */
static size_t *char_offsets(const char *s, size_t *n)
{
	return fn_graphemes(s, n);
}

/*
 * substr(s, offset, length), as Terraform's: a negative offset counts from
 * the end, a negative length takes the rest, an offset past the end gives
 * "".
 */
json_t *fn_substr(const struct func_args *a, struct strbuf *err)
{
	long long offset, length;
	if (fn_whole(a, 1, "substr", &offset, err) < 0 || fn_whole(a, 2, "substr", &length, err) < 0)
		return NULL;
	char *s = fn_text(a, 0);
	size_t n;
	size_t *at = char_offsets(s, &n);
	json_t *out;
	if (offset < 0) {
		offset += (long long)n;
		if (offset < 0)
			offset = 0;
	} else if (length == 0) {
		out = json_string("");
		goto done;
	}
	/* Terraform's walk: from the offset (or the start, when the offset is
	 * still negative) take characters until the count reaches
	 * offset + length; a count it never reaches takes the rest. */
	size_t start = offset > 0 ? ((size_t)offset < n ? (size_t)offset : n) : 0;
	long long pos = offset > 0 ? offset : 0;
	size_t end = n;
	if (length >= 0) {
		long long target = offset + length;
		if (target > pos && target - pos <= (long long)(n - start))
			end = start + (size_t)(target - pos);
	}
	out = json_stringn(s + at[start], at[end] - at[start]);
done:
	free(at);
	free(s);
	return out;
}

json_t *fn_strrev(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	char *s = fn_text(a, 0);
	size_t n;
	size_t *at = char_offsets(s, &n);
	struct strbuf out = STRBUF_INIT;
	for (size_t k = n; k > 0; k--)
		strbuf_add(&out, s + at[k - 1], at[k] - at[k - 1]);
	json_t *v = json_stringn(out.buf, out.len);
	strbuf_release(&out);
	free(at);
	free(s);
	return v;
}

/* ---- trims, chomp, indent -------------------------------------------------------- */

static bool in_cutset(uint32_t c, const char *cutset)
{
	for (const char *p = cutset; *p;) {
		size_t n;
		if (utf8_next(p, &n) == c)
			return true;
		p += n;
	}
	return false;
}

static bool is_space(uint32_t c, const char *unused)
{
	(void)unused;
	if (c < 0x80)
		return c == ' ' || (c >= '\t' && c <= '\r');
	if (c == 0x85 || c == 0xA0)
		return true;
	locale_t loc = utf8_locale();
	return loc && iswspace_l((wint_t)c, loc);
}

/* s without the characters at either end for which drop(c, arg) holds. */
static json_t *trim_ends(const char *s, bool (*drop)(uint32_t, const char *), const char *arg)
{
	size_t n;
	size_t *at = char_offsets(s, &n), lo = 0, hi = n, len;
	while (lo < hi && drop(utf8_next(s + at[lo], &len), arg))
		lo++;
	while (hi > lo && drop(utf8_next(s + at[hi - 1], &len), arg))
		hi--;
	json_t *out = json_stringn(s + at[lo], at[hi] - at[lo]);
	free(at);
	return out;
}

json_t *fn_trim(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	char *s = fn_text(a, 0), *cut = fn_text(a, 1);
	json_t *out = trim_ends(s, in_cutset, cut);
	free(s);
	free(cut);
	return out;
}

json_t *fn_trimspace(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	char *s = fn_text(a, 0);
	json_t *out = trim_ends(s, is_space, NULL);
	free(s);
	return out;
}

static json_t *trim_affix(const struct func_args *a, bool prefix)
{
	char *s = fn_text(a, 0), *affix = fn_text(a, 1);
	size_t len = strlen(s), alen = strlen(affix);
	json_t *out;
	if (alen <= len && !memcmp(prefix ? s : s + len - alen, affix, alen))
		out = prefix ? json_string(s + alen) : json_stringn(s, len - alen);
	else
		out = json_string(s);
	free(s);
	free(affix);
	return out;
}

json_t *fn_trimprefix(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	return trim_affix(a, true);
}

json_t *fn_trimsuffix(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	return trim_affix(a, false);
}

/* chomp(s): s without the newlines (\n, \r\n, \r) at its end. */
json_t *fn_chomp(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	char *s = fn_text(a, 0);
	size_t len = strlen(s);
	while (len && (s[len - 1] == '\n' || s[len - 1] == '\r'))
		len--;
	json_t *out = json_stringn(s, len);
	free(s);
	return out;
}

/* indent(n, s): n spaces after every newline of s (not before the first
 * line, which the caller's text already places). */
json_t *fn_indent(const struct func_args *a, struct strbuf *err)
{
	long long spaces;
	if (fn_whole(a, 0, "indent", &spaces, err) < 0)
		return NULL;
	if (spaces < 0 || spaces > 1000) {
		fn_bad_arg(err, "indent", 0, "a number of spaces from 0 to 1000", a->v[0], a->secret);
		return NULL;
	}
	char *s = fn_text(a, 1);
	struct strbuf out = STRBUF_INIT;
	for (const char *p = s; *p; p++) {
		strbuf_addch(&out, *p);
		if (*p == '\n')
			for (long long i = 0; i < spaces; i++)
				strbuf_addch(&out, ' ');
	}
	json_t *v = json_stringn(out.buf, out.len);
	strbuf_release(&out);
	free(s);
	return v;
}

/* ---- startswith, endswith, strcontains ------------------------------------------ */

static json_t *text_test(const struct func_args *a, int which)
{
	char *s = fn_text(a, 0), *t = fn_text(a, 1);
	size_t len = strlen(s), tlen = strlen(t);
	bool yes;
	if (which == 0)
		yes = tlen <= len && !memcmp(s, t, tlen);
	else if (which == 1)
		yes = tlen <= len && !memcmp(s + len - tlen, t, tlen);
	else
		yes = strstr(s, t) != NULL;
	free(s);
	free(t);
	return json_boolean(yes);
}

json_t *fn_startswith(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	return text_test(a, 0);
}

json_t *fn_endswith(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	return text_test(a, 1);
}

json_t *fn_strcontains(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	return text_test(a, 2);
}

/* ---- tostring, tobool ------------------------------------------------------------ */

json_t *fn_tostring(const struct func_args *a, struct strbuf *err)
{
	if (json_is_null(a->v[0]))
		return json_null();
	if (!fn_is_scalar(a->v[0])) {
		fn_bad_arg(err, "tostring", 0, "a string, number or bool", a->v[0], a->secret);
		return NULL;
	}
	char *s = fn_text(a, 0);
	json_t *out = json_string(s);
	free(s);
	return out;
}

json_t *fn_tobool(const struct func_args *a, struct strbuf *err)
{
	const json_t *v = a->v[0];
	if (json_is_null(v) || json_is_boolean(v))
		return json_incref((json_t *)v);
	if (json_is_string(v) && !strcmp(json_string_value(v), "true"))
		return json_true();
	if (json_is_string(v) && !strcmp(json_string_value(v), "false"))
		return json_false();
	fn_bad_arg(err, "tobool", 0, "true, false, \"true\" or \"false\"", v, a->secret);
	return NULL;
}

/* ---- regular expressions ------------------------------------------------------------ */

/*
 * PCRE2 stands in for Go's RE2, which Terraform uses: the same syntax for
 * everything RE2 has ((?P<name>...), (?i), \d, [[:alpha:]], \pL, ...), "$"
 * only at the very end (as RE2 without (?m)); PCRE2 also accepts what RE2
 * refuses (backreferences, lookaround), which then works here and fails in
 * Terraform.
 */
struct regex {
	pcre2_code *code;
	pcre2_match_data *md;
	uint32_t groups;     /* capture groups */
	uint32_t named;      /* of which named */
	char **names;        /* names[g] for group g (1-based), or NULL */
};

static void regex_free(struct regex *re)
{
	if (re->names)
		for (uint32_t g = 0; g <= re->groups; g++)
			free(re->names[g]);
	free(re->names);
	pcre2_match_data_free(re->md);
	pcre2_code_free(re->code);
}

static int regex_compile(struct regex *re, const char *fn, const char *pattern, size_t len,
			 bool secret, struct strbuf *err)
{
	int code;
	PCRE2_SIZE at;
	memset(re, 0, sizeof(*re));
	re->code = pcre2_compile((PCRE2_SPTR)pattern, len, PCRE2_UTF | PCRE2_DOLLAR_ENDONLY, &code,
				 &at, NULL);
	if (!re->code) {
		PCRE2_UCHAR why[256];
		pcre2_get_error_message(code, why, sizeof(why));
		if (secret)
			strbuf_addf(err, "%s: invalid pattern: %s", fn, (char *)why);
		else
			strbuf_addf(err, "%s: invalid pattern \"%.*s\": %s at offset %zu", fn, (int)len,
				    pattern, (char *)why, (size_t)at);
		return -1;
	}
	re->md = pcre2_match_data_create_from_pattern(re->code, NULL);
	pcre2_pattern_info(re->code, PCRE2_INFO_CAPTURECOUNT, &re->groups);
	pcre2_pattern_info(re->code, PCRE2_INFO_NAMECOUNT, &re->named);
	re->names = xcalloc(re->groups + 1, sizeof(*re->names));
	if (re->named) {
		uint32_t entry;
		PCRE2_SPTR table;
		pcre2_pattern_info(re->code, PCRE2_INFO_NAMEENTRYSIZE, &entry);
		pcre2_pattern_info(re->code, PCRE2_INFO_NAMETABLE, &table);
		for (uint32_t k = 0; k < re->named; k++) {
			const unsigned char *e = table + k * entry;
			uint32_t g = (uint32_t)e[0] << 8 | e[1];
			free(re->names[g]);
			re->names[g] = xstrdup((const char *)e + 2);
		}
	}
	return 0;
}

/* The next match at or after pos, Go's way; 1 with ov[] set, 0 when none,
 * -1 with err set on a matching error. */
static int regex_at(struct regex *re, const char *fn, const char *s, size_t len, size_t pos,
		    PCRE2_SIZE **ov, struct strbuf *err)
{
	int rc = pcre2_match(re->code, (PCRE2_SPTR)s, len, pos, 0, re->md, NULL);
	if (rc == PCRE2_ERROR_NOMATCH)
		return 0;
	if (rc < 0) {
		PCRE2_UCHAR why[256];
		pcre2_get_error_message(rc, why, sizeof(why));
		strbuf_addf(err, "%s: matching failed: %s", fn, (char *)why);
		return -1;
	}
	*ov = pcre2_get_ovector_pointer(re->md);
	return 1;
}

static size_t char_width(const char *s, size_t len, size_t pos)
{
	if (pos >= len)
		return 1;
	size_t n;
	utf8_next(s + pos, &n);
	return n;
}

static json_t *group_value(const char *s, const PCRE2_SIZE *ov, uint32_t g)
{
	if (ov[2 * g] == PCRE2_UNSET)
		return json_null();
	return json_stringn(s + ov[2 * g], ov[2 * g + 1] - ov[2 * g]);
}

/* A match as regex() returns it: the text, a list of the groups, or a map
 * of the named groups. */
static json_t *match_value(const struct regex *re, const char *s, const PCRE2_SIZE *ov)
{
	if (!re->groups)
		return group_value(s, ov, 0);
	json_t *out = re->named ? json_object() : json_array();
	for (uint32_t g = 1; g <= re->groups; g++) {
		if (re->named)
			json_object_set_new(out, re->names[g], group_value(s, ov, g));
		else
			json_array_append_new(out, group_value(s, ov, g));
	}
	return out;
}

static int regex_args(const struct func_args *a, const char *fn, struct regex *re,
		      char **text, struct strbuf *err)
{
	char *pattern = fn_text(a, 0);
	int rc = regex_compile(re, fn, pattern, strlen(pattern), a->secret, err);
	free(pattern);
	if (rc < 0)
		return -1;
	if (re->named && re->named != re->groups) {
		strbuf_addf(err, "%s: the pattern mixes named and unnamed capture groups", fn);
		regex_free(re);
		return -1;
	}
	*text = fn_text(a, 1);
	return 0;
}

json_t *fn_regex(const struct func_args *a, struct strbuf *err)
{
	struct regex re;
	char *s;
	if (regex_args(a, "regex", &re, &s, err) < 0)
		return NULL;
	PCRE2_SIZE *ov;
	json_t *out = NULL;
	int rc = regex_at(&re, "regex", s, strlen(s), 0, &ov, err);
	if (rc > 0)
		out = match_value(&re, s, ov);
	else if (!rc && a->secret)
		strbuf_addstr(err, "regex: the pattern does not match the string");
	else if (!rc) {
		strbuf_addstr(err, "regex: the pattern does not match ");
		fn_describe(err, a->v[1], false);
		strbuf_addstr(err, " (regexall gives [] instead)");
	}
	regex_free(&re);
	free(s);
	return out;
}

/* Go's FindAll: after an empty match move on one character; an empty match
 * right where the previous match ended does not count. */
json_t *fn_regexall(const struct func_args *a, struct strbuf *err)
{
	struct regex re;
	char *s;
	if (regex_args(a, "regexall", &re, &s, err) < 0)
		return NULL;
	size_t len = strlen(s), pos = 0;
	long long prev_end = -1;
	json_t *out = json_array();
	while (pos <= len) {
		PCRE2_SIZE *ov;
		int rc = regex_at(&re, "regexall", s, len, pos, &ov, err);
		if (rc < 0) {
			json_decref(out);
			out = NULL;
			break;
		}
		if (!rc)
			break;
		bool accept = true;
		if (ov[1] == pos) {
			if ((long long)ov[0] == prev_end)
				accept = false;
			pos += char_width(s, len, pos);
		} else {
			pos = ov[1];
		}
		prev_end = (long long)ov[1];
		if (accept)
			json_array_append_new(out, match_value(&re, s, ov));
	}
	regex_free(&re);
	free(s);
	return out;
}

/* Go's Regexp.Expand: $1, ${1}, $name, ${name}, $$; a group that did not
 * take part, or does not exist, is empty; a malformed $ is kept. */
static void expand(struct strbuf *out, const char *with, const struct regex *re, const char *s,
		   const PCRE2_SIZE *ov)
{
	for (const char *p = with; *p;) {
		if (*p != '$') {
			strbuf_addch(out, *p++);
			continue;
		}
		p++;
		if (*p == '$') {
			strbuf_addch(out, '$');
			p++;
			continue;
		}
		bool brace = *p == '{';
		const char *name = p + brace, *q = name;
		while (*q == '_' || (*q >= '0' && *q <= '9') || (*q >= 'a' && *q <= 'z') ||
		       (*q >= 'A' && *q <= 'Z'))
			q++;
		if (q == name || (brace && *q != '}')) {
			strbuf_addch(out, '$');
			continue;
		}
		size_t nlen = (size_t)(q - name);
		p = q + brace;
		bool digits = strspn(name, "0123456789") >= nlen;
		long g = -1;
		if (digits && nlen < 9)
			g = strtol(name, NULL, 10);
		else if (!digits)
			for (uint32_t k = 1; k <= re->groups; k++)
				if (re->names[k] && strlen(re->names[k]) == nlen &&
				    !strncmp(re->names[k], name, nlen)) {
					g = (long)k;
					break;
				}
		if (g >= 0 && g <= (long)re->groups && ov[2 * g] != PCRE2_UNSET)
			strbuf_add(out, s + ov[2 * g], ov[2 * g + 1] - ov[2 * g]);
	}
}

/* Go's ReplaceAllString over the pattern between the slashes. */
static json_t *replace_regex(const struct func_args *a, const char *s, const char *pattern,
			     size_t plen, const char *with, struct strbuf *err)
{
	struct regex re;
	if (regex_compile(&re, "replace", pattern, plen, a->secret, err) < 0)
		return NULL;
	size_t len = strlen(s), pos = 0, last_end = 0;
	struct strbuf out = STRBUF_INIT;
	json_t *result = NULL;
	while (pos <= len) {
		PCRE2_SIZE *ov;
		int rc = regex_at(&re, "replace", s, len, pos, &ov, err);
		if (rc < 0)
			goto done;
		if (!rc)
			break;
		strbuf_add(&out, s + last_end, ov[0] - last_end);
		if (ov[1] > last_end || ov[0] == 0)
			expand(&out, with, &re, s, ov);
		last_end = ov[1];
		size_t width = pos < len ? char_width(s, len, pos) : 0;
		if (pos + width > ov[1])
			pos += width;
		else if (pos + 1 > ov[1])
			pos++;
		else
			pos = ov[1];
	}
	strbuf_add(&out, s + last_end, len - last_end);
	result = json_stringn(out.buf, out.len);
done:
	strbuf_release(&out);
	regex_free(&re);
	return result;
}

/*
 * replace(s, old, new): every old in s replaced by new; old written as
 * "/pattern/" is a regular expression whose groups new can use ("$1",
 * "${name}") — with the earlier releases' results (FUNC_EARLIER), literal
 * text like any other. An empty old inserts new between characters, as
 * Terraform (the earlier releases refused it).
 */
json_t *fn_replace(const struct func_args *a, struct strbuf *err)
{
	char *s = fn_text(a, 0), *old = fn_text(a, 1), *with = fn_text(a, 2);
	json_t *out = NULL;
	size_t old_len = strlen(old);
	struct strbuf sb = STRBUF_INIT;
	if (old_len > 1 && old[0] == '/' && old[old_len - 1] == '/' &&
	    a->edition != FUNC_EARLIER) {
		out = replace_regex(a, s, old + 1, old_len - 2, with, err);
		goto done;
	}
	const char *p = s;
	if (!old_len) {
		strbuf_addstr(&sb, with);
		while (*p) {
			size_t n;
			utf8_next(p, &n);
			strbuf_add(&sb, p, n);
			strbuf_addstr(&sb, with);
			p += n;
		}
	} else {
		const char *hit;
		while ((hit = strstr(p, old))) {
			strbuf_add(&sb, p, (size_t)(hit - p));
			strbuf_addstr(&sb, with);
			p = hit + old_len;
		}
		strbuf_addstr(&sb, p);
	}
	out = json_stringn(sb.buf, sb.len);
done:
	strbuf_release(&sb);
	free(s);
	free(old);
	free(with);
	return out;
}
