/*
 * apply.c: `terrace apply` and `terrace destroy`: plan (or read a saved
 * plan), confirm, carry it out, summarise.
 */
#include "cmd/build.h"
#include "cmd/cli.h"
#include "cmd/all.h"
#include "cmd/json_ui.h"
#include "plan/state.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

static const struct cli_command apply_cmd = {
	"apply", "terrace apply [options] [PLANFILE]",
	"Create, update and delete resources so they match the stack. With PLANFILE, carry out\n"
	"exactly that saved plan (refused if the state changed since it was made).\n"
	"With -refresh-only, only record in the state what changed outside terrace;\n"
	"with -destroy, destroy everything instead (as terrace destroy).",
	1,
};
static const struct cli_command destroy_cmd = {
	"destroy", "terrace destroy [options]",
	"Destroy every resource the stack's state holds, dependents first.",
	0,
};

#define APPLY_SETUP (SETUP_STACK | SETUP_STATE | SETUP_VARS | SETUP_TARGET | SETUP_PARALLELISM | \
		     SETUP_LOCK | SETUP_BACKEND_CONFIG | SETUP_REFRESH | SETUP_INPUT | SETUP_JSON | \
		     SETUP_NO_COLOR | SETUP_ENV | SETUP_ALL)

/* Where no one can approve: what does instead of -auto-approve. */
#define APPROVE_OTHERWISE "apply a saved plan file"

#define ALLOW_DIRTY_HELP "in a production environment, run from stack files with " \
	"uncommitted changes"
#define ALLOW_OTHER_BRANCH_HELP "in a production environment, run from a branch or tag other " \
	"than its git_branch or git_tag admits"

/* apply's and destroy's options. */
struct apply_opts {
	struct cli_setup setup;
	bool auto_approve, refresh_only, destroy;
	bool force; /* destroy, or remove outputs, even when other stacks use them */
	bool allow_dirty;         /* a production environment from uncommitted files */
	bool allow_other_branch;  /* a production environment from another branch */
	struct cli_list replace;  /* -replace ADDRESS (apply only) */
};

/* The last line of an apply or a destroy, Terraform's: "N imported, " only
 * when import: blocks adopted something (views/json/change_summary.go). */
static int summarise(bool destroy, const struct apply_result *r, int rc)
{
	if (!rc && json_ui_on()) {
		json_ui_applied(destroy, r);
		return 0;
	}
	/* Refused before any operation (a stale saved plan, say): the error
	 * says why; a line of zeros would only hide it. */
	if (rc && !r->imported && !r->added && !r->changed && !r->destroyed && !r->failed &&
	    !r->skipped)
		return 1;
	char imported[32] = "";
	if (r->imported)
		snprintf(imported, sizeof(imported), "%d imported, ", r->imported);
	if (rc) {
		ui_printf(stdout, "\n%s failed! Resources: %s%d added, %d changed, %d destroyed, %d failed, %d skipped.\n",
			  destroy ? "Destroy" : "Apply", imported, r->added, r->changed,
			  r->destroyed, r->failed, r->skipped);
		return 1;
	}
	if (destroy)
		ui_printf(stdout, "\n%sDestroy complete!%s Resources: %d destroyed.\n",
			  ui_c("\033[1;32m"), ui_c("\033[0m"), r->destroyed);
	else
		ui_printf(stdout, "\n%sApply complete!%s Resources: %s%d added, %d changed, %d destroyed.\n",
			  ui_c("\033[1;32m"), ui_c("\033[0m"), imported, r->added, r->changed,
			  r->destroyed);
	return 0;
}

static void print_outputs(const json_t *state)
{
	const json_t *outs = json_object_get(state, "outputs");
	if (json_ui_on()) {
		json_ui_outputs(state);
		return;
	}
	if (!json_object_size(outs))
		return;
	ui_printf(stdout, "\nOutputs:\n\n");
	const char *k;
	json_t *o;
	json_object_foreach((json_t *)outs, k, o) {
		struct strbuf sb = STRBUF_INIT;
		if (json_is_true(json_object_get(o, "sensitive")))
			strbuf_addstr(&sb, "(sensitive value)");
		else
			render_value(&sb, json_object_get(o, "value"), 0);
		ui_printf(stdout, "%s = %s\n", k, sb.buf);
		strbuf_release(&sb);
	}
}

/* An apply that drops outputs the state has (the stack no longer declares
 * them), or a destroy, is refused while another stack's state uses them
 * (terrace.stack; cmd/all.c, whose judgement plan shows too). -1 after
 * printing the error. */
static int check_readers(const struct cli_setup *o, const json_t *snapshot, const json_t *state,
			 bool destroy)
{
	char *refusal = NULL;
	int rc = all_readers_refusal(o->stack_path ? o->stack_path : ".", snapshot, state,
				     destroy, &refusal);
	if (!rc && refusal)
		rc = ui_error("%s", refusal);
	free(refusal);
	return rc ? -1 : 0;
}

/* First SIGINT/SIGTERM: let operations in flight finish and be saved, start
 * nothing new, release the lock. A second one ends the process at once
 * (the kernel still releases the state lock). */
static int run_apply(const struct apply_opts *a, bool destroy)
{
	const struct cli_setup *o = &a->setup;
	struct cli_context cx = { 0 };
	struct diags d = DIAGS_INIT;
	struct plan *p = NULL;
	struct apply_result res = { 0 };
	int code = 1;
	const char *planfile = o->n_positional ? o->positional[0] : NULL;
	const char *verb = destroy ? "destroy" : "apply";
	if (o->json)
		json_ui_start(false);
	/* Where no one can say yes (CI, -input=false, no terminal, -json), an
	 * apply that would ask fails at once, before it locks, refreshes or
	 * prints a plan nobody approves (docs/cli.md). */
	if (!planfile && !a->auto_approve &&
	    !ui_can_confirm(verb, "-auto-approve", APPROVE_OTHERWISE))
		goto out;

	if (planfile) {
		struct strbuf err = STRBUF_INIT;
		struct encrypt_keys keys = { 0 };
		int rc = ctx_plan_keys(o, &keys) ? -1 : plan_read_file_sealed(planfile, &keys, &p, &err);
		encrypt_keys_clear(&keys);
		if (rc && err.len)
			ui_error("%s", err.buf);
		strbuf_release(&err);
		if (rc)
			goto out;
		/* -stack names the stack's folder, where the plan's relative
		 * paths are read; else the plan file says where it is. */
		if (o->stack_path) {
			char buf[PATH_MAX];
			if (!realpath(o->stack_path, buf)) {
				ui_error("-stack %s: %s", o->stack_path, strerror(errno));
				goto out;
			}
			json_object_set_new(p->snapshot, "dir", json_string(buf));
		}
		cx.snapshot = json_incref(p->snapshot);
		ctx_register_secrets(cx.snapshot);
		if (env_check_production(o, json_object_get(p->snapshot, "environment"),
					 p->destroy ? "destroy" : "apply", a->allow_dirty,
					 a->allow_other_branch))
			goto out;
		/* The state the plan was made from: the backend it recorded
		 * (cx.stack is NULL, so ctx_open_state reads the snapshot's). */
		if (ctx_open_state(&cx, o, verb, o->stack_path ? o->stack_path : ".") ||
		    ctx_start_run(&cx, o, &d))
			goto out;
		destroy = p->destroy;
		if (!a->force && check_readers(o, p->snapshot, cx.run.state, destroy))
			goto out;
		/* Builds the cache lost since the plan run again now: a failing one
		 * fails the apply before anything is touched. */
		if (!destroy && !p->refresh_only &&
		    build_before_apply(p, cx.run.parallelism, !o->json, &d))
			goto out;
	} else {
		if (refresh_only_conflicts(a->refresh_only, o->refresh, destroy) ||
		    ctx_open(&cx, o, verb, &d) ||
		    env_check_production(o, json_object_get(cx.snapshot, "environment"), verb,
					 a->allow_dirty, a->allow_other_branch))
			goto out;
		/* Other stacks that read this one's outputs (terrace.stack). */
		if (!a->force && check_readers(o, cx.snapshot, cx.run.state, destroy))
			goto out;
		struct plan_options po = { destroy, o->refresh, o->targets.items, a->refresh_only,
					   cli_list_terminated((struct cli_list *)&a->replace) };
		json_ui_set_run(&cx.run);
		if (!destroy && !a->refresh_only && !o->targets.n &&
		    build_before_plan(cx.snapshot, cx.run.parallelism, !o->json, &d))
			goto out;
		if (plan_make(&cx.run, &po, &p, &d))
			goto out;
		if (json_ui_on())
			json_ui_plan(p, cx.run.state);
		else if (p->refresh_only)
			render_drift(p, cx.run.state, stdout);
		else
			render_plan(p, cx.run.state, stdout);
		if (p->refresh_only ? !plan_has_drift(p) : !plan_has_changes(p)) {
			code = summarise(destroy, &res, 0);
			/* Still recorded: outputs that changed (a new output, a changed
			 * expression) and what refresh found deleted outside terrace, so
			 * a destroy of resources already gone leaves an empty state. */
			if (plan_apply(&cx.run, p, &res, &d) == 0) {
				if (!destroy)
					print_outputs(cx.run.state);
			} else {
				code = 1;
			}
			goto out;
		}
		if (!a->auto_approve) {
			const char *q = destroy ? "Do you really want to destroy all resources?"
					: p->refresh_only ? "Would you like to update the terrace state to reflect "
							    "these detected changes?"
					: "Do you want to perform these actions?";
			if (!ui_confirm(q, verb, "-auto-approve", APPROVE_OTHERWISE))
				goto out;
		}
		ui_printf(stdout, "\n");
	}
	ctx_stop_on_interrupt("\nInterrupt received: the operations in progress finish (each call "
			      "within its deadline) and are saved; nothing new starts.\nInterrupt "
			      "again to cut them, a third time to quit at once.\n");
	int rc = plan_apply(&cx.run, p, &res, &d);
	code = summarise(destroy, &res, rc);
	if (!destroy && !rc)
		print_outputs(cx.run.state);
out:
	if (ui_diags(&d))
		code = 1;
	plan_free(p);
	diags_free(&d);
	ctx_release(&cx);
	return code;
}

static int parse_and_run(const struct cli_command *cmd, int argc, char **argv, bool destroy)
{
	struct apply_opts a = { .auto_approve = false };
	const struct cli_option apply_options[] = {
		OPT_SETUP(APPLY_SETUP),
		OPT_BOOL("refresh-only", "only record changes made outside terrace into the state",
			 &a.refresh_only),
		OPT_BOOL("destroy", "destroy every resource instead, as terrace destroy", &a.destroy),
		OPT_STRING("functions", "EDITION", "move a deployment to that edition of the function "
			   "results (terraform-2, the newest, or terraform; recorded in its state)",
			   &a.setup.functions),
		OPT_BOOL("force", "apply even when it removes outputs other stacks' states use",
			 &a.force),
		OPT_BOOL("auto-approve", "do not ask for confirmation", &a.auto_approve),
		OPT_BOOL("allow-dirty", ALLOW_DIRTY_HELP, &a.allow_dirty),
		OPT_BOOL("allow-other-branch", ALLOW_OTHER_BRANCH_HELP, &a.allow_other_branch),
		OPT_LIST("replace", "ADDRESS", "replace this resource even if nothing changed (repeatable)",
			 &a.replace),
		OPT_END(),
	};
	/* destroy takes the same options but -refresh-only. */
	const struct cli_option destroy_options[] = {
		OPT_SETUP(APPLY_SETUP),
		OPT_BOOL("auto-approve", "do not ask for confirmation", &a.auto_approve),
		OPT_BOOL("allow-dirty", ALLOW_DIRTY_HELP, &a.allow_dirty),
		OPT_BOOL("allow-other-branch", ALLOW_OTHER_BRANCH_HELP, &a.allow_other_branch),
		OPT_BOOL("force", "destroy even when other stacks' states use its outputs",
			 &a.force),
		OPT_END(),
	};
	enum cli_parsed parsed = cli_parse(cmd, destroy ? destroy_options : apply_options, argc,
					   argv, &a.setup);
	if (parsed != CLI_RUN)
		return CLI_EXIT_CODE(parsed);
	int code = 1;
	if (a.destroy && a.setup.n_positional)
		ui_error("apply: -destroy cannot be used with a saved plan: make the plan with "
			 "terrace plan -destroy -out=FILE");
	else
		code = run_apply(&a, destroy || a.destroy);
	cli_setup_release(&a.setup);
	cli_list_release(&a.replace);
	return code;
}

int cmd_apply(int argc, char **argv)
{
	return parse_and_run(&apply_cmd, argc, argv, false);
}

int cmd_destroy(int argc, char **argv)
{
	return parse_and_run(&destroy_cmd, argc, argv, true);
}
