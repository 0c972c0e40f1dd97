/*
 * words_support.h: what the tests of the words rows (test_words_*.c) share;
 * include after cmocka.h. A case is a row's refused resource and its
 * passing twin; words_check_cases drives each through the provider's
 * constraints (the message names the attribute, quotes AWS's words and
 * names the document; the twin passes), words_check_every_row_has_a_case
 * holds that every words row of a file's services has its case there
 * (but a row that crosses a reference: test_words_crossing.c's).
 */
#ifndef TERRACE_TEST_WORDS_SUPPORT_H
#define TERRACE_TEST_WORDS_SUPPORT_H

#include <stdbool.h>
#include <stdio.h>
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

/* The paths a row's conditions read, from the resource: those of its SET
 * and UNSET conditions into `set`, every other's into `other` (an EACH's
 * and a SOME's list as "list[]."; a path "/x" from within an element is
 * the resource's x). WAS reads the object's values now: not the request's. */
static inline void words_paths(const struct aws_cond *c, const char *prefix, json_t *set,
			       json_t *other)
{
	for (; c && c->op != AWS_COND_END; c++) {
		char path[512];
		if (c->op == AWS_COND_WAS)
			continue;
		if (c->attr)
			snprintf(path, sizeof(path), "%s%s", c->attr[0] == '/' ? "" : prefix,
				 c->attr + (c->attr[0] == '/'));
		if (c->op == AWS_COND_EACH || c->op == AWS_COND_SOME) {
			struct strbuf inner = STRBUF_INIT;
			strbuf_addf(&inner, "%s[].", path);
			json_array_append_new(other, json_string(path));
			words_paths(c->sub_when, inner.buf, set, other);
			words_paths(c->sub, inner.buf, set, other);
			strbuf_release(&inner);
			continue;
		}
		if (c->op == AWS_COND_ANY_OF || c->op == AWS_COND_EXACTLY_ONE_OF) {
			words_paths(c->sub, prefix, set, other);
			continue;
		}
		if (c->attr)
			json_array_append_new(c->op == AWS_COND_SET || c->op == AWS_COND_UNSET ? set
												: other,
					      json_string(path));
		if (c->other) {
			snprintf(path, sizeof(path), "%s%s", c->other[0] == '/' ? "" : prefix,
				 c->other + (c->other[0] == '/'));
			json_array_append_new(other, json_string(path));
		}
	}
}

/* Whether two paths touch: one is the other, or holds it. */
static inline bool words_paths_touch(const char *a, const char *b)
{
	size_t n = strlen(a), m = strlen(b), k = n < m ? n : m;
	return !strncmp(a, b, k) && (n == m || (n > m ? strchr(".[", a[k]) : strchr(".[", b[k])));
}

/* Each value at `path` ("list[].x": in each element) of v made what plan
 * gives for another resource's id or ARN, known only after apply and set
 * for certain ({"$unknown": "set"}); how many were. */
static inline size_t words_made_unknown(json_t *v, const char *path)
{
	const char *each = strstr(path, "[]");
	char head[512];
	size_t n = each ? (size_t)(each - path) : strlen(path), count = 0;

	snprintf(head, sizeof(head), "%.*s", (int)n, path);
	json_t *at = v;
	char *save = NULL, *part = strtok_r(head, ".", &save);
	char last[128] = "";
	json_t *parent = NULL;
	for (; part && at; part = strtok_r(NULL, ".", &save)) {
		parent = at;
		snprintf(last, sizeof(last), "%s", part);
		at = json_is_object(at) ? json_object_get(at, part) : NULL;
	}
	if (!at || json_is_null(at))
		return 0;
	if (!each) {
		json_object_set_new(parent, last, value_unknown_set());
		return 1;
	}
	size_t i;
	json_t *e;
	json_array_foreach(at, i, e)
		count += each[2] == '.' ? words_made_unknown(e, each + 3) : 0;
	return count;
}

/* The row still refuses its case when each attribute one of its SET or
 * UNSET conditions reads (and no other of its conditions does) is a
 * reference to another resource's id or ARN: that it is set is known at
 * plan though its value is not (issue 87's value model). */
static inline void words_check_through_reference(const struct words_case *k,
						 const struct aws_check_row *row)
{
	json_t *set = json_array(), *other = json_array();
	size_t i, j;
	json_t *p, *q;

	words_paths(row->when, "", set, other);
	words_paths(row->then, "", set, other);
	json_array_foreach(set, i, p) {
		bool alone = true;
		json_array_foreach(other, j, q)
			alone &= !words_paths_touch(json_string_value(p), json_string_value(q));
		json_array_foreach(set, j, q) /* a block whose members it reads */
			alone &= !strcmp(json_string_value(p), json_string_value(q)) ||
				 !words_paths_touch(json_string_value(p), json_string_value(q));
		json_t *a = js(k->refused);
		if (!alone || !words_made_unknown(a, json_string_value(p))) {
			json_decref(a);
			continue;
		}
		char *text = json_dumps(a, JSON_COMPACT);
		json_t *prior = k->refused_prior ? js(k->refused_prior) : NULL;
		struct strbuf err = STRBUF_INIT;
		int rc = aws_constraints_check(k->type, a, NULL, prior, NULL, &err);
		if (!rc || !strstr(err.buf, row->words))
			fail_msg("%s: with %s a reference set for certain, %s: %s", k->id,
				 json_string_value(p), rc ? "refused for another reason"
							  : "accepted", text);
		strbuf_release(&err);
		free(text);
		json_decref(prior);
		json_decref(a);
	}
	json_decref(set);
	json_decref(other);
}

/* Each row refuses its case naming the attribute, AWS's words and the
 * document, also with what it asks is set given by a reference
 * (words_check_through_reference); its twin passes. */
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
		words_check_through_reference(k, row);
		strbuf_release(&err);
		strbuf_release(&want);
	}
}

/* Whether a condition (nested ones too) crosses a reference ("->"). */
static inline bool words_crosses(const struct aws_cond *c)
{
	for (; c && c->op != AWS_COND_END; c++)
		if ((c->attr && strstr(c->attr, "->")) || (c->other && strstr(c->other, "->")) ||
		    words_crosses(c->sub) || words_crosses(c->sub_when))
			return true;
	return false;
}

/* Every words row whose id begins with one of `services` (NULL-ended,
 * "ecs." ...) has its case among `cases`, which test file `file` holds. */
static inline void words_check_every_row_has_a_case(const struct words_case *cases, size_t n,
						    const char *const *services,
						    const char *file)
{
	for (const struct aws_check_row *c = aws_rules_next(NULL); c; c = aws_rules_next(c)) {
		bool ours = false, tested = false;

		if (c->kind != 'w' || words_crosses(c->when) || words_crosses(c->then))
			continue; /* test_words_crossing.c's */
		for (size_t s = 0; services[s]; s++)
			ours |= !strncmp(c->id, services[s], strlen(services[s]));
		for (size_t i = 0; i < n; i++)
			tested |= !strcmp(cases[i].id, c->id);
		if (ours && !tested)
			fail_msg("words row %s has no case in %s", c->id, file);
	}
}

#endif
