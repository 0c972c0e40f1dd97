/*
 * context.c: what plan, apply, destroy and friends load before they act:
 * the stack and its variables (as a configuration snapshot), the state
 * backend and its lock, the state, and the configured providers.
 */
#include "cmd/cli.h"
#include "cmd/progress.h"
#include "plan/state.h"

#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

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
	struct var_inputs in = { o->var_files, o->n_var_files, o->vars, o->n_vars };
	json_t *vars = NULL;
	if (stack_resolve_variables(cx->stack, &in, &vars, d))
		return -1;
	cx->snapshot = snapshot_from_stack(cx->stack, vars);
	json_decref(vars);
	ctx_register_secrets(cx->snapshot);
	return 0;
}

static int parse_duration(const char *s, double *out)
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

int ctx_open_state(struct cli_context *cx, const struct cli_opts *o, const char *operation,
		   const char *stack_dir)
{
	double timeout = 0;
	if (parse_duration(o->lock_timeout, &timeout))
		return ui_error("-lock-timeout: \"%s\" is not a duration (examples: 0s, 30s, 2m)",
				o->lock_timeout), -1;
	cx->state_path = o->state_path ? xstrdup(o->state_path) : ctx_default_state_path(stack_dir);
	cx->backend = backend_local_new(cx->state_path);
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
	if (cx->stack)
		stack_free(cx->stack);
	free(cx->state_path);
	memset(cx, 0, sizeof(*cx));
}

json_t *ctx_read_state(const struct cli_opts *o)
{
	char *path = o->state_path ? xstrdup(o->state_path) : ctx_default_state_path(o->stack_path);
	struct backend *b = backend_local_new(path);
	struct strbuf err = STRBUF_INIT;
	json_t *st = NULL;
	if (b->ops->load(b, &st, &err))
		ui_error("%s", err.buf);
	strbuf_release(&err);
	b->ops->free(b);
	free(path);
	return st;
}
