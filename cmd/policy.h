/*
 * policy.h: the IAM policy of a plan (`terrace plan -policy`), of a whole
 * stack (`terrace policy`), and the check of it against the caller's own
 * permissions (`terrace plan -check-permissions`). See cmd/policy.c.
 */
#ifndef TERRACE_CMD_POLICY_H
#define TERRACE_CMD_POLICY_H

#include <stdbool.h>

#include "plan/plan.h"
#include "provider/aws/permissions.h"

int cmd_policy(int argc, char **argv);

/* What the aws resources of plan p need: for each change what its action
 * sends (whole_stack: everything a deploy role needs for the resource:
 * create, read, update and delete), plus sts:GetCallerIdentity when any.
 * -1 with err when a provider's client cannot be had. */
int policy_of_plan(struct run *run, const struct plan *p, bool whole_stack,
		   struct aws_permissions *ps, struct strbuf *err);

/* Print the policy document (text: indented JSON on stdout; with the JSON
 * UI on: a "policy" message carrying it). */
void policy_print(const struct aws_permissions *ps);

/* Check what plan p's changes need with iam:SimulatePrincipalPolicy, as the
 * caller of each aws provider configuration: print each denial ("Error:
 * ADDRESS: ACTION on ARN is denied (implicitDeny)") and return 1 when there
 * is any, else one line saying the caller may make every call. A check that
 * cannot be made (the caller may not simulate, the endpoint does not serve
 * it) is an error when `strict` (1: CI, or no terminal, without
 * -allow-unchecked), else one line saying it was skipped and why (0). */
int policy_check(struct run *run, const struct plan *p, bool strict);
/* The same, before the refresh, for what it reads of each aws resource in
 * the state: denials only (1); *skipped set when a check could not be made
 * (its error, strict: 1, or its line printed). */
int policy_check_refresh(struct run *run, bool strict, bool *skipped);

#endif
