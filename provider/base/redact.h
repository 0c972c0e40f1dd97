/*
 * redact.h: the run's secrets and the one filter that takes them out of
 * text (docs/safety.md, "Secrets"). A value is registered where it enters
 * the run (a sensitive variable as it is resolved, a provider's secret key,
 * the values a plan marks sensitive); every piece of text terrace prints
 * passes through redact_add_text: a message's quoted value before it is
 * escaped or cut (text.h's strbuf_add_safe), every line of cmd/ui.c (the
 * text, the -json stream, the debug log) as it is written.
 *
 * A secret is looked for in each form it can take on the way out: as it
 * is, as JSON writes it in a string (once, and again when a JSON document
 * quoted as a string is written as JSON: the -json stream's diagnostic
 * carrying AWS's message that carried the value), and URL-encoded (as a
 * query or form body carries it); a form of REDACT_PIECE bytes or more is
 * looked for by its pieces too: any REDACT_PIECE bytes of it or more, as a
 * value cut at a message's limit (TEXT_QUOTE_MAX, a rule's "%.40s") or
 * wrapped leaves it. Each occurrence becomes REDACTED; the earliest first,
 * the longest of those starting at the same byte. Values shorter than
 * REDACT_MIN_LEN bytes are not looked for: they would match ordinary text.
 * Thread-safe.
 */
#ifndef TERRACE_REDACT_H
#define TERRACE_REDACT_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

struct strbuf;

#define REDACTED "(sensitive value)"
#define REDACT_MIN_LEN 4
#define REDACT_PIECE 16

/* Register s (NULL or shorter than REDACT_MIN_LEN: nothing) and its forms. */
void redact_add(const char *s);
/* Register every string and number in v (a value, a list, a map). */
void redact_add_value(const json_t *v);
/* The same, of those REDACT_PIECE bytes long or more only, each looked for
 * whole (in each of its forms), never by its pieces: for a value a plan
 * marks sensitive by its path, which that path masks wherever terrace shows
 * it; registered for where it travels alone (AWS quoting it back in an
 * error). A shorter one, or its pieces, would match ordinary text: a name
 * holding "mlit", the "airflow/connections/" of a sensitive config file
 * found in a policy's ARNs. */
void redact_add_value_whole(const json_t *v);
/* Whether any secret is registered (nothing to look for otherwise). */
bool redact_any(void);

/* text[0..len) onto out, every form of every registered secret replaced by
 * REDACTED. */
void redact_add_text(struct strbuf *out, const char *text, size_t len);

/* The forms of s that are looked for (s itself first), each at least
 * REDACT_MIN_LEN bytes, NULL-ended; free with redact_forms_free. */
char **redact_forms(const char *s);
void redact_forms_free(char **forms);

#endif
