/*
 * ui.c: every message terrace prints goes through here: colour only on a
 * terminal (and never with -no-color or NO_COLOR), secrets redacted from all
 * text, "Error: " prefixes (the user's and AWS's text in them made safe to
 * print, provider/base/text.h), diagnostics, confirmation prompts (refused
 * with -input=false), warnings (held for the end with -compact-warnings)
 * and the progress lines of apply and destroy; with the machine-readable
 * stream on (-json on plan, apply, destroy), each of these as a JSON line
 * made by the sink cmd/json_ui.c registers (ui_set_stream).
 */
#include "cmd/cli.h"
#include "provider/base/clock.h"
#include "provider/base/log.h"
#include "provider/base/redact.h"
#include "provider/base/text.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

static bool use_color;
static const struct ui_stream_sink *stream; /* the machine-readable UI stream, when on */
static bool input_allowed = true;
static bool compact_warnings;
static char **held_warnings;       /* -compact-warnings: first lines, in order */
static size_t n_held_warnings;
static pthread_mutex_t ui_mu = PTHREAD_MUTEX_INITIALIZER;

static void log_to_stderr(const char *line)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_addf(&sb, "[debug] %s\n", line);
	ui_write(stderr, sb.buf);
	strbuf_release(&sb);
}

/* TERRACE_LOG's levels, Terraform's TF_LOG's names (any case). terrace
 * has one log, debug's: trace (Terraform's most) writes it too; info, warn,
 * error and off (less than debug, where terrace logs nothing) write none;
 * unset or empty, none. Another value is warned of once, with these. */
static const char *const log_levels[] = { "trace", "debug", "info", "warn", "error", "off", NULL };

static void log_from_env(void)
{
	const char *level = getenv("TERRACE_LOG");
	size_t i;

	if (!level || !*level)
		return;
	for (i = 0; log_levels[i] && strcasecmp(level, log_levels[i]); i++)
		;
	if (i <= 1)
		log_set_sink(log_to_stderr);
	else if (!log_levels[i])
		ui_warn("TERRACE_LOG=%s is not a level terrace knows: trace or debug writes the debug "
			"log to stderr (trace is debug: terrace logs nothing finer); info, warn, error "
			"and off write none. No debug log is written.", level);
}

void ui_init(bool no_color)
{
	/* CI logs are not terminals even when a pseudo-terminal says so. */
	use_color = !no_color && isatty(STDOUT_FILENO) && !getenv("NO_COLOR") && !ui_in_ci();
	log_from_env();
}

bool ui_color(void)
{
	return use_color;
}

const char *ui_c(const char *code)
{
	return use_color ? code : "";
}

void ui_set_stream(const struct ui_stream_sink *sink)
{
	stream = sink;
	use_color = false;
}

static void write_redacted(FILE *f, const char *text);

void ui_write_stream(const char *line)
{
	write_redacted(stdout, line);
}

void ui_write(FILE *f, const char *text)
{
	if (stream && f == stdout)
		stream->log(text);
	else
		write_redacted(f, text);
}

static void write_redacted(FILE *f, const char *text)
{
	struct strbuf sb = STRBUF_INIT;
	redact_add_text(&sb, text, strlen(text));
	pthread_mutex_lock(&ui_mu);
	fputs(sb.buf, f);
	pthread_mutex_unlock(&ui_mu);
	fflush(f);
	strbuf_release(&sb);
}

void ui_printf(FILE *f, const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	ui_write(f, sb.buf);
	strbuf_release(&sb);
}

void ui_print_json(FILE *f, const json_t *doc)
{
	char *text = json_dumps(doc, JSON_INDENT(2) | JSON_SORT_KEYS | JSON_ENCODE_ANY);
	ui_printf(f, "%s\n", text ? text : "null");
	free(text);
}

/* "Error: ..." / "Warning: ..." lines on stderr. */
static void ui_vmessage_text(const char *label, const char *color, const char *text);

static void ui_vmessage(const char *label, const char *color, const char *fmt, va_list ap)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_vaddf(&sb, fmt, ap);
	ui_vmessage_text(label, color, sb.buf);
	strbuf_release(&sb);
}

static void ui_vmessage_text(const char *label, const char *color, const char *message)
{
	/* A user's or AWS's text in it shows, never acts (text.h). */
	char *text = text_safe_message(message);
	if (stream) {
		/* The first line the summary, the rest the detail. */
		size_t n = strcspn(text, "\n");
		char *summary = xstrndup(text, n);
		stream->diagnostic(!strcmp(label, "Error"), summary, text[n] ? text + n + 1 : NULL,
				   NULL, 0, 0);
		free(summary);
		free(text);
		return;
	}
	struct strbuf sb = STRBUF_INIT;
	strbuf_addf(&sb, "%s%s:%s %s\n", ui_c(color), label, ui_c("\033[0m"), text);
	ui_write(stderr, sb.buf);
	strbuf_release(&sb);
	free(text);
}

int ui_error(const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	ui_vmessage("Error", "\033[1;31m", fmt, ap);
	va_end(ap);
	return 1;
}

bool ui_in_ci(void)
{
	const char *ci = getenv("CI");
	return ci && *ci && strcasecmp(ci, "false") && strcmp(ci, "0");
}

void ui_set_input(bool allowed)
{
	input_allowed = allowed;
}

/* Print the held warnings, one line each (at exit). */
static void print_held_warnings(void)
{
	if (!n_held_warnings)
		return;
	struct strbuf sb = STRBUF_INIT;
	strbuf_addf(&sb, "%sWarnings:%s\n", ui_c("\033[1;33m"), ui_c("\033[0m"));
	for (size_t i = 0; i < n_held_warnings; i++) {
		strbuf_addf(&sb, "  - %s\n", held_warnings[i]);
		free(held_warnings[i]);
	}
	free(held_warnings);
	held_warnings = NULL;
	n_held_warnings = 0;
	ui_write(stderr, sb.buf);
	strbuf_release(&sb);
}

void ui_set_compact_warnings(bool compact)
{
	if (compact && !compact_warnings)
		atexit(print_held_warnings);
	compact_warnings = compact;
}

/* Hold a warning's first line for the end; false when not compacting. */
static bool hold_warning(const char *text)
{
	if (!compact_warnings || stream)
		return false;
	pthread_mutex_lock(&ui_mu);
	held_warnings = xrealloc(held_warnings, (n_held_warnings + 1) * sizeof(*held_warnings));
	char *first_line = xstrndup(text, strcspn(text, "\n"));
	held_warnings[n_held_warnings++] = text_safe_message(first_line);
	free(first_line);
	pthread_mutex_unlock(&ui_mu);
	return true;
}

void ui_warn(const char *fmt, ...)
{
	va_list ap;
	struct strbuf sb = STRBUF_INIT;
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	if (!hold_warning(sb.buf))
		ui_vmessage_text("Warning", "\033[1;33m", sb.buf);
	strbuf_release(&sb);
}

static bool same_text(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

/* Whether warning i of d says what an earlier one said, at the same place
 * (validate judges a stack once per edition of the function results: one
 * finding, one line). */
static bool repeated_warning(const struct diags *d, size_t i)
{
	const struct diag *dg = &d->items[i];
	for (size_t k = 0; k < i; k++) {
		const struct diag *was = &d->items[k];
		if (was->severity == dg->severity && was->pos.line == dg->pos.line &&
		    was->pos.col == dg->pos.col && same_text(was->file, dg->file) &&
		    same_text(was->subject, dg->subject) && same_text(was->summary, dg->summary) &&
		    same_text(was->detail, dg->detail))
			return true;
	}
	return false;
}

int ui_diags(const struct diags *d)
{
	for (size_t i = 0; i < d->n; i++) {
		const struct diag *dg = &d->items[i];
		if (dg->severity != DIAG_ERROR && (repeated_warning(d, i) || hold_warning(dg->summary)))
			continue;
		struct strbuf sb = STRBUF_INIT;
		if (stream) {
			if (dg->subject)
				strbuf_addf(&sb, "%s: ", dg->subject);
			strbuf_addstr(&sb, dg->summary);
			stream->diagnostic(dg->severity == DIAG_ERROR, sb.buf, dg->detail,
					   dg->file, dg->pos.line, dg->pos.col);
			strbuf_release(&sb);
			continue;
		}
		if (dg->pos.line > 0) {
			diag_format(dg, &sb);
		} else {
			/* No source position: Terraform-style "Error: subject: message". */
			strbuf_addf(&sb, "%s%s:%s ", ui_c(dg->severity == DIAG_ERROR ? "\033[1;31m" : "\033[1;33m"),
				    dg->severity == DIAG_ERROR ? "Error" : "Warning", ui_c("\033[0m"));
			if (dg->subject)
				strbuf_addf(&sb, "%s: ", dg->subject);
			strbuf_addf(&sb, "%s\n", dg->summary);
			if (dg->detail)
				strbuf_addf(&sb, "  %s\n", dg->detail);
		}
		ui_write(stderr, sb.buf);
		strbuf_release(&sb);
	}
	return diags_has_errors(d) ? 1 : 0;
}

bool ui_can_confirm(const char *verb, const char *flag, const char *otherwise)
{
	if (stream) {
		ui_error("%s needs confirmation, but -json is set: pass %s%s%s", verb, flag,
			 otherwise ? ", or " : "", otherwise ? otherwise : "");
		return false;
	}
	if (!input_allowed) {
		ui_error("%s needs confirmation, but input is off (-input=false, or CI is set): "
			 "pass %s%s%s", verb, flag, otherwise ? ", or " : "", otherwise ? otherwise : "");
		return false;
	}
	if (!isatty(STDIN_FILENO)) {
		ui_error("%s needs confirmation: run it on a terminal or pass %s", verb, flag);
		return false;
	}
	return true;
}

bool ui_confirm(const char *question, const char *verb, const char *flag,
		const char *otherwise)
{
	if (!ui_can_confirm(verb, flag, otherwise))
		return false;
	ui_printf(stdout, "\n%s%s%s\n  Only 'yes' will be accepted to approve.\n\n  Enter a value: ",
		  ui_c("\033[1m"), question, ui_c("\033[0m"));
	char line[64];
	if (!fgets(line, sizeof(line), stdin))
		return false;
	line[strcspn(line, "\r\n")] = '\0';
	if (strcmp(line, "yes")) {
		ui_printf(stdout, "\n%s cancelled.\n", verb);
		return false;
	}
	return true;
}

/* ---- progress lines ---- */

/*
 * Operations in flight, for the "Still creating... [10s elapsed]" lines that
 * a slow operation (a database instance) prints every STILL_INTERVAL seconds,
 * as Terraform does, with the status its waiter last saw; a refresh that
 * waits (refresh_wait) is one too ("Still refreshing..."). A thread of its
 * own prints them; it starts with the first operation.
 */
#define STILL_INTERVAL 10

struct op {
	const struct planned_change *change; /* borrowed from the plan, which outlives it;
						NULL for a refresh */
	bool destroy_phase;
	const char *name;       /* the change's, or the refreshed resource's (borrowed) */
	const char *verb;       /* "creating", "modifying", "destroying", "refreshing" */
	char *task;             /* a task's own words (ui_task_begin), else NULL */
	double started;
	double first;           /* seconds before its first line */
	int reported;           /* lines already printed */
	bool saving;            /* waiting for the state's write (ev_state_wait), not
				   its provider: no line is due */
	char status[160];
	struct op *outer;       /* the op of the thread it stands in for, or NULL */
	struct op *next;
};

static pthread_mutex_t ops_mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t ops_cond = PTHREAD_COND_INITIALIZER;
static struct op *ops;
static bool ticker_running;
static pthread_t ticker;
static _Thread_local struct op *thread_op;
static void (*line_printer)(const char *line);

/* Where the progress lines go: stdout, or stderr for a command whose
 * stdout is a document (ui_progress_to_stderr). */
static FILE *progress_file;

static FILE *progress_out(void)
{
	return progress_file ? progress_file : stdout;
}

void ui_progress_to_stderr(void)
{
	progress_file = stderr;
}

static void print_line(const char *line)
{
	if (line_printer)
		line_printer(line);
	else
		ui_printf(progress_out(), "%s\n", line);
}

void ui_set_line_printer(void (*printer)(const char *line))
{
	line_printer = printer;
}

/* How many "Still ..." lines o is due by now. */
static int lines_due(const struct op *o, double now)
{
	double elapsed = now - o->started;
	return elapsed < o->first ? 0 : 1 + (int)((elapsed - o->first) / STILL_INTERVAL);
}

static void *ticker_main(void *arg)
{
	(void)arg;
	pthread_mutex_lock(&ops_mu);
	while (ticker_running) {
		struct timespec until;
		clock_gettime(CLOCK_REALTIME, &until);
		until.tv_sec += 1;
		pthread_cond_timedwait(&ops_cond, &ops_mu, &until);
		double now = monotonic_seconds();
		for (struct op *o = ops; o && ticker_running; o = o->next) {
			int due = lines_due(o, now);
			if (o->saving || due <= o->reported)
				continue;
			o->reported = due;
			int shown = (int)o->first + (due - 1) * STILL_INTERVAL;
			if (stream && o->change) {
				stream->hook("apply_progress", o->change, o->destroy_phase, shown, NULL);
				continue;
			}
			char line[320];
			if (o->task)
				snprintf(line, sizeof(line), "%s... [%ds elapsed%s%s]", o->task, shown,
					 o->status[0] ? ", " : "", o->status);
			else
				snprintf(line, sizeof(line), "%s: Still %s... [%ds elapsed%s%s]",
					 o->name, o->verb, shown, o->status[0] ? ", " : "",
					 o->status);
			print_line(line);
		}
	}
	pthread_mutex_unlock(&ops_mu);
	return NULL;
}

/* The calling thread's op from now on, until op_end. */
static void op_add(struct op *o)
{
	o->started = monotonic_seconds();
	o->outer = thread_op;
	pthread_mutex_lock(&ops_mu);
	o->next = ops;
	ops = o;
	if (!ticker_running && !pthread_create(&ticker, NULL, ticker_main, NULL))
		ticker_running = true;
	pthread_mutex_unlock(&ops_mu);
	thread_op = o;
}

/* c NULL: the refresh of resource name. */
static void op_begin(const struct planned_change *c, const char *name, bool destroy_phase)
{
	struct op *o = xcalloc(1, sizeof(*o));
	o->change = c;
	o->destroy_phase = destroy_phase;
	o->name = name;
	o->verb = !c ? "refreshing" : destroy_phase ? "destroying"
		  : c->action == ACTION_UPDATE ? "modifying" : "creating";
	o->first = STILL_INTERVAL;
	op_add(o);
}

void ui_task_begin(const char *what)
{
	struct op *o = xcalloc(1, sizeof(*o));
	o->task = xstrdup(what);
	o->first = 1;
	op_add(o);
}

static void op_end(void)
{
	struct op *o = thread_op, **p;
	if (!o)
		return;
	thread_op = o->outer;
	pthread_mutex_lock(&ops_mu);
	for (p = &ops; *p && *p != o; p = &(*p)->next)
		;
	if (*p)
		*p = o->next;
	pthread_mutex_unlock(&ops_mu);
	free(o->task);
	free(o);
}

void ui_task_end(void)
{
	op_end();
}

void ui_op_status(const char *text)
{
	pthread_mutex_lock(&ops_mu);
	if (thread_op)
		snprintf(thread_op->status, sizeof(thread_op->status), "%s%s",
			 text && *text ? "status: " : "", text ? text : "");
	pthread_mutex_unlock(&ops_mu);
}

void ui_ops_stop(void)
{
	pthread_mutex_lock(&ops_mu);
	bool running = ticker_running;
	ticker_running = false;
	pthread_cond_signal(&ops_cond);
	pthread_mutex_unlock(&ops_mu);
	if (running)
		pthread_join(ticker, NULL);
}

static void ev_refreshing(void *ctx, const char *name, const char *id)
{
	(void)ctx;
	if (stream)
		stream->refreshing(name, id);
	else
		ui_printf(progress_out(), "%s: Refreshing state... [id=%s]\n", name, id ? id : "");
}

static void ev_start(void *ctx, const struct planned_change *c, bool destroy_phase)
{
	(void)ctx;
	const char *what = destroy_phase ? "Destroying..."
			   : c->action == ACTION_UPDATE ? "Modifying..." : "Creating...";
	if (stream)
		stream->hook("apply_start", c, destroy_phase, -1, NULL);
	else if (c->id && (destroy_phase || c->action == ACTION_UPDATE))
		ui_printf(progress_out(), "%s: %s [id=%s]\n", c->name, what, c->id);
	else
		ui_printf(progress_out(), "%s: %s\n", c->name, what);
	op_begin(c, c->name, destroy_phase);
}

static void ev_done(void *ctx, const struct planned_change *c, bool destroy_phase,
		    double seconds, const char *id)
{
	(void)ctx;
	op_end();
	if (stream)
		stream->hook("apply_complete", c, destroy_phase, seconds, id);
	else if (destroy_phase)
		ui_printf(progress_out(), "%s: Destruction complete after %.0fs\n", c->name,
			  seconds);
	else
		ui_printf(progress_out(), "%s: %s complete after %.0fs [id=%s]\n", c->name,
			  c->action == ACTION_UPDATE ? "Modifications" : "Creation", seconds,
			  id ? id : "");
}

static void ev_failed(void *ctx, const char *name, const char *message)
{
	(void)ctx;
	struct op *o = thread_op;
	if (stream && o)
		stream->hook("apply_errored", o->change, o->destroy_phase,
			     monotonic_seconds() - o->started, NULL);
	op_end();
	(void)name;
	(void)message; /* the diagnostics carry the message; printed at the end */
}

static void ev_warn(void *ctx, const char *message)
{
	(void)ctx;
	ui_warn("%s", message);
}

static void ev_read_done(void *ctx, const struct planned_read *rd, double seconds)
{
	(void)ctx;
	if (stream)
		stream->read_done(rd, seconds);
	else
		ui_printf(progress_out(), "%s: Read complete after %.0fs\n", rd->name, seconds);
}

static void ev_refresh_wait(void *ctx, const char *name, bool begin)
{
	(void)ctx;
	if (begin)
		op_begin(NULL, name, false);
	else
		op_end();
}

/* The thread's operation waits for the state's write: its provider's work
 * is not what takes the time, so it says nothing meanwhile; the lines due
 * during the wait are not printed after it either. */
static void ev_state_wait(void *ctx, bool begin)
{
	(void)ctx;
	pthread_mutex_lock(&ops_mu);
	struct op *o = thread_op;
	if (o && !o->task) {
		o->saving = begin;
		int due = lines_due(o, monotonic_seconds());
		if (!begin && due > o->reported)
			o->reported = due;
	}
	pthread_mutex_unlock(&ops_mu);
}

const struct run_events ui_run_events = {
	NULL, ev_refreshing, ev_start, ev_done, ev_failed, ev_warn, ev_read_done,
	ev_refresh_wait, ev_state_wait,
};
