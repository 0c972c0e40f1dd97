/*
 * diag.c: the diagnostics list, its formatting, and "did you mean" hints.
 */
#include "provider/base/strbuf.h"
#include "provider/base/diag.h"
#include "provider/base/text.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* The message fmt makes, safe to print (text.h): every diagnostic is, for
 * every printer (text, -json, the reports of lab and all), whatever user's or
 * AWS's text it quotes. */
static char *safe_message(const char *fmt, va_list ap)
{
	struct strbuf raw = STRBUF_INIT, safe = STRBUF_INIT;
	strbuf_vaddf(&raw, fmt, ap);
	strbuf_add_safe(&safe, raw.buf, raw.len, TEXT_MESSAGE);
	strbuf_release(&raw);
	return strbuf_detach(&safe);
}

static struct diag *diag_push(struct diags *d, enum diag_severity sev,
			      const struct src_pos *pos, const char *subject,
			      const char *fmt, va_list ap)
{
	if (d->n == d->alloc) {
		d->alloc = d->alloc ? d->alloc * 2 : 8;
		d->items = xrealloc(d->items, d->alloc * sizeof(*d->items));
	}
	struct diag *dg = &d->items[d->n++];
	memset(dg, 0, sizeof(*dg));
	dg->severity = sev;
	if (pos && pos->line > 0) {
		dg->pos = *pos;
		dg->file = xstrdup(pos->file ? pos->file : "");
		dg->pos.file = dg->file;
	}
	dg->subject = text_safe_message(subject);
	dg->summary = safe_message(fmt, ap);
	return dg;
}

int diag_errorf(struct diags *d, const struct src_pos *pos, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_push(d, DIAG_ERROR, pos, NULL, fmt, ap);
	va_end(ap);
	return -1;
}

int diag_warnf(struct diags *d, const struct src_pos *pos, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_push(d, DIAG_WARNING, pos, NULL, fmt, ap);
	va_end(ap);
	return 0;
}

int diag_subject_errorf(struct diags *d, const char *subject, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	diag_push(d, DIAG_ERROR, NULL, subject, fmt, ap);
	va_end(ap);
	return -1;
}

void diag_set_detail(struct diags *d, const char *fmt, ...)
{
	if (!d->n)
		return;
	struct diag *dg = &d->items[d->n - 1];
	va_list ap;
	va_start(ap, fmt);
	free(dg->detail);
	dg->detail = safe_message(fmt, ap);
	va_end(ap);
}

bool diags_has_errors(const struct diags *d)
{
	for (size_t i = 0; i < d->n; i++)
		if (d->items[i].severity == DIAG_ERROR)
			return true;
	return false;
}

bool diags_warned(const struct diags *d, const char *text)
{
	for (size_t i = 0; i < d->n; i++)
		if (d->items[i].severity == DIAG_WARNING && strstr(d->items[i].summary, text))
			return true;
	return false;
}

void diags_append(struct diags *dst, struct diags *src)
{
	for (size_t i = 0; i < src->n; i++) {
		if (dst->n == dst->alloc) {
			dst->alloc = dst->alloc ? dst->alloc * 2 : 8;
			dst->items = xrealloc(dst->items, dst->alloc * sizeof(*dst->items));
		}
		dst->items[dst->n++] = src->items[i];
	}
	free(src->items);
	src->items = NULL;
	src->n = src->alloc = 0;
}

void diags_free(struct diags *d)
{
	for (size_t i = 0; i < d->n; i++) {
		free(d->items[i].file);
		free(d->items[i].subject);
		free(d->items[i].summary);
		free(d->items[i].detail);
	}
	free(d->items);
	d->items = NULL;
	d->n = d->alloc = 0;
}

void diag_format(const struct diag *dg, struct strbuf *out)
{
	const char *sev = dg->severity == DIAG_ERROR ? "error" : "warning";
	if (dg->pos.line > 0)
		strbuf_addf(out, "%s:%d:%d: ", dg->file, dg->pos.line, dg->pos.col);
	strbuf_addf(out, "%s: ", sev);
	if (dg->subject)
		strbuf_addf(out, "%s: ", dg->subject);
	strbuf_addstr(out, dg->summary);
	strbuf_addch(out, '\n');
	if (dg->detail) {
		const char *p = dg->detail;
		while (*p) {
			const char *nl = strchr(p, '\n');
			size_t n = nl ? (size_t)(nl - p) : strlen(p);
			strbuf_addstr(out, "  ");
			strbuf_add(out, p, n);
			strbuf_addch(out, '\n');
			p += n + (nl ? 1 : 0);
		}
	}
}

/* The optimal string alignment distance: insertions, deletions,
 * substitutions and swaps of two neighbours, one edit each ("evn" is one
 * from "env", as a typist's slip is), over three rows. */
static size_t edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	size_t *rows = xcalloc(3 * (lb + 1), sizeof(*rows));
	size_t *two_up = rows, *up = rows + lb + 1, *row = rows + 2 * (lb + 1);
	for (size_t j = 0; j <= lb; j++)
		row[j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t *t = two_up;
		two_up = up;
		up = row;
		row = t;
		row[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
			size_t best = up[j - 1] + cost;
			if (up[j] + 1 < best)
				best = up[j] + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    two_up[j - 2] + 1 < best)
				best = two_up[j - 2] + 1;
			row[j] = best;
		}
	}
	size_t d = row[lb];
	free(rows);
	return d;
}

size_t diag_nearest(const char *word, const char *const *candidates, size_t n,
		    const char **out, size_t k)
{
	size_t *dist = xcalloc(k ? k : 1, sizeof(*dist));
	size_t got = 0;
	for (size_t i = 0; i < n; i++) {
		size_t d = edit_distance(word, candidates[i]), at = got;
		while (at > 0 && dist[at - 1] > d)
			at--;
		if (at >= k)
			continue;
		size_t last = got < k ? got : k - 1;
		for (size_t j = last; j > at; j--) {
			dist[j] = dist[j - 1];
			out[j] = out[j - 1];
		}
		dist[at] = d;
		out[at] = candidates[i];
		if (got < k)
			got++;
	}
	free(dist);
	return got;
}

const char *diag_suggest(const char *word, const char *const *candidates, size_t n)
{
	const char *best = NULL;
	size_t best_d = (size_t)-1;
	for (size_t i = 0; i < n; i++) {
		size_t d = edit_distance(word, candidates[i]);
		if (d < best_d) {
			best_d = d;
			best = candidates[i];
		}
	}
	/* Plausible misspelling: at most a third of the word, and at least 1..3. */
	size_t limit = strlen(word) / 3;
	if (limit < 1)
		limit = 1;
	if (limit > 3)
		limit = 3;
	return best && best_d <= limit ? best : NULL;
}
