/*
 * main.c: terrace's entry point and command table. Each command lives in its
 * own file under cmd/ and is looked up here by name.
 */
#include "cmd/cli.h"
#include "cmd/all.h"
#include "cmd/policy.h"
#include "provider/provider.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static int completion(int argc, char **argv);

static const struct cli_command_entry commands[] = {
	{ "init", cmd_init, "Record the state's backend; -migrate-state moves the state to a new one" },
	{ "validate", cmd_validate, "Check a stack's files for errors" },
	{ "fmt", cmd_fmt, "Rewrite stack files in the canonical layout; -check for CI" },
	{ "convert", cmd_convert, "Convert a Terraform configuration into a stack" },
	{ "plan", cmd_plan, "Show what apply would change" },
	{ "policy", cmd_policy, "Print the IAM policy a deploy role needs for the stack" },
	{ "build", cmd_build, "Build what resources upload (their build blocks) into the cache, without applying" },
	{ "apply", cmd_apply, "Create or update infrastructure (or run a saved plan)" },
	{ "destroy", cmd_destroy, "Destroy everything a stack manages" },
	{ "run", cmd_run, "Run what is deployed at ADDRESS (a job, state machine, function, host command) and follow it" },
	{ "logs", cmd_logs, "Print the log lines of a job, function, state machine or host command; -follow" },
	{ "show", cmd_show, "Show the state or a saved plan" },
	{ "output", cmd_output, "Show output values" },
	{ "console", cmd_console, "Evaluate expressions against the variables and the state" },
	{ "state", cmd_state, "Inspect and change the state: state list, show NAME..., pull, push FILE, mv SRC DST, rm ADDRESS..." },
	{ "force-unlock", cmd_force_unlock, "Remove a state lock left by a holder that is gone" },
	{ "graph", cmd_graph, "Print the dependency graph in DOT" },
	{ "import", cmd_import, "Adopt an existing object into the state as a stack resource" },
	{ "workspace", cmd_workspace, "Manage workspaces: workspace list, show, new, select, delete" },
	{ "lab", cmd_lab, "Run a stack as a workshop lab: lab up, status, down with an attendee list" },
	{ "sweep", cmd_sweep, "List (and with -force delete) a lab stack's resources, without state" },
	{ "providers", cmd_providers, "List provider and resource types; providers schema -json prints their schemas" },
	{ "version", cmd_version, "Print the version" },
	{ "completion", completion, "Print a shell completion script: completion bash" },
	{ NULL, NULL, NULL },
};

static int completion(int argc, char **argv)
{
	return cmd_completion(commands, argc, argv);
}

static void usage(FILE *out)
{
	fputs("Usage: terrace [-chdir=DIR] COMMAND [options]\n\n"
	      "Declarative provisioning for data-pipeline infrastructure.\n\n"
	      "Commands:\n", out);
	for (const struct cli_command_entry *c = commands; c->name; c++)
		fprintf(out, "  %-10s %s\n", c->name, c->summary);
	fputs("\nGlobal options (before the command):\n"
	      "  -chdir=DIR switch to folder DIR before anything else\n"
	      "\nRun `terrace COMMAND -help` (or `terrace help COMMAND`) for a command's options.\n",
	      out);
}

/* -chdir=DIR before the command: switch to DIR before anything else, so
 * every path (-stack, -state, -var-file, the .terrace folder) is relative to
 * it. Returns how many words it took (0 or 1), -1 after printing an error. */
static int change_directory(int argc, char **argv)
{
	if (argc < 2)
		return 0;
	const char *a = argv[1];
	const char *name = a[0] == '-' ? a + 1 + (a[1] == '-') : NULL;
	if (!name || strncmp(name, "chdir", 5) || (name[5] && name[5] != '='))
		return 0;
	if (name[5] != '=' || !name[6]) {
		fprintf(stderr, "Error: -chdir needs a folder, as in: terrace -chdir=DIR COMMAND\n");
		return -1;
	}
	if (chdir(name + 6)) {
		fprintf(stderr, "Error: -chdir: cannot switch to \"%s\": %s\n", name + 6,
			strerror(errno));
		return -1;
	}
	return 1;
}

int main(int argc, char **argv)
{
	int taken = change_directory(argc, argv);
	if (taken < 0)
		return 1;
	argc -= taken;
	argv += taken;
	if (argc < 2) {
		usage(stderr);
		return 1;
	}
	const char *name = argv[1];
	static char help_flag[] = "-help";
	char *help_argv[] = { argv[0], argc > 2 ? argv[2] : NULL, help_flag, NULL };
	if (!strcmp(name, "help") && argc > 2) {
		/* terrace help CMD: terrace CMD -help */
		argv = help_argv;
		argc = 3;
		name = argv[1];
	} else if (!strcmp(name, "-h") || !strcmp(name, "-help") || !strcmp(name, "--help") ||
		   !strcmp(name, "help")) {
		usage(stdout);
		return 0;
	}
	if (!strcmp(name, "-version") || !strcmp(name, "--version") || !strcmp(name, "-v"))
		return cmd_version(argc - 2, argv + 2);
	/* Settings from the environment that any command may need, checked
	 * before it starts rather than where it first needs one. */
	struct strbuf err = STRBUF_INIT;
	if (secret_hash_cost_check(&err)) {
		fprintf(stderr, "Error: %s\n", err.buf);
		strbuf_release(&err);
		return 1;
	}
	if (all_requested(name, argc - 2, argv + 2)) /* every stack of the folder */
		return cmd_all(name, argc - 2, argv + 2);
	for (const struct cli_command_entry *c = commands; c->name; c++)
		if (!strcmp(c->name, name))
			return c->fn(argc - 2, argv + 2);
	const char *names[sizeof(commands) / sizeof(*commands)];
	size_t n = 0;
	for (const struct cli_command_entry *c = commands; c->name; c++)
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
