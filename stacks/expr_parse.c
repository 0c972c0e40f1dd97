/*
 * expr.c: ${...} expressions: the template scanner (text, "${", "$${"), the
 * tokenizer and parser that turn one expression into a small tree, reference
 * collection and evaluation; the path helpers of stacks/expr_path.h live in
 * stacks/expr_path.c.
 *
 * Grammar inside ${ }, Terraform's (precedence loosest first):
 *
 *   expr     := binary [ "?" expr ":" expr ]
 *   binary   := operands joined by "||"; "&&"; "==" "!="; "<" "<=" ">" ">=";
 *               "+" "-"; "*" "/" "%" (each level left-associative)
 *   unary    := ( "!" | "-" ) unary | primary
 *   primary  := value ( "." IDENT | "[" expr "]" | "[*]" | ".*" )*
 *   value    := call | list | map | for | reference | "(" expr ")"
 *               | STRING | TEMPLATE | HEREDOC | NUMBER | "true" | "false" | "null"
 *   call     := IDENT "(" [ expr ( "," expr )* [ "..." ] ] ")"  (try and can too;
 *               "..." after the last argument: the elements of that list
 *               are the arguments in its place, as Terraform's expansion)
 *   list     := "[" [ expr ( "," expr )* ] "]"
 *   map      := "{" [ key ("=" | ":") expr ( [","] ... )* ] "}"
 *   for      := "[" "for" IDENT [ "," IDENT ] "in" expr ":" expr [ "if" expr ] "]"
 *             | "{" "for" IDENT [ "," IDENT ] "in" expr ":" expr "=>" expr [ "..." ]
 *               [ "if" expr ] "}"
 *   reference:= root ( "." IDENT | key )*
 *   root     := ( "module" "." IDENT [inst] "." )* IDENT [inst] | "data" "." IDENT
 *   key      := "[" NUMBER "]" | "[" STRING "]"
 *   inst     := key | "[" "each" "." "key" "]" | "[" "count" "." "index" "]"
 *
 * IDENT is [A-Za-z_][A-Za-z0-9_-]*, STRING is "..." with \" \\ \n \t \r
 * escapes, a TEMPLATE is a STRING holding "${expr}" parts ("$${" is the
 * text "${"), a HEREDOC is <<NAME or <<-NAME, lines of a template read raw
 * (no quotes or escapes) and NAME alone on a line, NUMBER is a decimal. A
 * YAML string holding a whole %{if}/%{for} directive is a raw template too
 * (directive_template); one whose "%{" opens none is text, as before. A name a for expression binds is not a
 * reference inside its body (nor is "*", a splat's element): it is
 * neither collected nor renamed. Numbers: integers stay exact (json
 * integers) until they overflow, "/" gives a fraction only when it must
 * (10 / 4 is 2.5, 10 / 2 is 5), whole results are integers. Calls are
 * checked while parsing (the function exists, the number of arguments, the
 * kind of literal arguments) so a stack with a bad call fails to load;
 * stacks/expr_func.c holds the functions themselves.
 */
#include "stacks/expr.h"
#include "stacks/expr_path.h"
#include "stacks/expr_func.h"
#include "provider/provider.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- tokens -------------------------------------------------------------- */

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

static const char *tok_desc(const struct token *t, struct strbuf *scratch)
{
	if (t->kind == T_END)
		return "the end of the string";
	strbuf_addf(scratch, "\"%.*s\"", (int)t->len, t->start);
	return scratch->buf;
}

static bool tok_is_op(const struct token *t, const char *op)
{
	return t->kind == T_OP && t->len == strlen(op) && !strncmp(t->start, op, t->len);
}

static bool ident_is(const struct token *t, const char *word)
{
	return t->kind == T_IDENT && t->len == strlen(word) && !strncmp(t->start, word, t->len);
}

/* The next character that is not white space, without moving. */
static char peek_char(const struct lexer *lx)
{
	size_t i = lx->pos;
	while (i < lx->len && strchr(" \t\r\n", lx->s[i]))
		i++;
	return i < lx->len ? lx->s[i] : '\0';
}

/* Whether a step, "." NAME or "[", follows the current token (the "..."
 * of an expanded argument is none). */
static bool step_follows(const struct lexer *lx)
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

static int lex_next(struct lexer *lx)
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

/* ---- the tree ------------------------------------------------------------ */

enum expr_kind {
	EXPR_LITERAL, /* a string, number or bool written inside ${ } */
	EXPR_REF,     /* var.x, lake.arn, lake.rules[0].id; or a for variable (bound) */
	EXPR_CALL,    /* upper(var.env) */
	EXPR_LIST,    /* [a, b] */
	EXPR_OP,      /* a == b, a + b, !a, -a, c ? a : b: op names it, args the operands */
	EXPR_MAP,     /* {a = 1, "b" = x}: args are key literal, value, key, value, ... */
	EXPR_TEMPLATE,/* "${i}-${v}": args are the parts, string literals and expressions */
	EXPR_FOR,     /* [for k, v in C : V if F], {for k, v in C : K => V... if F}:
		       * args are C, K (NULL in a list), V, F (NULL without if) */
	EXPR_INDEX,   /* C[I] where I is not a literal key: args C, I */
	EXPR_ATTR,    /* E.name after something that is not a reference: args E */
	EXPR_SPLAT,   /* C[*].a.b, C.*.a: args C and the traversal of each element,
		       * written over the bound name "*" */
	EXPR_TRY,     /* try(a, b, ...) and can(a): op "try" or "can" */
	EXPR_TPL_IF,  /* %{if C}A%{else}B%{endif} in a template: args C, A, B (NULL) */
	EXPR_TPL_FOR, /* %{for k, v in C}A%{endfor}: args C, A, NULL */
};

struct expr_node {
	enum expr_kind kind;
	json_t *literal;     /* EXPR_LITERAL */
	struct expr_ref ref; /* EXPR_REF: root and the path in canonical form */
	bool bound;          /* EXPR_REF: root is a for variable (or "*", a splat's element) */
	const struct expr_func *func; /* EXPR_CALL */
	struct expr_node **args;      /* operands; NULL where a part is absent (EXPR_FOR) */
	size_t n_args;
	char op[4];          /* EXPR_OP: "==", "!", "-" (unary with one arg), "?" (the
			      * conditional), ...; EXPR_TRY: "try", "can" */
	char *name;          /* EXPR_ATTR: the attribute */
	char *for_key, *for_value; /* EXPR_FOR: the names bound (for_key may be NULL) */
	bool grouping;       /* EXPR_FOR: "..." after the value */
	bool expand;         /* EXPR_CALL, EXPR_TRY: "..." after the last argument */
	char *text;          /* all but EXPR_LITERAL and EXPR_REF: the source text, for messages */
	size_t span_start, span_end; /* EXPR_REF: where it is in the string parsed */
};

struct template_part {
	char *text;              /* literal text (escapes resolved), or NULL */
	size_t text_len;
	struct expr_node *expr;  /* or an expression */
};

struct template {
	struct template_part *parts;
	size_t n, alloc;
};

static void node_free(struct expr_node *n)
{
	if (!n)
		return;
	json_decref(n->literal);
	free(n->ref.root);
	free(n->ref.path);
	for (size_t i = 0; i < n->n_args; i++)
		node_free(n->args[i]);
	free(n->args);
	free(n->name);
	free(n->for_key);
	free(n->for_value);
	free(n->text);
	free(n);
}

static void template_free(struct template *t)
{
	for (size_t i = 0; i < t->n; i++) {
		free(t->parts[i].text);
		node_free(t->parts[i].expr);
	}
	free(t->parts);
	memset(t, 0, sizeof(*t));
}

static struct template_part *template_push(struct template *t)
{
	if (t->n == t->alloc) {
		t->alloc = t->alloc ? 2 * t->alloc : 4;
		t->parts = xrealloc(t->parts, t->alloc * sizeof(*t->parts));
	}
	struct template_part *p = &t->parts[t->n++];
	memset(p, 0, sizeof(*p));
	return p;
}

/* ---- the parser ---------------------------------------------------------- */

struct parser {
	struct lexer lx;
	const char *expr_start; /* just after "${", for messages */
	struct strbuf *err;
	struct strbuf *hint;    /* may be NULL */
	int depth;              /* calls and lists being parsed */
	const char **bound;     /* the names for expressions bind where the parser is */
	size_t n_bound;
	/* A raw template (a heredoc's lines, a YAML string's directives) is read
	 * from raw_begin up to raw_end, without quotes or backslash escapes;
	 * raw_indent: the white space <<- strips from each line that has text. */
	bool raw;
	size_t raw_begin, raw_end, raw_indent;
	/* In a heredoc, as Terraform reads one line by line, a "~" strips
	 * white space within its line only ("~}" the "\n" ending it too), and
	 * a line whose "\n" before was stripped keeps its indentation. */
	bool heredoc;
	size_t keep_indent_at;
};

static int unexpected(struct parser *ps, const char *wanted)
{
	struct strbuf what = STRBUF_INIT;
	strbuf_addf(ps->err, "expected %s, found %s", wanted, tok_desc(&ps->lx.tok, &what));
	strbuf_release(&what);
	return -1;
}

/* Roots with a meaning of their own; the others name resources. */
static bool reserved_root(const char *root)
{
	static const char *const words[] = { "var", "terrace", "each", "count", "local", "path",
					     "data" };
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (!strcmp(root, words[i]))
			return true;
	return false;
}

void expr_quote_key(struct strbuf *out, const char *key)
{
	strbuf_addch(out, '"');
	for (const char *c = key; *c; c++) {
		switch (*c) {
		case '"': strbuf_addstr(out, "\\\""); break;
		case '\\': strbuf_addstr(out, "\\\\"); break;
		case '\n': strbuf_addstr(out, "\\n"); break;
		case '\t': strbuf_addstr(out, "\\t"); break;
		case '\r': strbuf_addstr(out, "\\r"); break;
		default: strbuf_addch(out, *c);
		}
	}
	strbuf_addch(out, '"');
}

/* key := "[" NUMBER "]" | "[" STRING "]", and where an instance is named
 * (dynamic), also "[" "each" "." "key" "]" | "[" "count" "." "index" "]";
 * the current token is the "[". Appends the canonical form ([0],
 * ["alice"], [each.key]) to out; *end gets the end of the "]" and the
 * current token becomes the one after it. */
static int parse_key(struct parser *ps, struct strbuf *out, const char **end, bool dynamic)
{
	struct token *t = &ps->lx.tok;
	if (lex_next(&ps->lx) < 0)
		return -1;
	if (dynamic && t->kind == T_IDENT &&
	    ((t->len == 4 && !strncmp(t->start, "each", 4)) ||
	     (t->len == 5 && !strncmp(t->start, "count", 5)))) {
		bool each = t->len == 4;
		const char *want = each ? "key" : "index";
		if (lex_next(&ps->lx) < 0)
			return -1;
		if (t->kind != T_DOT || lex_next(&ps->lx) < 0 || t->kind != T_IDENT ||
		    t->len != strlen(want) || strncmp(t->start, want, t->len)) {
			strbuf_addf(ps->err, "an instance is named by each.key or count.index "
				    "inside \"[...]\", not by other attributes of %s",
				    each ? "each" : "count");
			return -1;
		}
		strbuf_addf(out, "[%s.%s]", each ? "each" : "count", want);
	} else if (dynamic && tok_is_op(t, "*")) {
		/* module.NAME[*].OUTPUT: every instance's (a resource's
		 * home[*] is a splat: parse_postfix) */
		strbuf_addstr(out, "[*]");
	} else if (t->kind == T_NUMBER && json_is_integer(t->value) &&
		   json_integer_value(t->value) >= 0) {
		strbuf_addf(out, "[%lld]", (long long)json_integer_value(t->value));
	} else if (t->kind == T_STRING) {
		strbuf_addch(out, '[');
		expr_quote_key(out, json_string_value(t->value));
		strbuf_addch(out, ']');
	} else {
		return unexpected(ps, dynamic ? "an instance key (0, \"alice\", each.key, count.index) "
				  "after \"[\"" : "a list index (0, 1, ...) or a quoted key after \"[\"");
	}
	if (lex_next(&ps->lx) < 0)
		return -1;
	if (t->kind != T_RBRACKET)
		return unexpected(ps, "\"]\"");
	*end = t->start + t->len;
	return lex_next(&ps->lx);
}

/* "." IDENT, appended to out with its dot; the current token is the ".". */
static int parse_dot_name(struct parser *ps, struct strbuf *out, const char *wanted,
			  const char **end)
{
	struct token *t = &ps->lx.tok;
	if (t->kind != T_DOT)
		return unexpected(ps, wanted);
	if (lex_next(&ps->lx) < 0)
		return -1;
	if (t->kind != T_IDENT)
		return unexpected(ps, wanted);
	strbuf_addch(out, '.');
	strbuf_add(out, t->start, t->len);
	*end = t->start + t->len;
	return lex_next(&ps->lx);
}

/*
 * reference := root ( "." IDENT | key )*
 * root      := ( "module" "." IDENT [key] "." )* IDENT [key]
 *
 * The root is what the reference names: "var", "lake", "bucket[\"alice\"]",
 * "module.lake.raw" (after expansion, a resource inside a module; before it,
 * an output of the module), "data.azs" (a lookup); ref.prefix_len is the length of the
 * "module.NAME." part. Reserved roots (var, local, ...) take no key: for
 * local, a key is the first step of the path (local["name"]). The current
 * token is the first IDENT.
 */
static bool is_bound(const struct parser *ps, const struct token *t)
{
	for (size_t i = ps->n_bound; i-- > 0;)
		if (ident_is(t, ps->bound[i]))
			return true;
	return false;
}

/* Whether the "[" that is the current token opens a literal key ("[0]",
 * "[\"k\"]"), a splat ("[*]": 2) or something else (an index expression:
 * 0), looking ahead without moving. */
static int bracket_kind(const struct parser *ps)
{
	struct lexer ahead = ps->lx;
	struct strbuf ignored = STRBUF_INIT;
	ahead.tok.value = NULL;
	ahead.err = &ignored;
	int kind = 0;
	if (lex_next(&ahead) == 0) {
		const struct token *t = &ahead.tok;
		bool key = (t->kind == T_NUMBER && json_is_integer(t->value) &&
			    json_integer_value(t->value) >= 0) || t->kind == T_STRING;
		bool star = tok_is_op(t, "*");
		if ((key || star) && lex_next(&ahead) == 0 && ahead.tok.kind == T_RBRACKET)
			kind = star ? 2 : 1;
	}
	json_decref(ahead.tok.value);
	strbuf_release(&ignored);
	return kind;
}

static struct expr_node *parse_reference(struct parser *ps)
{
	struct expr_node *n = xcalloc(1, sizeof(*n));
	struct strbuf root = STRBUF_INIT, path = STRBUF_INIT;
	struct token *t = &ps->lx.tok;
	const char *end = t->start + t->len;
	n->kind = EXPR_REF;
	n->span_start = (size_t)(t->start - ps->lx.s);
	n->bound = is_bound(ps, t);
	strbuf_add(&root, t->start, t->len);
	bool in_module = !n->bound && !strcmp(root.buf, "module");
	if (lex_next(&ps->lx) < 0)
		goto fail;
	while (in_module) {
		if (parse_dot_name(ps, &root, "a module name after \"module.\"", &end) < 0)
			goto fail;
		if (t->kind == T_LBRACKET && parse_key(ps, &root, &end, true) < 0)
			goto fail;
		n->ref.prefix_len = root.len + 1;
		if (parse_dot_name(ps, &root, "\".\" and an output name after the module", &end) < 0)
			goto fail;
		in_module = !strcmp(root.buf + n->ref.prefix_len, "module");
		if (!in_module && t->kind == T_LBRACKET && parse_key(ps, &root, &end, true) < 0)
			goto fail;
	}
	/* data.NAME: a lookup, whose root is both words. */
	if (!n->ref.prefix_len && !strcmp(root.buf, "data") && t->kind == T_DOT &&
	    parse_dot_name(ps, &root, "a lookup name after \"data.\"", &end) < 0)
		goto fail;
	if (t->kind == T_LBRACKET && !n->bound && !n->ref.prefix_len && reserved_root(root.buf) &&
	    strcmp(root.buf, "local")) {
		strbuf_addf(ps->err, "\"%s\" cannot be indexed; index an attribute: %s.NAME[0]",
			    root.buf, root.buf);
		goto fail;
	}
	if (t->kind == T_LBRACKET && !n->bound && !n->ref.prefix_len &&
	    !reserved_root(root.buf) && bracket_kind(ps) != 2 &&
	    parse_key(ps, &root, &end, true) < 0)
		goto fail;
	/* The path takes names and literal keys; an index that is an
	 * expression, or a splat, is applied to the value (parse_postfix). */
	for (;;) {
		if (t->kind == T_DOT && peek_char(&ps->lx) != '*') {
			size_t before = path.len;
			if (parse_dot_name(ps, &path, "a name after \".\"", &end) < 0)
				goto fail;
			if (!before) /* the path starts without its dot */
				memmove(path.buf, path.buf + 1, path.len--);
		} else if (t->kind == T_LBRACKET && bracket_kind(ps) == 1) {
			if (parse_key(ps, &path, &end, false) < 0)
				goto fail;
		} else {
			break;
		}
	}
	n->span_end = (size_t)(end - ps->lx.s);
	n->ref.root = strbuf_detach(&root);
	n->ref.path = path.len ? strbuf_detach(&path) : NULL;
	strbuf_release(&path);
	return n;
fail:
	strbuf_release(&root);
	strbuf_release(&path);
	node_free(n);
	return NULL;
}

#define MAX_DEPTH 32 /* calls and lists inside each other */

static struct expr_node *parse_expr(struct parser *ps);

/*
 * [ expr ( "," expr )* ] followed by the token close; the current token is
 * the first after the opener. n->text becomes the source from start up to
 * and including close. With call set, a call's arguments: the last may be
 * followed by "..." (n->expand), and close must follow it.
 */
static int parse_items(struct parser *ps, struct expr_node *n, const char *start,
		       enum tok_kind close, const char *wanted, bool call)
{
	while (ps->lx.tok.kind != close) {
		if (n->n_args) {
			if (ps->lx.tok.kind != T_COMMA)
				return unexpected(ps, wanted);
			if (lex_next(&ps->lx) < 0)
				return -1;
		}
		struct expr_node *item = parse_expr(ps);
		if (!item)
			return -1;
		n->args = xrealloc(n->args, (n->n_args + 1) * sizeof(*n->args));
		n->args[n->n_args++] = item;
		if (call && tok_is_op(&ps->lx.tok, "...")) {
			n->expand = true;
			if (lex_next(&ps->lx) < 0)
				return -1;
			if (ps->lx.tok.kind != close)
				return unexpected(ps, "\")\" after the argument expanded with \"...\" "
						  "(only the last can be)");
		}
	}
	n->text = xstrndup(start, (size_t)(ps->lx.tok.start + ps->lx.tok.len - start));
	return lex_next(&ps->lx);
}

/* What an argument is known to be before evaluation: a sample value of its
 * kind, or NULL when only evaluation can tell (references). */
static json_t *static_sample(const struct expr_node *n)
{
	switch (n->kind) {
	case EXPR_LITERAL:
		return json_incref(n->literal);
	case EXPR_LIST:
		return json_array();
	case EXPR_MAP:
		return json_object();
	case EXPR_FOR:
		return n->args[1] ? json_object() : json_array();
	case EXPR_SPLAT:
		return json_array();
	case EXPR_CALL:
		switch (n->func->returns) {
		case FK_STRING: return json_string("");
		case FK_LIST: return json_array();
		case FK_MAP: return json_object();
		default: return NULL;
		}
	default:
		return NULL;
	}
}

/* -1 with err set unless v, call n's argument expanded with "...", is a
 * list (Terraform's tuple, list or set: terrace's sets are lists) or not
 * known yet. */
static int check_expanded(const struct expr_node *n, const json_t *v, struct strbuf *err)
{
	if (json_is_array(v) || value_is_unknown(v))
		return 0;
	strbuf_addf(err, "%s: the argument expanded with \"...\" must %s%s", n->func ? n->func->name
		    : n->op, json_is_null(v) ? "not be null" : "be a list, a tuple or a set, got ",
		    json_is_null(v) ? "" : value_kind(v));
	return -1;
}

/* The checks of a call that need no evaluation: the number of arguments
 * (with "...", when the list expanded is written out, else only that those
 * written are not too many) and the kinds of the literal ones. */
static int check_call(struct parser *ps, const struct expr_node *n)
{
	size_t written = n->n_args - n->expand;
	const struct expr_node *list = n->expand ? n->args[written] : NULL;
	if (!list || list->kind == EXPR_LIST) {
		if (expr_func_check_count(n->func, written + (list ? list->n_args : 0), ps->err) < 0)
			return -1;
	} else if (n->func->max_args != FUNC_ANY_NUMBER && written > n->func->max_args &&
		   expr_func_check_count(n->func, written, ps->err) < 0) {
		return -1;
	}
	for (size_t i = 0; i < n->n_args; i++) {
		json_t *sample = static_sample(n->args[i]);
		int rc = !sample ? 0 : i == written ? check_expanded(n, sample, ps->err)
			 : expr_func_check_arg(n->func, i, sample, false, ps->err);
		json_decref(sample);
		if (rc < 0)
			return -1;
	}
	return 0;
}

/* try takes at least 1 argument, can 1: false with err set when n is not
 * allowed. */
static bool try_count_ok(const char *op, size_t n, struct strbuf *err)
{
	if (op[0] == 'c' ? n == 1 : n > 0)
		return true;
	strbuf_addf(err, op[0] == 'c' ? "can takes 1 argument, got %zu"
		    : "try takes at least 1 argument, got %zu", n);
	return false;
}

/* call := IDENT "(" args ")"; the current token is the IDENT, "(" follows. */
static struct expr_node *parse_call(struct parser *ps)
{
	struct expr_node *n = xcalloc(1, sizeof(*n));
	const char *start = ps->lx.tok.start;
	char *name = xstrndup(start, ps->lx.tok.len);
	n->kind = EXPR_CALL;
	if (!strcmp(name, "try") || !strcmp(name, "can")) {
		/* Not functions of the table: they catch their arguments'
		 * evaluation errors, so they evaluate the arguments themselves. */
		n->kind = EXPR_TRY;
		snprintf(n->op, sizeof(n->op), "%s", name);
	} else if (!(n->func = expr_func_find(name))) {
		expr_func_unknown(name, ps->err, ps->hint);
		goto fail;
	}
	if (lex_next(&ps->lx) < 0 || lex_next(&ps->lx) < 0)
		goto fail;
	if (parse_items(ps, n, start, T_RPAREN, "\",\" or \")\"", true) < 0)
		goto fail;
	/* With "...", only evaluation knows how many there are. */
	size_t written = n->n_args - n->expand;
	if (n->kind == EXPR_TRY && (!n->expand || (n->op[0] == 'c' && written > 1)) &&
	    !try_count_ok(n->op, written, ps->err))
		goto fail;
	if (n->kind == EXPR_CALL && check_call(ps, n) < 0)
		goto fail;
	free(name);
	return n;
fail:
	free(name);
	node_free(n);
	return NULL;
}


/* Does the current token "for" start a for expression ("for NAME")? */
static bool at_for(const struct parser *ps)
{
	return ident_is(&ps->lx.tok, "for") && expr_is_ident_start(peek_char(&ps->lx));
}

/* An IDENT to bind, as a new string; NULL after an error. */
static char *parse_binding(struct parser *ps)
{
	struct token *t = &ps->lx.tok;
	if (t->kind != T_IDENT) {
		unexpected(ps, "a name to bind after \"for\"");
		return NULL;
	}
	char *name = xstrndup(t->start, t->len);
	if (lex_next(&ps->lx) < 0) {
		free(name);
		return NULL;
	}
	return name;
}

/*
 * for := "for" NAME [ "," NAME ] "in" expr ":" [ expr "=>" ] expr [ "..." ]
 *        [ "if" expr ] close
 * The current token is "for", just after the "[" or "{" at start; object
 * says which. The names are bound in everything after the ":".
 */
static struct expr_node *parse_for(struct parser *ps, const char *start, bool object)
{
	struct token *t = &ps->lx.tok;
	struct expr_node *n = xcalloc(1, sizeof(*n));
	n->kind = EXPR_FOR;
	n->n_args = 4;
	n->args = xcalloc(4, sizeof(*n->args));
	size_t bound_before = ps->n_bound;
	if (lex_next(&ps->lx) < 0 || !(n->for_value = parse_binding(ps)))
		goto fail;
	if (t->kind == T_COMMA) {
		n->for_key = n->for_value;
		n->for_value = NULL;
		if (lex_next(&ps->lx) < 0 || !(n->for_value = parse_binding(ps)))
			goto fail;
	}
	if (!ident_is(t, "in")) {
		unexpected(ps, "\"in\" after the names of a for expression");
		goto fail;
	}
	if (lex_next(&ps->lx) < 0 || !(n->args[0] = parse_expr(ps)))
		goto fail;
	if (!tok_is_op(t, ":")) {
		unexpected(ps, "\":\" after the collection of a for expression");
		goto fail;
	}
	ps->bound = xrealloc(ps->bound, (ps->n_bound + 2) * sizeof(*ps->bound));
	if (n->for_key)
		ps->bound[ps->n_bound++] = n->for_key;
	ps->bound[ps->n_bound++] = n->for_value;
	if (lex_next(&ps->lx) < 0)
		goto fail;
	if (object) {
		if (!(n->args[1] = parse_expr(ps)))
			goto fail;
		if (!tok_is_op(t, "=>")) {
			unexpected(ps, "\"=>\" after the key of a for expression");
			goto fail;
		}
		if (lex_next(&ps->lx) < 0)
			goto fail;
	}
	if (!(n->args[2] = parse_expr(ps)))
		goto fail;
	if (object && tok_is_op(t, "...")) {
		n->grouping = true;
		if (lex_next(&ps->lx) < 0)
			goto fail;
	}
	if (ident_is(t, "if") && (lex_next(&ps->lx) < 0 || !(n->args[3] = parse_expr(ps))))
		goto fail;
	if (t->kind != (object ? T_RBRACE : T_RBRACKET)) {
		unexpected(ps, object ? "\"if\" or \"}\"" : "\"if\" or \"]\"");
		goto fail;
	}
	ps->n_bound = bound_before;
	n->text = xstrndup(start, (size_t)(t->start + t->len - start));
	if (lex_next(&ps->lx) < 0) {
		node_free(n);
		return NULL;
	}
	return n;
fail:
	ps->n_bound = bound_before;
	node_free(n);
	return NULL;
}

/*
 * map := "{" [ key ("=" | ":") expr ( "," key ("=" | ":") expr )* [","] ] "}"
 * key := IDENT | STRING. The current token is the "{".
 */
static struct expr_node *parse_map(struct parser *ps)
{
	struct expr_node *n = xcalloc(1, sizeof(*n));
	const char *start = ps->lx.tok.start;
	struct token *t = &ps->lx.tok;
	n->kind = EXPR_MAP;
	if (lex_next(&ps->lx) < 0)
		goto fail;
	if (at_for(ps)) {
		node_free(n);
		return parse_for(ps, start, true);
	}
	while (t->kind != T_RBRACE) {
		json_t *key;
		if (t->kind == T_IDENT)
			key = json_stringn(t->start, t->len);
		else if (t->kind == T_STRING)
			key = json_incref(t->value);
		else {
			unexpected(ps, "a key (a name or a string) or \"}\"");
			goto fail;
		}
		struct expr_node *k = xcalloc(1, sizeof(*k));
		k->kind = EXPR_LITERAL;
		k->literal = key;
		n->args = xrealloc(n->args, (n->n_args + 2) * sizeof(*n->args));
		n->args[n->n_args++] = k;
		if (lex_next(&ps->lx) < 0)
			goto fail;
		if (t->kind != T_EQUALS && !tok_is_op(t, ":")) {
			unexpected(ps, "\"=\" after the key");
			goto fail;
		}
		if (lex_next(&ps->lx) < 0)
			goto fail;
		struct expr_node *v = parse_expr(ps);
		if (!v)
			goto fail;
		n->args[n->n_args++] = v;
		if (t->kind == T_COMMA && lex_next(&ps->lx) < 0)
			goto fail;
		else if (t->kind != T_RBRACE && t->kind != T_IDENT && t->kind != T_STRING) {
			unexpected(ps, "\",\" or \"}\"");
			goto fail;
		}
	}
	n->text = xstrndup(start, (size_t)(t->start + t->len - start));
	if (lex_next(&ps->lx) < 0)
		goto fail;
	return n;
fail:
	node_free(n);
	return NULL;
}

/* list := "[" items "]"; the current token is the "[". */
static struct expr_node *parse_list(struct parser *ps)
{
	struct expr_node *n = xcalloc(1, sizeof(*n));
	const char *start = ps->lx.tok.start;
	n->kind = EXPR_LIST;
	if (lex_next(&ps->lx) < 0) {
		node_free(n);
		return NULL;
	}
	if (at_for(ps)) {
		node_free(n);
		return parse_for(ps, start, false);
	}
	if (parse_items(ps, n, start, T_RBRACKET, "\",\" or \"]\"", false) < 0) {
		node_free(n);
		return NULL;
	}
	return n;
}

static struct expr_node *parse_literal(struct parser *ps, json_t *value)
{
	struct expr_node *n = xcalloc(1, sizeof(*n));
	n->kind = EXPR_LITERAL;
	n->literal = value;
	if (lex_next(&ps->lx) < 0) {
		node_free(n);
		return NULL;
	}
	return n;
}

static void add_arg(struct expr_node *n, struct expr_node *arg);
static char *parse_binding(struct parser *ps);

/* Text of a template as a literal part of n (none when empty). */
static int flush_text(struct parser *ps, struct expr_node *n, struct strbuf *text)
{
	if (!text->len)
		return 0;
	struct expr_node *lit = xcalloc(1, sizeof(*lit));
	lit->kind = EXPR_LITERAL;
	lit->literal = json_stringn(text->buf, text->len);
	strbuf_reset(text);
	add_arg(n, lit);
	if (!lit->literal) {
		strbuf_addstr(ps->err, "string literal is not valid UTF-8");
		return -1;
	}
	return 0;
}

/* After "${" or "%{" (at s[i]): the first token, past a "~" (which strips
 * the white space before: *strip set). */
static int open_marker(struct parser *ps, size_t i, bool *strip)
{
	struct lexer *lx = &ps->lx;
	lx->pos = i + 2;
	*strip = i + 2 < lx->len && lx->s[i + 2] == '~';
	if (*strip)
		lx->pos++;
	return lex_next(lx);
}

/* The "}" closing a marker, after an optional "~" (which strips the white
 * space after: *strip set); *i becomes the index after it. */
static int close_marker(struct parser *ps, const char *what, size_t *i, bool *strip)
{
	struct lexer *lx = &ps->lx;
	*strip = lx->tok.kind == T_INVALID && lx->tok.start[0] == '~';
	if (*strip && lex_next(lx) < 0)
		return -1;
	if (lx->tok.kind != T_RBRACE)
		return unexpected(ps, what);
	*i = lx->pos;
	return 0;
}

enum tpl_stop { TPL_QUOTE, TPL_ELSE, TPL_ENDIF, TPL_ENDFOR, TPL_ERROR };

/*
 * The parts of a template from s[*i] into n: text (escapes, "$${" and
 * "%%{" resolved), "${" expr "}", and the directives
 *   %{if EXPR} ... [%{else} ...] %{endif}
 *   %{for NAME [, NAME] in EXPR} ... %{endfor}
 * up to the closing quote or the "%{else}", "%{endif}" or "%{endfor}"
 * that ends the part being read (returned; *i after it). *strip_after:
 * on entry, whether to strip the white space first (a "~}" before); on
 * return, whether the directive that ended the part ends with "~}".
 */
static enum tpl_stop parse_template_parts(struct parser *ps, struct expr_node *n, size_t *i,
					  bool *strip_after)
{
	struct lexer *lx = &ps->lx;
	struct strbuf text = STRBUF_INIT;
	bool strip_next = *strip_after, strip; /* "~}" just before */
	enum tpl_stop stop = TPL_ERROR;
	for (;;) {
		if (ps->raw && *i >= ps->raw_end) {
			stop = flush_text(ps, n, &text) < 0 ? TPL_ERROR : TPL_QUOTE;
			goto done;
		}
		if (*i >= lx->len) {
			strbuf_addstr(ps->err, "unterminated string literal");
			goto done;
		}
		if (ps->raw_indent && (*i == ps->raw_begin || lx->s[*i - 1] == '\n') &&
		    *i != ps->keep_indent_at) {
			size_t k = *i, text = *i;
			while (k < ps->raw_end && k - *i < ps->raw_indent && strchr(" \t", lx->s[k]))
				k++;
			while (text < ps->raw_end && strchr(" \t", lx->s[text]))
				text++;
			if (text < ps->raw_end && lx->s[text] != '\n' && lx->s[text] != '\r')
				*i = k; /* a line with text: its indentation goes */
		}
		char c = lx->s[*i];
		if (strip_next && strchr(" \t\r\n", c)) {
			(*i)++;
			if (ps->heredoc && c == '\n') {
				strip_next = false;
				ps->keep_indent_at = *i;
			}
			continue;
		}
		strip_next = false;
		bool interp = c == '$' && *i + 1 < lx->len && lx->s[*i + 1] == '{';
		bool directive = c == '%' && *i + 1 < lx->len && lx->s[*i + 1] == '{';
		if (c == '"' && !ps->raw) {
			stop = flush_text(ps, n, &text) < 0 ? TPL_ERROR : TPL_QUOTE;
			goto done;
		}
		if (interp || directive) {
			if (open_marker(ps, *i, &strip) < 0)
				goto done;
			while (strip && text.len && strchr(ps->heredoc ? " \t" : " \t\r\n",
							   text.buf[text.len - 1]))
				text.buf[--text.len] = '\0';
			if (flush_text(ps, n, &text) < 0)
				goto done;
		}
		if (interp) {
			struct expr_node *e = parse_expr(ps);
			if (!e)
				goto done;
			add_arg(n, e);
			if (close_marker(ps, "\"}\" closing \"${\" in a string", i, &strip_next) < 0)
				goto done;
			continue;
		}
		if (directive) {
			struct token *t = &lx->tok;
			static const struct { const char *word; enum tpl_stop stop; } ends[] = {
				{ "else", TPL_ELSE }, { "endif", TPL_ENDIF }, { "endfor", TPL_ENDFOR },
			};
			for (size_t k = 0; k < 3; k++)
				if (ident_is(t, ends[k].word)) {
					if (lex_next(lx) == 0 &&
					    close_marker(ps, "\"}\" closing the directive", i,
							 strip_after) == 0)
						stop = ends[k].stop;
					goto done; /* the caller strips after it */
				}
			bool is_if = ident_is(t, "if");
			if (!is_if && !ident_is(t, "for")) {
				unexpected(ps, "if, else, endif, for or endfor after \"%{\"");
				goto done;
			}
			if (ps->depth >= MAX_DEPTH) {
				strbuf_addf(ps->err, "templates nest more than %d deep", MAX_DEPTH);
				goto done;
			}
			struct expr_node *d = xcalloc(1, sizeof(*d));
			d->kind = is_if ? EXPR_TPL_IF : EXPR_TPL_FOR;
			d->n_args = 3;
			d->args = xcalloc(3, sizeof(*d->args));
			const char *dstart = lx->s + *i; /* the "%{" */
			size_t bound_before = ps->n_bound;
			add_arg(n, d);
			if (lex_next(lx) < 0)
				goto done;
			if (!is_if) {
				if (!(d->for_value = parse_binding(ps)))
					goto done;
				if (t->kind == T_COMMA) {
					d->for_key = d->for_value;
					d->for_value = NULL;
					if (lex_next(lx) < 0 || !(d->for_value = parse_binding(ps)))
						goto done;
				}
				if (!ident_is(t, "in")) {
					unexpected(ps, "\"in\" after the names of a for directive");
					goto done;
				}
				if (lex_next(lx) < 0)
					goto done;
			}
			if (!(d->args[0] = parse_expr(ps)) ||
			    close_marker(ps, "\"}\" closing the directive", i, &strip_next) < 0)
				goto done;
			if (!is_if) {
				ps->bound = xrealloc(ps->bound, (ps->n_bound + 2) * sizeof(*ps->bound));
				if (d->for_key)
					ps->bound[ps->n_bound++] = d->for_key;
				ps->bound[ps->n_bound++] = d->for_value;
			}
			ps->depth++;
			for (size_t part = 1; part < 3; part++) {
				d->args[part] = xcalloc(1, sizeof(*d->args[part]));
				d->args[part]->kind = EXPR_TEMPLATE;
				enum tpl_stop got = parse_template_parts(ps, d->args[part], i,
									 &strip_next);
				enum tpl_stop want = is_if ? TPL_ENDIF : TPL_ENDFOR;
				if (got == TPL_ERROR || (got != want && !(is_if && part == 1 &&
									   got == TPL_ELSE))) {
					if (got != TPL_ERROR)
						strbuf_addf(ps->err, "%s without its %s in a string",
							    is_if ? "%{if}" : "%{for}",
							    is_if ? "%{endif}" : "%{endfor}");
					ps->depth--;
					ps->n_bound = bound_before;
					goto done;
				}
				if (got == want)
					break;
			}
			ps->depth--;
			ps->n_bound = bound_before;
			d->text = xstrndup(dstart, (size_t)(lx->s + *i - dstart));
			continue;
		}
		if ((c == '$' || c == '%') && *i + 2 < lx->len && lx->s[*i + 1] == c &&
		    lx->s[*i + 2] == '{') {
			strbuf_addch(&text, c); /* "$${" and "%%{" are the text "${" and "%{" */
			strbuf_addch(&text, '{');
			*i += 3;
			continue;
		}
		if (c == '\\' && *i + 1 < lx->len && !ps->raw) {
			char e = lx->s[++*i];
			c = e == 'n' ? '\n' : e == 't' ? '\t' : e == 'r' ? '\r' : e;
			if (!strchr("nrt\"\\", e)) {
				strbuf_addf(ps->err, "unknown escape \"\\%c\" in a string", e);
				goto done;
			}
		}
		strbuf_addch(&text, c);
		(*i)++;
	}
done:
	strbuf_release(&text);
	return stop;
}

/* A string literal of the template part: "lake-${var.env}"; the current
 * token is its opening quote (T_TEMPLATE). Each "${...}" and directive is
 * of the same scope as the string. */
static struct expr_node *parse_template(struct parser *ps)
{
	struct lexer *lx = &ps->lx;
	struct expr_node *n = xcalloc(1, sizeof(*n));
	const char *start = lx->tok.start;
	size_t i = lx->pos;
	n->kind = EXPR_TEMPLATE;
	if (ps->depth >= MAX_DEPTH) {
		strbuf_addf(ps->err, "templates nest more than %d deep", MAX_DEPTH);
		goto fail;
	}
	ps->depth++;
	bool strip = false, raw = ps->raw; /* a quoted string inside a heredoc's ${} */
	size_t indent = ps->raw_indent;
	bool heredoc = ps->heredoc;
	ps->raw = ps->heredoc = false;
	ps->raw_indent = 0;
	enum tpl_stop got = parse_template_parts(ps, n, &i, &strip);
	ps->raw = raw;
	ps->heredoc = heredoc;
	ps->raw_indent = indent;
	ps->depth--;
	if (got != TPL_QUOTE) {
		if (got != TPL_ERROR)
			strbuf_addf(ps->err, "%%{%s} without its opening directive in a string",
				    got == TPL_ELSE ? "else" : got == TPL_ENDIF ? "endif" : "endfor");
		goto fail;
	}
	if (!n->n_args) { /* "": the empty text */
		struct expr_node *lit = xcalloc(1, sizeof(*lit));
		lit->kind = EXPR_LITERAL;
		lit->literal = json_string("");
		add_arg(n, lit);
	}
	n->text = xstrndup(start, (size_t)(lx->s + i + 1 - start));
	/* the current token becomes the one after the closing quote */
	lx->tok.start = lx->s + i;
	lx->tok.len = 1;
	lx->pos = i + 1;
	if (lex_next(lx) < 0)
		goto fail;
	return n;
fail:
	node_free(n);
	return NULL;
}

/*
 * The indentation <<- strips: the least of the lines of s[from, to) that
 * hold something, as Terraform counts it: a line that opens with "%{~" or
 * "${~" (which strip its indentation) counts as 0, and one after a line
 * ending in "~}" (whose "\n" is stripped) does not count.
 */
static size_t least_indent(const char *s, size_t from, size_t to)
{
	size_t least = (size_t)-1;
	bool after_strip = false;
	for (size_t i = from; i < to;) {
		size_t k = i, end;
		while (k < to && (s[k] == ' ' || s[k] == '\t'))
			k++;
		bool strips = k + 2 < to && (s[k] == '%' || s[k] == '$') && s[k + 1] == '{' &&
			      s[k + 2] == '~';
		size_t indent = strips ? 0 : k - i;
		if (k < to && s[k] != '\n' && s[k] != '\r' && !after_strip && indent < least)
			least = indent;
		for (end = k; end < to && s[end] != '\n'; end++)
			;
		size_t last = end;
		while (last > k && strchr(" \t\r", s[last - 1]))
			last--;
		after_strip = last >= 2 && last - 2 >= k && s[last - 2] == '~' && s[last - 1] == '}';
		i = end + 1;
	}
	return least == (size_t)-1 ? 0 : least;
}

/*
 * The template of s[from, to), read raw: text with "${...}" and the
 * directives, "$${" and "%%{" for "${" and "%{", no quotes or backslash
 * escapes; indent: the indentation <<- strips. n gets the parts.
 */
static int parse_raw(struct parser *ps, struct expr_node *n, size_t from, size_t to,
		     size_t indent, bool heredoc)
{
	bool raw = ps->raw, strip = false, was_heredoc = ps->heredoc;
	size_t begin = ps->raw_begin, end = ps->raw_end, was_indent = ps->raw_indent, i = from;
	ps->raw = true;
	ps->heredoc = heredoc;
	ps->keep_indent_at = (size_t)-1;
	ps->raw_begin = from;
	ps->raw_end = to;
	ps->raw_indent = indent;
	ps->depth++;
	enum tpl_stop got = parse_template_parts(ps, n, &i, &strip);
	ps->depth--;
	ps->raw = raw;
	ps->heredoc = was_heredoc;
	ps->raw_begin = begin;
	ps->raw_end = end;
	ps->raw_indent = was_indent;
	if (got == TPL_QUOTE)
		return 0;
	if (got != TPL_ERROR)
		strbuf_addf(ps->err, "%%{%s} without its opening directive",
			    got == TPL_ELSE ? "else" : got == TPL_ENDIF ? "endif" : "endfor");
	return -1;
}

/* <<EOT ... EOT, <<-EOT ... EOT: a template of the lines between (the
 * current token, T_HEREDOC), as Terraform's heredoc; <<- strips the least
 * indentation of the lines holding text from each of them. */
static struct expr_node *parse_heredoc(struct parser *ps)
{
	struct lexer *lx = &ps->lx;
	struct token t = lx->tok;
	struct expr_node *n = xcalloc(1, sizeof(*n));
	n->kind = EXPR_TEMPLATE;
	n->text = xstrndup(t.start, t.len);
	if (ps->depth >= MAX_DEPTH) {
		strbuf_addf(ps->err, "templates nest more than %d deep", MAX_DEPTH);
		goto fail;
	}
	size_t after = lx->pos;
	if (parse_raw(ps, n, t.body_start, t.body_end,
		      t.indented ? least_indent(lx->s, t.body_start, t.body_end) : 0, true) < 0)
		goto fail;
	if (!n->n_args) {
		struct expr_node *lit = xcalloc(1, sizeof(*lit));
		lit->kind = EXPR_LITERAL;
		lit->literal = json_string("");
		add_arg(n, lit);
	}
	lx->tok.start = t.start;
	lx->tok.len = t.len;
	lx->pos = after;
	if (lex_next(lx) < 0)
		goto fail;
	return n;
fail:
	node_free(n);
	return NULL;
}

static struct expr_node *new_node(enum expr_kind kind, const char *start, const char *end)
{
	struct expr_node *n = xcalloc(1, sizeof(*n));
	n->kind = kind;
	n->text = xstrndup(start, (size_t)(end - start));
	return n;
}

static void add_arg(struct expr_node *n, struct expr_node *arg)
{
	n->args = xrealloc(n->args, (n->n_args + 1) * sizeof(*n->args));
	n->args[n->n_args++] = arg;
}

/*
 * One step after a value: "." NAME, "[" expr "]" or, for a splat, "[*]" and
 * ".*" followed by the steps that apply to each element. Appended to the
 * reference's path when n is a reference (names and literal keys; the
 * reference parser has taken those already, except after a splat).
 */
static struct expr_node *parse_postfix(struct parser *ps, struct expr_node *n, const char *start)
{
	struct token *t = &ps->lx.tok;
	while (n && (t->kind == T_DOT || t->kind == T_LBRACKET)) {
		bool splat = t->kind == T_DOT ? peek_char(&ps->lx) == '*' : bracket_kind(ps) == 2;
		if (splat) {
			/* "[*]" or ".*": the rest is written over the element "*". */
			bool bracket = t->kind == T_LBRACKET;
			if (lex_next(&ps->lx) < 0 || lex_next(&ps->lx) < 0 ||
			    (bracket && lex_next(&ps->lx) < 0))
				goto fail;
			/* home[*]: all the instances of a resource (a list),
			 * which its resolver gives for the root "home[*]". */
			if (n->kind == EXPR_REF && !n->bound && !n->ref.path && !n->ref.prefix_len &&
			    !reserved_root(n->ref.root) && !strpbrk(n->ref.root, ".[")) {
				size_t len = strlen(n->ref.root);
				n->ref.root = xrealloc(n->ref.root, len + 4);
				memcpy(n->ref.root + len, "[*]", 4);
				n->span_end = (size_t)(ps->lx.prev_end - ps->lx.s);
			}
			struct expr_node *each = xcalloc(1, sizeof(*each));
			each->kind = EXPR_REF;
			each->bound = true;
			each->ref.root = xstrdup("*");
			each = parse_postfix(ps, each, start);
			if (!each)
				goto fail;
			struct expr_node *sp = new_node(EXPR_SPLAT, start, ps->lx.prev_end);
			add_arg(sp, n);
			add_arg(sp, each);
			return sp;
		}
		if (t->kind == T_DOT) {
			if (lex_next(&ps->lx) < 0)
				goto fail;
			if (t->kind != T_IDENT) {
				unexpected(ps, "a name after \".\"");
				goto fail;
			}
			if (n->kind == EXPR_REF) {
				struct strbuf path = STRBUF_INIT;
				if (n->ref.path)
					strbuf_addf(&path, "%s.", n->ref.path);
				strbuf_add(&path, t->start, t->len);
				free(n->ref.path);
				n->ref.path = strbuf_detach(&path);
				n->span_end = (size_t)(t->start + t->len - ps->lx.s);
			} else {
				struct expr_node *a = new_node(EXPR_ATTR, start, t->start + t->len);
				a->name = xstrndup(t->start, t->len);
				add_arg(a, n);
				n = a;
			}
			if (lex_next(&ps->lx) < 0)
				goto fail;
			continue;
		}
		if (n->kind == EXPR_REF && bracket_kind(ps) == 1) {
			struct strbuf path = STRBUF_INIT;
			const char *end;
			if (n->ref.path)
				strbuf_addstr(&path, n->ref.path);
			if (parse_key(ps, &path, &end, false) < 0) {
				strbuf_release(&path);
				goto fail;
			}
			free(n->ref.path);
			n->ref.path = strbuf_detach(&path);
			n->span_end = (size_t)(end - ps->lx.s);
			continue;
		}
		if (ps->depth >= MAX_DEPTH) {
			strbuf_addf(ps->err, "indexes nest more than %d deep", MAX_DEPTH);
			goto fail;
		}
		ps->depth++;
		struct expr_node *idx = lex_next(&ps->lx) < 0 ? NULL : parse_expr(ps);
		ps->depth--;
		if (!idx)
			goto fail;
		if (t->kind != T_RBRACKET) {
			unexpected(ps, "\"]\" after an index");
			node_free(idx);
			goto fail;
		}
		struct expr_node *ix = new_node(EXPR_INDEX, start, t->start + t->len);
		add_arg(ix, n);
		add_arg(ix, idx);
		n = ix;
		if (lex_next(&ps->lx) < 0)
			goto fail;
	}
	return n;
fail:
	node_free(n);
	return NULL;
}

static struct expr_node *parse_primary_value(struct parser *ps)
{
	struct token *t = &ps->lx.tok;
	if ((t->kind == T_IDENT && peek_char(&ps->lx) == '(') || t->kind == T_LBRACKET) {
		if (ps->depth >= MAX_DEPTH) {
			strbuf_addf(ps->err, "calls and lists nest more than %d deep", MAX_DEPTH);
			return NULL;
		}
		ps->depth++;
		struct expr_node *n = t->kind == T_IDENT ? parse_call(ps) : parse_list(ps);
		ps->depth--;
		return n;
	}
	if (t->kind == T_LBRACE) {
		if (ps->depth >= MAX_DEPTH) {
			strbuf_addf(ps->err, "maps nest more than %d deep", MAX_DEPTH);
			return NULL;
		}
		ps->depth++;
		struct expr_node *n = parse_map(ps);
		ps->depth--;
		return n;
	}
	if (t->kind == T_LPAREN) {
		/* "(" expr ")": grouping, as in a && (b || c). */
		if (ps->depth >= MAX_DEPTH) {
			strbuf_addf(ps->err, "parentheses nest more than %d deep", MAX_DEPTH);
			return NULL;
		}
		ps->depth++;
		struct expr_node *inner = lex_next(&ps->lx) < 0 ? NULL : parse_expr(ps);
		ps->depth--;
		if (inner && ps->lx.tok.kind != T_RPAREN) {
			unexpected(ps, "\")\"");
			node_free(inner);
			return NULL;
		}
		if (inner && lex_next(&ps->lx) < 0) {
			node_free(inner);
			return NULL;
		}
		return inner;
	}
	if (t->kind == T_IDENT && !step_follows(&ps->lx)) {
		if (ident_is(t, "true"))
			return parse_literal(ps, json_true());
		if (ident_is(t, "false"))
			return parse_literal(ps, json_false());
		/* As in Terraform: an attribute whose value is null is unset. */
		if (ident_is(t, "null"))
			return parse_literal(ps, json_null());
	}
	if (t->kind == T_IDENT)
		return parse_reference(ps);
	if (t->kind == T_TEMPLATE)
		return parse_template(ps);
	if (t->kind == T_HEREDOC)
		return parse_heredoc(ps);
	if (t->kind == T_STRING || t->kind == T_NUMBER)
		return parse_literal(ps, json_incref(t->value));
	if (t->kind == T_RBRACE && t->start == ps->expr_start + strspn(ps->expr_start, " \t\r\n")) {
		strbuf_addstr(ps->err, "empty expression");
		return NULL;
	}
	unexpected(ps, "a reference, a function call, a string, a number or a list");
	return NULL;
}

/* primary := value ( "." NAME | "[" expr "]" | "[*]" | ".*" )* */
static struct expr_node *parse_primary(struct parser *ps)
{
	const char *start = ps->lx.tok.start;
	return parse_postfix(ps, parse_primary_value(ps), start);
}


static struct expr_node *op_node(const char *op, const char *start, const char *end,
				 struct expr_node **args, size_t n)
{
	struct expr_node *node = xcalloc(1, sizeof(*node));
	node->kind = EXPR_OP;
	snprintf(node->op, sizeof(node->op), "%s", op);
	node->args = xcalloc(n, sizeof(*node->args));
	memcpy(node->args, args, n * sizeof(*args));
	node->n_args = n;
	node->text = xstrndup(start, (size_t)(end - start));
	return node;
}

/* unary := ( "!" | "-" ) unary | primary; "-" before a number literal
 * makes a negative literal. */
static struct expr_node *parse_unary(struct parser *ps)
{
	bool minus = tok_is_op(&ps->lx.tok, "-");
	if (!minus && !tok_is_op(&ps->lx.tok, "!"))
		return parse_primary(ps);
	const char *start = ps->lx.tok.start;
	if (ps->depth >= MAX_DEPTH) {
		strbuf_addf(ps->err, "operators nest more than %d deep", MAX_DEPTH);
		return NULL;
	}
	ps->depth++;
	struct expr_node *operand = lex_next(&ps->lx) < 0 ? NULL : parse_unary(ps);
	ps->depth--;
	if (!operand)
		return NULL;
	if (minus && operand->kind == EXPR_LITERAL && json_is_integer(operand->literal) &&
	    json_integer_value(operand->literal) != LLONG_MIN) {
		json_integer_set(operand->literal, -json_integer_value(operand->literal));
		return operand;
	}
	if (minus && operand->kind == EXPR_LITERAL && json_is_real(operand->literal)) {
		json_real_set(operand->literal, -json_real_value(operand->literal));
		return operand;
	}
	return op_node(minus ? "-" : "!", start, ps->lx.prev_end, &operand, 1);
}

/*
 * Binary operators by Terraform's precedence, loosest first; each level
 * is left-associative over the next.
 */
static const char *const binary_levels[][4] = {
	{ "||" }, { "&&" }, { "==", "!=" }, { "<", "<=", ">", ">=" }, { "+", "-" },
	{ "*", "/", "%" },
};
#define N_BINARY_LEVELS (sizeof(binary_levels) / sizeof(binary_levels[0]))

static const char *binary_op_at(const struct token *t, size_t level)
{
	for (size_t i = 0; i < 4 && binary_levels[level][i]; i++)
		if (tok_is_op(t, binary_levels[level][i]))
			return binary_levels[level][i];
	return NULL;
}

static struct expr_node *parse_binary(struct parser *ps, size_t level)
{
	if (level == N_BINARY_LEVELS)
		return parse_unary(ps);
	const char *start = ps->lx.tok.start;
	struct expr_node *left = parse_binary(ps, level + 1);
	const char *op;
	while (left && (op = binary_op_at(&ps->lx.tok, level))) {
		struct expr_node *right = NULL;
		if (lex_next(&ps->lx) == 0)
			right = parse_binary(ps, level + 1);
		if (!right) {
			node_free(left);
			return NULL;
		}
		struct expr_node *pair[2] = { left, right };
		left = op_node(op, start, ps->lx.prev_end, pair, 2);
	}
	return left;
}

/* expr := binary [ "?" expr ":" expr ] */
static struct expr_node *parse_expr(struct parser *ps)
{
	const char *start = ps->lx.tok.start;
	struct expr_node *cond = parse_binary(ps, 0);
	if (!cond || !tok_is_op(&ps->lx.tok, "?"))
		return cond;
	struct expr_node *parts[3] = { cond, NULL, NULL };
	if (ps->depth >= MAX_DEPTH) {
		strbuf_addf(ps->err, "conditionals nest more than %d deep", MAX_DEPTH);
		goto fail;
	}
	ps->depth++;
	if (lex_next(&ps->lx) == 0)
		parts[1] = parse_expr(ps);
	if (parts[1] && !tok_is_op(&ps->lx.tok, ":"))
		unexpected(ps, "\":\" (the conditional's false value)");
	else if (parts[1] && lex_next(&ps->lx) == 0)
		parts[2] = parse_expr(ps);
	ps->depth--;
	if (!parts[2])
		goto fail;
	return op_node("?", start, ps->lx.prev_end, parts, 3);
fail:
	node_free(parts[0]);
	node_free(parts[1]);
	return NULL;
}

/*
 * Parse the expression that starts at s[start] (just after "${") and its
 * closing "}". On success *end is the index just after the "}". hint (may
 * be NULL) gets a suggestion for some errors ("did you mean ...").
 */
static struct expr_node *parse_expression(const char *s, size_t len, size_t start,
					  size_t *end, struct strbuf *err, struct strbuf *hint)
{
	struct parser ps;
	memset(&ps, 0, sizeof(ps));
	ps.lx.s = s;
	ps.lx.len = len;
	ps.lx.pos = start;
	ps.lx.err = err;
	ps.err = err;
	ps.hint = hint;
	ps.expr_start = s + start;

	struct expr_node *n = NULL;
	if (lex_next(&ps.lx) < 0)
		goto fail;
	n = parse_expr(&ps);
	if (!n)
		goto fail;
	if (ps.lx.tok.kind != T_RBRACE) {
		if (ps.lx.tok.kind == T_END)
			goto unterminated;
		unexpected(&ps, "\"}\"");
		goto fail;
	}
	*end = ps.lx.pos;
	json_decref(ps.lx.tok.value);
	free(ps.bound);
	return n;
fail:
	free(ps.bound);
	/* A syntax error after which the string simply ends is best described
	 * as the missing "}". */
	if (ps.lx.tok.kind == T_END || !memchr(s + start, '}', len - start)) {
		strbuf_reset(err);
		if (hint)
			strbuf_reset(hint);
		goto unterminated;
	}
	json_decref(ps.lx.tok.value);
	node_free(n);
	return NULL;
unterminated:
	strbuf_addstr(err, "unterminated \"${\": missing \"}\"");
	json_decref(ps.lx.tok.value);
	node_free(n);
	return NULL;
}

static bool has_template_marker(const char *s, size_t len)
{
	for (size_t i = 0; i + 1 < len; i++)
		if ((s[i] == '$' || s[i] == '%') && s[i + 1] == '{')
			return true;
	return false;
}

/*
 * A YAML string holding a directive, %{if ...}...%{endif} or %{for ...}
 * ...%{endfor}, is a template as Terraform's string would be: the one node
 * of all of s, read raw ("%%{" the text "%{"). NULL when s holds none, or
 * one that does not parse: such a "%{" is text, as it always was in a
 * stack ("100%{x}"), and its "%%{" too; err gets nothing.
 */
static struct expr_node *directive_template(const char *s, size_t len)
{
	bool directive = false;
	for (size_t i = 0; i + 1 < len && !directive; i++)
		directive = s[i] == '%' && s[i + 1] == '{' && (i == 0 || s[i - 1] != '%');
	if (!directive)
		return NULL;
	struct strbuf why = STRBUF_INIT;
	struct parser ps;
	memset(&ps, 0, sizeof(ps));
	ps.lx.s = s;
	ps.lx.len = len;
	ps.lx.err = &why;
	ps.err = &why;
	ps.expr_start = s;
	struct expr_node *n = xcalloc(1, sizeof(*n));
	n->kind = EXPR_TEMPLATE;
	bool ok = parse_raw(&ps, n, 0, len, 0, false) == 0;
	json_decref(ps.lx.tok.value);
	free(ps.bound);
	strbuf_release(&why);
	directive = false;
	for (size_t i = 0; ok && i < n->n_args; i++)
		directive = directive || n->args[i]->kind == EXPR_TPL_IF ||
			    n->args[i]->kind == EXPR_TPL_FOR;
	if (!ok || !directive) {
		node_free(n);
		return NULL;
	}
	n->text = xstrndup(s, len);
	return n;
}

/* Split a string into literal text and expressions. Errors read
 * `invalid expression "${...}": <why>` or `unterminated "${": ...`; hint
 * (may be NULL) may get a suggestion to go with the error. */
static int template_parse(const char *s, size_t len, struct template *t, struct strbuf *err,
			  struct strbuf *hint)
{
	struct strbuf text = STRBUF_INIT;
	size_t i = 0;
	memset(t, 0, sizeof(*t));
	struct expr_node *whole = directive_template(s, len);
	if (whole) {
		template_push(t)->expr = whole;
		return 0;
	}
	while (i < len) {
		if (s[i] == '$' && i + 2 < len && s[i + 1] == '$' && s[i + 2] == '{') {
			strbuf_addstr(&text, "${");
			i += 3;
			continue;
		}
		if (s[i] == '$' && i + 1 < len && s[i + 1] == '{') {
			struct strbuf why = STRBUF_INIT;
			size_t end = 0;
			struct expr_node *n = parse_expression(s, len, i + 2, &end, &why, hint);
			if (!n) {
				if (!strncmp(why.buf, "unterminated", 12)) {
					strbuf_add(err, why.buf, why.len);
				} else {
					/* Quote the expression up to its first "}". */
					const char *close = memchr(s + i, '}', len - i);
					size_t shown = close ? (size_t)(close - (s + i)) + 1 : len - i;
					strbuf_addf(err, "invalid expression \"%.*s\": %s",
						    (int)shown, s + i, why.buf);
				}
				strbuf_release(&why);
				strbuf_release(&text);
				template_free(t);
				return -1;
			}
			strbuf_release(&why);
			if (text.len) {
				struct template_part *p = template_push(t);
				p->text_len = text.len;
				p->text = strbuf_detach(&text);
			}
			template_push(t)->expr = n;
			i = end;
			continue;
		}
		strbuf_addch(&text, s[i]);
		i++;
	}
	if (text.len || !t->n) {
		struct template_part *p = template_push(t);
		p->text_len = text.len;
		p->text = strbuf_detach(&text);
	}
	strbuf_release(&text);
	return 0;
}

bool expr_is_one_expression(const char *text)
{
	struct template t;
	struct strbuf err = STRBUF_INIT;
	size_t len = strlen(text);
	bool one = len > 2 && text[0] == '$' && text[1] == '{' &&
		   template_parse(text, len, &t, &err, NULL) == 0;
	if (one) {
		one = t.n == 1 && t.parts[0].expr;
		template_free(&t);
	}
	strbuf_release(&err);
	return one;
}

/* ---- reference collection ------------------------------------------------ */

static void refs_push(struct expr_refs *r, const struct expr_ref *ref, const struct src_pos *pos)
{
	if (r->n == r->alloc) {
		r->alloc = r->alloc ? 2 * r->alloc : 8;
		r->items = xrealloc(r->items, r->alloc * sizeof(*r->items));
	}
	struct expr_ref *dst = &r->items[r->n++];
	dst->root = xstrdup(ref->root);
	dst->path = ref->path ? xstrdup(ref->path) : NULL;
	dst->prefix_len = ref->prefix_len;
	if (pos) {
		dst->pos = *pos;
	} else {
		memset(&dst->pos, 0, sizeof(dst->pos));
	}
}

/* The references of an expression, including those inside calls and lists. */
static void collect_node(const struct expr_node *n, const struct src_pos *pos,
			 struct expr_refs *out)
{
	if (n->kind == EXPR_REF && !n->bound)
		refs_push(out, &n->ref, pos);
	for (size_t i = 0; i < n->n_args; i++)
		if (n->args[i])
			collect_node(n->args[i], pos, out);
}

static int collect(const json_t *v, expr_pos_fn pos_of, void *pos_ctx,
		   struct expr_refs *out, struct diags *d)
{
	int rc = 0;
	if (json_is_object(v)) {
		const char *key;
		json_t *item;
		json_object_foreach((json_t *)v, key, item)
			if (collect(item, pos_of, pos_ctx, out, d) < 0)
				rc = -1;
		return rc;
	}
	if (json_is_array(v)) {
		size_t i;
		json_t *item;
		json_array_foreach(v, i, item)
			if (collect(item, pos_of, pos_ctx, out, d) < 0)
				rc = -1;
		return rc;
	}
	if (!json_is_string(v))
		return 0;
	const char *s = json_string_value(v);
	size_t len = json_string_length(v);
	if (!has_template_marker(s, len))
		return 0;
	const struct src_pos *pos = pos_of ? pos_of(pos_ctx, v) : NULL;
	struct template t;
	struct strbuf err = STRBUF_INIT, hint = STRBUF_INIT;
	if (template_parse(s, len, &t, &err, &hint) < 0) {
		diag_errorf(d, pos, "%s", err.buf);
		if (hint.len)
			diag_set_detail(d, "%s", hint.buf);
		strbuf_release(&err);
		strbuf_release(&hint);
		return -1;
	}
	strbuf_release(&hint);
	for (size_t i = 0; i < t.n; i++)
		if (t.parts[i].expr)
			collect_node(t.parts[i].expr, pos, out);
	template_free(&t);
	return 0;
}

int expr_collect_refs(const json_t *value, expr_pos_fn pos_of, void *pos_ctx,
		      struct expr_refs *out, struct diags *d)
{
	return collect(value, pos_of, pos_ctx, out, d);
}

void expr_refs_free(struct expr_refs *r)
{
	for (size_t i = 0; i < r->n; i++) {
		free(r->items[i].root);
		free(r->items[i].path);
	}
	free(r->items);
	memset(r, 0, sizeof(*r));
}

/* ---- renaming -------------------------------------------------------------- */

struct rename {
	expr_rename_fn fn;
	void *ctx;
	expr_pos_fn pos_of; /* may be NULL */
	void *pos_ctx;
	const struct src_pos *pos; /* of the string being rewritten, or NULL */
	struct strbuf *err;
	const char *s;    /* the string being rewritten */
	size_t copied;    /* how much of it is in out already */
	struct strbuf *out;
};

static int rename_node(struct rename *rn, const struct expr_node *n)
{
	if (n->kind == EXPR_REF && n->bound)
		return 0;
	if (n->kind == EXPR_REF) {
		struct strbuf with = STRBUF_INIT;
		struct expr_ref ref = n->ref;
		if (rn->pos)
			ref.pos = *rn->pos;
		else
			memset(&ref.pos, 0, sizeof(ref.pos));
		int rc = rn->fn(rn->ctx, &ref, &with, rn->err);
		if (rc > 0) {
			strbuf_add(rn->out, rn->s + rn->copied, n->span_start - rn->copied);
			strbuf_add(rn->out, with.buf, with.len);
			rn->copied = n->span_end;
		}
		strbuf_release(&with);
		return rc < 0 ? -1 : 0;
	}
	for (size_t i = 0; i < n->n_args; i++)
		if (n->args[i] && rename_node(rn, n->args[i]) < 0)
			return -1;
	return 0;
}

static json_t *rename_string(const json_t *v, struct rename *rn)
{
	const char *s = json_string_value(v);
	size_t len = json_string_length(v), i = 0;
	struct strbuf out = STRBUF_INIT;
	rn->s = s;
	rn->copied = 0;
	rn->pos = rn->pos_of ? rn->pos_of(rn->pos_ctx, v) : NULL;
	rn->out = &out;
	struct expr_node *whole = directive_template(s, len);
	if (whole) { /* the references of its directives and ${...} parts */
		int rc = rename_node(rn, whole);
		node_free(whole);
		if (rc < 0) {
			strbuf_release(&out);
			return NULL;
		}
		i = len;
	}
	while (i < len) {
		if (s[i] == '$' && i + 2 < len && s[i + 1] == '$' && s[i + 2] == '{') {
			i += 3;
			continue;
		}
		if (s[i] != '$' || i + 1 >= len || s[i + 1] != '{') {
			i++;
			continue;
		}
		struct strbuf why = STRBUF_INIT;
		size_t end = 0;
		struct expr_node *n = parse_expression(s, len, i + 2, &end, &why, NULL);
		if (!n) {
			strbuf_addf(rn->err, "invalid expression in \"%s\": %s", s, why.buf);
			strbuf_release(&why);
			strbuf_release(&out);
			return NULL;
		}
		strbuf_release(&why);
		int rc = rename_node(rn, n);
		node_free(n);
		if (rc < 0) {
			strbuf_release(&out);
			return NULL;
		}
		i = end;
	}
	if (!rn->copied) {
		strbuf_release(&out);
		return json_incref((json_t *)v);
	}
	strbuf_add(&out, s + rn->copied, len - rn->copied);
	json_t *copy = json_stringn(out.buf, out.len);
	strbuf_release(&out);
	return copy;
}

static json_t *rename_value(const json_t *v, struct rename *rn)
{
	if (json_is_string(v))
		return rename_string(v, rn);
	/* A list or map in which nothing was renamed is shared, not copied:
	 * every instance of a for_each keeps the stack's one tree (a 10k-
	 * resource snapshot is mostly such trees). Nothing changes them later. */
	bool changed = false;
	if (json_is_array(v)) {
		json_t *copy = json_array();
		size_t i;
		json_t *item;
		json_array_foreach(v, i, item) {
			json_t *c = rename_value(item, rn);
			if (!c) {
				json_decref(copy);
				return NULL;
			}
			changed = changed || c != item;
			json_array_append_new(copy, c);
		}
		if (changed)
			return copy;
		json_decref(copy);
		return json_incref((json_t *)v);
	}
	if (json_is_object(v)) {
		json_t *copy = json_object();
		const char *key;
		json_t *item;
		json_object_foreach((json_t *)v, key, item) {
			json_t *c = rename_value(item, rn);
			if (!c) {
				json_decref(copy);
				return NULL;
			}
			changed = changed || c != item;
			json_object_set_new(copy, key, c);
		}
		if (changed)
			return copy;
		json_decref(copy);
		return json_incref((json_t *)v);
	}
	return json_incref((json_t *)v);
}

json_t *expr_rename_refs(const json_t *value, expr_rename_fn fn, void *ctx, struct strbuf *err)
{
	return expr_rename_refs_at(value, NULL, NULL, fn, ctx, err);
}

json_t *expr_rename_refs_at(const json_t *value, expr_pos_fn pos_of, void *pos_ctx,
			    expr_rename_fn fn, void *ctx, struct strbuf *err)
{
	struct rename rn = { fn, ctx, pos_of, pos_ctx, NULL, err, NULL, 0, NULL };
	return rename_value(value, &rn);
}

/* ---- evaluation ---------------------------------------------------------- */

/* A name a for expression (or a splat, "*") binds, innermost first, with
 * the parts of its value that are secret (see eval_parts). */
struct binding {
	const char *name;
	const json_t *value;
	const struct binding *outer;
	const json_t *secret;
};

struct eval {
	expr_resolve_fn resolve;
	void *ctx;
	bool sensitive;
	struct strbuf *err;
	enum func_edition edition; /* handed to every call */
	const struct binding *scope;
	int in_try;                /* inside try() or can(): a missing key is an error */
	bool before_plan;          /* expr_eval_before_plan: what reads files is unknown */
};

static void describe_expr(const struct expr_node *n, struct strbuf *out)
{
	if (n->kind == EXPR_REF)
		strbuf_addf(out, "${%s%s%s}", n->ref.root, n->ref.path ? "." : "",
			    n->ref.path ? n->ref.path : "");
	else if (n->text && (n->kind == EXPR_TPL_IF || n->kind == EXPR_TPL_FOR))
		strbuf_addstr(out, n->text); /* "%{if ...}...%{endif}" */
	else if (n->text)
		strbuf_addf(out, "${%s}", n->text);
	else
		strbuf_addstr(out, "${...}");
}

static json_t *eval_node(struct eval *ev, const struct expr_node *n);
static json_t *eval_parts(struct eval *ev, const struct expr_node *n, json_t **secret);

/*
 * Which parts of a value are secret, as a resolver gives them
 * (expr_resolve_fn): NULL none, true all, else a tree of the value's shape
 * (objects by key, arrays by index) whose true leaves are. secret_any: does
 * it hold a secret at all; secret_step and secret_at: the part under one
 * step or a reference's path (a new reference, or NULL).
 */
static bool secret_any(const json_t *secret)
{
	if (!secret || json_is_true(secret))
		return secret != NULL;
	size_t i;
	const char *k;
	json_t *part;
	if (json_is_array(secret))
		json_array_foreach(secret, i, part)
			if (secret_any(part))
				return true;
	if (json_is_object(secret))
		json_object_foreach((json_t *)secret, k, part)
			if (secret_any(part))
				return true;
	return false;
}

static json_t *secret_step(const json_t *secret, const char *name, size_t index)
{
	if (json_is_true(secret))
		return json_true();
	const json_t *part = name ? json_object_get(secret, name) : json_array_get(secret, index);
	return secret_any(part) ? json_incref((json_t *)part) : NULL;
}

static json_t *secret_at(const json_t *secret, const char *path)
{
	struct expr_path p;
	struct strbuf err = STRBUF_INIT;
	if (!secret || !path || expr_path_parse(path, &p, &err) < 0) {
		strbuf_release(&err);
		/* a path that does not parse is refused elsewhere: all of it */
		return secret ? json_incref((json_t *)secret) : NULL;
	}
	json_t *part = json_incref((json_t *)secret);
	for (size_t i = 0; i < p.n && part && !json_is_true(part); i++) {
		json_t *next = secret_step(part, p.steps[i].name, p.steps[i].index);
		json_decref(part);
		part = next;
	}
	expr_path_free(&p);
	return part;
}

/* Append v to a message, shortened, unless the expression has touched a
 * secret: " (the value \"abc\")". */
static void describe_value(const struct eval *ev, const json_t *v, struct strbuf *out)
{
	if (ev->sensitive) {
		strbuf_addstr(out, " (a sensitive value)");
		return;
	}
	char *text = json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
	if (!text)
		return;
	size_t len = strlen(text);
	if (len > 60)
		strbuf_addf(out, " (%s %.50s...)", value_kind(v), text);
	else
		strbuf_addf(out, " (%s)", text);
	free(text);
}

/* describe_value of a value whose parts `secret` are secret. */
static void describe_part(const struct eval *ev, const json_t *v, const json_t *secret,
			  struct strbuf *out)
{
	if (secret_any(secret))
		strbuf_addstr(out, " (a sensitive value)");
	else
		describe_value(ev, v, out);
}

static json_t *eval_list(struct eval *ev, const struct expr_node *n)
{
	json_t *list = json_array();
	for (size_t i = 0; i < n->n_args; i++) {
		json_t *item = eval_node(ev, n->args[i]);
		if (!item) {
			json_decref(list);
			return NULL;
		}
		json_array_append_new(list, item);
	}
	return list;
}

/* Argument i of call n, evaluated: one not known yet sets *unknown (as
 * the function's row says); a known one is checked. -1 with ev->err set
 * when the check fails. */
static int take_arg(struct eval *ev, const struct expr_node *n, size_t i, const json_t *v,
		    bool *unknown)
{
	if (value_is_unknown(v)) {
		if (n->func->unknowns < FU_WHOLE)
			*unknown = true;
	} else if (n->func->unknowns < FU_PARTS && value_contains_unknown(v)) {
		*unknown = true;
	} else if (expr_func_check_arg(n->func, i, v, ev->sensitive, ev->err) < 0) {
		return -1;
	}
	return 0;
}

/*
 * A call: arguments are evaluated first; an argument that is not known yet
 * makes the result unknown, after the known ones passed their checks. One
 * known but with unknown parts (a list with one element known after apply)
 * makes it unknown too, unless the function takes such values (its row's
 * unknowns: FU_PARTS, as Terraform's length, concat, merge, ... place the
 * parts without reading them; FU_WHOLE, coalesce and lookup, take wholly
 * unknown arguments too). The function learns whether an argument was
 * sensitive so its messages can leave values out. A last argument
 * expanded with "..." gives its elements as the arguments in its place
 * (then their number is checked); when it is not known yet, neither is
 * their number, nor the result.
 */
static json_t *eval_call(struct eval *ev, const struct expr_node *n)
{
	bool outer_sensitive = ev->sensitive;
	size_t written = n->n_args - n->expand, count = 0;
	json_t **args = xcalloc(n->n_args + 1, sizeof(*args));
	json_t *result = NULL, *list = NULL;
	bool unknown = false;
	ev->sensitive = false;
	while (count < written) {
		json_t *v = eval_node(ev, n->args[count]);
		if (!v)
			goto done;
		args[count++] = v;
		if (take_arg(ev, n, count - 1, v, &unknown) < 0)
			goto done;
	}
	if (n->expand) {
		if (!(list = eval_node(ev, n->args[written])) || check_expanded(n, list, ev->err) < 0)
			goto done;
		if (value_is_unknown(list)) {
			unknown = true;
		} else {
			size_t total = written + json_array_size(list);
			if (expr_func_check_count(n->func, total, ev->err) < 0)
				goto done;
			args = xrealloc(args, (total + 1) * sizeof(*args));
			while (count < total) {
				json_t *v = json_array_get(list, count - written);
				args[count++] = json_incref(v);
				if (take_arg(ev, n, count - 1, v, &unknown) < 0)
					goto done;
			}
		}
	}
	if (unknown || (ev->before_plan && n->func->reads_files)) {
		result = value_unknown();
	} else {
		struct func_args a = { args, count, ev->sensitive, expr_eval_as, ev->edition };
		result = n->func->call(&a, ev->err);
	}
done:
	ev->sensitive = ev->sensitive || outer_sensitive;
	for (size_t i = 0; i < count; i++)
		json_decref(args[i]);
	json_decref(list);
	free(args);
	return result;
}

static bool is_number(const json_t *v)
{
	return json_is_integer(v) || json_is_real(v);
}

/* A bool operand of n, or -1 with an error naming the operator. */
static int want_bool(struct eval *ev, const struct expr_node *n, const json_t *v,
		     const char *role)
{
	if (json_is_boolean(v))
		return json_is_true(v);
	strbuf_addf(ev->err, "%s must be true or false, got %s: ", role, value_kind(v));
	describe_expr(n, ev->err);
	return -1;
}

static bool values_equal(const json_t *a, const json_t *b)
{
	if (is_number(a) && is_number(b))
		return json_number_value(a) == json_number_value(b);
	return json_equal((json_t *)a, (json_t *)b);
}

/* v as a number: numbers as they are, a string that reads as a number
 * (as Terraform converts "5" for arithmetic); NULL otherwise. */
static json_t *number_of(const json_t *v)
{
	if (json_is_integer(v) || json_is_real(v))
		return json_incref((json_t *)v);
	if (!json_is_string(v) || !json_string_length(v))
		return NULL;
	const char *text = json_string_value(v);
	char *end;
	errno = 0;
	long long i = strtoll(text, &end, 10);
	if (!*end && !errno)
		return json_integer(i);
	errno = 0;
	double d = strtod(text, &end);
	if (*end || errno || !isfinite(d) || !strpbrk(text, "0123456789"))
		return NULL;
	return json_real(d);
}

/* A result of arithmetic: whole numbers are integers (3, not 3.0), as
 * Terraform prints them. */
static json_t *number_result(double d)
{
	if (d == floor(d) && fabs(d) < 9007199254740992.0) /* 2^53 */
		return json_integer((json_int_t)d);
	/* Terraform computes in decimal: 0.1 + 0.2 is 0.3, not the double's
	 * 0.30000000000000004; sixteen significant digits drop that last bit. */
	char text[32];
	snprintf(text, sizeof(text), "%.16g", d);
	double r = strtod(text, NULL);
	if (r == floor(r) && fabs(r) < 9007199254740992.0)
		return json_integer((json_int_t)r);
	return json_real(r);
}

/* a OP b for + - * / %: integers stay exact unless they overflow. */
static json_t *eval_arith(struct eval *ev, const struct expr_node *n, const json_t *a,
			  const json_t *b)
{
	json_t *na = number_of(a), *nb = number_of(b), *out = NULL;
	char op = n->op[0];
	if (!na || !nb) {
		strbuf_addf(ev->err, "the operands of \"%s\" must be numbers, got %s and %s: ",
			    n->op, value_kind(a), value_kind(b));
		describe_expr(n, ev->err);
		describe_value(ev, na ? b : a, ev->err);
		goto done;
	}
	double x = json_number_value(na), y = json_number_value(nb);
	if ((op == '/' || op == '%') && y == 0) {
		strbuf_addstr(ev->err, op == '/' ? "division by zero: " : "modulo by zero: ");
		describe_expr(n, ev->err);
		if (n->args[1]->kind != EXPR_LITERAL) {
			strbuf_addstr(ev->err, " (");
			describe_expr(n->args[1], ev->err);
			strbuf_addstr(ev->err, " is 0)");
		}
		goto done;
	}
	if (json_is_integer(na) && json_is_integer(nb)) {
		long long i = json_integer_value(na), j = json_integer_value(nb), r;
		bool over = false;
		switch (op) {
		case '+': over = __builtin_add_overflow(i, j, &r); break;
		case '-': over = __builtin_sub_overflow(i, j, &r); break;
		case '*': over = __builtin_mul_overflow(i, j, &r); break;
		case '%': over = j == -1; r = over ? 0 : i % j; break;
		default: over = i % j != 0 || (i == LLONG_MIN && j == -1); r = over ? 0 : i / j;
		}
		if (!over) {
			out = json_integer(r);
			goto done;
		}
		if (op == '%') {
			out = json_integer(0);
			goto done;
		}
	}
	switch (op) {
	case '+': out = number_result(x + y); break;
	case '-': out = number_result(x - y); break;
	case '*': out = number_result(x * y); break;
	case '/': out = number_result(x / y); break;
	default: out = number_result(fmod(x, y));
	}
	if (out && json_is_real(out) && !isfinite(json_real_value(out))) {
		json_decref(out);
		out = NULL;
		strbuf_addstr(ev->err, "the result is out of range: ");
		describe_expr(n, ev->err);
	}
done:
	json_decref(na);
	json_decref(nb);
	return out;
}

static json_t *eval_negate(struct eval *ev, const struct expr_node *n, const json_t *a)
{
	json_t *na = number_of(a), *out;
	if (!na) {
		strbuf_addf(ev->err, "the operand of \"-\" must be a number, got %s: ", value_kind(a));
		describe_expr(n, ev->err);
		describe_value(ev, a, ev->err);
		return NULL;
	}
	if (json_is_integer(na) && json_integer_value(na) != LLONG_MIN)
		out = json_integer(-json_integer_value(na));
	else
		out = number_result(-json_number_value(na));
	json_decref(na);
	return out;
}

static json_t *eval_compare(struct eval *ev, const struct expr_node *n, const json_t *a,
			    const json_t *b)
{
	if (!strcmp(n->op, "=="))
		return json_boolean(values_equal(a, b));
	if (!strcmp(n->op, "!="))
		return json_boolean(!values_equal(a, b));
	json_t *na = number_of(a), *nb = number_of(b);
	if (!na || !nb) {
		strbuf_addf(ev->err, "the operands of \"%s\" must be numbers, got %s and %s: ", n->op,
			    value_kind(a), value_kind(b));
		describe_expr(n, ev->err);
		describe_value(ev, na ? b : a, ev->err);
		json_decref(na);
		json_decref(nb);
		return NULL;
	}
	double x = json_number_value(na), y = json_number_value(nb);
	json_decref(na);
	json_decref(nb);
	if (!strcmp(n->op, "<"))
		return json_boolean(x < y);
	if (!strcmp(n->op, "<="))
		return json_boolean(x <= y);
	if (!strcmp(n->op, ">"))
		return json_boolean(x > y);
	return json_boolean(x >= y);
}

/*
 * Operators. A conditional evaluates only the branch chosen; an operand not
 * known until apply makes the result unknown.
 */
static bool is_equality(const struct expr_node *n)
{
	return !strcmp(n->op, "==") || !strcmp(n->op, "!=");
}

static json_t *eval_op(struct eval *ev, const struct expr_node *n)
{
	json_t *a = eval_node(ev, n->args[0]), *b = NULL, *out = NULL;
	if (!a)
		return NULL;
	if (value_contains_unknown(a) && !is_equality(n)) {
		out = value_unknown();
		goto done;
	}
	if (!strcmp(n->op, "?") || !strcmp(n->op, "!") || !strcmp(n->op, "&&") ||
	    !strcmp(n->op, "||")) {
		const char *role = !strcmp(n->op, "?") ? "the condition" : "an operand of a boolean operator";
		int truth = want_bool(ev, n, a, role);
		if (truth < 0)
			goto done;
		if (!strcmp(n->op, "?")) {
			out = eval_node(ev, n->args[truth ? 1 : 2]);
			goto done;
		}
		if (!strcmp(n->op, "!")) {
			out = json_boolean(!truth);
			goto done;
		}
		if (truth == !strcmp(n->op, "||")) {
			out = json_boolean(truth);
			goto done;
		}
		b = eval_node(ev, n->args[1]);
		if (!b)
			goto done;
		if (value_contains_unknown(b)) {
			out = value_unknown();
			goto done;
		}
		truth = want_bool(ev, n, b, role);
		if (truth >= 0)
			out = json_boolean(truth);
		goto done;
	}
	if (n->n_args == 1) { /* unary minus */
		out = eval_negate(ev, n, a);
		goto done;
	}
	b = eval_node(ev, n->args[1]);
	if (!b)
		goto done;
	if (value_contains_unknown(a) || value_contains_unknown(b)) {
		int equal = is_equality(n) ? expr_equal_known(a, b) : -1;
		out = equal < 0 ? value_unknown() : json_boolean(equal == (n->op[0] == '='));
	}
	else if (strchr("+-*/%", n->op[0]))
		out = eval_arith(ev, n, a, b);
	else
		out = eval_compare(ev, n, a, b);
done:
	json_decref(a);
	json_decref(b);
	return out;
}

/* ---- for expressions, indexes, splats, templates, try ---------------------- */

/* A for variable or a splat's element, and the path after it. */
static json_t *eval_bound(struct eval *ev, const struct expr_node *n, json_t **secret)
{
	const struct binding *b = ev->scope;
	while (b && strcmp(b->name, n->ref.root))
		b = b->outer;
	if (!b) { /* the parser binds only names it has seen bound */
		strbuf_addf(ev->err, "\"%s\" is not bound here", n->ref.root);
		return NULL;
	}
	struct strbuf why = STRBUF_INIT;
	const json_t *v = expr_path_get(b->value, n->ref.path, &why);
	if (!v) {
		strbuf_addf(ev->err, "%s: ", why.buf);
		if (!strcmp(n->ref.root, "*"))
			strbuf_addf(ev->err, "[*].%s", n->ref.path);
		else
			describe_expr(n, ev->err);
		describe_part(ev, b->value, b->secret, ev->err);
		strbuf_release(&why);
		return NULL;
	}
	strbuf_release(&why);
	*secret = secret_at(b->secret, n->ref.path);
	return json_deep_copy(v);
}

/* The parts of a template string: text and values, or the one value of
 * "${x}" as it is (as Terraform does). */
static int cmp_keys(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The keys of a map in lexical order (borrowed from it, in a new array),
 * as for expressions and %{for} go over them. */
static const char **sorted_keys(const json_t *map)
{
	size_t count = json_object_size(map), i = 0;
	const char **keys = xcalloc(count + 1, sizeof(*keys));
	const char *k;
	json_t *v;
	json_object_foreach((json_t *)map, k, v)
		keys[i++] = k;
	qsort(keys, count, sizeof(*keys), cmp_keys);
	return keys;
}

/* The parts of template n appended to out as text; *unknown set when a
 * part is not known yet. -1 with ev->err set. */
static int append_template(struct eval *ev, const struct expr_node *n, struct strbuf *out,
			   bool *unknown)
{
	for (size_t i = 0; i < n->n_args; i++) {
		const struct expr_node *p = n->args[i];
		json_t *v = eval_node(ev, p->kind == EXPR_TPL_IF || p->kind == EXPR_TPL_FOR
					  ? p->args[0] : p);
		int rc = 0;
		if (!v)
			return -1;
		if (value_is_unknown(v)) {
			*unknown = true;
		} else if (p->kind == EXPR_TPL_IF) {
			if (!json_is_boolean(v)) {
				strbuf_addf(ev->err, "the condition of %%{if} must be true or false, got "
					    "%s: ", value_kind(v));
				describe_expr(p, ev->err);
				describe_value(ev, v, ev->err);
				rc = -1;
			} else if (p->args[json_is_true(v) ? 1 : 2]) {
				rc = append_template(ev, p->args[json_is_true(v) ? 1 : 2], out, unknown);
			}
		} else if (p->kind == EXPR_TPL_FOR) {
			if (!json_is_array(v) && !json_is_object(v)) {
				strbuf_addf(ev->err, "%%{for} goes over a list or a map, got %s: ",
					    value_kind(v));
				describe_expr(p, ev->err);
				describe_value(ev, v, ev->err);
				rc = -1;
			}
			const char **keys = json_is_object(v) ? sorted_keys(v) : NULL;
			size_t count = json_is_array(v) ? json_array_size(v) : json_object_size(v);
			const struct binding *outer = ev->scope;
			for (size_t k = 0; k < count && rc == 0; k++) {
				json_t *key = keys ? json_string(keys[k]) : json_integer((json_int_t)k);
				struct binding kb = { p->for_key, key, outer };
				struct binding vb = { p->for_value, keys ? json_object_get(v, keys[k])
						      : json_array_get(v, k), p->for_key ? &kb : outer };
				ev->scope = &vb;
				rc = append_template(ev, p->args[1], out, unknown);
				ev->scope = outer;
				json_decref(key);
			}
			free(keys);
		} else if (expr_stringify_as(v, ev->edition, out) < 0) {
			strbuf_addf(ev->err, "cannot interpolate %s%s into a string: ",
				    json_is_null(v) ? "" : "a ", json_is_null(v) ? "null" :
				    json_is_array(v) ? "list" : "map");
			describe_expr(p, ev->err);
			rc = -1;
		}
		json_decref(v);
		if (rc < 0)
			return -1;
	}
	return 0;
}

/* The parts of a template string: text and values, or the one value of
 * "${x}" as it is (as Terraform does). */
static json_t *eval_template(struct eval *ev, const struct expr_node *n)
{
	if (n->n_args == 1 && n->args[0]->kind != EXPR_LITERAL &&
	    n->args[0]->kind != EXPR_TPL_IF && n->args[0]->kind != EXPR_TPL_FOR)
		return eval_node(ev, n->args[0]);
	struct strbuf out = STRBUF_INIT;
	bool unknown = false;
	json_t *result = NULL;
	if (append_template(ev, n, &out, &unknown) == 0)
		result = unknown ? value_unknown() : json_stringn(out.buf, out.len);
	strbuf_release(&out);
	return result;
}

/* A key of {for ...} as Terraform converts it: a string, number or bool. */
static int for_key_text(struct eval *ev, const struct expr_node *n, const json_t *k,
			struct strbuf *out)
{
	if (!json_is_null(k) && !json_is_array(k) && !json_is_object(k))
		return expr_stringify_as(k, ev->edition, out);
	strbuf_addf(ev->err, "a key of a for expression must be a string, got %s: ",
		    value_kind(k));
	describe_expr(n, ev->err);
	return -1;
}

/*
 * [for k, v in C : V if F] and {for k, v in C : K => V... if F}: lists by
 * index, maps by key in lexical order. An unknown collection, key or
 * condition makes the whole result unknown.
 */
static json_t *eval_for(struct eval *ev, const struct expr_node *n)
{
	json_t *secret;
	json_t *coll = eval_parts(ev, n->args[0], &secret), *out = NULL, *result = NULL;
	const char **keys = NULL;
	size_t count = 0;
	/* the parts are followed into the elements; a secret whole, or an
	 * unknown one with secret parts, marks the result */
	if (json_is_true(secret) || (coll && value_is_unknown(coll) && secret_any(secret)))
		ev->sensitive = true;
	if (!coll)
		return NULL;
	if (value_is_unknown(coll)) {
		result = value_unknown();
		goto done;
	}
	if (json_is_array(coll)) {
		count = json_array_size(coll);
	} else if (json_is_object(coll)) {
		count = json_object_size(coll);
		keys = sorted_keys(coll);
	} else {
		strbuf_addf(ev->err, "a for expression goes over a list or a map, got %s: ",
			    value_kind(coll));
		describe_expr(n, ev->err);
		describe_part(ev, coll, secret, ev->err);
		goto done;
	}
	bool object = n->args[1] != NULL;
	out = object ? json_object() : json_array();
	for (size_t i = 0; i < count; i++) {
		json_t *key = keys ? json_string(keys[i]) : json_integer((json_int_t)i);
		const json_t *value = keys ? json_object_get(coll, keys[i]) : json_array_get(coll, i);
		json_t *part = secret_step(secret, keys ? keys[i] : NULL, i);
		struct binding kb = { n->for_key, key, ev->scope, NULL };
		struct binding vb = { n->for_value, value, n->for_key ? &kb : ev->scope, part };
		const struct binding *outer = ev->scope;
		json_t *cond = NULL, *k = NULL, *v = NULL;
		int rc = -1;
		ev->scope = &vb;
		if (n->args[3]) {
			if (!(cond = eval_node(ev, n->args[3])))
				goto item_done;
			if (value_is_unknown(cond)) {
				rc = 1;
				goto item_done;
			}
			if (!json_is_boolean(cond)) {
				strbuf_addf(ev->err, "the \"if\" of a for expression must be true or "
					    "false, got %s: ", value_kind(cond));
				describe_expr(n, ev->err);
				describe_value(ev, cond, ev->err);
				goto item_done;
			}
			if (json_is_false(cond)) {
				rc = 0;
				goto item_done;
			}
		}
		if (object && !(k = eval_node(ev, n->args[1])))
			goto item_done;
		if (k && value_is_unknown(k)) {
			rc = 1;
			goto item_done;
		}
		if (!(v = eval_node(ev, n->args[2])))
			goto item_done;
		rc = 0;
		if (!object) {
			json_array_append(out, v);
			goto item_done;
		}
		struct strbuf text = STRBUF_INIT;
		if (for_key_text(ev, n, k, &text) < 0) {
			rc = -1;
		} else if (n->grouping) {
			json_t *group = json_object_get(out, text.buf);
			if (!group)
				json_object_set_new(out, text.buf, group = json_array());
			json_array_append(group, v);
		} else if (json_object_get(out, text.buf)) {
			strbuf_addf(ev->err, "two elements give the key \"%s\" in a for expression "
				    "(write \"...\" after the value to group them): ", text.buf);
			describe_expr(n, ev->err);
			rc = -1;
		} else {
			json_object_set(out, text.buf, v);
		}
		strbuf_release(&text);
item_done:
		ev->scope = outer;
		json_decref(part);
		json_decref(key);
		json_decref(cond);
		json_decref(k);
		json_decref(v);
		if (rc < 0)
			goto done;
		if (rc > 0) {
			result = value_unknown();
			goto done;
		}
	}
	result = out;
	out = NULL;
done:
	free(keys);
	json_decref(out);
	json_decref(coll);
	json_decref(secret);
	return result;
}

/* C[I]: a list by a whole number, a map by a key. */
static json_t *eval_index(struct eval *ev, const struct expr_node *n, json_t **secret)
{
	json_t *whole;
	json_t *c = eval_parts(ev, n->args[0], &whole), *i = c ? eval_node(ev, n->args[1]) : NULL;
	json_t *out = NULL;
	if (!c || !i)
		goto done;
	if (value_is_unknown(c) || value_is_unknown(i)) {
		out = value_unknown();
		*secret = json_incref(whole);
		goto done;
	}
	if (json_is_array(c)) {
		json_t *num = number_of(i);
		double d = num ? json_number_value(num) : -1;
		json_decref(num);
		if (!num || d != floor(d) || d < 0) {
			strbuf_addf(ev->err, "a list is indexed by a whole number from 0, got ");
			strbuf_addstr(ev->err, value_kind(i));
			strbuf_addstr(ev->err, ": ");
			describe_expr(n, ev->err);
			describe_value(ev, i, ev->err);
		} else if ((size_t)d >= json_array_size(c)) {
			strbuf_addf(ev->err, "index %.0f is out of range (the list has %zu elements): ",
				    d, json_array_size(c));
			describe_expr(n, ev->err);
		} else {
			out = json_deep_copy(json_array_get(c, (size_t)d));
			*secret = secret_step(whole, NULL, (size_t)d);
		}
		goto done;
	}
	if (json_is_object(c)) {
		struct strbuf key = STRBUF_INIT;
		if (json_is_array(i) || json_is_object(i) || expr_stringify_as(i, ev->edition, &key) < 0) {
			strbuf_addf(ev->err, "a map is indexed by a string, got %s: ", value_kind(i));
			describe_expr(n, ev->err);
		} else if (!json_object_get(c, key.buf)) {
			strbuf_addf(ev->err, "no key \"%s\" in the map: ", key.buf);
			describe_expr(n, ev->err);
		} else {
			out = json_deep_copy(json_object_get(c, key.buf));
			*secret = secret_step(whole, key.buf, 0);
		}
		strbuf_release(&key);
		goto done;
	}
	strbuf_addf(ev->err, "cannot index %s: ", value_kind(c));
	describe_expr(n, ev->err);
	describe_part(ev, c, whole, ev->err);
done:
	json_decref(c);
	json_decref(i);
	json_decref(whole);
	return out;
}

/* E.name after a value that is not a reference (a call, an index). */
static json_t *eval_attr(struct eval *ev, const struct expr_node *n, json_t **secret)
{
	json_t *whole;
	json_t *v = eval_parts(ev, n->args[0], &whole), *out = NULL;
	if (!v)
		return NULL;
	*secret = secret_step(whole, n->name, 0);
	json_decref(whole);
	if (value_is_unknown(v))
		out = json_incref(v);
	else if (json_is_object(v) && json_object_get(v, n->name))
		out = json_deep_copy(json_object_get(v, n->name));
	else {
		strbuf_addf(ev->err, json_is_object(v) ? "no attribute \"%s\": " :
			    "cannot read \"%s\" of %s: ", n->name, value_kind(v));
		describe_expr(n, ev->err);
	}
	json_decref(v);
	return out;
}

/* C[*].a: the steps after the splat applied to each element of a list;
 * null gives [], any other value is a list of one (as Terraform does). */
static json_t *eval_splat(struct eval *ev, const struct expr_node *n, json_t **secret)
{
	json_t *whole;
	json_t *c = eval_parts(ev, n->args[0], &whole), *out;
	if (!c)
		return NULL;
	if (value_is_unknown(c)) {
		*secret = whole;
		return c;
	}
	if (json_is_null(c)) {
		json_decref(c);
		json_decref(whole);
		return json_array();
	}
	if (!json_is_array(c)) {
		json_t *one = json_array();
		json_array_append_new(one, c);
		c = one;
		if (whole && !json_is_true(whole))
			whole = json_pack("[o]", whole);
	}
	out = json_array();
	json_t *parts = json_array();
	const struct binding *outer = ev->scope;
	size_t i;
	json_t *item;
	json_array_foreach(c, i, item) {
		json_t *part = secret_step(whole, NULL, i), *v_secret;
		struct binding b = { "*", item, outer, part };
		ev->scope = &b;
		json_t *v = eval_parts(ev, n->args[1], &v_secret);
		ev->scope = outer;
		json_decref(part);
		if (!v) {
			json_decref(out);
			out = NULL;
			break;
		}
		json_array_append_new(out, v);
		json_array_append_new(parts, v_secret ? v_secret : json_null());
	}
	json_decref(c);
	json_decref(whole);
	if (out && secret_any(parts))
		*secret = json_incref(parts);
	json_decref(parts);
	return out;
}

/* try(a, b, ...): the first argument that evaluates without an error (an
 * unknown one makes the result unknown); can(a): whether a does. */
static json_t *eval_try(struct eval *ev, const struct expr_node *n)
{
	struct strbuf last = STRBUF_INIT;
	struct strbuf *err = ev->err;
	json_t *out = NULL;
	for (size_t i = 0; i < n->n_args && !out; i++) {
		bool sensitive = ev->sensitive;
		strbuf_reset(&last);
		ev->err = &last;
		ev->in_try++;
		out = eval_node(ev, n->args[i]);
		ev->in_try--;
		ev->err = err;
		if (out && n->expand && i + 1 == n->n_args && !value_is_unknown(out)) {
			/* The elements are the arguments left, evaluated
			 * already: the first is taken. */
			json_t *list = out;
			if (check_expanded(n, list, err) < 0 ||
			    !try_count_ok(n->op, i + json_array_size(list), err)) {
				json_decref(list);
				strbuf_release(&last);
				return NULL;
			}
			out = json_incref(json_array_get(list, 0));
			json_decref(list);
			if (!out)
				strbuf_addstr(&last, "no argument in the expanded list");
		}
		if (!out)
			ev->sensitive = sensitive;
	}
	if (n->op[0] == 'c') {
		if (!out || !value_contains_unknown(out)) {
			json_t *known = json_boolean(out != NULL);
			json_decref(out);
			out = known;
		} else {
			json_decref(out);
			out = value_unknown();
		}
	} else if (!out) {
		strbuf_addf(err, "no argument of try could be evaluated (the last: %s): ", last.buf);
		describe_expr(n, err);
	}
	strbuf_release(&last);
	return out;
}

static json_t *eval_map(struct eval *ev, const struct expr_node *n)
{
	json_t *map = json_object();
	for (size_t i = 0; i + 1 < n->n_args; i += 2) {
		json_t *v = eval_node(ev, n->args[i + 1]);
		if (!v) {
			json_decref(map);
			return NULL;
		}
		json_object_set_new(map, json_string_value(n->args[i]->literal), v);
	}
	return map;
}

/* The length of a canonical path's first step: "tags" of "tags.env",
 * "[\"a.b\"]" of "[\"a.b\"].x". */
static size_t first_step_len(const char *path)
{
	size_t i = 0;
	if (path[0] != '[') {
		while (path[i] && path[i] != '.' && path[i] != '[')
			i++;
		return i;
	}
	bool quoted = false;
	for (i = 1; path[i]; i++) {
		if (quoted && path[i] == '\\' && path[i + 1])
			i++;
		else if (path[i] == '"')
			quoted = !quoted;
		else if (!quoted && path[i] == ']')
			return i + 1;
	}
	return i;
}

/*
 * Inside try() and can(), a reference that resolved to null is an error when
 * a step of its path after the first is not there: local.settings.size of
 * an object without "size", a map's missing key, an index past a list's end
 * (as Terraform, whose try then takes the next argument). Resolvers read
 * such a path as null (what stacks always had outside try); the first step,
 * a resource's attribute or a local's or variable's name, is theirs to judge.
 * True with ev->err set when the path is missing.
 */
static bool ref_path_missing(struct eval *ev, const struct expr_node *n)
{
	if (!n->ref.path)
		return false;
	size_t first = first_step_len(n->ref.path);
	const char *rest = n->ref.path + first;
	if (*rest == '.')
		rest++;
	if (!*rest)
		return false;
	struct expr_ref head = n->ref;
	head.path = xstrndup(n->ref.path, first);
	json_t *v = NULL, *secret = NULL;
	struct strbuf why = STRBUF_INIT;
	bool missing = false;
	if (ev->resolve(ev->ctx, &head, &v, &secret, &why) == 0 && v &&
	    !expr_path_get(v, rest, &why)) {
		strbuf_addf(ev->err, "%s: ", why.buf);
		describe_expr(n, ev->err);
		missing = true;
	}
	json_decref(v);
	json_decref(secret);
	strbuf_release(&why);
	free(head.path);
	return missing;
}

/* A reference its resolver gives, with the parts of it that are secret. */
static json_t *eval_ref(struct eval *ev, const struct expr_node *n, json_t **secret)
{
	json_t *out = NULL;
	if (ev->resolve(ev->ctx, &n->ref, &out, secret, ev->err) < 0) {
		json_decref(out);
		return NULL;
	}
	if (!out) {
		strbuf_addstr(ev->err, "reference ");
		describe_expr(n, ev->err);
		strbuf_addstr(ev->err, " has no value");
		return NULL;
	}
	if (ev->in_try && json_is_null(out) && ref_path_missing(ev, n)) {
		json_decref(out);
		return NULL;
	}
	return out;
}

/*
 * Sensitivity follows the parts of a value, as Terraform's marks do: a
 * resolver says which parts of what it gives are secret (a resource's
 * sensitive attributes, not the rest of it), and a reference, an attribute,
 * an index, a splat (and the names a for expression binds) give the parts
 * they select (home[*].name is not sensitive, home[*].password is). *secret
 * gets what of the result is secret (NULL: nothing; see secret_any);
 * eval_node makes any other use of a secret part mark the whole evaluation.
 */
static json_t *eval_parts(struct eval *ev, const struct expr_node *n, json_t **secret)
{
	json_t *out = NULL;
	*secret = NULL;
	switch (n->kind) {
	case EXPR_INDEX: out = eval_index(ev, n, secret); break;
	case EXPR_ATTR: out = eval_attr(ev, n, secret); break;
	case EXPR_SPLAT: out = eval_splat(ev, n, secret); break;
	case EXPR_REF: out = n->bound ? eval_bound(ev, n, secret) : eval_ref(ev, n, secret); break;
	default: return eval_node(ev, n);
	}
	if (!out) {
		json_decref(*secret);
		*secret = NULL;
	}
	return out;
}

static json_t *eval_node(struct eval *ev, const struct expr_node *n)
{
	switch (n->kind) {
	case EXPR_TEMPLATE: return eval_template(ev, n);
	case EXPR_FOR: return eval_for(ev, n);
	case EXPR_TRY: return eval_try(ev, n);
	case EXPR_OP: return eval_op(ev, n);
	case EXPR_MAP: return eval_map(ev, n);
	case EXPR_LITERAL: return json_deep_copy(n->literal);
	case EXPR_LIST: return eval_list(ev, n);
	case EXPR_CALL: return eval_call(ev, n);
	case EXPR_REF:
	case EXPR_INDEX:
	case EXPR_ATTR:
	case EXPR_SPLAT: {
		json_t *secret;
		json_t *out = eval_parts(ev, n, &secret);
		if (secret_any(secret))
			ev->sensitive = true;
		json_decref(secret);
		return out;
	}
	default: /* %{if} and %{for}: parts of a template only */
		strbuf_addstr(ev->err, "a template directive outside a template: ");
		describe_expr(n, ev->err);
		return NULL;
	}
}

static json_t *eval_string(struct eval *ev, const json_t *v)
{
	const char *s = json_string_value(v);
	size_t len = json_string_length(v);
	if (!has_template_marker(s, len))
		return json_stringn(s, len);

	struct template t;
	if (template_parse(s, len, &t, ev->err, NULL) < 0)
		return NULL;
	if (t.n == 1 && t.parts[0].expr) {
		json_t *whole = eval_node(ev, t.parts[0].expr);
		template_free(&t);
		return whole;
	}

	struct strbuf out = STRBUF_INIT;
	bool unknown = false;
	json_t *result = NULL;
	for (size_t i = 0; i < t.n; i++) {
		struct template_part *p = &t.parts[i];
		if (!p->expr) {
			strbuf_add(&out, p->text, p->text_len);
			continue;
		}
		json_t *part = eval_node(ev, p->expr);
		if (!part)
			goto done;
		if (value_is_unknown(part)) {
			unknown = true;
		} else if (expr_stringify_as(part, ev->edition, &out) < 0) {
			strbuf_addf(ev->err, "cannot interpolate %s%s into a string: ",
				    json_is_null(part) ? "" : "a ", json_is_null(part) ? "null" :
				    json_is_array(part) ? "list" : "map");
			describe_expr(p->expr, ev->err);
			json_decref(part);
			goto done;
		}
		json_decref(part);
	}
	result = unknown ? value_unknown() : json_stringn(out.buf, out.len);
done:
	strbuf_release(&out);
	template_free(&t);
	return result;
}

static json_t *eval_tree(struct eval *ev, const json_t *v)
{
	if (json_is_object(v)) {
		json_t *obj = json_object();
		const char *key;
		json_t *item;
		json_object_foreach((json_t *)v, key, item) {
			json_t *e = eval_tree(ev, item);
			if (!e) {
				json_decref(obj);
				return NULL;
			}
			json_object_set_new(obj, key, e);
		}
		return obj;
	}
	if (json_is_array(v)) {
		json_t *list = json_array();
		size_t i;
		json_t *item;
		json_array_foreach(v, i, item) {
			json_t *e = eval_tree(ev, item);
			if (!e) {
				json_decref(list);
				return NULL;
			}
			json_array_append_new(list, e);
		}
		return list;
	}
	if (json_is_string(v))
		return eval_string(ev, v);
	return json_deep_copy(v);
}

static const char *const edition_names[] = {
	[FUNC_TERRAFORM_2] = "terraform-2",
	[FUNC_TERRAFORM] = "terraform",
	[FUNC_EARLIER] = "earlier",
};

const char *func_edition_name(enum func_edition e)
{
	return edition_names[e];
}

int func_edition_parse(const char *name, enum func_edition *out)
{
	for (size_t i = 0; name && i < sizeof(edition_names) / sizeof(edition_names[0]); i++)
		if (!strcmp(name, edition_names[i])) {
			*out = (enum func_edition)i;
			return 0;
		}
	return -1;
}

json_t *expr_eval(const json_t *value, expr_resolve_fn resolve, void *ctx,
		  bool *sensitive, struct strbuf *err)
{
	return expr_eval_as(value, resolve, ctx, FUNC_NEWEST, sensitive, err);
}

json_t *expr_eval_as(const json_t *value, expr_resolve_fn resolve, void *ctx,
		     enum func_edition edition, bool *sensitive, struct strbuf *err)
{
	struct eval ev = { resolve, ctx, false, err, edition, NULL, 0, false };
	json_t *out = eval_tree(&ev, value);
	if (out && ev.sensitive && sensitive)
		*sensitive = true;
	return out;
}

json_t *expr_eval_before_plan(const json_t *value, expr_resolve_fn resolve, void *ctx,
			      enum func_edition edition, struct strbuf *err)
{
	struct eval ev = { resolve, ctx, false, err, edition, NULL, 0, true };
	return eval_tree(&ev, value);
}
