/*
 * state.c: `terrace state list` and `terrace state show NAME`.
 */
#include "cmd/cli.h"
#include "plan/state.h"

#include <stdlib.h>
#include <string.h>

static const char *const state_options[] = { "stack", "state", "json", "no-color", NULL };
static const struct cli_command state_cmd = {
	"state", "terrace state list | state show NAME [options]",
	"List the resources in state, or show one with its attributes.",
	state_options, 2,
};

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

int cmd_state(int argc, char **argv)
{
	struct cli_opts o;
	if (cli_parse(&state_cmd, argc, argv, &o))
		return 1;
	if (o.help || !o.n_positional) {
		cli_print_help(&state_cmd, o.help ? stdout : stderr);
		cli_opts_release(&o);
		return o.help ? 0 : 1;
	}
	const char *sub = o.positional[0];
	bool list = !strcmp(sub, "list");
	bool show = !strcmp(sub, "show");
	if ((!list && !show) || (show && o.n_positional != 2) || (list && o.n_positional != 1)) {
		ui_error("usage: terrace state list | terrace state show NAME");
		cli_opts_release(&o);
		return 1;
	}
	int code = 1;
	json_t *st = ctx_read_state(&o);
	if (!st)
		goto out;
	json_t *res = json_object_get(st, "resources");
	if (list) {
		size_t n = json_object_size(res), k = 0;
		const char **names = xcalloc(n + 1, sizeof(*names));
		const char *name;
		json_t *e;
		json_object_foreach(res, name, e)
			names[k++] = name;
		qsort(names, n, sizeof(*names), cmp_str);
		for (size_t i = 0; i < n; i++)
			ui_printf(stdout, "%s\n", names[i]);
		free(names);
		code = 0;
		goto out;
	}
	json_t *e = json_object_get(res, o.positional[1]);
	if (!e) {
		ui_error("no resource named \"%s\" in the state", o.positional[1]);
		goto out;
	}
	if (o.json) {
		json_t *j = json_pack("{s:s, s:O, s:O, s:o}", "address", o.positional[1],
				      "type", json_object_get(e, "type"), "id", json_object_get(e, "id"),
				      "values", render_state_values(e));
		ui_print_json(stdout, j);
		json_decref(j);
	} else {
		render_state_resource(o.positional[1], e, stdout);
	}
	code = 0;
out:
	json_decref(st);
	cli_opts_release(&o);
	return code;
}
