/*
 * validate.c: `terrace validate`: load the stack and report every problem
 * with its file:line:col, without touching state or any server; with
 * -json, as Terraform's `validate -json` document. A folder that holds a
 * CloudFormation template or a Terraform configuration rather than a stack
 * is named as such, with the `terrace convert` to run. Several stacks
 * given as arguments are validated each on its own in this one run
 * (validate_many), as `go vet ./...` checks many packages.
 */
#include "cmd/cli.h"
#include "stacks/convert.h"

#include <dirent.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

static const struct cli_command validate_cmd = {
	"validate", "terrace validate [-stack PATH | STACK...] [-var NAME=VALUE] [-var-file FILE] "
	"[-strict] [-json]",
	"Check the stack's YAML, resource types, attributes, references and dependencies;\n"
	"with -var or -var-file, also the values given (a variable without one is not an error),\n"
	"and the attributes made from them, as plan checks them.\n"
	"A value AWS may know but the installed AWS models do not (a Lambda runtime, an instance\n"
	"type launched since) is a warning; with -strict, warnings fail validate. With -json,\n"
	"one document as Terraform's validate -json prints: valid, error_count, warning_count\n"
	"and the diagnostics, each with its severity, summary, detail and range.\n"
	"STACK...: each stack (a folder or file, as -stack takes) validated on its own in one\n"
	"run, its diagnostics followed by a line \"STACK: Success! ...\" or \"STACK: not valid\n"
	"(...)\", then the count; with -json, one document holding each stack's in \"stacks\".\n"
	"Exit 1 when any is not valid.",
	INT_MAX,
};

/* Terraform's `validate -json` document (format_version 1.0): every
 * diagnostic with severity, summary (its subject first, as the text says
 * it), detail ("" for none) and, when it has a position, range. */
static json_t *validate_document(const struct diags *d, bool valid)
{
	json_t *list = json_array();
	size_t errors = 0, warnings = 0;

	for (size_t i = 0; i < d->n; i++) {
		const struct diag *dg = &d->items[i];
		bool error = dg->severity == DIAG_ERROR;
		char *summary = dg->subject ? xasprintf("%s: %s", dg->subject, dg->summary)
					    : xstrdup(dg->summary);
		json_t *one = json_pack("{s:s, s:s, s:s}", "severity", error ? "error" : "warning",
					"summary", summary, "detail", dg->detail ? dg->detail : "");

		free(summary);
		if (dg->file && dg->pos.line > 0) {
			int col = dg->pos.col > 0 ? dg->pos.col : 1;
			json_object_set_new(one, "range", json_pack(
				"{s:s, s:{s:i, s:i}, s:{s:i, s:i}}", "filename", dg->file,
				"start", "line", dg->pos.line, "column", col,
				"end", "line", dg->pos.line, "column", col));
		}
		json_array_append_new(list, one);
		if (error)
			errors++;
		else
			warnings++;
	}
	return json_pack("{s:s, s:b, s:I, s:I, s:o}", "format_version", "1.0", "valid", valid,
			 "error_count", (json_int_t)errors, "warning_count", (json_int_t)warnings,
			 "diagnostics", list);
}

/* After a load of folder dir that failed: each CloudFormation template and
 * the Terraform configuration it holds, what `terrace convert` reads, named
 * with what to run. When its YAML files are all templates (or it has none
 * beside .tf files), that is all validate says: their tags are not a
 * stack's mistakes. */
static void sources_instead(const char *dir, struct diags *d)
{
	struct stat st;
	struct dirent **names = NULL;
	int count = stat(dir, &st) || !S_ISDIR(st.st_mode) ? 0 : scandir(dir, &names, NULL, alphasort);
	struct diags said = DIAGS_INIT;
	size_t stack_files = 0;
	bool terraform = false;
	for (int i = 0; i < count; i++) {
		const char *n = names[i]->d_name;
		bool yaml = ends_with(n, ".yaml") || ends_with(n, ".yml");
		if (n[0] == '.')
			continue;
		if (ends_with(n, ".tf") || ends_with(n, ".tf.json")) {
			terraform = true;
			continue;
		}
		if (!yaml && !ends_with(n, ".json") && !ends_with(n, ".template"))
			continue;
		char *path = strcmp(dir, ".") ? xasprintf("%s/%s", dir, n) : xstrdup(n);
		if (convert_is_template(path))
			diag_errorf(&said, NULL, "%s is a CloudFormation template, not a stack file: "
					   "`terrace convert -out stack/stack.yaml %s` writes the stack it "
					   "means (docs/convert.md); validate that", path, path);
		else if (yaml)
			stack_files++;
		free(path);
	}
	for (int i = 0; i < count; i++)
		free(names[i]);
	free(names);
	if (terraform)
		diag_errorf(&said, NULL, "%s holds a Terraform configuration (.tf files), not a stack: "
				   "`terrace convert -out stack/stack.yaml %s` writes the stack it means "
				   "(docs/convert.md); validate that",
			    strcmp(dir, ".") ? dir : "this folder", dir);
	if (said.n && !stack_files) {
		diags_free(d);
		*d = said;
		return;
	}
	for (size_t i = 0; i < said.n; i++)
		diag_errorf(d, NULL, "%s", said.items[i].summary);
	diags_free(&said);
}

/* What one stack's validation found: its diagnostics in *d, *s the stack
 * when it loaded. 0 when it is valid (warnings aside). */
static int validate_one(const char *path, struct cli_setup *o, struct stack **s, struct diags *d)
{
	const char **var_files = cli_var_files(o);
	int rc = stack_load_except(path, var_files, s, d);
	free(var_files);
	if (rc)
		sources_instead(path, d);
	if (!rc && (o->vars.n || o->var_files.n)) {
		struct var_inputs in = { o->var_files.items, o->var_files.n, o->vars.items,
					 o->vars.n, true };
		json_t *values = NULL;
		rc = stack_resolve_variables(*s, &in, &values, d);
		/* The values given are checked as plan checks them, where the
		 * stack writes the expression that uses them. What cannot be
		 * expanded or evaluated without the variables not given (a
		 * count made from one) is plan's to say. */
		if (!rc) {
			struct diags expanding = DIAGS_INIT;
			char *workspace = ws_current(path);
			json_t *snapshot = workspace ? snapshot_from_stack(*s, values, workspace,
									   FUNC_NEWEST, NULL, &expanding) : NULL;
			if (snapshot && plan_check_values(snapshot, d))
				rc = -1;
			json_decref(snapshot);
			diags_free(&expanding);
			free(workspace);
		}
		json_decref(values);
	}
	return rc || diags_has_errors(d) ? 1 : 0;
}

static size_t count_errors(const struct diags *d)
{
	size_t n = 0;
	for (size_t i = 0; i < d->n; i++)
		n += d->items[i].severity == DIAG_ERROR;
	return n;
}

/* "The stack is valid (N resources[, M module calls])." */
static char *valid_sentence(const struct stack *s)
{
	if (s->n_modules)
		return xasprintf("The stack is valid (%zu resources, %zu module call%s).",
				 s->n_resources, s->n_modules, s->n_modules == 1 ? "" : "s");
	return xasprintf("The stack is valid (%zu resources).", s->n_resources);
}

/*
 * `terrace validate STACK...`: each stack on its own, in this one process,
 * as `go vet ./...` or cfn-lint with many templates: its diagnostics, then
 * one line naming it ("STACK: Success! The stack is valid (...)." or
 * "STACK: not valid (N errors above)"), both streams flushed, so that one
 * stream holding both reads in order; then a line counting them. With
 * -json, one document whose "stacks" holds each stack's document (as
 * validate -json prints it) with its "stack". Exit 1 when any is not valid.
 */
static int validate_many(struct cli_setup *o, bool strict)
{
	json_t *docs = o->json ? json_array() : NULL;
	size_t invalid = 0;
	for (int i = 0; i < o->n_positional; i++) {
		const char *path = o->positional[i];
		struct diags d = DIAGS_INIT;
		struct stack *s = NULL;
		bool bad = validate_one(path, o, &s, &d) || (strict && d.n);
		invalid += bad;
		if (docs) {
			json_t *doc = validate_document(&d, !bad);
			json_object_set_new(doc, "stack", json_string(path));
			json_array_append_new(docs, doc);
		} else {
			ui_diags(&d);
			fflush(stderr);
			char *valid = bad ? NULL : valid_sentence(s);
			if (valid)
				ui_printf(stdout, "%s: %sSuccess!%s %s\n", path, ui_c("\033[1;32m"),
					  ui_c("\033[0m"), valid);
			else if (count_errors(&d))
				ui_printf(stdout, "%s: not valid (%zu error%s above)\n", path,
					  count_errors(&d), count_errors(&d) == 1 ? "" : "s");
			else
				ui_printf(stdout, "%s: not valid (-strict: %zu warning%s above)\n", path,
					  d.n, d.n == 1 ? "" : "s");
			fflush(stdout);
			free(valid);
		}
		if (s)
			stack_free(s);
		diags_free(&d);
	}
	if (docs) {
		json_t *all = json_pack("{s:s, s:b, s:o}", "format_version", "1.0", "valid", !invalid,
					"stacks", docs);
		ui_print_json(stdout, all);
		json_decref(all);
	} else {
		ui_printf(stdout, "validate: %d stack%s: %zu valid, %zu not\n", o->n_positional,
			  o->n_positional == 1 ? "" : "s", (size_t)o->n_positional - invalid, invalid);
	}
	return invalid ? 1 : 0;
}

int cmd_validate(int argc, char **argv)
{
	bool strict = false;
	const struct cli_option options[] = {
		OPT_SETUP(SETUP_STACK | SETUP_VARS | SETUP_JSON | SETUP_NO_COLOR | SETUP_ALL),
		OPT_BOOL("strict", "fail on warnings too (a value the installed AWS models do not "
			 "know)", &strict),
		OPT_END(),
	};
	struct cli_setup o;
	enum cli_parsed parsed = cli_parse(&validate_cmd, options, argc, argv, &o);
	if (parsed != CLI_RUN)
		return CLI_EXIT_CODE(parsed);
	if (o.n_positional && o.stack_path) {
		ui_error("validate: -stack names one stack, the arguments several: give them as "
			 "arguments only");
		cli_setup_release(&o);
		return 1;
	}
	if (o.n_positional) {
		int code = validate_many(&o, strict);
		cli_setup_release(&o);
		return code;
	}
	struct diags d = DIAGS_INIT;
	struct stack *s = NULL;
	int rc = validate_one(o.stack_path ? o.stack_path : ".", &o, &s, &d);
	if (o.json) {
		bool invalid = rc || (strict && d.n);
		json_t *doc = validate_document(&d, !invalid);
		ui_print_json(stdout, doc);
		json_decref(doc);
		if (s)
			stack_free(s);
		diags_free(&d);
		cli_setup_release(&o);
		return invalid ? 1 : 0;
	}
	int code = ui_diags(&d);
	if (strict && !code && d.n) {
		fprintf(stderr, "terrace validate -strict: %zu warning%s (above)\n", d.n,
			d.n == 1 ? "" : "s");
		code = 1;
	}
	if (!rc && !code) {
		char *valid = valid_sentence(s);
		ui_printf(stdout, "%sSuccess!%s %s\n", ui_c("\033[1;32m"), ui_c("\033[0m"), valid);
		free(valid);
	}
	if (s)
		stack_free(s);
	diags_free(&d);
	cli_setup_release(&o);
	return rc || code ? 1 : 0;
}
