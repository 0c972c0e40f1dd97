/*
 * expr_refs.c: the references in ${...} expressions: collecting those a
 * value holds (with where each is written) and renaming them, both over
 * the tree stacks/expr_parse.c builds. A name a for expression binds is not
 * a reference: it is neither collected nor renamed.
 */
#include "stacks/expr.h"
#include "stacks/expr_internal.h"
#include "stacks/expr_path.h"
#include "provider/provider.h"

#include <stdlib.h>
#include <string.h>

/* ---- reference collection ------------------------------------------------ */

static void refs_push(struct expr_refs *r, const struct expr_ref *ref, const struct src_pos *pos,
		      bool guarded)
{
	if (r->n == r->alloc) {
		r->alloc = r->alloc ? 2 * r->alloc : 8;
		r->items = xrealloc(r->items, r->alloc * sizeof(*r->items));
	}
	struct expr_ref *dst = &r->items[r->n++];
	dst->root = xstrdup(ref->root);
	dst->path = ref->path ? xstrdup(ref->path) : NULL;
	dst->prefix_len = ref->prefix_len;
	dst->guarded = guarded;
	if (pos) {
		dst->pos = *pos;
	} else {
		memset(&dst->pos, 0, sizeof(dst->pos));
	}
}

/* The references of an expression, including those inside calls and lists;
 * guarded inside try() or can(), a conditional's values (not its
 * condition) and a for expression's key, value and filter (not its
 * collection: over none, as `range(c ? 1 : 0)` may be, they are never
 * evaluated). */
static void collect_node(const struct expr_node *n, const struct src_pos *pos,
			 struct expr_refs *out, bool guarded)
{
	if (n->kind == EXPR_REF && !n->bound)
		refs_push(out, &n->ref, pos, guarded);
	bool conditional = n->kind == EXPR_OP && !strcmp(n->op, "?");
	for (size_t i = 0; i < n->n_args; i++)
		if (n->args[i])
			collect_node(n->args[i], pos, out, guarded || n->kind == EXPR_TRY ||
				     ((conditional || n->kind == EXPR_FOR) && i > 0));
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
			collect_node(t.parts[i].expr, pos, out, false);
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
	expr_rename_attr_fn attr_fn; /* may be NULL */
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
	const struct expr_node *base = n->kind == EXPR_ATTR && n->n_args == 1 &&
				       n->args[0]->kind == EXPR_INDEX ? n->args[0]->args[0] : NULL;
	if (rn->attr_fn && base && base->kind == EXPR_REF && !base->bound) {
		/* REF[EXPR].name: the node's text begins where the reference
		 * does and ends with the name */
		struct strbuf with = STRBUF_INIT;
		struct expr_ref ref = base->ref;
		memset(&ref.pos, 0, sizeof(ref.pos));
		if (rn->pos)
			ref.pos = *rn->pos;
		size_t end = base->span_start + strlen(n->text), len = strlen(n->name);
		size_t name_at = end - len;
		if (end <= strlen(rn->s) && name_at >= rn->copied &&
		    !memcmp(rn->s + name_at, n->name, len) &&
		    rn->attr_fn(rn->ctx, &ref, n->name, &with) > 0) {
			strbuf_add(rn->out, rn->s + rn->copied, name_at - rn->copied);
			strbuf_add(rn->out, with.buf, with.len);
			rn->copied = end;
		}
		strbuf_release(&with);
	}
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
	struct rename rn = { fn, ctx, pos_of, pos_ctx, NULL, err, NULL, NULL, 0, NULL };
	return rename_value(value, &rn);
}

json_t *expr_rename_refs_attrs(const json_t *value, expr_rename_fn fn, expr_rename_attr_fn attr_fn,
			       void *ctx, struct strbuf *err)
{
	struct rename rn = { fn, ctx, NULL, NULL, NULL, err, attr_fn, NULL, 0, NULL };
	return rename_value(value, &rn);
}
