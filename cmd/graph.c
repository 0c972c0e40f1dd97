/*
 * graph.c: `terrace graph`: the stack's dependency graph in DOT: its
 * resource instances and its lookups (data.NAME), as Terraform's graph
 * shows data sources.
 */
#include "cmd/cli.h"
#include "plan/graph.h"


static const struct cli_command graph_cmd = {
	"graph", "terrace graph [options] | dot -Tsvg > graph.svg",
	"Print the dependency graph of the stack's resource instances (modules, for_each and\n"
	"count expanded) and lookups (data.NAME) in DOT; an edge a -> b means a depends on b.",
	0,
};

int cmd_graph(int argc, char **argv)
{
	static const struct cli_option options[] = {
		OPT_SETUP(SETUP_STACK | SETUP_VARS | SETUP_NO_COLOR | SETUP_ENV),
		OPT_END(),
	};
	struct cli_setup o;
	enum cli_parsed parsed = cli_parse(&graph_cmd, options, argc, argv, &o);
	if (parsed != CLI_RUN)
		return CLI_EXIT_CODE(parsed);
	struct diags d = DIAGS_INIT;
	struct cli_context cx = { 0 };
	int code = 1;
	/* The expanded stack: one node per resource instance, modules included,
	 * and one per lookup. */
	if (ctx_load_stack_deployed(&cx, &o, &d))
		goto out;
	/* Resources, then lookups: what either uses is one of them. */
	const json_t *sections[] = { json_object_get(cx.snapshot, "resources"),
				     json_object_get(cx.snapshot, "data") };
	struct graph *g = graph_new();
	const char *name;
	json_t *r;
	for (size_t s = 0; s < 2; s++)
		json_object_foreach((json_t *)sections[s], name, r)
			graph_add(g, name);
	for (size_t s = 0; s < 2; s++) {
		json_object_foreach((json_t *)sections[s], name, r) {
			size_t i;
			json_t *dep;
			/* graph_add: a name found in neither is still drawn, never
			 * an edge to no node. */
			json_array_foreach(json_object_get(r, "dependencies"), i, dep)
				graph_depend(g, graph_find(g, name),
					     graph_add(g, json_string_value(dep)));
		}
	}
	graph_dot(g, stdout, cx.stack->name);
	graph_free(g);
	code = 0;
out:
	if (ui_diags(&d))
		code = 1;
	diags_free(&d);
	ctx_release(&cx);
	cli_setup_release(&o);
	return code;
}
