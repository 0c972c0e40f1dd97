/*
 * lab.c: `terrace lab plan|up|status|down|output LAB -attendees FILE`: one
 * stack run as a workshop lab, one workspace per attendee.
 *
 * Each attendee's apply, plan or destroy is a terrace child process (the
 * same binary), in the workspace named after the attendee, with the stack's
 * attendee variable set to the id; at most `parallel` at once (the stack's
 * lab: block, or -parallelism). `lab run LAB ADDRESS` runs ADDRESS (terrace
 * run) in every attendee's lab the same way, then prints a table of each
 * run's outcome (the children are started and waited for by
 * cmd/child_pool.c). A child holds its own workspace's lock and
 * state, so one attendee's failure stops nobody else, and re-running `lab
 * up` only does what is missing. Each child's output goes to
 * .terrace/lab/ID.log beside the stack; the terminal shows one line per
 * attendee. After `up`, a table of each attendee's outputs
 * (cmd/lab_outputs.c). This file runs the subcommands (plan, up, status,
 * down, output, run) and the workspaces (made, remembering their attendee's
 * variables; those not on the list); the children are started by
 * cmd/lab_children.c (with the stop on a never-answering endpoint), the
 * attendee list is read by
 * cmd/lab_attendees.c, the board and tables drawn by cmd/lab_board.c, the
 * quotas checked by cmd/lab_quotas.c, what labs without a state left (lab
 * down) found by cmd/lab_lost.c.
 */
#include "cmd/lab.h"
#include "plan/eval.h"
#include "plan/state.h"
#include "stacks/expr_path.h"
#include "stacks/yaml.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static const struct cli_command lab_cmd = {
	"lab", "terrace lab plan|up|status|down|output|run LAB [ADDRESS] -attendees FILE "
	"[-shard K/N] [options]",
	"Run the stack LAB (a file or folder) for every attendee of FILE (CSV with an id\n"
	"column and optional variable columns, or YAML: a list of ids or of maps with id),\n"
	"each in its own workspace named after the attendee, which remembers the attendee's\n"
	"variables. plan previews what up would do; up applies; status plans and says which\n"
	"labs are ok, drifted (changed outside terrace), have changes or are gone; down lists\n"
	"what it destroys, asks (-auto-approve, -dry-run), destroys and deletes the\n"
	"workspaces, sweeps the labs without a state (where the lab: block lets sweep\n"
	"look) and exits 1 naming what is still up; output prints the hand-out (outputs\n"
	"and credentials files; -csv, -credentials); run ADDRESS runs that resource in\n"
	"every lab at once (terrace run) and prints attendee, state, duration and the\n"
	"first error's cause. Workspaces not on the list are named (down -leavers tears\n"
	"them down). -json on every one, for a CI job.\n"
	"Logs: .terrace/lab/ID.log beside the stack.",
	3, "plan up status down output run",
};

/* ---- workspaces and outputs ----------------------------------------------- */

/* Which attendees have a workspace; a new array of l->n flags, NULL on error. */
static bool *existing_workspaces(struct lab *l)
{
	char *path = NULL;
	struct backend *b = lab_open_ws(l, NULL, &path);
	json_t *names = json_array();
	int rc = b ? ws_list(b, path, names) : -1;
	if (b)
		b->ops->free(b);
	free(path);
	bool *have = NULL;
	if (rc == 0) {
		have = xcalloc(l->n + 1, sizeof(*have));
		for (size_t i = 0; i < l->n; i++) {
			size_t k;
			json_t *v;
			json_array_foreach(names, k, v)
				have[i] = have[i] || !strcmp(json_string_value(v), l->a[i].id);
		}
	}
	json_decref(names);
	return have;
}

/* Make every attendee's workspace exist; -1 after printing an error. */
/*
 * The leavers: workspaces of the stack whose names are not on the attendee
 * list (someone removed from it, an id renamed or mistyped), each with the
 * resources its state holds, as a new JSON list of [name, resources]; none
 * for a slice but the first (-shard 1/N looks after them, so that runners
 * never race for one). NULL after printing an error.
 */
static json_t *find_leavers(struct lab *l)
{
	json_t *found = json_array();
	if (!l->first_slice)
		return found;
	char *path = NULL;
	struct backend *b = lab_open_ws(l, NULL, &path);
	json_t *names = json_array();
	int rc = b ? ws_list(b, path, names) : -1;
	if (b)
		b->ops->free(b);
	free(path);
	size_t i, k;
	json_t *name, *id;
	json_array_foreach(names, i, name) {
		bool listed = !strcmp(json_string_value(name), "default");
		json_array_foreach(l->listed, k, id)
			listed = listed || json_equal(id, name);
		if (listed || rc)
			continue;
		struct attendee who = { .id = (char *)json_string_value(name) };
		json_t *st = lab_load_state(l, &who);
		json_array_append_new(found, json_pack("[O, I]", name,
			(json_int_t)json_object_size(json_object_get(st, "resources"))));
		json_decref(st);
	}
	json_decref(names);
	if (rc) {
		json_decref(found);
		return NULL;
	}
	return found;
}

/* "eve (2 resources), zed (0 resources)" of find_leavers' list. */
static char *leavers_text(const json_t *leavers)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i;
	json_t *w;
	json_array_foreach(leavers, i, w)
		strbuf_addf(&sb, "%s%s (%" JSON_INTEGER_FORMAT " resource%s)", i ? ", " : "",
			    json_string_value(json_array_get(w, 0)),
			    json_integer_value(json_array_get(w, 1)),
			    json_integer_value(json_array_get(w, 1)) == 1 ? "" : "s");
	return strbuf_detach(&sb);
}

/* Say which workspaces are not on the list, and how they go. */
static void print_leavers_note(const struct lab *l, const json_t *leavers)
{
	if (l->quiet || !json_array_size(leavers))
		return;
	char *text = leavers_text(leavers);
	ui_printf(stdout, "\n%zu workspace(s) not on the attendee list: %s. `terrace lab down "
		  "-leavers` tears them down (an empty one goes with `lab down`).\n",
		  json_array_size(leavers), text);
	free(text);
}

/* Add find_leavers' workspaces to the class as attendees (leaver set, no
 * variables: their workspaces remember theirs). */
static void add_leavers(struct lab *l, const json_t *leavers)
{
	size_t i;
	json_t *w;
	l->a = xrealloc(l->a, (l->n + json_array_size(leavers) + 1) * sizeof(*l->a));
	json_array_foreach(leavers, i, w) {
		struct attendee *a = &l->a[l->n++];
		memset(a, 0, sizeof(*a));
		a->id = xstrdup(json_string_value(json_array_get(w, 0)));
		a->vars = json_object();
		a->exit_code = -1;
		a->leaver = true;
		a->resources = (size_t)json_integer_value(json_array_get(w, 1));
	}
}

/* add_leavers, each as a row of its own, "not listed" (lab status, and lab
 * up -json, which prints no note). */
static void add_leaver_rows(struct lab *l, const json_t *leavers)
{
	size_t listed = l->n;
	add_leavers(l, leavers);
	for (size_t i = listed; i < l->n; i++) {
		l->a[i].outcome = LAB_LEAVER;
		l->a[i].summary = xasprintf("not on the attendee list; %zu resource(s) (lab down "
					    "-leavers tears it down)", l->a[i].resources);
	}
}

/*
 * Make attendee a's workspace exist (have: it does) and remember in its
 * state the attendee's variables (the state's "lab": {"variables"}, which
 * cmd/context.c gives any later command in that workspace, as -var before
 * the command line's): the id and the list's columns, but no variable the
 * stack marks sensitive (a state holds no secret in clear). Written only
 * when it changes. -1 after printing an error.
 */
static int make_workspace(struct lab *l, struct attendee *a, bool have)
{
	char *path = NULL;
	struct backend *b = lab_open_ws(l, a->id, &path);
	struct strbuf err = STRBUF_INIT;
	json_t *st = NULL;
	int rc = !b ? -1 : have ? 0 : ws_create(b, path);
	if (rc == 0 && b->ops->load(b, &st, &err) == 0) {
		a->fresh = !json_object_size(json_object_get(st, "resources"));
		json_t *texts = lab_attendee_var_texts(l, a, st);
		const char *k;
		json_t *v;
		void *tmp;
		json_object_foreach_safe(texts, tmp, k, v) {
			const struct stack_variable *var = stack_find_variable(l->stack, k);
			if (var && var->sensitive)
				json_object_del(texts, k);
		}
		json_t *lab = json_object_get(st, "lab");
		if (!json_equal(json_object_get(lab, "variables"), texts)) {
			if (!json_is_object(lab))
				json_object_set_new(st, "lab", lab = json_object());
			json_object_set(lab, "variables", texts);
			if (b->ops->save(b, st, &err))
				rc = ui_error("%s: cannot remember the attendee's variables: %s", a->id,
					      err.buf);
		}
		json_decref(texts);
	} else if (rc == 0) {
		rc = ui_error("%s: %s", a->id, err.buf);
	}
	json_decref(st);
	strbuf_release(&err);
	if (b)
		b->ops->free(b);
	free(path);
	return rc;
}

/* Make every attendee's workspace exist, remembering its variables; -1
 * after printing an error. */
static int ensure_workspaces(struct lab *l)
{
	bool *have = existing_workspaces(l);
	int rc = have ? 0 : -1;
	for (size_t i = 0; i < l->n && rc == 0; i++)
		rc = make_workspace(l, &l->a[i], have[i]);
	free(have);
	return rc;
}

/* ---- the subcommands ------------------------------------------------------- */

static const char *const apply_verb[] = { "apply", "-auto-approve", NULL };
static const char *const plan_verb[] = { "plan", "-detailed-exitcode", "-lock=false", NULL };
static const char *const destroy_verb[] = { "destroy", "-auto-approve", NULL };

/* The end of a subcommand: with -json the class as a JSON list (with each
 * attendee's outputs when given), else the failures and "Lab VERB: counts". */
static void finish(struct lab *l, const char *verb, const struct lab_outputs *outputs)
{
	if (l->quiet) {
		json_t *list = lab_json(l);
		if (outputs)
			lab_json_outputs(l, outputs, list);
		ui_print_json(stdout, list);
		json_decref(list);
		return;
	}
	lab_print_failures(l);
	char *counts = lab_counts_text(l);
	ui_printf(stdout, "\n%s%s.\n", verb, counts);
	free(counts);
	/* lab up: the new labs told from those that changed and those that
	 * were up to date already. */
	static const char *const changes[] = { "new", "changed", "unchanged" };
	size_t n[3] = { 0, 0, 0 };
	for (size_t i = 0; i < l->n; i++)
		for (int k = 0; k < 3 && l->a[i].change; k++)
			n[k] += !strcmp(l->a[i].change, changes[k]);
	if (n[0] + n[1] + n[2] && l->verb == LAB_UP)
		ui_printf(stdout, "Ready: %zu new, %zu changed, %zu unchanged.\n", n[0], n[1], n[2]);
	if (n[0] + n[1] + n[2] && l->verb == LAB_PLAN) {
		/* Each kind with its attendees: the first eight named, as many
		 * as fit a third of the terminal's width each. */
		int width = lab_table_width();
		size_t budget = width > 0 ? (size_t)width / 3 : (size_t)-1;
		struct strbuf sb = STRBUF_INIT;
		strbuf_addstr(&sb, "Attendees:");
		for (int k = 0; k < 3; k++) {
			size_t start = sb.len, named = 0, total = 0;
			strbuf_addf(&sb, "%s %zu %s", k ? "," : "", n[k], changes[k]);
			for (size_t i = 0; i < l->n; i++) {
				if (!l->a[i].change || strcmp(l->a[i].change, changes[k]))
					continue;
				total++;
				if (named < 8 && sb.len - start + strlen(l->a[i].id) + 16 <= budget) {
					strbuf_addf(&sb, "%s%s", named ? ", " : " (", l->a[i].id);
					named++;
				}
			}
			if (named && total > named)
				strbuf_addf(&sb, " and %zu more", total - named);
			if (named)
				strbuf_addch(&sb, ')');
		}
		ui_printf(stdout, "%s.\n", sb.buf);
		strbuf_release(&sb);
	}
}

/* lab up: what a ready attendee's apply did: "new" (its state held
 * nothing), "unchanged" (nothing to do), else "changed". */
static const char *up_change(const struct attendee *a)
{
	if (a->fresh)
		return "new";
	static const char *const none[] = { "No changes.",
		"Apply complete! Resources: 0 added, 0 changed, 0 destroyed.", NULL };
	char *line = lab_find_line(a->log, none);
	free(line);
	return line ? "unchanged" : "changed";
}

static int lab_up(struct lab *l)
{
	if (lab_check_quotas(l) || ensure_workspaces(l))
		return 1;
	if (!l->quiet)
		ui_printf(stdout, "Applying %s for %zu attendee(s)%s, %d at a time (logs in %s/):\n",
			  l->stack->name, l->n, l->slice, l->parallel, l->dir);
	size_t failed = lab_run_all(l, apply_verb, NULL);
	for (size_t i = 0; i < l->n; i++)
		if (l->a[i].outcome == LAB_OK)
			l->a[i].change = up_change(&l->a[i]);
	struct lab_outputs outputs = { 0 };
	int rc = lab_gather_outputs(l, true, &outputs);
	if (!l->quiet)
		(void)lab_print_outputs(l, &outputs, true, false);
	/* The workspaces not on the list: a note, or with -json rows of their own. */
	size_t listed = l->n;
	json_t *leavers = find_leavers(l);
	if (l->quiet)
		add_leaver_rows(l, leavers);
	finish(l, "Lab up: ", &outputs);
	lab_outputs_release(&outputs, listed);
	print_leavers_note(l, leavers);
	json_decref(leavers);
	return failed || rc || child_pool_interrupted() || l->stop_reason ? 1 : 0;
}

/* The table of attendee, word (its head: word_head) and detail. */
static void print_word_table(const struct lab *l, const char *word_head)
{
	json_t *heads = json_pack("[s, s, s]", "ATTENDEE", word_head, "DETAIL");
	json_t *rows = json_array();
	for (size_t i = 0; i < l->n; i++)
		json_array_append_new(rows, json_pack("[s, s, s]", l->a[i].id,
						      lab_state_word(l, &l->a[i]),
						      l->a[i].summary ? l->a[i].summary : ""));
	ui_printf(stdout, "\n");
	lab_print_table(heads, rows);
	json_decref(heads);
	json_decref(rows);
}

/* "ADDRESS NAME deleted outside terrace, ..." of the objects a drifted
 * plan's log says were deleted outside terrace (cmd/render.c's "# ADDRESS
 * will be created (it was deleted outside terrace)"), NAME the name (else
 * the id) its state holds; NULL when there are none. */
static char *gone_text(struct lab *l, const struct attendee *a)
{
	FILE *f = fopen(a->log, "r");
	if (!f)
		return NULL;
	json_t *st = lab_load_state(l, a);
	const json_t *resources = json_object_get(st, "resources");
	struct strbuf sb = STRBUF_INIT;
	char line[4096];
	while (fgets(line, sizeof(line), f)) {
		if (!strstr(line, "(it was deleted outside terrace)"))
			continue;
		const char *hash = strstr(line, "# ");
		const char *end = hash ? strstr(hash, " will be ") : NULL;
		if (!end)
			end = hash ? strstr(hash, " must be ") : NULL;
		if (!end)
			continue;
		char *address = xstrndup(hash + 2, (size_t)(end - hash - 2));
		const json_t *entry = json_object_get(resources, address);
		const char *name = json_string_value(json_object_get(json_object_get(entry,
						"attributes"), "name"));
		if (!name)
			name = json_string_value(json_object_get(entry, "id"));
		strbuf_addf(&sb, "%s%s%s%s deleted outside terrace", sb.len ? ", " : "", address,
			    name ? " " : "", name ? name : "");
		free(address);
	}
	fclose(f);
	json_decref(st);
	if (!sb.len) {
		strbuf_release(&sb);
		return NULL;
	}
	return strbuf_detach(&sb);
}

static int lab_status(struct lab *l)
{
	bool *have = existing_workspaces(l);
	if (!have)
		return 1;
	if (!l->quiet)
		ui_printf(stdout, "Checking %s for %zu attendee(s)%s:\n", l->stack->name, l->n,
			  l->slice);
	lab_run_all(l, plan_verb, have);
	for (size_t i = 0; i < l->n; i++) {
		struct attendee *a = &l->a[i];
		if (!have[i]) {
			free(a->summary);
			a->summary = xstrdup("no workspace");
			continue;
		}
		char *gone = a->outcome == LAB_DRIFTED ? gone_text(l, a) : NULL;
		if (gone) {
			char *detail = xasprintf("%s; %s", gone, a->summary ? a->summary : "");
			free(a->summary);
			a->summary = detail;
			free(gone);
		}
		json_t *st = lab_load_state(l, a);
		bool empty = !json_object_size(json_object_get(st, "resources"));
		json_decref(st);
		if (empty && a->outcome != LAB_FAILED && a->outcome != LAB_INTERRUPTED &&
		    a->outcome != LAB_NOT_STARTED) {
			a->outcome = LAB_SKIPPED;
			free(a->summary);
			a->summary = xstrdup("the workspace holds nothing");
		}
	}
	/* The workspaces not on the list, as rows of their own. */
	json_t *leavers = find_leavers(l);
	add_leaver_rows(l, leavers);
	json_decref(leavers);
	struct lab_counts c = lab_count(l);
	if (!l->quiet)
		print_word_table(l, "LAB");
	finish(l, "", NULL);
	free(have);
	return c.n[LAB_FAILED] || c.n[LAB_INTERRUPTED] || c.n[LAB_NOT_STARTED] ? 1
	       : c.n[LAB_OK] == l->n ? 0 : 2;
}

/* Delete attendee a's emptied workspace (after its destroy); false after
 * recording why not as its failure. */
static bool delete_workspace(struct lab *l, struct attendee *a)
{
	char **argv = xcalloc(8, sizeof(*argv));
	argv[0] = xstrdup("terrace");
	argv[1] = xstrdup("workspace");
	argv[2] = xstrdup("delete");
	argv[3] = xstrdup(a->id);
	argv[4] = xstrdup("-stack");
	argv[5] = xstrdup(l->path);
	argv[6] = xstrdup("-no-color");
	char *log = a->log;
	a->log = NULL;
	int code = 1;
	if (lab_start_process(l, a, argv, false) == 0) {
		int status;
		while (child_pool_wait(&l->pool, a->pid, &status, 0) < 0 && errno == EINTR)
			;
		code = WIFEXITED(status) ? WEXITSTATUS(status) : 1;
	}
	if (code == 0) {
		/* Its credentials file goes with it. */
		char *credentials = xasprintf("%s/%s.credentials.json", l->dir, a->id);
		unlink(credentials);
		free(credentials);
		unlink(a->log);
		free(a->log);
		a->log = log;
		return true;
	}
	free(log);
	a->outcome = LAB_FAILED;
	static const char *const error[] = { "Error: ", NULL };
	char *why = lab_find_line(a->log, error);
	free(a->summary);
	a->summary = xasprintf("its workspace could not be deleted: %s",
			       why ? why + 7 : "see the log");
	free(why);
	return false;
}

/* What lab down removes, before it does: each attendee whose lab goes and
 * the resources its state holds (or, without a state, the objects sweep
 * found of it), and the leavers kept; with -json and -dry-run, as a JSON
 * list of {"attendee", "resources"[, "kept"][, "no_state", "objects"]}. */
static void print_down_preview(struct lab *l, const bool *have, const bool *want)
{
	size_t total = 0, n_want = 0, n_rows = 0, n_lost = 0;
	json_t *heads = json_pack("[s, s, s]", "  ATTENDEE", "RESOURCES", "");
	json_t *rows = json_array(), *list = json_array();
	for (size_t i = 0; i < l->n; i++) {
		struct attendee *a = &l->a[i];
		bool lost = !have[i] && json_array_size(a->left);
		if (!have[i] && !lost)
			continue;
		n_rows++;
		if (lost)
			a->resources = json_array_size(a->left);
		else if (!a->leaver) {
			json_t *st = lab_load_state(l, a);
			a->resources = json_object_size(json_object_get(st, "resources"));
			json_decref(st);
		}
		bool kept = !want[i] && (a->resources || lost);
		const char *note = lost ? (kept ? "not on the attendee list, no workspace: kept "
					  "(lab down -leavers removes it)"
					  : a->leaver ? "not on the attendee list, no workspace: "
					  "found by sweep" : "no workspace: found by sweep")
				   : !a->leaver ? "" : !kept ? "not on the attendee list"
				   : "not on the attendee list: kept (lab down -leavers tears it down)";
		char *id = xasprintf("  %s", a->id), *count = xasprintf("%zu", a->resources);
		json_array_append_new(rows, json_pack("[s, s, s]", id, count, note));
		json_t *o = json_pack("{s:s, s:I}", "attendee", a->id, "resources",
				      (json_int_t)a->resources);
		if (kept)
			json_object_set_new(o, "kept", json_true());
		if (lost) {
			json_object_set_new(o, "no_state", json_true());
			json_object_set(o, "objects", a->left);
		}
		json_array_append_new(list, o);
		free(id);
		free(count);
		if (!kept) {
			total += a->resources;
			n_want++;
			n_lost += lost;
		}
	}
	if (l->quiet && l->dry_run) {
		ui_print_json(stdout, list);
	} else if (!l->quiet) {
		ui_printf(stdout, "Lab down destroys %s for %zu attendee(s)%s:\n", l->stack->name,
			  n_want, l->slice);
		if (n_rows)
			lab_print_table(heads, rows);
		size_t no_ws = 0;
		for (size_t i = 0; i < l->n; i++)
			no_ws += !have[i] && !json_array_size(l->a[i].left) && !l->a[i].leaver;
		ui_printf(stdout, "%zu resource(s) in %zu workspace(s)", total, n_want - n_lost);
		if (n_lost)
			ui_printf(stdout, " and %zu lab(s) without a state (found by terrace sweep)",
				  n_lost);
		ui_printf(stdout, "; %zu attendee(s) have no workspace%s.\n", no_ws,
			  n_lost ? " and nothing found" : "");
		if (json_array_size(l->unclaimed)) {
			char *text = lab_left_text(l->unclaimed);
			ui_printf(stdout, "%zu object(s) found by name are no attendee's: %s (kept).\n",
				  json_array_size(l->unclaimed), text);
			free(text);
		}
	}
	json_decref(heads);
	json_decref(rows);
	json_decref(list);
}

/* Drop the listed attendees (lab down -leavers: only the leavers go). */
static void drop_listed(struct lab *l)
{
	for (size_t i = 0; i < l->n; i++)
		lab_attendee_release(&l->a[i]);
	l->n = 0;
}

/*
 * The end of lab down: what is still up, one line each, with the command
 * that removes it (a leaver kept, a lab without a state whose objects are
 * left, a destroy that failed, objects found by name of no attendee);
 * the number of those lines (the exit is then 1).
 */
static size_t print_still_up(struct lab *l, const char *attendees)
{
	struct strbuf sb = STRBUF_INIT;
	size_t n = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct attendee *a = &l->a[i];
		size_t left = json_array_size(a->left);
		if (left) {
			char *text = lab_left_text(a->left), *cmd = lab_sweep_command(l, a);
			strbuf_addf(&sb, "\n  %s: %s%zu object(s) left without a state (%s): ",
				    a->id, a->leaver ? "not on the attendee list; " : "", left, text);
			if (a->leaver && !l->leavers)
				strbuf_addf(&sb, "terrace lab down %s -attendees %s -leavers, or ",
					    l->path, attendees);
			strbuf_addf(&sb, "%s", cmd);
			free(text);
			free(cmd);
			n++;
		} else if (a->outcome == LAB_LEAVER && a->resources) {
			strbuf_addf(&sb, "\n  %s: not on the attendee list; %zu resource(s) kept: "
				    "terrace lab down %s -attendees %s -leavers", a->id, a->resources,
				    l->path, attendees);
			n++;
		} else if (a->outcome == LAB_FAILED || a->outcome == LAB_INTERRUPTED ||
			   a->outcome == LAB_NOT_STARTED) {
			json_t *st = lab_load_state(l, a);
			size_t held = json_object_size(json_object_get(st, "resources"));
			json_decref(st);
			strbuf_addf(&sb, "\n  %s: %s; %zu resource(s) in its state: terrace lab down "
				    "%s -attendees %s%s again", a->id, lab_state_word(l, a), held,
				    l->path, attendees, a->leaver ? " -leavers" : "");
			n++;
		}
	}
	size_t i;
	json_t *o;
	json_array_foreach(l->unclaimed, i, o) {
		strbuf_addf(&sb, "\n  %s %s: found by name, no attendee's: terrace sweep -stack %s "
			    "-name '%s' -force", json_string_value(json_object_get(o, "type")),
			    json_string_value(json_object_get(o, "name")), l->path,
			    json_string_value(json_object_get(o, "name")));
		n++;
	}
	if (n)
		ui_error("lab down: %zu lab(s) or object(s) still up:%s", n, sb.buf);
	strbuf_release(&sb);
	return n;
}

/*
 * The very end of lab down: what sweep could not look for, and the command
 * that would. Sweep not run at all (why_not) and a type to try again
 * (throttled, failing) are errors: true, the exit is then 1. A type the
 * account can hold none of with these credentials (denied, not offered, no
 * such operation: sweep's "final") is a warning.
 */
static bool print_not_looked(const struct lab *l, const char *why_not)
{
	if (why_not) {
		ui_error("lab down could not look for what labs without a state left: %s\n"
			 "  %s; to look: terrace sweep -stack %s", why_not, l->dry_run ?
			 "without -dry-run, lab down still destroys every lab with a state from it"
			 : "every lab with a state was destroyed from it", l->path);
		return true;
	}
	size_t i, n_again = 0;
	json_t *g;
	json_array_foreach(l->not_listed, i, g) {
		bool final = json_is_true(json_object_get(g, "final"));
		const char *type = json_string_value(json_object_get(g, "type"));
		const char *provider = json_string_value(json_object_get(g, "provider"));
		const char *reason = json_string_value(json_object_get(g, "reason"));
		const char *message = json_string_value(json_object_get(g, "message"));
		if (final)
			ui_warn("lab down could not look for %s (provider \"%s\"): %s, so the account "
				"holds none made with these credentials: %s", type, provider, reason,
				message);
		else
			ui_error("lab down could not look for %s (provider \"%s\"): %s: %s", type,
				 provider, reason, message);
		n_again += !final;
	}
	if (n_again)
		ui_printf(stderr, "lab down could not look for %zu type%s, so labs without a state may "
			  "have left objects of %s; %s. To look again: terrace sweep -stack %s\n",
			  n_again, n_again == 1 ? "" : "s", n_again == 1 ? "it" : "them",
			  l->dry_run ? "without -dry-run, lab down still destroys every lab with a "
			  "state from it" : "every lab with a state was destroyed from it", l->path);
	return n_again > 0;
}

/*
 * lab down: destroy each listed attendee's lab and delete its workspace; a
 * leaver's workspace that holds nothing goes too, one that holds something
 * is kept and named. With -leavers only the leavers go, all of them. Where
 * the stack's lab: block lets sweep look (allowed_endpoints or
 * allowed_accounts), the labs without a state are found by sweep (by tag
 * and name: cmd/lab_lost.c) and swept as an attendee's destroy would be,
 * then looked for again; whatever is still up ends it with exit 1, named.
 */
static int lab_down(struct lab *l, const char *attendees)
{
	json_t *leavers = find_leavers(l);
	if (!leavers)
		return 1;
	if (l->leavers)
		drop_listed(l);
	add_leavers(l, leavers);
	json_decref(leavers);
	bool *have = existing_workspaces(l);
	if (!have)
		return 1;
	size_t no_ws = 0;
	for (size_t i = 0; i < l->n; i++)
		no_ws += !have[i];
	bool looked = lab_can_sweep(l);
	char *not_looked = NULL; /* why sweep could not look at all */
	if (looked) {
		/* Whatever sweep finds, or fails to, every lab with a state is
		 * destroyed from it below. */
		if (lab_find_left(l, &have, &not_looked))
			looked = false;
	} else if (no_ws) {
		struct strbuf ids = STRBUF_INIT;
		for (size_t i = 0; i < l->n; i++)
			if (!have[i])
				strbuf_addf(&ids, "%s%s", ids.len ? ", " : "", l->a[i].id);
		ui_warn("lab down cannot look for what the labs of %zu attendee(s) without a "
			"workspace left (%s): the stack's lab: block lets terrace sweep look nowhere "
			"(allowed_endpoints, allowed_accounts)", no_ws, ids.buf);
		strbuf_release(&ids);
	}
	bool *want = xcalloc(l->n + 1, sizeof(*want));
	size_t n_want = 0, n_swept = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct attendee *a = &l->a[i];
		bool mine = l->leavers || !a->leaver;
		want[i] = have[i] && mine;
		a->sweep = !have[i] && json_array_size(a->left) && mine;
		want[i] = want[i] || a->sweep;
		n_want += want[i];
		n_swept += a->sweep;
	}
	print_down_preview(l, have, want);
	int code = 0;
	if (l->dry_run) {
		if (!l->quiet)
			ui_printf(stdout, "\nThis was a dry run: nothing was destroyed. Run `terrace lab "
				  "down` without -dry-run to destroy them.\n");
		if (print_not_looked(l, not_looked))
			code = 1;
		goto out;
	}
	if (n_want && !l->auto_approve) {
		bool yes = l->quiet ? ui_error("lab down needs confirmation, but -json is set: pass "
					       "-auto-approve") == 0
				    : ui_confirm("Do you really want to destroy these attendees' labs?",
						 "lab down", "-auto-approve", NULL);
		if (!yes) {
			code = 1;
			goto out;
		}
		ui_printf(stdout, "\n");
	}
	if (!l->quiet)
		ui_printf(stdout, "Destroying %s for %zu attendee(s)%s, %d at a time (logs in %s/):\n",
			  l->stack->name, n_want, l->slice, l->parallel, l->dir);
	/* The destroys first, then the sweeps of the labs without a state: a
	 * sweep lists the whole stack's objects, which the destroys change. */
	bool *by_state = xcalloc(l->n + 1, sizeof(*by_state));
	for (size_t i = 0; i < l->n; i++)
		by_state[i] = want[i] && !l->a[i].sweep;
	lab_run_all(l, destroy_verb, by_state);
	if (n_swept) {
		enum lab_outcome *was = xcalloc(l->n + 1, sizeof(*was));
		bool *swept = xcalloc(l->n + 1, sizeof(*swept));
		for (size_t i = 0; i < l->n; i++) {
			was[i] = l->a[i].outcome;
			swept[i] = l->a[i].sweep;
		}
		lab_run_all(l, destroy_verb, swept);
		for (size_t i = 0; i < l->n; i++)
			if (by_state[i])
				l->a[i].outcome = was[i];
		free(was);
		free(swept);
	}
	free(by_state);
	/* The emptied workspaces go too (one at a time: they share the list),
	 * and a leaver's that held nothing. */
	for (size_t i = 0; i < l->n; i++) {
		struct attendee *a = &l->a[i];
		if (a->leaver && have[i] && !want[i] && !a->resources && a->outcome == LAB_SKIPPED &&
		    !child_pool_interrupted()) {
			a->outcome = LAB_OK;
			a->summary = xstrdup("not on the attendee list; its empty workspace deleted");
		} else if (a->leaver && a->outcome == LAB_SKIPPED &&
			   (have[i] || json_array_size(a->left))) {
			a->outcome = LAB_LEAVER;
			a->summary = have[i] ? xasprintf("not on the attendee list; %zu resource(s) "
							 "kept (lab down -leavers tears it down)",
							 a->resources)
					     : xasprintf("not on the attendee list, no workspace; %zu "
							 "object(s) kept (lab down -leavers removes "
							 "them)", json_array_size(a->left));
			continue;
		}
		if (a->outcome == LAB_OK && have[i])
			delete_workspace(l, a);
	}
	/* What the sweeps left, looked for again. */
	if (looked && n_swept) {
		bool *now = existing_workspaces(l);
		if (!now || lab_find_left(l, &now, &not_looked)) {
			if (!not_looked)
				not_looked = xstrdup("the workspaces could not be listed");
		}
		free(now);
	}
	finish(l, "Lab down: ", NULL);
	struct lab_counts c = lab_count(l);
	if (c.n[LAB_OK] + c.n[LAB_SKIPPED] + c.n[LAB_LEAVER] != l->n)
		code = 1;
	if (print_still_up(l, attendees))
		code = 1;
	if (print_not_looked(l, not_looked))
		code = 1;
out:
	free(not_looked);
	free(have);
	free(want);
	return code;
}

/* The cause in a failed run's error line, "Error: ADDRESS: RUN_ID STATE in
 * N s[, ...]: MESSAGE" (cmd/run.c): MESSAGE, without its own "... RUN_ID
 * STATE: " (a Glue job run's id, a state machine execution's ARN) when it
 * repeats the run's id; the line as it is when it has another shape. */
static const char *run_cause(const char *line, const char *address)
{
	const char *s = !strncmp(line, "Error: ", 7) ? line + 7 : line;
	size_t n = strlen(address);
	if (strncmp(s, address, n) || strncmp(s + n, ": ", 2))
		return s;
	const char *id = s + n + 2;
	size_t id_len = strcspn(id, " ");
	const char *msg = strstr(id + id_len, ": ");
	if (!id_len || !msg)
		return s;
	msg += 2;
	const char *p = memmem(msg, strlen(msg), id, id_len);
	const char *after = p && (p[id_len] == ' ' || p[id_len] == ':') ? strstr(p + id_len, ": ")
								     : NULL;
	return after ? after + 2 : msg;
}

/* `lab run LAB ADDRESS`: terrace run ADDRESS in each attendee's lab, then
 * the table; an attendee without a lab counts as failed. */
static int lab_run(struct lab *l, const char *address, const char *const *run_options)
{
	bool *have = existing_workspaces(l);
	if (!have)
		return 1;
	/* terrace run ADDRESS, then -arg, -payload, -timeout, an ECS task's
	 * -cluster, -subnets and -security-groups, a Batch job's -queue and an
	 * EMR Serverless job's -role and -entry-point as given. */
	size_t n_options = 0;
	while (run_options[n_options])
		n_options++;
	const char **run_verb = xcalloc(n_options + 3, sizeof(*run_verb));
	run_verb[0] = "run";
	run_verb[1] = address;
	for (size_t i = 0; i < n_options; i++)
		run_verb[2 + i] = run_options[i];
	if (!l->quiet)
		ui_printf(stdout, "Running %s in %s for %zu attendee(s)%s, %d at a time (logs in "
			  "%s/):\n", address, l->stack->name, l->n, l->slice, l->parallel, l->dir);
	lab_run_all(l, run_verb, have);
	for (size_t i = 0; i < l->n; i++) {
		/* The reason is the run's cause (the detail of -json too). */
		struct attendee *a = &l->a[i];
		const char *cause = a->outcome == LAB_SKIPPED ? "no workspace: lab up first"
				    : a->outcome == LAB_OK ? "" : run_cause(a->summary, address);
		char *copy = xstrdup(cause);
		free(a->summary);
		a->summary = copy;
	}
	if (!l->quiet) {
		json_t *heads = json_pack("[s, s, s, s]", "ATTENDEE", "STATE", "DURATION",
					  "FIRST ERROR");
		json_t *rows = json_array();
		for (size_t i = 0; i < l->n; i++) {
			struct attendee *a = &l->a[i];
			long secs = a->started ? (long)(a->end - a->start) : 0;
			char *duration = xasprintf("%ld:%02ld", secs / 60, secs % 60);
			json_array_append_new(rows, json_pack("[s, s, s, s]", a->id,
							      lab_state_word(l, a), duration,
							      a->summary));
			free(duration);
		}
		ui_printf(stdout, "\n");
		lab_print_table(heads, rows);
		json_decref(heads);
		json_decref(rows);
	}
	finish(l, "", NULL);
	struct lab_counts c = lab_count(l);
	free(have);
	free(run_verb);
	return c.n[LAB_OK] == l->n ? 0 : 1;
}

/* The plan a child's log shows, from "terrace will perform" to its "Plan:"
 * line; NULL when the log has none. */
static char *plan_body(const struct attendee *a)
{
	FILE *f = fopen(a->log, "r");
	if (!f)
		return NULL;
	struct strbuf sb = STRBUF_INIT;
	char line[4096];
	bool in = false, done = false;
	while (!done && fgets(line, sizeof(line), f)) {
		in = in || !strncmp(line, "terrace will perform the following actions:", 43);
		if (!in)
			continue;
		done = !strncmp(line, "Plan: ", 6);
		strbuf_addstr(&sb, line);
	}
	fclose(f);
	if (!done) {
		strbuf_release(&sb);
		return NULL;
	}
	return strbuf_detach(&sb);
}

/* Whether id stands at text + i as a word of its own (t0530-ann, ann_db;
 * not anna). */
static bool id_at(const char *text, size_t i, const char *id)
{
	size_t n = strlen(id);
	return !strncmp(text + i, id, n) && (i == 0 || !isalnum((unsigned char)text[i - 1])) &&
	       !isalnum((unsigned char)text[i + n]);
}

/*
 * Whether the plans x (attendee xid's) and y (yid's) are the same but for
 * the ids, each where the other plan has the other id: a name is masked
 * only where it stands as the attendee's value, so an attendee named max
 * leaves max_retries alone (the other plan has max_retries there too).
 * masked (when not NULL) gets x with those ids as ATTENDEE.
 */
static bool same_plan(const char *x, const char *xid, const char *y, const char *yid,
		      struct strbuf *masked)
{
	size_t i = 0, j = 0;
	while (x[i] && y[j]) {
		if (id_at(x, i, xid) && id_at(y, j, yid)) {
			if (masked)
				strbuf_addstr(masked, "ATTENDEE");
			i += strlen(xid);
			j += strlen(yid);
		} else if (x[i] == y[j]) {
			if (masked)
				strbuf_addch(masked, x[i]);
			i++, j++;
		} else {
			return false;
		}
	}
	return !x[i] && !y[j];
}

/* One attendee's plan, its id as ATTENDEE where it stands in a quoted
 * value as a word of its own (with no other plan to tell where). */
static char *mask_alone(const char *body, const char *id)
{
	struct strbuf sb = STRBUF_INIT;
	bool quoted = false;
	for (size_t i = 0; body[i];) {
		if (body[i] == '"' && (i == 0 || body[i - 1] != '\\'))
			quoted = !quoted;
		if (body[i] == '\n')
			quoted = false;
		if (quoted && id_at(body, i, id)) {
			strbuf_addstr(&sb, "ATTENDEE");
			i += strlen(id);
		} else {
			strbuf_addch(&sb, body[i++]);
		}
	}
	return strbuf_detach(&sb);
}

/*
 * `lab plan LAB`: what lab up would do, before it does: each attendee's
 * plan (an attendee without a workspace planned against no state, none
 * made), a table of their summaries, and the plan itself once when it is
 * the same for every attendee (ids as ATTENDEE), else where each one is.
 */
/* lab plan -json: the class in a row of its own after the attendees', as
 * the human summary gives it: {"attendee": "", "lab": "class", "detail":
 * the totals' line, "attendees" (the whole list), "totals" (type ->
 * resources), "at_least", "resources", "quotas" (the headroom of each quota
 * held: "used", "limit", "verdict", ...), "new", "changed", "unchanged"
 * (the ids of this run's attendees)}. */
static json_t *plan_class_row(const struct lab *l)
{
	char *text = lab_class_totals(l);
	json_t *row = lab_class_totals_json(l);
	if (!row)
		row = json_pack("{s:I, s:{}, s:[], s:I}", "attendees",
				(json_int_t)json_array_size(l->listed), "totals", "at_least",
				"resources", (json_int_t)0);
	json_object_set_new(row, "attendee", json_string(""));
	json_object_set_new(row, "lab", json_string("class"));
	json_object_set_new(row, "detail", json_string(text ? text : ""));
	free(text);
	json_object_set_new(row, "quotas", l->headroom ? json_deep_copy(l->headroom) : json_array());
	static const char *const changes[] = { "new", "changed", "unchanged" };
	for (int k = 0; k < 3; k++) {
		json_t *ids = json_array();
		for (size_t i = 0; i < l->n; i++)
			if (l->a[i].change && !strcmp(l->a[i].change, changes[k]))
				json_array_append_new(ids, json_string(l->a[i].id));
		json_object_set_new(row, changes[k], ids);
	}
	return row;
}

static int lab_plan(struct lab *l)
{
	/* What lab up would refuse is said, and the plans shown all the same. */
	int quota = lab_check_quotas(l);
	bool *have = existing_workspaces(l);
	if (!have)
		return 1;
	for (size_t i = 0; i < l->n; i++)
		if (!have[i])
			l->a[i].state_arg = xasprintf("-state=%s/%s.no-state.json", l->dir,
						      l->a[i].id);
	if (!l->quiet)
		ui_printf(stdout, "Planning %s for %zu attendee(s)%s, %d at a time (logs in %s/):\n",
			  l->stack->name, l->n, l->slice, l->parallel, l->dir);
	lab_run_all(l, plan_verb, NULL);
	char *same = NULL, *first = NULL;
	const char *first_id = NULL;
	bool differ = false;
	for (size_t i = 0; i < l->n && !differ; i++) {
		struct attendee *a = &l->a[i];
		if (a->outcome != LAB_CHANGES && a->outcome != LAB_DRIFTED)
			continue;
		char *body = plan_body(a);
		if (!body) {
			differ = true;
		} else if (!first) {
			first = body;
			first_id = a->id;
			body = NULL;
		} else {
			struct strbuf masked = STRBUF_INIT;
			differ = !same_plan(first, first_id, body, a->id, same ? NULL : &masked);
			if (!same && !differ)
				same = strbuf_detach(&masked);
			strbuf_release(&masked);
		}
		free(body);
	}
	if (first && !same)
		same = mask_alone(first, first_id);
	free(first);
	/* New (no workspace, or a state holding nothing), changed, unchanged:
	 * what lab up would do to each (lab up's words; a failed plan none). */
	for (size_t i = 0; i < l->n; i++) {
		struct attendee *a = &l->a[i];
		if (a->outcome != LAB_OK && a->outcome != LAB_CHANGES && a->outcome != LAB_DRIFTED)
			continue;
		bool fresh = !have[i];
		if (!fresh) {
			json_t *st = lab_load_state(l, a);
			fresh = st && !json_object_size(json_object_get(st, "resources"));
			json_decref(st);
		}
		a->change = fresh ? "new" : a->outcome == LAB_OK ? "unchanged" : "changed";
	}
	if (!l->quiet) {
		print_word_table(l, "PLAN");
		char *totals = lab_class_totals(l);
		if (totals)
			ui_printf(stdout, "\n%s\n", totals);
		free(totals);
		size_t k;
		json_t *line;
		json_array_foreach(l->headroom, k, line)
			ui_printf(stdout, "%s%s\n", k ? "  " : "Quotas: ",
				  json_string_value(json_object_get(line, "line")));
		if (same && !differ)
			ui_printf(stdout, "\nThe same plan for every attendee with changes (ATTENDEE "
				  "stands for each id):\n\n%s", same);
		else if (same)
			ui_printf(stdout, "\nThe plans differ between attendees: each is in its log, "
				  "%s/ID.log.\n", l->dir);
	}
	free(same);
	if (l->quiet) {
		json_t *list = lab_json(l);
		json_array_append_new(list, plan_class_row(l));
		ui_print_json(stdout, list);
		json_decref(list);
	} else {
		finish(l, "Lab plan: ", NULL);
	}
	struct lab_counts c = lab_count(l);
	free(have);
	return quota || c.n[LAB_FAILED] || c.n[LAB_INTERRUPTED] || c.n[LAB_NOT_STARTED] ? 1 : 0;
}

/* `lab output LAB`: the hand-out, one row per attendee with a lab: its
 * non-sensitive outputs and its credentials file; -csv, -json. */
static int lab_output(struct lab *l, bool csv, bool credentials, const char *columns)
{
	bool *have = existing_workspaces(l);
	if (!have)
		return 1;
	for (size_t i = 0; i < l->n; i++) {
		l->a[i].outcome = have[i] ? LAB_OK : LAB_SKIPPED;
		l->a[i].summary = xstrdup(have[i] ? "" : "no workspace: lab up first");
	}
	struct lab_outputs outputs = { 0 };
	l->csv = csv;
	l->merge_credentials = credentials;
	l->columns = columns;
	int rc = lab_gather_outputs(l, false, &outputs);
	if (l->quiet) {
		json_t *list = lab_json(l);
		lab_json_outputs(l, &outputs, list);
		ui_print_json(stdout, list);
		json_decref(list);
	} else {
		rc = lab_print_outputs(l, &outputs, false, csv) || rc;
	}
	lab_outputs_release(&outputs, l->n);
	free(have);
	return rc ? 1 : 0;
}

static char *lab_dir(const char *stack_path)
{
	struct stat st;
	bool is_dir = stat(stack_path, &st) == 0 && S_ISDIR(st.st_mode);
	char *base;
	if (is_dir) {
		base = xstrdup(stack_path);
	} else {
		const char *slash = strrchr(stack_path, '/');
		base = slash ? xstrndup(stack_path, (size_t)(slash - stack_path)) : xstrdup(".");
	}
	char *dir = xasprintf("%s/.terrace/lab", base);
	char *terrace_dir = xasprintf("%s/.terrace", base);
	free(base);
	if ((mkdir(terrace_dir, 0755) < 0 && errno != EEXIST) ||
	    (mkdir(dir, 0700) < 0 && errno != EEXIST)) {
		ui_error("%s: cannot create: %s", dir, strerror(errno));
		free(dir);
		dir = NULL;
	}
	free(terrace_dir);
	return dir;
}

int cmd_lab(int argc, char **argv)
{
	struct cli_setup o;
	const char *attendees = NULL, *shard = NULL, *columns = NULL;
	int parallelism = 0; /* not given */
	bool auto_approve = false, dry_run = false, csv = false, leavers = false;
	bool credentials = false;
	struct cli_list run_args = { 0 };
	const char *payload = NULL, *timeout = NULL, *cluster = NULL, *subnets = NULL;
	const char *groups = NULL, *queue = NULL, *role = NULL, *entry = NULL;
	const struct cli_option options[] = {
		OPT_STRING("attendees", "FILE", "the attendee list (CSV with an id column, or YAML)",
			   &attendees),
		OPT_INT("parallelism", "N", "run up to N attendees' labs at once (default: the lab: "
			"block's parallel, else 8)", &parallelism),
		OPT_LIST("arg", "KEY=VALUE", "lab run: an argument of each run (terrace run -arg; "
			 "repeatable)", &run_args),
		OPT_STRING("payload", "JSON|@FILE", "lab run: each run's input (terrace run -payload)",
			   &payload),
		OPT_STRING("timeout", "DURATION", "lab run: stop a run that takes longer (terrace run "
			   "-timeout)", &timeout),
		OPT_STRING("cluster", "NAME", "lab run: an ECS task's cluster (terrace run -cluster; "
			   "unset: each lab's own cluster)", &cluster),
		OPT_STRING("subnets", "ID,ID", "lab run: an awsvpc task's subnets (terrace run "
			   "-subnets)", &subnets),
		OPT_STRING("security-groups", "ID,ID", "lab run: an awsvpc task's security groups "
			   "(terrace run -security-groups)", &groups),
		OPT_STRING("queue", "NAME", "lab run: a Batch job's queue (terrace run -queue; unset: "
			   "each lab's own queue)", &queue),
		OPT_STRING("role", "ARN", "lab run: an EMR Serverless job run's role (terrace run "
			   "-role; unset: each lab's own)", &role),
		OPT_STRING("entry-point", "S3URI", "lab run: an EMR Serverless Spark job's script "
			   "(terrace run -entry-point; unset: each lab's own)", &entry),
		OPT_BOOL("auto-approve", "lab down: destroy without asking (needed without a "
			 "terminal)", &auto_approve),
		OPT_BOOL("dry-run", "lab down: list what it would destroy, destroy nothing", &dry_run),
		OPT_BOOL("leavers", "lab down: tear down only the workspaces not on the attendee "
			 "list", &leavers),
		OPT_BOOL("csv", "lab output: as CSV (id, each output, credentials)", &csv),
		OPT_BOOL("credentials", "lab output -csv|-json: each credentials file's values "
			 "(passwords, keys: in clear) in the hand-out", &credentials),
		OPT_STRING("columns", "LIST", "lab output: these columns of the hand-out alone, in "
			   "this order, comma-separated (id, the list's own columns, each output, "
			   "credentials)", &columns),
		OPT_STRING("shard", "K/N", "only the K-th of N slices of the attendee list (attendee i, "
			   "from 0, is in slice i mod N + 1): N runners share a class", &shard),
		OPT_SETUP(SETUP_VARS | SETUP_BACKEND_CONFIG | SETUP_JSON | SETUP_NO_COLOR),
		OPT_END(),
	};
	enum cli_parsed parsed = cli_parse(&lab_cmd, options, argc, argv, &o);
	if (parsed != CLI_RUN) {
		cli_list_release(&run_args);
		return CLI_EXIT_CODE(parsed);
	}
	/* What lab run hands on to each terrace run. */
	struct cli_list run_options = { 0 };
	for (size_t i = 0; i < run_args.n; i++) {
		run_options.items = xrealloc(run_options.items,
					     (run_options.n + 1) * sizeof(*run_options.items));
		run_options.items[run_options.n++] = xasprintf("-arg=%s", run_args.items[i]);
	}
	const char *given[][2] = { { "payload", payload }, { "timeout", timeout },
				   { "cluster", cluster }, { "subnets", subnets },
				   { "security-groups", groups }, { "queue", queue },
				   { "role", role }, { "entry-point", entry } };
	for (size_t i = 0; i < sizeof(given) / sizeof(*given); i++) {
		if (!given[i][1])
			continue;
		run_options.items = xrealloc(run_options.items,
					     (run_options.n + 1) * sizeof(*run_options.items));
		run_options.items[run_options.n++] = xasprintf("-%s=%s", given[i][0], given[i][1]);
	}
	int code = 1;
	struct lab l = { .slice = xstrdup(""), .first_slice = true };
	struct diags d = DIAGS_INIT;
	const char *sub = o.n_positional ? o.positional[0] : "";
	bool up = !strcmp(sub, "up"), down = !strcmp(sub, "down"), status = !strcmp(sub, "status");
	bool run = !strcmp(sub, "run"), output = !strcmp(sub, "output"), plan = !strcmp(sub, "plan");
	if ((!up && !down && !status && !run && !output && !plan) ||
	    o.n_positional != (run ? 3 : 2)) {
		ui_error("usage: terrace lab plan|up|status|down|output LAB -attendees FILE, or "
			 "terrace lab run LAB ADDRESS -attendees FILE");
		goto out;
	}
	if (!attendees) {
		ui_error("lab %s: -attendees FILE is required (CSV with an id column, or YAML)", sub);
		goto out;
	}
	if (env_requested(&o)) {
		/* Each attendee's lab is a workspace of its own, which an
		 * environment's state would stand in for. */
		ui_error("lab %s: TERRACE_ENV is set (\"%s\"): a lab keeps one workspace per attendee, "
			 "not an environment's state; unset it", sub, env_requested(&o));
		goto out;
	}
	l.o = &o;
	l.path = o.positional[1];
	const char **var_files = cli_var_files(&o);
	int loaded = stack_load_except(l.path, var_files, &l.stack, &d);
	free(var_files);
	if (loaded) {
		ui_diags(&d);
		goto out;
	}
	const json_t *var = json_object_get(l.stack->lab, "attendee_variable");
	l.attendee_var = json_is_string(var) ? json_string_value(var) : "attendee";
	if (!stack_find_variable(l.stack, l.attendee_var)) {
		ui_error("lab: the stack has no variable \"%s\" to give each attendee's id (set "
			 "lab: {attendee_variable: NAME} to use another)", l.attendee_var);
		goto out;
	}
	if (lab_read_attendees(&l, attendees))
		goto out;
	if (!l.n) {
		ui_error("%s: no attendees", attendees);
		goto out;
	}
	if (shard && lab_take_shard(&l, shard))
		goto out;
	if (!l.n) {
		/* More runners than attendees: this one has nothing to do. */
		if (o.json)
			ui_printf(stdout, "[]\n");
		else
			ui_printf(stdout, "Lab %s: no attendee is in this slice%s.\n", sub, l.slice);
		code = 0;
		goto out;
	}
	const json_t *par = json_object_get(l.stack->lab, "parallel");
	l.parallel = json_is_integer(par) ? (int)json_integer_value(par) : 8;
	if (parallelism)
		l.parallel = parallelism; /* given on the command line wins */
	if (l.parallel < 1)
		l.parallel = 1;
	l.tty = isatty(STDOUT_FILENO) && !ui_in_ci();
	l.auto_approve = auto_approve;
	l.dry_run = dry_run;
	l.leavers = leavers;
	if ((auto_approve || dry_run || leavers) && !down) {
		ui_error("lab %s: -auto-approve, -dry-run and -leavers are for lab down", sub);
		goto out;
	}
	l.quiet = o.json;
	if (!(l.dir = lab_dir(l.path)))
		goto out;
	if (!run && (run_options.n)) {
		ui_error("lab %s: -arg, -payload and -timeout are for lab run", sub);
		goto out;
	}
	if (csv && (!output || o.json)) {
		ui_error("lab %s: -csv is for lab output, without -json", sub);
		goto out;
	}
	if (credentials && (!output || (!csv && !o.json))) {
		ui_error("lab %s: -credentials is for lab output -csv or -json: a hand-out to send, "
			 "not a screen to show passwords on", sub);
		goto out;
	}
	l.verb = up ? LAB_UP : down ? LAB_DOWN : run ? LAB_RUN : output ? LAB_OUTPUT
	       : plan ? LAB_PLAN : LAB_STATUS;
	code = output ? lab_output(&l, csv, credentials, columns) : plan ? lab_plan(&l) : up ? lab_up(&l) : down ? lab_down(&l, attendees)
	     : run ? lab_run(&l, o.positional[2], cli_list_terminated(&run_options))
		   : lab_status(&l);
out:
	for (size_t i = 0; i < run_options.n; i++)
		free((char *)run_options.items[i]);
	free(run_options.items);
	cli_list_release(&run_args);
	lab_attendees_free(&l);
	child_pool_release(&l.pool);
	free(l.slice);
	free(l.stop_reason);
	free(l.silent);
	json_decref(l.unclaimed);
	json_decref(l.not_listed);
	json_decref(l.headroom);
	free(l.dir);
	stack_free(l.stack);
	diags_free(&d);
	cli_setup_release(&o);
	return code;
}

