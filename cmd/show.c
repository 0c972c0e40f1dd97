/*
 * show.c: `terrace show [PLANFILE]`: the current state, or a saved plan, as
 * text or as JSON (a plan in Terraform's JSON plan format, cmd/plan_json.c;
 * secrets redacted either way), or a saved plan as Markdown (-markdown).
 */
#include "cmd/cli.h"
#include "cmd/plan_json.h"
#include "plan/state.h"

#include <stdlib.h>
#include <string.h>

static const struct cli_command show_cmd = {
	"show", "terrace show [options] [PLANFILE]",
	"Show the resources in state, or the changes in a saved plan.",
	1,
};

/* One resource of the state for JSON output, sensitive attributes redacted;
 * NULL when the entry lacks what it needs (it is left out, as before). */
static json_t *state_json_resource(const char *name, const json_t *e)
{
	json_t *attrs = render_state_values(e);
	json_t *r = json_pack("{s:s, s:s, s:s, s:O, s:O, s:o}",
		"address", name, "mode", "managed", "type",
		json_string_value(json_object_get(e, "type")),
		"id", json_object_get(e, "id"), "status", json_object_get(e, "status"),
		"values", attrs);
	if (r && json_is_true(json_object_get(e, "unconfirmed")))
		json_object_set_new(r, "unconfirmed", json_true());
	return r;
}

/* The marker standing for the resources array in the document's frame:
 * a string no state value is compared with, found from the end. */
#define RESOURCES_MARK "terrace show: resources go here"

/* The JSON state document, written as it is built: one resource at a time,
 * so a 10,000-resource state is never held twice (a document tree and its
 * text) beside the state itself. The bytes are those of ui_print_json on
 * the whole document (indent 2, keys sorted): the frame is printed around a
 * marker, and each resource is dumped alone and indented to its depth. */
static void print_state_json(const json_t *st)
{
	json_t *outs = json_object();
	const char *k;
	json_t *o;
	json_object_foreach(json_object_get(st, "outputs"), k, o) {
		bool sens = json_is_true(json_object_get(o, "sensitive"));
		json_object_set_new(outs, k, json_pack("{s:b, s:o}", "sensitive", sens, "value",
			sens ? json_string("(sensitive value)") : json_incref(json_object_get(o, "value"))));
	}
	json_t *frame = json_pack("{s:s, s:s, s:O, s:{s:{s:s}}, s:o}", "format_version", "1.0",
				  "terrace_version", TERRACE_VERSION,
				  "serial", json_object_get(st, "serial"),
				  "values", "root_module", "resources", RESOURCES_MARK,
				  "outputs", outs);
	if (env_selected())
		json_object_set(frame, "environment", (json_t *)env_selected());
	char *text = json_dumps(frame, JSON_INDENT(2) | JSON_SORT_KEYS | JSON_ENCODE_ANY);
	json_decref(frame);
	/* "values" is the frame's last key and "resources" the only one
	 * within it: the marker is its last string. */
	char *mark = NULL;
	for (char *at = text; (at = strstr(at, "\"" RESOURCES_MARK "\"")); at++)
		mark = at;
	*mark = '\0';
	ui_write(stdout, text);
	/* Items at depth 4 (8 spaces), the closing bracket at depth 3. */
	const char *indent = "\n        ";
	struct strbuf item = STRBUF_INIT;
	const char *name;
	json_t *e;
	bool first = true;
	json_object_foreach(json_object_get(st, "resources"), name, e) {
		json_t *r = state_json_resource(name, e);
		if (!r)
			continue;
		char *one = json_dumps(r, JSON_INDENT(2) | JSON_SORT_KEYS);
		json_decref(r);
		strbuf_reset(&item);
		strbuf_addstr(&item, first ? "[" : ",");
		strbuf_addstr(&item, indent);
		for (const char *c = one; *c; c++) {
			if (*c == '\n')
				strbuf_addstr(&item, indent);
			else
				strbuf_addch(&item, *c);
		}
		free(one);
		ui_write(stdout, item.buf);
		first = false;
	}
	strbuf_release(&item);
	ui_write(stdout, first ? "[]" : "\n      ]");
	ui_printf(stdout, "%s\n", mark + strlen("\"" RESOURCES_MARK "\""));
	free(text);
}

/* The state a saved plan was made from, as far as its rendering reads it
 * (outputs, the stored entries of drifted resources): the copy the plan
 * file holds (struct plan's prior), whatever the backend; for a plan file
 * of an earlier release, its local state file when that still holds
 * exactly that version (same lineage and serial); else NULL. */
static json_t *plan_prior_state(const struct plan *p, const struct encrypt_keys *keys)
{
	if (p->prior)
		return json_incref(p->prior);
	const json_t *b = json_object_get(p->snapshot, "backend");
	const char *type = json_string_value(json_object_get(b, "type"));
	const char *path = json_string_value(json_object_get(b, "path"));
	if (!type || strcmp(type, "local") || !path)
		return NULL;
	struct strbuf text = STRBUF_INIT, ignored = STRBUF_INIT;
	json_t *st = encrypt_read_file(keys, path, &text, &ignored) ? NULL
		     : json_loadb(text.buf, text.len, 0, NULL);
	strbuf_release(&text);
	strbuf_release(&ignored);
	const char *lineage = json_string_value(json_object_get(st, "lineage"));
	if (!lineage || !p->lineage || strcmp(lineage, p->lineage) ||
	    json_integer_value(json_object_get(st, "serial")) != p->serial) {
		json_decref(st);
		return NULL;
	}
	return st;
}

int cmd_show(int argc, char **argv)
{
	bool terraform_names = false, markdown = false;
	const struct cli_option options[] = {
		OPT_BOOL("markdown", "with PLANFILE: the plan as Markdown for a pull request's "
			 "comment (counts, a row per change, replacements and deletions first, "
			 "sensitive values masked, outputs)", &markdown),
		OPT_SETUP(SETUP_STACK | SETUP_STATE | SETUP_JSON | SETUP_NO_COLOR | SETUP_ENV),
		OPT_BOOL("terraform-names", "with -json: Terraform's JSON plan or state in the "
			 "Terraform AWS provider's type and attribute names", &terraform_names),
		OPT_END(),
	};
	struct cli_setup o;
	enum cli_parsed parsed = cli_parse(&show_cmd, options, argc, argv, &o);
	if (parsed != CLI_RUN)
		return CLI_EXIT_CODE(parsed);
	int code = 1;
	struct strbuf err = STRBUF_INIT;
	if (terraform_names && !o.json) {
		ui_error("-terraform-names is an option of `show -json`");
		goto out;
	}
	if (markdown && (o.json || !o.n_positional)) {
		ui_error(o.json ? "-markdown and -json: choose one"
				: "-markdown shows a saved plan: terrace show -markdown PLANFILE");
		goto out;
	}
	if (o.n_positional) {
		struct plan *p = NULL;
		struct encrypt_keys keys = { 0 };
		if (ctx_plan_keys(&o, &keys))
			goto out;
		if (plan_read_file_sealed(o.positional[0], &keys, &p, &err)) {
			encrypt_keys_clear(&keys);
			ui_error("%s", err.buf);
			goto out;
		}
		ctx_register_secrets(p->snapshot);
		/* Rendered as `plan` rendered it, against the same state. */
		json_t *prior = plan_prior_state(p, &keys);
		if (markdown) {
			render_plan_markdown(p, prior, stdout);
		} else if (o.json) {
			json_t *j = render_plan_json_state(p, prior);
			if (terraform_names)
				plan_json_terraform_names(j);
			ui_print_json(stdout, j);
			json_decref(j);
		} else if (p->refresh_only) {
			render_drift(p, prior, stdout);
		} else {
			render_plan(p, prior, stdout);
		}
		json_decref(prior);
		encrypt_keys_clear(&keys);
		plan_free(p);
		code = 0;
		goto out;
	}
	json_t *st = ctx_read_state(&o);
	if (!st) {
		goto out;
	} else if (o.json && terraform_names) {
		/* Terraform's state representation, built whole. */
		json_t *j = plan_json_state(st);
		plan_json_terraform_names(j);
		ui_print_json(stdout, j);
		json_decref(j);
		code = 0;
	} else if (o.json) {
		print_state_json(st);
		code = 0;
	} else {
		const char *name;
		json_t *e;
		struct strbuf env = STRBUF_INIT;
		render_environment(&env, env_selected());
		ui_write(stdout, env.buf);
		strbuf_release(&env);
		if (!json_object_size(json_object_get(st, "resources")))
			ui_printf(stdout, "The state is empty: no resources.\n");
		json_object_foreach(json_object_get(st, "resources"), name, e) {
			render_state_resource(name, e, stdout);
			ui_printf(stdout, "\n");
		}
		code = 0;
	}
	json_decref(st);
out:
	strbuf_release(&err);
	cli_setup_release(&o);
	return code;
}
