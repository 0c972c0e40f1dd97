/*
 * listing_groups.c: grouping a refresh's resources by the listing that
 * reads them, in memory proportional to the resources (listing_groups.h).
 */
#include "plan/listing_groups.h"

#include <string.h>

#include "provider/base/strbuf.h"

void listing_groups_add(struct listing_groups *lg, const char *key,
			const struct resource_type *rt, const char *provider,
			const char *ptype, size_t i)
{
	if (!lg->index)
		lg->index = json_object();
	json_t *at = json_object_get(lg->index, key);
	struct listing_group *g;

	if (at) {
		g = &lg->v[json_integer_value(at)];
	} else {
		if (lg->n == lg->alloc) {
			lg->alloc = lg->alloc ? 2 * lg->alloc : 8;
			lg->v = xrealloc(lg->v, lg->alloc * sizeof(*lg->v));
		}
		json_object_set_new(lg->index, key, json_integer((json_int_t)lg->n));
		g = &lg->v[lg->n++];
		memset(g, 0, sizeof(*g));
		g->rt = rt;
		g->provider = xstrdup(provider);
		g->ptype = xstrdup(ptype);
	}
	if (g->n == g->alloc) {
		g->alloc = g->alloc ? 2 * g->alloc : 4;
		g->members = xrealloc(g->members, g->alloc * sizeof(*g->members));
	}
	g->members[g->n++] = i;
}

size_t listing_groups_bytes(const struct listing_groups *lg)
{
	size_t bytes = lg->alloc * sizeof(*lg->v);
	const char *key;
	json_t *v;

	for (size_t k = 0; k < lg->n; k++)
		bytes += lg->v[k].alloc * sizeof(*lg->v[k].members) +
			 strlen(lg->v[k].provider) + 1 + strlen(lg->v[k].ptype) + 1;
	json_object_foreach(lg->index, key, v)
		bytes += strlen(key) + 1 + sizeof(json_int_t);
	return bytes;
}

void listing_groups_release(struct listing_groups *lg)
{
	for (size_t k = 0; k < lg->n; k++) {
		free(lg->v[k].provider);
		free(lg->v[k].ptype);
		free(lg->v[k].members);
	}
	free(lg->v);
	json_decref(lg->index);
	memset(lg, 0, sizeof(*lg));
}
