/*
 * convert_tf_objects.c: an output that is a resource's whole objects in
 * `terrace convert -from terraform` (terraform-aws-vpc's
 * `output "private_subnet_objects" { value = aws_subnet.private }`). Its
 * readers, in the modules that call this one, take `v.id` of each object, as
 * Terraform's objects hold it; terrace's instance objects hold the type's
 * attributes but not `id`, which every resource has when named
 * (NAME[0].id) and the for over instances of the same stack writes
 * (convert_tf_for.c), but which a reader in another stack, through the
 * output, cannot be told of. So the output's objects are written with their
 * id merged in: a resource of count as
 *   ${[for i, o in NAME : merge(o, {id = element(NAME[*].id, i)})]}
 * and one of neither count nor for_each as ${merge(NAME, {id = NAME.id})}.
 * A for_each resource's objects are left as they are (no key of them can
 * be read by a variable: NAME[k] takes literal keys).
 * An output of a bucket's ARN is written of the bucket's name as the stack
 * gives it (tf_output_bucket_arns): a caller may pass it back into the
 * module.
 */
#include <string.h>

#include "stacks/convert_tf_internal.h"

/* The carried resource the stack names name, without an "id" attribute. */
static const struct decl *resource_named(struct conv *c, const char *name, size_t len)
{
	for (size_t i = 0; i < c->n_decls; i++) {
		const struct decl *dc = &c->decls[i];
		if (dc->kind == D_RESOURCE && dc->rt && dc->name && strlen(dc->name) == len &&
		    !strncmp(dc->name, name, len))
			return schema_find(dc->rt->attrs, "id") ? NULL : dc;
	}
	return NULL;
}

/* "${NAME}" alone: NAME's length (and *name its start), else 0. */
static size_t whole_reference(const char *s, const char **name)
{
	size_t n = strlen(s);
	if (n < 4 || strncmp(s, "${", 2) || s[n - 1] != '}')
		return 0;
	size_t len = strspn(s + 2, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
			    "0123456789_-");
	if (!len || len != n - 3)
		return 0;
	*name = s + 2;
	return len;
}

void tf_whole_objects(struct conv *c)
{
	const char *key;
	json_t *out;
	json_object_foreach(json_object_get(c->out, "outputs"), key, out) {
		json_t *value = json_object_get(out, "value");
		const char *name = NULL;
		size_t len = json_is_string(value) ? whole_reference(json_string_value(value), &name)
						   : 0;
		const struct decl *dc = len ? resource_named(c, name, len) : NULL;
		if (!dc || hcl_attr(dc->item->body, "for_each"))
			continue;
		json_t *v = hcl_attr(dc->item->body, "count")
				    ? json_sprintf("${[for i, o in %s : merge(o, {id = element(%s[*].id, "
						   "i)})]}", dc->name, dc->name)
				    : json_sprintf("${merge(%s, {id = %s.id})}", dc->name, dc->name);
		json_object_set_new(out, "value", v);
	}
}

/* ---- an output of a bucket's ARN, built of its configured name ---------------- */

struct output_arns {
	struct conv *c;
	bool done;
};

/* root.path, NAME[0].arn of a bucket of at most one instance or NAME.arn
 * of one without count: "arn:PARTITION:s3:::NAME" of the name as the stack gives
 * it (count.index the instance's), for each instance of the bucket's
 * count; 0 for any other reference. */
static int bucket_arn_of_name(void *ctx, const struct expr_ref *ref, struct strbuf *out,
			      struct strbuf *err)
{
	struct output_arns *o = ctx;
	(void)err;
	size_t len = strlen(ref->root);
	bool first = len > 3 && !strcmp(ref->root + len - 3, "[0]");
	char *root = xstrndup(ref->root, first ? len - 3 : len);
	const json_t *res = json_object_get(json_object_get(o->c->out, "resources"), root);
	free(root);
	const char *type = json_string_value(json_object_get(res, "type"));
	const json_t *name = json_object_get(res, "name");
	const char *count = json_string_value(json_object_get(res, "count"));
	bool counted = json_object_get(res, "count") != NULL;
	if (!ref->path || !type || strcmp(type, "aws.s3.bucket") || !json_is_string(name) ||
	    json_object_get(res, "for_each") || (counted && !count) ||
	    strcmp(ref->path, "arn") || first != counted ||
	    (counted && !expr_is_one_expression(count)))
		return 0;
	const char *caller = tf_caller_lookup(o->c);
	if (!caller)
		return 0;
	struct strbuf n = STRBUF_INIT;
	const char *literal = json_string_value(name);
	bool plain = !strpbrk(literal, "$%\"\\");
	if (plain) /* a name written out: in the ARN's text as it is */
		strbuf_addstr(&n, literal);
	else
		tf_add_expression(&n, name);
	/* the name's instance is the for expression's */
	struct strbuf each = STRBUF_INIT;
	for (const char *p = n.buf; *p; p++) {
		if (counted && !strncmp(p, "count.index", 11)) {
			strbuf_addstr(&each, "instance");
			p += 10;
		} else {
			strbuf_addch(&each, *p);
		}
	}
	char *arn = xasprintf("\"arn:${data.%s.partition}:s3:::%s%s%s\"", caller, plain ? "" : "${",
			      each.buf, plain ? "" : "}");
	if (counted)
		strbuf_addf(out, "[for instance in range(%.*s) : %s][0]", (int)strlen(count) - 3,
			    count + 2, arn);
	else
		strbuf_addstr(out, arn);
	free(arn);
	strbuf_release(&n);
	strbuf_release(&each);
	o->done = true;
	return 1;
}

void tf_output_bucket_arns(struct conv *c)
{
	const char *k;
	json_t *out;
	json_object_foreach(json_object_get(c->out, "outputs"), k, out) {
		const json_t *v = json_object_get(out, "value");
		if (!json_is_string(v) || !strstr(json_string_value(v), "arn"))
			continue;
		struct output_arns o = { c, false };
		struct strbuf err = STRBUF_INIT;
		json_t *w = expr_rename_refs(v, bucket_arn_of_name, &o, &err);
		strbuf_release(&err);
		if (w && o.done)
			json_object_set_new(out, "value", w);
		else
			json_decref(w);
	}
}
