/*
 * plan.c: `terrace plan`: refresh, diff and show what apply would do;
 * optionally save the plan for `terrace apply FILE`.
 */
#include "cmd/cli.h"
#include "cmd/plan_json.h"
#include "plan/state.h"

#include <limits.h>
#include <stdlib.h>

static const struct cli_command plan_cmd = {
	"plan", "terrace plan [options]",
	"Compare the stack with the state and the real resources, and show the changes\n"
	"apply would make. Exit codes with -detailed-exitcode: 0 no changes, 1 error, 2 changes.",
	0,
};

int refresh_only_conflicts(bool refresh_only, bool refresh, bool destroy)
{
	if (!refresh_only)
		return 0;
	if (!refresh)
		return ui_error("-refresh-only cannot be combined with -refresh=false: it only refreshes"), -1;
	if (destroy)
		return ui_error("-refresh-only cannot be combined with -destroy"), -1;
	return 0;
}

int cmd_plan(int argc, char **argv)
{
	struct cli_setup o;
	const char *out = NULL;
	bool destroy = false, refresh_only = false, detailed_exitcode = false;
	bool terraform_names = false;
	struct cli_list replace = { 0 };
	const struct cli_option options[] = {
		OPT_SETUP(SETUP_STACK | SETUP_STATE | SETUP_VARS | SETUP_TARGET | SETUP_PARALLELISM |
			  SETUP_LOCK | SETUP_BACKEND_CONFIG | SETUP_REFRESH | SETUP_INPUT |
			  SETUP_JSON | SETUP_NO_COLOR | SETUP_ENV),
		OPT_STRING("out", "FILE", "write the plan to FILE, for `terrace apply FILE`", &out),
		OPT_BOOL("refresh-only", "only record changes made outside terrace into the state",
			 &refresh_only),
		OPT_BOOL("detailed-exitcode", "exit 0 with no changes, 1 on error, 2 with changes",
			 &detailed_exitcode),
		OPT_BOOL("destroy", "plan to destroy every resource", &destroy),
		OPT_LIST("replace", "ADDRESS", "replace this resource even if nothing changed (repeatable)",
			 &replace),
		OPT_BOOL("terraform-names", "with -json: the Terraform AWS provider's type and "
			 "attribute names, for policy checks written for Terraform", &terraform_names),
		OPT_END(),
	};
	enum cli_parsed parsed = cli_parse(&plan_cmd, options, argc, argv, &o);
	if (parsed != CLI_RUN)
		return CLI_EXIT_CODE(parsed);
	struct cli_context cx = { 0 };
	struct diags d = DIAGS_INIT;
	struct plan *p = NULL;
	int code = 1;
	if (terraform_names && !o.json) {
		ui_error("-terraform-names is an option of -json output: add -json");
		goto done;
	}
	if (ctx_open(&cx, &o, "plan", &d) || refresh_only_conflicts(refresh_only, o.refresh, destroy))
		goto done;
	struct plan_options po = { destroy, o.refresh, o.targets.items, refresh_only,
				   cli_list_terminated(&replace) };
	if (plan_make(&cx.run, &po, &p, &d))
		goto done;
	if (out) {
		/* Where the state lives, so `apply PLANFILE` finds it again. */
		json_object_set(p->snapshot, "backend", cx.backend_settings);
		struct strbuf err = STRBUF_INIT;
		if (plan_write_file_sealed(p, out, &cx.backend->keys, &err)) {
			ui_error("%s", err.buf);
			strbuf_release(&err);
			goto done;
		}
		strbuf_release(&err);
	}
	if (o.json) {
		json_t *j = render_plan_json(p);
		if (terraform_names)
			plan_json_terraform_names(j);
		ui_print_json(stdout, j);
		json_decref(j);
	} else {
		if (p->refresh_only)
			render_drift(p, cx.run.state, stdout);
		else
			render_plan(p, stdout);
		if (out)
			ui_printf(stdout, "\nSaved the plan to: %s\n\nTo perform exactly these actions, run:\n"
				  "    terrace apply %s\n", out, out);
	}
	bool changes = p->refresh_only ? plan_has_drift(p) : plan_has_changes(p);
	code = detailed_exitcode && changes ? 2 : 0;
done:
	if (ui_diags(&d))
		code = 1;
	plan_free(p);
	diags_free(&d);
	ctx_release(&cx);
	cli_setup_release(&o);
	cli_list_release(&replace);
	return code;
}
