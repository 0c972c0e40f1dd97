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
 * length and reserved names, allocated storage's range. A password never
 * appears in a message. */
int rule_rds_master_password(const json_t *v, const json_t *r, struct strbuf *err);
int rule_rds_master_username(const json_t *v, const json_t *r, struct strbuf *err);
int rule_rds_allocated_storage(const json_t *v, const json_t *r, struct strbuf *err);
/* RDS identifiers (in any case). */
int rule_rds_identifier(const json_t *v, const json_t *r, struct strbuf *err);

/* The grammar Redshift's names share with RDS's (redshift/rules.c holds its
 * own to them): an identifier (instances, clusters, snapshots) of 1 to max
 * letters, digits and hyphens, a letter first, no hyphen last or twice in a
 * row, lower_only: no capital; a subnet group's name (letters, digits,
 * hyphens and `extra`, 1 to 255, not "default"); a final snapshot named
 * unless skipped; a subnet group's subnets, not none. 0, or -1 with err
 * naming `source`. */
int db_identifier(const json_t *v, size_t max, bool lower_only, const char *source,
		  struct strbuf *err);
int subnet_group_name(const json_t *v, const char *extra, const char *source,
		      struct strbuf *err);
int rule_db_final_snapshot(const json_t *v, const json_t *r, struct strbuf *err);
int rule_subnet_group_subnets(const json_t *v, const json_t *r, struct strbuf *err);

#endif
