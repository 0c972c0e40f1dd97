/*
 * checks/shared.h: small helpers the rules of every service share
 * (rules.c, <service>/rules.c): a known number, a UTF-8 length, prefixes
 * and suffixes, an extended regular expression, a JSON document given as
 * text or as a value (a policy, a state machine's definition), whether an
 * attribute is set, a list as known now. Static inline, so each rules file
 * has its own.
 */
#ifndef TERRACE_AWS_RULES_SHARED_H
#define TERRACE_AWS_RULES_SHARED_H

#include <jansson.h>
#include <regex.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "provider/provider.h"

/* ---- small helpers ------------------------------------------------------- */

/* A known number (a JSON number, or a string of one as YAML may leave it):
 * 1 with *out, 0 when it is not known or not a number. */
static inline int known_number(const json_t *v, double *out)
{
	if (json_is_number(v)) {
		*out = json_number_value(v);
		return 1;
	}
	if (json_is_string(v) && !value_not_known(v)) {
		const char *s = json_string_value(v);
		char *end;
		double d = strtod(s, &end);
		if (*s && !*end) {
			*out = d;
			return 1;
		}
	}
	return 0;
}

/* Characters (UTF-8 code points) of s. */
static inline size_t utf8_length(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			n++;
	return n;
}

static inline bool has_prefix(const char *s, const char *prefix)
{
	return !strncmp(s, prefix, strlen(prefix));
}

static inline bool has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);
	return n >= m && !strcmp(s + n - m, suffix);
}

/* s matches the extended regular expression re (anchored by the caller). */
static inline bool matches(const char *s, const char *re)
{
	regex_t rx;
	if (regcomp(&rx, re, REG_EXTENDED | REG_NOSUB))
		return false;
	bool ok = !regexec(&rx, s, 0, NULL, 0);
	regfree(&rx);
	return ok;
}

/* Set: written (a template counts: it will be a value) or known. */
static inline bool is_set(const json_t *o, const char *name)
{
	return value_known_object(o) && value_is_set(json_object_get(o, name));
}

/* Set for certain (value_set_ness): a value, text around a ${...}, what
 * every made object has (an id, an ARN); not a ${...} alone (a variable,
 * a local, a module's `C ? x : null`), which plan may find null, nor
 * plan's unknown of what a made object may leave out. A rule that refuses
 * two things set together asks this of both; one that needs a thing set
 * asks is_set. */
static inline bool surely_set(const json_t *o, const char *name)
{
	return value_known_object(o) && value_set_ness(json_object_get(o, name)) > 0;
}

/* A list as known now: NULL when it is not written or not known yet. */
static inline const json_t *known_list(const json_t *o, const char *name)
{
	const json_t *v = value_known_object(o) ? json_object_get(o, name) : NULL;
	return json_is_array(v) && !value_not_known(v) ? v : NULL;
}

/* The document as JSON: an object, a JSON string parsed, or NULL when it
 * is not known yet or not JSON (the schema's own check reports that). *own
 * is set when the result is a new reference. */
static inline json_t *policy_json(const json_t *v, bool *own)
{
	*own = false;
	if (json_is_object(v))
		return (json_t *)v;
	if (!json_is_string(v))
		return NULL;
	json_t *doc = json_loads(json_string_value(v), 0, NULL);
	if (!doc)
		return NULL;
	*own = true;
	return doc;
}

#endif
