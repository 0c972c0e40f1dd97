/*
 * plan.c: `terrace plan`: refresh, diff and show what apply would do;
 * optionally save the plan for `terrace apply FILE`.
 */
#include "cmd/cli.h"

#include <limits.h>
#include <stdlib.h>

static const char *const plan_options[] = {
	"stack", "state", "var", "var-file", "target", "out", "parallelism", "lock",
	"lock-timeout", "refresh", "detailed-exitcode", "destroy", "json", "no-color", NULL,
};
static const struct cli_command plan_cmd = {
	"plan", "terrace plan [options]",
	"Compare the stack with the state and the real resources, and show the changes\n"
	"apply would make. Exit codes with -detailed-exitcode: 0 no changes, 1 error, 2 changes.",
	plan_options, 0,
};

/* Remember where the state lives, so `apply PLANFILE` finds it again. */
static void note_state_path(json_t *snapshot, const char *state_path)
{
	char abs[PATH_MAX];
	const char *p = realpath(state_path, abs) ? abs : state_path;
	json_object_set_new(snapshot, "backend", json_pack("{s:s, s:s}", "type", "local", "path", p));
}

int cmd_plan(int argc, char **argv)
{
	struct cli_opts o;
	if (cli_parse(&plan_cmd, argc, argv, &o))
		return 1;
	if (o.help) {
		cli_print_help(&plan_cmd, stdout);
		cli_opts_release(&o);
		return 0;
	}
	struct cli_context cx = { 0 };
	struct diags d = DIAGS_INIT;
	struct plan *p = NULL;
	int code = 1;
	if (ctx_load_stack(&cx, &o, &d) ||
	    ctx_open_state(&cx, &o, "plan", o.stack_path ? o.stack_path : ".") ||
	    ctx_start_run(&cx, &o, &d))
		goto out;
	struct plan_options po = { o.destroy, o.refresh, o.targets };
	if (plan_make(&cx.run, &po, &p, &d))
		goto out;
	if (o.out) {
		note_state_path(p->snapshot, cx.state_path);
		struct strbuf err = STRBUF_INIT;
		if (plan_write_file(p, o.out, &err)) {
			ui_error("%s", err.buf);
			strbuf_release(&err);
			goto out;
		}
		strbuf_release(&err);
	}
	if (o.json) {
		json_t *j = render_plan_json(p);
		ui_print_json(stdout, j);
		json_decref(j);
	} else {
		render_plan(p, stdout);
		if (o.out)
			ui_printf(stdout, "\nSaved the plan to: %s\n\nTo perform exactly these actions, run:\n"
				  "    terrace apply %s\n", o.out, o.out);
	}
	code = o.detailed_exitcode && plan_has_changes(p) ? 2 : 0;
out:
	if (ui_diags(&d))
		code = 1;
	plan_free(p);
	diags_free(&d);
	ctx_release(&cx);
	cli_opts_release(&o);
	return code;
}
