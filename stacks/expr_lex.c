/*
 * expr_lex.c: the tokenizer of one ${...} expression, for the parser
 * (stacks/expr_parse.c): names, numbers, strings, heredocs, operators and
 * punctuation.
 */
#include "stacks/expr.h"
#include "stacks/expr_lex.h"
#include "stacks/expr_path.h"
#include "provider/provider.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- tokens -------------------------------------------------------------- */

const char *tok_desc(const struct token *t, struct strbuf *scratch)
{
	if (t->kind == T_END)
		return "the end of the string";
	strbuf_addf(scratch, "\"%.*s\"", (int)t->len, t->start);
	return scratch->buf;
}

bool tok_is_op(const struct token *t, const char *op)
{
	return t->kind == T_OP && t->len == strlen(op) && !strncmp(t->start, op, t->len);
}

bool ident_is(const struct token *t, const char *word)
{
	return t->kind == T_IDENT && t->len == strlen(word) && !strncmp(t->start, word, t->len);
}

/* The next character that is not white space, without moving. */
char peek_char(const struct lexer *lx)
{
	size_t i = lx->pos;
	while (i < lx->len && strchr(" \t\r\n", lx->s[i]))
		i++;
	return i < lx->len ? lx->s[i] : '\0';
}

/* Whether a step, "." NAME or "[", follows the current token (the "..."
 * of an expanded argument is none). */
bool step_follows(const struct lexer *lx)
{
	size_t i = lx->pos;
	while (i < lx->len && strchr(" \t\r\n", lx->s[i]))
		i++;
	if (i < lx->len && lx->s[i] == '.')
		return !(i + 2 < lx->len && lx->s[i + 1] == '.' && lx->s[i + 2] == '.');
	return i < lx->len && lx->s[i] == '[';
}

static int lex_string(struct lexer *lx, size_t start)
{
	struct strbuf text = STRBUF_INIT;
	size_t i = start + 1;
	while (i < lx->len && lx->s[i] != '"') {
		char c = lx->s[i];
		if ((c == '$' || c == '%') && i + 2 < lx->len && lx->s[i + 1] == c &&
		    lx->s[i + 2] == '{') {
			strbuf_addch(&text, c); /* "$${" and "%%{" are the text "${", "%{" */
			strbuf_addch(&text, '{');
			i += 3;
			continue;
		}
		if ((c == '$' || c == '%') && i + 1 < lx->len && lx->s[i + 1] == '{') {
			strbuf_release(&text);
			lx->tok.kind = T_TEMPLATE;
			lx->tok.len = 1;
			lx->pos = start + 1;
			return 0;
		}
		if (c == '\\' && i + 1 < lx->len) {
			char e = lx->s[i + 1];
			switch (e) {
			case 'n': c = '\n'; break;
			case 't': c = '\t'; break;
			case 'r': c = '\r'; break;
			case '"': c = '"'; break;
			case '\\': c = '\\'; break;
			default:
				strbuf_addf(lx->err, "unknown escape \"\\%c\" in a string", e);
				strbuf_release(&text);
				return -1;
			}
			i++;
		}
		strbuf_addch(&text, c);
		i++;
	}
	if (i >= lx->len) {
		strbuf_release(&text);
		strbuf_addstr(lx->err, "unterminated string literal");
		return -1;
	}
	lx->tok.kind = T_STRING;
	lx->tok.len = i + 1 - start;
	lx->tok.value = json_stringn(text.buf, text.len);
	strbuf_release(&text);
	if (!lx->tok.value) {
		strbuf_addstr(lx->err, "string literal is not valid UTF-8");
		return -1;
	}
	lx->pos = i + 1;
	return 0;
}

static int lex_number(struct lexer *lx, size_t start)
{
	size_t i = start;
	bool real = false;
	while (i < lx->len && expr_is_digit(lx->s[i]))
		i++;
	if (i + 1 < lx->len && lx->s[i] == '.' && expr_is_digit(lx->s[i + 1])) {
		real = true;
		i++;
		while (i < lx->len && expr_is_digit(lx->s[i]))
			i++;
	}
	if (i < lx->len && (lx->s[i] == 'e' || lx->s[i] == 'E')) {
		size_t j = i + 1;
		if (j < lx->len && (lx->s[j] == '+' || lx->s[j] == '-'))
			j++;
		if (j < lx->len && expr_is_digit(lx->s[j])) {
			real = true;
			i = j;
			while (i < lx->len && expr_is_digit(lx->s[i]))
				i++;
		}
	}
	char *text = xstrndup(lx->s + start, i - start);
	errno = 0;
	if (real) {
		double v = strtod(text, NULL);
		lx->tok.value = errno == ERANGE || !isfinite(v) ? NULL : json_real(v);
	} else {
		long long v = strtoll(text, NULL, 10);
		lx->tok.value = errno != ERANGE ? json_integer(v) : NULL;
		if (errno == ERANGE) { /* past 64 bits: a double, as any other number */
			errno = 0;
			double d = strtod(text, NULL);
			lx->tok.value = errno == ERANGE || !isfinite(d) ? NULL : json_real(d);
		}
	}
	if (!lx->tok.value) {
		strbuf_addf(lx->err, "number %s is out of range", text);
		free(text);
		return -1;
	}
	free(text);
	lx->tok.kind = T_NUMBER;
	lx->tok.len = i - start;
	lx->pos = i;
	return 0;
}

/* Read the next token into lx->tok. Returns -1 with lx->err set on a
 * malformed literal. */
/*
 * <<EOT or <<-EOT at s[start], Terraform's heredoc: the marker ends its
 * line, the lines after it up to one holding the marker alone (white space
 * before it allowed) are the template, each "\n" included.
 */
static int lex_heredoc(struct lexer *lx, size_t start)
{
	size_t i = start + 2, name;
	lx->tok.indented = i < lx->len && lx->s[i] == '-';
	if (lx->tok.indented)
		i++;
	name = i;
	while (i < lx->len && expr_is_ident_char(lx->s[i]))
		i++;
	size_t name_len = i - name;
	while (i < lx->len && strchr(" \t\r", lx->s[i]))
		i++;
	if (!name_len || !expr_is_ident_start(lx->s[name]) || i >= lx->len || lx->s[i] != '\n') {
		strbuf_addstr(lx->err, "a heredoc is <<NAME or <<-NAME at the end of its line, its "
			      "text on the lines after it and NAME alone on the last");
		lx->tok.kind = T_INVALID; /* not the string's end: this message stands */
		return -1;
	}
	lx->tok.body_start = ++i;
	while (i < lx->len) {
		size_t line = i, k = i;
		while (k < lx->len && (lx->s[k] == ' ' || lx->s[k] == '\t'))
			k++;
		size_t end = k + name_len, after = end;
		while (after < lx->len && strchr(" \t\r", lx->s[after]))
			after++;
		if (end <= lx->len && !memcmp(lx->s + k, lx->s + name, name_len) &&
		    (after == lx->len || lx->s[after] == '\n')) {
			lx->tok.kind = T_HEREDOC;
			lx->tok.body_end = line;
			lx->tok.len = end - start;
			lx->pos = end;
			return 0;
		}
		while (i < lx->len && lx->s[i] != '\n')
			i++;
		i++;
	}
	strbuf_addf(lx->err, "the heredoc <<%s%.*s has no line %.*s to end it",
		    lx->tok.indented ? "-" : "", (int)name_len, lx->s + name, (int)name_len,
		    lx->s + name);
	lx->tok.kind = T_INVALID;
	return -1;
}

int lex_next(struct lexer *lx)
{
	json_decref(lx->tok.value);
	if (lx->tok.start)
		lx->prev_end = lx->tok.start + lx->tok.len;
	memset(&lx->tok, 0, sizeof(lx->tok));
	while (lx->pos < lx->len && strchr(" \t\r\n", lx->s[lx->pos]))
		lx->pos++;
	size_t start = lx->pos;
	lx->tok.start = lx->s + start;
	if (start >= lx->len) {
		lx->tok.kind = T_END;
		return 0;
	}
	char c = lx->s[start];
	if (expr_is_ident_start(c)) {
		size_t i = start;
		while (i < lx->len && expr_is_ident_char(lx->s[i]))
			i++;
		lx->tok.kind = T_IDENT;
		lx->tok.len = i - start;
		lx->pos = i;
		return 0;
	}
	if (expr_is_digit(c))
		return lex_number(lx, start);
	if (c == '"')
		return lex_string(lx, start);
	if (c == '<' && start + 1 < lx->len && lx->s[start + 1] == '<')
		return lex_heredoc(lx, start);
	static const char *const ops[] = { "==", "!=", "<=", ">=", "&&", "||", "=>", "...", "<",
					   ">", "!", "?", ":", "+", "-", "*", "/", "%" };
	/* most tokens here are "." "}" "[" "]": no operator's first character */
	bool maybe_op = c == '.' ? start + 2 < lx->len && lx->s[start + 1] == '.' &&
				   lx->s[start + 2] == '.'
				 : c && strchr("=!<>&|?:+-*/%", c);
	for (size_t i = 0; maybe_op && i < sizeof(ops) / sizeof(ops[0]); i++) {
		size_t n = strlen(ops[i]);
		if (start + n <= lx->len && !strncmp(lx->s + start, ops[i], n)) {
			lx->tok.kind = T_OP;
			lx->tok.len = n;
			lx->pos = start + n;
			return 0;
		}
	}
	static const struct { char c; enum tok_kind kind; } punct[] = {
		{ '.', T_DOT }, { '[', T_LBRACKET }, { ']', T_RBRACKET }, { '(', T_LPAREN },
		{ ')', T_RPAREN }, { ',', T_COMMA }, { '}', T_RBRACE }, { '{', T_LBRACE },
		{ '=', T_EQUALS },
	};
	lx->tok.len = 1;
	lx->pos = start + 1;
	lx->tok.kind = T_INVALID;
	for (size_t i = 0; i < sizeof(punct) / sizeof(punct[0]); i++)
		if (punct[i].c == c)
			lx->tok.kind = punct[i].kind;
	return 0;
}
