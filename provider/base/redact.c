/*
 * redact.c: the run's secrets, each kept in every form it is looked for,
 * and the filter that replaces them in text (redact.h). A form shorter
 * than REDACT_PIECE bytes is looked for whole; a longer one by each of its
 * REDACT_PIECE-byte windows, kept in a hash table (Rabin-Karp: the text's
 * windows hashed rolling, one step a byte), so a piece of it cut anywhere
 * is found in one pass over the text, whatever the number of secrets.
 */
#include "provider/base/redact.h"
#include "provider/base/strbuf.h"

#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static char **forms;     /* every form of every secret, each once */
static size_t n_forms;

/* A window of a long form: its hash, where it starts in the form, how many
 * bytes of the form follow from there, and the form's number. The same
 * bytes at several places of one form are kept once, where the most
 * follow; in several forms, once a form (a raw value and its JSON escape
 * agree up to its first newline, and only one of them goes on agreeing
 * with the text). */
struct window {
	uint64_t hash;
	const char *at;
	size_t rest;
	size_t form;
};
static struct window *table; /* open addressing; at NULL: a free slot */
static size_t table_size;    /* a power of two, or 0 */
static size_t n_windows;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;

#define BASE 1099511628211ULL /* odd: every power of it is invertible mod 2^64 */

static void free_all(void)
{
	redact_forms_free(forms);
	forms = NULL;
	n_forms = 0;
	free(table);
	table = NULL;
	table_size = n_windows = 0;
}

/* s as it stands inside a JSON string (jansson's escapes), a new string. */
static char *json_escaped(const char *s)
{
	json_t *v = json_string(s);
	char *text = v ? json_dumps(v, JSON_ENCODE_ANY) : NULL;
	json_decref(v);
	if (!text)
		return NULL;
	size_t n = strlen(text);
	memmove(text, text + 1, n - 2);
	text[n - 2] = '\0';
	return text;
}

/* s percent-encoded as a query or a form body carries it (RFC 3986: all
 * but the unreserved characters), a new string. */
static char *url_encoded(const char *s)
{
	struct strbuf sb = STRBUF_INIT;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if ((*p >= 'A' && *p <= 'Z') || (*p >= 'a' && *p <= 'z') ||
		    (*p >= '0' && *p <= '9') || strchr("-._~", *p))
			strbuf_addch(&sb, (char)*p);
		else
			strbuf_addf(&sb, "%%%02X", *p);
	}
	return strbuf_detach(&sb);
}

/* Add form (taken) to list[*n] unless it is there, too short or NULL;
 * whether it was added. */
static bool add_form(char ***list, size_t *n, char *form)
{
	if (!form || strlen(form) < REDACT_MIN_LEN) {
		free(form);
		return false;
	}
	for (size_t i = 0; i < *n; i++)
		if (!strcmp((*list)[i], form)) {
			free(form);
			return false;
		}
	*list = xrealloc(*list, (*n + 2) * sizeof(**list));
	(*list)[(*n)++] = form;
	(*list)[*n] = NULL;
	return true;
}

char **redact_forms(const char *s)
{
	char **list = xcalloc(1, sizeof(*list));
	size_t n = 0;
	if (!s)
		return list;
	char *once = json_escaped(s);
	add_form(&list, &n, xstrdup(s));
	add_form(&list, &n, once ? json_escaped(once) : NULL);
	add_form(&list, &n, once);
	add_form(&list, &n, url_encoded(s));
	return list;
}

void redact_forms_free(char **list)
{
	for (size_t i = 0; list && list[i]; i++)
		free(list[i]);
	free(list);
}

static uint64_t window_hash(const char *p)
{
	uint64_t h = 0;
	for (size_t i = 0; i < REDACT_PIECE; i++)
		h = h * BASE + (unsigned char)p[i];
	return h;
}

static bool same_window(const struct window *w, uint64_t h, const char *p)
{
	return w->hash == h && !memcmp(w->at, p, REDACT_PIECE);
}

static void put_window(uint64_t h, const char *at, size_t rest, size_t form)
{
	size_t i = h & (table_size - 1);
	for (; table[i].at; i = (i + 1) & (table_size - 1)) {
		struct window *w = &table[i];
		if (w->form == form && same_window(w, h, at)) {
			if (w->rest < rest)
				*w = (struct window){ h, at, rest, form };
			return;
		}
	}
	table[i] = (struct window){ h, at, rest, form };
	n_windows++;
}

/* Room for n more windows, the table at most half full. */
static void reserve(size_t n)
{
	if (2 * (n_windows + n) <= table_size)
		return;
	struct window *old = table;
	size_t old_size = table_size;
	table_size = table_size ? table_size : 64;
	while (2 * (n_windows + n) > table_size)
		table_size *= 2;
	table = xcalloc(table_size, sizeof(*table));
	n_windows = 0;
	for (size_t i = 0; i < old_size; i++)
		if (old[i].at)
			put_window(old[i].hash, old[i].at, old[i].rest, old[i].form);
	free(old);
}

static void index_form(size_t form)
{
	const char *f = forms[form];
	size_t len = strlen(f);
	if (len < REDACT_PIECE)
		return;
	reserve(len - REDACT_PIECE + 1);
	for (size_t o = 0; o + REDACT_PIECE <= len; o++)
		put_window(window_hash(f + o), f + o, len - o, form);
}

void redact_add(const char *s)
{
	if (!s || strlen(s) < REDACT_MIN_LEN)
		return;
	char **mine = redact_forms(s);
	pthread_mutex_lock(&mu);
	if (!forms) {
		forms = xcalloc(1, sizeof(*forms));
		atexit(free_all);
	}
	for (size_t i = 0; mine[i]; i++)
		if (add_form(&forms, &n_forms, mine[i]))
			index_form(n_forms - 1);
	pthread_mutex_unlock(&mu);
	free(mine); /* its strings now the registry's, or freed by add_form */
}

void redact_add_value(const json_t *v)
{
	size_t i;
	const char *k;
	json_t *e;

	if (json_is_string(v)) {
		redact_add(json_string_value(v));
	} else if (json_is_number(v)) {
		char *t = json_dumps(v, JSON_ENCODE_ANY);
		redact_add(t);
		free(t);
	} else if (json_is_array(v)) {
		json_array_foreach(v, i, e)
			redact_add_value(e);
	} else if (json_is_object(v)) {
		json_object_foreach((json_t *)v, k, e)
			redact_add_value(e);
	}
}

bool redact_any(void)
{
	pthread_mutex_lock(&mu);
	bool any = n_forms > 0;
	pthread_mutex_unlock(&mu);
	return any;
}

/* The first piece of a long form at or after p, before end: where it
 * starts (NULL: none) and, in *len, how far it goes on agreeing with the
 * form. */
static const char *next_piece(const char *p, const char *end, size_t *len)
{
	if (!n_windows || (size_t)(end - p) < REDACT_PIECE)
		return NULL;
	uint64_t top = 1; /* BASE^(REDACT_PIECE - 1), to take a byte out */
	for (size_t i = 1; i < REDACT_PIECE; i++)
		top *= BASE;
	uint64_t h = window_hash(p);
	for (const char *at = p;; at++) {
		*len = 0;
		for (size_t i = h & (table_size - 1); table[i].at; i = (i + 1) & (table_size - 1)) {
			const struct window *w = &table[i];
			size_t n = REDACT_PIECE;
			if (!same_window(w, h, at))
				continue;
			while (n < w->rest && at + n < end && at[n] == w->at[n])
				n++;
			if (n > *len)
				*len = n;
		}
		if (*len)
			return at;
		if (at + REDACT_PIECE >= end)
			return NULL;
		h = (h - top * (unsigned char)at[0]) * BASE + (unsigned char)at[REDACT_PIECE];
	}
}

/* The first whole occurrence of a short form at or after p (NULL: none),
 * the longest of those starting there; its length in *len. next[i] is
 * form i's next occurrence found before, searched again once p passed it. */
static const char *next_whole(const char *p, const char *end, const char **next, size_t *len)
{
	const char *best = NULL;
	for (size_t i = 0; i < n_forms; i++) {
		size_t n = strlen(forms[i]);
		if (n >= REDACT_PIECE)
			continue;
		if (next[i] && next[i] < p)
			next[i] = memmem(p, (size_t)(end - p), forms[i], n);
		if (next[i] && (!best || next[i] < best || (next[i] == best && n > *len))) {
			best = next[i];
			*len = n;
		}
	}
	return best;
}

void redact_add_text(struct strbuf *out, const char *text, size_t len)
{
	const char *p = text, *end = text + len, *piece = NULL;
	size_t piece_len = 0;
	bool piece_known = false;

	pthread_mutex_lock(&mu);
	const char **next = n_forms ? xcalloc(n_forms, sizeof(*next)) : NULL;
	for (size_t i = 0; i < n_forms; i++)
		if (strlen(forms[i]) < REDACT_PIECE)
			next[i] = memmem(p, len, forms[i], strlen(forms[i]));
	while (p < end) {
		size_t whole_len = 0;
		const char *whole = next_whole(p, end, next, &whole_len);
		if (!piece_known || (piece && piece < p)) {
			piece = next_piece(p, end, &piece_len);
			piece_known = true;
		}
		if (!whole && !piece)
			break;
		bool take_piece = piece && (!whole || piece < whole ||
					    (piece == whole && piece_len >= whole_len));
		const char *hit = take_piece ? piece : whole;
		strbuf_add(out, p, (size_t)(hit - p));
		strbuf_addstr(out, REDACTED);
		p = hit + (take_piece ? piece_len : whole_len);
	}
	pthread_mutex_unlock(&mu);
	free(next);
	strbuf_add(out, p, (size_t)(end - p));
}
