/*
 * redshift/api.h: what other files call of the Redshift folder: the rule
 * functions of its rules.c that the tests hold to AWS's documentation.
 */
#ifndef TERRACE_AWS_REDSHIFT_API_H
#define TERRACE_AWS_REDSHIFT_API_H

#include <jansson.h>

#include "provider/base/strbuf.h"

/* The rules of its rules.c that tests call: a cluster's master password
 * (8 to 64 characters, an upper-case and a lower-case letter and a digit,
 * printable ASCII but ' " \ / @; never in a message), its master user
 * name (characters, length, reserved words), its identifier (lower case). */
int rule_redshift_master_password(const json_t *v, const json_t *r, struct strbuf *err);
int rule_redshift_master_username(const json_t *v, const json_t *r, struct strbuf *err);
int rule_redshift_identifier(const json_t *v, const json_t *r, struct strbuf *err);

#endif
