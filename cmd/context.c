/*
 * context.c: what plan, apply, destroy and friends load before they act:
 * the stack and its variables (as a configuration snapshot), the state
 * backend and its lock, the state, and the configured providers.
 * The backend comes from the stack's backend: block, overridden by
 * TERRACE_BACKEND_<KEY> in the environment and then -backend-config
 * KEY=VALUE; local (a file beside the stack) when none names a type.
 */
#include "cmd/cli.h"
#include "cmd/progress.h"
#include "plan/state.h"

#include <ctype.h>
#include <libgen.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

char *ctx_default_state_path(const char *stack_path)
{
	struct stat st;
	if (!stack_path)
		stack_path = ".";
	if (stat(stack_path, &st) == 0 && S_ISDIR(st.st_mode))
		return xasprintf("%s/terrace.state.json", stack_path);
	char *copy = xstrdup(stack_path);
	char *path = xasprintf("%s/terrace.state.json", dirname(copy));
	free(copy);
	return path;
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
			ui_add_secrets_from(v);
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
		ui_add_secrets_from(json_object_get(vars, json_string_value(name)));
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

int ctx_load_stack(struct cli_context *cx, const struct cli_opts *o, struct diags *d)
{
	const char *path = o->stack_path ? o->stack_path : ".";
	if (stack_load(path, &cx->stack, d))
		return -1;
	struct var_inputs in = { o->var_files, o->n_var_files, o->vars, o->n_vars,
				 o->vars_optional };
	json_t *vars = NULL;
	if (stack_resolve_variables(cx->stack, &in, &vars, d))
		return -1;
	char *workspace = ws_current(path);
	if (!workspace) {
		json_decref(vars);
		return -1;
	}
	cx->snapshot = snapshot_from_stack(cx->stack, vars, workspace, d);
	json_decref(vars);
	free(workspace);
	if (!cx->snapshot)
		return -1;
	ctx_register_secrets(cx->snapshot);
	return 0;
}

int ctx_parse_duration(const char *s, double *out)
{
	char *end;
	double v = strtod(s, &end);
	if (end == s || v < 0)
		return -1;
	if (!*end || !strcmp(end, "s"))
		*out = v;
	else if (!strcmp(end, "ms"))
		*out = v / 1000;
	else if (!strcmp(end, "m"))
		*out = v * 60;
	else if (!strcmp(end, "h"))
		*out = v * 3600;
	else
		return -1;
	return 0;
}

/* A setting as a string: the block may hold booleans and numbers. */
static json_t *setting_string(const json_t *v)
{
	if (json_is_string(v))
		return json_incref((json_t *)v);
	if (json_is_boolean(v))
		return json_string(json_is_true(v) ? "true" : "false");
	char *text = json_dumps(v, JSON_ENCODE_ANY);
	json_t *s = json_string(text ? text : "");
	free(text);
	return s;
}

static void settings_from_environment(json_t *settings)
{
	static const char *const local_keys[] = { "path", NULL };
	const char *const *lists[] = { stack_backend_settings("s3"), local_keys };
	for (size_t l = 0; l < 2; l++) {
		for (size_t i = 0; lists[l][i]; i++) {
			char name[64] = "TERRACE_BACKEND_";
			size_t n = strlen(name);
			for (const char *c = lists[l][i]; *c && n + 1 < sizeof(name); c++)
				name[n++] = (char)toupper((unsigned char)*c);
			name[n] = '\0';
			const char *v = getenv(name);
			if (v)
				json_object_set_new(settings, lists[l][i], json_string(v));
		}
	}
}

json_t *ctx_backend_settings(const json_t *block, const struct cli_opts *o)
{
	json_t *settings = json_object();
	const char *k;
	json_t *v;
	json_object_foreach((json_t *)block, k, v)
		json_object_set_new(settings, k, setting_string(v));
	settings_from_environment(settings);
	for (size_t i = 0; i < o->n_backend_configs; i++) {
		const char *kv = o->backend_configs[i];
		const char *eq = strchr(kv, '=');
		if (!eq || eq == kv) {
			ui_error("-backend-config: expected KEY=VALUE, got \"%s\"", kv);
			json_decref(settings);
			return NULL;
		}
		char *key = xstrndup(kv, (size_t)(eq - kv));
		json_object_set_new(settings, key, json_string(eq + 1));
		free(key);
	}
	const char *secret = json_string_value(json_object_get(settings, "secret_key"));
	if (secret && *secret)
		ui_add_secret(secret);
	return settings;
}

struct backend *ctx_backend_from_settings(const json_t *settings, const char *state_file,
					  const char *stack_name, const char *stack_dir,
					  const char *workspace, char **state_path)
{
	*state_path = NULL;
	const char *type = json_string_value(json_object_get(settings, "type"));
	struct backend *b = NULL;
	if (state_file || !type || !strcmp(type, "local")) {
		const char *path = json_string_value(json_object_get(settings, "path"));
		char *base = path ? xstrdup(path) : ctx_default_state_path(stack_dir);
		*state_path = state_file ? xstrdup(state_file) : ws_local_state_path(base, workspace);
		free(base);
		b = backend_local_new(*state_path);
	} else if (!strcmp(type, "s3")) {
		struct strbuf err = STRBUF_INIT;
		b = backend_s3_new(settings, stack_name && *stack_name ? stack_name : "default",
				   workspace, &err);
		if (!b)
			ui_error("%s", err.buf);
		strbuf_release(&err);
	} else {
		ui_error("backend: unknown type \"%s\" (types: local, s3)", type);
	}
	if (b && ctx_backend_keys(b, settings)) {
		b->ops->free(b);
		b = NULL;
	}
	if (!b) {
		free(*state_path);
		*state_path = NULL;
	}
	return b;
}

struct backend *ctx_open_backend(const struct cli_opts *o, const json_t *block,
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
			char abs[PATH_MAX];
			json_object_set_new(settings, "type", json_string("local"));
			json_object_set_new(settings, "path", json_string(
				realpath(*state_path, abs) ? abs : *state_path));
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
 * the first SIGINT/SIGTERM asks the run to stop (operations in flight
 * finish, nothing new starts) so the exit path releases it; a second one
 * ends the process at once (then `terrace force-unlock`). apply installs
 * it again for its own phase, with its own message. */
static const char *interrupt_message;

static void stop_on_signal(int sig)
{
	if (plan_stop_requested()) {
		signal(sig, SIG_DFL);
		raise(sig);
		return;
	}
	plan_request_stop();
	if (write(STDERR_FILENO, interrupt_message, strlen(interrupt_message)) < 0)
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

int ctx_open_state(struct cli_context *cx, const struct cli_opts *o, const char *operation,
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
	/* A saved plan names its state itself; a stack's must not have moved. */
	if (cx->stack && !o->state_path && init_check_backend(o, block, name, stack_dir))
		return -1;
	/* A saved plan's recorded settings already name its workspace's state. */
	const char *workspace = cx->stack
		? json_string_value(json_object_get(cx->snapshot, "workspace")) : NULL;
	cx->backend = ctx_open_backend(o, block, name, stack_dir, workspace, &cx->state_path,
				       &cx->backend_settings);
	if (!cx->backend)
		return -1;
	if (!o->state_path && ws_check_exists(cx->backend, cx->state_path, workspace))
		return -1;
	if (!o->lock)
		return 0;
	struct strbuf err = STRBUF_INIT;
	if (cx->backend->ops->lock(cx->backend, operation, timeout, &err)) {
		ui_error("%s", err.buf);
		strbuf_release(&err);
		return -1;
	}
	strbuf_release(&err);
	cx->locked = true;
	if (strcmp(cx->backend->ops->name, "local"))
		ctx_stop_on_interrupt("\nInterrupt received: stopping and releasing the state lock.\n"
				      "Interrupt again to quit at once (the lock then stays).\n");
	return 0;
}

int ctx_start_run(struct cli_context *cx, const struct cli_opts *o, struct diags *d)
{
	json_t *state = NULL;
	struct strbuf err = STRBUF_INIT;
	if (cx->backend->ops->load(cx->backend, &state, &err)) {
		diag_subject_errorf(d, NULL, "%s", err.buf);
		strbuf_release(&err);
		return -1;
	}
	strbuf_release(&err);
	int rc = run_init(&cx->run, cx->snapshot, state, cx->backend, o->parallelism,
			  progress_ui_setup(&ui_run_events, o->json), d);
	cx->run_ready = true;
	return rc;
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
	json_decref(cx->backend_settings);
	if (cx->stack)
		stack_free(cx->stack);
	free(cx->state_path);
	memset(cx, 0, sizeof(*cx));
}

struct backend *ctx_backend_for(const struct cli_opts *o, char **state_path)
{
	struct stack *stack = NULL;
	*state_path = NULL;
	if (!o->state_path) {
		struct diags d = DIAGS_INIT;
		int rc = stack_load(o->stack_path ? o->stack_path : ".", &stack, &d);
		if (rc) {
			/* The stack names the backend: guessing the local file
			 * instead could show or overwrite the wrong state. */
			ui_diags(&d);
			diags_free(&d);
			return NULL;
		}
		diags_free(&d);
	}
	char *workspace = o->state_path ? NULL : ws_current(o->stack_path);
	struct backend *b = NULL;
	if (workspace && !o->any_backend &&
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

json_t *ctx_read_state(const struct cli_opts *o)
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
