/*
 * text.h: small tests on C strings that several parts of terrace ask (a name's
 * ending: an error code's suffix, a history event's kind, a file's extension;
 * a name among a list's; a path's last name and folder; the characters of
 * UTF-8 text), and text kept for the
 * life of the process (text_kept).
 */
#ifndef TERRACE_TEXT_H
#define TERRACE_TEXT_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <time.h>

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
 * s kept for the life of the process, once per distinct text: what a check
 * hands back through a `const char **` that must outlive the call (the
 * attribute path at fault of check_config) without a buffer the next call
 * writes over. Thread-safe; for few distinct texts (it is never freed).
 */
const char *text_kept(const char *s);

#endif
