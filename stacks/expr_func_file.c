/*
 * expr_func_file.c: the functions that read files, as Terraform's: file,
 * filebase64, fileexists, fileset, filemd5, filesha1, filesha256,
 * filesha512, filebase64sha256, filebase64sha512, templatefile (and
 * templatestring, its twin for a template held in a string), and the
 * path functions basename, dirname, abspath and pathexpand. Relative paths are relative to the
 * current directory, which is the root stack's folder while a stack is
 * evaluated (plan/plan.h, plan_enter_dir), as Terraform's is the root
 * module's (write "${path.module}/x" for a file beside a module).
 */
#include "stacks/expr_func_lib.h"
#include "provider/base/input_file.h"
#include "stacks/expr.h"
#include "stacks/expr_path.h"
#include "provider/provider.h"

#include <dirent.h>
#include <errno.h>
#include <fnmatch.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* The bytes of the file named by argument 0 into data; -1 with err
 * "NAME: cannot read "path": why". */
static int read_arg_file(const struct func_args *a, const char *name, struct strbuf *data,
			 struct strbuf *err)
{
	char *path = fn_text(a, 0);
	const char *why;
	int rc = input_file_read(path, data, &why);
	if (rc < 0)
		strbuf_addf(err, "%s: cannot read \"%s\": %s", name, path, why);
	free(path);
	return rc;
}

json_t *fn_file(const struct func_args *a, struct strbuf *err)
{
	struct strbuf data = STRBUF_INIT;
	json_t *out = NULL;
	if (read_arg_file(a, "file", &data, err) == 0) {
		out = json_stringn(data.buf, data.len);
		if (!out) {
			char *path = fn_text(a, 0);
			strbuf_addf(err, "file: \"%s\" is not UTF-8 text (filebase64 reads any file)",
				    path);
			free(path);
		}
	}
	strbuf_release(&data);
	return out;
}

json_t *fn_filebase64(const struct func_args *a, struct strbuf *err)
{
	struct strbuf data = STRBUF_INIT;
	json_t *out = NULL;
	if (read_arg_file(a, "filebase64", &data, err) == 0)
		out = fn_base64((const unsigned char *)data.buf, data.len);
	strbuf_release(&data);
	return out;
}

static json_t *hash_file(const struct func_args *a, const char *name, const char *md, bool b64,
			 struct strbuf *err)
{
	struct strbuf data = STRBUF_INIT;
	json_t *out = NULL;
	if (read_arg_file(a, name, &data, err) == 0) {
		unsigned char digest[EVP_MAX_MD_SIZE];
		unsigned n = fn_digest(md, data.buf, data.len, digest);
		if (n)
			out = b64 ? fn_base64(digest, n) : fn_hex(digest, n);
		else
			strbuf_addf(err, "%s: the digest failed", name);
	}
	strbuf_release(&data);
	return out;
}

json_t *fn_filemd5(const struct func_args *a, struct strbuf *err)
{
	return hash_file(a, "filemd5", "md5", false, err);
}

json_t *fn_filesha1(const struct func_args *a, struct strbuf *err)
{
	return hash_file(a, "filesha1", "sha1", false, err);
}

json_t *fn_filesha256(const struct func_args *a, struct strbuf *err)
{
	return hash_file(a, "filesha256", "sha256", false, err);
}

json_t *fn_filesha512(const struct func_args *a, struct strbuf *err)
{
	return hash_file(a, "filesha512", "sha512", false, err);
}

json_t *fn_filebase64sha256(const struct func_args *a, struct strbuf *err)
{
	return hash_file(a, "filebase64sha256", "sha256", true, err);
}

json_t *fn_filebase64sha512(const struct func_args *a, struct strbuf *err)
{
	return hash_file(a, "filebase64sha512", "sha512", true, err);
}

/* fileexists(path): whether a file is there; a folder is an error. */
json_t *fn_fileexists(const struct func_args *a, struct strbuf *err)
{
	char *path = fn_text(a, 0);
	struct stat st;
	json_t *out = NULL;
	if (stat(path, &st) < 0) {
		if (errno == ENOENT || errno == ENOTDIR)
			out = json_false();
		else
			strbuf_addf(err, "fileexists: cannot look at \"%s\": %s", path, strerror(errno));
	} else if (S_ISDIR(st.st_mode)) {
		strbuf_addf(err, "fileexists: \"%s\" is a folder, not a file", path);
	} else {
		out = json_true();
	}
	free(path);
	return out;
}

/* ---- fileset ------------------------------------------------------------------ */

/* Whether the path segments match the pattern segments: "**" stands for
 * any number of segments, the others are fnmatch patterns of one. */
static bool match_segments(char **pat, size_t np, char **seg, size_t ns)
{
	if (!np)
		return !ns;
	if (!strcmp(pat[0], "**")) {
		for (size_t skip = 0; skip <= ns; skip++)
			if (match_segments(pat + 1, np - 1, seg + skip, ns - skip))
				return true;
		return false;
	}
	return ns && fnmatch(pat[0], seg[0], 0) == 0 &&
	       match_segments(pat + 1, np - 1, seg + 1, ns - 1);
}

static char **split_path(char *s, size_t *n)
{
	char **parts = xcalloc(strlen(s) + 2, sizeof(*parts));
	*n = 0;
	for (char *tok = strtok(s, "/"); tok; tok = strtok(NULL, "/"))
		parts[(*n)++] = tok;
	return parts;
}

struct walk {
	char **pat;
	size_t np;
	json_t *out;
	int depth;
};

static void walk_dir(struct walk *w, const char *dir, const char *rel)
{
	DIR *d = opendir(dir);
	if (!d || w->depth > 64) {
		if (d)
			closedir(d);
		return;
	}
	w->depth++;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		char *full = xasprintf("%s/%s", dir, e->d_name);
		char *name = *rel ? xasprintf("%s/%s", rel, e->d_name) : xstrdup(e->d_name);
		struct stat st;
		if (stat(full, &st) == 0 && S_ISDIR(st.st_mode)) {
			walk_dir(w, full, name);
		} else if (stat(full, &st) == 0 && S_ISREG(st.st_mode)) {
			char *copy = xstrdup(name);
			size_t ns;
			char **seg = split_path(copy, &ns);
			if (match_segments(w->pat, w->np, seg, ns))
				json_array_append_new(w->out, json_string(name));
			free(seg);
			free(copy);
		}
		free(full);
		free(name);
	}
	w->depth--;
	closedir(d);
}

static int cmp_json_strings(const void *x, const void *y)
{
	return strcmp(json_string_value(*(json_t *const *)x), json_string_value(*(json_t *const *)y));
}

/*
 * fileset(path, pattern): the files under path whose path relative to it
 * matches pattern ("*" and "?" within a folder name, "[a-z]", "**" any
 * number of folders), sorted; a missing folder has none.
 */
json_t *fn_fileset(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	char *dir = fn_text(a, 0), *pattern = fn_text(a, 1);
	size_t np;
	char **pat = split_path(pattern, &np);
	struct walk w = { pat, np, json_array(), 0 };
	walk_dir(&w, *dir ? dir : ".", "");
	size_t n = json_array_size(w.out);
	json_t **items = xcalloc(n + 1, sizeof(*items));
	for (size_t i = 0; i < n; i++)
		items[i] = json_array_get(w.out, i);
	qsort(items, n, sizeof(*items), cmp_json_strings);
	json_t *out = json_array();
	for (size_t i = 0; i < n; i++)
		json_array_append(out, items[i]);
	free(items);
	json_decref(w.out);
	free(pat);
	free(pattern);
	free(dir);
	return out;
}

/* ---- basename, dirname ----------------------------------------------------------- */

/* Go's filepath.Clean: one "/" between names, no "." names, ".." taking
 * away the name before it; "" is ".". */
static char *clean_path(const char *p)
{
	bool rooted = *p == '/';
	char *copy = xstrdup(p);
	size_t n;
	char **parts = split_path(copy, &n), **keep = xcalloc(n + 1, sizeof(*keep));
	size_t k = 0;
	for (size_t i = 0; i < n; i++) {
		if (!strcmp(parts[i], "."))
			continue;
		if (!strcmp(parts[i], "..") && k && strcmp(keep[k - 1], ".."))
			k--;
		else if (!(strcmp(parts[i], "..") == 0 && rooted && !k))
			keep[k++] = parts[i];
	}
	struct strbuf out = STRBUF_INIT;
	if (rooted)
		strbuf_addch(&out, '/');
	for (size_t i = 0; i < k; i++)
		strbuf_addf(&out, "%s%s", i ? "/" : "", keep[i]);
	if (!out.len)
		strbuf_addch(&out, '.');
	free(keep);
	free(parts);
	free(copy);
	return strbuf_detach(&out);
}

json_t *fn_basename(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	char *p = fn_text(a, 0);
	size_t len = strlen(p);
	json_t *out;
	while (len > 1 && p[len - 1] == '/')
		len--;
	p[len] = '\0';
	if (!len) {
		out = json_string(".");
	} else {
		char *slash = strrchr(p, '/');
		out = json_string(slash && slash[1] ? slash + 1 : slash ? "/" : p);
	}
	free(p);
	return out;
}

json_t *fn_dirname(const struct func_args *a, struct strbuf *err)
{
	(void)err;
	char *p = fn_text(a, 0);
	char *slash = strrchr(p, '/');
	if (slash)
		slash[1] = '\0';
	else
		p[0] = '\0';
	char *clean = clean_path(p);
	json_t *out = json_string(clean);
	free(clean);
	free(p);
	return out;
}

/* ---- templatefile, templatestring ------------------------------------------ */

struct template_vars {
	const char *fn;     /* "templatefile" or "templatestring", for messages */
	const json_t *vars;
};

/* A template's ${name} and ${name.path} read from the vars map. */
static int resolve_template_var(void *ctx, const struct expr_ref *ref, json_t **out,
				json_t **sensitive, struct strbuf *err)
{
	const struct template_vars *tv = ctx;
	(void)sensitive; /* the call is sensitive already when vars is */
	const json_t *value = json_object_get(tv->vars, ref->root);
	if (!value) {
		strbuf_addf(err, "%s: the template uses \"%s\", which vars does not have", tv->fn,
			    ref->root);
		return -1;
	}
	const json_t *at = expr_path_get(value, ref->path, err);
	if (!at) {
		strbuf_prefixf(err, "%s: %s: ", tv->fn, ref->root);
		return -1;
	}
	*out = json_deep_copy(at);
	return 0;
}

/* text (a string) with each ${...} evaluated, names standing for vars'
 * entries; always text. what names the template in messages. */
static json_t *render_template(const struct func_args *a, const char *fn, json_t *text,
			       const char *what, struct strbuf *err)
{
	struct template_vars tv = { fn, a->v[1] };
	json_t *out = a->eval(text, resolve_template_var, &tv, a->edition, NULL, err);
	if (!out) {
		if (strncmp(err->buf, fn, strlen(fn)) || err->buf[strlen(fn)] != ':')
			strbuf_prefixf(err, "%s: %s: ", fn, what);
		return NULL;
	}
	if (json_is_string(out) || value_is_unknown(out)) /* a var it uses not known yet */
		return out;
	struct strbuf sb = STRBUF_INIT;
	json_t *str = NULL;
	if (expr_stringify_as(out, a->edition, &sb) == 0)
		str = json_stringn(sb.buf, sb.len);
	else
		strbuf_addf(err, "%s: the template is one ${...} whose value is %s, not text", fn,
			    value_kind(out));
	strbuf_release(&sb);
	json_decref(out);
	return str;
}

/*
 * templatefile(path, vars): the file's text with each ${...} evaluated, a
 * name in it standing for vars' entry (functions and operators work as in
 * the stack). The result is always a string; sensitive when vars is.
 */
json_t *fn_templatefile(const struct func_args *a, struct strbuf *err)
{
	json_t *text = fn_file(a, err);
	if (!text) {
		strbuf_prefixf(err, "template");
		return NULL;
	}
	char *path = fn_text(a, 0);
	char *what = xasprintf("\"%s\"", path);
	json_t *out = render_template(a, "templatefile", text, what, err);
	free(what);
	free(path);
	json_decref(text);
	return out;
}

/* templatestring(template, vars): the same for a template that is a string
 * (a local holding "Hello, $${name}!", an object's body). */
json_t *fn_templatestring(const struct func_args *a, struct strbuf *err)
{
	char *s = fn_text(a, 0);
	json_t *text = json_string(s);
	json_t *out = render_template(a, "templatestring", text, "the template", err);
	json_decref(text);
	free(s);
	return out;
}

/* abspath(path): path made absolute from the current directory and
 * cleaned ("a/../b" is "$PWD/b"); symbolic links are kept as written. */
json_t *fn_abspath(const struct func_args *a, struct strbuf *err)
{
	char *p = fn_text(a, 0), *full;
	if (p[0] == '/') {
		full = xstrdup(p);
	} else {
		char *cwd = getcwd(NULL, 0);
		if (!cwd) {
			strbuf_addf(err, "abspath: cannot tell the current directory: %s", strerror(errno));
			free(p);
			return NULL;
		}
		full = xasprintf("%s/%s", cwd, p);
		free(cwd);
	}
	char *clean = clean_path(full);
	json_t *out = json_string(clean);
	free(clean);
	free(full);
	free(p);
	return out;
}

/* pathexpand(path): a leading "~" is the home directory ($HOME). */
json_t *fn_pathexpand(const struct func_args *a, struct strbuf *err)
{
	char *p = fn_text(a, 0);
	json_t *out = NULL;
	const char *home = getenv("HOME");
	if (p[0] != '~') {
		out = json_string(p);
	} else if (p[1] && p[1] != '/') {
		strbuf_addf(err, "pathexpand: \"%s\": only ~ (your home) can be expanded, not ~user",
			    p);
	} else if (!home || !*home) {
		strbuf_addstr(err, "pathexpand: HOME is not set");
	} else {
		char *full = xasprintf("%s%s", home, p + 1);
		out = json_string(full);
		free(full);
	}
	free(p);
	return out;
}
