/*
 * workspace_store.c: where each workspace's state lives and what the
 * commands ask of workspaces: the current one (TERRACE_WORKSPACE, or
 * Terraform's TF_WORKSPACE, else .terrace/environment beside the stack,
 * else "default"), its local state
 * file (default: terrace.state.json; others: terrace.state.d/<ws>/
 * terrace.state.json, Terraform's layout; remote keys come from
 * backend_s3_default_key), opening the backend that holds it, and which
 * workspaces a backend holds.
 *
 * A workspace exists when its folder exists (local) or its state object
 * does (S3); "default" always exists.
 *
 * Below cmd/context.c and the commands; uses only cmd/backend_settings.c
 * and cmd/encryption.c.
 */
#include "cmd/cli.h"
#include "plan/backend_settings.h"
#include "plan/state.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define ENVIRONMENT_FILE ".terrace/environment"

bool ws_name_valid(const char *name)
{
	size_t n = strlen(name);
	if (n == 0 || n > 64)
		return false;
	for (const char *c = name; *c; c++)
		if (!(*c >= 'a' && *c <= 'z') && !(*c >= 'A' && *c <= 'Z') &&
		    !(*c >= '0' && *c <= '9') && *c != '-' && *c != '_')
			return false;
	return true;
}

int ws_invalid_name(const char *name, const char *from)
{
	return ui_error("workspace name \"%s\"%s is not valid: use letters, digits, '-' and '_' "
			"(up to 64)", name, from);
}

/* The folder holding the stack (the path itself when it is a folder). */
static char *stack_dir(const char *stack_path)
{
	char *state = ctx_default_state_path(stack_path);
	char *slash = strrchr(state, '/');
	*slash = '\0';
	return state;
}

char *ws_environment_path(const char *stack_path)
{
	char *dir = stack_dir(stack_path);
	char *path = xasprintf("%s/%s", dir, ENVIRONMENT_FILE);
	free(dir);
	return path;
}

const char *ws_override(const char **variable)
{
	const char *own = getenv("TERRACE_WORKSPACE"), *tf = getenv("TF_WORKSPACE");
	*variable = own && *own ? "TERRACE_WORKSPACE" : tf && *tf ? "TF_WORKSPACE" : NULL;
	return *variable ? getenv(*variable) : NULL;
}

char *ws_current(const char *stack_path)
{
	const char *variable;
	const char *env = ws_override(&variable);
	if (env) {
		const char *tf = getenv("TF_WORKSPACE");
		/* Two names for one choice: which state a job acts on is not
		 * guessed. */
		if (tf && *tf && strcmp(tf, env))
			return ui_error("TERRACE_WORKSPACE=%s and TF_WORKSPACE=%s name different "
					"workspaces: set one of them (or both alike)", env, tf), NULL;
		if (!ws_name_valid(env)) {
			char *from = xasprintf(" (%s)", variable);
			ws_invalid_name(env, from);
			free(from);
			return NULL;
		}
		return xstrdup(env);
	}
	char *path = ws_environment_path(stack_path);
	FILE *f = fopen(path, "re");
	if (!f) {
		free(path);
		return xstrdup("default");
	}
	char line[128] = "";
	if (!fgets(line, sizeof(line), f))
		line[0] = '\0';
	fclose(f);
	line[strcspn(line, "\r\n")] = '\0';
	if (!line[0]) {
		free(path);
		return xstrdup("default");
	}
	if (!ws_name_valid(line)) {
		char *from = xasprintf(" (in %s)", path);
		ws_invalid_name(line, from);
		free(from);
		free(path);
		return NULL;
	}
	free(path);
	return xstrdup(line);
}

bool ws_is_default(const char *workspace)
{
	return !workspace || !strcmp(workspace, "default");
}

char *ws_local_state_path(const char *default_path, const char *workspace)
{
	return backend_workspace_path(default_path, workspace);
}

/* The folder of a local state file. */
char *ws_folder_of(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? xstrndup(path, (size_t)(slash - path)) : xstrdup(".");
}

static bool is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int remote_has(struct backend *b, const char *workspace, bool *found)
{
	json_t *names = json_array();
	struct strbuf err = STRBUF_INIT;
	int rc = backend_s3_workspaces(b, names, &err);
	if (rc)
		ui_error("%s", err.buf);
	strbuf_release(&err);
	*found = false;
	size_t i;
	json_t *n;
	json_array_foreach(names, i, n)
		if (!strcmp(json_string_value(n), workspace))
			*found = true;
	json_decref(names);
	return rc;
}

/* 0 with *found set, -1 after printing an error. */
int ws_exists(struct backend *b, const char *state_path, const char *workspace, bool *found)
{
	*found = true;
	if (ws_is_default(workspace))
		return 0;
	if (!strcmp(b->ops->name, "s3"))
		return remote_has(b, workspace, found);
	char *dir = ws_folder_of(state_path);
	*found = is_dir(dir);
	free(dir);
	return 0;
}

int ws_check_exists(struct backend *b, const char *state_path, const char *workspace)
{
	bool found;
	/* An environment's state is there once it is selected: its folder
	 * made (local), its object written by the first save (s3). */
	if (ws_is_environment(workspace))
		return strcmp(b->ops->name, "s3") ? ws_create(b, state_path) : 0;
	if (ws_exists(b, state_path, workspace, &found))
		return -1;
	if (!found)
		return ui_error("workspace \"%s\" does not exist; create it with `terrace workspace "
				"new %s`", workspace, workspace), -1;
	return 0;
}

static int local_workspaces(const char *default_state, json_t *names)
{
	char *base = ws_folder_of(default_state);
	char *dir = xasprintf("%s/" BACKEND_WORKSPACE_DIR, base);
	free(base);
	DIR *d = opendir(dir);
	if (!d) {
		int rc = errno == ENOENT ? 0 : ui_error("%s: cannot list: %s", dir, strerror(errno));
		free(dir);
		return rc ? -1 : 0;
	}
	struct dirent *e;
	while ((e = readdir(d))) {
		char *sub = xasprintf("%s/%s", dir, e->d_name);
		if (ws_name_valid(e->d_name) && strcmp(e->d_name, "default") && is_dir(sub))
			json_array_append_new(names, json_string(e->d_name));
		free(sub);
	}
	closedir(d);
	free(dir);
	return 0;
}

int ws_list(struct backend *b, const char *state_path, json_t *names)
{
	if (strcmp(b->ops->name, "s3"))
		return local_workspaces(state_path, names);
	struct strbuf err = STRBUF_INIT;
	int rc = backend_s3_workspaces(b, names, &err);
	if (rc)
		ui_error("%s", err.buf);
	strbuf_release(&err);
	return rc;
}

static int mkdir_parents(const char *dir)
{
	char *copy = xstrdup(dir);
	int rc = 0;
	for (char *p = copy + 1; *p && !rc; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(copy, 0755) < 0 && errno != EEXIST)
			rc = -1;
		*p = '/';
	}
	if (!rc && mkdir(copy, 0755) < 0 && errno != EEXIST)
		rc = -1;
	free(copy);
	return rc;
}

int ws_create(struct backend *b, const char *state_path)
{
	struct strbuf err = STRBUF_INIT;
	int rc = 0;
	if (strcmp(b->ops->name, "s3")) {
		char *dir = ws_folder_of(state_path);
		if (mkdir_parents(dir) < 0)
			rc = ui_error("%s: cannot create: %s", dir, strerror(errno));
		free(dir);
		return rc ? -1 : 0;
	}
	json_t *st = NULL;
	if (b->ops->load(b, &st, &err) || b->ops->save(b, st, &err))
		rc = ui_error("workspace new: %s", err.buf);
	json_decref(st);
	strbuf_release(&err);
	return rc ? -1 : 0;
}

struct backend *ctx_backend_from_settings(const json_t *settings, const char *state_file,
					  const char *stack_name, const char *stack_dir,
					  const char *workspace, char **state_path)
{
	*state_path = NULL;
	const char *type = json_string_value(json_object_get(settings, "type"));
	struct backend *b = NULL;
	if (state_file || !type || !strcmp(type, "local")) {
		const char *path = json_string_value(json_object_get(settings, "path"));
		char *base = path ? xstrdup(path) : ctx_default_state_path(stack_dir);
		*state_path = state_file ? xstrdup(state_file) : ws_local_state_path(base, workspace);
		free(base);
		b = backend_local_new(*state_path);
	} else if (!strcmp(type, "s3")) {
		struct strbuf err = STRBUF_INIT;
		b = backend_s3_new(settings, stack_name && *stack_name ? stack_name : "default",
				   workspace, &err);
		if (!b)
			ui_error("%s", err.buf);
		strbuf_release(&err);
	} else {
		ui_error("backend: unknown type \"%s\" (types: local, s3)", type);
	}
	if (b && ctx_backend_keys(b, settings)) {
		b->ops->free(b);
		b = NULL;
	}
	if (!b) {
		free(*state_path);
		*state_path = NULL;
	}
	return b;
}

json_t *ws_stack_settings(const json_t *recorded, const char *stack_name, const char *workspace)
{
	const char *type = json_string_value(json_object_get(recorded, "type"));
	const char *at = json_string_value(json_object_get(recorded, type && !strcmp(type, "s3")
								     ? "key" : "path"));
	json_t *s = json_deep_copy(recorded);
	char *derived = backend_s3_default_key(NULL, stack_name, workspace);
	bool known = true;

	if (!type || !strcmp(type, "local")) {
		/* DIR/terrace.state.d/WS/FILE, DIR/FILE the default's */
		char *mid = xasprintf("/" BACKEND_WORKSPACE_DIR "/%s/", workspace);
		const char *cut = at && !ws_is_default(workspace) ? strstr(at, mid) : NULL;
		if (cut) {
			char *base = xasprintf("%.*s/%s", (int)(cut - at), at, cut + strlen(mid));
			json_object_set_new(s, "path", json_string(base));
			free(base);
		}
		known = at && (ws_is_default(workspace) || cut);
		free(mid);
	} else if (at && !strcmp(at, derived)) {
		json_object_del(s, "key"); /* STACK/[env:/WS/]terrace.state.json */
	} else if (!ws_is_default(workspace)) {
		/* env:/WS/KEY, KEY the configured key */
		char *prefix = xasprintf("env:/%s/", workspace);
		known = at && !strncmp(at, prefix, strlen(prefix));
		if (known)
			json_object_set_new(s, "key", json_string(at + strlen(prefix)));
		free(prefix);
	}
	free(derived);
	if (!known) {
		json_decref(s);
		return NULL;
	}
	return s;
}

bool ws_is_environment(const char *workspace)
{
	return workspace && !strncmp(workspace, "env.", 4);
}
