/*
 * yaml_hint.c: hints for libyaml's syntax errors (see yaml_hint.h). One
 * table maps each message libyaml gives to the functions that look for its
 * usual causes in the text, each naming the line and column of the cause
 * and how to write it; the first that recognises one gives the hint.
 */
#include "stacks/yaml_hint.h"
#include "stacks/yaml_plain.h"
#include "provider/base/strbuf.h"

#include <stdbool.h>
#include <string.h>

/* One line of the text. */
struct line {
	const char *s;
	size_t len;
	int number; /* 1-based */
};

/* Line `number` (1-based), without its newline; false past the end. */
static bool text_line(const char *text, size_t len, int number, struct line *out)
{
	const char *p = text, *end = text + len;
	for (int i = 1; i < number && p < end; i++) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		if (!nl)
			return false;
		p = nl + 1;
	}
	if (number < 1 || p > end || (p == end && number > 1))
		return false;
	const char *nl = memchr(p, '\n', (size_t)(end - p));
	out->s = p;
	out->len = nl ? (size_t)(nl - p) : (size_t)(end - p);
	out->number = number;
	return true;
}

/* The column (1-based, in characters as libyaml counts) of byte i of l. */
static int col_of(const struct line *l, size_t i)
{
	int col = 1;
	for (size_t k = 0; k < i && k < l->len; k++)
		if (((unsigned char)l->s[k] & 0xC0) != 0x80)
			col++;
	return col;
}

static size_t indent_of(const struct line *l)
{
	size_t i = 0;
	while (i < l->len && (l->s[i] == ' ' || l->s[i] == '-'))
		i++;
	return i;
}

static bool blank_or_comment(const char *s, size_t len)
{
	size_t i = 0;
	while (i < len && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i == len || s[i] == '#';
}

/* The nearest line above `number` that holds more than white space or a
 * comment. */
static bool line_above(const char *text, size_t len, int number, struct line *out)
{
	for (int n = number - 1; n > 0; n--)
		if (text_line(text, len, n, out) && !blank_or_comment(out->s, out->len))
			return true;
	return false;
}

static bool in_flow(const struct yaml_problem *p)
{
	return p->context && strstr(p->context, "flow");
}

/* ---- a quoted string ended by a quote inside it -------------------------- */

/* Whether a quote at byte i of l opens a string: it starts the value (after
 * "key: ", "- ", "[", "{", ",") or the line. */
static bool opens_value(const struct line *l, size_t i)
{
	size_t k = i;
	while (k > 0 && l->s[k - 1] == ' ')
		k--;
	if (!k)
		return true;
	char before = l->s[k - 1];
	return strchr("[{,", before) || ((before == ':' || before == '-') && k < i);
}

/* The byte of the quote that closes the string opened at byte open (q: its
 * quote character), or len when it does not close on this line. */
static size_t closing_quote(const struct line *l, size_t open)
{
	char q = l->s[open];
	for (size_t j = open + 1; j < l->len; j++) {
		if (q == '"' && l->s[j] == '\\')
			j++;
		else if (q == '\'' && l->s[j] == '\'' && j + 1 < l->len && l->s[j + 1] == '\'')
			j++;
		else if (l->s[j] == q)
			return j;
	}
	return l->len;
}

/* Whether what follows byte i (white space skipped) may follow a value:
 * the end of the line, a comment, ",", "]", "}" or ":". */
static bool value_may_end(const struct line *l, size_t i)
{
	size_t k = i;
	while (k < l->len && l->s[k] == ' ')
		k++;
	return k == l->len || strchr(",]}:", l->s[k]) || (l->s[k] == '#' && k > i);
}

/* Whether s (n bytes) holds a "${" that no "}" after it closes: an
 * expression cut short. The byte of its "$" in *at. */
static bool open_interpolation(const char *s, size_t n, size_t *at)
{
	for (size_t i = 0; i + 1 < n; i++) {
		if (s[i] != '$' || s[i + 1] != '{')
			continue;
		int depth = 0;
		size_t k;
		for (k = i + 1; k < n; k++) {
			depth += s[k] == '{' ? 1 : s[k] == '}' ? -1 : 0;
			if (!depth)
				break;
		}
		if (k == n) {
			*at = i;
			return true;
		}
		i = k;
	}
	return false;
}

/* The quote closing the value the writer meant, from the string opened at
 * byte open whose quote at byte cut ended it too early: past the "${...}"
 * cut short (its braces counted), the first quote of the kind that a value
 * may end at; len when none. */
static size_t meant_end(const struct line *l, size_t open, size_t cut)
{
	size_t from = cut + 1, dollar;
	if (open_interpolation(l->s + open + 1, cut - open - 1, &dollar)) {
		int depth = 0;
		for (from = open + 1 + dollar + 1; from < l->len; from++) {
			depth += l->s[from] == '{' ? 1 : l->s[from] == '}' ? -1 : 0;
			if (!depth)
				break;
		}
	}
	for (size_t j = from; j < l->len; j++)
		if (l->s[j] == l->s[open] && value_may_end(l, j + 1))
			return j;
	return l->len;
}

/* Whether a "[" or "{" before byte i of l is still open there: a flow
 * collection holds what is at i. */
static bool opened_before(const struct line *l, size_t i)
{
	int depth = 0;
	for (size_t k = 0; k < i; k++)
		depth += strchr("[{", l->s[k]) ? 1 : strchr("]}", l->s[k]) ? -1 : 0;
	return depth > 0;
}

/*
 * A string in quotes that a quote of its kind inside it ended: "${join(",",
 * x)}" is the string "${join(" and then text YAML cannot read. Found on the
 * problem's line: a string whose text holds a "${" it does not close, or
 * after whose closing quote comes what no value may be followed by. The
 * hint names the quote that ended it and gives the value as it can be
 * written: in single quotes (a ' doubled), or without quotes where it reads
 * as itself; a single-quoted one doubles its quote.
 */
static char *cut_string_on(const char *text, size_t len, int number, const struct yaml_problem *p)
{
	struct line l;
	if (!text_line(text, len, number, &l))
		return NULL;
	for (size_t i = 0; i < l.len; i++) {
		if (l.s[i] == '#' && (!i || l.s[i - 1] == ' '))
			return NULL;
		if ((l.s[i] != '"' && l.s[i] != '\'') || !opens_value(&l, i))
			continue;
		size_t close = closing_quote(&l, i), dollar;
		if (close == l.len)
			return NULL;
		if (!open_interpolation(l.s + i + 1, close - i - 1, &dollar) &&
		    value_may_end(&l, close + 1)) {
			i = close;
			continue;
		}
		bool dq = l.s[i] == '"';
		struct strbuf hint = STRBUF_INIT;
		strbuf_addf(&hint, "the %s-quoted string opened at %d:%d ends at the %c at %d:%d, "
			    "which was meant to be inside it: ", dq ? "double" : "single",
			    l.number, col_of(&l, i), l.s[i], l.number, col_of(&l, close));
		size_t end = meant_end(&l, i, close);
		const char *v = l.s + i + 1;
		size_t n = end < l.len ? end - i - 1 : 0;
		if (!n) {
			strbuf_addstr(&hint, dq ? "write the value in single quotes instead"
				      : "inside single quotes write '' for a '");
			return strbuf_detach(&hint);
		}
		strbuf_addstr(&hint, dq ? "write the value in single quotes, '"
			      : "write '' for a ' inside single quotes, '");
		for (size_t k = 0; k < n; k++) {
			if (v[k] == '\'' && (dq || k + 1 >= n || v[k + 1] != '\''))
				strbuf_addch(&hint, '\'');
			strbuf_addch(&hint, v[k]);
			if (v[k] == '\'' && !dq && k + 1 < n && v[k + 1] == '\'')
				strbuf_addch(&hint, v[++k]);
		}
		strbuf_addch(&hint, '\'');
		if (dq && yaml_plain_reads_back(v, n, in_flow(p) || opened_before(&l, i)
							       ? YAML_PLAIN_IN_FLOW
							       : YAML_PLAIN_VALUE))
			strbuf_addf(&hint, ", or without quotes, %.*s", (int)n, v);
		return strbuf_detach(&hint);
	}
	return NULL;
}

/* On the problem's line, else on its context's (a single quote ending a
 * double-quoted string opens a string libyaml reads to the end). */
static char *cut_string_hint(const char *text, size_t len, const struct yaml_problem *p)
{
	char *hint = cut_string_on(text, len, p->at.line, p);
	if (!hint && p->context && p->context_at.line != p->at.line)
		hint = cut_string_on(text, len, p->context_at.line, p);
	return hint;
}

/* ---- the other causes ----------------------------------------------------- */

/*
 * "mapping values are not allowed in this context", met at a ':' that
 * cannot start a value. Its two usual causes: a plain value holding ": " on
 * that line (it needs quotes), or a line indented deeper than the "key:
 * value" line above it, which makes it part of that value.
 */
static char *mapping_value_hint(const char *text, size_t len, const struct yaml_problem *p)
{
	struct line l, above;
	if (!text_line(text, len, p->at.line, &l))
		return NULL;
	size_t col = (size_t)(p->at.col - 1);
	const char *first = memchr(l.s, ':', col < l.len ? col : l.len);
	size_t ind = indent_of(&l);
	if (first && first[1] == ' ' && (size_t)(first - l.s) < col)
		return xasprintf("line %d holds a second \": \" after \"%.*s\": put the value in "
				 "quotes, as in %.*s: \"...\"", l.number, (int)(first - l.s - ind),
				 l.s + ind, (int)(first - l.s - ind), l.s + ind);
	if (!line_above(text, len, l.number, &above))
		return NULL;
	const char *colon = memchr(above.s, ':', above.len);
	if (colon && colon + 1 < above.s + above.len && colon[1] == ' ' &&
	    !blank_or_comment(colon + 1, (size_t)(above.s + above.len - colon - 1)) &&
	    ind > indent_of(&above))
		return xasprintf("line %d is indented more than line %d, so it reads as the rest "
				 "of line %d's value: indent it as line %d is, or quote that value",
				 l.number, above.number, above.number, above.number);
	return NULL;
}

/* "mapping values are not allowed" at the ':' of a key whose line above
 * holds text but no ": ": that line and this key read as one key. */
static char *missing_colon_hint(const char *text, size_t len, const struct yaml_problem *p)
{
	struct line l, above;
	if (!text_line(text, len, p->at.line, &l) || !line_above(text, len, l.number, &above))
		return NULL;
	size_t ind = indent_of(&above);
	for (size_t i = ind; i < above.len; i++)
		if (above.s[i] == ':' && (i + 1 == above.len || above.s[i + 1] == ' '))
			return NULL;
	if (indent_of(&l) != ind)
		return NULL;
	return xasprintf("line %d (\"%.*s\") has no \": \", so it reads as the start of line "
			 "%d's key: write a key and its value as KEY: VALUE", above.number,
			 (int)(above.len - ind), above.s + ind, l.number);
}

/* "did not find expected key" at a line whose indentation is not that of
 * the keys of the map being read (nor deeper, which would be a value). */
static char *indent_hint(const char *text, size_t len, const struct yaml_problem *p)
{
	struct line l;
	if (!p->context || !strstr(p->context, "block mapping") ||
	    !text_line(text, len, p->at.line, &l))
		return NULL;
	size_t spaces = 0;
	while (spaces < l.len && l.s[spaces] == ' ')
		spaces++;
	if (p->at.col != col_of(&l, spaces))
		return NULL;
	if (spaces < l.len && l.s[spaces] == '-')
		return xasprintf("line %d is a list entry (\"- \") where the map opened at %d:%d "
				 "has its keys (column %d): a list is the value of a key, on the "
				 "lines under it and indented more", l.number, p->context_at.line,
				 p->context_at.col, p->context_at.col);
	if (p->at.col == p->context_at.col)
		return NULL;
	return xasprintf("line %d starts at column %d, but the keys of the map opened at %d:%d "
			 "start at column %d: indent it as the keys it belongs with", l.number,
			 p->at.col, p->context_at.line, p->context_at.col, p->context_at.col);
}

/* "did not find expected ',' or '}'" (or ']') on a line after the one
 * that opened the flow collection: it was not closed there. */
static char *unclosed_flow_hint(const char *text, size_t len, const struct yaml_problem *p)
{
	(void)text, (void)len;
	if (!in_flow(p) || p->at.line == p->context_at.line)
		return NULL;
	bool map = strstr(p->context, "mapping") != NULL;
	return xasprintf("the %c opened at %d:%d is not closed by a %c before line %d: close it, "
			 "or write the %s one entry a line", map ? '{' : '[', p->context_at.line,
			 p->context_at.col, map ? '}' : ']', p->at.line, map ? "map" : "list");
}

/* "found character that cannot start any token" and "found a tab character
 * that violates indentation": a tab in the indentation, or a plain value
 * starting with a character YAML reserves. */
static char *token_hint(const char *text, size_t len, const struct yaml_problem *p)
{
	struct line l;
	if (!text_line(text, len, p->at.line, &l))
		return NULL;
	size_t i = 0;
	while (i < l.len && col_of(&l, i) < p->at.col)
		i++;
	if (i == l.len)
		return NULL;
	if (l.s[i] == '\t')
		return xasprintf("a tab at %d:%d: YAML indents with spaces only", l.number,
				 p->at.col);
	if (l.s[i] == '@' || l.s[i] == '`')
		return xasprintf("a value cannot start with \"%c\" unquoted: put it in quotes",
				 l.s[i]);
	return NULL;
}

static char *escape_hint(const char *text, size_t len, const struct yaml_problem *p)
{
	(void)text, (void)len, (void)p;
	return xstrdup("in a double-quoted string a backslash starts an escape (\\n, \\t, \\\", "
		       "\\\\): write \\\\ for a backslash, or put the value in single quotes, "
		       "where a backslash is itself");
}

static char *sequence_hint(const char *text, size_t len, const struct yaml_problem *p)
{
	(void)text, (void)len;
	return xasprintf("a list cannot start on its key's line (%d:%d): put each \"- \" entry "
			 "on a line of its own under the key, indented more, or write [a, b]",
			 p->at.line, p->at.col);
}

/* "could not find expected ':'" after a line read as a key: it has none. */
static char *colon_hint(const char *text, size_t len, const struct yaml_problem *p)
{
	struct line l;
	if (!p->context || !strstr(p->context, "simple key") ||
	    !text_line(text, len, p->context_at.line, &l))
		return NULL;
	size_t ind = indent_of(&l);
	return xasprintf("line %d (\"%.*s\") has no \": \": write a key and its value as "
			 "KEY: VALUE", l.number, (int)(l.len - ind), l.s + ind);
}

/* ---- the table ----------------------------------------------------------- */

typedef char *(*hint_fn)(const char *text, size_t len, const struct yaml_problem *p);

/* libyaml's message (its start), and the causes looked for, in order. */
static const struct {
	const char *problem;
	hint_fn causes[2];
} hints[] = {
	{ "mapping values are not allowed", { mapping_value_hint, missing_colon_hint } },
	{ "did not find expected key", { cut_string_hint, indent_hint } },
	{ "did not find expected ',' or '}'", { cut_string_hint, unclosed_flow_hint } },
	{ "did not find expected ',' or ']'", { cut_string_hint, unclosed_flow_hint } },
	{ "did not find expected <document start>", { cut_string_hint } },
	{ "found unexpected end of stream", { cut_string_hint } },
	{ "found character that cannot start any token", { token_hint } },
	{ "found a tab character", { token_hint } },
	{ "found unknown escape character", { escape_hint } },
	{ "block sequence entries are not allowed", { sequence_hint } },
	{ "could not find expected ':'", { colon_hint } },
};

char *yaml_hint(const char *text, size_t len, const struct yaml_problem *p)
{
	if (!text || !p->problem)
		return NULL;
	for (size_t i = 0; i < sizeof(hints) / sizeof(hints[0]); i++) {
		if (strncmp(p->problem, hints[i].problem, strlen(hints[i].problem)))
			continue;
		for (size_t k = 0; k < 2 && hints[i].causes[k]; k++) {
			char *hint = hints[i].causes[k](text, len, p);
			if (hint)
				return hint;
		}
		return NULL;
	}
	return NULL;
}
