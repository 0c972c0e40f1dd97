/*
 * items.c: the items a type's list() finds (struct resource_items,
 * provider.h): one added, one released. A leaf under the types that list.
 */
#include "provider/provider.h"

#include <stdlib.h>

struct resource_item *resource_items_add(struct resource_items *out, const char *id,
					 const char *name, time_t created)
{
	struct resource_item *it;

	out->v = xrealloc(out->v, (out->n + 1) * sizeof(*out->v));
	it = &out->v[out->n++];
	it->id = xstrdup(id);
	it->name = xstrdup(name ? name : id);
	it->parent = NULL;
	it->tags = NULL;
	it->created = created;
	return it;
}

void resource_item_release(struct resource_item *it)
{
	free(it->id);
	free(it->name);
	free(it->parent);
	json_decref(it->tags);
}
