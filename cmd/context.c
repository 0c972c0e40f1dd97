/*
 * context.c: what plan, apply, destroy and friends load before they act:
 * the stack and its variables (as a configuration snapshot), the state
 * backend and its lock, the state, and the configured providers.
 * The backend comes from the merged settings (cmd/backend_settings.c);
 * local (a file beside the stack) when none names a type. Above the
 * workspaces (cmd/workspace_store.c) and init's record
 * (cmd/backend_record.c); below the commands.
 */
#include "cmd/cli.h"
#include "cmd/json_ui.h"
#include "cmd/progress.h"
#include "plan/eval.h"
#include "plan/state.h"
#include "provider/base/log.h"

#include <ctype.h>
#include <libgen.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* path (relative to the working folder) made absolute, whether the file
 * is there yet or not: a new string. */
static char *absolute_path(const char *path)
{
	char buf[PATH_MAX];
	if (realpath(path, buf))
		return xstrdup(buf);
	const char *slash = strrchr(path, '/');
	char *dir = slash ? xstrndup(path, slash == path ? 1 : (size_t)(slash - path))
			  : xstrdup(".");
	char *out = realpath(dir, buf) ? xasprintf("%s/%s", buf, slash ? slash + 1 : path)
				       : xstrdup(path);
	free(dir);
	return out;
}

/* Every sensitive value written into a configuration block, nested blocks
 * (a tunnel's private key) included. */
static void register_sensitive(const struct attr_schema *schema, const json_t *config)
{
	const char *k;
	json_t *v;
	json_object_foreach((json_t *)config, k, v) {
		const struct attr_schema *a = schema_find(schema, k);
		if (!a)
			continue;
		if (a->flags & ATTR_SENSITIVE)
			redact_add_value(v);
		else if (a->type == ATTR_OBJECT && a->nested)
			register_sensitive(a->nested, v);
	}
}

void ctx_register_secrets(const json_t *snapshot)
{
	const json_t *vars = json_object_get(snapshot, "variables");
	size_t i;
	json_t *name;
	json_array_foreach(json_object_get(snapshot, "sensitive_variables"), i, name)
		redact_add_value(json_object_get(vars, json_string_value(name)));
	/* Secrets written straight into provider configurations. */
	const char *pname;
	json_t *p;
	json_object_foreach(json_object_get(snapshot, "providers"), pname, p) {
		const char *type = json_string_value(json_object_get(p, "type"));
		const struct provider_type *pt = type ? provider_type_find(type) : NULL;
		if (pt)
			register_sensitive(pt->config_attrs, json_object_get(p, "config"));
	}
}

/* cx's snapshot, of the stack and variables ctx_load_stack_vars read, with
 * edition's function results (any it had goes first: 10,000 resources,
 * 20 MB). */
static int make_snapshot(struct cli_context *cx, enum func_edition edition, struct diags *d)
{
	json_decref(cx->snapshot);
	cx->snapshot = NULL;
	/* The stack's folder, where its relative paths are read (plan/run.c's
	 * plan_enter_dir): for_each over fileset() already reads them. */
	char buf[PATH_MAX];
	json_t *where = json_pack("{s:s}", "dir", realpath(cx->stack->dir, buf) ? buf
									: cx->stack->dir);
	struct strbuf err = STRBUF_INIT;
	int saved;
	if (plan_enter_dir(where, &saved, &err) == 0) {
		cx->snapshot = snapshot_from_stack(cx->stack, cx->vars, cx->workspace, edition,
						   &cx->any_edition, d);
		plan_leave_dir(saved);
	} else {
		diag_subject_errorf(d, NULL, "%s", err.buf);
	}
	strbuf_release(&err);
	if (!cx->snapshot) {
		json_decref(where);
		return -1;
	}
	json_object_set(cx->snapshot, "dir", json_object_get(where, "dir"));
	json_decref(where);
	if (cx->environment)
		json_object_set_new(cx->snapshot, "environment", json_deep_copy(env_selected()));
	ctx_register_secrets(cx->snapshot);
	return 0;
}

static struct var_inputs var_inputs_of(const struct cli_setup *o)
{
	struct var_inputs in = { o->var_files.items, o->var_files.n, o->vars.items, o->vars.n,
				 o->vars_optional };
	return in;
}

int ctx_load_stack_in(struct cli_context *cx, const struct cli_setup *o, const char *ws,
		      struct diags *d)
{
	/* The newest function results until a state says otherwise
	 * (ctx_match_state). */
	return ctx_load_stack_vars(cx, o, ws, d) || make_snapshot(cx, FUNC_NEWEST, d) ? -1 : 0;
}

/*
 * The variables `terrace lab` remembered in workspace ws's state ("lab":
 * {"variables"}: cmd/lab.c), as "name=value" texts appended to args: a
 * command in an attendee's workspace needs no -var attendee=ID. Only for a
 * stack with a lab: block, outside an environment, in a workspace other
 * than default (ws NULL: the selected one); a state that cannot be read
 * gives none (the command reads it again, and says why).
 */
static void lab_remembered_vars(const struct stack *s, const struct cli_setup *o, const char *ws,
				const char *path, struct cli_list *args)
{
	if (!s->lab || env_requested(o))
		return;
	char *selected = ws ? xstrdup(ws) : ws_current(path);
	if (!selected || ws_is_default(selected)) {
		free(selected);
		return;
	}
	char *state_path = NULL;
	struct backend *b = ctx_open_backend(o, s->backend, s->name, path, selected, &state_path,
					     NULL);
	json_t *st = NULL;
	struct strbuf err = STRBUF_INIT;
	if (b && b->ops->load(b, &st, &err) == 0) {
		const char *k;
		json_t *v;
		json_object_foreach(json_object_get(json_object_get(st, "lab"), "variables"), k, v) {
			if (!json_is_string(v) || !stack_find_variable(s, k))
				continue;
			args->items = xrealloc(args->items, (args->n + 1) * sizeof(*args->items));
			args->items[args->n++] = xasprintf("%s=%s", k, json_string_value(v));
		}
	}
	json_decref(st);
	strbuf_release(&err);
	if (b)
		b->ops->free(b);
	free(state_path);
	free(selected);
}

int ctx_load_stack_vars(struct cli_context *cx, const struct cli_setup *o, const char *ws,
			struct diags *d)
{
	const char *path = o->stack_path ? o->stack_path : ".";
	const char **var_files = cli_var_files(o);
	int loaded = stack_load_except(path, var_files, &cx->stack, d);
	free(var_files);
	if (loaded || env_apply(cx->stack, o, d))
		return -1;
	/* With the newest results: the workspace may depend on them, and
	 * the state is not read yet (ctx_match_state). What lab remembered
	 * comes before the command line's -var, which win. */
	struct var_inputs in = var_inputs_of(o);
	struct cli_list args = { 0 };
	lab_remembered_vars(cx->stack, o, ws, path, &args);
	if (args.n) {
		for (size_t i = 0; i < o->vars.n; i++) {
			args.items = xrealloc(args.items, (args.n + 1) * sizeof(*args.items));
			args.items[args.n++] = xstrdup(o->vars.items[i]);
		}
		in.var_args = args.items;
		in.n_var_args = args.n;
	}
	cx->vars_edition = FUNC_NEWEST;
	int resolved = stack_resolve_variables_as(cx->stack, &in, cx->vars_edition, &cx->vars,
						  &cx->var_sources, &cx->vars_by_edition, d);
	for (size_t i = 0; i < args.n; i++)
		free((char *)args.items[i]);
	free(args.items);
	if (resolved)
		return -1;
	if (ws)
		cx->workspace = xstrdup(ws);
	else if (env_workspace(cx->stack, o, cx->vars, &cx->workspace) == 0 && !cx->workspace)
		cx->workspace = ws_current(path);
	if (!cx->workspace)
		return -1;
	/* What the plan's names, tags and headers are made for (plan/environment.c). */
	cx->environment = !ws && env_selected();
	return 0;
}

int ctx_load_stack_deployed(struct cli_context *cx, const struct cli_setup *o,
			    struct diags *d)
{
	if (ctx_load_stack_vars(cx, o, NULL, d))
		return -1;
	/* The state as it is, before any init (force-unlock's way): an
	 * offline build or graph must not need a backend it cannot reach. */
	struct cli_setup any = *o;
	any.any_backend = true;
	char *path = NULL;
	struct backend *b = ctx_backend_for(&any, &path);
	json_t *state = NULL;
	if (b) {
		struct strbuf err = STRBUF_INIT;
		if (b->ops->load(b, &state, &err))
			ui_warn("the state could not be read (%s): the stack is evaluated with "
				"the newest function results (\"%s\")", err.buf,
				func_edition_name(FUNC_NEWEST));
		strbuf_release(&err);
		b->ops->free(b);
	}
	free(path);
	if (!state)
		state = json_object();
	int rc = ctx_match_state(cx, o, state, d);
	json_decref(state);
	return rc;
}

struct backend *ctx_open_backend(const struct cli_setup *o, const json_t *block,
				 const char *stack_name, const char *stack_dir,
				 const char *workspace, char **state_path, json_t **recorded)
{
	*state_path = NULL;
	json_t *settings = ctx_backend_settings(block, o);
	if (!settings)
		return NULL;
	struct backend *b = ctx_backend_from_settings(settings, o->state_path, stack_name,
						      stack_dir, workspace, state_path);
	if (b && recorded) {
		/* What a saved plan keeps to find this state again: the
		 * settings without credentials, a local path made absolute. */
		json_object_del(settings, "access_key");
		json_object_del(settings, "secret_key");
		ctx_key_file_absolute(settings);
		if (*state_path) {
			/* Absolute before the first apply made the file too:
			 * `apply PLANFILE` may run from another folder. */
			char *abs = absolute_path(*state_path);
			json_object_set_new(settings, "type", json_string("local"));
			json_object_set_new(settings, "path", json_string(abs));
			free(abs);
		} else {
			/* The workspace's key, so the plan finds it again. */
			char *key = backend_s3_default_key(
				json_string_value(json_object_get(settings, "key")),
				stack_name && *stack_name ? stack_name : "default", workspace);
			json_object_set_new(settings, "key", json_string(key));
			free(key);
		}
		*recorded = json_incref(settings);
	}
	json_decref(settings);
	return b;
}

/* A remote lock outlives a process that dies of a signal: while it is held,
 * the first SIGINT/SIGTERM asks the run to stop (calls in flight finish
 * within their deadline, nothing new starts) so the exit path releases it;
 * a second one cuts the calls in flight (the state is still written and
 * the lock released); a third ends the process at once (then `terrace
 * force-unlock`). apply installs it again for its own phase, with its own
 * message. */
static const char *interrupt_message;

static void stop_on_signal(int sig)
{
	static const char cut_message[] =
		"\nSecond interrupt: cutting the operations in progress (what they were making "
		"stays pending for the next run), then stopping.\nInterrupt again to quit at once.\n";
	if (plan_cut_requested()) {
		signal(sig, SIG_DFL);
		raise(sig);
		return;
	}
	bool first = !plan_stop_requested();
	plan_request_stop();
	const char *m = first ? interrupt_message : cut_message;
	if (write(STDERR_FILENO, m, strlen(m)) < 0)
		return;
}

void ctx_stop_on_interrupt(const char *message)
{
	struct sigaction sa;
	interrupt_message = message;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = stop_on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
}

int ctx_open_state(struct cli_context *cx, const struct cli_setup *o, const char *operation,
		   const char *stack_dir)
{
	double timeout = 0;
	if (ctx_parse_duration(o->lock_timeout, &timeout))
		return ui_error("-lock-timeout: \"%s\" is not a duration (examples: 0s, 30s, 2m)",
				o->lock_timeout), -1;
	const char *name = cx->stack ? cx->stack->name
				     : json_string_value(json_object_get(cx->snapshot, "stack"));
	const json_t *block = cx->stack ? cx->stack->backend
			      : json_object_get(cx->snapshot, "backend");
	/* A saved plan's recorded settings already name its workspace's state. */
	const char *workspace = cx->stack ? cx->workspace : NULL;
	/* A saved plan names its state itself; a stack's must not have moved
	 * (an environment's backend is its own: init records the stack's). */
	if (cx->stack && !o->state_path && !env_owns_backend(cx->stack, workspace) &&
	    init_check_backend(o, block, name, stack_dir))
		return -1;
	cx->backend = ctx_open_backend(o, block, name, stack_dir, workspace, &cx->state_path,
				       &cx->backend_settings);
	if (!cx->backend)
		return -1;
	/* Where the other workspaces' states are: from the stack's settings,
	 * or a saved plan's (those of its workspace); -state names one file. */
	json_decref(cx->workspaces_settings);
	free(cx->stack_name);
	free(cx->stack_dir);
	json_t *settings = o->state_path ? NULL : ctx_backend_settings(block, o);
	if (settings && !cx->stack) {
		cx->workspaces_settings = ws_stack_settings(
			settings, name && *name ? name : "default",
			json_string_value(json_object_get(cx->snapshot, "workspace")));
		json_decref(settings);
	} else {
		cx->workspaces_settings = settings;
	}
	cx->stack_name = xstrdup(name && *name ? name : "default");
	cx->stack_dir = xstrdup(stack_dir);
	if (!o->state_path && ws_check_exists(cx->backend, cx->state_path, workspace))
		return -1;
	if (!o->lock)
		return 0;
	struct strbuf err = STRBUF_INIT;
	if (timeout > 0)
		ui_printf(stderr, "Acquiring state lock (waiting up to %s). This may take a few "
			  "moments...\n", o->lock_timeout);
	if (cx->backend->ops->lock(cx->backend, operation, timeout, &err)) {
		ui_error("%s", err.buf);
		strbuf_release(&err);
		return -1;
	}
	strbuf_release(&err);
	cx->locked = true;
	if (strcmp(cx->backend->ops->name, "local"))
		ctx_stop_on_interrupt("\nInterrupt received: stopping and releasing the state lock.\n"
				      "Interrupt again to cut the calls in flight, a third time to quit "
				      "at once (the lock then stays).\n");
	return 0;
}

/* cx's variables for a deployment getting edition's results: resolved
 * again when a value's text depended on the edition (*again set), their
 * validation rules then judged with them (at each rule's file:line:col). */
static int match_vars(struct cli_context *cx, const struct cli_setup *o,
		      enum func_edition edition, bool *again, struct diags *d)
{
	*again = false;
	if (cx->vars_by_edition && cx->vars_edition != edition) {
		json_t *vals = NULL, *sources = NULL;
		struct var_inputs in = var_inputs_of(o);
		if (stack_resolve_variables_as(cx->stack, &in, edition, &vals, &sources, NULL, d))
			return -1;
		log_debugf("variables of stack \"%s\" resolved again with %s's text for a "
			   "number given to a string", cx->stack->name, func_edition_name(edition));
		json_decref(cx->vars);
		json_decref(cx->var_sources);
		cx->vars = vals;
		cx->var_sources = sources;
		cx->vars_edition = edition;
		cx->vars_judged = false;
		*again = true;
	}
	if (cx->vars_judged)
		return 0;
	if (stack_judge_variables(cx->stack, cx->vars, cx->var_sources, edition, d))
		return -1;
	cx->vars_judged = true;
	return 0;
}

int ctx_match_state(struct cli_context *cx, const struct cli_setup *o, const json_t *state,
		    struct diags *d)
{
	/* -functions names the edition to move to (ctx_open checks it). */
	enum func_edition want = state_functions(state);
	if (o->functions)
		func_edition_parse(o->functions, &want);
	/* A saved plan's snapshot keeps the results it was planned with. */
	if (!cx->stack)
		return 0;
	bool vars_again = false;
	if (match_vars(cx, o, want, &vars_again, d))
		return -1;
	if (cx->snapshot && !vars_again && snapshot_functions(cx->snapshot) == want)
		return 0;
	if (cx->snapshot && !vars_again && cx->any_edition) { /* nothing in it to make again */
		json_object_set_new(cx->snapshot, "functions", json_string(func_edition_name(want)));
		log_debugf("snapshot of stack \"%s\" given %s's function results (its expansion "
			   "evaluated nothing)", json_string_value(json_object_get(cx->snapshot,
			   "stack")), func_edition_name(want));
		return 0;
	}
	return make_snapshot(cx, want, d);
}

static json_t *load_state(struct cli_context *cx, struct diags *d)
{
	json_t *state = NULL;
	struct strbuf err = STRBUF_INIT;
	if (cx->backend->ops->load(cx->backend, &state, &err))
		diag_subject_errorf(d, NULL, "%s", err.buf);
	strbuf_release(&err);
	return state;
}

/* Another workspace's state of the stack (struct run's workspace_state),
 * read without its lock from the backend the stack's settings give it. A
 * name no workspace can have (a tag's text: "../x") has none (an
 * environment's is env.NAME[.USER]). */
static int workspace_state(void *ctx, const char *workspace, json_t **state,
			   struct strbuf *err)
{
	struct cli_context *cx = ctx;
	if (!ws_name_valid(workspace) && !(ws_is_environment(workspace) &&
					   !strchr(workspace, '/') && !strstr(workspace, ".."))) {
		*state = json_object();
		return 0;
	}
	char *path = NULL;
	struct backend *b = ctx_backend_from_settings(cx->workspaces_settings, NULL,
						      cx->stack_name, cx->stack_dir, workspace,
						      &path);
	int rc = -1;
	*state = NULL;
	if (!b)
		strbuf_addf(err, "its backend could not be opened");
	else
		rc = b->ops->load(b, state, err);
	if (b)
		b->ops->free(b);
	free(path);
	return rc;
}

/* The run on state (taken over). A run records the function results it has
 * in the state it writes, but for the earlier releases' (their states have
 * no record): a new deployment, one whose empty state an earlier release
 * wrote, one moved by -functions. */
static int start_run_on(struct cli_context *cx, const struct cli_setup *o, json_t *state,
			struct diags *d)
{
	enum func_edition functions = snapshot_functions(cx->snapshot);
	if (functions != FUNC_EARLIER)
		json_object_set_new(state, "functions", json_string(func_edition_name(functions)));
	/* With -json, stdout holds the document alone: no progress lines, or
	 * with the machine-readable stream (plan, apply, destroy) only its
	 * messages. */
	const struct run_events *ev = progress_ui_setup(&ui_run_events, o->json);
	int rc = run_init(&cx->run, cx->snapshot, state, cx->backend, o->parallelism,
			  o->json && !json_ui_on() ? NULL : ev, d);
	cx->run_ready = true;
	if (cx->workspaces_settings) {
		cx->run.workspace_state = workspace_state;
		cx->run.workspace_ctx = cx;
	}
	/* TERRACE_REFRESH_LISTING=0: every resource read on its own (the
	 * bench's reference; docs/cli.md). */
	const char *listing = getenv("TERRACE_REFRESH_LISTING");
	cx->run.no_listing = listing && !strcmp(listing, "0");
	return rc;
}

int ctx_start_run(struct cli_context *cx, const struct cli_setup *o, struct diags *d)
{
	json_t *state = load_state(cx, d);
	if (!state || ctx_match_state(cx, o, state, d)) {
		json_decref(state);
		return -1;
	}
	return start_run_on(cx, o, state, d);
}

/*
 * A production environment with no state yet, beside a workspace of its
 * name whose state holds resources: a deployment moving from workspaces to
 * environments, whose plan would create every resource again (and collide
 * with what is live). Says so, with the move (docs/run-and-develop.md,
 * "From workspaces to environments"). A development environment's names
 * are its user's own: nothing of the workspace's is met.
 */
static void warn_unmoved_workspace(struct cli_context *cx, const json_t *state)
{
	const json_t *env = cx->environment ? env_selected() : NULL;
	const char *mode = json_string_value(json_object_get(env, "mode"));
	const char *name = json_string_value(json_object_get(env, "name"));
	if (!mode || strcmp(mode, "production") || !name || !ws_name_valid(name) ||
	    json_object_size(json_object_get(state, "resources")) || !cx->workspaces_settings)
		return;
	json_t *ws_state = NULL;
	struct strbuf err = STRBUF_INIT;
	size_t n = 0;
	if (!workspace_state(cx, name, &ws_state, &err))
		n = json_object_size(json_object_get(ws_state, "resources"));
	if (n)
		ui_warn("environment \"%s\" has no state yet, and workspace \"%s\" of this stack "
			"holds %zu resource%s: to move them into the environment rather than create "
			"them again, run `TERRACE_WORKSPACE=%s terrace state pull > %s.json` and "
			"`terrace state push -env %s %s.json` first", name, name, n, n == 1 ? "" : "s",
			name, name, name, name);
	json_decref(ws_state);
	strbuf_release(&err);
}

int ctx_open(struct cli_context *cx, const struct cli_setup *o, const char *operation,
	     struct diags *d)
{
	return ctx_open_in(cx, o, operation, NULL, d);
}

int ctx_open_in(struct cli_context *cx, const struct cli_setup *o, const char *operation,
		const char *workspace, struct diags *d)
{
	/* -functions names the Terraform edition to move to: the newest, or
	 * "terraform", which the command lines written for 85f6d4a give (it
	 * moved an earlier deployment there). */
	enum func_edition e;
	if (o->functions && (func_edition_parse(o->functions, &e) || e == FUNC_EARLIER)) {
		diag_subject_errorf(d, NULL, "-functions: \"%s\" is not an edition of Terraform's "
				    "function results: \"%s\" (the newest) or \"%s\"", o->functions,
				    func_edition_name(FUNC_NEWEST), func_edition_name(FUNC_TERRAFORM));
		return -1;
	}
	/* The snapshot is made before the state is read, with the newest
	 * function results: the 100k plan peaked at 749 MB with the state
	 * read first and the expansion beside it, 674 MB so (docs/testing.md).
	 * The state then says whose results the stack's expressions get
	 * (plan/state.h): a snapshot whose expansion evaluated nothing takes
	 * them as it is (ctx_match_state); one that evaluated for_each, count
	 * or a module's inputs is made again with them when they are not the
	 * newest. */
	if (ctx_load_stack_in(cx, o, workspace, d) ||
	    ctx_open_state(cx, o, operation, o->stack_path ? o->stack_path : "."))
		return -1;
	json_t *state = load_state(cx, d);
	if (!state || ctx_match_state(cx, o, state, d)) {
		json_decref(state);
		return -1;
	}
	warn_unmoved_workspace(cx, state);
	if (snapshot_awaits_lookups(cx->snapshot)) {
		/* A count or for_each made of a lookup: the run's providers
		 * read it, and the stack is expanded again (plan/snapshot.c). */
		int rc = start_run_on(cx, o, state, d) || run_verify_providers(&cx->run, d) ||
			 snapshot_read_awaited(&cx->run, cx->stack, d) ? -1 : 0;
		stack_free(cx->stack);
		cx->stack = NULL;
		return rc;
	}
	/* From here on the snapshot is the stack: the parsed files go. */
	stack_free(cx->stack);
	cx->stack = NULL;
	/* Before anything is read: every provider can work (its credentials). */
	return start_run_on(cx, o, state, d) || run_verify_providers(&cx->run, d) ? -1 : 0;
}

void ctx_release(struct cli_context *cx)
{
	ui_ops_stop();
	if (cx->run_ready)
		run_release(&cx->run);
	if (cx->backend) {
		if (cx->locked) {
			struct strbuf err = STRBUF_INIT;
			if (cx->backend->ops->unlock(cx->backend, &err))
				ui_error("releasing the state lock: %s", err.buf);
			strbuf_release(&err);
		}
		cx->backend->ops->free(cx->backend);
	}
	json_decref(cx->snapshot);
	json_decref(cx->vars);
	json_decref(cx->var_sources);
	free(cx->workspace);
	json_decref(cx->backend_settings);
	json_decref(cx->workspaces_settings);
	free(cx->stack_name);
	free(cx->stack_dir);
	if (cx->stack)
		stack_free(cx->stack);
	free(cx->state_path);
	memset(cx, 0, sizeof(*cx));
}

struct backend *ctx_backend_for(const struct cli_setup *o, char **state_path)
{
	struct stack *stack = NULL;
	*state_path = NULL;
	char *workspace = NULL;
	if (!o->state_path) {
		struct diags d = DIAGS_INIT;
		/* Only the name and the backend: a 10,000-resource stack
		 * is not built and validated to show its state. */
		const char **var_files = cli_var_files(o);
		int rc = stack_load_settings_except(o->stack_path ? o->stack_path : ".", var_files,
						    &stack, &d);
		free(var_files);
		if (!rc)
			rc = env_apply(stack, o, &d);
		if (rc) {
			/* The stack names the backend: guessing the local file
			 * instead could show or overwrite the wrong state. */
			ui_diags(&d);
			diags_free(&d);
			stack_free(stack);
			return NULL;
		}
		diags_free(&d);
		if (env_state_workspace(stack, o, &workspace)) {
			stack_free(stack);
			return NULL;
		}
		if (!workspace)
			workspace = ws_current(o->stack_path);
	}
	struct backend *b = NULL;
	if (workspace && !o->any_backend && !env_owns_backend(stack, workspace) &&
	    init_check_backend(o, stack->backend, stack->name, o->stack_path ? o->stack_path : ".")) {
		free(workspace);
		stack_free(stack);
		return NULL;
	}
	if (o->state_path || workspace)
		b = ctx_open_backend(o, stack ? stack->backend : NULL, stack ? stack->name : NULL,
				     o->stack_path ? o->stack_path : ".", workspace, state_path,
				     NULL);
	if (b && workspace && ws_check_exists(b, *state_path, workspace)) {
		b->ops->free(b);
		b = NULL;
	}
	free(workspace);
	if (stack)
		stack_free(stack);
	return b;
}

json_t *ctx_read_state(const struct cli_setup *o)
{
	char *path = NULL;
	struct backend *b = ctx_backend_for(o, &path);
	if (!b)
		return NULL;
	struct strbuf err = STRBUF_INIT;
	json_t *st = NULL;
	if (b->ops->load(b, &st, &err))
		ui_error("%s", err.buf);
	strbuf_release(&err);
	b->ops->free(b);
	free(path);
	return st;
}

/* Whether v holds a value the state keeps only as a hash. */
static bool holds_hash(const json_t *v)
{
	if (value_is_hashed(v))
		return true;
	const char *k;
	size_t i;
	json_t *x;
	if (json_is_object(v))
		json_object_foreach((json_t *)v, k, x)
			if (holds_hash(x))
				return true;
	if (json_is_array(v))
		json_array_foreach(v, i, x)
			if (holds_hash(x))
				return true;
	return false;
}

json_t *ctx_sensitive_output(const struct cli_setup *o, const char *workspace,
			     const json_t *state, const char *name, struct strbuf *err)
{
	const json_t *stored = json_object_get(json_object_get(json_object_get(state, "outputs"),
							       name), "value");
	if (!value_is_hashed(stored))
		return stored ? json_incref((json_t *)stored) : NULL;
	struct cli_context cx = { 0 };
	struct diags d = DIAGS_INIT;
	json_t *v = NULL;
	if (ctx_load_stack_vars(&cx, o, workspace, &d)) {
		ui_diags(&d);
		strbuf_addf(err, "output \"%s\" is sensitive: the state keeps only its hash, and "
			    "terrace computes it again from the stack, which needs the problems above "
			    "solved (give the variables it was applied with: -var, -var-file or "
			    "TERRACE_VAR_<name>)", name);
		goto out;
	}
	if (ctx_match_state(&cx, o, state, &d)) {
		ui_diags(&d);
		strbuf_addf(err, "output \"%s\": the stack could not be evaluated", name);
		goto out;
	}
	json_t *outs = outputs_eval(cx.snapshot, state, &d);
	v = json_incref(json_object_get(json_object_get(outs, name), "value"));
	json_decref(outs);
	if (!v)
		strbuf_addf(err, "output \"%s\" is in the state but no longer in the stack, which "
			    "terrace computes a sensitive output from: run apply", name);
	else if (holds_hash(v))
		strbuf_addf(err, "output \"%s\" is made of a sensitive resource attribute, which the "
			    "state keeps only as a hash: read it where it is stored", name);
	else if (!value_matches_stored(v, stored))
		strbuf_addf(err, "output \"%s\" computed from the stack now differs from the value "
			    "last applied: give the variables it was applied with, or apply", name);
	else
		goto out;
	json_decref(v);
	v = NULL;
out:
	diags_free(&d);
	ctx_release(&cx);
	return v;
}
