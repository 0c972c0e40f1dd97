/*
 * yaml_write.h: the one writer of a string's scalar in the stack files
 * terrace writes (stacks/convert_cfn.c, stacks/convert_tf.c,
 * plan/generate.c): plain exactly when that reads back as the string
 * (stacks/yaml_plain.h's rule, which yaml_hint.c's hints share); else a literal block for lines, else libyaml's
 * double-quoted scalar with what is not printable escaped; a whole value
 * on one line (plan/generate.c); and the libyaml document all of them and
 * yamlencode are emitted through.
 */
#ifndef TERRACE_YAML_WRITE_H
#define TERRACE_YAML_WRITE_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <yaml.h>

#include "provider/base/strbuf.h"
#include "stacks/yaml_plain.h" /* the one rule: yaml_plain_reads_back */

/* Whether form, a scalar as written after "KEY: " (a block scalar's further
 * lines indented, as the writer indents them), or as a map's key when key,
 * reads back as s (n bytes). */
bool yaml_form_reads_back(const char *form, bool key, const char *s, size_t n);

/* One YAML document by libyaml's emitter (UTF-8 kept, lines folded at
 * width, -1 never), added to out: emit gives its node's events from ctx.
 * Returns 1, else 0 with *problem (when problem) libyaml's message or NULL.
 * The writers above and yamlencode (stacks/expr_func_encoding.c) share it. */
int yaml_emit_document(struct strbuf *out, int width,
		       int (*emit)(yaml_emitter_t *em, const void *ctx), const void *ctx,
		       const char **problem);

/* s (n bytes) as libyaml writes it double-quoted, on one line: every line
 * break and character YAML does not print escaped ("a\x7Fb", "a\Lb"). */
void yaml_double_quoted(struct strbuf *out, const char *s, size_t n);

/* s added to out by the one rule: plain when it reads back as s; else, a
 * value of several lines, a literal block, its lines indented by indent,
 * when that reads back; else libyaml's double-quoted scalar. key: as a
 * map's key. */
void yaml_add_string(struct strbuf *out, const char *s, size_t n, bool key, int indent);

/* v on one line: its JSON text (JSON is YAML) when that reads back as v,
 * else libyaml's flow style, strings double-quoted with what is not
 * printable escaped. */
void yaml_add_json(struct strbuf *out, const json_t *v);

/* text as comment lines, indented by indent: "# " and each of its lines
 * (an empty one left out), every character that acts instead of showing
 * but a tab escaped as \uXXXX (a carriage return, which YAML reads as a
 * line break, a bidi control), so that no text a stack is converted from
 * ends a comment or hides what follows it. */
void yaml_add_comment(struct strbuf *out, const char *text, int indent);

#endif
