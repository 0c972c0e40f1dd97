/*
 * yaml_write.h: what the writers of stack files (the converters,
 * stacks/convert_cfn.c and stacks/convert_tf.c) share of a string's
 * scalar: whether the form a writer chose reads back as the string, by
 * terrace's own reader (stacks/yaml.c) and, written plain, by a YAML 1.1
 * reader too (an editor's, PyYAML); and the form that always does, libyaml's
 * double-quoted scalar with what is not printable escaped; and a whole
 * value on one line (plan/generate.c).
 */
#ifndef TERRACE_YAML_WRITE_H
#define TERRACE_YAML_WRITE_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "provider/base/strbuf.h"

/* Whether form, a scalar as written after "KEY: " (a block scalar's further
 * lines indented, as the writer indents them), or as a map's key when key,
 * reads back as s (n bytes). */
bool yaml_form_reads_back(const char *form, bool key, const char *s, size_t n);

/* s (n bytes) as libyaml writes it double-quoted, on one line: every line
 * break and character YAML does not print escaped ("a\x7Fb", "a\Lb"). */
void yaml_double_quoted(struct strbuf *out, const char *s, size_t n);

/* The form a writer chose for s (form, its text) if it reads back as s,
 * else libyaml's double-quoted one, added to out. */
void yaml_add_scalar(struct strbuf *out, const char *form, bool key, const char *s, size_t n);

/* v on one line: its JSON text (JSON is YAML) when that reads back as v,
 * else libyaml's flow style, strings double-quoted with what is not
 * printable escaped. */
void yaml_add_json(struct strbuf *out, const json_t *v);

#endif
