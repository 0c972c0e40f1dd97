/*
 * checks/schedule.c: the grammar of schedule expressions, as EventBridge
 * rules, EventBridge Scheduler and Glue each read them (cron, rate, at()),
 * and a time given as text (ISO 8601): the rule functions events/,
 * scheduler/, glue/ and lambda/ name in their rows (checks/schedule.h).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "provider/aws/checks/schedule.h"
#include "provider/aws/checks/shared.h"
#include "provider/aws/transport/transport.h"
#include "provider/provider.h"

/* ---- schedule expressions ---------------------------------------------------- */

enum dialect { EVENTS, SCHEDULER, GLUE };

/* One cron field: comma-separated items of *, ?, N, N-M, X/N, with the
 * field's own extras (L, W, #) and names; numbers within [lo, hi]. buf is
 * the field, cut up here. Any length: a list of all 60 minutes is one
 * field of 169 characters, which AWS takes. */
static bool cron_items_ok(char *buf, int lo, int hi, const char *const *names,
			  const char *extra)
{
	if (!*buf)
		return false;
	char *save = NULL;
	for (char *item = strtok_r(buf, ",", &save); item; item = strtok_r(NULL, ",", &save)) {
		for (char *p = item; *p;) {
			if (isdigit((unsigned char)*p)) {
				long n = strtol(p, &p, 10);
				if (n < lo || n > hi)
					return false;
				continue;
			}
			if (isalpha((unsigned char)*p)) {
				bool found = false;
				for (size_t i = 0; names && names[i]; i++)
					if (!strncasecmp(p, names[i], 3)) {
						p += 3;
						found = true;
						break;
					}
				if (found)
					continue;
				if (extra && strchr(extra, *p)) {
					p++;
					continue;
				}
				return false;
			}
			if (*p == '*' || *p == '-' || *p == '/' || (extra && strchr(extra, *p))) {
				p++;
				continue;
			}
			return false;
		}
	}
	return true;
}

static bool cron_field_ok(const char *f, int lo, int hi, const char *const *names,
			  const char *extra)
{
	char *buf = xstrdup(f);
	bool ok = cron_items_ok(buf, lo, hi, names, extra);
	free(buf);
	return ok;
}

static const char *const months[] = { "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG",
				      "SEP", "OCT", "NOV", "DEC", NULL };
static const char *const days[] = { "SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT", NULL };

/* cron(Minutes Hours Day-of-month Month Day-of-week Year), as EventBridge,
 * Scheduler and Glue read it: six fields, and exactly one of day-of-month
 * and day-of-week is ?. */
static int check_cron_fields(const char *s, char *buf, const char *example, struct strbuf *err)
{
	char *fields[8];
	int n = 0;
	char *save = NULL;
	for (char *f = strtok_r(buf, " ", &save); f; f = strtok_r(NULL, " ", &save)) {
		if (n == 7)
			break;
		fields[n++] = f;
	}
	if (n != 6) {
		strbuf_addf(err, "\"%s\" has %d fields: cron() takes six, minutes hours "
			    "day-of-month month day-of-week year (e.g. \"%s\")", s, n, example);
		return -1;
	}
	bool dom_any = !strcmp(fields[2], "?"), dow_any = !strcmp(fields[4], "?");
	if (dom_any == dow_any) {
		strbuf_addf(err, "\"%s\": exactly one of day-of-month (3rd field) and "
			    "day-of-week (5th) is ? (e.g. \"%s\")", s, example);
		return -1;
	}
	static const char *const what[] = { "minutes (0-59)", "hours (0-23)",
					    "day-of-month (1-31)", "month (1-12 or JAN-DEC)",
					    "day-of-week (1-7 or SUN-SAT)", "year (1970-2199)" };
	bool ok[6] = {
		cron_field_ok(fields[0], 0, 59, NULL, NULL),
		cron_field_ok(fields[1], 0, 23, NULL, NULL),
		dom_any || cron_field_ok(fields[2], 1, 31, NULL, "LW"),
		cron_field_ok(fields[3], 1, 12, months, NULL),
		dow_any || cron_field_ok(fields[4], 1, 7, days, "L#"),
		cron_field_ok(fields[5], 1970, 2199, NULL, NULL),
	};
	for (int i = 0; i < 6; i++)
		if (!ok[i]) {
			strbuf_addf(err, "\"%s\": field %d \"%s\" is not a valid %s (e.g. \"%s\")", s,
				    i + 1, fields[i], what[i], example);
			return -1;
		}
	return 0;
}

static int check_cron(const char *s, const char *body, size_t blen, const char *example,
		      struct strbuf *err)
{
	char *buf = xstrndup(body, blen);
	int rc = check_cron_fields(s, buf, example, err);
	free(buf);
	return rc;
}

/* rate(N unit): a positive whole number; the unit singular for 1, plural
 * otherwise (EventBridge "Creating a rule that runs on a schedule",
 * Scheduler "Schedule types"). */
static int check_rate(const char *s, const char *body, size_t blen, struct strbuf *err)
{
	char buf[64], unit[32];
	long n;
	char extra;
	if (blen >= sizeof(buf))
		blen = sizeof(buf) - 1;
	memcpy(buf, body, blen);
	buf[blen] = '\0';
	if (sscanf(buf, "%ld %31s %c", &n, unit, &extra) != 2 || n < 1 ||
	    !isdigit((unsigned char)buf[0])) {
		strbuf_addf(err, "\"%s\": rate() takes a positive whole number and a unit "
			    "(e.g. \"rate(5 minutes)\")", s);
		return -1;
	}
	static const char *const units[] = { "minute", "hour", "day", NULL };
	for (size_t i = 0; units[i]; i++) {
		size_t ul = strlen(units[i]);
		if (strncmp(unit, units[i], ul))
			continue;
		bool plural = !strcmp(unit + ul, "s");
		if (!plural && unit[ul])
			break;
		if (n == 1 && plural) {
			strbuf_addf(err, "\"%s\": a value of 1 takes the singular unit "
				    "(use \"rate(1 %s)\")", s, units[i]);
			return -1;
		}
		if (n != 1 && !plural) {
			strbuf_addf(err, "\"%s\": a value above 1 takes the plural unit "
				    "(use \"rate(%ld %ss)\"; rate(1 %s) for a value of 1)", s, n,
				    units[i], units[i]);
			return -1;
		}
		return 0;
	}
	strbuf_addf(err, "\"%s\": the unit of rate() is minute(s), hour(s) or day(s) "
		    "(e.g. \"rate(5 minutes)\")", s);
	return -1;
}

/* at(yyyy-mm-ddThh:mm:ss), EventBridge Scheduler's one-time schedules. */
static int check_at(const char *s, const char *body, size_t blen, struct strbuf *err)
{
	char buf[64];
	if (blen >= sizeof(buf))
		blen = sizeof(buf) - 1;
	memcpy(buf, body, blen);
	buf[blen] = '\0';
	if (!matches(buf, "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T"
			  "([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$")) {
		strbuf_addf(err, "\"%s\": at() takes a date and time yyyy-mm-ddThh:mm:ss "
			    "(e.g. \"at(2026-12-31T23:00:00)\")", s);
		return -1;
	}
	return 0;
}

static int schedule(const json_t *v, enum dialect d, struct strbuf *err)
{
	static const char *const examples[] = {
		[EVENTS] = "rate(5 minutes)\", \"cron(0 2 * * ? *)",
		[SCHEDULER] = "rate(5 minutes)\", \"cron(0 2 * * ? *)\", "
			      "\"at(2026-12-31T23:00:00)",
		[GLUE] = "cron(15 2 * * ? *)",
	};
	static const char *const services[] = { [EVENTS] = "an EventBridge rule's schedule",
						[SCHEDULER] = "an EventBridge Scheduler schedule",
						[GLUE] = "a Glue schedule" };
	const char *s = json_string_value(v);
	if (!s)
		return 0;
	size_t n = strlen(s);
	const char *open = strchr(s, '(');
	if (open && n && s[n - 1] == ')') {
		const char *body = open + 1;
		size_t blen = (size_t)(s + n - 1 - body);
		size_t kw = (size_t)(open - s);
		if (kw == 4 && !strncmp(s, "cron", 4))
			return check_cron(s, body, blen, d == GLUE ? "cron(15 2 * * ? *)"
								   : "cron(0 2 * * ? *)", err);
		if (kw == 4 && !strncmp(s, "rate", 4) && d != GLUE)
			return check_rate(s, body, blen, err);
		if (kw == 2 && !strncmp(s, "at", 2) && d == SCHEDULER)
			return check_at(s, body, blen, err);
	}
	strbuf_addf(err, "\"%s\" is not %s: write \"%s\"", s, services[d], examples[d]);
	return -1;
}

int rule_events_schedule(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return schedule(v, EVENTS, err);
}

int rule_scheduler_schedule(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return schedule(v, SCHEDULER, err);
}

int rule_glue_schedule(const json_t *v, const json_t *r, struct strbuf *err)
{
	(void)r;
	return schedule(v, GLUE, err);
}

/* ---- times ------------------------------------------------------------------ */

/* A timestamp member given as text (Scheduler's StartDate, EndDate,
 * Lambda's StartingPositionTimestamp): an ISO 8601 time, as the AWS SDKs
 * send one (aws_parse_timestamp reads what they write). */
int rule_iso_time(const json_t *v, const json_t *r, struct strbuf *err)
{
	const char *s = value_known_string(v);
	time_t t;
	(void)r;
	if (!s || !aws_parse_timestamp(s, &t))
		return 0;
	strbuf_addf(err, "\"%s\" must be an ISO 8601 time like 2030-01-01T00:00:00Z", s);
	return -1;
}
