/*
 * expr_parse.c: the parser of ${...} expressions: one expression's tokens
 * (stacks/expr_lex.c) into the tree of stacks/expr_internal.h, with the
 * checks a call gets before evaluation. stacks/expr_template.c finds the
 * expressions in a string; reference collection and renaming walk the tree
 * in stacks/expr_refs.c, evaluation in stacks/expr_eval.c; the path helpers
 * of stacks/expr_path.h live in stacks/expr_path.c.
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
#include "stacks/expr_internal.h"
#include "stacks/expr_lex.h"
#include "stacks/expr_path.h"
#include "stacks/expr_func.h"
#include "provider/provider.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the tree ------------------------------------------------------------ */

/* The node and template types are in stacks/expr_internal.h. */

void node_free(struct expr_node *n)
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

void template_free(struct template *t)
{
	for (size_t i = 0; i < t->n; i++) {
		free(t->parts[i].text);
		node_free(t->parts[i].expr);
	}
	free(t->parts);
	memset(t, 0, sizeof(*t));
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
 *            | "module" "." IDENT [key]
 *
 * The root is what the reference names: "var", "lake", "bucket[\"alice\"]",
 * "module.lake.raw" (after expansion, a resource inside a module; before it,
 * an output of the module), "module.lake" (the module call itself, as HCL
 * writes it in depends_on and for expressions: prefix_len 0, no path),
 * "data.azs" (a lookup), "module.lake.data.azs" (a lookup of module lake,
 * after expansion; before it, output "data" of the module, path "azs");
 * ref.prefix_len is the length of the "module.NAME." part. Reserved roots (var, local, ...) take no key: for
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
 * "[\"k\"]"), a splat ("[*]": 2), a name a for expression binds ("[name]",
 * q[name].arn inside [for name in ... : ...]: 3, an index applied to all
 * of q's instances) or something else (an index expression: 0), looking
 * ahead without moving. */
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
		if (t->kind == T_IDENT && is_bound(ps, t))
			kind = 3;
		else if ((key || star) && lex_next(&ahead) == 0 && ahead.tok.kind == T_RBRACKET)
			kind = star ? 2 : 1;
	}
	json_decref(ahead.tok.value);
	strbuf_release(&ignored);
	return kind;
}

/* Whether the "[" that is the current token names one instance of a
 * resource: a literal key, or each.key or count.index alone. Any other
 * index (home[each.value.name], home[var.k]) is applied to all of home's
 * instances, a map or a list (parse_postfix), as Terraform applies it. */
static bool bracket_names_instance(const struct parser *ps)
{
	if (bracket_kind(ps) == 1)
		return true;
	struct lexer ahead = ps->lx;
	struct strbuf ignored = STRBUF_INIT;
	ahead.tok.value = NULL;
	ahead.err = &ignored;
	bool names = false;
	const struct token *t = &ahead.tok;
	if (lex_next(&ahead) == 0 && t->kind == T_IDENT &&
	    (ident_is(t, "each") || ident_is(t, "count"))) {
		const char *want = ident_is(t, "each") ? "key" : "index";
		names = lex_next(&ahead) == 0 && t->kind == T_DOT && lex_next(&ahead) == 0 &&
			ident_is(t, want) && lex_next(&ahead) == 0 && t->kind == T_RBRACKET;
	}
	json_decref(ahead.tok.value);
	strbuf_release(&ignored);
	return names;
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
		if (t->kind != T_DOT)
			break; /* module.NAME alone: the module call (depends_on = [module.x]) */
		n->ref.prefix_len = root.len + 1;
		if (parse_dot_name(ps, &root, "\".\" and an output name after the module", &end) < 0)
			goto fail;
		in_module = !strcmp(root.buf + n->ref.prefix_len, "module");
		/* module.M.data.NAME: a lookup of the module (an expansion's name) */
		if (!strcmp(root.buf + n->ref.prefix_len, "data") && t->kind == T_DOT &&
		    parse_dot_name(ps, &root, "a lookup name after \"data.\"", &end) < 0)
			goto fail;
		if (!in_module && t->kind == T_LBRACKET &&
		    (bracket_kind(ps) == 2 || bracket_names_instance(ps)) &&
		    parse_key(ps, &root, &end, true) < 0)
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
	    !reserved_root(root.buf) && bracket_names_instance(ps) &&
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
static struct expr_node *parse_binary(struct parser *ps, size_t level);

/*
 * [ expr ( "," expr )* ] followed by the token close; the current token is
 * the first after the opener. n->text becomes the source from start up to
 * and including close. With call set, a call's arguments: the last may be
 * followed by "..." (n->expand), and close must follow it. A "," may
 * follow the last item, as in HCL ([a, b,] written over several lines).
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
			if (ps->lx.tok.kind == close) /* a trailing ",", as HCL takes */
				break;
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
int check_expanded(const struct expr_node *n, const json_t *v, struct strbuf *err)
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
bool try_count_ok(const char *op, size_t n, struct strbuf *err)
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
 * key := NAME | STRING | expr. As in HCL, a bare name (no step, no call
 * after it) and a plain string are the key as written; any other
 * expression ("${local.p}:aud", (var.k), 3) is evaluated into the key
 * (stacks/expr_eval.c's eval_map). The current token is the "{".
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
		json_t *key = NULL;
		if (t->kind == T_IDENT && peek_char(&ps->lx) != '(' && !step_follows(&ps->lx))
			key = json_stringn(t->start, t->len);
		else if (t->kind == T_STRING)
			key = json_incref(t->value);
		struct expr_node *k;
		if (key) {
			k = xcalloc(1, sizeof(*k));
			k->kind = EXPR_LITERAL;
			k->literal = key;
			if (lex_next(&ps->lx) < 0) {
				node_free(k);
				goto fail;
			}
		} else if (!(k = parse_binary(ps, 0))) {
			goto fail;
		}
		n->args = xrealloc(n->args, (n->n_args + 2) * sizeof(*n->args));
		n->args[n->n_args++] = k;
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
		if (t->kind == T_COMMA) {
			if (lex_next(&ps->lx) < 0)
				goto fail;
		} else if (t->kind != T_RBRACE && t->kind != T_IDENT && t->kind != T_STRING &&
			   t->kind != T_TEMPLATE && t->kind != T_LPAREN && t->kind != T_NUMBER) {
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
struct expr_node *parse_expression(const char *s, size_t len, size_t start,
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

/*
 * A YAML string holding a directive, %{if ...}...%{endif} or %{for ...}
 * ...%{endfor}, is a template as Terraform's string would be: the one node
 * of all of s, read raw ("%%{" the text "%{"). NULL when s holds none, or
 * one that does not parse: such a "%{" is text, as it always was in a
 * stack ("100%{x}"), and its "%%{" too; err gets nothing.
 */
struct expr_node *directive_template(const char *s, size_t len)
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
