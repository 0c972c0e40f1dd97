/*
 * stack_support.h: a small stack for the tests of the checks across the
 * stack (test_words_crossing.c, test_checks_across.c): written as JSON, held
 * as written_resources, and the findings of a check collected as
 * "NAME ATTR: MESSAGE" lines; include after cmocka.h and json_support.h.
 */
#ifndef TERRACE_TEST_STACK_SUPPORT_H
#define TERRACE_TEST_STACK_SUPPORT_H

#include <stdlib.h>

#include "provider/aws/checks/checks.h"
#include "provider/provider.h"
#include "tests/unit/json_support.h"

/* A stack ({"NAME": {"type": TYPE, ...attributes}}) as written_resources:
 * each created, its configuration as written (updated: "(was)", its prior). */
struct stack {
	json_t *doc;
	struct written_resource rs[16];
	size_t n;
};

static inline void stack_load(struct stack *s, const char *text)
{
	const char *name;
	json_t *r;

	s->doc = js(text);
	s->n = 0;
	json_object_foreach(s->doc, name, r) {
		assert_true(s->n < sizeof(s->rs) / sizeof(s->rs[0]));
		const json_t *was = json_object_get(r, "(was)");
		s->rs[s->n++] = (struct written_resource){
			.name = name, .type = json_string_value(json_object_get(r, "type")),
			.config = r, .creating = !was, .prior = was };
	}
}

struct findings {
	json_t *messages; /* "NAME ATTR: MESSAGE" */
	const struct stack *s;
};

static inline void collect(void *ctx, const struct check_finding *f)
{
	struct findings *fs = ctx;
	char *line = xasprintf("%s %s: %s", fs->s->rs[f->which].name, f->attr ? f->attr : "",
			       f->message);
	json_array_append_new(fs->messages, json_string(line));
	free(line);
}

#endif
