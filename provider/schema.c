/*
 * schema.c: reading a resource type's attribute schema (provider.h): an
 * attribute by name, how many there are, an attribute type's name in
 * messages, a name as people write it (case and separators aside), the
 * paths of the sensitive leaves inside a block. A leaf under the registry,
 * the values and every type.
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

static void sensitive_leaves(const struct attr_schema *a, struct strbuf *path, json_t *paths)
{
	size_t at = path->len;

	for (const struct attr_schema *n = a->nested; n && n->name; n++) {
		strbuf_addf(path, "%s.%s", a->type == ATTR_OBJECT_LIST ? "[]" : "", n->name);
		if (n->flags & ATTR_SENSITIVE)
			json_array_append_new(paths, json_string(path->buf));
		else if (n->type == ATTR_OBJECT || n->type == ATTR_OBJECT_LIST)
			sensitive_leaves(n, path, paths);
		strbuf_setlen(path, at);
	}
}

bool schema_is_sensitive(const struct attr_schema *a)
{
	if (a->flags & ATTR_SENSITIVE)
		return true;
	for (const struct attr_schema *n = a->nested; n && n->name; n++)
		if (schema_is_sensitive(n))
			return true;
	return false;
}

void schema_sensitive_leaves(const struct attr_schema *a, json_t *paths)
{
	struct strbuf path = STRBUF_INIT;

	if (a->flags & ATTR_SENSITIVE || (a->type != ATTR_OBJECT && a->type != ATTR_OBJECT_LIST))
		return;
	strbuf_addstr(&path, a->name);
	sensitive_leaves(a, &path, paths);
	strbuf_release(&path);
}

bool attr_always_made(const struct attr_schema *a)
{
	if (!a || !(a->flags & ATTR_COMPUTED) || (a->flags & (ATTR_OPTIONAL | ATTR_REQUIRED)))
		return false;
	return (a->flags & ATTR_MADE) || !strcmp(a->name, "id") || !strcmp(a->name, "arn");
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
