/*
 * text.h: small tests on C strings that several parts of terrace ask (a name's
 * ending: an error code's suffix, a history event's kind, a file's extension;
 * a name among a list's; a path's last name and folder; the characters of
 * UTF-8 text), text kept for the life of the process (text_kept), and a
 * user's or AWS's text made safe to print in a message (strbuf_add_safe).
 */
#ifndef TERRACE_TEXT_H
#define TERRACE_TEXT_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

struct strbuf;

/* s ends with tail (a NULL s ends with nothing). */
bool ends_with(const char *s, const char *tail);
/* The same, letters compared without regard to case (".PY" ends with ".py"). */
bool ends_with_nocase(const char *s, const char *tail);

/* s is one of the texts of list, an array ended by NULL (a NULL list or s:
 * false). */
bool text_listed(const char *const *list, const char *s);
/* The same of a JSON list: list (a JSON list; anything else holds nothing)
 * holds the string s (the transport's, the providers' and plan's one test). */
bool value_list_has_string(const json_t *list, const char *s);

/* A path's last name ("b.zip" of "a/b.zip"; path itself when it has no
 * '/'), inside path. */
const char *path_base(const char *path);
/* A path's folder, a new string: "a" of "a/b.zip", "." of "b.zip", "/" of
 * "/b.zip". */
char *path_dir(const char *path);

/* t as AWS writes a time, "2026-11-28T13:05:00Z" (UTC), in buf; returns
 * buf. */
char *utc_timestamp(time_t t, char buf[32]);

/* Free the n strings of items, then items (NULL items with n 0: nothing). */
void text_list_free(char **items, size_t n);

/* The characters of UTF-8 text s: its code points, as AWS counts a length
 * (the bytes that do not continue a character). */
size_t utf8_chars(const char *s);

/*
 * Text that a user wrote or AWS answered, made safe to print in a message
 * (docs/safety.md, "Quoted text in messages"). Every character that would
 * act on a terminal or a log instead of showing is written visibly, as jq
 * and Go write it: the controls C0, DEL and C1 (\x1b, \r; \u0085), the
 * format characters (Unicode's Cf: the bidi controls U+202A-U+202E,
 * U+2066-U+2069, U+200E/F, U+061C, the zero-width U+200B-U+200D, U+FEFF,
 * soft hyphen ...) and the line and paragraph separators U+2028/U+2029
 * (\u202e; \U000e0001 past the first plane), and each byte that is not
 * UTF-8 (\xff). Printable UTF-8 (accents, CJK, emoji) is written as it is.
 *
 * TEXT_VALUE writes one value in double quotes, '"' and '\' escaped too,
 * and newlines and tabs as \n and \t; past TEXT_QUOTE_MAX bytes it is cut,
 * with its length said: "aaaa…" (1000000 bytes). TEXT_VALUE_WHOLE is the
 * same, never cut: a value that is the point of what is shown (a plan's
 * diff, where two long values may differ only at their ends).
 * TEXT_MESSAGE makes a whole message safe (what diag.c stores, what cmd/
 * prints as an error): it keeps newlines and tabs, writes '"' and '\' as
 * they are (so a value quoted as TEXT_VALUE is not escaped twice: the form
 * is idempotent), cuts each quoted run "..." past TEXT_QUOTE_MAX bytes as
 * TEXT_VALUE does, and the whole past TEXT_MESSAGE_MAX bytes, saying so.
 * Every form takes the run's secrets out of s first (redact.h), before
 * anything is escaped or cut.
 */
/* The bytes of the character at s (n > 0 bytes left) when it is one that
 * acts instead of showing, as strbuf_add_safe escapes it (a control, a
 * format character, a line or paragraph separator), its code point in *c;
 * 0 when it shows or is not UTF-8. The YAML writer escapes the same
 * (stacks/yaml_write.c). */
size_t text_acting_char(const char *s, size_t n, uint32_t *c);
/* s[0..n) holds such a character other than the ASCII ones of allowed
 * ("\n": lines allowed; "": none). */
bool text_holds_acting(const char *s, size_t n, const char *allowed);

#define TEXT_QUOTE_MAX 200
#define TEXT_MESSAGE_MAX 8192
enum text_form { TEXT_VALUE, TEXT_VALUE_WHOLE, TEXT_MESSAGE };
void strbuf_add_safe(struct strbuf *out, const char *s, size_t len, enum text_form form);
/* s as TEXT_VALUE writes it ("NULL" unquoted for NULL), a new string. */
char *text_quoted(const char *s);
/* s as TEXT_MESSAGE writes it (NULL for NULL), a new string. */
char *text_safe_message(const char *s);

/*
 * s kept for the life of the process, once per distinct text: what a check
 * hands back through a `const char **` that must outlive the call (the
 * attribute path at fault of check_config) without a buffer the next call
 * writes over. Thread-safe; for few distinct texts (it is never freed).
 */
const char *text_kept(const char *s);

#endif
