/*
 * pattern.c: the CloudFormation schemas' patterns, each compiled once per
 * awscc type (cc_checks_new, kept with the type) and run on a value
 * (cc_pattern_matches), for the walk of cloudcontrol/validate.c, which
 * judges the awscc types and their written twins.
 *
 * Patterns are ECMA-262 text that searches the value; PCRE2 runs them with
 * PCRE2_UTF, PCRE2_ALT_BSUX (JavaScript's \uHHHH and \xHH) and
 * PCRE2_DOLLAR_ENDONLY ($ is the end, as in JavaScript without the m flag).
 * One that PCRE2 does not compile is not checked: AWS judges the value.
 */
#include "provider/aws/cloudcontrol/cloudcontrol.h"
#include "provider/aws/checks/row.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <pthread.h>
#include <string.h>

struct cc_pattern {
	const json_t *text; /* the schema's (kept with the type): compared by address */
	pcre2_code *code;  /* NULL: it does not compile */
};

struct cc_checks {
	pthread_mutex_t lock;
	struct cc_pattern *v;
	size_t n, alloc;
};

struct cc_checks *cc_checks_new(void)
{
	struct cc_checks *c = xcalloc(1, sizeof(*c));
	pthread_mutex_init(&c->lock, NULL);
	return c;
}

/* Pattern `text` compiled, or NULL when PCRE2 does not take it. */
static const pcre2_code *pattern_code(struct cc_checks *c, const json_t *text)
{
	const pcre2_code *code = NULL;

	pthread_mutex_lock(&c->lock);
	size_t i;
	for (i = 0; i < c->n; i++)
		if (c->v[i].text == text)
			break;
	if (i == c->n) {
		int rc;
		PCRE2_SIZE off;
		if (c->n == c->alloc) {
			c->alloc = c->alloc ? 2 * c->alloc : 8;
			c->v = xrealloc(c->v, c->alloc * sizeof(*c->v));
		}
		c->v[c->n].text = text;
		c->v[c->n].code = pcre2_compile((PCRE2_SPTR)json_string_value(text),
						json_string_length(text),
						AWS_ECMA_PCRE2_OPTIONS,
						&rc, &off, NULL);
		c->n++;
	}
	code = c->v[i].code;
	pthread_mutex_unlock(&c->lock);
	return code;
}

int cc_pattern_matches(const struct resource_type *rt, const json_t *pattern, const char *value)
{
	const struct cc_type *t = cc_type_of(rt);
	const pcre2_code *code = t && json_is_string(pattern) ? pattern_code(t->checks, pattern)
							       : NULL;
	if (!code)
		return -1;
	pcre2_match_data *md = pcre2_match_data_create(1, NULL);
	int rc = pcre2_match(code, (PCRE2_SPTR)value, strlen(value), 0, 0, md, NULL);
	pcre2_match_data_free(md);
	/* PCRE2_ERROR_NOMATCH, or an error of the match itself (its limits): only
	 * a clear "no" refuses */
	return rc >= 0 ? 1 : rc == PCRE2_ERROR_NOMATCH ? 0 : -1;
}
