/*
 * fmt.c: `terrace fmt`: rewrite stack files in the canonical layout
 * (stacks/fmt.h), as `terraform fmt` does: the YAML files of the current
 * folder, or the files and folders named, -stack's as every command takes
 * it among them (-recursive: their subfolders too; "-": stdin to stdout). Prints the name of each file it changed;
 * -check changes nothing, lists the files that are not laid out and exits
 * 3 when there is one, for CI; -diff shows what it changes (or, with
 * -check, would change) as `diff -u` does, labelled old/PATH and new/PATH
 * as `terraform fmt -diff` labels it: diff(1) writes it, as it does for
 * Terraform.
 */
#include "cmd/cli.h"
#include "provider/base/input_file.h"
#include "stacks/fmt.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static const struct cli_command fmt_cmd = {
	"fmt", "terrace fmt [options] [PATH...]",
	"Rewrite the stack files (*.yaml, *.yml) of the current folder, or of the files and\n"
	"folders given (or -stack's), in the canonical layout: two spaces a level, \"- \"\n"
	"before an entry, one space after a key's colon, in a flow collection one after\n"
	"each comma and colon, none inside braces or brackets\n"
	"({a: 1, b: [x, y]}), no trailing spaces, one blank line at most, one newline at\n"
	"the end; comments and values stay as written. \"-\" formats stdin to stdout.\n"
	"Prints each file changed; -diff shows the changes as a unified diff (with\n"
	"-check, those it would make).\n"
	"Exit codes: 0 done, 1 error, 3 with -check when a file is not laid out.",
	4,
};

struct fmt_run {
	bool check, recursive, diff;
	int unformatted, errors;
};

static bool is_stack_file(const char *name)
{
	size_t n = strlen(name);
	return name[0] != '.' && ((n > 5 && !strcmp(name + n - 5, ".yaml")) ||
				  (n > 4 && !strcmp(name + n - 4, ".yml")));
}

static int read_all(FILE *f, struct strbuf *sb)
{
	char buf[65536];
	size_t n;
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		strbuf_add(sb, buf, n);
	return ferror(f) ? -1 : 0;
}

/* Replace path's content, keeping its mode: a temporary file beside it,
 * renamed over it. */
static int write_back(const char *path, const struct strbuf *text)
{
	struct stat st;
	char *tmp = xasprintf("%s.fmt.%ld", path, (long)getpid());
	FILE *f = NULL;
	int rc = -1;
	if (stat(path, &st) || !(f = fopen(tmp, "w")))
		goto out;
	if (fwrite(text->buf, 1, text->len, f) != text->len || fflush(f) ||
	    fchmod(fileno(f), st.st_mode & 07777) || fsync(fileno(f)))
		goto out;
	if (fclose(f)) {
		f = NULL;
		goto out;
	}
	f = NULL;
	rc = rename(tmp, path);
out:
	if (f)
		fclose(f);
	if (rc)
		unlink(tmp);
	free(tmp);
	return rc;
}

/* A new temporary file holding text; its path (free it), or NULL. */
static char *temp_with(const struct strbuf *text)
{
	const char *tmp = getenv("TMPDIR");
	char *path = xasprintf("%s/terrace-fmt-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	int fd = mkstemp(path);
	bool ok = fd >= 0 && write(fd, text->buf ? text->buf : "", text->len) == (ssize_t)text->len;

	if (fd >= 0 && close(fd))
		ok = false;
	if (!ok) {
		if (fd >= 0)
			unlink(path);
		free(path);
		return NULL;
	}
	return path;
}

/* `diff -u` of before and after on stdout, labelled old/PATH and new/PATH;
 * -1 after saying why it could not run. */
static int show_diff(const char *path, const struct strbuf *before, const struct strbuf *after)
{
	char *a = temp_with(before), *b = a ? temp_with(after) : NULL;
	char *old_label = xasprintf("--label=old/%s", path), *new_label = xasprintf("--label=new/%s", path);
	int status = -1;
	pid_t pid = -1;

	fflush(stdout);
	if (b && (pid = fork()) == 0) {
		execlp("diff", "diff", old_label, new_label, "-u", a, b, (char *)NULL);
		_exit(127);
	}
	if (pid > 0 && waitpid(pid, &status, 0) < 0)
		status = -1;
	if (a)
		unlink(a);
	if (b)
		unlink(b);
	free(a);
	free(b);
	free(old_label);
	free(new_label);
	/* diff exits 1 when the files differ, as they do here. */
	if (status < 0 || !WIFEXITED(status) || WEXITSTATUS(status) > 1)
		return ui_error("fmt -diff: cannot show the changes to %s: diff -u %s", path,
				pid < 0 || !b ? "could not run"
				: WIFEXITED(status) && WEXITSTATUS(status) == 127 ? "is not installed"
										  : "failed");
	return 0;
}

static void fmt_file(struct fmt_run *r, const char *path)
{
	struct strbuf in = STRBUF_INIT, out = STRBUF_INIT;
	struct diags d = DIAGS_INIT;
	bool is_stdin = !strcmp(path, "-");
	const char *why = NULL;
	if (is_stdin ? read_all(stdin, &in) : input_file_read(path, &in, &why)) {
		ui_error("fmt: cannot read %s: %s", path, why ? why : strerror(errno));
		r->errors++;
		goto out;
	}
	if (stack_fmt(is_stdin ? "<stdin>" : path, in.buf ? in.buf : "", in.len, &out, &d)) {
		ui_diags(&d);
		r->errors++;
		goto out;
	}
	bool same = in.len == out.len && (!in.len || !memcmp(in.buf, out.buf, in.len));
	if (is_stdin) {
		if (r->diff && !same && show_diff("<stdin>", &in, &out))
			r->errors++;
		if (r->check)
			r->unformatted += !same;
		else if (!r->diff)
			fwrite(out.buf ? out.buf : "", 1, out.len, stdout);
		goto out;
	}
	if (same)
		goto out;
	r->unformatted++;
	if (!r->check && write_back(path, &out)) {
		ui_error("fmt: cannot write %s: %s", path, strerror(errno));
		r->errors++;
		goto out;
	}
	ui_printf(stdout, "%s\n", path);
	if (r->diff && show_diff(path, &in, &out))
		r->errors++;
out:
	strbuf_release(&in);
	strbuf_release(&out);
	diags_free(&d);
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The stack files of a folder in name order, then (-recursive) its
 * subfolders'. */
static void fmt_dir(struct fmt_run *r, const char *dir)
{
	DIR *dh = opendir(dir);
	if (!dh) {
		ui_error("fmt: cannot read folder %s: %s", dir, strerror(errno));
		r->errors++;
		return;
	}
	char **names = NULL;
	size_t n = 0;
	struct dirent *e;
	while ((e = readdir(dh))) {
		if (e->d_name[0] == '.')
			continue;
		names = xrealloc(names, (n + 1) * sizeof(*names));
		names[n++] = xstrdup(e->d_name);
	}
	closedir(dh);
	qsort(names, n, sizeof(*names), cmp_names);
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < n; i++) {
			char *path = !strcmp(dir, ".") ? xstrdup(names[i])
				     : xasprintf("%s/%s", dir, names[i]);
			struct stat st;
			if (!stat(path, &st)) {
				if (pass == 0 && S_ISREG(st.st_mode) && is_stack_file(names[i]))
					fmt_file(r, path);
				else if (pass == 1 && S_ISDIR(st.st_mode) && r->recursive)
					fmt_dir(r, path);
			}
			free(path);
		}
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
}

int cmd_fmt(int argc, char **argv)
{
	struct cli_setup o;
	struct fmt_run r = { 0 };
	const struct cli_option options[] = {
		OPT_SETUP(SETUP_STACK | SETUP_NO_COLOR),
		OPT_BOOL("check", "change nothing; list the files not laid out, exit 3 if any",
			 &r.check),
		OPT_BOOL("recursive", "format the subfolders too", &r.recursive),
		OPT_BOOL("diff", "show the changes as a unified diff (with -check, those it would "
			 "make)", &r.diff),
		OPT_END(),
	};
	enum cli_parsed parsed = cli_parse(&fmt_cmd, options, argc, argv, &o);
	if (parsed != CLI_RUN)
		return CLI_EXIT_CODE(parsed);
	if (!o.n_positional && !o.stack_path)
		fmt_dir(&r, ".");
	for (int i = o.stack_path ? -1 : 0; i < o.n_positional; i++) {
		const char *path = i < 0 ? o.stack_path : o.positional[i];
		struct stat st;
		if (!strcmp(path, "-"))
			fmt_file(&r, "-");
		else if (stat(path, &st)) {
			ui_error("fmt: %s: %s", path, strerror(errno));
			r.errors++;
		} else if (S_ISDIR(st.st_mode)) {
			fmt_dir(&r, path);
		} else {
			fmt_file(&r, path);
		}
	}
	cli_setup_release(&o);
	if (r.errors)
		return 1;
	return r.check && r.unformatted ? 3 : 0;
}
