/*
 * eval.c: resolving ${...} references against the snapshot's variables and
 * a scope's resources, turning a resource's configuration into desired,
 * typed attributes, and hashing secrets for storage.
 */
#include "plan/eval.h"
#include "plan/plan.h"
#include "provider/provider.h"
#include "stacks/expand.h"
#include "stacks/expr.h"
#include "stacks/expr_path.h"
#include "stacks/var_type.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

/* Walk "a.b[0].c" or "[\"k\"].c" inside v; NULL when a step is missing.
 * seg0 (may be NULL) gets the first step's name. */
static const json_t *walk_path(const json_t *v, const char *path, struct strbuf *seg0)
{
	struct expr_path p;
	struct strbuf err = STRBUF_INIT;
	int rc = expr_path_parse(path, &p, &err);
	strbuf_release(&err);
	if (rc < 0)
		return NULL;
	if (seg0 && p.n && p.steps[0].name)
		strbuf_addstr(seg0, p.steps[0].name);
	v = expr_path_walk(v, &p, 0);
	expr_path_free(&p);
	return v;
}

static int resolve_ref(void *ctx, const struct expr_ref *ref, json_t **out,
		       json_t **sensitive, struct strbuf *err);

struct instance_entry {
	const char *address;
	json_t *key;  /* the integer of count or the string of for_each */
};

static int cmp_instances(const void *a, const void *b)
{
	const json_t *x = ((const struct instance_entry *)a)->key;
	const json_t *y = ((const struct instance_entry *)b)->key;
	if (json_is_integer(x) && json_is_integer(y))
		return json_integer_value(x) < json_integer_value(y) ? -1 :
		       json_integer_value(x) > json_integer_value(y);
	if (json_is_integer(x) != json_is_integer(y))
		return json_is_integer(x) ? -1 : 1;
	return strcmp(json_string_value(x), json_string_value(y));
}

/* The names in `names` (an object's keys) of the form HEAD[KEY]TAIL, sorted
 * by key (count's in number order): an array of *n entries whose names are
 * borrowed from `names`; the caller decrefs the keys and frees it. */
static struct instance_entry *instances_named(const json_t *names, const char *head, size_t n_head,
					      const char *tail, size_t *n)
{
	struct instance_entry *in = NULL;
	size_t n_tail = strlen(tail);
	const char *name;
	json_t *ignored;
	*n = 0;
	json_object_foreach((json_t *)names, name, ignored) {
		size_t len = strlen(name);
		if (len < n_head + n_tail + 3 || strncmp(name, head, n_head) || name[n_head] != '[' ||
		    strcmp(name + len - n_tail, tail))
			continue;
		char *key = xstrndup(name + n_head, len - n_head - n_tail);
		struct expr_path p;
		struct strbuf e = STRBUF_INIT;
		int rc = expr_path_parse(key, &p, &e);
		strbuf_release(&e);
		free(key);
		if (rc < 0)
			continue;
		if (p.n == 1) {
			in = xrealloc(in, (*n + 1) * sizeof(*in));
			in[*n].address = name;
			in[(*n)++].key = p.steps[0].name ? json_string(p.steps[0].name)
							 : json_integer((json_int_t)p.steps[0].index);
		}
		expr_path_free(&p);
	}
	if (*n)
		qsort(in, *n, sizeof(*in), cmp_instances);
	return in;
}

/*
 * The value of resource `name`'s sensitive attribute `attr`, of which state
 * holds only the hash `stored`: its configuration evaluated again. When that
 * no longer gives the stored value (the configuration changed and is not
 * applied yet) the value is unknown until the resource is updated. An
 * attribute the provider generated cannot be had again: an error says so.
 */
static json_t *rederive_secret(const struct eval_scope *sc, const char *name, const char *attr,
			       const json_t *stored, struct strbuf *err)
{
	const json_t *res = json_object_get(json_object_get(sc->snapshot, "resources"), name);
	const json_t *expr = json_object_get(json_object_get(res, "config"), attr);
	const struct resource_type *rt =
		resource_type_find(json_string_value(json_object_get(res, "type")) ?
				   json_string_value(json_object_get(res, "type")) : "", NULL);
	const struct attr_schema *a = rt ? schema_find(rt->attrs, attr) : NULL;
	if (!expr || !a) {
		strbuf_addf(err, "%s.%s is sensitive and state keeps only its hash, and it is not "
			    "set in %s's configuration: reference the value it was set from instead",
			    name, attr, name);
		return NULL;
	}
	bool secret = false;
	struct strbuf e = STRBUF_INIT;
	json_t *raw = eval_value(sc, expr, &secret, &e);
	json_t *v = raw && !value_contains_unknown(raw) ? schema_coerce(a, raw, &e) : NULL;
	json_decref(raw);
	/* What was hashed is the desired value, terrace's own tags (and a
	 * development environment's name) added to what the stack wrote. */
	if (v) {
		json_t *desired = json_pack("{s:o}", attr, v);
		v = NULL;
		if (!plan_add_stack_tags(sc->snapshot, rt, json_object_get(res, "config"), desired, &e))
			v = json_incref(json_object_get(desired, attr));
		json_decref(desired);
	}
	strbuf_release(&e);
	if (!v || !value_matches_stored(v, stored)) {
		json_decref(v);
		return value_unknown();
	}
	return v;
}

#define MAX_LOCAL_DEPTH 64

/*
 * local.NAME or local["NAME"]: the snapshot's locals hold expressions (the
 * stack's locals, module inputs and outputs, each.key/each.value/count.index
 * of each instance: see stacks/expand.c), evaluated where they are used.
 */
static int resolve_local(const struct eval_scope *sc, const struct expr_ref *ref, json_t **out,
			 bool *sensitive, struct strbuf *err)
{
	static __thread int depth;
	struct expr_path p;
	if (expr_path_parse(ref->path, &p, err) < 0)
		return -1;
	if (!p.n || !p.steps[0].name) {
		expr_path_free(&p);
		strbuf_addstr(err, "a reference to local needs a name: ${local.NAME}");
		return -1;
	}
	const char *name = p.steps[0].name;
	const json_t *locals = json_object_get(sc->snapshot, "locals");
	const json_t *local = json_object_get(locals, name);
	int rc = -1;
	json_t *v = NULL;
	const char *star = strstr(name, "[*]");
	if (!local && star) {
		/* "module.m[*].output.out": that output of every instance of
		 * the module (stacks/expand.c names them module.m["a"]...), a
		 * list by key or index, the rest of the path taken in each; a
		 * module without for_each or count is a list of itself. */
		size_t n;
		struct instance_entry *in = instances_named(locals, name, (size_t)(star - name),
							    star + 3, &n);
		const json_t **entries = xcalloc(n + 1, sizeof(*entries));
		for (size_t i = 0; i < n; i++) {
			entries[i] = json_object_get(locals, in[i].address);
			json_decref(in[i].key);
		}
		free(in);
		if (!n) {
			char *single = xasprintf("%.*s%s", (int)(star - name), name, star + 3);
			if ((entries[0] = json_object_get(locals, single)))
				n = 1;
			free(single);
		}
		json_t *list = n && depth < MAX_LOCAL_DEPTH ? json_array() : NULL;
		if (!n)
			strbuf_addf(err, "unknown local value \"%s\"", name);
		else if (!list)
			strbuf_addf(err, "local value \"%s\" refers to itself", name);
		for (size_t i = 0; i < n && list; i++) {
			if (json_is_true(json_object_get(entries[i], "sensitive")))
				*sensitive = true;
			depth++;
			json_t *one = eval_value(sc, json_object_get(entries[i], "value"), sensitive, err);
			depth--;
			if (!one) {
				json_decref(list);
				list = NULL;
				break;
			}
			const json_t *inside = expr_path_walk(one, &p, 1);
			json_array_append_new(list, inside ? json_deep_copy(inside) : json_null());
			json_decref(one);
		}
		free(entries);
		if (list) {
			*out = list;
			rc = 0;
		}
		goto out;
	}
	if (!local) {
		strbuf_addf(err, "unknown local value \"%s\"", name);
		goto out;
	}
	if (depth >= MAX_LOCAL_DEPTH) {
		strbuf_addf(err, "local value \"%s\" refers to itself", name);
		goto out;
	}
	if (json_is_true(json_object_get(local, "sensitive")))
		*sensitive = true;
	depth++;
	v = eval_value(sc, json_object_get(local, "value"), sensitive, err);
	depth--;
	if (!v)
		goto out;
	const json_t *if_null = json_object_get(local, "if_null");
	if (if_null && json_is_null(v)) {
		/* A module's input of a variable with nullable: false: its
		 * default (stacks/expand.c). */
		json_decref(v);
		v = eval_value(sc, if_null, sensitive, err);
		if (!v)
			goto out;
	}
	const json_t *type = json_object_get(local, "type");
	if (type) {
		/* A module's input, converted to its variable's type. */
		json_t *typed = var_type_convert_as(type, v, name, *sensitive, false, NULL,
						    snapshot_functions(sc->snapshot), NULL, err);
		json_decref(v);
		v = typed;
		if (!v)
			goto out;
	}
	const json_t *inside = expr_path_walk(v, &p, 1);
	*out = inside ? json_deep_copy(inside) : json_null();
	rc = 0;
out:
	json_decref(v);
	expr_path_free(&p);
	return rc;
}

/* Which attributes of an instance are secret, as a resolver says
 * (expr_resolve_fn): {"value": true} of its sensitive attributes' names
 * ["value"]; NULL when none is. */
/* The mask of a whole resource's secrets: each attribute a sensitive path
 * names or reaches into (a block with a write-only leaf, masked whole). */
static json_t *secret_attributes(const json_t *names)
{
	if (!json_array_size(names))
		return NULL;
	json_t *secret = json_object();
	size_t i;
	json_t *name;
	json_array_foreach(names, i, name)
		if (json_is_string(name)) {
			const char *path = json_string_value(name);
			char *top = xstrndup(path, strcspn(path, ".["));
			json_object_set_new(secret, top, json_true());
			free(top);
		}
	return secret;
}

/* Whether a reference to path ("login_profile", "rules[0].group") is a
 * secret's, or holds one: a sensitive path (value_redacted) it is, lies
 * inside or holds, list indexes read as "[]". */
static bool path_touches_secret(const json_t *sens, const char *path)
{
	struct strbuf norm = STRBUF_INIT;
	size_t i;
	json_t *e;
	bool hit = false;

	for (const char *p = path; *p; p++) {
		if (*p == '[' && isdigit((unsigned char)p[1])) {
			strbuf_addstr(&norm, "[]");
			p += strspn(p + 1, "0123456789") + 1; /* at the ']' */
			continue;
		}
		strbuf_addch(&norm, *p);
	}
	json_array_foreach(sens, i, e) {
		const char *s = json_string_value(e);
		size_t n = s ? strlen(s) : 0;
		if (!s)
			continue;
		if (!strncmp(norm.buf, s, n) && strchr(".[", norm.buf[n]))
			hit = true; /* the secret itself, or inside it */
		else if (!strncmp(s, norm.buf, norm.len) && strchr(".[", s[norm.len]) && s[norm.len])
			hit = true; /* a block holding it */
	}
	strbuf_release(&norm);
	return hit;
}

/* A resource or lookup whose count or for_each made no instance (the
 * expansion's local "BASE.count" or "BASE.for_each" says it has one):
 * [] (a map of none, {}, for a for_each named whole), as Terraform gives
 * it; NULL for a name the stack does not have. */
static json_t *instances_none(const struct eval_scope *sc, const char *base, bool as_list)
{
	const json_t *locals = json_object_get(sc->snapshot, "locals");
	char *count = xasprintf("%s.count", base), *for_each = xasprintf("%s.for_each", base);
	json_t *out = json_object_get(locals, count) ? json_array()
		    : !json_object_get(locals, for_each) ? NULL
		    : as_list ? json_array() : json_object();
	free(count);
	free(for_each);
	return out;
}

/* Instance `address`'s attributes as a value: a copy of attrs with null
 * for each attribute of its type's schema that state holds no value of
 * (an awscc resource's optional property AWS does not answer: an IPv6-only
 * subnet's CidrBlock), as address.ATTR gives null; unknown when attrs is
 * NULL (not known yet). */
static json_t *instance_value(const struct eval_scope *sc, const char *address,
			      const json_t *attrs)
{
	if (!attrs)
		return value_unknown();
	json_t *v = json_deep_copy(attrs);
	const json_t *res = json_object_get(json_object_get(sc->snapshot, "resources"), address);
	const char *type = json_string_value(json_object_get(res, "type"));
	const struct resource_type *rt = type ? resource_type_find(type, NULL) : NULL;
	for (const struct attr_schema *a = rt && json_is_object(v) ? rt->attrs : NULL; a && a->name;
	     a++)
		if (!json_object_get(v, a->name))
			json_object_set_new(v, a->name, json_null());
	return v;
}

/*
 * The instances of resource `base` made by count or for_each (base[0],
 * base["a"]), each as its attributes (unknown when not known yet): a list
 * by index for count, a map by key for for_each, as Terraform gives a
 * reference to the whole resource; as_list (a splat, base[*]) gives a
 * list in the order of the keys either way, and a resource without
 * for_each or count as a list of itself. NULL when there is no such
 * resource.
 */
static json_t *resource_instances(const struct eval_scope *sc, const char *base, bool as_list,
				  json_t **sensitive)
{
	const json_t *sens = NULL;
	bool exists = false;
	const json_t *attrs = sc->resource_attrs(sc->ctx, base, &sens, &exists);
	if (exists) {
		if (!as_list)
			return NULL;
		json_t *one = json_array();
		json_array_append_new(one, instance_value(sc, base, attrs));
		json_t *secret = secret_attributes(sens);
		if (secret)
			*sensitive = json_pack("[o]", secret);
		return one;
	}
	size_t count;
	const char *section = address_is_lookup(base) ? "data" : "resources";
	struct instance_entry *in = instances_named(json_object_get(sc->snapshot, section), base,
						    strlen(base), "", &count);
	if (!count)
		return instances_none(sc, base, as_list);
	bool by_key = json_is_string(in[0].key);
	json_t *out = as_list || !by_key ? json_array() : json_object();
	json_t *secret = json_is_array(out) ? json_array() : json_object();
	bool any = false;
	for (size_t i = 0; i < count; i++) {
		sens = NULL;
		attrs = sc->resource_attrs(sc->ctx, in[i].address, &sens, &exists);
		json_t *v = instance_value(sc, in[i].address, attrs);
		json_t *part = secret_attributes(sens);
		any = any || part;
		if (json_is_array(out)) {
			json_array_append_new(out, v);
			json_array_append_new(secret, part ? part : json_null());
		} else {
			json_object_set_new(out, json_string_value(in[i].key), v);
			if (part)
				json_object_set_new(secret, json_string_value(in[i].key), part);
		}
		json_decref(in[i].key);
	}
	free(in);
	if (any)
		*sensitive = secret;
	else
		json_decref(secret);
	return out;
}

/*
 * base[*].PATH written as one reference (what a module's module.m.a[*].id
 * is once renamed, where the root stack's a[*].id is a splat): PATH of
 * each instance, in the order of their keys, as the splat gives it; an
 * instance not known yet is unknown, and `id` is every resource's id
 * (resource_id) where its type has none of its own. An instance whose
 * state holds no value of an attribute its type's schema has gives null,
 * as base[0].PATH does (an awscc resource's optional property AWS does not
 * answer: an IPv6-only subnet's CidrBlock). NULL with err set when an
 * instance has no such attribute in its schema either, or base is no
 * resource.
 */
/* Whether resource `name`'s type's schema has attribute `attr`. */
static bool schema_has(const struct eval_scope *sc, const char *name, const char *attr)
{
	const json_t *res = json_object_get(json_object_get(sc->snapshot, "resources"), name);
	const char *type = json_string_value(json_object_get(res, "type"));
	const struct resource_type *rt = type ? resource_type_find(type, NULL) : NULL;
	return rt && schema_find(rt->attrs, attr);
}

static json_t *splat_path(const struct eval_scope *sc, const char *base, const char *path,
			  json_t **sensitive, struct strbuf *err)
{
	const char *section = address_is_lookup(base) ? "data" : "resources";
	size_t n;
	struct instance_entry *in = instances_named(json_object_get(sc->snapshot, section), base,
						    strlen(base), "", &n);
	const json_t *sens = NULL;
	bool exists = false;
	if (!n) {
		sc->resource_attrs(sc->ctx, base, &sens, &exists);
		if (!exists) /* no instance: [] when count or for_each made none */
			return instances_none(sc, base, true);
	}
	char *first = xstrndup(path, strcspn(path, ".["));
	json_t *list = json_array();
	for (size_t i = 0; i < (n ? n : 1) && list; i++) {
		const char *addr = n ? in[i].address : base;
		sens = NULL;
		const json_t *attrs = sc->resource_attrs(sc->ctx, addr, &sens, &exists);
		const json_t *v = attrs ? walk_path(attrs, path, NULL) : NULL;
		json_t *id = NULL;
		if (attrs && !v && !strcmp(first, "id") && !json_object_get(attrs, "id")) {
			id = sc->resource_id ? sc->resource_id(sc->ctx, addr) : NULL;
			if (!id)
				id = value_unknown_set();
			v = id;
		}
		if (attrs && !v && !value_contains_unknown(attrs) && schema_has(sc, addr, first)) {
			json_array_append_new(list, json_null());
		} else if (attrs && !v && !value_contains_unknown(attrs)) {
			strbuf_addf(err, "%s has no attribute \"%s\"", addr, path);
			json_decref(list);
			list = NULL;
		} else {
			json_array_append_new(list, v ? json_deep_copy(v) : value_unknown());
		}
		json_decref(id);
		if (sens && (value_list_has_string(sens, first) || path_touches_secret(sens, path)))
			*sensitive = json_true();
	}
	for (size_t i = 0; i < n; i++)
		json_decref(in[i].key);
	free(in);
	free(first);
	return list;
}

static int resolve_ref(void *ctx, const struct expr_ref *ref, json_t **out,
		       json_t **sensitive, struct strbuf *err)
{
	const struct eval_scope *sc = ctx;
	if (!strcmp(ref->root, "var")) {
		const json_t *vars = json_object_get(sc->snapshot, "variables");
		if (!ref->path) {
			strbuf_addstr(err, "a reference to var needs a variable name: ${var.NAME}");
			return -1;
		}
		struct strbuf name = STRBUF_INIT;
		const json_t *v = walk_path(vars, ref->path, &name);
		if (value_list_has_string(json_object_get(sc->snapshot, "sensitive_variables"), name.buf))
			*sensitive = json_true();
		if (!v) {
			strbuf_addf(err, "unknown variable \"%s\"", name.buf);
			strbuf_release(&name);
			return -1;
		}
		strbuf_release(&name);
		*out = json_deep_copy(v);
		return 0;
	}
	if (!strcmp(ref->root, "local")) {
		bool secret = false;
		int rc = resolve_local(sc, ref, out, &secret, err);
		if (secret)
			*sensitive = json_true();
		return rc;
	}
	if (!strcmp(ref->root, "terrace")) {
		if (ref->path && !strcmp(ref->path, "workspace")) {
			const json_t *ws = json_object_get(sc->snapshot, "workspace");
			*out = json_is_string(ws) ? json_incref((json_t *)ws)
						  : json_string("default");
			return 0;
		}
		if (ref->path && !strcmp(ref->path, "stack")) {
			*out = json_incref(json_object_get(sc->snapshot, "stack"));
			return 0;
		}
		strbuf_addf(err, "unknown reference terrace.%s (known: terrace.workspace, terrace.stack)",
			    ref->path ? ref->path : "");
		return -1;
	}
	const json_t *sens = NULL;
	bool exists = false;
	size_t len = strlen(ref->root);
	bool splat = len > 3 && !strcmp(ref->root + len - 3, "[*]");
	const json_t *attrs = splat ? NULL : sc->resource_attrs(sc->ctx, ref->root, &sens, &exists);
	if (!exists) {
		/* home[*] or home: a resource's instances, all of them */
		char *base = xstrndup(ref->root, splat ? len - 3 : len);
		size_t had = err->len;
		json_t *all = !ref->path ? resource_instances(sc, base, splat, sensitive)
			    : splat ? splat_path(sc, base, ref->path, sensitive, err) : NULL;
		free(base);
		if (all) {
			*out = all;
			return 0;
		}
		if (err->len > had)
			return -1;
		strbuf_addf(err, "unknown resource \"%s\"", ref->root);
		return -1;
	}
	if (ref->path && !strcmp(ref->path, "id") && !json_object_get(attrs, "id")) {
		/* Every resource has its id, beside its type's own names for it. */
		*out = sc->resource_id ? sc->resource_id(sc->ctx, ref->root) : NULL;
		if (!*out)
			*out = value_unknown_set(); /* made, it has one */
		return 0;
	}
	if (!attrs) {
		*out = value_unknown();
		return 0;
	}
	if (!ref->path) {
		*out = json_deep_copy(attrs);
		*sensitive = secret_attributes(sens);
		return 0;
	}
	struct strbuf attr = STRBUF_INIT;
	walk_path(attrs, ref->path, &attr);
	if (sens && (value_list_has_string(sens, attr.buf) || path_touches_secret(sens, ref->path)))
		*sensitive = json_true();
	json_t *whole = NULL;
	const json_t *stored = json_object_get(attrs, attr.buf);
	/* A block whose write-only leaf is hashed (value_redacted) comes
	 * again from the configuration too, where the reference reaches a
	 * hash in it; a lookup's values (another stack's outputs) are read
	 * as they are. */
	if (value_is_hashed(stored) ||
	    (!address_is_lookup(ref->root) && value_holds_hash(walk_path(attrs, ref->path, NULL)))) {
		/* State keeps only a hash of a secret: the value comes again from
		 * the configuration it was made from, if that still gives it. */
		json_t *plain = rederive_secret(sc, ref->root, attr.buf, stored, err);
		if (!plain) {
			strbuf_release(&attr);
			return -1;
		}
		/* A block with a hashed leaf is secret where the reference
		 * touches that leaf (path_touches_secret, above). */
		if (value_is_hashed(stored))
			*sensitive = json_true();
		whole = json_deep_copy(attrs);
		json_object_set_new(whole, attr.buf, plain);
		attrs = whole;
	}
	const json_t *v = walk_path(attrs, ref->path, NULL);
	*out = v ? json_deep_copy(v) : json_null();
	json_decref(whole);
	strbuf_release(&attr);
	return 0;
}

enum func_edition snapshot_functions(const json_t *snapshot)
{
	enum func_edition e = FUNC_NEWEST;
	func_edition_parse(json_string_value(json_object_get(snapshot, "functions")), &e);
	return e;
}

json_t *eval_value(const struct eval_scope *sc, const json_t *expr, bool *sensitive,
		   struct strbuf *err)
{
	bool dummy = false;
	return expr_eval_as(expr, resolve_ref, (void *)sc, snapshot_functions(sc->snapshot),
			    sensitive ? sensitive : &dummy, err);
}

json_t *eval_resource(const struct eval_scope *sc, const char *name,
		      const struct attr_schema *schema, const json_t *config,
		      json_t **sensitive_out, struct strbuf *err)
{
	return eval_resource_at(sc, name, schema, config, sensitive_out, NULL, err);
}

/* The paths of attribute k's secrets (expr made it secret) onto sens: a
 * map written key by key in the stack (a function's environment) holds
 * them at the keys made from a secret ("environment.DB_PASSWORD"), as
 * Terraform marks them, so the other keys show and compare in clear;
 * anything else (a map made whole by one expression, a key that a path
 * cannot name) is secret whole. */
static void secret_entries(const struct eval_scope *sc, const char *k,
			   const struct attr_schema *a, const json_t *expr, json_t *sens)
{
	json_t *paths = json_array();
	const char *key;
	json_t *e;

	if (a->type != ATTR_MAP || !json_is_object(expr))
		goto whole;
	json_object_foreach((json_t *)expr, key, e) {
		bool secret = false;
		struct strbuf err = STRBUF_INIT;
		json_t *v = eval_value(sc, e, &secret, &err);
		json_decref(v);
		strbuf_release(&err);
		if (secret && (!*key || strpbrk(key, ".[]")))
			goto whole;
		if (secret)
			json_array_append_new(paths, json_sprintf("%s.%s", k, key));
	}
	if (!json_array_size(paths))
		goto whole;
	json_array_extend(sens, paths);
	json_decref(paths);
	return;
whole:
	json_decref(paths);
	json_array_append_new(sens, json_string(k));
}

json_t *eval_resource_at(const struct eval_scope *sc, const char *name,
			 const struct attr_schema *schema, const json_t *config,
			 json_t **sensitive_out, const char **failed, struct strbuf *err)
{
	json_t *desired = json_object();
	json_t *sens = json_array();
	const char *k;
	json_t *expr;
	json_object_foreach((json_t *)config, k, expr) {
		const struct attr_schema *a = schema_find(schema, k);
		if (!a) {
			strbuf_addf(err, "resource %s: unknown attribute \"%s\"", name, k);
			goto fail;
		}
		bool secret = false;
		struct strbuf e = STRBUF_INIT;
		json_t *v = eval_value(sc, expr, &secret, &e);
		if (!v) {
			strbuf_addf(err, "resource %s, attribute %s: %s", name, k, e.buf);
			strbuf_release(&e);
			if (failed)
				*failed = k;
			goto fail;
		}
		/* A value computed (a for expression making a list of blocks)
		 * meets the same schema as one written out. */
		json_t *c = schema_coerce(a, v, &e);
		json_decref(v);
		if (!c) {
			strbuf_addf(err, "resource %s, attribute %s %s", name, k, e.buf);
			strbuf_release(&e);
			if (failed)
				*failed = k;
			goto fail;
		}
		strbuf_release(&e);
		json_object_set_new(desired, k, c);
		if (a->flags & ATTR_SENSITIVE)
			json_array_append_new(sens, json_string(k));
		else if (secret)
			secret_entries(sc, k, a, expr, sens);
	}
	for (const struct attr_schema *a = schema; a->name; a++) {
		json_t *cur = json_object_get(desired, a->name);
		if (cur && !json_is_null(cur))
			continue;
		json_t *d = schema_default(a);
		if (d)
			json_object_set_new(desired, a->name, d);
		if (!cur && !d && (a->flags & ATTR_REQUIRED)) {
			strbuf_addf(err, "resource %s: missing required attribute \"%s\"", name, a->name);
			goto fail;
		}
		if ((a->flags & ATTR_SENSITIVE) && !value_list_has_string(sens, a->name))
			json_array_append_new(sens, json_string(a->name));
	}
	for (const struct attr_schema *a = schema; a->name; a++)
		if (a->digest_of && value_list_has_string(sens, a->digest_of) && !value_list_has_string(sens, a->name) &&
		    !json_is_null(json_object_get(desired, a->digest_of)) &&
		    json_object_get(desired, a->digest_of))
			json_array_append_new(sens, json_string(a->name));
	/* A block with a sensitive leaf: that leaf alone, unless the whole
	 * value is secret (made from a sensitive variable). */
	for (const struct attr_schema *a = schema; a->name; a++)
		if (!value_list_has_string(sens, a->name))
			schema_sensitive_leaves(a, sens);
	*sensitive_out = sens;
	return desired;
fail:
	json_decref(desired);
	json_decref(sens);
	return NULL;
}

bool attrs_match_stored(const json_t *now, const json_t *stored)
{
	const char *k;
	json_t *v;
	json_object_foreach((json_t *)now, k, v)
		if (!value_matches_stored(v, json_object_get(stored, k)))
			return false;
	json_object_foreach((json_t *)stored, k, v)
		if (!json_object_get(now, k) && !json_is_null(v))
			return false;
	return true;
}

const json_t *eval_no_resources(void *ctx, const char *name, const json_t **sensitive_names,
				bool *exists)
{
	(void)ctx;
	(void)name;
	(void)sensitive_names;
	*exists = true;
	return NULL;
}
