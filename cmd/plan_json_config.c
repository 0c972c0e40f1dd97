/*
 * plan_json_config.c: the "configuration" block of a JSON plan as Terraform
 * writes it: the root module's resources, outputs and variables, and each
 * module call (source, input expressions, for_each/count) with its own
 * module nested under module_calls.
 *
 * The stack reaching here is already expanded: a module's resources are
 * named module.lake["raw"].bucket and its inputs and outputs are locals
 * named module.lake["raw"].var.name. This file folds them back: one entry
 * per module call (its first instance stands for all, as Terraform's
 * configuration has one per call), one per resource block, and every
 * reference said as the module's own source says it (var.name,
 * module.lake.bucket_name, each.key, bucket.arn), never an internal name.
 */
#include "cmd/cli.h"
#include "cmd/plan_json.h"
#include "stacks/expand.h"
#include "stacks/expr.h"

#include <stdlib.h>
#include <string.h>

/* Past a [KEY] at s ('['): a quoted key with escapes, or digits. NULL if
 * it does not close. */
static const char *skip_index(const char *s)
{
	s++;
	if (*s == '"') {
		for (s++; *s && *s != '"'; s++)
			if (*s == '\\' && s[1])
				s++;
		if (*s != '"')
			return NULL;
		s++;
	} else {
		s += strspn(s, "0123456789");
	}
	return *s == ']' ? s + 1 : NULL;
}

size_t plan_json_module_prefix(const char *name)
{
	size_t end = 0;
	const char *p = name;
	while (!strncmp(p, "module.", 7)) {
		const char *q = p + 7;
		size_t n = strcspn(q, ".[");
		if (!n)
			break;
		q += n;
		if (*q == '[' && !(q = skip_index(q)))
			break;
		if (*q != '.')
			break;
		end = (size_t)(q - name);
		p = q + 1;
	}
	return end;
}

/* The module instance that holds instance (module.a["x"] of
 * module.a["x"].module.b): its length, 0 for the root. */
size_t plan_json_parent_len(const char *instance, size_t len)
{
	size_t prev = 0, at = 0;
	while (at < len) {
		const char *q = instance + at + 7; /* past "module." */
		q += strcspn(q, ".[");
		if (*q == '[' && !(q = skip_index(q)))
			break;
		size_t end = (size_t)(q - instance);
		if (end >= len)
			break;
		prev = end;
		at = end + 1;
	}
	return prev;
}

/* "module.a[\"x\"].module.b" -> "module.a.module.b". */
static char *call_path(const char *instance, size_t len)
{
	struct strbuf sb = STRBUF_INIT;
	const char *p = instance, *end = instance + len;
	while (p < end) {
		if (*p == '[') {
			const char *q = skip_index(p);
			p = q ? q : end;
			continue;
		}
		strbuf_addch(&sb, *p++);
	}
	return strbuf_detach(&sb);
}

char *plan_json_call_path(const char *instance)
{
	return call_path(instance, strlen(instance));
}

static void add_ref(json_t *out, char *ref)
{
	if (!value_list_has_string(out, ref))
		json_array_append_new(out, json_string(ref));
	free(ref);
}

/* True when ctx (ctx_len bytes) is exactly s's first n bytes. */
static bool is_context(const char *s, size_t n, const char *ctx, size_t ctx_len)
{
	return n == ctx_len && !strncmp(s, ctx, n);
}

/* How many bytes of key name the module instance ctx (ctx_len bytes) and
 * its dot: what a reference from inside ctx leaves out. */
static size_t within_context(const char *key, const char *ctx, size_t ctx_len)
{
	return ctx_len && !strncmp(key, ctx, ctx_len) && key[ctx_len] == '.' ? ctx_len + 1 : 0;
}

/* A local of the expansion (module.lake.var.name, module.lake.output.x,
 * module.lake.each.key, module.lake: the module as a value) as the
 * module's source says it. */
static void local_refs(const char *key, const char *rest, const char *ctx, size_t ctx_len,
		       json_t *out)
{
	size_t m = plan_json_module_prefix(key);
	char *dotted = xasprintf("%s.", key);
	bool call = plan_json_module_prefix(dotted) == strlen(key);
	free(dotted);
	if (call) {
		add_ref(out, xasprintf("%s%s", key + within_context(key, ctx, ctx_len), rest));
		return;
	}
	if (!m) {
		add_ref(out, xasprintf("local.%s%s", key, rest));
		return;
	}
	const char *what = key + m + 1;
	if (!strncmp(what, "output.", 7)) {
		/* Relative to the module that calls it. */
		size_t skip = within_context(key, ctx, ctx_len);
		char *rel = xstrndup(key + skip, m - skip);
		add_ref(out, xasprintf("%s.%s%s", rel, what + 7, rest));
		add_ref(out, call_path(rel, strlen(rel)));
		free(rel);
		return;
	}
	if (!strncmp(what, "var.", 4) || !strncmp(what, "each.", 5) ||
	    !strncmp(what, "count.", 6) || !strncmp(what, "path.", 5)) {
		add_ref(out, xasprintf("%s%s", what, rest));
		return;
	}
	add_ref(out, xasprintf("local.%s%s", key, rest));
}

/* Terraform's references for the references in value, seen from module
 * instance ctx ("" at the root). */
static json_t *references_in(const json_t *value, const char *ctx)
{
	size_t ctx_len = strlen(ctx);
	struct expr_refs refs = { 0 };
	struct diags d = DIAGS_INIT;
	json_t *out = json_array();
	expr_collect_refs(value, NULL, NULL, &refs, &d);
	for (size_t i = 0; i < refs.n; i++) {
		const struct expr_ref *r = &refs.items[i];
		const char *path = r->path ? r->path : "";
		if (!strcmp(r->root, "local") && path[0] == '[' && path[1] == '"') {
			const char *close = skip_index(path);
			json_t *k = close ? json_loadb(path + 1, (size_t)(close - path - 2),
						       JSON_DECODE_ANY, NULL) : NULL;
			if (json_is_string(k))
				local_refs(json_string_value(k), close, ctx, ctx_len, out);
			json_decref(k);
			continue;
		}
		bool special = !strcmp(r->root, "var") || !strcmp(r->root, "terrace") ||
			       !strcmp(r->root, "local") || !strcmp(r->root, "each") ||
			       !strcmp(r->root, "count");
		const char *root = r->root;
		if (!special && r->prefix_len &&
		    is_context(root, r->prefix_len - 1, ctx, ctx_len))
			root += r->prefix_len;
		add_ref(out, r->path ? xasprintf("%s.%s", root, r->path) : xstrdup(root));
		if (!special)
			add_ref(out, xstrdup(root));
	}
	expr_refs_free(&refs);
	diags_free(&d);
	return out;
}

/* {"constant_value": V} or {"references": [...]}. */
/* shown: what constant_value shows (a new reference, taken). */
static json_t *expression_as(const json_t *value, const char *ctx, json_t *shown)
{
	json_t *refs = references_in(value, ctx);
	if (json_array_size(refs)) {
		json_decref(shown);
		return json_pack("{s:o}", "references", refs);
	}
	json_decref(refs);
	return json_pack("{s:o}", "constant_value", shown);
}

static json_t *expression(const json_t *value, const char *ctx, bool secret)
{
	return expression_as(value, ctx, secret ? json_string(SENSITIVE_TEXT)
						: json_incref((json_t *)value));
}

static json_t *new_module(void)
{
	return json_pack("{s:[], s:{}, s:{}}", "resources", "outputs", "variables");
}

/* The configuration module of the call path of instance (created on the
 * way), and the call object itself in *call (NULL at the root). */
static json_t *module_of(json_t *root, const char *instance, size_t len, json_t **call)
{
	json_t *mod = root;
	*call = NULL;
	size_t at = 0;
	while (at < len) {
		const char *seg = instance + at + 7; /* past "module." */
		size_t n = strcspn(seg, ".[");
		char *name = xstrndup(seg, n);
		const char *q = seg + n;
		if (*q == '[')
			q = skip_index(q);
		json_t *calls = json_object_get(mod, "module_calls");
		if (!calls) {
			calls = json_object();
			json_object_set_new(mod, "module_calls", calls);
		}
		json_t *c = json_object_get(calls, name);
		if (!c) {
			c = json_pack("{s:s, s:{}, s:o}", "source", "", "expressions",
				      "module", new_module());
			json_object_set_new(calls, name, c);
		}
		free(name);
		*call = c;
		mod = json_object_get(c, "module");
		if (!q || *q != '.')
			break;
		at = (size_t)(q - instance) + 1;
	}
	return mod;
}

/* Whether instance is the one standing for its call: the first seen. */
static bool stands_for_call(json_t *chosen, const char *instance, size_t len)
{
	if (!len)
		return true;
	char *path = call_path(instance, len);
	char *inst = xstrndup(instance, len);
	const json_t *seen = json_object_get(chosen, path);
	bool yes = !seen || !strcmp(json_string_value(seen), inst);
	if (!seen)
		json_object_set_new(chosen, path, json_string(inst));
	free(path);
	free(inst);
	return yes;
}

json_t *plan_json_masked(const json_t *v)
{
	const char *k;
	size_t i;
	json_t *e, *out;

	if (value_is_hashed(v))
		return json_string(SENSITIVE_TEXT);
	if (json_is_object(v)) {
		out = json_object();
		json_object_foreach((json_t *)v, k, e)
			json_object_set_new(out, k, plan_json_masked(e));
		return out;
	}
	if (json_is_array(v)) {
		out = json_array();
		json_array_foreach(v, i, e)
			json_array_append_new(out, plan_json_masked(e));
		return out;
	}
	return json_incref((json_t *)v);
}

/* What a resource's configuration shows of attribute name's value v: the
 * value, "(sensitive value)" for a sensitive one, and a block's write-only
 * leaves masked (value_redacted). */
static json_t *shown_value(const struct resource_type *rt, const char *name, const json_t *v)
{
	const struct attr_schema *a = rt ? schema_find(rt->attrs, name) : NULL;
	json_t *leaves = json_array(), *one, *red, *out;

	if (a && (a->flags & ATTR_SENSITIVE)) {
		json_decref(leaves);
		return json_string(SENSITIVE_TEXT);
	}
	if (a)
		schema_sensitive_leaves(a, leaves);
	if (!json_array_size(leaves)) {
		json_decref(leaves);
		return json_incref((json_t *)v);
	}
	one = json_pack("{s:O}", name, v);
	red = value_redacted(one, leaves, NULL, false);
	out = plan_json_masked(json_object_get(red, name));
	json_decref(red);
	json_decref(one);
	json_decref(leaves);
	return out;
}

static void add_resource(json_t *root, json_t *chosen, const char *address, const json_t *r)
{
	size_t m = plan_json_module_prefix(address);
	if (!stands_for_call(chosen, address, m))
		return;
	char *ctx = xstrndup(address, m);
	json_t *call;
	json_t *mod = module_of(root, address, m, &call);
	char *name = address_name(address);
	json_t *list = json_object_get(mod, "resources");
	size_t i;
	json_t *e;
	json_array_foreach(list, i, e)
		if (!strcmp(json_string_value(json_object_get(e, "name")), name))
			goto out; /* another instance of the same block */
	const char *type = json_string_value(json_object_get(r, "type"));
	const struct resource_type *rt = type ? resource_type_find(type, NULL) : NULL;
	json_t *exprs = json_object();
	const char *k;
	json_t *v;
	json_object_foreach(json_object_get(r, "config"), k, v)
		json_object_set_new(exprs, k, expression_as(v, ctx, shown_value(rt, k, v)));
	const char *prov = json_string_value(json_object_get(r, "provider"));
	e = json_pack("{s:s, s:s, s:s, s:s, s:s, s:o, s:i}", "address", name, "mode", "managed",
		      "type", type ? type : "", "name", name,
		      "provider_config_key", prov ? prov : "", "expressions", exprs,
		      "schema_version", 0);
	json_t *deps = json_object_get(r, "dependencies");
	if (json_array_size(deps)) {
		json_t *out = json_array();
		json_array_foreach(deps, i, v) {
			const char *dep = json_string_value(v);
			size_t dm = plan_json_module_prefix(dep);
			add_ref(out, xstrdup(m && dm == m && !strncmp(dep, ctx, m) ? dep + m + 1 : dep));
		}
		json_object_set_new(e, "depends_on", out);
	}
	json_array_append_new(list, e);
out:
	free(name);
	free(ctx);
}

/* A local of the expansion that describes a module call: its inputs
 * (var.*), outputs (output.*), source (path.module), for_each or count. */
static void add_module_local(json_t *root, json_t *chosen, const char *key, const json_t *l)
{
	size_t m = plan_json_module_prefix(key);
	if (!m)
		return;
	const json_t *value = json_object_get(l, "value");
	bool secret = json_is_true(json_object_get(l, "sensitive"));
	const char *what = key + m + 1;
	json_t *call;
	if (!strcmp(what, "for_each") || !strcmp(what, "count")) {
		/* module.team.for_each: the call's own, before any instance. */
		module_of(root, key, m, &call);
		char *parent = xstrndup(key, plan_json_parent_len(key, m));
		json_object_set_new(call, !strcmp(what, "count") ? "count_expression"
								 : "for_each_expression",
				    expression(value, parent, false));
		free(parent);
		return;
	}
	if (!stands_for_call(chosen, key, m))
		return;
	json_t *mod = module_of(root, key, m, &call);
	char *ctx = xstrndup(key, m);
	if (!strncmp(what, "var.", 4)) {
		char *parent = xstrndup(key, plan_json_parent_len(key, m));
		json_object_set_new(json_object_get(call, "expressions"), what + 4,
				    expression(value, parent, secret));
		json_object_set_new(json_object_get(mod, "variables"), what + 4,
				    json_pack("{s:b}", "sensitive", secret));
		free(parent);
	} else if (!strncmp(what, "output.", 7)) {
		json_object_set_new(json_object_get(mod, "outputs"), what + 7,
				    json_pack("{s:o, s:b}", "expression",
					      expression(value, ctx, secret), "sensitive", secret));
	} else if (!strcmp(what, "path.module") && json_is_string(value)) {
		const char *src = json_string_value(value);
		json_object_set_new(call, "source", src[0] == '.' || src[0] == '/'
				    ? json_string(src) : json_sprintf("./%s", src));
	}
	free(ctx);
}

json_t *plan_json_configuration(const json_t *snapshot)
{
	json_t *providers = json_object();
	const char *k;
	json_t *v;
	json_object_foreach(json_object_get(snapshot, "providers"), k, v)
		json_object_set_new(providers, k, json_pack("{s:s, s:O}", "name", k,
			"full_name", json_object_get(v, "type")));
	json_t *root = new_module();
	json_t *chosen = json_object();
	json_object_foreach(json_object_get(snapshot, "resources"), k, v)
		add_resource(root, chosen, k, v);
	json_object_foreach(json_object_get(snapshot, "locals"), k, v)
		add_module_local(root, chosen, k, v);
	json_decref(chosen);
	json_t *outputs = json_object_get(root, "outputs");
	json_object_foreach(json_object_get(snapshot, "outputs"), k, v) {
		bool secret = json_is_true(json_object_get(v, "sensitive"));
		json_object_set_new(outputs, k, json_pack("{s:o, s:b}", "expression",
			expression(json_object_get(v, "value"), "", secret), "sensitive", secret));
	}
	json_t *vars = json_object_get(root, "variables");
	const json_t *sens = json_object_get(snapshot, "sensitive_variables");
	json_object_foreach(json_object_get(snapshot, "variables"), k, v)
		json_object_set_new(vars, k, json_pack("{s:b}", "sensitive",
						       value_list_has_string(sens, k)));
	return json_pack("{s:o, s:o}", "provider_config", providers, "root_module", root);
}

