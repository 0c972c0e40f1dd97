/*
 * constraints.c: the check of the constraints the AWS service models put on
 * request members (constraints.gen.c, generated from constraints.map), on
 * the attributes of a resource as written or as evaluated.
 */
#include "provider/aws/constraints.h"

#include <libxml/xmlregexp.h>
#include <math.h>
#include <pthread.h>
#include <string.h>

#include "provider/aws/rules.h"

/* The patterns, compiled by libxml2 once, on first use, for the whole
 * process (the executor's threads check at apply); an XML Schema regular
 * expression matches the whole value, as AWS matches the model's. */
static xmlRegexpPtr *compiled;
static pthread_once_t compile_once = PTHREAD_ONCE_INIT;

static void compile_patterns(void)
{
	size_t n = 0;

	while (aws_constraints[n].type)
		n++;
	compiled = calloc(n + 1, sizeof(*compiled));
	for (size_t i = 0; compiled && i < n; i++)
		if (aws_constraints[i].xsd)
			compiled[i] = xmlRegexpCompile((const xmlChar *)aws_constraints[i].xsd);
}

bool aws_constraint_xml_text(const char *value)
{
	for (const unsigned char *p = (const unsigned char *)value; *p; p++) {
		if (*p < 0x20 && *p != '\t' && *p != '\n' && *p != '\r')
			return false;
		if (p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF))
			return false; /* U+FFFE, U+FFFF */
	}
	return true;
}

bool aws_constraint_matches(const struct aws_constraint *c, const char *value)
{
	if (!c->xsd || !aws_constraint_xml_text(value))
		return true;
	pthread_once(&compile_once, compile_patterns);
	/* Not compiled (out of memory, or libxml2 refused what the generator
	 * wrote, which test_constraints catches): not refused here. */
	xmlRegexpPtr re = compiled ? compiled[c - aws_constraints] : NULL;
	return !re || xmlRegexpExec(re, (const xmlChar *)value) == 1;
}

/* Characters, not bytes: the models count UTF-8 text in characters. */
static size_t utf8_length(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			n++;
	return n;
}

/* s in double quotes, its controls and quotes escaped, so a message shows
 * a newline in a value as \n. */
static void add_quoted(struct strbuf *out, const char *s)
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

static void range_text(const struct aws_constraint *c, const char *unit, struct strbuf *err)
{
	if (c->has_min && c->has_max && c->min == c->max)
		strbuf_addf(err, "exactly %.15g%s", c->min, unit);
	else if (c->has_min && c->has_max)
		strbuf_addf(err, "%.15g to %.15g%s", c->min, c->max, unit);
	else if (c->has_min)
		strbuf_addf(err, "at least %.15g%s", c->min, unit);
	else
		strbuf_addf(err, "at most %.15g%s", c->max, unit);
}

static bool outside(const struct aws_constraint *c, double v)
{
	return (c->has_min && v < c->min) || (c->has_max && v > c->max);
}

/* One value against one constraint; -1 with the message (no attribute). */
static int check_value(const struct aws_constraint *c, const json_t *v, struct strbuf *err)
{
	if (aws_rule_unknown(v) || json_is_null(v))
		return 0;
	switch (c->kind) {
	case 's':
		if (!json_is_string(v))
			return 0;
		if (c->enums) {
			for (const char *const *e = c->enums; *e; e++)
				if (!strcmp(*e, json_string_value(v)))
					return 0;
			strbuf_addf(err, "\"%s\" is not one of ", json_string_value(v));
			for (const char *const *e = c->enums; *e; e++)
				strbuf_addf(err, "%s%s", e == c->enums ? "" : ", ", *e);
			strbuf_addf(err, " (e.g. \"%s\"; %s)", c->enums[0], c->source);
			return -1;
		}
		if ((c->has_min || c->has_max) && outside(c, (double)utf8_length(json_string_value(v)))) {
			strbuf_addf(err, "%zu characters, where AWS takes ",
				    utf8_length(json_string_value(v)));
			range_text(c, " characters", err);
			strbuf_addf(err, " (%s)", c->source);
			return -1;
		}
		if (aws_constraint_matches(c, json_string_value(v)))
			return 0;
		add_quoted(err, json_string_value(v));
		strbuf_addf(err, " does not match the pattern AWS takes, %s (", c->pattern);
		if (c->example)
			strbuf_addf(err, "e.g. \"%s\"; ", c->example);
		strbuf_addf(err, "%s)", c->source);
		return -1;
	case 'n':
		if (!json_is_number(v) || !outside(c, json_number_value(v)))
			return 0;
		strbuf_addf(err, "%.15g, where AWS takes ", json_number_value(v));
		range_text(c, "", err);
		strbuf_addf(err, " (e.g. %.15g; %s)", c->has_min ? c->min : c->max, c->source);
		return -1;
	case 'l':
		if (!json_is_array(v) || !outside(c, (double)json_array_size(v)))
			return 0;
		strbuf_addf(err, "%zu items, where AWS takes ", json_array_size(v));
		range_text(c, " items", err);
		strbuf_addf(err, " (%s)", c->source);
		return -1;
	}
	return 0;
}

int aws_constraints_check(const char *type, const json_t *attrs, const char **attr,
			  struct strbuf *err)
{
	struct strbuf why = STRBUF_INIT;

	for (const struct aws_constraint *c = aws_constraints; c->type; c++) {
		if (strcmp(c->type, type))
			continue;
		const json_t *v = json_object_get(attrs, c->attr);
		if (!v)
			continue;
		if (c->each && json_is_array(v)) {
			size_t i;
			const json_t *item;
			json_array_foreach(v, i, item) {
				if (check_value(c, item, &why)) {
					strbuf_addf(err, "%s[%zu]: %s", c->attr, i, why.buf);
					goto fail;
				}
			}
			continue;
		}
		/* A single value standing for a list of one is checked as an element. */
		if ((c->each || c->kind != 'l' || json_is_array(v)) && check_value(c, v, &why)) {
			strbuf_addf(err, "%s: %s", c->attr, why.buf);
			goto fail;
		}
		continue;
fail:
		if (attr)
			*attr = c->attr; /* static: the error takes the attribute's position */
		strbuf_release(&why);
		return -1;
	}
	strbuf_release(&why);
	return 0;
}
