/*
 * files.c: the files of a build, for build.c and cache.c alike: paths
 * joined, folders made, removed and copied; the files under a path (folders
 * walked, globs expanded, sorted, without repeats); and SHA-256s: of a file,
 * of a folder's files, of a text and of the parts of the inputs' key. It
 * calls neither of them.
 */
#include "provider/build/build.h"
#include "provider/build/build_internal.h"
#include "provider/base/encoding.h"
#include "provider/base/folder_chain.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <glob.h>
#include <openssl/evp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- small helpers ---- */

void build_digest_final_hex(EVP_MD_CTX *ctx, char out[BUILD_SHA256_HEX])
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned n = 0;

	EVP_DigestFinal_ex(ctx, md, &n);
	hex_text(md, n, out);
}

EVP_MD_CTX *build_digest_new(void)
{
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();

	if (!ctx || EVP_DigestInit_ex(ctx, EVP_sha256(), NULL) != 1)
		abort();
	return ctx;
}

/* Add a string and its terminating NUL, so that ("ab","c") != ("a","bc"). */
void build_digest_str(EVP_MD_CTX *ctx, const char *s)
{
	EVP_DigestUpdate(ctx, s, strlen(s) + 1);
}

int build_file_sha256(const char *path, char out[BUILD_SHA256_HEX], struct strbuf *err)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	unsigned char buf[65536];
	EVP_MD_CTX *ctx;
	ssize_t n;

	if (fd < 0) {
		strbuf_addf(err, "cannot read %s: %s", path, strerror(errno));
		return -1;
	}
	ctx = build_digest_new();
	while ((n = read(fd, buf, sizeof(buf))) > 0)
		EVP_DigestUpdate(ctx, buf, (size_t)n);
	if (n < 0)
		strbuf_addf(err, "cannot read %s: %s", path, strerror(errno));
	close(fd);
	if (n == 0)
		build_digest_final_hex(ctx, out);
	EVP_MD_CTX_free(ctx);
	return n < 0 ? -1 : 0;
}

char *build_join(const char *dir, const char *name)
{
	if (!dir || !*dir || !strcmp(dir, "."))
		return xstrdup(name);
	if (!strcmp(name, "."))
		return xstrdup(dir);
	return xasprintf("%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", name);
}

/* mkdir -p */
int build_make_dirs(const char *path, struct strbuf *err)
{
	char *p = xstrdup(path);

	for (char *s = p + 1; ; s++) {
		if (*s != '/' && *s)
			continue;
		char c = *s;
		*s = '\0';
		if (mkdir(p, 0755) < 0 && errno != EEXIST) {
			strbuf_addf(err, "cannot make the folder %s: %s", p, strerror(errno));
			free(p);
			return -1;
		}
		*s = c;
		if (!c)
			break;
	}
	free(p);
	return 0;
}

/* rm -rf; a missing path is fine. */
int build_remove_tree(const char *path, int depth)
{
	struct stat st;

	if (lstat(path, &st) < 0)
		return errno == ENOENT ? 0 : -1;
	if (S_ISDIR(st.st_mode) && depth < BUILD_MAX_DEPTH) {
		DIR *d = opendir(path);
		struct dirent *e;

		if (!d)
			return -1;
		while ((e = readdir(d))) {
			if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
				continue;
			char *child = build_join(path, e->d_name);
			build_remove_tree(child, depth + 1);
			free(child);
		}
		closedir(d);
		return rmdir(path);
	}
	return unlink(path);
}

/* Copy a file (its executable bit kept) or a folder's files (up: the
 * folders the copy is inside). */
static int copy_tree(const char *from, const char *to, const struct folder_chain *up,
		     struct strbuf *err)
{
	struct stat st;

	if (stat(from, &st) < 0) {
		strbuf_addf(err, "cannot read %s: %s", from, strerror(errno));
		return -1;
	}
	if (S_ISDIR(st.st_mode)) {
		struct folder_chain here;
		const struct folder_chain *loop = folder_chain_enter(&here, up, from, &st);
		DIR *d;
		struct dirent *e;
		int rc = 0;

		if (loop) {
			folder_chain_loop_error(err, &here, loop);
			return -1;
		}
		if (mkdir(to, 0755) < 0 && errno != EEXIST) {
			strbuf_addf(err, "cannot make the folder %s: %s", to, strerror(errno));
			return -1;
		}
		if (!(d = opendir(from))) {
			strbuf_addf(err, "cannot read the folder %s: %s", from, strerror(errno));
			return -1;
		}
		while (rc == 0 && (e = readdir(d))) {
			if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
				continue;
			char *a = build_join(from, e->d_name), *b = build_join(to, e->d_name);
			rc = copy_tree(a, b, &here, err);
			free(a);
			free(b);
		}
		closedir(d);
		return rc;
	}
	if (!S_ISREG(st.st_mode))
		return 0;
	int in = open(from, O_RDONLY | O_CLOEXEC);
	int out = in < 0 ? -1 : open(to, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC,
				     st.st_mode & 0111 ? 0755 : 0644);
	char buf[65536];
	ssize_t n = 0;

	if (in < 0 || out < 0) {
		strbuf_addf(err, "cannot copy %s to %s: %s", from, to, strerror(errno));
		if (in >= 0)
			close(in);
		return -1;
	}
	while ((n = read(in, buf, sizeof(buf))) > 0)
		if (write(out, buf, (size_t)n) != n) {
			n = -1;
			break;
		}
	if (n < 0)
		strbuf_addf(err, "cannot copy %s to %s: %s", from, to, strerror(errno));
	close(in);
	if (close(out) < 0 && n == 0) {
		strbuf_addf(err, "cannot write %s: %s", to, strerror(errno));
		n = -1;
	}
	return n < 0 ? -1 : 0;
}

int build_copy_tree(const char *from, const char *to, struct strbuf *err)
{
	return copy_tree(from, to, NULL, err);
}

/* ---- the files under a path ---- */

static void file_list_add(struct file_list *l, char *owned)
{
	if (l->n == l->alloc) {
		l->alloc = l->alloc ? 2 * l->alloc : 16;
		l->v = xrealloc(l->v, l->alloc * sizeof(*l->v));
	}
	l->v[l->n++] = owned;
}

void build_file_list_release(struct file_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = l->alloc = 0;
}

static int compare_strings(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted, without repeats. */
void build_file_list_settle(struct file_list *l)
{
	size_t out = 0;

	if (!l->n)
		return; /* an empty folder: no list to sort (qsort takes no NULL) */
	qsort(l->v, l->n, sizeof(*l->v), compare_strings);
	for (size_t i = 0; i < l->n; i++) {
		if (out && !strcmp(l->v[out - 1], l->v[i])) {
			free(l->v[i]);
			continue;
		}
		l->v[out++] = l->v[i];
	}
	l->n = out;
}

/* Whether rel is, or is under, the folder or file `skip` ("" skips nothing). */
static bool is_under(const char *rel, const char *skip)
{
	size_t n = strlen(skip);

	while (n > 1 && skip[n - 1] == '/')
		n--;
	return n && !strncmp(rel, skip, n) && (rel[n] == '\0' || rel[n] == '/');
}

/*
 * Add `rel` (relative to `base`) to the list: a regular file as itself, a
 * folder as every regular file under it (symbolic links followed), except
 * the cache's folder and what `skip` names (the build's own output: an
 * input folder holding it would change with every build).
 */
static int collect(const char *base, const char *rel, const char *skip, struct file_list *l,
		   const struct folder_chain *up, struct strbuf *err)
{
	char *path = build_join(base, rel);
	struct stat st;
	int rc = 0;

	if (is_under(rel, skip) || is_under(rel, ".terrace")) {
		free(path);
		return 0;
	}
	if (stat(path, &st) < 0) {
		strbuf_addf(err, "cannot read %s: %s", path, strerror(errno));
		free(path);
		return -1;
	}
	if (S_ISREG(st.st_mode)) {
		file_list_add(l, xstrdup(rel));
	} else if (S_ISDIR(st.st_mode)) {
		struct folder_chain here;
		const struct folder_chain *loop = folder_chain_enter(&here, up, path, &st);
		DIR *d;
		struct dirent *e;

		if (loop) {
			folder_chain_loop_error(err, &here, loop);
			free(path);
			return -1;
		}
		if (!(d = opendir(path))) {
			strbuf_addf(err, "cannot read the folder %s: %s", path, strerror(errno));
			free(path);
			return -1;
		}
		while (rc == 0 && (e = readdir(d))) {
			if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
				continue;
			char *child = !strcmp(rel, ".") ? xstrdup(e->d_name)
							: xasprintf("%s/%s", rel, e->d_name);
			rc = collect(base, child, skip, l, &here, err);
			free(child);
		}
		closedir(d);
	} /* sockets, fifos and devices are not inputs */
	free(path);
	return rc;
}

/* Whether a relative path leaves the folder it is relative to at some
 * step ("../x", "a/../../x"; not "a/../b"), read by its words alone. */
static bool climbs_out(const char *path)
{
	int depth = 0;

	for (const char *p = path; *p;) {
		size_t n = strcspn(p, "/");

		if (n == 2 && !strncmp(p, "..", 2)) {
			if (--depth < 0)
				return true;
		} else if (n && !(n == 1 && *p == '.')) {
			depth++;
		}
		p += n;
		p += *p == '/';
	}
	return false;
}

/* Whether `path` is the folder `dir` or a folder holding it (both as the
 * file system resolves them): its files would hold the build's output and
 * the cache, which change at every build. */
static bool holds_folder(const char *path, const char *dir)
{
	char *a = realpath(path, NULL), *b = realpath(dir && *dir ? dir : ".", NULL);
	size_t n = a ? strlen(a) : 0;
	bool holds = a && b && !strncmp(a, b, n) && (b[n] == '\0' || b[n] == '/' || n == 1);

	free(a);
	free(b);
	return holds;
}

/*
 * The files an input names: a file, a folder, or a glob(3) pattern,
 * relative to dir. One may lie outside dir ("../shared/requirements.txt",
 * a Lambda package's code beside the stack's folder): it is hashed by that
 * relative name, as the others are, so the key is the same in another
 * checkout of the same layout. An absolute path is refused (the key would
 * hold this machine's path), and so is an input outside dir that holds
 * dir (its files would hold the output and the cache).
 */
int build_expand_input(const char *dir, const char *pattern, const char *skip,
		       struct file_list *l, struct strbuf *err)
{
	char *full = build_join(dir, pattern);
	size_t prefix = (!dir || !*dir || !strcmp(dir, ".")) ? 0 : strlen(full) - strlen(pattern);
	bool outside = climbs_out(pattern);
	glob_t g;
	int rc = 0, grc;

	if (pattern[0] == '/') {
		strbuf_addf(err, "build.inputs: \"%s\" must be a path relative to the build's folder "
			    "(an absolute one would put this machine's path in the build's key)",
			    pattern);
		free(full);
		return -1;
	}
	grc = glob(full, GLOB_ERR, NULL, &g);
	if (grc == GLOB_NOMATCH) {
		strbuf_addf(err, "build.inputs: \"%s\" matches no file in %s", pattern,
			    dir && *dir ? dir : ".");
		free(full);
		return -1;
	}
	if (grc) {
		strbuf_addf(err, "build.inputs: cannot expand \"%s\"", pattern);
		free(full);
		return -1;
	}
	for (size_t i = 0; rc == 0 && i < g.gl_pathc; i++) {
		if (outside && holds_folder(g.gl_pathv[i], dir)) {
			strbuf_addf(err, "build.inputs: \"%s\" holds the build's folder (its output and "
				    "the cache would be inputs of the build): name the files it needs",
				    g.gl_pathv[i] + prefix);
			rc = -1;
			break;
		}
		rc = collect(prefix ? dir : NULL, g.gl_pathv[i] + prefix, skip, l, NULL, err);
	}
	globfree(&g);
	free(full);
	return rc;
}

int build_path_sha256(const char *path, char out[BUILD_SHA256_HEX], struct strbuf *err)
{
	struct file_list l = { 0 };
	struct stat st;
	EVP_MD_CTX *ctx;
	int rc = 0;

	if (stat(path, &st) < 0) {
		strbuf_addf(err, "cannot read %s: %s", path, strerror(errno));
		return -1;
	}
	if (S_ISREG(st.st_mode))
		return build_file_sha256(path, out, err);
	if (collect(path, ".", "", &l, NULL, err)) {
		build_file_list_release(&l);
		return -1;
	}
	build_file_list_settle(&l);
	ctx = build_digest_new();
	for (size_t i = 0; rc == 0 && i < l.n; i++) {
		char *file = build_join(path, l.v[i]), sha[BUILD_SHA256_HEX];

		rc = stat(file, &st) < 0 ? -1 : build_file_sha256(file, sha, err);
		if (rc == 0) {
			build_digest_str(ctx, l.v[i]);
			build_digest_str(ctx, st.st_mode & 0111 ? "x" : "-");
			build_digest_str(ctx, sha);
		} else if (!err->len) {
			strbuf_addf(err, "cannot read %s: %s", file, strerror(errno));
		}
		free(file);
	}
	if (rc == 0)
		build_digest_final_hex(ctx, out);
	EVP_MD_CTX_free(ctx);
	build_file_list_release(&l);
	return rc;
}

/* ---- the inputs' key's parts ---- */

/* The SHA-256 of one part of the key (the command, the environment). */
void build_part_digest(const char **v, size_t n, bool sort, char out[BUILD_SHA256_HEX])
{
	EVP_MD_CTX *ctx = build_digest_new();
	const char **copy = xcalloc(n + 1, sizeof(*copy));

	memcpy(copy, v, n * sizeof(*v));
	if (sort)
		qsort(copy, n, sizeof(*copy), compare_strings);
	for (size_t i = 0; i < n; i++)
		build_digest_str(ctx, copy[i]);
	free(copy);
	build_digest_final_hex(ctx, out);
	EVP_MD_CTX_free(ctx);
}

void build_text_sha256(const char *text, char out[BUILD_SHA256_HEX])
{
	const char *one[] = { text };

	build_part_digest(one, 1, false, out);
}
