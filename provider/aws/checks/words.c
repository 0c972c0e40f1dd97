/*
 * checks/words.c: the words rows (kind 'w', checks/row.h): what AWS's
 * documentation of a request member says ("This parameter is required when
 * the ClusterType parameter is specified as multi-node"), as conditions on
 * the resource's own values and its region, judged on the request the row
 * is about (a create, an update, any), each message quoting AWS's sentence
 * and naming its document. The ledger of which sentence each row holds is
 * checks/words/ (gen_words.py).
 */
#include "provider/aws/checks/words.h"

#include <math.h>
#include <regex.h>
#include <stdio.h>
#include <string.h>

#include "provider/aws/checks/rules.h"
#include "provider/base/text.h"

/* The value at dotted path `path` of attrs: NULL when absent (or a block
 * on the way is absent or null); *unknown when something on the way is
 * not known yet. */
static const json_t *value_at(const json_t *attrs, const char *path, bool *unknown)
{
	const json_t *v = attrs;
	char key[128];

	while (*path) {
		size_t n = strcspn(path, ".");
		if (aws_rule_unknown(v)) {
			*unknown = true;
			return NULL;
		}
		if (!json_is_object(v) || n >= sizeof(key))
			return NULL;
		memcpy(key, path, n);
		key[n] = '\0';
		v = json_object_get(v, key);
		if (!v || json_is_null(v))
			return NULL;
		path += n + (path[n] == '.');
	}
	if (aws_rule_contains_unknown(v))
		*unknown = true;
	return v;
}

/* A scalar's text as the words of a row name it: "io1", "3", "true". */
static bool scalar_text(const json_t *v, char *buf, size_t size)
{
	if (json_is_string(v))
		snprintf(buf, size, "%s", json_string_value(v));
	else if (json_is_number(v))
		snprintf(buf, size, "%.15g", json_number_value(v));
	else if (json_is_boolean(v))
		snprintf(buf, size, "%s", json_is_true(v) ? "true" : "false");
	else
		return false;
	return true;
}

/* A number, or a number written as text ("100"). */
static bool number_of(const json_t *v, double *d)
{
	char *end = NULL;
	if (json_is_number(v)) {
		*d = json_number_value(v);
		return true;
	}
	if (!json_is_string(v) || !*json_string_value(v))
		return false;
	*d = strtod(json_string_value(v), &end);
	return !*end;
}

/* Whether text has a match of POSIX extended regular expression ere (a
 * row's own, which compiles: an expression that does not is no match). */
static bool matches(const char *text, const char *ere)
{
	regex_t re;
	bool found;

	if (regcomp(&re, ere, REG_EXTENDED | REG_NOSUB))
		return false;
	found = !regexec(&re, text, 0, NULL, 0);
	regfree(&re);
	return found;
}

static bool one_of(const char *text, const char *const *words)
{
	for (; *words; words++)
		if (!strcmp(*words, text))
			return true;
	return false;
}

/* Whether a list has an item that is one of words (a scalar: is one). */
static bool has_one_of(const json_t *v, const char *const *words)
{
	char text[256];
	const json_t *item;
	size_t i;

	if (!json_is_array(v))
		return scalar_text(v, text, sizeof(text)) && one_of(text, words);
	json_array_foreach(v, i, item)
		if (scalar_text(item, text, sizeof(text)) && one_of(text, words))
			return true;
	return false;
}

static bool ends_with_one_of(const char *text, const char *const *words)
{
	size_t n = strlen(text);

	for (; *words; words++)
		if (strlen(*words) <= n && !strcmp(text + n - strlen(*words), *words))
			return true;
	return false;
}

/* Whether condition c holds: 1, 0, or -1 when it cannot be told yet (a
 * value not known, a region not known). A condition on a value (all but
 * SET, UNSET and REGION) holds of a value it cannot judge (absent, or not
 * of its kind) as a requirement (`then`: what is not sent breaks nothing),
 * never as a premise (`when`: AWS's default is not known here). */
static int holds(const struct aws_cond *c, const json_t *attrs, const char *region, bool then)
{
	bool unknown = false;
	const json_t *v = c->op == AWS_COND_REGION ? NULL : value_at(attrs, c->attr, &unknown);
	const json_t *o;
	char text[256];
	double d, other;

	if (unknown)
		return -1;
	switch (c->op) {
	case AWS_COND_END:
		return 1;
	case AWS_COND_SET:
		return v != NULL;
	case AWS_COND_UNSET:
		return v == NULL;
	case AWS_COND_REGION:
		return region ? one_of(region, c->words) : -1;
	default:
		break;
	}
	if (!v)
		return then;
	switch (c->op) {
	case AWS_COND_IS:
		return scalar_text(v, text, sizeof(text)) ? one_of(text, c->words) : then;
	case AWS_COND_IS_NOT:
		return scalar_text(v, text, sizeof(text)) ? !one_of(text, c->words) : then;
	case AWS_COND_IN:
		return number_of(v, &d) ? d >= c->min && d <= c->max : then;
	case AWS_COND_LEN_IN:
		if (!json_is_string(v) && !json_is_array(v))
			return then;
		d = json_is_string(v) ? (double)utf8_chars(json_string_value(v))
				      : (double)json_array_size(v);
		return d >= c->min && d <= c->max;
	case AWS_COND_AT_MOST:
		o = value_at(attrs, c->other, &unknown);
		if (unknown)
			return -1;
		return o && number_of(v, &d) && number_of(o, &other) ? d <= other : then;
	case AWS_COND_MULTIPLE:
		return number_of(v, &d) ? fmod(d, c->min) == 0 : then;
	case AWS_COND_HAS:
		return has_one_of(v, c->words);
	case AWS_COND_ENDS_WITH:
		return json_is_string(v) ? ends_with_one_of(json_string_value(v), c->words) : then;
	case AWS_COND_MATCHES:
	case AWS_COND_NOT_MATCHES:
		if (json_is_string(v)) /* whole, however long */
			return matches(json_string_value(v), c->words[0]) == (c->op == AWS_COND_MATCHES);
		if (!scalar_text(v, text, sizeof(text)))
			return then;
		return matches(text, c->words[0]) == (c->op == AWS_COND_MATCHES);
	default:
		return then;
	}
}

static void add_words(struct strbuf *out, const char *const *words, const char *one,
		      const char *many)
{
	strbuf_addstr(out, words[1] ? many : one);
	for (const char *const *w = words; *w; w++)
		strbuf_addf(out, "%s\"%s\"", w == words ? "" : ", ", *w);
}

/* Condition c as words: "storage_type is \"io1\"" (`must` false), or what
 * the attribute must be: "must be set" (`must` true, its attribute said by
 * the message's prefix). */
static void say(const struct aws_cond *c, bool must, struct strbuf *out)
{
	if (!must && c->op != AWS_COND_REGION)
		strbuf_addf(out, "%s ", c->attr);
	switch (c->op) {
	case AWS_COND_END:
		break;
	case AWS_COND_SET:
		strbuf_addstr(out, must ? "must be set" : "is set");
		break;
	case AWS_COND_UNSET:
		strbuf_addstr(out, must ? "must not be set" : "is not set");
		break;
	case AWS_COND_IS:
		add_words(out, c->words, must ? "must be " : "is ", must ? "must be one of " : "is one of ");
		break;
	case AWS_COND_IS_NOT:
		add_words(out, c->words, must ? "must not be " : "is not ",
			  must ? "must be none of " : "is none of ");
		break;
	case AWS_COND_IN:
		strbuf_addf(out, "%s %.15g to %.15g", must ? "must be" : "is", c->min, c->max);
		break;
	case AWS_COND_LEN_IN:
		strbuf_addf(out, "%s %.15g to %.15g long", must ? "must be" : "is", c->min, c->max);
		break;
	case AWS_COND_AT_MOST:
		strbuf_addf(out, "%s at most %s", must ? "must be" : "is", c->other);
		break;
	case AWS_COND_MULTIPLE:
		strbuf_addf(out, "%s a multiple of %.15g", must ? "must be" : "is", c->min);
		break;
	case AWS_COND_REGION:
		add_words(out, c->words, must ? "must be " : "the region is ",
			  must ? "must be one of " : "the region is one of ");
		break;
	case AWS_COND_HAS:
		add_words(out, c->words, must ? "must include " : "includes ",
			  must ? "must include one of " : "includes one of ");
		break;
	case AWS_COND_ENDS_WITH:
		add_words(out, c->words, must ? "must end with " : "ends with ",
			  must ? "must end with one of " : "ends with one of ");
		break;
	case AWS_COND_MATCHES:
		add_words(out, c->words, must ? "must match " : "matches ", NULL);
		break;
	case AWS_COND_NOT_MATCHES:
		add_words(out, c->words, must ? "must not match " : "does not match ", NULL);
		break;
	}
}

/* The value at fault, for the message: "storage_type is \"gp2\"". */
static void say_value(const struct aws_cond *c, const json_t *attrs, const char *region,
		      struct strbuf *out)
{
	bool unknown = false;
	const json_t *v;
	char text[256];

	if (c->op == AWS_COND_REGION) {
		strbuf_addf(out, "the region is \"%s\"", region);
		return;
	}
	v = value_at(attrs, c->attr, &unknown);
	if (!v)
		strbuf_addstr(out, "it is not set");
	else if (json_is_string(v))
		aws_constraint_quote(out, json_string_value(v));
	else if (scalar_text(v, text, sizeof(text)))
		strbuf_addstr(out, text);
	else if (json_is_array(v))
		strbuf_addf(out, "%zu items", json_array_size(v));
	else
		strbuf_addstr(out, "it is set");
}

int aws_words_check(const struct aws_check_row *row, const json_t *attrs, const char *region,
		    const char **attr, struct strbuf *err)
{
	const struct aws_cond *c;

	if (!aws_known_object(attrs))
		return 0;
	for (c = row->when; c && c->op != AWS_COND_END; c++)
		if (holds(c, attrs, region, false) != 1)
			return 0; /* not about this resource, or not known yet */
	for (c = row->then; c && c->op != AWS_COND_END; c++) {
		if (holds(c, attrs, region, true) != 0)
			continue;
		if (c->op != AWS_COND_REGION)
			strbuf_addf(err, "%s: ", c->attr);
		say_value(c, attrs, region, err);
		strbuf_addstr(err, ", but it ");
		say(c, true, err);
		for (const struct aws_cond *w = row->when; w && w->op != AWS_COND_END; w++) {
			strbuf_addstr(err, w == row->when ? " when " : " and ");
			say(w, false, err);
		}
		strbuf_addf(err, ": AWS says \"%s\" (%s)", row->words, row->source);
		if (attr)
			*attr = c->op == AWS_COND_REGION ? "" : c->attr;
		return -1;
	}
	return 0;
}

/* Whether two values are the same (both absent counts). */
static bool same(const json_t *a, const json_t *b)
{
	return (!a && !b) || (a && b && json_equal(a, b));
}

bool aws_words_judged(const struct aws_check_row *row, const json_t *attrs, const json_t *prior)
{
	switch (row->call) {
	case AWS_CALL_ANY:
		return true;
	case AWS_CALL_CREATE:
		return !prior;
	case AWS_CALL_UPDATE:
		if (!prior)
			return false;
		for (const struct aws_cond *c = row->then; c && c->op != AWS_COND_END; c++) {
			bool unknown = false;
			if (c->op != AWS_COND_REGION &&
			    !same(value_at(attrs, c->attr, &unknown), value_at(prior, c->attr, &unknown)))
				return true; /* the update sends it anew */
		}
		return false;
	}
	return true;
}
