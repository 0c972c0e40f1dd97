/*
 * checks/schedule.h: the rule functions of schedule expressions, one per
 * dialect (EventBridge rules, EventBridge Scheduler, Glue), and of a time
 * given as text (checks/schedule.c), which events/, scheduler/, glue/ and
 * lambda/ name in their rows (aws_rule_fn, checks/row.h).
 */
#ifndef TERRACE_AWS_CHECKS_SCHEDULE_H
#define TERRACE_AWS_CHECKS_SCHEDULE_H

#include <jansson.h>

#include "provider/base/strbuf.h"

/* Schedule expressions: EventBridge rules (rate, cron), EventBridge
 * Scheduler (also at), Glue triggers and crawlers (cron only). */
int rule_events_schedule(const json_t *v, const json_t *r, struct strbuf *err);
int rule_scheduler_schedule(const json_t *v, const json_t *r, struct strbuf *err);
int rule_glue_schedule(const json_t *v, const json_t *r, struct strbuf *err);
/* A time as an API's timestamp member takes it: ISO 8601 (a schedule's
 * start_date and end_date, an event source mapping's
 * starting_position_timestamp). */
int rule_iso_time(const json_t *v, const json_t *r, struct strbuf *err);

#endif
