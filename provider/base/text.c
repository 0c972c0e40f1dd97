/* text.c: small tests on C strings, and text kept for the process (text.h). */
#include "provider/base/text.h"
#include "provider/base/strbuf.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

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
