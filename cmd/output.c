/*
 * output.c: `terrace output [NAME]`: output values from the state.
 */
#include "cmd/cli.h"
#include "plan/state.h"

#include <stdlib.h>

static const struct cli_command output_cmd = {
	"output", "terrace output [options] [NAME]",
	"Print the stack's outputs from the state. With NAME, print that value alone\n"
	"(strings without quotes with -raw); sensitive values are shown only this way,\n"
	"computed again from the stack and its variables: the state keeps only their hash.",
	1,
};

int cmd_output(int argc, char **argv)
{
	struct cli_setup o;
	bool raw = false;
	const struct cli_option options[] = {
		OPT_SETUP(SETUP_STACK | SETUP_STATE | SETUP_VARS | SETUP_JSON | SETUP_NO_COLOR | SETUP_ENV |
			  SETUP_ALL),
		OPT_BOOL("raw", "print a string output without quotes", &raw),
		OPT_END(),
	};
	enum cli_parsed parsed = cli_parse(&output_cmd, options, argc, argv, &o);
	if (parsed != CLI_RUN)
		return CLI_EXIT_CODE(parsed);
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
		/* Asked for by name: the user gets the value, sensitive or not
		 * (as `terraform output NAME` does); nothing else is printed. A
		 * sensitive one is computed again from the stack: the state
		 * keeps only its hash. */
		struct strbuf err = STRBUF_INIT;
		json_t *v = ctx_sensitive_output(&o, NULL, st, o.positional[0], &err);
		if (!v) {
			ui_error("%s", err.buf);
			strbuf_release(&err);
			goto out;
		}
		strbuf_release(&err);
		if ((raw || !o.json) && json_is_string(v)) {
			fputs(json_string_value(v), stdout);
			fputs(raw ? "" : "\n", stdout);
		} else {
			char *t = json_dumps(v, JSON_ENCODE_ANY | JSON_INDENT(2));
			printf("%s\n", t);
			free(t);
		}
		json_decref(v);
		code = 0;
		goto out;
	}
	if (o.json) {
		json_t *j = json_object();
		const char *k;
		json_t *e;
		json_object_foreach(outs, k, e) {
			bool sens = json_is_true(json_object_get(e, "sensitive"));
			const json_t *v = json_object_get(e, "value");
			json_t *one = json_pack("{s:b}", "sensitive", sens);
			/* Terraform's {sensitive, type, value}; a sensitive value's
			 * type is left out with it (the state keeps its hash). */
			if (!value_is_hashed(v))
				json_object_set_new(one, "type", render_value_type(v));
			json_object_set_new(one, "value", sens ? json_string("(sensitive value)")
							       : json_incref((json_t *)v));
			json_object_set_new(j, k, one);
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
	cli_setup_release(&o);
	return code;
}
