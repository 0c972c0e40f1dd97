/*
 * plan.c: `terrace plan`: refresh, diff and show what apply would do;
 * optionally save the plan for `terrace apply FILE`.
 */
#include "cmd/cli.h"
#include "plan/state.h"

#include <limits.h>
#include <stdlib.h>

static const char *const plan_options[] = {
	"stack", "state", "var", "var-file", "target", "out", "parallelism", "lock",
	"lock-timeout", "refresh", "refresh-only", "detailed-exitcode", "destroy", "json", "no-color",
	"input", "compact-warnings", "backend-config", NULL,
};
static const struct cli_command plan_cmd = {
	"plan", "terrace plan [options]",
	"Compare the stack with the state and the real resources, and show the changes\n"
	"apply would make. Exit codes with -detailed-exitcode: 0 no changes, 1 error, 2 changes.",
	plan_options, 0,
};


int refresh_only_conflicts(const struct cli_opts *o)
{
	if (!o->refresh_only)
		return 0;
	if (!o->refresh)
		return ui_error("-refresh-only cannot be combined with -refresh=false: it only refreshes"), -1;
	if (o->destroy)
		return ui_error("-refresh-only cannot be combined with -destroy"), -1;
	return 0;
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
	if (refresh_only_conflicts(&o))
		goto out;
	struct plan_options po = { o.destroy, o.refresh, o.targets, o.refresh_only };
	if (plan_make(&cx.run, &po, &p, &d))
		goto out;
	if (o.out) {
		/* Where the state lives, so `apply PLANFILE` finds it again. */
		json_object_set(p->snapshot, "backend", cx.backend_settings);
		struct strbuf err = STRBUF_INIT;
		if (plan_write_file_sealed(p, o.out, &cx.backend->keys, &err)) {
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
		if (p->refresh_only)
			render_drift(p, cx.run.state, stdout);
		else
			render_plan(p, stdout);
		if (o.out)
			ui_printf(stdout, "\nSaved the plan to: %s\n\nTo perform exactly these actions, run:\n"
				  "    terrace apply %s\n", o.out, o.out);
	}
	bool changes = p->refresh_only ? plan_has_drift(p) : plan_has_changes(p);
	code = o.detailed_exitcode && changes ? 2 : 0;
out:
	if (ui_diags(&d))
		code = 1;
	plan_free(p);
	diags_free(&d);
	ctx_release(&cx);
	cli_opts_release(&o);
	return code;
}
