/*
 * schema.c: reading a resource type's attribute schema (provider.h): an
 * attribute by name, how many there are, an attribute type's name in
 * messages, a type's tags whatever form it writes them in. A leaf under the
 * registry, the values and every type.
 */
#include "provider/provider.h"

#include <stdlib.h>
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

/* A list of tags is of blocks with a key and a value (CloudFormation's
 * Key and Value, as awscc names them). */
static bool key_value_blocks(const struct attr_schema *a)
{
	return a->type == ATTR_OBJECT_LIST && schema_find(a->nested, "key") &&
	       schema_find(a->nested, "value");
}

const struct attr_schema *rtype_tags_schema(const struct resource_type *rt)
{
	const struct attr_schema *a = schema_find(rt->attrs, rt->tags_attr ? rt->tags_attr : "tags");
	return a && (a->type == ATTR_MAP || key_value_blocks(a)) ? a : NULL;
}

json_t *rtype_tags(const struct resource_type *rt, const json_t *attrs)
{
	const struct attr_schema *a = rtype_tags_schema(rt);
	const json_t *tags = a ? json_object_get(attrs, a->name) : NULL;
	if (!tags || value_is_unknown(tags))
		return NULL;
	if (a->type == ATTR_MAP)
		return json_is_object(tags) ? json_incref((json_t *)tags) : NULL;
	if (!json_is_array(tags))
		return NULL;
	json_t *map = json_object();
	size_t i;
	const json_t *block;
	json_array_foreach(tags, i, block) {
		const char *key = json_string_value(json_object_get(block, "key"));
		const json_t *value = json_object_get(block, "value");
		if (!key || !value || value_is_unknown(value)) {
			json_decref(map);
			return NULL;
		}
		json_object_set(map, key, (json_t *)value);
	}
	return map;
}

static int by_key(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

void rtype_tags_put(const struct resource_type *rt, json_t *attrs, const json_t *tags)
{
	const struct attr_schema *a = rtype_tags_schema(rt);
	if (!a || !json_is_object(attrs))
		return;
	if (a->type == ATTR_MAP) {
		json_object_set_new(attrs, a->name, json_copy((json_t *)tags));
		return;
	}
	size_t n = json_object_size(tags), k = 0;
	const char **keys = calloc(n ? n : 1, sizeof(*keys));
	const char *key;
	json_t *value;
	json_object_foreach((json_t *)tags, key, value)
		keys[k++] = key;
	qsort(keys, n, sizeof(*keys), by_key);
	json_t *list = json_array();
	for (k = 0; k < n; k++)
		json_array_append_new(list, json_pack("{s:s,s:O}", "key", keys[k], "value",
						      json_object_get(tags, keys[k])));
	free(keys);
	json_object_set_new(attrs, a->name, list);
}
