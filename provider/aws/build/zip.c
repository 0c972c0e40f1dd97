/*
 * build/zip.c: deterministic zip packages of a local file or folder (see
 * zip.h), written with libzip into memory.
 */
#include "provider/aws/build/zip.h"
#include "provider/base/encoding.h"
#include "provider/base/folder_chain.h"
#include "provider/base/text.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <openssl/evp.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <zip.h>

/* 1980-01-01 00:00:00 in MS-DOS form: date = (year-1980)<<9 | month<<5 | day. */
#define DOS_TIME_EPOCH 0
#define DOS_DATE_EPOCH ((0 << 9) | (1 << 5) | 1)
#define DEFLATE_LEVEL 6

struct entry {
	char *name; /* inside the zip: "lib/util.py" */
	char *path; /* on disk */
	bool executable;
};

struct entries {
	struct entry *items;
	size_t n, alloc;
};

static void entries_add(struct entries *e, char *name, char *path, bool executable)
{
	if (e->n == e->alloc) {
		e->alloc = e->alloc ? 2 * e->alloc : 16;
		e->items = xrealloc(e->items, e->alloc * sizeof(*e->items));
	}
	e->items[e->n].name = name;
	e->items[e->n].path = path;
	e->items[e->n].executable = executable;
	e->n++;
}

static void entries_release(struct entries *e)
{
	for (size_t i = 0; i < e->n; i++) {
		free(e->items[i].name);
		free(e->items[i].path);
	}
	free(e->items);
	memset(e, 0, sizeof(*e));
}

static int cmp_entry(const void *a, const void *b)
{
	return strcmp(((const struct entry *)a)->name, ((const struct entry *)b)->name);
}

static int cmp_string(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool is_executable(const struct stat *st)
{
	return (st->st_mode & (S_IXUSR | S_IXGRP | S_IXOTH)) != 0;
}

/* Collect the regular files under folder `path` (st: its stat; up: the
 * folders holding it), named `prefix` + their relative path. */
static int walk(const char *path, const struct stat *st_path, const char *prefix,
		const struct folder_chain *up, struct entries *out, struct strbuf *err)
{
	struct folder_chain here;
	const struct folder_chain *loop = folder_chain_enter(&here, up, path, st_path);
	DIR *dir;
	struct dirent *de;
	char **names = NULL;
	size_t n = 0, alloc = 0;
	int ret = 0;

	if (loop) {
		folder_chain_loop_error(err, &here, loop);
		return -1;
	}
	dir = opendir(path);
	if (!dir) {
		strbuf_addf(err, "cannot read folder %s: %s", path, strerror(errno));
		return -1;
	}
	errno = 0;
	while ((de = readdir(dir))) {
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		if (n == alloc) {
			alloc = alloc ? 2 * alloc : 16;
			names = xrealloc(names, alloc * sizeof(*names));
		}
		names[n++] = xstrdup(de->d_name);
	}
	if (errno) {
		strbuf_addf(err, "cannot read folder %s: %s", path, strerror(errno));
		ret = -1;
	}
	closedir(dir);
	if (n)
		qsort(names, n, sizeof(*names), cmp_string);

	for (size_t i = 0; i < n && ret == 0; i++) {
		char *child = xasprintf("%s/%s", path, names[i]);
		char *name = xasprintf("%s%s", prefix, names[i]);
		struct stat st;

		if (stat(child, &st)) {
			strbuf_addf(err, "cannot read %s: %s", child, strerror(errno));
			ret = -1;
		} else if (S_ISDIR(st.st_mode)) {
			char *sub_prefix = xasprintf("%s/", name);

			ret = walk(child, &st, sub_prefix, &here, out, err);
			free(sub_prefix);
		} else if (S_ISREG(st.st_mode)) {
			entries_add(out, name, child, is_executable(&st));
			continue; /* out owns name and child now */
		} else {
			strbuf_addf(err, "%s is neither a regular file nor a folder", child);
			ret = -1;
		}
		free(child);
		free(name);
	}
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return ret;
}

static int collect(const char *source, struct entries *out, struct strbuf *err)
{
	struct stat st;
	size_t len = strlen(source);
	char *folder;
	int ret;

	if (!len) {
		strbuf_addstr(err, "source path is empty");
		return -1;
	}
	if (stat(source, &st)) {
		strbuf_addf(err, "cannot read %s: %s", source, strerror(errno));
		return -1;
	}
	if (S_ISREG(st.st_mode)) {
		entries_add(out, xstrdup(path_base(source)), xstrdup(source), is_executable(&st));
		return 0;
	}
	if (!S_ISDIR(st.st_mode)) {
		strbuf_addf(err, "%s is neither a regular file nor a folder", source);
		return -1;
	}
	/* "src/" and "src" name the same folder. */
	while (len > 1 && source[len - 1] == '/')
		len--;
	folder = xstrndup(source, len);
	ret = walk(folder, &st, "", NULL, out, err);
	if (ret == 0 && !out->n) {
		strbuf_addf(err, "folder %s holds no files", source);
		ret = -1;
	}
	free(folder);
	if (ret == 0)
		qsort(out->items, out->n, sizeof(*out->items), cmp_entry);
	return ret;
}

static void libzip_error(struct strbuf *err, const char *what, zip_error_t *ze)
{
	strbuf_addf(err, "%s: %s", what, zip_error_strerror(ze));
}

/* Add one entry with its fixed timestamp, permissions and compression. */
static int add_entry(zip_t *za, const struct entry *e, struct strbuf *err)
{
	zip_source_t *src = zip_source_file(za, e->path, 0, 0);
	zip_int64_t idx;
	zip_uint32_t mode = S_IFREG | (e->executable ? 0755 : 0644);

	if (!src) {
		strbuf_addf(err, "cannot add %s: %s", e->path, zip_strerror(za));
		return -1;
	}
	idx = zip_file_add(za, e->name, src, ZIP_FL_ENC_GUESS);
	if (idx < 0) {
		strbuf_addf(err, "cannot add %s: %s", e->path, zip_strerror(za));
		zip_source_free(src);
		return -1;
	}
	if (zip_file_set_dostime(za, (zip_uint64_t)idx, DOS_TIME_EPOCH, DOS_DATE_EPOCH, 0) ||
	    zip_file_set_external_attributes(za, (zip_uint64_t)idx, 0, ZIP_OPSYS_UNIX, mode << 16) ||
	    zip_set_file_compression(za, (zip_uint64_t)idx, ZIP_CM_DEFLATE, DEFLATE_LEVEL)) {
		strbuf_addf(err, "cannot add %s: %s", e->path, zip_strerror(za));
		return -1;
	}
	return 0;
}

/* Read the whole (closed) buffer source into out. */
static int read_source(zip_source_t *src, struct package_zip *out, struct strbuf *err)
{
	zip_stat_t st;
	zip_int64_t got;

	zip_stat_init(&st);
	if (zip_source_stat(src, &st) || !(st.valid & ZIP_STAT_SIZE)) {
		libzip_error(err, "cannot size the package", zip_source_error(src));
		return -1;
	}
	if (zip_source_open(src)) {
		libzip_error(err, "cannot read the package", zip_source_error(src));
		return -1;
	}
	out->len = (size_t)st.size;
	out->data = xmalloc(out->len ? out->len : 1);
	got = zip_source_read(src, out->data, st.size);
	zip_source_close(src);
	if (got < 0 || (zip_uint64_t)got != st.size) {
		libzip_error(err, "cannot read the package", zip_source_error(src));
		package_zip_release(out);
		return -1;
	}
	return 0;
}

int package_zip_build(const char *source, struct package_zip *out, struct strbuf *err)
{
	struct entries entries = { 0 };
	zip_error_t ze;
	zip_source_t *buffer;
	zip_t *za;
	int ret = -1;

	memset(out, 0, sizeof(*out));
	if (collect(source, &entries, err))
		goto done;

	zip_error_init(&ze);
	buffer = zip_source_buffer_create(NULL, 0, 0, &ze);
	if (!buffer) {
		libzip_error(err, "cannot start the package", &ze);
		zip_error_fini(&ze);
		goto done;
	}
	zip_source_keep(buffer); /* still ours after zip_close */
	za = zip_open_from_source(buffer, ZIP_TRUNCATE, &ze);
	if (!za) {
		libzip_error(err, "cannot start the package", &ze);
		zip_error_fini(&ze);
		zip_source_free(buffer);
		goto done;
	}
	zip_error_fini(&ze);
	for (size_t i = 0; i < entries.n; i++) {
		if (add_entry(za, &entries.items[i], err)) {
			zip_discard(za);
			zip_source_free(buffer);
			goto done;
		}
	}
	if (zip_close(za)) {
		strbuf_addf(err, "cannot write the package of %s: %s", source, zip_strerror(za));
		zip_discard(za);
		zip_source_free(buffer);
		goto done;
	}
	ret = read_source(buffer, out, err);
	zip_source_free(buffer);
done:
	entries_release(&entries);
	return ret;
}

void package_zip_release(struct package_zip *z)
{
	free(z->data);
	z->data = NULL;
	z->len = 0;
}

void package_sha256_base64(const void *data, size_t len, char out[PACKAGE_SHA256_B64_SIZE])
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned int md_len = 0;

	EVP_Digest(data, len, md, &md_len, EVP_sha256(), NULL);
	base64_text(md, md_len, out);
}
