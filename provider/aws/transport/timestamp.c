/*
 * timestamp.c: the times AWS answers with, as time_t: ISO 8601 text
 * (aws_parse_timestamp: "2024-05-01T12:00:00Z", with fractions and offsets)
 * and JSON's epoch seconds or text (aws_time_of). A leaf: the credential
 * sources, the protocols and multipart uploads all read times. (The
 * client's deadlines and its notes of what it made are measured on
 * provider/base/clock.h's monotonic_seconds.)
 */
#include "provider/aws/transport/client.h"

#include <ctype.h>
#include <time.h>

static bool read_digits(const char **s, int n, int *out)
{
	int v = 0;

	for (int i = 0; i < n; i++, (*s)++) {
		if (!isdigit((unsigned char)**s))
			return false;
		v = v * 10 + (**s - '0');
	}
	*out = v;
	return true;
}

int aws_parse_timestamp(const char *text, time_t *out)
{
	struct tm tm = { 0 };
	const char *s = text;
	int year, mon, day, hour = 0, min = 0, sec = 0, off = 0;

	if (!read_digits(&s, 4, &year) || *s++ != '-' || !read_digits(&s, 2, &mon) ||
	    *s++ != '-' || !read_digits(&s, 2, &day))
		return -1;
	if (*s == 'T' || *s == 't' || *s == ' ') {
		s++;
		if (!read_digits(&s, 2, &hour) || *s++ != ':' || !read_digits(&s, 2, &min))
			return -1;
		if (*s == ':') {
			s++;
			if (!read_digits(&s, 2, &sec))
				return -1;
			if (*s == '.')
				for (s++; isdigit((unsigned char)*s); s++)
					;
		}
		if (*s == 'Z' || *s == 'z') {
			s++;
		} else if (*s == '+' || *s == '-') {
			int sign = *s++ == '-' ? -1 : 1, oh, om;

			if (!read_digits(&s, 2, &oh))
				return -1;
			if (*s == ':')
				s++;
			if (!read_digits(&s, 2, &om))
				return -1;
			off = sign * (oh * 3600 + om * 60);
		}
	}
	if (*s || mon < 1 || mon > 12 || day < 1 || day > 31 || hour > 23 || min > 59 || sec > 60)
		return -1;
	tm.tm_year = year - 1900;
	tm.tm_mon = mon - 1;
	tm.tm_mday = day;
	tm.tm_hour = hour;
	tm.tm_min = min;
	tm.tm_sec = sec;
	*out = timegm(&tm) - off;
	return 0;
}

time_t aws_time_of(const json_t *v)
{
	time_t t;

	if (json_is_number(v) && json_number_value(v) > 0)
		return (time_t)json_number_value(v);
	if (json_is_string(v) && aws_parse_timestamp(json_string_value(v), &t) == 0)
		return t;
	return 0;
}

