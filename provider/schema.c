/*
 * schema.c: reading a resource type's attribute schema (provider.h): an
 * attribute by name, how many there are, an attribute type's name in
 * messages, a name as people write it (case and separators aside). A leaf under the registry, the values and every type.
 */
#include "provider/provider.h"

#include <ctype.h>
#include <stdbool.h>
#include <string.h>

const struct attr_schema *schema_find(const struct attr_schema *attrs, const char *name)
{
	for (; attrs && attrs->name; attrs++)
		if (!strcmp(attrs->name, name))
			return attrs;
	return NULL;
}

size_t schema_count(const struct attr_schema *attrs)
{
	size_t n = 0;
	while (attrs && attrs[n].name)
		n++;
	return n;
}

const char *attr_type_name(enum attr_type t)
{
	switch (t) {
	case ATTR_STRING: return "string";
	case ATTR_NUMBER: return "number";
	case ATTR_BOOL: return "bool";
	case ATTR_LIST: return "list";
	case ATTR_MAP: return "map";
	case ATTR_JSON: return "JSON document";
	case ATTR_OBJECT: return "object";
	case ATTR_OBJECT_LIST: return "list of objects";
	}
	return "?";
}

/* Whether a and b are the same letters and digits, case and every other
 * character aside. */
static bool same_loosely(const char *a, const char *b)
{
	for (;;) {
		while (*a && !isalnum((unsigned char)*a))
			a++;
		while (*b && !isalnum((unsigned char)*b))
			b++;
		if (!*a || !*b)
			return !*a && !*b;
		if (tolower((unsigned char)*a++) != tolower((unsigned char)*b++))
			return false;
	}
}

const char *schema_name_like(const char *word, const char *const *names, size_t n)
{
	if (!word || !*word)
		return NULL;
	for (size_t i = 0; i < n; i++)
		if (names[i] && strcmp(names[i], word) && same_loosely(word, names[i]))
			return names[i];
	return NULL;
}
