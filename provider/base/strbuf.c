/*
 * strbuf.c: growable strings (a descriptor read to its end among their appends)
 * and the allocation wrappers that abort on OOM.
 */
#include "provider/base/strbuf.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

const char strbuf_empty[1];

static void die_oom(void)
{
	fputs("terrace: out of memory\n", stderr);
	abort();
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		die_oom();
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		die_oom();
	return p;
}

void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		die_oom();
	return q;
}

char *xstrdup(const char *s)
{
	char *p = strdup(s ? s : "");
	if (!p)
		die_oom();
	return p;
}

char *xstrdup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

const char *nonempty_or_null(const char *s)
{
	return s && *s ? s : NULL;
}

char *xstrndup(const char *s, size_t n)
{
	char *p = strndup(s, n);
	if (!p)
		die_oom();
	return p;
}

char *xasprintf(const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	return strbuf_detach(&sb);
}

void strbuf_init(struct strbuf *sb)
{
	sb->buf = (char *)strbuf_empty;
	sb->len = 0;
	sb->alloc = 0;
}

void strbuf_release(struct strbuf *sb)
{
	if (sb->alloc)
		free(sb->buf);
	strbuf_init(sb);
}

void strbuf_release_wiped(struct strbuf *sb)
{
	if (sb->alloc)
		explicit_bzero(sb->buf, sb->alloc);
	strbuf_release(sb);
}

void strbuf_reset(struct strbuf *sb)
{
	strbuf_setlen(sb, 0);
}

char *strbuf_detach(struct strbuf *sb)
{
	char *res;
	if (!sb->alloc)
		return xstrdup("");
	res = sb->buf;
	strbuf_init(sb);
	return res;
}

void strbuf_grow(struct strbuf *sb, size_t extra)
{
	size_t need = sb->len + extra + 1;
	if (need <= sb->alloc)
		return;
	size_t alloc = sb->alloc ? sb->alloc : 64;
	while (alloc < need)
		alloc *= 2;
	if (!sb->alloc) {
		sb->buf = xmalloc(alloc);
		sb->buf[0] = '\0';
	} else {
		sb->buf = xrealloc(sb->buf, alloc);
	}
	sb->alloc = alloc;
}

void strbuf_setlen(struct strbuf *sb, size_t len)
{
	if (!sb->alloc)
		return;
	sb->len = len;
	sb->buf[len] = '\0';
}

void strbuf_add(struct strbuf *sb, const void *data, size_t len)
{
	strbuf_grow(sb, len);
	memcpy(sb->buf + sb->len, data, len);
	sb->len += len;
	sb->buf[sb->len] = '\0';
}

int strbuf_read_fd(struct strbuf *sb, int fd)
{
	for (;;) {
		strbuf_grow(sb, 65536);
		ssize_t n = read(fd, sb->buf + sb->len, sb->alloc - sb->len - 1);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return n < 0 ? -1 : 0;
		strbuf_setlen(sb, sb->len + (size_t)n);
	}
}

void strbuf_addstr(struct strbuf *sb, const char *s)
{
	strbuf_add(sb, s, strlen(s));
}


/* Formats into the room already there first (as git does): most appends
 * fit, and a second vsnprintf is paid only when the buffer must grow. */
void strbuf_vaddf(struct strbuf *sb, const char *fmt, va_list ap)
{
	va_list cp;
	va_copy(cp, ap);
	size_t room = sb->alloc ? sb->alloc - sb->len - 1 : 0;
	int n = vsnprintf(room ? sb->buf + sb->len : NULL, room ? room + 1 : 0, fmt, cp);
	va_end(cp);
	if (n < 0) {
		if (sb->alloc)
			sb->buf[sb->len] = '\0';
		return;
	}
	if ((size_t)n > room) {
		strbuf_grow(sb, (size_t)n);
		vsnprintf(sb->buf + sb->len, (size_t)n + 1, fmt, ap);
	}
	sb->len += (size_t)n;
}

void strbuf_addf(struct strbuf *sb, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	strbuf_vaddf(sb, fmt, ap);
	va_end(ap);
}

void strbuf_prefixf(struct strbuf *sb, const char *fmt, ...)
{
	struct strbuf head = STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	strbuf_vaddf(&head, fmt, ap);
	va_end(ap);
	strbuf_add(&head, sb->buf, sb->len);
	strbuf_release(sb);
	*sb = head;
}

void strbuf_redact(struct strbuf *sb, size_t from, const char *secret)
{
	size_t n = secret ? strlen(secret) : 0;
	struct strbuf out = STRBUF_INIT;
	const char *p, *hit;

	if (!n || sb->len <= from || !strstr(sb->buf + from, secret))
		return;
	strbuf_add(&out, sb->buf, from);
	for (p = sb->buf + from; (hit = strstr(p, secret)); p = hit + n) {
		strbuf_add(&out, p, (size_t)(hit - p));
		strbuf_addstr(&out, "(sensitive value)");
	}
	strbuf_add(&out, p, (size_t)(sb->buf + sb->len - p));
	strbuf_release(sb);
	*sb = out;
}
