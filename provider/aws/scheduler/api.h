/*
 * scheduler/api.h: what other files use of EventBridge Scheduler's rules
 * (scheduler/rules.c): its time zone rule, which the tests call. The
 * schedule expressions and times its rows share with other services are
 * checks/schedule.h's.
 */
#ifndef TERRACE_AWS_SCHEDULER_API_H
#define TERRACE_AWS_SCHEDULER_API_H

#include <jansson.h>

#include "provider/base/strbuf.h"

/* An IANA time zone name, from the system's zoneinfo ($TZDIR/tzdata.zi);
 * passes when the system has none. */
int rule_time_zone(const json_t *v, const json_t *r, struct strbuf *err);

#endif
