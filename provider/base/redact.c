/*
 * redact.c: the run's secrets, each kept in every form it is looked for,
 * and the filter that replaces them in text (redact.h). A form shorter
 * than REDACT_PIECE bytes is looked for whole. A longer one is indexed by
 * its blocks of BLOCK (REDACT_PIECE / 2) bytes at offsets that are
 * multiples of BLOCK: any REDACT_PIECE bytes of it hold one such block
 * whole, so the text's BLOCK bytes at each position are looked up (one
 * load, one probe a byte) and a block found is grown both ways as far as
 * text and form agree; REDACT_PIECE bytes or more is a piece. A form of a
 * value registered to be found whole only (redact_add_value_whole) is
 * looked for whole however long, as a short one is. One pass over
 * the text, whatever the number of secrets; the forms are kept once each
 * (a hash set), the blocks once a form.
 */
#include "provider/base/redact.h"
#include "provider/base/strbuf.h"

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define BLOCK (REDACT_PIECE / 2)

static char **forms;      /* every form of every secret, each once */
static size_t *form_lens;
static bool *form_whole;  /* looked for whole only, not by its pieces */
static size_t n_forms, forms_alloc;
static size_t *form_set;  /* open addressing: a form's number + 1, 0 free */
static size_t form_set_size;

/* A block of a long form: its bytes (as a number), where it stands in the
 * form, and the form's number. The same bytes at several offsets of one
 * form are kept once, at the first (the most of the form after it). */
struct block {
	uint64_t bytes;
	const char *at;
	size_t form;
};
static struct block *blocks; /* open addressing; at NULL: a free slot */
static size_t blocks_size;   /* a power of two, or 0 */
static size_t n_blocks;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;

static void free_all(void)
{
	for (size_t i = 0; i < n_forms; i++)
		free(forms[i]);
	free(forms);
	free(form_lens);
	free(form_whole);
	free(form_set);
	free(blocks);
	forms = NULL;
	form_lens = form_set = NULL;
	form_whole = NULL;
	blocks = NULL;
	n_forms = forms_alloc = form_set_size = blocks_size = n_blocks = 0;
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

/* Add form (taken) to list[*n] unless it is there, too short or NULL. */
static void add_to_list(char ***list, size_t *n, char *form)
{
	if (!form || strlen(form) < REDACT_MIN_LEN) {
		free(form);
		return;
	}
	for (size_t i = 0; i < *n; i++)
		if (!strcmp((*list)[i], form)) {
			free(form);
			return;
		}
	*list = xrealloc(*list, (*n + 2) * sizeof(**list));
	(*list)[(*n)++] = form;
	(*list)[*n] = NULL;
}

char **redact_forms(const char *s)
{
	char **list = xcalloc(1, sizeof(*list));
	size_t n = 0;
	if (!s)
		return list;
	char *once = json_escaped(s);
	add_to_list(&list, &n, xstrdup(s));
	add_to_list(&list, &n, once ? json_escaped(once) : NULL);
	add_to_list(&list, &n, once);
	add_to_list(&list, &n, url_encoded(s));
	return list;
}

void redact_forms_free(char **list)
{
	for (size_t i = 0; list && list[i]; i++)
		free(list[i]);
	free(list);
}

static uint64_t load_block(const char *p)
{
	uint64_t v;
	memcpy(&v, p, BLOCK);
	return v;
}

/* Where a table of size slots (a power of two) starts looking for h. */
static size_t slot_of(uint64_t h, size_t size)
{
	return (size_t)((h * 0x9E3779B97F4A7C15ULL) >> 17) & (size - 1);
}

static uint64_t text_hash(const char *s, size_t n)
{
	uint64_t h = 14695981039346656037ULL; /* FNV-1a */
	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
	return h;
}

/* Whether form is in the registry's set: *slot is its slot, or the free one it goes in. */
static bool form_known(const char *form, size_t n, size_t *slot)
{
	size_t i = slot_of(text_hash(form, n), form_set_size);
	for (; form_set[i]; i = (i + 1) & (form_set_size - 1))
		if (form_lens[form_set[i] - 1] == n && !memcmp(forms[form_set[i] - 1], form, n))
			break;
	*slot = i;
	return form_set[i] != 0;
}

static void grow_form_set(void)
{
	if (2 * (n_forms + 1) <= form_set_size)
		return;
	free(form_set);
	form_set_size = form_set_size ? 2 * form_set_size : 64;
	form_set = xcalloc(form_set_size, sizeof(*form_set));
	for (size_t f = 0; f < n_forms; f++) {
		size_t i = slot_of(text_hash(forms[f], form_lens[f]), form_set_size);
		while (form_set[i])
			i = (i + 1) & (form_set_size - 1);
		form_set[i] = f + 1;
	}
}

static void put_block(uint64_t bytes, const char *at, size_t form)
{
	size_t i = slot_of(bytes, blocks_size);
	for (; blocks[i].at; i = (i + 1) & (blocks_size - 1))
		if (blocks[i].bytes == bytes && blocks[i].form == form)
			return;
	blocks[i] = (struct block){ bytes, at, form };
	n_blocks++;
}

/* Room for n more blocks, the table at most half full. */
static void reserve_blocks(size_t n)
{
	if (2 * (n_blocks + n) <= blocks_size)
		return;
	struct block *old = blocks;
	size_t old_size = blocks_size;
	blocks_size = blocks_size ? blocks_size : 64;
	while (2 * (n_blocks + n) > blocks_size)
		blocks_size *= 2;
	blocks = xcalloc(blocks_size, sizeof(*blocks));
	n_blocks = 0;
	for (size_t i = 0; i < old_size; i++)
		if (old[i].at)
			put_block(old[i].bytes, old[i].at, old[i].form);
	free(old);
}

/* Index the blocks of long form i: from now on it is looked for by its
 * pieces. */
static void index_blocks(size_t i)
{
	size_t n = form_lens[i];
	form_whole[i] = false;
	reserve_blocks(n / BLOCK);
	for (size_t o = 0; o + BLOCK <= n; o += BLOCK)
		put_block(load_block(forms[i] + o), forms[i] + o, i);
}

/* Register form (taken) unless it is known; index its blocks when long,
 * unless whole: looked for whole only (a form known whole that comes again
 * to be looked for by its pieces is indexed then). */
static void add_form(char *form, bool whole)
{
	size_t n = strlen(form), slot;
	grow_form_set();
	if (form_known(form, n, &slot)) {
		size_t i = form_set[slot] - 1;
		if (form_whole[i] && !whole)
			index_blocks(i);
		free(form);
		return;
	}
	if (n_forms == forms_alloc) {
		forms_alloc = forms_alloc ? 2 * forms_alloc : 16;
		forms = xrealloc(forms, forms_alloc * sizeof(*forms));
		form_lens = xrealloc(form_lens, forms_alloc * sizeof(*form_lens));
		form_whole = xrealloc(form_whole, forms_alloc * sizeof(*form_whole));
	}
	forms[n_forms] = form;
	form_lens[n_forms] = n;
	form_whole[n_forms] = true;
	form_set[slot] = ++n_forms;
	if (n >= REDACT_PIECE && !whole)
		index_blocks(n_forms - 1);
}

/* Whether form i is looked for whole (short, or registered whole only). */
static bool looked_for_whole(size_t i)
{
	return form_lens[i] < REDACT_PIECE || form_whole[i];
}

/* Register s when it is at least min bytes long; whole: its forms looked
 * for whole only. */
static void add_at_least(const char *s, size_t min, bool whole)
{
	if (!s || strlen(s) < min)
		return;
	char **mine = redact_forms(s);
	pthread_mutex_lock(&mu);
	if (!forms_alloc)
		atexit(free_all);
	for (size_t i = 0; mine[i]; i++)
		add_form(mine[i], whole);
	pthread_mutex_unlock(&mu);
	free(mine); /* its strings now the registry's, or freed */
}

void redact_add(const char *s)
{
	add_at_least(s, REDACT_MIN_LEN, false);
}

/* Every string and number in v at least min bytes long. */
static void add_value_at_least(const json_t *v, size_t min, bool whole)
{
	size_t i;
	const char *k;
	json_t *e;

	if (json_is_string(v)) {
		add_at_least(json_string_value(v), min, whole);
	} else if (json_is_number(v)) {
		char *t = json_dumps(v, JSON_ENCODE_ANY);
		add_at_least(t, min, whole);
		free(t);
	} else if (json_is_array(v)) {
		json_array_foreach(v, i, e)
			add_value_at_least(e, min, whole);
	} else if (json_is_object(v)) {
		json_object_foreach((json_t *)v, k, e)
			add_value_at_least(e, min, whole);
	}
}

void redact_add_value(const json_t *v)
{
	add_value_at_least(v, REDACT_MIN_LEN, false);
}

void redact_add_value_whole(const json_t *v)
{
	add_value_at_least(v, REDACT_PIECE, true);
}

bool redact_any(void)
{
	pthread_mutex_lock(&mu);
	bool any = n_forms > 0;
	pthread_mutex_unlock(&mu);
	return any;
}

/* The piece block b (found at text position at) belongs to: grown back to
 * no earlier than p and on to no later than end, as far as text and form
 * agree. Its start; its length in *len. */
static const char *grow(const struct block *b, const char *at, const char *p, const char *end,
			size_t *len)
{
	const char *form = forms[b->form], *form_end = form + form_lens[b->form];
	size_t back = 0, on = BLOCK;
	while (at - back > p && b->at - back > form && *(at - back - 1) == *(b->at - back - 1))
		back++;
	while (at + on < end && b->at + on < form_end && at[on] == b->at[on])
		on++;
	*len = back + on;
	return at - back;
}

/* The first piece of a long form at or after p, before end: where it
 * starts (NULL: none), its length in *len; of the pieces a block at the
 * same text position finds, the one starting first, then the longest. */
static const char *next_piece(const char *p, const char *end, size_t *len)
{
	if (!n_blocks)
		return NULL;
	for (const char *at = p; at + BLOCK <= end; at++) {
		uint64_t bytes = load_block(at);
		const char *best = NULL;
		size_t best_len = 0;
		for (size_t i = slot_of(bytes, blocks_size); blocks[i].at; i = (i + 1) & (blocks_size - 1)) {
			size_t n;
			if (blocks[i].bytes != bytes)
				continue;
			const char *start = grow(&blocks[i], at, p, end, &n);
			if (n >= REDACT_PIECE && (!best || start < best || (start == best && n > best_len))) {
				best = start;
				best_len = n;
			}
		}
		if (best) {
			*len = best_len;
			return best;
		}
	}
	return NULL;
}

/* The first whole occurrence of a short form at or after p (NULL: none),
 * the longest of those starting there; its length in *len. next[i] is
 * form i's next occurrence found before, searched again once p passed it. */
static const char *next_whole(const char *p, const char *end, const char **next, size_t *len)
{
	const char *best = NULL;
	for (size_t i = 0; i < n_forms; i++) {
		size_t n = form_lens[i];
		if (!looked_for_whole(i))
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
		if (looked_for_whole(i))
			next[i] = memmem(p, len, forms[i], form_lens[i]);
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
