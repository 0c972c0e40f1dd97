/*
 * plan.c: `terrace plan`: refresh, diff and show what apply would do (as
 * text, or with -json as Terraform's machine-readable UI stream);
 * optionally save the plan for `terrace apply FILE`.
 */
#include "cmd/all.h"
#include "cmd/build.h"
#include "cmd/cli.h"
#include "cmd/json_ui.h"
#include "cmd/plan_json.h"
#include "cmd/policy.h"
#include "plan/stack_read.h"
#include "plan/state.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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

/* -generate-config-out=FILE: write what plan_generate_config finds to a new
 * FILE (never over an existing one). The exit code. */
static int generate_config(struct cli_context *cx, const char *path, struct diags *d)
{
	struct strbuf yaml = STRBUF_INIT;
	size_t n = 0;
	int code = 1;
	if (plan_generate_config(&cx->run, &yaml, &n, d))
		goto out;
	if (!n) {
		ui_printf(stdout, "No import: block names a resource the stack lacks: nothing "
			  "written to %s.\n", path);
		code = 0;
		goto out;
	}
	FILE *f = fopen(path, "wx");
	bool ok = f && fwrite(yaml.buf, 1, yaml.len, f) == yaml.len;
	if (f && fclose(f))
		ok = false;
	if (!ok) {
		ui_error("-generate-config-out: cannot write %s: %s", path, strerror(errno));
		goto out;
	}
	ui_printf(stdout, "Wrote the configuration of %zu imported resource%s to %s.\n"
		  "Review it, then run terrace plan: it imports them.\n", n, n == 1 ? "" : "s",
		  path);
	code = 0;
out:
	strbuf_release(&yaml);
	return code;
}

int cmd_plan(int argc, char **argv)
{
	struct cli_setup o;
	const char *out = NULL;
	bool destroy = false, refresh_only = false, detailed_exitcode = false;
	bool terraform_names = false, policy = false, check_permissions = false;
	bool allow_unchecked = false;
	struct aws_permissions ps = AWS_PERMISSIONS_INIT;
	const char *generate_out = NULL;
	struct cli_list replace = { 0 };
	const struct cli_option options[] = {
		OPT_SETUP(SETUP_STACK | SETUP_STATE | SETUP_VARS | SETUP_TARGET | SETUP_PARALLELISM |
			  SETUP_LOCK | SETUP_BACKEND_CONFIG | SETUP_REFRESH | SETUP_INPUT |
			  SETUP_JSON | SETUP_NO_COLOR | SETUP_ENV | SETUP_ALL),
		OPT_STRING("out", "FILE", "write the plan to FILE, for `terrace apply FILE`", &out),
		OPT_BOOL("refresh-only", "only record changes made outside terrace into the state",
			 &refresh_only),
		OPT_BOOL("detailed-exitcode", "exit 0 with no changes, 1 on error, 2 with changes "
			 "(to outputs too)",
			 &detailed_exitcode),
		OPT_BOOL("destroy", "plan to destroy every resource", &destroy),
		OPT_STRING("functions", "EDITION", "plan with that edition of the function results "
			   "(terraform-2, the newest, or terraform), which a deployment made by an "
			   "earlier release does not get yet", &o.functions),
		OPT_LIST("replace", "ADDRESS", "replace this resource even if nothing changed (repeatable)",
			 &replace),
		OPT_BOOL("terraform-names", "with -json: resources in the Terraform AWS provider's "
			 "type names (aws_s3_bucket.lake)", &terraform_names),
		OPT_BOOL("policy", "print the IAM policy this plan's changes need (with -json: a "
			 "\"policy\" message)", &policy),
		OPT_BOOL("check-permissions", "check those actions with iam:SimulatePrincipalPolicy "
			 "as the caller; each denial is an error, and so is a check that cannot be "
			 "made in CI or without a terminal (then -out writes no plan file)",
			 &check_permissions),
		OPT_BOOL("allow-unchecked", "with -check-permissions: a check that cannot be made "
			 "(the caller may not simulate) is one line saying so, not an error",
			 &allow_unchecked),
		OPT_STRING("generate-config-out", "FILE", "write the stack YAML of the objects "
			   "import: blocks name that the stack lacks to FILE (a new file)",
			   &generate_out),
		OPT_END(),
	};
	enum cli_parsed parsed = cli_parse(&plan_cmd, options, argc, argv, &o);
	if (parsed != CLI_RUN)
		return CLI_EXIT_CODE(parsed);
	struct cli_context cx = { 0 };
	struct diags d = DIAGS_INIT;
	struct plan *p = NULL;
	int code = 1;
	if (allow_unchecked && !check_permissions) {
		ui_error("-allow-unchecked is an option of -check-permissions: add it");
		goto done;
	}
	if (terraform_names && !o.json) {
		ui_error("-terraform-names is an option of -json output: add -json");
		goto done;
	}
	if (generate_out && access(generate_out, F_OK) == 0) {
		ui_error("-generate-config-out: %s exists; terrace writes a new file only, so "
			 "nothing of yours is overwritten", generate_out);
		goto done;
	}
	if (o.json)
		json_ui_start(terraform_names);
	if (ctx_open(&cx, &o, "plan", &d) || refresh_only_conflicts(refresh_only, o.refresh, destroy))
		goto done;
	if (generate_out) {
		code = generate_config(&cx, generate_out, &d);
		goto done;
	}
	json_ui_set_run(&cx.run);
	struct plan_options po = { destroy, o.refresh, o.targets.items, refresh_only,
				   cli_list_terminated(&replace) };
	bool check_skipped = false;
	/* Unattended (CI, no terminal), an unchecked plan is not a checked
	 * one: an error unless asked for. */
	bool strict = !allow_unchecked && (ui_in_ci() || !isatty(STDIN_FILENO));
	if (check_permissions && o.refresh && policy_check_refresh(&cx.run, strict, &check_skipped))
		goto done;
	/* Builds first, -parallelism at a time (a targeted or destroy plan
	 * builds what it evaluates, as it meets it). */
	if (!destroy && !refresh_only && !o.targets.n &&
	    build_before_plan(cx.snapshot, cx.run.parallelism, !o.json, &d))
		goto done;
	if (plan_make(&cx.run, &po, &p, &d))
		goto done;
	/* Under plan -all (cmd/all.c): the outputs it will have, for the
	 * stacks that read it. */
	const char *planned_to = getenv(STACK_PLANNED_OUTPUTS_ENV);
	if (planned_to && *planned_to && !p->destroy) {
		struct strbuf err = STRBUF_INIT;
		if (stack_planned_outputs_write(p, cx.run.state, planned_to, &err))
			ui_warn("%s", err.buf);
		strbuf_release(&err);
	}
	/* The IAM policy the changes need: printed below, and kept in a saved
	 * plan so that `show -json PLANFILE` gives it with the plan. */
	if (policy || check_permissions) {
		struct strbuf err = STRBUF_INIT;
		int bad = policy_of_plan(&cx.run, p, false, &ps, &err);
		if (bad)
			ui_error("%s", err.buf);
		strbuf_release(&err);
		if (bad)
			goto done;
		if (policy && out)
			json_object_set_new(p->snapshot, "policy", aws_permissions_policy(&ps));
	}
	/* Checked before the plan is saved: a plan the caller may not apply is
	 * no plan file and no "run: terrace apply" (its errors say why). */
	bool denied = check_permissions && !check_skipped && policy_check(&cx.run, p, strict);
	if (out && !denied) {
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
		json_ui_plan(p, cx.run.state);
	} else {
		if (p->refresh_only)
			render_drift(p, cx.run.state, stdout);
		else
			render_plan(p, cx.run.state, stdout);
		if (out && !denied)
			ui_printf(stdout, "\nSaved the plan to: %s\n\nTo perform exactly these actions, run:\n"
				  "    terrace apply %s\n", out, out);
	}
	/* What apply or destroy will refuse of this plan (unless -force), said
	 * now: outputs it removes, or a destroy of outputs, that other stacks'
	 * states use (cmd/all.c, the judgement they make). Not under plan -all
	 * -destroy: destroy -all destroys the readers first. */
	if (!(p->destroy && getenv("TERRACE_STACKS_PLANNED"))) {
		char *refusal = NULL;
		if (all_readers_refusal(o.stack_path ? o.stack_path : ".", p->snapshot,
					cx.run.state, p->destroy, &refusal))
			goto done;
		if (refusal)
			ui_warn("terrace %s will refuse this plan: %s", p->destroy ? "destroy" : "apply",
				refusal);
		free(refusal);
	}
	if (policy)
		policy_print(&ps);
	if (denied)
		goto done;
	/* Outputs that change are changes, as in Terraform: CI that applies on
	 * exit 2 records them. */
	bool changes = p->refresh_only ? plan_has_drift(p) : plan_has_changes(p);
	if (!changes && !p->refresh_only && detailed_exitcode) {
		json_t *out_changes = plan_json_output_changes(p, cx.run.state);
		changes = plan_json_outputs_changed(out_changes);
		json_decref(out_changes);
	}
	code = detailed_exitcode && changes ? 2 : 0;
done:
	if (ui_diags(&d))
		code = 1;
	aws_permissions_release(&ps);
	plan_free(p);
	diags_free(&d);
	ctx_release(&cx);
	cli_setup_release(&o);
	cli_list_release(&replace);
	return code;
}
