/*
 * checks/known_text.c: what the text known of a value not known yet
 * decides (a string of text and a ${...}: value_known_affixes, its prefix
 * and suffix), for the words rows' conditions (aws_known_text_holds,
 * checks/words.c's) and the rows of checks/row.h the runner judges
 * (aws_known_text_check, checks/run_values.c's): only where that text
 * decides whatever the rest turns out to be; and the ERE match both use.
 */
#include "provider/aws/checks/known_text.h"

#include <regex.h>
#include <stdio.h>
#include <string.h>

#include "provider/aws/checks/checks.h"
#include "provider/aws/checks/rules.h"
#include "provider/base/text.h"

bool aws_ere_matches(const char *text, const char *ere)
{
	regex_t re;
	bool found;

	if (regcomp(&re, ere, REG_EXTENDED | REG_NOSUB))
		return false;
	found = !regexec(&re, text, 0, NULL, 0);
	regfree(&re);
	return found;
}

/* Whether a match of ERE pattern found in a part of a text is one in the
 * whole text: a match in its beginning stays one unless the pattern looks
 * at where the text ends or at a word's edge ($, \b, \B, \>, \'), a match
 * in its end unless it looks at where the text begins or a word's edge
 * (^, \b, \B, \<, \`). A "$" or "^" in a bracket counts too: the pattern
 * then decides nothing, never a wrong thing. */
static bool match_stays(const char *ere, bool at_start)
{
	if (strchr(ere, at_start ? '$' : '^'))
		return false;
	for (const char *e = ere; (e = strchr(e, '\\')) && e[1]; e += 2)
		if (strchr(at_start ? "bB>'" : "bB<`", e[1]))
			return false;
	return true;
}

/* Whether text could end with word, given that it ends with suffix. */
static bool may_end_with(const char *suffix, size_t n, const char *word)
{
	size_t w = strlen(word), k = w < n ? w : n;
	return !strncmp(suffix + n - k, word + w - k, k);
}

/* A condition on a string not known whole (text around a ${...}), judged
 * on what is known of it (value_known_affixes): 1 or 0 where the known text
 * decides (a prefix AWS keeps matches "^alias/aws/" whatever follows; a
 * name no item of a list begins with is none of them; known text over the
 * most characters), -1 where it does not. */
int aws_known_text_holds(const struct aws_cond *c, const json_t *v)
{
	struct strbuf prefix = STRBUF_INIT, suffix = STRBUF_INIT;
	int r = -1;

	if (!value_known_affixes(v, &prefix, &suffix))
		goto done;
	switch (c->op) {
	case AWS_COND_IS:
	case AWS_COND_IS_NOT: {
		bool may = false;
		for (const char *const *w = c->words; *w && !may; w++)
			may = value_text_may_be(&prefix, &suffix, *w);
		if (!may)
			r = c->op == AWS_COND_IS_NOT;
		break;
	}
	case AWS_COND_LEN_IN:
		if ((double)(utf8_chars(prefix.buf) + utf8_chars(suffix.buf)) > c->max)
			r = 0;
		break;
	case AWS_COND_ENDS_WITH: {
		bool may = false;
		for (const char *const *w = c->words; *w && r < 0; w++) {
			size_t n = strlen(*w);
			if (n <= suffix.len && !strcmp(suffix.buf + suffix.len - n, *w))
				r = 1;
			else if (may_end_with(suffix.buf, suffix.len, *w))
				may = true;
		}
		if (r < 0 && !may)
			r = 0;
		break;
	}
	case AWS_COND_MATCHES:
	case AWS_COND_NOT_MATCHES:
		if ((prefix.len && match_stays(c->words[0], true) && aws_ere_matches(prefix.buf, c->words[0])) ||
		    (suffix.len && match_stays(c->words[0], false) && aws_ere_matches(suffix.buf, c->words[0])))
			r = c->op == AWS_COND_MATCHES;
		break;
	default:
		break;
	}
done:
	strbuf_release(&prefix);
	strbuf_release(&suffix);
	return r;
}

/* The characters of known text t of a value against row c: a name's
 * ('c': ASCII letters, digits and c->chars), or an 's' row's pattern that
 * is one class repeated ("[a-zA-Z0-9._-]+", "[\\w.-]{1,128}": each
 * character must be of the class, tried alone, repeated as often as the
 * pattern's least). Any other pattern decides nothing on a part. */
static int check_known_characters(const struct aws_check_row *c, const struct strbuf *t,
				  struct strbuf *err)
{
	size_t least = 1;
	if (c->kind == 's') {
		const char *x = c->xsd, *close;
		if (x[0] != '[' || !(close = strchr(x + 2, ']')) || strchr(x + 1, '['))
			return 0;
		if (!strcmp(close + 1, "+") || !strcmp(close + 1, "*"))
			least = 1;
		else if (close[1] == '{' && sscanf(close + 2, "%zu", &least) == 1 && strchr(close, '}') &&
			 !strchr(close, '}')[1])
			least = least ? least : 1;
		else
			return 0;
	}
	for (size_t i = 0; i < t->len;) {
		size_t n = 1;
		unsigned char ch = (unsigned char)t->buf[i];
		while (i + n < t->len && ((unsigned char)t->buf[i + n] & 0xc0) == 0x80)
			n++; /* one character, whole */
		bool fits;
		if (c->kind == 'c') {
			fits = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
			       (ch >= '0' && ch <= '9') || (ch < 0x80 && ch && c->chars && strchr(c->chars, ch));
		} else {
			struct strbuf one = STRBUF_INIT;
			for (size_t k = 0; k < least && k < 256; k++)
				strbuf_add(&one, t->buf + i, n);
			fits = aws_constraint_matches(c, one.buf);
			strbuf_release(&one);
		}
		if (!fits) {
			strbuf_addstr(err, "text ");
			strbuf_add_safe(err, t->buf, t->len, TEXT_VALUE);
			strbuf_addstr(err, " around ${...} has ");
			strbuf_add_safe(err, t->buf + i, n, TEXT_VALUE);
			strbuf_addstr(err, ", which ");
			if (c->kind == 'c')
				strbuf_addf(err, "%s names do not use (ASCII letters, digits and %s; "
					    "e.g. \"%s\"; %s)", c->noun, c->chars, c->example, c->source);
			else
				strbuf_addf(err, "the pattern AWS takes, %s, does not (%s%s%s%s)", c->pattern,
					    c->example ? "e.g. \"" : "", c->example ? c->example : "",
					    c->example ? "\"; " : "", c->source);
			return -1;
		}
		i += n;
	}
	return 0;
}

/* A string not known whole against an 's' row, by the text known around
 * its ${...} (value_known_affixes): refused only where that text decides,
 * a list of names none of which begins and ends so, or more characters
 * than AWS takes whatever the rest is. */
int aws_known_text_check(const struct aws_check_row *c, const json_t *v, struct strbuf *err)
{
	struct strbuf prefix = STRBUF_INIT, suffix = STRBUF_INIT;
	int rc = 0;

	if ((c->kind != 's' && c->kind != 'c') || !value_known_affixes(v, &prefix, &suffix))
		goto done;
	if ((c->kind == 'c' || c->xsd) && (rc = check_known_characters(c, &prefix, err)) == 0)
		rc = check_known_characters(c, &suffix, err);
	if (rc)
		goto done;
	if (c->enums && !c->grows) {
		const char *const *e;
		for (e = c->enums; *e; e++)
			if (value_text_may_be(&prefix, &suffix, *e))
				break;
		if (!*e) {
			strbuf_addstr(err, "text beginning ");
			strbuf_add_safe(err, prefix.buf, prefix.len, TEXT_VALUE);
			strbuf_addstr(err, " and ending ");
			strbuf_add_safe(err, suffix.buf, suffix.len, TEXT_VALUE);
			strbuf_addstr(err, " is none of ");
			for (e = c->enums; *e; e++)
				strbuf_addf(err, "%s%s", e == c->enums ? "" : ", ", *e);
			strbuf_addf(err, ", whatever ${...} gives (e.g. \"%s\"; %s)", c->enums[0], c->source);
			rc = -1;
		}
	} else if (!c->enums && c->has_max &&
		   (double)(utf8_chars(prefix.buf) + utf8_chars(suffix.buf)) > c->max) {
		strbuf_addf(err, "at least %zu characters whatever ${...} gives, where AWS takes ",
			    utf8_chars(prefix.buf) + utf8_chars(suffix.buf));
		aws_constraint_range_text(c, " characters", err);
		strbuf_addf(err, " (%s)", c->source);
		rc = -1;
	}
done:
	strbuf_release(&prefix);
	strbuf_release(&suffix);
	return rc;
}
