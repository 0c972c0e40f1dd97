/*
 * dynamodb/api.h: what other files use of the DynamoDB rules
 * (dynamodb/rules.c): the rule functions their rows, checks and tests call.
 */
#ifndef TERRACE_AWS_DYNAMODB_API_H
#define TERRACE_AWS_DYNAMODB_API_H

#include <jansson.h>

#include "provider/aws/checks/row.h"
#include "provider/base/strbuf.h"

/* A DynamoDB table's keys among its attribute definitions, its capacities
 * by billing mode, its stream. */
int rule_dynamodb_keys(const json_t *v, const json_t *r, struct strbuf *err);
int rule_dynamodb_billing(const json_t *v, const json_t *r, struct strbuf *err);
int rule_dynamodb_stream(const json_t *v, const json_t *r, struct strbuf *err);
/* A DynamoDB table's secondary indexes: counts, names, projections and
 * capacities by billing mode. */
int rule_dynamodb_indexes(const json_t *v, const json_t *r, struct strbuf *err);
int rule_dynamodb_index_count(const json_t *v, const json_t *r, struct strbuf *err);

#endif
