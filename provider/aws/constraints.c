/*
 * constraints.c: the check of the constraints the AWS service models put on
 * request members (constraints.gen.c, generated from constraints.map), on
 * the attributes of a resource as written or as evaluated.
 */
#include "provider/aws/constraints.h"

#include <math.h>
#include <string.h>

#include "provider/aws/rules.h"

/* Characters, not bytes: the models count UTF-8 text in characters. */
static size_t utf8_length(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			n++;
	return n;
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
		if (!outside(c, (double)utf8_length(json_string_value(v))))
			return 0;
		strbuf_addf(err, "%zu characters, where AWS takes ", utf8_length(json_string_value(v)));
		range_text(c, " characters", err);
		strbuf_addf(err, " (%s)", c->source);
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
