/*
 * graph.c: the generic dependency graph: named nodes found through an
 * open-addressing hash index, edges kept both ways (deps and dependents),
 * cycle finding, topological order, closures and DOT output. It knows
 * nothing about resources.
 */
#include "plan/graph.h"
#include "provider/base/strbuf.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define NO_NODE ((size_t)-1)

struct edge_list {
	size_t *items;
	size_t n, alloc;
};

struct node {
	char *name;
	uint64_t hash;
	struct edge_list deps;       /* nodes this one depends on */
	struct edge_list dependents; /* nodes that depend on this one */
};

struct graph {
	struct node *nodes;
	size_t n, alloc;
	/* Hash index: slots hold node index + 1, 0 is empty. Its size is a
	 * power of two kept at least twice the node count. */
	size_t *slots;
	size_t n_slots;
};

static uint64_t hash_name(const char *s)
{
	uint64_t h = 1469598103934665603ULL; /* FNV-1a */
	for (; *s; s++) {
		h ^= (unsigned char)*s;
		h *= 1099511628211ULL;
	}
	return h;
}

static void edge_list_push(struct edge_list *l, size_t v)
{
	if (l->n == l->alloc) {
		l->alloc = l->alloc ? l->alloc * 2 : 4;
		l->items = xrealloc(l->items, l->alloc * sizeof(*l->items));
	}
	l->items[l->n++] = v;
}

static bool edge_list_has(const struct edge_list *l, size_t v)
{
	for (size_t k = 0; k < l->n; k++)
		if (l->items[k] == v)
			return true;
	return false;
}

struct graph *graph_new(void)
{
	struct graph *g = xcalloc(1, sizeof(*g));
	return g;
}

void graph_reserve(struct graph *g, size_t n)
{
	if (n <= g->alloc)
		return;
	g->alloc = n;
	g->nodes = xrealloc(g->nodes, g->alloc * sizeof(*g->nodes));
}

void graph_free(struct graph *g)
{
	if (!g)
		return;
	for (size_t i = 0; i < g->n; i++) {
		free(g->nodes[i].name);
		free(g->nodes[i].deps.items);
		free(g->nodes[i].dependents.items);
	}
	free(g->nodes);
	free(g->slots);
	free(g);
}

static void index_insert(size_t *slots, size_t n_slots, uint64_t hash, size_t node)
{
	size_t mask = n_slots - 1;
	size_t s = (size_t)hash & mask;
	while (slots[s])
		s = (s + 1) & mask;
	slots[s] = node + 1;
}

static void index_grow(struct graph *g)
{
	size_t n_slots = g->n_slots ? g->n_slots * 2 : 64;
	size_t *slots = xcalloc(n_slots, sizeof(*slots));
	for (size_t i = 0; i < g->n; i++)
		index_insert(slots, n_slots, g->nodes[i].hash, i);
	free(g->slots);
	g->slots = slots;
	g->n_slots = n_slots;
}

static size_t index_lookup(const struct graph *g, const char *name, uint64_t hash)
{
	if (!g->n_slots)
		return NO_NODE;
	size_t mask = g->n_slots - 1;
	for (size_t s = (size_t)hash & mask; g->slots[s]; s = (s + 1) & mask) {
		const struct node *nd = &g->nodes[g->slots[s] - 1];
		if (nd->hash == hash && !strcmp(nd->name, name))
			return g->slots[s] - 1;
	}
	return NO_NODE;
}

size_t graph_add(struct graph *g, const char *name)
{
	uint64_t hash = hash_name(name);
	size_t found = index_lookup(g, name, hash);
	if (found != NO_NODE)
		return found;
	if (g->n == g->alloc) {
		g->alloc = g->alloc ? g->alloc * 2 : 16;
		g->nodes = xrealloc(g->nodes, g->alloc * sizeof(*g->nodes));
	}
	size_t i = g->n++;
	struct node *nd = &g->nodes[i];
	memset(nd, 0, sizeof(*nd));
	nd->name = xstrdup(name);
	nd->hash = hash;
	if (2 * g->n > g->n_slots)
		index_grow(g); /* reinserts every node, the new one included */
	else
		index_insert(g->slots, g->n_slots, hash, i);
	return i;
}

size_t graph_find(const struct graph *g, const char *name)
{
	return index_lookup(g, name, hash_name(name));
}

size_t graph_size(const struct graph *g)
{
	return g->n;
}

const char *graph_name(const struct graph *g, size_t i)
{
	return g->nodes[i].name;
}

void graph_depend(struct graph *g, size_t from, size_t to)
{
	struct node *f = &g->nodes[from], *t = &g->nodes[to];
	/* Look for a duplicate in the shorter of the two lists. */
	bool dup = f->deps.n <= t->dependents.n ? edge_list_has(&f->deps, to)
						: edge_list_has(&t->dependents, from);
	if (dup)
		return;
	edge_list_push(&f->deps, to);
	edge_list_push(&t->dependents, from);
}

size_t graph_n_deps(const struct graph *g, size_t i)
{
	return g->nodes[i].deps.n;
}

size_t graph_dep(const struct graph *g, size_t i, size_t k)
{
	return g->nodes[i].deps.items[k];
}

size_t graph_n_dependents(const struct graph *g, size_t i)
{
	return g->nodes[i].dependents.n;
}

size_t graph_dependent(const struct graph *g, size_t i, size_t k)
{
	return g->nodes[i].dependents.items[k];
}

enum { WHITE, GRAY, BLACK };

struct dfs_frame {
	size_t node;
	size_t next; /* index of the next dependency to visit */
};

bool graph_find_cycle(const struct graph *g, size_t **cycle, size_t *len)
{
	*cycle = NULL;
	*len = 0;
	if (!g->n)
		return false;
	unsigned char *color = xcalloc(g->n, 1);
	struct dfs_frame *stack = xmalloc(g->n * sizeof(*stack));
	bool found = false;

	for (size_t root = 0; root < g->n && !found; root++) {
		if (color[root] != WHITE)
			continue;
		size_t depth = 0;
		stack[depth++] = (struct dfs_frame){ root, 0 };
		color[root] = GRAY;
		while (depth && !found) {
			struct dfs_frame *top = &stack[depth - 1];
			const struct edge_list *deps = &g->nodes[top->node].deps;
			if (top->next == deps->n) {
				color[top->node] = BLACK;
				depth--;
				continue;
			}
			size_t next = deps->items[top->next++];
			if (color[next] == WHITE) {
				color[next] = GRAY;
				stack[depth++] = (struct dfs_frame){ next, 0 };
			} else if (color[next] == GRAY) {
				/* next is on the stack: the cycle runs from there to the top. */
				size_t start = depth;
				while (stack[start - 1].node != next)
					start--;
				start--;
				*len = depth - start + 1;
				*cycle = xmalloc(*len * sizeof(**cycle));
				for (size_t k = start; k < depth; k++)
					(*cycle)[k - start] = stack[k].node;
				(*cycle)[*len - 1] = next;
				found = true;
			}
		}
	}
	free(stack);
	free(color);
	return found;
}

int graph_topo(const struct graph *g, size_t *order)
{
	size_t *waiting = xmalloc((g->n ? g->n : 1) * sizeof(*waiting));
	size_t head = 0, tail = 0;
	for (size_t i = 0; i < g->n; i++) {
		waiting[i] = g->nodes[i].deps.n;
		if (!waiting[i])
			order[tail++] = i;
	}
	/* order[] doubles as the FIFO queue of nodes whose deps are all placed. */
	while (head < tail) {
		const struct edge_list *up = &g->nodes[order[head++]].dependents;
		for (size_t k = 0; k < up->n; k++)
			if (--waiting[up->items[k]] == 0)
				order[tail++] = up->items[k];
	}
	free(waiting);
	return tail == g->n ? 0 : -1;
}

static void mark_reachable(const struct graph *g, size_t i, bool *mark, bool follow_deps)
{
	bool *seen = xcalloc(g->n, sizeof(*seen));
	size_t *stack = xmalloc(g->n * sizeof(*stack));
	size_t depth = 0;
	stack[depth++] = i;
	seen[i] = true;
	while (depth) {
		size_t cur = stack[--depth];
		mark[cur] = true;
		const struct node *nd = &g->nodes[cur];
		const struct edge_list *l = follow_deps ? &nd->deps : &nd->dependents;
		for (size_t k = 0; k < l->n; k++) {
			if (!seen[l->items[k]]) {
				seen[l->items[k]] = true;
				stack[depth++] = l->items[k];
			}
		}
	}
	free(stack);
	free(seen);
}

void graph_closure(const struct graph *g, size_t i, bool *mark)
{
	mark_reachable(g, i, mark, true);
}

void graph_reverse_closure(const struct graph *g, size_t i, bool *mark)
{
	mark_reachable(g, i, mark, false);
}

static void dot_quoted(FILE *out, const char *s)
{
	fputc('"', out);
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			fputc('\\', out);
		if (*s == '\n')
			fputs("\\n", out);
		else
			fputc(*s, out);
	}
	fputc('"', out);
}

static int compare_by_name(const void *a, const void *b, void *gv)
{
	const struct graph *g = gv;
	return strcmp(g->nodes[*(const size_t *)a].name, g->nodes[*(const size_t *)b].name);
}

/*
 * Nodes are listed by name, then each node's edges by the name of the node
 * depended on, so the text does not depend on the order nodes were added.
 */
void graph_dot(const struct graph *g, FILE *out, const char *title)
{
	size_t *sorted = xmalloc((g->n ? g->n : 1) * sizeof(*sorted));
	size_t *deps = NULL;
	size_t deps_alloc = 0;
	for (size_t i = 0; i < g->n; i++)
		sorted[i] = i;
	qsort_r(sorted, g->n, sizeof(*sorted), compare_by_name, (void *)g);

	fputs("digraph ", out);
	dot_quoted(out, title ? title : "");
	fputs(" {\n", out);
	for (size_t k = 0; k < g->n; k++) {
		fputc('\t', out);
		dot_quoted(out, g->nodes[sorted[k]].name);
		fputs(";\n", out);
	}
	for (size_t k = 0; k < g->n; k++) {
		const struct edge_list *l = &g->nodes[sorted[k]].deps;
		if (l->n > deps_alloc) {
			deps_alloc = l->n;
			deps = xrealloc(deps, deps_alloc * sizeof(*deps));
		}
		if (l->n)
			memcpy(deps, l->items, l->n * sizeof(*deps));
		if (l->n > 1)
			qsort_r(deps, l->n, sizeof(*deps), compare_by_name, (void *)g);
		for (size_t e = 0; e < l->n; e++) {
			fputc('\t', out);
			dot_quoted(out, g->nodes[sorted[k]].name);
			fputs(" -> ", out);
			dot_quoted(out, g->nodes[deps[e]].name);
			fputs(";\n", out);
		}
	}
	fputs("}\n", out);
	free(deps);
	free(sorted);
}
