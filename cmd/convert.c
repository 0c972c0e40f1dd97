/*
 * convert.c: `terrace convert`: a Terraform configuration (or, merged with
 * the CloudFormation side, a template) as one stack file, laid out as
 * `terrace fmt` writes it (stacks/convert.h). -existing names what the
 * source made (a Terraform state), which becomes the stack's import:
 * blocks. Exit codes: 0 all carried, 1 error, 3 written with constructs
 * left out (each a warning at its file:line).
 */
#include "cmd/cli.h"
#include "stacks/convert.h"
#include "stacks/fmt.h"

#include <dirent.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

static const struct cli_command convert_cmd = {
	"convert", "terrace convert [options] PATH",
	"Convert a Terraform configuration (a *.tf file, or a folder of them) into one\n"
	"stack file, laid out as terrace fmt writes it, on stdout or in -out FILE.\n"
	"Every construct it cannot carry (another provider, a module, a provisioner, a\n"
	"data source with no lookup, a function terrace lacks) is a warning at its\n"
	"file:line with why. -existing STATE (a Terraform state, format version 4)\n"
	"adds import: blocks, so that the stack plans no change against what\n"
	"Terraform made.\n"
	"Exit codes: 0 converted, 1 error, 3 converted with constructs left out.",
	1,
};

/* terraform when path is a *.tf file or a folder holding one. */
static const char *guess_from(const char *path)
{
	size_t n = strlen(path);
	struct stat st;
	if (n > 3 && !strcmp(path + n - 3, ".tf"))
		return "terraform";
	if (stat(path, &st) || !S_ISDIR(st.st_mode))
		return NULL;
	DIR *dir = opendir(path);
	struct dirent *e;
	const char *from = NULL;
	while (dir && !from && (e = readdir(dir))) {
		size_t len = strlen(e->d_name);
		if (len > 3 && !strcmp(e->d_name + len - 3, ".tf"))
			from = "terraform";
	}
	if (dir)
		closedir(dir);
	return from;
}

int cmd_convert(int argc, char **argv)
{
	struct cli_setup o;
	const char *from = NULL, *existing = NULL, *out_path = NULL;
	const struct cli_option options[] = {
		OPT_SETUP(SETUP_NO_COLOR),
		OPT_STRING("from", "KIND", "what PATH is: terraform (guessed from PATH's *.tf files)",
			   &from),
		OPT_STRING("existing", "FILE", "what the source made: a Terraform state file",
			   &existing),
		OPT_STRING("out", "FILE", "write the stack to FILE (a new file) instead of stdout",
			   &out_path),
		OPT_END(),
	};
	enum cli_parsed parsed = cli_parse(&convert_cmd, options, argc, argv, &o);
	if (parsed != CLI_RUN)
		return CLI_EXIT_CODE(parsed);
	int rc = 1;
	struct diags d = DIAGS_INIT;
	struct convert_result result = { .left_out = 0 };
	struct strbuf laid = STRBUF_INIT;
	json_t *state = NULL;
	strbuf_init(&result.stack);
	if (o.n_positional != 1) {
		ui_error("convert: give one PATH: a *.tf file or a folder of them");
		goto done;
	}
	const char *path = o.positional[0];
	if (!from && !(from = guess_from(path))) {
		ui_error("convert: cannot tell what %s is: give -from terraform", path);
		goto done;
	}
	if (strcmp(from, "terraform")) {
		ui_error("convert: -from %s: this build converts terraform", from);
		goto done;
	}
	if (existing) {
		json_error_t je;
		if (!(state = json_load_file(existing, 0, &je))) {
			ui_error("convert: -existing %s:%d:%d: %s", existing, je.line, je.column, je.text);
			goto done;
		}
	}
	struct convert_source source = { path, state };
	if (convert_terraform(&source, &result, &d) < 0 ||
	    stack_fmt(out_path ? out_path : "(stdout)", result.stack.buf, result.stack.len, &laid,
		      &d) < 0) {
		ui_diags(&d);
		goto done;
	}
	ui_diags(&d);
	if (out_path) {
		FILE *f = fopen(out_path, "wx");
		if (!f || fwrite(laid.buf, 1, laid.len, f) != laid.len) {
			if (f)
				fclose(f);
			ui_error("convert: cannot write %s (an existing file is never overwritten)",
				 out_path);
			goto done;
		}
		fclose(f);
	} else {
		fwrite(laid.buf, 1, laid.len, stdout);
	}
	if (result.left_out)
		fprintf(stderr, "%zu construct%s left out (the warnings above say which and why)\n",
			result.left_out, result.left_out == 1 ? "" : "s");
	rc = result.left_out ? 3 : 0;
done:
	json_decref(state);
	strbuf_release(&laid);
	strbuf_release(&result.stack);
	diags_free(&d);
	cli_setup_release(&o);
	return rc;
}
