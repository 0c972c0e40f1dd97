/*
 * convert_tf_standin.c: what a reference to a resource or data source the
 * conversion left out is, for stacks/convert_tf_refs.c, when Terraform
 * itself would know it at plan: an argument its block sets
 * (aws_codedeploy_app.this[0].name where the block says name =
 * var.app_name) is planned as written, so the reference is that
 * expression, converted where it is referred to, instead of a stand-in
 * variable left null. The resource itself stays left out (its warning says
 * so); only the value the configuration already gives is used.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "stacks/convert_tf_internal.h"
#include "stacks/expr_internal.h"

/* Set by per_instance when a reference of the value is count, each or self:
 * a value of each instance, which its reference from outside cannot name. */
static int per_instance(void *ctx, const struct expr_ref *ref, struct strbuf *out,
			struct strbuf *err)
{
	(void)out;
	(void)err;
	if (!strcmp(ref->root, "count") || !strcmp(ref->root, "each") ||
	    !strcmp(ref->root, "self"))
		*(bool *)ctx = true;
	return 0;
}

/* text, one expression, refers to count, each or self (or does not read). */
static bool names_an_instance(const char *text)
{
	char *wrapped = xasprintf("${%s}", text);
	json_t *v = json_string(wrapped);
	free(wrapped);
	bool found = false;
	struct strbuf err = STRBUF_INIT;
	json_t *r = expr_rename_refs(v, per_instance, &found, &err);
	json_decref(v);
	strbuf_release(&err);
	if (!r)
		return true;
	json_decref(r);
	return found;
}

/* The instance's index of "[N].attr" (rest): N, and *after past "]"; -1
 * when rest has a key that is no number, or none. */
static long literal_index(const char *rest, const char **after)
{
	if (*rest != '[' || !isdigit((unsigned char)rest[1]))
		return -1;
	char *end;
	long n = strtol(rest + 1, &end, 10);
	if (*end != ']')
		return -1;
	*after = end + 1;
	return n;
}

/* How deep tf_configured_value is in itself (an argument naming another
 * left-out resource's argument): a loop of such names is Terraform's
 * own error, cut here. */
static int depth;

int tf_configured_value(struct conv *c, const struct decl *dc, const struct expr_ref *ref,
			const char *rest, struct strbuf *out)
{
	const struct hcl_body *body = dc->item->body;
	bool counted = hcl_attr(body, "count") != NULL;
	if (hcl_attr(body, "for_each") || depth > 8)
		return 0;
	const char *after = rest;
	long index = counted ? literal_index(rest, &after) : 0;
	if (index < 0 || *after != '.')
		return 0;
	size_t an = tf_first_step(after + 1);
	char *name = xstrndup(after + 1, an);
	const struct hcl_item *it = hcl_attr(body, name);
	free(name);
	if (!it || it->is_block || !it->expr)
		return 0;
	/* Converted as in no for expression, policy document or resource of
	 * the place referring: count.index and each stay as written, and a
	 * value naming them is left to the stand-in. */
	struct conv saved = *c;
	c->each_bound = c->count_bound = c->each_is_key = false;
	c->iterator = NULL;
	c->folding_into = NULL;
	c->self = NULL;
	depth++;
	char *value = tf_attr_text(c, it);
	char *count = counted && value ? tf_attr_text(c, hcl_attr(body, "count")) : NULL;
	depth--;
	c->at = saved.at;
	c->each_bound = saved.each_bound;
	c->count_bound = saved.count_bound;
	c->each_is_key = saved.each_is_key;
	c->iterator = saved.iterator;
	c->folding_into = saved.folding_into;
	c->self = saved.self;
	int done = 0;
	if (value && (!counted || count) && !names_an_instance(value) &&
	    !(count && names_an_instance(count))) {
		/* an instance of count: the value where that instance is, and
		 * indexing nothing (Terraform's error, which try catches) where
		 * count makes fewer */
		if (counted)
			strbuf_addf(out, "[for instance in range(%s) : (%s)][%ld]", count, value,
				    index);
		else
			strbuf_addf(out, "(%s)", value);
		strbuf_addstr(out, after + 1 + an);
		done = 1;
		char *key = xasprintf("configured %s.%s", ref->root, ref->path);
		if (!c->noted)
			c->noted = json_object();
		if (!json_object_get(c->noted, key)) {
			json_object_set_new(c->noted, key, json_true());
			diag_warnf(c->d, &c->at->pos, "%s.%s refers to what the conversion left "
				   "out: its value is the argument as its block writes it, as "
				   "Terraform plans it", ref->root, ref->path);
		}
		free(key);
	}
	free(value);
	free(count);
	return done;
}
