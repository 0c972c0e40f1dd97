/*
 * validate.c: the checks of a loaded stack that need its schemas or the whole
 * stack: attributes against provider and resource schemas (unknown names,
 * computed-only attributes, literal values of the wrong type, missing
 * required attributes, recursively through nested blocks), provider
 * configurations named by resources, ${...} references (unknown variables,
 * resources and attributes), and dependency cycles.
 *
 * Every problem is added to the diagnostics with the position of the value
 * or key at fault; nothing stops at the first one.
 */
#include "stacks/stack.h"
#include "stacks/stack_internal.h"
#include "stacks/expr.h"
#include "stacks/expr_path.h"
#include "stacks/yaml.h"
#include "provider/provider.h"

#include <stdlib.h>
#include <string.h>

struct vctx {
	const struct stack *s;
	struct diags *d;
	const char *owner; /* "resource \"lake\"" or "provider \"aws\"" */
};

static bool settable(const struct attr_schema *a)
{
	return a->flags & (ATTR_REQUIRED | ATTR_OPTIONAL);
}

void stack_suggest_attr(struct diags *d, const char *name, const struct attr_schema *attrs,
			 bool settable_only)
{
	size_t n = schema_count(attrs), k = 0;
	const char **names = xcalloc(n + 1, sizeof(*names));
	for (size_t i = 0; i < n; i++)
		if (!settable_only || settable(&attrs[i]))
			names[k++] = attrs[i].name;
	const char *hint = diag_suggest(name, names, k);
	if (hint) {
		diag_set_detail(d, "did you mean \"%s\"?", hint);
	} else if (k) {
		struct strbuf list = STRBUF_INIT;
		for (size_t i = 0; i < k; i++)
			strbuf_addf(&list, "%s%s", i ? ", " : "", names[i]);
		diag_set_detail(d, "the attributes are %s", list.buf);
		strbuf_release(&list);
	}
	free(names);
}

/* ---- attributes against the schema -------------------------------------- */

static void validate_object(struct vctx *v, const struct attr_schema *attrs, const json_t *obj,
			    const char *prefix, const struct src_pos *obj_pos);

static void type_error(struct vctx *v, const struct src_pos *pos, const char *path,
		       enum attr_type want, const json_t *got)
{
	const char *tn = attr_type_name(want);
	diag_errorf(v->d, pos, "attribute \"%s\" of %s must be %s %s, got %s", path, v->owner,
		    stack_article(tn), tn, yaml_type_name(got));
}

/* A literal scalar (or JSON document) checked by the same coercion that
 * evaluation applies later. */
static void check_literal(struct vctx *v, const struct attr_schema *a, const json_t *value,
			  const char *path, const struct src_pos *pos)
{
	if (expr_has_refs(value))
		return;
	struct strbuf why = STRBUF_INIT;
	json_t *c = schema_coerce(a, value, &why);
	if (c)
		json_decref(c);
	else if (a->type == ATTR_JSON)
		diag_errorf(v->d, pos, "attribute \"%s\" of %s %s", path, v->owner, why.buf);
	else
		type_error(v, pos, path, a->type, value);
	strbuf_release(&why);
}

static void validate_value(struct vctx *v, const struct attr_schema *a, const json_t *parent,
			   const char *key, const json_t *value, const char *path)
{
	const struct src_pos *pos = stack_value_pos(v->s, parent, key, value);

	/* A string with ${...} is only known at plan time (a whole-string
	 * reference keeps its value's type); nothing to check now. */
	if (json_is_string(value) && expr_has_refs(value))
		return;
	switch (a->type) {
	case ATTR_STRING:
	case ATTR_NUMBER:
	case ATTR_BOOL:
	case ATTR_JSON:
		check_literal(v, a, value, path, pos);
		return;
	case ATTR_OBJECT:
		if (!json_is_object(value)) {
			type_error(v, pos, path, a->type, value);
			return;
		}
		validate_object(v, a->nested, value, path, pos);
		return;
	case ATTR_OBJECT_LIST:
	case ATTR_LIST: {
		if (!json_is_array(value)) {
			type_error(v, pos, path, a->type, value);
			return;
		}
		struct attr_schema elem = { .name = a->name, .type = a->elem_type };
		size_t i;
		json_t *item;
		json_array_foreach(value, i, item) {
			char *item_path = xasprintf("%s[%zu]", path, i);
			const struct src_pos *ipos = stack_value_pos(v->s, NULL, NULL, item);
			if (!ipos)
				ipos = pos;
			if (json_is_string(item) && expr_has_refs(item)) {
				/* known at plan time */
			} else if (a->type == ATTR_LIST) {
				check_literal(v, &elem, item, item_path, ipos);
			} else if (!json_is_object(item)) {
				type_error(v, ipos, item_path, ATTR_OBJECT, item);
			} else {
				validate_object(v, a->nested, item, item_path, ipos);
			}
			free(item_path);
		}
		return;
	}
	case ATTR_MAP: {
		if (!json_is_object(value)) {
			type_error(v, pos, path, a->type, value);
			return;
		}
		struct attr_schema elem = { .name = a->name, .type = a->elem_type };
		const char *k;
		json_t *item;
		json_object_foreach((json_t *)value, k, item) {
			char *item_path = xasprintf("%s.%s", path, k);
			check_literal(v, &elem, item, item_path,
				      stack_value_pos(v->s, value, k, item));
			free(item_path);
		}
		return;
	}
	}
}

static void validate_object(struct vctx *v, const struct attr_schema *attrs, const json_t *obj,
			    const char *prefix, const struct src_pos *obj_pos)
{
	const char *key;
	json_t *value;
	json_object_foreach((json_t *)obj, key, value) {
		char *path = prefix ? xasprintf("%s.%s", prefix, key) : xstrdup(key);
		const struct src_pos *kpos = yaml_key_pos(v->s->positions, obj, key);
		const struct attr_schema *a = schema_find(attrs, key);
		if (!a) {
			diag_errorf(v->d, kpos ? kpos : obj_pos, "unknown attribute \"%s\" of %s", path,
				    v->owner);
			stack_suggest_attr(v->d, key, attrs, true);
		} else if (!settable(a)) {
			diag_errorf(v->d, kpos ? kpos : obj_pos,
				    "attribute \"%s\" of %s is computed by the provider and cannot be set",
				    path, v->owner);
		} else if (!json_is_null(value)) {
			validate_value(v, a, obj, key, value, path);
		}
		free(path);
	}
	for (const struct attr_schema *a = attrs; a && a->name; a++) {
		if (!(a->flags & ATTR_REQUIRED))
			continue;
		json_t *value = json_object_get(obj, a->name);
		if (value && !json_is_null(value))
			continue;
		if (prefix)
			diag_errorf(v->d, obj_pos, "%s is missing required attribute \"%s.%s\"",
				    v->owner, prefix, a->name);
		else
			diag_errorf(v->d, obj_pos, "%s is missing required attribute \"%s\"",
				    v->owner, a->name);
	}
}

/* ---- references ---------------------------------------------------------- */

static const struct src_pos *ref_pos(void *ctx, const json_t *node)
{
	return yaml_pos_of(((const struct stack *)ctx)->positions, node);
}

static char *ref_text(const struct expr_ref *ref)
{
	return xasprintf("${%s%s%s}", ref->root, ref->path ? "." : "", ref->path ? ref->path : "");
}

/* Attribute names inside a resource reference, as far as the schema says
 * what they must be. */
static void check_ref_path(struct vctx *v, const struct expr_ref *ref,
			   const struct stack_resource *r, const char *text)
{
	struct expr_path path;
	struct strbuf err = STRBUF_INIT;
	if (expr_path_parse(ref->path, &path, &err) < 0) {
		diag_errorf(v->d, &ref->pos, "%s in \"%s\"", err.buf, text);
		strbuf_release(&err);
		return;
	}
	strbuf_release(&err);
	const struct attr_schema *attrs = r->rtype->attrs;
	const struct attr_schema *a = NULL;
	for (size_t i = 0; i < path.n && attrs; i++) {
		const struct expr_step *st = &path.steps[i];
		if (!st->name) {
			/* An index into a list of blocks stays on its schema. */
			if (a && a->type == ATTR_OBJECT_LIST)
				continue;
			break;
		}
		a = schema_find(attrs, st->name);
		if (!a) {
			if (i == 0)
				diag_errorf(v->d, &ref->pos,
					    "unknown attribute \"%s\" of resource \"%s\" (%s) in \"%s\"",
					    st->name, r->name, r->type, text);
			else
				diag_errorf(v->d, &ref->pos, "unknown attribute \"%s\" in \"%s\"",
					    st->name, text);
			stack_suggest_attr(v->d, st->name, attrs, false);
			break;
		}
		attrs = (a->type == ATTR_OBJECT || a->type == ATTR_OBJECT_LIST) ? a->nested : NULL;
	}
	expr_path_free(&path);
}

static void check_ref(struct vctx *v, const struct expr_ref *ref)
{
	const struct stack *s = v->s;
	char *text = ref_text(ref);
	const struct src_pos *pos = &ref->pos;

	if (!strcmp(ref->root, "var")) {
		size_t n = ref->path ? strcspn(ref->path, ".[") : 0;
		if (!n) {
			diag_errorf(v->d, pos, "\"%s\" needs a variable name: ${var.NAME}", text);
			goto done;
		}
		char *name = xstrndup(ref->path, n);
		if (!stack_find_variable(s, name)) {
			diag_errorf(v->d, pos, "unknown variable \"%s\" in \"%s\"", name, text);
			const char **names = xcalloc(s->n_vars + 1, sizeof(*names));
			for (size_t i = 0; i < s->n_vars; i++)
				names[i] = s->vars[i].name;
			const char *hint = diag_suggest(name, names, s->n_vars);
			if (hint)
				diag_set_detail(v->d, "did you mean \"%s\"?", hint);
			else
				diag_set_detail(v->d, "declare it under variables:");
			free(names);
		}
		free(name);
		goto done;
	}
	if (!strcmp(ref->root, "terrace")) {
		if (!ref->path || (strcmp(ref->path, "workspace") && strcmp(ref->path, "stack")))
			diag_errorf(v->d, pos,
				    "unknown reference \"%s\": terrace.workspace and terrace.stack are "
				    "the known ones", text);
		goto done;
	}
	const struct stack_resource *r = stack_find_resource(s, ref->root);
	if (!r) {
		diag_errorf(v->d, pos, "unknown resource \"%s\" in \"%s\"", ref->root, text);
		const char **names = xcalloc(s->n_resources + 1, sizeof(*names));
		for (size_t i = 0; i < s->n_resources; i++)
			names[i] = s->resources[i].name;
		const char *hint = diag_suggest(ref->root, names, s->n_resources);
		if (hint)
			diag_set_detail(v->d, "did you mean \"%s\"?", hint);
		free(names);
		goto done;
	}
	if (r->rtype && ref->path)
		check_ref_path(v, ref, r, text);
done:
	free(text);
}

static void check_refs(struct vctx *v, const json_t *value)
{
	struct expr_refs refs = { NULL, 0, 0 };
	expr_collect_refs(value, ref_pos, (void *)v->s, &refs, v->d);
	for (size_t i = 0; i < refs.n; i++)
		check_ref(v, &refs.items[i]);
	expr_refs_free(&refs);
}

/* ---- provider configurations named by resources -------------------------- */

static void check_resource_provider(struct vctx *v, const struct stack_resource *r)
{
	const struct stack *s = v->s;
	if (!r->ptype)
		return;
	const struct stack_provider *p = stack_find_provider(s, r->provider);
	if (!p) {
		diag_errorf(v->d, &r->pos,
			    "resource \"%s\" uses provider \"%s\", which is not defined under providers:",
			    r->name, r->provider);
		const char **names = xcalloc(s->n_providers + 1, sizeof(*names));
		for (size_t i = 0; i < s->n_providers; i++)
			names[i] = s->providers[i].name;
		const char *hint = diag_suggest(r->provider, names, s->n_providers);
		if (hint)
			diag_set_detail(v->d, "did you mean \"%s\"?", hint);
		free(names);
		return;
	}
	if (p->ptype && p->ptype != r->ptype)
		diag_errorf(v->d, &r->pos,
			    "resource \"%s\" (%s) needs a provider of type \"%s\", but provider \"%s\" "
			    "is of type \"%s\"", r->name, r->type, r->ptype->name, p->name, p->type);
}

/* ---- cycles -------------------------------------------------------------- */

struct dep_graph {
	size_t n;
	size_t **adj;   /* adj[i]: indices i depends on */
	size_t *n_adj;
	/* Tarjan's strongly connected components */
	size_t *index, *low, *stack, *scc;
	bool *on_stack;
	size_t next_index, sp, n_scc;
};

static void strongconnect(struct dep_graph *g, size_t i)
{
	g->index[i] = g->low[i] = ++g->next_index;
	g->stack[g->sp++] = i;
	g->on_stack[i] = true;
	for (size_t k = 0; k < g->n_adj[i]; k++) {
		size_t j = g->adj[i][k];
		if (!g->index[j]) {
			strongconnect(g, j);
			if (g->low[j] < g->low[i])
				g->low[i] = g->low[j];
		} else if (g->on_stack[j] && g->index[j] < g->low[i]) {
			g->low[i] = g->index[j];
		}
	}
	if (g->low[i] != g->index[i])
		return;
	size_t id = g->n_scc++;
	size_t j;
	do {
		j = g->stack[--g->sp];
		g->on_stack[j] = false;
		g->scc[j] = id;
	} while (j != i);
}

static bool depends_on_itself(const struct dep_graph *g, size_t i)
{
	for (size_t k = 0; k < g->n_adj[i]; k++)
		if (g->adj[i][k] == i)
			return true;
	return false;
}

/* The shortest cycle from start back to itself inside start's component,
 * printed as "a -> b -> a". */
static char *describe_cycle(const struct stack *s, const struct dep_graph *g, size_t start)
{
	size_t *prev = xcalloc(g->n, sizeof(*prev));
	bool *seen = xcalloc(g->n, sizeof(*seen));
	size_t *queue = xcalloc(g->n, sizeof(*queue));
	size_t head = 0, tail = 0, last = start;
	bool found = depends_on_itself(g, start);
	queue[tail++] = start;
	seen[start] = true;
	while (!found && head < tail) {
		size_t u = queue[head++];
		for (size_t k = 0; k < g->n_adj[u] && !found; k++) {
			size_t w = g->adj[u][k];
			if (g->scc[w] != g->scc[start])
				continue;
			if (w == start) {
				found = true;
				last = u;
			} else if (!seen[w]) {
				seen[w] = true;
				prev[w] = u;
				queue[tail++] = w;
			}
		}
	}
	/* Walk back from last to start, then print forwards. */
	size_t len = 0;
	for (size_t u = last; u != start; u = prev[u])
		queue[len++] = u;
	struct strbuf out = STRBUF_INIT;
	strbuf_addstr(&out, s->resources[start].name);
	while (len)
		strbuf_addf(&out, " -> %s", s->resources[queue[--len]].name);
	strbuf_addf(&out, " -> %s", s->resources[start].name);
	free(prev);
	free(seen);
	free(queue);
	return strbuf_detach(&out);
}

static void check_cycles(struct vctx *v)
{
	const struct stack *s = v->s;
	struct dep_graph g;
	memset(&g, 0, sizeof(g));
	g.n = s->n_resources;
	g.adj = xcalloc(g.n + 1, sizeof(*g.adj));
	g.n_adj = xcalloc(g.n + 1, sizeof(*g.n_adj));
	g.index = xcalloc(g.n + 1, sizeof(*g.index));
	g.low = xcalloc(g.n + 1, sizeof(*g.low));
	g.stack = xcalloc(g.n + 1, sizeof(*g.stack));
	g.scc = xcalloc(g.n + 1, sizeof(*g.scc));
	g.on_stack = xcalloc(g.n + 1, sizeof(*g.on_stack));

	for (size_t i = 0; i < g.n; i++) {
		size_t n_deps;
		const char **deps = stack_resource_deps(s, &s->resources[i], &n_deps);
		g.adj[i] = xcalloc(n_deps + 1, sizeof(**g.adj));
		for (size_t k = 0; k < n_deps; k++)
			g.adj[i][g.n_adj[i]++] =
				(size_t)(stack_find_resource(s, deps[k]) - s->resources);
		free(deps);
	}
	for (size_t i = 0; i < g.n; i++)
		if (!g.index[i])
			strongconnect(&g, i);

	/* One error per cycle group, at its first resource in stack order. */
	bool *reported = xcalloc(g.n_scc + 1, sizeof(*reported));
	for (size_t i = 0; i < g.n; i++) {
		size_t id = g.scc[i];
		if (reported[id])
			continue;
		bool cyclic = depends_on_itself(&g, i);
		for (size_t j = 0; j < g.n && !cyclic; j++)
			cyclic = j != i && g.scc[j] == id;
		if (!cyclic)
			continue;
		reported[id] = true;
		char *cycle = describe_cycle(s, &g, i);
		diag_errorf(v->d, &s->resources[i].pos, "dependency cycle: %s", cycle);
		free(cycle);
	}
	free(reported);
	for (size_t i = 0; i < g.n; i++)
		free(g.adj[i]);
	free(g.adj);
	free(g.n_adj);
	free(g.index);
	free(g.low);
	free(g.stack);
	free(g.scc);
	free(g.on_stack);
}

/* ---- the whole stack ----------------------------------------------------- */

int stack_validate(const struct stack *s, struct diags *d)
{
	size_t before = d->n;
	struct vctx v = { s, d, NULL };

	for (size_t i = 0; i < s->n_providers; i++) {
		const struct stack_provider *p = &s->providers[i];
		char *owner = xasprintf("provider \"%s\"", p->name);
		v.owner = owner;
		if (p->ptype)
			validate_object(&v, p->ptype->config_attrs, p->config, NULL, &p->pos);
		check_refs(&v, p->config);
		free(owner);
	}
	for (size_t i = 0; i < s->n_resources; i++) {
		const struct stack_resource *r = &s->resources[i];
		char *owner = xasprintf("resource \"%s\"", r->name);
		v.owner = owner;
		if (r->rtype)
			validate_object(&v, r->rtype->attrs, r->config, NULL, &r->pos);
		check_resource_provider(&v, r);
		check_refs(&v, r->config);
		free(owner);
	}
	for (size_t i = 0; i < s->n_outputs; i++) {
		char *owner = xasprintf("output \"%s\"", s->outputs[i].name);
		v.owner = owner;
		check_refs(&v, s->outputs[i].value);
		free(owner);
	}
	check_cycles(&v);
	return diags_has_errors(d) && d->n > before ? -1 : 0;
}
