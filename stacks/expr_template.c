/*
 * expr_template.c: the template scanner of ${...}: a string into its text
 * ("$${" the text "${") and the expressions it holds, each parsed by
 * stacks/expr_parse.c (a string that is one %{if}/%{for} directive is one
 * template node), for reference collection and evaluation.
 */
#include "stacks/expr.h"
#include "stacks/expr_internal.h"
#include "provider/provider.h"

#include <stdlib.h>
#include <string.h>

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

bool has_template_marker(const char *s, size_t len)
{
	for (size_t i = 0; i + 1 < len; i++)
		if ((s[i] == '$' || s[i] == '%') && s[i + 1] == '{')
			return true;
	return false;
}

/* Split a string into literal text and expressions. Errors read
 * `invalid expression "${...}": <why>` or `unterminated "${": ...`; hint
 * (may be NULL) may get a suggestion to go with the error. */
int template_parse(const char *s, size_t len, struct template *t, struct strbuf *err,
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
