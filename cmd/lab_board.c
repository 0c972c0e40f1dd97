/*
 * lab_board.c: what `terrace lab` shows while it runs: on a terminal, the
 * live board (one line per attendee, redrawn in place); otherwise one line
 * per attendee as it finishes; and the words each state is called by.
 */
#include "cmd/lab.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* The one word for each outcome, on the board, in the tables, in -json
 * and in the counts; what succeeded and what was not asked for are named
 * after the subcommand. */
static const char *const outcome_words[] = {
	[LAB_WAITING] = "waiting",   [LAB_RUNNING] = "running",
	[LAB_OK] = "ok",             [LAB_CHANGES] = "changes",
	[LAB_DRIFTED] = "drifted",   [LAB_FAILED] = "failed",
	[LAB_INTERRUPTED] = "interrupted", [LAB_NOT_STARTED] = "not started",
	[LAB_SKIPPED] = "skipped",
};
static const char *const ok_words[] = {
	[LAB_UP] = "ready", [LAB_STATUS] = "ok", [LAB_DOWN] = "destroyed",
	[LAB_RUN] = "succeeded", [LAB_PLAN] = "planned",
};
static const char *const skipped_words[] = {
	[LAB_UP] = "skipped", [LAB_STATUS] = "gone", [LAB_DOWN] = "no workspace",
	[LAB_RUN] = "no lab", [LAB_PLAN] = "skipped",
};

const char *lab_state_word(const struct lab *l, const struct attendee *a)
{
	return a->outcome == LAB_OK ? ok_words[l->verb]
	       : a->outcome == LAB_SKIPPED ? skipped_words[l->verb] : outcome_words[a->outcome];
}

int lab_id_width(const struct lab *l)
{
	int w = 8;
	for (size_t i = 0; i < l->n; i++)
		if ((int)strlen(l->a[i].id) > w)
			w = (int)strlen(l->a[i].id);
	return w;
}

/* On a terminal: every attendee's line, redrawn in place. */
void lab_draw(const struct lab *l, bool again)
{
	int w = lab_id_width(l);
	struct strbuf sb = STRBUF_INIT;
	if (again)
		strbuf_addf(&sb, "\033[%zuA", l->n);
	time_t now = time(NULL);
	for (size_t i = 0; i < l->n; i++) {
		const struct attendee *a = &l->a[i];
		char *detail = a->summary ? xstrdup(a->summary) : a->started ? lab_last_line(a->log)
										   : xstrdup("");
		long secs = a->started ? (long)((a->outcome == LAB_RUNNING ? now : a->end) - a->start) : 0;
		strbuf_addf(&sb, "\033[2K  %-*s  %-11s %3ld:%02ld  %.90s\n", w, a->id, lab_state_word(l, a),
			    secs / 60, secs % 60, detail);
		free(detail);
	}
	ui_write(stdout, sb.buf);
	fflush(stdout);
	strbuf_release(&sb);
}

/* Without a terminal: one line per attendee as it finishes. */
void lab_print_done(const struct lab *l, const struct attendee *a)
{
	ui_printf(stdout, "  %-*s  %-11s %3ld:%02ld  %s\n", lab_id_width(l), a->id, lab_state_word(l, a),
		  (long)(a->end - a->start) / 60, (long)(a->end - a->start) % 60,
		  a->summary ? a->summary : "");
	fflush(stdout);
}


/* Each failed or interrupted attendee with its reason and log, on stderr. */
void lab_print_failures(const struct lab *l)
{
	for (size_t i = 0; i < l->n; i++) {
		const struct attendee *a = &l->a[i];
		if (a->outcome == LAB_FAILED || a->outcome == LAB_INTERRUPTED)
			ui_printf(stderr, "%s %s: %s (log: %s)\n", a->id, lab_state_word(l, a),
				  a->summary, a->log ? a->log : "none");
	}
}

/* What happened, counted, in the words of the board: "N ready, N failed"
 * (status: with drifted, changes and gone; down: "had no workspace"; run:
 * "no lab"), then the interrupted and the not started when there are any. */
char *lab_counts_text(const struct lab *l)
{
	struct lab_counts c = lab_count(l);
	struct strbuf sb = STRBUF_INIT;
	strbuf_addf(&sb, "%zu %s", c.n[LAB_OK], ok_words[l->verb]);
	if (l->verb == LAB_STATUS)
		strbuf_addf(&sb, ", %zu drifted, %zu with changes, %zu gone", c.n[LAB_DRIFTED],
			    c.n[LAB_CHANGES], c.n[LAB_SKIPPED]);
	if (l->verb == LAB_PLAN)
		strbuf_addf(&sb, ", %zu with changes", c.n[LAB_CHANGES]);
	strbuf_addf(&sb, ", %zu failed", c.n[LAB_FAILED]);
	if (l->verb == LAB_DOWN)
		strbuf_addf(&sb, ", %zu had no workspace", c.n[LAB_SKIPPED]);
	if (l->verb == LAB_RUN && c.n[LAB_SKIPPED])
		strbuf_addf(&sb, ", %zu no lab", c.n[LAB_SKIPPED]);
	if (c.n[LAB_INTERRUPTED])
		strbuf_addf(&sb, ", %zu interrupted", c.n[LAB_INTERRUPTED]);
	if (c.n[LAB_NOT_STARTED])
		strbuf_addf(&sb, ", %zu not started", c.n[LAB_NOT_STARTED]);
	return strbuf_detach(&sb);
}
