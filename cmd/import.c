/*
 * import.c: `terrace import ADDRESS ID`: adopt an object that already exists
 * (made by hand, or by another tool) as resource ADDRESS of the stack, so
 * that terrace manages it from now on. Nothing is created or changed; only
 * the state gains the entry (see plan_import in plan/apply.c).
 */
#include "cmd/cli.h"

static const struct cli_command import_cmd = {
	"import", "terrace import [options] ADDRESS ID",
	"Read the existing object ID and record it in the state as resource ADDRESS of the\n"
	"stack. ADDRESS must be in the stack and not yet in the state. ID is what the state\n"
	"records as the resource's id (see docs/cli.md: a bucket's name, a policy's ARN, ...).",
	2,
};

static void print_imported(const char *name, const char *type, const char *id)
{
	ui_printf(stdout, "%s: Import prepared!\n  Prepared %s for import\n", name, type);
	ui_printf(stdout, "%s: Refreshing state... [id=%s]\n\n", name, id);
	ui_printf(stdout, "%sImport successful!%s\n\n"
		  "The resources that were imported are shown above. These resources are now in\n"
		  "your terrace state and will henceforth be managed by terrace.\n",
		  ui_c("\033[1;32m"), ui_c("\033[0m"));
}

static int run_import(const struct cli_setup *o, const char *name, const char *id)
{
	struct cli_context cx = { 0 };
	struct diags d = DIAGS_INIT;
	int code = 1;
	if (ctx_open(&cx, o, "import", &d))
		goto out;
	ui_printf(stdout, "%s: Importing from ID \"%s\"...\n", name, id);
	struct strbuf err = STRBUF_INIT;
	if (plan_import(&cx.run, name, id, NULL, &err)) {
		ui_error("%s", err.buf);
	} else {
		const json_t *res = json_object_get(json_object_get(cx.snapshot, "resources"), name);
		print_imported(name, json_string_value(json_object_get(res, "type")), id);
		code = 0;
	}
	strbuf_release(&err);
out:
	if (ui_diags(&d))
		code = 1;
	diags_free(&d);
	ctx_release(&cx);
	return code;
}

int cmd_import(int argc, char **argv)
{
	static const struct cli_option options[] = {
		OPT_SETUP(SETUP_STACK | SETUP_STATE | SETUP_VARS | SETUP_LOCK | SETUP_BACKEND_CONFIG |
			  SETUP_NO_COLOR | SETUP_ENV),
		OPT_END(),
	};
	struct cli_setup o;
	enum cli_parsed parsed = cli_parse(&import_cmd, options, argc, argv, &o);
	if (parsed != CLI_RUN)
		return CLI_EXIT_CODE(parsed);
	int code;
	if (o.n_positional != 2 || !*o.positional[0] || !*o.positional[1]) {
		code = ui_error("import: expected ADDRESS and ID, as in: terrace import lake acme-lake "
				"(see terrace import -help)");
	} else {
		code = run_import(&o, o.positional[0], o.positional[1]);
	}
	cli_setup_release(&o);
	return code;
}
