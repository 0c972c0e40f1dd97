/*
 * checks/schema/pattern.c: the CloudFormation schemas' patterns, each
 * compiled once for the process and run on a value (cc_pattern_matches),
 * for the walk of checks/schema/validate.c, which judges the awscc types
 * and their written twins.
 *
 * Patterns are ECMA-262 text that searches the value; PCRE2 runs them with
 * PCRE2_UTF, PCRE2_ALT_BSUX (JavaScript's \uHHHH and \xHH) and
 * PCRE2_DOLLAR_ENDONLY ($ is the end, as in JavaScript without the m flag).
 * One that PCRE2 does not compile is not checked: AWS judges the value.
 */
#include "provider/aws/checks/schema/api.h"
#include "provider/aws/checks/row.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <pthread.h>
#include <string.h>

struct cc_pattern {
	const json_t *text; /* the schema's (kept with the type): compared by address */
	pcre2_code *code;  /* NULL: it does not compile */
};

/* Every pattern compiled so far, of every awscc type a stack uses (the
 * schemas are kept for the process, so a pattern's address names it). */
static struct {
	pthread_mutex_t lock;
	struct cc_pattern *v;
	size_t n, alloc;
} compiled = { .lock = PTHREAD_MUTEX_INITIALIZER };

/* Pattern `text` compiled, or NULL when PCRE2 does not take it. */
static const pcre2_code *pattern_code(const json_t *text)
{
	const pcre2_code *code = NULL;

	pthread_mutex_lock(&compiled.lock);
	size_t i;
	for (i = 0; i < compiled.n; i++)
		if (compiled.v[i].text == text)
			break;
	if (i == compiled.n) {
		int rc;
		PCRE2_SIZE off;
		if (compiled.n == compiled.alloc) {
			compiled.alloc = compiled.alloc ? 2 * compiled.alloc : 8;
			compiled.v = xrealloc(compiled.v, compiled.alloc * sizeof(*compiled.v));
		}
		compiled.v[compiled.n].text = text;
		compiled.v[compiled.n].code = pcre2_compile((PCRE2_SPTR)json_string_value(text),
							    json_string_length(text),
							    AWS_ECMA_PCRE2_OPTIONS, &rc, &off, NULL);
		compiled.n++;
	}
	code = compiled.v[i].code;
	pthread_mutex_unlock(&compiled.lock);
	return code;
}

int cc_pattern_matches(const json_t *pattern, const char *value)
{
	const pcre2_code *code = json_is_string(pattern) ? pattern_code(pattern) : NULL;
	if (!code)
		return -1;
	pcre2_match_data *md = pcre2_match_data_create(1, NULL);
	int rc = pcre2_match(code, (PCRE2_SPTR)value, strlen(value), 0, 0, md, NULL);
	pcre2_match_data_free(md);
	/* PCRE2_ERROR_NOMATCH, or an error of the match itself (its limits): only
	 * a clear "no" refuses */
	return rc >= 0 ? 1 : rc == PCRE2_ERROR_NOMATCH ? 0 : -1;
}
