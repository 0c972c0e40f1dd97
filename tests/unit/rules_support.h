/*
 * rules_support.h: what the tests of the rules (test_rules*.c) share; include
 * after cmocka.h. check_rule runs one rule function over values AWS accepts
 * and values it refuses, check_table does the same through the table's rows
 * for one attribute, check_resource through the rows for a whole resource.
 */
#ifndef TERRACE_TEST_RULES_SUPPORT_H
#define TERRACE_TEST_RULES_SUPPORT_H

#include <stdlib.h>
#include <string.h>

#include "provider/aws/checks/checks.h"
#include "provider/aws/checks/rules.h"
#include "provider/provider.h"
#include "tests/unit/json_support.h"

/* Every value in `good` (a JSON list) passes; every value in `bad` fails
 * with a message holding the matching string of `why`. */
static inline void check_rule(aws_rule_fn fn, const char *resource, const char *good,
			      const char *bad, const char *const *why)
{
	json_t *r = js(resource ? resource : "{}");
	json_t *g = js(good), *b = js(bad);
	size_t i;
	json_t *v;
	json_array_foreach(g, i, v) {
		struct strbuf err = STRBUF_INIT;
		if (fn(v, r, &err)) {
			char *t = json_dumps(v, JSON_ENCODE_ANY);
			fail_msg("refused %s, which AWS accepts: %s", t, err.buf);
		}
		strbuf_release(&err);
	}
	json_array_foreach(b, i, v) {
		struct strbuf err = STRBUF_INIT;
		char *t = json_dumps(v, JSON_ENCODE_ANY);
		if (!fn(v, r, &err))
			fail_msg("accepted %s, which AWS refuses", t);
		if (!strstr(err.buf, why[i]))
			fail_msg("%s: message \"%s\" lacks \"%s\"", t, err.buf, why[i]);
		free(t);
		strbuf_release(&err);
	}
	json_decref(r);
	json_decref(g);
	json_decref(b);
}

/* The table's rows (both halves) for TYPE's attribute ATTR on resource r:
 * -1 at the first that refuses it. */
static inline int check_attr_rows(const char *type, const char *attr, const json_t *r,
				  struct strbuf *err)
{
	for (int h = 0; h < 2; h++)
		for (const struct aws_check_row *c = h ? aws_rules_next(NULL) : aws_constraints;
		     c && c->type; c = h ? aws_rules_next(c) : c + 1)
			if ((!strcmp(c->type, type) || !strcmp(c->type, "aws.*")) &&
			    !strcmp(c->attr, attr) && aws_constraint_check_row(c, r, err))
				return -1;
	return 0;
}

/* As check_rule, through the table's rows for TYPE's attribute ATTR. */
static inline void check_table(const char *type, const char *attr, const char *good,
			       const char *bad, const char *const *why)
{
	json_t *g = js(good), *b = js(bad);
	size_t i;
	json_t *v;
	json_array_foreach(g, i, v) {
		struct strbuf err = STRBUF_INIT;
		json_t *r = json_pack("{sO}", attr, v);
		if (check_attr_rows(type, attr, r, &err))
			fail_msg("refused %s, which AWS accepts: %s", attr, err.buf);
		json_decref(r);
		strbuf_release(&err);
	}
	json_array_foreach(b, i, v) {
		struct strbuf err = STRBUF_INIT;
		json_t *r = json_pack("{sO}", attr, v);
		char *t = json_dumps(v, JSON_ENCODE_ANY);
		if (!check_attr_rows(type, attr, r, &err))
			fail_msg("accepted %s, which AWS refuses", t);
		if (!strstr(err.buf, why[i]))
			fail_msg("%s: message \"%s\" lacks \"%s\"", t, err.buf, why[i]);
		free(t);
		json_decref(r);
		strbuf_release(&err);
	}
	json_decref(g);
	json_decref(b);
}

/* Settings that go together, rows for the whole resource (the written
 * rows with no attribute): refused as written at validate, what is not
 * known yet passing. */
static inline void check_resource(const char *type, const char *resource, const char *why)
{
	struct strbuf err = STRBUF_INIT;
	const char *attr = "unset";
	json_t *r = js(resource);
	int rc = aws_constraints_check(type, r, NULL, NULL, &attr, &err);
	if (why && (rc != -1 || !strstr(err.buf, why)))
		fail_msg("%s %s: wanted \"%s\", got \"%s\"", type, resource, why, err.buf);
	if (!why && rc)
		fail_msg("%s %s: refused, which AWS accepts: %s", type, resource, err.buf);
	json_decref(r);
	strbuf_release(&err);
}

#endif
