/*
 * convert_tf_either.c: two arguments of a Terraform resource that are one
 * attribute of terrace's type. Terraform splits some properties in two
 * arguments of which a configuration sets one (aws_ssm_parameter's value
 * and insecure_value, the same PutParameter Value, one shown in plans and
 * one hidden); both are that attribute (tf_either_name(); not a rename of
 * references: Terraform reads insecure_value null where value was set, so
 * a reference to it still stands in as a variable), and a
 * module sets each by a condition on the other (`value = secure ? v :
 * null`, `insecure_value = secure ? null : v`: terraform-aws-ssm-parameter,
 * tests/corpus/tfheldout). The second met is not written over the first
 * (that lost the first without a word): tf_either_of() keeps whichever is
 * not null, as Terraform gives the one set.
 * A prefix and the attribute it is the start of (name_prefix and name,
 * an instance's identifier_prefix and identifier, a bucket's
 * bucket_prefix and bucket) are one attribute too: tf_prefix_of(), which
 * convert_tf.c builds of the prefix and a suffix stable per stack.
 * And a value Terraform takes in either of two types: a variable declared
 * `type = string` with a default of true or false is a bool to Terraform
 * wherever a condition reads it ("true" converts; terraform-aws-batch's
 * `*_use_name_prefix`), and terrace's conditions take a bool only
 * (tf_string_bool_variable()).
 */
#include <string.h>

#include "provider/base/diag.h"
#include "stacks/convert_tf_internal.h"

/* A value is null for certain: JSON null, or "${null}". */
static bool surely_null(const json_t *v)
{
	return json_is_null(v) || (json_is_string(v) && !strcmp(json_string_value(v), "${null}"));
}

/* A value set for certain: a literal that is not null (no ${...} in it). */
static bool surely_given(const json_t *v)
{
	return v && !surely_null(v) && (!json_is_string(v) || !strstr(json_string_value(v), "${"));
}

json_t *tf_either_of(json_t *had, json_t *v)
{
	if (surely_null(had) || surely_given(had) || surely_null(v)) {
		json_t *keep = surely_null(had) ? v : json_incref(had);
		if (keep != v)
			json_decref(v);
		return keep;
	}
	struct strbuf e = STRBUF_INIT;
	strbuf_addstr(&e, "${");
	tf_add_expression(&e, had);
	strbuf_addstr(&e, " != null ? ");
	tf_add_expression(&e, had);
	strbuf_addstr(&e, " : ");
	tf_add_expression(&e, v);
	strbuf_addch(&e, '}');
	json_decref(v);
	json_t *out = json_stringn(e.buf, e.len);
	strbuf_release(&e);
	return out;
}

/* Terraform's argument, the other of a pair terrace's type holds as one. */
static const struct {
	const char *tf, *name, *is;
} either[] = {
	{ "aws_ssm_parameter", "insecure_value", "value" },
};

const char *tf_either_name(const char *tf, const char *name)
{
	for (size_t i = 0; i < sizeof(either) / sizeof(either[0]); i++)
		if (!strcmp(either[i].tf, tf) && !strcmp(either[i].name, name))
			return either[i].is;
	return name;
}

/* Terraform's X_prefix argument: the attribute X it is the start of. */
static const struct {
	const char *tf, *prefix, *of;
} prefixes[] = {
	{ NULL, "name_prefix", "name" },
	{ "aws_db_instance", "identifier_prefix", "identifier" },
	{ "aws_s3_bucket", "bucket_prefix", "bucket" },
};

const char *tf_prefix_of(const char *tf, const char *name)
{
	for (size_t i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]); i++)
		if ((!prefixes[i].tf || !strcmp(prefixes[i].tf, tf)) &&
		    !strcmp(prefixes[i].prefix, name))
			return prefixes[i].of;
	return NULL;
}

bool tf_list_has(const json_t *list, const char *s)
{
	size_t i;
	const json_t *x;
	json_array_foreach(list, i, x)
		if (json_is_string(x) && !strcmp(json_string_value(x), s))
			return true;
	return false;
}

void tf_string_bool_variable(struct conv *c, const struct hcl_item *blk, json_t *var)
{
	const json_t *type = json_object_get(var, "type"), *def = json_object_get(var, "default");
	if (!json_is_string(type) || strcmp(json_string_value(type), "string") ||
	    !json_is_boolean(def))
		return;
	json_object_set_new(var, "type", json_string("bool"));
	diag_warnf(c->d, &blk->pos, "variable \"%s\" of type string with a default of %s is "
		   "written as a bool: Terraform converts \"true\" and \"false\" where a "
		   "condition reads it, terrace's conditions take a bool", blk->labels[0],
		   json_is_true(def) ? "true" : "false");
}
