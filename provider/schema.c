/*
 * schema.c: reading a resource type's attribute schema (provider.h): an
 * attribute by name, how many there are, an attribute type's name in
 * messages. A leaf under the registry, the values and every type.
 */
#include "provider/provider.h"

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
