/*
 * expr_func_encoding.c: the encoding and hashing functions, as Terraform's:
 * jsonencode and jsondecode (jansson), yamlencode and yamldecode (libyaml,
 * with the resolution rules of Terraform's go-cty-yaml: yes/no/on/off are
 * bools, anchors and aliases work), base64encode and base64decode,
 * textencodebase64 and textdecodebase64 (iconv), urlencode, csvdecode, and
 * md5, sha1, sha256, sha512, base64sha256, base64sha512, uuidv5 and
 * rsadecrypt (OpenSSL).
 */
#include "stacks/expr_func_lib.h"
#include "stacks/expr_path.h"
#include "stacks/yaml_write.h"
#include "provider/provider.h"
#include "provider/base/encoding.h"
#include "provider/base/text.h"

#include <errno.h>
#include <iconv.h>
#include <math.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

/* ---- JSON --------------------------------------------------------------------- */

/* v as Terraform's jsonencode writes it (Go's encoding/json under cty):
 * keys sorted, numbers in plain decimal with the fewest digits that read
 * back the same (0.1, 100000000000000000000), and <, >, &, U+2028 and
 * U+2029 escaped in strings (\u003c ...). */
static void json_terraform(const json_t *v, struct strbuf *out)
{
	if (json_is_object(v)) {
		size_t n, i;
		const char **keys = value_sorted_keys(v, &n);
		strbuf_addch(out, '{');
		for (i = 0; i < n; i++) {
			json_t *key = json_string(keys[i]);
			if (i)
				strbuf_addch(out, ',');
			json_terraform(key, out);
			strbuf_addch(out, ':');
			json_terraform(json_object_get(v, keys[i]), out);
			json_decref(key);
		}
		strbuf_addch(out, '}');
		free(keys);
	} else if (json_is_array(v)) {
		size_t i;
		json_t *x;
		strbuf_addch(out, '[');
		json_array_foreach(v, i, x) {
			if (i)
				strbuf_addch(out, ',');
			json_terraform(x, out);
		}
		strbuf_addch(out, ']');
	} else if (json_is_number(v)) {
		expr_number_text(v, out);
	} else if (json_is_string(v)) {
		char *enc = json_dumps(v, JSON_ENCODE_ANY);
		for (const char *p = enc; p && *p; p++) {
			if (*p == '<' || *p == '>' || *p == '&')
				strbuf_addf(out, "\\u%04x", (unsigned)*p);
			else if ((unsigned char)p[0] == 0xE2 && (unsigned char)p[1] == 0x80 &&
				 ((unsigned char)p[2] == 0xA8 || (unsigned char)p[2] == 0xA9))
				strbuf_addf(out, "\\u%04x", 0x2028u + ((unsigned char)p[2] - 0xA8u)),
					p += 2;
			else
				strbuf_addch(out, *p);
		}
		free(enc);
	} else {
		char *enc = json_dumps(v, JSON_ENCODE_ANY);
		strbuf_addstr(out, enc ? enc : "null");
		free(enc);
	}
}

/*
 * jsonencode(v): Terraform's text (json_terraform); with the earlier
 * releases' results (FUNC_EARLIER), jansson's as they wrote it: fractions
 * with 17 significant digits (0.10000000000000001), <, > and & as they are.
 */
json_t *fn_jsonencode(const struct func_args *a, struct strbuf *err)
{
	if (a->edition != FUNC_EARLIER) {
		struct strbuf sb = STRBUF_INIT;
		json_terraform(a->v[0], &sb);
		json_t *out = json_stringn(sb.buf, sb.len);
		strbuf_release(&sb);
		return out;
	}
	char *enc = json_dumps(a->v[0], JSON_ENCODE_ANY | JSON_COMPACT | JSON_SORT_KEYS);
	if (!enc) {
		strbuf_addstr(err, "jsonencode: the value cannot be encoded");
		return NULL;
	}
	json_t *out = json_string(enc);
	free(enc);
	return out;
}

json_t *fn_jsondecode(const struct func_args *a, struct strbuf *err)
{
	char *s = fn_text(a, 0);
	json_error_t je;
	json_t *out = json_loads(s, JSON_DECODE_ANY, &je);
	if (!out) {
		if (a->secret)
			strbuf_addstr(err, "jsondecode: argument 1 is not JSON");
		else
			strbuf_addf(err, "jsondecode: argument 1 is not JSON: %s at line %d, column %d",
				    je.text, je.line, je.column);
	}
	free(s);
	return out;
}

/* ---- YAML --------------------------------------------------------------------- */

static int emit_scalar(yaml_emitter_t *em, const char *text, size_t len, yaml_scalar_style_t style)
{
	yaml_event_t ev;
	yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)text, (int)len, 1, 1, style);
	return yaml_emitter_emit(em, &ev);
}

static int emit_value(yaml_emitter_t *em, const json_t *v)
{
	yaml_event_t ev;
	if (json_is_string(v)) {
		const char *s = json_string_value(v);
		size_t len = json_string_length(v);
		return emit_scalar(em, s, len, memchr(s, '\n', len) ? YAML_LITERAL_SCALAR_STYLE :
					   YAML_DOUBLE_QUOTED_SCALAR_STYLE);
	}
	if (json_is_number(v)) {
		struct strbuf sb = STRBUF_INIT;
		expr_number_text(v, &sb);
		int rc = emit_scalar(em, sb.buf, sb.len, YAML_PLAIN_SCALAR_STYLE);
		strbuf_release(&sb);
		return rc;
	}
	if (json_is_boolean(v) || json_is_null(v)) {
		const char *t = json_is_null(v) ? "null" : json_is_true(v) ? "true" : "false";
		return emit_scalar(em, t, strlen(t), YAML_PLAIN_SCALAR_STYLE);
	}
	if (json_is_array(v)) {
		yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1,
						     json_array_size(v) ? YAML_BLOCK_SEQUENCE_STYLE :
						     YAML_FLOW_SEQUENCE_STYLE);
		if (!yaml_emitter_emit(em, &ev))
			return 0;
		size_t i;
		json_t *item;
		json_array_foreach(v, i, item)
			if (!emit_value(em, item))
				return 0;
		yaml_sequence_end_event_initialize(&ev);
		return yaml_emitter_emit(em, &ev);
	}
	yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1, json_object_size(v) ?
					    YAML_BLOCK_MAPPING_STYLE : YAML_FLOW_MAPPING_STYLE);
	if (!yaml_emitter_emit(em, &ev))
		return 0;
	size_t n;
	const char **keys = value_sorted_keys(v, &n);
	int ok = 1;
	for (size_t i = 0; i < n && ok; i++)
		ok = emit_scalar(em, keys[i], strlen(keys[i]), YAML_DOUBLE_QUOTED_SCALAR_STYLE) &&
		     emit_value(em, json_object_get(v, keys[i]));
	free(keys);
	if (!ok)
		return 0;
	yaml_mapping_end_event_initialize(&ev);
	return yaml_emitter_emit(em, &ev);
}

static int emit_root(yaml_emitter_t *em, const void *ctx)
{
	return emit_value(em, ctx);
}

/* yamlencode(value): YAML block syntax, keys sorted, strings double-quoted
 * (multi-line ones as literal blocks), as Terraform's: its own styles, not
 * stacks/yaml_write.c's rule, since a stack's values computed by it must
 * not change; the libyaml document is yaml_write.c's. */
json_t *fn_yamlencode(const struct func_args *a, struct strbuf *err)
{
	struct strbuf out = STRBUF_INIT;
	const char *problem = NULL;
	json_t *result = NULL;
	int ok = yaml_emit_document(&out, 80, emit_root, a->v[0], &problem);
	/* go-yaml, which Terraform's encoder derives from, ends a document that
	 * is one plain scalar with "..."; libyaml 0.2.5 no longer does. */
	if (ok && (json_is_number(a->v[0]) || json_is_boolean(a->v[0]) || json_is_null(a->v[0])))
		strbuf_addstr(&out, "...\n");
	if (ok)
		result = json_stringn(out.buf ? out.buf : "", out.len);
	else
		strbuf_addf(err, "yamlencode: %s", problem ? problem : "the value cannot be encoded");
	strbuf_release(&out);
	return result;
}

struct ydec {
	yaml_parser_t parser;
	json_t *anchors;       /* name -> value */
	const char *defining;  /* anchors being defined, for self-reference */
	json_t *open_anchors;  /* names whose node is being read */
	struct strbuf *err;
	int depth;
	size_t nodes;          /* made so far, aliases' copies counted */
};

#define YAML_MAX_NODES 1000000 /* aliases of aliases grow a tree exponentially */

static size_t count_nodes(const json_t *v)
{
	size_t n = 1, i;
	const char *k;
	json_t *item;
	if (json_is_array(v))
		json_array_foreach(v, i, item)
			n += count_nodes(item);
	else if (json_is_object(v))
		json_object_foreach((json_t *)v, k, item)
			n += count_nodes(item);
	return n;
}

/* A plain scalar's value by go-cty-yaml's rules. */
static json_t *resolve_plain(const char *s)
{
	static const char *const nulls[] = { "", "~", "null", "Null", "NULL", NULL };
	static const char *const yes[] = { "y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "true",
					   "True", "TRUE", NULL };
	static const char *const no[] = { "n", "N", "no", "No", "NO", "off", "Off", "OFF", "false",
					  "False", "FALSE", NULL };
	if (text_listed(nulls, s))
		return json_null();
	if (text_listed(yes, s))
		return json_true();
	if (text_listed(no, s))
		return json_false();
	char *end;
	if (!strncmp(s, "0x", 2) && s[2]) {
		errno = 0;
		long long v = strtoll(s + 2, &end, 16);
		if (!*end && !errno)
			return json_integer(v);
	}
	if (!strncmp(s, "0o", 2) && s[2]) {
		errno = 0;
		long long v = strtoll(s + 2, &end, 8);
		if (!*end && !errno)
			return json_integer(v);
	}
	const char *digits = s + (*s == '+' || *s == '-');
	if (*digits && strspn(digits, "0123456789") == strlen(digits)) {
		errno = 0;
		long long v = strtoll(s, &end, 10);
		if (!*end && !errno)
			return json_integer(v);
	}
	if (strspn(digits, "0123456789.eE+-") == strlen(digits) && strpbrk(digits, "0123456789")) {
		errno = 0;
		double d = strtod(s, &end);
		if (!*end && !errno && isfinite(d))
			return fn_number_json(d);
	}
	return json_string(s);
}

static json_t *ydec_node(struct ydec *y, yaml_event_t *ev);

static int ydec_fail(struct ydec *y, const yaml_mark_t *mark, const char *what)
{
	strbuf_addf(y->err, "yamldecode: line %zu, column %zu: %s", mark->line + 1, mark->column + 1,
		    what);
	return -1;
}

/* The next event into ev; -1 with the parser's error. */
static int ydec_next(struct ydec *y, yaml_event_t *ev)
{
	if (yaml_parser_parse(&y->parser, ev))
		return 0;
	return ydec_fail(y, &y->parser.problem_mark, y->parser.problem ? y->parser.problem :
			 "invalid YAML");
}

static json_t *ydec_scalar(struct ydec *y, yaml_event_t *ev)
{
	const char *tag = (const char *)ev->data.scalar.tag;
	const char *text = (const char *)ev->data.scalar.value;
	size_t len = ev->data.scalar.length;
	if (tag && strncmp(tag, "tag:yaml.org,2002:", 18)) {
		struct strbuf what = STRBUF_INIT;
		strbuf_addf(&what, "unsupported tag \"%s\"", tag);
		ydec_fail(y, &ev->start_mark, what.buf);
		strbuf_release(&what);
		return NULL;
	}
	if (tag && !strcmp(tag + 18, "str"))
		return json_stringn(text, len);
	if (tag && !strcmp(tag + 18, "null"))
		return json_null();
	if (ev->data.scalar.style != YAML_PLAIN_SCALAR_STYLE || memchr(text, '\0', len))
		return json_stringn(text, len);
	/* YAML's infinities and NaN: no JSON number holds them. */
	static const char *const not_numbers[] = { ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF",
						   "-.inf", "-.Inf", "-.INF", ".nan", ".NaN", ".NAN",
						   NULL };
	if (text_listed(not_numbers, text)) {
		struct strbuf what = STRBUF_INIT;
		strbuf_addf(&what, "%s is not a number a value can hold (infinity or NaN)", text);
		ydec_fail(y, &ev->start_mark, what.buf);
		strbuf_release(&what);
		return NULL;
	}
	return resolve_plain(text);
}

static json_t *ydec_collection(struct ydec *y, yaml_event_t *start)
{
	bool map = start->type == YAML_MAPPING_START_EVENT;
	yaml_event_type_t end = map ? YAML_MAPPING_END_EVENT : YAML_SEQUENCE_END_EVENT;
	json_t *out = map ? json_object() : json_array();
	if (++y->depth > 200) {
		ydec_fail(y, &start->start_mark, "nested too deep");
		goto fail;
	}
	for (;;) {
		yaml_event_t ev;
		if (ydec_next(y, &ev) < 0)
			goto fail;
		if (ev.type == end) {
			yaml_event_delete(&ev);
			break;
		}
		json_t *key = ydec_node(y, &ev);
		if (!key)
			goto fail;
		if (!map) {
			json_array_append_new(out, key);
			continue;
		}
		if (json_is_null(key) || !fn_is_scalar(key)) {
			ydec_fail(y, &start->start_mark, json_is_null(key) ? "a mapping key cannot be null"
				  : "a mapping key must be a string");
			json_decref(key);
			goto fail;
		}
		struct strbuf k = STRBUF_INIT;
		expr_stringify(key, &k);
		json_decref(key);
		yaml_event_t vev;
		json_t *value = ydec_next(y, &vev) < 0 ? NULL : ydec_node(y, &vev);
		if (!value) {
			strbuf_release(&k);
			goto fail;
		}
		json_object_set_new(out, k.buf, value);
		strbuf_release(&k);
	}
	y->depth--;
	return out;
fail:
	json_decref(out);
	return NULL;
}

/* The node that starts with ev (consumed). */
static json_t *ydec_node(struct ydec *y, yaml_event_t *ev)
{
	json_t *out = NULL;
	const char *anchor = NULL;
	switch (ev->type) {
	case YAML_ALIAS_EVENT: {
		const char *name = (const char *)ev->data.alias.anchor;
		if (json_object_get(y->open_anchors, name)) {
			struct strbuf what = STRBUF_INIT;
			strbuf_addf(&what, "the alias \"*%s\" is inside its own anchor's node", name);
			ydec_fail(y, &ev->start_mark, what.buf);
			strbuf_release(&what);
		} else if (!(out = json_object_get(y->anchors, name))) {
			ydec_fail(y, &ev->start_mark, "an alias of an unknown anchor");
		} else if ((y->nodes += count_nodes(out)) > YAML_MAX_NODES) {
			ydec_fail(y, &ev->start_mark, "the aliases expand to more than a million values");
			out = NULL;
		} else {
			out = json_deep_copy(out);
		}
		break;
	}
	case YAML_SCALAR_EVENT:
		y->nodes++;
		anchor = (const char *)ev->data.scalar.anchor;
		out = ydec_scalar(y, ev);
		break;
	case YAML_SEQUENCE_START_EVENT:
	case YAML_MAPPING_START_EVENT:
		anchor = (const char *)(ev->type == YAML_SEQUENCE_START_EVENT ?
					ev->data.sequence_start.anchor : ev->data.mapping_start.anchor);
		if (anchor)
			json_object_set_new(y->open_anchors, anchor, json_true());
		out = ydec_collection(y, ev);
		if (anchor)
			json_object_del(y->open_anchors, anchor);
		break;
	default:
		ydec_fail(y, &ev->start_mark, "unexpected YAML event");
		break;
	}
	if (out && anchor)
		json_object_set(y->anchors, anchor, out);
	yaml_event_delete(ev);
	return out;
}

/* yamldecode(text): one YAML document as a value. */
json_t *fn_yamldecode(const struct func_args *a, struct strbuf *err)
{
	char *s = fn_text(a, 0);
	struct ydec y = { .anchors = json_object(), .open_anchors = json_object(), .err = err };
	struct strbuf why = STRBUF_INIT;
	json_t *out = NULL;
	yaml_event_t ev;
	y.err = &why;
	yaml_parser_initialize(&y.parser);
	yaml_parser_set_input_string(&y.parser, (const unsigned char *)s, strlen(s));
	/* stream start, document start */
	if (ydec_next(&y, &ev) < 0)
		goto done;
	yaml_event_delete(&ev);
	if (ydec_next(&y, &ev) < 0)
		goto done;
	if (ev.type != YAML_DOCUMENT_START_EVENT) {
		yaml_event_delete(&ev);
		strbuf_addstr(&why, "yamldecode: the text holds no YAML document");
		goto done;
	}
	yaml_event_delete(&ev);
	if (ydec_next(&y, &ev) < 0 || !(out = ydec_node(&y, &ev)))
		goto done;
	if (ydec_next(&y, &ev) < 0)
		goto fail;
	yaml_event_delete(&ev); /* document end */
	if (ydec_next(&y, &ev) < 0)
		goto fail;
	bool more = ev.type != YAML_STREAM_END_EVENT;
	yaml_event_delete(&ev);
	if (more) {
		strbuf_addstr(&why, "yamldecode: the text holds more than one YAML document");
		goto fail;
	}
	goto done;
fail:
	json_decref(out);
	out = NULL;
done:
	if (!out)
		strbuf_addstr(err, a->secret ? "yamldecode: argument 1 is not YAML" : why.buf);
	strbuf_release(&why);
	yaml_parser_delete(&y.parser);
	json_decref(y.anchors);
	json_decref(y.open_anchors);
	free(s);
	return out;
}

/* ---- base64, text encodings ------------------------------------------------------ */

json_t *fn_base64encode(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	char *s = fn_text(a, 0);
	json_t *out = fn_base64((const unsigned char *)s, strlen(s));
	free(s);
	return out;
}

/* The bytes base64 text s stands for (standard alphabet, padded); NULL
 * when it is not such text. */
static unsigned char *base64_bytes(const char *s, size_t *len)
{
	size_t n = strlen(s);
	if (n % 4)
		return NULL;
	unsigned char *out = xcalloc(n / 4 * 3 + 1, 1);
	EVP_ENCODE_CTX *ctx = EVP_ENCODE_CTX_new();
	int got = 0, last = 0;
	EVP_DecodeInit(ctx);
	if (EVP_DecodeUpdate(ctx, out, &got, (const unsigned char *)s, (int)n) < 0 ||
	    EVP_DecodeFinal(ctx, out + got, &last) < 0 || strpbrk(s, " \t\r\n")) {
		EVP_ENCODE_CTX_free(ctx);
		free(out);
		return NULL;
	}
	EVP_ENCODE_CTX_free(ctx);
	*len = (size_t)(got + last);
	return out;
}

static unsigned char *base64_arg(const struct func_args *a, size_t i, const char *name,
				 size_t *len, struct strbuf *err)
{
	char *s = fn_text(a, i);
	unsigned char *bytes = base64_bytes(s, len);
	if (!bytes)
		fn_bad_arg(err, name, i, "base64 text", a->v[i], a->secret);
	free(s);
	return bytes;
}

json_t *fn_base64decode(const struct func_args *a, struct strbuf *err)
{
	size_t len;
	unsigned char *bytes = base64_arg(a, 0, "base64decode", &len, err);
	if (!bytes)
		return NULL;
	json_t *out = fn_string_checked((const char *)bytes, len, "base64decode", err);
	free(bytes);
	return out;
}

/* text in encoding from converted to encoding to; NULL with err set. */
static char *convert(const char *name, const char *text, size_t len, const char *from,
		     const char *to, size_t *out_len, struct strbuf *err)
{
	iconv_t cd = iconv_open(to, from);
	if (cd == (iconv_t)-1) {
		strbuf_addf(err, "%s: \"%s\" is not an encoding this system knows", name,
			    strcmp(from, "UTF-8") ? from : to);
		return NULL;
	}
	size_t cap = 4 * len + 16, left_out = cap, left_in = len;
	char *out = xcalloc(cap + 1, 1), *op = out, *ip = (char *)text;
	if (iconv(cd, &ip, &left_in, &op, &left_out) == (size_t)-1 ||
	    iconv(cd, NULL, NULL, &op, &left_out) == (size_t)-1) {
		strbuf_addf(err, "%s: the text cannot be converted from %s to %s", name, from, to);
		free(out);
		out = NULL;
	} else {
		*out_len = cap - left_out;
	}
	iconv_close(cd);
	return out;
}

json_t *fn_textencodebase64(const struct func_args *a, struct strbuf *err)
{
	char *s = fn_text(a, 0), *enc = fn_text(a, 1);
	size_t len;
	char *bytes = convert("textencodebase64", s, strlen(s), "UTF-8", enc, &len, err);
	json_t *out = bytes ? fn_base64((const unsigned char *)bytes, len) : NULL;
	free(bytes);
	free(s);
	free(enc);
	return out;
}

json_t *fn_textdecodebase64(const struct func_args *a, struct strbuf *err)
{
	size_t len, text_len;
	unsigned char *bytes = base64_arg(a, 0, "textdecodebase64", &len, err);
	if (!bytes)
		return NULL;
	char *enc = fn_text(a, 1);
	char *text = convert("textdecodebase64", (const char *)bytes, len, enc, "UTF-8", &text_len,
			     err);
	json_t *out = text ? fn_string_checked(text, text_len, "textdecodebase64", err) : NULL;
	free(text);
	free(enc);
	free(bytes);
	return out;
}

/* urlencode(s): s for a URL's query (Go's QueryEscape: space is "+"). */
json_t *fn_urlencode(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	char *s = fn_text(a, 0);
	struct strbuf out = STRBUF_INIT;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
		    strchr("-_.~", *p))
			strbuf_addch(&out, (char)*p);
		else if (*p == ' ')
			strbuf_addch(&out, '+');
		else
			strbuf_addf(&out, "%%%02X", *p);
	}
	json_t *v = json_stringn(out.buf, out.len);
	strbuf_release(&out);
	free(s);
	return v;
}

/* ---- csvdecode ------------------------------------------------------------------ */

/* One CSV record (RFC 4180: "..." fields with "" for a quote) from *p
 * into fields; -1 with why set. Empty lines are skipped; 0 at the end. */
static int csv_record(const char **p, json_t *fields, size_t line, struct strbuf *why)
{
	const char *s = *p;
	while (*s == '\n' || (*s == '\r' && s[1] == '\n'))
		s += *s == '\r' ? 2 : 1;
	if (!*s) {
		*p = s;
		return 0;
	}
	for (;;) {
		struct strbuf f = STRBUF_INIT;
		if (*s == '"') {
			for (s++;; s++) {
				if (!*s) {
					strbuf_addf(why, "line %zu: a quoted field is not closed", line);
					strbuf_release(&f);
					return -1;
				}
				if (*s == '"' && s[1] == '"') {
					strbuf_addch(&f, '"');
					s++;
				} else if (*s == '"') {
					s++;
					break;
				} else {
					strbuf_addch(&f, *s);
				}
			}
			if (*s && *s != ',' && *s != '\n' && !(*s == '\r' && s[1] == '\n')) {
				strbuf_addf(why, "line %zu: text after a quoted field's closing quote", line);
				strbuf_release(&f);
				return -1;
			}
		} else {
			while (*s && *s != ',' && *s != '\n' && !(*s == '\r' && s[1] == '\n')) {
				if (*s == '"') {
					strbuf_addf(why, "line %zu: a quote inside a field that is not quoted",
						    line);
					strbuf_release(&f);
					return -1;
				}
				strbuf_addch(&f, *s++);
			}
		}
		json_array_append_new(fields, json_stringn(f.buf, f.len));
		strbuf_release(&f);
		if (*s == ',') {
			s++;
			continue;
		}
		if (*s)
			s += *s == '\r' ? 2 : 1;
		*p = s;
		return 1;
	}
}

/* csvdecode(text): the rows after the header line, each a map from the
 * header's names to the row's fields. */
json_t *fn_csvdecode(const struct func_args *a, struct strbuf *err)
{
	char *text = fn_text(a, 0);
	const char *p = text;
	json_t *header = json_array(), *out = json_array(), *row = NULL;
	struct strbuf why = STRBUF_INIT;
	size_t line = 1;
	int rc = csv_record(&p, header, line, &why);
	if (rc <= 0) {
		if (!rc)
			strbuf_addstr(&why, "there is no header line");
		goto fail;
	}
	for (;;) {
		row = json_array();
		line++;
		rc = csv_record(&p, row, line, &why);
		if (rc < 0)
			goto fail;
		if (!rc)
			break;
		if (json_array_size(row) != json_array_size(header)) {
			strbuf_addf(&why, "line %zu has %zu fields, the header %zu", line,
				    json_array_size(row), json_array_size(header));
			goto fail;
		}
		json_t *rec = json_object();
		for (size_t i = 0; i < json_array_size(row); i++)
			json_object_set(rec, json_string_value(json_array_get(header, i)),
					json_array_get(row, i));
		json_array_append_new(out, rec);
		json_decref(row);
	}
	json_decref(row);
	json_decref(header);
	strbuf_release(&why);
	free(text);
	return out;
fail:
	strbuf_addf(err, "csvdecode: %s", a->secret ? "argument 1 is not CSV" : why.buf);
	json_decref(row);
	json_decref(header);
	json_decref(out);
	strbuf_release(&why);
	free(text);
	return NULL;
}

/* ---- hashes ------------------------------------------------------------------- */

static json_t *hash_text(const struct func_args *a, const char *name, const char *md, bool b64,
			 struct strbuf *err)
{
	char *s = fn_text(a, 0);
	unsigned char digest[EVP_MAX_MD_SIZE];
	unsigned n = fn_digest(md, s, strlen(s), digest);
	free(s);
	if (!n) {
		strbuf_addf(err, "%s: the digest failed", name);
		return NULL;
	}
	return b64 ? fn_base64(digest, n) : fn_hex(digest, n);
}

json_t *fn_md5(const struct func_args *a, struct strbuf *err)
{
	return hash_text(a, "md5", "md5", false, err);
}

json_t *fn_sha1(const struct func_args *a, struct strbuf *err)
{
	return hash_text(a, "sha1", "sha1", false, err);
}

json_t *fn_sha256(const struct func_args *a, struct strbuf *err)
{
	return hash_text(a, "sha256", "sha256", false, err);
}

json_t *fn_sha512(const struct func_args *a, struct strbuf *err)
{
	return hash_text(a, "sha512", "sha512", false, err);
}

json_t *fn_base64sha256(const struct func_args *a, struct strbuf *err)
{
	return hash_text(a, "base64sha256", "sha256", true, err);
}

json_t *fn_base64sha512(const struct func_args *a, struct strbuf *err)
{
	return hash_text(a, "base64sha512", "sha512", true, err);
}

/* ---- uuidv5 ----------------------------------------------------------------------- */

/* 16 bytes from "6ba7b810-9dad-11d1-80b4-00c04fd430c8"; false when s is
 * not such text. */
static bool uuid_bytes(const char *s, unsigned char *out)
{
	if (strlen(s) != 36)
		return false;
	for (int i = 0, k = 0; i < 36; i++) {
		if (i == 8 || i == 13 || i == 18 || i == 23) {
			if (s[i] != '-')
				return false;
			continue;
		}
		char hex[3] = { s[i], s[i + 1], 0 };
		char *end;
		if (!strchr("0123456789abcdefABCDEF", s[i]) || !strchr("0123456789abcdefABCDEF", s[i + 1]) ||
		    !s[i + 1])
			return false;
		out[k++] = (unsigned char)strtoul(hex, &end, 16);
		i++;
	}
	return true;
}

/* uuidv5(namespace, name): the name-based UUID (RFC 4122 version 5, SHA-1)
 * of name in namespace: "dns", "url", "oid", "x500" or a UUID. */
json_t *fn_uuidv5(const struct func_args *a, struct strbuf *err)
{
	static const struct { const char *name, *uuid; } known[] = {
		{ "dns", "6ba7b810-9dad-11d1-80b4-00c04fd430c8" },
		{ "url", "6ba7b811-9dad-11d1-80b4-00c04fd430c8" },
		{ "oid", "6ba7b812-9dad-11d1-80b4-00c04fd430c8" },
		{ "x500", "6ba7b814-9dad-11d1-80b4-00c04fd430c8" },
	};
	char *ns = fn_text(a, 0), *name = fn_text(a, 1);
	const char *uuid = ns;
	for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++)
		if (!strcmp(ns, known[i].name))
			uuid = known[i].uuid;
	unsigned char data[16], digest[EVP_MAX_MD_SIZE];
	json_t *out = NULL;
	if (!uuid_bytes(uuid, data)) {
		fn_bad_arg(err, "uuidv5", 0, "\"dns\", \"url\", \"oid\", \"x500\" or a UUID", a->v[0],
			   a->secret);
		goto done;
	}
	size_t nlen = strlen(name);
	unsigned char *buf = xcalloc(16 + nlen + 1, 1);
	memcpy(buf, data, 16);
	memcpy(buf + 16, name, nlen);
	unsigned n = fn_digest("sha1", buf, 16 + nlen, digest);
	free(buf);
	if (!n) {
		strbuf_addstr(err, "uuidv5: the digest failed");
		goto done;
	}
	digest[6] = (unsigned char)((digest[6] & 0x0F) | 0x50);
	digest[8] = (unsigned char)((digest[8] & 0x3F) | 0x80);
	char text[37];
	uuid_text(digest, text);
	out = json_string(text);
done:
	free(ns);
	free(name);
	return out;
}

/* ---- rsadecrypt ------------------------------------------------------------------- */

/* rsadecrypt(ciphertext, key): the text RSA (PKCS #1 v1.5) encrypted to
 * base64 ciphertext, with the PEM private key (PKCS #1 or #8): what EC2
 * gives as a Windows instance's password data. */
json_t *fn_rsadecrypt(const struct func_args *a, struct strbuf *err)
{
	size_t len;
	unsigned char *cipher = base64_arg(a, 0, "rsadecrypt", &len, err);
	if (!cipher)
		return NULL;
	char *pem = fn_text(a, 1);
	json_t *out = NULL;
	BIO *bio = BIO_new_mem_buf(pem, -1);
	EVP_PKEY *key = bio ? PEM_read_bio_PrivateKey(bio, NULL, NULL, NULL) : NULL;
	EVP_PKEY_CTX *ctx = NULL;
	unsigned char *plain = NULL;
	size_t plain_len = 0;
	if (!key || EVP_PKEY_base_id(key) != EVP_PKEY_RSA) {
		strbuf_addstr(err, "rsadecrypt: argument 2 must be an RSA private key in PEM "
			      "(\"-----BEGIN RSA PRIVATE KEY-----\" or \"-----BEGIN PRIVATE KEY-----\")");
		goto done;
	}
	ctx = EVP_PKEY_CTX_new(key, NULL);
	if (!ctx || EVP_PKEY_decrypt_init(ctx) <= 0 ||
	    EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) <= 0 ||
	    EVP_PKEY_decrypt(ctx, NULL, &plain_len, cipher, len) <= 0) {
		strbuf_addstr(err, "rsadecrypt: the key cannot decrypt");
		goto done;
	}
	plain = xcalloc(plain_len + 1, 1);
	if (EVP_PKEY_decrypt(ctx, plain, &plain_len, cipher, len) <= 0) {
		strbuf_addstr(err, "rsadecrypt: the ciphertext was not encrypted to this key");
		goto done;
	}
	out = fn_string_checked((const char *)plain, plain_len, "rsadecrypt", err);
done:
	if (plain)
		OPENSSL_cleanse(plain, plain_len);
	free(plain);
	EVP_PKEY_CTX_free(ctx);
	EVP_PKEY_free(key);
	BIO_free(bio);
	OPENSSL_cleanse(pem, strlen(pem));
	free(pem);
	free(cipher);
	return out;
}
