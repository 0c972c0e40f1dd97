/*
 * checks/text.c: the words of the constraints' messages, below the
 * table's engine (checks/run_values.c) and the rule functions that reuse them
 * (an IAM inline policy's name): a value quoted, a row's range, and a name
 * checked against a 'c' row (its length, then its characters).
 */
#include "provider/aws/checks/row.h"

#include <string.h>

/* s in double quotes, its controls and quotes escaped, so a message shows
 * a newline in a value as \n. */
void aws_constraint_quote(struct strbuf *out, const char *s)
{
	strbuf_addch(out, '"');
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p == '"' || *p == '\\')
			strbuf_addf(out, "\\%c", *p);
		else if (*p == '\n')
			strbuf_addstr(out, "\\n");
		else if (*p == '\t')
			strbuf_addstr(out, "\\t");
		else if (*p == '\r')
			strbuf_addstr(out, "\\r");
		else if (*p < 0x20 || *p == 0x7f)
			strbuf_addf(out, "\\x%02x", *p);
		else
			strbuf_addch(out, (char)*p);
	}
	strbuf_addch(out, '"');
}

void aws_constraint_range_text(const struct aws_check_row *c, const char *unit, struct strbuf *err)
{
	size_t n = strlen(unit);
	if (c->has_min && c->has_max && c->min == 1 && c->max == 1 && n > 1 && unit[n - 1] == 's')
		strbuf_addf(err, "exactly 1%.*s", (int)(n - 1), unit); /* "exactly 1 item" */
	else if (c->has_min && c->has_max && c->min == c->max)
		strbuf_addf(err, "exactly %.15g%s", c->min, unit);
	else if (c->has_min && c->has_max)
		strbuf_addf(err, "%.15g to %.15g%s", c->min, c->max, unit);
	else if (c->has_min)
		strbuf_addf(err, "at least %.15g%s", c->min, unit);
	else
		strbuf_addf(err, "at most %.15g%s", c->max, unit);
}

bool aws_constraint_outside(const struct aws_check_row *c, double v)
{
	return (c->has_min && v < c->min) || (c->has_max && v > c->max);
}

int aws_constraint_check_name(const struct aws_check_row *c, const char *s, struct strbuf *err)
{
	size_t n = strlen(s);

	if ((c->has_min || c->has_max) && aws_constraint_outside(c, (double)n)) {
		aws_constraint_quote(err, s);
		strbuf_addf(err, " has %zu characters: %s names have ", n, c->noun);
		aws_constraint_range_text(c, "", err);
		strbuf_addf(err, " (e.g. \"%s\"; %s)", c->example, c->source);
		return -1;
	}
	for (const char *p = s; *p; p++) {
		unsigned char ch = (unsigned char)*p;

		if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
		    (ch < 0x80 && strchr(c->chars, ch)))
			continue;
		aws_constraint_quote(err, s);
		if (ch >= 0x80)
			strbuf_addstr(err, " has a character outside ASCII");
		else if (ch < 0x20 || ch == 0x7f)
			strbuf_addstr(err, " has a control character");
		else
			strbuf_addf(err, " has '%c'", ch);
		strbuf_addf(err, ": %s names use only ASCII letters, digits and", c->noun);
		for (const char *x = c->chars; *x; x++)
			strbuf_addf(err, " %c", *x);
		strbuf_addf(err, " (e.g. \"%s\"; %s)", c->example, c->source);
		return -1;
	}
	return 0;
}

