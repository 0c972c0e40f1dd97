/*
 * graph.h: a generic directed graph of named nodes; it knows nothing about
 * resources. An edge a -> b means "a depends on b" (b must be done first).
 * Used for validation (cycles), the executor's walk, and `terrace graph`.
 */
#ifndef TERRACE_GRAPH_H
#define TERRACE_GRAPH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

struct graph;

struct graph *graph_new(void);
/* Room for n nodes, so adding them does not reallocate. */
void graph_reserve(struct graph *g, size_t n);
void graph_free(struct graph *g);
/* Add a node (name copied); returns its index. Adding an existing name
 * returns the existing index. */
size_t graph_add(struct graph *g, const char *name);
/* Index of a node, or (size_t)-1. */
size_t graph_find(const struct graph *g, const char *name);
size_t graph_size(const struct graph *g);
const char *graph_name(const struct graph *g, size_t i);
/* from depends on to; duplicate edges are ignored. */
void graph_depend(struct graph *g, size_t from, size_t to);
size_t graph_n_deps(const struct graph *g, size_t i);
size_t graph_dep(const struct graph *g, size_t i, size_t k);
size_t graph_n_dependents(const struct graph *g, size_t i);
size_t graph_dependent(const struct graph *g, size_t i, size_t k);

/* Find a cycle: returns true and a malloc'd array of node indices forming it
 * (first == last, so "a -> b -> a" prints naturally), with its length. */
bool graph_find_cycle(const struct graph *g, size_t **cycle, size_t *len);
/* A topological order (dependencies first), or -1 when there is a cycle. */
int graph_topo(const struct graph *g, size_t *order);
/* Mark i and everything it depends on, transitively (for -target). */
void graph_closure(const struct graph *g, size_t i, bool *mark);
/* Mark i and everything that depends on it, transitively. */
void graph_reverse_closure(const struct graph *g, size_t i, bool *mark);
/* DOT output: quoted names, nodes and edges sorted by name. */
void graph_dot(const struct graph *g, FILE *out, const char *title);

#endif
