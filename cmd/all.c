/*
 * all.c: `terrace plan|apply|destroy|validate|output -all`: the command run
 * over every stack of the folder, each in its own process (this binary, in
 * the stack's folder, its output kept in .terrace/all/), so each keeps its
 * own state, lock and backend exactly as when run alone.
 *
 * The stacks: those terrace.stacks.yaml at the root lists (`stacks: [DIR,
 * ...]`), else every folder under the root (hidden folders and workspaces'
 * terrace.state.d left out) with a file naming its stack (`stack: NAME`
 * at the top level). The order: a stack comes after the stacks its
 * terrace.stack lookups read (plan/stack_read.c): by path, the stack of
 * that folder; by backend, the stack whose own backend keeps its state
 * there (the same bucket and key, or the same local file);
 * destroy goes the other way. Independent stacks run at once, at most
 * -parallel-stacks of them (default 4), children of cmd/child_pool.c.
 *
 * plan: a stack whose plan has changes may change its outputs, so the
 * stacks that read it are planned with the outputs its plan gives (known
 * after apply where they change: TERRACE_STACKS_APPLYING names its folder
 * to their lookups, each plan writes its outputs to TERRACE_STACKS_OUTPUTS,
 * plan/stack_read.c), and the summary says which outputs a reader's
 * changes follow from. apply plans
 * each stack again as it comes (with the real outputs of those applied
 * before it), applies it, and stops at the first failure, saying what was
 * applied and what was not. -detailed-exitcode holds for the whole run;
 * -json prints each stack's events with "@stack", then the summaries as
 * events.
 * The other options go to every stack (a relative -var-file made the
 * root's).
 */
#include "cmd/all.h"
#include "provider/base/input_file.h"
#include "cmd/child_pool.h"
#include "cmd/cli.h"
#include "plan/stack_read.h"
#include "stacks/stack.h"
#include "stacks/yaml.h"

#include <dirent.h>
#include <errno.h>
#include <libgen.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define ROOT_LIST STACK_SYSTEM_LIST
#define LOG_DIR ".terrace/all"
#define DEFAULT_PARALLEL 4

enum unit_state { WAITING, RUNNING, DONE, SKIPPED };

struct unit {
	char *dir;      /* absolute */
	char *rel;      /* as the root sees it: "network", "pipelines/a" */
	char *log;
	char *place;    /* where its state is (stack_place_of), NULL when unknown */
	bool unreadable; /* found by the walk, with a file it could not read as YAML
			    (names_a_stack): no load of the stack can succeed */
	size_t *deps;   /* the units whose outputs it reads */
	size_t n_deps;
	enum unit_state state;
	pid_t pid;
	int code;       /* its exit code once DONE */
};

struct all {
	const char *command;
	char root[PATH_MAX];
	struct unit *u;
	size_t n;
	char **pass;    /* the words given to every child */
	size_t n_pass;
	int parallel;
	struct child_pool pool; /* the running stacks, at most parallel */
	bool detailed;
	bool reverse;   /* destroy: dependents first */
	bool json;      /* -json: each stack's events with "@stack", then the summaries */
	int max_depth;  /* how deep the folder walk goes */
};

static const char *const all_commands[] = { "plan", "apply", "destroy", "validate", "output",
					    NULL };

static bool is_flag(const char *arg, const char *name)
{
	if (arg[0] != '-')
		return false;
	arg += arg[1] == '-' ? 2 : 1;
	size_t n = strlen(name);
	return !strncmp(arg, name, n) && (!arg[n] || arg[n] == '=');
}

bool all_requested(const char *command, int argc, char **argv)
{
	bool known = false;
	for (size_t i = 0; all_commands[i]; i++)
		known = known || !strcmp(all_commands[i], command);
	for (int i = 0; known && i < argc; i++) {
		const char *eq = strchr(argv[i], '=');
		/* -all=false: the command alone, as its own parse takes it */
		if (is_flag(argv[i], "all") && (!eq || !strcmp(eq + 1, "true") ||
						!strcmp(eq + 1, "1")))
			return true;
	}
	return false;
}

/* ---- finding the stacks ---- */

/* The YAML file at path has `stack` among its top-level keys, in whatever
 * style it is written (block, flow, JSON); a file that does not parse, by a
 * line that starts `stack:` (its run then reports the error), *unreadable
 * then set: its top level read with the limits of every read of a stack
 * (yaml.c's), every load of its stack would fail on it too. */
static bool file_names_a_stack(const char *path, bool *unreadable)
{
	static const char *const deep[] = { "stack", NULL };
	struct diags d = DIAGS_INIT;
	json_t *doc = NULL;
	bool found = false;
	if (yaml_load_file_top(path, deep, NULL, &doc, &d) == 0) {
		found = json_is_object(doc) && json_object_get(doc, "stack");
	} else {
		*unreadable = true;
		struct strbuf text = STRBUF_INIT;
		const char *why;
		for (const char *line = input_file_read(path, &text, &why) ? "" : text.buf;
		     !found && *line; line += *line == '\n') {
			found = !strncmp(line, "stack:", 6);
			line += strcspn(line, "\n");
		}
		strbuf_release(&text);
	}
	json_decref(doc);
	diags_free(&d);
	return found;
}

/* A file of the folder names its stack at the top level (`stack: NAME`);
 * *unreadable as file_names_a_stack sets it, for the files read. */
static bool names_a_stack(const char *dir, bool *unreadable)
{
	DIR *d = opendir(dir);
	if (!d)
		return false;
	bool found = false;
	struct dirent *e;
	while (!found && (e = readdir(d))) {
		size_t len = strlen(e->d_name);
		if (e->d_name[0] == '.' ||
		    !((len > 5 && !strcmp(e->d_name + len - 5, ".yaml")) ||
		      (len > 4 && !strcmp(e->d_name + len - 4, ".yml"))))
			continue;
		char *path = xasprintf("%s/%s", dir, e->d_name);
		found = file_names_a_stack(path, unreadable);
		free(path);
	}
	closedir(d);
	return found;
}

static struct unit *add_unit(struct all *a, const char *dir)
{
	char abs[PATH_MAX];
	if (!realpath(dir, abs))
		return NULL;
	for (size_t i = 0; i < a->n; i++)
		if (!strcmp(a->u[i].dir, abs))
			return NULL;
	a->u = xrealloc(a->u, (a->n + 1) * sizeof(*a->u));
	struct unit *u = &a->u[a->n++];
	memset(u, 0, sizeof(*u));
	u->dir = xstrdup(abs);
	size_t rl = strlen(a->root);
	u->rel = xstrdup(!strcmp(abs, a->root) ? "."
			 : !strncmp(abs, a->root, rl) && abs[rl] == '/' ? abs + rl + 1 : abs);
	u->pid = -1;
	return u;
}

static int cmp_names(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

static void find_stacks(struct all *a, const char *dir, int depth)
{
	if (depth > (a->max_depth ? a->max_depth : 16))
		return;
	bool unreadable = false;
	struct unit *u = names_a_stack(dir, &unreadable) ? add_unit(a, dir) : NULL;
	if (u)
		u->unreadable = unreadable;
	DIR *d = opendir(dir);
	if (!d)
		return;
	char **subs = NULL;
	size_t n = 0;
	struct dirent *e;
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.' || !strcmp(e->d_name, "terrace.state.d") ||
		    !strcmp(e->d_name, "node_modules"))
			continue;
		char *path = xasprintf("%s/%s", dir, e->d_name);
		struct stat st;
		if (!lstat(path, &st) && S_ISDIR(st.st_mode)) {
			subs = xrealloc(subs, (n + 1) * sizeof(*subs));
			subs[n++] = path;
		} else {
			free(path);
		}
	}
	closedir(d);
	if (n)
		qsort(subs, n, sizeof(*subs), cmp_names);
	for (size_t i = 0; i < n; i++) {
		find_stacks(a, subs[i], depth + 1);
		free(subs[i]);
	}
	free(subs);
}

/* terrace.stacks.yaml: {stacks: [DIR, ...]}. -1 after printing an error. */
static int listed_stacks(struct all *a, const char *list)
{
	json_t *doc = NULL;
	struct diags d = DIAGS_INIT;
	if (yaml_load_file(list, NULL, &doc, &d)) {
		ui_diags(&d);
		diags_free(&d);
		return -1;
	}
	diags_free(&d);
	const json_t *stacks = json_object_get(doc, "stacks");
	if (!json_is_array(stacks)) {
		json_decref(doc);
		return ui_error("%s: expected `stacks:`, a list of the stacks' folders", list), -1;
	}
	size_t i;
	json_t *s;
	int rc = 0;
	json_array_foreach(stacks, i, s) {
		const char *dir = json_string_value(s);
		struct stat st;
		if (!dir || stat(dir, &st) || !S_ISDIR(st.st_mode)) {
			rc = ui_error("%s: stacks[%zu]: %s is not a folder", list, i,
				      dir ? dir : "(not a string)");
			continue;
		}
		add_unit(a, dir);
	}
	json_decref(doc);
	return rc;
}

/* ---- the order ---- */

static size_t unit_at(const struct all *a, const char *abs)
{
	for (size_t i = 0; i < a->n; i++)
		if (!strcmp(a->u[i].dir, abs))
			return i;
	return (size_t)-1;
}

/* Whether a lookup argument is known before any plan (no ${...} in it). */
static bool known_now(const json_t *v)
{
	if (json_is_string(v))
		return !strstr(json_string_value(v), "${");
	const char *k;
	json_t *m;
	json_object_foreach((json_t *)v, k, m)
		if (!known_now(m))
			return false;
	return true;
}

/* The unit whose state a terrace.stack lookup (its config, written in
 * folder base) reads: by path, the unit of that folder; by backend, the
 * unit whose own backend keeps its state there (plan/stack_read.c's
 * places). (size_t)-1 for none. */
static size_t unit_read(const struct all *a, const json_t *config, const char *base)
{
	const char *path = json_string_value(json_object_get(config, "path"));
	const json_t *backend = json_object_get(config, "backend");
	const json_t *name = json_object_get(config, "stack");
	if (path && known_now(json_object_get(config, "path"))) {
		char *joined = path[0] == '/' ? xstrdup(path) : xasprintf("%s/%s", base, path);
		char abs[PATH_MAX];
		size_t t = realpath(joined, abs) ? unit_at(a, abs) : (size_t)-1;
		free(joined);
		return t;
	}
	if (!json_is_object(backend) || !known_now(backend) || (name && !known_now(name)))
		return (size_t)-1;
	char *place = stack_backend_place(backend, json_string_value(name), base);
	size_t t = (size_t)-1;
	for (size_t i = 0; i < a->n && t == (size_t)-1; i++)
		if (a->u[i].place && !strcmp(a->u[i].place, place))
			t = i;
	free(place);
	return t;
}

/* The units u's terrace.stack lookups read. A stack that does not load
 * gets none: its own command says what is wrong with it. */
static void find_deps(struct all *a, struct unit *u)
{
	struct stack *s = NULL;
	struct diags d = DIAGS_INIT;
	if (stack_load(u->dir, &s, &d)) {
		diags_free(&d);
		stack_free(s);
		return;
	}
	diags_free(&d);
	for (size_t i = 0; i < s->n_lookups; i++) {
		const struct stack_lookup *l = &s->lookups[i];
		if (strcmp(l->type, "terrace.stack"))
			continue;
		char *file = xstrdup(l->pos.file ? l->pos.file : u->dir);
		char *base = xstrdup(l->pos.file ? dirname(file) : u->dir);
		char abs[PATH_MAX];
		size_t t = unit_read(a, l->config, realpath(base, abs) ? abs : base);
		if (t != (size_t)-1 && &a->u[t] != u) {
			u->deps = xrealloc(u->deps, (u->n_deps + 1) * sizeof(*u->deps));
			u->deps[u->n_deps++] = t;
		}
		free(base);
		free(file);
	}
	stack_free(s);
}

/* Whether unit i must wait for unit j (j before i in this direction). */
static bool waits_for(const struct all *a, size_t i, size_t j)
{
	const struct unit *from = &a->u[a->reverse ? j : i];
	size_t to = a->reverse ? i : j;
	for (size_t k = 0; k < from->n_deps; k++)
		if (from->deps[k] == to)
			return true;
	return false;
}

/* A cycle among the stacks' reads: printed, -1. */
static int check_cycles(struct all *a)
{
	bool *placed = xcalloc(a->n + 1, sizeof(*placed));
	size_t n_placed = 0;
	for (bool progress = true; progress;) {
		progress = false;
		for (size_t i = 0; i < a->n; i++) {
			if (placed[i])
				continue;
			bool ready = true;
			for (size_t k = 0; k < a->u[i].n_deps; k++)
				ready = ready && placed[a->u[i].deps[k]];
			if (ready) {
				placed[i] = progress = true;
				n_placed++;
			}
		}
	}
	int rc = 0;
	if (n_placed < a->n) {
		struct strbuf names = STRBUF_INIT;
		for (size_t i = 0; i < a->n; i++)
			if (!placed[i])
				strbuf_addf(&names, "%s%s", names.len ? ", " : "", a->u[i].rel);
		rc = ui_error("the stacks read each other's outputs in a cycle: %s", names.buf);
		strbuf_release(&names);
	}
	free(placed);
	return rc ? -1 : 0;
}

/* ---- running ---- */

static char **child_argv(const struct all *a)
{
	char **argv = xcalloc(a->n_pass + 4, sizeof(*argv));
	size_t n = 0;
	argv[n++] = xstrdup("terrace");
	argv[n++] = xstrdup(a->command);
	for (size_t i = 0; i < a->n_pass; i++)
		argv[n++] = xstrdup(a->pass[i]);
	if (!strcmp(a->command, "plan"))
		argv[n++] = xstrdup("-detailed-exitcode");
	return argv;
}

/* The folders of the stacks whose plan has changes: their outputs are
 * "known after apply" to the stacks planned after them. */
static char *applying(const struct all *a)
{
	struct strbuf sb = STRBUF_INIT;
	for (size_t i = 0; i < a->n; i++)
		if (a->u[i].state == DONE && a->u[i].code == 2)
			strbuf_addf(&sb, "%s%s", sb.len ? ":" : "", a->u[i].dir);
	return strbuf_detach(&sb);
}

static int start(struct all *a, struct unit *u)
{
	char *logdir = xasprintf("%s/" LOG_DIR, a->root);
	char *dotdir = xasprintf("%s/.terrace", a->root);
	mkdir(dotdir, 0755);
	mkdir(logdir, 0755);
	free(dotdir);
	struct strbuf name = STRBUF_INIT;
	for (const char *c = u->rel; *c; c++)
		strbuf_addch(&name, *c == '/' ? '_' : *c);
	free(u->log);
	u->log = xasprintf("%s/%s.%s.log", logdir, name.buf, a->command);
	strbuf_release(&name);
	free(logdir);
	int fd = child_pool_open_log(u->log);
	if (fd < 0)
		return 1;
	char *pending = !strcmp(a->command, "plan") ? applying(a) : NULL;
	char *planned = NULL;
	if (!strcmp(a->command, "plan")) {
		struct strbuf sb = STRBUF_INIT;
		for (size_t i = 0; i < a->n; i++)
			strbuf_addf(&sb, "%s%s", sb.len ? ":" : "", a->u[i].dir);
		planned = strbuf_detach(&sb);
	}
	char *outputs_dir = NULL;
	if (!strcmp(a->command, "plan")) {
		/* What its plan writes there is this run's, or nothing. */
		outputs_dir = xasprintf("%s/" LOG_DIR "/outputs", a->root);
		mkdir(outputs_dir, 0700);
		char *mine = stack_planned_outputs_path(outputs_dir, u->dir);
		unlink(mine);
		free(mine);
	}
	char **argv = child_argv(a);
	const struct child_env env[] = {
		{ "TERRACE_STACKS_APPLYING", pending && *pending ? pending : NULL },
		{ "TERRACE_STACKS_PLANNED", planned },
		{ STACK_PLANNED_OUTPUTS_ENV, outputs_dir },
	};
	pid_t pid = child_pool_start(&a->pool, argv, fd, u->dir, env, sizeof(env) / sizeof(env[0]));
	for (size_t i = 0; argv[i]; i++)
		free(argv[i]);
	free(argv);
	free(pending);
	free(planned);
	free(outputs_dir);
	if (pid < 0)
		return 1;
	u->pid = pid;
	u->state = RUNNING;
	return 0;
}

/* One JSON event of -all's own: the keys every -json message has, "@stack"
 * when it is about one stack. body is taken. */
static void emit_event(const char *type, const char *level, const char *stack,
		       const char *message, json_t *body)
{
	char stamp[32];
	time_t now = time(NULL);
	struct tm tm;
	strftime(stamp, sizeof(stamp), "%Y-%m-%dT%H:%M:%SZ", gmtime_r(&now, &tm));
	json_object_set_new(body, "@level", json_string(level));
	json_object_set_new(body, "@message", json_string(message));
	json_object_set_new(body, "@module", json_string("terraform.ui"));
	json_object_set_new(body, "@timestamp", json_string(stamp));
	json_object_set_new(body, "type", json_string(type));
	if (stack)
		json_object_set_new(body, "@stack", json_string(stack));
	char *line = json_dumps(body, JSON_COMPACT | JSON_SORT_KEYS);
	if (line)
		ui_printf(stdout, "%s\n", line);
	free(line);
	json_decref(body);
}

/* -json: a stack's events, each line of its log with "@stack" added; a log
 * that is one JSON document (output -json, validate -json) is one
 * "stack_document" event holding it; a line that is no JSON object (a
 * message before its -json output started) a "log" event. */
static void print_log_json(const struct unit *u)
{
	json_t *whole = u->log ? json_load_file(u->log, 0, NULL) : NULL;
	if (json_is_object(whole) && !json_object_get(whole, "@message")) {
		emit_event("stack_document", "info", u->rel, u->rel,
			   json_pack("{s:o}", "document", whole));
		return;
	}
	json_decref(whole);
	FILE *f = u->log ? fopen(u->log, "r") : NULL;
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	while (f && (len = getline(&line, &cap, f)) > 0) {
		line[strcspn(line, "\n")] = '\0';
		if (!*line)
			continue;
		json_t *e = json_loads(line, 0, NULL);
		if (json_is_object(e)) {
			json_object_set_new(e, "@stack", json_string(u->rel));
			char *out = json_dumps(e, JSON_COMPACT | JSON_SORT_KEYS);
			if (out)
				ui_printf(stdout, "%s\n", out);
			free(out);
			json_decref(e);
		} else {
			json_decref(e);
			emit_event("log", u->code == 1 ? "error" : "info", u->rel, line, json_object());
		}
	}
	free(line);
	if (f)
		fclose(f);
	fflush(stdout);
}

static void print_log(const struct all *a, const struct unit *u)
{
	if (a->json) {
		print_log_json(u);
		return;
	}
	ui_printf(stdout, "\n== %s (%s, exit %d) ==\n", u->rel, u->dir, u->code);
	FILE *f = fopen(u->log, "r");
	char buf[4096];
	size_t n;
	while (f && (n = fread(buf, 1, sizeof(buf), f)) > 0)
		fwrite(buf, 1, n, stdout);
	if (f)
		fclose(f);
	fflush(stdout);
}

static bool failed(const struct all *a, const struct unit *u)
{
	return u->code != 0 && !(u->code == 2 && !strcmp(a->command, "plan"));
}

/* Run the units in order, at most a->parallel at once; after a failure
 * nothing new starts for apply and destroy (each waits for what it reads
 * or what reads it), and a unit whose predecessor failed is skipped. */
static int run_all(struct all *a)
{
	bool stop = false;
	size_t settled = 0;
	a->pool.limit = (size_t)a->parallel;
	while (settled < a->n) {
		for (size_t i = 0; i < a->n && child_pool_has_room(&a->pool); i++) {
			struct unit *u = &a->u[i];
			if (u->state != WAITING)
				continue;
			bool ready = true, blocked = false;
			for (size_t j = 0; j < a->n; j++) {
				if (!waits_for(a, i, j))
					continue;
				if (a->u[j].state == SKIPPED || (a->u[j].state == DONE &&
								 failed(a, &a->u[j])))
					blocked = true;
				else if (a->u[j].state != DONE)
					ready = false;
			}
			if (blocked || (stop && ready)) {
				u->state = SKIPPED;
				settled++;
				continue;
			}
			if (!ready)
				continue;
			if (start(a, u)) {
				u->state = DONE;
				u->code = 1;
				settled++;
				stop = true;
				continue;
			}
		}
		if (!a->pool.running) {
			/* What is left waits on what was skipped. */
			for (size_t i = 0; i < a->n; i++)
				if (a->u[i].state == WAITING) {
					a->u[i].state = SKIPPED;
					settled++;
				}
			break;
		}
		int status;
		pid_t pid = child_pool_wait(&a->pool, -1, &status, 0);
		if (pid < 0 && errno == EINTR)
			continue;
		if (pid < 0)
			break;
		for (size_t i = 0; i < a->n; i++) {
			struct unit *u = &a->u[i];
			if (u->state != RUNNING || u->pid != pid)
				continue;
			u->state = DONE;
			u->code = WIFEXITED(status) ? WEXITSTATUS(status) : 1;
			settled++;
			print_log(a, u);
			if (failed(a, u) && (!strcmp(a->command, "apply") ||
					     !strcmp(a->command, "destroy")))
				stop = true;
		}
	}
	child_pool_release(&a->pool);
	return 0;
}

/* The line of a unit's log that sums it up: "Plan: ...", "No changes.",
 * "You can apply this plan to save these new output values ..." (a plan
 * whose only changes are its outputs'), "Apply complete! ...", "Destroy
 * complete! ...", "Success! ..." or the first "Error: ..." line. A new
 * string. */
static char *summary_of(const struct unit *u)
{
	static const char *const marks[] = { "Plan: ", "No changes.", "Apply complete!",
					     "Destroy complete!", "Success!",
					     "You can apply this plan to save these new output "
					     "values", NULL };
	FILE *f = u->log ? fopen(u->log, "r") : NULL;
	char line[1024], *found = NULL, *error = NULL;
	while (f && fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\n")] = '\0';
		json_t *e = line[0] == '{' ? json_loads(line, 0, NULL) : NULL;
		const char *message = json_string_value(json_object_get(e, "@message"));
		if (message)
			snprintf(line, sizeof(line), "%s", message);
		json_decref(e);
		for (size_t i = 0; marks[i] && !found; i++)
			if (strstr(line, marks[i]) == line)
				found = xstrdup(line);
		if (!error && strstr(line, "error") && u->code == 1)
			error = xstrdup(line);
	}
	if (f)
		fclose(f);
	if (u->code == 1 && error) {
		free(found);
		return error;
	}
	free(error);
	return found ? found : xstrdup(u->code == 0 ? "done" : "failed");
}

/* Why a stack's plan -all changes follow from the stacks applied before
 * it: "1 to replace because base.db_security_group_id changes", from the
 * lines its plan gives the terrace.stack lookups whose stack's plan changes
 * outputs it uses (cmd/render.c), and its replacements. A new string, or
 * NULL when none of its outputs used changes. */
static char *because_of(const struct unit *u)
{
	static const char mark[] = ": read at apply (plan -all applies the stack it reads "
				   "first; of the outputs used here, ";
	FILE *f = u->log ? fopen(u->log, "r") : NULL;
	char line[4096];
	int replaced = 0;
	struct strbuf why = STRBUF_INIT;
	size_t n_why = 0;
	while (f && fgets(line, sizeof(line), f)) {
		if (!strncmp(line, "  # ", 4) && strstr(line, " must be replaced"))
			replaced++;
		const char *at = strstr(line, mark);
		const char *stack = strstr(line, ") stack \"");
		if (!at || !stack || strncmp(at + sizeof(mark) - 1, "none", 4) == 0)
			continue;
		stack += strlen(") stack \"");
		int stack_len = (int)strcspn(stack, "\"");
		const char *names = at + sizeof(mark) - 1;
		const char *end = strstr(names, " change");
		for (const char *p = names; end && p < end;) {
			size_t len = strcspn(p, ",");
			if (p + len > end)
				len = (size_t)(end - p);
			strbuf_addf(&why, "%s%.*s.%.*s", why.len ? ", " : "", stack_len, stack,
				    (int)len, p);
			n_why++;
			p += len;
			while (p < end && (*p == ',' || *p == ' '))
				p++;
		}
	}
	if (f)
		fclose(f);
	if (!n_why) {
		strbuf_release(&why);
		return NULL;
	}
	char *out = replaced ? xasprintf("%d to replace because %s %s", replaced, why.buf,
					 n_why == 1 ? "changes" : "change")
			     : xasprintf("because %s %s", why.buf, n_why == 1 ? "changes" : "change");
	strbuf_release(&why);
	return out;
}

static void list_of(struct strbuf *sb, const struct all *a, bool (*pick)(const struct all *,
								   const struct unit *))
{
	for (size_t i = 0; i < a->n; i++)
		if (pick(a, &a->u[i]))
			strbuf_addf(sb, "%s%s", sb->len ? ", " : "", a->u[i].rel);
	if (!sb->len)
		strbuf_addstr(sb, "none");
}

static bool was_done(const struct all *a, const struct unit *u)
{
	return u->state == DONE && !failed(a, u);
}

static bool did_fail(const struct all *a, const struct unit *u)
{
	return u->state == DONE && failed(a, u);
}

static bool not_run(const struct all *a, const struct unit *u)
{
	(void)a;
	return u->state != DONE;
}

static int report(struct all *a)
{
	if (!a->json)
		ui_printf(stdout, "\n%s -all: %zu stack%s\n", a->command, a->n,
			  a->n == 1 ? "" : "s");
	bool any_failed = false, any_changes = false;
	for (size_t i = 0; i < a->n; i++) {
		const struct unit *u = &a->u[i];
		char *line = u->state == DONE ? summary_of(u)
			     : xstrdup("not run: a stack it depends on failed or was not run");
		char *why = u->state == DONE && u->code == 2 && !strcmp(a->command, "plan")
			    ? because_of(u) : NULL;
		if (a->json) {
			char *text = xasprintf("%s%s%s", line, why ? " " : "", why ? why : "");
			emit_event("stack_summary", u->state == DONE && !failed(a, u) ? "info" : "error",
				   u->rel, text, json_pack("{s:s, s:i}", "state",
				   u->state != DONE ? "not run" : failed(a, u) ? "failed" : "done",
				   "exit", u->state == DONE ? u->code : -1));
			free(text);
		} else {
			ui_printf(stdout, "  %s: %s%s%s\n", u->rel, line, why ? " " : "",
				  why ? why : "");
		}
		free(why);
		free(line);
		any_failed = any_failed || u->state != DONE || failed(a, u);
		any_changes = any_changes || (u->state == DONE && u->code == 2);
	}
	if (!strcmp(a->command, "apply") || !strcmp(a->command, "destroy")) {
		struct strbuf done = STRBUF_INIT, bad = STRBUF_INIT, left = STRBUF_INIT;
		list_of(&done, a, was_done);
		list_of(&bad, a, did_fail);
		list_of(&left, a, not_run);
		const char *verb = !strcmp(a->command, "apply") ? "Applied" : "Destroyed";
		char *text = xasprintf("%s: %s. Failed: %s. Not %s: %s.", verb, done.buf, bad.buf,
				       !strcmp(a->command, "apply") ? "applied" : "destroyed",
				       left.buf);
		if (a->json)
			emit_event("all_summary", bad.len && strcmp(bad.buf, "none") ? "error" : "info",
				   NULL, text, json_object());
		else
			ui_printf(stdout, "%s\n", text);
		free(text);
		strbuf_release(&done);
		strbuf_release(&bad);
		strbuf_release(&left);
	}
	if (a->json && strcmp(a->command, "apply") && strcmp(a->command, "destroy")) {
		char *text = xasprintf("%s -all: %zu stack%s%s", a->command, a->n,
				       a->n == 1 ? "" : "s", any_failed ? ", failed" : "");
		emit_event("all_summary", any_failed ? "error" : "info", NULL, text, json_object());
		free(text);
	}
	if (any_failed)
		return 1;
	return a->detailed && any_changes ? 2 : 0;
}

/* The folder above dir (itself included) holding terrace.stacks.yaml, or
 * NULL. */
static char *system_root(const char *dir)
{
	char *d = xstrdup(dir);
	for (;;) {
		char *list = xasprintf("%s/" ROOT_LIST, d);
		struct stat st;
		bool found = !stat(list, &st);
		free(list);
		if (found)
			return d;
		char *slash = strrchr(d, '/');
		if (!slash || slash == d) {
			free(d);
			return NULL;
		}
		*slash = '\0';
	}
}

/* Whether a terrace.stack read (its recorded attributes) uses one of the
 * outputs named in removed (an array), each such added to found. A read
 * recorded before terrace kept outputs_used may use any of them. */
static bool uses_any(const json_t *attrs, const json_t *removed, json_t *found)
{
	const json_t *used = json_object_get(attrs, "outputs_used");
	bool any = false;
	size_t i, j;
	json_t *r, *u;
	json_array_foreach(removed, i, r) {
		bool uses = !json_is_array(used);
		json_array_foreach(used, j, u)
			uses = uses || json_equal(u, r);
		if (uses) {
			json_object_set_new(found, json_string_value(r), json_true());
			any = true;
		}
	}
	return any;
}

/* The names of a set (an object), sorted, each between quote, as "a, b". */
static void sorted_list(struct strbuf *sb, const json_t *set, const char *quote)
{
	size_t n;
	const char **sorted = value_sorted_keys(set, &n);
	for (size_t i = 0; i < n; i++)
		strbuf_addf(sb, "%s%s%s%s", sb->len ? ", " : "", quote, sorted[i], quote);
	free(sorted);
}

/* Whether a terrace.stack read (its recorded attributes) read the state
 * of the stack in folder dir, at place (stack_place_of), in workspace ws:
 * by path (its location's dir) or by backend (its location's place). */
static bool reads_stack(const json_t *entry, const char *dir, const char *place,
			const char *ws, const char *reader_dir)
{
	const json_t *at = json_object_get(entry, "attributes");
	const json_t *location = json_object_get(at, "location");
	const char *type = json_string_value(json_object_get(entry, "type"));
	const char *read_ws = json_string_value(json_object_get(at, "read_workspace"));
	const char *read_dir = json_string_value(json_object_get(location, "dir"));
	if (!type || strcmp(type, "terrace.stack") || !read_ws || strcmp(read_ws, ws))
		return false;
	if (read_dir)
		return !strcmp(read_dir, dir);
	if (!place || !json_is_object(location))
		return false;
	char *read_place = stack_backend_place(
		location, json_string_value(json_object_get(at, "name")), reader_dir);
	bool same = !strcmp(read_place, place);
	free(read_place);
	return same;
}

/* The readers of the stack in folder abs (workspace ws) among the state of
 * unit u (its stack s, loaded) in workspace u_ws: "NAME (WORKSPACE)" added
 * to the set users, the removed outputs they use added to used_removed. */
static void find_readers(const struct unit *u, const struct stack *s, const char *u_ws,
			 const char *abs, const char *place, const char *ws,
			 const json_t *removed, json_t *users, json_t *used_removed)
{
	json_t *state = NULL;
	char *name = NULL;
	struct strbuf err = STRBUF_INIT;
	bool reads = false;
	/* A state that cannot be read here reads nothing known. */
	if (!stack_state_of(u->dir, s, u_ws, &state, &name, &err) && state) {
		const char *k;
		json_t *e;
		json_object_foreach(json_object_get(state, "data"), k, e) {
			if (!reads_stack(e, abs, place, ws, u->dir))
				continue;
			if (removed && !uses_any(json_object_get(e, "attributes"), removed,
						 used_removed))
				continue;
			reads = true;
		}
	}
	if (reads) {
		char *user = xasprintf("%s (%s)", name, u_ws);
		json_object_set_new(users, user, json_true());
		free(user);
	}
	json_decref(state);
	free(name);
	strbuf_release(&err);
}

/*
 * The stack in folder dir, loaded once for the whole search: whole when it
 * loads, else its settings (name, backend, environments), which find its
 * state; NULL, with why the message of its problems, when not even those
 * load. *may_read: it declares a terrace.stack lookup (lookups belong to
 * the root stack), or it does not load whole (then only its state can
 * tell). A stack that reads none is not opened further: its state may lie
 * in a backend far away, or in one not reachable from here, which would
 * make every destroy wait.
 */
static struct stack *reader_stack(const char *dir, bool *may_read, struct strbuf *why)
{
	struct stack *s = NULL;
	struct diags d = DIAGS_INIT;
	*may_read = stack_load(dir, &s, &d) != 0;
	for (size_t i = 0; !*may_read && i < s->n_lookups; i++)
		*may_read = !strcmp(s->lookups[i].type, "terrace.stack");
	diags_free(&d);
	if (!s && stack_load_settings(dir, &s, &d))
		for (size_t i = 0; i < d.n; i++)
			diag_format(&d.items[i], why);
	diags_free(&d);
	return s;
}

/* The readers of the stack in folder dir, workspace ws, that a destroy
 * (removed NULL) or the removal of the outputs named in removed would
 * break: *refusal the message naming them, or NULL. -1 after printing an
 * error. */
static int readers_refusal(const char *dir, const char *ws, const json_t *removed,
			   char **refusal)
{
	/* Under the system's root, not far: stacks of one system sit close. */
	struct all a = { .command = "destroy", .max_depth = 4 };
	char abs[PATH_MAX];
	if (!realpath(dir, abs))
		return 0;
	/* What it reads, said when it takes more than a second. */
	ui_task_begin("Looking for the stacks that read this one's outputs");
	ws = ws && *ws ? ws : "default";
	char *root = system_root(abs);
	char cwd[PATH_MAX];
	if (!getcwd(cwd, sizeof(cwd)))
		cwd[0] = '\0';
	if (!root) {
		root = xstrdup(abs);
		char *slash = strrchr(root, '/');
		if (slash && slash != root)
			*slash = '\0';
	}
	snprintf(a.root, sizeof(a.root), "%s", root);
	char *status = xasprintf("walking %s", root);
	ui_op_status(status);
	free(status);
	int rc = 0;
	size_t n_listed = 0; /* a.u[0 .. n_listed-1]: those the list names */
	if (chdir(root) == 0) {
		/* The stacks the list names (which -all runs) and every other stack
		 * under the root (a lab's, say, which `terrace lab` runs). */
		struct stat st;
		if (!stat(ROOT_LIST, &st)) {
			rc = listed_stacks(&a, ROOT_LIST);
			n_listed = a.n;
		}
		find_stacks(&a, ".", 0);
		if (cwd[0] && chdir(cwd))
			rc = ui_error("cannot return to %s: %s", cwd, strerror(errno));
	}
	free(root);
	struct strbuf err = STRBUF_INIT;
	char *place = stack_place_of(abs, &err);
	strbuf_release(&err);
	json_t *readers = json_object(); /* "NAME (WORKSPACE)", as a set */
	json_t *used_removed = json_object(); /* the removed outputs used, as a set */
	for (size_t i = 0; !rc && i < a.n; i++) {
		/* One the walk could not read as YAML cannot load (its own
		 * commands say why). */
		if (!strcmp(a.u[i].dir, abs) || a.u[i].unreadable)
			continue;
		status = xasprintf("reading %s, %zu of %zu stacks under %s", a.u[i].rel, i + 1,
				   a.n, a.root);
		ui_op_status(status);
		free(status);
		bool may_read = false;
		struct stack *s = reader_stack(a.u[i].dir, &may_read, &err);
		/* One the folder walk found may be anything beside it (a folder
		 * of notes, a half-written stack): it is passed over without a
		 * word; a warning names one terrace.stacks.yaml names. */
		if (!s && i < n_listed)
			ui_warn("cannot read %s, which may use the outputs of this stack: %s; its "
				"state was not checked", a.u[i].rel, err.buf);
		strbuf_release(&err);
		if (!s || !may_read) {
			stack_free(s);
			continue;
		}
		/* Every workspace of the reader: a lab's attendees each have one.
		 * One that cannot be listed is checked in what was listed, its
		 * default workspace at least, and said for a listed stack. */
		json_t *names = json_array();
		if (stack_workspaces_of(a.u[i].dir, s, names, &err) && i < n_listed)
			ui_warn("cannot list the workspaces of %s, which may use the outputs of "
				"this stack: %s; checked only %s", a.u[i].rel, err.buf,
				json_array_size(names) > 1 ? "those listed" : "its default one");
		strbuf_release(&err);
		size_t k;
		json_t *n;
		json_array_foreach(names, k, n)
			if (!rc)
				find_readers(&a.u[i], s, json_string_value(n), abs, place, ws,
					     removed, readers, used_removed);
		json_decref(names);
		stack_free(s);
	}
	ui_task_end();
	free(place);
	size_t n_users = json_object_size(readers);
	struct strbuf users = STRBUF_INIT;
	sorted_list(&users, readers, "");
	json_decref(readers);
	if (!rc && users.len && !removed)
		*refusal = xasprintf("the outputs of this stack (workspace %s) are used by %s: "
				     "destroy %s first (or all of them at once: terrace destroy "
				     "-all; a lab with terrace lab down), or give -force to destroy "
				     "it anyway", ws, users.buf,
				     n_users > 1 ? "those" : "that one");
	if (!rc && users.len && removed) {
		struct strbuf names = STRBUF_INIT;
		sorted_list(&names, used_removed, "\"");
		*refusal = xasprintf("this apply removes output%s %s of this stack (workspace %s), "
				     "which the state of %s still uses: remove %s use there and "
				     "apply %s first, or give -force to remove %s anyway",
				     json_object_size(used_removed) > 1 ? "s" : "", names.buf,
				     ws, users.buf,
				     n_users > 1 ? "their" : "its", n_users > 1 ? "them" : "it",
				     json_object_size(used_removed) > 1 ? "them" : "it");
		strbuf_release(&names);
	}
	json_decref(used_removed);
	strbuf_release(&users);
	for (size_t i = 0; i < a.n; i++) {
		free(a.u[i].dir);
		free(a.u[i].rel);
		free(a.u[i].log);
		free(a.u[i].deps);
	}
	free(a.u);
	return rc ? -1 : 0;
}

int all_readers_refusal(const char *dir, const json_t *snapshot, const json_t *state,
			bool destroy, char **refusal)
{
	*refusal = NULL;
	const json_t *had = json_object_get(state, "outputs");
	const char *ws = json_string_value(json_object_get(snapshot, "workspace"));
	if (destroy)
		return json_object_size(had) ? readers_refusal(dir, ws, NULL, refusal) : 0;
	json_t *removed = json_array();
	const char *k;
	json_t *v;
	json_object_foreach((json_t *)had, k, v)
		if (!json_object_get(json_object_get(snapshot, "outputs"), k))
			json_array_append_new(removed, json_string(k));
	int rc = json_array_size(removed) ? readers_refusal(dir, ws, removed, refusal) : 0;
	json_decref(removed);
	return rc;
}

int cmd_all(const char *command, int argc, char **argv)
{
	struct all a = { .command = command, .parallel = DEFAULT_PARALLEL,
			 .reverse = !strcmp(command, "destroy") };
	a.pass = xcalloc((size_t)argc + 1, sizeof(*a.pass));
	char **owned = xcalloc((size_t)argc + 1, sizeof(*owned)); /* rewritten words */
	bool approved = false;
	int rc = 0;
	if (!realpath(".", a.root)) {
		rc = ui_error("cannot resolve the working folder: %s", strerror(errno));
		goto out;
	}
	for (int i = 0; i < argc; i++) {
		const char *arg = argv[i];
		if (is_flag(arg, "all"))
			continue;
		if (is_flag(arg, "parallel-stacks")) {
			/* -parallel-stacks=N, or N the next word, as other options */
			const char *v = strchr(arg, '=');
			v = v ? v + 1 : i + 1 < argc ? argv[++i] : NULL;
			char *end = NULL;
			long n = v ? strtol(v, &end, 10) : 0;
			if (!v || !*v || *end || n < 1 || n > 64) {
				rc = ui_error("-parallel-stacks: expected a number from 1 to 64, as in "
					      "-parallel-stacks=4");
				goto out;
			}
			a.parallel = (int)n;
			continue;
		}
		if (is_flag(arg, "detailed-exitcode") && !strcmp(command, "plan")) {
			a.detailed = true;
			continue;
		}
		if (is_flag(arg, "auto-approve"))
			approved = true;
		if (is_flag(arg, "json"))
			a.json = true;
		if (arg[0] != '-') {
			rc = ui_error("%s -all: runs in every stack of the folder; \"%s\" (a plan file "
				      "or a stack path) does not go with it", command, arg);
			goto out;
		}
		/* Each stack runs in its own folder: a relative -var-file is the root's. */
		const char *eq = strchr(arg, '=');
		if (is_flag(arg, "var-file") && eq && eq[1] && eq[1] != '/') {
			owned[i] = xasprintf("%.*s%s/%s", (int)(eq + 1 - arg), arg, a.root, eq + 1);
			arg = owned[i];
		}
		a.pass[a.n_pass++] = (char *)arg;
	}
	if ((!strcmp(command, "apply") || !strcmp(command, "destroy")) && !approved) {
		rc = ui_error("%s -all needs -auto-approve: every stack is planned again and "
			      "%s in turn (review `terrace plan -all` first)", command,
			      !strcmp(command, "apply") ? "applied" : "destroyed");
		goto out;
	}
	struct stat st;
	if (!stat(ROOT_LIST, &st)) {
		if (listed_stacks(&a, ROOT_LIST)) {
			rc = -1;
			goto out;
		}
	} else {
		find_stacks(&a, ".", 0);
	}
	if (!a.n) {
		rc = ui_error("%s -all: no stack under %s (a folder with a file naming its stack, "
			      "`stack: NAME`, or " ROOT_LIST " listing them)", command, a.root);
		goto out;
	}
	for (size_t i = 0; i < a.n; i++) {
		struct strbuf err = STRBUF_INIT; /* its own command says what is wrong */
		a.u[i].place = stack_place_of(a.u[i].dir, &err);
		strbuf_release(&err);
	}
	for (size_t i = 0; i < a.n; i++)
		find_deps(&a, &a.u[i]);
	if (check_cycles(&a)) {
		rc = -1;
		goto out;
	}
	run_all(&a);
	rc = report(&a);
out:
	for (size_t i = 0; i < a.n; i++) {
		free(a.u[i].dir);
		free(a.u[i].rel);
		free(a.u[i].log);
		free(a.u[i].deps);
		free(a.u[i].place);
	}
	free(a.u);
	free(a.pass);
	for (int i = 0; i < argc; i++)
		free(owned[i]);
	free(owned);
	return rc < 0 ? 1 : rc;
}
