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
