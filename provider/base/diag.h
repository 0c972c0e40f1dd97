/*
 * diag: diagnostics (errors and warnings) that library code collects and
 * cmd/ prints together, the way Terraform accumulates diagnostics instead of
 * exiting on the first problem.
 *
 * A diagnostic is located either at a source position (file:line:col, from
 * the stack files) or at a resource attribute ("bucket.lake: versioning"), or
 * both. Code in stacks/, plan/ and provider/ never prints or exits; it adds to
 * a struct diags and returns -1.
 *
 * Ownership: diag_add*() copy every string they are given; diags_free()
 * releases everything. Messages must never contain secret values: callers
 * describe sensitive values by name only. Every subject, summary and detail
 * is stored safe to print (text.h, TEXT_MESSAGE): a control, bidi or other
 * invisible character of a user's or AWS's text shows as \u202e, \x1b; a
 * quoted value past TEXT_QUOTE_MAX bytes is cut, its length said.
 */
#ifndef TERRACE_DIAG_H
#define TERRACE_DIAG_H

#include <stdbool.h>
#include <stddef.h>

struct strbuf;

struct src_pos {
	const char *file; /* interned, lives as long as the stack that owns it */
	int line;         /* 1-based; 0 means "no position" */
	int col;          /* 1-based */
};

enum diag_severity { DIAG_ERROR, DIAG_WARNING };

struct diag {
	enum diag_severity severity;
	struct src_pos pos;    /* pos.line == 0 when unknown */
	char *file;            /* owned copy of pos.file */
	char *subject;         /* e.g. "resource lake, attribute tags", or NULL */
	char *summary;         /* one line */
	char *detail;          /* optional extra lines (suggestions), or NULL */
};

struct diags {
	struct diag *items;
	size_t n, alloc;
};

#define DIAGS_INIT { NULL, 0, 0 }

/* Add an error at a source position (pos may be NULL). Returns -1 so callers
 * can write `return diag_errorf(d, pos, "...")`. */
int diag_errorf(struct diags *d, const struct src_pos *pos, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
int diag_warnf(struct diags *d, const struct src_pos *pos, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Error about a resource attribute, with no source position. */
int diag_subject_errorf(struct diags *d, const char *subject, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Attach detail text to the last diagnostic added. */
void diag_set_detail(struct diags *d, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
bool diags_has_errors(const struct diags *d);
/* A warning of d already says text (in its summary): a check that runs twice
 * into the same diagnostics (validate, then plan) says it once. */
bool diags_warned(const struct diags *d, const char *text);
/* Move every diagnostic of src to the end of dst; src is left empty. */
void diags_append(struct diags *dst, struct diags *src);
void diags_free(struct diags *d);

/* Format one diagnostic as "file:line:col: error: summary" (+ detail lines). */
void diag_format(const struct diag *dg, struct strbuf *out);

/* The closest candidate to `word` by edit distance, or NULL when nothing is
 * close enough to be a plausible misspelling. */
const char *diag_suggest(const char *word, const char *const *candidates, size_t n);
/* The k candidates nearest to `word` by edit distance, nearest first (ties
 * in the candidates' order), into out; how many (at most k and n). */
size_t diag_nearest(const char *word, const char *const *candidates, size_t n,
		    const char **out, size_t k);

#endif
