/*
 * json_ui.c: Terraform's machine-readable UI stream for `plan -json`,
 * `apply -json` and `destroy -json` (see json_ui.h), so that CI tools
 * written for `terraform apply -json` read terrace's runs. Each message
 * has @level, @message, @module "terraform.ui", @timestamp (RFC 3339,
 * microseconds, UTC) and type; resources are Terraform's resource objects
 * (addr, module, resource, implied_provider, resource_type, resource_name,
 * resource_key). tests/schemas/terraform-ui.schema.json is written from
 * Terraform's docs; t0436 validates every line against it and compares the
 * message types with Terraform's own for the same stack.
 *
 * As everywhere in terrace, secrets are not printed: a sensitive output's
 * value is left out (Terraform's own stream keeps it), and every line goes
 * through cmd/ui.c's redaction.
 */
#include "cmd/json_ui.h"
#include "cmd/cli.h"
#include "cmd/plan_json.h"
#include "stacks/expand.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* The machine-readable UI version whose messages these are. */
#define UI_VERSION "1.2"

static bool stream_on;
static bool tf_names;
static struct run *run;

bool json_ui_on(void)
{
	return stream_on;
}

void json_ui_set_run(struct run *r)
{
	run = r;
}

static json_t *timestamp(void)
{
	struct timespec ts;
	struct tm tm;
	char buf[40];
	clock_gettime(CLOCK_REALTIME, &ts);
	gmtime_r(&ts.tv_sec, &tm);
	size_t n = strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%S", &tm);
	snprintf(buf + n, sizeof(buf) - n, ".%06ldZ", ts.tv_nsec / 1000);
	return json_string(buf);
}

/* A JSON string of text that may not be UTF-8 (a server's answer in an
 * error): bytes that are not ASCII become '?' when it is not. */
static json_t *text_value(const char *text)
{
	json_t *v = json_string(text);
	if (v)
		return v;
	char *copy = xstrdup(text);
	for (char *p = copy; *p; p++)
		if ((unsigned char)*p >= 0x80)
			*p = '?';
	v = json_string(copy);
	free(copy);
	return v;
}

/* Print one message: the common keys added to body (taken). */
static void emit(const char *type, const char *level, const char *message, json_t *body)
{
	json_object_set_new(body, "@level", json_string(level));
	json_object_set_new(body, "@message", text_value(message));
	json_object_set_new(body, "@module", json_string("terraform.ui"));
	json_object_set_new(body, "@timestamp", timestamp());
	json_object_set_new(body, "type", json_string(type));
	char *line = json_dumps(body, JSON_COMPACT | JSON_SORT_KEYS);
	json_decref(body);
	if (!line)
		return;
	struct strbuf sb = STRBUF_INIT;
	strbuf_addf(&sb, "%s\n", line);
	ui_write_stream(sb.buf);
	strbuf_release(&sb);
	free(line);
}

static void emitf(const char *type, const char *level, json_t *body, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
static void emitf(const char *type, const char *level, json_t *body, const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	emit(type, level, sb.buf, body);
	strbuf_release(&sb);
}

/* What cmd/ui.c sends here while the stream is on. */
static const struct ui_stream_sink sink = {
	.log = json_ui_log,
	.diagnostic = json_ui_diagnostic,
	.hook = json_ui_hook,
	.read_done = json_ui_read_done,
	.refreshing = json_ui_refreshing,
};

void json_ui_start(bool terraform_names)
{
	tf_names = terraform_names;
	stream_on = true;
	ui_set_stream(&sink);
	emitf("version", "info", json_pack("{s:s, s:s, s:s}", "terraform", PLAN_JSON_TERRAFORM_VERSION,
					   "terrace", TERRACE_VERSION, "ui", UI_VERSION),
	      "terrace %s", TERRACE_VERSION);
}

/* Terraform's resource object for the resource at address name of type
 * (terrace's), in Terraform's names when asked and the type has them. */
static json_t *resource_object(const char *name, const char *type)
{
	json_t *f = json_object();
	plan_json_address_fields(f, name);
	const char *ma = json_string_value(json_object_get(f, "module_address"));
	const char *local = json_string_value(json_object_get(f, "name"));
	json_t *index = json_object_get(f, "index");
	const char *rtype = type ? type : "";
	char *addr = tf_names && type ? plan_json_terraform_address(name, type) : NULL;
	if (addr)
		rtype = resource_type_find(type, NULL)->terraform_type;
	else
		addr = xstrdup(name);
	size_t skip = ma ? strlen(ma) + 1 : 0;
	json_t *r = json_pack("{s:s, s:s, s:s, s:s#, s:s, s:s, s:O}", "addr", addr,
			      "module", ma ? ma : "", "resource", addr + skip,
			      "implied_provider", rtype, (int)strcspn(rtype, "._"),
			      "resource_type", rtype, "resource_name", local,
			      "resource_key", index ? index : json_null());
	free(addr);
	json_decref(f);
	return r;
}

/* The address a message names a resource by: its resource object's. */
static const char *addr_of(const json_t *res)
{
	return json_string_value(json_object_get(res, "addr"));
}

static const char *planned_action(const struct planned_change *c)
{
	if (c->forget)
		return "forget";
	switch (c->action) {
	case ACTION_CREATE: return "create";
	case ACTION_UPDATE: return "update";
	case ACTION_DELETE: return "delete";
	case ACTION_REPLACE: return "replace";
	case ACTION_NOOP: break;
	}
	return c->moved_from ? "move" : c->import_id ? "import" : "noop";
}

/* The UI's reason of a replace or delete: Terraform's action_reason
 * without its "replace_because_"/"replace_by_" part. */
static const char *ui_reason(const char *why)
{
	if (!why)
		return NULL;
	if (!strcmp(why, "replace_by_request"))
		return "requested";
	if (!strncmp(why, "replace_because_", 16))
		return why + 16;
	return strncmp(why, "delete_because_", 15) ? NULL : why;
}

static void planned_change(const struct plan *p, const struct planned_change *c)
{
	const char *action = planned_action(c);
	if (!strcmp(action, "noop"))
		return;
	json_t *res = resource_object(c->name, c->type);
	json_t *change = json_pack("{s:o, s:s}", "resource", res, "action", action);
	const char *reason = ui_reason(plan_json_action_reason(p, c));
	if (reason)
		json_object_set_new(change, "reason", json_string(reason));
	if (c->moved_from)
		json_object_set_new(change, "previous_resource", resource_object(c->moved_from, c->type));
	emitf("planned_change", "info", json_pack("{s:o}", "change", change), "%s: Plan to %s",
	      addr_of(res), action);
}

static void resource_drift(const struct planned_change *c)
{
	if (!c->drifted && !c->gone)
		return;
	json_t *res = resource_object(c->name, c->type);
	const char *action = c->gone ? "delete" : "update";
	emitf("resource_drift", "info", json_pack("{s:{s:o, s:s}}", "change", "resource", res,
						  "action", action),
	      "%s: Drift detected (%s)", addr_of(res), action);
}

/* The outputs message of a plan: each output's planned action. */
static void planned_outputs(const struct plan *p, const json_t *state)
{
	json_t *changes = plan_json_output_changes(p, state), *outs = json_object();
	const char *k;
	json_t *oc;
	json_object_foreach(changes, k, oc) {
		const char *a = json_string_value(json_array_get(json_object_get(oc, "actions"), 0));
		bool sens = json_is_true(json_object_get(oc, "after_sensitive")) ||
			    json_is_true(json_object_get(oc, "before_sensitive"));
		json_object_set_new(outs, k, json_pack("{s:b, s:s}", "sensitive", sens, "action",
			a && strcmp(a, "no-op") ? a : "noop"));
	}
	json_decref(changes);
	if (json_object_size(outs))
		emitf("outputs", "info", json_pack("{s:o}", "outputs", outs), "Outputs: %zu",
		      json_object_size(outs));
	else
		json_decref(outs);
}

void json_ui_plan(const struct plan *p, const json_t *state)
{
	int imports = 0;
	for (size_t i = 0; i < p->n_changes; i++) {
		const struct planned_change *c = &p->changes[i];
		if (p->refresh_only) {
			resource_drift(c);
			continue;
		}
		planned_change(p, c);
		imports += c->import_id != NULL;
	}
	for (size_t i = 0; i < p->n_reads && !p->refresh_only; i++) {
		const struct planned_read *rd = &p->reads[i];
		if (!rd->deferred)
			continue;
		json_t *res = resource_object(rd->name, rd->type);
		emitf("planned_change", "info", json_pack("{s:{s:o, s:s}}", "change", "resource", res,
							  "action", "read"),
		      "%s: Plan to read", addr_of(res));
	}
	int add, change, destroy;
	plan_counts(p, &add, &change, &destroy);
	if (p->refresh_only)
		add = change = destroy = 0;
	char import[32] = "";
	if (imports)
		snprintf(import, sizeof(import), "%d to import, ", imports);
	emitf("change_summary", "info", json_pack("{s:{s:i, s:i, s:i, s:i, s:s}}", "changes",
						  "add", add, "change", change, "import", imports,
						  "remove", destroy, "operation", "plan"),
	      "Plan: %s%d to add, %d to change, %d to destroy.", import, add, change, destroy);
	planned_outputs(p, state);
}

void json_ui_applied(bool destroy, const struct apply_result *r)
{
	json_t *body = json_pack("{s:{s:i, s:i, s:i, s:i, s:s}}", "changes", "add", r->added,
				 "change", r->changed, "import", r->imported, "remove", r->destroyed,
				 "operation", destroy ? "destroy" : "apply");
	char imported[32] = "";
	if (r->imported)
		snprintf(imported, sizeof(imported), "%d imported, ", r->imported);
	if (destroy)
		emitf("change_summary", "info", body, "Destroy complete! Resources: %d destroyed.",
		      r->destroyed);
	else
		emitf("change_summary", "info", body,
		      "Apply complete! Resources: %s%d added, %d changed, %d destroyed.", imported,
		      r->added, r->changed, r->destroyed);
}

void json_ui_outputs(const json_t *state)
{
	json_t *outs = json_object();
	const char *k;
	json_t *o;
	json_object_foreach(json_object_get(state, "outputs"), k, o) {
		bool sens = json_is_true(json_object_get(o, "sensitive"));
		json_t *e = json_pack("{s:b}", "sensitive", sens);
		const json_t *v = json_object_get(o, "value");
		if (!sens) {
			json_object_set_new(e, "type", render_value_type(v));
			json_object_set(e, "value", (json_t *)v);
		}
		json_object_set_new(outs, k, e);
	}
	if (json_object_size(outs))
		emitf("outputs", "info", json_pack("{s:o}", "outputs", outs), "Outputs: %zu",
		      json_object_size(outs));
	else
		json_decref(outs);
}

void json_ui_hook(const char *type, const struct planned_change *c, bool destroy_phase,
		  double seconds, const char *id)
{
	bool update = !destroy_phase && c->action == ACTION_UPDATE;
	const char *action = destroy_phase ? "delete" : update ? "update" : "create";
	json_t *res = resource_object(c->name, c->type);
	json_t *hook = json_pack("{s:o, s:s}", "resource", res, "action", action);
	if (seconds >= 0)
		json_object_set_new(hook, "elapsed_seconds", json_integer((json_int_t)seconds));
	/* The id of what is started on (known for updates and deletes) or made. */
	const char *known = !strcmp(type, "apply_start") && (destroy_phase || update) ? c->id
			    : !strcmp(type, "apply_complete") && !destroy_phase ? id : NULL;
	if (known) {
		json_object_set_new(hook, "id_key", json_string("id"));
		json_object_set_new(hook, "id_value", json_string(known));
	}
	const char *addr = addr_of(res);
	const char *noun = destroy_phase ? "Destruction" : update ? "Modifications" : "Creation";
	json_t *body = json_pack("{s:o}", "hook", hook);
	if (!strcmp(type, "apply_start"))
		emitf(type, "info", body, "%s: %s...%s%s%s", addr,
		      destroy_phase ? "Destroying" : update ? "Modifying" : "Creating",
		      known ? " [id=" : "", known ? known : "", known ? "]" : "");
	else if (!strcmp(type, "apply_progress"))
		emitf(type, "info", body, "%s: Still %s... [%.0fs elapsed]", addr,
		      destroy_phase ? "destroying" : update ? "modifying" : "creating", seconds);
	else if (!strcmp(type, "apply_complete"))
		emitf(type, "info", body, "%s: %s complete after %.0fs%s%s%s", addr, noun, seconds,
		      known ? " [id=" : "", known ? known : "", known ? "]" : "");
	else
		emitf(type, "info", body, "%s: %s errored after %.0fs", addr, noun, seconds);
}

void json_ui_read_done(const struct planned_read *rd, double seconds)
{
	json_t *res = resource_object(rd->name, rd->type);
	emitf("apply_complete", "info", json_pack("{s:{s:o, s:s, s:i}}", "hook", "resource", res,
						  "action", "read", "elapsed_seconds", (int)seconds),
	      "%s: Read complete after %.0fs", addr_of(res), seconds);
}

void json_ui_refreshing(const char *name, const char *id)
{
	/* Its type: the state's, or the stack's for one being imported. */
	char *type = NULL;
	if (run) {
		pthread_mutex_lock(&run->mu);
		const json_t *e = json_object_get(json_object_get(run->state, "resources"), name);
		if (!e)
			e = json_object_get(json_object_get(run->snapshot, "resources"), name);
		const char *t = json_string_value(json_object_get(e, "type"));
		type = t ? xstrdup(t) : NULL;
		pthread_mutex_unlock(&run->mu);
	}
	json_t *res = resource_object(name, type);
	free(type);
	json_t *hook = json_pack("{s:o}", "resource", res);
	if (id) {
		json_object_set_new(hook, "id_key", json_string("id"));
		json_object_set_new(hook, "id_value", json_string(id));
	}
	emitf("refresh_start", "info", json_pack("{s:o}", "hook", hook),
	      "%s: Refreshing state...%s%s%s", addr_of(res), id ? " [id=" : "", id ? id : "",
	      id ? "]" : "");
}

void json_ui_diagnostic(bool error, const char *summary, const char *detail, const char *file,
			int line, int col)
{
	json_t *diag = json_pack("{s:s, s:o}", "severity", error ? "error" : "warning",
				 "summary", text_value(summary));
	if (detail)
		json_object_set_new(diag, "detail", text_value(detail));
	if (file && line > 0)
		json_object_set_new(diag, "range", json_pack("{s:s, s:{s:i, s:i}, s:{s:i, s:i}}",
			"filename", file, "start", "line", line, "column", col > 0 ? col : 1,
			"end", "line", line, "column", col > 0 ? col : 1));
	emitf("diagnostic", error ? "error" : "warn", json_pack("{s:o}", "diagnostic", diag),
	      "%s: %s", error ? "Error" : "Warning", summary);
}

void json_ui_message(const char *type, const char *level, const char *message, json_t *body)
{
	emit(type, level, message, body);
}

void json_ui_log(const char *text)
{
	for (const char *p = text; *p; ) {
		size_t n = strcspn(p, "\n");
		if (n) {
			char *line = xstrndup(p, n);
			emit("log", "info", line, json_object());
			free(line);
		}
		p += n;
		p += *p == '\n';
	}
}
