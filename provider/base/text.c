/* text.c: small tests on C strings, text kept for the process, and text made
 * safe to print in a message (text.h). */
#include "provider/base/text.h"
#include "provider/base/redact.h"
#include "provider/base/strbuf.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unictype.h>
#include <unistr.h>

bool ends_with(const char *s, const char *tail)
{
	size_t n = s ? strlen(s) : 0, m = strlen(tail);

	return s && n >= m && !strcmp(s + n - m, tail);
}

bool ends_with_nocase(const char *s, const char *tail)
{
	size_t n = s ? strlen(s) : 0, m = strlen(tail);

	return s && n >= m && !strcasecmp(s + n - m, tail);
}

bool text_listed(const char *const *list, const char *s)
{
	for (size_t i = 0; list && s && list[i]; i++)
		if (!strcmp(list[i], s))
			return true;
	return false;
}

bool value_list_has_string(const json_t *list, const char *s)
{
	size_t i;
	json_t *v;

	json_array_foreach(list, i, v)
		if (json_is_string(v) && !strcmp(json_string_value(v), s))
			return true;
	return false;
}

const char *path_base(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}

char *path_dir(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (!slash)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

char *utc_timestamp(time_t t, char buf[32])
{
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(buf, 32, "%Y-%m-%dT%H:%M:%SZ", &tm);
	return buf;
}

void text_list_free(char **items, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(items[i]);
	free(items);
}

size_t utf8_chars(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			n++;
	return n;
}

/* A character that acts instead of showing: a control (Cc: C0, DEL, C1), a
 * format character (Cf: the bidi controls, the zero-width ones, U+FEFF ...)
 * or a line or paragraph separator. Unicode's own categories (libunistring),
 * not a table of ours. */
static bool acts_instead_of_showing(ucs4_t c)
{
	return uc_is_general_category(c, UC_CATEGORY_Cc) ||
	       uc_is_general_category(c, UC_CATEGORY_Cf) ||
	       uc_is_general_category(c, UC_CATEGORY_Zl) ||
	       uc_is_general_category(c, UC_CATEGORY_Zp);
}

size_t text_acting_char(const char *s, size_t n, uint32_t *c)
{
	ucs4_t u;
	int took = u8_mbtoucr(&u, (const uint8_t *)s, n);
	if (took <= 0 || !acts_instead_of_showing(u))
		return 0;
	*c = u;
	return (size_t)took;
}

bool text_holds_acting(const char *s, size_t n, const char *allowed)
{
	uint32_t c;
	for (size_t i = 0; i < n; i++)
		if (text_acting_char(s + i, n - i, &c) && !(c && c < 0x80 && strchr(allowed, (int)c)))
			return true;
	return false;
}

#define ELLIPSIS "\xe2\x80\xa6" /* U+2026 */

/* One character of s (n bytes left, n > 0) onto out as value writes it (a
 * TEXT_VALUE's content, else a message's); how many bytes of s it took. */
static size_t add_safe_char(struct strbuf *out, const char *s, size_t n, bool value)
{
	unsigned char b = (unsigned char)*s;
	ucs4_t c;

	if (b >= 0x20 && b < 0x7f) {
		if (value && (b == '"' || b == '\\'))
			strbuf_addch(out, '\\');
		strbuf_addch(out, (char)b);
		return 1;
	}
	if (b == '\n' || b == '\t') {
		if (value)
			strbuf_addstr(out, b == '\n' ? "\\n" : "\\t");
		else
			strbuf_addch(out, (char)b);
		return 1;
	}
	if (b == '\r') {
		strbuf_addstr(out, "\\r");
		return 1;
	}
	int took = u8_mbtoucr(&c, (const uint8_t *)s, n);
	if (took <= 0) { /* not UTF-8 (or cut short): this byte alone */
		strbuf_addf(out, "\\x%02x", b);
		return 1;
	}
	if (c < 0x80)
		strbuf_addf(out, "\\x%02x", (unsigned)c);
	else if (acts_instead_of_showing(c))
		strbuf_addf(out, c > 0xffff ? "\\U%08x" : "\\u%04x", (unsigned)c);
	else
		strbuf_add(out, s, (size_t)took);
	return (size_t)took;
}

/* s[0..len) onto out, character by character; when what it writes passes
 * max bytes, only what fits in max with an ellipsis after it. Whether it
 * was cut. */
static bool add_safe_run(struct strbuf *out, const char *s, size_t len, bool value,
			 size_t max)
{
	size_t start = out->len, keep = out->len;

	for (size_t at = 0; at < len;) {
		at += add_safe_char(out, s + at, len - at, value);
		if (out->len - start > max) {
			strbuf_setlen(out, keep);
			strbuf_addstr(out, ELLIPSIS);
			return true;
		}
		if (out->len - start + strlen(ELLIPSIS) <= max)
			keep = out->len;
	}
	return false;
}

/* The '"' that closes a quoted run of a message opened just before s: the
 * next one not written as \" (NULL: none). */
static const char *closing_quote(const char *s, const char *end)
{
	for (const char *p = s; p < end; p++) {
		if (*p == '\\' && p + 1 < end)
			p++;
		else if (*p == '"')
			return p;
	}
	return NULL;
}

/* Room kept under TEXT_MESSAGE_MAX for a quoted run begun just before the
 * cut and the words a cut message ends with: a message written is at most
 * TEXT_MESSAGE_MAX bytes. */
#define MESSAGE_CUT_ROOM (TEXT_QUOTE_MAX + 64)

static void add_safe(struct strbuf *out, const char *s, size_t len, enum text_form form)
{
	if (form != TEXT_MESSAGE) {
		strbuf_addch(out, '"');
		bool cut = add_safe_run(out, s, len, true,
					form == TEXT_VALUE ? TEXT_QUOTE_MAX : SIZE_MAX);
		strbuf_addch(out, '"');
		if (cut)
			strbuf_addf(out, " (%zu bytes)", len);
		return;
	}
	size_t start = out->len;
	const char *p = s, *end = s + len;
	while (p < end) {
		size_t room = TEXT_MESSAGE_MAX - MESSAGE_CUT_ROOM;
		size_t used = out->len - start;
		const char *quote = memchr(p, '"', (size_t)(end - p));
		const char *prose_end = quote ? quote : end;
		if (used > room ||
		    add_safe_run(out, p, (size_t)(prose_end - p), false, room - used)) {
			if (used > room)
				strbuf_addstr(out, ELLIPSIS);
			strbuf_addf(out, " (message cut: %zu bytes)", len);
			return;
		}
		if (!quote)
			return;
		const char *close = closing_quote(quote + 1, end);
		strbuf_addch(out, '"');
		p = quote + 1;
		if (!close)
			continue;
		size_t n = (size_t)(close - p);
		bool cut = add_safe_run(out, p, n, false, TEXT_QUOTE_MAX);
		strbuf_addch(out, '"');
		if (cut)
			strbuf_addf(out, " (%zu bytes)", n);
		p = close + 1;
	}
}

/* The run's secrets are taken out first (redact.h): a cut or an escape
 * would leave a piece, or a form, the filter at the end no longer finds. */
void strbuf_add_safe(struct strbuf *out, const char *s, size_t len, enum text_form form)
{
	struct strbuf clear = STRBUF_INIT;
	if (redact_any()) {
		redact_add_text(&clear, s, len);
		s = clear.buf;
		len = clear.len;
	}
	add_safe(out, s, len, form);
	strbuf_release(&clear);
}

char *text_quoted(const char *s)
{
	if (!s)
		return xstrdup("NULL");
	struct strbuf sb = STRBUF_INIT;
	strbuf_add_safe(&sb, s, strlen(s), TEXT_VALUE);
	return strbuf_detach(&sb);
}

char *text_safe_message(const char *s)
{
	if (!s)
		return NULL;
	struct strbuf sb = STRBUF_INIT;
	strbuf_add_safe(&sb, s, strlen(s), TEXT_MESSAGE);
	return strbuf_detach(&sb);
}

/* Every text kept, newest first; reachable to the end, so never a leak. */
static struct kept_text {
	struct kept_text *next;
	char text[];
} *kept;
static pthread_mutex_t kept_mu = PTHREAD_MUTEX_INITIALIZER;

const char *text_kept(const char *s)
{
	struct kept_text *k;
	size_t n = strlen(s);

	pthread_mutex_lock(&kept_mu);
	for (k = kept; k && strcmp(k->text, s); k = k->next)
		;
	if (!k) {
		k = xmalloc(sizeof(*k) + n + 1);
		memcpy(k->text, s, n + 1);
		k->next = kept;
		kept = k;
	}
	pthread_mutex_unlock(&kept_mu);
	return k->text;
}
