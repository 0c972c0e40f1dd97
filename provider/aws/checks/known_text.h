/*
 * checks/known_text.h: what the text known of a value not known yet
 * decides (checks/known_text.c), for the words rows' conditions
 * (checks/words.c) and the rows the runner judges (checks/run_values.c),
 * and the ERE match both use. Below both: it names neither.
 */
#ifndef TERRACE_AWS_CHECKS_KNOWN_TEXT_H
#define TERRACE_AWS_CHECKS_KNOWN_TEXT_H

#include <jansson.h>
#include <stdbool.h>

#include "provider/aws/checks/row.h"
#include "provider/base/strbuf.h"

/* A condition of a words row on a string not known whole (text around a
 * ${...}), judged on the text known of it: 1 or 0 where that text
 * decides, -1 where it does not. */
int aws_known_text_holds(const struct aws_cond *c, const json_t *v);
/* Row c (checks/row.h: 's' or 'c') on such a string: 0, or -1 with the
 * reason in err where the known text breaks it whatever the rest is. */
int aws_known_text_check(const struct aws_check_row *c, const json_t *v, struct strbuf *err);
/* Whether text has a match of POSIX extended regular expression ere (one
 * that does not compile: none). */
bool aws_ere_matches(const char *text, const char *ere);

#endif
