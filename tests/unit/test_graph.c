/*
 * test_graph.c: the generic graph: lookup, edges both ways, cycle paths,
 * topological order, closures and the exact DOT text.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plan/graph.h"

/* app -> db, app -> net, db -> vpc, net -> vpc ("->" is "depends on"). */
static struct graph *diamond(void)
{
	struct graph *g = graph_new();
	size_t app = graph_add(g, "app");
	size_t db = graph_add(g, "db");
	size_t net = graph_add(g, "net");
	size_t vpc = graph_add(g, "vpc");
	graph_depend(g, app, db);
	graph_depend(g, app, net);
	graph_depend(g, db, vpc);
	graph_depend(g, net, vpc);
	return g;
}

static void test_add_and_find(void **state)
{
	(void)state;
	struct graph *g = graph_new();
	assert_int_equal(graph_size(g), 0);
	assert_int_equal(graph_find(g, "x"), (size_t)-1);
	assert_int_equal(graph_add(g, "a"), 0);
	assert_int_equal(graph_add(g, "b"), 1);
	assert_int_equal(graph_add(g, "a"), 0);
	assert_int_equal(graph_size(g), 2);
	assert_int_equal(graph_find(g, "b"), 1);
	assert_int_equal(graph_find(g, "c"), (size_t)-1);
	assert_string_equal(graph_name(g, 1), "b");
	graph_free(g);
}

static void test_edges_both_ways(void **state)
{
	(void)state;
	struct graph *g = diamond();
	size_t app = graph_find(g, "app"), vpc = graph_find(g, "vpc");
	graph_depend(g, app, graph_find(g, "db")); /* duplicate: ignored */
	assert_int_equal(graph_n_deps(g, app), 2);
	assert_string_equal(graph_name(g, graph_dep(g, app, 0)), "db");
	assert_string_equal(graph_name(g, graph_dep(g, app, 1)), "net");
	assert_int_equal(graph_n_dependents(g, app), 0);
	assert_int_equal(graph_n_deps(g, vpc), 0);
	assert_int_equal(graph_n_dependents(g, vpc), 2);
	assert_string_equal(graph_name(g, graph_dependent(g, vpc, 0)), "db");
	assert_string_equal(graph_name(g, graph_dependent(g, vpc, 1)), "net");
	graph_free(g);
}

static void test_no_cycle(void **state)
{
	(void)state;
	struct graph *g = diamond();
	size_t *cycle = (size_t *)1;
	size_t len = 99;
	assert_false(graph_find_cycle(g, &cycle, &len));
	assert_null(cycle);
	assert_int_equal(len, 0);
	graph_free(g);
}

static void test_cycle_path(void **state)
{
	(void)state;
	struct graph *g = graph_new();
	size_t ok = graph_add(g, "ok");
	size_t a = graph_add(g, "a");
	size_t b = graph_add(g, "b");
	size_t c = graph_add(g, "c");
	graph_depend(g, a, ok);
	graph_depend(g, a, b);
	graph_depend(g, b, c);
	graph_depend(g, c, a);
	size_t *cycle, len;
	assert_true(graph_find_cycle(g, &cycle, &len));
	assert_int_equal(len, 4);
	const char *want[] = { "a", "b", "c", "a" };
	for (size_t k = 0; k < len; k++)
		assert_string_equal(graph_name(g, cycle[k]), want[k]);
	free(cycle);

	size_t *order = malloc(graph_size(g) * sizeof(*order));
	assert_int_equal(graph_topo(g, order), -1);
	free(order);
	graph_free(g);
}

static void test_self_cycle(void **state)
{
	(void)state;
	struct graph *g = graph_new();
	size_t x = graph_add(g, "x");
	graph_depend(g, x, x);
	size_t *cycle, len;
	assert_true(graph_find_cycle(g, &cycle, &len));
	assert_int_equal(len, 2);
	assert_int_equal(cycle[0], x);
	assert_int_equal(cycle[1], x);
	free(cycle);
	graph_free(g);
}

static void test_topo(void **state)
{
	(void)state;
	struct graph *g = diamond();
	size_t order[4];
	assert_int_equal(graph_topo(g, order), 0);
	const char *want[] = { "vpc", "db", "net", "app" };
	for (size_t k = 0; k < 4; k++)
		assert_string_equal(graph_name(g, order[k]), want[k]);
	graph_free(g);
}

static void test_closures(void **state)
{
	(void)state;
	struct graph *g = diamond();
	bool mark[4] = { false };
	graph_closure(g, graph_find(g, "db"), mark);
	assert_false(mark[graph_find(g, "app")]);
	assert_true(mark[graph_find(g, "db")]);
	assert_false(mark[graph_find(g, "net")]);
	assert_true(mark[graph_find(g, "vpc")]);

	bool rmark[4] = { false };
	graph_reverse_closure(g, graph_find(g, "db"), rmark);
	assert_true(rmark[graph_find(g, "app")]);
	assert_true(rmark[graph_find(g, "db")]);
	assert_false(rmark[graph_find(g, "net")]);
	assert_false(rmark[graph_find(g, "vpc")]);

	/* Marks accumulate across calls (several -target options). */
	graph_closure(g, graph_find(g, "net"), mark);
	assert_true(mark[graph_find(g, "net")]);
	assert_false(mark[graph_find(g, "app")]);
	graph_free(g);
}

static char *dot_text(const struct graph *g, const char *title)
{
	char *buf = NULL;
	size_t size = 0;
	FILE *f = open_memstream(&buf, &size);
	assert_non_null(f);
	graph_dot(g, f, title);
	fclose(f);
	return buf;
}

static void test_dot(void **state)
{
	(void)state;
	/* Added out of name order: the output is sorted anyway. */
	struct graph *g = graph_new();
	size_t vpc = graph_add(g, "vpc");
	size_t app = graph_add(g, "app");
	size_t net = graph_add(g, "net");
	size_t db = graph_add(g, "db");
	size_t odd = graph_add(g, "say \"hi\"");
	graph_depend(g, app, net);
	graph_depend(g, app, db);
	graph_depend(g, db, vpc);
	graph_depend(g, net, vpc);
	(void)odd;
	char *text = dot_text(g, "lake");
	assert_string_equal(text,
			    "digraph \"lake\" {\n"
			    "\t\"app\";\n"
			    "\t\"db\";\n"
			    "\t\"net\";\n"
			    "\t\"say \\\"hi\\\"\";\n"
			    "\t\"vpc\";\n"
			    "\t\"app\" -> \"db\";\n"
			    "\t\"app\" -> \"net\";\n"
			    "\t\"db\" -> \"vpc\";\n"
			    "\t\"net\" -> \"vpc\";\n"
			    "}\n");
	free(text);
	graph_free(g);

	struct graph *empty = graph_new();
	text = dot_text(empty, "nothing");
	assert_string_equal(text, "digraph \"nothing\" {\n}\n");
	free(text);
	graph_free(empty);
}

/* 10,000 nodes in a chain plus a fan-in: lookups stay fast, topo is whole. */
static void test_large(void **state)
{
	(void)state;
	enum { N = 10000 };
	struct graph *g = graph_new();
	char name[32];
	for (size_t i = 0; i < N; i++) {
		snprintf(name, sizeof(name), "node.%zu", i);
		assert_int_equal(graph_add(g, name), i);
	}
	size_t sink = graph_add(g, "sink");
	for (size_t i = 0; i < N; i++) {
		snprintf(name, sizeof(name), "node.%zu", i);
		size_t n = graph_find(g, name);
		assert_int_equal(n, i);
		if (i)
			graph_depend(g, n, n - 1);
		graph_depend(g, sink, n);
	}
	assert_int_equal(graph_n_deps(g, sink), N);
	size_t *cycle, len;
	assert_false(graph_find_cycle(g, &cycle, &len));
	size_t *order = malloc((N + 1) * sizeof(*order));
	assert_int_equal(graph_topo(g, order), 0);
	assert_int_equal(order[0], 0);
	assert_int_equal(order[N], sink);
	free(order);

	graph_depend(g, 0, N - 1); /* close the chain into one long cycle */
	assert_true(graph_find_cycle(g, &cycle, &len));
	assert_int_equal(len, N + 1);
	assert_int_equal(cycle[0], cycle[len - 1]);
	free(cycle);
	graph_free(g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_add_and_find),
		cmocka_unit_test(test_edges_both_ways),
		cmocka_unit_test(test_no_cycle),
		cmocka_unit_test(test_cycle_path),
		cmocka_unit_test(test_self_cycle),
		cmocka_unit_test(test_topo),
		cmocka_unit_test(test_closures),
		cmocka_unit_test(test_dot),
		cmocka_unit_test(test_large),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
