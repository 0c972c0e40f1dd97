/*
 * iam/iam_actions.c: the lookups over the table of IAM actions and condition
 * keys (iam_actions.gen.c; see iam_actions.h): a service by prefix, an
 * action by name (binary search in its service's sorted entries), the
 * actions a wildcard matches, the nearest action, prefix or key for a
 * did-you-mean, and condition keys with variable parts as patterns. All
 * without regard to case, as IAM compares them.
 */
#include "provider/aws/iam/iam_actions.h"
#include "provider/base/diag.h"
#include "provider/base/strbuf.h"

#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

/* a (its first alen bytes) against NUL-terminated b, lower case both. */
static int compare_n(const char *a, size_t alen, const char *b)
{
	for (size_t i = 0; i < alen; i++) {
		int d = lower((unsigned char)a[i]) - lower((unsigned char)b[i]);
		if (d || !b[i])
			return d;
	}
	return b[alen] ? -1 : 0;
}

const struct iam_service *iam_service_find(const char *prefix, size_t len)
{
	size_t lo = 0, hi = iam_n_services;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int d = compare_n(prefix, len, iam_services[mid].prefix);
		if (!d)
			return &iam_services[mid];
		if (d < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

/*
 * Binary search of `name` in a string of sorted NUL-separated entries
 * (total bytes, the last entry's NUL included), each entry compared from
 * `skip` bytes on (1: past an action's level). lo is always an entry's
 * start, so the start of the entry holding any byte past it is at lo or
 * later.
 */
static const char *entries_find(const char *base, size_t total, size_t skip, const char *name)
{
	size_t lo = 0, hi = total, n = strlen(name);
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2, start = mid;
		while (start > lo && base[start - 1])
			start--;
		int d = compare_n(name, n, base + start + skip);
		if (!d)
			return base + start;
		if (d < 0)
			hi = start;
		else
			lo = start + strlen(base + start) + 1;
	}
	return NULL;
}

const char *iam_action_find(const struct iam_service *s, const char *name)
{
	return s && s->actions ? entries_find(s->actions, s->actions_len + 1, 1, name) : NULL;
}

char iam_entry_level(const char *entry)
{
	return (char)(lower((unsigned char)entry[0]) - 'a' + 'A');
}

bool iam_entry_scoped(const char *entry)
{
	return entry[0] >= 'A' && entry[0] <= 'Z';
}

const char *iam_level_name(char level)
{
	switch (level) {
	case 'L': return "List";
	case 'R': return "Read";
	case 'W': return "Write";
	case 'T': return "Tagging";
	case 'P': return "Permissions management";
	}
	return "unknown";
}

static const char *action_entry(const char *action)
{
	const char *colon = strchr(action, ':');
	const struct iam_service *s = colon ? iam_service_find(action, colon - action) : NULL;
	return s ? iam_action_find(s, colon + 1) : NULL;
}

char iam_action_level(const char *action)
{
	const char *e = action_entry(action);
	return e ? iam_entry_level(e) : 0;
}

bool iam_action_unscoped(const char *action)
{
	const char *e = action_entry(action);
	return e && !iam_entry_scoped(e);
}

/* Each entry of a string of NUL-separated entries. */
#define FOR_ENTRIES(e, base, len) \
	for (const char *e = (base); (base) && e < (base) + (len); e += strlen(e) + 1)

size_t iam_actions_matching(const struct iam_service *s, const char *pattern)
{
	size_t n = 0;
	FOR_ENTRIES(e, s->actions, s->actions_len)
		n += !fnmatch(pattern, e + 1, FNM_CASEFOLD);
	return n;
}

static char *lower_copy(const char *s)
{
	char *out = xstrdup(s);
	for (char *p = out; *p; p++)
		*p = (char)lower((unsigned char)*p);
	return out;
}

/* The candidate nearest to word, lower case both; candidates[i] as given.
 * `plausible`: only one close enough to be a misspelling (diag_suggest). */
static const char *nearest_of(const char *word, const char **candidates, size_t n,
			      bool plausible)
{
	char **lowered = xcalloc(n ? n : 1, sizeof(*lowered));
	const char *best = NULL;
	char *w = lower_copy(word);
	for (size_t i = 0; i < n; i++)
		lowered[i] = lower_copy(candidates[i]);
	if (plausible)
		best = n ? diag_suggest(w, (const char *const *)lowered, n) : NULL;
	else if (n && !diag_nearest(w, (const char *const *)lowered, n, &best, 1))
		best = NULL;
	if (best)
		for (size_t i = 0; i < n; i++)
			if (lowered[i] == best)
				best = candidates[i];
	for (size_t i = 0; i < n; i++)
		free(lowered[i]);
	free(lowered);
	free(w);
	return best;
}

const char *iam_action_nearest(const struct iam_service *s, const char *name)
{
	size_t n = 0, i = 0;
	FOR_ENTRIES(e, s->actions, s->actions_len)
		n++;
	const char **names = xcalloc(n ? n : 1, sizeof(*names));
	FOR_ENTRIES(e, s->actions, s->actions_len)
		names[i++] = e + 1;
	const char *best = nearest_of(name, names, n, false);
	free(names);
	return best;
}

const char *iam_service_nearest(const char *prefix)
{
	const char **names = xcalloc(iam_n_services, sizeof(*names));
	size_t n = 0;
	for (size_t i = 0; i < iam_n_services; i++)
		if (iam_services[i].actions)
			names[n++] = iam_services[i].prefix;
	const char *best = nearest_of(prefix, names, n, true);
	free(names);
	return best;
}

/* Whether key matches pattern, a variable part (${...}, <...>) of which
 * stands for one character or more. */
static bool key_matches(const char *pattern, const char *key)
{
	for (; *pattern; pattern++, key++) {
		const char *close = NULL;
		if (pattern[0] == '$' && pattern[1] == '{')
			close = strchr(pattern, '}');
		else if (pattern[0] == '<')
			close = strchr(pattern, '>');
		if (close) {
			for (const char *k = key + 1; k <= key + strlen(key); k++)
				if (*key && key_matches(close + 1, k))
					return true;
			return false;
		}
		if (!*key || lower((unsigned char)*pattern) != lower((unsigned char)*key))
			return false;
	}
	return !*key;
}

int iam_condition_key_known(const char *key, const char **nearest)
{
	const char *colon = strchr(key, ':');
	const struct iam_service *s = colon ? iam_service_find(key, colon - key) : NULL;
	size_t n = 0, i = 0;

	*nearest = NULL;
	if (!s)
		return -1;
	if (s->keys && entries_find(s->keys, s->keys_len + 1, 0, key))
		return 1;
	FOR_ENTRIES(e, s->keys, s->keys_len) {
		if (key_matches(e, key))
			return 1;
		n++;
	}
	const char **keys = xcalloc(n ? n : 1, sizeof(*keys));
	FOR_ENTRIES(e, s->keys, s->keys_len)
		keys[i++] = e;
	*nearest = nearest_of(key, keys, n, false);
	free(keys);
	return 0;
}
