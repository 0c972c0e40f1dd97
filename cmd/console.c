/*
 * console.c: `terrace console`: evaluate expressions against the stack's
 * variables and locals and the resources in its state, one per line from
 * stdin, as `terraform console` does. Nothing is changed and no lock is
 * taken; a value derived from a secret prints as (sensitive value).
 */
#include "cmd/cli.h"
#include "plan/state.h"
#include "stacks/expand.h"
#include "stacks/expr.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const struct cli_command console_cmd = {
	"console", "terrace console [options]",
	"Evaluate expressions (${raw.arn}, or raw.arn alone) against the variables, locals\n"
	"and the resources in the state, one per line read from stdin; exit on end of input\n"
	"or `exit`. Exit code 1 when any expression failed.",
	0,
};

/* A line as a "${...}" string: an expression as Terraform's console takes
 * it ([for ...], "${i}-x", raw.arn), else a template as written in a stack
 * (${raw.arn}/x); text without "${" is an expression, so its errors are
 * reported. NULL when the line is not UTF-8. */
static json_t *line_expression(const char *line)
{
	char *wrapped = xasprintf("${%s}", line);
	bool template = strstr(line, "${") && !expr_is_one_expression(wrapped);
	json_t *expr = json_string(template ? line : wrapped);
	free(wrapped);
	return expr;
}

/* One line: 0 printed, -1 the error printed. Its references are checked
 * as validate checks a stack's (an attribute the resource type does not
 * have is an error, not null), then it is evaluated. */
static int eval_line(const struct cli_context *cx, const json_t *state, const char *line)
{
	bool sensitive = false;
	struct strbuf err = STRBUF_INIT;
	struct diags d = DIAGS_INIT;
	json_t *expr = line_expression(line);
	json_t *renamed = NULL, *v = NULL;
	if (!expr)
		strbuf_addstr(&err, "the expression is not valid UTF-8");
	else if (stack_check_refs(cx->stack, expr, "the console", &d) == 0 &&
		 (renamed = expand_root_expression(expr, &err)))
		v = plan_eval_in_state(cx->snapshot, state, renamed, &sensitive, &err);
	json_decref(renamed);
	json_decref(expr);
	if (!v) {
		if (d.n)
			ui_diags(&d);
		else
			ui_error("%s", err.buf);
		diags_free(&d);
		strbuf_release(&err);
		return -1;
	}
	diags_free(&d);
	struct strbuf sb = STRBUF_INIT;
	if (sensitive)
		strbuf_addstr(&sb, "(sensitive value)");
	else
		render_value(&sb, v, 0);
	ui_printf(stdout, "%s\n", sb.buf);
	strbuf_release(&sb);
	strbuf_release(&err);
	json_decref(v);
	return 0;
}

int cmd_console(int argc, char **argv)
{
	struct cli_setup o;
	const struct cli_option options[] = {
		OPT_SETUP(SETUP_STACK | SETUP_STATE | SETUP_VARS | SETUP_BACKEND_CONFIG |
			  SETUP_NO_COLOR | SETUP_ENV),
		OPT_END(),
	};
	enum cli_parsed parsed = cli_parse(&console_cmd, options, argc, argv, &o);
	if (parsed != CLI_RUN)
		return CLI_EXIT_CODE(parsed);
	struct cli_context cx = { 0 };
	struct diags d = DIAGS_INIT;
	json_t *state = NULL;
	int code = 1;
	if (ctx_load_stack_vars(&cx, &o, NULL, &d) || !(state = ctx_read_state(&o)) ||
	    ctx_match_state(&cx, &o, state, &d))
		goto out;
	code = 0;
	bool prompt = isatty(STDIN_FILENO) && isatty(STDOUT_FILENO);
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	for (;;) {
		if (prompt)
			fputs("> ", stdout), fflush(stdout);
		if ((n = getline(&line, &cap, stdin)) < 0)
			break;
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r' ||
				 line[n - 1] == ' ' || line[n - 1] == '\t'))
			line[--n] = '\0';
		const char *text = line + strspn(line, " \t");
		if (!*text)
			continue;
		if (!strcmp(text, "exit"))
			break;
		if (eval_line(&cx, state, text))
			code = 1;
	}
	free(line);
out:
	if (ui_diags(&d))
		code = 1;
	json_decref(state);
	diags_free(&d);
	ctx_release(&cx);
	cli_setup_release(&o);
	return code;
}
