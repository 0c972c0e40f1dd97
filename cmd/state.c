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
	struct strbuf err = STRBUF_INIT;
	char *path = o.state_path ? xstrdup(o.state_path) : ctx_default_state_path(o.stack_path);
	struct backend *b = backend_local_new(path);
	json_t *st = NULL;
	if (b->ops->load(b, &st, &err)) {
		ui_error("%s", err.buf);
		goto out;
	}
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
	const char *type = json_string_value(json_object_get(e, "type"));
	const struct resource_type *rt = resource_type_find(type ? type : "", NULL);
	if (o.json) {
		json_t *attrs = json_deep_copy(json_object_get(e, "attributes"));
		size_t i;
		json_t *s;
		json_array_foreach(json_object_get(e, "sensitive_attributes"), i, s)
			if (json_object_get(attrs, json_string_value(s)))
				json_object_set_new(attrs, json_string_value(s), json_string("(sensitive value)"));
		json_t *j = json_pack("{s:s, s:s, s:O, s:o}", "address", o.positional[1], "type",
				      type ? type : "", "id", json_object_get(e, "id"), "values", attrs);
		char *t = json_dumps(j, JSON_INDENT(2) | JSON_SORT_KEYS);
		ui_printf(stdout, "%s\n", t);
		free(t);
		json_decref(j);
	} else {
		ui_printf(stdout, "# %s:\nresource \"%s\" \"%s\" {\n", o.positional[1], type ? type : "?",
			  o.positional[1]);
		if (rt)
			render_attributes(rt, json_object_get(e, "attributes"),
					  json_object_get(e, "sensitive_attributes"), stdout, 4);
		ui_printf(stdout, "}\n");
	}
	code = 0;
out:
	json_decref(st);
	b->ops->free(b);
	free(path);
	strbuf_release(&err);
	cli_opts_release(&o);
	return code;
}
