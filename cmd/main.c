/*
 * main.c: terrace's entry point and command table. Each command lives in its
 * own file under cmd/ and is looked up here by name.
 */
#include "cmd/cli.h"

#include <stdio.h>
#include <string.h>

struct command_entry {
	const char *name;
	int (*fn)(int argc, char **argv);
	const char *summary;
};

static const struct command_entry commands[] = {
	{ "init", cmd_init, "Record the state's backend; -migrate-state moves the state to a new one" },
	{ "validate", cmd_validate, "Check a stack's files for errors" },
	{ "plan", cmd_plan, "Show what apply would change" },
	{ "apply", cmd_apply, "Create or update infrastructure (or run a saved plan)" },
	{ "destroy", cmd_destroy, "Destroy everything a stack manages" },
	{ "show", cmd_show, "Show the state or a saved plan" },
	{ "output", cmd_output, "Show output values" },
	{ "state", cmd_state, "Inspect the state: state list, show NAME, pull, push FILE" },
	{ "force-unlock", cmd_force_unlock, "Remove a state lock left by a holder that is gone" },
	{ "graph", cmd_graph, "Print the dependency graph in DOT" },
	{ "import", cmd_import, "Adopt an existing object into the state as a stack resource" },
	{ "workspace", cmd_workspace, "Manage workspaces: workspace list, show, new, select, delete" },
	{ "lab", cmd_lab, "Run a stack as a workshop lab: lab up, status, down with an attendee list" },
	{ "sweep", cmd_sweep, "List (and with -force delete) a lab stack's resources, without state" },
	{ "version", cmd_version, "Print the version" },
	{ NULL, NULL, NULL },
};

static void usage(FILE *out)
{
	fputs("Usage: terrace COMMAND [options]\n\n"
	      "Declarative provisioning for data-pipeline infrastructure.\n\n"
	      "Commands:\n", out);
	for (const struct command_entry *c = commands; c->name; c++)
		fprintf(out, "  %-10s %s\n", c->name, c->summary);
	fputs("\nRun `terrace COMMAND -help` for a command's options.\n", out);
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return 1;
	}
	const char *name = argv[1];
	if (!strcmp(name, "-h") || !strcmp(name, "-help") || !strcmp(name, "--help") ||
	    !strcmp(name, "help")) {
		usage(stdout);
		return 0;
	}
	if (!strcmp(name, "-version") || !strcmp(name, "--version") || !strcmp(name, "-v"))
		return cmd_version(argc - 2, argv + 2);
	for (const struct command_entry *c = commands; c->name; c++)
		if (!strcmp(c->name, name))
			return c->fn(argc - 2, argv + 2);
	const char *names[sizeof(commands) / sizeof(*commands)];
	size_t n = 0;
	for (const struct command_entry *c = commands; c->name; c++)
		names[n++] = c->name;
	const char *hint = diag_suggest(name, names, n);
	if (hint)
		fprintf(stderr, "Error: unknown command \"%s\"; did you mean \"%s\"?\n", name, hint);
	else
		fprintf(stderr, "Error: unknown command \"%s\"\n\n", name);
	if (!hint)
		usage(stderr);
	return 1;
}
