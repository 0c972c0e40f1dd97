/*
 * fmt.c: the canonical layout of a stack file (see fmt.h). It works on
 * lines, as a YAML block structure is laid out in lines: the indentation of
 * each content line is mapped to its depth (a stack of the columns seen, as
 * Python's tokenizer does), and the depth to two spaces a level. Within a
 * line, the spacing is made canonical as terraform fmt makes HCL's (hclwrite's
 * spaceAfterToken): one space after a key's colon, and in a flow collection
 * that opens and closes on the line one after each comma and colon, none
 * before them, spaces inside braces ({ a: 1 }, {} empty) and none inside
 * brackets ([a, b]); scalars and comments stay as written. What the file
 * means is checked afterwards: both texts are parsed (stacks/yaml.c) and
 * must give the same document; when the spacing would change it, the file
 * is laid out without it, and a layout this cannot handle either is refused
 * instead of written.
 */
#include "stacks/fmt.h"
#include "stacks/yaml.h"

#include <jansson.h>
#include <string.h>

#define MAX_DEPTH 128

struct layout {
	struct strbuf *out;
	int cols[MAX_DEPTH];      /* the original columns of the open levels */
	int depth;
	int blank_pending;        /* blank lines seen since the last content line */
	bool started;             /* a content or comment line was written */
	struct strbuf comments;   /* comment lines waiting for the next content line */
	int block_col;            /* in a block scalar: its key's column, else -1 */
	int block_new_col;        /* where its key is written */
	bool block_explicit;      /* its header gives its indentation (|2) */
	bool block_started;       /* its first line was seen */
	int block_shift;          /* how far its lines move */
	bool respace;             /* make the spacing within lines canonical */
	int flow_depth;           /* open flow collections at the end of the last line */
	char quote;               /* the quote of a quoted scalar open there, or 0 */
};

static int leading_spaces(const char *line, size_t len)
{
	size_t n = 0;
	while (n < len && line[n] == ' ')
		n++;
	return (int)n;
}

static size_t without_trailing_space(const char *line, size_t len)
{
	while (len && (line[len - 1] == ' ' || line[len - 1] == '\t' || line[len - 1] == '\r'))
		len--;
	return len;
}

static void indent(struct strbuf *out, int n)
{
	for (int i = 0; i < n; i++)
		strbuf_addch(out, ' ');
}

/* The line's value starts a block scalar: it ends with | or > and its
 * modifiers (|-, >+, |2), a comment allowed after them. */
static bool opens_block_scalar(const char *s, size_t len)
{
	const char *hash = memchr(s, '#', len);
	if (hash && hash > s && hash[-1] == ' ')
		len = without_trailing_space(s, (size_t)(hash - s));
	size_t i = len;
	while (i && (s[i - 1] == '-' || s[i - 1] == '+' || (s[i - 1] >= '0' && s[i - 1] <= '9')))
		i--;
	if (!i || (s[i - 1] != '|' && s[i - 1] != '>'))
		return false;
	i--;
	return i == 0 || s[i - 1] == ' ';
}

/* The block scalar header ends in an indentation digit (|2, >-1). */
static bool block_indicator_digit(const char *s, size_t len)
{
	const char *hash = memchr(s, '#', len);
	if (hash && hash > s && hash[-1] == ' ')
		len = without_trailing_space(s, (size_t)(hash - s));
	for (size_t i = len; i && s[i - 1] != '|' && s[i - 1] != '>'; i--)
		if (s[i - 1] >= '0' && s[i - 1] <= '9')
			return true;
	return false;
}

/* ---- spacing within a line ---------------------------------------------- */

static bool is_flow_indicator(char c)
{
	return c == ',' || c == '[' || c == ']' || c == '{' || c == '}';
}

/* Whether a token may start at s[i]: the line's start, or after a space (or,
 * in a flow collection, after one of its indicators). */
static bool token_start(const char *s, size_t i, int depth)
{
	return !i || s[i - 1] == ' ' || (depth && (is_flow_indicator(s[i - 1]) || s[i - 1] == ':'));
}

/* The end of the quoted scalar opening at s[i] (after its closing quote),
 * or n when it does not close on the line. */
static size_t quoted_end(const char *s, size_t n, size_t i)
{
	char q = s[i];
	for (i++; i < n; i++) {
		if (q == '"' && s[i] == '\\')
			i++;
		else if (s[i] == q && q == '\'' && i + 1 < n && s[i + 1] == '\'')
			i++;
		else if (s[i] == q)
			return i + 1;
	}
	return n;
}

/* Carry the open flow collections and quoted scalar over one line's text
 * (a comment ends the line). */
static void scan_line(struct layout *l, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (l->quote) {
			if (l->quote == '"' && s[i] == '\\')
				i++;
			else if (s[i] == '\'' && l->quote == '\'' && i + 1 < n && s[i + 1] == '\'')
				i++;
			else if (s[i] == l->quote)
				l->quote = 0;
			continue;
		}
		if (s[i] == '#' && (!i || s[i - 1] == ' '))
			return;
		if ((s[i] == '"' || s[i] == '\'') && token_start(s, i, l->flow_depth))
			l->quote = s[i];
		else if ((s[i] == '{' || s[i] == '[') && token_start(s, i, l->flow_depth))
			l->flow_depth++;
		else if ((s[i] == '}' || s[i] == ']') && l->flow_depth)
			l->flow_depth--;
	}
}

enum flow_token { T_NONE, T_OPEN_BRACE, T_OPEN_BRACKET, T_CLOSE_BRACE, T_CLOSE_BRACKET,
		  T_COMMA, T_COLON, T_SCALAR };

/* The space between two tokens of a flow collection: one after a comma or
 * a colon, none before a comma or a colon and none inside braces or
 * brackets ({a: 1, b: [x, y]}: YAML's usual flow style, yamllint's default,
 * and how the stacks in the docs are written). A colon keeps its space before a comma or a
 * bracket too: libyaml refuses {a:, b: 1}. */
static bool space_between(enum flow_token prev, enum flow_token next)
{
	if (prev == T_COLON)
		return true;
	if (prev == T_NONE || prev == T_OPEN_BRACKET || prev == T_OPEN_BRACE ||
	    next == T_COMMA || next == T_COLON || next == T_CLOSE_BRACKET || next == T_CLOSE_BRACE)
		return false;
	return true;
}

/* The flow collection that opens at s[0], spaced canonically into out: the
 * length of its text, or 0 (out unchanged) when it does not close on the
 * line. */
static size_t respace_flow(struct strbuf *out, const char *s, size_t n)
{
	struct strbuf sb = STRBUF_INIT;
	enum flow_token prev = T_NONE, t;
	bool prev_quoted = false;
	int depth = 0;
	size_t i = 0;

	while (i < n) {
		while (i < n && s[i] == ' ')
			i++;
		if (i == n || (s[i] == '#' && s[i - 1] == ' '))
			break;
		size_t start = i, end;
		char c = s[i];
		bool quoted = false;
		if (c == '{' || c == '[') {
			t = c == '{' ? T_OPEN_BRACE : T_OPEN_BRACKET;
			end = i + 1;
		} else if (c == '}' || c == ']') {
			t = c == '}' ? T_CLOSE_BRACE : T_CLOSE_BRACKET;
			end = i + 1;
		} else if (c == ',') {
			t = T_COMMA;
			end = i + 1;
		} else if (c == ':' && (i + 1 == n || s[i + 1] == ' ' || is_flow_indicator(s[i + 1]) ||
					prev_quoted || prev == T_CLOSE_BRACE || prev == T_CLOSE_BRACKET)) {
			t = T_COLON;
			end = i + 1;
		} else if (c == '"' || c == '\'') {
			t = T_SCALAR;
			end = quoted_end(s, n, i);
			quoted = true;
		} else {
			/* A plain scalar: to a flow indicator, a ": " or a " #";
			 * its spaces inside kept, those after it not. */
			t = T_SCALAR;
			for (end = i + 1; end < n; end++)
				if (is_flow_indicator(s[end]) ||
				    (s[end] == ':' && (end + 1 == n || s[end + 1] == ' ' ||
						       is_flow_indicator(s[end + 1]))) ||
				    (s[end] == '#' && s[end - 1] == ' '))
					break;
			while (end > i && s[end - 1] == ' ')
				end--;
		}
		if (space_between(prev, t))
			strbuf_addch(&sb, ' ');
		strbuf_add(&sb, s + start, end - start);
		i = end;
		prev = t;
		prev_quoted = quoted;
		depth += (t == T_OPEN_BRACE || t == T_OPEN_BRACKET) -
			 (t == T_CLOSE_BRACE || t == T_CLOSE_BRACKET);
		if (depth <= 0) {
			strbuf_add(out, sb.buf, sb.len);
			strbuf_release(&sb);
			return i;
		}
	}
	strbuf_release(&sb);
	return 0;
}

/* A value (what follows a key's colon or a dash): a flow collection spaced,
 * the rest (a comment) as written; another value as written. */
static void add_value(struct strbuf *out, const char *s, size_t n)
{
	size_t used = n && (s[0] == '{' || s[0] == '[') ? respace_flow(out, s, n) : 0;
	strbuf_add(out, s + used, n - used);
}

/* A content line's text after its indentation and dashes, with canonical
 * spacing: "key:   value" with one space after the colon (a comment right
 * after it keeps its place), a flow collection spaced. */
static void respace_line(struct strbuf *out, const char *s, size_t n)
{
	size_t key_end = 0;
	if (n && (s[0] == '"' || s[0] == '\''))
		key_end = quoted_end(s, n, 0);
	else if (n && !strchr("-?:,[]{}#&*!|>%@`", s[0]))
		for (key_end = 1; key_end < n; key_end++)
			if ((s[key_end] == ':' && (key_end + 1 == n || s[key_end + 1] == ' ')) ||
			    (s[key_end] == '#' && s[key_end - 1] == ' '))
				break;
	if (!key_end || key_end >= n || s[key_end] != ':' ||
	    (key_end + 1 < n && s[key_end + 1] != ' ')) {
		add_value(out, s, n);
		return;
	}
	size_t v = key_end + 1;
	while (v < n && s[v] == ' ')
		v++;
	if (v == n || s[v] == '#') {
		strbuf_add(out, s, n);
		return;
	}
	strbuf_add(out, s, key_end + 1);
	strbuf_addch(out, ' ');
	add_value(out, s + v, n - v);
}

/* The text of a content line: spaced canonically when it starts and ends
 * outside every flow collection and quoted scalar, else as written. */
static void add_text(struct layout *l, const char *s, size_t n)
{
	bool inside = l->flow_depth || l->quote;
	scan_line(l, s, n);
	if (l->respace && !inside && !l->flow_depth && !l->quote)
		respace_line(l->out, s, n);
	else
		strbuf_add(l->out, s, n);
}

/* Blank lines and comments held back, written before a content line at
 * `col` spaces. */
static void flush_pending(struct layout *l, int col)
{
	if (l->blank_pending && l->started)
		strbuf_addch(l->out, '\n');
	l->blank_pending = 0;
	const char *c = l->comments.buf;
	while (l->comments.len && *c) {
		const char *nl = strchr(c, '\n');
		if (nl > c)
			indent(l->out, col);
		strbuf_add(l->out, c, (size_t)(nl - c + 1));
		c = nl + 1;
		l->started = true;
	}
	strbuf_reset(&l->comments);
}

/* The depth of a content line at column col; pushes a new level when it is
 * deeper than the open one. */
static int level_of(struct layout *l, int col)
{
	while (l->depth > 0 && l->cols[l->depth - 1] > col)
		l->depth--;
	if ((l->depth == 0 || l->cols[l->depth - 1] < col) && l->depth < MAX_DEPTH)
		l->cols[l->depth++] = col;
	return l->depth - 1;
}

static void content_line(struct layout *l, const char *line, size_t len)
{
	int col = leading_spaces(line, len);
	int level = level_of(l, col);
	int new_col = 2 * level;
	flush_pending(l, new_col);
	const char *s = line + col;
	size_t n = len - (size_t)col;
	indent(l->out, new_col);
	int key_col = col, new_key_col = new_col;
	/* "-   x": one space after the dash, and what follows is a level of
	 * its own (a mapping's next keys line up under it). */
	while (n && s[0] == '-' && (n == 1 || s[1] == ' ')) {
		size_t spaces = 1;
		while (spaces < n && s[spaces] == ' ')
			spaces++;
		strbuf_addstr(l->out, spaces < n ? "- " : "-");
		key_col += (int)spaces;
		new_key_col += 2;
		s += spaces;
		n -= spaces;
		if (n && l->depth < MAX_DEPTH)
			l->cols[l->depth++] = key_col;
	}
	add_text(l, s, n);
	strbuf_addch(l->out, '\n');
	l->started = true;
	if (opens_block_scalar(s, n)) {
		l->block_col = key_col;
		l->block_new_col = new_key_col;
		l->block_explicit = block_indicator_digit(s, n);
		l->block_shift = new_key_col - key_col;
		l->block_started = false;
	}
}

/* A line of a block scalar: moved as its key moved, text kept. */
static bool block_line(struct layout *l, const char *line, size_t len)
{
	int col = leading_spaces(line, len);
	size_t text = without_trailing_space(line, len);
	if (col >= (int)text) {            /* blank: part of the scalar, kept empty */
		l->blank_pending++;
		return true;
	}
	if (col <= l->block_col)
		return false;
	/* Its first line sets its indentation: two spaces under its key
	 * (unless the header fixes it); the other lines keep theirs to it. */
	if (!l->block_started && !l->block_explicit)
		l->block_shift = l->block_new_col + 2 - col;
	l->block_started = true;
	for (; l->blank_pending; l->blank_pending--)
		strbuf_addch(l->out, '\n');
	indent(l->out, col + l->block_shift);
	strbuf_add(l->out, line + col, len - (size_t)col);
	strbuf_addch(l->out, '\n');
	return true;
}

static void layout_line(struct layout *l, const char *line, size_t len)
{
	if (len && line[len - 1] == '\r')
		len--;
	if (l->block_col >= 0) {
		if (block_line(l, line, len))
			return;
		l->block_col = -1;
	}
	size_t end = without_trailing_space(line, len);
	int col = leading_spaces(line, end);
	if ((size_t)col == end) {
		/* Blank lines among held comments stay among them, one at most. */
		if (!l->comments.len)
			l->blank_pending++;
		else if (l->comments.len < 2 || l->comments.buf[l->comments.len - 2] != '\n')
			strbuf_addch(&l->comments, '\n');
		return;
	}
	if (line[col] == '#') {
		/* A blank line before the first comment stays before it. */
		if (l->blank_pending && l->started)
			strbuf_addch(l->out, '\n');
		l->blank_pending = 0;
		strbuf_add(&l->comments, line + col, end - (size_t)col);
		strbuf_addch(&l->comments, '\n');
		return;
	}
	if (col == 0 && end >= 3 && (!strncmp(line, "---", 3) || !strncmp(line, "...", 3)) &&
	    (end == 3 || line[3] == ' ')) {
		flush_pending(l, 0);
		strbuf_add(l->out, line, end);
		strbuf_addch(l->out, '\n');
		l->started = true;
		l->depth = 0;
		return;
	}
	content_line(l, line, end);
}

static int parse(const char *name, const char *text, size_t len, json_t **doc, struct diags *d)
{
	return yaml_load_string(name, text, len, NULL, doc, d);
}

/* The layout of text into out (emptied first). */
static void lay_out(const char *text, size_t len, bool respace, struct strbuf *out)
{
	struct layout l = { .out = out, .comments = STRBUF_INIT, .block_col = -1,
			    .respace = respace };
	const char *p = text, *end = text + len;

	strbuf_reset(out);
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
		layout_line(&l, p, n);
		p += n + (nl ? 1 : 0);
	}
	/* Comments at the end stay, at the margin; trailing blank lines go. */
	l.blank_pending = 0;
	while (l.comments.len >= 2 && l.comments.buf[l.comments.len - 2] == '\n')
		strbuf_setlen(&l.comments, l.comments.len - 1);
	flush_pending(&l, 0);
	strbuf_release(&l.comments);
}

/* Whether out parses to the document before. */
static bool means(const char *name, const json_t *before, const struct strbuf *out)
{
	struct diags scratch = DIAGS_INIT;
	json_t *after = NULL;
	bool same = !parse(name, out->buf, out->len, &after, &scratch) && json_equal(before, after);

	diags_free(&scratch);
	json_decref(after);
	return same;
}

int stack_fmt(const char *name, const char *text, size_t len, struct strbuf *out,
	      struct diags *d)
{
	json_t *before = NULL;
	if (parse(name, text, len, &before, d))
		return -1;
	int rc = 0;
	lay_out(text, len, true, out);
	if (!means(name, before, out)) {
		lay_out(text, len, false, out);
		if (!means(name, before, out)) {
			diag_subject_errorf(d, NULL, "%s: cannot be laid out without changing what "
					    "it means; left as it is (please report this file)", name);
			rc = -1;
		}
	}
	json_decref(before);
	return rc;
}
