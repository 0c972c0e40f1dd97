/*
 * expr_func_time.c: the time functions, as Terraform's, on RFC 3339
 * timestamps ("2018-01-02T23:12:01Z", "...+05:30"): timeadd (a Go
 * duration: "1h30m", "-10m", "1.5h"), timecmp and formatdate (its
 * YYYY/MM/DD/hh/mm/ss/ZZZ... sequences and 'quoted' text). There is no
 * timestamp(): see docs/stack-language.md for why.
 */
#include "stacks/expr_func_lib.h"
#include "provider/provider.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct instant {
	long long secs;   /* since 1970-01-01T00:00:00Z */
	long nanos;
	int offset;       /* the zone's offset east of UTC, in seconds */
};

static int digits(const char *s, int n)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	return v;
}

static int days_in_month(int y, int m)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return m == 2 && leap ? 29 : days[m - 1];
}

/* s as RFC 3339; false when it is not. */
static bool parse_rfc3339(const char *s, struct instant *t)
{
	if (strlen(s) < 20 || s[4] != '-' || s[7] != '-' || (s[10] != 'T' && s[10] != 't') ||
	    s[13] != ':' || s[16] != ':')
		return false;
	int y = digits(s, 4), mo = digits(s + 5, 2), d = digits(s + 8, 2), h = digits(s + 11, 2),
	    mi = digits(s + 14, 2), se = digits(s + 17, 2);
	if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > days_in_month(y, mo) || h < 0 || h > 23 ||
	    mi < 0 || mi > 59 || se < 0 || se > 59)
		return false;
	const char *p = s + 19;
	long nanos = 0;
	if (*p == '.') {
		int n = 0;
		for (p++; *p >= '0' && *p <= '9'; p++, n++)
			if (n < 9)
				nanos = nanos * 10 + (*p - '0');
		if (!n)
			return false;
		for (; n < 9; n++)
			nanos *= 10;
	}
	int offset = 0;
	if (*p == 'Z' || *p == 'z') {
		p++;
	} else if ((*p == '+' || *p == '-') && p[3] == ':') {
		int oh = digits(p + 1, 2), om = digits(p + 4, 2);
		if (oh < 0 || oh > 23 || om < 0 || om > 59)
			return false;
		offset = (oh * 3600 + om * 60) * (*p == '-' ? -1 : 1);
		p += 6;
	} else {
		return false;
	}
	if (*p)
		return false;
	struct tm tm = { .tm_year = y - 1900, .tm_mon = mo - 1, .tm_mday = d, .tm_hour = h,
			 .tm_min = mi, .tm_sec = se };
	t->secs = (long long)timegm(&tm) - offset;
	t->nanos = nanos;
	t->offset = offset;
	return true;
}

static int time_arg(const struct func_args *a, size_t i, const char *name, struct instant *t,
		    struct strbuf *err)
{
	char *s = fn_text(a, i);
	bool ok = parse_rfc3339(s, t);
	free(s);
	if (ok)
		return 0;
	fn_bad_arg(err, name, i, "an RFC 3339 timestamp like \"2018-01-02T23:12:01Z\"", a->v[i],
		   a->secret);
	return -1;
}

/* The local time of t in its own zone. */
static void local_tm(const struct instant *t, struct tm *tm)
{
	time_t local = (time_t)(t->secs + t->offset);
	gmtime_r(&local, tm);
}

static void add_offset(struct strbuf *out, int offset, bool colon, bool z_for_utc)
{
	if (!offset && z_for_utc) {
		strbuf_addch(out, 'Z');
		return;
	}
	int m = abs(offset) / 60;
	strbuf_addf(out, "%c%02d%s%02d", offset < 0 ? '-' : '+', m / 60, colon ? ":" : "", m % 60);
}

static json_t *rfc3339_json(const struct instant *t)
{
	struct tm tm;
	local_tm(t, &tm);
	struct strbuf sb = STRBUF_INIT;
	strbuf_addf(&sb, "%04d-%02d-%02dT%02d:%02d:%02d", tm.tm_year + 1900, tm.tm_mon + 1,
		    tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
	add_offset(&sb, t->offset, true, true);
	json_t *out = json_stringn(sb.buf, sb.len);
	strbuf_release(&sb);
	return out;
}

/* A Go duration ("1h30m", "-1.5h", "300ms") in nanoseconds; false when s
 * is not one. */
static bool parse_duration(const char *s, long double *ns)
{
	static const struct { const char *unit; long double ns; } units[] = {
		{ "ns", 1 }, { "us", 1e3L }, { "\xC2\xB5s", 1e3L }, { "\xCE\xBCs", 1e3L },
		{ "ms", 1e6L }, { "s", 1e9L }, { "m", 60e9L }, { "h", 3600e9L },
	};
	long double total = 0;
	int sign = 1;
	if (*s == '-' || *s == '+')
		sign = *s++ == '-' ? -1 : 1;
	if (!strcmp(s, "0")) {
		*ns = 0;
		return true;
	}
	if (!*s)
		return false;
	while (*s) {
		char *end;
		if (!((*s >= '0' && *s <= '9') || *s == '.'))
			return false;
		long double v = strtold(s, &end);
		if (end == s)
			return false;
		s = end;
		size_t best = 0, best_len = 0;
		for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++) {
			size_t n = strlen(units[i].unit);
			if (!strncmp(s, units[i].unit, n) && n > best_len) {
				best = i;
				best_len = n;
			}
		}
		if (!best_len)
			return false;
		total += v * units[best].ns;
		s += best_len;
	}
	*ns = sign * total;
	return true;
}

json_t *fn_timeadd(const struct func_args *a, struct strbuf *err)
{
	struct instant t;
	if (time_arg(a, 0, "timeadd", &t, err) < 0)
		return NULL;
	char *d = fn_text(a, 1);
	long double ns;
	bool ok = parse_duration(d, &ns);
	free(d);
	if (!ok) {
		fn_bad_arg(err, "timeadd", 1, "a duration like \"1h30m\", \"-10m\" or \"2.5s\" "
			   "(units h, m, s, ms, us, ns)", a->v[1], a->secret);
		return NULL;
	}
	long double total = (long double)t.secs * 1e9L + t.nanos + ns;
	long double secs = floorl(total / 1e9L);
	t.secs = (long long)secs;
	t.nanos = (long)(total - secs * 1e9L);
	return rfc3339_json(&t);
}

/* timecmp(a, b): -1, 0 or 1 as a is before, at or after b. */
json_t *fn_timecmp(const struct func_args *a, struct strbuf *err)
{
	struct instant x, y;
	if (time_arg(a, 0, "timecmp", &x, err) < 0 || time_arg(a, 1, "timecmp", &y, err) < 0)
		return NULL;
	if (x.secs != y.secs)
		return json_integer(x.secs < y.secs ? -1 : 1);
	return json_integer(x.nanos < y.nanos ? -1 : x.nanos > y.nanos);
}

static const char *const month_names[] = { "January", "February", "March", "April", "May",
					   "June", "July", "August", "September", "October",
					   "November", "December" };
static const char *const day_names[] = { "Sunday", "Monday", "Tuesday", "Wednesday",
					 "Thursday", "Friday", "Saturday" };

/* One run of n letters c of the spec; -1 with err set when it means
 * nothing. */
static int format_verb(struct strbuf *out, char c, size_t n, const struct tm *tm,
		       const struct instant *t, struct strbuf *err)
{
	int hour12 = tm->tm_hour % 12 ? tm->tm_hour % 12 : 12;
	switch (c) {
	case 'Y':
		if (n == 4) {
			strbuf_addf(out, "%04d", tm->tm_year + 1900);
			return 0;
		}
		if (n == 2) {
			strbuf_addf(out, "%02d", (tm->tm_year + 1900) % 100);
			return 0;
		}
		break;
	case 'M':
		if (n <= 2) {
			strbuf_addf(out, n == 2 ? "%02d" : "%d", tm->tm_mon + 1);
			return 0;
		}
		if (n <= 4) {
			strbuf_addf(out, "%.*s", n == 3 ? 3 : 20, month_names[tm->tm_mon]);
			return 0;
		}
		break;
	case 'D':
		if (n <= 2) {
			strbuf_addf(out, n == 2 ? "%02d" : "%d", tm->tm_mday);
			return 0;
		}
		break;
	case 'E':
		if (n == 3 || n == 4) {
			strbuf_addf(out, "%.*s", n == 3 ? 3 : 20, day_names[tm->tm_wday]);
			return 0;
		}
		break;
	case 'h': case 'H': case 'm': case 's':
		if (n <= 2) {
			int v = c == 'h' ? tm->tm_hour : c == 'H' ? hour12 : c == 'm' ? tm->tm_min :
				tm->tm_sec;
			strbuf_addf(out, n == 2 ? "%02d" : "%d", v);
			return 0;
		}
		break;
	case 'A': case 'a':
		if (n == 2) {
			bool pm = tm->tm_hour >= 12;
			strbuf_addstr(out, c == 'A' ? (pm ? "PM" : "AM") : (pm ? "pm" : "am"));
			return 0;
		}
		break;
	case 'Z':
		if (n == 1 || n == 5) {
			add_offset(out, t->offset, true, n == 1);
			return 0;
		}
		if (n == 3 && !t->offset) {
			strbuf_addstr(out, "UTC");
			return 0;
		}
		if (n == 3 || n == 4) {
			add_offset(out, t->offset, false, false);
			return 0;
		}
		break;
	}
	strbuf_addstr(err, "formatdate: \"");
	for (size_t i = 0; i < n; i++)
		strbuf_addch(err, c);
	strbuf_addstr(err, "\" in the format means nothing (the sequences: YYYY YY MMMM MMM MM M "
		      "DD D EEEE EEE hh h HH H mm m ss s AA aa ZZZZZ ZZZZ ZZZ Z; quote text as "
		      "'text')");
	return -1;
}

/* formatdate(spec, timestamp): the time written by spec (letters are
 * sequences, 'text' is literal, '' a quote, anything else is kept). */
json_t *fn_formatdate(const struct func_args *a, struct strbuf *err)
{
	struct instant t;
	if (time_arg(a, 1, "formatdate", &t, err) < 0)
		return NULL;
	struct tm tm;
	local_tm(&t, &tm);
	char *spec = fn_text(a, 0);
	struct strbuf out = STRBUF_INIT;
	json_t *result = NULL;
	for (const char *p = spec; *p;) {
		if (*p == '\'') {
			p++;
			if (*p == '\'') {
				strbuf_addch(&out, '\'');
				p++;
				continue;
			}
			for (;; p++) {
				if (!*p) {
					strbuf_addstr(err, "formatdate: a quoted text in the format is not closed");
					goto done;
				}
				if (*p == '\'' && p[1] == '\'') {
					strbuf_addch(&out, '\'');
					p++;
				} else if (*p == '\'') {
					p++;
					break;
				} else {
					strbuf_addch(&out, *p);
				}
			}
			continue;
		}
		if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')) {
			size_t n = 1;
			while (p[n] == *p)
				n++;
			if (format_verb(&out, *p, n, &tm, &t, err) < 0)
				goto done;
			p += n;
			continue;
		}
		strbuf_addch(&out, *p++);
	}
	result = json_stringn(out.buf, out.len);
done:
	strbuf_release(&out);
	free(spec);
	return result;
}
