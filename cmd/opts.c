/*
 * opts.c: one option parser for every subcommand. Options are single-dash
 * like Terraform's (-auto-approve, -var k=v, -out=FILE); a double dash is
 * accepted too. Each command lists the options it takes; help comes from
 * the same table.
 */
#include "cmd/cli.h"

#include <stdlib.h>
#include <string.h>

static const struct cli_option all_options[] = {
	{ "stack", OPT_STRING, "PATH", "stack file or folder (default: the current folder)" },
	{ "state", OPT_STRING, "PATH", "state file (default: terrace.state.json beside the stack)" },
	{ "var", OPT_LIST, "NAME=VALUE", "set a variable (repeatable)" },
	{ "var-file", OPT_LIST, "FILE", "read variables from a YAML file (repeatable)" },
	{ "target", OPT_LIST, "NAME", "limit to a resource and what it depends on (repeatable)" },
	{ "out", OPT_STRING, "FILE", "write the plan to FILE, for `terrace apply FILE`" },
	{ "parallelism", OPT_INT, "N", "run up to N resource operations at once (default 10)" },
	{ "lock-timeout", OPT_STRING, "DURATION", "wait this long for the state lock (e.g. 30s, 2m; default 0s)" },
	{ "backend-config", OPT_LIST, "KEY=VALUE", "override a setting of the stack's backend: block (repeatable)" },
	{ "workspace", OPT_STRING, "NAME", "sweep: only that workspace's resources (default: every workspace)" },
	{ "older-than", OPT_STRING, "DURATION", "sweep: only resources made longer ago than this (e.g. 30m, 2h)" },
	{ "name", OPT_STRING, "GLOB", "sweep: only resources whose name (or id) matches this pattern (lake-*-dev)" },
	{ "attendees", OPT_STRING, "FILE", "lab: the attendee list (CSV with an id column, or YAML)" },
	{ "lock", OPT_FLAG, NULL, "take the state lock (default true; -lock=false to skip)" },
	{ "refresh", OPT_FLAG, NULL, "read the real resources first (default true; -refresh=false to skip)" },
	{ "refresh-only", OPT_FLAG, NULL, "only record changes made outside terrace into the state" },
	{ "force", OPT_FLAG, NULL, "state push: replace even an older serial or another lineage; workspace delete: delete one that still has resources; sweep: delete what it lists" },
	{ "migrate-state", OPT_FLAG, NULL, "init: copy every workspace's state from the backend recorded before to the one now configured" },
	{ "reconfigure", OPT_FLAG, NULL, "init: use the backend now configured as it is, copying nothing" },
	{ "force-copy", OPT_FLAG, NULL, "init -migrate-state: replace states the new backend already holds" },
	{ "auto-approve", OPT_FLAG, NULL, "do not ask for confirmation" },
	{ "input", OPT_FLAG, NULL, "ask for input when needed (default true; false when CI is set)" },
	{ "compact-warnings", OPT_FLAG, NULL, "print warnings at the end, one line each" },
	{ "detailed-exitcode", OPT_FLAG, NULL, "exit 0 with no changes, 1 on error, 2 with changes" },
	{ "destroy", OPT_FLAG, NULL, "plan to destroy every resource" },
	{ "json", OPT_FLAG, NULL, "machine-readable JSON output" },
	{ "raw", OPT_FLAG, NULL, "print a string output without quotes" },
	{ "no-color", OPT_FLAG, NULL, "no colours (also: NO_COLOR set in the environment)" },
	{ NULL, OPT_FLAG, NULL, NULL },
};

static const struct cli_option *find_option(const char *name)
{
	for (const struct cli_option *o = all_options; o->name; o++)
		if (!strcmp(o->name, name))
			return o;
	return NULL;
}

static bool accepts(const struct cli_command *cmd, const char *name)
{
	for (size_t i = 0; cmd->options && cmd->options[i]; i++)
		if (!strcmp(cmd->options[i], name))
			return true;
	return false;
}

static void list_add(const char ***list, size_t *n, const char *v)
{
	*list = xrealloc(*list, (*n + 1) * sizeof(**list));
	(*list)[(*n)++] = v;
}

static int parse_bool(const char *v, bool *out)
{
	if (!v || !strcmp(v, "true") || !strcmp(v, "1")) {
		*out = true;
		return 0;
	}
	if (!strcmp(v, "false") || !strcmp(v, "0")) {
		*out = false;
		return 0;
	}
	return -1;
}

int cli_parse(const struct cli_command *cmd, int argc, char **argv, struct cli_opts *o)
{
	memset(o, 0, sizeof(*o));
	o->lock = true;
	o->refresh = true;
	o->input = !ui_in_ci();     /* CI: never prompt unless -input=true */
	o->parallelism = 10;
	o->lock_timeout = "0s";
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		if (a[0] != '-' || !a[1]) {
			if (o->n_positional >= cmd->max_positional || o->n_positional >= 4) {
				ui_error("%s: unexpected argument \"%s\" (see terrace %s -help)", cmd->name, a, cmd->name);
				return -1;
			}
			o->positional[o->n_positional++] = a;
			continue;
		}
		const char *name = a + 1 + (a[1] == '-');
		if (!strcmp(name, "h") || !strcmp(name, "help")) {
			o->help = true;
			continue;
		}
		const char *eq = strchr(name, '=');
		char *key = eq ? xstrndup(name, (size_t)(eq - name)) : xstrdup(name);
		const char *val = eq ? eq + 1 : NULL;
		const struct cli_option *opt = find_option(key);
		if (!opt || !accepts(cmd, key)) {
			const char *cands[32];
			size_t n = 0;
			for (size_t k = 0; cmd->options && cmd->options[k] && n < 32; k++)
				cands[n++] = cmd->options[k];
			const char *hint = diag_suggest(key, cands, n);
			if (hint)
				ui_error("%s: unknown option -%s; did you mean -%s?", cmd->name, key, hint);
			else
				ui_error("%s: unknown option -%s (see terrace %s -help)", cmd->name, key, cmd->name);
			free(key);
			return -1;
		}
		free(key);
		if (opt->kind != OPT_FLAG && !val) {
			if (i + 1 >= argc) {
				ui_error("%s: option -%s needs a value %s", cmd->name, opt->name, opt->arg);
				return -1;
			}
			val = argv[++i];
		}
		bool flag = false;
		switch (opt->kind) {
		case OPT_FLAG:
			if (parse_bool(val, &flag)) {
				ui_error("%s: option -%s takes true or false, not \"%s\"", cmd->name, opt->name, val);
				return -1;
			}
			if (!strcmp(opt->name, "lock")) o->lock = flag;
			else if (!strcmp(opt->name, "refresh")) o->refresh = flag;
			else if (!strcmp(opt->name, "refresh-only")) o->refresh_only = flag;
			else if (!strcmp(opt->name, "auto-approve")) o->auto_approve = flag;
			else if (!strcmp(opt->name, "force")) o->force = flag;
			else if (!strcmp(opt->name, "migrate-state")) o->migrate_state = flag;
			else if (!strcmp(opt->name, "reconfigure")) o->reconfigure = flag;
			else if (!strcmp(opt->name, "force-copy")) o->force_copy = flag;
			else if (!strcmp(opt->name, "input")) o->input = flag;
			else if (!strcmp(opt->name, "compact-warnings")) o->compact_warnings = flag;
			else if (!strcmp(opt->name, "detailed-exitcode")) o->detailed_exitcode = flag;
			else if (!strcmp(opt->name, "destroy")) o->destroy = flag;
			else if (!strcmp(opt->name, "json")) o->json = flag;
			else if (!strcmp(opt->name, "raw")) o->raw = flag;
			else if (!strcmp(opt->name, "no-color")) o->no_color = flag;
			break;
		case OPT_STRING:
			if (!strcmp(opt->name, "stack")) o->stack_path = val;
			else if (!strcmp(opt->name, "state")) o->state_path = val;
			else if (!strcmp(opt->name, "out")) o->out = val;
			else if (!strcmp(opt->name, "lock-timeout")) o->lock_timeout = val;
			else if (!strcmp(opt->name, "workspace")) o->workspace = val;
			else if (!strcmp(opt->name, "older-than")) o->older_than = val;
			else if (!strcmp(opt->name, "name")) o->name = val;
			else if (!strcmp(opt->name, "attendees")) o->attendees = val;
			break;
		case OPT_INT: {
			char *end;
			long n = strtol(val, &end, 10);
			if (*end || n < 1 || n > 1000) {
				ui_error("%s: option -%s needs a whole number from 1 to 1000, not \"%s\"",
					 cmd->name, opt->name, val);
				return -1;
			}
			o->parallelism = (int)n;
			break;
		}
		case OPT_LIST:
			if (!strcmp(opt->name, "var")) list_add(&o->vars, &o->n_vars, val);
			else if (!strcmp(opt->name, "var-file")) list_add(&o->var_files, &o->n_var_files, val);
			else if (!strcmp(opt->name, "target")) list_add(&o->targets, &o->n_targets, val);
			else if (!strcmp(opt->name, "backend-config"))
				list_add(&o->backend_configs, &o->n_backend_configs, val);
			break;
		}
	}
	if (o->no_color || getenv("NO_COLOR"))
		o->no_color = true;
	ui_init(o->no_color);
	ui_set_input(o->input);
	ui_set_compact_warnings(o->compact_warnings);
	if (o->n_targets)
		ui_warn("Resource targeting is in effect\n"
			"  The plan may leave out changes the stack asks for: -target is for\n"
			"  recovering from mistakes, not for routine use.");
	/* -targets are passed on as a NULL-terminated list. */
	list_add(&o->targets, &o->n_targets, NULL);
	o->n_targets--;
	return 0;
}

void cli_opts_release(struct cli_opts *o)
{
	free(o->vars);
	free(o->var_files);
	free(o->targets);
	free(o->backend_configs);
}

void cli_print_help(const struct cli_command *cmd, FILE *out)
{
	fprintf(out, "Usage: %s\n\n%s\n", cmd->usage, cmd->summary);
	if (!cmd->options || !cmd->options[0])
		return;
	fputs("\nOptions:\n", out);
	for (size_t i = 0; cmd->options[i]; i++) {
		const struct cli_option *o = find_option(cmd->options[i]);
		if (!o)
			continue;
		char left[64];
		snprintf(left, sizeof(left), "-%s%s%s", o->name, o->arg ? " " : "", o->arg ? o->arg : "");
		fprintf(out, "  %-24s %s\n", left, o->help);
	}
}
