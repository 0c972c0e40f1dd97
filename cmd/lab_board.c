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

const char *lab_state_word(const struct attendee *a)
{
	if (!a->started)
		return "waiting";
	if (a->exit_code < 0)
		return "running";
	return a->exit_code == 0 ? "ok" : a->exit_code == 2 ? "changes" : "failed";
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
		long secs = a->started ? (long)((a->exit_code < 0 ? now : a->end) - a->start) : 0;
		strbuf_addf(&sb, "\033[2K  %-*s  %-8s %3ld:%02ld  %.90s\n", w, a->id, lab_state_word(a),
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
	ui_printf(stdout, "  %-*s  %-8s %3ld:%02ld  %s\n", lab_id_width(l), a->id, lab_state_word(a),
		  (long)(a->end - a->start) / 60, (long)(a->end - a->start) % 60,
		  a->summary ? a->summary : "");
	fflush(stdout);
}

