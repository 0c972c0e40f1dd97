/*
 * backend_record.c: the backend `terrace init` recorded beside the stack
 * (.terrace/backend.json), so that a backend changed since (a backend:
 * block added, removed or edited, other TERRACE_BACKEND_* or
 * -backend-config) is noticed instead of silently starting from an empty
 * state: init_check_backend() is the check the commands make (through
 * cmd/context.c); the places it compares serve `terrace init` too.
 *
 * The record: {"format_version": 1, "stack": NAME, "state": WHERE,
 * "settings": {...}}: the merged settings without credentials (a local
 * path made absolute) and WHERE, the default workspace's state: an
 * absolute path, or "s3://BUCKET/KEY" (" at ENDPOINT" when one is set).
 * Two backends are the same when their WHERE is. With no record (terrace
 * before init existed, or a fresh checkout), the previous backend is taken
 * to be the local file beside the stack when it holds a state.
 */
#include "cmd/backend_record.h"
#include "plan/state.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define RECORD_FILE ".terrace/backend.json"
#define RECORD_VERSION 1

void place_release(struct place *p)
{
	json_decref(p->settings);
	free(p->where);
	free(p->stack);
	memset(p, 0, sizeof(*p));
}

static bool is_local(const json_t *settings)
{
	const char *type = json_string_value(json_object_get(settings, "type"));
	return !type || !strcmp(type, "local");
}

/* path with its folder resolved (the file itself may not exist yet). */
static char *absolute(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash ? xstrndup(path, slash == path ? 1 : (size_t)(slash - path))
			  : xstrdup(".");
	const char *base = slash ? slash + 1 : path;
	char buf[PATH_MAX];
	char *out = realpath(dir, buf) ? xasprintf("%s/%s", strcmp(buf, "/") ? buf : "", base)
				       : xstrdup(path);
	free(dir);
	return out;
}

static const char *setting(const json_t *settings, const char *key)
{
	const char *v = json_string_value(json_object_get(settings, key));
	return v && *v ? v : NULL;
}

static char *where_of(const json_t *settings, const char *stack_name, const char *stack_path)
{
	if (is_local(settings)) {
		const char *path = setting(settings, "path");
		char *base = path ? xstrdup(path) : ctx_default_state_path(stack_path);
		char *abs = absolute(base);
		free(base);
		return abs;
	}
	const char *type = setting(settings, "type");
	if (strcmp(type, "s3"))
		return xasprintf("a backend of type %s", type);
	char *key = backend_s3_default_key(setting(settings, "key"),
					   stack_name && *stack_name ? stack_name : "default", NULL);
	const char *bucket = setting(settings, "bucket"), *endpoint = setting(settings, "endpoint");
	char *where = xasprintf("s3://%s/%s%s%s", bucket ? bucket : "(no bucket)", key,
				endpoint ? " at " : "", endpoint ? endpoint : "");
	free(key);
	return where;
}

char *record_path(const char *stack_path)
{
	char *state = ctx_default_state_path(stack_path);
	*strrchr(state, '/') = '\0'; /* "<folder>/terrace.state.json" */
	char *path = xasprintf("%s/" RECORD_FILE, state);
	free(state);
	return path;
}

/* 0 with *out the record or NULL when there is none; -1 after an error. */
int read_record(const char *path, json_t **out)
{
	*out = NULL;
	json_error_t jerr;
	json_t *doc = json_load_file(path, JSON_REJECT_DUPLICATES, &jerr);
	if (!doc && access(path, F_OK) < 0 && errno == ENOENT)
		return 0;
	if (!doc || !json_is_string(json_object_get(doc, "state")) ||
	    !json_is_object(json_object_get(doc, "settings"))) {
		json_decref(doc);
		return ui_error("%s: not a backend record (%s); run `terrace init -reconfigure` to "
				"write it again", path, doc ? "no state or settings" : jerr.text), -1;
	}
	*out = doc;
	return 0;
}

int write_record(const char *path, const struct place *p)
{
	json_t *settings = json_deep_copy(p->settings);
	json_object_del(settings, "access_key");
	json_object_del(settings, "secret_key");
	ctx_key_file_absolute(settings);
	if (is_local(settings)) {
		json_object_set_new(settings, "type", json_string("local"));
		json_object_set_new(settings, "path", json_string(p->where));
	}
	json_t *doc = json_pack("{s:i, s:s, s:s, s:o}", "format_version", RECORD_VERSION,
				"stack", p->stack ? p->stack : "", "state", p->where,
				"settings", settings);
	char *dir = xstrndup(path, (size_t)(strrchr(path, '/') - path));
	char *tmp = xasprintf("%s.tmp.%ld", path, (long)getpid());
	int rc = 0;
	if (mkdir(dir, 0755) < 0 && errno != EEXIST)
		rc = ui_error("%s: cannot create: %s", dir, strerror(errno));
	else if (json_dump_file(doc, tmp, JSON_INDENT(2) | JSON_SORT_KEYS) < 0 ||
		 rename(tmp, path) < 0)
		rc = ui_error("%s: cannot write: %s", path, strerror(errno));
	if (rc)
		unlink(tmp);
	free(tmp);
	free(dir);
	json_decref(doc);
	return rc ? -1 : 0;
}

/* The backend now configured. */
int current_place(const struct cli_setup *o, const json_t *block, const char *stack_name,
		  const char *stack_path, struct place *p)
{
	p->settings = ctx_backend_settings(block, o);
	if (!p->settings)
		return -1;
	p->where = where_of(p->settings, stack_name, stack_path);
	p->stack = xstrdup(stack_name ? stack_name : "");
	return 0;
}

/* The settings TERRACE_BACKEND_* give, without -backend-config (which
 * names the new backend). */
static json_t *environment_settings(const struct cli_setup *o)
{
	struct cli_setup env_only = *o;
	env_only.backend_configs.n = 0;
	return ctx_backend_settings(NULL, &env_only);
}

/* The recorded backend; its credentials from the environment. */
int recorded_place(const struct cli_setup *o, const json_t *record, struct place *p)
{
	json_t *env = environment_settings(o);
	if (!env)
		return -1;
	p->settings = json_deep_copy(json_object_get(record, "settings"));
	static const char *const credentials[] = { "access_key", "secret_key", "profile" };
	for (size_t i = 0; i < sizeof(credentials) / sizeof(*credentials); i++) {
		json_t *v = json_object_get(env, credentials[i]);
		if (v && !json_object_get(p->settings, credentials[i]))
			json_object_set(p->settings, credentials[i], v);
	}
	json_decref(env);
	p->where = xstrdup(json_string_value(json_object_get(record, "state")));
	const char *stack = json_string_value(json_object_get(record, "stack"));
	p->stack = xstrdup(stack ? stack : "");
	return 0;
}

/* The local file beside the stack: what held the state before any record. */
void implied_place(const struct cli_setup *o, const char *stack_path, struct place *p)
{
	json_t *env = environment_settings(o);
	p->settings = json_pack("{s:s}", "type", "local");
	json_t *file = json_object_get(env, ENCRYPT_KEY_FILE_SETTING);
	if (file)
		json_object_set(p->settings, ENCRYPT_KEY_FILE_SETTING, file);
	json_decref(env);
	p->where = where_of(p->settings, NULL, stack_path);
	p->stack = xstrdup("");
}

bool state_empty(const json_t *st)
{
	return !json_object_size(json_object_get(st, "resources")) &&
	       !json_object_size(json_object_get(st, "outputs"));
}

json_int_t serial_of(const json_t *st)
{
	return json_integer_value(json_object_get(st, "serial"));
}

const char *lineage_of(const json_t *st)
{
	const char *l = json_string_value(json_object_get(st, "lineage"));
	return l ? l : "";
}

/*
 * How many of p's local workspaces hold a state that would be left behind
 * (resources or outputs, or unreadable); their files are named in found.
 * -1 after printing an error.
 */
int local_states(const struct place *p, const char *stack_path, struct strbuf *found)
{
	char *path = NULL;
	struct backend *b = ctx_backend_from_settings(p->settings, NULL, NULL, stack_path,
						      "default", &path);
	json_t *names = json_pack("[s]", "default");
	int count = b ? 0 : -1;
	if (b && ws_list(b, path, names))
		count = -1;
	if (b)
		b->ops->free(b);
	free(path);
	size_t i;
	json_t *n;
	json_array_foreach(names, i, n) {
		if (count < 0)
			break;
		struct stat st;
		b = ctx_backend_from_settings(p->settings, NULL, NULL, stack_path,
					      json_string_value(n), &path);
		if (b && stat(path, &st) == 0) {
			json_t *state = NULL;
			struct strbuf ignored = STRBUF_INIT;
			if (b->ops->load(b, &state, &ignored) || !state_empty(state)) {
				strbuf_addf(found, "%s%s", count ? ", " : "", path);
				count++;
			}
			json_decref(state);
			strbuf_release(&ignored);
		}
		if (b)
			b->ops->free(b);
		free(path);
	}
	json_decref(names);
	return count;
}

const char backend_record_hint[] = "Run `terrace init -migrate-state` to move the state "
				   "(every workspace) there, or `terrace init -reconfigure` to use it as it is.";

int init_check_backend(const struct cli_setup *o, const json_t *block, const char *stack_name,
		       const char *stack_dir)
{
	struct place cur = { 0 }, old = { 0 };
	json_t *record = NULL;
	char *path = record_path(stack_dir);
	int rc = current_place(o, block, stack_name, stack_dir, &cur) ? -1
		 : read_record(path, &record);
	if (!rc && record) {
		const char *was = json_string_value(json_object_get(record, "state"));
		if (strcmp(was, cur.where))
			rc = ui_error("the backend changed since `terrace init`: the state is in %s "
				      "(as %s records), the stack now names %s.\n  %s", was, path,
				      cur.where, backend_record_hint);
	} else if (!rc) {
		implied_place(o, stack_dir, &old);
		struct strbuf found = STRBUF_INIT;
		int n = strcmp(old.where, cur.where) ? local_states(&old, stack_dir, &found) : 0;
		if (n > 0)
			ui_error("the stack now keeps its state in %s, but %s still hold%s a state "
				 "from before.\n  %s", cur.where, found.buf, n == 1 ? "s" : "",
				 backend_record_hint);
		rc = n ? -1 : 0;
		strbuf_release(&found);
	}
	place_release(&cur);
	place_release(&old);
	json_decref(record);
	free(path);
	return rc ? -1 : 0;
}
