/*
 * ssm/api.h: what other files use of the Systems Manager rules
 * (ssm/rules.c): the rule functions their rows, checks and tests call.
 */
#ifndef TERRACE_AWS_SSM_API_H
#define TERRACE_AWS_SSM_API_H

#include <jansson.h>

#include "provider/aws/checks/row.h"
#include "provider/base/strbuf.h"

/* SSM parameter names, and a parameter's key and value by type and tier. */
int rule_ssm_parameter_name(const json_t *v, const json_t *r, struct strbuf *err);
int rule_ssm_parameter(const json_t *v, const json_t *r, struct strbuf *err);

#endif
