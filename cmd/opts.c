/*
 * opts.c: one option parser for every subcommand, and the setup options
 * commands share (cli_var_files: the -var-file list as the loaders take it).
 * Options are single-dash like Terraform's (-auto-approve,
 * -var k=v, -out=FILE); a double dash is accepted too. Each command declares
 * its table next to its code (cli.h); help comes from the same table.
 */
#include "cmd/cli.h"
#include "plan/state.h"

#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define COMPLETION_WORDS "-completion-words"
#define SETUP_FIELD(f) ((void *)offsetof(struct cli_setup, f))

/* The setup options, declared once; value is the field's offset in struct
 * cli_setup, setup the SETUP_* bit a command's OPT_SETUP names. */
static const struct cli_option setup_options[] = {
	{ "stack", OPT_KIND_STRING, "PATH", "stack file or folder (default: the current folder)",
	  SETUP_FIELD(stack_path), SETUP_STACK },
	{ "env", OPT_KIND_STRING, "NAME", "work in the stack's environment NAME (environments:; also TERRACE_ENV)",
	  SETUP_FIELD(env), SETUP_ENV },
	{ "state", OPT_KIND_STRING, "PATH", "state file (default: terrace.state.json beside the stack)",
	  SETUP_FIELD(state_path), SETUP_STATE },
	{ "var", OPT_KIND_LIST, "NAME=VALUE", "set a variable (repeatable)",
	  SETUP_FIELD(vars), SETUP_VARS },
	{ "var-file", OPT_KIND_LIST, "FILE", "read variables from a YAML file (repeatable)",
	  SETUP_FIELD(var_files), SETUP_VARS },
	{ "target", OPT_KIND_LIST, "NAME", "limit to a resource and what it depends on (repeatable)",
	  SETUP_FIELD(targets), SETUP_TARGET },
	{ "parallelism", OPT_KIND_INT, "N", "run up to N resource operations at once (default 10)",
	  SETUP_FIELD(parallelism), SETUP_PARALLELISM },
	{ "lock", OPT_KIND_FLAG, NULL, "take the state lock (default true; -lock=false to skip)",
	  SETUP_FIELD(lock), SETUP_LOCK },
	{ "lock-timeout", OPT_KIND_STRING, "DURATION", "wait this long for the state lock (e.g. 30s, 2m; default 0s)",
	  SETUP_FIELD(lock_timeout), SETUP_LOCK },
	{ "backend-config", OPT_KIND_LIST, "KEY=VALUE", "override a setting of the stack's backend: block (repeatable)",
	  SETUP_FIELD(backend_configs), SETUP_BACKEND_CONFIG },
	{ "refresh", OPT_KIND_FLAG, NULL, "read the real resources first (default true; -refresh=false to skip)",
	  SETUP_FIELD(refresh), SETUP_REFRESH },
	{ "input", OPT_KIND_FLAG, NULL, "ask for input when needed (default true; false when CI is set)",
	  SETUP_FIELD(input), SETUP_INPUT },
	{ "compact-warnings", OPT_KIND_FLAG, NULL, "print warnings at the end, one line each",
	  SETUP_FIELD(compact_warnings), SETUP_INPUT },
	{ "json", OPT_KIND_FLAG, NULL, "machine-readable JSON output",
	  SETUP_FIELD(json), SETUP_JSON },
	{ "no-color", OPT_KIND_FLAG, NULL, "no colours (also: NO_COLOR set in the environment)",
	  SETUP_FIELD(no_color), SETUP_NO_COLOR },
	{ "all", OPT_KIND_FLAG, NULL, "run in every stack of the folder (those terrace.stacks.yaml "
	  "lists, else every folder naming a stack), each after the stacks it reads",
	  SETUP_FIELD(all), SETUP_ALL },
	{ "parallel-stacks", OPT_KIND_INT, "N", "with -all: run up to N independent stacks at once "
	  "(default 4; at most 64)", SETUP_FIELD(parallel_stacks), SETUP_ALL },
	OPT_END(),
};

/* Walk a command's options in order, the setup ones its OPT_SETUP takes in
 * their place; fn returns non-zero to stop (that value is returned). */
static int walk_options(const struct cli_option *table,
			int (*fn)(const struct cli_option *o, void *place, void *arg),
			struct cli_setup *s, void *arg)
{
	for (const struct cli_option *o = table; o->name; o++) {
		if (o->kind != OPT_KIND_SETUP) {
			int rc = fn(o, o->value, arg);
			if (rc)
				return rc;
			continue;
		}
		for (const struct cli_option *so = setup_options; so->name; so++) {
			if (!(so->setup & o->setup))
				continue;
			void *place = s ? (char *)s + (size_t)so->value : NULL;
			int rc = fn(so, place, arg);
			if (rc)
				return rc;
		}
	}
	return 0;
}

struct lookup {
	const char *name;
	const struct cli_option *found;
	void *place;
	const char **names; /* every name, for suggestions */
	size_t n_names;
};

static int look_up(const struct cli_option *o, void *place, void *arg)
{
	struct lookup *l = arg;
	l->names = xrealloc(l->names, (l->n_names + 1) * sizeof(*l->names));
	l->names[l->n_names++] = o->name;
	if (!l->found && !strcmp(o->name, l->name)) {
		l->found = o;
		l->place = place;
	}
	return 0;
}

static void list_add(struct cli_list *list, const char *v)
{
	list->items = xrealloc(list->items, (list->n + 1) * sizeof(*list->items));
	list->items[list->n++] = v;
}

const char *const *cli_list_terminated(struct cli_list *list)
{
	list_add(list, NULL);
	list->n--;
	return list->items;
}

void cli_list_release(struct cli_list *list)
{
	free(list->items);
	list->items = NULL;
	list->n = 0;
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

static int unknown_option(const struct cli_command *cmd, const struct lookup *l)
{
	const char *hint = diag_suggest(l->name, l->names, l->n_names);
	if (hint)
		ui_error("%s: unknown option -%s; did you mean -%s?", cmd->name, l->name, hint);
	else
		ui_error("%s: unknown option -%s (see terrace %s -help)", cmd->name, l->name, cmd->name);
	return -1;
}

/* Store one option's value (val NULL: none given) at place. */
static int store_value(const struct cli_command *cmd, const struct cli_option *opt, void *place,
		       const char *val)
{
	switch (opt->kind) {
	case OPT_KIND_FLAG:
		if (parse_bool(val, place))
			return ui_error("%s: option -%s takes true or false, not \"%s\"", cmd->name,
					opt->name, val), -1;
		return 0;
	case OPT_KIND_STRING:
		*(const char **)place = val;
		return 0;
	case OPT_KIND_INT: {
		char *end;
		long n = strtol(val, &end, 10);
		if (*end || n < 1 || n > 1000)
			return ui_error("%s: option -%s needs a whole number from 1 to 1000, not \"%s\"",
					cmd->name, opt->name, val), -1;
		*(int *)place = (int)n;
		return 0;
	}
	case OPT_KIND_LIST:
		list_add(place, val);
		return 0;
	case OPT_KIND_SETUP:
		break;
	}
	return 0;
}

/* One "-name[=value]" at argv[*i] (taking the next word as its value when
 * needed). */
static int parse_option(const struct cli_command *cmd, const struct cli_option *table,
			struct cli_setup *s, int argc, char **argv, int *i)
{
	const char *name = argv[*i] + 1 + (argv[*i][1] == '-');
	const char *eq = strchr(name, '=');
	char *key = eq ? xstrndup(name, (size_t)(eq - name)) : xstrdup(name);
	const char *val = eq ? eq + 1 : NULL;
	struct lookup l = { key, NULL, NULL, NULL, 0 };
	walk_options(table, look_up, s, &l);
	int rc = -1;
	if (!l.found)
		unknown_option(cmd, &l);
	else if (l.found->kind != OPT_KIND_FLAG && !val && *i + 1 >= argc)
		ui_error("%s: option -%s needs a value %s", cmd->name, l.found->name, l.found->arg);
	else
		rc = store_value(cmd, l.found, l.place,
				 l.found->kind != OPT_KIND_FLAG && !val ? argv[++*i] : val);
	free(l.names);
	free(key);
	return rc;
}

static void setup_defaults(struct cli_setup *s)
{
	memset(s, 0, sizeof(*s));
	s->positional = s->first_positional;
	s->lock = true;
	s->refresh = true;
	s->input = !ui_in_ci();     /* CI: never prompt unless -input=true */
	s->parallelism = 10;
	s->lock_timeout = "0s";
}

/* Messages as the options ask. */
static void setup_messages(struct cli_setup *s)
{
	if (s->no_color || getenv("NO_COLOR"))
		s->no_color = true;
	ui_init(s->no_color);
	ui_set_input(s->input);
	/* A lock's message names the force-unlock that runs here. */
	state_lock_set_unattended(!s->input || !isatty(STDIN_FILENO));
	ui_set_compact_warnings(s->compact_warnings);
	if (s->targets.n)
		ui_warn("Resource targeting is in effect\n"
			"  The plan may leave out changes the stack asks for: -target is for\n"
			"  recovering from mistakes, not for routine use.");
	/* -targets are passed on as a NULL-terminated list. */
	list_add(&s->targets, NULL);
	s->targets.n--;
}

static int print_option_name(const struct cli_option *o, void *place, void *arg)
{
	(void)place;
	(void)arg;
	printf(" -%s%s", o->name, o->kind == OPT_KIND_FLAG ? "" : "=");
	return 0;
}

/* The words completion offers after the command: its subcommands, then its
 * options (those taking a value end in "="), on one line. */
static void print_completion_words(const struct cli_command *cmd, const struct cli_option *table)
{
	fputs(cmd->subcommands ? cmd->subcommands : "", stdout);
	walk_options(table, print_option_name, NULL, NULL);
	fflush(stdout);
}

enum cli_parsed cli_parse(const struct cli_command *cmd, const struct cli_option *table,
			  int argc, char **argv, struct cli_setup *s)
{
	setup_defaults(s);
	if (argc == 1 && !strcmp(argv[0], COMPLETION_WORDS)) {
		print_completion_words(cmd, table);
		return CLI_HELP_SHOWN;
	}
	bool help = false;
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i];
		if (a[0] != '-' || !a[1]) {
			if (s->n_positional >= cmd->max_positional) {
				ui_error("%s: unexpected argument \"%s\" (see terrace %s -help)", cmd->name, a, cmd->name);
				goto bad;
			}
			/* More than the four most commands take (state show, state
			 * rm): room for every argument. */
			if (s->positional == s->first_positional && s->n_positional == 4) {
				s->positional = xcalloc((size_t)argc, sizeof(*s->positional));
				memcpy(s->positional, s->first_positional, sizeof(s->first_positional));
			}
			s->positional[s->n_positional++] = a;
			continue;
		}
		const char *name = a + 1 + (a[1] == '-');
		if (!strcmp(name, "h") || !strcmp(name, "help"))
			help = true;
		else if (parse_option(cmd, table, s, argc, argv, &i))
			goto bad;
	}
	if (!help && s->parallel_stacks && !s->all) {
		ui_error("%s: option -parallel-stacks goes with -all", cmd->name);
		goto bad;
	}
	setup_messages(s);
	if (!help)
		return CLI_RUN;
	cli_print_help(cmd, table, stdout);
	cli_setup_release(s);
	return CLI_HELP_SHOWN;
bad:
	cli_setup_release(s);
	return CLI_BAD_USAGE;
}

void cli_setup_release(struct cli_setup *s)
{
	free(s->vars.items);
	free(s->var_files.items);
	free(s->targets.items);
	free(s->backend_configs.items);
	if (s->positional != s->first_positional)
		free(s->positional);
	s->positional = s->first_positional;
	memset(&s->vars, 0, sizeof(s->vars));
	memset(&s->var_files, 0, sizeof(s->var_files));
	memset(&s->targets, 0, sizeof(s->targets));
	memset(&s->backend_configs, 0, sizeof(s->backend_configs));
}

static int print_option_help(const struct cli_option *o, void *place, void *arg)
{
	(void)place;
	char left[64];
	snprintf(left, sizeof(left), "-%s%s%s", o->name, o->arg ? " " : "", o->arg ? o->arg : "");
	fprintf(arg, "  %-24s %s\n", left, o->help);
	return 0;
}

void cli_print_help(const struct cli_command *cmd, const struct cli_option *table, FILE *out)
{
	fprintf(out, "Usage: %s\n\n%s\n", cmd->usage, cmd->summary);
	if (!table || !table->name)
		return;
	fputs("\nOptions:\n", out);
	walk_options(table, print_option_help, NULL, out);
}

const char **cli_var_files(const struct cli_setup *o)
{
	const char **files = xcalloc(o->var_files.n + 1, sizeof(*files));
	for (size_t i = 0; i < o->var_files.n; i++)
		files[i] = o->var_files.items[i];
	return files;
}
