/*
 * workspace.c: `terrace workspace list|show|new|select|delete`: separate
 * states of one stack. Where each one lives is cmd/workspace_store.c's;
 * "default" always exists and cannot be deleted.
 */
#include "cmd/cli.h"
#include "plan/state.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const struct cli_command workspace_cmd = {
	"workspace", "terrace workspace list|show|new NAME|select [-or-create] NAME|delete NAME "
	"[options]",
	"Manage workspaces: separate states of one stack (dev, staging, ...).\n"
	"  list          the workspaces, the current one marked with *\n"
	"  show          the current workspace\n"
	"  new NAME      create a workspace and select it\n"
	"  select NAME   make NAME the current workspace (kept in .terrace/environment);\n"
	"                with -or-create, create it first when it does not exist\n"
	"  delete NAME   delete a workspace whose state holds no resources (-force: even then)\n"
	"TERRACE_WORKSPACE (or Terraform's TF_WORKSPACE) overrides the selected workspace.",
	2, "list show new select delete",
};

/* ---- the command ---- */

struct ws_cmd {
	const struct cli_setup *o;
	bool force;                /* delete: even a workspace with resources */
	bool or_create;            /* select: create it when it does not exist */
	const char *stack_path;
	struct stack *stack;
	char *current;
};

/* The backend of one workspace, without a lock. */
static struct backend *open_workspace(struct ws_cmd *w, const char *workspace, char **state_path)
{
	return ctx_open_backend(w->o, w->stack->backend, w->stack->name, w->stack_path, workspace,
				state_path, NULL);
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int workspace_list(struct ws_cmd *w)
{
	char *path = NULL;
	struct backend *b = open_workspace(w, "default", &path);
	if (!b)
		return 1;
	json_t *names = json_array();
	int rc = ws_list(b, path, names);
	b->ops->free(b);
	free(path);
	if (rc) {
		json_decref(names);
		return 1;
	}
	size_t n = json_array_size(names);
	const char **sorted = xcalloc(n + 1, sizeof(*sorted));
	sorted[0] = "default";
	for (size_t i = 0; i < n; i++)
		sorted[i + 1] = json_string_value(json_array_get(names, i));
	qsort(sorted + 1, n, sizeof(*sorted), cmp_names);
	for (size_t i = 0; i <= n; i++)
		ui_printf(stdout, "%s %s\n", strcmp(sorted[i], w->current) ? " " : "*", sorted[i]);
	free(sorted);
	json_decref(names);
	return 0;
}

/* Write .terrace/environment: temp file and rename. */
static int write_environment(struct ws_cmd *w, const char *workspace)
{
	char *path = ws_environment_path(w->stack_path);
	char *dir = ws_folder_of(path);
	char *tmp = xasprintf("%s.tmp.%ld", path, (long)getpid());
	int rc = 0;
	FILE *f = NULL;
	if (mkdir(dir, 0755) < 0 && errno != EEXIST)
		rc = ui_error("%s: cannot create: %s", dir, strerror(errno));
	else if (!(f = fopen(tmp, "we")))
		rc = ui_error("%s: cannot create: %s", tmp, strerror(errno));
	else if (fprintf(f, "%s\n", workspace) < 0 || fclose(f) == EOF || rename(tmp, path) < 0)
		rc = ui_error("%s: cannot write: %s", path, strerror(errno));
	if (rc)
		unlink(tmp);
	free(tmp);
	free(dir);
	free(path);
	return rc ? -1 : 0;
}

/* Terraform's way: while the environment selects the workspace, select
 * is refused (whatever NAME), and nothing is created first. */
static int check_not_overridden(void)
{
	const char *variable;
	const char *env = ws_override(&variable);
	if (env)
		return ui_error("%s=%s overrides the selected workspace; unset it to select one",
				variable, env);
	return 0;
}

static int select_workspace(struct ws_cmd *w, const char *workspace)
{
	if (check_not_overridden() || write_environment(w, workspace))
		return 1;
	ui_printf(stdout, "Switched to workspace \"%s\".\n", workspace);
	return 0;
}

/* -or-create: Terraform 1.4's `workspace select -or-create`, a CI job's
 * "this workspace, made the first time". */
static int workspace_select(struct ws_cmd *w, const char *workspace)
{
	if (check_not_overridden())
		return 1;
	char *path = NULL;
	struct backend *b = open_workspace(w, workspace, &path);
	bool found = false;
	int rc = !b ? -1 : !w->or_create ? ws_check_exists(b, path, workspace)
					 : ws_exists(b, path, workspace, &found);
	bool created = !rc && w->or_create && !found;
	if (created)
		rc = ws_create(b, path);
	if (b)
		b->ops->free(b);
	free(path);
	if (rc)
		return 1;
	if (created)
		ui_printf(stdout, "Created workspace \"%s\".\n", workspace);
	return select_workspace(w, workspace);
}

static int workspace_new(struct ws_cmd *w, const char *workspace)
{
	if (ws_is_default(workspace))
		return ui_error("workspace \"default\" always exists");
	char *path = NULL;
	struct backend *b = open_workspace(w, workspace, &path);
	bool found = false;
	int rc = b ? ws_exists(b, path, workspace, &found) : -1;
	if (!rc && found)
		rc = ui_error("workspace \"%s\" already exists", workspace);
	if (!rc)
		rc = ws_create(b, path);
	if (b)
		b->ops->free(b);
	free(path);
	if (rc)
		return 1;
	ui_printf(stdout, "Created workspace \"%s\".\n", workspace);
	const char *variable;
	if (ws_override(&variable))
		return 0; /* the environment selects; nothing to switch */
	return select_workspace(w, workspace);
}

/* Remove a local workspace: its state, backup, journal and lock files, its
 * folder. */
static int remove_local(struct backend *b, const char *state_path)
{
	char *backup = xasprintf("%s.backup", state_path);
	char *journal = xasprintf("%s.journal", state_path);
	char *lock = xasprintf("%s.lock", state_path);
	char *dir = ws_folder_of(state_path);
	int rc = 0;
	if ((unlink(state_path) < 0 && errno != ENOENT) || (unlink(backup) < 0 && errno != ENOENT) ||
	    (unlink(journal) < 0 && errno != ENOENT))
		rc = ui_error("%s: cannot delete: %s", state_path, strerror(errno));
	b->ops->free(b); /* releases the lock before its file goes */
	if (!rc && ((unlink(lock) < 0 && errno != ENOENT) || rmdir(dir) < 0))
		rc = ui_error("%s: cannot delete: %s", dir, strerror(errno));
	free(backup);
	free(journal);
	free(lock);
	free(dir);
	return rc ? -1 : 0;
}

static int remove_remote(struct backend *b)
{
	struct strbuf err = STRBUF_INIT;
	int rc = backend_s3_delete_state(b, &err);
	if (rc)
		ui_error("workspace delete: %s", err.buf);
	strbuf_release(&err);
	b->ops->free(b); /* releases the lock */
	return rc;
}

/* Refuse a state that still holds resources, unless -force. */
static int check_empty(struct backend *b, const char *workspace, bool force)
{
	json_t *st = NULL;
	struct strbuf err = STRBUF_INIT;
	int rc = 0;
	if (b->ops->load(b, &st, &err))
		rc = ui_error("%s", err.buf);
	size_t n = json_object_size(json_object_get(st, "resources"));
	if (!rc && n && !force)
		rc = ui_error("workspace \"%s\" still manages %zu resource%s; destroy %s first "
			      "(`terrace destroy` in that workspace) or delete it with -force, "
			      "which leaves them unmanaged", workspace, n, n == 1 ? "" : "s",
			      n == 1 ? "it" : "them");
	json_decref(st);
	strbuf_release(&err);
	return rc ? -1 : 0;
}

static int workspace_delete(struct ws_cmd *w, const char *workspace)
{
	if (ws_is_default(workspace))
		return ui_error("workspace \"default\" cannot be deleted");
	if (!strcmp(workspace, w->current))
		return ui_error("workspace \"%s\" is the current one; select another first "
				"(`terrace workspace select default`)", workspace);
	double timeout = 0;
	if (ctx_parse_duration(w->o->lock_timeout, &timeout))
		return ui_error("-lock-timeout: \"%s\" is not a duration", w->o->lock_timeout);
	char *path = NULL;
	struct backend *b = open_workspace(w, workspace, &path);
	if (!b || ws_check_exists(b, path, workspace)) {
		if (b)
			b->ops->free(b);
		free(path);
		return 1;
	}
	struct strbuf err = STRBUF_INIT;
	int rc = 0;
	if (w->o->lock && b->ops->lock(b, "workspace delete", timeout, &err))
		rc = ui_error("%s", err.buf);
	strbuf_release(&err);
	if (!rc)
		rc = check_empty(b, workspace, w->force);
	if (rc)
		b->ops->free(b);
	else
		rc = strcmp(b->ops->name, "s3") ? remove_local(b, path) : remove_remote(b);
	free(path);
	if (rc)
		return 1;
	ui_printf(stdout, "Deleted workspace \"%s\".\n", workspace);
	return 0;
}

static int run_subcommand(struct ws_cmd *w, const char *sub, const char *name)
{
	bool wants_name = !strcmp(sub, "new") || !strcmp(sub, "select") || !strcmp(sub, "delete");
	bool plain = !strcmp(sub, "list") || !strcmp(sub, "show");
	if (!wants_name && !plain)
		return ui_error("workspace: unknown subcommand \"%s\" (list, show, new, select, "
				"delete)", sub);
	if (wants_name && !name)
		return ui_error("workspace %s: a workspace NAME is required", sub);
	if (plain && name)
		return ui_error("workspace %s takes no NAME", sub);
	if (name && !ws_name_valid(name))
		return ws_invalid_name(name, "");
	if (w->or_create && strcmp(sub, "select"))
		return ui_error("workspace %s: -or-create is select's (`terrace workspace select "
				"-or-create NAME`)", sub);
	if (!strcmp(sub, "show")) {
		ui_printf(stdout, "%s\n", w->current);
		return 0;
	}
	/* The name and the backend find the states, as for state and output:
	 * what the resources hold is not read. */
	struct diags d = DIAGS_INIT;
	int rc = stack_load_settings(w->stack_path, &w->stack, &d);
	ui_diags(&d);
	diags_free(&d);
	if (rc || init_check_backend(w->o, w->stack->backend, w->stack->name, w->stack_path))
		return 1;
	if (!strcmp(sub, "list"))
		return workspace_list(w);
	if (!strcmp(sub, "new"))
		return workspace_new(w, name);
	if (!strcmp(sub, "select"))
		return workspace_select(w, name);
	return workspace_delete(w, name);
}

int cmd_workspace(int argc, char **argv)
{
	struct cli_setup o;
	bool force = false, or_create = false;
	const struct cli_option options[] = {
		OPT_SETUP(SETUP_STACK | SETUP_BACKEND_CONFIG | SETUP_LOCK | SETUP_NO_COLOR),
		OPT_BOOL("force", "delete: delete a workspace that still has resources", &force),
		OPT_BOOL("or-create", "select: create the workspace when it does not exist",
			 &or_create),
		OPT_END(),
	};
	enum cli_parsed parsed = cli_parse(&workspace_cmd, options, argc, argv, &o);
	if (parsed != CLI_RUN)
		return CLI_EXIT_CODE(parsed);
	if (o.n_positional == 0) {
		cli_print_help(&workspace_cmd, options, stderr);
		cli_setup_release(&o);
		return 1;
	}
	struct ws_cmd w = { &o, force, or_create, o.stack_path ? o.stack_path : ".", NULL, NULL };
	int code = 1;
	w.current = ws_current(w.stack_path);
	if (w.current)
		code = run_subcommand(&w, o.positional[0], o.n_positional > 1 ? o.positional[1]
									      : NULL);
	free(w.current);
	if (w.stack)
		stack_free(w.stack);
	cli_setup_release(&o);
	return code;
}
