/*
 * lakeformation/api.h: what other files use of the Lake Formation rules
 * (lakeformation/rules.c): the rule functions their rows, checks and tests call.
 */
#ifndef TERRACE_AWS_LAKEFORMATION_API_H
#define TERRACE_AWS_LAKEFORMATION_API_H

#include <jansson.h>

#include "provider/aws/checks/row.h"
#include "provider/base/strbuf.h"

/* A Lake Formation grant's one resource, its table or columns by name or
 * wildcard, its grant option within its permissions (lakeformation/rules.c). */
int rule_lakeformation_grant(const json_t *v, const json_t *r, struct strbuf *err);

#endif
