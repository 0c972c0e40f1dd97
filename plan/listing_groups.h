/*
 * listing_groups.h: the resources of a refresh, grouped by what one listing
 * reads (provider configuration, type and the type's scope: an object's
 * bucket), for refresh by listing (plan/refresh.c).
 *
 * Every allocation is proportional to what it holds: a group's member list
 * grows as members are added (doubling), the group array as groups are
 * found, and the key index holds one entry per group. listing_groups_bytes()
 * adds up what is allocated, so a test can hold it against the resources.
 */
#ifndef TERRACE_LISTING_GROUPS_H
#define TERRACE_LISTING_GROUPS_H

#include <jansson.h>
#include <stddef.h>

struct resource_type;

struct listing_group {
	const struct resource_type *rt;
	char *provider;  /* configuration name */
	char *ptype;     /* provider type */
	size_t n, alloc;
	size_t *members; /* indexes into the caller's resources */
};

struct listing_groups {
	struct listing_group *v;
	size_t n, alloc;
	json_t *index;   /* group key -> position in v */
};

#define LISTING_GROUPS_INIT { NULL, 0, 0, NULL }

/* Add resource `i` to the group of `key`, making the group (with copies of
 * provider and ptype) when it is the first of its key. */
void listing_groups_add(struct listing_groups *lg, const char *key,
			const struct resource_type *rt, const char *provider,
			const char *ptype, size_t i);

/* The bytes the groups hold: group array, member lists, names and keys. */
size_t listing_groups_bytes(const struct listing_groups *lg);

void listing_groups_release(struct listing_groups *lg);

#endif
