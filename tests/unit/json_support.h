/*
 * json_support.h: JSON helpers the unit tests share (include after
 * cmocka.h and jansson): js() reads JSON written with single quotes, so
 * test data needs no escaping; assert_json() compares a value with such
 * text exactly, printing both on failure.
 */
#ifndef TERRACE_TEST_JSON_SUPPORT_H
#define TERRACE_TEST_JSON_SUPPORT_H

#include <jansson.h>
#include <stdlib.h>

#include "provider/base/strbuf.h"

static inline json_t *js(const char *text)
{
	char *s = xstrdup(text);
	for (char *p = s; *p; p++)
		if (*p == '\'')
			*p = '"';
	json_error_t e;
	json_t *v = json_loads(s, JSON_DECODE_ANY, &e);
	free(s);
	if (!v)
		fail_msg("test JSON does not parse: %s: %s", text, e.text);
	return v;
}

#define assert_json(actual, expected) assert_json_at((actual), (expected), __FILE__, __LINE__)

/* Exact structural equality (not by meaning), showing both on failure. */
static inline void assert_json_at(const json_t *actual, const char *expected, const char *file,
				  int line)
{
	json_t *want = js(expected);
	if (actual && json_equal((json_t *)actual, want)) {
		json_decref(want);
		return;
	}
	char *a = actual ? json_dumps(actual, JSON_SORT_KEYS | JSON_ENCODE_ANY) : xstrdup("NULL");
	char *w = json_dumps(want, JSON_SORT_KEYS | JSON_ENCODE_ANY);
	print_error("expected %s\n     got %s\n", w, a);
	free(a);
	free(w);
	json_decref(want);
	_fail(file, line);
}

#endif
