/*
 * yaml_plain.c: the one rule of a plain scalar (yaml_plain.h). The text is
 * put where it would be written and given to libyaml's parser: plain only
 * when the parser gives back one plain scalar of the same bytes there, and
 * the bytes are none a YAML 1.1 or 1.2 reader takes for a boolean, a null,
 * a number, a time or a merge, and no character of them acts instead of
 * showing (a tab, a bidi control: text.h's, what messages escape). It needs libyaml alone, so that the reader's
 * hints (stacks/yaml_hint.c, below stacks/yaml.c) and the writer share it.
 */
#include "stacks/yaml_plain.h"
#include "provider/base/strbuf.h"
#include "provider/base/text.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>
#include <yaml.h>

/* A plain scalar a YAML 1.1 or 1.2 reader may resolve to something else
 * than a string: the booleans (y, yes, on, ... in any case), null, the
 * merge key and the value key, infinity and not-a-number, and what may read
 * as a number or a time: a digit first (after a sign or a dot), and only
 * what numbers and times are made of (0x1F, 1e3, 1_000, 1:20, 2024-01-02,
 * 2024-01-02 10:00:00Z). "10.0.0.0/16" is none of them. */
static bool yaml11_special(const char *s, size_t n)
{
	static const char *const words[] = { "y",    "n",     "yes",   "no",    "on",
					     "off",  "true",  "false", "null",  "~",
					     "<<",   "=",     ".inf",  "-.inf", "+.inf",
					     ".nan" };
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strlen(words[i]) == n && !strncasecmp(s, words[i], n))
			return true;
	size_t i = n && strchr("-+.", s[0]) ? 1 : 0;
	i += i < n && s[i] == '.';
	if (i >= n || !isdigit((unsigned char)s[i]))
		return false;
	for (; i < n; i++)
		if (!s[i] || !strchr("0123456789abcdefABCDEFxXoO_.:+- tTzZ", s[i]))
			return false;
	return true;
}

/* The scalars of doc in the parser's order: whether the one at index want
 * is a plain scalar of s's bytes and there are exactly count of them, with
 * no error on the way. */
static bool parses_to(const char *doc, size_t len, int want, int count, const char *s, size_t n)
{
	yaml_parser_t parser;
	yaml_event_t ev;
	if (!yaml_parser_initialize(&parser))
		return false;
	yaml_parser_set_input_string(&parser, (const unsigned char *)doc, len);
	int seen = 0;
	bool same = false, done = false, ok = true;
	while (ok && !done) {
		if (!yaml_parser_parse(&parser, &ev)) {
			ok = false;
			break;
		}
		if (ev.type == YAML_SCALAR_EVENT) {
			if (seen == want)
				same = ev.data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
				       ev.data.scalar.length == n && !ev.data.scalar.tag &&
				       !memcmp(ev.data.scalar.value, s, n);
			seen++;
		}
		ok = ev.type != YAML_ALIAS_EVENT;
		done = ev.type == YAML_STREAM_END_EVENT;
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&parser);
	return ok && same && seen == count;
}

bool yaml_plain_reads_back(const char *s, size_t n, enum yaml_plain_place where)
{
	/* a tab or a bidi control libyaml reads plain: other readers refuse
	 * the one (PyYAML), a reviewer does not see the other */
	if (!n || strlen(s) < n || yaml11_special(s, n) || text_holds_acting(s, n, ""))
		return false;
	struct strbuf doc = STRBUF_INIT;
	int want = 1;
	switch (where) {
	case YAML_PLAIN_VALUE:
		strbuf_addf(&doc, "k: %.*s\n", (int)n, s);
		break;
	case YAML_PLAIN_KEY:
		strbuf_addf(&doc, "%.*s: x\n", (int)n, s);
		want = 0;
		break;
	case YAML_PLAIN_IN_FLOW:
		strbuf_addf(&doc, "k: [%.*s]\n", (int)n, s);
		break;
	}
	bool same = parses_to(doc.buf, doc.len, want, 2, s, n);
	strbuf_release(&doc);
	return same;
}
