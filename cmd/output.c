/*
 * output.c: `terrace output [NAME]`: output values from the state.
 */
#include "cmd/cli.h"
#include "plan/state.h"

#include <stdlib.h>

static const char *const output_options[] = { "stack", "state", "json", "raw", "no-color", NULL };
static const struct cli_command output_cmd = {
	"output", "terrace output [options] [NAME]",
	"Print the stack's outputs from the state. With NAME, print that value alone\n"
	"(strings without quotes with -raw); sensitive values are shown only this way.",
	output_options, 1,
};

int cmd_output(int argc, char **argv)
{
	struct cli_opts o;
	if (cli_parse(&output_cmd, argc, argv, &o))
		return 1;
	if (o.help) {
		cli_print_help(&output_cmd, stdout);
		cli_opts_release(&o);
		return 0;
	}
	int code = 1;
	json_t *st = ctx_read_state(&o);
	if (!st)
		goto out;
	json_t *outs = json_object_get(st, "outputs");
	if (o.n_positional) {
		json_t *out = json_object_get(outs, o.positional[0]);
		if (!out) {
			ui_error("no output named \"%s\" in the state", o.positional[0]);
			goto out;
		}
		json_t *v = json_object_get(out, "value");
		/* Asked for by name: the user gets the value, sensitive or not
		 * (as `terraform output NAME` does); nothing else is printed. */
		if ((o.raw || !o.json) && json_is_string(v)) {
			fputs(json_string_value(v), stdout);
			fputs(o.raw ? "" : "\n", stdout);
		} else {
			char *t = json_dumps(v, JSON_ENCODE_ANY | JSON_INDENT(2));
			printf("%s\n", t);
			free(t);
		}
		code = 0;
		goto out;
	}
	if (o.json) {
		json_t *j = json_object();
		const char *k;
		json_t *e;
		json_object_foreach(outs, k, e) {
			bool sens = json_is_true(json_object_get(e, "sensitive"));
			json_object_set_new(j, k, json_pack("{s:b, s:o}", "sensitive", sens, "value",
				sens ? json_string("(sensitive value)") : json_incref(json_object_get(e, "value"))));
		}
		ui_print_json(stdout, j);
		json_decref(j);
	} else {
		const char *k;
		json_t *e;
		json_object_foreach(outs, k, e) {
			struct strbuf sb = STRBUF_INIT;
			if (json_is_true(json_object_get(e, "sensitive")))
				strbuf_addstr(&sb, "(sensitive value)");
			else
				render_value(&sb, json_object_get(e, "value"), 0);
			ui_printf(stdout, "%s = %s\n", k, sb.buf);
			strbuf_release(&sb);
		}
	}
	code = 0;
out:
	json_decref(st);
	cli_opts_release(&o);
	return code;
}
