/*
 * init.c: `terrace init`: records which backend holds the stack's state in
 * .terrace/backend.json beside the stack, so that a backend changed since
 * (a backend: block added, removed or edited, other TERRACE_BACKEND_* or
 * -backend-config) is noticed instead of silently starting from an empty
 * state. With -migrate-state it copies every workspace's state from the
 * recorded backend to the one now configured, under both backends' locks;
 * -reconfigure records the new one without copying. init_check_backend()
 * is the check the other commands make.
 *
 * The record: {"format_version": 1, "stack": NAME, "state": WHERE,
 * "settings": {...}}: the merged settings without credentials (a local
 * path made absolute) and WHERE, the default workspace's state: an
 * absolute path, or "s3://BUCKET/KEY" (" at ENDPOINT" when one is set).
 * Two backends are the same when their WHERE is. With no record (terrace
 * before init existed, or a fresh checkout), the previous backend is taken
 * to be the local file beside the stack when it holds a state.
 */
#include "cmd/cli.h"
#include "plan/state.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define RECORD_FILE ".terrace/backend.json"
#define RECORD_VERSION 1
#define OPERATION "init -migrate-state"

static const char *const init_options[] = {
	"stack", "backend-config", "migrate-state", "reconfigure", "force-copy", "lock",
	"lock-timeout", "no-color", NULL,
};
static const struct cli_command init_cmd = {
	"init", "terrace init [options]",
	"Record which backend holds the stack's state (in .terrace/backend.json beside the\n"
	"stack). When the backend changed since, -migrate-state copies every workspace's\n"
	"state from the recorded backend to the new one (refusing to replace a state the new\n"
	"one already holds unless -force-copy); -reconfigure uses the new one as it is.\n"
	"Credentials for the old backend come from the environment (TERRACE_BACKEND_*,\n"
	"AWS_*); the record never holds them.",
	init_options, 0,
};

/* A backend as init sees it. */
struct place {
	json_t *settings;  /* merged, credentials included, for opening it */
	char *where;       /* the default workspace's state: compared, printed */
	char *stack;       /* stack name, for derived S3 keys */
};

static void place_release(struct place *p)
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

static char *record_path(const char *stack_path)
{
	char *state = ctx_default_state_path(stack_path);
	*strrchr(state, '/') = '\0'; /* "<folder>/terrace.state.json" */
	char *path = xasprintf("%s/" RECORD_FILE, state);
	free(state);
	return path;
}

/* 0 with *out the record or NULL when there is none; -1 after an error. */
static int read_record(const char *path, json_t **out)
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

static int write_record(const char *path, const struct place *p)
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
static int current_place(const struct cli_opts *o, const json_t *block, const char *stack_name,
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
static json_t *environment_settings(const struct cli_opts *o)
{
	struct cli_opts env_only = *o;
	env_only.n_backend_configs = 0;
	return ctx_backend_settings(NULL, &env_only);
}

/* The recorded backend; its credentials from the environment. */
static int recorded_place(const struct cli_opts *o, const json_t *record, struct place *p)
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
static void implied_place(const struct cli_opts *o, const char *stack_path, struct place *p)
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

static bool state_empty(const json_t *st)
{
	return !json_object_size(json_object_get(st, "resources")) &&
	       !json_object_size(json_object_get(st, "outputs"));
}

static json_int_t serial_of(const json_t *st)
{
	return json_integer_value(json_object_get(st, "serial"));
}

static const char *lineage_of(const json_t *st)
{
	const char *l = json_string_value(json_object_get(st, "lineage"));
	return l ? l : "";
}

/*
 * How many of p's local workspaces hold a state that would be left behind
 * (resources or outputs, or unreadable); their files are named in found.
 * -1 after printing an error.
 */
static int local_states(const struct place *p, const char *stack_path, struct strbuf *found)
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

static const char hint[] = "Run `terrace init -migrate-state` to move the state (every workspace) "
			   "there, or `terrace init -reconfigure` to use it as it is.";

int init_check_backend(const struct cli_opts *o, const json_t *block, const char *stack_name,
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
				      cur.where, hint);
	} else if (!rc) {
		implied_place(o, stack_dir, &old);
		struct strbuf found = STRBUF_INIT;
		int n = strcmp(old.where, cur.where) ? local_states(&old, stack_dir, &found) : 0;
		if (n > 0)
			ui_error("the stack now keeps its state in %s, but %s still hold%s a state "
				 "from before.\n  %s", cur.where, found.buf, n == 1 ? "s" : "", hint);
		rc = n ? -1 : 0;
		strbuf_release(&found);
	}
	place_release(&cur);
	place_release(&old);
	json_decref(record);
	free(path);
	return rc ? -1 : 0;
}

/* ---- migration ---- */

enum move_action { MOVE_SKIP, MOVE_SAME, MOVE_CREATE, MOVE_COPY };

struct ws_move {
	const char *name;
	struct backend *src, *dst;
	char *src_path, *dst_path;   /* local files, or NULL */
	bool src_locked, dst_locked;
	bool dst_missing;            /* a local workspace folder not made yet */
	json_t *src_state, *dst_state;
	enum move_action action;
};

struct migration {
	const struct cli_opts *o;
	const char *stack_path;
	double timeout;
	struct place *from, *to;
	struct ws_move *moves;
	size_t n;
};

static bool dir_exists(const char *file)
{
	char *dir = xstrndup(file, strrchr(file, '/') ? (size_t)(strrchr(file, '/') - file) : 0);
	struct stat st;
	bool ok = !*dir || (stat(dir, &st) == 0 && S_ISDIR(st.st_mode));
	free(dir);
	return ok;
}

static int lock_and_load(struct migration *m, struct backend *b, bool *locked, json_t **state)
{
	struct strbuf err = STRBUF_INIT;
	int rc = 0;
	if (m->o->lock && b->ops->lock(b, OPERATION, m->timeout, &err))
		rc = -1;
	else
		*locked = m->o->lock;
	if (!rc && b->ops->load(b, state, &err))
		rc = -1;
	if (rc)
		ui_error("%s", err.buf);
	strbuf_release(&err);
	return rc;
}

/* Open, lock and read both sides of one workspace; decide what to do.
 * 0, 1 when the destination refuses, -1 after an error. */
static int prepare_move(struct migration *m, struct ws_move *mv)
{
	const char *sp = m->stack_path;
	mv->src = ctx_backend_from_settings(m->from->settings, NULL, m->from->stack, sp, mv->name,
					    &mv->src_path);
	mv->dst = ctx_backend_from_settings(m->to->settings, NULL, m->to->stack, sp, mv->name,
					    &mv->dst_path);
	if (!mv->src || !mv->dst || lock_and_load(m, mv->src, &mv->src_locked, &mv->src_state))
		return -1;
	/* A local workspace's folder is made only when something goes there. */
	mv->dst_missing = mv->dst_path && !dir_exists(mv->dst_path);
	if (!mv->dst_missing &&
	    lock_and_load(m, mv->dst, &mv->dst_locked, &mv->dst_state))
		return -1;
	json_int_t ss = serial_of(mv->src_state), ds = serial_of(mv->dst_state);
	bool is_default = !strcmp(mv->name, "default");
	bool same = mv->dst_state && !strcmp(lineage_of(mv->src_state), lineage_of(mv->dst_state));
	bool dst_exists = mv->dst_path ? !mv->dst_missing : ds > 0;
	if (ss == 0) /* never written: only the workspace itself moves */
		mv->action = is_default || dst_exists ? MOVE_SKIP : MOVE_CREATE;
	else if (same && ds == ss)
		mv->action = MOVE_SAME;
	else if (!mv->dst_state || ds == 0 || state_empty(mv->dst_state) || (same && ds < ss) ||
		 m->o->force_copy)
		mv->action = MOVE_COPY;
	else if (same)
		return ui_error("workspace \"%s\": the new backend holds a newer version of this "
				"state (serial %lld; the old backend's is %lld)", mv->name,
				(long long)ds, (long long)ss), 1;
	else
		return ui_error("workspace \"%s\": the new backend already holds another state "
				"(lineage %s, %zu resources)", mv->name, lineage_of(mv->dst_state),
				json_object_size(json_object_get(mv->dst_state, "resources"))), 1;
	return 0;
}

static int carry_out(struct migration *m, struct ws_move *mv)
{
	struct strbuf err = STRBUF_INIT;
	int rc = 0;
	if (mv->action == MOVE_SKIP || mv->action == MOVE_SAME)
		return 0;
	if (mv->dst_missing || (mv->action == MOVE_CREATE && !mv->dst_path))
		rc = ws_create(mv->dst, mv->dst_path);
	if (!rc && mv->action == MOVE_COPY && !mv->dst_locked) {
		json_decref(mv->dst_state);
		mv->dst_state = NULL;
		rc = lock_and_load(m, mv->dst, &mv->dst_locked, &mv->dst_state);
	}
	if (!rc && mv->action == MOVE_COPY) {
		/* save() numbers the write: the copy keeps the source's serial. */
		json_t *copy = json_deep_copy(mv->src_state);
		json_object_set_new(copy, "serial", json_integer(serial_of(mv->src_state) - 1));
		if (mv->dst->ops->save(mv->dst, copy, &err))
			rc = ui_error("workspace \"%s\": %s", mv->name, err.buf);
		json_decref(copy);
	}
	strbuf_release(&err);
	return rc ? -1 : 0;
}

static void release_move(struct ws_move *mv)
{
	struct backend *sides[2] = { mv->src, mv->dst };
	bool locked[2] = { mv->src_locked, mv->dst_locked };
	for (int i = 0; i < 2; i++) {
		if (!sides[i])
			continue;
		struct strbuf err = STRBUF_INIT;
		if (locked[i] && sides[i]->ops->unlock(sides[i], &err))
			ui_error("releasing the state lock: %s", err.buf);
		strbuf_release(&err);
		sides[i]->ops->free(sides[i]);
	}
	free(mv->src_path);
	free(mv->dst_path);
	json_decref(mv->src_state);
	json_decref(mv->dst_state);
}

static void report_move(const struct ws_move *mv)
{
	size_t n = json_object_size(json_object_get(mv->src_state, "resources"));
	switch (mv->action) {
	case MOVE_COPY:
		ui_printf(stdout, "  %s: copied (serial %lld, %zu resource%s)\n", mv->name,
			  (long long)serial_of(mv->src_state), n, n == 1 ? "" : "s");
		break;
	case MOVE_SAME:
		ui_printf(stdout, "  %s: already there (serial %lld)\n", mv->name,
			  (long long)serial_of(mv->src_state));
		break;
	case MOVE_CREATE:
		ui_printf(stdout, "  %s: created (it has no state yet)\n", mv->name);
		break;
	case MOVE_SKIP:
		ui_printf(stdout, "  %s: nothing to copy\n", mv->name);
		break;
	}
}

static int migrate(struct migration *m)
{
	char *path = NULL;
	struct backend *b = ctx_backend_from_settings(m->from->settings, NULL, m->from->stack,
						      m->stack_path, "default", &path);
	json_t *names = json_pack("[s]", "default");
	int rc = b ? ws_list(b, path, names) : -1;
	if (b)
		b->ops->free(b);
	free(path);
	m->n = json_array_size(names);
	m->moves = xcalloc(m->n, sizeof(*m->moves));
	int refused = 0;
	/* Every workspace is checked, under both locks, before anything is
	 * copied: a refusal leaves both backends as they were. */
	for (size_t i = 0; !rc && i < m->n; i++) {
		m->moves[i].name = json_string_value(json_array_get(names, i));
		int r = prepare_move(m, &m->moves[i]);
		if (r < 0)
			rc = -1;
		refused += r > 0;
	}
	if (!rc && refused)
		rc = ui_error("init -migrate-state: nothing was copied. -force-copy replaces what "
			      "the new backend holds (it is then lost unless kept elsewhere)");
	if (!rc)
		ui_printf(stdout, "Migrating the state from %s to %s:\n", m->from->where,
			  m->to->where);
	for (size_t i = 0; !rc && i < m->n; i++) {
		rc = carry_out(m, &m->moves[i]);
		if (!rc)
			report_move(&m->moves[i]);
	}
	for (size_t i = 0; i < m->n; i++)
		release_move(&m->moves[i]);
	free(m->moves);
	json_decref(names);
	if (!rc)
		ui_printf(stdout, "The state in %s was left as it was; delete it once you no longer "
			  "need it.\n", m->from->where);
	return rc ? -1 : 0;
}

/* The backend can be read (credentials, bucket, key). */
static int check_access(const struct place *p, const char *stack_path)
{
	char *path = NULL;
	struct backend *b = ctx_backend_from_settings(p->settings, NULL, p->stack, stack_path,
						      "default", &path);
	json_t *st = NULL;
	struct strbuf err = STRBUF_INIT;
	int rc = b ? 0 : -1;
	if (b && b->ops->load(b, &st, &err))
		rc = ui_error("%s", err.buf);
	json_decref(st);
	strbuf_release(&err);
	if (b)
		b->ops->free(b);
	free(path);
	return rc ? -1 : 0;
}

static int init_stack(const struct cli_opts *o, const char *stack_path, const struct stack *stack)
{
	struct place cur = { 0 }, old = { 0 };
	json_t *record = NULL;
	char *path = record_path(stack_path);
	struct migration m = { o, stack_path, 0, &old, &cur, NULL, 0 };
	int rc = ctx_parse_duration(o->lock_timeout, &m.timeout)
		 ? ui_error("-lock-timeout: \"%s\" is not a duration (examples: 0s, 30s, 2m)",
			    o->lock_timeout)
		 : 0;
	if (!rc && (current_place(o, stack->backend, stack->name, stack_path, &cur) ||
		    read_record(path, &record)))
		rc = -1;
	bool changed = false;
	if (!rc && record) {
		rc = recorded_place(o, record, &old);
		changed = !rc && strcmp(old.where, cur.where);
	} else if (!rc) {
		implied_place(o, stack_path, &old);
		struct strbuf found = STRBUF_INIT;
		int n = strcmp(old.where, cur.where) ? local_states(&old, stack_path, &found) : 0;
		rc = n < 0 ? -1 : 0;
		changed = n > 0;
		strbuf_release(&found);
	}
	if (!rc && changed && o->migrate_state)
		rc = migrate(&m);
	else if (!rc && changed && o->reconfigure)
		ui_printf(stdout, "Reconfigured: the state in %s was left as it was and is no "
			  "longer used.\n", old.where);
	else if (!rc && changed)
		rc = ui_error("the backend changed: the state is in %s, the stack now names %s.\n"
			      "  %s", old.where, cur.where, hint);
	else if (!rc && o->migrate_state)
		ui_printf(stdout, "Nothing to migrate: the state is already in %s.\n", cur.where);
	if (!rc)
		rc = check_access(&cur, stack_path);
	if (!rc)
		rc = write_record(path, &cur);
	if (!rc)
		ui_printf(stdout, "terrace has been initialized: the state is in %s.\n", cur.where);
	place_release(&cur);
	place_release(&old);
	json_decref(record);
	free(path);
	return rc ? 1 : 0;
}

int cmd_init(int argc, char **argv)
{
	struct cli_opts o;
	if (cli_parse(&init_cmd, argc, argv, &o))
		return 1;
	if (o.help) {
		cli_print_help(&init_cmd, stdout);
		cli_opts_release(&o);
		return 0;
	}
	int code = 1;
	struct stack *stack = NULL;
	const char *stack_path = o.stack_path ? o.stack_path : ".";
	if (o.migrate_state && o.reconfigure) {
		ui_error("init: -migrate-state and -reconfigure exclude each other");
	} else if (o.force_copy && !o.migrate_state) {
		ui_error("init: -force-copy goes with -migrate-state");
	} else {
		struct diags d = DIAGS_INIT;
		int rc = stack_load(stack_path, &stack, &d);
		ui_diags(&d);
		diags_free(&d);
		if (!rc)
			code = init_stack(&o, stack_path, stack);
	}
	if (stack)
		stack_free(stack);
	cli_opts_release(&o);
	return code;
}
