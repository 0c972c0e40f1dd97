/*
 * yaml_write.c: a string's scalar in a stack file terrace writes, checked
 * by reading it back (yaml_write.h). The converters keep their own choice
 * of form (plain where they like it plain, a literal block for lines,
 * quotes); what does not read back as the string (a line separator or a
 * DEL that libyaml folds or refuses, a "Yes" or "<<" a YAML 1.1 reader takes
 * for a bool or a merge) is written double-quoted by libyaml's emitter. A
 * value plan -generate-config-out writes as JSON (JSON is YAML) likewise,
 * in libyaml's flow style when its JSON does not read back.
 */
#include "stacks/yaml_write.h"
#include "stacks/yaml.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <yaml.h>

/* A plain scalar a YAML 1.1 reader resolves to something else than a
 * string: its booleans (y, yes, on, ... in any case), the merge key and
 * the value key, and what may read as a number or a time (a digit first,
 * or after a sign or a dot). */
static bool yaml11_special(const char *s, size_t n)
{
	static const char *const words[] = { "y", "n", "yes", "no", "on", "off", "true", "false",
					     "null", "~", "<<", "=" };
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strlen(words[i]) == n && !strncasecmp(s, words[i], n))
			return true;
	size_t i = n && strchr("-+.", s[0]) ? 1 : 0;
	return i < n && isdigit((unsigned char)s[i]);
}

bool yaml_form_reads_back(const char *form, bool key, const char *s, size_t n)
{
	if (!*form || (!strchr("'\"|>", form[0]) && yaml11_special(s, n)))
		return false;
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

void yaml_double_quoted(struct strbuf *out, const char *s, size_t n)
{
	struct strbuf text = STRBUF_INIT;
	yaml_emitter_t em;
	yaml_event_t ev;
	yaml_emitter_initialize(&em);
	yaml_emitter_set_output(&em, add_output, &text);
	yaml_emitter_set_unicode(&em, 1);
	yaml_emitter_set_width(&em, -1);
	yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING);
	int ok = yaml_emitter_emit(&em, &ev);
	yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 1);
	ok = ok && yaml_emitter_emit(&em, &ev);
	yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)s, (int)n, 1, 1,
				     YAML_DOUBLE_QUOTED_SCALAR_STYLE);
	ok = ok && yaml_emitter_emit(&em, &ev);
	yaml_document_end_event_initialize(&ev, 1);
	ok = ok && yaml_emitter_emit(&em, &ev);
	yaml_stream_end_event_initialize(&ev);
	ok = ok && yaml_emitter_emit(&em, &ev);
	yaml_emitter_delete(&em);
	/* One line and its newline: the scalar alone. (libyaml takes any
	 * valid UTF-8, what every string here is.) */
	size_t len = text.len;
	while (len && text.buf[len - 1] == '\n')
		len--;
	if (ok)
		strbuf_add(out, text.buf, len);
	strbuf_release(&text);
}

void yaml_add_scalar(struct strbuf *out, const char *form, bool key, const char *s, size_t n)
{
	if (yaml_form_reads_back(form, key, s, n))
		strbuf_addstr(out, form);
	else
		yaml_double_quoted(out, s, n);
}

/* v's events, in flow style: strings double-quoted, the rest plain. */
static int emit_flow(yaml_emitter_t *em, const json_t *v)
{
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
	bool same = json && !yaml_load_string("<written>", doc.buf, doc.len, NULL, &back, &d) &&
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
	struct strbuf text = STRBUF_INIT;
	yaml_emitter_t em;
	yaml_event_t ev;
	yaml_emitter_initialize(&em);
	yaml_emitter_set_output(&em, add_output, &text);
	yaml_emitter_set_unicode(&em, 1);
	yaml_emitter_set_width(&em, -1);
	yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING);
	int ok = yaml_emitter_emit(&em, &ev);
	yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 1);
	ok = ok && yaml_emitter_emit(&em, &ev) && emit_flow(&em, v);
	yaml_document_end_event_initialize(&ev, 1);
	ok = ok && yaml_emitter_emit(&em, &ev);
	yaml_stream_end_event_initialize(&ev);
	ok = ok && yaml_emitter_emit(&em, &ev);
	yaml_emitter_delete(&em);
	size_t len = text.len;
	while (len && text.buf[len - 1] == '\n')
		len--;
	if (ok)
		strbuf_add(out, text.buf, len);
	strbuf_release(&text);
}
