/*
 * run.c: `terrace run ADDRESS`: start what the state says is deployed at
 * ADDRESS (a Glue job, crawler or trigger, a state machine, a function, a
 * query, a container's task or job, a Spark job run, a host's command) and follow it to its end through its type's
 * runner (provider.h, struct resource_runner), or run the targets of a
 * schedule or rule the same way: the options, the pacing of the looks (1 s rising to
 * 10 s), interrupts (the first stops the remote run and waits until it has
 * stopped, a second leaves it running), -timeout, and the output: a live
 * status line on a terminal, plain lines when piped, one JSON object per
 * event with -json (docs/run-and-develop.md). Also what `terrace logs`
 * (cmd/logs.c) shares with it: finding ADDRESS's deployed object and its
 * client, and printing events. run never writes the state and takes no
 * lock.
 *
 * Exit codes: 0 the run succeeded; 1 it failed, timed out or was stopped;
 * 2 usage or setup errors (RUN_EXIT_SETUP).
 */
#include "cmd/cli.h"
#include "provider/base/input_file.h"
#include "plan/state.h"
#include "provider/base/clock.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static const struct cli_command run_cmd = {
	"run", "terrace run [options] ADDRESS",
	"Start what is deployed at ADDRESS (a Glue job, crawler or trigger, a state machine, a\n"
	"Lambda function, an Athena named query, an ECS task definition on -cluster, a Batch\n"
	"job definition on -queue, a Spark job on an EMR Serverless application, an\n"
	"ssh.command or ssh.cron; a schedule or an event rule runs its targets) and follow it\n"
	"to its end: its log lines as they come, its states, its output. Exit 0 when it\n"
	"succeeded, 1 when it failed, timed out or was stopped (an ECS task or Batch job that\n"
	"failed: its container's exit code), 2 on usage or setup errors. The first interrupt\n"
	"stops the run and waits until it has stopped; a second leaves it running. The state\n"
	"is only read.",
	1,
};

/* ---- what run and logs share ---- */

static int by_name(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Every resource type with a runner (logs: and a log reader), "a, b and
 * c" in name order (sb). */
static void runnable_types(struct strbuf *sb, bool logs)
{
	const char *names[256];
	size_t n = 0;
	for (const struct provider_type *const *pt = provider_types_all(); *pt; pt++)
		for (const struct resource_type *const *rt = (*pt)->resources; *rt; rt++)
			if ((*rt)->run && (!logs || (*rt)->run->logs_open) &&
			    n < sizeof(names) / sizeof(*names))
				names[n++] = (*rt)->name;
	qsort(names, n, sizeof(*names), by_name);
	for (size_t i = 0; i < n; i++)
		strbuf_addf(sb, "%s%s", i == 0 ? "" : i + 1 == n ? " and " : ", ", names[i]);
}

/* ADDRESS of the stack (in_stack, may be NULL) and the state (entry, may be
 * NULL) is deployed and of a type that runs (for_logs: has logs): its
 * type in *rt; else -1 after printing why. */
static int check_entry(const char *address, const json_t *entry, const json_t *in_stack,
		       bool for_logs, const struct resource_type **rt)
{
	const char *type = json_string_value(json_object_get(entry ? entry : in_stack, "type"));
	if (!entry && !in_stack) {
		ui_error("%s: no resource %s in the stack or the state", address, address);
		return -1;
	}
	const struct provider_type *pt = NULL;
	*rt = type ? resource_type_find(type, &pt) : NULL;
	if (!*rt || !(*rt)->run || (for_logs && !(*rt)->run->logs_open)) {
		struct strbuf list = STRBUF_INIT;
		runnable_types(&list, for_logs);
		ui_error("%s: a resource of type %s %s; those of %s can", address,
			 type ? type : "(unknown)", for_logs ? "has no logs terrace reads"
							     : "cannot be run", list.buf);
		strbuf_release(&list);
		return -1;
	}
	const char *status = json_string_value(json_object_get(entry, "status"));
	if (!entry || !json_string_value(json_object_get(entry, "id")) ||
	    (status && strcmp(status, "created"))) {
		ui_error("%s: not deployed: apply first", address);
		return -1;
	}
	return 0;
}

/* t's run started: make ADDRESS (checked) its target, with the client of
 * its provider. -1 after printing why. */
static int use_entry(struct run_target *t, const char *address, const json_t *entry,
		     const struct resource_type *rt)
{
	struct strbuf err = STRBUF_INIT;
	const char *type = json_string_value(json_object_get(entry, "type"));
	const char *dot = strchr(type, '.');
	char *ptype = xstrndup(type, dot ? (size_t)(dot - type) : strlen(type));
	const char *provider = json_string_value(json_object_get(entry, "provider"));
	struct provider_conn *conn = run_conn(&t->cx.run, provider ? provider : ptype, ptype,
					      NULL, &err);
	if (!conn)
		ui_error("%s: provider %s: %s", address, provider ? provider : ptype, err.buf);
	free(ptype);
	strbuf_release(&err);
	if (!conn)
		return -1;
	t->address = address;
	t->entry = entry;
	t->rt = rt;
	t->id = json_string_value(json_object_get(entry, "id"));
	t->client = conn->client;
	return 0;
}

int run_target_open(struct run_target *t, const struct cli_setup *o, const char *address,
		    bool for_logs)
{
	struct diags d = DIAGS_INIT;
	struct strbuf err = STRBUF_INIT;
	int code = RUN_EXIT_SETUP;
	memset(t, 0, sizeof(*t));
	if (ctx_load_stack_vars(&t->cx, o, NULL, &d))
		goto out;
	/* The state is read, never locked nor written. */
	struct cli_setup unlocked = *o;
	unlocked.lock = false;
	if (ctx_open_state(&t->cx, &unlocked, "run", o->stack_path ? o->stack_path : "."))
		goto out;
	json_t *state = NULL;
	if (t->cx.backend->ops->load(t->cx.backend, &state, &err)) {
		ui_error("%s", err.buf);
		goto out;
	}
	/* The provider's configuration gets the deployment's function results. */
	if (ctx_match_state(&t->cx, o, state, &d)) {
		json_decref(state);
		goto out;
	}
	const json_t *entry = json_object_get(json_object_get(state, "resources"), address);
	const struct resource_type *rt = NULL;
	if (check_entry(address, entry, json_object_get(json_object_get(t->cx.snapshot,
									 "resources"), address),
			for_logs, &rt)) {
		json_decref(state);
		goto out;
	}
	/* The run configures ADDRESS's provider alone: it starts with a
	 * snapshot and a state that hold nothing else (run_init configures
	 * the provider of every resource it sees), then works with the whole
	 * of both (the provider's configuration may use other resources). */
	json_t *one_resource = json_object();
	json_object_set(one_resource, address, (json_t *)entry);
	json_t *small_snapshot = json_copy(t->cx.snapshot);
	json_t *small_state = json_copy(state);
	json_object_set_new(small_snapshot, "resources", json_object());
	json_object_set_new(small_state, "resources", one_resource);
	int rc = run_init(&t->cx.run, small_snapshot, small_state, NULL, 1, NULL, &d);
	t->cx.run_ready = true;
	t->cx.run.snapshot = t->cx.snapshot;
	json_decref(t->cx.run.state);
	t->cx.run.state = state;
	json_decref(small_snapshot);
	if (rc || use_entry(t, address, entry, rt))
		goto out;
	code = 0;
out:
	if (ui_diags(&d) && !code)
		code = RUN_EXIT_SETUP;
	diags_free(&d);
	strbuf_release(&err);
	return code;
}

/* The resource of t's state whose ARN (or id) is arn, made t's target: 0,
 * or -1 after printing why. */
static int run_target_by_arn(struct run_target *t, const char *from, const char *arn)
{
	const char *address;
	json_t *entry;
	json_object_foreach(json_object_get(t->cx.run.state, "resources"), address, entry) {
		const json_t *attrs = json_object_get(entry, "attributes");
		const char *its = json_string_value(json_object_get(attrs, "arn"));
		const char *id = json_string_value(json_object_get(entry, "id"));
		if ((its && !strcmp(its, arn)) || (id && !strcmp(id, arn))) {
			const struct resource_type *rt = NULL;
			if (check_entry(address, entry, NULL, false, &rt))
				return -1;
			if (rt->run->targets) {
				ui_error("%s: its target %s starts others in turn: run it yourself",
					 from, address);
				return -1;
			}
			return use_entry(t, address, entry, rt);
		}
	}
	ui_error("%s: its target %s is no resource of this stack's state: terrace runs the "
		 "targets it deployed", from, arn);
	return -1;
}

void run_target_close(struct run_target *t)
{
	ctx_release(&t->cx);
}

/* The stack's changes for ADDRESS that apply has not made: a plan of it
 * alone without refresh. A note, never an error: the run uses what is
 * deployed. */
static void note_pending(struct run_target *t, struct run_printer *p)
{
	const char *targets[] = { t->address, NULL };
	struct plan_options opt = { .refresh = false, .targets = targets };
	struct plan *plan = NULL;
	struct diags d = DIAGS_INIT;
	if (plan_make(&t->cx.run, &opt, &plan, &d) == 0 && plan) {
		for (size_t i = 0; i < plan->n_changes; i++) {
			const struct planned_change *c = &plan->changes[i];
			if (strcmp(c->name, t->address) || c->action == ACTION_NOOP)
				continue;
			struct strbuf msg = STRBUF_INIT;
			strbuf_addf(&msg, "%s has changes not applied yet (%s", t->address,
				    plan_action_name(c->action));
			size_t k;
			json_t *a;
			json_array_foreach(c->changed, k, a)
				strbuf_addf(&msg, "%s%s", k ? ", " : ": ", json_string_value(a));
			strbuf_addstr(&msg, "); this run uses what is deployed");
			json_t *ev = run_event_new("note");
			json_object_set_new(ev, "message", json_string(msg.buf));
			run_print_event(p, ev);
			strbuf_release(&msg);
		}
	}
	if (plan)
		plan_free(plan);
	diags_free(&d);
}

/* ---- printing events ---- */

static void clear_status(struct run_printer *p)
{
	if (p->status_shown) {
		fputs("\r\033[K", stderr);
		p->status_shown = false;
	}
}

static void live_status(struct run_printer *p)
{
	if (!p->live || !p->state)
		return;
	double elapsed = monotonic_seconds() - p->started;
	fprintf(stderr, "\r\033[K%s: %s, %dm%02ds elapsed", p->address, p->state,
		(int)elapsed / 60, (int)elapsed % 60);
	fflush(stderr);
	p->status_shown = true;
}

static void print_time(json_t *ev)
{
	struct timespec ts;
	clock_gettime(CLOCK_REALTIME, &ts);
	struct tm tm;
	gmtime_r(&ts.tv_sec, &tm);
	char buf[40];
	size_t n = strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%S", &tm);
	snprintf(buf + n, sizeof(buf) - n, ".%03ldZ", ts.tv_nsec / 1000000);
	json_object_set_new(ev, "time", json_string(buf));
}

void run_print_event(struct run_printer *p, json_t *ev)
{
	const char *type = json_string_value(json_object_get(ev, "type"));
	if (!strcmp(type, "detail")) {
		json_object_set(p->details, json_string_value(json_object_get(ev, "name")),
				json_object_get(ev, "value"));
	}
	if (!strcmp(type, "state")) {
		free(p->state);
		p->state = xstrdup(json_string_value(json_object_get(ev, "state")));
	}
	if (p->json) {
		print_time(ev);
		char *text = json_dumps(ev, JSON_COMPACT | JSON_ENSURE_ASCII | JSON_SORT_KEYS);
		ui_printf(stdout, "%s\n", text);
		fflush(stdout);
		free(text);
		json_decref(ev);
		return;
	}
	clear_status(p);
	if (!strcmp(type, "log")) {
		const char *stream = json_string_value(json_object_get(ev, "stream"));
		/* stdout holds the run's own output: its lines, its result;
		 * error streams and a function's log tail go beside the status. */
		bool to_err = stream && (!strcmp(stream, "error") || !strcmp(stream, "stderr") ||
					 !strcmp(stream, "tail"));
		ui_printf(to_err ? stderr : stdout, "%s\n",
			  json_string_value(json_object_get(ev, "message")));
		fflush(to_err ? stderr : stdout);
	} else if (!strcmp(type, "state")) {
		if (!p->live)
			ui_printf(stderr, "%s: %s\n", p->address, p->state);
	} else if (!strcmp(type, "step")) {
		const char *status = json_string_value(json_object_get(ev, "status"));
		const json_t *dur = json_object_get(ev, "duration");
		if (dur)
			ui_printf(stderr, "  %s %s in %.1f s\n", json_string_value(
					  json_object_get(ev, "name")), status, json_number_value(dur));
		else
			ui_printf(stderr, "  %s %s\n", json_string_value(json_object_get(ev, "name")),
				  status);
	} else if (!strcmp(type, "output")) {
		const json_t *out = json_object_get(ev, "output");
		if (json_is_string(out)) {
			ui_printf(stdout, "%s\n", json_string_value(out));
		} else {
			char *text = json_dumps(out, JSON_ENCODE_ANY | JSON_INDENT(2));
			ui_printf(stdout, "%s\n", text);
			free(text);
		}
		fflush(stdout);
	} else if (!strcmp(type, "columns") || !strcmp(type, "row")) {
		/* A query's result, a line a row, the values between " | ". */
		const json_t *values = json_object_get(ev, type[0] == 'c' ? "names" : "values");
		struct strbuf line = STRBUF_INIT;
		size_t i;
		json_t *v;
		json_array_foreach(values, i, v)
			strbuf_addf(&line, "%s%s", i ? " | " : "",
				    json_is_string(v) ? json_string_value(v) : "NULL");
		if (json_array_size(values) || type[0] == 'r')
			ui_printf(stdout, "%s\n", line.buf);
		strbuf_release(&line);
		fflush(stdout);
	} else if (!strcmp(type, "note") || !strcmp(type, "stopping")) {
		ui_printf(stderr, "%s\n", json_string_value(json_object_get(ev, "message")));
	} else if (!strcmp(type, "started")) {
		ui_printf(stderr, "%s: started %s\n", p->address,
			  json_string_value(json_object_get(ev, "run_id")));
	}
	live_status(p);
	json_decref(ev);
}

static void sink_event(void *ctx, json_t *ev)
{
	run_print_event(ctx, ev);
}

void run_printer_init(struct run_printer *p, const char *address, bool json)
{
	memset(p, 0, sizeof(*p));
	p->address = address;
	p->json = json;
	p->live = !json && isatty(STDERR_FILENO) && ui_color();
	p->started = monotonic_seconds();
	p->details = json_object();
	p->sink.ctx = p;
	p->sink.event = sink_event;
}

void run_printer_release(struct run_printer *p)
{
	clear_status(p);
	free(p->state);
	json_decref(p->details);
}

/* ---- interrupts ---- */

static volatile sig_atomic_t interrupts;
static char second_interrupt_message[512];

static void on_interrupt(int sig)
{
	(void)sig;
	if (++interrupts < 2)
		return;
	size_t n = strlen(second_interrupt_message);
	if (write(STDERR_FILENO, second_interrupt_message, n) < 0) {
		/* nothing more to do */
	}
	_exit(1);
}

void run_catch_interrupts(const char *second_message)
{
	snprintf(second_interrupt_message, sizeof(second_interrupt_message), "%s", second_message);
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_interrupt;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
}

bool run_interrupted(void)
{
	return interrupts > 0;
}

bool run_pause(double seconds)
{
	double until = monotonic_seconds() + seconds;
	unsigned seen = (unsigned)interrupts;
	while (monotonic_seconds() < until && (unsigned)interrupts == seen) {
		struct timespec ts = { 0, 100 * 1000 * 1000 };
		nanosleep(&ts, NULL);
	}
	return (unsigned)interrupts != seen;
}

/* ---- the command ---- */

static const char *outcome_word(enum run_outcome o)
{
	switch (o) {
	case RUN_SUCCEEDED: return "succeeded";
	case RUN_FAILED: return "failed";
	case RUN_STOPPED: return "stopped";
	case RUN_TIMED_OUT: return "timed_out";
	case RUN_GOING: break;
	}
	return "running";
}

/* -arg KEY=VALUE... as an object; -1 after printing the error. */
static int parse_args(const struct cli_list *list, json_t *args)
{
	for (size_t i = 0; i < list->n; i++) {
		const char *eq = strchr(list->items[i], '=');
		if (!eq || eq == list->items[i]) {
			ui_error("-arg \"%s\": write KEY=VALUE, as in -arg day=2024-01-31",
				 list->items[i]);
			return -1;
		}
		char *key = xstrndup(list->items[i], (size_t)(eq - list->items[i]));
		json_object_set_new(args, key, json_string(eq + 1));
		free(key);
	}
	return 0;
}

/* -payload JSON or @FILE: the JSON text (a new string); NULL after printing. */
static char *read_payload(const char *arg)
{
	struct strbuf sb = STRBUF_INIT;
	if (arg[0] == '@') {
		const char *why;
		if (input_file_read(arg + 1, &sb, &why)) {
			ui_error("-payload %s: cannot read %s: %s", arg, arg + 1, why);
			strbuf_release(&sb);
			return NULL;
		}
	} else {
		strbuf_addstr(&sb, arg);
	}
	json_error_t je;
	json_t *v = json_loads(sb.buf, JSON_DECODE_ANY, &je);
	if (!v) {
		ui_error("-payload%s%s: not JSON: line %d, column %d: %s", arg[0] == '@' ? " " : "",
			 arg[0] == '@' ? arg : "", je.line, je.column, je.text);
		strbuf_release(&sb);
		return NULL;
	}
	json_decref(v);
	return strbuf_detach(&sb);
}

static int follow(struct run_target *t, const struct resource_runner *rn, void *handle,
		  const char *run_id, double timeout, struct run_printer *p)
{
	double delay = 1;
	bool stopping = false, timed_out = false;
	int failures = 0;
	enum run_outcome outcome = RUN_GOING;
	struct strbuf message = STRBUF_INIT, err = STRBUF_INIT;
	for (;;) {
		if (!stopping && (run_interrupted() ||
				  (timeout > 0 && monotonic_seconds() - p->started >= timeout))) {
			timed_out = !run_interrupted();
			json_t *ev = run_event_new("stopping");
			json_object_set_new(ev, "message", json_string(timed_out
				? "Timed out: stopping the run and waiting until it has stopped."
				: "Interrupt received: stopping the run and waiting until it has "
				  "stopped. Interrupt again to leave it running and quit."));
			run_print_event(p, ev);
			strbuf_reset(&err);
			if (rn->stop(handle, &err))
				ui_warn("%s: stopping %s: %s", t->address, run_id, err.buf);
			else
				stopping = true;
			delay = 1;
		}
		strbuf_reset(&message);
		strbuf_reset(&err);
		if (rn->poll(handle, &p->sink, &outcome, &message, &err)) {
			clear_status(p);
			ui_warn("%s: %s", t->address, err.buf);
			if (++failures >= 5) {
				ui_error("%s: giving up following %s after 5 failed looks: the run may "
					 "go on", t->address, run_id);
				outcome = RUN_FAILED;
				strbuf_reset(&message);
				break;
			}
		} else {
			failures = 0;
		}
		if (outcome != RUN_GOING)
			break;
		if (!rn->poll_waits) {
			/* A second at a time: the live line's elapsed time moves. */
			for (double waited = 0; waited < delay; waited += 1) {
				if (run_pause(delay - waited < 1 ? delay - waited : 1))
					break;
				live_status(p);
			}
			delay = delay * 1.5 > 10 ? 10 : delay * 1.5;
		} else if (stopping) {
			run_pause(0.2);
		}
	}
	if (timed_out && outcome == RUN_STOPPED)
		outcome = RUN_TIMED_OUT;
	double duration = monotonic_seconds() - p->started;
	json_t *ev = run_event_new("finished");
	json_object_set_new(ev, "outcome", json_string(outcome_word(outcome)));
	json_object_set_new(ev, "run_id", json_string(run_id));
	if (p->state)
		json_object_set_new(ev, "state", json_string(p->state));
	json_object_set_new(ev, "duration", json_real(duration));
	if (json_object_size(p->details))
		json_object_set(ev, "details", p->details);
	if (outcome != RUN_SUCCEEDED && message.len)
		json_object_set_new(ev, "error", json_string(message.buf));
	if (p->json) {
		run_print_event(p, ev);
	} else {
		clear_status(p);
		struct strbuf line = STRBUF_INIT;
		strbuf_addf(&line, "%s: %s %s in %.0f s", t->address, run_id,
			    p->state ? p->state : outcome_word(outcome), duration);
		const json_t *exec = json_object_get(p->details, "execution_seconds");
		const json_t *dpu = json_object_get(p->details, "dpu_seconds");
		if (exec)
			strbuf_addf(&line, ", execution time %.0f s", json_number_value(exec));
		if (dpu)
			strbuf_addf(&line, ", %.2f DPU-seconds", json_number_value(dpu));
		if (outcome == RUN_SUCCEEDED)
			ui_printf(stderr, "%s\n", line.buf);
		else if (outcome == RUN_TIMED_OUT)
			ui_error("%s: timed out and stopped%s%s", line.buf, message.len ? ": " : "",
				 message.buf);
		else
			ui_error("%s%s%s", line.buf, message.len ? ": " : "", message.buf);
		strbuf_release(&line);
		json_decref(ev);
	}
	strbuf_release(&message);
	strbuf_release(&err);
	/* A run that failed on its own and says its exit code (an ECS task's
	 * container) exits with it; one stopped or timed out exits 1. */
	const json_t *exit_code = json_object_get(p->details, "exit_code");
	if (outcome == RUN_FAILED && json_is_integer(exit_code) &&
	    json_integer_value(exit_code) > 0 && json_integer_value(exit_code) < 256)
		return (int)json_integer_value(exit_code);
	return outcome == RUN_SUCCEEDED ? 0 : 1;
}

/* When the run being started is timed out (-timeout; 0: never): monotonic
 * seconds, as monotonic_seconds. */
static double give_up_at;

/* For a start that waits for the run's end (struct run_request.give_up). */
static bool run_give_up(void)
{
	return run_interrupted() || (give_up_at > 0 && monotonic_seconds() >= give_up_at);
}

/* Start t's run and follow it (or, no_wait, print its id): the exit code. */
static int start_and_follow(struct run_target *t, const struct cli_setup *o,
			    const struct run_request *rq, double timeout, struct run_printer *p)
{
	const struct resource_runner *rn = t->rt->run;
	const json_t *attrs = json_object_get(t->entry, "attributes");
	void *handle = NULL;
	char *run_id = NULL;
	struct strbuf err = STRBUF_INIT;
	int code;
	/* Interrupts from here on are the run's: the first stops it. */
	run_catch_interrupts("\nInterrupted again: terrace quits; the run goes on.\n");
	give_up_at = timeout > 0 ? p->started + timeout : 0;
	if (rn->start(t->client, t->id, attrs, rq, &p->sink, &handle, &run_id, &err)) {
		clear_status(p);
		ui_error("%s: %s", t->address, err.buf);
		strbuf_release(&err);
		return 1;
	}
	char second[512];
	snprintf(second, sizeof(second), "\nInterrupted again: terrace quits; the run goes on: "
		 "%s\n", run_id);
	run_catch_interrupts(second);
	json_t *ev = run_event_new("started");
	json_object_set_new(ev, "address", json_string(t->address));
	json_object_set_new(ev, "resource_type", json_string(t->rt->name));
	json_object_set_new(ev, "run_id", json_string(run_id));
	if (rq->no_wait && !o->json) {
		json_decref(ev);
		ui_printf(stdout, "%s\n", run_id);
		code = 0;
	} else {
		run_print_event(p, ev);
		code = rq->no_wait ? 0 : follow(t, rn, handle, run_id, timeout, p);
	}
	rn->release(handle);
	free(run_id);
	strbuf_release(&err);
	return code;
}

/* A resource whose run is its targets' (a schedule): each target run in
 * turn with the input it would get, unless -payload gives another; the
 * worst exit code. */
static int run_targets(struct run_target *t, const struct cli_setup *o,
		       const struct run_request *rq, double timeout, struct run_printer *p)
{
	const char *from = t->address;
	json_t *targets = NULL;
	struct strbuf err = STRBUF_INIT;
	if (t->rt->run->targets(json_object_get(t->entry, "attributes"), &targets, &err)) {
		ui_error("%s: %s", from, err.buf);
		strbuf_release(&err);
		return RUN_EXIT_SETUP;
	}
	strbuf_release(&err);
	int code = json_array_size(targets) ? 0 : RUN_EXIT_SETUP;
	if (code)
		ui_error("%s: it has no target to run", from);
	size_t i;
	json_t *target;
	json_array_foreach(targets, i, target) {
		if (run_target_by_arn(t, from, json_string_value(json_object_get(target, "arn")))) {
			code = RUN_EXIT_SETUP;
			break;
		}
		const char *input = json_string_value(json_object_get(target, "input"));
		struct run_request one = *rq;
		if (!one.payload)
			one.payload = input;
		json_t *ev = run_event_new("note");
		json_object_set_new(ev, "message", json_sprintf("%s runs %s now%s", from, t->address,
			one.payload == input && input ? " with its input" : ""));
		run_print_event(p, ev);
		p->address = t->address;
		int rc = start_and_follow(t, o, &one, timeout, p);
		p->address = from;
		if (rc > code)
			code = rc;
		if (run_interrupted())
			break;
	}
	json_decref(targets);
	return code;
}

/* "a,b,c" as ["a", "b", "c"] (empty parts left out): a new list, or NULL
 * for NULL. */
static json_t *id_list(const char *text)
{
	json_t *list;
	if (!text)
		return NULL;
	list = json_array();
	for (const char *p = text; *p;) {
		size_t n = strcspn(p, ",");
		if (n)
			json_array_append_new(list, json_stringn(p, n));
		p += n + (p[n] == ',');
	}
	return list;
}

static int run_address(const struct cli_setup *o, const char *address, const json_t *args,
		       const char *payload, bool no_wait, double timeout,
		       const struct run_request *where)
{
	struct run_target t;
	int code = run_target_open(&t, o, address, false);
	if (code) {
		run_target_close(&t);
		return code;
	}
	struct run_printer p;
	run_printer_init(&p, address, o->json);
	note_pending(&t, &p);
	struct run_request rq = { .args = args, .payload = payload, .no_wait = no_wait,
				  .cluster = where->cluster, .subnets = where->subnets,
				  .security_groups = where->security_groups,
				  .queue = where->queue, .role = where->role,
				  .entry_point = where->entry_point,
				  .resources = json_object_get(t.cx.run.state, "resources"),
				  .give_up = run_give_up };
	code = t.rt->run->targets ? run_targets(&t, o, &rq, timeout, &p)
				  : start_and_follow(&t, o, &rq, timeout, &p);
	run_printer_release(&p);
	run_target_close(&t);
	return code;
}

/* `run -input '{...}'`: Terraform's -input is a flag (whether to ask
 * questions: -input=false), which run takes too; the run's input is
 * -payload. A JSON text or an @FILE after -input (or as its value) is
 * refused, naming -payload, rather than read as the flag and an ADDRESS. */
static bool input_given_for_payload(int argc, char **argv)
{
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i], *v = NULL;
		if (a[0] != '-')
			continue;
		a += 1 + (a[1] == '-');
		if (!strncmp(a, "input=", 6))
			v = a + 6;
		else if (!strcmp(a, "input") && i + 1 < argc)
			v = argv[i + 1];
		if (v && *v && strchr("{[\"@", *v)) {
			ui_error("run: -input is Terraform's flag for asking for input (-input=false); "
				 "give the run's input with -payload: terrace run ADDRESS -payload "
				 "JSON|@FILE");
			return true;
		}
	}
	return false;
}

int cmd_run(int argc, char **argv)
{
	struct cli_setup o;
	struct cli_list arg_list = { 0 };
	const char *payload_arg = NULL, *timeout_arg = NULL, *cluster_arg = NULL;
	const char *subnets_arg = NULL, *groups_arg = NULL, *queue_arg = NULL, *role_arg = NULL;
	const char *entry_arg = NULL;
	bool no_wait = false;
	const struct cli_option options[] = {
		OPT_SETUP(SETUP_STACK | SETUP_STATE | SETUP_VARS | SETUP_BACKEND_CONFIG |
			  SETUP_INPUT | SETUP_JSON | SETUP_NO_COLOR),
		OPT_LIST("arg", "KEY=VALUE", "an argument of the run (a Glue job's, over its "
			 "default arguments; a Batch job's parameter; a Spark job's --KEY VALUE; "
			 "repeatable)", &arg_list),
		OPT_STRING("payload", "JSON|@FILE", "the run's input: a state machine's execution "
			   "input, a function's event, a Batch job's containerOverrides", &payload_arg),
		OPT_BOOL("no-wait", "start the run, print its id and exit 0", &no_wait),
		OPT_STRING("timeout", "DURATION", "stop the run when it takes longer (e.g. 30m) and "
			   "exit 1", &timeout_arg),
		OPT_STRING("cluster", "NAME", "the ECS cluster a task definition's task runs on",
			   &cluster_arg),
		OPT_STRING("subnets", "ID,ID", "the subnets of an awsvpc task (comma-separated)",
			   &subnets_arg),
		OPT_STRING("security-groups", "ID,ID", "the security groups of an awsvpc task "
			   "(comma-separated)", &groups_arg),
		OPT_STRING("queue", "NAME", "the Batch job queue a job definition's job is submitted to "
			   "(unset: the stack's one job queue)", &queue_arg),
		OPT_STRING("role", "ARN", "an EMR Serverless job run's execution role (unset: the "
			   "stack's one role EMR Serverless may assume)", &role_arg),
		OPT_STRING("entry-point", "S3URI", "an EMR Serverless Spark job's script or jar (unset: "
			   "the stack's one aws.s3.artifact of a .py or .jar)", &entry_arg),
		OPT_END(),
	};
	if (input_given_for_payload(argc, argv))
		return RUN_EXIT_SETUP;
	enum cli_parsed parsed = cli_parse(&run_cmd, options, argc, argv, &o);
	if (parsed != CLI_RUN) {
		cli_list_release(&arg_list);
		return parsed == CLI_HELP_SHOWN ? 0 : RUN_EXIT_SETUP;
	}
	int code = RUN_EXIT_SETUP;
	json_t *args = json_object(), *subnets = NULL, *groups = NULL;
	char *payload = NULL;
	double timeout = 0;
	if (o.n_positional != 1 || !*o.positional[0]) {
		ui_error("run: expected one ADDRESS, as in: terrace run nightly_job (see terrace run "
			 "-help)");
		goto out;
	}
	if (parse_args(&arg_list, args))
		goto out;
	if (payload_arg && !(payload = read_payload(payload_arg)))
		goto out;
	if (timeout_arg && (ctx_parse_duration(timeout_arg, &timeout) || timeout <= 0)) {
		ui_error("-timeout: \"%s\" is not a duration (examples: 90s, 30m, 2h)", timeout_arg);
		goto out;
	}
	subnets = id_list(subnets_arg);
	groups = id_list(groups_arg);
	struct run_request where = { .cluster = cluster_arg, .subnets = subnets,
				     .security_groups = groups, .queue = queue_arg, .role = role_arg,
				     .entry_point = entry_arg };
	code = run_address(&o, o.positional[0], args, payload, no_wait, timeout, &where);
out:
	json_decref(subnets);
	json_decref(groups);
	free(payload);
	json_decref(args);
	cli_list_release(&arg_list);
	cli_setup_release(&o);
	return code;
}
