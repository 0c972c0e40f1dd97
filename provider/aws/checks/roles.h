/*
 * checks/roles.h: the role matching of checks/roles.c that the services'
 * checks of a resource against the role the stack gives it share
 * (sfn/rules.c, lambda/rules.c, ecs/rules.c, firehose/rules.c,
 * events/rules.c): the attributes that name a role or a function, a
 * policy document as known now, what a state machine's Task starts, and
 * whether the policies the stack writes for a role allow an action. Not
 * for the rules of one resource: they use checks/rules.h.
 */
#ifndef TERRACE_AWS_RULES_ROLES_H
#define TERRACE_AWS_RULES_ROLES_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "provider/aws/checks/rules.h"

/* What a Task starts: a Glue job or a Lambda function of the stack; or
 * (marker NULL) an action on any resource, granted also by the AWS managed
 * policies `granted_by` names. */
struct started {
	size_t at;           /* the resource */
	const char *action;  /* "glue:StartJobRun" */
	const char *marker;  /* where its name sits in an ARN: "job/", "function:" */
	const char *name;    /* its name when known, else NULL */
	const char *what;    /* "Glue job" */
	const char *const *granted_by; /* AWS managed policies that allow it, or NULL */
};

/* The attributes by which a resource names a role, a Lambda function
 * ("${NAME.ATTR}", aws_written_named). */
extern const char *const role_attrs[];
extern const char *const function_attrs[];

/* A policy document (or a definition) as known now: given as a JSON text
 * or as a value; NULL when it is not known yet. The caller releases it. */
json_t *known_document(const json_t *v);

/* The resource of `type` that `value` names: by reference, or by the name
 * it is given (attribute name_attr) when value is that name or an ARN
 * ending in marker+name; else WRITTEN_NONE. */
size_t named_or_referenced(const struct written_resource *rs, size_t n,
			   const struct written_resource *from, const char *value,
			   const char *type, const char *const *attrs,
			   const char *name_attr, const char *marker);

/* What the Task state `st` of state machine sm starts, 1 with *out. */
int task_starts(const struct written_resource *rs, size_t n,
		const struct written_resource *sm, const json_t *st, struct started *out);

/* Whether the policies the stack writes for role `role` (or an AWS managed
 * policy of s->granted_by) allow what s starts; what is not known yet
 * allows. *outside gets a managed policy ARN of the role not in the stack. */
bool role_allows(const struct written_resource *rs, size_t n, size_t role,
		 const struct started *s, const char **outside);

/* Which of `actions` no policy the stack writes for `role` allows, listed
 * "a, b and c" into list, and into also " (unless ARN, not in the stack,
 * does)"; returns how many are missing, *first the first of them. */
size_t role_lacks(const struct written_resource *rs, size_t n, size_t role,
		  const char *const *actions, const char *const *managed, const char *why,
		  char *list, size_t list_size, char *also, size_t also_size,
		  const char **first);

#endif
