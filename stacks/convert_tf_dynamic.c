/*
 * convert_tf_dynamic.c: a resource's `dynamic "NAME"` blocks in `terrace
 * convert -from terraform` (tf_dynamic_block): NAME's value as a for
 * expression over the block's for_each, the iterator's key and value bound,
 * its content's members as the type has them (what it lacks left out with
 * a warning, nested dynamic blocks likewise), concatenated with the blocks
 * of that name written beside it; a block of one member the written type
 * holds as a value (a function's environment) that member's value. A block the type takes as one map
 * (tf_block_as_map: an RDS parameter group's parameters) is that map.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "provider/base/diag.h"
#include "stacks/convert_tf_internal.h"
#include "stacks/expr_internal.h"

/* ---- dynamic blocks of a resource ---------------------------------------------- */

/* A member of nested schema a by Terraform's name (renamed as
 * tf_nested_renamed says for a written type; awscc's by its own name). */
static const struct attr_schema *member_of(const struct decl *dc, const struct attr_schema *a,
					   const char *name)
{
	if (!dc->written)
		return tf_schema_attr(a->nested, name, NULL);
	name = tf_nested_renamed(dc->rt->name, a->name, name);
	return schema_find(a->nested, name);
}

static bool dynamic_text(struct conv *c, const struct decl *dc, const struct hcl_item *dyn,
			 const struct attr_schema *a, struct strbuf *out);

/* A block's body as an object expression of a's members: what a lacks
 * left out (warned), a nested dynamic block a for expression; false when
 * a member a requires is missing. */
static bool content_text(struct conv *c, const struct decl *dc, const struct hcl_body *b,
			 const struct attr_schema *a, struct strbuf *out)
{
	bool ok = true;
	strbuf_addch(out, '{');
	size_t start = out->len;
	for (size_t i = 0; i < b->n && ok; i++) {
		const struct hcl_item *it = &b->items[i];
		bool dyn = it->is_block && !strcmp(it->name, "dynamic") && it->n_labels == 1;
		const char *name = dyn ? it->labels[0] : it->name;
		const struct attr_schema *n = member_of(dc, a, name);
		if (!n) {
			tf_left_out(c, &it->pos, "%s's %s left out: terrace's type has no such attribute "
				    "there", a->name, name);
			continue;
		}
		struct strbuf v = STRBUF_INIT;
		if (dyn) {
			ok = dynamic_text(c, dc, it, n, &v);
		} else if (it->is_block && n->nested) {
			bool list = n->type == ATTR_OBJECT_LIST;
			strbuf_addstr(&v, list ? "[" : "");
			ok = content_text(c, dc, it->body, n, &v);
			strbuf_addstr(&v, list ? "]" : "");
		} else if (!it->is_block) {
			char *t = tf_attr_text(c, it);
			if (t)
				strbuf_addstr(&v, t);
			free(t);
		}
		if (ok && v.len)
			strbuf_addf(out, "%s%s = %s", out->len > start ? ", " : "", n->name, v.buf);
		strbuf_release(&v);
	}
	for (const struct attr_schema *n = a->nested; ok && n->name; n++) {
		if (!(n->flags & ATTR_REQUIRED))
			continue;
		bool set = false;
		for (size_t i = 0; i < b->n && !set; i++) {
			const struct hcl_item *it = &b->items[i];
			bool dyn = it->is_block && !strcmp(it->name, "dynamic") && it->n_labels == 1;
			set = member_of(dc, a, dyn ? it->labels[0] : it->name) == n;
		}
		ok = set;
	}
	strbuf_addch(out, '}');
	return ok;
}

/* dynamic "NAME" { for_each iterator content }: a for expression over
 * for_each, the iterator bound (a list's, or a single block's first, null
 * when there is none); false (warned, counted) when it cannot be. */
static bool dynamic_text(struct conv *c, const struct decl *dc, const struct hcl_item *dyn,
			 const struct attr_schema *a, struct strbuf *out)
{
	const struct hcl_item *fe = hcl_attr(dyn->body, "for_each");
	const struct hcl_item *it = hcl_attr(dyn->body, "iterator");
	const struct hcl_body *content = NULL;
	for (size_t k = 0; k < dyn->body->n; k++)
		if (dyn->body->items[k].is_block && !strcmp(dyn->body->items[k].name, "content"))
			content = dyn->body->items[k].body;
	const char *iter = it && it->expr && it->expr->kind == EXPR_REF && !it->expr->ref.path
			   ? it->expr->ref.root : dyn->labels[0];
	if (!a->nested || (a->type != ATTR_OBJECT && a->type != ATTR_OBJECT_LIST)) {
		tf_left_out(c, &dyn->pos, "dynamic \"%s\" left out: %s", dyn->labels[0],
			    "terrace's type holds it as a value, not as blocks: write the value");
		return false;
	}
	char *fe_text = fe ? tf_attr_text(c, fe) : NULL;
	if (!fe_text || !content) {
		tf_left_out(c, &dyn->pos, "dynamic \"%s\" left out: %s", dyn->labels[0],
			    "it has no readable for_each or no content block");
		free(fe_text);
		return false;
	}
	const char *outer = c->iterator;
	c->iterator = iter;
	struct strbuf body = STRBUF_INIT;
	struct diags *d = c->d, quiet = DIAGS_INIT;
	c->d = &quiet;
	bool ok = content_text(c, dc, content, a, &body);
	c->d = d;
	bool bind = outer && strcmp(outer, iter);
	tf_outer_warnings(c, &quiet, bind ? outer : NULL);
	if (bind)
		tf_bind_iterator(outer, &body); /* the outer block's, inside this one */
	c->iterator = outer;
	if (!ok) {
		tf_left_out(c, &dyn->pos, "dynamic \"%s\" left out: %s", dyn->labels[0],
			    "its content lacks what terrace's type requires there");
	} else if (a->type == ATTR_OBJECT_LIST) {
		strbuf_addf(out, "[for %s_key, %s_value in %s : %s]", iter, iter, fe_text, body.buf);
	} else {
		strbuf_addf(out, "try([for %s_key, %s_value in %s : %s][0], null)", iter, iter,
			    fe_text, body.buf);
	}
	strbuf_release(&body);
	free(fe_text);
	return ok;
}

/* ---- blocks that are a map of terrace's type ------------------------------------ */

/* A block Terraform repeats, one name and value each, where terrace's type
 * takes one map of them: aws_db_parameter_group's `parameter { name value
 * apply_method }` is AWS::RDS::DBParameterGroup's Parameters, {NAME: VALUE}
 * (the template reference: "the parameters to set", a JSON object; each
 * value a string, as hashicorp/aws's schema has it; no apply method: what
 * is not name or value is left out with a warning); aws_iam_role's
 * `inline_policy { name policy }` is aws.iam.role's inline_policies,
 * {NAME: POLICY}, as a folded aws_iam_role_policy is. */
static const struct attr_schema name_value[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED },
	{ .name = "value", .type = ATTR_STRING, .flags = ATTR_REQUIRED },
	{ .name = NULL },
};

static const struct attr_schema name_policy[] = {
	{ .name = "name", .type = ATTR_STRING, .flags = ATTR_REQUIRED },
	{ .name = "policy", .type = ATTR_STRING, .flags = ATTR_REQUIRED },
	{ .name = NULL },
};

static const struct block_as_map {
	const char *tf, *block, *attr, *value;
	const struct attr_schema *members; /* the block's: "name" and value */
} blocks_as_map[] = {
	{ "aws_db_parameter_group", "parameter", "parameters", "value", name_value },
	{ "aws_iam_role", "inline_policy", "inline_policies", "policy", name_policy },
};

/* The map of a block of the type, or NULL. */
static const struct block_as_map *map_of(const struct decl *dc, const char *block)
{
	for (size_t i = 0; dc->written && !dc->twin && block &&
			   i < sizeof(blocks_as_map) / sizeof(blocks_as_map[0]); i++)
		if (!strcmp(blocks_as_map[i].tf, dc->tf_type) && !strcmp(blocks_as_map[i].block, block))
			return &blocks_as_map[i];
	return NULL;
}

/* text, a map expression, merged into res's attr (after what is there: an
 * expression, or a map a split resource folded in). */
static void merge_map(json_t *res, const char *attr, const char *text)
{
	json_t *old = json_object_get(res, attr);
	const char *had = json_string_value(old);
	char *j = json_is_object(old) ? json_dumps(old, JSON_COMPACT) : NULL;
	json_t *v = had ? json_sprintf("${merge(%.*s, %s)}", (int)strlen(had) - 3, had + 2, text)
		    : j ? json_sprintf("${merge(%s, %s)}", j, text)
			: json_sprintf("${%s}", text);
	free(j);
	json_object_set_new(res, attr, v);
}

bool tf_block_as_map(struct conv *c, const struct decl *dc, const struct hcl_item *it,
		     json_t *res)
{
	bool dyn = it->is_block && !strcmp(it->name, "dynamic") && it->n_labels == 1;
	const struct block_as_map *m = it->is_block ? map_of(dc, dyn ? it->labels[0] : it->name)
				       : NULL;
	if (!m)
		return false;
	const char *attr = m->attr;
	const struct attr_schema block = { .name = dyn ? it->labels[0] : it->name,
					   .type = ATTR_OBJECT_LIST, .nested = m->members };
	struct strbuf list = STRBUF_INIT;
	bool ok;
	if (dyn) {
		ok = dynamic_text(c, dc, it, &block, &list);
	} else {
		strbuf_addch(&list, '[');
		ok = content_text(c, dc, it->body, &block, &list);
		strbuf_addch(&list, ']');
		if (!ok)
			tf_left_out(c, &it->pos, "%s left out: it lacks a name or a %s", it->name,
				    m->value);
	}
	if (ok) {
		char *map = xasprintf("{for p in %s : p.name => tostring(p.%s)}", list.buf,
				      m->value);
		merge_map(res, attr, map);
		free(map);
	}
	strbuf_release(&list);
	return true;
}

/* dynamic "environment" { for_each content { variables = MAP } } of a
 * written type that holds the block's one member as the value (aws.lambda.
 * function's environment, a flat map, as a written block's is,
 * convert_tf.c): the first instance's member, null when for_each makes
 * none (terraform-aws-lambda's environment, [] without variables). */
static bool dynamic_value(struct conv *c, const struct decl *dc, const struct hcl_item *dyn,
			  const struct attr_schema *a, struct strbuf *out)
{
	const struct hcl_item *fe = hcl_attr(dyn->body, "for_each");
	const struct hcl_item *it = hcl_attr(dyn->body, "iterator");
	const struct hcl_body *content = NULL;
	for (size_t k = 0; k < dyn->body->n; k++)
		if (dyn->body->items[k].is_block && !strcmp(dyn->body->items[k].name, "content"))
			content = dyn->body->items[k].body;
	if (!dc->written || a->type != ATTR_MAP || !fe || !content || content->n != 1 ||
	    content->items[0].is_block)
		return false;
	char *fe_text = tf_attr_text(c, fe);
	const char *outer = c->iterator;
	c->iterator = it && it->expr && it->expr->kind == EXPR_REF && !it->expr->ref.path
		      ? it->expr->ref.root : dyn->labels[0];
	char *v = fe_text ? tf_attr_text(c, &content->items[0]) : NULL;
	if (v)
		strbuf_addf(out, "try([for %s_key, %s_value in %s : %s][0], null)", c->iterator,
			    c->iterator, fe_text, v);
	c->iterator = outer;
	free(fe_text);
	free(v);
	return v != NULL;
}

bool tf_dynamic_block(struct conv *c, const struct decl *dc, const struct hcl_item *dyn,
		      json_t *res)
{
	const char *label = dyn->n_labels == 1 ? dyn->labels[0] : NULL;
	const struct attr_schema *a = !label ? NULL : dc->written ? tf_aws_attr(dc, label)
				      : tf_schema_attr(dc->rt->attrs, label, dc->rt->name);
	if (!a) {
		if (label)
			tf_left_out(c, &dyn->pos, "dynamic \"%s\" left out: %s", label,
				    "terrace's type has no such attribute");
		return false;
	}
	struct strbuf s = STRBUF_INIT;
	if (!json_object_get(res, a->name) && dynamic_value(c, dc, dyn, a, &s)) {
		json_object_set_new(res, a->name, json_sprintf("${%s}", s.buf));
		strbuf_release(&s);
		return true;
	}
	if (!dynamic_text(c, dc, dyn, a, &s)) {
		strbuf_release(&s);
		return false;
	}
	json_t *had = json_object_get(res, a->name);
	json_t *v;
	if (!had) {
		v = json_sprintf("${%s}", s.buf);
	} else if (a->type == ATTR_OBJECT_LIST && json_is_string(had) &&
		   expr_is_one_expression(json_string_value(had))) {
		/* another dynamic block of the same name: both lists */
		const char *h = json_string_value(had);
		v = json_sprintf("${concat(%.*s, %s)}", (int)strlen(h) - 3, h + 2, s.buf);
	} else if (a->type == ATTR_OBJECT_LIST && json_is_array(had)) {
		/* blocks written beside it: their JSON is an expression too */
		char *j = json_dumps(had, JSON_COMPACT);
		v = json_sprintf("${concat(%s, %s)}", j, s.buf);
		free(j);
	} else {
		tf_left_out(c, &dyn->pos, "dynamic \"%s\" left out: %s", label,
			    "the resource writes that block too, and it holds one");
		strbuf_release(&s);
		return false;
	}
	json_object_set_new(res, a->name, v);
	strbuf_release(&s);
	return true;
}

