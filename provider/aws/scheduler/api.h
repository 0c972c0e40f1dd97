/*
 * scheduler/api.h: what other files use of the schedule expressions (EventBridge, Scheduler, Glue) and time rules
 * (scheduler/rules.c): the rule functions their rows, checks and tests call.
 */
#ifndef TERRACE_AWS_SCHEDULER_API_H
#define TERRACE_AWS_SCHEDULER_API_H

#include <jansson.h>

#include "provider/aws/checks/row.h"
#include "provider/base/strbuf.h"

/* Schedule expressions: EventBridge rules (rate, cron), EventBridge
 * Scheduler (also at), Glue triggers and crawlers (cron). */
int rule_events_schedule(const json_t *v, const json_t *r, struct strbuf *err);
int rule_scheduler_schedule(const json_t *v, const json_t *r, struct strbuf *err);
int rule_glue_schedule(const json_t *v, const json_t *r, struct strbuf *err);
/* A time as an API's timestamp member takes it: ISO 8601 (a schedule's
 * start_date and end_date). */
int rule_iso_time(const json_t *v, const json_t *r, struct strbuf *err);
/* An IANA time zone name, from the system's zoneinfo ($TZDIR/tzdata.zi);
 * passes when the system has none. */
int rule_time_zone(const json_t *v, const json_t *r, struct strbuf *err);
/* An EventBridge rule's settings that go together (a row for the whole
 * resource, events/rules.c's). */
int rule_events_rule(const json_t *v, const json_t *r, struct strbuf *err);
/* A scheduled EventBridge rule's bus: the default one (a row for the
 * whole resource, events/rules.c's). */
int rule_events_schedule_bus(const json_t *v, const json_t *r, struct strbuf *err);

#endif
