/* text.c: small tests on C strings (text.h). */
#include "provider/base/text.h"

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
