/*
 * convert_tf_refs.c: the values and references of `terrace convert -from
 * terraform` (stacks/convert_tf.c and the files beside it build on it): an
 * attribute's HCL value as the stack writes it (literals, lists and maps as
 * YAML, a template as a string, anything else as one ${...}), its
 * references renamed to the stack's names (awscc_s3_bucket.lake.arn:
 * lake.arn; a policy document's .json; module.NAME.OUTPUT; a split
 * resource's reference to its owner as the owner's own value; what the
 * conversion left out a variable standing for it, or the argument its
 * block sets), depends_on, the
 * warnings of what is left out, a value as an expression's text
 * (tf_add_expression); what AWS builds of what a type keeps (tf_derived[]:
 * ARNs, owners, a bucket's domain names), read where a reference is
 * converted and once the whole stack is (tf_attrs_by_type), through
 * convert_tf_derived.c's table.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "provider/provider.h"
#include "stacks/convert_tf_internal.h"
#include "stacks/expr_internal.h"
#include "stacks/expr_path.h"

/* The module block NAME of module.NAME..., or NULL. */
struct decl *tf_module_of(struct conv *c, const char *root)
{
	if (strncmp(root, "module.", 7))
		return NULL;
	char *name = xstrndup(root + 7, tf_first_step(root + 7));
	struct decl *dc = tf_find_decl(c, D_MODULE, "module", name);
	free(name);
	return dc;
}

/* module.NAME.OUTPUT (module.NAME[KEY].OUTPUT, in any position: a for
 * expression's collection too) and module.NAME alone, the module as a
 * value (for k, m in module.x: an object of its outputs, a map or list of
 * them with for_each or count), stay as written where the module is
 * called; either is a stand-in variable where the module was left out. */
int tf_module_ref(struct conv *c, const struct src_pos *pos, const struct expr_ref *ref,
		      struct strbuf *out)
{
	struct decl *dc = tf_module_of(c, ref->root);
	if (!dc) {
		diag_warnf(c->d, pos, "%s%s%s refers to what the configuration does not declare",
			   ref->root, ref->path ? "." : "", ref->path ? ref->path : "");
		return 0;
	}
	if (dc->module_call)
		return 0; /* an output, or the module as a value: the language's own */
	tf_stand_in(c, pos, ref, "a module the conversion left out", out);
	return 1;
}

/* The stack's lookup of the account, region and partition, made on first
 * use. */
const char *tf_caller_lookup(struct conv *c)
{
	static const char *const names[] = { "caller", "convert_caller" };
	json_t *data = tf_section(c, "data");
	for (size_t i = 0; i < 2; i++) {
		json_t *had = json_object_get(data, names[i]);
		if (!had)
			json_object_set_new(data, names[i],
					    json_pack("{s:s}", "type", "aws.caller_identity"));
		const char *type = json_string_value(json_object_get(had, "type"));
		if (!had || (type && !strcmp(type, "aws.caller_identity")))
			return names[i];
	}
	return NULL;
}

/* In a split resource folded into its owner, a reference to the owner
 * (bucket = aws_s3_bucket.logs.id, Resource = "${aws_s3_bucket.logs.arn}/x";
 * aws_sqs_queue.this[0].arn of an owner of at most one instance)
 * as the owner's own value: an attribute it sets, or the ARN built from its
 * name (a bucket's, a queue's), so that the owner does not depend on
 * itself. 0 when it cannot be (validate then names the cycle). */
/* Whether text has a quote outside its ${...} parts (it cannot then be
 * written between quotes as it is). */
static bool bare_quote(const char *s)
{
	int depth = 0;
	for (const char *p = s; *p; p++) {
		if (!depth && p[0] == '$' && p[1] == '$' && p[2] == '{')
			p += 2;
		else if (!depth && (p[0] == '$' || p[0] == '%') && p[1] == '{')
			depth = 1, p++;
		else if (depth && *p == '{')
			depth++;
		else if (depth && *p == '}')
			depth--;
		else if (!depth && (*p == '"' || *p == '\\'))
			return true;
	}
	return depth != 0;
}

int tf_self_reference(struct conv *c, const struct decl *dc, const char *rest,
			  struct strbuf *out)
{
	const json_t *res = json_object_get(json_object_get(c->out, "resources"), dc->name);
	/* an owner of at most one instance (tf_find_owners) named through [0]:
	 * the instance the fold is part of */
	if (!strncmp(rest, "[0]", 3) && hcl_attr(dc->item->body, "count"))
		rest += 3;
	if (*rest != '.' || strchr(rest + 1, '.') || strchr(rest + 1, '['))
		return 0;
	const char *attr = tf_renamed(dc->written->renames, rest + 1);
	const char *name = json_string_value(json_object_get(res, "name"));
	const char *value = json_string_value(json_object_get(res, attr));
	if (!strcmp(attr, "id"))
		value = name;
	if (value && !bare_quote(value)) {
		strbuf_addf(out, "\"%s\"", value);
		return 1;
	}
	if (!name || bare_quote(name) || strcmp(attr, "arn"))
		return 0;
	const char *caller = NULL;
	if (!strcmp(dc->rt->name, "aws.s3.bucket") && (caller = tf_caller_lookup(c))) {
		strbuf_addf(out, "\"arn:${data.%s.partition}:s3:::%s\"", caller, name);
		return 1;
	}
	if (!strcmp(dc->rt->name, "aws.sqs.queue") && (caller = tf_caller_lookup(c))) {
		strbuf_addf(out, "\"arn:${data.%s.partition}:sqs:${data.%s.region}:"
			    "${data.%s.account_id}:%s\"", caller, caller, caller, name);
		return 1;
	}
	return 0;
}

/* count = 1, 0, or C ? 1 : 0 (C ? 0 : 1): at most one instance. */
bool tf_at_most_one(const struct hcl_item *count)
{
	const struct expr_node *n = count->expr;
	if (!n)
		return false;
	if (n->kind == EXPR_LITERAL)
		return json_is_integer(n->literal) && json_integer_value(n->literal) <= 1;
	if (n->kind != EXPR_OP || strcmp(n->op, "?") || n->n_args != 3)
		return false;
	for (size_t i = 1; i < 3; i++)
		if (n->args[i]->kind != EXPR_LITERAL || !json_is_integer(n->args[i]->literal) ||
		    json_integer_value(n->args[i]->literal) > 1)
			return false;
	return true;
}

void tf_left_out(struct conv *c, const struct src_pos *pos, const char *fmt, const char *a,
		     const char *b)
{
	diag_warnf(c->d, pos, fmt, a, b);
	c->left_out++;
}

json_t *tf_section(struct conv *c, const char *key)
{
	json_t *s = json_object_get(c->out, key);
	if (!s)
		json_object_set_new(c->out, key, s = json_object());
	return s;
}

struct decl *tf_find_decl(struct conv *c, enum decl_kind kind, const char *type,
			      const char *name)
{
	for (size_t i = 0; i < c->n_decls; i++)
		if (c->decls[i].kind == kind && !strcmp(c->decls[i].tf_type, type) &&
		    !strcmp(c->decls[i].tf_name, name))
			return &c->decls[i];
	return NULL;
}

/* ---- references ------------------------------------------------------------ */

const char *tf_renamed(const char *const *pairs, const char *name)
{
	for (size_t i = 0; pairs[i]; i += 2)
		if (!strcmp(pairs[i], name))
			return pairs[i + 1];
	return name;
}

/* The first step of a canonical path ("lake" of "lake.arn", "lake[0].arn")
 * and where the rest starts. */
size_t tf_first_step(const char *path)
{
	return strcspn(path, ".[");
}

/* Past the instance's key of rest ("[0].name", "[\"a]\"].arn": ".name",
 * ".arn"), rest itself when it has none. */
static const char *key_end(const char *rest)
{
	if (*rest != '[')
		return rest;
	const char *p = rest + 1;
	if (*p == '"') {
		for (p++; *p && *p != '"'; p++)
			if (*p == '\\' && p[1])
				p++;
		if (*p)
			p++;
	}
	p += strcspn(p, "]");
	return *p ? p + 1 : p;
}

/* After the name: ".attr..." or "[key].attr...", the attribute renamed by
 * pairs. */
static void add_rest(struct strbuf *out, const char *rest, const char *const *pairs)
{
	const char *after = key_end(rest);
	strbuf_add(out, rest, (size_t)(after - rest));
	rest = after;
	if (*rest != '.' || !pairs) {
		strbuf_addstr(out, rest);
		return;
	}
	size_t n = tf_first_step(rest + 1);
	char *attr = xstrndup(rest + 1, n);
	strbuf_addf(out, ".%s%s", tf_renamed(pairs, attr), rest + 1 + n);
	free(attr);
}


/* An aws_* resource's attribute, by Terraform's name, as its type has it
 * (NULL: the type has none such). */
const struct attr_schema *tf_aws_attr(const struct decl *dc, const char *name)
{
	const char *const *renames = dc->twin ? dc->written->twin_renames : dc->written->renames;
	bool awscc = dc->rt->family == TYPE_FAMILY_FROM_DATA;
	return tf_schema_attr(dc->rt->attrs, tf_renamed(renames, name), awscc ? dc->rt->name : NULL);
}

/* tf_stand_in, the variable's default given (a new reference: null, or
 * a whole resource's {} or [] of no instances). */
static void stand_in(struct conv *c, const struct src_pos *pos, const struct expr_ref *ref,
		     const char *why, json_t *def, struct strbuf *out);

void tf_stand_in(struct conv *c, const struct src_pos *pos, const struct expr_ref *ref,
		     const char *why, struct strbuf *out)
{
	stand_in(c, pos, ref, why, json_null(), out);
}

static void stand_in(struct conv *c, const struct src_pos *pos, const struct expr_ref *ref,
		     const char *why, json_t *def, struct strbuf *out)
{
	struct strbuf name = STRBUF_INIT;
	for (const char *p = ref->root; *p; p++)
		if (isalnum((unsigned char)*p))
			strbuf_addch(&name, *p);
		else if (name.len && name.buf[name.len - 1] != '_')
			strbuf_addch(&name, '_');
	strbuf_addch(&name, '_');
	for (const char *p = ref->path ? ref->path : ""; *p; p++)
		if (isalnum((unsigned char)*p))
			strbuf_addch(&name, *p);
		else if (name.buf[name.len - 1] != '_')
			strbuf_addch(&name, '_');
	while (name.len && name.buf[name.len - 1] == '_')
		name.buf[--name.len] = '\0';
	json_t *vars = tf_section(c, "variables");
	if (!json_object_get(vars, name.buf)) {
		json_t *var = json_object();
		char *what = xasprintf("%s%s%s", ref->root, ref->path ? "." : "",
				       ref->path ? ref->path : "");
		json_object_set_new(var, "description",
				    json_sprintf("%s, which terrace convert left out", what));
		/* what Terraform holds as a secret (hashicorp/random marks a
		 * random_password's result sensitive) is given as one: plan and
		 * output never show it */
		if (!strncmp(what, "random_password.", strlen("random_password.")))
			json_object_set_new(var, "sensitive", json_true());
		free(what);
		/* null until given: a module's stand-in is no input its callers
		 * must pass (they never did in Terraform) */
		json_object_set(var, "default", def);
		json_object_set_new(vars, name.buf, var);
		diag_warnf(c->d, pos, "%s%s%s refers to %s: variable %s stands for it (%s until "
			   "given with -var, or as a module's input)", ref->root, ref->path ? "." : "",
			   ref->path ? ref->path : "", why ? why : "what the conversion left out",
			   name.buf, json_is_object(def) ? "{}, no instances," : json_is_array(def)
			   ? "[], no instances," : "null");
	}
	json_decref(def);
	strbuf_addf(out, "var.%s", name.buf);
	strbuf_release(&name);
}

/* What AWS computes of a written type, by Terraform's name, as the awscc
 * twin a resource became names it (pairs, NULL-ended; the settable
 * attributes are tf_written's twin_renames): a role's unique_id is
 * awscc.iam.role's role_id. */
static const char *const twin_results[] = {
	"unique_id", "role_id",
	NULL,
};

/* A lookup's result its kind does not have, by Terraform's name
 * (data.aws_partition.current[0].dns_suffix: attr "dns_suffix...", key the
 * instance's "[0]"): what tf_derived_attr builds of what the kind has (a
 * partition's dns_suffix), any other a stand-in; 0 when the kind has it. */
/* A lookup's result that its kind holds in another shape, by Terraform's
 * name (triples: data source, result, the expression of the kind's that
 * gives it, %1$s the lookup's reference): a managed prefix list's entries
 * (a list of {cidr, description}) are aws.ec2.managed_prefix_list's cidrs,
 * in their order (GetManagedPrefixListEntries'), each as {cidr}: the
 * entries' descriptions the lookup does not read, and .description is
 * then an error of the plan's, not a null. */
static const char *const tf_result_shapes[] = {
	"aws_ec2_managed_prefix_list", "entries", "[for cidr in %1$s.cidrs : { cidr = cidr }]",
	NULL,
};

/* attr, a lookup's result by Terraform's name (and what follows it),
 * written as tf_result_shapes says when it names it: 1 when done. */
static int lookup_result_shape(const struct decl *dc, const char *key, size_t key_len,
			       const char *attr, struct strbuf *out)
{
	size_t n = tf_first_step(attr);
	for (size_t i = 0; tf_result_shapes[i]; i += 3) {
		if (strcmp(tf_result_shapes[i], dc->tf_type) ||
		    strlen(tf_result_shapes[i + 1]) != n || strncmp(attr, tf_result_shapes[i + 1], n))
			continue;
		char *root = xasprintf("data.%s%.*s", dc->name, (int)key_len, key);
		strbuf_addch(out, '(');
		strbuf_addf(out, tf_result_shapes[i + 2], root);
		strbuf_addf(out, ")%s", attr + n);
		free(root);
		return 1;
	}
	return 0;
}

static int lookup_result(struct conv *c, const struct decl *dc, const struct expr_ref *ref,
			 const char *key, size_t key_len, const char *attr, struct strbuf *out)
{
	if (lookup_result_shape(dc, key, key_len, attr, out))
		return 1;
	size_t n = tf_first_step(attr);
	char *name = xstrndup(attr, n);
	const char *want = tf_renamed(dc->lookup->results, name);
	const struct lookup_type *lt = lookup_type_find(dc->lookup->kind, NULL);
	int done = 0;
	/* Terraform's results of these data sources that the lookup kinds
	 * lack; any other name is kept as written, for validate to name (an
	 * example's own mistake: aws_partition has no name) */
	static const char *const tf_results[] = {
		"aws_partition", "dns_suffix", "aws_partition", "reverse_dns_prefix",
		"aws_region", "endpoint", "aws_region", "description", NULL,
	};
	bool known = false;
	for (size_t i = 0; tf_results[i]; i += 2)
		known = known || (!strcmp(tf_results[i], dc->tf_type) &&
				  !strcmp(tf_results[i + 1], name));
	if (lt && known && !schema_find(lt->attrs, want)) {
		done = 1;
		const char *derived = tf_derived_attr(dc, name);
		if (derived) {
			char *root = xasprintf("data.%s%.*s", dc->name, (int)key_len, key);
			tf_derived_write(c, derived, root, out);
			strbuf_addstr(out, attr + n);
			free(root);
		} else {
			char *why = xasprintf("a result terrace's lookup %s does not have",
					      dc->lookup->kind);
			tf_stand_in(c, &c->at->pos, ref, why, out);
			free(why);
		}
	}
	free(name);
	return done;
}

json_t *tf_local_stand_in(struct conv *c, const struct hcl_item *it)
{
	struct expr_ref ref = { .root = (char *)"local", .path = (char *)it->name };
	struct strbuf out = STRBUF_INIT;
	strbuf_addstr(&out, "${");
	tf_stand_in(c, &it->pos, &ref, "a value the conversion left out (above)", &out);
	strbuf_addch(&out, '}');
	json_t *v = json_stringn(out.buf, out.len);
	strbuf_release(&out);
	return v;
}

/* random_pet.this.id, random_string.s[0].result, random_id.x.hex: a value
 * unique per stack, workspace and instance that stays the same from plan
 * to plan, as the random value stays in Terraform's state (terrace keeps
 * none): the first hex digits of the SHA-1 of the stack's, workspace's and
 * instance's names (8; a random_string's length up to 40, a random_id's
 * byte_length twice); 0 for any other reference. Warned once per resource. */
static int random_value(struct conv *c, const struct decl *dc, const struct expr_ref *ref,
			const char *rest, struct strbuf *out)
{
	static const char *const values[] = {
		"random_pet", "id", "random_string", "result", "random_string", "id",
		"random_id", "hex", "random_id", "id", "random_id", "b64_url", "random_id", "dec",
		NULL,
	};
	const char *after = key_end(rest);
	bool is = false;
	for (size_t i = 0; values[i] && !is; i += 2)
		is = !strcmp(dc->tf_type, values[i]) && *after == '.' &&
		     !strcmp(after + 1, values[i + 1]);
	if (!is)
		return 0;
	long n = 8;
	/* a random_pet's length counts words: its value is 8 digits */
	const struct hcl_item *len = !strcmp(dc->tf_type, "random_pet") ? NULL
		: hcl_attr(dc->item->body, !strcmp(dc->tf_type, "random_id") ? "byte_length"
			   : "length");
	if (len && len->expr && len->expr->kind == EXPR_LITERAL && json_is_number(len->expr->literal))
		n = (long)json_number_value(len->expr->literal) *
		    (!strcmp(dc->tf_type, "random_id") ? 2 : 1);
	if (n < 1 || n > 40)
		n = n < 1 ? 8 : 40;
	struct strbuf addr = STRBUF_INIT;
	strbuf_addf(&addr, "%s.%s", ref->root, ref->path);
	for (size_t i = 0; i < addr.len; i++)
		if (addr.buf[i] == '"')
			addr.buf[i] = '\'';
	strbuf_addf(out, "substr(sha1(\"${terrace.stack}/${terrace.workspace}/%.*s"
		    "${terrace.module}\"), 0, %ld)", (int)(addr.len - strlen(after)), addr.buf, n);
	char *key = xasprintf("random %s", dc->name);
	if (!c->noted)
		c->noted = json_object();
	if (!json_object_get(c->noted, key)) {
		json_object_set_new(c->noted, key, json_true());
		diag_warnf(c->d, &c->at->pos, "%s.%s: terrace keeps no random values in state: "
			   "a value unique per stack, workspace and instance stands for it, the same "
			   "at every plan (the first %ld hex digits of a SHA-1 of their names)",
			   ref->root, ref->path, n);
	}
	free(key);
	strbuf_release(&addr);
	return 1;
}

/* Whether ref is an argument of a try() in n, one with another after it
 * (the last one's stand-in stays null: were every argument a stand-in of
 * no instances, the try would fail where Terraform's finds one). */
static bool tried(const struct expr_node *n, const struct expr_ref *ref)
{
	if (!n)
		return false;
	for (size_t i = 0; i < n->n_args; i++) {
		const struct expr_node *a = n->args[i];
		if (n->kind == EXPR_TRY && !strcmp(n->op, "try") && i + 1 < n->n_args && a &&
		    a->kind == EXPR_REF &&
		    !strcmp(a->ref.root, ref->root) && a->ref.path && ref->path &&
		    !strcmp(a->ref.path, ref->path))
			return true;
		if (tried(a, ref))
			return true;
	}
	return false;
}

/* What a stand-in for a whole resource left out is when the caller has
 * none (NULL: null): with for_each a map, with count a list, none of
 * instances, so that a for expression over it goes over nothing. */
static json_t *whole_stand_in(const struct decl *dc, const char *rest)
{
	if (*rest)
		return json_null();
	if (hcl_attr(dc->item->body, "for_each"))
		return json_object();
	if (hcl_attr(dc->item->body, "count"))
		return json_array();
	return json_null();
}

/* dc's attribute after (".invoke_arn", rest its key and attribute) that
 * AWS builds of what terrace's type keeps (tf_derived_attr's table, in
 * stacks/convert_tf_types.c), written into out; 0 when none does. */
static int derived_attr(struct conv *c, const struct decl *dc, const char *rest,
			const char *after, struct strbuf *out)
{
	size_t an = tf_first_step(after + 1);
	char *attr = xstrndup(after + 1, an);
	const char *expr = tf_derived_attr(dc, attr);
	free(attr);
	if (!expr)
		return 0;
	char *root = xasprintf("%s%.*s", dc->name, (int)(after - rest), rest);
	tf_derived_write(c, expr, root, out);
	strbuf_addstr(out, after + 1 + an);
	free(root);
	return 1;
}

/* What a reference to a resource or data source the conversion left out
 * is when Terraform itself would know it at plan: an argument its block
 * sets (aws_codedeploy_app.this[0].name where the block says name =
 * var.app_name) is planned as written, so the reference is that
 * expression, converted where it is referred to, instead of a stand-in
 * variable left null (configured_value; 0 when it is not one: for_each,
 * an attribute AWS computes, a value of each instance). The resource
 * itself stays left out (its warning says so). */

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

/* How deep configured_value is in itself (an argument naming another
 * left-out resource's argument): a loop of such names is Terraform's
 * own error, cut here. */
static int configured_depth;

static int configured_value(struct conv *c, const struct decl *dc, const struct expr_ref *ref,
			const char *rest, struct strbuf *out)
{
	const struct hcl_body *body = dc->item->body;
	bool counted = hcl_attr(body, "count") != NULL;
	if (hcl_attr(body, "for_each") || configured_depth > 8)
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
	c->queue_arns_by_name = false;
	c->self = NULL;
	configured_depth++;
	char *value = tf_attr_text(c, it);
	char *count = counted && value ? tf_attr_text(c, hcl_attr(body, "count")) : NULL;
	configured_depth--;
	c->at = saved.at;
	c->each_bound = saved.each_bound;
	c->count_bound = saved.count_bound;
	c->each_is_key = saved.each_is_key;
	c->iterator = saved.iterator;
	c->folding_into = saved.folding_into;
	c->queue_arns_by_name = saved.queue_arns_by_name;
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

static int rename_ref(void *ctx, const struct expr_ref *ref, struct strbuf *out,
		      struct strbuf *err)
{
	struct conv *c = ctx;
	(void)err;
	if (c->each_bound && !strcmp(ref->root, "each") && ref->path) {
		bool key = !strncmp(ref->path, "key", 3);
		strbuf_addstr(out, key || c->each_is_key ? "each_key" : "each_value");
		strbuf_addstr(out, ref->path + (key ? 3 : 5));
		return 1;
	}
	if (c->count_bound && !strcmp(ref->root, "count") && ref->path &&
	    !strcmp(ref->path, "index")) {
		strbuf_addstr(out, "count_index");
		return 1;
	}
	if (c->iterator && !strcmp(ref->root, c->iterator) && ref->path) {
		bool key = !strncmp(ref->path, "key", 3);
		strbuf_addf(out, "%s_%s%s", ref->root, key ? "key" : "value",
			    ref->path + (key ? 3 : 5));
		return 1;
	}
	if (!strcmp(ref->root, "self") && c->self && ref->path) {
		/* a postcondition's self: the resource's attribute by the
		 * stack's name */
		const struct decl *dc = c->self;
		strbuf_addstr(out, "self");
		struct strbuf rest = STRBUF_INIT;
		strbuf_addf(&rest, ".%s", ref->path);
		if (dc->rt && dc->rt->family == TYPE_FAMILY_FROM_DATA) {
			size_t an = tf_first_step(ref->path);
			char *attr = xstrndup(ref->path, an);
			const char *want = !dc->written ? attr
					   : tf_renamed(dc->twin ? dc->written->twin_renames
							: dc->written->renames, attr);
			const struct attr_schema *a = tf_schema_attr(dc->rt->attrs, want, dc->rt->name);
			strbuf_addf(out, ".%s%s", a ? a->name : want, ref->path + an);
			free(attr);
		} else {
			add_rest(out, rest.buf, dc->written ? dc->written->renames : NULL);
		}
		strbuf_release(&rest);
		return 1;
	}
	static const char *const keep[] = { "var", "local", "each", "count", "path", "terrace" };
	for (size_t i = 0; i < sizeof(keep) / sizeof(keep[0]); i++)
		if (!strcmp(ref->root, keep[i]))
			return 0;
	const struct src_pos *pos = &c->at->pos;
	if (!strncmp(ref->root, "module.", 7))
		return tf_module_ref(c, pos, ref, out);
	if (!ref->path) {
		diag_warnf(c->d, pos, "%s is not a reference terrace has (its value stays as written)",
			   ref->root);
		return 0;
	}
	bool data = !strncmp(ref->root, "data.", 5);
	size_t n = tf_first_step(ref->path);
	char *name = xstrndup(ref->path, n);
	const char *rest = ref->path + n;
	struct decl *dc = tf_find_decl(c, data ? D_DATA : D_RESOURCE, ref->root + (data ? 5 : 0), name);
	free(name);
	if (!dc) {
		diag_warnf(c->d, pos, "%s.%s refers to what the configuration does not declare",
			   ref->root, ref->path);
		return 0;
	}
	if ((dc == c->folding_into || (c->queue_arns_by_name && dc->rt &&
				       !strcmp(dc->rt->name, "aws.sqs.queue"))) &&
	    tf_self_reference(c, dc, rest, out))
		return 1;
	/* The attribute comes after the instance's key, if any:
	 * aws_iam_role.this[0].name is the role's name as much as
	 * aws_iam_role.this.name is. */
	const char *after = key_end(rest);
	if (dc->archive_source && !strcmp(rest, ".output_path")) {
		const struct hcl_item *at = c->at;
		char *text = tf_attr_text(c, dc->archive_source);
		c->at = at;
		if (text) {
			strbuf_addf(out, "(%s)", text);
			free(text);
			return 1;
		}
	}
	if (dc->lambda_package && !strcmp(after, ".result.filename")) {
		/* terraform-aws-lambda's package.py: the folder or file terrace
		 * zips (stacks/convert_tf_package.c); its other results stand-ins */
		strbuf_addf(out, "local." TF_PACKAGE_LOCAL, dc->name);
		strbuf_add(out, rest, (size_t)(after - rest));
		strbuf_addstr(out, ".source");
		return 1;
	}
	if (dc->data_value && (!strcmp(after, ".output") || !strncmp(after, ".output.", 8) ||
			       !strncmp(after, ".output[", 8) || !strcmp(after, ".input") ||
			       !strncmp(after, ".input.", 7) || !strncmp(after, ".input[", 7)) &&
	    hcl_attr(dc->item->body, "input")) {
		/* its output is its input: the local */
		const char *past = after + (after[1] == 'o' ? 7 : 6);
		strbuf_addf(out, "local.%s", dc->name);
		strbuf_add(out, rest, (size_t)(after - rest));
		strbuf_addstr(out, past);
		return 1;
	}
	if (!dc->rt && !dc->lookup && !dc->policy_document && random_value(c, dc, ref, rest, out))
		return 1;
	if (!dc->rt && !dc->lookup && !dc->policy_document) {
		if (configured_value(c, dc, ref, rest, out))
			return 1;
		if (*rest == '[' && (hcl_attr(dc->item->body, "count") ||
				     hcl_attr(dc->item->body, "for_each")) &&
		    c->at && tried(c->at->expr, ref)) {
			/* try(data.x.lambda[0].arn, fallback): Terraform
			 * falls through when the instance is not there; the
			 * stand-in is the whole object's, no instances until
			 * given, so that the index fails the same way */
			struct expr_ref whole = { .root = ref->root,
						  .path = xstrndup(ref->path, n) };
			stand_in(c, pos, &whole, NULL, whole_stand_in(dc, ""), out);
			free(whole.path);
			strbuf_addstr(out, rest);
			return 1;
		}
		stand_in(c, pos, ref, NULL, whole_stand_in(dc, rest), out);
		return 1;
	}
	const char *again = NULL;
	if (dc->policy_document && c->folding_into && c->documents_again) {
		/* named in a document a fold writes again (the source documents
		 * of a module's combined bucket policy): written again too
		 * (convert_tf_policy.c's tf_document_again) */
		char *key = xasprintf("%s%s", dc->tf_name, rest);
		again = json_string_value(json_object_get(c->documents_again, key));
		free(key);
	}
	if (again) {
		strbuf_addstr(out, again);
		return 1;
	}
	if (dc->policy_document) {
		/* Its .json is the document as text; the local holds it as a value. */
		if (!strcmp(rest, ".json") || !strcmp(rest, ".minified_json"))
			strbuf_addf(out, "jsonencode(local.%s)", dc->name);
		else
			strbuf_addf(out, "local.%s%s", dc->name, rest);
		return 1;
	}
	if (dc->written && *after == '.') {
		char *attr = xstrndup(after + 1, tf_first_step(after + 1));
		bool has = !strcmp(attr, "id") || tf_aws_attr(dc, attr) ||
			   (dc->twin && tf_schema_attr(dc->rt->attrs, tf_renamed(twin_results, attr),
						       dc->rt->name));
		free(attr);
		if (!has && derived_attr(c, dc, rest, after, out))
			return 1;
		if (!has) {
			char *why = xasprintf("an attribute terrace's %s does not have", dc->rt->name);
			tf_stand_in(c, pos, ref, why, out);
			free(why);
			return 1;
		}
	}
	if (dc->lookup && *after == '.' &&
	    lookup_result(c, dc, ref, rest, (size_t)(after - rest), after + 1, out))
		return 1;
	strbuf_addf(out, "%s%s", data ? "data." : "", dc->name);
	if (dc->rt && dc->rt->family == TYPE_FAMILY_FROM_DATA && *after == '.') {
		/* an awscc attribute, by the type's own name for it (an aws_*
		 * type's name renamed first: a role that became
		 * awscc.iam.role is referred to by role_name) */
		strbuf_add(out, rest, (size_t)(after - rest));
		size_t an = tf_first_step(after + 1);
		char *attr = xstrndup(after + 1, an);
		const char *want = !dc->written ? attr : tf_renamed(dc->twin ? dc->written->twin_renames
								      : dc->written->renames, attr);
		if (dc->twin)
			want = tf_renamed(twin_results, want);
		const struct attr_schema *a = tf_schema_attr(dc->rt->attrs, want, dc->rt->name);
		const char *tail = after + 1 + an;
		if (a && a->type == ATTR_OBJECT && !strncmp(tail, "[0]", 3))
			tail += 3; /* Terraform's block of one (an RDS instance's
				    * master_user_secret[0]) is the type's object */
		strbuf_addf(out, ".%s%s", a ? a->name : want, tail);
		free(attr);
		return 1;
	}
	add_rest(out, rest, dc->lookup ? dc->lookup->results
			    : dc->written ? dc->written->renames : NULL);
	return 1;
}

/* aws_iam_role.r[each.key].name, the instance's key an expression: the
 * attribute as rename_ref names it after a key it can read ([0]), by the
 * type's own name (role_name of a role become awscc.iam.role). */
static int rename_attr(void *ctx, const struct expr_ref *ref, const char *attr, struct strbuf *out)
{
	struct conv *c = ctx;
	if (!ref->path || ref->path[tf_first_step(ref->path)] || !strncmp(ref->root, "data.", 5))
		return 0;
	struct decl *dc = tf_find_decl(c, D_RESOURCE, ref->root, ref->path);
	if (!dc || !dc->rt || !dc->written)
		return 0;
	const char *want = tf_renamed(dc->twin ? dc->written->twin_renames : dc->written->renames,
				      attr);
	if (dc->twin)
		want = tf_renamed(twin_results, want);
	bool awscc = dc->rt->family == TYPE_FAMILY_FROM_DATA;
	const struct attr_schema *a = tf_schema_attr(dc->rt->attrs, want,
						     awscc ? dc->rt->name : NULL);
	if (!a || !strcmp(a->name, attr))
		return 0;
	strbuf_addstr(out, a->name);
	return 1;
}

/* ---- values ---------------------------------------------------------------- */

/* Text as a stack's string: "${" and "%{" escaped. */
static void add_text(struct strbuf *out, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if ((s[i] == '$' || s[i] == '%') && i + 1 < len && s[i + 1] == '{')
			strbuf_addch(out, s[i]);
		strbuf_addch(out, s[i]);
	}
}

/* The source text of node n of attribute it. */
void tf_add_source(struct strbuf *out, const struct hcl_item *it, const struct expr_node *n)
{
	if (n->kind == EXPR_REF) {
		strbuf_add(out, it->text + n->span_start, n->span_end - n->span_start);
	} else if (n->kind == EXPR_LITERAL) {
		char *j = json_dumps(n->literal, JSON_ENCODE_ANY);
		strbuf_addstr(out, j);
		free(j);
	} else {
		strbuf_addstr(out, n->text);
	}
}

/* An expression written over several lines, its lines after the first
 * moved left by the indentation they share (none within a heredoc, whose
 * lines are text). */
static void dedent(struct strbuf *s, size_t from)
{
	if (strstr(s->buf + from, "<<"))
		return;
	size_t least = (size_t)-1;
	for (const char *nl = strchr(s->buf + from, '\n'); nl; nl = strchr(nl + 1, '\n')) {
		size_t n = strspn(nl + 1, " ");
		if (nl[1 + n] && nl[1 + n] != '\n' && n < least)
			least = n;
	}
	if (least == (size_t)-1 || !least)
		return;
	struct strbuf out = STRBUF_INIT;
	for (size_t i = 0; i < s->len; i++) {
		strbuf_addch(&out, s->buf[i]);
		if (i >= from && s->buf[i] == '\n')
			i += strspn(s->buf + i + 1, " ") < least ? strspn(s->buf + i + 1, " ") : least;
	}
	strbuf_reset(s);
	strbuf_add(s, out.buf, out.len);
	strbuf_release(&out);
}

/* s ends with a heredoc's last line, its marker alone (x ? null : <<EOF
 * ... EOF): what follows it must start a line of its own. */
static bool ends_heredoc(const struct strbuf *s)
{
	const char *last = strrchr(s->buf, '\n');
	if (!last)
		return false;
	last += strspn(last + 1, " \t") + 1;
	size_t n = strlen(last);
	while (n && strchr(" \t\r", last[n - 1]))
		n--;
	if (!n || !expr_is_ident_start(*last))
		return false;
	for (size_t i = 1; i < n; i++)
		if (!expr_is_ident_char(last[i]))
			return false;
	for (const char *m = strstr(s->buf, "<<"); m && m < last; m = strstr(m + 2, "<<")) {
		const char *name = m + 2 + (m[2] == '-');
		if (!strncmp(name, last, n) && !expr_is_ident_char(name[n]))
			return true;
	}
	return false;
}

static json_t *as_expression(const struct hcl_item *it, const struct expr_node *n)
{
	struct strbuf s = STRBUF_INIT;
	strbuf_addstr(&s, "${");
	tf_add_source(&s, it, n);
	dedent(&s, 0);
	if (ends_heredoc(&s))
		strbuf_addch(&s, '\n');
	strbuf_addch(&s, '}');
	json_t *v = json_stringn(s.buf, s.len);
	strbuf_release(&s);
	return v;
}

/* A template of text and ${...} parts alone ("arn:${x.arn}/k", a heredoc)
 * as one string; NULL when it holds a directive. */
static json_t *template_string(const struct hcl_item *it, const struct expr_node *n)
{
	struct strbuf s = STRBUF_INIT;
	for (size_t i = 0; i < n->n_args; i++) {
		const struct expr_node *p = n->args[i];
		if (p->kind == EXPR_TPL_IF || p->kind == EXPR_TPL_FOR) {
			strbuf_release(&s);
			return NULL;
		}
		if (p->kind == EXPR_LITERAL && json_is_string(p->literal)) {
			add_text(&s, json_string_value(p->literal), json_string_length(p->literal));
			continue;
		}
		strbuf_addstr(&s, "${");
		tf_add_source(&s, it, p);
		strbuf_addch(&s, '}');
	}
	json_t *v = json_stringn(s.buf, s.len);
	strbuf_release(&s);
	return v;
}

/*
 * An expression as the stack writes it: literals, lists and maps as YAML,
 * a template as a string, anything else as one ${...}. Where the schema a
 * (NULL: none known) takes a JSON document, jsonencode(X) is X.
 */
static json_t *value_of(const struct hcl_item *it, const struct expr_node *n,
			const struct attr_schema *a)
{
	bool document = a && a->type == ATTR_JSON;
	switch (n->kind) {
	case EXPR_LITERAL:
		if (json_is_string(n->literal)) {
			struct strbuf s = STRBUF_INIT;
			add_text(&s, json_string_value(n->literal), json_string_length(n->literal));
			json_t *v = json_stringn(s.buf, s.len);
			strbuf_release(&s);
			return v;
		}
		return json_deep_copy(n->literal);
	case EXPR_LIST: {
		json_t *list = json_array();
		for (size_t i = 0; i < n->n_args; i++)
			json_array_append_new(list, value_of(it, n->args[i], a));
		return list;
	}
	case EXPR_MAP: {
		for (size_t i = 0; i < n->n_args; i += 2)
			if (n->args[i]->kind != EXPR_LITERAL || !json_is_string(n->args[i]->literal))
				return as_expression(it, n);
		json_t *o = json_object();
		for (size_t i = 0; i + 1 < n->n_args; i += 2) {
			const char *key = json_string_value(n->args[i]->literal);
			const struct attr_schema *na = a && !document
						       ? tf_schema_attr(a->nested, key, NULL) : a;
			json_object_set_new(o, key, value_of(it, n->args[i + 1], na));
		}
		return o;
	}
	case EXPR_TEMPLATE: {
		json_t *v = template_string(it, n);
		return v ? v : as_expression(it, n);
	}
	case EXPR_CALL:
		if (document && !strcmp(n->func->name, "jsonencode") && n->n_args == 1 && !n->expand)
			return value_of(it, n->args[0], a);
		return as_expression(it, n);
	default:
		return as_expression(it, n);
	}
}

/* Attribute it's value with the configuration's references renamed; NULL
 * (a warning, counted) when terrace cannot read it. */
json_t *tf_attr_value(struct conv *c, const struct hcl_item *it, const struct attr_schema *a)
{
	if (!it->expr) {
		tf_left_out(c, &it->pos, "attribute \"%s\" left out: %s", it->name, it->expr_error);
		return NULL;
	}
	json_t *v = value_of(it, it->expr, a);
	struct strbuf err = STRBUF_INIT;
	c->at = it;
	json_t *r = expr_rename_refs_attrs(v, rename_ref, rename_attr, c, &err);
	json_decref(v);
	if (!r)
		tf_left_out(c, &it->pos, "attribute \"%s\" left out: %s", it->name, err.buf);
	strbuf_release(&err);
	return r;
}

char *tf_attr_text(struct conv *c, const struct hcl_item *it)
{
	if (!it->expr) {
		tf_left_out(c, &it->pos, "attribute \"%s\" left out: %s", it->name, it->expr_error);
		return NULL;
	}
	return tf_node_text(c, it, it->expr);
}

char *tf_node_text(struct conv *c, const struct hcl_item *it, const struct expr_node *n)
{
	json_t *v = as_expression(it, n);
	struct strbuf err = STRBUF_INIT;
	c->at = it;
	json_t *r = expr_rename_refs_attrs(v, rename_ref, rename_attr, c, &err);
	json_decref(v);
	char *text = NULL;
	if (!r)
		tf_left_out(c, &it->pos, "attribute \"%s\" left out: %s", it->name, err.buf);
	else if (json_is_string(r) && json_string_length(r) >= 3)
		text = xstrndup(json_string_value(r) + 2, json_string_length(r) - 3);
	json_decref(r);
	strbuf_release(&err);
	return text;
}

/* depends_on = [awscc_s3_bucket.lake, module.x]: the stack's names. */
json_t *tf_depends_on(struct conv *c, const struct hcl_item *it)
{
	if (!it->expr || it->expr->kind != EXPR_LIST) {
		tf_left_out(c, &it->pos, "%s left out: %s", it->name, "not a list of references");
		return NULL;
	}
	json_t *list = json_array();
	for (size_t i = 0; i < it->expr->n_args; i++) {
		const struct expr_node *r = it->expr->args[i];
		struct decl *dc = NULL;
		if (r->kind == EXPR_REF && !r->ref.path && tf_module_of(c, r->ref.root)) {
			if (tf_module_of(c, r->ref.root)->module_call) {
				json_array_append_new(list, json_string(r->ref.root));
				continue;
			}
		} else if (r->kind == EXPR_REF && r->ref.path) {
			bool data = !strncmp(r->ref.root, "data.", 5);
			dc = tf_find_decl(c, data ? D_DATA : D_RESOURCE, r->ref.root + (data ? 5 : 0),
				       r->ref.path);
		}
		if (dc && dc->owner)
			dc = dc->owner; /* a split resource is its owner's */
		if (dc && (dc->rt || dc->lookup)) {
			json_array_append_new(list, json_sprintf("%s%s", dc->lookup ? "data." : "",
								 dc->name));
		} else {
			struct strbuf src = STRBUF_INIT;
			tf_add_source(&src, it, r);
			tf_left_out(c, &it->pos, "depends_on %s left out: %s", src.buf,
				 "it names nothing the conversion carried");
			strbuf_release(&src);
		}
	}
	return list;
}

const struct attr_schema *tf_schema_attr(const struct attr_schema *attrs, const char *name,
					 const char *type)
{
	if (!attrs)
		return NULL;
	const char *last = type ? strrchr(type, '.') : NULL;
	if (last && !strcmp(name, "type")) {
		/* A top-level property named type, the key a resource writes
		 * its type in, is <resource>_type (gen_schemas.py's META_KEYS). */
		char *meta = xasprintf("%s_type", last + 1);
		const struct attr_schema *a = schema_find(attrs, meta);
		free(meta);
		return a;
	}
	const struct attr_schema *a = schema_find(attrs, name);
	if (a)
		return a;
	size_t n = schema_count(attrs);
	const char **names = xcalloc(n + 1, sizeof(*names));
	for (size_t i = 0; i < n; i++)
		names[i] = attrs[i].name;
	const char *like = schema_name_like(name, names, n);
	free(names);
	if (like)
		return schema_find(attrs, like);
	/* awscc names a top-level Id <resource>_id (origin_request_policy_id,
	 * otel_enrichment_id of o_tel_enrichment): separators aside. */
	size_t n_name = strlen(name);
	if (!last || n_name < 4 || strcmp(name + n_name - 3, "_id"))
		return NULL;
	const char *p = last + 1, *q = name, *q_end = name + n_name - 3;
	for (;;) {
		while (*p == '_')
			p++;
		while (q < q_end && *q == '_')
			q++;
		if (!*p || q == q_end || *p != *q)
			break;
		p++;
		q++;
	}
	return !*p && q == q_end ? schema_find(attrs, "id") : NULL;
}


/* ---- terraform_data ---------------------------------------------------------- */

bool tf_is_data_value(const struct hcl_item *blk)
{
	for (size_t i = 0; i < blk->body->n; i++)
		if (!strcmp(blk->body->items[i].name, "provisioner") ||
		    !strcmp(blk->body->items[i].name, "connection"))
			return false;
	return true;
}

/* The first variable condition names (var.NAME), or NULL; *only_vars false
 * when it names anything but variables and functions. */
static const char *first_variable(const struct expr_node *n, bool *only_vars)
{
	if (!n)
		return NULL;
	if (n->kind == EXPR_REF && !n->bound) {
		if (strcmp(n->ref.root, "var") || !n->ref.path) {
			*only_vars = false;
			return NULL;
		}
		return n->ref.path;
	}
	const char *first = NULL;
	for (size_t i = 0; i < n->n_args; i++) {
		const char *v = first_variable(n->args[i], only_vars);
		if (!first)
			first = v;
	}
	return first;
}

/* A precondition of a terraform_data (an input guard), as the validation
 * rule of the first variable it names; with count, judged only where count
 * makes the guard (!(COUNT > 0) || (CONDITION)). */
static void guard_as_validation(struct conv *c, struct decl *dc, const struct hcl_item *blk)
{
	const struct hcl_item *cond = hcl_attr(blk->body, "condition");
	const struct hcl_item *msg = hcl_attr(blk->body, "error_message");
	bool only_vars = true;
	char *var = NULL;
	if (cond && cond->expr) {
		const char *first = first_variable(cond->expr, &only_vars);
		if (first)
			var = xstrndup(first, tf_first_step(first));
	}
	json_t *vars = tf_section(c, "variables");
	json_t *target = var ? json_object_get(vars, var) : NULL;
	if (!cond || !msg || !only_vars || !target) {
		tf_left_out(c, &blk->pos, "terraform_data's %s left out: %s", blk->name,
			    "terrace judges a guard of inputs as a variable's validation, which may "
			    "name variables alone (write it as a check: or on the resource it guards)");
		free(var);
		return;
	}
	free(var);
	char *text = tf_attr_text(c, cond);
	json_t *mv = tf_attr_value(c, msg, NULL);
	const struct hcl_item *count = hcl_attr(dc->item->body, "count");
	char *count_text = count ? tf_attr_text(c, count) : NULL;
	if (!text || !mv || (count && !count_text)) {
		free(text);
		free(count_text);
		json_decref(mv);
		return;
	}
	json_t *rule = json_pack("{s:o,s:o}", "condition",
				 count_text ? json_sprintf("${!((%s) > 0) || (%s)}", count_text, text)
					    : json_sprintf("${%s}", text),
				 "error_message", mv);
	json_t *rules = json_object_get(target, "validation");
	if (!rules)
		json_object_set_new(target, "validation", rules = json_array());
	json_array_append_new(rules, rule);
	free(text);
	free(count_text);
}

void tf_convert_data_value(struct conv *c, struct decl *dc)
{
	const struct hcl_item *input = NULL, *count = NULL, *for_each = NULL;
	for (size_t i = 0; i < dc->item->body->n; i++) {
		const struct hcl_item *it = &dc->item->body->items[i];
		if (!it->is_block && !strcmp(it->name, "input"))
			input = it;
		else if (!it->is_block && !strcmp(it->name, "count"))
			count = it;
		else if (!it->is_block && !strcmp(it->name, "for_each"))
			for_each = it;
		else if (it->is_block && !strcmp(it->name, "lifecycle")) {
			for (size_t k = 0; k < it->body->n; k++) {
				const struct hcl_item *l = &it->body->items[k];
				if (l->is_block && !strcmp(l->name, "precondition"))
					guard_as_validation(c, dc, l);
				else
					tf_left_out(c, &l->pos, "terraform_data's lifecycle %s left out: %s",
						    l->name, "a terraform_data is a local in terrace: "
						    "there is no object to keep, replace or judge");
			}
		} else if (!strcmp(it->name, "depends_on")) {
			continue; /* a local waits for nothing: what it names is read as written */
		} else {
			tf_left_out(c, &it->pos, "terraform_data's %s left out: %s", it->name,
				    !strcmp(it->name, "triggers_replace")
				    ? "a terraform_data is a local in terrace: nothing to replace"
				    : "a terraform_data is a local in terrace (its input)");
		}
	}
	if (!input)
		return;
	json_t *v = NULL;
	if (for_each) {
		/* a set's (toset(...), a list written out) instances are
		 * keyed by their element, each.value the key */
		const struct expr_node *fe = for_each->expr;
		bool set = fe && (fe->kind == EXPR_LIST ||
				  (fe->kind == EXPR_CALL && !strcmp(fe->func->name, "toset")));
		char *each = tf_attr_text(c, for_each);
		bool had = c->each_bound, had_key = c->each_is_key;
		c->each_bound = true;
		c->each_is_key = set;
		char *value = each ? tf_attr_text(c, input) : NULL;
		c->each_bound = had;
		c->each_is_key = had_key;
		if (value)
			v = set ? json_sprintf("${{for each_key in %s : each_key => %s}}", each, value)
				: json_sprintf("${{for each_key, each_value in %s : each_key => %s}}",
					       each, value);
		free(each);
		free(value);
	} else if (count) {
		char *n = tf_attr_text(c, count);
		bool had = c->count_bound;
		c->count_bound = true;
		char *value = n ? tf_attr_text(c, input) : NULL;
		c->count_bound = had;
		if (value)
			v = json_sprintf("${[for count_index in range(%s) : %s]}", n, value);
		free(n);
		free(value);
	} else {
		v = tf_attr_value(c, input, NULL);
	}
	if (v)
		json_object_set_new(tf_section(c, "locals"), dc->name, v);
}

/* ---- a value as an expression's text ---------------------------------------- */

void tf_add_expression(struct strbuf *out, const json_t *v)
{
	const char *s = json_string_value(v);
	if (json_is_object(v) || json_is_array(v)) {
		/* {"key" = value, ...}, [value, ...]: each member so written */
		bool obj = json_is_object(v);
		const char *k;
		json_t *m;
		size_t i = 0;
		strbuf_addch(out, obj ? '{' : '[');
		if (obj) {
			json_object_foreach((json_t *)v, k, m) {
				json_t *key = json_string(k);
				char *kj = json_dumps(key, JSON_ENCODE_ANY);
				strbuf_addf(out, "%s%s = ", i++ ? ", " : "", kj);
				free(kj);
				json_decref(key);
				tf_add_expression(out, m);
			}
		} else {
			json_array_foreach((json_t *)v, i, m) {
				if (i)
					strbuf_addstr(out, ", ");
				tf_add_expression(out, m);
			}
		}
		strbuf_addch(out, obj ? '}' : ']');
		return;
	}
	if (!s) {
		char *j = json_dumps(v, JSON_ENCODE_ANY);
		strbuf_addstr(out, j);
		free(j);
		return;
	}
	if (expr_is_one_expression(s)) {
		strbuf_addf(out, "(%.*s)", (int)strlen(s) - 3, s + 2);
		return;
	}
	strbuf_addch(out, '"');
	int depth = 0;
	for (const char *p = s; *p; p++) {
		if (!depth && (p[0] == '$' || p[0] == '%') && p[1] == p[0] && p[2] == '{') {
			strbuf_add(out, p, 3); /* $${: text */
			p += 2;
			continue;
		}
		if (!depth && (p[0] == '$' || p[0] == '%') && p[1] == '{') {
			strbuf_add(out, p, 2);
			p++;
			depth = 1;
			continue;
		}
		if (!depth && (*p == '"' || *p == '\\'))
			strbuf_addch(out, '\\');
		else if (depth && *p == '{')
			depth++;
		else if (depth && *p == '}')
			depth--;
		strbuf_addch(out, *p);
	}
	strbuf_addch(out, '"');
}

/* ---- references rewritten by what AWS builds (convert_tf_derived.c's table) ---- */

static bool type_has(const struct decl *dc, const char *attr)
{
	if (dc->kind == D_DATA) {
		const struct lookup_type *lt = lookup_type_find(dc->lookup->kind, NULL);
		return lt && schema_find(lt->attrs, tf_renamed(dc->lookup->results, attr));
	}
	bool awscc = dc->rt->family == TYPE_FAMILY_FROM_DATA;
	return !strcmp(attr, "id") || tf_schema_attr(dc->rt->attrs, attr,
						     awscc ? dc->rt->name : NULL);
}

const char *tf_derived_attr(const struct decl *dc, const char *attr)
{
	return type_has(dc, attr) ? NULL : tf_derived_expr(dc, attr);
}

void tf_derived_write(struct conv *c, const char *expr, const char *root, struct strbuf *out)
{
	for (const char *p = expr; *p; p++) {
		if (!strncmp(p, "{R}", 3)) {
			strbuf_addstr(out, root);
			p += 2;
		} else if (!strncmp(p, "{C}", 3)) {
			strbuf_addf(out, "data.%s", tf_caller_lookup(c));
			p += 2;
		} else {
			strbuf_addch(out, *p);
		}
	}
}

static int attr_by_type(void *ctx, const struct expr_ref *ref, struct strbuf *out,
			struct strbuf *err)
{
	struct conv *c = ctx;
	(void)err;
	if (!ref->path || !strncmp(ref->root, "module.", 7))
		return 0;
	bool data = !strncmp(ref->root, "data.", 5);
	const char *name = ref->root + (data ? 5 : 0);
	size_t n = strcspn(name, "[");
	const struct decl *dc = NULL;
	for (size_t i = 0; i < c->n_decls && !dc; i++) {
		const struct decl *x = &c->decls[i];
		bool kind = data ? x->kind == D_DATA && x->lookup
			    : x->kind == D_RESOURCE && x->rt && x->written;
		if (kind && x->name && strlen(x->name) == n && !strncmp(x->name, name, n))
			dc = x;
	}
	if (!dc)
		return 0;
	if (data) {
		size_t an = tf_first_step(ref->path);
		char *attr = xstrndup(ref->path, an);
		const char *derived = tf_derived_attr(dc, attr);
		if (derived) {
			tf_derived_write(c, derived, ref->root, out);
			strbuf_addstr(out, ref->path + an);
		}
		free(attr);
		return derived != NULL;
	}
	return tf_instance_attr(c, dc, ref->root, ref->path, out);
}

int tf_instance_attr(struct conv *c, const struct decl *dc, const char *root, const char *path,
		     struct strbuf *out)
{
	size_t an = tf_first_step(path);
	char *attr = xstrndup(path, an);
	int rc = 0;
	const char *renamed = tf_renamed(dc->twin ? dc->written->twin_renames : dc->written->renames,
					 attr);
	const char *derived = type_has(dc, attr) ? NULL : tf_derived_attr(dc, attr);
	const struct attr_schema *a = dc->rt->family == TYPE_FAMILY_FROM_DATA
				      ? tf_schema_attr(dc->rt->attrs, attr, dc->rt->name) : NULL;
	if (a && strcmp(a->name, attr)) {
		/* an awscc type's own name for it (ipv6_cidr_block of a subnet
		 * become awscc.ec2.subnet: ipv_6_cidr_block) */
		strbuf_addf(out, "%s.%s%s", root, a->name, path + an);
		rc = 1;
	} else if (type_has(dc, attr)) {
		rc = 0;
	} else if (strcmp(renamed, attr) && type_has(dc, renamed)) {
		strbuf_addf(out, "%s.%s%s", root, renamed, path + an);
		rc = 1;
	} else if (derived) {
		tf_derived_write(c, derived, root, out);
		strbuf_addstr(out, path + an);
		rc = 1;
	}
	free(attr);
	return rc;
}

void tf_attrs_by_type(struct conv *c)
{
	static const char *const sections[] = { "locals", "resources", "modules", "outputs" };
	for (size_t i = 0; i < sizeof(sections) / sizeof(sections[0]); i++) {
		json_t *s = json_object_get(c->out, sections[i]);
		if (!s)
			continue;
		struct strbuf err = STRBUF_INIT;
		json_t *r = expr_rename_refs(s, attr_by_type, c, &err);
		strbuf_release(&err);
		if (r)
			json_object_set_new(c->out, sections[i], r);
	}
}
