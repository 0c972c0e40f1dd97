/*
 * text.h: small tests on C strings that several parts of terrace ask (a name's
 * ending: an error code's suffix, a history event's kind, a file's extension).
 */
#ifndef TERRACE_TEXT_H
#define TERRACE_TEXT_H

#include <stdbool.h>

/* s ends with tail (a NULL s ends with nothing). */
bool ends_with(const char *s, const char *tail);
/* The same, letters compared without regard to case (".PY" ends with ".py"). */
bool ends_with_nocase(const char *s, const char *tail);

#endif
