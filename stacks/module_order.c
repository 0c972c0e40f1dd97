/*
 * module_order.c: the order a stack's modules expand in (stacks/expand.c):
 * each after the modules whose outputs it reads, as written otherwise.
 */
#include "stacks/module_order.h"
#include "provider/base/strbuf.h"
#include "stacks/expr.h"
#include "stacks/stack.h"

#include <stdlib.h>
#include <string.h>

/* The first step of a reference's path, "NAME..." (a local's name): a new
 * string. */
static char *first_name(const char *path)
{
	return xstrndup(path, strcspn(path, ".["));
}

/* The modules of s that value (an expression of s) refers to,
 * module.NAME..., through s's locals too (seen: those followed), marked in
 * needs (one flag per module of s). */
static void modules_used(const struct stack *s, const json_t *value, bool *needs, json_t *seen)
{
	struct expr_refs refs = { NULL, 0, 0 };
	struct diags ignored = DIAGS_INIT;
	expr_collect_refs(value, NULL, NULL, &refs, &ignored);
	diags_free(&ignored);
	for (size_t i = 0; i < refs.n; i++) {
		const struct expr_ref *ref = &refs.items[i];
		if (!strcmp(ref->root, "local") && ref->path) {
			char *name = first_name(ref->path);
			for (size_t k = 0; k < s->n_locals; k++)
				if (!strcmp(s->locals[k].name, name) && !json_object_get(seen, name)) {
					json_object_set_new(seen, name, json_true());
					modules_used(s, s->locals[k].value, needs, seen);
				}
			free(name);
			continue;
		}
		if (strncmp(ref->root, "module.", 7))
			continue;
		const char *name = ref->root + 7;
		size_t len = strcspn(name, ".[");
		for (size_t k = 0; k < s->n_modules; k++)
			if (strlen(s->modules[k].name) == len && !strncmp(s->modules[k].name, name, len))
				needs[k] = true;
	}
	expr_refs_free(&refs);
}

/* The order s's modules expand in: each after the modules its inputs,
 * count, for_each and depends_on refer to (a count or for_each may take a
 * map whose values are another module's outputs: they are read later, but
 * their local values must be there), else as written; modules that refer
 * to each other (Terraform reads a module output by output) are taken as
 * written, what one reads of the other before it expands being unknown
 * (expand.c's module_placeholders). A new array of n_modules indexes. */
size_t *stack_module_order(const struct stack *s)
{
	size_t n = s->n_modules;
	bool *needs = xcalloc(n * n + 1, sizeof(*needs)), *placed = xcalloc(n + 1, sizeof(*placed));
	size_t *order = xcalloc(n + 1, sizeof(*order));
	for (size_t i = 0; i < n; i++) {
		const struct stack_module *m = &s->modules[i];
		json_t *seen = json_object();
		modules_used(s, m->inputs, needs + i * n, seen);
		if (m->for_each)
			modules_used(s, m->for_each, needs + i * n, seen);
		if (m->count)
			modules_used(s, m->count, needs + i * n, seen);
		json_decref(seen);
		for (size_t k = 0; k < m->n_depends_on; k++)
			for (size_t j = 0; j < n; j++)
				if (!strncmp(m->depends_on[k], "module.", 7) &&
				    !strcmp(m->depends_on[k] + 7, s->modules[j].name))
					needs[i * n + j] = true;
		needs[i * n + i] = false;
	}
	for (size_t done = 0; done < n; done++) {
		size_t pick = n;
		for (size_t i = 0; i < n && pick == n; i++) {
			bool ready = !placed[i];
			for (size_t j = 0; j < n && ready; j++)
				ready = placed[j] || !needs[i * n + j];
			if (ready)
				pick = i;
		}
		for (size_t i = 0; i < n && pick == n; i++)
			if (!placed[i])
				pick = i; /* a circle: the first written of those left */
		placed[pick] = true;
		order[done] = pick;
	}
	free(needs);
	free(placed);
	return order;
}
