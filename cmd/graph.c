/*
 * graph.c: `terrace graph`: the stack's dependency graph in DOT.
 */
#include "cmd/cli.h"
#include "plan/graph.h"

#include <stdlib.h>

static const char *const graph_options[] = { "stack", "var", "var-file", "no-color", NULL };
static const struct cli_command graph_cmd = {
	"graph", "terrace graph [options] | dot -Tsvg > graph.svg",
	"Print the dependency graph of the stack's resources in DOT; an edge a -> b means\n"
	"a depends on b.",
	graph_options, 0,
};

int cmd_graph(int argc, char **argv)
{
	struct cli_opts o;
	if (cli_parse(&graph_cmd, argc, argv, &o))
		return 1;
	if (o.help) {
		cli_print_help(&graph_cmd, stdout);
		cli_opts_release(&o);
		return 0;
	}
	struct diags d = DIAGS_INIT;
	struct stack *s = NULL;
	int code = 1;
	if (stack_load(o.stack_path ? o.stack_path : ".", &s, &d))
		goto out;
	struct graph *g = graph_new();
	for (size_t i = 0; i < s->n_resources; i++)
		graph_add(g, s->resources[i].name);
	for (size_t i = 0; i < s->n_resources; i++) {
		size_t n = 0;
		const char **deps = stack_resource_deps(s, &s->resources[i], &n);
		for (size_t k = 0; k < n; k++)
			graph_depend(g, graph_find(g, s->resources[i].name), graph_find(g, deps[k]));
		free(deps);
	}
	graph_dot(g, stdout, s->name);
	graph_free(g);
	code = 0;
out:
	if (ui_diags(&d))
		code = 1;
	if (s)
		stack_free(s);
	diags_free(&d);
	cli_opts_release(&o);
	return code;
}
