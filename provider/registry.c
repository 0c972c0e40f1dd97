/*
 * registry.c: the list of provider types terrace knows, and finding resource
 * types and lookup kinds by their full name ("aws.s3.bucket",
 * "aws.ec2.vpc"). The schema helpers are schema.c's, the items a type's
 * list() finds items.c's: the types use those, never the registry.
 */
#include "provider/provider.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

extern const struct provider_type aws_provider_type;
extern const struct provider_type ssh_provider_type;
extern const struct provider_type postgres_provider_type;

static const struct provider_type *const provider_types[] = {
	&aws_provider_type,
	&ssh_provider_type,
	&postgres_provider_type,
	NULL,
};

const struct provider_type *provider_type_find(const char *name)
{
	for (size_t i = 0; provider_types[i]; i++)
		if (!strcmp(provider_types[i]->name, name))
			return provider_types[i];
	return NULL;
}

const struct provider_type *const *provider_types_all(void)
{
	return provider_types;
}

const struct resource_type *resource_type_find(const char *name,
					       const struct provider_type **pt)
{
	for (size_t i = 0; provider_types[i]; i++) {
		const struct provider_type *p = provider_types[i];
		for (size_t j = 0; p->resources[j]; j++) {
			if (!strcmp(p->resources[j]->name, name)) {
				if (pt)
					*pt = p;
				return p->resources[j];
			}
		}
	}
	return NULL;
}

const struct lookup_type *lookup_type_find(const char *name, const struct provider_type **pt)
{
	for (size_t i = 0; provider_types[i]; i++) {
		const struct provider_type *p = provider_types[i];
		for (size_t j = 0; p->lookups && p->lookups[j]; j++) {
			if (!strcmp(p->lookups[j]->name, name)) {
				if (pt)
					*pt = p;
				return p->lookups[j];
			}
		}
	}
	return NULL;
}

#define MAX_RESOURCE_TYPES 256
static const char *type_names[MAX_RESOURCE_TYPES + 1];
static size_t n_type_names;
static pthread_once_t names_once = PTHREAD_ONCE_INIT;

static const char *lookup_names[MAX_RESOURCE_TYPES + 1];
static size_t n_lookup_names;

static void collect_names(void)
{
	for (size_t i = 0; provider_types[i]; i++) {
		const struct provider_type *p = provider_types[i];
		for (size_t j = 0; p->resources[j]; j++)
			if (n_type_names < MAX_RESOURCE_TYPES)
				type_names[n_type_names++] = p->resources[j]->name;
		for (size_t j = 0; p->lookups && p->lookups[j]; j++)
			if (n_lookup_names < MAX_RESOURCE_TYPES)
				lookup_names[n_lookup_names++] = p->lookups[j]->name;
	}
	type_names[n_type_names] = NULL;
	lookup_names[n_lookup_names] = NULL;
}

const char *const *resource_type_names(size_t *n)
{
	pthread_once(&names_once, collect_names);
	if (n)
		*n = n_type_names;
	return type_names;
}

const char *const *lookup_type_names(size_t *n)
{
	pthread_once(&names_once, collect_names);
	if (n)
		*n = n_lookup_names;
	return lookup_names;
}

bool provider_checks_across(const struct provider_type *pt, const char *type)
{
	if (!pt->check_resources)
		return false;
	for (const char *const *t = pt->check_resources_types; t && *t; t++)
		if (!strcmp(*t, type))
			return true;
	return !pt->check_resources_types;
}
