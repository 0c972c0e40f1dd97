/*
 * stack_read.c: reading another stack's outputs for a terrace.stack lookup
 * (see stack_read.h). Where that stack's state is comes the way `terrace
 * output` run in its folder finds it (cmd/backend_settings.c,
 * cmd/backend_record.c, cmd/workspace_store.c): the backend `terrace
 * init` recorded there (.terrace/backend.json), else its backend: block,
 * with TERRACE_BACKEND_* from the environment over either (both merged
 * by plan/backend_settings.c, as for a stack's own backend); or the backend
 * settings the lookup gives itself (the environment filling only what they
 * leave out). The workspace is this stack's, or the lookup's workspace: or
 * environment: (env.NAME, an environment's shared state). The state is
 * loaded through plan/backend_local.c or plan/backend_s3.c, never locked
 * and never written.
 */
#include "plan/stack_read.h"
#include "plan/backend_settings.h"
#include "plan/encrypt.h"
#include "plan/state.h"
#include "provider/provider.h"
#include "stacks/builtin_lookups.h"
#include "stacks/expr.h"
#include "stacks/stack.h"

#include <dirent.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define RECORD_FILE ".terrace/backend.json"

/* Where the other stack's state is and how to open it. */
struct other {
	char *dir;        /* its folder (absolute), or NULL: given by backend settings */
	char *label;      /* how messages name it: "network" (../network) */
	char *name;       /* its stack name */
	char *workspace;
	json_t *settings; /* merged backend settings, strings, credentials included */
};

static void other_release(struct other *o)
{
	free(o->dir);
	free(o->label);
	free(o->name);
	free(o->workspace);
	json_decref(o->settings);
}

static const char *setting(const json_t *settings, const char *key)
{
	const char *v = json_string_value(json_object_get(settings, key));
	return v && *v ? v : NULL;
}

/* path made absolute against dir (itself absolute). */
static char *against(const char *dir, const char *path)
{
	return path[0] == '/' ? xstrdup(path) : xasprintf("%s/%s", dir, path);
}

/* The folder of the stack file the lookup is written in, absolute: the
 * snapshot's stack folder (lookups are the root stack's), else the folder
 * of entry's "at" (FILE:LINE:COL); the working folder when unknown. */
static char *reading_dir(const json_t *snapshot, const json_t *entry)
{
	const char *stack_dir = json_string_value(json_object_get(snapshot, "dir"));
	if (stack_dir && stack_dir[0] == '/')
		return xstrdup(stack_dir);
	const char *at = json_string_value(json_object_get(entry, "at"));
	char *file = xstrdup(at ? at : "");
	for (int k = 0; k < 2; k++) {
		char *c = strrchr(file, ':');
		if (c)
			*c = '\0';
	}
	char *slash = strrchr(file, '/');
	char *dir = slash ? xstrndup(file, (size_t)(slash - file)) : xstrdup(".");
	if (slash == file) {
		free(dir);
		dir = xstrdup("/");
	}
	char buf[PATH_MAX];
	char *out = xstrdup(realpath(dir, buf) ? buf : dir);
	free(dir);
	free(file);
	return out;
}

/* The environment a workspace belongs to: "env.NAME" and "env.NAME.USER"
 * are NAME's (cmd/environment.c); a new string or NULL. */
static char *environment_of(const char *ws)
{
	if (!ws || strncmp(ws, "env.", 4))
		return NULL;
	return xstrndup(ws + 4, strcspn(ws + 4, "."));
}

/* The stack at path (against base): its settings read from loaded, the
 * stack of that folder already loaded (whole or its settings), or, NULL,
 * loaded here, and then handed to *kept when kept is not NULL (freed by
 * the caller; NULL on an error). */
static int other_from_path(struct other *o, const char *base, const char *path,
			   const struct stack *loaded, struct stack **kept, struct strbuf *err)
{
	char *joined = against(base, path);
	char buf[PATH_MAX];
	struct stat st;
	if (!realpath(joined, buf) || stat(buf, &st) || !S_ISDIR(st.st_mode)) {
		strbuf_addf(err, "no stack folder at %s (path: %s)", joined, path);
		free(joined);
		return -1;
	}
	free(joined);
	o->dir = xstrdup(buf);
	struct stack *own = NULL;
	const struct stack *s = loaded;
	struct diags d = DIAGS_INIT;
	if (!s && stack_load_settings(o->dir, &own, &d)) {
		struct strbuf why = STRBUF_INIT;
		for (size_t i = 0; i < d.n; i++)
			diag_format(&d.items[i], &why);
		strbuf_addf(err, "cannot read the stack at %s: %s", path, why.buf);
		strbuf_release(&why);
		diags_free(&d);
		stack_free(own);
		return -1;
	}
	diags_free(&d);
	if (own)
		s = own;
	o->name = xstrdup(s->name && *s->name ? s->name : "default");
	/* An environment's own backend (not recorded by init), else what init
	 * recorded, else the stack's backend: block. */
	char *env = environment_of(o->workspace);
	const json_t *env_backend =
		env ? json_object_get(json_object_get(s->environments, env), "backend") : NULL;
	free(env);
	if (env_backend) {
		o->settings = backend_settings_of(env_backend);
	} else {
		char *record_path = xasprintf("%s/%s", o->dir, RECORD_FILE);
		json_t *record = json_load_file(record_path, 0, NULL);
		free(record_path);
		if (json_is_object(json_object_get(record, "settings")))
			o->settings = backend_settings_of(json_object_get(record, "settings"));
		json_decref(record);
	}
	if (!o->settings)
		o->settings = s->backend ? backend_settings_of(s->backend) : json_object();
	if (kept)
		*kept = own;
	else
		stack_free(own);
	backend_settings_from_environment(o->settings, false);
	o->label = xasprintf("\"%s\" (%s)", o->name, path);
	return 0;
}

static int other_from_backend(struct other *o, const json_t *backend, const char *stack_name)
{
	o->settings = backend_settings_of(backend);
	backend_settings_from_environment(o->settings, true);
	o->name = xstrdup(stack_name ? stack_name : "default");
	const char *type = setting(o->settings, "type");
	if (type && !strcmp(type, "s3")) {
		const char *bucket = setting(o->settings, "bucket");
		char *key = backend_s3_default_key(setting(o->settings, "key"), o->name, NULL);
		o->label = xasprintf("\"%s\" (s3://%s/%s)", o->name, bucket ? bucket : "", key);
		free(key);
	} else {
		o->label = xasprintf("\"%s\" (%s)", o->name,
				     setting(o->settings, "path") ? setting(o->settings, "path")
								  : BACKEND_STATE_FILE);
	}
	return 0;
}

static bool is_default(const char *ws)
{
	return !ws || !strcmp(ws, "default");
}

/* The local state file of o's default workspace (absolute). */
static char *local_default(const struct other *o, const char *dir)
{
	const char *p = setting(o->settings, "path");
	return p ? against(dir, p) : xasprintf("%s/%s", dir, BACKEND_STATE_FILE);
}

/*
 * Open o's backend for its workspace: *where where that workspace's state
 * is. NULL with err set on a bad setting, or with *missing when it is
 * local and its file does not exist.
 */
static struct backend *other_open(const struct other *o, const char *dir, char **where,
				  bool *missing, struct strbuf *err)
{
	*where = NULL;
	*missing = false;
	const char *type = setting(o->settings, "type");
	if (!type || !strcmp(type, "local")) {
		char *def = local_default(o, dir);
		*where = backend_workspace_path(def, o->workspace);
		free(def);
		struct stat st;
		*missing = stat(*where, &st) != 0;
		return *missing ? NULL : backend_local_new(*where);
	}
	if (strcmp(type, "s3")) {
		strbuf_addf(err, "its backend is of type \"%s\" (types: local, s3)", type);
		return NULL;
	}
	const char *ws = is_default(o->workspace) ? NULL : o->workspace;
	struct backend *b = backend_s3_new(o->settings, o->name, ws, err);
	if (b) {
		char *key = backend_s3_default_key(setting(o->settings, "key"), o->name, ws);
		*where = xasprintf("s3://%s/%s", setting(o->settings, "bucket"), key);
		free(key);
	}
	return b;
}

static int other_load(struct other *o, const char *base, json_t **state, char **where,
		      bool *missing, struct strbuf *err)
{
	*state = NULL;
	const char *dir = o->dir ? o->dir : base;
	struct backend *b = other_open(o, dir, where, missing, err);
	if (!b)
		return *missing ? 0 : -1;
	const char *key_file = setting(o->settings, ENCRYPT_KEY_FILE_SETTING);
	char *key_path = key_file ? against(dir, key_file) : NULL;
	int rc = encrypt_keys_load(&b->keys, key_path, err);
	free(key_path);
	if (!rc)
		rc = b->ops->load(b, state, err);
	b->ops->free(b);
	if (!rc && json_integer_value(json_object_get(*state, "serial")) == 0)
		*missing = true;
	return rc;
}

/* The output a reference's path names ("outputs.vpc_id",
 * "outputs[\"vpc-id\"]"): a new string, or NULL when it names none. */
static char *output_named(const char *path)
{
	if (!path || strncmp(path, "outputs", 7))
		return NULL;
	const char *p = path + 7;
	if (*p == '.')
		return xstrndup(p + 1, strcspn(p + 1, ".["));
	if (!strncmp(p, "[\"", 2))
		return xstrndup(p + 2, strcspn(p + 2, "\""));
	return NULL;
}

/* The names of an object's members, sorted, as a new array. */
static json_t *sorted_names(const json_t *obj)
{
	size_t nk;
	const char **keys = value_sorted_keys(obj, &nk);
	json_t *out = json_array();
	for (size_t i = 0; i < nk; i++)
		json_array_append_new(out, json_string(keys[i]));
	free(keys);
	return out;
}


/* The outputs of data.NAME (address) the snapshot uses, each with its
 * first use (in its resources, locals, outputs, lookups and checks, in
 * that order): {OUTPUT: {"kind", "user", "at", "path"}}, a new object. */
static json_t *outputs_used(const json_t *snapshot, const char *address)
{
	static const char *const sections[] = { "resources", "locals", "outputs", "data",
						"checks" };
	static const char *const kinds[] = { "resource", "local", "output", "lookup", "" };
	json_t *used = json_object();
	for (size_t s = 0; s < sizeof(sections) / sizeof(*sections); s++) {
		const json_t *sec = json_object_get(snapshot, sections[s]);
		const char *user;
		json_t *e;
		size_t idx;
		json_t *ae;
		json_t *items = json_object();
		if (json_is_array(sec)) {
			json_array_foreach(sec, idx, ae) {
				char *n = xasprintf("check %zu", idx + 1);
				json_object_set(items, n, ae);
				free(n);
			}
		} else if (json_is_object(sec)) {
			json_object_update(items, (json_t *)sec);
		}
		json_object_foreach(items, user, e) {
			struct expr_refs refs = { 0 };
			struct diags d = DIAGS_INIT;
			expr_collect_refs(e, NULL, NULL, &refs, &d);
			diags_free(&d);
			for (size_t i = 0; i < refs.n; i++) {
				if (strcmp(refs.items[i].root, address))
					continue;
				char *out = output_named(refs.items[i].path);
				if (out && !json_object_get(used, out)) {
					const char *at = json_string_value(json_object_get(e, "at"));
					json_object_set_new(used, out, json_pack(
						"{s:s, s:s, s:s, s:s}", "kind", kinds[s], "user", user,
						"at", at ? at : "", "path", refs.items[i].path));
				}
				free(out);
			}
			expr_refs_free(&refs);
		}
		json_decref(items);
	}
	return used;
}

/* The names of an object's members, sorted, as "a, b, c" (or "none"). */
static void add_sorted_names(struct strbuf *sb, const json_t *obj)
{
	json_t *names = sorted_names(obj);
	size_t i;
	json_t *n;
	json_array_foreach(names, i, n)
		strbuf_addf(sb, "%s%s", i ? ", " : "", json_string_value(n));
	if (!json_array_size(names))
		strbuf_addstr(sb, "none");
	json_decref(names);
}

/* The first output of data.NAME the snapshot uses (outputs_used) that
 * outputs lacks, or whose value its state keeps only as a hash: err says
 * which and where. */
static int check_uses(const json_t *used, const char *address, const char *reader,
		      const struct other *o, const json_t *outputs, struct strbuf *err)
{
	const char *out;
	json_t *use;
	json_object_foreach((json_t *)used, out, use) {
		const json_t *o_entry = json_object_get(outputs, out);
		const char *kind = json_string_value(json_object_get(use, "kind"));
		const char *user = json_string_value(json_object_get(use, "user"));
		const char *at = json_string_value(json_object_get(use, "at"));
		if (!o_entry) {
			strbuf_addf(err, "stack \"%s\" reads output \"%s\" of stack %s (%s %s%s%s "
				    "uses ${%s.%s}), which has no such output (its outputs: ",
				    reader, out, o->label, kind, user, *at ? " at " : "", at,
				    address, json_string_value(json_object_get(use, "path")));
			add_sorted_names(err, outputs);
			strbuf_addch(err, ')');
			return -1;
		}
		if (value_is_hashed(json_object_get(o_entry, "value"))) {
			strbuf_addf(err, "stack \"%s\" reads output \"%s\" of stack %s (%s %s), which "
				    "is sensitive: its state keeps only a hash of it; read the secret "
				    "where it is kept (e.g. by the ARN the other stack outputs) instead",
				    reader, out, o->label, kind, user);
			return -1;
		}
	}
	return 0;
}

/* ---- plan -all: the outputs a stack will have once its plan is applied ---- */

char *stack_planned_outputs_path(const char *folder, const char *dir)
{
	char *name = xstrdup(dir);
	for (char *c = name; *c; c++)
		if (*c == '/')
			*c = '%';
	char *path = xasprintf("%s/%s.json", folder, name);
	free(name);
	return path;
}

int stack_planned_outputs_write(struct plan *p, const json_t *state, const char *folder,
				struct strbuf *err)
{
	char here[PATH_MAX];
	if (!realpath(".", here)) {
		strbuf_addstr(err, "cannot resolve the working folder");
		return -1;
	}
	struct diags d = DIAGS_INIT;
	json_t *planned = plan_outputs_eval(p, &d);
	bool failed = d.n > 0;
	diags_free(&d);
	if (failed) {
		/* The plan says what is wrong; its readers see all its outputs
		 * as known after apply. */
		json_decref(planned);
		return 0;
	}
	const json_t *now = json_object_get(state, "outputs");
	json_t *outputs = json_object(), *changing = json_object();
	const char *k;
	json_t *v;
	json_object_foreach(planned, k, v) {
		const json_t *value = json_object_get(v, "value");
		const json_t *was = json_object_get(json_object_get(now, k), "value");
		bool sensitive = json_is_true(json_object_get(v, "sensitive"));
		/* A sensitive value is never written here: its state's hash stands in. */
		bool changes = !was || value_contains_unknown(value) ||
			       (!sensitive && !json_equal(value, was));
		json_t *written = sensitive ? (was ? json_incref((json_t *)was) : value_unknown())
				  : json_incref((json_t *)(changes ? value : was));
		json_object_set_new(outputs, k, json_pack("{s:o, s:b}", "value", written,
							  "sensitive", sensitive));
		if (changes)
			json_object_set_new(changing, k, json_true());
	}
	json_object_foreach((json_t *)now, k, v)
		if (!json_object_get(planned, k))
			json_object_set_new(changing, k, json_true());
	json_t *doc = json_pack("{s:o, s:o}", "outputs", outputs, "changing",
				sorted_names(changing));
	json_decref(changing);
	json_decref(planned);
	char *path = stack_planned_outputs_path(folder, here);
	char *tmp = xasprintf("%s.tmp", path);
	int rc = json_dump_file(doc, tmp, JSON_COMPACT) || rename(tmp, path) ? -1 : 0;
	if (rc)
		strbuf_addf(err, "cannot write %s", path);
	json_decref(doc);
	free(tmp);
	free(path);
	return rc;
}

/* What stack_planned_outputs_write wrote for the stack in folder dir, or
 * NULL: its outputs are all known after apply. */
static json_t *planned_outputs_load(const char *dir)
{
	const char *folder = getenv(STACK_PLANNED_OUTPUTS_ENV);
	if (!folder || !*folder)
		return NULL;
	char *path = stack_planned_outputs_path(folder, dir);
	json_t *doc = json_load_file(path, 0, NULL);
	free(path);
	if (doc && (!json_is_object(json_object_get(doc, "outputs")) ||
		    !json_is_array(json_object_get(doc, "changing")))) {
		json_decref(doc);
		return NULL;
	}
	return doc;
}

/* The settings worth keeping in the result (and a saved plan): no
 * credentials; a local path made absolute. */
static json_t *location_of(const struct other *o, const char *base)
{
	json_t *loc = json_deep_copy(o->settings);
	json_object_del(loc, "access_key");
	json_object_del(loc, "secret_key");
	const char *type = setting(loc, "type");
	if (!type || !strcmp(type, "local")) {
		/* The default workspace's file: the workspace is kept apart. */
		char *def = local_default(o, o->dir ? o->dir : base);
		json_object_set_new(loc, "type", json_string("local"));
		json_object_set_new(loc, "path", json_string(def));
		free(def);
	}
	if (o->dir)
		json_object_set_new(loc, "dir", json_string(o->dir));
	return loc;
}

static json_t *result_of(const struct other *o, const char *base, const json_t *state,
			 const char *where, const json_t *used)
{
	json_t *outputs = json_object(), *sensitive = json_array();
	const char *k;
	json_t *v;
	json_object_foreach(json_object_get(state, "outputs"), k, v) {
		json_t *value = json_object_get(v, "value");
		json_object_set(outputs, k, value ? value : json_null());
		if (json_is_true(json_object_get(v, "sensitive")))
			json_array_append_new(sensitive, json_string(k));
	}
	const char *changed = json_string_value(json_object_get(state, "outputs_changed_at"));
	const char *lineage = json_string_value(json_object_get(state, "lineage"));
	return json_pack("{s:o, s:o, s:s, s:s, s:s, s:I, s:s, s:s, s:o, s:o}", "outputs", outputs,
			 "sensitive_outputs", sensitive, "name", o->name, "read_workspace",
			 o->workspace, "state", where, "serial",
			 json_integer_value(json_object_get(state, "serial")), "lineage",
			 lineage ? lineage : "", "outputs_changed_at", changed ? changed : "",
			 "location", location_of(o, base), "outputs_used", sorted_names(used));
}

/* The outputs as the state keeps them, for check_uses. */
static const json_t *state_outputs(const json_t *state)
{
	return json_object_get(state, "outputs");
}

/* `terrace plan -all` (cmd/all.c) names the folders of the stacks whose
 * plan has changes, to be applied before this one (TERRACE_STACKS_APPLYING),
 * and of every stack of its run (TERRACE_STACKS_PLANNED): the outputs of
 * the first are not known until they are applied, nor those of one of the
 * others that has no state yet. */
static bool listed_in(const char *env, const char *dir)
{
	const char *list = getenv(env);
	size_t n = strlen(dir);
	for (const char *p = list; p && *p;) {
		size_t len = strcspn(p, ":");
		if (len == n && !strncmp(p, dir, n))
			return true;
		p += len + (p[len] == ':');
	}
	return false;
}

static char *place_of(const struct other *o, const char *dir);

/* The folder of the stack of this `terrace plan -all` run
 * (TERRACE_STACKS_PLANNED) whose own backend keeps the state o (given by
 * backend settings, read from folder base) reads, or NULL: as cmd/all.c
 * orders them. */
static char *planned_at(const struct other *o, const char *base)
{
	const char *list = getenv("TERRACE_STACKS_PLANNED");
	if (!list || !*list)
		return NULL;
	char *place = place_of(o, base), *found = NULL;
	for (const char *p = list; !found && *p;) {
		size_t len = strcspn(p, ":");
		char *dir = xstrndup(p, len);
		struct strbuf err = STRBUF_INIT;
		char *its = stack_place_of(dir, &err);
		if (its && !strcmp(its, place))
			found = dir;
		else
			free(dir);
		free(its);
		strbuf_release(&err);
		p += len + (p[len] == ':');
	}
	free(place);
	return found;
}

int stack_read(const json_t *snapshot, const char *name, const json_t *entry,
	       const json_t *args, json_t **out, bool *deferred, struct strbuf *err)
{
	*out = NULL;
	*deferred = false;
	struct other o = { 0 };
	const char *path = json_string_value(json_object_get(args, "path"));
	const json_t *backend = json_object_get(args, "backend");
	const char *ws = json_string_value(json_object_get(args, "workspace"));
	const char *env = json_string_value(json_object_get(args, "environment"));
	const char *reader = json_string_value(json_object_get(snapshot, "stack"));
	const char *own_ws = json_string_value(json_object_get(snapshot, "workspace"));
	reader = reader && *reader ? reader : "default";
	if (!path == !(backend && json_object_size(backend))) {
		strbuf_addstr(err, "give either path: (the other stack's folder) or backend: (its "
			      "backend settings), one of them");
		return -1;
	}
	if (ws && env) {
		strbuf_addstr(err, "give workspace: or environment:, not both");
		return -1;
	}
	o.workspace = ws ? xstrdup(ws) : env ? xasprintf("env.%s", env)
			 : xstrdup(own_ws && *own_ws ? own_ws : "default");
	char *base = reading_dir(snapshot, entry);
	int rc = path ? other_from_path(&o, base, path, NULL, NULL, err)
		      : other_from_backend(&o, backend,
					   json_string_value(json_object_get(args, "stack")));
	/* plan -all applies that stack first: its outputs are those its plan
	 * gives them (known after apply where they change), or all known after
	 * apply when its plan wrote none. */
	json_t *planned = NULL;
	char *run_dir = rc ? NULL : o.dir ? xstrdup(o.dir) : planned_at(&o, base);
	if (run_dir && listed_in("TERRACE_STACKS_APPLYING", run_dir)) {
		planned = planned_outputs_load(run_dir);
		if (!planned) {
			*deferred = true;
			free(run_dir);
			free(base);
			other_release(&o);
			return 0;
		}
	}
	json_t *state = NULL;
	char *where = NULL;
	bool missing = false;
	if (!rc && other_load(&o, base, &state, &where, &missing, err)) {
		strbuf_prefixf(err, "stack \"%s\" cannot read the state of stack %s: ", reader,
			       o.label);
		rc = -1;
	} else if (!rc && missing && run_dir &&
		   (planned || listed_in("TERRACE_STACKS_PLANNED", run_dir))) {
		*deferred = true;
		rc = 1;
	} else if (!rc && missing) {
		strbuf_addf(err, "stack \"%s\" reads stack %s, which has no state in workspace "
			    "\"%s\" (%s): it was never applied there; apply it first", reader,
			    o.label, o.workspace, where);
		rc = -1;
	}
	json_t *used = outputs_used(snapshot, name);
	const json_t *outputs = planned ? json_object_get(planned, "outputs")
					: state_outputs(state);
	if (rc == 1)
		rc = 0;
	else if (!rc && check_uses(used, name, reader, &o, outputs, err))
		rc = -1;
	if (!rc && !*deferred) {
		*out = result_of(&o, base, state, where, used);
		if (planned) {
			/* Read again at apply, once that stack is applied. */
			*deferred = true;
			json_t *values = json_object_get(*out, "outputs");
			const char *k;
			json_t *v;
			json_object_clear(values);
			json_object_foreach((json_t *)outputs, k, v)
				json_object_set(values, k, json_object_get(v, "value"));
			json_t *changing = json_array();
			size_t i;
			json_array_foreach(json_object_get(planned, "changing"), i, v)
				if (json_object_get(used, json_string_value(v)))
					json_array_append(changing, v);
			json_object_set_new(*out, "outputs_changing", changing);
		}
	}
	json_decref(used);
	json_decref(planned);
	json_decref(state);
	free(where);
	free(run_dir);
	free(base);
	other_release(&o);
	return rc;
}

int stack_state_of(const char *dir, const struct stack *s, const char *ws, json_t **state,
		   char **name, struct strbuf *err)
{
	struct other o = { 0 };
	*state = NULL;
	*name = NULL;
	o.workspace = xstrdup(ws && *ws ? ws : "default");
	char *where = NULL;
	bool missing = false;
	int rc = other_from_path(&o, dir, ".", s, NULL, err);
	if (!rc)
		rc = other_load(&o, dir, state, &where, &missing, err);
	if (!rc && missing) {
		json_decref(*state);
		*state = NULL;
	}
	if (!rc)
		*name = xstrdup(o.name);
	free(where);
	other_release(&o);
	return rc;
}

/* Add to names the workspaces o's backend holds state for (o opened for
 * its default workspace, dir its folder) that keep, when only_env, to
 * that environment's: "env.NAME" and "env.NAME.*". */
static int other_workspaces(const struct other *o, const char *dir, const char *only_env,
			    json_t *names, struct strbuf *err)
{
	json_t *found = json_array();
	int rc = 0;
	const char *type = setting(o->settings, "type");
	if (!type || !strcmp(type, "local")) {
		char *def = local_default(o, dir);
		char *folder = xasprintf("%.*s/" BACKEND_WORKSPACE_DIR, (int)(strrchr(def, '/') - def),
					 def);
		DIR *d = opendir(folder);
		struct dirent *e;
		while (d && (e = readdir(d)))
			if (e->d_name[0] != '.')
				json_array_append_new(found, json_string(e->d_name));
		if (d)
			closedir(d);
		free(folder);
		free(def);
	} else {
		char *where = NULL;
		bool missing = false;
		struct backend *b = other_open(o, dir, &where, &missing, err);
		rc = b ? backend_s3_workspaces(b, found, err) : -1;
		if (b)
			b->ops->free(b);
		free(where);
	}
	size_t i;
	json_t *n;
	json_array_foreach(found, i, n) {
		char *env = environment_of(json_string_value(n));
		bool keep = only_env ? env && !strcmp(env, only_env) : true;
		free(env);
		if (keep)
			json_array_append(names, n);
	}
	json_decref(found);
	return rc;
}

int stack_workspaces_of(const char *dir, const struct stack *s, json_t *names,
			struct strbuf *err)
{
	struct other o = { .workspace = xstrdup("default") };
	json_t *found = json_object();
	json_t *listed = json_array();
	json_array_append_new(listed, json_string("default"));
	/* The stack's settings, read once for its backend and environments. */
	struct stack *own = NULL;
	int rc = other_from_path(&o, dir, ".", s, s ? NULL : &own, err);
	if (!rc)
		rc = other_workspaces(&o, o.dir, NULL, listed, err);
	/* An environment with a backend of its own keeps its workspaces there. */
	if (!rc) {
		const char *env;
		json_t *e;
		json_object_foreach((s ? s : own)->environments, env, e) {
			const json_t *backend = json_object_get(e, "backend");
			if (rc || !backend)
				continue;
			struct other eo = { .name = xstrdup(o.name), .workspace = xstrdup("default"),
					    .settings = backend_settings_of(backend) };
			backend_settings_from_environment(eo.settings, false);
			rc = other_workspaces(&eo, o.dir, env, listed, err);
			other_release(&eo);
		}
	}
	stack_free(own);
	other_release(&o);
	/* "default", then the others sorted. */
	size_t i;
	json_t *n;
	json_array_foreach(listed, i, n)
		json_object_set_new(found, json_string_value(n), json_true());
	json_object_del(found, "default");
	json_array_append_new(names, json_string("default"));
	json_t *others = sorted_names(found);
	json_array_extend(names, others);
	json_decref(others);
	json_decref(found);
	json_decref(listed);
	return rc;
}

/* Where the default workspace's state of backend settings is: "s3://BUCKET/
 * KEY", or the local file's absolute path (its folder resolved). */
static char *place_of(const struct other *o, const char *dir)
{
	const char *type = setting(o->settings, "type");
	if (type && !strcmp(type, "s3")) {
		const char *bucket = setting(o->settings, "bucket");
		char *key = backend_s3_default_key(setting(o->settings, "key"), o->name, NULL);
		char *place = xasprintf("s3://%s/%s", bucket ? bucket : "", key);
		free(key);
		return place;
	}
	char *def = local_default(o, dir);
	char *slash = strrchr(def, '/');
	*slash = '\0';
	char buf[PATH_MAX];
	char *place = xasprintf("%s/%s", realpath(*def ? def : "/", buf) ? buf : def, slash + 1);
	free(def);
	return place;
}

char *stack_place_of(const char *dir, struct strbuf *err)
{
	struct other o = { .workspace = xstrdup("default") };
	char *place = other_from_path(&o, dir, ".", NULL, NULL, err) ? NULL : place_of(&o, o.dir);
	other_release(&o);
	return place;
}

char *stack_backend_place(const json_t *backend, const char *stack_name, const char *base)
{
	struct other o = { 0 };
	other_from_backend(&o, backend, stack_name);
	json_object_del(o.settings, "dir"); /* a read's location: where it is, not a setting */
	char *place = place_of(&o, base);
	other_release(&o);
	return place;
}

/* A result's location, opened again: the settings kept (credentials from
 * the environment again), its name and workspace. */
static int reread(const json_t *after, json_t **state, char **where, bool *missing,
		  struct strbuf *err)
{
	const json_t *loc = json_object_get(after, "location");
	struct other o = { 0 };
	o.settings = json_deep_copy(loc);
	json_object_del(o.settings, "dir"); /* where it is, not a backend setting */
	backend_settings_from_environment(o.settings, true);
	const char *dir = setting(loc, "dir");
	o.dir = dir ? xstrdup(dir) : NULL;
	o.name = xstrdup(json_string_value(json_object_get(after, "name")));
	o.workspace = xstrdup(json_string_value(json_object_get(after, "read_workspace")));
	int rc = other_load(&o, dir ? dir : ".", state, where, missing, err);
	other_release(&o);
	return rc;
}

int stack_reads_current(const struct plan *p, struct diags *d)
{
	int rc = 0;
	for (size_t i = 0; i < p->n_reads; i++) {
		const struct planned_read *rd = &p->reads[i];
		/* A deferred read is read again at apply, not checked. */
		if (rd->ltype != &terrace_stack_lookup || !rd->after || rd->deferred)
			continue;
		const char *other = json_string_value(json_object_get(rd->after, "name"));
		const char *was = json_string_value(json_object_get(rd->after, "state"));
		json_int_t serial = json_integer_value(json_object_get(rd->after, "serial"));
		json_t *state = NULL;
		char *where = NULL;
		bool missing = false;
		struct strbuf err = STRBUF_INIT;
		if (reread(rd->after, &state, &where, &missing, &err)) {
			rc = diag_subject_errorf(d, rd->name, "cannot read the state of stack \"%s\" "
						 "again (%s): %s", other, was, err.buf);
		} else if (missing) {
			rc = diag_subject_errorf(d, rd->name, "saved plan is stale: the state of "
						 "stack \"%s\" (%s) is gone since it was made", other,
						 was);
		} else {
			json_t *now = json_object();
			const char *k;
			json_t *v;
			json_object_foreach(json_object_get(state, "outputs"), k, v)
				json_object_set(now, k, json_object_get(v, "value") ?
					json_object_get(v, "value") : json_null());
			const char *lineage = json_string_value(json_object_get(state, "lineage"));
			const char *was_lineage =
				json_string_value(json_object_get(rd->after, "lineage"));
			if (!json_equal(now, json_object_get(rd->after, "outputs")) ||
			    (lineage && was_lineage && strcmp(lineage, was_lineage)))
				rc = diag_subject_errorf(d, rd->name, "saved plan is stale: the "
					"outputs of stack \"%s\" (%s) changed since it was made "
					"(serial %lld, now %lld); plan again", other, was,
					(long long)serial,
					(long long)json_integer_value(json_object_get(state, "serial")));
			json_decref(now);
		}
		strbuf_release(&err);
		json_decref(state);
		free(where);
	}
	return rc ? -1 : 0;
}
