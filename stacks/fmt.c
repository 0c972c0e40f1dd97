/*
 * fmt.c: the canonical layout of a stack file (see fmt.h). It works on
 * lines, as a YAML block structure is laid out in lines: the indentation of
 * each content line is mapped to its depth (a stack of the columns seen, as
 * Python's tokenizer does), and the depth to two spaces a level. What the
 * file means is checked afterwards: both texts are parsed (stacks/yaml.c)
 * and must give the same document, so a layout this cannot handle is
 * refused instead of written.
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
	strbuf_add(l->out, s, n);
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

int stack_fmt(const char *name, const char *text, size_t len, struct strbuf *out,
	      struct diags *d)
{
	json_t *before = NULL, *after = NULL;
	if (parse(name, text, len, &before, d))
		return -1;
	struct layout l = { .out = out, .comments = STRBUF_INIT, .block_col = -1 };
	const char *p = text, *end = text + len;
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
	struct diags scratch = DIAGS_INIT;
	int rc = 0;
	if (parse(name, out->buf ? out->buf : "", out->len, &after, &scratch) ||
	    !json_equal(before, after)) {
		diag_subject_errorf(d, NULL, "%s: cannot be laid out without changing what it "
				    "means; left as it is (please report this file)", name);
		rc = -1;
	}
	diags_free(&scratch);
	json_decref(before);
	json_decref(after);
	return rc;
}
