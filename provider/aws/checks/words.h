/*
 * checks/words.h: the runner's side of the words rows (kind 'w',
 * checks/row.h), checks/words.c: AWS's documented conditions on a
 * request's members, judged on the request the row is about.
 */
#ifndef TERRACE_AWS_CHECKS_WORDS_H
#define TERRACE_AWS_CHECKS_WORDS_H

#include <jansson.h>
#include <stdbool.h>

#include "provider/aws/checks/row.h"
#include "provider/base/strbuf.h"
#include "provider/provider.h"

/* Words row `row` on a resource's attributes, the object they go to
 * (`prior`, its attributes now; NULL: none, a create), its provider's
 * region (NULL: not known yet, and a row on the region passes): 0, or -1
 * with err "ATTR: VALUE, but it must ... when ...: AWS says \"...\"
 * (SOURCE)" and *attr the path at fault (an element's by its index:
 * "global_secondary_index[1].read_capacity"; "" for the region; static
 * storage) when attr is not NULL. A value not known yet passes. */
int aws_words_check(const struct aws_check_row *row, const json_t *attrs, const json_t *prior,
		    const char *region, const char **attr, struct strbuf *err);

/* The schema of the attributes judged next on this thread (checks/hook.c
 * sets a resource type's around its checks, and NULL after): the words
 * rows' messages never quote the value of an attribute it marks sensitive,
 * nor of one inside such, and say "(sensitive value)". */
struct attr_schema;
void aws_words_judging(const struct attr_schema *schema);

/* Whether the request row is about is sent for a resource whose object
 * is `prior` (its attributes now; NULL: none yet, the plan creates or
 * replaces it, or validate, which judges what a create would send; the
 * unknown value: not known yet, the stack as loaded for plan before the
 * state is read): a create row on a create; an update row on an update
 * that sends one of its attributes anew (a value differing from prior's),
 * or the value its premise's CHANGED_PART names; a row of any call always. */
bool aws_words_judged(const struct aws_check_row *row, const json_t *attrs, const json_t *prior);

/* The words rows whose conditions cross a reference
 * ("task_definition->network_mode": what the resource that attribute names
 * writes, or plan knows of it), judged across the stack (checks/run_stack.c
 * runs them; a resource's own judgement, which has no stack, leaves them):
 * whether row is one, and row on resource `at` of rs (its values as the
 * stack writes them with what plan knows put in: written_resource's
 * config; an update's object now, its prior, for a premise on it: WAS),
 * as aws_words_check says. */
struct written_resource;
bool aws_words_crosses(const struct aws_check_row *row);
int aws_words_check_across(const struct aws_check_row *row, const struct written_resource *rs,
			   size_t n, size_t at, const char **attr, struct strbuf *err);

#endif
