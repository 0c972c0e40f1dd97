/*
 * lab_board.c: what `terrace lab` shows while it runs: on a terminal, the
 * live board (one line per attendee, redrawn in place); otherwise one line
 * per attendee as it finishes; and the words each state is called by.
 */
#include "cmd/lab.h"

#include <stdio.h>
#include <sys/ioctl.h>
#include <unistd.h>
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
	[LAB_SKIPPED] = "skipped",   [LAB_LEAVER] = "not listed",
};
static const char *const ok_words[] = {
	[LAB_UP] = "ready", [LAB_STATUS] = "ok", [LAB_DOWN] = "destroyed",
	[LAB_RUN] = "succeeded", [LAB_PLAN] = "up to date", [LAB_OUTPUT] = "ok",
};
static const char *const skipped_words[] = {
	[LAB_UP] = "skipped", [LAB_STATUS] = "gone", [LAB_DOWN] = "no workspace",
	[LAB_RUN] = "no lab", [LAB_PLAN] = "skipped", [LAB_OUTPUT] = "no lab",
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

/* The terminal's size (stdout's), 0 for what it does not say. */
static void term_size(int *rows, int *cols)
{
	struct winsize ws;
	*rows = *cols = 0;
	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0) {
		*rows = ws.ws_row;
		*cols = ws.ws_col;
	}
}

/* s cut to width characters, its end "..." when it was longer. */
static void add_cell(struct strbuf *sb, const char *s, int width, bool last);

/* One attendee's line of the board, cut to cols (0: as it is). */
static void board_line(struct strbuf *sb, const struct lab *l, const struct attendee *a,
		       int cols, time_t now)
{
	char *detail = a->summary ? xstrdup(a->summary) : a->started ? lab_last_line(a->log)
									   : xstrdup("");
	long secs = a->started ? (long)((a->outcome == LAB_RUNNING ? now : a->end) - a->start) : 0;
	size_t start = sb->len;
	strbuf_addf(sb, "\033[2K  %-*s  %-11s %3ld:%02ld  ", lab_id_width(l), a->id,
		    lab_state_word(l, a), secs / 60, secs % 60);
	int used = (int)(sb->len - start) - 4; /* the escape is no width */
	add_cell(sb, detail, cols ? (cols - 1 - used > 0 ? cols - 1 - used : 0) : 1 << 20, true);
	strbuf_addch(sb, '\n');
	free(detail);
}

/*
 * On a terminal: the board, redrawn in place over the lines it drew last
 * (l->drawn). Every attendee's line when they fit the terminal's height;
 * else one line of counts and the attendees that need attention (failed,
 * interrupted, then running), as many as fit: a board taller than the
 * terminal could not be redrawn in place (each redraw would leave a copy
 * in the scrollback). Lines are cut to the terminal's width, so none wraps.
 */
void lab_draw(struct lab *l, bool again)
{
	int rows, cols;
	term_size(&rows, &cols);
	struct strbuf sb = STRBUF_INIT;
	if (again && l->drawn)
		strbuf_addf(&sb, "\033[%zuA", l->drawn);
	time_t now = time(NULL);
	size_t room = rows > 2 ? (size_t)rows - 2 : 0;
	l->drawn = 0;
	if (!rows || l->n <= room) {
		for (size_t i = 0; i < l->n; i++)
			board_line(&sb, l, &l->a[i], cols, now);
		l->drawn = l->n;
	} else {
		struct lab_counts c = lab_count(l);
		static const enum lab_outcome order[] = { LAB_RUNNING, LAB_WAITING, LAB_OK,
			LAB_CHANGES, LAB_DRIFTED, LAB_FAILED, LAB_INTERRUPTED, LAB_NOT_STARTED };
		struct strbuf counts = STRBUF_INIT;
		for (size_t k = 0; k < sizeof(order) / sizeof(*order); k++) {
			if (!c.n[order[k]])
				continue;
			struct attendee one = { .outcome = order[k] };
			strbuf_addf(&counts, "%s%zu %s", counts.len ? ", " : "", c.n[order[k]],
				    lab_state_word(l, &one));
		}
		size_t shown = 0, attention = c.n[LAB_FAILED] + c.n[LAB_INTERRUPTED] +
					      c.n[LAB_RUNNING];
		if (attention) /* a heading over nothing, once all is done, says nothing */
			strbuf_addstr(&counts, "; failed and running:");
		strbuf_addstr(&sb, "\033[2K  ");
		add_cell(&sb, counts.buf, cols > 3 ? cols - 3 : 0, true);
		strbuf_addch(&sb, '\n');
		strbuf_release(&counts);
		l->drawn = 1;
		static const enum lab_outcome first[] = { LAB_FAILED, LAB_INTERRUPTED, LAB_RUNNING };
		for (size_t k = 0; k < 3; k++)
			for (size_t i = 0; i < l->n && l->drawn < room; i++) {
				if (l->a[i].outcome != first[k])
					continue;
				if (l->drawn + 1 == room && shown + 1 < attention) {
					strbuf_addf(&sb, "\033[2K  ... and %zu more\n", attention - shown);
					l->drawn++;
					break;
				}
				board_line(&sb, l, &l->a[i], cols, now);
				l->drawn++;
				shown++;
			}
	}
	strbuf_addstr(&sb, "\033[J"); /* what an earlier, taller board left below */
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
	/* lab down: a workspace that held nothing was not a lab destroyed. */
	size_t empty = 0;
	for (size_t i = 0; i < l->n && l->verb == LAB_DOWN; i++)
		empty += l->a[i].outcome == LAB_OK && !l->a[i].resources;
	strbuf_addf(&sb, "%zu %s", c.n[LAB_OK] - empty, ok_words[l->verb]);
	if (empty)
		strbuf_addf(&sb, ", %zu empty workspace%s deleted", empty, empty == 1 ? "" : "s");
	if (l->verb == LAB_STATUS)
		strbuf_addf(&sb, ", %zu drifted, %zu with changes, %zu gone", c.n[LAB_DRIFTED],
			    c.n[LAB_CHANGES], c.n[LAB_SKIPPED]);
	if (l->verb == LAB_PLAN)
		strbuf_addf(&sb, ", %zu with changes, %zu drifted", c.n[LAB_CHANGES],
			    c.n[LAB_DRIFTED]);
	strbuf_addf(&sb, ", %zu failed", c.n[LAB_FAILED]);
	if (l->verb == LAB_DOWN)
		strbuf_addf(&sb, ", %zu had no workspace", c.n[LAB_SKIPPED]);
	if (l->verb == LAB_RUN && c.n[LAB_SKIPPED])
		strbuf_addf(&sb, ", %zu no lab", c.n[LAB_SKIPPED]);
	if (c.n[LAB_INTERRUPTED])
		strbuf_addf(&sb, ", %zu interrupted", c.n[LAB_INTERRUPTED]);
	if (c.n[LAB_NOT_STARTED])
		strbuf_addf(&sb, ", %zu not started", c.n[LAB_NOT_STARTED]);
	if (c.n[LAB_LEAVER])
		strbuf_addf(&sb, ", %zu not on the list", c.n[LAB_LEAVER]);
	return strbuf_detach(&sb);
}

/* The width the tables fit: the terminal's, else $COLUMNS, else none (0). */
static int table_width(void)
{
	struct winsize ws;
	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
		return ws.ws_col;
	const char *c = getenv("COLUMNS");
	int n = c ? atoi(c) : 0;
	return n > 0 ? n : 0;
}

/* Characters (not bytes) in s: a cell's width on a terminal. */
static int text_width(const char *s)
{
	int n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* s cut to width characters, its end "..." when it was longer. */
static void add_cell(struct strbuf *sb, const char *s, int width, bool last)
{
	int n = text_width(s);
	if (n <= width) {
		strbuf_addstr(sb, s);
		if (!last)
			strbuf_addf(sb, "%*s", width - n, "");
		return;
	}
	int keep = width > 3 ? width - 3 : 0, k = 0;
	const char *p = s;
	while (*p && k < keep) {
		p++;
		while (((unsigned char)*p & 0xC0) == 0x80)
			p++;
		k++;
	}
	strbuf_add(sb, s, (size_t)(p - s));
	strbuf_addstr(sb, width > 3 ? "..." : "");
}

/*
 * Print a table: heads (strings) and rows (arrays of strings; a missing
 * cell is "-"), two spaces between columns, no trailing blanks. It fits the
 * terminal (table_width): while it is too wide, the widest column narrows
 * (never below 12 characters) and its long cells end in "...".
 */
void lab_print_table(const json_t *heads, const json_t *rows)
{
	lab_write_table(stdout, heads, rows, table_width());
}

/* The width of the table uncut: its widest line. */
int lab_table_natural_width(const json_t *heads, const json_t *rows)
{
	size_t nc = json_array_size(heads), i, k;
	const json_t *row;
	int total = 0;
	for (k = 0; k < nc; k++) {
		int w = text_width(json_string_value(json_array_get(heads, k)));
		json_array_foreach(rows, i, row) {
			const char *v = json_string_value(json_array_get(row, k));
			int n = text_width(v ? v : "-");
			if (n > w)
				w = n;
		}
		total += w + (k ? 2 : 0);
	}
	return total;
}

/* The table to f, fitting limit columns (0: as wide as it is). */
void lab_write_table(FILE *f, const json_t *heads, const json_t *rows, int limit)
{
	size_t nc = json_array_size(heads), i, k;
	const json_t *row;
	int *w = xcalloc(nc + 1, sizeof(*w));
	for (k = 0; k < nc; k++)
		w[k] = text_width(json_string_value(json_array_get(heads, k)));
	json_array_foreach(rows, i, row)
		for (k = 0; k < nc; k++) {
			const char *v = json_string_value(json_array_get(row, k));
			int n = text_width(v ? v : "-");
			if (n > w[k])
				w[k] = n;
		}
	for (;;) {
		int total = 0;
		size_t widest = 0;
		for (k = 0; k < nc; k++) {
			total += w[k] + (k ? 2 : 0);
			if (w[k] > w[widest])
				widest = k;
		}
		if (!limit || total <= limit || w[widest] <= 12)
			break;
		int cut = total - limit;
		w[widest] = w[widest] - cut < 12 ? 12 : w[widest] - cut;
	}
	struct strbuf sb = STRBUF_INIT;
	for (i = 0; i <= json_array_size(rows); i++) {
		/* The heads, then each row. */
		const json_t *cells = i ? json_array_get(rows, i - 1) : heads;
		size_t line = sb.len;
		for (k = 0; k < nc; k++) {
			const char *v = json_string_value(json_array_get(cells, k));
			if (k)
				strbuf_addstr(&sb, "  ");
			add_cell(&sb, v ? v : "-", w[k], k + 1 == nc);
		}
		while (sb.len > line && sb.buf[sb.len - 1] == ' ')
			sb.buf[--sb.len] = '\0';
		strbuf_addch(&sb, '\n');
	}
	ui_write(f, sb.buf);
	strbuf_release(&sb);
	free(w);
}

int lab_table_width(void)
{
	return table_width();
}

/* The terminal's rows (stdout's), 0 without a terminal. */
int lab_term_rows(void)
{
	int rows, cols;
	if (!isatty(STDOUT_FILENO))
		return 0;
	term_size(&rows, &cols);
	return rows;
}

/* The class as JSON, for -json: one object per attendee, "attendee", "lab"
 * (its state's word), "detail" (the result line or the failure's reason),
 * "seconds" and "log" when it ran. */
json_t *lab_json(const struct lab *l)
{
	json_t *list = json_array();
	for (size_t i = 0; i < l->n; i++) {
		const struct attendee *a = &l->a[i];
		json_t *o = json_pack("{s:s, s:s, s:s}", "attendee", a->id, "lab",
				      lab_state_word(l, a), "detail", a->summary ? a->summary : "");
		if (a->change)
			json_object_set_new(o, "change", json_string(a->change));
		if (a->started) {
			json_object_set_new(o, "seconds", json_integer((json_int_t)(a->end - a->start)));
			json_object_set_new(o, "log", json_string(a->log));
		}
		json_array_append_new(list, o);
	}
	return list;
}

/* One CSV field: quoted when it holds a comma, a quote or a line end. */
static void add_csv_field(struct strbuf *sb, const char *s)
{
	if (!strpbrk(s, ",\"\r\n")) {
		strbuf_addstr(sb, s);
		return;
	}
	strbuf_addch(sb, '"');
	for (; *s; s++) {
		if (*s == '"')
			strbuf_addch(sb, '"');
		strbuf_addch(sb, *s);
	}
	strbuf_addch(sb, '"');
}

/* The same heads and rows as CSV (RFC 4180 quoting, lines ending in \n),
 * for a spreadsheet. */
void lab_print_csv(const json_t *heads, const json_t *rows)
{
	struct strbuf sb = STRBUF_INIT;
	size_t i, k;
	const json_t *row, *v;
	json_array_foreach(heads, k, v) {
		if (k)
			strbuf_addch(&sb, ',');
		add_csv_field(&sb, json_string_value(v));
	}
	strbuf_addch(&sb, '\n');
	json_array_foreach(rows, i, row) {
		json_array_foreach(row, k, v) {
			if (k)
				strbuf_addch(&sb, ',');
			add_csv_field(&sb, json_string_value(v) ? json_string_value(v) : "");
		}
		strbuf_addch(&sb, '\n');
	}
	ui_write(stdout, sb.buf);
	strbuf_release(&sb);
}
