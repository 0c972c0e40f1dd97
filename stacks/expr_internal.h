/*
 * expr_internal.h: what the parts of ${...} expressions share and nothing
 * else includes: the tree the parser builds (stacks/expr_parse.c), which
 * reference collection and renaming (stacks/expr_refs.c) walk and
 * evaluation (stacks/expr_eval.c) computes, and the entry points of the
 * parser and of the template scanner (stacks/expr_template.c). The public
 * interface is stacks/expr.h.
 */
#ifndef TERRACE_EXPR_INTERNAL_H
#define TERRACE_EXPR_INTERNAL_H

#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>

#include "stacks/expr.h"
#include "stacks/expr_func.h"
#include "provider/base/strbuf.h"

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

void node_free(struct expr_node *n);
/* Free a template's parts and zero it. */
void template_free(struct template *t);

/*
 * Parse the expression that starts at s[start] (just after "${") and its
 * closing "}". On success *end is the index just after the "}". hint (may
 * be NULL) gets a suggestion for some errors ("did you mean ...").
 */
struct expr_node *parse_expression(const char *s, size_t len, size_t start,
				   size_t *end, struct strbuf *err, struct strbuf *hint);
/* Whether s holds a "${" or "%{" (else it is plain text). */
bool has_template_marker(const char *s, size_t len);
/* A YAML string holding a whole %{if}/%{for} directive as one template node;
 * NULL when it holds none or one that does not parse (then it is text). */
struct expr_node *directive_template(const char *s, size_t len);
/* Split a string into literal text and expressions. Errors read
 * `invalid expression "${...}": <why>` or `unterminated "${": ...`; hint
 * (may be NULL) may get a suggestion to go with the error. */
int template_parse(const char *s, size_t len, struct template *t, struct strbuf *err,
		   struct strbuf *hint);

/* -1 with err set unless v, call n's argument expanded with "...", is a
 * list (Terraform's tuple, list or set) or not known yet. */
int check_expanded(const struct expr_node *n, const json_t *v, struct strbuf *err);
/* try takes at least 1 argument, can 1: false with err set when n is not
 * allowed. */
bool try_count_ok(const char *op, size_t n, struct strbuf *err);

#endif
