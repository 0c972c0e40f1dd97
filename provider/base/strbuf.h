/*
 * strbuf: a growable, always NUL-terminated byte string.
 *
 * Invariants: after strbuf_init(), sb->buf is never NULL (it points at a
 * static "" until the first append), sb->len is the length without the NUL.
 * Appends abort the process on allocation failure (like git's xmalloc): every
 * other error path in terrace is reported, but out-of-memory is not survivable.
 * strbuf_detach() hands the storage to the caller: you now own it and must
 * free() it; the strbuf is reset to empty.
 */
#ifndef TERRACE_STRBUF_H
#define TERRACE_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

struct strbuf {
	char *buf;
	size_t len;
	size_t alloc;
};

#define STRBUF_INIT { (char *)strbuf_empty, 0, 0 }
extern const char strbuf_empty[];

void strbuf_init(struct strbuf *sb);
void strbuf_release(struct strbuf *sb);
/* The same, the buffer's bytes overwritten first (what held a secret). */
void strbuf_release_wiped(struct strbuf *sb);
void strbuf_reset(struct strbuf *sb);
char *strbuf_detach(struct strbuf *sb);
void strbuf_grow(struct strbuf *sb, size_t extra);
void strbuf_add(struct strbuf *sb, const void *data, size_t len);
/* Append everything fd reads until its end; -1 with errno set when a read
 * fails (what was read stays appended). fd is left open. */
int strbuf_read_fd(struct strbuf *sb, int fd);
void strbuf_addstr(struct strbuf *sb, const char *s);
/* Inline, as git's: the hot loops of encoders append one byte at a time. */
static inline void strbuf_addch(struct strbuf *sb, char c)
{
	if (sb->len + 1 >= sb->alloc)
		strbuf_grow(sb, 1);
	sb->buf[sb->len++] = c;
	sb->buf[sb->len] = '\0';
}
void strbuf_addf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void strbuf_vaddf(struct strbuf *sb, const char *fmt, va_list ap);
void strbuf_setlen(struct strbuf *sb, size_t len);
/* Put formatted text in front of the current contents ("attribute x " + "must be a bool"). */
void strbuf_prefixf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/*
 * Replace every occurrence of `secret` at or after byte `from` with
 * "(sensitive value)", so an error message that echoes a password does not
 * carry it. Left to right; a replacement is never searched again. Nothing
 * changes when secret is NULL or "" or does not occur. sb->buf may move.
 */
void strbuf_redact(struct strbuf *sb, size_t from, const char *secret);

/* Small helpers used everywhere. xstrdup/xmalloc abort on out-of-memory. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* A copy of s, or NULL for NULL. */
char *xstrdup_or_null(const char *s);
/* s, or NULL when s is NULL or "". */
const char *nonempty_or_null(const char *s);

#endif
