/*
 * file.c: the ssh.file resource type — a local file, or every file of a
 * local folder, uploaded to a host over SFTP (each one atomically: a
 * temporary name, then a rename), with a mode and optionally an owner and
 * group. The id is the destination path.
 *
 * The file's bytes come from `source` (a local file or folder) or from
 * `content` (a string, typically a rendered template; sensitive, so plans
 * never show it and state keeps only its hash). content is written to an
 * anonymous in-memory file (memfd) and uploaded from there like a local
 * file, so it never touches the local disk.
 *
 * content_sha256 is the SHA-256 of the file, or of the folder's sorted list
 * of "relative path, NUL, file hash, newline"; plan_desired computes it from
 * the local files, and read() from the remote ones (sha256sum and stat run
 * on the host), so a change on either side plans an update.
 *
 * State records exactly what terrace wrote: `files` (paths relative to
 * destination, for a folder) and `directories` (the folders it made).
 * Destroy removes those files, then those folders if they are empty, and
 * nothing else: never a recursive remove. The host needs a POSIX shell,
 * sha256sum, stat -c (GNU coreutils or BusyBox), mv and chown.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/evp.h>

#include "provider/provider.h"
#include "provider/ssh/resources.h"
#include "provider/build/build.h"
#include "provider/base/log.h"
#include "provider/base/encoding.h"
#include "provider/base/text.h"

/* Remote commands are cut into pieces of about this many bytes. */
#define COMMAND_CHUNK 65536
#define MAX_DEPTH 64

static const struct attr_schema file_build_attrs[] = {
	BUILD_SCHEMA_MEMBERS,
	{ .name = NULL },
};

static const struct attr_schema file_attrs[] = {
	{ .name = "source", .type = ATTR_STRING, .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY,
	  .description = "local file or folder to upload (relative to the current folder); set "
			 "this or content" },
	{ .name = "build", .type = ATTR_OBJECT, .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY,
	  .nested = file_build_attrs,
	  .description = "build the file or folder with a command, from declared inputs, when "
			 "they change (instead of source): see docs/run-and-develop.md#build" },
	{ .name = "content", .type = ATTR_STRING,
	  .flags = ATTR_OPTIONAL | ATTR_CONFIG_ONLY | ATTR_SENSITIVE,
	  .description = "the file's text, e.g. templatefile(...); set this or source. Never "
			 "shown; state keeps only its hash, and a change plans an update" },
	{ .name = "destination", .type = ATTR_STRING, .flags = ATTR_REQUIRED | ATTR_FORCE_NEW,
	  .description = "remote path: the file, or for a folder source the folder that "
			 "receives its files" },
	{ .name = "mode", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "permissions of every uploaded file, in octal",
	  .default_json = "\"0644\"" },
	{ .name = "directory_mode", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "permissions of the folders terrace makes, in octal",
	  .default_json = "\"0755\"" },
	{ .name = "owner", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "owner of the uploaded files, a user name or id (default: the "
			 "login user)" },
	{ .name = "group", .type = ATTR_STRING, .flags = ATTR_OPTIONAL,
	  .description = "group of the uploaded files, a name or id" },
	{ .name = "content_sha256", .type = ATTR_STRING, .flags = ATTR_COMPUTED,
	  .description = "SHA-256 of the file, or of the folder's sorted relative paths and "
			 "file hashes", .digest_of = "content" },
	{ .name = "folder", .type = ATTR_BOOL, .flags = ATTR_COMPUTED,
	  .description = "true when source is a folder" },
	{ .name = "files", .type = ATTR_LIST, .flags = ATTR_COMPUTED, .elem_type = ATTR_STRING,
	  .description = "the files uploaded, relative to destination (a folder source)" },
	{ .name = "directories", .type = ATTR_LIST, .flags = ATTR_COMPUTED,
	  .elem_type = ATTR_STRING,
	  .description = "the folders terrace made; removed on destroy when empty" },
	{ .name = NULL },
};

/* ---- local files ---- */

struct local_file {
	char *rel;  /* relative to the source folder; "" for a single file */
	char *path; /* local path */
	char hash[65];
};

struct local_tree {
	bool folder;
	int memfd; /* content: the in-memory file the one file's path names; or -1 */
	struct local_file *files;
	size_t n, alloc;
};

static void tree_release(struct local_tree *t)
{
	for (size_t i = 0; i < t->n; i++) {
		free(t->files[i].rel);
		free(t->files[i].path);
	}
	free(t->files);
	if (t->memfd >= 0)
		close(t->memfd);
	memset(t, 0, sizeof(*t));
	t->memfd = -1;
}

static void tree_add(struct local_tree *t, char *rel, char *path)
{
	if (t->n == t->alloc) {
		t->alloc = t->alloc ? 2 * t->alloc : 16;
		t->files = xrealloc(t->files, t->alloc * sizeof(*t->files));
	}
	t->files[t->n++] = (struct local_file){ .rel = rel, .path = path };
}

static int hash_local_file(const char *path, char hex[65], struct strbuf *err)
{
	unsigned char buf[65536], md[EVP_MAX_MD_SIZE];
	unsigned len = 0;
	EVP_MD_CTX *ctx;
	ssize_t n;
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0) {
		strbuf_addf(err, "ssh.file: source %s: %s", path, strerror(errno));
		return -1;
	}
	ctx = EVP_MD_CTX_new();
	EVP_DigestInit_ex(ctx, EVP_sha256(), NULL);
	while ((n = read(fd, buf, sizeof(buf))) > 0)
		EVP_DigestUpdate(ctx, buf, (size_t)n);
	EVP_DigestFinal_ex(ctx, md, &len);
	EVP_MD_CTX_free(ctx);
	close(fd);
	if (n < 0) {
		strbuf_addf(err, "ssh.file: source %s: %s", path, strerror(errno));
		return -1;
	}
	hex_text(md, 32, hex);
	return 0;
}

/* Every regular file under root/rel (symbolic links followed). */
static int walk(const char *root, const char *rel, int depth, struct local_tree *t,
		struct strbuf *err)
{
	char *dir = rel[0] ? xasprintf("%s/%s", root, rel) : xstrdup(root);
	DIR *d = opendir(dir);
	struct dirent *de;
	int rc = 0;

	if (!d || depth > MAX_DEPTH) {
		strbuf_addf(err, "ssh.file: source %s: %s", dir,
			    d ? "folders nested too deep" : strerror(errno));
		if (d)
			closedir(d);
		free(dir);
		return -1;
	}
	while (rc == 0 && (de = readdir(d))) {
		char *crel, *path;
		struct stat st;

		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		crel = rel[0] ? xasprintf("%s/%s", rel, de->d_name) : xstrdup(de->d_name);
		path = xasprintf("%s/%s", root, crel);
		if (stat(path, &st)) {
			strbuf_addf(err, "ssh.file: source %s: %s", path, strerror(errno));
			rc = -1;
		} else if (S_ISDIR(st.st_mode)) {
			rc = walk(root, crel, depth + 1, t, err);
		} else if (S_ISREG(st.st_mode)) {
			tree_add(t, crel, path);
			continue;
		}
		free(crel);
		free(path);
	}
	closedir(d);
	free(dir);
	return rc;
}

static int by_rel(const void *a, const void *b)
{
	return strcmp(((const struct local_file *)a)->rel, ((const struct local_file *)b)->rel);
}

/* The source's files with their hashes, sorted by relative path. */
static int tree_load(const char *source, struct local_tree *t, struct strbuf *err)
{
	struct stat st;

	memset(t, 0, sizeof(*t));
	t->memfd = -1;
	if (stat(source, &st)) {
		strbuf_addf(err, "ssh.file: source %s: %s", source, strerror(errno));
		return -1;
	}
	if (S_ISREG(st.st_mode)) {
		tree_add(t, xstrdup(""), xstrdup(source));
	} else if (S_ISDIR(st.st_mode)) {
		t->folder = true;
		if (walk(source, "", 0, t, err)) {
			tree_release(t);
			return -1;
		}
		qsort(t->files, t->n, sizeof(*t->files), by_rel);
	} else {
		strbuf_addf(err, "ssh.file: source %s is neither a file nor a folder", source);
		return -1;
	}
	for (size_t i = 0; i < t->n; i++)
		if (hash_local_file(t->files[i].path, t->files[i].hash, err)) {
			tree_release(t);
			return -1;
		}
	return 0;
}

/* content as a one-file tree: an in-memory file (memfd) named by its
 * /proc/self/fd path, so hashing and uploading read it like a local file. */
static int tree_load_content(const json_t *content, struct local_tree *t, struct strbuf *err)
{
	const char *s = json_string_value(content);
	size_t len = json_string_length(content), done = 0;

	memset(t, 0, sizeof(*t));
	t->memfd = memfd_create("terrace-ssh-file-content", MFD_CLOEXEC);
	if (t->memfd < 0) {
		strbuf_addf(err, "ssh.file: content: cannot make an in-memory file: %s",
			    strerror(errno));
		return -1;
	}
	while (done < len) {
		ssize_t n = write(t->memfd, s + done, len - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			strbuf_addf(err, "ssh.file: content: cannot write the in-memory file: %s",
				    strerror(errno));
			tree_release(t);
			return -1;
		}
		done += (size_t)n;
	}
	tree_add(t, xstrdup(""), xasprintf("/proc/self/fd/%d", t->memfd));
	if (hash_local_file(t->files[0].path, t->files[0].hash, err)) {
		tree_release(t);
		return -1;
	}
	return 0;
}

/* The files desired names: its content, or its source. Exactly one of
 * them must be set. 1 when the one set is not known yet (planning). */
static int tree_load_desired(const json_t *desired, struct local_tree *t, struct strbuf *err)
{
	json_t *source = value_get(desired, "source");
	json_t *content = value_get(desired, "content");
	json_t *v = value_is_set(content) ? content : source;

	memset(t, 0, sizeof(*t));
	t->memfd = -1;
	if (value_is_set(source) == value_is_set(content)) {
		strbuf_addstr(err, "ssh.file: set exactly one of source and content");
		return -1;
	}
	if (value_is_unknown(v))
		return 1;
	if (!json_is_string(v)) {
		strbuf_addf(err, "ssh.file: %s must be a string", v == content ? "content" : "source");
		return -1;
	}
	return v == content ? tree_load_content(v, t, err) : tree_load(json_string_value(v), t, err);
}

/* content_sha256 from (relative path, hash) pairs in order. */
static void content_hash(bool folder, const char *const *rels, const char *const *hashes,
			 size_t n, char out[65])
{
	unsigned char md[EVP_MAX_MD_SIZE];
	unsigned len = 0;
	EVP_MD_CTX *ctx;

	if (!folder) {
		snprintf(out, 65, "%s", n ? hashes[0] : "");
		return;
	}
	ctx = EVP_MD_CTX_new();
	EVP_DigestInit_ex(ctx, EVP_sha256(), NULL);
	for (size_t i = 0; i < n; i++) {
		EVP_DigestUpdate(ctx, rels[i], strlen(rels[i]) + 1);
		EVP_DigestUpdate(ctx, hashes[i], strlen(hashes[i]));
		EVP_DigestUpdate(ctx, "\n", 1);
	}
	EVP_DigestFinal_ex(ctx, md, &len);
	EVP_MD_CTX_free(ctx);
	hex_text(md, 32, out);
}

static void tree_content_hash(const struct local_tree *t, char out[65])
{
	const char **rels = xcalloc(t->n + 1, sizeof(*rels));
	const char **hashes = xcalloc(t->n + 1, sizeof(*hashes));

	for (size_t i = 0; i < t->n; i++) {
		rels[i] = t->files[i].rel;
		hashes[i] = t->files[i].hash;
	}
	content_hash(t->folder, rels, hashes, t->n, out);
	free(rels);
	free(hashes);
}

/* ---- attributes ---- */

/* "644", "0644" -> 0644; -1 when it is not an octal mode. */
static long parse_mode(const char *s)
{
	char *end = NULL;
	long mode;

	if (!s || strlen(s) < 3 || strlen(s) > 4 || strspn(s, "01234567") != strlen(s))
		return -1;
	mode = strtol(s, &end, 8);
	return *end || mode > 07777 ? -1 : mode;
}

static unsigned mode_of(const json_t *o, const char *name, unsigned def)
{
	long mode = parse_mode(value_get_string(o, name));

	return mode < 0 ? def : (unsigned)mode;
}

static bool is_number(const char *s)
{
	return s && *s && strspn(s, "0123456789") == strlen(s);
}

/* "owner:group", "owner", ":group" or NULL, from desired (new string). */
static char *chown_spec(const json_t *desired)
{
	const char *owner = value_get_string(desired, "owner");
	const char *group = value_get_string(desired, "group");

	if (owner && group)
		return xasprintf("%s:%s", owner, group);
	if (owner)
		return xstrdup(owner);
	if (group)
		return xasprintf(":%s", group);
	return NULL;
}

/* destination + "/" + rel, or destination for a single file. */
static char *remote_path(const char *destination, const char *rel)
{
	size_t len = strlen(destination);

	if (!rel[0])
		return xstrdup(destination);
	while (len > 1 && destination[len - 1] == '/')
		len--;
	return xasprintf("%.*s/%s", (int)len, destination, rel);
}

/* The folder part of a remote path, or NULL when there is nothing to make. */
static char *remote_parent(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (!slash || slash == path)
		return NULL;
	return xstrndup(path, (size_t)(slash - path));
}

/* ---- what is on the host ---- */

struct remote_file {
	int state; /* 0 missing, 1 a regular file */
	char hash[65];
	unsigned mode;
	char uid[32], gid[32], user[64], group[64];
};

static void add_inspect_command(struct strbuf *cmd)
{
	strbuf_addstr(cmd, "; do if [ -f \"$f\" ]; then "
			   "h=$(sha256sum < \"$f\") && "
			   "s=$(stat -L -c '%a %u %g %U %G' -- \"$f\") && "
			   "echo \"${h%% *} $s\" || echo '!'; else echo -; fi; done");
}

static int parse_inspect_line(const char *line, size_t len, struct remote_file *f)
{
	char buf[512];

	memset(f, 0, sizeof(*f));
	if (len >= sizeof(buf))
		return -1;
	memcpy(buf, line, len);
	buf[len] = '\0';
	if (!strcmp(buf, "-"))
		return 0;
	if (sscanf(buf, "%64s %o %31s %31s %63s %63s", f->hash, &f->mode, f->uid, f->gid,
		   f->user, f->group) != 6 || strlen(f->hash) != 64)
		return -1;
	f->state = 1;
	return 0;
}

/* Run one inspect command over paths[from..to) into out[from..to). */
static int inspect_batch(struct ssh_conn *c, char *const *paths, size_t from, size_t to,
			 struct remote_file *out, struct strbuf *err)
{
	struct strbuf cmd = STRBUF_INIT;
	struct ssh_exec_result r;
	const char *p;
	size_t i = from;
	int rc;

	strbuf_addstr(&cmd, "for f in");
	for (size_t k = from; k < to; k++) {
		strbuf_addch(&cmd, ' ');
		ssh_shell_quote(&cmd, paths[k]);
	}
	add_inspect_command(&cmd);
	ssh_exec_result_init(&r);
	rc = ssh_exec(c, cmd.buf, NULL, 0, &r, err);
	for (p = r.out.buf; rc == 0 && *p && i < to; i++) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);

		if (parse_inspect_line(p, len, &out[i])) {
			strbuf_addf(err, "ssh %s: cannot hash or stat %s on the host (it needs "
				    "sha256sum and stat -c): ", c->where, paths[i]);
			ssh_exec_describe(&r, err);
			rc = -1;
		}
		p = nl ? nl + 1 : p + len;
	}
	if (rc == 0 && i < to) {
		strbuf_addf(err, "ssh %s: cannot inspect %s: ", c->where, paths[i]);
		ssh_exec_describe(&r, err);
		rc = -1;
	}
	ssh_exec_result_release(&r);
	strbuf_release(&cmd);
	return rc;
}

/* Hash and stat every path on the host, a few commands at most. */
static int inspect(struct ssh_conn *c, char *const *paths, size_t n, struct remote_file *out,
		   struct strbuf *err)
{
	size_t from = 0;

	while (from < n) {
		size_t to = from, bytes = 0;

		while (to < n && (to == from || bytes + strlen(paths[to]) < COMMAND_CHUNK))
			bytes += strlen(paths[to++]) + 3;
		if (inspect_batch(c, paths, from, to, out, err))
			return -1;
		from = to;
	}
	return 0;
}

static bool id_matches(const char *want, const char *number, const char *name)
{
	return !want || !strcmp(want, is_number(want) ? number : name);
}

/* ---- plan ---- */

static int check_mode(json_t *desired, const char *name, struct strbuf *err)
{
	const char *s = value_get_string(desired, name);
	long mode;
	char norm[24];

	if (!s)
		return 0;
	mode = parse_mode(s);
	if (mode < 0) {
		strbuf_addf(err, "ssh.file: %s \"%s\" must be an octal permission like \"0644\"",
			    name, s);
		return -1;
	}
	snprintf(norm, sizeof(norm), "%04lo", mode);
	json_object_set_new(desired, name, json_string(norm));
	return 0;
}

static int check_names(const json_t *desired, struct strbuf *err)
{
	static const char *const names[] = { "owner", "group", NULL };

	for (size_t i = 0; names[i]; i++) {
		const char *s = value_get_string(desired, names[i]);

		if (s && (!*s || strpbrk(s, ":\n"))) {
			strbuf_addf(err, "ssh.file: %s \"%s\" must be a user or group name or id",
				    names[i], s);
			return -1;
		}
	}
	return 0;
}

static int file_plan_desired(json_t *desired, const json_t *prior, struct strbuf *err)
{
	const char *destination = value_get_string(desired, "destination");
	struct local_tree t;
	char hash[65];
	int rc;

	(void)prior;
	if (check_mode(desired, "mode", err) || check_mode(desired, "directory_mode", err) ||
	    check_names(desired, err))
		return -1;
	if (destination && (!*destination || !strcmp(destination, "/"))) {
		strbuf_addstr(err, "ssh.file: destination must be a path below /");
		return -1;
	}
	/* A build makes the source (provider/build/build.h). */
	if (value_is_set(value_get(desired, "build"))) {
		if (value_contains_unknown(value_get(desired, "build")))
			json_object_set_new(desired, "source", value_unknown());
		else if (build_plan_desired(desired, "ssh.file", false, NULL, NULL, err))
			return -1;
	}
	rc = tree_load_desired(desired, &t, err);
	if (rc)
		return rc < 0 ? -1 : 0; /* 1: not known yet */
	tree_content_hash(&t, hash);
	json_object_set_new(desired, "content_sha256", json_string(hash));
	json_object_set_new(desired, "folder", json_boolean(t.folder));
	tree_release(&t);
	return 0;
}

/* ---- read ---- */

/* The remote paths state says terrace wrote. */
static char **recorded_paths(const char *destination, const json_t *prior, size_t *n)
{
	const json_t *files = value_get(prior, "files");
	char **paths;

	if (!json_is_true(value_get(prior, "folder"))) {
		paths = xcalloc(2, sizeof(*paths));
		paths[0] = xstrdup(destination);
		*n = 1;
		return paths;
	}
	*n = json_array_size(files);
	paths = xcalloc(*n + 1, sizeof(*paths));
	for (size_t i = 0; i < *n; i++) {
		const char *rel = json_string_value(json_array_get(files, i));

		paths[i] = remote_path(destination, rel ? rel : "");
	}
	return paths;
}

/* The prior value while every file agrees with it, else the first that does not. */
static void report_ownership(json_t *o, const json_t *prior, const struct remote_file *rf,
			     size_t n)
{
	const char *owner = value_get_string(prior, "owner");
	const char *group = value_get_string(prior, "group");
	const char *mode = value_get_string(prior, "mode");
	char actual[8];

	for (size_t i = 0; i < n; i++) {
		if (!rf[i].state)
			continue;
		snprintf(actual, sizeof(actual), "%04o", rf[i].mode);
		if (mode && strcmp(mode, actual)) {
			mode = NULL;
			json_object_set_new(o, "mode", json_string(actual));
		}
		if (owner && !id_matches(owner, rf[i].uid, rf[i].user)) {
			json_object_set_new(o, "owner", json_string(is_number(owner) ? rf[i].uid
										 : rf[i].user));
			owner = NULL;
		}
		if (group && !id_matches(group, rf[i].gid, rf[i].group)) {
			json_object_set_new(o, "group", json_string(is_number(group) ? rf[i].gid
										 : rf[i].group));
			group = NULL;
		}
	}
	if (mode && !json_object_get(o, "mode"))
		json_object_set_new(o, "mode", json_string(mode));
	if (owner && !json_object_get(o, "owner"))
		json_object_set_new(o, "owner", json_string(owner));
	if (group && !json_object_get(o, "group"))
		json_object_set_new(o, "group", json_string(group));
}

static json_t *read_result(const char *destination, const json_t *prior,
			   const struct remote_file *rf, size_t n)
{
	json_t *o = json_object();
	bool folder = json_is_true(value_get(prior, "folder"));
	const json_t *files = value_get(prior, "files");
	const char **rels = xcalloc(n + 1, sizeof(*rels));
	const char **hashes = xcalloc(n + 1, sizeof(*hashes));
	char hash[65];

	for (size_t i = 0; i < n; i++) {
		rels[i] = folder ? json_string_value(json_array_get(files, i)) : "";
		hashes[i] = rf[i].state ? rf[i].hash : "missing";
	}
	content_hash(folder, rels, hashes, n, hash);
	json_object_set_new(o, "destination", json_string(destination));
	report_ownership(o, prior, rf, n);
	if (value_is_set(value_get(prior, "directory_mode")))
		json_object_set(o, "directory_mode", value_get(prior, "directory_mode"));
	json_object_set_new(o, "content_sha256", json_string(hash));
	json_object_set_new(o, "folder", json_boolean(folder));
	json_object_set_new(o, "files", json_is_array(files) ? json_deep_copy(files)
							      : json_array());
	json_object_set_new(o, "directories", json_is_array(value_get(prior, "directories"))
					      ? json_deep_copy(value_get(prior, "directories"))
					      : json_array());
	free(rels);
	free(hashes);
	return o;
}

/* Nothing of ours is left: no recorded file, and for a folder no folder. */
static int gone(struct ssh_conn *c, const char *destination, bool folder,
		const struct remote_file *rf, size_t n, bool *is_gone, struct strbuf *err)
{
	struct ssh_file_stat st;
	int rc;

	*is_gone = false;
	for (size_t i = 0; i < n; i++)
		if (rf[i].state)
			return 0;
	if (!folder) {
		*is_gone = true;
		return 0;
	}
	rc = ssh_sftp_stat(c, destination, &st, err);
	*is_gone = rc == 1;
	return rc < 0 ? -1 : 0;
}

/*
 * prior as read() uses it. State always records a folder's `files`; when it
 * has none, prior is the configuration of an import (folder known from
 * plan_desired): the files are then those of the local source, the ones
 * terrace writes there and from now on manages (new reference, or NULL
 * with err set when the source cannot be read).
 */
static json_t *prior_for_read(const json_t *prior, struct strbuf *err)
{
	const char *source = value_get_string(prior, "source");
	struct local_tree t;
	json_t *p, *files;

	if (!json_is_true(value_get(prior, "folder")) || json_is_array(value_get(prior, "files")) ||
	    !source)
		return json_incref((json_t *)prior);
	if (tree_load(source, &t, err))
		return NULL;
	files = json_array();
	for (size_t i = 0; i < t.n; i++)
		json_array_append_new(files, json_string(t.files[i].rel));
	tree_release(&t);
	p = json_deep_copy(prior);
	json_object_set_new(p, "files", files);
	return p;
}

static int file_read(void *client, const char *id, const json_t *prior_arg, json_t **out,
		     struct strbuf *err)
{
	struct ssh_client *cl = client;
	size_t n = 0;
	json_t *prior = prior_for_read(prior_arg, err);
	char **paths;
	struct remote_file *rf;
	struct ssh_conn *c;
	bool is_gone = false;
	int rc = -1;

	*out = NULL;
	if (!prior)
		return -1;
	paths = recorded_paths(id, prior, &n);
	rf = xcalloc(n + 1, sizeof(*rf));
	c = ssh_client_acquire(cl, err);
	if (!c)
		goto out;
	rc = inspect(c, paths, n, rf, err);
	if (rc == 0)
		rc = gone(c, id, json_is_true(value_get(prior, "folder")), rf, n, &is_gone, err);
	ssh_client_release(cl);
	if (rc == 0 && !is_gone)
		*out = read_result(id, prior, rf, n);
out:
	if (rc)
		strbuf_prefixf(err, "ssh.file %s: ", id);
	free(rf);
	text_list_free(paths, n);
	json_decref(prior);
	return rc;
}

/* ---- writing ---- */

/* What one sync made, for state and for a failure part way. */
struct sync_result {
	json_t *files;       /* relative paths now on the host (folder) */
	json_t *directories; /* folders terrace made, prior ones included */
	char hash[65];
};

struct sync_job {
	struct ssh_conn *conn;
	const char *destination;
	const json_t *desired;
	struct local_tree tree;
	struct remote_file *remote; /* per tree file, when compared */
	char **paths;               /* per tree file: its remote path */
	char **temps;               /* per tree file: its temporary file, if uploaded */
	char *chown;
	unsigned mode, directory_mode;
};

static void job_release(struct sync_job *j)
{
	for (size_t i = 0; i < j->tree.n; i++) {
		free(j->paths ? j->paths[i] : NULL);
		free(j->temps ? j->temps[i] : NULL);
	}
	free(j->paths);
	free(j->temps);
	free(j->remote);
	free(j->chown);
	tree_release(&j->tree);
}

static bool needs_upload(const struct sync_job *j, size_t i)
{
	return !j->remote || !j->remote[i].state ||
	       strcmp(j->remote[i].hash, j->tree.files[i].hash);
}

static bool needs_chown(const struct sync_job *j, size_t i)
{
	const struct remote_file *r = j->remote ? &j->remote[i] : NULL;

	return j->chown && r &&
	       (!id_matches(value_get_string(j->desired, "owner"), r->uid, r->user) ||
		!id_matches(value_get_string(j->desired, "group"), r->gid, r->group));
}

/* Make the folders the files go into, recording what was made. */
static int make_folders(struct sync_job *j, json_t *made, struct strbuf *err)
{
	if (j->tree.folder && ssh_sftp_mkdir_p(j->conn, j->destination, j->directory_mode, made,
					       err))
		return -1;
	for (size_t i = 0; i < j->tree.n; i++) {
		char *parent;
		int rc = 0;

		if (!needs_upload(j, i) || !(parent = remote_parent(j->paths[i])))
			continue;
		rc = ssh_sftp_mkdir_p(j->conn, parent, j->directory_mode, made, err);
		free(parent);
		if (rc)
			return -1;
	}
	return 0;
}

static int upload_temps(struct sync_job *j, struct strbuf *err)
{
	for (size_t i = 0; i < j->tree.n; i++) {
		char sent[65];

		if (!needs_upload(j, i))
			continue;
		if (ssh_sftp_put_temp(j->conn, j->tree.files[i].path, j->paths[i], j->mode,
				      &j->temps[i], sent, err))
			return -1;
		/* What went up is what the file holds now (it may have changed
		 * since the plan). */
		memcpy(j->tree.files[i].hash, sent, sizeof(sent));
	}
	return 0;
}

static void remove_temps(struct sync_job *j)
{
	struct strbuf ignored = STRBUF_INIT;

	for (size_t i = 0; i < j->tree.n; i++)
		if (j->temps[i] && !j->conn->broken)
			ssh_sftp_unlink(j->conn, j->temps[i], &ignored);
	strbuf_release(&ignored);
}

/* chown the files that keep their content, rename the new ones into place:
 * as few commands as the length allows. */
static int install(struct sync_job *j, struct strbuf *err)
{
	struct strbuf cmd = STRBUF_INIT;
	int rc = 0;

	for (size_t i = 0; i <= j->tree.n && rc == 0; i++) {
		if (i < j->tree.n && j->temps[i]) {
			ssh_add_install(&cmd, j->temps[i], j->paths[i], j->chown);
		} else if (i < j->tree.n && needs_chown(j, i)) {
			strbuf_addf(&cmd, "%schown -- ", cmd.len ? " && " : "");
			ssh_shell_quote(&cmd, j->chown);
			strbuf_addch(&cmd, ' ');
			ssh_shell_quote(&cmd, j->paths[i]);
		}
		if (cmd.len && (i == j->tree.n || cmd.len > COMMAND_CHUNK)) {
			rc = ssh_run(j->conn, cmd.buf, j->chown ? "chown and rename into place"
								: "rename into place", err);
			strbuf_reset(&cmd);
		}
	}
	strbuf_release(&cmd);
	if (rc)
		remove_temps(j);
	return rc;
}

/* chmod the files that kept their content but not their mode. */
static int fix_modes(struct sync_job *j, struct strbuf *err)
{
	for (size_t i = 0; i < j->tree.n; i++)
		if (!j->temps[i] && j->remote && j->remote[i].state &&
		    j->remote[i].mode != j->mode &&
		    ssh_sftp_chmod(j->conn, j->paths[i], j->mode, err))
			return -1;
	return 0;
}

/* Remove the files of `before` (relative paths) that the tree no longer has. */
static int remove_dropped(struct sync_job *j, const json_t *before, struct strbuf *err)
{
	size_t i;
	json_t *rel;

	json_array_foreach(before, i, rel) {
		const char *r = json_string_value(rel);
		bool kept = false;
		char *path;
		int rc;

		for (size_t k = 0; r && k < j->tree.n && !kept; k++)
			kept = !strcmp(j->tree.files[k].rel, r);
		if (!r || kept)
			continue;
		path = remote_path(j->destination, r);
		rc = ssh_sftp_unlink(j->conn, path, err);
		free(path);
		if (rc)
			return -1;
	}
	return 0;
}

static int by_length_desc(const void *a, const void *b)
{
	size_t la = strlen(*(const char *const *)a), lb = strlen(*(const char *const *)b);

	return la < lb ? 1 : la > lb ? -1 : strcmp(*(const char *const *)a,
						   *(const char *const *)b);
}

/* Remove the recorded folders that hold nothing now, deepest first; `dirs`
 * keeps those that are still there (not empty). */
static int remove_empty_folders(struct ssh_conn *c, json_t *dirs, struct strbuf *err)
{
	size_t n = json_array_size(dirs);
	const char **names = xcalloc(n + 1, sizeof(*names));
	json_t *left = json_array();
	int rc = 0;

	for (size_t i = 0; i < n; i++)
		names[i] = json_string_value(json_array_get(dirs, i));
	qsort(names, n, sizeof(*names), by_length_desc);
	for (size_t i = 0; i < n && rc >= 0; i++) {
		if (!names[i])
			continue;
		rc = ssh_sftp_rmdir(c, names[i], err);
		if (rc == 1)
			json_array_append_new(left, json_string(names[i]));
	}
	if (rc >= 0)
		json_array_clear(dirs);
	if (rc >= 0)
		json_array_extend(dirs, left);
	json_decref(left);
	free(names);
	return rc < 0 ? -1 : 0;
}

/* The files on the host now: the tree's after a success; after a failure
 * also the previous ones, since either may be there (removing a recorded
 * file that is not there is harmless, forgetting one that is would leak). */
static void record_files(const struct sync_job *j, const json_t *before, bool done,
			 struct sync_result *res)
{
	size_t i;
	json_t *v;

	json_array_clear(res->files);
	if (!done && json_is_array(before))
		json_array_foreach(before, i, v)
			json_array_append(res->files, v);
	for (i = 0; i < j->tree.n && j->tree.folder; i++)
		if (!value_list_has_string(res->files, j->tree.files[i].rel))
			json_array_append_new(res->files, json_string(j->tree.files[i].rel));
}

/* path is dir or below it. */
static bool path_within(const char *path, const char *dir)
{
	size_t len = strlen(dir);

	return !strncmp(path, dir, len) && (path[len] == '/' || !path[len]);
}

/*
 * After an update: the folders terrace made that hold none of the files now
 * (their files left the source) are removed when empty. The destination and
 * its parents stay while the resource exists.
 */
static int remove_unused_folders(struct ssh_conn *c, const char *destination,
				 struct sync_result *res, struct strbuf *err)
{
	json_t *unused = json_array(), *kept = json_array();
	size_t i;
	json_t *d;
	int rc;

	json_array_foreach(res->directories, i, d) {
		const char *dir = json_string_value(d);
		bool used = !dir || path_within(destination, dir);
		size_t k;
		json_t *rel;

		json_array_foreach(res->files, k, rel) {
			char *path = remote_path(destination, json_string_value(rel)
							      ? json_string_value(rel) : "");

			used = used || path_within(path, dir);
			free(path);
		}
		json_array_append(used ? kept : unused, d);
	}
	rc = remove_empty_folders(c, unused, err);
	json_array_extend(kept, unused);
	json_array_clear(res->directories);
	json_array_extend(res->directories, kept);
	json_decref(unused);
	json_decref(kept);
	return rc;
}

static int job_prepare(struct sync_job *j, struct ssh_conn *c, const char *destination,
		       const json_t *desired, bool compare, struct strbuf *err)
{
	memset(j, 0, sizeof(*j));
	j->conn = c;
	j->destination = destination;
	j->desired = desired;
	j->mode = mode_of(desired, "mode", 0644);
	j->directory_mode = mode_of(desired, "directory_mode", 0755);
	j->chown = chown_spec(desired);
	j->tree.memfd = -1;
	if (tree_load_desired(desired, &j->tree, err)) {
		if (!err->len)
			strbuf_addstr(err, "ssh.file: source or content is still unknown at apply time");
		return -1;
	}
	j->paths = xcalloc(j->tree.n + 1, sizeof(*j->paths));
	j->temps = xcalloc(j->tree.n + 1, sizeof(*j->temps));
	for (size_t i = 0; i < j->tree.n; i++)
		j->paths[i] = remote_path(destination, j->tree.files[i].rel);
	if (!compare)
		return 0;
	j->remote = xcalloc(j->tree.n + 1, sizeof(*j->remote));
	return inspect(c, j->paths, j->tree.n, j->remote, err);
}

/*
 * Bring the host to the desired files. compare: look at what is there and
 * send only what differs (an update); otherwise send everything (a
 * create). `before` lists the relative paths the previous version wrote:
 * those the source no longer has are removed. res->directories gains the
 * folders made; on failure res still says what is on the host.
 */
static int sync_files(struct ssh_conn *c, const char *destination, const json_t *desired,
		      bool compare, const json_t *before, struct sync_result *res,
		      struct strbuf *err)
{
	struct sync_job j;
	int rc = job_prepare(&j, c, destination, desired, compare, err);

	if (rc == 0)
		rc = make_folders(&j, res->directories, err);
	if (rc == 0 && (rc = upload_temps(&j, err)) != 0)
		remove_temps(&j);
	if (rc == 0)
		rc = install(&j, err);
	if (rc == 0)
		rc = fix_modes(&j, err);
	if (rc == 0 && before)
		rc = remove_dropped(&j, before, err);
	if (rc == 0) {
		size_t sent = 0;

		for (size_t i = 0; i < j.tree.n; i++)
			sent += j.temps[i] != NULL;
		log_debugf("ssh %s: %s: %zu of %zu file(s) uploaded", c->where, destination, sent,
			   j.tree.n);
		tree_content_hash(&j.tree, res->hash);
	}
	record_files(&j, before, rc == 0, res);
	job_release(&j);
	return rc;
}

static json_t *stored(const json_t *desired, const char *destination,
		      const struct sync_result *res, bool done)
{
	json_t *o = json_deep_copy(desired);

	json_object_set_new(o, "destination", json_string(destination));
	json_object_set_new(o, "content_sha256", done ? json_string(res->hash) : json_null());
	json_object_set(o, "files", res->files);
	json_object_set(o, "directories", res->directories);
	return o;
}

static void sync_result_init(struct sync_result *res, const json_t *prior)
{
	const json_t *dirs = value_get(prior, "directories");

	res->files = json_array();
	res->directories = json_is_array(dirs) ? json_deep_copy(dirs) : json_array();
	res->hash[0] = '\0';
}

static void sync_result_release(struct sync_result *res)
{
	json_decref(res->files);
	json_decref(res->directories);
}

static int file_create(void *client, const json_t *desired, const struct create_call *call,
		       char **id, json_t **out, struct strbuf *err)
{
	struct ssh_client *cl = client;
	const char *destination = value_get_string(desired, "destination");
	struct sync_result res;
	struct ssh_conn *c;
	int rc;

	(void)call->may_exist; /* an existing file is replaced either way */
	*id = NULL;
	*out = NULL;
	if (!destination) {
		strbuf_addstr(err, "ssh.file: destination must be set");
		return -1;
	}
	c = ssh_client_acquire(cl, err);
	if (!c) {
		strbuf_prefixf(err, "ssh.file %s: ", destination);
		return -1;
	}
	sync_result_init(&res, NULL);
	rc = sync_files(c, destination, desired, false, NULL, &res, err);
	ssh_client_release(cl);
	if (rc == 0 || json_array_size(res.files) || json_array_size(res.directories)) {
		*id = xstrdup(destination);
		*out = stored(desired, destination, &res, rc == 0);
	}
	if (rc)
		strbuf_prefixf(err, "ssh.file %s: ", destination);
	sync_result_release(&res);
	return rc;
}

/* Remove what prior says terrace wrote: its files, then its folders that
 * are empty; `dirs` (prior's folders on entry) keeps those still there. */
static int remove_recorded(struct ssh_conn *c, const char *id, const json_t *prior,
			   json_t *dirs, struct strbuf *err)
{
	size_t n = 0;
	char **paths = recorded_paths(id, prior, &n);
	int rc = 0;

	for (size_t i = 0; i < n && rc == 0; i++)
		rc = ssh_sftp_unlink(c, paths[i], err);
	if (rc == 0)
		rc = remove_empty_folders(c, dirs, err);
	if (rc == 0 && json_array_size(dirs))
		log_debugf("ssh.file %s: %zu folder(s) it made are not empty and stay", id,
			   json_array_size(dirs));
	text_list_free(paths, n);
	return rc;
}

/* Give the folders terrace made (and that are still there) directory_mode. */
static int chmod_folders(struct ssh_conn *c, const json_t *dirs, unsigned mode,
			 struct strbuf *err)
{
	size_t i;
	json_t *d;

	json_array_foreach(dirs, i, d) {
		struct ssh_file_stat st;
		const char *dir = json_string_value(d);
		int rc = dir ? ssh_sftp_stat(c, dir, &st, err) : 1;

		if (rc < 0 || (rc == 0 && st.is_dir && st.mode != mode &&
			       ssh_sftp_chmod(c, dir, mode, err)))
			return -1;
	}
	return 0;
}

static int file_update(void *client, const char *id, const json_t *prior,
		       const json_t *desired, json_t **out, struct strbuf *err)
{
	struct ssh_client *cl = client;
	bool was_folder = json_is_true(value_get(prior, "folder"));
	bool folder = json_is_true(value_get(desired, "folder"));
	unsigned dir_mode = mode_of(desired, "directory_mode", 0755);
	struct sync_result res;
	struct ssh_conn *c = ssh_client_acquire(cl, err);
	int rc = 0;

	*out = NULL;
	if (!c) {
		strbuf_prefixf(err, "ssh.file %s: ", id);
		return -1;
	}
	sync_result_init(&res, prior);
	/* A file that became a folder (or back): remove the old one first. */
	if (was_folder != folder)
		rc = remove_recorded(c, id, prior, res.directories, err);
	if (rc == 0)
		rc = sync_files(c, id, desired, was_folder == folder,
				was_folder && folder ? value_get(prior, "files") : NULL, &res, err);
	if (rc == 0 && folder)
		rc = remove_unused_folders(c, id, &res, err);
	if (rc == 0 && dir_mode != mode_of(prior, "directory_mode", 0755))
		rc = chmod_folders(c, res.directories, dir_mode, err);
	ssh_client_release(cl);
	*out = stored(desired, id, &res, rc == 0);
	if (rc)
		strbuf_prefixf(err, "ssh.file %s: ", id);
	sync_result_release(&res);
	return rc;
}

static int file_delete(void *client, const char *id, const json_t *prior, struct strbuf *err)
{
	struct ssh_client *cl = client;
	struct ssh_conn *c = ssh_client_acquire(cl, err);
	json_t *dirs;
	int rc;

	if (!c) {
		strbuf_prefixf(err, "ssh.file %s: ", id);
		return -1;
	}
	dirs = json_is_array(value_get(prior, "directories"))
	       ? json_deep_copy(value_get(prior, "directories")) : json_array();
	rc = remove_recorded(c, id, prior, dirs, err);
	ssh_client_release(cl);
	json_decref(dirs);
	if (rc)
		strbuf_prefixf(err, "ssh.file %s: ", id);
	return rc;
}

const struct resource_type ssh_file_type = {
	.name = "ssh.file",
	.description = "a local file or folder uploaded to a host over SFTP, with its mode "
		       "and owner",
	.attrs = file_attrs,
	.read = file_read,
	.create = file_create,
	.update = file_update,
	.delete = file_delete,
	.plan_desired = file_plan_desired,
	.import_id = "its destination path",
};
