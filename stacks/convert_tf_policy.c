/*
 * convert_tf_policy.c: data "aws_iam_policy_document" as a local of the
 * stack holding the document (stacks/convert_tf.c refers to it:
 * data.aws_iam_policy_document.x.json is ${jsonencode(local.x_policy)}).
 * A plain document is written as YAML; one with for_each or count, or with
 * dynamic "statement" blocks, as one expression: for_each a map of
 * {json = ...} by the same keys (data...x[each.key].json reads the same in
 * the stack), count a list of them (x[0].json: never a null that would
 * leave a role without its trust policy), and a dynamic block a for
 * expression over its for_each, its iterator's key and value bound: a
 * dynamic "statement", and a statement's dynamic "condition", "principals"
 * and "not_principals" (merged into the statement, grouped by test or
 * type as IAM's JSON has them, and absent when the loop makes none: an
 * Allow never loses its condition). An inner dynamic block's content may
 * name the outer block's iterator: tf_bind_iterator() binds it, for
 * convert_tf_folds.c's dynamic blocks of resources too. source_policy_
 * documents are the sources' statements (jsondecode), an own statement
 * replacing a source's of the same sid. A document a fold names is written
 * again inside it (tf_document_again), and so are the documents it names,
 * so their references to the owner are the owner's own values.
 */
#include <stdlib.h>
#include <string.h>

#include "provider/base/diag.h"
#include "stacks/convert_tf_internal.h"
#include "stacks/expr_internal.h"

static const char *const statement_keys[][2] = {
	{ "sid", "Sid" }, { "effect", "Effect" }, { "actions", "Action" },
	{ "not_actions", "NotAction" }, { "resources", "Resource" },
	{ "not_resources", "NotResource" },
};

/* A condition's values as aws_iam_policy_document writes them: its
 * values are a list(string), so a number or bool is its text in the JSON
 * (the iam modules' mfa_age 86400 is "86400" under NumericLessThan); one
 * given by an expression goes through tostring(). v: the list's value,
 * changed in place. */
static void condition_values_as_strings(json_t *v)
{
	size_t i;
	json_t *m;
	json_array_foreach(v, i, m) {
		const char *s = json_string_value(m);
		if (json_is_number(m) || json_is_boolean(m)) {
			char *text = json_is_integer(m) ? xasprintf("%" JSON_INTEGER_FORMAT,
								     json_integer_value(m))
				     : json_is_real(m) ? xasprintf("%.17g", json_real_value(m))
				     : xstrdup(json_is_true(m) ? "true" : "false");
			json_array_set_new(v, i, json_string(text));
			free(text);
		} else if (s && expr_is_one_expression(s)) {
			json_array_set_new(v, i, json_sprintf("${tostring(%.*s)}",
							      (int)strlen(s) - 3, s + 2));
		}
	}
}

/* A statement's actions or not_actions as aws_iam_policy_document writes
 * them: a set, each action once (the iam modules' examples name
 * ecr:GetDownloadUrlForLayer twice); a literal list without its repeats,
 * one given by an expression through distinct(). v changed in place, or
 * a new value returned (NULL: v as it is). */
static json_t *actions_once(json_t *v)
{
	const char *s = json_string_value(v);
	if (s && expr_is_one_expression(s))
		return json_sprintf("${distinct(%.*s)}", (int)strlen(s) - 3, s + 2);
	for (size_t i = 0; json_is_array(v) && i < json_array_size(v); i++)
		for (size_t k = 0; k < i; k++)
			if (json_equal(json_array_get(v, k), json_array_get(v, i))) {
				json_array_remove(v, i--);
				break;
			}
	return NULL;
}

/* statement { effect actions resources principals { type identifiers }
 * condition { test variable values } }: IAM's JSON document as a value. */
static json_t *document_value(struct conv *c, const struct hcl_body *b)
{
	json_t *doc = json_pack("{s:s}", "Version", "2012-10-17");
	json_t *statements = json_array();
	for (size_t i = 0; i < b->n; i++) {
		const struct hcl_item *st = &b->items[i];
		if (!st->is_block && !strcmp(st->name, "version")) {
			json_t *v = tf_attr_value(c, st, NULL);
			if (v)
				json_object_set_new(doc, "Version", v);
			continue;
		}
		if (!st->is_block || strcmp(st->name, "statement")) {
			tf_left_out(c, &st->pos, "%s of an aws_iam_policy_document left out: %s", st->name,
				 "only statement blocks and version carry over");
			continue;
		}
		json_t *s = json_object();
		for (size_t k = 0; k < st->body->n; k++) {
			const struct hcl_item *it = &st->body->items[k];
			const char *key = NULL;
			for (size_t j = 0; j < sizeof(statement_keys) / sizeof(statement_keys[0]); j++)
				if (!strcmp(it->name, statement_keys[j][0]))
					key = statement_keys[j][1];
			if (key && !it->is_block) {
				json_t *v = tf_attr_value(c, it, NULL);
				json_t *once = v && strstr(key, "Action") ? actions_once(v) : NULL;
				if (once) {
					json_decref(v);
					v = once;
				}
				if (v && !strcmp(key, "Sid") && json_is_string(v) && !json_string_length(v)) {
					json_decref(v); /* sid = "": the provider writes no Sid */
					v = NULL;
				}
				if (v)
					json_object_set_new(s, key, v);
			} else if (it->is_block && (!strcmp(it->name, "principals") ||
						    !strcmp(it->name, "not_principals"))) {
				const char *pk = it->name[0] == 'n' ? "NotPrincipal" : "Principal";
				json_t *p = json_object_get(s, pk);
				if (!p)
					json_object_set_new(s, pk, p = json_object());
				const struct hcl_item *type = hcl_attr(it->body, "type");
				const struct hcl_item *ids = hcl_attr(it->body, "identifiers");
				json_t *tv = type ? tf_attr_value(c, type, NULL) : NULL;
				json_t *iv = ids ? tf_attr_value(c, ids, NULL) : NULL;
				if (json_is_string(tv) && !strcmp(json_string_value(tv), "*") && iv)
					json_object_set_new(s, pk, json_string("*")); /* anyone */
				else if (json_is_string(tv) && iv && json_is_object(p))
					json_object_set(p, json_string_value(tv), iv);
				else
					tf_left_out(c, &it->pos, "%s left out: %s", it->name,
						 "its type is not a literal");
				json_decref(tv);
				json_decref(iv);
			} else if (it->is_block && !strcmp(it->name, "condition")) {
				json_t *cond = json_object_get(s, "Condition");
				if (!cond)
					json_object_set_new(s, "Condition", cond = json_object());
				const struct hcl_item *test = hcl_attr(it->body, "test");
				const struct hcl_item *var = hcl_attr(it->body, "variable");
				const struct hcl_item *vals = hcl_attr(it->body, "values");
				json_t *tv = test ? tf_attr_value(c, test, NULL) : NULL;
				json_t *vv = var ? tf_attr_value(c, var, NULL) : NULL;
				json_t *lv = vals ? tf_attr_value(c, vals, NULL) : NULL;
				if (json_is_string(tv) && json_is_string(vv) && lv) {
					condition_values_as_strings(lv);
					json_t *t = json_object_get(cond, json_string_value(tv));
					if (!t)
						json_object_set_new(cond, json_string_value(tv),
								    t = json_object());
					json_object_set(t, json_string_value(vv), lv);
				} else {
					tf_left_out(c, &it->pos, "%s left out: %s", it->name,
						 "its test and variable are not literals");
				}
				json_decref(tv);
				json_decref(vv);
				json_decref(lv);
			} else {
				tf_left_out(c, &it->pos, "%s of a policy statement left out: %s", it->name,
					 "terrace has no counterpart");
			}
		}
		if (!json_object_get(s, "Effect"))
			json_object_set_new(s, "Effect", json_string("Allow"));
		json_array_append_new(statements, s);
	}
	json_object_set_new(doc, "Statement", statements);
	return doc;
}


/* A condition's values (strings: a literal list's numbers and bools as
 * their text, condition_values_as_strings; values = [true] is ["true"] in
 * the JSON, as terraform-aws-s3-bucket's Null conditions read), or
 * principals' identifiers, as an expression's text. */
static char *values_text(struct conv *c, const struct hcl_item *val, bool condition)
{
	const struct expr_node *n = val->expr;
	bool other = false;
	for (size_t i = 0; condition && n && n->kind == EXPR_LIST && i < n->n_args; i++)
		other = other || (n->args[i]->kind == EXPR_LITERAL &&
				  !json_is_string(n->args[i]->literal));
	if (!other)
		return tf_attr_text(c, val);
	json_t *v = tf_attr_value(c, val, NULL);
	if (!json_is_array(v)) {
		json_decref(v);
		return tf_attr_text(c, val);
	}
	condition_values_as_strings(v);
	struct strbuf out = STRBUF_INIT;
	tf_add_expression(&out, v);
	json_decref(v);
	return strbuf_detach(&out);
}

/* Blocks of one statement's body with the same key's text (principals of
 * one type, conditions of one test) as "(KEY) = {...}" or "(KEY) = V". */
static bool add_grouped(struct conv *c, const struct hcl_body *st, const char *block,
			const char *key_attr, const char *inner_attr, const char *value_attr,
			struct strbuf *out)
{
	bool any = false;
	char **done = NULL;
	size_t n_done = 0;
	for (size_t i = 0; i < st->n; i++) {
		const struct hcl_item *it = &st->items[i];
		if (!it->is_block || strcmp(it->name, block))
			continue;
		const struct hcl_item *key = hcl_attr(it->body, key_attr);
		char *kt = key ? tf_attr_text(c, key) : NULL;
		bool seen = false;
		for (size_t k = 0; kt && k < n_done; k++)
			seen = seen || !strcmp(done[k], kt);
		if (!kt || seen) {
			if (!kt)
				tf_left_out(c, &it->pos, "%s left out: %s", block, "it has no readable key");
			free(kt);
			continue;
		}
		done = xrealloc(done, (n_done + 1) * sizeof(*done));
		done[n_done++] = kt;
		strbuf_addf(out, "%s(%s) = %s", any ? ", " : "", kt, inner_attr ? "{" : "");
		any = true;
		bool first = true;
		for (size_t j = i; j < st->n; j++) {
			const struct hcl_item *o = &st->items[j];
			const struct hcl_item *ok = o->is_block && !strcmp(o->name, block)
						    ? hcl_attr(o->body, key_attr) : NULL;
			char *okt = ok ? tf_attr_text(c, ok) : NULL;
			if (okt && !strcmp(okt, kt)) {
				const struct hcl_item *in = inner_attr ? hcl_attr(o->body, inner_attr) : NULL;
				const struct hcl_item *val = hcl_attr(o->body, value_attr);
				char *it_text = in ? tf_attr_text(c, in) : NULL;
				char *vt = val ? values_text(c, val, inner_attr != NULL) : NULL;
				if (vt && (!inner_attr || it_text)) {
					if (inner_attr)
						strbuf_addf(out, "%s(%s) = %s", first ? "" : ", ", it_text, vt);
					else
						strbuf_addf(out, "%s", vt);
					first = false;
				}
				free(it_text);
				free(vt);
				if (!inner_attr) {
					free(okt);
					break; /* principals: one list per type */
				}
			}
			free(okt);
		}
		if (inner_attr)
			strbuf_addch(out, '}');
	}
	for (size_t k = 0; k < n_done; k++)
		free(done[k]);
	free(done);
	return any;
}

/* dynamic "NAME" { for_each iterator content {...} }'s parts; false
 * (warned, counted) when it has no readable for_each or no content. */
static bool dynamic_parts(struct conv *c, const struct hcl_item *dyn, char **fe_text,
			  const char **iter, const struct hcl_body **content)
{
	const struct hcl_item *fe = hcl_attr(dyn->body, "for_each");
	const struct hcl_item *it = hcl_attr(dyn->body, "iterator");
	*content = NULL;
	for (size_t k = 0; k < dyn->body->n; k++)
		if (dyn->body->items[k].is_block && !strcmp(dyn->body->items[k].name, "content"))
			*content = dyn->body->items[k].body;
	*iter = it && it->expr && it->expr->kind == EXPR_REF && !it->expr->ref.path
		? it->expr->ref.root : dyn->labels[0];
	*fe_text = fe ? tf_attr_text(c, fe) : NULL;
	if (*fe_text && *content)
		return true;
	tf_left_out(c, &dyn->pos, "dynamic \"%s\" left out: %s", dyn->labels[0],
		    "it has no readable for_each or no content block");
	free(*fe_text);
	*fe_text = NULL;
	return false;
}

static bool is_dynamic(const struct hcl_item *it, const char *label)
{
	return it->is_block && !strcmp(it->name, "dynamic") && it->n_labels == 1 &&
	       (!label || !strcmp(it->labels[0], label));
}

/* The attributes attrs of one block's body as {attr = text, ...}. */
static void entry_text(struct conv *c, const struct hcl_body *b, const char *const *attrs,
		       struct strbuf *out)
{
	strbuf_addch(out, '{');
	for (size_t i = 0; attrs[i]; i++) {
		const struct hcl_item *a = hcl_attr(b, attrs[i]);
		char *t = a ? tf_attr_text(c, a) : NULL;
		strbuf_addf(out, "%s%s = %s", i ? ", " : "", attrs[i], t ? t : "null");
		free(t);
	}
	strbuf_addch(out, '}');
}

/* The blocks named block of a statement, written and dynamic, as one list
 * of {attrs...} objects: concat([written...], [for each dynamic one]). */
static void entries_text(struct conv *c, const struct hcl_body *st, const char *block,
			 const char *const *attrs, struct strbuf *out)
{
	strbuf_addstr(out, "concat([");
	bool first = true;
	for (size_t i = 0; i < st->n; i++) {
		const struct hcl_item *it = &st->items[i];
		if (!it->is_block || strcmp(it->name, block))
			continue;
		strbuf_addstr(out, first ? "" : ", ");
		first = false;
		entry_text(c, it->body, attrs, out);
	}
	strbuf_addch(out, ']');
	for (size_t i = 0; i < st->n; i++) {
		const struct hcl_item *it = &st->items[i];
		char *fe = NULL;
		const char *iter;
		const struct hcl_body *content;
		if (!is_dynamic(it, block) || !dynamic_parts(c, it, &fe, &iter, &content))
			continue;
		const char *outer = c->iterator;
		c->iterator = iter;
		struct strbuf e = STRBUF_INIT;
		struct diags *d = c->d, quiet = DIAGS_INIT;
		c->d = &quiet;
		entry_text(c, content, attrs, &e);
		c->d = d;
		bool bind = outer && strcmp(outer, iter);
		tf_outer_warnings(c, &quiet, bind ? outer : NULL);
		if (bind)
			tf_bind_iterator(outer, &e); /* the statement's, inside the condition */
		strbuf_addf(out, ", [for %s_key, %s_value in %s : %s]", iter, iter, fe, e.buf);
		strbuf_release(&e);
		c->iterator = outer;
		free(fe);
	}
	strbuf_addch(out, ')');
}

/* A statement's conditions or principals of which some are dynamic
 * blocks: key = the grouped value, present only when there is one
 * (IAM's JSON has no empty Condition), as a member merged into the
 * statement: , {for k, v in {Condition = ...} : k => v if length(L) > 0}. */
static void dynamic_member(struct conv *c, const struct hcl_body *st, const char *block,
			   struct strbuf *out)
{
	static const char *const cond[] = { "test", "variable", "values", NULL };
	static const char *const prin[] = { "type", "identifiers", NULL };
	struct strbuf l = STRBUF_INIT;
	bool condition = !strcmp(block, "condition");
	entries_text(c, st, block, condition ? cond : prin, &l);
	const char *key = condition ? "Condition" : !strcmp(block, "principals") ? "Principal"
		: "NotPrincipal";
	strbuf_addf(out, ", {for member_key, member_value in {%s = ", key);
	if (condition)
		strbuf_addf(out, "{for cond_test in distinct([for cond in %s : cond.test]) : "
			    "cond_test => {for cond in %s : cond.variable => "
			    "[for v in cond.values : tostring(v)] "
			    "if cond.test == cond_test}}", l.buf, l.buf);
	else /* type "*": anyone, "*" */
		strbuf_addf(out, "contains([for p in %s : p.type], \"*\") ? \"*\" : "
			    "{for p_type in distinct([for p in %s : p.type]) : p_type => "
			    "flatten([for p in %s : p.identifiers if p.type == p_type])}",
			    l.buf, l.buf, l.buf);
	strbuf_addf(out, "} : member_key => member_value if length(%s) > 0}", l.buf);
	strbuf_release(&l);
}

/* Whether an expression may be null when evaluated: a reference, a call, a
 * conditional and the like may; a literal other than null, a list, an
 * object or a template may not. */
static bool may_be_null_expr(const struct expr_node *n)
{
	if (!n)
		return false;
	switch (n->kind) {
	case EXPR_LITERAL:
		return json_is_null(n->literal);
	case EXPR_LIST:
	case EXPR_MAP:
	case EXPR_TEMPLATE:
	case EXPR_FOR:
		return false;
	default:
		return true;
	}
}

/* One statement block's body as an object expression; conditions and
 * principals written by dynamic blocks merged into it; its members that
 * may be null left out where they are. */
static void statement_text(struct conv *c, const struct hcl_body *st, struct strbuf *dst)
{
	static const char *const grouped[] = { "principals", "not_principals", "condition" };
	bool dyn[3] = { false, false, false }, any = false;
	for (size_t k = 0; k < st->n; k++)
		for (size_t g = 0; g < 3; g++)
			if (is_dynamic(&st->items[k], grouped[g]))
				dyn[g] = any = true;
	if (any)
		strbuf_addstr(dst, "merge(");
	bool effect = false, maybe_null = false;
	struct strbuf members = STRBUF_INIT, *out = &members;
	strbuf_addch(out, '{');
	size_t start = out->len;
	for (size_t k = 0; k < st->n; k++) {
		const struct hcl_item *it = &st->items[k];
		const char *key = NULL;
		for (size_t j = 0; j < sizeof(statement_keys) / sizeof(statement_keys[0]); j++)
			if (!strcmp(it->name, statement_keys[j][0]))
				key = statement_keys[j][1];
		if (key && !it->is_block && !strcmp(key, "Sid") && it->expr &&
		    it->expr->kind == EXPR_LITERAL && json_is_string(it->expr->literal) &&
		    !*json_string_value(it->expr->literal)) {
			continue; /* sid = "": the provider writes no Sid */
		} else if (key && !it->is_block) {
			/* a member that may be null (the modules' try(statement.value.
			 * not_actions, null)) is left out where it is, as the
			 * provider leaves it out of the JSON; a null effect is its
			 * default, Allow */
			bool may_be_null = may_be_null_expr(it->expr);
			bool is_effect = !strcmp(key, "Effect");
			char *t = tf_attr_text(c, it);
			if (t && is_effect && may_be_null)
				strbuf_addf(out, "%s%s = (%s) != null ? (%s) : \"Allow\"",
					    out->len > start ? ", " : "", key, t, t);
			else if (t && strstr(key, "Action") && it->expr->kind != EXPR_LIST &&
				 may_be_null) /* a set: each once (a list written out as it is) */
				strbuf_addf(out, "%s%s = (%s) != null ? distinct(%s) : null",
					    out->len > start ? ", " : "", key, t, t);
			else if (t && strstr(key, "Action") && it->expr->kind != EXPR_LIST)
				strbuf_addf(out, "%s%s = distinct(%s)", out->len > start ? ", " : "", key, t);
			else if (t)
				strbuf_addf(out, "%s%s = %s", out->len > start ? ", " : "", key, t);
			maybe_null = maybe_null || (t && may_be_null && !is_effect);
			effect = effect || is_effect;
			free(t);
		} else if (is_dynamic(it, NULL) && (!strcmp(it->labels[0], "principals") ||
						    !strcmp(it->labels[0], "not_principals") ||
						    !strcmp(it->labels[0], "condition"))) {
			continue; /* below */
		} else if (!it->is_block || (strcmp(it->name, "principals") &&
					     strcmp(it->name, "not_principals") &&
					     strcmp(it->name, "condition"))) {
			tf_left_out(c, &it->pos, "%s of a policy statement left out: %s",
				    is_dynamic(it, NULL) ? "a dynamic block" : it->name,
				    "terrace has no counterpart");
		}
	}
	static const char *const principals[][2] = { { "principals", "Principal" },
						     { "not_principals", "NotPrincipal" } };
	for (size_t p = 0; p < 2; p++) {
		struct strbuf g = STRBUF_INIT;
		if (!dyn[p] &&
		    add_grouped(c, st, principals[p][0], "type", NULL, "identifiers", &g)) {
			/* type "*" with identifiers ["*"]: anyone, "*" */
			const char *any = strstr(g.buf, "(\"*\") = ");
			strbuf_addf(out, "%s%s = %s", out->len > start ? ", " : "", principals[p][1],
				    any == g.buf ? "\"*\"" : "");
			if (any != g.buf)
				strbuf_addf(out, "{%s}", g.buf);
		}
		strbuf_release(&g);
	}
	struct strbuf g = STRBUF_INIT;
	if (!dyn[2] && add_grouped(c, st, "condition", "test", "variable", "values", &g))
		strbuf_addf(out, "%sCondition = {%s}", out->len > start ? ", " : "", g.buf);
	strbuf_release(&g);
	if (!effect)
		strbuf_addf(out, "%sEffect = \"Allow\"", out->len > start ? ", " : "");
	strbuf_addch(out, '}');
	if (maybe_null)
		strbuf_addf(dst, "{for member_key, member_value in %s : member_key => member_value "
			    "if member_value != null}", members.buf);
	else
		strbuf_add(dst, members.buf, members.len);
	strbuf_release(&members);
	for (size_t k = 0; k < 3; k++)
		if (dyn[k])
			dynamic_member(c, st, grouped[k], dst);
	if (any)
		strbuf_addch(dst, ')');
}

/* Whether for_each's value is a set (or list) of strings, whose each.key
 * is each.value, rather than a map: a list, toset(...)/tolist(...), or a
 * variable declared as one. */
bool tf_for_each_is_set(struct conv *c, const struct hcl_item *fe)
{
	const struct expr_node *n = fe->expr;
	if (!n)
		return false;
	if (n->kind == EXPR_LIST)
		return true;
	if (n->kind == EXPR_CALL && (!strcmp(n->func->name, "toset") ||
				     !strcmp(n->func->name, "tolist")))
		return true;
	if (n->kind == EXPR_REF && !strcmp(n->ref.root, "var") && n->ref.path) {
		const char *type = json_string_value(json_object_get(
			json_object_get(json_object_get(c->out, "variables"), n->ref.path), "type"));
		return type && (!strncmp(type, "set", 3) || !strncmp(type, "list", 4));
	}
	return false;
}

/* The document as one expression: statements, dynamic ones as for
 * expressions over their for_each. */
static void document_text(struct conv *c, const struct hcl_body *b, struct strbuf *out)
{
	struct strbuf fixed = STRBUF_INIT, loops = STRBUF_INIT;
	char *version = NULL, *sources = NULL;
	for (size_t i = 0; i < b->n; i++) {
		const struct hcl_item *st = &b->items[i];
		if (!st->is_block && !strcmp(st->name, "version")) {
			free(version);
			version = tf_attr_text(c, st);
		} else if (!st->is_block && !strcmp(st->name, "source_policy_documents")) {
			free(sources);
			sources = tf_attr_text(c, st);
		} else if (st->is_block && !strcmp(st->name, "statement")) {
			strbuf_addstr(&fixed, fixed.len ? ", " : "");
			statement_text(c, st->body, &fixed);
		} else if (is_dynamic(st, "statement")) {
			char *fe_text;
			const char *name;
			const struct hcl_body *content;
			if (!dynamic_parts(c, st, &fe_text, &name, &content))
				continue;
			const char *outer = c->iterator;
			c->iterator = name;
			strbuf_addf(&loops, ", [for %s_key, %s_value in %s : ", name, name, fe_text);
			statement_text(c, content, &loops);
			strbuf_addch(&loops, ']');
			c->iterator = outer;
			free(fe_text);
		} else if (!st->is_block && (!strcmp(st->name, "for_each") ||
					     !strcmp(st->name, "count"))) {
			continue;
		} else {
			tf_left_out(c, &st->pos, "%s of an aws_iam_policy_document left out: %s",
				    st->name, "only statement blocks (dynamic ones too), source_policy_documents and version "
				    "carry over");
		}
	}
	strbuf_addf(out, "{Version = %s, Statement = ", version ? version : "\"2012-10-17\"");
	struct strbuf own = STRBUF_INIT;
	if (loops.len)
		strbuf_addf(&own, "concat([%s]%s)", fixed.buf ? fixed.buf : "", loops.buf);
	else
		strbuf_addf(&own, "[%s]", fixed.buf ? fixed.buf : "");
	if (sources && !fixed.len && !loops.len) {
		/* source_policy_documents: their statements, then the own */
		strbuf_addf(out, "flatten([for source_document in %s : "
			    "jsondecode(source_document).Statement])", sources);
	} else if (sources) {
		/* an own statement replaces a source's of the same sid */
		strbuf_addf(out, "concat([for source_statement in flatten([for source_document in "
			    "%s : jsondecode(source_document).Statement]) : source_statement if "
			    "try(source_statement.Sid, \"\") == \"\" || !contains([for own_statement "
			    "in %s : try(own_statement.Sid, \"\")], source_statement.Sid)], %s)",
			    sources, own.buf, own.buf);
	} else {
		strbuf_addstr(out, own.buf);
	}
	strbuf_addch(out, '}');
	strbuf_release(&own);
	free(version);
	free(sources);
	strbuf_release(&fixed);
	strbuf_release(&loops);
}

json_t *tf_policy_document(struct conv *c, const struct decl *dc)
{
	const struct hcl_body *b = dc->item->body;
	const struct hcl_item *fe = hcl_attr(b, "for_each"), *count = hcl_attr(b, "count");
	bool dynamic = false; /* a dynamic statement, or a statement's dynamic block */
	for (size_t i = 0; i < b->n; i++) {
		const struct hcl_item *st = &b->items[i];
		dynamic = dynamic || is_dynamic(st, NULL);
		for (size_t k = 0; st->is_block && !strcmp(st->name, "statement") && k < st->body->n;
		     k++)
			dynamic = dynamic || is_dynamic(&st->body->items[k], NULL);
	}
	if (!fe && !count && !dynamic && !hcl_attr(b, "source_policy_documents"))
		return document_value(c, b);
	struct strbuf s = STRBUF_INIT;
	char *over = fe ? tf_attr_text(c, fe) : count ? tf_attr_text(c, count) : NULL;
	if ((fe || count) && !over) {
		strbuf_release(&s);
		return NULL;
	}
	c->each_bound = fe != NULL;
	c->each_is_key = fe && tf_for_each_is_set(c, fe);
	c->count_bound = count != NULL;
	if (fe && c->each_is_key)
		strbuf_addf(&s, "${ {for each_key in %s : each_key => {json = jsonencode(", over);
	else if (fe)
		strbuf_addf(&s, "${ {for each_key, each_value in %s : each_key => {json = jsonencode(",
			    over);
	else if (count)
		strbuf_addf(&s, "${[for count_index in range(%s) : {json = jsonencode(", over);
	else
		strbuf_addstr(&s, "${");
	document_text(c, b, &s);
	strbuf_addstr(&s, fe ? ")}}}" : count ? ")}]}" : "}");
	c->each_bound = c->each_is_key = c->count_bound = false;
	free(over);
	json_t *v = json_stringn(s.buf, s.len);
	strbuf_release(&s);
	return v;
}

/* ---- a document written again inside a fold ---------------------------------- */

/* Whether body's text names data.aws_iam_policy_document.NAME (at any
 * depth). */
static bool names_document(const struct hcl_body *b, const char *name)
{
	char *ref = xasprintf("data.aws_iam_policy_document.%s", name);
	size_t n = strlen(ref);
	bool found = false;
	for (size_t i = 0; i < b->n && !found; i++) {
		const struct hcl_item *it = &b->items[i];
		if (it->is_block) {
			found = names_document(it->body, name);
			continue;
		}
		for (const char *p = it->text; p && !found && (p = strstr(p, ref)); p += n)
			found = p[n] == '.' || p[n] == '[';
	}
	free(ref);
	return found;
}

/* A document written again (tf_document_again) as an expression of its
 * JSON text, by where it is named ("NAME.json", "NAME[0].json"). */
static void add_again(struct conv *c, json_t *table, const struct decl *x)
{
	const char *rest = hcl_attr(x->item->body, "count") ? "[0].json" : ".json";
	bool encoded;
	json_t *v = tf_document_again(c, x, rest, &encoded);
	const char *s = json_string_value(v);
	struct strbuf t = STRBUF_INIT;
	if (v && encoded && s && expr_is_one_expression(s)) {
		strbuf_addf(&t, "(%.*s)", (int)strlen(s) - 3, s + 2);
	} else if (v && !encoded) {
		strbuf_addstr(&t, "jsonencode(");
		tf_add_expression(&t, v);
		strbuf_addch(&t, ')');
	}
	if (t.len) {
		char *key = xasprintf("%s%s", x->tf_name, rest);
		json_object_set_new(table, key, json_string(t.buf));
		free(key);
	}
	strbuf_release(&t);
	json_decref(v);
}

/* data.aws_iam_policy_document.X.json (rest ".json"; "[0].json" of a
 * document of at most one instance, a module's count = C ? 1 : 0) written
 * again where a fold names it, so that its references to the owner (a
 * bucket policy's Resource, the bucket's ARN) are the owner's own values,
 * and so are those of the documents it names in turn (a module's
 * combined document of source_policy_documents: c->documents_again, which
 * convert_tf_refs.c writes for their references); NULL when it cannot be
 * (for_each, or another instance). *encoded: the value is the document's
 * JSON text already (of a count: [for ...][0].json), else the document. */
json_t *tf_document_again(struct conv *c, const struct decl *doc, const char *rest,
			  bool *encoded)
{
	bool first = !strcmp(rest, "[0].json");
	*encoded = false;
	if (!doc->policy_document || (!first && strcmp(rest, ".json")))
		return NULL;
	const struct hcl_item *count = hcl_attr(doc->item->body, "count");
	if (hcl_attr(doc->item->body, "for_each") ||
	    (count ? !first || !tf_at_most_one(count) : first))
		return NULL;
	/* what it leaves out was warned of, and counted, with its local; the
	 * instance names of a fold with count or for_each kept */
	struct diags *d = c->d, quiet = DIAGS_INIT;
	size_t left_out = c->left_out;
	bool each = c->each_bound, each_key = c->each_is_key, counted = c->count_bound;
	const struct hcl_item *at = c->at;
	const char *iterator = c->iterator;
	json_t *outer = c->documents_again;
	c->d = &quiet;
	c->iterator = NULL;
	c->each_bound = c->each_is_key = c->count_bound = false;
	json_t *table = json_object();
	for (size_t i = 0; i < c->n_decls; i++)
		if (c->decls[i].policy_document && &c->decls[i] != doc &&
		    names_document(doc->item->body, c->decls[i].tf_name))
			add_again(c, table, &c->decls[i]);
	c->documents_again = table;
	json_t *v = tf_policy_document(c, doc);
	c->documents_again = outer;
	json_decref(table);
	c->d = d;
	c->left_out = left_out;
	c->each_bound = each, c->each_is_key = each_key, c->count_bound = counted;
	c->at = at;
	c->iterator = iterator;
	diags_free(&quiet);
	const char *s = json_string_value(v);
	if (count && s && expr_is_one_expression(s)) {
		/* [for count_index in range(C) : {json = ...}]: its first */
		json_t *one = json_sprintf("${%.*s[0].json}", (int)strlen(s) - 3, s + 2);
		json_decref(v);
		v = one;
		*encoded = true;
	} else if (count) {
		json_decref(v);
		v = NULL;
	}
	return v;
}

/* ---- an outer iterator inside an inner dynamic block's content ----------------- */

struct iterator_name {
	const char *name;
};

static int bind_outer(void *ctx, const struct expr_ref *ref, struct strbuf *out,
		      struct strbuf *err)
{
	const struct iterator_name *it = ctx;
	(void)err;
	if (strcmp(ref->root, it->name) || !ref->path)
		return 0;
	bool key = !strncmp(ref->path, "key", 3);
	strbuf_addf(out, "%s_%s%s", it->name, key ? "key" : "value", ref->path + (key ? 3 : 5));
	return 1;
}

void tf_bind_iterator(const char *name, struct strbuf *text)
{
	if (!name)
		return;
	struct iterator_name it = { name };
	json_t *v = json_sprintf("${%s}", text->buf ? text->buf : "");
	struct strbuf err = STRBUF_INIT;
	json_t *r = expr_rename_refs(v, bind_outer, &it, &err);
	strbuf_release(&err);
	json_decref(v);
	if (r && json_string_length(r) >= 3) {
		strbuf_setlen(text, 0);
		strbuf_add(text, json_string_value(r) + 2, json_string_length(r) - 3);
	}
	json_decref(r);
}

void tf_outer_warnings(struct conv *c, struct diags *quiet, const char *outer)
{
	size_t n = outer ? strlen(outer) : 0;
	for (size_t i = 0; i < quiet->n; i++) {
		const struct diag *g = &quiet->items[i];
		if (outer && g->severity == DIAG_WARNING && !strncmp(g->summary, outer, n) &&
		    g->summary[n] == '.' && strstr(g->summary, " refers to what the configuration "
						   "does not declare"))
			continue; /* the outer block's iterator, which tf_bind_iterator binds */
		if (g->severity == DIAG_WARNING)
			diag_warnf(c->d, g->pos.line ? &g->pos : NULL, "%s", g->summary);
		else
			diag_errorf(c->d, g->pos.line ? &g->pos : NULL, "%s", g->summary);
	}
	diags_free(quiet);
}
