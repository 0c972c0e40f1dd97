/*
 * lab_children.c: the terrace child process each attendee of `terrace lab`
 * runs (cmd/lab.c's subcommands call lab_run_all): its argv (the stack's
 * attendee variable and the list's columns as -var), its start in the
 * attendee's workspace with its output to .terrace/lab/ID.log, what its log
 * says when it ends (the result line, the first error, a plan of zero
 * changes explained), and the stop when the first attendees' endpoint never
 * answers. At most `parallel` run at once.
 */
#include "cmd/lab.h"
#include "plan/eval.h"
#include "plan/state.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* The attendee's variables as -var text (name -> string): the id, then the
 * list's columns; a number as text with the function results the
 * attendee's deployment gets (st, its state's record: plan/state.h), as its
 * stack's "${...}" would write it: a deployment an earlier release or
 * 85f6d4a made keeps 1e+20. */
json_t *lab_attendee_var_texts(struct lab *l, const struct attendee *a, const json_t *st)
{
	json_t *texts = json_object();
	json_object_set_new(texts, l->attendee_var, json_string(a->id));
	const char *k;
	json_t *v;
	json_object_foreach(a->vars, k, v) {
		if (!json_is_number(v)) {
			json_object_set(texts, k, v);
			continue;
		}
		struct strbuf text = STRBUF_INIT;
		expr_stringify_as(v, state_functions(st), &text);
		json_object_set_new(texts, k, json_string(text.buf));
		strbuf_release(&text);
	}
	return texts;
}

/* argv of `terrace VERB... -stack LAB ... -var ATTENDEE_VAR=ID -var K=V...`
 * (attendee_var_texts), the attendee's values last so that they win. */
static char **child_argv(struct lab *l, const struct attendee *a, const char *const *verb)
{
	size_t cap = 17 + 2 * (l->o->vars.n + l->o->var_files.n + l->o->backend_configs.n) +
		     2 * json_object_size(a->vars);
	char **argv = xcalloc(cap, sizeof(*argv));
	size_t n = 0;
	argv[n++] = xstrdup("terrace");
	for (size_t i = 0; verb[i]; i++)
		argv[n++] = xstrdup(verb[i]);
	argv[n++] = xstrdup("-stack");
	argv[n++] = xstrdup(l->path);
	argv[n++] = xstrdup("-input=false");
	argv[n++] = xstrdup("-no-color");
	for (size_t i = 0; i < l->o->var_files.n; i++)
		argv[n++] = xasprintf("-var-file=%s", l->o->var_files.items[i]);
	for (size_t i = 0; i < l->o->backend_configs.n; i++)
		argv[n++] = xasprintf("-backend-config=%s", l->o->backend_configs.items[i]);
	for (size_t i = 0; i < l->o->vars.n; i++)
		argv[n++] = xasprintf("-var=%s", l->o->vars.items[i]);
	json_t *st = NULL;
	bool numbers = false;
	const char *k;
	json_t *v;
	json_object_foreach(a->vars, k, v)
		numbers = numbers || json_is_number(v);
	if (numbers && !(st = lab_load_state(l, a)))
		st = json_object(); /* unreadable: the child says why */
	json_t *texts = lab_attendee_var_texts(l, a, st);
	json_object_foreach(texts, k, v)
		argv[n++] = xasprintf("-var=%s=%s", k, json_string_value(v));
	json_decref(texts);
	json_decref(st);
	if (a->state_arg)
		argv[n++] = xstrdup(a->state_arg);
	return argv;
}

static void free_argv(char **argv)
{
	for (size_t i = 0; argv[i]; i++)
		free(argv[i]);
	free(argv);
}

/* lab status's consistency window (seconds, as TERRACE_AWS_CONSISTENCY_TIMEOUT
 * takes it): a read-after-create miss of an object made this long ago or
 * more is final for a status. */
#define LAB_STATUS_WINDOW "15"

/* Start argv (freed here) for attendee a, its output to a->log; in its
 * workspace (TERRACE_WORKSPACE) when in_workspace. */
int lab_start_process(struct lab *l, struct attendee *a, char **argv, bool in_workspace)
{
	free(a->log);
	a->log = xasprintf("%s/%s.log", l->dir, a->id);
	int fd = child_pool_open_log(a->log);
	if (fd < 0) {
		free_argv(argv);
		return 1;
	}
	/* lab status looks and changes nothing: an object not found more than
	 * LAB_STATUS_WINDOW s after its create is gone, without waiting out the
	 * provider's whole consistency window for it (300 s: plan/refresh.c;
	 * the next lab up's apply still does), unless the instructor set one. */
	const char *window = getenv("TERRACE_AWS_CONSISTENCY_TIMEOUT");
	bool no_wait = l->verb == LAB_STATUS && !(window && *window);
	const struct child_env env[] = {
		{ "TERRACE_WORKSPACE", in_workspace ? a->id : NULL },
		{ "TF_WORKSPACE", NULL }, /* would name another (cmd/workspace_store.c) */
		{ "CI", NULL }, /* -input=false is given; CI would change nothing else */
		{ "TERRACE_AWS_CONSISTENCY_TIMEOUT", LAB_STATUS_WINDOW },
	};
	pid_t pid = child_pool_start(&l->pool, argv, fd, NULL, env,
				     sizeof(env) / sizeof(env[0]) - (no_wait ? 0 : 1));
	free_argv(argv);
	if (pid < 0)
		return 1;
	a->pid = pid;
	a->started = true;
	a->exit_code = -1;
	a->start = time(NULL);
	return 0;
}

static int start_child(struct lab *l, struct attendee *a, const char *const *verb)
{
	if (a->sweep) /* lab down of a lab without a state (cmd/lab_lost.c) */
		return lab_start_process(l, a, lab_sweep_argv(l, a), false);
	return lab_start_process(l, a, child_argv(l, a, verb), true);
}

/* The first line of file starting with one of prefixes (NULL-terminated),
 * or NULL. */
char *lab_find_line(const char *file, const char *const *prefixes)
{
	FILE *f = fopen(file, "r");
	if (!f)
		return NULL;
	char line[1024];
	char *found = NULL;
	while (!found && fgets(line, sizeof(line), f)) {
		line[strcspn(line, "\n")] = '\0';
		for (size_t i = 0; prefixes[i] && !found; i++)
			if (!strncmp(line, prefixes[i], strlen(prefixes[i])))
				found = xstrdup(line);
	}
	fclose(f);
	return found;
}

/* Whether a line of file holds one of needles (NULL-terminated). */
static bool log_has(const char *file, const char *const *needles)
{
	FILE *f = fopen(file, "r");
	if (!f)
		return false;
	char line[1024];
	bool found = false;
	while (!found && fgets(line, sizeof(line), f))
		for (size_t i = 0; needles[i] && !found; i++)
			found = strstr(line, needles[i]) != NULL;
	fclose(f);
	return found;
}

/* What a finished child's log says, in one line: the first error, else the
 * outcome (an apply's log holds its plan's line too: it comes last). */
static char *result_line(const struct attendee *a)
{
	static const char *const results[][2] = {
		{ "Error: ", NULL }, { "Apply complete!", NULL }, { "Destroy complete!", NULL },
		{ "No changes.", NULL }, { "Plan: ", NULL }, { "Sweep complete!", NULL },
		{ "Sweep incomplete:", NULL },
	};
	for (size_t i = 0; i < sizeof(results) / sizeof(results[0]); i++) {
		char *line = lab_find_line(a->log, results[i]);
		if (line)
			return line;
	}
	return lab_last_line(a->log);
}

/* Why attendee a's child failed, never empty: its log's first error line;
 * else how it ended (a signal, an exit code) and its log's last line. */
static char *failure_reason(const struct attendee *a, int status)
{
	static const char *const error[] = { "Error: ", NULL };
	char *line = lab_find_line(a->log, error);
	if (line)
		return line;
	char *last = lab_last_line(a->log);
	char *how = WIFSIGNALED(status)
		    ? xasprintf("killed by signal %d (%s)", WTERMSIG(status), strsignal(WTERMSIG(status)))
		    : xasprintf("exited with code %d", WEXITSTATUS(status));
	char *reason = *last ? xasprintf("%s; its log ends: %s", how, last)
			     : xasprintf("%s before it wrote anything", how);
	free(how);
	free(last);
	return reason;
}

/* How many lines of file hold needle. */
static size_t count_lines(const char *file, const char *needle)
{
	FILE *f = fopen(file, "r");
	char line[1024];
	size_t n = 0;
	while (f && fgets(line, sizeof(line), f))
		n += strstr(line, needle) != NULL;
	if (f)
		fclose(f);
	return n;
}

/* A plan's "Plan: 0 to add, 0 to change, 0 to destroy." beside the word
 * "changes": what does change, in the state only (moves, confirmations:
 * cmd/render.c's words), said after it. */
static char *explain_zero_plan(const struct attendee *a, char *summary)
{
	if (strcmp(summary, "Plan: 0 to add, 0 to change, 0 to destroy."))
		return summary;
	size_t moved = count_lines(a->log, " has moved to ");
	size_t confirmed = count_lines(a->log, "will be recorded as confirmed");
	if (!moved && !confirmed)
		return summary;
	struct strbuf sb = STRBUF_INIT;
	strbuf_addstr(&sb, "Plan: 0 to add, 0 to change, 0 to destroy; in the state only:");
	if (moved)
		strbuf_addf(&sb, " %zu moved (moved:)%s", moved, confirmed ? "," : "");
	if (confirmed)
		strbuf_addf(&sb, " %zu to record as confirmed", confirmed);
	strbuf_addch(&sb, '.');
	free(summary);
	return strbuf_detach(&sb);
}

/* Record how attendee a's child ended (its wait status). */
static void child_ended(struct attendee *a, int status)
{
	a->exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
	a->end = time(NULL);
	if (a->exit_code == 0 || a->exit_code == 2) {
		a->summary = result_line(a);
		if (a->exit_code == 2)
			a->summary = explain_zero_plan(a, a->summary);
		/* A plan with changes: drift when refresh found objects changed
		 * outside terrace (cmd/render.c's words), else the stack's own. */
		static const char *const drift[] = { "changed outside terrace",
						     "deleted outside terrace", NULL };
		a->outcome = a->exit_code == 0 ? LAB_OK : log_has(a->log, drift) ? LAB_DRIFTED
										 : LAB_CHANGES;
		return;
	}
	a->outcome = child_pool_interrupted() ? LAB_INTERRUPTED : LAB_FAILED;
	a->summary = failure_reason(a, status);
}

/* The endpoint (scheme://host:port) a failure says gave no answer (the
 * aws client's "... (METHOD URL): no answer, ..." or "not sent: HOST gave
 * no answer ..."), or NULL for another failure. */
static char *silent_endpoint(const char *reason)
{
	if (!strstr(reason, "no answer"))
		return NULL;
	const char *url = strstr(reason, "://");
	if (!url)
		return NULL;
	const char *start = url;
	while (start > reason && start[-1] != ' ' && start[-1] != '(')
		start--;
	size_t n = (size_t)(url + 3 - start) + strcspn(url + 3, "/ )");
	return xstrndup(start, n);
}

/*
 * A never-answering endpoint costs each attendee the client's whole wait
 * (107 s with the defaults): when the first attendees to end (LAB_STOP_AFTER,
 * none having succeeded yet) all failed for no answer from the same
 * endpoint, the rest do not start; l->stop_reason says why. After the first
 * such failure run_all starts no one until the next ending tells.
 */
#define LAB_STOP_AFTER 2

static void watch_endpoint(struct lab *l, const struct attendee *a)
{
	if (l->stop_reason || l->ended_well)
		return;
	if (a->outcome == LAB_OK || a->outcome == LAB_CHANGES || a->outcome == LAB_DRIFTED) {
		l->ended_well = true;
		return;
	}
	char *endpoint = a->outcome == LAB_FAILED ? silent_endpoint(a->summary) : NULL;
	if (!endpoint || (l->silent && strcmp(endpoint, l->silent))) {
		l->ended_well = true; /* failures of another kind: each its own */
		free(endpoint);
		return;
	}
	free(l->silent);
	l->silent = endpoint;
	if (++l->n_silent >= LAB_STOP_AFTER)
		l->stop_reason = xasprintf("the first %zu attendees got no answer from %s, the rest "
					   "would wait as long: check the endpoint, then run lab "
					   "again", l->n_silent, l->silent);
}

/*
 * Run verb for the attendees with want[i] set (NULL: all; the others are
 * LAB_SKIPPED), `parallel` at a time. Ctrl-C stops new starts: those are
 * LAB_NOT_STARTED. Returns the number that failed or were interrupted.
 */
size_t lab_run_all(struct lab *l, const char *const *verb, const bool *want)
{
	struct child_pool_signals saved;
	child_pool_catch_signals(&saved);
	size_t next = 0;
	l->pool.limit = (size_t)l->parallel;
	for (size_t i = 0; i < l->n; i++)
		l->a[i].outcome = want && !want[i] ? LAB_SKIPPED : LAB_WAITING;
	if (l->tty && !l->quiet)
		lab_draw(l, false);
	for (;;) {
		/* After a first failure for no answer, no new start until another
		 * running attendee ends: it tells whether the endpoint is dead. */
		bool hold = l->n_silent && !l->ended_well && l->pool.running;
		while (!child_pool_interrupted() && !l->stop_reason && !hold &&
		       child_pool_has_room(&l->pool) && next < l->n) {
			struct attendee *a = &l->a[next++];
			if (a->outcome == LAB_SKIPPED)
				continue;
			a->outcome = LAB_RUNNING;
			if (start_child(l, a, verb) != 0) {
				a->outcome = LAB_FAILED;
				a->summary = xstrdup("could not start terrace (see above)");
			}
		}
		if (!l->pool.running)
			break;
		int status;
		pid_t pid = child_pool_wait(&l->pool, -1, &status, l->tty ? WNOHANG : 0);
		if (pid < 0 && errno == EINTR)
			continue;
		if (pid <= 0) {
			struct timespec ts = { 0, 250 * 1000 * 1000 };
			nanosleep(&ts, NULL);
			if (!l->quiet)
				lab_draw(l, true);
			continue;
		}
		for (size_t i = 0; i < l->n; i++) {
			struct attendee *a = &l->a[i];
			if (a->outcome != LAB_RUNNING || a->pid != pid)
				continue;
			child_ended(a, status);
			watch_endpoint(l, a);
			if (l->quiet)
				continue;
			if (l->tty)
				lab_draw(l, true);
			else
				lab_print_done(l, a);
		}
	}
	child_pool_uncatch_signals(&saved);
	if (child_pool_interrupted() && !l->stop_reason)
		l->stop_reason = xstrdup("interrupted (Ctrl-C) before it started");
	size_t not_started = 0, failed = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct attendee *a = &l->a[i];
		if (a->outcome == LAB_WAITING) {
			a->outcome = LAB_NOT_STARTED;
			a->summary = xstrdup(l->stop_reason ? l->stop_reason : "");
			not_started++;
		}
		failed += a->outcome == LAB_FAILED || a->outcome == LAB_INTERRUPTED;
	}
	/* The last board before the error: a line printed below the board
	 * before a redraw would leave its first line (the counts) twice. */
	if (l->tty && !l->quiet)
		lab_draw(l, true);
	if (not_started)
		ui_error("%zu attendee(s) not started: %s", not_started, l->stop_reason);
	return failed;
}
