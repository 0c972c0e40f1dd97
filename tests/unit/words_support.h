/*
 * words_support.h: what the tests of the words rows (test_words_*.c) share;
 * include after cmocka.h. A case is a row's refused resource and its
 * passing twin; words_check_cases drives each through the provider's
 * constraints (the message names the attribute, quotes AWS's words and
 * names the document; the twin passes), words_check_every_row_has_a_case
 * holds that every words row of a file's services has its case there.
 */
#ifndef TERRACE_TEST_WORDS_SUPPORT_H
#define TERRACE_TEST_WORDS_SUPPORT_H

#include <stdbool.h>
#include <string.h>

#include "provider/aws/checks/checks.h"
#include "provider/aws/checks/rules.h"
#include "provider/provider.h"
#include "tests/unit/json_support.h"

/* Text of 10, 100 and 1,000 characters, for a length's edge. */
#define X10 "xxxxxxxxxx"
#define X100 X10 X10 X10 X10 X10 X10 X10 X10 X10 X10
#define X1000 X100 X100 X100 X100 X100 X100 X100 X100 X100 X100

/* A row's refused resource and its passing twin (each with the object it
 * updates: NULL, a create). */
struct words_case {
	const char *id, *type, *attr;
	const char *refused, *refused_prior;
	const char *passing, *passing_prior;
};

static inline const struct aws_check_row *words_row_named(const char *id)
{
	for (const struct aws_check_row *c = aws_rules_next(NULL); c; c = aws_rules_next(c))
		if (c->kind == 'w' && !strcmp(c->id, id))
			return c;
	return NULL;
}

/* aws_constraints_check of `type` on `attrs` updating `prior` (NULL: a create). */
static inline int words_judge(const char *type, const char *attrs, const char *prior,
			      const char **attr, struct strbuf *err)
{
	json_t *a = js(attrs), *p = prior ? js(prior) : NULL;
	int rc = aws_constraints_check(type, a, NULL, p, attr, err);

	json_decref(a);
	json_decref(p);
	return rc;
}

/* Each row refuses its case naming the attribute, AWS's words and the
 * document; its twin passes. */
static inline void words_check_cases(const struct words_case *cases, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		const struct words_case *k = &cases[i];
		const struct aws_check_row *row = words_row_named(k->id);
		struct strbuf err = STRBUF_INIT, want = STRBUF_INIT;
		const char *attr = NULL;

		if (!row)
			fail_msg("%s: no words row has this id", k->id);
		if (!words_judge(k->type, k->refused, k->refused_prior, &attr, &err))
			fail_msg("%s: accepted %s", k->id, k->refused);
		strbuf_addf(&want, "%s: ", k->attr);
		if (strncmp(err.buf, want.buf, want.len))
			fail_msg("%s: message \"%s\" does not begin with \"%s\"", k->id, err.buf,
				 want.buf);
		strbuf_reset(&want);
		strbuf_addf(&want, "AWS says \"%s\" (%s)", row->words, row->source);
		if (!strstr(err.buf, want.buf))
			fail_msg("%s: message \"%s\" lacks \"%s\"", k->id, err.buf, want.buf);
		if (!attr || strcmp(attr, k->attr))
			fail_msg("%s: the attribute at fault is %s, not %s", k->id,
				 attr ? attr : "(none)", k->attr);
		strbuf_reset(&err);
		if (words_judge(k->type, k->passing, k->passing_prior, NULL, &err))
			fail_msg("%s: refused its twin %s: %s", k->id, k->passing, err.buf);
		strbuf_release(&err);
		strbuf_release(&want);
	}
}

/* Every words row whose id begins with one of `services` (NULL-ended,
 * "ecs." ...) has its case among `cases`, which test file `file` holds. */
static inline void words_check_every_row_has_a_case(const struct words_case *cases, size_t n,
						    const char *const *services,
						    const char *file)
{
	for (const struct aws_check_row *c = aws_rules_next(NULL); c; c = aws_rules_next(c)) {
		bool ours = false, tested = false;

		if (c->kind != 'w')
			continue;
		for (size_t s = 0; services[s]; s++)
			ours |= !strncmp(c->id, services[s], strlen(services[s]));
		for (size_t i = 0; i < n; i++)
			tested |= !strcmp(cases[i].id, c->id);
		if (ours && !tested)
			fail_msg("words row %s has no case in %s", c->id, file);
	}
}

#endif
