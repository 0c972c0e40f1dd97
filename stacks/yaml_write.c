/*
 * yaml_write.c: the one writer of a string's scalar in a stack file
 * terrace writes (yaml_write.h), for both converters and
 * plan -generate-config-out. One rule: plain exactly when the plain text
 * reads back as the string (stacks/yaml_plain.c: by libyaml's parser, and
 * no YAML 1.1 reader takes it for a bool or a merge, as "Yes" or "<<"); text of
 * several lines as a literal block when that reads back; else double-quoted
 * by libyaml's emitter (a line separator or a DEL escaped). A whole value
 * plan -generate-config-out writes as JSON (JSON is YAML) likewise, in
 * libyaml's flow style when its JSON does not read back.
 */
#include "stacks/yaml_write.h"
#include "stacks/yaml.h"
#include "provider/base/text.h"

#include <stdlib.h>
#include <string.h>
#include <yaml.h>

bool yaml_form_reads_back(const char *form, bool key, const char *s, size_t n)
{
	if (!*form)
		return false;
	if (!strchr("'\"|>", form[0])) /* a plain form: the one rule */
		return strlen(form) == n && !memcmp(form, s, n) &&
		       yaml_plain_reads_back(s, n, key ? YAML_PLAIN_KEY : YAML_PLAIN_VALUE);
	struct strbuf doc = STRBUF_INIT;
	if (key) {
		strbuf_addf(&doc, "%s: x\n", form);
	} else {
		strbuf_addf(&doc, "k: %s\n", form);
	}
	struct diags d = DIAGS_INIT;
	json_t *back = NULL;
	bool same = false;
	if (!yaml_load_string("<written>", doc.buf, doc.len, NULL, &back, &d) &&
	    json_is_object(back) && json_object_size(back) == 1) {
		if (key) {
			const char *k = json_object_iter_key(json_object_iter(back));
			same = strlen(k) == n && !memcmp(k, s, n);
		} else {
			const json_t *v = json_object_get(back, "k");
			same = json_is_string(v) && json_string_length(v) == n &&
			       !memcmp(json_string_value(v), s, n);
		}
	}
	json_decref(back);
	diags_free(&d);
	strbuf_release(&doc);
	return same;
}

static int add_output(void *data, unsigned char *buffer, size_t size)
{
	strbuf_add(data, buffer, size);
	return 1;
}

int yaml_emit_document(struct strbuf *out, int width,
		       int (*emit)(yaml_emitter_t *em, const void *ctx), const void *ctx,
		       const char **problem)
{
	yaml_emitter_t em;
	yaml_event_t ev;
	yaml_emitter_initialize(&em);
	yaml_emitter_set_output(&em, add_output, out);
	yaml_emitter_set_unicode(&em, 1);
	yaml_emitter_set_width(&em, width);
	yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING);
	int ok = yaml_emitter_emit(&em, &ev);
	yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 1);
	ok = ok && yaml_emitter_emit(&em, &ev) && emit(&em, ctx);
	yaml_document_end_event_initialize(&ev, 1);
	ok = ok && yaml_emitter_emit(&em, &ev);
	yaml_stream_end_event_initialize(&ev);
	ok = ok && yaml_emitter_emit(&em, &ev);
	if (problem)
		*problem = ok ? NULL : em.problem;
	yaml_emitter_delete(&em);
	return ok;
}

/* s[0..n) onto out with each character that acts instead of showing
 * (text.h's: a control, a bidi control, a zero-width one) written as YAML
 * escapes it, \uXXXX, but the ASCII ones of kept. */
static void add_visible(struct strbuf *out, const char *s, size_t n, const char *kept)
{
	for (size_t i = 0, took; i < n; i += took) {
		uint32_t c;
		took = text_acting_char(s + i, n - i, &c);
		if (took && !(c && c < 0x80 && strchr(kept, (int)c))) {
			strbuf_addf(out, c > 0xffff ? "\\U%08X" : "\\u%04X", (unsigned)c);
		} else {
			strbuf_addch(out, s[i]);
			took = 1;
		}
	}
}

/* One document on one line whose every string is double-quoted, added to
 * out without its newline. libyaml escapes the characters YAML calls
 * unprintable; those it prints that act instead of showing (the bidi
 * controls, the zero-width ones: text.h's, which messages escape too) are
 * escaped after it, as \uXXXX, which inside double quotes reads back as
 * the character. */
static void add_one_line(struct strbuf *out, int (*emit)(yaml_emitter_t *em, const void *ctx),
			 const void *ctx)
{
	struct strbuf text = STRBUF_INIT;
	int ok = yaml_emit_document(&text, -1, emit, ctx, NULL);
	size_t len = text.len;
	while (len && text.buf[len - 1] == '\n')
		len--;
	if (ok)
		add_visible(out, text.buf, len, "");
	strbuf_release(&text);
}

void yaml_add_comment(struct strbuf *out, const char *text, int indent)
{
	for (const char *line = text; *line;) {
		size_t n = strcspn(line, "\n");
		if (n) {
			strbuf_addf(out, "%*s# ", indent, "");
			add_visible(out, line, n, "\t");
			strbuf_addch(out, '\n');
		}
		line += n + (line[n] == '\n');
	}
}

struct text {
	const char *s;
	size_t n;
};

static int emit_double_quoted(yaml_emitter_t *em, const void *ctx)
{
	const struct text *t = ctx;
	yaml_event_t ev;
	yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)t->s, (int)t->n, 1, 1,
				     YAML_DOUBLE_QUOTED_SCALAR_STYLE);
	return yaml_emitter_emit(em, &ev);
}

void yaml_double_quoted(struct strbuf *out, const char *s, size_t n)
{
	/* (libyaml takes any valid UTF-8, what every string here is) */
	add_one_line(out, emit_double_quoted, &(struct text){ s, n });
}

/* s (n bytes, several lines) as a literal block, its lines indented by
 * indent as written; false when it cannot be one (its first line starts
 * with a blank, a line ends with one, it holds a carriage return, a tab,
 * another control character or a bidi control, or blank lines end it). */
static bool literal_block(struct strbuf *out, const char *s, size_t n, int indent)
{
	if (!memchr(s, '\n', n) || strlen(s) != n || s[0] == ' ' || s[0] == '\n' ||
	    (n >= 2 && s[n - 1] == '\n' && s[n - 2] == '\n') || strstr(s, " \n") || s[n - 1] == ' ' ||
	    text_holds_acting(s, n, "\n"))
		return false; /* (a line's trailing blanks: terrace fmt would strip them) */
	strbuf_addstr(out, s[n - 1] == '\n' ? "|" : "|-");
	for (const char *line = s; *line;) {
		const char *end = strchr(line, '\n');
		size_t len = end ? (size_t)(end - line) : strlen(line);
		strbuf_addch(out, '\n');
		if (len)
			strbuf_addf(out, "%*s%.*s", indent, "", (int)len, line);
		line += len + (end ? 1 : 0);
	}
	return true;
}

void yaml_add_string(struct strbuf *out, const char *s, size_t n, bool key, int indent)
{
	if (yaml_plain_reads_back(s, n, key ? YAML_PLAIN_KEY : YAML_PLAIN_VALUE)) {
		strbuf_add(out, s, n);
		return;
	}
	struct strbuf block = STRBUF_INIT;
	if (!key && literal_block(&block, s, n, indent) &&
	    yaml_form_reads_back(block.buf, false, s, n))
		strbuf_addstr(out, block.buf);
	else
		yaml_double_quoted(out, s, n);
	strbuf_release(&block);
}

/* v's events, in flow style: strings double-quoted, the rest plain. */
static int emit_flow(yaml_emitter_t *em, const void *ctx)
{
	const json_t *v = ctx;
	yaml_event_t ev;
	if (json_is_object(v)) {
		const char *k;
		json_t *m;
		yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1, YAML_FLOW_MAPPING_STYLE);
		if (!yaml_emitter_emit(em, &ev))
			return 0;
		json_object_foreach((json_t *)v, k, m) {
			yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)k, (int)strlen(k), 1,
						     1, YAML_DOUBLE_QUOTED_SCALAR_STYLE);
			if (!yaml_emitter_emit(em, &ev) || !emit_flow(em, m))
				return 0;
		}
		yaml_mapping_end_event_initialize(&ev);
		return yaml_emitter_emit(em, &ev);
	}
	if (json_is_array(v)) {
		size_t i;
		json_t *m;
		yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1, YAML_FLOW_SEQUENCE_STYLE);
		if (!yaml_emitter_emit(em, &ev))
			return 0;
		json_array_foreach(v, i, m)
			if (!emit_flow(em, m))
				return 0;
		yaml_sequence_end_event_initialize(&ev);
		return yaml_emitter_emit(em, &ev);
	}
	if (json_is_string(v)) {
		yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)json_string_value(v),
					     (int)json_string_length(v), 1, 1,
					     YAML_DOUBLE_QUOTED_SCALAR_STYLE);
		return yaml_emitter_emit(em, &ev);
	}
	char *text = json_dumps(v, JSON_ENCODE_ANY);
	yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)(text ? text : "null"),
				     (int)strlen(text ? text : "null"), 1, 1, YAML_PLAIN_SCALAR_STYLE);
	free(text);
	return yaml_emitter_emit(em, &ev);
}

void yaml_add_json(struct strbuf *out, const json_t *v)
{
	char *json = json_dumps(v, JSON_ENCODE_ANY | JSON_PRESERVE_ORDER);
	struct strbuf doc = STRBUF_INIT;
	struct diags d = DIAGS_INIT;
	json_t *back = NULL;
	strbuf_addf(&doc, "k: %s\n", json ? json : "null");
	bool same = json && !text_holds_acting(json, strlen(json), "") &&
		    !yaml_load_string("<written>", doc.buf, doc.len, NULL, &back, &d) &&
		    json_equal(json_object_get(back, "k"), v);
	json_decref(back);
	diags_free(&d);
	strbuf_release(&doc);
	if (same) {
		strbuf_addstr(out, json);
		free(json);
		return;
	}
	free(json);
	add_one_line(out, emit_flow, v);
}
