/*
 * hcl.c: HCL's native syntax, its bodies (blocks, attributes, comments,
 * heredocs, values over several lines), for `terrace convert`. The body's
 * structure is read here; each attribute's value is found by its extent
 * (to the end of its line, or of the brackets, quotes and heredocs it
 * opens) and handed to the expression parser of ${...}
 * (stacks/expr_parse.c), which reads HCL's expression syntax already.
 */
#include "stacks/hcl.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "provider/base/strbuf.h"
#include "stacks/expr_internal.h"

struct hcl_scan {
	const char *file;
	const char *s;
	size_t len, pos;
	struct diags *d;
};

#define MAX_NESTING 256

static struct src_pos pos_of(const struct hcl_scan *sc, size_t at)
{
	struct src_pos p = { sc->file, 1, 1 };
	for (size_t i = 0; i < at && i < sc->len; i++) {
		if (sc->s[i] == '\n') {
			p.line++;
			p.col = 1;
		} else {
			p.col++;
		}
	}
	return p;
}

static int fail_at(struct hcl_scan *sc, size_t at, const char *fmt, const char *what)
{
	struct src_pos p = pos_of(sc, at);
	diag_errorf(sc->d, &p, fmt, what);
	return -1;
}

/* What is at s[at], as a message quotes it. */
static const char *found(const struct hcl_scan *sc, size_t at, char buf[8])
{
	if (at >= sc->len)
		return "the end of the file";
	if (sc->s[at] == '\n')
		return "the end of the line";
	buf[0] = '"';
	buf[1] = sc->s[at];
	buf[2] = '"';
	buf[3] = 0;
	return buf;
}

/* The end of the comment starting at s[i] ("#", "//" or "/ *"), or i when
 * none starts there; a line comment ends before its "\n". */
static size_t comment_end(const struct hcl_scan *sc, size_t i)
{
	const char *s = sc->s;
	if (s[i] == '#' || (s[i] == '/' && i + 1 < sc->len && s[i + 1] == '/')) {
		while (i < sc->len && s[i] != '\n')
			i++;
		return i;
	}
	if (s[i] == '/' && i + 1 < sc->len && s[i + 1] == '*') {
		const char *close = NULL;
		for (size_t j = i + 2; j + 1 < sc->len && !close; j++)
			if (s[j] == '*' && s[j + 1] == '/')
				close = s + j;
		return close ? (size_t)(close - s) + 2 : sc->len + 1; /* len + 1: not closed */
	}
	return i;
}

/* Skip blanks and comments, and new lines too when lines is set. */
static int skip_blank(struct hcl_scan *sc, bool lines)
{
	while (sc->pos < sc->len) {
		char c = sc->s[sc->pos];
		if (c == ' ' || c == '\t' || c == '\r' || (lines && c == '\n')) {
			sc->pos++;
			continue;
		}
		size_t end = comment_end(sc, sc->pos);
		if (end == sc->pos)
			return 0;
		if (end > sc->len)
			return fail_at(sc, sc->pos, "a comment \"%s\" is not closed", "/*");
		sc->pos = end;
	}
	return 0;
}

static bool name_start(char c)
{
	return isalpha((unsigned char)c) || c == '_';
}

static bool name_char(char c)
{
	return isalnum((unsigned char)c) || c == '_' || c == '-';
}

/* The end of the heredoc whose "<<" is at s[i]: just after its closing
 * marker's line, before that line's "\n"; 0 when it is no heredoc. */
static size_t heredoc_end(const struct hcl_scan *sc, size_t i, bool *unclosed)
{
	const char *s = sc->s;
	size_t j = i + 2;
	if (j < sc->len && s[j] == '-')
		j++;
	size_t mark = j;
	while (j < sc->len && name_char(s[j]))
		j++;
	if (j == mark || j >= sc->len || (s[j] != '\n' && s[j] != '\r'))
		return 0;
	size_t mark_len = j - mark;
	while (j < sc->len) {
		while (j < sc->len && s[j] != '\n')
			j++;
		if (j >= sc->len)
			break;
		size_t line = ++j, k = line;
		while (k < sc->len && (s[k] == ' ' || s[k] == '\t'))
			k++;
		if (k + mark_len <= sc->len && !strncmp(s + k, s + mark, mark_len) &&
		    (k + mark_len == sc->len || s[k + mark_len] == '\n' || s[k + mark_len] == '\r'))
			return k + mark_len;
	}
	*unclosed = true;
	return 0;
}

/*
 * The extent of the value starting at sc->pos: up to the end of its line
 * (or a "}" closing the block it is on one line with) outside the brackets,
 * strings, interpolations and heredocs it opens. Comments in it are copied
 * as blanks into out, the rest as written.
 */
static int scan_value(struct hcl_scan *sc, struct strbuf *out)
{
	const char *s = sc->s;
	char open[MAX_NESTING];     /* ( [ { " and T (a "${" or "%{" in a string) */
	size_t opened_at[MAX_NESTING];
	size_t depth = 0, i = sc->pos;
	while (i < sc->len) {
		char c = s[i];
		char top = depth ? open[depth - 1] : 0;
		if (top == '"') {
			if (c == '\\' && i + 1 < sc->len) {
				strbuf_add(out, s + i, 2);
				i += 2;
				continue;
			}
			if (c == '\n')
				return fail_at(sc, opened_at[depth - 1],
					       "a string is not closed on its line: %s", "\"");
			if ((c == '$' || c == '%') && i + 2 < sc->len && s[i + 1] == c && s[i + 2] == '{') {
				strbuf_add(out, s + i, 3);
				i += 3;
				continue;
			}
			if ((c == '$' || c == '%') && i + 1 < sc->len && s[i + 1] == '{') {
				if (depth == MAX_NESTING)
					return fail_at(sc, i, "a value nests more than 256 deep at %s", "{");
				opened_at[depth] = i;
				open[depth++] = 'T';
				strbuf_add(out, s + i, 2);
				i += 2;
				continue;
			}
			if (c == '"')
				depth--;
			strbuf_addch(out, c);
			i++;
			continue;
		}
		if (!depth && (c == '\n' || c == '}'))
			break;
		size_t end = comment_end(sc, i);
		if (end > sc->len)
			return fail_at(sc, i, "a comment \"%s\" is not closed", "/*");
		if (end > i) {
			for (; i < end; i++)
				strbuf_addch(out, s[i] == '\n' ? '\n' : ' ');
			continue;
		}
		if (c == '<' && i + 1 < sc->len && s[i + 1] == '<') {
			bool unclosed = false;
			size_t stop = heredoc_end(sc, i, &unclosed);
			if (unclosed)
				return fail_at(sc, i, "a heredoc %s is not closed by its marker's line",
					       "<<");
			if (stop) {
				strbuf_add(out, s + i, stop - i);
				i = stop;
				continue;
			}
		}
		if (c == '"' || c == '(' || c == '[' || c == '{') {
			if (depth == MAX_NESTING)
				return fail_at(sc, i, "a value nests more than 256 deep at %s", "(");
			opened_at[depth] = i;
			open[depth++] = c;
		} else if (c == ')' || c == ']' || c == '}') {
			char want = c == ')' ? '(' : c == ']' ? '[' : '{';
			if (!depth) {
				char buf[8];
				return fail_at(sc, i, "%s closes nothing that is open", found(sc, i, buf));
			}
			if (top != want && !(c == '}' && top == 'T')) {
				char what[2] = { top == 'T' ? '{' : top, 0 };
				return fail_at(sc, opened_at[depth - 1], "\"%s\" is not closed", what);
			}
			depth--;
		}
		strbuf_addch(out, c);
		i++;
	}
	if (depth) {
		char what[2] = { open[depth - 1] == 'T' ? '{' : open[depth - 1], 0 };
		return fail_at(sc, opened_at[depth - 1], "\"%s\" is not closed", what);
	}
	sc->pos = i;
	return 0;
}

static void item_free(struct hcl_item *it)
{
	free(it->name);
	node_free(it->expr);
	free(it->text);
	free(it->expr_error);
	for (size_t i = 0; i < it->n_labels; i++)
		free(it->labels[i]);
	free(it->labels);
	hcl_body_free(it->body);
}

static struct hcl_item *new_item(struct hcl_body *b)
{
	if (b->n == b->alloc) {
		b->alloc = b->alloc ? 2 * b->alloc : 8;
		b->items = xrealloc(b->items, b->alloc * sizeof(*b->items));
	}
	struct hcl_item *it = &b->items[b->n++];
	memset(it, 0, sizeof(*it));
	return it;
}

/* Terraform's nonsensitive(x) is x with its plan-time mark taken off;
 * terrace marks an output sensitive by its own setting, and its language has
 * no such function: each call's name, outside quoted text, is taken out of
 * s (its *len first bytes, and the NUL-ended rest after them), leaving (x).
 * False when there is none. */
static bool without_nonsensitive(char *s, size_t *len)
{
	static const char name[] = "nonsensitive";
	const size_t n = sizeof(name) - 1;
	bool quoted = false, changed = false;
	size_t interp = 0; /* ${ ... } inside quoted text: braces open */
	for (size_t i = 0; i < *len; i++) {
		if (quoted && !interp) {
			if (s[i] == '\\' && i + 1 < *len)
				i++;
			else if (s[i] == '"')
				quoted = false;
			else if (s[i] == '$' && i + 1 < *len && s[i + 1] == '{')
				interp = 1, i++;
			continue;
		}
		if (s[i] == '"' && !interp) {
			quoted = true;
			continue;
		}
		if (interp && s[i] == '{')
			interp++;
		else if (interp && s[i] == '}')
			interp--;
		if ((i == 0 || !name_char(s[i - 1])) && i + n < *len && !strncmp(s + i, name, n)) {
			size_t j = i + n;
			while (j < *len && (s[j] == ' ' || s[j] == '\t'))
				j++;
			if (j < *len && s[j] == '(') {
				memmove(s + i, s + j, strlen(s + j) + 1);
				*len -= j - i;
				changed = true;
			}
		}
	}
	return changed;
}

/* name = VALUE; sc->pos is just after the "=". */
static int parse_attribute(struct hcl_scan *sc, struct hcl_item *it)
{
	if (skip_blank(sc, false) < 0)
		return -1;
	size_t start = sc->pos;
	if (start >= sc->len || sc->s[start] == '\n' || sc->s[start] == '}') {
		char buf[8];
		return fail_at(sc, start, "expected a value after \"=\", found %s",
			       found(sc, start, buf));
	}
	struct strbuf text = STRBUF_INIT;
	if (scan_value(sc, &text) < 0) {
		strbuf_release(&text);
		return -1;
	}
	while (text.len && strchr(" \t\r", text.buf[text.len - 1]))
		text.len--;
	it->text_len = text.len;
	strbuf_addstr(&text, "\n}"); /* a heredoc's closing line ends with its "\n" */
	struct strbuf why = STRBUF_INIT;
	size_t end = 0;
	it->expr = parse_expression(text.buf, text.len, 0, &end, &why, NULL);
	it->text = strbuf_detach(&text);
	if (it->expr && end != it->text_len + 2) {
		node_free(it->expr);
		it->expr = NULL;
		strbuf_reset(&why);
		strbuf_addstr(&why, "more than one expression");
	}
	if (!it->expr && !strcmp(why.buf, "unknown function \"nonsensitive\"") &&
	    without_nonsensitive(it->text, &it->text_len)) {
		strbuf_reset(&why);
		it->expr = parse_expression(it->text, it->text_len + 2, 0, &end, &why, NULL);
		if (it->expr && end != it->text_len + 2) {
			node_free(it->expr);
			it->expr = NULL;
			strbuf_reset(&why);
			strbuf_addstr(&why, "more than one expression");
		}
	}
	if (!it->expr && !strncmp(why.buf, "unknown function", 16)) {
		it->expr_error = strbuf_detach(&why);
		return 0;
	}
	if (!it->expr) {
		struct src_pos p = pos_of(sc, start);
		diag_errorf(sc->d, &p, "invalid expression in attribute \"%s\": %s", it->name,
			    why.buf);
		strbuf_release(&why);
		return -1;
	}
	strbuf_release(&why);
	return 0;
}

/* A block's label: "text" or a name. */
static char *parse_label(struct hcl_scan *sc)
{
	const char *s = sc->s;
	size_t i = sc->pos;
	if (name_start(s[i])) {
		while (i < sc->len && name_char(s[i]))
			i++;
		char *label = xstrndup(s + sc->pos, i - sc->pos);
		sc->pos = i;
		return label;
	}
	struct strbuf out = STRBUF_INIT;
	for (i++; i < sc->len && s[i] != '"' && s[i] != '\n'; i++) {
		if (s[i] == '\\' && i + 1 < sc->len)
			i++;
		strbuf_addch(&out, s[i]);
	}
	if (i >= sc->len || s[i] != '"') {
		strbuf_release(&out);
		fail_at(sc, sc->pos, "a block's label %s is not closed on its line", "\"");
		return NULL;
	}
	sc->pos = i + 1;
	return strbuf_detach(&out);
}

static int parse_body(struct hcl_scan *sc, struct hcl_body *b, size_t opened_at);

/* type LABEL... { BODY }; sc->pos is after the type's name. */
static int parse_block(struct hcl_scan *sc, struct hcl_item *it)
{
	it->is_block = true;
	for (;;) {
		if (skip_blank(sc, false) < 0)
			return -1;
		char c = sc->pos < sc->len ? sc->s[sc->pos] : 0;
		if (c == '{')
			break;
		if (c != '"' && !name_start(c)) {
			char buf[8];
			struct src_pos p = pos_of(sc, sc->pos);
			diag_errorf(sc->d, &p, "expected \"=\" or a block's labels and \"{\" after "
				    "\"%s\", found %s", it->name, found(sc, sc->pos, buf));
			return -1;
		}
		char *label = parse_label(sc);
		if (!label)
			return -1;
		it->labels = xrealloc(it->labels, (it->n_labels + 1) * sizeof(*it->labels));
		it->labels[it->n_labels++] = label;
	}
	size_t open = sc->pos++;
	it->body = xcalloc(1, sizeof(*it->body));
	if (parse_body(sc, it->body, open) < 0)
		return -1;
	sc->pos++; /* the "}" */
	if (skip_blank(sc, false) < 0)
		return -1;
	if (sc->pos < sc->len && sc->s[sc->pos] != '\n' && sc->s[sc->pos] != '}') {
		char buf[8];
		return fail_at(sc, sc->pos, "expected a new line after a block's \"}\", found %s",
			       found(sc, sc->pos, buf));
	}
	return 0;
}

/* Items up to the "}" that closes the body (left at sc->pos), or to the end
 * of the file for the top-level body (opened_at: (size_t)-1). */
static int parse_body(struct hcl_scan *sc, struct hcl_body *b, size_t opened_at)
{
	for (;;) {
		if (skip_blank(sc, true) < 0)
			return -1;
		if (sc->pos >= sc->len) {
			if (opened_at == (size_t)-1)
				return 0;
			return fail_at(sc, opened_at, "a block's \"%s\" is not closed", "{");
		}
		char c = sc->s[sc->pos];
		if (c == '}' && opened_at != (size_t)-1)
			return 0;
		if (!name_start(c)) {
			char buf[8];
			return fail_at(sc, sc->pos, "expected an attribute or a block, found %s",
				       found(sc, sc->pos, buf));
		}
		size_t start = sc->pos;
		while (sc->pos < sc->len && name_char(sc->s[sc->pos]))
			sc->pos++;
		struct hcl_item *it = new_item(b);
		it->name = xstrndup(sc->s + start, sc->pos - start);
		it->pos = pos_of(sc, start);
		if (skip_blank(sc, false) < 0)
			return -1;
		bool attribute = sc->pos < sc->len && sc->s[sc->pos] == '=' &&
				 (sc->pos + 1 >= sc->len || sc->s[sc->pos + 1] != '=');
		if (attribute)
			sc->pos++;
		if (attribute ? parse_attribute(sc, it) < 0 : parse_block(sc, it) < 0)
			return -1;
	}
}

struct hcl_body *hcl_parse(const char *file, const char *text, size_t len, struct diags *d)
{
	struct hcl_scan sc = { file, text, len, 0, d };
	struct hcl_body *b = xcalloc(1, sizeof(*b));
	if (parse_body(&sc, b, (size_t)-1) < 0) {
		hcl_body_free(b);
		return NULL;
	}
	return b;
}

void hcl_body_free(struct hcl_body *b)
{
	if (!b)
		return;
	for (size_t i = 0; i < b->n; i++)
		item_free(&b->items[i]);
	free(b->items);
	free(b);
}

const struct hcl_item *hcl_attr(const struct hcl_body *b, const char *name)
{
	for (size_t i = 0; b && i < b->n; i++)
		if (!b->items[i].is_block && !strcmp(b->items[i].name, name))
			return &b->items[i];
	return NULL;
}
