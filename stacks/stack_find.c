/*
 * stack_find.c: finding things in a loaded stack, for the other files of
 * stacks/ and, through stack.h, the rest of terrace: the finders over the
 * model (a resource, provider, variable, module, lookup or local value by
 * name), the resources a resource or a lookup depends on, and what the
 * checks share: a value's or a key's position, names, articles, "defined
 * twice" and "unknown key". It calls no other file of stacks/ but expr*.c
 * and yaml.c: stack.c (loading), stack_files.c, stack_blocks.c,
 * stack_model.c, validate.c and vars.c call it.
 */
#include "stacks/stack.h"
#include "stacks/stack_internal.h"
#include "stacks/expr.h"
#include "stacks/yaml.h"

#include <stdlib.h>
#include <string.h>

/* ---- small helpers shared with the other files of stacks/ ----------------- */

bool stack_name_valid(const char *name)
{
	if (!((name[0] >= 'a' && name[0] <= 'z') || (name[0] >= 'A' && name[0] <= 'Z') ||
	      name[0] == '_'))
		return false;
	for (const char *c = name + 1; *c; c++)
		if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
		      (*c >= '0' && *c <= '9') || *c == '_' || *c == '-'))
			return false;
	return true;
}

const struct src_pos *stack_value_pos(const struct stack *s, const json_t *parent,
				      const char *key, const json_t *value)
{
	const struct src_pos *pos = yaml_pos_of(s->positions, value);
	if (!pos && parent && key)
		pos = yaml_key_pos(s->positions, parent, key);
	if (!pos && parent)
		pos = yaml_pos_of(s->positions, parent);
	return pos;
}

const char *stack_article(const char *word)
{
	return strchr("aeiouAEIOU", word[0]) && word[0] ? "an" : "a";
}

const struct src_pos *stack_pos_of(const struct stack *s, const json_t *node)
{
	return yaml_pos_of(s->positions, node);
}

const struct src_pos *stack_key_pos(const struct stack *s, const json_t *object, const char *key)
{
	return yaml_key_pos(s->positions, object, key);
}

void stack_report_twice(struct diags *d, const struct src_pos *pos, const char *what,
			const char *name, const struct src_pos *first)
{
	diag_errorf(d, pos, "%s \"%s\" is defined twice", what, name);
	if (first)
		diag_set_detail(d, "first defined at %s:%d:%d", first->file, first->line, first->col);
}

void stack_unknown_key(struct diags *d, const struct src_pos *pos, const char *key,
		       const char *where, const char *const *known, size_t n_known)
{
	diag_errorf(d, pos, "unknown key \"%s\" in %s", key, where);
	const char *hint = diag_suggest(key, known, n_known);
	if (hint) {
		diag_set_detail(d, "did you mean \"%s\"?", hint);
		return;
	}
	struct strbuf list = STRBUF_INIT;
	for (size_t i = 0; i < n_known; i++)
		strbuf_addf(&list, "%s%s", i ? ", " : "", known[i]);
	diag_set_detail(d, "the keys are %s", list.buf);
	strbuf_release(&list);
}

/* The resource called name[0..len), looked up in the index of names (a
 * stack of thousands of resources makes as many lookups while validating). */
static const struct stack_resource *resource_named(const struct stack *s, const char *name,
						   size_t len)
{
	json_t *at = s->resource_index ? json_object_getn(s->resource_index, name, len) : NULL;
	return at ? &s->resources[json_integer_value(at)] : NULL;
}

const struct stack_resource *stack_find_resource(const struct stack *s, const char *name)
{
	return resource_named(s, name, strlen(name));
}

const struct stack_provider *stack_find_provider(const struct stack *s, const char *name)
{
	for (size_t i = 0; i < s->n_providers; i++)
		if (!strcmp(s->providers[i].name, name))
			return &s->providers[i];
	return NULL;
}

const struct stack_variable *stack_find_variable(const struct stack *s, const char *name)
{
	for (size_t i = 0; i < s->n_vars; i++)
		if (!strcmp(s->vars[i].name, name))
			return &s->vars[i];
	return NULL;
}

const struct stack_module *stack_find_module(const struct stack *s, const char *name)
{
	for (size_t i = 0; i < s->n_modules; i++)
		if (!strcmp(s->modules[i].name, name))
			return &s->modules[i];
	return NULL;
}

const struct stack_lookup *stack_find_lookup(const struct stack *s, const char *name)
{
	if (!strncmp(name, "data.", 5))
		name += 5;
	size_t n = strcspn(name, "["); /* data.vpc[0]: one of vpc's instances */
	for (size_t i = 0; i < s->n_lookups; i++)
		if (strlen(s->lookups[i].name) == n && !strncmp(s->lookups[i].name, name, n))
			return &s->lookups[i];
	return NULL;
}

const struct stack_local *stack_find_local(const struct stack *s, const char *name)
{
	for (size_t i = 0; i < s->n_locals; i++)
		if (!strcmp(s->locals[i].name, name))
			return &s->locals[i];
	return NULL;
}

const struct stack_resource *stack_resource_of_root(const struct stack *s, const char *root,
						    const char **key)
{
	size_t n = strcspn(root, "[");
	if (key)
		*key = root[n] ? root + n : NULL;
	return resource_named(s, root, n);
}

/* ---- dependencies -------------------------------------------------------- */

static void add_dep(const char ***deps, size_t *n, const char *name)
{
	for (size_t i = 0; i < *n; i++)
		if (!strcmp((*deps)[i], name))
			return;
	*deps = xrealloc(*deps, (*n + 2) * sizeof(**deps));
	(*deps)[(*n)++] = name;
	(*deps)[*n] = NULL;
}

/* The resources that the references in value lead to, directly or through
 * local values (depth bounds a local that refers to itself). */
static void deps_of_value(const struct stack *s, const json_t *value, const char ***deps,
			  size_t *n, int depth)
{
	struct expr_refs refs = { NULL, 0, 0 };
	struct diags ignored = DIAGS_INIT; /* syntax errors were reported by stack_load */
	expr_collect_refs(value, NULL, NULL, &refs, &ignored);
	for (size_t i = 0; i < refs.n; i++) {
		const struct expr_ref *ref = &refs.items[i];
		if (!strcmp(ref->root, "local") && ref->path && depth < 32) {
			char *name = xstrndup(ref->path, strcspn(ref->path, ".["));
			const struct stack_local *l = stack_find_local(s, name);
			free(name);
			if (l)
				deps_of_value(s, l->value, deps, n, depth + 1);
			continue;
		}
		if (!ref->prefix_len && !strncmp(ref->root, "data.", 5)) {
			const struct stack_lookup *l = stack_find_lookup(s, ref->root);
			if (l)
				add_dep(deps, n, l->address);
			continue;
		}
		const struct stack_resource *dep = ref->prefix_len ? NULL :
						   stack_resource_of_root(s, ref->root, NULL);
		if (dep)
			add_dep(deps, n, dep->name);
	}
	expr_refs_free(&refs);
	diags_free(&ignored);
}

const char **stack_resource_deps(const struct stack *s, const struct stack_resource *r, size_t *n)
{
	const char **deps = xcalloc(1, sizeof(*deps));
	*n = 0;
	deps_of_value(s, r->config, &deps, n, 0);
	if (r->for_each)
		deps_of_value(s, r->for_each, &deps, n, 0);
	if (r->count)
		deps_of_value(s, r->count, &deps, n, 0);
	/* What the resource's provider configuration uses must exist before the
	 * provider can reach the resource (a database's endpoint). */
	const struct stack_provider *p = r->provider ? stack_find_provider(s, r->provider) : NULL;
	if (p)
		deps_of_value(s, p->config, &deps, n, 0);
	for (size_t i = 0; i < r->n_depends_on; i++) {
		const struct stack_resource *dep = stack_find_resource(s, r->depends_on[i]);
		if (dep)
			add_dep(&deps, n, dep->name);
	}
	return deps;
}

const char **stack_lookup_deps(const struct stack *s, const struct stack_lookup *l, size_t *n)
{
	const char **deps = xcalloc(1, sizeof(*deps));
	*n = 0;
	deps_of_value(s, l->config, &deps, n, 0);
	const struct stack_provider *p = l->provider ? stack_find_provider(s, l->provider) : NULL;
	if (p)
		deps_of_value(s, p->config, &deps, n, 0);
	return deps;
}
