/*
 * progress.c: transfer progress on the terminal (see progress.h). It owns
 * the block of progress lines at the bottom of stdout: one line per
 * upload in flight, redrawn in place at most every REDRAW_INTERVAL
 * seconds, erased before any other apply line is printed and drawn again
 * below it.
 */
#include "cmd/progress.h"
#include "cmd/cli.h"

#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include "provider/base/clock.h"
#include "provider/base/progress.h"
#include "provider/base/strbuf.h"

#define REDRAW_INTERVAL 0.1
#define LINE_MAX_BYTES 512

struct transfer {
	char *label;
	uint64_t total, done;
	double started;
	struct transfer *next;
};

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static struct transfer *transfers;   /* in the order they started */
static int drawn_lines;              /* lines of the block now on the screen */
static double last_draw;
static const struct run_events *inner_events;
/* The resource this executor thread is applying, from the start event. */
static _Thread_local const char *current_resource;

static void format_bytes(char *out, size_t n, double bytes)
{
	static const char *const units[] = { "B", "KiB", "MiB", "GiB", "TiB" };
	size_t u = 0;

	while (bytes >= 1024 && u + 1 < sizeof(units) / sizeof(*units)) {
		bytes /= 1024;
		u++;
	}
	if (u == 0)
		snprintf(out, n, "%.0f B", bytes);
	else
		snprintf(out, n, "%.1f %s", bytes, units[u]);
}

static void format_duration(char *out, size_t n, double seconds)
{
	long s = (long)ceil(seconds);

	if (s < 60)
		snprintf(out, n, "%lds", s);
	else if (s < 3600)
		snprintf(out, n, "%ldm%02lds", s / 60, s % 60);
	else
		snprintf(out, n, "%ldh%02ldm", s / 3600, (s % 3600) / 60);
}

void progress_format_line(char *out, size_t n, const char *label, uint64_t done,
			  uint64_t total, double seconds)
{
	char done_s[32], total_s[32], rate_s[32], eta_s[32];
	int percent = total ? (int)((double)done * 100.0 / (double)total) : 100;

	format_bytes(done_s, sizeof(done_s), (double)done);
	format_bytes(total_s, sizeof(total_s), (double)total);
	if (done == 0 || seconds <= 0) {
		snprintf(out, n, "%s: %s / %s (%d%%)", label, done_s, total_s, percent);
		return;
	}
	double rate = (double)done / seconds;
	format_bytes(rate_s, sizeof(rate_s), rate);
	format_duration(eta_s, sizeof(eta_s), (double)(total - done) / rate);
	snprintf(out, n, "%s: %s / %s (%d%%), %s/s, ETA %s", label, done_s, total_s, percent,
		 rate_s, eta_s);
}

static size_t terminal_width(void)
{
	struct winsize ws;

	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 1)
		return ws.ws_col;
	return 80;
}

/* Move to the top of the block and clear it and everything below. */
static void erase_block(struct strbuf *sb)
{
	if (drawn_lines)
		strbuf_addf(sb, "\033[%dA", drawn_lines);
	strbuf_addstr(sb, "\r\033[J");
	drawn_lines = 0;
}

static void flush_out(struct strbuf *sb)
{
	if (sb->len) {
		fwrite(sb->buf, 1, sb->len, stdout);
		fflush(stdout);
	}
	strbuf_release(sb);
}

/* Under mu. Lines are cut to the terminal's width so that none wraps and
 * the block's height stays its number of lines. */
static void draw_block(struct strbuf *sb)
{
	size_t width = terminal_width();
	double now = monotonic_seconds();

	erase_block(sb);
	for (struct transfer *t = transfers; t; t = t->next) {
		char line[LINE_MAX_BYTES];
		size_t len;

		progress_format_line(line, sizeof(line), t->label, t->done, t->total,
				     now - t->started);
		len = strlen(line);
		if (len > width - 1)
			len = width - 1;
		strbuf_add(sb, line, len);
		strbuf_addch(sb, '\n');
		drawn_lines++;
	}
	last_draw = now;
}

static void redraw(void)
{
	struct strbuf sb = STRBUF_INIT;

	draw_block(&sb);
	flush_out(&sb);
}

/* ---- the sink ---- */

static void *sink_begin(const char *label, uint64_t total)
{
	struct transfer *t = xcalloc(1, sizeof(*t)), **tail;

	t->label = xstrdup(current_resource ? current_resource : label);
	t->total = total;
	t->started = monotonic_seconds();
	pthread_mutex_lock(&mu);
	for (tail = &transfers; *tail; tail = &(*tail)->next)
		;
	*tail = t;
	redraw();
	pthread_mutex_unlock(&mu);
	return t;
}

static void sink_update(void *handle, uint64_t done)
{
	struct transfer *t = handle;

	pthread_mutex_lock(&mu);
	t->done = done;
	if (done >= t->total || monotonic_seconds() - last_draw >= REDRAW_INTERVAL)
		redraw();
	pthread_mutex_unlock(&mu);
}

static void sink_end(void *handle)
{
	struct transfer *t = handle, **p;

	pthread_mutex_lock(&mu);
	for (p = &transfers; *p && *p != t; p = &(*p)->next)
		;
	if (*p)
		*p = t->next;
	redraw();
	pthread_mutex_unlock(&mu);
	free(t->label);
	free(t);
}

static const struct progress_sink drawing_sink = {
	.begin = sink_begin,
	.update = sink_update,
	.end = sink_end,
	.stop_requested = plan_cut_requested,
	.status = ui_op_status,
};

static const struct progress_sink quiet_sink = {
	.stop_requested = plan_cut_requested,
	.status = ui_op_status,
};

/* ---- the wrapped run events ---- */

/* Inner's line goes above the block: erase it, print, draw it again. */
#define AROUND_INNER(call)                              \
	do {                                            \
		struct strbuf sb_ = STRBUF_INIT;        \
		pthread_mutex_lock(&mu);                \
		if (drawn_lines) {                      \
			erase_block(&sb_);              \
			flush_out(&sb_);                \
		}                                       \
		call;                                   \
		if (transfers)                          \
			redraw();                       \
		pthread_mutex_unlock(&mu);              \
	} while (0)

static void ev_refreshing(void *ctx, const char *name, const char *id)
{
	(void)ctx;
	if (inner_events->refreshing)
		AROUND_INNER(inner_events->refreshing(inner_events->ctx, name, id));
}

static void ev_start(void *ctx, const struct planned_change *c, bool destroy_phase)
{
	(void)ctx;
	current_resource = c->name;
	if (inner_events->start)
		AROUND_INNER(inner_events->start(inner_events->ctx, c, destroy_phase));
}

static void ev_done(void *ctx, const struct planned_change *c, bool destroy_phase,
		    double seconds, const char *id)
{
	(void)ctx;
	current_resource = NULL;
	if (inner_events->done)
		AROUND_INNER(inner_events->done(inner_events->ctx, c, destroy_phase, seconds, id));
}

static void ev_failed(void *ctx, const char *name, const char *message)
{
	(void)ctx;
	current_resource = NULL;
	if (inner_events->failed)
		AROUND_INNER(inner_events->failed(inner_events->ctx, name, message));
}

static void ev_warn(void *ctx, const char *message)
{
	(void)ctx;
	if (inner_events->warn)
		AROUND_INNER(inner_events->warn(inner_events->ctx, message));
}

static void ev_read_done(void *ctx, const struct planned_read *rd, double seconds)
{
	(void)ctx;
	if (inner_events->read_done)
		AROUND_INNER(inner_events->read_done(inner_events->ctx, rd, seconds));
}

/* "Still creating..." lines from cmd/ui.c go above the block too. */
static void print_above_block(const char *line)
{
	AROUND_INNER(ui_printf(stdout, "%s\n", line));
}

/* Its "Still refreshing..." lines come through print_above_block. */
static void ev_refresh_wait(void *ctx, const char *name, bool begin)
{
	(void)ctx;
	if (inner_events->refresh_wait)
		inner_events->refresh_wait(inner_events->ctx, name, begin);
}

static void ev_state_wait(void *ctx, bool begin)
{
	(void)ctx;
	if (inner_events->state_wait)
		inner_events->state_wait(inner_events->ctx, begin);
}

static const struct run_events wrapped_events = {
	NULL, ev_refreshing, ev_start, ev_done, ev_failed, ev_warn, ev_read_done,
	ev_refresh_wait, ev_state_wait,
};

static bool should_draw(bool json)
{
	const char *ci = getenv("CI"), *term = getenv("TERM");

	if (json || !isatty(STDOUT_FILENO))
		return false;
	if (ci && *ci && strcasecmp(ci, "false") && strcmp(ci, "0"))
		return false;
	return !(term && !strcmp(term, "dumb"));
}

const struct run_events *progress_ui_setup(const struct run_events *inner, bool json)
{
	if (!should_draw(json)) {
		progress_set_sink(&quiet_sink);
		return inner;
	}
	inner_events = inner;
	progress_set_sink(&drawing_sink);
	ui_set_line_printer(print_above_block);
	return &wrapped_events;
}
