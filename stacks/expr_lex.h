/*
 * expr_lex.h: the tokenizer of one ${...} expression (stacks/expr_lex.c), for
 * the parser (stacks/expr_parse.c) only.
 */
#ifndef TERRACE_EXPR_LEX_H
#define TERRACE_EXPR_LEX_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "provider/base/strbuf.h"

enum tok_kind {
	T_END,      /* end of the string: the ${ was not closed */
	T_IDENT,
	T_NUMBER,
	T_STRING,
	T_DOT,
	T_LBRACKET,
	T_RBRACKET,
	T_LPAREN,
	T_RPAREN,
	T_COMMA,
	T_RBRACE,
	T_LBRACE,
	T_EQUALS,
	T_OP,       /* == != < <= > >= && || ! ? : + - * / % => ... */
	T_TEMPLATE, /* the opening quote of a string literal holding "${":
		     * the parser reads the rest (parse_template) */
	T_HEREDOC,  /* <<EOT or <<-EOT, its lines and its closing EOT line */
	T_INVALID,
};

struct token {
	enum tok_kind kind;
	const char *start;
	size_t len;
	json_t *value; /* T_NUMBER, T_STRING: the literal (owned by the token) */
	size_t body_start, body_end; /* T_HEREDOC: its lines, the last "\n" included */
	bool indented;               /* T_HEREDOC: <<- */
};

struct lexer {
	const char *s;
	size_t len, pos;
	struct strbuf *err;
	struct token tok; /* the current token */
	const char *prev_end; /* just after the token before it */
};

/* The token as messages quote it ("the end of the string" at T_END);
 * scratch holds the text. */
const char *tok_desc(const struct token *t, struct strbuf *scratch);
/* Whether t is the operator op / the identifier word. */
bool tok_is_op(const struct token *t, const char *op);
bool ident_is(const struct token *t, const char *word);
/* The next character that is not white space, without moving. */
char peek_char(const struct lexer *lx);
/* Whether a step, "." NAME or "[", follows the current token (the "..."
 * of an expanded argument is none). */
bool step_follows(const struct lexer *lx);
/* Read the next token into lx->tok (freeing the current one's value);
 * -1 with lx->err set on a bad one. */
int lex_next(struct lexer *lx);

#endif
