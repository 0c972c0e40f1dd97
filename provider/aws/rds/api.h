/*
 * rds/api.h: what other files use of the RDS and Redshift rules
 * (rds/rules.c): the rule functions their rows, checks and tests call.
 */
#ifndef TERRACE_AWS_RDS_API_H
#define TERRACE_AWS_RDS_API_H

#include <jansson.h>

#include "provider/aws/checks/row.h"
#include "provider/base/strbuf.h"

/* RDS: query protocol, its signing name and Version, once. */

/* RDS instances, by engine (r's engine; postgres when unset): the master
 * password's characters and length, the master user name's characters,
 * length and reserved names, allocated storage's range. Redshift clusters:
 * the master password's length, characters and mix, the master user
 * name's characters, length and reserved words. A password never appears
 * in a message. */
int rule_rds_master_password(const json_t *v, const json_t *r, struct strbuf *err);
int rule_rds_master_username(const json_t *v, const json_t *r, struct strbuf *err);
int rule_rds_allocated_storage(const json_t *v, const json_t *r, struct strbuf *err);
int rule_redshift_master_password(const json_t *v, const json_t *r, struct strbuf *err);
int rule_redshift_master_username(const json_t *v, const json_t *r, struct strbuf *err);
/* RDS and Redshift identifiers (RDS's in any case, Redshift's in lower
 * case). */
int rule_rds_identifier(const json_t *v, const json_t *r, struct strbuf *err);
int rule_redshift_identifier(const json_t *v, const json_t *r, struct strbuf *err);

#endif
